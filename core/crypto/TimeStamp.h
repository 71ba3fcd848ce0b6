#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace amanat {

/** RFC 3161 trusted time stamps, made and checked offline with OpenSSL's TS API: a request
 *  over a SHA-256 digest that the user takes to any time-stamping authority, and the check
 *  of the authority's reply against that request. Nothing here touches the network. */
class TimeStamp
{
    Q_DECLARE_TR_FUNCTIONS(TimeStamp)

public:
    /** A request, DER-encoded, as it goes to the authority (a .tsq file). */
    struct Request
    {
        QByteArray der;
        QByteArray digest; ///< the SHA-256 stamped
        QString nonce;     ///< hex: ties the reply to this request
    };

    /** What a verified reply says. */
    struct Token
    {
        QDateTime time; ///< UTC, as the authority's clock had it
        QString authority;
        QString serial;       ///< hex
        QString policy;       ///< OID
        bool trusted = false; ///< the signer chains to a certificate the user gave
    };

    /** A request for @p sha256 (32 bytes) with a fresh random nonce, asking the authority to
     *  include its certificate in the reply. */
    static Result<Request> request(const QByteArray &sha256);
    /** Reads a .tsq back (its digest and nonce). */
    static Result<Request> parseRequest(const QByteArray &der);
    /** Checks @p replyDer (a .tsr) against @p request: granted, signed (the signature checks
     *  against the certificate in the reply; against @p trustedCertsPem too when given, which
     *  then makes the token trusted), same digest, same nonce (unless @p request has none). A reply
     * to another request is a NotFound error; any other failure says what does not check. */
    static Result<Token> verify(const QByteArray &replyDer, const Request &request,
                                const QByteArray &trustedCertsPem = {});
};

} // namespace amanat
