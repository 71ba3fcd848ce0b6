// Where the database key lives in memory (issue 11): every copy of the raw key, and of its
// hex spelling, must sit in a locked page, also after connections come and go (SQLCipher
// unlocks whole pages when it frees a neighbouring buffer).

#include "db/Database.h"
#include "db/LockedSqliteMemory.h"
#include "db/Schema.h"

#include <QtTest>

#include <sodium.h>

using namespace amanat;

namespace {

struct Hit
{
    quintptr address = 0;
    bool locked = false;
    QByteArray mapping;
};

/** The mappings of this process with their VM_LOCKED flag, from /proc/self/smaps. */
struct Mapping
{
    quintptr start = 0;
    quintptr end = 0;
    bool readable = false;
    bool locked = false;
    QByteArray name;
};

QList<Mapping> mappings()
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    if (!smaps.open(QIODevice::ReadOnly))
        return {};
    QList<Mapping> result;
    const QRegularExpression header(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) (\\S+)"));
    for (const QByteArray &line : smaps.readAll().split('\n')) {
        const auto match = header.match(QString::fromLatin1(line));
        if (match.hasMatch()) {
            Mapping mapping;
            mapping.start = match.captured(1).toULongLong(nullptr, 16);
            mapping.end = match.captured(2).toULongLong(nullptr, 16);
            mapping.readable = match.captured(3).startsWith(QLatin1Char('r'));
            const QList<QByteArray> fields = line.simplified().split(' ');
            mapping.name = fields.size() > 5 ? fields.at(5) : QByteArray("[anon]");
            result << mapping;
        } else if (line.startsWith("VmFlags:") && !result.isEmpty()) {
            result.last().locked = line.split(' ').contains("lo");
        }
    }
    return result;
}

/** Every place in this process's readable memory that holds `needle`. The probe itself
 *  must not leave copies: memory is read in chunks into one locked buffer, wiped after. */
QList<Hit> find(const SecureBuffer &needle)
{
    QList<Hit> hits;
    QFile memory(QStringLiteral("/proc/self/mem"));
    if (!memory.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return hits;
    constexpr qint64 kChunk = 1 << 20;
    SecureBuffer chunk(std::size_t(kChunk) + needle.size());
    const QList<Mapping> all = mappings();
    for (const Mapping &mapping : all) {
        if (!mapping.readable || mapping.name == "[vvar]" || mapping.name == "[vsyscall]")
            continue;
        // Chunks overlap by the needle's length so no copy is split between two reads.
        for (quintptr from = mapping.start; from < mapping.end; from += quintptr(kChunk)) {
            const qint64 length =
                qMin<qint64>(qint64(mapping.end - from), kChunk + qint64(needle.size()) - 1);
            if (!memory.seek(qint64(from)))
                break;
            const qint64 got = memory.read(reinterpret_cast<char *>(chunk.data()), length);
            if (got <= 0)
                break;
            const auto *begin = chunk.data();
            for (const unsigned char *at = begin;;) {
                const std::size_t left = std::size_t(got) - std::size_t(at - begin);
                const void *match = memmem(at, left, needle.data(), needle.size());
                if (!match)
                    break;
                const auto *found = static_cast<const unsigned char *>(match);
                const quintptr address = from + quintptr(found - begin);
                // Neither the probe's own buffer nor the needle itself is a copy.
                const bool isOwnBuffer = address >= quintptr(chunk.data()) &&
                                         address < quintptr(chunk.data()) + chunk.size();
                if (!isOwnBuffer && address != quintptr(needle.data()))
                    hits << Hit{address, mapping.locked, mapping.name};
                at = found + 1;
            }
        }
    }
    sodium_memzero(chunk.data(), chunk.size());
    return hits;
}

SecureBuffer hexOf(const SecureBuffer &key, bool upper)
{
    SecureBuffer hex(key.size() * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char *>(hex.data()), hex.size(), key.data(), key.size());
    hex.truncate(key.size() * 2);
    if (upper) {
        for (std::size_t i = 0; i < hex.size(); ++i)
            hex.data()[i] = static_cast<unsigned char>(std::toupper(hex.data()[i]));
    }
    return hex;
}

QString describe(const QList<Hit> &hits)
{
    QStringList lines;
    for (const Hit &hit : hits)
        lines << QStringLiteral("%1 in %2 %3")
                     .arg(hit.address, 0, 16)
                     .arg(QString::fromLatin1(hit.mapping),
                          hit.locked ? QStringLiteral("(locked)") : QStringLiteral("(UNLOCKED)"));
    return lines.join(QStringLiteral("; "));
}

} // namespace

