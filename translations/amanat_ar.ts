<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>BagExporter</name>
    <message>
        <source>The folder for %1 cannot be made.</source>
        <translation>تعذّر إنشاء المجلد الخاص بـ %1.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new folder for the bag.</source>
        <translation>%1 موجود من قبل؛ اختر مجلدًا جديدًا لحقيبة BagIt.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>تعذّر حذف %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>Items exported from an Amanat library: %1.</source>
        <translation>عناصر مصدَّرة من مكتبة Amanat: %1.</translation>
    </message>
    <message>
        <source>The bag could not be moved to %1.</source>
        <translation>تعذّر نقل حقيبة BagIt إلى %1.</translation>
    </message>
</context>
<context>
    <name>BlobDevice</name>
    <message>
        <source>Item %1 has no stored original.</source>
        <translation>لا يوجد ملف أصلي مخزَّن للعنصر %1.</translation>
    </message>
    <message>
        <source>The original is closed.</source>
        <translation>الملف الأصلي مغلق.</translation>
    </message>
    <message>
        <source>A part of a stored original is missing.</source>
        <translation>جزء من أحد الملفات الأصلية المخزَّنة مفقود.</translation>
    </message>
    <message>
        <source>A stored original is shorter than recorded.</source>
        <translation>أحد الملفات الأصلية المخزَّنة أقصر مما هو مسجَّل.</translation>
    </message>
</context>
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
    <name>BundleExporter</name>
    <message>
        <source>The Bates prefix must be 1 to 16 letters, digits or underscores.</source>
        <translation>يجب أن تتألف بادئة Bates من 1 إلى 16 حرفًا أو رقمًا أو شرطة سفلية.</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2)</source>
        <translation>المستند %1 (العنصر %2)</translation>
    </message>
    <message>
        <source>The original of %1 could not be read in full.</source>
        <translation>تعذّرت قراءة الملف الأصلي لـ %1 كاملًا.</translation>
    </message>
    <message numerus="yes">
        <source>Exhibit %1 asks for pages %2–%3, but its PDF has %n page(s).</source>
        <translation>
            <numerusform>يطلب المستند %1 الصفحات %2–%3، لكن ملف PDF الخاص به يحتوي على %n صفحة.</numerusform>
            <numerusform>يطلب المستند %1 الصفحات %2–%3، لكن ملف PDF الخاص به يحتوي على صفحة واحدة فقط.</numerusform>
            <numerusform>يطلب المستند %1 الصفحات %2–%3، لكن ملف PDF الخاص به يحتوي على صفحتين فقط.</numerusform>
            <numerusform>يطلب المستند %1 الصفحات %2–%3، لكن ملف PDF الخاص به يحتوي على %n صفحات.</numerusform>
            <numerusform>يطلب المستند %1 الصفحات %2–%3، لكن ملف PDF الخاص به يحتوي على %n صفحة.</numerusform>
            <numerusform>يطلب المستند %1 الصفحات %2–%3، لكن ملف PDF الخاص به يحتوي على %n صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>النص المفرَّغ</translation>
    </message>
    <message>
        <source>Transcript — witness %1</source>
        <translation>النص المفرَّغ — الشاهد %1</translation>
    </message>
    <message>
        <source>Text of the original file (as extracted)</source>
        <translation>نص الملف الأصلي (كما استُخرج)</translation>
    </message>
    <message>
        <source>(No text could be extracted from this file. The original is identified by its SHA-256 on the exhibit sheet.)</source>
        <translation>(تعذّر استخراج أي نص من هذا الملف. يُعرَّف الملف الأصلي بقيمة SHA-256 الخاصة به في ورقة المستند.)</translation>
    </message>
    <message>
        <source>The pages of %1 were not prepared.</source>
        <translation>لم تُجهَّز صفحات %1.</translation>
    </message>
    <message>
        <source>Exhibit %1 has no pages in the range asked for.</source>
        <translation>لا توجد في المستند %1 صفحات ضمن النطاق المطلوب.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message>
        <source>The first Bates number must be 1 or more.</source>
        <translation>يجب أن يكون رقم Bates الأول 1 أو أكثر.</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new folder for the bundle.</source>
        <translation>%1 موجود مسبقًا وليس مجلدًا فارغًا؛ اختر مجلدًا جديدًا للحزمة.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>Preparing exhibit %1 (%2 of %3)…</source>
        <translation>جارٍ تجهيز المستند %1 (%2 من %3)…</translation>
    </message>
    <message numerus="yes">
        <source>Preparing the pages of %n original(s)…</source>
        <translation>
            <numerusform>جارٍ تجهيز صفحات %n ملف أصلي…</numerusform>
            <numerusform>جارٍ تجهيز صفحات ملف أصلي واحد…</numerusform>
            <numerusform>جارٍ تجهيز صفحات ملفين أصليين…</numerusform>
            <numerusform>جارٍ تجهيز صفحات %n ملفات أصلية…</numerusform>
            <numerusform>جارٍ تجهيز صفحات %n ملفًا أصليًا…</numerusform>
            <numerusform>جارٍ تجهيز صفحات %n ملف أصلي…</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared with Amanat %1 on %2 UTC.</source>
        <translation>جُهِّز باستخدام Amanat %1 في %2 بالتوقيت العالمي المنسَّق (UTC).</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n page(s)…</source>
        <translation>
            <numerusform>جارٍ رسم %n صفحة…</numerusform>
            <numerusform>جارٍ رسم صفحة واحدة…</numerusform>
            <numerusform>جارٍ رسم صفحتين…</numerusform>
            <numerusform>جارٍ رسم %n صفحات…</numerusform>
            <numerusform>جارٍ رسم %n صفحة…</numerusform>
            <numerusform>جارٍ رسم %n صفحة…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>المستند %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation>تعذّر إنشاء مجلد في %1.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>جارٍ كتابة %1…</translation>
    </message>
    <message>
        <source>%1 is larger than the size limit: one exhibit alone exceeds it. Ask the court how to file it.</source>
        <translation>%1 أكبر من حد الحجم: مستند واحد وحده يتجاوزه. اسأل المحكمة عن طريقة إيداعه.</translation>
    </message>
    <message>
        <source>Signing the manifest…</source>
        <translation>جارٍ توقيع ملف البيان…</translation>
    </message>
    <message>
        <source>Could not replace the empty folder %1.</source>
        <translation>تعذّر استبدال المجلد الفارغ %1.</translation>
    </message>
    <message>
        <source>Could not move the bundle into %1.</source>
        <translation>تعذّر نقل الحزمة إلى %1.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>الغلاف</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>الفهرس</translation>
    </message>
    <message>
        <source>%1–%2 (%3 to %4)</source>
        <translation>%1–%2 (%3 إلى %4)</translation>
    </message>
    <message>
        <source>pages %1–%2 of the original</source>
        <translation>الصفحات %1–%2 من الملف الأصلي</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 إلى %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the library&apos;s hash-chained log. First: %1 on %2 by %3. Latest: %4 on %5. Latest event hash: %6.</source>
        <translation>
            <numerusform>%n حدث في السجل المتسلسل بالتجزئة للمكتبة. الأول: %1 في %2 بواسطة %3. الأحدث: %4 في %5. تجزئة الحدث الأحدث: %6.</numerusform>
            <numerusform>حدث واحد في السجل المتسلسل بالتجزئة للمكتبة. الأول: %1 في %2 بواسطة %3. الأحدث: %4 في %5. تجزئة الحدث الأحدث: %6.</numerusform>
            <numerusform>حدثان في السجل المتسلسل بالتجزئة للمكتبة. الأول: %1 في %2 بواسطة %3. الأحدث: %4 في %5. تجزئة الحدث الأحدث: %6.</numerusform>
            <numerusform>%n أحداث في السجل المتسلسل بالتجزئة للمكتبة. الأول: %1 في %2 بواسطة %3. الأحدث: %4 في %5. تجزئة الحدث الأحدث: %6.</numerusform>
            <numerusform>%n حدثًا في السجل المتسلسل بالتجزئة للمكتبة. الأول: %1 في %2 بواسطة %3. الأحدث: %4 في %5. تجزئة الحدث الأحدث: %6.</numerusform>
            <numerusform>%n حدث في السجل المتسلسل بالتجزئة للمكتبة. الأول: %1 في %2 بواسطة %3. الأحدث: %4 في %5. تجزئة الحدث الأحدث: %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>القسم</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Author / source</source>
        <translation>المؤلف / المصدر</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>عنوان المصدر</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>عنوان URL</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Witness code</source>
        <translation>رمز الشاهد</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>الملف الأصلي</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>قيمة SHA-256 للملف الأصلي</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>تاريخ الجمع</translation>
    </message>
    <message>
        <source>In this bundle</source>
        <translation>في هذه الحزمة</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>المقتطف</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>المقطع</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>سلسلة العهدة</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (تابع)</translation>
    </message>
    <message>
        <source>Native file</source>
        <translation>الملف بصيغته الأصلية</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>المدة</translation>
    </message>
    <message>
        <source>Segment relied on</source>
        <translation>المقطع المعتمَد عليه</translation>
    </message>
    <message>
        <source>the whole recording</source>
        <translation>التسجيل بأكمله</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n بايت</numerusform>
            <numerusform>بايت واحد</numerusform>
            <numerusform>بايتان</numerusform>
            <numerusform>%n بايتات</numerusform>
            <numerusform>%n بايتًا</numerusform>
            <numerusform>%n بايت</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Video and audio cannot be placed in a filed PDF. The native file accompanies this bundle; its SHA-256 is listed in manifest.json.</source>
        <translation>لا يمكن وضع الفيديو والصوت في ملف PDF مودَع. يرافق الملفُ بصيغته الأصلية هذه الحزمةَ، وقيمة SHA-256 الخاصة به مدرجة في manifest.json.</translation>
    </message>
    <message>
        <source>Video exhibit %1</source>
        <translation>مستند الفيديو %1</translation>
    </message>
    <message>
        <source>Audio exhibit %1</source>
        <translation>مستند الصوت %1</translation>
    </message>
    <message>
        <source>Redaction: names and contacts of protected people, and redacted text, were removed from every page, and the finished bundle was read back (text and OCR of every page image) to check that none is legible. Each exhibit sheet says what was removed and who reviewed it.</source>
        <translation>الحجب: أُزيلت أسماء الأشخاص المحميين وبيانات الاتصال بهم، والنصوص المحجوبة، من كل صفحة، ثم أُعيدت قراءة الحزمة المكتملة (النص والتعرّف الضوئي OCR لصورة كل صفحة) للتحقق من أن شيئًا منها لم يعد مقروءًا. وتذكر ورقة كل مستند ما أُزيل ومن راجعه.</translation>
    </message>
    <message>
        <source>A test setting turned redactor strategies off: %1.</source>
        <translation>عطّل إعدادٌ تجريبي استراتيجياتِ أداة الحجب التالية: %1.</translation>
    </message>
    <message>
        <source>Checking the finished bundle for protected names…</source>
        <translation>جارٍ فحص الحزمة المكتملة بحثًا عن أسماء محمية…</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>الحجب</translation>
    </message>
    <message>
        <source>No OCR language is installed, so page images cannot be checked for protected names. Install tesseract-ocr-eng.</source>
        <translation>لا توجد لغة OCR مثبَّتة، لذا لا يمكن فحص صور الصفحات بحثًا عن أسماء محمية. ثبّت tesseract-ocr-eng.</translation>
    </message>
    <message>
        <source>Protected names are written in %1 script, which OCR cannot read on this computer, so page images cannot be checked for them. Install %2.</source>
        <translation>الأسماء المحمية مكتوبة بالخط %1 الذي لا يستطيع OCR قراءته على هذا الحاسوب، لذا لا يمكن فحص صور الصفحات بحثًا عنها. ثبّت %2.</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2) page %3: %4</source>
        <translation>المستند %1 (العنصر %2) الصفحة %3: %4</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>؛ و%n غيرها</numerusform>
            <numerusform>؛ وواحد آخر</numerusform>
            <numerusform>؛ واثنان آخران</numerusform>
            <numerusform>؛ و%n أخرى</numerusform>
            <numerusform>؛ و%n غيرها</numerusform>
            <numerusform>؛ و%n غيرها</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) await redaction review: %1. Check the proposed boxes in the app (dossier → Review redactions) or with amanat-cli redact-preview, then approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…); or export anyway with --accept-unreviewed, which is logged and printed on the exhibit sheets.</source>
        <translation>
            <numerusform>%n صفحة بانتظار مراجعة الحجب: %1. تحقّق من المربعات المقترحة في التطبيق (ملف القضية ← مراجعة الحجب) أو باستخدام amanat-cli redact-preview، ثم اعتمدها (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)؛ أو صدِّر رغم ذلك باستخدام --accept-unreviewed، وهو ما يُسجَّل ويُطبع في أوراق المستندات.</numerusform>
            <numerusform>صفحة واحدة بانتظار مراجعة الحجب: %1. تحقّق من المربعات المقترحة في التطبيق (ملف القضية ← مراجعة الحجب) أو باستخدام amanat-cli redact-preview، ثم اعتمدها (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)؛ أو صدِّر رغم ذلك باستخدام --accept-unreviewed، وهو ما يُسجَّل ويُطبع في أوراق المستندات.</numerusform>
            <numerusform>صفحتان بانتظار مراجعة الحجب: %1. تحقّق من المربعات المقترحة في التطبيق (ملف القضية ← مراجعة الحجب) أو باستخدام amanat-cli redact-preview، ثم اعتمدها (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)؛ أو صدِّر رغم ذلك باستخدام --accept-unreviewed، وهو ما يُسجَّل ويُطبع في أوراق المستندات.</numerusform>
            <numerusform>%n صفحات بانتظار مراجعة الحجب: %1. تحقّق من المربعات المقترحة في التطبيق (ملف القضية ← مراجعة الحجب) أو باستخدام amanat-cli redact-preview، ثم اعتمدها (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)؛ أو صدِّر رغم ذلك باستخدام --accept-unreviewed، وهو ما يُسجَّل ويُطبع في أوراق المستندات.</numerusform>
            <numerusform>%n صفحة بانتظار مراجعة الحجب: %1. تحقّق من المربعات المقترحة في التطبيق (ملف القضية ← مراجعة الحجب) أو باستخدام amanat-cli redact-preview، ثم اعتمدها (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)؛ أو صدِّر رغم ذلك باستخدام --accept-unreviewed، وهو ما يُسجَّل ويُطبع في أوراق المستندات.</numerusform>
            <numerusform>%n صفحة بانتظار مراجعة الحجب: %1. تحقّق من المربعات المقترحة في التطبيق (ملف القضية ← مراجعة الحجب) أو باستخدام amanat-cli redact-preview، ثم اعتمدها (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)؛ أو صدِّر رغم ذلك باستخدام --accept-unreviewed، وهو ما يُسجَّل ويُطبع في أوراق المستندات.</numerusform>
        </translation>
    </message>
    <message>
        <source>exhibit %1 (item %2) page %3: the redactor found a protected name in the page image</source>
        <translation>المستند %1 (العنصر %2) الصفحة %3: عثرت أداة الحجب على اسم محمي في صورة الصفحة</translation>
    </message>
    <message numerus="yes">
        <source>%n more page(s) await redaction review: %1. Review and approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…), or export with --accept-unreviewed.</source>
        <translation>
            <numerusform>%n صفحة أخرى بانتظار مراجعة الحجب: %1. راجعها واعتمدها (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)، أو صدِّر باستخدام --accept-unreviewed.</numerusform>
            <numerusform>صفحة أخرى واحدة بانتظار مراجعة الحجب: %1. راجعها واعتمدها (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)، أو صدِّر باستخدام --accept-unreviewed.</numerusform>
            <numerusform>صفحتان أخريان بانتظار مراجعة الحجب: %1. راجعهما واعتمدهما (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)، أو صدِّر باستخدام --accept-unreviewed.</numerusform>
            <numerusform>%n صفحات أخرى بانتظار مراجعة الحجب: %1. راجعها واعتمدها (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)، أو صدِّر باستخدام --accept-unreviewed.</numerusform>
            <numerusform>%n صفحة أخرى بانتظار مراجعة الحجب: %1. راجعها واعتمدها (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)، أو صدِّر باستخدام --accept-unreviewed.</numerusform>
            <numerusform>%n صفحة أخرى بانتظار مراجعة الحجب: %1. راجعها واعتمدها (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…)، أو صدِّر باستخدام --accept-unreviewed.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not redacted in this dossier by the user&apos;s recorded choice: %1.</source>
        <translation>لم يُحجب في ملف القضية هذا بناءً على اختيار المستخدم المسجَّل: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) removed automatically</source>
        <translation>
            <numerusform>%n منطقة أُزيلت تلقائيًا</numerusform>
            <numerusform>منطقة واحدة أُزيلت تلقائيًا</numerusform>
            <numerusform>منطقتان أُزيلتا تلقائيًا</numerusform>
            <numerusform>%n مناطق أُزيلت تلقائيًا</numerusform>
            <numerusform>%n منطقة أُزيلت تلقائيًا</numerusform>
            <numerusform>%n منطقة أُزيلت تلقائيًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) marked by hand</source>
        <translation>
            <numerusform>%n منطقة حُدِّدت يدويًا</numerusform>
            <numerusform>منطقة واحدة حُدِّدت يدويًا</numerusform>
            <numerusform>منطقتان حُدِّدتا يدويًا</numerusform>
            <numerusform>%n مناطق حُدِّدت يدويًا</numerusform>
            <numerusform>%n منطقة حُدِّدت يدويًا</numerusform>
            <numerusform>%n منطقة حُدِّدت يدويًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) removed from the text</source>
        <translation>
            <numerusform>%n مقطع أُزيل من النص</numerusform>
            <numerusform>مقطع واحد أُزيل من النص</numerusform>
            <numerusform>مقطعان أُزيلا من النص</numerusform>
            <numerusform>%n مقاطع أُزيلت من النص</numerusform>
            <numerusform>%n مقطعًا أُزيل من النص</numerusform>
            <numerusform>%n مقطع أُزيل من النص</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic area(s) left visible by the reviewer</source>
        <translation>
            <numerusform>%n منطقة تلقائية تركها المراجع ظاهرة</numerusform>
            <numerusform>منطقة تلقائية واحدة تركها المراجع ظاهرة</numerusform>
            <numerusform>منطقتان تلقائيتان تركهما المراجع ظاهرتين</numerusform>
            <numerusform>%n مناطق تلقائية تركها المراجع ظاهرة</numerusform>
            <numerusform>%n منطقة تلقائية تركها المراجع ظاهرة</numerusform>
            <numerusform>%n منطقة تلقائية تركها المراجع ظاهرة</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed removing: no protected name, contact or marked area was found.</source>
        <translation>لم يكن هناك ما يلزم إزالته: لم يُعثر على أي اسم محمي أو بيانات اتصال محمية أو منطقة محدَّدة.</translation>
    </message>
    <message>
        <source>Removed to protect: %1.</source>
        <translation>أُزيل لحماية: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) reviewed by %1; last on %2.</source>
        <translation>
            <numerusform>راجع %1 %n صفحة؛ آخرها في %2.</numerusform>
            <numerusform>راجع %1 صفحة واحدة؛ آخرها في %2.</numerusform>
            <numerusform>راجع %1 صفحتين؛ آخرها في %2.</numerusform>
            <numerusform>راجع %1 %n صفحات؛ آخرها في %2.</numerusform>
            <numerusform>راجع %1 %n صفحة؛ آخرها في %2.</numerusform>
            <numerusform>راجع %1 %n صفحة؛ آخرها في %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT REVIEWED by a person: page(s) %1 of the original, exported with --accept-unreviewed by %2 on %3.</source>
        <translation>لم يراجعها أي شخص: الصفحة (الصفحات) %1 من الملف الأصلي، صُدِّرت باستخدام --accept-unreviewed بواسطة %2 في %3.</translation>
    </message>
    <message>
        <source>The original in the library is unchanged.</source>
        <translation>الملف الأصلي في المكتبة لم يتغيّر.</translation>
    </message>
    <message>
        <source>a protected string</source>
        <translation>سلسلة نصية محمية</translation>
    </message>
    <message>
        <source>a protected name of %1</source>
        <translation>اسم محمي لـ %1</translation>
    </message>
    <message>
        <source>a protected contact of %1</source>
        <translation>بيانات اتصال محمية لـ %1</translation>
    </message>
    <message>
        <source>a redacted text</source>
        <translation>نص محجوب</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), its native file %3: %4 in %5 (the recording&apos;s container metadata or its content); export a copy without metadata or leave the exhibit out</source>
        <translation>المستند %1 (العنصر %2)، ملفه بصيغته الأصلية %3: %4 في %5 (البيانات الوصفية لحاوية التسجيل أو محتواه)؛ صدِّر نسخة دون بيانات وصفية أو استبعد المستند</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 في %3</translation>
    </message>
    <message>
        <source>the bundle folder</source>
        <translation>مجلد الحزمة</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
    <message>
        <source>page %1 (%2) of %3</source>
        <translation>الصفحة %1 (%2) من %3</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), page %3 of the original, on %4</source>
        <translation>المستند %1 (العنصر %2)، الصفحة %3 من الملف الأصلي، في %4</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), on %3</source>
        <translation>المستند %1 (العنصر %2)، في %3</translation>
    </message>
    <message>
        <source>%1: %2 is legible in %3</source>
        <translation>%1: %2 مقروء في %3</translation>
    </message>
    <message numerus="yes">
        <source>The leak check read the finished bundle back and found %n protected string(s) still legible, so no bundle was written: %1. Mark the place to cover (redact --rect, or the redaction review) and export again.</source>
        <translation>
            <numerusform>أعاد فحص التسرّب قراءة الحزمة المكتملة فوجد %n سلسلة نصية محمية لا تزال مقروءة، لذا لم تُكتب أي حزمة: %1. حدِّد الموضع المراد تغطيته (redact --rect، أو مراجعة الحجب) ثم صدِّر مجددًا.</numerusform>
            <numerusform>أعاد فحص التسرّب قراءة الحزمة المكتملة فوجد سلسلة نصية محمية واحدة لا تزال مقروءة، لذا لم تُكتب أي حزمة: %1. حدِّد الموضع المراد تغطيته (redact --rect، أو مراجعة الحجب) ثم صدِّر مجددًا.</numerusform>
            <numerusform>أعاد فحص التسرّب قراءة الحزمة المكتملة فوجد سلسلتين نصيتين محميتين لا تزالان مقروءتين، لذا لم تُكتب أي حزمة: %1. حدِّد الموضع المراد تغطيته (redact --rect، أو مراجعة الحجب) ثم صدِّر مجددًا.</numerusform>
            <numerusform>أعاد فحص التسرّب قراءة الحزمة المكتملة فوجد %n سلاسل نصية محمية لا تزال مقروءة، لذا لم تُكتب أي حزمة: %1. حدِّد الموضع المراد تغطيته (redact --rect، أو مراجعة الحجب) ثم صدِّر مجددًا.</numerusform>
            <numerusform>أعاد فحص التسرّب قراءة الحزمة المكتملة فوجد %n سلسلة نصية محمية لا تزال مقروءة، لذا لم تُكتب أي حزمة: %1. حدِّد الموضع المراد تغطيته (redact --rect، أو مراجعة الحجب) ثم صدِّر مجددًا.</numerusform>
            <numerusform>أعاد فحص التسرّب قراءة الحزمة المكتملة فوجد %n سلسلة نصية محمية لا تزال مقروءة، لذا لم تُكتب أي حزمة: %1. حدِّد الموضع المراد تغطيته (redact --rect، أو مراجعة الحجب) ثم صدِّر مجددًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written or logged.</source>
        <translation>أُلغي التصدير؛ لم يُكتب أي شيء ولم يُسجَّل أي شيء.</translation>
    </message>
    <message>
        <source>Translation of exhibit %1</source>
        <translation>ترجمة المستند %1</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>ترجمة</translation>
    </message>
    <message>
        <source>Part %1, %2: pages %3–%4</source>
        <translation>الجزء %1، %2: الصفحات %3–%4</translation>
    </message>
    <message>
        <source>%1 · translation of %2</source>
        <translation>%1 · ترجمة %2</translation>
    </message>
    <message>
        <source>%1 · translation</source>
        <translation>%1 · ترجمة</translation>
    </message>
    <message>
        <source>%1 · translated in %2</source>
        <translation>%1 · مترجم في %2</translation>
    </message>
    <message>
        <source>Exhibit %1 — %2</source>
        <translation>المستند %1 — %2</translation>
    </message>
    <message>
        <source>%1 (item %2, not in this bundle)</source>
        <translation>%1 (العنصر %2، غير موجود في هذه الحزمة)</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>ترجمة لـ</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>Translated in</source>
        <translation>مترجم في</translation>
    </message>
    <message>
        <source>Exhibit %1, %2, pages %3 to %4 of this bundle</source>
        <translation>المستند %1، %2، الصفحات من %3 إلى %4 من هذه الحزمة</translation>
    </message>
    <message>
        <source>I certify that I am competent to translate from %1 into %2, and that the translation listed below is a true and accurate translation of the original document listed below, to the best of my knowledge and belief.</source>
        <translation>أشهد بأنني مؤهل للترجمة من %1 إلى %2، وأن الترجمة المذكورة أدناه ترجمة صحيحة ودقيقة للمستند الأصلي المذكور أدناه، على حد علمي واعتقادي.</translation>
    </message>
    <message>
        <source>the language of the original</source>
        <translation>لغة الأصل</translation>
    </message>
    <message>
        <source>the language of the translation</source>
        <translation>لغة الترجمة</translation>
    </message>
    <message>
        <source>(not recorded in the library)</source>
        <translation>(غير مسجل في المكتبة)</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>الأصل</translation>
    </message>
    <message>
        <source>SHA-256 of the translation</source>
        <translation>SHA-256 للترجمة</translation>
    </message>
    <message>
        <source>Date of translation</source>
        <translation>تاريخ الترجمة</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>الجزء %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Proof of Service</source>
        <translation>إثبات التبليغ</translation>
    </message>
    <message>
        <source>Table of Contents</source>
        <translation>جدول المحتويات</translation>
    </message>
    <message numerus="yes">
        <source>this bundle of %n page(s) (%1 to %2)</source>
        <translation>
            <numerusform>هذه الحزمة المؤلفة من %n صفحة (%1 إلى %2)</numerusform>
            <numerusform>هذه الحزمة المؤلفة من صفحة واحدة (%1 إلى %2)</numerusform>
            <numerusform>هذه الحزمة المؤلفة من صفحتين (%1 إلى %2)</numerusform>
            <numerusform>هذه الحزمة المؤلفة من %n صفحات (%1 إلى %2)</numerusform>
            <numerusform>هذه الحزمة المؤلفة من %n صفحة (%1 إلى %2)</numerusform>
            <numerusform>هذه الحزمة المؤلفة من %n صفحة (%1 إلى %2)</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule of Country Evidence</source>
        <translation>جدول أدلة البلد</translation>
    </message>
    <message>
        <source>Extract relied on</source>
        <translation>المقتطف المستند إليه</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>المسألة: %1</translation>
    </message>
    <message>
        <source>%1 (pages %2–%3 of the original)</source>
        <translation>%1 (الصفحات %2–%3 من الأصل)</translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation>المستند كاملًا</translation>
    </message>
    <message numerus="yes">
        <source>The schedule of country evidence has %n page(s); tribunals often allow no more than 12. Shorten the exhibits&apos; descriptions.</source>
        <translation>
            <numerusform>يتألف جدول أدلة البلد من %n صفحة؛ كثيرًا ما لا تقبل المحاكم أكثر من 12. اختصر أوصاف المستندات.</numerusform>
            <numerusform>يتألف جدول أدلة البلد من صفحة واحدة؛ كثيرًا ما لا تقبل المحاكم أكثر من 12. اختصر أوصاف المستندات.</numerusform>
            <numerusform>يتألف جدول أدلة البلد من صفحتين؛ كثيرًا ما لا تقبل المحاكم أكثر من 12. اختصر أوصاف المستندات.</numerusform>
            <numerusform>يتألف جدول أدلة البلد من %n صفحات؛ كثيرًا ما لا تقبل المحاكم أكثر من 12. اختصر أوصاف المستندات.</numerusform>
            <numerusform>يتألف جدول أدلة البلد من %n صفحة؛ كثيرًا ما لا تقبل المحاكم أكثر من 12. اختصر أوصاف المستندات.</numerusform>
            <numerusform>يتألف جدول أدلة البلد من %n صفحة؛ كثيرًا ما لا تقبل المحاكم أكثر من 12. اختصر أوصاف المستندات.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundlePlanner</name>
    <message>
        <source>The profile must be uk (A4) or us (Letter).</source>
        <translation>يجب أن يكون ملف التعريف uk (A4) أو us (Letter).</translation>
    </message>
    <message>
        <source>Exhibit %1 has a page range, but item %2 has no pages.</source>
        <translation>للمستند %1 نطاق صفحات، لكن العنصر %2 ليست له صفحات.</translation>
    </message>
    <message>
        <source>Dossier &quot;%1&quot; has no exhibits to put in a bundle.</source>
        <translation>لا يحتوي ملف القضية «%1» على مستندات لوضعها في حزمة.</translation>
    </message>
    <message>
        <source>The witness has not consented to court use of exhibit(s) %1. Record their consent, or override it if you have another lawful basis (amanat-cli bundle --override-consent, or the box in the export dialog); the override is logged.</source>
        <translation>لم يوافق الشاهد على استخدام المستند (المستندات) %1 أمام المحكمة. سجِّل موافقته، أو تجاوز ذلك إن كان لديك أساس قانوني آخر (amanat-cli bundle --override-consent، أو خانة الاختيار في مربع حوار التصدير)؛ ويُسجَّل هذا التجاوز.</translation>
    </message>
    <message>
        <source>The dossier&apos;s case details contain a protected name or contact; it is blacked out in the bundle.</source>
        <translation>تحتوي تفاصيل القضية في ملف القضية على اسم محمي أو بيانات اتصال محمية؛ وهي مطموسة بالأسود في الحزمة.</translation>
    </message>
    <message>
        <source>Page numbering must be continuous or section.</source>
        <translation>يجب أن يكون ترقيم الصفحات continuous أو section.</translation>
    </message>
    <message>
        <source>Exhibit %1 translates exhibit %2: it is placed directly after it, in section &quot;%3&quot;.</source>
        <translation>المستند %1 ترجمة للمستند %2: وُضع بعده مباشرة، في القسم «%3».</translation>
    </message>
