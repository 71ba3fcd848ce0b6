#pragma once
// Inputs for the extractor tests, generated in memory: rendered text "scans", PDFs, and
// hand-built PNG and TIFF files. No binary fixtures.

#include <QBuffer>
#include <QFont>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QHash>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QStringList>
#include <QtEndian>

#include <iterator>

namespace amanat::testdata {

inline const QStringList kEnglishLines = {
    QStringLiteral("The detainee was transferred to the central prison on the morning"),
    QStringLiteral("of March fourteenth. Witnesses reported that officers confiscated"),
    QStringLiteral("telephones and identity documents from the family members, who"),
    QStringLiteral("were not informed about his location for eleven days."),
};

// Universal Declaration of Human Rights, article 1, and a sentence of a witness statement.
inline const QStringList kChineseLines = {
    QStringLiteral("人人生而自由，在尊严和权利上一律平等。"),
    QStringLiteral("他们赋有理性和良心，并应以兄弟关系的精神相对待。"),
    QStringLiteral("证人说警察没收了他们的手机和身份证件。"),
};

// The same article in Uyghur (Arabic script).
inline const QStringList kUyghurLines = {
    QStringLiteral("ھەممە ئادەم تۇغۇلۇشىدىنلا ئەركىن، ئىززەت-ھۆرمەت ۋە ھوقۇقتا"),
    QStringLiteral("باپباراۋەر بولۇپ تۇغۇلغان. ئۇلار ئەقىلغە ۋە ۋىجدانغا ئىگە"),
    QStringLiteral("ھەمدە بىر-بىرىگە قېرىنداشلىق مۇناسىۋىتىگە خاس روھ بىلەن"),
    QStringLiteral("مۇئامىلە قىلىشى كېرەك."),
};

inline bool hasFont(const QString &family)
{
    return QFontDatabase::families().contains(family, Qt::CaseInsensitive);
}

/** A "scan": @p lines in black on white at @p pointSize, rendered at @p dpi. */
inline QImage renderText(const QStringList &lines, const QString &family, qreal pointSize,
                         Qt::LayoutDirection direction = Qt::LeftToRight, int dpi = 300)
{
    QFont font(family);
    font.setPixelSize(qRound(pointSize * dpi / 72.0));
    const QFontMetrics metrics(font);
    int width = 0;
    for (const QString &line : lines)
        width = qMax(width, metrics.horizontalAdvance(line));
    const int margin = dpi / 4;
    const int lineHeight = qRound(metrics.lineSpacing() * 1.4);
    QImage image(width + 2 * margin, int(lines.size()) * lineHeight + 2 * margin,
                 QImage::Format_RGB32);
    image.fill(Qt::white);
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
    QPainter painter(&image);
    painter.setFont(font);
    painter.setPen(Qt::black);
    painter.setLayoutDirection(direction);
    const Qt::Alignment align = direction == Qt::RightToLeft ? Qt::AlignRight : Qt::AlignLeft;
    for (int i = 0; i < lines.size(); ++i)
        painter.drawText(QRect(margin, margin + i * lineHeight, width, lineHeight),
                         int(align | Qt::AlignVCenter), lines.at(i));
    return image;
}

inline QByteArray encodeImage(const QImage &image, const char *format)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

/** A PDF with one page of text per entry of @p pages, via QPdfWriter. */
inline QByteArray textPdf(const QStringList &pages, const QString &title)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Amanat tests"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(12);
    painter.setFont(font);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QRect(0, 0, writer.width(), writer.height()), Qt::TextWordWrap,
                         pages.at(i));
    }
    painter.end();
    return bytes;
}

/** A PDF whose only page is @p image (no text layer), placed at 300 dpi. */
inline QByteArray imagePdf(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setResolution(300);
    QPainter painter(&writer);
    painter.drawImage(QRect(QPoint(0, 0), image.size()), image);
    painter.end();
    return bytes;
}

/** Share of @p expected's words (case-folded, punctuation ignored) found in @p actual. */
inline double wordRecall(const QString &expected, const QString &actual)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{N}\\p{M}]+"));
    auto words = [](const QString &text) {
        return text.normalized(QString::NormalizationForm_KC)
            .toCaseFolded()
            .split(separators, Qt::SkipEmptyParts);
    };
    QHash<QString, int> available;
    for (const QString &word : words(actual))
        ++available[word];
    const QStringList wanted = words(expected);
    int found = 0;
    for (const QString &word : wanted) {
        if (available.value(word) > 0) {
            --available[word];
            ++found;
        }
    }
    return wanted.isEmpty() ? 0 : double(found) / double(wanted.size());
}

