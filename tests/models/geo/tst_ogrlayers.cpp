// GIS layers through OGR: files of every accepted format written by ogr2ogr
// (gdal-bin) from one GeoJSON source, read back as map layers in lon/lat.
#include "geo/gdalenv.h"
#include "geo/ogrlayers.h"
#include "map/mapmodel.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace waymark;
using namespace waymark::geo;

namespace {

// Two points, a line and a polygon with a hole, with text and number attributes.
const char sourceGeoJson[] = R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Calais","n":3},"geometry":{"type":"Point","coordinates":[1.8587,50.9513]}},
{"type":"Feature","properties":{"name":"Dover","n":5},"geometry":{"type":"Point","coordinates":[1.3134,51.1279]}},
{"type":"Feature","properties":{"name":"crossing","n":8},"geometry":{"type":"LineString","coordinates":[[1.8587,50.9513],[1.3134,51.1279]]}},
{"type":"Feature","properties":{"name":"zone","n":1},"geometry":{"type":"Polygon","coordinates":[
  [[1.0,50.0],[3.0,50.0],[3.0,52.0],[1.0,52.0],[1.0,50.0]],[[1.5,50.5],[2.0,50.5],[2.0,51.0],[1.5,50.5]]]}}
]})";

bool near(double a, double b, double tolerance = 1e-6)
{
    return std::abs(a - b) <= tolerance;
}

} // namespace