</context>
<context>
    <name>BundleReadme</name>
    <message>
        <source>HOW TO CHECK THIS BUNDLE WITHOUT AMANAT</source>
        <translation>كيف تتحقق من هذه الحزمة دون Amanat</translation>
    </message>
    <message>
        <source>This folder was exported by Amanat from the dossier &quot;%1&quot;. manifest.json lists every file of the folder with its SHA-256 hash, and every exhibit with its chain of custody. manifest.sig is a signature of manifest.json.</source>
        <translation>صدّر Amanat هذا المجلد من ملف القضية «%1». يسرد manifest.json كل ملف في المجلد مع قيمة SHA-256 الخاصة به، وكل مستند مع سلسلة العهدة الخاصة به. أما manifest.sig فهو توقيع لـ manifest.json.</translation>
    </message>
    <message>
        <source>1. The files. In this folder, run the command below. Every line must end in &quot;OK&quot;. No file other than those listed belongs to the bundle.</source>
        <translation>1. الملفات. شغّل الأمر أدناه في هذا المجلد. يجب أن ينتهي كل سطر بـ «OK». لا ينتمي إلى الحزمة أي ملف غير الملفات المسرودة.</translation>
    </message>
    <message>
        <source>2. The signature. manifest.sig is the Ed25519 signature of the exact bytes of manifest.json, made with the key whose public half is in manifest.json (&quot;signing_key&quot;). Its fingerprint, the SHA-256 of the 32-byte public key, is:</source>
        <translation>2. التوقيع. manifest.sig هو توقيع Ed25519 للبايتات الدقيقة لـ manifest.json، أُنشئ بالمفتاح الذي يوجد نصفه العام في manifest.json («signing_key»). بصمته، أي SHA-256 للمفتاح العام ذي 32 بايتًا، هي:</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the sender gave you another way (in person, by telephone). With OpenSSL 3, the second command prints the fingerprint and the last one must print &quot;Signature Verified Successfully&quot;:</source>
        <translation>قارنها بالبصمة التي أعطاك إياها المرسل بطريقة أخرى (شخصيًا، أو بالهاتف). مع OpenSSL 3، يطبع الأمر الثاني البصمة ويجب أن يطبع الأمر الأخير «Signature Verified Successfully»:</translation>
    </message>
    <message>
        <source>3. The chain of custody. Each custody event says who did what to an exhibit, and when. The library keeps all events in one chain: an event&apos;s &quot;hash&quot; is the SHA-256 of the 32 bytes written in hexadecimal as its &quot;prev_hash&quot; (the hash of the event before it in the library, which may concern another item), followed by the UTF-8 bytes of its &quot;canonical&quot; text. That text is the event itself as compact JSON with sorted keys, and must say the same as the event&apos;s other fields. This Python 3 script, run in this folder, checks every event:</source>
        <translation>3. سلسلة العهدة. يبيّن كل حدث من أحداث العهدة من فعل ماذا بمستند ما، ومتى. تحفظ المكتبة جميع الأحداث في سلسلة واحدة: «hash» الحدث هو SHA-256 للبايتات الـ 32 المكتوبة بالنظام الست عشري في «prev_hash» الخاص به (قيمة تجزئة الحدث السابق له في المكتبة، وقد يتعلق بعنصر آخر)، متبوعةً ببايتات UTF-8 لنصه «canonical». هذا النص هو الحدث نفسه بصيغة JSON مضغوطة بمفاتيح مرتبة، ويجب أن يطابق مضمونه حقول الحدث الأخرى. يتحقق سكربت Python 3 هذا، عند تشغيله في هذا المجلد، من كل حدث:</translation>
    </message>
    <message>
        <source>An event whose &quot;canonical&quot; is null named a protected person in its details or as the person acting, which this bundle blacks out; its hash can be checked only in the library that exported the bundle.</source>
        <translation>الحدث الذي قيمة «canonical» فيه null كان يذكر شخصًا محميًا في تفاصيله أو بوصفه القائم بالإجراء، وهو مطموس في هذه الحزمة؛ ولا يمكن التحقق من قيمة تجزئته إلا في المكتبة التي صدّرت الحزمة.</translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <source>missing</source>
        <translation>مفقود</translation>
    </message>
    <message>
        <source>is a symbolic link, not a file</source>
        <translation>رابط رمزي وليس ملفًا</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ليس ملفًا عاديًا</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>تتعذّر قراءته (%1)</translation>
    </message>
    <message>
        <source>the fingerprint it states does not belong to its public key</source>
        <translation>البصمة التي يذكرها لا تعود إلى مفتاحه العام</translation>
    </message>
    <message>
        <source>is not an Ed25519 signature (%1 bytes instead of %2)</source>
        <translation>ليس توقيع Ed25519 (%1 بايت بدلًا من %2)</translation>
    </message>
    <message>
        <source>signature does not match (the manifest was changed or signed by another key)</source>
        <translation>التوقيع غير مطابق (غُيِّر ملف البيان أو وُقِّع بمفتاح آخر)</translation>
    </message>
    <message>
        <source>signing key fingerprint %1 is not the expected %2</source>
        <translation>بصمة مفتاح التوقيع %1 ليست البصمة المتوقَّعة %2</translation>
    </message>
    <message>
        <source>is not a path a manifest may list (%1)</source>
        <translation>ليس مسارًا يجوز إدراجه في ملف البيان (%1)</translation>
    </message>
    <message>
        <source>is listed as an exported file</source>
        <translation>مُدرَج كملف مُصدَّر</translation>
    </message>
    <message>
        <source>is listed twice in the manifest</source>
        <translation>مُدرَج مرتين في ملف البيان</translation>
    </message>
    <message>
        <source>size differs from the manifest (%1 bytes instead of %2)</source>
        <translation>الحجم يختلف عمّا في ملف البيان (%1 بايت بدلًا من %2)</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest</source>
        <translation>قيمة SHA-256 تختلف عمّا في ملف البيان</translation>
    </message>
    <message>
        <source>is the native file of exhibit %1 but is not in the manifest&apos;s file list</source>
        <translation>هو الملف بصيغته الأصلية للمستند %1 لكنه غير موجود في قائمة ملفات البيان</translation>
    </message>
    <message>
        <source>does not end with a new line</source>
        <translation>لا ينتهي بسطر جديد</translation>
    </message>
    <message>
        <source>line %1 is not a sha256sum line</source>
        <translation>السطر %1 ليس سطرًا بصيغة sha256sum</translation>
    </message>
    <message>
        <source>line %1 names a path that is not allowed (%2)</source>
        <translation>السطر %1 يذكر مسارًا غير مسموح به (%2)</translation>
    </message>
    <message>
        <source>lists %1 twice or lists itself</source>
        <translation>يُدرج %1 مرتين أو يُدرج نفسه</translation>
    </message>
    <message>
        <source>lists %1, which is not in the manifest</source>
        <translation>يُدرج %1، وهو غير موجود في ملف البيان</translation>
    </message>
    <message>
        <source>gives %1 another SHA-256 than the signed manifest</source>
        <translation>يعطي %1 قيمة SHA-256 مختلفة عمّا في ملف البيان الموقَّع</translation>
    </message>
    <message>
        <source>SHA-256 differs from manifest.sha256</source>
        <translation>قيمة SHA-256 تختلف عمّا في manifest.sha256</translation>
    </message>
    <message>
        <source>does not list %1</source>
        <translation>لا يُدرج %1</translation>
    </message>
    <message>
        <source>is not laid out as the manifest writer lays it out (lines reordered or changed)</source>
        <translation>ليس مرتَّبًا بالطريقة التي يرتّب بها كاتبُ البيان الملف (أسطر أُعيد ترتيبها أو غُيِّرت)</translation>
    </message>
    <message>
        <source>not in the manifest</source>
        <translation>غير موجود في ملف البيان</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key fingerprint (64 hexadecimal digits).</source>
        <translation>«%1» ليس بصمة مفتاح (64 رقمًا ست عشريًا).</translation>
    </message>
    <message>
        <source>There is no folder at %1.</source>
        <translation>لا يوجد مجلد في %1.</translation>
    </message>
    <message>
        <source>%1 holds no manifest.json; it is not a bundle folder.</source>
        <translation>لا يحتوي %1 على manifest.json؛ فهو ليس مجلد حزمة.</translation>
    </message>
    <message>
        <source>The manifest in %1 cannot be read: %2</source>
        <translation>تتعذّر قراءة ملف البيان في %1: %2</translation>
    </message>
    <message>
        <source>is not a readable manifest (%1); the signature and the files it lists could not be checked</source>
        <translation>ليس ملف بيان قابلًا للقراءة (%1)؛ تعذّر التحقق من التوقيع ومن الملفات التي يُدرجها</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>تتعذّر قراءته: %1</translation>
    </message>
    <message>
        <source>is not a time-stamp request over this manifest.json</source>
        <translation>ليس طلب ختم زمني لملف manifest.json هذا</translation>
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
        <translation>اطبع النتائج بصيغة JSON.</translation>
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
        <translation>اكتب فوق DEST إن كان موجودًا.</translation>
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
        <translation>يقبل --timeout عددًا من الثواني من 1 إلى 86400.</translation>
    </message>
    <message>
        <source>Print only page N.</source>
        <translation>اطبع الصفحة N فقط.</translation>
    </message>
    <message>
        <source>--page takes a page number from 1.</source>
        <translation>يقبل --page رقم صفحة يبدأ من 1.</translation>
    </message>
    <message>
        <source>Item %1 has no page %2.</source>
        <translation>ليس للعنصر %1 صفحة رقم %2.</translation>
    </message>
    <message>
        <source>Re-extract every item, not only unfinished ones.</source>
        <translation>أعد استخراج كل العناصر، لا غير المكتملة منها فقط.</translation>
    </message>
    <message>
        <source>OCR languages, e.g. chi_sim+uig+eng.</source>
        <translation>لغات OCR، مثل chi_sim+uig+eng.</translation>
    </message>
    <message>
        <source>File whose first line is the PDF password.</source>
        <translation>ملف يحتوي سطره الأول على كلمة مرور PDF.</translation>
    </message>
    <message>
        <source>Seconds allowed per file (default 120).</source>
        <translation>الثواني المسموح بها لكل ملف (الافتراضي 120).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>العنصر %1: %2</translation>
    </message>
    <message>
        <source>Store the files without extracting text.</source>
        <translation>خزِّن الملفات دون استخراج النص.</translation>
    </message>
    <message>
        <source>Seconds allowed per file for extraction (default 120).</source>
        <translation>الثواني المسموح بها لاستخراج كل ملف (الافتراضي 120).</translation>
    </message>
    <message>
        <source>Report progress as JSON lines on standard error.</source>
        <translation>أبلغ عن التقدّم بأسطر JSON على الخطأ القياسي.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message>
        <source>The import stopped early.</source>
        <translation>توقّف الاستيراد قبل اكتماله.</translation>
    </message>
    <message>
        <source>Start without the starter tag tree (violations, document types, countries).</source>
        <translation>ابدأ دون شجرة الوسوم الأولية (الانتهاكات، أنواع الوثائق، البلدان).</translation>
    </message>
    <message>
        <source>Originals and custody log: not checked, because the database failed its integrity check.</source>
        <translation>الملفات الأصلية وسجل سلسلة العهدة: لم تُفحص، لأن قاعدة البيانات أخفقت في فحص السلامة.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match (%1 ms).</source>
        <translation>
            <numerusform>يطابق %n عنصر (%1 ms).</numerusform>
            <numerusform>يطابق عنصر واحد (%1 ms).</numerusform>
            <numerusform>يطابق عنصران (%1 ms).</numerusform>
            <numerusform>تطابق %n عناصر (%1 ms).</numerusform>
            <numerusform>يطابق %n عنصرًا (%1 ms).</numerusform>
            <numerusform>يطابق %n عنصر (%1 ms).</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>Most results to return (default 20).</source>
        <translation>الحد الأقصى لعدد النتائج المُعادة (الافتراضي 20).</translation>
    </message>
    <message>
        <source>Read one query a line from standard input.</source>
        <translation>اقرأ استعلامًا واحدًا من كل سطر من الدخل القياسي.</translation>
    </message>
    <message>
        <source>Run the saved search NAME.</source>
        <translation>شغّل البحث المحفوظ NAME.</translation>
    </message>
    <message>
        <source>Give either a QUERY, --stdin or --saved NAME.</source>
        <translation>حدّد إما QUERY أو --stdin أو --saved NAME.</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>يقبل --limit عددًا من 1 إلى %1.</translation>
    </message>
    <message>
        <source>Replace a saved search of the same name.</source>
        <translation>استبدل بحثًا محفوظًا بالاسم نفسه.</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the tag %1; %n item(s) lost it.</source>
        <translation>
            <numerusform>حُذف الوسم %1؛ وفقده %n عنصر.</numerusform>
            <numerusform>حُذف الوسم %1؛ وفقده عنصر واحد.</numerusform>
            <numerusform>حُذف الوسم %1؛ وفقده عنصران.</numerusform>
            <numerusform>حُذف الوسم %1؛ وفقدته %n عناصر.</numerusform>
            <numerusform>حُذف الوسم %1؛ وفقده %n عنصرًا.</numerusform>
            <numerusform>حُذف الوسم %1؛ وفقده %n عنصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large for a tag list.</source>
        <translation>%1 كبير جدًا بالنسبة إلى قائمة وسوم.</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created.</source>
        <translation>
            <numerusform>أُنشئ %n وسم.</numerusform>
            <numerusform>أُنشئ وسم واحد.</numerusform>
            <numerusform>أُنشئ وسمان.</numerusform>
            <numerusform>أُنشئت %n وسوم.</numerusform>
            <numerusform>أُنشئ %n وسمًا.</numerusform>
            <numerusform>أُنشئ %n وسم.</numerusform>
        </translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>لم يُحدَّد أي أمر.</translation>
    </message>
    <message>
        <source>Could not read the password file %1.</source>
        <translation>تعذّرت قراءة ملف كلمة المرور %1.</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>ملف كلمة المرور %1 فارغ.</translation>
    </message>
    <message>
        <source>uk (A4, default) or us (Letter).</source>
        <translation>uk (A4، الافتراضي) أو us (Letter).</translation>
    </message>
    <message>
        <source>Bates prefix (default BUNDLE).</source>
        <translation>بادئة Bates (الافتراضي BUNDLE).</translation>
    </message>
    <message>
        <source>First Bates number (default 1).</source>
        <translation>رقم Bates الأول (الافتراضي 1).</translation>
    </message>
    <message>
        <source>Split into parts above this many MB (default 25).</source>
        <translation>قسِّم إلى أجزاء عند تجاوز هذا الحجم بوحدة MB (الافتراضي 25).</translation>
    </message>
    <message>
        <source>Also write an AES-256 encrypted copy with this password.</source>
        <translation>اكتب أيضًا نسخة مشفّرة بـ AES-256 بكلمة المرور هذه.</translation>
    </message>
    <message>
        <source>File testimonies without recorded court consent (logged).</source>
        <translation>أودِع الشهادات دون موافقة مسجَّلة على استخدامها أمام المحكمة (يُسجَّل ذلك).</translation>
    </message>
    <message>
        <source>Seconds allowed for preparing one exhibit&apos;s pages (default 600).</source>
        <translation>الثواني المسموح بها لتجهيز صفحات مستند واحد (الافتراضي 600).</translation>
    </message>
    <message>
        <source>--start takes a whole number from 1.</source>
        <translation>يقبل --start عددًا صحيحًا يبدأ من 1.</translation>
    </message>
    <message>
        <source>--max-size takes a size in MB (at least 0.01).</source>
        <translation>يقبل --max-size حجمًا بوحدة MB (لا يقل عن 0.01).</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>يقبل --timeout عددًا من الثواني.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n page(s) (%3 to %4).</source>
        <translation>
            <numerusform>كُتب %1: %2، %n صفحة (%3 إلى %4).</numerusform>
            <numerusform>كُتب %1: %2، صفحة واحدة (%3 إلى %4).</numerusform>
            <numerusform>كُتب %1: %2، صفحتان (%3 إلى %4).</numerusform>
            <numerusform>كُتب %1: %2، %n صفحات (%3 إلى %4).</numerusform>
            <numerusform>كُتب %1: %2، %n صفحة (%3 إلى %4).</numerusform>
            <numerusform>كُتب %1: %2، %n صفحة (%3 إلى %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation>قيمة SHA-256 لملف البيان: %1</translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation>بصمة مفتاح التوقيع: %1</translation>
    </message>
    <message>
        <source>Remove every occurrence of this text (repeatable).</source>
        <translation>أزِل كل مواضع ورود هذا النص (يمكن تكراره).</translation>
    </message>
    <message>
        <source>Black out an area of a page, in fractions of the page (repeatable).</source>
        <translation>اطمس منطقة من صفحة بالأسود، محدَّدة بكسور من أبعاد الصفحة (يمكن تكراره).</translation>
    </message>
    <message>
        <source>List the item&apos;s redactions.</source>
        <translation>اعرض قائمة بعمليات الحجب في العنصر.</translation>
    </message>
    <message>
        <source>Remove a redaction by its number.</source>
        <translation>أزِل عملية حجب برقمها.</translation>
    </message>
    <message>
        <source>Fail unless the manifest was signed by the key with this fingerprint (case, spaces and colons are ignored).</source>
        <translation>اعتبر التحقق غير ناجح ما لم يكن ملف البيان موقَّعًا بالمفتاح ذي هذه البصمة (تُتجاهَل حالة الأحرف والمسافات والنقطتان الرأسيتان).</translation>
    </message>
    <message>
        <source>--expect-key takes a fingerprint of 64 hexadecimal digits.</source>
        <translation>يقبل --expect-key بصمة من 64 رقمًا ست عشريًا.</translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation>مفتاح التوقيع: %1</translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation>التوقيع: صالح</translation>
    </message>
    <message>
        <source>Signature: invalid</source>
        <translation>التوقيع: غير صالح</translation>
    </message>
    <message>
        <source>Files: %1 checked</source>
        <translation>الملفات: عدد المفحوص %1</translation>
    </message>
    <message>
        <source>The bundle is intact: every file matches the signed manifest.</source>
        <translation>الحزمة سليمة: كل ملف يطابق ملف البيان الموقَّع.</translation>
    </message>
    <message numerus="yes">
        <source>The bundle failed verification: %n problem(s).</source>
        <translation>
            <numerusform>لم تجتز الحزمة التحقق: %n مشكلة.</numerusform>
            <numerusform>لم تجتز الحزمة التحقق: مشكلة واحدة.</numerusform>
            <numerusform>لم تجتز الحزمة التحقق: مشكلتان.</numerusform>
            <numerusform>لم تجتز الحزمة التحقق: %n مشكلات.</numerusform>
            <numerusform>لم تجتز الحزمة التحقق: %n مشكلة.</numerusform>
            <numerusform>لم تجتز الحزمة التحقق: %n مشكلة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>البصمة: %1</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): %1</source>
        <translation>المفتاح العام (Ed25519، base64): %1</translation>
    </message>
    <message>
        <source>Court or tribunal.</source>
        <translation>المحكمة أو الهيئة القضائية.</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation>رقم القضية.</translation>
    </message>
    <message>
        <source>Hearing date (YYYY-MM-DD).</source>
        <translation>تاريخ الجلسة (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>Parties, as printed on the cover.</source>
        <translation>الأطراف، كما تُطبع على الغلاف.</translation>
    </message>
    <message>
        <source>Counsel, as printed on the cover.</source>
        <translation>المحامون، كما يُطبعون على الغلاف.</translation>
    </message>
    <message>
        <source>Section title; created at the end when missing.</source>
        <translation>عنوان القسم؛ يُنشأ في النهاية إن لم يكن موجودًا.</translation>
    </message>
    <message>
        <source>Only these pages of a PDF or scan.</source>
        <translation>هذه الصفحات فقط من ملف PDF أو مستند ممسوح ضوئيًا.</translation>
    </message>
    <message>
        <source>Only this segment of a video or audio.</source>
        <translation>هذا المقطع فقط من فيديو أو تسجيل صوتي.</translation>
    </message>
    <message>
        <source>Exhibit label (default: A1, A2…).</source>
        <translation>تسمية المستند (الافتراضي: A1، A2…).</translation>
    </message>
    <message>
        <source>Exhibit description.</source>
        <translation>وصف المستند.</translation>
    </message>
    <message>
        <source>--pages takes FIRST-LAST, e.g. 3-7.</source>
        <translation>يقبل --pages الصيغة FIRST-LAST، مثل 3-7.</translation>
    </message>
    <message>
        <source>--time takes START-END, e.g. 1:05-2:30.</source>
        <translation>يقبل --time الصيغة START-END، مثل 1:05-2:30.</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n مستند</numerusform>
            <numerusform>مستند واحد</numerusform>
            <numerusform>مستندان</numerusform>
            <numerusform>%n مستندات</numerusform>
            <numerusform>%n مستندًا</numerusform>
            <numerusform>%n مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>Court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>الأطراف</translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation>المحامون</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>تاريخ الجلسة</translation>
    </message>
    <message>
        <source> (pages %1–%2)</source>
        <translation> (الصفحات %1–%2)</translation>
    </message>
    <message>
        <source> (%1 s–%2 s)</source>
        <translation> (%1 ث–%2 ث)</translation>
    </message>
    <message>
        <source>Dossier &quot;%1&quot; has no exhibit labelled &quot;%2&quot;.</source>
        <translation>لا يحتوي ملف القضية «%1» على مستند بالتسمية «%2».</translation>
    </message>
    <message>
        <source>Export although pages await redaction review (logged, and printed on the exhibit sheets).</source>
        <translation>صدِّر رغم وجود صفحات بانتظار مراجعة الحجب (يُسجَّل ذلك، ويُطبع في أوراق المستندات).</translation>
    </message>
    <message numerus="yes">
        <source>Leak check: %n page(s) read back, %1 of them by OCR; no protected string found.</source>
        <translation>
            <numerusform>فحص التسرّب: أُعيدت قراءة %n صفحة، منها %1 بواسطة OCR؛ لم يُعثر على أي سلسلة نصية محمية.</numerusform>
            <numerusform>فحص التسرّب: أُعيدت قراءة صفحة واحدة، منها %1 بواسطة OCR؛ لم يُعثر على أي سلسلة نصية محمية.</numerusform>
            <numerusform>فحص التسرّب: أُعيدت قراءة صفحتين، منهما %1 بواسطة OCR؛ لم يُعثر على أي سلسلة نصية محمية.</numerusform>
            <numerusform>فحص التسرّب: أُعيدت قراءة %n صفحات، منها %1 بواسطة OCR؛ لم يُعثر على أي سلسلة نصية محمية.</numerusform>
            <numerusform>فحص التسرّب: أُعيدت قراءة %n صفحة، منها %1 بواسطة OCR؛ لم يُعثر على أي سلسلة نصية محمية.</numerusform>
            <numerusform>فحص التسرّب: أُعيدت قراءة %n صفحة، منها %1 بواسطة OCR؛ لم يُعثر على أي سلسلة نصية محمية.</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave an area visible that the redactor covered by mistake (repeatable; the leak check still reads it).</source>
        <translation>اترك ظاهرةً منطقةً غطّتها أداة الحجب خطأً (يمكن تكراره؛ ويظل فحص التسرّب يقرؤها).</translation>
    </message>
    <message>
        <source>Give --text/--rect/--keep, or --list, or --remove.</source>
        <translation>حدّد --text/--rect/--keep، أو --list، أو --remove.</translation>
    </message>
    <message>
        <source>
Not redacted in this dossier: %1 (%2)</source>
        <translation>
غير محجوب في ملف القضية هذا: %1 (%2)</translation>
    </message>
    <message>
        <source>Why this person is not redacted (logged, printed on the bundle).</source>
        <translation>سبب عدم حجب هذا الشخص (يُسجَّل، ويُطبع في الحزمة).</translation>
    </message>
    <message>
        <source>dossier exempt needs --reason TEXT.</source>
        <translation>يحتاج dossier exempt إلى --reason TEXT.</translation>
    </message>
    <message>
        <source>Name a dossier command: create, add, list, show, remove, delete, exempt or unexempt.</source>
        <translation>حدّد أمرًا من أوامر ملف القضية: create أو add أو list أو show أو remove أو delete أو exempt أو unexempt.</translation>
    </message>
    <message>
        <source>Accept a passphrase that is easy to guess (for tests only).</source>
        <translation>اقبل عبارة مرور سهلة التخمين (للاختبارات فقط).</translation>
    </message>
    <message>
        <source>That passphrase is too easy to guess: whoever takes the computer would try it first. Use a sentence of several words only you know.</source>
        <translation>عبارة المرور هذه سهلة التخمين جدًا: من يستولي على الحاسوب سيجرّبها أولًا. استخدم جملة من عدة كلمات لا يعرفها أحد سواك.</translation>
    </message>
    <message>
        <source>Last committed change: present</source>
        <translation>آخر تغيير مُثبَّت: موجود</translation>
    </message>
    <message>
        <source>Last committed change: %1</source>
        <translation>آخر تغيير مُثبَّت: %1</translation>
    </message>
    <message>
        <source>A name variant (repeatable).</source>
        <translation>صيغة بديلة للاسم (يمكن تكرارها).</translation>
    </message>
    <message>
        <source>A phone number, e-mail or address (repeatable).</source>
        <translation>رقم هاتف أو بريد إلكتروني أو عنوان (يمكن تكراره).</translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%n name(s)</source>
        <translation>
            <numerusform>%1	%2	%n اسم</numerusform>
            <numerusform>%1	%2	اسم واحد</numerusform>
            <numerusform>%1	%2	اسمان</numerusform>
            <numerusform>%1	%2	%n أسماء</numerusform>
            <numerusform>%1	%2	%n اسمًا</numerusform>
            <numerusform>%1	%2	%n اسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n contact(s)</source>
        <translation>
            <numerusform>، %n وسيلة اتصال</numerusform>
            <numerusform>، وسيلة اتصال واحدة</numerusform>
            <numerusform>، وسيلتا اتصال</numerusform>
            <numerusform>، %n وسائل اتصال</numerusform>
            <numerusform>، %n وسيلة اتصال</numerusform>
            <numerusform>، %n وسيلة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>	testimony %1</source>
        <translation>	الشهادة %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>الرمز: %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>الاسم: %1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>بيانات الاتصال: %1</translation>
    </message>
    <message>
        <source>Add a name variant.</source>
        <translation>أضِف صيغة بديلة للاسم.</translation>
    </message>
    <message>
        <source>Add a contact.</source>
        <translation>أضِف بيانات اتصال.</translation>
    </message>
    <message>
        <source>Remove a name variant.</source>
        <translation>أزِل صيغة بديلة للاسم.</translation>
    </message>
    <message>
        <source>Remove a contact.</source>
        <translation>أزِل بيانات اتصال.</translation>
    </message>
    <message>
        <source>Give the person another code.</source>
        <translation>أعطِ الشخص رمزًا آخر.</translation>
    </message>
    <message>
        <source>Name a person command: add, list, show, edit or delete.</source>
        <translation>حدّد أمرًا من أوامر الأشخاص: add أو list أو show أو edit أو delete.</translation>
    </message>
    <message>
        <source>The page to show (from 1).</source>
        <translation>الصفحة المراد عرضها (بدءًا من 1).</translation>
    </message>
    <message>
        <source>Apply this dossier&apos;s exemptions and text redactions, as its bundle would.</source>
        <translation>طبِّق استثناءات ملف القضية هذا وعمليات حجب النص فيه، كما تفعل حزمته.</translation>
    </message>
    <message>
        <source>Show the page unburned and list the proposed boxes.</source>
        <translation>اعرض الصفحة دون طمس واعرض قائمة بالمربعات المقترحة.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>تعذّرت كتابة %1.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n area(s) found automatically</source>
        <translation>
            <numerusform>كُتب %1: %n منطقة عُثر عليها تلقائيًا</numerusform>
            <numerusform>كُتب %1: منطقة واحدة عُثر عليها تلقائيًا</numerusform>
            <numerusform>كُتب %1: منطقتان عُثر عليهما تلقائيًا</numerusform>
            <numerusform>كُتب %1: %n مناطق عُثر عليها تلقائيًا</numerusform>
            <numerusform>كُتب %1: %n منطقة عُثر عليها تلقائيًا</numerusform>
            <numerusform>كُتب %1: %n منطقة عُثر عليها تلقائيًا</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n marked by hand.</source>
        <translation>
            <numerusform>، و%n حُدِّدت يدويًا.</numerusform>
            <numerusform>، وواحدة حُدِّدت يدويًا.</numerusform>
            <numerusform>، واثنتان حُدِّدتا يدويًا.</numerusform>
            <numerusform>، و%n حُدِّدت يدويًا.</numerusform>
            <numerusform>، و%n حُدِّدت يدويًا.</numerusform>
            <numerusform>، و%n حُدِّدت يدويًا.</numerusform>
        </translation>
    </message>
    <message>
        <source>List the pages that await review.</source>
        <translation>اعرض قائمة بالصفحات التي تنتظر المراجعة.</translation>
    </message>
    <message>
        <source>With --list: every page that needs review, reviewed or not.</source>
        <translation>مع --list: كل صفحة تحتاج إلى مراجعة، سواء رُوجعت أم لا.</translation>
    </message>
    <message>
        <source>Mark pages reviewed: ITEM:PAGE, more may follow.</source>
        <translation>علِّم الصفحات بأنها رُوجعت: ITEM:PAGE، ويمكن أن يليه المزيد.</translation>
    </message>
    <message>
        <source>Give --list or --approve.</source>
        <translation>حدّد --list أو --approve.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ITEM:PAGE (e.g. 12:3).</source>
        <translation>«%1» ليس بالصيغة ITEM:PAGE (مثل 12:3).</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) marked reviewed.</source>
        <translation>
            <numerusform>عُلِّمت %n صفحة بأنها رُوجعت.</numerusform>
            <numerusform>عُلِّمت صفحة واحدة بأنها رُوجعت.</numerusform>
            <numerusform>عُلِّمت صفحتان بأنهما رُوجعتا.</numerusform>
            <numerusform>عُلِّمت %n صفحات بأنها رُوجعت.</numerusform>
            <numerusform>عُلِّمت %n صفحة بأنها رُوجعت.</numerusform>
            <numerusform>عُلِّمت %n صفحة بأنها رُوجعت.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page numbers: continuous (PFX-000001…, default) or section (A1, A2… B1…).</source>
        <translation>أرقام الصفحات: continuous ‏(PFX-000001…، الافتراضي) أو section ‏(A1، A2… B1…).</translation>
    </message>
    <message>
        <source>The exhibit labels are already in order.</source>
        <translation>تسميات المستندات مرتّبة بالفعل.</translation>
    </message>
    <message>
        <source>The settings are ocr_languages=LANGS and custodian=NAME.</source>
        <translation>الإعدادات هي ocr_languages=LANGS و custodian=NAME.</translation>
    </message>
    <message>
        <source>A-number (US immigration court), as in A123-456-789.</source>
        <translation>الرقم A (محكمة الهجرة الأمريكية)، مثل A123-456-789.</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>الرقم A</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens this library. Write the new one down and keep it apart from the computer; it is not shown again.</source>
        <translation>لم يعد مفتاح الاسترداد القديم يفتح هذه المكتبة. دوِّن المفتاح الجديد واحفظه بعيدًا عن الحاسوب؛ فلن يُعرض مرة أخرى.</translation>
    </message>
    <message>
        <source>  item %1: extraction incomplete: %2</source>
        <translation>  العنصر %1: الاستخراج غير مكتمل: %2</translation>
    </message>
    <message>
        <source>The items a search query finds.</source>
        <translation>العناصر التي يعثر عليها استعلام بحث.</translation>
    </message>
    <message>
        <source>The items with a tag or its sub-tags.</source>
        <translation>العناصر التي تحمل وسمًا أو أحد وسومه الفرعية.</translation>
    </message>
    <message>
        <source>The exhibits of a dossier.</source>
        <translation>مستندات ملف القضية.</translation>
    </message>
    <message>
        <source>Choose the items with one of --query, --tag, --dossier or item numbers.</source>
        <translation>اختر العناصر بطريقة واحدة فقط: --query أو --tag أو --dossier أو أرقام العناصر.</translation>
    </message>
    <message>
        <source>Folder the file column&apos;s paths are relative to (default: the CSV file&apos;s folder).</source>
        <translation>المجلد الذي تُقرأ منه مسارات العمود file (افتراضيًا: مجلد ملف CSV).</translation>
    </message>
    <message>
        <source>Source-Organization of the bag (default: the library&apos;s custodian).</source>
        <translation>قيمة Source-Organization لحقيبة BagIt (افتراضيًا: أمين المكتبة).</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the bag have redactions: the bag holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>عدد العناصر التي عليها حجب في الحقيبة: %n. تضم الحقيبة ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>عدد العناصر التي عليها حجب في الحقيبة: %n. تضم الحقيبة ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>عدد العناصر التي عليها حجب في الحقيبة: %n. تضم الحقيبة ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>عدد العناصر التي عليها حجب في الحقيبة: %n. تضم الحقيبة ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>عدد العناصر التي عليها حجب في الحقيبة: %n. تضم الحقيبة ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>عدد العناصر التي عليها حجب في الحقيبة: %n. تضم الحقيبة ملفاتها الأصلية كما هي، دون حجب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: %1. Items made: %2. Files already in the library: %3.</source>
        <translation>الصفوف: %1. العناصر المُنشأة: %2. الملفات الموجودة في المكتبة من قبل: %3.</translation>
    </message>
    <message>
        <source>Items in the bag: %1. Files: %2. Bytes: %3.</source>
        <translation>العناصر في الحقيبة: %1. الملفات: %2. البايتات: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the ZIP have redactions: it holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>عدد العناصر التي عليها حجب في ملف ZIP: %n. يضم الملف ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>عدد العناصر التي عليها حجب في ملف ZIP: %n. يضم الملف ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>عدد العناصر التي عليها حجب في ملف ZIP: %n. يضم الملف ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>عدد العناصر التي عليها حجب في ملف ZIP: %n. يضم الملف ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>عدد العناصر التي عليها حجب في ملف ZIP: %n. يضم الملف ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>عدد العناصر التي عليها حجب في ملف ZIP: %n. يضم الملف ملفاتها الأصلية كما هي، دون حجب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Time stamp: %1 UTC, by %2</source>
        <translation>الختم الزمني: %1 UTC، من %2</translation>
    </message>
    <message>
        <source>Time stamp: %1 UTC, by %2 (not checked against a certificate you trust)</source>
        <translation>الختم الزمني: %1 UTC، من %2 (لم يُتحقق منه بشهادة تثق بها)</translation>
    </message>
    <message>
        <source>PEM file of the time-stamping authority&apos;s certificate (or its CA): the reply&apos;s signer must chain to it.</source>
        <translation>ملف PEM لشهادة جهة الختم الزمني (أو جهتها المصدِّقة): يجب أن يرتبط موقِّع الرد بها.</translation>
    </message>
    <message>
        <source>Write OUTDIR/manifest.tsq over the bundle&apos;s manifest.json.</source>
        <translation>اكتب OUTDIR/manifest.tsq لملف manifest.json الخاص بالحزمة.</translation>
    </message>
    <message>
        <source>--bundle takes the bundle folder and nothing else.</source>
        <translation>يأخذ --bundle مجلد الحزمة ولا شيء غيره.</translation>
    </message>
    <message>
        <source>Name the library, the items and the request file.</source>
        <translation>حدّد المكتبة والعناصر وملف الطلب.</translation>
    </message>
    <message>
        <source>Take this file to a time-stamping authority (RFC 3161) and bring its reply back: timestamp-import for a library, or manifest.tsr beside the manifest for a bundle.</source>
        <translation>خذ هذا الملف إلى جهة ختم زمني (RFC 3161) ثم عُد بردّها: timestamp-import للمكتبة، أو manifest.tsr بجانب ملف البيان للحزمة.</translation>
    </message>
    <message>
        <source>The reply is intact and answers the request, but its authority was not checked against a certificate you trust (--tsa-ca).</source>
        <translation>الرد سليم ويجيب عن الطلب، لكن لم يُتحقق من جهته بشهادة تثق بها (--tsa-ca).</translation>
    </message>
    <message>
        <source>%1 cannot be read as an exchange key.</source>
        <translation>تعذّرت قراءة %1 كمفتاح تبادل.</translation>
    </message>
    <message>
        <source>Also write the key as a QR code image (PNG) to FILE.</source>
        <translation>اكتب المفتاح أيضًا كصورة رمز QR ‏(PNG) في FILE.</translation>
    </message>
    <message>
        <source>The QR code cannot be written to %1.</source>
        <translation>تعذّرت كتابة رمز QR في %1.</translation>
    </message>
    <message>
        <source>Give the line above to the libraries that will send you packages. To confirm it, read out its fingerprint:</source>
        <translation>أعطِ السطر أعلاه للمكتبات التي سترسل إليك طرودًا. ولتأكيده، اقرأ لهم بصمته:</translation>
    </message>
    <message>
        <source>A recipient library&apos;s exchange key, or a file holding it (repeat for several).</source>
        <translation>مفتاح التبادل لمكتبة مستلِمة، أو ملف يحتوي عليه (كرّره لعدة مكتبات).</translation>
    </message>
    <message>
        <source>Share the witnesses&apos; names and contacts too.</source>
        <translation>شارك أيضًا أسماء الشهود ووسائل الاتصال بهم.</translation>
    </message>
    <message>
        <source>Share testimonies without recorded consent (logged).</source>
        <translation>شارك الشهادات التي لا موافقة مسجلة لها (يُسجَّل ذلك).</translation>
    </message>
    <message>
        <source>Name at least one recipient with --to.</source>
        <translation>حدّد مستلِمًا واحدًا على الأقل باستخدام ‎--to.</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n item(s) with %1 library(ies). Package SHA-256: %2</source>
        <translation>
            <numerusform>لم يُشارَك أي عنصر مع %1 مكتبة. ‏SHA-256 للطرد: %2</numerusform>
            <numerusform>شوركَ عنصر واحد مع %1 مكتبة. ‏SHA-256 للطرد: %2</numerusform>
            <numerusform>شوركَ عنصران مع %1 مكتبة. ‏SHA-256 للطرد: %2</numerusform>
            <numerusform>شوركت %n عناصر مع %1 مكتبة. ‏SHA-256 للطرد: %2</numerusform>
            <numerusform>شوركَ %n عنصرًا مع %1 مكتبة. ‏SHA-256 للطرد: %2</numerusform>
            <numerusform>شوركَ %n عنصر مع %1 مكتبة. ‏SHA-256 للطرد: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Witnesses&apos; names and contacts were not included.</source>
        <translation>لم تُضمَّن أسماء الشهود ووسائل الاتصال بهم.</translation>
    </message>
    <message>
        <source>Refuse the package unless its sender has this fingerprint.</source>
        <translation>ارفض الطرد ما لم تكن هذه بصمة مرسِله.</translation>
    </message>
    <message>
        <source>Do not extract the text of received files that come without it.</source>
        <translation>لا تستخرج نص الملفات المستلَمة التي تصل بلا نص.</translation>
    </message>
    <message>
        <source>This package was already received on %1; nothing was added.</source>
        <translation>سبق استلام هذا الطرد في %1؛ لم يُضَف شيء.</translation>
    </message>
    <message numerus="yes">
        <source>From “%1”: %n item(s), of which %2 new and %3 already here.</source>
        <translation>
            <numerusform>من «%1»: لا عناصر (%2 جديدة و%3 موجودة من قبل).</numerusform>
            <numerusform>من «%1»: عنصر واحد، منه %2 جديد و%3 موجود من قبل.</numerusform>
            <numerusform>من «%1»: عنصران، منهما %2 جديد و%3 موجود من قبل.</numerusform>
            <numerusform>من «%1»: %n عناصر، منها %2 جديدة و%3 موجودة من قبل.</numerusform>
            <numerusform>من «%1»: %n عنصرًا، منها %2 جديدة و%3 موجودة من قبل.</numerusform>
            <numerusform>من «%1»: %n عنصر، منها %2 جديدة و%3 موجودة من قبل.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new sender, now pinned. Check this fingerprint with them:
