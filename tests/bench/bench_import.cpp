// bench_import: import throughput of Amanat, for docs/benchmarks.md (issue 2).
//
//   bench_import generate DIR [--mib N] [--seed S]
//       Writes N MiB (default 1024) of mixed, deterministic files into DIR (must not exist).
//   bench_import import encrypted|unencrypted SOURCE OUTPUT [--pragma NAME=VALUE]...
//       Imports every file under SOURCE into a new encrypted library (the CLI's path:
//       Library::create, then Library::open and library->importer()) or into a new
//       unencrypted database with the same schema and the same Importer code. Prints
//       key=value lines; the timed part excludes key derivation (reported apart).
//       --pragma is for diagnosis only (e.g. synchronous=NORMAL); the reported figures use
//       none.
//   bench_import hash SOURCE
//       Reads and SHA-256-hashes every file under SOURCE the way BlobStore does (1 MiB
//       reads, the same Sha256 class), to split the import's cost.
//
// Run it through run_import_bench.sh, which generates the data, drops the page cache and
// compares against cp.

#include "crypto/SecureBuffer.h"
#include "crypto/Sha256.h"
#include "db/Database.h"
#include "db/Schema.h"
#include "repository/BlobStore.h"
#include "custody/CustodyLog.h"
#include "repository/Importer.h"
#include "repository/ItemRepository.h"
#include "library/Library.h"
#include "repository/TagRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <sys/resource.h>
#include <unistd.h>
#include <vector>

using namespace amanat;

namespace {

constexpr const char kPassphrase[] = "correct horse battery staple, benchmark only";
constexpr const char kProgram[] = "bench_import";
constexpr qint64 kMiB = 1 << 20;
constexpr qint64 kKiB = 1 << 10;

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/** CPU time this process has used so far: user and system seconds. */
struct CpuTime
{
    double user = 0;
    double system = 0;

    static CpuTime now()
    {
        rusage usage{};
        ::getrusage(RUSAGE_SELF, &usage);
        const auto seconds = [](const timeval &t) {
            return double(t.tv_sec) + t.tv_usec / 1e6;
        };
        return {seconds(usage.ru_utime), seconds(usage.ru_stime)};
    }
    CpuTime operator-(const CpuTime &other) const
    {
        return {user - other.user, system - other.system};
    }
};

void say(const QString &line)
{
    std::fprintf(stdout, "%s\n", line.toLocal8Bit().constData());
    std::fflush(stdout);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "bench_import: %s\n", message.toLocal8Bit().constData());
    return 1;
}

/** xoshiro256**, seeded through splitmix64: fast and the same on every machine. */
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (std::uint64_t &word : m_state) {
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            word = z ^ (z >> 31);
        }
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_state[1] * 5, 7) * 9;
        const std::uint64_t t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }

    /** A number in [low, high]. */
    qint64 between(qint64 low, qint64 high)
    {
        return low + qint64(next() % std::uint64_t(high - low + 1));
    }

    void fill(char *data, qint64 size)
    {
        qint64 i = 0;
        for (; i + 8 <= size; i += 8) {
            const std::uint64_t word = next();
            std::memcpy(data + i, &word, 8);
        }
        if (i < size) {
            const std::uint64_t word = next();
            std::memcpy(data + i, &word, std::size_t(size - i));
        }
    }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_state[4];
};

enum class Content
{
    Random,
    Text
};

struct PlannedFile
{
    QString path; ///< relative to the data folder
    qint64 size;
    Content content;
    QByteArray magic; ///< first bytes, so MIME sniffing sees a plausible file
};

/** The mix: a few 100 MiB videos, dozens of 1-20 MiB scans and PDF-like reports, and
 *  hundreds of 10-200 KiB documents (text, images, office files). About 97% of the bytes
 *  are incompressible; the text documents are not. The scans fill the total up exactly. */
