<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Go back to the page you read before</source>
        <translation>Volver a la página que leyó antes</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Ir hacia adelante otra vez</translation>
    </message>
    <message>
        <source>&amp;All questions</source>
        <translation>&amp;Todas las preguntas</translation>
    </message>
    <message>
        <source>Clear the search and show every question</source>
        <translation>Borrar la búsqueda y mostrar todas las preguntas</translation>
    </message>
    <message>
        <source>S&amp;tart over</source>
        <translation>&amp;Empezar de nuevo</translation>
    </message>
    <message>
        <source>Clear everything for the next person: search, pages read, text size and language</source>
        <translation>Borrar todo para la próxima persona: búsqueda, páginas leídas, tamaño de la letra e idioma</translation>
    </message>
    <message>
        <source>Start over &amp;when idle...</source>
        <translation>Empezar de nuevo &amp;sin uso...</translation>
    </message>
    <message>
        <source>Choose after how many idle minutes the app starts over for the next person</source>
        <translation>Elegir tras cuántos minutos sin uso la aplicación empieza de nuevo para la próxima persona</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Ir a la casilla de búsqueda</translation>
    </message>
    <message>
        <source>Important &amp;numbers</source>
        <translation>Telé&amp;fonos</translation>
    </message>
    <message>
        <source>Show the important phone numbers</source>
        <translation>Mostrar los teléfonos importantes</translation>
    </message>
    <message>
        <source>My &amp;contact log</source>
        <translation>Mi &amp;registro</translation>
    </message>
    <message>
        <source>Open your private record of calls and emails to ICE</source>
        <translation>Abrir su registro privado de llamadas y correos a ICE</translation>
    </message>
    <message>
        <source>Contact log &amp;lock time...</source>
        <translation>Tiempo de &amp;bloqueo del registro...</translation>
    </message>
    <message>
        <source>Choose after how many idle minutes an open contact log locks itself</source>
        <translation>Elija después de cuántos minutos sin uso se bloquea un registro abierto</translation>
    </message>
    <message>
        <source>Staff &amp;settings...</source>
        <translation>&amp;Configuración del personal...</translation>
    </message>
    <message>
        <source>For the clinic&apos;s staff: the clinic&apos;s name, defaults, packs and keys (needs the staff PIN)</source>
        <translation>Para el personal de la clínica: el nombre de la clínica, los valores predeterminados, los paquetes y las claves (necesita el PIN del personal)</translation>
    </message>
    <message>
        <source>&amp;Find in answer...</source>
        <translation>Buscar en la &amp;respuesta...</translation>
    </message>
    <message>
        <source>Find a word in the answer</source>
        <translation>Buscar una palabra en la respuesta</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Buscar la &amp;siguiente</translation>
    </message>
    <message>
        <source>Find the next place of the word</source>
        <translation>Buscar el siguiente lugar de la palabra</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>A&amp;grandar letra</translation>
    </message>
    <message>
        <source>Make the answer text larger</source>
        <translation>Agrandar la letra de la respuesta</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>A&amp;chicar letra</translation>
    </message>
    <message>
        <source>Make the answer text smaller</source>
        <translation>Achicar la letra de la respuesta</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de letra &amp;normal</translation>
    </message>
    <message>
        <source>Show the answer text at its normal size</source>
        <translation>Mostrar la respuesta con la letra normal</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimir...</translation>
    </message>
    <message>
        <source>Print this answer</source>
        <translation>Imprimir esta respuesta</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Guardar como P&amp;DF...</translation>
    </message>
    <message>
        <source>Save this answer as a PDF file</source>
        <translation>Guardar esta respuesta como archivo PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close Check-In Help</source>
        <translation>Cerrar Check-In Help</translation>
    </message>
    <message>
        <source>&amp;About Check-In Help</source>
        <translation>&amp;Acerca de Check-In Help</translation>
    </message>
    <message>
        <source>Who made this app and its content</source>
        <translation>Quién hizo esta aplicación y su contenido</translation>
    </message>
    <message>
        <source>Read how to use this app, with pictures</source>
        <translation>Lea cómo usar esta aplicación, con imágenes</translation>
    </message>
    <message>
        <source>&amp;Keyboard keys</source>
        <translation>&amp;Teclas</translation>
    </message>
    <message>
        <source>See every keyboard key of the app</source>
        <translation>Vea todas las teclas de la aplicación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>Choose the language of the app&apos;s buttons and menus</source>
        <translation>Elegir el idioma de los botones y menús de la aplicación</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;How to use this app</source>
        <translation>&amp;Cómo usar esta aplicación</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Numbers and contact log</source>
        <translation>Teléfonos y registro de contactos</translation>
    </message>
    <message>
        <source>Text and language</source>
        <translation>Texto e idioma</translation>
    </message>
    <message>
        <source>More buttons</source>
        <translation>Más botones</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Check-In Help</source>
        <translation>Acerca de Check-In Help</translation>
    </message>
    <message>
        <source>Check-In Help icon</source>
        <translation>Icono de Check-In Help</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>Nombre y versión de la aplicación</translation>
    </message>
    <message>
        <source>Source of the answers</source>
        <translation>Fuente de las respuestas</translation>
    </message>
    <message>
        <source>This app gives general information, not legal advice. For advice about your own case, talk to an immigration lawyer or an accredited representative.</source>
        <translation>Esta aplicación da información general, no asesoría legal. Para recibir consejo sobre su propio caso, hable con un abogado de inmigración o un representante acreditado.</translation>
    </message>
    <message>
        <source>Not legal advice</source>
        <translation>No es asesoría legal</translation>
    </message>
    <message>
        <source>Third-party software and licences:</source>
        <translation>Software de terceros y licencias:</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Componentes de terceros</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-In Help&lt;/b&gt;&lt;br&gt;Version {version}</source>
        <translation>&lt;b&gt;Check-In Help&lt;/b&gt;&lt;br&gt;Versión {version}</translation>
    </message>
    <message>
        <source>Answers from {source}, reviewed {date}.</source>
        <translation>Respuestas de {source}, revisadas el {date}.</translation>
    </message>
    <message>
        <source>Answers from {source}.</source>
        <translation>Respuestas de {source}.</translation>
    </message>
    <message>
        <source>The licence notice for {name} is missing from this installation. Its licence is {licence}.</source>
        <translation>Falta en esta instalación el aviso de licencia de {name}. Su licencia es {licence}.</translation>
    </message>