%1</source>
        <translation>مرسِل جديد، حُفظ الآن. تحقّق معه من هذه البصمة:
%1</translation>
    </message>
    <message>
        <source>The sender&apos;s new key, which you confirmed, replaces the old one.</source>
        <translation>مفتاح المرسِل الجديد الذي أكّدته يحلّ محلّ القديم.</translation>
    </message>
    <message>
        <source>Forget a sender (library id or fingerprint); its next package is pinned anew.</source>
        <translation>انسَ مرسِلًا (معرّف المكتبة أو البصمة)؛ يُحفَظ من جديد مع طرده التالي.</translation>
    </message>
    <message>
        <source>“%1” is neither a library&apos;s exchange key nor a file holding one.</source>
        <translation>«%1» ليس مفتاح تبادل لمكتبة ولا ملفًا يحتوي على مفتاح.</translation>
    </message>
</context>
<context>
    <name>ClipMarkers</name>
    <message>
        <source>A clip must start at or after 0 and end at or after its start.</source>
        <translation>يجب أن يبدأ المقطع عند 0 أو بعده، وأن ينتهي عند بدايته أو بعدها.</translation>
    </message>
    <message>
        <source>A clip note may hold at most %1 characters.</source>
        <translation>لا يجوز أن تتجاوز ملاحظة المقطع %1 محرف.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>لا يوجد عنصر برقم %1.</translation>
    </message>
    <message>
        <source>There is no clip marker %1.</source>
        <translation>لا توجد علامة مقطع برقم %1.</translation>
    </message>
</context>
<context>
    <name>CommittedHead</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تتعذّر قراءة %1.</translation>
    </message>
    <message>
        <source>The record of the library&apos;s last committed change (custody.head) was altered or damaged.</source>
        <translation>عُدِّل سجل آخر تغيير مُثبَّت في المكتبة (custody.head) أو تلف.</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>No known sender has the id or fingerprint %1.</source>
        <translation>لا يوجد مرسِل معروف له المعرّف أو البصمة %1.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The CSV file is not valid UTF-8 text.</source>
        <translation>ملف CSV ليس نصًا صالحًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has an unclosed quote.</source>
        <translation>في السطر %1 من ملف CSV علامة اقتباس غير مغلقة.</translation>
    </message>
</context>
<context>
    <name>CustodyEventText</name>
    <message>
        <source>Collected as %1 (%2, SHA-256 %3…).</source>
        <translation>جُمع بوصفه %1 (%2، SHA-256 %3…).</translation>
    </message>
    <message>
        <source>Created as %1, without an original file.</source>
        <translation>أُنشئ بوصفه %1، دون ملف أصلي.</translation>
    </message>
    <message numerus="yes">
        <source>Text and details read from the original (%n page(s)).</source>
        <translation>
            <numerusform>قُرئ النص والتفاصيل من الأصل (%n صفحة).</numerusform>
            <numerusform>قُرئ النص والتفاصيل من الأصل (صفحة واحدة).</numerusform>
            <numerusform>قُرئ النص والتفاصيل من الأصل (صفحتان).</numerusform>
            <numerusform>قُرئ النص والتفاصيل من الأصل (%n صفحات).</numerusform>
            <numerusform>قُرئ النص والتفاصيل من الأصل (%n صفحة).</numerusform>
            <numerusform>قُرئ النص والتفاصيل من الأصل (%n صفحة).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the original failed: %1</source>
        <translation>فشلت قراءة الأصل: %1</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>مُسح %1</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>ضُبط %1 على %2</translation>
    </message>
    <message>
        <source>Details changed: %1.</source>
        <translation>تغيّرت التفاصيل: %1.</translation>
    </message>
    <message>
        <source>Tagged %1.</source>
        <translation>وُسم بـ %1.</translation>
    </message>
    <message>
        <source>Tag %1 removed.</source>
        <translation>أُزيل الوسم %1.</translation>
    </message>
    <message>
        <source>A copy of the original was saved as %1 (SHA-256 %2…).</source>
        <translation>حُفظت نسخة من الأصل باسم %1 (SHA-256 %2…).</translation>
    </message>
    <message>
        <source>Added to dossier %1 as exhibit %2.</source>
        <translation>أُضيف إلى ملف القضية %1 بوصفه المستند %2.</translation>
    </message>
    <message>
        <source>Removed from dossier %1 (it was exhibit %2).</source>
        <translation>أُزيل من ملف القضية %1 (كان المستند %2).</translation>
    </message>
    <message>
        <source>Moved within dossier %1 (exhibit %2).</source>
        <translation>نُقل داخل ملف القضية %1 (المستند %2).</translation>
    </message>
    <message>
        <source>Exhibit %1 of dossier %2 renumbered %3.</source>
        <translation>أُعيد ترقيم المستند %1 من ملف القضية %2 إلى %3.</translation>
    </message>
    <message>
        <source>Filed as exhibit %1 in a bundle of dossier %2, pages %3 to %4.</source>
        <translation>قُدّم بوصفه المستند %1 في حزمة من ملف القضية %2، الصفحات من %3 إلى %4.</translation>
    </message>
    <message>
        <source>Filed as exhibit %1 of dossier %2 without the witness&apos;s court consent, by the user&apos;s decision.</source>
        <translation>قُدّم بوصفه المستند %1 من ملف القضية %2 دون موافقة الشاهد على الاستخدام أمام المحكمة، بقرار من المستخدم.</translation>
    </message>
    <message>
        <source>An area of page %1 marked for redaction.</source>
        <translation>حُددت منطقة من الصفحة %1 للحجب.</translation>
    </message>
    <message numerus="yes">
        <source>A passage of %n character(s) marked for redaction.</source>
        <translation>
            <numerusform>حُدد مقطع من %n محرف للحجب.</numerusform>
            <numerusform>حُدد مقطع من محرف واحد للحجب.</numerusform>
            <numerusform>حُدد مقطع من محرفين للحجب.</numerusform>
            <numerusform>حُدد مقطع من %n محارف للحجب.</numerusform>
            <numerusform>حُدد مقطع من %n محرفًا للحجب.</numerusform>
            <numerusform>حُدد مقطع من %n محرف للحجب.</numerusform>
        </translation>
    </message>
    <message>
        <source>A redaction removed.</source>
        <translation>أُزيلت عملية حجب.</translation>
    </message>
    <message>
        <source>Page %1 reviewed for redaction in dossier %2.</source>
        <translation>رُوجع حجب الصفحة %1 في ملف القضية %2.</translation>
    </message>
    <message>
        <source>Clip marker added.</source>
        <translation>أُضيفت علامة مقطع.</translation>
    </message>
    <message>
        <source>Clip marker changed.</source>
        <translation>عُدّلت علامة مقطع.</translation>
    </message>
    <message>
        <source>Clip marker removed.</source>
        <translation>أُزيلت علامة مقطع.</translation>
    </message>
    <message>
        <source>The witness&apos;s protected details were shown.</source>
        <translation>عُرضت بيانات الشاهد المحمية.</translation>
    </message>
    <message>
        <source>Deleted from the library.</source>
        <translation>حُذف من المكتبة.</translation>
    </message>
    <message>
        <source>Deletion undone: back in the library.</source>
        <translation>جرى التراجع عن الحذف: عاد إلى المكتبة.</translation>
    </message>
    <message>
        <source>Received again from %1 (package SHA-256 %2…): kept as it was here, with the sender&apos;s tags and record added.</source>
        <translation>استُلم مجددًا من %1 (طرد SHA-256 ‏%2…): بقي كما كان هنا، وأُضيفت وسوم المرسِل وسجلّه.</translation>
    </message>
    <message numerus="yes">
        <source>Received from %1 in a sealed package (SHA-256 %2…), with %n event(s) of its record there.</source>
        <translation>
            <numerusform>استُلم من %1 في طرد مختوم (SHA-256 ‏%2…)، دون أحداث من سجلّه هناك.</numerusform>
            <numerusform>استُلم من %1 في طرد مختوم (SHA-256 ‏%2…)، مع حدث واحد من سجلّه هناك.</numerusform>
            <numerusform>استُلم من %1 في طرد مختوم (SHA-256 ‏%2…)، مع حدثين من سجلّه هناك.</numerusform>
            <numerusform>استُلم من %1 في طرد مختوم (SHA-256 ‏%2…)، مع %n أحداث من سجلّه هناك.</numerusform>
            <numerusform>استُلم من %1 في طرد مختوم (SHA-256 ‏%2…)، مع %n حدثًا من سجلّه هناك.</numerusform>
            <numerusform>استُلم من %1 في طرد مختوم (SHA-256 ‏%2…)، مع %n حدث من سجلّه هناك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared in a sealed package (SHA-256 %1…) without the witness&apos;s recorded consent, by the user&apos;s decision.</source>
        <translation>شوركَ في طرد مختوم (SHA-256 ‏%1…) دون موافقة الشاهد المسجلة، بقرار من المستخدم.</translation>
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
    <message>
        <source>A custodian&apos;s name has at most 200 characters.</source>
        <translation>يتكون اسم الأمين من 200 محرف على الأكثر.</translation>
    </message>
    <message>
        <source>A custodian&apos;s name is one line without control characters.</source>
        <translation>اسم الأمين سطر واحد بلا محارف تحكّم.</translation>
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
        <translation>تعذّر تسجيل وظائف البحث.</translation>
    </message>
    <message>
        <source>Internal error: the library database was used from the wrong thread; nothing was changed.</source>
        <translation>خطأ داخلي: استُخدمت قاعدة بيانات المكتبة من خيط تنفيذ غير صحيح؛ لم يُغيَّر شيء.</translation>
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
    <name>DemoLibrary</name>
    <message>
        <source>The demo item %1 was not imported.</source>
        <translation>لم يُستورد العنصر التجريبي %1.</translation>
    </message>
    <message>
        <source>The demo transcript is missing.</source>
        <translation>النص المفرَّغ التجريبي مفقود.</translation>
    </message>
    <message>
        <source>Checkpoint testimonies</source>
        <translation>شهادات نقاط التفتيش</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
</context>
<context>
    <name>DemoSamples</name>
    <message>
        <source>The demo file %1 could not be written.</source>
        <translation>تعذّرت كتابة الملف التجريبي %1.</translation>
    </message>
    <message>
        <source>The demo video is missing from this build.</source>
        <translation>الفيديو التجريبي غير موجود في هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>DossierRepository</name>
    <message>
        <source>A dossier needs a name of one line (at most 200 characters).</source>
        <translation>يحتاج ملف القضية إلى اسم من سطر واحد (200 محرف على الأكثر).</translation>
    </message>
    <message>
        <source>The hearing date &quot;%1&quot; is not a date like 2026-03-31.</source>
        <translation>تاريخ الجلسة «%1» ليس تاريخًا مثل 2026-03-31.</translation>
    </message>
    <message>
        <source>A dossier named &quot;%1&quot; already exists.</source>
        <translation>يوجد مسبقًا ملف قضية باسم «%1».</translation>
    </message>
    <message>
        <source>There is no dossier %1.</source>
        <translation>لا يوجد ملف قضية برقم %1.</translation>
    </message>
    <message>
        <source>There is no dossier named or numbered &quot;%1&quot;.</source>
        <translation>لا يوجد ملف قضية بالاسم أو الرقم «%1».</translation>
    </message>
    <message>
        <source>A section needs a title of one line (at most 200 characters).</source>
        <translation>يحتاج القسم إلى عنوان من سطر واحد (200 محرف على الأكثر).</translation>
    </message>
    <message>
        <source>This dossier already has a section &quot;%1&quot;.</source>
        <translation>يحتوي ملف القضية هذا مسبقًا على قسم «%1».</translation>
    </message>
    <message>
        <source>There is no section %1.</source>
        <translation>لا يوجد قسم برقم %1.</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>المستندات</translation>
    </message>
    <message>
        <source>Name at least one item to add.</source>
        <translation>حدِّد عنصرًا واحدًا على الأقل لإضافته.</translation>
    </message>
    <message>
        <source>A page range must be FIRST-LAST with 1 &lt;= FIRST &lt;= LAST.</source>
        <translation>يجب أن يكون نطاق الصفحات بالصيغة FIRST-LAST حيث 1 &lt;= FIRST &lt;= LAST.</translation>
    </message>
    <message>
        <source>A time segment needs a start and an end after it.</source>
        <translation>يحتاج المقطع الزمني إلى بداية ونهاية تليها.</translation>
    </message>
    <message>
        <source>An exhibit label is one line of at most 40 characters.</source>
        <translation>تسمية المستند سطر واحد من 40 محرفًا على الأكثر.</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>لا يوجد عنصر برقم %1.</translation>
    </message>
    <message>
        <source>There is no exhibit %1.</source>
        <translation>لا يوجد مستند برقم %1.</translation>
    </message>
    <message>
        <source>An exhibit can only move within its dossier.</source>
        <translation>لا يمكن نقل المستند إلا داخل ملف القضية الخاص به.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an A-number: it has 8 or 9 digits, as in A123-456-789.</source>
        <translation>«%1» ليس رقم A: يتكون من 8 أو 9 أرقام، مثل A123-456-789.</translation>
    </message>
</context>
<context>
    <name>ExchangeIdentity</name>
    <message>
        <source>This is not a library&apos;s exchange key. Ask for the key that amanat-cli exchange-key prints (88 characters).</source>
        <translation>هذا ليس مفتاح تبادل لمكتبة. اطلب المفتاح الذي يطبعه amanat-cli exchange-key ‏(88 حرفًا).</translation>
    </message>
</context>
<context>
    <name>ExchangeKey</name>
    <message>
        <source>The library&apos;s exchange key is damaged; packages cannot be opened.</source>
        <translation>مفتاح التبادل الخاص بالمكتبة تالف؛ لا يمكن فتح الطرود.</translation>
    </message>
</context>
<context>
    <name>ExchangeKeyStore</name>
    <message>
        <source>The library has no exchange key yet.</source>
        <translation>ليس للمكتبة مفتاح تبادل بعد.</translation>
    </message>
    <message>
        <source>The library&apos;s exchange id is missing.</source>
        <translation>معرّف التبادل الخاص بالمكتبة مفقود.</translation>
    </message>
</context>
<context>
    <name>ExtractionStore</name>
    <message>
        <source>&quot;%1&quot; is not a list of OCR languages; write it as Tesseract does, e.g. chi_sim+uig+eng.</source>
        <translation>«%1» ليس قائمة لغات OCR؛ اكتبها كما يكتبها Tesseract، مثل chi_sim+uig+eng.</translation>
    </message>
</context>
<context>
    <name>GeneratedPages</name>
    <message>
        <source>Case number: %1</source>
        <translation>رقم القضية: %1</translation>
    </message>
    <message>
        <source>Hearing: %1</source>
        <translation>الجلسة: %1</translation>
    </message>
    <message>
        <source>Counsel: %1</source>
        <translation>المحامون: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) in %1 section(s).</source>
        <translation>
            <numerusform>%n مستند في %1 قسم.</numerusform>
            <numerusform>مستند واحد في %1 قسم.</numerusform>
            <numerusform>مستندان في %1 قسم.</numerusform>
            <numerusform>%n مستندات في %1 قسم.</numerusform>
            <numerusform>%n مستندًا في %1 قسم.</numerusform>
            <numerusform>%n مستند في %1 قسم.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), numbered %1 to %2 in the lower margin of every page.</source>
        <translation>
            <numerusform>%n صفحة، مرقَّمة من %1 إلى %2 في الهامش السفلي لكل صفحة.</numerusform>
            <numerusform>صفحة واحدة، مرقَّمة من %1 إلى %2 في الهامش السفلي لكل صفحة.</numerusform>
            <numerusform>صفحتان، مرقَّمتان من %1 إلى %2 في الهامش السفلي لكل صفحة.</numerusform>
            <numerusform>%n صفحات، مرقَّمة من %1 إلى %2 في الهامش السفلي لكل صفحة.</numerusform>
            <numerusform>%n صفحة، مرقَّمة من %1 إلى %2 في الهامش السفلي لكل صفحة.</numerusform>
            <numerusform>%n صفحة، مرقَّمة من %1 إلى %2 في الهامش السفلي لكل صفحة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity: manifest.json, filed beside this PDF, lists the SHA-256 of every exhibit&apos;s original as collected, its chain of custody, and the SHA-256 of every file of this bundle. It is signed (manifest.sig, Ed25519) with the key of the library that produced it, whose fingerprint is:</source>
        <translation>السلامة: يُدرج manifest.json، المودَع بجانب ملف PDF هذا، قيمة SHA-256 للملف الأصلي لكل مستند كما جُمع، وسلسلة العهدة الخاصة به، وقيمة SHA-256 لكل ملف من ملفات هذه الحزمة. وهو موقَّع (manifest.sig، Ed25519) بمفتاح المكتبة التي أنتجته، وبصمته هي:</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>الفاصل</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>الوثيقة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>الصفحات</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>الجزء %1 من %2</translation>
    </message>
    <message numerus="yes">
        <source>This bundle is filed in %n parts. Each begins with this cover and the full index:</source>
        <translation>
            <numerusform>تُقدَّم هذه الحزمة في %n جزء. يبدأ كل جزء بهذا الغلاف والفهرس الكامل:</numerusform>
            <numerusform>تُقدَّم هذه الحزمة في جزء واحد. يبدأ كل جزء بهذا الغلاف والفهرس الكامل:</numerusform>
            <numerusform>تُقدَّم هذه الحزمة في جزأين. يبدأ كل جزء بهذا الغلاف والفهرس الكامل:</numerusform>
            <numerusform>تُقدَّم هذه الحزمة في %n أجزاء. يبدأ كل جزء بهذا الغلاف والفهرس الكامل:</numerusform>
            <numerusform>تُقدَّم هذه الحزمة في %n جزءًا. يبدأ كل جزء بهذا الغلاف والفهرس الكامل:</numerusform>
            <numerusform>تُقدَّم هذه الحزمة في %n جزء. يبدأ كل جزء بهذا الغلاف والفهرس الكامل:</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate of translation</source>
        <translation>شهادة ترجمة</translation>
    </message>
    <message>
        <source>Signature of the translator</source>
        <translation>توقيع المترجم</translation>
    </message>
    <message>
        <source>A-Number: %1</source>
        <translation>الرقم A: %1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (تابع)</translation>
    </message>
    <message>
        <source>Proof of Service</source>
        <translation>إثبات التبليغ</translation>
    </message>
    <message>
        <source>On %1 (date), I, %2, served a copy of %3 and any attached pages on the Department of Homeland Security (DHS), Office of the Principal Legal Advisor, at the following address:</source>
        <translation>في %1 (التاريخ)، قمت أنا، %2، بتبليغ نسخة من %3 وكل الصفحات المرفقة إلى وزارة الأمن الداخلي (DHS)، مكتب المستشار القانوني الرئيسي، على العنوان التالي:</translation>
    </message>
    <message>
        <source>by (tick one):</source>
        <translation>بواسطة (اختر واحدًا):</translation>
    </message>
    <message>
        <source>[  ] first-class mail</source>
        <translation>[  ] بريد من الدرجة الأولى</translation>
    </message>
    <message>
        <source>[  ] personal service</source>
        <translation>[  ] تسليم شخصي</translation>
    </message>
    <message>
        <source>[  ] electronic service (ECAS)</source>
        <translation>[  ] تبليغ إلكتروني (ECAS)</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>التوقيع</translation>
    </message>
