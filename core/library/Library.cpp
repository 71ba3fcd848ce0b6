#include "Library.h"

#include "custody/CommittedHead.h"
#include "repository/DefaultTags.h"
#include "LibraryWriter.h"
#include "ingest/ImportJob.h"
#include "repository/SigningKeyStore.h"
#include "common/FileUtil.h"
#include "crypto/RecoveryKey.h"
#include "crypto/Sodium.h"
#include "db/Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <sodium.h>

#include <cerrno>
#include <sys/stat.h>
#include <cstdio>
#include <unistd.h>

namespace amanat {

namespace {

const QString kDatabaseFile = QStringLiteral("library.db");
const QString kKeySlotsFile = QStringLiteral("keyslots");

SecureBuffer deriveCustodyKey(const SecureBuffer &masterKey)
{
    SecureBuffer key(crypto_kdf_KEYBYTES);
    crypto_kdf_derive_from_key(key.data(), key.size(), 1, "AMNcusty", masterKey.data());
    return key;
}

/** A plain SQLite file starts with this header; an encrypted one never does. */
Status checkNotPlaintext(const QString &databasePath)
{
    QFile file(databasePath);
    if (file.open(QIODevice::ReadOnly) && file.read(16).startsWith("SQLite format 3"))
        return makeError(ErrorCode::Unsupported,
                         Library::tr("The library database is not encrypted; refusing to use it."));
    return {};
}

/** Schema migration plus what SQL alone cannot do: filling the search index at version 2,
 *  moving witness names and contacts into protected people at version 5. */
Status migrate(Database &db)
{
    return Schema::migrate(db, Schema::kCurrentVersion, [](Database &migrating, int version) {
        if (version == 2)
            return SearchIndex(migrating).rebuild();
        if (version == 5)
            return PersonRepository::migrateTestimonyFields(migrating);
        return Status();
    });
}

Status copyFileSynced(const QString &from, const QString &to)
{
    QFile source(from);
    QFile target(to);
    if (!source.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         Library::tr("%1 cannot be read: %2").arg(from, source.errorString()));
    if (!target.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fileError(errno, to);
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (;;) {
        const qint64 n = source.read(buffer.data(), buffer.size());
        if (n < 0)
            return makeError(ErrorCode::Io,
                             Library::tr("%1 cannot be read: %2").arg(from, source.errorString()));
        if (n == 0)
            break;
        if (target.write(buffer.constData(), n) != n)
            return fileError(errno, to);
    }
    if (!target.flush() || ::fsync(target.handle()) != 0)
        return fileError(errno, to);
    return {};
}

} // namespace

Library::Library(QString path, std::optional<LibraryLock> lock, Access access,
                 SecureBuffer masterKey, Database db, KeySlots keySlots, const QString &program)
    : m_path(std::move(path)), m_lock(std::move(lock)), m_access(access), m_program(program),
      m_masterKey(std::move(masterKey)), m_custodyKey(deriveCustodyKey(m_masterKey)),
      m_slots(std::move(keySlots)), m_db(std::move(db)),
      m_custody(m_db, m_custodyKey, CustodyLog::actorForThisProcess(program)), m_index(m_db),
      m_tags(m_db, m_custody), m_items(m_db, m_custody, m_tags, m_index), m_blobs(m_db),
      m_importer(m_db, m_items, m_tags, m_blobs), m_exporter(m_db, m_items, m_blobs, m_custody),
      m_search(m_db), m_savedSearches(m_db, m_custody), m_extractions(m_db, m_items, m_custody),
      m_dossiers(m_db, m_custody), m_redactions(m_db, m_custody), m_persons(m_db, m_custody),
      m_reviews(m_db, m_custody), m_clipMarkers(m_db, m_custody), m_contacts(m_db, m_custody),
      m_origins(m_db), m_exchangeSettings(m_db)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(databasePath(m_path)).constData(), &info) == 0) {
        m_dbDevice = quint64(info.st_dev);
        m_dbInode = quint64(info.st_ino);
    }
    m_db.setAfterCommit([this] { return afterCommit(); });
    // The person named in the library's settings acts, rather than the account name.
    if (auto name = m_custody.custodianName(); name.ok() && !name->isEmpty())
        m_custody.setActor(CustodyLog::actorFor(*name, program));
}

