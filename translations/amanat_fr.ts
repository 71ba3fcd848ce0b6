<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>BagExporter</name>
    <message>
        <source>The folder for %1 cannot be made.</source>
        <translation>Le dossier de %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new folder for the bag.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau dossier pour le paquet BagIt.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>Le dossier %1 ne peut pas être créé.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>Items exported from an Amanat library: %1.</source>
        <translation>Éléments exportés d’une bibliothèque Amanat&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The bag could not be moved to %1.</source>
        <translation>Le paquet BagIt n’a pas pu être déplacé vers %1.</translation>
    </message>
</context>
<context>
    <name>BlobDevice</name>
    <message>
        <source>Item %1 has no stored original.</source>
        <translation>L’élément %1 n’a pas d’original stocké.</translation>
    </message>
    <message>
        <source>The original is closed.</source>
        <translation>L’original est fermé.</translation>
    </message>
    <message>
        <source>A part of a stored original is missing.</source>
        <translation>Une partie d’un original stocké est manquante.</translation>
    </message>
    <message>
        <source>A stored original is shorter than recorded.</source>
        <translation>Un original stocké est plus court que la taille enregistrée.</translation>
    </message>
</context>
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
    <name>BundleExporter</name>
    <message>
        <source>The Bates prefix must be 1 to 16 letters, digits or underscores.</source>
        <translation>Le préfixe Bates doit comporter de 1 à 16 lettres, chiffres ou traits de soulignement.</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2)</source>
        <translation>pièce %1 (élément %2)</translation>
    </message>
    <message>
        <source>The original of %1 could not be read in full.</source>
        <translation>L’original de %1 n’a pas pu être lu entièrement.</translation>
    </message>
    <message numerus="yes">
        <source>Exhibit %1 asks for pages %2–%3, but its PDF has %n page(s).</source>
        <translation>
            <numerusform>La pièce %1 demande les pages %2–%3, mais son PDF compte %n page.</numerusform>
            <numerusform>La pièce %1 demande les pages %2–%3, mais son PDF compte %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Transcript — witness %1</source>
        <translation>Transcription — témoin %1</translation>
    </message>
    <message>
        <source>Text of the original file (as extracted)</source>
        <translation>Texte du fichier original (tel qu’extrait)</translation>
    </message>
    <message>
        <source>(No text could be extracted from this file. The original is identified by its SHA-256 on the exhibit sheet.)</source>
        <translation>(Aucun texte n’a pu être extrait de ce fichier. L’original est identifié par son empreinte SHA-256 sur la fiche de la pièce.)</translation>
    </message>
    <message>
        <source>The pages of %1 were not prepared.</source>
        <translation>Les pages de %1 n’ont pas été préparées.</translation>
    </message>
    <message>
        <source>Exhibit %1 has no pages in the range asked for.</source>
        <translation>La pièce %1 n’a aucune page dans la plage demandée.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <source>The first Bates number must be 1 or more.</source>
        <translation>Le premier numéro Bates doit être supérieur ou égal à 1.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new folder for the bundle.</source>
        <translation>%1 existe déjà et n’est pas un dossier vide&#xa0;; choisissez un nouveau dossier pour la liasse.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Preparing exhibit %1 (%2 of %3)…</source>
        <translation>Préparation de la pièce %1 (%2 sur %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Preparing the pages of %n original(s)…</source>
        <translation>
            <numerusform>Préparation des pages de %n original…</numerusform>
            <numerusform>Préparation des pages de %n originaux…</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared with Amanat %1 on %2 UTC.</source>
        <translation>Préparé avec Amanat %1 le %2 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n page(s)…</source>
        <translation>
            <numerusform>Création de %n page…</numerusform>
            <numerusform>Création de %n pages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Pièce %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation>Impossible de créer un dossier dans %1.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <source>%1 is larger than the size limit: one exhibit alone exceeds it. Ask the court how to file it.</source>
        <translation>%1 dépasse la taille maximale&#xa0;: une seule pièce la dépasse à elle seule. Demandez au tribunal comment la déposer.</translation>
    </message>
    <message>
        <source>Signing the manifest…</source>
        <translation>Signature du manifeste…</translation>
    </message>
    <message>
        <source>Could not replace the empty folder %1.</source>
        <translation>Impossible de remplacer le dossier vide %1.</translation>
    </message>
    <message>
        <source>Could not move the bundle into %1.</source>
        <translation>Impossible de déplacer la liasse dans %1.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Page de garde</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>%1–%2 (%3 to %4)</source>
        <translation>%1–%2 (%3 à %4)</translation>
    </message>
    <message>
        <source>pages %1–%2 of the original</source>
        <translation>pages %1–%2 de l’original</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>de %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the library&apos;s hash-chained log. First: %1 on %2 by %3. Latest: %4 on %5. Latest event hash: %6.</source>
        <translation>
            <numerusform>%n événement dans le journal chaîné par empreintes de la bibliothèque. Premier&#xa0;: %1 le %2 par %3. Dernier&#xa0;: %4 le %5. Empreinte du dernier événement&#xa0;: %6.</numerusform>
            <numerusform>%n événements dans le journal chaîné par empreintes de la bibliothèque. Premier&#xa0;: %1 le %2 par %3. Dernier&#xa0;: %4 le %5. Empreinte du dernier événement&#xa0;: %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Author / source</source>
        <translation>Auteur / source</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Titre de la source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Witness code</source>
        <translation>Code du témoin</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Fichier original</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 de l’original</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collecte</translation>
    </message>
    <message>
        <source>In this bundle</source>
        <translation>Dans cette liasse</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extrait</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Chaîne de conservation</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Native file</source>
        <translation>Fichier natif</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Segment relied on</source>
        <translation>Segment invoqué</translation>
    </message>
    <message>
        <source>the whole recording</source>
        <translation>l’enregistrement entier</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n octet</numerusform>
            <numerusform>%n octets</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Video and audio cannot be placed in a filed PDF. The native file accompanies this bundle; its SHA-256 is listed in manifest.json.</source>
        <translation>La vidéo et l’audio ne peuvent pas être intégrés à un PDF déposé. Le fichier natif accompagne cette liasse&#xa0;; son empreinte SHA-256 figure dans manifest.json.</translation>
    </message>
    <message>
        <source>Video exhibit %1</source>
        <translation>Pièce vidéo %1</translation>
    </message>
    <message>
        <source>Audio exhibit %1</source>
        <translation>Pièce audio %1</translation>
    </message>
    <message>
        <source>Redaction: names and contacts of protected people, and redacted text, were removed from every page, and the finished bundle was read back (text and OCR of every page image) to check that none is legible. Each exhibit sheet says what was removed and who reviewed it.</source>
        <translation>Caviardage&#xa0;: les noms et coordonnées des personnes protégées, ainsi que le texte caviardé, ont été supprimés de chaque page, et la liasse finale a été relue (texte et OCR de chaque image de page) pour vérifier qu’aucun n’est lisible. Chaque fiche de pièce indique ce qui a été supprimé et qui l’a examiné.</translation>
    </message>
    <message>
        <source>A test setting turned redactor strategies off: %1.</source>
        <translation>Un paramètre de test a désactivé des stratégies du module de caviardage&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Checking the finished bundle for protected names…</source>
        <translation>Recherche de noms protégés dans la liasse finale…</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Caviardage</translation>
    </message>
    <message>
        <source>No OCR language is installed, so page images cannot be checked for protected names. Install tesseract-ocr-eng.</source>
        <translation>Aucune langue de l’OCR n’est installée&#xa0;: les images de page ne peuvent donc pas être contrôlées pour y rechercher des noms protégés. Installez tesseract-ocr-eng.</translation>
    </message>
    <message>
        <source>Protected names are written in %1 script, which OCR cannot read on this computer, so page images cannot be checked for them. Install %2.</source>
        <translation>Des noms protégés sont écrits en écriture %1, que l’OCR ne sait pas lire sur cet ordinateur&#xa0;: les images de page ne peuvent donc pas être contrôlées pour les y rechercher. Installez %2.</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2) page %3: %4</source>
        <translation>pièce %1 (élément %2) page %3&#xa0;: %4</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; et %n autre</numerusform>
            <numerusform>; et %n autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) await redaction review: %1. Check the proposed boxes in the app (dossier → Review redactions) or with amanat-cli redact-preview, then approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…); or export anyway with --accept-unreviewed, which is logged and printed on the exhibit sheets.</source>
        <translation>
            <numerusform>%n page attend l’examen des caviardages&#xa0;: %1. Vérifiez les cadres proposés dans l’application (dossier → Examiner les caviardages) ou avec amanat-cli redact-preview, puis approuvez-les (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)&#xa0;; ou exportez malgré tout avec --accept-unreviewed, ce qui est consigné dans le journal et imprimé sur les fiches de pièce.</numerusform>
            <numerusform>%n pages attendent l’examen des caviardages&#xa0;: %1. Vérifiez les cadres proposés dans l’application (dossier → Examiner les caviardages) ou avec amanat-cli redact-preview, puis approuvez-les (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)&#xa0;; ou exportez malgré tout avec --accept-unreviewed, ce qui est consigné dans le journal et imprimé sur les fiches de pièce.</numerusform>
        </translation>
    </message>
    <message>
        <source>exhibit %1 (item %2) page %3: the redactor found a protected name in the page image</source>
        <translation>pièce %1 (élément %2) page %3&#xa0;: le module de caviardage a trouvé un nom protégé dans l’image de la page</translation>
    </message>
    <message numerus="yes">
        <source>%n more page(s) await redaction review: %1. Review and approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…), or export with --accept-unreviewed.</source>
        <translation>
            <numerusform>%n autre page attend l’examen des caviardages&#xa0;: %1. Examinez-la et approuvez-la (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…), ou exportez avec --accept-unreviewed.</numerusform>
            <numerusform>%n autres pages attendent l’examen des caviardages&#xa0;: %1. Examinez-les et approuvez-les (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…), ou exportez avec --accept-unreviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not redacted in this dossier by the user&apos;s recorded choice: %1.</source>
        <translation>Non caviardé dans ce dossier, selon le choix consigné de l’utilisateur&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) removed automatically</source>
        <translation>
            <numerusform>%n zone supprimée automatiquement</numerusform>
            <numerusform>%n zones supprimées automatiquement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) marked by hand</source>
        <translation>
            <numerusform>%n zone marquée à la main</numerusform>
            <numerusform>%n zones marquées à la main</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) removed from the text</source>
        <translation>
            <numerusform>%n passage supprimé du texte</numerusform>
            <numerusform>%n passages supprimés du texte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic area(s) left visible by the reviewer</source>
        <translation>
            <numerusform>%n zone automatique laissée visible par la personne chargée de l’examen</numerusform>
            <numerusform>%n zones automatiques laissées visibles par la personne chargée de l’examen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed removing: no protected name, contact or marked area was found.</source>
        <translation>Aucune suppression n’était nécessaire&#xa0;: aucun nom protégé, aucune coordonnée protégée ni aucune zone marquée n’a été trouvé.</translation>
    </message>
    <message>
        <source>Removed to protect: %1.</source>
        <translation>Supprimé pour protéger&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) reviewed by %1; last on %2.</source>
        <translation>
            <numerusform>%n page examinée par %1&#xa0;; dernier examen le %2.</numerusform>
            <numerusform>%n pages examinées par %1&#xa0;; dernier examen le %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT REVIEWED by a person: page(s) %1 of the original, exported with --accept-unreviewed by %2 on %3.</source>
        <translation>NON EXAMINÉE(S) par une personne&#xa0;: page(s) %1 de l’original, exportée(s) avec --accept-unreviewed par %2 le %3.</translation>
    </message>
    <message>
        <source>The original in the library is unchanged.</source>
        <translation>L’original conservé dans la bibliothèque est inchangé.</translation>
    </message>
    <message>
        <source>a protected string</source>
        <translation>une chaîne protégée</translation>
    </message>
    <message>
        <source>a protected name of %1</source>
        <translation>un nom protégé de %1</translation>
    </message>
    <message>
        <source>a protected contact of %1</source>
        <translation>une coordonnée protégée de %1</translation>
    </message>
    <message>
        <source>a redacted text</source>
        <translation>un texte caviardé</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), its native file %3: %4 in %5 (the recording&apos;s container metadata or its content); export a copy without metadata or leave the exhibit out</source>
        <translation>pièce %1 (élément %2), son fichier natif %3&#xa0;: %4 dans %5 (les métadonnées du conteneur de l’enregistrement ou son contenu)&#xa0;; exportez une copie sans métadonnées ou retirez la pièce</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1&#xa0;: %2 dans %3</translation>
    </message>
    <message>
        <source>the bundle folder</source>
        <translation>le dossier de la liasse</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 de %2</translation>
    </message>
    <message>
        <source>page %1 (%2) of %3</source>
        <translation>page %1 (%2) de %3</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), page %3 of the original, on %4</source>
        <translation>pièce %1 (élément %2), page %3 de l’original, à la %4</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), on %3</source>
        <translation>pièce %1 (élément %2), à la %3</translation>
    </message>
    <message>
        <source>%1: %2 is legible in %3</source>
        <translation>%1&#xa0;: %2 est lisible dans %3</translation>
    </message>
    <message numerus="yes">
        <source>The leak check read the finished bundle back and found %n protected string(s) still legible, so no bundle was written: %1. Mark the place to cover (redact --rect, or the redaction review) and export again.</source>
        <translation>
            <numerusform>Le contrôle des fuites a relu la liasse finale et y a trouvé %n chaîne protégée encore lisible&#xa0;; aucune liasse n’a donc été écrite&#xa0;: %1. Marquez la zone à couvrir (redact --rect, ou l’examen des caviardages) et exportez de nouveau.</numerusform>
            <numerusform>Le contrôle des fuites a relu la liasse finale et y a trouvé %n chaînes protégées encore lisibles&#xa0;; aucune liasse n’a donc été écrite&#xa0;: %1. Marquez la zone à couvrir (redact --rect, ou l’examen des caviardages) et exportez de nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written or logged.</source>
        <translation>L’exportation a été annulée&#xa0;; rien n’a été écrit ni consigné.</translation>
    </message>
    <message>
        <source>Translation of exhibit %1</source>
        <translation>Traduction de la pièce %1</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Part %1, %2: pages %3–%4</source>
        <translation>Partie %1, %2&#xa0;: pages %3–%4</translation>
    </message>
    <message>
        <source>%1 · translation of %2</source>
        <translation>%1 · traduction de %2</translation>
    </message>
    <message>
        <source>%1 · translation</source>
        <translation>%1 · traduction</translation>
    </message>
    <message>
        <source>%1 · translated in %2</source>
        <translation>%1 · traduit en %2</translation>
    </message>
    <message>
        <source>Exhibit %1 — %2</source>
        <translation>Pièce %1 — %2</translation>
    </message>
    <message>
        <source>%1 (item %2, not in this bundle)</source>
        <translation>%1 (élément %2, absent de cette liasse)</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Traduction de</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <source>Translated in</source>
        <translation>Traduit en</translation>
    </message>
    <message>
        <source>Exhibit %1, %2, pages %3 to %4 of this bundle</source>
        <translation>Pièce %1, %2, pages %3 à %4 de cette liasse</translation>
    </message>
    <message>
        <source>I certify that I am competent to translate from %1 into %2, and that the translation listed below is a true and accurate translation of the original document listed below, to the best of my knowledge and belief.</source>
        <translation>Je certifie être compétent(e) pour traduire de la langue source (%1) vers la langue cible (%2), et que la traduction indiquée ci-dessous est une traduction fidèle et exacte du document original indiqué ci-dessous, au mieux de mes connaissances et en toute bonne foi.</translation>
    </message>
    <message>
        <source>the language of the original</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>the language of the translation</source>
        <translation>non indiquée</translation>
    </message>
    <message>
        <source>(not recorded in the library)</source>
        <translation>(non consigné dans la bibliothèque)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>SHA-256 of the translation</source>
        <translation>SHA-256 de la traduction</translation>
    </message>
    <message>
        <source>Date of translation</source>
        <translation>Date de la traduction</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Partie %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Proof of Service</source>
        <translation>Preuve de signification</translation>
    </message>
    <message>
        <source>Table of Contents</source>
        <translation>Table des matières</translation>
    </message>
    <message numerus="yes">
        <source>this bundle of %n page(s) (%1 to %2)</source>
        <translation>
            <numerusform>cette liasse de %n page (%1 à %2)</numerusform>
            <numerusform>cette liasse de %n pages (%1 à %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule of Country Evidence</source>
        <translation>Liste des preuves sur le pays</translation>
    </message>
    <message>
        <source>Extract relied on</source>
        <translation>Extrait invoqué</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>Question&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (pages %2–%3 of the original)</source>
        <translation>%1 (pages %2–%3 de l’original)</translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation>Le document entier</translation>
    </message>
    <message numerus="yes">
        <source>The schedule of country evidence has %n page(s); tribunals often allow no more than 12. Shorten the exhibits&apos; descriptions.</source>
        <translation>
            <numerusform>La liste des preuves sur le pays compte %n page&#xa0;; les tribunaux n’en admettent souvent que 12. Raccourcissez les descriptions des pièces.</numerusform>
            <numerusform>La liste des preuves sur le pays compte %n pages&#xa0;; les tribunaux n’en admettent souvent que 12. Raccourcissez les descriptions des pièces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundlePlanner</name>
    <message>
        <source>The profile must be uk (A4) or us (Letter).</source>
        <translation>Le profil doit être uk (A4) ou us (Letter).</translation>
    </message>
    <message>
        <source>Exhibit %1 has a page range, but item %2 has no pages.</source>
        <translation>La pièce %1 a une plage de pages, mais l’élément %2 n’a pas de pages.</translation>
    </message>
    <message>
        <source>Dossier &quot;%1&quot; has no exhibits to put in a bundle.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» ne contient aucune pièce à mettre dans une liasse.</translation>
    </message>
    <message>
        <source>The witness has not consented to court use of exhibit(s) %1. Record their consent, or override it if you have another lawful basis (amanat-cli bundle --override-consent, or the box in the export dialog); the override is logged.</source>
        <translation>Le témoin n’a pas consenti à l’utilisation devant un tribunal de la ou des pièces %1. Enregistrez son consentement, ou passez outre si vous disposez d’un autre fondement juridique (amanat-cli bundle --override-consent, ou la case de la boîte de dialogue d’exportation)&#xa0;; ce passage outre est consigné dans le journal.</translation>
    </message>
    <message>
        <source>The dossier&apos;s case details contain a protected name or contact; it is blacked out in the bundle.</source>
        <translation>Les informations sur l’affaire du dossier contiennent un nom ou une coordonnée protégés&#xa0;; ils sont noircis dans la liasse.</translation>
    </message>
    <message>
        <source>Page numbering must be continuous or section.</source>
        <translation>La numérotation des pages doit être continuous ou section.</translation>
    </message>
    <message>
        <source>Exhibit %1 translates exhibit %2: it is placed directly after it, in section &quot;%3&quot;.</source>
        <translation>La pièce %1 traduit la pièce %2&#xa0;: elle est placée juste après, dans la section «&#xa0;%3&#xa0;».</translation>
    </message>
</context>
<context>
    <name>BundleReadme</name>
    <message>
        <source>HOW TO CHECK THIS BUNDLE WITHOUT AMANAT</source>
        <translation>COMMENT VÉRIFIER CETTE LIASSE SANS AMANAT</translation>
    </message>
    <message>
        <source>This folder was exported by Amanat from the dossier &quot;%1&quot;. manifest.json lists every file of the folder with its SHA-256 hash, and every exhibit with its chain of custody. manifest.sig is a signature of manifest.json.</source>
        <translation>Ce dossier a été exporté par Amanat à partir du dossier «&#xa0;%1&#xa0;». manifest.json énumère chaque fichier du dossier avec son empreinte SHA-256, et chaque pièce avec sa chaîne de conservation. manifest.sig est une signature de manifest.json.</translation>
    </message>
    <message>
        <source>1. The files. In this folder, run the command below. Every line must end in &quot;OK&quot;. No file other than those listed belongs to the bundle.</source>
        <translation>1. Les fichiers. Dans ce dossier, exécutez la commande ci-dessous. Chaque ligne doit se terminer par «&#xa0;OK&#xa0;». Aucun autre fichier que ceux énumérés n’appartient à la liasse.</translation>
    </message>
    <message>
        <source>2. The signature. manifest.sig is the Ed25519 signature of the exact bytes of manifest.json, made with the key whose public half is in manifest.json (&quot;signing_key&quot;). Its fingerprint, the SHA-256 of the 32-byte public key, is:</source>
        <translation>2. La signature. manifest.sig est la signature Ed25519 des octets exacts de manifest.json, faite avec la clé dont la moitié publique figure dans manifest.json («&#xa0;signing_key&#xa0;»). Son empreinte, le SHA-256 de la clé publique de 32 octets, est&#xa0;:</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the sender gave you another way (in person, by telephone). With OpenSSL 3, the second command prints the fingerprint and the last one must print &quot;Signature Verified Successfully&quot;:</source>
        <translation>Comparez-la avec l’empreinte que l’expéditeur vous a donnée par un autre moyen (en personne, par téléphone). Avec OpenSSL 3, la deuxième commande affiche l’empreinte et la dernière doit afficher «&#xa0;Signature Verified Successfully&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>3. The chain of custody. Each custody event says who did what to an exhibit, and when. The library keeps all events in one chain: an event&apos;s &quot;hash&quot; is the SHA-256 of the 32 bytes written in hexadecimal as its &quot;prev_hash&quot; (the hash of the event before it in the library, which may concern another item), followed by the UTF-8 bytes of its &quot;canonical&quot; text. That text is the event itself as compact JSON with sorted keys, and must say the same as the event&apos;s other fields. This Python 3 script, run in this folder, checks every event:</source>
        <translation>3. La chaîne de conservation. Chaque événement de la chaîne de conservation indique qui a fait quoi à une pièce, et quand. La bibliothèque garde tous les événements dans une seule chaîne&#xa0;: le «&#xa0;hash&#xa0;» d’un événement est le SHA-256 des 32 octets écrits en hexadécimal dans son «&#xa0;prev_hash&#xa0;» (l’empreinte de l’événement précédent dans la bibliothèque, qui peut concerner un autre élément), suivis des octets UTF-8 de son texte «&#xa0;canonical&#xa0;». Ce texte est l’événement lui-même en JSON compact aux clés triées, et doit dire la même chose que les autres champs de l’événement. Ce script Python 3, exécuté dans ce dossier, vérifie chaque événement&#xa0;:</translation>
    </message>
    <message>
        <source>An event whose &quot;canonical&quot; is null named a protected person in its details or as the person acting, which this bundle blacks out; its hash can be checked only in the library that exported the bundle.</source>
        <translation>Un événement dont le «&#xa0;canonical&#xa0;» est null nommait une personne protégée dans ses détails ou comme auteur de l’action, ce que cette liasse noircit&#xa0;; son empreinte ne peut être vérifiée que dans la bibliothèque qui a exporté la liasse.</translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>is a symbolic link, not a file</source>
        <translation>est un lien symbolique, pas un fichier</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>n’est pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ne peut pas être lu (%1)</translation>
    </message>
    <message>
        <source>the fingerprint it states does not belong to its public key</source>
        <translation>l’empreinte qu’il indique n’appartient pas à sa clé publique</translation>
    </message>
    <message>
        <source>is not an Ed25519 signature (%1 bytes instead of %2)</source>
        <translation>n’est pas une signature Ed25519 (%1 octets au lieu de %2)</translation>
    </message>
    <message>
        <source>signature does not match (the manifest was changed or signed by another key)</source>
        <translation>la signature ne correspond pas (le manifeste a été modifié ou signé par une autre clé)</translation>
    </message>
    <message>
        <source>signing key fingerprint %1 is not the expected %2</source>
        <translation>l’empreinte de la clé de signature %1 n’est pas celle attendue (%2)</translation>
    </message>
    <message>
        <source>is not a path a manifest may list (%1)</source>
        <translation>n’est pas un chemin qu’un manifeste peut répertorier (%1)</translation>
    </message>
    <message>
        <source>is listed as an exported file</source>
        <translation>est répertorié comme fichier exporté</translation>
    </message>
    <message>
        <source>is listed twice in the manifest</source>
        <translation>est répertorié deux fois dans le manifeste</translation>
    </message>
    <message>
        <source>size differs from the manifest (%1 bytes instead of %2)</source>
        <translation>la taille diffère de celle du manifeste (%1 octets au lieu de %2)</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest</source>
        <translation>l’empreinte SHA-256 diffère de celle du manifeste</translation>
    </message>
    <message>
        <source>is the native file of exhibit %1 but is not in the manifest&apos;s file list</source>
        <translation>est le fichier natif de la pièce %1 mais ne figure pas dans la liste des fichiers du manifeste</translation>
    </message>
    <message>
        <source>does not end with a new line</source>
        <translation>ne se termine pas par un saut de ligne</translation>
    </message>
    <message>
        <source>line %1 is not a sha256sum line</source>
        <translation>la ligne %1 n’est pas une ligne au format sha256sum</translation>
    </message>
    <message>
        <source>line %1 names a path that is not allowed (%2)</source>
        <translation>la ligne %1 désigne un chemin non autorisé (%2)</translation>
    </message>
    <message>
        <source>lists %1 twice or lists itself</source>
        <translation>répertorie %1 deux fois ou se répertorie lui-même</translation>
    </message>
    <message>
        <source>lists %1, which is not in the manifest</source>
        <translation>répertorie %1, qui ne figure pas dans le manifeste</translation>
    </message>
    <message>
        <source>gives %1 another SHA-256 than the signed manifest</source>
        <translation>attribue à %1 une autre empreinte SHA-256 que le manifeste signé</translation>
    </message>
    <message>
        <source>SHA-256 differs from manifest.sha256</source>
        <translation>l’empreinte SHA-256 diffère de celle de manifest.sha256</translation>
    </message>
    <message>
        <source>does not list %1</source>
        <translation>ne répertorie pas %1</translation>
    </message>
    <message>
        <source>is not laid out as the manifest writer lays it out (lines reordered or changed)</source>
        <translation>n’est pas mis en forme comme le fait le générateur du manifeste (lignes réordonnées ou modifiées)</translation>
    </message>
    <message>
        <source>not in the manifest</source>
        <translation>absent du manifeste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key fingerprint (64 hexadecimal digits).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une empreinte de clé (64 chiffres hexadécimaux).</translation>
    </message>
    <message>
        <source>There is no folder at %1.</source>
        <translation>Il n’y a pas de dossier à l’emplacement %1.</translation>
    </message>
    <message>
        <source>%1 holds no manifest.json; it is not a bundle folder.</source>
        <translation>%1 ne contient pas de manifest.json&#xa0;; ce n’est pas un dossier de liasse.</translation>
    </message>
    <message>
        <source>The manifest in %1 cannot be read: %2</source>
        <translation>Impossible de lire le manifeste de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>is not a readable manifest (%1); the signature and the files it lists could not be checked</source>
        <translation>n’est pas un manifeste lisible (%1)&#xa0;; la signature et les fichiers qu’il répertorie n’ont pas pu être vérifiés</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ne peut pas être lu&#xa0;: %1</translation>
    </message>
    <message>
        <source>is not a time-stamp request over this manifest.json</source>
        <translation>n’est pas une demande d’horodatage de ce manifest.json</translation>
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
        <translation>Journal de la chaîne de conservation&#xa0;: OK (événements&#xa0;: %1)</translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation>Journal de la chaîne de conservation&#xa0;: %1</translation>
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
        <translation>--timeout attend un nombre de secondes compris entre 1 et 86400.</translation>
    </message>
    <message>
        <source>Print only page N.</source>
        <translation>Afficher uniquement la page N.</translation>
    </message>
    <message>
        <source>--page takes a page number from 1.</source>
        <translation>--page attend un numéro de page à partir de 1.</translation>
    </message>
    <message>
        <source>Item %1 has no page %2.</source>
        <translation>L’élément %1 n’a pas de page %2.</translation>
    </message>
    <message>
        <source>Re-extract every item, not only unfinished ones.</source>
        <translation>Extraire de nouveau tous les éléments, pas seulement ceux dont l’extraction est inachevée.</translation>
    </message>
    <message>
        <source>OCR languages, e.g. chi_sim+uig+eng.</source>
        <translation>Langues de l’OCR, par exemple chi_sim+uig+eng.</translation>
    </message>
    <message>
        <source>File whose first line is the PDF password.</source>
        <translation>Fichier dont la première ligne est le mot de passe du PDF.</translation>
    </message>
    <message>
        <source>Seconds allowed per file (default 120).</source>
        <translation>Secondes accordées par fichier (120 par défaut).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>élément %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Store the files without extracting text.</source>
        <translation>Stocker les fichiers sans en extraire le texte.</translation>
    </message>
    <message>
        <source>Seconds allowed per file for extraction (default 120).</source>
        <translation>Secondes accordées par fichier pour l’extraction (120 par défaut).</translation>
    </message>
    <message>
        <source>Report progress as JSON lines on standard error.</source>
        <translation>Signaler la progression sous forme de lignes JSON sur la sortie d’erreur standard.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
    <message>
        <source>The import stopped early.</source>
        <translation>L’importation s’est arrêtée avant la fin.</translation>
    </message>
    <message>
        <source>Start without the starter tag tree (violations, document types, countries).</source>
        <translation>Démarrer sans l’arborescence d’étiquettes initiale (violations, types de documents, pays).</translation>
    </message>
    <message>
        <source>Originals and custody log: not checked, because the database failed its integrity check.</source>
        <translation>Originaux et journal de la chaîne de conservation&#xa0;: non vérifiés, car la base de données n’a pas passé le contrôle d’intégrité.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match (%1 ms).</source>
        <translation>
            <numerusform>%n élément correspond (%1 ms).</numerusform>
            <numerusform>%n éléments correspondent (%1 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>Most results to return (default 20).</source>
        <translation>Nombre maximal de résultats à renvoyer (20 par défaut).</translation>
    </message>
    <message>
        <source>Read one query a line from standard input.</source>
        <translation>Lire une requête par ligne sur l’entrée standard.</translation>
    </message>
    <message>
        <source>Run the saved search NAME.</source>
        <translation>Exécuter la recherche enregistrée NAME.</translation>
    </message>
    <message>
        <source>Give either a QUERY, --stdin or --saved NAME.</source>
        <translation>Indiquez soit une QUERY, soit --stdin, soit --saved NAME.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit attend un nombre compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>Replace a saved search of the same name.</source>
        <translation>Remplacer une recherche enregistrée portant le même nom.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the tag %1; %n item(s) lost it.</source>
        <translation>
            <numerusform>Étiquette %1 supprimée&#xa0;; %n élément l’a perdue.</numerusform>
            <numerusform>Étiquette %1 supprimée&#xa0;; %n éléments l’ont perdue.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large for a tag list.</source>
        <translation>%1 est trop volumineux pour une liste d’étiquettes.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created.</source>
        <translation>
            <numerusform>%n étiquette créée.</numerusform>
            <numerusform>%n étiquettes créées.</numerusform>
        </translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <source>Could not read the password file %1.</source>
        <translation>Impossible de lire le fichier de mot de passe %1.</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>Le fichier de mot de passe %1 est vide.</translation>
    </message>
    <message>
        <source>uk (A4, default) or us (Letter).</source>
        <translation>uk (A4, par défaut) ou us (Letter).</translation>
    </message>
    <message>
        <source>Bates prefix (default BUNDLE).</source>
        <translation>Préfixe Bates (BUNDLE par défaut).</translation>
    </message>
    <message>
        <source>First Bates number (default 1).</source>
        <translation>Premier numéro Bates (1 par défaut).</translation>
    </message>
    <message>
        <source>Split into parts above this many MB (default 25).</source>
        <translation>Découper en parties au-delà de cette taille en Mo (25 par défaut).</translation>
    </message>
    <message>
        <source>Also write an AES-256 encrypted copy with this password.</source>
        <translation>Écrire aussi une copie chiffrée en AES-256 avec ce mot de passe.</translation>
    </message>
    <message>
        <source>File testimonies without recorded court consent (logged).</source>
        <translation>Inclure les témoignages sans consentement enregistré à une utilisation judiciaire (consigné dans le journal).</translation>
    </message>
    <message>
        <source>Seconds allowed for preparing one exhibit&apos;s pages (default 600).</source>
        <translation>Secondes accordées pour préparer les pages d’une pièce (600 par défaut).</translation>
    </message>
    <message>
        <source>--start takes a whole number from 1.</source>
        <translation>--start attend un nombre entier à partir de 1.</translation>
    </message>
    <message>
        <source>--max-size takes a size in MB (at least 0.01).</source>
        <translation>--max-size attend une taille en Mo (au moins 0.01).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout attend un nombre de secondes.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n page(s) (%3 to %4).</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %2, %n page (%3 à %4).</numerusform>
            <numerusform>%1 écrit&#xa0;: %2, %n pages (%3 à %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation>SHA-256 du manifeste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation>Empreinte de la clé de signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Remove every occurrence of this text (repeatable).</source>
        <translation>Supprimer toutes les occurrences de ce texte (option répétable).</translation>
    </message>
    <message>
        <source>Black out an area of a page, in fractions of the page (repeatable).</source>
        <translation>Noircir une zone d’une page, exprimée en fractions de la page (option répétable).</translation>
    </message>
    <message>
        <source>List the item&apos;s redactions.</source>
        <translation>Lister les caviardages de l’élément.</translation>
    </message>
    <message>
        <source>Remove a redaction by its number.</source>
        <translation>Supprimer un caviardage par son numéro.</translation>
    </message>
    <message>
        <source>Fail unless the manifest was signed by the key with this fingerprint (case, spaces and colons are ignored).</source>
        <translation>Échouer si le manifeste n’a pas été signé par la clé ayant cette empreinte (la casse, les espaces et les deux-points sont ignorés).</translation>
    </message>
    <message>
        <source>--expect-key takes a fingerprint of 64 hexadecimal digits.</source>
        <translation>--expect-key attend une empreinte de 64 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation>Clé de signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation>Signature&#xa0;: valide</translation>
    </message>
    <message>
        <source>Signature: invalid</source>
        <translation>Signature&#xa0;: non valide</translation>
    </message>
    <message>
        <source>Files: %1 checked</source>
        <translation>Fichiers vérifiés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The bundle is intact: every file matches the signed manifest.</source>
        <translation>La liasse est intacte&#xa0;: chaque fichier correspond au manifeste signé.</translation>
    </message>
    <message numerus="yes">
        <source>The bundle failed verification: %n problem(s).</source>
        <translation>
            <numerusform>La vérification de la liasse a échoué&#xa0;: %n problème.</numerusform>
            <numerusform>La vérification de la liasse a échoué&#xa0;: %n problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Empreinte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): %1</source>
        <translation>Clé publique (Ed25519, base64)&#xa0;: %1</translation>
    </message>
    <message>
        <source>Court or tribunal.</source>
        <translation>Cour ou tribunal.</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation>Numéro de l’affaire.</translation>
    </message>
    <message>
        <source>Hearing date (YYYY-MM-DD).</source>
        <translation>Date de l’audience (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Parties, as printed on the cover.</source>
        <translation>Parties, telles qu’imprimées sur la page de garde.</translation>
    </message>
    <message>
        <source>Counsel, as printed on the cover.</source>
        <translation>Conseils, tels qu’imprimés sur la page de garde.</translation>
    </message>
    <message>
        <source>Section title; created at the end when missing.</source>
        <translation>Titre de la section&#xa0;; elle est créée à la fin si elle n’existe pas.</translation>
    </message>
    <message>
        <source>Only these pages of a PDF or scan.</source>
        <translation>Uniquement ces pages d’un PDF ou d’une numérisation.</translation>
    </message>
    <message>
        <source>Only this segment of a video or audio.</source>
        <translation>Uniquement ce segment d’une vidéo ou d’un enregistrement audio.</translation>
    </message>
    <message>
        <source>Exhibit label (default: A1, A2…).</source>
        <translation>Libellé de la pièce (par défaut&#xa0;: A1, A2…).</translation>
    </message>
    <message>
        <source>Exhibit description.</source>
        <translation>Description de la pièce.</translation>
    </message>
    <message>
        <source>--pages takes FIRST-LAST, e.g. 3-7.</source>
        <translation>--pages attend FIRST-LAST, par exemple 3-7.</translation>
    </message>
    <message>
        <source>--time takes START-END, e.g. 1:05-2:30.</source>
        <translation>--time attend START-END, par exemple 1:05-2:30.</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n pièce</numerusform>
            <numerusform>%n pièces</numerusform>
        </translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de l’affaire</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>Date de l’audience</translation>
    </message>
    <message>
        <source> (pages %1–%2)</source>
        <translation> (pages %1–%2)</translation>
    </message>
    <message>
        <source> (%1 s–%2 s)</source>
        <translation> (%1 s–%2 s)</translation>
    </message>
    <message>
        <source>Dossier &quot;%1&quot; has no exhibit labelled &quot;%2&quot;.</source>
        <translation>Le dossier «&#xa0;%1&#xa0;» n’a pas de pièce portant le libellé «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Export although pages await redaction review (logged, and printed on the exhibit sheets).</source>
        <translation>Exporter même si des pages attendent l’examen des caviardages (consigné dans le journal et imprimé sur les fiches de pièce).</translation>
    </message>
    <message numerus="yes">
        <source>Leak check: %n page(s) read back, %1 of them by OCR; no protected string found.</source>
        <translation>
            <numerusform>Contrôle des fuites&#xa0;: %n page relue, dont %1 par OCR&#xa0;; aucune chaîne protégée trouvée.</numerusform>
            <numerusform>Contrôle des fuites&#xa0;: %n pages relues, dont %1 par OCR&#xa0;; aucune chaîne protégée trouvée.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave an area visible that the redactor covered by mistake (repeatable; the leak check still reads it).</source>
        <translation>Laisser visible une zone que le module de caviardage a couverte par erreur (option répétable&#xa0;; le contrôle des fuites la lit quand même).</translation>
    </message>
    <message>
        <source>Give --text/--rect/--keep, or --list, or --remove.</source>
        <translation>Indiquez --text/--rect/--keep, ou --list, ou --remove.</translation>
    </message>
    <message>
        <source>
Not redacted in this dossier: %1 (%2)</source>
        <translation>
Non caviardé dans ce dossier&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Why this person is not redacted (logged, printed on the bundle).</source>
        <translation>Raison pour laquelle cette personne n’est pas caviardée (consignée dans le journal, imprimée sur la liasse).</translation>
    </message>
    <message>
        <source>dossier exempt needs --reason TEXT.</source>
        <translation>dossier exempt nécessite --reason TEXT.</translation>
    </message>
    <message>
        <source>Name a dossier command: create, add, list, show, remove, delete, exempt or unexempt.</source>
        <translation>Indiquez une commande de dossier&#xa0;: create, add, list, show, remove, delete, exempt ou unexempt.</translation>
    </message>
    <message>
        <source>Accept a passphrase that is easy to guess (for tests only).</source>
        <translation>Accepter une phrase secrète facile à deviner (pour les tests uniquement).</translation>
    </message>
    <message>
        <source>That passphrase is too easy to guess: whoever takes the computer would try it first. Use a sentence of several words only you know.</source>
        <translation>Cette phrase secrète est trop facile à deviner&#xa0;: quiconque s’empare de l’ordinateur l’essaierait en premier. Utilisez une phrase de plusieurs mots que vous seul connaissez.</translation>
    </message>
    <message>
        <source>Last committed change: present</source>
        <translation>Dernière modification validée&#xa0;: présente</translation>
    </message>
    <message>
        <source>Last committed change: %1</source>
        <translation>Dernière modification validée&#xa0;: %1</translation>
    </message>
    <message>
        <source>A name variant (repeatable).</source>
        <translation>Une variante du nom (option répétable).</translation>
    </message>
    <message>
        <source>A phone number, e-mail or address (repeatable).</source>
        <translation>Un numéro de téléphone, une adresse e-mail ou une adresse postale (option répétable).</translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%n name(s)</source>
        <translation>
            <numerusform>%1	%2	%n nom</numerusform>
            <numerusform>%1	%2	%n noms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n contact(s)</source>
        <translation>
            <numerusform>, %n coordonnée</numerusform>
            <numerusform>, %n coordonnées</numerusform>
        </translation>
    </message>
    <message>
        <source>	testimony %1</source>
        <translation>	témoignage %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code&#xa0;: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Coordonnée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Add a name variant.</source>
        <translation>Ajouter une variante du nom.</translation>
    </message>
    <message>
        <source>Add a contact.</source>
        <translation>Ajouter une coordonnée.</translation>
    </message>
    <message>
        <source>Remove a name variant.</source>
        <translation>Supprimer une variante du nom.</translation>
    </message>
    <message>
        <source>Remove a contact.</source>
        <translation>Supprimer une coordonnée.</translation>
    </message>
    <message>
        <source>Give the person another code.</source>
        <translation>Attribuer un autre code à la personne.</translation>
    </message>
    <message>
        <source>Name a person command: add, list, show, edit or delete.</source>
        <translation>Indiquez une commande de personne&#xa0;: add, list, show, edit ou delete.</translation>
    </message>
    <message>
        <source>The page to show (from 1).</source>
        <translation>La page à afficher (à partir de 1).</translation>
    </message>
    <message>
        <source>Apply this dossier&apos;s exemptions and text redactions, as its bundle would.</source>
        <translation>Appliquer les exemptions et les caviardages de texte de ce dossier, comme le ferait sa liasse.</translation>
    </message>
    <message>
        <source>Show the page unburned and list the proposed boxes.</source>
        <translation>Afficher la page sans y incruster les caviardages et lister les cadres proposés.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n area(s) found automatically</source>
        <translation>
            <numerusform>%1 écrit&#xa0;: %n zone trouvée automatiquement</numerusform>
            <numerusform>%1 écrit&#xa0;: %n zones trouvées automatiquement</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n marked by hand.</source>
        <translation>
            <numerusform>, %n marquée à la main.</numerusform>
            <numerusform>, %n marquées à la main.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the pages that await review.</source>
        <translation>Lister les pages en attente d’examen.</translation>
    </message>
    <message>
        <source>With --list: every page that needs review, reviewed or not.</source>
        <translation>Avec --list&#xa0;: toutes les pages qui nécessitent un examen, examinées ou non.</translation>
    </message>
    <message>
        <source>Mark pages reviewed: ITEM:PAGE, more may follow.</source>
        <translation>Marquer des pages comme examinées&#xa0;: ITEM:PAGE, éventuellement suivi d’autres.</translation>
    </message>
    <message>
        <source>Give --list or --approve.</source>
        <translation>Indiquez --list ou --approve.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ITEM:PAGE (e.g. 12:3).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas de la forme ITEM:PAGE (par exemple 12:3).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) marked reviewed.</source>
        <translation>
            <numerusform>%n page marquée comme examinée.</numerusform>
            <numerusform>%n pages marquées comme examinées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page numbers: continuous (PFX-000001…, default) or section (A1, A2… B1…).</source>
        <translation>Numéros de page&#xa0;: continuous (PFX-000001…, par défaut) ou section (A1, A2… B1…).</translation>
    </message>
    <message>
        <source>The exhibit labels are already in order.</source>
        <translation>Les libellés des pièces sont déjà dans l’ordre.</translation>
    </message>
    <message>
        <source>The settings are ocr_languages=LANGS and custodian=NAME.</source>
        <translation>Les réglages sont ocr_languages=LANGS et custodian=NAME.</translation>
    </message>
    <message>
        <source>A-number (US immigration court), as in A123-456-789.</source>
        <translation>Numéro A (tribunal de l’immigration des États-Unis), comme A123-456-789.</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Numéro A</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens this library. Write the new one down and keep it apart from the computer; it is not shown again.</source>
        <translation>L’ancienne clé de récupération n’ouvre plus cette bibliothèque. Notez la nouvelle et gardez-la loin de l’ordinateur&#xa0;; elle ne sera plus affichée.</translation>
    </message>
    <message>
        <source>  item %1: extraction incomplete: %2</source>
        <translation>  élément %1&#xa0;: extraction incomplète&#xa0;: %2</translation>
    </message>
    <message>
        <source>The items a search query finds.</source>
        <translation>Les éléments trouvés par une recherche.</translation>
    </message>
    <message>
        <source>The items with a tag or its sub-tags.</source>
        <translation>Les éléments portant une étiquette ou l’une de ses sous-étiquettes.</translation>
    </message>
    <message>
        <source>The exhibits of a dossier.</source>
        <translation>Les pièces d’un dossier.</translation>
    </message>
    <message>
        <source>Choose the items with one of --query, --tag, --dossier or item numbers.</source>
        <translation>Choisissez les éléments avec une seule de ces options&#xa0;: --query, --tag, --dossier ou des numéros d’éléments.</translation>
    </message>
    <message>
        <source>Folder the file column&apos;s paths are relative to (default: the CSV file&apos;s folder).</source>
        <translation>Dossier auquel se rapportent les chemins de la colonne file (par défaut&#xa0;: le dossier du fichier CSV).</translation>
    </message>
    <message>
        <source>Source-Organization of the bag (default: the library&apos;s custodian).</source>
        <translation>Source-Organization du paquet BagIt (par défaut&#xa0;: le dépositaire de la bibliothèque).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the bag have redactions: the bag holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>%n élément du paquet BagIt a des caviardages&#xa0;: le paquet contient son fichier original tel quel, non caviardé.</numerusform>
            <numerusform>%n éléments du paquet BagIt ont des caviardages&#xa0;: le paquet contient leurs fichiers originaux tels quels, non caviardés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: %1. Items made: %2. Files already in the library: %3.</source>
        <translation>Lignes&#xa0;: %1. Éléments créés&#xa0;: %2. Fichiers déjà dans la bibliothèque&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Items in the bag: %1. Files: %2. Bytes: %3.</source>
        <translation>Éléments dans le paquet BagIt&#xa0;: %1. Fichiers&#xa0;: %2. Octets&#xa0;: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the ZIP have redactions: it holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>%n élément du ZIP a des caviardages&#xa0;: le ZIP contient son fichier original tel quel, non caviardé.</numerusform>
            <numerusform>%n éléments du ZIP ont des caviardages&#xa0;: le ZIP contient leurs fichiers originaux tels quels, non caviardés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time stamp: %1 UTC, by %2</source>
        <translation>Horodatage&#xa0;: %1 UTC, par %2</translation>
    </message>
    <message>
        <source>Time stamp: %1 UTC, by %2 (not checked against a certificate you trust)</source>
        <translation>Horodatage&#xa0;: %1 UTC, par %2 (non vérifié avec un certificat de confiance)</translation>
    </message>
    <message>
        <source>PEM file of the time-stamping authority&apos;s certificate (or its CA): the reply&apos;s signer must chain to it.</source>
        <translation>Fichier PEM du certificat de l’autorité d’horodatage (ou de son AC)&#xa0;: le signataire de la réponse doit s’y rattacher.</translation>
    </message>
    <message>
        <source>Write OUTDIR/manifest.tsq over the bundle&apos;s manifest.json.</source>
        <translation>Écrire OUTDIR/manifest.tsq pour le manifest.json de la liasse.</translation>
    </message>
    <message>
        <source>--bundle takes the bundle folder and nothing else.</source>
        <translation>--bundle prend le dossier de la liasse et rien d’autre.</translation>
    </message>
    <message>
        <source>Name the library, the items and the request file.</source>
        <translation>Indiquez la bibliothèque, les éléments et le fichier de demande.</translation>
    </message>
    <message>
        <source>Take this file to a time-stamping authority (RFC 3161) and bring its reply back: timestamp-import for a library, or manifest.tsr beside the manifest for a bundle.</source>
        <translation>Apportez ce fichier à une autorité d’horodatage (RFC 3161) et rapportez sa réponse&#xa0;: timestamp-import pour une bibliothèque, ou manifest.tsr à côté du manifeste pour une liasse.</translation>
    </message>
    <message>
        <source>The reply is intact and answers the request, but its authority was not checked against a certificate you trust (--tsa-ca).</source>
        <translation>La réponse est intacte et répond à la demande, mais son autorité n’a pas été vérifiée avec un certificat de confiance (--tsa-ca).</translation>
    </message>
    <message>
        <source>%1 cannot be read as an exchange key.</source>
        <translation>%1 ne peut pas être lu comme une clé d’échange.</translation>
    </message>
    <message>
        <source>Also write the key as a QR code image (PNG) to FILE.</source>
        <translation>Écrire aussi la clé sous forme de code QR (image PNG) dans FILE.</translation>
    </message>
    <message>
        <source>The QR code cannot be written to %1.</source>
        <translation>Le code QR ne peut pas être écrit dans %1.</translation>
    </message>
    <message>
        <source>Give the line above to the libraries that will send you packages. To confirm it, read out its fingerprint:</source>
        <translation>Donnez la ligne ci-dessus aux bibliothèques qui vous enverront des paquets. Pour la confirmer, lisez-leur son empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>A recipient library&apos;s exchange key, or a file holding it (repeat for several).</source>
        <translation>La clé d’échange d’une bibliothèque destinataire, ou un fichier qui la contient (à répéter pour plusieurs).</translation>
    </message>
    <message>
        <source>Share the witnesses&apos; names and contacts too.</source>
        <translation>Partager aussi les noms et coordonnées des témoins.</translation>
    </message>
    <message>
        <source>Share testimonies without recorded consent (logged).</source>
        <translation>Partager les témoignages sans consentement enregistré (consigné au journal).</translation>
    </message>
    <message>
        <source>Name at least one recipient with --to.</source>
        <translation>Indiquez au moins un destinataire avec --to.</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n item(s) with %1 library(ies). Package SHA-256: %2</source>
        <translation>
            <numerusform>%n élément partagé avec %1 bibliothèque(s). SHA-256 du paquet&#xa0;: %2</numerusform>
            <numerusform>%n éléments partagés avec %1 bibliothèque(s). SHA-256 du paquet&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Witnesses&apos; names and contacts were not included.</source>
        <translation>Les noms et coordonnées des témoins n’ont pas été inclus.</translation>
    </message>
    <message>
        <source>Refuse the package unless its sender has this fingerprint.</source>
        <translation>Refuser le paquet si son expéditeur n’a pas cette empreinte.</translation>
    </message>
    <message>
        <source>Do not extract the text of received files that come without it.</source>
        <translation>Ne pas extraire le texte des fichiers reçus qui arrivent sans texte.</translation>
    </message>
    <message>
        <source>This package was already received on %1; nothing was added.</source>
        <translation>Ce paquet a déjà été reçu le %1&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>From “%1”: %n item(s), of which %2 new and %3 already here.</source>
        <translation>
            <numerusform>De «&#xa0;%1&#xa0;»&#xa0;: %n élément, dont %2 nouveau(x) et %3 déjà présent(s).</numerusform>
            <numerusform>De «&#xa0;%1&#xa0;»&#xa0;: %n éléments, dont %2 nouveau(x) et %3 déjà présent(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>A new sender, now pinned. Check this fingerprint with them:
%1</source>
        <translation>Un nouvel expéditeur, désormais mémorisé. Vérifiez cette empreinte avec lui&#xa0;:
%1</translation>
    </message>
    <message>
        <source>The sender&apos;s new key, which you confirmed, replaces the old one.</source>
        <translation>La nouvelle clé de l’expéditeur, que vous avez confirmée, remplace l’ancienne.</translation>
    </message>
    <message>
        <source>Forget a sender (library id or fingerprint); its next package is pinned anew.</source>
        <translation>Oublier un expéditeur (identifiant de bibliothèque ou empreinte)&#xa0;; son prochain paquet sera mémorisé à nouveau.</translation>
    </message>
    <message>
        <source>“%1” is neither a library&apos;s exchange key nor a file holding one.</source>
        <translation>«&#xa0;%1&#xa0;» n’est ni la clé d’échange d’une bibliothèque ni un fichier qui en contient une.</translation>
    </message>
</context>
<context>
    <name>ClipMarkers</name>
    <message>
        <source>A clip must start at or after 0 and end at or after its start.</source>
        <translation>Un extrait doit commencer à 0 ou après, et se terminer à son début ou après.</translation>
    </message>
    <message>
        <source>A clip note may hold at most %1 characters.</source>
        <translation>La note d’un extrait peut contenir au plus %1 caractères.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Il n’y a pas d’élément %1.</translation>
    </message>
    <message>
        <source>There is no clip marker %1.</source>
        <translation>Il n’y a pas de repère d’extrait %1.</translation>
    </message>
</context>
<context>
    <name>CommittedHead</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Impossible de lire %1.</translation>
    </message>
    <message>
        <source>The record of the library&apos;s last committed change (custody.head) was altered or damaged.</source>
        <translation>L’enregistrement de la dernière modification validée de la bibliothèque (custody.head) a été modifié ou endommagé.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>No known sender has the id or fingerprint %1.</source>
        <translation>Aucun expéditeur connu n’a l’identifiant ou l’empreinte %1.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The CSV file is not valid UTF-8 text.</source>
        <translation>Le fichier CSV n’est pas un texte UTF-8 valide.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has an unclosed quote.</source>
        <translation>La ligne %1 du fichier CSV contient un guillemet non fermé.</translation>
    </message>
</context>
<context>
    <name>CustodyEventText</name>
    <message>
        <source>Collected as %1 (%2, SHA-256 %3…).</source>
        <translation>Recueilli comme %1 (%2, SHA-256 %3…).</translation>
    </message>
    <message>
        <source>Created as %1, without an original file.</source>
        <translation>Créé comme %1, sans fichier original.</translation>
    </message>
    <message numerus="yes">
        <source>Text and details read from the original (%n page(s)).</source>
        <translation>
            <numerusform>Texte et détails lus dans l’original (%n page).</numerusform>
            <numerusform>Texte et détails lus dans l’original (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the original failed: %1</source>
        <translation>La lecture de l’original a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>%1 vidé</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 défini sur %2</translation>
    </message>
    <message>
        <source>Details changed: %1.</source>
        <translation>Détails modifiés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Tagged %1.</source>
        <translation>Étiquette %1 ajoutée.</translation>
    </message>
    <message>
        <source>Tag %1 removed.</source>
        <translation>Étiquette %1 retirée.</translation>
    </message>
    <message>
        <source>A copy of the original was saved as %1 (SHA-256 %2…).</source>
        <translation>Une copie de l’original a été enregistrée sous %1 (SHA-256 %2…).</translation>
    </message>
    <message>
        <source>Added to dossier %1 as exhibit %2.</source>
        <translation>Ajouté au dossier %1 comme pièce %2.</translation>
    </message>
    <message>
        <source>Removed from dossier %1 (it was exhibit %2).</source>
        <translation>Retiré du dossier %1 (c’était la pièce %2).</translation>
    </message>
    <message>
        <source>Moved within dossier %1 (exhibit %2).</source>
        <translation>Déplacé dans le dossier %1 (pièce %2).</translation>
    </message>
    <message>
        <source>Exhibit %1 of dossier %2 renumbered %3.</source>
        <translation>Pièce %1 du dossier %2 renumérotée %3.</translation>
    </message>
    <message>
        <source>Filed as exhibit %1 in a bundle of dossier %2, pages %3 to %4.</source>
        <translation>Déposé comme pièce %1 dans une liasse du dossier %2, pages %3 à %4.</translation>
    </message>
    <message>
        <source>Filed as exhibit %1 of dossier %2 without the witness&apos;s court consent, by the user&apos;s decision.</source>
        <translation>Déposé comme pièce %1 du dossier %2 sans le consentement du témoin à une utilisation judiciaire, sur décision de l’utilisateur.</translation>
    </message>
    <message>
        <source>An area of page %1 marked for redaction.</source>
        <translation>Une zone de la page %1 marquée pour être caviardée.</translation>
    </message>
    <message numerus="yes">
        <source>A passage of %n character(s) marked for redaction.</source>
        <translation>
            <numerusform>Un passage de %n caractère marqué pour être caviardé.</numerusform>
            <numerusform>Un passage de %n caractères marqué pour être caviardé.</numerusform>
        </translation>
    </message>
    <message>
        <source>A redaction removed.</source>
        <translation>Un caviardage retiré.</translation>
    </message>
    <message>
        <source>Page %1 reviewed for redaction in dossier %2.</source>
        <translation>Page %1 examinée pour le caviardage dans le dossier %2.</translation>
    </message>
    <message>
        <source>Clip marker added.</source>
        <translation>Repère d’extrait ajouté.</translation>
    </message>
    <message>
        <source>Clip marker changed.</source>
        <translation>Repère d’extrait modifié.</translation>
    </message>
    <message>
        <source>Clip marker removed.</source>
        <translation>Repère d’extrait supprimé.</translation>
    </message>
    <message>
        <source>The witness&apos;s protected details were shown.</source>
        <translation>Les données protégées du témoin ont été affichées.</translation>
    </message>
    <message>
        <source>Deleted from the library.</source>
        <translation>Supprimé de la bibliothèque.</translation>
    </message>
    <message>
        <source>Deletion undone: back in the library.</source>
        <translation>Suppression annulée&#xa0;: de retour dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Received again from %1 (package SHA-256 %2…): kept as it was here, with the sender&apos;s tags and record added.</source>
        <translation>Reçu à nouveau de %1 (paquet SHA-256 %2…)&#xa0;: conservé tel qu’il était ici, avec les étiquettes et l’historique de l’expéditeur en plus.</translation>
    </message>
    <message numerus="yes">
        <source>Received from %1 in a sealed package (SHA-256 %2…), with %n event(s) of its record there.</source>
        <translation>
            <numerusform>Reçu de %1 dans un paquet scellé (SHA-256 %2…), avec %n événement de son historique là-bas.</numerusform>
            <numerusform>Reçu de %1 dans un paquet scellé (SHA-256 %2…), avec %n événements de son historique là-bas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared in a sealed package (SHA-256 %1…) without the witness&apos;s recorded consent, by the user&apos;s decision.</source>
        <translation>Partagé dans un paquet scellé (SHA-256 %1…) sans le consentement enregistré du témoin, sur décision de l’utilisateur.</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>custody event %1 is missing</source>
        <translation>l’événement %1 de la chaîne de conservation est manquant</translation>
    </message>
    <message>
        <source>custody event %1 does not follow the one before it</source>
        <translation>l’événement %1 de la chaîne de conservation ne fait pas suite au précédent</translation>
    </message>
    <message>
        <source>custody event %1 was altered</source>
        <translation>l’événement %1 de la chaîne de conservation a été modifié</translation>
    </message>
    <message>
        <source>the end of the custody log was cut off or rewritten</source>
        <translation>la fin du journal de la chaîne de conservation a été tronquée ou réécrite</translation>
    </message>
    <message>
        <source>the custody log&apos;s write protection was removed</source>
        <translation>la protection en écriture du journal de la chaîne de conservation a été supprimée</translation>
    </message>
    <message>
        <source>A custodian&apos;s name has at most 200 characters.</source>
        <translation>Le nom du dépositaire compte au plus 200 caractères.</translation>
    </message>
    <message>
        <source>A custodian&apos;s name is one line without control characters.</source>
        <translation>Le nom du dépositaire tient sur une ligne, sans caractères de contrôle.</translation>
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
        <translation>Les fonctions de recherche n’ont pas pu être enregistrées.</translation>
    </message>
    <message>
        <source>Internal error: the library database was used from the wrong thread; nothing was changed.</source>
        <translation>Erreur interne&#xa0;: la base de données de la bibliothèque a été utilisée depuis le mauvais fil d’exécution&#xa0;; rien n’a été modifié.</translation>
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
    <name>DemoLibrary</name>
    <message>
        <source>The demo item %1 was not imported.</source>
        <translation>L’élément de démonstration %1 n’a pas été importé.</translation>
    </message>
    <message>
        <source>The demo transcript is missing.</source>
        <translation>La transcription de démonstration est manquante.</translation>
    </message>
    <message>
        <source>Checkpoint testimonies</source>
        <translation>Témoignages aux postes de contrôle</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>DemoSamples</name>
    <message>
        <source>The demo file %1 could not be written.</source>
        <translation>Impossible d’écrire le fichier de démonstration %1.</translation>
    </message>
    <message>
        <source>The demo video is missing from this build.</source>
        <translation>La vidéo de démonstration est absente de cette version.</translation>
    </message>
</context>
<context>
    <name>DossierRepository</name>
    <message>
        <source>A dossier needs a name of one line (at most 200 characters).</source>
        <translation>Un dossier doit avoir un nom d’une seule ligne (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>The hearing date &quot;%1&quot; is not a date like 2026-03-31.</source>
        <translation>La date d’audience «&#xa0;%1&#xa0;» n’est pas une date de la forme 2026-03-31.</translation>
    </message>
    <message>
        <source>A dossier named &quot;%1&quot; already exists.</source>
        <translation>Un dossier nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>There is no dossier %1.</source>
        <translation>Il n’y a pas de dossier %1.</translation>
    </message>
    <message>
        <source>There is no dossier named or numbered &quot;%1&quot;.</source>
        <translation>Il n’y a pas de dossier portant le nom ou le numéro «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>A section needs a title of one line (at most 200 characters).</source>
        <translation>Une section doit avoir un titre d’une seule ligne (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>This dossier already has a section &quot;%1&quot;.</source>
        <translation>Ce dossier a déjà une section «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is no section %1.</source>
        <translation>Il n’y a pas de section %1.</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <source>Name at least one item to add.</source>
        <translation>Indiquez au moins un élément à ajouter.</translation>
    </message>
    <message>
        <source>A page range must be FIRST-LAST with 1 &lt;= FIRST &lt;= LAST.</source>
        <translation>Une plage de pages doit être de la forme FIRST-LAST avec 1 &lt;= FIRST &lt;= LAST.</translation>
    </message>
    <message>
        <source>A time segment needs a start and an end after it.</source>
        <translation>Un segment temporel nécessite un début et une fin postérieure à celui-ci.</translation>
    </message>
    <message>
        <source>An exhibit label is one line of at most 40 characters.</source>
        <translation>Le libellé d’une pièce tient sur une seule ligne de 40 caractères au maximum.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Il n’y a pas d’élément %1.</translation>
    </message>
    <message>
        <source>There is no exhibit %1.</source>
        <translation>Il n’y a pas de pièce %1.</translation>
    </message>
    <message>
        <source>An exhibit can only move within its dossier.</source>
        <translation>Une pièce ne peut être déplacée qu’à l’intérieur de son dossier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an A-number: it has 8 or 9 digits, as in A123-456-789.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro A&#xa0;: il compte 8 ou 9 chiffres, comme A123-456-789.</translation>
    </message>
</context>
<context>
    <name>ExchangeIdentity</name>
    <message>
        <source>This is not a library&apos;s exchange key. Ask for the key that amanat-cli exchange-key prints (88 characters).</source>
        <translation>Ce n’est pas la clé d’échange d’une bibliothèque. Demandez la clé qu’affiche amanat-cli exchange-key (88 caractères).</translation>
    </message>
</context>
<context>
    <name>ExchangeKey</name>
    <message>
        <source>The library&apos;s exchange key is damaged; packages cannot be opened.</source>
        <translation>La clé d’échange de la bibliothèque est endommagée&#xa0;; les paquets ne peuvent pas être ouverts.</translation>
    </message>
</context>
<context>
    <name>ExchangeKeyStore</name>
    <message>
        <source>The library has no exchange key yet.</source>
        <translation>La bibliothèque n’a pas encore de clé d’échange.</translation>
    </message>
    <message>
        <source>The library&apos;s exchange id is missing.</source>
        <translation>L’identifiant d’échange de la bibliothèque manque.</translation>
    </message>
</context>
<context>
    <name>ExtractionStore</name>
    <message>
        <source>&quot;%1&quot; is not a list of OCR languages; write it as Tesseract does, e.g. chi_sim+uig+eng.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une liste de langues de l’OCR&#xa0;; écrivez-la comme Tesseract, par exemple chi_sim+uig+eng.</translation>
    </message>
</context>
<context>
    <name>GeneratedPages</name>
    <message>
        <source>Case number: %1</source>
        <translation>Numéro de l’affaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Hearing: %1</source>
        <translation>Audience&#xa0;: %1</translation>
    </message>
    <message>
        <source>Counsel: %1</source>
        <translation>Conseils&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) in %1 section(s).</source>
        <translation>
            <numerusform>%n pièce dans %1 section(s).</numerusform>
            <numerusform>%n pièces dans %1 section(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), numbered %1 to %2 in the lower margin of every page.</source>
        <translation>
            <numerusform>%n page, numérotée de %1 à %2 dans la marge inférieure de chaque page.</numerusform>
            <numerusform>%n pages, numérotées de %1 à %2 dans la marge inférieure de chaque page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity: manifest.json, filed beside this PDF, lists the SHA-256 of every exhibit&apos;s original as collected, its chain of custody, and the SHA-256 of every file of this bundle. It is signed (manifest.sig, Ed25519) with the key of the library that produced it, whose fingerprint is:</source>
        <translation>Intégrité&#xa0;: manifest.json, déposé à côté de ce PDF, répertorie l’empreinte SHA-256 de l’original de chaque pièce tel qu’il a été collecté, sa chaîne de conservation, ainsi que l’empreinte SHA-256 de chaque fichier de cette liasse. Il est signé (manifest.sig, Ed25519) avec la clé de la bibliothèque qui l’a produit, dont l’empreinte est&#xa0;:</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Onglet</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>Partie %1 sur %2</translation>
    </message>
    <message numerus="yes">
        <source>This bundle is filed in %n parts. Each begins with this cover and the full index:</source>
        <translation>
            <numerusform>Cette liasse est déposée en %n partie. Chacune commence par cette page de garde et l’index complet&#xa0;:</numerusform>
            <numerusform>Cette liasse est déposée en %n parties. Chacune commence par cette page de garde et l’index complet&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate of translation</source>
        <translation>Certificat de traduction</translation>
    </message>
    <message>
        <source>Signature of the translator</source>
        <translation>Signature du traducteur</translation>
    </message>
    <message>
        <source>A-Number: %1</source>
        <translation>Numéro A&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (suite)</translation>
    </message>
    <message>
        <source>Proof of Service</source>
        <translation>Preuve de signification</translation>
    </message>
    <message>
        <source>On %1 (date), I, %2, served a copy of %3 and any attached pages on the Department of Homeland Security (DHS), Office of the Principal Legal Advisor, at the following address:</source>
        <translation>Le %1 (date), je soussigné(e), %2, ai signifié une copie de %3 et de toutes les pages jointes au Department of Homeland Security (DHS), Office of the Principal Legal Advisor, à l’adresse suivante&#xa0;:</translation>
    </message>
    <message>
        <source>by (tick one):</source>
        <translation>par (cocher une case)&#xa0;:</translation>
    </message>
    <message>
        <source>[  ] first-class mail</source>
        <translation>[  ] courrier prioritaire (first-class mail)</translation>
    </message>
    <message>
        <source>[  ] personal service</source>
        <translation>[  ] remise en main propre</translation>
    </message>
    <message>
        <source>[  ] electronic service (ECAS)</source>
        <translation>[  ] signification électronique (ECAS)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>HelperRun</name>
    <message>
        <source>The page helper (%1) could not be started.</source>
        <translation>Le programme auxiliaire de pages (%1) n’a pas pu être démarré.</translation>
    </message>
    <message>
        <source>The pages of %1 could not be prepared: %2.</source>
        <translation>Les pages de %1 n’ont pas pu être préparées&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>HelperSandbox</name>
    <message>
        <source>The sandbox of the extraction helper cannot be applied on this system, so no file will be read: its text and pictures stay pending.</source>
        <translation>Le bac à sable du programme auxiliaire d’extraction ne peut pas être appliqué sur ce système&#xa0;; aucun fichier ne sera donc lu&#xa0;: le texte et les images des fichiers restent en attente.</translation>
    </message>
    <message>
        <source>Landlock (Linux 5.13 or later) is not available, so file access is limited by the system-call filter alone</source>
        <translation>Landlock (Linux 5.13 ou ultérieur) n’est pas disponible&#xa0;; l’accès aux fichiers n’est donc limité que par le filtre d’appels système</translation>
    </message>
    <message>
        <source>user namespaces are switched off, so the helper shares this computer&apos;s network and process namespaces (the system-call filter still refuses network connections)</source>
        <translation>les espaces de noms utilisateur sont désactivés&#xa0;; le programme auxiliaire partage donc les espaces de noms réseau et processus de cet ordinateur (le filtre d’appels système refuse toujours les connexions réseau)</translation>
    </message>
    <message>
        <source>The extraction helper&apos;s sandbox is incomplete here: %1.</source>
        <translation>Le bac à sable du programme auxiliaire d’extraction est incomplet ici&#xa0;: %1.</translation>
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
    <name>InterviewFields</name>
    <message>
        <source>Witness code</source>
        <translation>Code du témoin</translation>
    </message>
    <message>
        <source>e.g. W-014</source>
        <translation>p. ex. W-014</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Interview place</source>
        <translation>Lieu de l’entretien</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Enquêteur</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>if there was one</source>
        <translation>s’il y en avait un</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Plaidoyer</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
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
    <message>
        <source>Testimony</source>
        <translation>Témoignage</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Numérisation</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item number (%2 takes the number of another item).</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un numéro d’élément (%2 attend le numéro d’un autre élément).</translation>
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
    <message>
        <source>Item %1 cannot be the translation of itself.</source>
        <translation>L’élément %1 ne peut pas être sa propre traduction.</translation>
    </message>
    <message>
        <source>%1 applies only to testimony, video and audio items.</source>
        <translation>%1 ne s’applique qu’aux témoignages, vidéos et enregistrements audio.</translation>
    </message>
    <message>
        <source>Item %1 can no longer be restored: it was erased.</source>
        <translation>L’élément %1 ne peut plus être restauré&#xa0;: il a été effacé.</translation>
    </message>
</context>
<context>
    <name>ItemSelection</name>
    <message>
        <source>There is no tag %1.</source>
        <translation>Il n’y a pas d’étiquette %1.</translation>
    </message>
    <message>
        <source>No item matches %1.</source>
        <translation>Aucun élément ne correspond à %1.</translation>
    </message>
    <message>
        <source>the query %1</source>
        <translation>la recherche %1</translation>
    </message>
    <message>
        <source>the tag %1</source>
        <translation>l’étiquette %1</translation>
    </message>
    <message>
        <source>the dossier %1</source>
        <translation>le dossier %1</translation>
    </message>
    <message>
        <source>the items %1</source>
        <translation>les éléments %1</translation>
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
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Arabe</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Ouïghour</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinois</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Russe</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Espagnol</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Allemand</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italien</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugais</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazakh</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Kirghize</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Ouzbek</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persan</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pachto</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Ourdou</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>Tibétain</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurde</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hébreu</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ukrainien</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>Birman</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigrigna</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amharique</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somali</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chinois (simplifié)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chinois (traditionnel)</translation>
    </message>
</context>
<context>
    <name>LeakCheck</name>
    <message>
        <source>%1 cannot be read back for the leak check.</source>
        <translation>Impossible de relire %1 pour le contrôle des fuites.</translation>
    </message>
    <message>
        <source>the bundle folder&apos;s name</source>
        <translation>le nom du dossier de la liasse</translation>
    </message>
    <message>
        <source>the file&apos;s name</source>
        <translation>le nom du fichier</translation>
    </message>
    <message numerus="yes">
        <source>Checking the bytes of %n file(s)…</source>
        <translation>
            <numerusform>Contrôle des octets de %n fichier…</numerusform>
            <numerusform>Contrôle des octets de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <source>the file&apos;s bytes</source>
        <translation>les octets du fichier</translation>
    </message>
    <message>
        <source>the file&apos;s text</source>
        <translation>le texte du fichier</translation>
    </message>
    <message>
        <source>Reading every object of %1…</source>
        <translation>Lecture de chaque objet de %1…</translation>
    </message>
    <message>
        <source>%1 (PDF object %2)</source>
        <translation>%1 (objet PDF %2)</translation>
    </message>
    <message numerus="yes">
        <source>Reading back %n page(s) as a recipient would…</source>
        <translation>
            <numerusform>Relecture de %n page comme le ferait un destinataire…</numerusform>
            <numerusform>Relecture de %n pages comme le ferait un destinataire…</numerusform>
        </translation>
    </message>
    <message>
        <source>The leak check of %1 did not run.</source>
        <translation>Le contrôle des fuites de %1 n’a pas été exécuté.</translation>
    </message>
    <message>
        <source>The leak check did not read every page of %1.</source>
        <translation>Le contrôle des fuites n’a pas lu toutes les pages de %1.</translation>
    </message>
    <message>
        <source>the page image (OCR)</source>
        <translation>l’image de la page (OCR)</translation>
    </message>
    <message>
        <source>the text layer</source>
        <translation>la couche de texte</translation>
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
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom pour la sauvegarde.</translation>
    </message>
    <message>
        <source>The library has no signing key yet; open it for writing to create one.</source>
        <translation>La bibliothèque n’a pas encore de clé de signature&#xa0;; ouvrez-la en écriture pour en créer une.</translation>
    </message>
    <message>
        <source>The library lost committed work: its custody log ends at event %1, but event %2 (%3 at %4) had been committed. The database was probably rolled back by a crash and a damaged write-ahead log. Copy out what you need and restore a backup; the library opens for reading only.</source>
        <translation>La bibliothèque a perdu des modifications validées&#xa0;: son journal de la chaîne de conservation s’arrête à l’événement %1, alors que l’événement %2 (%3 à %4) avait été validé. La base de données a probablement été ramenée à un état antérieur par un plantage et un journal d’écriture anticipée (WAL) endommagé. Copiez ce dont vous avez besoin et restaurez une sauvegarde&#xa0;; la bibliothèque ne s’ouvre qu’en lecture seule.</translation>
    </message>
    <message>
        <source>The library&apos;s database file %1 was removed or replaced while it was open; what was saved since then is lost. Nothing more will be written.</source>
        <translation>Le fichier de base de données %1 de la bibliothèque a été supprimé ou remplacé alors qu’elle était ouverte&#xa0;; ce qui a été enregistré depuis est perdu. Plus rien ne sera écrit.</translation>
    </message>
    <message>
        <source>the custody log has no import event for its original</source>
        <translation>le journal de la chaîne de conservation ne contient aucun événement d’importation pour son original</translation>
    </message>
    <message>
        <source>its bytes no longer match the SHA-256 its import event recorded</source>
        <translation>ses octets ne correspondent plus à l’empreinte SHA-256 enregistrée par son événement d’importation</translation>
    </message>
    <message>
        <source>its recorded SHA-256 was changed after import</source>
        <translation>son empreinte SHA-256 enregistrée a été modifiée après l’importation</translation>
    </message>
    <message>
        <source>The library was locked before this change could be saved.</source>
        <translation>La bibliothèque a été verrouillée avant que cette modification puisse être enregistrée.</translation>
    </message>
    <message>
        <source>Verification was stopped.</source>
        <translation>La vérification a été arrêtée.</translation>
    </message>
    <message>
        <source>The library has no exchange key yet; open it for writing to create one.</source>
        <translation>La bibliothèque n’a pas encore de clé d’échange&#xa0;; ouvrez-la en écriture pour en créer une.</translation>
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
    <name>Manifest</name>
    <message>
        <source>not a valid manifest: %1</source>
        <translation>manifeste non valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>le chemin est vide</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>le chemin est absolu</translation>
    </message>
    <message>
        <source>the path contains a backslash</source>
        <translation>le chemin contient une barre oblique inverse</translation>
    </message>
    <message>
        <source>the path contains a control character</source>
        <translation>le chemin contient un caractère de contrôle</translation>
    </message>
    <message>
        <source>the path has an empty, &quot;.&quot; or &quot;..&quot; part</source>
        <translation>le chemin comporte une partie vide, «&#xa0;.&#xa0;» ou «&#xa0;..&#xa0;»</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>JSON error at byte %1 (%2)</source>
        <translation>erreur JSON à l’octet %1 (%2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>«&#xa0;format&#xa0;» n’est pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The manifest has version %1; this program reads version %2.</source>
        <translation>Le manifeste est en version %1&#xa0;; ce programme lit la version %2.</translation>
    </message>
    <message>
        <source>the signing key is not an Ed25519 key</source>
        <translation>la clé de signature n’est pas une clé Ed25519</translation>
    </message>
    <message>
        <source>the public key is not 32 bytes of base64</source>
        <translation>la clé publique n’est pas constituée de 32 octets en base64</translation>
    </message>
    <message>
        <source>&quot;files&quot; is missing</source>
        <translation>«&#xa0;files&#xa0;» est absent</translation>
    </message>
    <message>
        <source>a file entry lacks a path, a size or a SHA-256</source>
        <translation>une entrée de fichier n’a pas de chemin, de taille ou d’empreinte SHA-256</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a bundle folder may hold only regular files.</source>
        <translation>%1 est un lien symbolique&#xa0;; un dossier de liasse ne peut contenir que des fichiers ordinaires.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n’est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 cannot be listed in a manifest: %2</source>
        <translation>%1 ne peut pas être répertorié dans un manifeste&#xa0;: %2</translation>
    </message>
    <message>
        <source>The native file of exhibit %1: %2</source>
        <translation>Le fichier natif de la pièce %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The native file %1 of exhibit %2 is not in the folder.</source>
        <translation>Le fichier natif %1 de la pièce %2 ne se trouve pas dans le dossier.</translation>
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
    <message>
        <source>%1 is a symbolic link; choose a plain file name.</source>
        <translation>%1 est un lien symbolique&#xa0;; choisissez un nom de fichier ordinaire.</translation>
    </message>
</context>
<context>
    <name>PackageReceiver</name>
    <message>
        <source>WARNING: this package says it comes from “%1”, but it is signed with other keys than that library used before.
Pinned fingerprint: %2
This package:      %3
Anyone can claim a name. Unless the sender told you they have new keys, do not trust this package. If they did, confirm the new fingerprint with them by phone or in person, then receive it again expecting that sender (amanat-cli receive --expect-sender).</source>
        <translation>ATTENTION&#xa0;: ce paquet dit venir de «&#xa0;%1&#xa0;», mais il est signé avec d’autres clés que celles que cette bibliothèque expéditrice utilisait jusqu’ici.
Empreinte mémorisée&#xa0;: %2
Ce paquet&#xa0;:           %3
N’importe qui peut se donner un nom. Sauf si l’expéditeur vous a dit avoir de nouvelles clés, ne faites pas confiance à ce paquet. S’il l’a fait, confirmez avec lui la nouvelle empreinte par téléphone ou en personne, puis recevez-le à nouveau en indiquant cet expéditeur comme attendu (amanat-cli receive --expect-sender).</translation>
    </message>
    <message>
        <source>The original of the package&apos;s item %1 does not match its SHA-256. Nothing was received.</source>
        <translation>L’original de l’élément %1 du paquet ne correspond pas à son SHA-256. Rien n’a été reçu.</translation>
    </message>
    <message>
        <source>The expected sender&apos;s fingerprint must be 64 hexadecimal digits, as amanat-cli exchange-key prints it.</source>
        <translation>L’empreinte de l’expéditeur attendu doit compter 64 chiffres hexadécimaux, comme l’affiche amanat-cli exchange-key.</translation>
    </message>
    <message>
        <source>The package is signed by “%1” with the fingerprint
%2
not by the expected sender. Nothing was received.</source>
        <translation>Le paquet est signé par «&#xa0;%1&#xa0;» avec l’empreinte
%2
et non par l’expéditeur attendu. Rien n’a été reçu.</translation>
    </message>
    <message>
        <source>This package was shared by this library itself.</source>
        <translation>Ce paquet a été partagé par cette bibliothèque elle-même.</translation>
    </message>
    <message>
        <source>The package&apos;s list of items is too large.</source>
        <translation>La liste des éléments du paquet est trop grande.</translation>
    </message>
    <message>
        <source>The package&apos;s list of items is malformed.</source>
        <translation>La liste des éléments du paquet est mal formée.</translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation>La réception a été annulée.</translation>
    </message>
    <message>
        <source>The package&apos;s item %1 cannot be received: %2</source>
        <translation>L’élément %1 du paquet ne peut pas être reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>The package changed while it was being received. Nothing was received.</source>
        <translation>Le paquet a changé pendant sa réception. Rien n’a été reçu.</translation>
    </message>
</context>
<context>
    <name>PackageSharer</name>
    <message>
        <source>%1 already exists; choose a new name for the package.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom pour le paquet.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Name at least one library to share with (its exchange key).</source>
        <translation>Indiquez au moins une bibliothèque avec qui partager (sa clé d’échange).</translation>
    </message>
    <message>
        <source>The witnesses of testimony item(s) %1 have not recorded consent to any use of their testimony, so they are not shared. Record their consent, or override it if you have another lawful basis (amanat-cli share --override-consent); the override is logged.</source>
        <translation>Les témoins des témoignages %1 n’ont enregistré aucun consentement à l’usage de leur témoignage&#xa0;; ces témoignages ne sont donc pas partagés. Enregistrez leur consentement, ou passez outre si vous avez un autre fondement juridique (amanat-cli share --override-consent)&#xa0;; ce choix est consigné au journal.</translation>
    </message>
    <message>
        <source>Sharing was cancelled.</source>
        <translation>Le partage a été annulé.</translation>
    </message>
    <message>
        <source>The original of item %1 does not match its recorded SHA-256; run a verification of the library. Nothing was shared.</source>
        <translation>L’original de l’élément %1 ne correspond pas à son SHA-256 enregistré&#xa0;; lancez une vérification de la bibliothèque. Rien n’a été partagé.</translation>
    </message>
    <message>
        <source>The package could not be moved to %1.</source>
        <translation>Le paquet n’a pas pu être déplacé vers %1.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
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
        <source>Strong</source>
        <translation>Forte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Très forte</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; it is guessed at once.</source>
        <translation>C’est l’un des mots de passe les plus courants&#xa0;; il est deviné immédiatement.</translation>
    </message>
    <message>
        <source>Repeated or sequential characters add little. Add a few unrelated words instead.</source>
        <translation>Les caractères répétés ou consécutifs apportent peu. Ajoutez plutôt quelques mots sans rapport entre eux.</translation>
    </message>
    <message>
        <source>Longer is stronger: a sentence of five or more words that only you would think of is easy to remember and hard to guess.</source>
        <translation>Plus elle est longue, plus elle est solide&#xa0;: une phrase de cinq mots ou plus à laquelle vous seul penseriez est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <source>Add another unrelated word.</source>
        <translation>Ajoutez un autre mot sans rapport.</translation>
    </message>
</context>
<context>
    <name>PdfAssembler</name>
    <message>
        <source>%1 is an encrypted PDF; courts do not accept encrypted documents. Import an unlocked copy.</source>
        <translation>%1 est un PDF chiffré&#xa0;; les tribunaux n’acceptent pas les documents chiffrés. Importez une copie déverrouillée.</translation>
    </message>
    <message>
        <source>%1 could not be read as a PDF (%2).</source>
        <translation>%1 n’a pas pu être lu comme PDF (%2).</translation>
    </message>
    <message>
        <source>The generated pages could not be read (%1).</source>
        <translation>Les pages générées n’ont pas pu être lues (%1).</translation>
    </message>
    <message>
        <source>The page stamps could not be read (%1).</source>
        <translation>Les tampons de page n’ont pas pu être lus (%1).</translation>
    </message>
    <message>
        <source>The bundle PDF could not be written (%1).</source>
        <translation>Le PDF de la liasse n’a pas pu être écrit (%1).</translation>
    </message>
    <message>
        <source>The transport copy could not be written (%1).</source>
        <translation>La copie de transport n’a pas pu être écrite (%1).</translation>
    </message>
    <message>
        <source>An image of an original could not be replaced (%1).</source>
        <translation>Une image d’un original n’a pas pu être remplacée (%1).</translation>
    </message>
</context>
<context>
    <name>PdfObjectScanner</name>
    <message>
        <source>document information</source>
        <translation>informations du document</translation>
    </message>
    <message>
        <source>bookmarks</source>
        <translation>signets</translation>
    </message>
    <message>
        <source>page labels</source>
        <translation>libellés de page</translation>
    </message>
    <message>
        <source>links and annotations</source>
        <translation>liens et annotations</translation>
    </message>
    <message>
        <source>XMP metadata</source>
        <translation>métadonnées XMP</translation>
    </message>
    <message>
        <source>named destinations</source>
        <translation>destinations nommées</translation>
    </message>
    <message>
        <source>stream data</source>
        <translation>données de flux</translation>
    </message>
    <message>
        <source>page content</source>
        <translation>contenu de page</translation>
    </message>
    <message>
        <source>document trailer</source>
        <translation>trailer du document</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>%1 cannot be read back as a PDF for the leak check.</source>
        <translation>Impossible de relire %1 comme PDF pour le contrôle des fuites.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message numerus="yes">
        <source>A name or contact can have at most %n character(s).</source>
        <translation>
            <numerusform>Un nom ou une coordonnée peut comporter au plus %n caractère.</numerusform>
            <numerusform>Un nom ou une coordonnée peut comporter au plus %n caractères.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected person needs a code of 1 to %n character(s), such as W-014; it is what lists and bundles show instead of the name.</source>
        <translation>
            <numerusform>Une personne protégée doit avoir un code de 1 à %n caractère, comme W-014&#xa0;; c’est ce qu’affichent les listes et les liasses à la place du nom.</numerusform>
            <numerusform>Une personne protégée doit avoir un code de 1 à %n caractères, comme W-014&#xa0;; c’est ce qu’affichent les listes et les liasses à la place du nom.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no protected person %1.</source>
        <translation>Il n’y a pas de personne protégée %1.</translation>
    </message>
    <message>
        <source>There is no protected person &quot;%1&quot; (give the number or the code that amanat-cli person list shows).</source>
        <translation>Il n’y a pas de personne protégée «&#xa0;%1&#xa0;» (indiquez le numéro ou le code qu’affiche amanat-cli person list).</translation>
    </message>
    <message>
        <source>Give at least one name or contact for the protected person.</source>
        <translation>Indiquez au moins un nom ou une coordonnée pour la personne protégée.</translation>
    </message>
    <message>
        <source>A protected person with the code %1 exists already.</source>
        <translation>Une personne protégée portant le code %1 existe déjà.</translation>
    </message>
    <message>
        <source>Protected person %1 has no such value to remove.</source>
        <translation>La personne protégée %1 n’a pas de telle valeur à supprimer.</translation>
    </message>
    <message>
        <source>Say why %1 is not redacted in this dossier (for example: the appellant&apos;s own appeal); the reason is logged and printed on the bundle.</source>
        <translation>Indiquez pourquoi %1 n’est pas caviardé dans ce dossier (par exemple&#xa0;: le propre recours de l’appelant)&#xa0;; la raison est consignée dans le journal et imprimée sur la liasse.</translation>
    </message>
</context>
<context>
    <name>ProgressReporter</name>
    <message>
        <source>Imported %1 of %2 files; extracted %3 of %4</source>
        <translation>Fichiers importés&#xa0;: %1 sur %2&#xa0;; extraits&#xa0;: %3 sur %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported.</source>
        <translation>
            <numerusform>%n fichier importé, doublons&#xa0;: %1, échecs d’importation&#xa0;: %2.</numerusform>
            <numerusform>%n fichiers importés, doublons&#xa0;: %1, échecs d’importation&#xa0;: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>  not imported: %1: %2</source>
        <translation>  non importé&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>  item %1 (%2): extraction incomplete: %3</source>
        <translation>  élément %1 (%2)&#xa0;: extraction incomplète&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
</context>
<context>
    <name>QrImage</name>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Le code QR n’a pas pu être créé.</translation>
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
    <name>RecoveryKeySheet</name>
    <message>
        <source>Amanat recovery key</source>
        <translation>Clé de récupération Amanat</translation>
    </message>
    <message>
        <source>Library: %1
Created: %2</source>
        <translation>Bibliothèque&#xa0;: %1
Création&#xa0;: %2</translation>
    </message>
    <message>
        <source>This key opens the library if the passphrase is forgotten. Anyone who has it and the library folder can read everything in the library.

Keep this sheet somewhere safe and away from the computer — never in the library folder or on the same disk. Destroy other copies.</source>
        <translation>Cette clé ouvre la bibliothèque si la phrase secrète est oubliée. Toute personne qui la détient et dispose du dossier de la bibliothèque peut lire tout ce que contient la bibliothèque.

Conservez cette feuille en lieu sûr, à l’écart de l’ordinateur — jamais dans le dossier de la bibliothèque ni sur le même disque. Détruisez les autres copies.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
</context>
<context>
    <name>RedactionPreview</name>
    <message>
        <source>Item %1 has no pages to preview (it is not a PDF or an image).</source>
        <translation>L’élément %1 n’a pas de pages à prévisualiser (ce n’est ni un PDF ni une image).</translation>
    </message>
    <message>
        <source>Pages are numbered from 1.</source>
        <translation>Les pages sont numérotées à partir de 1.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>élément %1</translation>
    </message>
    <message>
        <source>The original of item %1 could not be read in full.</source>
        <translation>L’original de l’élément %1 n’a pas pu être lu entièrement.</translation>
    </message>
    <message>
        <source>%1 has no page %2.</source>
        <translation>%1 n’a pas de page %2.</translation>
    </message>
</context>
<context>
    <name>RedactionRepository</name>
    <message>
        <source>A redaction area is PAGE,X,Y,W,H with X, Y, W and H as fractions of the page (e.g. 1,0.1,0.2,0.5,0.05).</source>
        <translation>Une zone de caviardage s’écrit PAGE,X,Y,W,H, où X, Y, W et H sont des fractions de la page (par exemple 1,0.1,0.2,0.5,0.05).</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>Il n’y a pas d’élément %1.</translation>
    </message>
    <message>
        <source>A text redaction needs the text to remove (at most 1,000 characters).</source>
        <translation>Un caviardage de texte nécessite le texte à supprimer (1&#xa0;000 caractères au maximum).</translation>
    </message>
    <message>
        <source>A redaction area must lie within the page.</source>
        <translation>Une zone de caviardage doit se trouver à l’intérieur de la page.</translation>
    </message>
    <message>
        <source>There is no redaction %1.</source>
        <translation>Il n’y a pas de caviardage %1.</translation>
    </message>
    <message>
        <source>A kept area must lie within the page.</source>
        <translation>Une zone conservée doit se trouver à l’intérieur de la page.</translation>
    </message>
</context>
<context>
    <name>RedactionReview</name>
    <message>
        <source>text redaction</source>
        <translation>caviardage de texte</translation>
    </message>
    <message>
        <source>photo or scan page</source>
        <translation>page de photo ou de numérisation</translation>
    </message>
    <message>
        <source>scan page</source>
        <translation>page numérisée</translation>
    </message>
    <message>
        <source>area marked by hand</source>
        <translation>zone marquée à la main</translation>
    </message>
    <message>
        <source>protected name or redacted text in the page&apos;s text</source>
        <translation>nom protégé ou texte caviardé dans le texte de la page</translation>
    </message>
    <message>
        <source>Item %1 is not an exhibit of this dossier.</source>
        <translation>L’élément %1 n’est pas une pièce de ce dossier.</translation>
    </message>
    <message>
        <source>Item %1 has no page %2 in this dossier.</source>
        <translation>L’élément %1 n’a pas de page %2 dans ce dossier.</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>A saved search needs a name of one line (at most 200 characters).</source>
        <translation>Une recherche enregistrée doit avoir un nom d’une seule ligne (200 caractères au maximum).</translation>
    </message>
    <message>
        <source>A saved search named &quot;%1&quot; already exists.</source>
        <translation>Une recherche enregistrée nommée «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;.</source>
        <translation>Il n’y a pas de recherche enregistrée nommée «&#xa0;%1&#xa0;».</translation>
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
    <name>SealedPackage</name>
    <message>
        <source>The package ends too early.</source>
        <translation>Le paquet s’arrête trop tôt.</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete, or was changed after it was signed. Nothing was received.</source>
        <translation>Le paquet est endommagé, incomplet, ou a été modifié après sa signature. Rien n’a été reçu.</translation>
    </message>
    <message>
        <source>A package needs at least one recipient.</source>
        <translation>Un paquet a besoin d’au moins un destinataire.</translation>
    </message>
    <message>
        <source>%1 is not an Amanat exchange package.</source>
        <translation>%1 n’est pas un paquet d’échange Amanat.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Amanat. Update Amanat to receive it.</source>
        <translation>Le paquet a été créé par une version plus récente d’Amanat. Mettez Amanat à jour pour le recevoir.</translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation>La réception a été annulée.</translation>
    </message>
    <message>
        <source>This package was sealed for other libraries, not for this one. Ask the sender to share it again with this library&apos;s exchange key.</source>
        <translation>Ce paquet a été scellé pour d’autres bibliothèques, pas pour celle-ci. Demandez à l’expéditeur de le partager à nouveau avec la clé d’échange de cette bibliothèque.</translation>
    </message>
</context>
<context>
    <name>SealedPackageReader</name>
    <message>
        <source>This package was sealed for other libraries, not for this one. Ask the sender to share it again with this library&apos;s exchange key.</source>
        <translation>Ce paquet a été scellé pour d’autres bibliothèques, pas pour celle-ci. Demandez à l’expéditeur de le partager à nouveau avec la clé d’échange de cette bibliothèque.</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>The query could not be run; check its quotes and operators.</source>
        <translation>La requête n’a pas pu être exécutée&#xa0;; vérifiez ses guillemets et ses opérateurs.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The query has an opening quote (&quot;) without a closing one.</source>
        <translation>La requête contient un guillemet ouvrant (&quot;) sans guillemet fermant.</translation>
    </message>
    <message>
        <source>A quote (&quot;) must start a phrase or a filter value, as in &quot;exact words&quot; or tag:&quot;Police files&quot;.</source>
        <translation>Un guillemet (&quot;) doit ouvrir une expression ou une valeur de filtre, comme dans &quot;mots exacts&quot; ou tag:&quot;Police files&quot;.</translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side.</source>
        <translation>OR nécessite un mot ou une expression de chaque côté.</translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side, not a filter.</source>
        <translation>OR nécessite un mot ou une expression de chaque côté, pas un filtre.</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; is not a filter; the filters are %2.</source>
        <translation>«&#xa0;%1:&#xa0;» n’est pas un filtre&#xa0;; les filtres sont %2.</translation>
    </message>
    <message>
        <source>The filter %1: needs a value.</source>
        <translation>Le filtre %1: nécessite une valeur.</translation>
    </message>
    <message>
        <source>A filter cannot be excluded with &quot;-&quot;; remove the minus before %1:.</source>
        <translation>Un filtre ne peut pas être exclu avec «&#xa0;-&#xa0;»&#xa0;; supprimez le signe moins devant %1:.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind; use one of: %2.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas un type&#xa0;; utilisez l’un des types suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A &quot;*&quot; must follow the beginning of a word, as in detain*.</source>
        <translation>Un «&#xa0;*&#xa0;» doit suivre le début d’un mot, comme dans detain*.</translation>
    </message>
    <message>
        <source>A &quot;-&quot; must come right before the word to exclude, as in -rumour.</source>
        <translation>Un «&#xa0;-&#xa0;» doit précéder immédiatement le mot à exclure, comme dans -rumour.</translation>
    </message>
    <message>
        <source>OR cannot be followed by an excluded word.</source>
        <translation>OR ne peut pas être suivi d’un mot exclu.</translation>
    </message>
    <message>
        <source>The query has nothing to search for: type a word, a phrase in quotes or a filter such as tag:Detention.</source>
        <translation>La requête ne contient rien à rechercher&#xa0;: saisissez un mot, une expression entre guillemets ou un filtre comme tag:Detention.</translation>
    </message>
    <message>
        <source>The query is too long (%1 words); search for at most %2 words at a time.</source>
        <translation>La requête est trop longue (%1 mots)&#xa0;; recherchez au plus %2 mots à la fois.</translation>
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
    <name>SharedItem</name>
    <message>
        <source>The package&apos;s item %1 is malformed: %2.</source>
        <translation>L’élément %1 du paquet est mal formé&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The library&apos;s signing key is damaged; bundles cannot be signed.</source>
        <translation>La clé de signature de la bibliothèque est endommagée&#xa0;; les liasses ne peuvent pas être signées.</translation>
    </message>
</context>
<context>
    <name>SigningKeyStore</name>
    <message>
        <source>The library has no signing key yet.</source>
        <translation>La bibliothèque n’a pas encore de clé de signature.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>the file %1 does not exist.</source>
        <translation>le fichier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 n’est pas un fichier.</translation>
    </message>
    <message>
        <source>the file %1 cannot be read.</source>
        <translation>le fichier %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot;: %2</source>
        <translation>l’étiquette «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>a row without a file needs a kind (%1).</source>
        <translation>une ligne sans fichier doit indiquer un type (%1).</translation>
    </message>
    <message>
        <source>a row without a file needs a title.</source>
        <translation>une ligne sans fichier doit avoir un titre.</translation>
    </message>
    <message>
        <source>%1 does not apply to an item of kind %2; give the row a kind column, such as testimony.</source>
        <translation>%1 ne s’applique pas à un élément de type %2&#xa0;; donnez à la ligne une colonne kind, par exemple testimony.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a column Amanat knows. The columns are: %3.</source>
        <translation>Ligne %1&#xa0;: «&#xa0;%2&#xa0;» n’est pas une colonne connue d’Amanat. Les colonnes sont&#xa0;: %3.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice.</source>
        <translation>Ligne %1&#xa0;: la colonne «&#xa0;%2&#xa0;» apparaît deux fois.</translation>
    </message>
    <message>
        <source>Line %1: the header names neither a file nor a title column, so it is not a header.</source>
        <translation>Ligne %1&#xa0;: l’en-tête ne nomme ni colonne file ni colonne title&#xa0;; ce n’est donc pas un en-tête.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a spreadsheet of items.</source>
        <translation>%1 est trop volumineux pour un tableur d’éléments.</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 ne contient aucune ligne.</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation>%1 a un en-tête mais aucune ligne à importer.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>L’importation a été annulée.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the spreadsheet has %n problem(s) to correct.</source>
        <translation>
            <numerusform>Rien n’a été importé&#xa0;: le tableur contient %n problème à corriger.</numerusform>
            <numerusform>Rien n’a été importé&#xa0;: le tableur contient %n problèmes à corriger.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…et %n autre.</numerusform>
            <numerusform>…et %n autres.</numerusform>
        </translation>
    </message>
    <message>
        <source>it has more values (%1) than the header has columns (%2).</source>
        <translation>elle a plus de valeurs (%1) que l’en-tête n’a de colonnes (%2).</translation>
    </message>
    <message>
        <source>column %1 holds a value but has no name in the header.</source>
        <translation>la colonne %1 contient une valeur mais n’a pas de nom dans l’en-tête.</translation>
    </message>
</context>
<context>
    <name>TagPalette</name>
    <message>
        <source>Red</source>
        <translation>Rouge</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Jaune</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Vert</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Bleu canard</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Bleu</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rose</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Marron</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gris</translation>
    </message>
</context>
<context>
    <name>TagPath</name>
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
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>L’étiquette «&#xa0;%1&#xa0;» n’existe pas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write it as #RRGGBB.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une couleur&#xa0;; écrivez-la sous la forme #RRGGBB.</translation>
    </message>
    <message>
        <source>A new tag name cannot contain &quot;/&quot;; use tag-move to move a tag.</source>
        <translation>Un nouveau nom d’étiquette ne peut pas contenir «&#xa0;/&#xa0;»&#xa0;; utilisez tag-move pour déplacer une étiquette.</translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; already exists there; use tag-merge to combine them.</source>
        <translation>Une étiquette nommée «&#xa0;%1&#xa0;» existe déjà à cet endroit&#xa0;; utilisez tag-merge pour les fusionner.</translation>
    </message>
    <message>
        <source>A tag cannot be moved below itself.</source>
        <translation>Une étiquette ne peut pas être déplacée sous elle-même.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>Une étiquette ne peut pas être fusionnée avec elle-même.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into one of its own sub-tags.</source>
        <translation>Une étiquette ne peut pas être fusionnée avec l’une de ses propres sous-étiquettes.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has more than two columns (path, colour); quote a path that contains a comma.</source>
        <translation>La ligne %1 du fichier CSV comporte plus de deux colonnes (chemin, couleur)&#xa0;; mettez entre guillemets un chemin qui contient une virgule.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: %2</source>
        <translation>Ligne %1 du fichier CSV&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TestimonyEditing</name>
    <message>
        <source>Item %1 is not a testimony.</source>
        <translation>L’élément %1 n’est pas un témoignage.</translation>
    </message>
    <message>
        <source>Item %1 has no transcript: only testimonies, videos and audio recordings do.</source>
        <translation>L’élément %1 n’a pas de transcription&#xa0;: seuls les témoignages, les vidéos et les enregistrements audio en ont.</translation>
    </message>
</context>
<context>
    <name>TimeStamp</name>
    <message>
        <source>The time-stamp request is not over a SHA-256 digest.</source>
        <translation>La demande d’horodatage ne porte pas sur une empreinte SHA-256.</translation>
    </message>
    <message>
        <source>The time-stamp request could not be made: %1</source>
        <translation>La demande d’horodatage n’a pas pu être créée&#xa0;: %1</translation>
    </message>
    <message>
        <source>This is not a time-stamp request.</source>
        <translation>Ce n’est pas une demande d’horodatage.</translation>
    </message>
    <message>
        <source>This is not a time-stamp reply (an RFC 3161 .tsr file).</source>
        <translation>Ce n’est pas une réponse d’horodatage (un fichier .tsr RFC 3161).</translation>
    </message>
    <message>
        <source>The time-stamping authority refused the request.</source>
        <translation>L’autorité d’horodatage a refusé la demande.</translation>
    </message>
    <message>
        <source>This time-stamp reply answers another request.</source>
        <translation>Cette réponse d’horodatage répond à une autre demande.</translation>
    </message>
    <message>
        <source>No certificate could be read from the authority&apos;s certificate file.</source>
        <translation>Aucun certificat n’a pu être lu dans le fichier de certificat de l’autorité.</translation>
    </message>
    <message>
        <source>The time-stamp reply carries no certificate; give the authority&apos;s certificate to check it.</source>
        <translation>La réponse d’horodatage ne contient aucun certificat&#xa0;; fournissez le certificat de l’autorité pour la vérifier.</translation>
    </message>
    <message>
        <source>The time-stamp reply does not check: %1</source>
        <translation>La réponse d’horodatage ne se vérifie pas&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TimeStamps</name>
    <message>
        <source>%1 holds no manifest.json; it is not a bundle folder.</source>
        <translation>%1 ne contient pas de manifest.json&#xa0;; ce n’est pas un dossier de liasse.</translation>
    </message>
    <message>
        <source>This bundle is time-stamped already (manifest.tsr); a new request would not match that reply.</source>
        <translation>Cette liasse est déjà horodatée (manifest.tsr)&#xa0;; une nouvelle demande ne correspondrait plus à cette réponse.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This time-stamp reply answers none of this library&apos;s requests; nothing was stored.</source>
        <translation>Cette réponse d’horodatage ne répond à aucune demande de cette bibliothèque&#xa0;; rien n’a été enregistré.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Part of this change failed, so none of it was saved.</source>
        <translation>Une partie de cette modification a échoué&#xa0;; rien n’a donc été enregistré.</translation>
    </message>
</context>
<context>
    <name>UwaziExporter</name>
    <message>
        <source>The stored original of item %1 no longer matches its SHA-256; run verify.</source>
        <translation>L’original stocké de l’élément %1 ne correspond plus à son SHA-256&#xa0;; lancez une vérification.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 n’a pas pu être écrit&#xa0;: %2</translation>
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
        <translation>L’élément %1 n’a pas de fichier original.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::AddToDossierDialog</name>
    <message>
        <source>Add to Dossier</source>
        <translation>Ajouter au dossier</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected item(s) as exhibits of:</source>
        <translation>
            <numerusform>Ajouter l’élément sélectionné comme pièce de&#xa0;:</numerusform>
            <numerusform>Ajouter les %n éléments sélectionnés comme pièces de&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>This library has no dossier yet. Create one with Dossiers → New Dossier, then add items to it.</source>
        <translation>Cette bibliothèque n’a encore aucun dossier. Créez-en un avec Dossiers → Nouveau dossier, puis ajoutez-y des éléments.</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Section&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>The last section</source>
        <translation>La dernière section</translation>
    </message>
</context>
<context>
    <name>amanat::ui::BundleExportDialog</name>
    <message>
        <source>Export Court Bundle</source>
        <translation>Exporter la liasse pour le tribunal</translation>
    </message>
    <message>
        <source>UK tribunal (A4)</source>
        <translation>Tribunal britannique (A4)</translation>
    </message>
    <message>
        <source>US court (Letter)</source>
        <translation>Tribunal américain (Letter)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> Mo</translation>
    </message>
    <message>
        <source>The bundle is split into numbered parts at exhibit boundaries above this size (25 MB for US immigration e-filing, 50 MB for the UK Upper Tribunal).</source>
        <translation>La liasse est découpée en parties numérotées, entre deux pièces, au-delà de cette taille (25 Mo pour le dépôt électronique en matière d’immigration aux États-Unis, 50 Mo pour l’Upper Tribunal du Royaume-Uni).</translation>
    </message>
    <message>
        <source>File testimonies without recorded court consent (written to the custody log)</source>
        <translation>Inclure les témoignages sans consentement enregistré à une utilisation judiciaire (consigné dans le journal de la chaîne de conservation)</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Liasse</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profil&#xa0;:</translation>
    </message>
    <message>
        <source>Bates p&amp;refix:</source>
        <translation>P&amp;réfixe Bates&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;First number:</source>
        <translation>&amp;Premier numéro&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Split above:</source>
        <translation>&amp;Découper au-delà de&#xa0;:</translation>
    </message>
    <message>
        <source>Encrypted transport copy (optional)</source>
        <translation>Copie de transport chiffrée (facultative)</translation>
    </message>
    <message>
        <source>Also writes bundle-transport.pdf, encrypted with AES-256, for sending. The filing copy is never encrypted.</source>
        <translation>Écrit aussi bundle-transport.pdf, chiffré en AES-256, pour l’envoi. La copie de dépôt n’est jamais chiffrée.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>A new folder made for the bundle. Avoid names of people: folder names travel with the bundle.</source>
        <translation>Un nouveau dossier créé pour la liasse. Évitez les noms de personnes&#xa0;: les noms de dossier accompagnent la liasse.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Sortie</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>Dans le &amp;dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New folder name:</source>
        <translation>&amp;Nom du nouveau dossier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Folder for the Bundle</source>
        <translation>Dossier de la liasse</translation>
    </message>
    <message>
        <source>Choose the folder to put the bundle in.</source>
        <translation>Choisissez le dossier dans lequel placer la liasse.</translation>
    </message>
    <message>
        <source>Give the new folder a name without slashes.</source>
        <translation>Donnez au nouveau dossier un nom sans barre oblique.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another folder name.</source>
        <translation>%1 existe déjà&#xa0;: choisissez un autre nom de dossier.</translation>
    </message>
    <message>
        <source>The two transport passwords differ. Type them again.</source>
        <translation>Les deux mots de passe de transport sont différents. Saisissez-les de nouveau.</translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation>Préparation de la liasse…</translation>
    </message>
    <message>
        <source>The bundle was not written. %1</source>
        <translation>La liasse n’a pas été écrite. %1</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written: %n page(s), %1 to %2.</source>
        <translation>
            <numerusform>Liasse écrite&#xa0;: %n page, %1 à %2.</numerusform>
            <numerusform>Liasse écrite&#xa0;: %n pages, %1 à %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <source>Filing copy: %1</source>
        <translation>Copie de dépôt&#xa0;: %1</translation>
    </message>
    <message>
        <source>Transport copy: %1</source>
        <translation>Copie de transport&#xa0;: %1</translation>
    </message>
    <message>
        <source>Native files: %1</source>
        <translation>Fichiers natifs&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Pages&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bates range: %1 – %2</source>
        <translation>Plage Bates&#xa0;: %1 – %2</translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation>SHA-256 du manifeste&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation>Empreinte de la clé de signature&#xa0;: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Export pages nobody reviewed (written to the custody log and printed on the exhibit sheets)</source>
        <translation>Exporter les pages que personne n’a examinées (consigné dans le journal de la chaîne de conservation et imprimé sur les fiches de pièce)</translation>
    </message>
    <message>
        <source>Without it, the export stops while pages of scans, photos or pages naming protected people await a person&apos;s look in the redaction review.</source>
        <translation>Sans cette option, l’exportation s’arrête tant que des pages de numérisations, des photos ou des pages nommant des personnes protégées attendent d’être examinées par une personne lors de l’examen des caviardages.</translation>
    </message>
    <message>
        <source>&amp;Review Redactions…</source>
        <translation>&amp;Examiner les caviardages…</translation>
    </message>
    <message>
        <source>Every page has been reviewed. Export again.</source>
        <translation>Toutes les pages ont été examinées. Exportez de nouveau.</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>&amp;Annuler l’exportation</translation>
    </message>
    <message>
        <source>Cancelling: pages already being made are finished first…</source>
        <translation>Annulation&#xa0;: les pages déjà en cours de préparation sont d’abord terminées…</translation>
    </message>
    <message>
        <source>Continuous (BUNDLE-000001, …)</source>
        <translation>Continue (BUNDLE-000001, …)</translation>
    </message>
    <message>
        <source>By section (A1, A2… B1, …)</source>
        <translation>Par section (A1, A2… B1, …)</translation>
    </message>
    <message>
        <source>Family courts and some tribunals number each section&apos;s pages on their own: A1, A2… in the first section, B1… in the next.</source>
        <translation>Les tribunaux aux affaires familiales et certains tribunaux numérotent les pages de chaque section séparément&#xa0;: A1, A2… dans la première section, B1… dans la suivante.</translation>
    </message>
    <message>
        <source>Page &amp;numbers:</source>
        <translation>&amp;Numéros de page&#xa0;:</translation>
    </message>
    <message>
        <source>Type a folder, or choose one</source>
        <translation>Tapez un dossier, ou choisissez-en un</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Dossier de la liasse</translation>
    </message>
    <message>
        <source>There is no folder %1. Type an existing folder, or choose one.</source>
        <translation>Il n’y a pas de dossier %1. Tapez un dossier existant, ou choisissez-en un.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::CaseDetailsForm</name>
    <message>
        <source>e.g. Appeal of W-014</source>
        <translation>p. ex. Recours de W-014</translation>
    </message>
    <message>
        <source>Court or tribunal</source>
        <translation>Cour ou tribunal</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Numéro de l’affaire</translation>
    </message>
    <message>
        <source>Parties, as printed on the cover</source>
        <translation>Parties, telles qu’imprimées sur la page de garde</translation>
    </message>
    <message>
        <source>Counsel, as printed on the cover</source>
        <translation>Conseils, tels qu’imprimés sur la page de garde</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Set Date</source>
        <translation>Définir la date</translation>
    </message>
    <message>
        <source>No Date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation>Enregistrer les informations</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Court or tribunal:</source>
        <translation>&amp;Cour ou tribunal&#xa0;:</translation>
    </message>
    <message>
        <source>Case n&amp;umber:</source>
        <translation>N&amp;uméro de l’affaire&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Parties&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ounsel:</source>
        <translation>C&amp;onseils&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Hearing date:</source>
        <translation>Date de l’&amp;audience&#xa0;:</translation>
    </message>
    <message>
        <source>US immigration court only, e.g. A123-456-789</source>
        <translation>Tribunal de l’immigration des États-Unis uniquement, p. ex. A123-456-789</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>Numéro &amp;A&#xa0;:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ClipMarkersPanel</name>
    <message>
        <source>In</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Mark the start of a clip at the current position (I)</source>
        <translation>Marquer le début d’un extrait à la position actuelle (I)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Mark the end of a clip at the current position (O)</source>
        <translation>Marquer la fin d’un extrait à la position actuelle (O)</translation>
    </message>
    <message>
        <source>Note for this clip</source>
        <translation>Note pour cet extrait</translation>
    </message>
    <message>
        <source>Save clip</source>
        <translation>Enregistrer l’extrait</translation>
    </message>
    <message>
        <source>Click a clip to go to its start</source>
        <translation>Cliquez sur un extrait pour aller à son début</translation>
    </message>
    <message>
        <source>Delete the selected clip</source>
        <translation>Supprimer l’extrait sélectionné</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Extraits</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>In %1   Out %2</source>
        <translation>Début %1   Fin %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>amanat::ui::CreateLibraryWidget</name>
    <message>
        <source>Create a new library</source>
        <translation>Créer une nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>e.g. Casework</source>
        <translation>p. ex. Dossiers en cours</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>In &amp;folder:</source>
        <translation>Dans le &amp;dossier&#xa0;:</translation>
    </message>
    <message>
        <source>The passphrase unlocks the library. A sentence of several words that only you would think of is strong and easy to remember. There is no way to reset it without the recovery key.</source>
        <translation>La phrase secrète déverrouille la bibliothèque. Une phrase de plusieurs mots à laquelle vous seul penseriez est robuste et facile à retenir. Il est impossible de la réinitialiser sans la clé de récupération.</translation>
    </message>
    <message>
        <source>Creating the library and deriving its keys…</source>
        <translation>Création de la bibliothèque et dérivation de ses clés…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Retour</translation>
    </message>
    <message>
        <source>&amp;Create library</source>
        <translation>&amp;Créer la bibliothèque</translation>
    </message>
    <message>
        <source>The name cannot contain slashes or start with a dot.</source>
        <translation>Le nom ne peut pas contenir de barre oblique ni commencer par un point.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>Le dossier %1 n’existe pas. Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>Amanat cannot write in %1. Choose another folder.</source>
        <translation>Amanat ne peut pas écrire dans %1. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 existe déjà. Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Choose where to create the library</source>
        <translation>Choisissez où créer la bibliothèque</translation>
    </message>
    <message>
        <source>Languages of the scans and photos you will import (pages are read in these; you can change them later in Settings):</source>
        <translation>Langues des numérisations et photos que vous importerez (les pages sont lues dans ces langues&#xa0;; vous pourrez les changer plus tard dans les Paramètres)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::CustodyHistoryWidget</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s’est passé</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DeleteItemsCommand</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Supprimer %n élément</numerusform>
            <numerusform>Supprimer %n éléments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::DetailPane</name>
    <message>
        <source>View</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>Original file: %1</source>
        <translation>Fichier original&#xa0;: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Taille&#xa0;: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>No original file</source>
        <translation>Aucun fichier original</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>Modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Sélectionnez un élément pour afficher ses détails.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>aucune raison n’a été donnée</translation>
    </message>
    <message>
        <source>Its text could not be read: %1.</source>
        <translation>Son texte n’a pas pu être lu&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Only part of its text could be read: %1.</source>
        <translation>Une partie seulement de son texte a pu être lue&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The file is protected by a password, so its text could not be read.</source>
        <translation>Le fichier est protégé par un mot de passe&#xa0;; son texte n’a donc pas pu être lu.</translation>
    </message>
    <message>
        <source>Its text has not been read yet. Item → Read Text Again reads it now.</source>
        <translation>Son texte n’a pas encore été lu. Élément → Relire le texte le lit maintenant.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierEditor</name>
    <message>
        <source>Case</source>
        <translation>Affaire</translation>
    </message>
    <message>
        <source>New section, e.g. B. Country conditions</source>
        <translation>Nouvelle section, p. ex. B. Situation dans le pays</translation>
    </message>
    <message>
        <source>&amp;Add Section</source>
        <translation>&amp;Ajouter une section</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;nommer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>Descen&amp;dre</translation>
    </message>
    <message>
        <source>Drag items here from the item list. Drag exhibits and sections to reorder them.</source>
        <translation>Faites glisser ici des éléments depuis la liste des éléments. Faites glisser les pièces et les sections pour les réordonner.</translation>
    </message>
    <message>
        <source>Sections and exhibits</source>
        <translation>Sections et pièces</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Redactions of this item</source>
        <translation>Caviardages de cet élément</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;Exporter la liasse…</translation>
    </message>
    <message>
        <source>New Dossier</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>Retirer la section</translation>
    </message>
    <message numerus="yes">
        <source>Remove the section &quot;%1&quot; and its %n exhibit(s) from the dossier? The items stay in the library.</source>
        <translation>
            <numerusform>Retirer du dossier la section «&#xa0;%1&#xa0;» et son contenu (%n pièce)&#xa0;? Les éléments restent dans la bibliothèque.</numerusform>
            <numerusform>Retirer du dossier la section «&#xa0;%1&#xa0;» et son contenu (%n pièces)&#xa0;? Les éléments restent dans la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not redacted in this dossier</source>
        <translation>Non caviardé dans ce dossier</translation>
    </message>
    <message>
        <source>Re&amp;view Redactions…</source>
        <translation>E&amp;xaminer les caviardages…</translation>
    </message>
    <message>
        <source>Look at the boxes the redactor proposes on scans and on pages that name protected people, correct them and approve each page.</source>
        <translation>Examinez les cadres que le module de caviardage propose sur les numérisations et sur les pages qui nomment des personnes protégées, corrigez-les et approuvez chaque page.</translation>
    </message>
    <message>
        <source>Renum&amp;ber Labels</source>
        <translation>Renumér&amp;oter les libellés</translation>
    </message>
    <message>
        <source>Label the exhibits again in their order, A1, A2… B1…, as a court expects after a removal. Each change goes into the custody log.</source>
        <translation>Attribuer de nouveau les libellés des pièces dans leur ordre, A1, A2… B1…, comme un tribunal l’attend après un retrait. Chaque changement est consigné dans le journal de la chaîne de conservation.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierLauncher</name>
    <message>
        <source>&amp;New Dossier…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>&amp;Dossiers</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierModel</name>
    <message>
        <source>(item %1 is missing)</source>
        <translation>(l’élément %1 est manquant)</translation>
    </message>
    <message>
        <source>Save the dossier first.</source>
        <translation>Enregistrez d’abord le dossier.</translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <translation>Cette section n’existe plus.</translation>
    </message>
    <message>
        <source>A. Exhibits</source>
        <translation>A. Pièces</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>pp. %1–%2</source>
        <translation>p. %1–%2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1  —  %n exhibit(s)</source>
        <translation>
            <numerusform>%1  —  %n pièce</numerusform>
            <numerusform>%1  —  %n pièces</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Pages / segment</source>
        <translation>Pages / segment</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExchangeController</name>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Partager…</translation>
    </message>
    <message>
        <source>Send the selected items to other Amanat libraries in a sealed package.</source>
        <translation>Envoyer les éléments sélectionnés à d’autres bibliothèques Amanat dans un paquet scellé.</translation>
    </message>
    <message>
        <source>Select the items to share first.</source>
        <translation>Sélectionnez d’abord les éléments à partager.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Receive Package…</source>
        <translation>&amp;Recevoir un paquet…</translation>
    </message>
    <message>
        <source>Receive a sealed package that another library shared with this one.</source>
        <translation>Recevoir un paquet scellé qu’une autre bibliothèque a partagé avec celle-ci.</translation>
    </message>
    <message>
        <source>Receive Package</source>
        <translation>Recevoir un paquet</translation>
    </message>
    <message>
        <source>Amanat packages (*.amanatx);;All files (*)</source>
        <translation>Paquets Amanat (*.amanatx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>E&amp;xchange Key and Contacts…</source>
        <translation>Clé d’é&amp;change et contacts…</translation>
    </message>
    <message>
        <source>Sealing %1…</source>
        <translation>Scellage de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Not Shared</source>
        <translation>Non partagé</translation>
    </message>
    <message>
        <source>Sharing was cancelled. No package was saved.</source>
        <translation>Le partage a été annulé. Aucun paquet n’a été enregistré.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Partagé</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) sealed into %1. Send the file any way you like: only the libraries you chose can open it.</source>
        <translation>
            <numerusform>%n élément scellé dans %1. Envoyez le fichier par le moyen qui vous convient&#xa0;: seules les bibliothèques choisies peuvent l’ouvrir.</numerusform>
            <numerusform>%n éléments scellés dans %1. Envoyez le fichier par le moyen qui vous convient&#xa0;: seules les bibliothèques choisies peuvent l’ouvrir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Received</source>
        <translation>Non reçu</translation>
    </message>
    <message>
        <source>This package comes from %1, a library you have not received from before.</source>
        <translation>Ce paquet vient de %1, une bibliothèque dont vous n’avez encore rien reçu.</translation>
    </message>
    <message>
        <source>Before you trust it, check its fingerprint with the sender, by phone or in person:
%1</source>
        <translation>Avant de lui faire confiance, vérifiez son empreinte avec l’expéditeur, par téléphone ou en personne&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recevoir</translation>
    </message>
    <message>
        <source>The Sender&apos;s Keys Have Changed</source>
        <translation>Les clés de l’expéditeur ont changé</translation>
    </message>
    <message>
        <source>This package says it comes from %1, but it is signed with other keys than that library used before. Anyone can claim a name.</source>
        <translation>Ce paquet dit venir de %1, mais il est signé avec d’autres clés que celles que cette bibliothèque expéditrice utilisait jusqu’ici. N’importe qui peut se donner un nom.</translation>
    </message>
    <message>
        <source>Fingerprint known until now:
%1
Fingerprint of this package:
%2

Unless the sender told you they have new keys, do not receive this package.</source>
        <translation>Empreinte connue jusqu’ici&#xa0;:
%1
Empreinte de ce paquet&#xa0;:
%2

Sauf si l’expéditeur vous a dit avoir de nouvelles clés, ne recevez pas ce paquet.</translation>
    </message>
    <message>
        <source>Do Not Receive</source>
        <translation>Ne pas recevoir</translation>
    </message>
    <message>
        <source>I Confirmed the New Keys…</source>
        <translation>J’ai confirmé les nouvelles clés…</translation>
    </message>
    <message>
        <source>Confirm the New Keys</source>
        <translation>Confirmer les nouvelles clés</translation>
    </message>
    <message>
        <source>Type the fingerprint the sender read out to you:</source>
        <translation>Tapez l’empreinte que l’expéditeur vous a lue&#xa0;:</translation>
    </message>
    <message>
        <source>Receiving %1…</source>
        <translation>Réception de %1…</translation>
    </message>
    <message>
        <source>Receiving was cancelled. Nothing was received.</source>
        <translation>La réception a été annulée. Rien n’a été reçu.</translation>
    </message>
    <message>
        <source>Inbox: %1 was not received: %2</source>
        <translation>Réception&#xa0;: %1 n’a pas été reçu&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 had already been received; nothing was added.</source>
        <translation>%1 avait déjà été reçu&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n item(s) received, of which %2 new and %3 already here.</source>
        <translation>
            <numerusform>De %1&#xa0;: %n élément reçu, dont %2 nouveau(x) et %3 déjà présent(s).</numerusform>
            <numerusform>De %1&#xa0;: %n éléments reçus, dont %2 nouveau(x) et %3 déjà présent(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Their text is being read now.</source>
        <translation>Leur texte est en cours de lecture.</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>Réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>Package Received</source>
        <translation>Paquet reçu</translation>
    </message>
    <message>
        <source>The inbox folder %1 cannot be watched.</source>
        <translation>Le dossier de réception %1 ne peut pas être surveillé.</translation>
    </message>
    <message>
        <source>Inbox: %1 comes from a sender to be checked first; open it with File → Receive Package….</source>
        <translation>Réception&#xa0;: %1 vient d’un expéditeur à vérifier d’abord&#xa0;; ouvrez-le avec Fichier → Recevoir un paquet….</translation>
    </message>
    <message>
        <source>Not Forgotten</source>
        <translation>Non oublié</translation>
    </message>
    <message>
        <source>Exchange Key</source>
        <translation>Clé d’échange</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExchangeKeyDialog</name>
    <message>
        <source>Exchange Key and Contacts</source>
        <translation>Clé d’échange et contacts</translation>
    </message>
    <message>
        <source>This library&apos;s exchange key</source>
        <translation>La clé d’échange de cette bibliothèque</translation>
    </message>
    <message>
        <source>Give this key to the libraries that will send you packages. Confirm it by reading the fingerprint out to them, by phone or in person.</source>
        <translation>Donnez cette clé aux bibliothèques qui vous enverront des paquets. Confirmez-la en leur lisant l’empreinte, par téléphone ou en personne.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clé&#xa0;:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Empreinte&#xa0;:</translation>
    </message>
    <message>
        <source>Libraries that have sent packages here</source>
        <translation>Bibliothèques qui ont envoyé des paquets ici</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Dernier paquet</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Oublier…</translation>
    </message>
    <message>
        <source>A sender is remembered with its keys the first time a package from it is received. If a package later comes under other keys, Amanat warns you and holds it back.</source>
        <translation>Un expéditeur est mémorisé avec ses clés la première fois qu’un paquet venant de lui est reçu. Si un paquet arrive plus tard sous d’autres clés, Amanat vous prévient et le retient.</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Dossier de réception</translation>
    </message>
    <message>
        <source>While the library is open, packages that appear in this folder are received from senders you know. Point a folder synchronised by Syncthing, Nextcloud or a USB stick here to exchange with other offices.</source>
        <translation>Tant que la bibliothèque est ouverte, les paquets qui apparaissent dans ce dossier sont reçus s’ils viennent d’expéditeurs connus. Indiquez ici un dossier synchronisé par Syncthing, Nextcloud ou une clé USB pour échanger avec d’autres bureaux.</translation>
    </message>
    <message>
        <source>No inbox folder</source>
        <translation>Aucun dossier de réception</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Inbox Folder</source>
        <translation>Dossier de réception</translation>
    </message>
    <message>
        <source>Stop Watching</source>
        <translation>Arrêter la surveillance</translation>
    </message>
    <message>
        <source>Forget Sender</source>
        <translation>Oublier l’expéditeur</translation>
    </message>
    <message>
        <source>Forget %1? Its next package is treated as coming from a new sender, whose fingerprint you check again.</source>
        <translation>Oublier %1&#xa0;? Son prochain paquet sera traité comme venant d’un nouvel expéditeur, dont vous vérifierez à nouveau l’empreinte.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Oublier</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExemptionsPanel</name>
    <message>
        <source>People not redacted in this dossier</source>
        <translation>Personnes non caviardées dans ce dossier</translation>
    </message>
    <message>
        <source>Protected person</source>
        <translation>Personne protégée</translation>
    </message>
    <message>
        <source>Why (required), e.g. the appellant&apos;s own appeal</source>
        <translation>Raison (obligatoire), p. ex. le propre recours de l’appelant</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Do &amp;Not Redact</source>
        <translation>&amp;Ne pas caviarder</translation>
    </message>
    <message>
        <source>Redact &amp;Again</source>
        <translation>&amp;Caviarder de nouveau</translation>
    </message>
    <message>
        <source>They stay readable in this dossier&apos;s bundles; the reason is logged and printed on the bundle&apos;s cover and exhibit sheets.</source>
        <translation>Elles restent lisibles dans les liasses de ce dossier&#xa0;; la raison est consignée dans le journal et imprimée sur la page de garde et les fiches de pièce de la liasse.</translation>
    </message>
    <message>
        <source>%1 — %2 (since %3)</source>
        <translation>%1 — %2 (depuis le %3)</translation>
    </message>
    <message>
        <source>No protected people</source>
        <translation>Aucune personne protégée</translation>
    </message>
    <message>
        <source>Everyone is exempted</source>
        <translation>Tout le monde est exempté</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>Choisir une personne…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExhibitDetailsPanel</name>
    <message>
        <source>all</source>
        <translation>tout</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>File without the witness&apos;s court consent</source>
        <translation>Inclure sans le consentement du témoin à une utilisation judiciaire</translation>
    </message>
    <message>
        <source>Only with another lawful basis. Filing this testimony without recorded court consent is written to the custody log.</source>
        <translation>Uniquement si vous disposez d’un autre fondement juridique. L’inclusion de ce témoignage sans consentement enregistré à une utilisation judiciaire est consignée dans le journal de la chaîne de conservation.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>&amp;Pages&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment&#xa0;:</translation>
    </message>
    <message>
        <source>An exhibit needs a label.</source>
        <translation>Une pièce doit avoir un libellé.</translation>
    </message>
    <message>
        <source>Give both the first and the last page (first ≤ last), or neither.</source>
        <translation>Indiquez à la fois la première et la dernière page (première ≤ dernière), ou aucune des deux.</translation>
    </message>
    <message>
        <source>A segment needs a start and a later end, e.g. 1:05 to 2:30.</source>
        <translation>Un segment nécessite un début et une fin postérieure, p. ex. 1:05 à 2:30.</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Première page</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Dernière page</translation>
    </message>
    <message>
        <source>Segment start</source>
        <translation>Début du segment</translation>
    </message>
    <message>
        <source>Segment end</source>
        <translation>Fin du segment</translation>
    </message>
    <message>
        <source>Use a saved clip as the segment</source>
        <translation>Prendre un extrait enregistré comme segment</translation>
    </message>
    <message>
        <source>Saved clips…</source>
        <translation>Extraits enregistrés…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExportController</name>
    <message>
        <source>Export as &amp;Bag…</source>
        <translation>Exporter en paquet &amp;BagIt…</translation>
    </message>
    <message>
        <source>Write the selected items as a BagIt bag for an archive.</source>
        <translation>Écrire les éléments sélectionnés dans un paquet BagIt pour un fonds d’archives.</translation>
    </message>
    <message>
        <source>Export as Bag</source>
        <translation>Exporter en paquet BagIt</translation>
    </message>
    <message>
        <source>Export for &amp;Uwazi…</source>
        <translation>Exporter pour &amp;Uwazi…</translation>
    </message>
    <message>
        <source>Write the selected items as the ZIP that Uwazi&apos;s CSV import reads.</source>
        <translation>Écrire les éléments sélectionnés dans le ZIP que lit l’importation CSV d’Uwazi.</translation>
    </message>
    <message>
        <source>Export for Uwazi</source>
        <translation>Exporter pour Uwazi</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archives ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Request &amp;Time Stamp…</source>
        <translation>Demander un &amp;horodatage…</translation>
    </message>
    <message>
        <source>Write a request that a time-stamping authority signs, to prove when the selected items were held as they are.</source>
        <translation>Écrire une demande qu’une autorité d’horodatage signe, pour prouver à quelle date les éléments sélectionnés étaient détenus tels qu’ils sont.</translation>
    </message>
    <message>
        <source>Request Time Stamp</source>
        <translation>Demander un horodatage</translation>
    </message>
    <message>
        <source>Time-stamp requests (*.tsq)</source>
        <translation>Demandes d’horodatage (*.tsq)</translation>
    </message>
    <message>
        <source>Import Time-Stamp &amp;Reply…</source>
        <translation>Importer la &amp;réponse d’horodatage…</translation>
    </message>
    <message>
        <source>Import Time-Stamp Reply</source>
        <translation>Importer la réponse d’horodatage</translation>
    </message>
    <message>
        <source>Time-stamp replies (*.tsr);;All files (*)</source>
        <translation>Réponses d’horodatage (*.tsr);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Select the items first.</source>
        <translation>Sélectionnez d’abord les éléments.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing the bag…</source>
        <translation>Écriture du paquet BagIt…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s)</source>
        <translation>
            <numerusform>%n élément sélectionné</numerusform>
            <numerusform>%n éléments sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>Non exporté</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to the bag %1.</source>
        <translation>
            <numerusform>%n élément écrit dans le paquet BagIt %1.</numerusform>
            <numerusform>%n éléments écrits dans le paquet BagIt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have redactions: the bag holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>%n d’entre eux a des caviardages&#xa0;: le paquet contient son fichier original tel quel, non caviardé.</numerusform>
            <numerusform>%n d’entre eux ont des caviardages&#xa0;: le paquet contient leurs fichiers originaux tels quels, non caviardés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bag Written</source>
        <translation>Paquet BagIt écrit</translation>
    </message>
    <message>
        <source>Writing the ZIP for Uwazi…</source>
        <translation>Écriture du ZIP pour Uwazi…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1 for Uwazi&apos;s CSV import.</source>
        <translation>
            <numerusform>%n élément écrit dans %1 pour l’importation CSV d’Uwazi.</numerusform>
            <numerusform>%n éléments écrits dans %1 pour l’importation CSV d’Uwazi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have redactions: the ZIP holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>%n d’entre eux a des caviardages&#xa0;: le ZIP contient son fichier original tel quel, non caviardé.</numerusform>
            <numerusform>%n d’entre eux ont des caviardages&#xa0;: le ZIP contient leurs fichiers originaux tels quels, non caviardés.</numerusform>
        </translation>
    </message>
    <message>
        <source>ZIP Written</source>
        <translation>ZIP écrit</translation>
    </message>
    <message>
        <source>Writing the time-stamp request…</source>
        <translation>Écriture de la demande d’horodatage…</translation>
    </message>
    <message>
        <source>No Request Written</source>
        <translation>Aucune demande écrite</translation>
    </message>
    <message>
        <source>Time-Stamp Request Written</source>
        <translation>Demande d’horodatage écrite</translation>
    </message>
    <message>
        <source>The request is in %1. Take it to a time-stamping authority when you are online, then bring the reply back with File → Import Time-Stamp Reply….</source>
        <translation>La demande est dans %1. Portez-la à une autorité d’horodatage quand vous êtes en ligne, puis rapportez la réponse avec Fichier → Importer la réponse d’horodatage….</translation>
    </message>
    <message>
        <source>Reply Not Imported</source>
        <translation>Réponse non importée</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Checking the reply…</source>
        <translation>Vérification de la réponse…</translation>
    </message>
    <message>
        <source>This reply was already stored; nothing changed.</source>
        <translation>Cette réponse était déjà enregistrée&#xa0;; rien n’a changé.</translation>
    </message>
    <message>
        <source>Time stamp stored in the custody log: %1, by %2.</source>
        <translation>Horodatage enregistré dans le journal de la chaîne de conservation&#xa0;: %1, par %2.</translation>
    </message>
    <message>
        <source>The reply is intact and answers this library&apos;s request; who the authority is was not checked against its certificate (amanat-cli timestamp-import --tsa-ca does that).</source>
        <translation>La réponse est intacte et répond à la demande de cette bibliothèque&#xa0;; l’identité de l’autorité n’a pas été vérifiée d’après son certificat (amanat-cli timestamp-import --tsa-ca le fait).</translation>
    </message>
    <message>
        <source>Time Stamp Imported</source>
        <translation>Horodatage importé</translation>
    </message>
</context>
<context>
    <name>amanat::ui::FacetModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type&#xa0;: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Étiquette&#xa0;: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Année&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Rechercher dans le document</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Occurrence précédente (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Occurrence suivante (Entrée)</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImageViewer</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Rotate left (view only)</source>
        <translation>Pivoter à gauche (affichage uniquement)</translation>
    </message>
    <message>
        <source>Rotate right (view only)</source>
        <translation>Pivoter à droite (affichage uniquement)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Extracted text</source>
        <translation>Texte extrait</translation>
    </message>
    <message>
        <source>No text was found in this image.</source>
        <translation>Aucun texte n’a été trouvé dans cette image.</translation>
    </message>
    <message>
        <source>Opening the image…</source>
        <translation>Ouverture de l’image…</translation>
    </message>
    <message>
        <source>This image could not be displayed.</source>
        <translation>Cette image n’a pas pu être affichée.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportController</name>
    <message>
        <source>There were no files to import.</source>
        <translation>Il n’y avait aucun fichier à importer.</translation>
    </message>
    <message>
        <source>the PDF needs a password</source>
        <translation>le PDF nécessite un mot de passe</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportListModel</name>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extraction</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Stored; extraction failed</source>
        <translation>Stocké&#xa0;; échec de l’extraction</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Stored; extraction pending</source>
        <translation>Stocké&#xa0;; extraction en attente</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Non importé</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportPanel</name>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop after the current file. Stored files whose text is not extracted yet stay pending and can be extracted later.</source>
        <translation>Arrêter après le fichier en cours. Les fichiers stockés dont le texte n’est pas encore extrait restent en attente et pourront être extraits plus tard.</translation>
    </message>
    <message>
        <source>Storing file %1 of %2…</source>
        <translation>Stockage du fichier %1 sur %2…</translation>
    </message>
    <message>
        <source>Extracting text: %1 of %2 done…</source>
        <translation>Extraction du texte&#xa0;: %1 sur %2 terminés…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importation annulée</translation>
    </message>
    <message>
        <source>Import stopped early</source>
        <translation>Importation arrêtée avant la fin</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importation terminée</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported, %3 extraction(s) failed.</source>
        <translation>
            <numerusform>%n fichier importé, doublons&#xa0;: %1, échecs d’importation&#xa0;: %2, échecs d’extraction&#xa0;: %3.</numerusform>
            <numerusform>%n fichiers importés, doublons&#xa0;: %1, échecs d’importation&#xa0;: %2, échecs d’extraction&#xa0;: %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1: %2</source>
        <translation>Non importé&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Stored, but text not extracted: %1: %2</source>
        <translation>Stocké, mais texte non extrait&#xa0;: %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Files stored before the cancel keep their place in the library; their text can be extracted later.</source>
        <translation>Les fichiers stockés avant l’annulation conservent leur place dans la bibliothèque&#xa0;; leur texte pourra être extrait plus tard.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>Rien n’a été importé</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemActions</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Export Original…</source>
        <translation>&amp;Exporter l’original…</translation>
    </message>
    <message>
        <source>&amp;Read Text Again…</source>
        <translation>&amp;Relire le texte…</translation>
    </message>
    <message>
        <source>Add to D&amp;ossier…</source>
        <translation>Ajouter au d&amp;ossier…</translation>
    </message>
    <message>
        <source>Reading text again: %1 of %2…</source>
        <translation>Relecture du texte&#xa0;: %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>Reading text again was stopped after %n item(s).</source>
        <translation>
            <numerusform>La relecture du texte a été arrêtée après %n élément.</numerusform>
            <numerusform>La relecture du texte a été arrêtée après %n éléments.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read; the detail pane of each says why.</source>
        <translation>
            <numerusform>%n élément n’a pas pu être lu&#xa0;; son panneau de détails dit pourquoi.</numerusform>
            <numerusform>%n éléments n’ont pas pu être lus&#xa0;; le panneau de détails de chacun dit pourquoi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n item(s) was read again.</source>
        <translation>
            <numerusform>Le texte de %n élément a été relu.</numerusform>
            <numerusform>Le texte de %n éléments a été relu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation>Supprimer des éléments</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected item(s)?</source>
        <translation>
            <numerusform>Supprimer l’élément sélectionné&#xa0;?</numerusform>
            <numerusform>Supprimer les %n éléments sélectionnés&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave every list, search and dossier now, and the history records the deletion. Until you lock the library, Edit → Undo brings them back; then they are erased for good, with their original files.</source>
        <translation>Ils quittent dès maintenant toutes les listes, recherches et dossiers, et l’historique enregistre la suppression. Jusqu’au verrouillage de la bibliothèque, Édition → Annuler les fait revenir&#xa0;; ensuite ils sont effacés définitivement, avec leurs fichiers originaux.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted. Edit → Undo brings them back until the library is locked.</source>
        <translation>
            <numerusform>%n élément supprimé. Édition → Annuler le fait revenir jusqu’au verrouillage de la bibliothèque.</numerusform>
            <numerusform>%n éléments supprimés. Édition → Annuler les fait revenir jusqu’au verrouillage de la bibliothèque.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item has no original file to export.</source>
        <translation>Cet élément n’a pas de fichier original à exporter.</translation>
    </message>
    <message>
        <source>Export Original</source>
        <translation>Exporter l’original</translation>
    </message>
    <message>
        <source>The original was exported to %1.</source>
        <translation>L’original a été exporté vers %1.</translation>
    </message>
    <message>
        <source>Text is already being read again; wait until it has finished.</source>
        <translation>Un texte est déjà en cours de relecture&#xa0;; attendez qu’elle soit terminée.</translation>
    </message>
    <message>
        <source>Reading text again: 0 of %1…</source>
        <translation>Relecture du texte&#xa0;: 0 sur %1…</translation>
    </message>
    <message>
        <source>Added to dossier %1 as %2.</source>
        <translation>Ajouté au dossier %1 comme %2.</translation>
    </message>
    <message>
        <source>&amp;New Testimony…</source>
        <translation>&amp;Nouveau témoignage…</translation>
    </message>
    <message>
        <source>Testimony %1 created.</source>
        <translation>Témoignage %1 créé.</translation>
    </message>
    <message numerus="yes">
        <source>Testimony %1 created; its %n file(s) are being imported.</source>
        <translation>
            <numerusform>Témoignage %1 créé&#xa0;; son fichier est en cours d’importation.</numerusform>
            <numerusform>Témoignage %1 créé&#xa0;; ses %n fichiers sont en cours d’importation.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemListModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemViewer</name>
    <message>
        <source>No item selected.</source>
        <translation>Aucun élément sélectionné.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryCare</name>
    <message>
        <source>&amp;Verify Library</source>
        <translation>&amp;Vérifier la bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Changer la &amp;phrase secrète…</translation>
    </message>
    <message>
        <source>New &amp;Recovery Key…</source>
        <translation>Nouvelle clé de &amp;récupération…</translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>La bibliothèque est intacte.</translation>
    </message>
    <message>
        <source>The library failed verification.</source>
        <translation>La bibliothèque n’a pas passé la vérification.</translation>
    </message>
    <message>
        <source>Backup written.</source>
        <translation>Sauvegarde écrite.</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>La sauvegarde a échoué.</translation>
    </message>
    <message>
        <source>Database: %1
Originals and custody log: not checked, because the database failed its integrity check.</source>
        <translation>Base de données&#xa0;: %1
Originaux et journal de la chaîne de conservation&#xa0;: non vérifiés, car la base de données a échoué au contrôle d’intégrité.</translation>
    </message>
    <message>
        <source>Database: every page is intact.</source>
        <translation>Base de données&#xa0;: chaque page est intacte.</translation>
    </message>
    <message numerus="yes">
        <source>Originals: %n checked</source>
        <translation>
            <numerusform>Originaux&#xa0;: %n vérifié</numerusform>
            <numerusform>Originaux&#xa0;: %n vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Élément %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>Custody log: intact, %n event(s).</source>
        <translation>
            <numerusform>Journal de la chaîne de conservation&#xa0;: intact, %n événement.</numerusform>
            <numerusform>Journal de la chaîne de conservation&#xa0;: intact, %n événements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation>Journal de la chaîne de conservation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last committed change: %1</source>
        <translation>Dernière modification validée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Back Up To (a folder on a drive kept apart)</source>
        <translation>Sauvegarder vers (un dossier sur un disque gardé à part)</translation>
    </message>
    <message>
        <source>The copy in %1 opens with the same passphrase and recovery key.</source>
        <translation>La copie dans %1 s’ouvre avec la même phrase secrète et la même clé de récupération.</translation>
    </message>
    <message>
        <source>Amanat</source>
        <translation>Amanat</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La phrase secrète a été changée.</translation>
    </message>
    <message>
        <source>The old passphrase no longer opens this library.</source>
        <translation>L’ancienne phrase secrète n’ouvre plus cette bibliothèque.</translation>
    </message>
    <message>
        <source>New Recovery Key</source>
        <translation>Nouvelle clé de récupération</translation>
    </message>
    <message>
        <source>Issue a new recovery key?</source>
        <translation>Émettre une nouvelle clé de récupération&#xa0;?</translation>
    </message>
    <message>
        <source>Do this when the old key may have been seen or lost. The old key stops opening this library at once (backups made before keep it). The new key is shown once: print it or write it down.</source>
        <translation>Faites-le si l’ancienne clé a pu être vue ou perdue. L’ancienne clé cesse aussitôt d’ouvrir cette bibliothèque (les sauvegardes faites avant la conservent). La nouvelle clé n’est affichée qu’une fois&#xa0;: imprimez-la ou notez-la.</translation>
    </message>
    <message>
        <source>Issue New Key</source>
        <translation>Émettre la nouvelle clé</translation>
    </message>
    <message>
        <source>No new recovery key was issued.</source>
        <translation>Aucune nouvelle clé de récupération n’a été émise.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryEditor</name>
    <message>
        <source>%1 cannot be edited here.</source>
        <translation>%1 ne peut pas être modifié ici.</translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation>L’étiquette %1 existe déjà.</translation>
    </message>
    <message>
        <source>The library is locked.</source>
        <translation>La bibliothèque est verrouillée.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryView</name>
    <message>
        <source>Showing %1 of %2 results</source>
        <translation>Affichage de %1 résultats sur %2</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, tag:…, kind:…, after:…  (Ctrl+F)</source>
        <translation>Rechercher&#xa0;: mots, &quot;expressions&quot;, tag:…, kind:…, after:…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Enregistrer la recherche…</translation>
    </message>
    <message>
        <source>Add Tag to Selection…</source>
        <translation>Ajouter une étiquette à la sélection…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %n élément</numerusform>
            <numerusform>%1&#xa0;: %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Ajouter une étiquette</translation>
    </message>
    <message numerus="yes">
        <source>Tag the %n selected item(s) with:</source>
        <translation>
            <numerusform>Étiqueter l’élément sélectionné avec&#xa0;:</numerusform>
            <numerusform>Étiqueter les %n éléments sélectionnés avec&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag from Selection</source>
        <translation>Retirer l’étiquette de la sélection</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Enregistrer la recherche</translation>
    </message>
    <message>
        <source>Name for the search “%1”:</source>
        <translation>Nom de la recherche «&#xa0;%1&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Retirer ce filtre</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Retirer le filtre %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Narrow the search</source>
        <translation>Affiner la recherche</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MainWindow</name>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>%1 — Amanat</source>
        <translation>%1 — Amanat</translation>
    </message>
    <message>
        <source>Amanat — locked</source>
        <translation>Amanat — verrouillé</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importer des fichiers…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importer des fichiers</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importer un &amp;dossier…</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importer un dossier</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <source>&amp;Tag Selected Items…</source>
        <translation>É&amp;tiqueter les éléments sélectionnés…</translation>
    </message>
    <message>
        <source>An import is running. Export the bundle when it has finished.</source>
        <translation>Une importation est en cours. Exportez la liasse une fois qu’elle sera terminée.</translation>
    </message>
    <message>
        <source>Import in Progress</source>
        <translation>Importation en cours</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit?</source>
        <translation>Une importation est toujours en cours. L’arrêter et quitter&#xa0;?</translation>
    </message>
    <message>
        <source>Stop Import and Quit</source>
        <translation>Arrêter l’importation et quitter</translation>
    </message>
    <message>
        <source>Keep Importing</source>
        <translation>Poursuivre l’importation</translation>
    </message>
    <message>
        <source>&amp;Protected People…</source>
        <translation>&amp;Personnes protégées…</translation>
    </message>
    <message>
        <source>Amanat</source>
        <translation>Amanat</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>É&amp;lément</translation>
    </message>
    <message>
        <source>Import &amp;Spreadsheet…</source>
        <translation>Importer un &amp;tableur…</translation>
    </message>
    <message>
        <source>Import items listed in a CSV file, one row per item, with their files and tags.</source>
        <translation>Importer les éléments listés dans un fichier CSV, une ligne par élément, avec leurs fichiers et leurs étiquettes.</translation>
    </message>
    <message>
        <source>the items tagged %1</source>
        <translation>les éléments étiquetés %1</translation>
    </message>
    <message>
        <source>the exhibits of the dossier %1</source>
        <translation>les pièces du dossier %1</translation>
    </message>
    <message>
        <source>Files not yet stored are not imported. Files already stored stay in the library; their text is read again with Item → Read Text Again.</source>
        <translation>Les fichiers pas encore stockés ne sont pas importés. Les fichiers déjà stockés restent dans la bibliothèque&#xa0;; leur texte pourra être relu avec Élément → Relire le texte.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MediaViewer</name>
    <message>
        <source>Audio recording</source>
        <translation>Enregistrement audio</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Lecture (Espace)</translation>
    </message>
    <message>
        <source>One frame back (while paused)</source>
        <translation>Image précédente (en pause)</translation>
    </message>
    <message>
        <source>One frame forward (while paused)</source>
        <translation>Image suivante (en pause)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Vitesse de lecture</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>This recording could not be played.</source>
        <translation>Cet enregistrement n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Espace)</translation>
    </message>
    <message>
        <source>Play Anyway</source>
        <translation>Lire quand même</translation>
    </message>
    <message>
        <source>Playing it is recorded in the custody log.</source>
        <translation>La lecture est consignée dans le journal de la chaîne de conservation.</translation>
    </message>
    <message>
        <source>This recording has not been checked: reading it in the sandboxed helper has not finished or was stopped.</source>
        <translation>Cet enregistrement n’a pas été vérifié&#xa0;: sa lecture par le programme auxiliaire isolé n’est pas terminée ou a été interrompue.</translation>
    </message>
    <message>
        <source>The sandboxed helper could not read this recording completely.</source>
        <translation>Le programme auxiliaire isolé n’a pas pu lire entièrement cet enregistrement.</translation>
    </message>
    <message>
        <source>The sandboxed helper could not read this recording: %1</source>
        <translation>Le programme auxiliaire isolé n’a pas pu lire cet enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Clip markers</source>
        <translation>Repères d’extraits</translation>
    </message>
    <message>
        <source>Recordings play inside Amanat, where your library is open, and a file made to attack a media player can look like this. Play it only if you trust where it came from, or read its text again first (Item → Read Text Again).</source>
        <translation>Les enregistrements sont lus dans Amanat, où votre bibliothèque est ouverte, et un fichier conçu pour attaquer un lecteur multimédia peut se présenter ainsi. Ne le lisez que si vous avez confiance en sa provenance, ou lancez d’abord Élément → Relire le texte.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MetadataEditor</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Date de l’événement</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM, YYYY-MM-DD or a range A/B</source>
        <translation>YYYY, YYYY-MM, YYYY-MM-DD ou une période A/B</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>e.g. en, ug, ar-SY</source>
        <translation>p. ex. en, ug, ar-SY</translation>
    </message>
    <message>
        <source>Source author</source>
        <translation>Auteur de la source</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Titre de la source</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la source</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Consultation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Traduction de</translation>
    </message>
    <message>
        <source>number of the original item</source>
        <translation>numéro de l’élément original</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traducteur</translation>
    </message>
    <message>
        <source>Name, qualification, address</source>
        <translation>Nom, qualification, adresse</translation>
    </message>
    <message>
        <source>Translation date</source>
        <translation>Date de traduction</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
</context>
<context>
    <name>amanat::ui::NewPassphrasePanel</name>
    <message>
        <source>Set a new passphrase?</source>
        <translation>Définir une nouvelle phrase secrète&#xa0;?</translation>
    </message>
    <message>
        <source>You opened the library with its recovery key. If the passphrase was forgotten or may be known to someone else, set a new one now. The old passphrase will no longer open the library; the recovery key still will.</source>
        <translation>Vous avez ouvert la bibliothèque avec sa clé de récupération. Si la phrase secrète a été oubliée ou si quelqu’un d’autre la connaît peut-être, définissez-en une nouvelle maintenant. L’ancienne phrase secrète n’ouvrira plus la bibliothèque&#xa0;; la clé de récupération, si.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Définir la phrase secrète</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Changer la phrase secrète</translation>
    </message>
    <message>
        <source>The old passphrase will no longer open the library; the recovery key still will. Backups made before keep the old passphrase.</source>
        <translation>L’ancienne phrase secrète n’ouvrira plus la bibliothèque&#xa0;; la clé de récupération, si. Les sauvegardes faites avant gardent l’ancienne phrase secrète.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>amanat::ui::NewTestimonyDialog</name>
    <message>
        <source>New Testimony</source>
        <translation>Nouveau témoignage</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>e.g. Interview W-014</source>
        <translation>p. ex. Entretien W-014</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <source>e.g. ug, or ug-CN</source>
        <translation>p. ex. ug, ou ug-CN</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>Langue de l’entretien</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Recordings, signed statements and transcripts</source>
        <translation>Enregistrements, déclarations signées et transcriptions</translation>
    </message>
    <message>
        <source>Imported as items of their own, read in the sandbox and tagged with the witness code.</source>
        <translation>Importés comme éléments à part entière, lus dans le bac à sable et étiquetés avec le code du témoin.</translation>
    </message>
    <message>
        <source>Files of the testimony</source>
        <translation>Fichiers du témoignage</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Create Testimony</source>
        <translation>&amp;Créer le témoignage</translation>
    </message>
    <message>
        <source>Files of the Testimony</source>
        <translation>Fichiers du témoignage</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Entretien %1</translation>
    </message>
    <message>
        <source>Give the witness a code, such as W-014. Lists and bundles show the code, never the name.</source>
        <translation>Donnez un code au témoin, par exemple W-014. Les listes et les liasses montrent le code, jamais le nom.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::OcrLanguageList</name>
    <message>
        <source>OCR languages</source>
        <translation>Langues de l’OCR</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (non installée)</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PassphraseFields</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Confirmation&#xa0;:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Robustesse&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes sont différentes.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PdfViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Ouverture du document…</translation>
    </message>
    <message>
        <source>This document is protected by a password and cannot be displayed.</source>
        <translation>Ce document est protégé par un mot de passe et ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>This document could not be displayed.</source>
        <translation>Ce document n’a pas pu être affiché.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Page %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>sur %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PersonEditorDialog</name>
    <message>
        <source>Edit Protected Person</source>
        <translation>Modifier la personne protégée</translation>
    </message>
    <message>
        <source>Add Protected Person</source>
        <translation>Ajouter une personne protégée</translation>
    </message>
    <message>
        <source>e.g. W-014 or P-relative-2; never a name</source>
        <translation>p. ex. W-014 ou P-relative-2&#xa0;; jamais un nom</translation>
    </message>
    <message>
        <source>What lists, the custody log and bundle sheets show instead of the person&apos;s name.</source>
        <translation>Ce qu’affichent les listes, le journal de la chaîne de conservation et les fiches de liasse à la place du nom de la personne.</translation>
    </message>
    <message>
        <source>One name or spelling per line: Latin, Arabic script, Han, Cyrillic; the surname or given name alone if it must go too.</source>
        <translation>Un nom ou une graphie par ligne&#xa0;: alphabet latin, écriture arabe, caractères Han, cyrillique&#xa0;; le nom de famille ou le prénom seul s’il doit aussi être supprimé.</translation>
    </message>
    <message>
        <source>One per line: phone numbers, e-mail addresses, street addresses.</source>
        <translation>Un par ligne&#xa0;: numéros de téléphone, adresses e-mail, adresses postales.</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Noms&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation>C&amp;oordonnées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Every name and contact is removed from the page images and text of every bundle, unless a dossier exempts this person. They are never listed, logged or searchable.</source>
        <translation>Chaque nom et chaque coordonnée sont supprimés des images de page et du texte de chaque liasse, sauf si un dossier exempte cette personne. Ils ne sont jamais listés, consignés dans le journal ni consultables par la recherche.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <source>%1 and %2 are hidden. Revealing them shows them on screen and is recorded in the custody log.</source>
        <translation>%1 et %2 sont masqués. Les afficher les fait apparaître à l’écran, ce qui est consigné dans le journal de la chaîne de conservation.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n nom</numerusform>
            <numerusform>%n noms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n coordonnée</numerusform>
            <numerusform>%n coordonnées</numerusform>
        </translation>
    </message>
    <message>
        <source>A witness is known by the witness code of their testimony: change it in the testimony.</source>
        <translation>Un témoin est désigné par le code de témoin de son témoignage&#xa0;: modifiez-le dans le témoignage.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ProtectedPeopleDialog</name>
    <message>
        <source>Protected People</source>
        <translation>Personnes protégées</translation>
    </message>
    <message>
        <source>People whose identity must never leave the library: witnesses (by the witness code of their testimony) and anyone else a file names. Their names and contacts are removed from every bundle unless a dossier exempts them, and are never shown in lists.</source>
        <translation>Les personnes dont l’identité ne doit jamais sortir de la bibliothèque&#xa0;: les témoins (par le code de témoin de leur témoignage) et toute autre personne nommée dans un fichier. Leurs noms et coordonnées sont supprimés de chaque liasse, sauf si un dossier les exempte, et ne sont jamais affichés dans les listes.</translation>
    </message>
    <message>
        <source>Protected people</source>
        <translation>Personnes protégées</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete %1 and every name and contact recorded for them? Bundles will no longer remove them.</source>
        <translation>Supprimer %1 ainsi que tous les noms et coordonnées enregistrés pour cette personne&#xa0;? Les liasses ne les supprimeront plus.</translation>
    </message>
    <message>
        <source>%1 is the witness of a testimony: the testimony&apos;s witness name and contact are deleted with them.</source>
        <translation>%1 est le témoin d’un témoignage&#xa0;: le nom et les coordonnées du témoin enregistrés dans le témoignage sont supprimés avec cette personne.</translation>
    </message>
    <message>
        <source>Delete Protected Person</source>
        <translation>Supprimer la personne protégée</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ProtectedPersonModel</name>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n nom</numerusform>
            <numerusform>%n noms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n coordonnée</numerusform>
            <numerusform>%n coordonnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Witness of item %1</source>
        <translation>Témoin de l’élément %1</translation>
    </message>
    <message>
        <source>Recorded here</source>
        <translation>Enregistrée ici</translation>
    </message>
    <message>
        <source>The witness of testimony item %1: the code is the testimony&apos;s witness code.</source>
        <translation>Le témoin de l’élément de témoignage %1&#xa0;: le code est le code de témoin du témoignage.</translation>
    </message>
    <message>
        <source>Recorded in this list (a relative, a photographer, anyone a file names), not as a testimony&apos;s witness.</source>
        <translation>Enregistrée dans cette liste (un proche, un photographe, toute personne nommée dans un fichier), et non comme témoin d’un témoignage.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Noms</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Witness of</source>
        <translation>Témoin de</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReadAgainDialog</name>
    <message>
        <source>Read Text Again</source>
        <translation>Relire le texte</translation>
    </message>
    <message numerus="yes">
        <source>Read the text of the %n selected item(s) again from their original files. Scanned pages and photos are read in the languages ticked here; the old text is replaced.</source>
        <translation>
            <numerusform>Relire le texte de l’élément sélectionné à partir de son fichier original. Les pages numérisées et les photos sont lues dans les langues cochées ici&#xa0;; l’ancien texte est remplacé.</numerusform>
            <numerusform>Relire le texte des %n éléments sélectionnés à partir de leurs fichiers originaux. Les pages numérisées et les photos sont lues dans les langues cochées ici&#xa0;; l’ancien texte est remplacé.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Relire</translation>
    </message>
    <message>
        <source>OCR languages:</source>
        <translation>Langues de l’OCR&#xa0;:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way into the library. It is shown now and never again. Print it or write it down, and keep it away from this computer.</source>
        <translation>Si la phrase secrète est un jour oubliée, cette clé est le seul moyen d’accéder à la bibliothèque. Elle est affichée maintenant et ne le sera plus jamais. Imprimez-la ou recopiez-la, et conservez-la à l’écart de cet ordinateur.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <source>To make sure you have it, type two of its groups:</source>
        <translation>Pour vérifier que vous l’avez bien, saisissez deux de ses groupes&#xa0;:</translation>
    </message>
    <message>
        <source>I have printed or saved the key and will keep it safe</source>
        <translation>J’ai imprimé ou enregistré la clé et je la conserverai en lieu sûr</translation>
    </message>
    <message>
        <source>Available after printing or saving the key.</source>
        <translation>Disponible après l’impression ou l’enregistrement de la clé.</translation>
    </message>
    <message>
        <source>&amp;Open the library</source>
        <translation>&amp;Ouvrir la bibliothèque</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation>Groupe &amp;%1&#xa0;:</translation>
    </message>
    <message>
        <source>Group %1:</source>
        <translation>Groupe %1&#xa0;:</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l’imprimante.</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Enregistrer la clé de récupération au format PDF</translation>
    </message>
    <message>
        <source>%1 recovery key.pdf</source>
        <translation>%1 clé de récupération.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer au format PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another place.</source>
        <translation>Le PDF n’a pas pu être écrit à cet emplacement. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer (print it, or keep it on a separate USB stick) and delete it here.</source>
        <translation>Enregistré. Déplacez le fichier hors de cet ordinateur (imprimez-le ou conservez-le sur une clé USB distincte), puis supprimez-le ici.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionOverlay</name>
    <message>
        <source>Redact area</source>
        <translation>Caviarder une zone</translation>
    </message>
    <message>
        <source>Redact area: black out an area in exported bundles; the original is not changed. Drag over the page to draw it; right-click a box to remove it.</source>
        <translation>Caviarder une zone&#xa0;: noircir une zone dans les liasses exportées&#xa0;; l’original n’est pas modifié. Faites glisser le pointeur sur la page pour la tracer&#xa0;; cliquez avec le bouton droit sur un cadre pour le supprimer.</translation>
    </message>
    <message>
        <source>Remove redaction</source>
        <translation>Supprimer le caviardage</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionReviewDialog</name>
    <message>
        <source>Redaction Review</source>
        <translation>Examen des caviardages</translation>
    </message>
    <message>
        <source>Pages to review</source>
        <translation>Pages à examiner</translation>
    </message>
    <message>
        <source>&amp;Pages to review:</source>
        <translation>&amp;Pages à examiner&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Mark Page Reviewed</source>
        <translation>&amp;Marquer la page comme examinée</translation>
    </message>
    <message>
        <source>The redactor proposes, you decide. It read each page listed here and proposed boxes (red outline) over the protected names and contacts it found. Look at every page: remove a box over something that is not protected, draw a box over anything it missed, then mark the page reviewed. Your decisions go to the custody log, and the exhibit sheets say who reviewed each page.</source>
        <translation>Le module de caviardage propose, vous décidez. Il a lu chaque page listée ici et proposé des cadres (contour rouge) sur les noms et coordonnées protégés qu’il a trouvés. Examinez chaque page&#xa0;: supprimez un cadre placé sur quelque chose qui n’est pas protégé, tracez un cadre sur tout ce qu’il a manqué, puis marquez la page comme examinée. Vos décisions sont consignées dans le journal de la chaîne de conservation, et les fiches de pièce indiquent qui a examiné chaque page.</translation>
    </message>
    <message>
        <source>Pages of this dossier await redaction review before it can be exported.</source>
        <translation>Des pages de ce dossier attendent l’examen des caviardages avant de pouvoir être exportées.</translation>
    </message>
    <message>
        <source>Continue to &amp;Export…</source>
        <translation>Continuer vers l’&amp;exportation…</translation>
    </message>
    <message>
        <source>No page of this dossier needs a review: no scans or photos, and no protected name in the text of its pages.</source>
        <translation>Aucune page de ce dossier ne nécessite d’examen&#xa0;: aucune numérisation ni photo, et aucun nom protégé dans le texte de ses pages.</translation>
    </message>
    <message>
        <source>Every page has been reviewed.</source>
        <translation>Toutes les pages ont été examinées.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 page(s) await review.</source>
        <translation>
            <numerusform>%n page sur %1 attend l’examen.</numerusform>
            <numerusform>%n pages sur %1 attendent l’examen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Rien à examiner</translation>
    </message>
    <message>
        <source>Exhibit %1, page %2</source>
        <translation>Pièce %1, page %2</translation>
    </message>
    <message>
        <source>Needs a look because: %1.</source>
        <translation>À examiner car&#xa0;: %1.</translation>
    </message>
    <message>
        <source>As exported: every box is burned in, and nothing under it can be recovered from the bundle.</source>
        <translation>Tel qu’exporté&#xa0;: chaque cadre est incrusté, et rien de ce qu’il recouvre ne peut être récupéré à partir de la liasse.</translation>
    </message>
    <message>
        <source>The redactor has not finished reading this page.</source>
        <translation>Le module de caviardage n’a pas fini de lire cette page.</translation>
    </message>
    <message>
        <source>The redactor proposes no box on this page.</source>
        <translation>Le module de caviardage ne propose aucun cadre sur cette page.</translation>
    </message>
    <message numerus="yes">
        <source>The redactor proposes %n box(es).</source>
        <translation>
            <numerusform>Le module de caviardage propose %n cadre.</numerusform>
            <numerusform>Le module de caviardage propose %n cadres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The redactor proposes %n box(es), for %1.</source>
        <translation>
            <numerusform>Le module de caviardage propose %n cadre, pour %1.</numerusform>
            <numerusform>Le module de caviardage propose %n cadres, pour %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You drew %n box(es).</source>
        <translation>
            <numerusform>Vous avez tracé %n cadre.</numerusform>
            <numerusform>Vous avez tracé %n cadres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You left %n area(s) visible.</source>
        <translation>
            <numerusform>Vous avez laissé %n zone visible.</numerusform>
            <numerusform>Vous avez laissé %n zones visibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the page to be shown with the boxes now in force.</source>
        <translation>Attendez que la page s’affiche avec les cadres désormais en vigueur.</translation>
    </message>
    <message>
        <source>Records you as the reviewer of this page in the custody log (Ctrl+Return). The exhibit sheet names who reviewed it.</source>
        <translation>Vous enregistre dans le journal de la chaîne de conservation comme la personne ayant examiné cette page (Ctrl+Entrée). La fiche de pièce indique qui l’a examinée.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionsPanel</name>
    <message>
        <source>Text to remove from the bundle</source>
        <translation>Texte à supprimer de la liasse</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Caviarder</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Redactions apply to every export of this item; the original stays as it is. Page areas are drawn in the viewer.</source>
        <translation>Les caviardages s’appliquent à chaque exportation de cet élément&#xa0;; l’original reste tel quel. Les zones de page se tracent dans la visionneuse.</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Texte&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Page %1, area %2 %, %3 %, %4 × %5 %</source>
        <translation>Page %1, zone %2&#xa0;%, %3&#xa0;%, %4 × %5&#xa0;%</translation>
    </message>
    <message>
        <source>Redactions of this item</source>
        <translation>Caviardages de cet élément</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewCanvas</name>
    <message>
        <source>Page under review</source>
        <translation>Page en cours d’examen</translation>
    </message>
    <message>
        <source>Drag to black out an area. Tab selects the boxes one by one; Delete removes the selected box.</source>
        <translation>Faites glisser le pointeur pour noircir une zone. Tab sélectionne les cadres un par un&#xa0;; Suppr supprime le cadre sélectionné.</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>proposed for %1</source>
        <translation>proposé pour %1</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>le vôtre</translation>
    </message>
    <message>
        <source>left visible</source>
        <translation>laissé visible</translation>
    </message>
    <message>
        <source>Proposed by the redactor. Delete leaves this area visible.</source>
        <translation>Proposé par le module de caviardage. Suppr laisse cette zone visible.</translation>
    </message>
    <message>
        <source>Proposed by the redactor for %1. Delete leaves this area visible.</source>
        <translation>Proposé par le module de caviardage pour %1. Suppr laisse cette zone visible.</translation>
    </message>
    <message>
        <source>Drawn by you: always blacked out. Delete removes it.</source>
        <translation>Tracé par vous&#xa0;: toujours noirci. Suppr le supprime.</translation>
    </message>
    <message>
        <source>Left visible by you: the redactor&apos;s boxes here are not burned. Delete blacks them out again.</source>
        <translation>Laissé visible par vous&#xa0;: les cadres du module de caviardage à cet endroit ne sont pas incrustés. Suppr les noircit de nouveau.</translation>
    </message>
    <message>
        <source>Leave Visible (Not a Protected Name)</source>
        <translation>Laisser visible (pas un nom protégé)</translation>
    </message>
    <message>
        <source>Remove My Box</source>
        <translation>Supprimer mon cadre</translation>
    </message>
    <message>
        <source>Black Out Again</source>
        <translation>Noircir de nouveau</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPageModel</name>
    <message>
        <source>Not reviewed</source>
        <translation>Non examinée</translation>
    </message>
    <message>
        <source>Changed since %1 reviewed it on %2</source>
        <translation>Modifiée depuis que %1 l’a examinée le %2</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Examinée par %1 le %2</translation>
    </message>
    <message>
        <source>Exhibit %1, page %2
%3
%4</source>
        <translation>Pièce %1, page %2
%3
%4</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPageView</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit the page in the window (Ctrl+0)</source>
        <translation>Ajuster la page à la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <source>Preview as e&amp;xported</source>
        <translation>Aperçu tel qu’e&amp;xporté</translation>
    </message>
    <message>
        <source>Show the page as the bundle will have it, every box burned in. Boxes cannot be changed in this view.</source>
        <translation>Affiche la page telle qu’elle figurera dans la liasse, chaque cadre incrusté. Les cadres ne peuvent pas être modifiés dans cette vue.</translation>
    </message>
    <message>
        <source>Reading the page again with your changes…</source>
        <translation>Nouvelle lecture de la page avec vos modifications…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>The redactor is reading the page for protected names and contacts. OCR takes a few seconds…</source>
        <translation>Le module de caviardage lit la page à la recherche de noms et coordonnées protégés. L’OCR prend quelques secondes…</translation>
    </message>
    <message>
        <source>Proposed by the redactor</source>
        <translation>Proposé par le module de caviardage</translation>
    </message>
    <message>
        <source>Drawn by you</source>
        <translation>Tracé par vous</translation>
    </message>
    <message>
        <source>Left visible by you</source>
        <translation>Laissé visible par vous</translation>
    </message>
    <message>
        <source>The page could not be prepared for review, so it cannot be approved here yet.

%1</source>
        <translation>La page n’a pas pu être préparée pour l’examen&#xa0;; elle ne peut donc pas encore être approuvée ici.

%1</translation>
    </message>
    <message>
        <source>Clear &quot;Preview as exported&quot; to change the boxes.</source>
        <translation>Décochez «&#xa0;Aperçu tel qu’exporté&#xa0;» pour modifier les cadres.</translation>
    </message>
    <message>
        <source>Drag the box to move it, or its handles to resize it.</source>
        <translation>Faites glisser le cadre pour le déplacer, ou ses poignées pour le redimensionner.</translation>
    </message>
    <message>
        <source>Drag on the page to black out what the redactor missed. Click a box to select it, drag it to move it or its handles to resize it, and press Delete to remove it. Tab steps through the boxes.</source>
        <translation>Faites glisser le pointeur sur la page pour noircir ce que le module de caviardage a manqué. Cliquez sur un cadre pour le sélectionner, faites-le glisser pour le déplacer ou faites glisser ses poignées pour le redimensionner, et appuyez sur Suppr pour le supprimer. Tab passe d’un cadre à l’autre.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPreviewRunner</name>
    <message>
        <source>The helper returned a page image that cannot be shown.</source>
        <translation>Le programme auxiliaire a renvoyé une image de page qui ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SearchResultModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Page %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SecretLineEdit</name>
    <message>
        <source>Show passphrase</source>
        <translation>Afficher la phrase secrète</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Masquer la phrase secrète</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SetFieldsCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
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
        <source>Remember recently opened libraries</source>
        <translation>Mémoriser les bibliothèques ouvertes récemment</translation>
    </message>
    <message>
        <source>Only the folders are remembered, on this computer. Switching this off forgets them at once.</source>
        <translation>Seuls les dossiers sont mémorisés, sur cet ordinateur. Désactiver cette option les oublie immédiatement.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Verrouiller après inactivité&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>Unlock a library to change its OCR languages.</source>
        <translation>Déverrouillez une bibliothèque pour modifier ses langues de l’OCR.</translation>
    </message>
    <message>
        <source>This library</source>
        <translation>Cette bibliothèque</translation>
    </message>
    <message>
        <source>&amp;OCR languages:</source>
        <translation>Langues de l’&amp;OCR&#xa0;:</translation>
    </message>
    <message>
        <source>Your name, as a court should read it</source>
        <translation>Votre nom, tel qu’un tribunal doit le lire</translation>
    </message>
    <message>
        <source>Recorded as who acted in the library&apos;s chain of custody.</source>
        <translation>Inscrit comme auteur des actions dans la chaîne de conservation de la bibliothèque.</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>&amp;Dépositaire&#xa0;:</translation>
    </message>
    <message>
        <source>The languages of the scans and photos you import from now on. Each page is read in those of them written in its script. Items already imported keep their text until you read them again (Item → Read Text Again).</source>
        <translation>Les langues des numérisations et photos que vous importerez désormais. Chaque page est lue dans celles qui s’écrivent dans son écriture. Les éléments déjà importés gardent leur texte jusqu’à ce que vous le relisiez (Élément → Relire le texte).</translation>
    </message>
    <message>
        <source>Tick at least one OCR language.</source>
        <translation>Cochez au moins une langue de l’OCR.</translation>
    </message>
    <message>
        <source>A new language applies when Amanat starts again.</source>
        <translation>Une nouvelle langue s’applique au prochain démarrage d’Amanat.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Lan&amp;gue&#xa0;:</translation>
    </message>
    <message>
        <source>Exchange Key and Contacts…</source>
        <translation>Clé d’échange et contacts…</translation>
    </message>
    <message>
        <source>The libraries that have sent packages here, this library&apos;s exchange key, and the inbox folder.</source>
        <translation>Les bibliothèques qui ont envoyé des paquets ici, la clé d’échange de cette bibliothèque et le dossier de réception.</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contacts&#xa0;:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>Partager</translation>
    </message>
    <message>
        <source>Share %1 with other Amanat libraries. The package is sealed: only the libraries you choose can open it, and they can tell it comes from this library.</source>
        <translation>Partager %1 avec d’autres bibliothèques Amanat. Le paquet est scellé&#xa0;: seules les bibliothèques que vous choisissez peuvent l’ouvrir, et elles peuvent vérifier qu’il vient de cette bibliothèque.</translation>
    </message>
    <message>
        <source>%1 — fingerprint %2</source>
        <translation>%1 — empreinte %2</translation>
    </message>
    <message>
        <source>Include witnesses&apos; names and contacts</source>
        <translation>Inclure les noms et coordonnées des témoins</translation>
    </message>
    <message>
        <source>Share testimonies without recorded consent (this is logged)</source>
        <translation>Partager les témoignages sans consentement enregistré (c’est consigné au journal)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Known libraries:</source>
        <translation>Bibliothèques connues&#xa0;:</translation>
    </message>
    <message>
        <source>Exchange keys:</source>
        <translation>Clés d’échange&#xa0;:</translation>
    </message>
    <message>
        <source>Save the package as:</source>
        <translation>Enregistrer le paquet sous&#xa0;:</translation>
    </message>
    <message>
        <source>Save Package</source>
        <translation>Enregistrer le paquet</translation>
    </message>
    <message>
        <source>Amanat packages (*.amanatx)</source>
        <translation>Paquets Amanat (*.amanatx)</translation>
    </message>
    <message>
        <source>Line %1 of the exchange keys: %2</source>
        <translation>Ligne %1 des clés d’échange&#xa0;: %2</translation>
    </message>
    <message>
        <source>Choose at least one library to share with: tick a known library or paste its exchange key.</source>
        <translation>Choisissez au moins une bibliothèque avec qui partager&#xa0;: cochez une bibliothèque connue ou collez sa clé d’échange.</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Choisissez où enregistrer le paquet.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the package.</source>
        <translation>%1 existe déjà&#xa0;; choisissez un nouveau nom pour le paquet.</translation>
    </message>
    <message>
        <source>Other libraries&apos; exchange keys, one per line</source>
        <translation>Clés d’échange d’autres bibliothèques, une par ligne</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SidebarModel</name>
    <message>
        <source>All items</source>
        <translation>Tous les éléments</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Types</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Recherches enregistrées</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Dossiers</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SidebarView</name>
    <message>
        <source>New Tag…</source>
        <translation>Nouvelle étiquette…</translation>
    </message>
    <message>
        <source>New Sub-tag…</source>
        <translation>Nouvelle sous-étiquette…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Fusionner avec…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>No Colour</source>
        <translation>Aucune couleur</translation>
    </message>
    <message>
        <source>Move to Top Level</source>
        <translation>Déplacer au premier niveau</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>Supprimer la recherche enregistrée</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nouvelle étiquette</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Nom de la nouvelle étiquette&#xa0;:</translation>
    </message>
    <message>
        <source>Name of the new tag under %1:</source>
        <translation>Nom de la nouvelle étiquette sous %1&#xa0;:</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Fusionner l’étiquette</translation>
    </message>
    <message>
        <source>Move the items and sub-tags of %1 onto:</source>
        <translation>Déplacer les éléments et les sous-étiquettes de %1 vers&#xa0;:</translation>
    </message>
    <message>
        <source>Merge %1 into %2? This cannot be undone.</source>
        <translation>Fusionner %1 avec %2&#xa0;? Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Supprimer l’étiquette</translation>
    </message>
    <message>
        <source>Delete the tag %1 and its sub-tags? The items stay in the library. This cannot be undone.</source>
        <translation>Supprimer l’étiquette %1 et ses sous-étiquettes&#xa0;? Les éléments restent dans la bibliothèque. Cette opération est irréversible.</translation>
    </message>
    <message>
        <source>Library contents: kinds, tags, saved searches, dossiers</source>
        <translation>Contenu de la bibliothèque&#xa0;: types, étiquettes, recherches enregistrées, dossiers</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Partager…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SpreadsheetImporter</name>
    <message>
        <source>Import Spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv);;All files (*)</source>
        <translation>Tableurs enregistrés en CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Spreadsheet Not Imported</source>
        <translation>Tableur non importé</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s) from %1?</source>
        <translation>
            <numerusform>Importer %n élément depuis %1&#xa0;?</numerusform>
            <numerusform>Importer %n éléments depuis %1&#xa0;?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n row(s) was checked. Files already in the library are left as they are.</source>
        <translation>
            <numerusform>%n ligne a été vérifiée. Les fichiers déjà présents dans la bibliothèque restent tels quels.</numerusform>
            <numerusform>Les %n lignes ont toutes été vérifiées. Les fichiers déjà présents dans la bibliothèque restent tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>L’importation a été annulée. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>Rien n’a été écrit. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported from %1.</source>
        <translation>
            <numerusform>%n élément importé depuis %1.</numerusform>
            <numerusform>%n éléments importés depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the library and were left as they are.</source>
        <translation>
            <numerusform>%n fichier était déjà dans la bibliothèque et est resté tel quel.</numerusform>
            <numerusform>%n fichiers étaient déjà dans la bibliothèque et sont restés tels quels.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their text is being read now.</source>
        <translation>Leur texte est en cours de lecture.</translation>
    </message>
    <message>
        <source>Spreadsheet Imported</source>
        <translation>Tableur importé</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TagChipsWidget</name>
    <message>
        <source>Add a tag (Enter)</source>
        <translation>Ajouter une étiquette (Entrée)</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>Retirer l’étiquette %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TagCommands</name>
    <message>
        <source>Tag with %1</source>
        <translation>Étiqueter avec %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Retirer l’étiquette %1</translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>Renommer l’étiquette %1</translation>
    </message>
    <message>
        <source>Move tag %1</source>
        <translation>Déplacer l’étiquette %1</translation>
    </message>
    <message>
        <source>Colour of tag %1</source>
        <translation>Couleur de l’étiquette %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TestimonyRecordings</name>
    <message>
        <source>Recording of this testimony</source>
        <translation>Enregistrement de ce témoignage</translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation>&amp;Enregistrement&#xa0;:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TestimonyViewer</name>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Witness identity (protected)</source>
        <translation>Identité du témoin (protégée)</translation>
    </message>
    <message>
        <source>The witness&apos;s name and contact are hidden. Revealing them is recorded in the custody log.</source>
        <translation>Le nom et les coordonnées du témoin sont masqués. Les afficher est consigné dans le journal de la chaîne de conservation.</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Afficher…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>No name or contact is recorded. Reveal to add them; this is recorded in the custody log.</source>
        <translation>Aucun nom ni aucune coordonnée n’est enregistré. Affichez-les pour les ajouter&#xa0;; cette action est consignée dans le journal de la chaîne de conservation.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Reveal the witness&apos;s identity?</source>
        <translation>Afficher l’identité du témoin&#xa0;?</translation>
    </message>
    <message>
        <source>The witness&apos;s name and contact will be shown on screen, and this will be recorded in the custody log. Make sure nobody else can see the screen.</source>
        <translation>Le nom et les coordonnées du témoin seront affichés à l’écran, et cette action sera consignée dans le journal de la chaîne de conservation. Assurez-vous que personne d’autre ne peut voir l’écran.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Name; other spelling; name in another script</source>
        <translation>Nom&#xa0;; autre graphie&#xa0;; nom dans une autre écriture</translation>
    </message>
    <message>
        <source>Separate several names or spellings with &quot;;&quot; (Latin, Arabic script, Han, Cyrillic…): each is removed from bundles on its own.</source>
        <translation>Séparez plusieurs noms ou graphies par «&#xa0;;&#xa0;» (alphabet latin, écriture arabe, caractères Han, cyrillique…)&#xa0;: chacun est supprimé des liasses séparément.</translation>
    </message>
    <message>
        <source>Phone; e-mail; address</source>
        <translation>Téléphone&#xa0;; e-mail&#xa0;; adresse</translation>
    </message>
    <message>
        <source>Separate several contacts with &quot;;&quot;: each is removed from bundles on its own.</source>
        <translation>Séparez plusieurs coordonnées par «&#xa0;;&#xa0;»&#xa0;: chacune est supprimée des liasses séparément.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TextViewer</name>
    <message>
        <source>No text was extracted from this item.</source>
        <translation>Aucun texte n’a été extrait de cet élément.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n correspondance</numerusform>
            <numerusform>%n correspondances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::TranscriptPane</name>
    <message>
        <source>Transcript</source>
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Type or paste the transcript; it is saved as you go. While a recording plays, F9 writes its time, such as [01:25], and F8 pauses or resumes it; a click on a time plays from there.</source>
        <translation>Tapez ou collez la transcription&#xa0;; elle est enregistrée au fur et à mesure. Pendant la lecture d’un enregistrement, F9 insère le minutage, par exemple [01:25], et F8 met la lecture en pause ou la reprend&#xa0;; un clic sur un minutage lance la lecture à partir de là.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modification…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>amanat::ui::UnlockWidget</name>
    <message>
        <source>Unlock a library</source>
        <translation>Déverrouiller une bibliothèque</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Dossier de la bibliothèque</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Bibliothèque&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this library. Check it and try again.</source>
        <translation>La phrase secrète ne déverrouille pas cette bibliothèque. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>This library is open in another program. Close it there, then try again.</source>
        <translation>Cette bibliothèque est ouverte dans un autre programme. Fermez-la dans celui-ci, puis réessayez.</translation>
    </message>
    <message>
        <source>This library is damaged and cannot be opened safely. Restore it from a backup, or ask for help before changing anything in its folder.</source>
        <translation>Cette bibliothèque est endommagée et ne peut pas être ouverte en toute sécurité. Restaurez-la à partir d’une sauvegarde, ou demandez de l’aide avant de modifier quoi que ce soit dans son dossier.</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library. Choose the folder of a library.</source>
        <translation>Ce dossier n’est pas une bibliothèque Amanat. Choisissez le dossier d’une bibliothèque.</translation>
    </message>
    <message>
        <source>The library could not be opened.</source>
        <translation>La bibliothèque n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>Choose a library folder</source>
        <translation>Choisir un dossier de bibliothèque</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>Bibliothèques récentes</translation>
    </message>
    <message>
        <source>&amp;Recent libraries:</source>
        <translation>Bibliothèques &amp;récentes&#xa0;:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Clé de ré&amp;cupération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>&amp;Nouvelle bibliothèque…</translation>
    </message>
    <message>
        <source>Demo library — passphrase: %1</source>
        <translation>Bibliothèque de démonstration — phrase secrète&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unlock with the passphrase instead</source>
        <translation>Déverrouiller plutôt avec la phrase secrète</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Unlock with the recovery key</source>
        <translation>Phrase secrète oubliée&#xa0;? Déverrouiller avec la clé de récupération</translation>
    </message>
    <message>
        <source>The recovery key does not unlock this library. Check each group and try again.</source>
        <translation>La clé de récupération ne déverrouille pas cette bibliothèque. Vérifiez chaque groupe et réessayez.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::WelcomeWidget</name>
    <message>
        <source>Welcome to Amanat</source>
        <translation>Bienvenue dans Amanat</translation>
    </message>
    <message>
        <source>Amanat keeps testimonies, documents, images and recordings in one encrypted library on this computer. Nothing is sent anywhere.</source>
        <translation>Amanat conserve témoignages, documents, images et enregistrements dans une bibliothèque chiffrée unique sur cet ordinateur. Rien n’est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Create a new library</source>
        <translation>Créer une nouvelle bibliothèque</translation>
    </message>
    <message>
        <source>Choose a name, a folder and a passphrase. You will receive a recovery key to keep on paper.</source>
        <translation>Choisissez un nom, un dossier et une phrase secrète. Vous recevrez une clé de récupération à conserver sur papier.</translation>
    </message>
    <message>
        <source>Open an existing library</source>
        <translation>Ouvrir une bibliothèque existante</translation>
    </message>
    <message>
        <source>Unlock a library folder that you or a colleague created before.</source>
        <translation>Déverrouiller un dossier de bibliothèque que vous ou un collègue avez créé auparavant.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Preparing the demo library with invented sample files…</source>
        <translation>Préparation de la bibliothèque de démonstration avec des fichiers d’exemple fictifs…</translation>
    </message>
    <message>
        <source>Demo passphrase: %1</source>
        <translation>Phrase secrète de démonstration&#xa0;: %1</translation>
    </message>
    <message>
        <source>Amanat: an encrypted archive for human-rights documentation.</source>
        <translation>Amanat&#xa0;: une archive chiffrée pour la documentation des droits humains.</translation>
    </message>
    <message>
        <source>Create a temporary demo library with invented sample files and open the app on it.</source>
        <translation>Créer une bibliothèque de démonstration temporaire avec des fichiers d’exemple fictifs et y ouvrir l’application.</translation>
    </message>
    <message>
        <source>A library folder.</source>
        <translation>Un dossier de bibliothèque.</translation>
    </message>
</context>
</TS>
