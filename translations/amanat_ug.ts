<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug">
<context>
    <name>BagExporter</name>
    <message>
        <source>The folder for %1 cannot be made.</source>
        <translation>%1 نىڭ قىسقۇچىنى قۇرغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new folder for the bag.</source>
        <translation>%1 ئاللىقاچان بار؛ BagIt بوغچىسى ئۈچۈن يېڭى قىسقۇچ تاللاڭ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 دېگەن قىسقۇچ مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 نى ئۆچۈرگىلى بولمىدى.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>%1 قىسقۇچىنى قۇرغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>چىقىرىش ئەمەلدىن قالدۇرۇلدى.</translation>
    </message>
    <message>
        <source>Items exported from an Amanat library: %1.</source>
        <translation>Amanat ئامبىرىدىن چىقىرىلغان تۈرلەر: %1.</translation>
    </message>
    <message>
        <source>The bag could not be moved to %1.</source>
        <translation>BagIt بوغچىسىنى %1 غا يۆتكىگىلى بولمىدى.</translation>
    </message>
</context>
<context>
    <name>BlobDevice</name>
    <message>
        <source>Item %1 has no stored original.</source>
        <translation>%1 نومۇرلۇق تۈرنىڭ ساقلانغان ئەسلى ھۆججىتى يوق.</translation>
    </message>
    <message>
        <source>The original is closed.</source>
        <translation>ئەسلى ھۆججەت تاقالغان.</translation>
    </message>
    <message>
        <source>A part of a stored original is missing.</source>
        <translation>ساقلانغان بىر ئەسلى ھۆججەتنىڭ بىر قىسمى كەم.</translation>
    </message>
    <message>
        <source>A stored original is shorter than recorded.</source>
        <translation>ساقلانغان بىر ئەسلى ھۆججەت خاتىرىلەنگەن ئۇزۇنلۇقىدىن قىسقا.</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <source>A stored original is shorter than recorded.</source>
        <translation>ساقلانغان بىر ئەسلى ھۆججەت خاتىرىلەنگەن ئۇزۇنلۇقىدىن قىسقا.</translation>
    </message>
    <message>
        <source>A part of a stored original is missing.</source>
        <translation>ساقلانغان بىر ئەسلى ھۆججەتنىڭ بىر قىسمى كەم.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>ئەكىرىش ئەمەلدىن قالدۇرۇلدى.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>ھۆججەتنى ئوقۇغىلى بولمىدى: %1</translation>
    </message>
    <message>
        <source>Item %1 has no stored original.</source>
        <translation>%1 نومۇرلۇق تۈرنىڭ ساقلانغان ئەسلى ھۆججىتى يوق.</translation>
    </message>
</context>
<context>
    <name>BundleExporter</name>
    <message>
        <source>The Bates prefix must be 1 to 16 letters, digits or underscores.</source>
        <translation>Bates ئالدى قوشۇلغۇچىسى 1 دىن 16 غىچە ھەرپ، رەقەم ياكى ئاستى سىزىقتىن تەركىب تاپقان بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2)</source>
        <translation>%1 دەلىل (%2 نومۇرلۇق تۈر)</translation>
    </message>
    <message>
        <source>The original of %1 could not be read in full.</source>
        <translation>%1 نىڭ ئەسلى ھۆججىتىنى تولۇق ئوقۇغىلى بولمىدى.</translation>
    </message>
    <message numerus="yes">
        <source>Exhibit %1 asks for pages %2–%3, but its PDF has %n page(s).</source>
        <translation>
            <numerusform>%1 دەلىل %2–%3 بەتلەرنى تەلەپ قىلىدۇ، ئەمما ئۇنىڭ PDF ھۆججىتىدە %n بەت بار.</numerusform>
            <numerusform>%1 دەلىل %2–%3 بەتلەرنى تەلەپ قىلىدۇ، ئەمما ئۇنىڭ PDF ھۆججىتىدە %n بەت بار.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>يېزىق نۇسخىسى</translation>
    </message>
    <message>
        <source>Transcript — witness %1</source>
        <translation>يېزىق نۇسخىسى — گۇۋاھچى %1</translation>
    </message>
    <message>
        <source>Text of the original file (as extracted)</source>
        <translation>ئەسلى ھۆججەتنىڭ تېكىستى (ئاجرىتىپ ئېلىنغان ھالىتى)</translation>
    </message>
    <message>
        <source>(No text could be extracted from this file. The original is identified by its SHA-256 on the exhibit sheet.)</source>
        <translation>(بۇ ھۆججەتتىن ھېچقانداق تېكىست ئاجرىتىپ ئالغىلى بولمىدى. ئەسلى ھۆججەت دەلىل ۋاراقىدىكى SHA-256 قىممىتى ئارقىلىق ئېنىقلىنىدۇ.)</translation>
    </message>
    <message>
        <source>The pages of %1 were not prepared.</source>
        <translation>%1 نىڭ بەتلىرى تەييارلانمىدى.</translation>
    </message>
    <message>
        <source>Exhibit %1 has no pages in the range asked for.</source>
        <translation>%1 دەلىلدە تەلەپ قىلىنغان دائىرىدە بەت يوق.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 نى يازغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>The first Bates number must be 1 or more.</source>
        <translation>بىرىنچى Bates نومۇرى 1 ياكى ئۇنىڭدىن چوڭ بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new folder for the bundle.</source>
        <translation>%1 ئاللىبۇرۇن مەۋجۇت ۋە بوش قىسقۇچ ئەمەس؛ توپلام ئۈچۈن يېڭى قىسقۇچ تاللاڭ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 دېگەن قىسقۇچ مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <source>Preparing exhibit %1 (%2 of %3)…</source>
        <translation>%1 دەلىل تەييارلىنىۋاتىدۇ (%3 دىن %2)…</translation>
    </message>
    <message numerus="yes">
        <source>Preparing the pages of %n original(s)…</source>
        <translation>
            <numerusform>%n ئەسلى ھۆججەتنىڭ بەتلىرى تەييارلىنىۋاتىدۇ…</numerusform>
            <numerusform>%n ئەسلى ھۆججەتنىڭ بەتلىرى تەييارلىنىۋاتىدۇ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared with Amanat %1 on %2 UTC.</source>
        <translation>Amanat %1 بىلەن %2 UTC دا تەييارلاندى.</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n page(s)…</source>
        <translation>
            <numerusform>%n بەت سىزىلىۋاتىدۇ…</numerusform>
            <numerusform>%n بەت سىزىلىۋاتىدۇ…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>دەلىل %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 بەتنىڭ %1-بېتى</translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation>%1 دا قىسقۇچ قۇرغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 يېزىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>%1 is larger than the size limit: one exhibit alone exceeds it. Ask the court how to file it.</source>
        <translation>%1 چوڭلۇق چەكلىمىسىدىن چوڭ: بىرلا دەلىلنىڭ ئۆزى ئۇنىڭدىن ئېشىپ كېتىدۇ. ئۇنى قانداق تاپشۇرۇشنى سوتتىن سوراڭ.</translation>
    </message>
    <message>
        <source>Signing the manifest…</source>
        <translation>تىزىملىككە ئىمزا قويۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Could not replace the empty folder %1.</source>
        <translation>بوش قىسقۇچ %1 نى ئالماشتۇرغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Could not move the bundle into %1.</source>
        <translation>توپلامنى %1 غا يۆتكىگىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>مۇقاۋا</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>مۇندەرىجە</translation>
    </message>
    <message>
        <source>%1–%2 (%3 to %4)</source>
        <translation>%1–%2 (%3 دىن %4 غىچە)</translation>
    </message>
    <message>
        <source>pages %1–%2 of the original</source>
        <translation>ئەسلى ھۆججەتنىڭ %1–%2 بەتلىرى</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 دىن %2 غىچە</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the library&apos;s hash-chained log. First: %1 on %2 by %3. Latest: %4 on %5. Latest event hash: %6.</source>
        <translation>
            <numerusform>ئامبارنىڭ ھەش زەنجىرلىك خاتىرىسىدە %n ھادىسە بار. بىرىنچىسى: %1، %2 دا، %3 تەرىپىدىن. ئەڭ ئاخىرقىسى: %4، %5 دا. ئەڭ ئاخىرقى ھادىسىنىڭ ھەش قىممىتى: %6.</numerusform>
            <numerusform>ئامبارنىڭ ھەش زەنجىرلىك خاتىرىسىدە %n ھادىسە بار. بىرىنچىسى: %1، %2 دا، %3 تەرىپىدىن. ئەڭ ئاخىرقىسى: %4، %5 دا. ئەڭ ئاخىرقى ھادىسىنىڭ ھەش قىممىتى: %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>بۆلۈم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>خىلى</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <source>Author / source</source>
        <translation>ئاپتور / مەنبە</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>مەنبە ماۋزۇسى</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>ئېلان قىلىنغان</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>زىيارەت قىلىنغان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>تىل</translation>
    </message>
    <message>
        <source>Witness code</source>
        <translation>گۇۋاھچى كودى</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>ئەسلى ھۆججەت</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>ئەسلى ھۆججەتنىڭ SHA-256 قىممىتى</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>توپلانغان</translation>
    </message>
    <message>
        <source>In this bundle</source>
        <translation>بۇ توپلامدا</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>ئۈزۈندە</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>بۆلەك</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>ساقلاش زەنجىرى</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (داۋامى)</translation>
    </message>
    <message>
        <source>Native file</source>
        <translation>ئەسلى فورماتتىكى ھۆججەت</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>ئۇزۇنلۇقى</translation>
    </message>
    <message>
        <source>Segment relied on</source>
        <translation>تايىنىلغان بۆلەك</translation>
    </message>
    <message>
        <source>the whole recording</source>
        <translation>پۈتۈن ئۈن-سىن خاتىرىسى</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>چوڭلۇقى</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ئىزاھات</translation>
    </message>
    <message>
        <source>Video and audio cannot be placed in a filed PDF. The native file accompanies this bundle; its SHA-256 is listed in manifest.json.</source>
        <translation>سىن ۋە ئۈننى تاپشۇرۇلىدىغان PDF قا قويغىلى بولمايدۇ. ئەسلى فورماتتىكى ھۆججەت بۇ توپلامغا ھەمراھ قىلىنىدۇ؛ ئۇنىڭ SHA-256 قىممىتى manifest.json دا كۆرسىتىلگەن.</translation>
    </message>
    <message>
        <source>Video exhibit %1</source>
        <translation>سىن دەلىل %1</translation>
    </message>
    <message>
        <source>Audio exhibit %1</source>
        <translation>ئۈن دەلىل %1</translation>
    </message>
    <message>
        <source>Redaction: names and contacts of protected people, and redacted text, were removed from every page, and the finished bundle was read back (text and OCR of every page image) to check that none is legible. Each exhibit sheet says what was removed and who reviewed it.</source>
        <translation>يوشۇرۇش: قوغدىلىدىغان كىشىلەرنىڭ ئىسىملىرى ۋە ئالاقە ئۇچۇرلىرى ھەمدە يوشۇرۇلغان تېكىستلەر ھەر بىر بەتتىن چىقىرىۋېتىلدى، تەييار بولغان توپلام قايتا ئوقۇلۇپ (ھەر بىر بەتنىڭ تېكىستى ۋە رەسىمىنىڭ OCR نەتىجىسى) ئۇلارنىڭ ھېچقايسىسىنى ئوقۇغىلى بولمايدىغانلىقى تەكشۈرۈلدى. ھەر بىر دەلىل ۋاراقىدا نېمىلەرنىڭ چىقىرىۋېتىلگەنلىكى ۋە كىمنىڭ كۆزدىن كەچۈرگەنلىكى يېزىلغان.</translation>
    </message>
    <message>
        <source>A test setting turned redactor strategies off: %1.</source>
        <translation>سىناق تەڭشىكى يوشۇرغۇچ ئىستراتېگىيەلىرىنى تاقىۋەتتى: %1.</translation>
    </message>
    <message>
        <source>Checking the finished bundle for protected names…</source>
        <translation>تەييار بولغان توپلامدا قوغدىلىدىغان ئىسىملار بار-يوقلۇقى تەكشۈرۈلۈۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>يوشۇرۇش</translation>
    </message>
    <message>
        <source>No OCR language is installed, so page images cannot be checked for protected names. Install tesseract-ocr-eng.</source>
        <translation>ھېچقانداق OCR تىلى ئورنىتىلمىغان، شۇڭا بەت رەسىملىرىدە قوغدىلىدىغان ئىسىملار بار-يوقلۇقىنى تەكشۈرگىلى بولمايدۇ. tesseract-ocr-eng نى ئورنىتىڭ.</translation>
    </message>
    <message>
        <source>Protected names are written in %1 script, which OCR cannot read on this computer, so page images cannot be checked for them. Install %2.</source>
        <translation>قوغدىلىدىغان ئىسىملار %1 يېزىقىدا يېزىلغان، بۇ كومپيۇتېردىكى OCR ئۇنى ئوقۇيالمايدۇ، شۇڭا بەت رەسىملىرىدە ئۇلارنى تەكشۈرگىلى بولمايدۇ. %2 نى ئورنىتىڭ.</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2) page %3: %4</source>
        <translation>%1 دەلىل (%2 نومۇرلۇق تۈر) %3-بەت: %4</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>؛ يەنە %n دانىسى</numerusform>
            <numerusform>؛ يەنە %n دانىسى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) await redaction review: %1. Check the proposed boxes in the app (dossier → Review redactions) or with amanat-cli redact-preview, then approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…); or export anyway with --accept-unreviewed, which is logged and printed on the exhibit sheets.</source>
        <translation>
            <numerusform>%n بەت يوشۇرۇش تەكشۈرۈشىنى كۈتۈۋاتىدۇ: %1. تەۋسىيە قىلىنغان رامكىلارنى ئەپتە (دوسىيې ← يوشۇرۇشلارنى تەكشۈرۈش) ياكى amanat-cli redact-preview ئارقىلىق تەكشۈرۈپ، ئاندىن ئۇلارنى تەستىقلاڭ (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)؛ ياكى --accept-unreviewed بىلەن يەنىلا چىقىرىڭ، بۇ خاتىرىلىنىدۇ ۋە دەلىل ۋاراقلىرىغا بېسىلىدۇ.</numerusform>
            <numerusform>%n بەت يوشۇرۇش تەكشۈرۈشىنى كۈتۈۋاتىدۇ: %1. تەۋسىيە قىلىنغان رامكىلارنى ئەپتە (دوسىيې ← يوشۇرۇشلارنى تەكشۈرۈش) ياكى amanat-cli redact-preview ئارقىلىق تەكشۈرۈپ، ئاندىن ئۇلارنى تەستىقلاڭ (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)؛ ياكى --accept-unreviewed بىلەن يەنىلا چىقىرىڭ، بۇ خاتىرىلىنىدۇ ۋە دەلىل ۋاراقلىرىغا بېسىلىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <source>exhibit %1 (item %2) page %3: the redactor found a protected name in the page image</source>
        <translation>%1 دەلىل (%2 نومۇرلۇق تۈر) %3-بەت: يوشۇرغۇچ بەت رەسىمىدىن قوغدىلىدىغان ئىسىم بايقىدى</translation>
    </message>
    <message numerus="yes">
        <source>%n more page(s) await redaction review: %1. Review and approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…), or export with --accept-unreviewed.</source>
        <translation>
            <numerusform>يەنە %n بەت يوشۇرۇش تەكشۈرۈشىنى كۈتۈۋاتىدۇ: %1. ئۇلارنى تەكشۈرۈپ تەستىقلاڭ (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)، ياكى --accept-unreviewed بىلەن چىقىرىڭ.</numerusform>
            <numerusform>يەنە %n بەت يوشۇرۇش تەكشۈرۈشىنى كۈتۈۋاتىدۇ: %1. ئۇلارنى تەكشۈرۈپ تەستىقلاڭ (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)، ياكى --accept-unreviewed بىلەن چىقىرىڭ.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not redacted in this dossier by the user&apos;s recorded choice: %1.</source>
        <translation>ئىشلەتكۈچىنىڭ خاتىرىلەنگەن تاللىشى بويىچە بۇ دوسىيېدا يوشۇرۇلمىدى: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) removed automatically</source>
        <translation>
            <numerusform>%n رايون ئاپتوماتىك چىقىرىۋېتىلدى</numerusform>
            <numerusform>%n رايون ئاپتوماتىك چىقىرىۋېتىلدى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) marked by hand</source>
        <translation>
            <numerusform>%n رايون قولدا بەلگىلەندى</numerusform>
            <numerusform>%n رايون قولدا بەلگىلەندى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) removed from the text</source>
        <translation>
            <numerusform>تېكىستتىن %n ئابزاس چىقىرىۋېتىلدى</numerusform>
            <numerusform>تېكىستتىن %n ئابزاس چىقىرىۋېتىلدى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic area(s) left visible by the reviewer</source>
        <translation>
            <numerusform>تەكشۈرگۈچى %n ئاپتوماتىك رايوننى كۆرۈنەرلىك قالدۇردى</numerusform>
            <numerusform>تەكشۈرگۈچى %n ئاپتوماتىك رايوننى كۆرۈنەرلىك قالدۇردى</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed removing: no protected name, contact or marked area was found.</source>
        <translation>چىقىرىۋېتىدىغان ھېچنەرسە يوق ئىدى: قوغدىلىدىغان ئىسىم، ئالاقە ئۇچۇرى ياكى بەلگىلەنگەن رايون تېپىلمىدى.</translation>
    </message>
    <message>
        <source>Removed to protect: %1.</source>
        <translation>قوغداش ئۈچۈن چىقىرىۋېتىلدى: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) reviewed by %1; last on %2.</source>
        <translation>
            <numerusform>%1 %n بەتنى كۆزدىن كەچۈردى؛ ئەڭ ئاخىرقىسى %2 دا.</numerusform>
            <numerusform>%1 %n بەتنى كۆزدىن كەچۈردى؛ ئەڭ ئاخىرقىسى %2 دا.</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT REVIEWED by a person: page(s) %1 of the original, exported with --accept-unreviewed by %2 on %3.</source>
        <translation>ئادەم تەرىپىدىن كۆزدىن كەچۈرۈلمىگەن: ئەسلى ھۆججەتنىڭ %1 بېتى(لىرى)، %2 تەرىپىدىن %3 دا --accept-unreviewed بىلەن چىقىرىلغان.</translation>
    </message>
    <message>
        <source>The original in the library is unchanged.</source>
        <translation>ئامباردىكى ئەسلى ھۆججەت ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <source>a protected string</source>
        <translation>قوغدىلىدىغان بىر تېكىست</translation>
    </message>
    <message>
        <source>a protected name of %1</source>
        <translation>%1 نىڭ قوغدىلىدىغان بىر ئىسمى</translation>
    </message>
    <message>
        <source>a protected contact of %1</source>
        <translation>%1 نىڭ قوغدىلىدىغان بىر ئالاقە ئۇچۇرى</translation>
    </message>
    <message>
        <source>a redacted text</source>
        <translation>يوشۇرۇلغان بىر تېكىست</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), its native file %3: %4 in %5 (the recording&apos;s container metadata or its content); export a copy without metadata or leave the exhibit out</source>
        <translation>%1 دەلىل (%2 نومۇرلۇق تۈر)، ئۇنىڭ ئەسلى فورماتتىكى ھۆججىتى %3: %5 دا %4 بار (ئۈن-سىن خاتىرىسىنىڭ قاچا مېتا سانلىق مەلۇماتىدا ياكى مەزمۇنىدا)؛ مېتا سانلىق مەلۇماتسىز بىر نۇسخىسىنى چىقىرىڭ ياكى بۇ دەلىلنى چىقىرىۋېتىڭ</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %3 دا %2</translation>
    </message>
    <message>
        <source>the bundle folder</source>
        <translation>توپلام قىسقۇچى</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%2 نىڭ %1-بېتى</translation>
    </message>
    <message>
        <source>page %1 (%2) of %3</source>
        <translation>%3 نىڭ %1-بېتى (%2)</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), page %3 of the original, on %4</source>
        <translation>%1 دەلىل (%2 نومۇرلۇق تۈر)، ئەسلى ھۆججەتنىڭ %3-بېتى، %4 دا</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), on %3</source>
        <translation>%1 دەلىل (%2 نومۇرلۇق تۈر)، %3 دا</translation>
    </message>
    <message>
        <source>%1: %2 is legible in %3</source>
        <translation>%1: %2 نى %3 دا ئوقۇغىلى بولىدۇ</translation>
    </message>
    <message numerus="yes">
        <source>The leak check read the finished bundle back and found %n protected string(s) still legible, so no bundle was written: %1. Mark the place to cover (redact --rect, or the redaction review) and export again.</source>
        <translation>
            <numerusform>ئاشكارىلىنىش تەكشۈرۈشى تەييار بولغان توپلامنى قايتا ئوقۇپ، قوغدىلىدىغان %n تېكىستنىڭ يەنىلا ئوقۇغىلى بولىدىغانلىقىنى بايقىدى، شۇڭا ھېچقانداق توپلام يېزىلمىدى: %1. يېپىلىدىغان ئورۇننى بەلگىلەپ (redact --rect ياكى يوشۇرۇش تەكشۈرۈشى)، قايتا چىقىرىڭ.</numerusform>
            <numerusform>ئاشكارىلىنىش تەكشۈرۈشى تەييار بولغان توپلامنى قايتا ئوقۇپ، قوغدىلىدىغان %n تېكىستنىڭ يەنىلا ئوقۇغىلى بولىدىغانلىقىنى بايقىدى، شۇڭا ھېچقانداق توپلام يېزىلمىدى: %1. يېپىلىدىغان ئورۇننى بەلگىلەپ (redact --rect ياكى يوشۇرۇش تەكشۈرۈشى)، قايتا چىقىرىڭ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written or logged.</source>
        <translation>چىقىرىش ئەمەلدىن قالدۇرۇلدى؛ ھېچنېمە يېزىلمىدى ۋە خاتىرىلەنمىدى.</translation>
    </message>
    <message>
        <source>Translation of exhibit %1</source>
        <translation>%1 دەلىلنىڭ تەرجىمىسى</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>تەرجىمە</translation>
    </message>
    <message>
        <source>Part %1, %2: pages %3–%4</source>
        <translation>%1-قىسىم، %2: %3–%4-بەتلەر</translation>
    </message>
    <message>
        <source>%1 · translation of %2</source>
        <translation>%1 · %2 نىڭ تەرجىمىسى</translation>
    </message>
    <message>
        <source>%1 · translation</source>
        <translation>%1 · تەرجىمە</translation>
    </message>
    <message>
        <source>%1 · translated in %2</source>
        <translation>%1 · تەرجىمىسى %2 دە</translation>
    </message>
    <message>
        <source>Exhibit %1 — %2</source>
        <translation>دەلىل %1 — %2</translation>
    </message>
    <message>
        <source>%1 (item %2, not in this bundle)</source>
        <translation>%1 (%2 نومۇرلۇق تۈر، بۇ توپلامدا يوق)</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>تەرجىمىنىڭ ئەسلىسى</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>تەرجىمان</translation>
    </message>
    <message>
        <source>Translated in</source>
        <translation>تەرجىمىسى</translation>
    </message>
    <message>
        <source>Exhibit %1, %2, pages %3 to %4 of this bundle</source>
        <translation>دەلىل %1، %2، بۇ توپلامنىڭ %3 دىن %4 گىچە بەتلىرى</translation>
    </message>
    <message>
        <source>I certify that I am competent to translate from %1 into %2, and that the translation listed below is a true and accurate translation of the original document listed below, to the best of my knowledge and belief.</source>
        <translation>مەن %1 دىن %2 غا تەرجىمە قىلىش ئىقتىدارىم بارلىقىنى، ۋە تۆۋەندىكى تەرجىمىنىڭ بىلىشىمچە تۆۋەندىكى ئەسلى ھۆججەتنىڭ توغرا ۋە ئېنىق تەرجىمىسى ئىكەنلىكىنى ئىسپاتلايمەن.</translation>
    </message>
    <message>
        <source>the language of the original</source>
        <translation>ئەسلى ھۆججەتنىڭ تىلى</translation>
    </message>
    <message>
        <source>the language of the translation</source>
        <translation>تەرجىمىنىڭ تىلى</translation>
    </message>
    <message>
        <source>(not recorded in the library)</source>
        <translation>(ئامباردا خاتىرىلەنمىگەن)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>ئەسلى</translation>
    </message>
    <message>
        <source>SHA-256 of the translation</source>
        <translation>تەرجىمىنىڭ SHA-256 قىممىتى</translation>
    </message>
    <message>
        <source>Date of translation</source>
        <translation>تەرجىمە قىلىنغان ۋاقىت</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>%1-قىسىم</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Proof of Service</source>
        <translation>يەتكۈزۈش ئىسپاتى</translation>
    </message>
    <message>
        <source>Table of Contents</source>
        <translation>مۇندەرىجە</translation>
    </message>
    <message numerus="yes">
        <source>this bundle of %n page(s) (%1 to %2)</source>
        <translation>
            <numerusform>%n بەتلىك بۇ توپلام (%1 دىن %2 گىچە)</numerusform>
            <numerusform>%n بەتلىك بۇ توپلام (%1 دىن %2 گىچە)</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule of Country Evidence</source>
        <translation>دۆلەت ئەھۋالى دەلىللىرى جەدۋىلى</translation>
    </message>
    <message>
        <source>Extract relied on</source>
        <translation>تايانغان ئۈزۈندە</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>مەسىلە: %1</translation>
    </message>
    <message>
        <source>%1 (pages %2–%3 of the original)</source>
        <translation>%1 (ئەسلى ھۆججەتنىڭ %2–%3-بەتلىرى)</translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation>پۈتۈن ھۆججەت</translation>
    </message>
    <message numerus="yes">
        <source>The schedule of country evidence has %n page(s); tribunals often allow no more than 12. Shorten the exhibits&apos; descriptions.</source>
        <translation>
            <numerusform>دۆلەت ئەھۋالى دەلىللىرى جەدۋىلى %n بەت؛ سوتلار كۆپىنچە 12 بەتتىن ئاشۇرۇشقا يول قويمايدۇ. دەلىللەرنىڭ چۈشەندۈرۈشىنى قىسقارتىڭ.</numerusform>
            <numerusform>دۆلەت ئەھۋالى دەلىللىرى جەدۋىلى %n بەت؛ سوتلار كۆپىنچە 12 بەتتىن ئاشۇرۇشقا يول قويمايدۇ. دەلىللەرنىڭ چۈشەندۈرۈشىنى قىسقارتىڭ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundlePlanner</name>
    <message>
        <source>The profile must be uk (A4) or us (Letter).</source>
        <translation>ئۆلچەم uk (A4) ياكى us (Letter) بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>Exhibit %1 has a page range, but item %2 has no pages.</source>
        <translation>%1 دەلىلنىڭ بەت دائىرىسى بار، ئەمما %2 نومۇرلۇق تۈرنىڭ بېتى يوق.</translation>
    </message>
    <message>
        <source>Dossier &quot;%1&quot; has no exhibits to put in a bundle.</source>
        <translation>«%1» دوسىيېدا توپلامغا قويىدىغان دەلىل يوق.</translation>
    </message>
    <message>
        <source>The witness has not consented to court use of exhibit(s) %1. Record their consent, or override it if you have another lawful basis (amanat-cli bundle --override-consent, or the box in the export dialog); the override is logged.</source>
        <translation>گۇۋاھچى %1 دەلىل(لەر)نىڭ سوتتا ئىشلىتىلىشىگە رازىلىق بەرمىگەن. ئۇنىڭ رازىلىقىنى خاتىرىلەڭ، ياكى باشقا قانۇنىي ئاساسىڭىز بولسا، بۇنى ئاتلاپ ئۆتۈڭ (amanat-cli bundle --override-consent ياكى چىقىرىش سۆزلەشكۈسىدىكى تاللاش رامكىسى)؛ ئاتلاپ ئۆتۈش خاتىرىلىنىدۇ.</translation>
    </message>
    <message>
        <source>The dossier&apos;s case details contain a protected name or contact; it is blacked out in the bundle.</source>
        <translation>دوسىيېنىڭ دېلو تەپسىلاتلىرىدا قوغدىلىدىغان ئىسىم ياكى ئالاقە ئۇچۇرى بار؛ ئۇ توپلامدا قارا بىلەن يېپىلىدۇ.</translation>
    </message>
    <message>
        <source>Page numbering must be continuous or section.</source>
        <translation>بەت نومۇرلاش continuous ياكى section بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>Exhibit %1 translates exhibit %2: it is placed directly after it, in section &quot;%3&quot;.</source>
        <translation>%1 دەلىل %2 دەلىلنىڭ تەرجىمىسى: ئۇ «%3» بۆلۈمىدە دەل ئۇنىڭ كەينىگە قويۇلدى.</translation>
    </message>
</context>
<context>
    <name>BundleReadme</name>
    <message>
        <source>HOW TO CHECK THIS BUNDLE WITHOUT AMANAT</source>
        <translation>بۇ توپلامنى Amanat سىز قانداق تەكشۈرۈش</translation>
    </message>
    <message>
        <source>This folder was exported by Amanat from the dossier &quot;%1&quot;. manifest.json lists every file of the folder with its SHA-256 hash, and every exhibit with its chain of custody. manifest.sig is a signature of manifest.json.</source>
        <translation>بۇ قىسقۇچنى Amanat «%1» دوسىيېسىدىن چىقارغان. manifest.json قىسقۇچتىكى ھەر بىر ھۆججەتنى SHA-256 ھەش قىممىتى بىلەن، ھەر بىر دەلىلنى ساقلاش زەنجىرى بىلەن تىزىدۇ. manifest.sig بولسا manifest.json نىڭ ئىمزاسى.</translation>
    </message>
    <message>
        <source>1. The files. In this folder, run the command below. Every line must end in &quot;OK&quot;. No file other than those listed belongs to the bundle.</source>
        <translation>1. ھۆججەتلەر. بۇ قىسقۇچتا تۆۋەندىكى بۇيرۇقنى ئىجرا قىلىڭ. ھەر بىر قۇر «OK» بىلەن ئاخىرلىشىشى كېرەك. تىزىلغانلاردىن باشقا ھېچقانداق ھۆججەت بۇ توپلامغا تەۋە ئەمەس.</translation>
    </message>
    <message>
        <source>2. The signature. manifest.sig is the Ed25519 signature of the exact bytes of manifest.json, made with the key whose public half is in manifest.json (&quot;signing_key&quot;). Its fingerprint, the SHA-256 of the 32-byte public key, is:</source>
        <translation>2. ئىمزا. manifest.sig بولسا manifest.json نىڭ ئېنىق بايتلىرىنىڭ Ed25519 ئىمزاسى بولۇپ، ئاممىۋى يېرىمى manifest.json دىكى («signing_key») ئاچقۇچ بىلەن قويۇلغان. ئۇنىڭ بارماق ئىزى، يەنى 32 بايتلىق ئاممىۋى ئاچقۇچنىڭ SHA-256 قىممىتى:</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the sender gave you another way (in person, by telephone). With OpenSSL 3, the second command prints the fingerprint and the last one must print &quot;Signature Verified Successfully&quot;:</source>
        <translation>ئۇنى ئەۋەتكۈچى سىزگە باشقا يول بىلەن (يۈزمۇيۈز، تېلېفوندا) بەرگەن بارماق ئىزى بىلەن سېلىشتۇرۇڭ. OpenSSL 3 بىلەن، ئىككىنچى بۇيرۇق بارماق ئىزىنى كۆرسىتىدۇ، ئاخىرقى بۇيرۇق «Signature Verified Successfully» نى كۆرسىتىشى كېرەك:</translation>
    </message>
    <message>
        <source>3. The chain of custody. Each custody event says who did what to an exhibit, and when. The library keeps all events in one chain: an event&apos;s &quot;hash&quot; is the SHA-256 of the 32 bytes written in hexadecimal as its &quot;prev_hash&quot; (the hash of the event before it in the library, which may concern another item), followed by the UTF-8 bytes of its &quot;canonical&quot; text. That text is the event itself as compact JSON with sorted keys, and must say the same as the event&apos;s other fields. This Python 3 script, run in this folder, checks every event:</source>
        <translation>3. ساقلاش زەنجىرى. ھەر بىر ساقلاش ھادىسىسى كىمنىڭ قاچان بىر دەلىلگە نېمە قىلغانلىقىنى ئېيتىدۇ. ئامبار بارلىق ھادىسىلەرنى بىر زەنجىردە ساقلايدۇ: بىر ھادىسىنىڭ «hash» قىممىتى ئۇنىڭ «prev_hash» ىدا ئون ئالتىلىك سانلىق سىستېمىدا يېزىلغان 32 بايت (ئامباردىكى ئالدىنقى ھادىسىنىڭ ھەشى، ئۇ باشقا تۈرگە ئائىت بولۇشى مۇمكىن) ۋە ئۇنىڭدىن كېيىن «canonical» تېكىستىنىڭ UTF-8 بايتلىرىنىڭ SHA-256 قىممىتىدۇر. بۇ تېكىست ھادىسىنىڭ ئۆزى بولۇپ، ئاچقۇچلىرى تەرتىپلەنگەن ئىخچام JSON شەكلىدە، ھادىسىنىڭ باشقا مەيدانلىرى بىلەن ئوخشاش مەزمۇننى ئېيتىشى كېرەك. بۇ قىسقۇچتا ئىجرا قىلىنغان بۇ Python 3 قوليازمىسى ھەر بىر ھادىسىنى تەكشۈرىدۇ:</translation>
    </message>
    <message>
        <source>An event whose &quot;canonical&quot; is null named a protected person in its details or as the person acting, which this bundle blacks out; its hash can be checked only in the library that exported the bundle.</source>
        <translation>«canonical» قىممىتى null بولغان ھادىسە تەپسىلاتىدا ياكى ھەرىكەت قىلغۇچى سۈپىتىدە قوغدىلىدىغان كىشىنىڭ ئىسمىنى تىلغا ئالغان، بۇ توپلامدا ئۇ قارا بىلەن يېپىلغان؛ ئۇنىڭ ھەشىنى پەقەت توپلامنى چىقارغان ئامباردىلا تەكشۈرگىلى بولىدۇ.</translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <source>missing</source>
        <translation>يوق</translation>
    </message>
    <message>
        <source>is a symbolic link, not a file</source>
        <translation>ھۆججەت ئەمەس، سىمۋوللۇق ئۇلانما</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ئادەتتىكى ھۆججەت ئەمەس</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>ئوقۇغىلى بولمايدۇ (%1)</translation>
    </message>
    <message>
        <source>the fingerprint it states does not belong to its public key</source>
        <translation>ئۇ كۆرسەتكەن بارماق ئىزى ئۇنىڭ ئاممىۋى ئاچقۇچىغا تەۋە ئەمەس</translation>
    </message>
    <message>
        <source>is not an Ed25519 signature (%1 bytes instead of %2)</source>
        <translation>Ed25519 ئىمزاسى ئەمەس (%2 بايت ئورنىغا %1 بايت)</translation>
    </message>
    <message>
        <source>signature does not match (the manifest was changed or signed by another key)</source>
        <translation>ئىمزا ماس كەلمەيدۇ (تىزىملىك ئۆزگەرتىلگەن ياكى باشقا ئاچقۇچ بىلەن ئىمزالانغان)</translation>
    </message>
    <message>
        <source>signing key fingerprint %1 is not the expected %2</source>
        <translation>ئىمزا ئاچقۇچىنىڭ بارماق ئىزى %1 كۈتۈلگەن %2 ئەمەس</translation>
    </message>
    <message>
        <source>is not a path a manifest may list (%1)</source>
        <translation>تىزىملىكتە كۆرسىتىشكە بولىدىغان يول ئەمەس (%1)</translation>
    </message>
    <message>
        <source>is listed as an exported file</source>
        <translation>چىقىرىلغان ھۆججەت سۈپىتىدە تىزىملىتىلغان</translation>
    </message>
    <message>
        <source>is listed twice in the manifest</source>
        <translation>تىزىملىكتە ئىككى قېتىم كۆرسىتىلگەن</translation>
    </message>
    <message>
        <source>size differs from the manifest (%1 bytes instead of %2)</source>
        <translation>چوڭلۇقى تىزىملىكتىكىدىن پەرقلىق (%2 بايت ئورنىغا %1 بايت)</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest</source>
        <translation>SHA-256 قىممىتى تىزىملىكتىكىدىن پەرقلىق</translation>
    </message>
    <message>
        <source>is the native file of exhibit %1 but is not in the manifest&apos;s file list</source>
        <translation>%1 دەلىلنىڭ ئەسلى فورماتتىكى ھۆججىتى، ئەمما تىزىملىكنىڭ ھۆججەت تىزىمىدا يوق</translation>
    </message>
    <message>
        <source>does not end with a new line</source>
        <translation>يېڭى قۇر بىلەن ئاخىرلاشمايدۇ</translation>
    </message>
    <message>
        <source>line %1 is not a sha256sum line</source>
        <translation>%1-قۇر sha256sum قۇرى ئەمەس</translation>
    </message>
    <message>
        <source>line %1 names a path that is not allowed (%2)</source>
        <translation>%1-قۇر رۇخسەت قىلىنمىغان يولنى كۆرسىتىدۇ (%2)</translation>
    </message>
    <message>
        <source>lists %1 twice or lists itself</source>
        <translation>%1 نى ئىككى قېتىم كۆرسىتىدۇ ياكى ئۆزىنى كۆرسىتىدۇ</translation>
    </message>
    <message>
        <source>lists %1, which is not in the manifest</source>
        <translation>%1 نى كۆرسىتىدۇ، ئەمما ئۇ تىزىملىكتە يوق</translation>
    </message>
    <message>
        <source>gives %1 another SHA-256 than the signed manifest</source>
        <translation>%1 ئۈچۈن ئىمزالانغان تىزىملىكتىكىدىن باشقا SHA-256 قىممىتى بېرىدۇ</translation>
    </message>
    <message>
        <source>SHA-256 differs from manifest.sha256</source>
        <translation>SHA-256 قىممىتى manifest.sha256 دىكىدىن پەرقلىق</translation>
    </message>
    <message>
        <source>does not list %1</source>
        <translation>%1 نى كۆرسەتمەيدۇ</translation>
    </message>
    <message>
        <source>is not laid out as the manifest writer lays it out (lines reordered or changed)</source>
        <translation>تىزىملىك يازغۇچى ئورۇنلاشتۇرىدىغان شەكىلدە ئورۇنلاشتۇرۇلمىغان (قۇرلارنىڭ تەرتىپى ئۆزگەرتىلگەن ياكى قۇرلار ئۆزگەرتىلگەن)</translation>
    </message>
    <message>
        <source>not in the manifest</source>
        <translation>تىزىملىكتە يوق</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key fingerprint (64 hexadecimal digits).</source>
        <translation>«%1» ئاچقۇچ بارماق ئىزى ئەمەس (64 خانىلىق ئون ئالتىلىك سان).</translation>
    </message>
    <message>
        <source>There is no folder at %1.</source>
        <translation>%1 دا قىسقۇچ يوق.</translation>
    </message>
    <message>
        <source>%1 holds no manifest.json; it is not a bundle folder.</source>
        <translation>%1 دا manifest.json يوق؛ ئۇ توپلام قىسقۇچى ئەمەس.</translation>
    </message>
    <message>
        <source>The manifest in %1 cannot be read: %2</source>
        <translation>%1 دىكى تىزىملىكنى ئوقۇغىلى بولمايدۇ: %2</translation>
    </message>
    <message>
        <source>is not a readable manifest (%1); the signature and the files it lists could not be checked</source>
        <translation>ئوقۇغىلى بولىدىغان تىزىملىك ئەمەس (%1)؛ ئىمزا ۋە ئۇ كۆرسەتكەن ھۆججەتلەرنى تەكشۈرگىلى بولمىدى</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ئوقۇغىلى بولمايدۇ: %1</translation>
    </message>
    <message>
        <source>is not a time-stamp request over this manifest.json</source>
        <translation>بۇ manifest.json ئۈچۈن ۋاقىت تامغىسى ئىلتىماسى ئەمەس</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Too few arguments.</source>
        <translation>پارامېتىرلار بەك ئاز.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>پارامېتىرلار بەك كۆپ.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>مەخپىي ئىبارە: </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item id (a positive number).</source>
        <translation>«%1» تۈر نومۇرى ئەمەس (مۇسبەت سان بولۇشى كېرەك).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON شەكلىدە چىقىرىش.</translation>
    </message>
    <message>
        <source>
