<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>BagExporter</name>
    <message>
        <source>The folder for %1 cannot be made.</source>
        <translation>无法创建 %1 所在的文件夹。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new folder for the bag.</source>
        <translation>%1 已存在；请为 BagIt 包选择一个新文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Items exported from an Amanat library: %1.</source>
        <translation>从 Amanat 资料库导出的条目：%1。</translation>
    </message>
    <message>
        <source>The bag could not be moved to %1.</source>
        <translation>无法将 BagIt 包移到 %1。</translation>
    </message>
</context>
<context>
    <name>BlobDevice</name>
    <message>
        <source>Item %1 has no stored original.</source>
        <translation>条目 %1 没有已存储的原件。</translation>
    </message>
    <message>
        <source>The original is closed.</source>
        <translation>原件已关闭。</translation>
    </message>
    <message>
        <source>A part of a stored original is missing.</source>
        <translation>某个已存储原件的一部分缺失。</translation>
    </message>
    <message>
        <source>A stored original is shorter than recorded.</source>
        <translation>某个已存储的原件比记录的长度短。</translation>
    </message>
</context>
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
    <name>BundleExporter</name>
    <message>
        <source>The Bates prefix must be 1 to 16 letters, digits or underscores.</source>
        <translation>Bates 前缀必须由 1 到 16 个字母、数字或下划线组成。</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2)</source>
        <translation>证物 %1（条目 %2）</translation>
    </message>
    <message>
        <source>The original of %1 could not be read in full.</source>
        <translation>无法完整读取 %1 的原件。</translation>
    </message>
    <message numerus="yes">
        <source>Exhibit %1 asks for pages %2–%3, but its PDF has %n page(s).</source>
        <translation>
            <numerusform>证物 %1 要求第 %2–%3 页，但其 PDF 只有 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>笔录</translation>
    </message>
    <message>
        <source>Transcript — witness %1</source>
        <translation>笔录 — 证人 %1</translation>
    </message>
    <message>
        <source>Text of the original file (as extracted)</source>
        <translation>原始文件的文本（提取所得）</translation>
    </message>
    <message>
        <source>(No text could be extracted from this file. The original is identified by its SHA-256 on the exhibit sheet.)</source>
        <translation>（无法从此文件中提取任何文本。原件以其 SHA-256 在证物说明页上标识。）</translation>
    </message>
    <message>
        <source>The pages of %1 were not prepared.</source>
        <translation>%1 的页面未能准备好。</translation>
    </message>
    <message>
        <source>Exhibit %1 has no pages in the range asked for.</source>
        <translation>证物 %1 在所要求的范围内没有页面。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>The first Bates number must be 1 or more.</source>
        <translation>起始 Bates 编号必须为 1 或更大。</translation>
    </message>
    <message>
        <source>%1 already exists and is not an empty folder; choose a new folder for the bundle.</source>
        <translation>%1 已存在且不是空文件夹；请为卷宗选择一个新文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Preparing exhibit %1 (%2 of %3)…</source>
        <translation>正在准备证物 %1（第 %2 个，共 %3 个）…</translation>
    </message>
    <message numerus="yes">
        <source>Preparing the pages of %n original(s)…</source>
        <translation>
            <numerusform>正在准备 %n 个原件的页面…</numerusform>
        </translation>
    </message>
    <message>
        <source>Prepared with Amanat %1 on %2 UTC.</source>
        <translation>由 Amanat %1 于 %2 UTC 生成。</translation>
    </message>
    <message numerus="yes">
        <source>Drawing %n page(s)…</source>
        <translation>
            <numerusform>正在绘制 %n 页…</numerusform>
        </translation>
    </message>
    <message>
        <source>Exhibit %1</source>
        <translation>证物 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>Could not create a folder in %1.</source>
        <translation>无法在 %1 中创建文件夹。</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message>
        <source>%1 is larger than the size limit: one exhibit alone exceeds it. Ask the court how to file it.</source>
        <translation>%1 超过了大小上限：单个证物本身就已超出。请向法院询问如何提交。</translation>
    </message>
    <message>
        <source>Signing the manifest…</source>
        <translation>正在为清单签名…</translation>
    </message>
    <message>
        <source>Could not replace the empty folder %1.</source>
        <translation>无法替换空文件夹 %1。</translation>
    </message>
    <message>
        <source>Could not move the bundle into %1.</source>
        <translation>无法将卷宗移入 %1。</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>%1–%2 (%3 to %4)</source>
        <translation>%1–%2（%3 至 %4）</translation>
    </message>
    <message>
        <source>pages %1–%2 of the original</source>
        <translation>原件第 %1–%2 页</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the library&apos;s hash-chained log. First: %1 on %2 by %3. Latest: %4 on %5. Latest event hash: %6.</source>
        <translation>
            <numerusform>资料库的哈希链日志中有 %n 个事件。第一个：%1，时间 %2，操作者 %3。最新：%4，时间 %5。最新事件哈希：%6。</numerusform>
        </translation>
    </message>
    <message>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Author / source</source>
        <translation>作者／来源</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>来源标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>访问日期</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Witness code</source>
        <translation>证人代号</translation>
    </message>
    <message>
        <source>Original file</source>
        <translation>原始文件</translation>
    </message>
    <message>
        <source>SHA-256 of the original</source>
        <translation>原件的 SHA-256</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>收集日期</translation>
    </message>
    <message>
        <source>In this bundle</source>
        <translation>在本卷宗中</translation>
    </message>
    <message>
        <source>Extract</source>
        <translation>摘录</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>片段</translation>
    </message>
    <message>
        <source>Chain of custody</source>
        <translation>保管链</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Native file</source>
        <translation>原生文件</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Segment relied on</source>
        <translation>所依据的片段</translation>
    </message>
    <message>
        <source>the whole recording</source>
        <translation>整段录音录像</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message numerus="yes">
        <source>%n byte(s)</source>
        <translation>
            <numerusform>%n 字节</numerusform>
        </translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注</translation>
    </message>
    <message>
        <source>Video and audio cannot be placed in a filed PDF. The native file accompanies this bundle; its SHA-256 is listed in manifest.json.</source>
        <translation>视频和音频无法放入提交的 PDF 中。原生文件随本卷宗一并提供；其 SHA-256 列于 manifest.json 中。</translation>
    </message>
    <message>
        <source>Video exhibit %1</source>
        <translation>视频证物 %1</translation>
    </message>
    <message>
        <source>Audio exhibit %1</source>
        <translation>音频证物 %1</translation>
    </message>
    <message>
        <source>Redaction: names and contacts of protected people, and redacted text, were removed from every page, and the finished bundle was read back (text and OCR of every page image) to check that none is legible. Each exhibit sheet says what was removed and who reviewed it.</source>
        <translation>遮蔽：受保护人员的姓名和联系方式以及被遮蔽的文本已从每一页中移除，并已对完成的卷宗进行回读（每个页面图像的文本和 OCR），以确认其中均无法辨认。每张证物说明页都载明移除了哪些内容以及由谁审核。</translation>
    </message>
    <message>
        <source>A test setting turned redactor strategies off: %1.</source>
        <translation>某项测试设置关闭了遮蔽程序的策略：%1。</translation>
    </message>
    <message>
        <source>Checking the finished bundle for protected names…</source>
        <translation>正在检查完成的卷宗中是否含有受保护的姓名…</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>遮蔽</translation>
    </message>
    <message>
        <source>No OCR language is installed, so page images cannot be checked for protected names. Install tesseract-ocr-eng.</source>
        <translation>未安装任何 OCR 语言，因此无法检查页面图像中是否含有受保护的姓名。请安装 tesseract-ocr-eng。</translation>
    </message>
    <message>
        <source>Protected names are written in %1 script, which OCR cannot read on this computer, so page images cannot be checked for them. Install %2.</source>
        <translation>受保护的姓名以 %1 文字书写，而此计算机上的 OCR 无法识别该文字，因此无法检查页面图像中是否含有这些姓名。请安装 %2。</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2) page %3: %4</source>
        <translation>证物 %1（条目 %2）第 %3 页：%4</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more</source>
        <translation>
            <numerusform>；另有 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) await redaction review: %1. Check the proposed boxes in the app (dossier → Review redactions) or with amanat-cli redact-preview, then approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…); or export anyway with --accept-unreviewed, which is logged and printed on the exhibit sheets.</source>
        <translation>
            <numerusform>%n 个页面等待遮蔽审核：%1。请在应用中（案卷 → 审核遮蔽）或用 amanat-cli redact-preview 检查建议的遮蔽框，然后批准（amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…）；或使用 --accept-unreviewed 强行导出，此操作会被记入日志并打印在证物说明页上。</numerusform>
        </translation>
    </message>
    <message>
        <source>exhibit %1 (item %2) page %3: the redactor found a protected name in the page image</source>
        <translation>证物 %1（条目 %2）第 %3 页：遮蔽程序在页面图像中发现了受保护的姓名</translation>
    </message>
    <message numerus="yes">
        <source>%n more page(s) await redaction review: %1. Review and approve them (amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…), or export with --accept-unreviewed.</source>
        <translation>
            <numerusform>另有 %n 个页面等待遮蔽审核：%1。请审核并批准（amanat-cli redact-review LIBRARY DOSSIER --approve ITEM:PAGE…），或使用 --accept-unreviewed 导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Not redacted in this dossier by the user&apos;s recorded choice: %1.</source>
        <translation>根据用户记录的选择，在此案卷中不予遮蔽：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) removed automatically</source>
        <translation>
            <numerusform>自动移除了 %n 个区域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n area(s) marked by hand</source>
        <translation>
            <numerusform>手动标记了 %n 个区域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n passage(s) removed from the text</source>
        <translation>
            <numerusform>从文本中移除了 %n 处段落</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n automatic area(s) left visible by the reviewer</source>
        <translation>
            <numerusform>审核人保留可见的自动区域 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing needed removing: no protected name, contact or marked area was found.</source>
        <translation>无需移除任何内容：未发现受保护的姓名、联系方式或标记的区域。</translation>
    </message>
    <message>
        <source>Removed to protect: %1.</source>
        <translation>为保护以下对象而移除：%1。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) reviewed by %1; last on %2.</source>
        <translation>
            <numerusform>%n 个页面已由 %1 审核；最近一次审核于 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT REVIEWED by a person: page(s) %1 of the original, exported with --accept-unreviewed by %2 on %3.</source>
        <translation>未经人工审核：原件第 %1 页，由 %2 于 %3 使用 --accept-unreviewed 导出。</translation>
    </message>
    <message>
        <source>The original in the library is unchanged.</source>
        <translation>资料库中的原件未被改动。</translation>
    </message>
    <message>
        <source>a protected string</source>
        <translation>一个受保护的字符串</translation>
    </message>
    <message>
        <source>a protected name of %1</source>
        <translation>%1 的一个受保护姓名</translation>
    </message>
    <message>
        <source>a protected contact of %1</source>
        <translation>%1 的一个受保护联系方式</translation>
    </message>
    <message>
        <source>a redacted text</source>
        <translation>一段被遮蔽的文本</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), its native file %3: %4 in %5 (the recording&apos;s container metadata or its content); export a copy without metadata or leave the exhibit out</source>
        <translation>证物 %1（条目 %2）的原生文件 %3：%4 出现在 %5 中（录音录像的容器元数据或其内容）；请导出一个不含元数据的副本，或不纳入该证物</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1：%2 出现在 %3 中</translation>
    </message>
    <message>
        <source>the bundle folder</source>
        <translation>卷宗文件夹</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>%2 的第 %1 页</translation>
    </message>
    <message>
        <source>page %1 (%2) of %3</source>
        <translation>%3 的第 %1 页（%2）</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), page %3 of the original, on %4</source>
        <translation>证物 %1（条目 %2），原件第 %3 页，位于 %4</translation>
    </message>
    <message>
        <source>exhibit %1 (item %2), on %3</source>
        <translation>证物 %1（条目 %2），位于 %3</translation>
    </message>
    <message>
        <source>%1: %2 is legible in %3</source>
        <translation>%1：%2 在 %3 中可辨认</translation>
    </message>
    <message numerus="yes">
        <source>The leak check read the finished bundle back and found %n protected string(s) still legible, so no bundle was written: %1. Mark the place to cover (redact --rect, or the redaction review) and export again.</source>
        <translation>
            <numerusform>泄露检查回读了完成的卷宗，发现仍有 %n 个受保护的字符串可辨认，因此未写入卷宗：%1。请标出需要遮盖的位置（redact --rect 或遮蔽审核），然后重新导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; nothing was written or logged.</source>
        <translation>导出已取消；未写入也未记录任何内容。</translation>
    </message>
    <message>
        <source>Translation of exhibit %1</source>
        <translation>证物 %1 的译文</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Part %1, %2: pages %3–%4</source>
        <translation>第 %1 部分，%2：第 %3–%4 页</translation>
    </message>
    <message>
        <source>%1 · translation of %2</source>
        <translation>%1 · %2 的译文</translation>
    </message>
    <message>
        <source>%1 · translation</source>
        <translation>%1 · 译文</translation>
    </message>
    <message>
        <source>%1 · translated in %2</source>
        <translation>%1 · 译文见 %2</translation>
    </message>
    <message>
        <source>Exhibit %1 — %2</source>
        <translation>证物 %1 — %2</translation>
    </message>
    <message>
        <source>%1 (item %2, not in this bundle)</source>
        <translation>%1（条目 %2，不在本卷宗中）</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>译自</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>译者</translation>
    </message>
    <message>
        <source>Translated in</source>
        <translation>译文见</translation>
    </message>
    <message>
        <source>Exhibit %1, %2, pages %3 to %4 of this bundle</source>
        <translation>证物 %1，%2，本卷宗第 %3 至 %4 页</translation>
    </message>
    <message>
        <source>I certify that I am competent to translate from %1 into %2, and that the translation listed below is a true and accurate translation of the original document listed below, to the best of my knowledge and belief.</source>
        <translation>本人兹证明，本人具备从%1译为%2的能力，且下列译文据本人所知所信，是下列原始文件真实、准确的翻译。</translation>
    </message>
    <message>
        <source>the language of the original</source>
        <translation>原文语言</translation>
    </message>
    <message>
        <source>the language of the translation</source>
        <translation>译文语言</translation>
    </message>
    <message>
        <source>(not recorded in the library)</source>
        <translation>（资料库中未记录）</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>SHA-256 of the translation</source>
        <translation>译文的 SHA-256</translation>
    </message>
    <message>
        <source>Date of translation</source>
        <translation>翻译日期</translation>
    </message>
    <message>
        <source>Part %1</source>
        <translation>第 %1 部分</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Proof of Service</source>
        <translation>送达证明</translation>
    </message>
    <message>
        <source>Table of Contents</source>
        <translation>目录</translation>
    </message>
    <message numerus="yes">
        <source>this bundle of %n page(s) (%1 to %2)</source>
        <translation>
            <numerusform>本卷宗共 %n 页（%1 至 %2）</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule of Country Evidence</source>
        <translation>国别证据一览表</translation>
    </message>
    <message>
        <source>Extract relied on</source>
        <translation>所依据的摘录</translation>
    </message>
    <message>
        <source>Issue: %1</source>
        <translation>争议点：%1</translation>
    </message>
    <message>
        <source>%1 (pages %2–%3 of the original)</source>
        <translation>%1（原件第 %2–%3 页）</translation>
    </message>
    <message>
        <source>The whole document</source>
        <translation>整份文件</translation>
    </message>
    <message numerus="yes">
        <source>The schedule of country evidence has %n page(s); tribunals often allow no more than 12. Shorten the exhibits&apos; descriptions.</source>
        <translation>
            <numerusform>国别证据一览表共 %n 页；审裁处通常最多只接受 12 页。请缩短证物的说明。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BundlePlanner</name>
    <message>
        <source>The profile must be uk (A4) or us (Letter).</source>
        <translation>配置必须为 uk（A4）或 us（Letter）。</translation>
    </message>
    <message>
        <source>Exhibit %1 has a page range, but item %2 has no pages.</source>
        <translation>证物 %1 指定了页码范围，但条目 %2 没有页面。</translation>
    </message>
    <message>
        <source>Dossier &quot;%1&quot; has no exhibits to put in a bundle.</source>
        <translation>案卷“%1”没有可放入卷宗的证物。</translation>
    </message>
    <message>
        <source>The witness has not consented to court use of exhibit(s) %1. Record their consent, or override it if you have another lawful basis (amanat-cli bundle --override-consent, or the box in the export dialog); the override is logged.</source>
        <translation>证人尚未同意将证物 %1 用于法庭。请记录其同意；如果您有其他合法依据，也可以越过同意要求（amanat-cli bundle --override-consent，或导出对话框中的复选框）；此操作会被记入日志。</translation>
    </message>
    <message>
        <source>The dossier&apos;s case details contain a protected name or contact; it is blacked out in the bundle.</source>
        <translation>案卷的案件信息中包含受保护的姓名或联系方式；它在卷宗中已被涂黑。</translation>
    </message>
    <message>
        <source>Page numbering must be continuous or section.</source>
        <translation>页码编排必须是 continuous 或 section。</translation>
    </message>
    <message>
        <source>Exhibit %1 translates exhibit %2: it is placed directly after it, in section &quot;%3&quot;.</source>
        <translation>证物 %1 是证物 %2 的译文：已紧接其后放入“%3”部分。</translation>
    </message>
</context>
<context>
    <name>BundleReadme</name>
    <message>
        <source>HOW TO CHECK THIS BUNDLE WITHOUT AMANAT</source>
        <translation>如何在没有 Amanat 的情况下核验本卷宗</translation>
    </message>
    <message>
        <source>This folder was exported by Amanat from the dossier &quot;%1&quot;. manifest.json lists every file of the folder with its SHA-256 hash, and every exhibit with its chain of custody. manifest.sig is a signature of manifest.json.</source>
        <translation>本文件夹由 Amanat 从案卷“%1”导出。manifest.json 列出文件夹中的每个文件及其 SHA-256 哈希值，以及每件证物及其保管链。manifest.sig 是 manifest.json 的签名。</translation>
    </message>
    <message>
        <source>1. The files. In this folder, run the command below. Every line must end in &quot;OK&quot;. No file other than those listed belongs to the bundle.</source>
        <translation>1. 文件。在本文件夹中运行下面的命令。每一行都必须以“OK”结尾。除所列文件外，没有其他文件属于本卷宗。</translation>
    </message>
    <message>
        <source>2. The signature. manifest.sig is the Ed25519 signature of the exact bytes of manifest.json, made with the key whose public half is in manifest.json (&quot;signing_key&quot;). Its fingerprint, the SHA-256 of the 32-byte public key, is:</source>
        <translation>2. 签名。manifest.sig 是对 manifest.json 确切字节的 Ed25519 签名，所用密钥的公钥部分在 manifest.json 中（“signing_key”）。其指纹，即 32 字节公钥的 SHA-256，为：</translation>
    </message>
    <message>
        <source>Compare it with the fingerprint the sender gave you another way (in person, by telephone). With OpenSSL 3, the second command prints the fingerprint and the last one must print &quot;Signature Verified Successfully&quot;:</source>
        <translation>请将其与发送方通过其他途径（当面、电话）告诉您的指纹进行比较。使用 OpenSSL 3 时，第二条命令会显示指纹，最后一条命令必须显示“Signature Verified Successfully”：</translation>
    </message>
    <message>
        <source>3. The chain of custody. Each custody event says who did what to an exhibit, and when. The library keeps all events in one chain: an event&apos;s &quot;hash&quot; is the SHA-256 of the 32 bytes written in hexadecimal as its &quot;prev_hash&quot; (the hash of the event before it in the library, which may concern another item), followed by the UTF-8 bytes of its &quot;canonical&quot; text. That text is the event itself as compact JSON with sorted keys, and must say the same as the event&apos;s other fields. This Python 3 script, run in this folder, checks every event:</source>
        <translation>3. 保管链。每个保管事件说明谁在何时对一件证物做了什么。资料库把所有事件保存在一条链中：一个事件的“hash”是其“prev_hash”中以十六进制写出的 32 个字节（资料库中前一个事件的哈希值，该事件可能涉及其他条目）加上其“canonical”文本的 UTF-8 字节之后的 SHA-256。该文本就是以键排序的紧凑 JSON 表示的事件本身，必须与事件的其他字段内容一致。在本文件夹中运行以下 Python 3 脚本即可核验每个事件：</translation>
    </message>
    <message>
        <source>An event whose &quot;canonical&quot; is null named a protected person in its details or as the person acting, which this bundle blacks out; its hash can be checked only in the library that exported the bundle.</source>
        <translation>“canonical”为 null 的事件在其详情中或作为操作者提到了受保护人员，本卷宗已将其涂黑；其哈希值只能在导出本卷宗的资料库中核验。</translation>
    </message>
