#include "DocumentOffice.h"

#include "DocumentOfficeXml.h"
#include "ZipArchive.h"

#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

namespace amanat {

namespace {

QString bombMessage(const ZipArchive &archive)
{
    return QStringLiteral("the document expands to more than %1 MiB; it looks like a zip bomb")
        .arg(archive.budget() >> 20);
}

/** The failure for an entry that could not be read. */
ExtractionResult entryFailure(const ZipArchive &archive, ZipArchive::Status status,
                              DocumentOffice::Expected expected)
{
    switch (status) {
    case ZipArchive::Status::Bomb:
        return ExtractionResult::failure(bombMessage(archive));
    case ZipArchive::Status::Encrypted:
        return ExtractionResult::failure(
            QStringLiteral("the document is encrypted, so its text cannot be read"));
    default:
        return ExtractionResult::failure(DocumentOffice::damagedMessage(expected));
    }
}

/** The main part's name from _rels/.rels; word/document.xml when it names none. */
QString wordMainPart(const QByteArray &relationships)
{
    QXmlStreamReader reader(relationships);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement ||
            reader.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (!attributes.value(QLatin1String("Type")).endsWith(QLatin1String("/officeDocument")))
            continue;
        QString target = attributes.value(QLatin1String("Target")).toString();
        while (target.startsWith(QLatin1Char('/')))
            target.remove(0, 1);
        if (!target.isEmpty() && !target.contains(QLatin1String("..")))
            return target;
    }
    return QStringLiteral("word/document.xml");
}

/** Secondary Word parts in reading order: notes, then headers, then footers. */
QStringList wordSecondaryParts(const ZipArchive &archive, const QString &directory)
{
    QStringList notes, headers, footers;
    const QRegularExpression pattern(QStringLiteral("^(footnotes|endnotes|header\\d*|footer\\d*)"
                                                    "\\.xml$"));
    for (const QString &name : archive.names()) {
        if (!name.startsWith(directory))
            continue;
        const QString base = name.mid(directory.size());
        if (!pattern.match(base).hasMatch())
            continue;
        if (base.startsWith(QLatin1String("header")))
            headers << name;
        else if (base.startsWith(QLatin1String("footer")))
            footers << name;
        else
            notes << name;
    }
    notes.sort();
    headers.sort();
    footers.sort();
    return notes + headers + footers;
}

ExtractionResult textResult(const QStringList &sections, bool partial, const QVariantMap &metadata)
{
    ExtractionResult result;
    result.metadata = metadata;
    const QString text = sections.join(QStringLiteral("\n\n"));
    if (!text.isEmpty())
        result.pages.append(PageText{text});
    if (partial) {
        result.status = ExtractionResult::Status::Partial;
        result.error =
            QStringLiteral("part of the document is damaged; some of its text may be missing");
    }
    return result;
}

ExtractionResult extractWord(ZipArchive &archive, DocumentOffice::Expected expected)
{
    QString mainPart = QStringLiteral("word/document.xml");
    const ZipArchive::Entry relationships = archive.read(QStringLiteral("_rels/.rels"));
    if (relationships.status == ZipArchive::Status::Bomb)
        return entryFailure(archive, relationships.status, expected);
    if (relationships.status == ZipArchive::Status::Ok)
        mainPart = wordMainPart(relationships.data);
    if (!archive.contains(mainPart))
        mainPart = QStringLiteral("word/document.xml");

    const ZipArchive::Entry body = archive.read(mainPart);
    if (body.status != ZipArchive::Status::Ok)
        return entryFailure(archive, body.status, DocumentOffice::Expected::Word);
    const OfficeXmlText bodyText = DocumentOfficeXml::wordText(body.data);
    if (!bodyText.recognised || (bodyText.damaged && bodyText.text.isEmpty()))
        return ExtractionResult::failure(
            DocumentOffice::damagedMessage(DocumentOffice::Expected::Word));

    QStringList sections;
    if (!bodyText.text.isEmpty())
        sections << bodyText.text;
    bool partial = bodyText.damaged;
    QSet<QString> seen{bodyText.text};
    const QString directory = mainPart.left(mainPart.lastIndexOf(QLatin1Char('/')) + 1);
    for (const QString &name : wordSecondaryParts(archive, directory)) {
        const ZipArchive::Entry part = archive.read(name);
        if (part.status == ZipArchive::Status::Bomb)
            return entryFailure(archive, part.status, expected);
        if (part.status != ZipArchive::Status::Ok) {
            partial = true;
            continue;
        }
        const OfficeXmlText text = DocumentOfficeXml::wordText(part.data);
        partial = partial || text.damaged;
        if (!text.text.isEmpty() && !seen.contains(text.text)) {
            seen.insert(text.text);
            sections << text.text;
        }
    }

    QVariantMap metadata;
    const ZipArchive::Entry core = archive.read(QStringLiteral("docProps/core.xml"));
    if (core.status == ZipArchive::Status::Bomb)
        return entryFailure(archive, core.status, expected);
    if (core.status == ZipArchive::Status::Ok)
        metadata = DocumentOfficeXml::properties(core.data);
    return textResult(sections, partial, metadata);
}

ExtractionResult extractOpenDocument(ZipArchive &archive)
{
    const auto expected = DocumentOffice::Expected::OpenDocument;
    const ZipArchive::Entry content = archive.read(QStringLiteral("content.xml"));
    if (content.status != ZipArchive::Status::Ok)
        return entryFailure(archive, content.status, expected);
    const OfficeXmlText text = DocumentOfficeXml::openDocumentText(content.data);
    if (!text.recognised || (text.damaged && text.text.isEmpty()))
        return ExtractionResult::failure(DocumentOffice::damagedMessage(expected));

    QVariantMap metadata;
    const ZipArchive::Entry meta = archive.read(QStringLiteral("meta.xml"));
    if (meta.status == ZipArchive::Status::Bomb)
        return entryFailure(archive, meta.status, expected);
    if (meta.status == ZipArchive::Status::Ok)
        metadata = DocumentOfficeXml::properties(meta.data);
    QStringList sections;
    if (!text.text.isEmpty())
        sections << text.text;
    return textResult(sections, text.damaged, metadata);
}

} // namespace

ExtractionResult DocumentOffice::extract(const QByteArray &data, Expected expected)
{
    const std::unique_ptr<ZipArchive> archive = ZipArchive::open(data);
    if (!archive)
        return ExtractionResult::failure(damagedMessage(expected));
    if (archive->entryCount() > ZipArchive::kMaxEntries)
        return ExtractionResult::failure(
            QStringLiteral("the document has more than %1 parts; it is damaged or hostile")
                .arg(ZipArchive::kMaxEntries));
    if (archive->contains(QStringLiteral("[Content_Types].xml")))
        return extractWord(*archive, expected);
    if (archive->contains(QStringLiteral("content.xml")))
        return extractOpenDocument(*archive);
    if (expected == Expected::Nothing)
        return ExtractionResult::failure(QStringLiteral(
            "the file is a zip archive, not a text document; its name or type is wrong"));
    return ExtractionResult::failure(damagedMessage(expected));
}

QString DocumentOffice::damagedMessage(Expected expected)
{
    switch (expected) {
    case Expected::Word:
        return QStringLiteral("the document is damaged or not a Word document");
    case Expected::OpenDocument:
        return QStringLiteral("the document is damaged or not an OpenDocument text");
    case Expected::Nothing:
        break;
    }
    return QStringLiteral("the file is a damaged zip archive, not a text document");
}

} // namespace amanat