Status Library::checkCommittedHead(Access access)
{
    auto newest = m_custody.newest();
    if (!newest.ok())
        return newest.error();
    auto record = CommittedHead::read(m_path, m_custodyKey);
    if (!record.ok())
        return record.error();
    const qint64 seq = *newest ? (*newest)->seq : 0;
    m_headSeq = seq;
    if (!*record)
        return {};
    const CommittedHead::Record &head = **record;
    QString sameSeqHash;
    if (head.seq <= seq) {
        auto events = m_db.prepare("SELECT hash FROM custody_events WHERE seq = ?");
        if (!events.ok())
            return events.error();
        events->bind(1, head.seq);
        auto row = events->step();
        if (!row.ok())
            return row.error();
        sameSeqHash = *row ? events->text(0) : QString();
    }
    if (head.seq > seq || sameSeqHash != head.hash) {
        m_lostWork = tr("The library lost committed work: its custody log ends at event %1, but "
                        "event %2 (%3 at %4) had been committed. The database was probably "
                        "rolled back by a crash and a damaged write-ahead log. Copy out what "
                        "you need and restore a backup; the library opens for reading only.")
                         .arg(seq)
                         .arg(head.seq)
                         .arg(head.action, head.at);
        m_headSeq = head.seq;
        if (access == Access::Write)
            return makeError(ErrorCode::Corrupt, m_lostWork);
    }
    return {};
}

Status Library::afterCommit()
{
    // The folder removed or the database replaced under us: what was just committed went
    // into a file nobody will open again. Say so rather than report success.
    struct stat info
    {};
    const QByteArray file = QFile::encodeName(databasePath(m_path));
    if (::stat(file.constData(), &info) != 0 || quint64(info.st_ino) != m_dbInode ||
        quint64(info.st_dev) != m_dbDevice)
        return makeError(ErrorCode::Corrupt,
                         tr("The library's database file %1 was removed or replaced while it "
                            "was open; what was saved since then is lost. Nothing more will be "
                            "written.")
                             .arg(QDir::toNativeSeparators(databasePath(m_path))));
    auto newest = m_custody.newest();
    if (!newest.ok())
        return newest.error();
    if (!*newest || (*newest)->seq <= m_headSeq)
        return {};
    AMANAT_TRY(CommittedHead::write(
        m_path, m_custodyKey,
        CommittedHead::Record{(*newest)->seq, (*newest)->hash, (*newest)->action, (*newest)->at}));
    m_headSeq = (*newest)->seq;
    return {};
}

Library::~Library() = default;

QString Library::databasePath(const QString &libraryPath)
{
    return libraryPath + QLatin1Char('/') + kDatabaseFile;
}

QString Library::keySlotsPath(const QString &libraryPath)
{
    return libraryPath + QLatin1Char('/') + kKeySlotsFile;
}

Status Library::checkPassphrase(const SecureBuffer &passphrase)
{
    if (passphrase.size() < std::size_t(kMinPassphraseBytes))
        return makeError(ErrorCode::InvalidInput,
                         tr("The passphrase is too short: use at least %1 characters, better a "
                            "sentence of several words.")
                             .arg(kMinPassphraseBytes));
    return {};
}

