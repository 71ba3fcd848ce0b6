#include "DocumentOfficeXml.h"

#include "DocumentEncoding.h"

#include <QDateTime>
#include <QStack>
#include <QXmlStreamReader>

namespace amanat {

namespace {

constexpr int kMaxCountedSpaces = 1000;

bool isWord(QStringView ns)
{
    return ns.contains(QLatin1String("wordprocessingml"));
}

bool isMath(QStringView ns)
{
    return ns.contains(QLatin1String("officeDocument/2006/math")) ||
           ns.contains(QLatin1String("officeDocument/math"));
}

bool isOdfText(QStringView ns)
{
    return ns == QLatin1String("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
}

bool isOdfOffice(QStringView ns)
{
    return ns == QLatin1String("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
}

QString finished(QString text)
{
    text = DocumentEncoding::cleaned(text);
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    qsizetype leading = 0;
    while (leading < text.size() && text.at(leading) == QLatin1Char('\n'))
        ++leading;
    return text.mid(leading);
}

} // namespace

OfficeXmlText DocumentOfficeXml::wordText(const QByteArray &xml)
{
    OfficeXmlText result;
    QXmlStreamReader reader(xml);
    QString text;
    bool root = true;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            reader.raiseError(QStringLiteral("unexpected DOCTYPE"));
        } else if (token == QXmlStreamReader::StartElement) {
            const QStringView ns = reader.namespaceUri();
            const QStringView name = reader.name();
            if (root) {
                result.recognised = isWord(ns);
                root = false;
            }
            // Properties hold tab stops (<w:tabs><w:tab/>), not text; Fallback repeats the
            // Choice of an mc:AlternateContent; deleted text and field codes are not text.
            if (name == QLatin1String("Fallback") || name == QLatin1String("pPr") ||
                name == QLatin1String("rPr") || name == QLatin1String("sectPr") ||
                name == QLatin1String("delText") || name == QLatin1String("instrText")) {
                reader.skipCurrentElement();
            } else if (name == QLatin1String("t") && (isWord(ns) || isMath(ns))) {
                text += reader.readElementText(QXmlStreamReader::SkipChildElements);
            } else if (!isWord(ns)) {
                continue;
            } else if (name == QLatin1String("tab")) {
                text += QLatin1Char('\t');
            } else if (name == QLatin1String("br") || name == QLatin1String("cr")) {
                text += QLatin1Char('\n');
            } else if (name == QLatin1String("noBreakHyphen")) {
                text += QLatin1Char('-');
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (reader.name() == QLatin1String("p") && isWord(reader.namespaceUri()))
                text += QLatin1Char('\n');
        }
    }
    result.damaged = reader.hasError();
    result.text = finished(text);
    return result;
}

OfficeXmlText DocumentOfficeXml::openDocumentText(const QByteArray &xml)
{
    OfficeXmlText result;
    QXmlStreamReader reader(xml);
    QString body;
    QString notes;
    // A note or comment sits inside a paragraph; its own paragraphs go to `notes`, and the
    // paragraph around it carries on where it was afterwards.
    struct Target
    {
        QString *out;
        int paragraphDepth;
        bool collapsing;
    };
    QString *out = &body;
    QStack<Target> outer;
    int paragraphDepth = 0;
    bool collapsing = true; // at the start of a paragraph, or after a collapsed space
    auto enterNote = [&] {
        outer.push({out, paragraphDepth, collapsing});
        out = &notes;
        paragraphDepth = 0;
    };
    auto leaveNote = [&] {
        const Target target = outer.isEmpty() ? Target{&body, 0, true} : outer.pop();
        out = target.out;
        paragraphDepth = target.paragraphDepth;
        collapsing = target.collapsing;
    };
    bool root = true;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD) {
            reader.raiseError(QStringLiteral("unexpected DOCTYPE"));
        } else if (token == QXmlStreamReader::StartElement) {
            const QStringView ns = reader.namespaceUri();
            const QStringView name = reader.name();
            if (root) {
                result.recognised = isOdfOffice(ns);
                root = false;
            }
            if (isOdfOffice(ns) && name == QLatin1String("annotation")) {
                enterNote();
                continue;
            }
            if (!isOdfText(ns))
                continue;
            if (name == QLatin1String("note-citation") ||
                name == QLatin1String("tracked-changes")) {
                reader.skipCurrentElement();
            } else if (name == QLatin1String("note")) {
                enterNote();
            } else if (name == QLatin1String("p") || name == QLatin1String("h")) {
                ++paragraphDepth;
                collapsing = true;
            } else if (name == QLatin1String("s")) {
                const int count = reader.attributes()
                                      .value(QLatin1String("urn:oasis:names:tc:opendocument:"
                                                           "xmlns:text:1.0"),
                                             QLatin1String("c"))
                                      .toInt();
                out->append(QString(qBound(1, count, kMaxCountedSpaces), QLatin1Char(' ')));
                collapsing = false;
            } else if (name == QLatin1String("tab")) {
                *out += QLatin1Char('\t');
                collapsing = false;
            } else if (name == QLatin1String("line-break")) {
                *out += QLatin1Char('\n');
                collapsing = true;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            const QStringView ns = reader.namespaceUri();
            const QStringView name = reader.name();
            if ((isOdfText(ns) && name == QLatin1String("note")) ||
                (isOdfOffice(ns) && name == QLatin1String("annotation"))) {
                leaveNote();
            } else if (isOdfText(ns) &&
                       (name == QLatin1String("p") || name == QLatin1String("h"))) {
                if (collapsing && out->endsWith(QLatin1Char(' ')))
                    out->chop(1);
                *out += QLatin1Char('\n');
                paragraphDepth = qMax(0, paragraphDepth - 1);
                collapsing = true;
            }
        } else if (token == QXmlStreamReader::Characters && paragraphDepth > 0) {
            // ODF collapses white space in paragraph content, as HTML does.
            for (const QChar c : reader.text()) {
                if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') ||
                    c == QLatin1Char('\r')) {
                    if (!collapsing)
                        *out += QLatin1Char(' ');
                    collapsing = true;
                } else {
                    *out += c;
                    collapsing = false;
                }
            }
        }
    }
    result.damaged = reader.hasError();
    result.text = finished(body);
    const QString noteText = finished(notes);
    if (!noteText.isEmpty())
        result.text += (result.text.isEmpty() ? QString() : QStringLiteral("\n\n")) + noteText;
    return result;
}