QVector<PlannedFile> planFiles(qint64 totalBytes, std::uint64_t seed)
{
    Random random(seed);
    QVector<PlannedFile> plan;
    qint64 planned = 0;
    const auto add = [&](const QString &path, qint64 size, Content content, QByteArray magic) {
        plan.append({path, size, content, std::move(magic)});
        planned += size;
    };

    const int documents = int(qMax<qint64>(totalBytes * 600 / (1024 * kMiB), 1));
    for (int i = 0; i < documents; ++i) {
        const qint64 size = random.between(10 * kKiB, 200 * kKiB);
        const QString folder = QStringLiteral("documents/%1/").arg(i % 12, 2, 10, QLatin1Char('0'));
        const QString number = QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0'));
        switch (random.next() % 5) {
        case 0:
            add(folder + QStringLiteral("note-") + number + QStringLiteral(".txt"), size,
                Content::Text, {});
            break;
        case 1:
            add(folder + QStringLiteral("page-") + number + QStringLiteral(".html"), size,
                Content::Text, "<!DOCTYPE html>\n<html><body>\n");
            break;
        case 2:
            add(folder + QStringLiteral("photo-") + number + QStringLiteral(".jpg"), size,
                Content::Random, QByteArray("\xff\xd8\xff\xe0\x00\x10JFIF\x00", 11));
            break;
        default:
            add(folder + QStringLiteral("statement-") + number + QStringLiteral(".docx"), size,
                Content::Random, QByteArray("PK\x03\x04\x14\x00\x06\x00", 8));
            break;
        }
    }

    const int videos = int(qMin<qint64>(4, totalBytes * 4 / (1000 * kMiB)));
    for (int i = 0; i < videos; ++i)
        add(QStringLiteral("videos/interview-%1.mp4").arg(i + 1, 2, 10, QLatin1Char('0')),
            100 * kMiB, Content::Random,
            QByteArray("\x00\x00\x00\x20"
                       "ftypisom",
                       12));

    for (int i = 0; planned < totalBytes; ++i) {
        const qint64 left = totalBytes - planned;
        qint64 size = random.between(1 * kMiB, 20 * kMiB) + random.between(0, kKiB - 1);
        if (left - size < 1 * kMiB)
            size = left;
        const QString number = QStringLiteral("%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        if (i % 3 == 0)
            add(QStringLiteral("scans/scan-") + number + QStringLiteral(".tiff"), size,
                Content::Random, QByteArray("II*\x00", 4));
        else
            add(QStringLiteral("reports/report-") + number + QStringLiteral(".pdf"), size,
                Content::Random, "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n");
    }
    return plan;
}

void fillText(Random &random, char *data, qint64 size)
{
    static const char *const kWords[] = {
        "the",        "witness",  "stated",   "that",     "on",         "morning",  "of",
        "detention",  "soldiers", "arrived",  "village",  "checkpoint", "and",      "were",
        "taken",      "to",       "a",        "building", "near",       "river",    "where",
        "questioned", "for",      "three",    "days",     "without",    "food",     "water",
        "families",   "not",      "informed", "document", "signed",     "under",    "pressure",
        "report",     "records",  "names",    "dates",    "place",      "incident", "evidence"};
    constexpr int kWordCount = sizeof kWords / sizeof kWords[0];
    qint64 i = 0;
    int wordsInLine = 0;
    while (i < size) {
        const char *word = kWords[random.next() % kWordCount];
        const qint64 n = qMin<qint64>(qint64(std::strlen(word)), size - i);
        std::memcpy(data + i, word, std::size_t(n));
        i += n;
        if (i < size)
            data[i++] = ++wordsInLine % 14 == 0 ? '\n' : ' ';
    }
}

int generate(const QString &dir, qint64 totalBytes, std::uint64_t seed)
{
    if (QFileInfo::exists(dir))
        return fail(QStringLiteral("%1 already exists; give a new folder.").arg(dir));
    const QVector<PlannedFile> plan = planFiles(totalBytes, seed);
    QByteArray buffer(int(kMiB), Qt::Uninitialized);
    qint64 written = 0;
    for (int index = 0; index < plan.size(); ++index) {
        const PlannedFile &planned = plan[index];
        const QString path = dir + QLatin1Char('/') + planned.path;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
        // Each file has its own stream, so a file's bytes do not depend on the others.
        Random random(seed * 1000003ULL + std::uint64_t(index) + 1);
        qint64 left = planned.size;
        bool first = true;
        while (left > 0) {
            const qint64 n = qMin<qint64>(left, buffer.size());
            if (planned.content == Content::Text)
                fillText(random, buffer.data(), n);
            else
                random.fill(buffer.data(), n);
            if (first && !planned.magic.isEmpty())
                std::memcpy(buffer.data(), planned.magic.constData(),
                            std::size_t(qMin<qint64>(planned.magic.size(), n)));
            first = false;
            if (file.write(buffer.constData(), n) != n)
                return fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
            left -= n;
        }
        written += planned.size;
    }
    say(QStringLiteral("files=%1").arg(plan.size()));
    say(QStringLiteral("bytes=%1").arg(written));
    return 0;
}

/** Peak resident set size of this process (kB), from /proc/self/status. */
qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/** Starts a new peak-RSS measurement (Linux ≥ 4.0), so Argon2id's 256 MiB is not counted. */
bool resetPeakRss()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

qint64 folderBytes(const QString &dir)
{
    qint64 total = 0;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        total += it.fileInfo().size();
    }
    return total;
}