Result<Library::Created> Library::create(const QString &path, const SecureBuffer &passphrase,
                                         const QString &program, StarterTags starterTags)
{
    AMANAT_TRY(checkPassphrase(passphrase));
    const QFileInfo target(path);
    if (target.exists() &&
        !(target.isDir() && QDir(path).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot |
                                               QDir::Hidden | QDir::System)))
        return makeError(ErrorCode::AlreadyExists,
                         tr("%1 already exists and is not empty; choose a new folder.").arg(path));
    const QString parent = target.absolutePath();
    if (!QFileInfo(parent).isDir())
        return makeError(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(parent));

    // Build the library in a hidden staging folder and rename it into place at the end, so
    // an interrupted creation never leaves something that looks like a library.
    const QString staging = parent + QStringLiteral("/.") + target.fileName() +
                            QStringLiteral(".creating-") +
                            QString::number(randombytes_uniform(1u << 30));
    if (!QDir().mkdir(staging))
        return fileError(errno, staging);
    QFile::setPermissions(staging, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const auto cleanup = [&staging] {
        QDir(staging).removeRecursively();
    };

    SecureBuffer masterKey = SecureBuffer::random(KeySlots::kMasterKeyBytes);
    SecureBuffer recoveryKey = RecoveryKey::generate();
    const KeySlots keySlots = KeySlots::create(masterKey, passphrase, recoveryKey);
    auto saved = keySlots.save(keySlotsPath(staging));
    if (!saved.ok()) {
        cleanup();
        return saved.error();
    }
    {
        auto db = Database::open(databasePath(staging), masterKey, Database::Mode::Create);
        Status status = db.ok() ? migrate(*db) : Status(db.error());
        if (status.ok()) {
            const SecureBuffer custodyKey = deriveCustodyKey(masterKey);
            CustodyLog custody(*db, custodyKey, CustodyLog::actorForThisProcess(program));
            auto transaction = Transaction::begin(*db);
            status = transaction.ok()
                         ? custody.append(QStringLiteral("create_library"), 0,
                                          {{QStringLiteral("schema"), Schema::kCurrentVersion}})
                         : Status(transaction.error());
            if (status.ok() && starterTags == StarterTags::Default) {
                TagRepository tags(*db, custody);
                auto created = tags.ensureAll(defaultTagTree(), QStringLiteral("tags_import"));
                if (!created.ok())
                    status = created.error();
            }
            if (status.ok())
                status = transaction->commit();
            if (status.ok())
                status = db->checkpoint();
        }
        if (!status.ok()) {
            cleanup();
            return status.error();
        }
    }
    QFile::setPermissions(databasePath(staging), QFile::ReadOwner | QFile::WriteOwner);
    auto plaintext = checkNotPlaintext(databasePath(staging));
    if (!plaintext.ok()) {
        cleanup();
        return plaintext.error();
    }
    if (target.exists())
        QDir().rmdir(path);
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(path).constData()) !=
        0) {
        const int saved = errno;
        cleanup();
        return fileError(saved, path);
    }
    syncDirectory(parent);

    // The master key is still in hand: open without deriving it from the passphrase again.
    auto lock = LibraryLock::acquire(path, Access::Write);
    if (!lock.ok())
        return lock.error();
    auto library = openWithMasterKey(path, std::move(*lock), std::move(masterKey), keySlots,
                                     Access::Write, program);
    if (!library.ok())
        return library.error();
    return Created{std::move(*library), std::move(recoveryKey)};
}

Result<std::unique_ptr<Library>> Library::open(const QString &path, const SecureBuffer &passphrase,
                                               Access access, const QString &program)
{
    return openWithSlot(path, KeySlots::SlotType::Passphrase, passphrase, access, program);
}

Result<std::unique_ptr<Library>> Library::openWithRecoveryKey(const QString &path,
                                                              const SecureBuffer &recoveryKey,
                                                              Access access, const QString &program)
{
    auto normalised = RecoveryKey::parse(recoveryKey);
    if (!normalised.ok())
        return normalised.error();
    return openWithSlot(path, KeySlots::SlotType::RecoveryKey, *normalised, access, program);
}

Result<std::unique_ptr<Library>> Library::openWithSlot(const QString &path, KeySlots::SlotType type,
                                                       const SecureBuffer &secret, Access access,
                                                       const QString &program)
{
    if (!QFileInfo(path).isDir())
        return makeError(ErrorCode::NotFound, tr("There is no library at %1.").arg(path));
    auto keySlots = KeySlots::load(keySlotsPath(path));
    if (!keySlots.ok())
        return keySlots.error();
    auto lock = LibraryLock::acquire(path, access);
    if (!lock.ok())
        return lock.error();
    auto masterKey = keySlots->unlock(type, secret);
    if (!masterKey.ok())
        return masterKey.error();
    return openWithMasterKey(path, std::move(*lock), std::move(*masterKey), std::move(*keySlots),
                             access, program);
}

Result<std::unique_ptr<Library>> Library::openWithMasterKey(const QString &path, LibraryLock lock,
                                                            SecureBuffer masterKey,
                                                            KeySlots keySlots, Access access,
                                                            const QString &program)
{
    AMANAT_TRY(checkNotPlaintext(databasePath(path)));
    auto db = Database::open(databasePath(path), masterKey, Database::Mode::OpenExisting);
    if (!db.ok())
        return db.error();
    if (access == Access::Write) {
        AMANAT_TRY(migrate(*db));
    } else {
        auto version = Schema::version(*db);
        if (!version.ok())
            return version.error();
        if (*version != Schema::kCurrentVersion)
            AMANAT_TRY(Schema::migrate(*db, *version)); // reports a newer schema, changes nothing
    }
    std::unique_ptr<Library> library(new Library(path, std::move(lock), access,
                                                 std::move(masterKey), std::move(*db),
                                                 std::move(keySlots), program));
    AMANAT_TRY(library->checkCommittedHead(access));
    if (library->m_access == Access::Write && library->m_lostWork.isEmpty()) {
        // Items deleted in a session that ended without locking (a crash) are erased now.
        auto erased = library->m_items.purgeDeleted();
        if (!erased.ok())
            return erased.error();
    }
    return library;
}

