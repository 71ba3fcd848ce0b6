#pragma once

#include "repository/BlobStore.h"
#include "repository/ClipMarkers.h"
#include "repository/ContactRepository.h"
#include "repository/ExchangeKeyStore.h"
#include "repository/ExchangeSettings.h"
#include "repository/OriginRepository.h"
#include "custody/CustodyLog.h"
#include "repository/DossierRepository.h"
#include "repository/RedactionRepository.h"
#include "repository/Importer.h"
#include "repository/ItemRepository.h"
#include "repository/LibraryLock.h"
#include "repository/OriginalExporter.h"
#include "repository/PersonRepository.h"
#include "repository/ReviewRepository.h"
#include "repository/TagRepository.h"
#include "common/Result.h"
#include "crypto/KeySlots.h"
#include "crypto/SecureBuffer.h"
#include "crypto/SigningKey.h"
#include "db/Database.h"
#include "ingest/ExtractionStore.h"
#include "search/SavedSearches.h"
#include "search/SearchEngine.h"
#include "search/SearchIndex.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPromise>
#include <QString>
#include <QVector>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace amanat {

class LibraryWriter;
struct ImportServices;

/** What `verify` found. */
struct VerifyReport
{
    QString integrityProblem; ///< empty when SQLite's integrity check passed
    qint64 originalsChecked = 0;
    struct BadOriginal
    {
        qint64 itemId;
        QString problem;
    };
    QVector<BadOriginal> badOriginals;
    CustodyLog::Verification custody;
    /** Committed work the database no longer holds (see CommittedHead); empty when none. */
    QString lostWork;

    bool ok() const
    {
        return integrityProblem.isEmpty() && badOriginals.isEmpty() && custody.ok() &&
               lostWork.isEmpty();
    }
};

/** An open library: the façade over its folder, key slots, encrypted database and
 *  services. Creating and opening fail closed (see Database); while open the folder
 *  is locked (see LibraryLock); closing (destruction) wipes the keys. */
class Library
{
    Q_DECLARE_TR_FUNCTIONS(Library)

public:
    using Access = LibraryLock::Access;

    struct Created;

    static constexpr int kMinPassphraseBytes = 8;

    /** Creates a library folder at @p path (which must not exist, or be empty). Returns the
     *  open library and the recovery key, which is never stored anywhere in plaintext. */
    enum class StarterTags
    {
        Default,
        None
    };
    static Result<Created> create(const QString &path, const SecureBuffer &passphrase,
                                  const QString &program,
                                  StarterTags starterTags = StarterTags::Default);
    static Result<std::unique_ptr<Library>> open(const QString &path,
                                                 const SecureBuffer &passphrase, Access access,
                                                 const QString &program);
    static Result<std::unique_ptr<Library>> openWithRecoveryKey(const QString &path,
                                                                const SecureBuffer &recoveryKey,
                                                                Access access,
                                                                const QString &program);
    static Status checkPassphrase(const SecureBuffer &passphrase);

    ~Library();
    Library(const Library &) = delete;
    Library &operator=(const Library &) = delete;

    QString path() const { return m_path; }
    static QString databasePath(const QString &libraryPath);
    static QString keySlotsPath(const QString &libraryPath);

    Database &database() { return m_db; }
    CustodyLog &custody() { return m_custody; }
    /** The program acting on the library ("amanat", "amanat-cli"), for custody actors. */
    const QString &program() const { return m_program; }
    TagRepository &tags() { return m_tags; }
    ItemRepository &items() { return m_items; }
    BlobStore &blobs() { return m_blobs; }
    SearchIndex &searchIndex() { return m_index; }
    SearchEngine &search() { return m_search; }
    SavedSearches &savedSearches() { return m_savedSearches; }
    DossierRepository &dossiers() { return m_dossiers; }
    RedactionRepository &redactions() { return m_redactions; }
    PersonRepository &persons() { return m_persons; }
    ReviewRepository &reviews() { return m_reviews; }
    ClipMarkers &clipMarkers() { return m_clipMarkers; }
    ContactRepository &contacts() { return m_contacts; }
    OriginRepository &origins() { return m_origins; }
    ExchangeSettings &exchangeSettings() { return m_exchangeSettings; }
    ExtractionStore &extractions() { return m_extractions; }
    Importer &importer() { return m_importer; }
    OriginalExporter &exporter() { return m_exporter; }
    /** The repositories an ImportJob or ReextractJob works with. */
    ImportServices importServices();

    /** Rewraps the passphrase slot; the database is not re-encrypted. @p via says how the
     *  library was unlocked for the change ("passphrase" or "recovery_key"), for the log. */
    Status changePassphrase(const SecureBuffer &newPassphrase, const QString &via);
    /** Replaces the recovery key with a new one, returned once and never stored; the old
     *  key stops opening the library. The database is not re-encrypted. Logged. */
    Result<SecureBuffer> replaceRecoveryKey();
    /** The lines that open library.db in the stock sqlcipher shell. Logged. */
    Result<QByteArray> shellKeyLines();
    /** Database integrity (every page's MAC), every original's SHA-256, the custody chain.
     *  Reads only, so it can run on a read view; @p cancelled, when set, stops it between two
     *  originals (a Cancelled error). */
    Result<VerifyReport> verify(const std::atomic_bool *cancelled = nullptr);
    /** Writes a consistent copy of the library folder to @p destination (must not exist). */
    Status backup(const QString &destination);

