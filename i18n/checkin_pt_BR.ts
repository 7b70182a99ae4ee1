<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>Go back to the page you read before</source>
        <translation>Voltar para a página que você leu antes</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Avançar de novo</translation>
    </message>
    <message>
        <source>&amp;All questions</source>
        <translation>&amp;Todas as perguntas</translation>
    </message>
    <message>
        <source>Clear the search and show every question</source>
        <translation>Apagar a busca e mostrar todas as perguntas</translation>
    </message>
    <message>
        <source>S&amp;tart over</source>
        <translation>&amp;Começar de novo</translation>
    </message>
    <message>
        <source>Clear everything for the next person: search, pages read, text size and language</source>
        <translation>Apagar tudo para a próxima pessoa: busca, páginas lidas, tamanho da letra e idioma</translation>
    </message>
    <message>
        <source>Start over &amp;when idle...</source>
        <translation>Começar de novo &amp;sem uso...</translation>
    </message>
    <message>
        <source>Choose after how many idle minutes the app starts over for the next person</source>
        <translation>Escolher depois de quantos minutos sem uso o aplicativo começa de novo para a próxima pessoa</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Ir para a caixa de busca</translation>
    </message>
    <message>
        <source>Important &amp;numbers</source>
        <translation>&amp;Números importantes</translation>
    </message>
    <message>
        <source>Show the important phone numbers</source>
        <translation>Mostrar os números de telefone importantes</translation>
    </message>
    <message>
        <source>My &amp;contact log</source>
        <translation>Meu &amp;registro de contatos</translation>
    </message>
    <message>
        <source>Open your private record of calls and emails to ICE</source>
        <translation>Abrir seu registro particular de ligações e e-mails para o ICE</translation>
    </message>
    <message>
        <source>Contact log &amp;lock time...</source>
        <translation>Tempo para &amp;bloquear o registro...</translation>
    </message>
    <message>
        <source>Choose after how many idle minutes an open contact log locks itself</source>
        <translation>Escolha depois de quantos minutos sem uso um registro aberto se bloqueia</translation>
    </message>
    <message>
        <source>Staff &amp;settings...</source>
        <translation>&amp;Configurações da equipe...</translation>
    </message>
    <message>
        <source>For the clinic&apos;s staff: the clinic&apos;s name, defaults, packs and keys (needs the staff PIN)</source>
        <translation>Para a equipe da clínica: o nome da clínica, os padrões, os pacotes e as chaves (precisa do PIN da equipe)</translation>
    </message>
    <message>
        <source>&amp;Find in answer...</source>
        <translation>Procurar na &amp;resposta...</translation>
    </message>
    <message>
        <source>Find a word in the answer</source>
        <translation>Procurar uma palavra na resposta</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Próxima &amp;ocorrência</translation>
    </message>
    <message>
        <source>Find the next place of the word</source>
        <translation>Procurar o próximo lugar onde a palavra aparece</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Letra &amp;maior</translation>
    </message>
    <message>
        <source>Make the answer text larger</source>
        <translation>Aumentar a letra da resposta</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Letra m&amp;enor</translation>
    </message>
    <message>
        <source>Make the answer text smaller</source>
        <translation>Diminuir a letra da resposta</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamanho &amp;normal da letra</translation>
    </message>
    <message>
        <source>Show the answer text at its normal size</source>
        <translation>Mostrar a resposta com a letra no tamanho normal</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>Print this answer</source>
        <translation>Imprimir esta resposta</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Salvar como P&amp;DF...</translation>
    </message>
    <message>
        <source>Save this answer as a PDF file</source>
        <translation>Salvar esta resposta como arquivo PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Close Check-In Help</source>
        <translation>Fechar o Check-In Help</translation>
    </message>
    <message>
        <source>&amp;About Check-In Help</source>
        <translation>&amp;Sobre o Check-In Help</translation>
    </message>
    <message>
        <source>Who made this app and its content</source>
        <translation>Quem fez este aplicativo e o seu conteúdo</translation>
    </message>
    <message>
        <source>Read how to use this app, with pictures</source>
        <translation>Leia como usar este aplicativo, com imagens</translation>
    </message>
    <message>
        <source>&amp;Keyboard keys</source>
        <translation>&amp;Teclas</translation>
    </message>
    <message>
        <source>See every keyboard key of the app</source>
        <translation>Veja todas as teclas do aplicativo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>Choose the language of the app&apos;s buttons and menus</source>
        <translation>Escolher o idioma dos botões e menus do aplicativo</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;How to use this app</source>
        <translation>&amp;Como usar este aplicativo</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de ferramentas principal</translation>
    </message>
    <message>
        <source>Numbers and contact log</source>
        <translation>Números e registro de contatos</translation>
    </message>
    <message>
        <source>Text and language</source>
        <translation>Texto e idioma</translation>
    </message>
    <message>
        <source>More buttons</source>
        <translation>Mais botões</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Check-In Help</source>
        <translation>Sobre o Check-In Help</translation>
    </message>
    <message>
        <source>Check-In Help icon</source>
        <translation>Ícone do Check-In Help</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>Nome e versão do aplicativo</translation>
    </message>
    <message>
        <source>Source of the answers</source>
        <translation>Fonte das respostas</translation>
    </message>
    <message>
        <source>This app gives general information, not legal advice. For advice about your own case, talk to an immigration lawyer or an accredited representative.</source>
        <translation>Este aplicativo dá informações gerais, não orientação jurídica. Para orientação sobre o seu caso, fale com um advogado de imigração ou um representante credenciado.</translation>
    </message>
    <message>
        <source>Not legal advice</source>
        <translation>Não é orientação jurídica</translation>
    </message>
    <message>
        <source>Third-party software and licences:</source>
        <translation>Programas de terceiros e licenças:</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Componentes de terceiros</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto da licença</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-In Help&lt;/b&gt;&lt;br&gt;Version {version}</source>
        <translation>&lt;b&gt;Check-In Help&lt;/b&gt;&lt;br&gt;Versão {version}</translation>
    </message>
    <message>
        <source>Answers from {source}, reviewed {date}.</source>
        <translation>Respostas de {source}, revisadas em {date}.</translation>
    </message>
    <message>
        <source>Answers from {source}.</source>
        <translation>Respostas de {source}.</translation>
    </message>
    <message>
        <source>The licence notice for {name} is missing from this installation. Its licence is {licence}.</source>
        <translation>O aviso de licença de {name} está faltando nesta instalação. A licença é {licence}.</translation>
    </message>