Status Library::changePassphrase(const SecureBuffer &newPassphrase, const QString &via)
{
    AMANAT_TRY(checkPassphrase(newPassphrase));
    KeySlots updated = m_slots;
    updated.rewrap(KeySlots::SlotType::Passphrase, m_masterKey, newPassphrase);
    // The slot file is replaced inside the transaction that logs the change: if writing
    // it fails, nothing is logged and the old passphrase still works.
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    AMANAT_TRY(m_custody.append(QStringLiteral("passphrase_change"), 0,
                                {{QStringLiteral("unlocked_with"), via}}));
    AMANAT_TRY(updated.save(keySlotsPath(m_path)));
    AMANAT_TRY(transaction->commit());
    m_slots = updated;
    return {};
}

Result<SecureBuffer> Library::replaceRecoveryKey()
{
    SecureBuffer recoveryKey = RecoveryKey::generate();
    KeySlots updated = m_slots;
    updated.rewrap(KeySlots::SlotType::RecoveryKey, m_masterKey, recoveryKey);
    // As for the passphrase: the slot file is replaced inside the logging transaction, so a
    // failed write logs nothing and the old recovery key still works.
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    AMANAT_TRY(m_custody.append(QStringLiteral("recovery_key_replace"), 0));
    AMANAT_TRY(updated.save(keySlotsPath(m_path)));
    AMANAT_TRY(transaction->commit());
    m_slots = updated;
    return recoveryKey;
}

Result<QByteArray> Library::shellKeyLines()
{
    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    AMANAT_TRY(m_custody.append(QStringLiteral("raw_key_shown"), 0));
    AMANAT_TRY(transaction->commit());
    return Database::shellKeyLines(m_masterKey);
}

Result<VerifyReport> Library::verify(const std::atomic_bool *cancelled)
{
    VerifyReport report;
    report.lostWork = m_lostWork;
    auto integrity = m_db.checkIntegrity();
    if (!integrity.ok()) {
        // A page that fails its MAC makes the rest unreadable: report and stop here.
        report.integrityProblem = integrity.error().message;
        return report;
    }
    auto custody = m_custody.verify();
    if (!custody.ok())
        return custody.error();
    report.custody = *custody;

    // Each original is checked against the hash its import event recorded: the event is
    // chained and MACed, while the originals table could be rewritten with the raw key
    // together with forged chunks.
    auto imported = m_custody.importedSha256s();
    if (!imported.ok())
        return imported.error();
    auto ids = m_items.idsWithOriginals();
    if (!ids.ok())
        return ids.error();
    for (qint64 id : *ids) {
        if (cancelled && cancelled->load())
            return makeError(ErrorCode::Cancelled, tr("Verification was stopped."));
        auto item = m_items.get(id);
        if (!item.ok())
            return item.error();
        auto hash = m_blobs.computeHash(id);
        ++report.originalsChecked;
        const QString logged = imported->value(id);
        if (!hash.ok())
            report.badOriginals.append({id, hash.error().message});
        else if (logged.isEmpty())
            report.badOriginals.append(
                {id, tr("the custody log has no import event for its original")});
        else if (*hash != logged)
            report.badOriginals.append(
                {id, tr("its bytes no longer match the SHA-256 its import event recorded")});
        else if (*hash != item->original.sha256)
            report.badOriginals.append({id, tr("its recorded SHA-256 was changed after import")});
    }
    return report;
}

