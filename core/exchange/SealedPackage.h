#pragma once

#include "common/Result.h"
#include "crypto/ExchangeKey.h"
#include "crypto/SecureBuffer.h"
#include "crypto/Sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>

namespace amanat {

class SigningKey;

/** The library a package comes from, as the package names it (inside the encryption). */
struct PackageSender
{
    QString name;      ///< the sender's custodian, for people; not trusted for anything
    QString libraryId; ///< the sender's exchange id (see ExchangeKeyStore)
    ExchangeIdentity identity;
};

/** An `.amanatx` file, written as it streams:
 *
 *    "AMANATX1"  u32 header length  header: compact JSON {format, version, recipients: [the
 *                stream key sealed to each recipient, base64], stream_header}
 *    chunks: u32 length, one crypto_secretstream_xchacha20poly1305 message of up to 64 KiB
 *            of plaintext; the last one tagged FINAL, so a cut-off stream is detected
 *    64 bytes: Ed25519 signature by the sender's library key over "amanat-exchange-v1",
 *              a zero byte and the SHA-256 of every byte before it
 *
 *  The plaintext starts with the envelope (u32 length, JSON {sender: {name, library_id,
 *  public_key}, created_at}) and goes on with what the caller writes. Nothing that names
 *  or links a person or library is readable without a recipient's key: not the sender, not
 *  the recipients (a recipient finds its sealed copy by trying to open each), not the time.
 *  The stream key is fresh for every package and sealed to each recipient's exchange key
 *  (crypto_box_seal). The signature lets a recipient tell a package from its sender from one
 *  another recipient (who also holds the stream key) made up. Memory stays flat: one chunk
 *  at a time. */
class SealedPackageWriter
{
    Q_DECLARE_TR_FUNCTIONS(SealedPackage)

public:
    /** Writes the header and the envelope to @p out (open for writing). */
    static Result<std::unique_ptr<SealedPackageWriter>>
    start(QIODevice &out, const SigningKey &signer, const PackageSender &sender,
          const QVector<ExchangeIdentity> &recipients);
    ~SealedPackageWriter();

    Status write(const char *data, qint64 size);
    Status write(const QByteArray &data) { return write(data.constData(), data.size()); }
    /** Writes the last chunk and the signature; the package's SHA-256 (hex, whole file). */
    Result<QString> finish();

private:
    SealedPackageWriter(QIODevice &out, const SigningKey &signer);
    Status emitBytes(const QByteArray &bytes);
    Status pushChunk(bool final);

    QIODevice &m_out;
    const SigningKey &m_signer;
    SecureBuffer m_state; ///< crypto_secretstream_xchacha20poly1305_state, in locked memory
    QByteArray m_plain;
    Sha256 m_hash;
    QByteArray m_fileHash; ///< hash of the bytes before the signature, once finished
    Sha256 m_wholeFile;
};

/** Reads an `.amanatx` file with a library's exchange key: its envelope, its signature,
 *  then its plaintext as a stream. */
class SealedPackageReader
{
    Q_DECLARE_TR_FUNCTIONS(SealedPackage)

public:
    static constexpr int kChunkBytes = 64 * 1024;

    /** Whether @p path is a package sealed for @p key (false for one sealed for others); an
     *  error when it is no package at all. */
    static Result<bool> isSealedFor(const QString &path, const ExchangeKey &key);
    /** Opens the package with @p key and reads its envelope. Nothing in it is trusted until
     *  verify() has checked the signature. An error when the package was sealed for other
     *  libraries, or is damaged. */
    static Result<std::unique_ptr<SealedPackageReader>> open(const QString &path,
                                                             const ExchangeKey &key);
    ~SealedPackageReader();

    /** Who the envelope says sent the package, and when. */
    const PackageSender &sender() const { return m_sender; }
    const QString &createdAt() const { return m_createdAt; }
    /** Checks the sender's signature over the whole file, in a pass of its own; the file's
     *  SHA-256 (hex). */
    Result<QString> verify(const std::atomic_bool *cancelled = nullptr) const;

    /** Up to @p size plaintext bytes after the envelope; 0 at the end of the stream. An
     *  error when a chunk was changed, or the stream stops before its final chunk. */
    Result<qint64> read(char *data, qint64 size);
    /** Exactly @p size bytes, or an error. */
    Status readExactly(char *data, qint64 size);
    /** After the last chunk: reads the signature too and returns the whole file's SHA-256
     *  as read by this pass (compare it with verify()'s). */
    Result<QString> finish();

private:
    SealedPackageReader() = default;
    Status pullChunk();

    QFile m_file;
    SecureBuffer m_state;
    QByteArray m_plain;
    qint64 m_plainPos = 0;
    bool m_final = false;
    Sha256 m_wholeFile;
    qint64 m_signatureAt = 0; ///< file offset of the signature
    PackageSender m_sender;
    QString m_createdAt;
};

} // namespace amanat
