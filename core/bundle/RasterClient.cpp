#include "RasterClient.h"

#include "HelperRun.h"

namespace amanat {

RasterClient::RasterClient(QString helperPath, int timeoutSeconds)
    : m_helperPath(std::move(helperPath)), m_timeoutSeconds(timeoutSeconds)
{}

Result<RasterResult> RasterClient::run(const RasterRequest &request, const QByteArray &data,
                                       const QString &what)
{
    RasterRequest sized = request;
    sized.size = data.size();
    RasterResult result;
    const Status status = HelperRun(m_helperPath, m_timeoutSeconds)
                              .run(QStringLiteral("--raster"), sized.headerLine(), data, what,
                                   [&result](const QJsonObject &json) {
                                       if (json.contains(QStringLiteral("image"))) {
                                           ReencodedImage image;
                                           if (!ReencodedImage::fromJson(json, &image))
                                               return false;
                                           result.images.append(image);
                                           return true;
                                       }
                                       RasterPage page;
                                       if (!RasterPage::fromJson(json, &page))
                                           return false;
                                       result.pages.append(page);
                                       return true;
                                   });
    if (!status.ok())
        return status.error();
    return result;
}

} // namespace amanat