Status Library::backup(const QString &destination)
{
    const QFileInfo target(destination);
    if (target.exists())
        return makeError(
            ErrorCode::AlreadyExists,
            tr("%1 already exists; choose a new name for the backup.").arg(destination));
    const QString parent = target.absolutePath();
    if (!QFileInfo(parent).isDir())
        return makeError(ErrorCode::NotFound, tr("The folder %1 does not exist.").arg(parent));

    auto transaction = Transaction::begin(m_db);
    if (!transaction.ok())
        return transaction.error();
    AMANAT_TRY(m_custody.append(QStringLiteral("backup"), 0));
    AMANAT_TRY(transaction->commit());
    // With the write lock held and the WAL folded into the main file, the two files are a
    // consistent snapshot.
    AMANAT_TRY(m_db.checkpoint());

    const QString staging = parent + QStringLiteral("/.") + target.fileName() +
                            QStringLiteral(".partial-") +
                            QString::number(randombytes_uniform(1u << 30));
    if (!QDir().mkdir(staging))
        return fileError(errno, staging);
    QFile::setPermissions(staging, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    Status status = copyFileSynced(keySlotsPath(m_path), keySlotsPath(staging));
    if (status.ok())
        status = copyFileSynced(databasePath(m_path), databasePath(staging));
    if (status.ok()) {
        // Prove the copy is usable before calling it a backup.
        auto copy =
            Database::open(databasePath(staging), m_masterKey, Database::Mode::OpenExisting);
        status = copy.ok() ? copy->checkIntegrity() : Status(copy.error());
    }
    if (status.ok()) {
        syncDirectory(staging);
        if (::rename(QFile::encodeName(staging).constData(),
                     QFile::encodeName(destination).constData()) != 0)
            status = fileError(errno, destination);
    }
    if (!status.ok()) {
        QDir(staging).removeRecursively();
        return status;
    }
    syncDirectory(parent);
    return {};
}

Result<Database> Library::openReadConnection() const
{
    return Database::open(databasePath(m_path), m_masterKey, Database::Mode::OpenExisting);
}

Result<std::unique_ptr<Library>> Library::openReadView(LibraryWriter *writer) const
{
    auto db = openReadConnection();
    if (!db.ok())
        return db.error();
    AMANAT_TRY(db->makeQueryOnly());
    std::unique_ptr<Library> view(
        new Library(m_path, std::nullopt, Access::Read,
                    SecureBuffer::fromBytes(m_masterKey.data(), m_masterKey.size()), std::move(*db),
                    m_slots, m_program));
    view->m_writer = writer;
    view->m_lostWork = m_lostWork;
    view->m_headSeq = m_headSeq;
    return view;
}

void Library::postWrite(std::function<void(Library *)> job)
{
    if (m_writer)
        m_writer->post(std::move(job));
    else
        job(this);
}

ImportServices Library::importServices()
{
    return ImportServices{m_importer, m_extractions, m_items, m_blobs};
}

Error Library::closedBeforeWriteError()
{
    return makeError(ErrorCode::Cancelled,
                     tr("The library was locked before this change could be saved."));
}

Result<const SigningKey *> Library::signingKey()
{
    if (!m_signingKey) {
        if (m_writer) {
            // A read view cannot create the key: the writer does, if needed, and it is
            // read back here. Only worker threads ask a view for it (bundle export).
            auto created = write([](Library &writer) -> Status {
                auto key = writer.signingKey();
                return key.ok() ? Status() : Status(key.error());
            });
            created.waitForFinished();
            AMANAT_TRY(created.result());
        }
        auto key = m_access == Access::Write && !m_writer
                       ? SigningKeyStore(m_db, m_custody).loadOrCreate()
                       : SigningKeyStore(m_db, m_custody).load();
        if (!key.ok()) {
            if (key.error().code == ErrorCode::NotFound)
                return makeError(ErrorCode::NotFound,
                                 tr("The library has no signing key yet; open it for writing "
                                    "to create one."));
            return key.error();
        }
        m_signingKey = std::make_unique<SigningKey>(std::move(*key));
    }
    return static_cast<const SigningKey *>(m_signingKey.get());
}

Result<const ExchangeKeyStore::Loaded *> Library::exchangeKey()
{
    if (!m_exchangeKey) {
        auto signing = signingKey();
        if (!signing.ok())
            return signing.error();
        if (m_writer) {
            // As signingKey(): the writer creates it if needed, and it is read back here.
            auto created = write([](Library &writer) -> Status {
                auto key = writer.exchangeKey();
                return key.ok() ? Status() : Status(key.error());
            });
            created.waitForFinished();
            AMANAT_TRY(created.result());
        }
        ExchangeKeyStore store(m_db, m_custody);
        auto key = m_access == Access::Write && !m_writer
                       ? store.loadOrCreate((*signing)->publicKey())
                       : store.load();
        if (!key.ok()) {
            if (key.error().code == ErrorCode::NotFound)
                return makeError(ErrorCode::NotFound,
                                 tr("The library has no exchange key yet; open it for writing "
                                    "to create one."));
            return key.error();
        }
        m_exchangeKey = std::make_unique<ExchangeKeyStore::Loaded>(std::move(*key));
    }
    return static_cast<const ExchangeKeyStore::Loaded *>(m_exchangeKey.get());
}

Result<ExchangeIdentity> Library::exchangeIdentity()
{
    auto exchange = exchangeKey();
    if (!exchange.ok())
        return exchange.error();
    auto signing = signingKey();
    if (!signing.ok())
        return signing.error();
    return ExchangeIdentity{(*exchange)->key.publicKey(), (*signing)->publicKey()};
}

} // namespace amanat