    /** Runs @p job(Library &) against the library's write connection, in one place for
     *  every change: on the writer thread when this is a read view (see openReadView()),
     *  otherwise right here, before write() returns. The future holds the job's result, or
     *  a Cancelled error when the library was locked before the job could run. Callers
     *  continue with `.then(context, …)`; they never open a transaction themselves. */
    template <typename Job> auto write(Job job) -> QFuture<std::invoke_result_t<Job &, Library &>>
    {
        using R = std::invoke_result_t<Job &, Library &>;
        static_assert(std::is_constructible_v<R, Error>, "a write job returns a Result");
        auto promise = std::make_shared<QPromise<R>>();
        QFuture<R> future = promise->future();
        promise->start();
        postWrite([promise, job = std::move(job)](Library *writer) mutable {
            if (writer)
                promise->addResult(job(*writer));
            else
                promise->addResult(R(closedBeforeWriteError()));
            promise->finish();
        });
        return future;
    }
    /** Runs @p job(*this) in one transaction, committed when its result is ok and rolled
     *  back otherwise, so a command of several changes is all or nothing. It runs on this
     *  library's own connection: inside a write() job, or in a program that writes itself
     *  (the CLI). Callers never open a transaction themselves. */
    template <typename Job> auto atomically(Job job) -> std::invoke_result_t<Job &, Library &>
    {
        using R = std::invoke_result_t<Job &, Library &>;
        auto transaction = Transaction::begin(m_db);
        if (!transaction.ok())
            return R(transaction.error());
        R result = job(*this);
        if (!result.ok())
            return result; // the transaction rolls back as it goes out of scope
        if (Status committed = transaction->commit(); !committed.ok())
            return R(committed.error());
        return result;
    }
    /** Queues @p job for the write connection (see write()); it gets nullptr when the
     *  library closed before the job could run. */
    void postWrite(std::function<void(Library *)> job);
    /** The writer thread this read view's changes go to; nullptr when this library writes
     *  itself. */
    LibraryWriter *writer() const { return m_writer; }

    /** A second Library over the same open folder for the calling thread: its own
     *  connection, which refuses every change (query_only), and the same repositories for
     *  reading. Its write() goes to @p writer's thread. It must not outlive @p writer. */
    Result<std::unique_ptr<Library>> openReadView(LibraryWriter *writer) const;
    /** Makes the calling thread the owner of this library's connection (see Database). */
    void adoptCurrentThread() { m_db.adoptCurrentThread(); }

    /** A second, read-only-in-practice connection to this library's database, keyed with
     *  the same master key, for a reader that runs on another thread (see BlobDevice).
     *  WAL lets it read while this connection writes. It must not outlive the Library. */
    Result<Database> openReadConnection() const;

    /** Set when the database holds less than had been committed (a lost or damaged
     *  write-ahead log after a crash); such a library opens for reading only. */
    QString lostWork() const { return m_lostWork; }

    /** The library's Ed25519 key for signing bundle manifests, loaded on first use and
     *  created (and logged as `signing_key_create`) if the library has none; creating it
     *  needs write access. The pointer stays valid while the Library is open. */
    Result<const SigningKey *> signingKey();
    /** The library's X25519 exchange key and exchange id, loaded on first use and created
     *  (with the signing key, and logged) if the library has none, as signingKey(). */
    Result<const ExchangeKeyStore::Loaded *> exchangeKey();
    /** What this library tells senders: its exchange and signing public keys. */
    Result<ExchangeIdentity> exchangeIdentity();

private:
    Library(QString path, std::optional<LibraryLock> lock, Access access, SecureBuffer masterKey,
            Database db, KeySlots slots, const QString &program);
    static Error closedBeforeWriteError();
    static Result<std::unique_ptr<Library>> openWithSlot(const QString &path,
                                                         KeySlots::SlotType type,
                                                         const SecureBuffer &secret, Access access,
                                                         const QString &program);
    static Result<std::unique_ptr<Library>> openWithMasterKey(const QString &path, LibraryLock lock,
                                                              SecureBuffer masterKey,
                                                              KeySlots keySlots, Access access,
                                                              const QString &program);

    QString m_path;
    std::optional<LibraryLock> m_lock; // declared first: released last, after the database
                                       // is closed; a read view holds none
    Access m_access;
    QString m_program;
    LibraryWriter *m_writer = nullptr; ///< set on a read view
    SecureBuffer m_masterKey;
    SecureBuffer m_custodyKey;
    KeySlots m_slots;
    Database m_db;
    CustodyLog m_custody;
    SearchIndex m_index;
    TagRepository m_tags;
    ItemRepository m_items;
    BlobStore m_blobs;
    Importer m_importer;
    OriginalExporter m_exporter;
    SearchEngine m_search;
    SavedSearches m_savedSearches;
    ExtractionStore m_extractions;
    DossierRepository m_dossiers;
    RedactionRepository m_redactions;
    PersonRepository m_persons;
    ReviewRepository m_reviews;
    ClipMarkers m_clipMarkers;
    ContactRepository m_contacts;
    OriginRepository m_origins;
    ExchangeSettings m_exchangeSettings;
    std::unique_ptr<SigningKey> m_signingKey;                // loaded by signingKey()
    std::unique_ptr<ExchangeKeyStore::Loaded> m_exchangeKey; // loaded by exchangeKey()
    QString m_lostWork;
    quint64 m_dbDevice = 0, m_dbInode = 0; ///< of library.db when it was opened
    qint64 m_headSeq = -1;                 ///< newest event recorded in custody.head

    Status checkCommittedHead(Access access);
    Status afterCommit();
};

struct Library::Created
{
    std::unique_ptr<Library> library;
    SecureBuffer recoveryKey;
};

} // namespace amanat