The passphrase is read from AMANAT_PASSPHRASE, else prompted on a terminal, else taken from the first line of standard input.
Exit codes: 0 success, 1 failure, 2 usage, 3 wrong passphrase or recovery key, 4 verify found a problem, 5 library in use.</source>
        <translation>
مەخپىي ئىبارە AMANAT_PASSPHRASE مۇھىت ئۆزگەرگۈچىسىدىن ئوقۇلىدۇ؛ ئۇ بولمىسا تېرمىنالدا سورىلىدۇ؛ تېرمىنال بولمىسا ئۆلچەملىك كىرگۈزۈشنىڭ بىرىنچى قۇرىدىن ئېلىنىدۇ.
چېكىنىش كودلىرى: 0 مۇۋەپپەقىيەتلىك، 1 مەغلۇپ بولدى، 2 ئىشلىتىش خاتالىقى، 3 مەخپىي ئىبارە ياكى ئەسلىگە كەلتۈرۈش ئاچقۇچى خاتا، 4 verify مەسىلە بايقىدى، 5 ئامبار ئىشلىتىلىۋاتىدۇ.</translation>
    </message>
    <message>
        <source>Kind of the new items.</source>
        <translation>يېڭى تۈرلەرنىڭ خىلى.</translation>
    </message>
    <message>
        <source>Title of the new items.</source>
        <translation>يېڭى تۈرلەرنىڭ ماۋزۇسى.</translation>
    </message>
    <message>
        <source>Tag path (repeatable).</source>
        <translation>بەلگە يولى (قايتا-قايتا بېرىشكە بولىدۇ).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>«%1» تۈر خىلى ئەمەس؛ تۆۋەندىكىلەرنىڭ بىرىنى ئىشلىتىڭ: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>«%1» FIELD=VALUE شەكلىدە ئەمەس.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; the fields are: %2.</source>
        <translation>«%1» خانە ئەمەس؛ خانىلار: %2.</translation>
    </message>
    <message>
        <source>Overwrite DEST if it exists.</source>
        <translation>DEST مەۋجۇت بولسا، ئۇنى قاپلاپ يېزىش.</translation>
    </message>
    <message>
        <source>Deleted item %1.</source>
        <translation>%1 نومۇرلۇق تۈر ئۆچۈرۈلدى.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>يېڭى مەخپىي ئىبارە: </translation>
    </message>
    <message>
        <source>Created the library %1.</source>
        <translation>ئامبار %1 قۇرۇلدى.</translation>
    </message>
    <message>
        <source>Write the recovery key on paper and keep it apart from this computer. It is shown only now; with it anyone can open the library.</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى قەغەزگە يېزىپ، بۇ كومپيۇتېردىن ئايرىم ساقلاڭ. ئۇ پەقەت ھازىرلا كۆرسىتىلىدۇ؛ ئۇ كىمنىڭ قولىدا بولسا، شۇ كىشى ئامبارنى ئاچالايدۇ.</translation>
    </message>
    <message>
        <source>Database: ok</source>
        <translation>ساندان: نورمال</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>ساندان: %1</translation>
    </message>
    <message>
        <source>Originals: %1 checked, %2 damaged</source>
        <translation>ئەسلى ھۆججەتلەر: %1 تەكشۈرۈلدى، %2 بۇزۇلغان</translation>
    </message>
    <message>
        <source>  item %1: %2</source>
        <translation>  %1 نومۇرلۇق تۈر: %2</translation>
    </message>
    <message>
        <source>Custody log: ok (%1 events)</source>
        <translation>ساقلاش زەنجىرى خاتىرىسى: نورمال (%1 ھادىسە)</translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation>ساقلاش زەنجىرى خاتىرىسى: %1</translation>
    </message>
    <message>
        <source>The library failed verification.</source>
        <translation>ئامبار تەكشۈرۈشتىن ئۆتمىدى.</translation>
    </message>
    <message>
        <source>The passphrase was changed; the old one no longer opens this library.</source>
        <translation>مەخپىي ئىبارە ئۆزگەرتىلدى؛ كونىسى بىلەن بۇ ئامبارنى ئەمدى ئاچقىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى: </translation>
    </message>
    <message>
        <source>WARNING: these lines open the whole library without the passphrase. Do not save them in a file, a chat or a shell history. Paste them into `sqlcipher library.db` to read the data with standard tools.</source>
        <translation>ئاگاھلاندۇرۇش: بۇ قۇرلار مەخپىي ئىبارىسىزلا پۈتۈن ئامبارنى ئاچالايدۇ. ئۇلارنى ھۆججەتكە، پاراڭ (چات) ياكى shell تارىخىغا ساقلىماڭ. سانلىق مەلۇماتلارنى ئۆلچەملىك قوراللار بىلەن ئوقۇش ئۈچۈن، ئۇلارنى `sqlcipher library.db` غا چاپلاڭ.</translation>
    </message>
    <message>
        <source>Backed up to %1; it opens with the same passphrase and recovery key.</source>
        <translation>زاپاس نۇسخا ساقلاندى: %1؛ ئۇنى ئوخشاش مەخپىي ئىبارە ۋە ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئاچقىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>Tag path to add (repeatable).</source>
        <translation>قوشۇلىدىغان بەلگە يولى (قايتا-قايتا بېرىشكە بولىدۇ).</translation>
    </message>
    <message>
        <source>Tag path to remove (repeatable).</source>
        <translation>چىقىرىۋېتىلىدىغان بەلگە يولى (قايتا-قايتا بېرىشكە بولىدۇ).</translation>
    </message>
    <message>
        <source>Give at least one --add or --remove.</source>
        <translation>كەم دېگەندە بىر --add ياكى --remove بېرىڭ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; run amanat-cli help.</source>
        <translation>«%1» بۇيرۇق ئەمەس؛ amanat-cli help نى ئىجرا قىلىڭ.</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds from 1 to 86400.</source>
        <translation>--timeout قىممىتى 1 دىن 86400 گىچە سېكۇنت سانى بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>Print only page N.</source>
        <translation>پەقەت N-بەتنىلا كۆرسىتىش.</translation>
    </message>
    <message>
        <source>--page takes a page number from 1.</source>
        <translation>--page قىممىتى 1 دىن باشلانغان بەت نومۇرى بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>Item %1 has no page %2.</source>
        <translation>%1 نومۇرلۇق تۈرنىڭ %2-بېتى يوق.</translation>
    </message>
    <message>
        <source>Re-extract every item, not only unfinished ones.</source>
        <translation>پەقەت تاماملانمىغانلىرىنىلا ئەمەس، ھەممە تۈرنى قايتا ئاجرىتىش.</translation>
    </message>
    <message>
        <source>OCR languages, e.g. chi_sim+uig+eng.</source>
        <translation>OCR تىللىرى، مەسىلەن chi_sim+uig+eng.</translation>
    </message>
    <message>
        <source>File whose first line is the PDF password.</source>
        <translation>بىرىنچى قۇرى PDF پارولى بولغان ھۆججەت.</translation>
    </message>
    <message>
        <source>Seconds allowed per file (default 120).</source>
        <translation>ھەر بىر ھۆججەتكە بېرىلىدىغان سېكۇنت (كۆڭۈلدىكىسى 120).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 نى ئوقۇغىلى بولمايدۇ: %2</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>%1 نومۇرلۇق تۈر: %2</translation>
    </message>
    <message>
        <source>Store the files without extracting text.</source>
        <translation>ھۆججەتلەرنى تېكىست ئاجرىتماي ساقلاش.</translation>
    </message>
    <message>
        <source>Seconds allowed per file for extraction (default 120).</source>
        <translation>ئاجرىتىش ئۈچۈن ھەر بىر ھۆججەتكە بېرىلىدىغان سېكۇنت (كۆڭۈلدىكىسى 120).</translation>
    </message>
    <message>
        <source>Report progress as JSON lines on standard error.</source>
        <translation>ئىلگىرىلەشنى ئۆلچەملىك خاتالىق ئېقىمىغا JSON قۇرلىرى شەكلىدە مەلۇم قىلىش.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>ئەكىرىش ئەمەلدىن قالدۇرۇلدى.</translation>
    </message>
    <message>
        <source>The import stopped early.</source>
        <translation>ئەكىرىش ۋاقتىدىن بۇرۇن توختاپ قالدى.</translation>
    </message>
    <message>
        <source>Start without the starter tag tree (violations, document types, countries).</source>
        <translation>دەسلەپكى بەلگە دەرىخى (ھوقۇق دەپسەندىچىلىكى، ھۆججەت خىللىرى، دۆلەتلەر) بولماي باشلاش.</translation>
    </message>
    <message>
        <source>Originals and custody log: not checked, because the database failed its integrity check.</source>
        <translation>ئەسلى ھۆججەتلەر ۋە ساقلاش زەنجىرى خاتىرىسى: تەكشۈرۈلمىدى، چۈنكى ساندان پۈتۈنلۈك تەكشۈرۈشىدىن ئۆتمىدى.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match (%1 ms).</source>
        <translation>
            <numerusform>%n تۈر ماس كەلدى (%1 ms).</numerusform>
            <numerusform>%n تۈر ماس كەلدى (%1 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>%1-بەت</translation>
    </message>
    <message>
        <source>Most results to return (default 20).</source>
        <translation>قايتۇرۇلىدىغان ئەڭ كۆپ نەتىجە سانى (كۆڭۈلدىكىسى 20).</translation>
    </message>
    <message>
        <source>Read one query a line from standard input.</source>
        <translation>ئۆلچەملىك كىرگۈزۈشتىن ھەر قۇردا بىردىن سۈرۈشتۈرۈش ئوقۇش.</translation>
    </message>
    <message>
        <source>Run the saved search NAME.</source>
        <translation>NAME دېگەن ساقلانغان ئىزدەشنى ئىجرا قىلىش.</translation>
    </message>
    <message>
        <source>Give either a QUERY, --stdin or --saved NAME.</source>
        <translation>QUERY، --stdin ياكى --saved NAME دىن بىرىنى بېرىڭ.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit قىممىتى 1 دىن %1 گىچە سان بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>Replace a saved search of the same name.</source>
        <translation>ئوخشاش ئىسىملىك ساقلانغان ئىزدەشنى ئالماشتۇرۇش.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the tag %1; %n item(s) lost it.</source>
        <translation>
            <numerusform>%1 بەلگىسى ئۆچۈرۈلدى؛ ئۇ %n تۈردىن ئېلىۋېتىلدى.</numerusform>
            <numerusform>%1 بەلگىسى ئۆچۈرۈلدى؛ ئۇ %n تۈردىن ئېلىۋېتىلدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large for a tag list.</source>
        <translation>%1 بەلگە تىزىملىكى ئۈچۈن بەك چوڭ.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created.</source>
        <translation>
            <numerusform>%n بەلگە قۇرۇلدى.</numerusform>
            <numerusform>%n بەلگە قۇرۇلدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>ھېچقانداق بۇيرۇق بېرىلمىدى.</translation>
    </message>
    <message>
        <source>Could not read the password file %1.</source>
        <translation>%1 پارول ھۆججىتىنى ئوقۇغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>%1 پارول ھۆججىتى بوش.</translation>
    </message>
    <message>
        <source>uk (A4, default) or us (Letter).</source>
        <translation>uk (A4، كۆڭۈلدىكىسى) ياكى us (Letter).</translation>
    </message>
    <message>
        <source>Bates prefix (default BUNDLE).</source>
        <translation>Bates ئالدى قوشۇلغۇچىسى (كۆڭۈلدىكىسى BUNDLE).</translation>
    </message>
    <message>
        <source>First Bates number (default 1).</source>
        <translation>بىرىنچى Bates نومۇرى (كۆڭۈلدىكىسى 1).</translation>
    </message>
    <message>
        <source>Split into parts above this many MB (default 25).</source>
        <translation>بۇنچە MB دىن ئاشسا قىسىملارغا بۆلۈش (كۆڭۈلدىكىسى 25).</translation>
    </message>
    <message>
        <source>Also write an AES-256 encrypted copy with this password.</source>
        <translation>بۇ پارول بىلەن AES-256 شىفىرلانغان بىر نۇسخىسىنىمۇ يېزىش.</translation>
    </message>
    <message>
        <source>File testimonies without recorded court consent (logged).</source>
        <translation>سوتتا ئىشلىتىش رازىلىقى خاتىرىلەنمىگەن گۇۋاھلىقلارنىمۇ تاپشۇرۇش (خاتىرىلىنىدۇ).</translation>
    </message>
    <message>
        <source>Seconds allowed for preparing one exhibit&apos;s pages (default 600).</source>
        <translation>بىر دەلىلنىڭ بەتلىرىنى تەييارلاشقا بېرىلىدىغان سېكۇنت (كۆڭۈلدىكىسى 600).</translation>
    </message>
    <message>
        <source>--start takes a whole number from 1.</source>
        <translation>--start قىممىتى 1 دىن باشلانغان پۈتۈن سان بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>--max-size takes a size in MB (at least 0.01).</source>
        <translation>--max-size قىممىتى MB بىرلىكىدىكى چوڭلۇق بولۇشى كېرەك (كەم دېگەندە 0.01).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout قىممىتى سېكۇنت سانى بولۇشى كېرەك.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n page(s) (%3 to %4).</source>
        <translation>
            <numerusform>%1 يېزىلدى: %2، %n بەت (%3 دىن %4 غىچە).</numerusform>
            <numerusform>%1 يېزىلدى: %2، %n بەت (%3 دىن %4 غىچە).</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation>تىزىملىكنىڭ SHA-256 قىممىتى: %1</translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation>ئىمزا ئاچقۇچىنىڭ بارماق ئىزى: %1</translation>
    </message>
    <message>
        <source>Remove every occurrence of this text (repeatable).</source>
        <translation>بۇ تېكىستنىڭ ھەممە ئۇچرىشىنى چىقىرىۋېتىش (قايتا-قايتا بېرىشكە بولىدۇ).</translation>
    </message>
    <message>
        <source>Black out an area of a page, in fractions of the page (repeatable).</source>
        <translation>بەتنىڭ بىر رايونىنى بەت نىسبىتى بويىچە قارا بىلەن يېپىش (قايتا-قايتا بېرىشكە بولىدۇ).</translation>
    </message>
    <message>
        <source>List the item&apos;s redactions.</source>
        <translation>تۈرنىڭ يوشۇرۇشلىرىنى كۆرسىتىش.</translation>
    </message>
    <message>
        <source>Remove a redaction by its number.</source>
        <translation>يوشۇرۇشنى نومۇرى بويىچە ئېلىۋېتىش.</translation>
    </message>
    <message>
        <source>Fail unless the manifest was signed by the key with this fingerprint (case, spaces and colons are ignored).</source>
        <translation>تىزىملىك بۇ بارماق ئىزىغا ئىگە ئاچقۇچ بىلەن ئىمزالانمىغان بولسا مەغلۇپ بولۇش (چوڭ-كىچىك ھەرپ، بوشلۇق ۋە قوش چېكىتلەر ئېتىبارغا ئېلىنمايدۇ).</translation>
    </message>
    <message>
        <source>--expect-key takes a fingerprint of 64 hexadecimal digits.</source>
        <translation>--expect-key قىممىتى 64 خانىلىق ئون ئالتىلىك ساندىن تەركىب تاپقان بارماق ئىزى بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation>ئىمزا ئاچقۇچى: %1</translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation>ئىمزا: ئىناۋەتلىك</translation>
    </message>
    <message>
        <source>Signature: invalid</source>
        <translation>ئىمزا: ئىناۋەتسىز</translation>
    </message>
    <message>
        <source>Files: %1 checked</source>
        <translation>ھۆججەتلەر: %1 تەكشۈرۈلدى</translation>
    </message>
    <message>
        <source>The bundle is intact: every file matches the signed manifest.</source>
        <translation>توپلام بۇزۇلمىغان: ھەر بىر ھۆججەت ئىمزالانغان تىزىملىككە ماس كېلىدۇ.</translation>
    </message>
    <message numerus="yes">
        <source>The bundle failed verification: %n problem(s).</source>
        <translation>
            <numerusform>توپلام تەكشۈرۈشتىن ئۆتمىدى: %n مەسىلە.</numerusform>
            <numerusform>توپلام تەكشۈرۈشتىن ئۆتمىدى: %n مەسىلە.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>بارماق ئىزى: %1</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): %1</source>
        <translation>ئاممىۋى ئاچقۇچ (Ed25519، base64): %1</translation>
    </message>
    <message>
        <source>Court or tribunal.</source>
        <translation>سوت ياكى سوت كېڭىشى.</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation>دېلو نومۇرى.</translation>
    </message>
    <message>
        <source>Hearing date (YYYY-MM-DD).</source>
        <translation>سوت ئېچىلىش چېسلاسى (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Parties, as printed on the cover.</source>
        <translation>دەۋاگەرلەر، مۇقاۋىدا بېسىلغىنىدەك.</translation>
    </message>
    <message>
        <source>Counsel, as printed on the cover.</source>
        <translation>ئادۋوكات، مۇقاۋىدا بېسىلغىنىدەك.</translation>
    </message>
    <message>
        <source>Section title; created at the end when missing.</source>
        <translation>بۆلۈم ماۋزۇسى؛ مەۋجۇت بولمىسا ئاخىرىدا قۇرۇلىدۇ.</translation>
    </message>
    <message>
        <source>Only these pages of a PDF or scan.</source>
        <translation>PDF ياكى سكانېرلانغان ھۆججەتنىڭ پەقەت بۇ بەتلىرى.</translation>
    </message>
    <message>
        <source>Only this segment of a video or audio.</source>
        <translation>سىن ياكى ئۈننىڭ پەقەت مۇشۇ بۆلىكى.</translation>
    </message>
    <message>
        <source>Exhibit label (default: A1, A2…).</source>
        <translation>دەلىل بەلگىسى (كۆڭۈلدىكىسى: A1، A2…).</translation>
    </message>
    <message>
        <source>Exhibit description.</source>
        <translation>دەلىل چۈشەندۈرۈشى.</translation>
    </message>
    <message>
        <source>--pages takes FIRST-LAST, e.g. 3-7.</source>
        <translation>--pages قىممىتى FIRST-LAST شەكلىدە بولۇشى كېرەك، مەسىلەن 3-7.</translation>
    </message>
    <message>
        <source>--time takes START-END, e.g. 1:05-2:30.</source>
        <translation>--time قىممىتى START-END شەكلىدە بولۇشى كېرەك، مەسىلەن 1:05-2:30.</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n دەلىل</numerusform>
            <numerusform>%n دەلىل</numerusform>
        </translation>
    </message>
    <message>
        <source>Court</source>
        <translation>سوت</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>دېلو نومۇرى</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>دەۋاگەرلەر</translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation>ئادۋوكات</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>سوت ئېچىلىش چېسلاسى</translation>
    </message>
    <message>
        <source> (pages %1–%2)</source>
        <translation> (%1–%2-بەتلەر)</translation>
    </message>
    <message>
        <source> (%1 s–%2 s)</source>
        <translation> (%1 s–%2 s)</translation>
    </message>
    <message>
        <source>Dossier &quot;%1&quot; has no exhibit labelled &quot;%2&quot;.</source>
        <translation>«%1» دوسىيېدا «%2» بەلگىلىك دەلىل يوق.</translation>
    </message>
    <message>
        <source>Export although pages await redaction review (logged, and printed on the exhibit sheets).</source>
        <translation>بەتلەر يوشۇرۇش تەكشۈرۈشىنى كۈتۈۋاتقان بولسىمۇ چىقىرىش (خاتىرىلىنىدۇ ۋە دەلىل ۋاراقلىرىغا بېسىلىدۇ).</translation>
    </message>
    <message numerus="yes">
        <source>Leak check: %n page(s) read back, %1 of them by OCR; no protected string found.</source>
        <translation>
            <numerusform>ئاشكارىلىنىش تەكشۈرۈشى: %n بەت قايتا ئوقۇلدى، ئۇلارنىڭ %1 ى OCR ئارقىلىق؛ قوغدىلىدىغان تېكىست تېپىلمىدى.</numerusform>
            <numerusform>ئاشكارىلىنىش تەكشۈرۈشى: %n بەت قايتا ئوقۇلدى، ئۇلارنىڭ %1 ى OCR ئارقىلىق؛ قوغدىلىدىغان تېكىست تېپىلمىدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave an area visible that the redactor covered by mistake (repeatable; the leak check still reads it).</source>
        <translation>يوشۇرغۇچ خاتا يېپىپ قويغان رايوننى كۆرۈنەرلىك قالدۇرۇش (قايتا-قايتا بېرىشكە بولىدۇ؛ ئاشكارىلىنىش تەكشۈرۈشى ئۇنى يەنىلا ئوقۇيدۇ).</translation>
    </message>
    <message>
        <source>Give --text/--rect/--keep, or --list, or --remove.</source>
        <translation>--text/--rect/--keep ياكى --list ياكى --remove نى بېرىڭ.</translation>
    </message>
    <message>
        <source>
Not redacted in this dossier: %1 (%2)</source>
        <translation>
بۇ دوسىيېدا يوشۇرۇلمىغان: %1 (%2)</translation>
    </message>
    <message>
        <source>Why this person is not redacted (logged, printed on the bundle).</source>
        <translation>بۇ كىشىنىڭ نېمە ئۈچۈن يوشۇرۇلمىغانلىقى (خاتىرىلىنىدۇ ۋە توپلامغا بېسىلىدۇ).</translation>
    </message>
    <message>
        <source>dossier exempt needs --reason TEXT.</source>
        <translation>dossier exempt ئۈچۈن --reason TEXT كېرەك.</translation>
    </message>
    <message>
        <source>Name a dossier command: create, add, list, show, remove, delete, exempt or unexempt.</source>
        <translation>دوسىيې بۇيرۇقىنى كۆرسىتىڭ: create، add، list، show، remove، delete، exempt ياكى unexempt.</translation>
    </message>
    <message>
        <source>Accept a passphrase that is easy to guess (for tests only).</source>
        <translation>ئاسان پەرەز قىلغىلى بولىدىغان مەخپىي ئىبارىنى قوبۇل قىلىش (پەقەت سىناق ئۈچۈن).</translation>
    </message>
    <message>
        <source>That passphrase is too easy to guess: whoever takes the computer would try it first. Use a sentence of several words only you know.</source>
        <translation>بۇ مەخپىي ئىبارىنى پەرەز قىلىش بەك ئاسان: كومپيۇتېرنى ئالغان ھەر قانداق ئادەم ئالدى بىلەن ئۇنى سىناپ باقىدۇ. پەقەت سىزلا بىلىدىغان، بىر نەچچە سۆزدىن تۈزۈلگەن بىر جۈملە ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>Last committed change: present</source>
        <translation>ئەڭ ئاخىرقى ساقلانغان ئۆزگەرتىش: بار</translation>
    </message>
    <message>
        <source>Last committed change: %1</source>
        <translation>ئەڭ ئاخىرقى ساقلانغان ئۆزگەرتىش: %1</translation>
    </message>
    <message>
        <source>A name variant (repeatable).</source>
        <translation>ئىسىمنىڭ بىر ۋارىيانتى (قايتا-قايتا بېرىشكە بولىدۇ).</translation>
    </message>
    <message>
        <source>A phone number, e-mail or address (repeatable).</source>
        <translation>تېلېفون نومۇرى، ئېلخەت ياكى ئادرېس (قايتا-قايتا بېرىشكە بولىدۇ).</translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%n name(s)</source>
        <translation>
            <numerusform>%1	%2	%n ئىسىم</numerusform>
            <numerusform>%1	%2	%n ئىسىم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n contact(s)</source>
        <translation>
            <numerusform>، %n ئالاقە ئۇچۇرى</numerusform>
            <numerusform>، %n ئالاقە ئۇچۇرى</numerusform>
        </translation>
    </message>
    <message>
        <source>	testimony %1</source>
        <translation>	گۇۋاھلىق %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>كود: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>ئىسىم: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>ئالاقە: %1</translation>
    </message>
    <message>
        <source>Add a name variant.</source>
        <translation>ئىسىم ۋارىيانتى قوشۇش.</translation>
    </message>
    <message>
        <source>Add a contact.</source>
        <translation>ئالاقە ئۇچۇرى قوشۇش.</translation>
    </message>
    <message>
        <source>Remove a name variant.</source>
        <translation>ئىسىم ۋارىيانتىنى ئېلىۋېتىش.</translation>
    </message>
    <message>
        <source>Remove a contact.</source>
        <translation>ئالاقە ئۇچۇرىنى ئېلىۋېتىش.</translation>
    </message>
    <message>
        <source>Give the person another code.</source>
        <translation>كىشىگە باشقا كود بېرىش.</translation>
    </message>
    <message>
        <source>Name a person command: add, list, show, edit or delete.</source>
        <translation>كىشى بۇيرۇقىنى كۆرسىتىڭ: add، list، show، edit ياكى delete.</translation>
    </message>
    <message>
        <source>The page to show (from 1).</source>
        <translation>كۆرسىتىلىدىغان بەت (1 دىن باشلاپ).</translation>
    </message>
    <message>
        <source>Apply this dossier&apos;s exemptions and text redactions, as its bundle would.</source>
        <translation>بۇ دوسىيېنىڭ مۇستەسنالىرى ۋە تېكىست يوشۇرۇشلىرىنى ئۇنىڭ توپلىمىدىكىگە ئوخشاش قوللىنىش.</translation>
    </message>
    <message>
        <source>Show the page unburned and list the proposed boxes.</source>
        <translation>بەتنى رامكىلار قوللىنىلمىغان ھالەتتە كۆرسىتىپ، تەۋسىيە قىلىنغان رامكىلارنى تىزىش.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 نى يازغىلى بولمىدى.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n area(s) found automatically</source>
        <translation>
            <numerusform>%1 يېزىلدى: %n رايون ئاپتوماتىك تېپىلدى</numerusform>
            <numerusform>%1 يېزىلدى: %n رايون ئاپتوماتىك تېپىلدى</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n marked by hand.</source>
        <translation>
            <numerusform>، %n رايون قولدا بەلگىلەندى.</numerusform>
            <numerusform>، %n رايون قولدا بەلگىلەندى.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the pages that await review.</source>
        <translation>تەكشۈرۈشنى كۈتۈۋاتقان بەتلەرنى تىزىش.</translation>
    </message>
    <message>
        <source>With --list: every page that needs review, reviewed or not.</source>
        <translation>--list بىلەن: تەكشۈرۈش تەلەپ قىلىدىغان ھەممە بەت، تەكشۈرۈلگەن-تەكشۈرۈلمىگەنلىكىدىن قەتئىينەزەر.</translation>
    </message>
    <message>
        <source>Mark pages reviewed: ITEM:PAGE, more may follow.</source>
        <translation>بەتلەرنى تەكشۈرۈلدى دەپ بەلگىلەش: ITEM:PAGE، ئارقىسىدىن يەنە بېرىشكە بولىدۇ.</translation>
    </message>
    <message>
        <source>Give --list or --approve.</source>
        <translation>--list ياكى --approve نى بېرىڭ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ITEM:PAGE (e.g. 12:3).</source>
        <translation>«%1» ITEM:PAGE شەكلىدە ئەمەس (مەسىلەن 12:3).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) marked reviewed.</source>
        <translation>
            <numerusform>%n بەت تەكشۈرۈلدى دەپ بەلگىلەندى.</numerusform>
            <numerusform>%n بەت تەكشۈرۈلدى دەپ بەلگىلەندى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page numbers: continuous (PFX-000001…, default) or section (A1, A2… B1…).</source>
        <translation>بەت نومۇرلىرى: continuous (PFX-000001…، كۆڭۈلدىكىسى) ياكى section (A1، A2… B1…).</translation>
    </message>
    <message>
        <source>The exhibit labels are already in order.</source>
        <translation>دەلىل بەلگىلىرى ئاللىقاچان تەرتىپلىك.</translation>
    </message>
    <message>
        <source>The settings are ocr_languages=LANGS and custodian=NAME.</source>
        <translation>تەڭشەكلەر ocr_languages=LANGS ۋە custodian=NAME.</translation>
    </message>
    <message>
        <source>A-number (US immigration court), as in A123-456-789.</source>
        <translation>A نومۇرى (ئامېرىكا كۆچمەنلەر سوتى)، مەسىلەن A123-456-789.</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>A نومۇرى</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens this library. Write the new one down and keep it apart from the computer; it is not shown again.</source>
        <translation>كونا ئەسلىگە كەلتۈرۈش ئاچقۇچى بۇ ئامبارنى ئەمدى ئاچالمايدۇ. يېڭىسىنى يېزىۋېلىپ، كومپيۇتېردىن ئايرىم ساقلاڭ؛ ئۇ قايتا كۆرسىتىلمەيدۇ.</translation>
    </message>
    <message>
        <source>  item %1: extraction incomplete: %2</source>
        <translation>  %1 نومۇرلۇق تۈر: ئاجرىتىش تولۇق ئەمەس: %2</translation>
    </message>
    <message>
        <source>The items a search query finds.</source>
        <translation>ئىزدەش سۈرۈشتۈرۈشى تاپقان تۈرلەر.</translation>
    </message>
    <message>
        <source>The items with a tag or its sub-tags.</source>
        <translation>بىر بەلگە ياكى ئۇنىڭ تارماق بەلگىلىرى بار تۈرلەر.</translation>
    </message>
    <message>
        <source>The exhibits of a dossier.</source>
        <translation>بىر دوسىيېنىڭ دەلىللىرى.</translation>
    </message>
    <message>
        <source>Choose the items with one of --query, --tag, --dossier or item numbers.</source>
        <translation>تۈرلەرنى --query، --tag، --dossier ياكى تۈر نومۇرلىرىنىڭ پەقەت بىرى بىلەن تاللاڭ.</translation>
    </message>
    <message>
        <source>Folder the file column&apos;s paths are relative to (default: the CSV file&apos;s folder).</source>
        <translation>file ئىستونىدىكى يوللار ئاساس قىلىدىغان قىسقۇچ (كۆڭۈلدىكىسى: CSV ھۆججىتىنىڭ قىسقۇچى).</translation>
    </message>
    <message>
        <source>Source-Organization of the bag (default: the library&apos;s custodian).</source>
        <translation>BagIt بوغچىسىنىڭ Source-Organization قىممىتى (كۆڭۈلدىكىسى: ئامبارنىڭ ساقلىغۇچىسى).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the bag have redactions: the bag holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>بوغچىدىكى %n تۈردە يوشۇرۇش بار: بوغچىدا ئۇلارنىڭ ئەسلى ھۆججەتلىرى يوشۇرۇلماي ئۆز پېتى تۇرىدۇ.</numerusform>
            <numerusform>بوغچىدىكى %n تۈردە يوشۇرۇش بار: بوغچىدا ئۇلارنىڭ ئەسلى ھۆججەتلىرى يوشۇرۇلماي ئۆز پېتى تۇرىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: %1. Items made: %2. Files already in the library: %3.</source>
        <translation>قۇر: %1. قۇرۇلغان تۈر: %2. ئامباردا بار ھۆججەت: %3.</translation>
    </message>
    <message>
        <source>Items in the bag: %1. Files: %2. Bytes: %3.</source>
        <translation>بوغچىدىكى تۈر: %1. ھۆججەت: %2. بايت: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the ZIP have redactions: it holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>ZIP دىكى %n تۈردە يوشۇرۇش بار: ZIP دا ئۇلارنىڭ ئەسلى ھۆججەتلىرى يوشۇرۇلماي ئۆز پېتى تۇرىدۇ.</numerusform>
            <numerusform>ZIP دىكى %n تۈردە يوشۇرۇش بار: ZIP دا ئۇلارنىڭ ئەسلى ھۆججەتلىرى يوشۇرۇلماي ئۆز پېتى تۇرىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time stamp: %1 UTC, by %2</source>
        <translation>ۋاقىت تامغىسى: %1 UTC، بەرگۈچى: %2</translation>
    </message>
    <message>
        <source>Time stamp: %1 UTC, by %2 (not checked against a certificate you trust)</source>
        <translation>ۋاقىت تامغىسى: %1 UTC، بەرگۈچى: %2 (سىز ئىشىنىدىغان گۇۋاھنامە بىلەن تەكشۈرۈلمىدى)</translation>
    </message>
    <message>
        <source>PEM file of the time-stamping authority&apos;s certificate (or its CA): the reply&apos;s signer must chain to it.</source>
        <translation>ۋاقىت تامغىسى ئورگىنىنىڭ گۇۋاھنامىسى (ياكى CA سى) نىڭ PEM ھۆججىتى: جاۋابنى ئىمزالىغۇچى شۇنىڭغا باغلىنىشى كېرەك.</translation>
    </message>
    <message>
        <source>Write OUTDIR/manifest.tsq over the bundle&apos;s manifest.json.</source>
        <translation>توپلامنىڭ manifest.json ى ئۈچۈن OUTDIR/manifest.tsq نى يېزىش.</translation>
    </message>
    <message>
        <source>--bundle takes the bundle folder and nothing else.</source>
        <translation>--bundle پەقەت توپلام قىسقۇچىنىلا قوبۇل قىلىدۇ.</translation>
    </message>
    <message>
        <source>Name the library, the items and the request file.</source>
        <translation>ئامبار، تۈرلەر ۋە ئىلتىماس ھۆججىتىنى كۆرسىتىڭ.</translation>
    </message>
    <message>
        <source>Take this file to a time-stamping authority (RFC 3161) and bring its reply back: timestamp-import for a library, or manifest.tsr beside the manifest for a bundle.</source>
        <translation>بۇ ھۆججەتنى ۋاقىت تامغىسى ئورگىنىغا (RFC 3161) ئېلىپ بېرىپ، جاۋابىنى ئېلىپ كېلىڭ: ئامبار ئۈچۈن timestamp-import، توپلام ئۈچۈن manifest.tsr نى تىزىملىكنىڭ يېنىغا قويۇڭ.</translation>
    </message>
    <message>
        <source>The reply is intact and answers the request, but its authority was not checked against a certificate you trust (--tsa-ca).</source>
        <translation>جاۋاب بۇزۇلمىغان ۋە ئىلتىماسقا ماس، ئەمما ئورگىنى سىز ئىشىنىدىغان گۇۋاھنامە بىلەن تەكشۈرۈلمىدى (--tsa-ca).</translation>
    </message>
    <message>
        <source>%1 cannot be read as an exchange key.</source>
        <translation>%1 نى ئالماشتۇرۇش ئاچقۇچى سۈپىتىدە ئوقۇغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Also write the key as a QR code image (PNG) to FILE.</source>
        <translation>ئاچقۇچنى QR كود رەسىمى (PNG) قىلىپ FILE غىمۇ يېزىش.</translation>
    </message>
    <message>
        <source>The QR code cannot be written to %1.</source>
        <translation>QR كودنى %1 غا يازغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Give the line above to the libraries that will send you packages. To confirm it, read out its fingerprint:</source>
        <translation>يۇقىرىدىكى قۇرنى سىزگە ئورام ئەۋەتىدىغان ئامبارلارغا بېرىڭ. ئۇنى جەزملەش ئۈچۈن بارماق ئىزىنى ئوقۇپ بېرىڭ:</translation>
    </message>
    <message>
        <source>A recipient library&apos;s exchange key, or a file holding it (repeat for several).</source>
        <translation>قوبۇل قىلغۇچى ئامبارنىڭ ئالماشتۇرۇش ئاچقۇچى ياكى ئۇ بار ھۆججەت (بىر نەچچىسى ئۈچۈن قايتىلاڭ).</translation>
    </message>
    <message>
        <source>Share the witnesses&apos; names and contacts too.</source>
        <translation>گۇۋاھچىلارنىڭ ئىسمى ۋە ئالاقە ئۇچۇرىنىمۇ ھەمبەھىرلەش.</translation>
    </message>
    <message>
        <source>Share testimonies without recorded consent (logged).</source>
        <translation>رازىلىقى خاتىرىلەنمىگەن گۇۋاھلىقلارنى ھەمبەھىرلەش (خاتىرىگە ئېلىنىدۇ).</translation>
    </message>
    <message>
        <source>Name at least one recipient with --to.</source>
        <translation>--to ئارقىلىق كەم دېگەندە بىر قوبۇل قىلغۇچىنى كۆرسىتىڭ.</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n item(s) with %1 library(ies). Package SHA-256: %2</source>
        <translation>
            <numerusform>%n تۈر %1 ئامبار بىلەن ھەمبەھىرلەندى. ئورامنىڭ SHA-256 قىممىتى: %2</numerusform>
            <numerusform>%n تۈر %1 ئامبار بىلەن ھەمبەھىرلەندى. ئورامنىڭ SHA-256 قىممىتى: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Witnesses&apos; names and contacts were not included.</source>
        <translation>گۇۋاھچىلارنىڭ ئىسمى ۋە ئالاقە ئۇچۇرى قوشۇلمىدى.</translation>
    </message>
    <message>
        <source>Refuse the package unless its sender has this fingerprint.</source>
        <translation>ئەۋەتكۈچىنىڭ بارماق ئىزى بۇ بولمىسا ئورامنى رەت قىلىش.</translation>
    </message>
    <message>
        <source>Do not extract the text of received files that come without it.</source>
        <translation>تېكىستسىز كەلگەن ھۆججەتلەرنىڭ تېكىستىنى ئالماسلىق.</translation>
    </message>
    <message>
        <source>This package was already received on %1; nothing was added.</source>
        <translation>بۇ ئورام %1 دە تاپشۇرۇۋېلىنغان؛ ھېچنېمە قوشۇلمىدى.</translation>
    </message>
    <message numerus="yes">
        <source>From “%1”: %n item(s), of which %2 new and %3 already here.</source>
        <translation>
            <numerusform>«%1» دىن: %n تۈر، بۇنىڭدىن %2 يېڭى، %3 بۇرۇندىن بار.</numerusform>
            <numerusform>«%1» دىن: %n تۈر، بۇنىڭدىن %2 يېڭى، %3 بۇرۇندىن بار.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new sender, now pinned. Check this fingerprint with them:
%1</source>
        <translation>يېڭى ئەۋەتكۈچى، ئەمدى ئەستە ساقلاندى. بۇ بارماق ئىزىنى ئۇلار بىلەن تەكشۈرۈڭ:
%1</translation>
    </message>
    <message>
        <source>The sender&apos;s new key, which you confirmed, replaces the old one.</source>
        <translation>سىز جەزملىگەن ئەۋەتكۈچىنىڭ يېڭى ئاچقۇچى كونىسىنىڭ ئورنىنى ئالدى.</translation>
    </message>
    <message>
        <source>Forget a sender (library id or fingerprint); its next package is pinned anew.</source>
        <translation>بىر ئەۋەتكۈچىنى ئۇنتۇش (ئامبار كىملىكى ياكى بارماق ئىزى)؛ كېيىنكى ئورامىدا قايتا ئەستە ساقلىنىدۇ.</translation>
    </message>
    <message>
        <source>“%1” is neither a library&apos;s exchange key nor a file holding one.</source>
        <translation>«%1» ئامبارنىڭ ئالماشتۇرۇش ئاچقۇچى ئەمەس، ئاچقۇچ بار ھۆججەتمۇ ئەمەس.</translation>
    </message>
</context>
<context>
    <name>ClipMarkers</name>
    <message>
        <source>A clip must start at or after 0 and end at or after its start.</source>
        <translation>كەسمە 0 دىن ياكى ئۇنىڭدىن كېيىن باشلىنىشى ۋە باشلىنىشىدىن ياكى ئۇنىڭدىن كېيىن ئاخىرلىشىشى كېرەك.</translation>
    </message>
    <message>
        <source>A clip note may hold at most %1 characters.</source>
        <translation>كەسمە ئىزاھاتى ئەڭ كۆپ بولغاندا %1 ھەرپ بولالايدۇ.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>%1 نومۇرلۇق تۈر يوق.</translation>
    </message>
    <message>
        <source>There is no clip marker %1.</source>
        <translation>%1 نومۇرلۇق كەسمە بەلگىسى يوق.</translation>
    </message>
</context>
<context>
    <name>CommittedHead</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 نى ئوقۇغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>The record of the library&apos;s last committed change (custody.head) was altered or damaged.</source>
        <translation>ئامبارنىڭ ئەڭ ئاخىرقى ساقلانغان ئۆزگەرتىش خاتىرىسى (custody.head) ئۆزگەرتىلگەن ياكى بۇزۇلغان.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>No known sender has the id or fingerprint %1.</source>
        <translation>%1 كىملىكى ياكى بارماق ئىزى بار تونۇلغان ئەۋەتكۈچى يوق.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The CSV file is not valid UTF-8 text.</source>
        <translation>CSV ھۆججىتى ئىناۋەتلىك UTF-8 تېكىستى ئەمەس.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has an unclosed quote.</source>
        <translation>CSV ھۆججىتىنىڭ %1-قۇرىدا يېپىلمىغان تىرناق بار.</translation>
    </message>
</context>
<context>
    <name>CustodyEventText</name>
    <message>
        <source>Collected as %1 (%2, SHA-256 %3…).</source>
        <translation>%1 سۈپىتىدە توپلاندى (%2، SHA-256 %3…).</translation>
    </message>
    <message>
        <source>Created as %1, without an original file.</source>
        <translation>%1 سۈپىتىدە قۇرۇلدى، ئەسلى ھۆججىتى يوق.</translation>
    </message>
    <message numerus="yes">
        <source>Text and details read from the original (%n page(s)).</source>
        <translation>
            <numerusform>ئەسلى ھۆججەتتىن تېكىست ۋە تەپسىلات ئوقۇلدى (%n بەت).</numerusform>
            <numerusform>ئەسلى ھۆججەتتىن تېكىست ۋە تەپسىلات ئوقۇلدى (%n بەت).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the original failed: %1</source>
        <translation>ئەسلى ھۆججەتنى ئوقۇش مەغلۇپ بولدى: %1</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>%1 تازىلاندى</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 %2 قىلىپ بەلگىلەندى</translation>
    </message>
    <message>
        <source>Details changed: %1.</source>
        <translation>تەپسىلات ئۆزگەرتىلدى: %1.</translation>
    </message>
    <message>
        <source>Tagged %1.</source>
        <translation>%1 بەلگىسى قوشۇلدى.</translation>
    </message>
    <message>
        <source>Tag %1 removed.</source>
        <translation>%1 بەلگىسى ئېلىۋېتىلدى.</translation>
    </message>
    <message>
        <source>A copy of the original was saved as %1 (SHA-256 %2…).</source>
        <translation>ئەسلى ھۆججەتنىڭ كۆپەيتىلمىسى %1 نامىدا ساقلاندى (SHA-256 %2…).</translation>
    </message>
    <message>
        <source>Added to dossier %1 as exhibit %2.</source>
        <translation>%1 دوسىيېسىغا %2 دەلىل سۈپىتىدە قوشۇلدى.</translation>
    </message>
    <message>
        <source>Removed from dossier %1 (it was exhibit %2).</source>
        <translation>%1 دوسىيېسىدىن ئېلىۋېتىلدى (ئۇ %2 دەلىل ئىدى).</translation>
    </message>
    <message>
        <source>Moved within dossier %1 (exhibit %2).</source>
        <translation>%1 دوسىيېسى ئىچىدە يۆتكەلدى (%2 دەلىل).</translation>
    </message>
    <message>
        <source>Exhibit %1 of dossier %2 renumbered %3.</source>
        <translation>%2 دوسىيېسىدىكى %1 دەلىل %3 قىلىپ قايتا نومۇرلاندى.</translation>
    </message>
    <message>
        <source>Filed as exhibit %1 in a bundle of dossier %2, pages %3 to %4.</source>
        <translation>%2 دوسىيېسىنىڭ توپلىمىدا %1 دەلىل سۈپىتىدە تاپشۇرۇلدى، %3 دىن %4 گىچە بەتلەر.</translation>
    </message>
    <message>
        <source>Filed as exhibit %1 of dossier %2 without the witness&apos;s court consent, by the user&apos;s decision.</source>
        <translation>ئىشلەتكۈچىنىڭ قارارى بىلەن، گۇۋاھچىنىڭ سوتتا ئىشلىتىش رازىلىقىسىز %2 دوسىيېسىنىڭ %1 دەلىلى سۈپىتىدە تاپشۇرۇلدى.</translation>
    </message>
    <message>
        <source>An area of page %1 marked for redaction.</source>
        <translation>%1-بەتتىكى بىر رايون يوشۇرۇش ئۈچۈن بەلگىلەندى.</translation>
    </message>
    <message numerus="yes">
        <source>A passage of %n character(s) marked for redaction.</source>
        <translation>
            <numerusform>%n ھەرپلىك بىر ئابزاس يوشۇرۇش ئۈچۈن بەلگىلەندى.</numerusform>
            <numerusform>%n ھەرپلىك بىر ئابزاس يوشۇرۇش ئۈچۈن بەلگىلەندى.</numerusform>
        </translation>
    </message>
    <message>
        <source>A redaction removed.</source>
        <translation>بىر يوشۇرۇش ئۆچۈرۈلدى.</translation>
    </message>
    <message>
        <source>Page %1 reviewed for redaction in dossier %2.</source>
        <translation>%1-بەت %2 دوسىيېسىدا يوشۇرۇش ئۈچۈن تەكشۈرۈلدى.</translation>
    </message>
    <message>
        <source>Clip marker added.</source>
        <translation>كەسمە بەلگىسى قوشۇلدى.</translation>
    </message>
    <message>
        <source>Clip marker changed.</source>
        <translation>كەسمە بەلگىسى ئۆزگەرتىلدى.</translation>
    </message>
    <message>
        <source>Clip marker removed.</source>
        <translation>كەسمە بەلگىسى ئۆچۈرۈلدى.</translation>
    </message>
    <message>
        <source>The witness&apos;s protected details were shown.</source>
        <translation>گۇۋاھچىنىڭ قوغدىلىدىغان ئۇچۇرلىرى كۆرسىتىلدى.</translation>
    </message>
    <message>
        <source>Deleted from the library.</source>
        <translation>ئامباردىن ئۆچۈرۈلدى.</translation>
    </message>
    <message>
        <source>Deletion undone: back in the library.</source>
        <translation>ئۆچۈرۈش يېنىۋېلىندى: ئامبارغا قايتتى.</translation>
    </message>
    <message>
        <source>Received again from %1 (package SHA-256 %2…): kept as it was here, with the sender&apos;s tags and record added.</source>
        <translation>%1 دىن قايتا تاپشۇرۇۋېلىندى (ئورام SHA-256 %2…): بۇ يەردىكى ھالىتى ساقلاندى، ئەۋەتكۈچىنىڭ بەلگىلىرى ۋە خاتىرىسى قوشۇلدى.</translation>
    </message>
    <message numerus="yes">
        <source>Received from %1 in a sealed package (SHA-256 %2…), with %n event(s) of its record there.</source>
        <translation>
            <numerusform>%1 دىن پېچەتلەنگەن ئورامدا (SHA-256 %2…) تاپشۇرۇۋېلىندى، ئۇ يەردىكى خاتىرىسىدىن %n ھادىسە بىلەن.</numerusform>
            <numerusform>%1 دىن پېچەتلەنگەن ئورامدا (SHA-256 %2…) تاپشۇرۇۋېلىندى، ئۇ يەردىكى خاتىرىسىدىن %n ھادىسە بىلەن.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared in a sealed package (SHA-256 %1…) without the witness&apos;s recorded consent, by the user&apos;s decision.</source>
        <translation>گۇۋاھچىنىڭ خاتىرىلەنگەن رازىلىقىسىز، ئىشلەتكۈچىنىڭ قارارى بىلەن پېچەتلەنگەن ئورامدا (SHA-256 %1…) ھەمبەھىرلەندى.</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>custody event %1 is missing</source>
        <translation>ساقلاش زەنجىرىدىكى %1 نومۇرلۇق ھادىسە كەم</translation>
    </message>
    <message>
        <source>custody event %1 does not follow the one before it</source>
        <translation>ساقلاش زەنجىرىدىكى %1 نومۇرلۇق ھادىسە ئالدىدىكى ھادىسىگە ئۇلانمايدۇ</translation>
    </message>
    <message>
        <source>custody event %1 was altered</source>
        <translation>ساقلاش زەنجىرىدىكى %1 نومۇرلۇق ھادىسە ئۆزگەرتىلگەن</translation>
    </message>
    <message>
        <source>the end of the custody log was cut off or rewritten</source>
        <translation>ساقلاش زەنجىرى خاتىرىسىنىڭ ئاخىرى كېسىۋېتىلگەن ياكى قايتا يېزىلغان</translation>
    </message>
    <message>
        <source>the custody log&apos;s write protection was removed</source>
        <translation>ساقلاش زەنجىرى خاتىرىسىنىڭ يېزىشتىن قوغدىلىشى ئېلىۋېتىلگەن</translation>
    </message>
    <message>
        <source>A custodian&apos;s name has at most 200 characters.</source>
        <translation>ساقلىغۇچىنىڭ ئىسمى كۆپ بولغاندا 200 ھەرپ بولىدۇ.</translation>
    </message>
    <message>
        <source>A custodian&apos;s name is one line without control characters.</source>
        <translation>ساقلىغۇچىنىڭ ئىسمى بىر قۇر بولۇپ، كونترول ھەرپلىرى بولمايدۇ.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The library database is missing.</source>
        <translation>ئامبارنىڭ ساندانى يوق.</translation>
    </message>
    <message>
        <source>Amanat was built without SQLCipher encryption; refusing to open the library.</source>
        <translation>Amanat SQLCipher شىفىرلاشسىز قۇرۇلغان؛ ئامبارنى ئېچىش رەت قىلىندى.</translation>
    </message>
    <message>
        <source>The database key could not be set.</source>
        <translation>ساندان ئاچقۇچىنى تەڭشىگىلى بولمىدى.</translation>
    </message>
    <message>
        <source>The database setting %1 could not be applied (it reads &quot;%2&quot;, expected &quot;%3&quot;); refusing to continue.</source>
        <translation>ساندان تەڭشىكى %1 نى قوللانغىلى بولمىدى (ئوقۇلغان قىممىتى «%2»، كۈتۈلگىنى «%3»)؛ داۋاملاشتۇرۇش رەت قىلىندى.</translation>
    </message>
    <message>
        <source>The library database failed its integrity check.</source>
        <translation>ئامبار ساندانى پۈتۈنلۈك تەكشۈرۈشىدىن ئۆتمىدى.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved and the library is unchanged.</source>
        <translation>دىسكا تولدى؛ ئۆزگەرتىش ساقلانمىدى، ئامبار ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <source>The library database is damaged or was modified outside Amanat.</source>
        <translation>ئامبار ساندانى بۇزۇلغان ياكى Amanat نىڭ سىرتىدا ئۆزگەرتىلگەن.</translation>
    </message>
    <message>
        <source>The library is in use by another process.</source>
        <translation>ئامبارنى باشقا بىر جەريان ئىشلىتىۋاتىدۇ.</translation>
    </message>
    <message>
        <source>The library cannot be written: the folder is read-only, missing or not accessible.</source>
        <translation>ئامبارغا يازغىلى بولمايدۇ: قىسقۇچ پەقەت ئوقۇشقىلا بولىدۇ، مەۋجۇت ئەمەس ياكى ئۇنى زىيارەت قىلغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library (was the drive removed?).</source>
        <translation>ئامبارنى ئوقۇش ياكى يېزىش جەريانىدا دىسكا خاتالىق مەلۇم قىلدى (دىسكا ئېلىۋېتىلدىمۇ؟).</translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation>ئىچكى ساقلىغۇچ يېتىشمىدى.</translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation>بۇ ئۆزگەرتىش مەۋجۇت سانلىق مەلۇمات بىلەن توقۇنۇشىدۇ.</translation>
    </message>
    <message>
        <source>Unexpected database error (%1).</source>
        <translation>كۈتۈلمىگەن ساندان خاتالىقى (%1).</translation>
    </message>
    <message>
        <source>The search functions could not be registered.</source>
        <translation>ئىزدەش فۇنكسىيەلىرىنى تىزىملاتقىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Internal error: the library database was used from the wrong thread; nothing was changed.</source>
        <translation>ئىچكى خاتالىق: ئامبار ساندانى خاتا ئىجرا يىپىدىن ئىشلىتىلدى؛ ھېچنېمە ئۆزگەرتىلمىدى.</translation>
    </message>
</context>
<context>
    <name>DateSpec</name>
    <message>
        <source>&quot;%1&quot; is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD.</source>
        <translation>«%1» چېسلا ئەمەس؛ ئۇنى YYYY، YYYY-MM ياكى YYYY-MM-DD شەكلىدە يېزىڭ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range; this field takes a single date.</source>
        <translation>«%1» ۋاقىت دائىرىسى؛ بۇ خانىغا پەقەت بىرلا چېسلا يېزىلىدۇ.</translation>
    </message>
    <message>
        <source>The date range &quot;%1&quot; ends before it starts.</source>
        <translation>«%1» چېسلا دائىرىسى باشلىنىشتىن بۇرۇن ئاخىرلىشىدۇ.</translation>
    </message>
</context>
<context>
    <name>DemoLibrary</name>
    <message>
        <source>The demo item %1 was not imported.</source>
        <translation>%1 دېگەن كۆرسەتمە تۈر ئەكىرىلمىدى.</translation>
    </message>
    <message>
        <source>The demo transcript is missing.</source>
        <translation>كۆرسەتمە يېزىق نۇسخىسى يوق.</translation>
    </message>
    <message>
        <source>Checkpoint testimonies</source>
        <translation>تەكشۈرۈش پونكىتى گۇۋاھلىقلىرى</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 دېگەن قىسقۇچ مەۋجۇت ئەمەس.</translation>
    </message>
</context>
<context>
    <name>DemoSamples</name>
    <message>
        <source>The demo file %1 could not be written.</source>
        <translation>%1 دېگەن كۆرسەتمە ھۆججەتنى يازغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>The demo video is missing from this build.</source>
        <translation>كۆرسەتمە سىن بۇ نەشردە يوق.</translation>
    </message>
</context>
<context>
    <name>DossierRepository</name>
    <message>
        <source>A dossier needs a name of one line (at most 200 characters).</source>
        <translation>دوسىيېنىڭ بىر قۇرلۇق ئىسمى بولۇشى كېرەك (ئەڭ كۆپ بولغاندا 200 ھەرپ).</translation>
    </message>
    <message>
        <source>The hearing date &quot;%1&quot; is not a date like 2026-03-31.</source>
        <translation>«%1» دېگەن سوت ئېچىلىش چېسلاسى 2026-03-31 غا ئوخشاش چېسلا ئەمەس.</translation>
    </message>
    <message>
        <source>A dossier named &quot;%1&quot; already exists.</source>
        <translation>«%1» ناملىق دوسىيې ئاللىبۇرۇن مەۋجۇت.</translation>
    </message>
    <message>
        <source>There is no dossier %1.</source>
        <translation>%1 نومۇرلۇق دوسىيې يوق.</translation>
    </message>
    <message>
        <source>There is no dossier named or numbered &quot;%1&quot;.</source>
        <translation>ئىسمى ياكى نومۇرى «%1» بولغان دوسىيې يوق.</translation>
    </message>
    <message>
        <source>A section needs a title of one line (at most 200 characters).</source>
        <translation>بۆلۈمنىڭ بىر قۇرلۇق ماۋزۇسى بولۇشى كېرەك (ئەڭ كۆپ بولغاندا 200 ھەرپ).</translation>
    </message>
    <message>
        <source>This dossier already has a section &quot;%1&quot;.</source>
        <translation>بۇ دوسىيېدا «%1» دېگەن بۆلۈم ئاللىبۇرۇن بار.</translation>
    </message>
    <message>
        <source>There is no section %1.</source>
        <translation>%1 نومۇرلۇق بۆلۈم يوق.</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>دەلىللەر</translation>
    </message>
    <message>
        <source>Name at least one item to add.</source>
        <translation>قوشۇش ئۈچۈن كەم دېگەندە بىر تۈرنى كۆرسىتىڭ.</translation>
    </message>
    <message>
        <source>A page range must be FIRST-LAST with 1 &lt;= FIRST &lt;= LAST.</source>
        <translation>بەت دائىرىسى FIRST-LAST شەكلىدە بولۇشى ۋە 1 &lt;= FIRST &lt;= LAST شەرتىنى قاندۇرۇشى كېرەك.</translation>
    </message>
    <message>
        <source>A time segment needs a start and an end after it.</source>
        <translation>ۋاقىت بۆلىكىنىڭ باشلىنىشى ۋە ئۇنىڭدىن كېيىنكى ئاخىرلىشىشى بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>An exhibit label is one line of at most 40 characters.</source>
        <translation>دەلىل بەلگىسى ئەڭ كۆپ بولغاندا 40 ھەرپلىك بىر قۇر بولىدۇ.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>%1 نومۇرلۇق تۈر يوق.</translation>
    </message>
    <message>
        <source>There is no exhibit %1.</source>
        <translation>%1 نومۇرلۇق دەلىل يوق.</translation>
    </message>
    <message>
        <source>An exhibit can only move within its dossier.</source>
        <translation>دەلىلنى پەقەت ئۆز دوسىيېسى ئىچىدىلا يۆتكىگىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an A-number: it has 8 or 9 digits, as in A123-456-789.</source>
        <translation>«%1» A نومۇرى ئەمەس: ئۇ 8 ياكى 9 خانىلىق سان، مەسىلەن A123-456-789.</translation>
    </message>
</context>
<context>
    <name>ExchangeIdentity</name>
    <message>
        <source>This is not a library&apos;s exchange key. Ask for the key that amanat-cli exchange-key prints (88 characters).</source>
        <translation>بۇ ئامبارنىڭ ئالماشتۇرۇش ئاچقۇچى ئەمەس. amanat-cli exchange-key كۆرسەتكەن ئاچقۇچنى (88 ھەرپ) سوراڭ.</translation>
    </message>
</context>
<context>
    <name>ExchangeKey</name>
    <message>
        <source>The library&apos;s exchange key is damaged; packages cannot be opened.</source>
        <translation>ئامبارنىڭ ئالماشتۇرۇش ئاچقۇچى بۇزۇلغان؛ ئوراملارنى ئاچقىلى بولمايدۇ.</translation>
    </message>
</context>
<context>
    <name>ExchangeKeyStore</name>
    <message>
        <source>The library has no exchange key yet.</source>
        <translation>ئامباردا تېخى ئالماشتۇرۇش ئاچقۇچى يوق.</translation>
    </message>
    <message>
        <source>The library&apos;s exchange id is missing.</source>
        <translation>ئامبارنىڭ ئالماشتۇرۇش كىملىكى كەم.</translation>
    </message>
</context>
<context>
    <name>ExtractionStore</name>
    <message>
        <source>&quot;%1&quot; is not a list of OCR languages; write it as Tesseract does, e.g. chi_sim+uig+eng.</source>
        <translation>«%1» OCR تىللىرى تىزىملىكى ئەمەس؛ ئۇنى Tesseract قا ئوخشاش يېزىڭ، مەسىلەن chi_sim+uig+eng.</translation>
    </message>
</context>
<context>
    <name>GeneratedPages</name>
    <message>
        <source>Case number: %1</source>
        <translation>دېلو نومۇرى: %1</translation>
    </message>
    <message>
        <source>Hearing: %1</source>
        <translation>سوت ئېچىلىشى: %1</translation>
    </message>
    <message>
        <source>Counsel: %1</source>
        <translation>ئادۋوكات: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) in %1 section(s).</source>
        <translation>
            <numerusform>%1 بۆلۈمدە %n دەلىل.</numerusform>
            <numerusform>%1 بۆلۈمدە %n دەلىل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), numbered %1 to %2 in the lower margin of every page.</source>
        <translation>
            <numerusform>%n بەت، ھەر بىر بەتنىڭ ئاستى گىرۋىكىدە %1 دىن %2 گىچە نومۇر قويۇلغان.</numerusform>
            <numerusform>%n بەت، ھەر بىر بەتنىڭ ئاستى گىرۋىكىدە %1 دىن %2 گىچە نومۇر قويۇلغان.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity: manifest.json, filed beside this PDF, lists the SHA-256 of every exhibit&apos;s original as collected, its chain of custody, and the SHA-256 of every file of this bundle. It is signed (manifest.sig, Ed25519) with the key of the library that produced it, whose fingerprint is:</source>
        <translation>پۈتۈنلۈك: بۇ PDF نىڭ يېنىدا تاپشۇرۇلغان manifest.json ھەر بىر دەلىلنىڭ توپلانغان ۋاقىتتىكى ئەسلى ھۆججىتىنىڭ SHA-256 قىممىتىنى، ئۇنىڭ ساقلاش زەنجىرىنى ۋە بۇ توپلامدىكى ھەر بىر ھۆججەتنىڭ SHA-256 قىممىتىنى كۆرسىتىدۇ. ئۇ ئۆزىنى ھاسىل قىلغان ئامبارنىڭ ئاچقۇچى بىلەن ئىمزالانغان (manifest.sig، Ed25519)، ئۇ ئاچقۇچنىڭ بارماق ئىزى:</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>ئايرىغۇچ</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ھۆججەت</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>چېسلا</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>بەتلەر</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>%2 قىسىمنىڭ %1-قىسمى</translation>
    </message>
    <message numerus="yes">
        <source>This bundle is filed in %n parts. Each begins with this cover and the full index:</source>
        <translation>
            <numerusform>بۇ توپلام %n قىسىم قىلىپ تاپشۇرۇلىدۇ. ھەر قىسىم مۇشۇ مۇقاۋا ۋە تولۇق مۇندەرىجە بىلەن باشلىنىدۇ:</numerusform>
            <numerusform>بۇ توپلام %n قىسىم قىلىپ تاپشۇرۇلىدۇ. ھەر قىسىم مۇشۇ مۇقاۋا ۋە تولۇق مۇندەرىجە بىلەن باشلىنىدۇ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate of translation</source>
        <translation>تەرجىمە گۇۋاھنامىسى</translation>
    </message>
    <message>
        <source>Signature of the translator</source>
        <translation>تەرجىماننىڭ ئىمزاسى</translation>
    </message>
    <message>
        <source>A-Number: %1</source>
        <translation>A نومۇرى: %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (داۋامى)</translation>
    </message>
    <message>
        <source>Proof of Service</source>
        <translation>يەتكۈزۈش ئىسپاتى</translation>
    </message>
    <message>
        <source>On %1 (date), I, %2, served a copy of %3 and any attached pages on the Department of Homeland Security (DHS), Office of the Principal Legal Advisor, at the following address:</source>
        <translation>%1 (چېسلا) دا، مەن %2، %3 ۋە قوشۇمچە بەتلەرنىڭ كۆپەيتىلمىسىنى ئامېرىكا دۆلەت ئىچى بىخەتەرلىك مىنىستىرلىكى (DHS) باش قانۇن مەسلىھەتچىسى ئىشخانىسىغا تۆۋەندىكى ئادرېس بويىچە يەتكۈزدۈم:</translation>
    </message>
    <message>
        <source>by (tick one):</source>
        <translation>ئۇسۇلى (بىرىنى بەلگىلەڭ):</translation>
    </message>
    <message>
        <source>[  ] first-class mail</source>
        <translation>[  ] بىرىنچى دەرىجىلىك پوچتا</translation>
    </message>
    <message>
        <source>[  ] personal service</source>
        <translation>[  ] شەخسەن يەتكۈزۈش</translation>
    </message>
    <message>
        <source>[  ] electronic service (ECAS)</source>
        <translation>[  ] ئېلېكترونلۇق يەتكۈزۈش (ECAS)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>ئىمزا</translation>
    </message>
</context>
<context>
    <name>HelperRun</name>
    <message>
        <source>The page helper (%1) could not be started.</source>
        <translation>بەت ياردەمچىسى (%1) نى قوزغاتقىلى بولمىدى.</translation>
    </message>
    <message>
        <source>The pages of %1 could not be prepared: %2.</source>
        <translation>%1 نىڭ بەتلىرىنى تەييارلىغىلى بولمىدى: %2.</translation>
    </message>
</context>
<context>
    <name>HelperSandbox</name>
    <message>
        <source>The sandbox of the extraction helper cannot be applied on this system, so no file will be read: its text and pictures stay pending.</source>
        <translation>ئاجرىتىش ياردەمچىسىنىڭ قۇم ساندۇقىنى بۇ سىستېمىدا قوللانغىلى بولمايدۇ، شۇڭا ھېچقانداق ھۆججەت ئوقۇلمايدۇ: ئۇلارنىڭ تېكىستى ۋە رەسىملىرى كۈتۈش ھالىتىدە قالىدۇ.</translation>
    </message>
    <message>
        <source>Landlock (Linux 5.13 or later) is not available, so file access is limited by the system-call filter alone</source>
        <translation>Landlock (Linux 5.13 ياكى ئۇنىڭدىن يۇقىرى) يوق، شۇڭا ھۆججەت زىيارىتى پەقەت سىستېما چاقىرىقى سۈزگۈچى ئارقىلىقلا چەكلىنىدۇ</translation>
    </message>
    <message>
        <source>user namespaces are switched off, so the helper shares this computer&apos;s network and process namespaces (the system-call filter still refuses network connections)</source>
        <translation>ئىشلەتكۈچى ئىسىم بوشلۇقى تاقالغان، شۇڭا ياردەمچى بۇ كومپيۇتېرنىڭ تور ۋە جەريان ئىسىم بوشلۇقلىرىنى ئورتاق ئىشلىتىدۇ (سىستېما چاقىرىقى سۈزگۈچى يەنىلا تور ئۇلىنىشلىرىنى رەت قىلىدۇ)</translation>
    </message>
    <message>
        <source>The extraction helper&apos;s sandbox is incomplete here: %1.</source>
        <translation>ئاجرىتىش ياردەمچىسىنىڭ قۇم ساندۇقى بۇ يەردە تولۇق ئەمەس: %1.</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder.</source>
        <translation>%1 ھۆججەتمۇ ئەمەس، قىسقۇچمۇ ئەمەس.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ھۆججەت ئەمەس.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 نى ئوقۇغىلى بولمايدۇ: %2</translation>
    </message>