</context>
<context>
    <name>AddPackDialog</name>
    <message>
        <source>Add information pack</source>
        <translation>Agregar paquete de información</translation>
    </message>
    <message>
        <source>I am staff, and I trust where this pack came from. Add it although it is not verified.</source>
        <translation>Soy del personal y confío en el origen de este paquete. Agregarlo aunque no esté verificado.</translation>
    </message>
    <message>
        <source>Add pack</source>
        <translation>Agregar paquete</translation>
    </message>
    <message>
        <source>the built-in pack</source>
        <translation>el paquete incluido</translation>
    </message>
    <message>
        <source>version {version} of this pack</source>
        <translation>la versión {version} de este paquete</translation>
    </message>
    <message>
        <source>nothing (a new pack)</source>
        <translation>nada (un paquete nuevo)</translation>
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
        <translation>Versión</translation>
    </message>
    <message>
        <source>Information as of</source>
        <translation>Información vigente en</translation>
    </message>
    <message>
        <source>Copy taken</source>
        <translation>Copia tomada</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artículos</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Reemplaza</translation>
    </message>
    <message>
        <source>New articles</source>
        <translation>Artículos nuevos</translation>
    </message>
    <message>
        <source>Changed articles</source>
        <translation>Artículos cambiados</translation>
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
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>The text of the chosen answer. Press Tab to move between its links.</source>
        <translation>El texto de la respuesta elegida. Pulse Tab para pasar de un enlace a otro.</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Attach a file...</source>
        <translation>Adjuntar un archivo...</translation>
    </message>
    <message>
        <source>Attach a screenshot, photo or PDF file</source>
        <translation>Adjuntar una captura de pantalla, una foto o un PDF</translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation>Pegar imagen</translation>
    </message>
    <message>
        <source>Paste a screenshot from the clipboard</source>
        <translation>Pegar una captura de pantalla copiada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Quitar el archivo adjunto elegido</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>View the selected picture</source>
        <translation>Ver la imagen elegida</translation>
    </message>
    <message>
        <source>Save a copy...</source>
        <translation>Guardar una copia...</translation>
    </message>
    <message>
        <source>Save a copy of the selected attachment</source>
        <translation>Guardar una copia del archivo adjunto elegido</translation>
    </message>
    <message>
        <source>screenshot</source>
        <translation>captura</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Pictures and PDF files</source>
        <translation>Imágenes y archivos PDF</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>No se pudo leer este archivo.</translation>
    </message>
    <message>
        <source>There is no picture on the clipboard. Take a screenshot first.</source>
        <translation>No hay ninguna imagen copiada. Primero tome una captura de pantalla.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attached picture: %1</source>
        <translation>Imagen adjunta: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Guardar una copia del archivo adjunto</translation>
    </message>
</context>
<context>
    <name>ClinicNotes</name>
    <message>
        <source>Clinic notes</source>
        <translation>Notas de la clínica</translation>
    </message>
    <message>
        <source>First write the clinic&apos;s name in the staff settings: every note is shown with “From” and that name.</source>
        <translation>Primero escriba el nombre de la clínica en la configuración del personal: cada nota se muestra con «De» y ese nombre.</translation>
    </message>
</context>
<context>
    <name>ClinicNotesDialog</name>
    <message>
        <source>Clinic notes</source>
        <translation>Notas de la clínica</translation>
    </message>
    <message>
        <source>The clinic&apos;s own notes. They are shown beside ASAP&apos;s answers with the line “From {clinic}”, and can be found by searching.</source>
        <translation>Las notas propias de la clínica. Se muestran junto a las respuestas de ASAP con la línea «De {clinic}» y se pueden encontrar al buscar.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nota nueva</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Translate...</source>
        <translation>Traducir...</translation>
    </message>
    <message>
        <source>Write the selected note in another language; the two will link to each other</source>
        <translation>Escribir la nota seleccionada en otro idioma; las dos estarán enlazadas entre sí</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <source>Save the notes as pack files to copy to the clinic&apos;s other computers</source>
        <translation>Guardar las notas como archivos de paquete para copiarlas a las otras computadoras de la clínica</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importar...</translation>
    </message>
    <message>
        <source>Add notes exported on another of the clinic&apos;s computers</source>
        <translation>Agregar notas exportadas en otra computadora de la clínica</translation>
    </message>
    <message>
        <source>{title}
{language}, written on {date}</source>
        <translation>{title}
{language}, escrita el {date}</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Delete the note “{title}” from this computer?</source>
        <translation>¿Eliminar la nota «{title}» de esta computadora?</translation>
    </message>
    <message>
        <source>Export clinic notes to a folder</source>
        <translation>Exportar las notas de la clínica a una carpeta</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}:
{files}

On the clinic&apos;s other computers, add them with Clinic notes &gt; Import.</source>
        <translation>
            <numerusform>Se guardó %n archivo en {folder}:
{files}

En las otras computadoras de la clínica, agréguelo con Notas de la clínica &gt; Importar.</numerusform>
            <numerusform>Se guardaron %n archivos en {folder}:
{files}

En las otras computadoras de la clínica, agréguelos con Notas de la clínica &gt; Importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import clinic notes</source>
        <translation>Importar notas de la clínica</translation>
    </message>
    <message>
        <source>Information packs (*.chpack)</source>
        <translation>Paquetes de información (*.chpack)</translation>
    </message>
    <message>
        <source>Nothing was changed:
{reason}</source>
        <translation>No se cambió nada:
{reason}</translation>
    </message>
</context>
<context>
    <name>ContactLogWindow</name>
    <message>
        <source>My contact log</source>
        <translation>Mi registro de contactos</translation>
    </message>
    <message>
        <source>I called ICE just now</source>
        <translation>Acabo de llamar a ICE</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) recorded.</source>
        <translation>
            <numerusform>%n intento anotado.</numerusform>
            <numerusform>%n intentos anotados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last one: %1</source>
        <translation>El último: %1</translation>
    </message>
    <message>
        <source>Type your passphrase to record the attempt.</source>
        <translation>Escriba su frase de contraseña para anotar el intento.</translation>
    </message>
    <message>
        <source>To record the attempt, first start a new log.</source>
        <translation>Para anotar el intento, primero empiece un registro nuevo.</translation>
    </message>
    <message>
        <source>Add an attempt</source>
        <translation>Agregar un intento</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrar</translation>
    </message>
    <message>
        <source>My details for the record...</source>
        <translation>Mis datos para el informe...</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Registro: %1</translation>
    </message>
    <message>
        <source>No attempts recorded yet.</source>
        <translation>Todavía no hay intentos anotados.</translation>
    </message>
    <message>
        <source>Delete this attempt</source>
        <translation>Borrar este intento</translation>
    </message>
    <message>
        <source>Delete the attempt of %1 (%2)? You can undo this with Ctrl+Z while the log is open.</source>
        <translation>¿Borrar el intento del %1 (%2)? Puede deshacerlo con Ctrl+Z mientras el registro esté abierto.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>time</source>
        <translation>hora</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