</context>
<context>
    <name>BundleVerifier</name>
    <message>
        <source>missing</source>
        <translation>缺失</translation>
    </message>
    <message>
        <source>is a symbolic link, not a file</source>
        <translation>是符号链接，而不是文件</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>不是常规文件</translation>
    </message>
    <message>
        <source>cannot be read (%1)</source>
        <translation>无法读取（%1）</translation>
    </message>
    <message>
        <source>the fingerprint it states does not belong to its public key</source>
        <translation>其声明的指纹不属于其公钥</translation>
    </message>
    <message>
        <source>is not an Ed25519 signature (%1 bytes instead of %2)</source>
        <translation>不是 Ed25519 签名（长度为 %1 字节，而非 %2 字节）</translation>
    </message>
    <message>
        <source>signature does not match (the manifest was changed or signed by another key)</source>
        <translation>签名不匹配（清单已被更改，或由其他密钥签名）</translation>
    </message>
    <message>
        <source>signing key fingerprint %1 is not the expected %2</source>
        <translation>签名密钥指纹 %1 不是预期的 %2</translation>
    </message>
    <message>
        <source>is not a path a manifest may list (%1)</source>
        <translation>不是清单中允许列出的路径（%1）</translation>
    </message>
    <message>
        <source>is listed as an exported file</source>
        <translation>被列为导出的文件</translation>
    </message>
    <message>
        <source>is listed twice in the manifest</source>
        <translation>在清单中被列出两次</translation>
    </message>
    <message>
        <source>size differs from the manifest (%1 bytes instead of %2)</source>
        <translation>大小与清单不符（%1 字节，而非 %2 字节）</translation>
    </message>
    <message>
        <source>SHA-256 differs from the manifest</source>
        <translation>SHA-256 与清单不符</translation>
    </message>
    <message>
        <source>is the native file of exhibit %1 but is not in the manifest&apos;s file list</source>
        <translation>是证物 %1 的原生文件，但不在清单的文件列表中</translation>
    </message>
    <message>
        <source>does not end with a new line</source>
        <translation>未以换行符结尾</translation>
    </message>
    <message>
        <source>line %1 is not a sha256sum line</source>
        <translation>第 %1 行不是 sha256sum 格式的行</translation>
    </message>
    <message>
        <source>line %1 names a path that is not allowed (%2)</source>
        <translation>第 %1 行指定了不允许的路径（%2）</translation>
    </message>
    <message>
        <source>lists %1 twice or lists itself</source>
        <translation>列出了 %1 两次，或列出了其自身</translation>
    </message>
    <message>
        <source>lists %1, which is not in the manifest</source>
        <translation>列出了 %1，但它不在清单中</translation>
    </message>
    <message>
        <source>gives %1 another SHA-256 than the signed manifest</source>
        <translation>为 %1 给出的 SHA-256 与已签名清单中的不同</translation>
    </message>
    <message>
        <source>SHA-256 differs from manifest.sha256</source>
        <translation>SHA-256 与 manifest.sha256 不符</translation>
    </message>
    <message>
        <source>does not list %1</source>
        <translation>未列出 %1</translation>
    </message>
    <message>
        <source>is not laid out as the manifest writer lays it out (lines reordered or changed)</source>
        <translation>其排版与清单写入程序的排版不一致（行被重新排序或更改）</translation>
    </message>
    <message>
        <source>not in the manifest</source>
        <translation>不在清单中</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key fingerprint (64 hexadecimal digits).</source>
        <translation>“%1”不是密钥指纹（应为 64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>There is no folder at %1.</source>
        <translation>%1 处没有文件夹。</translation>
    </message>
    <message>
        <source>%1 holds no manifest.json; it is not a bundle folder.</source>
        <translation>%1 中没有 manifest.json；它不是卷宗文件夹。</translation>
    </message>
    <message>
        <source>The manifest in %1 cannot be read: %2</source>
        <translation>无法读取 %1 中的清单：%2</translation>
    </message>
    <message>
        <source>is not a readable manifest (%1); the signature and the files it lists could not be checked</source>
        <translation>不是可读取的清单（%1）；无法检查签名及其列出的文件</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>is not a time-stamp request over this manifest.json</source>
        <translation>不是针对此 manifest.json 的时间戳请求</translation>
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
        <translation>密码短语： </translation>
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
        <translation>新密码短语： </translation>
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
        <translation>保管链日志：正常（%1 个事件）</translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation>保管链日志：%1</translation>
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
        <translation>恢复密钥： </translation>
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
        <translation>--timeout 接受 1 到 86400 之间的秒数。</translation>
    </message>
    <message>
        <source>Print only page N.</source>
        <translation>仅输出第 N 页。</translation>
    </message>
    <message>
        <source>--page takes a page number from 1.</source>
        <translation>--page 接受从 1 开始的页码。</translation>
    </message>
    <message>
        <source>Item %1 has no page %2.</source>
        <translation>条目 %1 没有第 %2 页。</translation>
    </message>
    <message>
        <source>Re-extract every item, not only unfinished ones.</source>
        <translation>重新提取所有条目，而不仅是未完成的条目。</translation>
    </message>
    <message>
        <source>OCR languages, e.g. chi_sim+uig+eng.</source>
        <translation>OCR 语言，例如 chi_sim+uig+eng。</translation>
    </message>
    <message>
        <source>File whose first line is the PDF password.</source>
        <translation>其第一行为 PDF 密码的文件。</translation>
    </message>
    <message>
        <source>Seconds allowed per file (default 120).</source>
        <translation>每个文件允许的秒数（默认 120）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>item %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
    <message>
        <source>Store the files without extracting text.</source>
        <translation>仅存储文件，不提取文本。</translation>
    </message>
    <message>
        <source>Seconds allowed per file for extraction (default 120).</source>
        <translation>每个文件提取所允许的秒数（默认 120）。</translation>
    </message>
    <message>
        <source>Report progress as JSON lines on standard error.</source>
        <translation>在标准错误输出上以 JSON 行的形式报告进度。</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message>
        <source>The import stopped early.</source>
        <translation>导入提前停止。</translation>
    </message>
    <message>
        <source>Start without the starter tag tree (violations, document types, countries).</source>
        <translation>不创建初始标签树（侵犯人权行为、文件类型、国家）。</translation>
    </message>
    <message>
        <source>Originals and custody log: not checked, because the database failed its integrity check.</source>
        <translation>原件和保管链日志：未检查，因为数据库未通过完整性检查。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) match (%1 ms).</source>
        <translation>
            <numerusform>%n 个条目匹配（%1 毫秒）。</numerusform>
        </translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>Most results to return (default 20).</source>
        <translation>最多返回的结果数（默认 20）。</translation>
    </message>
    <message>
        <source>Read one query a line from standard input.</source>
        <translation>从标准输入读取查询，每行一个。</translation>
    </message>
    <message>
        <source>Run the saved search NAME.</source>
        <translation>运行名为 NAME 的已保存搜索。</translation>
    </message>
    <message>
        <source>Give either a QUERY, --stdin or --saved NAME.</source>
        <translation>请给出 QUERY、--stdin 或 --saved NAME 中的一项。</translation>
    </message>
    <message>
        <source>--limit takes a number from 1 to %1.</source>
        <translation>--limit 接受 1 到 %1 之间的数字。</translation>
    </message>
    <message>
        <source>Replace a saved search of the same name.</source>
        <translation>替换同名的已保存搜索。</translation>
    </message>
    <message numerus="yes">
        <source>Deleted the tag %1; %n item(s) lost it.</source>
        <translation>
            <numerusform>已删除标签 %1；%n 个条目失去了该标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is too large for a tag list.</source>
        <translation>%1 过大，不能作为标签列表。</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) created.</source>
        <translation>
            <numerusform>已创建 %n 个标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>未指定命令。</translation>
    </message>
    <message>
        <source>Could not read the password file %1.</source>
        <translation>无法读取密码文件 %1。</translation>
    </message>
    <message>
        <source>The password file %1 is empty.</source>
        <translation>密码文件 %1 为空。</translation>
    </message>
    <message>
        <source>uk (A4, default) or us (Letter).</source>
        <translation>uk（A4，默认）或 us（Letter）。</translation>
    </message>
    <message>
        <source>Bates prefix (default BUNDLE).</source>
        <translation>Bates 前缀（默认 BUNDLE）。</translation>
    </message>
    <message>
        <source>First Bates number (default 1).</source>
        <translation>起始 Bates 编号（默认 1）。</translation>
    </message>
    <message>
        <source>Split into parts above this many MB (default 25).</source>
        <translation>超过此 MB 数时拆分为多个部分（默认 25）。</translation>
    </message>
    <message>
        <source>Also write an AES-256 encrypted copy with this password.</source>
        <translation>另外写入一份使用此密码进行 AES-256 加密的副本。</translation>
    </message>
    <message>
        <source>File testimonies without recorded court consent (logged).</source>
        <translation>在没有已记录的法庭使用同意的情况下提交证词（会记入日志）。</translation>
    </message>
    <message>
        <source>Seconds allowed for preparing one exhibit&apos;s pages (default 600).</source>
        <translation>准备单个证物页面所允许的秒数（默认 600）。</translation>
    </message>
    <message>
        <source>--start takes a whole number from 1.</source>
        <translation>--start 接受从 1 开始的整数。</translation>
    </message>
    <message>
        <source>--max-size takes a size in MB (at least 0.01).</source>
        <translation>--max-size 接受以 MB 为单位的大小（至少 0.01）。</translation>
    </message>
    <message>
        <source>--timeout takes a number of seconds.</source>
        <translation>--timeout 接受秒数。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n page(s) (%3 to %4).</source>
        <translation>
            <numerusform>已写入 %1：%2，共 %n 页（%3 至 %4）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation>清单 SHA-256：%1</translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation>签名密钥指纹：%1</translation>
    </message>
    <message>
        <source>Remove every occurrence of this text (repeatable).</source>
        <translation>移除此文本的每一处出现（可重复指定）。</translation>
    </message>
    <message>
        <source>Black out an area of a page, in fractions of the page (repeatable).</source>
        <translation>涂黑页面上的一个区域，以页面的比例表示（可重复指定）。</translation>
    </message>
    <message>
        <source>List the item&apos;s redactions.</source>
        <translation>列出该条目的遮蔽。</translation>
    </message>
    <message>
        <source>Remove a redaction by its number.</source>
        <translation>按编号移除一项遮蔽。</translation>
    </message>
    <message>
        <source>Fail unless the manifest was signed by the key with this fingerprint (case, spaces and colons are ignored).</source>
        <translation>除非清单由具有此指纹的密钥签名，否则判为失败（忽略大小写、空格和冒号）。</translation>
    </message>
    <message>
        <source>--expect-key takes a fingerprint of 64 hexadecimal digits.</source>
        <translation>--expect-key 接受由 64 位十六进制数字组成的指纹。</translation>
    </message>
    <message>
        <source>Signing key: %1</source>
        <translation>签名密钥：%1</translation>
    </message>
    <message>
        <source>Signature: valid</source>
        <translation>签名：有效</translation>
    </message>
    <message>
        <source>Signature: invalid</source>
        <translation>签名：无效</translation>
    </message>
    <message>
        <source>Files: %1 checked</source>
        <translation>文件：已检查 %1 个</translation>
    </message>
    <message>
        <source>The bundle is intact: every file matches the signed manifest.</source>
        <translation>卷宗完好：每个文件都与已签名的清单一致。</translation>
    </message>
    <message numerus="yes">
        <source>The bundle failed verification: %n problem(s).</source>
        <translation>
            <numerusform>卷宗未通过校验：%n 个问题。</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprint: %1</source>
        <translation>指纹：%1</translation>
    </message>
    <message>
        <source>Public key (Ed25519, base64): %1</source>
        <translation>公钥（Ed25519，base64）：%1</translation>
    </message>
    <message>
        <source>Court or tribunal.</source>
        <translation>法院或审裁处。</translation>
    </message>
    <message>
        <source>Case number.</source>
        <translation>案件编号。</translation>
    </message>
    <message>
        <source>Hearing date (YYYY-MM-DD).</source>
        <translation>开庭日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>Parties, as printed on the cover.</source>
        <translation>当事人，按封面上的写法。</translation>
    </message>
    <message>
        <source>Counsel, as printed on the cover.</source>
        <translation>代理律师，按封面上的写法。</translation>
    </message>
    <message>
        <source>Section title; created at the end when missing.</source>
        <translation>部分标题；若不存在则在末尾创建。</translation>
    </message>
    <message>
        <source>Only these pages of a PDF or scan.</source>
        <translation>仅限 PDF 或扫描件的这些页面。</translation>
    </message>
    <message>
        <source>Only this segment of a video or audio.</source>
        <translation>仅限视频或音频的这一片段。</translation>
    </message>
    <message>
        <source>Exhibit label (default: A1, A2…).</source>
        <translation>证物标号（默认：A1、A2…）。</translation>
    </message>
    <message>
        <source>Exhibit description.</source>
        <translation>证物描述。</translation>
    </message>
    <message>
        <source>--pages takes FIRST-LAST, e.g. 3-7.</source>
        <translation>--pages 接受 FIRST-LAST 格式，例如 3-7。</translation>
    </message>
    <message>
        <source>--time takes START-END, e.g. 1:05-2:30.</source>
        <translation>--time 接受 START-END 格式，例如 1:05-2:30。</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s)</source>
        <translation>
            <numerusform>%n 个证物</numerusform>
        </translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>当事人</translation>
    </message>
    <message>
        <source>Counsel</source>
        <translation>代理律师</translation>
    </message>
    <message>
        <source>Hearing date</source>
        <translation>开庭日期</translation>
    </message>
    <message>
        <source> (pages %1–%2)</source>
        <translation> （第 %1–%2 页）</translation>
    </message>
    <message>
        <source> (%1 s–%2 s)</source>
        <translation> （%1 秒–%2 秒）</translation>
    </message>
    <message>
        <source>Dossier &quot;%1&quot; has no exhibit labelled &quot;%2&quot;.</source>
        <translation>案卷“%1”中没有标号为“%2”的证物。</translation>
    </message>
    <message>
        <source>Export although pages await redaction review (logged, and printed on the exhibit sheets).</source>
        <translation>即使有页面等待遮蔽审核也导出（会记入日志，并打印在证物说明页上）。</translation>
    </message>
    <message numerus="yes">
        <source>Leak check: %n page(s) read back, %1 of them by OCR; no protected string found.</source>
        <translation>
            <numerusform>泄露检查：回读了 %n 个页面，其中 %1 个通过 OCR 读取；未发现受保护的字符串。</numerusform>
        </translation>
    </message>
    <message>
        <source>Leave an area visible that the redactor covered by mistake (repeatable; the leak check still reads it).</source>
        <translation>保留遮蔽程序误遮盖的区域为可见（可重复指定；泄露检查仍会读取该区域）。</translation>
    </message>
    <message>
        <source>Give --text/--rect/--keep, or --list, or --remove.</source>
        <translation>请指定 --text/--rect/--keep，或 --list，或 --remove。</translation>
    </message>
    <message>
        <source>
Not redacted in this dossier: %1 (%2)</source>
        <translation>
在此案卷中不予遮蔽：%1（%2）</translation>
    </message>
    <message>
        <source>Why this person is not redacted (logged, printed on the bundle).</source>
        <translation>此人不予遮蔽的原因（会记入日志，并打印在卷宗上）。</translation>
    </message>
    <message>
        <source>dossier exempt needs --reason TEXT.</source>
        <translation>dossier exempt 需要 --reason TEXT。</translation>
    </message>
    <message>
        <source>Name a dossier command: create, add, list, show, remove, delete, exempt or unexempt.</source>
        <translation>请指定一个案卷命令：create、add、list、show、remove、delete、exempt 或 unexempt。</translation>
    </message>
    <message>
        <source>Accept a passphrase that is easy to guess (for tests only).</source>
        <translation>接受容易被猜中的密码短语（仅用于测试）。</translation>
    </message>
    <message>
        <source>That passphrase is too easy to guess: whoever takes the computer would try it first. Use a sentence of several words only you know.</source>
        <translation>该密码短语太容易被猜中：拿到这台计算机的人首先就会尝试它。请使用一句只有您知道的、由几个词组成的话。</translation>
    </message>
    <message>
        <source>Last committed change: present</source>
        <translation>最近一次已提交的更改：存在</translation>
    </message>
    <message>
        <source>Last committed change: %1</source>
        <translation>最近一次已提交的更改：%1</translation>
    </message>
    <message>
        <source>A name variant (repeatable).</source>
        <translation>一个姓名变体（可重复指定）。</translation>
    </message>
    <message>
        <source>A phone number, e-mail or address (repeatable).</source>
        <translation>一个电话号码、电子邮件或地址（可重复指定）。</translation>
    </message>
    <message numerus="yes">
        <source>%1	%2	%n name(s)</source>
        <translation>
            <numerusform>%1	%2	%n 个姓名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n contact(s)</source>
        <translation>
            <numerusform>，%n 个联系方式</numerusform>
        </translation>
    </message>
    <message>
        <source>	testimony %1</source>
        <translation>	证词 %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>代号：%1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>姓名：%1</translation>
    </message>
    <message>
        <source>Contact: %1</source>
        <translation>联系方式：%1</translation>
    </message>
    <message>
        <source>Add a name variant.</source>
        <translation>添加一个姓名变体。</translation>
    </message>
    <message>
        <source>Add a contact.</source>
        <translation>添加一个联系方式。</translation>
    </message>
    <message>
        <source>Remove a name variant.</source>
        <translation>移除一个姓名变体。</translation>
    </message>
    <message>
        <source>Remove a contact.</source>
        <translation>移除一个联系方式。</translation>
    </message>
    <message>
        <source>Give the person another code.</source>
        <translation>为此人指定另一个代号。</translation>
    </message>
    <message>
        <source>Name a person command: add, list, show, edit or delete.</source>
        <translation>请指定一个人员命令：add、list、show、edit 或 delete。</translation>
    </message>
    <message>
        <source>The page to show (from 1).</source>
        <translation>要显示的页面（从 1 开始）。</translation>
    </message>
    <message>
        <source>Apply this dossier&apos;s exemptions and text redactions, as its bundle would.</source>
        <translation>像生成此案卷的卷宗时一样，应用其豁免和文本遮蔽。</translation>
    </message>
    <message>
        <source>Show the page unburned and list the proposed boxes.</source>
        <translation>显示未涂黑的页面，并列出建议的遮蔽框。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n area(s) found automatically</source>
        <translation>
            <numerusform>已写入 %1：自动发现 %n 个区域</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n marked by hand.</source>
        <translation>
            <numerusform>，手动标记 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the pages that await review.</source>
        <translation>列出等待审核的页面。</translation>
    </message>
    <message>
        <source>With --list: every page that needs review, reviewed or not.</source>
        <translation>与 --list 一起使用：列出每个需要审核的页面，无论是否已审核。</translation>
    </message>
    <message>
        <source>Mark pages reviewed: ITEM:PAGE, more may follow.</source>
        <translation>将页面标记为已审核：ITEM:PAGE，后面可以再跟更多。</translation>
    </message>
    <message>
        <source>Give --list or --approve.</source>
        <translation>请指定 --list 或 --approve。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not ITEM:PAGE (e.g. 12:3).</source>
        <translation>“%1”不是 ITEM:PAGE 格式（例如 12:3）。</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) marked reviewed.</source>
        <translation>
            <numerusform>已将 %n 个页面标记为已审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>Page numbers: continuous (PFX-000001…, default) or section (A1, A2… B1…).</source>
        <translation>页码：continuous（PFX-000001…，默认）或 section（A1、A2… B1…）。</translation>
    </message>
    <message>
        <source>The exhibit labels are already in order.</source>
        <translation>证物标号已经按顺序排列。</translation>
    </message>
    <message>
        <source>The settings are ocr_languages=LANGS and custodian=NAME.</source>
        <translation>可用设置为 ocr_languages=LANGS 和 custodian=NAME。</translation>
    </message>
    <message>
        <source>A-number (US immigration court), as in A123-456-789.</source>
        <translation>A 号码（美国移民法庭），如 A123-456-789。</translation>
    </message>
    <message>
        <source>A-number</source>
        <translation>A 号码</translation>
    </message>
    <message>
        <source>The old recovery key no longer opens this library. Write the new one down and keep it apart from the computer; it is not shown again.</source>
        <translation>旧的恢复密钥已无法打开此资料库。请记下新的恢复密钥，并与计算机分开保管；它不会再次显示。</translation>
    </message>
    <message>
        <source>  item %1: extraction incomplete: %2</source>
        <translation>  条目 %1：提取不完整：%2</translation>
    </message>
    <message>
        <source>The items a search query finds.</source>
        <translation>搜索查询找到的条目。</translation>
    </message>
    <message>
        <source>The items with a tag or its sub-tags.</source>
        <translation>带有某个标签或其子标签的条目。</translation>
    </message>
    <message>
        <source>The exhibits of a dossier.</source>
        <translation>案卷中的证物。</translation>
    </message>
    <message>
        <source>Choose the items with one of --query, --tag, --dossier or item numbers.</source>
        <translation>请用 --query、--tag、--dossier 或条目编号中的一种来选择条目。</translation>
    </message>
    <message>
        <source>Folder the file column&apos;s paths are relative to (default: the CSV file&apos;s folder).</source>
        <translation>file 列中的路径相对于此文件夹（默认：CSV 文件所在的文件夹）。</translation>
    </message>
    <message>
        <source>Source-Organization of the bag (default: the library&apos;s custodian).</source>
        <translation>BagIt 包的 Source-Organization（默认：资料库的保管人）。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the bag have redactions: the bag holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>BagIt 包中有 %n 个条目带有遮蔽：BagIt 包内是它们未经遮蔽的原始文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows: %1. Items made: %2. Files already in the library: %3.</source>
        <translation>行数：%1。新建条目：%2。资料库中已有的文件：%3。</translation>
    </message>
    <message>
        <source>Items in the bag: %1. Files: %2. Bytes: %3.</source>
        <translation>BagIt 包中的条目：%1。文件：%2。字节：%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) in the ZIP have redactions: it holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>ZIP 中有 %n 个条目带有遮蔽：ZIP 内是它们未经遮蔽的原始文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Time stamp: %1 UTC, by %2</source>
        <translation>时间戳：%1 UTC，由 %2 签发</translation>
    </message>
    <message>
        <source>Time stamp: %1 UTC, by %2 (not checked against a certificate you trust)</source>
        <translation>时间戳：%1 UTC，由 %2 签发（未用您信任的证书核对）</translation>
    </message>
    <message>
        <source>PEM file of the time-stamping authority&apos;s certificate (or its CA): the reply&apos;s signer must chain to it.</source>
        <translation>时间戳机构证书（或其 CA 证书）的 PEM 文件：回复签署者的证书链必须能追溯到该证书。</translation>
    </message>
    <message>
        <source>Write OUTDIR/manifest.tsq over the bundle&apos;s manifest.json.</source>
        <translation>为卷宗的 manifest.json 写入 OUTDIR/manifest.tsq。</translation>
    </message>
    <message>
        <source>--bundle takes the bundle folder and nothing else.</source>
        <translation>--bundle 只接受卷宗文件夹，不接受其他参数。</translation>
    </message>
    <message>
        <source>Name the library, the items and the request file.</source>
        <translation>请指明资料库、条目和请求文件。</translation>
    </message>
    <message>
        <source>Take this file to a time-stamping authority (RFC 3161) and bring its reply back: timestamp-import for a library, or manifest.tsr beside the manifest for a bundle.</source>
        <translation>请把此文件交给时间戳机构（RFC 3161），再把其回复带回：资料库用 timestamp-import，卷宗则把 manifest.tsr 放在清单旁边。</translation>
    </message>
    <message>
        <source>The reply is intact and answers the request, but its authority was not checked against a certificate you trust (--tsa-ca).</source>
        <translation>回复完整且对应该请求，但其机构未用您信任的证书核对（--tsa-ca）。</translation>
    </message>
    <message>
        <source>%1 cannot be read as an exchange key.</source>
        <translation>无法将 %1 读取为交换密钥。</translation>
    </message>
    <message>
        <source>Also write the key as a QR code image (PNG) to FILE.</source>
        <translation>同时将密钥以二维码图片（PNG）写入 FILE。</translation>
    </message>
    <message>
        <source>The QR code cannot be written to %1.</source>
        <translation>无法将二维码写入 %1。</translation>
    </message>
    <message>
        <source>Give the line above to the libraries that will send you packages. To confirm it, read out its fingerprint:</source>
        <translation>请把上面这一行交给将向您发送封包的资料库。要确认它，请把它的指纹读给对方听：</translation>
    </message>
    <message>
        <source>A recipient library&apos;s exchange key, or a file holding it (repeat for several).</source>
        <translation>接收方资料库的交换密钥，或包含该密钥的文件（多个接收方时重复此选项）。</translation>
    </message>
    <message>
        <source>Share the witnesses&apos; names and contacts too.</source>
        <translation>同时共享证人的姓名和联系方式。</translation>
    </message>
    <message>
        <source>Share testimonies without recorded consent (logged).</source>
        <translation>共享没有记录同意的证词（会记入日志）。</translation>
    </message>
    <message>
        <source>Name at least one recipient with --to.</source>
        <translation>请用 --to 指定至少一个接收方。</translation>
    </message>
    <message numerus="yes">
        <source>Shared %n item(s) with %1 library(ies). Package SHA-256: %2</source>
        <translation>
            <numerusform>已与 %1 个资料库共享 %n 个条目。封包 SHA-256：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Witnesses&apos; names and contacts were not included.</source>
        <translation>未包含证人的姓名和联系方式。</translation>
    </message>
    <message>
        <source>Refuse the package unless its sender has this fingerprint.</source>
        <translation>除非发送方的指纹与此一致，否则拒收该封包。</translation>
    </message>
    <message>
        <source>Do not extract the text of received files that come without it.</source>
        <translation>对于收到时不带文本的文件，不提取其文本。</translation>
    </message>
    <message>
        <source>This package was already received on %1; nothing was added.</source>
        <translation>该封包已于 %1 接收过；未添加任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>From “%1”: %n item(s), of which %2 new and %3 already here.</source>
        <translation>
            <numerusform>来自“%1”：%n 个条目，其中新增 %2 个，已有 %3 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>A new sender, now pinned. Check this fingerprint with them:
%1</source>
        <translation>新的发送方，现已记住。请与对方核对此指纹：
%1</translation>
    </message>
    <message>
        <source>The sender&apos;s new key, which you confirmed, replaces the old one.</source>
        <translation>您已确认的发送方新密钥取代了旧密钥。</translation>
    </message>
    <message>
        <source>Forget a sender (library id or fingerprint); its next package is pinned anew.</source>
        <translation>忘记一个发送方（资料库标识或指纹）；收到其下一个封包时将重新记住该发送方。</translation>
    </message>
    <message>
        <source>“%1” is neither a library&apos;s exchange key nor a file holding one.</source>
        <translation>“%1”既不是资料库的交换密钥，也不是包含交换密钥的文件。</translation>
    </message>
</context>
<context>
    <name>ClipMarkers</name>
    <message>
        <source>A clip must start at or after 0 and end at or after its start.</source>
        <translation>剪辑片段的开始必须不早于 0，结束必须不早于其开始。</translation>
    </message>
    <message>
        <source>A clip note may hold at most %1 characters.</source>
        <translation>剪辑片段备注最多可包含 %1 个字符。</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>没有条目 %1。</translation>
    </message>
    <message>
        <source>There is no clip marker %1.</source>
        <translation>没有片段标记 %1。</translation>
    </message>
</context>
<context>
    <name>CommittedHead</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>The record of the library&apos;s last committed change (custody.head) was altered or damaged.</source>
        <translation>资料库最近一次已提交更改的记录（custody.head）已被改动或损坏。</translation>
    </message>
</context>
<context>
    <name>ContactRepository</name>
    <message>
        <source>No known sender has the id or fingerprint %1.</source>
        <translation>没有已知发送方的标识或指纹为 %1。</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>The CSV file is not valid UTF-8 text.</source>
        <translation>该 CSV 文件不是有效的 UTF-8 文本。</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has an unclosed quote.</source>
        <translation>CSV 文件第 %1 行有未闭合的引号。</translation>
    </message>
</context>
<context>
    <name>CustodyEventText</name>
    <message>
        <source>Collected as %1 (%2, SHA-256 %3…).</source>
        <translation>作为%1收集（%2，SHA-256 %3…）。</translation>
    </message>
    <message>
        <source>Created as %1, without an original file.</source>
        <translation>作为%1创建，没有原始文件。</translation>
    </message>
    <message numerus="yes">
        <source>Text and details read from the original (%n page(s)).</source>
        <translation>
            <numerusform>已从原件读取文本和详细信息（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the original failed: %1</source>
        <translation>读取原件失败：%1</translation>
    </message>
    <message>
        <source>%1 cleared</source>
        <translation>%1 已清空</translation>
    </message>
    <message>
        <source>%1 set to %2</source>
        <translation>%1 设为 %2</translation>
    </message>
    <message>
        <source>Details changed: %1.</source>
        <translation>详细信息已更改：%1。</translation>
    </message>
    <message>
        <source>Tagged %1.</source>
        <translation>已添加标签 %1。</translation>
    </message>
    <message>
        <source>Tag %1 removed.</source>
        <translation>已移除标签 %1。</translation>
    </message>
    <message>
        <source>A copy of the original was saved as %1 (SHA-256 %2…).</source>
        <translation>原件副本已保存为 %1（SHA-256 %2…）。</translation>
    </message>
    <message>
        <source>Added to dossier %1 as exhibit %2.</source>
        <translation>已作为证物 %2 加入案卷 %1。</translation>
    </message>
    <message>
        <source>Removed from dossier %1 (it was exhibit %2).</source>
        <translation>已从案卷 %1 中移除（原为证物 %2）。</translation>
    </message>
    <message>
        <source>Moved within dossier %1 (exhibit %2).</source>
        <translation>已在案卷 %1 内移动（证物 %2）。</translation>
    </message>
    <message>
        <source>Exhibit %1 of dossier %2 renumbered %3.</source>
        <translation>案卷 %2 的证物 %1 已重新编号为 %3。</translation>
    </message>
    <message>
        <source>Filed as exhibit %1 in a bundle of dossier %2, pages %3 to %4.</source>
        <translation>已作为证物 %1 提交于案卷 %2 的卷宗，第 %3 至 %4 页。</translation>
    </message>
    <message>
        <source>Filed as exhibit %1 of dossier %2 without the witness&apos;s court consent, by the user&apos;s decision.</source>
        <translation>已按用户决定，在未获证人同意用于法庭的情况下作为案卷 %2 的证物 %1 提交。</translation>
    </message>
    <message>
        <source>An area of page %1 marked for redaction.</source>
        <translation>第 %1 页的一个区域已标记为待遮蔽。</translation>
    </message>
    <message numerus="yes">
        <source>A passage of %n character(s) marked for redaction.</source>
        <translation>
            <numerusform>一段 %n 个字符的文字已标记为待遮蔽。</numerusform>
        </translation>
    </message>
    <message>
        <source>A redaction removed.</source>
        <translation>已移除一处遮蔽。</translation>
    </message>
    <message>
        <source>Page %1 reviewed for redaction in dossier %2.</source>
        <translation>第 %1 页已在案卷 %2 中完成遮蔽审核。</translation>
    </message>
    <message>
        <source>Clip marker added.</source>
        <translation>已添加片段标记。</translation>
    </message>
    <message>
        <source>Clip marker changed.</source>
        <translation>已更改片段标记。</translation>
    </message>
    <message>
        <source>Clip marker removed.</source>
        <translation>已删除片段标记。</translation>
    </message>
    <message>
        <source>The witness&apos;s protected details were shown.</source>
        <translation>已显示证人的受保护信息。</translation>
    </message>
    <message>
        <source>Deleted from the library.</source>
        <translation>已从资料库中删除。</translation>
    </message>
    <message>
        <source>Deletion undone: back in the library.</source>
        <translation>已撤销删除：条目已回到资料库。</translation>
    </message>
    <message>
        <source>Received again from %1 (package SHA-256 %2…): kept as it was here, with the sender&apos;s tags and record added.</source>
        <translation>再次从 %1 收到（封包 SHA-256 %2…）：保留本库中的原样，并添加了发送方的标签和记录。</translation>
    </message>
    <message numerus="yes">
        <source>Received from %1 in a sealed package (SHA-256 %2…), with %n event(s) of its record there.</source>
        <translation>
            <numerusform>通过密封封包从 %1 收到（SHA-256 %2…），附带其在对方处记录中的 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Shared in a sealed package (SHA-256 %1…) without the witness&apos;s recorded consent, by the user&apos;s decision.</source>
        <translation>在没有证人已记录同意的情况下，按用户的决定以密封封包（SHA-256 %1…）共享。</translation>
    </message>
</context>
<context>
    <name>CustodyLog</name>
    <message>
        <source>custody event %1 is missing</source>
        <translation>保管链事件 %1 缺失</translation>
    </message>
    <message>
        <source>custody event %1 does not follow the one before it</source>
        <translation>保管链事件 %1 与前一个事件不衔接</translation>
    </message>
    <message>
        <source>custody event %1 was altered</source>
        <translation>保管链事件 %1 已被改动</translation>
    </message>
    <message>
        <source>the end of the custody log was cut off or rewritten</source>
        <translation>保管链日志的末尾被截断或重写</translation>
    </message>
    <message>
        <source>the custody log&apos;s write protection was removed</source>
        <translation>保管链日志的写保护已被移除</translation>
    </message>
    <message>
        <source>A custodian&apos;s name has at most 200 characters.</source>
        <translation>保管人姓名最多 200 个字符。</translation>
    </message>
    <message>
        <source>A custodian&apos;s name is one line without control characters.</source>
        <translation>保管人姓名须为一行，且不含控制字符。</translation>
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
        <translation>无法注册搜索函数。</translation>
    </message>
    <message>
        <source>Internal error: the library database was used from the wrong thread; nothing was changed.</source>
        <translation>内部错误：资料库数据库被错误的线程使用；未做任何更改。</translation>
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
    <name>DemoLibrary</name>
    <message>
        <source>The demo item %1 was not imported.</source>
        <translation>演示条目 %1 未被导入。</translation>
    </message>
    <message>
        <source>The demo transcript is missing.</source>
        <translation>演示笔录缺失。</translation>
    </message>
    <message>
        <source>Checkpoint testimonies</source>
        <translation>检查站证词</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
</context>
<context>
    <name>DemoSamples</name>
    <message>
        <source>The demo file %1 could not be written.</source>
        <translation>无法写入演示文件 %1。</translation>
    </message>
    <message>
        <source>The demo video is missing from this build.</source>
        <translation>此构建中缺少演示视频。</translation>
    </message>
</context>
<context>
    <name>DossierRepository</name>
    <message>
        <source>A dossier needs a name of one line (at most 200 characters).</source>
        <translation>案卷需要一个单行名称（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>The hearing date &quot;%1&quot; is not a date like 2026-03-31.</source>
        <translation>开庭日期“%1”不是像 2026-03-31 这样的日期。</translation>
    </message>
    <message>
        <source>A dossier named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的案卷已存在。</translation>
    </message>
    <message>
        <source>There is no dossier %1.</source>
        <translation>没有案卷 %1。</translation>
    </message>
    <message>
        <source>There is no dossier named or numbered &quot;%1&quot;.</source>
        <translation>没有名称或编号为“%1”的案卷。</translation>
    </message>
    <message>
        <source>A section needs a title of one line (at most 200 characters).</source>
        <translation>部分需要一个单行标题（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>This dossier already has a section &quot;%1&quot;.</source>
        <translation>此案卷中已有名为“%1”的部分。</translation>
    </message>
    <message>
        <source>There is no section %1.</source>
        <translation>没有部分 %1。</translation>
    </message>
    <message>
        <source>Exhibits</source>
        <translation>证物</translation>
    </message>
    <message>
        <source>Name at least one item to add.</source>
        <translation>请至少指定一个要添加的条目。</translation>
    </message>
    <message>
        <source>A page range must be FIRST-LAST with 1 &lt;= FIRST &lt;= LAST.</source>
        <translation>页码范围必须为 FIRST-LAST 格式，且 1 &lt;= FIRST &lt;= LAST。</translation>
    </message>
    <message>
        <source>A time segment needs a start and an end after it.</source>
        <translation>时间片段需要一个开始时间，以及晚于它的结束时间。</translation>
    </message>
    <message>
        <source>An exhibit label is one line of at most 40 characters.</source>
        <translation>证物标号为一行，最多 40 个字符。</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>没有条目 %1。</translation>
    </message>
    <message>
        <source>There is no exhibit %1.</source>
        <translation>没有证物 %1。</translation>
    </message>
    <message>
        <source>An exhibit can only move within its dossier.</source>
        <translation>证物只能在其所属案卷内移动。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an A-number: it has 8 or 9 digits, as in A123-456-789.</source>
        <translation>“%1”不是 A 号码：A 号码有 8 或 9 位数字，如 A123-456-789。</translation>
    </message>
</context>
<context>
    <name>ExchangeIdentity</name>
    <message>
        <source>This is not a library&apos;s exchange key. Ask for the key that amanat-cli exchange-key prints (88 characters).</source>
        <translation>这不是资料库的交换密钥。请索取 amanat-cli exchange-key 打印的密钥（88 个字符）。</translation>
    </message>
</context>
<context>
    <name>ExchangeKey</name>
    <message>
        <source>The library&apos;s exchange key is damaged; packages cannot be opened.</source>
        <translation>资料库的交换密钥已损坏；无法打开封包。</translation>
    </message>
</context>
<context>
    <name>ExchangeKeyStore</name>
    <message>
        <source>The library has no exchange key yet.</source>
        <translation>资料库还没有交换密钥。</translation>
    </message>
    <message>
        <source>The library&apos;s exchange id is missing.</source>
        <translation>资料库的交换标识缺失。</translation>
    </message>
</context>
<context>
    <name>ExtractionStore</name>
    <message>
        <source>&quot;%1&quot; is not a list of OCR languages; write it as Tesseract does, e.g. chi_sim+uig+eng.</source>
        <translation>“%1”不是 OCR 语言列表；请按 Tesseract 的写法书写，例如 chi_sim+uig+eng。</translation>
    </message>
</context>
<context>
    <name>GeneratedPages</name>
    <message>
        <source>Case number: %1</source>
        <translation>案件编号：%1</translation>
    </message>
    <message>
        <source>Hearing: %1</source>
        <translation>开庭：%1</translation>
    </message>
    <message>
        <source>Counsel: %1</source>
        <translation>代理律师：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) in %1 section(s).</source>
        <translation>
            <numerusform>%1 个部分中共有 %n 个证物。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), numbered %1 to %2 in the lower margin of every page.</source>
        <translation>
            <numerusform>共 %n 页，在每页下边距处编号为 %1 至 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Integrity: manifest.json, filed beside this PDF, lists the SHA-256 of every exhibit&apos;s original as collected, its chain of custody, and the SHA-256 of every file of this bundle. It is signed (manifest.sig, Ed25519) with the key of the library that produced it, whose fingerprint is:</source>
        <translation>完整性：与本 PDF 一同提交的 manifest.json 列出了每个证物原件在收集时的 SHA-256、其保管链，以及本卷宗中每个文件的 SHA-256。该清单已使用生成它的资料库的密钥签名（manifest.sig，Ed25519），该密钥的指纹为：</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>标号</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页码</translation>
    </message>
    <message>
        <source>Part %1 of %2</source>
        <translation>第 %1 部分，共 %2 部分</translation>
    </message>
    <message numerus="yes">
        <source>This bundle is filed in %n parts. Each begins with this cover and the full index:</source>
        <translation>
            <numerusform>本卷宗分 %n 部分提交。每部分均以本封面和完整索引开头：</numerusform>
        </translation>
    </message>
    <message>
        <source>Certificate of translation</source>
        <translation>翻译证明</translation>
    </message>
    <message>
        <source>Signature of the translator</source>
        <translation>译者签名</translation>
    </message>
    <message>
        <source>A-Number: %1</source>
        <translation>A 号码：%1</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Proof of Service</source>
        <translation>送达证明</translation>
    </message>
    <message>
        <source>On %1 (date), I, %2, served a copy of %3 and any attached pages on the Department of Homeland Security (DHS), Office of the Principal Legal Advisor, at the following address:</source>
        <translation>本人 %2 于 %1（日期）将 %3 及所附全部页面的副本送达美国国土安全部（DHS）首席法律顾问办公室，地址如下：</translation>
    </message>
    <message>
        <source>by (tick one):</source>
        <translation>送达方式（勾选一项）：</translation>
    </message>
    <message>
        <source>[  ] first-class mail</source>
        <translation>[  ] 一类邮件</translation>
    </message>
    <message>
        <source>[  ] personal service</source>
        <translation>[  ] 当面送达</translation>
    </message>
    <message>
        <source>[  ] electronic service (ECAS)</source>
        <translation>[  ] 电子送达（ECAS）</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>HelperRun</name>
    <message>
        <source>The page helper (%1) could not be started.</source>
        <translation>无法启动页面辅助程序（%1）。</translation>
    </message>
    <message>
        <source>The pages of %1 could not be prepared: %2.</source>
        <translation>无法准备 %1 的页面：%2。</translation>
    </message>
</context>
<context>
    <name>HelperSandbox</name>
    <message>
        <source>The sandbox of the extraction helper cannot be applied on this system, so no file will be read: its text and pictures stay pending.</source>
        <translation>无法在此系统上应用提取辅助程序的沙箱，因此不会读取任何文件：其文本和图片保持待处理状态。</translation>
    </message>
    <message>
        <source>Landlock (Linux 5.13 or later) is not available, so file access is limited by the system-call filter alone</source>
        <translation>Landlock（Linux 5.13 或更高版本）不可用，因此文件访问仅由系统调用过滤器加以限制</translation>
    </message>
    <message>
        <source>user namespaces are switched off, so the helper shares this computer&apos;s network and process namespaces (the system-call filter still refuses network connections)</source>
        <translation>用户命名空间已关闭，因此辅助程序与这台计算机共用网络和进程命名空间（系统调用过滤器仍会拒绝网络连接）</translation>
    </message>
    <message>
        <source>The extraction helper&apos;s sandbox is incomplete here: %1.</source>
        <translation>此处提取辅助程序的沙箱不完整：%1。</translation>
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
    <name>InterviewFields</name>
    <message>
        <source>Witness code</source>
        <translation>证人代号</translation>
    </message>
    <message>
        <source>e.g. W-014</source>
        <translation>例如：W-014</translation>
    </message>
    <message>
        <source>Interview date</source>
        <translation>访谈日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Interview place</source>
        <translation>访谈地点</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>访谈人</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>口译员</translation>
    </message>
    <message>
        <source>if there was one</source>
        <translation>如有</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法庭</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>倡导</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公开</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>同意日期</translation>
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
    <message>
        <source>Testimony</source>
        <translation>证词</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an item number (%2 takes the number of another item).</source>
        <translation>“%1”不是条目编号（%2 需要另一个条目的编号）。</translation>
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
    <message>
        <source>Item %1 cannot be the translation of itself.</source>
        <translation>条目 %1 不能是其自身的译文。</translation>
    </message>
    <message>
        <source>%1 applies only to testimony, video and audio items.</source>
        <translation>%1 仅适用于证词、视频和音频条目。</translation>
    </message>
    <message>
        <source>Item %1 can no longer be restored: it was erased.</source>
        <translation>条目 %1 已无法恢复：它已被永久清除。</translation>
    </message>
</context>
<context>
    <name>ItemSelection</name>
    <message>
        <source>There is no tag %1.</source>
        <translation>没有标签 %1。</translation>
    </message>
    <message>
        <source>No item matches %1.</source>
        <translation>没有与 %1 相符的条目。</translation>
    </message>
    <message>
        <source>the query %1</source>
        <translation>查询 %1</translation>
    </message>
    <message>
        <source>the tag %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>the dossier %1</source>
        <translation>案卷 %1</translation>
    </message>
    <message>
        <source>the items %1</source>
        <translation>条目 %1</translation>
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
    <name>LanguageNames</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>阿拉伯语</translation>
    </message>
    <message>
        <source>Uyghur</source>
        <translation>维吾尔语</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>俄语</translation>
    </message>
    <message>
        <source>French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>西班牙语</translation>
    </message>
    <message>
        <source>German</source>
        <translation>德语</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>意大利语</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>葡萄牙语</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>土耳其语</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>哈萨克语</translation>
    </message>
    <message>
        <source>Kyrgyz</source>
        <translation>吉尔吉斯语</translation>
    </message>
    <message>
        <source>Uzbek</source>
        <translation>乌兹别克语</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>波斯语</translation>
    </message>
    <message>
        <source>Pashto</source>
        <translation>普什图语</translation>
    </message>
    <message>
        <source>Urdu</source>
        <translation>乌尔都语</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>藏语</translation>
    </message>
    <message>
        <source>Mongolian</source>
        <translation>蒙古语</translation>
    </message>
    <message>
        <source>Kurdish</source>
        <translation>库尔德语</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>希伯来语</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <translation>乌克兰语</translation>
    </message>
    <message>
        <source>Burmese</source>
        <translation>缅甸语</translation>
    </message>
    <message>
        <source>Tigrinya</source>
        <translation>提格利尼亚语</translation>
    </message>
    <message>
        <source>Amharic</source>
        <translation>阿姆哈拉语</translation>
    </message>
    <message>
        <source>Somali</source>
        <translation>索马里语</translation>
    </message>
    <message>
        <source>Chinese (Simplified)</source>
        <translation>中文（简体）</translation>
    </message>
    <message>
        <source>Chinese (Traditional)</source>
        <translation>中文（繁体）</translation>
    </message>