</context>
<context>
    <name>AddPackDialog</name>
    <message>
        <source>Add information pack</source>
        <translation>Adicionar pacote de informações</translation>
    </message>
    <message>
        <source>I am staff, and I trust where this pack came from. Add it although it is not verified.</source>
        <translation>Sou da equipe e confio na origem deste pacote. Adicionar mesmo sem verificação.</translation>
    </message>
    <message>
        <source>Add pack</source>
        <translation>Adicionar pacote</translation>
    </message>
    <message>
        <source>the built-in pack</source>
        <translation>o pacote incluído</translation>
    </message>
    <message>
        <source>version {version} of this pack</source>
        <translation>a versão {version} deste pacote</translation>
    </message>
    <message>
        <source>nothing (a new pack)</source>
        <translation>nada (um pacote novo)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versão</translation>
    </message>
    <message>
        <source>Information as of</source>
        <translation>Informação válida em</translation>
    </message>
    <message>
        <source>Copy taken</source>
        <translation>Cópia feita em</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artigos</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Substitui</translation>
    </message>
    <message>
        <source>New articles</source>
        <translation>Artigos novos</translation>
    </message>
    <message>
        <source>Changed articles</source>
        <translation>Artigos alterados</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificado</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>Answer</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>The text of the chosen answer. Press Tab to move between its links.</source>
        <translation>O texto da resposta escolhida. Aperte Tab para passar de um link para outro.</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Attach a file...</source>
        <translation>Anexar um arquivo...</translation>
    </message>
    <message>
        <source>Attach a screenshot, photo or PDF file</source>
        <translation>Anexar uma captura de tela, foto ou arquivo PDF</translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation>Colar imagem</translation>
    </message>
    <message>
        <source>Paste a screenshot from the clipboard</source>
        <translation>Colar uma captura de tela copiada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Remover o anexo escolhido</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>View the selected picture</source>
        <translation>Ver a imagem escolhida</translation>
    </message>
    <message>
        <source>Save a copy...</source>
        <translation>Salvar uma cópia...</translation>
    </message>
    <message>
        <source>Save a copy of the selected attachment</source>
        <translation>Salvar uma cópia do anexo escolhido</translation>
    </message>
    <message>
        <source>screenshot</source>
        <translation>captura-de-tela</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Anexar arquivos</translation>
    </message>
    <message>
        <source>Pictures and PDF files</source>
        <translation>Imagens e arquivos PDF</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>Não foi possível ler este arquivo.</translation>
    </message>
    <message>
        <source>There is no picture on the clipboard. Take a screenshot first.</source>
        <translation>Não há nenhuma imagem copiada. Tire uma captura de tela primeiro.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attached picture: %1</source>
        <translation>Imagem anexada: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Salvar uma cópia do anexo</translation>
    </message>
</context>
<context>
    <name>ClinicNotes</name>
    <message>
        <source>Clinic notes</source>
        <translation>Notas da clínica</translation>
    </message>
    <message>
        <source>First write the clinic&apos;s name in the staff settings: every note is shown with “From” and that name.</source>
        <translation>Primeiro escreva o nome da clínica nas configurações da equipe: cada nota aparece com “De” e esse nome.</translation>
    </message>
</context>
<context>
    <name>ClinicNotesDialog</name>
    <message>
        <source>Clinic notes</source>
        <translation>Notas da clínica</translation>
    </message>
    <message>
        <source>The clinic&apos;s own notes. They are shown beside ASAP&apos;s answers with the line “From {clinic}”, and can be found by searching.</source>
        <translation>As notas da própria clínica. Elas aparecem ao lado das respostas da ASAP com a linha “De {clinic}” e podem ser encontradas na busca.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nova nota</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Translate...</source>
        <translation>Traduzir...</translation>
    </message>
    <message>
        <source>Write the selected note in another language; the two will link to each other</source>
        <translation>Escrever a nota selecionada em outro idioma; as duas terão links uma para a outra</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <source>Save the notes as pack files to copy to the clinic&apos;s other computers</source>
        <translation>Salvar as notas como arquivos de pacote para copiar para os outros computadores da clínica</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importar...</translation>
    </message>
    <message>
        <source>Add notes exported on another of the clinic&apos;s computers</source>
        <translation>Adicionar notas exportadas em outro computador da clínica</translation>
    </message>
    <message>
        <source>{title}
{language}, written on {date}</source>
        <translation>{title}
{language}, escrita em {date}</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Excluir nota</translation>
    </message>
    <message>
        <source>Delete the note “{title}” from this computer?</source>
        <translation>Excluir a nota “{title}” deste computador?</translation>
    </message>
    <message>
        <source>Export clinic notes to a folder</source>
        <translation>Exportar as notas da clínica para uma pasta</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}:
{files}

On the clinic&apos;s other computers, add them with Clinic notes &gt; Import.</source>
        <translation>
            <numerusform>%n arquivo salvo em {folder}:
{files}

Nos outros computadores da clínica, adicione-o com Notas da clínica &gt; Importar.</numerusform>
            <numerusform>%n arquivos salvos em {folder}:
{files}

Nos outros computadores da clínica, adicione-os com Notas da clínica &gt; Importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import clinic notes</source>
        <translation>Importar notas da clínica</translation>
    </message>
    <message>
        <source>Information packs (*.chpack)</source>
        <translation>Pacotes de informações (*.chpack)</translation>
    </message>
    <message>
        <source>Nothing was changed:
{reason}</source>
        <translation>Nada foi alterado:
{reason}</translation>
    </message>
</context>
<context>
    <name>ContactLogWindow</name>
    <message>
        <source>My contact log</source>
        <translation>Meu registro de contatos</translation>
    </message>
    <message>
        <source>I called ICE just now</source>
        <translation>Acabei de ligar para o ICE</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Desfazer a exclusão</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) recorded.</source>
        <translation>
            <numerusform>%n tentativa anotada.</numerusform>
            <numerusform>%n tentativas anotadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last one: %1</source>
        <translation>A última: %1</translation>
    </message>
    <message>
        <source>Type your passphrase to record the attempt.</source>
        <translation>Digite sua frase-senha para anotar a tentativa.</translation>
    </message>
    <message>
        <source>To record the attempt, first start a new log.</source>
        <translation>Para anotar a tentativa, primeiro comece um novo registro.</translation>
    </message>
    <message>
        <source>Add an attempt</source>
        <translation>Adicionar uma tentativa</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>My details for the record...</source>
        <translation>Meus dados para o relatório...</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>No attempts recorded yet.</source>
        <translation>Ainda não há tentativas anotadas.</translation>
    </message>
    <message>
        <source>Delete this attempt</source>
        <translation>Apagar esta tentativa</translation>
    </message>
    <message>
        <source>Delete the attempt of %1 (%2)? You can undo this with Ctrl+Z while the log is open.</source>
        <translation>Apagar a tentativa de %1 (%2)? Você pode desfazer com Ctrl+Z enquanto o registro estiver aberto.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>date</source>
        <translation>data</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mês/dia/ano</translation>
    </message>
