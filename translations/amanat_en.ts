<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BagExporter</name>
    <message>
        <source>The folder for %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new folder for the bag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items exported from an Amanat library: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bag could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlobDevice</name>
    <message>
        <source>Item %1 has no stored original.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of a stored original is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored original is shorter than recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>A stored original is shorter than recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of a stored original is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no stored original.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>The Bates prefix must be 1 to 16 letters, digits or underscores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibit %1 (item %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original of %1 could not be read in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exhibit %1 asks for pages %2–%3, but its PDF has %n page(s).</source>
        <translation>
            <numerusform>Exhibit %1 asks for pages %2–%3, but its PDF has %n page.</numerusform>
            <numerusform>Exhibit %1 asks for pages %2–%3, but its PDF has %n pages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript — witness %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the original file (as extracted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(No text could be extracted from this file. The original is identified by its SHA-256 on the exhibit sheet.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages of %1 were not prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1 has no pages in the range asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first Bates number must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new folder for the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing exhibit %1 (%2 of %3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preparing the pages of %n original(s)…</source>
        <translation>
            <numerusform>Preparing the pages of %n original…</numerusform>
            <numerusform>Preparing the pages of %n originals…</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared with Amanat %1 on %2 UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n page(s)…</source>
        <translation>
            <numerusform>Drawing %n page…</numerusform>
            <numerusform>Drawing %n pages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than the size limit: one exhibit alone exceeds it. Ask the court how to file it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing the manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not replace the empty folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not move the bundle into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2 (%3 to %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pages %1–%2 of the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the library&apos;s hash-chained log. First: %1 on %2 by %3. Latest: %4 on %5. Latest event hash: %6.</source>
        <translation>
            <numerusform>%n event in the library&apos;s hash-chained log. First: %1 on %2 by %3. Latest: %4 on %5. Latest event hash: %6.</numerusform>
            <numerusform>%n events in the library&apos;s hash-chained log. First: %1 on %2 by %3. Latest: %4 on %5. Latest event hash: %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Author / source</source>
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
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video and audio cannot be placed in a filed PDF. The native file accompanies this bundle; its SHA-256 is listed in manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction: names and contacts of protected people, and redacted text, were removed from every page, and the finished bundle was read back (text and OCR of every page image) to check that none is legible. Each exhibit sheet says what was removed and who reviewed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test setting turned redactor strategies off: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the finished bundle for protected names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OCR language is installed, so page images cannot be checked for protected names. Install tesseract-ocr-eng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected names are written in %1 script, which OCR cannot read on this computer, so page images cannot be checked for them. Install %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibit %1 (item %2) page %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>; and %n more</numerusform>
            <numerusform>; and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) await redaction review: %1. Check the proposed boxes in the app (dossier → Review redactions) or with amanat-cli redact-preview, then approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…); or export anyway with --accept-unreviewed, which is logged and printed on the exhibit sheets.</source>
        <translation>
            <numerusform>%n page awaits redaction review: %1. Check the proposed boxes in the app (dossier → Review redactions) or with amanat-cli redact-preview, then approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…); or export anyway with --accept-unreviewed, which is logged and printed on the exhibit sheets.</numerusform>
            <numerusform>%n pages await redaction review: %1. Check the proposed boxes in the app (dossier → Review redactions) or with amanat-cli redact-preview, then approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…); or export anyway with --accept-unreviewed, which is logged and printed on the exhibit sheets.</numerusform>
        </translation>
    </message>
    <message>
        <source>exhibit %1 (item %2) page %3: the redactor found a protected name in the page image</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more page(s) await redaction review: %1. Review and approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…), or export with --accept-unreviewed.</source>
        <translation>
            <numerusform>%n more page awaits redaction review: %1. Review and approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…), or export with --accept-unreviewed.</numerusform>
            <numerusform>%n more pages await redaction review: %1. Review and approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…), or export with --accept-unreviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not redacted in this dossier by the user&apos;s recorded choice: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) removed automatically</source>
        <translation>
            <numerusform>%n area removed automatically</numerusform>
            <numerusform>%n areas removed automatically</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) marked by hand</source>
        <translation>
            <numerusform>%n area marked by hand</numerusform>
            <numerusform>%n areas marked by hand</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) removed from the text</source>
        <translation>
            <numerusform>%n passage removed from the text</numerusform>
            <numerusform>%n passages removed from the text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic area(s) left visible by the reviewer</source>
        <translation>
            <numerusform>%n automatic area left visible by the reviewer</numerusform>
            <numerusform>%n automatic areas left visible by the reviewer</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed removing: no protected name, contact or marked area was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed to protect: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) reviewed by %1; last on %2.</source>
        <translation>
            <numerusform>%n page reviewed by %1; last on %2.</numerusform>
            <numerusform>%n pages reviewed by %1; last on %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT REVIEWED by a person: page(s) %1 of the original, exported with --accept-unreviewed by %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original in the library is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a protected string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a protected name of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a protected contact of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a redacted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), its native file %3: %4 in %5 (the recording&apos;s container metadata or its content); export a copy without metadata or leave the exhibit out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page %1 (%2) of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), page %3 of the original, on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is legible in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The leak check read the finished bundle back and found %n protected string(s) still legible, so no bundle was written: %1. Mark the place to cover (redact --rect, or the redaction review) and export again.</source>
        <translation>
            <numerusform>The leak check read the finished bundle back and found %n protected string still legible, so no bundle was written: %1. Mark the place to cover (redact --rect, or the redaction review) and export again.</numerusform>
            <numerusform>The leak check read the finished bundle back and found %n protected strings still legible, so no bundle was written: %1. Mark the place to cover (redact --rect, or the redaction review) and export again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written or logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation of exhibit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1, %2: pages %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · translation of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · translated in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (item %2, not in this bundle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translated in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1, %2, pages %3 to %4 of this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I certify that I am competent to translate from %1 into %2, and that the translation listed below is a true and accurate translation of the original document listed below, to the best of my knowledge and belief.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the language of the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not recorded in the library)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table of Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>this bundle of %n page(s) (%1 to %2)</source>
        <translation>
            <numerusform>this bundle of %n page (%1 to %2)</numerusform>
            <numerusform>this bundle of %n pages (%1 to %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule of Country Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract relied on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (pages %2–%3 of the original)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The schedule of country evidence has %n page(s); tribunals often allow no more than 12. Shorten the exhibits&apos; descriptions.</source>
        <translation>
            <numerusform>The schedule of country evidence has %n page; tribunals often allow no more than 12. Shorten the exhibits&apos; descriptions.</numerusform>
            <numerusform>The schedule of country evidence has %n pages; tribunals often allow no more than 12. Shorten the exhibits&apos; descriptions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundlePlanner</name>
    <message>
        <source>The profile must be uk (A4) or us (Letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1 has a page range, but item %2 has no pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier &quot;%1&quot; has no exhibits to put in a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness has not consented to court use of exhibit(s) %1. Record their consent, or override it if you have another lawful basis (amanat-cli bundle --override-consent, or the box in the export dialog); the override is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier&apos;s case details contain a protected name or contact; it is blacked out in the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page numbering must be continuous or section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1 translates exhibit %2: it is placed directly after it, in section &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleReadme</name>
    <message>
        <source>HOW TO CHECK THIS BUNDLE WITHOUT AMANAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder was exported by Amanat from the dossier &quot;%1&quot;. manifest.json lists every file of the folder with its SHA-256 hash, and every exhibit with its chain of custody. manifest.sig is a signature of manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. The files. In this folder, run the command below. Every line must end in &quot;OK&quot;. No file other than those listed belongs to the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. The signature. manifest.sig is the Ed25519 signature of the exact bytes of manifest.json, made with the key whose public half is in manifest.json (&quot;signing_key&quot;). Its fingerprint, the SHA-256 of the 32-byte public key, is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the sender gave you another way (in person, by telephone). With OpenSSL 3, the second command prints the fingerprint and the last one must print &quot;Signature Verified Successfully&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. The chain of custody. Each custody event says who did what to an exhibit, and when. The library keeps all events in one chain: an event&apos;s &quot;hash&quot; is the SHA-256 of the 32 bytes written in hexadecimal as its &quot;prev_hash&quot; (the hash of the event before it in the library, which may concern another item), followed by the UTF-8 bytes of its &quot;canonical&quot; text. That text is the event itself as compact JSON with sorted keys, and must say the same as the event&apos;s other fields. This Python 3 script, run in this folder, checks every event:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event whose &quot;canonical&quot; is null named a protected person in its details or as the person acting, which this bundle blacks out; its hash can be checked only in the library that exported the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a symbolic link, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the fingerprint it states does not belong to its public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not an Ed25519 signature (%1 bytes instead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature does not match (the manifest was changed or signed by another key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signing key fingerprint %1 is not the expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a path a manifest may list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is listed as an exported file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is listed twice in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size differs from the manifest (%1 bytes instead of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is the native file of exhibit %1 but is not in the manifest&apos;s file list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not end with a new line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 is not a sha256sum line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1 names a path that is not allowed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists %1 twice or lists itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists %1, which is not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gives %1 another SHA-256 than the signed manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 differs from manifest.sha256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not laid out as the manifest writer lays it out (lines reordered or changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key fingerprint (64 hexadecimal digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no manifest.json; it is not a bundle folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest in %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a readable manifest (%1); the signature and the files it lists could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a time-stamp request over this manifest.json</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Too few arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item id (a positive number).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
The passphrase is read from AMANAT_PASSPHRASE, else prompted on a terminal, else taken from the first line of standard input.
Exit codes: 0 success, 1 failure, 2 usage, 3 wrong passphrase or recovery key, 4 verify found a problem, 5 library in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of the new items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the new items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag path (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; the fields are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overwrite DEST if it exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created the library %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the recovery key on paper and keep it apart from this computer. It is shown only now; with it anyone can open the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals: %1 checked, %2 damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody log: ok (%1 events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library failed verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed; the old one no longer opens this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WARNING: these lines open the whole library without the passphrase. Do not save them in a file, a chat or a shell history. Paste them into `sqlcipher library.db` to read the data with standard tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up to %1; it opens with the same passphrase and recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag path to add (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag path to remove (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one --add or --remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; run amanat-cli help.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: %2</source>
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
        <translation type="unfinished"></translation>
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
        <translation>
            <numerusform>%n item matches (%1 ms).</numerusform>
            <numerusform>%n items match (%1 ms).</numerusform>
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
        <translation>
            <numerusform>Deleted the tag %1; %n item lost it.</numerusform>
            <numerusform>Deleted the tag %1; %n items lost it.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large for a tag list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created.</source>
        <translation>
            <numerusform>%n tag created.</numerusform>
            <numerusform>%n tags created.</numerusform>
        </translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the password file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uk (A4, default) or us (Letter).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bates prefix (default BUNDLE).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First Bates number (default 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Split into parts above this many MB (default 25).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write an AES-256 encrypted copy with this password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File testimonies without recorded court consent (logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds allowed for preparing one exhibit&apos;s pages (default 600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--start takes a whole number from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-size takes a size in MB (at least 0.01).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n page(s) (%3 to %4).</source>
        <translation>
            <numerusform>Wrote %1: %2, %n page (%3 to %4).</numerusform>
            <numerusform>Wrote %1: %2, %n pages (%3 to %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove every occurrence of this text (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black out an area of a page, in fractions of the page (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the item&apos;s redactions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a redaction by its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail unless the manifest was signed by the key with this fingerprint (case, spaces and colons are ignored).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expect-key takes a fingerprint of 64 hexadecimal digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1 checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is intact: every file matches the signed manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The bundle failed verification: %n problem(s).</source>
        <translation>
            <numerusform>The bundle failed verification: %n problem.</numerusform>
            <numerusform>The bundle failed verification: %n problems.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court or tribunal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing date (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties, as printed on the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel, as printed on the cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section title; created at the end when missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these pages of a PDF or scan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this segment of a video or audio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit label (default: A1, A2…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--pages takes FIRST-LAST, e.g. 3-7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--time takes START-END, e.g. 1:05-2:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n exhibit</numerusform>
            <numerusform>%n exhibits</numerusform>
        </translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (pages %1–%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 s–%2 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier &quot;%1&quot; has no exhibit labelled &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export although pages await redaction review (logged, and printed on the exhibit sheets).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Leak check: %n page(s) read back, %1 of them by OCR; no protected string found.</source>
        <translation>
            <numerusform>Leak check: %n page read back, %1 of them by OCR; no protected string found.</numerusform>
            <numerusform>Leak check: %n pages read back, %1 of them by OCR; no protected string found.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave an area visible that the redactor covered by mistake (repeatable; the leak check still reads it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --text/--rect/--keep, or --list, or --remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Not redacted in this dossier: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this person is not redacted (logged, printed on the bundle).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dossier exempt needs --reason TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a dossier command: create, add, list, show, remove, delete, exempt or unexempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept a passphrase that is easy to guess (for tests only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is too easy to guess: whoever takes the computer would try it first. Use a sentence of several words only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last committed change: present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last committed change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name variant (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number, e-mail or address (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%n name(s)</source>
        <translation>
            <numerusform>%1	%2	%n name</numerusform>
            <numerusform>%1	%2	%n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n contact(s)</source>
        <translation>
            <numerusform>, %n contact</numerusform>
            <numerusform>, %n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>	testimony %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a name variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a name variant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the person another code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a person command: add, list, show, edit or delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page to show (from 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply this dossier&apos;s exemptions and text redactions, as its bundle would.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page unburned and list the proposed boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n area(s) found automatically</source>
        <translation>
            <numerusform>Wrote %1: %n area found automatically</numerusform>
            <numerusform>Wrote %1: %n areas found automatically</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n marked by hand.</source>
        <translation>
            <numerusform>, %n marked by hand.</numerusform>
            <numerusform>, %n marked by hand.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the pages that await review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --list: every page that needs review, reviewed or not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark pages reviewed: ITEM:PAGE, more may follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give --list or --approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ITEM:PAGE (e.g. 12:3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) marked reviewed.</source>
        <translation>
            <numerusform>%n page marked reviewed.</numerusform>
            <numerusform>%n pages marked reviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page numbers: continuous (PFX-000001…, default) or section (A1, A2… B1…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit labels are already in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are ocr_languages=LANGS and custodian=NAME.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-number (US immigration court), as in A123-456-789.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old recovery key no longer opens this library. Write the new one down and keep it apart from the computer; it is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  item %1: extraction incomplete: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items a search query finds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The items with a tag or its sub-tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibits of a dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the items with one of --query, --tag, --dossier or item numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder the file column&apos;s paths are relative to (default: the CSV file&apos;s folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source-Organization of the bag (default: the library&apos;s custodian).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the bag have redactions: the bag holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>%n item in the bag has redactions: the bag holds its original file as it is, not redacted.</numerusform>
            <numerusform>%n items in the bag have redactions: the bag holds their original files as they are, not redacted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: %1. Items made: %2. Files already in the library: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in the bag: %1. Files: %2. Bytes: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the ZIP have redactions: it holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>%n item in the ZIP has redactions: it holds its original file as it is, not redacted.</numerusform>
            <numerusform>%n items in the ZIP have redactions: it holds their original files as they are, not redacted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time stamp: %1 UTC, by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stamp: %1 UTC, by %2 (not checked against a certificate you trust)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PEM file of the time-stamping authority&apos;s certificate (or its CA): the reply&apos;s signer must chain to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write OUTDIR/manifest.tsq over the bundle&apos;s manifest.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bundle takes the bundle folder and nothing else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the library, the items and the request file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this file to a time-stamping authority (RFC 3161) and bring its reply back: timestamp-import for a library, or manifest.tsr beside the manifest for a bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is intact and answers the request, but its authority was not checked against a certificate you trust (--tsa-ca).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as an exchange key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write the key as a QR code image (PNG) to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the line above to the libraries that will send you packages. To confirm it, read out its fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recipient library&apos;s exchange key, or a file holding it (repeat for several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the witnesses&apos; names and contacts too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share testimonies without recorded consent (logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one recipient with --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shared %n item(s) with %1 library(ies). Package SHA-256: %2</source>
        <translation>
            <numerusform>Shared %n item with %1 library(ies). Package SHA-256: %2</numerusform>
            <numerusform>Shared %n items with %1 library(ies). Package SHA-256: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Witnesses&apos; names and contacts were not included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse the package unless its sender has this fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not extract the text of received files that come without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was already received on %1; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From “%1”: %n item(s), of which %2 new and %3 already here.</source>
        <translation>
            <numerusform>From “%1”: %n item, of which %2 new and %3 already here.</numerusform>
            <numerusform>From “%1”: %n items, of which %2 new and %3 already here.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new sender, now pinned. Check this fingerprint with them:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sender&apos;s new key, which you confirmed, replaces the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget a sender (library id or fingerprint); its next package is pinned anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither a library&apos;s exchange key nor a file holding one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClipMarkers</name>
    <message>
        <source>A clip must start at or after 0 and end at or after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clip note may hold at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clip marker %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommittedHead</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of the library&apos;s last committed change (custody.head) was altered or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>No known sender has the id or fingerprint %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The CSV file is not valid UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has an unclosed quote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyEventText</name>
    <message>
        <source>Collected as %1 (%2, SHA-256 %3…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created as %1, without an original file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Text and details read from the original (%n page(s)).</source>
        <translation>
            <numerusform>Text and details read from the original (%n page).</numerusform>
            <numerusform>Text and details read from the original (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the original failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details changed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tagged %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the original was saved as %1 (SHA-256 %2…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to dossier %1 as exhibit %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed from dossier %1 (it was exhibit %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved within dossier %1 (exhibit %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1 of dossier %2 renumbered %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed as exhibit %1 in a bundle of dossier %2, pages %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed as exhibit %1 of dossier %2 without the witness&apos;s court consent, by the user&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An area of page %1 marked for redaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A passage of %n character(s) marked for redaction.</source>
        <translation>
            <numerusform>A passage of %n character marked for redaction.</numerusform>
            <numerusform>A passage of %n characters marked for redaction.</numerusform>
        </translation>
    </message>
    <message>
        <source>A redaction removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 reviewed for redaction in dossier %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip marker added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip marker changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip marker removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness&apos;s protected details were shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted from the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletion undone: back in the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received again from %1 (package SHA-256 %2…): kept as it was here, with the sender&apos;s tags and record added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Received from %1 in a sealed package (SHA-256 %2…), with %n event(s) of its record there.</source>
        <translation>
            <numerusform>Received from %1 in a sealed package (SHA-256 %2…), with %n event of its record there.</numerusform>
            <numerusform>Received from %1 in a sealed package (SHA-256 %2…), with %n events of its record there.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared in a sealed package (SHA-256 %1…) without the witness&apos;s recorded consent, by the user&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>custody event %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody event %1 does not follow the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>custody event %1 was altered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the custody log was cut off or rewritten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custody log&apos;s write protection was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custodian&apos;s name has at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A custodian&apos;s name is one line without control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The library database is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanat was built without SQLCipher encryption; refusing to open the library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database key could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database setting %1 could not be applied (it reads &quot;%2&quot;, expected &quot;%3&quot;); refusing to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved and the library is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library database is damaged or was modified outside Amanat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is in use by another process.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library cannot be written: the folder is read-only, missing or not accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library (was the drive removed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected database error (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search functions could not be registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: the library database was used from the wrong thread; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateSpec</name>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range; this field takes a single date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range &quot;%1&quot; ends before it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoLibrary</name>
    <message>
        <source>The demo item %1 was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo transcript is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkpoint testimonies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoSamples</name>
    <message>
        <source>The demo file %1 could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo video is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierRepository</name>
    <message>
        <source>A dossier needs a name of one line (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hearing date &quot;%1&quot; is not a date like 2026-03-31.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dossier named &quot;%1&quot; already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dossier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no dossier named or numbered &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A section needs a title of one line (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier already has a section &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no section %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one item to add.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A page range must be FIRST-LAST with 1 &lt;= FIRST &lt;= LAST.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time segment needs a start and an end after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exhibit label is one line of at most 40 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exhibit %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exhibit can only move within its dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an A-number: it has 8 or 9 digits, as in A123-456-789.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeIdentity</name>
    <message>
        <source>This is not a library&apos;s exchange key. Ask for the key that amanat-cli exchange-key prints (88 characters).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeKey</name>
    <message>
        <source>The library&apos;s exchange key is damaged; packages cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExchangeKeyStore</name>
    <message>
        <source>The library has no exchange key yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s exchange id is missing.</source>
        <translation type="unfinished"></translation>
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
    <name>GeneratedPages</name>
    <message>
        <source>Case number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hearing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) in %1 section(s).</source>
        <translation>
            <numerusform>%n exhibit in %1 section.</numerusform>
            <numerusform>%n exhibits in %1 sections.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), numbered %1 to %2 in the lower margin of every page.</source>
        <translation>
            <numerusform>%n page, numbered %1 to %2 in the lower margin of every page.</numerusform>
            <numerusform>%n pages, numbered %1 to %2 in the lower margin of every page.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity: manifest.json, filed beside this PDF, lists the SHA-256 of every exhibit&apos;s original as collected, its chain of custody, and the SHA-256 of every file of this bundle. It is signed (manifest.sig, Ed25519) with the key of the library that produced it, whose fingerprint is:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This bundle is filed in %n parts. Each begins with this cover and the full index:</source>
        <translation>
            <numerusform>This bundle is filed in %n parts. Each begins with this cover and the full index:</numerusform>
            <numerusform>This bundle is filed in %n parts. Each begins with this cover and the full index:</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate of translation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature of the translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A-Number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 (date), I, %2, served a copy of %3 and any attached pages on the Department of Homeland Security (DHS), Office of the Principal Legal Advisor, at the following address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by (tick one):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[  ] first-class mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[  ] personal service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[  ] electronic service (ECAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelperRun</name>
    <message>
        <source>The page helper (%1) could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pages of %1 could not be prepared: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelperSandbox</name>
    <message>
        <source>The sandbox of the extraction helper cannot be applied on this system, so no file will be read: its text and pictures stay pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landlock (Linux 5.13 or later) is not available, so file access is limited by the system-call filter alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user namespaces are switched off, so the helper shares this computer&apos;s network and process namespaces (the system-call filter still refuses network connections)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extraction helper&apos;s sandbox is incomplete here: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewFields</name>
    <message>
        <source>Witness code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. W-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>if there was one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>The value for %1 contains a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value for %1 is too long (at most %2 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An item must have a kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value for %1 must be a single line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; use a code such as en, zh, ug or ar-SY.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it should start with https:// or similar).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consent scope; use any of: %2.</source>
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
    <message>
        <source>&quot;%1&quot; is not an item number (%2 takes the number of another item).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemRepository</name>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item %1 in this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; the fields are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies only to testimony items; set kind=testimony first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 cannot be the translation of itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 applies only to testimony, video and audio items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 can no longer be restored: it was erased.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemSelection</name>
    <message>
        <source>There is no tag %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No item matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the query %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the items %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The key-slot file of this library is damaged or was modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not an Amanat library (it has no key-slot file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key-slot file cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder is not an Amanat library (its key-slot file is not recognised).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library was made by a newer version of Amanat (key-slot format %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library has no slot for that kind of key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Russian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>German</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Persian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somali</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LeakCheck</name>
    <message>
        <source>%1 cannot be read back for the leak check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bundle folder&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking the bytes of %n file(s)…</source>
        <translation>
            <numerusform>Checking the bytes of %n file…</numerusform>
            <numerusform>Checking the bytes of %n files…</numerusform>
        </translation>
    </message>
    <message>
        <source>the file&apos;s bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every object of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (PDF object %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading back %n page(s) as a recipient would…</source>
        <translation>
            <numerusform>Reading back %n page as a recipient would…</numerusform>
            <numerusform>Reading back %n pages as a recipient would…</numerusform>
        </translation>
    </message>
    <message>
        <source>The leak check of %1 did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The leak check did not read every page of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page image (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text layer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The library database is not encrypted; refusing to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters, better a sentence of several words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; choose a new folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no signing key yet; open it for writing to create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library lost committed work: its custody log ends at event %1, but event %2 (%3 at %4) had been committed. The database was probably rolled back by a crash and a damaged write-ahead log. Copy out what you need and restore a backup; the library opens for reading only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library&apos;s database file %1 was removed or replaced while it was open; what was saved since then is lost. Nothing more will be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the custody log has no import event for its original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its bytes no longer match the SHA-256 its import event recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its recorded SHA-256 was changed after import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library was locked before this change could be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library has no exchange key yet; open it for writing to create one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LibraryLock</name>
    <message>
        <source>The library&apos;s lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is in use by another process; close it there first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>not a valid manifest: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path contains a control character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the path has an empty, &quot;.&quot; or &quot;..&quot; part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON error at byte %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest has version %1; this program reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signing key is not an Ed25519 key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the public key is not 32 bytes of base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;files&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a file entry lacks a path, a size or a SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a bundle folder may hold only regular files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be listed in a manifest: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The native file of exhibit %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The native file %1 of exhibit %2 is not in the folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OriginalExporter</name>
    <message>
        <source>Item %1 has no original file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored original of item %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored original of item %1 no longer matches its SHA-256; nothing was written. Run verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link; choose a plain file name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageReceiver</name>
    <message>
        <source>WARNING: this package says it comes from “%1”, but it is signed with other keys than that library used before.
Pinned fingerprint: %2
This package:      %3
Anyone can claim a name. Unless the sender told you they have new keys, do not trust this package. If they did, confirm the new fingerprint with them by phone or in person, then receive it again expecting that sender (amanat-cli receive --expect-sender).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original of the package&apos;s item %1 does not match its SHA-256. Nothing was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The expected sender&apos;s fingerprint must be 64 hexadecimal digits, as amanat-cli exchange-key prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is signed by “%1” with the fingerprint
%2
not by the expected sender. Nothing was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was shared by this library itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s list of items is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s list of items is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package&apos;s item %1 cannot be received: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package changed while it was being received. Nothing was received.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageSharer</name>
    <message>
        <source>%1 already exists; choose a new name for the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one library to share with (its exchange key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witnesses of testimony item(s) %1 have not recorded consent to any use of their testimony, so they are not shared. Record their consent, or override it if you have another lawful basis (amanat-cli share --override-consent); the override is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original of item %1 does not match its recorded SHA-256; run a verification of the library. Nothing was shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package could not be moved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one of the most common passwords; it is guessed at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeated or sequential characters add little. Add a few unrelated words instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longer is stronger: a sentence of five or more words that only you would think of is easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another unrelated word.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfAssembler</name>
    <message>
        <source>%1 is an encrypted PDF; courts do not accept encrypted documents. Import an unlocked copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read as a PDF (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The generated pages could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page stamps could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle PDF could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transport copy could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An image of an original could not be replaced (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfObjectScanner</name>
    <message>
        <source>document information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bookmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links and annotations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XMP metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>named destinations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stream data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document trailer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read back as a PDF for the leak check.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message numerus="yes">
        <source>A name or contact can have at most %n character(s).</source>
        <translation>
            <numerusform>A name or contact can have at most %n character.</numerusform>
            <numerusform>A name or contact can have at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected person needs a code of 1 to %n character(s), such as W-014; it is what lists and bundles show instead of the name.</source>
        <translation>
            <numerusform>A protected person needs a code of 1 to %n character, such as W-014; it is what lists and bundles show instead of the name.</numerusform>
            <numerusform>A protected person needs a code of 1 to %n characters, such as W-014; it is what lists and bundles show instead of the name.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no protected person %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no protected person &quot;%1&quot; (give the number or the code that amanat-cli person list shows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give at least one name or contact for the protected person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A protected person with the code %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected person %1 has no such value to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why %1 is not redacted in this dossier (for example: the appellant&apos;s own appeal); the reason is logged and printed on the bundle.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported.</source>
        <translation>
            <numerusform>%n file imported, %1 duplicate, %2 could not be imported.</numerusform>
            <numerusform>%n files imported, %1 duplicates, %2 could not be imported.</numerusform>
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
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrImage</name>
    <message>
        <source>The QR code could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>That is not a recovery key: it should be %1 groups of four letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Amanat recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library: %1
Created: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the library if the passphrase is forgotten. Anyone who has it and the library folder can read everything in the library.

Keep this sheet somewhere safe and away from the computer — never in the library folder or on the same disk. Destroy other copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionPreview</name>
    <message>
        <source>Item %1 has no pages to preview (it is not a PDF or an image).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages are numbered from 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original of item %1 could not be read in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no page %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionRepository</name>
    <message>
        <source>A redaction area is PAGE,X,Y,W,H with X, Y, W and H as fractions of the page (e.g. 1,0.1,0.2,0.5,0.05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A text redaction needs the text to remove (at most 1,000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A redaction area must lie within the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no redaction %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A kept area must lie within the page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedactionReview</name>
    <message>
        <source>text redaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>photo or scan page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scan page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area marked by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>protected name or redacted text in the page&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 is not an exhibit of this dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no page %2 in this dossier.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedPackage</name>
    <message>
        <source>The package ends too early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is damaged, incomplete, or was changed after it was signed. Nothing was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A package needs at least one recipient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Amanat exchange package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package was made by a newer version of Amanat. Update Amanat to receive it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package was sealed for other libraries, not for this one. Ask the sender to share it again with this library&apos;s exchange key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealedPackageReader</name>
    <message>
        <source>This package was sealed for other libraries, not for this one. Ask the sender to share it again with this library&apos;s exchange key.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
    <message>
        <source>The query is too long (%1 words); search for at most %2 words at a time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The passphrase is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No passphrase given: set AMANAT_PASSPHRASE, type it at the prompt, or pass it on standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedItem</name>
    <message>
        <source>The package&apos;s item %1 is malformed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The library&apos;s signing key is damaged; bundles cannot be signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeyStore</name>
    <message>
        <source>The library has no signing key yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>the file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row without a file needs a kind (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row without a file needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not apply to an item of kind %2; give the row a kind column, such as testimony.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a column Amanat knows. The columns are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: the header names neither a file nor a title column, so it is not a header.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large for a spreadsheet of items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the spreadsheet has %n problem(s) to correct.</source>
        <translation>
            <numerusform>Nothing was imported: the spreadsheet has %n problem to correct.</numerusform>
            <numerusform>Nothing was imported: the spreadsheet has %n problems to correct.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and %n more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message>
        <source>it has more values (%1) than the header has columns (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1 holds a value but has no name in the header.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagPalette</name>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Violet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagPath</name>
    <message>
        <source>&quot;%1&quot; is not a tag path: a level is empty (write it as Parent/Child).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag name may not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag path is nested too deeply (at most %1 levels).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
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
        <source>Line %1 of the CSV file has more than two columns (path, colour); quote a path that contains a comma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestimonyEditing</name>
    <message>
        <source>Item %1 is not a testimony.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item %1 has no transcript: only testimonies, videos and audio recordings do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeStamp</name>
    <message>
        <source>The time-stamp request is not over a SHA-256 digest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp request could not be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a time-stamp request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a time-stamp reply (an RFC 3161 .tsr file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamping authority refused the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time-stamp reply answers another request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate could be read from the authority&apos;s certificate file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp reply carries no certificate; give the authority&apos;s certificate to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time-stamp reply does not check: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeStamps</name>
    <message>
        <source>%1 holds no manifest.json; it is not a bundle folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle is time-stamped already (manifest.tsr); a new request would not match that reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This time-stamp reply answers none of this library&apos;s requests; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Part of this change failed, so none of it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UwaziExporter</name>
    <message>
        <source>The stored original of item %1 no longer matches its SHA-256; run verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::FileUtil</name>
    <message>
        <source>The disk is full; %1 was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: permission denied or the disk is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ReextractJob</name>
    <message>
        <source>Item %1 has no original file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::AddToDossierDialog</name>
    <message>
        <source>Add to Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected item(s) as exhibits of:</source>
        <translation>
            <numerusform>Add the %n selected item as exhibits of:</numerusform>
            <numerusform>Add the %n selected items as exhibits of:</numerusform>
        </translation>
    </message>
    <message>
        <source>This library has no dossier yet. Create one with Dossiers → New Dossier, then add items to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::BundleExportDialog</name>
    <message>
        <source>Export Court Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK tribunal (A4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US court (Letter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle is split into numbered parts at exhibit boundaries above this size (25 MB for US immigration e-filing, 50 MB for the UK Upper Tribunal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File testimonies without recorded court consent (written to the custody log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bates p&amp;refix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Split above:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted transport copy (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also writes bundle-transport.pdf, encrypted with AES-256, for sending. The filing copy is never encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new folder made for the bundle. Avoid names of people: folder names travel with the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New folder name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the Bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to put the bundle in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the new folder a name without slashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose another folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two transport passwords differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Bundle written: %n page(s), %1 to %2.</source>
        <translation>
            <numerusform>Bundle written: %n page, %1 to %2.</numerusform>
            <numerusform>Bundle written: %n pages, %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filing copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native files: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bates range: %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export pages nobody reviewed (written to the custody log and printed on the exhibit sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without it, the export stops while pages of scans, photos or pages naming protected people await a person&apos;s look in the redaction review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review Redactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page has been reviewed. Export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling: pages already being made are finished first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuous (BUNDLE-000001, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By section (A1, A2… B1, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family courts and some tribunals number each section&apos;s pages on their own: A1, A2… in the first section, B1… in the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;numbers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a folder, or choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no folder %1. Type an existing folder, or choose one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::CaseDetailsForm</name>
    <message>
        <source>e.g. Appeal of W-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Court or tribunal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties, as printed on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counsel, as printed on the cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Court or tribunal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ounsel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hearing date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US immigration court only, e.g. A123-456-789</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ClipMarkersPanel</name>
    <message>
        <source>In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the start of a clip at the current position (I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the end of a clip at the current position (O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a clip to go to its start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected clip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>–</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In %1   Out %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::CreateLibraryWidget</name>
    <message>
        <source>Create a new library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Casework</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase unlocks the library. A sentence of several words that only you would think of is strong and easy to remember. There is no way to reset it without the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the library and deriving its keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name cannot contain slashes or start with a dot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanat cannot write in %1. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to create the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages of the scans and photos you will import (pages are read in these; you can change them later in Settings):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::CustodyHistoryWidget</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::DeleteItemsCommand</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::DetailPane</name>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its text could not be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of its text could be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is protected by a password, so its text could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its text has not been read yet. Item → Read Text Again reads it now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierEditor</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section, e.g. B. Country conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag items here from the item list. Drag exhibits and sections to reorder them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections and exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redactions of this item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the section &quot;%1&quot; and its %n exhibit(s) from the dossier? The items stay in the library.</source>
        <translation>
            <numerusform>Remove the section &quot;%1&quot; and its %n exhibit from the dossier? The items stay in the library.</numerusform>
            <numerusform>Remove the section &quot;%1&quot; and its %n exhibits from the dossier? The items stay in the library.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not redacted in this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view Redactions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the boxes the redactor proposes on scans and on pages that name protected people, correct them and approve each page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renum&amp;ber Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label the exhibits again in their order, A1, A2… B1…, as a court expects after a removal. Each change goes into the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierLauncher</name>
    <message>
        <source>&amp;New Dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierModel</name>
    <message>
        <source>(item %1 is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dossier first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A. Exhibits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pp. %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1  —  %n exhibit(s)</source>
        <translation>
            <numerusform>%1  —  %n exhibit</numerusform>
            <numerusform>%1  —  %n exhibits</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages / segment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExchangeController</name>
    <message>
        <source>S&amp;hare…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the selected items to other Amanat libraries in a sealed package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the items to share first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Receive Package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a sealed package that another library shared with this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanat packages (*.amanatx);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xchange Key and Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing was cancelled. No package was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) sealed into %1. Send the file any way you like: only the libraries you chose can open it.</source>
        <translation>
            <numerusform>%n item sealed into %1. Send the file any way you like: only the libraries you chose can open it.</numerusform>
            <numerusform>%n items sealed into %1. Send the file any way you like: only the libraries you chose can open it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package comes from %1, a library you have not received from before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you trust it, check its fingerprint with the sender, by phone or in person:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Sender&apos;s Keys Have Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package says it comes from %1, but it is signed with other keys than that library used before. Anyone can claim a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint known until now:
%1
Fingerprint of this package:
%2

Unless the sender told you they have new keys, do not receive this package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do Not Receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I Confirmed the New Keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the New Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the fingerprint the sender read out to you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving was cancelled. Nothing was received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: %1 was not received: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 had already been received; nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n item(s) received, of which %2 new and %3 already here.</source>
        <translation>
            <numerusform>From %1: %n item received, of which %2 new and %3 already here.</numerusform>
            <numerusform>From %1: %n items received, of which %2 new and %3 already here.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their text is being read now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The inbox folder %1 cannot be watched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox: %1 comes from a sender to be checked first; open it with File → Receive Package….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExchangeKeyDialog</name>
    <message>
        <source>Exchange Key and Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library&apos;s exchange key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give this key to the libraries that will send you packages. Confirm it by reading the fingerprint out to them, by phone or in person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries that have sent packages here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sender is remembered with its keys the first time a package from it is received. If a package later comes under other keys, Amanat warns you and holds it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While the library is open, packages that appear in this folder are received from senders you know. Point a folder synchronised by Syncthing, Nextcloud or a USB stick here to exchange with other offices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inbox folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inbox Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Watching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget %1? Its next package is treated as coming from a new sender, whose fingerprint you check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExemptionsPanel</name>
    <message>
        <source>People not redacted in this dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (required), e.g. the appellant&apos;s own appeal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do &amp;Not Redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They stay readable in this dossier&apos;s bundles; the reason is logged and printed on the bundle&apos;s cover and exhibit sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No protected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone is exempted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExhibitDetailsPanel</name>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File without the witness&apos;s court consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only with another lawful basis. Filing this testimony without recorded court consent is written to the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exhibit needs a label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give both the first and the last page (first ≤ last), or neither.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A segment needs a start and a later end, e.g. 1:05 to 2:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use a saved clip as the segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved clips…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExportController</name>
    <message>
        <source>Export as &amp;Bag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected items as a BagIt bag for an archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as Bag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for &amp;Uwazi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected items as the ZIP that Uwazi&apos;s CSV import reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export for Uwazi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request &amp;Time Stamp…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a request that a time-stamping authority signs, to prove when the selected items were held as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Time Stamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp requests (*.tsq)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Time-Stamp &amp;Reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Time-Stamp Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-stamp replies (*.tsr);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the items first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s)</source>
        <translation>
            <numerusform>%n selected item</numerusform>
            <numerusform>%n selected items</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to the bag %1.</source>
        <translation>
            <numerusform>%n item written to the bag %1.</numerusform>
            <numerusform>%n items written to the bag %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have redactions: the bag holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>%n of them has redactions: the bag holds its original file as it is, not redacted.</numerusform>
            <numerusform>%n of them have redactions: the bag holds their original files as they are, not redacted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bag Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the ZIP for Uwazi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1 for Uwazi&apos;s CSV import.</source>
        <translation>
            <numerusform>%n item written to %1 for Uwazi&apos;s CSV import.</numerusform>
            <numerusform>%n items written to %1 for Uwazi&apos;s CSV import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have redactions: the ZIP holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>%n of them has redactions: the ZIP holds its original file as it is, not redacted.</numerusform>
            <numerusform>%n of them have redactions: the ZIP holds their original files as they are, not redacted.</numerusform>
        </translation>
    </message>
    <message>
        <source>ZIP Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the time-stamp request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Request Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time-Stamp Request Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is in %1. Take it to a time-stamping authority when you are online, then bring the reply back with File → Import Time-Stamp Reply….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reply was already stored; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time stamp stored in the custody log: %1, by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply is intact and answers this library&apos;s request; who the authority is was not checked against its certificate (amanat-cli timestamp-import --tsa-ca does that).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time Stamp Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::FacetModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImageViewer</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate left (view only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate right (view only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracted text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No text was found in this image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image could not be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportController</name>
    <message>
        <source>There were no files to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF needs a password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportListModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored; extraction failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored; extraction pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportPanel</name>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop after the current file. Stored files whose text is not extracted yet stay pending and can be extracted later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing file %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracting text: %1 of %2 done…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import stopped early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported, %3 extraction(s) failed.</source>
        <translation>
            <numerusform>%n file imported, %1 duplicate, %2 could not be imported, %3 extraction failed.</numerusform>
            <numerusform>%n files imported, %1 duplicates, %2 could not be imported, %3 extractions failed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored, but text not extracted: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files stored before the cancel keep their place in the library; their text can be extracted later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemActions</name>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Original…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read Text Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to D&amp;ossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading text again: %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading text again was stopped after %n item(s).</source>
        <translation>
            <numerusform>Reading text again was stopped after %n item.</numerusform>
            <numerusform>Reading text again was stopped after %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read; the detail pane of each says why.</source>
        <translation>
            <numerusform>%n item could not be read; its detail pane says why.</numerusform>
            <numerusform>%n items could not be read; the detail pane of each says why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n item(s) was read again.</source>
        <translation>
            <numerusform>The text of %n item was read again.</numerusform>
            <numerusform>The text of %n items was read again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected item(s)?</source>
        <translation>
            <numerusform>Delete the %n selected item?</numerusform>
            <numerusform>Delete the %n selected items?</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave every list, search and dossier now, and the history records the deletion. Until you lock the library, Edit → Undo brings them back; then they are erased for good, with their original files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted. Edit → Undo brings them back until the library is locked.</source>
        <translation>
            <numerusform>%n item deleted. Edit → Undo brings it back until the library is locked.</numerusform>
            <numerusform>%n items deleted. Edit → Undo brings them back until the library is locked.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item has no original file to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original was exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text is already being read again; wait until it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading text again: 0 of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to dossier %1 as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Testimony…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testimony %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Testimony %1 created; its %n file(s) are being imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
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
</context>
<context>
    <name>amanat::ui::ItemViewer</name>
    <message>
        <source>No item selected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryCare</name>
    <message>
        <source>&amp;Verify Library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Recovery Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library failed verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1
Originals and custody log: not checked, because the database failed its integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: every page is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Originals: %n checked</source>
        <translation>
            <numerusform>Originals: %n checked</numerusform>
            <numerusform>Originals: %n checked</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Custody log: intact, %n event(s).</source>
        <translation>
            <numerusform>Custody log: intact, %n event.</numerusform>
            <numerusform>Custody log: intact, %n events.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last committed change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back Up To (a folder on a drive kept apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy in %1 opens with the same passphrase and recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old passphrase no longer opens this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Recovery Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new recovery key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this when the old key may have been seen or lost. The old key stops opening this library at once (backups made before keep it). The new key is shown once: print it or write it down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue New Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new recovery key was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryEditor</name>
    <message>
        <source>%1 cannot be edited here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The library is locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryView</name>
    <message>
        <source>Showing %1 of %2 results</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, tag:…, kind:…, after:…  (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Tag to Selection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n item</numerusform>
            <numerusform>%1: %n items</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tag the %n selected item(s) with:</source>
        <translation>
            <numerusform>Tag the %n selected item with:</numerusform>
            <numerusform>Tag the %n selected items with:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag from Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for the search “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Narrow the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
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
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tag Selected Items…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running. Export the bundle when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import in Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Import and Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Protected People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Spreadsheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import items listed in a CSV file, one row per item, with their files and tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the items tagged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exhibits of the dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files not yet stored are not imported. Files already stored stay in the library; their text is read again with Item → Read Text Again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::MediaViewer</name>
    <message>
        <source>Audio recording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frame back (while paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One frame forward (while paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording could not be played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play Anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Playing it is recorded in the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This recording has not been checked: reading it in the sandboxed helper has not finished or was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandboxed helper could not read this recording completely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sandboxed helper could not read this recording: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clip markers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings play inside Amanat, where your library is open, and a file made to attack a media player can look like this. Play it only if you trust where it came from, or read its text again first (Item → Read Text Again).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::MetadataEditor</name>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM, YYYY-MM-DD or a range A/B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. en, ug, ar-SY</source>
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
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of the original item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, qualification, address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::NewPassphrasePanel</name>
    <message>
        <source>Set a new passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened the library with its recovery key. If the passphrase was forgotten or may be known to someone else, set a new one now. The old passphrase will no longer open the library; the recovery key still will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old passphrase will no longer open the library; the recovery key still will. Backups made before keep the old passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::NewTestimonyDialog</name>
    <message>
        <source>New Testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Interview W-014</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. ug, or ug-CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recordings, signed statements and transcripts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported as items of their own, read in the sandbox and tagged with the witness code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create Testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of the Testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the witness a code, such as W-014. Lists and bundles show the code, never the name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::OcrLanguageList</name>
    <message>
        <source>OCR languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::PassphraseFields</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::PdfViewer</name>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is protected by a password and cannot be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document could not be displayed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::PersonEditorDialog</name>
    <message>
        <source>Edit Protected Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Protected Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. W-014 or P-relative-2; never a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What lists, the custody log and bundle sheets show instead of the person&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One name or spelling per line: Latin, Arabic script, Han, Cyrillic; the surname or given name alone if it must go too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line: phone numbers, e-mail addresses, street addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every name and contact is removed from the page images and text of every bundle, unless a dossier exempts this person. They are never listed, logged or searchable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are hidden. Revealing them shows them on screen and is recorded in the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>A witness is known by the witness code of their testimony: change it in the testimony.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ProtectedPeopleDialog</name>
    <message>
        <source>Protected People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People whose identity must never leave the library: witnesses (by the witness code of their testimony) and anyone else a file names. Their names and contacts are removed from every bundle unless a dossier exempts them, and are never shown in lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 and every name and contact recorded for them? Bundles will no longer remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the witness of a testimony: the testimony&apos;s witness name and contact are deleted with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Protected Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ProtectedPersonModel</name>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n name</numerusform>
            <numerusform>%n names</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message>
        <source>Witness of item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness of testimony item %1: the code is the testimony&apos;s witness code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in this list (a relative, a photographer, anyone a file names), not as a testimony&apos;s witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness of</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReadAgainDialog</name>
    <message>
        <source>Read Text Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read the text of the %n selected item(s) again from their original files. Scanned pages and photos are read in the languages ticked here; the old text is replaced.</source>
        <translation>
            <numerusform>Read the text of the %n selected item again from their original files. Scanned pages and photos are read in the languages ticked here; the old text is replaced.</numerusform>
            <numerusform>Read the text of the %n selected items again from their original files. Scanned pages and photos are read in the languages ticked here; the old text is replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR languages:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way into the library. It is shown now and never again. Print it or write it down, and keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make sure you have it, type two of its groups:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have printed or saved the key and will keep it safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available after printing or saving the key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recovery key.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer (print it, or keep it on a separate USB stick) and delete it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionOverlay</name>
    <message>
        <source>Redact area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact area: black out an area in exported bundles; the original is not changed. Drag over the page to draw it; right-click a box to remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove redaction</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionReviewDialog</name>
    <message>
        <source>Redaction Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pages to review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark Page Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redactor proposes, you decide. It read each page listed here and proposed boxes (red outline) over the protected names and contacts it found. Look at every page: remove a box over something that is not protected, draw a box over anything it missed, then mark the page reviewed. Your decisions go to the custody log, and the exhibit sheets say who reviewed each page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of this dossier await redaction review before it can be exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to &amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No page of this dossier needs a review: no scans or photos, and no protected name in the text of its pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every page has been reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 page(s) await review.</source>
        <translation>
            <numerusform>%n of %1 pages awaits review.</numerusform>
            <numerusform>%n of %1 pages await review.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1, page %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs a look because: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As exported: every box is burned in, and nothing under it can be recovered from the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redactor has not finished reading this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redactor proposes no box on this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The redactor proposes %n box(es).</source>
        <translation>
            <numerusform>The redactor proposes %n box.</numerusform>
            <numerusform>The redactor proposes %n boxes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The redactor proposes %n box(es), for %1.</source>
        <translation>
            <numerusform>The redactor proposes %n box, for %1.</numerusform>
            <numerusform>The redactor proposes %n boxes, for %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You drew %n box(es).</source>
        <translation>
            <numerusform>You drew %n box.</numerusform>
            <numerusform>You drew %n boxes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You left %n area(s) visible.</source>
        <translation>
            <numerusform>You left %n area visible.</numerusform>
            <numerusform>You left %n areas visible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the page to be shown with the boxes now in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records you as the reviewer of this page in the custody log (Ctrl+Return). The exhibit sheet names who reviewed it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionsPanel</name>
    <message>
        <source>Text to remove from the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redactions apply to every export of this item; the original stays as it is. Page areas are drawn in the viewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1, area %2 %, %3 %, %4 × %5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redactions of this item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewCanvas</name>
    <message>
        <source>Page under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag to black out an area. Tab selects the boxes one by one; Delete removes the selected box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left visible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by the redactor. Delete leaves this area visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by the redactor for %1. Delete leaves this area visible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by you: always blacked out. Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left visible by you: the redactor&apos;s boxes here are not burned. Delete blacks them out again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave Visible (Not a Protected Name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove My Box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black Out Again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPageModel</name>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since %1 reviewed it on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit %1, page %2
%3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPageView</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page in the window (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview as e&amp;xported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the page as the bundle will have it, every box burned in. Boxes cannot be changed in this view.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the page again with your changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redactor is reading the page for protected names and contacts. OCR takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed by the redactor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left visible by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be prepared for review, so it cannot be approved here yet.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear &quot;Preview as exported&quot; to change the boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the box to move it, or its handles to resize it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on the page to black out what the redactor missed. Click a box to select it, drag it to move it or its handles to resize it, and press Delete to remove it. Tab steps through the boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPreviewRunner</name>
    <message>
        <source>The helper returned a page image that cannot be shown.</source>
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
    <message>
        <source>Page %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::SecretLineEdit</name>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::SetFieldsCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember recently opened libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the folders are remembered, on this computer. Switching this off forgets them at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock a library to change its OCR languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;OCR languages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as a court should read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as who acted in the library&apos;s chain of custody.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The languages of the scans and photos you import from now on. Each page is read in those of them written in its script. Items already imported keep their text until you read them again (Item → Read Text Again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one OCR language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies when Amanat starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange Key and Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The libraries that have sent packages here, this library&apos;s exchange key, and the inbox folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::ShareDialog</name>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1 with other Amanat libraries. The package is sealed: only the libraries you choose can open it, and they can tell it comes from this library.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — fingerprint %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include witnesses&apos; names and contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share testimonies without recorded consent (this is logged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exchange keys:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the package as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanat packages (*.amanatx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of the exchange keys: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one library to share with: tick a known library or paste its exchange key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other libraries&apos; exchange keys, one per line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::SidebarModel</name>
    <message>
        <source>All items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::SidebarView</name>
    <message>
        <source>New Tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Sub-tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Top Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new tag under %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the items and sub-tags of %1 onto:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge %1 into %2? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the tag %1 and its sub-tags? The items stay in the library. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Library contents: kinds, tags, saved searches, dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::SpreadsheetImporter</name>
    <message>
        <source>Import Spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet Not Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s) from %1?</source>
        <translation>
            <numerusform>Import %n item from %1?</numerusform>
            <numerusform>Import %n items from %1?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n row(s) was checked. Files already in the library are left as they are.</source>
        <translation>
            <numerusform>The %n row was checked. Files already in the library are left as they are.</numerusform>
            <numerusform>Each of the %n rows was checked. Files already in the library are left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported from %1.</source>
        <translation>
            <numerusform>%n item imported from %1.</numerusform>
            <numerusform>%n items imported from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the library and were left as they are.</source>
        <translation>
            <numerusform>%n file was already in the library and was left as it is.</numerusform>
            <numerusform>%n files were already in the library and were left as they are.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their text is being read now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheet Imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::TagChipsWidget</name>
    <message>
        <source>Add a tag (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::TagCommands</name>
    <message>
        <source>Tag with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move tag %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of tag %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::TestimonyRecordings</name>
    <message>
        <source>Recording of this testimony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::TestimonyViewer</name>
    <message>
        <source>Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness identity (protected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness&apos;s name and contact are hidden. Revealing them is recorded in the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No name or contact is recorded. Reveal to add them; this is recorded in the custody log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal the witness&apos;s identity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness&apos;s name and contact will be shown on screen, and this will be recorded in the custody log. Make sure nobody else can see the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name; other spelling; name in another script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate several names or spellings with &quot;;&quot; (Latin, Arabic script, Han, Cyrillic…): each is removed from bundles on its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone; e-mail; address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate several contacts with &quot;;&quot;: each is removed from bundles on its own.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::TextViewer</name>
    <message>
        <source>No text was extracted from this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::TranscriptPane</name>
    <message>
        <source>Transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste the transcript; it is saved as you go. While a recording plays, F9 writes its time, such as [01:25], and F8 pauses or resumes it; a click on a time plays from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
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
    <message>
        <source>Recent libraries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo library — passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock with the passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot the passphrase? Unlock with the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key does not unlock this library. Check each group and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>amanat::ui::WelcomeWidget</name>
    <message>
        <source>Welcome to Amanat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanat keeps testimonies, documents, images and recordings in one encrypted library on this computer. Nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a name, a folder and a passphrase. You will receive a recovery key to keep on paper.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an existing library</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock a library folder that you or a colleague created before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Preparing the demo library with invented sample files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo passphrase: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amanat: an encrypted archive for human-rights documentation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a temporary demo library with invented sample files and open the app on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A library folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
