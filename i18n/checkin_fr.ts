<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name></name>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>Go back to the page you read before</source>
        <translation>Revenir à la page lue avant</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Go forward again</source>
        <translation>Avancer de nouveau</translation>
    </message>
    <message>
        <source>&amp;All questions</source>
        <translation>&amp;Toutes les questions</translation>
    </message>
    <message>
        <source>Clear the search and show every question</source>
        <translation>Effacer la recherche et montrer toutes les questions</translation>
    </message>
    <message>
        <source>S&amp;tart over</source>
        <translation>Reco&amp;mmencer</translation>
    </message>
    <message>
        <source>Clear everything for the next person: search, pages read, text size and language</source>
        <translation>Tout effacer pour la personne suivante : recherche, pages lues, taille du texte et langue</translation>
    </message>
    <message>
        <source>Start over &amp;when idle...</source>
        <translation>Recommencer &amp;après inactivité...</translation>
    </message>
    <message>
        <source>Choose after how many idle minutes the app starts over for the next person</source>
        <translation>Choisir après combien de minutes sans utilisation l&apos;application recommence pour la personne suivante</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Go to the search box</source>
        <translation>Aller à la zone de recherche</translation>
    </message>
    <message>
        <source>Important &amp;numbers</source>
        <translation>&amp;Numéros importants</translation>
    </message>
    <message>
        <source>Show the important phone numbers</source>
        <translation>Montrer les numéros de téléphone importants</translation>
    </message>
    <message>
        <source>My &amp;contact log</source>
        <translation>Mon &amp;journal des contacts</translation>
    </message>
    <message>
        <source>Open your private record of calls and emails to ICE</source>
        <translation>Ouvrir votre journal privé des appels et e-mails à ICE</translation>
    </message>
    <message>
        <source>Contact log &amp;lock time...</source>
        <translation>Délai de &amp;verrouillage du journal...</translation>
    </message>
    <message>
        <source>Choose after how many idle minutes an open contact log locks itself</source>
        <translation>Choisir après combien de minutes sans utilisation un journal ouvert se verrouille</translation>
    </message>
    <message>
        <source>Staff &amp;settings...</source>
        <translation>&amp;Réglages du personnel...</translation>
    </message>
    <message>
        <source>For the clinic&apos;s staff: the clinic&apos;s name, defaults, packs and keys (needs the staff PIN)</source>
        <translation>Pour le personnel de la clinique : le nom de la clinique, les réglages par défaut, les packs et les clés (code PIN du personnel requis)</translation>
    </message>
    <message>
        <source>&amp;Find in answer...</source>
        <translation>Chercher dans la &amp;réponse...</translation>
    </message>
    <message>
        <source>Find a word in the answer</source>
        <translation>Chercher un mot dans la réponse</translation>
    </message>
    <message>
        <source>Find &amp;next</source>
        <translation>Occurrence &amp;suivante</translation>
    </message>
    <message>
        <source>Find the next place of the word</source>
        <translation>Chercher le prochain endroit où se trouve le mot</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Plus &amp;grand</translation>
    </message>
    <message>
        <source>Make the answer text larger</source>
        <translation>Agrandir le texte de la réponse</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Plus &amp;petit</translation>
    </message>
    <message>
        <source>Make the answer text smaller</source>
        <translation>Réduire le texte de la réponse</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>Show the answer text at its normal size</source>
        <translation>Montrer la réponse en taille normale</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Imprimer...</translation>
    </message>
    <message>
        <source>Print this answer</source>
        <translation>Imprimer cette réponse</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Enregistrer en P&amp;DF...</translation>
    </message>
    <message>
        <source>Save this answer as a PDF file</source>
        <translation>Enregistrer cette réponse dans un fichier PDF</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close Check-In Help</source>
        <translation>Fermer Check-In Help</translation>
    </message>
    <message>
        <source>&amp;About Check-In Help</source>
        <translation>À &amp;propos de Check-In Help</translation>
    </message>
    <message>
        <source>Who made this app and its content</source>
        <translation>Qui a fait cette application et son contenu</translation>
    </message>
    <message>
        <source>Read how to use this app, with pictures</source>
        <translation>Lire comment utiliser l&apos;application, avec des images</translation>
    </message>
    <message>
        <source>&amp;Keyboard keys</source>
        <translation>&amp;Touches du clavier</translation>
    </message>
    <message>
        <source>See every keyboard key of the app</source>
        <translation>Voir toutes les touches du clavier de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Alle&amp;r</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Choose the language of the app&apos;s buttons and menus</source>
        <translation>Choisir la langue des boutons et des menus de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;How to use this app</source>
        <translation>&amp;Comment utiliser l&apos;application</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Numbers and contact log</source>
        <translation>Numéros et journal des contacts</translation>
    </message>
    <message>
        <source>Text and language</source>
        <translation>Texte et langue</translation>
    </message>
    <message>
        <source>More buttons</source>
        <translation>Plus de boutons</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Check-In Help</source>
        <translation>À propos de Check-In Help</translation>
    </message>
    <message>
        <source>Check-In Help icon</source>
        <translation>Icône de Check-In Help</translation>
    </message>
    <message>
        <source>Application name and version</source>
        <translation>Nom et version de l&apos;application</translation>
    </message>
    <message>
        <source>Source of the answers</source>
        <translation>Source des réponses</translation>
    </message>
    <message>
        <source>This app gives general information, not legal advice. For advice about your own case, talk to an immigration lawyer or an accredited representative.</source>
        <translation>Cette application donne des informations générales, pas un conseil juridique. Pour un conseil sur votre propre cas, parlez à un avocat en immigration ou à un représentant accrédité.</translation>
    </message>
    <message>
        <source>Not legal advice</source>
        <translation>Pas un conseil juridique</translation>
    </message>
    <message>
        <source>Third-party software and licences:</source>
        <translation>Logiciels de tiers et licences :</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Composants de tiers</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Check-In Help&lt;/b&gt;&lt;br&gt;Version {version}</source>
        <translation>&lt;b&gt;Check-In Help&lt;/b&gt;&lt;br&gt;Version {version}</translation>
    </message>
    <message>
        <source>Answers from {source}, reviewed {date}.</source>
        <translation>Réponses de {source}, revues le {date}.</translation>
    </message>
    <message>
        <source>Answers from {source}.</source>
        <translation>Réponses de {source}.</translation>
    </message>
    <message>
        <source>The licence notice for {name} is missing from this installation. Its licence is {licence}.</source>
        <translation>L&apos;avis de licence de {name} manque dans cette installation. Sa licence est {licence}.</translation>
    </message>
</context>
<context>
    <name>AddPackDialog</name>
    <message>
        <source>Add information pack</source>
        <translation>Ajouter un pack d&apos;informations</translation>
    </message>
    <message>
        <source>I am staff, and I trust where this pack came from. Add it although it is not verified.</source>
        <translation>Je fais partie de l&apos;équipe et j&apos;ai confiance dans l&apos;origine de ce pack. L&apos;ajouter même s&apos;il n&apos;est pas vérifié.</translation>
    </message>
    <message>
        <source>Add pack</source>
        <translation>Ajouter le pack</translation>
    </message>
    <message>
        <source>the built-in pack</source>
        <translation>le pack intégré</translation>
    </message>
    <message>
        <source>version {version} of this pack</source>
        <translation>la version {version} de ce pack</translation>
    </message>
    <message>
        <source>nothing (a new pack)</source>
        <translation>rien (un nouveau pack)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Information as of</source>
        <translation>Information à jour au</translation>
    </message>
    <message>
        <source>Copy taken</source>
        <translation>Copie faite le</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <source>New articles</source>
        <translation>Nouveaux articles</translation>
    </message>
    <message>
        <source>Changed articles</source>
        <translation>Articles modifiés</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
</context>
<context>
    <name>AnswerView</name>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>The text of the chosen answer. Press Tab to move between its links.</source>
        <translation>Le texte de la réponse choisie. Appuyez sur Tab pour passer d&apos;un lien à l&apos;autre.</translation>
    </message>