</context>
<context>
    <name>HelperRun</name>
    <message>
        <source>The page helper (%1) could not be started.</source>
        <translation>تعذّر تشغيل أداة الصفحات المساعدة (%1).</translation>
    </message>
    <message>
        <source>The pages of %1 could not be prepared: %2.</source>
        <translation>تعذّر تجهيز صفحات %1: %2.</translation>
    </message>
</context>
<context>
    <name>HelperSandbox</name>
    <message>
        <source>The sandbox of the extraction helper cannot be applied on this system, so no file will be read: its text and pictures stay pending.</source>
        <translation>لا يمكن تطبيق بيئة العزل الخاصة بأداة الاستخراج المساعدة على هذا النظام، لذا لن يُقرأ أي ملف: يبقى نصه وصوره معلَّقين.</translation>
    </message>
    <message>
        <source>Landlock (Linux 5.13 or later) is not available, so file access is limited by the system-call filter alone</source>
        <translation>Landlock (في Linux 5.13 أو أحدث) غير متاح، لذا يقتصر تقييد الوصول إلى الملفات على مرشِّح استدعاءات النظام وحده</translation>
    </message>
    <message>
        <source>user namespaces are switched off, so the helper shares this computer&apos;s network and process namespaces (the system-call filter still refuses network connections)</source>
        <translation>مساحات أسماء المستخدمين (user namespaces) معطَّلة، لذا تتشارك الأداة المساعدة مساحات أسماء الشبكة والعمليات مع هذا الحاسوب (ولا يزال مرشِّح استدعاءات النظام يرفض اتصالات الشبكة)</translation>
    </message>
    <message>
        <source>The extraction helper&apos;s sandbox is incomplete here: %1.</source>
        <translation>بيئة العزل الخاصة بأداة الاستخراج المساعدة غير مكتملة هنا: %1.</translation>
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
    <name>InterviewFields</name>
    <message>
        <source>Witness code</source>
        <translation>رمز الشاهد</translation>
    </message>
    <message>
        <source>e.g. W-014</source>
        <translation>مثلًا: W-014</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>تاريخ المقابلة</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Interview place</source>
        <translation>مكان المقابلة</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>مُجري المقابلة</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>المترجم الشفوي</translation>
    </message>
    <message>
        <source>if there was one</source>
        <translation>إن وُجد</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>المحكمة</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>المناصرة</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>النشر العام</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>الموافقة</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>تاريخ الموافقة</translation>
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
    <message>
        <source>Testimony</source>
        <translation>شهادة</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>مستند ممسوح ضوئيًا</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>فيديو</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>صوت</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>صورة</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>تقرير</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>وثيقة</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item number (%2 takes the number of another item).</source>
        <translation>«%1» ليس رقم عنصر (يأخذ %2 رقم عنصر آخر).</translation>
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
    <message>
        <source>Item %1 cannot be the translation of itself.</source>
        <translation>لا يمكن أن يكون العنصر %1 ترجمة لنفسه.</translation>
    </message>
    <message>
        <source>%1 applies only to testimony, video and audio items.</source>
        <translation>لا ينطبق %1 إلا على الشهادات ومقاطع الفيديو والصوت.</translation>
    </message>
    <message>
        <source>Item %1 can no longer be restored: it was erased.</source>
        <translation>لم يعد ممكنًا استعادة العنصر %1: فقد مُحي.</translation>
    </message>
</context>
<context>
    <name>ItemSelection</name>
    <message>
        <source>There is no tag %1.</source>
        <translation>لا يوجد وسم %1.</translation>
    </message>
    <message>
        <source>No item matches %1.</source>
        <translation>لا يوجد عنصر يطابق %1.</translation>
    </message>
    <message>
        <source>the query %1</source>
        <translation>الاستعلام %1</translation>
    </message>
    <message>
        <source>the tag %1</source>
        <translation>الوسم %1</translation>
    </message>
    <message>
        <source>the dossier %1</source>
        <translation>ملف القضية %1</translation>
    </message>
    <message>
        <source>the items %1</source>
        <translation>العناصر %1</translation>
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
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation>الإنجليزية</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>الأويغورية</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>الصينية</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>الروسية</translation>
    </message>
    <message>
        <source>French</source>
        <translation>الفرنسية</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>الإسبانية</translation>
    </message>
    <message>
        <source>German</source>
        <translation>الألمانية</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>الإيطالية</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>البرتغالية</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>التركية</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>الكازاخية</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>القيرغيزية</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>الأوزبكية</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>الفارسية</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>البشتوية</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>الأردية</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>التبتية</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>المنغولية</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>الكردية</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>العبرية</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>الأوكرانية</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>البورمية</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>التغرينية</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>الأمهرية</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>الصومالية</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>الصينية (المبسَّطة)</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>الصينية (التقليدية)</translation>
    </message>
