"""Spanish words of the app's own windows (the help content itself stays as ASAP wrote it).

Keys are the English texts exactly as written in `self.tr(...)`; a test checks that every text
of the main window has a translation here. Plain, friendly Spanish ("usted"), short sentences.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # Answer pane and pages
    "Answer": "Respuesta",
    "The text of the chosen answer. Press Tab to move between its links.": (
        "El texto de la respuesta elegida. Pulse Tab para pasar de un enlace a otro."
    ),
    "Source": "Fuente",
    "Last checked against the source": "Revisado con la fuente el",
    "This is legal information, not legal advice about your case.": (
        "Esto es información legal, no asesoría legal sobre su caso."
    ),
    "Related questions": "Preguntas relacionadas",
    # Information packs: dates, trust and the out-of-date warning on every answer
    "Information as of %1, according to %2 (this copy taken %3)": (
        "Información vigente en %1, según %2 (copia tomada el %3)"
    ),
    "Verified: %1": "Verificado: %1",
    "Not verified": "No verificado",
    "Also in": "También en",
    "Add information pack...": "Agregar paquete de información...",
    "Add a .chpack file of help content": "Agregar un archivo .chpack con contenido de ayuda",
    "Manage information packs...": "Administrar paquetes de información...",
    "Add information pack": "Agregar paquete de información",
    "Information packs (*.chpack)": "Paquetes de información (*.chpack)",
    "I am staff, and I trust where this pack came from. Add it although it is not verified.": (
        "Soy del personal y confío en el origen de este paquete. Agregarlo aunque no esté "
        "verificado."
    ),
    "Add pack": "Agregar paquete",
    "the built-in pack": "el paquete incluido",
    "version {version} of this pack": "la versión {version} de este paquete",
    "nothing (a new pack)": "nada (un paquete nuevo)",
    "Title": "Título",
    "Publisher": "Editor",
    "Language": "Idioma",
    "Version": "Versión",
    "Information as of": "Información vigente en",
    "Copy taken": "Copia tomada el",
    "Articles": "Artículos",
    "Replaces": "Reemplaza",
    "New articles": "Artículos nuevos",
    "Changed articles": "Artículos cambiados",
    "Verified": "Verificado",
    "Manage information packs": "Administrar paquetes de información",
    "Information packs": "Paquetes de información",
    "Turn off": "Desactivar",
    "Turn on": "Activar",
    "Remove": "Quitar",
    "in use": "en uso",
    "turned off": "desactivado",
    "not in use (replaced)": "sin usar (reemplazado)",
    "{title} ({publisher}, {language}, version {version})\nInformation as of {as_of}; {articles} articles; {trust}; {state}": (
        "{title} ({publisher}, {language}, versión {version})\n"
        "Información vigente en {as_of}; {articles} artículos; {trust}; {state}"
    ),
    "Remove pack": "Quitar paquete",
    "Remove the information pack {id} from this computer?": (
        "¿Quitar el paquete de información {id} de esta computadora?"
    ),
    "Information pack": "Paquete de información",
    "Nothing was changed: {reason}": "No se cambió nada: {reason}",
    "These information packs failed their checks and are not used:\n{packs}": (
        "Estos paquetes de información no pasaron las comprobaciones y no se usan:\n{packs}"
    ),
    "Built into this program": "Incluido en este programa",
    "Added on this computer. Not verified.": "Agregado en esta computadora. No verificado.",
    "Immigration rules and ICE practice change often; this information may be out of date. Ask a lawyer or a legal clinic.": (
        "Las reglas de inmigración y la práctica de ICE cambian a menudo; esta información "
        "puede estar desactualizada. Consulte a un abogado o a una clínica legal."
    ),
    "Start here": "Empiece aquí",
    "Questions and answers": "Preguntas y respuestas",
    "More information": "Más información",
    "Important phone numbers": "Teléfonos importantes",
    "Click or press Enter on a number to copy it or to see a QR code you can scan with your phone.": (
        "Haga clic en un número (o pulse Enter) para copiarlo o para ver un código QR "
        "que puede escanear con su teléfono."
    ),
    "Read more:": "Más información en:",
    "The help content has no phone numbers.": "La ayuda no tiene números de teléfono.",
    "No answer matched": "Ninguna respuesta coincide con",
    "Did you mean:": "¿Quiso decir:",
    "Try fewer words, or other words for the same thing. You can write in English or in Spanish.": (
        "Pruebe con menos palabras, o con otras palabras para lo mismo. "
        "Puede escribir en inglés o en español."
    ),
    "What each number is for": "Para qué sirve cada número",
    "Questions that may help": "Preguntas que pueden ayudar",
    "See all questions": "Ver todas las preguntas",
    # Search and results
    "Search": "Buscar",
    "Type your question or a few words, for example: cannot go to my check-in": (
        "Escriba su pregunta o unas palabras, por ejemplo: no puedo ir a mi cita"
    ),
    "Type a question or words in English or Spanish. Results appear below as you type. "
    "Press Enter to open the first one, the Down arrow to choose, Esc to clear.": (
        "Escriba una pregunta o palabras en español o en inglés. Los resultados aparecen "
        "abajo mientras escribe. Pulse Enter para abrir el primero, la flecha hacia abajo "
        "para elegir y Esc para borrar."
    ),
    "Clear the search": "Borrar la búsqueda",
    "Clear the search (Esc)": "Borrar la búsqueda (Esc)",
    "Questions": "Preguntas",
    "Choose a question with the arrow keys and press Enter to read the answer.": (
        "Elija una pregunta con las flechas y pulse Enter para leer la respuesta."
    ),
    "Did you mean": "Quiso decir",
    "Did you mean “%1”?": "¿Quiso decir «%1»?",
    "Search for this spelling instead": "Buscar con esta ortografía",
    "Number of answers found": "Cantidad de respuestas encontradas",
    "1 answer found": "1 respuesta encontrada",
    "%1 answers found": "%1 respuestas encontradas",
    "No exact match": "Ninguna coincidencia exacta",
    "No exact match. Closest questions:": "Ninguna coincidencia exacta. Preguntas parecidas:",
    # Find in page
    "Find in this answer:": "Buscar en esta respuesta:",
    "Find in this answer": "Buscar en esta respuesta",
    "Type a word to find it in the answer. Enter finds the next one.": (
        "Escriba una palabra para encontrarla en la respuesta. Enter busca la siguiente."
    ),
    "Previous": "Anterior",
    "Find previous": "Buscar la anterior",
    "Next": "Siguiente",
    "Find next": "Buscar la siguiente",
    "Close": "Cerrar",
    "Close find": "Cerrar la búsqueda en la respuesta",
    "Find result": "Resultado de la búsqueda",
    "Not found": "No se encontró",
    # Link dialog
    "Phone number": "Número de teléfono",
    "Web address": "Dirección web",
    "Call this number from a phone:": "Llame a este número desde un teléfono:",
    "This app does not open the internet. Open this address on a phone:": (
        "Esta aplicación no abre internet. Abra esta dirección en un teléfono:"
    ),
    "Phone number: %1": "Número de teléfono: %1",
    "Web address: %1": "Dirección web: %1",
    "What it is for": "Para qué sirve",
    "QR code": "Código QR",
    "Scan this code with your phone's camera to get the number on your phone.": (
        "Escanee este código con la cámara de su teléfono para tener el número en su teléfono."
    ),
    "Scan this code with your phone's camera to open the address on your phone.": (
        "Escanee este código con la cámara de su teléfono para abrir la dirección en su teléfono."
    ),
    "Scan this code with your phone's camera.": "Escanee este código con la cámara de su teléfono.",
    "Your phone will offer to call the number.": "Su teléfono le ofrecerá llamar al número.",
    "Your phone will offer to open the address.": "Su teléfono le ofrecerá abrir la dirección.",
    "Copy number": "Copiar el número",
    "Copy address": "Copiar la dirección",
    "Copies it so you can paste it somewhere else.": "Lo copia para que pueda pegarlo en otro lugar.",
    "Copy status": "Estado de la copia",
    "Copied.": "Copiado.",
    # Contact log, printing, messages
    "Record a call in my contact log": "Anotar una llamada en mi registro de contactos",
    "Write down in your private contact log that you called or emailed ICE": (
        "Anotar en su registro privado que llamó o escribió a ICE"
    ),
    "Contact log": "Registro de contactos",
    "The contact log is not available in this copy of Check-In Help.": (
        "El registro de contactos no está disponible en esta copia de Check-In Help."
    ),
    "Print this answer": "Imprimir esta respuesta",
    "Sent to the printer.": "Enviado a la impresora.",
    "Save this answer as a PDF file": "Guardar esta respuesta como archivo PDF",
    "PDF files (*.pdf)": "Archivos PDF (*.pdf)",
    "Saved as a PDF file.": "Guardado como archivo PDF.",
    "Could not save": "No se pudo guardar",
    "The PDF file could not be saved there. Please choose another folder, for example Documents.": (
        "No se pudo guardar el archivo PDF allí. Elija otra carpeta, por ejemplo Documentos."
    ),
    "The text size could not be saved for next time.": (
        "No se pudo guardar el tamaño del texto para la próxima vez."
    ),
    "Something went wrong": "Algo salió mal",
    "Something went wrong in Check-In Help. Nothing you saved was lost. You can keep using the "
    "app; if this happens again, close it and start it again.": (
        "Algo salió mal en Check-In Help. No se perdió nada de lo que guardó. Puede seguir "
        "usando la aplicación; si vuelve a pasar, ciérrela y ábrala de nuevo."
    ),
    "Check-In Help cannot start": "Check-In Help no puede iniciar",
    "The help texts of this app could not be read. The app may be damaged. Please ask the "
    "person who installed it to install it again.": (
        "No se pudieron leer los textos de ayuda de esta aplicación. Puede estar dañada. "
        "Pida a la persona que la instaló que la vuelva a instalar."
    ),
    "Search is limited": "La búsqueda es limitada",
    "The search could not be prepared on this computer. You can still read every question "
    "from the list, and a simpler search still works.\n\nIf this happens again, please ask "
    "the person who installed the app to reinstall it.": (
        "No se pudo preparar la búsqueda en esta computadora. Todavía puede leer todas las "
        "preguntas de la lista, y una búsqueda más sencilla sigue funcionando.\n\nSi vuelve a "
        "pasar, pida a la persona que instaló la aplicación que la vuelva a instalar."
    ),
    "Check-In Help": "Check-In Help",
    "Preparing the search. This happens only once...": (
        "Preparando la búsqueda. Esto pasa una sola vez..."
    ),
    "Preparing the search": "Preparando la búsqueda",
    # Menus, toolbar and actions
    "&Back": "&Atrás",
    "Go back to the page you read before": "Volver a la página que leyó antes",
    "&Forward": "A&delante",
    "Go forward again": "Ir hacia adelante otra vez",
    "&All questions": "&Todas las preguntas",
    "Clear the search and show every question": "Borrar la búsqueda y mostrar todas las preguntas",
    "&Search": "&Buscar",
    "Go to the search box": "Ir a la casilla de búsqueda",
    "Important &numbers": "&Teléfonos",
    "Show the important phone numbers": "Mostrar los teléfonos importantes",
    "Contact log &lock time...": "Tiempo de &bloqueo del registro...",
    "Choose after how many idle minutes an open contact log locks itself": (
        "Elija después de cuántos minutos sin uso se bloquea un registro abierto"
    ),
    "Contact log lock time": "Tiempo de bloqueo del registro",
    "Lock an open contact log after this many minutes without use:": (
        "Bloquear un registro abierto después de estos minutos sin uso:"
    ),
    "The lock time could not be saved for next time.": (
        "No se pudo guardar el tiempo de bloqueo para la próxima vez."
    ),
    "My &contact log": "Mi &registro",
    "Open your private record of calls and emails to ICE": (
        "Abrir su registro privado de llamadas y correos a ICE"
    ),
    "&Find in answer...": "Buscar en la &respuesta...",
    "Find a word in the answer": "Buscar una palabra en la respuesta",
    "Find &next": "Buscar la &siguiente",
    "Find the next place of the word": "Buscar el siguiente lugar de la palabra",
    "&Larger text": "A&grandar letra",
    "Make the answer text larger": "Agrandar la letra de la respuesta",
    "S&maller text": "A&chicar letra",
    "Make the answer text smaller": "Achicar la letra de la respuesta",
    "&Normal text size": "Tamaño de letra &normal",
    "Show the answer text at its normal size": "Mostrar la respuesta con la letra normal",
    "&Print...": "&Imprimir...",
    "Save as P&DF...": "Guardar como P&DF...",
    "&Quit": "&Salir",
    "Close Check-In Help": "Cerrar Check-In Help",
    "&About Check-In Help": "&Acerca de Check-In Help",
    "Who made this app and its content": "Quién hizo esta aplicación y su contenido",
    "&File": "&Archivo",
    "&View": "&Ver",
    "&Go": "&Ir",
    "&Tools": "&Herramientas",
    "&Help": "A&yuda",
    "Main toolbar": "Barra de herramientas principal",
    "&Language": "&Idioma",
    "Choose the language of the app's buttons and menus": (
        "Elegir el idioma de los botones y menús de la aplicación"
    ),
    # About box (desktop/ui/about_dialog.py; added by the packaging engineer)
    "About Check-In Help": "Acerca de Check-In Help",
    "Check-In Help icon": "Icono de Check-In Help",
    "Application name and version": "Nombre y versión de la aplicación",
    "Source of the answers": "Fuente de las respuestas",
    "This app gives general information, not legal advice. For advice about your own case, talk to an immigration lawyer or an accredited representative.": (
        "Esta aplicación da información general, no asesoría legal. Para recibir consejo sobre "
        "su propio caso, hable con un abogado de inmigración o un representante acreditado."
    ),
    "Not legal advice": "No es asesoría legal",
    "Third-party software and licences:": "Software de terceros y licencias:",
    "Third-party components": "Componentes de terceros",
    "Licence text": "Texto de la licencia",
    "<b>Check-In Help</b><br>Version {version}": "<b>Check-In Help</b><br>Versión {version}",
    "Answers from {source}, reviewed {date}.": "Respuestas de {source}, revisadas el {date}.",
    "Answers from {source}.": "Respuestas de {source}.",
    "The licence notice for {name} is missing from this installation. Its licence is {licence}.": (
        "Falta en esta instalación el aviso de licencia de {name}. Su licencia es {licence}."
    ),
    # Start over (a shared PC, issue 14)
    "S&tart over": "&Empezar de nuevo",
    "Clear everything for the next person: search, pages read, text size and language": (
        "Borrar todo para la próxima persona: búsqueda, páginas leídas, tamaño del texto e idioma"
    ),
    "Start over &when idle...": "Empezar de nuevo &sin uso...",
    "Choose after how many idle minutes the app starts over for the next person": (
        "Elegir tras cuántos minutos sin uso la aplicación empieza de nuevo para la próxima persona"
    ),
    "Start over when idle": "Empezar de nuevo sin uso",
    "Start over after this many minutes without use (0: never):": (
        "Empezar de nuevo tras estos minutos sin uso (0: nunca):"
    ),
    "More buttons": "Más botones",
    "Text and language": "Texto e idioma",
    "Still there?": "¿Sigue ahí?",
    "Are you still there?": "¿Sigue usted ahí?",
    "Yes, I am still here": "Sí, sigo aquí",
    "To keep the last person's search private, this app starts over in %n seconds.": (
        "Para que la última búsqueda quede privada, la aplicación empezará de nuevo en %n segundos."
    ),
}