class TestOgrLayers : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_source;

    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    void ogr2ogr(const QStringList& args)
    {
        const test::Run r = test::run(QStringLiteral("ogr2ogr"), args);
        QVERIFY2(r.code == 0, qPrintable(QStringLiteral("ogr2ogr %1: %2").arg(args.join(QLatin1Char(' ')), r.err)));
    }

    // The features of `file` in one list, whatever the layers.
    QList<Feature> readAll(const QString& file, int* layers = nullptr)
    {
        auto f = OgrVectorFile::open(file);
        if (!f) {
            qWarning() << f.error().toString();
            return {};
        }
        QList<Feature> out;
        for (int i = 0; i < f.value()->layers().size(); ++i) {
            auto layer = f.value()->readLayer(i);
            if (!layer) {
                qWarning() << layer.error().toString();
                return {};
            }
            if (!layer.value().warnings.isEmpty())
                qWarning() << layer.value().warnings;
            out << layer.value().features;
        }
        if (layers)
            *layers = int(f.value()->layers().size());
        return out;
    }

    static const Feature* named(const QList<Feature>& fs, const QString& name)
    {
        for (const Feature& f : fs)
            if (f.attributes.value(QStringLiteral("name")).toString() == name
                || f.attributes.value(QStringLiteral("Name")).toString() == name) // KML's own field
                return &f;
        return nullptr;
    }

    // The four source features with their geometry in lon/lat.
    void checkFour(const QList<Feature>& fs, double tolerance = 1e-6)
    {
        QCOMPARE(fs.size(), 4);
        const Feature* calais = named(fs, QStringLiteral("Calais"));
        QVERIFY(calais);
        QCOMPARE(calais->geometry.type, GeometryType::Point);
        QVERIFY2(near(calais->geometry.parts.at(0).at(0).x(), 1.8587, tolerance)
                && near(calais->geometry.parts.at(0).at(0).y(), 50.9513, tolerance),
            qPrintable(QStringLiteral("%1 %2")
                           .arg(calais->geometry.parts.at(0).at(0).x())
                           .arg(calais->geometry.parts.at(0).at(0).y())));
        const Feature* line = named(fs, QStringLiteral("crossing"));
        QVERIFY(line);
        QCOMPARE(line->geometry.type, GeometryType::LineString);
        QCOMPARE(line->geometry.parts.at(0).size(), 2);
        const Feature* zone = named(fs, QStringLiteral("zone"));
        QVERIFY(zone);
        QVERIFY(isPolygonal(zone->geometry.type));
        QCOMPARE(zone->geometry.parts.size(), 2); // outer ring and hole
        QVERIFY(zone->geometry.contains(QPointF(2.5, 51.5)));
        QVERIFY(!zone->geometry.contains(QPointF(1.9, 50.6))); // in the hole
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_source = path("source.geojson");
        test::writeFile(m_source, sourceGeoJson);
    }

    void networkIsRefusedBeforeGdal_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("http") << QStringLiteral("http://example.org/layer.geojson");
        QTest::newRow("https") << QStringLiteral("https://example.org/a.gpkg");
        QTest::newRow("vsicurl") << QStringLiteral("/vsicurl/http://example.org/a.shp");
        QTest::newRow("vsicurl_streaming") << QStringLiteral("/vsicurl_streaming/http://example.org/a.shp");
        QTest::newRow("vsis3") << QStringLiteral("/vsis3/bucket/a.fgb");
        QTest::newRow("vsigs") << QStringLiteral("/vsigs/bucket/a.fgb");
        QTest::newRow("vsiaz") << QStringLiteral("/vsiaz/container/a.fgb");
        QTest::newRow("vsizip over curl") << QStringLiteral("/vsizip//vsicurl/http://example.org/a.kmz/doc.kml");
        QTest::newRow("vsizip braces") << QStringLiteral("/vsizip/{/vsicurl/http://example.org/a.zip}/doc.kml");
        QTest::newRow("vsimem") << QStringLiteral("/vsimem/a.geojson");
        QTest::newRow("connection") << QStringLiteral("PG:dbname=cases host=db");
        QTest::newRow("WFS") << QStringLiteral("WFS:http://example.org/wfs");
        QTest::newRow("unc") << QStringLiteral("//server/share/a.shp");
        QTest::newRow("missing") << QStringLiteral("/nonexistent/a.geojson");
    }
    void networkIsRefusedBeforeGdal()
    {
        QFETCH(QString, path);
        const auto checked = GdalEnv::checkLocalPath(path);
        QVERIFY2(!checked.ok(), qPrintable(checked.ok() ? checked.value() : QString()));
        QVERIFY2(checked.error().message.contains(path), qPrintable(checked.error().message));
        // And nothing reaches GDAL through the layer reader or the map either.
        QVERIFY(!OgrVectorFile::open(path).ok());
        QVERIFY(!map::MapModel::readLayerFile(path).ok());
    }

    void gdalItselfRefusesTheNetwork()
    {
        GdalEnv::ensure();
        QVERIFY(GdalEnv::networkRefused());
        // A file that names a remote resource: an OGR VRT pointing at /vsicurl/
        // (the VRT driver is deregistered, so it is not even recognised).
        const QString vrt = path("remote.vrt");
        test::writeFile(vrt,
            "<OGRVRTDataSource><OGRVRTLayer name=\"x\"><SrcDataSource>/vsicurl/http://127.0.0.1:9/x.geojson"
            "</SrcDataSource></OGRVRTLayer></OGRVRTDataSource>");
        QVERIFY(!OgrVectorFile::open(vrt).ok());
    }

    void localPathsAccepted()
    {
        const auto checked = GdalEnv::checkLocalPath(m_source);
        QVERIFY2(checked.ok(), qPrintable(checked.error().toString()));
        QCOMPARE(checked.value(), QFileInfo(m_source).absoluteFilePath());
    }

    void formats_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("GeoJSON") << "a.geojson" << QStringList { "-f", "GeoJSON" } << 1e-6;
        QTest::newRow("KML") << "a.kml" << QStringList { "-f", "KML" } << 1e-6;
        QTest::newRow("Shapefile 3857") << "shp/a.shp"
                                        << QStringList { "-f", "ESRI Shapefile", "-t_srs", "EPSG:3857", "-nlt",
                                               "GEOMETRY" }
                                        << 1e-6;
        QTest::newRow("FlatGeobuf") << "a.fgb" << QStringList { "-f", "FlatGeobuf" } << 1e-6;
        QTest::newRow("GeoPackage UTM") << "a.gpkg" << QStringList { "-f", "GPKG", "-t_srs", "EPSG:32631" } << 1e-6;
    }
    void formats()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, args);
        QFETCH(double, tolerance);
        const QString out = m_dir.filePath(file);
        QDir().mkpath(QFileInfo(out).absolutePath());
        if (file.startsWith(QLatin1String("shp/"))) {
            // A Shapefile holds one geometry type: points, lines, polygons in three files.
            QList<Feature> all;
            const char* types[][2] = { { "POINT", "pt" }, { "LINESTRING", "ln" }, { "POLYGON", "pg" } };
            for (const auto& t : types) {
                const QString shp = m_dir.filePath(QStringLiteral("shp/%1.shp").arg(QLatin1String(t[1])));
                ogr2ogr({ "-f", "ESRI Shapefile", "-t_srs", "EPSG:3857", "-where",
                    QStringLiteral("OGR_GEOMETRY='%1'").arg(QLatin1String(t[0])), shp, m_source });
                all << readAll(shp);
            }
            checkFour(all, tolerance);
            return;
        }
        ogr2ogr(QStringList(args) << out << m_source);
        checkFour(readAll(out), tolerance);
        // And as the map reads it: one overlay with the four features.
        const auto overlays = map::MapModel::readLayerFile(out);
        QVERIFY2(overlays.ok(), qPrintable(overlays.error().toString()));
        QCOMPARE(overlays.value().size(), 1);
        QCOMPARE(overlays.value().at(0).layer->features.size(), 4);
        QVERIFY(overlays.value().at(0).layer->bounds.contains(QPointF(2, 51)));
    }

    void kmz()
    {
        const QString kml = path("kmz/doc.kml");
        QDir().mkpath(path("kmz"));
        ogr2ogr({ "-f", "KML", kml, m_source });
        const QString kmz = path("a.kmz");
        const test::Run zip = test::run(QStringLiteral("zip"), { "-j", "-q", kmz, kml });
        QVERIFY2(zip.code == 0, qPrintable(zip.err));
        checkFour(readAll(kmz));
        // /vsizip/ over the local KMZ is the one virtual path accepted.
        const auto inner = GdalEnv::checkLocalPath(QStringLiteral("/vsizip/") + kmz + QStringLiteral("/doc.kml"));
        QVERIFY2(inner.ok(), qPrintable(inner.error().toString()));
        checkFour(readAll(QStringLiteral("/vsizip/") + kmz + QStringLiteral("/doc.kml")));
    }

    void gpx()
    {
        // GPX holds waypoints and tracks: the two points become waypoints.
        const QString out = path("a.gpx");
        ogr2ogr({ "-f", "GPX", "-nlt", "POINT", "-where", "OGR_GEOMETRY='POINT'", out, m_source });
        int layers = 0;
        const QList<Feature> fs = readAll(out, &layers);
        QVERIFY(layers >= 1);
        QCOMPARE(fs.size(), 2);
        const Feature* dover = named(fs, QStringLiteral("Dover"));
        QVERIFY(dover);
        QVERIFY(near(dover->geometry.parts.at(0).at(0).x(), 1.3134));
    }

    void geoPackageCurvePolygon()
    {
        // A CurvePolygon (a circle of radius 1° around 10°E 45°N) and a
        // CompoundCurve: valid GeoPackage geometry our WKB reader refused.
        const QString csv = path("curves.csv");
        test::writeFile(csv,
            "WKT,name\n"
            "\"CURVEPOLYGON(CIRCULARSTRING(9 45,11 45,9 45))\",circle\n"
            "\"COMPOUNDCURVE(CIRCULARSTRING(0 0,1 1,2 0),(2 0,3 0))\",arc\n");
        const QString gpkg = path("curves.gpkg");
        ogr2ogr({ "-f", "GPKG", "-a_srs", "EPSG:4326", "-nlt", "GEOMETRY", gpkg, csv });
        const QList<Feature> fs = readAll(gpkg);
        QCOMPARE(fs.size(), 2);
        const Feature* circle = named(fs, QStringLiteral("circle"));
        QVERIFY(circle);
        QCOMPARE(circle->geometry.type, GeometryType::Polygon);
        QVERIFY(circle->geometry.vertexCount() > 16); // linearised, not two points
        QVERIFY(circle->geometry.contains(QPointF(10, 45)));
        QVERIFY(circle->geometry.contains(QPointF(10, 45.9)));
        QVERIFY(!circle->geometry.contains(QPointF(10, 46.1)));
        const Feature* arc = named(fs, QStringLiteral("arc"));
        QVERIFY(arc);
        QCOMPARE(arc->geometry.type, GeometryType::LineString);
        QVERIFY(near(arc->geometry.bounds.bottom(), 1.0, 1e-3)); // the arc's top
    }

    void vectorMbTiles()
    {
        const QString out = path("a.mbtiles");
        ogr2ogr({ "-f", "MBTiles", "-dsco", "MAXZOOM=6", out, m_source });
        const auto overlays = map::MapModel::readLayerFile(out);
        QVERIFY2(overlays.ok(), qPrintable(overlays.error().toString()));
        QVERIFY(!overlays.value().isEmpty());
        QVERIFY(!overlays.value().at(0).tiles); // vector, not a raster tile set
        int features = 0;
        QRectF box;
        for (const auto& o : overlays.value()) {
            features += int(o.layer->features.size());
            box = box.isNull() ? o.layer->bounds : box.united(o.layer->bounds);
        }
        QVERIFY2(features >= 4, qPrintable(QString::number(features)));
        // Tiles are in Web Mercator: back in lon/lat within a tile pixel at z6.
        QVERIFY2(box.left() > 0.95 && box.left() < 1.05 && box.top() > 49.9 && box.bottom() < 52.1,
            qPrintable(
                QStringLiteral("%1 %2 %3 %4").arg(box.left()).arg(box.top()).arg(box.right()).arg(box.bottom())));
    }

    void badFilesAreErrorsNamingTheFile()
    {
        const QString bad = path("broken.geojson");
        test::writeFile(bad, "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":");
        const auto r = OgrVectorFile::open(bad);
        QVERIFY(!r.ok());
        // Named once, as the error's file (a message box shows "file: reason").
        QCOMPARE(r.error().file, bad);
        QVERIFY2(r.error().toString().startsWith(bad + QStringLiteral(": not a file Waymark can read as GeoJSON: ")),
            qPrintable(r.error().toString()));
        // A GeoJSON feature with a latitude of 200° is skipped with its place, the rest load.
        const QString odd = path("odd.geojson");
        test::writeFile(odd,
            R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"ok"},"geometry":{"type":"Point","coordinates":[1,2]}},
{"type":"Feature","properties":{"name":"bad"},"geometry":{"type":"Point","coordinates":[1,200]}}]})");
        auto f = OgrVectorFile::open(odd);
        QVERIFY(f.ok());
        auto layer = f.value()->readLayer(0);
        QVERIFY(layer.ok());
        QCOMPARE(layer.value().features.size(), 1);
        QCOMPARE(layer.value().skipped, 1);
        QVERIFY2(layer.value().warnings.at(0).startsWith(QStringLiteral("odd.geojson [odd]:feature 1: ")),
            qPrintable(layer.value().warnings.at(0)));
        // A FlatGeobuf polygon with a NaN among its coordinates (found by
        // fuzz_ogrlayer; OGR's envelope passes over NaN) is skipped too.
        auto nan
            = OgrVectorFile::open(test::dataDir() + QStringLiteral("/../fuzz/corpus/fuzz_ogrlayer/nan-in-ring.fgb"));
        QVERIFY2(nan.ok(), qPrintable(nan.ok() ? QString() : nan.error().toString()));
        auto zone = nan.value()->readLayer(0);
        QVERIFY(zone.ok());
        QCOMPARE(zone.value().features.size(), 1);
        QCOMPARE(zone.value().skipped, 1);
        QVERIFY2(zone.value().warnings.at(0).endsWith(QStringLiteral("a coordinate is not a number")),
            qPrintable(zone.value().warnings.at(0)));
    }
};

QTEST_GUILESS_MAIN(TestOgrLayers)
#include "tst_ogrlayers.moc"
