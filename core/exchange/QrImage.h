#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace amanat {

/** A QR code of a short text (an exchange key), for a phone's camera or a printed card. */
class QrImage
{
    Q_DECLARE_TR_FUNCTIONS(QrImage)

public:
    /** Black modules on white with the standard four-module quiet zone, each module
     *  @p moduleSize pixels; error correction level M. */
    static Result<QImage> make(const QString &text, int moduleSize = 8);
};

} // namespace amanat
