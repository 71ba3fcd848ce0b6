// Forms and tables at import (issue 16): how many of the words written in table cells the
// library's OCR text holds, on generated police forms (tests/common/PoliceScan), next to
// Tesseract's own reading of the same page image in one run.
//
//   bench_form_ocr [--pages N] [--languages chi_sim+eng]
//
// Per page: the page is written as PNG to a temporary folder; the baseline is
// `tesseract page.png stdout -l LANGUAGES --psm 3` (the command line, as anyone would run
// it); Amanat is OcrEngine::recognize, the code amanat-extract runs at import. A cell word
// (tests/common/PoliceScan cellWords: Latin words and numbers, runs of Han characters) is
// found when the text contains it (Latin case-insensitively; Han exactly, so an ideograph
// pair split by a space is a miss). Both run with OMP_THREAD_LIMIT=1. Prints Markdown.

#include "OcrEngine.h"
#include "PoliceScan.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace amanat;
using namespace amanat::test;

namespace {

struct Tally
{
    int words = 0, baseline = 0, amanat = 0;
    qint64 baselineMs = 0, amanatMs = 0;
};

QString percent(int part, int whole)
{
    return whole ? QString::number(100.0 * part / whole, 'f', 1) + QStringLiteral(" %")
                 : QStringLiteral("–");
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    // OpenMP reads this once, before main: set here it would be too late.
    if (qgetenv("OMP_THREAD_LIMIT") != "1") {
        std::fprintf(stderr, "Run with OMP_THREAD_LIMIT=1 in the environment, as amanat-extract "
                             "and the tesseract baseline are.\n");
        return 2;
    }
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("pages"), QStringLiteral("Pages per layout."),
                      QStringLiteral("N"), QStringLiteral("6")});
    parser.addOption({QStringLiteral("languages"), QStringLiteral("Tesseract languages."),
                      QStringLiteral("L"), QStringLiteral("chi_sim+eng")});
    parser.process(app);
    const int pages = qMax(1, parser.value(QStringLiteral("pages")).toInt());
    const QString languages = parser.value(QStringLiteral("languages"));
    QTemporaryDir dir;
    if (!dir.isValid())
        return 2;

    struct Variant
    {
        const char *name;
        ScanSpec::Layout layout;
    };
    const Variant variants[] = {{"registration form", ScanSpec::Layout::RegistrationForm},
                                {"surveillance table", ScanSpec::Layout::SurveillanceTable}};
    std::printf("| layout | pages | cell words | `tesseract --psm 3` | Amanat import OCR | "
                "time a page, tesseract / Amanat |\n|---|---|---|---|---|---|\n");
    Tally total;
    for (const Variant &variant : variants) {
        Tally tally;
        for (int n = 0; n < pages; ++n) {
            ScanSpec spec;
            spec.layout = variant.layout;
            spec.seed = quint32(100 + n);
            // Clean and worn copies alike: grey paper, noise, a slight turn, 200 or 300 dpi.
            spec.dpi = n % 3 == 2 ? 200 : 300;
            spec.paperGrey = n % 2 ? 225 : 255;
            spec.noise = n % 2 ? 10 : 0;
            spec.rotationDegrees = n % 4 == 3 ? 0.7 : 0;
            spec.pointSize = 10.5 + (n % 3);
            const GeneratedScan scan = generatePoliceScan(spec, ScanPerson::protectedWitness());
            const QString path = dir.filePath(QStringLiteral("page-%1.png").arg(n));
            if (!scan.image.save(path))
                return 2;
            const QStringList words = cellWords(scan.cellTexts);

            QElapsedTimer timer;
            timer.start();
            QProcess tesseract;
            tesseract.start(QStringLiteral("tesseract"),
                            {path, QStringLiteral("stdout"), QStringLiteral("-l"), languages,
                             QStringLiteral("--psm"), QStringLiteral("3")});
            if (!tesseract.waitForFinished(600000) || tesseract.exitCode() != 0) {
                std::fprintf(stderr, "tesseract failed\n");
                return 1;
            }
            const QString baselineText = QString::fromUtf8(tesseract.readAllStandardOutput());
            tally.baselineMs += timer.restart();
            QString error;
            const PageText ours = OcrEngine::recognize(scan.image, languages, &error);
            tally.amanatMs += timer.elapsed();
            if (!error.isEmpty()) {
                std::fprintf(stderr, "%s\n", qPrintable(error));
                return 1;
            }
            tally.words += int(words.size());
            tally.baseline += wordsFound(words, baselineText);
            tally.amanat += wordsFound(words, ours.text);
            for (const QString &w : words)
                if (!ours.text.contains(w, Qt::CaseInsensitive))
                    std::fprintf(stderr, "%s page %d: missed \"%s\"\n", variant.name, n,
                                 qPrintable(w));
        }
        std::printf("| %s | %d | %d | %s | %s | %.1f / %.1f s |\n", variant.name, pages,
                    tally.words, qPrintable(percent(tally.baseline, tally.words)),
                    qPrintable(percent(tally.amanat, tally.words)),
                    tally.baselineMs / 1000.0 / pages, tally.amanatMs / 1000.0 / pages);
        total.words += tally.words;
        total.baseline += tally.baseline;
        total.amanat += tally.amanat;
    }
    std::printf("| all | %d | %d | %s | %s | |\n", 2 * pages, total.words,
                qPrintable(percent(total.baseline, total.words)),
                qPrintable(percent(total.amanat, total.words)));
    return 0;
}
