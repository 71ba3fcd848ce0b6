<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug">
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
        <translation>ئامبار قۇرۇلدى: %1</translation>
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
        <translation type="unfinished">%1 نى ئوقۇغىلى بولمايدۇ: %2</translation>
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
        <translation type="unfinished">ئەكىرىش ئەمەلدىن قالدۇرۇلدى.</translation>
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
        <translation type="unfinished"></translation>
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
        <translation>بۇ ئورۇندا ئامبار يوق: %1</translation>
    </message>
    <message>
        <source>its bytes no longer match the SHA-256 recorded at import</source>
        <translation>ئۇنىڭ بايتلىرى ئەكىرگەندە خاتىرىلەنگەن SHA-256 قىممىتىگە ئەمدى ماس كەلمەيدۇ</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 ئاللىبۇرۇن مەۋجۇت؛ زاپاس نۇسخا ئۈچۈن يېڭى ئىسىم تاللاڭ.</translation>
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
</context>
<context>
    <name>ProgressReporter</name>
    <message>
        <source>Imported %1 of %2 files; extracted %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished">%1: %2</translation>
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
        <translation>بۇ ئەسلىگە كەلتۈرۈش ئاچقۇچى ئەمەس: ئۇ ھەر بىرى تۆت ھەرپ ۋە رەقەمدىن تەركىب تاپقان %1 گۇرۇپپا بولۇشى كېرەك.</translation>
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
        <translation>بۇ ئامبار Amanat نىڭ يېڭىراق نەشرى بىلەن قۇرۇلغان (قۇرۇلما نەشرى %1؛ بۇ نەشرى ئەڭ يۇقىرى %2 نى ئوقۇيالايدۇ). ئۇنى ئېچىش ئۈچۈن Amanat نى يېڭىلاڭ.</translation>
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
        <translation type="unfinished">%1: %2</translation>
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
    <name>TagRepository</name>
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
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>«%1» دېگەن بەلگە يوق.</translation>
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
        <translation type="unfinished">%1 نومۇرلۇق تۈرنىڭ ئەسلى ھۆججىتى يوق.</translation>
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