Status applyPragmas(Database &db, const QStringList &pragmas)
{
    for (const QString &pragma : pragmas) {
        const QByteArray sql = "PRAGMA " + pragma.toUtf8();
        AMANAT_TRY(db.exec(sql.constData()));
    }
    return {};
}

struct Totals
{
    int files = 0;
    qint64 bytes = 0;
};

/** The CLI's import loop (app/cli/ItemCommands.cpp, runImport) without its output. */
Result<Totals> importAll(Importer &importer, const QStringList &files)
{
    const ImportOptions options;
    std::atomic_bool cancelled{false};
    Totals totals;
    for (const QString &file : files) {
        auto outcome = importer.importFile(file, options, &cancelled);
        if (!outcome.ok())
            return makeError(outcome.error().code,
                             QStringLiteral("%1: %2").arg(file, outcome.error().message));
        if (outcome->duplicate)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("%1 is a duplicate; the benchmark data must not "
                                            "hold any.")
                                 .arg(file));
        ++totals.files;
        totals.bytes += QFileInfo(file).size();
    }
    return totals;
}

struct Phases
{
    double setup = 0;      ///< creating the store, key derivation included (not timed)
    double import = 0;     ///< collectFiles + importFile for every file
    double checkpoint = 0; ///< final WAL checkpoint
    double close = 0;      ///< closing the database, then sync()
    CpuTime cpu;           ///< CPU time of the timed phases
};

void report(const char *mode, const Totals &totals, const Phases &phases, qint64 storeBytes,
            qint64 setupPeakRss)
{
    const double timed = phases.import + phases.checkpoint + phases.close;
    say(QStringLiteral("mode=%1").arg(QLatin1String(mode)));
    say(QStringLiteral("files=%1").arg(totals.files));
    say(QStringLiteral("bytes=%1").arg(totals.bytes));
    say(QStringLiteral("setup_s=%1").arg(phases.setup, 0, 'f', 3));
    say(QStringLiteral("import_s=%1").arg(phases.import, 0, 'f', 3));
    say(QStringLiteral("checkpoint_s=%1").arg(phases.checkpoint, 0, 'f', 3));
    say(QStringLiteral("close_s=%1").arg(phases.close, 0, 'f', 3));
    say(QStringLiteral("timed_s=%1").arg(timed, 0, 'f', 3));
    say(QStringLiteral("mib_per_s=%1").arg(double(totals.bytes) / kMiB / timed, 0, 'f', 1));
    say(QStringLiteral("cpu_user_s=%1").arg(phases.cpu.user, 0, 'f', 3));
    say(QStringLiteral("cpu_sys_s=%1").arg(phases.cpu.system, 0, 'f', 3));
    say(QStringLiteral("store_bytes=%1").arg(storeBytes));
    say(QStringLiteral("setup_peak_rss_kib=%1").arg(setupPeakRss));
    say(QStringLiteral("import_peak_rss_kib=%1").arg(peakRssKiB()));
}

