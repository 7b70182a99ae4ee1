<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ht">
<context>
    <name></name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retounen</translation>
    </message>
    <message>
        <source>Go back to the page you read before</source>
        <translation>Retounen nan paj ou te li anvan an</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avanse</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Avanse ankò</translation>
    </message>
    <message>
        <source>&amp;All questions</source>
        <translation>&amp;Tout kesyon yo</translation>
    </message>
    <message>
        <source>Clear the search and show every question</source>
        <translation>Efase rechèch la epi montre tout kesyon yo</translation>
    </message>
    <message>
        <source>S&amp;tart over</source>
        <translation>Re&amp;kòmanse</translation>
    </message>
    <message>
        <source>Clear everything for the next person: search, pages read, text size and language</source>
        <translation>Efase tout bagay pou pwochen moun nan: rechèch, paj li yo, gwosè ekriti ak lang</translation>
    </message>
    <message>
        <source>Start over &amp;when idle...</source>
        <translation>Rekòmanse &amp;lè pa gen moun...</translation>
    </message>
    <message>
        <source>Choose after how many idle minutes the app starts over for the next person</source>
        <translation>Chwazi apre konbyen minit san itilize aplikasyon an rekòmanse pou pwochen moun nan</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Chèche</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Ale nan bwat rechèch la</translation>
    </message>
    <message>
        <source>Important &amp;numbers</source>
        <translation>&amp;Nimewo enpòtan</translation>
    </message>
    <message>
        <source>Show the important phone numbers</source>
        <translation>Montre nimewo telefòn enpòtan yo</translation>
    </message>
    <message>
        <source>My &amp;contact log</source>
        <translation>&amp;Kaye kontak mwen</translation>
    </message>
    <message>
        <source>Open your private record of calls and emails to ICE</source>
        <translation>Louvri kaye prive ou pou apèl ak imèl ou fè bay ICE</translation>
    </message>
    <message>
        <source>Contact log &amp;lock time...</source>
        <translation>Tan pou kaye a &amp;fèmen...</translation>
    </message>
    <message>
        <source>Choose after how many idle minutes an open contact log locks itself</source>
        <translation>Chwazi apre konbyen minit san itilize yon kaye ki louvri ap fèmen poukont li</translation>
    </message>
    <message>
        <source>Staff &amp;settings...</source>
        <translation>&amp;Paramèt pou estaf la...</translation>
    </message>
    <message>
        <source>For the clinic&apos;s staff: the clinic&apos;s name, defaults, packs and keys (needs the staff PIN)</source>
        <translation>Pou estaf klinik la: non klinik la, paramèt de baz yo, pake yo ak kle yo (fòk ou gen PIN estaf la)</translation>
    </message>
    <message>
        <source>&amp;Find in answer...</source>
        <translation>Chèche nan &amp;repons lan...</translation>
    </message>
    <message>
        <source>Find a word in the answer</source>
        <translation>Chèche yon mo nan repons lan</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Pwochen &amp;kote</translation>
    </message>
    <message>
        <source>Find the next place of the word</source>
        <translation>Chèche pwochen kote mo a parèt</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Ekriti pi &amp;gwo</translation>
    </message>
    <message>
        <source>Make the answer text larger</source>
        <translation>Fè ekriti repons lan pi gwo</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Ekriti pi &amp;piti</translation>
    </message>
    <message>
        <source>Make the answer text smaller</source>
        <translation>Fè ekriti repons lan pi piti</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Gwosè ekriti &amp;nòmal</translation>
    </message>
    <message>
        <source>Show the answer text at its normal size</source>
        <translation>Montre repons lan ak ekriti nòmal</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Enprime...</translation>
    </message>
    <message>
        <source>Print this answer</source>
        <translation>Enprime repons sa a</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Anrejistre an P&amp;DF...</translation>
    </message>
    <message>
        <source>Save this answer as a PDF file</source>
        <translation>Anrejistre repons sa a nan yon fichye PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Kite</translation>
    </message>
    <message>
        <source>Close Check-In Help</source>
        <translation>Fèmen Check-In Help</translation>
    </message>
    <message>
        <source>&amp;About Check-In Help</source>
        <translation>&amp;Konsènan Check-In Help</translation>
    </message>
    <message>
        <source>Who made this app and its content</source>
        <translation>Ki moun ki fè aplikasyon sa a ak sa ki ladan l</translation>
    </message>
    <message>
        <source>Read how to use this app, with pictures</source>
        <translation>Li kijan pou itilize aplikasyon an, ak imaj</translation>
    </message>
    <message>
        <source>&amp;Keyboard keys</source>
        <translation>&amp;Touch klavye</translation>
    </message>
    <message>
        <source>See every keyboard key of the app</source>
        <translation>Wè tout touch klavye aplikasyon an</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichye</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Afichaj</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Al&amp;e</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Zouti</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Lang</translation>
    </message>
    <message>
        <source>Choose the language of the app&apos;s buttons and menus</source>
        <translation>Chwazi lang bouton ak meni aplikasyon an</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Èd</translation>
    </message>
    <message>
        <source>&amp;How to use this app</source>
        <translation>Kijan pou &amp;itilize aplikasyon an</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Ba zouti prensipal</translation>
    </message>
    <message>
        <source>Numbers and contact log</source>
        <translation>Nimewo ak kaye kontak</translation>
    </message>
    <message>
        <source>Text and language</source>
        <translation>Tèks ak lang</translation>
    </message>
    <message>
        <source>More buttons</source>
        <translation>Plis bouton</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Check-In Help</source>
        <translation>Konsènan Check-In Help</translation>
    </message>
    <message>
        <source>Check-In Help icon</source>
        <translation>Ikòn Check-In Help</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>Non ak vèsyon aplikasyon an</translation>
    </message>
    <message>
        <source>Source of the answers</source>
        <translation>Kote repons yo soti</translation>
    </message>
    <message>
        <source>This app gives general information, not legal advice. For advice about your own case, talk to an immigration lawyer or an accredited representative.</source>
        <translation>Aplikasyon sa a bay enfòmasyon jeneral, se pa konsèy legal. Pou konsèy sou pwòp ka ou, pale ak yon avoka imigrasyon oswa yon reprezantan akredite.</translation>
    </message>
    <message>
        <source>Not legal advice</source>
        <translation>Se pa konsèy legal</translation>
    </message>
    <message>
        <source>Third-party software and licences:</source>
        <translation>Lojisyèl lòt moun fè ak lisans yo:</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Pati lòt moun fè</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Tèks lisans lan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-In Help&lt;/b&gt;&lt;br&gt;Version {version}</source>
        <translation>&lt;b&gt;Check-In Help&lt;/b&gt;&lt;br&gt;Vèsyon {version}</translation>
    </message>
    <message>
        <source>Answers from {source}, reviewed {date}.</source>
        <translation>Repons ki soti nan {source}, revize {date}.</translation>
    </message>
    <message>
        <source>Answers from {source}.</source>
        <translation>Repons ki soti nan {source}.</translation>
    </message>
    <message>
        <source>The licence notice for {name} is missing from this installation. Its licence is {licence}.</source>
        <translation>Avi lisans {name} pa nan enstalasyon sa a. Lisans li se {licence}.</translation>
    </message>
