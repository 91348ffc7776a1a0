// GIS reader benchmark (issue 15 §3): Waymark's own GeoPackage reader
// (geo::GeoPackage: SQLite + our WKB parser) against OGR (geo::OgrVectorFile)
// reading the same layer whole into a VectorLayer, in one run, on
//  - the built-in world layer (resources/world/countries.gpkg: 250 multipolygons,
//    220,000 vertices), read at every start of the program, and
//  - a generated GeoPackage of N polygons (ogr2ogr from GeoJSON).
// Prints the best of K runs of each and the ratio (OGR time / ours: > 1.0
// means ours is faster). The world layer keeps our reader when it is.
//
//   bench_gisread [--features N] [--repeat K]

#include "geo/geopackage.h"
#include "geo/ogrlayers.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace waymark;

namespace {

double bestOf(int repeat, const std::function<qsizetype()>& run, qsizetype* features)
{
    double best = 1e99;
    for (int k = 0; k < repeat; ++k) {
        QElapsedTimer t;
        t.start();
        *features = run();
        best = std::min(best, double(t.nsecsElapsed()) / 1e9);
    }
    return best;
}

bool compare(const QString& title, const QString& gpkg, const QString& layer, int repeat, QTextStream& out)
{
    qsizetype ours = -1, theirs = -1;
    const double a = bestOf(
        repeat,
        [&] {
            auto file = geo::GeoPackage::open(gpkg);
            if (!file)
                return qsizetype(-1);
            auto l = file.value()->readLayer(layer);
            return l ? l.value().features.size() : qsizetype(-1);
        },
        &ours);
    const double b = bestOf(
        repeat,
        [&] {
            auto file = geo::OgrVectorFile::open(gpkg);
            if (!file)
                return qsizetype(-1);
            auto l = file.value()->readLayer(0);
            return l ? l.value().features.size() : qsizetype(-1);
        },
        &theirs);
    if (ours < 0 || ours != theirs) {
        out << title << ": the readers disagree (" << ours << " vs " << theirs << " features)\n";
        return false;
    }
    out << title << ": " << ours << " features; Waymark GeoPackage " << QString::number(a * 1000, 'f', 1) << " ms, OGR "
        << QString::number(b * 1000, 'f', 1) << " ms; ratio (OGR / ours) " << QString::number(b / a, 'f', 2) << '\n';
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int features = 50000, repeat = 5;
    if (const int i = int(args.indexOf(QStringLiteral("--features"))); i > 0 && i + 1 < args.size())
        features = args.at(i + 1).toInt();
    if (const int i = int(args.indexOf(QStringLiteral("--repeat"))); i > 0 && i + 1 < args.size())
        repeat = std::max(1, args.at(i + 1).toInt());
    QTextStream out(stdout);
    QTemporaryDir dir;

    // The world layer as the program ships it (a Qt resource), as a file.
    const QString world = dir.filePath(QStringLiteral("countries.gpkg"));
    if (!QFile::copy(QStringLiteral(WAYMARK_WORLD_GPKG), world)) {
        out << "cannot copy " << WAYMARK_WORLD_GPKG << '\n';
        return 1;
    }
    bool ok = compare(QStringLiteral("world layer"), world, QStringLiteral("countries"), repeat, out);

    // N small polygons (hexagon-ish rings of 7 points) with two attributes.
    const QString json = dir.filePath(QStringLiteral("polys.geojson"));
    {
        QFile f(json);
        if (!f.open(QIODevice::WriteOnly))
            return 1;
        QRandomGenerator rng(7);
        QByteArray buf = "{\"type\":\"FeatureCollection\",\"features\":[";
        for (int i = 0; i < features; ++i) {
            const double x = -170 + rng.generateDouble() * 340, y = -80 + rng.generateDouble() * 160;
            buf += i ? ",\n" : "\n";
            buf += "{\"type\":\"Feature\",\"properties\":{\"id\":" + QByteArray::number(i) + ",\"name\":\"area "
                + QByteArray::number(i) + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[";
            for (int k = 0; k <= 6; ++k) {
                const double a = (k % 6) * 3.14159265 / 3;
                buf += (k ? "," : "") + QByteArray("[") + QByteArray::number(x + 0.1 * std::cos(a), 'f', 6) + ","
                    + QByteArray::number(y + 0.1 * std::sin(a), 'f', 6) + "]";
            }
            buf += "]]}}";
        }
        buf += "]}";
        f.write(buf);
    }
    const QString gpkg = dir.filePath(QStringLiteral("polys.gpkg"));
    QProcess p;
    p.start(QStringLiteral("ogr2ogr"),
        { QStringLiteral("-f"), QStringLiteral("GPKG"), QStringLiteral("-nln"), QStringLiteral("polys"), gpkg, json });
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        out << "ogr2ogr failed: " << p.readAllStandardError() << '\n';
        return 1;
    }
    ok = compare(QStringLiteral("%1 polygons").arg(features), gpkg, QStringLiteral("polys"), repeat, out) && ok;
    return ok ? 0 : 1;
}