</context>
<context>
    <name>InterviewFields</name>
    <message>
        <source>Witness code</source>
        <translation>گۇۋاھچى كودى</translation>
    </message>
    <message>
        <source>e.g. W-014</source>
        <translation>مەسىلەن W-014</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>سۆھبەت چېسلاسى</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Interview place</source>
        <translation>سۆھبەت ئورنى</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>سۆھبەتلەشكۈچى</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>تەرجىمان</translation>
    </message>
    <message>
        <source>if there was one</source>
        <translation>بولغان بولسا</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>سوت</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>ھىمايە پائالىيىتى</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>ئاممىۋى</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>رازىلىق</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>رازىلىق چېسلاسى</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>The value for %1 contains a NUL character.</source>
        <translation>%1 نىڭ قىممىتىدە NUL ھەرپى بار.</translation>
    </message>
    <message>
        <source>The value for %1 is too long (at most %2 characters).</source>
        <translation>%1 نىڭ قىممىتى بەك ئۇزۇن (ئەڭ كۆپ بولغاندا %2 ھەرپ).</translation>
    </message>
    <message>
        <source>An item must have a kind.</source>
        <translation>تۈرنىڭ چوقۇم خىلى بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>The value for %1 must be a single line.</source>
        <translation>%1 نىڭ قىممىتى پەقەت بىر قۇر بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>«%1» تۈر خىلى ئەمەس؛ تۆۋەندىكىلەرنىڭ بىرىنى ئىشلىتىڭ: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; use a code such as en, zh, ug or ar-SY.</source>
        <translation>«%1» تىل كودى ئەمەس؛ en، zh، ug ياكى ar-SY غا ئوخشاش كود ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it should start with https:// or similar).</source>
        <translation>«%1» تور ئادرېسى ئەمەس (https:// ياكى شۇنىڭغا ئوخشاش بىلەن باشلىنىشى كېرەك).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consent scope; use any of: %2.</source>
        <translation>«%1» رازىلىق دائىرىسى ئەمەس؛ تۆۋەندىكىلەرنىڭ خالىغانلىرىنى ئىشلىتىڭ: %2.</translation>
    </message>
    <message>
        <source>Testimony</source>
        <translation>گۇۋاھلىق</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>سكانېرلانغان ھۆججەت</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>سىن</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>ئۈن</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>رەسىم</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>دوكلات</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>ھۆججەت</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item number (%2 takes the number of another item).</source>
        <translation>«%1» تۈر نومۇرى ئەمەس (%2 باشقا بىر تۈرنىڭ نومۇرىنى تەلەپ قىلىدۇ).</translation>
    </message>
</context>
<context>
    <name>ItemRepository</name>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>«%1» تۈر خىلى ئەمەس؛ تۆۋەندىكىلەرنىڭ بىرىنى ئىشلىتىڭ: %2.</translation>
    </message>
    <message>
        <source>There is no item %1 in this library.</source>
        <translation>بۇ ئامباردا %1 نومۇرلۇق تۈر يوق.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; the fields are: %2.</source>
        <translation>«%1» خانە ئەمەس؛ خانىلار: %2.</translation>
    </message>
    <message>
        <source>%1 applies only to testimony items; set kind=testimony first.</source>
        <translation>%1 پەقەت گۇۋاھلىق تۈرلىرىگىلا ماس كېلىدۇ؛ ئالدى بىلەن kind=testimony نى بەلگىلەڭ.</translation>
    </message>
    <message>
        <source>Item %1 cannot be the translation of itself.</source>
        <translation>%1 نومۇرلۇق تۈر ئۆزىنىڭ تەرجىمىسى بولالمايدۇ.</translation>
    </message>
    <message>
        <source>%1 applies only to testimony, video and audio items.</source>
        <translation>%1 پەقەت گۇۋاھلىق، سىن ۋە ئۈن تۈرلىرىگىلا ماس كېلىدۇ.</translation>
    </message>
    <message>
        <source>Item %1 can no longer be restored: it was erased.</source>
        <translation>%1 نومۇرلۇق تۈرنى ئەمدى ئەسلىگە كەلتۈرگىلى بولمايدۇ: ئۇ مەڭگۈلۈك ئۆچۈرۈلدى.</translation>
    </message>
</context>
<context>
    <name>ItemSelection</name>
    <message>
        <source>There is no tag %1.</source>
        <translation>%1 دېگەن بەلگە يوق.</translation>
    </message>
    <message>
        <source>No item matches %1.</source>
        <translation>%1 غا ماس كېلىدىغان تۈر يوق.</translation>
    </message>
    <message>
        <source>the query %1</source>
        <translation>%1 سۈرۈشتۈرۈشى</translation>
    </message>
    <message>
        <source>the tag %1</source>
        <translation>%1 بەلگىسى</translation>
    </message>
    <message>
        <source>the dossier %1</source>
        <translation>%1 دوسىيېسى</translation>
    </message>
    <message>
        <source>the items %1</source>
        <translation>%1 تۈرلىرى</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The key-slot file of this library is damaged or was modified.</source>
        <translation>بۇ ئامبارنىڭ ئاچقۇچ ئورنى ھۆججىتى بۇزۇلغان ياكى ئۆزگەرتىلگەن.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).</source>
        <translation>مەخپىي ئىبارىدىن ئاچقۇچ ھاسىل قىلىشقا ئىچكى ساقلىغۇچ يەتمەيدۇ (Argon2id غا %1 MiB كېرەك).</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library (it has no key-slot file).</source>
        <translation>بۇ قىسقۇچ Amanat ئامبىرى ئەمەس (ئۇنىڭدا ئاچقۇچ ئورنى ھۆججىتى يوق).</translation>
    </message>
    <message>
        <source>The key-slot file cannot be read: %1</source>
        <translation>ئاچقۇچ ئورنى ھۆججىتىنى ئوقۇغىلى بولمايدۇ: %1</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library (its key-slot file is not recognised).</source>
        <translation>بۇ قىسقۇچ Amanat ئامبىرى ئەمەس (ئۇنىڭ ئاچقۇچ ئورنى ھۆججىتىنى تونۇغىلى بولمىدى).</translation>
    </message>
    <message>
        <source>This library was made by a newer version of Amanat (key-slot format %1).</source>
        <translation>بۇ ئامبار Amanat نىڭ يېڭىراق نەشرى بىلەن قۇرۇلغان (ئاچقۇچ ئورنى فورماتى %1).</translation>
    </message>
    <message>
        <source>This library has no slot for that kind of key.</source>
        <translation>بۇ ئامباردا بۇ خىل ئاچقۇچ ئۈچۈن ئورۇن يوق.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>مەخپىي ئىبارە خاتا.</translation>
    </message>
    <message>
        <source>The recovery key is wrong.</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى خاتا.</translation>
    </message>
</context>
<context>
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation>ئىنگلىزچە</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>ئەرەبچە</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>ئۇيغۇرچە</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>خەنزۇچە</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>رۇسچە</translation>
    </message>
    <message>
        <source>French</source>
        <translation>فىرانسۇزچە</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>ئىسپانچە</translation>
    </message>
    <message>
        <source>German</source>
        <translation>گېرمانچە</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>ئىتالىيانچە</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>پورتۇگالچە</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>تۈركچە</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>قازاقچە</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>قىرغىزچە</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>ئۆزبېكچە</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>پارسچە</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>پۇشتۇچە</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>ئوردۇچە</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>تىبەتچە</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>موڭغۇلچە</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>كۇردچە</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>ئىبرانىيچە</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>ئۇكرائىنچە</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>بىرماچە</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>تىگرىنياچە</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>ئامھارچە</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>سومالىچە</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>خەنزۇچە (ئاددىيلاشتۇرۇلغان)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>خەنزۇچە (مۇرەككەپ)</translation>
    </message>
</context>
<context>
    <name>LeakCheck</name>
    <message>
        <source>%1 cannot be read back for the leak check.</source>
        <translation>ئاشكارىلىنىش تەكشۈرۈشى ئۈچۈن %1 نى قايتا ئوقۇغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>the bundle folder&apos;s name</source>
        <translation>توپلام قىسقۇچىنىڭ ئىسمى</translation>
    </message>
    <message>
        <source>the file&apos;s name</source>
        <translation>ھۆججەتنىڭ ئىسمى</translation>
    </message>
    <message numerus="yes">
        <source>Checking the bytes of %n file(s)…</source>
        <translation>
            <numerusform>%n ھۆججەتنىڭ بايتلىرى تەكشۈرۈلۈۋاتىدۇ…</numerusform>
            <numerusform>%n ھۆججەتنىڭ بايتلىرى تەكشۈرۈلۈۋاتىدۇ…</numerusform>
        </translation>
    </message>
    <message>
        <source>the file&apos;s bytes</source>
        <translation>ھۆججەتنىڭ بايتلىرى</translation>
    </message>
    <message>
        <source>the file&apos;s text</source>
        <translation>ھۆججەتنىڭ تېكىستى</translation>
    </message>
    <message>
        <source>Reading every object of %1…</source>
        <translation>%1 نىڭ ھەر بىر ئوبيېكتى ئوقۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
        <source>%1 (PDF object %2)</source>
        <translation>%1 (PDF ئوبيېكتى %2)</translation>
    </message>
    <message numerus="yes">
        <source>Reading back %n page(s) as a recipient would…</source>
        <translation>
            <numerusform>%n بەت تاپشۇرۇۋالغۇچى ئوقۇغاندەك قايتا ئوقۇلۇۋاتىدۇ…</numerusform>
            <numerusform>%n بەت تاپشۇرۇۋالغۇچى ئوقۇغاندەك قايتا ئوقۇلۇۋاتىدۇ…</numerusform>
        </translation>
    </message>
    <message>
        <source>The leak check of %1 did not run.</source>
        <translation>%1 نىڭ ئاشكارىلىنىش تەكشۈرۈشى ئىجرا بولمىدى.</translation>
    </message>
    <message>
        <source>The leak check did not read every page of %1.</source>
        <translation>ئاشكارىلىنىش تەكشۈرۈشى %1 نىڭ ھەممە بېتىنى ئوقۇمىدى.</translation>
    </message>
    <message>
        <source>the page image (OCR)</source>
        <translation>بەت رەسىمى (OCR)</translation>
    </message>
    <message>
        <source>the text layer</source>
        <translation>تېكىست قەۋىتى</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The library database is not encrypted; refusing to use it.</source>
        <translation>ئامبار ساندانى شىفىرلانمىغان؛ ئۇنى ئىشلىتىش رەت قىلىندى.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 نى ئوقۇغىلى بولمايدۇ: %2</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters, better a sentence of several words.</source>
        <translation>مەخپىي ئىبارە بەك قىسقا: كەم دېگەندە %1 ھەرپ ئىشلىتىڭ؛ بىر نەچچە سۆزدىن تۈزۈلگەن بىر جۈملە ئىشلەتسىڭىز تېخىمۇ ياخشى.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; choose a new folder.</source>
        <translation>%1 ئاللىبۇرۇن مەۋجۇت ۋە بوش ئەمەس؛ يېڭى قىسقۇچ تاللاڭ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 دېگەن قىسقۇچ مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>%1 دا ئامبار يوق.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 ئاللىبۇرۇن مەۋجۇت؛ زاپاس نۇسخا ئۈچۈن يېڭى ئىسىم تاللاڭ.</translation>
    </message>
    <message>
        <source>The library has no signing key yet; open it for writing to create one.</source>
        <translation>ئامبارنىڭ تېخى ئىمزا ئاچقۇچى يوق؛ ئۇنى قۇرۇش ئۈچۈن ئامبارنى يېزىش ھالىتىدە ئېچىڭ.</translation>
    </message>
    <message>
        <source>The library lost committed work: its custody log ends at event %1, but event %2 (%3 at %4) had been committed. The database was probably rolled back by a crash and a damaged write-ahead log. Copy out what you need and restore a backup; the library opens for reading only.</source>
        <translation>ئامبار ساقلانغان خىزمەتنى يوقاتتى: ئۇنىڭ ساقلاش زەنجىرى خاتىرىسى %1 نومۇرلۇق ھادىسىدە ئاخىرلىشىدۇ، ئەمما %2 نومۇرلۇق ھادىسە (%4 دىكى %3) ساقلانغان ئىدى. ساندان بەلكىم پروگراممىنىڭ توساتتىن توختىشى ۋە بۇزۇلغان ئالدىن يېزىش خاتىرىسى (WAL) سەۋەبىدىن ئارقىغا قايتۇرۇلغان. كېرەكلىك نەرسىلەرنى كۆچۈرۈۋېلىپ، زاپاس نۇسخىنى ئەسلىگە كەلتۈرۈڭ؛ ئامبار پەقەت ئوقۇش ھالىتىدە ئېچىلىدۇ.</translation>
    </message>
    <message>
        <source>The library&apos;s database file %1 was removed or replaced while it was open; what was saved since then is lost. Nothing more will be written.</source>
        <translation>ئامبارنىڭ ساندان ھۆججىتى %1 ئوچۇق تۇرغان ۋاقىتتا ئۆچۈرۈلگەن ياكى ئالماشتۇرۇلغان؛ شۇنىڭدىن كېيىن ساقلانغانلىرى يوقالدى. بۇنىڭدىن كېيىن ھېچنەرسە يېزىلمايدۇ.</translation>
    </message>
    <message>
        <source>the custody log has no import event for its original</source>
        <translation>ساقلاش زەنجىرى خاتىرىسىدە ئۇنىڭ ئەسلى ھۆججىتىنىڭ ئەكىرىش ھادىسىسى يوق</translation>
    </message>
    <message>
        <source>its bytes no longer match the SHA-256 its import event recorded</source>
        <translation>ئۇنىڭ بايتلىرى ئەكىرىش ھادىسىسى خاتىرىلىگەن SHA-256 قىممىتىگە ئەمدى ماس كەلمەيدۇ</translation>
    </message>
    <message>
        <source>its recorded SHA-256 was changed after import</source>
        <translation>ئۇنىڭ خاتىرىلەنگەن SHA-256 قىممىتى ئەكىرىلگەندىن كېيىن ئۆزگەرتىلگەن</translation>
    </message>
    <message>
        <source>The library was locked before this change could be saved.</source>
        <translation>بۇ ئۆزگىرىش ساقلىنىشتىن بۇرۇن ئامبار قۇلۇپلاندى.</translation>
    </message>
    <message>
        <source>Verification was stopped.</source>
        <translation>تەكشۈرۈش توختىتىلدى.</translation>
    </message>
    <message>
        <source>The library has no exchange key yet; open it for writing to create one.</source>
        <translation>ئامباردا تېخى ئالماشتۇرۇش ئاچقۇچى يوق؛ ئۇنى قۇرۇش ئۈچۈن ئامبارنى يېزىش ھالىتىدە ئېچىڭ.</translation>
    </message>