</context>
<context>
    <name>AddPackDialog</name>
    <message>
        <source>Add information pack</source>
        <translation>Ajoute yon pake enfòmasyon</translation>
    </message>
    <message>
        <source>I am staff, and I trust where this pack came from. Add it although it is not verified.</source>
        <translation>Mwen se anplwaye, epi mwen fè konfyans kote pake sa a soti. Ajoute l menm si li pa verifye.</translation>
    </message>
    <message>
        <source>Add pack</source>
        <translation>Ajoute pake a</translation>
    </message>
    <message>
        <source>the built-in pack</source>
        <translation>pake ki vini ak aplikasyon an</translation>
    </message>
    <message>
        <source>version {version} of this pack</source>
        <translation>vèsyon {version} pake sa a</translation>
    </message>
    <message>
        <source>nothing (a new pack)</source>
        <translation>anyen (yon nouvo pake)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tit</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Piblikatè</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lang</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Vèsyon</translation>
    </message>
    <message>
        <source>Information as of</source>
        <translation>Enfòmasyon jiska</translation>
    </message>
    <message>
        <source>Copy taken</source>
        <translation>Kopi pran</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Atik</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Ranplase</translation>
    </message>
    <message>
        <source>New articles</source>
        <translation>Nouvo atik</translation>
    </message>
    <message>
        <source>Changed articles</source>
        <translation>Atik ki chanje</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verifye</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>Answer</source>
        <translation>Repons</translation>
    </message>
    <message>
        <source>The text of the chosen answer. Press Tab to move between its links.</source>
        <translation>Tèks repons ou chwazi a. Peze Tab pou pase de yon lyen a yon lòt.</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Fichye ki tache</translation>
    </message>
    <message>
        <source>Attach a file...</source>
        <translation>Tache yon fichye...</translation>
    </message>
    <message>
        <source>Attach a screenshot, photo or PDF file</source>
        <translation>Tache yon foto ekran, yon foto oswa yon fichye PDF</translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation>Kole foto</translation>
    </message>
    <message>
        <source>Paste a screenshot from the clipboard</source>
        <translation>Kole yon foto ekran ou te kopye</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Retire fichye ki tache ou chwazi a</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Gade</translation>
    </message>
    <message>
        <source>View the selected picture</source>
        <translation>Gade foto ou chwazi a</translation>
    </message>
    <message>
        <source>Save a copy...</source>
        <translation>Anrejistre yon kopi...</translation>
    </message>
    <message>
        <source>Save a copy of the selected attachment</source>
        <translation>Anrejistre yon kopi fichye ki tache ou chwazi a</translation>
    </message>
    <message>
        <source>screenshot</source>
        <translation>foto-ekran</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Tache fichye</translation>
    </message>
    <message>
        <source>Pictures and PDF files</source>
        <translation>Foto ak fichye PDF</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>Nou pa t ka li fichye sa a.</translation>
    </message>
    <message>
        <source>There is no picture on the clipboard. Take a screenshot first.</source>
        <translation>Pa gen foto ou te kopye. Fè yon foto ekran anvan.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attached picture: %1</source>
        <translation>Foto ki tache: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Anrejistre yon kopi fichye ki tache a</translation>
    </message>
</context>
<context>
    <name>ClinicNotes</name>
    <message>
        <source>Clinic notes</source>
        <translation>Nòt klinik la</translation>
    </message>
    <message>
        <source>First write the clinic&apos;s name in the staff settings: every note is shown with “From” and that name.</source>
        <translation>Anvan, ekri non klinik la nan paramèt anplwaye yo: chak nòt parèt ak «Soti nan» ak non sa a.</translation>
    </message>
</context>
<context>
    <name>ClinicNotesDialog</name>
    <message>
        <source>Clinic notes</source>
        <translation>Nòt klinik la</translation>
    </message>
    <message>
        <source>The clinic&apos;s own notes. They are shown beside ASAP&apos;s answers with the line “From {clinic}”, and can be found by searching.</source>
        <translation>Nòt pa klinik la. Yo parèt bò kote repons ASAP yo ak liy «Soti nan {clinic}», epi ou ka jwenn yo lè ou chèche.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvo nòt</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Chanje</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
    <message>
        <source>Translate...</source>
        <translation>Tradui...</translation>
    </message>
    <message>
        <source>Write the selected note in another language; the two will link to each other</source>
        <translation>Ekri nòt ou chwazi a nan yon lòt lang; de nòt yo ap gen lyen youn ak lòt</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Ekspòte...</translation>
    </message>
    <message>
        <source>Save the notes as pack files to copy to the clinic&apos;s other computers</source>
        <translation>Anrejistre nòt yo kòm fichye pake pou kopye yo sou lòt òdinatè klinik la</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Enpòte...</translation>
    </message>
    <message>
        <source>Add notes exported on another of the clinic&apos;s computers</source>
        <translation>Ajoute nòt ki te ekspòte sou yon lòt òdinatè klinik la</translation>
    </message>
    <message>
        <source>{title}
{language}, written on {date}</source>
        <translation>{title}
{language}, ekri {date}</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Efase nòt</translation>
    </message>
    <message>
        <source>Delete the note “{title}” from this computer?</source>
        <translation>Efase nòt «{title}» la sou òdinatè sa a?</translation>
    </message>
    <message>
        <source>Export clinic notes to a folder</source>
        <translation>Ekspòte nòt klinik la nan yon dosye</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}:
{files}

On the clinic&apos;s other computers, add them with Clinic notes &gt; Import.</source>
        <translation>
            <numerusform>Nou anrejistre %n fichye nan {folder}:
{files}

Sou lòt òdinatè klinik la, ajoute yo ak Nòt klinik la &gt; Enpòte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import clinic notes</source>
        <translation>Enpòte nòt klinik</translation>
    </message>
    <message>
        <source>Information packs (*.chpack)</source>
        <translation>Pake enfòmasyon (*.chpack)</translation>
    </message>
    <message>
        <source>Nothing was changed:
{reason}</source>
        <translation>Nou pa chanje anyen:
{reason}</translation>
    </message>
</context>
<context>
    <name>ContactLogWindow</name>
    <message>
        <source>My contact log</source>
        <translation>Kaye kontak mwen</translation>
    </message>
    <message>
        <source>I called ICE just now</source>
        <translation>Mwen fèk rele ICE</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Chanje</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Anile efasman an</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Fèmen ak kle</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) recorded.</source>
        <translation>
            <numerusform>%n esè ekri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last one: %1</source>
        <translation>Dènye a: %1</translation>
    </message>
    <message>
        <source>Type your passphrase to record the attempt.</source>
        <translation>Ekri fraz sekrè ou pou ekri esè a.</translation>
    </message>
    <message>
        <source>To record the attempt, first start a new log.</source>
        <translation>Pou ekri esè a, kòmanse yon nouvo kaye anvan.</translation>
    </message>
    <message>
        <source>Add an attempt</source>
        <translation>Ajoute yon esè</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>My details for the record...</source>
        <translation>Enfòmasyon mwen pou rapò a...</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Kaye: %1</translation>
    </message>
    <message>
        <source>No attempts recorded yet.</source>
        <translation>Poko gen esè ki ekri.</translation>
    </message>
    <message>
        <source>Delete this attempt</source>
        <translation>Efase esè sa a</translation>
    </message>
    <message>
        <source>Delete the attempt of %1 (%2)? You can undo this with Ctrl+Z while the log is open.</source>
        <translation>Efase esè %1 la (%2)? Ou ka anile sa ak Ctrl+Z pandan kaye a louvri.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>date</source>
        <translation>dat</translation>
    </message>
    <message>
        <source>time</source>
        <translation>lè</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mwa/jou/ane</translation>
    </message>
