#include "DemoSamples.h"

#include <QDir>
#include <QFile>
#include <QFont>
#include <QFontMetrics>
#include <QImage>
#include <QLinearGradient>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QtEndian>

#include <cmath>

static void initDemoResources()
{
    Q_INIT_RESOURCE(amanat_demo_media);
}

namespace amanat {

namespace {

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, DemoSamples::tr("The demo file %1 could not be written.")
                                            .arg(QDir::toNativeSeparators(path)));
    return {};
}

Status notWritten(const QString &path)
{
    return makeError(ErrorCode::Io, DemoSamples::tr("The demo file %1 could not be written.")
                                        .arg(QDir::toNativeSeparators(path)));
}

/** The pages of the invented report. Lines starting with "# " are headings. */
QVector<QStringList> reportPages()
{
    return {
        {QStringLiteral("# Field report: water access in the Qaradun valley"),
         QStringLiteral("Prepared for the Amanat demonstration. Every place, person and event "),
         QStringLiteral("in this report is invented."), QString(), QStringLiteral("Summary"),
         QStringLiteral("Between March and June of an invented year, residents of three villages"),
         QStringLiteral("reported that the only checkpoint on the valley road was closed for"),
         QStringLiteral("days at a time, cutting them off from the district water station."),
         QStringLiteral("Witnesses W-D01 and W-D02 describe queues of trucks at the checkpoint.")},
        {QStringLiteral("# Method"),
         QStringLiteral("Interviews were held with consenting witnesses, identified here only by"),
         QStringLiteral("codes. Photographs and a short video of the road were collected."),
         QString(), QStringLiteral("A line in Chinese, as quoted in a (fictional) notice:"),
         QStringLiteral("@zh 检查站关闭了三天，村民无法取水。"),
         QStringLiteral("A line in Arabic from the same (fictional) notice:"),
         QStringLiteral("@ar أغلقت نقطة التفتيش ثلاثة أيام"), QString()},
        {QStringLiteral("# Findings"),
         QStringLiteral("1. The checkpoint closures coincided with the dry season."),
         QStringLiteral("2. No written order for the closures was seen by any witness."),
         QStringLiteral("3. The district water station log (invented) shows deliveries stopped."),
         QString(),
         QStringLiteral("Recommendations: keep the road open for water deliveries; publish any"),
         QStringLiteral("order that restricts movement; record each closure.")},
    };
}

} // namespace

Status DemoSamples::writeReportPdf(const QString &path)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(150);
    writer.setTitle(QStringLiteral("Field report: water access in the Qaradun valley (demo)"));
    writer.setCreator(QStringLiteral("Amanat demo"));
    QPainter painter;
    if (!painter.begin(&writer))
        return notWritten(path);
    // DejaVu Sans covers Latin and Arabic; Droid Sans Fallback writes a CJK text layer that
    // pdftotext reads back as the same ideographs (Noto CJK does not, see ARCHITECTURE.md).
    QFont body(QStringLiteral("DejaVu Sans"));
    body.setPointSizeF(11);
    QFont heading = body;
    heading.setPointSizeF(16);
    heading.setBold(true);
    QFont chinese(QStringLiteral("Droid Sans Fallback"));
    chinese.setPointSizeF(11);
    const QRect page = painter.viewport();
    const int margin = page.width() / 10;
    const auto pages = reportPages();
    for (int p = 0; p < pages.size(); ++p) {
        if (p > 0)
            writer.newPage();
        int y = margin;
        for (const QString &line : pages.at(p)) {
            QString text = line;
            Qt::Alignment align = Qt::AlignLeft;
            if (line.startsWith(QLatin1String("# "))) {
                painter.setFont(heading);
                text = line.mid(2);
            } else if (line.startsWith(QLatin1String("@zh "))) {
                painter.setFont(chinese);
                text = line.mid(4);
            } else if (line.startsWith(QLatin1String("@ar "))) {
                painter.setFont(body);
                text = line.mid(4);
                align = Qt::AlignRight;
            } else {
                painter.setFont(body);
            }
            const int height = QFontMetrics(painter.font(), &writer).height();
            painter.drawText(QRect(margin, y, page.width() - 2 * margin, height),
                             align | Qt::AlignVCenter, text);
            y += height + height / 3;
        }
        painter.setFont(body);
        painter.drawText(
            QRect(margin, page.height() - margin, page.width() - 2 * margin, margin / 2),
            Qt::AlignCenter, QStringLiteral("%1 / %2").arg(p + 1).arg(pages.size()));
    }
    return painter.end() ? Status() : notWritten(path);
}