class TestKeyMemory : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /** All copies of the key (raw and hex) in memory, but for `key` itself. */
    QList<Hit> copiesOf(const SecureBuffer &key)
    {
        QList<Hit> hits = find(key);
        hits += find(hexOf(key, false));
        hits += find(hexOf(key, true));
        return hits;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(QStringLiteral("/proc/self/mem")), "needs /proc");
    }

    void probeTellsLockedFromUnlockedCopies()
    {
        // The same probe that must find nothing unlocked below finds an unlocked copy here.
        const SecureBuffer secret = SecureBuffer::random(32);
        const SecureBuffer lockedCopy = SecureBuffer::fromBytes(secret.data(), secret.size());
        QByteArray plain(reinterpret_cast<const char *>(secret.data()), int(secret.size()));
        plain.detach();
        const QList<Hit> hits = copiesOf(secret);
        const bool inLocked =
            std::any_of(hits.begin(), hits.end(), [](const Hit &h) { return h.locked; });
        const bool inUnlocked =
            std::any_of(hits.begin(), hits.end(), [](const Hit &h) { return !h.locked; });
        QVERIFY2(inLocked, qPrintable(describe(hits)));
        QVERIFY2(inUnlocked, qPrintable(describe(hits)));
        sodium_memzero(plain.data(), std::size_t(plain.size()));
    }

    void databaseKeyCopiesStayLocked()
    {
        const SecureBuffer key = SecureBuffer::random(32);
        const QString path = m_dir.filePath(QStringLiteral("keys.db"));
        {
            // A new library: created, filled, closed.
            auto db = Database::open(path, key, Database::Mode::Create);
            QVERIFY2(db.ok(), qPrintable(db.error().message));
            QVERIFY(LockedSqliteMemory::active());
            QVERIFY(Schema::migrate(*db).ok());
            QVERIFY(db->exec("INSERT INTO meta(key, value) VALUES ('k', 'v')").ok());
        }
        // Connections opened and closed in turn: closing one frees SQLCipher buffers,
        // which unlocks their pages, beside the key buffers of the one still open.
        auto first = Database::open(path, key, Database::Mode::OpenExisting);
        QVERIFY(first.ok());
        {
            auto second = Database::open(path, key, Database::Mode::OpenExisting);
            QVERIFY(second.ok());
            QVERIFY(second->exec("INSERT INTO meta(key, value) VALUES ('k2', 'v2')").ok());
        }
        auto third = Database::open(path, key, Database::Mode::OpenExisting);
        QVERIFY(third.ok());
        QCOMPARE(*first->scalar("SELECT count(*) FROM meta WHERE key LIKE 'k%'"), qint64(2));
        QVERIFY(third->exec("INSERT INTO meta(key, value) VALUES ('k3', 'v3')").ok());

        const QList<Hit> hits = copiesOf(key);
        // SQLCipher's copies for the two open connections.
        QVERIFY2(hits.size() >= 2, qPrintable(describe(hits)));
        for (const Hit &hit : hits)
            QVERIFY2(hit.locked, qPrintable(describe(hits)));
    }

    void poolIsWipedWhenConnectionsClose()
    {
        const SecureBuffer key = SecureBuffer::random(32);
        const QString path = m_dir.filePath(QStringLiteral("wipe.db"));
        const std::size_t before = LockedSqliteMemory::bytesInUse();
        {
            auto db = Database::open(path, key, Database::Mode::Create);
            QVERIFY(db.ok());
            QVERIFY(LockedSqliteMemory::bytesInUse() > before);
        }
        QCOMPARE(LockedSqliteMemory::bytesInUse(), before);
        const QList<Hit> hits = copiesOf(key);
        QVERIFY2(hits.isEmpty(), qPrintable(describe(hits)));
    }
};

QTEST_GUILESS_MAIN(TestKeyMemory)
#include "tst_key_memory.moc"