</context>
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attach a file...</source>
        <translation>Joindre un fichier...</translation>
    </message>
    <message>
        <source>Attach a screenshot, photo or PDF file</source>
        <translation>Joindre une capture d&apos;écran, une photo ou un fichier PDF</translation>
    </message>
    <message>
        <source>Paste picture</source>
        <translation>Coller l&apos;image</translation>
    </message>
    <message>
        <source>Paste a screenshot from the clipboard</source>
        <translation>Coller une capture d&apos;écran copiée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected attachment</source>
        <translation>Retirer la pièce jointe choisie</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Voir</translation>
    </message>
    <message>
        <source>View the selected picture</source>
        <translation>Voir l&apos;image choisie</translation>
    </message>
    <message>
        <source>Save a copy...</source>
        <translation>Enregistrer une copie...</translation>
    </message>
    <message>
        <source>Save a copy of the selected attachment</source>
        <translation>Enregistrer une copie de la pièce jointe choisie</translation>
    </message>
    <message>
        <source>screenshot</source>
        <translation>capture</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Pictures and PDF files</source>
        <translation>Images et fichiers PDF</translation>
    </message>
    <message>
        <source>This file could not be read.</source>
        <translation>Ce fichier n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <source>There is no picture on the clipboard. Take a screenshot first.</source>
        <translation>Aucune image n&apos;a été copiée. Faites d&apos;abord une capture d&apos;écran.</translation>
    </message>
</context>
<context>
    <name>AttachmentViewer</name>
    <message>
        <source>Attached picture: %1</source>
        <translation>Image jointe : %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Save a copy of the attachment</source>
        <translation>Enregistrer une copie de la pièce jointe</translation>
    </message>
</context>
<context>
    <name>ClinicNotes</name>
    <message>
        <source>Clinic notes</source>
        <translation>Notes de la clinique</translation>
    </message>
    <message>
        <source>First write the clinic&apos;s name in the staff settings: every note is shown with “From” and that name.</source>
        <translation>Écrivez d&apos;abord le nom de la clinique dans les réglages du personnel : chaque note s&apos;affiche avec « De » et ce nom.</translation>
    </message>
</context>
<context>
    <name>ClinicNotesDialog</name>
    <message>
        <source>Clinic notes</source>
        <translation>Notes de la clinique</translation>
    </message>
    <message>
        <source>The clinic&apos;s own notes. They are shown beside ASAP&apos;s answers with the line “From {clinic}”, and can be found by searching.</source>
        <translation>Les notes de la clinique elle-même. Elles s&apos;affichent à côté des réponses d&apos;ASAP avec la ligne « De {clinic} » et on peut les trouver en recherchant.</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Translate...</source>
        <translation>Traduire...</translation>
    </message>
    <message>
        <source>Write the selected note in another language; the two will link to each other</source>
        <translation>Écrire la note sélectionnée dans une autre langue ; les deux seront liées entre elles</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <source>Save the notes as pack files to copy to the clinic&apos;s other computers</source>
        <translation>Enregistrer les notes comme fichiers de pack à copier sur les autres ordinateurs de la clinique</translation>
    </message>
    <message>
        <source>Import...</source>
        <translation>Importer...</translation>
    </message>
    <message>
        <source>Add notes exported on another of the clinic&apos;s computers</source>
        <translation>Ajouter des notes exportées sur un autre ordinateur de la clinique</translation>
    </message>
    <message>
        <source>{title}
{language}, written on {date}</source>
        <translation>{title}
{language}, écrite le {date}</translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation>Supprimer la note</translation>
    </message>
    <message>
        <source>Delete the note “{title}” from this computer?</source>
        <translation>Supprimer la note « {title} » de cet ordinateur ?</translation>
    </message>
    <message>
        <source>Export clinic notes to a folder</source>
        <translation>Exporter les notes de la clinique dans un dossier</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n file(s) in {folder}:
{files}

On the clinic&apos;s other computers, add them with Clinic notes &gt; Import.</source>
        <translation>
            <numerusform>%n fichier enregistré dans {folder} :
{files}

Sur les autres ordinateurs de la clinique, ajoutez-le avec Notes de la clinique &gt; Importer.</numerusform>
            <numerusform>%n fichiers enregistrés dans {folder} :
{files}

Sur les autres ordinateurs de la clinique, ajoutez-les avec Notes de la clinique &gt; Importer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import clinic notes</source>
        <translation>Importer des notes de la clinique</translation>
    </message>
    <message>
        <source>Information packs (*.chpack)</source>
        <translation>Packs d&apos;informations (*.chpack)</translation>
    </message>
    <message>
        <source>Nothing was changed:
{reason}</source>
        <translation>Rien n&apos;a été modifié :
{reason}</translation>
    </message>
</context>
<context>
    <name>ContactLogWindow</name>
    <message>
        <source>My contact log</source>
        <translation>Mon journal des contacts</translation>
    </message>
    <message>
        <source>I called ICE just now</source>
        <translation>Je viens d&apos;appeler ICE</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) recorded.</source>
        <translation>
            <numerusform>%n tentative notée.</numerusform>
            <numerusform>%n tentatives notées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last one: %1</source>
        <translation>La dernière : %1</translation>
    </message>
    <message>
        <source>Type your passphrase to record the attempt.</source>
        <translation>Tapez votre phrase secrète pour noter la tentative.</translation>
    </message>
    <message>
        <source>To record the attempt, first start a new log.</source>
        <translation>Pour noter la tentative, commencez d&apos;abord un nouveau journal.</translation>
    </message>
    <message>
        <source>Add an attempt</source>
        <translation>Ajouter une tentative</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>My details for the record...</source>
        <translation>Mes informations pour le relevé...</translation>
    </message>
    <message>
        <source>Log: %1</source>
        <translation>Journal : %1</translation>
    </message>
    <message>
        <source>No attempts recorded yet.</source>
        <translation>Aucune tentative notée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Delete this attempt</source>
        <translation>Supprimer cette tentative</translation>
    </message>
    <message>
        <source>Delete the attempt of %1 (%2)? You can undo this with Ctrl+Z while the log is open.</source>
        <translation>Supprimer la tentative du %1 (%2) ? Vous pouvez annuler avec Ctrl+Z tant que le journal est ouvert.</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>time</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
</context>
<context>
    <name>DeleteLogDialog</name>
    <message>
        <source>Delete this log</source>
        <translation>Supprimer ce journal</translation>
    </message>
    <message numerus="yes">
        <source>Delete the log &quot;%1&quot; and the %n attempt(s) in it? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer le journal « %1 » et sa %n tentative ? C&apos;est définitif.</numerusform>
            <numerusform>Supprimer le journal « %1 » et ses %n tentatives ? C&apos;est définitif.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log&apos;s passphrase</source>
        <translation>La phrase secrète du journal</translation>
    </message>
    <message>
        <source>To delete it, type the log&apos;s &amp;passphrase:</source>
        <translation>Pour le supprimer, tapez la &amp;phrase secrète du journal :</translation>
    </message>
    <message>
        <source>Files saved from this log on this computer. Tick those to delete too (backups on USB sticks are never listed, and are kept):</source>
        <translation>Fichiers enregistrés à partir de ce journal sur cet ordinateur. Cochez ceux à supprimer aussi (les sauvegardes sur clé USB ne sont jamais listées et sont gardées) :</translation>
    </message>
    <message>
        <source>PDF record</source>
        <translation>Relevé PDF</translation>
    </message>
    <message>
        <source>Spreadsheet (CSV)</source>
        <translation>Tableur (CSV)</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Copie de sauvegarde</translation>
    </message>
    <message>
        <source>Delete the log</source>
        <translation>Supprimer le journal</translation>
    </message>
    <message>
        <source>Keep the log</source>
        <translation>Garder le journal</translation>
    </message>
</context>
<context>
    <name>DetailsDialog</name>
    <message>
        <source>My details</source>
        <translation>Mes informations</translation>
    </message>
    <message>
        <source>Both are optional. They are kept inside your locked log and printed on the record.</source>
        <translation>Les deux sont facultatifs. Ils restent dans votre journal verrouillé et sont imprimés sur le relevé.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Your A-number</source>
        <translation>Votre numéro A</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>Numéro &amp;A :</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <source>You were writing an attempt when the log locked. Open it again to finish it?</source>
        <translation>Vous écriviez une tentative quand le journal s&apos;est verrouillé. La rouvrir pour la terminer ?</translation>
    </message>
    <message>
        <source>Files you had added were not kept; add them again: %1</source>
        <translation>Les fichiers que vous aviez ajoutés n&apos;ont pas été gardés ; ajoutez-les de nouveau : %1</translation>
    </message>
    <message>
        <source>Continue where you stopped?</source>
        <translation>Reprendre là où vous vous êtes arrêté ?</translation>
    </message>
    <message>
        <source>Throw the draft away?</source>
        <translation>Jeter le brouillon ?</translation>
    </message>
    <message>
        <source>Throw away what you typed in that attempt?</source>
        <translation>Jeter ce que vous avez tapé dans cette tentative ?</translation>
    </message>