Status DemoSamples::writeScanPng(const QString &path)
{
    // A typed page photographed slightly askew on a grey table: what a scan looks like.
    QImage image(1240, 1754, QImage::Format_RGB32);
    image.fill(QColor(0x9a, 0x9a, 0x96));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.translate(620, 877);
    painter.rotate(-1.2);
    painter.translate(-600, -850);
    painter.fillRect(QRect(0, 0, 1200, 1700), QColor(0xf4, 0xf0, 0xe6));
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPixelSize(34);
    painter.setFont(font);
    painter.setPen(QColor(0x22, 0x22, 0x22));
    const QStringList lines{
        QStringLiteral("DISTRICT OFFICE (INVENTED FOR THE DEMO)"),
        QString(),
        QStringLiteral("Notice No. 17"),
        QString(),
        QStringLiteral("The checkpoint on the valley road"),
        QStringLiteral("will be closed from Monday until"),
        QStringLiteral("further notice. Water deliveries"),
        QStringLiteral("must apply for a permit."),
        QString(),
        QStringLiteral("Signed: Officer K. Example"),
    };
    int y = 160;
    for (const QString &line : lines) {
        painter.drawText(110, y, line);
        y += 58;
    }
    painter.setPen(QPen(QColor(0x8a, 0x1c, 0x1c, 160), 6));
    painter.drawEllipse(QPoint(860, 1300), 150, 150);
    painter.end();
    // A little noise, as a scanner adds.
    QRandomGenerator noise(17);
    for (int i = 0; i < 40000; ++i) {
        const int x = int(noise.bounded(image.width()));
        const int yy = int(noise.bounded(image.height()));
        const QColor c = image.pixelColor(x, yy).darker(100 + int(noise.bounded(25)));
        image.setPixelColor(x, yy, c);
    }
    return image.save(path, "PNG") ? Status() : notWritten(path);
}

Status DemoSamples::writePhotoPng(const QString &path)
{
    // A road under a sky, a barrier across it: a stand-in for a photograph.
    QImage image(960, 640, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QLinearGradient sky(0, 0, 0, 360);
    sky.setColorAt(0, QColor(0x6a, 0x9f, 0xd8));
    sky.setColorAt(1, QColor(0xd8, 0xe6, 0xf2));
    painter.fillRect(QRect(0, 0, 960, 360), sky);
    painter.fillRect(QRect(0, 360, 960, 280), QColor(0xb8, 0xa2, 0x74));
    painter.setBrush(QColor(0x55, 0x55, 0x58));
    painter.setPen(Qt::NoPen);
    painter.drawPolygon(
        QPolygon({QPoint(420, 360), QPoint(540, 360), QPoint(860, 640), QPoint(100, 640)}));
    painter.setBrush(QColor(0x7d, 0x8a, 0x6a));
    painter.drawPolygon(QPolygon({QPoint(0, 360), QPoint(180, 250), QPoint(380, 360)}));
    painter.drawPolygon(QPolygon({QPoint(560, 360), QPoint(760, 220), QPoint(960, 360)}));
    for (int i = 0; i < 8; ++i) {
        painter.setBrush(i % 2 ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xf5, 0xf5, 0xf5));
        painter.drawRect(250 + i * 58, 470, 58, 22);
    }
    painter.setBrush(QColor(0x44, 0x44, 0x44));
    painter.drawRect(240, 470, 10, 90);
    painter.drawRect(714, 470, 10, 90);
    painter.end();
    return image.save(path, "PNG") ? Status() : notWritten(path);
}