</context>
<context>
    <name>LeakCheck</name>
    <message>
        <source>%1 cannot be read back for the leak check.</source>
        <translation>تتعذّر إعادة قراءة %1 لفحص التسرّب.</translation>
    </message>
    <message>
        <source>the bundle folder&apos;s name</source>
        <translation>اسم مجلد الحزمة</translation>
    </message>
    <message>
        <source>the file&apos;s name</source>
        <translation>اسم الملف</translation>
    </message>
    <message numerus="yes">
        <source>Checking the bytes of %n file(s)…</source>
        <translation>
            <numerusform>جارٍ فحص بايتات %n ملف…</numerusform>
            <numerusform>جارٍ فحص بايتات ملف واحد…</numerusform>
            <numerusform>جارٍ فحص بايتات ملفين…</numerusform>
            <numerusform>جارٍ فحص بايتات %n ملفات…</numerusform>
            <numerusform>جارٍ فحص بايتات %n ملفًا…</numerusform>
            <numerusform>جارٍ فحص بايتات %n ملف…</numerusform>
        </translation>
    </message>
    <message>
        <source>the file&apos;s bytes</source>
        <translation>بايتات الملف</translation>
    </message>
    <message>
        <source>the file&apos;s text</source>
        <translation>نص الملف</translation>
    </message>
    <message>
        <source>Reading every object of %1…</source>
        <translation>جارٍ قراءة كل كائن في %1…</translation>
    </message>
    <message>
        <source>%1 (PDF object %2)</source>
        <translation>%1 (كائن PDF رقم %2)</translation>
    </message>
    <message numerus="yes">
        <source>Reading back %n page(s) as a recipient would…</source>
        <translation>
            <numerusform>جارٍ إعادة قراءة %n صفحة كما سيقرؤها المتلقي…</numerusform>
            <numerusform>جارٍ إعادة قراءة صفحة واحدة كما سيقرؤها المتلقي…</numerusform>
            <numerusform>جارٍ إعادة قراءة صفحتين كما سيقرؤهما المتلقي…</numerusform>
            <numerusform>جارٍ إعادة قراءة %n صفحات كما سيقرؤها المتلقي…</numerusform>
            <numerusform>جارٍ إعادة قراءة %n صفحة كما سيقرؤها المتلقي…</numerusform>
            <numerusform>جارٍ إعادة قراءة %n صفحة كما سيقرؤها المتلقي…</numerusform>
        </translation>
    </message>
    <message>
        <source>The leak check of %1 did not run.</source>
        <translation>لم يُجرَ فحص التسرّب لـ %1.</translation>
    </message>
    <message>
        <source>The leak check did not read every page of %1.</source>
        <translation>لم يقرأ فحص التسرّب كل صفحات %1.</translation>
    </message>
    <message>
        <source>the page image (OCR)</source>
        <translation>صورة الصفحة (OCR)</translation>
    </message>
    <message>
        <source>the text layer</source>
        <translation>طبقة النص</translation>
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
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 موجود مسبقًا؛ اختر اسمًا جديدًا للنسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The library has no signing key yet; open it for writing to create one.</source>
        <translation>لا يوجد للمكتبة مفتاح توقيع بعد؛ افتحها للكتابة لإنشاء مفتاح.</translation>
    </message>
    <message>
        <source>The library lost committed work: its custody log ends at event %1, but event %2 (%3 at %4) had been committed. The database was probably rolled back by a crash and a damaged write-ahead log. Copy out what you need and restore a backup; the library opens for reading only.</source>
        <translation>فقدت المكتبة عملًا مُثبَّتًا: ينتهي سجل سلسلة العهدة عند الحدث %1، لكن الحدث %2 (%3 في %4) كان قد ثُبِّت. يُرجَّح أن قاعدة البيانات أُرجعت إلى حالة سابقة بسبب تعطّل وسجل كتابة مسبقة (write-ahead log) تالف. انسخ ما تحتاج إليه واستعِد نسخة احتياطية؛ تُفتح المكتبة للقراءة فقط.</translation>
    </message>
    <message>
        <source>The library&apos;s database file %1 was removed or replaced while it was open; what was saved since then is lost. Nothing more will be written.</source>
        <translation>أُزيل ملف قاعدة بيانات المكتبة %1 أو استُبدل أثناء فتحه؛ وضاع ما حُفظ منذ ذلك الحين. لن يُكتب أي شيء آخر.</translation>
    </message>
    <message>
        <source>the custody log has no import event for its original</source>
        <translation>لا يحتوي سجل سلسلة العهدة على حدث استيراد لملفه الأصلي</translation>
    </message>
    <message>
        <source>its bytes no longer match the SHA-256 its import event recorded</source>
        <translation>لم تعد بايتاته تطابق قيمة SHA-256 التي سجّلها حدث استيراده</translation>
    </message>
    <message>
        <source>its recorded SHA-256 was changed after import</source>
        <translation>غُيِّرت قيمة SHA-256 المسجَّلة له بعد الاستيراد</translation>
    </message>
    <message>
        <source>The library was locked before this change could be saved.</source>
        <translation>قُفلت المكتبة قبل أن يُحفظ هذا التغيير.</translation>
    </message>
    <message>
        <source>Verification was stopped.</source>
        <translation>أُوقف التحقق.</translation>
    </message>
    <message>
        <source>The library has no exchange key yet; open it for writing to create one.</source>
        <translation>ليس للمكتبة مفتاح تبادل بعد؛ افتحها للكتابة لإنشائه.</translation>
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
    <name>Manifest</name>
    <message>
        <source>not a valid manifest: %1</source>
        <translation>ليس ملف بيان صالحًا: %1</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>المسار فارغ</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>المسار مطلق</translation>
    </message>
    <message>
        <source>the path contains a backslash</source>
        <translation>يحتوي المسار على شرطة مائلة عكسية</translation>
    </message>
    <message>
        <source>the path contains a control character</source>
        <translation>يحتوي المسار على محرف تحكّم</translation>
    </message>
    <message>
        <source>the path has an empty, &quot;.&quot; or &quot;..&quot; part</source>
        <translation>يحتوي المسار على جزء فارغ أو «.» أو «..»</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>JSON error at byte %1 (%2)</source>
        <translation>خطأ JSON عند البايت %1 (%2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ليس كائن JSON</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>قيمة «format» ليست «%1»</translation>
    </message>
    <message>
        <source>The manifest has version %1; this program reads version %2.</source>
        <translation>إصدار ملف البيان هو %1؛ وهذا البرنامج يقرأ الإصدار %2.</translation>
    </message>
    <message>
        <source>the signing key is not an Ed25519 key</source>
        <translation>مفتاح التوقيع ليس مفتاح Ed25519</translation>
    </message>
    <message>
        <source>the public key is not 32 bytes of base64</source>
        <translation>المفتاح العام ليس 32 بايتًا بترميز base64</translation>
    </message>
    <message>
        <source>&quot;files&quot; is missing</source>
        <translation>الحقل «files» مفقود</translation>
    </message>
    <message>
        <source>a file entry lacks a path, a size or a SHA-256</source>
        <translation>أحد مدخلات الملفات يفتقر إلى مسار أو حجم أو قيمة SHA-256</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a bundle folder may hold only regular files.</source>
        <translation>%1 رابط رمزي؛ ولا يجوز أن يحتوي مجلد الحزمة إلا على ملفات عادية.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>%1 cannot be listed in a manifest: %2</source>
        <translation>لا يمكن إدراج %1 في ملف البيان: %2</translation>
    </message>
    <message>
        <source>The native file of exhibit %1: %2</source>
        <translation>الملف بصيغته الأصلية للمستند %1: %2</translation>
    </message>
    <message>
        <source>The native file %1 of exhibit %2 is not in the folder.</source>
        <translation>الملف بصيغته الأصلية %1 الخاص بالمستند %2 غير موجود في المجلد.</translation>
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
    <message>
        <source>%1 is a symbolic link; choose a plain file name.</source>
        <translation>%1 رابط رمزي؛ اختر اسم ملف عاديًا.</translation>
    </message>
</context>
<context>
    <name>PackageReceiver</name>
    <message>
        <source>WARNING: this package says it comes from “%1”, but it is signed with other keys than that library used before.
Pinned fingerprint: %2
This package:      %3
Anyone can claim a name. Unless the sender told you they have new keys, do not trust this package. If they did, confirm the new fingerprint with them by phone or in person, then receive it again expecting that sender (amanat-cli receive --expect-sender).</source>
        <translation>تحذير: يقول هذا الطرد إنه من «%1»، لكنه موقَّع بمفاتيح غير التي كانت تستخدمها تلك المكتبة من قبل.
البصمة المحفوظة: %2
هذا الطرد:        %3
يستطيع أي شخص أن ينتحل اسمًا. ما لم يخبرك المرسِل بأن لديه مفاتيح جديدة، فلا تثق بهذا الطرد. وإن أخبرك، فتأكّد معه من البصمة الجديدة هاتفيًا أو شخصيًا، ثم استلمه مرة أخرى مع تحديد ذلك المرسِل (amanat-cli receive --expect-sender).</translation>
    </message>
    <message>
        <source>The original of the package&apos;s item %1 does not match its SHA-256. Nothing was received.</source>
        <translation>أصل العنصر %1 في الطرد لا يطابق قيمة SHA-256 الخاصة به. لم يُستلَم شيء.</translation>
    </message>
    <message>
        <source>The expected sender&apos;s fingerprint must be 64 hexadecimal digits, as amanat-cli exchange-key prints it.</source>
        <translation>يجب أن تتكون بصمة المرسِل المتوقع من 64 رقمًا ست عشريًا، كما يطبعها amanat-cli exchange-key.</translation>
    </message>
    <message>
        <source>The package is signed by “%1” with the fingerprint
%2
not by the expected sender. Nothing was received.</source>
        <translation>الطرد موقَّع من «%1» بالبصمة
%2
وليس من المرسِل المتوقع. لم يُستلَم شيء.</translation>
    </message>
    <message>
        <source>This package was shared by this library itself.</source>
        <translation>هذا الطرد شاركته هذه المكتبة نفسها.</translation>
    </message>
    <message>
        <source>The package&apos;s list of items is too large.</source>
        <translation>قائمة عناصر الطرد كبيرة جدًا.</translation>
    </message>
    <message>
        <source>The package&apos;s list of items is malformed.</source>
        <translation>قائمة عناصر الطرد غير سليمة البنية.</translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation>أُلغي الاستلام.</translation>
    </message>
    <message>
        <source>The package&apos;s item %1 cannot be received: %2</source>
        <translation>تعذّر استلام العنصر %1 من الطرد: %2</translation>
    </message>
    <message>
        <source>The package changed while it was being received. Nothing was received.</source>
        <translation>تغيّر الطرد أثناء استلامه. لم يُستلَم شيء.</translation>
    </message>
</context>
<context>
    <name>PackageSharer</name>
    <message>
        <source>%1 already exists; choose a new name for the package.</source>
        <translation>%1 موجود من قبل؛ اختر اسمًا جديدًا للطرد.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>Name at least one library to share with (its exchange key).</source>
        <translation>حدّد مكتبة واحدة على الأقل للمشاركة معها (مفتاح التبادل الخاص بها).</translation>
    </message>
    <message>
        <source>The witnesses of testimony item(s) %1 have not recorded consent to any use of their testimony, so they are not shared. Record their consent, or override it if you have another lawful basis (amanat-cli share --override-consent); the override is logged.</source>
        <translation>لم يسجّل شهود الشهادات %1 موافقتهم على أي استخدام لشهاداتهم، لذا لا تُشارَك. سجّل موافقتهم، أو تجاوزها إن كان لديك أساس قانوني آخر (amanat-cli share --override-consent)؛ ويُسجَّل هذا التجاوز.</translation>
    </message>
    <message>
        <source>Sharing was cancelled.</source>
        <translation>أُلغيت المشاركة.</translation>
    </message>
    <message>
        <source>The original of item %1 does not match its recorded SHA-256; run a verification of the library. Nothing was shared.</source>
        <translation>أصل العنصر %1 لا يطابق قيمة SHA-256 المسجلة له؛ تحقّق من المكتبة. لم يُشارَك شيء.</translation>
    </message>
    <message>
        <source>The package could not be moved to %1.</source>
        <translation>تعذّر نقل الطرد إلى %1.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>ضعيفة جدًا</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>ضعيفة</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>مقبولة</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>قوية</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>قوية جدًا</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; it is guessed at once.</source>
        <translation>هذه إحدى أكثر كلمات المرور شيوعًا؛ وتُخمَّن على الفور.</translation>
    </message>
    <message>
        <source>Repeated or sequential characters add little. Add a few unrelated words instead.</source>
        <translation>المحارف المكرَّرة أو المتتالية لا تضيف إلا القليل. أضِف بدلًا منها بضع كلمات لا علاقة بينها.</translation>
    </message>
    <message>
        <source>Longer is stronger: a sentence of five or more words that only you would think of is easy to remember and hard to guess.</source>
        <translation>كلما طالت كانت أقوى: جملة من خمس كلمات أو أكثر لا تخطر إلا ببالك يسهل تذكّرها ويصعب تخمينها.</translation>
    </message>
    <message>
        <source>Add another unrelated word.</source>
        <translation>أضِف كلمة أخرى لا علاقة لها بما سبق.</translation>
    </message>
</context>
<context>
    <name>PdfAssembler</name>
    <message>
        <source>%1 is an encrypted PDF; courts do not accept encrypted documents. Import an unlocked copy.</source>
        <translation>%1 ملف PDF مشفَّر؛ والمحاكم لا تقبل المستندات المشفَّرة. استورد نسخة غير مقفلة.</translation>
    </message>
    <message>
        <source>%1 could not be read as a PDF (%2).</source>
        <translation>تعذّرت قراءة %1 كملف PDF (%2).</translation>
    </message>
    <message>
        <source>The generated pages could not be read (%1).</source>
        <translation>تعذّرت قراءة الصفحات المولَّدة (%1).</translation>
    </message>
    <message>
        <source>The page stamps could not be read (%1).</source>
        <translation>تعذّرت قراءة أختام الصفحات (%1).</translation>
    </message>
    <message>
        <source>The bundle PDF could not be written (%1).</source>
        <translation>تعذّرت كتابة ملف PDF للحزمة (%1).</translation>
    </message>
    <message>
        <source>The transport copy could not be written (%1).</source>
        <translation>تعذّرت كتابة نسخة النقل (%1).</translation>
    </message>
    <message>
        <source>An image of an original could not be replaced (%1).</source>
        <translation>تعذّر استبدال صورة من أحد الملفات الأصلية (%1).</translation>
    </message>
</context>
<context>
    <name>PdfObjectScanner</name>
    <message>
        <source>document information</source>
        <translation>معلومات المستند</translation>
    </message>
    <message>
        <source>bookmarks</source>
        <translation>الإشارات المرجعية</translation>
    </message>
    <message>
        <source>page labels</source>
        <translation>تسميات الصفحات</translation>
    </message>
    <message>
        <source>links and annotations</source>
        <translation>الروابط والتعليقات التوضيحية</translation>
    </message>
    <message>
        <source>XMP metadata</source>
        <translation>بيانات XMP الوصفية</translation>
    </message>
    <message>
        <source>named destinations</source>
        <translation>الوجهات المسمّاة</translation>
    </message>
    <message>
        <source>stream data</source>
        <translation>بيانات التدفق</translation>
    </message>
    <message>
        <source>page content</source>
        <translation>محتوى الصفحة</translation>
    </message>
    <message>
        <source>document trailer</source>
        <translation>ذيل المستند</translation>
    </message>
    <message>
        <source>object</source>
        <translation>كائن</translation>
    </message>
    <message>
        <source>%1 cannot be read back as a PDF for the leak check.</source>
        <translation>تتعذّر إعادة قراءة %1 كملف PDF لفحص التسرّب.</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message numerus="yes">
        <source>A name or contact can have at most %n character(s).</source>
        <translation>
            <numerusform>يمكن أن يتألف الاسم أو بيانات الاتصال من %n محرف على الأكثر.</numerusform>
            <numerusform>يمكن أن يتألف الاسم أو بيانات الاتصال من محرف واحد على الأكثر.</numerusform>
            <numerusform>يمكن أن يتألف الاسم أو بيانات الاتصال من محرفين على الأكثر.</numerusform>
            <numerusform>يمكن أن يتألف الاسم أو بيانات الاتصال من %n محارف على الأكثر.</numerusform>
            <numerusform>يمكن أن يتألف الاسم أو بيانات الاتصال من %n محرفًا على الأكثر.</numerusform>
            <numerusform>يمكن أن يتألف الاسم أو بيانات الاتصال من %n محرف على الأكثر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected person needs a code of 1 to %n character(s), such as W-014; it is what lists and bundles show instead of the name.</source>
        <translation>
            <numerusform>يحتاج الشخص المحمي إلى رمز من 1 إلى %n محرف، مثل W-014؛ وهو ما تعرضه القوائم والحزم بدلًا من الاسم.</numerusform>
            <numerusform>يحتاج الشخص المحمي إلى رمز من محرف واحد، مثل W-014؛ وهو ما تعرضه القوائم والحزم بدلًا من الاسم.</numerusform>
            <numerusform>يحتاج الشخص المحمي إلى رمز من محرف واحد إلى محرفين، مثل W-014؛ وهو ما تعرضه القوائم والحزم بدلًا من الاسم.</numerusform>
            <numerusform>يحتاج الشخص المحمي إلى رمز من 1 إلى %n محارف، مثل W-014؛ وهو ما تعرضه القوائم والحزم بدلًا من الاسم.</numerusform>
            <numerusform>يحتاج الشخص المحمي إلى رمز من 1 إلى %n محرفًا، مثل W-014؛ وهو ما تعرضه القوائم والحزم بدلًا من الاسم.</numerusform>
            <numerusform>يحتاج الشخص المحمي إلى رمز من 1 إلى %n محرف، مثل W-014؛ وهو ما تعرضه القوائم والحزم بدلًا من الاسم.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no protected person %1.</source>
        <translation>لا يوجد شخص محمي برقم %1.</translation>
    </message>
    <message>
        <source>There is no protected person &quot;%1&quot; (give the number or the code that amanat-cli person list shows).</source>
        <translation>لا يوجد شخص محمي «%1» (حدِّد الرقم أو الرمز الذي يعرضه amanat-cli person list).</translation>
    </message>
    <message>
        <source>Give at least one name or contact for the protected person.</source>
        <translation>حدِّد اسمًا واحدًا على الأقل أو بيانات اتصال للشخص المحمي.</translation>
    </message>
    <message>
        <source>A protected person with the code %1 exists already.</source>
        <translation>يوجد مسبقًا شخص محمي بالرمز %1.</translation>
    </message>
    <message>
        <source>Protected person %1 has no such value to remove.</source>
        <translation>لا توجد لدى الشخص المحمي %1 قيمة كهذه لإزالتها.</translation>
    </message>
    <message>
        <source>Say why %1 is not redacted in this dossier (for example: the appellant&apos;s own appeal); the reason is logged and printed on the bundle.</source>
        <translation>اذكر سبب عدم حجب %1 في ملف القضية هذا (مثلًا: الطعن المقدَّم من المستأنف نفسه)؛ يُسجَّل السبب ويُطبع في الحزمة.</translation>
    </message>
</context>
<context>
    <name>ProgressReporter</name>
    <message>
        <source>Imported %1 of %2 files; extracted %3 of %4</source>
        <translation>استُورد %1 من %2 ملف؛ واستُخرج %3 من %4</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported.</source>
        <translation>
            <numerusform>استُورد %n ملف، و%1 مكرَّر، وتعذّر استيراد %2.</numerusform>
            <numerusform>استُورد ملف واحد، و%1 مكرَّر، وتعذّر استيراد %2.</numerusform>
            <numerusform>استُورد ملفان، و%1 مكرَّر، وتعذّر استيراد %2.</numerusform>
            <numerusform>استُوردت %n ملفات، و%1 مكرَّر، وتعذّر استيراد %2.</numerusform>
            <numerusform>استُورد %n ملفًا، و%1 مكرَّر، وتعذّر استيراد %2.</numerusform>
            <numerusform>استُورد %n ملف، و%1 مكرَّر، وتعذّر استيراد %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>  not imported: %1: %2</source>
        <translation>  لم يُستورد: %1: %2</translation>
    </message>
    <message>
        <source>  item %1 (%2): extraction incomplete: %3</source>
        <translation>  العنصر %1 (%2): الاستخراج غير مكتمل: %3</translation>
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
        <translation>تعذّر إنشاء رمز QR.</translation>
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
    <name>RecoveryKeySheet</name>
    <message>
        <source>Amanat recovery key</source>
        <translation>مفتاح استرداد Amanat</translation>
    </message>
    <message>
        <source>Library: %1
Created: %2</source>
        <translation>المكتبة: %1
تاريخ الإنشاء: %2</translation>
    </message>
    <message>
        <source>This key opens the library if the passphrase is forgotten. Anyone who has it and the library folder can read everything in the library.

Keep this sheet somewhere safe and away from the computer — never in the library folder or on the same disk. Destroy other copies.</source>
        <translation>يفتح هذا المفتاح المكتبة إذا نُسيت عبارة المرور. ويستطيع كل من يملكه ويملك مجلد المكتبة أن يقرأ كل ما في المكتبة.

احفظ هذه الورقة في مكان آمن بعيدًا عن الحاسوب — وليس أبدًا في مجلد المكتبة أو على القرص نفسه. أتلِف النسخ الأخرى.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>اطبع مفتاح الاسترداد</translation>
    </message>
</context>
<context>
    <name>RedactionPreview</name>
    <message>
        <source>Item %1 has no pages to preview (it is not a PDF or an image).</source>
        <translation>ليس للعنصر %1 صفحات لمعاينتها (فهو ليس ملف PDF ولا صورة).</translation>
    </message>
    <message>
        <source>Pages are numbered from 1.</source>
        <translation>تُرقَّم الصفحات بدءًا من 1.</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>العنصر %1</translation>
    </message>
    <message>
        <source>The original of item %1 could not be read in full.</source>
        <translation>تعذّرت قراءة الملف الأصلي للعنصر %1 كاملًا.</translation>
    </message>
    <message>
        <source>%1 has no page %2.</source>
        <translation>ليس لـ %1 صفحة رقم %2.</translation>
    </message>
</context>
<context>
    <name>RedactionRepository</name>
    <message>
        <source>A redaction area is PAGE,X,Y,W,H with X, Y, W and H as fractions of the page (e.g. 1,0.1,0.2,0.5,0.05).</source>
        <translation>منطقة الحجب هي PAGE,X,Y,W,H حيث X وY وW وH كسور من أبعاد الصفحة (مثل 1,0.1,0.2,0.5,0.05).</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>لا يوجد عنصر برقم %1.</translation>
    </message>
    <message>
        <source>A text redaction needs the text to remove (at most 1,000 characters).</source>
        <translation>يحتاج حجب النص إلى النص المراد إزالته (1,000 محرف على الأكثر).</translation>
    </message>
    <message>
        <source>A redaction area must lie within the page.</source>
        <translation>يجب أن تقع منطقة الحجب داخل الصفحة.</translation>
    </message>
    <message>
        <source>There is no redaction %1.</source>
        <translation>لا توجد عملية حجب برقم %1.</translation>
    </message>
    <message>
        <source>A kept area must lie within the page.</source>
        <translation>يجب أن تقع المنطقة المُبقاة داخل الصفحة.</translation>
    </message>
</context>
<context>
    <name>RedactionReview</name>
    <message>
        <source>text redaction</source>
        <translation>حجب نص</translation>
    </message>
    <message>
        <source>photo or scan page</source>
        <translation>صفحة صورة فوتوغرافية أو مستند ممسوح ضوئيًا</translation>
    </message>
    <message>
        <source>scan page</source>
        <translation>صفحة مستند ممسوح ضوئيًا</translation>
    </message>
    <message>
        <source>area marked by hand</source>
        <translation>منطقة حُدِّدت يدويًا</translation>
    </message>
    <message>
        <source>protected name or redacted text in the page&apos;s text</source>
        <translation>اسم محمي أو نص محجوب في نص الصفحة</translation>
    </message>
    <message>
        <source>Item %1 is not an exhibit of this dossier.</source>
        <translation>العنصر %1 ليس مستندًا في ملف القضية هذا.</translation>
    </message>
    <message>
        <source>Item %1 has no page %2 in this dossier.</source>
        <translation>ليس للعنصر %1 صفحة رقم %2 في ملف القضية هذا.</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>A saved search needs a name of one line (at most 200 characters).</source>
        <translation>يحتاج البحث المحفوظ إلى اسم من سطر واحد (200 محرف على الأكثر).</translation>
    </message>
    <message>
        <source>A saved search named &quot;%1&quot; already exists.</source>
        <translation>يوجد مسبقًا بحث محفوظ باسم «%1».</translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;.</source>
        <translation>لا يوجد بحث محفوظ باسم «%1».</translation>
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
    <name>SealedPackage</name>
    <message>
        <source>The package ends too early.</source>
        <translation>ينتهي الطرد قبل أوانه.</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete, or was changed after it was signed. Nothing was received.</source>
        <translation>الطرد تالف أو ناقص أو عُدِّل بعد توقيعه. لم يُستلَم شيء.</translation>
    </message>
    <message>
        <source>A package needs at least one recipient.</source>
        <translation>يحتاج الطرد إلى مستلِم واحد على الأقل.</translation>
    </message>
    <message>
        <source>%1 is not an Amanat exchange package.</source>
        <translation>%1 ليس طرد تبادل من Amanat.</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Amanat. Update Amanat to receive it.</source>
        <translation>أُنشئ الطرد بإصدار أحدث من Amanat. حدّث Amanat لاستلامه.</translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation>أُلغي الاستلام.</translation>
    </message>
    <message>
        <source>This package was sealed for other libraries, not for this one. Ask the sender to share it again with this library&apos;s exchange key.</source>
        <translation>خُتم هذا الطرد لمكتبات أخرى، لا لهذه المكتبة. اطلب من المرسِل مشاركته مجددًا باستخدام مفتاح التبادل الخاص بهذه المكتبة.</translation>
    </message>
</context>
<context>
    <name>SealedPackageReader</name>
    <message>
        <source>This package was sealed for other libraries, not for this one. Ask the sender to share it again with this library&apos;s exchange key.</source>
        <translation>خُتم هذا الطرد لمكتبات أخرى، لا لهذه المكتبة. اطلب من المرسِل مشاركته مجددًا باستخدام مفتاح التبادل الخاص بهذه المكتبة.</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>The query could not be run; check its quotes and operators.</source>
        <translation>تعذّر تنفيذ الاستعلام؛ تحقّق من علامات الاقتباس والمعاملات فيه.</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The query has an opening quote (&quot;) without a closing one.</source>
        <translation>في الاستعلام علامة اقتباس افتتاحية (&quot;) دون علامة إغلاق.</translation>
    </message>
    <message>
        <source>A quote (&quot;) must start a phrase or a filter value, as in &quot;exact words&quot; or tag:&quot;Police files&quot;.</source>
        <translation>يجب أن تبدأ علامة الاقتباس (&quot;) عبارةً أو قيمةَ مرشِّح، كما في &quot;exact words&quot; أو tag:&quot;Police files&quot;.</translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side.</source>
        <translation>يحتاج OR إلى كلمة أو عبارة على كل جانب منه.</translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side, not a filter.</source>
        <translation>يحتاج OR إلى كلمة أو عبارة على كل جانب منه، لا إلى مرشِّح.</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; is not a filter; the filters are %2.</source>
        <translation>«%1:» ليس مرشِّحًا؛ المرشِّحات المتاحة هي %2.</translation>
    </message>
    <message>
        <source>The filter %1: needs a value.</source>
        <translation>يحتاج المرشِّح %1: إلى قيمة.</translation>
    </message>
    <message>
        <source>A filter cannot be excluded with &quot;-&quot;; remove the minus before %1:.</source>
        <translation>لا يمكن استبعاد مرشِّح باستخدام «-»؛ أزِل علامة الطرح قبل %1:.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind; use one of: %2.</source>
        <translation>«%1» ليس نوعًا؛ استخدم أحد الأنواع التالية: %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>A &quot;*&quot; must follow the beginning of a word, as in detain*.</source>
        <translation>يجب أن تلي علامة «*» بدايةَ كلمة، كما في detain*.</translation>
    </message>
    <message>
        <source>A &quot;-&quot; must come right before the word to exclude, as in -rumour.</source>
        <translation>يجب أن تأتي علامة «-» مباشرةً قبل الكلمة المراد استبعادها، كما في -rumour.</translation>
    </message>
    <message>
        <source>OR cannot be followed by an excluded word.</source>
        <translation>لا يجوز أن تلي OR كلمةٌ مستبعدة.</translation>
    </message>
    <message>
        <source>The query has nothing to search for: type a word, a phrase in quotes or a filter such as tag:Detention.</source>
        <translation>لا يحتوي الاستعلام على ما يُبحث عنه: اكتب كلمة، أو عبارة بين علامتي اقتباس، أو مرشِّحًا مثل tag:Detention.</translation>
    </message>
    <message>
        <source>The query is too long (%1 words); search for at most %2 words at a time.</source>
        <translation>الاستعلام طويل جدًا (%1 كلمة)؛ ابحث عن %2 كلمة على الأكثر في كل مرة.</translation>
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
    <name>SharedItem</name>
    <message>
        <source>The package&apos;s item %1 is malformed: %2.</source>
        <translation>العنصر %1 في الطرد غير سليم البنية: %2.</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The library&apos;s signing key is damaged; bundles cannot be signed.</source>
        <translation>مفتاح التوقيع الخاص بالمكتبة تالف؛ لا يمكن توقيع الحزم.</translation>
    </message>
</context>
<context>
    <name>SigningKeyStore</name>
    <message>
        <source>The library has no signing key yet.</source>
        <translation>لا يوجد للمكتبة مفتاح توقيع بعد.</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>the file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ليس ملفًا.</translation>
    </message>
    <message>
        <source>the file %1 cannot be read.</source>
        <translation>تتعذّر قراءة الملف %1.</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot;: %2</source>
        <translation>الوسم «%1»: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a row without a file needs a kind (%1).</source>
        <translation>الصف الذي لا ملف فيه يحتاج إلى نوع (%1).</translation>
    </message>
    <message>
        <source>a row without a file needs a title.</source>
        <translation>الصف الذي لا ملف فيه يحتاج إلى عنوان.</translation>
    </message>
    <message>
        <source>%1 does not apply to an item of kind %2; give the row a kind column, such as testimony.</source>
        <translation>لا ينطبق %1 على عنصر من نوع %2؛ أضف إلى الصف عمود kind، مثل testimony.</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a column Amanat knows. The columns are: %3.</source>
        <translation>السطر %1: «%2» ليس عمودًا يعرفه Amanat. الأعمدة هي: %3.</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice.</source>
        <translation>السطر %1: العمود «%2» مكرر.</translation>
    </message>
    <message>
        <source>Line %1: the header names neither a file nor a title column, so it is not a header.</source>
        <translation>السطر %1: الترويسة لا تسمّي عمود file ولا عمود title، فهي ليست ترويسة.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>تتعذّر قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large for a spreadsheet of items.</source>
        <translation>%1 أكبر من أن يكون جدول بيانات للعناصر.</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>لا يحتوي %1 على أي صف.</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation>في %1 ترويسة ولكن لا صفوف لاستيرادها.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>أُلغي الاستيراد.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the spreadsheet has %n problem(s) to correct.</source>
        <translation>
            <numerusform>لم يُستورد شيء: عدد المشكلات التي يجب تصحيحها في جدول البيانات: %n.</numerusform>
            <numerusform>لم يُستورد شيء: عدد المشكلات التي يجب تصحيحها في جدول البيانات: %n.</numerusform>
            <numerusform>لم يُستورد شيء: عدد المشكلات التي يجب تصحيحها في جدول البيانات: %n.</numerusform>
            <numerusform>لم يُستورد شيء: عدد المشكلات التي يجب تصحيحها في جدول البيانات: %n.</numerusform>
            <numerusform>لم يُستورد شيء: عدد المشكلات التي يجب تصحيحها في جدول البيانات: %n.</numerusform>
            <numerusform>لم يُستورد شيء: عدد المشكلات التي يجب تصحيحها في جدول البيانات: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…و%n غيرها.</numerusform>
            <numerusform>…و%n غيرها.</numerusform>
            <numerusform>…و%n غيرها.</numerusform>
            <numerusform>…و%n غيرها.</numerusform>
            <numerusform>…و%n غيرها.</numerusform>
            <numerusform>…و%n غيرها.</numerusform>
        </translation>
    </message>
    <message>
        <source>it has more values (%1) than the header has columns (%2).</source>
        <translation>فيه قيم (%1) أكثر من أعمدة الترويسة (%2).</translation>
    </message>
    <message>
        <source>column %1 holds a value but has no name in the header.</source>
        <translation>العمود %1 فيه قيمة لكن لا اسم له في الترويسة.</translation>
    </message>
</context>
<context>
    <name>TagPalette</name>
    <message>
        <source>Red</source>
        <translation>أحمر</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>أزرق مخضرّ</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>بنفسجي</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>بنّي</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>رمادي</translation>
    </message>
</context>
<context>
    <name>TagPath</name>
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
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>لا يوجد وسم باسم «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write it as #RRGGBB.</source>
        <translation>«%1» ليس لونًا؛ اكتبه بالصيغة #RRGGBB.</translation>
    </message>
    <message>
        <source>A new tag name cannot contain &quot;/&quot;; use tag-move to move a tag.</source>
        <translation>لا يجوز أن يحتوي اسم الوسم الجديد على «/»؛ استخدم tag-move لنقل وسم.</translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; already exists there; use tag-merge to combine them.</source>
        <translation>يوجد مسبقًا وسم باسم «%1» هناك؛ استخدم tag-merge لدمجهما.</translation>
    </message>
    <message>
        <source>A tag cannot be moved below itself.</source>
        <translation>لا يمكن نقل وسم إلى ما تحته.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>لا يمكن دمج وسم في نفسه.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into one of its own sub-tags.</source>
        <translation>لا يمكن دمج وسم في أحد وسومه الفرعية.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has more than two columns (path, colour); quote a path that contains a comma.</source>
        <translation>في السطر %1 من ملف CSV أكثر من عمودين (المسار، اللون)؛ ضع بين علامتي اقتباس أي مسار يحتوي على فاصلة.</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: %2</source>
        <translation>السطر %1 من ملف CSV: %2</translation>
    </message>
</context>
<context>
    <name>TestimonyEditing</name>
    <message>
        <source>Item %1 is not a testimony.</source>
        <translation>العنصر %1 ليس شهادة.</translation>
    </message>
    <message>
        <source>Item %1 has no transcript: only testimonies, videos and audio recordings do.</source>
        <translation>ليس للعنصر %1 نص مفرَّغ: لا يكون ذلك إلا للشهادات ومقاطع الفيديو والتسجيلات الصوتية.</translation>
    </message>
</context>
<context>
    <name>TimeStamp</name>
    <message>
        <source>The time-stamp request is not over a SHA-256 digest.</source>
        <translation>طلب الختم الزمني ليس على قيمة تجزئة SHA-256.</translation>
    </message>
    <message>
        <source>The time-stamp request could not be made: %1</source>
        <translation>تعذّر إنشاء طلب الختم الزمني: %1</translation>
    </message>
    <message>
        <source>This is not a time-stamp request.</source>
        <translation>هذا ليس طلب ختم زمني.</translation>
    </message>
    <message>
        <source>This is not a time-stamp reply (an RFC 3161 .tsr file).</source>
        <translation>هذا ليس رد ختم زمني (ملف ‎.tsr وفق RFC 3161).</translation>
    </message>
    <message>
        <source>The time-stamping authority refused the request.</source>
        <translation>رفضت جهة الختم الزمني الطلب.</translation>
    </message>
    <message>
        <source>This time-stamp reply answers another request.</source>
        <translation>رد الختم الزمني هذا يجيب عن طلب آخر.</translation>
    </message>
    <message>
        <source>No certificate could be read from the authority&apos;s certificate file.</source>
        <translation>تعذّرت قراءة أي شهادة من ملف شهادة الجهة.</translation>
    </message>
    <message>
        <source>The time-stamp reply carries no certificate; give the authority&apos;s certificate to check it.</source>
        <translation>لا يحمل رد الختم الزمني أي شهادة؛ قدّم شهادة الجهة للتحقق منه.</translation>
    </message>
    <message>
        <source>The time-stamp reply does not check: %1</source>
        <translation>رد الختم الزمني لا يجتاز التحقق: %1</translation>
    </message>
</context>
<context>
    <name>TimeStamps</name>
    <message>
        <source>%1 holds no manifest.json; it is not a bundle folder.</source>
        <translation>لا يحتوي %1 على manifest.json؛ فهو ليس مجلد حزمة.</translation>
    </message>
    <message>
        <source>This bundle is time-stamped already (manifest.tsr); a new request would not match that reply.</source>
        <translation>هذه الحزمة مختومة زمنيًا من قبل (manifest.tsr)؛ لن يطابق طلب جديد ذلك الرد.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 موجود من قبل؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>This time-stamp reply answers none of this library&apos;s requests; nothing was stored.</source>
        <translation>رد الختم الزمني هذا لا يجيب عن أي طلب من طلبات هذه المكتبة؛ لم يُحفظ شيء.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Part of this change failed, so none of it was saved.</source>
        <translation>فشل جزء من هذا التغيير، لذلك لم يُحفظ أي شيء منه.</translation>
    </message>
</context>
<context>
    <name>UwaziExporter</name>
    <message>
        <source>The stored original of item %1 no longer matches its SHA-256; run verify.</source>
        <translation>لم يعد الأصل المخزَّن للعنصر %1 يطابق قيمة SHA-256 الخاصة به؛ شغّل التحقق.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 موجود من قبل؛ اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>المجلد %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>تتعذّر كتابة %1: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>تعذّرت كتابة %1: %2</translation>
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
        <translation>لا يوجد ملف أصلي للعنصر %1.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::AddToDossierDialog</name>
    <message>
        <source>Add to Dossier</source>
        <translation>إضافة إلى ملف القضية</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected item(s) as exhibits of:</source>
        <translation>
            <numerusform>أضف العناصر المحدَّدة (%n) مستنداتٍ إلى:</numerusform>
            <numerusform>أضف العنصر المحدَّد مستندًا إلى:</numerusform>
            <numerusform>أضف العنصرين المحدَّدين مستندَين إلى:</numerusform>
            <numerusform>أضف العناصر المحدَّدة الـ%n مستنداتٍ إلى:</numerusform>
            <numerusform>أضف العناصر المحدَّدة الـ%n مستنداتٍ إلى:</numerusform>
            <numerusform>أضف العناصر المحدَّدة الـ%n مستنداتٍ إلى:</numerusform>
        </translation>
    </message>
    <message>
        <source>This library has no dossier yet. Create one with Dossiers → New Dossier, then add items to it.</source>
        <translation>لا يوجد في هذه المكتبة ملف قضية بعد. أنشئ واحدًا من ملفات القضايا ← ملف قضية جديد، ثم أضف إليه العناصر.</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>&amp;ملف القضية:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>ال&amp;قسم:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إ&amp;ضافة</translation>
    </message>
    <message>
        <source>The last section</source>
        <translation>القسم الأخير</translation>
    </message>
</context>
<context>
    <name>amanat::ui::BundleExportDialog</name>
    <message>
        <source>Export Court Bundle</source>
        <translation>تصدير حزمة المحكمة</translation>
    </message>
    <message>
        <source>UK tribunal (A4)</source>
        <translation>هيئة قضائية بريطانية (A4)</translation>
    </message>
    <message>
        <source>US court (Letter)</source>
        <translation>محكمة أمريكية (Letter)</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The bundle is split into numbered parts at exhibit boundaries above this size (25 MB for US immigration e-filing, 50 MB for the UK Upper Tribunal).</source>
        <translation>تُقسَّم الحزمة إلى أجزاء مرقَّمة عند حدود المستندات إذا تجاوزت هذا الحجم (25 MB للإيداع الإلكتروني لدى محاكم الهجرة الأمريكية، و50 MB للهيئة القضائية العليا في المملكة المتحدة Upper Tribunal).</translation>
    </message>
    <message>
        <source>File testimonies without recorded court consent (written to the custody log)</source>
        <translation>أودِع الشهادات دون موافقة مسجَّلة على استخدامها أمام المحكمة (يُكتب ذلك في سجل سلسلة العهدة)</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>الحزمة</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;ملف التعريف:</translation>
    </message>
    <message>
        <source>Bates p&amp;refix:</source>
        <translation>&amp;بادئة Bates:</translation>
    </message>
    <message>
        <source>&amp;First number:</source>
        <translation>&amp;الرقم الأول:</translation>
    </message>
    <message>
        <source>&amp;Split above:</source>
        <translation>ال&amp;تقسيم عند تجاوز:</translation>
    </message>
    <message>
        <source>Encrypted transport copy (optional)</source>
        <translation>نسخة نقل مشفَّرة (اختيارية)</translation>
    </message>
    <message>
        <source>Also writes bundle-transport.pdf, encrypted with AES-256, for sending. The filing copy is never encrypted.</source>
        <translation>يكتب أيضًا bundle-transport.pdf، مشفَّرًا بـ AES-256، لغرض الإرسال. أما نسخة الإيداع فلا تُشفَّر أبدًا.</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;كلمة المرور:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;مرة أخرى:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>ا&amp;ختيار…</translation>
    </message>
    <message>
        <source>A new folder made for the bundle. Avoid names of people: folder names travel with the bundle.</source>
        <translation>مجلد جديد يُنشأ للحزمة. تجنّب أسماء الأشخاص: فأسماء المجلدات تنتقل مع الحزمة.</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>المُخرَجات</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>&amp;داخل المجلد:</translation>
    </message>
    <message>
        <source>&amp;New folder name:</source>
        <translation>اسم المجلد ال&amp;جديد:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
    <message>
        <source>Folder for the Bundle</source>
        <translation>مجلد الحزمة</translation>
    </message>
    <message>
        <source>Choose the folder to put the bundle in.</source>
        <translation>اختر المجلد الذي ستوضع فيه الحزمة.</translation>
    </message>
    <message>
        <source>Give the new folder a name without slashes.</source>
        <translation>أعطِ المجلد الجديد اسمًا لا يحتوي على شرطات مائلة.</translation>
    </message>
    <message>
        <source>%1 already exists: choose another folder name.</source>
        <translation>%1 موجود مسبقًا: اختر اسم مجلد آخر.</translation>
    </message>
    <message>
        <source>The two transport passwords differ. Type them again.</source>
        <translation>كلمتا مرور النقل غير متطابقتين. اكتبهما مجددًا.</translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation>جارٍ تجهيز الحزمة…</translation>
    </message>
    <message>
        <source>The bundle was not written. %1</source>
        <translation>لم تُكتب الحزمة. %1</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written: %n page(s), %1 to %2.</source>
        <translation>
            <numerusform>كُتبت الحزمة: %n صفحة، من %1 إلى %2.</numerusform>
            <numerusform>كُتبت الحزمة: صفحة واحدة، من %1 إلى %2.</numerusform>
            <numerusform>كُتبت الحزمة: صفحتان، من %1 إلى %2.</numerusform>
            <numerusform>كُتبت الحزمة: %n صفحات، من %1 إلى %2.</numerusform>
            <numerusform>كُتبت الحزمة: %n صفحة، من %1 إلى %2.</numerusform>
            <numerusform>كُتبت الحزمة: %n صفحة، من %1 إلى %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>المجلد: %1</translation>
    </message>
    <message>
        <source>Filing copy: %1</source>
        <translation>نسخة الإيداع: %1</translation>
    </message>
    <message>
        <source>Transport copy: %1</source>
        <translation>نسخة النقل: %1</translation>
    </message>
    <message>
        <source>Native files: %1</source>
        <translation>الملفات بصيغتها الأصلية: %1</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>الصفحات: %1</translation>
    </message>
    <message>
        <source>Bates range: %1 – %2</source>
        <translation>نطاق Bates: %1 – %2</translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation>قيمة SHA-256 لملف البيان: %1</translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation>بصمة مفتاح التوقيع: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>تحذير: %1</translation>
    </message>
    <message>
        <source>Export pages nobody reviewed (written to the custody log and printed on the exhibit sheets)</source>
        <translation>صدِّر صفحات لم يراجعها أحد (يُكتب ذلك في سجل سلسلة العهدة ويُطبع في أوراق المستندات)</translation>
    </message>
    <message>
        <source>Without it, the export stops while pages of scans, photos or pages naming protected people await a person&apos;s look in the redaction review.</source>
        <translation>بدون هذا الخيار، يتوقّف التصدير ما دامت صفحات من مستندات ممسوحة ضوئيًا أو صور أو صفحات تذكر أشخاصًا محميين تنتظر أن يطّلع عليها شخص في مراجعة الحجب.</translation>
    </message>
    <message>
        <source>&amp;Review Redactions…</source>
        <translation>&amp;مراجعة الحجب…</translation>
    </message>
    <message>
        <source>Every page has been reviewed. Export again.</source>
        <translation>رُوجعت كل الصفحات. صدِّر مجددًا.</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>&amp;إلغاء التصدير</translation>
    </message>
    <message>
        <source>Cancelling: pages already being made are finished first…</source>
        <translation>جارٍ الإلغاء: تُستكمل أولًا الصفحات التي يجري إعدادها…</translation>
    </message>
    <message>
        <source>Continuous (BUNDLE-000001, …)</source>
        <translation>متواصل (BUNDLE-000001، …)</translation>
    </message>
    <message>
        <source>By section (A1, A2… B1, …)</source>
        <translation>حسب القسم (A1، A2… B1، …)</translation>
    </message>
    <message>
        <source>Family courts and some tribunals number each section&apos;s pages on their own: A1, A2… in the first section, B1… in the next.</source>
        <translation>ترقّم محاكم الأسرة وبعض الهيئات القضائية صفحات كل قسم على حدة: A1، A2… في القسم الأول، وB1… في القسم التالي.</translation>
    </message>
    <message>
        <source>Page &amp;numbers:</source>
        <translation>أرقام ال&amp;صفحات:</translation>
    </message>
    <message>
        <source>Type a folder, or choose one</source>
        <translation>اكتب مجلدًا، أو اختر واحدًا</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>مجلد الحزمة</translation>
    </message>
    <message>
        <source>There is no folder %1. Type an existing folder, or choose one.</source>
        <translation>لا يوجد مجلد %1. اكتب مجلدًا موجودًا، أو اختر واحدًا.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::CaseDetailsForm</name>
    <message>
        <source>e.g. Appeal of W-014</source>
        <translation>مثلًا: استئناف W-014</translation>
    </message>
    <message>
        <source>Court or tribunal</source>
        <translation>المحكمة أو الهيئة القضائية</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>رقم القضية</translation>
    </message>
    <message>
        <source>Parties, as printed on the cover</source>
        <translation>الأطراف، كما تُطبع على الغلاف</translation>
    </message>
    <message>
        <source>Counsel, as printed on the cover</source>
        <translation>المحامون، كما يُطبعون على الغلاف</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>Set Date</source>
        <translation>تعيين التاريخ</translation>
    </message>
    <message>
        <source>No Date</source>
        <translation>دون تاريخ</translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation>حفظ التفاصيل</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>&amp;Court or tribunal:</source>
        <translation>ال&amp;محكمة أو الهيئة القضائية:</translation>
    </message>
    <message>
        <source>Case n&amp;umber:</source>
        <translation>&amp;رقم القضية:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>الأ&amp;طراف:</translation>
    </message>
    <message>
        <source>C&amp;ounsel:</source>
        <translation>المح&amp;امون:</translation>
    </message>
    <message>
        <source>&amp;Hearing date:</source>
        <translation>تاريخ ال&amp;جلسة:</translation>
    </message>
    <message>
        <source>US immigration court only, e.g. A123-456-789</source>
        <translation>لمحكمة الهجرة الأمريكية فقط، مثل A123-456-789</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>الرقم &amp;A:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ClipMarkersPanel</name>
    <message>
        <source>In</source>
        <translation>بداية</translation>
    </message>
    <message>
        <source>Mark the start of a clip at the current position (I)</source>
        <translation>حدِّد بداية المقطع عند الموضع الحالي (I)</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>نهاية</translation>
    </message>
    <message>
        <source>Mark the end of a clip at the current position (O)</source>
        <translation>حدِّد نهاية المقطع عند الموضع الحالي (O)</translation>
    </message>
    <message>
        <source>Note for this clip</source>
        <translation>ملاحظة لهذا المقطع</translation>
    </message>
    <message>
        <source>Save clip</source>
        <translation>حفظ المقطع</translation>
    </message>
    <message>
        <source>Click a clip to go to its start</source>
        <translation>انقر مقطعًا للانتقال إلى بدايته</translation>
    </message>
    <message>
        <source>Delete the selected clip</source>
        <translation>احذف المقطع المحدَّد</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>المقاطع</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>In %1   Out %2</source>
        <translation>البداية %1   النهاية %2</translation>
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
        <translation>إنشاء مكتبة جديدة</translation>
    </message>
    <message>
        <source>e.g. Casework</source>
        <translation>مثلًا: القضايا</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>الا&amp;سم:</translation>
    </message>
    <message>
        <source>In &amp;folder:</source>
        <translation>في ال&amp;مجلد:</translation>
    </message>
    <message>
        <source>The passphrase unlocks the library. A sentence of several words that only you would think of is strong and easy to remember. There is no way to reset it without the recovery key.</source>
        <translation>عبارة المرور تفتح المكتبة. الجملة المكوَّنة من عدة كلمات لا تخطر إلا ببالك قوية وسهلة التذكّر. ولا توجد طريقة لإعادة تعيينها دون مفتاح الاسترداد.</translation>
    </message>
    <message>
        <source>Creating the library and deriving its keys…</source>
        <translation>جارٍ إنشاء المكتبة واشتقاق مفاتيحها…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;رجوع</translation>
    </message>
    <message>
        <source>&amp;Create library</source>
        <translation>إ&amp;نشاء المكتبة</translation>
    </message>
    <message>
        <source>The name cannot contain slashes or start with a dot.</source>
        <translation>لا يجوز أن يحتوي الاسم على شرطات مائلة أو أن يبدأ بنقطة.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>المجلد %1 غير موجود. اختر مجلدًا موجودًا.</translation>
    </message>
    <message>
        <source>Amanat cannot write in %1. Choose another folder.</source>
        <translation>لا يستطيع Amanat الكتابة في %1. اختر مجلدًا آخر.</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 موجود مسبقًا. اختر اسمًا آخر.</translation>
    </message>
    <message>
        <source>Choose where to create the library</source>
        <translation>اختر مكان إنشاء المكتبة</translation>
    </message>
    <message>
        <source>Languages of the scans and photos you will import (pages are read in these; you can change them later in Settings):</source>
        <translation>لغات المستندات الممسوحة ضوئيًا والصور التي ستستوردها (تُقرأ الصفحات بهذه اللغات؛ ويمكنك تغييرها لاحقًا من الإعدادات):</translation>
    </message>
</context>
<context>
    <name>amanat::ui::CustodyHistoryWidget</name>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما الذي حدث</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DeleteItemsCommand</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>حذف %n عنصر</numerusform>
            <numerusform>حذف عنصر واحد</numerusform>
            <numerusform>حذف عنصرين</numerusform>
            <numerusform>حذف %n عناصر</numerusform>
            <numerusform>حذف %n عنصرًا</numerusform>
            <numerusform>حذف %n عنصر</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::DetailPane</name>
    <message>
        <source>View</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>History</source>
        <translation>السجل</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>بلا عنوان</translation>
    </message>
    <message>
        <source>Original file: %1</source>
        <translation>الملف الأصلي: %1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>الحجم: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>تاريخ الاستيراد: %1</translation>
    </message>
    <message>
        <source>No original file</source>
        <translation>لا يوجد ملف أصلي</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>تاريخ الإضافة: %1</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>تاريخ التعديل: %1</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>حدِّد عنصرًا لعرض تفاصيله.</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>لم يُذكر سبب</translation>
    </message>
    <message>
        <source>Its text could not be read: %1.</source>
        <translation>تعذَّرت قراءة نصه: %1.</translation>
    </message>
    <message>
        <source>Only part of its text could be read: %1.</source>
        <translation>لم يُقرأ إلا جزء من نصه: %1.</translation>
    </message>
    <message>
        <source>The file is protected by a password, so its text could not be read.</source>
        <translation>الملف محمي بكلمة مرور، ولذلك تعذَّرت قراءة نصه.</translation>
    </message>
    <message>
        <source>Its text has not been read yet. Item → Read Text Again reads it now.</source>
        <translation>لم يُقرأ نصه بعد. العنصر ← إعادة قراءة النص يقرؤه الآن.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierEditor</name>
    <message>
        <source>Case</source>
        <translation>القضية</translation>
    </message>
    <message>
        <source>New section, e.g. B. Country conditions</source>
        <translation>قسم جديد، مثلًا: ب. أوضاع البلد</translation>
    </message>
    <message>
        <source>&amp;Add Section</source>
        <translation>إ&amp;ضافة قسم</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>إعادة ت&amp;سمية</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>نقل لأ&amp;على</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>نقل لأ&amp;سفل</translation>
    </message>
    <message>
        <source>Drag items here from the item list. Drag exhibits and sections to reorder them.</source>
        <translation>اسحب العناصر إلى هنا من قائمة العناصر. اسحب المستندات والأقسام لإعادة ترتيبها.</translation>
    </message>
    <message>
        <source>Sections and exhibits</source>
        <translation>الأقسام والمستندات</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Redactions of this item</source>
        <translation>عمليات الحجب في هذا العنصر</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>&amp;تصدير الحزمة…</translation>
    </message>
    <message>
        <source>New Dossier</source>
        <translation>ملف قضية جديد</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>ملف القضية %1</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>إزالة القسم</translation>
    </message>
    <message numerus="yes">
        <source>Remove the section &quot;%1&quot; and its %n exhibit(s) from the dossier? The items stay in the library.</source>
        <translation>
            <numerusform>هل تريد إزالة القسم «%1» و%n مستند فيه من ملف القضية؟ تبقى العناصر في المكتبة.</numerusform>
            <numerusform>هل تريد إزالة القسم «%1» والمستند الوحيد فيه من ملف القضية؟ تبقى العناصر في المكتبة.</numerusform>
            <numerusform>هل تريد إزالة القسم «%1» والمستندين اللذين فيه من ملف القضية؟ تبقى العناصر في المكتبة.</numerusform>
            <numerusform>هل تريد إزالة القسم «%1» و%n مستندات فيه من ملف القضية؟ تبقى العناصر في المكتبة.</numerusform>
            <numerusform>هل تريد إزالة القسم «%1» و%n مستندًا فيه من ملف القضية؟ تبقى العناصر في المكتبة.</numerusform>
            <numerusform>هل تريد إزالة القسم «%1» و%n مستند فيه من ملف القضية؟ تبقى العناصر في المكتبة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not redacted in this dossier</source>
        <translation>غير محجوب في ملف القضية هذا</translation>
    </message>
    <message>
        <source>Re&amp;view Redactions…</source>
        <translation>&amp;مراجعة الحجب…</translation>
    </message>
    <message>
        <source>Look at the boxes the redactor proposes on scans and on pages that name protected people, correct them and approve each page.</source>
        <translation>اطّلع على المربعات التي تقترحها أداة الحجب على المستندات الممسوحة ضوئيًا وعلى الصفحات التي تذكر أشخاصًا محميين، وصحّحها واعتمد كل صفحة.</translation>
    </message>
    <message>
        <source>Renum&amp;ber Labels</source>
        <translation>إعادة &amp;ترقيم التسميات</translation>
    </message>
    <message>
        <source>Label the exhibits again in their order, A1, A2… B1…, as a court expects after a removal. Each change goes into the custody log.</source>
        <translation>إعادة تسمية المستندات بترتيبها، A1، A2… B1…، كما تتوقع المحكمة بعد حذف مستند. يُسجَّل كل تغيير في سجل سلسلة العهدة.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierLauncher</name>
    <message>
        <source>&amp;New Dossier…</source>
        <translation>ملف قضية &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>&amp;ملفات القضايا</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierModel</name>
    <message>
        <source>(item %1 is missing)</source>
        <translation>(العنصر %1 مفقود)</translation>
    </message>
    <message>
        <source>Save the dossier first.</source>
        <translation>احفظ ملف القضية أولًا.</translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <translation>لم يعد ذلك القسم موجودًا.</translation>
    </message>
    <message>
        <source>A. Exhibits</source>
        <translation>أ. المستندات</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>ص %1</translation>
    </message>
    <message>
        <source>pp. %1–%2</source>
        <translation>ص %1–%2</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1  —  %n exhibit(s)</source>
        <translation>
            <numerusform>%1  —  %n مستند</numerusform>
            <numerusform>%1  —  مستند واحد</numerusform>
            <numerusform>%1  —  مستندان</numerusform>
            <numerusform>%1  —  %n مستندات</numerusform>
            <numerusform>%1  —  %n مستندًا</numerusform>
            <numerusform>%1  —  %n مستند</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>التسمية</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Pages / segment</source>
        <translation>الصفحات / المقطع</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExchangeController</name>
    <message>
        <source>S&amp;hare…</source>
        <translation>&amp;مشاركة…</translation>
    </message>
    <message>
        <source>Send the selected items to other Amanat libraries in a sealed package.</source>
        <translation>أرسل العناصر المحددة إلى مكتبات Amanat أخرى في طرد مختوم.</translation>
    </message>
    <message>
        <source>Select the items to share first.</source>
        <translation>حدّد أولًا العناصر التي تريد مشاركتها.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>لا عناصر</numerusform>
            <numerusform>عنصرًا واحدًا</numerusform>
            <numerusform>عنصرين</numerusform>
            <numerusform>%n عناصر</numerusform>
            <numerusform>%n عنصرًا</numerusform>
            <numerusform>%n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Receive Package…</source>
        <translation>&amp;استلام طرد…</translation>
    </message>
    <message>
        <source>Receive a sealed package that another library shared with this one.</source>
        <translation>استلم طردًا مختومًا شاركته مكتبة أخرى مع هذه المكتبة.</translation>
    </message>
    <message>
        <source>Receive Package</source>
        <translation>استلام طرد</translation>
    </message>
    <message>
        <source>Amanat packages (*.amanatx);;All files (*)</source>
        <translation>طرود Amanat ‏(*.amanatx);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>E&amp;xchange Key and Contacts…</source>
        <translation>مفتاح ال&amp;تبادل وجهات الاتصال…</translation>
    </message>
    <message>
        <source>Sealing %1…</source>
        <translation>جارٍ ختم %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <source>Not Shared</source>
        <translation>لم تتم المشاركة</translation>
    </message>
    <message>
        <source>Sharing was cancelled. No package was saved.</source>
        <translation>أُلغيت المشاركة. لم يُحفَظ أي طرد.</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>تمت المشاركة</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) sealed into %1. Send the file any way you like: only the libraries you chose can open it.</source>
        <translation>
            <numerusform>لم يُختم أي عنصر في %1.</numerusform>
            <numerusform>خُتم عنصر واحد في %1. أرسل الملف بأي طريقة تشاء: لا تستطيع فتحه إلا المكتبات التي اخترتها.</numerusform>
            <numerusform>خُتم عنصران في %1. أرسل الملف بأي طريقة تشاء: لا تستطيع فتحه إلا المكتبات التي اخترتها.</numerusform>
            <numerusform>خُتمت %n عناصر في %1. أرسل الملف بأي طريقة تشاء: لا تستطيع فتحه إلا المكتبات التي اخترتها.</numerusform>
            <numerusform>خُتم %n عنصرًا في %1. أرسل الملف بأي طريقة تشاء: لا تستطيع فتحه إلا المكتبات التي اخترتها.</numerusform>
            <numerusform>خُتم %n عنصر في %1. أرسل الملف بأي طريقة تشاء: لا تستطيع فتحه إلا المكتبات التي اخترتها.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Received</source>
        <translation>لم يُستلَم</translation>
    </message>
    <message>
        <source>This package comes from %1, a library you have not received from before.</source>
        <translation>يأتي هذا الطرد من %1، وهي مكتبة لم تستلم منها شيئًا من قبل.</translation>
    </message>
    <message>
        <source>Before you trust it, check its fingerprint with the sender, by phone or in person:
