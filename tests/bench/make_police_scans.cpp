// Writes generated police-style scans and where each protected string is on them:
//   make_police_scans OUTDIR [COUNT] [--first-seed N]
// Each page is OUTDIR/scan-NNN.png; OUTDIR/truth.json lists, per page, the spec and every
// occurrence (text and polygon in pixels). Layouts, resolutions, rotation, type size,
// paper and noise vary with the seed; the set is the same for the same seed.

#include "PoliceScan.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

#include <cstdio>

using namespace amanat::test;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: make_police_scans OUTDIR [COUNT] [--first-seed N]\n");
        return 2;
    }
    const QString out = args.at(1);
    const int count =
        args.size() > 2 && !args.at(2).startsWith(QLatin1String("--")) ? args.at(2).toInt() : 50;
    quint32 firstSeed = 1;
    const int seedAt = int(args.indexOf(QStringLiteral("--first-seed")));
    if (seedAt > 0 && seedAt + 1 < args.size())
        firstSeed = args.at(seedAt + 1).toUInt();
    QDir().mkpath(out);
    const ScanPerson person = ScanPerson::protectedWitness();
    QJsonArray pages;
    for (int i = 0; i < count; ++i) {
        const quint32 seed = firstSeed + quint32(i);
        QRandomGenerator random(seed * 7919u);
        ScanSpec spec;
        spec.seed = seed;
        spec.layout = static_cast<ScanSpec::Layout>(i % 3);
        spec.dpi = random.bounded(2) ? 300 : 150;
        spec.rotationDegrees = (random.generateDouble() * 2 - 1);
        spec.pointSize = 10 + random.bounded(5);
        spec.paperGrey = random.bounded(2) ? 255 : 222 + int(random.bounded(14));
        spec.noise = random.bounded(3) == 0 ? 0 : 6 + int(random.bounded(8));
        spec.includeUyghur = false;
        const GeneratedScan scan = generatePoliceScan(spec, person);
        const QString name = QStringLiteral("scan-%1.png").arg(i + 1, 3, 10, QLatin1Char('0'));
        if (!scan.image.save(QDir(out).filePath(name))) {
            std::fprintf(stderr, "could not write %s\n", qPrintable(name));
            return 1;
        }
        QJsonArray occurrences;
        for (const ScanOccurrence &o : scan.occurrences) {
            QJsonArray areas;
            for (const QPolygonF &polygon : o.areas) {
                QJsonArray points;
                for (const QPointF &p : polygon)
                    points.append(QJsonArray{p.x(), p.y()});
                areas.append(points);
            }
            occurrences.append(
                QJsonObject{{QStringLiteral("text"), o.text}, {QStringLiteral("areas"), areas}});
        }
        pages.append(QJsonObject{
            {QStringLiteral("file"), name},
            {QStringLiteral("layout"), i % 3},
            {QStringLiteral("dpi"), spec.dpi},
            {QStringLiteral("rotation"), spec.rotationDegrees},
            {QStringLiteral("point_size"), spec.pointSize},
            {QStringLiteral("paper"), spec.paperGrey},
            {QStringLiteral("noise"), spec.noise},
            {QStringLiteral("occurrences"), occurrences},
            {QStringLiteral("bystanders"), QJsonArray::fromStringList(scan.bystanderTexts)}});
    }
    QFile truth(QDir(out).filePath(QStringLiteral("truth.json")));
    if (!truth.open(QIODevice::WriteOnly))
        return 1;
    truth.write(QJsonDocument(QJsonObject{{QStringLiteral("pages"), pages},
                                          {QStringLiteral("protected"),
                                           QJsonArray::fromStringList(protectedStrings(person))}})
                    .toJson());
    return 0;
}