</context>
<context>
    <name>LibraryLock</name>
    <message>
        <source>The library&apos;s lock file</source>
        <translation>ئامبارنىڭ قۇلۇپ ھۆججىتى</translation>
    </message>
    <message>
        <source>The library is in use by another process; close it there first.</source>
        <translation>ئامبارنى باشقا بىر جەريان ئىشلىتىۋاتىدۇ؛ ئالدى بىلەن ئۇنى شۇ يەردە تاقاڭ.</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>not a valid manifest: %1</source>
        <translation>ئىناۋەتلىك تىزىملىك ئەمەس: %1</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>يول بوش</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>يول مۇتلەق يول</translation>
    </message>
    <message>
        <source>the path contains a backslash</source>
        <translation>يولدا تەتۈر يانتۇ سىزىق بار</translation>
    </message>
    <message>
        <source>the path contains a control character</source>
        <translation>يولدا كونترول ھەرپى بار</translation>
    </message>
    <message>
        <source>the path has an empty, &quot;.&quot; or &quot;..&quot; part</source>
        <translation>يولنىڭ بوش، «.» ياكى «..» قىسمى بار</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 نى ئوقۇغىلى بولمايدۇ: %2</translation>
    </message>
    <message>
        <source>JSON error at byte %1 (%2)</source>
        <translation>%1-بايتتا JSON خاتالىقى (%2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON ئوبيېكتى ئەمەس</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>&quot;format&quot; قىممىتى &quot;%1&quot; ئەمەس</translation>
    </message>
    <message>
        <source>The manifest has version %1; this program reads version %2.</source>
        <translation>تىزىملىكنىڭ نەشرى %1؛ بۇ پروگرامما %2-نەشرىنى ئوقۇيدۇ.</translation>
    </message>
    <message>
        <source>the signing key is not an Ed25519 key</source>
        <translation>ئىمزا ئاچقۇچى Ed25519 ئاچقۇچى ئەمەس</translation>
    </message>
    <message>
        <source>the public key is not 32 bytes of base64</source>
        <translation>ئاممىۋى ئاچقۇچ 32 بايتلىق base64 ئەمەس</translation>
    </message>
    <message>
        <source>&quot;files&quot; is missing</source>
        <translation>&quot;files&quot; يوق</translation>
    </message>
    <message>
        <source>a file entry lacks a path, a size or a SHA-256</source>
        <translation>بىر ھۆججەت تۈرىدە يول، چوڭلۇق ياكى SHA-256 كەم</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 دېگەن قىسقۇچ مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a bundle folder may hold only regular files.</source>
        <translation>%1 سىمۋوللۇق ئۇلانما؛ توپلام قىسقۇچىدا پەقەت ئادەتتىكى ھۆججەتلەرلا بولىدۇ.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ئادەتتىكى ھۆججەت ئەمەس.</translation>
    </message>
    <message>
        <source>%1 cannot be listed in a manifest: %2</source>
        <translation>%1 نى تىزىملىككە كىرگۈزگىلى بولمايدۇ: %2</translation>
    </message>
    <message>
        <source>The native file of exhibit %1: %2</source>
        <translation>%1 دەلىلنىڭ ئەسلى فورماتتىكى ھۆججىتى: %2</translation>
    </message>
    <message>
        <source>The native file %1 of exhibit %2 is not in the folder.</source>
        <translation>%2 دەلىلنىڭ ئەسلى فورماتتىكى ھۆججىتى %1 قىسقۇچتا يوق.</translation>
    </message>
</context>
<context>
    <name>OriginalExporter</name>
    <message>
        <source>Item %1 has no original file.</source>
        <translation>%1 نومۇرلۇق تۈرنىڭ ئەسلى ھۆججىتى يوق.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 ئاللىبۇرۇن مەۋجۇت؛ باشقا ئىسىم تاللاڭ ياكى قاپلاپ يېزىشقا رۇخسەت قىلىڭ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 دېگەن قىسقۇچ مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <source>The stored original of item %1 cannot be read: %2</source>
        <translation>%1 نومۇرلۇق تۈرنىڭ ساقلانغان ئەسلى ھۆججىتىنى ئوقۇغىلى بولمايدۇ: %2</translation>
    </message>
    <message>
        <source>The stored original of item %1 no longer matches its SHA-256; nothing was written. Run verify.</source>
        <translation>%1 نومۇرلۇق تۈرنىڭ ساقلانغان ئەسلى ھۆججىتى ئۆزىنىڭ SHA-256 قىممىتىگە ئەمدى ماس كەلمەيدۇ؛ ھېچنەرسە يېزىلمىدى. verify نى ئىجرا قىلىڭ.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; choose a plain file name.</source>
        <translation>%1 سىمۋوللۇق ئۇلانما؛ ئاددىي ھۆججەت ئىسمىنى تاللاڭ.</translation>
    </message>
</context>
<context>
    <name>PackageReceiver</name>
    <message>
        <source>WARNING: this package says it comes from “%1”, but it is signed with other keys than that library used before.
Pinned fingerprint: %2
This package:      %3
Anyone can claim a name. Unless the sender told you they have new keys, do not trust this package. If they did, confirm the new fingerprint with them by phone or in person, then receive it again expecting that sender (amanat-cli receive --expect-sender).</source>
        <translation>ئاگاھلاندۇرۇش: بۇ ئورام «%1» دىن كەلدىم دەيدۇ، لېكىن ئۇ ئامبار ئىلگىرى ئىشلەتكەن ئاچقۇچلاردىن باشقا ئاچقۇچلار بىلەن ئىمزالانغان.
ئەستە ساقلانغان بارماق ئىزى: %2
بۇ ئورام: %3
ھەر قانداق ئادەم بىر ئىسىمنى ئۆزىنىڭ قىلىۋالالايدۇ. ئەۋەتكۈچى سىزگە يېڭى ئاچقۇچى بارلىقىنى ئېيتمىغان بولسا، بۇ ئورامغا ئىشەنمەڭ. ئېيتقان بولسا، يېڭى بارماق ئىزىنى تېلېفوندا ياكى يۈز تۇرانە جەزملەڭ، ئاندىن شۇ ئەۋەتكۈچىنى كۆرسىتىپ قايتا تاپشۇرۇۋېلىڭ (amanat-cli receive --expect-sender).</translation>
    </message>
    <message>
        <source>The original of the package&apos;s item %1 does not match its SHA-256. Nothing was received.</source>
        <translation>ئورامدىكى %1-تۈرنىڭ ئەسلى ھۆججىتى ئۇنىڭ SHA-256 قىممىتىگە ماس كەلمىدى. ھېچنېمە تاپشۇرۇۋېلىنمىدى.</translation>
    </message>
    <message>
        <source>The expected sender&apos;s fingerprint must be 64 hexadecimal digits, as amanat-cli exchange-key prints it.</source>
        <translation>كۈتۈلگەن ئەۋەتكۈچىنىڭ بارماق ئىزى amanat-cli exchange-key كۆرسەتكەندەك 64 خانىلىق ئون ئالتىلىك سان بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>The package is signed by “%1” with the fingerprint
%2
not by the expected sender. Nothing was received.</source>
        <translation>ئورامنى «%1» تۆۋەندىكى بارماق ئىزى بىلەن ئىمزالىغان
%2
كۈتۈلگەن ئەۋەتكۈچى ئەمەس. ھېچنېمە تاپشۇرۇۋېلىنمىدى.</translation>
    </message>
    <message>
        <source>This package was shared by this library itself.</source>
        <translation>بۇ ئورامنى مۇشۇ ئامبارنىڭ ئۆزى ھەمبەھىرلىگەن.</translation>
    </message>
    <message>
        <source>The package&apos;s list of items is too large.</source>
        <translation>ئورامدىكى تۈرلەر تىزىملىكى بەك چوڭ.</translation>
    </message>
    <message>
        <source>The package&apos;s list of items is malformed.</source>
        <translation>ئورامدىكى تۈرلەر تىزىملىكىنىڭ قۇرۇلمىسى خاتا.</translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation>تاپشۇرۇۋېلىش ئەمەلدىن قالدۇرۇلدى.</translation>
    </message>
    <message>
        <source>The package&apos;s item %1 cannot be received: %2</source>
        <translation>ئورامدىكى %1-تۈرنى تاپشۇرۇۋالغىلى بولمىدى: %2</translation>
    </message>
    <message>
        <source>The package changed while it was being received. Nothing was received.</source>
        <translation>ئورام تاپشۇرۇۋېلىنىۋاتقاندا ئۆزگىرىپ كەتتى. ھېچنېمە تاپشۇرۇۋېلىنمىدى.</translation>
    </message>
</context>
<context>
    <name>PackageSharer</name>
    <message>
        <source>%1 already exists; choose a new name for the package.</source>
        <translation>%1 ئاللىبۇرۇن بار؛ ئورامغا يېڭى ئات تاللاڭ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 دېگەن قىسقۇچ مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <source>Name at least one library to share with (its exchange key).</source>
        <translation>ھەمبەھىرلەيدىغان كەم دېگەندە بىر ئامبارنى كۆرسىتىڭ (ئۇنىڭ ئالماشتۇرۇش ئاچقۇچى).</translation>
    </message>
    <message>
        <source>The witnesses of testimony item(s) %1 have not recorded consent to any use of their testimony, so they are not shared. Record their consent, or override it if you have another lawful basis (amanat-cli share --override-consent); the override is logged.</source>
        <translation>%1 گۇۋاھلىق تۈرلىرىنىڭ گۇۋاھچىلىرى گۇۋاھلىقىنىڭ ھېچقانداق ئىشلىتىلىشىگە رازىلىق خاتىرىلەتمىگەن، شۇڭا ئۇلار ھەمبەھىرلەنمەيدۇ. رازىلىقىنى خاتىرىلەڭ ياكى باشقا قانۇنىي ئاساسىڭىز بولسا، بۇنى ئاتلاپ ئۆتۈڭ (amanat-cli share --override-consent)؛ ئاتلاپ ئۆتۈش خاتىرىلىنىدۇ.</translation>
    </message>
    <message>
        <source>Sharing was cancelled.</source>
        <translation>ھەمبەھىرلەش ئەمەلدىن قالدۇرۇلدى.</translation>
    </message>
    <message>
        <source>The original of item %1 does not match its recorded SHA-256; run a verification of the library. Nothing was shared.</source>
        <translation>%1 نومۇرلۇق تۈرنىڭ ئەسلى ھۆججىتى خاتىرىلەنگەن SHA-256 قىممىتىگە ماس كەلمىدى؛ ئامبارنى تەكشۈرۈڭ. ھېچنېمە ھەمبەھىرلەنمىدى.</translation>
    </message>
    <message>
        <source>The package could not be moved to %1.</source>
        <translation>ئورامنى %1 غا يۆتكىگىلى بولمىدى.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>ناھايىتى ئاجىز</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ئاجىز</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>ئوتتۇراھال</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>كۈچلۈك</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>ناھايىتى كۈچلۈك</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; it is guessed at once.</source>
        <translation>بۇ ئەڭ كۆپ ئۇچرايدىغان پاروللارنىڭ بىرى؛ ئۇ دەرھال پەرەز قىلىنىدۇ.</translation>
    </message>
    <message>
        <source>Repeated or sequential characters add little. Add a few unrelated words instead.</source>
        <translation>تەكرارلانغان ياكى تەرتىپلىك ھەرپلەرنىڭ پايدىسى ئاز. ئۇنىڭ ئورنىغا بىر قانچە ئۆزئارا مۇناسىۋەتسىز سۆز قوشۇڭ.</translation>
    </message>
    <message>
        <source>Longer is stronger: a sentence of five or more words that only you would think of is easy to remember and hard to guess.</source>
        <translation>ئۇزۇنراق بولسا كۈچلۈكرەك بولىدۇ: پەقەت سىزلا ئويلاپ چىقالايدىغان بەش ياكى ئۇنىڭدىن كۆپ سۆزلۈك جۈملىنى ئەستە تۇتۇش ئاسان، پەرەز قىلىش تەس.</translation>
    </message>
    <message>
        <source>Add another unrelated word.</source>
        <translation>يەنە بىر مۇناسىۋەتسىز سۆز قوشۇڭ.</translation>
    </message>
</context>
<context>
    <name>PdfAssembler</name>
    <message>
        <source>%1 is an encrypted PDF; courts do not accept encrypted documents. Import an unlocked copy.</source>
        <translation>%1 شىفىرلانغان PDF؛ سوتلار شىفىرلانغان ھۆججەتلەرنى قوبۇل قىلمايدۇ. قۇلۇپى ئېچىلغان نۇسخىسىنى ئەكىرىڭ.</translation>
    </message>
    <message>
        <source>%1 could not be read as a PDF (%2).</source>
        <translation>%1 نى PDF سۈپىتىدە ئوقۇغىلى بولمىدى (%2).</translation>
    </message>
    <message>
        <source>The generated pages could not be read (%1).</source>
        <translation>ھاسىل قىلىنغان بەتلەرنى ئوقۇغىلى بولمىدى (%1).</translation>
    </message>
    <message>
        <source>The page stamps could not be read (%1).</source>
        <translation>بەت تامغىلىرىنى ئوقۇغىلى بولمىدى (%1).</translation>
    </message>
    <message>
        <source>The bundle PDF could not be written (%1).</source>
        <translation>توپلام PDF ھۆججىتىنى يازغىلى بولمىدى (%1).</translation>
    </message>
    <message>
        <source>The transport copy could not be written (%1).</source>
        <translation>يەتكۈزۈش نۇسخىسىنى يازغىلى بولمىدى (%1).</translation>
    </message>
    <message>
        <source>An image of an original could not be replaced (%1).</source>
        <translation>ئەسلى ھۆججەتنىڭ بىر رەسىمىنى ئالماشتۇرغىلى بولمىدى (%1).</translation>
    </message>
</context>
<context>
    <name>PdfObjectScanner</name>
    <message>
        <source>document information</source>
        <translation>ھۆججەت ئۇچۇرى</translation>
    </message>
    <message>
        <source>bookmarks</source>
        <translation>خەتكۈچلەر</translation>
    </message>
    <message>
        <source>page labels</source>
        <translation>بەت بەلگىلىرى</translation>
    </message>
    <message>
        <source>links and annotations</source>
        <translation>ئۇلانمىلار ۋە ئىزاھلار</translation>
    </message>
    <message>
        <source>XMP metadata</source>
        <translation>XMP مېتا سانلىق مەلۇماتى</translation>
    </message>
    <message>
        <source>named destinations</source>
        <translation>ئاتالغان نىشانلار</translation>
    </message>
    <message>
        <source>stream data</source>
        <translation>ئېقىم سانلىق مەلۇماتى</translation>
    </message>
    <message>
        <source>page content</source>
        <translation>بەت مەزمۇنى</translation>
    </message>
    <message>
        <source>document trailer</source>
        <translation>ھۆججەت ئاخىرى (trailer)</translation>
    </message>
    <message>
        <source>object</source>
        <translation>ئوبيېكت</translation>
    </message>
    <message>
        <source>%1 cannot be read back as a PDF for the leak check.</source>
        <translation>ئاشكارىلىنىش تەكشۈرۈشى ئۈچۈن %1 نى PDF سۈپىتىدە قايتا ئوقۇغىلى بولمايدۇ.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message numerus="yes">
        <source>A name or contact can have at most %n character(s).</source>
        <translation>
            <numerusform>ئىسىم ياكى ئالاقە ئۇچۇرى ئەڭ كۆپ بولغاندا %n ھەرپ بولالايدۇ.</numerusform>
            <numerusform>ئىسىم ياكى ئالاقە ئۇچۇرى ئەڭ كۆپ بولغاندا %n ھەرپ بولالايدۇ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected person needs a code of 1 to %n character(s), such as W-014; it is what lists and bundles show instead of the name.</source>
        <translation>
            <numerusform>قوغدىلىدىغان كىشىگە W-014 غا ئوخشاش 1 دىن %n ھەرپكىچە بولغان كود كېرەك؛ تىزىملىك ۋە توپلاملاردا ئىسىمنىڭ ئورنىغا شۇ كود كۆرسىتىلىدۇ.</numerusform>
            <numerusform>قوغدىلىدىغان كىشىگە W-014 غا ئوخشاش 1 دىن %n ھەرپكىچە بولغان كود كېرەك؛ تىزىملىك ۋە توپلاملاردا ئىسىمنىڭ ئورنىغا شۇ كود كۆرسىتىلىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no protected person %1.</source>
        <translation>%1 نومۇرلۇق قوغدىلىدىغان كىشى يوق.</translation>
    </message>
    <message>
        <source>There is no protected person &quot;%1&quot; (give the number or the code that amanat-cli person list shows).</source>
        <translation>«%1» دېگەن قوغدىلىدىغان كىشى يوق (amanat-cli person list كۆرسەتكەن نومۇر ياكى كودنى بېرىڭ).</translation>
    </message>
    <message>
        <source>Give at least one name or contact for the protected person.</source>
        <translation>قوغدىلىدىغان كىشى ئۈچۈن كەم دېگەندە بىر ئىسىم ياكى ئالاقە ئۇچۇرى بېرىڭ.</translation>
    </message>
    <message>
        <source>A protected person with the code %1 exists already.</source>
        <translation>%1 كودلۇق قوغدىلىدىغان كىشى ئاللىبۇرۇن مەۋجۇت.</translation>
    </message>
    <message>
        <source>Protected person %1 has no such value to remove.</source>
        <translation>%1 قوغدىلىدىغان كىشىدە ئېلىۋېتىلىدىغان بۇنداق قىممەت يوق.</translation>
    </message>
    <message>
        <source>Say why %1 is not redacted in this dossier (for example: the appellant&apos;s own appeal); the reason is logged and printed on the bundle.</source>
        <translation>%1 نىڭ بۇ دوسىيېدا نېمە ئۈچۈن يوشۇرۇلمايدىغانلىقىنى ئېيتىڭ (مەسىلەن: ئەرزچىنىڭ ئۆز ئەرزى)؛ سەۋەب خاتىرىلىنىدۇ ۋە توپلامغا بېسىلىدۇ.</translation>
    </message>
</context>
<context>
    <name>ProgressReporter</name>
    <message>
        <source>Imported %1 of %2 files; extracted %3 of %4</source>
        <translation>%2 ھۆججەتتىن %1 ى ئەكىرىلدى؛ %4 تىن %3 ى ئاجرىتىلدى</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported.</source>
        <translation>
            <numerusform>%n ھۆججەت ئەكىرىلدى، %1 تەكرار، %2 نى ئەكىرگىلى بولمىدى.</numerusform>
            <numerusform>%n ھۆججەت ئەكىرىلدى، %1 تەكرار، %2 نى ئەكىرگىلى بولمىدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>  not imported: %1: %2</source>
        <translation>  ئەكىرىلمىدى: %1: %2</translation>
    </message>
    <message>
        <source>  item %1 (%2): extraction incomplete: %3</source>
        <translation>  %1 نومۇرلۇق تۈر (%2): ئاجرىتىش تولۇق ئەمەس: %3</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>QrImage</name>
    <message>
        <source>The QR code could not be made.</source>
        <translation>QR كودنى ھاسىل قىلغىلى بولمىدى.</translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>That is not a recovery key: it should be %1 groups of four letters and digits.</source>
        <translation>بۇ ئەسلىگە كەلتۈرۈش ئاچقۇچى ئەمەس: ئۇ ھەر بىرى تۆت ھەرپ ۋە رەقەمدىن تەركىب تاپقان %1 گۇرۇپپا بولۇشى كېرەك.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeySheet</name>
    <message>
        <source>Amanat recovery key</source>
        <translation>Amanat ئەسلىگە كەلتۈرۈش ئاچقۇچى</translation>
    </message>
    <message>
        <source>Library: %1
Created: %2</source>
        <translation>ئامبار: %1
قۇرۇلغان ۋاقتى: %2</translation>
    </message>
    <message>
        <source>This key opens the library if the passphrase is forgotten. Anyone who has it and the library folder can read everything in the library.

Keep this sheet somewhere safe and away from the computer — never in the library folder or on the same disk. Destroy other copies.</source>
        <translation>مەخپىي ئىبارە ئۇنتۇلۇپ قالسا، بۇ ئاچقۇچ ئامبارنى ئاچىدۇ. بۇ ئاچقۇچ ۋە ئامبار قىسقۇچى كىمدە بولسا، شۇ كىشى ئامباردىكى ھەممە نەرسىنى ئوقۇيالايدۇ.

بۇ ۋاراقنى بىخەتەر ۋە كومپيۇتېردىن يىراق بىر جايدا ساقلاڭ — ھەرگىز ئامبار قىسقۇچىدا ياكى ئوخشاش دىسكىدا ساقلىماڭ. باشقا نۇسخىلىرىنى يوقىتىۋېتىڭ.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى بېسىپ چىقىرىش</translation>
    </message>
</context>
<context>
    <name>RedactionPreview</name>
    <message>
        <source>Item %1 has no pages to preview (it is not a PDF or an image).</source>
        <translation>%1 نومۇرلۇق تۈرنىڭ ئالدىن كۆرىدىغان بېتى يوق (ئۇ PDF ياكى رەسىم ئەمەس).</translation>
    </message>
    <message>
        <source>Pages are numbered from 1.</source>
        <translation>بەتلەر 1 دىن باشلاپ نومۇرلىنىدۇ.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>%1 نومۇرلۇق تۈر</translation>
    </message>
    <message>
        <source>The original of item %1 could not be read in full.</source>
        <translation>%1 نومۇرلۇق تۈرنىڭ ئەسلى ھۆججىتىنى تولۇق ئوقۇغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>%1 has no page %2.</source>
        <translation>%1 نىڭ %2-بېتى يوق.</translation>
    </message>
</context>
<context>
    <name>RedactionRepository</name>
    <message>
        <source>A redaction area is PAGE,X,Y,W,H with X, Y, W and H as fractions of the page (e.g. 1,0.1,0.2,0.5,0.05).</source>
        <translation>يوشۇرۇش رايونى PAGE,X,Y,W,H شەكلىدە بولىدۇ، X، Y، W ۋە H بەتنىڭ نىسبىتى سۈپىتىدە بېرىلىدۇ (مەسىلەن 1,0.1,0.2,0.5,0.05).</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>%1 نومۇرلۇق تۈر يوق.</translation>
    </message>
    <message>
        <source>A text redaction needs the text to remove (at most 1,000 characters).</source>
        <translation>تېكىست يوشۇرۇشقا چىقىرىۋېتىلىدىغان تېكىست كېرەك (ئەڭ كۆپ بولغاندا 1,000 ھەرپ).</translation>
    </message>
    <message>
        <source>A redaction area must lie within the page.</source>
        <translation>يوشۇرۇش رايونى چوقۇم بەت ئىچىدە بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>There is no redaction %1.</source>
        <translation>%1 نومۇرلۇق يوشۇرۇش يوق.</translation>
    </message>
    <message>
        <source>A kept area must lie within the page.</source>
        <translation>ساقلاپ قېلىنغان رايون چوقۇم بەت ئىچىدە بولۇشى كېرەك.</translation>
    </message>
</context>
<context>
    <name>RedactionReview</name>
    <message>
        <source>text redaction</source>
        <translation>تېكىست يوشۇرۇش</translation>
    </message>
    <message>
        <source>photo or scan page</source>
        <translation>سۈرەت ياكى سكانېرلانغان بەت</translation>
    </message>
    <message>
        <source>scan page</source>
        <translation>سكانېرلانغان بەت</translation>
    </message>
    <message>
        <source>area marked by hand</source>
        <translation>قولدا بەلگىلەنگەن رايون</translation>
    </message>
    <message>
        <source>protected name or redacted text in the page&apos;s text</source>
        <translation>بەت تېكىستىدىكى قوغدىلىدىغان ئىسىم ياكى يوشۇرۇلغان تېكىست</translation>
    </message>
    <message>
        <source>Item %1 is not an exhibit of this dossier.</source>
        <translation>%1 نومۇرلۇق تۈر بۇ دوسىيېنىڭ دەلىلى ئەمەس.</translation>
    </message>
    <message>
        <source>Item %1 has no page %2 in this dossier.</source>
        <translation>%1 نومۇرلۇق تۈرنىڭ بۇ دوسىيېدا %2-بېتى يوق.</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>A saved search needs a name of one line (at most 200 characters).</source>
        <translation>ساقلانغان ئىزدەشنىڭ بىر قۇرلۇق ئىسمى بولۇشى كېرەك (ئەڭ كۆپ بولغاندا 200 ھەرپ).</translation>
    </message>
    <message>
        <source>A saved search named &quot;%1&quot; already exists.</source>
        <translation>«%1» ناملىق ساقلانغان ئىزدەش ئاللىبۇرۇن مەۋجۇت.</translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;.</source>
        <translation>«%1» ناملىق ساقلانغان ئىزدەش يوق.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>This library was made by a newer version of Amanat (schema %1; this version reads up to %2). Update Amanat to open it.</source>
        <translation>بۇ ئامبار Amanat نىڭ يېڭىراق نەشرى بىلەن قۇرۇلغان (قۇرۇلما نەشرى %1؛ بۇ نەشر ئەڭ كۆپ بولغاندا %2 نى ئوقۇيالايدۇ). ئۇنى ئېچىش ئۈچۈن Amanat نى يېڭىلاڭ.</translation>
    </message>
</context>
<context>
    <name>SealedPackage</name>
    <message>
        <source>The package ends too early.</source>
        <translation>ئورام بەك بالدۇر ئاخىرلىشىپ قالغان.</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete, or was changed after it was signed. Nothing was received.</source>
        <translation>ئورام بۇزۇلغان، تولۇق ئەمەس ياكى ئىمزالانغاندىن كېيىن ئۆزگەرتىلگەن. ھېچنېمە تاپشۇرۇۋېلىنمىدى.</translation>
    </message>
    <message>
        <source>A package needs at least one recipient.</source>
        <translation>ئورامغا كەم دېگەندە بىر قوبۇل قىلغۇچى كېرەك.</translation>
    </message>
    <message>
        <source>%1 is not an Amanat exchange package.</source>
        <translation>%1 Amanat ئالماشتۇرۇش ئورامى ئەمەس.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Amanat. Update Amanat to receive it.</source>
        <translation>ئورامنى Amanat نىڭ يېڭىراق نەشرى ياسىغان. تاپشۇرۇۋېلىش ئۈچۈن Amanat نى يېڭىلاڭ.</translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation>تاپشۇرۇۋېلىش ئەمەلدىن قالدۇرۇلدى.</translation>
    </message>
    <message>
        <source>This package was sealed for other libraries, not for this one. Ask the sender to share it again with this library&apos;s exchange key.</source>
        <translation>بۇ ئورام باشقا ئامبارلار ئۈچۈن پېچەتلەنگەن، بۇ ئامبار ئۈچۈن ئەمەس. ئەۋەتكۈچىدىن بۇ ئامبارنىڭ ئالماشتۇرۇش ئاچقۇچى بىلەن قايتا ھەمبەھىرلەشنى سوراڭ.</translation>
    </message>
</context>
<context>
    <name>SealedPackageReader</name>
    <message>
        <source>This package was sealed for other libraries, not for this one. Ask the sender to share it again with this library&apos;s exchange key.</source>
        <translation>بۇ ئورام باشقا ئامبارلار ئۈچۈن پېچەتلەنگەن، بۇ ئامبار ئۈچۈن ئەمەس. ئەۋەتكۈچىدىن بۇ ئامبارنىڭ ئالماشتۇرۇش ئاچقۇچى بىلەن قايتا ھەمبەھىرلەشنى سوراڭ.</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>The query could not be run; check its quotes and operators.</source>
        <translation>سۈرۈشتۈرۈشنى ئىجرا قىلغىلى بولمىدى؛ ئۇنىڭ تىرناقلىرى ۋە مەشغۇلات بەلگىلىرىنى تەكشۈرۈڭ.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The query has an opening quote (&quot;) without a closing one.</source>
        <translation>سۈرۈشتۈرۈشتە ئېچىلغان تىرناق (&quot;) بار، ئەمما يېپىلمىغان.</translation>
    </message>
    <message>
        <source>A quote (&quot;) must start a phrase or a filter value, as in &quot;exact words&quot; or tag:&quot;Police files&quot;.</source>
        <translation>تىرناق (&quot;) ئىبارە ياكى سۈزگۈچ قىممىتىنى باشلىشى كېرەك، مەسىلەن &quot;ئېنىق سۆزلەر&quot; ياكى tag:&quot;ساقچى ھۆججەتلىرى&quot;.</translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side.</source>
        <translation>OR نىڭ ھەر ئىككى تەرىپىدە سۆز ياكى ئىبارە بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side, not a filter.</source>
        <translation>OR نىڭ ھەر ئىككى تەرىپىدە سۈزگۈچ ئەمەس، سۆز ياكى ئىبارە بولۇشى كېرەك.</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; is not a filter; the filters are %2.</source>
        <translation>«%1:» سۈزگۈچ ئەمەس؛ سۈزگۈچلەر: %2.</translation>
    </message>
    <message>
        <source>The filter %1: needs a value.</source>
        <translation>%1: سۈزگۈچىگە قىممەت كېرەك.</translation>
    </message>
    <message>
        <source>A filter cannot be excluded with &quot;-&quot;; remove the minus before %1:.</source>
        <translation>سۈزگۈچنى «-» بىلەن چىقىرىۋەتكىلى بولمايدۇ؛ %1: نىڭ ئالدىدىكى «-» بەلگىسىنى ئېلىۋېتىڭ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind; use one of: %2.</source>
        <translation>«%1» خىل ئەمەس؛ تۆۋەندىكىلەرنىڭ بىرىنى ئىشلىتىڭ: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A &quot;*&quot; must follow the beginning of a word, as in detain*.</source>
        <translation>«*» سۆزنىڭ بېشىدىن كېيىن كېلىشى كېرەك، مەسىلەن تۇتقۇن*.</translation>
    </message>
    <message>
        <source>A &quot;-&quot; must come right before the word to exclude, as in -rumour.</source>
        <translation>«-» چىقىرىۋېتىلىدىغان سۆزنىڭ دەل ئالدىدا بولۇشى كېرەك، مەسىلەن -مىشمىش.</translation>
    </message>
    <message>
        <source>OR cannot be followed by an excluded word.</source>
        <translation>OR دىن كېيىن چىقىرىۋېتىلگەن سۆز كەلسە بولمايدۇ.</translation>
    </message>
    <message>
        <source>The query has nothing to search for: type a word, a phrase in quotes or a filter such as tag:Detention.</source>
        <translation>سۈرۈشتۈرۈشتە ئىزدەيدىغان نەرسە يوق: بىر سۆز، تىرناق ئىچىدىكى ئىبارە ياكى tag:تۇتقۇن غا ئوخشاش سۈزگۈچ كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>The query is too long (%1 words); search for at most %2 words at a time.</source>
        <translation>سۈرۈشتۈرۈش بەك ئۇزۇن (%1 سۆز)؛ بىر قېتىمدا ئەڭ كۆپ بولغاندا %2 سۆزنى ئىزدەڭ.</translation>
    </message>
</context>
<context>
    <name>SecretInput</name>
    <message>
        <source>The passphrase is too long.</source>
        <translation>مەخپىي ئىبارە بەك ئۇزۇن.</translation>
    </message>
    <message>
        <source>No passphrase given: set AMANAT_PASSPHRASE, type it at the prompt, or pass it on standard input.</source>
        <translation>مەخپىي ئىبارە بېرىلمىدى: AMANAT_PASSPHRASE نى بەلگىلەڭ، سورالغاندا كىرگۈزۈڭ ياكى ئۆلچەملىك كىرگۈزۈش ئارقىلىق يوللاڭ.</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>قايتا كىرگۈزۈڭ: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>ئىككى مەخپىي ئىبارە ئوخشاش ئەمەس؛ ھېچنەرسە ئۆزگەرتىلمىدى.</translation>
    </message>
</context>
<context>
    <name>SharedItem</name>
    <message>
        <source>The package&apos;s item %1 is malformed: %2.</source>
        <translation>ئورامدىكى %1-تۈرنىڭ قۇرۇلمىسى خاتا: %2.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The library&apos;s signing key is damaged; bundles cannot be signed.</source>
        <translation>ئامبارنىڭ ئىمزا ئاچقۇچى بۇزۇلغان؛ توپلاملارغا ئىمزا قويغىلى بولمايدۇ.</translation>
    </message>
</context>
<context>
    <name>SigningKeyStore</name>
    <message>
        <source>The library has no signing key yet.</source>
        <translation>ئامبارنىڭ تېخى ئىمزا ئاچقۇچى يوق.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>the file %1 does not exist.</source>
        <translation>%1 ھۆججىتى مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ھۆججەت ئەمەس.</translation>
    </message>
    <message>
        <source>the file %1 cannot be read.</source>
        <translation>%1 ھۆججىتىنى ئوقۇغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot;: %2</source>
        <translation>«%1» بەلگىسى: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a row without a file needs a kind (%1).</source>
        <translation>ھۆججىتى يوق قۇرغا خىلى كېرەك (%1).</translation>
    </message>
    <message>
        <source>a row without a file needs a title.</source>
        <translation>ھۆججىتى يوق قۇرغا ماۋزۇ كېرەك.</translation>
    </message>
    <message>
        <source>%1 does not apply to an item of kind %2; give the row a kind column, such as testimony.</source>
        <translation>%1 خىلى %2 بولغان تۈرگە ماس كەلمەيدۇ؛ قۇرغا kind ئىستونى بېرىڭ، مەسىلەن testimony.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a column Amanat knows. The columns are: %3.</source>
        <translation>%1-قۇر: «%2» Amanat تونۇيدىغان ئىستون ئەمەس. ئىستونلار: %3.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice.</source>
        <translation>%1-قۇر: «%2» ئىستونى ئىككى قېتىم كۆرۈلدى.</translation>
    </message>
    <message>
        <source>Line %1: the header names neither a file nor a title column, so it is not a header.</source>
        <translation>%1-قۇر: ماۋزۇ قۇرىدا file ئىستونىمۇ، title ئىستونىمۇ يوق، شۇڭا ئۇ ماۋزۇ قۇرى ئەمەس.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 نى ئوقۇغىلى بولمايدۇ: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a spreadsheet of items.</source>
        <translation>%1 تۈرلەر جەدۋىلى ئۈچۈن بەك چوڭ.</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 دا ھېچقانداق قۇر يوق.</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation>%1 دا ماۋزۇ قۇرى بار، ئەمما ئەكىرىدىغان قۇر يوق.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>%1-قۇر: %2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>ئەكىرىش ئەمەلدىن قالدۇرۇلدى.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the spreadsheet has %n problem(s) to correct.</source>
        <translation>
            <numerusform>ھېچنېمە ئەكىرىلمىدى: جەدۋەلدە تۈزىتىشكە تېگىشلىك %n مەسىلە بار.</numerusform>
            <numerusform>ھېچنېمە ئەكىرىلمىدى: جەدۋەلدە تۈزىتىشكە تېگىشلىك %n مەسىلە بار.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…يەنە %n بار.</numerusform>
            <numerusform>…يەنە %n بار.</numerusform>
        </translation>
    </message>
    <message>
        <source>it has more values (%1) than the header has columns (%2).</source>
        <translation>ئۇنىڭدىكى قىممەت (%1) ماۋزۇ قۇرىدىكى ئىستوندىن (%2) كۆپ.</translation>
    </message>
    <message>
        <source>column %1 holds a value but has no name in the header.</source>
        <translation>%1-ئىستوندا قىممەت بار، ئەمما ماۋزۇ قۇرىدا ئىسمى يوق.</translation>
    </message>
</context>
<context>
    <name>TagPalette</name>
    <message>
        <source>Red</source>
        <translation>قىزىل</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>قىزغۇچ سېرىق</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>سېرىق</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>يېشىل</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>كۆكۈش يېشىل</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>كۆك</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>بىنەپشە</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>ھال رەڭ</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>قوڭۇر</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>كۈلرەڭ</translation>
    </message>
</context>
<context>
    <name>TagPath</name>
    <message>
        <source>&quot;%1&quot; is not a tag path: a level is empty (write it as Parent/Child).</source>
        <translation>«%1» بەلگە يولى ئەمەس: ئۇنىڭ بىر قەۋىتى بوش (ئۇنى ئاتا/بالا شەكلىدە يېزىڭ).</translation>
    </message>
    <message>
        <source>A tag name is too long (at most %1 characters).</source>
        <translation>بەلگە نامى بەك ئۇزۇن (ئەڭ كۆپ بولغاندا %1 ھەرپ).</translation>
    </message>
    <message>
        <source>A tag name may not contain control characters.</source>
        <translation>بەلگە نامىدا كونترول ھەرپلىرى بولسا بولمايدۇ.</translation>
    </message>
    <message>
        <source>The tag path is nested too deeply (at most %1 levels).</source>
        <translation>بەلگە يولىنىڭ قەۋەتلىرى بەك چوڭقۇر (ئەڭ كۆپ بولغاندا %1 قەۋەت).</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>«%1» دېگەن بەلگە يوق.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write it as #RRGGBB.</source>
        <translation>«%1» رەڭ ئەمەس؛ ئۇنى #RRGGBB شەكلىدە يېزىڭ.</translation>
    </message>
    <message>
        <source>A new tag name cannot contain &quot;/&quot;; use tag-move to move a tag.</source>
        <translation>يېڭى بەلگە نامىدا «/» بولسا بولمايدۇ؛ بەلگىنى يۆتكەش ئۈچۈن tag-move نى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; already exists there; use tag-merge to combine them.</source>
        <translation>ئۇ يەردە «%1» ناملىق بەلگە ئاللىبۇرۇن بار؛ ئۇلارنى بىرلەشتۈرۈش ئۈچۈن tag-merge نى ئىشلىتىڭ.</translation>
    </message>
    <message>
        <source>A tag cannot be moved below itself.</source>
        <translation>بەلگىنى ئۆزىنىڭ ئاستىغا يۆتكىگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>بەلگىنى ئۆزىگە بىرلەشتۈرگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into one of its own sub-tags.</source>
        <translation>بەلگىنى ئۆزىنىڭ تارماق بەلگىلىرىنىڭ بىرىگە بىرلەشتۈرگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has more than two columns (path, colour); quote a path that contains a comma.</source>
        <translation>CSV ھۆججىتىنىڭ %1-قۇرىدا ئىككىدىن ئارتۇق ئىستون (يول، رەڭ) بار؛ پەش بار يولنى تىرناق ئىچىگە ئېلىڭ.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: %2</source>
        <translation>CSV ھۆججىتىنىڭ %1-قۇرى: %2</translation>
    </message>
</context>
<context>
    <name>TestimonyEditing</name>
    <message>
        <source>Item %1 is not a testimony.</source>
        <translation>%1 نومۇرلۇق تۈر گۇۋاھلىق ئەمەس.</translation>
    </message>
    <message>
        <source>Item %1 has no transcript: only testimonies, videos and audio recordings do.</source>
        <translation>%1 نومۇرلۇق تۈرنىڭ يېزىق نۇسخىسى يوق: پەقەت گۇۋاھلىق، سىن ۋە ئۈن خاتىرىلىرىدىلا بولىدۇ.</translation>
    </message>
</context>
<context>
    <name>TimeStamp</name>
    <message>
        <source>The time-stamp request is not over a SHA-256 digest.</source>
        <translation>ۋاقىت تامغىسى ئىلتىماسى SHA-256 قىممىتى ئۈچۈن ئەمەس.</translation>
    </message>
    <message>
        <source>The time-stamp request could not be made: %1</source>
        <translation>ۋاقىت تامغىسى ئىلتىماسىنى ھاسىل قىلغىلى بولمىدى: %1</translation>
    </message>
    <message>
        <source>This is not a time-stamp request.</source>
        <translation>بۇ ۋاقىت تامغىسى ئىلتىماسى ئەمەس.</translation>
    </message>
    <message>
        <source>This is not a time-stamp reply (an RFC 3161 .tsr file).</source>
        <translation>بۇ ۋاقىت تامغىسى جاۋابى ئەمەس (RFC 3161 .tsr ھۆججىتى).</translation>
    </message>
    <message>
        <source>The time-stamping authority refused the request.</source>
        <translation>ۋاقىت تامغىسى ئورگىنى ئىلتىماسنى رەت قىلدى.</translation>
    </message>
    <message>
        <source>This time-stamp reply answers another request.</source>
        <translation>بۇ ۋاقىت تامغىسى جاۋابى باشقا ئىلتىماسقا تەۋە.</translation>
    </message>
    <message>
        <source>No certificate could be read from the authority&apos;s certificate file.</source>
        <translation>ئورگاننىڭ گۇۋاھنامە ھۆججىتىدىن ھېچقانداق گۇۋاھنامە ئوقۇغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>The time-stamp reply carries no certificate; give the authority&apos;s certificate to check it.</source>
        <translation>ۋاقىت تامغىسى جاۋابىدا گۇۋاھنامە يوق؛ تەكشۈرۈش ئۈچۈن ئورگاننىڭ گۇۋاھنامىسىنى بېرىڭ.</translation>
    </message>
    <message>
        <source>The time-stamp reply does not check: %1</source>
        <translation>ۋاقىت تامغىسى جاۋابى تەكشۈرۈشتىن ئۆتمىدى: %1</translation>
    </message>
</context>
<context>
    <name>TimeStamps</name>
    <message>
        <source>%1 holds no manifest.json; it is not a bundle folder.</source>
        <translation>%1 دا manifest.json يوق؛ ئۇ توپلام قىسقۇچى ئەمەس.</translation>
    </message>
    <message>
        <source>This bundle is time-stamped already (manifest.tsr); a new request would not match that reply.</source>
        <translation>بۇ توپلامدا ئاللىقاچان ۋاقىت تامغىسى بار (manifest.tsr)؛ يېڭى ئىلتىماس ئۇ جاۋابقا ماس كەلمەيدۇ.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ئاللىقاچان بار؛ باشقا ئىسىم تاللاڭ.</translation>
    </message>
    <message>
        <source>This time-stamp reply answers none of this library&apos;s requests; nothing was stored.</source>
        <translation>بۇ ۋاقىت تامغىسى جاۋابى بۇ ئامبارنىڭ ھېچقانداق ئىلتىماسىغا ماس ئەمەس؛ ھېچنېمە ساقلانمىدى.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Part of this change failed, so none of it was saved.</source>
        <translation>بۇ ئۆزگەرتىشنىڭ بىر قىسمى مەغلۇپ بولدى، شۇڭا ھېچنېمە ساقلانمىدى.</translation>
    </message>
</context>
<context>
    <name>UwaziExporter</name>
    <message>
        <source>The stored original of item %1 no longer matches its SHA-256; run verify.</source>
        <translation>%1 نومۇرلۇق تۈرنىڭ ساقلانغان ئەسلى ھۆججىتى SHA-256 قىممىتىگە ئەمدى ماس كەلمەيدۇ؛ تەكشۈرۈشنى ئىجرا قىلىڭ.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 ئاللىقاچان بار؛ باشقا ئىسىم تاللاڭ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>%1 دېگەن قىسقۇچ مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 نى يازغىلى بولمايدۇ: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>چىقىرىش ئەمەلدىن قالدۇرۇلدى.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>%1 نى يازغىلى بولمىدى: %2</translation>
    </message>
</context>
<context>
    <name>amanat::FileUtil</name>
    <message>
        <source>The disk is full; %1 was not written.</source>
        <translation>دىسكا تولدى؛ %1 يېزىلمىدى.</translation>
    </message>
    <message>
        <source>%1 cannot be written: permission denied or the disk is read-only.</source>
        <translation>%1 نى يازغىلى بولمايدۇ: ھوقۇق رەت قىلىندى ياكى دىسكا پەقەت ئوقۇشقىلا بولىدۇ.</translation>
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
        <translation>%1 نومۇرلۇق تۈرنىڭ ئەسلى ھۆججىتى يوق.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::AddToDossierDialog</name>
    <message>
        <source>Add to Dossier</source>
        <translation>دوسىيېغا قوشۇش</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected item(s) as exhibits of:</source>
        <translation>
            <numerusform>تاللانغان %n تۈرنى تۆۋەندىكىنىڭ دەلىلى قىلىپ قوشۇش:</numerusform>
            <numerusform>تاللانغان %n تۈرنى تۆۋەندىكىنىڭ دەلىللىرى قىلىپ قوشۇش:</numerusform>
        </translation>
    </message>
    <message>
        <source>This library has no dossier yet. Create one with Dossiers → New Dossier, then add items to it.</source>
        <translation>بۇ ئامباردا تېخى دوسىيې يوق. دوسىيېلار ← يېڭى دوسىيې ئارقىلىق بىرنى قۇرۇپ، ئاندىن ئۇنىڭغا تۈر قوشۇڭ.</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;دوسىيې:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;بۆلۈم:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;قوشۇش</translation>
    </message>
    <message>
        <source>The last section</source>
        <translation>ئاخىرقى بۆلۈم</translation>
    </message>
</context>
<context>
    <name>amanat::ui::BundleExportDialog</name>
    <message>
        <source>Export Court Bundle</source>
        <translation>سوت توپلىمىنى چىقىرىش</translation>
    </message>
    <message>
        <source>UK tribunal (A4)</source>
        <translation>ئەنگلىيە سوت كېڭىشى (A4)</translation>
    </message>
    <message>
        <source>US court (Letter)</source>
        <translation>ئامېرىكا سوتى (Letter)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The bundle is split into numbered parts at exhibit boundaries above this size (25 MB for US immigration e-filing, 50 MB for the UK Upper Tribunal).</source>
        <translation>توپلام بۇ چوڭلۇقتىن ئاشقاندا دەلىل چېگرالىرىدا نومۇرلۇق قىسىملارغا بۆلۈنىدۇ (ئامېرىكا كۆچمەنلەر ئېلېكترونلۇق تاپشۇرۇشى ئۈچۈن 25 MB، ئەنگلىيە يۇقىرى سوت كېڭىشى ئۈچۈن 50 MB).</translation>
    </message>
    <message>
        <source>File testimonies without recorded court consent (written to the custody log)</source>
        <translation>سوتتا ئىشلىتىش رازىلىقى خاتىرىلەنمىگەن گۇۋاھلىقلارنىمۇ تاپشۇرۇش (ساقلاش زەنجىرى خاتىرىسىگە يېزىلىدۇ)</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>توپلام</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;ئۆلچەم:</translation>
    </message>
    <message>
        <source>Bates p&amp;refix:</source>
        <translation>Bates ئالدى &amp;قوشۇلغۇچىسى:</translation>
    </message>
    <message>
        <source>&amp;First number:</source>
        <translation>&amp;بىرىنچى نومۇر:</translation>
    </message>
    <message>
        <source>&amp;Split above:</source>
        <translation>&amp;بۆلۈش چېكى:</translation>
    </message>
    <message>
        <source>Encrypted transport copy (optional)</source>
        <translation>شىفىرلانغان يەتكۈزۈش نۇسخىسى (ئىختىيارىي)</translation>
    </message>
    <message>
        <source>Also writes bundle-transport.pdf, encrypted with AES-256, for sending. The filing copy is never encrypted.</source>
        <translation>ئەۋەتىش ئۈچۈن AES-256 بىلەن شىفىرلانغان bundle-transport.pdf نىمۇ يازىدۇ. تاپشۇرۇش نۇسخىسى ھەرگىز شىفىرلانمايدۇ.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;پارول:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;قايتا:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;تاللاش…</translation>
    </message>
    <message>
        <source>A new folder made for the bundle. Avoid names of people: folder names travel with the bundle.</source>
        <translation>توپلام ئۈچۈن قۇرۇلغان يېڭى قىسقۇچ. كىشىلەرنىڭ ئىسىملىرىنى ئىشلەتمەڭ: قىسقۇچ ئىسىملىرى توپلام بىلەن بىللە يۆتكىلىدۇ.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>چىقىرىش</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>&amp;قىسقۇچقا:</translation>
    </message>
    <message>
        <source>&amp;New folder name:</source>
        <translation>&amp;يېڭى قىسقۇچ ئىسمى:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;چىقىرىش</translation>
    </message>
    <message>
        <source>Folder for the Bundle</source>
        <translation>توپلام قىسقۇچى</translation>
    </message>
    <message>
        <source>Choose the folder to put the bundle in.</source>
        <translation>توپلامنى قويىدىغان قىسقۇچنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Give the new folder a name without slashes.</source>
        <translation>يېڭى قىسقۇچقا يانتۇ سىزىقسىز ئىسىم قويۇڭ.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another folder name.</source>
        <translation>%1 ئاللىبۇرۇن مەۋجۇت: باشقا قىسقۇچ ئىسمى تاللاڭ.</translation>
    </message>
    <message>
        <source>The two transport passwords differ. Type them again.</source>
        <translation>ئىككى يەتكۈزۈش پارولى ئوخشاش ئەمەس. ئۇلارنى قايتا كىرگۈزۈڭ.</translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation>توپلام تەييارلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>The bundle was not written. %1</source>
        <translation>توپلام يېزىلمىدى. %1</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written: %n page(s), %1 to %2.</source>
        <translation>
            <numerusform>توپلام يېزىلدى: %n بەت، %1 دىن %2 گىچە.</numerusform>
            <numerusform>توپلام يېزىلدى: %n بەت، %1 دىن %2 گىچە.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>قىسقۇچ: %1</translation>
    </message>
    <message>
        <source>Filing copy: %1</source>
        <translation>تاپشۇرۇش نۇسخىسى: %1</translation>
    </message>
    <message>
        <source>Transport copy: %1</source>
        <translation>يەتكۈزۈش نۇسخىسى: %1</translation>
    </message>
    <message>
        <source>Native files: %1</source>
        <translation>ئەسلى فورماتتىكى ھۆججەتلەر: %1</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>بەتلەر: %1</translation>
    </message>
    <message>
        <source>Bates range: %1 – %2</source>
        <translation>Bates دائىرىسى: %1 – %2</translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation>تىزىملىكنىڭ SHA-256 قىممىتى: %1</translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation>ئىمزا ئاچقۇچىنىڭ بارماق ئىزى: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>ئاگاھلاندۇرۇش: %1</translation>
    </message>
    <message>
        <source>Export pages nobody reviewed (written to the custody log and printed on the exhibit sheets)</source>
        <translation>ھېچكىم تەكشۈرمىگەن بەتلەرنى چىقىرىش (ساقلاش زەنجىرى خاتىرىسىگە يېزىلىدۇ ۋە دەلىل ۋاراقلىرىغا بېسىلىدۇ)</translation>
    </message>
    <message>
        <source>Without it, the export stops while pages of scans, photos or pages naming protected people await a person&apos;s look in the redaction review.</source>
        <translation>بۇ تاللانمىسا، سكانېرلانغان ھۆججەت ۋە سۈرەتلەرنىڭ بەتلىرى ياكى قوغدىلىدىغان كىشىلەرنىڭ ئىسمى تىلغا ئېلىنغان بەتلەر يوشۇرۇش تەكشۈرۈشىدە بىر كىشىنىڭ كۆرۈپ چىقىشىنى كۈتۈۋاتقاندا چىقىرىش توختايدۇ.</translation>
    </message>
    <message>
        <source>&amp;Review Redactions…</source>
        <translation>يوشۇرۇشلارنى &amp;تەكشۈرۈش…</translation>
    </message>
    <message>
        <source>Every page has been reviewed. Export again.</source>
        <translation>ھەممە بەت تەكشۈرۈلدى. قايتا چىقىرىڭ.</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>&amp;چىقىرىشنى ئەمەلدىن قالدۇرۇش</translation>
    </message>
    <message>
        <source>Cancelling: pages already being made are finished first…</source>
        <translation>ئەمەلدىن قالدۇرۇلۇۋاتىدۇ: تەييارلىنىۋاتقان بەتلەر ئالدى بىلەن تاماملىنىدۇ…</translation>
    </message>
    <message>
        <source>Continuous (BUNDLE-000001, …)</source>
        <translation>ئۈزلۈكسىز (BUNDLE-000001، …)</translation>
    </message>
    <message>
        <source>By section (A1, A2… B1, …)</source>
        <translation>بۆلۈم بويىچە (A1، A2… B1، …)</translation>
    </message>
    <message>
        <source>Family courts and some tribunals number each section&apos;s pages on their own: A1, A2… in the first section, B1… in the next.</source>
        <translation>ئائىلە سوتلىرى ۋە بەزى سوت كېڭەشلىرى ھەر بىر بۆلۈمنىڭ بەتلىرىنى ئايرىم نومۇرلايدۇ: بىرىنچى بۆلۈمدە A1، A2…، كېيىنكى بۆلۈمدە B1….</translation>
    </message>
    <message>
        <source>Page &amp;numbers:</source>
        <translation>بەت &amp;نومۇرلىرى:</translation>
    </message>
    <message>
        <source>Type a folder, or choose one</source>
        <translation>قىسقۇچ يېزىڭ ياكى بىرنى تاللاڭ</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>توپلام قىسقۇچى</translation>
    </message>
    <message>
        <source>There is no folder %1. Type an existing folder, or choose one.</source>
        <translation>%1 قىسقۇچى يوق. مەۋجۇت بىر قىسقۇچنى يېزىڭ ياكى بىرنى تاللاڭ.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::CaseDetailsForm</name>
    <message>
        <source>e.g. Appeal of W-014</source>
        <translation>مەسىلەن W-014 نىڭ ئەرزى</translation>
    </message>
    <message>
        <source>Court or tribunal</source>
        <translation>سوت ياكى سوت كېڭىشى</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>دېلو نومۇرى</translation>
    </message>
    <message>
        <source>Parties, as printed on the cover</source>
        <translation>دەۋاگەرلەر، مۇقاۋىدا بېسىلغىنىدەك</translation>
    </message>
    <message>
        <source>Counsel, as printed on the cover</source>
        <translation>ئادۋوكات، مۇقاۋىدا بېسىلغىنىدەك</translation>
    </message>
    <message>
        <source>None</source>
        <translation>يوق</translation>
    </message>
    <message>
        <source>Set Date</source>
        <translation>چېسلا بەلگىلەش</translation>
    </message>
    <message>
        <source>No Date</source>
        <translation>چېسلا يوق</translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation>تەپسىلاتلارنى ساقلاش</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ئىسمى:</translation>
    </message>
    <message>
        <source>&amp;Court or tribunal:</source>
        <translation>&amp;سوت ياكى سوت كېڭىشى:</translation>
    </message>
    <message>
        <source>Case n&amp;umber:</source>
        <translation>دېلو &amp;نومۇرى:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;دەۋاگەرلەر:</translation>
    </message>
    <message>
        <source>C&amp;ounsel:</source>
        <translation>&amp;ئادۋوكات:</translation>
    </message>
    <message>
        <source>&amp;Hearing date:</source>
        <translation>سوت &amp;ئېچىلىش چېسلاسى:</translation>
    </message>
    <message>
        <source>US immigration court only, e.g. A123-456-789</source>
        <translation>پەقەت ئامېرىكا كۆچمەنلەر سوتى ئۈچۈن، مەسىلەن A123-456-789</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>&amp;A نومۇرى:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ClipMarkersPanel</name>
    <message>
        <source>In</source>
        <translation>باشلىنىش</translation>
    </message>
    <message>
        <source>Mark the start of a clip at the current position (I)</source>
        <translation>نۆۋەتتىكى ئورۇندا كەسمىنىڭ باشلىنىشىنى بەلگىلەش (I)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>ئاخىرلىشىش</translation>
    </message>
    <message>
        <source>Mark the end of a clip at the current position (O)</source>
        <translation>نۆۋەتتىكى ئورۇندا كەسمىنىڭ ئاخىرلىشىشىنى بەلگىلەش (O)</translation>
    </message>
    <message>
        <source>Note for this clip</source>
        <translation>بۇ كەسمىنىڭ ئىزاھاتى</translation>
    </message>
    <message>
        <source>Save clip</source>
        <translation>كەسمىنى ساقلاش</translation>
    </message>
    <message>
        <source>Click a clip to go to its start</source>
        <translation>كەسمىنىڭ باشلىنىشىغا بېرىش ئۈچۈن ئۇنى چېكىڭ</translation>
    </message>
    <message>
        <source>Delete the selected clip</source>
        <translation>تاللانغان كەسمىنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>كەسمىلەر</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>In %1   Out %2</source>
        <translation>باشلىنىش %1   ئاخىرلىشىش %2</translation>
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
        <translation>يېڭى ئامبار قۇرۇش</translation>
    </message>
    <message>
        <source>e.g. Casework</source>
        <translation>مەسىلەن دېلو خىزمىتى</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;ئىسمى:</translation>
    </message>
    <message>
        <source>In &amp;folder:</source>
        <translation>&amp;قىسقۇچتا:</translation>
    </message>
    <message>
        <source>The passphrase unlocks the library. A sentence of several words that only you would think of is strong and easy to remember. There is no way to reset it without the recovery key.</source>
        <translation>مەخپىي ئىبارە ئامبارنىڭ قۇلۇپىنى ئاچىدۇ. پەقەت سىزلا ئويلاپ چىقالايدىغان، بىر نەچچە سۆزدىن تۈزۈلگەن جۈملە ھەم كۈچلۈك ھەم ئەستە تۇتۇش ئاسان. ئەسلىگە كەلتۈرۈش ئاچقۇچى بولمىسا، ئۇنى قايتا بەلگىلەشنىڭ ھېچقانداق يولى يوق.</translation>
    </message>
    <message>
        <source>Creating the library and deriving its keys…</source>
        <translation>ئامبار قۇرۇلۇۋاتىدۇ ۋە ئۇنىڭ ئاچقۇچلىرى ھاسىل قىلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;قايتىش</translation>
    </message>
    <message>
        <source>&amp;Create library</source>
        <translation>ئامبار &amp;قۇرۇش</translation>
    </message>
    <message>
        <source>The name cannot contain slashes or start with a dot.</source>
        <translation>ئىسىمدا يانتۇ سىزىق بولسا ياكى ئىسىم چېكىت بىلەن باشلانسا بولمايدۇ.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>%1 دېگەن قىسقۇچ مەۋجۇت ئەمەس. مەۋجۇت بىر قىسقۇچنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Amanat cannot write in %1. Choose another folder.</source>
        <translation>Amanat %1 غا يازالمايدۇ. باشقا قىسقۇچ تاللاڭ.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 ئاللىبۇرۇن مەۋجۇت. باشقا ئىسىم تاللاڭ.</translation>
    </message>
    <message>
        <source>Choose where to create the library</source>
        <translation>ئامبارنى قەيەردە قۇرۇشنى تاللاڭ</translation>
    </message>
    <message>
        <source>Languages of the scans and photos you will import (pages are read in these; you can change them later in Settings):</source>
        <translation>سىز ئەكىرىدىغان سكانېرلانغان ھۆججەت ۋە سۈرەتلەرنىڭ تىللىرى (بەتلەر مۇشۇ تىللاردا ئوقۇلىدۇ؛ كېيىن تەڭشەكلەردە ئۆزگەرتەلەيسىز):</translation>
    </message>
</context>
<context>
    <name>amanat::ui::CustodyHistoryWidget</name>
    <message>
        <source>Time</source>
        <translation>ۋاقىت</translation>
    </message>
    <message>
        <source>By</source>
        <translation>ئىجراچى</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>نېمە بولدى</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DeleteItemsCommand</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>%n تۈرنى ئۆچۈرۈش</numerusform>
            <numerusform>%n تۈرنى ئۆچۈرۈش</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::DetailPane</name>
    <message>
        <source>View</source>
        <translation>كۆرۈش</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>بەلگىلەر</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>تەپسىلات</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تارىخ</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>ماۋزۇسىز</translation>
    </message>
    <message>
        <source>Original file: %1</source>
        <translation>ئەسلى ھۆججەت: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>چوڭلۇقى: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>ئەكىرىلگەن: %1</translation>
    </message>
    <message>
        <source>No original file</source>
        <translation>ئەسلى ھۆججەت يوق</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>قوشۇلغان: %1</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>ئۆزگەرتىلگەن: %1</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>تەپسىلاتىنى كۆرۈش ئۈچۈن بىر تۈرنى تاللاڭ.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>سەۋەب كۆرسىتىلمىدى</translation>
    </message>
    <message>
        <source>Its text could not be read: %1.</source>
        <translation>ئۇنىڭ تېكىستىنى ئوقۇغىلى بولمىدى: %1.</translation>
    </message>
    <message>
        <source>Only part of its text could be read: %1.</source>
        <translation>ئۇنىڭ تېكىستىنىڭ پەقەت بىر قىسمىنىلا ئوقۇغىلى بولدى: %1.</translation>
    </message>
    <message>
        <source>The file is protected by a password, so its text could not be read.</source>
        <translation>ھۆججەت پارول بىلەن قوغدالغان، شۇڭا ئۇنىڭ تېكىستىنى ئوقۇغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Its text has not been read yet. Item → Read Text Again reads it now.</source>
        <translation>ئۇنىڭ تېكىستى تېخى ئوقۇلمىدى. تۈر ← تېكىستنى قايتا ئوقۇش ئۇنى ھازىر ئوقۇيدۇ.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierEditor</name>
    <message>
        <source>Case</source>
        <translation>دېلو</translation>
    </message>
    <message>
        <source>New section, e.g. B. Country conditions</source>
        <translation>يېڭى بۆلۈم، مەسىلەن B. دۆلەت ئەھۋالى</translation>
    </message>
    <message>
        <source>&amp;Add Section</source>
        <translation>بۆلۈم &amp;قوشۇش</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;ئىسمىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;ئېلىۋېتىش</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>&amp;يۇقىرىغا يۆتكەش</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>&amp;تۆۋەنگە يۆتكەش</translation>
    </message>
    <message>
        <source>Drag items here from the item list. Drag exhibits and sections to reorder them.</source>
        <translation>تۈرلەرنى تۈر تىزىملىكىدىن بۇ يەرگە سۆرەپ ئەكىلىڭ. دەلىل ۋە بۆلۈملەرنىڭ تەرتىپىنى ئۆزگەرتىش ئۈچۈن ئۇلارنى سۆرەڭ.</translation>
    </message>
    <message>
        <source>Sections and exhibits</source>
        <translation>بۆلۈملەر ۋە دەلىللەر</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>دەلىل</translation>
    </message>
    <message>
        <source>Redactions of this item</source>
        <translation>بۇ تۈرنىڭ يوشۇرۇشلىرى</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>توپلام &amp;چىقىرىش…</translation>
    </message>
    <message>
        <source>New Dossier</source>
        <translation>يېڭى دوسىيې</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>دوسىيې %1</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>بۆلۈمنى ئېلىۋېتىش</translation>
    </message>
    <message numerus="yes">
        <source>Remove the section &quot;%1&quot; and its %n exhibit(s) from the dossier? The items stay in the library.</source>
        <translation>
            <numerusform>«%1» بۆلۈمى ۋە ئۇنىڭدىكى %n دەلىل دوسىيېدىن ئېلىۋېتىلسۇنمۇ؟ تۈرلەر ئامباردا قالىدۇ.</numerusform>
            <numerusform>«%1» بۆلۈمى ۋە ئۇنىڭدىكى %n دەلىل دوسىيېدىن ئېلىۋېتىلسۇنمۇ؟ تۈرلەر ئامباردا قالىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not redacted in this dossier</source>
        <translation>بۇ دوسىيېدا يوشۇرۇلمىغان</translation>
    </message>
    <message>
        <source>Re&amp;view Redactions…</source>
        <translation>يوشۇرۇشلارنى &amp;تەكشۈرۈش…</translation>
    </message>
    <message>
        <source>Look at the boxes the redactor proposes on scans and on pages that name protected people, correct them and approve each page.</source>
        <translation>يوشۇرغۇچ سكانېرلانغان ھۆججەتلەردە ۋە قوغدىلىدىغان كىشىلەرنىڭ ئىسمى تىلغا ئېلىنغان بەتلەردە تەۋسىيە قىلغان رامكىلارنى كۆرۈپ، ئۇلارنى تۈزىتىڭ ۋە ھەر بىر بەتنى تەستىقلاڭ.</translation>
    </message>
    <message>
        <source>Renum&amp;ber Labels</source>
        <translation>بەلگىلەرنى قايتا &amp;نومۇرلاش</translation>
    </message>
    <message>
        <source>Label the exhibits again in their order, A1, A2… B1…, as a court expects after a removal. Each change goes into the custody log.</source>
        <translation>دەلىللەرنى تەرتىپى بويىچە قايتا بەلگىلەش: A1، A2… B1…، بىر دەلىل ئېلىۋېتىلگەندىن كېيىن سوت شۇنى كۈتىدۇ. ھەر بىر ئۆزگىرىش ساقلاش زەنجىرى خاتىرىسىگە يېزىلىدۇ.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierLauncher</name>
    <message>
        <source>&amp;New Dossier…</source>
        <translation>&amp;يېڭى دوسىيې…</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>&amp;دوسىيېلار</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierModel</name>
    <message>
        <source>(item %1 is missing)</source>
        <translation>(%1 نومۇرلۇق تۈر يوق)</translation>
    </message>
    <message>
        <source>Save the dossier first.</source>
        <translation>ئالدى بىلەن دوسىيېنى ساقلاڭ.</translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <translation>ئۇ بۆلۈم ئەمدى مەۋجۇت ئەمەس.</translation>
    </message>
    <message>
        <source>A. Exhibits</source>
        <translation>A. دەلىللەر</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>%1-بەت</translation>
    </message>
    <message>
        <source>pp. %1–%2</source>
        <translation>%1–%2-بەتلەر</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1  —  %n exhibit(s)</source>
        <translation>
            <numerusform>%1  —  %n دەلىل</numerusform>
            <numerusform>%1  —  %n دەلىل</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>ھەممىسى</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>بەلگە</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>خىلى</translation>
    </message>
    <message>
        <source>Pages / segment</source>
        <translation>بەتلەر / بۆلەك</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExchangeController</name>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;ھەمبەھىرلەش…</translation>
    </message>
    <message>
        <source>Send the selected items to other Amanat libraries in a sealed package.</source>
        <translation>تاللانغان تۈرلەرنى پېچەتلەنگەن ئورامدا باشقا Amanat ئامبارلىرىغا ئەۋەتىش.</translation>
    </message>
    <message>
        <source>Select the items to share first.</source>
        <translation>ئالدى بىلەن ھەمبەھىرلەيدىغان تۈرلەرنى تاللاڭ.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n تۈر</numerusform>
            <numerusform>%n تۈر</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Receive Package…</source>
        <translation>&amp;ئورام تاپشۇرۇۋېلىش…</translation>
    </message>
    <message>
        <source>Receive a sealed package that another library shared with this one.</source>
        <translation>باشقا ئامبار بۇ ئامبار بىلەن ھەمبەھىرلىگەن پېچەتلەنگەن ئورامنى تاپشۇرۇۋېلىش.</translation>
    </message>
    <message>
        <source>Receive Package</source>
        <translation>ئورام تاپشۇرۇۋېلىش</translation>
    </message>
    <message>
        <source>Amanat packages (*.amanatx);;All files (*)</source>
        <translation>Amanat ئوراملىرى (*.amanatx);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>E&amp;xchange Key and Contacts…</source>
        <translation>&amp;ئالماشتۇرۇش ئاچقۇچى ۋە ئالاقىداشلار…</translation>
    </message>
    <message>
        <source>Sealing %1…</source>
        <translation>%1 پېچەتلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ئەمەلدىن قالدۇرۇش</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>ھەمبەھىرلەش</translation>
    </message>
    <message>
        <source>Not Shared</source>
        <translation>ھەمبەھىرلەنمىدى</translation>
    </message>
    <message>
        <source>Sharing was cancelled. No package was saved.</source>
        <translation>ھەمبەھىرلەش ئەمەلدىن قالدۇرۇلدى. ھېچقانداق ئورام ساقلانمىدى.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>ھەمبەھىرلەندى</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) sealed into %1. Send the file any way you like: only the libraries you chose can open it.</source>
        <translation>
            <numerusform>%n تۈر %1 غا پېچەتلەندى. ھۆججەتنى خالىغان يول بىلەن ئەۋەتىڭ: ئۇنى پەقەت سىز تاللىغان ئامبارلارلا ئاچالايدۇ.</numerusform>
            <numerusform>%n تۈر %1 غا پېچەتلەندى. ھۆججەتنى خالىغان يول بىلەن ئەۋەتىڭ: ئۇنى پەقەت سىز تاللىغان ئامبارلارلا ئاچالايدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Received</source>
        <translation>تاپشۇرۇۋېلىنمىدى</translation>
    </message>
    <message>
        <source>This package comes from %1, a library you have not received from before.</source>
        <translation>بۇ ئورام %1 دىن كەلدى، سىز ئىلگىرى بۇ ئامباردىن ھېچنېمە تاپشۇرۇۋالمىغان.</translation>
    </message>
    <message>
        <source>Before you trust it, check its fingerprint with the sender, by phone or in person:
