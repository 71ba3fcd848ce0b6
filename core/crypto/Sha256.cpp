#include "Sha256.h"

#include <openssl/evp.h>

#include <cstdio>
#include <cstdlib>

namespace amanat {

void Sha256::Free::operator()(evp_md_ctx_st *context) const
{
    EVP_MD_CTX_free(context);
}

Sha256::Sha256() : m_context(EVP_MD_CTX_new())
{
    if (!m_context || EVP_DigestInit_ex(m_context.get(), EVP_sha256(), nullptr) != 1) {
        std::fputs("amanat: SHA-256 is unavailable\n", stderr);
        std::abort();
    }
}

Sha256::~Sha256() = default;

void Sha256::add(const char *data, qsizetype size)
{
    EVP_DigestUpdate(m_context.get(), data, std::size_t(size));
}

QByteArray Sha256::digest()
{
    // A second EVP_DigestFinal_ex on a finished context returns garbage, not the digest.
    if (!m_digest.isEmpty())
        return m_digest;
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    EVP_DigestFinal_ex(m_context.get(), reinterpret_cast<unsigned char *>(out.data()), &length);
    out.resize(int(length));
    m_digest = out;
    return out;
}

QString Sha256::hexOf(const QByteArray &data)
{
    Sha256 hash;
    hash.add(data);
    return hash.hexDigest();
}

} // namespace amanat