</context>
<context>
    <name>DeleteLogDialog</name>
    <message>
        <source>Delete this log</source>
        <translation>Efase kaye sa a</translation>
    </message>
    <message numerus="yes">
        <source>Delete the log &quot;%1&quot; and the %n attempt(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>Efase kaye “%1” la ak %n esè ki ladan l? Ou p ap ka anile sa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log&apos;s passphrase</source>
        <translation>Fraz sekrè kaye a</translation>
    </message>
    <message>
        <source>To delete it, type the log&apos;s &amp;passphrase:</source>
        <translation>Pou efase l, ekri &amp;fraz sekrè kaye a:</translation>
    </message>
    <message>
        <source>Files saved from this log on this computer. Tick those to delete too (backups on USB sticks are never listed, and are kept):</source>
        <translation>Fichye ki te anrejistre apati kaye sa a sou òdinatè sa a. Make sa ou vle efase tou (kopi sekou ki sou kle USB pa parèt, yo rete):</translation>
    </message>
    <message>
        <source>PDF record</source>
        <translation>Rapò PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tablo (CSV)</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Kopi sekou</translation>
    </message>
    <message>
        <source>Delete the log</source>
        <translation>Efase kaye a</translation>
    </message>
    <message>
        <source>Keep the log</source>
        <translation>Kenbe kaye a</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>My details</source>
        <translation>Enfòmasyon mwen</translation>
    </message>
    <message>
        <source>Both are optional. They are kept inside your locked log and printed on the record.</source>
        <translation>Ou pa oblije mete yo. Yo rete andedan kaye ou ki fèmen ak kle a epi yo parèt sou rapò a.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Non ou</translation>
    </message>
    <message>
        <source>Your A-number</source>
        <translation>Nimewo A ou</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Anrejistre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Non:</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>Nimewo &amp;A:</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>You were writing an attempt when the log locked. Open it again to finish it?</source>
        <translation>Ou t ap ekri yon esè lè kaye a te fèmen. Louvri l ankò pou fini l?</translation>
    </message>
    <message>
        <source>Files you had added were not kept; add them again: %1</source>
        <translation>Fichye ou te ajoute yo pa t rete; ajoute yo ankò: %1</translation>
    </message>
    <message>
        <source>Continue where you stopped?</source>
        <translation>Kontinye kote ou te rete a?</translation>
    </message>
    <message>
        <source>Throw the draft away?</source>
        <translation>Jete bouyon an?</translation>
    </message>
    <message>
        <source>Throw away what you typed in that attempt?</source>
        <translation>Jete sa ou te ekri nan esè sa a?</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Date and time</source>
        <translation>Dat ak lè</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Kijan</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bay ki moun</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezilta</translation>
    </message>
    <message>
        <source>Appointment given</source>
        <translation>Yo bay randevou</translation>
    </message>
    <message>
        <source>Office / person</source>
        <translation>Biwo / moun</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichye</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit attempt</source>
        <translation>Chanje esè a</translation>
    </message>
    <message>
        <source>Date and time of the attempt</source>
        <translation>Dat ak lè esè a</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Kounye a</translation>
    </message>
    <message>
        <source>Set the date and time to now</source>
        <translation>Mete dat ak lè kounye a</translation>
    </message>
    <message>
        <source>How did you try to contact ICE?</source>
        <translation>Kijan ou te eseye kontakte ICE?</translation>
    </message>
    <message>
        <source>Number, email address or website</source>
        <translation>Nimewo, adrès imèl oswa sit entènèt</translation>
    </message>
    <message>
        <source>Number, address or site you contacted</source>
        <translation>Nimewo, adrès oswa sit ou te kontakte</translation>
    </message>
    <message>
        <source>ICE office</source>
        <translation>Biwo ICE</translation>
    </message>
    <message>
        <source>Person you spoke to</source>
        <translation>Moun ou te pale avè l</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Kisa ki te pase?</translation>
    </message>
    <message>
        <source>I was given an appointment</source>
        <translation>Yo ban m yon randevou</translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation>Dat ak lè randevou a</translation>
    </message>
    <message>
        <source>What was said, confirmation numbers, anything else</source>
        <translation>Sa yo te di, nimewo konfimasyon, nenpòt lòt bagay</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Fichye ki tache</translation>
    </message>
    <message>
        <source>This date or time is not complete or does not exist: %1 %2</source>
        <translation>Dat oswa lè sa a pa konplè oswa li pa egziste: %1 %2</translation>
    </message>
    <message>
        <source>Discard this attempt?</source>
        <translation>Jete esè sa a?</translation>
    </message>
    <message>
        <source>You typed something in this form. Close it and lose what you typed?</source>
        <translation>Ou te ekri kichòy nan fòmilè sa a. Fèmen l epi pèdi sa ou te ekri a?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Anrejistre</translation>
    </message>
    <message>
        <source>New attempt</source>
        <translation>Nouvo esè</translation>
    </message>
    <message>
        <source>Save this attempt</source>
        <translation>Anrejistre esè sa a</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Kilè</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>K&amp;ijan</translation>
    </message>
    <message>
        <source>&amp;To (number, address or site)</source>
        <translation>&amp;Bay ki moun (nimewo, adrès oswa sit)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Rezilta</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Randevou</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>Bi&amp;wo</translation>
    </message>
    <message>
        <source>&amp;Person spoken to</source>
        <translation>&amp;Moun ou te pale avè l</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Nòt</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Something went wrong</source>
        <translation>Gen yon bagay ki pa mache</translation>
    </message>
    <message>
        <source>Something went wrong in Check-In Help. Nothing you saved was lost. You can keep using the app; if this happens again, close it and start it again.</source>
        <translation>Gen yon bagay ki pa mache nan Check-In Help. Ou pa pèdi anyen ou te anrejistre. Ou ka kontinye sèvi ak aplikasyon an; si sa rive ankò, fèmen l epi louvri l ankò.</translation>
    </message>
    <message>
        <source>Check-In Help cannot start</source>
        <translation>Check-In Help pa ka louvri</translation>
    </message>
    <message>
        <source>The help texts of this app could not be read. The app may be damaged. Please ask the person who installed it to install it again.</source>
        <translation>Nou pa t ka li tèks èd aplikasyon sa a. Aplikasyon an ka gen yon pwoblèm. Tanpri mande moun ki te enstale l la pou l enstale l ankò.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this answer:</source>
        <translation>Chèche nan repons sa a:</translation>
    </message>
    <message>
        <source>Find in this answer</source>
        <translation>Chèche nan repons sa a</translation>
    </message>
    <message>
        <source>Type a word to find it in the answer. Enter finds the next one.</source>
        <translation>Ekri yon mo pou jwenn li nan repons lan. Enter chèche pwochen an.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anvan</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Chèche sa ki anvan an</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Pwochen</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Chèche pwochen an</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fèmen rechèch nan repons lan</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Rezilta rechèch la</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nou pa jwenn li</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <source>Formatting</source>
        <translation>Fòma</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Tit</translation>
    </message>
    <message>
        <source>Make the line a heading (## at its start)</source>
        <translation>Fè liy lan tounen yon tit (## nan kòmansman l)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gra</translation>
    </message>
    <message>
        <source>Bold text (**text**)</source>
        <translation>Tèks an gra (**tèks**)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lis ak pwen</translation>
    </message>
    <message>
        <source>Start each selected line with - </source>
        <translation>Kòmanse chak liy ou chwazi ak - </translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lis ak nimewo</translation>
    </message>
    <message>
        <source>Number the selected lines 1. 2. 3.</source>
        <translation>Mete nimewo sou liy ou chwazi yo 1. 2. 3.</translation>
    </message>
    <message>
        <source>Link...</source>
        <translation>Lyen...</translation>
    </message>
    <message>
        <source>A link to a web page (https://) or an e-mail address</source>
        <translation>Yon lyen pou yon paj entènèt (https://) oswa yon adrès imèl</translation>
    </message>
    <message>
        <source>Phone number...</source>
        <translation>Nimewo telefòn...</translation>
    </message>
    <message>
        <source>A phone number people can copy or scan, listed with the important numbers</source>
        <translation>Yon nimewo telefòn moun ka kopye oswa eskane, ki parèt ak nimewo enpòtan yo</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lyen</translation>
    </message>
    <message>
        <source>Address of the web page (https://...) or mailto:name@example.org:</source>
        <translation>Adrès paj entènèt la (https://...) oswa mailto:non@example.org:</translation>
    </message>
    <message>
        <source>Only web pages (https:// or http://) and e-mail addresses (mailto:) can be linked.</source>
        <translation>Se sèlman paj entènèt (https:// oswa http://) ak adrès imèl (mailto:) ou ka mete lyen pou yo.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nimewo telefòn</translation>
    </message>
    <message>
        <source>Phone number, as people should read it (for example 617-555-0188):</source>
        <translation>Nimewo telefòn, jan moun dwe li l (pa egzanp 617-555-0188):</translation>
    </message>
    <message>
        <source>Write a 10-digit US number (617-555-0188), or a number that starts with + and its country code.</source>
        <translation>Ekri yon nimewo Etazini ak 10 chif (617-555-0188), oswa yon nimewo ki kòmanse ak + ak kòd peyi a.</translation>
    </message>
</context>
<context>
    <name>HowToDialog</name>
    <message>
        <source>How to use this app</source>
        <translation>Kijan pou itilize aplikasyon an</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>This app does not open the internet. The address is: %1</source>
        <translation>Aplikasyon sa a pa louvri entènèt. Men adrès la: %1</translation>
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
        <translation>N ap prepare rechèch la. Sa fèt yon sèl fwa...</translation>
    </message>
    <message>
        <source>Preparing the search</source>
        <translation>N ap prepare rechèch la</translation>
    </message>
    <message>
        <source>Search is limited</source>
        <translation>Rechèch la limite</translation>
    </message>
    <message>
        <source>The search could not be prepared on this computer. You can still read every question from the list, and a simpler search still works.

If this happens again, please ask the person who installed the app to reinstall it.</source>
        <translation>Nou pa t ka prepare rechèch la sou òdinatè sa a. Ou ka toujou li tout kesyon ki nan lis la, epi yon rechèch ki pi senp toujou mache.

Si sa rive ankò, tanpri mande moun ki te enstale aplikasyon an pou l enstale l ankò.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Other commands</source>
        <translation>Lòt kòmand</translation>
    </message>
    <message>
        <source>Save the attempt (in its form)</source>
        <translation>Anrejistre esè a (nan fòmilè li)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the first (or chosen) answer</source>
        <translation>Louvri premye repons lan (oswa sa ou chwazi a)</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Flèch anba, flèch anwo</translation>
    </message>
    <message>
        <source>Move through the answers found (each one shows)</source>
        <translation>Deplase nan repons yo jwenn yo (chak repons parèt)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search (in the list: back to the search box)</source>
        <translation>Efase rechèch la (nan lis la: retounen nan bwat rechèch la)</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter, Shift+Enter</translation>
    </message>
    <message>
        <source>In the find bar: the next or the previous place</source>
        <translation>Nan ba rechèch la: pwochen kote a oswa kote anvan an</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Go to the next part of the window, or the next link</source>
        <translation>Ale nan pwochen pati fenèt la, oswa pwochen lyen an</translation>
    </message>
    <message>
        <source>Mouse back and forward buttons</source>
        <translation>Bouton retounen ak avanse sou sourit la</translation>
    </message>
    <message>
        <source>Go back or forward, anywhere in the window</source>
        <translation>Retounen oswa avanse, nenpòt kote nan fenèt la</translation>
    </message>
    <message>
        <source>While typing or reading</source>
        <translation>Pandan w ap ekri oswa li</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Touch klavye</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Choose your language</source>
        <translation>Chwazi lang ou</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Sote</translation>
    </message>
    <message>
        <source>Keep this language; you can change it later</source>
        <translation>Kenbe lang sa a; ou ka chanje l pita</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Phone number</source>
        <translation>Nimewo telefòn</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adrès sit entènèt</translation>
    </message>
    <message>
        <source>Call this number from a phone:</source>
        <translation>Rele nimewo sa a ak yon telefòn:</translation>
    </message>
    <message>
        <source>This app does not open the internet. Open this address on a phone:</source>
        <translation>Aplikasyon sa a pa louvri entènèt. Louvri adrès sa a sou yon telefòn:</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Nimewo telefòn: %1</translation>
    </message>
    <message>
        <source>Web address: %1</source>
        <translation>Adrès sit entènèt: %1</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Pou kisa li sèvi</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Kòd QR</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to get the number on your phone.</source>
        <translation>Eskane kòd sa a ak kamera telefòn ou pou w jwenn nimewo a sou telefòn ou.</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to open the address on your phone.</source>
        <translation>Eskane kòd sa a ak kamera telefòn ou pou w louvri adrès la sou telefòn ou.</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera.</source>
        <translation>Eskane kòd sa a ak kamera telefòn ou.</translation>
    </message>
    <message>
        <source>Your phone will offer to call the number.</source>
        <translation>Telefòn ou ap propoze w rele nimewo a.</translation>
    </message>
    <message>
        <source>Your phone will offer to open the address.</source>
        <translation>Telefòn ou ap propoze w louvri adrès la.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Kopye nimewo a</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Kopye adrès la</translation>
    </message>
    <message>
        <source>Copies it so you can paste it somewhere else.</source>
        <translation>Li kopye l pou w ka kole l yon lòt kote.</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Eta kopi a</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fèmen</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Li kopye.</translation>
    </message>
</context>
<context>
    <name>LogExports</name>
    <message>
        <source>Print the record...</source>
        <translation>Enprime rapò a...</translation>
    </message>
    <message>
        <source>Save the record as PDF...</source>
        <translation>Anrejistre rapò a an PDF...</translation>
    </message>
    <message>
        <source>Save as a spreadsheet (CSV)...</source>
        <translation>Anrejistre kòm tablo (CSV)...</translation>
    </message>
    <message>
        <source>Make a backup file...</source>
        <translation>Fè yon kopi sekou...</translation>
    </message>
    <message>
        <source>This file is not protected</source>
        <translation>Fichye sa a pa pwoteje</translation>
    </message>
    <message>
        <source>The PDF or spreadsheet file you save is not protected by your passphrase: anyone who has the file can read it. Keep it somewhere safe, or delete it when you no longer need it. The app remembers where you saved it and offers to delete it when you delete this log.</source>
        <translation>Fichye PDF oswa tablo ou anrejistre a pa pwoteje ak fraz sekrè ou: nenpòt moun ki gen fichye a ka li l. Kenbe l yon kote ki an sekirite, oswa efase l lè ou pa bezwen l ankò. Aplikasyon an sonje kote ou te mete l epi l ap propoze w efase l lè ou efase kaye sa a.</translation>
    </message>
    <message>
        <source>I understand, save it</source>
        <translation>Mwen konprann, anrejistre l</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>Do not tell me again while the app is open</source>
        <translation>Pa di m sa ankò pandan aplikasyon an louvri</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Anrejistre: %1</translation>
    </message>
    <message>
        <source>The file could not be saved (%1). Try another folder or USB stick.</source>
        <translation>Nou pa t ka anrejistre fichye a (%1). Eseye yon lòt dosye oswa yon lòt kle USB.</translation>
    </message>
    <message>
        <source>Save the record as PDF</source>
        <translation>Anrejistre rapò a an PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichye PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as a spreadsheet</source>
        <translation>Anrejistre kòm tablo</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tablo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Make a backup file</source>
        <translation>Fè yon kopi sekou</translation>
    </message>
    <message>
        <source>Contact log backups (*.clbackup)</source>
        <translation>Kopi sekou kaye kontak (*.clbackup)</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Fraz sekrè kopi a</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup file. You need it to open the backup:</source>
        <translation>Chwazi yon fraz sekrè pou kopi sekou a. Ou bezwen l pou louvri kopi a:</translation>
    </message>
</context>
<context>
    <name>LogLabels</name>
    <message>
        <source>Phone call</source>
        <translation>Apèl telefòn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Imèl</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sit entènèt</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>An pèsòn</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lèt</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lòt</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pèsonn pa reponn</translation>
    </message>
    <message>
        <source>Could not leave a voicemail</source>
        <translation>Mwen pa t ka kite yon mesaj vokal</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>Mwen kite yon mesaj vokal</translation>
    </message>
    <message>
        <source>Spoke to someone</source>
        <translation>Mwen pale ak yon moun</translation>
    </message>
    <message>
        <source>Appointment scheduled or rescheduled</source>
        <translation>Yo ban m randevou oswa yo chanje l</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>Imèl voye</translation>
    </message>
    <message>
        <source>Website error or no appointments available</source>
        <translation>Sit la pa mache oswa pa gen randevou</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Antre</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dat ak lè</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Kijan</translation>
    </message>
    <message>
        <source>To (number, address or site)</source>
        <translation>Bay ki moun (nimewo, adrès oswa sit)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Biwo</translation>
    </message>
    <message>
        <source>Person spoken to</source>
        <translation>Moun ou te pale avè l</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Rezilta</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Randevou</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Fichye ki tache</translation>
    </message>
    <message>
        <source>Entry made</source>
        <translation>Dat antre a</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Nimewo A</translation>
    </message>
</context>
<context>
    <name>LogManager</name>
    <message>
        <source>Change the passphrase...</source>
        <translation>Chanje fraz sekrè a...</translation>
    </message>
    <message>
        <source>Delete this log...</source>
        <translation>Efase kaye sa a...</translation>
    </message>
    <message>
        <source>New contact log</source>
        <translation>Nouvo kaye</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Louvri yon kopi sekou</translation>
    </message>
    <message>
        <source>Contact log backups (*.clbackup);;All files (*)</source>
        <translation>Kopi sekou kaye kontak (*.clbackup);;Tout fichye (*)</translation>
    </message>
    <message>
        <source>The passphrase of the backup file (chosen when the backup was made):</source>
        <translation>Fraz sekrè kopi sekou a (sa ou te chwazi lè ou te fè kopi a):</translation>
    </message>
    <message>
        <source>Checking the backup file...</source>
        <translation>N ap verifye kopi sekou a...</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup file. Check it and try again.</source>
        <translation>Fraz sekrè sa a pa louvri kopi sekou sa a. Verifye l epi eseye ankò.</translation>
    </message>
    <message>
        <source>Log from a backup</source>
        <translation>Kaye ak yon kopi sekou</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Chanje fraz sekrè</translation>
    </message>
    <message>
        <source>Delete this log</source>
        <translation>Efase kaye sa a</translation>
    </message>
    <message>
        <source>That passphrase does not open this log. Nothing was deleted.</source>
        <translation>Fraz sekrè sa a pa louvri kaye sa a. Nou pa efase anyen.</translation>
    </message>
    <message>
        <source>Some files of the log could not be deleted.</source>
        <translation>Nou pa t ka efase kèk fichye nan kaye a.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Fraz sekrè kounye a:</translation>
    </message>
    <message>
        <source>New passphrase (it cannot be recovered if you forget it):</source>
        <translation>Nouvo fraz sekrè (si ou bliye l, pa gen mwayen pou jwenn li ankò):</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Fraz sekrè a chanje.</translation>
    </message>
</context>
<context>
    <name>LogMessages</name>
    <message>
        <source>Date and time</source>
        <translation>Dat ak lè</translation>
    </message>
    <message>
        <source>Number, address or site</source>
        <translation>Nimewo, adrès oswa sit</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Biwo</translation>
    </message>
    <message>
        <source>Person spoken to</source>
        <translation>Moun ou te pale avè l</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nòt</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Randevou</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Nimewo A</translation>
    </message>
    <message>
        <source>Name of the log</source>
        <translation>Non kaye a</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fraz sekrè</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvo fraz sekrè</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Fraz sekrè kopi sekou a</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Fichye ki tache</translation>
    </message>
    <message>
        <source>This backup file is damaged, or it is not a contact log backup. Nothing was restored.</source>
        <translation>Kopi sekou sa a gen pwoblèm, oswa se pa yon kopi sekou kaye kontak. Nou pa rekipere anyen.</translation>
    </message>
    <message>
        <source>This log is damaged and cannot be opened. It was kept, unchanged, so that staff can try to recover it:
%1
You can open a backup of it, or start a new log.</source>
        <translation>Kaye sa a gen pwoblèm, li pa ka louvri. Nou kenbe l jan l ye a pou anplwaye yo ka eseye rekipere l:
%1
Ou ka louvri yon kopi sekou oswa kòmanse yon nouvo kaye.</translation>
    </message>
    <message>
        <source>The file could not be saved (%1). Try another folder or USB stick.</source>
        <translation>Nou pa t ka anrejistre fichye a (%1). Eseye yon lòt dosye oswa yon lòt kle USB.</translation>
    </message>
    <message>
        <source>That passphrase does not open this log. Check it and try again. Nothing was changed.</source>
        <translation>Fraz sekrè sa a pa louvri kaye sa a. Verifye l epi eseye ankò. Nou pa chanje anyen.</translation>
    </message>
    <message>
        <source>This log is not on this computer any more.</source>
        <translation>Kaye sa a pa sou òdinatè sa a ankò.</translation>
    </message>
    <message>
        <source>A log with this name already exists. Please choose another name.</source>
        <translation>Gen yon kaye ki gen non sa a deja. Tanpri chwazi yon lòt non.</translation>
    </message>
    <message>
        <source>The log is locked. Open it again with your passphrase.</source>
        <translation>Kaye a fèmen ak kle. Louvri l ankò ak fraz sekrè ou.</translation>
    </message>
    <message>
        <source>This log was made by a newer version of Check-In Help.</source>
        <translation>Kaye sa a te fèt ak yon vèsyon Check-In Help ki pi nouvo.</translation>
    </message>
    <message>
        <source>The log could not be saved: the disk may be full, or another program is using the file. Nothing was changed. Close other programs and try again.</source>
        <translation>Nou pa t ka anrejistre kaye a: disk la ka plen, oswa yon lòt pwogram ap sèvi ak fichye a. Nou pa chanje anyen. Fèmen lòt pwogram yo epi eseye ankò.</translation>
    </message>
    <message>
        <source>The date and time cannot be in the future.</source>
        <translation>Dat ak lè a pa ka nan fiti.</translation>
    </message>
    <message>
        <source>The date is too far in the past.</source>
        <translation>Dat la twò lwen nan tan pase.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Tèks la twò long (pa plis pase %1 karaktè).</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Tanpri ranpli sa a.</translation>
    </message>
    <message>
        <source>An A-number has 8 or 9 digits, for example A-123-456-789.</source>
        <translation>Yon nimewo A gen 8 oswa 9 chif, pa egzanp A-123-456-789.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>Fraz sekrè a bezwen omwen %1 karaktè.</translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation>Fraz sekrè a twò long.</translation>
    </message>
    <message>
        <source>Use at least 12 characters, or three words or more.</source>
        <translation>Sèvi ak omwen 12 karaktè, oswa twa mo oswa plis.</translation>
    </message>
    <message>
        <source>Do not use the log&apos;s name in the passphrase.</source>
        <translation>Pa mete non kaye a nan fraz sekrè a.</translation>
    </message>
    <message>
        <source>This is a common password that is guessed first. Choose another.</source>
        <translation>Sa a se yon modpas moun itilize anpil, yo devine l an premye. Chwazi yon lòt.</translation>
    </message>
    <message>
        <source>Only pictures (PNG, JPEG, GIF, BMP, WebP) and PDF files can be attached.</source>
        <translation>Se sèlman foto (PNG, JPEG, GIF, BMP, WebP) ak fichye PDF ou ka tache.</translation>
    </message>
    <message>
        <source>This file is too big to attach (at most 15 MB).</source>
        <translation>Fichye sa a twò gwo pou tache (pa plis pase 15 MB).</translation>
    </message>
    <message>
        <source>This file is damaged or is not what its name says.</source>
        <translation>Fichye sa a gen pwoblèm oswa li pa sa non l di a.</translation>
    </message>
    <message>
        <source>This picture is too large.</source>
        <translation>Foto sa a twò gwo.</translation>
    </message>
    <message>
        <source>This entry does not exist any more.</source>
        <translation>Antre sa a pa egziste ankò.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Nou pa aksepte valè sa a.</translation>
    </message>
    <message>
        <source>The contact log could not do this. Nothing was changed.</source>
        <translation>Kaye kontak la pa t ka fè sa. Nou pa chanje anyen.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Number of attempts and the last one</source>
        <translation>Konbyen esè ak dènye a</translation>
    </message>
    <message>
        <source>I called ICE just now</source>
        <translation>Mwen fèk rele ICE</translation>
    </message>
    <message>
        <source>Record a call to ICE made just now</source>
        <translation>Ekri yon apèl ou fèk fè bay ICE</translation>
    </message>
    <message>
        <source>Add an attempt...</source>
        <translation>Ajoute yon esè...</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Chanje</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Efase</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Anile efasman an</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Fèmen ak kle</translation>
    </message>
    <message>
        <source>Lock the log now</source>
        <translation>Fèmen kaye a ak kle kounye a</translation>
    </message>
    <message>
        <source>Save, print, backup...</source>
        <translation>Anrejistre, enprime, kopi sekou...</translation>
    </message>
    <message>
        <source>Passphrase, delete...</source>
        <translation>Fraz sekrè, efase...</translation>
    </message>
    <message>
        <source>Change the passphrase or delete this log</source>
        <translation>Chanje fraz sekrè a oswa efase kaye sa a</translation>
    </message>
    <message>
        <source>Filter: type a word, a name, a number or a date</source>
        <translation>Filtre: ekri yon mo, yon non, yon nimewo oswa yon dat</translation>
    </message>
    <message>
        <source>Filter the attempts</source>
        <translation>Filtre esè yo</translation>
    </message>
    <message>
        <source>Attempts to contact ICE, newest first</source>
        <translation>Esè pou kontakte ICE, dènye yo an premye</translation>
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
        <translation>Ekri yon apèl nan kaye kontak mwen</translation>
    </message>
    <message>
        <source>Write down in your private contact log that you called or emailed ICE</source>
        <translation>Ekri nan kaye kontak prive ou ke ou te rele oswa ekri ICE</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Kaye kontak</translation>
    </message>
    <message>
        <source>The contact log is not available in this copy of Check-In Help.</source>
        <translation>Kaye kontak la pa disponib nan kopi Check-In Help sa a.</translation>
    </message>
</context>
<context>
    <name>ManagePacksDialog</name>
    <message>
        <source>Manage information packs</source>
        <translation>Jere pake enfòmasyon yo</translation>
    </message>
    <message>
        <source>Information packs</source>
        <translation>Pake enfòmasyon</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Etenn</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>ap sèvi</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>etenn</translation>
    </message>
    <message>
        <source>not in use (replaced)</source>
        <translation>pa sèvi (ranplase)</translation>
    </message>
    <message>
        <source>{title} ({publisher}, {language}, version {version})
Information as of {as_of}; {articles} articles; {trust}; {state}</source>
        <translation>{title} ({publisher}, {language}, vèsyon {version})
Enfòmasyon jiska {as_of}; {articles} atik; {trust}; {state}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Limen</translation>
    </message>
</context>
<context>
    <name>NewLogDialog</name>
    <message>
        <source>Do not use your real name: choose a nickname only you will recognise.
Choose a passphrase you will remember (a short sentence is easiest). If you forget it, nobody can open this log again: it cannot be recovered.</source>
        <translation>Pa sèvi ak vrè non ou: chwazi yon ti non se ou sèl ki ka rekonèt.
Chwazi yon fraz sekrè w ap sonje (yon ti fraz kout pi fasil). Si ou bliye l, pèsonn p ap janm ka louvri kaye sa a ankò: pa gen mwayen pou jwenn li.</translation>
    </message>
    <message>
        <source>Nickname for the log</source>
        <translation>Ti non pou kaye a</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Kreye</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Ti non:</translation>
    </message>
    <message>
        <source>This looks like a number (an A-number?). The list of logs on this computer is not secret: a nickname is safer.</source>
        <translation>Sa sanble yon nimewo (yon nimewo A?). Lis kaye ki sou òdinatè sa a pa sekrè: yon ti non pi an sekirite.</translation>
    </message>
    <message>
        <source>This looks like a full name. The list of logs on this computer is not secret: a nickname only you recognise is safer.</source>
        <translation>Sa sanble yon non konplè. Lis kaye ki sou òdinatè sa a pa sekrè: yon ti non se ou sèl ki rekonèt pi an sekirite.</translation>
    </message>
    <message>
        <source>Type a nickname for the log.</source>
        <translation>Ekri yon ti non pou kaye a.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Anile</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Clinic note</source>
        <translation>Nòt klinik</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tit</translation>
    </message>
    <message>
        <source>For example: Where is the local ICE office?</source>
        <translation>Pa egzanp: Ki kote biwo ICE lokal la ye?</translation>
    </message>
    <message>
        <source>Language of the note</source>
        <translation>Lang nòt la</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Tèks nòt la</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Apèsi</translation>
    </message>
    <message>
        <source>The note as people will see it</source>
        <translation>Nòt la jan moun pral wè l</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lang</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>Dat li te ekri</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Ekri</translation>
    </message>
    <message>
        <source>Today, when you save it</source>
        <translation>Jodi a, lè ou anrejistre l</translation>
    </message>
    <message>
        <source>(No title yet)</source>
        <translation>(Pa gen tit ankò)</translation>
    </message>
    <message>
        <source>Write a title.</source>
        <translation>Ekri yon tit.</translation>
    </message>
    <message>
        <source>Write the text of the note.</source>
        <translation>Ekri tèks nòt la.</translation>
    </message>
    <message>
        <source>The note was not saved:
{problems}</source>
        <translation>Nou pa t anrejistre nòt la:
{problems}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Chanjman ki pa anrejistre</translation>
    </message>
    <message>
        <source>Save the changes to this note?</source>
        <translation>Anrejistre chanjman nan nòt sa a?</translation>
    </message>
</context>
<context>
    <name>NumberNotes</name>
    <message>
        <source>ICE&apos;s main national number: questions about your check-in, if you cannot reach your officer, or to give a new address.</source>
        <translation>Nimewo nasyonal prensipal ICE: kesyon sou randevou ou, si ou pa ka jwenn ofisye ou, oswa pou bay yon nouvo adrès.</translation>
    </message>
    <message>
        <source>ICE&apos;s other national number: if you are not sure when or where to check in.</source>
        <translation>Lòt nimewo nasyonal ICE: si ou pa sèten ki lè oswa ki kote pou w al prezante.</translation>
    </message>
    <message>
        <source>Immigration court hotline: find out if you have a court hearing (have your A-number ready).</source>
        <translation>Liy telefòn tribinal imigrasyon: chèche konnen si ou gen yon odyans nan tribinal (pare nimewo A ou).</translation>
    </message>
    <message>
        <source>In ASAP&apos;s words:</source>
        <translation>Men sa ASAP di:</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <source>Add information pack...</source>
        <translation>Ajoute yon pake enfòmasyon...</translation>
    </message>
    <message>
        <source>Add a .chpack file of help content</source>
        <translation>Ajoute yon fichye .chpack ak enfòmasyon èd</translation>
    </message>
    <message>
        <source>Manage information packs...</source>
        <translation>Jere pake enfòmasyon yo...</translation>
    </message>
    <message>
        <source>Add information pack</source>
        <translation>Ajoute yon pake enfòmasyon</translation>
    </message>
    <message>
        <source>Information packs (*.chpack)</source>
        <translation>Pake enfòmasyon (*.chpack)</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Retire pake a</translation>
    </message>
    <message>
        <source>Remove the information pack {id} from this computer?</source>
        <translation>Retire pake enfòmasyon {id} la sou òdinatè sa a?</translation>
    </message>
    <message>
        <source>Information pack</source>
        <translation>Pake enfòmasyon</translation>
    </message>
    <message>
        <source>These information packs failed their checks and are not used:
{packs}</source>
        <translation>Pake enfòmasyon sa yo pa pase verifikasyon yo, yo pa sèvi ak yo:
{packs}</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Nou pa chanje anyen: {reason}</translation>
    </message>
</context>
<context>
    <name>PackTrust</name>
    <message>
        <source>Built into this program</source>
        <translation>Li vini ak pwogram sa a</translation>
    </message>
    <message>
        <source>Verified: {signer}</source>
        <translation>Verifye: {signer}</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Pa verifye</translation>
    </message>
</context>
<context>
    <name>PageWriter</name>
    <message>
        <source>Source</source>
        <translation>Sous</translation>
    </message>
    <message>
        <source>Last checked against the source</source>
        <translation>Dènye fwa nou konpare l ak sous la</translation>
    </message>
    <message>
        <source>This is legal information, not legal advice about your case.</source>
        <translation>Sa se enfòmasyon legal, se pa konsèy legal sou ka ou.</translation>
    </message>
    <message>
        <source>Related questions</source>
        <translation>Kesyon ki gen rapò</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Kòmanse la a</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Kesyon ak repons</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>Plis enfòmasyon</translation>
    </message>
    <message>
        <source>These answers are ASAP&apos;s, in English, as ASAP wrote them.</source>
        <translation>Se ASAP ki te ekri repons sa yo an anglè; yo la jan ASAP te ekri yo.</translation>
    </message>
    <message>
        <source>Information as of {as_of}, according to {publisher} (this copy taken {taken})</source>
        <translation>Enfòmasyon jiska {as_of}, dapre {publisher} (kopi sa a pran {taken})</translation>
    </message>
    <message>
        <source>spring {year}</source>
        <translation>prentan {year}</translation>
    </message>
    <message>
        <source>summer {year}</source>
        <translation>ete {year}</translation>
    </message>
    <message>
        <source>fall {year}</source>
        <translation>otòn {year}</translation>
    </message>
    <message>
        <source>winter {year}</source>
        <translation>ivè {year}</translation>
    </message>
    <message>
        <source>Built into this program</source>
        <translation>Li vini ak pwogram sa a</translation>
    </message>
    <message>
        <source>Verified: {signer}</source>
        <translation>Verifye: {signer}</translation>
    </message>
    <message>
        <source>Added on this computer. Not verified.</source>
        <translation>Yo ajoute l sou òdinatè sa a. Li pa verifye.</translation>
    </message>
    <message>
        <source>Immigration rules and ICE practice change often; this information may be out of date. Ask a lawyer or a legal clinic.</source>
        <translation>Règ imigrasyon ak fason ICE travay chanje souvan; enfòmasyon sa a ka pa ajou. Mande yon avoka oswa yon klinik legal.</translation>
    </message>
    <message>
        <source>From {clinic}</source>
        <translation>Soti nan {clinic}</translation>
    </message>
    <message>
        <source>The clinic&apos;s own note, written on {date}. These are not ASAP&apos;s words.</source>
        <translation>Nòt pa klinik la, ekri {date}. Se pa pawòl ASAP.</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>Li la tou an</translation>
    </message>
    <message>
        <source>Printed at {clinic}</source>
        <translation>Enprime nan {clinic}</translation>
    </message>
    <message>
        <source>From {clinic}:</source>
        <translation>Soti nan {clinic}:</translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation>Li plis:</translation>
    </message>
    <message>
        <source>Important phone numbers</source>
        <translation>Nimewo telefòn enpòtan</translation>
    </message>
    <message>
        <source>Click or press Enter on a number to copy it or to see a QR code you can scan with your phone.</source>
        <translation>Klike oswa peze Enter sou yon nimewo pou kopye l oswa pou wè yon kòd QR ou ka eskane ak telefòn ou.</translation>
    </message>
    <message>
        <source>The help content has no phone numbers.</source>
        <translation>Pa gen nimewo telefòn nan èd la.</translation>
    </message>
    <message>
        <source>No answer matched</source>
        <translation>Pa gen repons pou</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Èske ou te vle di:</translation>
    </message>
    <message>
        <source>Try fewer words, or other words for the same thing. You can write in your own language or in English.</source>
        <translation>Eseye mete mwens mo, oswa lòt mo pou menm bagay la. Ou ka ekri nan pwòp lang ou oswa an anglè.</translation>
    </message>
    <message>
        <source>What each number is for</source>
        <translation>Pou kisa chak nimewo sèvi</translation>
    </message>
    <message>
        <source>Questions that may help</source>
        <translation>Kesyon ki ka ede w</translation>
    </message>
    <message>
        <source>See all questions</source>
        <translation>Wè tout kesyon yo</translation>
    </message>
</context>
<context>
    <name>PagedPrint</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Paj %1 sou %2</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Fraz sekrè</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Fraz sekrè a ankò</translation>
    </message>
    <message>
        <source>Strength of the passphrase</source>
        <translation>Fòs fraz sekrè a</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Pwopoze yon fraz sekrè</translation>
    </message>
    <message>
        <source>Suggest a passphrase of four common words</source>
        <translation>Pwopoze yon fraz sekrè ak kat mo moun konnen</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Fraz sekrè:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Ankò:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Fòs:</translation>
    </message>
    <message>
        <source>Use at least 12 characters, or three words or more.</source>
        <translation>Sèvi ak omwen 12 karaktè, oswa twa mo oswa plis.</translation>
    </message>
    <message>
        <source>Do not use the log&apos;s name in the passphrase.</source>
        <translation>Pa mete non kaye a nan fraz sekrè a.</translation>
    </message>
    <message>
        <source>This is a common password that is guessed first. Choose another.</source>
        <translation>Sa a se yon modpas moun itilize anpil, yo devine l an premye. Chwazi yon lòt.</translation>
    </message>
    <message>
        <source>A short sentence of four or more words is easy to remember.</source>
        <translation>Yon ti fraz kout ak kat mo oswa plis fasil pou sonje.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Fèb anpil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Fèb</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Mwayen</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bon</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fò</translation>
    </message>
    <message>
        <source>Write it down and keep it safe: %1</source>
        <translation>Ekri l epi kenbe l an sekirite: %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>De fraz sekrè yo pa menm. Ekri yo ankò.</translation>
    </message>
</context>
<context>
    <name>PersonBar</name>
    <message>
        <source>Copy A-number</source>
        <translation>Kopye nimewo A</translation>
    </message>
    <message>
        <source>Copy my A-number</source>
        <translation>Kopye nimewo A mwen</translation>
    </message>
    <message>
        <source>No name or A-number for the record yet.</source>
        <translation>Poko gen non ni nimewo A pou rapò a.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN estaf la</translation>
    </message>
    <message>
        <source>Set staff PIN</source>
        <translation>Mete PIN estaf la</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouvo PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nouvo PIN an ankò</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN kounye a</translation>
    </message>
    <message>
        <source>Staff settings are for the clinic&apos;s staff. Type the staff PIN.</source>
        <translation>Paramèt sa yo se pou estaf klinik la. Tape PIN estaf la.</translation>
    </message>
    <message>
        <source>Choose a PIN of {low} to {high} digits. Type it twice.</source>
        <translation>Chwazi yon PIN ki gen {low} a {high} chif. Tape l de fwa.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this computer yet. Set one now: staff type it to change settings, add information packs and trust publisher keys.</source>
        <translation>Poko gen PIN estaf sou òdinatè sa a. Mete youn kounye a: estaf la tape l pou chanje paramèt yo, ajoute pake enfòmasyon epi fè kle piblikatè yo konfyans.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Twòp esè ki pa bon. Tann %n segonn, epi eseye ankò.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current PIN is not right.</source>
        <translation>PIN kounye a pa bon.</translation>
    </message>
    <message>
        <source>That is not the staff PIN.</source>
        <translation>Sa a se pa PIN estaf la.</translation>
    </message>
    <message>
        <source>The PIN must have {low} to {high} digits.</source>
        <translation>PIN an dwe gen {low} a {high} chif.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>De PIN yo pa menm. Tape yo ankò.</translation>
    </message>
    <message>
        <source>The PIN could not be saved on this computer.</source>
        <translation>Nou pa t ka anrejistre PIN an sou òdinatè sa a.</translation>
    </message>
    <message>
        <source>The saved staff PIN was damaged. It was set aside, and a new PIN can be set now.</source>
        <translation>PIN estaf ki te anrejistre a te domaje. Nou mete l sou kote, epi ou ka mete yon nouvo PIN kounye a.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The text size could not be saved for next time.</source>
        <translation>Nou pa t ka sonje gwosè ekriti a pou pwochen fwa.</translation>
    </message>
    <message>
        <source>Contact log lock time</source>
        <translation>Tan pou kaye a fèmen</translation>
    </message>
    <message>
        <source>Lock an open contact log after this many minutes without use:</source>
        <translation>Fèmen yon kaye ki louvri apre konbyen minit san itilize:</translation>
    </message>
    <message>
        <source>The lock time could not be saved for next time.</source>
        <translation>Nou pa t ka sonje tan pou fèmen an pou pwochen fwa.</translation>
    </message>
    <message>
        <source>Start over when idle</source>
        <translation>Rekòmanse lè pa gen moun</translation>
    </message>
    <message>
        <source>Start over after this many minutes without use (0: never):</source>
        <translation>Rekòmanse apre konbyen minit san itilize (0: janm):</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Sent to the printer.</source>
        <translation>Li ale nan enprimant lan.</translation>
    </message>
    <message>
        <source>Saved as a PDF file.</source>
        <translation>Li anrejistre nan yon fichye PDF.</translation>
    </message>
    <message>
        <source>Important phone numbers</source>
        <translation>Nimewo telefòn enpòtan</translation>
    </message>
    <message>
        <source>Print this answer</source>
        <translation>Enprime repons sa a</translation>
    </message>
    <message>
        <source>Save this answer as a PDF file</source>
        <translation>Anrejistre repons sa a nan yon fichye PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichye PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Nou pa t ka anrejistre</translation>
    </message>
    <message>
        <source>The PDF file could not be saved there. Please choose another folder, for example Documents.</source>
        <translation>Nou pa t ka anrejistre fichye PDF la la. Tanpri chwazi yon lòt dosye, pa egzanp Documents.</translation>
    </message>
</context>
<context>
    <name>RecordBuilder</name>
    <message>
        <source>Record of attempts to contact ICE</source>
        <translation>Rapò esè pou kontakte ICE</translation>
    </message>
    <message>
        <source>This record was made on %1.</source>
        <translation>Rapò sa a te fèt %1.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Soti %1 rive %2.</translation>
    </message>
    <message>
        <source>A-number: %1</source>
        <translation>Nimewo A: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Paj %1 sou %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Non:</translation>
    </message>
    <message>
        <source>A-number:</source>
        <translation>Nimewo A:</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) recorded.</source>
        <translation>
            <numerusform>%n esè ekri.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Check-In Help from the entries the person recorded.</source>
        <translation>Fèt ak Check-In Help apati sa moun nan te ekri.</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Esè %1</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Rezilta:</translation>
    </message>
    <message>
        <source>Appointment given:</source>
        <translation>Randevou yo bay:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Biwo:</translation>
    </message>
    <message>
        <source>Person spoken to:</source>
        <translation>Moun ou te pale avè l:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Fichye ki tache:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Nòt:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Fichye ki tache</translation>
    </message>
    <message>
        <source>Attempt %1, %2: %3</source>
        <translation>Esè %1, %2: %3</translation>
    </message>
    <message>
        <source>PDF document, kept in the log (print it separately).</source>
        <translation>Dokiman PDF, ki rete nan kaye a (enprime l apa).</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <source>Questions</source>
        <translation>Kesyon</translation>
    </message>
    <message>
        <source>Choose a question with the arrow keys and press Enter to read the answer.</source>
        <translation>Chwazi yon kesyon ak flèch yo epi peze Enter pou li repons lan.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Type your question or a few words, for example: cannot go to my check-in</source>
        <translation>Ekri kesyon ou oswa kèk mo, pa egzanp: mwen pa ka al nan randevou mwen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Chèche</translation>
    </message>
    <message>
        <source>Type a question or words in your own language or in English. Results appear below as you type. Press Enter to open the first one, the Down arrow to choose, Esc to clear.</source>
        <translation>Ekri yon kesyon oswa kèk mo nan pwòp lang ou oswa an anglè. Rezilta yo parèt anba a pandan w ap ekri. Peze Enter pou louvri premye a, flèch anba a pou chwazi, Esc pou efase.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Efase rechèch la</translation>
    </message>
    <message>
        <source>Clear the search (Esc)</source>
        <translation>Efase rechèch la (Esc)</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Did you mean</source>
        <translation>Èske ou te vle di</translation>
    </message>
    <message>
        <source>Search for this spelling instead</source>
        <translation>Chèche ak mo sa a pito</translation>
    </message>
    <message>
        <source>Number of answers found</source>
        <translation>Konbyen repons nou jwenn</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Èske ou te vle di “%1”?</translation>
    </message>
    <message numerus="yes">
        <source>%n answers found</source>
        <translation>
            <numerusform>Nou jwenn %n repons</numerusform>
        </translation>
    </message>
    <message>
        <source>No exact match. Closest questions:</source>
        <translation>Pa gen repons egzak. Kesyon ki pi pre yo:</translation>
    </message>
    <message>
        <source>No exact match</source>
        <translation>Pa gen repons egzak</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>The staff settings could not be saved for next time.</source>
        <translation>Nou pa t ka anrejistre paramèt estaf yo pou pwochen fwa.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Kaye kontak</translation>
    </message>
    <message>
        <source>The contact log is turned off on this computer. Ask the staff if you need it.</source>
        <translation>Kaye kontak la fèmen sou òdinatè sa a. Mande estaf la si ou bezwen l.</translation>
    </message>
</context>
<context>
    <name>StaffSettingsDialog</name>
    <message>
        <source>Staff settings</source>
        <translation>Paramèt estaf</translation>
    </message>
    <message>
        <source>For example: Harbor City Legal Aid</source>
        <translation>Pa egzanp: Harbor City Legal Aid</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>Lang òdinatè a</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Janm</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer the contact log on this computer</source>
        <translation>Ofri kaye kontak la sou òdinatè sa a</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mwa</translation>
    </message>
    <message>
        <source>Information packs...</source>
        <translation>Pake enfòmasyon...</translation>
    </message>
    <message>
        <source>Add information pack...</source>
        <translation>Ajoute yon pake enfòmasyon...</translation>
    </message>
    <message>
        <source>Trusted publisher keys...</source>
        <translation>Kle piblikatè ou fè konfyans...</translation>
    </message>
    <message>
        <source>Clinic notes...</source>
        <translation>Nòt klinik la...</translation>
    </message>
    <message>
        <source>Change PIN...</source>
        <translation>Chanje PIN an...</translation>
    </message>
    <message>
        <source>Saves these settings first</source>
        <translation>Li anrejistre paramèt sa yo anvan</translation>
    </message>
    <message>
        <source>Clinic&apos;s name</source>
        <translation>Non klinik la</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Lang de baz</translation>
    </message>
    <message>
        <source>Start over after</source>
        <translation>Rekòmanse apre</translation>
    </message>
    <message>
        <source>Lock the contact log after</source>
        <translation>Fèmen kaye kontak la ak kle apre</translation>
    </message>
    <message>
        <source>Warn that information may be out of date after</source>
        <translation>Avèti enfòmasyon an ka twò vye apre</translation>
    </message>
    <message>
        <source>The clinic&apos;s name is shown on the start page and on printed answers. Start over returns to the default language.</source>
        <translation>Non klinik la parèt sou premye paj la ak sou repons ki enprime yo. Rekòmanse retounen nan lang de baz la.</translation>
    </message>
    <message>
        <source>Staff tools</source>
        <translation>Zouti estaf la</translation>
    </message>
    <message>
        <source>The staff PIN was changed.</source>
        <translation>PIN estaf la chanje.</translation>
    </message>
</context>
<context>
    <name>StillThereNotice</name>
    <message>
        <source>Still there?</source>
        <translation>Ou la toujou?</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Èske ou la toujou?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Wi, mwen la toujou</translation>
    </message>
    <message numerus="yes">
        <source>To keep the last person&apos;s search private, this app starts over in %n seconds.</source>
        <translation>
            <numerusform>Pou rechèch dènye moun nan rete prive, aplikasyon an ap rekòmanse nan %n segonn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <source>Trusted publisher keys</source>
        <translation>Kle piblikatè ou fè konfyans</translation>
    </message>
    <message>
        <source>Packs signed with one of these keys show as verified. Add a key only when you know it comes from the publisher (for example, handed over in person).</source>
        <translation>Pake ki siyen ak youn nan kle sa yo parèt kòm verifye. Ajoute yon kle sèlman si ou konnen li soti nan men piblikatè a (pa egzanp, li te ba ou l an pèsòn).</translation>
    </message>
    <message>
        <source>Add key...</source>
        <translation>Ajoute yon kle...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>added on this computer</source>
        <translation>ajoute sou òdinatè sa a</translation>
    </message>
    <message>
        <source>part of the program or of this computer&apos;s setup</source>
        <translation>li fè pati pwogram nan oswa enstalasyon òdinatè sa a</translation>
    </message>
    <message>
        <source>{name} (key {key_id}; {where})</source>
        <translation>{name} (kle {key_id}; {where})</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Ajoute yon kle</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Kle piblik (*.pub)</translation>
    </message>
    <message>
        <source>Publisher&apos;s name</source>
        <translation>Non piblikatè a</translation>
    </message>
    <message>
        <source>The publisher&apos;s name, shown on its answers as &quot;Verified: name&quot;:</source>
        <translation>Non piblikatè a, ki parèt sou repons li yo konsa: &quot;Verifye: non&quot;:</translation>
    </message>
    <message>
        <source>The name may hold letters, digits, spaces and . _ ( ) -</source>
        <translation>Non an ka gen lèt, chif, espas ak . _ ( ) -</translation>
    </message>
    <message>
        <source>That file is not a publisher&apos;s public key (.pub).</source>
        <translation>Fichye sa a se pa kle piblik yon piblikatè (.pub).</translation>
    </message>
    <message>
        <source>The key could not be saved on this computer.</source>
        <translation>Nou pa t ka anrejistre kle a sou òdinatè sa a.</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Retire kle a</translation>
    </message>
    <message>
        <source>Stop trusting the key of {name}? Its packs will show as not verified.</source>
        <translation>Sispann fè kle {name} konfyans? Pake li yo ap parèt kòm pa verifye.</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>Nou pa t ka retire kle a.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Your contact log keeps a private record of every time you try to reach ICE. Choose your log and type your passphrase.</source>
        <translation>Kaye kontak ou kenbe an prive chak fwa ou eseye jwenn ICE. Chwazi kaye ou epi ekri fraz sekrè ou.</translation>
    </message>
    <message>
        <source>Logs on this computer</source>
        <translation>Kaye ki sou òdinatè sa a</translation>
    </message>
    <message>
        <source>There is no log on this computer yet. Start a new one.</source>
        <translation>Poko gen kaye sou òdinatè sa a. Kòmanse yon nouvo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Fraz sekrè</translation>
    </message>
    <message>
        <source>&amp;Open my log</source>
        <translation>&amp;Louvri kaye mwen</translation>
    </message>
    <message>
        <source>Open the chosen log</source>
        <translation>Louvri kaye ou chwazi a</translation>
    </message>
    <message>
        <source>Start a &amp;new log...</source>
        <translation>Kòmanse yon &amp;nouvo kaye...</translation>
    </message>
    <message>
        <source>Start a new contact log</source>
        <translation>Kòmanse yon nouvo kaye kontak</translation>
    </message>
    <message>
        <source>Open a &amp;backup file...</source>
        <translation>Louvri yon &amp;kopi sekou...</translation>
    </message>
    <message>
        <source>Make a log from a backup file</source>
        <translation>Fè yon kaye ak yon kopi sekou</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Logs on this computer:</source>
        <translation>Kaye ki sou òdinatè sa a:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Fraz sekrè:</translation>
    </message>
    <message>
        <source>First choose your log in the list.</source>
        <translation>Chwazi kaye ou nan lis la anvan.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Ekri fraz sekrè ou.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Byenveni</translation>
    </message>
    <message>
        <source>Welcome to Check-In Help</source>
        <translation>Byenveni nan Check-In Help</translation>
    </message>
    <message>
        <source>This app answers common questions about check-ins with ICE and ISAP. The answers come from the Asylum Seeker Advocacy Project (ASAP).</source>
        <translation>Aplikasyon sa a reponn kesyon moun konn poze sou randevou ak ICE ak ISAP. Repons yo soti nan Asylum Seeker Advocacy Project (ASAP).</translation>
    </message>
    <message>
        <source>It works without the internet. What you type is not sent anywhere.</source>
        <translation>Li mache san entènèt. Sa ou ekri pa ale okenn kote.</translation>
    </message>
    <message>
        <source>It gives legal information, not legal advice about your case.</source>
        <translation>Li bay enfòmasyon legal, se pa konsèy legal sou ka ou.</translation>
    </message>
    <message>
        <source>To learn how to use it, open the menu %1 &gt; %2.</source>
        <translation>Pou aprann kijan pou sèvi avè l, louvri meni %1 &gt; %2.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Kòmanse</translation>
    </message>
</context>
</TS>
