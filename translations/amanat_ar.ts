<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BlobStore</name>
    <message>
        <source>A stored original is shorter than recorded.</source>
        <translation>أحد الملفات الأصلية المخزَّنة أقصر مما هو مسجَّل.</translation>
    </message>
    <message>
        <source>A part of a stored original is missing.</source>
        <translation>جزء من أحد الملفات الأصلية المخزَّنة مفقود.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>تعذّرت قراءة الملف: %1</translation>
    </message>
    <message>
        <source>Item %1 has no stored original.</source>
        <translation>لا يوجد ملف أصلي مخزَّن للعنصر %1.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Too few arguments.</source>
        <translation>عدد الوسائط أقل من اللازم.</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>عدد الوسائط أكثر من اللازم.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>عبارة المرور: </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item id (a positive number).</source>
        <translation>«%1» ليس معرِّف عنصر (يجب أن يكون عددًا موجبًا).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>إخراج النتائج بصيغة JSON.</translation>
    </message>
    <message>
        <source>
The passphrase is read from AMANAT_PASSPHRASE, else prompted on a terminal, else taken from the first line of standard input.
Exit codes: 0 success, 1 failure, 2 usage, 3 wrong passphrase or recovery key, 4 verify found a problem, 5 library in use.</source>
        <translation>
