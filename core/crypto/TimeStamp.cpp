#include "TimeStamp.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/ts.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace amanat {

namespace {

template <typename T, void (*Free)(T *)> struct Freer
{
    void operator()(T *p) const { Free(p); }
};
template <typename T, void (*Free)(T *)> using Owned = std::unique_ptr<T, Freer<T, Free>>;

using TsReq = Owned<TS_REQ, TS_REQ_free>;
using TsResp = Owned<TS_RESP, TS_RESP_free>;
using TsVerifyCtx = Owned<TS_VERIFY_CTX, TS_VERIFY_CTX_free>;
using Bio = Owned<BIO, BIO_free_all>;

/** The newest OpenSSL error, for a message; clears the queue. */
QString opensslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    if (code == 0)
        return QStringLiteral("unknown error");
    char text[256];
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

QString hexOf(const ASN1_INTEGER *integer)
{
    if (!integer)
        return {};
    Owned<BIGNUM, BN_free> number(ASN1_INTEGER_to_BN(integer, nullptr));
    if (!number)
        return {};
    char *hex = BN_bn2hex(number.get());
    const QString text = QString::fromLatin1(hex).toLower();
    OPENSSL_free(hex);
    return text;
}

QString nameOf(const X509_NAME *name)
{
    Bio out(BIO_new(BIO_s_mem()));
    X509_NAME_print_ex(out.get(), name, 0, XN_FLAG_RFC2253);
    char *data = nullptr;
    const long length = BIO_get_mem_data(out.get(), &data);
    return QString::fromUtf8(data, int(length));
}

Result<TimeStamp::Request> describe(TS_REQ *req, QByteArray der)
{
    TimeStamp::Request request;
    request.der = std::move(der);
    TS_MSG_IMPRINT *imprint = TS_REQ_get_msg_imprint(req);
    const ASN1_OCTET_STRING *digest = TS_MSG_IMPRINT_get_msg(imprint);
    const X509_ALGOR *algorithm = TS_MSG_IMPRINT_get_algo(imprint);
    const ASN1_OBJECT *oid = nullptr;
    X509_ALGOR_get0(&oid, nullptr, nullptr, algorithm);
    if (OBJ_obj2nid(oid) != NID_sha256 || ASN1_STRING_length(digest) != 32)
        return makeError(ErrorCode::InvalidInput,
                         TimeStamp::tr("The time-stamp request is not over a SHA-256 digest."));
    request.digest = QByteArray(reinterpret_cast<const char *>(ASN1_STRING_get0_data(digest)),
                                ASN1_STRING_length(digest));
    request.nonce = hexOf(TS_REQ_get_nonce(req));
    return request;
}

} // namespace

Result<TimeStamp::Request> TimeStamp::request(const QByteArray &sha256)
{
    if (sha256.size() != 32)
        return makeError(ErrorCode::Internal, QStringLiteral("a SHA-256 digest has 32 bytes"));
    TsReq req(TS_REQ_new());
    Owned<TS_MSG_IMPRINT, TS_MSG_IMPRINT_free> imprint(TS_MSG_IMPRINT_new());
    Owned<X509_ALGOR, X509_ALGOR_free> algorithm(X509_ALGOR_new());
    unsigned char nonceBytes[8];
    Owned<ASN1_INTEGER, ASN1_INTEGER_free> nonce;
    if (req && imprint && algorithm && RAND_bytes(nonceBytes, sizeof nonceBytes) == 1) {
        nonceBytes[0] &= 0x7f; // a positive number
        Owned<BIGNUM, BN_free> number(BN_bin2bn(nonceBytes, sizeof nonceBytes, nullptr));
        nonce.reset(number ? BN_to_ASN1_INTEGER(number.get(), nullptr) : nullptr);
    }
    if (!nonce ||
        X509_ALGOR_set0(algorithm.get(), OBJ_nid2obj(NID_sha256), V_ASN1_NULL, nullptr) != 1 ||
        TS_MSG_IMPRINT_set_algo(imprint.get(), algorithm.get()) != 1 ||
        TS_MSG_IMPRINT_set_msg(imprint.get(),
                               reinterpret_cast<unsigned char *>(const_cast<char *>(sha256.data())),
                               int(sha256.size())) != 1 ||
        TS_REQ_set_version(req.get(), 1) != 1 ||
        TS_REQ_set_msg_imprint(req.get(), imprint.get()) != 1 ||
        TS_REQ_set_nonce(req.get(), nonce.get()) != 1 || TS_REQ_set_cert_req(req.get(), 1) != 1)
        return makeError(ErrorCode::Internal,
                         tr("The time-stamp request could not be made: %1").arg(opensslError()));
    unsigned char *der = nullptr;
    const int length = i2d_TS_REQ(req.get(), &der);
    if (length <= 0)
        return makeError(ErrorCode::Internal,
                         tr("The time-stamp request could not be made: %1").arg(opensslError()));
    QByteArray bytes(reinterpret_cast<const char *>(der), length);
    OPENSSL_free(der);
    return describe(req.get(), bytes);
}

