#include "LeakCheckProtocol.h"

#include "RasterProtocol.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace amanat {

QByteArray LeakCheckRequest::headerLine() const
{
    const QJsonObject json{
        {QStringLiteral("size"), double(size)},
        {QStringLiteral("first_page"), firstPage},
        {QStringLiteral("last_page"), lastPage},
        {QStringLiteral("terms"), termsToJson(terms)},
        {QStringLiteral("language_groups"), QJsonArray::fromStringList(languageGroups)},
        {QStringLiteral("dpi"), dpi}};
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

bool LeakCheckRequest::parseHeaderLine(const QByteArray &line, LeakCheckRequest *request)
{
    const QJsonObject json = QJsonDocument::fromJson(line).object();
    if (json.isEmpty())
        return false;
    LeakCheckRequest r;
    r.size = qint64(json.value(QStringLiteral("size")).toDouble(-1));
    r.firstPage = json.value(QStringLiteral("first_page")).toInt(1);
    r.lastPage = json.value(QStringLiteral("last_page")).toInt(0);
    r.terms = termsFromJson(json.value(QStringLiteral("terms")).toArray());
    for (const QJsonValue &v : json.value(QStringLiteral("language_groups")).toArray())
        if (!v.toString().isEmpty())
            r.languageGroups << v.toString();
    r.dpi = json.value(QStringLiteral("dpi")).toInt(300);
    if (r.size < 0 || r.firstPage < 1 || r.lastPage < 0 || r.dpi < 72 || r.dpi > 400)
        return false;
    *request = r;
    return true;
}

QJsonObject LeakFinding::toJson() const
{
    return QJsonObject{
        {QStringLiteral("finding"),
         QJsonObject{{QStringLiteral("page"), page},
                     {QStringLiteral("where"),
                      where == Where::Pixels ? QStringLiteral("pixels") : QStringLiteral("text")},
                     {QStringLiteral("term"), term},
                     {QStringLiteral("rect"),
                      QJsonArray{rect.x(), rect.y(), rect.width(), rect.height()}}}}};
}

bool LeakFinding::fromJson(const QJsonObject &json, LeakFinding *finding)
{
    const QJsonObject o = json.value(QStringLiteral("finding")).toObject();
    if (o.isEmpty())
        return false;
    LeakFinding f;
    f.page = o.value(QStringLiteral("page")).toInt();
    f.where = o.value(QStringLiteral("where")).toString() == QLatin1String("pixels")
                  ? Where::Pixels
                  : Where::TextLayer;
    f.term = o.value(QStringLiteral("term")).toInt(-1);
    const QJsonArray r = o.value(QStringLiteral("rect")).toArray();
    f.rect = QRectF(r.at(0).toDouble(), r.at(1).toDouble(), r.at(2).toDouble(), r.at(3).toDouble());
    if (f.page < 1)
        return false;
    *finding = f;
    return true;
}

QJsonObject LeakPageChecked::toJson() const
{
    return QJsonObject{{QStringLiteral("checked"), page}, {QStringLiteral("pixels"), pixels}};
}

bool LeakPageChecked::fromJson(const QJsonObject &json, LeakPageChecked *checked)
{
    if (!json.contains(QStringLiteral("checked")))
        return false;
    checked->page = json.value(QStringLiteral("checked")).toInt();
    checked->pixels = json.value(QStringLiteral("pixels")).toBool();
    return checked->page >= 1;
}

} // namespace amanat
