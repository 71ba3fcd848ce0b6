// ImageExtractor on generated images: a text scan, a photo with EXIF (written by exiv2 here),
// multi-page TIFF, pixel bombs and garbage.

#include "ExtractTestData.h"
#include "ImageExtractor.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <exiv2/exiv2.hpp>

#include <sys/resource.h>

using namespace amanat;
using namespace amanat::testdata;

namespace {

using Status = ExtractionResult::Status;

ExtractionResult extract(const QByteArray &data, const QString &name,
                         const QString &languages = QString())
{
    ExtractionInput input;
    input.name = name;
    input.mime = QStringLiteral("image/png");
    input.data = data;
    input.ocrLanguages = languages;
    return ImageExtractor().extract(input);
}

QImage photo(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x)
            image.setPixel(x, y, qRgb(x * 255 / width, y * 255 / height, 128));
    }
    return image;
}

/** A JPEG carrying EXIF date, camera and GPS tags, written by exiv2 in memory. */
QByteArray jpegWithExif(const QString &latitudeRef, const QString &longitudeRef)
{
    const QByteArray jpeg = encodeImage(photo(320, 240), "JPEG");
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()),
                                           jpeg.size());
    image->readMetadata();
    Exiv2::ExifData &exif = image->exifData();
    exif["Exif.Photo.DateTimeOriginal"] = std::string("2023:05:17 14:30:05");
    exif["Exif.Image.Make"] = std::string("Canon");
    exif["Exif.Image.Model"] = std::string("Canon EOS 5D Mark IV");
    exif["Exif.GPSInfo.GPSLatitudeRef"] = latitudeRef.toStdString();
    exif["Exif.GPSInfo.GPSLatitude"] = std::string("43/1 49/1 3060/100");
    exif["Exif.GPSInfo.GPSLongitudeRef"] = longitudeRef.toStdString();
    exif["Exif.GPSInfo.GPSLongitude"] = std::string("87/1 37/1 1200/100");
    image->writeMetadata();
    Exiv2::BasicIo &io = image->io();
    io.seek(0, Exiv2::BasicIo::beg);
    QByteArray written(qsizetype(io.size()), '\0');
    io.read(reinterpret_cast<Exiv2::byte *>(written.data()), written.size());
    return written;
}

long maxResidentKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

} // namespace

class TestExtractImage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accepts();
    void englishScan();
    void photoWithoutText();
    void exif_data();
    void exif();
    void pixelBomb_data();
    void pixelBomb();
    void multiPageTiff();
    void tiffWithOneHugePage();
    void missingOcrLanguage();
    void garbage_data();
    void garbage();
};

void TestExtractImage::accepts()
{
    ImageExtractor extractor;
    QVERIFY(extractor.accepts(QStringLiteral("image/jpeg"), QString()));
    QVERIFY(extractor.accepts(QStringLiteral("image/tiff"), QStringLiteral("scan")));
    QVERIFY(extractor.accepts(QStringLiteral("application/octet-stream"),
                              QStringLiteral("Scan 12.TIF")));
    QVERIFY(extractor.accepts(QString(), QStringLiteral("photo.webp")));
    QVERIFY(!extractor.accepts(QStringLiteral("image/svg+xml"), QStringLiteral("a.svg")));
    QVERIFY(!extractor.accepts(QStringLiteral("text/plain"), QStringLiteral("notes.txt")));
}

void TestExtractImage::englishScan()
{
    const QImage scan = renderText(kEnglishLines, QStringLiteral("DejaVu Sans"), 12);
    const ExtractionResult result = extract(encodeImage(scan, "PNG"), QStringLiteral("scan.png"));
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.metadata.value(QStringLiteral("width")).toInt(), scan.width());
    QCOMPARE(result.metadata.value(QStringLiteral("height")).toInt(), scan.height());
    QCOMPARE(result.metadata.value(QStringLiteral("page_count")).toInt(), 1);
    QVERIFY(!result.paged);
    QCOMPARE(result.pages.size(), 1);
    QVERIFY(result.pages.at(0).ocr);
    const double recall = wordRecall(kEnglishLines.join(u' '), result.pages.at(0).text);
    qInfo("PNG scan: %.1f %% of the words, confidence %.0f", recall * 100,
          result.pages.at(0).confidence);
    QVERIFY2(recall >= 0.9, qPrintable(QStringLiteral("%1 % of the words found in: %2")
                                           .arg(recall * 100, 0, 'f', 1)
                                           .arg(result.pages.at(0).text)));
    QCOMPARE(result.kindHint, QStringLiteral("scan"));
    QCOMPARE(result.ocrLanguages, QStringList{QStringLiteral("eng")});
    QCOMPARE(qMax(result.thumbnail.width(), result.thumbnail.height()),
             ExtractionResult::kThumbnailSize);
}

