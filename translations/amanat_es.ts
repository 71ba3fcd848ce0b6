<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>BagExporter</name>
    <message>
        <source>The folder for %1 cannot be made.</source>
        <translation>No se puede crear la carpeta de %1.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new folder for the bag.</source>
        <translation>%1 ya existe; elija una carpeta nueva para el paquete BagIt.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
    <message>
        <source>Items exported from an Amanat library: %1.</source>
        <translation>Elementos exportados de una biblioteca de Amanat: %1.</translation>
    </message>
    <message>
        <source>The bag could not be moved to %1.</source>
        <translation>No se pudo mover el paquete BagIt a %1.</translation>
    </message>
</context>
<context>
    <name>BlobDevice</name>
    <message>
        <source>Item %1 has no stored original.</source>
        <translation>El elemento %1 no tiene un original almacenado.</translation>
    </message>
    <message>
        <source>The original is closed.</source>
        <translation>El original está cerrado.</translation>
    </message>
    <message>
        <source>A part of a stored original is missing.</source>
        <translation>Falta una parte de un original almacenado.</translation>
    </message>
    <message>
        <source>A stored original is shorter than recorded.</source>
        <translation>Un original almacenado es más corto de lo registrado.</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>A stored original is shorter than recorded.</source>
        <translation>Un original almacenado es más corto de lo registrado.</translation>
    </message>
    <message>
        <source>A part of a stored original is missing.</source>
        <translation>Falta una parte de un original almacenado.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Se canceló la importación.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>Item %1 has no stored original.</source>
        <translation>El elemento %1 no tiene un original almacenado.</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>The Bates prefix must be 1 to 16 letters, digits or underscores.</source>
        <translation>El prefijo Bates debe tener de 1 a 16 letras, dígitos o guiones bajos.</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2)</source>
        <translation>anexo %1 (elemento %2)</translation>
    </message>
    <message>
        <source>The original of %1 could not be read in full.</source>
        <translation>No se pudo leer por completo el original de %1.</translation>
    </message>
    <message numerus="yes">
        <source>Exhibit %1 asks for pages %2–%3, but its PDF has %n page(s).</source>
        <translation>
            <numerusform>El anexo %1 solicita las páginas %2–%3, pero su PDF tiene %n página.</numerusform>
            <numerusform>El anexo %1 solicita las páginas %2–%3, pero su PDF tiene %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Transcript — witness %1</source>
        <translation>Transcripción — testigo %1</translation>
    </message>
    <message>
        <source>Text of the original file (as extracted)</source>
        <translation>Texto del archivo original (tal como se extrajo)</translation>
    </message>
    <message>
        <source>(No text could be extracted from this file. The original is identified by its SHA-256 on the exhibit sheet.)</source>
        <translation>(No se pudo extraer texto de este archivo. El original se identifica por su SHA-256 en la hoja del anexo).</translation>
    </message>
    <message>
        <source>The pages of %1 were not prepared.</source>
        <translation>No se prepararon las páginas de %1.</translation>
    </message>
    <message>
        <source>Exhibit %1 has no pages in the range asked for.</source>
        <translation>El anexo %1 no tiene páginas en el intervalo solicitado.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message>
        <source>The first Bates number must be 1 or more.</source>
        <translation>El primer número Bates debe ser 1 o mayor.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new folder for the bundle.</source>
        <translation>%1 ya existe y no es una carpeta vacía; elija una carpeta nueva para el legajo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Preparing exhibit %1 (%2 of %3)…</source>
        <translation>Preparando el anexo %1 (%2 de %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Preparing the pages of %n original(s)…</source>
        <translation>
            <numerusform>Preparando las páginas de %n original…</numerusform>
            <numerusform>Preparando las páginas de %n originales…</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared with Amanat %1 on %2 UTC.</source>
        <translation>Preparado con Amanat %1 el %2 UTC.</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n page(s)…</source>
        <translation>
            <numerusform>Dibujando %n página…</numerusform>
            <numerusform>Dibujando %n páginas…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>Anexo %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation>No se pudo crear una carpeta en %1.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message>
        <source>%1 is larger than the size limit: one exhibit alone exceeds it. Ask the court how to file it.</source>
        <translation>%1 supera el límite de tamaño: un solo anexo ya lo excede. Consulte al tribunal cómo presentarlo.</translation>
    </message>
    <message>
        <source>Signing the manifest…</source>
        <translation>Firmando el manifiesto…</translation>
    </message>
    <message>
        <source>Could not replace the empty folder %1.</source>
        <translation>No se pudo reemplazar la carpeta vacía %1.</translation>
    </message>
    <message>
        <source>Could not move the bundle into %1.</source>
        <translation>No se pudo mover el legajo a %1.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Portada</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Índice</translation>
    </message>
    <message>
        <source>%1–%2 (%3 to %4)</source>
        <translation>%1–%2 (%3 a %4)</translation>
    </message>
    <message>
        <source>pages %1–%2 of the original</source>
        <translation>páginas %1–%2 del original</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the library&apos;s hash-chained log. First: %1 on %2 by %3. Latest: %4 on %5. Latest event hash: %6.</source>
        <translation>
            <numerusform>%n evento en el registro encadenado por hashes de la biblioteca. Primero: %1 el %2 por %3. Último: %4 el %5. Hash del último evento: %6.</numerusform>
            <numerusform>%n eventos en el registro encadenado por hashes de la biblioteca. Primero: %1 el %2 por %3. Último: %4 el %5. Hash del último evento: %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Author / source</source>
        <translation>Autor / fuente</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Título de la fuente</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Witness code</source>
        <translation>Código de testigo</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>Archivo original</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>SHA-256 del original</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Recopilado</translation>
    </message>
    <message>
        <source>In this bundle</source>
        <translation>En este legajo</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>Cadena de custodia</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Native file</source>
        <translation>Archivo nativo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Segment relied on</source>
        <translation>Segmento invocado</translation>
    </message>
    <message>
        <source>the whole recording</source>
        <translation>la grabación completa</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Video and audio cannot be placed in a filed PDF. The native file accompanies this bundle; its SHA-256 is listed in manifest.json.</source>
        <translation>El vídeo y el audio no pueden incluirse en un PDF presentado. El archivo nativo acompaña a este legajo; su SHA-256 figura en manifest.json.</translation>
    </message>
    <message>
        <source>Video exhibit %1</source>
        <translation>Anexo de vídeo %1</translation>
    </message>
    <message>
        <source>Audio exhibit %1</source>
        <translation>Anexo de audio %1</translation>
    </message>
    <message>
        <source>Redaction: names and contacts of protected people, and redacted text, were removed from every page, and the finished bundle was read back (text and OCR of every page image) to check that none is legible. Each exhibit sheet says what was removed and who reviewed it.</source>
        <translation>Ocultación: los nombres y contactos de las personas protegidas, así como el texto ocultado, se eliminaron de todas las páginas, y el legajo terminado se volvió a leer (texto y OCR de cada imagen de página) para comprobar que ninguno es legible. Cada hoja de anexo indica qué se eliminó y quién lo revisó.</translation>
    </message>
    <message>
        <source>A test setting turned redactor strategies off: %1.</source>
        <translation>Un ajuste de prueba desactivó estrategias de ocultación: %1.</translation>
    </message>
    <message>
        <source>Checking the finished bundle for protected names…</source>
        <translation>Comprobando si quedan nombres protegidos en el legajo terminado…</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>Ocultación</translation>
    </message>
    <message>
        <source>No OCR language is installed, so page images cannot be checked for protected names. Install tesseract-ocr-eng.</source>
        <translation>No hay ningún idioma de OCR instalado, por lo que no se puede comprobar si las imágenes de página contienen nombres protegidos. Instale tesseract-ocr-eng.</translation>
    </message>
    <message>
        <source>Protected names are written in %1 script, which OCR cannot read on this computer, so page images cannot be checked for them. Install %2.</source>
        <translation>Los nombres protegidos están escritos en alfabeto %1, que el OCR no puede leer en este equipo, por lo que no se puede comprobar si aparecen en las imágenes de página. Instale %2.</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2) page %3: %4</source>
        <translation>anexo %1 (elemento %2), página %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; y %n más</numerusform>
            <numerusform>; y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) await redaction review: %1. Check the proposed boxes in the app (dossier → Review redactions) or with amanat-cli redact-preview, then approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…); or export anyway with --accept-unreviewed, which is logged and printed on the exhibit sheets.</source>
        <translation>
            <numerusform>%n página espera la revisión de ocultaciones: %1. Compruebe los recuadros propuestos en la aplicación (expediente → Revisar ocultaciones) o con amanat-cli redact-preview y, después, apruébelos (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…); o exporte de todos modos con --accept-unreviewed, lo cual queda registrado e impreso en las hojas de anexo.</numerusform>
            <numerusform>%n páginas esperan la revisión de ocultaciones: %1. Compruebe los recuadros propuestos en la aplicación (expediente → Revisar ocultaciones) o con amanat-cli redact-preview y, después, apruébelos (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…); o exporte de todos modos con --accept-unreviewed, lo cual queda registrado e impreso en las hojas de anexo.</numerusform>
        </translation>
    </message>
    <message>
        <source>exhibit %1 (item %2) page %3: the redactor found a protected name in the page image</source>
        <translation>anexo %1 (elemento %2), página %3: el módulo de ocultación encontró un nombre protegido en la imagen de la página</translation>
    </message>
    <message numerus="yes">
        <source>%n more page(s) await redaction review: %1. Review and approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…), or export with --accept-unreviewed.</source>
        <translation>
            <numerusform>%n página más espera la revisión de ocultaciones: %1. Revísela y apruébela (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…) o exporte con --accept-unreviewed.</numerusform>
            <numerusform>%n páginas más esperan la revisión de ocultaciones: %1. Revíselas y apruébelas (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…) o exporte con --accept-unreviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not redacted in this dossier by the user&apos;s recorded choice: %1.</source>
        <translation>No se ocultó en este expediente por decisión registrada del usuario: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) removed automatically</source>
        <translation>
            <numerusform>%n zona eliminada automáticamente</numerusform>
            <numerusform>%n zonas eliminadas automáticamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) marked by hand</source>
        <translation>
            <numerusform>%n zona marcada a mano</numerusform>
            <numerusform>%n zonas marcadas a mano</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) removed from the text</source>
        <translation>
            <numerusform>%n pasaje eliminado del texto</numerusform>
            <numerusform>%n pasajes eliminados del texto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic area(s) left visible by the reviewer</source>
        <translation>
            <numerusform>%n zona automática que el revisor dejó visible</numerusform>
            <numerusform>%n zonas automáticas que el revisor dejó visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed removing: no protected name, contact or marked area was found.</source>
        <translation>No hubo nada que eliminar: no se encontró ningún nombre protegido, contacto ni zona marcada.</translation>
    </message>
    <message>
        <source>Removed to protect: %1.</source>
        <translation>Eliminado para proteger: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) reviewed by %1; last on %2.</source>
        <translation>
            <numerusform>%n página revisada por %1; la última, el %2.</numerusform>
            <numerusform>%n páginas revisadas por %1; la última, el %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT REVIEWED by a person: page(s) %1 of the original, exported with --accept-unreviewed by %2 on %3.</source>
        <translation>SIN REVISIÓN HUMANA: página(s) %1 del original, exportada(s) con --accept-unreviewed por %2 el %3.</translation>
    </message>
    <message>
        <source>The original in the library is unchanged.</source>
        <translation>El original de la biblioteca no se ha modificado.</translation>
    </message>
    <message>
        <source>a protected string</source>
        <translation>una cadena protegida</translation>
    </message>
    <message>
        <source>a protected name of %1</source>
        <translation>un nombre protegido de %1</translation>
    </message>
    <message>
        <source>a protected contact of %1</source>
        <translation>un contacto protegido de %1</translation>
    </message>
    <message>
        <source>a redacted text</source>
        <translation>un texto ocultado</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), its native file %3: %4 in %5 (the recording&apos;s container metadata or its content); export a copy without metadata or leave the exhibit out</source>
        <translation>anexo %1 (elemento %2), su archivo nativo %3: %4 en %5 (los metadatos del contenedor de la grabación o su contenido); exporte una copia sin metadatos o deje fuera el anexo</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 en %3</translation>
    </message>
    <message>
        <source>the bundle folder</source>
        <translation>la carpeta del legajo</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>página %1 de %2</translation>
    </message>
    <message>
        <source>page %1 (%2) of %3</source>
        <translation>página %1 (%2) de %3</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), page %3 of the original, on %4</source>
        <translation>anexo %1 (elemento %2), página %3 del original, en %4</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), on %3</source>
        <translation>anexo %1 (elemento %2), en %3</translation>
    </message>
    <message>
        <source>%1: %2 is legible in %3</source>
        <translation>%1: %2 es legible en %3</translation>
    </message>
    <message numerus="yes">
        <source>The leak check read the finished bundle back and found %n protected string(s) still legible, so no bundle was written: %1. Mark the place to cover (redact --rect, or the redaction review) and export again.</source>
        <translation>
            <numerusform>La comprobación de fugas volvió a leer el legajo terminado y encontró %n cadena protegida aún legible, por lo que no se escribió ningún legajo: %1. Marque el lugar que debe cubrirse (redact --rect o la revisión de ocultaciones) y vuelva a exportar.</numerusform>
            <numerusform>La comprobación de fugas volvió a leer el legajo terminado y encontró %n cadenas protegidas aún legibles, por lo que no se escribió ningún legajo: %1. Marque el lugar que debe cubrirse (redact --rect o la revisión de ocultaciones) y vuelva a exportar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written or logged.</source>
        <translation>Se canceló la exportación; no se escribió ni se registró nada.</translation>
    </message>
    <message>
        <source>Translation of exhibit %1</source>
        <translation>Traducción del anexo %1</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Part %1, %2: pages %3–%4</source>
        <translation>Parte %1, %2: páginas %3–%4</translation>
    </message>
    <message>
        <source>%1 · translation of %2</source>
        <translation>%1 · traducción de %2</translation>
    </message>
    <message>
        <source>%1 · translation</source>
        <translation>%1 · traducción</translation>
    </message>
    <message>
        <source>%1 · translated in %2</source>
        <translation>%1 · traducido en %2</translation>
    </message>
    <message>
        <source>Exhibit %1 — %2</source>
        <translation>Anexo %1 — %2</translation>
    </message>
    <message>
        <source>%1 (item %2, not in this bundle)</source>
        <translation>%1 (elemento %2, no incluido en este legajo)</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Traducción de</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <source>Translated in</source>
        <translation>Traducido en</translation>
    </message>
    <message>
        <source>Exhibit %1, %2, pages %3 to %4 of this bundle</source>
        <translation>Anexo %1, %2, páginas %3 a %4 de este legajo</translation>
    </message>
    <message>
        <source>I certify that I am competent to translate from %1 into %2, and that the translation listed below is a true and accurate translation of the original document listed below, to the best of my knowledge and belief.</source>
        <translation>Certifico que soy competente para traducir del %1 al %2 y que la traducción indicada a continuación es una traducción fiel y exacta del documento original indicado a continuación, según mi leal saber y entender.</translation>
    </message>
    <message>
        <source>the language of the original</source>
        <translation>idioma del original</translation>
    </message>
    <message>
        <source>the language of the translation</source>
        <translation>idioma de la traducción</translation>
    </message>
    <message>
        <source>(not recorded in the library)</source>
        <translation>(no registrado en la biblioteca)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>SHA-256 of the translation</source>
        <translation>SHA-256 de la traducción</translation>
    </message>
    <message>
        <source>Date of translation</source>
        <translation>Fecha de la traducción</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>Parte %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Proof of Service</source>
        <translation>Constancia de notificación</translation>
    </message>
    <message>
        <source>Table of Contents</source>
        <translation>Índice</translation>
    </message>
    <message numerus="yes">
        <source>this bundle of %n page(s) (%1 to %2)</source>
        <translation>
            <numerusform>este legajo de %n página (%1 a %2)</numerusform>
            <numerusform>este legajo de %n páginas (%1 a %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule of Country Evidence</source>
        <translation>Relación de pruebas sobre el país</translation>
    </message>
    <message>
        <source>Extract relied on</source>
        <translation>Extracto invocado</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>Cuestión: %1</translation>
    </message>
    <message>
        <source>%1 (pages %2–%3 of the original)</source>
        <translation>%1 (páginas %2–%3 del original)</translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation>El documento completo</translation>
    </message>
    <message numerus="yes">
        <source>The schedule of country evidence has %n page(s); tribunals often allow no more than 12. Shorten the exhibits&apos; descriptions.</source>
        <translation>
            <numerusform>La relación de pruebas sobre el país tiene %n página; los tribunales suelen admitir como máximo 12. Acorte las descripciones de los anexos.</numerusform>
            <numerusform>La relación de pruebas sobre el país tiene %n páginas; los tribunales suelen admitir como máximo 12. Acorte las descripciones de los anexos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundlePlanner</name>
    <message>
        <source>The profile must be uk (A4) or us (Letter).</source>
        <translation>El perfil debe ser uk (A4) o us (Letter).</translation>
    </message>
    <message>
        <source>Exhibit %1 has a page range, but item %2 has no pages.</source>
        <translation>El anexo %1 tiene un intervalo de páginas, pero el elemento %2 no tiene páginas.</translation>
    </message>
    <message>
        <source>Dossier &quot;%1&quot; has no exhibits to put in a bundle.</source>
        <translation>El expediente «%1» no tiene anexos que incluir en un legajo.</translation>
    </message>
    <message>
        <source>The witness has not consented to court use of exhibit(s) %1. Record their consent, or override it if you have another lawful basis (amanat-cli bundle --override-consent, or the box in the export dialog); the override is logged.</source>
        <translation>El testigo no ha dado su consentimiento para el uso judicial de los anexos %1. Registre su consentimiento o anule este requisito si dispone de otra base jurídica (amanat-cli bundle --override-consent o la casilla del diálogo de exportación); la anulación queda registrada.</translation>
    </message>
    <message>
        <source>The dossier&apos;s case details contain a protected name or contact; it is blacked out in the bundle.</source>
        <translation>Los datos del caso del expediente contienen un nombre o contacto protegido; aparece tachado en el legajo.</translation>
    </message>
    <message>
        <source>Page numbering must be continuous or section.</source>
        <translation>La numeración de páginas debe ser continuous o section.</translation>
    </message>
    <message>
        <source>Exhibit %1 translates exhibit %2: it is placed directly after it, in section &quot;%3&quot;.</source>
        <translation>El anexo %1 traduce el anexo %2: se coloca justo después, en la sección «%3».</translation>
    </message>
</context>
<context>
    <name>BundleReadme</name>
    <message>
        <source>HOW TO CHECK THIS BUNDLE WITHOUT AMANAT</source>
        <translation>CÓMO COMPROBAR ESTE LEGAJO SIN AMANAT</translation>
    </message>
    <message>
        <source>This folder was exported by Amanat from the dossier &quot;%1&quot;. manifest.json lists every file of the folder with its SHA-256 hash, and every exhibit with its chain of custody. manifest.sig is a signature of manifest.json.</source>
        <translation>Amanat exportó esta carpeta a partir del expediente «%1». manifest.json enumera cada archivo de la carpeta con su hash SHA-256, y cada anexo con su cadena de custodia. manifest.sig es una firma de manifest.json.</translation>
    </message>
    <message>
        <source>1. The files. In this folder, run the command below. Every line must end in &quot;OK&quot;. No file other than those listed belongs to the bundle.</source>
        <translation>1. Los archivos. En esta carpeta, ejecute el comando siguiente. Cada línea debe terminar en «OK». Ningún archivo aparte de los enumerados pertenece al legajo.</translation>
    </message>
    <message>
        <source>2. The signature. manifest.sig is the Ed25519 signature of the exact bytes of manifest.json, made with the key whose public half is in manifest.json (&quot;signing_key&quot;). Its fingerprint, the SHA-256 of the 32-byte public key, is:</source>
        <translation>2. La firma. manifest.sig es la firma Ed25519 de los bytes exactos de manifest.json, hecha con la clave cuya mitad pública está en manifest.json («signing_key»). Su huella, el SHA-256 de la clave pública de 32 bytes, es:</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the sender gave you another way (in person, by telephone). With OpenSSL 3, the second command prints the fingerprint and the last one must print &quot;Signature Verified Successfully&quot;:</source>
        <translation>Compárela con la huella que el remitente le dio por otra vía (en persona, por teléfono). Con OpenSSL 3, el segundo comando muestra la huella y el último debe mostrar «Signature Verified Successfully»:</translation>
    </message>
    <message>
        <source>3. The chain of custody. Each custody event says who did what to an exhibit, and when. The library keeps all events in one chain: an event&apos;s &quot;hash&quot; is the SHA-256 of the 32 bytes written in hexadecimal as its &quot;prev_hash&quot; (the hash of the event before it in the library, which may concern another item), followed by the UTF-8 bytes of its &quot;canonical&quot; text. That text is the event itself as compact JSON with sorted keys, and must say the same as the event&apos;s other fields. This Python 3 script, run in this folder, checks every event:</source>
        <translation>3. La cadena de custodia. Cada evento de custodia dice quién hizo qué con un anexo, y cuándo. La biblioteca guarda todos los eventos en una sola cadena: el «hash» de un evento es el SHA-256 de los 32 bytes escritos en hexadecimal como su «prev_hash» (el hash del evento anterior en la biblioteca, que puede referirse a otro elemento), seguidos de los bytes UTF-8 de su texto «canonical». Ese texto es el propio evento en JSON compacto con las claves ordenadas, y debe decir lo mismo que los demás campos del evento. Este script de Python 3, ejecutado en esta carpeta, comprueba cada evento:</translation>
    </message>
    <message>
        <source>An event whose &quot;canonical&quot; is null named a protected person in its details or as the person acting, which this bundle blacks out; its hash can be checked only in the library that exported the bundle.</source>
        <translation>Un evento cuyo «canonical» es null nombraba a una persona protegida en sus detalles o como quien actuó, lo que este legajo tacha; su hash solo puede comprobarse en la biblioteca que exportó el legajo.</translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>is a symbolic link, not a file</source>
        <translation>es un enlace simbólico, no un archivo</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <source>the fingerprint it states does not belong to its public key</source>
        <translation>la huella que indica no corresponde a su clave pública</translation>
    </message>
    <message>
        <source>is not an Ed25519 signature (%1 bytes instead of %2)</source>
        <translation>no es una firma Ed25519 (%1 bytes en lugar de %2)</translation>
    </message>
    <message>
        <source>signature does not match (the manifest was changed or signed by another key)</source>
        <translation>la firma no coincide (el manifiesto se modificó o lo firmó otra clave)</translation>
    </message>
    <message>
        <source>signing key fingerprint %1 is not the expected %2</source>
        <translation>la huella de la clave de firma %1 no es la esperada, %2</translation>
    </message>
    <message>
        <source>is not a path a manifest may list (%1)</source>
        <translation>no es una ruta que pueda figurar en un manifiesto (%1)</translation>
    </message>
    <message>
        <source>is listed as an exported file</source>
        <translation>figura como archivo exportado</translation>
    </message>
    <message>
        <source>is listed twice in the manifest</source>
        <translation>figura dos veces en el manifiesto</translation>
    </message>
    <message>
        <source>size differs from the manifest (%1 bytes instead of %2)</source>
        <translation>el tamaño difiere del manifiesto (%1 bytes en lugar de %2)</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest</source>
        <translation>el SHA-256 difiere del manifiesto</translation>
    </message>
    <message>
        <source>is the native file of exhibit %1 but is not in the manifest&apos;s file list</source>
        <translation>es el archivo nativo del anexo %1, pero no figura en la lista de archivos del manifiesto</translation>
    </message>
    <message>
        <source>does not end with a new line</source>
        <translation>no termina con un salto de línea</translation>
    </message>
    <message>
        <source>line %1 is not a sha256sum line</source>
        <translation>la línea %1 no es una línea de sha256sum</translation>
    </message>
    <message>
        <source>line %1 names a path that is not allowed (%2)</source>
        <translation>la línea %1 indica una ruta no permitida (%2)</translation>
    </message>
    <message>
        <source>lists %1 twice or lists itself</source>
        <translation>incluye %1 dos veces o se incluye a sí mismo</translation>
    </message>
    <message>
        <source>lists %1, which is not in the manifest</source>
        <translation>incluye %1, que no figura en el manifiesto</translation>
    </message>
    <message>
        <source>gives %1 another SHA-256 than the signed manifest</source>
        <translation>asigna a %1 un SHA-256 distinto del del manifiesto firmado</translation>
    </message>
    <message>
        <source>SHA-256 differs from manifest.sha256</source>
        <translation>el SHA-256 difiere de manifest.sha256</translation>
    </message>
    <message>
        <source>does not list %1</source>
        <translation>no incluye %1</translation>
    </message>
    <message>
        <source>is not laid out as the manifest writer lays it out (lines reordered or changed)</source>
        <translation>no tiene la disposición con que lo escribe el generador de manifiestos (líneas reordenadas o modificadas)</translation>
    </message>
    <message>
        <source>not in the manifest</source>
        <translation>no figura en el manifiesto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key fingerprint (64 hexadecimal digits).</source>
        <translation>«%1» no es una huella de clave (64 dígitos hexadecimales).</translation>
    </message>
    <message>
        <source>There is no folder at %1.</source>
        <translation>No hay ninguna carpeta en %1.</translation>
    </message>
    <message>
        <source>%1 holds no manifest.json; it is not a bundle folder.</source>
        <translation>%1 no contiene manifest.json; no es una carpeta de legajo.</translation>
    </message>
    <message>
        <source>The manifest in %1 cannot be read: %2</source>
        <translation>No se puede leer el manifiesto de %1: %2</translation>
    </message>
    <message>
        <source>is not a readable manifest (%1); the signature and the files it lists could not be checked</source>
        <translation>no es un manifiesto legible (%1); no se pudieron comprobar la firma ni los archivos que enumera</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is not a time-stamp request over this manifest.json</source>
        <translation>no es una solicitud de sello de tiempo de este manifest.json</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Too few arguments.</source>
        <translation>Faltan argumentos.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>Sobran argumentos.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Frase de contraseña: </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item id (a positive number).</source>
        <translation>«%1» no es un identificador de elemento (un número positivo).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>Mostrar la salida en formato JSON.</translation>
    </message>
    <message>
        <source>
The passphrase is read from AMANAT_PASSPHRASE, else prompted on a terminal, else taken from the first line of standard input.
Exit codes: 0 success, 1 failure, 2 usage, 3 wrong passphrase or recovery key, 4 verify found a problem, 5 library in use.</source>
        <translation>
La frase de contraseña se lee de AMANAT_PASSPHRASE; si no está definida, se pide en el terminal; si no hay terminal, se toma de la primera línea de la entrada estándar.
Códigos de salida: 0 éxito, 1 fallo, 2 uso incorrecto, 3 frase de contraseña o clave de recuperación incorrecta, 4 verify encontró un problema, 5 biblioteca en uso.</translation>
    </message>
    <message>
        <source>Kind of the new items.</source>
        <translation>Tipo de los nuevos elementos.</translation>
    </message>
    <message>
        <source>Title of the new items.</source>
        <translation>Título de los nuevos elementos.</translation>
    </message>
    <message>
        <source>Tag path (repeatable).</source>
        <translation>Ruta de etiqueta (se puede repetir).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>«%1» no es un tipo de elemento; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>«%1» no tiene la forma FIELD=VALUE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; the fields are: %2.</source>
        <translation>«%1» no es un campo; los campos son: %2.</translation>
    </message>
    <message>
        <source>Overwrite DEST if it exists.</source>
        <translation>Sobrescribir DEST si ya existe.</translation>
    </message>
    <message>
        <source>Deleted item %1.</source>
        <translation>Se eliminó el elemento %1.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nueva frase de contraseña: </translation>
    </message>
    <message>
        <source>Created the library %1.</source>
        <translation>Se creó la biblioteca %1.</translation>
    </message>
    <message>
        <source>Write the recovery key on paper and keep it apart from this computer. It is shown only now; with it anyone can open the library.</source>
        <translation>Anote la clave de recuperación en papel y guárdela lejos de este equipo. Solo se muestra ahora; con ella, cualquier persona puede abrir la biblioteca.</translation>
    </message>
    <message>
        <source>Database: ok</source>
        <translation>Base de datos: correcta</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>Originals: %1 checked, %2 damaged</source>
        <translation>Originales comprobados: %1; dañados: %2</translation>
    </message>
    <message>
        <source>  item %1: %2</source>
        <translation>  elemento %1: %2</translation>
    </message>
    <message>
        <source>Custody log: ok (%1 events)</source>
        <translation>Registro de la cadena de custodia: correcto (eventos: %1)</translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation>Registro de la cadena de custodia: %1</translation>
    </message>
    <message>
        <source>The library failed verification.</source>
        <translation>La biblioteca no superó la verificación.</translation>
    </message>
    <message>
        <source>The passphrase was changed; the old one no longer opens this library.</source>
        <translation>Se cambió la frase de contraseña; la anterior ya no abre esta biblioteca.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Clave de recuperación: </translation>
    </message>
    <message>
        <source>WARNING: these lines open the whole library without the passphrase. Do not save them in a file, a chat or a shell history. Paste them into `sqlcipher library.db` to read the data with standard tools.</source>
        <translation>ADVERTENCIA: estas líneas abren toda la biblioteca sin la frase de contraseña. No las guarde en un archivo, en un chat ni en el historial del shell. Péguelas en `sqlcipher library.db` para leer los datos con herramientas estándar.</translation>
    </message>
    <message>
        <source>Backed up to %1; it opens with the same passphrase and recovery key.</source>
        <translation>Copia de seguridad guardada en %1; se abre con la misma frase de contraseña y la misma clave de recuperación.</translation>
    </message>
    <message>
        <source>Tag path to add (repeatable).</source>
        <translation>Ruta de etiqueta que se añade (se puede repetir).</translation>
    </message>
    <message>
        <source>Tag path to remove (repeatable).</source>
        <translation>Ruta de etiqueta que se quita (se puede repetir).</translation>
    </message>
    <message>
        <source>Give at least one --add or --remove.</source>
        <translation>Indique al menos una opción --add o --remove.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; run amanat-cli help.</source>
        <translation>«%1» no es un comando; ejecute amanat-cli help.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout admite un número de segundos entre 1 y 86400.</translation>
    </message>
    <message>
        <source>Print only page N.</source>
        <translation>Mostrar solo la página N.</translation>
    </message>
    <message>
        <source>--page takes a page number from 1.</source>
        <translation>--page admite un número de página a partir de 1.</translation>
    </message>
    <message>
        <source>Item %1 has no page %2.</source>
        <translation>El elemento %1 no tiene página %2.</translation>
    </message>
    <message>
        <source>Re-extract every item, not only unfinished ones.</source>
        <translation>Volver a extraer todos los elementos, no solo los no terminados.</translation>
    </message>
    <message>
        <source>OCR languages, e.g. chi_sim+uig+eng.</source>
        <translation>Idiomas de OCR, p. ej., chi_sim+uig+eng.</translation>
    </message>
    <message>
        <source>File whose first line is the PDF password.</source>
        <translation>Archivo cuya primera línea es la contraseña del PDF.</translation>
    </message>
    <message>
        <source>Seconds allowed per file (default 120).</source>
        <translation>Segundos permitidos por archivo (120 de forma predeterminada).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>elemento %1: %2</translation>
    </message>
    <message>
        <source>Store the files without extracting text.</source>
        <translation>Guardar los archivos sin extraer texto.</translation>
    </message>
    <message>
        <source>Seconds allowed per file for extraction (default 120).</source>
        <translation>Segundos permitidos por archivo para la extracción (120 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Report progress as JSON lines on standard error.</source>
        <translation>Informar del progreso como líneas JSON en la salida de error estándar.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Se canceló la importación.</translation>
    </message>
    <message>
        <source>The import stopped early.</source>
        <translation>La importación se detuvo antes de terminar.</translation>
    </message>
    <message>
        <source>Start without the starter tag tree (violations, document types, countries).</source>
        <translation>Empezar sin el árbol de etiquetas inicial (violaciones, tipos de documento, países).</translation>
    </message>
    <message>
        <source>Originals and custody log: not checked, because the database failed its integrity check.</source>
        <translation>Originales y registro de la cadena de custodia: sin comprobar, porque la base de datos no superó la comprobación de integridad.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match (%1 ms).</source>
        <translation>
            <numerusform>%n elemento coincide (%1 ms).</numerusform>
            <numerusform>%n elementos coinciden (%1 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>página %1</translation>
    </message>
    <message>
        <source>Most results to return (default 20).</source>
        <translation>Número máximo de resultados que se devuelven (20 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Read one query a line from standard input.</source>
        <translation>Leer una consulta por línea de la entrada estándar.</translation>
    </message>
    <message>
        <source>Run the saved search NAME.</source>
        <translation>Ejecutar la búsqueda guardada NAME.</translation>
    </message>
    <message>
        <source>Give either a QUERY, --stdin or --saved NAME.</source>
        <translation>Indique una QUERY, --stdin o --saved NAME.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit admite un número entre 1 y %1.</translation>
    </message>
    <message>
        <source>Replace a saved search of the same name.</source>
        <translation>Reemplazar una búsqueda guardada con el mismo nombre.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the tag %1; %n item(s) lost it.</source>
        <translation>
            <numerusform>Se eliminó la etiqueta %1; %n elemento la perdió.</numerusform>
            <numerusform>Se eliminó la etiqueta %1; %n elementos la perdieron.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large for a tag list.</source>
        <translation>%1 es demasiado grande para una lista de etiquetas.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created.</source>
        <translation>
            <numerusform>Se creó %n etiqueta.</numerusform>
            <numerusform>Se crearon %n etiquetas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>No se indicó ningún comando.</translation>
    </message>
    <message>
        <source>Could not read the password file %1.</source>
        <translation>No se pudo leer el archivo de contraseña %1.</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>El archivo de contraseña %1 está vacío.</translation>
    </message>
    <message>
        <source>uk (A4, default) or us (Letter).</source>
        <translation>uk (A4, predeterminado) o us (Letter).</translation>
    </message>
    <message>
        <source>Bates prefix (default BUNDLE).</source>
        <translation>Prefijo Bates (BUNDLE de forma predeterminada).</translation>
    </message>
    <message>
        <source>First Bates number (default 1).</source>
        <translation>Primer número Bates (1 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Split into parts above this many MB (default 25).</source>
        <translation>Dividir en partes cuando se superen estos MB (25 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Also write an AES-256 encrypted copy with this password.</source>
        <translation>Escribir además una copia cifrada con AES-256 con esta contraseña.</translation>
    </message>
    <message>
        <source>File testimonies without recorded court consent (logged).</source>
        <translation>Presentar testimonios sin consentimiento registrado para uso judicial (queda registrado).</translation>
    </message>
    <message>
        <source>Seconds allowed for preparing one exhibit&apos;s pages (default 600).</source>
        <translation>Segundos permitidos para preparar las páginas de un anexo (600 de forma predeterminada).</translation>
    </message>
    <message>
        <source>--start takes a whole number from 1.</source>
        <translation>--start admite un número entero a partir de 1.</translation>
    </message>
    <message>
        <source>--max-size takes a size in MB (at least 0.01).</source>
        <translation>--max-size admite un tamaño en MB (como mínimo 0.01).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout admite un número de segundos.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n page(s) (%3 to %4).</source>
        <translation>
            <numerusform>Se escribió %1: %2, %n página (%3 a %4).</numerusform>
            <numerusform>Se escribió %1: %2, %n páginas (%3 a %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation>SHA-256 del manifiesto: %1</translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation>Huella de la clave de firma: %1</translation>
    </message>
    <message>
        <source>Remove every occurrence of this text (repeatable).</source>
        <translation>Eliminar todas las apariciones de este texto (se puede repetir).</translation>
    </message>
    <message>
        <source>Black out an area of a page, in fractions of the page (repeatable).</source>
        <translation>Tachar una zona de una página, en fracciones de la página (se puede repetir).</translation>
    </message>
    <message>
        <source>List the item&apos;s redactions.</source>
        <translation>Enumerar las ocultaciones del elemento.</translation>
    </message>
    <message>
        <source>Remove a redaction by its number.</source>
        <translation>Quitar una ocultación por su número.</translation>
    </message>
    <message>
        <source>Fail unless the manifest was signed by the key with this fingerprint (case, spaces and colons are ignored).</source>
        <translation>Fallar salvo que el manifiesto esté firmado por la clave con esta huella (se ignoran mayúsculas, espacios y dos puntos).</translation>
    </message>
    <message>
        <source>--expect-key takes a fingerprint of 64 hexadecimal digits.</source>
        <translation>--expect-key admite una huella de 64 dígitos hexadecimales.</translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation>Clave de firma: %1</translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation>Firma: válida</translation>
    </message>
    <message>
        <source>Signature: invalid</source>
        <translation>Firma: no válida</translation>
    </message>
    <message>
        <source>Files: %1 checked</source>
        <translation>Archivos comprobados: %1</translation>
    </message>
    <message>
        <source>The bundle is intact: every file matches the signed manifest.</source>
        <translation>El legajo está intacto: todos los archivos coinciden con el manifiesto firmado.</translation>
    </message>
    <message numerus="yes">
        <source>The bundle failed verification: %n problem(s).</source>
        <translation>
            <numerusform>El legajo no superó la verificación: %n problema.</numerusform>
            <numerusform>El legajo no superó la verificación: %n problemas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>Huella: %1</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): %1</source>
        <translation>Clave pública (Ed25519, base64): %1</translation>
    </message>
    <message>
        <source>Court or tribunal.</source>
        <translation>Juzgado o tribunal.</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation>Número de causa.</translation>
    </message>
    <message>
        <source>Hearing date (YYYY-MM-DD).</source>
        <translation>Fecha de la vista (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Parties, as printed on the cover.</source>
        <translation>Partes, tal como se imprimen en la portada.</translation>
    </message>
    <message>
        <source>Counsel, as printed on the cover.</source>
        <translation>Representación letrada, tal como se imprime en la portada.</translation>
    </message>
    <message>
        <source>Section title; created at the end when missing.</source>
        <translation>Título de la sección; se crea al final si no existe.</translation>
    </message>
    <message>
        <source>Only these pages of a PDF or scan.</source>
        <translation>Solo estas páginas de un PDF o escaneo.</translation>
    </message>
    <message>
        <source>Only this segment of a video or audio.</source>
        <translation>Solo este segmento de un vídeo o audio.</translation>
    </message>
    <message>
        <source>Exhibit label (default: A1, A2…).</source>
        <translation>Etiqueta del anexo (de forma predeterminada: A1, A2…).</translation>
    </message>
    <message>
        <source>Exhibit description.</source>
        <translation>Descripción del anexo.</translation>
    </message>
    <message>
        <source>--pages takes FIRST-LAST, e.g. 3-7.</source>
        <translation>--pages admite FIRST-LAST, p. ej., 3-7.</translation>
    </message>
    <message>
        <source>--time takes START-END, e.g. 1:05-2:30.</source>
        <translation>--time admite START-END, p. ej., 1:05-2:30.</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n anexo</numerusform>
            <numerusform>%n anexos</numerusform>
        </translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de causa</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Partes</translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation>Representación letrada</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>Fecha de la vista</translation>
    </message>
    <message>
        <source> (pages %1–%2)</source>
        <translation> (páginas %1–%2)</translation>
    </message>
    <message>
        <source> (%1 s–%2 s)</source>
        <translation> (%1 s–%2 s)</translation>
    </message>
    <message>
        <source>Dossier &quot;%1&quot; has no exhibit labelled &quot;%2&quot;.</source>
        <translation>El expediente «%1» no tiene ningún anexo con la etiqueta «%2».</translation>
    </message>
    <message>
        <source>Export although pages await redaction review (logged, and printed on the exhibit sheets).</source>
        <translation>Exportar aunque haya páginas pendientes de revisión de ocultaciones (queda registrado y se imprime en las hojas de anexo).</translation>
    </message>
    <message numerus="yes">
        <source>Leak check: %n page(s) read back, %1 of them by OCR; no protected string found.</source>
        <translation>
            <numerusform>Comprobación de fugas: se volvió a leer %n página, %1 de ellas mediante OCR; no se encontró ninguna cadena protegida.</numerusform>
            <numerusform>Comprobación de fugas: se volvieron a leer %n páginas, %1 de ellas mediante OCR; no se encontró ninguna cadena protegida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave an area visible that the redactor covered by mistake (repeatable; the leak check still reads it).</source>
        <translation>Dejar visible una zona que el módulo de ocultación cubrió por error (se puede repetir; la comprobación de fugas la sigue leyendo).</translation>
    </message>
    <message>
        <source>Give --text/--rect/--keep, or --list, or --remove.</source>
        <translation>Indique --text/--rect/--keep, o --list, o --remove.</translation>
    </message>
    <message>
        <source>
Not redacted in this dossier: %1 (%2)</source>
        <translation>
No ocultado en este expediente: %1 (%2)</translation>
    </message>
    <message>
        <source>Why this person is not redacted (logged, printed on the bundle).</source>
        <translation>Motivo por el que no se oculta a esta persona (queda registrado y se imprime en el legajo).</translation>
    </message>
    <message>
        <source>dossier exempt needs --reason TEXT.</source>
        <translation>dossier exempt requiere --reason TEXT.</translation>
    </message>
    <message>
        <source>Name a dossier command: create, add, list, show, remove, delete, exempt or unexempt.</source>
        <translation>Indique un comando de dossier: create, add, list, show, remove, delete, exempt o unexempt.</translation>
    </message>
    <message>
        <source>Accept a passphrase that is easy to guess (for tests only).</source>
        <translation>Aceptar una frase de contraseña fácil de adivinar (solo para pruebas).</translation>
    </message>
    <message>
        <source>That passphrase is too easy to guess: whoever takes the computer would try it first. Use a sentence of several words only you know.</source>
        <translation>Esa frase de contraseña es demasiado fácil de adivinar: quien se lleve el equipo la probaría primero. Use una frase de varias palabras que solo usted conozca.</translation>
    </message>
    <message>
        <source>Last committed change: present</source>
        <translation>Último cambio confirmado: presente</translation>
    </message>
    <message>
        <source>Last committed change: %1</source>
        <translation>Último cambio confirmado: %1</translation>
    </message>
    <message>
        <source>A name variant (repeatable).</source>
        <translation>Una variante del nombre (se puede repetir).</translation>
    </message>
    <message>
        <source>A phone number, e-mail or address (repeatable).</source>
        <translation>Un número de teléfono, correo electrónico o dirección (se puede repetir).</translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%n name(s)</source>
        <translation>
            <numerusform>%1	%2	%n nombre</numerusform>
            <numerusform>%1	%2	%n nombres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n contact(s)</source>
        <translation>
            <numerusform>, %n contacto</numerusform>
            <numerusform>, %n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>	testimony %1</source>
        <translation>	testimonio %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Código: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Nombre: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>Contacto: %1</translation>
    </message>
    <message>
        <source>Add a name variant.</source>
        <translation>Añadir una variante del nombre.</translation>
    </message>
    <message>
        <source>Add a contact.</source>
        <translation>Añadir un contacto.</translation>
    </message>
    <message>
        <source>Remove a name variant.</source>
        <translation>Quitar una variante del nombre.</translation>
    </message>
    <message>
        <source>Remove a contact.</source>
        <translation>Quitar un contacto.</translation>
    </message>
    <message>
        <source>Give the person another code.</source>
        <translation>Asignar otro código a la persona.</translation>
    </message>
    <message>
        <source>Name a person command: add, list, show, edit or delete.</source>
        <translation>Indique un comando de person: add, list, show, edit o delete.</translation>
    </message>
    <message>
        <source>The page to show (from 1).</source>
        <translation>La página que se muestra (a partir de 1).</translation>
    </message>
    <message>
        <source>Apply this dossier&apos;s exemptions and text redactions, as its bundle would.</source>
        <translation>Aplicar las exenciones y ocultaciones de texto de este expediente, como lo haría su legajo.</translation>
    </message>
    <message>
        <source>Show the page unburned and list the proposed boxes.</source>
        <translation>Mostrar la página sin aplicar las ocultaciones y enumerar los recuadros propuestos.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>No se pudo escribir %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n area(s) found automatically</source>
        <translation>
            <numerusform>Se escribió %1: %n zona encontrada automáticamente</numerusform>
            <numerusform>Se escribió %1: %n zonas encontradas automáticamente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n marked by hand.</source>
        <translation>
            <numerusform>, %n marcada a mano.</numerusform>
            <numerusform>, %n marcadas a mano.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the pages that await review.</source>
        <translation>Enumerar las páginas pendientes de revisión.</translation>
    </message>
    <message>
        <source>With --list: every page that needs review, reviewed or not.</source>
        <translation>Con --list: todas las páginas que requieren revisión, revisadas o no.</translation>
    </message>
    <message>
        <source>Mark pages reviewed: ITEM:PAGE, more may follow.</source>
        <translation>Marcar páginas como revisadas: ITEM:PAGE; pueden seguir más.</translation>
    </message>
    <message>
        <source>Give --list or --approve.</source>
        <translation>Indique --list o --approve.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ITEM:PAGE (e.g. 12:3).</source>
        <translation>«%1» no tiene la forma ITEM:PAGE (p. ej., 12:3).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) marked reviewed.</source>
        <translation>
            <numerusform>Se marcó %n página como revisada.</numerusform>
            <numerusform>Se marcaron %n páginas como revisadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page numbers: continuous (PFX-000001…, default) or section (A1, A2… B1…).</source>
        <translation>Números de página: continuous (PFX-000001…, predeterminado) o section (A1, A2… B1…).</translation>
    </message>
    <message>
        <source>The exhibit labels are already in order.</source>
        <translation>Las etiquetas de los anexos ya están en orden.</translation>
    </message>
    <message>
        <source>The settings are ocr_languages=LANGS and custodian=NAME.</source>
        <translation>Los ajustes son ocr_languages=LANGS y custodian=NAME.</translation>
    </message>
    <message>
        <source>A-number (US immigration court), as in A123-456-789.</source>
        <translation>Número A (tribunal de inmigración de EE. UU.), como A123-456-789.</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>Número A</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens this library. Write the new one down and keep it apart from the computer; it is not shown again.</source>
        <translation>La antigua clave de recuperación ya no abre esta biblioteca. Anote la nueva y guárdela lejos del equipo; no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>  item %1: extraction incomplete: %2</source>
        <translation>  elemento %1: extracción incompleta: %2</translation>
    </message>
    <message>
        <source>The items a search query finds.</source>
        <translation>Los elementos que encuentra una búsqueda.</translation>
    </message>
    <message>
        <source>The items with a tag or its sub-tags.</source>
        <translation>Los elementos con una etiqueta o alguna de sus subetiquetas.</translation>
    </message>
    <message>
        <source>The exhibits of a dossier.</source>
        <translation>Los anexos de un expediente.</translation>
    </message>
    <message>
        <source>Choose the items with one of --query, --tag, --dossier or item numbers.</source>
        <translation>Elija los elementos con una sola de estas opciones: --query, --tag, --dossier o números de elemento.</translation>
    </message>
    <message>
        <source>Folder the file column&apos;s paths are relative to (default: the CSV file&apos;s folder).</source>
        <translation>Carpeta a partir de la cual se leen las rutas de la columna file (de forma predeterminada: la carpeta del archivo CSV).</translation>
    </message>
    <message>
        <source>Source-Organization of the bag (default: the library&apos;s custodian).</source>
        <translation>Source-Organization del paquete BagIt (de forma predeterminada: el custodio de la biblioteca).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the bag have redactions: the bag holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>%n elemento del paquete tiene ocultaciones: el paquete contiene su archivo original tal cual, sin ocultar.</numerusform>
            <numerusform>%n elementos del paquete tienen ocultaciones: el paquete contiene sus archivos originales tal cual, sin ocultar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: %1. Items made: %2. Files already in the library: %3.</source>
        <translation>Filas: %1. Elementos creados: %2. Archivos ya en la biblioteca: %3.</translation>
    </message>
    <message>
        <source>Items in the bag: %1. Files: %2. Bytes: %3.</source>
        <translation>Elementos en el paquete: %1. Archivos: %2. Bytes: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the ZIP have redactions: it holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>%n elemento del ZIP tiene ocultaciones: el ZIP contiene su archivo original tal cual, sin ocultar.</numerusform>
            <numerusform>%n elementos del ZIP tienen ocultaciones: el ZIP contiene sus archivos originales tal cual, sin ocultar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time stamp: %1 UTC, by %2</source>
        <translation>Sello de tiempo: %1 UTC, por %2</translation>
    </message>
    <message>
        <source>Time stamp: %1 UTC, by %2 (not checked against a certificate you trust)</source>
        <translation>Sello de tiempo: %1 UTC, por %2 (no comprobado con un certificado de confianza)</translation>
    </message>
    <message>
        <source>PEM file of the time-stamping authority&apos;s certificate (or its CA): the reply&apos;s signer must chain to it.</source>
        <translation>Archivo PEM del certificado de la autoridad de sellado de tiempo (o de su CA): el firmante de la respuesta debe encadenarse a él.</translation>
    </message>
    <message>
        <source>Write OUTDIR/manifest.tsq over the bundle&apos;s manifest.json.</source>
        <translation>Escribir OUTDIR/manifest.tsq sobre el manifest.json del legajo.</translation>
    </message>
    <message>
        <source>--bundle takes the bundle folder and nothing else.</source>
        <translation>--bundle recibe la carpeta del legajo y nada más.</translation>
    </message>
    <message>
        <source>Name the library, the items and the request file.</source>
        <translation>Indique la biblioteca, los elementos y el archivo de solicitud.</translation>
    </message>
    <message>
        <source>Take this file to a time-stamping authority (RFC 3161) and bring its reply back: timestamp-import for a library, or manifest.tsr beside the manifest for a bundle.</source>
        <translation>Lleve este archivo a una autoridad de sellado de tiempo (RFC 3161) y traiga su respuesta: timestamp-import para una biblioteca, o manifest.tsr junto al manifiesto para un legajo.</translation>
    </message>
    <message>
        <source>The reply is intact and answers the request, but its authority was not checked against a certificate you trust (--tsa-ca).</source>
        <translation>La respuesta está intacta y responde a la solicitud, pero su autoridad no se comprobó con un certificado de confianza (--tsa-ca).</translation>
    </message>
    <message>
        <source>%1 cannot be read as an exchange key.</source>
        <translation>%1 no se puede leer como una clave de intercambio.</translation>
    </message>
    <message>
        <source>Also write the key as a QR code image (PNG) to FILE.</source>
        <translation>Escribir también la clave como código QR (imagen PNG) en FILE.</translation>
    </message>
    <message>
        <source>The QR code cannot be written to %1.</source>
        <translation>No se puede escribir el código QR en %1.</translation>
    </message>
    <message>
        <source>Give the line above to the libraries that will send you packages. To confirm it, read out its fingerprint:</source>
        <translation>Entregue la línea de arriba a las bibliotecas que le enviarán paquetes. Para confirmarla, léales su huella:</translation>
    </message>
    <message>
        <source>A recipient library&apos;s exchange key, or a file holding it (repeat for several).</source>
        <translation>La clave de intercambio de una biblioteca destinataria, o un archivo que la contenga (repítalo para varias).</translation>
    </message>
    <message>
        <source>Share the witnesses&apos; names and contacts too.</source>
        <translation>Compartir también los nombres y contactos de los testigos.</translation>
    </message>
    <message>
        <source>Share testimonies without recorded consent (logged).</source>
        <translation>Compartir testimonios sin consentimiento registrado (queda registrado).</translation>
    </message>
    <message>
        <source>Name at least one recipient with --to.</source>
        <translation>Indique al menos un destinatario con --to.</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n item(s) with %1 library(ies). Package SHA-256: %2</source>
        <translation>
            <numerusform>%n elemento compartido con %1 biblioteca(s). SHA-256 del paquete: %2</numerusform>
            <numerusform>%n elementos compartidos con %1 biblioteca(s). SHA-256 del paquete: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Witnesses&apos; names and contacts were not included.</source>
        <translation>No se incluyeron los nombres ni los contactos de los testigos.</translation>
    </message>
    <message>
        <source>Refuse the package unless its sender has this fingerprint.</source>
        <translation>Rechazar el paquete si su remitente no tiene esta huella.</translation>
    </message>
    <message>
        <source>Do not extract the text of received files that come without it.</source>
        <translation>No extraer el texto de los archivos recibidos que llegan sin él.</translation>
    </message>
    <message>
        <source>This package was already received on %1; nothing was added.</source>
        <translation>Este paquete ya se recibió el %1; no se añadió nada.</translation>
    </message>
    <message numerus="yes">
        <source>From “%1”: %n item(s), of which %2 new and %3 already here.</source>
        <translation>
            <numerusform>De «%1»: %n elemento, de los cuales %2 nuevos y %3 ya presentes.</numerusform>
            <numerusform>De «%1»: %n elementos, de los cuales %2 nuevos y %3 ya presentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new sender, now pinned. Check this fingerprint with them:
%1</source>
        <translation>Un remitente nuevo, ahora memorizado. Compruebe esta huella con él:
%1</translation>
    </message>
    <message>
        <source>The sender&apos;s new key, which you confirmed, replaces the old one.</source>
        <translation>La nueva clave del remitente, que usted confirmó, sustituye a la anterior.</translation>
    </message>
    <message>
        <source>Forget a sender (library id or fingerprint); its next package is pinned anew.</source>
        <translation>Olvidar un remitente (identificador de biblioteca o huella); su próximo paquete se memoriza de nuevo.</translation>
    </message>
    <message>
        <source>“%1” is neither a library&apos;s exchange key nor a file holding one.</source>
        <translation>«%1» no es la clave de intercambio de una biblioteca ni un archivo que la contenga.</translation>
    </message>
</context>
<context>
    <name>ClipMarkers</name>
    <message>
        <source>A clip must start at or after 0 and end at or after its start.</source>
        <translation>Un fragmento debe empezar en 0 o después y terminar en su inicio o después.</translation>
    </message>
    <message>
        <source>A clip note may hold at most %1 characters.</source>
        <translation>Una nota de fragmento puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>No existe el elemento %1.</translation>
    </message>
    <message>
        <source>There is no clip marker %1.</source>
        <translation>No existe el marcador de fragmento %1.</translation>
    </message>
</context>
<context>
    <name>CommittedHead</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>The record of the library&apos;s last committed change (custody.head) was altered or damaged.</source>
        <translation>El registro del último cambio confirmado de la biblioteca (custody.head) se alteró o está dañado.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>No known sender has the id or fingerprint %1.</source>
        <translation>Ningún remitente conocido tiene el identificador o la huella %1.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The CSV file is not valid UTF-8 text.</source>
        <translation>El archivo CSV no es texto UTF-8 válido.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has an unclosed quote.</source>
        <translation>La línea %1 del archivo CSV tiene unas comillas sin cerrar.</translation>
    </message>
</context>
<context>
    <name>CustodyEventText</name>
    <message>
        <source>Collected as %1 (%2, SHA-256 %3…).</source>
        <translation>Recopilado como %1 (%2, SHA-256 %3…).</translation>
    </message>
    <message>
        <source>Created as %1, without an original file.</source>
        <translation>Creado como %1, sin archivo original.</translation>
    </message>
    <message numerus="yes">
        <source>Text and details read from the original (%n page(s)).</source>
        <translation>
            <numerusform>Texto y detalles leídos del original (%n página).</numerusform>
            <numerusform>Texto y detalles leídos del original (%n páginas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the original failed: %1</source>
        <translation>No se pudo leer el original: %1</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>%1 borrado</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 cambiado a %2</translation>
    </message>
    <message>
        <source>Details changed: %1.</source>
        <translation>Detalles cambiados: %1.</translation>
    </message>
    <message>
        <source>Tagged %1.</source>
        <translation>Etiqueta %1 añadida.</translation>
    </message>
    <message>
        <source>Tag %1 removed.</source>
        <translation>Etiqueta %1 quitada.</translation>
    </message>
    <message>
        <source>A copy of the original was saved as %1 (SHA-256 %2…).</source>
        <translation>Se guardó una copia del original como %1 (SHA-256 %2…).</translation>
    </message>
    <message>
        <source>Added to dossier %1 as exhibit %2.</source>
        <translation>Añadido al expediente %1 como anexo %2.</translation>
    </message>
    <message>
        <source>Removed from dossier %1 (it was exhibit %2).</source>
        <translation>Quitado del expediente %1 (era el anexo %2).</translation>
    </message>
    <message>
        <source>Moved within dossier %1 (exhibit %2).</source>
        <translation>Movido dentro del expediente %1 (anexo %2).</translation>
    </message>
    <message>
        <source>Exhibit %1 of dossier %2 renumbered %3.</source>
        <translation>Anexo %1 del expediente %2 renumerado como %3.</translation>
    </message>
    <message>
        <source>Filed as exhibit %1 in a bundle of dossier %2, pages %3 to %4.</source>
        <translation>Presentado como anexo %1 en un legajo del expediente %2, páginas %3 a %4.</translation>
    </message>
    <message>
        <source>Filed as exhibit %1 of dossier %2 without the witness&apos;s court consent, by the user&apos;s decision.</source>
        <translation>Presentado como anexo %1 del expediente %2 sin el consentimiento del testigo para uso judicial, por decisión del usuario.</translation>
    </message>
    <message>
        <source>An area of page %1 marked for redaction.</source>
        <translation>Una zona de la página %1 marcada para ocultación.</translation>
    </message>
    <message numerus="yes">
        <source>A passage of %n character(s) marked for redaction.</source>
        <translation>
            <numerusform>Un pasaje de %n carácter marcado para ocultación.</numerusform>
            <numerusform>Un pasaje de %n caracteres marcado para ocultación.</numerusform>
        </translation>
    </message>
    <message>
        <source>A redaction removed.</source>
        <translation>Una ocultación quitada.</translation>
    </message>
    <message>
        <source>Page %1 reviewed for redaction in dossier %2.</source>
        <translation>Página %1 revisada para ocultación en el expediente %2.</translation>
    </message>
    <message>
        <source>Clip marker added.</source>
        <translation>Marcador de fragmento añadido.</translation>
    </message>
    <message>
        <source>Clip marker changed.</source>
        <translation>Marcador de fragmento cambiado.</translation>
    </message>
    <message>
        <source>Clip marker removed.</source>
        <translation>Marcador de fragmento quitado.</translation>
    </message>
    <message>
        <source>The witness&apos;s protected details were shown.</source>
        <translation>Se mostraron los datos protegidos del testigo.</translation>
    </message>
    <message>
        <source>Deleted from the library.</source>
        <translation>Eliminado de la biblioteca.</translation>
    </message>
    <message>
        <source>Deletion undone: back in the library.</source>
        <translation>Eliminación deshecha: de vuelta en la biblioteca.</translation>
    </message>
    <message>
        <source>Received again from %1 (package SHA-256 %2…): kept as it was here, with the sender&apos;s tags and record added.</source>
        <translation>Recibido de nuevo de %1 (paquete SHA-256 %2…): se conserva como estaba aquí, con las etiquetas y el registro del remitente añadidos.</translation>
    </message>
    <message numerus="yes">
        <source>Received from %1 in a sealed package (SHA-256 %2…), with %n event(s) of its record there.</source>
        <translation>
            <numerusform>Recibido de %1 en un paquete sellado (SHA-256 %2…), con %n evento de su registro allí.</numerusform>
            <numerusform>Recibido de %1 en un paquete sellado (SHA-256 %2…), con %n eventos de su registro allí.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared in a sealed package (SHA-256 %1…) without the witness&apos;s recorded consent, by the user&apos;s decision.</source>
        <translation>Compartido en un paquete sellado (SHA-256 %1…) sin el consentimiento registrado del testigo, por decisión del usuario.</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>custody event %1 is missing</source>
        <translation>falta el evento %1 de la cadena de custodia</translation>
    </message>
    <message>
        <source>custody event %1 does not follow the one before it</source>
        <translation>el evento %1 de la cadena de custodia no sigue al anterior</translation>
    </message>
    <message>
        <source>custody event %1 was altered</source>
        <translation>el evento %1 de la cadena de custodia fue alterado</translation>
    </message>
    <message>
        <source>the end of the custody log was cut off or rewritten</source>
        <translation>el final del registro de la cadena de custodia fue cortado o reescrito</translation>
    </message>
    <message>
        <source>the custody log&apos;s write protection was removed</source>
        <translation>se quitó la protección contra escritura del registro de la cadena de custodia</translation>
    </message>
    <message>
        <source>A custodian&apos;s name has at most 200 characters.</source>
        <translation>El nombre del custodio tiene como máximo 200 caracteres.</translation>
    </message>
    <message>
        <source>A custodian&apos;s name is one line without control characters.</source>
        <translation>El nombre del custodio ocupa una línea, sin caracteres de control.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The library database is missing.</source>
        <translation>Falta la base de datos de la biblioteca.</translation>
    </message>
    <message>
        <source>Amanat was built without SQLCipher encryption; refusing to open the library.</source>
        <translation>Amanat se compiló sin cifrado SQLCipher; se niega a abrir la biblioteca.</translation>
    </message>
    <message>
        <source>The database key could not be set.</source>
        <translation>No se pudo establecer la clave de la base de datos.</translation>
    </message>
    <message>
        <source>The database setting %1 could not be applied (it reads &quot;%2&quot;, expected &quot;%3&quot;); refusing to continue.</source>
        <translation>No se pudo aplicar el ajuste %1 de la base de datos (su valor es «%2»; se esperaba «%3»); Amanat se niega a continuar.</translation>
    </message>
    <message>
        <source>The library database failed its integrity check.</source>
        <translation>La base de datos de la biblioteca no superó la comprobación de integridad.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved and the library is unchanged.</source>
        <translation>El disco está lleno; el cambio no se guardó y la biblioteca no se modificó.</translation>
    </message>
    <message>
        <source>The library database is damaged or was modified outside Amanat.</source>
        <translation>La base de datos de la biblioteca está dañada o se modificó fuera de Amanat.</translation>
    </message>
    <message>
        <source>The library is in use by another process.</source>
        <translation>Otro proceso está usando la biblioteca.</translation>
    </message>
    <message>
        <source>The library cannot be written: the folder is read-only, missing or not accessible.</source>
        <translation>No se puede escribir en la biblioteca: la carpeta es de solo lectura, no existe o no es accesible.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library (was the drive removed?).</source>
        <translation>El disco notificó un error al leer o escribir la biblioteca (¿se retiró la unidad?).</translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation>Memoria insuficiente.</translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation>El cambio entra en conflicto con datos existentes.</translation>
    </message>
    <message>
        <source>Unexpected database error (%1).</source>
        <translation>Error inesperado de la base de datos (%1).</translation>
    </message>
    <message>
        <source>The search functions could not be registered.</source>
        <translation>No se pudieron registrar las funciones de búsqueda.</translation>
    </message>
    <message>
        <source>Internal error: the library database was used from the wrong thread; nothing was changed.</source>
        <translation>Error interno: la base de datos de la biblioteca se usó desde el hilo equivocado; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>DateSpec</name>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» no es una fecha; escríbala como YYYY, YYYY-MM o YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range; this field takes a single date.</source>
        <translation>«%1» es un intervalo; este campo admite una sola fecha.</translation>
    </message>
    <message>
        <source>The date range &quot;%1&quot; ends before it starts.</source>
        <translation>El intervalo de fechas «%1» termina antes de empezar.</translation>
    </message>
</context>
<context>
    <name>DemoLibrary</name>
    <message>
        <source>The demo item %1 was not imported.</source>
        <translation>No se importó el elemento de demostración %1.</translation>
    </message>
    <message>
        <source>The demo transcript is missing.</source>
        <translation>Falta la transcripción de demostración.</translation>
    </message>
    <message>
        <source>Checkpoint testimonies</source>
        <translation>Testimonios sobre puestos de control</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
</context>
<context>
    <name>DemoSamples</name>
    <message>
        <source>The demo file %1 could not be written.</source>
        <translation>No se pudo escribir el archivo de demostración %1.</translation>
    </message>
    <message>
        <source>The demo video is missing from this build.</source>
        <translation>Falta el vídeo de demostración en esta compilación.</translation>
    </message>
</context>
<context>
    <name>DossierRepository</name>
    <message>
        <source>A dossier needs a name of one line (at most 200 characters).</source>
        <translation>Un expediente necesita un nombre de una sola línea (máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>The hearing date &quot;%1&quot; is not a date like 2026-03-31.</source>
        <translation>La fecha de la vista «%1» no es una fecha como 2026-03-31.</translation>
    </message>
    <message>
        <source>A dossier named &quot;%1&quot; already exists.</source>
        <translation>Ya existe un expediente llamado «%1».</translation>
    </message>
    <message>
        <source>There is no dossier %1.</source>
        <translation>No existe el expediente %1.</translation>
    </message>
    <message>
        <source>There is no dossier named or numbered &quot;%1&quot;.</source>
        <translation>No existe ningún expediente con el nombre o número «%1».</translation>
    </message>
    <message>
        <source>A section needs a title of one line (at most 200 characters).</source>
        <translation>Una sección necesita un título de una sola línea (máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>This dossier already has a section &quot;%1&quot;.</source>
        <translation>Este expediente ya tiene una sección «%1».</translation>
    </message>
    <message>
        <source>There is no section %1.</source>
        <translation>No existe la sección %1.</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>Anexos</translation>
    </message>
    <message>
        <source>Name at least one item to add.</source>
        <translation>Indique al menos un elemento para añadir.</translation>
    </message>
    <message>
        <source>A page range must be FIRST-LAST with 1 &lt;= FIRST &lt;= LAST.</source>
        <translation>Un intervalo de páginas debe tener la forma FIRST-LAST con 1 &lt;= FIRST &lt;= LAST.</translation>
    </message>
    <message>
        <source>A time segment needs a start and an end after it.</source>
        <translation>Un segmento de tiempo necesita un inicio y un final posterior.</translation>
    </message>
    <message>
        <source>An exhibit label is one line of at most 40 characters.</source>
        <translation>Una etiqueta de anexo es una sola línea de 40 caracteres como máximo.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>No existe el elemento %1.</translation>
    </message>
    <message>
        <source>There is no exhibit %1.</source>
        <translation>No existe el anexo %1.</translation>
    </message>
    <message>
        <source>An exhibit can only move within its dossier.</source>
        <translation>Un anexo solo puede moverse dentro de su expediente.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an A-number: it has 8 or 9 digits, as in A123-456-789.</source>
        <translation>«%1» no es un número A: tiene 8 o 9 dígitos, como A123-456-789.</translation>
    </message>
</context>
<context>
    <name>ExchangeIdentity</name>
    <message>
        <source>This is not a library&apos;s exchange key. Ask for the key that amanat-cli exchange-key prints (88 characters).</source>
        <translation>Esta no es la clave de intercambio de una biblioteca. Pida la clave que muestra amanat-cli exchange-key (88 caracteres).</translation>
    </message>
</context>
<context>
    <name>ExchangeKey</name>
    <message>
        <source>The library&apos;s exchange key is damaged; packages cannot be opened.</source>
        <translation>La clave de intercambio de la biblioteca está dañada; no se pueden abrir paquetes.</translation>
    </message>
</context>
<context>
    <name>ExchangeKeyStore</name>
    <message>
        <source>The library has no exchange key yet.</source>
        <translation>La biblioteca aún no tiene clave de intercambio.</translation>
    </message>
    <message>
        <source>The library&apos;s exchange id is missing.</source>
        <translation>Falta el identificador de intercambio de la biblioteca.</translation>
    </message>
</context>
<context>
    <name>ExtractionStore</name>
    <message>
        <source>&quot;%1&quot; is not a list of OCR languages; write it as Tesseract does, e.g. chi_sim+uig+eng.</source>
        <translation>«%1» no es una lista de idiomas de OCR; escríbala como lo hace Tesseract, p. ej., chi_sim+uig+eng.</translation>
    </message>
</context>
<context>
    <name>GeneratedPages</name>
    <message>
        <source>Case number: %1</source>
        <translation>Número de causa: %1</translation>
    </message>
    <message>
        <source>Hearing: %1</source>
        <translation>Vista: %1</translation>
    </message>
    <message>
        <source>Counsel: %1</source>
        <translation>Representación letrada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) in %1 section(s).</source>
        <translation>
            <numerusform>%n anexo en %1 sección(es).</numerusform>
            <numerusform>%n anexos en %1 sección(es).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), numbered %1 to %2 in the lower margin of every page.</source>
        <translation>
            <numerusform>%n página, numerada de %1 a %2 en el margen inferior de cada página.</numerusform>
            <numerusform>%n páginas, numeradas de %1 a %2 en el margen inferior de cada página.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity: manifest.json, filed beside this PDF, lists the SHA-256 of every exhibit&apos;s original as collected, its chain of custody, and the SHA-256 of every file of this bundle. It is signed (manifest.sig, Ed25519) with the key of the library that produced it, whose fingerprint is:</source>
        <translation>Integridad: manifest.json, presentado junto a este PDF, enumera el SHA-256 del original de cada anexo tal como se recopiló, su cadena de custodia y el SHA-256 de cada archivo de este legajo. Está firmado (manifest.sig, Ed25519) con la clave de la biblioteca que lo generó, cuya huella es:</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>Parte %1 de %2</translation>
    </message>
    <message numerus="yes">
        <source>This bundle is filed in %n parts. Each begins with this cover and the full index:</source>
        <translation>
            <numerusform>Este legajo se presenta en %n parte. Cada una empieza con esta portada y el índice completo:</numerusform>
            <numerusform>Este legajo se presenta en %n partes. Cada una empieza con esta portada y el índice completo:</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate of translation</source>
        <translation>Certificado de traducción</translation>
    </message>
    <message>
        <source>Signature of the translator</source>
        <translation>Firma del traductor</translation>
    </message>
    <message>
        <source>A-Number: %1</source>
        <translation>Número A: %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continuación)</translation>
    </message>
    <message>
        <source>Proof of Service</source>
        <translation>Constancia de notificación</translation>
    </message>
    <message>
        <source>On %1 (date), I, %2, served a copy of %3 and any attached pages on the Department of Homeland Security (DHS), Office of the Principal Legal Advisor, at the following address:</source>
        <translation>El %1 (fecha), yo, %2, notifiqué una copia de %3 y de todas las páginas adjuntas al Department of Homeland Security (DHS), Office of the Principal Legal Advisor, en la siguiente dirección:</translation>
    </message>
    <message>
        <source>by (tick one):</source>
        <translation>por (marque una opción):</translation>
    </message>
    <message>
        <source>[  ] first-class mail</source>
        <translation>[  ] correo de primera clase</translation>
    </message>
    <message>
        <source>[  ] personal service</source>
        <translation>[  ] entrega personal</translation>
    </message>
    <message>
        <source>[  ] electronic service (ECAS)</source>
        <translation>[  ] notificación electrónica (ECAS)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
</context>
<context>
    <name>HelperRun</name>
    <message>
        <source>The page helper (%1) could not be started.</source>
        <translation>No se pudo iniciar el auxiliar de páginas (%1).</translation>
    </message>
    <message>
        <source>The pages of %1 could not be prepared: %2.</source>
        <translation>No se pudieron preparar las páginas de %1: %2.</translation>
    </message>
</context>
<context>
    <name>HelperSandbox</name>
    <message>
        <source>The sandbox of the extraction helper cannot be applied on this system, so no file will be read: its text and pictures stay pending.</source>
        <translation>El entorno aislado del auxiliar de extracción no se puede aplicar en este sistema, por lo que no se leerá ningún archivo: su texto e imágenes quedan pendientes.</translation>
    </message>
    <message>
        <source>Landlock (Linux 5.13 or later) is not available, so file access is limited by the system-call filter alone</source>
        <translation>Landlock (Linux 5.13 o posterior) no está disponible, por lo que el acceso a archivos solo está limitado por el filtro de llamadas al sistema</translation>
    </message>
    <message>
        <source>user namespaces are switched off, so the helper shares this computer&apos;s network and process namespaces (the system-call filter still refuses network connections)</source>
        <translation>los espacios de nombres de usuario están desactivados, por lo que el auxiliar comparte los espacios de nombres de red y de procesos de este equipo (el filtro de llamadas al sistema sigue rechazando las conexiones de red)</translation>
    </message>
    <message>
        <source>The extraction helper&apos;s sandbox is incomplete here: %1.</source>
        <translation>El entorno aislado del auxiliar de extracción está incompleto en este equipo: %1.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 no existe.</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder.</source>
        <translation>%1 no es un archivo ni una carpeta.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
</context>
<context>
    <name>InterviewFields</name>
    <message>
        <source>Witness code</source>
        <translation>Código de testigo</translation>
    </message>
    <message>
        <source>e.g. W-014</source>
        <translation>p. ej., W-014</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>Fecha de la entrevista</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Interview place</source>
        <translation>Lugar de la entrevista</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Entrevistador</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Intérprete</translation>
    </message>
    <message>
        <source>if there was one</source>
        <translation>si lo hubo</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Tribunal</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Incidencia</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Fecha del consentimiento</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>The value for %1 contains a NUL character.</source>
        <translation>El valor de %1 contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>The value for %1 is too long (at most %2 characters).</source>
        <translation>El valor de %1 es demasiado largo (máximo %2 caracteres).</translation>
    </message>
    <message>
        <source>An item must have a kind.</source>
        <translation>Un elemento debe tener un tipo.</translation>
    </message>
    <message>
        <source>The value for %1 must be a single line.</source>
        <translation>El valor de %1 debe ocupar una sola línea.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>«%1» no es un tipo de elemento; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; use a code such as en, zh, ug or ar-SY.</source>
        <translation>«%1» no es un código de idioma; use un código como en, zh, ug o ar-SY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it should start with https:// or similar).</source>
        <translation>«%1» no es una dirección web (debe empezar por https:// o similar).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consent scope; use any of: %2.</source>
        <translation>«%1» no es un alcance de consentimiento; use cualquiera de estos: %2.</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>Testimonio</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Escaneo</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item number (%2 takes the number of another item).</source>
        <translation>«%1» no es un número de elemento (%2 requiere el número de otro elemento).</translation>
    </message>
</context>
<context>
    <name>ItemRepository</name>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>«%1» no es un tipo de elemento; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>There is no item %1 in this library.</source>
        <translation>No existe el elemento %1 en esta biblioteca.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; the fields are: %2.</source>
        <translation>«%1» no es un campo; los campos son: %2.</translation>
    </message>
    <message>
        <source>%1 applies only to testimony items; set kind=testimony first.</source>
        <translation>%1 solo se aplica a elementos de tipo testimonio; establezca primero kind=testimony.</translation>
    </message>
    <message>
        <source>Item %1 cannot be the translation of itself.</source>
        <translation>El elemento %1 no puede ser la traducción de sí mismo.</translation>
    </message>
    <message>
        <source>%1 applies only to testimony, video and audio items.</source>
        <translation>%1 solo se aplica a testimonios, vídeos y audios.</translation>
    </message>
    <message>
        <source>Item %1 can no longer be restored: it was erased.</source>
        <translation>El elemento %1 ya no se puede restaurar: se borró definitivamente.</translation>
    </message>
</context>
<context>
    <name>ItemSelection</name>
    <message>
        <source>There is no tag %1.</source>
        <translation>No hay ninguna etiqueta %1.</translation>
    </message>
    <message>
        <source>No item matches %1.</source>
        <translation>Ningún elemento corresponde a %1.</translation>
    </message>
    <message>
        <source>the query %1</source>
        <translation>la búsqueda %1</translation>
    </message>
    <message>
        <source>the tag %1</source>
        <translation>la etiqueta %1</translation>
    </message>
    <message>
        <source>the dossier %1</source>
        <translation>el expediente %1</translation>
    </message>
    <message>
        <source>the items %1</source>
        <translation>los elementos %1</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The key-slot file of this library is damaged or was modified.</source>
        <translation>El archivo de ranuras de clave de esta biblioteca está dañado o se modificó.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).</source>
        <translation>No hay memoria suficiente para derivar la clave a partir de la frase de contraseña (Argon2id necesita %1 MiB).</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library (it has no key-slot file).</source>
        <translation>Esta carpeta no es una biblioteca de Amanat (no tiene archivo de ranuras de clave).</translation>
    </message>
    <message>
        <source>The key-slot file cannot be read: %1</source>
        <translation>No se puede leer el archivo de ranuras de clave: %1</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library (its key-slot file is not recognised).</source>
        <translation>Esta carpeta no es una biblioteca de Amanat (no se reconoce su archivo de ranuras de clave).</translation>
    </message>
    <message>
        <source>This library was made by a newer version of Amanat (key-slot format %1).</source>
        <translation>Esta biblioteca se creó con una versión más reciente de Amanat (formato de ranuras de clave %1).</translation>
    </message>
    <message>
        <source>This library has no slot for that kind of key.</source>
        <translation>Esta biblioteca no tiene ninguna ranura para ese tipo de clave.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>La frase de contraseña es incorrecta.</translation>
    </message>
    <message>
        <source>The recovery key is wrong.</source>
        <translation>La clave de recuperación es incorrecta.</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Árabe</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>Uigur</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chino</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Ruso</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Kazajo</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>Kirguís</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>Uzbeko</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>Persa</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>Pastún</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>Urdu</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>Tibetano</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>Mongol</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>Kurdo</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Hebreo</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>Ucraniano</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>Birmano</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>Tigriña</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>Amárico</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>Somalí</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>Chino (simplificado)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>Chino (tradicional)</translation>
    </message>
</context>
<context>
    <name>LeakCheck</name>
    <message>
        <source>%1 cannot be read back for the leak check.</source>
        <translation>No se puede volver a leer %1 para la comprobación de fugas.</translation>
    </message>
    <message>
        <source>the bundle folder&apos;s name</source>
        <translation>el nombre de la carpeta del legajo</translation>
    </message>
    <message>
        <source>the file&apos;s name</source>
        <translation>el nombre del archivo</translation>
    </message>
    <message numerus="yes">
        <source>Checking the bytes of %n file(s)…</source>
        <translation>
            <numerusform>Comprobando los bytes de %n archivo…</numerusform>
            <numerusform>Comprobando los bytes de %n archivos…</numerusform>
        </translation>
    </message>
    <message>
        <source>the file&apos;s bytes</source>
        <translation>los bytes del archivo</translation>
    </message>
    <message>
        <source>the file&apos;s text</source>
        <translation>el texto del archivo</translation>
    </message>
    <message>
        <source>Reading every object of %1…</source>
        <translation>Leyendo todos los objetos de %1…</translation>
    </message>
    <message>
        <source>%1 (PDF object %2)</source>
        <translation>%1 (objeto PDF %2)</translation>
    </message>
    <message numerus="yes">
        <source>Reading back %n page(s) as a recipient would…</source>
        <translation>
            <numerusform>Volviendo a leer %n página como lo haría un destinatario…</numerusform>
            <numerusform>Volviendo a leer %n páginas como lo haría un destinatario…</numerusform>
        </translation>
    </message>
    <message>
        <source>The leak check of %1 did not run.</source>
        <translation>No se ejecutó la comprobación de fugas de %1.</translation>
    </message>
    <message>
        <source>The leak check did not read every page of %1.</source>
        <translation>La comprobación de fugas no leyó todas las páginas de %1.</translation>
    </message>
    <message>
        <source>the page image (OCR)</source>
        <translation>la imagen de la página (OCR)</translation>
    </message>
    <message>
        <source>the text layer</source>
        <translation>la capa de texto</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The library database is not encrypted; refusing to use it.</source>
        <translation>La base de datos de la biblioteca no está cifrada; Amanat se niega a usarla.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters, better a sentence of several words.</source>
        <translation>La frase de contraseña es demasiado corta: use al menos %1 caracteres; mejor aún, una frase de varias palabras.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; choose a new folder.</source>
        <translation>%1 ya existe y no está vacío; elija una carpeta nueva.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>No hay ninguna biblioteca en %1.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 ya existe; elija otro nombre para la copia de seguridad.</translation>
    </message>
    <message>
        <source>The library has no signing key yet; open it for writing to create one.</source>
        <translation>La biblioteca aún no tiene clave de firma; ábrala en modo de escritura para crear una.</translation>
    </message>
    <message>
        <source>The library lost committed work: its custody log ends at event %1, but event %2 (%3 at %4) had been committed. The database was probably rolled back by a crash and a damaged write-ahead log. Copy out what you need and restore a backup; the library opens for reading only.</source>
        <translation>La biblioteca perdió trabajo confirmado: su registro de la cadena de custodia termina en el evento %1, pero el evento %2 (%3, el %4) se había confirmado. Probablemente, un fallo y un registro de escritura anticipada (WAL) dañado revirtieron la base de datos. Copie lo que necesite y restaure una copia de seguridad; la biblioteca se abre solo en modo de lectura.</translation>
    </message>
    <message>
        <source>The library&apos;s database file %1 was removed or replaced while it was open; what was saved since then is lost. Nothing more will be written.</source>
        <translation>El archivo de base de datos %1 de la biblioteca se eliminó o se reemplazó mientras estaba abierto; lo que se guardó desde entonces se ha perdido. No se escribirá nada más.</translation>
    </message>
    <message>
        <source>the custody log has no import event for its original</source>
        <translation>el registro de la cadena de custodia no tiene ningún evento de importación para su original</translation>
    </message>
    <message>
        <source>its bytes no longer match the SHA-256 its import event recorded</source>
        <translation>sus bytes ya no coinciden con el SHA-256 registrado en su evento de importación</translation>
    </message>
    <message>
        <source>its recorded SHA-256 was changed after import</source>
        <translation>su SHA-256 registrado se modificó después de la importación</translation>
    </message>
    <message>
        <source>The library was locked before this change could be saved.</source>
        <translation>La biblioteca se bloqueó antes de que este cambio pudiera guardarse.</translation>
    </message>
    <message>
        <source>Verification was stopped.</source>
        <translation>La verificación se detuvo.</translation>
    </message>
    <message>
        <source>The library has no exchange key yet; open it for writing to create one.</source>
        <translation>La biblioteca aún no tiene clave de intercambio; ábrala en modo de escritura para crear una.</translation>
    </message>
</context>
<context>
    <name>LibraryLock</name>
    <message>
        <source>The library&apos;s lock file</source>
        <translation>El archivo de bloqueo de la biblioteca</translation>
    </message>
    <message>
        <source>The library is in use by another process; close it there first.</source>
        <translation>Otro proceso está usando la biblioteca; ciérrela primero en ese proceso.</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>not a valid manifest: %1</source>
        <translation>no es un manifiesto válido: %1</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>la ruta está vacía</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>la ruta es absoluta</translation>
    </message>
    <message>
        <source>the path contains a backslash</source>
        <translation>la ruta contiene una barra invertida</translation>
    </message>
    <message>
        <source>the path contains a control character</source>
        <translation>la ruta contiene un carácter de control</translation>
    </message>
    <message>
        <source>the path has an empty, &quot;.&quot; or &quot;..&quot; part</source>
        <translation>la ruta tiene una parte vacía, &quot;.&quot; o &quot;..&quot;</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>JSON error at byte %1 (%2)</source>
        <translation>Error de JSON en el byte %1 (%2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>&quot;format&quot; no es &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The manifest has version %1; this program reads version %2.</source>
        <translation>El manifiesto tiene la versión %1; este programa lee la versión %2.</translation>
    </message>
    <message>
        <source>the signing key is not an Ed25519 key</source>
        <translation>la clave de firma no es una clave Ed25519</translation>
    </message>
    <message>
        <source>the public key is not 32 bytes of base64</source>
        <translation>la clave pública no son 32 bytes en base64</translation>
    </message>
    <message>
        <source>&quot;files&quot; is missing</source>
        <translation>falta &quot;files&quot;</translation>
    </message>
    <message>
        <source>a file entry lacks a path, a size or a SHA-256</source>
        <translation>a una entrada de archivo le falta la ruta, el tamaño o el SHA-256</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a bundle folder may hold only regular files.</source>
        <translation>%1 es un enlace simbólico; una carpeta de legajo solo puede contener archivos normales.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 no es un archivo normal.</translation>
    </message>
    <message>
        <source>%1 cannot be listed in a manifest: %2</source>
        <translation>%1 no puede figurar en un manifiesto: %2</translation>
    </message>
    <message>
        <source>The native file of exhibit %1: %2</source>
        <translation>El archivo nativo del anexo %1: %2</translation>
    </message>
    <message>
        <source>The native file %1 of exhibit %2 is not in the folder.</source>
        <translation>El archivo nativo %1 del anexo %2 no está en la carpeta.</translation>
    </message>
</context>
<context>
    <name>OriginalExporter</name>
    <message>
        <source>Item %1 has no original file.</source>
        <translation>El elemento %1 no tiene archivo original.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 ya existe; elija otro nombre o permita sobrescribirlo.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>The stored original of item %1 cannot be read: %2</source>
        <translation>No se puede leer el original almacenado del elemento %1: %2</translation>
    </message>
    <message>
        <source>The stored original of item %1 no longer matches its SHA-256; nothing was written. Run verify.</source>
        <translation>El original almacenado del elemento %1 ya no coincide con su SHA-256; no se escribió nada. Ejecute verify.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; choose a plain file name.</source>
        <translation>%1 es un enlace simbólico; elija un nombre de archivo normal.</translation>
    </message>
</context>
<context>
    <name>PackageReceiver</name>
    <message>
        <source>WARNING: this package says it comes from “%1”, but it is signed with other keys than that library used before.
Pinned fingerprint: %2
This package:      %3
Anyone can claim a name. Unless the sender told you they have new keys, do not trust this package. If they did, confirm the new fingerprint with them by phone or in person, then receive it again expecting that sender (amanat-cli receive --expect-sender).</source>
        <translation>ADVERTENCIA: este paquete dice venir de «%1», pero está firmado con claves distintas de las que esa biblioteca usaba antes.
Huella memorizada: %2
Este paquete:      %3
Cualquiera puede atribuirse un nombre. Salvo que el remitente le haya dicho que tiene claves nuevas, no confíe en este paquete. Si se lo dijo, confirme con él la nueva huella por teléfono o en persona y vuelva a recibirlo indicando ese remitente (amanat-cli receive --expect-sender).</translation>
    </message>
    <message>
        <source>The original of the package&apos;s item %1 does not match its SHA-256. Nothing was received.</source>
        <translation>El original del elemento %1 del paquete no coincide con su SHA-256. No se recibió nada.</translation>
    </message>
    <message>
        <source>The expected sender&apos;s fingerprint must be 64 hexadecimal digits, as amanat-cli exchange-key prints it.</source>
        <translation>La huella del remitente esperado debe tener 64 dígitos hexadecimales, como la muestra amanat-cli exchange-key.</translation>
    </message>
    <message>
        <source>The package is signed by “%1” with the fingerprint
%2
not by the expected sender. Nothing was received.</source>
        <translation>El paquete está firmado por «%1» con la huella
%2
y no por el remitente esperado. No se recibió nada.</translation>
    </message>
    <message>
        <source>This package was shared by this library itself.</source>
        <translation>Este paquete lo compartió esta misma biblioteca.</translation>
    </message>
    <message>
        <source>The package&apos;s list of items is too large.</source>
        <translation>La lista de elementos del paquete es demasiado grande.</translation>
    </message>
    <message>
        <source>The package&apos;s list of items is malformed.</source>
        <translation>La lista de elementos del paquete está mal formada.</translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation>Se canceló la recepción.</translation>
    </message>
    <message>
        <source>The package&apos;s item %1 cannot be received: %2</source>
        <translation>El elemento %1 del paquete no se puede recibir: %2</translation>
    </message>
    <message>
        <source>The package changed while it was being received. Nothing was received.</source>
        <translation>El paquete cambió mientras se recibía. No se recibió nada.</translation>
    </message>
</context>
<context>
    <name>PackageSharer</name>
    <message>
        <source>%1 already exists; choose a new name for the package.</source>
        <translation>%1 ya existe; elija un nombre nuevo para el paquete.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>Name at least one library to share with (its exchange key).</source>
        <translation>Indique al menos una biblioteca con la que compartir (su clave de intercambio).</translation>
    </message>
    <message>
        <source>The witnesses of testimony item(s) %1 have not recorded consent to any use of their testimony, so they are not shared. Record their consent, or override it if you have another lawful basis (amanat-cli share --override-consent); the override is logged.</source>
        <translation>Los testigos de los testimonios %1 no han registrado consentimiento para ningún uso de su testimonio, así que no se comparten. Registre su consentimiento, o prescinda de él si tiene otra base jurídica (amanat-cli share --override-consent); esa decisión queda registrada.</translation>
    </message>
    <message>
        <source>Sharing was cancelled.</source>
        <translation>Se canceló el uso compartido.</translation>
    </message>
    <message>
        <source>The original of item %1 does not match its recorded SHA-256; run a verification of the library. Nothing was shared.</source>
        <translation>El original del elemento %1 no coincide con su SHA-256 registrado; verifique la biblioteca. No se compartió nada.</translation>
    </message>
    <message>
        <source>The package could not be moved to %1.</source>
        <translation>No se pudo mover el paquete a %1.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
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
        <translation>Aceptable</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Fuerte</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>Muy fuerte</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; it is guessed at once.</source>
        <translation>Es una de las contraseñas más comunes; se adivina de inmediato.</translation>
    </message>
    <message>
        <source>Repeated or sequential characters add little. Add a few unrelated words instead.</source>
        <translation>Los caracteres repetidos o consecutivos aportan poco. Añada en su lugar algunas palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>Longer is stronger: a sentence of five or more words that only you would think of is easy to remember and hard to guess.</source>
        <translation>Cuanto más larga, más segura: una frase de cinco o más palabras que solo a usted se le ocurriría es fácil de recordar y difícil de adivinar.</translation>
    </message>
    <message>
        <source>Add another unrelated word.</source>
        <translation>Añada otra palabra sin relación con las demás.</translation>
    </message>
</context>
<context>
    <name>PdfAssembler</name>
    <message>
        <source>%1 is an encrypted PDF; courts do not accept encrypted documents. Import an unlocked copy.</source>
        <translation>%1 es un PDF cifrado; los tribunales no aceptan documentos cifrados. Importe una copia desbloqueada.</translation>
    </message>
    <message>
        <source>%1 could not be read as a PDF (%2).</source>
        <translation>No se pudo leer %1 como PDF (%2).</translation>
    </message>
    <message>
        <source>The generated pages could not be read (%1).</source>
        <translation>No se pudieron leer las páginas generadas (%1).</translation>
    </message>
    <message>
        <source>The page stamps could not be read (%1).</source>
        <translation>No se pudieron leer los sellos de página (%1).</translation>
    </message>
    <message>
        <source>The bundle PDF could not be written (%1).</source>
        <translation>No se pudo escribir el PDF del legajo (%1).</translation>
    </message>
    <message>
        <source>The transport copy could not be written (%1).</source>
        <translation>No se pudo escribir la copia de transporte (%1).</translation>
    </message>
    <message>
        <source>An image of an original could not be replaced (%1).</source>
        <translation>No se pudo reemplazar una imagen de un original (%1).</translation>
    </message>
</context>
<context>
    <name>PdfObjectScanner</name>
    <message>
        <source>document information</source>
        <translation>información del documento</translation>
    </message>
    <message>
        <source>bookmarks</source>
        <translation>marcadores</translation>
    </message>
    <message>
        <source>page labels</source>
        <translation>etiquetas de página</translation>
    </message>
    <message>
        <source>links and annotations</source>
        <translation>enlaces y anotaciones</translation>
    </message>
    <message>
        <source>XMP metadata</source>
        <translation>metadatos XMP</translation>
    </message>
    <message>
        <source>named destinations</source>
        <translation>destinos con nombre</translation>
    </message>
    <message>
        <source>stream data</source>
        <translation>datos de flujo</translation>
    </message>
    <message>
        <source>page content</source>
        <translation>contenido de la página</translation>
    </message>
    <message>
        <source>document trailer</source>
        <translation>tráiler del documento</translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>%1 cannot be read back as a PDF for the leak check.</source>
        <translation>No se puede volver a leer %1 como PDF para la comprobación de fugas.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message numerus="yes">
        <source>A name or contact can have at most %n character(s).</source>
        <translation>
            <numerusform>Un nombre o contacto puede tener como máximo %n carácter.</numerusform>
            <numerusform>Un nombre o contacto puede tener como máximo %n caracteres.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected person needs a code of 1 to %n character(s), such as W-014; it is what lists and bundles show instead of the name.</source>
        <translation>
            <numerusform>Una persona protegida necesita un código de 1 a %n carácter, como W-014; es lo que muestran las listas y los legajos en lugar del nombre.</numerusform>
            <numerusform>Una persona protegida necesita un código de 1 a %n caracteres, como W-014; es lo que muestran las listas y los legajos en lugar del nombre.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no protected person %1.</source>
        <translation>No existe la persona protegida %1.</translation>
    </message>
    <message>
        <source>There is no protected person &quot;%1&quot; (give the number or the code that amanat-cli person list shows).</source>
        <translation>No existe la persona protegida «%1» (indique el número o el código que muestra amanat-cli person list).</translation>
    </message>
    <message>
        <source>Give at least one name or contact for the protected person.</source>
        <translation>Indique al menos un nombre o contacto de la persona protegida.</translation>
    </message>
    <message>
        <source>A protected person with the code %1 exists already.</source>
        <translation>Ya existe una persona protegida con el código %1.</translation>
    </message>
    <message>
        <source>Protected person %1 has no such value to remove.</source>
        <translation>La persona protegida %1 no tiene ese valor para quitar.</translation>
    </message>
    <message>
        <source>Say why %1 is not redacted in this dossier (for example: the appellant&apos;s own appeal); the reason is logged and printed on the bundle.</source>
        <translation>Indique por qué %1 no se oculta en este expediente (por ejemplo: el propio recurso del apelante); el motivo queda registrado y se imprime en el legajo.</translation>
    </message>
</context>
<context>
    <name>ProgressReporter</name>
    <message>
        <source>Imported %1 of %2 files; extracted %3 of %4</source>
        <translation>Importados %1 de %2 archivos; extraídos %3 de %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported.</source>
        <translation>
            <numerusform>%n archivo importado, %1 duplicado(s), %2 no se pudieron importar.</numerusform>
            <numerusform>%n archivos importados, %1 duplicado(s), %2 no se pudieron importar.</numerusform>
        </translation>
    </message>
    <message>
        <source>  not imported: %1: %2</source>
        <translation>  no importado: %1: %2</translation>
    </message>
    <message>
        <source>  item %1 (%2): extraction incomplete: %3</source>
        <translation>  elemento %1 (%2): extracción incompleta: %3</translation>
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
        <translation>No se pudo crear el código QR.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>That is not a recovery key: it should be %1 groups of four letters and digits.</source>
        <translation>Eso no es una clave de recuperación: debe tener %1 grupos de cuatro letras y dígitos.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Amanat recovery key</source>
        <translation>Clave de recuperación de Amanat</translation>
    </message>
    <message>
        <source>Library: %1
Created: %2</source>
        <translation>Biblioteca: %1
Creada: %2</translation>
    </message>
    <message>
        <source>This key opens the library if the passphrase is forgotten. Anyone who has it and the library folder can read everything in the library.

Keep this sheet somewhere safe and away from the computer — never in the library folder or on the same disk. Destroy other copies.</source>
        <translation>Esta clave abre la biblioteca si se olvida la frase de contraseña. Cualquier persona que la tenga junto con la carpeta de la biblioteca puede leer todo su contenido.

Guarde esta hoja en un lugar seguro y lejos del equipo, nunca en la carpeta de la biblioteca ni en el mismo disco. Destruya las demás copias.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
</context>
<context>
    <name>RedactionPreview</name>
    <message>
        <source>Item %1 has no pages to preview (it is not a PDF or an image).</source>
        <translation>El elemento %1 no tiene páginas que previsualizar (no es un PDF ni una imagen).</translation>
    </message>
    <message>
        <source>Pages are numbered from 1.</source>
        <translation>Las páginas se numeran a partir de 1.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elemento %1</translation>
    </message>
    <message>
        <source>The original of item %1 could not be read in full.</source>
        <translation>No se pudo leer por completo el original del elemento %1.</translation>
    </message>
    <message>
        <source>%1 has no page %2.</source>
        <translation>%1 no tiene página %2.</translation>
    </message>
</context>
<context>
    <name>RedactionRepository</name>
    <message>
        <source>A redaction area is PAGE,X,Y,W,H with X, Y, W and H as fractions of the page (e.g. 1,0.1,0.2,0.5,0.05).</source>
        <translation>Una zona de ocultación tiene la forma PAGE,X,Y,W,H, con X, Y, W y H como fracciones de la página (p. ej., 1,0.1,0.2,0.5,0.05).</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>No existe el elemento %1.</translation>
    </message>
    <message>
        <source>A text redaction needs the text to remove (at most 1,000 characters).</source>
        <translation>Una ocultación de texto necesita el texto que se va a eliminar (máximo 1000 caracteres).</translation>
    </message>
    <message>
        <source>A redaction area must lie within the page.</source>
        <translation>Una zona de ocultación debe estar dentro de la página.</translation>
    </message>
    <message>
        <source>There is no redaction %1.</source>
        <translation>No existe la ocultación %1.</translation>
    </message>
    <message>
        <source>A kept area must lie within the page.</source>
        <translation>Una zona conservada debe estar dentro de la página.</translation>
    </message>
</context>
<context>
    <name>RedactionReview</name>
    <message>
        <source>text redaction</source>
        <translation>ocultación de texto</translation>
    </message>
    <message>
        <source>photo or scan page</source>
        <translation>página de foto o escaneo</translation>
    </message>
    <message>
        <source>scan page</source>
        <translation>página escaneada</translation>
    </message>
    <message>
        <source>area marked by hand</source>
        <translation>zona marcada a mano</translation>
    </message>
    <message>
        <source>protected name or redacted text in the page&apos;s text</source>
        <translation>nombre protegido o texto ocultado en el texto de la página</translation>
    </message>
    <message>
        <source>Item %1 is not an exhibit of this dossier.</source>
        <translation>El elemento %1 no es un anexo de este expediente.</translation>
    </message>
    <message>
        <source>Item %1 has no page %2 in this dossier.</source>
        <translation>El elemento %1 no tiene página %2 en este expediente.</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>A saved search needs a name of one line (at most 200 characters).</source>
        <translation>Una búsqueda guardada necesita un nombre de una sola línea (máximo 200 caracteres).</translation>
    </message>
    <message>
        <source>A saved search named &quot;%1&quot; already exists.</source>
        <translation>Ya existe una búsqueda guardada llamada «%1».</translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;.</source>
        <translation>No existe ninguna búsqueda guardada llamada «%1».</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This library was made by a newer version of Amanat (schema %1; this version reads up to %2). Update Amanat to open it.</source>
        <translation>Esta biblioteca se creó con una versión más reciente de Amanat (esquema %1; esta versión lee hasta el esquema %2). Actualice Amanat para abrirla.</translation>
    </message>
</context>
<context>
    <name>SealedPackage</name>
    <message>
        <source>The package ends too early.</source>
        <translation>El paquete termina demasiado pronto.</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete, or was changed after it was signed. Nothing was received.</source>
        <translation>El paquete está dañado, incompleto o se modificó después de firmarse. No se recibió nada.</translation>
    </message>
    <message>
        <source>A package needs at least one recipient.</source>
        <translation>Un paquete necesita al menos un destinatario.</translation>
    </message>
    <message>
        <source>%1 is not an Amanat exchange package.</source>
        <translation>%1 no es un paquete de intercambio de Amanat.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Amanat. Update Amanat to receive it.</source>
        <translation>El paquete lo creó una versión más reciente de Amanat. Actualice Amanat para recibirlo.</translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation>Se canceló la recepción.</translation>
    </message>
    <message>
        <source>This package was sealed for other libraries, not for this one. Ask the sender to share it again with this library&apos;s exchange key.</source>
        <translation>Este paquete se selló para otras bibliotecas, no para esta. Pida al remitente que lo comparta de nuevo con la clave de intercambio de esta biblioteca.</translation>
    </message>
</context>
<context>
    <name>SealedPackageReader</name>
    <message>
        <source>This package was sealed for other libraries, not for this one. Ask the sender to share it again with this library&apos;s exchange key.</source>
        <translation>Este paquete se selló para otras bibliotecas, no para esta. Pida al remitente que lo comparta de nuevo con la clave de intercambio de esta biblioteca.</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>The query could not be run; check its quotes and operators.</source>
        <translation>No se pudo ejecutar la consulta; revise sus comillas y operadores.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The query has an opening quote (&quot;) without a closing one.</source>
        <translation>La consulta tiene unas comillas de apertura (&quot;) sin cerrar.</translation>
    </message>
    <message>
        <source>A quote (&quot;) must start a phrase or a filter value, as in &quot;exact words&quot; or tag:&quot;Police files&quot;.</source>
        <translation>Las comillas (&quot;) deben iniciar una frase o el valor de un filtro, como en &quot;palabras exactas&quot; o tag:&quot;Archivos policiales&quot;.</translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side.</source>
        <translation>OR necesita una palabra o frase a cada lado.</translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side, not a filter.</source>
        <translation>OR necesita una palabra o frase a cada lado, no un filtro.</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; is not a filter; the filters are %2.</source>
        <translation>&quot;%1:&quot; no es un filtro; los filtros son %2.</translation>
    </message>
    <message>
        <source>The filter %1: needs a value.</source>
        <translation>El filtro %1: necesita un valor.</translation>
    </message>
    <message>
        <source>A filter cannot be excluded with &quot;-&quot;; remove the minus before %1:.</source>
        <translation>Un filtro no se puede excluir con &quot;-&quot;; quite el signo menos delante de %1:.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind; use one of: %2.</source>
        <translation>«%1» no es un tipo; use uno de estos: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A &quot;*&quot; must follow the beginning of a word, as in detain*.</source>
        <translation>Un &quot;*&quot; debe ir después del comienzo de una palabra, como en detenc*.</translation>
    </message>
    <message>
        <source>A &quot;-&quot; must come right before the word to exclude, as in -rumour.</source>
        <translation>Un &quot;-&quot; debe ir justo delante de la palabra que se excluye, como en -rumor.</translation>
    </message>
    <message>
        <source>OR cannot be followed by an excluded word.</source>
        <translation>OR no puede ir seguido de una palabra excluida.</translation>
    </message>
    <message>
        <source>The query has nothing to search for: type a word, a phrase in quotes or a filter such as tag:Detention.</source>
        <translation>La consulta no contiene nada que buscar: escriba una palabra, una frase entre comillas o un filtro como tag:Detención.</translation>
    </message>
    <message>
        <source>The query is too long (%1 words); search for at most %2 words at a time.</source>
        <translation>La consulta es demasiado larga (%1 palabras); busque como máximo %2 palabras a la vez.</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The passphrase is too long.</source>
        <translation>La frase de contraseña es demasiado larga.</translation>
    </message>
    <message>
        <source>No passphrase given: set AMANAT_PASSPHRASE, type it at the prompt, or pass it on standard input.</source>
        <translation>No se indicó ninguna frase de contraseña: defina AMANAT_PASSPHRASE, escríbala cuando se le pida o pásela por la entrada estándar.</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>Repítala: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>Las dos frases de contraseña no coinciden; no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>SharedItem</name>
    <message>
        <source>The package&apos;s item %1 is malformed: %2.</source>
        <translation>El elemento %1 del paquete está mal formado: %2.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The library&apos;s signing key is damaged; bundles cannot be signed.</source>
        <translation>La clave de firma de la biblioteca está dañada; no se pueden firmar legajos.</translation>
    </message>
</context>
<context>
    <name>SigningKeyStore</name>
    <message>
        <source>The library has no signing key yet.</source>
        <translation>La biblioteca aún no tiene clave de firma.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>the file %1 does not exist.</source>
        <translation>el archivo %1 no existe.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 no es un archivo.</translation>
    </message>
    <message>
        <source>the file %1 cannot be read.</source>
        <translation>no se puede leer el archivo %1.</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot;: %2</source>
        <translation>la etiqueta «%1»: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a row without a file needs a kind (%1).</source>
        <translation>una fila sin archivo necesita un tipo (%1).</translation>
    </message>
    <message>
        <source>a row without a file needs a title.</source>
        <translation>una fila sin archivo necesita un título.</translation>
    </message>
    <message>
        <source>%1 does not apply to an item of kind %2; give the row a kind column, such as testimony.</source>
        <translation>%1 no se aplica a un elemento de tipo %2; añada a la fila una columna kind, por ejemplo testimony.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a column Amanat knows. The columns are: %3.</source>
        <translation>Línea %1: «%2» no es una columna que Amanat conozca. Las columnas son: %3.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice.</source>
        <translation>Línea %1: la columna «%2» aparece dos veces.</translation>
    </message>
    <message>
        <source>Line %1: the header names neither a file nor a title column, so it is not a header.</source>
        <translation>Línea %1: el encabezado no nombra ni una columna file ni una columna title, así que no es un encabezado.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a spreadsheet of items.</source>
        <translation>%1 es demasiado grande para una hoja de cálculo de elementos.</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 no contiene ninguna fila.</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation>%1 tiene encabezado pero ninguna fila para importar.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Se canceló la importación.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the spreadsheet has %n problem(s) to correct.</source>
        <translation>
            <numerusform>No se importó nada: la hoja de cálculo tiene %n problema que corregir.</numerusform>
            <numerusform>No se importó nada: la hoja de cálculo tiene %n problemas que corregir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…y %n más.</numerusform>
            <numerusform>…y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>it has more values (%1) than the header has columns (%2).</source>
        <translation>tiene más valores (%1) que columnas el encabezado (%2).</translation>
    </message>
    <message>
        <source>column %1 holds a value but has no name in the header.</source>
        <translation>la columna %1 tiene un valor pero no tiene nombre en el encabezado.</translation>
    </message>
</context>
<context>
    <name>TagPalette</name>
    <message>
        <source>Red</source>
        <translation>Rojo</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Naranja</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Amarillo</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Verde azulado</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Azul</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>Violeta</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>Marrón</translation>
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
        <translation>«%1» no es una ruta de etiqueta: hay un nivel vacío (escríbala como Padre/Hijo).</translation>
    </message>
    <message>
        <source>A tag name is too long (at most %1 characters).</source>
        <translation>Un nombre de etiqueta es demasiado largo (máximo %1 caracteres).</translation>
    </message>
    <message>
        <source>A tag name may not contain control characters.</source>
        <translation>Un nombre de etiqueta no puede contener caracteres de control.</translation>
    </message>
    <message>
        <source>The tag path is nested too deeply (at most %1 levels).</source>
        <translation>La ruta de etiqueta tiene demasiados niveles anidados (máximo %1 niveles).</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>No existe la etiqueta «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write it as #RRGGBB.</source>
        <translation>«%1» no es un color; escríbalo como #RRGGBB.</translation>
    </message>
    <message>
        <source>A new tag name cannot contain &quot;/&quot;; use tag-move to move a tag.</source>
        <translation>El nombre de una etiqueta nueva no puede contener &quot;/&quot;; use tag-move para mover una etiqueta.</translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; already exists there; use tag-merge to combine them.</source>
        <translation>Ya existe allí una etiqueta llamada «%1»; use tag-merge para combinarlas.</translation>
    </message>
    <message>
        <source>A tag cannot be moved below itself.</source>
        <translation>Una etiqueta no se puede mover debajo de sí misma.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>Una etiqueta no se puede fusionar consigo misma.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into one of its own sub-tags.</source>
        <translation>Una etiqueta no se puede fusionar con una de sus propias subetiquetas.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has more than two columns (path, colour); quote a path that contains a comma.</source>
        <translation>La línea %1 del archivo CSV tiene más de dos columnas (ruta, color); ponga entre comillas las rutas que contengan una coma.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: %2</source>
        <translation>Línea %1 del archivo CSV: %2</translation>
    </message>
</context>
<context>
    <name>TestimonyEditing</name>
    <message>
        <source>Item %1 is not a testimony.</source>
        <translation>El elemento %1 no es un testimonio.</translation>
    </message>
    <message>
        <source>Item %1 has no transcript: only testimonies, videos and audio recordings do.</source>
        <translation>El elemento %1 no tiene transcripción: solo la tienen los testimonios, los vídeos y las grabaciones de audio.</translation>
    </message>
</context>
<context>
    <name>TimeStamp</name>
    <message>
        <source>The time-stamp request is not over a SHA-256 digest.</source>
        <translation>La solicitud de sello de tiempo no es sobre un resumen SHA-256.</translation>
    </message>
    <message>
        <source>The time-stamp request could not be made: %1</source>
        <translation>No se pudo crear la solicitud de sello de tiempo: %1</translation>
    </message>
    <message>
        <source>This is not a time-stamp request.</source>
        <translation>Esto no es una solicitud de sello de tiempo.</translation>
    </message>
    <message>
        <source>This is not a time-stamp reply (an RFC 3161 .tsr file).</source>
        <translation>Esto no es una respuesta de sello de tiempo (un archivo .tsr RFC 3161).</translation>
    </message>
    <message>
        <source>The time-stamping authority refused the request.</source>
        <translation>La autoridad de sellado de tiempo rechazó la solicitud.</translation>
    </message>
    <message>
        <source>This time-stamp reply answers another request.</source>
        <translation>Esta respuesta de sello de tiempo responde a otra solicitud.</translation>
    </message>
    <message>
        <source>No certificate could be read from the authority&apos;s certificate file.</source>
        <translation>No se pudo leer ningún certificado del archivo de certificado de la autoridad.</translation>
    </message>
    <message>
        <source>The time-stamp reply carries no certificate; give the authority&apos;s certificate to check it.</source>
        <translation>La respuesta de sello de tiempo no lleva certificado; indique el certificado de la autoridad para comprobarla.</translation>
    </message>
    <message>
        <source>The time-stamp reply does not check: %1</source>
        <translation>La respuesta de sello de tiempo no se verifica: %1</translation>
    </message>
</context>
<context>
    <name>TimeStamps</name>
    <message>
        <source>%1 holds no manifest.json; it is not a bundle folder.</source>
        <translation>%1 no contiene manifest.json; no es una carpeta de legajo.</translation>
    </message>
    <message>
        <source>This bundle is time-stamped already (manifest.tsr); a new request would not match that reply.</source>
        <translation>Este legajo ya tiene sello de tiempo (manifest.tsr); una nueva solicitud ya no coincidiría con esa respuesta.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>This time-stamp reply answers none of this library&apos;s requests; nothing was stored.</source>
        <translation>Esta respuesta de sello de tiempo no responde a ninguna solicitud de esta biblioteca; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Part of this change failed, so none of it was saved.</source>
        <translation>Parte de este cambio falló, así que no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>UwaziExporter</name>
    <message>
        <source>The stored original of item %1 no longer matches its SHA-256; run verify.</source>
        <translation>El original almacenado del elemento %1 ya no coincide con su SHA-256; ejecute la verificación.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ya existe; elija otro nombre.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>La exportación se canceló.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>amanat::FileUtil</name>
    <message>
        <source>The disk is full; %1 was not written.</source>
        <translation>%1: no se escribió porque el disco está lleno.</translation>
    </message>
    <message>
        <source>%1 cannot be written: permission denied or the disk is read-only.</source>
        <translation>%1: no se puede escribir (permiso denegado o disco de solo lectura).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>amanat::ReextractJob</name>
    <message>
        <source>Item %1 has no original file.</source>
        <translation>El elemento %1 no tiene archivo original.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::AddToDossierDialog</name>
    <message>
        <source>Add to Dossier</source>
        <translation>Añadir al expediente</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected item(s) as exhibits of:</source>
        <translation>
            <numerusform>Añadir el elemento seleccionado como anexo de:</numerusform>
            <numerusform>Añadir los %n elementos seleccionados como anexos de:</numerusform>
        </translation>
    </message>
    <message>
        <source>This library has no dossier yet. Create one with Dossiers → New Dossier, then add items to it.</source>
        <translation>Esta biblioteca aún no tiene expedientes. Cree uno con Expedientes → Nuevo expediente y luego añádale elementos.</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;Expediente:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>The last section</source>
        <translation>La última sección</translation>
    </message>
</context>
<context>
    <name>amanat::ui::BundleExportDialog</name>
    <message>
        <source>Export Court Bundle</source>
        <translation>Exportar legajo judicial</translation>
    </message>
    <message>
        <source>UK tribunal (A4)</source>
        <translation>Tribunal del Reino Unido (A4)</translation>
    </message>
    <message>
        <source>US court (Letter)</source>
        <translation>Tribunal de EE. UU. (Letter)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The bundle is split into numbered parts at exhibit boundaries above this size (25 MB for US immigration e-filing, 50 MB for the UK Upper Tribunal).</source>
        <translation>El legajo se divide en partes numeradas, entre anexos, cuando supera este tamaño (25 MB para la presentación electrónica en inmigración de EE. UU., 50 MB para el Upper Tribunal del Reino Unido).</translation>
    </message>
    <message>
        <source>File testimonies without recorded court consent (written to the custody log)</source>
        <translation>Presentar testimonios sin consentimiento registrado para uso judicial (se anota en el registro de la cadena de custodia)</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Legajo</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Perfil:</translation>
    </message>
    <message>
        <source>Bates p&amp;refix:</source>
        <translation>P&amp;refijo Bates:</translation>
    </message>
    <message>
        <source>&amp;First number:</source>
        <translation>Pri&amp;mer número:</translation>
    </message>
    <message>
        <source>&amp;Split above:</source>
        <translation>&amp;Dividir a partir de:</translation>
    </message>
    <message>
        <source>Encrypted transport copy (optional)</source>
        <translation>Copia de transporte cifrada (opcional)</translation>
    </message>
    <message>
        <source>Also writes bundle-transport.pdf, encrypted with AES-256, for sending. The filing copy is never encrypted.</source>
        <translation>Escribe además bundle-transport.pdf, cifrado con AES-256, para su envío. La copia para presentar nunca se cifra.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Con&amp;firmar:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>A new folder made for the bundle. Avoid names of people: folder names travel with the bundle.</source>
        <translation>Una carpeta nueva creada para el legajo. Evite nombres de personas: los nombres de carpeta viajan con el legajo.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>En la &amp;carpeta:</translation>
    </message>
    <message>
        <source>&amp;New folder name:</source>
        <translation>&amp;Nombre de la carpeta nueva:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>Folder for the Bundle</source>
        <translation>Carpeta para el legajo</translation>
    </message>
    <message>
        <source>Choose the folder to put the bundle in.</source>
        <translation>Elija la carpeta en la que se guardará el legajo.</translation>
    </message>
    <message>
        <source>Give the new folder a name without slashes.</source>
        <translation>Dé a la carpeta nueva un nombre sin barras.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another folder name.</source>
        <translation>%1 ya existe: elija otro nombre de carpeta.</translation>
    </message>
    <message>
        <source>The two transport passwords differ. Type them again.</source>
        <translation>Las dos contraseñas de transporte no coinciden. Escríbalas de nuevo.</translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation>Preparando el legajo…</translation>
    </message>
    <message>
        <source>The bundle was not written. %1</source>
        <translation>No se escribió el legajo. %1</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written: %n page(s), %1 to %2.</source>
        <translation>
            <numerusform>Legajo escrito: %n página, %1 a %2.</numerusform>
            <numerusform>Legajo escrito: %n páginas, %1 a %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>Carpeta: %1</translation>
    </message>
    <message>
        <source>Filing copy: %1</source>
        <translation>Copia para presentar: %1</translation>
    </message>
    <message>
        <source>Transport copy: %1</source>
        <translation>Copia de transporte: %1</translation>
    </message>
    <message>
        <source>Native files: %1</source>
        <translation>Archivos nativos: %1</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Páginas: %1</translation>
    </message>
    <message>
        <source>Bates range: %1 – %2</source>
        <translation>Intervalo Bates: %1 – %2</translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation>SHA-256 del manifiesto: %1</translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation>Huella de la clave de firma: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Advertencia: %1</translation>
    </message>
    <message>
        <source>Export pages nobody reviewed (written to the custody log and printed on the exhibit sheets)</source>
        <translation>Exportar páginas que nadie ha revisado (se anota en el registro de la cadena de custodia y se imprime en las hojas de anexo)</translation>
    </message>
    <message>
        <source>Without it, the export stops while pages of scans, photos or pages naming protected people await a person&apos;s look in the redaction review.</source>
        <translation>Sin esta opción, la exportación se detiene mientras haya páginas de escaneos, fotos o páginas que nombren a personas protegidas pendientes de que una persona las examine en la revisión de ocultaciones.</translation>
    </message>
    <message>
        <source>&amp;Review Redactions…</source>
        <translation>Revisar &amp;ocultaciones…</translation>
    </message>
    <message>
        <source>Every page has been reviewed. Export again.</source>
        <translation>Se han revisado todas las páginas. Vuelva a exportar.</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>&amp;Cancelar exportación</translation>
    </message>
    <message>
        <source>Cancelling: pages already being made are finished first…</source>
        <translation>Cancelando: primero se terminan las páginas que ya se están preparando…</translation>
    </message>
    <message>
        <source>Continuous (BUNDLE-000001, …)</source>
        <translation>Continua (BUNDLE-000001, …)</translation>
    </message>
    <message>
        <source>By section (A1, A2… B1, …)</source>
        <translation>Por sección (A1, A2… B1, …)</translation>
    </message>
    <message>
        <source>Family courts and some tribunals number each section&apos;s pages on their own: A1, A2… in the first section, B1… in the next.</source>
        <translation>Los juzgados de familia y algunos tribunales numeran por separado las páginas de cada sección: A1, A2… en la primera sección, B1… en la siguiente.</translation>
    </message>
    <message>
        <source>Page &amp;numbers:</source>
        <translation>&amp;Números de página:</translation>
    </message>
    <message>
        <source>Type a folder, or choose one</source>
        <translation>Escriba una carpeta, o elija una</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>Carpeta del legajo</translation>
    </message>
    <message>
        <source>There is no folder %1. Type an existing folder, or choose one.</source>
        <translation>No existe la carpeta %1. Escriba una carpeta existente, o elija una.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::CaseDetailsForm</name>
    <message>
        <source>e.g. Appeal of W-014</source>
        <translation>p. ej., Recurso de W-014</translation>
    </message>
    <message>
        <source>Court or tribunal</source>
        <translation>Juzgado o tribunal</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>Número de causa</translation>
    </message>
    <message>
        <source>Parties, as printed on the cover</source>
        <translation>Partes, tal como se imprimen en la portada</translation>
    </message>
    <message>
        <source>Counsel, as printed on the cover</source>
        <translation>Representación letrada, tal como se imprime en la portada</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Set Date</source>
        <translation>Establecer fecha</translation>
    </message>
    <message>
        <source>No Date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation>Guardar datos</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Court or tribunal:</source>
        <translation>&amp;Juzgado o tribunal:</translation>
    </message>
    <message>
        <source>Case n&amp;umber:</source>
        <translation>Número de &amp;causa:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Partes:</translation>
    </message>
    <message>
        <source>C&amp;ounsel:</source>
        <translation>Representación &amp;letrada:</translation>
    </message>
    <message>
        <source>&amp;Hearing date:</source>
        <translation>Fecha de la &amp;vista:</translation>
    </message>
    <message>
        <source>US immigration court only, e.g. A123-456-789</source>
        <translation>Solo tribunal de inmigración de EE. UU., p. ej. A123-456-789</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>Número &amp;A:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ClipMarkersPanel</name>
    <message>
        <source>In</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Mark the start of a clip at the current position (I)</source>
        <translation>Marcar el inicio de un fragmento en la posición actual (I)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Salida</translation>
    </message>
    <message>
        <source>Mark the end of a clip at the current position (O)</source>
        <translation>Marcar el final de un fragmento en la posición actual (O)</translation>
    </message>
    <message>
        <source>Note for this clip</source>
        <translation>Nota para este fragmento</translation>
    </message>
    <message>
        <source>Save clip</source>
        <translation>Guardar fragmento</translation>
    </message>
    <message>
        <source>Click a clip to go to its start</source>
        <translation>Haga clic en un fragmento para ir a su inicio</translation>
    </message>
    <message>
        <source>Delete the selected clip</source>
        <translation>Eliminar el fragmento seleccionado</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>Fragmentos</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>In %1   Out %2</source>
        <translation>Entrada %1   Salida %2</translation>
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
        <translation>Crear una biblioteca nueva</translation>
    </message>
    <message>
        <source>e.g. Casework</source>
        <translation>p. ej., Casos</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>In &amp;folder:</source>
        <translation>En la &amp;carpeta:</translation>
    </message>
    <message>
        <source>The passphrase unlocks the library. A sentence of several words that only you would think of is strong and easy to remember. There is no way to reset it without the recovery key.</source>
        <translation>La frase de contraseña desbloquea la biblioteca. Una frase de varias palabras que solo a usted se le ocurriría es segura y fácil de recordar. No hay forma de restablecerla sin la clave de recuperación.</translation>
    </message>
    <message>
        <source>Creating the library and deriving its keys…</source>
        <translation>Creando la biblioteca y derivando sus claves…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Create library</source>
        <translation>Crear &amp;biblioteca</translation>
    </message>
    <message>
        <source>The name cannot contain slashes or start with a dot.</source>
        <translation>El nombre no puede contener barras ni empezar por un punto.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>La carpeta %1 no existe. Elija una carpeta existente.</translation>
    </message>
    <message>
        <source>Amanat cannot write in %1. Choose another folder.</source>
        <translation>Amanat no puede escribir en %1. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 ya existe. Elija otro nombre.</translation>
    </message>
    <message>
        <source>Choose where to create the library</source>
        <translation>Elija dónde crear la biblioteca</translation>
    </message>
    <message>
        <source>Languages of the scans and photos you will import (pages are read in these; you can change them later in Settings):</source>
        <translation>Idiomas de los escaneos y fotos que importará (las páginas se leen en estos idiomas; puede cambiarlos más tarde en Configuración):</translation>
    </message>
</context>
<context>
    <name>amanat::ui::CustodyHistoryWidget</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DeleteItemsCommand</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::DetailPane</name>
    <message>
        <source>View</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>Original file: %1</source>
        <translation>Archivo original: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>Tamaño: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>Importado: %1</translation>
    </message>
    <message>
        <source>No original file</source>
        <translation>Sin archivo original</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Añadido: %1</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>Modificado: %1</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Seleccione un elemento para ver sus detalles.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>no se indicó ningún motivo</translation>
    </message>
    <message>
        <source>Its text could not be read: %1.</source>
        <translation>No se pudo leer su texto: %1.</translation>
    </message>
    <message>
        <source>Only part of its text could be read: %1.</source>
        <translation>Solo se pudo leer parte de su texto: %1.</translation>
    </message>
    <message>
        <source>The file is protected by a password, so its text could not be read.</source>
        <translation>El archivo está protegido con contraseña, por lo que no se pudo leer su texto.</translation>
    </message>
    <message>
        <source>Its text has not been read yet. Item → Read Text Again reads it now.</source>
        <translation>Su texto aún no se ha leído. Elemento → Volver a leer el texto lo lee ahora.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierEditor</name>
    <message>
        <source>Case</source>
        <translation>Caso</translation>
    </message>
    <message>
        <source>New section, e.g. B. Country conditions</source>
        <translation>Sección nueva, p. ej., B. Situación del país</translation>
    </message>
    <message>
        <source>&amp;Add Section</source>
        <translation>&amp;Añadir sección</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Cambiar &amp;nombre</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Drag items here from the item list. Drag exhibits and sections to reorder them.</source>
        <translation>Arrastre aquí elementos desde la lista de elementos. Arrastre anexos y secciones para reordenarlos.</translation>
    </message>
    <message>
        <source>Sections and exhibits</source>
        <translation>Secciones y anexos</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Redactions of this item</source>
        <translation>Ocultaciones de este elemento</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;Exportar legajo…</translation>
    </message>
    <message>
        <source>New Dossier</source>
        <translation>Nuevo expediente</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>Expediente %1</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>Quitar sección</translation>
    </message>
    <message numerus="yes">
        <source>Remove the section &quot;%1&quot; and its %n exhibit(s) from the dossier? The items stay in the library.</source>
        <translation>
            <numerusform>¿Quitar del expediente la sección «%1» y su %n anexo? Los elementos permanecen en la biblioteca.</numerusform>
            <numerusform>¿Quitar del expediente la sección «%1» y sus %n anexos? Los elementos permanecen en la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not redacted in this dossier</source>
        <translation>No ocultados en este expediente</translation>
    </message>
    <message>
        <source>Re&amp;view Redactions…</source>
        <translation>Re&amp;visar ocultaciones…</translation>
    </message>
    <message>
        <source>Look at the boxes the redactor proposes on scans and on pages that name protected people, correct them and approve each page.</source>
        <translation>Examine los recuadros que propone el módulo de ocultación en los escaneos y en las páginas que nombran a personas protegidas, corríjalos y apruebe cada página.</translation>
    </message>
    <message>
        <source>Renum&amp;ber Labels</source>
        <translation>Renum&amp;erar etiquetas</translation>
    </message>
    <message>
        <source>Label the exhibits again in their order, A1, A2… B1…, as a court expects after a removal. Each change goes into the custody log.</source>
        <translation>Volver a etiquetar los anexos en su orden, A1, A2… B1…, como espera un tribunal después de quitar un anexo. Cada cambio se anota en el registro de la cadena de custodia.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierLauncher</name>
    <message>
        <source>&amp;New Dossier…</source>
        <translation>&amp;Nuevo expediente…</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>E&amp;xpedientes</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierModel</name>
    <message>
        <source>(item %1 is missing)</source>
        <translation>(falta el elemento %1)</translation>
    </message>
    <message>
        <source>Save the dossier first.</source>
        <translation>Guarde primero el expediente.</translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <translation>Esa sección ya no existe.</translation>
    </message>
    <message>
        <source>A. Exhibits</source>
        <translation>A. Anexos</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>p. %1</translation>
    </message>
    <message>
        <source>pp. %1–%2</source>
        <translation>pp. %1–%2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1  —  %n exhibit(s)</source>
        <translation>
            <numerusform>%1  —  %n anexo</numerusform>
            <numerusform>%1  —  %n anexos</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>todo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Pages / segment</source>
        <translation>Páginas / segmento</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExchangeController</name>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;Compartir…</translation>
    </message>
    <message>
        <source>Send the selected items to other Amanat libraries in a sealed package.</source>
        <translation>Enviar los elementos seleccionados a otras bibliotecas de Amanat en un paquete sellado.</translation>
    </message>
    <message>
        <source>Select the items to share first.</source>
        <translation>Seleccione primero los elementos que desea compartir.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Receive Package…</source>
        <translation>&amp;Recibir paquete…</translation>
    </message>
    <message>
        <source>Receive a sealed package that another library shared with this one.</source>
        <translation>Recibir un paquete sellado que otra biblioteca compartió con esta.</translation>
    </message>
    <message>
        <source>Receive Package</source>
        <translation>Recibir paquete</translation>
    </message>
    <message>
        <source>Amanat packages (*.amanatx);;All files (*)</source>
        <translation>Paquetes de Amanat (*.amanatx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>E&amp;xchange Key and Contacts…</source>
        <translation>Clave de &amp;intercambio y contactos…</translation>
    </message>
    <message>
        <source>Sealing %1…</source>
        <translation>Sellando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Not Shared</source>
        <translation>No compartido</translation>
    </message>
    <message>
        <source>Sharing was cancelled. No package was saved.</source>
        <translation>Se canceló el uso compartido. No se guardó ningún paquete.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>Compartido</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) sealed into %1. Send the file any way you like: only the libraries you chose can open it.</source>
        <translation>
            <numerusform>%n elemento sellado en %1. Envíe el archivo como prefiera: solo las bibliotecas elegidas pueden abrirlo.</numerusform>
            <numerusform>%n elementos sellados en %1. Envíe el archivo como prefiera: solo las bibliotecas elegidas pueden abrirlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Received</source>
        <translation>No recibido</translation>
    </message>
    <message>
        <source>This package comes from %1, a library you have not received from before.</source>
        <translation>Este paquete viene de %1, una biblioteca de la que no ha recibido nada antes.</translation>
    </message>
    <message>
        <source>Before you trust it, check its fingerprint with the sender, by phone or in person:
%1</source>
        <translation>Antes de confiar en él, compruebe su huella con el remitente, por teléfono o en persona:
%1</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Recibir</translation>
    </message>
    <message>
        <source>The Sender&apos;s Keys Have Changed</source>
        <translation>Las claves del remitente han cambiado</translation>
    </message>
    <message>
        <source>This package says it comes from %1, but it is signed with other keys than that library used before. Anyone can claim a name.</source>
        <translation>Este paquete dice venir de %1, pero está firmado con claves distintas de las que esa biblioteca usaba antes. Cualquiera puede atribuirse un nombre.</translation>
    </message>
    <message>
        <source>Fingerprint known until now:
%1
Fingerprint of this package:
%2

Unless the sender told you they have new keys, do not receive this package.</source>
        <translation>Huella conocida hasta ahora:
%1
Huella de este paquete:
%2

Salvo que el remitente le haya dicho que tiene claves nuevas, no reciba este paquete.</translation>
    </message>
    <message>
        <source>Do Not Receive</source>
        <translation>No recibir</translation>
    </message>
    <message>
        <source>I Confirmed the New Keys…</source>
        <translation>He confirmado las claves nuevas…</translation>
    </message>
    <message>
        <source>Confirm the New Keys</source>
        <translation>Confirmar las claves nuevas</translation>
    </message>
    <message>
        <source>Type the fingerprint the sender read out to you:</source>
        <translation>Escriba la huella que el remitente le leyó:</translation>
    </message>
    <message>
        <source>Receiving %1…</source>
        <translation>Recibiendo %1…</translation>
    </message>
    <message>
        <source>Receiving was cancelled. Nothing was received.</source>
        <translation>Se canceló la recepción. No se recibió nada.</translation>
    </message>
    <message>
        <source>Inbox: %1 was not received: %2</source>
        <translation>Carpeta de entrada: %1 no se recibió: %2</translation>
    </message>
    <message>
        <source>%1 had already been received; nothing was added.</source>
        <translation>%1 ya se había recibido; no se añadió nada.</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n item(s) received, of which %2 new and %3 already here.</source>
        <translation>
            <numerusform>De %1: %n elemento recibido, de los cuales %2 nuevos y %3 ya presentes.</numerusform>
            <numerusform>De %1: %n elementos recibidos, de los cuales %2 nuevos y %3 ya presentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their text is being read now.</source>
        <translation>Su texto se está leyendo ahora.</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>Carpeta de entrada: %1</translation>
    </message>
    <message>
        <source>Package Received</source>
        <translation>Paquete recibido</translation>
    </message>
    <message>
        <source>The inbox folder %1 cannot be watched.</source>
        <translation>No se puede vigilar la carpeta de entrada %1.</translation>
    </message>
    <message>
        <source>Inbox: %1 comes from a sender to be checked first; open it with File → Receive Package….</source>
        <translation>Carpeta de entrada: %1 viene de un remitente que hay que comprobar primero; ábralo con Archivo → Recibir paquete….</translation>
    </message>
    <message>
        <source>Not Forgotten</source>
        <translation>No olvidado</translation>
    </message>
    <message>
        <source>Exchange Key</source>
        <translation>Clave de intercambio</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExchangeKeyDialog</name>
    <message>
        <source>Exchange Key and Contacts</source>
        <translation>Clave de intercambio y contactos</translation>
    </message>
    <message>
        <source>This library&apos;s exchange key</source>
        <translation>La clave de intercambio de esta biblioteca</translation>
    </message>
    <message>
        <source>Give this key to the libraries that will send you packages. Confirm it by reading the fingerprint out to them, by phone or in person.</source>
        <translation>Entregue esta clave a las bibliotecas que le enviarán paquetes. Confírmela leyéndoles la huella, por teléfono o en persona.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>Clave:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>Huella:</translation>
    </message>
    <message>
        <source>Libraries that have sent packages here</source>
        <translation>Bibliotecas que han enviado paquetes aquí</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Huella</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>Último paquete</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>Olvidar…</translation>
    </message>
    <message>
        <source>A sender is remembered with its keys the first time a package from it is received. If a package later comes under other keys, Amanat warns you and holds it back.</source>
        <translation>Un remitente se memoriza con sus claves la primera vez que se recibe un paquete suyo. Si más tarde llega un paquete con otras claves, Amanat le avisa y lo retiene.</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>Carpeta de entrada</translation>
    </message>
    <message>
        <source>While the library is open, packages that appear in this folder are received from senders you know. Point a folder synchronised by Syncthing, Nextcloud or a USB stick here to exchange with other offices.</source>
        <translation>Mientras la biblioteca está abierta, los paquetes que aparecen en esta carpeta se reciben si vienen de remitentes conocidos. Indique aquí una carpeta sincronizada por Syncthing, Nextcloud o una memoria USB para intercambiar con otras oficinas.</translation>
    </message>
    <message>
        <source>No inbox folder</source>
        <translation>Sin carpeta de entrada</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Inbox Folder</source>
        <translation>Carpeta de entrada</translation>
    </message>
    <message>
        <source>Stop Watching</source>
        <translation>Dejar de vigilar</translation>
    </message>
    <message>
        <source>Forget Sender</source>
        <translation>Olvidar remitente</translation>
    </message>
    <message>
        <source>Forget %1? Its next package is treated as coming from a new sender, whose fingerprint you check again.</source>
        <translation>¿Olvidar %1? Su próximo paquete se tratará como si viniera de un remitente nuevo, cuya huella deberá comprobar de nuevo.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>Olvidar</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExemptionsPanel</name>
    <message>
        <source>People not redacted in this dossier</source>
        <translation>Personas no ocultadas en este expediente</translation>
    </message>
    <message>
        <source>Protected person</source>
        <translation>Persona protegida</translation>
    </message>
    <message>
        <source>Why (required), e.g. the appellant&apos;s own appeal</source>
        <translation>Motivo (obligatorio), p. ej., el propio recurso del apelante</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Do &amp;Not Redact</source>
        <translation>&amp;No ocultar</translation>
    </message>
    <message>
        <source>Redact &amp;Again</source>
        <translation>Volver a &amp;ocultar</translation>
    </message>
    <message>
        <source>They stay readable in this dossier&apos;s bundles; the reason is logged and printed on the bundle&apos;s cover and exhibit sheets.</source>
        <translation>Siguen siendo legibles en los legajos de este expediente; el motivo queda registrado y se imprime en la portada y en las hojas de anexo del legajo.</translation>
    </message>
    <message>
        <source>%1 — %2 (since %3)</source>
        <translation>%1 — %2 (desde el %3)</translation>
    </message>
    <message>
        <source>No protected people</source>
        <translation>No hay personas protegidas</translation>
    </message>
    <message>
        <source>Everyone is exempted</source>
        <translation>Todas las personas están exentas</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>Elija una persona…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExhibitDetailsPanel</name>
    <message>
        <source>all</source>
        <translation>todo</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>File without the witness&apos;s court consent</source>
        <translation>Presentar sin el consentimiento del testigo para uso judicial</translation>
    </message>
    <message>
        <source>Only with another lawful basis. Filing this testimony without recorded court consent is written to the custody log.</source>
        <translation>Solo si existe otra base jurídica. Presentar este testimonio sin consentimiento registrado para uso judicial se anota en el registro de la cadena de custodia.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>&amp;Páginas:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segmento:</translation>
    </message>
    <message>
        <source>An exhibit needs a label.</source>
        <translation>Un anexo necesita una etiqueta.</translation>
    </message>
    <message>
        <source>Give both the first and the last page (first ≤ last), or neither.</source>
        <translation>Indique la primera y la última página (primera ≤ última) o ninguna de las dos.</translation>
    </message>
    <message>
        <source>A segment needs a start and a later end, e.g. 1:05 to 2:30.</source>
        <translation>Un segmento necesita un inicio y un final posterior, p. ej., de 1:05 a 2:30.</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Primera página</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Última página</translation>
    </message>
    <message>
        <source>Segment start</source>
        <translation>Inicio del segmento</translation>
    </message>
    <message>
        <source>Segment end</source>
        <translation>Fin del segmento</translation>
    </message>
    <message>
        <source>Use a saved clip as the segment</source>
        <translation>Usar un fragmento guardado como segmento</translation>
    </message>
    <message>
        <source>Saved clips…</source>
        <translation>Fragmentos guardados…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExportController</name>
    <message>
        <source>Export as &amp;Bag…</source>
        <translation>Exportar como paquete &amp;BagIt…</translation>
    </message>
    <message>
        <source>Write the selected items as a BagIt bag for an archive.</source>
        <translation>Escribir los elementos seleccionados como un paquete BagIt para un archivo.</translation>
    </message>
    <message>
        <source>Export as Bag</source>
        <translation>Exportar como paquete BagIt</translation>
    </message>
    <message>
        <source>Export for &amp;Uwazi…</source>
        <translation>Exportar para &amp;Uwazi…</translation>
    </message>
    <message>
        <source>Write the selected items as the ZIP that Uwazi&apos;s CSV import reads.</source>
        <translation>Escribir los elementos seleccionados como el ZIP que lee la importación CSV de Uwazi.</translation>
    </message>
    <message>
        <source>Export for Uwazi</source>
        <translation>Exportar para Uwazi</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Request &amp;Time Stamp…</source>
        <translation>Solicitar sello de &amp;tiempo…</translation>
    </message>
    <message>
        <source>Write a request that a time-stamping authority signs, to prove when the selected items were held as they are.</source>
        <translation>Escribir una solicitud que firma una autoridad de sellado de tiempo, para probar cuándo se tenían los elementos seleccionados tal como están.</translation>
    </message>
    <message>
        <source>Request Time Stamp</source>
        <translation>Solicitar sello de tiempo</translation>
    </message>
    <message>
        <source>Time-stamp requests (*.tsq)</source>
        <translation>Solicitudes de sello de tiempo (*.tsq)</translation>
    </message>
    <message>
        <source>Import Time-Stamp &amp;Reply…</source>
        <translation>Importar &amp;respuesta de sello de tiempo…</translation>
    </message>
    <message>
        <source>Import Time-Stamp Reply</source>
        <translation>Importar respuesta de sello de tiempo</translation>
    </message>
    <message>
        <source>Time-stamp replies (*.tsr);;All files (*)</source>
        <translation>Respuestas de sello de tiempo (*.tsr);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Select the items first.</source>
        <translation>Seleccione primero los elementos.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Writing the bag…</source>
        <translation>Escribiendo el paquete BagIt…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s)</source>
        <translation>
            <numerusform>%n elemento seleccionado</numerusform>
            <numerusform>%n elementos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>No exportado</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to the bag %1.</source>
        <translation>
            <numerusform>%n elemento escrito en el paquete BagIt %1.</numerusform>
            <numerusform>%n elementos escritos en el paquete BagIt %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have redactions: the bag holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>%n de ellos tiene ocultaciones: el paquete contiene su archivo original tal cual, sin ocultar.</numerusform>
            <numerusform>%n de ellos tienen ocultaciones: el paquete contiene sus archivos originales tal cual, sin ocultar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bag Written</source>
        <translation>Paquete BagIt escrito</translation>
    </message>
    <message>
        <source>Writing the ZIP for Uwazi…</source>
        <translation>Escribiendo el ZIP para Uwazi…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1 for Uwazi&apos;s CSV import.</source>
        <translation>
            <numerusform>%n elemento escrito en %1 para la importación CSV de Uwazi.</numerusform>
            <numerusform>%n elementos escritos en %1 para la importación CSV de Uwazi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have redactions: the ZIP holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>%n de ellos tiene ocultaciones: el ZIP contiene su archivo original tal cual, sin ocultar.</numerusform>
            <numerusform>%n de ellos tienen ocultaciones: el ZIP contiene sus archivos originales tal cual, sin ocultar.</numerusform>
        </translation>
    </message>
    <message>
        <source>ZIP Written</source>
        <translation>ZIP escrito</translation>
    </message>
    <message>
        <source>Writing the time-stamp request…</source>
        <translation>Escribiendo la solicitud de sello de tiempo…</translation>
    </message>
    <message>
        <source>No Request Written</source>
        <translation>No se escribió ninguna solicitud</translation>
    </message>
    <message>
        <source>Time-Stamp Request Written</source>
        <translation>Solicitud de sello de tiempo escrita</translation>
    </message>
    <message>
        <source>The request is in %1. Take it to a time-stamping authority when you are online, then bring the reply back with File → Import Time-Stamp Reply….</source>
        <translation>La solicitud está en %1. Llévela a una autoridad de sellado de tiempo cuando tenga conexión y traiga la respuesta con Archivo → Importar respuesta de sello de tiempo….</translation>
    </message>
    <message>
        <source>Reply Not Imported</source>
        <translation>Respuesta no importada</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>No se puede leer %1.</translation>
    </message>
    <message>
        <source>Checking the reply…</source>
        <translation>Comprobando la respuesta…</translation>
    </message>
    <message>
        <source>This reply was already stored; nothing changed.</source>
        <translation>Esta respuesta ya estaba guardada; no cambió nada.</translation>
    </message>
    <message>
        <source>Time stamp stored in the custody log: %1, by %2.</source>
        <translation>Sello de tiempo guardado en el registro de la cadena de custodia: %1, por %2.</translation>
    </message>
    <message>
        <source>The reply is intact and answers this library&apos;s request; who the authority is was not checked against its certificate (amanat-cli timestamp-import --tsa-ca does that).</source>
        <translation>La respuesta está intacta y responde a la solicitud de esta biblioteca; no se comprobó quién es la autoridad con su certificado (amanat-cli timestamp-import --tsa-ca lo hace).</translation>
    </message>
    <message>
        <source>Time Stamp Imported</source>
        <translation>Sello de tiempo importado</translation>
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
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>Etiqueta: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>Año: %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>Buscar en el documento</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Coincidencia anterior (Mayús+Intro)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Coincidencia siguiente (Intro)</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImageViewer</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar a la ventana</translation>
    </message>
    <message>
        <source>Rotate left (view only)</source>
        <translation>Girar a la izquierda (solo en la vista)</translation>
    </message>
    <message>
        <source>Rotate right (view only)</source>
        <translation>Girar a la derecha (solo en la vista)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Extracted text</source>
        <translation>Texto extraído</translation>
    </message>
    <message>
        <source>No text was found in this image.</source>
        <translation>No se encontró texto en esta imagen.</translation>
    </message>
    <message>
        <source>Opening the image…</source>
        <translation>Abriendo la imagen…</translation>
    </message>
    <message>
        <source>This image could not be displayed.</source>
        <translation>No se pudo mostrar esta imagen.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportController</name>
    <message>
        <source>There were no files to import.</source>
        <translation>No había archivos para importar.</translation>
    </message>
    <message>
        <source>the PDF needs a password</source>
        <translation>el PDF requiere una contraseña</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportListModel</name>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>Almacenando</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>Extrayendo</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicado</translation>
    </message>
    <message>
        <source>Stored; extraction failed</source>
        <translation>Almacenado; falló la extracción</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Stored; extraction pending</source>
        <translation>Almacenado; extracción pendiente</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportPanel</name>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop after the current file. Stored files whose text is not extracted yet stay pending and can be extracted later.</source>
        <translation>Detener después del archivo actual. Los archivos almacenados cuyo texto aún no se ha extraído quedan pendientes y pueden extraerse más tarde.</translation>
    </message>
    <message>
        <source>Storing file %1 of %2…</source>
        <translation>Almacenando el archivo %1 de %2…</translation>
    </message>
    <message>
        <source>Extracting text: %1 of %2 done…</source>
        <translation>Extrayendo texto: %1 de %2 terminados…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Import stopped early</source>
        <translation>La importación se detuvo antes de terminar</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported, %3 extraction(s) failed.</source>
        <translation>
            <numerusform>%n archivo importado, %1 duplicado(s), %2 no se pudieron importar, %3 extracción(es) fallida(s).</numerusform>
            <numerusform>%n archivos importados, %1 duplicado(s), %2 no se pudieron importar, %3 extracción(es) fallida(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1: %2</source>
        <translation>No importado: %1: %2</translation>
    </message>
    <message>
        <source>Stored, but text not extracted: %1: %2</source>
        <translation>Almacenado, pero sin texto extraído: %1: %2</translation>
    </message>
    <message>
        <source>Files stored before the cancel keep their place in the library; their text can be extracted later.</source>
        <translation>Los archivos almacenados antes de la cancelación conservan su lugar en la biblioteca; su texto puede extraerse más tarde.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemActions</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Export Original…</source>
        <translation>E&amp;xportar original…</translation>
    </message>
    <message>
        <source>&amp;Read Text Again…</source>
        <translation>&amp;Volver a leer el texto…</translation>
    </message>
    <message>
        <source>Add to D&amp;ossier…</source>
        <translation>Añadir al e&amp;xpediente…</translation>
    </message>
    <message>
        <source>Reading text again: %1 of %2…</source>
        <translation>Volviendo a leer el texto: %1 de %2…</translation>
    </message>
    <message numerus="yes">
        <source>Reading text again was stopped after %n item(s).</source>
        <translation>
            <numerusform>La relectura del texto se detuvo tras %n elemento.</numerusform>
            <numerusform>La relectura del texto se detuvo tras %n elementos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read; the detail pane of each says why.</source>
        <translation>
            <numerusform>No se pudo leer %n elemento; su panel de detalles indica el motivo.</numerusform>
            <numerusform>No se pudieron leer %n elementos; el panel de detalles de cada uno indica el motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n item(s) was read again.</source>
        <translation>
            <numerusform>Se volvió a leer el texto de %n elemento.</numerusform>
            <numerusform>Se volvió a leer el texto de %n elementos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation>Eliminar elementos</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected item(s)?</source>
        <translation>
            <numerusform>¿Eliminar el elemento seleccionado?</numerusform>
            <numerusform>¿Eliminar los %n elementos seleccionados?</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave every list, search and dossier now, and the history records the deletion. Until you lock the library, Edit → Undo brings them back; then they are erased for good, with their original files.</source>
        <translation>Desaparecen ahora de todas las listas, búsquedas y expedientes, y el historial registra la eliminación. Hasta que bloquee la biblioteca, Editar → Deshacer los recupera; después se borran definitivamente, con sus archivos originales.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted. Edit → Undo brings them back until the library is locked.</source>
        <translation>
            <numerusform>%n elemento eliminado. Editar → Deshacer lo recupera hasta que se bloquee la biblioteca.</numerusform>
            <numerusform>%n elementos eliminados. Editar → Deshacer los recupera hasta que se bloquee la biblioteca.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item has no original file to export.</source>
        <translation>Este elemento no tiene archivo original que exportar.</translation>
    </message>
    <message>
        <source>Export Original</source>
        <translation>Exportar original</translation>
    </message>
    <message>
        <source>The original was exported to %1.</source>
        <translation>El original se exportó a %1.</translation>
    </message>
    <message>
        <source>Text is already being read again; wait until it has finished.</source>
        <translation>Ya se está volviendo a leer un texto; espere a que termine.</translation>
    </message>
    <message>
        <source>Reading text again: 0 of %1…</source>
        <translation>Volviendo a leer el texto: 0 de %1…</translation>
    </message>
    <message>
        <source>Added to dossier %1 as %2.</source>
        <translation>Añadido al expediente %1 como %2.</translation>
    </message>
    <message>
        <source>&amp;New Testimony…</source>
        <translation>&amp;Nuevo testimonio…</translation>
    </message>
    <message>
        <source>Testimony %1 created.</source>
        <translation>Testimonio %1 creado.</translation>
    </message>
    <message numerus="yes">
        <source>Testimony %1 created; its %n file(s) are being imported.</source>
        <translation>
            <numerusform>Testimonio %1 creado; se está importando su archivo.</numerusform>
            <numerusform>Testimonio %1 creado; se están importando sus %n archivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemListModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Fecha del hecho</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemViewer</name>
    <message>
        <source>No item selected.</source>
        <translation>No hay ningún elemento seleccionado.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryCare</name>
    <message>
        <source>&amp;Verify Library</source>
        <translation>&amp;Verificar biblioteca</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Hacer copia de seguridad…</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>New &amp;Recovery Key…</source>
        <translation>Nueva clave de &amp;recuperación…</translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>La biblioteca está intacta.</translation>
    </message>
    <message>
        <source>The library failed verification.</source>
        <translation>La biblioteca no superó la verificación.</translation>
    </message>
    <message>
        <source>Backup written.</source>
        <translation>Copia de seguridad escrita.</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>La copia de seguridad falló.</translation>
    </message>
    <message>
        <source>Database: %1
Originals and custody log: not checked, because the database failed its integrity check.</source>
        <translation>Base de datos: %1
Originales y registro de la cadena de custodia: no verificados, porque la base de datos no superó la comprobación de integridad.</translation>
    </message>
    <message>
        <source>Database: every page is intact.</source>
        <translation>Base de datos: todas las páginas están intactas.</translation>
    </message>
    <message numerus="yes">
        <source>Originals: %n checked</source>
        <translation>
            <numerusform>Originales: %n verificado</numerusform>
            <numerusform>Originales: %n verificados</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Elemento %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Custody log: intact, %n event(s).</source>
        <translation>
            <numerusform>Registro de la cadena de custodia: intacto, %n evento.</numerusform>
            <numerusform>Registro de la cadena de custodia: intacto, %n eventos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation>Registro de la cadena de custodia: %1</translation>
    </message>
    <message>
        <source>Last committed change: %1</source>
        <translation>Último cambio confirmado: %1</translation>
    </message>
    <message>
        <source>Back Up To (a folder on a drive kept apart)</source>
        <translation>Copia de seguridad en (una carpeta de un disco guardado aparte)</translation>
    </message>
    <message>
        <source>The copy in %1 opens with the same passphrase and recovery key.</source>
        <translation>La copia en %1 se abre con la misma frase de contraseña y la misma clave de recuperación.</translation>
    </message>
    <message>
        <source>Amanat</source>
        <translation>Amanat</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>La frase de contraseña se cambió.</translation>
    </message>
    <message>
        <source>The old passphrase no longer opens this library.</source>
        <translation>La antigua frase de contraseña ya no abre esta biblioteca.</translation>
    </message>
    <message>
        <source>New Recovery Key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Issue a new recovery key?</source>
        <translation>¿Emitir una nueva clave de recuperación?</translation>
    </message>
    <message>
        <source>Do this when the old key may have been seen or lost. The old key stops opening this library at once (backups made before keep it). The new key is shown once: print it or write it down.</source>
        <translation>Hágalo si la clave anterior pudo ser vista o se perdió. La clave anterior deja de abrir esta biblioteca en el acto (las copias de seguridad anteriores la conservan). La nueva clave se muestra una sola vez: imprímala o anótela.</translation>
    </message>
    <message>
        <source>Issue New Key</source>
        <translation>Emitir la nueva clave</translation>
    </message>
    <message>
        <source>No new recovery key was issued.</source>
        <translation>No se emitió ninguna clave de recuperación nueva.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryEditor</name>
    <message>
        <source>%1 cannot be edited here.</source>
        <translation>%1 no se puede editar aquí.</translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation>La etiqueta %1 ya existe.</translation>
    </message>
    <message>
        <source>The library is locked.</source>
        <translation>La biblioteca está bloqueada.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryView</name>
    <message>
        <source>Showing %1 of %2 results</source>
        <translation>Mostrando %1 de %2 resultados</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>All items</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, tag:…, kind:…, after:…  (Ctrl+F)</source>
        <translation>Buscar: palabras, &quot;frases&quot;, tag:…, kind:…, after:…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>Guardar búsqueda…</translation>
    </message>
    <message>
        <source>Add Tag to Selection…</source>
        <translation>Añadir etiqueta a la selección…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n elemento</numerusform>
            <numerusform>%1: %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>Añadir etiqueta</translation>
    </message>
    <message numerus="yes">
        <source>Tag the %n selected item(s) with:</source>
        <translation>
            <numerusform>Etiquetar %n elemento seleccionado con:</numerusform>
            <numerusform>Etiquetar los %n elementos seleccionados con:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag from Selection</source>
        <translation>Quitar etiqueta de la selección</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>Guardar búsqueda</translation>
    </message>
    <message>
        <source>Name for the search “%1”:</source>
        <translation>Nombre para la búsqueda «%1»:</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>Sin resultados</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>Quitar el filtro %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Narrow the search</source>
        <translation>Afinar la búsqueda</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Elementos</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MainWindow</name>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Biblioteca</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>B&amp;loquear</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>%1 — Amanat</source>
        <translation>%1 — Amanat</translation>
    </message>
    <message>
        <source>Amanat — locked</source>
        <translation>Amanat — bloqueada</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Importar &amp;carpeta…</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Importar carpeta</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;Nueva biblioteca…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Tag Selected Items…</source>
        <translation>&amp;Etiquetar elementos seleccionados…</translation>
    </message>
    <message>
        <source>An import is running. Export the bundle when it has finished.</source>
        <translation>Hay una importación en curso. Exporte el legajo cuando haya terminado.</translation>
    </message>
    <message>
        <source>Import in Progress</source>
        <translation>Importación en curso</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit?</source>
        <translation>Todavía hay una importación en curso. ¿Detenerla y salir?</translation>
    </message>
    <message>
        <source>Stop Import and Quit</source>
        <translation>Detener la importación y salir</translation>
    </message>
    <message>
        <source>Keep Importing</source>
        <translation>Seguir importando</translation>
    </message>
    <message>
        <source>&amp;Protected People…</source>
        <translation>&amp;Personas protegidas…</translation>
    </message>
    <message>
        <source>Amanat</source>
        <translation>Amanat</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>E&amp;lemento</translation>
    </message>
    <message>
        <source>Import &amp;Spreadsheet…</source>
        <translation>Importar &amp;hoja de cálculo…</translation>
    </message>
    <message>
        <source>Import items listed in a CSV file, one row per item, with their files and tags.</source>
        <translation>Importar los elementos de un archivo CSV, una fila por elemento, con sus archivos y etiquetas.</translation>
    </message>
    <message>
        <source>the items tagged %1</source>
        <translation>los elementos con la etiqueta %1</translation>
    </message>
    <message>
        <source>the exhibits of the dossier %1</source>
        <translation>los anexos del expediente %1</translation>
    </message>
    <message>
        <source>Files not yet stored are not imported. Files already stored stay in the library; their text is read again with Item → Read Text Again.</source>
        <translation>Los archivos que aún no se han almacenado no se importan. Los archivos ya almacenados permanecen en la biblioteca; su texto se vuelve a leer con Elemento → Volver a leer el texto.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MediaViewer</name>
    <message>
        <source>Audio recording</source>
        <translation>Grabación de audio</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Reproducir (Espacio)</translation>
    </message>
    <message>
        <source>One frame back (while paused)</source>
        <translation>Un fotograma atrás (en pausa)</translation>
    </message>
    <message>
        <source>One frame forward (while paused)</source>
        <translation>Un fotograma adelante (en pausa)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>Velocidad de reproducción</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>This recording could not be played.</source>
        <translation>No se pudo reproducir esta grabación.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pausa (Espacio)</translation>
    </message>
    <message>
        <source>Play Anyway</source>
        <translation>Reproducir de todos modos</translation>
    </message>
    <message>
        <source>Playing it is recorded in the custody log.</source>
        <translation>La reproducción queda anotada en el registro de la cadena de custodia.</translation>
    </message>
    <message>
        <source>This recording has not been checked: reading it in the sandboxed helper has not finished or was stopped.</source>
        <translation>Esta grabación no se ha comprobado: su lectura en el auxiliar aislado no ha terminado o se detuvo.</translation>
    </message>
    <message>
        <source>The sandboxed helper could not read this recording completely.</source>
        <translation>El auxiliar aislado no pudo leer esta grabación por completo.</translation>
    </message>
    <message>
        <source>The sandboxed helper could not read this recording: %1</source>
        <translation>El auxiliar aislado no pudo leer esta grabación: %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Clip markers</source>
        <translation>Marcadores de fragmentos</translation>
    </message>
    <message>
        <source>Recordings play inside Amanat, where your library is open, and a file made to attack a media player can look like this. Play it only if you trust where it came from, or read its text again first (Item → Read Text Again).</source>
        <translation>Las grabaciones se reproducen dentro de Amanat, donde su biblioteca está abierta, y un archivo diseñado para atacar un reproductor multimedia puede tener este aspecto. Reprodúzcala solo si confía en su procedencia, o vuelva a leerla antes (Elemento → Volver a leer el texto).</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MetadataEditor</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>Fecha del hecho</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM, YYYY-MM-DD or a range A/B</source>
        <translation>YYYY, YYYY-MM, YYYY-MM-DD o un intervalo A/B</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>e.g. en, ug, ar-SY</source>
        <translation>p. ej., en, ug, ar-SY</translation>
    </message>
    <message>
        <source>Source author</source>
        <translation>Autor de la fuente</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>Título de la fuente</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicado</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la fuente</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>Consultado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>Traducción de</translation>
    </message>
    <message>
        <source>number of the original item</source>
        <translation>número del elemento original</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Traductor</translation>
    </message>
    <message>
        <source>Name, qualification, address</source>
        <translation>Nombre, titulación, dirección</translation>
    </message>
    <message>
        <source>Translation date</source>
        <translation>Fecha de traducción</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
</context>
<context>
    <name>amanat::ui::NewPassphrasePanel</name>
    <message>
        <source>Set a new passphrase?</source>
        <translation>¿Establecer una frase de contraseña nueva?</translation>
    </message>
    <message>
        <source>You opened the library with its recovery key. If the passphrase was forgotten or may be known to someone else, set a new one now. The old passphrase will no longer open the library; the recovery key still will.</source>
        <translation>Ha abierto la biblioteca con su clave de recuperación. Si se olvidó la frase de contraseña o puede que otra persona la conozca, establezca una nueva ahora. La frase de contraseña anterior ya no abrirá la biblioteca; la clave de recuperación, sí.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Establecer frase de contraseña</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>The old passphrase will no longer open the library; the recovery key still will. Backups made before keep the old passphrase.</source>
        <translation>La antigua frase de contraseña ya no abrirá la biblioteca; la clave de recuperación sí. Las copias de seguridad anteriores conservan la frase antigua.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>amanat::ui::NewTestimonyDialog</name>
    <message>
        <source>New Testimony</source>
        <translation>Nuevo testimonio</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>e.g. Interview W-014</source>
        <translation>p. ej., Entrevista W-014</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>e.g. ug, or ug-CN</source>
        <translation>p. ej., ug, o ug-CN</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>Idioma de la entrevista</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Recordings, signed statements and transcripts</source>
        <translation>Grabaciones, declaraciones firmadas y transcripciones</translation>
    </message>
    <message>
        <source>Imported as items of their own, read in the sandbox and tagged with the witness code.</source>
        <translation>Se importan como elementos propios, se leen en el entorno aislado y se etiquetan con el código del testigo.</translation>
    </message>
    <message>
        <source>Files of the testimony</source>
        <translation>Archivos del testimonio</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>Añadir &amp;archivos…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Create Testimony</source>
        <translation>&amp;Crear testimonio</translation>
    </message>
    <message>
        <source>Files of the Testimony</source>
        <translation>Archivos del testimonio</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>Entrevista %1</translation>
    </message>
    <message>
        <source>Give the witness a code, such as W-014. Lists and bundles show the code, never the name.</source>
        <translation>Dé un código al testigo, por ejemplo W-014. Las listas y los legajos muestran el código, nunca el nombre.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::OcrLanguageList</name>
    <message>
        <source>OCR languages</source>
        <translation>Idiomas de OCR</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (no instalado)</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PassphraseFields</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Repítala:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>Seguridad:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PdfViewer</name>
    <message>
        <source>Previous page</source>
        <translation>Página anterior</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Página siguiente</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajustar al ancho</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>Abriendo el documento…</translation>
    </message>
    <message>
        <source>This document is protected by a password and cannot be displayed.</source>
        <translation>Este documento está protegido con contraseña y no se puede mostrar.</translation>
    </message>
    <message>
        <source>This document could not be displayed.</source>
        <translation>No se pudo mostrar este documento.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>Página %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PersonEditorDialog</name>
    <message>
        <source>Edit Protected Person</source>
        <translation>Editar persona protegida</translation>
    </message>
    <message>
        <source>Add Protected Person</source>
        <translation>Añadir persona protegida</translation>
    </message>
    <message>
        <source>e.g. W-014 or P-relative-2; never a name</source>
        <translation>p. ej., W-014 o P-pariente-2; nunca un nombre</translation>
    </message>
    <message>
        <source>What lists, the custody log and bundle sheets show instead of the person&apos;s name.</source>
        <translation>Lo que muestran las listas, el registro de la cadena de custodia y las hojas del legajo en lugar del nombre de la persona.</translation>
    </message>
    <message>
        <source>One name or spelling per line: Latin, Arabic script, Han, Cyrillic; the surname or given name alone if it must go too.</source>
        <translation>Un nombre o grafía por línea: latina, árabe, han, cirílica; el apellido o el nombre de pila por separado si también deben eliminarse.</translation>
    </message>
    <message>
        <source>One per line: phone numbers, e-mail addresses, street addresses.</source>
        <translation>Uno por línea: números de teléfono, direcciones de correo electrónico, direcciones postales.</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Nombres:</translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation>C&amp;ontactos:</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Every name and contact is removed from the page images and text of every bundle, unless a dossier exempts this person. They are never listed, logged or searchable.</source>
        <translation>Todos los nombres y contactos se eliminan de las imágenes de página y del texto de todos los legajos, salvo que un expediente exima a esta persona. Nunca se enumeran, registran ni se pueden buscar.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <source>%1 and %2 are hidden. Revealing them shows them on screen and is recorded in the custody log.</source>
        <translation>%1 y %2 están ocultos. Si los muestra, aparecerán en pantalla y quedará anotado en el registro de la cadena de custodia.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n nombre</numerusform>
            <numerusform>%n nombres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>A witness is known by the witness code of their testimony: change it in the testimony.</source>
        <translation>Un testigo se identifica por el código de testigo de su testimonio: cámbielo en el testimonio.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ProtectedPeopleDialog</name>
    <message>
        <source>Protected People</source>
        <translation>Personas protegidas</translation>
    </message>
    <message>
        <source>People whose identity must never leave the library: witnesses (by the witness code of their testimony) and anyone else a file names. Their names and contacts are removed from every bundle unless a dossier exempts them, and are never shown in lists.</source>
        <translation>Personas cuya identidad nunca debe salir de la biblioteca: testigos (por el código de testigo de su testimonio) y cualquier otra persona nombrada en un archivo. Sus nombres y contactos se eliminan de todos los legajos, salvo que un expediente las exima, y nunca se muestran en las listas.</translation>
    </message>
    <message>
        <source>Protected people</source>
        <translation>Personas protegidas</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete %1 and every name and contact recorded for them? Bundles will no longer remove them.</source>
        <translation>¿Eliminar a %1 y todos los nombres y contactos registrados para esta persona? Los legajos ya no los ocultarán.</translation>
    </message>
    <message>
        <source>%1 is the witness of a testimony: the testimony&apos;s witness name and contact are deleted with them.</source>
        <translation>%1 es el testigo de un testimonio: el nombre y el contacto del testigo del testimonio se eliminan junto con esta persona.</translation>
    </message>
    <message>
        <source>Delete Protected Person</source>
        <translation>Eliminar persona protegida</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ProtectedPersonModel</name>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n nombre</numerusform>
            <numerusform>%n nombres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contacto</numerusform>
            <numerusform>%n contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Witness of item %1</source>
        <translation>Testigo del elemento %1</translation>
    </message>
    <message>
        <source>Recorded here</source>
        <translation>Registrada aquí</translation>
    </message>
    <message>
        <source>The witness of testimony item %1: the code is the testimony&apos;s witness code.</source>
        <translation>El testigo del elemento de testimonio %1: el código es el código de testigo del testimonio.</translation>
    </message>
    <message>
        <source>Recorded in this list (a relative, a photographer, anyone a file names), not as a testimony&apos;s witness.</source>
        <translation>Registrada en esta lista (un familiar, un fotógrafo, cualquier persona nombrada en un archivo), no como testigo de un testimonio.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Witness of</source>
        <translation>Testigo de</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReadAgainDialog</name>
    <message>
        <source>Read Text Again</source>
        <translation>Volver a leer el texto</translation>
    </message>
    <message numerus="yes">
        <source>Read the text of the %n selected item(s) again from their original files. Scanned pages and photos are read in the languages ticked here; the old text is replaced.</source>
        <translation>
            <numerusform>Volver a leer el texto del elemento seleccionado desde su archivo original. Las páginas escaneadas y las fotos se leen en los idiomas marcados aquí; el texto anterior se sustituye.</numerusform>
            <numerusform>Volver a leer el texto de los %n elementos seleccionados desde sus archivos originales. Las páginas escaneadas y las fotos se leen en los idiomas marcados aquí; el texto anterior se sustituye.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;Volver a leer</translation>
    </message>
    <message>
        <source>OCR languages:</source>
        <translation>Idiomas de OCR:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way into the library. It is shown now and never again. Print it or write it down, and keep it away from this computer.</source>
        <translation>Si alguna vez se olvida la frase de contraseña, esta clave es la única forma de entrar en la biblioteca. Se muestra ahora y nunca más. Imprímala o anótela, y guárdela lejos de este equipo.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <source>To make sure you have it, type two of its groups:</source>
        <translation>Para asegurarse de que la tiene, escriba dos de sus grupos:</translation>
    </message>
    <message>
        <source>I have printed or saved the key and will keep it safe</source>
        <translation>He impreso o guardado la clave y la conservaré en un lugar seguro</translation>
    </message>
    <message>
        <source>Available after printing or saving the key.</source>
        <translation>Disponible después de imprimir o guardar la clave.</translation>
    </message>
    <message>
        <source>&amp;Open the library</source>
        <translation>&amp;Abrir la biblioteca</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation>Grupo &amp;%1:</translation>
    </message>
    <message>
        <source>Group %1:</source>
        <translation>Grupo %1:</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviada a la impresora.</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>Guardar la clave de recuperación como PDF</translation>
    </message>
    <message>
        <source>%1 recovery key.pdf</source>
        <translation>%1 clave de recuperación.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another place.</source>
        <translation>No se pudo escribir el PDF en esa ubicación. Elija otro lugar.</translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer (print it, or keep it on a separate USB stick) and delete it here.</source>
        <translation>Guardada. Saque el archivo de este equipo (imprímalo o guárdelo en una memoria USB aparte) y elimínelo de aquí.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionOverlay</name>
    <message>
        <source>Redact area</source>
        <translation>Ocultar zona</translation>
    </message>
    <message>
        <source>Redact area: black out an area in exported bundles; the original is not changed. Drag over the page to draw it; right-click a box to remove it.</source>
        <translation>Ocultar zona: tacha una zona en los legajos exportados; el original no se modifica. Arrastre sobre la página para dibujarla; haga clic con el botón derecho en un recuadro para quitarlo.</translation>
    </message>
    <message>
        <source>Remove redaction</source>
        <translation>Quitar ocultación</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionReviewDialog</name>
    <message>
        <source>Redaction Review</source>
        <translation>Revisión de ocultaciones</translation>
    </message>
    <message>
        <source>Pages to review</source>
        <translation>Páginas que revisar</translation>
    </message>
    <message>
        <source>&amp;Pages to review:</source>
        <translation>&amp;Páginas que revisar:</translation>
    </message>
    <message>
        <source>&amp;Mark Page Reviewed</source>
        <translation>&amp;Marcar página como revisada</translation>
    </message>
    <message>
        <source>The redactor proposes, you decide. It read each page listed here and proposed boxes (red outline) over the protected names and contacts it found. Look at every page: remove a box over something that is not protected, draw a box over anything it missed, then mark the page reviewed. Your decisions go to the custody log, and the exhibit sheets say who reviewed each page.</source>
        <translation>El módulo de ocultación propone y usted decide. Ha leído cada página de esta lista y ha propuesto recuadros (contorno rojo) sobre los nombres y contactos protegidos que encontró. Examine todas las páginas: quite los recuadros que cubran algo no protegido, dibuje un recuadro sobre lo que se le haya escapado y, después, marque la página como revisada. Sus decisiones se anotan en el registro de la cadena de custodia, y las hojas de anexo indican quién revisó cada página.</translation>
    </message>
    <message>
        <source>Pages of this dossier await redaction review before it can be exported.</source>
        <translation>Hay páginas de este expediente pendientes de revisión de ocultaciones antes de poder exportarlo.</translation>
    </message>
    <message>
        <source>Continue to &amp;Export…</source>
        <translation>Continuar con la &amp;exportación…</translation>
    </message>
    <message>
        <source>No page of this dossier needs a review: no scans or photos, and no protected name in the text of its pages.</source>
        <translation>Ninguna página de este expediente necesita revisión: no hay escaneos ni fotos, ni ningún nombre protegido en el texto de sus páginas.</translation>
    </message>
    <message>
        <source>Every page has been reviewed.</source>
        <translation>Se han revisado todas las páginas.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 page(s) await review.</source>
        <translation>
            <numerusform>%n de %1 página(s) está pendiente de revisión.</numerusform>
            <numerusform>%n de %1 página(s) están pendientes de revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>Nada que revisar</translation>
    </message>
    <message>
        <source>Exhibit %1, page %2</source>
        <translation>Anexo %1, página %2</translation>
    </message>
    <message>
        <source>Needs a look because: %1.</source>
        <translation>Requiere revisión porque: %1.</translation>
    </message>
    <message>
        <source>As exported: every box is burned in, and nothing under it can be recovered from the bundle.</source>
        <translation>Tal como se exporta: todos los recuadros se aplican de forma irreversible y nada de lo que hay debajo puede recuperarse del legajo.</translation>
    </message>
    <message>
        <source>The redactor has not finished reading this page.</source>
        <translation>El módulo de ocultación no ha terminado de leer esta página.</translation>
    </message>
    <message>
        <source>The redactor proposes no box on this page.</source>
        <translation>El módulo de ocultación no propone ningún recuadro en esta página.</translation>
    </message>
    <message numerus="yes">
        <source>The redactor proposes %n box(es).</source>
        <translation>
            <numerusform>El módulo de ocultación propone %n recuadro.</numerusform>
            <numerusform>El módulo de ocultación propone %n recuadros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The redactor proposes %n box(es), for %1.</source>
        <translation>
            <numerusform>El módulo de ocultación propone %n recuadro, para %1.</numerusform>
            <numerusform>El módulo de ocultación propone %n recuadros, para %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You drew %n box(es).</source>
        <translation>
            <numerusform>Ha dibujado %n recuadro.</numerusform>
            <numerusform>Ha dibujado %n recuadros.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You left %n area(s) visible.</source>
        <translation>
            <numerusform>Ha dejado visible %n zona.</numerusform>
            <numerusform>Ha dejado visibles %n zonas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the page to be shown with the boxes now in force.</source>
        <translation>Espere a que la página se muestre con los recuadros vigentes.</translation>
    </message>
    <message>
        <source>Records you as the reviewer of this page in the custody log (Ctrl+Return). The exhibit sheet names who reviewed it.</source>
        <translation>Le anota como revisor de esta página en el registro de la cadena de custodia (Ctrl+Intro). La hoja de anexo indica quién la revisó.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionsPanel</name>
    <message>
        <source>Text to remove from the bundle</source>
        <translation>Texto que se eliminará del legajo</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Redactions apply to every export of this item; the original stays as it is. Page areas are drawn in the viewer.</source>
        <translation>Las ocultaciones se aplican a todas las exportaciones de este elemento; el original se mantiene tal cual. Las zonas de página se dibujan en el visor.</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>Texto: «%1»</translation>
    </message>
    <message>
        <source>Page %1, area %2 %, %3 %, %4 × %5 %</source>
        <translation>Página %1, zona %2 %, %3 %, %4 × %5 %</translation>
    </message>
    <message>
        <source>Redactions of this item</source>
        <translation>Ocultaciones de este elemento</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewCanvas</name>
    <message>
        <source>Page under review</source>
        <translation>Página en revisión</translation>
    </message>
    <message>
        <source>Drag to black out an area. Tab selects the boxes one by one; Delete removes the selected box.</source>
        <translation>Arrastre para tachar una zona. Tab selecciona los recuadros uno a uno; Supr quita el recuadro seleccionado.</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>propuesto</translation>
    </message>
    <message>
        <source>proposed for %1</source>
        <translation>propuesto para %1</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>suyo</translation>
    </message>
    <message>
        <source>left visible</source>
        <translation>dejado visible</translation>
    </message>
    <message>
        <source>Proposed by the redactor. Delete leaves this area visible.</source>
        <translation>Propuesto por el módulo de ocultación. Supr deja visible esta zona.</translation>
    </message>
    <message>
        <source>Proposed by the redactor for %1. Delete leaves this area visible.</source>
        <translation>Propuesto por el módulo de ocultación para %1. Supr deja visible esta zona.</translation>
    </message>
    <message>
        <source>Drawn by you: always blacked out. Delete removes it.</source>
        <translation>Dibujado por usted: siempre se tacha. Supr lo quita.</translation>
    </message>
    <message>
        <source>Left visible by you: the redactor&apos;s boxes here are not burned. Delete blacks them out again.</source>
        <translation>Dejado visible por usted: los recuadros del módulo de ocultación no se aplican aquí. Supr vuelve a tacharlos.</translation>
    </message>
    <message>
        <source>Leave Visible (Not a Protected Name)</source>
        <translation>Dejar visible (no es un nombre protegido)</translation>
    </message>
    <message>
        <source>Remove My Box</source>
        <translation>Quitar mi recuadro</translation>
    </message>
    <message>
        <source>Black Out Again</source>
        <translation>Volver a tachar</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPageModel</name>
    <message>
        <source>Not reviewed</source>
        <translation>Sin revisar</translation>
    </message>
    <message>
        <source>Changed since %1 reviewed it on %2</source>
        <translation>Modificada desde que %1 la revisó el %2</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>Revisada por %1 el %2</translation>
    </message>
    <message>
        <source>Exhibit %1, page %2
%3
%4</source>
        <translation>Anexo %1, página %2
%3
%4</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>Anexo</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPageView</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Alejar (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Acercar (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit the page in the window (Ctrl+0)</source>
        <translation>Ajustar la página a la ventana (Ctrl+0)</translation>
    </message>
    <message>
        <source>Preview as e&amp;xported</source>
        <translation>Vista previa tal como se e&amp;xporta</translation>
    </message>
    <message>
        <source>Show the page as the bundle will have it, every box burned in. Boxes cannot be changed in this view.</source>
        <translation>Muestra la página tal como quedará en el legajo, con todos los recuadros aplicados. En esta vista no se pueden cambiar los recuadros.</translation>
    </message>
    <message>
        <source>Reading the page again with your changes…</source>
        <translation>Volviendo a leer la página con sus cambios…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>The redactor is reading the page for protected names and contacts. OCR takes a few seconds…</source>
        <translation>El módulo de ocultación está buscando nombres y contactos protegidos en la página. El OCR tarda unos segundos…</translation>
    </message>
    <message>
        <source>Proposed by the redactor</source>
        <translation>Propuesto por el módulo de ocultación</translation>
    </message>
    <message>
        <source>Drawn by you</source>
        <translation>Dibujado por usted</translation>
    </message>
    <message>
        <source>Left visible by you</source>
        <translation>Dejado visible por usted</translation>
    </message>
    <message>
        <source>The page could not be prepared for review, so it cannot be approved here yet.

%1</source>
        <translation>No se pudo preparar la página para su revisión, por lo que todavía no se puede aprobar aquí.

%1</translation>
    </message>
    <message>
        <source>Clear &quot;Preview as exported&quot; to change the boxes.</source>
        <translation>Desmarque «Vista previa tal como se exporta» para cambiar los recuadros.</translation>
    </message>
    <message>
        <source>Drag the box to move it, or its handles to resize it.</source>
        <translation>Arrastre el recuadro para moverlo o sus tiradores para cambiar su tamaño.</translation>
    </message>
    <message>
        <source>Drag on the page to black out what the redactor missed. Click a box to select it, drag it to move it or its handles to resize it, and press Delete to remove it. Tab steps through the boxes.</source>
        <translation>Arrastre sobre la página para tachar lo que se le haya escapado al módulo de ocultación. Haga clic en un recuadro para seleccionarlo, arrástrelo para moverlo o arrastre sus tiradores para cambiar su tamaño, y pulse Supr para quitarlo. Tab recorre los recuadros.</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPreviewRunner</name>
    <message>
        <source>The helper returned a page image that cannot be shown.</source>
        <translation>El auxiliar devolvió una imagen de página que no se puede mostrar.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SearchResultModel</name>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>Página %1: %2</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SecretLineEdit</name>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SetFieldsCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>Editar %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
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
        <source>Remember recently opened libraries</source>
        <translation>Recordar las bibliotecas abiertas recientemente</translation>
    </message>
    <message>
        <source>Only the folders are remembered, on this computer. Switching this off forgets them at once.</source>
        <translation>Solo se recuerdan las carpetas, en este equipo. Si desactiva esta opción, se olvidan de inmediato.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Según el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>&amp;Bloquear tras inactividad:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <source>Unlock a library to change its OCR languages.</source>
        <translation>Desbloquee una biblioteca para cambiar sus idiomas de OCR.</translation>
    </message>
    <message>
        <source>This library</source>
        <translation>Esta biblioteca</translation>
    </message>
    <message>
        <source>&amp;OCR languages:</source>
        <translation>&amp;Idiomas de OCR:</translation>
    </message>
    <message>
        <source>Your name, as a court should read it</source>
        <translation>Su nombre, tal como debe leerlo un tribunal</translation>
    </message>
    <message>
        <source>Recorded as who acted in the library&apos;s chain of custody.</source>
        <translation>Se registra como quien actuó en la cadena de custodia de la biblioteca.</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>&amp;Custodio:</translation>
    </message>
    <message>
        <source>The languages of the scans and photos you import from now on. Each page is read in those of them written in its script. Items already imported keep their text until you read them again (Item → Read Text Again).</source>
        <translation>Los idiomas de los escaneos y fotos que importe a partir de ahora. Cada página se lee en los que se escriben con su alfabeto. Los elementos ya importados conservan su texto hasta que vuelva a leerlo (Elemento → Volver a leer el texto).</translation>
    </message>
    <message>
        <source>Tick at least one OCR language.</source>
        <translation>Marque al menos un idioma de OCR.</translation>
    </message>
    <message>
        <source>A new language applies when Amanat starts again.</source>
        <translation>Un idioma nuevo se aplica cuando Amanat se vuelve a iniciar.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Exchange Key and Contacts…</source>
        <translation>Clave de intercambio y contactos…</translation>
    </message>
    <message>
        <source>The libraries that have sent packages here, this library&apos;s exchange key, and the inbox folder.</source>
        <translation>Las bibliotecas que han enviado paquetes aquí, la clave de intercambio de esta biblioteca y la carpeta de entrada.</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Contactos:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
    </message>
    <message>
        <source>Share %1 with other Amanat libraries. The package is sealed: only the libraries you choose can open it, and they can tell it comes from this library.</source>
        <translation>Compartir %1 con otras bibliotecas de Amanat. El paquete está sellado: solo las bibliotecas que elija pueden abrirlo, y pueden comprobar que viene de esta biblioteca.</translation>
    </message>
    <message>
        <source>%1 — fingerprint %2</source>
        <translation>%1 — huella %2</translation>
    </message>
    <message>
        <source>Include witnesses&apos; names and contacts</source>
        <translation>Incluir los nombres y contactos de los testigos</translation>
    </message>
    <message>
        <source>Share testimonies without recorded consent (this is logged)</source>
        <translation>Compartir testimonios sin consentimiento registrado (queda registrado)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Known libraries:</source>
        <translation>Bibliotecas conocidas:</translation>
    </message>
    <message>
        <source>Exchange keys:</source>
        <translation>Claves de intercambio:</translation>
    </message>
    <message>
        <source>Save the package as:</source>
        <translation>Guardar el paquete como:</translation>
    </message>
    <message>
        <source>Save Package</source>
        <translation>Guardar paquete</translation>
    </message>
    <message>
        <source>Amanat packages (*.amanatx)</source>
        <translation>Paquetes de Amanat (*.amanatx)</translation>
    </message>
    <message>
        <source>Line %1 of the exchange keys: %2</source>
        <translation>Línea %1 de las claves de intercambio: %2</translation>
    </message>
    <message>
        <source>Choose at least one library to share with: tick a known library or paste its exchange key.</source>
        <translation>Elija al menos una biblioteca con la que compartir: marque una biblioteca conocida o pegue su clave de intercambio.</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>Elija dónde guardar el paquete.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the package.</source>
        <translation>%1 ya existe; elija un nombre nuevo para el paquete.</translation>
    </message>
    <message>
        <source>Other libraries&apos; exchange keys, one per line</source>
        <translation>Claves de intercambio de otras bibliotecas, una por línea</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SidebarModel</name>
    <message>
        <source>All items</source>
        <translation>Todos los elementos</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>Tipos</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>Búsquedas guardadas</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Expedientes</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SidebarView</name>
    <message>
        <source>New Tag…</source>
        <translation>Nueva etiqueta…</translation>
    </message>
    <message>
        <source>New Sub-tag…</source>
        <translation>Nueva subetiqueta…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Cambiar nombre</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Fusionar con…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>No Colour</source>
        <translation>Sin color</translation>
    </message>
    <message>
        <source>Move to Top Level</source>
        <translation>Mover al nivel superior</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>Eliminar búsqueda guardada</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>Nueva etiqueta</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>Nombre de la etiqueta nueva:</translation>
    </message>
    <message>
        <source>Name of the new tag under %1:</source>
        <translation>Nombre de la etiqueta nueva dentro de %1:</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Fusionar etiqueta</translation>
    </message>
    <message>
        <source>Move the items and sub-tags of %1 onto:</source>
        <translation>Mover los elementos y las subetiquetas de %1 a:</translation>
    </message>
    <message>
        <source>Merge %1 into %2? This cannot be undone.</source>
        <translation>¿Fusionar %1 con %2? Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Eliminar etiqueta</translation>
    </message>
    <message>
        <source>Delete the tag %1 and its sub-tags? The items stay in the library. This cannot be undone.</source>
        <translation>¿Eliminar la etiqueta %1 y sus subetiquetas? Los elementos permanecen en la biblioteca. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Library contents: kinds, tags, saved searches, dossiers</source>
        <translation>Contenido de la biblioteca: tipos, etiquetas, búsquedas guardadas, expedientes</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>Compartir…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SpreadsheetImporter</name>
    <message>
        <source>Import Spreadsheet</source>
        <translation>Importar hoja de cálculo</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv);;All files (*)</source>
        <translation>Hojas de cálculo guardadas como CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Spreadsheet Not Imported</source>
        <translation>Hoja de cálculo no importada</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s) from %1?</source>
        <translation>
            <numerusform>¿Importar %n elemento desde %1?</numerusform>
            <numerusform>¿Importar %n elementos desde %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n row(s) was checked. Files already in the library are left as they are.</source>
        <translation>
            <numerusform>Se comprobó %n fila. Los archivos que ya están en la biblioteca se dejan como están.</numerusform>
            <numerusform>Se comprobaron las %n filas. Los archivos que ya están en la biblioteca se dejan como están.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>Se canceló la importación. No se escribió nada.</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>No se escribió nada. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported from %1.</source>
        <translation>
            <numerusform>%n elemento importado desde %1.</numerusform>
            <numerusform>%n elementos importados desde %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the library and were left as they are.</source>
        <translation>
            <numerusform>%n archivo ya estaba en la biblioteca y se dejó como estaba.</numerusform>
            <numerusform>%n archivos ya estaban en la biblioteca y se dejaron como estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their text is being read now.</source>
        <translation>Ahora se está leyendo su texto.</translation>
    </message>
    <message>
        <source>Spreadsheet Imported</source>
        <translation>Hoja de cálculo importada</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TagChipsWidget</name>
    <message>
        <source>Add a tag (Enter)</source>
        <translation>Añadir una etiqueta (Intro)</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TagCommands</name>
    <message>
        <source>Tag with %1</source>
        <translation>Etiquetar con %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>Quitar la etiqueta %1</translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>Cambiar el nombre de la etiqueta %1</translation>
    </message>
    <message>
        <source>Move tag %1</source>
        <translation>Mover la etiqueta %1</translation>
    </message>
    <message>
        <source>Colour of tag %1</source>
        <translation>Color de la etiqueta %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TestimonyRecordings</name>
    <message>
        <source>Recording of this testimony</source>
        <translation>Grabación de este testimonio</translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation>&amp;Grabación:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TestimonyViewer</name>
    <message>
        <source>Interview</source>
        <translation>Entrevista</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Witness identity (protected)</source>
        <translation>Identidad del testigo (protegida)</translation>
    </message>
    <message>
        <source>The witness&apos;s name and contact are hidden. Revealing them is recorded in the custody log.</source>
        <translation>El nombre y el contacto del testigo están ocultos. Mostrarlos queda anotado en el registro de la cadena de custodia.</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>Mostrar…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>No name or contact is recorded. Reveal to add them; this is recorded in the custody log.</source>
        <translation>No hay ningún nombre ni contacto registrado. Use Mostrar para añadirlos; esto queda anotado en el registro de la cadena de custodia.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>Reveal the witness&apos;s identity?</source>
        <translation>¿Mostrar la identidad del testigo?</translation>
    </message>
    <message>
        <source>The witness&apos;s name and contact will be shown on screen, and this will be recorded in the custody log. Make sure nobody else can see the screen.</source>
        <translation>El nombre y el contacto del testigo se mostrarán en pantalla, y esto quedará anotado en el registro de la cadena de custodia. Asegúrese de que nadie más pueda ver la pantalla.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Name; other spelling; name in another script</source>
        <translation>Nombre; otra grafía; nombre en otro alfabeto</translation>
    </message>
    <message>
        <source>Separate several names or spellings with &quot;;&quot; (Latin, Arabic script, Han, Cyrillic…): each is removed from bundles on its own.</source>
        <translation>Separe varios nombres o grafías con &quot;;&quot; (latina, árabe, han, cirílica…): cada uno se elimina de los legajos por separado.</translation>
    </message>
    <message>
        <source>Phone; e-mail; address</source>
        <translation>Teléfono; correo electrónico; dirección</translation>
    </message>
    <message>
        <source>Separate several contacts with &quot;;&quot;: each is removed from bundles on its own.</source>
        <translation>Separe varios contactos con &quot;;&quot;: cada uno se elimina de los legajos por separado.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TextViewer</name>
    <message>
        <source>No text was extracted from this item.</source>
        <translation>No se extrajo texto de este elemento.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n coincidencia</numerusform>
            <numerusform>%n coincidencias</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::TranscriptPane</name>
    <message>
        <source>Transcript</source>
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Type or paste the transcript; it is saved as you go. While a recording plays, F9 writes its time, such as [01:25], and F8 pauses or resumes it; a click on a time plays from there.</source>
        <translation>Escriba o pegue la transcripción; se guarda sobre la marcha. Mientras suena una grabación, F9 escribe su tiempo, por ejemplo [01:25], y F8 la pausa o la reanuda; un clic en un tiempo reproduce desde ahí.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Editando…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
</context>
<context>
    <name>amanat::ui::UnlockWidget</name>
    <message>
        <source>Unlock a library</source>
        <translation>Desbloquear una biblioteca</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>Carpeta de la biblioteca</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;Biblioteca:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>Desbloqueando</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this library. Check it and try again.</source>
        <translation>La frase de contraseña no desbloquea esta biblioteca. Compruébela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This library is open in another program. Close it there, then try again.</source>
        <translation>Esta biblioteca está abierta en otro programa. Ciérrela allí e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This library is damaged and cannot be opened safely. Restore it from a backup, or ask for help before changing anything in its folder.</source>
        <translation>Esta biblioteca está dañada y no se puede abrir de forma segura. Restáurela desde una copia de seguridad o pida ayuda antes de cambiar nada en su carpeta.</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library. Choose the folder of a library.</source>
        <translation>Esta carpeta no es una biblioteca de Amanat. Elija la carpeta de una biblioteca.</translation>
    </message>
    <message>
        <source>The library could not be opened.</source>
        <translation>No se pudo abrir la biblioteca.</translation>
    </message>
    <message>
        <source>Choose a library folder</source>
        <translation>Elija una carpeta de biblioteca</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>Bibliotecas recientes</translation>
    </message>
    <message>
        <source>&amp;Recent libraries:</source>
        <translation>Bibliotecas &amp;recientes:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>&amp;Clave de recuperación:</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>&amp;Nueva biblioteca…</translation>
    </message>
    <message>
        <source>Demo library — passphrase: %1</source>
        <translation>Biblioteca de demostración — frase de contraseña: %1</translation>
    </message>
    <message>
        <source>Unlock with the passphrase instead</source>
        <translation>Desbloquear con la frase de contraseña</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Unlock with the recovery key</source>
        <translation>¿Olvidó la frase de contraseña? Desbloquee con la clave de recuperación</translation>
    </message>
    <message>
        <source>The recovery key does not unlock this library. Check each group and try again.</source>
        <translation>La clave de recuperación no desbloquea esta biblioteca. Compruebe cada grupo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::WelcomeWidget</name>
    <message>
        <source>Welcome to Amanat</source>
        <translation>Le damos la bienvenida a Amanat</translation>
    </message>
    <message>
        <source>Amanat keeps testimonies, documents, images and recordings in one encrypted library on this computer. Nothing is sent anywhere.</source>
        <translation>Amanat guarda testimonios, documentos, imágenes y grabaciones en una biblioteca cifrada en este equipo. No se envía nada a ninguna parte.</translation>
    </message>
    <message>
        <source>Create a new library</source>
        <translation>Crear una biblioteca nueva</translation>
    </message>
    <message>
        <source>Choose a name, a folder and a passphrase. You will receive a recovery key to keep on paper.</source>
        <translation>Elija un nombre, una carpeta y una frase de contraseña. Recibirá una clave de recuperación para guardarla en papel.</translation>
    </message>
    <message>
        <source>Open an existing library</source>
        <translation>Abrir una biblioteca existente</translation>
    </message>
    <message>
        <source>Unlock a library folder that you or a colleague created before.</source>
        <translation>Desbloquee una carpeta de biblioteca que usted o un colega hayan creado antes.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Preparing the demo library with invented sample files…</source>
        <translation>Preparando la biblioteca de demostración con archivos de ejemplo ficticios…</translation>
    </message>
    <message>
        <source>Demo passphrase: %1</source>
        <translation>Frase de contraseña de demostración: %1</translation>
    </message>
    <message>
        <source>Amanat: an encrypted archive for human-rights documentation.</source>
        <translation>Amanat: un archivo cifrado para la documentación de derechos humanos.</translation>
    </message>
    <message>
        <source>Create a temporary demo library with invented sample files and open the app on it.</source>
        <translation>Crear una biblioteca de demostración temporal con archivos de ejemplo ficticios y abrir la aplicación en ella.</translation>
    </message>
    <message>
        <source>A library folder.</source>
        <translation>Una carpeta de biblioteca.</translation>
    </message>
</context>
</TS>