Result<TimeStamp::Request> TimeStamp::parseRequest(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    TsReq req(d2i_TS_REQ(nullptr, &p, long(der.size())));
    if (!req)
        return makeError(ErrorCode::InvalidInput, tr("This is not a time-stamp request."));
    return describe(req.get(), der);
}

Result<TimeStamp::Token> TimeStamp::verify(const QByteArray &replyDer, const Request &request,
                                           const QByteArray &trustedCertsPem)
{
    const auto *p = reinterpret_cast<const unsigned char *>(replyDer.constData());
    TsResp resp(d2i_TS_RESP(nullptr, &p, long(replyDer.size())));
    if (!resp)
        return makeError(ErrorCode::InvalidInput,
                         tr("This is not a time-stamp reply (an RFC 3161 .tsr file)."));
    const long status =
        ASN1_INTEGER_get(TS_STATUS_INFO_get0_status(TS_RESP_get_status_info(resp.get())));
    PKCS7 *token = TS_RESP_get_token(resp.get());
    TS_TST_INFO *info = TS_RESP_get_tst_info(resp.get());
    if ((status != TS_STATUS_GRANTED && status != TS_STATUS_GRANTED_WITH_MODS) || !token || !info)
        return makeError(ErrorCode::InvalidInput,
                         tr("The time-stamping authority refused the request."));

    // Which request it answers comes first: a reply for another request is named as such.
    const ASN1_OCTET_STRING *stamped = TS_MSG_IMPRINT_get_msg(TS_TST_INFO_get_msg_imprint(info));
    const QByteArray digest(reinterpret_cast<const char *>(ASN1_STRING_get0_data(stamped)),
                            ASN1_STRING_length(stamped));
    if (digest != request.digest ||
        (!request.nonce.isEmpty() && hexOf(TS_TST_INFO_get_nonce(info)) != request.nonce))
        return makeError(ErrorCode::NotFound, tr("This time-stamp reply answers another request."));

    // The store the signature is checked against: the certificates the user trusts, else
    // those in the reply itself (which proves the token intact, not who the authority is).
    Owned<X509_STORE, X509_STORE_free> store(X509_STORE_new());
    bool trusted = false;
    if (!trustedCertsPem.isEmpty()) {
        Bio in(BIO_new_mem_buf(trustedCertsPem.constData(), int(trustedCertsPem.size())));
        while (X509 *cert = PEM_read_bio_X509(in.get(), nullptr, nullptr, nullptr)) {
            X509_STORE_add_cert(store.get(), cert);
            X509_free(cert);
            trusted = true;
        }
        ERR_clear_error(); // the end of the PEM data
        if (!trusted)
            return makeError(ErrorCode::InvalidInput,
                             tr("No certificate could be read from the authority's certificate "
                                "file."));
    } else if (PKCS7_type_is_signed(token) && token->d.sign->cert) {
        STACK_OF(X509) *certs = token->d.sign->cert;
        for (int i = 0; i < sk_X509_num(certs); ++i)
            X509_STORE_add_cert(store.get(), sk_X509_value(certs, i));
        X509_STORE_set_flags(store.get(), X509_V_FLAG_PARTIAL_CHAIN);
    } else {
        return makeError(ErrorCode::InvalidInput,
                         tr("The time-stamp reply carries no certificate; give the authority's "
                            "certificate to check it."));
    }

    TsVerifyCtx context(TS_VERIFY_CTX_new());
    auto *imprint = static_cast<unsigned char *>(OPENSSL_malloc(size_t(request.digest.size())));
    memcpy(imprint, request.digest.constData(), size_t(request.digest.size()));
    TS_VERIFY_CTX_set_imprint(context.get(), imprint, long(request.digest.size()));
    TS_VERIFY_CTX_set_flags(context.get(), TS_VFY_VERSION | TS_VFY_IMPRINT | TS_VFY_SIGNATURE);
    TS_VERIFY_CTX_set_store(context.get(), store.release());
    if (TS_RESP_verify_response(context.get(), resp.get()) != 1)
        return makeError(ErrorCode::Corrupt,
                         tr("The time-stamp reply does not check: %1").arg(opensslError()));

    Token result;
    struct tm when = {};
    if (ASN1_TIME_to_tm(TS_TST_INFO_get_time(info), &when) == 1)
        result.time = QDateTime(QDate(when.tm_year + 1900, when.tm_mon + 1, when.tm_mday),
                                QTime(when.tm_hour, when.tm_min, when.tm_sec), Qt::UTC);
    result.serial = hexOf(TS_TST_INFO_get_serial(info));
    char policy[128] = {};
    OBJ_obj2txt(policy, sizeof policy, TS_TST_INFO_get_policy_id(info), 1);
    result.policy = QString::fromLatin1(policy);
    const GENERAL_NAME *tsa = TS_TST_INFO_get_tsa(info);
    if (tsa && tsa->type == GEN_DIRNAME) {
        result.authority = nameOf(tsa->d.directoryName);
    } else if (STACK_OF(X509) *signers = PKCS7_get0_signers(token, nullptr, 0)) {
        if (sk_X509_num(signers) > 0)
            result.authority = nameOf(X509_get_subject_name(sk_X509_value(signers, 0)));
        sk_X509_free(signers);
    }
    result.trusted = trusted;
    return result;
}

} // namespace amanat