تُقرأ عبارة المرور من متغير البيئة AMANAT_PASSPHRASE، وإن لم يوجد تُطلب في الطرفية، وإن لم توجد طرفية تؤخذ من السطر الأول من الدخل القياسي.
رموز الخروج: 0 نجاح، 1 إخفاق، 2 خطأ في الاستخدام، 3 عبارة مرور أو مفتاح استرداد خاطئ، 4 وجد الأمر verify مشكلة، 5 المكتبة قيد الاستخدام.</translation>
    </message>
    <message>
        <source>Kind of the new items.</source>
        <translation>نوع العناصر الجديدة.</translation>
    </message>
    <message>
        <source>Title of the new items.</source>
        <translation>عنوان العناصر الجديدة.</translation>
    </message>
    <message>
        <source>Tag path (repeatable).</source>
        <translation>مسار الوسم (يمكن تكراره).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>«%1» ليس نوعًا من أنواع العناصر؛ استخدم أحد الأنواع التالية: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>«%1» ليس بالصيغة FIELD=VALUE.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; the fields are: %2.</source>
        <translation>«%1» ليس حقلًا؛ الحقول المتاحة هي: %2.</translation>
    </message>
    <message>
        <source>Overwrite DEST if it exists.</source>
        <translation>الكتابة فوق DEST إن كان موجودًا.</translation>
    </message>
    <message>
        <source>Deleted item %1.</source>
        <translation>حُذف العنصر %1.</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>عبارة المرور الجديدة: </translation>
    </message>
    <message>
        <source>Created the library %1.</source>
        <translation>أُنشئت المكتبة %1.</translation>
    </message>
    <message>
        <source>Write the recovery key on paper and keep it apart from this computer. It is shown only now; with it anyone can open the library.</source>
        <translation>اكتب مفتاح الاسترداد على ورقة واحفظها بعيدًا عن هذا الحاسوب. لن يُعرض المفتاح إلا الآن؛ وبه يستطيع أي شخص فتح المكتبة.</translation>
    </message>
    <message>
        <source>Database: ok</source>
        <translation>قاعدة البيانات: سليمة</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>قاعدة البيانات: %1</translation>
    </message>
    <message>
        <source>Originals: %1 checked, %2 damaged</source>
        <translation>الملفات الأصلية: عدد المفحوص %1، وعدد التالف %2</translation>
    </message>
    <message>
        <source>  item %1: %2</source>
        <translation>  العنصر %1: %2</translation>
    </message>
    <message>
        <source>Custody log: ok (%1 events)</source>
        <translation>سجل سلسلة العهدة: سليم (عدد الأحداث: %1)</translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation>سجل سلسلة العهدة: %1</translation>
    </message>
    <message>
        <source>The library failed verification.</source>
        <translation>لم تجتز المكتبة التحقق.</translation>
    </message>
    <message>
        <source>The passphrase was changed; the old one no longer opens this library.</source>
        <translation>تم تغيير عبارة المرور؛ لم تعد العبارة القديمة تفتح هذه المكتبة.</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>مفتاح الاسترداد: </translation>
    </message>
    <message>
        <source>WARNING: these lines open the whole library without the passphrase. Do not save them in a file, a chat or a shell history. Paste them into `sqlcipher library.db` to read the data with standard tools.</source>
        <translation>تحذير: هذه الأسطر تفتح المكتبة كلها دون عبارة المرور. لا تحفظها في ملف أو محادثة أو في سجل أوامر الصدفة (shell). الصقها في `sqlcipher library.db` لقراءة البيانات بالأدوات القياسية.</translation>
    </message>
    <message>
        <source>Backed up to %1; it opens with the same passphrase and recovery key.</source>
        <translation>حُفظت النسخة الاحتياطية في %1؛ وهي تُفتح بعبارة المرور نفسها ومفتاح الاسترداد نفسه.</translation>
    </message>
    <message>
        <source>Tag path to add (repeatable).</source>
        <translation>مسار الوسم المراد إضافته (يمكن تكراره).</translation>
    </message>
    <message>
        <source>Tag path to remove (repeatable).</source>
        <translation>مسار الوسم المراد إزالته (يمكن تكراره).</translation>
    </message>
    <message>
        <source>Give at least one --add or --remove.</source>
        <translation>حدّد الخيار --add أو --remove مرة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; run amanat-cli help.</source>
        <translation>«%1» ليس أمرًا؛ شغّل amanat-cli help.</translation>
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
        <translation type="unfinished">تتعذّر قراءة %1: %2</translation>
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
        <translation type="unfinished">أُلغي الاستيراد.</translation>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation>حدث سلسلة العهدة رقم %1 مفقود</translation>
    </message>
    <message>
        <source>custody event %1 does not follow the one before it</source>
        <translation>حدث سلسلة العهدة رقم %1 لا يتّصل بالحدث الذي يسبقه</translation>
    </message>
    <message>
        <source>custody event %1 was altered</source>
        <translation>عُدِّل حدث سلسلة العهدة رقم %1</translation>
    </message>
    <message>
        <source>the end of the custody log was cut off or rewritten</source>
        <translation>نهاية سجل سلسلة العهدة قُطعت أو أُعيدت كتابتها</translation>
    </message>
    <message>
        <source>the custody log&apos;s write protection was removed</source>
        <translation>أُزيلت حماية سجل سلسلة العهدة من الكتابة</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The library database is missing.</source>
        <translation>قاعدة بيانات المكتبة مفقودة.</translation>
    </message>
    <message>
        <source>Amanat was built without SQLCipher encryption; refusing to open the library.</source>
        <translation>بُني Amanat دون تشفير SQLCipher؛ لذا يرفض فتح المكتبة.</translation>
    </message>
    <message>
        <source>The database key could not be set.</source>
        <translation>تعذّر تعيين مفتاح قاعدة البيانات.</translation>
    </message>
    <message>
        <source>The database setting %1 could not be applied (it reads &quot;%2&quot;, expected &quot;%3&quot;); refusing to continue.</source>
        <translation>تعذّر تطبيق إعداد قاعدة البيانات %1 (قيمته «%2» والمتوقَّع «%3»)؛ لذا يرفض Amanat المتابعة.</translation>
    </message>
    <message>
        <source>The library database failed its integrity check.</source>
        <translation>أخفقت قاعدة بيانات المكتبة في فحص السلامة.</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved and the library is unchanged.</source>
        <translation>القرص ممتلئ؛ لم يُحفظ التغيير وبقيت المكتبة دون تغيير.</translation>
    </message>
    <message>
        <source>The library database is damaged or was modified outside Amanat.</source>
        <translation>قاعدة بيانات المكتبة تالفة أو عُدِّلت خارج Amanat.</translation>
    </message>
    <message>
        <source>The library is in use by another process.</source>
        <translation>المكتبة قيد الاستخدام من قِبل عملية أخرى.</translation>
    </message>
    <message>
        <source>The library cannot be written: the folder is read-only, missing or not accessible.</source>
        <translation>تتعذّر الكتابة في المكتبة: المجلد للقراءة فقط، أو غير موجود، أو لا يمكن الوصول إليه.</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library (was the drive removed?).</source>
        <translation>أبلغ القرص عن خطأ أثناء قراءة المكتبة أو الكتابة فيها (هل فُصل محرك الأقراص؟).</translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation>الذاكرة غير كافية.</translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation>يتعارض التغيير مع بيانات موجودة.</translation>
    </message>
    <message>
        <source>Unexpected database error (%1).</source>
        <translation>خطأ غير متوقَّع في قاعدة البيانات (%1).</translation>
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
        <translation>«%1» ليس تاريخًا؛ اكتبه بالصيغة YYYY أو YYYY-MM أو YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range; this field takes a single date.</source>
        <translation>«%1» نطاق زمني؛ وهذا الحقل لا يقبل إلا تاريخًا واحدًا.</translation>
    </message>
    <message>
        <source>The date range &quot;%1&quot; ends before it starts.</source>
        <translation>نطاق التاريخ «%1» ينتهي قبل أن يبدأ.</translation>
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
        <translation>%1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder.</source>
        <translation>%1 ليس ملفًا ولا مجلدًا.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ليس ملفًا.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>The value for %1 contains a NUL character.</source>
        <translation>تحتوي قيمة %1 على المحرف NUL.</translation>
    </message>
    <message>
        <source>The value for %1 is too long (at most %2 characters).</source>
        <translation>قيمة %1 طويلة جدًا (الحد الأقصى: %2 محرف).</translation>
    </message>
    <message>
        <source>An item must have a kind.</source>
        <translation>يجب أن يكون للعنصر نوع.</translation>
    </message>
    <message>
        <source>The value for %1 must be a single line.</source>
        <translation>يجب أن تكون قيمة %1 سطرًا واحدًا.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>«%1» ليس نوعًا من أنواع العناصر؛ استخدم أحد الأنواع التالية: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; use a code such as en, zh, ug or ar-SY.</source>
        <translation>«%1» ليس رمز لغة؛ استخدم رمزًا مثل en أو zh أو ug أو ar-SY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it should start with https:// or similar).</source>
        <translation>«%1» ليس عنوان ويب (يجب أن يبدأ بـ https:// أو ما يشبهه).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consent scope; use any of: %2.</source>
        <translation>«%1» ليس نطاق موافقة؛ استخدم أيًّا مما يلي: %2.</translation>
    </message>
</context>
<context>
    <name>ItemRepository</name>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>«%1» ليس نوعًا من أنواع العناصر؛ استخدم أحد الأنواع التالية: %2.</translation>
    </message>
    <message>
        <source>There is no item %1 in this library.</source>
        <translation>لا يوجد عنصر برقم %1 في هذه المكتبة.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; the fields are: %2.</source>
        <translation>«%1» ليس حقلًا؛ الحقول المتاحة هي: %2.</translation>
    </message>
    <message>
        <source>%1 applies only to testimony items; set kind=testimony first.</source>
        <translation>لا ينطبق %1 إلا على عناصر الشهادات؛ عيّن kind=testimony أولًا.</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The key-slot file of this library is damaged or was modified.</source>
        <translation>ملف خانات المفاتيح في هذه المكتبة تالف أو عُدِّل.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).</source>
        <translation>الذاكرة غير كافية لاشتقاق المفتاح من عبارة المرور (يحتاج Argon2id إلى %1 MiB).</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library (it has no key-slot file).</source>
        <translation>هذا المجلد ليس مكتبة Amanat (لا يحتوي على ملف خانات المفاتيح).</translation>
    </message>
    <message>
        <source>The key-slot file cannot be read: %1</source>
        <translation>تتعذّر قراءة ملف خانات المفاتيح: %1</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library (its key-slot file is not recognised).</source>
        <translation>هذا المجلد ليس مكتبة Amanat (تعذّر التعرّف على ملف خانات المفاتيح فيه).</translation>
    </message>
    <message>
        <source>This library was made by a newer version of Amanat (key-slot format %1).</source>
        <translation>أُنشئت هذه المكتبة بإصدار أحدث من Amanat (صيغة خانات المفاتيح %1).</translation>
    </message>
    <message>
        <source>This library has no slot for that kind of key.</source>
        <translation>لا توجد في هذه المكتبة خانة لهذا النوع من المفاتيح.</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>عبارة المرور خاطئة.</translation>
    </message>
    <message>
        <source>The recovery key is wrong.</source>
        <translation>مفتاح الاسترداد خاطئ.</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The library database is not encrypted; refusing to use it.</source>
        <translation>قاعدة بيانات المكتبة غير مشفّرة؛ لذا يرفض Amanat استخدامها.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters, better a sentence of several words.</source>
        <translation>عبارة المرور قصيرة جدًا: استخدم ما لا يقل عن %1 محرف، والأفضل جملة من عدة كلمات.</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; choose a new folder.</source>
        <translation>%1 موجود مسبقًا وليس فارغًا؛ اختر مجلدًا جديدًا.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>لا توجد مكتبة في %1.</translation>
    </message>
    <message>
        <source>its bytes no longer match the SHA-256 recorded at import</source>
        <translation>لم تعد بايتاته تطابق قيمة SHA-256 المسجَّلة عند الاستيراد</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 موجود مسبقًا؛ اختر اسمًا جديدًا للنسخة الاحتياطية.</translation>
    </message>