%1</source>
        <translation>ئۇنىڭغا ئىشىنىشتىن بۇرۇن، بارماق ئىزىنى ئەۋەتكۈچى بىلەن تېلېفوندا ياكى يۈز تۇرانە تەكشۈرۈڭ:
%1</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>تاپشۇرۇۋېلىش</translation>
    </message>
    <message>
        <source>The Sender&apos;s Keys Have Changed</source>
        <translation>ئەۋەتكۈچىنىڭ ئاچقۇچلىرى ئۆزگەرگەن</translation>
    </message>
    <message>
        <source>This package says it comes from %1, but it is signed with other keys than that library used before. Anyone can claim a name.</source>
        <translation>بۇ ئورام %1 دىن كەلدىم دەيدۇ، لېكىن ئۇ ئامبار ئىلگىرى ئىشلەتكەن ئاچقۇچلاردىن باشقا ئاچقۇچلار بىلەن ئىمزالانغان. ھەر قانداق ئادەم بىر ئىسىمنى ئۆزىنىڭ قىلىۋالالايدۇ.</translation>
    </message>
    <message>
        <source>Fingerprint known until now:
%1
Fingerprint of this package:
%2

Unless the sender told you they have new keys, do not receive this package.</source>
        <translation>ھازىرغىچە مەلۇم بارماق ئىزى:
%1
بۇ ئورامنىڭ بارماق ئىزى:
%2