</context>
<context>
    <name>LeakCheck</name>
    <message>
        <source>%1 cannot be read back for the leak check.</source>
        <translation>无法回读 %1 以进行泄露检查。</translation>
    </message>
    <message>
        <source>the bundle folder&apos;s name</source>
        <translation>卷宗文件夹的名称</translation>
    </message>
    <message>
        <source>the file&apos;s name</source>
        <translation>文件的名称</translation>
    </message>
    <message numerus="yes">
        <source>Checking the bytes of %n file(s)…</source>
        <translation>
            <numerusform>正在检查 %n 个文件的字节…</numerusform>
        </translation>
    </message>
    <message>
        <source>the file&apos;s bytes</source>
        <translation>文件的字节</translation>
    </message>
    <message>
        <source>the file&apos;s text</source>
        <translation>文件的文本</translation>
    </message>
    <message>
        <source>Reading every object of %1…</source>
        <translation>正在读取 %1 的每个对象…</translation>
    </message>
    <message>
        <source>%1 (PDF object %2)</source>
        <translation>%1（PDF 对象 %2）</translation>
    </message>
    <message numerus="yes">
        <source>Reading back %n page(s) as a recipient would…</source>
        <translation>
            <numerusform>正在以接收者的方式回读 %n 个页面…</numerusform>
        </translation>
    </message>
    <message>
        <source>The leak check of %1 did not run.</source>
        <translation>%1 的泄露检查未运行。</translation>
    </message>
    <message>
        <source>The leak check did not read every page of %1.</source>
        <translation>泄露检查未读取 %1 的每一页。</translation>
    </message>
    <message>
        <source>the page image (OCR)</source>
        <translation>页面图像（OCR）</translation>
    </message>
    <message>
        <source>the text layer</source>
        <translation>文本层</translation>
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
        <source>%1 already exists; choose a new name for the backup.</source>
        <translation>%1 已存在；请为备份另选一个名称。</translation>
    </message>
    <message>
        <source>The library has no signing key yet; open it for writing to create one.</source>
        <translation>资料库还没有签名密钥；请以可写方式打开资料库以创建签名密钥。</translation>
    </message>
    <message>
        <source>The library lost committed work: its custody log ends at event %1, but event %2 (%3 at %4) had been committed. The database was probably rolled back by a crash and a damaged write-ahead log. Copy out what you need and restore a backup; the library opens for reading only.</source>
        <translation>资料库丢失了已提交的工作：其保管链日志止于事件 %1，但事件 %2（%3，于 %4）此前已提交。数据库很可能因崩溃和预写日志损坏而被回滚。请复制出您需要的内容并从备份恢复；该资料库将以只读方式打开。</translation>
    </message>
    <message>
        <source>The library&apos;s database file %1 was removed or replaced while it was open; what was saved since then is lost. Nothing more will be written.</source>
        <translation>资料库的数据库文件 %1 在打开期间被移除或替换；此后保存的内容已丢失。将不再写入任何内容。</translation>
    </message>
    <message>
        <source>the custody log has no import event for its original</source>
        <translation>保管链日志中没有其原件的导入事件</translation>
    </message>
    <message>
        <source>its bytes no longer match the SHA-256 its import event recorded</source>
        <translation>其字节与导入事件所记录的 SHA-256 不再一致</translation>
    </message>
    <message>
        <source>its recorded SHA-256 was changed after import</source>
        <translation>其记录的 SHA-256 在导入后被更改</translation>
    </message>
    <message>
        <source>The library was locked before this change could be saved.</source>
        <translation>在此更改保存之前，资料库已被锁定。</translation>
    </message>
    <message>
        <source>Verification was stopped.</source>
        <translation>校验已停止。</translation>
    </message>
    <message>
        <source>The library has no exchange key yet; open it for writing to create one.</source>
        <translation>资料库还没有交换密钥；请以可写方式打开以创建密钥。</translation>
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
    <name>Manifest</name>
    <message>
        <source>not a valid manifest: %1</source>
        <translation>不是有效的清单：%1</translation>
    </message>
    <message>
        <source>the path is empty</source>
        <translation>路径为空</translation>
    </message>
    <message>
        <source>the path is absolute</source>
        <translation>路径为绝对路径</translation>
    </message>
    <message>
        <source>the path contains a backslash</source>
        <translation>路径包含反斜杠</translation>
    </message>
    <message>
        <source>the path contains a control character</source>
        <translation>路径包含控制字符</translation>
    </message>
    <message>
        <source>the path has an empty, &quot;.&quot; or &quot;..&quot; part</source>
        <translation>路径中有空的、“.”或“..”部分</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>JSON error at byte %1 (%2)</source>
        <translation>第 %1 字节处出现 JSON 错误（%2）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>&quot;format&quot; is not &quot;%1&quot;</source>
        <translation>&quot;format&quot; 不是 &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The manifest has version %1; this program reads version %2.</source>
        <translation>清单的版本为 %1；此程序读取的版本为 %2。</translation>
    </message>
    <message>
        <source>the signing key is not an Ed25519 key</source>
        <translation>签名密钥不是 Ed25519 密钥</translation>
    </message>
    <message>
        <source>the public key is not 32 bytes of base64</source>
        <translation>公钥不是 32 字节的 base64 数据</translation>
    </message>
    <message>
        <source>&quot;files&quot; is missing</source>
        <translation>缺少 &quot;files&quot;</translation>
    </message>
    <message>
        <source>a file entry lacks a path, a size or a SHA-256</source>
        <translation>某个文件条目缺少路径、大小或 SHA-256</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is a symbolic link; a bundle folder may hold only regular files.</source>
        <translation>%1 是符号链接；卷宗文件夹中只能包含常规文件。</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 不是常规文件。</translation>
    </message>
    <message>
        <source>%1 cannot be listed in a manifest: %2</source>
        <translation>%1 无法列入清单：%2</translation>
    </message>
    <message>
        <source>The native file of exhibit %1: %2</source>
        <translation>证物 %1 的原生文件：%2</translation>
    </message>
    <message>
        <source>The native file %1 of exhibit %2 is not in the folder.</source>
        <translation>证物 %2 的原生文件 %1 不在该文件夹中。</translation>
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
    <message>
        <source>%1 is a symbolic link; choose a plain file name.</source>
        <translation>%1 是符号链接；请选择一个普通文件名。</translation>
    </message>
</context>
<context>
    <name>PackageReceiver</name>
    <message>
        <source>WARNING: this package says it comes from “%1”, but it is signed with other keys than that library used before.
Pinned fingerprint: %2
This package:      %3
Anyone can claim a name. Unless the sender told you they have new keys, do not trust this package. If they did, confirm the new fingerprint with them by phone or in person, then receive it again expecting that sender (amanat-cli receive --expect-sender).</source>
        <translation>警告：此封包声称来自“%1”，但它的签名密钥与该资料库以前使用的不同。
已记住的指纹：%2
此封包：      %3
任何人都可以冒用名字。除非发送方告诉过您他们换了新密钥，否则不要信任此封包。如果告诉过，请通过电话或当面与对方确认新指纹，然后指定该发送方重新接收（amanat-cli receive --expect-sender）。</translation>
    </message>
    <message>
        <source>The original of the package&apos;s item %1 does not match its SHA-256. Nothing was received.</source>
        <translation>封包中条目 %1 的原件与其 SHA-256 不符。未接收任何内容。</translation>
    </message>
    <message>
        <source>The expected sender&apos;s fingerprint must be 64 hexadecimal digits, as amanat-cli exchange-key prints it.</source>
        <translation>预期发送方的指纹必须是 64 位十六进制数字，与 amanat-cli exchange-key 打印的一致。</translation>
    </message>
    <message>
        <source>The package is signed by “%1” with the fingerprint
%2
not by the expected sender. Nothing was received.</source>
        <translation>该封包由“%1”签名，指纹为
%2
并非预期的发送方。未接收任何内容。</translation>
    </message>
    <message>
        <source>This package was shared by this library itself.</source>
        <translation>此封包是本资料库自己共享的。</translation>
    </message>
    <message>
        <source>The package&apos;s list of items is too large.</source>
        <translation>封包中的条目列表过大。</translation>
    </message>
    <message>
        <source>The package&apos;s list of items is malformed.</source>
        <translation>封包中的条目列表格式有误。</translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation>接收已取消。</translation>
    </message>
    <message>
        <source>The package&apos;s item %1 cannot be received: %2</source>
        <translation>无法接收封包中的条目 %1：%2</translation>
    </message>
    <message>
        <source>The package changed while it was being received. Nothing was received.</source>
        <translation>封包在接收过程中发生了变化。未接收任何内容。</translation>
    </message>
</context>
<context>
    <name>PackageSharer</name>
    <message>
        <source>%1 already exists; choose a new name for the package.</source>
        <translation>%1 已存在；请为封包另取一个名字。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>Name at least one library to share with (its exchange key).</source>
        <translation>请指定至少一个要共享的资料库（其交换密钥）。</translation>
    </message>
    <message>
        <source>The witnesses of testimony item(s) %1 have not recorded consent to any use of their testimony, so they are not shared. Record their consent, or override it if you have another lawful basis (amanat-cli share --override-consent); the override is logged.</source>
        <translation>证词条目 %1 的证人没有记录对其证词任何用途的同意，因此不予共享。请记录他们的同意；如果您有其他合法依据，也可以越过同意要求（amanat-cli share --override-consent）；此操作会记入日志。</translation>
    </message>
    <message>
        <source>Sharing was cancelled.</source>
        <translation>共享已取消。</translation>
    </message>
    <message>
        <source>The original of item %1 does not match its recorded SHA-256; run a verification of the library. Nothing was shared.</source>
        <translation>条目 %1 的原件与记录的 SHA-256 不符；请校验资料库。未共享任何内容。</translation>
    </message>
    <message>
        <source>The package could not be moved to %1.</source>
        <translation>无法将封包移到 %1。</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Very weak</source>
        <translation>非常弱</translation>
    </message>
    <message>
        <source>Weak</source>
        <translation>弱</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>强</translation>
    </message>
    <message>
        <source>Very strong</source>
        <translation>非常强</translation>
    </message>
    <message>
        <source>This is one of the most common passwords; it is guessed at once.</source>
        <translation>这是最常见的密码之一；会被立即猜中。</translation>
    </message>
    <message>
        <source>Repeated or sequential characters add little. Add a few unrelated words instead.</source>
        <translation>重复或连续的字符作用不大。请改为添加几个互不相关的词。</translation>
    </message>
    <message>
        <source>Longer is stronger: a sentence of five or more words that only you would think of is easy to remember and hard to guess.</source>
        <translation>越长越强：一句由五个或更多词组成、只有您才会想到的话，既容易记住，又难以猜中。</translation>
    </message>
    <message>
        <source>Add another unrelated word.</source>
        <translation>再添加一个不相关的词。</translation>
    </message>
</context>
<context>
    <name>PdfAssembler</name>
    <message>
        <source>%1 is an encrypted PDF; courts do not accept encrypted documents. Import an unlocked copy.</source>
        <translation>%1 是加密的 PDF；法院不接受加密文件。请导入一份未加密的副本。</translation>
    </message>
    <message>
        <source>%1 could not be read as a PDF (%2).</source>
        <translation>无法将 %1 作为 PDF 读取（%2）。</translation>
    </message>
    <message>
        <source>The generated pages could not be read (%1).</source>
        <translation>无法读取生成的页面（%1）。</translation>
    </message>
    <message>
        <source>The page stamps could not be read (%1).</source>
        <translation>无法读取页面印记（%1）。</translation>
    </message>
    <message>
        <source>The bundle PDF could not be written (%1).</source>
        <translation>无法写入卷宗 PDF（%1）。</translation>
    </message>
    <message>
        <source>The transport copy could not be written (%1).</source>
        <translation>无法写入传送副本（%1）。</translation>
    </message>
    <message>
        <source>An image of an original could not be replaced (%1).</source>
        <translation>无法替换原件的某个图像（%1）。</translation>
    </message>
</context>
<context>
    <name>PdfObjectScanner</name>
    <message>
        <source>document information</source>
        <translation>文档信息</translation>
    </message>
    <message>
        <source>bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>page labels</source>
        <translation>页面标签</translation>
    </message>
    <message>
        <source>links and annotations</source>
        <translation>链接和批注</translation>
    </message>
    <message>
        <source>XMP metadata</source>
        <translation>XMP 元数据</translation>
    </message>
    <message>
        <source>named destinations</source>
        <translation>命名目标</translation>
    </message>
    <message>
        <source>stream data</source>
        <translation>流数据</translation>
    </message>
    <message>
        <source>page content</source>
        <translation>页面内容</translation>
    </message>
    <message>
        <source>document trailer</source>
        <translation>文档尾部（trailer）</translation>
    </message>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>%1 cannot be read back as a PDF for the leak check.</source>
        <translation>无法将 %1 作为 PDF 回读以进行泄露检查。</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message numerus="yes">
        <source>A name or contact can have at most %n character(s).</source>
        <translation>
            <numerusform>姓名或联系方式最多可包含 %n 个字符。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A protected person needs a code of 1 to %n character(s), such as W-014; it is what lists and bundles show instead of the name.</source>
        <translation>
            <numerusform>受保护人员需要一个由 1 到 %n 个字符组成的代号，例如 W-014；列表和卷宗中将显示该代号而不是姓名。</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no protected person %1.</source>
        <translation>没有受保护人员 %1。</translation>
    </message>
    <message>
        <source>There is no protected person &quot;%1&quot; (give the number or the code that amanat-cli person list shows).</source>
        <translation>没有受保护人员“%1”（请提供 amanat-cli person list 所显示的编号或代号）。</translation>
    </message>
    <message>
        <source>Give at least one name or contact for the protected person.</source>
        <translation>请为受保护人员至少提供一个姓名或联系方式。</translation>
    </message>
    <message>
        <source>A protected person with the code %1 exists already.</source>
        <translation>代号为 %1 的受保护人员已存在。</translation>
    </message>
    <message>
        <source>Protected person %1 has no such value to remove.</source>
        <translation>受保护人员 %1 没有可移除的此值。</translation>
    </message>
    <message>
        <source>Say why %1 is not redacted in this dossier (for example: the appellant&apos;s own appeal); the reason is logged and printed on the bundle.</source>
        <translation>请说明为何 %1 在此案卷中不予遮蔽（例如：上诉人本人的上诉）；该原因会记入日志并打印在卷宗上。</translation>
    </message>
</context>
<context>
    <name>ProgressReporter</name>
    <message>
        <source>Imported %1 of %2 files; extracted %3 of %4</source>
        <translation>已导入 %1/%2 个文件；已提取 %3/%4 个</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported.</source>
        <translation>
            <numerusform>已导入 %n 个文件，%1 个重复，%2 个无法导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>  not imported: %1: %2</source>
        <translation>  未导入：%1：%2</translation>
    </message>
    <message>
        <source>  item %1 (%2): extraction incomplete: %3</source>
        <translation>  条目 %1（%2）：提取不完整：%3</translation>
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
        <translation>无法生成二维码。</translation>
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
    <name>RecoveryKeySheet</name>
    <message>
        <source>Amanat recovery key</source>
        <translation>Amanat 恢复密钥</translation>
    </message>
    <message>
        <source>Library: %1
Created: %2</source>
        <translation>资料库：%1
创建时间：%2</translation>
    </message>
    <message>
        <source>This key opens the library if the passphrase is forgotten. Anyone who has it and the library folder can read everything in the library.

Keep this sheet somewhere safe and away from the computer — never in the library folder or on the same disk. Destroy other copies.</source>
        <translation>如果忘记了密码短语，此密钥可以打开资料库。任何同时持有此密钥和资料库文件夹的人都能读取资料库中的全部内容。

请将此页妥善保管，远离计算机存放——切勿放在资料库文件夹中或同一磁盘上。请销毁其他副本。</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>打印恢复密钥</translation>
    </message>
</context>
<context>
    <name>RedactionPreview</name>
    <message>
        <source>Item %1 has no pages to preview (it is not a PDF or an image).</source>
        <translation>条目 %1 没有可预览的页面（它既不是 PDF 也不是图像）。</translation>
    </message>
    <message>
        <source>Pages are numbered from 1.</source>
        <translation>页码从 1 开始。</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>条目 %1</translation>
    </message>
    <message>
        <source>The original of item %1 could not be read in full.</source>
        <translation>无法完整读取条目 %1 的原件。</translation>
    </message>
    <message>
        <source>%1 has no page %2.</source>
        <translation>%1 没有第 %2 页。</translation>
    </message>
</context>
<context>
    <name>RedactionRepository</name>
    <message>
        <source>A redaction area is PAGE,X,Y,W,H with X, Y, W and H as fractions of the page (e.g. 1,0.1,0.2,0.5,0.05).</source>
        <translation>遮蔽区域的格式为 PAGE,X,Y,W,H，其中 X、Y、W 和 H 为页面的比例（例如 1,0.1,0.2,0.5,0.05）。</translation>
    </message>
    <message>
        <source>There is no item %1.</source>
        <translation>没有条目 %1。</translation>
    </message>
    <message>
        <source>A text redaction needs the text to remove (at most 1,000 characters).</source>
        <translation>文本遮蔽需要指定要移除的文本（最多 1,000 个字符）。</translation>
    </message>
    <message>
        <source>A redaction area must lie within the page.</source>
        <translation>遮蔽区域必须位于页面之内。</translation>
    </message>
    <message>
        <source>There is no redaction %1.</source>
        <translation>没有遮蔽 %1。</translation>
    </message>
    <message>
        <source>A kept area must lie within the page.</source>
        <translation>保留区域必须位于页面之内。</translation>
    </message>
</context>
<context>
    <name>RedactionReview</name>
    <message>
        <source>text redaction</source>
        <translation>文本遮蔽</translation>
    </message>
    <message>
        <source>photo or scan page</source>
        <translation>照片或扫描页</translation>
    </message>
    <message>
        <source>scan page</source>
        <translation>扫描页</translation>
    </message>
    <message>
        <source>area marked by hand</source>
        <translation>手动标记的区域</translation>
    </message>
    <message>
        <source>protected name or redacted text in the page&apos;s text</source>
        <translation>页面文本中含有受保护的姓名或被遮蔽的文本</translation>
    </message>
    <message>
        <source>Item %1 is not an exhibit of this dossier.</source>
        <translation>条目 %1 不是此案卷的证物。</translation>
    </message>
    <message>
        <source>Item %1 has no page %2 in this dossier.</source>
        <translation>条目 %1 在此案卷中没有第 %2 页。</translation>
    </message>
</context>
<context>
    <name>SavedSearches</name>
    <message>
        <source>A saved search needs a name of one line (at most 200 characters).</source>
        <translation>已保存的搜索需要一个单行名称（最多 200 个字符）。</translation>
    </message>
    <message>
        <source>A saved search named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的已保存搜索已存在。</translation>
    </message>
    <message>
        <source>There is no saved search named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的已保存搜索。</translation>
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
    <name>SealedPackage</name>
    <message>
        <source>The package ends too early.</source>
        <translation>封包过早结束。</translation>
    </message>
    <message>
        <source>The package is damaged, incomplete, or was changed after it was signed. Nothing was received.</source>
        <translation>封包已损坏、不完整，或在签名后被改动。未接收任何内容。</translation>
    </message>
    <message>
        <source>A package needs at least one recipient.</source>
        <translation>封包至少需要一个接收方。</translation>
    </message>
    <message>
        <source>%1 is not an Amanat exchange package.</source>
        <translation>%1 不是 Amanat 交换封包。</translation>
    </message>
    <message>
        <source>The package was made by a newer version of Amanat. Update Amanat to receive it.</source>
        <translation>该封包由更新版本的 Amanat 生成。请更新 Amanat 后再接收。</translation>
    </message>
    <message>
        <source>Receiving was cancelled.</source>
        <translation>接收已取消。</translation>
    </message>
    <message>
        <source>This package was sealed for other libraries, not for this one. Ask the sender to share it again with this library&apos;s exchange key.</source>
        <translation>此封包是为其他资料库密封的，而不是为本资料库。请发送方用本资料库的交换密钥重新共享。</translation>
    </message>
</context>
<context>
    <name>SealedPackageReader</name>
    <message>
        <source>This package was sealed for other libraries, not for this one. Ask the sender to share it again with this library&apos;s exchange key.</source>
        <translation>此封包是为其他资料库密封的，而不是为本资料库。请发送方用本资料库的交换密钥重新共享。</translation>
    </message>
</context>
<context>
    <name>SearchEngine</name>
    <message>
        <source>The query could not be run; check its quotes and operators.</source>
        <translation>无法运行该查询；请检查其中的引号和运算符。</translation>
    </message>
