#include "crypto/RecoveryKey.h"
#include "library/Library.h"

#include <QDirIterator>
#include <QtTest>

using namespace amanat;

namespace {

SecureBuffer secret(const char *text)
{
    return SecureBuffer::fromBytes(text, std::strlen(text));
}

const QString kProgram = QStringLiteral("tst_library");

} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_recoveryKey;

    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static QByteArray folderBytes(const QString &folder)
    {
        QByteArray all;
        QDirIterator it(folder, QDir::Files | QDir::Hidden);
        while (it.hasNext()) {
            QFile file(it.next());
            if (file.open(QIODevice::ReadOnly))
                all += file.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = path("Casework.amanat");
        auto created = Library::create(m_path, secret("correct horse battery"), kProgram);
        QVERIFY2(created.ok(), qPrintable(created.error().message));
        m_recoveryKey = QByteArray(created->recoveryKey.chars(), int(created->recoveryKey.size()));
        QCOMPARE(m_recoveryKey.size(), 39);
        QFile canary(path("canary-Zq81x.txt"));
        QVERIFY(canary.open(QIODevice::WriteOnly));
        canary.write("the canary Zq81x sings");
        canary.close();
        auto imported = created->library->importer().importFile(canary.fileName(), {});
        QVERIFY(imported.ok());
    }

    void folderHoldsOnlyCiphertext()
    {
        QVERIFY(QFile::exists(Library::databasePath(m_path)));
        QVERIFY(QFile::exists(Library::keySlotsPath(m_path)));
        const QByteArray bytes = folderBytes(m_path);
        QVERIFY(!bytes.contains("Zq81x"));
        QVERIFY(!bytes.contains("SQLite format 3"));
        QCOMPARE(QDir(m_dir.path())
                     .entryList(QDir::Hidden | QDir::AllEntries | QDir::NoDotAndDotDot)
                     .filter(QStringLiteral(".creating")),
                 QStringList());
    }

    void wrongPassphraseChangesNothing()
    {
        const QByteArray before = folderBytes(m_path);
        auto library =
            Library::open(m_path, secret("wrong horse battery"), Library::Access::Write, kProgram);
        QCOMPARE(library.error().code, ErrorCode::WrongSecret);
        QCOMPARE(folderBytes(m_path), before);
    }

    void oneWriterAtATime()
    {
        auto writer = Library::open(m_path, secret("correct horse battery"), Library::Access::Write,
                                    kProgram);
        QVERIFY(writer.ok());
        auto second =
            Library::open(m_path, secret("correct horse battery"), Library::Access::Read, kProgram);
        QCOMPARE(second.error().code, ErrorCode::InUse);
        QVERIFY(second.error().message.contains(QLatin1String("in use")));
        writer->reset();
        auto reader =
            Library::open(m_path, secret("correct horse battery"), Library::Access::Read, kProgram);
        QVERIFY(reader.ok());
        auto anotherReader =
            Library::open(m_path, secret("correct horse battery"), Library::Access::Read, kProgram);
        QVERIFY(anotherReader.ok());
        auto blockedWriter = Library::open(m_path, secret("correct horse battery"),
                                           Library::Access::Write, kProgram);
        QCOMPARE(blockedWriter.error().code, ErrorCode::InUse);
    }

    void createRefusesBadTargets()
    {
        QCOMPARE(Library::create(path("short"), secret("short"), kProgram).error().code,
                 ErrorCode::InvalidInput);
        QVERIFY(!QFileInfo::exists(path("short")));
        QCOMPARE(Library::create(m_path, secret("correct horse battery"), kProgram).error().code,
                 ErrorCode::AlreadyExists);
        QCOMPARE(
            Library::create(path("no/such/parent/lib"), secret("correct horse battery"), kProgram)
                .error()
                .code,
            ErrorCode::NotFound);
        QCOMPARE(Library::open(m_dir.path(), secret("correct horse battery"), Library::Access::Read,
                               kProgram)
                     .error()
                     .code,
                 ErrorCode::NotALibrary);
    }

    void verifyPassesOnAHealthyLibrary()
    {
        auto library =
            Library::open(m_path, secret("correct horse battery"), Library::Access::Read, kProgram);
        QVERIFY(library.ok());
        auto report = (*library)->verify();
        QVERIFY(report.ok());
        QVERIFY2(report->ok(), qPrintable(report->integrityProblem + report->custody.problem));
        QCOMPARE(report->originalsChecked, qint64(1));
    }

    void backupIsAUsableLibrary()
    {
        const QString copy = path("backup.amanat");
        {
            auto library = Library::open(m_path, secret("correct horse battery"),
                                         Library::Access::Write, kProgram);
            QVERIFY(library.ok());
            QVERIFY((*library)->backup(copy).ok());
            QCOMPARE((*library)->backup(copy).error().code, ErrorCode::AlreadyExists);
        }
        auto restored =
            Library::open(copy, secret("correct horse battery"), Library::Access::Read, kProgram);
        QVERIFY2(restored.ok(), qPrintable(restored.error().message));
        QCOMPARE((*restored)->items().list()->size(), 1);
        QVERIFY((*restored)->verify()->ok());
        QCOMPARE((*restored)->custody().events()->last().action, QStringLiteral("backup"));
    }

    void flippedDatabaseByteIsNeverSilent()
    {
        const QString copy = path("flipped.amanat");
        {
            auto library = Library::open(m_path, secret("correct horse battery"),
                                         Library::Access::Write, kProgram);
            QVERIFY((*library)->backup(copy).ok());
        }
        QFile db(Library::databasePath(copy));
        QVERIFY(db.open(QIODevice::ReadWrite));
        const qint64 size = db.size();
        QByteArray original = db.readAll();
        for (qint64 offset : {qint64(100), size / 2, size - 100}) {
            QByteArray bytes = original;
            bytes[int(offset)] = char(bytes[int(offset)] ^ 0x40);
            db.seek(0);
            db.write(bytes);
            db.flush();
            auto library = Library::open(copy, secret("correct horse battery"),
                                         Library::Access::Read, kProgram);
            if (!library.ok()) {
                QCOMPARE(library.error().code, ErrorCode::Corrupt);
                continue;
            }
            auto report = (*library)->verify();
            QVERIFY2(!report.ok() || !report->ok(),
                     qPrintable(QStringLiteral("offset %1").arg(offset)));
        }
    }

    void passphraseChangeAndRecovery()
    {
        {
            auto library = Library::open(m_path, secret("correct horse battery"),
                                         Library::Access::Write, kProgram);
            QVERIFY(library.ok());
            QCOMPARE((*library)
                         ->changePassphrase(secret("short"), QStringLiteral("passphrase"))
                         .error()
                         .code,
                     ErrorCode::InvalidInput);
            QVERIFY(
                (*library)
                    ->changePassphrase(secret("new battery staple"), QStringLiteral("passphrase"))
                    .ok());
        }
        QCOMPARE(
            Library::open(m_path, secret("correct horse battery"), Library::Access::Read, kProgram)
                .error()
                .code,
            ErrorCode::WrongSecret);
        QVERIFY(Library::open(m_path, secret("new battery staple"), Library::Access::Read, kProgram)
                    .ok());
        QByteArray typed = m_recoveryKey.toLower();
        typed.replace('-', "");
        auto recovered = Library::openWithRecoveryKey(m_path, SecureBuffer::takeFrom(typed),
                                                      Library::Access::Write, kProgram);
        QVERIFY2(recovered.ok(), qPrintable(recovered.error().message));
        QVERIFY((*recovered)
                    ->changePassphrase(secret("third passphrase"), QStringLiteral("recovery_key"))
                    .ok());
        QCOMPARE((*recovered)
                     ->custody()
                     .events()
                     ->last()
                     .details.value(QStringLiteral("unlocked_with"))
                     .toString(),
                 QStringLiteral("recovery_key"));
        recovered->reset();
        QCOMPARE(
            Library::open(m_path, secret("new battery staple"), Library::Access::Read, kProgram)
                .error()
                .code,
            ErrorCode::WrongSecret);
        QVERIFY(Library::open(m_path, secret("third passphrase"), Library::Access::Read, kProgram)
                    .ok());
        QCOMPARE(Library::openWithRecoveryKey(m_path, RecoveryKey::generate(),
                                              Library::Access::Read, kProgram)
                     .error()
                     .code,
                 ErrorCode::WrongSecret);
    }
    void aNewRecoveryKeyReplacesTheOld()
    {
        QByteArray oldKey;
        QByteArray newKey;
        {
            auto library =
                Library::open(m_path, secret("third passphrase"), Library::Access::Write, kProgram);
            QVERIFY2(library.ok(), qPrintable(library.error().message));
            auto key = (*library)->replaceRecoveryKey();
            QVERIFY2(key.ok(), qPrintable(key.error().message));
            newKey = QByteArray(key->chars(), int(key->size()));
            QCOMPARE((*library)->custody().events()->last().action,
                     QStringLiteral("recovery_key_replace"));
        }
        QVERIFY(newKey != m_recoveryKey);
        // The key from creation opened the library before (passphraseChangeAndRecovery)...
        QByteArray typedOld = m_recoveryKey;
        QByteArray typedNew = newKey;
        QCOMPARE(Library::openWithRecoveryKey(m_path, SecureBuffer::takeFrom(typedOld),
                                              Library::Access::Read, kProgram)
                     .error()
                     .code,
                 ErrorCode::WrongSecret);
        // ...and the new one opens it now; the passphrase still does too.
        QVERIFY(Library::openWithRecoveryKey(m_path, SecureBuffer::takeFrom(typedNew),
                                             Library::Access::Read, kProgram)
                    .ok());
        QVERIFY(Library::open(m_path, secret("third passphrase"), Library::Access::Read, kProgram)
                    .ok());
        m_recoveryKey = newKey;
    }

    void itemsDeletedInASessionAreErasedAtTheNextOpening()
    {
        qint64 id = 0;
        {
            auto library =
                Library::open(m_path, secret("third passphrase"), Library::Access::Write, kProgram);
            QVERIFY(library.ok());
            auto all = (*library)->items().list();
            QVERIFY(all.ok() && !all->isEmpty());
            id = all->first().id;
            QCOMPARE((*library)->search().search(QStringLiteral("Zq81x"))->total, 1);
            QVERIFY((*library)->items().markDeleted({id}).ok());
            // Hidden from search at once, kept for Undo while the session lasts.
            QCOMPARE((*library)->search().search(QStringLiteral("Zq81x"))->total, 0);
            QVERIFY((*library)->items().get(id).ok());
            // The session ends without a purge (as after a crash).
        }
        auto library =
            Library::open(m_path, secret("third passphrase"), Library::Access::Write, kProgram);
        QVERIFY(library.ok());
        QCOMPARE((*library)->items().get(id).error().code, ErrorCode::NotFound);
        QCOMPARE(*(*library)->database().scalar("SELECT count(*) FROM original_chunks"), 0);
        QVERIFY((*library)->verify()->ok());
        QCOMPARE((*library)->custody().events(id)->last().action, QStringLiteral("delete"));
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