</context>
<context>
    <name>EntriesModel</name>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À qui</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Appointment given</source>
        <translation>Rendez-vous donné</translation>
    </message>
    <message>
        <source>Office / person</source>
        <translation>Bureau / personne</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Fichiers</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Edit attempt</source>
        <translation>Modifier la tentative</translation>
    </message>
    <message>
        <source>Date and time of the attempt</source>
        <translation>Date et heure de la tentative</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Set the date and time to now</source>
        <translation>Mettre la date et l&apos;heure actuelles</translation>
    </message>
    <message>
        <source>How did you try to contact ICE?</source>
        <translation>Comment avez-vous essayé de contacter ICE ?</translation>
    </message>
    <message>
        <source>Number, email address or website</source>
        <translation>Numéro, adresse e-mail ou site web</translation>
    </message>
    <message>
        <source>Number, address or site you contacted</source>
        <translation>Numéro, adresse ou site que vous avez contacté</translation>
    </message>
    <message>
        <source>ICE office</source>
        <translation>Bureau d&apos;ICE</translation>
    </message>
    <message>
        <source>Person you spoke to</source>
        <translation>Personne à qui vous avez parlé</translation>
    </message>
    <message>
        <source>What happened?</source>
        <translation>Que s&apos;est-il passé ?</translation>
    </message>
    <message>
        <source>I was given an appointment</source>
        <translation>On m&apos;a donné un rendez-vous</translation>
    </message>
    <message>
        <source>Appointment date and time</source>
        <translation>Date et heure du rendez-vous</translation>
    </message>
    <message>
        <source>What was said, confirmation numbers, anything else</source>
        <translation>Ce qui a été dit, numéros de confirmation, tout le reste</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>This date or time is not complete or does not exist: %1 %2</source>
        <translation>Cette date ou cette heure est incomplète ou n&apos;existe pas : %1 %2</translation>
    </message>
    <message>
        <source>Discard this attempt?</source>
        <translation>Abandonner cette tentative ?</translation>
    </message>
    <message>
        <source>You typed something in this form. Close it and lose what you typed?</source>
        <translation>Vous avez tapé quelque chose dans ce formulaire. Le fermer et perdre ce que vous avez tapé ?</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>New attempt</source>
        <translation>Nouvelle tentative</translation>
    </message>
    <message>
        <source>Save this attempt</source>
        <translation>Enregistrer cette tentative</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>C&amp;omment</translation>
    </message>
    <message>
        <source>&amp;To (number, address or site)</source>
        <translation>À &amp;qui (numéro, adresse ou site)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>O&amp;ffice</source>
        <translation>B&amp;ureau</translation>
    </message>
    <message>
        <source>&amp;Person spoken to</source>
        <translation>&amp;Personne à qui vous avez parlé</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
</context>
<context>
    <name>ErrorMessages</name>
    <message>
        <source>Something went wrong</source>
        <translation>Un problème est survenu</translation>
    </message>
    <message>
        <source>Something went wrong in Check-In Help. Nothing you saved was lost. You can keep using the app; if this happens again, close it and start it again.</source>
        <translation>Un problème est survenu dans Check-In Help. Rien de ce que vous avez enregistré n&apos;est perdu. Vous pouvez continuer à utiliser l&apos;application ; si cela recommence, fermez-la et rouvrez-la.</translation>
    </message>
    <message>
        <source>Check-In Help cannot start</source>
        <translation>Check-In Help ne peut pas démarrer</translation>
    </message>
    <message>
        <source>The help texts of this app could not be read. The app may be damaged. Please ask the person who installed it to install it again.</source>
        <translation>Les textes d&apos;aide de cette application n&apos;ont pas pu être lus. L&apos;application est peut-être endommagée. Demandez à la personne qui l&apos;a installée de la réinstaller.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find in this answer:</source>
        <translation>Chercher dans cette réponse :</translation>
    </message>
    <message>
        <source>Find in this answer</source>
        <translation>Chercher dans cette réponse</translation>
    </message>
    <message>
        <source>Type a word to find it in the answer. Enter finds the next one.</source>
        <translation>Tapez un mot pour le trouver dans la réponse. Entrée cherche le suivant.</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Find previous</source>
        <translation>Chercher le précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Find next</source>
        <translation>Chercher le suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Fermer la recherche dans la réponse</translation>
    </message>
    <message>
        <source>Find result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
