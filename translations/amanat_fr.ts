<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BlobStore</name>
    <message>
        <source>A stored original is shorter than recorded.</source>
        <translation>Un original stocké est plus court que la taille enregistrée.</translation>
    </message>
    <message>
        <source>A part of a stored original is missing.</source>
        <translation>Une partie d’un original stocké est manquante.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Item %1 has no stored original.</source>
        <translation>L’élément %1 n’a pas d’original stocké.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Too few arguments.</source>
        <translation>Trop peu d’arguments.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Trop d’arguments.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item id (a positive number).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un identifiant d’élément (un nombre positif).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Afficher le résultat au format JSON.</translation>
    </message>
    <message>
        <source>
The passphrase is read from AMANAT_PASSPHRASE, else prompted on a terminal, else taken from the first line of standard input.
Exit codes: 0 success, 1 failure, 2 usage, 3 wrong passphrase or recovery key, 4 verify found a problem, 5 library in use.</source>
        <translation>
La phrase secrète est lue dans AMANAT_PASSPHRASE&#xa0;; à défaut, elle est demandée dans le terminal&#xa0;; à défaut, elle est lue sur la première ligne de l’entrée standard.
Codes de sortie&#xa0;: 0 succès, 1 échec, 2 erreur d’utilisation, 3 phrase secrète ou clé de récupération incorrecte, 4 verify a détecté un problème, 5 bibliothèque en cours d’utilisation.</translation>
    </message>
    <message>
        <source>Kind of the new items.</source>
        <translation>Type des nouveaux éléments.</translation>
    </message>
    <message>
        <source>Title of the new items.</source>
        <translation>Titre des nouveaux éléments.</translation>
    </message>
    <message>
        <source>Tag path (repeatable).</source>
        <translation>Chemin d’étiquette (option répétable).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’élément&#xa0;; utilisez l’un des types suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme FIELD=VALUE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; the fields are: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ&#xa0;; les champs sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Overwrite DEST if it exists.</source>
        <translation>Écraser DEST s’il existe.</translation>
    </message>
    <message>
        <source>Deleted item %1.</source>
        <translation>Élément %1 supprimé.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nouvelle phrase secrète&#xa0;: </translation>
    </message>
    <message>
        <source>Created the library %1.</source>
        <translation>Bibliothèque %1 créée.</translation>
    </message>
    <message>
        <source>Write the recovery key on paper and keep it apart from this computer. It is shown only now; with it anyone can open the library.</source>
        <translation>Notez la clé de récupération sur papier et conservez-la à l’écart de cet ordinateur. Elle n’est affichée que maintenant&#xa0;; toute personne qui la détient peut ouvrir la bibliothèque.</translation>
    </message>
    <message>
        <source>Database: ok</source>
        <translation>Base de données&#xa0;: OK</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <source>Originals: %1 checked, %2 damaged</source>
        <translation>Originaux vérifiés&#xa0;: %1, endommagés&#xa0;: %2</translation>
    </message>
    <message>
        <source>  item %1: %2</source>
        <translation>  élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Custody log: ok (%1 events)</source>
        <translation>Journal de la chaîne de possession&#xa0;: OK (événements&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation>Journal de la chaîne de possession&#xa0;: %1</translation>
    </message>
    <message>
        <source>The library failed verification.</source>
        <translation>La vérification de la bibliothèque a échoué.</translation>
    </message>
    <message>
        <source>The passphrase was changed; the old one no longer opens this library.</source>
        <translation>La phrase secrète a été changée&#xa0;; l’ancienne n’ouvre plus cette bibliothèque.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clé de récupération&#xa0;: </translation>
    </message>
    <message>
        <source>WARNING: these lines open the whole library without the passphrase. Do not save them in a file, a chat or a shell history. Paste them into `sqlcipher library.db` to read the data with standard tools.</source>
        <translation>AVERTISSEMENT&#xa0;: ces lignes ouvrent toute la bibliothèque sans la phrase secrète. Ne les enregistrez ni dans un fichier, ni dans une messagerie, ni dans l’historique du shell. Collez-les dans `sqlcipher library.db` pour lire les données avec des outils standard.</translation>
    </message>
    <message>
        <source>Backed up to %1; it opens with the same passphrase and recovery key.</source>
        <translation>Sauvegarde enregistrée dans %1&#xa0;; elle s’ouvre avec la même phrase secrète et la même clé de récupération.</translation>
    </message>
    <message>
        <source>Tag path to add (repeatable).</source>
        <translation>Chemin d’étiquette à ajouter (option répétable).</translation>
    </message>
    <message>
        <source>Tag path to remove (repeatable).</source>
        <translation>Chemin d’étiquette à retirer (option répétable).</translation>
    </message>
    <message>
        <source>Give at least one --add or --remove.</source>
        <translation>Indiquez au moins une option --add ou --remove.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; run amanat-cli help.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une commande&#xa0;; exécutez amanat-cli help.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print only page N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--page takes a page number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no page %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-extract every item, not only unfinished ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR languages, e.g. chi_sim+uig+eng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File whose first line is the PDF password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds allowed per file (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished">Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The only setting is ocr_languages=LANGS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store the files without extracting text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds allowed per file for extraction (default 120).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress as JSON lines on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished">L’importation a été annulée.</translation>
    </message>
    <message>
        <source>The import stopped early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start without the starter tag tree (violations, document types, countries).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals and custody log: not checked, because the database failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match (%1 ms).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most results to return (default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read one query a line from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the saved search NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either a QUERY, --stdin or --saved NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace a saved search of the same name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Deleted the tag %1; %n item(s) lost it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large for a tag list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>custody event %1 is missing</source>
        <translation>l’événement %1 de la chaîne de possession est manquant</translation>
    </message>
    <message>
        <source>custody event %1 does not follow the one before it</source>
        <translation>l’événement %1 de la chaîne de possession ne fait pas suite au précédent</translation>
    </message>
    <message>
        <source>custody event %1 was altered</source>
        <translation>l’événement %1 de la chaîne de possession a été modifié</translation>
    </message>
    <message>
        <source>the end of the custody log was cut off or rewritten</source>
        <translation>la fin du journal de la chaîne de possession a été tronquée ou réécrite</translation>
    </message>
    <message>
        <source>the custody log&apos;s write protection was removed</source>
        <translation>la protection en écriture du journal de la chaîne de possession a été supprimée</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The library database is missing.</source>
        <translation>La base de données de la bibliothèque est introuvable.</translation>
    </message>
    <message>
        <source>Amanat was built without SQLCipher encryption; refusing to open the library.</source>
        <translation>Amanat a été compilé sans le chiffrement SQLCipher&#xa0;; il refuse d’ouvrir la bibliothèque.</translation>
    </message>
    <message>
        <source>The database key could not be set.</source>
        <translation>Impossible de définir la clé de la base de données.</translation>
    </message>
    <message>
        <source>The database setting %1 could not be applied (it reads &quot;%2&quot;, expected &quot;%3&quot;); refusing to continue.</source>
        <translation>Le paramètre %1 de la base de données n’a pas pu être appliqué (valeur lue&#xa0;: «&#xa0;%2&#xa0;», valeur attendue&#xa0;: «&#xa0;%3&#xa0;»)&#xa0;; Amanat refuse de continuer.</translation>
    </message>
    <message>
        <source>The library database failed its integrity check.</source>
        <translation>La base de données de la bibliothèque n’a pas passé le contrôle d’intégrité.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved and the library is unchanged.</source>
        <translation>Le disque est plein&#xa0;; la modification n’a pas été enregistrée et la bibliothèque est inchangée.</translation>
    </message>
    <message>
        <source>The library database is damaged or was modified outside Amanat.</source>
        <translation>La base de données de la bibliothèque est endommagée ou a été modifiée en dehors d’Amanat.</translation>
    </message>
    <message>
        <source>The library is in use by another process.</source>
        <translation>La bibliothèque est utilisée par un autre processus.</translation>
    </message>
    <message>
        <source>The library cannot be written: the folder is read-only, missing or not accessible.</source>
        <translation>Impossible d’écrire dans la bibliothèque&#xa0;: le dossier est en lecture seule, introuvable ou inaccessible.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library (was the drive removed?).</source>
        <translation>Le disque a signalé une erreur lors de la lecture ou de l’écriture de la bibliothèque (le support a-t-il été retiré&#xa0;?).</translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation>La modification entre en conflit avec des données existantes.</translation>
    </message>
    <message>
        <source>Unexpected database error (%1).</source>
        <translation>Erreur inattendue de la base de données (%1).</translation>
    </message>
    <message>
        <source>The search functions could not be registered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateSpec</name>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; écrivez-la sous la forme YYYY, YYYY-MM ou YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range; this field takes a single date.</source>
        <translation>«&#xa0;%1&#xa0;» est une période&#xa0;; ce champ n’accepte qu’une seule date.</translation>
    </message>
    <message>
        <source>The date range &quot;%1&quot; ends before it starts.</source>
        <translation>La période «&#xa0;%1&#xa0;» se termine avant de commencer.</translation>
    </message>
</context>
<context>
    <name>ExtractionStore</name>
    <message>
        <source>&quot;%1&quot; is not a list of OCR languages; write it as Tesseract does, e.g. chi_sim+uig+eng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder.</source>
        <translation>%1 n’est ni un fichier ni un dossier.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>The value for %1 contains a NUL character.</source>
        <translation>La valeur de %1 contient un caractère NUL.</translation>
    </message>
    <message>
        <source>The value for %1 is too long (at most %2 characters).</source>
        <translation>La valeur de %1 est trop longue (%2 caractères au maximum).</translation>
    </message>
    <message>
        <source>An item must have a kind.</source>
        <translation>Un élément doit avoir un type.</translation>
    </message>
    <message>
        <source>The value for %1 must be a single line.</source>
        <translation>La valeur de %1 doit tenir sur une seule ligne.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’élément&#xa0;; utilisez l’un des types suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; use a code such as en, zh, ug or ar-SY.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un code de langue&#xa0;; utilisez un code comme en, zh, ug ou ar-SY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it should start with https:// or similar).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une adresse web (elle doit commencer par https:// ou un préfixe similaire).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consent scope; use any of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une portée de consentement&#xa0;; utilisez une ou plusieurs des valeurs suivantes&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ItemRepository</name>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type d’élément&#xa0;; utilisez l’un des types suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>There is no item %1 in this library.</source>
        <translation>Il n’y a pas d’élément %1 dans cette bibliothèque.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; the fields are: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un champ&#xa0;; les champs sont&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1 applies only to testimony items; set kind=testimony first.</source>
        <translation>%1 ne s’applique qu’aux éléments de type témoignage&#xa0;; définissez d’abord kind=testimony.</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The key-slot file of this library is damaged or was modified.</source>
        <translation>Le fichier d’emplacements de clé de cette bibliothèque est endommagé ou a été modifié.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).</source>
        <translation>Mémoire insuffisante pour dériver la clé à partir de la phrase secrète (Argon2id nécessite %1 Mio).</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library (it has no key-slot file).</source>
        <translation>Ce dossier n’est pas une bibliothèque Amanat (il ne contient pas de fichier d’emplacements de clé).</translation>
    </message>
    <message>
        <source>The key-slot file cannot be read: %1</source>
        <translation>Impossible de lire le fichier d’emplacements de clé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library (its key-slot file is not recognised).</source>
        <translation>Ce dossier n’est pas une bibliothèque Amanat (son fichier d’emplacements de clé n’est pas reconnu).</translation>
    </message>
    <message>
        <source>This library was made by a newer version of Amanat (key-slot format %1).</source>
        <translation>Cette bibliothèque a été créée par une version plus récente d’Amanat (format d’emplacements de clé %1).</translation>
    </message>
    <message>
        <source>This library has no slot for that kind of key.</source>
        <translation>Cette bibliothèque n’a pas d’emplacement pour ce type de clé.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La phrase secrète est incorrecte.</translation>
    </message>
    <message>
        <source>The recovery key is wrong.</source>
        <translation>La clé de récupération est incorrecte.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The library database is not encrypted; refusing to use it.</source>
        <translation>La base de données de la bibliothèque n’est pas chiffrée&#xa0;; Amanat refuse de l’utiliser.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters, better a sentence of several words.</source>
        <translation>La phrase secrète est trop courte&#xa0;: utilisez au moins %1 caractères, de préférence une phrase de plusieurs mots.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; choose a new folder.</source>
        <translation>%1 existe déjà et n’est pas vide&#xa0;; choisissez un nouveau dossier.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>Il n’y a pas de bibliothèque à l’emplacement %1.</translation>
    </message>
    <message>
        <source>its bytes no longer match the SHA-256 recorded at import</source>
        <translation>son contenu ne correspond plus à l’empreinte SHA-256 enregistrée lors de l’importation</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom pour la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>LibraryLock</name>
    <message>
        <source>The library&apos;s lock file</source>
        <translation>Le fichier de verrouillage de la bibliothèque</translation>
    </message>
    <message>
        <source>The library is in use by another process; close it there first.</source>
        <translation>La bibliothèque est utilisée par un autre processus&#xa0;; fermez-la d’abord dans celui-ci.</translation>
    </message>
</context>
<context>
    <name>OriginalExporter</name>
    <message>
        <source>Item %1 has no original file.</source>
        <translation>L’élément %1 n’a pas de fichier original.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom ou autorisez l’écrasement.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>The stored original of item %1 cannot be read: %2</source>
        <translation>Impossible de lire l’original stocké de l’élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The stored original of item %1 no longer matches its SHA-256; nothing was written. Run verify.</source>
        <translation>L’original stocké de l’élément %1 ne correspond plus à son empreinte SHA-256&#xa0;; rien n’a été écrit. Lancez la commande verify.</translation>
    </message>
</context>
<context>
    <name>ProgressReporter</name>
    <message>
        <source>Imported %1 of %2 files; extracted %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>  not imported: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  item %1 (%2): extraction incomplete: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>That is not a recovery key: it should be %1 groups of four letters and digits.</source>
        <translation>Ce n’est pas une clé de récupération&#xa0;: elle doit se composer de %1 groupes de quatre lettres et chiffres.</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>A saved search needs a name of one line (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A saved search named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This library was made by a newer version of Amanat (schema %1; this version reads up to %2). Update Amanat to open it.</source>
        <translation>Cette bibliothèque a été créée par une version plus récente d’Amanat (schéma %1&#xa0;; cette version lit jusqu’au schéma %2). Mettez Amanat à jour pour l’ouvrir.</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>The query could not be run; check its quotes and operators.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The query has an opening quote (&quot;) without a closing one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quote (&quot;) must start a phrase or a filter value, as in &quot;exact words&quot; or tag:&quot;Police files&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side, not a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1:&quot; is not a filter; the filters are %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The filter %1: needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter cannot be excluded with &quot;-&quot;; remove the minus before %1:.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A &quot;*&quot; must follow the beginning of a word, as in detain*.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &quot;-&quot; must come right before the word to exclude, as in -rumour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OR cannot be followed by an excluded word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The query has nothing to search for: type a word, a phrase in quotes or a filter such as tag:Detention.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The passphrase is too long.</source>
        <translation>La phrase secrète est trop longue.</translation>
    </message>
    <message>
        <source>No passphrase given: set AMANAT_PASSPHRASE, type it at the prompt, or pass it on standard input.</source>
        <translation>Aucune phrase secrète fournie&#xa0;: définissez AMANAT_PASSPHRASE, saisissez-la à l’invite ou transmettez-la sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Saisissez-la de nouveau&#xa0;: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Les deux phrases secrètes sont différentes&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>&quot;%1&quot; is not a tag path: a level is empty (write it as Parent/Child).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un chemin d’étiquette&#xa0;: un niveau est vide (écrivez-le sous la forme Parent/Enfant).</translation>
    </message>
    <message>
        <source>A tag name is too long (at most %1 characters).</source>
        <translation>Un nom d’étiquette est trop long (%1 caractères au maximum).</translation>
    </message>
    <message>
        <source>A tag name may not contain control characters.</source>
        <translation>Un nom d’étiquette ne doit pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>The tag path is nested too deeply (at most %1 levels).</source>
        <translation>Le chemin d’étiquette est trop profondément imbriqué (%1 niveaux au maximum).</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>L’étiquette «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write it as #RRGGBB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new tag name cannot contain &quot;/&quot;; use tag-move to move a tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; already exists there; use tag-merge to combine them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be moved below itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag cannot be merged into one of its own sub-tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has an unclosed quote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has more than two columns (path, colour); quote a path that contains a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::FileUtil</name>
    <message>
        <source>The disk is full; %1 was not written.</source>
        <translation>%1 n’a pas été écrit&#xa0;: le disque est plein.</translation>
    </message>
    <message>
        <source>%1 cannot be written: permission denied or the disk is read-only.</source>
        <translation>%1&#xa0;: écriture impossible (permission refusée ou disque en lecture seule).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>amanat::ReextractJob</name>
    <message>
        <source>Item %1 has no original file.</source>
        <translation type="unfinished">L’élément %1 n’a pas de fichier original.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemDetailsWidget</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemListModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryView</name>
    <message>
        <source>Search the library and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 of %2 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::MainWindow</name>
    <message>
        <source>&amp;Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Amanat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanat — locked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::SearchResultModel</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::UnlockWidget</name>
    <message>
        <source>Unlock a library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase does not unlock this library. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is open in another program. Close it there, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library is damaged and cannot be opened safely. Restore it from a backup, or ask for help before changing anything in its folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not an Amanat library. Choose the folder of a library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a library folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