</context>
<context>
    <name>DeleteLogDialog</name>
    <message>
        <source>Delete this log</source>
        <translation>Apagar este registro</translation>
    </message>
    <message numerus="yes">
        <source>Delete the log &quot;%1&quot; and the %n attempt(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>Apagar o registro “%1” e a %n tentativa dele? Não dá para desfazer.</numerusform>
            <numerusform>Apagar o registro “%1” e as %n tentativas dele? Não dá para desfazer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log&apos;s passphrase</source>
        <translation>A frase-senha do registro</translation>
    </message>
    <message>
        <source>To delete it, type the log&apos;s &amp;passphrase:</source>
        <translation>Para apagar, digite a &amp;frase-senha do registro:</translation>
    </message>
    <message>
        <source>Files saved from this log on this computer. Tick those to delete too (backups on USB sticks are never listed, and are kept):</source>
        <translation>Arquivos salvos deste registro neste computador. Marque os que também quer apagar (cópias de segurança em pendrives não aparecem e são mantidas):</translation>
    </message>
    <message>
        <source>PDF record</source>
        <translation>Relatório em PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Planilha (CSV)</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Cópia de segurança</translation>
    </message>
    <message>
        <source>Delete the log</source>
        <translation>Apagar o registro</translation>
    </message>
    <message>
        <source>Keep the log</source>
        <translation>Manter o registro</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>My details</source>
        <translation>Meus dados</translation>
    </message>
    <message>
        <source>Both are optional. They are kept inside your locked log and printed on the record.</source>
        <translation>Os dois são opcionais. Ficam guardados no seu registro bloqueado e saem impressos no relatório.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Seu nome</translation>
    </message>
    <message>
        <source>Your A-number</source>
        <translation>Seu número A</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>Número &amp;A:</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>You were writing an attempt when the log locked. Open it again to finish it?</source>
        <translation>Você estava escrevendo uma tentativa quando o registro foi bloqueado. Abrir de novo para terminar?</translation>
    </message>
    <message>
        <source>Files you had added were not kept; add them again: %1</source>
        <translation>Os arquivos que você tinha adicionado não foram guardados; adicione de novo: %1</translation>
    </message>
    <message>
        <source>Continue where you stopped?</source>
        <translation>Continuar de onde parou?</translation>
    </message>
    <message>
        <source>Throw the draft away?</source>
        <translation>Descartar o rascunho?</translation>
    </message>
    <message>
        <source>Throw away what you typed in that attempt?</source>
        <translation>Descartar o que você digitou nessa tentativa?</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Appointment given</source>
        <translation>Horário marcado</translation>
    </message>
    <message>
        <source>Office / person</source>
        <translation>Escritório / pessoa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Arquivos</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit attempt</source>
        <translation>Editar a tentativa</translation>
    </message>
    <message>
        <source>Date and time of the attempt</source>
        <translation>Data e hora da tentativa</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Agora</translation>
    </message>
    <message>
        <source>Set the date and time to now</source>
        <translation>Colocar a data e a hora de agora</translation>
    </message>
    <message>
        <source>How did you try to contact ICE?</source>
        <translation>Como você tentou entrar em contato com o ICE?</translation>
    </message>
    <message>
        <source>Number, email address or website</source>
        <translation>Número, e-mail ou site</translation>
    </message>
    <message>
        <source>Number, address or site you contacted</source>
        <translation>Número, endereço ou site que você contatou</translation>
    </message>
    <message>
        <source>ICE office</source>
        <translation>Escritório do ICE</translation>
    </message>
    <message>
        <source>Person you spoke to</source>
        <translation>Pessoa com quem você falou</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>O que aconteceu?</translation>
    </message>
    <message>
        <source>I was given an appointment</source>
        <translation>Recebi um horário marcado</translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation>Data e hora do horário marcado</translation>
    </message>
    <message>
        <source>What was said, confirmation numbers, anything else</source>
        <translation>O que foi dito, números de confirmação, qualquer outra coisa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>This date or time is not complete or does not exist: %1 %2</source>
        <translation>Esta data ou hora está incompleta ou não existe: %1 %2</translation>
    </message>
    <message>
        <source>Discard this attempt?</source>
        <translation>Descartar esta tentativa?</translation>
    </message>
    <message>
        <source>You typed something in this form. Close it and lose what you typed?</source>
        <translation>Você digitou algo neste formulário. Fechar e perder o que digitou?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>New attempt</source>
        <translation>Nova tentativa</translation>
    </message>
    <message>
        <source>Save this attempt</source>
        <translation>Salvar esta tentativa</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quando</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>C&amp;omo</translation>
    </message>
    <message>
        <source>&amp;To (number, address or site)</source>
        <translation>&amp;Para (número, endereço ou site)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Horário marcado</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>Escr&amp;itório</translation>
    </message>
    <message>
        <source>&amp;Person spoken to</source>
        <translation>&amp;Pessoa com quem falou</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>A&amp;notações</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo deu errado</translation>
    </message>
    <message>
        <source>Something went wrong in Check-In Help. Nothing you saved was lost. You can keep using the app; if this happens again, close it and start it again.</source>
        <translation>Algo deu errado no Check-In Help. Nada do que você salvou foi perdido. Você pode continuar usando o aplicativo; se acontecer de novo, feche e abra de novo.</translation>
    </message>
    <message>
        <source>Check-In Help cannot start</source>
        <translation>O Check-In Help não consegue abrir</translation>
    </message>
    <message>
        <source>The help texts of this app could not be read. The app may be damaged. Please ask the person who installed it to install it again.</source>
        <translation>Não foi possível ler os textos de ajuda deste aplicativo. O aplicativo pode estar danificado. Peça à pessoa que o instalou para instalar de novo.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this answer:</source>
        <translation>Procurar nesta resposta:</translation>
    </message>
    <message>
        <source>Find in this answer</source>
        <translation>Procurar nesta resposta</translation>
    </message>
    <message>
        <source>Type a word to find it in the answer. Enter finds the next one.</source>
        <translation>Digite uma palavra para encontrá-la na resposta. Enter procura a próxima.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Procurar a anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Próxima</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Procurar a próxima</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fechar a busca na resposta</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Resultado da busca</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Não encontrado</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <source>Formatting</source>
        <translation>Formatação</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Make the line a heading (## at its start)</source>
        <translation>Transformar a linha em título (## no começo)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrito</translation>
    </message>
    <message>
        <source>Bold text (**text**)</source>
        <translation>Texto em negrito (**texto**)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista com marcadores</translation>
    </message>
    <message>
        <source>Start each selected line with - </source>
        <translation>Começar cada linha selecionada com - </translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Number the selected lines 1. 2. 3.</source>
        <translation>Numerar as linhas selecionadas 1. 2. 3.</translation>
    </message>
    <message>
        <source>Link...</source>
        <translation>Link...</translation>
    </message>
    <message>
        <source>A link to a web page (https://) or an e-mail address</source>
        <translation>Um link para uma página da web (https://) ou um endereço de e-mail</translation>
    </message>
    <message>
        <source>Phone number...</source>
        <translation>Número de telefone...</translation>
    </message>
    <message>
        <source>A phone number people can copy or scan, listed with the important numbers</source>
        <translation>Um número de telefone que as pessoas podem copiar ou escanear, incluído nos números importantes</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Address of the web page (https://...) or mailto:name@example.org:</source>
        <translation>Endereço da página da web (https://...) ou mailto:nome@example.org:</translation>
    </message>
    <message>
        <source>Only web pages (https:// or http://) and e-mail addresses (mailto:) can be linked.</source>
        <translation>Só é possível criar links para páginas da web (https:// ou http://) e endereços de e-mail (mailto:).</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Phone number, as people should read it (for example 617-555-0188):</source>
        <translation>Número de telefone, como as pessoas devem lê-lo (por exemplo 617-555-0188):</translation>
    </message>
    <message>
        <source>Write a 10-digit US number (617-555-0188), or a number that starts with + and its country code.</source>
        <translation>Escreva um número dos EUA com 10 dígitos (617-555-0188), ou um número que comece com + e o código do país.</translation>
    </message>
</context>
<context>
    <name>HowToDialog</name>
    <message>
        <source>How to use this app</source>
        <translation>Como usar este aplicativo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>This app does not open the internet. The address is: %1</source>
        <translation>Este aplicativo não abre a internet. O endereço é: %1</translation>
    </message>
</context>
<context>
    <name>IndexRebuild</name>
    <message>
        <source>Check-In Help</source>
        <translation>Check-In Help</translation>
    </message>
    <message>
        <source>Preparing the search. This happens only once...</source>
        <translation>Preparando a busca. Isso acontece só uma vez...</translation>
    </message>
    <message>
        <source>Preparing the search</source>
        <translation>Preparando a busca</translation>
    </message>
    <message>
        <source>Search is limited</source>
        <translation>A busca está limitada</translation>
    </message>
    <message>
        <source>The search could not be prepared on this computer. You can still read every question from the list, and a simpler search still works.

If this happens again, please ask the person who installed the app to reinstall it.</source>
        <translation>Não foi possível preparar a busca neste computador. Você ainda pode ler todas as perguntas da lista, e uma busca mais simples continua funcionando.

Se acontecer de novo, peça à pessoa que instalou o aplicativo para instalar de novo.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Other commands</source>
        <translation>Outros comandos</translation>
    </message>
    <message>
        <source>Save the attempt (in its form)</source>
        <translation>Salvar a tentativa (no formulário dela)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the first (or chosen) answer</source>
        <translation>Abrir a primeira resposta (ou a escolhida)</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Seta para baixo, seta para cima</translation>
    </message>
    <message>
        <source>Move through the answers found (each one shows)</source>
        <translation>Andar pelas respostas encontradas (cada uma aparece)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search (in the list: back to the search box)</source>
        <translation>Apagar a busca (na lista: voltar para a caixa de busca)</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter, Shift+Enter</translation>
    </message>
    <message>
        <source>In the find bar: the next or the previous place</source>
        <translation>Na barra de procura: o próximo lugar ou o anterior</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Go to the next part of the window, or the next link</source>
        <translation>Ir para a próxima parte da janela, ou o próximo link</translation>
    </message>
    <message>
        <source>Mouse back and forward buttons</source>
        <translation>Botões de voltar e avançar do mouse</translation>
    </message>
    <message>
        <source>Go back or forward, anywhere in the window</source>
        <translation>Voltar ou avançar, em qualquer parte da janela</translation>
    </message>
    <message>
        <source>While typing or reading</source>
        <translation>Ao digitar ou ler</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Choose your language</source>
        <translation>Escolha seu idioma</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Pular</translation>
    </message>
    <message>
        <source>Keep this language; you can change it later</source>
        <translation>Manter este idioma; você pode mudar depois</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Endereço do site</translation>
    </message>
    <message>
        <source>Call this number from a phone:</source>
        <translation>Ligue para este número de um telefone:</translation>
    </message>
    <message>
        <source>This app does not open the internet. Open this address on a phone:</source>
        <translation>Este aplicativo não abre a internet. Abra este endereço em um celular:</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Número de telefone: %1</translation>
    </message>
    <message>
        <source>Web address: %1</source>
        <translation>Endereço do site: %1</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para que serve</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to get the number on your phone.</source>
        <translation>Escaneie este código com a câmera do celular para ter o número no seu celular.</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to open the address on your phone.</source>
        <translation>Escaneie este código com a câmera do celular para abrir o endereço no seu celular.</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera.</source>
        <translation>Escaneie este código com a câmera do celular.</translation>
    </message>
    <message>
        <source>Your phone will offer to call the number.</source>
        <translation>O celular vai oferecer para ligar para o número.</translation>
    </message>
    <message>
        <source>Your phone will offer to open the address.</source>
        <translation>O celular vai oferecer para abrir o endereço.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copiar o número</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copiar o endereço</translation>
    </message>
    <message>
        <source>Copies it so you can paste it somewhere else.</source>
        <translation>Copia para você colar em outro lugar.</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Situação da cópia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiado.</translation>
    </message>
</context>
<context>
    <name>LogExports</name>
    <message>
        <source>Print the record...</source>
        <translation>Imprimir o relatório...</translation>
    </message>
    <message>
        <source>Save the record as PDF...</source>
        <translation>Salvar o relatório como PDF...</translation>
    </message>
    <message>
        <source>Save as a spreadsheet (CSV)...</source>
        <translation>Salvar como planilha (CSV)...</translation>
    </message>
    <message>
        <source>Make a backup file...</source>
        <translation>Fazer uma cópia de segurança...</translation>
    </message>
    <message>
        <source>This file is not protected</source>
        <translation>Este arquivo não está protegido</translation>
    </message>
    <message>
        <source>The PDF or spreadsheet file you save is not protected by your passphrase: anyone who has the file can read it. Keep it somewhere safe, or delete it when you no longer need it. The app remembers where you saved it and offers to delete it when you delete this log.</source>
        <translation>O PDF ou a planilha que você salva não é protegido pela sua frase-senha: qualquer pessoa que tenha o arquivo pode ler. Guarde em um lugar seguro, ou apague quando não precisar mais. O aplicativo lembra onde você salvou e oferece apagar quando você apagar este registro.</translation>
    </message>
    <message>
        <source>I understand, save it</source>
        <translation>Entendi, salvar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not tell me again while the app is open</source>
        <translation>Não avisar de novo enquanto o aplicativo estiver aberto</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Salvo: %1</translation>
    </message>
    <message>
        <source>The file could not be saved (%1). Try another folder or USB stick.</source>
        <translation>Não foi possível salvar o arquivo (%1). Tente outra pasta ou outro pendrive.</translation>
    </message>
    <message>
        <source>Save the record as PDF</source>
        <translation>Salvar o relatório como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as a spreadsheet</source>
        <translation>Salvar como planilha</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Planilha CSV (*.csv)</translation>
    </message>
    <message>
        <source>Make a backup file</source>
        <translation>Fazer uma cópia de segurança</translation>
    </message>
    <message>
        <source>Contact log backups (*.clbackup)</source>
        <translation>Cópias de segurança do registro (*.clbackup)</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase-senha da cópia</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup file. You need it to open the backup:</source>
        <translation>Escolha uma frase-senha para a cópia de segurança. Você vai precisar dela para abrir a cópia:</translation>
    </message>
</context>
<context>
    <name>LogLabels</name>
    <message>
        <source>Phone call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Pessoalmente</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Ninguém atendeu</translation>
    </message>
    <message>
        <source>Could not leave a voicemail</source>
        <translation>Não consegui deixar recado na caixa postal</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>Deixei recado na caixa postal</translation>
    </message>
    <message>
        <source>Spoke to someone</source>
        <translation>Falei com alguém</translation>
    </message>
    <message>
        <source>Appointment scheduled or rescheduled</source>
        <translation>Horário marcado ou remarcado</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-mail enviado</translation>
    </message>
    <message>
        <source>Website error or no appointments available</source>
        <translation>Erro no site ou sem horários disponíveis</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Como</translation>
    </message>
    <message>
        <source>To (number, address or site)</source>
        <translation>Para (número, endereço ou site)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>Person spoken to</source>
        <translation>Pessoa com quem falou</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Horário marcado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Entry made</source>
        <translation>Registrado em</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
</context>
<context>
    <name>LogManager</name>
    <message>
        <source>Change the passphrase...</source>
        <translation>Mudar a frase-senha...</translation>
    </message>
    <message>
        <source>Delete this log...</source>
        <translation>Apagar este registro...</translation>
    </message>
    <message>
        <source>New contact log</source>
        <translation>Novo registro</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Abrir uma cópia</translation>
    </message>
    <message>
        <source>Contact log backups (*.clbackup);;All files (*)</source>
        <translation>Cópias de segurança do registro (*.clbackup);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The passphrase of the backup file (chosen when the backup was made):</source>
        <translation>A frase-senha da cópia de segurança (escolhida quando a cópia foi feita):</translation>
    </message>
    <message>
        <source>Checking the backup file...</source>
        <translation>Verificando a cópia de segurança...</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup file. Check it and try again.</source>
        <translation>Essa frase-senha não abre esta cópia de segurança. Confira e tente de novo.</translation>
    </message>
    <message>
        <source>Log from a backup</source>
        <translation>Registro de uma cópia</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Mudar a frase-senha</translation>
    </message>
    <message>
        <source>Delete this log</source>
        <translation>Apagar este registro</translation>
    </message>
    <message>
        <source>That passphrase does not open this log. Nothing was deleted.</source>
        <translation>Essa frase-senha não abre este registro. Nada foi apagado.</translation>
    </message>
    <message>
        <source>Some files of the log could not be deleted.</source>
        <translation>Não foi possível apagar alguns arquivos do registro.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frase-senha atual:</translation>
    </message>
    <message>
        <source>New passphrase (it cannot be recovered if you forget it):</source>
        <translation>Nova frase-senha (se você esquecer, não dá para recuperar):</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>A frase-senha foi mudada.</translation>
    </message>
</context>
<context>
    <name>LogMessages</name>
    <message>
        <source>Date and time</source>
        <translation>Data e hora</translation>
    </message>
    <message>
        <source>Number, address or site</source>
        <translation>Número, endereço ou site</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Escritório</translation>
    </message>
    <message>
        <source>Person spoken to</source>
        <translation>Pessoa com quem falou</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Anotações</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Horário marcado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Name of the log</source>
        <translation>Nome do registro</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova frase-senha</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase-senha da cópia</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>This backup file is damaged, or it is not a contact log backup. Nothing was restored.</source>
        <translation>Esta cópia de segurança está danificada ou não é uma cópia de registro de contatos. Nada foi recuperado.</translation>
    </message>
    <message>
        <source>This log is damaged and cannot be opened. It was kept, unchanged, so that staff can try to recover it:
%1
You can open a backup of it, or start a new log.</source>
        <translation>Este registro está danificado e não pode ser aberto. Ele foi guardado sem mudanças para a equipe tentar recuperá-lo:
%1
Você pode abrir uma cópia de segurança ou começar um novo registro.</translation>
    </message>
    <message>
        <source>The file could not be saved (%1). Try another folder or USB stick.</source>
        <translation>Não foi possível salvar o arquivo (%1). Tente outra pasta ou outro pendrive.</translation>
    </message>
    <message>
        <source>That passphrase does not open this log. Check it and try again. Nothing was changed.</source>
        <translation>Essa frase-senha não abre este registro. Confira e tente de novo. Nada foi mudado.</translation>
    </message>
    <message>
        <source>This log is not on this computer any more.</source>
        <translation>Este registro não está mais neste computador.</translation>
    </message>
    <message>
        <source>A log with this name already exists. Please choose another name.</source>
        <translation>Já existe um registro com este nome. Escolha outro nome.</translation>
    </message>
    <message>
        <source>The log is locked. Open it again with your passphrase.</source>
        <translation>O registro está bloqueado. Abra de novo com sua frase-senha.</translation>
    </message>
    <message>
        <source>This log was made by a newer version of Check-In Help.</source>
        <translation>Este registro foi feito com uma versão mais nova do Check-In Help.</translation>
    </message>
    <message>
        <source>The log could not be saved: the disk may be full, or another program is using the file. Nothing was changed. Close other programs and try again.</source>
        <translation>Não foi possível salvar o registro: o disco pode estar cheio, ou outro programa está usando o arquivo. Nada foi mudado. Feche outros programas e tente de novo.</translation>
    </message>
    <message>
        <source>The date and time cannot be in the future.</source>
        <translation>A data e a hora não podem estar no futuro.</translation>
    </message>
    <message>
        <source>The date is too far in the past.</source>
        <translation>A data é antiga demais.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>O texto é longo demais (no máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Preencha isto, por favor.</translation>
    </message>
    <message>
        <source>An A-number has 8 or 9 digits, for example A-123-456-789.</source>
        <translation>Um número A tem 8 ou 9 dígitos, por exemplo A-123-456-789.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>A frase-senha precisa de pelo menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation>A frase-senha é longa demais.</translation>
    </message>
    <message>
        <source>Use at least 12 characters, or three words or more.</source>
        <translation>Use pelo menos 12 caracteres, ou três palavras ou mais.</translation>
    </message>
    <message>
        <source>Do not use the log&apos;s name in the passphrase.</source>
        <translation>Não use o nome do registro na frase-senha.</translation>
    </message>
    <message>
        <source>This is a common password that is guessed first. Choose another.</source>
        <translation>Esta é uma senha comum, das primeiras a serem adivinhadas. Escolha outra.</translation>
    </message>
    <message>
        <source>Only pictures (PNG, JPEG, GIF, BMP, WebP) and PDF files can be attached.</source>
        <translation>Só é possível anexar imagens (PNG, JPEG, GIF, BMP, WebP) e arquivos PDF.</translation>
    </message>
    <message>
        <source>This file is too big to attach (at most 15 MB).</source>
        <translation>Este arquivo é grande demais para anexar (no máximo 15 MB).</translation>
    </message>
    <message>
        <source>This file is damaged or is not what its name says.</source>
        <translation>Este arquivo está danificado ou não é o que o nome diz.</translation>
    </message>
    <message>
        <source>This picture is too large.</source>
        <translation>Esta imagem é grande demais.</translation>
    </message>
    <message>
        <source>This entry does not exist any more.</source>
        <translation>Este registro não existe mais.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Este valor não é aceito.</translation>
    </message>
    <message>
        <source>The contact log could not do this. Nothing was changed.</source>
        <translation>O registro de contatos não conseguiu fazer isso. Nada foi mudado.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Number of attempts and the last one</source>
        <translation>Número de tentativas e a última</translation>
    </message>
    <message>
        <source>I called ICE just now</source>
        <translation>Acabei de ligar para o ICE</translation>
    </message>
    <message>
        <source>Record a call to ICE made just now</source>
        <translation>Anotar uma ligação para o ICE feita agora</translation>
    </message>
    <message>
        <source>Add an attempt...</source>
        <translation>Adicionar uma tentativa...</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Desfazer a exclusão</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the log now</source>
        <translation>Bloquear o registro agora</translation>
    </message>
    <message>
        <source>Save, print, backup...</source>
        <translation>Salvar, imprimir, cópia de segurança...</translation>
    </message>
    <message>
        <source>Passphrase, delete...</source>
        <translation>Frase-senha, apagar...</translation>
    </message>
    <message>
        <source>Change the passphrase or delete this log</source>
        <translation>Mudar a frase-senha ou apagar este registro</translation>
    </message>
    <message>
        <source>Filter: type a word, a name, a number or a date</source>
        <translation>Filtrar: digite uma palavra, um nome, um número ou uma data</translation>
    </message>
    <message>
        <source>Filter the attempts</source>
        <translation>Filtrar as tentativas</translation>
    </message>
    <message>
        <source>Attempts to contact ICE, newest first</source>
        <translation>Tentativas de contato com o ICE, as mais recentes primeiro</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Check-In Help</source>
        <translation>Check-In Help</translation>
    </message>
    <message>
        <source>Record a call in my contact log</source>
        <translation>Anotar uma ligação no meu registro de contatos</translation>
    </message>
    <message>
        <source>Write down in your private contact log that you called or emailed ICE</source>
        <translation>Anotar no seu registro particular que você ligou ou mandou e-mail para o ICE</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro de contatos</translation>
    </message>
    <message>
        <source>The contact log is not available in this copy of Check-In Help.</source>
        <translation>O registro de contatos não está disponível nesta cópia do Check-In Help.</translation>
    </message>
</context>
<context>
    <name>ManagePacksDialog</name>
    <message>
        <source>Manage information packs</source>
        <translation>Gerenciar pacotes de informações</translation>
    </message>
    <message>
        <source>Information packs</source>
        <translation>Pacotes de informações</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>em uso</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>desativado</translation>
    </message>
    <message>
        <source>not in use (replaced)</source>
        <translation>fora de uso (substituído)</translation>
    </message>
    <message>
        <source>{title} ({publisher}, {language}, version {version})
Information as of {as_of}; {articles} articles; {trust}; {state}</source>
        <translation>{title} ({publisher}, {language}, versão {version})
Informação válida em {as_of}; {articles} artigos; {trust}; {state}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Ativar</translation>
    </message>
</context>
<context>
    <name>NewLogDialog</name>
    <message>
        <source>Do not use your real name: choose a nickname only you will recognise.
Choose a passphrase you will remember (a short sentence is easiest). If you forget it, nobody can open this log again: it cannot be recovered.</source>
        <translation>Não use seu nome verdadeiro: escolha um apelido que só você reconheça.
Escolha uma frase-senha que você vai lembrar (uma frase curta é mais fácil). Se você esquecer, ninguém vai conseguir abrir este registro de novo: não dá para recuperar.</translation>
    </message>
    <message>
        <source>Nickname for the log</source>
        <translation>Apelido do registro</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Criar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Apelido:</translation>
    </message>
    <message>
        <source>This looks like a number (an A-number?). The list of logs on this computer is not secret: a nickname is safer.</source>
        <translation>Parece um número (um número A?). A lista de registros deste computador não é secreta: um apelido é mais seguro.</translation>
    </message>
    <message>
        <source>This looks like a full name. The list of logs on this computer is not secret: a nickname only you recognise is safer.</source>
        <translation>Parece um nome completo. A lista de registros deste computador não é secreta: um apelido que só você reconheça é mais seguro.</translation>
    </message>
    <message>
        <source>Type a nickname for the log.</source>
        <translation>Digite um apelido para o registro.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Clinic note</source>
        <translation>Nota da clínica</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For example: Where is the local ICE office?</source>
        <translation>Por exemplo: Onde fica o escritório do ICE local?</translation>
    </message>
    <message>
        <source>Language of the note</source>
        <translation>Idioma da nota</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Texto da nota</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <source>The note as people will see it</source>
        <translation>A nota como as pessoas vão vê-la</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>Data em que foi escrita</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escrever</translation>
    </message>
    <message>
        <source>Today, when you save it</source>
        <translation>Hoje, quando você salvar</translation>
    </message>
    <message>
        <source>(No title yet)</source>
        <translation>(Ainda sem título)</translation>
    </message>
    <message>
        <source>Write a title.</source>
        <translation>Escreva um título.</translation>
    </message>
    <message>
        <source>Write the text of the note.</source>
        <translation>Escreva o texto da nota.</translation>
    </message>
    <message>
        <source>The note was not saved:
{problems}</source>
        <translation>A nota não foi salva:
{problems}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>Save the changes to this note?</source>
        <translation>Salvar as alterações desta nota?</translation>
    </message>
</context>
<context>
    <name>NumberNotes</name>
    <message>
        <source>ICE&apos;s main national number: questions about your check-in, if you cannot reach your officer, or to give a new address.</source>
        <translation>O número nacional principal do ICE: dúvidas sobre sua apresentação, se você não consegue falar com seu oficial, ou para dar um endereço novo.</translation>
    </message>
    <message>
        <source>ICE&apos;s other national number: if you are not sure when or where to check in.</source>
        <translation>O outro número nacional do ICE: se você não tem certeza de quando ou onde se apresentar.</translation>
    </message>
    <message>
        <source>Immigration court hotline: find out if you have a court hearing (have your A-number ready).</source>
        <translation>Linha do tribunal de imigração: saiba se você tem uma audiência no tribunal (tenha seu número A em mãos).</translation>
    </message>
    <message>
        <source>In ASAP&apos;s words:</source>
        <translation>Nas palavras da ASAP:</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <source>Add information pack...</source>
        <translation>Adicionar pacote de informações...</translation>
    </message>
    <message>
        <source>Add a .chpack file of help content</source>
        <translation>Adicionar um arquivo .chpack com conteúdo de ajuda</translation>
    </message>
    <message>
        <source>Manage information packs...</source>
        <translation>Gerenciar pacotes de informações...</translation>
    </message>
    <message>
        <source>Add information pack</source>
        <translation>Adicionar pacote de informações</translation>
    </message>
    <message>
        <source>Information packs (*.chpack)</source>
        <translation>Pacotes de informações (*.chpack)</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Remover o pacote</translation>
    </message>
    <message>
        <source>Remove the information pack {id} from this computer?</source>
        <translation>Remover o pacote de informações {id} deste computador?</translation>
    </message>
    <message>
        <source>Information pack</source>
        <translation>Pacote de informações</translation>
    </message>
    <message>
        <source>These information packs failed their checks and are not used:
{packs}</source>
        <translation>Estes pacotes de informações não passaram nas verificações e não são usados:
{packs}</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Nada foi mudado: {reason}</translation>
    </message>
</context>
<context>
    <name>PackTrust</name>
    <message>
        <source>Built into this program</source>
        <translation>Incluído neste programa</translation>
    </message>
    <message>
        <source>Verified: {signer}</source>
        <translation>Verificado: {signer}</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Não verificado</translation>
    </message>
</context>
<context>
    <name>PageWriter</name>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Last checked against the source</source>
        <translation>Última conferência com a fonte</translation>
    </message>
    <message>
        <source>This is legal information, not legal advice about your case.</source>
        <translation>Isto é informação jurídica, não orientação jurídica sobre o seu caso.</translation>
    </message>
    <message>
        <source>Related questions</source>
        <translation>Perguntas relacionadas</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Comece aqui</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Perguntas e respostas</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>Mais informações</translation>
    </message>
    <message>
        <source>These answers are ASAP&apos;s, in English, as ASAP wrote them.</source>
        <translation>Estas respostas são da ASAP, em inglês, do jeito que a ASAP escreveu.</translation>
    </message>
    <message>
        <source>Information as of {as_of}, according to {publisher} (this copy taken {taken})</source>
        <translation>Informação válida em {as_of}, segundo {publisher} (cópia feita em {taken})</translation>
    </message>
    <message>
        <source>spring {year}</source>
        <translation>primavera de {year}</translation>
    </message>
    <message>
        <source>summer {year}</source>
        <translation>verão de {year}</translation>
    </message>
    <message>
        <source>fall {year}</source>
        <translation>outono de {year}</translation>
    </message>
    <message>
        <source>winter {year}</source>
        <translation>inverno de {year}</translation>
    </message>
    <message>
        <source>Built into this program</source>
        <translation>Incluído neste programa</translation>
    </message>
    <message>
        <source>Verified: {signer}</source>
        <translation>Verificado: {signer}</translation>
    </message>
    <message>
        <source>Added on this computer. Not verified.</source>
        <translation>Adicionado neste computador. Não verificado.</translation>
    </message>
    <message>
        <source>Immigration rules and ICE practice change often; this information may be out of date. Ask a lawyer or a legal clinic.</source>
        <translation>As regras de imigração e a prática do ICE mudam com frequência; esta informação pode estar desatualizada. Consulte um advogado ou uma clínica jurídica.</translation>
    </message>
    <message>
        <source>From {clinic}</source>
        <translation>De {clinic}</translation>
    </message>
    <message>
        <source>The clinic&apos;s own note, written on {date}. These are not ASAP&apos;s words.</source>
        <translation>Nota da própria clínica, escrita em {date}. Não são palavras da ASAP.</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>Também em</translation>
    </message>
    <message>
        <source>Printed at {clinic}</source>
        <translation>Impresso em {clinic}</translation>
    </message>
    <message>
        <source>From {clinic}:</source>
        <translation>De {clinic}:</translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation>Leia mais:</translation>
    </message>
    <message>
        <source>Important phone numbers</source>
        <translation>Números de telefone importantes</translation>
    </message>
    <message>
        <source>Click or press Enter on a number to copy it or to see a QR code you can scan with your phone.</source>
        <translation>Clique ou aperte Enter em um número para copiá-lo ou ver um código QR que você pode escanear com o celular.</translation>
    </message>
    <message>
        <source>The help content has no phone numbers.</source>
        <translation>A ajuda não tem números de telefone.</translation>
    </message>
    <message>
        <source>No answer matched</source>
        <translation>Nenhuma resposta para</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Você quis dizer:</translation>
    </message>
    <message>
        <source>Try fewer words, or other words for the same thing. You can write in your own language or in English.</source>
        <translation>Tente menos palavras, ou outras palavras para a mesma coisa. Você pode escrever no seu idioma ou em inglês.</translation>
    </message>
    <message>
        <source>What each number is for</source>
        <translation>Para que serve cada número</translation>
    </message>
    <message>
        <source>Questions that may help</source>
        <translation>Perguntas que podem ajudar</translation>
    </message>
    <message>
        <source>See all questions</source>
        <translation>Ver todas as perguntas</translation>
    </message>
</context>
<context>
    <name>PagedPrint</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase-senha de novo</translation>
    </message>
    <message>
        <source>Strength of the passphrase</source>
        <translation>Força da frase-senha</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Sugerir uma frase-senha</translation>
    </message>
    <message>
        <source>Suggest a passphrase of four common words</source>
        <translation>Sugerir uma frase-senha de quatro palavras comuns</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;De novo:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Força:</translation>
    </message>
    <message>
        <source>Use at least 12 characters, or three words or more.</source>
        <translation>Use pelo menos 12 caracteres, ou três palavras ou mais.</translation>
    </message>
    <message>
        <source>Do not use the log&apos;s name in the passphrase.</source>
        <translation>Não use o nome do registro na frase-senha.</translation>
    </message>
    <message>
        <source>This is a common password that is guessed first. Choose another.</source>
        <translation>Esta é uma senha comum, das primeiras a serem adivinhadas. Escolha outra.</translation>
    </message>
    <message>
        <source>A short sentence of four or more words is easy to remember.</source>
        <translation>Uma frase curta de quatro palavras ou mais é fácil de lembrar.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muito fraca</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fraca</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Razoável</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Boa</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Write it down and keep it safe: %1</source>
        <translation>Anote e guarde em lugar seguro: %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>As duas frases-senha não são iguais. Digite de novo.</translation>
    </message>
</context>
<context>
    <name>PersonBar</name>
    <message>
        <source>Copy A-number</source>
        <translation>Copiar número A</translation>
    </message>
    <message>
        <source>Copy my A-number</source>
        <translation>Copiar meu número A</translation>
    </message>
    <message>
        <source>No name or A-number for the record yet.</source>
        <translation>Ainda não há nome nem número A para o relatório.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN da equipe</translation>
    </message>
    <message>
        <source>Set staff PIN</source>
        <translation>Definir o PIN da equipe</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Novo PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Repita o novo PIN</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN atual</translation>
    </message>
    <message>
        <source>Staff settings are for the clinic&apos;s staff. Type the staff PIN.</source>
        <translation>As configurações da equipe são só para a equipe da clínica. Digite o PIN da equipe.</translation>
    </message>
    <message>
        <source>Choose a PIN of {low} to {high} digits. Type it twice.</source>
        <translation>Escolha um PIN de {low} a {high} dígitos. Digite-o duas vezes.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this computer yet. Set one now: staff type it to change settings, add information packs and trust publisher keys.</source>
        <translation>Ainda não há um PIN da equipe neste computador. Defina um agora: a equipe o digita para mudar as configurações, adicionar pacotes de informações e confiar em chaves de editores.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Tentativas erradas demais. Espere %n segundo e tente de novo.</numerusform>
            <numerusform>Tentativas erradas demais. Espere %n segundos e tente de novo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current PIN is not right.</source>
        <translation>O PIN atual não está certo.</translation>
    </message>
    <message>
        <source>That is not the staff PIN.</source>
        <translation>Esse não é o PIN da equipe.</translation>
    </message>
    <message>
        <source>The PIN must have {low} to {high} digits.</source>
        <translation>O PIN deve ter de {low} a {high} dígitos.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Os dois PINs não são iguais. Digite-os de novo.</translation>
    </message>
    <message>
        <source>The PIN could not be saved on this computer.</source>
        <translation>Não foi possível salvar o PIN neste computador.</translation>
    </message>
    <message>
        <source>The saved staff PIN was damaged. It was set aside, and a new PIN can be set now.</source>
        <translation>O PIN da equipe salvo estava danificado. Ele foi deixado de lado, e um novo PIN pode ser definido agora.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The text size could not be saved for next time.</source>
        <translation>Não foi possível guardar o tamanho da letra para a próxima vez.</translation>
    </message>
    <message>
        <source>Contact log lock time</source>
        <translation>Tempo para bloquear o registro</translation>
    </message>
    <message>
        <source>Lock an open contact log after this many minutes without use:</source>
        <translation>Bloquear um registro aberto depois de tantos minutos sem uso:</translation>
    </message>
    <message>
        <source>The lock time could not be saved for next time.</source>
        <translation>Não foi possível guardar o tempo de bloqueio para a próxima vez.</translation>
    </message>
    <message>
        <source>Start over when idle</source>
        <translation>Começar de novo sem uso</translation>
    </message>
    <message>
        <source>Start over after this many minutes without use (0: never):</source>
        <translation>Começar de novo depois de tantos minutos sem uso (0: nunca):</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Saved as a PDF file.</source>
        <translation>Salvo como arquivo PDF.</translation>
    </message>
    <message>
        <source>Important phone numbers</source>
        <translation>Números de telefone importantes</translation>
    </message>
    <message>
        <source>Print this answer</source>
        <translation>Imprimir esta resposta</translation>
    </message>
    <message>
        <source>Save this answer as a PDF file</source>
        <translation>Salvar esta resposta como arquivo PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Não foi possível salvar</translation>
    </message>
    <message>
        <source>The PDF file could not be saved there. Please choose another folder, for example Documents.</source>
        <translation>Não foi possível salvar o arquivo PDF aí. Escolha outra pasta, por exemplo Documentos.</translation>
    </message>
</context>
<context>
    <name>RecordBuilder</name>
    <message>
        <source>Record of attempts to contact ICE</source>
        <translation>Relatório de tentativas de contato com o ICE</translation>
    </message>
    <message>
        <source>This record was made on %1.</source>
        <translation>Este relatório foi feito em %1.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>De %1 a %2.</translation>
    </message>
    <message>
        <source>A-number: %1</source>
        <translation>Número A: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>A-number:</source>
        <translation>Número A:</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) recorded.</source>
        <translation>
            <numerusform>%n tentativa anotada.</numerusform>
            <numerusform>%n tentativas anotadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Check-In Help from the entries the person recorded.</source>
        <translation>Feito com o Check-In Help a partir do que a pessoa anotou.</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Tentativa %1</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Appointment given:</source>
        <translation>Horário marcado:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Escritório:</translation>
    </message>
    <message>
        <source>Person spoken to:</source>
        <translation>Pessoa com quem falou:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Anexos:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Anotações:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Attempt %1, %2: %3</source>
        <translation>Tentativa %1, %2: %3</translation>
    </message>
    <message>
        <source>PDF document, kept in the log (print it separately).</source>
        <translation>Documento PDF, guardado no registro (imprima separadamente).</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Choose a question with the arrow keys and press Enter to read the answer.</source>
        <translation>Escolha uma pergunta com as setas e aperte Enter para ler a resposta.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Type your question or a few words, for example: cannot go to my check-in</source>
        <translation>Digite sua pergunta ou algumas palavras, por exemplo: não posso ir à minha apresentação</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Type a question or words in your own language or in English. Results appear below as you type. Press Enter to open the first one, the Down arrow to choose, Esc to clear.</source>
        <translation>Digite uma pergunta ou palavras no seu idioma ou em inglês. Os resultados aparecem abaixo enquanto você digita. Aperte Enter para abrir o primeiro, a seta para baixo para escolher, Esc para apagar.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Apagar a busca</translation>
    </message>
    <message>
        <source>Clear the search (Esc)</source>
        <translation>Apagar a busca (Esc)</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Did you mean</source>
        <translation>Você quis dizer</translation>
    </message>
    <message>
        <source>Search for this spelling instead</source>
        <translation>Buscar com esta grafia</translation>
    </message>
    <message>
        <source>Number of answers found</source>
        <translation>Número de respostas encontradas</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Você quis dizer “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n answers found</source>
        <translation>
            <numerusform>%n resposta encontrada</numerusform>
            <numerusform>%n respostas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No exact match. Closest questions:</source>
        <translation>Nenhuma resposta exata. Perguntas mais próximas:</translation>
    </message>
    <message>
        <source>No exact match</source>
        <translation>Nenhuma resposta exata</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>The staff settings could not be saved for next time.</source>
        <translation>Não foi possível salvar as configurações da equipe para a próxima vez.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro de contatos</translation>
    </message>
    <message>
        <source>The contact log is turned off on this computer. Ask the staff if you need it.</source>
        <translation>O registro de contatos está desativado neste computador. Pergunte à equipe se você precisar dele.</translation>
    </message>
</context>
<context>
    <name>StaffSettingsDialog</name>
    <message>
        <source>Staff settings</source>
        <translation>Configurações da equipe</translation>
    </message>
    <message>
        <source>For example: Harbor City Legal Aid</source>
        <translation>Por exemplo: Harbor City Legal Aid</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>O idioma do computador</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer the contact log on this computer</source>
        <translation>Oferecer o registro de contatos neste computador</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Information packs...</source>
        <translation>Pacotes de informações...</translation>
    </message>
    <message>
        <source>Add information pack...</source>
        <translation>Adicionar pacote de informações...</translation>
    </message>
    <message>
        <source>Trusted publisher keys...</source>
        <translation>Chaves de editores confiáveis...</translation>
    </message>
    <message>
        <source>Clinic notes...</source>
        <translation>Notas da clínica...</translation>
    </message>
    <message>
        <source>Change PIN...</source>
        <translation>Mudar o PIN...</translation>
    </message>
    <message>
        <source>Saves these settings first</source>
        <translation>Primeiro salva estas configurações</translation>
    </message>
    <message>
        <source>Clinic&apos;s name</source>
        <translation>Nome da clínica</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Idioma padrão</translation>
    </message>
    <message>
        <source>Start over after</source>
        <translation>Começar de novo depois de</translation>
    </message>
    <message>
        <source>Lock the contact log after</source>
        <translation>Bloquear o registro de contatos depois de</translation>
    </message>
    <message>
        <source>Warn that information may be out of date after</source>
        <translation>Avisar que a informação pode estar desatualizada depois de</translation>
    </message>
    <message>
        <source>The clinic&apos;s name is shown on the start page and on printed answers. Start over returns to the default language.</source>
        <translation>O nome da clínica aparece na página inicial e nas respostas impressas. Começar de novo volta ao idioma padrão.</translation>
    </message>
    <message>
        <source>Staff tools</source>
        <translation>Ferramentas da equipe</translation>
    </message>
    <message>
        <source>The staff PIN was changed.</source>
        <translation>O PIN da equipe foi mudado.</translation>
    </message>
</context>
<context>
    <name>StillThereNotice</name>
    <message>
        <source>Still there?</source>
        <translation>Ainda está aí?</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Você ainda está aí?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Sim, ainda estou aqui</translation>
    </message>
    <message numerus="yes">
        <source>To keep the last person&apos;s search private, this app starts over in %n seconds.</source>
        <translation>
            <numerusform>Para manter a busca da última pessoa em sigilo, o aplicativo começa de novo em %n segundo.</numerusform>
            <numerusform>Para manter a busca da última pessoa em sigilo, o aplicativo começa de novo em %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <source>Trusted publisher keys</source>
        <translation>Chaves de editores confiáveis</translation>
    </message>
    <message>
        <source>Packs signed with one of these keys show as verified. Add a key only when you know it comes from the publisher (for example, handed over in person).</source>
        <translation>Os pacotes assinados com uma destas chaves aparecem como verificados. Adicione uma chave só quando souber que ela vem do editor (por exemplo, entregue pessoalmente).</translation>
    </message>
    <message>
        <source>Add key...</source>
        <translation>Adicionar chave...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>added on this computer</source>
        <translation>adicionada neste computador</translation>
    </message>
    <message>
        <source>part of the program or of this computer&apos;s setup</source>
        <translation>parte do programa ou da instalação deste computador</translation>
    </message>
    <message>
        <source>{name} (key {key_id}; {where})</source>
        <translation>{name} (chave {key_id}; {where})</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Adicionar chave</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Chaves públicas (*.pub)</translation>
    </message>
    <message>
        <source>Publisher&apos;s name</source>
        <translation>Nome do editor</translation>
    </message>
    <message>
        <source>The publisher&apos;s name, shown on its answers as &quot;Verified: name&quot;:</source>
        <translation>O nome do editor, mostrado nas respostas dele como &quot;Verificado: nome&quot;:</translation>
    </message>
    <message>
        <source>The name may hold letters, digits, spaces and . _ ( ) -</source>
        <translation>O nome pode ter letras, números, espaços e . _ ( ) -</translation>
    </message>
    <message>
        <source>That file is not a publisher&apos;s public key (.pub).</source>
        <translation>Esse arquivo não é a chave pública de um editor (.pub).</translation>
    </message>
    <message>
        <source>The key could not be saved on this computer.</source>
        <translation>Não foi possível salvar a chave neste computador.</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Remover chave</translation>
    </message>
    <message>
        <source>Stop trusting the key of {name}? Its packs will show as not verified.</source>
        <translation>Deixar de confiar na chave de {name}? Os pacotes dele vão aparecer como não verificados.</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>Não foi possível remover a chave.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Your contact log keeps a private record of every time you try to reach ICE. Choose your log and type your passphrase.</source>
        <translation>Seu registro de contatos guarda em particular cada vez que você tenta falar com o ICE. Escolha seu registro e digite sua frase-senha.</translation>
    </message>
    <message>
        <source>Logs on this computer</source>
        <translation>Registros neste computador</translation>
    </message>
    <message>
        <source>There is no log on this computer yet. Start a new one.</source>
        <translation>Ainda não há nenhum registro neste computador. Comece um novo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase-senha</translation>
    </message>
    <message>
        <source>&amp;Open my log</source>
        <translation>&amp;Abrir meu registro</translation>
    </message>
    <message>
        <source>Open the chosen log</source>
        <translation>Abrir o registro escolhido</translation>
    </message>
    <message>
        <source>Start a &amp;new log...</source>
        <translation>Começar um &amp;novo registro...</translation>
    </message>
    <message>
        <source>Start a new contact log</source>
        <translation>Começar um novo registro de contatos</translation>
    </message>
    <message>
        <source>Open a &amp;backup file...</source>
        <translation>Abrir uma &amp;cópia de segurança...</translation>
    </message>
    <message>
        <source>Make a log from a backup file</source>
        <translation>Criar um registro a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Logs on this computer:</source>
        <translation>Registros neste computador:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase-senha:</translation>
    </message>
    <message>
        <source>First choose your log in the list.</source>
        <translation>Primeiro escolha seu registro na lista.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Digite sua frase-senha.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Welcome to Check-In Help</source>
        <translation>Boas-vindas ao Check-In Help</translation>
    </message>
    <message>
        <source>This app answers common questions about check-ins with ICE and ISAP. The answers come from the Asylum Seeker Advocacy Project (ASAP).</source>
        <translation>Este aplicativo responde perguntas frequentes sobre as apresentações no ICE e no ISAP. As respostas são do Asylum Seeker Advocacy Project (ASAP).</translation>
    </message>
    <message>
        <source>It works without the internet. What you type is not sent anywhere.</source>
        <translation>Ele funciona sem internet. O que você digita não é enviado para lugar nenhum.</translation>
    </message>
    <message>
        <source>It gives legal information, not legal advice about your case.</source>
        <translation>Ele dá informação jurídica, não orientação jurídica sobre o seu caso.</translation>
    </message>
    <message>
        <source>To learn how to use it, open the menu %1 &gt; %2.</source>
        <translation>Para aprender a usar, abra o menu %1 &gt; %2.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
</context>
</TS>