</context>
<context>
    <name>DeleteLogDialog</name>
    <message>
        <source>Delete this log</source>
        <translation>Borrar este registro</translation>
    </message>
    <message numerus="yes">
        <source>Delete the log &quot;%1&quot; and the %n attempt(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>¿Borrar el registro «%1» y el %n intento que tiene? No se puede deshacer.</numerusform>
            <numerusform>¿Borrar el registro «%1» y los %n intentos que tiene? No se puede deshacer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log&apos;s passphrase</source>
        <translation>La frase de contraseña del registro</translation>
    </message>
    <message>
        <source>To delete it, type the log&apos;s &amp;passphrase:</source>
        <translation>Para borrarlo, escriba la &amp;frase de contraseña del registro:</translation>
    </message>
    <message>
        <source>Files saved from this log on this computer. Tick those to delete too (backups on USB sticks are never listed, and are kept):</source>
        <translation>Archivos guardados de este registro en esta computadora. Marque los que también quiere borrar (las copias de seguridad en memorias USB no aparecen y se conservan):</translation>
    </message>
    <message>
        <source>PDF record</source>
        <translation>Informe en PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Hoja de cálculo (CSV)</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Delete the log</source>
        <translation>Borrar el registro</translation>
    </message>
    <message>
        <source>Keep the log</source>
        <translation>Conservar el registro</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>My details</source>
        <translation>Mis datos</translation>
    </message>
    <message>
        <source>Both are optional. They are kept inside your locked log and printed on the record.</source>
        <translation>Los dos son opcionales. Se guardan dentro de su registro bloqueado y se imprimen en el informe.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Your A-number</source>
        <translation>Su número A</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
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
        <translation>Estaba escribiendo un intento cuando el registro se bloqueó. ¿Abrirlo otra vez para terminarlo?</translation>
    </message>
    <message>
        <source>Files you had added were not kept; add them again: %1</source>
        <translation>Los archivos que había agregado no se guardaron; agréguelos otra vez: %1</translation>
    </message>
    <message>
        <source>Continue where you stopped?</source>
        <translation>¿Seguir donde se quedó?</translation>
    </message>
    <message>
        <source>Throw the draft away?</source>
        <translation>¿Descartar el borrador?</translation>
    </message>
    <message>
        <source>Throw away what you typed in that attempt?</source>
        <translation>¿Descartar lo que escribió en ese intento?</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>A quién</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Appointment given</source>
        <translation>Le dieron cita</translation>
    </message>
    <message>
        <source>Office / person</source>
        <translation>Oficina / persona</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit attempt</source>
        <translation>Editar el intento</translation>
    </message>
    <message>
        <source>Date and time of the attempt</source>
        <translation>Fecha y hora del intento</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Set the date and time to now</source>
        <translation>Poner la fecha y hora de ahora</translation>
    </message>
    <message>
        <source>How did you try to contact ICE?</source>
        <translation>¿Cómo intentó contactar a ICE?</translation>
    </message>
    <message>
        <source>Number, email address or website</source>
        <translation>Número, correo electrónico o sitio web</translation>
    </message>
    <message>
        <source>Number, address or site you contacted</source>
        <translation>Número, dirección o sitio que contactó</translation>
    </message>
    <message>
        <source>ICE office</source>
        <translation>Oficina de ICE</translation>
    </message>
    <message>
        <source>Person you spoke to</source>
        <translation>Persona con quien habló</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>¿Qué pasó?</translation>
    </message>
    <message>
        <source>I was given an appointment</source>
        <translation>Me dieron una cita</translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation>Fecha y hora de la cita</translation>
    </message>
    <message>
        <source>What was said, confirmation numbers, anything else</source>
        <translation>Lo que le dijeron, números de confirmación, cualquier otra cosa</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>This date or time is not complete or does not exist: %1 %2</source>
        <translation>Esta fecha u hora no está completa o no existe: %1 %2</translation>
    </message>
    <message>
        <source>Discard this attempt?</source>
        <translation>¿Descartar este intento?</translation>
    </message>
    <message>
        <source>You typed something in this form. Close it and lose what you typed?</source>
        <translation>Escribió algo en este formulario. ¿Cerrarlo y perder lo que escribió?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>New attempt</source>
        <translation>Intento nuevo</translation>
    </message>
    <message>
        <source>Save this attempt</source>
        <translation>Guardar este intento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Cuándo</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>C&amp;ómo</translation>
    </message>
    <message>
        <source>&amp;To (number, address or site)</source>
        <translation>&amp;A quién (número, dirección o sitio)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>O&amp;ficina</translation>
    </message>
    <message>
        <source>&amp;Person spoken to</source>
        <translation>&amp;Persona con quien habló</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>Something went wrong in Check-In Help. Nothing you saved was lost. You can keep using the app; if this happens again, close it and start it again.</source>
        <translation>Algo salió mal en Check-In Help. No se perdió nada de lo que guardó. Puede seguir usando la aplicación; si vuelve a pasar, ciérrela y ábrala de nuevo.</translation>
    </message>
    <message>
        <source>Check-In Help cannot start</source>
        <translation>Check-In Help no puede iniciar</translation>
    </message>
    <message>
        <source>The help texts of this app could not be read. The app may be damaged. Please ask the person who installed it to install it again.</source>
        <translation>No se pudieron leer los textos de ayuda de esta aplicación. Puede estar dañada. Pida a la persona que la instaló que la vuelva a instalar.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this answer:</source>
        <translation>Buscar en esta respuesta:</translation>
    </message>
    <message>
        <source>Find in this answer</source>
        <translation>Buscar en esta respuesta</translation>
    </message>
    <message>
        <source>Type a word to find it in the answer. Enter finds the next one.</source>
        <translation>Escriba una palabra para encontrarla en la respuesta. Enter busca la siguiente.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Anterior</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Buscar la anterior</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Buscar la siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cerrar la búsqueda en la respuesta</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Resultado de la búsqueda</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No se encontró</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <source>Formatting</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Make the line a heading (## at its start)</source>
        <translation>Convertir la línea en título (## al principio)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Bold text (**text**)</source>
        <translation>Texto en negrita (**texto**)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Lista con viñetas</translation>
    </message>
    <message>
        <source>Start each selected line with - </source>
        <translation>Empezar cada línea seleccionada con - </translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Lista numerada</translation>
    </message>
    <message>
        <source>Number the selected lines 1. 2. 3.</source>
        <translation>Numerar las líneas seleccionadas 1. 2. 3.</translation>
    </message>
    <message>
        <source>Link...</source>
        <translation>Enlace...</translation>
    </message>
    <message>
        <source>A link to a web page (https://) or an e-mail address</source>
        <translation>Un enlace a una página web (https://) o a una dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Phone number...</source>
        <translation>Número de teléfono...</translation>
    </message>
    <message>
        <source>A phone number people can copy or scan, listed with the important numbers</source>
        <translation>Un número de teléfono que las personas pueden copiar o escanear, incluido en los teléfonos importantes</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Address of the web page (https://...) or mailto:name@example.org:</source>
        <translation>Dirección de la página web (https://...) o mailto:nombre@example.org:</translation>
    </message>
    <message>
        <source>Only web pages (https:// or http://) and e-mail addresses (mailto:) can be linked.</source>
        <translation>Solo se pueden enlazar páginas web (https:// o http://) y direcciones de correo electrónico (mailto:).</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Phone number, as people should read it (for example 617-555-0188):</source>
        <translation>Número de teléfono, como deben leerlo las personas (por ejemplo 617-555-0188):</translation>
    </message>
    <message>
        <source>Write a 10-digit US number (617-555-0188), or a number that starts with + and its country code.</source>
        <translation>Escriba un número de EE. UU. de 10 dígitos (617-555-0188), o un número que empiece con + y el código del país.</translation>
    </message>
</context>
<context>
    <name>HowToDialog</name>
    <message>
        <source>How to use this app</source>
        <translation>Cómo usar esta aplicación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>This app does not open the internet. The address is: %1</source>
        <translation>Esta aplicación no abre internet. La dirección es: %1</translation>
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
        <translation>Preparando la búsqueda. Esto pasa una sola vez...</translation>
    </message>
    <message>
        <source>Preparing the search</source>
        <translation>Preparando la búsqueda</translation>
    </message>
    <message>
        <source>Search is limited</source>
        <translation>La búsqueda es limitada</translation>
    </message>
    <message>
        <source>The search could not be prepared on this computer. You can still read every question from the list, and a simpler search still works.

If this happens again, please ask the person who installed the app to reinstall it.</source>
        <translation>No se pudo preparar la búsqueda en esta computadora. Todavía puede leer todas las preguntas de la lista, y una búsqueda más sencilla sigue funcionando.

Si vuelve a pasar, pida a la persona que instaló la aplicación que la vuelva a instalar.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Other commands</source>
        <translation>Otros comandos</translation>
    </message>
    <message>
        <source>Save the attempt (in its form)</source>
        <translation>Guardar el intento (en su formulario)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Open the first (or chosen) answer</source>
        <translation>Abrir la primera respuesta (o la elegida)</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Flecha abajo, flecha arriba</translation>
    </message>
    <message>
        <source>Move through the answers found (each one shows)</source>
        <translation>Moverse por las respuestas encontradas (cada una se muestra)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Clear the search (in the list: back to the search box)</source>
        <translation>Borrar la búsqueda (en la lista: volver al cuadro de búsqueda)</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Enter, Mayús+Enter</translation>
    </message>
    <message>
        <source>In the find bar: the next or the previous place</source>
        <translation>En la barra de búsqueda: el lugar siguiente o el anterior</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Go to the next part of the window, or the next link</source>
        <translation>Ir a la siguiente parte de la ventana, o al siguiente enlace</translation>
    </message>
    <message>
        <source>Mouse back and forward buttons</source>
        <translation>Botones de atrás y adelante del ratón</translation>
    </message>
    <message>
        <source>Go back or forward, anywhere in the window</source>
        <translation>Ir atrás o adelante, en cualquier parte de la ventana</translation>
    </message>
    <message>
        <source>While typing or reading</source>
        <translation>Al escribir o leer</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Choose your language</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Omitir</translation>
    </message>
    <message>
        <source>Keep this language; you can change it later</source>
        <translation>Seguir en este idioma; puede cambiarlo después</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>Call this number from a phone:</source>
        <translation>Llame a este número desde un teléfono:</translation>
    </message>
    <message>
        <source>This app does not open the internet. Open this address on a phone:</source>
        <translation>Esta aplicación no abre internet. Abra esta dirección en un teléfono:</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Número de teléfono: %1</translation>
    </message>
    <message>
        <source>Web address: %1</source>
        <translation>Dirección web: %1</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to get the number on your phone.</source>
        <translation>Escanee este código con la cámara de su teléfono para tener el número en su teléfono.</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to open the address on your phone.</source>
        <translation>Escanee este código con la cámara de su teléfono para abrir la dirección en su teléfono.</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera.</source>
        <translation>Escanee este código con la cámara de su teléfono.</translation>
    </message>
    <message>
        <source>Your phone will offer to call the number.</source>
        <translation>Su teléfono le ofrecerá llamar al número.</translation>
    </message>
    <message>
        <source>Your phone will offer to open the address.</source>
        <translation>Su teléfono le ofrecerá abrir la dirección.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copiar el número</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copiar la dirección</translation>
    </message>
    <message>
        <source>Copies it so you can paste it somewhere else.</source>
        <translation>Lo copia para que pueda pegarlo en otro lugar.</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>Estado de la copia</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>Imprimir el informe...</translation>
    </message>
    <message>
        <source>Save the record as PDF...</source>
        <translation>Guardar el informe como PDF...</translation>
    </message>
    <message>
        <source>Save as a spreadsheet (CSV)...</source>
        <translation>Guardar como hoja de cálculo (CSV)...</translation>
    </message>
    <message>
        <source>Make a backup file...</source>
        <translation>Hacer una copia de seguridad...</translation>
    </message>
    <message>
        <source>This file is not protected</source>
        <translation>Este archivo no está protegido</translation>
    </message>
    <message>
        <source>The PDF or spreadsheet file you save is not protected by your passphrase: anyone who has the file can read it. Keep it somewhere safe, or delete it when you no longer need it. The app remembers where you saved it and offers to delete it when you delete this log.</source>
        <translation>El PDF o la hoja de cálculo que guarda no está protegido por su frase de contraseña: cualquiera que tenga el archivo puede leerlo. Guárdelo en un lugar seguro, o bórrelo cuando ya no lo necesite. La aplicación recuerda dónde lo guardó y le ofrece borrarlo cuando borre este registro.</translation>
    </message>
    <message>
        <source>I understand, save it</source>
        <translation>Entiendo, guardarlo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Do not tell me again while the app is open</source>
        <translation>No volver a avisarme mientras la aplicación esté abierta</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>The file could not be saved (%1). Try another folder or USB stick.</source>
        <translation>No se pudo guardar el archivo (%1). Pruebe otra carpeta u otra memoria USB.</translation>
    </message>
    <message>
        <source>Save the record as PDF</source>
        <translation>Guardar el informe como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as a spreadsheet</source>
        <translation>Guardar como hoja de cálculo</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Make a backup file</source>
        <translation>Hacer una copia de seguridad</translation>
    </message>
    <message>
        <source>Contact log backups (*.clbackup)</source>
        <translation>Copias de seguridad del registro (*.clbackup)</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de la copia</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup file. You need it to open the backup:</source>
        <translation>Elija una frase de contraseña para la copia de seguridad. La necesitará para abrirla:</translation>
    </message>
</context>
<context>
    <name>LogLabels</name>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Nadie contestó</translation>
    </message>
    <message>
        <source>Could not leave a voicemail</source>
        <translation>No pude dejar un mensaje de voz</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>Dejé un mensaje de voz</translation>
    </message>
    <message>
        <source>Spoke to someone</source>
        <translation>Hablé con alguien</translation>
    </message>
    <message>
        <source>Appointment scheduled or rescheduled</source>
        <translation>Me dieron cita o me la cambiaron</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>Correo enviado</translation>
    </message>
    <message>
        <source>Website error or no appointments available</source>
        <translation>Error del sitio web o no hay citas</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Anotación</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>To (number, address or site)</source>
        <translation>A quién (número, dirección o sitio)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Person spoken to</source>
        <translation>Persona con quien habló</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Entry made</source>
        <translation>Anotado el</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
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
        <translation>Cambiar la frase de contraseña...</translation>
    </message>
    <message>
        <source>Delete this log...</source>
        <translation>Borrar este registro...</translation>
    </message>
    <message>
        <source>New contact log</source>
        <translation>Registro nuevo</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Abrir una copia</translation>
    </message>
    <message>
        <source>Contact log backups (*.clbackup);;All files (*)</source>
        <translation>Copias de seguridad del registro (*.clbackup);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The passphrase of the backup file (chosen when the backup was made):</source>
        <translation>La frase de contraseña de la copia de seguridad (la que eligió al hacerla):</translation>
    </message>
    <message>
        <source>Checking the backup file...</source>
        <translation>Revisando la copia de seguridad...</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup file. Check it and try again.</source>
        <translation>Esa frase de contraseña no abre esta copia de seguridad. Revísela y pruebe otra vez.</translation>
    </message>
    <message>
        <source>Log from a backup</source>
        <translation>Registro de una copia</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase</translation>
    </message>
    <message>
        <source>Delete this log</source>
        <translation>Borrar este registro</translation>
    </message>
    <message>
        <source>That passphrase does not open this log. Nothing was deleted.</source>
        <translation>Esa frase de contraseña no abre este registro. No se borró nada.</translation>
    </message>
    <message>
        <source>Some files of the log could not be deleted.</source>
        <translation>No se pudieron borrar algunos archivos del registro.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Frase de contraseña actual:</translation>
    </message>
    <message>
        <source>New passphrase (it cannot be recovered if you forget it):</source>
        <translation>Frase de contraseña nueva (si la olvida, no se puede recuperar):</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>Se cambió la frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>LogMessages</name>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Number, address or site</source>
        <translation>Número, dirección o sitio</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Oficina</translation>
    </message>
    <message>
        <source>Person spoken to</source>
        <translation>Persona con quien habló</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Cita</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>Name of the log</source>
        <translation>Nombre del registro</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frase de contraseña nueva</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Frase de contraseña de la copia</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Archivo adjunto</translation>
    </message>
    <message>
        <source>This backup file is damaged, or it is not a contact log backup. Nothing was restored.</source>
        <translation>Esta copia de seguridad está dañada o no es una copia de un registro de contactos. No se recuperó nada.</translation>
    </message>
    <message>
        <source>This log is damaged and cannot be opened. It was kept, unchanged, so that staff can try to recover it:
%1
You can open a backup of it, or start a new log.</source>
        <translation>Este registro está dañado y no se puede abrir. Se guardó sin cambios para que el personal intente recuperarlo:
%1
Puede abrir una copia de seguridad o empezar un registro nuevo.</translation>
    </message>
    <message>
        <source>The file could not be saved (%1). Try another folder or USB stick.</source>
        <translation>No se pudo guardar el archivo (%1). Pruebe otra carpeta u otra memoria USB.</translation>
    </message>
    <message>
        <source>That passphrase does not open this log. Check it and try again. Nothing was changed.</source>
        <translation>Esa frase de contraseña no abre este registro. Revísela y pruebe otra vez. No se cambió nada.</translation>
    </message>
    <message>
        <source>This log is not on this computer any more.</source>
        <translation>Este registro ya no está en esta computadora.</translation>
    </message>
    <message>
        <source>A log with this name already exists. Please choose another name.</source>
        <translation>Ya hay un registro con este nombre. Elija otro nombre.</translation>
    </message>
    <message>
        <source>The log is locked. Open it again with your passphrase.</source>
        <translation>El registro está bloqueado. Ábralo otra vez con su frase de contraseña.</translation>
    </message>
    <message>
        <source>This log was made by a newer version of Check-In Help.</source>
        <translation>Este registro se hizo con una versión más nueva de Check-In Help.</translation>
    </message>
    <message>
        <source>The log could not be saved: the disk may be full, or another program is using the file. Nothing was changed. Close other programs and try again.</source>
        <translation>No se pudo guardar el registro: el disco puede estar lleno, u otro programa está usando el archivo. No se cambió nada. Cierre otros programas y pruebe otra vez.</translation>
    </message>
    <message>
        <source>The date and time cannot be in the future.</source>
        <translation>La fecha y la hora no pueden estar en el futuro.</translation>
    </message>
    <message>
        <source>The date is too far in the past.</source>
        <translation>La fecha es demasiado antigua.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>El texto es demasiado largo (máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Complete esto, por favor.</translation>
    </message>
    <message>
        <source>An A-number has 8 or 9 digits, for example A-123-456-789.</source>
        <translation>Un número A tiene 8 o 9 dígitos, por ejemplo A-123-456-789.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La frase de contraseña necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation>La frase de contraseña es demasiado larga.</translation>
    </message>
    <message>
        <source>Use at least 12 characters, or three words or more.</source>
        <translation>Use al menos 12 caracteres, o tres palabras o más.</translation>
    </message>
    <message>
        <source>Do not use the log&apos;s name in the passphrase.</source>
        <translation>No use el nombre del registro en la frase de contraseña.</translation>
    </message>
    <message>
        <source>This is a common password that is guessed first. Choose another.</source>
        <translation>Esta es una contraseña común que se adivina primero. Elija otra.</translation>
    </message>
    <message>
        <source>Only pictures (PNG, JPEG, GIF, BMP, WebP) and PDF files can be attached.</source>
        <translation>Solo se pueden adjuntar imágenes (PNG, JPEG, GIF, BMP, WebP) y archivos PDF.</translation>
    </message>
    <message>
        <source>This file is too big to attach (at most 15 MB).</source>
        <translation>Este archivo es demasiado grande para adjuntarlo (máximo 15 MB).</translation>
    </message>
    <message>
        <source>This file is damaged or is not what its name says.</source>
        <translation>Este archivo está dañado o no es lo que dice su nombre.</translation>
    </message>
    <message>
        <source>This picture is too large.</source>
        <translation>Esta imagen es demasiado grande.</translation>
    </message>
    <message>
        <source>This entry does not exist any more.</source>
        <translation>Esta anotación ya no existe.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Este valor no se acepta.</translation>
    </message>
    <message>
        <source>The contact log could not do this. Nothing was changed.</source>
        <translation>El registro de contactos no pudo hacer esto. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Number of attempts and the last one</source>
        <translation>Cantidad de intentos y el último</translation>
    </message>
    <message>
        <source>I called ICE just now</source>
        <translation>Acabo de llamar a ICE</translation>
    </message>
    <message>
        <source>Record a call to ICE made just now</source>
        <translation>Anotar una llamada a ICE que acaba de hacer</translation>
    </message>
    <message>
        <source>Add an attempt...</source>
        <translation>Agregar un intento...</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the log now</source>
        <translation>Bloquear el registro ahora</translation>
    </message>
    <message>
        <source>Save, print, backup...</source>
        <translation>Guardar, imprimir, copia de seguridad...</translation>
    </message>
    <message>
        <source>Passphrase, delete...</source>
        <translation>Frase de contraseña, borrar...</translation>
    </message>
    <message>
        <source>Change the passphrase or delete this log</source>
        <translation>Cambiar la frase de contraseña o borrar este registro</translation>
    </message>
    <message>
        <source>Filter: type a word, a name, a number or a date</source>
        <translation>Filtrar: escriba una palabra, un nombre, un número o una fecha</translation>
    </message>
    <message>
        <source>Filter the attempts</source>
        <translation>Filtrar los intentos</translation>
    </message>
    <message>
        <source>Attempts to contact ICE, newest first</source>
        <translation>Intentos de contactar a ICE, los más recientes primero</translation>
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
        <translation>Anotar una llamada en mi registro de contactos</translation>
    </message>
    <message>
        <source>Write down in your private contact log that you called or emailed ICE</source>
        <translation>Anotar en su registro privado que llamó o escribió a ICE</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>The contact log is not available in this copy of Check-In Help.</source>
        <translation>El registro de contactos no está disponible en esta copia de Check-In Help.</translation>
    </message>
</context>
<context>
    <name>ManagePacksDialog</name>
    <message>
        <source>Manage information packs</source>
        <translation>Administrar paquetes de información</translation>
    </message>
    <message>
        <source>Information packs</source>
        <translation>Paquetes de información</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>en uso</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>desactivado</translation>
    </message>
    <message>
        <source>not in use (replaced)</source>
        <translation>sin usar (reemplazado)</translation>
    </message>
    <message>
        <source>{title} ({publisher}, {language}, version {version})
Information as of {as_of}; {articles} articles; {trust}; {state}</source>
        <translation>{title} ({publisher}, {language}, versión {version})
Información vigente en {as_of}; {articles} artículos; {trust}; {state}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
</context>
<context>
    <name>NewLogDialog</name>
    <message>
        <source>Do not use your real name: choose a nickname only you will recognise.
Choose a passphrase you will remember (a short sentence is easiest). If you forget it, nobody can open this log again: it cannot be recovered.</source>
        <translation>No use su nombre real: elija un apodo que solo usted reconozca.
Elija una frase de contraseña que vaya a recordar (una frase corta es lo más fácil). Si la olvida, nadie podrá volver a abrir este registro: no se puede recuperar.</translation>
    </message>
    <message>
        <source>Nickname for the log</source>
        <translation>Apodo del registro</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Apodo:</translation>
    </message>
    <message>
        <source>This looks like a number (an A-number?). The list of logs on this computer is not secret: a nickname is safer.</source>
        <translation>Parece un número (¿un número A?). La lista de registros de esta computadora no es secreta: un apodo es más seguro.</translation>
    </message>
    <message>
        <source>This looks like a full name. The list of logs on this computer is not secret: a nickname only you recognise is safer.</source>
        <translation>Parece un nombre completo. La lista de registros de esta computadora no es secreta: un apodo que solo usted reconozca es más seguro.</translation>
    </message>
    <message>
        <source>Type a nickname for the log.</source>
        <translation>Escriba un apodo para el registro.</translation>
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
        <translation>Nota de la clínica</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>For example: Where is the local ICE office?</source>
        <translation>Por ejemplo: ¿Dónde está la oficina de ICE local?</translation>
    </message>
    <message>
        <source>Language of the note</source>
        <translation>Idioma de la nota</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Texto de la nota</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>The note as people will see it</source>
        <translation>La nota como la verán las personas</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>Fecha en que se escribió</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Escribir</translation>
    </message>
    <message>
        <source>Today, when you save it</source>
        <translation>Hoy, cuando la guarde</translation>
    </message>
    <message>
        <source>(No title yet)</source>
        <translation>(Todavía sin título)</translation>
    </message>
    <message>
        <source>Write a title.</source>
        <translation>Escriba un título.</translation>
    </message>
    <message>
        <source>Write the text of the note.</source>
        <translation>Escriba el texto de la nota.</translation>
    </message>
    <message>
        <source>The note was not saved:
{problems}</source>
        <translation>La nota no se guardó:
{problems}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>Save the changes to this note?</source>
        <translation>¿Guardar los cambios de esta nota?</translation>
    </message>
</context>
<context>
    <name>NumberNotes</name>
    <message>
        <source>ICE&apos;s main national number: questions about your check-in, if you cannot reach your officer, or to give a new address.</source>
        <translation>El número nacional principal de ICE: preguntas sobre su cita con ICE, si no puede hablar con su oficial o para dar una dirección nueva.</translation>
    </message>
    <message>
        <source>ICE&apos;s other national number: if you are not sure when or where to check in.</source>
        <translation>El otro número nacional de ICE: si no sabe bien cuándo o dónde presentarse.</translation>
    </message>
    <message>
        <source>Immigration court hotline: find out if you have a court hearing (have your A-number ready).</source>
        <translation>Línea de la corte de inmigración: averigüe si tiene una audiencia en la corte (tenga a mano su número A).</translation>
    </message>
    <message>
        <source>In ASAP&apos;s words:</source>
        <translation>En palabras de ASAP:</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <source>Add information pack...</source>
        <translation>Agregar paquete de información...</translation>
    </message>
    <message>
        <source>Add a .chpack file of help content</source>
        <translation>Agregar un archivo .chpack con contenido de ayuda</translation>
    </message>
    <message>
        <source>Manage information packs...</source>
        <translation>Administrar paquetes de información...</translation>
    </message>
    <message>
        <source>Add information pack</source>
        <translation>Agregar paquete de información</translation>
    </message>
    <message>
        <source>Information packs (*.chpack)</source>
        <translation>Paquetes de información (*.chpack)</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Quitar el paquete</translation>
    </message>
    <message>
        <source>Remove the information pack {id} from this computer?</source>
        <translation>¿Quitar el paquete de información {id} de esta computadora?</translation>
    </message>
    <message>
        <source>Information pack</source>
        <translation>Paquete de información</translation>
    </message>
    <message>
        <source>These information packs failed their checks and are not used:
{packs}</source>
        <translation>Estos paquetes de información no pasaron las comprobaciones y no se usan:
{packs}</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>No se cambió nada: {reason}</translation>
    </message>
</context>
<context>
    <name>PackTrust</name>
    <message>
        <source>Built into this program</source>
        <translation>Incluido en este programa</translation>
    </message>
    <message>
        <source>Verified: {signer}</source>
        <translation>Verificado: {signer}</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>No verificado</translation>
    </message>
</context>
<context>
    <name>PageWriter</name>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Last checked against the source</source>
        <translation>Revisado con la fuente el</translation>
    </message>
    <message>
        <source>This is legal information, not legal advice about your case.</source>
        <translation>Esto es información legal, no asesoría legal sobre su caso.</translation>
    </message>
    <message>
        <source>Related questions</source>
        <translation>Preguntas relacionadas</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Empiece aquí</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Preguntas y respuestas</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>Más información</translation>
    </message>
    <message>
        <source>These answers are ASAP&apos;s, in English, as ASAP wrote them.</source>
        <translation>Estas respuestas son de ASAP, en inglés, tal como ASAP las escribió.</translation>
    </message>
    <message>
        <source>Information as of {as_of}, according to {publisher} (this copy taken {taken})</source>
        <translation>Información vigente en {as_of}, según {publisher} (copia tomada el {taken})</translation>
    </message>
    <message>
        <source>spring {year}</source>
        <translation>primavera de {year}</translation>
    </message>
    <message>
        <source>summer {year}</source>
        <translation>verano de {year}</translation>
    </message>
    <message>
        <source>fall {year}</source>
        <translation>otoño de {year}</translation>
    </message>
    <message>
        <source>winter {year}</source>
        <translation>invierno de {year}</translation>
    </message>
    <message>
        <source>Built into this program</source>
        <translation>Incluido en este programa</translation>
    </message>
    <message>
        <source>Verified: {signer}</source>
        <translation>Verificado: {signer}</translation>
    </message>
    <message>
        <source>Added on this computer. Not verified.</source>
        <translation>Agregado en esta computadora. No verificado.</translation>
    </message>
    <message>
        <source>Immigration rules and ICE practice change often; this information may be out of date. Ask a lawyer or a legal clinic.</source>
        <translation>Las reglas de inmigración y la forma de actuar de ICE cambian seguido; esta información puede estar desactualizada. Consulte a un abogado o a una clínica legal.</translation>
    </message>
    <message>
        <source>From {clinic}</source>
        <translation>De {clinic}</translation>
    </message>
    <message>
        <source>The clinic&apos;s own note, written on {date}. These are not ASAP&apos;s words.</source>
        <translation>Nota propia de la clínica, escrita el {date}. No son palabras de ASAP.</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>También en</translation>
    </message>
    <message>
        <source>Printed at {clinic}</source>
        <translation>Impreso en {clinic}</translation>
    </message>
    <message>
        <source>From {clinic}:</source>
        <translation>De {clinic}:</translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation>Más información en:</translation>
    </message>
    <message>
        <source>Important phone numbers</source>
        <translation>Teléfonos importantes</translation>
    </message>
    <message>
        <source>Click or press Enter on a number to copy it or to see a QR code you can scan with your phone.</source>
        <translation>Haga clic en un número (o pulse Enter) para copiarlo o para ver un código QR que puede escanear con su teléfono.</translation>
    </message>
    <message>
        <source>The help content has no phone numbers.</source>
        <translation>La ayuda no tiene números de teléfono.</translation>
    </message>
    <message>
        <source>No answer matched</source>
        <translation>Ninguna respuesta coincide con</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>¿Quiso decir:</translation>
    </message>
    <message>
        <source>Try fewer words, or other words for the same thing. You can write in your own language or in English.</source>
        <translation>Pruebe con menos palabras, o con otras palabras para lo mismo. Puede escribir en su idioma o en inglés.</translation>
    </message>
    <message>
        <source>What each number is for</source>
        <translation>Para qué sirve cada número</translation>
    </message>
    <message>
        <source>Questions that may help</source>
        <translation>Preguntas que pueden ayudar</translation>
    </message>
    <message>
        <source>See all questions</source>
        <translation>Ver todas las preguntas</translation>
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
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Strength of the passphrase</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Sugerir una frase de contraseña</translation>
    </message>
    <message>
        <source>Suggest a passphrase of four common words</source>
        <translation>Sugerir una frase de contraseña de cuatro palabras comunes</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Otra vez:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>Use at least 12 characters, or three words or more.</source>
        <translation>Use al menos 12 caracteres, o tres palabras o más.</translation>
    </message>
    <message>
        <source>Do not use the log&apos;s name in the passphrase.</source>
        <translation>No use el nombre del registro en la frase de contraseña.</translation>
    </message>
    <message>
        <source>This is a common password that is guessed first. Choose another.</source>
        <translation>Esta es una contraseña común que se adivina primero. Elija otra.</translation>
    </message>
    <message>
        <source>A short sentence of four or more words is easy to remember.</source>
        <translation>Una frase corta de cuatro palabras o más es fácil de recordar.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Muy débil</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Débil</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Buena</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Write it down and keep it safe: %1</source>
        <translation>Anótela y guárdela en un lugar seguro: %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Las dos frases de contraseña no son iguales. Escríbalas otra vez.</translation>
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
        <translation>Copiar mi número A</translation>
    </message>
    <message>
        <source>No name or A-number for the record yet.</source>
        <translation>Todavía no hay nombre ni número A para el informe.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <source>Set staff PIN</source>
        <translation>Crear el PIN del personal</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>PIN nuevo</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Repita el PIN nuevo</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>PIN actual</translation>
    </message>
    <message>
        <source>Staff settings are for the clinic&apos;s staff. Type the staff PIN.</source>
        <translation>La configuración del personal es solo para el personal de la clínica. Escriba el PIN del personal.</translation>
    </message>
    <message>
        <source>Choose a PIN of {low} to {high} digits. Type it twice.</source>
        <translation>Elija un PIN de {low} a {high} dígitos. Escríbalo dos veces.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this computer yet. Set one now: staff type it to change settings, add information packs and trust publisher keys.</source>
        <translation>Todavía no hay un PIN del personal en esta computadora. Créelo ahora: el personal lo escribe para cambiar la configuración, agregar paquetes de información y confiar en claves de editores.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Demasiados intentos equivocados. Espere %n segundo y vuelva a intentarlo.</numerusform>
            <numerusform>Demasiados intentos equivocados. Espere %n segundos y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current PIN is not right.</source>
        <translation>El PIN actual no es correcto.</translation>
    </message>
    <message>
        <source>That is not the staff PIN.</source>
        <translation>Ese no es el PIN del personal.</translation>
    </message>
    <message>
        <source>The PIN must have {low} to {high} digits.</source>
        <translation>El PIN debe tener de {low} a {high} dígitos.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Los dos PIN no son iguales. Escríbalos otra vez.</translation>
    </message>
    <message>
        <source>The PIN could not be saved on this computer.</source>
        <translation>No se pudo guardar el PIN en esta computadora.</translation>
    </message>
    <message>
        <source>The saved staff PIN was damaged. It was set aside, and a new PIN can be set now.</source>
        <translation>El PIN del personal guardado estaba dañado. Se apartó, y ahora se puede crear un PIN nuevo.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The text size could not be saved for next time.</source>
        <translation>No se pudo guardar el tamaño del texto para la próxima vez.</translation>
    </message>
    <message>
        <source>Contact log lock time</source>
        <translation>Tiempo de bloqueo del registro</translation>
    </message>
    <message>
        <source>Lock an open contact log after this many minutes without use:</source>
        <translation>Bloquear un registro abierto después de estos minutos sin uso:</translation>
    </message>
    <message>
        <source>The lock time could not be saved for next time.</source>
        <translation>No se pudo guardar el tiempo de bloqueo para la próxima vez.</translation>
    </message>
    <message>
        <source>Start over when idle</source>
        <translation>Empezar de nuevo sin uso</translation>
    </message>
    <message>
        <source>Start over after this many minutes without use (0: never):</source>
        <translation>Empezar de nuevo tras estos minutos sin uso (0: nunca):</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Saved as a PDF file.</source>
        <translation>Guardado como archivo PDF.</translation>
    </message>
    <message>
        <source>Important phone numbers</source>
        <translation>Teléfonos importantes</translation>
    </message>
    <message>
        <source>Print this answer</source>
        <translation>Imprimir esta respuesta</translation>
    </message>
    <message>
        <source>Save this answer as a PDF file</source>
        <translation>Guardar esta respuesta como archivo PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>No se pudo guardar</translation>
    </message>
    <message>
        <source>The PDF file could not be saved there. Please choose another folder, for example Documents.</source>
        <translation>No se pudo guardar el archivo PDF allí. Elija otra carpeta, por ejemplo Documentos.</translation>
    </message>
</context>
<context>
    <name>RecordBuilder</name>
    <message>
        <source>Record of attempts to contact ICE</source>
        <translation>Informe de intentos de contactar a ICE</translation>
    </message>
    <message>
        <source>This record was made on %1.</source>
        <translation>Este informe se hizo el %1.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Del %1 al %2.</translation>
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
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>A-number:</source>
        <translation>Número A:</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) recorded.</source>
        <translation>
            <numerusform>%n intento anotado.</numerusform>
            <numerusform>%n intentos anotados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Check-In Help from the entries the person recorded.</source>
        <translation>Hecho con Check-In Help a partir de lo que la persona anotó.</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Intento %1</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultado:</translation>
    </message>
    <message>
        <source>Appointment given:</source>
        <translation>Cita dada:</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Oficina:</translation>
    </message>
    <message>
        <source>Person spoken to:</source>
        <translation>Persona con quien habló:</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Archivos adjuntos:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Attempt %1, %2: %3</source>
        <translation>Intento %1, %2: %3</translation>
    </message>
    <message>
        <source>PDF document, kept in the log (print it separately).</source>
        <translation>Documento PDF, guardado en el registro (imprímalo aparte).</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Choose a question with the arrow keys and press Enter to read the answer.</source>
        <translation>Elija una pregunta con las flechas y pulse Enter para leer la respuesta.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Type your question or a few words, for example: cannot go to my check-in</source>
        <translation>Escriba su pregunta o unas palabras, por ejemplo: no puedo ir a mi cita</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Type a question or words in your own language or in English. Results appear below as you type. Press Enter to open the first one, the Down arrow to choose, Esc to clear.</source>
        <translation>Escriba una pregunta o palabras en su idioma o en inglés. Los resultados aparecen abajo mientras escribe. Pulse Enter para abrir el primero, la flecha hacia abajo para elegir y Esc para borrar.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Clear the search (Esc)</source>
        <translation>Borrar la búsqueda (Esc)</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Did you mean</source>
        <translation>Quiso decir</translation>
    </message>
    <message>
        <source>Search for this spelling instead</source>
        <translation>Buscar con esta ortografía</translation>
    </message>
    <message>
        <source>Number of answers found</source>
        <translation>Cantidad de respuestas encontradas</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>¿Quiso decir «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>%n answers found</source>
        <translation>
            <numerusform>%n respuesta encontrada</numerusform>
            <numerusform>%n respuestas encontradas</numerusform>
        </translation>
    </message>
    <message>
        <source>No exact match. Closest questions:</source>
        <translation>Ninguna coincidencia exacta. Preguntas parecidas:</translation>
    </message>
    <message>
        <source>No exact match</source>
        <translation>Ninguna coincidencia exacta</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>The staff settings could not be saved for next time.</source>
        <translation>No se pudo guardar la configuración del personal para la próxima vez.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Registro de contactos</translation>
    </message>
    <message>
        <source>The contact log is turned off on this computer. Ask the staff if you need it.</source>
        <translation>El registro de contactos está desactivado en esta computadora. Pregunte al personal si lo necesita.</translation>
    </message>
</context>
<context>
    <name>StaffSettingsDialog</name>
    <message>
        <source>Staff settings</source>
        <translation>Configuración del personal</translation>
    </message>
    <message>
        <source>For example: Harbor City Legal Aid</source>
        <translation>Por ejemplo: Harbor City Legal Aid</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>El idioma de la computadora</translation>
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
        <translation>Ofrecer el registro de contactos en esta computadora</translation>
    </message>
    <message>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <source>Information packs...</source>
        <translation>Paquetes de información...</translation>
    </message>
    <message>
        <source>Add information pack...</source>
        <translation>Agregar paquete de información...</translation>
    </message>
    <message>
        <source>Trusted publisher keys...</source>
        <translation>Claves de editores de confianza...</translation>
    </message>
    <message>
        <source>Clinic notes...</source>
        <translation>Notas de la clínica...</translation>
    </message>
    <message>
        <source>Change PIN...</source>
        <translation>Cambiar el PIN...</translation>
    </message>
    <message>
        <source>Saves these settings first</source>
        <translation>Primero guarda esta configuración</translation>
    </message>
    <message>
        <source>Clinic&apos;s name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Idioma predeterminado</translation>
    </message>
    <message>
        <source>Start over after</source>
        <translation>Empezar de nuevo después de</translation>
    </message>
    <message>
        <source>Lock the contact log after</source>
        <translation>Bloquear el registro de contactos después de</translation>
    </message>
    <message>
        <source>Warn that information may be out of date after</source>
        <translation>Avisar que la información puede estar desactualizada después de</translation>
    </message>
    <message>
        <source>The clinic&apos;s name is shown on the start page and on printed answers. Start over returns to the default language.</source>
        <translation>El nombre de la clínica aparece en la página de inicio y en las respuestas impresas. Empezar de nuevo vuelve al idioma predeterminado.</translation>
    </message>
    <message>
        <source>Staff tools</source>
        <translation>Herramientas del personal</translation>
    </message>
    <message>
        <source>The staff PIN was changed.</source>
        <translation>Se cambió el PIN del personal.</translation>
    </message>
</context>
<context>
    <name>StillThereNotice</name>
    <message>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue usted ahí?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Sí, sigo aquí</translation>
    </message>
    <message numerus="yes">
        <source>To keep the last person&apos;s search private, this app starts over in %n seconds.</source>
        <translation>
            <numerusform>Para que la última búsqueda quede privada, la aplicación empezará de nuevo en %n segundo.</numerusform>
            <numerusform>Para que la última búsqueda quede privada, la aplicación empezará de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <source>Trusted publisher keys</source>
        <translation>Claves de editores de confianza</translation>
    </message>
    <message>
        <source>Packs signed with one of these keys show as verified. Add a key only when you know it comes from the publisher (for example, handed over in person).</source>
        <translation>Los paquetes firmados con una de estas claves aparecen como verificados. Agregue una clave solo si sabe que viene del editor (por ejemplo, entregada en persona).</translation>
    </message>
    <message>
        <source>Add key...</source>
        <translation>Agregar clave...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>added on this computer</source>
        <translation>agregada en esta computadora</translation>
    </message>
    <message>
        <source>part of the program or of this computer&apos;s setup</source>
        <translation>parte del programa o de la instalación de esta computadora</translation>
    </message>
    <message>
        <source>{name} (key {key_id}; {where})</source>
        <translation>{name} (clave {key_id}; {where})</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Agregar clave</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Claves públicas (*.pub)</translation>
    </message>
    <message>
        <source>Publisher&apos;s name</source>
        <translation>Nombre del editor</translation>
    </message>
    <message>
        <source>The publisher&apos;s name, shown on its answers as &quot;Verified: name&quot;:</source>
        <translation>El nombre del editor, que aparece en sus respuestas como &quot;Verificado: nombre&quot;:</translation>
    </message>
    <message>
        <source>The name may hold letters, digits, spaces and . _ ( ) -</source>
        <translation>El nombre puede tener letras, números, espacios y . _ ( ) -</translation>
    </message>
    <message>
        <source>That file is not a publisher&apos;s public key (.pub).</source>
        <translation>Ese archivo no es la clave pública de un editor (.pub).</translation>
    </message>
    <message>
        <source>The key could not be saved on this computer.</source>
        <translation>No se pudo guardar la clave en esta computadora.</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Quitar clave</translation>
    </message>
    <message>
        <source>Stop trusting the key of {name}? Its packs will show as not verified.</source>
        <translation>¿Dejar de confiar en la clave de {name}? Sus paquetes aparecerán como no verificados.</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>No se pudo quitar la clave.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Your contact log keeps a private record of every time you try to reach ICE. Choose your log and type your passphrase.</source>
        <translation>Su registro de contactos guarda en privado cada vez que intenta comunicarse con ICE. Elija su registro y escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>Logs on this computer</source>
        <translation>Registros en esta computadora</translation>
    </message>
    <message>
        <source>There is no log on this computer yet. Start a new one.</source>
        <translation>Todavía no hay ningún registro en esta computadora. Empiece uno nuevo.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Open my log</source>
        <translation>&amp;Abrir mi registro</translation>
    </message>
    <message>
        <source>Open the chosen log</source>
        <translation>Abrir el registro elegido</translation>
    </message>
    <message>
        <source>Start a &amp;new log...</source>
        <translation>Empezar un registro &amp;nuevo...</translation>
    </message>
    <message>
        <source>Start a new contact log</source>
        <translation>Empezar un registro de contactos nuevo</translation>
    </message>
    <message>
        <source>Open a &amp;backup file...</source>
        <translation>Abrir una &amp;copia de seguridad...</translation>
    </message>
    <message>
        <source>Make a log from a backup file</source>
        <translation>Hacer un registro a partir de una copia de seguridad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Logs on this computer:</source>
        <translation>Registros en esta computadora:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>First choose your log in the list.</source>
        <translation>Primero elija su registro en la lista.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to Check-In Help</source>
        <translation>Le damos la bienvenida a Check-In Help</translation>
    </message>
    <message>
        <source>This app answers common questions about check-ins with ICE and ISAP. The answers come from the Asylum Seeker Advocacy Project (ASAP).</source>
        <translation>Esta aplicación responde preguntas frecuentes sobre las citas con ICE e ISAP. Las respuestas son del Asylum Seeker Advocacy Project (ASAP).</translation>
    </message>
    <message>
        <source>It works without the internet. What you type is not sent anywhere.</source>
        <translation>Funciona sin internet. Lo que usted escribe no se envía a ningún lado.</translation>
    </message>
    <message>
        <source>It gives legal information, not legal advice about your case.</source>
        <translation>Da información legal, no asesoría legal sobre su caso.</translation>
    </message>
    <message>
        <source>To learn how to use it, open the menu %1 &gt; %2.</source>
        <translation>Para aprender a usarla, abra el menú %1 &gt; %2.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
</context>
</TS>