int importEncrypted(const QString &source, const QString &output, const QStringList &pragmas)
{
    Phases phases;
    const SecureBuffer passphrase = SecureBuffer::fromBytes(kPassphrase, sizeof kPassphrase - 1);
    auto start = Clock::now();
    {
        // amanat-cli init
        auto created = Library::create(output, passphrase, QString::fromLatin1(kProgram));
        if (!created.ok())
            return fail(created.error().message);
    }
    // amanat-cli import: Cli::open is Library::open with the passphrase.
    auto library =
        Library::open(output, passphrase, Library::Access::Write, QString::fromLatin1(kProgram));
    if (!library.ok())
        return fail(library.error().message);
    auto status = applyPragmas((*library)->database(), pragmas);
    if (!status.ok())
        return fail(status.error().message);
    phases.setup = secondsSince(start);
    const qint64 setupPeakRss = peakRssKiB();
    resetPeakRss();

    const CpuTime cpuStart = CpuTime::now();
    start = Clock::now();
    auto files = Importer::collectFiles({source});
    if (!files.ok())
        return fail(files.error().message);
    auto totals = importAll((*library)->importer(), *files);
    if (!totals.ok())
        return fail(totals.error().message);
    phases.import = secondsSince(start);

    start = Clock::now();
    status = (*library)->database().checkpoint();
    if (!status.ok())
        return fail(status.error().message);
    phases.checkpoint = secondsSince(start);

    start = Clock::now();
    library->reset();
    ::sync();
    phases.close = secondsSince(start);
    phases.cpu = CpuTime::now() - cpuStart;

    report("encrypted", *totals, phases, folderBytes(output), setupPeakRss);
    return 0;
}

int importUnencrypted(const QString &source, const QString &output, const QStringList &pragmas)
{
    Phases phases;
    const QString path = output + QStringLiteral("/library.db");
    auto start = Clock::now();
    if (QFileInfo::exists(output) || !QDir().mkpath(output))
        return fail(QStringLiteral("%1 already exists or cannot be made.").arg(output));
    {
        // Created, migrated and closed, then opened again, as a library is.
        auto db = Database::openUnencrypted(path, Database::Mode::Create);
        if (!db.ok())
            return fail(db.error().message);
        auto status = Schema::migrate(*db);
        if (!status.ok())
            return fail(status.error().message);
    }
    auto db = Database::openUnencrypted(path, Database::Mode::OpenExisting);
    if (!db.ok())
        return fail(db.error().message);
    auto status = applyPragmas(*db, pragmas);
    if (!status.ok())
        return fail(status.error().message);
    {
        const SecureBuffer headKey = SecureBuffer::random(32);
        CustodyLog custody(*db, headKey,
                           CustodyLog::actorForThisProcess(QString::fromLatin1(kProgram)));
        TagRepository tags(*db, custody);
        SearchIndex index(*db);
        ItemRepository items(*db, custody, tags, index);
        BlobStore blobs(*db);
        Importer importer(*db, items, tags, blobs);
        phases.setup = secondsSince(start);
        const qint64 setupPeakRss = peakRssKiB();
        resetPeakRss();

        const CpuTime cpuStart = CpuTime::now();
        start = Clock::now();
        auto files = Importer::collectFiles({source});
        if (!files.ok())
            return fail(files.error().message);
        auto totals = importAll(importer, *files);
        if (!totals.ok())
            return fail(totals.error().message);
        phases.import = secondsSince(start);

        start = Clock::now();
        status = db->checkpoint();
        if (!status.ok())
            return fail(status.error().message);
        phases.checkpoint = secondsSince(start);

        start = Clock::now();
        {
            Database closing = std::move(*db);
        }
        ::sync();
        phases.close = secondsSince(start);
        phases.cpu = CpuTime::now() - cpuStart;

        report("unencrypted", *totals, phases, folderBytes(output), setupPeakRss);
    }
    return 0;
}