ئەۋەتكۈچى سىزگە يېڭى ئاچقۇچى بارلىقىنى ئېيتمىغان بولسا، بۇ ئورامنى تاپشۇرۇۋالماڭ.</translation>
    </message>
    <message>
        <source>Do Not Receive</source>
        <translation>تاپشۇرۇۋالماسلىق</translation>
    </message>
    <message>
        <source>I Confirmed the New Keys…</source>
        <translation>يېڭى ئاچقۇچلارنى جەزملىدىم…</translation>
    </message>
    <message>
        <source>Confirm the New Keys</source>
        <translation>يېڭى ئاچقۇچلارنى جەزملەش</translation>
    </message>
    <message>
        <source>Type the fingerprint the sender read out to you:</source>
        <translation>ئەۋەتكۈچى سىزگە ئوقۇپ بەرگەن بارماق ئىزىنى كىرگۈزۈڭ:</translation>
    </message>
    <message>
        <source>Receiving %1…</source>
        <translation>%1 تاپشۇرۇۋېلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Receiving was cancelled. Nothing was received.</source>
        <translation>تاپشۇرۇۋېلىش ئەمەلدىن قالدۇرۇلدى. ھېچنېمە تاپشۇرۇۋېلىنمىدى.</translation>
    </message>
    <message>
        <source>Inbox: %1 was not received: %2</source>
        <translation>تاپشۇرۇۋېلىش قىسقۇچى: %1 تاپشۇرۇۋېلىنمىدى: %2</translation>
    </message>
    <message>
        <source>%1 had already been received; nothing was added.</source>
        <translation>%1 ئاللىبۇرۇن تاپشۇرۇۋېلىنغان؛ ھېچنېمە قوشۇلمىدى.</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n item(s) received, of which %2 new and %3 already here.</source>
        <translation>
            <numerusform>%1 دىن: %n تۈر تاپشۇرۇۋېلىندى، بۇنىڭدىن %2 يېڭى، %3 بۇرۇندىن بار.</numerusform>
            <numerusform>%1 دىن: %n تۈر تاپشۇرۇۋېلىندى، بۇنىڭدىن %2 يېڭى، %3 بۇرۇندىن بار.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their text is being read now.</source>
        <translation>ئۇلارنىڭ تېكىستى ھازىر ئوقۇلىۋاتىدۇ.</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>تاپشۇرۇۋېلىش قىسقۇچى: %1</translation>
    </message>
    <message>
        <source>Package Received</source>
        <translation>ئورام تاپشۇرۇۋېلىندى</translation>
    </message>
    <message>
        <source>The inbox folder %1 cannot be watched.</source>
        <translation>%1 تاپشۇرۇۋېلىش قىسقۇچىنى كۆزەتكىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Inbox: %1 comes from a sender to be checked first; open it with File → Receive Package….</source>
        <translation>تاپشۇرۇۋېلىش قىسقۇچى: %1 ئالدى بىلەن تەكشۈرۈلىدىغان ئەۋەتكۈچىدىن كەلدى؛ ئۇنى ھۆججەت ← ئورام تاپشۇرۇۋېلىش… ئارقىلىق ئېچىڭ.</translation>
    </message>
    <message>
        <source>Not Forgotten</source>
        <translation>ئۇنتۇلمىدى</translation>
    </message>
    <message>
        <source>Exchange Key</source>
        <translation>ئالماشتۇرۇش ئاچقۇچى</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExchangeKeyDialog</name>
    <message>
        <source>Exchange Key and Contacts</source>
        <translation>ئالماشتۇرۇش ئاچقۇچى ۋە ئالاقىداشلار</translation>
    </message>
    <message>
        <source>This library&apos;s exchange key</source>
        <translation>بۇ ئامبارنىڭ ئالماشتۇرۇش ئاچقۇچى</translation>
    </message>
    <message>
        <source>Give this key to the libraries that will send you packages. Confirm it by reading the fingerprint out to them, by phone or in person.</source>
        <translation>بۇ ئاچقۇچنى سىزگە ئورام ئەۋەتىدىغان ئامبارلارغا بېرىڭ. بارماق ئىزىنى ئۇلارغا تېلېفوندا ياكى يۈز تۇرانە ئوقۇپ بېرىپ جەزملەڭ.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>كۆچۈرۈش</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>ئاچقۇچ:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>بارماق ئىزى:</translation>
    </message>
    <message>
        <source>Libraries that have sent packages here</source>
        <translation>بۇ يەرگە ئورام ئەۋەتكەن ئامبارلار</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>ئەۋەتكۈچى</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>بارماق ئىزى</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>ئەڭ ئاخىرقى ئورام</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>ئۇنتۇش…</translation>
    </message>
    <message>
        <source>A sender is remembered with its keys the first time a package from it is received. If a package later comes under other keys, Amanat warns you and holds it back.</source>
        <translation>بىر ئەۋەتكۈچىدىن تۇنجى قېتىم ئورام تاپشۇرۇۋېلىنغاندا، ئۇ ئاچقۇچلىرى بىلەن ئەستە ساقلىنىدۇ. كېيىن ئورام باشقا ئاچقۇچلار بىلەن كەلسە، Amanat سىزنى ئاگاھلاندۇرۇپ ئۇنى توختىتىپ قويىدۇ.</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>تاپشۇرۇۋېلىش قىسقۇچى</translation>
    </message>
    <message>
        <source>While the library is open, packages that appear in this folder are received from senders you know. Point a folder synchronised by Syncthing, Nextcloud or a USB stick here to exchange with other offices.</source>
        <translation>ئامبار ئوچۇق تۇرغاندا، بۇ قىسقۇچتا پەيدا بولغان، سىز تونۇيدىغان ئەۋەتكۈچىلەردىن كەلگەن ئوراملار تاپشۇرۇۋېلىنىدۇ. باشقا ئىشخانىلار بىلەن ئالماشتۇرۇش ئۈچۈن Syncthing، Nextcloud ياكى USB دىسكا ماسلاشتۇرىدىغان قىسقۇچنى بۇ يەرگە بەلگىلەڭ.</translation>
    </message>
    <message>
        <source>No inbox folder</source>
        <translation>تاپشۇرۇۋېلىش قىسقۇچى يوق</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <source>Inbox Folder</source>
        <translation>تاپشۇرۇۋېلىش قىسقۇچى</translation>
    </message>
    <message>
        <source>Stop Watching</source>
        <translation>كۆزىتىشنى توختىتىش</translation>
    </message>
    <message>
        <source>Forget Sender</source>
        <translation>ئەۋەتكۈچىنى ئۇنتۇش</translation>
    </message>
    <message>
        <source>Forget %1? Its next package is treated as coming from a new sender, whose fingerprint you check again.</source>
        <translation>%1 نى ئۇنتۇمسىز؟ ئۇنىڭ كېيىنكى ئورامى يېڭى ئەۋەتكۈچىدىن كەلگەن دەپ قارىلىدۇ، بارماق ئىزىنى قايتا تەكشۈرىسىز.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>ئۇنتۇش</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExemptionsPanel</name>
    <message>
        <source>People not redacted in this dossier</source>
        <translation>بۇ دوسىيېدا يوشۇرۇلمايدىغان كىشىلەر</translation>
    </message>
    <message>
        <source>Protected person</source>
        <translation>قوغدىلىدىغان كىشى</translation>
    </message>
    <message>
        <source>Why (required), e.g. the appellant&apos;s own appeal</source>
        <translation>سەۋەبى (زۆرۈر)، مەسىلەن ئەرزچىنىڭ ئۆز ئەرزى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>سەۋەب</translation>
    </message>
    <message>
        <source>Do &amp;Not Redact</source>
        <translation>&amp;يوشۇرماسلىق</translation>
    </message>
    <message>
        <source>Redact &amp;Again</source>
        <translation>&amp;قايتا يوشۇرۇش</translation>
    </message>
    <message>
        <source>They stay readable in this dossier&apos;s bundles; the reason is logged and printed on the bundle&apos;s cover and exhibit sheets.</source>
        <translation>ئۇلار بۇ دوسىيېنىڭ توپلاملىرىدا ئوقۇغىلى بولىدىغان ھالەتتە قالىدۇ؛ سەۋەب خاتىرىلىنىدۇ ۋە توپلامنىڭ مۇقاۋىسى ھەمدە دەلىل ۋاراقلىرىغا بېسىلىدۇ.</translation>
    </message>
    <message>
        <source>%1 — %2 (since %3)</source>
        <translation>%1 — %2 (%3 دىن بۇيان)</translation>
    </message>
    <message>
        <source>No protected people</source>
        <translation>قوغدىلىدىغان كىشى يوق</translation>
    </message>
    <message>
        <source>Everyone is exempted</source>
        <translation>ھەممە ئادەم مۇستەسنا قىلىندى</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>بىر كىشىنى تاللاڭ…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExhibitDetailsPanel</name>
    <message>
        <source>all</source>
        <translation>ھەممىسى</translation>
    </message>
    <message>
        <source>to</source>
        <translation>دىن</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>File without the witness&apos;s court consent</source>
        <translation>گۇۋاھچىنىڭ سوتتا ئىشلىتىش رازىلىقىسىز تاپشۇرۇش</translation>
    </message>
    <message>
        <source>Only with another lawful basis. Filing this testimony without recorded court consent is written to the custody log.</source>
        <translation>پەقەت باشقا قانۇنىي ئاساس بولغاندىلا. بۇ گۇۋاھلىقنى سوتتا ئىشلىتىش رازىلىقى خاتىرىلەنمەي تۇرۇپ تاپشۇرۇش ساقلاش زەنجىرى خاتىرىسىگە يېزىلىدۇ.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>قوللىنىش</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;بەلگە:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;چۈشەندۈرۈش:</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>&amp;بەتلەر:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;بۆلەك:</translation>
    </message>
    <message>
        <source>An exhibit needs a label.</source>
        <translation>دەلىلگە بەلگە كېرەك.</translation>
    </message>
    <message>
        <source>Give both the first and the last page (first ≤ last), or neither.</source>
        <translation>بىرىنچى ۋە ئاخىرقى بەتنىڭ ھەر ئىككىسىنى بېرىڭ (بىرىنچى ≤ ئاخىرقى)، ياكى ھېچقايسىسىنى بەرمەڭ.</translation>
    </message>
    <message>
        <source>A segment needs a start and a later end, e.g. 1:05 to 2:30.</source>
        <translation>بۆلەكنىڭ باشلىنىشى ۋە ئۇنىڭدىن كېيىنكى ئاخىرلىشىشى بولۇشى كېرەك، مەسىلەن 1:05 دىن 2:30 غىچە.</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>بىرىنچى بەت</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>ئاخىرقى بەت</translation>
    </message>
    <message>
        <source>Segment start</source>
        <translation>بۆلەك باشلىنىشى</translation>
    </message>
    <message>
        <source>Segment end</source>
        <translation>بۆلەك ئاخىرى</translation>
    </message>
    <message>
        <source>Use a saved clip as the segment</source>
        <translation>ساقلانغان كەسمىنى بۆلەك قىلىپ ئىشلىتىش</translation>
    </message>
    <message>
        <source>Saved clips…</source>
        <translation>ساقلانغان كەسمىلەر…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 دىن %2 غىچە</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExportController</name>
    <message>
        <source>Export as &amp;Bag…</source>
        <translation>&amp;BagIt بوغچىسى قىلىپ چىقىرىش…</translation>
    </message>
    <message>
        <source>Write the selected items as a BagIt bag for an archive.</source>
        <translation>تاللانغان تۈرلەرنى ئارخىپ ئۈچۈن BagIt بوغچىسى قىلىپ يېزىش.</translation>
    </message>
    <message>
        <source>Export as Bag</source>
        <translation>BagIt بوغچىسى قىلىپ چىقىرىش</translation>
    </message>
    <message>
        <source>Export for &amp;Uwazi…</source>
        <translation>&amp;Uwazi ئۈچۈن چىقىرىش…</translation>
    </message>
    <message>
        <source>Write the selected items as the ZIP that Uwazi&apos;s CSV import reads.</source>
        <translation>تاللانغان تۈرلەرنى Uwazi نىڭ CSV ئەكىرىشى ئوقۇيدىغان ZIP قىلىپ يېزىش.</translation>
    </message>
    <message>
        <source>Export for Uwazi</source>
        <translation>Uwazi ئۈچۈن چىقىرىش</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP ئارخىپلىرى (*.zip)</translation>
    </message>
    <message>
        <source>Request &amp;Time Stamp…</source>
        <translation>&amp;ۋاقىت تامغىسى سوراش…</translation>
    </message>
    <message>
        <source>Write a request that a time-stamping authority signs, to prove when the selected items were held as they are.</source>
        <translation>ۋاقىت تامغىسى ئورگىنى ئىمزالايدىغان ئىلتىماس يېزىش، تاللانغان تۈرلەرنىڭ قاچاندىن باشلاپ مۇشۇ ھالەتتە ساقلانغانلىقىنى ئىسپاتلاش ئۈچۈن.</translation>
    </message>
    <message>
        <source>Request Time Stamp</source>
        <translation>ۋاقىت تامغىسى سوراش</translation>
    </message>
    <message>
        <source>Time-stamp requests (*.tsq)</source>
        <translation>ۋاقىت تامغىسى ئىلتىماسلىرى (*.tsq)</translation>
    </message>
    <message>
        <source>Import Time-Stamp &amp;Reply…</source>
        <translation>ۋاقىت تامغىسى &amp;جاۋابىنى ئەكىرىش…</translation>
    </message>
    <message>
        <source>Import Time-Stamp Reply</source>
        <translation>ۋاقىت تامغىسى جاۋابىنى ئەكىرىش</translation>
    </message>
    <message>
        <source>Time-stamp replies (*.tsr);;All files (*)</source>
        <translation>ۋاقىت تامغىسى جاۋابلىرى (*.tsr);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>Select the items first.</source>
        <translation>ئالدى بىلەن تۈرلەرنى تاللاڭ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ئەمەلدىن قالدۇرۇش</translation>
    </message>
    <message>
        <source>Writing the bag…</source>
        <translation>بوغچا يېزىلىۋاتىدۇ…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s)</source>
        <translation>
            <numerusform>%n تاللانغان تۈر</numerusform>
            <numerusform>%n تاللانغان تۈر</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>چىقىرىلمىدى</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to the bag %1.</source>
        <translation>
            <numerusform>%n تۈر %1 بوغچىسىغا يېزىلدى.</numerusform>
            <numerusform>%n تۈر %1 بوغچىسىغا يېزىلدى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have redactions: the bag holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>بۇلارنىڭ %n تۈرىدە يوشۇرۇش بار: بوغچىدا ئۇلارنىڭ ئەسلى ھۆججىتى يوشۇرۇلماي، ئەسلى ھالىتىدە بار.</numerusform>
            <numerusform>بۇلارنىڭ %n تۈرىدە يوشۇرۇش بار: بوغچىدا ئۇلارنىڭ ئەسلى ھۆججىتى يوشۇرۇلماي، ئەسلى ھالىتىدە بار.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bag Written</source>
        <translation>بوغچا يېزىلدى</translation>
    </message>
    <message>
        <source>Writing the ZIP for Uwazi…</source>
        <translation>Uwazi ئۈچۈن ZIP يېزىلىۋاتىدۇ…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1 for Uwazi&apos;s CSV import.</source>
        <translation>
            <numerusform>%n تۈر Uwazi نىڭ CSV ئەكىرىشى ئۈچۈن %1 غا يېزىلدى.</numerusform>
            <numerusform>%n تۈر Uwazi نىڭ CSV ئەكىرىشى ئۈچۈن %1 غا يېزىلدى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have redactions: the ZIP holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>بۇلارنىڭ %n تۈرىدە يوشۇرۇش بار: ZIP تا ئۇلارنىڭ ئەسلى ھۆججىتى يوشۇرۇلماي، ئەسلى ھالىتىدە بار.</numerusform>
            <numerusform>بۇلارنىڭ %n تۈرىدە يوشۇرۇش بار: ZIP تا ئۇلارنىڭ ئەسلى ھۆججىتى يوشۇرۇلماي، ئەسلى ھالىتىدە بار.</numerusform>
        </translation>
    </message>
    <message>
        <source>ZIP Written</source>
        <translation>ZIP يېزىلدى</translation>
    </message>
    <message>
        <source>Writing the time-stamp request…</source>
        <translation>ۋاقىت تامغىسى ئىلتىماسى يېزىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>No Request Written</source>
        <translation>ئىلتىماس يېزىلمىدى</translation>
    </message>
    <message>
        <source>Time-Stamp Request Written</source>
        <translation>ۋاقىت تامغىسى ئىلتىماسى يېزىلدى</translation>
    </message>
    <message>
        <source>The request is in %1. Take it to a time-stamping authority when you are online, then bring the reply back with File → Import Time-Stamp Reply….</source>
        <translation>ئىلتىماس %1 دا. تورغا ئۇلانغاندا ئۇنى ۋاقىت تامغىسى ئورگىنىغا ئاپىرىڭ، ئاندىن جاۋابنى ھۆججەت ← ۋاقىت تامغىسى جاۋابىنى ئەكىرىش… ئارقىلىق ئېلىپ كېلىڭ.</translation>
    </message>
    <message>
        <source>Reply Not Imported</source>
        <translation>جاۋاب ئەكىرىلمىدى</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 نى ئوقۇغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Checking the reply…</source>
        <translation>جاۋاب تەكشۈرۈلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>This reply was already stored; nothing changed.</source>
        <translation>بۇ جاۋاب ئاللىبۇرۇن ساقلانغان؛ ھېچنېمە ئۆزگەرمىدى.</translation>
    </message>
    <message>
        <source>Time stamp stored in the custody log: %1, by %2.</source>
        <translation>ۋاقىت تامغىسى ساقلاش زەنجىرى خاتىرىسىگە ساقلاندى: %1، %2 تەرىپىدىن.</translation>
    </message>
    <message>
        <source>The reply is intact and answers this library&apos;s request; who the authority is was not checked against its certificate (amanat-cli timestamp-import --tsa-ca does that).</source>
        <translation>جاۋاب پۈتۈن ۋە بۇ ئامبارنىڭ ئىلتىماسىغا جاۋاب بېرىدۇ؛ ئورگاننىڭ كىملىكى گۇۋاھنامىسى بىلەن تەكشۈرۈلمىدى (amanat-cli timestamp-import --tsa-ca شۇنى قىلىدۇ).</translation>
    </message>
    <message>
        <source>Time Stamp Imported</source>
        <translation>ۋاقىت تامغىسى ئەكىرىلدى</translation>
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
        <translation>خىلى</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>بەلگە</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>يىل</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>خىلى: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>بەلگە: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>يىل: %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>ھۆججەتتىن ئىزدەش</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>ئالدىنقى ماس كېلىش (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>كېيىنكى ماس كېلىش (Enter)</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImageViewer</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>كىچىكلىتىش (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>چوڭايتىش (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>كۆزنەككە ماسلاشتۇرۇش</translation>
    </message>
    <message>
        <source>Rotate left (view only)</source>
        <translation>سولغا ئايلاندۇرۇش (پەقەت كۆرۈنۈشتە)</translation>
    </message>
    <message>
        <source>Rotate right (view only)</source>
        <translation>ئوڭغا ئايلاندۇرۇش (پەقەت كۆرۈنۈشتە)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>بەت</translation>
    </message>
    <message>
        <source>Extracted text</source>
        <translation>ئاجرىتىلغان تېكىست</translation>
    </message>
    <message>
        <source>No text was found in this image.</source>
        <translation>بۇ رەسىمدىن تېكىست تېپىلمىدى.</translation>
    </message>
    <message>
        <source>Opening the image…</source>
        <translation>رەسىم ئېچىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>This image could not be displayed.</source>
        <translation>بۇ رەسىمنى كۆرسەتكىلى بولمىدى.</translation>
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
        <translation>ئەكىرىدىغان ھۆججەت يوق ئىدى.</translation>
    </message>
    <message>
        <source>the PDF needs a password</source>
        <translation>PDF قا پارول كېرەك</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportListModel</name>
    <message>
        <source>Queued</source>
        <translation>ئۆچرەتتە</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>ساقلىنىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>ئاجرىتىلىۋاتىدۇ</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تامام</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>تەكرار</translation>
    </message>
    <message>
        <source>Stored; extraction failed</source>
        <translation>ساقلاندى؛ ئاجرىتىش مەغلۇپ بولدى</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>مەغلۇپ بولدى</translation>
    </message>
    <message>
        <source>Stored; extraction pending</source>
        <translation>ساقلاندى؛ ئاجرىتىش كۈتۈلۈۋاتىدۇ</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>ئەكىرىلمىدى</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ھۆججەت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالەت</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportPanel</name>
    <message>
        <source>Import</source>
        <translation>ئەكىرىش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ئەمەلدىن قالدۇرۇش</translation>
    </message>
    <message>
        <source>Stop after the current file. Stored files whose text is not extracted yet stay pending and can be extracted later.</source>
        <translation>نۆۋەتتىكى ھۆججەتتىن كېيىن توختىتىش. تېكىستى تېخى ئاجرىتىلمىغان ساقلانغان ھۆججەتلەر كۈتۈش ھالىتىدە قالىدۇ ۋە كېيىن ئاجرىتىلسا بولىدۇ.</translation>
    </message>
    <message>
        <source>Storing file %1 of %2…</source>
        <translation>%2 ھۆججەتنىڭ %1-ى ساقلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Extracting text: %1 of %2 done…</source>
        <translation>تېكىست ئاجرىتىلىۋاتىدۇ: %2 دىن %1 ى تامام…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>ئەكىرىش ئەمەلدىن قالدۇرۇلدى</translation>
    </message>
    <message>
        <source>Import stopped early</source>
        <translation>ئەكىرىش ۋاقتىدىن بۇرۇن توختىدى</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>ئەكىرىش تاماملاندى</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported, %3 extraction(s) failed.</source>
        <translation>
            <numerusform>%n ھۆججەت ئەكىرىلدى، %1 تەكرار، %2 نى ئەكىرگىلى بولمىدى، %3 ئاجرىتىش مەغلۇپ بولدى.</numerusform>
            <numerusform>%n ھۆججەت ئەكىرىلدى، %1 تەكرار، %2 نى ئەكىرگىلى بولمىدى، %3 ئاجرىتىش مەغلۇپ بولدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1: %2</source>
        <translation>ئەكىرىلمىدى: %1: %2</translation>
    </message>
    <message>
        <source>Stored, but text not extracted: %1: %2</source>
        <translation>ساقلاندى، ئەمما تېكىست ئاجرىتىلمىدى: %1: %2</translation>
    </message>
    <message>
        <source>Files stored before the cancel keep their place in the library; their text can be extracted later.</source>
        <translation>ئەمەلدىن قالدۇرۇشتىن بۇرۇن ساقلانغان ھۆججەتلەر ئامباردا قالىدۇ؛ ئۇلارنىڭ تېكىستىنى كېيىن ئاجرىتىشقا بولىدۇ.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>ھېچنەرسە ئەكىرىلمىدى</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemActions</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;ئۆچۈرۈش…</translation>
    </message>
    <message>
        <source>&amp;Export Original…</source>
        <translation>ئەسلى ھۆججەتنى &amp;چىقىرىش…</translation>
    </message>
    <message>
        <source>&amp;Read Text Again…</source>
        <translation>تېكىستنى &amp;قايتا ئوقۇش…</translation>
    </message>
    <message>
        <source>Add to D&amp;ossier…</source>
        <translation>&amp;دوسىيېغا قوشۇش…</translation>
    </message>
    <message>
        <source>Reading text again: %1 of %2…</source>
        <translation>تېكىست قايتا ئوقۇلۇۋاتىدۇ: %2 دىن %1…</translation>
    </message>
    <message numerus="yes">
        <source>Reading text again was stopped after %n item(s).</source>
        <translation>
            <numerusform>تېكىستنى قايتا ئوقۇش %n تۈردىن كېيىن توختىتىلدى.</numerusform>
            <numerusform>تېكىستنى قايتا ئوقۇش %n تۈردىن كېيىن توختىتىلدى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read; the detail pane of each says why.</source>
        <translation>
            <numerusform>%n تۈرنى ئوقۇغىلى بولمىدى؛ ئۇنىڭ تەپسىلات تاختىسى سەۋەبىنى كۆرسىتىدۇ.</numerusform>
            <numerusform>%n تۈرنى ئوقۇغىلى بولمىدى؛ ھەر بىرىنىڭ تەپسىلات تاختىسى سەۋەبىنى كۆرسىتىدۇ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n item(s) was read again.</source>
        <translation>
            <numerusform>%n تۈرنىڭ تېكىستى قايتا ئوقۇلدى.</numerusform>
            <numerusform>%n تۈرنىڭ تېكىستى قايتا ئوقۇلدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation>تۈرلەرنى ئۆچۈرۈش</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected item(s)?</source>
        <translation>
            <numerusform>تاللانغان %n تۈرنى ئۆچۈرەمسىز؟</numerusform>
            <numerusform>تاللانغان %n تۈرنى ئۆچۈرەمسىز؟</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave every list, search and dossier now, and the history records the deletion. Until you lock the library, Edit → Undo brings them back; then they are erased for good, with their original files.</source>
        <translation>ئۇلار ھازىرلا بارلىق تىزىملىك، ئىزدەش ۋە دوسىيېلاردىن چىقىرىلىدۇ، تارىختا ئۆچۈرۈش خاتىرىلىنىدۇ. ئامبارنى قۇلۇپلىغۇچە تەھرىر ← يېنىۋېلىش ئۇلارنى قايتۇرىدۇ؛ ئۇنىڭدىن كېيىن ئۇلار ئەسلى ھۆججەتلىرى بىلەن بىللە مەڭگۈلۈك ئۆچۈرۈلىدۇ.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted. Edit → Undo brings them back until the library is locked.</source>
        <translation>
            <numerusform>%n تۈر ئۆچۈرۈلدى. ئامبار قۇلۇپلانغۇچە تەھرىر ← يېنىۋېلىش ئۇنى قايتۇرىدۇ.</numerusform>
            <numerusform>%n تۈر ئۆچۈرۈلدى. ئامبار قۇلۇپلانغۇچە تەھرىر ← يېنىۋېلىش ئۇلارنى قايتۇرىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item has no original file to export.</source>
        <translation>بۇ تۈرنىڭ چىقىرىدىغان ئەسلى ھۆججىتى يوق.</translation>
    </message>
    <message>
        <source>Export Original</source>
        <translation>ئەسلى ھۆججەتنى چىقىرىش</translation>
    </message>
    <message>
        <source>The original was exported to %1.</source>
        <translation>ئەسلى ھۆججەت %1 غا چىقىرىلدى.</translation>
    </message>
    <message>
        <source>Text is already being read again; wait until it has finished.</source>
        <translation>تېكىست ئاللىقاچان قايتا ئوقۇلۇۋاتىدۇ؛ تاماملانغۇچە ساقلاڭ.</translation>
    </message>
    <message>
        <source>Reading text again: 0 of %1…</source>
        <translation>تېكىست قايتا ئوقۇلۇۋاتىدۇ: %1 دىن 0…</translation>
    </message>
    <message>
        <source>Added to dossier %1 as %2.</source>
        <translation>%1 دوسىيېسىغا %2 سۈپىتىدە قوشۇلدى.</translation>
    </message>
    <message>
        <source>&amp;New Testimony…</source>
        <translation>&amp;يېڭى گۇۋاھلىق…</translation>
    </message>
    <message>
        <source>Testimony %1 created.</source>
        <translation>%1 گۇۋاھلىقى قۇرۇلدى.</translation>
    </message>
    <message numerus="yes">
        <source>Testimony %1 created; its %n file(s) are being imported.</source>
        <translation>
            <numerusform>%1 گۇۋاھلىقى قۇرۇلدى؛ ئۇنىڭ %n ھۆججىتى ئەكىرىلىۋاتىدۇ.</numerusform>
            <numerusform>%1 گۇۋاھلىقى قۇرۇلدى؛ ئۇنىڭ %n ھۆججىتى ئەكىرىلىۋاتىدۇ.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemListModel</name>
    <message>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>خىلى</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>ۋەقە چېسلاسى</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>بەلگىلەر</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemViewer</name>
    <message>
        <source>No item selected.</source>
        <translation>ھېچقانداق تۈر تاللانمىدى.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryCare</name>
    <message>
        <source>&amp;Verify Library</source>
        <translation>ئامبارنى &amp;تەكشۈرۈش</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;زاپاسلاش…</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>&amp;مەخپىي ئىبارىنى ئۆزگەرتىش…</translation>
    </message>
    <message>
        <source>New &amp;Recovery Key…</source>
        <translation>يېڭى &amp;ئەسلىگە كەلتۈرۈش ئاچقۇچى…</translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>ئامبار ساق-سالامەت.</translation>
    </message>
    <message>
        <source>The library failed verification.</source>
        <translation>ئامبار تەكشۈرۈشتىن ئۆتمىدى.</translation>
    </message>
    <message>
        <source>Backup written.</source>
        <translation>زاپاس نۇسخا يېزىلدى.</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>زاپاسلاش مەغلۇپ بولدى.</translation>
    </message>
    <message>
        <source>Database: %1
Originals and custody log: not checked, because the database failed its integrity check.</source>
        <translation>ساندان: %1
ئەسلى ھۆججەتلەر ۋە ساقلاش زەنجىرى خاتىرىسى: تەكشۈرۈلمىدى، چۈنكى ساندان پۈتۈنلۈك تەكشۈرۈشىدىن ئۆتمىدى.</translation>
    </message>
    <message>
        <source>Database: every page is intact.</source>
        <translation>ساندان: ھەممە بەت ساق.</translation>
    </message>
    <message numerus="yes">
        <source>Originals: %n checked</source>
        <translation>
            <numerusform>ئەسلى ھۆججەتلەر: %n تەكشۈرۈلدى</numerusform>
            <numerusform>ئەسلى ھۆججەتلەر: %n تەكشۈرۈلدى</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>%1 نومۇرلۇق تۈر: %2</translation>
    </message>
    <message numerus="yes">
        <source>Custody log: intact, %n event(s).</source>
        <translation>
            <numerusform>ساقلاش زەنجىرى خاتىرىسى: ساق، %n ھادىسە.</numerusform>
            <numerusform>ساقلاش زەنجىرى خاتىرىسى: ساق، %n ھادىسە.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation>ساقلاش زەنجىرى خاتىرىسى: %1</translation>
    </message>
    <message>
        <source>Last committed change: %1</source>
        <translation>ئاخىرقى ساقلانغان ئۆزگىرىش: %1</translation>
    </message>
    <message>
        <source>Back Up To (a folder on a drive kept apart)</source>
        <translation>زاپاسلايدىغان جاي (ئايرىم ساقلىنىدىغان دىسكىدىكى قىسقۇچ)</translation>
    </message>
    <message>
        <source>The copy in %1 opens with the same passphrase and recovery key.</source>
        <translation>%1 دىكى نۇسخىنى ئوخشاش مەخپىي ئىبارە ۋە ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئاچقىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>Amanat</source>
        <translation>Amanat</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>مەخپىي ئىبارىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>مەخپىي ئىبارە ئۆزگەرتىلدى.</translation>
    </message>
    <message>
        <source>The old passphrase no longer opens this library.</source>
        <translation>كونا مەخپىي ئىبارە بۇ ئامبارنى ئەمدى ئاچالمايدۇ.</translation>
    </message>
    <message>
        <source>New Recovery Key</source>
        <translation>يېڭى ئەسلىگە كەلتۈرۈش ئاچقۇچى</translation>
    </message>
    <message>
        <source>Issue a new recovery key?</source>
        <translation>يېڭى ئەسلىگە كەلتۈرۈش ئاچقۇچى بېرەمسىز؟</translation>
    </message>
    <message>
        <source>Do this when the old key may have been seen or lost. The old key stops opening this library at once (backups made before keep it). The new key is shown once: print it or write it down.</source>
        <translation>كونا ئاچقۇچنى باشقىلار كۆرگەن ياكى يوقالغان بولۇشى مۇمكىن بولسا، شۇنداق قىلىڭ. كونا ئاچقۇچ بۇ ئامبارنى دەرھال ئاچالمايدىغان بولىدۇ (ئىلگىرى ئېلىنغان زاپاس نۇسخىلار ئۇنى ساقلايدۇ). يېڭى ئاچقۇچ پەقەت بىر قېتىم كۆرسىتىلىدۇ: ئۇنى بېسىپ چىقىرىڭ ياكى يېزىۋېلىڭ.</translation>
    </message>
    <message>
        <source>Issue New Key</source>
        <translation>يېڭى ئاچقۇچ بېرىش</translation>
    </message>
    <message>
        <source>No new recovery key was issued.</source>
        <translation>يېڭى ئەسلىگە كەلتۈرۈش ئاچقۇچى بېرىلمىدى.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;تامام</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryEditor</name>
    <message>
        <source>%1 cannot be edited here.</source>
        <translation>%1 نى بۇ يەردە تەھرىرلىگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation>%1 بەلگىسى ئاللىبۇرۇن مەۋجۇت.</translation>
    </message>
    <message>
        <source>The library is locked.</source>
        <translation>ئامبار قۇلۇپلانغان.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryView</name>
    <message>
        <source>Showing %1 of %2 results</source>
        <translation>%2 نەتىجىدىن %1 ى كۆرسىتىلىۋاتىدۇ</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n نەتىجە</numerusform>
            <numerusform>%n نەتىجە</numerusform>
        </translation>
    </message>
    <message>
        <source>All items</source>
        <translation>ھەممە تۈرلەر</translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, tag:…, kind:…, after:…  (Ctrl+F)</source>
        <translation>ئىزدەش: سۆزلەر، &quot;ئىبارىلەر&quot;، tag:…، kind:…، after:…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>ئىزدەشنى ساقلاش…</translation>
    </message>
    <message>
        <source>Add Tag to Selection…</source>
        <translation>تاللانغانلارغا بەلگە قوشۇش…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n تۈر</numerusform>
            <numerusform>%1: %n تۈر</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>بەلگە قوشۇش</translation>
    </message>
    <message numerus="yes">
        <source>Tag the %n selected item(s) with:</source>
        <translation>
            <numerusform>تاللانغان %n تۈرگە قوشۇلىدىغان بەلگە:</numerusform>
            <numerusform>تاللانغان %n تۈرگە قوشۇلىدىغان بەلگە:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag from Selection</source>
        <translation>تاللانغانلاردىن بەلگىنى ئېلىۋېتىش</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>ئىزدەشنى ساقلاش</translation>
    </message>
    <message>
        <source>Name for the search “%1”:</source>
        <translation>«%1» ئىزدىشىنىڭ ئىسمى:</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>نەتىجە يوق</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>بۇ سۈزگۈچنى ئېلىۋېتىش</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>%1 سۈزگۈچىنى ئېلىۋېتىش</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>ئىزدەش</translation>
    </message>
    <message>
        <source>Narrow the search</source>
        <translation>ئىزدەشنى تارايتىش</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>تۈرلەر</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MainWindow</name>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;ئامبار</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قۇلۇپلاش</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;چېكىنىش</translation>
    </message>
    <message>
        <source>%1 — Amanat</source>
        <translation>%1 — Amanat</translation>
    </message>
    <message>
        <source>Amanat — locked</source>
        <translation>Amanat — قۇلۇپلانغان</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ھۆججەت</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>ھۆججەت &amp;ئەكىرىش…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>ھۆججەت ئەكىرىش</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;قىسقۇچ ئەكىرىش…</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>قىسقۇچ ئەكىرىش</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>&amp;يېڭى ئامبار…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;تەڭشەكلەر…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تەھرىر</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;يېنىۋېلىش</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;قايتا قىلىش</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;ئىزدەش</translation>
    </message>
    <message>
        <source>&amp;Tag Selected Items…</source>
        <translation>تاللانغان تۈرلەرگە &amp;بەلگە قويۇش…</translation>
    </message>
    <message>
        <source>An import is running. Export the bundle when it has finished.</source>
        <translation>ئەكىرىش ئىجرا بولۇۋاتىدۇ. ئۇ تاماملانغاندىن كېيىن توپلامنى چىقىرىڭ.</translation>
    </message>
    <message>
        <source>Import in Progress</source>
        <translation>ئەكىرىش داۋاملىشىۋاتىدۇ</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit?</source>
        <translation>ئەكىرىش تېخى ئىجرا بولۇۋاتىدۇ. ئۇنى توختىتىپ چېكىنەمسىز؟</translation>
    </message>
    <message>
        <source>Stop Import and Quit</source>
        <translation>ئەكىرىشنى توختىتىپ چېكىنىش</translation>
    </message>
    <message>
        <source>Keep Importing</source>
        <translation>ئەكىرىشنى داۋاملاشتۇرۇش</translation>
    </message>
    <message>
        <source>&amp;Protected People…</source>
        <translation>&amp;قوغدىلىدىغان كىشىلەر…</translation>
    </message>
    <message>
        <source>Amanat</source>
        <translation>Amanat</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>&amp;تۈر</translation>
    </message>
    <message>
        <source>Import &amp;Spreadsheet…</source>
        <translation>&amp;جەدۋەل ئەكىرىش…</translation>
    </message>
    <message>
        <source>Import items listed in a CSV file, one row per item, with their files and tags.</source>
        <translation>CSV ھۆججىتىدە تىزىلغان تۈرلەرنى ھۆججەت ۋە بەلگىلىرى بىلەن ئەكىرىش، ھەر قۇردا بىر تۈر.</translation>
    </message>
    <message>
        <source>the items tagged %1</source>
        <translation>%1 بەلگىسى بار تۈرلەر</translation>
    </message>
    <message>
        <source>the exhibits of the dossier %1</source>
        <translation>%1 دوسىيېسىنىڭ دەلىللىرى</translation>
    </message>
    <message>
        <source>Files not yet stored are not imported. Files already stored stay in the library; their text is read again with Item → Read Text Again.</source>
        <translation>تېخى ساقلانمىغان ھۆججەتلەر ئەكىرىلمەيدۇ. ئاللىبۇرۇن ساقلانغان ھۆججەتلەر ئامباردا قالىدۇ؛ ئۇلارنىڭ تېكىستى «تېكىستنى قايتا ئوقۇش» ئارقىلىق قايتا ئوقۇلىدۇ.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MediaViewer</name>
    <message>
        <source>Audio recording</source>
        <translation>ئۈن خاتىرىسى</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>قويۇش (Space)</translation>
    </message>
    <message>
        <source>One frame back (while paused)</source>
        <translation>بىر كادىر كەينىگە (توختىتىلغاندا)</translation>
    </message>
    <message>
        <source>One frame forward (while paused)</source>
        <translation>بىر كادىر ئالدىغا (توختىتىلغاندا)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ئورنى</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>قويۇش سۈرئىتى</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>This recording could not be played.</source>
        <translation>بۇ خاتىرىنى قويغىلى بولمىدى.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>ۋاقىتلىق توختىتىش (Space)</translation>
    </message>
    <message>
        <source>Play Anyway</source>
        <translation>يەنىلا قويۇش</translation>
    </message>
    <message>
        <source>Playing it is recorded in the custody log.</source>
        <translation>ئۇنى قويۇش ساقلاش زەنجىرى خاتىرىسىگە خاتىرىلىنىدۇ.</translation>
    </message>
    <message>
        <source>This recording has not been checked: reading it in the sandboxed helper has not finished or was stopped.</source>
        <translation>بۇ خاتىرە تەكشۈرۈلمىگەن: ئۇنى قۇم ساندۇقىدىكى ياردەمچىدە ئوقۇش تاماملانمىدى ياكى توختىتىلدى.</translation>
    </message>
    <message>
        <source>The sandboxed helper could not read this recording completely.</source>
        <translation>قۇم ساندۇقىدىكى ياردەمچى بۇ خاتىرىنى تولۇق ئوقۇيالمىدى.</translation>
    </message>
    <message>
        <source>The sandboxed helper could not read this recording: %1</source>
        <translation>قۇم ساندۇقىدىكى ياردەمچى بۇ خاتىرىنى ئوقۇيالمىدى: %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>يېزىق نۇسخىسى</translation>
    </message>
    <message>
        <source>Clip markers</source>
        <translation>كەسمە بەلگىلىرى</translation>
    </message>
    <message>
        <source>Recordings play inside Amanat, where your library is open, and a file made to attack a media player can look like this. Play it only if you trust where it came from, or read its text again first (Item → Read Text Again).</source>
        <translation>خاتىرىلەر ئامبىرىڭىز ئوچۇق تۇرغان Amanat ئىچىدە قويۇلىدۇ، مېدىيا قويغۇچقا ھۇجۇم قىلىش ئۈچۈن ياسالغان ھۆججەتمۇ مۇشۇنداق كۆرۈنۈشى مۇمكىن. ئۇنى پەقەت مەنبەسىگە ئىشەنسىڭىزلا قويۇڭ، ياكى ئالدى بىلەن قايتا ئوقۇڭ (تېكىستنى قايتا ئوقۇش).</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MetadataEditor</name>
    <message>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>چۈشەندۈرۈش</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>ۋەقە چېسلاسى</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM, YYYY-MM-DD or a range A/B</source>
        <translation>YYYY، YYYY-MM، YYYY-MM-DD ياكى A/B دائىرىسى</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>ئورۇن</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>تىل</translation>
    </message>
    <message>
        <source>e.g. en, ug, ar-SY</source>
        <translation>مەسىلەن en، ug، ar-SY</translation>
    </message>
    <message>
        <source>Source author</source>
        <translation>مەنبە ئاپتورى</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>مەنبە ماۋزۇسى</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>ئېلان قىلىنغان</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>مەنبە URL ى</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>زىيارەت قىلىنغان</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ئىزاھاتلار</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>تەرجىمىنىڭ ئەسلىسى</translation>
    </message>
    <message>
        <source>number of the original item</source>
        <translation>ئەسلى تۈرنىڭ نومۇرى</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>تەرجىمان</translation>
    </message>
    <message>
        <source>Name, qualification, address</source>
        <translation>ئىسمى، سالاھىيىتى، ئادرېسى</translation>
    </message>
    <message>
        <source>Translation date</source>
        <translation>تەرجىمە ۋاقتى</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;خىلى</translation>
    </message>
</context>
<context>
    <name>amanat::ui::NewPassphrasePanel</name>
    <message>
        <source>Set a new passphrase?</source>
        <translation>يېڭى مەخپىي ئىبارە بەلگىلەمسىز؟</translation>
    </message>
    <message>
        <source>You opened the library with its recovery key. If the passphrase was forgotten or may be known to someone else, set a new one now. The old passphrase will no longer open the library; the recovery key still will.</source>
        <translation>سىز ئامبارنى ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن ئاچتىڭىز. ئەگەر مەخپىي ئىبارە ئۇنتۇلۇپ قالغان ياكى باشقىلارغا مەلۇم بولۇپ قالغان بولۇشى مۇمكىن بولسا، ھازىر يېڭىسىنى بەلگىلەڭ. كونا مەخپىي ئىبارە بىلەن ئامبارنى ئەمدى ئاچقىلى بولمايدۇ؛ ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن يەنىلا ئاچقىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ھازىر ئەمەس</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>مەخپىي ئىبارە &amp;بەلگىلەش</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>مەخپىي ئىبارىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <source>The old passphrase will no longer open the library; the recovery key still will. Backups made before keep the old passphrase.</source>
        <translation>كونا مەخپىي ئىبارە ئامبارنى ئەمدى ئاچالمايدۇ؛ ئەسلىگە كەلتۈرۈش ئاچقۇچى يەنىلا ئاچالايدۇ. ئىلگىرى ئېلىنغان زاپاس نۇسخىلار كونا مەخپىي ئىبارىنى ساقلايدۇ.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ۋاز كېچىش</translation>
    </message>
</context>
<context>
    <name>amanat::ui::NewTestimonyDialog</name>
    <message>
        <source>New Testimony</source>
        <translation>يېڭى گۇۋاھلىق</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>سۆھبەت</translation>
    </message>
    <message>
        <source>e.g. Interview W-014</source>
        <translation>مەسىلەن W-014 سۆھبىتى</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;ماۋزۇ</translation>
    </message>
    <message>
        <source>e.g. ug, or ug-CN</source>
        <translation>مەسىلەن ug ياكى ug-CN</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>سۆھبەت تىلى</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;تىل</translation>
    </message>
    <message>
        <source>Recordings, signed statements and transcripts</source>
        <translation>ئۈن-سىن خاتىرىلىرى، ئىمزالانغان بايانلار ۋە يېزىق نۇسخىلىرى</translation>
    </message>
    <message>
        <source>Imported as items of their own, read in the sandbox and tagged with the witness code.</source>
        <translation>ئايرىم تۈر سۈپىتىدە ئەكىرىلىدۇ، بىخەتەر مۇھىتتا ئوقۇلىدۇ ۋە گۇۋاھچى كودى بىلەن بەلگە قويۇلىدۇ.</translation>
    </message>
    <message>
        <source>Files of the testimony</source>
        <translation>گۇۋاھلىق ھۆججەتلىرى</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>&amp;ھۆججەت قوشۇش…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;ئېلىۋېتىش</translation>
    </message>
    <message>
        <source>&amp;Create Testimony</source>
        <translation>گۇۋاھلىق &amp;قۇرۇش</translation>
    </message>
    <message>
        <source>Files of the Testimony</source>
        <translation>گۇۋاھلىق ھۆججەتلىرى</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>%1 سۆھبىتى</translation>
    </message>
    <message>
        <source>Give the witness a code, such as W-014. Lists and bundles show the code, never the name.</source>
        <translation>گۇۋاھچىغا بىر كود بېرىڭ، مەسىلەن W-014. تىزىملىك ۋە توپلاملاردا ئىسىم ئەمەس، پەقەت كود كۆرسىتىلىدۇ.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::OcrLanguageList</name>
    <message>
        <source>OCR languages</source>
        <translation>OCR تىللىرى</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (ئورنىتىلمىغان)</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PassphraseFields</name>
    <message>
        <source>Passphrase strength</source>
        <translation>مەخپىي ئىبارىنىڭ كۈچلۈكلۈكى</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;مەخپىي ئىبارە:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;قايتا كىرگۈزۈڭ:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>كۈچلۈكلۈكى:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>ئىككى مەخپىي ئىبارە ئوخشاش ئەمەس.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PdfViewer</name>
    <message>
        <source>Previous page</source>
        <translation>ئالدىنقى بەت</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>كېيىنكى بەت</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>بەت</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>كىچىكلىتىش (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>چوڭايتىش (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>كەڭلىككە ماسلاشتۇرۇش</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>ھۆججەت ئېچىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>This document is protected by a password and cannot be displayed.</source>
        <translation>بۇ ھۆججەت پارول بىلەن قوغدالغان، ئۇنى كۆرسەتكىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>This document could not be displayed.</source>
        <translation>بۇ ھۆججەتنى كۆرسەتكىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>%1-بەت</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>ئىزدەۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>تېپىلمىدى</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%2 دىن %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PersonEditorDialog</name>
    <message>
        <source>Edit Protected Person</source>
        <translation>قوغدىلىدىغان كىشىنى تەھرىرلەش</translation>
    </message>
    <message>
        <source>Add Protected Person</source>
        <translation>قوغدىلىدىغان كىشى قوشۇش</translation>
    </message>
    <message>
        <source>e.g. W-014 or P-relative-2; never a name</source>
        <translation>مەسىلەن W-014 ياكى P-relative-2؛ ھەرگىز ئىسىم ئەمەس</translation>
    </message>
    <message>
        <source>What lists, the custody log and bundle sheets show instead of the person&apos;s name.</source>
        <translation>تىزىملىكلەر، ساقلاش زەنجىرى خاتىرىسى ۋە توپلام ۋاراقلىرىدا كىشىنىڭ ئىسمىنىڭ ئورنىغا كۆرسىتىلىدىغىنى.</translation>
    </message>
    <message>
        <source>One name or spelling per line: Latin, Arabic script, Han, Cyrillic; the surname or given name alone if it must go too.</source>
        <translation>ھەر قۇرغا بىر ئىسىم ياكى بىر يېزىلىش شەكلى: لاتىن، ئەرەب يېزىقى، خەنزۇ، كىرىل؛ فامىلىسى ياكى ئىسمىمۇ يالغۇز يوشۇرۇلۇشى كېرەك بولسا، ئۇنىمۇ ئايرىم يېزىڭ.</translation>
    </message>
    <message>
        <source>One per line: phone numbers, e-mail addresses, street addresses.</source>
        <translation>ھەر قۇرغا بىردىن: تېلېفون نومۇرى، ئېلخەت ئادرېسى، تۇرالغۇ ئادرېسى.</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;ئىسىملار:</translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation>&amp;ئالاقە ئۇچۇرلىرى:</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;ئاشكارىلاش</translation>
    </message>
    <message>
        <source>Every name and contact is removed from the page images and text of every bundle, unless a dossier exempts this person. They are never listed, logged or searchable.</source>
        <translation>ھەر بىر ئىسىم ۋە ئالاقە ئۇچۇرى ھەر بىر توپلامنىڭ بەت رەسىملىرى ۋە تېكىستىدىن چىقىرىۋېتىلىدۇ، دوسىيې بۇ كىشىنى مۇستەسنا قىلغان بولسا بۇنىڭدىن مۇستەسنا. ئۇلار ھەرگىز تىزىملىككە كىرگۈزۈلمەيدۇ، خاتىرىلەنمەيدۇ ۋە ئىزدىگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;كود:</translation>
    </message>
    <message>
        <source>%1 and %2 are hidden. Revealing them shows them on screen and is recorded in the custody log.</source>
        <translation>%1 ۋە %2 يوشۇرۇلغان. ئۇلارنى ئاشكارىلىسا ئېكراندا كۆرۈنىدۇ ۋە ساقلاش زەنجىرى خاتىرىسىگە خاتىرىلىنىدۇ.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n ئىسىم</numerusform>
            <numerusform>%n ئىسىم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n ئالاقە ئۇچۇرى</numerusform>
            <numerusform>%n ئالاقە ئۇچۇرى</numerusform>
        </translation>
    </message>
    <message>
        <source>A witness is known by the witness code of their testimony: change it in the testimony.</source>
        <translation>گۇۋاھچى ئۆز گۇۋاھلىقىنىڭ گۇۋاھچى كودى بىلەن تونۇلىدۇ: ئۇنى گۇۋاھلىقتا ئۆزگەرتىڭ.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ProtectedPeopleDialog</name>
    <message>
        <source>Protected People</source>
        <translation>قوغدىلىدىغان كىشىلەر</translation>
    </message>
    <message>
        <source>People whose identity must never leave the library: witnesses (by the witness code of their testimony) and anyone else a file names. Their names and contacts are removed from every bundle unless a dossier exempts them, and are never shown in lists.</source>
        <translation>كىملىكى ھەرگىز ئامباردىن سىرتقا چىقماسلىقى كېرەك بولغان كىشىلەر: گۇۋاھچىلار (ئۆز گۇۋاھلىقىنىڭ گۇۋاھچى كودى بويىچە) ۋە ھۆججەتتە ئىسمى تىلغا ئېلىنغان باشقا ھەر قانداق كىشى. ئۇلارنىڭ ئىسىملىرى ۋە ئالاقە ئۇچۇرلىرى، دوسىيې ئۇلارنى مۇستەسنا قىلمىغان بولسا، ھەر بىر توپلامدىن چىقىرىۋېتىلىدۇ ۋە ھەرگىز تىزىملىكلەردە كۆرسىتىلمەيدۇ.</translation>
    </message>
    <message>
        <source>Protected people</source>
        <translation>قوغدىلىدىغان كىشىلەر</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;قوشۇش…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;تەھرىرلەش…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;ئۆچۈرۈش…</translation>
    </message>
    <message>
        <source>Delete %1 and every name and contact recorded for them? Bundles will no longer remove them.</source>
        <translation>%1 ۋە ئۇنىڭ ئۈچۈن خاتىرىلەنگەن ھەممە ئىسىم ۋە ئالاقە ئۇچۇرى ئۆچۈرۈلسۇنمۇ؟ توپلاملار ئۇلارنى ئەمدى چىقىرىۋەتمەيدۇ.</translation>
    </message>
    <message>
        <source>%1 is the witness of a testimony: the testimony&apos;s witness name and contact are deleted with them.</source>
        <translation>%1 بىر گۇۋاھلىقنىڭ گۇۋاھچىسى: گۇۋاھلىقتىكى گۇۋاھچى ئىسمى ۋە ئالاقە ئۇچۇرىمۇ بىللە ئۆچۈرۈلىدۇ.</translation>
    </message>
    <message>
        <source>Delete Protected Person</source>
        <translation>قوغدىلىدىغان كىشىنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ProtectedPersonModel</name>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n ئىسىم</numerusform>
            <numerusform>%n ئىسىم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n ئالاقە ئۇچۇرى</numerusform>
            <numerusform>%n ئالاقە ئۇچۇرى</numerusform>
        </translation>
    </message>
    <message>
        <source>Witness of item %1</source>
        <translation>%1 نومۇرلۇق تۈرنىڭ گۇۋاھچىسى</translation>
    </message>
    <message>
        <source>Recorded here</source>
        <translation>بۇ يەردە خاتىرىلەنگەن</translation>
    </message>
    <message>
        <source>The witness of testimony item %1: the code is the testimony&apos;s witness code.</source>
        <translation>%1 نومۇرلۇق گۇۋاھلىق تۈرىنىڭ گۇۋاھچىسى: كود گۇۋاھلىقنىڭ گۇۋاھچى كودىدۇر.</translation>
    </message>
    <message>
        <source>Recorded in this list (a relative, a photographer, anyone a file names), not as a testimony&apos;s witness.</source>
        <translation>گۇۋاھلىقنىڭ گۇۋاھچىسى سۈپىتىدە ئەمەس، بۇ تىزىملىكتە خاتىرىلەنگەن (تۇغقان، فوتوگراف ياكى ھۆججەتتە ئىسمى تىلغا ئېلىنغان ھەر قانداق كىشى).</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>كود</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>ئىسىملار</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>ئالاقە ئۇچۇرلىرى</translation>
    </message>
    <message>
        <source>Witness of</source>
        <translation>گۇۋاھچىسى</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReadAgainDialog</name>
    <message>
        <source>Read Text Again</source>
        <translation>تېكىستنى قايتا ئوقۇش</translation>
    </message>
    <message numerus="yes">
        <source>Read the text of the %n selected item(s) again from their original files. Scanned pages and photos are read in the languages ticked here; the old text is replaced.</source>
        <translation>
            <numerusform>تاللانغان %n تۈرنىڭ تېكىستىنى ئەسلى ھۆججىتىدىن قايتا ئوقۇش. سكانېرلانغان بەتلەر ۋە سۈرەتلەر بۇ يەردە بەلگە قويۇلغان تىللاردا ئوقۇلىدۇ؛ كونا تېكىست ئالماشتۇرۇلىدۇ.</numerusform>
            <numerusform>تاللانغان %n تۈرنىڭ تېكىستىنى ئەسلى ھۆججەتلىرىدىن قايتا ئوقۇش. سكانېرلانغان بەتلەر ۋە سۈرەتلەر بۇ يەردە بەلگە قويۇلغان تىللاردا ئوقۇلىدۇ؛ كونا تېكىست ئالماشتۇرۇلىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>&amp;قايتا ئوقۇش</translation>
    </message>
    <message>
        <source>OCR languages:</source>
        <translation>OCR تىللىرى:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىڭىز</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way into the library. It is shown now and never again. Print it or write it down, and keep it away from this computer.</source>
        <translation>ئەگەر مەخپىي ئىبارە ئۇنتۇلۇپ قالسا، بۇ ئاچقۇچ ئامبارغا كىرىشنىڭ بىردىنبىر يولى. ئۇ ھازىر كۆرسىتىلىدۇ ۋە قايتا ھەرگىز كۆرسىتىلمەيدۇ. ئۇنى بېسىپ چىقىرىڭ ياكى يېزىۋېلىڭ ۋە بۇ كومپيۇتېردىن يىراق ساقلاڭ.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچى</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;بېسىپ چىقىرىش…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF &amp;قىلىپ ساقلاش…</translation>
    </message>
    <message>
        <source>To make sure you have it, type two of its groups:</source>
        <translation>ئۇنىڭ سىزدە بارلىقىنى جەزملەشتۈرۈش ئۈچۈن، ئۇنىڭ ئىككى گۇرۇپپىسىنى كىرگۈزۈڭ:</translation>
    </message>
    <message>
        <source>I have printed or saved the key and will keep it safe</source>
        <translation>ئاچقۇچنى بېسىپ چىقاردىم ياكى ساقلىدىم، ئۇنى بىخەتەر ساقلايمەن</translation>
    </message>
    <message>
        <source>Available after printing or saving the key.</source>
        <translation>ئاچقۇچنى بېسىپ چىقارغاندىن ياكى ساقلىغاندىن كېيىن ئىشلەتكىلى بولىدۇ.</translation>
    </message>
    <message>
        <source>&amp;Open the library</source>
        <translation>ئامبارنى &amp;ئېچىش</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation>&amp;%1-گۇرۇپپا:</translation>
    </message>
    <message>
        <source>Group %1:</source>
        <translation>%1-گۇرۇپپا:</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>پرىنتېرغا ئەۋەتىلدى.</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>ئەسلىگە كەلتۈرۈش ئاچقۇچىنى PDF قىلىپ ساقلاش</translation>
    </message>
    <message>
        <source>%1 recovery key.pdf</source>
        <translation>%1 recovery key.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ھۆججەتلىرى (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF قىلىپ ساقلاش</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another place.</source>
        <translation>PDF نى ئۇ يەرگە يازغىلى بولمىدى. باشقا ئورۇن تاللاڭ.</translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer (print it, or keep it on a separate USB stick) and delete it here.</source>
        <translation>ساقلاندى. ھۆججەتنى بۇ كومپيۇتېردىن يۆتكەڭ (بېسىپ چىقىرىڭ ياكى ئايرىم بىر USB دىسكىدا ساقلاڭ) ۋە بۇ يەردىن ئۆچۈرۈڭ.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionOverlay</name>
    <message>
        <source>Redact area</source>
        <translation>رايوننى يوشۇرۇش</translation>
    </message>
    <message>
        <source>Redact area: black out an area in exported bundles; the original is not changed. Drag over the page to draw it; right-click a box to remove it.</source>
        <translation>رايوننى يوشۇرۇش: چىقىرىلغان توپلاملاردا بىر رايوننى قارا بىلەن يېپىش؛ ئەسلى ھۆججەت ئۆزگەرمەيدۇ. سىزىش ئۈچۈن بەت ئۈستىدە سۆرەڭ؛ رامكىنى ئېلىۋېتىش ئۈچۈن ئۇنى ئوڭ چېكىڭ.</translation>
    </message>
    <message>
        <source>Remove redaction</source>
        <translation>يوشۇرۇشنى ئېلىۋېتىش</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionReviewDialog</name>
    <message>
        <source>Redaction Review</source>
        <translation>يوشۇرۇش تەكشۈرۈشى</translation>
    </message>
    <message>
        <source>Pages to review</source>
        <translation>تەكشۈرۈلىدىغان بەتلەر</translation>
    </message>
    <message>
        <source>&amp;Pages to review:</source>
        <translation>&amp;تەكشۈرۈلىدىغان بەتلەر:</translation>
    </message>
    <message>
        <source>&amp;Mark Page Reviewed</source>
        <translation>بەتنى تەكشۈرۈلدى دەپ &amp;بەلگىلەش</translation>
    </message>
    <message>
        <source>The redactor proposes, you decide. It read each page listed here and proposed boxes (red outline) over the protected names and contacts it found. Look at every page: remove a box over something that is not protected, draw a box over anything it missed, then mark the page reviewed. Your decisions go to the custody log, and the exhibit sheets say who reviewed each page.</source>
        <translation>يوشۇرغۇچ تەۋسىيە قىلىدۇ، سىز قارار قىلىسىز. ئۇ بۇ يەردە كۆرسىتىلگەن ھەر بىر بەتنى ئوقۇپ، تاپقان قوغدىلىدىغان ئىسىم ۋە ئالاقە ئۇچۇرلىرىنىڭ ئۈستىگە رامكا (قىزىل گىرۋەك) تەۋسىيە قىلدى. ھەر بىر بەتنى كۆرۈڭ: قوغدىلىدىغان بولمىغان نەرسە ئۈستىدىكى رامكىنى ئېلىۋېتىڭ، ئۇ ئۆتكۈزۈۋەتكەن ھەر قانداق نەرسىنىڭ ئۈستىگە رامكا سىزىڭ، ئاندىن بەتنى تەكشۈرۈلدى دەپ بەلگىلەڭ. قارارلىرىڭىز ساقلاش زەنجىرى خاتىرىسىگە يېزىلىدۇ، دەلىل ۋاراقلىرىدا ھەر بىر بەتنى كىمنىڭ تەكشۈرگەنلىكى كۆرسىتىلىدۇ.</translation>
    </message>
    <message>
        <source>Pages of this dossier await redaction review before it can be exported.</source>
        <translation>بۇ دوسىيېنى چىقىرىشتىن بۇرۇن ئۇنىڭ بەتلىرى يوشۇرۇش تەكشۈرۈشىنى كۈتۈۋاتىدۇ.</translation>
    </message>
    <message>
        <source>Continue to &amp;Export…</source>
        <translation>&amp;چىقىرىشنى داۋاملاشتۇرۇش…</translation>
    </message>
    <message>
        <source>No page of this dossier needs a review: no scans or photos, and no protected name in the text of its pages.</source>
        <translation>بۇ دوسىيېنىڭ ھېچقانداق بېتىنى تەكشۈرۈش ھاجەتسىز: سكانېرلانغان ھۆججەت ياكى سۈرەت يوق، بەتلىرىنىڭ تېكىستىدىمۇ قوغدىلىدىغان ئىسىم يوق.</translation>
    </message>
    <message>
        <source>Every page has been reviewed.</source>
        <translation>ھەممە بەت تەكشۈرۈلدى.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 page(s) await review.</source>
        <translation>
            <numerusform>%1 بەتتىن %n بەت تەكشۈرۈشنى كۈتۈۋاتىدۇ.</numerusform>
            <numerusform>%1 بەتتىن %n بەت تەكشۈرۈشنى كۈتۈۋاتىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>تەكشۈرىدىغان نەرسە يوق</translation>
    </message>
    <message>
        <source>Exhibit %1, page %2</source>
        <translation>دەلىل %1، %2-بەت</translation>
    </message>
    <message>
        <source>Needs a look because: %1.</source>
        <translation>كۆرۈپ چىقىش كېرەك، چۈنكى: %1.</translation>
    </message>
    <message>
        <source>As exported: every box is burned in, and nothing under it can be recovered from the bundle.</source>
        <translation>چىقىرىلغاندىكى ھالىتى: ھەر بىر رامكا بەتكە مەڭگۈلۈك بېسىلغان، ئۇنىڭ ئاستىدىكى ھېچنەرسىنى توپلامدىن ئەسلىگە كەلتۈرگىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>The redactor has not finished reading this page.</source>
        <translation>يوشۇرغۇچ بۇ بەتنى ئوقۇپ بولمىدى.</translation>
    </message>
    <message>
        <source>The redactor proposes no box on this page.</source>
        <translation>يوشۇرغۇچ بۇ بەتتە ھېچقانداق رامكا تەۋسىيە قىلمايدۇ.</translation>
    </message>
    <message numerus="yes">
        <source>The redactor proposes %n box(es).</source>
        <translation>
            <numerusform>يوشۇرغۇچ %n رامكا تەۋسىيە قىلىدۇ.</numerusform>
            <numerusform>يوشۇرغۇچ %n رامكا تەۋسىيە قىلىدۇ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The redactor proposes %n box(es), for %1.</source>
        <translation>
            <numerusform>يوشۇرغۇچ %1 ئۈچۈن %n رامكا تەۋسىيە قىلىدۇ.</numerusform>
            <numerusform>يوشۇرغۇچ %1 ئۈچۈن %n رامكا تەۋسىيە قىلىدۇ.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You drew %n box(es).</source>
        <translation>
            <numerusform>سىز %n رامكا سىزدىڭىز.</numerusform>
            <numerusform>سىز %n رامكا سىزدىڭىز.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You left %n area(s) visible.</source>
        <translation>
            <numerusform>سىز %n رايوننى كۆرۈنەرلىك قالدۇردىڭىز.</numerusform>
            <numerusform>سىز %n رايوننى كۆرۈنەرلىك قالدۇردىڭىز.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the page to be shown with the boxes now in force.</source>
        <translation>بەتنىڭ ھازىر كۈچكە ئىگە رامكىلار بىلەن كۆرسىتىلىشىنى كۈتۈڭ.</translation>
    </message>
    <message>
        <source>Records you as the reviewer of this page in the custody log (Ctrl+Return). The exhibit sheet names who reviewed it.</source>
        <translation>سىزنى ساقلاش زەنجىرى خاتىرىسىگە بۇ بەتنىڭ تەكشۈرگۈچىسى سۈپىتىدە خاتىرىلەيدۇ (Ctrl+Return). دەلىل ۋاراقىدا ئۇنى كىمنىڭ تەكشۈرگەنلىكى كۆرسىتىلىدۇ.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionsPanel</name>
    <message>
        <source>Text to remove from the bundle</source>
        <translation>توپلامدىن چىقىرىۋېتىلىدىغان تېكىست</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>يوشۇرۇش</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>ئېلىۋېتىش</translation>
    </message>
    <message>
        <source>Redactions apply to every export of this item; the original stays as it is. Page areas are drawn in the viewer.</source>
        <translation>يوشۇرۇشلار بۇ تۈرنىڭ ھەر بىر چىقىرىلىشىغا قوللىنىلىدۇ؛ ئەسلى ھۆججەت ئۆز ھالىتىدە قالىدۇ. بەت رايونلىرى كۆرگۈچتە سىزىلىدۇ.</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>تېكىست: «%1»</translation>
    </message>
    <message>
        <source>Page %1, area %2 %, %3 %, %4 × %5 %</source>
        <translation>%1-بەت، رايون %2 %، %3 %، %4 × %5 %</translation>
    </message>
    <message>
        <source>Redactions of this item</source>
        <translation>بۇ تۈردىكى يوشۇرۇشلار</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewCanvas</name>
    <message>
        <source>Page under review</source>
        <translation>تەكشۈرۈلۈۋاتقان بەت</translation>
    </message>
    <message>
        <source>Drag to black out an area. Tab selects the boxes one by one; Delete removes the selected box.</source>
        <translation>رايوننى قارا بىلەن يېپىش ئۈچۈن سۆرەڭ. Tab رامكىلارنى بىر-بىرلەپ تاللايدۇ؛ Delete تاللانغان رامكىنى ئېلىۋېتىدۇ.</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>تەۋسىيە قىلىنغان</translation>
    </message>
    <message>
        <source>proposed for %1</source>
        <translation>%1 ئۈچۈن تەۋسىيە قىلىنغان</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>سىزنىڭ</translation>
    </message>
    <message>
        <source>left visible</source>
        <translation>كۆرۈنەرلىك قالدۇرۇلغان</translation>
    </message>
    <message>
        <source>Proposed by the redactor. Delete leaves this area visible.</source>
        <translation>يوشۇرغۇچ تەۋسىيە قىلغان. Delete بۇ رايوننى كۆرۈنەرلىك قالدۇرىدۇ.</translation>
    </message>
    <message>
        <source>Proposed by the redactor for %1. Delete leaves this area visible.</source>
        <translation>يوشۇرغۇچ %1 ئۈچۈن تەۋسىيە قىلغان. Delete بۇ رايوننى كۆرۈنەرلىك قالدۇرىدۇ.</translation>
    </message>
    <message>
        <source>Drawn by you: always blacked out. Delete removes it.</source>
        <translation>سىز سىزغان: ھەمىشە قارا بىلەن يېپىلىدۇ. Delete ئۇنى ئېلىۋېتىدۇ.</translation>
    </message>
    <message>
        <source>Left visible by you: the redactor&apos;s boxes here are not burned. Delete blacks them out again.</source>
        <translation>سىز كۆرۈنەرلىك قالدۇرغان: يوشۇرغۇچنىڭ بۇ يەردىكى رامكىلىرى قوللىنىلمايدۇ. Delete ئۇلارنى قايتا قارا بىلەن ياپىدۇ.</translation>
    </message>
    <message>
        <source>Leave Visible (Not a Protected Name)</source>
        <translation>كۆرۈنەرلىك قالدۇرۇش (قوغدىلىدىغان ئىسىم ئەمەس)</translation>
    </message>
    <message>
        <source>Remove My Box</source>
        <translation>مېنىڭ رامكامنى ئېلىۋېتىش</translation>
    </message>
    <message>
        <source>Black Out Again</source>
        <translation>قايتا قارا بىلەن يېپىش</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPageModel</name>
    <message>
        <source>Not reviewed</source>
        <translation>تەكشۈرۈلمىگەن</translation>
    </message>
    <message>
        <source>Changed since %1 reviewed it on %2</source>
        <translation>%1 ئۇنى %2 دا تەكشۈرگەندىن كېيىن ئۆزگەرتىلگەن</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>%1 تەرىپىدىن %2 دا تەكشۈرۈلگەن</translation>
    </message>
    <message>
        <source>Exhibit %1, page %2
%3
%4</source>
        <translation>دەلىل %1، %2-بەت
%3
%4</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>دەلىل</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>بەت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ھالەت</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>سەۋەب</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPageView</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>كىچىكلىتىش (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>چوڭايتىش (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit the page in the window (Ctrl+0)</source>
        <translation>بەتنى كۆزنەككە ماسلاشتۇرۇش (Ctrl+0)</translation>
    </message>
    <message>
        <source>Preview as e&amp;xported</source>
        <translation>چىقىرىلغان ھالەتتە ئالدىن &amp;كۆرۈش</translation>
    </message>
    <message>
        <source>Show the page as the bundle will have it, every box burned in. Boxes cannot be changed in this view.</source>
        <translation>بەتنى توپلامدا بولىدىغان ھالەتتە، ھەر بىر رامكا بەتكە مەڭگۈلۈك بېسىلغان ھالدا كۆرسىتىش. بۇ كۆرۈنۈشتە رامكىلارنى ئۆزگەرتكىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Reading the page again with your changes…</source>
        <translation>بەت ئۆزگەرتىشلىرىڭىز بىلەن قايتا ئوقۇلۇۋاتىدۇ…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>&amp;قايتا سىناش</translation>
    </message>
    <message>
        <source>The redactor is reading the page for protected names and contacts. OCR takes a few seconds…</source>
        <translation>يوشۇرغۇچ بەتتىكى قوغدىلىدىغان ئىسىم ۋە ئالاقە ئۇچۇرلىرىنى ئوقۇۋاتىدۇ. OCR بىر نەچچە سېكۇنت ۋاقىت ئالىدۇ…</translation>
    </message>
    <message>
        <source>Proposed by the redactor</source>
        <translation>يوشۇرغۇچ تەۋسىيە قىلغان</translation>
    </message>
    <message>
        <source>Drawn by you</source>
        <translation>سىز سىزغان</translation>
    </message>
    <message>
        <source>Left visible by you</source>
        <translation>سىز كۆرۈنەرلىك قالدۇرغان</translation>
    </message>
    <message>
        <source>The page could not be prepared for review, so it cannot be approved here yet.

%1</source>
        <translation>بەتنى تەكشۈرۈشكە تەييارلىغىلى بولمىدى، شۇڭا ئۇنى بۇ يەردە تېخى تەستىقلىغىلى بولمايدۇ.

%1</translation>
    </message>
    <message>
        <source>Clear &quot;Preview as exported&quot; to change the boxes.</source>
        <translation>رامكىلارنى ئۆزگەرتىش ئۈچۈن «چىقىرىلغان ھالەتتە ئالدىن كۆرۈش» نى تاقاڭ.</translation>
    </message>
    <message>
        <source>Drag the box to move it, or its handles to resize it.</source>
        <translation>رامكىنى يۆتكەش ئۈچۈن ئۇنى سۆرەڭ، چوڭلۇقىنى ئۆزگەرتىش ئۈچۈن تۇتقۇچلىرىنى سۆرەڭ.</translation>
    </message>
    <message>
        <source>Drag on the page to black out what the redactor missed. Click a box to select it, drag it to move it or its handles to resize it, and press Delete to remove it. Tab steps through the boxes.</source>
        <translation>يوشۇرغۇچ ئۆتكۈزۈۋەتكەن نەرسىنى قارا بىلەن يېپىش ئۈچۈن بەت ئۈستىدە سۆرەڭ. رامكىنى تاللاش ئۈچۈن ئۇنى چېكىڭ، يۆتكەش ئۈچۈن ئۇنى، چوڭلۇقىنى ئۆزگەرتىش ئۈچۈن تۇتقۇچلىرىنى سۆرەڭ، ئېلىۋېتىش ئۈچۈن Delete نى بېسىڭ. Tab رامكىلار ئارىسىدا بىر-بىرلەپ يۆتكىلىدۇ.</translation>
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
        <translation>ياردەمچى كۆرسەتكىلى بولمايدىغان بەت رەسىمى قايتۇردى.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SearchResultModel</name>
    <message>
        <source>Title</source>
        <translation>ماۋزۇ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>خىلى</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>ماس كېلىش</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>%1-بەت: %2</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SecretLineEdit</name>
    <message>
        <source>Show passphrase</source>
        <translation>مەخپىي ئىبارىنى كۆرسىتىش</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>مەخپىي ئىبارىنى يوشۇرۇش</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SetFieldsCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 نى تەھرىرلەش</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>تەڭشەكلەر</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>ھېچقاچان</translation>
    </message>
    <message>
        <source> min</source>
        <translation> مىنۇت</translation>
    </message>
    <message>
        <source>Remember recently opened libraries</source>
        <translation>يېقىندا ئېچىلغان ئامبارلارنى ئەستە ساقلاش</translation>
    </message>
    <message>
        <source>Only the folders are remembered, on this computer. Switching this off forgets them at once.</source>
        <translation>پەقەت قىسقۇچلارلا، پەقەت بۇ كومپيۇتېردا ئەستە ساقلىنىدۇ. بۇنى تاقىسىڭىز، ئۇلار دەرھال ئۇنتۇلىدۇ.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>سىستېمىغا ئەگىشىش</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>يورۇق</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>قاراڭغۇ</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>بۇ كومپيۇتېر</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>بوش تۇرغاندىن كېيىن &amp;قۇلۇپلاش:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;ئۇسلۇب:</translation>
    </message>
    <message>
        <source>Unlock a library to change its OCR languages.</source>
        <translation>ئامبارنىڭ OCR تىللىرىنى ئۆزگەرتىش ئۈچۈن ئۇنىڭ قۇلۇپىنى ئېچىڭ.</translation>
    </message>
    <message>
        <source>This library</source>
        <translation>بۇ ئامبار</translation>
    </message>
    <message>
        <source>&amp;OCR languages:</source>
        <translation>&amp;OCR تىللىرى:</translation>
    </message>
    <message>
        <source>Your name, as a court should read it</source>
        <translation>سوت ئوقۇشقا تېگىشلىك شەكىلدىكى ئىسمىڭىز</translation>
    </message>
    <message>
        <source>Recorded as who acted in the library&apos;s chain of custody.</source>
        <translation>ئامبارنىڭ ساقلاش زەنجىرىدە ھەرىكەت قىلغۇچى سۈپىتىدە خاتىرىلىنىدۇ.</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>&amp;ساقلىغۇچى:</translation>
    </message>
    <message>
        <source>The languages of the scans and photos you import from now on. Each page is read in those of them written in its script. Items already imported keep their text until you read them again (Item → Read Text Again).</source>
        <translation>بۇنىڭدىن كېيىن ئەكىرىدىغان سكانېرلانغان ھۆججەت ۋە سۈرەتلەرنىڭ تىللىرى. ھەر بىر بەت ئۇنىڭ يېزىقىدا يېزىلىدىغان تىللاردا ئوقۇلىدۇ. ئاللىقاچان ئەكىرىلگەن تۈرلەر قايتا ئوقۇلغۇچە (تۈر ← تېكىستنى قايتا ئوقۇش) ئۆز تېكىستىنى ساقلايدۇ.</translation>
    </message>
    <message>
        <source>Tick at least one OCR language.</source>
        <translation>ئاز دېگەندە بىر OCR تىلىغا بەلگە قويۇڭ.</translation>
    </message>
    <message>
        <source>A new language applies when Amanat starts again.</source>
        <translation>يېڭى تىل Amanat قايتا قوزغالغاندا كۈچكە ئىگە بولىدۇ.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;تىل:</translation>
    </message>
    <message>
        <source>Exchange Key and Contacts…</source>
        <translation>ئالماشتۇرۇش ئاچقۇچى ۋە ئالاقىداشلار…</translation>
    </message>
    <message>
        <source>The libraries that have sent packages here, this library&apos;s exchange key, and the inbox folder.</source>
        <translation>بۇ يەرگە ئورام ئەۋەتكەن ئامبارلار، بۇ ئامبارنىڭ ئالماشتۇرۇش ئاچقۇچى ۋە تاپشۇرۇۋېلىش قىسقۇچى.</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>ئالاقىداشلار:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>ھەمبەھىرلەش</translation>
    </message>
    <message>
        <source>Share %1 with other Amanat libraries. The package is sealed: only the libraries you choose can open it, and they can tell it comes from this library.</source>
        <translation>%1 نى باشقا Amanat ئامبارلىرى بىلەن ھەمبەھىرلەش. ئورام پېچەتلەنگەن: ئۇنى پەقەت سىز تاللىغان ئامبارلارلا ئاچالايدۇ، ئۇلار ئۇنىڭ بۇ ئامباردىن كەلگەنلىكىنى دەلىللىيەلەيدۇ.</translation>
    </message>
    <message>
        <source>%1 — fingerprint %2</source>
        <translation>%1 — بارماق ئىزى %2</translation>
    </message>
    <message>
        <source>Include witnesses&apos; names and contacts</source>
        <translation>گۇۋاھچىلارنىڭ ئىسمى ۋە ئالاقە ئۇچۇرىنى قوشۇش</translation>
    </message>
    <message>
        <source>Share testimonies without recorded consent (this is logged)</source>
        <translation>رازىلىقى خاتىرىلەنمىگەن گۇۋاھلىقلارنى ھەمبەھىرلەش (خاتىرىگە ئېلىنىدۇ)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <source>Known libraries:</source>
        <translation>تونۇلغان ئامبارلار:</translation>
    </message>
    <message>
        <source>Exchange keys:</source>
        <translation>ئالماشتۇرۇش ئاچقۇچلىرى:</translation>
    </message>
    <message>
        <source>Save the package as:</source>
        <translation>ئورامنى مۇنداق ساقلاش:</translation>
    </message>
    <message>
        <source>Save Package</source>
        <translation>ئورامنى ساقلاش</translation>
    </message>
    <message>
        <source>Amanat packages (*.amanatx)</source>
        <translation>Amanat ئوراملىرى (*.amanatx)</translation>
    </message>
    <message>
        <source>Line %1 of the exchange keys: %2</source>
        <translation>ئالماشتۇرۇش ئاچقۇچلىرىنىڭ %1-قۇرى: %2</translation>
    </message>
    <message>
        <source>Choose at least one library to share with: tick a known library or paste its exchange key.</source>
        <translation>ھەمبەھىرلەيدىغان كەم دېگەندە بىر ئامبارنى تاللاڭ: تونۇلغان ئامبارنى بەلگىلەڭ ياكى ئۇنىڭ ئالماشتۇرۇش ئاچقۇچىنى چاپلاڭ.</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>ئورامنى ساقلايدىغان ئورۇننى تاللاڭ.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the package.</source>
        <translation>%1 ئاللىبۇرۇن بار؛ ئورامغا يېڭى ئات تاللاڭ.</translation>
    </message>
    <message>
        <source>Other libraries&apos; exchange keys, one per line</source>
        <translation>باشقا ئامبارلارنىڭ ئالماشتۇرۇش ئاچقۇچلىرى، ھەر قۇرغا بىردىن</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SidebarModel</name>
    <message>
        <source>All items</source>
        <translation>ھەممە تۈرلەر</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>خىللار</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>بەلگىلەر</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>ساقلانغان ئىزدەشلەر</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>دوسىيېلار</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SidebarView</name>
    <message>
        <source>New Tag…</source>
        <translation>يېڭى بەلگە…</translation>
    </message>
    <message>
        <source>New Sub-tag…</source>
        <translation>يېڭى تارماق بەلگە…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>ئىسمىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>بىرلەشتۈرۈش…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>رەڭ</translation>
    </message>
    <message>
        <source>No Colour</source>
        <translation>رەڭسىز</translation>
    </message>
    <message>
        <source>Move to Top Level</source>
        <translation>ئەڭ يۇقىرى قەۋەتكە يۆتكەش</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>ئۆچۈرۈش…</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>ساقلانغان ئىزدەشنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>يېڭى بەلگە</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>يېڭى بەلگىنىڭ ئىسمى:</translation>
    </message>
    <message>
        <source>Name of the new tag under %1:</source>
        <translation>%1 نىڭ ئاستىدىكى يېڭى بەلگىنىڭ ئىسمى:</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>بەلگىنى بىرلەشتۈرۈش</translation>
    </message>
    <message>
        <source>Move the items and sub-tags of %1 onto:</source>
        <translation>%1 نىڭ تۈرلىرى ۋە تارماق بەلگىلىرىنى يۆتكەيدىغان جاي:</translation>
    </message>
    <message>
        <source>Merge %1 into %2? This cannot be undone.</source>
        <translation>%1 نى %2 غا بىرلەشتۈرەمسىز؟ بۇنى يېنىۋالغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>بەلگىنى ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Delete the tag %1 and its sub-tags? The items stay in the library. This cannot be undone.</source>
        <translation>%1 بەلگىسى ۋە ئۇنىڭ تارماق بەلگىلىرى ئۆچۈرۈلسۇنمۇ؟ تۈرلەر ئامباردا قالىدۇ. بۇنى يېنىۋالغىلى بولمايدۇ.</translation>
    </message>
    <message>
        <source>Library contents: kinds, tags, saved searches, dossiers</source>
        <translation>ئامبار مەزمۇنى: خىللار، بەلگىلەر، ساقلانغان ئىزدەشلەر، دوسىيېلار</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>ھەمبەھىرلەش…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SpreadsheetImporter</name>
    <message>
        <source>Import Spreadsheet</source>
        <translation>جەدۋەل ئەكىرىش</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv);;All files (*)</source>
        <translation>CSV شەكلىدە ساقلانغان جەدۋەللەر (*.csv);;بارلىق ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>Spreadsheet Not Imported</source>
        <translation>جەدۋەل ئەكىرىلمىدى</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s) from %1?</source>
        <translation>
            <numerusform>%1 دىن %n تۈرنى ئەكىرەمسىز؟</numerusform>
            <numerusform>%1 دىن %n تۈرنى ئەكىرەمسىز؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n row(s) was checked. Files already in the library are left as they are.</source>
        <translation>
            <numerusform>%n قۇرنىڭ ھەممىسى تەكشۈرۈلدى. ئامباردا بار ھۆججەتلەر ئۆز پېتى قالىدۇ.</numerusform>
            <numerusform>%n قۇرنىڭ ھەممىسى تەكشۈرۈلدى. ئامباردا بار ھۆججەتلەر ئۆز پېتى قالىدۇ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>ئەكىرىش</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 ئەكىرىلىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ئەمەلدىن قالدۇرۇش</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>ئەكىرىش ئەمەلدىن قالدۇرۇلدى. ھېچنېمە يېزىلمىدى.</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>ھېچنېمە يېزىلمىدى. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported from %1.</source>
        <translation>
            <numerusform>%1 دىن %n تۈر ئەكىرىلدى.</numerusform>
            <numerusform>%1 دىن %n تۈر ئەكىرىلدى.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the library and were left as they are.</source>
        <translation>
            <numerusform>%n ھۆججەت ئامباردا بار ئىدى، ئۆز پېتى قالدى.</numerusform>
            <numerusform>%n ھۆججەت ئامباردا بار ئىدى، ئۆز پېتى قالدى.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their text is being read now.</source>
        <translation>ئۇلارنىڭ تېكىستى ھازىر ئوقۇلۇۋاتىدۇ.</translation>
    </message>
    <message>
        <source>Spreadsheet Imported</source>
        <translation>جەدۋەل ئەكىرىلدى</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TagChipsWidget</name>
    <message>
        <source>Add a tag (Enter)</source>
        <translation>بەلگە قوشۇش (Enter)</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>%1 بەلگىسىنى ئېلىۋېتىش</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TagCommands</name>
    <message>
        <source>Tag with %1</source>
        <translation>%1 بەلگىسىنى قويۇش</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>%1 بەلگىسىنى ئېلىۋېتىش</translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>%1 بەلگىسىنىڭ ئىسمىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <source>Move tag %1</source>
        <translation>%1 بەلگىسىنى يۆتكەش</translation>
    </message>
    <message>
        <source>Colour of tag %1</source>
        <translation>%1 بەلگىسىنىڭ رەڭگى</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TestimonyRecordings</name>
    <message>
        <source>Recording of this testimony</source>
        <translation>بۇ گۇۋاھلىقنىڭ خاتىرىسى</translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation>&amp;خاتىرە:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TestimonyViewer</name>
    <message>
        <source>Interview</source>
        <translation>سۆھبەت</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ساقلاش</translation>
    </message>
    <message>
        <source>Witness identity (protected)</source>
        <translation>گۇۋاھچىنىڭ كىملىكى (قوغدىلىدۇ)</translation>
    </message>
    <message>
        <source>The witness&apos;s name and contact are hidden. Revealing them is recorded in the custody log.</source>
        <translation>گۇۋاھچىنىڭ ئىسمى ۋە ئالاقە ئۇچۇرى يوشۇرۇلغان. ئۇلارنى ئاشكارىلاش ساقلاش زەنجىرى خاتىرىسىگە خاتىرىلىنىدۇ.</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>ئاشكارىلاش…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>ئالاقە</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>يوشۇرۇش</translation>
    </message>
    <message>
        <source>No name or contact is recorded. Reveal to add them; this is recorded in the custody log.</source>
        <translation>ھېچقانداق ئىسىم ياكى ئالاقە ئۇچۇرى خاتىرىلەنمىگەن. ئۇلارنى قوشۇش ئۈچۈن ئاشكارىلاڭ؛ بۇ ساقلاش زەنجىرى خاتىرىسىگە خاتىرىلىنىدۇ.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ساقلاندى</translation>
    </message>
    <message>
        <source>Reveal the witness&apos;s identity?</source>
        <translation>گۇۋاھچىنىڭ كىملىكى ئاشكارىلانسۇنمۇ؟</translation>
    </message>
    <message>
        <source>The witness&apos;s name and contact will be shown on screen, and this will be recorded in the custody log. Make sure nobody else can see the screen.</source>
        <translation>گۇۋاھچىنىڭ ئىسمى ۋە ئالاقە ئۇچۇرى ئېكراندا كۆرسىتىلىدۇ، بۇ ساقلاش زەنجىرى خاتىرىسىگە خاتىرىلىنىدۇ. ئېكراننى باشقا ھېچكىمنىڭ كۆرەلمەيدىغانلىقىغا كاپالەتلىك قىلىڭ.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>ئاشكارىلاش</translation>
    </message>
    <message>
        <source>Name; other spelling; name in another script</source>
        <translation>ئىسىم؛ باشقا يېزىلىشى؛ باشقا يېزىقتىكى ئىسمى</translation>
    </message>
    <message>
        <source>Separate several names or spellings with &quot;;&quot; (Latin, Arabic script, Han, Cyrillic…): each is removed from bundles on its own.</source>
        <translation>بىر نەچچە ئىسىم ياكى يېزىلىشنى «;» بىلەن ئايرىڭ (لاتىن، ئەرەب يېزىقى، خەنزۇ، كىرىل…): ھەر بىرى توپلاملاردىن ئايرىم-ئايرىم چىقىرىۋېتىلىدۇ.</translation>
    </message>
    <message>
        <source>Phone; e-mail; address</source>
        <translation>تېلېفون؛ ئېلخەت؛ ئادرېس</translation>
    </message>
    <message>
        <source>Separate several contacts with &quot;;&quot;: each is removed from bundles on its own.</source>
        <translation>بىر نەچچە ئالاقە ئۇچۇرىنى «;» بىلەن ئايرىڭ: ھەر بىرى توپلاملاردىن ئايرىم-ئايرىم چىقىرىۋېتىلىدۇ.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TextViewer</name>
    <message>
        <source>No text was extracted from this item.</source>
        <translation>بۇ تۈردىن ھېچقانداق تېكىست ئاجرىتىلمىدى.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>تېپىلمىدى</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n ماس كېلىش</numerusform>
            <numerusform>%n ماس كېلىش</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::TranscriptPane</name>
    <message>
        <source>Transcript</source>
        <translation>يېزىق نۇسخىسى</translation>
    </message>
    <message>
        <source>Type or paste the transcript; it is saved as you go. While a recording plays, F9 writes its time, such as [01:25], and F8 pauses or resumes it; a click on a time plays from there.</source>
        <translation>يېزىق نۇسخىسىنى يېزىڭ ياكى چاپلاڭ؛ يازغانسېرى ساقلىنىدۇ. خاتىرە قويۇلۇۋاتقاندا F9 ئۇنىڭ ۋاقتىنى يازىدۇ، مەسىلەن [01:25]، F8 ئۇنى توختىتىدۇ ياكى داۋاملاشتۇرىدۇ؛ بىر ۋاقىتنى چەكسىڭىز شۇ يەردىن قويۇلىدۇ.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>تەھرىرلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>ساقلانمىدى: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>ساقلاندى</translation>
    </message>
</context>
<context>
    <name>amanat::ui::UnlockWidget</name>
    <message>
        <source>Unlock a library</source>
        <translation>ئامبارنىڭ قۇلۇپىنى ئېچىش</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>ئامبار قىسقۇچى</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>تاللاش…</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>&amp;ئامبار:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;مەخپىي ئىبارە:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;قۇلۇپنى ئېچىش</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>قۇلۇپ ئېچىلىۋاتىدۇ</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this library. Check it and try again.</source>
        <translation>بۇ مەخپىي ئىبارە بىلەن بۇ ئامبارنىڭ قۇلۇپىنى ئاچقىلى بولمايدۇ. ئۇنى تەكشۈرۈپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>This library is open in another program. Close it there, then try again.</source>
        <translation>بۇ ئامبار باشقا بىر پروگراممىدا ئوچۇق. ئۇنى ئۇ يەردە تاقاپ، ئاندىن قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>This library is damaged and cannot be opened safely. Restore it from a backup, or ask for help before changing anything in its folder.</source>
        <translation>بۇ ئامبار بۇزۇلغان، ئۇنى بىخەتەر ئاچقىلى بولمايدۇ. ئۇنى زاپاس نۇسخىدىن ئەسلىگە كەلتۈرۈڭ، ياكى قىسقۇچىدىكى ھەر قانداق نەرسىنى ئۆزگەرتىشتىن بۇرۇن ياردەم سوراڭ.</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library. Choose the folder of a library.</source>
        <translation>بۇ قىسقۇچ Amanat ئامبىرى ئەمەس. بىر ئامبارنىڭ قىسقۇچىنى تاللاڭ.</translation>
    </message>
    <message>
        <source>The library could not be opened.</source>
        <translation>ئامبارنى ئاچقىلى بولمىدى.</translation>
    </message>
    <message>
        <source>Choose a library folder</source>
        <translation>ئامبار قىسقۇچىنى تاللاش</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>يېقىنقى ئامبارلار</translation>
    </message>
    <message>
        <source>&amp;Recent libraries:</source>
        <translation>&amp;يېقىنقى ئامبارلار:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>ئەسلىگە كەلتۈرۈش &amp;ئاچقۇچى:</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>&amp;يېڭى ئامبار…</translation>
    </message>
    <message>
        <source>Demo library — passphrase: %1</source>
        <translation>كۆرسەتمە ئامبار — مەخپىي ئىبارە: %1</translation>
    </message>
    <message>
        <source>Unlock with the passphrase instead</source>
        <translation>ئۇنىڭ ئورنىغا مەخپىي ئىبارە بىلەن قۇلۇپنى ئېچىش</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Unlock with the recovery key</source>
        <translation>مەخپىي ئىبارىنى ئۇنتۇپ قالدىڭىزمۇ؟ ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن قۇلۇپنى ئېچىڭ</translation>
    </message>
    <message>
        <source>The recovery key does not unlock this library. Check each group and try again.</source>
        <translation>بۇ ئەسلىگە كەلتۈرۈش ئاچقۇچى بىلەن بۇ ئامبارنىڭ قۇلۇپىنى ئاچقىلى بولمايدۇ. ھەر بىر گۇرۇپپىنى تەكشۈرۈپ قايتا سىناڭ.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>قۇلۇپ ئېچىلىۋاتىدۇ…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::WelcomeWidget</name>
    <message>
        <source>Welcome to Amanat</source>
        <translation>Amanat قا خۇش كەلدىڭىز</translation>
    </message>
    <message>
        <source>Amanat keeps testimonies, documents, images and recordings in one encrypted library on this computer. Nothing is sent anywhere.</source>
        <translation>Amanat گۇۋاھلىق، ھۆججەت، رەسىم ۋە ئۈن-سىن خاتىرىلىرىنى بۇ كومپيۇتېردىكى شىفىرلانغان بىرلا ئامباردا ساقلايدۇ. ھېچنەرسە ھېچ يەرگە ئەۋەتىلمەيدۇ.</translation>
    </message>
    <message>
        <source>Create a new library</source>
        <translation>يېڭى ئامبار قۇرۇش</translation>
    </message>
    <message>
        <source>Choose a name, a folder and a passphrase. You will receive a recovery key to keep on paper.</source>
        <translation>ئىسىم، قىسقۇچ ۋە مەخپىي ئىبارە تاللاڭ. سىز قەغەزدە ساقلايدىغان ئەسلىگە كەلتۈرۈش ئاچقۇچىغا ئېرىشىسىز.</translation>
    </message>
    <message>
        <source>Open an existing library</source>
        <translation>مەۋجۇت ئامبارنى ئېچىش</translation>
    </message>
    <message>
        <source>Unlock a library folder that you or a colleague created before.</source>
        <translation>ئۆزىڭىز ياكى خىزمەتدىشىڭىز ئىلگىرى قۇرغان ئامبار قىسقۇچىنىڭ قۇلۇپىنى ئېچىش.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Preparing the demo library with invented sample files…</source>
        <translation>كۆرسەتمە ئامبار ئويدۇرما ئۈلگە ھۆججەتلەر بىلەن تەييارلىنىۋاتىدۇ…</translation>
    </message>
    <message>
        <source>Demo passphrase: %1</source>
        <translation>كۆرسەتمە مەخپىي ئىبارە: %1</translation>
    </message>
    <message>
        <source>Amanat: an encrypted archive for human-rights documentation.</source>
        <translation>Amanat: كىشىلىك ھوقۇق ھۆججەتلىرى ئۈچۈن شىفىرلانغان ئارخىپ.</translation>
    </message>
    <message>
        <source>Create a temporary demo library with invented sample files and open the app on it.</source>
        <translation>ئويدۇرما ئۈلگە ھۆججەتلەر بىلەن ۋاقىتلىق كۆرسەتمە ئامبار قۇرۇپ، ئەپنى ئۇنىڭدا ئېچىش.</translation>
    </message>
    <message>
        <source>A library folder.</source>
        <translation>ئامبار قىسقۇچى.</translation>
    </message>
</context>
</TS>