void TestExtractImage::photoWithoutText()
{
    const ExtractionResult result =
        extract(encodeImage(photo(512, 384), "JPEG"), QStringLiteral("photo.jpg"));
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.kindHint, QStringLiteral("image"));
    QCOMPARE(result.thumbnail.size(), QSize(256, 192));
    QVERIFY(result.exif.isEmpty());
}

void TestExtractImage::exif_data()
{
    QTest::addColumn<QString>("latitudeRef");
    QTest::addColumn<QString>("longitudeRef");
    QTest::addColumn<double>("sign");
    QTest::newRow("north-east") << QStringLiteral("N") << QStringLiteral("E") << 1.0;
    QTest::newRow("south-west") << QStringLiteral("S") << QStringLiteral("W") << -1.0;
}

void TestExtractImage::exif()
{
    QFETCH(QString, latitudeRef);
    QFETCH(QString, longitudeRef);
    QFETCH(double, sign);
    const ExtractionResult result =
        extract(jpegWithExif(latitudeRef, longitudeRef), QStringLiteral("photo.jpg"));
    QCOMPARE(result.status, Status::Ok);
    QCOMPARE(result.exif.value(QStringLiteral("date_time_original")).toString(),
             QStringLiteral("2023-05-17T14:30:05"));
    QCOMPARE(result.exif.value(QStringLiteral("camera_make")).toString(), QStringLiteral("Canon"));
    QCOMPARE(result.exif.value(QStringLiteral("camera_model")).toString(),
             QStringLiteral("Canon EOS 5D Mark IV"));
    QCOMPARE(result.metadata.value(QStringLiteral("camera")).toString(),
             QStringLiteral("Canon EOS 5D Mark IV"));
    const double latitude = result.exif.value(QStringLiteral("gps_latitude")).toDouble();
    const double longitude = result.exif.value(QStringLiteral("gps_longitude")).toDouble();
    QVERIFY2(qAbs(latitude - sign * (43 + 49 / 60.0 + 30.6 / 3600)) < 1e-6,
             qPrintable(QString::number(latitude, 'f', 8)));
    QVERIFY2(qAbs(longitude - sign * (87 + 37 / 60.0 + 12 / 3600.0)) < 1e-6,
             qPrintable(QString::number(longitude, 'f', 8)));
    QCOMPARE(result.metadata.value(QStringLiteral("width")).toInt(), 320);
}

void TestExtractImage::pixelBomb_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::newRow("png") << pngHeaderOnly(50000, 50000);
    QTest::newRow("tiff") << testdata::multiPageTiff({QImage()}, QSize(50000, 50000));
}

void TestExtractImage::pixelBomb()
{
    // 2.5 gigapixels: refused from the header, before a single row is decoded.
    QFETCH(QByteArray, data);
    const long residentBefore = maxResidentKb();
    QElapsedTimer timer;
    timer.start();
    const ExtractionResult result = extract(data, QStringLiteral("bomb.png"));
    const qint64 elapsed = timer.elapsed();
    QCOMPARE(result.status, Status::Failed);
    QCOMPARE(result.error, QStringLiteral("the image is too large (50000 × 50000 pixels)"));
    QVERIFY2(elapsed < 2000, qPrintable(QStringLiteral("%1 ms").arg(elapsed)));
    const long grownKb = maxResidentKb() - residentBefore;
    QVERIFY2(grownKb < 64 * 1024, qPrintable(QStringLiteral("grew by %1 KiB").arg(grownKb)));
}