Status DemoSamples::writeToneWav(const QString &path, int milliseconds)
{
    // 16-bit mono PCM at 16 kHz: a few tones with pauses, like a short voice memo.
    constexpr int kRate = 16000;
    const int samples = kRate * milliseconds / 1000;
    QByteArray pcm(samples * 2, Qt::Uninitialized);
    for (int i = 0; i < samples; ++i) {
        const double t = double(i) / kRate;
        const int segment = int(t * 2.5);
        const double frequency = 220.0 + 55.0 * (segment % 4);
        const double envelope = (segment % 3 == 2) ? 0.0 : std::sin(M_PI * std::fmod(t * 2.5, 1.0));
        const auto value = qint16(9000 * envelope * std::sin(2 * M_PI * frequency * t));
        qToLittleEndian(value, pcm.data() + 2 * i);
    }
    QByteArray wav;
    auto put32 = [&wav](quint32 v) {
        char b[4];
        qToLittleEndian(v, b);
        wav.append(b, 4);
    };
    auto put16 = [&wav](quint16 v) {
        char b[2];
        qToLittleEndian(v, b);
        wav.append(b, 2);
    };
    wav.append("RIFF", 4);
    put32(quint32(36 + pcm.size()));
    wav.append("WAVEfmt ", 8);
    put32(16);
    put16(1); // PCM
    put16(1); // mono
    put32(kRate);
    put32(kRate * 2);
    put16(2);
    put16(16);
    wav.append("data", 4);
    put32(quint32(pcm.size()));
    wav.append(pcm);
    return writeFile(path, wav);
}

Status DemoSamples::copyVideo(const QString &path)
{
    initDemoResources();
    QFile video(QStringLiteral(":/amanat/demo/demo-clip.mp4"));
    if (!video.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Internal, tr("The demo video is missing from this build."));
    return writeFile(path, video.readAll());
}

Result<DemoSamples::Files> DemoSamples::write(const QString &folder)
{
    QDir dir(folder);
    if (!dir.mkpath(QStringLiteral(".")))
        return notWritten(folder).error();
    Files files;
    auto add = [&dir](QStringList &list, const char *name) {
        list << dir.filePath(QString::fromUtf8(name));
        return list.last();
    };
    AMANAT_TRY(writeReportPdf(add(files.documents, "Field report - Qaradun valley water.pdf")));
    AMANAT_TRY(writePhotoPng(add(files.documents, "Checkpoint barrier photo.png")));
    AMANAT_TRY(copyVideo(add(files.documents, "Valley road clip.mp4")));
    AMANAT_TRY(writeToneWav(add(files.documents, "Voice memo - field team.wav"), 4000));
    AMANAT_TRY(
        writeFile(add(files.documents, "Meeting notes.md"),
                  QByteArrayLiteral("# Team meeting notes (invented for the demo)\n\n"
                                    "- Compare the checkpoint notice with the witness accounts.\n"
                                    "- Ask the water station for its delivery log.\n"
                                    "- Next step: a dossier on the road closures.\n")));
    AMANAT_TRY(writeScanPng(add(files.scans, "District notice 17 (scan).png")));
    const char *const transcripts[] = {
        "Interview with witness W-D01 (invented for the demo).\n\n"
        "[00:00] Q: What did you see at the checkpoint?\n"
        "[00:02] A: The barrier was down for three days. The water truck waited in the queue "
        "and then turned back. Nobody showed us an order.\n",
        "Interview with witness W-D02 (invented for the demo).\n\n"
        "[00:08] Q: How did the closure affect your village?\n"
        "[00:15] A: We carried water from the spring on foot. The checkpoint guards said the "
        "road was closed for repairs, but no one was repairing it.\n",
        "Interview with witness W-D03 (invented for the demo).\n\n"
        "[00:05] Q: Were permits issued?\n"
        "[00:11] A: I applied for a permit at the district office twice. The clerk kept the "
        "form and gave me no receipt.\n",
    };
    const char *const names[] = {"Testimony W-D01.txt", "Testimony W-D02.txt",
                                 "Testimony W-D03.txt"};
    for (int i = 0; i < 3; ++i)
        AMANAT_TRY(writeFile(add(files.testimonies, names[i]), QByteArray(transcripts[i])));
    return files;
}

} // namespace amanat
