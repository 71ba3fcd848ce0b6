#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

struct evp_md_ctx_st;

namespace amanat {

/** Streaming SHA-256: feed bytes as they pass, read the digest at the end.
 *  OpenSSL's implementation, which uses the CPU's SHA instructions (about 5× libsodium's
 *  on the machines we measured); it is already in the process through SQLCipher. */
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;
    void add(const char *data, qsizetype size);
    void add(const QByteArray &data) { add(data.constData(), data.size()); }
    /** Finishes the hash; the object must not be fed afterwards. Asking again returns the
     *  same digest. */
    QByteArray digest();
    QString hexDigest() { return QString::fromLatin1(digest().toHex()); }

    static QString hexOf(const QByteArray &data);

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *context) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_context;
    QByteArray m_digest; ///< set once finished
};

} // namespace amanat