int hashOnly(const QString &source)
{
    auto start = Clock::now();
    auto files = Importer::collectFiles({source});
    if (!files.ok())
        return fail(files.error().message);
    QByteArray buffer(int(BlobStore::kChunkSize), Qt::Uninitialized);
    double hashing = 0;
    Totals totals;
    for (const QString &path : *files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
        Sha256 hash;
        for (;;) {
            const qint64 n = file.read(buffer.data(), buffer.size());
            if (n < 0)
                return fail(QStringLiteral("%1: %2").arg(path, file.errorString()));
            if (n == 0)
                break;
            const auto hashStart = Clock::now();
            hash.add(buffer.constData(), n);
            hashing += secondsSince(hashStart);
            totals.bytes += n;
        }
        (void)hash.hexDigest();
        ++totals.files;
    }
    const double total = secondsSince(start);
    say(QStringLiteral("mode=hash"));
    say(QStringLiteral("files=%1").arg(totals.files));
    say(QStringLiteral("bytes=%1").arg(totals.bytes));
    say(QStringLiteral("total_s=%1").arg(total, 0, 'f', 3));
    say(QStringLiteral("sha256_s=%1").arg(hashing, 0, 'f', 3));
    say(QStringLiteral("sha256_mib_per_s=%1")
            .arg(double(totals.bytes) / kMiB / hashing, 0, 'f', 1));
    return 0;
}

int usage()
{
    std::fprintf(stderr, "usage: bench_import generate DIR [--mib N] [--seed S]\n"
                         "       bench_import import encrypted|unencrypted SOURCE OUTPUT "
                         "[--pragma NAME=VALUE]...\n"
                         "       bench_import hash SOURCE\n");
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args.isEmpty())
        return usage();
    const QString command = args.takeFirst();

    if (command == QLatin1String("generate")) {
        qint64 mib = 1024;
        std::uint64_t seed = 2;
        QString dir;
        while (!args.isEmpty()) {
            const QString arg = args.takeFirst();
            if (arg == QLatin1String("--mib") && !args.isEmpty())
                mib = args.takeFirst().toLongLong();
            else if (arg == QLatin1String("--seed") && !args.isEmpty())
                seed = args.takeFirst().toULongLong();
            else if (dir.isEmpty() && !arg.startsWith(QLatin1Char('-')))
                dir = arg;
            else
                return usage();
        }
        if (dir.isEmpty() || mib <= 0)
            return usage();
        return generate(dir, mib * kMiB, seed);
    }

    if (command == QLatin1String("import")) {
        QStringList pragmas;
        QStringList positional;
        while (!args.isEmpty()) {
            const QString arg = args.takeFirst();
            if (arg == QLatin1String("--pragma") && !args.isEmpty())
                pragmas << args.takeFirst();
            else
                positional << arg;
        }
        if (positional.size() != 3)
            return usage();
        if (positional[0] == QLatin1String("encrypted"))
            return importEncrypted(positional[1], positional[2], pragmas);
        if (positional[0] == QLatin1String("unencrypted"))
            return importUnencrypted(positional[1], positional[2], pragmas);
        return usage();
    }

    if (command == QLatin1String("hash") && args.size() == 1)
        return hashOnly(args[0]);
    return usage();
}
