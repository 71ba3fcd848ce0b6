#pragma once

#include "BundleLayout.h"
#include "common/Result.h"
#include "crypto/SecureBuffer.h"
#include "helper/RasterProtocol.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>

#include <memory>

namespace amanat {

/** Document information written into every part (no paths, no user names). */
struct BundleDocumentInfo
{
    QString title;
    QString producer;
    QString createdUtc; ///< ISO 8601
};

/** Puts bundle pages together with qpdf: original PDF pages as form XObjects (vector, text
 *  layer kept; annotations flattened, so forms, links and scripts do not come along; XMP
 *  and application data of their images and forms taken off), the
 *  generated pages and page images under them, the stamp of every page on top; then the
 *  outline, page labels equal to the stamps, link annotations, and opening at 100 %.
 *
 *  qpdf throws; every exception stops here and becomes an Error. Every source QPDF and its
 *  bytes stay alive until the last part is written. */
class PdfAssembler
{
    Q_DECLARE_TR_FUNCTIONS(PdfAssembler)

public:
    PdfAssembler();
    ~PdfAssembler();
    PdfAssembler(const PdfAssembler &) = delete;
    PdfAssembler &operator=(const PdfAssembler &) = delete;

    /** Loads an original PDF; returns its index. @p what names it in error messages. */
    Result<int> addSource(const QByteArray &pdf, const QString &what);
    /** Puts the helper's re-encoded JPEGs in place of the original's image streams (an
     *  image whose size does not match is left as it is). */
    Status replaceImages(int source, const QVector<ReencodedImage> &images);
    int pageCount(int source) const;
    /** The page's visible size in points, rotation applied. */
    QSizeF pageSize(int source, int page) const;

    Status setGenerated(const QByteArray &pdf);
    Status setStamps(const QByteArray &pdf);

    /** Writes part @p which of @p parts to @p path. An index link to a page of another
     *  part points into that part's file (a remote link). */
    Status writePart(const BundleLayout &layout, const QVector<BundlePart> &parts, int which,
                     const QString &path, const BundleDocumentInfo &info);

    /** The same file encrypted with AES-256 (R6) under @p password, for sending. */
    static Status writeEncryptedCopy(const QString &source, const QString &destination,
                                     const SecureBuffer &password);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace amanat