</context>
<context>
    <name>SearchQuery</name>
    <message>
        <source>The query has an opening quote (&quot;) without a closing one.</source>
        <translation>查询中有左引号（&quot;）但没有对应的右引号。</translation>
    </message>
    <message>
        <source>A quote (&quot;) must start a phrase or a filter value, as in &quot;exact words&quot; or tag:&quot;Police files&quot;.</source>
        <translation>引号（&quot;）必须用于开始一个短语或过滤器值，例如 &quot;exact words&quot; 或 tag:&quot;Police files&quot;。</translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side.</source>
        <translation>OR 两侧都需要一个词或短语。</translation>
    </message>
    <message>
        <source>OR needs a word or phrase on each side, not a filter.</source>
        <translation>OR 两侧都需要一个词或短语，而不能是过滤器。</translation>
    </message>
    <message>
        <source>&quot;%1:&quot; is not a filter; the filters are %2.</source>
        <translation>“%1:”不是过滤器；可用的过滤器为 %2。</translation>
    </message>
    <message>
        <source>The filter %1: needs a value.</source>
        <translation>过滤器 %1: 需要一个值。</translation>
    </message>
    <message>
        <source>A filter cannot be excluded with &quot;-&quot;; remove the minus before %1:.</source>
        <translation>过滤器不能用“-”排除；请删除 %1: 前面的减号。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind; use one of: %2.</source>
        <translation>“%1”不是类型；请使用以下类型之一：%2。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>A &quot;*&quot; must follow the beginning of a word, as in detain*.</source>
        <translation>“*”必须跟在词的开头之后，例如 detain*。</translation>
    </message>
    <message>
        <source>A &quot;-&quot; must come right before the word to exclude, as in -rumour.</source>
        <translation>“-”必须紧挨在要排除的词之前，例如 -rumour。</translation>
    </message>
    <message>
        <source>OR cannot be followed by an excluded word.</source>
        <translation>OR 后面不能跟被排除的词。</translation>
    </message>
    <message>
        <source>The query has nothing to search for: type a word, a phrase in quotes or a filter such as tag:Detention.</source>
        <translation>查询中没有可搜索的内容：请输入一个词、一个带引号的短语，或一个过滤器，例如 tag:Detention。</translation>
    </message>
    <message>
        <source>The query is too long (%1 words); search for at most %2 words at a time.</source>
        <translation>查询过长（%1 个词）；每次最多搜索 %2 个词。</translation>
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
        <translation>请再输入一次： </translation>
    </message>
    <message>
        <source>The two passphrases differ; nothing was changed.</source>
        <translation>两次输入的密码短语不一致；未做任何更改。</translation>
    </message>
</context>
<context>
    <name>SharedItem</name>
    <message>
        <source>The package&apos;s item %1 is malformed: %2.</source>
        <translation>封包中的条目 %1 格式有误：%2。</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>The library&apos;s signing key is damaged; bundles cannot be signed.</source>
        <translation>资料库的签名密钥已损坏；无法对卷宗签名。</translation>
    </message>
</context>
<context>
    <name>SigningKeyStore</name>
    <message>
        <source>The library has no signing key yet.</source>
        <translation>资料库还没有签名密钥。</translation>
    </message>
</context>
<context>
    <name>SpreadsheetImport</name>
    <message>
        <source>the file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>the file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot;: %2</source>
        <translation>标签“%1”：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>a row without a file needs a kind (%1).</source>
        <translation>没有文件的行需要填写类型（%1）。</translation>
    </message>
    <message>
        <source>a row without a file needs a title.</source>
        <translation>没有文件的行需要填写标题。</translation>
    </message>
    <message>
        <source>%1 does not apply to an item of kind %2; give the row a kind column, such as testimony.</source>
        <translation>%1 不适用于类型为 %2 的条目；请为该行填写 kind 列，例如 testimony。</translation>
    </message>
    <message>
        <source>Line %1: &quot;%2&quot; is not a column Amanat knows. The columns are: %3.</source>
        <translation>第 %1 行：“%2”不是 Amanat 认识的列。可用的列有：%3。</translation>
    </message>
    <message>
        <source>Line %1: the column &quot;%2&quot; appears twice.</source>
        <translation>第 %1 行：列“%2”出现了两次。</translation>
    </message>
    <message>
        <source>Line %1: the header names neither a file nor a title column, so it is not a header.</source>
        <translation>第 %1 行：表头既没有 file 列也没有 title 列，因此不是表头。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large for a spreadsheet of items.</source>
        <translation>%1 过大，无法作为条目电子表格导入。</translation>
    </message>
    <message>
        <source>%1 holds no rows.</source>
        <translation>%1 中没有任何行。</translation>
    </message>
    <message>
        <source>%1 has a header but no rows to import.</source>
        <translation>%1 有表头，但没有要导入的行。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>导入已取消。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the spreadsheet has %n problem(s) to correct.</source>
        <translation>
            <numerusform>未导入任何内容：电子表格中有 %n 个问题需要更正。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…还有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>it has more values (%1) than the header has columns (%2).</source>
        <translation>它的值（%1 个）比表头的列（%2 个）多。</translation>
    </message>
    <message>
        <source>column %1 holds a value but has no name in the header.</source>
        <translation>第 %1 列有值，但表头中没有列名。</translation>
    </message>
</context>
<context>
    <name>TagPalette</name>
    <message>
        <source>Red</source>
        <translation>红色</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>橙色</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>黄色</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>绿色</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>青色</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>蓝色</translation>
    </message>
    <message>
        <source>Violet</source>
        <translation>紫色</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>粉色</translation>
    </message>
    <message>
        <source>Brown</source>
        <translation>棕色</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰色</translation>
    </message>
</context>
<context>
    <name>TagPath</name>
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
</context>
<context>
    <name>TagRepository</name>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>不存在标签“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour; write it as #RRGGBB.</source>
        <translation>“%1”不是颜色；请写成 #RRGGBB 格式。</translation>
    </message>
    <message>
        <source>A new tag name cannot contain &quot;/&quot;; use tag-move to move a tag.</source>
        <translation>新标签名称不能包含“/”；要移动标签，请使用 tag-move。</translation>
    </message>
    <message>
        <source>A tag named &quot;%1&quot; already exists there; use tag-merge to combine them.</source>
        <translation>该位置已存在名为“%1”的标签；要合并它们，请使用 tag-merge。</translation>
    </message>
    <message>
        <source>A tag cannot be moved below itself.</source>
        <translation>标签不能移动到其自身之下。</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself.</source>
        <translation>标签不能合并到其自身。</translation>
    </message>
    <message>
        <source>A tag cannot be merged into one of its own sub-tags.</source>
        <translation>标签不能合并到其自己的子标签中。</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file has more than two columns (path, colour); quote a path that contains a comma.</source>
        <translation>CSV 文件第 %1 行多于两列（路径、颜色）；包含逗号的路径请加引号。</translation>
    </message>
    <message>
        <source>Line %1 of the CSV file: %2</source>
        <translation>CSV 文件第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>TestimonyEditing</name>
    <message>
        <source>Item %1 is not a testimony.</source>
        <translation>条目 %1 不是证词。</translation>
    </message>
    <message>
        <source>Item %1 has no transcript: only testimonies, videos and audio recordings do.</source>
        <translation>条目 %1 没有笔录：只有证词、视频和音频录音才有。</translation>
    </message>
</context>
<context>
    <name>TimeStamp</name>
    <message>
        <source>The time-stamp request is not over a SHA-256 digest.</source>
        <translation>该时间戳请求不是针对 SHA-256 摘要的。</translation>
    </message>
    <message>
        <source>The time-stamp request could not be made: %1</source>
        <translation>无法生成时间戳请求：%1</translation>
    </message>
    <message>
        <source>This is not a time-stamp request.</source>
        <translation>这不是时间戳请求。</translation>
    </message>
    <message>
        <source>This is not a time-stamp reply (an RFC 3161 .tsr file).</source>
        <translation>这不是时间戳回复（RFC 3161 .tsr 文件）。</translation>
    </message>
    <message>
        <source>The time-stamping authority refused the request.</source>
        <translation>时间戳机构拒绝了该请求。</translation>
    </message>
    <message>
        <source>This time-stamp reply answers another request.</source>
        <translation>此时间戳回复对应的是另一个请求。</translation>
    </message>
    <message>
        <source>No certificate could be read from the authority&apos;s certificate file.</source>
        <translation>无法从机构的证书文件中读取任何证书。</translation>
    </message>
    <message>
        <source>The time-stamp reply carries no certificate; give the authority&apos;s certificate to check it.</source>
        <translation>时间戳回复中没有证书；请提供机构的证书以核对。</translation>
    </message>
    <message>
        <source>The time-stamp reply does not check: %1</source>
        <translation>时间戳回复未通过核对：%1</translation>
    </message>
</context>
<context>
    <name>TimeStamps</name>
    <message>
        <source>%1 holds no manifest.json; it is not a bundle folder.</source>
        <translation>%1 中没有 manifest.json，不是卷宗文件夹。</translation>
    </message>
    <message>
        <source>This bundle is time-stamped already (manifest.tsr); a new request would not match that reply.</source>
        <translation>此卷宗已有时间戳（manifest.tsr）；新请求将与该回复不符。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>This time-stamp reply answers none of this library&apos;s requests; nothing was stored.</source>
        <translation>此时间戳回复不对应本资料库的任何请求；未保存任何内容。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>Part of this change failed, so none of it was saved.</source>
        <translation>此更改的一部分失败，因此全部未保存。</translation>
    </message>