void TestExtractImage::multiPageTiff()
{
    const QStringList first = {QStringLiteral("First page of the police file")};
    const QStringList second = {QStringLiteral("Second page lists the confiscated items")};
    const QByteArray tiff =
        testdata::multiPageTiff({renderText(first, QStringLiteral("DejaVu Sans"), 12),
                                 renderText(second, QStringLiteral("DejaVu Sans"), 12)});
    const ExtractionResult result = extract(tiff, QStringLiteral("file.tiff"));
    QCOMPARE(result.status, Status::Ok);
    QVERIFY(result.paged);
    QCOMPARE(result.metadata.value(QStringLiteral("page_count")).toInt(), 2);
    QCOMPARE(result.pages.size(), 2);
    QVERIFY(result.pages.at(0).ocr && result.pages.at(1).ocr);
    QVERIFY2(wordRecall(first.join(u' '), result.pages.at(0).text) >= 0.9,
             qPrintable(result.pages.at(0).text));
    QVERIFY2(wordRecall(second.join(u' '), result.pages.at(1).text) >= 0.9,
             qPrintable(result.pages.at(1).text));
    QCOMPARE(result.kindHint, QStringLiteral("scan"));
    QVERIFY(!result.thumbnail.isNull());
}

void TestExtractImage::tiffWithOneHugePage()
{
    QImage blank(200, 100, QImage::Format_Grayscale8);
    blank.fill(255);
    const ExtractionResult result = extract(
        testdata::multiPageTiff({blank, QImage()}, QSize(50000, 50000)), QStringLiteral("a.tif"));
    QCOMPARE(result.status, Status::Partial);
    QVERIFY2(result.error.contains(QStringLiteral("1 of 2 pages could not be read")),
             qPrintable(result.error));
    QVERIFY(result.error.contains(QStringLiteral("50000 × 50000")));
    QCOMPARE(result.pages.size(), 2);
    QCOMPARE(result.metadata.value(QStringLiteral("width")).toInt(), 200);
}

void TestExtractImage::missingOcrLanguage()
{
    const ExtractionResult result =
        extract(encodeImage(photo(64, 48), "PNG"), QStringLiteral("a.png"), QStringLiteral("ug"));
    QCOMPARE(result.status, Status::Partial);
    QVERIFY2(result.error.contains(QStringLiteral("OCR language ug is not installed")),
             qPrintable(result.error));
    QCOMPARE(result.metadata.value(QStringLiteral("width")).toInt(), 64);
    QVERIFY(!result.thumbnail.isNull());
}

void TestExtractImage::garbage_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QByteArray noise(8192, '\0');
    QRandomGenerator random(11);
    for (char &c : noise)
        c = char(random.bounded(256));
    const QString unreadable = QStringLiteral("the image is damaged or in a format");
    QTest::newRow("zero bytes") << QByteArray() << QStringLiteral("empty.png")
                                << QStringLiteral("the file is empty");
    QTest::newRow("random bytes named png") << noise << QStringLiteral("x.png") << unreadable;
    QTest::newRow("png signature then noise")
        << QByteArray("\x89PNG\r\n\x1a\n", 8) + noise << QStringLiteral("x.png") << unreadable;
    QTest::newRow("tiff signature then noise")
        << QByteArray("II*\0", 4) + noise << QStringLiteral("x.tif") << unreadable;
    QTest::newRow("jpeg signature only")
        << QByteArray("\xff\xd8\xff\xe0", 4) << QStringLiteral("x.jpg") << unreadable;
    const QByteArray png = encodeImage(photo(300, 200), "PNG");
    QTest::newRow("truncated png")
        << png.left(png.size() / 3) << QStringLiteral("t.png") << QString();
}

void TestExtractImage::garbage()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const ExtractionResult result = extract(data, name);
    if (reason.isEmpty()) {
        // Some decoders return what they could read: any status, but a reason if not Ok.
        QVERIFY(result.status == Status::Ok || !result.error.isEmpty());
        return;
    }
    QCOMPARE(result.status, Status::Failed);
    QVERIFY2(result.error.startsWith(reason), qPrintable(result.error));
}

QTEST_MAIN(TestExtractImage)
#include "tst_extract_image.moc"