%1</source>
        <translation>قبل أن تثق به، تحقّق من بصمته مع المرسِل هاتفيًا أو شخصيًا:
%1</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>استلام</translation>
    </message>
    <message>
        <source>The Sender&apos;s Keys Have Changed</source>
        <translation>تغيّرت مفاتيح المرسِل</translation>
    </message>
    <message>
        <source>This package says it comes from %1, but it is signed with other keys than that library used before. Anyone can claim a name.</source>
        <translation>يقول هذا الطرد إنه من %1، لكنه موقَّع بمفاتيح غير التي كانت تستخدمها تلك المكتبة من قبل. يستطيع أي شخص أن ينتحل اسمًا.</translation>
    </message>
    <message>
        <source>Fingerprint known until now:
%1
Fingerprint of this package:
%2

Unless the sender told you they have new keys, do not receive this package.</source>
        <translation>البصمة المعروفة حتى الآن:
%1
بصمة هذا الطرد:
%2

ما لم يخبرك المرسِل بأن لديه مفاتيح جديدة، فلا تستلم هذا الطرد.</translation>
    </message>
    <message>
        <source>Do Not Receive</source>
        <translation>عدم الاستلام</translation>
    </message>
    <message>
        <source>I Confirmed the New Keys…</source>
        <translation>لقد أكّدت المفاتيح الجديدة…</translation>
    </message>
    <message>
        <source>Confirm the New Keys</source>
        <translation>تأكيد المفاتيح الجديدة</translation>
    </message>
    <message>
        <source>Type the fingerprint the sender read out to you:</source>
        <translation>اكتب البصمة التي قرأها لك المرسِل:</translation>
    </message>
    <message>
        <source>Receiving %1…</source>
        <translation>جارٍ استلام %1…</translation>
    </message>
    <message>
        <source>Receiving was cancelled. Nothing was received.</source>
        <translation>أُلغي الاستلام. لم يُستلَم شيء.</translation>
    </message>
    <message>
        <source>Inbox: %1 was not received: %2</source>
        <translation>الوارد: لم يُستلَم %1: %2</translation>
    </message>
    <message>
        <source>%1 had already been received; nothing was added.</source>
        <translation>سبق استلام %1؛ لم يُضَف شيء.</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n item(s) received, of which %2 new and %3 already here.</source>
        <translation>
            <numerusform>من %1: لم يُستلَم أي عنصر (%2 جديدة و%3 موجودة من قبل).</numerusform>
            <numerusform>من %1: استُلم عنصر واحد، منه %2 جديد و%3 موجود من قبل.</numerusform>
            <numerusform>من %1: استُلم عنصران، منهما %2 جديد و%3 موجود من قبل.</numerusform>
            <numerusform>من %1: استُلمت %n عناصر، منها %2 جديدة و%3 موجودة من قبل.</numerusform>
            <numerusform>من %1: استُلم %n عنصرًا، منها %2 جديدة و%3 موجودة من قبل.</numerusform>
            <numerusform>من %1: استُلم %n عنصر، منها %2 جديدة و%3 موجودة من قبل.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their text is being read now.</source>
        <translation>تجري الآن قراءة نصوصها.</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>الوارد: %1</translation>
    </message>
    <message>
        <source>Package Received</source>
        <translation>استُلم الطرد</translation>
    </message>
    <message>
        <source>The inbox folder %1 cannot be watched.</source>
        <translation>تعذّرت مراقبة مجلد الوارد %1.</translation>
    </message>
    <message>
        <source>Inbox: %1 comes from a sender to be checked first; open it with File → Receive Package….</source>
        <translation>الوارد: يأتي %1 من مرسِل يجب التحقق منه أولًا؛ افتحه من ملف ← استلام طرد….</translation>
    </message>
    <message>
        <source>Not Forgotten</source>
        <translation>لم يُنسَ</translation>
    </message>
    <message>
        <source>Exchange Key</source>
        <translation>مفتاح التبادل</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExchangeKeyDialog</name>
    <message>
        <source>Exchange Key and Contacts</source>
        <translation>مفتاح التبادل وجهات الاتصال</translation>
    </message>
    <message>
        <source>This library&apos;s exchange key</source>
        <translation>مفتاح التبادل الخاص بهذه المكتبة</translation>
    </message>
    <message>
        <source>Give this key to the libraries that will send you packages. Confirm it by reading the fingerprint out to them, by phone or in person.</source>
        <translation>أعطِ هذا المفتاح للمكتبات التي سترسل إليك طرودًا. أكّده بقراءة البصمة لهم هاتفيًا أو شخصيًا.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>المفتاح:</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>البصمة:</translation>
    </message>
    <message>
        <source>Libraries that have sent packages here</source>
        <translation>المكتبات التي أرسلت طرودًا إلى هنا</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>المرسِل</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>آخر طرد</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>نسيان…</translation>
    </message>
    <message>
        <source>A sender is remembered with its keys the first time a package from it is received. If a package later comes under other keys, Amanat warns you and holds it back.</source>
        <translation>يُحفَظ المرسِل مع مفاتيحه أول مرة يُستلَم فيها طرد منه. وإن وصل طرد لاحقًا بمفاتيح أخرى، ينبّهك Amanat ويحتجزه.</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>مجلد الوارد</translation>
    </message>
    <message>
        <source>While the library is open, packages that appear in this folder are received from senders you know. Point a folder synchronised by Syncthing, Nextcloud or a USB stick here to exchange with other offices.</source>
        <translation>ما دامت المكتبة مفتوحة، تُستلَم الطرود التي تظهر في هذا المجلد إذا جاءت من مرسِلين تعرفهم. اختر هنا مجلدًا يزامنه Syncthing أو Nextcloud أو ذاكرة USB للتبادل مع مكاتب أخرى.</translation>
    </message>
    <message>
        <source>No inbox folder</source>
        <translation>لا يوجد مجلد وارد</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Inbox Folder</source>
        <translation>مجلد الوارد</translation>
    </message>
    <message>
        <source>Stop Watching</source>
        <translation>إيقاف المراقبة</translation>
    </message>
    <message>
        <source>Forget Sender</source>
        <translation>نسيان المرسِل</translation>
    </message>
    <message>
        <source>Forget %1? Its next package is treated as coming from a new sender, whose fingerprint you check again.</source>
        <translation>هل تريد نسيان %1؟ سيُعامَل طرده التالي كأنه من مرسِل جديد، وتتحقق من بصمته مرة أخرى.</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>نسيان</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExemptionsPanel</name>
    <message>
        <source>People not redacted in this dossier</source>
        <translation>الأشخاص غير المحجوبين في ملف القضية هذا</translation>
    </message>
    <message>
        <source>Protected person</source>
        <translation>الشخص المحمي</translation>
    </message>
    <message>
        <source>Why (required), e.g. the appellant&apos;s own appeal</source>
        <translation>السبب (إلزامي)، مثلًا: الطعن المقدَّم من المستأنف نفسه</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Do &amp;Not Redact</source>
        <translation>&amp;عدم الحجب</translation>
    </message>
    <message>
        <source>Redact &amp;Again</source>
        <translation>ال&amp;حجب مجددًا</translation>
    </message>
    <message>
        <source>They stay readable in this dossier&apos;s bundles; the reason is logged and printed on the bundle&apos;s cover and exhibit sheets.</source>
        <translation>يبقون مقروئين في حزم ملف القضية هذا؛ ويُسجَّل السبب ويُطبع على غلاف الحزمة وأوراق المستندات.</translation>
    </message>
    <message>
        <source>%1 — %2 (since %3)</source>
        <translation>%1 — %2 (منذ %3)</translation>
    </message>
    <message>
        <source>No protected people</source>
        <translation>لا يوجد أشخاص محميون</translation>
    </message>
    <message>
        <source>Everyone is exempted</source>
        <translation>الجميع مستثنون</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>اختر شخصًا…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExhibitDetailsPanel</name>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>to</source>
        <translation>إلى</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>File without the witness&apos;s court consent</source>
        <translation>أودِع دون موافقة الشاهد على الاستخدام أمام المحكمة</translation>
    </message>
    <message>
        <source>Only with another lawful basis. Filing this testimony without recorded court consent is written to the custody log.</source>
        <translation>فقط عند وجود أساس قانوني آخر. يُكتب إيداع هذه الشهادة دون موافقة مسجَّلة على استخدامها أمام المحكمة في سجل سلسلة العهدة.</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>تطبيق</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>ال&amp;تسمية:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>ال&amp;وصف:</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>ال&amp;صفحات:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>ال&amp;مقطع:</translation>
    </message>
    <message>
        <source>An exhibit needs a label.</source>
        <translation>يحتاج المستند إلى تسمية.</translation>
    </message>
    <message>
        <source>Give both the first and the last page (first ≤ last), or neither.</source>
        <translation>حدِّد الصفحتين الأولى والأخيرة كلتيهما (الأولى ≤ الأخيرة)، أو لا تحدِّد أيًّا منهما.</translation>
    </message>
    <message>
        <source>A segment needs a start and a later end, e.g. 1:05 to 2:30.</source>
        <translation>يحتاج المقطع إلى بداية ونهاية لاحقة لها، مثلًا من 1:05 إلى 2:30.</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>الصفحة الأولى</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>الصفحة الأخيرة</translation>
    </message>
    <message>
        <source>Segment start</source>
        <translation>بداية المقطع</translation>
    </message>
    <message>
        <source>Segment end</source>
        <translation>نهاية المقطع</translation>
    </message>
    <message>
        <source>Use a saved clip as the segment</source>
        <translation>استخدام مقطع محفوظ بوصفه مقطع المستند</translation>
    </message>
    <message>
        <source>Saved clips…</source>
        <translation>المقاطع المحفوظة…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>من %1 إلى %2</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExportController</name>
    <message>
        <source>Export as &amp;Bag…</source>
        <translation>تصدير ك&amp;حقيبة BagIt…</translation>
    </message>
    <message>
        <source>Write the selected items as a BagIt bag for an archive.</source>
        <translation>اكتب العناصر المحددة في حقيبة BagIt لأرشيف.</translation>
    </message>
    <message>
        <source>Export as Bag</source>
        <translation>تصدير كحقيبة BagIt</translation>
    </message>
    <message>
        <source>Export for &amp;Uwazi…</source>
        <translation>تصدير لـ &amp;Uwazi…</translation>
    </message>
    <message>
        <source>Write the selected items as the ZIP that Uwazi&apos;s CSV import reads.</source>
        <translation>اكتب العناصر المحددة في ملف ZIP الذي يقرؤه استيراد CSV في Uwazi.</translation>
    </message>
    <message>
        <source>Export for Uwazi</source>
        <translation>تصدير لـ Uwazi</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>أرشيفات ZIP ‏(*.zip)</translation>
    </message>
    <message>
        <source>Request &amp;Time Stamp…</source>
        <translation>طلب &amp;ختم زمني…</translation>
    </message>
    <message>
        <source>Write a request that a time-stamping authority signs, to prove when the selected items were held as they are.</source>
        <translation>اكتب طلبًا توقّعه جهة الختم الزمني، لإثبات متى كانت العناصر المحددة محفوظة كما هي.</translation>
    </message>
    <message>
        <source>Request Time Stamp</source>
        <translation>طلب ختم زمني</translation>
    </message>
    <message>
        <source>Time-stamp requests (*.tsq)</source>
        <translation>طلبات الختم الزمني ‏(*.tsq)</translation>
    </message>
    <message>
        <source>Import Time-Stamp &amp;Reply…</source>
        <translation>استيراد &amp;رد الختم الزمني…</translation>
    </message>
    <message>
        <source>Import Time-Stamp Reply</source>
        <translation>استيراد رد الختم الزمني</translation>
    </message>
    <message>
        <source>Time-stamp replies (*.tsr);;All files (*)</source>
        <translation>ردود الختم الزمني ‏(*.tsr);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Select the items first.</source>
        <translation>حدّد العناصر أولًا.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Writing the bag…</source>
        <translation>جارٍ كتابة الحقيبة…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s)</source>
        <translation>
            <numerusform>لا عناصر محددة</numerusform>
            <numerusform>عنصر واحد محدد</numerusform>
            <numerusform>عنصران محددان</numerusform>
            <numerusform>%n عناصر محددة</numerusform>
            <numerusform>%n عنصرًا محددًا</numerusform>
            <numerusform>%n عنصر محدد</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>لم يُصدَّر</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to the bag %1.</source>
        <translation>
            <numerusform>لم يُكتب أي عنصر في الحقيبة %1.</numerusform>
            <numerusform>كُتب عنصر واحد في الحقيبة %1.</numerusform>
            <numerusform>كُتب عنصران في الحقيبة %1.</numerusform>
            <numerusform>كُتبت %n عناصر في الحقيبة %1.</numerusform>
            <numerusform>كُتب %n عنصرًا في الحقيبة %1.</numerusform>
            <numerusform>كُتب %n عنصر في الحقيبة %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have redactions: the bag holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>لا يحتوي أي منها على حجب.</numerusform>
            <numerusform>واحد منها فيه حجب: تحتوي الحقيبة على ملفه الأصلي كما هو، دون حجب.</numerusform>
            <numerusform>اثنان منها فيهما حجب: تحتوي الحقيبة على ملفيهما الأصليين كما هما، دون حجب.</numerusform>
            <numerusform>%n منها فيها حجب: تحتوي الحقيبة على ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>%n منها فيها حجب: تحتوي الحقيبة على ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>%n منها فيها حجب: تحتوي الحقيبة على ملفاتها الأصلية كما هي، دون حجب.</numerusform>
        </translation>
    </message>
    <message>
        <source>Bag Written</source>
        <translation>كُتبت الحقيبة</translation>
    </message>
    <message>
        <source>Writing the ZIP for Uwazi…</source>
        <translation>جارٍ كتابة ملف ZIP لـ Uwazi…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1 for Uwazi&apos;s CSV import.</source>
        <translation>
            <numerusform>لم يُكتب أي عنصر في %1 لاستيراد CSV في Uwazi.</numerusform>
            <numerusform>كُتب عنصر واحد في %1 لاستيراد CSV في Uwazi.</numerusform>
            <numerusform>كُتب عنصران في %1 لاستيراد CSV في Uwazi.</numerusform>
            <numerusform>كُتبت %n عناصر في %1 لاستيراد CSV في Uwazi.</numerusform>
            <numerusform>كُتب %n عنصرًا في %1 لاستيراد CSV في Uwazi.</numerusform>
            <numerusform>كُتب %n عنصر في %1 لاستيراد CSV في Uwazi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have redactions: the ZIP holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>لا يحتوي أي منها على حجب.</numerusform>
            <numerusform>واحد منها فيه حجب: يحتوي ملف ZIP على ملفه الأصلي كما هو، دون حجب.</numerusform>
            <numerusform>اثنان منها فيهما حجب: يحتوي ملف ZIP على ملفيهما الأصليين كما هما، دون حجب.</numerusform>
            <numerusform>%n منها فيها حجب: يحتوي ملف ZIP على ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>%n منها فيها حجب: يحتوي ملف ZIP على ملفاتها الأصلية كما هي، دون حجب.</numerusform>
            <numerusform>%n منها فيها حجب: يحتوي ملف ZIP على ملفاتها الأصلية كما هي، دون حجب.</numerusform>
        </translation>
    </message>
    <message>
        <source>ZIP Written</source>
        <translation>كُتب ملف ZIP</translation>
    </message>
    <message>
        <source>Writing the time-stamp request…</source>
        <translation>جارٍ كتابة طلب الختم الزمني…</translation>
    </message>
    <message>
        <source>No Request Written</source>
        <translation>لم يُكتب أي طلب</translation>
    </message>
    <message>
        <source>Time-Stamp Request Written</source>
        <translation>كُتب طلب الختم الزمني</translation>
    </message>
    <message>
        <source>The request is in %1. Take it to a time-stamping authority when you are online, then bring the reply back with File → Import Time-Stamp Reply….</source>
        <translation>الطلب في %1. خذه إلى جهة ختم زمني عندما تتصل بالإنترنت، ثم استورد الرد من ملف ← استيراد رد الختم الزمني….</translation>
    </message>
    <message>
        <source>Reply Not Imported</source>
        <translation>لم يُستورَد الرد</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>تعذّرت قراءة %1.</translation>
    </message>
    <message>
        <source>Checking the reply…</source>
        <translation>جارٍ التحقق من الرد…</translation>
    </message>
    <message>
        <source>This reply was already stored; nothing changed.</source>
        <translation>هذا الرد محفوظ من قبل؛ لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Time stamp stored in the custody log: %1, by %2.</source>
        <translation>حُفظ الختم الزمني في سجل سلسلة العهدة: %1، من %2.</translation>
    </message>
    <message>
        <source>The reply is intact and answers this library&apos;s request; who the authority is was not checked against its certificate (amanat-cli timestamp-import --tsa-ca does that).</source>
        <translation>الرد سليم ويجيب عن طلب هذه المكتبة؛ لم يُتحقق من هوية الجهة بشهادتها (يفعل ذلك amanat-cli timestamp-import --tsa-ca).</translation>
    </message>
    <message>
        <source>Time Stamp Imported</source>
        <translation>استُورد الختم الزمني</translation>
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
        <translation>النوع</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>الوسم</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>السنة</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>النوع: %1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>الوسم: %1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>السنة: %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>البحث في المستند</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>التطابق السابق (Shift+Enter)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>التطابق التالي (Enter)</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImageViewer</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>تصغير (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>تكبير (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>ملاءمة للنافذة</translation>
    </message>
    <message>
        <source>Rotate left (view only)</source>
        <translation>تدوير لليسار (للعرض فقط)</translation>
    </message>
    <message>
        <source>Rotate right (view only)</source>
        <translation>تدوير لليمين (للعرض فقط)</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Extracted text</source>
        <translation>النص المستخرَج</translation>
    </message>
    <message>
        <source>No text was found in this image.</source>
        <translation>لم يُعثر على أي نص في هذه الصورة.</translation>
    </message>
    <message>
        <source>Opening the image…</source>
        <translation>جارٍ فتح الصورة…</translation>
    </message>
    <message>
        <source>This image could not be displayed.</source>
        <translation>تعذّر عرض هذه الصورة.</translation>
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
        <translation>لم تكن هناك ملفات لاستيرادها.</translation>
    </message>
    <message>
        <source>the PDF needs a password</source>
        <translation>ملف PDF يحتاج إلى كلمة مرور</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportListModel</name>
    <message>
        <source>Queued</source>
        <translation>في قائمة الانتظار</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>جارٍ التخزين</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>جارٍ الاستخراج</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تمّ</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>مكرَّر</translation>
    </message>
    <message>
        <source>Stored; extraction failed</source>
        <translation>خُزِّن؛ وأخفق الاستخراج</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>أخفق</translation>
    </message>
    <message>
        <source>Stored; extraction pending</source>
        <translation>خُزِّن؛ والاستخراج معلَّق</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>لم يُستورد</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportPanel</name>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Stop after the current file. Stored files whose text is not extracted yet stay pending and can be extracted later.</source>
        <translation>توقَّف بعد الملف الحالي. الملفات المخزَّنة التي لم يُستخرج نصها بعد تبقى معلَّقة ويمكن استخراجها لاحقًا.</translation>
    </message>
    <message>
        <source>Storing file %1 of %2…</source>
        <translation>جارٍ تخزين الملف %1 من %2…</translation>
    </message>
    <message>
        <source>Extracting text: %1 of %2 done…</source>
        <translation>استخراج النص: اكتمل %1 من %2…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>أُلغي الاستيراد</translation>
    </message>
    <message>
        <source>Import stopped early</source>
        <translation>توقّف الاستيراد قبل اكتماله</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>اكتمل الاستيراد</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported, %3 extraction(s) failed.</source>
        <translation>
            <numerusform>استُورد %n ملف، و%1 مكرَّر، وتعذّر استيراد %2، وأخفق استخراج %3.</numerusform>
            <numerusform>استُورد ملف واحد، و%1 مكرَّر، وتعذّر استيراد %2، وأخفق استخراج %3.</numerusform>
            <numerusform>استُورد ملفان، و%1 مكرَّر، وتعذّر استيراد %2، وأخفق استخراج %3.</numerusform>
            <numerusform>استُوردت %n ملفات، و%1 مكرَّر، وتعذّر استيراد %2، وأخفق استخراج %3.</numerusform>
            <numerusform>استُورد %n ملفًا، و%1 مكرَّر، وتعذّر استيراد %2، وأخفق استخراج %3.</numerusform>
            <numerusform>استُورد %n ملف، و%1 مكرَّر، وتعذّر استيراد %2، وأخفق استخراج %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1: %2</source>
        <translation>لم يُستورد: %1: %2</translation>
    </message>
    <message>
        <source>Stored, but text not extracted: %1: %2</source>
        <translation>خُزِّن، لكن لم يُستخرج النص: %1: %2</translation>
    </message>
    <message>
        <source>Files stored before the cancel keep their place in the library; their text can be extracted later.</source>
        <translation>الملفات المخزَّنة قبل الإلغاء تحتفظ بمكانها في المكتبة؛ ويمكن استخراج نصها لاحقًا.</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>لم يُستورد أي شيء</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemActions</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>&amp;Export Original…</source>
        <translation>&amp;تصدير الأصل…</translation>
    </message>
    <message>
        <source>&amp;Read Text Again…</source>
        <translation>إعادة &amp;قراءة النص…</translation>
    </message>
    <message>
        <source>Add to D&amp;ossier…</source>
        <translation>إضافة إلى &amp;ملف القضية…</translation>
    </message>
    <message>
        <source>Reading text again: %1 of %2…</source>
        <translation>جارٍ إعادة قراءة النص: %1 من %2…</translation>
    </message>
    <message numerus="yes">
        <source>Reading text again was stopped after %n item(s).</source>
        <translation>
            <numerusform>أُوقفت إعادة قراءة النص قبل أي عنصر.</numerusform>
            <numerusform>أُوقفت إعادة قراءة النص بعد عنصر واحد.</numerusform>
            <numerusform>أُوقفت إعادة قراءة النص بعد عنصرين.</numerusform>
            <numerusform>أُوقفت إعادة قراءة النص بعد %n عناصر.</numerusform>
            <numerusform>أُوقفت إعادة قراءة النص بعد %n عنصرًا.</numerusform>
            <numerusform>أُوقفت إعادة قراءة النص بعد %n عنصر.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read; the detail pane of each says why.</source>
        <translation>
            <numerusform>تعذَّرت قراءة %n عنصر؛ وتبيِّن لوحة تفاصيل كل منها السبب.</numerusform>
            <numerusform>تعذَّرت قراءة عنصر واحد؛ وتبيِّن لوحة تفاصيله السبب.</numerusform>
            <numerusform>تعذَّرت قراءة عنصرين؛ وتبيِّن لوحة تفاصيل كل منهما السبب.</numerusform>
            <numerusform>تعذَّرت قراءة %n عناصر؛ وتبيِّن لوحة تفاصيل كل منها السبب.</numerusform>
            <numerusform>تعذَّرت قراءة %n عنصرًا؛ وتبيِّن لوحة تفاصيل كل منها السبب.</numerusform>
            <numerusform>تعذَّرت قراءة %n عنصر؛ وتبيِّن لوحة تفاصيل كل منها السبب.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n item(s) was read again.</source>
        <translation>
            <numerusform>أُعيدت قراءة نص %n عنصر.</numerusform>
            <numerusform>أُعيدت قراءة نص عنصر واحد.</numerusform>
            <numerusform>أُعيدت قراءة نص عنصرين.</numerusform>
            <numerusform>أُعيدت قراءة نص %n عناصر.</numerusform>
            <numerusform>أُعيدت قراءة نص %n عنصرًا.</numerusform>
            <numerusform>أُعيدت قراءة نص %n عنصر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation>حذف العناصر</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected item(s)?</source>
        <translation>
            <numerusform>حذف العناصر المحدَّدة (%n)؟</numerusform>
            <numerusform>حذف العنصر المحدَّد؟</numerusform>
            <numerusform>حذف العنصرين المحدَّدين؟</numerusform>
            <numerusform>حذف العناصر المحدَّدة الـ%n؟</numerusform>
            <numerusform>حذف العناصر المحدَّدة الـ%n؟</numerusform>
            <numerusform>حذف العناصر المحدَّدة الـ%n؟</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave every list, search and dossier now, and the history records the deletion. Until you lock the library, Edit → Undo brings them back; then they are erased for good, with their original files.</source>
        <translation>تُزال الآن من كل القوائم وعمليات البحث وملفات القضايا، ويسجِّل السجل عملية الحذف. إلى أن تقفل المكتبة، يعيدها تحرير ← تراجع؛ وبعد ذلك تُمحى نهائيًا مع ملفاتها الأصلية.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted. Edit → Undo brings them back until the library is locked.</source>
        <translation>
            <numerusform>حُذف %n عنصر. يعيدها تحرير ← تراجع إلى أن تُقفل المكتبة.</numerusform>
            <numerusform>حُذف عنصر واحد. يعيده تحرير ← تراجع إلى أن تُقفل المكتبة.</numerusform>
            <numerusform>حُذف عنصران. يعيدهما تحرير ← تراجع إلى أن تُقفل المكتبة.</numerusform>
            <numerusform>حُذفت %n عناصر. يعيدها تحرير ← تراجع إلى أن تُقفل المكتبة.</numerusform>
            <numerusform>حُذف %n عنصرًا. يعيدها تحرير ← تراجع إلى أن تُقفل المكتبة.</numerusform>
            <numerusform>حُذف %n عنصر. يعيدها تحرير ← تراجع إلى أن تُقفل المكتبة.</numerusform>
        </translation>
    </message>
    <message>
        <source>This item has no original file to export.</source>
        <translation>لا يوجد لهذا العنصر ملف أصلي لتصديره.</translation>
    </message>
    <message>
        <source>Export Original</source>
        <translation>تصدير الأصل</translation>
    </message>
    <message>
        <source>The original was exported to %1.</source>
        <translation>صُدِّر الأصل إلى %1.</translation>
    </message>
    <message>
        <source>Text is already being read again; wait until it has finished.</source>
        <translation>تجري الآن إعادة قراءة نص؛ انتظر حتى تنتهي.</translation>
    </message>
    <message>
        <source>Reading text again: 0 of %1…</source>
        <translation>جارٍ إعادة قراءة النص: 0 من %1…</translation>
    </message>
    <message>
        <source>Added to dossier %1 as %2.</source>
        <translation>أُضيف إلى ملف القضية %1 بوصفه %2.</translation>
    </message>
    <message>
        <source>&amp;New Testimony…</source>
        <translation>شهادة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Testimony %1 created.</source>
        <translation>أُنشئت الشهادة %1.</translation>
    </message>
    <message numerus="yes">
        <source>Testimony %1 created; its %n file(s) are being imported.</source>
        <translation>
            <numerusform>أُنشئت الشهادة %1؛ ولا ملفات لها قيد الاستيراد.</numerusform>
            <numerusform>أُنشئت الشهادة %1؛ ويجري استيراد ملفها.</numerusform>
            <numerusform>أُنشئت الشهادة %1؛ ويجري استيراد ملفيها.</numerusform>
            <numerusform>أُنشئت الشهادة %1؛ ويجري استيراد ملفاتها الـ%n.</numerusform>
            <numerusform>أُنشئت الشهادة %1؛ ويجري استيراد ملفاتها الـ%n.</numerusform>
            <numerusform>أُنشئت الشهادة %1؛ ويجري استيراد ملفاتها الـ%n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemListModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>تاريخ الحدث</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemViewer</name>
    <message>
        <source>No item selected.</source>
        <translation>لم يُحدَّد أي عنصر.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryCare</name>
    <message>
        <source>&amp;Verify Library</source>
        <translation>ال&amp;تحقق من المكتبة</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;نسخ احتياطي…</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>تغيير &amp;عبارة المرور…</translation>
    </message>
    <message>
        <source>New &amp;Recovery Key…</source>
        <translation>مفتاح &amp;استرداد جديد…</translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>المكتبة سليمة.</translation>
    </message>
    <message>
        <source>The library failed verification.</source>
        <translation>لم تجتز المكتبة التحقق.</translation>
    </message>
    <message>
        <source>Backup written.</source>
        <translation>كُتبت النسخة الاحتياطية.</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>فشل النسخ الاحتياطي.</translation>
    </message>
    <message>
        <source>Database: %1
Originals and custody log: not checked, because the database failed its integrity check.</source>
        <translation>قاعدة البيانات: %1
الملفات الأصلية وسجل سلسلة العهدة: لم تُفحص، لأن قاعدة البيانات لم تجتز فحص السلامة.</translation>
    </message>
    <message>
        <source>Database: every page is intact.</source>
        <translation>قاعدة البيانات: كل الصفحات سليمة.</translation>
    </message>
    <message numerus="yes">
        <source>Originals: %n checked</source>
        <translation>
            <numerusform>الملفات الأصلية: لم يُفحص أي ملف</numerusform>
            <numerusform>الملفات الأصلية: فُحص ملف واحد</numerusform>
            <numerusform>الملفات الأصلية: فُحص ملفان</numerusform>
            <numerusform>الملفات الأصلية: فُحصت %n ملفات</numerusform>
            <numerusform>الملفات الأصلية: فُحص %n ملفًا</numerusform>
            <numerusform>الملفات الأصلية: فُحص %n ملف</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>العنصر %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Custody log: intact, %n event(s).</source>
        <translation>
            <numerusform>سجل سلسلة العهدة: سليم، %n حدث.</numerusform>
            <numerusform>سجل سلسلة العهدة: سليم، حدث واحد.</numerusform>
            <numerusform>سجل سلسلة العهدة: سليم، حدثان.</numerusform>
            <numerusform>سجل سلسلة العهدة: سليم، %n أحداث.</numerusform>
            <numerusform>سجل سلسلة العهدة: سليم، %n حدثًا.</numerusform>
            <numerusform>سجل سلسلة العهدة: سليم، %n حدث.</numerusform>
        </translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation>سجل سلسلة العهدة: %1</translation>
    </message>
    <message>
        <source>Last committed change: %1</source>
        <translation>آخر تغيير مُثبَّت: %1</translation>
    </message>
    <message>
        <source>Back Up To (a folder on a drive kept apart)</source>
        <translation>النسخ الاحتياطي إلى (مجلد على قرص يُحفظ منفصلًا)</translation>
    </message>
    <message>
        <source>The copy in %1 opens with the same passphrase and recovery key.</source>
        <translation>تُفتح النسخة الموجودة في %1 بعبارة المرور نفسها ومفتاح الاسترداد نفسه.</translation>
    </message>
    <message>
        <source>Amanat</source>
        <translation>Amanat</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>غُيِّرت عبارة المرور.</translation>
    </message>
    <message>
        <source>The old passphrase no longer opens this library.</source>
        <translation>لم تعد عبارة المرور القديمة تفتح هذه المكتبة.</translation>
    </message>
    <message>
        <source>New Recovery Key</source>
        <translation>مفتاح استرداد جديد</translation>
    </message>
    <message>
        <source>Issue a new recovery key?</source>
        <translation>إصدار مفتاح استرداد جديد؟</translation>
    </message>
    <message>
        <source>Do this when the old key may have been seen or lost. The old key stops opening this library at once (backups made before keep it). The new key is shown once: print it or write it down.</source>
        <translation>افعل ذلك إذا احتُمل أن يكون المفتاح القديم قد رآه أحد أو ضاع. يتوقف المفتاح القديم فورًا عن فتح هذه المكتبة (وتحتفظ به النسخ الاحتياطية السابقة). يُعرض المفتاح الجديد مرة واحدة: اطبعه أو دوِّنه.</translation>
    </message>
    <message>
        <source>Issue New Key</source>
        <translation>إصدار المفتاح الجديد</translation>
    </message>
    <message>
        <source>No new recovery key was issued.</source>
        <translation>لم يصدر مفتاح استرداد جديد.</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;تم</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryEditor</name>
    <message>
        <source>%1 cannot be edited here.</source>
        <translation>لا يمكن تحرير %1 هنا.</translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation>الوسم %1 موجود مسبقًا.</translation>
    </message>
    <message>
        <source>The library is locked.</source>
        <translation>المكتبة مقفلة.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryView</name>
    <message>
        <source>Showing %1 of %2 results</source>
        <translation>عرض %1 من %2 نتيجة</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>نتيجة واحدة</numerusform>
            <numerusform>نتيجتان</numerusform>
            <numerusform>%n نتائج</numerusform>
            <numerusform>%n نتيجة</numerusform>
            <numerusform>%n نتيجة</numerusform>
        </translation>
    </message>
    <message>
        <source>All items</source>
        <translation>كل العناصر</translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, tag:…, kind:…, after:…  (Ctrl+F)</source>
        <translation>البحث: كلمات، &quot;عبارات&quot;، tag:…، kind:…، after:…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>حفظ البحث…</translation>
    </message>
    <message>
        <source>Add Tag to Selection…</source>
        <translation>إضافة وسم إلى التحديد…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1: %n عنصر</numerusform>
            <numerusform>%1: عنصر واحد</numerusform>
            <numerusform>%1: عنصران</numerusform>
            <numerusform>%1: %n عناصر</numerusform>
            <numerusform>%1: %n عنصرًا</numerusform>
            <numerusform>%1: %n عنصر</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>إضافة وسم</translation>
    </message>
    <message numerus="yes">
        <source>Tag the %n selected item(s) with:</source>
        <translation>
            <numerusform>أضِف إلى %n عنصر محدَّد الوسم:</numerusform>
            <numerusform>أضِف إلى العنصر المحدَّد الوسم:</numerusform>
            <numerusform>أضِف إلى العنصرين المحدَّدين الوسم:</numerusform>
            <numerusform>أضِف إلى %n عناصر محدَّدة الوسم:</numerusform>
            <numerusform>أضِف إلى %n عنصرًا محدَّدًا الوسم:</numerusform>
            <numerusform>أضِف إلى %n عنصر محدَّد الوسم:</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag from Selection</source>
        <translation>إزالة وسم من التحديد</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>حفظ البحث</translation>
    </message>
    <message>
        <source>Name for the search “%1”:</source>
        <translation>اسم للبحث «%1»:</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>لا نتائج</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>إزالة هذا المرشِّح</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>إزالة المرشِّح %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Narrow the search</source>
        <translation>تضييق البحث</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>العناصر</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MainWindow</name>
    <message>
        <source>&amp;Library</source>
        <translation>ال&amp;مكتبة</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>%1 — Amanat</source>
        <translation>%1 — Amanat</translation>
    </message>
    <message>
        <source>Amanat — locked</source>
        <translation>Amanat — مقفل</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>ا&amp;ستيراد ملفات…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>استيراد ملفات</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>استيراد م&amp;جلد…</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>استيراد مجلد</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>مكتبة &amp;جديدة…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>ت&amp;حرير</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>ت&amp;راجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>&amp;Tag Selected Items…</source>
        <translation>وس&amp;م العناصر المحدَّدة…</translation>
    </message>
    <message>
        <source>An import is running. Export the bundle when it has finished.</source>
        <translation>يجري استيراد حاليًا. صدِّر الحزمة عند انتهائه.</translation>
    </message>
    <message>
        <source>Import in Progress</source>
        <translation>الاستيراد قيد التنفيذ</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit?</source>
        <translation>لا يزال الاستيراد جاريًا. هل تريد إيقافه والخروج؟</translation>
    </message>
    <message>
        <source>Stop Import and Quit</source>
        <translation>إيقاف الاستيراد والخروج</translation>
    </message>
    <message>
        <source>Keep Importing</source>
        <translation>متابعة الاستيراد</translation>
    </message>
    <message>
        <source>&amp;Protected People…</source>
        <translation>الأشخاص الم&amp;حميون…</translation>
    </message>
    <message>
        <source>Amanat</source>
        <translation>Amanat</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>ال&amp;عنصر</translation>
    </message>
    <message>
        <source>Import &amp;Spreadsheet…</source>
        <translation>استيراد &amp;جدول بيانات…</translation>
    </message>
    <message>
        <source>Import items listed in a CSV file, one row per item, with their files and tags.</source>
        <translation>استيراد العناصر المدرجة في ملف CSV، صف لكل عنصر، مع ملفاتها ووسومها.</translation>
    </message>
    <message>
        <source>the items tagged %1</source>
        <translation>العناصر الموسومة بـ %1</translation>
    </message>
    <message>
        <source>the exhibits of the dossier %1</source>
        <translation>مستندات ملف القضية %1</translation>
    </message>
    <message>
        <source>Files not yet stored are not imported. Files already stored stay in the library; their text is read again with Item → Read Text Again.</source>
        <translation>الملفات التي لم تُخزَّن بعد لن تُستورد. أما الملفات المخزَّنة فتبقى في المكتبة، ويُقرأ نصها مجددًا بأمر إعادة قراءة النص.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MediaViewer</name>
    <message>
        <source>Audio recording</source>
        <translation>تسجيل صوتي</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>تشغيل (Space)</translation>
    </message>
    <message>
        <source>One frame back (while paused)</source>
        <translation>إطار واحد للخلف (أثناء الإيقاف المؤقت)</translation>
    </message>
    <message>
        <source>One frame forward (while paused)</source>
        <translation>إطار واحد للأمام (أثناء الإيقاف المؤقت)</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>سرعة التشغيل</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>This recording could not be played.</source>
        <translation>تعذّر تشغيل هذا التسجيل.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>إيقاف مؤقت (Space)</translation>
    </message>
    <message>
        <source>Play Anyway</source>
        <translation>تشغيل رغم ذلك</translation>
    </message>
    <message>
        <source>Playing it is recorded in the custody log.</source>
        <translation>يُسجَّل تشغيله في سجل سلسلة العهدة.</translation>
    </message>
    <message>
        <source>This recording has not been checked: reading it in the sandboxed helper has not finished or was stopped.</source>
        <translation>لم يُفحص هذا التسجيل: لم تنتهِ قراءته في الأداة المساعدة المعزولة أو أُوقفت.</translation>
    </message>
    <message>
        <source>The sandboxed helper could not read this recording completely.</source>
        <translation>تعذّر على الأداة المساعدة المعزولة قراءة هذا التسجيل كاملًا.</translation>
    </message>
    <message>
        <source>The sandboxed helper could not read this recording: %1</source>
        <translation>تعذّر على الأداة المساعدة المعزولة قراءة هذا التسجيل: %1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>النص المفرَّغ</translation>
    </message>
    <message>
        <source>Clip markers</source>
        <translation>علامات المقاطع</translation>
    </message>
    <message>
        <source>Recordings play inside Amanat, where your library is open, and a file made to attack a media player can look like this. Play it only if you trust where it came from, or read its text again first (Item → Read Text Again).</source>
        <translation>تُشغَّل التسجيلات داخل Amanat حيث مكتبتك مفتوحة، وقد يبدو الملف المصمَّم لمهاجمة مشغّل الوسائط هكذا. لا تشغّله إلا إذا كنت تثق بمصدره، أو أعد قراءته أولًا (إعادة قراءة النص).</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MetadataEditor</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>تاريخ الحدث</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM, YYYY-MM-DD or a range A/B</source>
        <translation>YYYY أو YYYY-MM أو YYYY-MM-DD أو نطاق A/B</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>e.g. en, ug, ar-SY</source>
        <translation>مثلًا: en، ug، ar-SY</translation>
    </message>
    <message>
        <source>Source author</source>
        <translation>مؤلف المصدر</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>عنوان المصدر</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>عنوان URL للمصدر</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>تاريخ الاطلاع</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>ترجمة لـ</translation>
    </message>
    <message>
        <source>number of the original item</source>
        <translation>رقم العنصر الأصلي</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>المترجم</translation>
    </message>
    <message>
        <source>Name, qualification, address</source>
        <translation>الاسم، المؤهل، العنوان</translation>
    </message>
    <message>
        <source>Translation date</source>
        <translation>تاريخ الترجمة</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>ال&amp;نوع</translation>
    </message>
</context>
<context>
    <name>amanat::ui::NewPassphrasePanel</name>
    <message>
        <source>Set a new passphrase?</source>
        <translation>هل تريد تعيين عبارة مرور جديدة؟</translation>
    </message>
    <message>
        <source>You opened the library with its recovery key. If the passphrase was forgotten or may be known to someone else, set a new one now. The old passphrase will no longer open the library; the recovery key still will.</source>
        <translation>فتحت المكتبة بمفتاح الاسترداد الخاص بها. إن كانت عبارة المرور قد نُسيت أو ربما عرفها شخص آخر، فعيّن عبارة جديدة الآن. لن تفتح عبارة المرور القديمة المكتبة بعد ذلك؛ أما مفتاح الاسترداد فسيظل يفتحها.</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;ليس الآن</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;تعيين عبارة المرور</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>تغيير عبارة المرور</translation>
    </message>
    <message>
        <source>The old passphrase will no longer open the library; the recovery key still will. Backups made before keep the old passphrase.</source>
        <translation>لن تفتح عبارة المرور القديمة المكتبة بعد الآن؛ أما مفتاح الاسترداد فسيظل يفتحها. وتحتفظ النسخ الاحتياطية السابقة بعبارة المرور القديمة.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>amanat::ui::NewTestimonyDialog</name>
    <message>
        <source>New Testimony</source>
        <translation>شهادة جديدة</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>e.g. Interview W-014</source>
        <translation>مثلًا: مقابلة W-014</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>e.g. ug, or ug-CN</source>
        <translation>مثلًا: ug أو ug-CN</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>لغة المقابلة</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>الل&amp;غة</translation>
    </message>
    <message>
        <source>Recordings, signed statements and transcripts</source>
        <translation>التسجيلات والإفادات الموقَّعة والنصوص المفرَّغة</translation>
    </message>
    <message>
        <source>Imported as items of their own, read in the sandbox and tagged with the witness code.</source>
        <translation>تُستورد عناصرَ مستقلة، وتُقرأ في البيئة المعزولة، وتوسم برمز الشاهد.</translation>
    </message>
    <message>
        <source>Files of the testimony</source>
        <translation>ملفات الشهادة</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>إضافة &amp;ملفات…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>&amp;Create Testimony</source>
        <translation>إ&amp;نشاء الشهادة</translation>
    </message>
    <message>
        <source>Files of the Testimony</source>
        <translation>ملفات الشهادة</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>مقابلة %1</translation>
    </message>
    <message>
        <source>Give the witness a code, such as W-014. Lists and bundles show the code, never the name.</source>
        <translation>أعطِ الشاهد رمزًا، مثل W-014. تعرض القوائم والحزم الرمز، ولا تعرض الاسم أبدًا.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::OcrLanguageList</name>
    <message>
        <source>OCR languages</source>
        <translation>لغات التعرف الضوئي على النصوص</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (غير مثبَّتة)</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PassphraseFields</name>
    <message>
        <source>Passphrase strength</source>
        <translation>قوة عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>أ&amp;عد إدخالها:</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>القوة:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PdfViewer</name>
    <message>
        <source>Previous page</source>
        <translation>الصفحة السابقة</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>الصفحة التالية</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>تصغير (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>تكبير (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>ملاءمة للعرض</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>جارٍ فتح المستند…</translation>
    </message>
    <message>
        <source>This document is protected by a password and cannot be displayed.</source>
        <translation>هذا المستند محمي بكلمة مرور ولا يمكن عرضه.</translation>
    </message>
    <message>
        <source>This document could not be displayed.</source>
        <translation>تعذّر عرض هذا المستند.</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>الصفحة %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>من %1</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>لم يُعثر عليه</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 من %2</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PersonEditorDialog</name>
    <message>
        <source>Edit Protected Person</source>
        <translation>تحرير شخص محمي</translation>
    </message>
    <message>
        <source>Add Protected Person</source>
        <translation>إضافة شخص محمي</translation>
    </message>
    <message>
        <source>e.g. W-014 or P-relative-2; never a name</source>
        <translation>مثلًا: W-014 أو P-relative-2؛ وليس اسمًا أبدًا</translation>
    </message>
    <message>
        <source>What lists, the custody log and bundle sheets show instead of the person&apos;s name.</source>
        <translation>ما تعرضه القوائم وسجل سلسلة العهدة وأوراق الحزمة بدلًا من اسم الشخص.</translation>
    </message>
    <message>
        <source>One name or spelling per line: Latin, Arabic script, Han, Cyrillic; the surname or given name alone if it must go too.</source>
        <translation>اسم أو تهجئة واحدة في كل سطر: بالحروف اللاتينية أو العربية أو الصينية (Han) أو السيريلية؛ واكتب اسم العائلة أو الاسم الأول وحده إن كان يجب حذفه أيضًا.</translation>
    </message>
    <message>
        <source>One per line: phone numbers, e-mail addresses, street addresses.</source>
        <translation>واحد في كل سطر: أرقام الهواتف، وعناوين البريد الإلكتروني، والعناوين البريدية.</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>الأ&amp;سماء:</translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation>بيانات الا&amp;تصال:</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>إ&amp;ظهار</translation>
    </message>
    <message>
        <source>Every name and contact is removed from the page images and text of every bundle, unless a dossier exempts this person. They are never listed, logged or searchable.</source>
        <translation>يُزال كل اسم وكل بيانات اتصال من صور الصفحات ونصوص كل حزمة، ما لم يستثنِ ملفُ قضية هذا الشخص. ولا تُدرج أبدًا في القوائم أو السجلات ولا يمكن البحث عنها.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>ال&amp;رمز:</translation>
    </message>
    <message>
        <source>%1 and %2 are hidden. Revealing them shows them on screen and is recorded in the custody log.</source>
        <translation>%1 و%2 مخفية. إظهارها يعرضها على الشاشة ويُسجَّل في سجل سلسلة العهدة.</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n اسم</numerusform>
            <numerusform>اسم واحد</numerusform>
            <numerusform>اسمان</numerusform>
            <numerusform>%n أسماء</numerusform>
            <numerusform>%n اسمًا</numerusform>
            <numerusform>%n اسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n وسيلة اتصال</numerusform>
            <numerusform>وسيلة اتصال واحدة</numerusform>
            <numerusform>وسيلتا اتصال</numerusform>
            <numerusform>%n وسائل اتصال</numerusform>
            <numerusform>%n وسيلة اتصال</numerusform>
            <numerusform>%n وسيلة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>A witness is known by the witness code of their testimony: change it in the testimony.</source>
        <translation>يُعرَف الشاهد برمز الشاهد في شهادته: غيّره في الشهادة.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ProtectedPeopleDialog</name>
    <message>
        <source>Protected People</source>
        <translation>الأشخاص المحميون</translation>
    </message>
    <message>
        <source>People whose identity must never leave the library: witnesses (by the witness code of their testimony) and anyone else a file names. Their names and contacts are removed from every bundle unless a dossier exempts them, and are never shown in lists.</source>
        <translation>أشخاص يجب ألا تغادر هويتهم المكتبة أبدًا: الشهود (برمز الشاهد في شهادتهم) وأي شخص آخر يذكره ملف. تُزال أسماؤهم وبيانات الاتصال بهم من كل حزمة ما لم يستثنهم ملف قضية، ولا تُعرض أبدًا في القوائم.</translation>
    </message>
    <message>
        <source>Protected people</source>
        <translation>الأشخاص المحميون</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إ&amp;ضافة…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>ت&amp;حرير…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;حذف…</translation>
    </message>
    <message>
        <source>Delete %1 and every name and contact recorded for them? Bundles will no longer remove them.</source>
        <translation>هل تريد حذف %1 وكل اسم وبيانات اتصال مسجَّلة له؟ لن تُزيلها الحزم بعد ذلك.</translation>
    </message>
    <message>
        <source>%1 is the witness of a testimony: the testimony&apos;s witness name and contact are deleted with them.</source>
        <translation>%1 هو شاهد في شهادة: يُحذف معه اسم الشاهد وبيانات الاتصال به المسجَّلة في الشهادة.</translation>
    </message>
    <message>
        <source>Delete Protected Person</source>
        <translation>حذف شخص محمي</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ProtectedPersonModel</name>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n اسم</numerusform>
            <numerusform>اسم واحد</numerusform>
            <numerusform>اسمان</numerusform>
            <numerusform>%n أسماء</numerusform>
            <numerusform>%n اسمًا</numerusform>
            <numerusform>%n اسم</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n وسيلة اتصال</numerusform>
            <numerusform>وسيلة اتصال واحدة</numerusform>
            <numerusform>وسيلتا اتصال</numerusform>
            <numerusform>%n وسائل اتصال</numerusform>
            <numerusform>%n وسيلة اتصال</numerusform>
            <numerusform>%n وسيلة اتصال</numerusform>
        </translation>
    </message>
    <message>
        <source>Witness of item %1</source>
        <translation>شاهد العنصر %1</translation>
    </message>
    <message>
        <source>Recorded here</source>
        <translation>مسجَّل هنا</translation>
    </message>
    <message>
        <source>The witness of testimony item %1: the code is the testimony&apos;s witness code.</source>
        <translation>شاهد عنصر الشهادة %1: الرمز هو رمز الشاهد في الشهادة.</translation>
    </message>
    <message>
        <source>Recorded in this list (a relative, a photographer, anyone a file names), not as a testimony&apos;s witness.</source>
        <translation>مسجَّل في هذه القائمة (قريب، أو مصوِّر، أو أي شخص يذكره ملف)، وليس بصفته شاهدًا في شهادة.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>الأسماء</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>Witness of</source>
        <translation>شاهد في</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReadAgainDialog</name>
    <message>
        <source>Read Text Again</source>
        <translation>إعادة قراءة النص</translation>
    </message>
    <message numerus="yes">
        <source>Read the text of the %n selected item(s) again from their original files. Scanned pages and photos are read in the languages ticked here; the old text is replaced.</source>
        <translation>
            <numerusform>أعد قراءة نص العناصر المحدَّدة (%n) من ملفاتها الأصلية. تُقرأ الصفحات الممسوحة ضوئيًا والصور باللغات المحدَّدة هنا؛ ويُستبدل النص القديم.</numerusform>
            <numerusform>أعد قراءة نص العنصر المحدَّد من ملفه الأصلي. تُقرأ الصفحات الممسوحة ضوئيًا والصور باللغات المحدَّدة هنا؛ ويُستبدل النص القديم.</numerusform>
            <numerusform>أعد قراءة نص العنصرين المحدَّدين من ملفيهما الأصليين. تُقرأ الصفحات الممسوحة ضوئيًا والصور باللغات المحدَّدة هنا؛ ويُستبدل النص القديم.</numerusform>
            <numerusform>أعد قراءة نص العناصر المحدَّدة الـ%n من ملفاتها الأصلية. تُقرأ الصفحات الممسوحة ضوئيًا والصور باللغات المحدَّدة هنا؛ ويُستبدل النص القديم.</numerusform>
            <numerusform>أعد قراءة نص العناصر المحدَّدة الـ%n من ملفاتها الأصلية. تُقرأ الصفحات الممسوحة ضوئيًا والصور باللغات المحدَّدة هنا؛ ويُستبدل النص القديم.</numerusform>
            <numerusform>أعد قراءة نص العناصر المحدَّدة الـ%n من ملفاتها الأصلية. تُقرأ الصفحات الممسوحة ضوئيًا والصور باللغات المحدَّدة هنا؛ ويُستبدل النص القديم.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>إعادة ال&amp;قراءة</translation>
    </message>
    <message>
        <source>OCR languages:</source>
        <translation>لغات التعرف الضوئي على النصوص:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>مفتاح الاسترداد الخاص بك</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way into the library. It is shown now and never again. Print it or write it down, and keep it away from this computer.</source>
        <translation>إن نُسيت عبارة المرور يومًا، فهذا المفتاح هو السبيل الوحيد إلى المكتبة. يُعرض الآن ولن يُعرض مجددًا أبدًا. اطبعه أو دوّنه، واحفظه بعيدًا عن هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>مفتاح الاسترداد</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>حفظ بصيغة P&amp;DF…</translation>
    </message>
    <message>
        <source>To make sure you have it, type two of its groups:</source>
        <translation>للتأكد من أنه لديك، اكتب مجموعتين من مجموعاته:</translation>
    </message>
    <message>
        <source>I have printed or saved the key and will keep it safe</source>
        <translation>طبعتُ المفتاح أو حفظته وسأحتفظ به في مكان آمن</translation>
    </message>
    <message>
        <source>Available after printing or saving the key.</source>
        <translation>يُتاح بعد طباعة المفتاح أو حفظه.</translation>
    </message>
    <message>
        <source>&amp;Open the library</source>
        <translation>&amp;فتح المكتبة</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation>المجموعة &amp;%1:</translation>
    </message>
    <message>
        <source>Group %1:</source>
        <translation>المجموعة %1:</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>أُرسل إلى الطابعة.</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>حفظ مفتاح الاسترداد بصيغة PDF</translation>
    </message>
    <message>
        <source>%1 recovery key.pdf</source>
        <translation>مفتاح استرداد %1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another place.</source>
        <translation>تعذّرت كتابة ملف PDF هناك. اختر مكانًا آخر.</translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer (print it, or keep it on a separate USB stick) and delete it here.</source>
        <translation>حُفظ. انقل الملف من هذا الحاسوب (اطبعه، أو احفظه على ذاكرة USB منفصلة) واحذفه من هنا.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionOverlay</name>
    <message>
        <source>Redact area</source>
        <translation>حجب منطقة</translation>
    </message>
    <message>
        <source>Redact area: black out an area in exported bundles; the original is not changed. Drag over the page to draw it; right-click a box to remove it.</source>
        <translation>حجب منطقة: اطمس منطقة بالأسود في الحزم المصدَّرة؛ ولا يتغيّر الملف الأصلي. اسحب فوق الصفحة لرسمها؛ وانقر مربعًا بزر الفأرة الأيمن لإزالته.</translation>
    </message>
    <message>
        <source>Remove redaction</source>
        <translation>إزالة الحجب</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionReviewDialog</name>
    <message>
        <source>Redaction Review</source>
        <translation>مراجعة الحجب</translation>
    </message>
    <message>
        <source>Pages to review</source>
        <translation>الصفحات المطلوب مراجعتها</translation>
    </message>
    <message>
        <source>&amp;Pages to review:</source>
        <translation>ال&amp;صفحات المطلوب مراجعتها:</translation>
    </message>
    <message>
        <source>&amp;Mark Page Reviewed</source>
        <translation>&amp;تعليم الصفحة بأنها رُوجعت</translation>
    </message>
    <message>
        <source>The redactor proposes, you decide. It read each page listed here and proposed boxes (red outline) over the protected names and contacts it found. Look at every page: remove a box over something that is not protected, draw a box over anything it missed, then mark the page reviewed. Your decisions go to the custody log, and the exhibit sheets say who reviewed each page.</source>
        <translation>أداة الحجب تقترح، وأنت تقرّر. لقد قرأت كل صفحة مدرجة هنا واقترحت مربعات (بإطار أحمر) فوق الأسماء المحمية وبيانات الاتصال التي عثرت عليها. اطّلع على كل صفحة: أزِل أي مربع فوق شيء غير محمي، وارسم مربعًا فوق أي شيء فاتها، ثم علِّم الصفحة بأنها رُوجعت. تُسجَّل قراراتك في سجل سلسلة العهدة، وتذكر أوراق المستندات من راجع كل صفحة.</translation>
    </message>
    <message>
        <source>Pages of this dossier await redaction review before it can be exported.</source>
        <translation>صفحات من ملف القضية هذا بانتظار مراجعة الحجب قبل أن يمكن تصديره.</translation>
    </message>
    <message>
        <source>Continue to &amp;Export…</source>
        <translation>متابعة إلى ال&amp;تصدير…</translation>
    </message>
    <message>
        <source>No page of this dossier needs a review: no scans or photos, and no protected name in the text of its pages.</source>
        <translation>لا توجد صفحة في ملف القضية هذا تحتاج إلى مراجعة: لا مستندات ممسوحة ضوئيًا أو صور، ولا اسم محمي في نص صفحاته.</translation>
    </message>
    <message>
        <source>Every page has been reviewed.</source>
        <translation>رُوجعت كل الصفحات.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 page(s) await review.</source>
        <translation>
            <numerusform>%n من %1 صفحة بانتظار المراجعة.</numerusform>
            <numerusform>صفحة واحدة من %1 بانتظار المراجعة.</numerusform>
            <numerusform>صفحتان من %1 بانتظار المراجعة.</numerusform>
            <numerusform>%n من %1 صفحة بانتظار المراجعة.</numerusform>
            <numerusform>%n من %1 صفحة بانتظار المراجعة.</numerusform>
            <numerusform>%n من %1 صفحة بانتظار المراجعة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>لا شيء للمراجعة</translation>
    </message>
    <message>
        <source>Exhibit %1, page %2</source>
        <translation>المستند %1، الصفحة %2</translation>
    </message>
    <message>
        <source>Needs a look because: %1.</source>
        <translation>تحتاج إلى اطّلاع لأن: %1.</translation>
    </message>
    <message>
        <source>As exported: every box is burned in, and nothing under it can be recovered from the bundle.</source>
        <translation>كما ستُصدَّر: كل مربع مطبوع بشكل دائم، ولا يمكن استرداد أي شيء تحته من الحزمة.</translation>
    </message>
    <message>
        <source>The redactor has not finished reading this page.</source>
        <translation>لم تنتهِ أداة الحجب من قراءة هذه الصفحة.</translation>
    </message>
    <message>
        <source>The redactor proposes no box on this page.</source>
        <translation>لا تقترح أداة الحجب أي مربع في هذه الصفحة.</translation>
    </message>
    <message numerus="yes">
        <source>The redactor proposes %n box(es).</source>
        <translation>
            <numerusform>تقترح أداة الحجب %n مربع.</numerusform>
            <numerusform>تقترح أداة الحجب مربعًا واحدًا.</numerusform>
            <numerusform>تقترح أداة الحجب مربعين.</numerusform>
            <numerusform>تقترح أداة الحجب %n مربعات.</numerusform>
            <numerusform>تقترح أداة الحجب %n مربعًا.</numerusform>
            <numerusform>تقترح أداة الحجب %n مربع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The redactor proposes %n box(es), for %1.</source>
        <translation>
            <numerusform>تقترح أداة الحجب %n مربع، لـ %1.</numerusform>
            <numerusform>تقترح أداة الحجب مربعًا واحدًا، لـ %1.</numerusform>
            <numerusform>تقترح أداة الحجب مربعين، لـ %1.</numerusform>
            <numerusform>تقترح أداة الحجب %n مربعات، لـ %1.</numerusform>
            <numerusform>تقترح أداة الحجب %n مربعًا، لـ %1.</numerusform>
            <numerusform>تقترح أداة الحجب %n مربع، لـ %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You drew %n box(es).</source>
        <translation>
            <numerusform>رسمت %n مربع.</numerusform>
            <numerusform>رسمت مربعًا واحدًا.</numerusform>
            <numerusform>رسمت مربعين.</numerusform>
            <numerusform>رسمت %n مربعات.</numerusform>
            <numerusform>رسمت %n مربعًا.</numerusform>
            <numerusform>رسمت %n مربع.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You left %n area(s) visible.</source>
        <translation>
            <numerusform>تركت %n منطقة ظاهرة.</numerusform>
            <numerusform>تركت منطقة واحدة ظاهرة.</numerusform>
            <numerusform>تركت منطقتين ظاهرتين.</numerusform>
            <numerusform>تركت %n مناطق ظاهرة.</numerusform>
            <numerusform>تركت %n منطقة ظاهرة.</numerusform>
            <numerusform>تركت %n منطقة ظاهرة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the page to be shown with the boxes now in force.</source>
        <translation>انتظر حتى تُعرض الصفحة بالمربعات السارية الآن.</translation>
    </message>
    <message>
        <source>Records you as the reviewer of this page in the custody log (Ctrl+Return). The exhibit sheet names who reviewed it.</source>
        <translation>يسجّلك مراجعًا لهذه الصفحة في سجل سلسلة العهدة (Ctrl+Return). وتذكر ورقة المستند اسم من راجعها.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionsPanel</name>
    <message>
        <source>Text to remove from the bundle</source>
        <translation>نص يُزال من الحزمة</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>حجب</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Redactions apply to every export of this item; the original stays as it is. Page areas are drawn in the viewer.</source>
        <translation>تنطبق عمليات الحجب على كل تصدير لهذا العنصر؛ ويبقى الملف الأصلي كما هو. تُرسم مناطق الصفحات في العارض.</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>النص: «%1»</translation>
    </message>
    <message>
        <source>Page %1, area %2 %, %3 %, %4 × %5 %</source>
        <translation>الصفحة %1، المنطقة %2 %، %3 %، %4 × %5 %</translation>
    </message>
    <message>
        <source>Redactions of this item</source>
        <translation>عمليات الحجب في هذا العنصر</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewCanvas</name>
    <message>
        <source>Page under review</source>
        <translation>الصفحة قيد المراجعة</translation>
    </message>
    <message>
        <source>Drag to black out an area. Tab selects the boxes one by one; Delete removes the selected box.</source>
        <translation>اسحب لطمس منطقة بالأسود. يحدِّد Tab المربعات واحدًا تلو الآخر؛ ويزيل Delete المربع المحدَّد.</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>مقترَح</translation>
    </message>
    <message>
        <source>proposed for %1</source>
        <translation>مقترَح لـ %1</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>من رسمك</translation>
    </message>
    <message>
        <source>left visible</source>
        <translation>متروك ظاهرًا</translation>
    </message>
    <message>
        <source>Proposed by the redactor. Delete leaves this area visible.</source>
        <translation>اقترحته أداة الحجب. يترك Delete هذه المنطقة ظاهرة.</translation>
    </message>
    <message>
        <source>Proposed by the redactor for %1. Delete leaves this area visible.</source>
        <translation>اقترحته أداة الحجب لـ %1. يترك Delete هذه المنطقة ظاهرة.</translation>
    </message>
    <message>
        <source>Drawn by you: always blacked out. Delete removes it.</source>
        <translation>رسمته أنت: يُطمس دائمًا بالأسود. يزيله Delete.</translation>
    </message>
    <message>
        <source>Left visible by you: the redactor&apos;s boxes here are not burned. Delete blacks them out again.</source>
        <translation>تركته أنت ظاهرًا: مربعات أداة الحجب هنا لا تُطبع. يعيد Delete طمسها بالأسود.</translation>
    </message>
    <message>
        <source>Leave Visible (Not a Protected Name)</source>
        <translation>ترك ظاهرًا (ليس اسمًا محميًا)</translation>
    </message>
    <message>
        <source>Remove My Box</source>
        <translation>إزالة مربعي</translation>
    </message>
    <message>
        <source>Black Out Again</source>
        <translation>الطمس بالأسود مجددًا</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPageModel</name>
    <message>
        <source>Not reviewed</source>
        <translation>لم يُراجَع</translation>
    </message>
    <message>
        <source>Changed since %1 reviewed it on %2</source>
        <translation>تغيّر منذ أن راجعه %1 في %2</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>راجعه %1 في %2</translation>
    </message>
    <message>
        <source>Exhibit %1, page %2
%3
%4</source>
        <translation>المستند %1، الصفحة %2
%3
%4</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>الصفحة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPageView</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>تصغير (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>تكبير (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit the page in the window (Ctrl+0)</source>
        <translation>ملاءمة الصفحة للنافذة (Ctrl+0)</translation>
    </message>
    <message>
        <source>Preview as e&amp;xported</source>
        <translation>معاينة كما ستُ&amp;صدَّر</translation>
    </message>
    <message>
        <source>Show the page as the bundle will have it, every box burned in. Boxes cannot be changed in this view.</source>
        <translation>اعرض الصفحة كما ستكون في الحزمة، وكل مربع مطبوع بشكل دائم. لا يمكن تغيير المربعات في هذا العرض.</translation>
    </message>
    <message>
        <source>Reading the page again with your changes…</source>
        <translation>جارٍ قراءة الصفحة مجددًا مع تغييراتك…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>إعادة الم&amp;حاولة</translation>
    </message>
    <message>
        <source>The redactor is reading the page for protected names and contacts. OCR takes a few seconds…</source>
        <translation>تقرأ أداة الحجب الصفحة بحثًا عن أسماء محمية وبيانات اتصال. يستغرق OCR بضع ثوانٍ…</translation>
    </message>
    <message>
        <source>Proposed by the redactor</source>
        <translation>اقترحته أداة الحجب</translation>
    </message>
    <message>
        <source>Drawn by you</source>
        <translation>رسمته أنت</translation>
    </message>
    <message>
        <source>Left visible by you</source>
        <translation>تركته أنت ظاهرًا</translation>
    </message>
    <message>
        <source>The page could not be prepared for review, so it cannot be approved here yet.

%1</source>
        <translation>تعذّر تجهيز الصفحة للمراجعة، لذا لا يمكن اعتمادها هنا بعد.

%1</translation>
    </message>
    <message>
        <source>Clear &quot;Preview as exported&quot; to change the boxes.</source>
        <translation>ألغِ تحديد «معاينة كما ستُصدَّر» لتغيير المربعات.</translation>
    </message>
    <message>
        <source>Drag the box to move it, or its handles to resize it.</source>
        <translation>اسحب المربع لنقله، أو اسحب مقابضه لتغيير حجمه.</translation>
    </message>
    <message>
        <source>Drag on the page to black out what the redactor missed. Click a box to select it, drag it to move it or its handles to resize it, and press Delete to remove it. Tab steps through the boxes.</source>
        <translation>اسحب على الصفحة لطمس ما فات أداة الحجب بالأسود. انقر مربعًا لتحديده، واسحبه لنقله أو اسحب مقابضه لتغيير حجمه، واضغط Delete لإزالته. ينتقل Tab بين المربعات.</translation>
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
        <translation>أعادت الأداة المساعدة صورة صفحة لا يمكن عرضها.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SearchResultModel</name>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>التطابق</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>الصفحة %1: %2</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SecretLineEdit</name>
    <message>
        <source>Show passphrase</source>
        <translation>إظهار عبارة المرور</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>إخفاء عبارة المرور</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SetFieldsCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>تحرير %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>أبدًا</translation>
    </message>
    <message>
        <source> min</source>
        <translation> دقيقة</translation>
    </message>
    <message>
        <source>Remember recently opened libraries</source>
        <translation>تذكّر المكتبات المفتوحة مؤخرًا</translation>
    </message>
    <message>
        <source>Only the folders are remembered, on this computer. Switching this off forgets them at once.</source>
        <translation>لا تُتذكَّر إلا المجلدات، على هذا الحاسوب. وإيقاف هذا الخيار ينساها فورًا.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتّباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>هذا الحاسوب</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>ال&amp;قفل بعد الخمول:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>ال&amp;سمة:</translation>
    </message>
    <message>
        <source>Unlock a library to change its OCR languages.</source>
        <translation>افتح قفل مكتبة لتغيير لغات التعرف الضوئي على النصوص الخاصة بها.</translation>
    </message>
    <message>
        <source>This library</source>
        <translation>هذه المكتبة</translation>
    </message>
    <message>
        <source>&amp;OCR languages:</source>
        <translation>&amp;لغات التعرف الضوئي على النصوص:</translation>
    </message>
    <message>
        <source>Your name, as a court should read it</source>
        <translation>اسمك كما ينبغي أن تقرأه المحكمة</translation>
    </message>
    <message>
        <source>Recorded as who acted in the library&apos;s chain of custody.</source>
        <translation>يُسجَّل بوصفه من قام بالإجراءات في سلسلة العهدة الخاصة بالمكتبة.</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>الأ&amp;مين:</translation>
    </message>
    <message>
        <source>The languages of the scans and photos you import from now on. Each page is read in those of them written in its script. Items already imported keep their text until you read them again (Item → Read Text Again).</source>
        <translation>لغات المستندات الممسوحة ضوئيًا والصور التي تستوردها من الآن فصاعدًا. تُقرأ كل صفحة باللغات التي تُكتب بخطها. وتحتفظ العناصر المستوردة سابقًا بنصها إلى أن تعيد قراءته (العنصر ← إعادة قراءة النص).</translation>
    </message>
    <message>
        <source>Tick at least one OCR language.</source>
        <translation>حدِّد لغة واحدة على الأقل للتعرف الضوئي على النصوص.</translation>
    </message>
    <message>
        <source>A new language applies when Amanat starts again.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل Amanat من جديد.</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>الل&amp;غة:</translation>
    </message>
    <message>
        <source>Exchange Key and Contacts…</source>
        <translation>مفتاح التبادل وجهات الاتصال…</translation>
    </message>
    <message>
        <source>The libraries that have sent packages here, this library&apos;s exchange key, and the inbox folder.</source>
        <translation>المكتبات التي أرسلت طرودًا إلى هنا، ومفتاح التبادل الخاص بهذه المكتبة، ومجلد الوارد.</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>جهات الاتصال:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>مشاركة</translation>
    </message>
    <message>
        <source>Share %1 with other Amanat libraries. The package is sealed: only the libraries you choose can open it, and they can tell it comes from this library.</source>
        <translation>مشاركة %1 مع مكتبات Amanat أخرى. الطرد مختوم: لا تستطيع فتحه إلا المكتبات التي تختارها، ويمكنها التحقق من أنه جاء من هذه المكتبة.</translation>
    </message>
    <message>
        <source>%1 — fingerprint %2</source>
        <translation>%1 — البصمة %2</translation>
    </message>
    <message>
        <source>Include witnesses&apos; names and contacts</source>
        <translation>تضمين أسماء الشهود ووسائل الاتصال بهم</translation>
    </message>
    <message>
        <source>Share testimonies without recorded consent (this is logged)</source>
        <translation>مشاركة الشهادات التي لا موافقة مسجلة لها (يُسجَّل ذلك)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>Known libraries:</source>
        <translation>المكتبات المعروفة:</translation>
    </message>
    <message>
        <source>Exchange keys:</source>
        <translation>مفاتيح التبادل:</translation>
    </message>
    <message>
        <source>Save the package as:</source>
        <translation>حفظ الطرد باسم:</translation>
    </message>
    <message>
        <source>Save Package</source>
        <translation>حفظ الطرد</translation>
    </message>
    <message>
        <source>Amanat packages (*.amanatx)</source>
        <translation>طرود Amanat ‏(*.amanatx)</translation>
    </message>
    <message>
        <source>Line %1 of the exchange keys: %2</source>
        <translation>السطر %1 من مفاتيح التبادل: %2</translation>
    </message>
    <message>
        <source>Choose at least one library to share with: tick a known library or paste its exchange key.</source>
        <translation>اختر مكتبة واحدة على الأقل للمشاركة معها: حدّد مكتبة معروفة أو الصق مفتاح التبادل الخاص بها.</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>اختر مكان حفظ الطرد.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the package.</source>
        <translation>%1 موجود من قبل؛ اختر اسمًا جديدًا للطرد.</translation>
    </message>
    <message>
        <source>Other libraries&apos; exchange keys, one per line</source>
        <translation>مفاتيح التبادل لمكتبات أخرى، مفتاح في كل سطر</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SidebarModel</name>
    <message>
        <source>All items</source>
        <translation>كل العناصر</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>الأنواع</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>عمليات البحث المحفوظة</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>ملفات القضايا</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SidebarView</name>
    <message>
        <source>New Tag…</source>
        <translation>وسم جديد…</translation>
    </message>
    <message>
        <source>New Sub-tag…</source>
        <translation>وسم فرعي جديد…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>دمج في…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>اللون</translation>
    </message>
    <message>
        <source>No Colour</source>
        <translation>بلا لون</translation>
    </message>
    <message>
        <source>Move to Top Level</source>
        <translation>نقل إلى المستوى الأعلى</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>حذف…</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>حذف البحث المحفوظ</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>وسم جديد</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>اسم الوسم الجديد:</translation>
    </message>
    <message>
        <source>Name of the new tag under %1:</source>
        <translation>اسم الوسم الجديد تحت %1:</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>دمج الوسم</translation>
    </message>
    <message>
        <source>Move the items and sub-tags of %1 onto:</source>
        <translation>انقل عناصر %1 ووسومه الفرعية إلى:</translation>
    </message>
    <message>
        <source>Merge %1 into %2? This cannot be undone.</source>
        <translation>هل تريد دمج %1 في %2؟ لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>حذف الوسم</translation>
    </message>
    <message>
        <source>Delete the tag %1 and its sub-tags? The items stay in the library. This cannot be undone.</source>
        <translation>هل تريد حذف الوسم %1 ووسومه الفرعية؟ تبقى العناصر في المكتبة. لا يمكن التراجع عن ذلك.</translation>
    </message>
    <message>
        <source>Library contents: kinds, tags, saved searches, dossiers</source>
        <translation>محتويات المكتبة: الأنواع والوسوم وعمليات البحث المحفوظة وملفات القضايا</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>مشاركة…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SpreadsheetImporter</name>
    <message>
        <source>Import Spreadsheet</source>
        <translation>استيراد جدول بيانات</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv);;All files (*)</source>
        <translation>جداول بيانات محفوظة بصيغة CSV (*.csv);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>Spreadsheet Not Imported</source>
        <translation>لم يُستورد جدول البيانات</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s) from %1?</source>
        <translation>
            <numerusform>هل تريد استيراد العناصر من %1؟ عددها: %n.</numerusform>
            <numerusform>هل تريد استيراد العناصر من %1؟ عددها: %n.</numerusform>
            <numerusform>هل تريد استيراد العناصر من %1؟ عددها: %n.</numerusform>
            <numerusform>هل تريد استيراد العناصر من %1؟ عددها: %n.</numerusform>
            <numerusform>هل تريد استيراد العناصر من %1؟ عددها: %n.</numerusform>
            <numerusform>هل تريد استيراد العناصر من %1؟ عددها: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n row(s) was checked. Files already in the library are left as they are.</source>
        <translation>
            <numerusform>فُحصت كل الصفوف (%n). الملفات الموجودة في المكتبة من قبل تبقى كما هي.</numerusform>
            <numerusform>فُحصت كل الصفوف (%n). الملفات الموجودة في المكتبة من قبل تبقى كما هي.</numerusform>
            <numerusform>فُحصت كل الصفوف (%n). الملفات الموجودة في المكتبة من قبل تبقى كما هي.</numerusform>
            <numerusform>فُحصت كل الصفوف (%n). الملفات الموجودة في المكتبة من قبل تبقى كما هي.</numerusform>
            <numerusform>فُحصت كل الصفوف (%n). الملفات الموجودة في المكتبة من قبل تبقى كما هي.</numerusform>
            <numerusform>فُحصت كل الصفوف (%n). الملفات الموجودة في المكتبة من قبل تبقى كما هي.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>أُلغي الاستيراد. لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>لم يُكتب شيء. %1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported from %1.</source>
        <translation>
            <numerusform>عدد العناصر المستوردة من %1: %n.</numerusform>
            <numerusform>عدد العناصر المستوردة من %1: %n.</numerusform>
            <numerusform>عدد العناصر المستوردة من %1: %n.</numerusform>
            <numerusform>عدد العناصر المستوردة من %1: %n.</numerusform>
            <numerusform>عدد العناصر المستوردة من %1: %n.</numerusform>
            <numerusform>عدد العناصر المستوردة من %1: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the library and were left as they are.</source>
        <translation>
            <numerusform>عدد الملفات التي كانت في المكتبة من قبل وبقيت كما هي: %n.</numerusform>
            <numerusform>عدد الملفات التي كانت في المكتبة من قبل وبقيت كما هي: %n.</numerusform>
            <numerusform>عدد الملفات التي كانت في المكتبة من قبل وبقيت كما هي: %n.</numerusform>
            <numerusform>عدد الملفات التي كانت في المكتبة من قبل وبقيت كما هي: %n.</numerusform>
            <numerusform>عدد الملفات التي كانت في المكتبة من قبل وبقيت كما هي: %n.</numerusform>
            <numerusform>عدد الملفات التي كانت في المكتبة من قبل وبقيت كما هي: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Their text is being read now.</source>
        <translation>تجري الآن قراءة نصوصها.</translation>
    </message>
    <message>
        <source>Spreadsheet Imported</source>
        <translation>استُورد جدول البيانات</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TagChipsWidget</name>
    <message>
        <source>Add a tag (Enter)</source>
        <translation>إضافة وسم (Enter)</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>إزالة الوسم %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TagCommands</name>
    <message>
        <source>Tag with %1</source>
        <translation>وسم بـ %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>إزالة الوسم %1</translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>إعادة تسمية الوسم %1</translation>
    </message>
    <message>
        <source>Move tag %1</source>
        <translation>نقل الوسم %1</translation>
    </message>
    <message>
        <source>Colour of tag %1</source>
        <translation>لون الوسم %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TestimonyRecordings</name>
    <message>
        <source>Recording of this testimony</source>
        <translation>تسجيل هذه الشهادة</translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation>ال&amp;تسجيل:</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TestimonyViewer</name>
    <message>
        <source>Interview</source>
        <translation>المقابلة</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Witness identity (protected)</source>
        <translation>هوية الشاهد (محمية)</translation>
    </message>
    <message>
        <source>The witness&apos;s name and contact are hidden. Revealing them is recorded in the custody log.</source>
        <translation>اسم الشاهد وبيانات الاتصال به مخفية. ويُسجَّل إظهارها في سجل سلسلة العهدة.</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>إظهار…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>No name or contact is recorded. Reveal to add them; this is recorded in the custody log.</source>
        <translation>لم يُسجَّل أي اسم أو بيانات اتصال. أظهِر الهوية لإضافتها؛ ويُسجَّل ذلك في سجل سلسلة العهدة.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
    <message>
        <source>Reveal the witness&apos;s identity?</source>
        <translation>هل تريد إظهار هوية الشاهد؟</translation>
    </message>
    <message>
        <source>The witness&apos;s name and contact will be shown on screen, and this will be recorded in the custody log. Make sure nobody else can see the screen.</source>
        <translation>سيُعرض اسم الشاهد وبيانات الاتصال به على الشاشة، وسيُسجَّل ذلك في سجل سلسلة العهدة. تأكّد من أن أحدًا غيرك لا يستطيع رؤية الشاشة.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>إظهار</translation>
    </message>
    <message>
        <source>Name; other spelling; name in another script</source>
        <translation>الاسم؛ تهجئة أخرى؛ الاسم بخط آخر</translation>
    </message>
    <message>
        <source>Separate several names or spellings with &quot;;&quot; (Latin, Arabic script, Han, Cyrillic…): each is removed from bundles on its own.</source>
        <translation>افصل بين الأسماء أو التهجئات المتعددة بعلامة &quot;;&quot; (بالحروف اللاتينية أو العربية أو الصينية Han أو السيريلية…): يُزال كلٌّ منها من الحزم على حدة.</translation>
    </message>
    <message>
        <source>Phone; e-mail; address</source>
        <translation>الهاتف؛ البريد الإلكتروني؛ العنوان</translation>
    </message>
    <message>
        <source>Separate several contacts with &quot;;&quot;: each is removed from bundles on its own.</source>
        <translation>افصل بين وسائل الاتصال المتعددة بعلامة &quot;;&quot;: يُزال كلٌّ منها من الحزم على حدة.</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TextViewer</name>
    <message>
        <source>No text was extracted from this item.</source>
        <translation>لم يُستخرج أي نص من هذا العنصر.</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>لم يُعثر عليه</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n تطابق</numerusform>
            <numerusform>تطابق واحد</numerusform>
            <numerusform>تطابقان</numerusform>
            <numerusform>%n تطابقات</numerusform>
            <numerusform>%n تطابقًا</numerusform>
            <numerusform>%n تطابق</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::TranscriptPane</name>
    <message>
        <source>Transcript</source>
        <translation>النص المفرَّغ</translation>
    </message>
    <message>
        <source>Type or paste the transcript; it is saved as you go. While a recording plays, F9 writes its time, such as [01:25], and F8 pauses or resumes it; a click on a time plays from there.</source>
        <translation>اكتب النص المفرَّغ أو الصقه؛ يُحفظ أولًا بأول. أثناء تشغيل تسجيل، يكتب F9 وقته، مثل [01:25]، ويوقفه F8 مؤقتًا أو يستأنفه؛ والنقر على وقت يشغّل التسجيل من عنده.</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>جارٍ التحرير…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>لم يُحفظ: %1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>حُفظ</translation>
    </message>
</context>
<context>
    <name>amanat::ui::UnlockWidget</name>
    <message>
        <source>Unlock a library</source>
        <translation>فتح قفل مكتبة</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>مجلد المكتبة</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>اختيار…</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>ال&amp;مكتبة:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;عبارة المرور:</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>جارٍ فتح القفل</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this library. Check it and try again.</source>
        <translation>عبارة المرور لا تفتح هذه المكتبة. تحقّق منها وأعد المحاولة.</translation>
    </message>
    <message>
        <source>This library is open in another program. Close it there, then try again.</source>
        <translation>هذه المكتبة مفتوحة في برنامج آخر. أغلقها هناك، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>This library is damaged and cannot be opened safely. Restore it from a backup, or ask for help before changing anything in its folder.</source>
        <translation>هذه المكتبة تالفة ولا يمكن فتحها بأمان. استعِدها من نسخة احتياطية، أو اطلب المساعدة قبل تغيير أي شيء في مجلدها.</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library. Choose the folder of a library.</source>
        <translation>هذا المجلد ليس مكتبة Amanat. اختر مجلد مكتبة.</translation>
    </message>
    <message>
        <source>The library could not be opened.</source>
        <translation>تعذّر فتح المكتبة.</translation>
    </message>
    <message>
        <source>Choose a library folder</source>
        <translation>اختر مجلد مكتبة</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>المكتبات الأخيرة</translation>
    </message>
    <message>
        <source>&amp;Recent libraries:</source>
        <translation>المكتبات الأ&amp;خيرة:</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>م&amp;فتاح الاسترداد:</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>مكتبة &amp;جديدة…</translation>
    </message>
    <message>
        <source>Demo library — passphrase: %1</source>
        <translation>مكتبة تجريبية — عبارة المرور: %1</translation>
    </message>
    <message>
        <source>Unlock with the passphrase instead</source>
        <translation>افتح القفل بعبارة المرور بدلًا من ذلك</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Unlock with the recovery key</source>
        <translation>هل نسيت عبارة المرور؟ افتح القفل بمفتاح الاسترداد</translation>
    </message>
    <message>
        <source>The recovery key does not unlock this library. Check each group and try again.</source>
        <translation>مفتاح الاسترداد لا يفتح هذه المكتبة. تحقّق من كل مجموعة وأعد المحاولة.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::WelcomeWidget</name>
    <message>
        <source>Welcome to Amanat</source>
        <translation>مرحبًا بك في Amanat</translation>
    </message>
    <message>
        <source>Amanat keeps testimonies, documents, images and recordings in one encrypted library on this computer. Nothing is sent anywhere.</source>
        <translation>يحفظ Amanat الشهادات والوثائق والصور والتسجيلات في مكتبة واحدة مشفّرة على هذا الحاسوب. لا يُرسل أي شيء إلى أي مكان.</translation>
    </message>
    <message>
        <source>Create a new library</source>
        <translation>إنشاء مكتبة جديدة</translation>
    </message>
    <message>
        <source>Choose a name, a folder and a passphrase. You will receive a recovery key to keep on paper.</source>
        <translation>اختر اسمًا ومجلدًا وعبارة مرور. ستتلقى مفتاح استرداد لتحتفظ به على الورق.</translation>
    </message>
    <message>
        <source>Open an existing library</source>
        <translation>فتح مكتبة موجودة</translation>
    </message>
    <message>
        <source>Unlock a library folder that you or a colleague created before.</source>
        <translation>افتح قفل مجلد مكتبة أنشأته أنت أو أحد زملائك من قبل.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Preparing the demo library with invented sample files…</source>
        <translation>جارٍ تجهيز المكتبة التجريبية بملفات نموذجية خيالية…</translation>
    </message>
    <message>
        <source>Demo passphrase: %1</source>
        <translation>عبارة المرور التجريبية: %1</translation>
    </message>
    <message>
        <source>Amanat: an encrypted archive for human-rights documentation.</source>
        <translation>Amanat: أرشيف مشفَّر لتوثيق حقوق الإنسان.</translation>
    </message>
    <message>
        <source>Create a temporary demo library with invented sample files and open the app on it.</source>
        <translation>أنشئ مكتبة تجريبية مؤقتة بملفات نموذجية خيالية وافتح التطبيق عليها.</translation>
    </message>
    <message>
        <source>A library folder.</source>
        <translation>مجلد مكتبة.</translation>
    </message>
</context>
</TS>
