<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ug">
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ماقۇل</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>ساقلاش</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>ھەممىنى ساقلاش</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;ھەئە</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>&amp;ھەممىسىگە ھەئە</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;ياق</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>ھەممىسىگە &amp;ياق</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>توختىتىش</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>قايتا سىناش</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>پەرۋا قىلماسلىق</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>تاقاش</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ۋاز كېچىش</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>تاشلىۋېتىش</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ياردەم</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>قوللىنىش</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>ئەسلىگە قايتۇرۇش</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>ئەسلىدىكى تەڭشەككە قايتۇرۇش</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;يېنىۋېلىش</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;قايتا قىلىش</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;كېسىش</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;كۆچۈرۈش</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;چاپلاش</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ھەممىنى تاللاش</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;يېنىۋېلىش</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;قايتا قىلىش</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;كېسىش</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;كۆچۈرۈش</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;چاپلاش</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>ھەممىنى تاللاش</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>&amp;ئۇلانما ئادرېسىنى كۆچۈرۈش</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>تەپسىلاتىنى كۆرسىتىش...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>تەپسىلاتىنى يوشۇرۇش...</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>ئورنى:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>ھۆججەت &amp;ئىسمى:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>ھۆججەت تىپى:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;ئېچىش</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ساقلاش</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;تاللاش</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>ئېچىش</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>باشقا نامدا ساقلاش</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>قىسقۇچ تاللاش</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>قىسقۇچ:</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>قىسقۇچلار</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>ھۆججەتلەر</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>يېڭى قىسقۇچ</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;يېڭى قىسقۇچ</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>يېڭى قىسقۇچ قۇرۇش</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>يېڭى قىسقۇچ قۇرۇش</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>قايتىش</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>ئالدىغا</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>ئارقىغا قايتىش</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>ئالدىغا مېڭىش</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>ئۈستۈنكى قىسقۇچ</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>ئۈستۈنكى قىسقۇچقا چىقىش</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>تىزىملىك كۆرۈنۈشى</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>تەپسىلىي كۆرۈنۈش</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>تىزىملىك كۆرۈنۈشىگە ئالماشتۇرۇش</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>تەپسىلىي كۆرۈنۈشكە ئالماشتۇرۇش</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>يېقىنقى ئورۇنلار</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>يان بالداق</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>ئورۇن ۋە خەتكۈچلەر تىزىملىكى</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>&amp;يوشۇرۇن ھۆججەتلەرنى كۆرسىتىش</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;ئىسمىنى ئۆزگەرتىش</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ئۆچۈرۈش</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>چىقىرىۋېتىش</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &#x27;%1&#x27;?</source>
        <translation>&#x27;%1&#x27; نى راستتىنلا ئۆچۈرەمسىز؟</translation>
    </message>
    <message>
        <source>&#x27;%1&#x27; is write protected.
Do you want to delete it anyway?</source>
        <translation>&#x27;%1&#x27; يېزىشتىن قوغدالغان.
يەنىلا ئۆچۈرەمسىز؟</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>قىسقۇچنى ئۆچۈرگىلى بولمىدى.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 ئاللىبۇرۇن بار.
ئۇنىڭ ئورنىغا يېڭىسىنى قويامسىز؟</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
قىسقۇچ تېپىلمىدى.
قىسقۇچ ئىسمىنىڭ توغرىلىقىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
ھۆججەت تېپىلمىدى.
ھۆججەت ئىسمىنىڭ توغرىلىقىنى تەكشۈرۈڭ.</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>ھەممە ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>ھەممە ھۆججەتلەر (*)</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>قىسقۇچ</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>ھۆججەت قىسقۇچى</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ھۆججەت</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>%1 ھۆججىتى</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>تەخەللۇس</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>قىسقا يول</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>دىسكا</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>نامەلۇم</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>كومپيۇتېرىم</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>ئىسىم</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>چوڭلۇقى</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>تىپى</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>تۈرى</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>ئۆزگەرتىلگەن ۋاقتى</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>كومپيۇتېرىم</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>كومپيۇتېر</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>ھۆججەت ئىسمى ئىناۋەتسىز</translation>
    </message>
</context>
</TS>
