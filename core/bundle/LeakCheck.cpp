#include "LeakCheck.h"

#include "HelperRun.h"
#include "PdfObjectScanner.h"
#include "redaction/ByteScanner.h"
#include "redaction/TermMatcher.h"

#include <QDir>
#include <QFileInfo>
#include <QDirIterator>
#include <QFile>
#include <QMutex>
#include <QThread>
#include <QThreadPool>

#include <qpdf/QPDF.hh>

#include <exception>
#include <optional>

namespace amanat {

namespace {

/** Pages per helper run. Each run starts a helper and parses the whole filing PDF, so a
 *  run of 8 pages cost a 900-page bundle 116 starts and 116 parses; runs are now as long as
 *  sharing the work among the cores allows (four runs a core), at most 32 pages, so that a
 *  run of scans read by OCR (a few seconds a page) stays far inside the helper's time limit,
 *  and as short as 2 pages, so that the few scans of a small bundle are read in parallel. */
constexpr int kMinPagesPerRun = 2;
constexpr int kMaxPagesPerRun = 32;

int pagesPerRun(int pages, int threads)
{
    const int share = (pages + 4 * threads - 1) / (4 * threads);
    return qBound(kMinPagesPerRun, share, kMaxPagesPerRun);
}

/** Text files of a bundle that are also read as text, not only as bytes. */
bool isTextFile(const QString &path)
{
    return path.endsWith(QLatin1String(".json")) || path.endsWith(QLatin1String(".sha256")) ||
           path.endsWith(QLatin1String(".txt")) || path.endsWith(QLatin1String(".csv"));
}

Result<int> pageCountOf(const QString &path)
{
    try {
        QPDF pdf;
        pdf.setSuppressWarnings(true);
        pdf.processFile(QFile::encodeName(path).constData());
        return int(pdf.getAllPages().size());
    } catch (const std::exception &) {
        return makeError(ErrorCode::Corrupt,
                         LeakCheck::tr("%1 cannot be read back for the leak check.")
                             .arg(QFileInfo(path).fileName()));
    }
}

struct PageRun
{
    QString file;
    int first = 1;
    int last = 1;
    std::optional<Status> status;
    QVector<LeakFinding> findings;
    QVector<LeakPageChecked> checked;
};

} // namespace

Result<LeakCheckReport> LeakCheck::run(const Input &input)
{
    LeakCheckReport report;
    auto say = [&](const QString &text) {
        if (input.progress)
            input.progress(text);
    };
    if (input.terms.isEmpty())
        return report;
    const TermMatcher names(input.terms, TermMatcher::Tolerance::Check);
    const ByteScanner bytes(input.terms);
    const QDir folder(input.folder);

    // File names, and the folder's own.
    for (const TermMatcher::Span &span : names.find(input.folderName))
        report.problems.append(
            LeakProblem{QString(), 0, span.term, tr("the bundle folder's name")});
    QStringList files;
    for (QDirIterator it(input.folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
         it.hasNext();)
        files << folder.relativeFilePath(it.next());
    files.sort();
    for (const QString &file : std::as_const(files))
        for (const TermMatcher::Span &span : names.find(file))
            report.problems.append(LeakProblem{file, 0, span.term, tr("the file's name")});

    // Every byte of every file.
    say(tr("Checking the bytes of %n file(s)…", nullptr, int(files.size())));
    for (const QString &file : std::as_const(files)) {
        QFile f(folder.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             tr("%1 cannot be read back for the leak check.").arg(file));
        for (int term : bytes.scan(f))
            report.problems.append(LeakProblem{file, 0, term, tr("the file's bytes")});
        if (isTextFile(file)) {
            f.seek(0);
            for (const TermMatcher::Span &span : names.find(QString::fromUtf8(f.readAll())))
                report.problems.append(LeakProblem{file, 0, span.term, tr("the file's text")});
        }
        ++report.files;
    }

    // Every object of every filing PDF.
    for (const QString &pdf : input.filingPdfs) {
        say(tr("Reading every object of %1…").arg(pdf));
        auto findings = PdfObjectScanner::scan(folder.filePath(pdf), input.terms);
        if (!findings.ok())
            return findings.error();
        for (const PdfObjectFinding &f : std::as_const(*findings))
            report.problems.append(
                LeakProblem{pdf, 0, f.term, tr("%1 (PDF object %2)").arg(f.where).arg(f.object)});
    }

    // Every page, read back by the helper: text layers and, where needed, pixels.
    QVector<PageRun> runs;
    QMap<QString, QByteArray> contents;
    for (const QString &pdf : input.filingPdfs) {
        auto pages = pageCountOf(folder.filePath(pdf));
        if (!pages.ok())
            return pages.error();
        QFile f(folder.filePath(pdf));
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             tr("%1 cannot be read back for the leak check.").arg(pdf));
        contents.insert(pdf, f.readAll());
        const int perRun = pagesPerRun(*pages, qMax(1, QThread::idealThreadCount()));
        for (int first = 1; first <= *pages; first += perRun)
            runs.append(PageRun{pdf, first, qMin(*pages, first + perRun - 1), {}, {}, {}});
        report.pages += *pages;
    }
    say(tr("Reading back %n page(s) as a recipient would…", nullptr, report.pages));
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, QThread::idealThreadCount()));
    for (PageRun &run : runs) {
        pool.start([&run, &input, &contents] {
            if (input.cancelled && input.cancelled->load())
                return; // no status: reported as cancelled below
            LeakCheckRequest request;
            request.firstPage = run.first;
            request.lastPage = run.last;
            request.terms = input.terms;
            request.languageGroups = input.languageGroups;
            const QByteArray &data = contents[run.file];
            request.size = data.size();
            run.status = HelperRun(input.helperPath, input.timeoutSeconds)
                             .run(QStringLiteral("--leak-check"), request.headerLine(), data,
                                  run.file, [&run](const QJsonObject &json) {
                                      LeakFinding finding;
                                      if (LeakFinding::fromJson(json, &finding)) {
                                          run.findings.append(finding);
                                          return true;
                                      }
                                      LeakPageChecked checked;
                                      if (LeakPageChecked::fromJson(json, &checked)) {
                                          run.checked.append(checked);
                                          return true;
                                      }
                                      return false;
                                  });
        });
    }
    pool.waitForDone();
    if (input.cancelled && input.cancelled->load())
        return makeError(ErrorCode::Cancelled, QString());
    for (const PageRun &run : std::as_const(runs)) {
        if (!run.status || !run.status->ok())
            return run.status ? run.status->error()
                              : makeError(ErrorCode::Internal,
                                          tr("The leak check of %1 did not run.").arg(run.file));
        if (run.checked.size() != run.last - run.first + 1)
            return makeError(ErrorCode::Internal,
                             tr("The leak check did not read every page of %1.").arg(run.file));
        for (const LeakPageChecked &checked : run.checked)
            report.pagesOcr += checked.pixels ? 1 : 0;
        for (const LeakFinding &finding : run.findings) {
            if (input.kept && input.kept(run.file, finding)) {
                ++report.kept;
                continue;
            }
            report.problems.append(LeakProblem{run.file, finding.page, finding.term,
                                               finding.where == LeakFinding::Where::Pixels
                                                   ? tr("the page image (OCR)")
                                                   : tr("the text layer")});
        }
    }
    return report;
}

} // namespace amanat