</context>
<context>
    <name>UwaziExporter</name>
    <message>
        <source>The stored original of item %1 no longer matches its SHA-256; run verify.</source>
        <translation>条目 %1 存储的原件与其 SHA-256 不再相符；请运行 verify。</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name.</source>
        <translation>%1 已存在；请换一个名称。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>文件夹 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation>未能写入 %1：%2</translation>
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
        <translation>条目 %1 没有原始文件。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::AddToDossierDialog</name>
    <message>
        <source>Add to Dossier</source>
        <translation>添加到案卷</translation>
    </message>
    <message numerus="yes">
        <source>Add the %n selected item(s) as exhibits of:</source>
        <translation>
            <numerusform>将所选的 %n 个条目作为证物添加到：</numerusform>
        </translation>
    </message>
    <message>
        <source>This library has no dossier yet. Create one with Dossiers → New Dossier, then add items to it.</source>
        <translation>此资料库还没有案卷。请通过“案卷 → 新建案卷”创建一个，然后向其中添加条目。</translation>
    </message>
    <message>
        <source>&amp;Dossier:</source>
        <translation>案卷(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>部分(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>The last section</source>
        <translation>最后一个部分</translation>
    </message>
</context>
<context>
    <name>amanat::ui::BundleExportDialog</name>
    <message>
        <source>Export Court Bundle</source>
        <translation>导出法庭卷宗</translation>
    </message>
    <message>
        <source>UK tribunal (A4)</source>
        <translation>英国审裁处（A4）</translation>
    </message>
    <message>
        <source>US court (Letter)</source>
        <translation>美国法院（Letter）</translation>
    </message>
    <message>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <source>The bundle is split into numbered parts at exhibit boundaries above this size (25 MB for US immigration e-filing, 50 MB for the UK Upper Tribunal).</source>
        <translation>超过此大小时，卷宗将在证物之间的边界处拆分为带编号的多个部分（美国移民电子提交为 25 MB，英国上级审裁处为 50 MB）。</translation>
    </message>
    <message>
        <source>File testimonies without recorded court consent (written to the custody log)</source>
        <translation>在没有已记录的法庭使用同意的情况下提交证词（会写入保管链日志）</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>卷宗</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Bates p&amp;refix:</source>
        <translation>Bates 前缀(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;First number:</source>
        <translation>起始编号(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Split above:</source>
        <translation>拆分阈值(&amp;S)：</translation>
    </message>
    <message>
        <source>Encrypted transport copy (optional)</source>
        <translation>加密传送副本（可选）</translation>
    </message>
    <message>
        <source>Also writes bundle-transport.pdf, encrypted with AES-256, for sending. The filing copy is never encrypted.</source>
        <translation>另外写入使用 AES-256 加密的 bundle-transport.pdf，用于发送。提交用副本永远不会加密。</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>再次输入(&amp;A)：</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>选择(&amp;H)…</translation>
    </message>
    <message>
        <source>A new folder made for the bundle. Avoid names of people: folder names travel with the bundle.</source>
        <translation>为卷宗新建的文件夹。请避免使用人名：文件夹名称会随卷宗一起传递。</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation>放入文件夹(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;New folder name:</source>
        <translation>新文件夹名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Folder for the Bundle</source>
        <translation>卷宗所在文件夹</translation>
    </message>
    <message>
        <source>Choose the folder to put the bundle in.</source>
        <translation>选择用于存放卷宗的文件夹。</translation>
    </message>
    <message>
        <source>Give the new folder a name without slashes.</source>
        <translation>请为新文件夹指定一个不含斜杠的名称。</translation>
    </message>
    <message>
        <source>%1 already exists: choose another folder name.</source>
        <translation>%1 已存在：请另选一个文件夹名称。</translation>
    </message>
    <message>
        <source>The two transport passwords differ. Type them again.</source>
        <translation>两次输入的传送密码不一致。请重新输入。</translation>
    </message>
    <message>
        <source>Preparing the bundle…</source>
        <translation>正在准备卷宗…</translation>
    </message>
    <message>
        <source>The bundle was not written. %1</source>
        <translation>未写入卷宗。%1</translation>
    </message>
    <message numerus="yes">
        <source>Bundle written: %n page(s), %1 to %2.</source>
        <translation>
            <numerusform>卷宗已写入：共 %n 页，%1 至 %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Filing copy: %1</source>
        <translation>提交用副本：%1</translation>
    </message>
    <message>
        <source>Transport copy: %1</source>
        <translation>传送副本：%1</translation>
    </message>
    <message>
        <source>Native files: %1</source>
        <translation>原生文件：%1</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>页数：%1</translation>
    </message>
    <message>
        <source>Bates range: %1 – %2</source>
        <translation>Bates 编号范围：%1 – %2</translation>
    </message>
    <message>
        <source>Manifest SHA-256: %1</source>
        <translation>清单 SHA-256：%1</translation>
    </message>
    <message>
        <source>Signing key fingerprint: %1</source>
        <translation>签名密钥指纹：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <source>Export pages nobody reviewed (written to the custody log and printed on the exhibit sheets)</source>
        <translation>导出未经任何人审核的页面（会写入保管链日志，并打印在证物说明页上）</translation>
    </message>
    <message>
        <source>Without it, the export stops while pages of scans, photos or pages naming protected people await a person&apos;s look in the redaction review.</source>
        <translation>若不勾选此项，当扫描件、照片或提及受保护人员的页面在遮蔽审核中等待人工查看时，导出将会停止。</translation>
    </message>
    <message>
        <source>&amp;Review Redactions…</source>
        <translation>审核遮蔽(&amp;R)…</translation>
    </message>
    <message>
        <source>Every page has been reviewed. Export again.</source>
        <translation>所有页面均已审核。请重新导出。</translation>
    </message>
    <message>
        <source>&amp;Cancel Export</source>
        <translation>取消导出(&amp;C)</translation>
    </message>
    <message>
        <source>Cancelling: pages already being made are finished first…</source>
        <translation>正在取消：正在生成的页面会先完成…</translation>
    </message>
    <message>
        <source>Continuous (BUNDLE-000001, …)</source>
        <translation>连续编号（BUNDLE-000001，…）</translation>
    </message>
    <message>
        <source>By section (A1, A2… B1, …)</source>
        <translation>按部分编号（A1、A2… B1，…）</translation>
    </message>
    <message>
        <source>Family courts and some tribunals number each section&apos;s pages on their own: A1, A2… in the first section, B1… in the next.</source>
        <translation>家事法院和部分审裁处对每个部分的页面单独编号：第一部分为 A1、A2…，下一部分为 B1…。</translation>
    </message>
    <message>
        <source>Page &amp;numbers:</source>
        <translation>页码(&amp;N)：</translation>
    </message>
    <message>
        <source>Type a folder, or choose one</source>
        <translation>输入文件夹，或选择一个</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>卷宗所在文件夹</translation>
    </message>
    <message>
        <source>There is no folder %1. Type an existing folder, or choose one.</source>
        <translation>没有文件夹 %1。请输入一个已有的文件夹，或选择一个。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::CaseDetailsForm</name>
    <message>
        <source>e.g. Appeal of W-014</source>
        <translation>例如：W-014 的上诉</translation>
    </message>
    <message>
        <source>Court or tribunal</source>
        <translation>法院或审裁处</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>案件编号</translation>
    </message>
    <message>
        <source>Parties, as printed on the cover</source>
        <translation>当事人，按封面上的写法</translation>
    </message>
    <message>
        <source>Counsel, as printed on the cover</source>
        <translation>代理律师，按封面上的写法</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Set Date</source>
        <translation>设置日期</translation>
    </message>
    <message>
        <source>No Date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <source>Save Details</source>
        <translation>保存详情</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Court or tribunal:</source>
        <translation>法院或审裁处(&amp;C)：</translation>
    </message>
    <message>
        <source>Case n&amp;umber:</source>
        <translation>案件编号(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>当事人(&amp;P)：</translation>
    </message>
    <message>
        <source>C&amp;ounsel:</source>
        <translation>代理律师(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Hearing date:</source>
        <translation>开庭日期(&amp;H)：</translation>
    </message>
    <message>
        <source>US immigration court only, e.g. A123-456-789</source>
        <translation>仅用于美国移民法庭，如 A123-456-789</translation>
    </message>
    <message>
        <source>&amp;A-number:</source>
        <translation>A 号码(&amp;A)：</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ClipMarkersPanel</name>
    <message>
        <source>In</source>
        <translation>入点</translation>
    </message>
    <message>
        <source>Mark the start of a clip at the current position (I)</source>
        <translation>在当前位置标记剪辑片段的开始（I）</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>出点</translation>
    </message>
    <message>
        <source>Mark the end of a clip at the current position (O)</source>
        <translation>在当前位置标记剪辑片段的结束（O）</translation>
    </message>
    <message>
        <source>Note for this clip</source>
        <translation>此剪辑片段的备注</translation>
    </message>
    <message>
        <source>Save clip</source>
        <translation>保存剪辑片段</translation>
    </message>
    <message>
        <source>Click a clip to go to its start</source>
        <translation>点击剪辑片段可跳转到其开始处</translation>
    </message>
    <message>
        <source>Delete the selected clip</source>
        <translation>删除所选剪辑片段</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>剪辑片段</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>In %1   Out %2</source>
        <translation>入点 %1   出点 %2</translation>
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
        <translation>创建新资料库</translation>
    </message>
    <message>
        <source>e.g. Casework</source>
        <translation>例如：个案工作</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>In &amp;folder:</source>
        <translation>所在文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>The passphrase unlocks the library. A sentence of several words that only you would think of is strong and easy to remember. There is no way to reset it without the recovery key.</source>
        <translation>密码短语用于解锁资料库。一句由几个词组成、只有您才会想到的话，既安全又容易记住。没有恢复密钥就无法重置密码短语。</translation>
    </message>
    <message>
        <source>Creating the library and deriving its keys…</source>
        <translation>正在创建资料库并派生其密钥…</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Create library</source>
        <translation>创建资料库(&amp;C)</translation>
    </message>
    <message>
        <source>The name cannot contain slashes or start with a dot.</source>
        <translation>名称不能包含斜杠，也不能以点开头。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>文件夹 %1 不存在。请选择一个已存在的文件夹。</translation>
    </message>
    <message>
        <source>Amanat cannot write in %1. Choose another folder.</source>
        <translation>Amanat 无法在 %1 中写入。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name.</source>
        <translation>%1 已存在。请另选一个名称。</translation>
    </message>
    <message>
        <source>Choose where to create the library</source>
        <translation>选择创建资料库的位置</translation>
    </message>
    <message>
        <source>Languages of the scans and photos you will import (pages are read in these; you can change them later in Settings):</source>
        <translation>您将导入的扫描件和照片的语言（页面将按这些语言识别；之后可在“设置”中更改）：</translation>
    </message>
</context>
<context>
    <name>amanat::ui::CustodyHistoryWidget</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>By</source>
        <translation>操作者</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>发生了什么</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DeleteItemsCommand</name>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>删除 %n 个条目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::DetailPane</name>
    <message>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <source>Original file: %1</source>
        <translation>原始文件：%1</translation>
    </message>
    <message>
        <source>Size: %1</source>
        <translation>大小：%1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256：%1</translation>
    </message>
    <message>
        <source>Imported: %1</source>
        <translation>导入时间：%1</translation>
    </message>
    <message>
        <source>No original file</source>
        <translation>无原始文件</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>添加时间：%1</translation>
    </message>
    <message>
        <source>Modified: %1</source>
        <translation>修改时间：%1</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>选择一个条目以查看其详情。</translation>
    </message>
    <message>
        <source>no reason was given</source>
        <translation>未给出原因</translation>
    </message>
    <message>
        <source>Its text could not be read: %1.</source>
        <translation>无法读取其文本：%1。</translation>
    </message>
    <message>
        <source>Only part of its text could be read: %1.</source>
        <translation>只读取到其部分文本：%1。</translation>
    </message>
    <message>
        <source>The file is protected by a password, so its text could not be read.</source>
        <translation>该文件受密码保护，因此无法读取其文本。</translation>
    </message>
    <message>
        <source>Its text has not been read yet. Item → Read Text Again reads it now.</source>
        <translation>尚未读取其文本。“条目 → 重新读取文本”可立即读取。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierEditor</name>
    <message>
        <source>Case</source>
        <translation>案件</translation>
    </message>
    <message>
        <source>New section, e.g. B. Country conditions</source>
        <translation>新部分，例如：B. 国家状况</translation>
    </message>
    <message>
        <source>&amp;Add Section</source>
        <translation>添加部分(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;Down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Drag items here from the item list. Drag exhibits and sections to reorder them.</source>
        <translation>从条目列表将条目拖到此处。拖动证物和部分可调整其顺序。</translation>
    </message>
    <message>
        <source>Sections and exhibits</source>
        <translation>部分和证物</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>证物</translation>
    </message>
    <message>
        <source>Redactions of this item</source>
        <translation>此条目的遮蔽</translation>
    </message>
    <message>
        <source>&amp;Export Bundle…</source>
        <translation>导出卷宗(&amp;E)…</translation>
    </message>
    <message>
        <source>New Dossier</source>
        <translation>新建案卷</translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <translation>案卷 %1</translation>
    </message>
    <message>
        <source>Remove Section</source>
        <translation>移除部分</translation>
    </message>
    <message numerus="yes">
        <source>Remove the section &quot;%1&quot; and its %n exhibit(s) from the dossier? The items stay in the library.</source>
        <translation>
            <numerusform>要从案卷中移除部分“%1”及其 %n 个证物吗？这些条目仍保留在资料库中。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not redacted in this dossier</source>
        <translation>在此案卷中不予遮蔽</translation>
    </message>
    <message>
        <source>Re&amp;view Redactions…</source>
        <translation>审核遮蔽(&amp;V)…</translation>
    </message>
    <message>
        <source>Look at the boxes the redactor proposes on scans and on pages that name protected people, correct them and approve each page.</source>
        <translation>查看遮蔽程序在扫描件和提及受保护人员的页面上建议的遮蔽框，加以更正，并逐页批准。</translation>
    </message>
    <message>
        <source>Renum&amp;ber Labels</source>
        <translation>重新编号(&amp;B)</translation>
    </message>
    <message>
        <source>Label the exhibits again in their order, A1, A2… B1…, as a court expects after a removal. Each change goes into the custody log.</source>
        <translation>按顺序重新为证物编号：A1、A2… B1…，这是移除证物后法院所期望的。每项更改都会记入保管链日志。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierLauncher</name>
    <message>
        <source>&amp;New Dossier…</source>
        <translation>新建案卷(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Dossiers</source>
        <translation>案卷(&amp;D)</translation>
    </message>
</context>
<context>
    <name>amanat::ui::DossierModel</name>
    <message>
        <source>(item %1 is missing)</source>
        <translation>（条目 %1 缺失）</translation>
    </message>
    <message>
        <source>Save the dossier first.</source>
        <translation>请先保存案卷。</translation>
    </message>
    <message>
        <source>That section no longer exists.</source>
        <translation>该部分已不存在。</translation>
    </message>
    <message>
        <source>A. Exhibits</source>
        <translation>A. 证物</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>pp. %1–%2</source>
        <translation>第 %1–%2 页</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%1  —  %n exhibit(s)</source>
        <translation>
            <numerusform>%1  —  %n 个证物</numerusform>
        </translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Pages / segment</source>
        <translation>页码／片段</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExchangeController</name>
    <message>
        <source>S&amp;hare…</source>
        <translation>共享(&amp;H)…</translation>
    </message>
    <message>
        <source>Send the selected items to other Amanat libraries in a sealed package.</source>
        <translation>把所选条目装入密封封包，发送给其他 Amanat 资料库。</translation>
    </message>
    <message>
        <source>Select the items to share first.</source>
        <translation>请先选择要共享的条目。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Receive Package…</source>
        <translation>接收封包(&amp;R)…</translation>
    </message>
    <message>
        <source>Receive a sealed package that another library shared with this one.</source>
        <translation>接收另一个资料库与本资料库共享的密封封包。</translation>
    </message>
    <message>
        <source>Receive Package</source>
        <translation>接收封包</translation>
    </message>
    <message>
        <source>Amanat packages (*.amanatx);;All files (*)</source>
        <translation>Amanat 封包 (*.amanatx);;所有文件 (*)</translation>
    </message>
    <message>
        <source>E&amp;xchange Key and Contacts…</source>
        <translation>交换密钥和联系人(&amp;X)…</translation>
    </message>
    <message>
        <source>Sealing %1…</source>
        <translation>正在密封 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Not Shared</source>
        <translation>未共享</translation>
    </message>
    <message>
        <source>Sharing was cancelled. No package was saved.</source>
        <translation>共享已取消。未保存任何封包。</translation>
    </message>
    <message>
        <source>Shared</source>
        <translation>已共享</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) sealed into %1. Send the file any way you like: only the libraries you chose can open it.</source>
        <translation>
            <numerusform>已将 %n 个条目密封到 %1。您可以用任何方式发送该文件：只有您选择的资料库能打开它。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Received</source>
        <translation>未接收</translation>
    </message>
    <message>
        <source>This package comes from %1, a library you have not received from before.</source>
        <translation>此封包来自 %1，您以前从未从该资料库接收过内容。</translation>
    </message>
    <message>
        <source>Before you trust it, check its fingerprint with the sender, by phone or in person:
%1</source>
        <translation>在信任它之前，请通过电话或当面与发送方核对其指纹：
%1</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>接收</translation>
    </message>
    <message>
        <source>The Sender&apos;s Keys Have Changed</source>
        <translation>发送方的密钥已更改</translation>
    </message>
    <message>
        <source>This package says it comes from %1, but it is signed with other keys than that library used before. Anyone can claim a name.</source>
        <translation>此封包声称来自 %1，但它的签名密钥与该资料库以前使用的不同。任何人都可以冒用名字。</translation>
    </message>
    <message>
        <source>Fingerprint known until now:
%1
Fingerprint of this package:
%2

Unless the sender told you they have new keys, do not receive this package.</source>
        <translation>此前已知的指纹：
%1
此封包的指纹：
%2

除非发送方告诉过您他们换了新密钥，否则不要接收此封包。</translation>
    </message>
    <message>
        <source>Do Not Receive</source>
        <translation>不接收</translation>
    </message>
    <message>
        <source>I Confirmed the New Keys…</source>
        <translation>我已确认新密钥…</translation>
    </message>
    <message>
        <source>Confirm the New Keys</source>
        <translation>确认新密钥</translation>
    </message>
    <message>
        <source>Type the fingerprint the sender read out to you:</source>
        <translation>请输入发送方读给您的指纹：</translation>
    </message>
    <message>
        <source>Receiving %1…</source>
        <translation>正在接收 %1…</translation>
    </message>
    <message>
        <source>Receiving was cancelled. Nothing was received.</source>
        <translation>接收已取消。未接收任何内容。</translation>
    </message>
    <message>
        <source>Inbox: %1 was not received: %2</source>
        <translation>收件文件夹：%1 未被接收：%2</translation>
    </message>
    <message>
        <source>%1 had already been received; nothing was added.</source>
        <translation>%1 此前已接收过；未添加任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>From %1: %n item(s) received, of which %2 new and %3 already here.</source>
        <translation>
            <numerusform>来自 %1：收到 %n 个条目，其中新增 %2 个，已有 %3 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>Their text is being read now.</source>
        <translation>正在读取它们的文本。</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>收件文件夹：%1</translation>
    </message>
    <message>
        <source>Package Received</source>
        <translation>封包已接收</translation>
    </message>
    <message>
        <source>The inbox folder %1 cannot be watched.</source>
        <translation>无法监视收件文件夹 %1。</translation>
    </message>
    <message>
        <source>Inbox: %1 comes from a sender to be checked first; open it with File → Receive Package….</source>
        <translation>收件文件夹：%1 来自需要先核对的发送方；请通过“文件 → 接收封包…”打开它。</translation>
    </message>
    <message>
        <source>Not Forgotten</source>
        <translation>未忘记</translation>
    </message>
    <message>
        <source>Exchange Key</source>
        <translation>交换密钥</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExchangeKeyDialog</name>
    <message>
        <source>Exchange Key and Contacts</source>
        <translation>交换密钥和联系人</translation>
    </message>
    <message>
        <source>This library&apos;s exchange key</source>
        <translation>本资料库的交换密钥</translation>
    </message>
    <message>
        <source>Give this key to the libraries that will send you packages. Confirm it by reading the fingerprint out to them, by phone or in person.</source>
        <translation>请把此密钥交给将向您发送封包的资料库。通过电话或当面把指纹读给对方听，以确认密钥。</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>Fingerprint:</source>
        <translation>指纹：</translation>
    </message>
    <message>
        <source>Libraries that have sent packages here</source>
        <translation>向本资料库发送过封包的资料库</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发送方</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>指纹</translation>
    </message>
    <message>
        <source>Last package</source>
        <translation>最近的封包</translation>
    </message>
    <message>
        <source>Forget…</source>
        <translation>忘记…</translation>
    </message>
    <message>
        <source>A sender is remembered with its keys the first time a package from it is received. If a package later comes under other keys, Amanat warns you and holds it back.</source>
        <translation>首次收到某发送方的封包时，会记住该发送方及其密钥。以后如果封包使用了其他密钥，Amanat 会提醒您并暂不接收。</translation>
    </message>
    <message>
        <source>Inbox folder</source>
        <translation>收件文件夹</translation>
    </message>
    <message>
        <source>While the library is open, packages that appear in this folder are received from senders you know. Point a folder synchronised by Syncthing, Nextcloud or a USB stick here to exchange with other offices.</source>
        <translation>资料库打开期间，出现在此文件夹中的、来自已知发送方的封包会被自动接收。把由 Syncthing、Nextcloud 或 U 盘同步的文件夹设在这里，即可与其他办公室交换。</translation>
    </message>
    <message>
        <source>No inbox folder</source>
        <translation>没有收件文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Inbox Folder</source>
        <translation>收件文件夹</translation>
    </message>
    <message>
        <source>Stop Watching</source>
        <translation>停止监视</translation>
    </message>
    <message>
        <source>Forget Sender</source>
        <translation>忘记发送方</translation>
    </message>
    <message>
        <source>Forget %1? Its next package is treated as coming from a new sender, whose fingerprint you check again.</source>
        <translation>要忘记 %1 吗？它的下一个封包将被视为来自新的发送方，需要您重新核对指纹。</translation>
    </message>
    <message>
        <source>Forget</source>
        <translation>忘记</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExemptionsPanel</name>
    <message>
        <source>People not redacted in this dossier</source>
        <translation>在此案卷中不予遮蔽的人员</translation>
    </message>
    <message>
        <source>Protected person</source>
        <translation>受保护人员</translation>
    </message>
    <message>
        <source>Why (required), e.g. the appellant&apos;s own appeal</source>
        <translation>原因（必填），例如：上诉人本人的上诉</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Do &amp;Not Redact</source>
        <translation>不予遮蔽(&amp;N)</translation>
    </message>
    <message>
        <source>Redact &amp;Again</source>
        <translation>重新遮蔽(&amp;A)</translation>
    </message>
    <message>
        <source>They stay readable in this dossier&apos;s bundles; the reason is logged and printed on the bundle&apos;s cover and exhibit sheets.</source>
        <translation>他们在此案卷的卷宗中保持可读；原因会记入日志，并打印在卷宗封面和证物说明页上。</translation>
    </message>
    <message>
        <source>%1 — %2 (since %3)</source>
        <translation>%1 — %2（自 %3 起）</translation>
    </message>
    <message>
        <source>No protected people</source>
        <translation>没有受保护人员</translation>
    </message>
    <message>
        <source>Everyone is exempted</source>
        <translation>所有人均已豁免</translation>
    </message>
    <message>
        <source>Choose a person…</source>
        <translation>选择人员…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExhibitDetailsPanel</name>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>m:ss</source>
        <translation>m:ss</translation>
    </message>
    <message>
        <source>File without the witness&apos;s court consent</source>
        <translation>在没有证人法庭使用同意的情况下提交</translation>
    </message>
    <message>
        <source>Only with another lawful basis. Filing this testimony without recorded court consent is written to the custody log.</source>
        <translation>仅限具有其他合法依据时使用。在没有已记录的法庭使用同意的情况下提交此证词，会写入保管链日志。</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>标号(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Pages:</source>
        <translation>页码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>片段(&amp;S)：</translation>
    </message>
    <message>
        <source>An exhibit needs a label.</source>
        <translation>证物需要一个标号。</translation>
    </message>
    <message>
        <source>Give both the first and the last page (first ≤ last), or neither.</source>
        <translation>请同时给出起始页和结束页（起始页 ≤ 结束页），或两者都不填。</translation>
    </message>
    <message>
        <source>A segment needs a start and a later end, e.g. 1:05 to 2:30.</source>
        <translation>片段需要一个开始时间和一个更晚的结束时间，例如 1:05 至 2:30。</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>起始页</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>结束页</translation>
    </message>
    <message>
        <source>Segment start</source>
        <translation>片段开始</translation>
    </message>
    <message>
        <source>Segment end</source>
        <translation>片段结束</translation>
    </message>
    <message>
        <source>Use a saved clip as the segment</source>
        <translation>使用已保存的剪辑片段作为片段</translation>
    </message>
    <message>
        <source>Saved clips…</source>
        <translation>已保存的剪辑片段…</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ExportController</name>
    <message>
        <source>Export as &amp;Bag…</source>
        <translation>导出为 BagIt 包(&amp;B)…</translation>
    </message>
    <message>
        <source>Write the selected items as a BagIt bag for an archive.</source>
        <translation>将所选条目写成供档案馆使用的 BagIt 包。</translation>
    </message>
    <message>
        <source>Export as Bag</source>
        <translation>导出为 BagIt 包</translation>
    </message>
    <message>
        <source>Export for &amp;Uwazi…</source>
        <translation>导出到 Uwazi(&amp;U)…</translation>
    </message>
    <message>
        <source>Write the selected items as the ZIP that Uwazi&apos;s CSV import reads.</source>
        <translation>将所选条目写成 Uwazi 的 CSV 导入可读取的 ZIP。</translation>
    </message>
    <message>
        <source>Export for Uwazi</source>
        <translation>导出到 Uwazi</translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP 压缩包 (*.zip)</translation>
    </message>
    <message>
        <source>Request &amp;Time Stamp…</source>
        <translation>申请时间戳(&amp;T)…</translation>
    </message>
    <message>
        <source>Write a request that a time-stamping authority signs, to prove when the selected items were held as they are.</source>
        <translation>写入一份由时间戳机构签名的请求，用来证明所选条目在何时已按现状保存。</translation>
    </message>
    <message>
        <source>Request Time Stamp</source>
        <translation>申请时间戳</translation>
    </message>
    <message>
        <source>Time-stamp requests (*.tsq)</source>
        <translation>时间戳请求 (*.tsq)</translation>
    </message>
    <message>
        <source>Import Time-Stamp &amp;Reply…</source>
        <translation>导入时间戳回复(&amp;R)…</translation>
    </message>
    <message>
        <source>Import Time-Stamp Reply</source>
        <translation>导入时间戳回复</translation>
    </message>
    <message>
        <source>Time-stamp replies (*.tsr);;All files (*)</source>
        <translation>时间戳回复 (*.tsr);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Select the items first.</source>
        <translation>请先选择条目。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing the bag…</source>
        <translation>正在写入 BagIt 包…</translation>
    </message>
    <message numerus="yes">
        <source>%n selected item(s)</source>
        <translation>
            <numerusform>%n 个所选条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Not Exported</source>
        <translation>未导出</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to the bag %1.</source>
        <translation>
            <numerusform>已将 %n 个条目写入 BagIt 包 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have redactions: the bag holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>其中 %n 个有遮蔽：BagIt 包中保存的是它们的原始文件原样，未经遮蔽。</numerusform>
        </translation>
    </message>
    <message>
        <source>Bag Written</source>
        <translation>BagIt 包已写入</translation>
    </message>
    <message>
        <source>Writing the ZIP for Uwazi…</source>
        <translation>正在写入供 Uwazi 使用的 ZIP…</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) written to %1 for Uwazi&apos;s CSV import.</source>
        <translation>
            <numerusform>已将 %n 个条目写入 %1，供 Uwazi 的 CSV 导入使用。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have redactions: the ZIP holds their original files as they are, not redacted.</source>
        <translation>
            <numerusform>其中 %n 个有遮蔽：ZIP 中保存的是它们的原始文件原样，未经遮蔽。</numerusform>
        </translation>
    </message>
    <message>
        <source>ZIP Written</source>
        <translation>ZIP 已写入</translation>
    </message>
    <message>
        <source>Writing the time-stamp request…</source>
        <translation>正在写入时间戳请求…</translation>
    </message>
    <message>
        <source>No Request Written</source>
        <translation>未写入请求</translation>
    </message>
    <message>
        <source>Time-Stamp Request Written</source>
        <translation>时间戳请求已写入</translation>
    </message>
    <message>
        <source>The request is in %1. Take it to a time-stamping authority when you are online, then bring the reply back with File → Import Time-Stamp Reply….</source>
        <translation>请求已写入 %1。联网时把它交给时间戳机构，然后通过“文件 → 导入时间戳回复…”把回复带回来。</translation>
    </message>
    <message>
        <source>Reply Not Imported</source>
        <translation>回复未导入</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Checking the reply…</source>
        <translation>正在检查回复…</translation>
    </message>
    <message>
        <source>This reply was already stored; nothing changed.</source>
        <translation>此回复此前已保存；没有任何变化。</translation>
    </message>
    <message>
        <source>Time stamp stored in the custody log: %1, by %2.</source>
        <translation>时间戳已存入保管链日志：%1，由 %2 签发。</translation>
    </message>
    <message>
        <source>The reply is intact and answers this library&apos;s request; who the authority is was not checked against its certificate (amanat-cli timestamp-import --tsa-ca does that).</source>
        <translation>回复完整，并且对应本资料库的请求；但未根据证书核实机构身份（amanat-cli timestamp-import --tsa-ca 可以做到）。</translation>
    </message>
    <message>
        <source>Time Stamp Imported</source>
        <translation>时间戳已导入</translation>
    </message>
</context>
<context>
    <name>amanat::ui::FacetModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Tag: %1</source>
        <translation>标签：%1</translation>
    </message>
    <message>
        <source>Year: %1</source>
        <translation>年份：%1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::FindBar</name>
    <message>
        <source>Find in document</source>
        <translation>在文档中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>上一个匹配项（Shift+Enter）</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>下一个匹配项（Enter）</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImageViewer</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <source>Rotate left (view only)</source>
        <translation>向左旋转（仅限查看）</translation>
    </message>
    <message>
        <source>Rotate right (view only)</source>
        <translation>向右旋转（仅限查看）</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Extracted text</source>
        <translation>提取的文本</translation>
    </message>
    <message>
        <source>No text was found in this image.</source>
        <translation>在此图像中未找到文本。</translation>
    </message>
    <message>
        <source>Opening the image…</source>
        <translation>正在打开图像…</translation>
    </message>
    <message>
        <source>This image could not be displayed.</source>
        <translation>无法显示此图像。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportController</name>
    <message>
        <source>There were no files to import.</source>
        <translation>没有要导入的文件。</translation>
    </message>
    <message>
        <source>the PDF needs a password</source>
        <translation>该 PDF 需要密码</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportListModel</name>
    <message>
        <source>Queued</source>
        <translation>排队中</translation>
    </message>
    <message>
        <source>Storing</source>
        <translation>正在存储</translation>
    </message>
    <message>
        <source>Extracting</source>
        <translation>正在提取</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重复</translation>
    </message>
    <message>
        <source>Stored; extraction failed</source>
        <translation>已存储；提取失败</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Stored; extraction pending</source>
        <translation>已存储；等待提取</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ImportPanel</name>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop after the current file. Stored files whose text is not extracted yet stay pending and can be extracted later.</source>
        <translation>在当前文件之后停止。已存储但尚未提取文本的文件保持待处理状态，稍后可以再提取。</translation>
    </message>
    <message>
        <source>Storing file %1 of %2…</source>
        <translation>正在存储第 %1 个文件，共 %2 个…</translation>
    </message>
    <message>
        <source>Extracting text: %1 of %2 done…</source>
        <translation>正在提取文本：已完成 %1/%2…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Import stopped early</source>
        <translation>导入提前停止</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) imported, %1 duplicate(s), %2 could not be imported, %3 extraction(s) failed.</source>
        <translation>
            <numerusform>已导入 %n 个文件，%1 个重复，%2 个无法导入，%3 个提取失败。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not imported: %1: %2</source>
        <translation>未导入：%1：%2</translation>
    </message>
    <message>
        <source>Stored, but text not extracted: %1: %2</source>
        <translation>已存储，但未提取文本：%1：%2</translation>
    </message>
    <message>
        <source>Files stored before the cancel keep their place in the library; their text can be extracted later.</source>
        <translation>取消前已存储的文件保留在资料库中；其文本可以稍后提取。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemActions</name>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Export Original…</source>
        <translation>导出原件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Read Text Again…</source>
        <translation>重新读取文本(&amp;R)…</translation>
    </message>
    <message>
        <source>Add to D&amp;ossier…</source>
        <translation>添加到案卷(&amp;O)…</translation>
    </message>
    <message>
        <source>Reading text again: %1 of %2…</source>
        <translation>正在重新读取文本：第 %1 个，共 %2 个…</translation>
    </message>
    <message numerus="yes">
        <source>Reading text again was stopped after %n item(s).</source>
        <translation>
            <numerusform>重新读取文本已在 %n 个条目后停止。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) could not be read; the detail pane of each says why.</source>
        <translation>
            <numerusform>%n 个条目无法读取；各条目的详情面板说明了原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The text of %n item(s) was read again.</source>
        <translation>
            <numerusform>已重新读取 %n 个条目的文本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Items</source>
        <translation>删除条目</translation>
    </message>
    <message numerus="yes">
        <source>Delete the %n selected item(s)?</source>
        <translation>
            <numerusform>删除所选的 %n 个条目？</numerusform>
        </translation>
    </message>
    <message>
        <source>They leave every list, search and dossier now, and the history records the deletion. Until you lock the library, Edit → Undo brings them back; then they are erased for good, with their original files.</source>
        <translation>它们会立即从所有列表、搜索和案卷中移除，历史记录会记下此次删除。在锁定资料库之前，“编辑 → 撤销”可以将其恢复；锁定之后，它们连同原始文件将被永久清除。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) deleted. Edit → Undo brings them back until the library is locked.</source>
        <translation>
            <numerusform>已删除 %n 个条目。在锁定资料库之前，“编辑 → 撤销”可将其恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>This item has no original file to export.</source>
        <translation>此条目没有可导出的原始文件。</translation>
    </message>
    <message>
        <source>Export Original</source>
        <translation>导出原件</translation>
    </message>
    <message>
        <source>The original was exported to %1.</source>
        <translation>原件已导出到 %1。</translation>
    </message>
    <message>
        <source>Text is already being read again; wait until it has finished.</source>
        <translation>已有文本正在重新读取；请等待其完成。</translation>
    </message>
    <message>
        <source>Reading text again: 0 of %1…</source>
        <translation>正在重新读取文本：第 0 个，共 %1 个…</translation>
    </message>
    <message>
        <source>Added to dossier %1 as %2.</source>
        <translation>已作为 %2 添加到案卷 %1。</translation>
    </message>
    <message>
        <source>&amp;New Testimony…</source>
        <translation>新建证词(&amp;N)…</translation>
    </message>
    <message>
        <source>Testimony %1 created.</source>
        <translation>已创建证词 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Testimony %1 created; its %n file(s) are being imported.</source>
        <translation>
            <numerusform>已创建证词 %1；正在导入其 %n 个文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemListModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>事件日期</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ItemViewer</name>
    <message>
        <source>No item selected.</source>
        <translation>未选择条目。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryCare</name>
    <message>
        <source>&amp;Verify Library</source>
        <translation>校验资料库(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <source>Change &amp;Passphrase…</source>
        <translation>更改密码短语(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;Recovery Key…</source>
        <translation>新的恢复密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>The library is intact.</source>
        <translation>资料库完好无损。</translation>
    </message>
    <message>
        <source>The library failed verification.</source>
        <translation>资料库未通过校验。</translation>
    </message>
    <message>
        <source>Backup written.</source>
        <translation>备份已写入。</translation>
    </message>
    <message>
        <source>The backup failed.</source>
        <translation>备份失败。</translation>
    </message>
    <message>
        <source>Database: %1
Originals and custody log: not checked, because the database failed its integrity check.</source>
        <translation>数据库：%1
原件和保管链日志：未检查，因为数据库未通过完整性检查。</translation>
    </message>
    <message>
        <source>Database: every page is intact.</source>
        <translation>数据库：每一页都完好无损。</translation>
    </message>
    <message numerus="yes">
        <source>Originals: %n checked</source>
        <translation>
            <numerusform>原件：已检查 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>条目 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Custody log: intact, %n event(s).</source>
        <translation>
            <numerusform>保管链日志：完好，共 %n 个事件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Custody log: %1</source>
        <translation>保管链日志：%1</translation>
    </message>
    <message>
        <source>Last committed change: %1</source>
        <translation>最近一次已提交的更改：%1</translation>
    </message>
    <message>
        <source>Back Up To (a folder on a drive kept apart)</source>
        <translation>备份到（另行保管的磁盘上的文件夹）</translation>
    </message>
    <message>
        <source>The copy in %1 opens with the same passphrase and recovery key.</source>
        <translation>%1 中的副本可用相同的密码短语和恢复密钥打开。</translation>
    </message>
    <message>
        <source>Amanat</source>
        <translation>Amanat</translation>
    </message>
    <message>
        <source>Change Passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>The passphrase was changed.</source>
        <translation>密码短语已更改。</translation>
    </message>
    <message>
        <source>The old passphrase no longer opens this library.</source>
        <translation>旧的密码短语已无法打开此资料库。</translation>
    </message>
    <message>
        <source>New Recovery Key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>Issue a new recovery key?</source>
        <translation>要生成新的恢复密钥吗？</translation>
    </message>
    <message>
        <source>Do this when the old key may have been seen or lost. The old key stops opening this library at once (backups made before keep it). The new key is shown once: print it or write it down.</source>
        <translation>当旧密钥可能已被他人看到或已丢失时，请这样做。旧密钥将立即无法打开此资料库（之前的备份仍使用旧密钥）。新密钥只显示一次：请打印或记下来。</translation>
    </message>
    <message>
        <source>Issue New Key</source>
        <translation>生成新密钥</translation>
    </message>
    <message>
        <source>No new recovery key was issued.</source>
        <translation>未生成新的恢复密钥。</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>完成(&amp;D)</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryEditor</name>
    <message>
        <source>%1 cannot be edited here.</source>
        <translation>无法在此处编辑 %1。</translation>
    </message>
    <message>
        <source>The tag %1 already exists.</source>
        <translation>标签 %1 已存在。</translation>
    </message>
    <message>
        <source>The library is locked.</source>
        <translation>资料库已锁定。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::LibraryView</name>
    <message>
        <source>Showing %1 of %2 results</source>
        <translation>显示 %1 条结果，共 %2 条</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n 条结果</numerusform>
        </translation>
    </message>
    <message>
        <source>All items</source>
        <translation>所有条目</translation>
    </message>
    <message>
        <source>Search: words, &quot;phrases&quot;, tag:…, kind:…, after:…  (Ctrl+F)</source>
        <translation>搜索：词语、&quot;短语&quot;、tag:…、kind:…、after:…（Ctrl+F）</translation>
    </message>
    <message>
        <source>Save Search…</source>
        <translation>保存搜索…</translation>
    </message>
    <message>
        <source>Add Tag to Selection…</source>
        <translation>为所选条目添加标签…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n item(s)</source>
        <translation>
            <numerusform>%1：%n 个条目</numerusform>
        </translation>
    </message>
    <message>
        <source>Add Tag</source>
        <translation>添加标签</translation>
    </message>
    <message numerus="yes">
        <source>Tag the %n selected item(s) with:</source>
        <translation>
            <numerusform>为所选的 %n 个条目添加标签：</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove Tag from Selection</source>
        <translation>从所选条目移除标签</translation>
    </message>
    <message>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <source>Name for the search “%1”:</source>
        <translation>搜索“%1”的名称：</translation>
    </message>
    <message>
        <source>No results</source>
        <translation>没有结果</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
    <message>
        <source>Remove the filter %1</source>
        <translation>移除筛选条件 %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Narrow the search</source>
        <translation>缩小搜索范围</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MainWindow</name>
    <message>
        <source>&amp;Library</source>
        <translation>资料库(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>%1 — Amanat</source>
        <translation>%1 — Amanat</translation>
    </message>
    <message>
        <source>Amanat — locked</source>
        <translation>Amanat — 已锁定</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
    <message>
        <source>&amp;New Library…</source>
        <translation>新建资料库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tag Selected Items…</source>
        <translation>为所选条目添加标签(&amp;T)…</translation>
    </message>
    <message>
        <source>An import is running. Export the bundle when it has finished.</source>
        <translation>正在导入。请在导入完成后再导出卷宗。</translation>
    </message>
    <message>
        <source>Import in Progress</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>An import is still running. Stop it and quit?</source>
        <translation>导入仍在进行中。要停止导入并退出吗？</translation>
    </message>
    <message>
        <source>Stop Import and Quit</source>
        <translation>停止导入并退出</translation>
    </message>
    <message>
        <source>Keep Importing</source>
        <translation>继续导入</translation>
    </message>
    <message>
        <source>&amp;Protected People…</source>
        <translation>受保护人员(&amp;P)…</translation>
    </message>
    <message>
        <source>Amanat</source>
        <translation>Amanat</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>条目(&amp;I)</translation>
    </message>
    <message>
        <source>Import &amp;Spreadsheet…</source>
        <translation>导入电子表格(&amp;S)…</translation>
    </message>
    <message>
        <source>Import items listed in a CSV file, one row per item, with their files and tags.</source>
        <translation>导入 CSV 文件中列出的条目：每行一个条目，连同其文件和标签。</translation>
    </message>
    <message>
        <source>the items tagged %1</source>
        <translation>带有标签 %1 的条目</translation>
    </message>
    <message>
        <source>the exhibits of the dossier %1</source>
        <translation>案卷 %1 的证物</translation>
    </message>
    <message>
        <source>Files not yet stored are not imported. Files already stored stay in the library; their text is read again with Item → Read Text Again.</source>
        <translation>尚未存储的文件不会被导入。已存储的文件保留在资料库中；可通过“条目 → 重新读取文本”再次读取其文本。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MediaViewer</name>
    <message>
        <source>Audio recording</source>
        <translation>录音</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>播放（空格键）</translation>
    </message>
    <message>
        <source>One frame back (while paused)</source>
        <translation>后退一帧（暂停时）</translation>
    </message>
    <message>
        <source>One frame forward (while paused)</source>
        <translation>前进一帧（暂停时）</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Playback speed</source>
        <translation>播放速度</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>This recording could not be played.</source>
        <translation>无法播放此录音录像。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>暂停（空格键）</translation>
    </message>
    <message>
        <source>Play Anyway</source>
        <translation>仍然播放</translation>
    </message>
    <message>
        <source>Playing it is recorded in the custody log.</source>
        <translation>播放操作会记录在保管链日志中。</translation>
    </message>
    <message>
        <source>This recording has not been checked: reading it in the sandboxed helper has not finished or was stopped.</source>
        <translation>此录音录像尚未经过检查：在沙箱辅助程序中的读取尚未完成或已被停止。</translation>
    </message>
    <message>
        <source>The sandboxed helper could not read this recording completely.</source>
        <translation>沙箱辅助程序无法完整读取此录音录像。</translation>
    </message>
    <message>
        <source>The sandboxed helper could not read this recording: %1</source>
        <translation>沙箱辅助程序无法读取此录音录像：%1</translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>笔录</translation>
    </message>
    <message>
        <source>Clip markers</source>
        <translation>片段标记</translation>
    </message>
    <message>
        <source>Recordings play inside Amanat, where your library is open, and a file made to attack a media player can look like this. Play it only if you trust where it came from, or read its text again first (Item → Read Text Again).</source>
        <translation>录音录像在 Amanat 内部播放，而您的资料库此时处于打开状态；专门用来攻击媒体播放器的文件可能就是这种表现。仅当您信任其来源时才播放，或先重新读取其文本（条目 → 重新读取文本）。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::MetadataEditor</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Event date</source>
        <translation>事件日期</translation>
    </message>
    <message>
        <source>YYYY, YYYY-MM, YYYY-MM-DD or a range A/B</source>
        <translation>YYYY、YYYY-MM、YYYY-MM-DD 或范围 A/B</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>e.g. en, ug, ar-SY</source>
        <translation>例如：en、ug、ar-SY</translation>
    </message>
    <message>
        <source>Source author</source>
        <translation>来源作者</translation>
    </message>
    <message>
        <source>Source title</source>
        <translation>来源标题</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>来源 URL</translation>
    </message>
    <message>
        <source>Accessed</source>
        <translation>访问日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Translation of</source>
        <translation>译自</translation>
    </message>
    <message>
        <source>number of the original item</source>
        <translation>原件条目编号</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>译者</translation>
    </message>
    <message>
        <source>Name, qualification, address</source>
        <translation>姓名、资质、地址</translation>
    </message>
    <message>
        <source>Translation date</source>
        <translation>翻译日期</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
</context>
<context>
    <name>amanat::ui::NewPassphrasePanel</name>
    <message>
        <source>Set a new passphrase?</source>
        <translation>要设置新的密码短语吗？</translation>
    </message>
    <message>
        <source>You opened the library with its recovery key. If the passphrase was forgotten or may be known to someone else, set a new one now. The old passphrase will no longer open the library; the recovery key still will.</source>
        <translation>您是用恢复密钥打开此资料库的。如果密码短语已被遗忘，或可能已被他人知晓，请立即设置新的密码短语。旧密码短语将无法再打开此资料库；恢复密钥仍然可以。</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>暂不设置(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>设置密码短语(&amp;S)</translation>
    </message>
    <message>
        <source>Change the passphrase</source>
        <translation>更改密码短语</translation>
    </message>
    <message>
        <source>The old passphrase will no longer open the library; the recovery key still will. Backups made before keep the old passphrase.</source>
        <translation>旧的密码短语将无法再打开资料库；恢复密钥仍然可以。之前的备份仍使用旧的密码短语。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>amanat::ui::NewTestimonyDialog</name>
    <message>
        <source>New Testimony</source>
        <translation>新建证词</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>e.g. Interview W-014</source>
        <translation>例如：访谈 W-014</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <source>e.g. ug, or ug-CN</source>
        <translation>例如：ug 或 ug-CN</translation>
    </message>
    <message>
        <source>Language of the interview</source>
        <translation>访谈语言</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Recordings, signed statements and transcripts</source>
        <translation>录音录像、签字陈述和笔录</translation>
    </message>
    <message>
        <source>Imported as items of their own, read in the sandbox and tagged with the witness code.</source>
        <translation>作为独立条目导入，在沙箱中读取，并加上证人代号标签。</translation>
    </message>
    <message>
        <source>Files of the testimony</source>
        <translation>证词的文件</translation>
    </message>
    <message>
        <source>Add &amp;Files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Create Testimony</source>
        <translation>创建证词(&amp;C)</translation>
    </message>
    <message>
        <source>Files of the Testimony</source>
        <translation>证词的文件</translation>
    </message>
    <message>
        <source>Interview %1</source>
        <translation>访谈 %1</translation>
    </message>
    <message>
        <source>Give the witness a code, such as W-014. Lists and bundles show the code, never the name.</source>
        <translation>请为证人设定代号，例如 W-014。列表和卷宗只显示代号，绝不显示姓名。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::OcrLanguageList</name>
    <message>
        <source>OCR languages</source>
        <translation>OCR 语言</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1（未安装）</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PassphraseFields</name>
    <message>
        <source>Passphrase strength</source>
        <translation>密码短语强度</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再输入一次(&amp;R)：</translation>
    </message>
    <message>
        <source>Strength:</source>
        <translation>强度：</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PdfViewer</name>
    <message>
        <source>Previous page</source>
        <translation>上一页</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>下一页</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <source>Opening the document…</source>
        <translation>正在打开文档…</translation>
    </message>
    <message>
        <source>This document is protected by a password and cannot be displayed.</source>
        <translation>此文档受密码保护，无法显示。</translation>
    </message>
    <message>
        <source>This document could not be displayed.</source>
        <translation>无法显示此文档。</translation>
    </message>
    <message>
        <source>Page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>of %1</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>第 %1 个，共 %2 个</translation>
    </message>
</context>
<context>
    <name>amanat::ui::PersonEditorDialog</name>
    <message>
        <source>Edit Protected Person</source>
        <translation>编辑受保护人员</translation>
    </message>
    <message>
        <source>Add Protected Person</source>
        <translation>添加受保护人员</translation>
    </message>
    <message>
        <source>e.g. W-014 or P-relative-2; never a name</source>
        <translation>例如 W-014 或 P-relative-2；切勿使用姓名</translation>
    </message>
    <message>
        <source>What lists, the custody log and bundle sheets show instead of the person&apos;s name.</source>
        <translation>列表、保管链日志和卷宗说明页中显示的、用来代替此人姓名的内容。</translation>
    </message>
    <message>
        <source>One name or spelling per line: Latin, Arabic script, Han, Cyrillic; the surname or given name alone if it must go too.</source>
        <translation>每行一个姓名或一种拼写：拉丁字母、阿拉伯字母、汉字、西里尔字母；如果单独的姓或名也必须移除，也请分别列出。</translation>
    </message>
    <message>
        <source>One per line: phone numbers, e-mail addresses, street addresses.</source>
        <translation>每行一个：电话号码、电子邮件地址、街道地址。</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <source>C&amp;ontacts:</source>
        <translation>联系方式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>显示(&amp;R)</translation>
    </message>
    <message>
        <source>Every name and contact is removed from the page images and text of every bundle, unless a dossier exempts this person. They are never listed, logged or searchable.</source>
        <translation>每个姓名和联系方式都会从每个卷宗的页面图像和文本中移除，除非某个案卷豁免了此人。它们永远不会被列出、记入日志或可被搜索。</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代号(&amp;C)：</translation>
    </message>
    <message>
        <source>%1 and %2 are hidden. Revealing them shows them on screen and is recorded in the custody log.</source>
        <translation>%1 和 %2 已隐藏。显示它们会将其呈现在屏幕上，并记录在保管链日志中。</translation>
    </message>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n 个姓名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 个联系方式</numerusform>
        </translation>
    </message>
    <message>
        <source>A witness is known by the witness code of their testimony: change it in the testimony.</source>
        <translation>证人以其证词的证人代号识别：请在证词中更改。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ProtectedPeopleDialog</name>
    <message>
        <source>Protected People</source>
        <translation>受保护人员</translation>
    </message>
    <message>
        <source>People whose identity must never leave the library: witnesses (by the witness code of their testimony) and anyone else a file names. Their names and contacts are removed from every bundle unless a dossier exempts them, and are never shown in lists.</source>
        <translation>身份绝不能离开资料库的人员：证人（以其证词的证人代号识别）以及文件中提及的任何其他人。除非某个案卷豁免了他们，否则他们的姓名和联系方式会从每个卷宗中移除，并且永远不会在列表中显示。</translation>
    </message>
    <message>
        <source>Protected people</source>
        <translation>受保护人员</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete %1 and every name and contact recorded for them? Bundles will no longer remove them.</source>
        <translation>要删除 %1 以及为其记录的所有姓名和联系方式吗？卷宗将不再移除它们。</translation>
    </message>
    <message>
        <source>%1 is the witness of a testimony: the testimony&apos;s witness name and contact are deleted with them.</source>
        <translation>%1 是某份证词的证人：该证词的证人姓名和联系方式将随之一并删除。</translation>
    </message>
    <message>
        <source>Delete Protected Person</source>
        <translation>删除受保护人员</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ProtectedPersonModel</name>
    <message numerus="yes">
        <source>%n name(s)</source>
        <translation>
            <numerusform>%n 个姓名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 个联系方式</numerusform>
        </translation>
    </message>
    <message>
        <source>Witness of item %1</source>
        <translation>条目 %1 的证人</translation>
    </message>
    <message>
        <source>Recorded here</source>
        <translation>在此记录</translation>
    </message>
    <message>
        <source>The witness of testimony item %1: the code is the testimony&apos;s witness code.</source>
        <translation>证词条目 %1 的证人：其代号即为该证词的证人代号。</translation>
    </message>
    <message>
        <source>Recorded in this list (a relative, a photographer, anyone a file names), not as a testimony&apos;s witness.</source>
        <translation>记录在此列表中（亲属、摄影者或文件中提及的任何人），而非作为证词的证人。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代号</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Witness of</source>
        <translation>所属证词</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReadAgainDialog</name>
    <message>
        <source>Read Text Again</source>
        <translation>重新读取文本</translation>
    </message>
    <message numerus="yes">
        <source>Read the text of the %n selected item(s) again from their original files. Scanned pages and photos are read in the languages ticked here; the old text is replaced.</source>
        <translation>
            <numerusform>从原始文件重新读取所选 %n 个条目的文本。扫描页和照片将按此处勾选的语言识别；原有文本将被替换。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Read Again</source>
        <translation>重新读取(&amp;R)</translation>
    </message>
    <message>
        <source>OCR languages:</source>
        <translation>OCR 语言：</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <source>If the passphrase is ever forgotten, this key is the only way into the library. It is shown now and never again. Print it or write it down, and keep it away from this computer.</source>
        <translation>如果忘记了密码短语，此密钥是进入资料库的唯一途径。它只在此时显示，以后不会再显示。请将其打印或抄写下来，并远离这台计算机保管。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>另存为 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>To make sure you have it, type two of its groups:</source>
        <translation>为确认您已保存，请输入其中的两组：</translation>
    </message>
    <message>
        <source>I have printed or saved the key and will keep it safe</source>
        <translation>我已打印或保存此密钥，并会妥善保管</translation>
    </message>
    <message>
        <source>Available after printing or saving the key.</source>
        <translation>打印或保存密钥后可用。</translation>
    </message>
    <message>
        <source>&amp;Open the library</source>
        <translation>打开资料库(&amp;O)</translation>
    </message>
    <message>
        <source>Group &amp;%1:</source>
        <translation>第 %1 组(&amp;%1)：</translation>
    </message>
    <message>
        <source>Group %1:</source>
        <translation>第 %1 组：</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已发送到打印机。</translation>
    </message>
    <message>
        <source>Save the recovery key as PDF</source>
        <translation>将恢复密钥另存为 PDF</translation>
    </message>
    <message>
        <source>%1 recovery key.pdf</source>
        <translation>%1 恢复密钥.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>The PDF could not be written there. Choose another place.</source>
        <translation>无法将 PDF 写入该位置。请另选位置。</translation>
    </message>
    <message>
        <source>Saved. Move the file off this computer (print it, or keep it on a separate USB stick) and delete it here.</source>
        <translation>已保存。请将该文件移出这台计算机（打印出来，或保存在单独的 U 盘上），并删除此处的文件。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionOverlay</name>
    <message>
        <source>Redact area</source>
        <translation>遮蔽区域</translation>
    </message>
    <message>
        <source>Redact area: black out an area in exported bundles; the original is not changed. Drag over the page to draw it; right-click a box to remove it.</source>
        <translation>遮蔽区域：在导出的卷宗中涂黑一个区域；原件不会被改动。在页面上拖动以绘制区域；右键点击遮蔽框可将其移除。</translation>
    </message>
    <message>
        <source>Remove redaction</source>
        <translation>移除遮蔽</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionReviewDialog</name>
    <message>
        <source>Redaction Review</source>
        <translation>遮蔽审核</translation>
    </message>
    <message>
        <source>Pages to review</source>
        <translation>待审核页面</translation>
    </message>
    <message>
        <source>&amp;Pages to review:</source>
        <translation>待审核页面(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Mark Page Reviewed</source>
        <translation>将页面标记为已审核(&amp;M)</translation>
    </message>
    <message>
        <source>The redactor proposes, you decide. It read each page listed here and proposed boxes (red outline) over the protected names and contacts it found. Look at every page: remove a box over something that is not protected, draw a box over anything it missed, then mark the page reviewed. Your decisions go to the custody log, and the exhibit sheets say who reviewed each page.</source>
        <translation>遮蔽程序提出建议，由您作出决定。它读取了此处列出的每一页，并在发现的受保护姓名和联系方式上建议了遮蔽框（红色轮廓）。请查看每一页：移除覆盖非受保护内容的遮蔽框，为它遗漏的任何内容绘制遮蔽框，然后将该页标记为已审核。您的决定会写入保管链日志，证物说明页会载明每一页由谁审核。</translation>
    </message>
    <message>
        <source>Pages of this dossier await redaction review before it can be exported.</source>
        <translation>此案卷的页面在导出前需要进行遮蔽审核。</translation>
    </message>
    <message>
        <source>Continue to &amp;Export…</source>
        <translation>继续导出(&amp;E)…</translation>
    </message>
    <message>
        <source>No page of this dossier needs a review: no scans or photos, and no protected name in the text of its pages.</source>
        <translation>此案卷没有需要审核的页面：没有扫描件或照片，页面文本中也没有受保护的姓名。</translation>
    </message>
    <message>
        <source>Every page has been reviewed.</source>
        <translation>所有页面均已审核。</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 page(s) await review.</source>
        <translation>
            <numerusform>%1 个页面中有 %n 个等待审核。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to review</source>
        <translation>没有需要审核的内容</translation>
    </message>
    <message>
        <source>Exhibit %1, page %2</source>
        <translation>证物 %1，第 %2 页</translation>
    </message>
    <message>
        <source>Needs a look because: %1.</source>
        <translation>需要查看，原因：%1。</translation>
    </message>
    <message>
        <source>As exported: every box is burned in, and nothing under it can be recovered from the bundle.</source>
        <translation>导出后的效果：每个遮蔽框都已永久涂黑，其下的任何内容都无法从卷宗中恢复。</translation>
    </message>
    <message>
        <source>The redactor has not finished reading this page.</source>
        <translation>遮蔽程序尚未读完此页。</translation>
    </message>
    <message>
        <source>The redactor proposes no box on this page.</source>
        <translation>遮蔽程序在此页上未建议任何遮蔽框。</translation>
    </message>
    <message numerus="yes">
        <source>The redactor proposes %n box(es).</source>
        <translation>
            <numerusform>遮蔽程序建议了 %n 个遮蔽框。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The redactor proposes %n box(es), for %1.</source>
        <translation>
            <numerusform>遮蔽程序为 %1 建议了 %n 个遮蔽框。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You drew %n box(es).</source>
        <translation>
            <numerusform>您绘制了 %n 个遮蔽框。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You left %n area(s) visible.</source>
        <translation>
            <numerusform>您保留了 %n 个区域可见。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wait for the page to be shown with the boxes now in force.</source>
        <translation>请等待页面以当前生效的遮蔽框显示出来。</translation>
    </message>
    <message>
        <source>Records you as the reviewer of this page in the custody log (Ctrl+Return). The exhibit sheet names who reviewed it.</source>
        <translation>在保管链日志中将您记录为此页的审核人（Ctrl+Return）。证物说明页会载明由谁审核。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::RedactionsPanel</name>
    <message>
        <source>Text to remove from the bundle</source>
        <translation>要从卷宗中移除的文本</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>遮蔽</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Redactions apply to every export of this item; the original stays as it is. Page areas are drawn in the viewer.</source>
        <translation>遮蔽适用于此条目的每次导出；原件保持不变。页面区域在查看器中绘制。</translation>
    </message>
    <message>
        <source>Text: “%1”</source>
        <translation>文本：“%1”</translation>
    </message>
    <message>
        <source>Page %1, area %2 %, %3 %, %4 × %5 %</source>
        <translation>第 %1 页，区域 %2%，%3%，%4% × %5%</translation>
    </message>
    <message>
        <source>Redactions of this item</source>
        <translation>此条目的遮蔽</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewCanvas</name>
    <message>
        <source>Page under review</source>
        <translation>正在审核的页面</translation>
    </message>
    <message>
        <source>Drag to black out an area. Tab selects the boxes one by one; Delete removes the selected box.</source>
        <translation>拖动以涂黑一个区域。按 Tab 键逐个选择遮蔽框；按 Delete 键移除所选遮蔽框。</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>建议</translation>
    </message>
    <message>
        <source>proposed for %1</source>
        <translation>为 %1 建议</translation>
    </message>
    <message>
        <source>yours</source>
        <translation>您绘制</translation>
    </message>
    <message>
        <source>left visible</source>
        <translation>保留可见</translation>
    </message>
    <message>
        <source>Proposed by the redactor. Delete leaves this area visible.</source>
        <translation>由遮蔽程序建议。按 Delete 键可使此区域保持可见。</translation>
    </message>
    <message>
        <source>Proposed by the redactor for %1. Delete leaves this area visible.</source>
        <translation>由遮蔽程序为 %1 建议。按 Delete 键可使此区域保持可见。</translation>
    </message>
    <message>
        <source>Drawn by you: always blacked out. Delete removes it.</source>
        <translation>由您绘制：始终涂黑。按 Delete 键可将其移除。</translation>
    </message>
    <message>
        <source>Left visible by you: the redactor&apos;s boxes here are not burned. Delete blacks them out again.</source>
        <translation>由您保留可见：遮蔽程序在此处的遮蔽框不会被涂黑。按 Delete 键可重新涂黑。</translation>
    </message>
    <message>
        <source>Leave Visible (Not a Protected Name)</source>
        <translation>保留可见（不是受保护的姓名）</translation>
    </message>
    <message>
        <source>Remove My Box</source>
        <translation>移除我的遮蔽框</translation>
    </message>
    <message>
        <source>Black Out Again</source>
        <translation>重新涂黑</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPageModel</name>
    <message>
        <source>Not reviewed</source>
        <translation>未审核</translation>
    </message>
    <message>
        <source>Changed since %1 reviewed it on %2</source>
        <translation>自 %1 于 %2 审核后已有更改</translation>
    </message>
    <message>
        <source>Reviewed by %1 on %2</source>
        <translation>由 %1 于 %2 审核</translation>
    </message>
    <message>
        <source>Exhibit %1, page %2
%3
%4</source>
        <translation>证物 %1，第 %2 页
%3
%4</translation>
    </message>
    <message>
        <source>Exhibit</source>
        <translation>证物</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>页</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPageView</name>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>缩小（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>放大（Ctrl++）</translation>
    </message>
    <message>
        <source>Fit the page in the window (Ctrl+0)</source>
        <translation>使页面适合窗口（Ctrl+0）</translation>
    </message>
    <message>
        <source>Preview as e&amp;xported</source>
        <translation>预览导出效果(&amp;X)</translation>
    </message>
    <message>
        <source>Show the page as the bundle will have it, every box burned in. Boxes cannot be changed in this view.</source>
        <translation>按卷宗中的样子显示页面，所有遮蔽框均已涂黑。在此视图中无法更改遮蔽框。</translation>
    </message>
    <message>
        <source>Reading the page again with your changes…</source>
        <translation>正在结合您的更改重新读取页面…</translation>
    </message>
    <message>
        <source>&amp;Try Again</source>
        <translation>重试(&amp;T)</translation>
    </message>
    <message>
        <source>The redactor is reading the page for protected names and contacts. OCR takes a few seconds…</source>
        <translation>遮蔽程序正在读取页面，查找受保护的姓名和联系方式。OCR 需要几秒钟…</translation>
    </message>
    <message>
        <source>Proposed by the redactor</source>
        <translation>由遮蔽程序建议</translation>
    </message>
    <message>
        <source>Drawn by you</source>
        <translation>由您绘制</translation>
    </message>
    <message>
        <source>Left visible by you</source>
        <translation>由您保留可见</translation>
    </message>
    <message>
        <source>The page could not be prepared for review, so it cannot be approved here yet.

%1</source>
        <translation>无法为审核准备该页面，因此暂时无法在此处批准。

%1</translation>
    </message>
    <message>
        <source>Clear &quot;Preview as exported&quot; to change the boxes.</source>
        <translation>取消勾选“预览导出效果”以更改遮蔽框。</translation>
    </message>
    <message>
        <source>Drag the box to move it, or its handles to resize it.</source>
        <translation>拖动遮蔽框可移动它，拖动其控制点可调整大小。</translation>
    </message>
    <message>
        <source>Drag on the page to black out what the redactor missed. Click a box to select it, drag it to move it or its handles to resize it, and press Delete to remove it. Tab steps through the boxes.</source>
        <translation>在页面上拖动，以涂黑遮蔽程序遗漏的内容。点击遮蔽框可将其选中，拖动它可移动，拖动其控制点可调整大小，按 Delete 键可将其移除。按 Tab 键可逐个切换遮蔽框。</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ReviewPreviewRunner</name>
    <message>
        <source>The helper returned a page image that cannot be shown.</source>
        <translation>辅助程序返回了无法显示的页面图像。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SearchResultModel</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Match</source>
        <translation>匹配内容</translation>
    </message>
    <message>
        <source>Page %1: %2</source>
        <translation>第 %1 页：%2</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SecretLineEdit</name>
    <message>
        <source>Show passphrase</source>
        <translation>显示密码短语</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>隐藏密码短语</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SetFieldsCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Remember recently opened libraries</source>
        <translation>记住最近打开的资料库</translation>
    </message>
    <message>
        <source>Only the folders are remembered, on this computer. Switching this off forgets them at once.</source>
        <translation>仅记住文件夹，且只保存在这台计算机上。关闭此选项会立即清除这些记录。</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>这台计算机</translation>
    </message>
    <message>
        <source>&amp;Lock after idle:</source>
        <translation>空闲后锁定(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Unlock a library to change its OCR languages.</source>
        <translation>请先解锁资料库，才能更改其 OCR 语言。</translation>
    </message>
    <message>
        <source>This library</source>
        <translation>此资料库</translation>
    </message>
    <message>
        <source>&amp;OCR languages:</source>
        <translation>OCR 语言(&amp;O)：</translation>
    </message>
    <message>
        <source>Your name, as a court should read it</source>
        <translation>您的姓名（按法庭应看到的写法）</translation>
    </message>
    <message>
        <source>Recorded as who acted in the library&apos;s chain of custody.</source>
        <translation>在资料库的保管链中记录为操作者。</translation>
    </message>
    <message>
        <source>&amp;Custodian:</source>
        <translation>保管人(&amp;C)：</translation>
    </message>
    <message>
        <source>The languages of the scans and photos you import from now on. Each page is read in those of them written in its script. Items already imported keep their text until you read them again (Item → Read Text Again).</source>
        <translation>今后导入的扫描件和照片的语言。每一页都按其中使用该页文字的语言识别。已导入的条目在重新读取之前保留原有文本（条目 → 重新读取文本）。</translation>
    </message>
    <message>
        <source>Tick at least one OCR language.</source>
        <translation>请至少勾选一种 OCR 语言。</translation>
    </message>
    <message>
        <source>A new language applies when Amanat starts again.</source>
        <translation>新的语言将在 Amanat 下次启动时生效。</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>语言(&amp;G)：</translation>
    </message>
    <message>
        <source>Exchange Key and Contacts…</source>
        <translation>交换密钥和联系人…</translation>
    </message>
    <message>
        <source>The libraries that have sent packages here, this library&apos;s exchange key, and the inbox folder.</source>
        <translation>向本资料库发送过封包的资料库、本资料库的交换密钥，以及收件文件夹。</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>联系人：</translation>
    </message>
</context>
<context>
    <name>amanat::ui::ShareDialog</name>
    <message>
        <source>Share</source>
        <translation>共享</translation>
    </message>
    <message>
        <source>Share %1 with other Amanat libraries. The package is sealed: only the libraries you choose can open it, and they can tell it comes from this library.</source>
        <translation>与其他 Amanat 资料库共享 %1。封包是密封的：只有您选择的资料库能打开它，并且它们能确认封包来自本资料库。</translation>
    </message>
    <message>
        <source>%1 — fingerprint %2</source>
        <translation>%1 — 指纹 %2</translation>
    </message>
    <message>
        <source>Include witnesses&apos; names and contacts</source>
        <translation>包含证人的姓名和联系方式</translation>
    </message>
    <message>
        <source>Share testimonies without recorded consent (this is logged)</source>
        <translation>共享没有记录同意的证词（会记入日志）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Known libraries:</source>
        <translation>已知的资料库：</translation>
    </message>
    <message>
        <source>Exchange keys:</source>
        <translation>交换密钥：</translation>
    </message>
    <message>
        <source>Save the package as:</source>
        <translation>封包保存为：</translation>
    </message>
    <message>
        <source>Save Package</source>
        <translation>保存封包</translation>
    </message>
    <message>
        <source>Amanat packages (*.amanatx)</source>
        <translation>Amanat 封包 (*.amanatx)</translation>
    </message>
    <message>
        <source>Line %1 of the exchange keys: %2</source>
        <translation>交换密钥第 %1 行：%2</translation>
    </message>
    <message>
        <source>Choose at least one library to share with: tick a known library or paste its exchange key.</source>
        <translation>请至少选择一个要共享的资料库：勾选已知的资料库，或粘贴其交换密钥。</translation>
    </message>
    <message>
        <source>Choose where to save the package.</source>
        <translation>请选择封包的保存位置。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new name for the package.</source>
        <translation>%1 已存在；请为封包另取一个名字。</translation>
    </message>
    <message>
        <source>Other libraries&apos; exchange keys, one per line</source>
        <translation>其他资料库的交换密钥，每行一个</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SidebarModel</name>
    <message>
        <source>All items</source>
        <translation>所有条目</translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Saved searches</source>
        <translation>已保存的搜索</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>案卷</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SidebarView</name>
    <message>
        <source>New Tag…</source>
        <translation>新建标签…</translation>
    </message>
    <message>
        <source>New Sub-tag…</source>
        <translation>新建子标签…</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>No Colour</source>
        <translation>无颜色</translation>
    </message>
    <message>
        <source>Move to Top Level</source>
        <translation>移到顶层</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <source>Delete Saved Search</source>
        <translation>删除已保存的搜索</translation>
    </message>
    <message>
        <source>New Tag</source>
        <translation>新建标签</translation>
    </message>
    <message>
        <source>Name of the new tag:</source>
        <translation>新标签的名称：</translation>
    </message>
    <message>
        <source>Name of the new tag under %1:</source>
        <translation>%1 下新标签的名称：</translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <source>Move the items and sub-tags of %1 onto:</source>
        <translation>将 %1 的条目和子标签移到：</translation>
    </message>
    <message>
        <source>Merge %1 into %2? This cannot be undone.</source>
        <translation>要将 %1 合并到 %2 吗？此操作无法撤销。</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <source>Delete the tag %1 and its sub-tags? The items stay in the library. This cannot be undone.</source>
        <translation>要删除标签 %1 及其子标签吗？这些条目仍保留在资料库中。此操作无法撤销。</translation>
    </message>
    <message>
        <source>Library contents: kinds, tags, saved searches, dossiers</source>
        <translation>资料库内容：类型、标签、已保存的搜索、案卷</translation>
    </message>
    <message>
        <source>Share…</source>
        <translation>共享…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::SpreadsheetImporter</name>
    <message>
        <source>Import Spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>Spreadsheets saved as CSV (*.csv);;All files (*)</source>
        <translation>保存为 CSV 的电子表格 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Spreadsheet Not Imported</source>
        <translation>电子表格未导入</translation>
    </message>
    <message numerus="yes">
        <source>Import %n item(s) from %1?</source>
        <translation>
            <numerusform>要从 %1 导入 %n 个条目吗？</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Each of the %n row(s) was checked. Files already in the library are left as they are.</source>
        <translation>
            <numerusform>已检查全部 %n 行。资料库中已有的文件保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message>
        <source>Nothing was written. %1</source>
        <translation>未写入任何内容。%1</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) imported from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个条目。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) were already in the library and were left as they are.</source>
        <translation>
            <numerusform>%n 个文件已在资料库中，保持不变。</numerusform>
        </translation>
    </message>
    <message>
        <source>Their text is being read now.</source>
        <translation>正在读取它们的文本。</translation>
    </message>
    <message>
        <source>Spreadsheet Imported</source>
        <translation>电子表格已导入</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TagChipsWidget</name>
    <message>
        <source>Add a tag (Enter)</source>
        <translation>添加标签（Enter）</translation>
    </message>
    <message>
        <source>Remove the tag %1</source>
        <translation>移除标签 %1</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TagCommands</name>
    <message>
        <source>Tag with %1</source>
        <translation>添加标签 %1</translation>
    </message>
    <message>
        <source>Remove tag %1</source>
        <translation>移除标签 %1</translation>
    </message>
    <message>
        <source>Rename tag %1</source>
        <translation>重命名标签 %1</translation>
    </message>
    <message>
        <source>Move tag %1</source>
        <translation>移动标签 %1</translation>
    </message>
    <message>
        <source>Colour of tag %1</source>
        <translation>标签 %1 的颜色</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TestimonyRecordings</name>
    <message>
        <source>Recording of this testimony</source>
        <translation>此证词的录音录像</translation>
    </message>
    <message>
        <source>&amp;Recording:</source>
        <translation>录音录像(&amp;R)：</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TestimonyViewer</name>
    <message>
        <source>Interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Witness identity (protected)</source>
        <translation>证人身份（受保护）</translation>
    </message>
    <message>
        <source>The witness&apos;s name and contact are hidden. Revealing them is recorded in the custody log.</source>
        <translation>证人的姓名和联系方式已隐藏。显示它们会记录在保管链日志中。</translation>
    </message>
    <message>
        <source>Reveal…</source>
        <translation>显示…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <source>No name or contact is recorded. Reveal to add them; this is recorded in the custody log.</source>
        <translation>未记录姓名或联系方式。点击“显示”以添加；此操作会记录在保管链日志中。</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <source>Reveal the witness&apos;s identity?</source>
        <translation>要显示证人的身份吗？</translation>
    </message>
    <message>
        <source>The witness&apos;s name and contact will be shown on screen, and this will be recorded in the custody log. Make sure nobody else can see the screen.</source>
        <translation>证人的姓名和联系方式将显示在屏幕上，并且此操作会记录在保管链日志中。请确保没有其他人能看到屏幕。</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Name; other spelling; name in another script</source>
        <translation>姓名；其他拼写；其他文字的姓名</translation>
    </message>
    <message>
        <source>Separate several names or spellings with &quot;;&quot; (Latin, Arabic script, Han, Cyrillic…): each is removed from bundles on its own.</source>
        <translation>用“;”分隔多个姓名或拼写（拉丁字母、阿拉伯字母、汉字、西里尔字母…）：每一项都会单独从卷宗中移除。</translation>
    </message>
    <message>
        <source>Phone; e-mail; address</source>
        <translation>电话；电子邮件；地址</translation>
    </message>
    <message>
        <source>Separate several contacts with &quot;;&quot;: each is removed from bundles on its own.</source>
        <translation>用“;”分隔多个联系方式：每一项都会单独从卷宗中移除。</translation>
    </message>
</context>
<context>
    <name>amanat::ui::TextViewer</name>
    <message>
        <source>No text was extracted from this item.</source>
        <translation>未从此条目中提取到文本。</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 个匹配项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>amanat::ui::TranscriptPane</name>
    <message>
        <source>Transcript</source>
        <translation>笔录</translation>
    </message>
    <message>
        <source>Type or paste the transcript; it is saved as you go. While a recording plays, F9 writes its time, such as [01:25], and F8 pauses or resumes it; a click on a time plays from there.</source>
        <translation>输入或粘贴笔录；边写边保存。录音录像播放时，F9 写入当前时间（如 [01:25]），F8 暂停或继续播放；点击某个时间即从该处播放。</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>正在编辑…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
</context>
<context>
    <name>amanat::ui::UnlockWidget</name>
    <message>
        <source>Unlock a library</source>
        <translation>解锁资料库</translation>
    </message>
    <message>
        <source>Library folder</source>
        <translation>资料库文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Library:</source>
        <translation>资料库(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translation>正在解锁</translation>
    </message>
    <message>
        <source>The passphrase does not unlock this library. Check it and try again.</source>
        <translation>该密码短语无法解锁此资料库。请检查后重试。</translation>
    </message>
    <message>
        <source>This library is open in another program. Close it there, then try again.</source>
        <translation>此资料库已在另一个程序中打开。请先在那里将其关闭，然后重试。</translation>
    </message>
    <message>
        <source>This library is damaged and cannot be opened safely. Restore it from a backup, or ask for help before changing anything in its folder.</source>
        <translation>此资料库已损坏，无法安全打开。请从备份恢复，或在更改其文件夹中的任何内容之前先寻求帮助。</translation>
    </message>
    <message>
        <source>This folder is not an Amanat library. Choose the folder of a library.</source>
        <translation>此文件夹不是 Amanat 资料库。请选择资料库所在的文件夹。</translation>
    </message>
    <message>
        <source>The library could not be opened.</source>
        <translation>无法打开资料库。</translation>
    </message>
    <message>
        <source>Choose a library folder</source>
        <translation>选择资料库文件夹</translation>
    </message>
    <message>
        <source>Recent libraries</source>
        <translation>最近使用的资料库</translation>
    </message>
    <message>
        <source>&amp;Recent libraries:</source>
        <translation>最近使用的资料库(&amp;R)：</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>恢复密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;New library…</source>
        <translation>新建资料库(&amp;N)…</translation>
    </message>
    <message>
        <source>Demo library — passphrase: %1</source>
        <translation>演示资料库 — 密码短语：%1</translation>
    </message>
    <message>
        <source>Unlock with the passphrase instead</source>
        <translation>改用密码短语解锁</translation>
    </message>
    <message>
        <source>Forgot the passphrase? Unlock with the recovery key</source>
        <translation>忘记了密码短语？使用恢复密钥解锁</translation>
    </message>
    <message>
        <source>The recovery key does not unlock this library. Check each group and try again.</source>
        <translation>该恢复密钥无法解锁此资料库。请检查每一组后重试。</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
</context>
<context>
    <name>amanat::ui::WelcomeWidget</name>
    <message>
        <source>Welcome to Amanat</source>
        <translation>欢迎使用 Amanat</translation>
    </message>
    <message>
        <source>Amanat keeps testimonies, documents, images and recordings in one encrypted library on this computer. Nothing is sent anywhere.</source>
        <translation>Amanat 将证词、文件、图像和录音录像保存在这台计算机上的一个加密资料库中。不会向任何地方发送任何内容。</translation>
    </message>
    <message>
        <source>Create a new library</source>
        <translation>创建新资料库</translation>
    </message>
    <message>
        <source>Choose a name, a folder and a passphrase. You will receive a recovery key to keep on paper.</source>
        <translation>选择名称、文件夹和密码短语。您将获得一个恢复密钥，请将其记在纸上保管。</translation>
    </message>
    <message>
        <source>Open an existing library</source>
        <translation>打开现有资料库</translation>
    </message>
    <message>
        <source>Unlock a library folder that you or a colleague created before.</source>
        <translation>解锁您或同事之前创建的资料库文件夹。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Preparing the demo library with invented sample files…</source>
        <translation>正在使用虚构的示例文件准备演示资料库…</translation>
    </message>
    <message>
        <source>Demo passphrase: %1</source>
        <translation>演示密码短语：%1</translation>
    </message>
    <message>
        <source>Amanat: an encrypted archive for human-rights documentation.</source>
        <translation>Amanat：用于人权记录的加密档案库。</translation>
    </message>
    <message>
        <source>Create a temporary demo library with invented sample files and open the app on it.</source>
        <translation>创建一个包含虚构示例文件的临时演示资料库，并在其中打开应用。</translation>
    </message>
    <message>
        <source>A library folder.</source>
        <translation>一个资料库文件夹。</translation>
    </message>
</context>
</TS>
