<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BlobStore</name>
    <message>
        <source>A stored original is shorter than recorded.</source>
        <translation>某个已存储的原件比记录的长度短。</translation>
    </message>
    <message>
        <source>A part of a stored original is missing.</source>
        <translation>某个已存储原件的一部分缺失。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>Item %1 has no stored original.</source>
        <translation>条目 %1 没有已存储的原件。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Too few arguments.</source>
        <translation>参数太少。</translation>
    </message>
    <message>
        <source>Too many arguments.</source>
        <translation>参数太多。</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>密码短语：</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item id (a positive number).</source>
        <translation>“%1”不是条目编号（应为正整数）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>
The passphrase is read from AMANAT_PASSPHRASE, else prompted on a terminal, else taken from the first line of standard input.
Exit codes: 0 success, 1 failure, 2 usage, 3 wrong passphrase or recovery key, 4 verify found a problem, 5 library in use.</source>
        <translation>
密码短语从环境变量 AMANAT_PASSPHRASE 读取；若未设置，则在终端提示输入；若没有终端，则取标准输入的第一行。
退出码：0 成功，1 失败，2 用法错误，3 密码短语或恢复密钥错误，4 verify 发现问题，5 资料库正被使用。</translation>
    </message>
    <message>
        <source>Kind of the new items.</source>
        <translation>新条目的类型。</translation>
    </message>
    <message>
        <source>Title of the new items.</source>
        <translation>新条目的标题。</translation>
    </message>
    <message>
        <source>Tag path (repeatable).</source>
        <translation>标签路径（可重复指定）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>“%1”不是条目类型；请使用以下类型之一：%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not FIELD=VALUE.</source>
        <translation>“%1”不符合 FIELD=VALUE 格式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; the fields are: %2.</source>
        <translation>“%1”不是字段；可用字段为：%2。</translation>
    </message>
    <message>
        <source>Overwrite DEST if it exists.</source>
        <translation>如果 DEST 已存在，则将其覆盖。</translation>
    </message>
    <message>
        <source>Deleted item %1.</source>
        <translation>已删除条目 %1。</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>新密码短语：</translation>
    </message>
    <message>
        <source>Created the library %1.</source>
        <translation>已创建资料库 %1。</translation>
    </message>
    <message>
        <source>Write the recovery key on paper and keep it apart from this computer. It is shown only now; with it anyone can open the library.</source>
        <translation>请将恢复密钥抄写在纸上，并与这台计算机分开保管。它只在此时显示；任何人持有它都能打开资料库。</translation>
    </message>
    <message>
        <source>Database: ok</source>
        <translation>数据库：正常</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Originals: %1 checked, %2 damaged</source>
        <translation>原件：已检查 %1 个，损坏 %2 个</translation>
    </message>
    <message>
        <source>  item %1: %2</source>
        <translation>  条目 %1：%2</translation>
    </message>
    <message>
        <source>Custody log: ok (%1 events)</source>
        <translation>监管链日志：正常（%1 个事件）</translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation>监管链日志：%1</translation>
    </message>
    <message>
        <source>The library failed verification.</source>
        <translation>资料库未通过校验。</translation>
    </message>
    <message>
        <source>The passphrase was changed; the old one no longer opens this library.</source>
        <translation>密码短语已更改；旧密码短语将无法再打开此资料库。</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>恢复密钥：</translation>
    </message>
    <message>
        <source>WARNING: these lines open the whole library without the passphrase. Do not save them in a file, a chat or a shell history. Paste them into `sqlcipher library.db` to read the data with standard tools.</source>
        <translation>警告：这些行无需密码短语即可打开整个资料库。请勿将其保存到文件、聊天记录或 shell 历史记录中。将其粘贴到 `sqlcipher library.db` 中，即可用标准工具读取数据。</translation>
    </message>
    <message>
        <source>Backed up to %1; it opens with the same passphrase and recovery key.</source>
        <translation>已备份到 %1；可使用相同的密码短语和恢复密钥打开该备份。</translation>
    </message>
    <message>
        <source>Tag path to add (repeatable).</source>
        <translation>要添加的标签路径（可重复指定）。</translation>
    </message>
    <message>
        <source>Tag path to remove (repeatable).</source>
        <translation>要移除的标签路径（可重复指定）。</translation>
    </message>
    <message>
        <source>Give at least one --add or --remove.</source>
        <translation>请至少指定一个 --add 或 --remove。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a command; run amanat-cli help.</source>
        <translation>“%1”不是命令；请运行 amanat-cli help。</translation>
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
        <translation type="unfinished">无法读取 %1：%2</translation>
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
        <translation type="unfinished">导入已取消。</translation>
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
        <translation>监管链事件 %1 缺失</translation>
    </message>
    <message>
        <source>custody event %1 does not follow the one before it</source>
        <translation>监管链事件 %1 与前一个事件不衔接</translation>
    </message>
    <message>
        <source>custody event %1 was altered</source>
        <translation>监管链事件 %1 已被改动</translation>
    </message>
    <message>
        <source>the end of the custody log was cut off or rewritten</source>
        <translation>监管链日志的末尾被截断或重写</translation>
    </message>
    <message>
        <source>the custody log&apos;s write protection was removed</source>
        <translation>监管链日志的写保护已被移除</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The library database is missing.</source>
        <translation>资料库的数据库文件缺失。</translation>
    </message>
    <message>
        <source>Amanat was built without SQLCipher encryption; refusing to open the library.</source>
        <translation>此 Amanat 构建时未启用 SQLCipher 加密；拒绝打开资料库。</translation>
    </message>
    <message>
        <source>The database key could not be set.</source>
        <translation>无法设置数据库密钥。</translation>
    </message>
    <message>
        <source>The database setting %1 could not be applied (it reads &quot;%2&quot;, expected &quot;%3&quot;); refusing to continue.</source>
        <translation>无法应用数据库设置 %1（读取到的值为“%2”，预期为“%3”）；拒绝继续。</translation>
    </message>
    <message>
        <source>The library database failed its integrity check.</source>
        <translation>资料库的数据库未通过完整性检查。</translation>
    </message>
    <message>
        <source>The disk is full; the change was not saved and the library is unchanged.</source>
        <translation>磁盘已满；更改未保存，资料库保持不变。</translation>
    </message>
    <message>
        <source>The library database is damaged or was modified outside Amanat.</source>
        <translation>资料库的数据库已损坏，或在 Amanat 之外被修改过。</translation>
    </message>
    <message>
        <source>The library is in use by another process.</source>
        <translation>资料库正被另一个进程使用。</translation>
    </message>
    <message>
        <source>The library cannot be written: the folder is read-only, missing or not accessible.</source>
        <translation>无法写入资料库：文件夹为只读、不存在或无法访问。</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the library (was the drive removed?).</source>
        <translation>读取或写入资料库时磁盘报告错误（驱动器是否已被移除？）。</translation>
    </message>
    <message>
        <source>Not enough memory.</source>
        <translation>内存不足。</translation>
    </message>
    <message>
        <source>The change conflicts with existing data.</source>
        <translation>此更改与现有数据冲突。</translation>
    </message>
    <message>
        <source>Unexpected database error (%1).</source>
        <translation>意外的数据库错误（%1）。</translation>
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
        <translation>“%1”不是日期；请写成 YYYY、YYYY-MM 或 YYYY-MM-DD 格式。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a range; this field takes a single date.</source>
        <translation>“%1”是一个日期范围；此字段只接受单个日期。</translation>
    </message>
    <message>
        <source>The date range &quot;%1&quot; ends before it starts.</source>
        <translation>日期范围“%1”的结束早于开始。</translation>
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
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a folder.</source>
        <translation>%1 既不是文件也不是文件夹。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>ItemFields</name>
    <message>
        <source>The value for %1 contains a NUL character.</source>
        <translation>%1 的值包含 NUL 字符。</translation>
    </message>
    <message>
        <source>The value for %1 is too long (at most %2 characters).</source>
        <translation>%1 的值过长（最多 %2 个字符）。</translation>
    </message>
    <message>
        <source>An item must have a kind.</source>
        <translation>条目必须有类型。</translation>
    </message>
    <message>
        <source>The value for %1 must be a single line.</source>
        <translation>%1 的值必须为单行。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>“%1”不是条目类型；请使用以下类型之一：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a language code; use a code such as en, zh, ug or ar-SY.</source>
        <translation>“%1”不是语言代码；请使用 en、zh、ug 或 ar-SY 这样的代码。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (it should start with https:// or similar).</source>
        <translation>“%1”不是网址（应以 https:// 或类似前缀开头）。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a consent scope; use any of: %2.</source>
        <translation>“%1”不是同意范围；可使用以下任意值：%2。</translation>
    </message>
</context>
<context>
    <name>ItemRepository</name>
    <message>
        <source>&quot;%1&quot; is not a kind of item; use one of: %2.</source>
        <translation>“%1”不是条目类型；请使用以下类型之一：%2。</translation>
    </message>
    <message>
        <source>There is no item %1 in this library.</source>
        <translation>此资料库中没有条目 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a field; the fields are: %2.</source>
        <translation>“%1”不是字段；可用字段为：%2。</translation>
    </message>
    <message>
        <source>%1 applies only to testimony items; set kind=testimony first.</source>
        <translation>%1 仅适用于证词条目；请先设置 kind=testimony。</translation>
    </message>
</context>
<context>
    <name>KeySlots</name>
    <message>
        <source>The key-slot file of this library is damaged or was modified.</source>
        <translation>此资料库的密钥槽文件已损坏或被修改。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase (Argon2id needs %1 MiB).</source>
        <translation>内存不足，无法从密码短语派生密钥（Argon2id 需要 %1 MiB）。</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library (it has no key-slot file).</source>
        <translation>此文件夹不是 Amanat 资料库（没有密钥槽文件）。</translation>
    </message>
    <message>
        <source>The key-slot file cannot be read: %1</source>
        <translation>无法读取密钥槽文件：%1</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library (its key-slot file is not recognised).</source>
        <translation>此文件夹不是 Amanat 资料库（无法识别其密钥槽文件）。</translation>
    </message>
    <message>
        <source>This library was made by a newer version of Amanat (key-slot format %1).</source>
        <translation>此资料库由更新版本的 Amanat 创建（密钥槽格式 %1）。</translation>
    </message>
    <message>
        <source>This library has no slot for that kind of key.</source>
        <translation>此资料库没有该类型密钥的槽位。</translation>
    </message>
    <message>
        <source>The passphrase is wrong.</source>
        <translation>密码短语错误。</translation>
    </message>
    <message>
        <source>The recovery key is wrong.</source>
        <translation>恢复密钥错误。</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>The library database is not encrypted; refusing to use it.</source>
        <translation>资料库的数据库未加密；拒绝使用。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The passphrase is too short: use at least %1 characters, better a sentence of several words.</source>
        <translation>密码短语太短：请至少使用 %1 个字符，最好是由几个词组成的一句话。</translation>
    </message>
    <message>
        <source>%1 already exists and is not empty; choose a new folder.</source>
        <translation>%1 已存在且不为空；请选择一个新文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>There is no library at %1.</source>
        <translation>%1 处没有资料库。</translation>
    </message>
    <message>
        <source>its bytes no longer match the SHA-256 recorded at import</source>
        <translation>其字节内容与导入时记录的 SHA-256 不再一致</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 已存在；请为备份另选一个名称。</translation>
    </message>
</context>
<context>
    <name>LibraryLock</name>
    <message>
        <source>The library&apos;s lock file</source>
        <translation>资料库的锁文件</translation>
    </message>
    <message>
        <source>The library is in use by another process; close it there first.</source>
        <translation>资料库正被另一个进程使用；请先在该进程中将其关闭。</translation>
    </message>
</context>
<context>
    <name>OriginalExporter</name>
    <message>
        <source>Item %1 has no original file.</source>
        <translation>条目 %1 没有原始文件。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or allow overwriting.</source>
        <translation>%1 已存在；请另选名称或允许覆盖。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>The stored original of item %1 cannot be read: %2</source>
        <translation>无法读取条目 %1 的已存储原件：%2</translation>
    </message>
    <message>
        <source>The stored original of item %1 no longer matches its SHA-256; nothing was written. Run verify.</source>
        <translation>条目 %1 的已存储原件与其 SHA-256 不再一致；未写入任何内容。请运行 verify。</translation>
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
        <translation type="unfinished">%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported.</source>
        <translation type="unfinished">
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
        <translation>这不是恢复密钥：恢复密钥应由 %1 组字母和数字组成，每组四个字符。</translation>
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
        <translation>此资料库由更新版本的 Amanat 创建（架构 %1；此版本最高只能读取架构 %2）。请更新 Amanat 后再打开。</translation>
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
        <translation type="unfinished">%1：%2</translation>
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
        <translation>密码短语太长。</translation>
    </message>
    <message>
        <source>No passphrase given: set AMANAT_PASSPHRASE, type it at the prompt, or pass it on standard input.</source>
        <translation>未提供密码短语：请设置 AMANAT_PASSPHRASE、在提示处输入，或通过标准输入传入。</translation>
    </message>
    <message>
        <source>Repeat it: </source>
        <translation>请再输入一次：</translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>两次输入的密码短语不一致；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>&quot;%1&quot; is not a tag path: a level is empty (write it as Parent/Child).</source>
        <translation>“%1”不是标签路径：其中某一级为空（请写成“父级/子级”的形式）。</translation>
    </message>
    <message>
        <source>A tag name is too long (at most %1 characters).</source>
        <translation>标签名称过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>A tag name may not contain control characters.</source>
        <translation>标签名称不能包含控制字符。</translation>
    </message>
    <message>
        <source>The tag path is nested too deeply (at most %1 levels).</source>
        <translation>标签路径嵌套过深（最多 %1 级）。</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>不存在标签“%1”。</translation>
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
        <translation>磁盘已满；未写入 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be written: permission denied or the disk is read-only.</source>
        <translation>无法写入 %1：权限被拒绝，或磁盘为只读。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>amanat::ReextractJob</name>
    <message>
        <source>Item %1 has no original file.</source>
        <translation type="unfinished">条目 %1 没有原始文件。</translation>
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