</context>
<context>
    <name>LibraryLock</name>
    <message>
        <source>The library&apos;s lock file</source>
        <translation>ملف قفل المكتبة</translation>
    </message>
    <message>
        <source>The library is in use by another process; close it there first.</source>
        <translation>المكتبة قيد الاستخدام من قِبل عملية أخرى؛ أغلقها هناك أولًا.</translation>
    </message>
</context>
<context>
    <name>OriginalExporter</name>
    <message>
        <source>Item %1 has no original file.</source>
        <translation>لا يوجد ملف أصلي للعنصر %1.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 موجود مسبقًا؛ اختر اسمًا آخر أو اسمح بالكتابة فوقه.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>The stored original of item %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة الملف الأصلي المخزَّن للعنصر %1: %2</translation>
    </message>
    <message>
        <source>The stored original of item %1 no longer matches its SHA-256; nothing was written. Run verify.</source>
        <translation>لم يعد الملف الأصلي المخزَّن للعنصر %1 يطابق قيمة SHA-256 الخاصة به؛ لم يُكتب أي شيء. شغّل الأمر verify.</translation>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
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
        <translation>هذا ليس مفتاح استرداد: يجب أن يتألف من %1 مجموعة، كلٌّ منها أربعة أحرف وأرقام.</translation>
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
        <translation>أُنشئت هذه المكتبة بإصدار أحدث من Amanat (المخطط %1؛ وهذا الإصدار يقرأ حتى المخطط %2). حدِّث Amanat لفتحها.</translation>
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
        <translation>عبارة المرور طويلة جدًا.</translation>
    </message>
    <message>
        <source>No passphrase given: set AMANAT_PASSPHRASE, type it at the prompt, or pass it on standard input.</source>
        <translation>لم تُقدَّم عبارة مرور: عيّن AMANAT_PASSPHRASE، أو اكتبها عند الطلب، أو مرّرها عبر الدخل القياسي.</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>أعد إدخالها: </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>عبارتا المرور غير متطابقتين؛ لم يُغيَّر شيء.</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>&quot;%1&quot; is not a tag path: a level is empty (write it as Parent/Child).</source>
        <translation>«%1» ليس مسار وسم: أحد المستويات فارغ (اكتبه بالصيغة أصل/فرع).</translation>
    </message>
    <message>
        <source>A tag name is too long (at most %1 characters).</source>
        <translation>اسم الوسم طويل جدًا (الحد الأقصى: %1 محرف).</translation>
    </message>
    <message>
        <source>A tag name may not contain control characters.</source>
        <translation>لا يجوز أن يحتوي اسم الوسم على محارف تحكّم.</translation>
    </message>
    <message>
        <source>The tag path is nested too deeply (at most %1 levels).</source>
        <translation>مسار الوسم متداخل بعمق زائد (الحد الأقصى: %1 مستوى).</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>لا يوجد وسم باسم «%1».</translation>
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
        <translation>القرص ممتلئ؛ لم تتمّ كتابة %1.</translation>
    </message>
    <message>
        <source>%1 cannot be written: permission denied or the disk is read-only.</source>
        <translation>تتعذّر كتابة %1: الإذن مرفوض أو القرص للقراءة فقط.</translation>
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
        <translation type="unfinished">لا يوجد ملف أصلي للعنصر %1.</translation>
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
            <numerusform></numerusform>
            <numerusform></numerusform>
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