QVariantMap DocumentOfficeXml::properties(const QByteArray &xml)
{
    QVariantMap result;
    QXmlStreamReader reader(xml);
    QString creator;
    QString initialCreator;
    while (!reader.atEnd()) {
        const auto token = reader.readNext();
        if (token == QXmlStreamReader::DTD)
            break;
        if (token != QXmlStreamReader::StartElement)
            continue;
        const QString name = reader.name().toString();
        if (name != QLatin1String("title") && name != QLatin1String("creator") &&
            name != QLatin1String("initial-creator") && name != QLatin1String("created") &&
            name != QLatin1String("creation-date"))
            continue;
        const QString value =
            reader.readElementText(QXmlStreamReader::SkipChildElements).simplified().left(1000);
        if (value.isEmpty())
            continue;
        if (name == QLatin1String("title") && !result.contains(QStringLiteral("title"))) {
            result.insert(QStringLiteral("title"), value);
        } else if (name == QLatin1String("creator")) {
            creator = value;
        } else if (name == QLatin1String("initial-creator")) {
            initialCreator = value;
        } else if (!result.contains(QStringLiteral("created"))) {
            const QDateTime when = QDateTime::fromString(value, Qt::ISODateWithMs);
            if (when.isValid())
                result.insert(QStringLiteral("created"), when.toString(Qt::ISODate));
        }
    }
    // In ODF, dc:creator is whoever saved last; the author is the initial creator.
    const QString author = initialCreator.isEmpty() ? creator : initialCreator;
    if (!author.isEmpty())
        result.insert(QStringLiteral("author"), author);
    return result;
}

} // namespace amanat