</context>
<context>
    <name>FormatBar</name>
    <message>
        <source>Formatting</source>
        <translation>Mise en forme</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Make the line a heading (## at its start)</source>
        <translation>Faire de la ligne un titre (## au début)</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <source>Bold text (**text**)</source>
        <translation>Texte en gras (**texte**)</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>Liste à puces</translation>
    </message>
    <message>
        <source>Start each selected line with - </source>
        <translation>Commencer chaque ligne sélectionnée par - </translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>Liste numérotée</translation>
    </message>
    <message>
        <source>Number the selected lines 1. 2. 3.</source>
        <translation>Numéroter les lignes sélectionnées 1. 2. 3.</translation>
    </message>
    <message>
        <source>Link...</source>
        <translation>Lien...</translation>
    </message>
    <message>
        <source>A link to a web page (https://) or an e-mail address</source>
        <translation>Un lien vers une page web (https://) ou une adresse e-mail</translation>
    </message>
    <message>
        <source>Phone number...</source>
        <translation>Numéro de téléphone...</translation>
    </message>
    <message>
        <source>A phone number people can copy or scan, listed with the important numbers</source>
        <translation>Un numéro de téléphone que l&apos;on peut copier ou scanner, ajouté aux numéros importants</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Address of the web page (https://...) or mailto:name@example.org:</source>
        <translation>Adresse de la page web (https://...) ou mailto:nom@example.org :</translation>
    </message>
    <message>
        <source>Only web pages (https:// or http://) and e-mail addresses (mailto:) can be linked.</source>
        <translation>Seules les pages web (https:// ou http://) et les adresses e-mail (mailto:) peuvent être liées.</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Phone number, as people should read it (for example 617-555-0188):</source>
        <translation>Numéro de téléphone, tel que les gens doivent le lire (par exemple 617-555-0188) :</translation>
    </message>
    <message>
        <source>Write a 10-digit US number (617-555-0188), or a number that starts with + and its country code.</source>
        <translation>Écrivez un numéro américain à 10 chiffres (617-555-0188), ou un numéro qui commence par + et l&apos;indicatif du pays.</translation>
    </message>
</context>
<context>
    <name>HowToDialog</name>
    <message>
        <source>How to use this app</source>
        <translation>Comment utiliser l&apos;application</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This app does not open the internet. The address is: %1</source>
        <translation>Cette application n&apos;ouvre pas internet. L&apos;adresse est : %1</translation>
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
        <translation>Préparation de la recherche. Cela n&apos;arrive qu&apos;une fois...</translation>
    </message>
    <message>
        <source>Preparing the search</source>
        <translation>Préparation de la recherche</translation>
    </message>
    <message>
        <source>Search is limited</source>
        <translation>La recherche est limitée</translation>
    </message>
    <message>
        <source>The search could not be prepared on this computer. You can still read every question from the list, and a simpler search still works.

If this happens again, please ask the person who installed the app to reinstall it.</source>
        <translation>La recherche n&apos;a pas pu être préparée sur cet ordinateur. Vous pouvez toujours lire toutes les questions de la liste, et une recherche plus simple fonctionne encore.

Si cela recommence, demandez à la personne qui a installé l&apos;application de la réinstaller.</translation>
    </message>
</context>
<context>
    <name>KeysDialog</name>
    <message>
        <source>Other commands</source>
        <translation>Autres commandes</translation>
    </message>
    <message>
        <source>Save the attempt (in its form)</source>
        <translation>Enregistrer la tentative (dans son formulaire)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open the first (or chosen) answer</source>
        <translation>Ouvrir la première réponse (ou celle choisie)</translation>
    </message>
    <message>
        <source>Down, Up</source>
        <translation>Flèche bas, flèche haut</translation>
    </message>
    <message>
        <source>Move through the answers found (each one shows)</source>
        <translation>Parcourir les réponses trouvées (chacune s&apos;affiche)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Clear the search (in the list: back to the search box)</source>
        <translation>Effacer la recherche (dans la liste : retour à la case de recherche)</translation>
    </message>
    <message>
        <source>Enter, Shift+Enter</source>
        <translation>Entrée, Maj+Entrée</translation>
    </message>
    <message>
        <source>In the find bar: the next or the previous place</source>
        <translation>Dans la barre de recherche : l&apos;endroit suivant ou le précédent</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <source>Go to the next part of the window, or the next link</source>
        <translation>Aller à la partie suivante de la fenêtre, ou au lien suivant</translation>
    </message>
    <message>
        <source>Mouse back and forward buttons</source>
        <translation>Boutons précédent et suivant de la souris</translation>
    </message>
    <message>
        <source>Go back or forward, anywhere in the window</source>
        <translation>Revenir en arrière ou avancer, partout dans la fenêtre</translation>
    </message>
    <message>
        <source>While typing or reading</source>
        <translation>En tapant ou en lisant</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Touches du clavier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LanguageChooser</name>
    <message>
        <source>Choose your language</source>
        <translation>Choisissez votre langue</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Passer</translation>
    </message>
    <message>
        <source>Keep this language; you can change it later</source>
        <translation>Garder cette langue ; vous pourrez la changer plus tard</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>Call this number from a phone:</source>
        <translation>Appelez ce numéro depuis un téléphone :</translation>
    </message>
    <message>
        <source>This app does not open the internet. Open this address on a phone:</source>
        <translation>Cette application n&apos;ouvre pas internet. Ouvrez cette adresse sur un téléphone :</translation>
    </message>
    <message>
        <source>Phone number: %1</source>
        <translation>Numéro de téléphone : %1</translation>
    </message>
    <message>
        <source>Web address: %1</source>
        <translation>Adresse web : %1</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>À quoi il sert</translation>
    </message>
    <message>
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to get the number on your phone.</source>
        <translation>Scannez ce code avec l&apos;appareil photo de votre téléphone pour avoir le numéro sur votre téléphone.</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera to open the address on your phone.</source>
        <translation>Scannez ce code avec l&apos;appareil photo de votre téléphone pour ouvrir l&apos;adresse sur votre téléphone.</translation>
    </message>
    <message>
        <source>Scan this code with your phone&apos;s camera.</source>
        <translation>Scannez ce code avec l&apos;appareil photo de votre téléphone.</translation>
    </message>
    <message>
        <source>Your phone will offer to call the number.</source>
        <translation>Votre téléphone proposera d&apos;appeler le numéro.</translation>
    </message>
    <message>
        <source>Your phone will offer to open the address.</source>
        <translation>Votre téléphone proposera d&apos;ouvrir l&apos;adresse.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copier le numéro</translation>
    </message>
    <message>
        <source>Copy address</source>
        <translation>Copier l&apos;adresse</translation>
    </message>
    <message>
        <source>Copies it so you can paste it somewhere else.</source>
        <translation>Le copie pour que vous puissiez le coller ailleurs.</translation>
    </message>
    <message>
        <source>Copy status</source>
        <translation>État de la copie</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copié.</translation>
    </message>
</context>
<context>
    <name>LogExports</name>
    <message>
        <source>Print the record...</source>
        <translation>Imprimer le relevé...</translation>
    </message>
    <message>
        <source>Save the record as PDF...</source>
        <translation>Enregistrer le relevé en PDF...</translation>
    </message>
    <message>
        <source>Save as a spreadsheet (CSV)...</source>
        <translation>Enregistrer comme tableur (CSV)...</translation>
    </message>
    <message>
        <source>Make a backup file...</source>
        <translation>Faire une copie de sauvegarde...</translation>
    </message>
    <message>
        <source>This file is not protected</source>
        <translation>Ce fichier n&apos;est pas protégé</translation>
    </message>
    <message>
        <source>The PDF or spreadsheet file you save is not protected by your passphrase: anyone who has the file can read it. Keep it somewhere safe, or delete it when you no longer need it. The app remembers where you saved it and offers to delete it when you delete this log.</source>
        <translation>Le fichier PDF ou tableur que vous enregistrez n&apos;est pas protégé par votre phrase secrète : toute personne qui a le fichier peut le lire. Gardez-le en lieu sûr, ou supprimez-le quand vous n&apos;en avez plus besoin. L&apos;application se souvient de l&apos;endroit où vous l&apos;avez enregistré et propose de le supprimer quand vous supprimez ce journal.</translation>
    </message>
    <message>
        <source>I understand, save it</source>
        <translation>J&apos;ai compris, enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Do not tell me again while the app is open</source>
        <translation>Ne plus me le dire tant que l&apos;application est ouverte</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>The file could not be saved (%1). Try another folder or USB stick.</source>
        <translation>Le fichier n&apos;a pas pu être enregistré (%1). Essayez un autre dossier ou une autre clé USB.</translation>
    </message>
    <message>
        <source>Save the record as PDF</source>
        <translation>Enregistrer le relevé en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as a spreadsheet</source>
        <translation>Enregistrer comme tableur</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Tableur CSV (*.csv)</translation>
    </message>
    <message>
        <source>Make a backup file</source>
        <translation>Faire une copie de sauvegarde</translation>
    </message>
    <message>
        <source>Contact log backups (*.clbackup)</source>
        <translation>Sauvegardes du journal (*.clbackup)</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase de la sauvegarde</translation>
    </message>
    <message>
        <source>Choose a passphrase for the backup file. You need it to open the backup:</source>
        <translation>Choisissez une phrase secrète pour la sauvegarde. Il vous la faudra pour l&apos;ouvrir :</translation>
    </message>
</context>
<context>
    <name>LogLabels</name>
    <message>
        <source>Phone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <source>Could not leave a voicemail</source>
        <translation>Impossible de laisser un message vocal</translation>
    </message>
    <message>
        <source>Voicemail left</source>
        <translation>Message vocal laissé</translation>
    </message>
    <message>
        <source>Spoke to someone</source>
        <translation>J&apos;ai parlé à quelqu&apos;un</translation>
    </message>
    <message>
        <source>Appointment scheduled or rescheduled</source>
        <translation>Rendez-vous fixé ou déplacé</translation>
    </message>
    <message>
        <source>Email sent</source>
        <translation>E-mail envoyé</translation>
    </message>
    <message>
        <source>Website error or no appointments available</source>
        <translation>Erreur du site ou aucun rendez-vous disponible</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>To (number, address or site)</source>
        <translation>À qui (numéro, adresse ou site)</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Person spoken to</source>
        <translation>Personne à qui vous avez parlé</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Entry made</source>
        <translation>Noté le</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Numéro A</translation>
    </message>
</context>
<context>
    <name>LogManager</name>
    <message>
        <source>Change the passphrase...</source>
        <translation>Changer la phrase secrète...</translation>
    </message>
    <message>
        <source>Delete this log...</source>
        <translation>Supprimer ce journal...</translation>
    </message>
    <message>
        <source>New contact log</source>
        <translation>Nouveau journal</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Ouvrir une sauvegarde</translation>
    </message>
    <message>
        <source>Contact log backups (*.clbackup);;All files (*)</source>
        <translation>Sauvegardes du journal (*.clbackup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The passphrase of the backup file (chosen when the backup was made):</source>
        <translation>La phrase secrète de la sauvegarde (choisie quand la sauvegarde a été faite) :</translation>
    </message>
    <message>
        <source>Checking the backup file...</source>
        <translation>Vérification de la sauvegarde...</translation>
    </message>
    <message>
        <source>That passphrase does not open this backup file. Check it and try again.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas cette sauvegarde. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>Log from a backup</source>
        <translation>Journal d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>Delete this log</source>
        <translation>Supprimer ce journal</translation>
    </message>
    <message>
        <source>That passphrase does not open this log. Nothing was deleted.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ce journal. Rien n&apos;a été supprimé.</translation>
    </message>
    <message>
        <source>Some files of the log could not be deleted.</source>
        <translation>Certains fichiers du journal n&apos;ont pas pu être supprimés.</translation>
    </message>
    <message>
        <source>Current passphrase:</source>
        <translation>Phrase secrète actuelle :</translation>
    </message>
    <message>
        <source>New passphrase (it cannot be recovered if you forget it):</source>
        <translation>Nouvelle phrase secrète (si vous l&apos;oubliez, elle ne peut pas être retrouvée) :</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
</context>
<context>
    <name>LogMessages</name>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Number, address or site</source>
        <translation>Numéro, adresse ou site</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Bureau</translation>
    </message>
    <message>
        <source>Person spoken to</source>
        <translation>Personne à qui vous avez parlé</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Numéro A</translation>
    </message>
    <message>
        <source>Name of the log</source>
        <translation>Nom du journal</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Backup passphrase</source>
        <translation>Phrase secrète de la sauvegarde</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>This backup file is damaged, or it is not a contact log backup. Nothing was restored.</source>
        <translation>Cette sauvegarde est endommagée, ou ce n&apos;est pas une sauvegarde de journal des contacts. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>This log is damaged and cannot be opened. It was kept, unchanged, so that staff can try to recover it:
%1
You can open a backup of it, or start a new log.</source>
        <translation>Ce journal est endommagé et ne peut pas être ouvert. Il a été gardé tel quel pour que l&apos;équipe essaie de le récupérer :
%1
Vous pouvez ouvrir une sauvegarde ou commencer un nouveau journal.</translation>
    </message>
    <message>
        <source>The file could not be saved (%1). Try another folder or USB stick.</source>
        <translation>Le fichier n&apos;a pas pu être enregistré (%1). Essayez un autre dossier ou une autre clé USB.</translation>
    </message>
    <message>
        <source>That passphrase does not open this log. Check it and try again. Nothing was changed.</source>
        <translation>Cette phrase secrète n&apos;ouvre pas ce journal. Vérifiez-la et réessayez. Rien n&apos;a été changé.</translation>
    </message>
    <message>
        <source>This log is not on this computer any more.</source>
        <translation>Ce journal n&apos;est plus sur cet ordinateur.</translation>
    </message>
    <message>
        <source>A log with this name already exists. Please choose another name.</source>
        <translation>Un journal porte déjà ce nom. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The log is locked. Open it again with your passphrase.</source>
        <translation>Le journal est verrouillé. Rouvrez-le avec votre phrase secrète.</translation>
    </message>
    <message>
        <source>This log was made by a newer version of Check-In Help.</source>
        <translation>Ce journal a été fait avec une version plus récente de Check-In Help.</translation>
    </message>
    <message>
        <source>The log could not be saved: the disk may be full, or another program is using the file. Nothing was changed. Close other programs and try again.</source>
        <translation>Le journal n&apos;a pas pu être enregistré : le disque est peut-être plein, ou un autre programme utilise le fichier. Rien n&apos;a été changé. Fermez les autres programmes et réessayez.</translation>
    </message>
    <message>
        <source>The date and time cannot be in the future.</source>
        <translation>La date et l&apos;heure ne peuvent pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date is too far in the past.</source>
        <translation>La date est trop ancienne.</translation>
    </message>
    <message>
        <source>The text is too long (at most %1 characters).</source>
        <translation>Le texte est trop long (%1 caractères au plus).</translation>
    </message>
    <message>
        <source>Please fill this in.</source>
        <translation>Merci de remplir ceci.</translation>
    </message>
    <message>
        <source>An A-number has 8 or 9 digits, for example A-123-456-789.</source>
        <translation>Un numéro A a 8 ou 9 chiffres, par exemple A-123-456-789.</translation>
    </message>
    <message>
        <source>The passphrase needs at least %1 characters.</source>
        <translation>La phrase secrète doit avoir au moins %1 caractères.</translation>
    </message>
    <message>
        <source>The passphrase is too long.</source>
        <translation>La phrase secrète est trop longue.</translation>
    </message>
    <message>
        <source>Use at least 12 characters, or three words or more.</source>
        <translation>Utilisez au moins 12 caractères, ou trois mots ou plus.</translation>
    </message>
    <message>
        <source>Do not use the log&apos;s name in the passphrase.</source>
        <translation>N&apos;utilisez pas le nom du journal dans la phrase secrète.</translation>
    </message>
    <message>
        <source>This is a common password that is guessed first. Choose another.</source>
        <translation>C&apos;est un mot de passe courant, parmi les premiers devinés. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Only pictures (PNG, JPEG, GIF, BMP, WebP) and PDF files can be attached.</source>
        <translation>On ne peut joindre que des images (PNG, JPEG, GIF, BMP, WebP) et des fichiers PDF.</translation>
    </message>
    <message>
        <source>This file is too big to attach (at most 15 MB).</source>
        <translation>Ce fichier est trop gros pour être joint (15 Mo au plus).</translation>
    </message>
    <message>
        <source>This file is damaged or is not what its name says.</source>
        <translation>Ce fichier est endommagé ou n&apos;est pas ce que dit son nom.</translation>
    </message>
    <message>
        <source>This picture is too large.</source>
        <translation>Cette image est trop grande.</translation>
    </message>
    <message>
        <source>This entry does not exist any more.</source>
        <translation>Cette entrée n&apos;existe plus.</translation>
    </message>
    <message>
        <source>This value is not accepted.</source>
        <translation>Cette valeur n&apos;est pas acceptée.</translation>
    </message>
    <message>
        <source>The contact log could not do this. Nothing was changed.</source>
        <translation>Le journal des contacts n&apos;a pas pu faire cela. Rien n&apos;a été changé.</translation>
    </message>
</context>
<context>
    <name>LogPage</name>
    <message>
        <source>Number of attempts and the last one</source>
        <translation>Nombre de tentatives et la dernière</translation>
    </message>
    <message>
        <source>I called ICE just now</source>
        <translation>Je viens d&apos;appeler ICE</translation>
    </message>
    <message>
        <source>Record a call to ICE made just now</source>
        <translation>Noter un appel à ICE que vous venez de faire</translation>
    </message>
    <message>
        <source>Add an attempt...</source>
        <translation>Ajouter une tentative...</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the log now</source>
        <translation>Verrouiller le journal maintenant</translation>
    </message>
    <message>
        <source>Save, print, backup...</source>
        <translation>Enregistrer, imprimer, sauvegarde...</translation>
    </message>
    <message>
        <source>Passphrase, delete...</source>
        <translation>Phrase secrète, supprimer...</translation>
    </message>
    <message>
        <source>Change the passphrase or delete this log</source>
        <translation>Changer la phrase secrète ou supprimer ce journal</translation>
    </message>
    <message>
        <source>Filter: type a word, a name, a number or a date</source>
        <translation>Filtrer : tapez un mot, un nom, un numéro ou une date</translation>
    </message>
    <message>
        <source>Filter the attempts</source>
        <translation>Filtrer les tentatives</translation>
    </message>
    <message>
        <source>Attempts to contact ICE, newest first</source>
        <translation>Tentatives de contacter ICE, les plus récentes d&apos;abord</translation>
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
        <translation>Noter un appel dans mon journal des contacts</translation>
    </message>
    <message>
        <source>Write down in your private contact log that you called or emailed ICE</source>
        <translation>Noter dans votre journal privé que vous avez appelé ICE ou lui avez écrit</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>The contact log is not available in this copy of Check-In Help.</source>
        <translation>Le journal des contacts n&apos;est pas disponible dans cette copie de Check-In Help.</translation>
    </message>
</context>
<context>
    <name>ManagePacksDialog</name>
    <message>
        <source>Manage information packs</source>
        <translation>Gérer les packs d&apos;informations</translation>
    </message>
    <message>
        <source>Information packs</source>
        <translation>Packs d&apos;informations</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>in use</source>
        <translation>utilisé</translation>
    </message>
    <message>
        <source>turned off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>not in use (replaced)</source>
        <translation>non utilisé (remplacé)</translation>
    </message>
    <message>
        <source>{title} ({publisher}, {language}, version {version})
Information as of {as_of}; {articles} articles; {trust}; {state}</source>
        <translation>{title} ({publisher}, {language}, version {version})
Information à jour au {as_of} ; {articles} articles ; {trust} ; {state}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
</context>
<context>
    <name>NewLogDialog</name>
    <message>
        <source>Do not use your real name: choose a nickname only you will recognise.
Choose a passphrase you will remember (a short sentence is easiest). If you forget it, nobody can open this log again: it cannot be recovered.</source>
        <translation>N&apos;utilisez pas votre vrai nom : choisissez un surnom que vous seul reconnaîtrez.
Choisissez une phrase secrète dont vous vous souviendrez (une petite phrase, c&apos;est le plus simple). Si vous l&apos;oubliez, personne ne pourra plus ouvrir ce journal : elle ne peut pas être retrouvée.</translation>
    </message>
    <message>
        <source>Nickname for the log</source>
        <translation>Surnom du journal</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Créer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Nickname:</source>
        <translation>&amp;Surnom :</translation>
    </message>
    <message>
        <source>This looks like a number (an A-number?). The list of logs on this computer is not secret: a nickname is safer.</source>
        <translation>Cela ressemble à un numéro (un numéro A ?). La liste des journaux de cet ordinateur n&apos;est pas secrète : un surnom est plus sûr.</translation>
    </message>
    <message>
        <source>This looks like a full name. The list of logs on this computer is not secret: a nickname only you recognise is safer.</source>
        <translation>Cela ressemble à un nom complet. La liste des journaux de cet ordinateur n&apos;est pas secrète : un surnom que vous seul reconnaissez est plus sûr.</translation>
    </message>
    <message>
        <source>Type a nickname for the log.</source>
        <translation>Tapez un surnom pour le journal.</translation>
    </message>
</context>
<context>
    <name>NewPassphraseDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Clinic note</source>
        <translation>Note de la clinique</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>For example: Where is the local ICE office?</source>
        <translation>Par exemple : Où est le bureau d&apos;ICE local ?</translation>
    </message>
    <message>
        <source>Language of the note</source>
        <translation>Langue de la note</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Texte de la note</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>The note as people will see it</source>
        <translation>La note telle que les gens la verront</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Date written</source>
        <translation>Date de rédaction</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Écrire</translation>
    </message>
    <message>
        <source>Today, when you save it</source>
        <translation>Aujourd&apos;hui, quand vous l&apos;enregistrez</translation>
    </message>
    <message>
        <source>(No title yet)</source>
        <translation>(Pas encore de titre)</translation>
    </message>
    <message>
        <source>Write a title.</source>
        <translation>Écrivez un titre.</translation>
    </message>
    <message>
        <source>Write the text of the note.</source>
        <translation>Écrivez le texte de la note.</translation>
    </message>
    <message>
        <source>The note was not saved:
{problems}</source>
        <translation>La note n&apos;a pas été enregistrée :
{problems}</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save the changes to this note?</source>
        <translation>Enregistrer les modifications de cette note ?</translation>
    </message>
</context>
<context>
    <name>NumberNotes</name>
    <message>
        <source>ICE&apos;s main national number: questions about your check-in, if you cannot reach your officer, or to give a new address.</source>
        <translation>Le numéro national principal d&apos;ICE : questions sur votre rendez-vous de contrôle, si vous ne joignez pas votre agent, ou pour donner une nouvelle adresse.</translation>
    </message>
    <message>
        <source>ICE&apos;s other national number: if you are not sure when or where to check in.</source>
        <translation>L&apos;autre numéro national d&apos;ICE : si vous ne savez pas bien quand ou où vous présenter.</translation>
    </message>
    <message>
        <source>Immigration court hotline: find out if you have a court hearing (have your A-number ready).</source>
        <translation>Ligne du tribunal de l&apos;immigration : savoir si vous avez une audience au tribunal (ayez votre numéro A sous la main).</translation>
    </message>
    <message>
        <source>In ASAP&apos;s words:</source>
        <translation>Selon les mots d&apos;ASAP :</translation>
    </message>
</context>
<context>
    <name>PackActions</name>
    <message>
        <source>Add information pack...</source>
        <translation>Ajouter un pack d&apos;informations...</translation>
    </message>
    <message>
        <source>Add a .chpack file of help content</source>
        <translation>Ajouter un fichier .chpack de contenu d&apos;aide</translation>
    </message>
    <message>
        <source>Manage information packs...</source>
        <translation>Gérer les packs d&apos;informations...</translation>
    </message>
    <message>
        <source>Add information pack</source>
        <translation>Ajouter un pack d&apos;informations</translation>
    </message>
    <message>
        <source>Information packs (*.chpack)</source>
        <translation>Packs d&apos;informations (*.chpack)</translation>
    </message>
    <message>
        <source>Remove pack</source>
        <translation>Retirer le pack</translation>
    </message>
    <message>
        <source>Remove the information pack {id} from this computer?</source>
        <translation>Retirer le pack d&apos;informations {id} de cet ordinateur ?</translation>
    </message>
    <message>
        <source>Information pack</source>
        <translation>Pack d&apos;informations</translation>
    </message>
    <message>
        <source>These information packs failed their checks and are not used:
{packs}</source>
        <translation>Ces packs d&apos;informations n&apos;ont pas passé les vérifications et ne sont pas utilisés :
{packs}</translation>
    </message>
    <message>
        <source>Nothing was changed: {reason}</source>
        <translation>Rien n&apos;a été changé : {reason}</translation>
    </message>
</context>
<context>
    <name>PackTrust</name>
    <message>
        <source>Built into this program</source>
        <translation>Intégré à ce programme</translation>
    </message>
    <message>
        <source>Verified: {signer}</source>
        <translation>Vérifié : {signer}</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
</context>
<context>
    <name>PageWriter</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Last checked against the source</source>
        <translation>Dernière vérification avec la source</translation>
    </message>
    <message>
        <source>This is legal information, not legal advice about your case.</source>
        <translation>Ceci est une information juridique, pas un conseil juridique sur votre cas.</translation>
    </message>
    <message>
        <source>Related questions</source>
        <translation>Questions liées</translation>
    </message>
    <message>
        <source>Start here</source>
        <translation>Commencez ici</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>Plus d&apos;informations</translation>
    </message>
    <message>
        <source>These answers are ASAP&apos;s, in English, as ASAP wrote them.</source>
        <translation>Ces réponses sont celles d&apos;ASAP, en anglais, telles qu&apos;ASAP les a écrites.</translation>
    </message>
    <message>
        <source>Information as of {as_of}, according to {publisher} (this copy taken {taken})</source>
        <translation>Information à jour au {as_of}, selon {publisher} (copie faite le {taken})</translation>
    </message>
    <message>
        <source>spring {year}</source>
        <translation>printemps {year}</translation>
    </message>
    <message>
        <source>summer {year}</source>
        <translation>été {year}</translation>
    </message>
    <message>
        <source>fall {year}</source>
        <translation>automne {year}</translation>
    </message>
    <message>
        <source>winter {year}</source>
        <translation>hiver {year}</translation>
    </message>
    <message>
        <source>Built into this program</source>
        <translation>Intégré à ce programme</translation>
    </message>
    <message>
        <source>Verified: {signer}</source>
        <translation>Vérifié : {signer}</translation>
    </message>
    <message>
        <source>Added on this computer. Not verified.</source>
        <translation>Ajouté sur cet ordinateur. Non vérifié.</translation>
    </message>
    <message>
        <source>Immigration rules and ICE practice change often; this information may be out of date. Ask a lawyer or a legal clinic.</source>
        <translation>Les règles d&apos;immigration et les pratiques d&apos;ICE changent souvent ; cette information n&apos;est peut-être plus à jour. Demandez à un avocat ou à une permanence juridique.</translation>
    </message>
    <message>
        <source>From {clinic}</source>
        <translation>De {clinic}</translation>
    </message>
    <message>
        <source>The clinic&apos;s own note, written on {date}. These are not ASAP&apos;s words.</source>
        <translation>Note de la clinique elle-même, écrite le {date}. Ce ne sont pas les mots d&apos;ASAP.</translation>
    </message>
    <message>
        <source>Also in</source>
        <translation>Aussi en</translation>
    </message>
    <message>
        <source>Printed at {clinic}</source>
        <translation>Imprimé à {clinic}</translation>
    </message>
    <message>
        <source>From {clinic}:</source>
        <translation>De {clinic} :</translation>
    </message>
    <message>
        <source>Read more:</source>
        <translation>En savoir plus :</translation>
    </message>
    <message>
        <source>Important phone numbers</source>
        <translation>Numéros de téléphone importants</translation>
    </message>
    <message>
        <source>Click or press Enter on a number to copy it or to see a QR code you can scan with your phone.</source>
        <translation>Cliquez ou appuyez sur Entrée sur un numéro pour le copier ou voir un code QR à scanner avec votre téléphone.</translation>
    </message>
    <message>
        <source>The help content has no phone numbers.</source>
        <translation>L&apos;aide ne contient pas de numéros de téléphone.</translation>
    </message>
    <message>
        <source>No answer matched</source>
        <translation>Aucune réponse pour</translation>
    </message>
    <message>
        <source>Did you mean:</source>
        <translation>Vouliez-vous dire :</translation>
    </message>
    <message>
        <source>Try fewer words, or other words for the same thing. You can write in your own language or in English.</source>
        <translation>Essayez moins de mots, ou d&apos;autres mots pour la même chose. Vous pouvez écrire dans votre langue ou en anglais.</translation>
    </message>
    <message>
        <source>What each number is for</source>
        <translation>À quoi sert chaque numéro</translation>
    </message>
    <message>
        <source>Questions that may help</source>
        <translation>Questions qui peuvent aider</translation>
    </message>
    <message>
        <source>See all questions</source>
        <translation>Voir toutes les questions</translation>
    </message>
</context>
<context>
    <name>PagedPrint</name>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Phrase secrète encore une fois</translation>
    </message>
    <message>
        <source>Strength of the passphrase</source>
        <translation>Solidité de la phrase secrète</translation>
    </message>
    <message>
        <source>Suggest a passphrase</source>
        <translation>Proposer une phrase secrète</translation>
    </message>
    <message>
        <source>Suggest a passphrase of four common words</source>
        <translation>Proposer une phrase secrète de quatre mots courants</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Encore :</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Solidité :</translation>
    </message>
    <message>
        <source>Use at least 12 characters, or three words or more.</source>
        <translation>Utilisez au moins 12 caractères, ou trois mots ou plus.</translation>
    </message>
    <message>
        <source>Do not use the log&apos;s name in the passphrase.</source>
        <translation>N&apos;utilisez pas le nom du journal dans la phrase secrète.</translation>
    </message>
    <message>
        <source>This is a common password that is guessed first. Choose another.</source>
        <translation>C&apos;est un mot de passe courant, parmi les premiers devinés. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>A short sentence of four or more words is easy to remember.</source>
        <translation>Une petite phrase de quatre mots ou plus est facile à retenir.</translation>
    </message>
    <message>
        <source>Very weak</source>
        <translation>Très faible</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bonne</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Solide</translation>
    </message>
    <message>
        <source>Write it down and keep it safe: %1</source>
        <translation>Notez-la et gardez-la en lieu sûr : %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques. Tapez-les de nouveau.</translation>
    </message>
</context>
<context>
    <name>PersonBar</name>
    <message>
        <source>Copy A-number</source>
        <translation>Copier le numéro A</translation>
    </message>
    <message>
        <source>Copy my A-number</source>
        <translation>Copier mon numéro A</translation>
    </message>
    <message>
        <source>No name or A-number for the record yet.</source>
        <translation>Pas encore de nom ni de numéro A pour le relevé.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff PIN</source>
        <translation>Code PIN du personnel</translation>
    </message>
    <message>
        <source>Set staff PIN</source>
        <translation>Choisir le code PIN du personnel</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau code PIN</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>Nouveau code PIN, encore une fois</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>Code PIN actuel</translation>
    </message>
    <message>
        <source>Staff settings are for the clinic&apos;s staff. Type the staff PIN.</source>
        <translation>Ces réglages sont réservés au personnel de la clinique. Tapez le code PIN du personnel.</translation>
    </message>
    <message>
        <source>Choose a PIN of {low} to {high} digits. Type it twice.</source>
        <translation>Choisissez un code PIN de {low} à {high} chiffres. Tapez-le deux fois.</translation>
    </message>
    <message>
        <source>No staff PIN is set on this computer yet. Set one now: staff type it to change settings, add information packs and trust publisher keys.</source>
        <translation>Aucun code PIN du personnel n&apos;est encore choisi sur cet ordinateur. Choisissez-en un maintenant : le personnel le tape pour changer les réglages, ajouter des packs d&apos;informations et faire confiance à des clés d&apos;éditeurs.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Trop d&apos;essais erronés. Attendez %n seconde, puis réessayez.</numerusform>
            <numerusform>Trop d&apos;essais erronés. Attendez %n secondes, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>The current PIN is not right.</source>
        <translation>Le code PIN actuel n&apos;est pas le bon.</translation>
    </message>
    <message>
        <source>That is not the staff PIN.</source>
        <translation>Ce n&apos;est pas le code PIN du personnel.</translation>
    </message>
    <message>
        <source>The PIN must have {low} to {high} digits.</source>
        <translation>Le code PIN doit avoir de {low} à {high} chiffres.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type them again.</source>
        <translation>Les deux codes PIN ne sont pas les mêmes. Tapez-les encore une fois.</translation>
    </message>
    <message>
        <source>The PIN could not be saved on this computer.</source>
        <translation>Le code PIN n&apos;a pas pu être enregistré sur cet ordinateur.</translation>
    </message>
    <message>
        <source>The saved staff PIN was damaged. It was set aside, and a new PIN can be set now.</source>
        <translation>Le code PIN du personnel enregistré était abîmé. Il a été mis de côté, et un nouveau code PIN peut être choisi maintenant.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>The text size could not be saved for next time.</source>
        <translation>La taille du texte n&apos;a pas pu être gardée pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Contact log lock time</source>
        <translation>Délai de verrouillage du journal</translation>
    </message>
    <message>
        <source>Lock an open contact log after this many minutes without use:</source>
        <translation>Verrouiller un journal ouvert après ce nombre de minutes sans utilisation :</translation>
    </message>
    <message>
        <source>The lock time could not be saved for next time.</source>
        <translation>Le délai de verrouillage n&apos;a pas pu être gardé pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Start over when idle</source>
        <translation>Recommencer après inactivité</translation>
    </message>
    <message>
        <source>Start over after this many minutes without use (0: never):</source>
        <translation>Recommencer après ce nombre de minutes sans utilisation (0 : jamais) :</translation>
    </message>
</context>
<context>
    <name>PrintActions</name>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Saved as a PDF file.</source>
        <translation>Enregistré dans un fichier PDF.</translation>
    </message>
    <message>
        <source>Important phone numbers</source>
        <translation>Numéros de téléphone importants</translation>
    </message>
    <message>
        <source>Print this answer</source>
        <translation>Imprimer cette réponse</translation>
    </message>
    <message>
        <source>Save this answer as a PDF file</source>
        <translation>Enregistrer cette réponse dans un fichier PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>The PDF file could not be saved there. Please choose another folder, for example Documents.</source>
        <translation>Le fichier PDF n&apos;a pas pu être enregistré là. Choisissez un autre dossier, par exemple Documents.</translation>
    </message>
</context>
<context>
    <name>RecordBuilder</name>
    <message>
        <source>Record of attempts to contact ICE</source>
        <translation>Relevé des tentatives de contacter ICE</translation>
    </message>
    <message>
        <source>This record was made on %1.</source>
        <translation>Ce relevé a été fait le %1.</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Du %1 au %2.</translation>
    </message>
    <message>
        <source>A-number: %1</source>
        <translation>Numéro A : %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>A-number:</source>
        <translation>Numéro A :</translation>
    </message>
    <message numerus="yes">
        <source>%n attempt(s) recorded.</source>
        <translation>
            <numerusform>%n tentative notée.</numerusform>
            <numerusform>%n tentatives notées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with Check-In Help from the entries the person recorded.</source>
        <translation>Fait avec Check-In Help à partir de ce que la personne a noté.</translation>
    </message>
    <message>
        <source>Attempt %1</source>
        <translation>Tentative %1</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Appointment given:</source>
        <translation>Rendez-vous donné :</translation>
    </message>
    <message>
        <source>Office:</source>
        <translation>Bureau :</translation>
    </message>
    <message>
        <source>Person spoken to:</source>
        <translation>Personne à qui vous avez parlé :</translation>
    </message>
    <message>
        <source>Attachments:</source>
        <translation>Pièces jointes :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Attempt %1, %2: %3</source>
        <translation>Tentative %1, %2 : %3</translation>
    </message>
    <message>
        <source>PDF document, kept in the log (print it separately).</source>
        <translation>Document PDF, gardé dans le journal (imprimez-le à part).</translation>
    </message>
</context>
<context>
    <name>ResultsList</name>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Choose a question with the arrow keys and press Enter to read the answer.</source>
        <translation>Choisissez une question avec les flèches et appuyez sur Entrée pour lire la réponse.</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Type your question or a few words, for example: cannot go to my check-in</source>
        <translation>Tapez votre question ou quelques mots, par exemple : je ne peux pas aller à mon rendez-vous</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Type a question or words in your own language or in English. Results appear below as you type. Press Enter to open the first one, the Down arrow to choose, Esc to clear.</source>
        <translation>Tapez une question ou des mots dans votre langue ou en anglais. Les résultats apparaissent en dessous pendant que vous tapez. Entrée ouvre le premier, la flèche vers le bas permet de choisir, Échap efface.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Clear the search (Esc)</source>
        <translation>Effacer la recherche (Échap)</translation>
    </message>
</context>
<context>
    <name>SearchController</name>
    <message>
        <source>Did you mean</source>
        <translation>Vouliez-vous dire</translation>
    </message>
    <message>
        <source>Search for this spelling instead</source>
        <translation>Chercher plutôt avec cette orthographe</translation>
    </message>
    <message>
        <source>Number of answers found</source>
        <translation>Nombre de réponses trouvées</translation>
    </message>
    <message>
        <source>Did you mean “%1”?</source>
        <translation>Vouliez-vous dire « %1 » ?</translation>
    </message>
    <message numerus="yes">
        <source>%n answers found</source>
        <translation>
            <numerusform>%n réponse trouvée</numerusform>
            <numerusform>%n réponses trouvées</numerusform>
        </translation>
    </message>
    <message>
        <source>No exact match. Closest questions:</source>
        <translation>Aucune réponse exacte. Questions les plus proches :</translation>
    </message>
    <message>
        <source>No exact match</source>
        <translation>Aucune réponse exacte</translation>
    </message>
</context>
<context>
    <name>StaffMode</name>
    <message>
        <source>The staff settings could not be saved for next time.</source>
        <translation>Les réglages du personnel n&apos;ont pas pu être enregistrés pour la prochaine fois.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>The contact log is turned off on this computer. Ask the staff if you need it.</source>
        <translation>Le journal des contacts est désactivé sur cet ordinateur. Demandez au personnel si vous en avez besoin.</translation>
    </message>
</context>
<context>
    <name>StaffSettingsDialog</name>
    <message>
        <source>Staff settings</source>
        <translation>Réglages du personnel</translation>
    </message>
    <message>
        <source>For example: Harbor City Legal Aid</source>
        <translation>Par exemple : Harbor City Legal Aid</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translation>La langue de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Offer the contact log on this computer</source>
        <translation>Proposer le journal des contacts sur cet ordinateur</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Information packs...</source>
        <translation>Packs d&apos;informations...</translation>
    </message>
    <message>
        <source>Add information pack...</source>
        <translation>Ajouter un pack d&apos;informations...</translation>
    </message>
    <message>
        <source>Trusted publisher keys...</source>
        <translation>Clés d&apos;éditeurs de confiance...</translation>
    </message>
    <message>
        <source>Clinic notes...</source>
        <translation>Notes de la clinique...</translation>
    </message>
    <message>
        <source>Change PIN...</source>
        <translation>Changer le code PIN...</translation>
    </message>
    <message>
        <source>Saves these settings first</source>
        <translation>Enregistre d&apos;abord ces réglages</translation>
    </message>
    <message>
        <source>Clinic&apos;s name</source>
        <translation>Nom de la clinique</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Langue par défaut</translation>
    </message>
    <message>
        <source>Start over after</source>
        <translation>Recommencer après</translation>
    </message>
    <message>
        <source>Lock the contact log after</source>
        <translation>Verrouiller le journal des contacts après</translation>
    </message>
    <message>
        <source>Warn that information may be out of date after</source>
        <translation>Avertir que l&apos;information peut être dépassée après</translation>
    </message>
    <message>
        <source>The clinic&apos;s name is shown on the start page and on printed answers. Start over returns to the default language.</source>
        <translation>Le nom de la clinique s&apos;affiche sur la page d&apos;accueil et sur les réponses imprimées. Recommencer revient à la langue par défaut.</translation>
    </message>
    <message>
        <source>Staff tools</source>
        <translation>Outils du personnel</translation>
    </message>
    <message>
        <source>The staff PIN was changed.</source>
        <translation>Le code PIN du personnel a été changé.</translation>
    </message>
</context>
<context>
    <name>StillThereNotice</name>
    <message>
        <source>Still there?</source>
        <translation>Toujours là ?</translation>
    </message>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <source>Yes, I am still here</source>
        <translation>Oui, je suis toujours là</translation>
    </message>
    <message numerus="yes">
        <source>To keep the last person&apos;s search private, this app starts over in %n seconds.</source>
        <translation>
            <numerusform>Pour que la recherche de la dernière personne reste privée, l&apos;application recommence dans %n seconde.</numerusform>
            <numerusform>Pour que la recherche de la dernière personne reste privée, l&apos;application recommence dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustedKeysDialog</name>
    <message>
        <source>Trusted publisher keys</source>
        <translation>Clés d&apos;éditeurs de confiance</translation>
    </message>
    <message>
        <source>Packs signed with one of these keys show as verified. Add a key only when you know it comes from the publisher (for example, handed over in person).</source>
        <translation>Les packs signés avec l&apos;une de ces clés s&apos;affichent comme vérifiés. N&apos;ajoutez une clé que si vous savez qu&apos;elle vient de l&apos;éditeur (par exemple, remise en personne).</translation>
    </message>
    <message>
        <source>Add key...</source>
        <translation>Ajouter une clé...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>added on this computer</source>
        <translation>ajoutée sur cet ordinateur</translation>
    </message>
    <message>
        <source>part of the program or of this computer&apos;s setup</source>
        <translation>fait partie du programme ou de l&apos;installation de cet ordinateur</translation>
    </message>
    <message>
        <source>{name} (key {key_id}; {where})</source>
        <translation>{name} (clé {key_id} ; {where})</translation>
    </message>
    <message>
        <source>Add key</source>
        <translation>Ajouter une clé</translation>
    </message>
    <message>
        <source>Public keys (*.pub)</source>
        <translation>Clés publiques (*.pub)</translation>
    </message>
    <message>
        <source>Publisher&apos;s name</source>
        <translation>Nom de l&apos;éditeur</translation>
    </message>
    <message>
        <source>The publisher&apos;s name, shown on its answers as &quot;Verified: name&quot;:</source>
        <translation>Le nom de l&apos;éditeur, affiché sur ses réponses sous la forme « Vérifié : nom » :</translation>
    </message>
    <message>
        <source>The name may hold letters, digits, spaces and . _ ( ) -</source>
        <translation>Le nom peut contenir des lettres, des chiffres, des espaces et . _ ( ) -</translation>
    </message>
    <message>
        <source>That file is not a publisher&apos;s public key (.pub).</source>
        <translation>Ce fichier n&apos;est pas la clé publique d&apos;un éditeur (.pub).</translation>
    </message>
    <message>
        <source>The key could not be saved on this computer.</source>
        <translation>La clé n&apos;a pas pu être enregistrée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Remove key</source>
        <translation>Retirer la clé</translation>
    </message>
    <message>
        <source>Stop trusting the key of {name}? Its packs will show as not verified.</source>
        <translation>Ne plus faire confiance à la clé de {name} ? Ses packs s&apos;afficheront comme non vérifiés.</translation>
    </message>
    <message>
        <source>The key could not be removed.</source>
        <translation>La clé n&apos;a pas pu être retirée.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Your contact log keeps a private record of every time you try to reach ICE. Choose your log and type your passphrase.</source>
        <translation>Votre journal des contacts garde en privé chaque tentative de joindre ICE. Choisissez votre journal et tapez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Logs on this computer</source>
        <translation>Journaux sur cet ordinateur</translation>
    </message>
    <message>
        <source>There is no log on this computer yet. Start a new one.</source>
        <translation>Il n&apos;y a pas encore de journal sur cet ordinateur. Commencez-en un nouveau.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Open my log</source>
        <translation>&amp;Ouvrir mon journal</translation>
    </message>
    <message>
        <source>Open the chosen log</source>
        <translation>Ouvrir le journal choisi</translation>
    </message>
    <message>
        <source>Start a &amp;new log...</source>
        <translation>Commencer un &amp;nouveau journal...</translation>
    </message>
    <message>
        <source>Start a new contact log</source>
        <translation>Commencer un nouveau journal des contacts</translation>
    </message>
    <message>
        <source>Open a &amp;backup file...</source>
        <translation>Ouvrir une &amp;sauvegarde...</translation>
    </message>
    <message>
        <source>Make a log from a backup file</source>
        <translation>Refaire un journal à partir d&apos;une sauvegarde</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Logs on this computer:</source>
        <translation>Journaux sur cet ordinateur :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>First choose your log in the list.</source>
        <translation>Choisissez d&apos;abord votre journal dans la liste.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase secrète.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Welcome to Check-In Help</source>
        <translation>Bienvenue dans Check-In Help</translation>
    </message>
    <message>
        <source>This app answers common questions about check-ins with ICE and ISAP. The answers come from the Asylum Seeker Advocacy Project (ASAP).</source>
        <translation>Cette application répond aux questions fréquentes sur les rendez-vous de contrôle avec ICE et ISAP. Les réponses viennent de l&apos;Asylum Seeker Advocacy Project (ASAP).</translation>
    </message>
    <message>
        <source>It works without the internet. What you type is not sent anywhere.</source>
        <translation>Elle fonctionne sans internet. Ce que vous tapez n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>It gives legal information, not legal advice about your case.</source>
        <translation>Elle donne une information juridique, pas un conseil juridique sur votre cas.</translation>
    </message>
    <message>
        <source>To learn how to use it, open the menu %1 &gt; %2.</source>
        <translation>Pour apprendre à l&apos;utiliser, ouvrez le menu %1 &gt; %2.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
</context>
</TS>