/** Share of @p expected's characters (whitespace and punctuation ignored) in @p actual. */
inline double characterRecall(const QString &expected, const QString &actual)
{
    auto characters = [](const QString &text) {
        QStringList list;
        for (const QChar c : text.normalized(QString::NormalizationForm_KC)) {
            if (c.isLetterOrNumber())
                list << QString(c);
        }
        return list;
    };
    QHash<QString, int> available;
    for (const QString &c : characters(actual))
        ++available[c];
    const QStringList wanted = characters(expected);
    int found = 0;
    for (const QString &c : wanted) {
        if (available.value(c) > 0) {
            --available[c];
            ++found;
        }
    }
    return wanted.isEmpty() ? 0 : double(found) / double(wanted.size());
}

inline quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xffffffffu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xedb88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

inline void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

inline QByteArray pngChunk(const char *type, const QByteArray &payload)
{
    QByteArray chunk;
    appendBigEndian(chunk, quint32(payload.size()));
    const QByteArray body = QByteArray(type, 4) + payload;
    chunk.append(body);
    appendBigEndian(chunk, crc32(body));
    return chunk;
}

/** A valid PNG claiming @p width × @p height 8-bit grey pixels, with a tiny IDAT. */
inline QByteArray pngHeaderOnly(quint32 width, quint32 height)
{
    QByteArray header;
    appendBigEndian(header, width);
    appendBigEndian(header, height);
    header.append(char(8)).append(char(0)).append(char(0)).append(char(0)).append(char(0));
    const QByteArray idat = qCompress(QByteArray(64, '\0')).mid(4); // zlib stream only
    return QByteArray("\x89PNG\r\n\x1a\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", idat) +
           pngChunk("IEND", QByteArray());
}

inline void appendLittle16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

inline void appendLittle32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

/** A little-endian, uncompressed, 8-bit grey TIFF with one page per image. A page given
 *  as a null image gets @p fakeSize in its header and no pixels (a hostile header). */
inline QByteArray multiPageTiff(const QList<QImage> &pages, QSize fakeSize = QSize())
{
    QByteArray tiff("II*\0", 4);
    appendLittle32(tiff, 8); // the first IFD follows its page's pixels, patched below
    int nextPointer = 4;
    for (const QImage &page : pages) {
        const QImage grey = page.convertToFormat(QImage::Format_Grayscale8);
        const quint32 width = page.isNull() ? quint32(fakeSize.width()) : quint32(grey.width());
        const quint32 height = page.isNull() ? quint32(fakeSize.height()) : quint32(grey.height());
        const quint32 pixelsAt = quint32(tiff.size());
        for (int y = 0; y < grey.height(); ++y)
            tiff.append(reinterpret_cast<const char *>(grey.constScanLine(y)), grey.width());
        if (tiff.size() % 2)
            tiff.append('\0');
        const quint32 ifdAt = quint32(tiff.size());
        qToLittleEndian(ifdAt, tiff.data() + nextPointer);
        struct Entry
        {
            quint16 tag, type;
            quint32 value;
        };
        const Entry entries[] = {{256, 4, width}, {257, 4, height}, {258, 3, 8},
                                 {259, 3, 1},     {262, 3, 1},      {273, 4, pixelsAt},
                                 {277, 3, 1},     {278, 4, height}, {279, 4, width * height}};
        appendLittle16(tiff, quint16(std::size(entries)));
        for (const Entry &entry : entries) {
            appendLittle16(tiff, entry.tag);
            appendLittle16(tiff, entry.type);
            appendLittle32(tiff, 1);
            if (entry.type == 3) {
                appendLittle16(tiff, quint16(entry.value));
                appendLittle16(tiff, 0);
            } else {
                appendLittle32(tiff, entry.value);
            }
        }
        nextPointer = int(tiff.size());
        appendLittle32(tiff, 0);
    }
    return tiff;
}

} // namespace amanat::testdata
