#include "geo/geopackage.h"
#include "geo/wkbreader.h"

#include "gpkgtestutil.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace waymark::geo;
using namespace waymark::test::gpkg;

Q_DECLARE_METATYPE(waymark::geo::GeometryType)

namespace {
const QList<QPointF> line3 { { 1, 2 }, { 3, 4 }, { 5, -6 } };

QString worldMapPath()
{
    for (const char* p :
        { "/tmp/qg/usr/share/qgis/resources/data/world_map.gpkg", "/usr/share/qgis/resources/data/world_map.gpkg" })
        if (QFile::exists(QString::fromLatin1(p)))
            return QString::fromLatin1(p);
    return {};
}
} // namespace

class TestGeoPackage : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    // A GeoPackage with one GEOMETRY layer `t` holding the given blobs as fids 1..n.
    QString packageWith(const char* name, const QList<QByteArray>& blobs,
        const QString& type = QStringLiteral("GEOMETRY"), int srsId = 4326)
    {
        const QString file = path(name);
        QFile::remove(file);
        Db db(file);
        createGeoPackageTables(db);
        QList<QVariantList> rows;
        for (int i = 0; i < blobs.size(); ++i)
            rows << QVariantList { i + 1, blobs[i].isNull() ? QVariant() : QVariant(blobs[i]),
                QStringLiteral("row %1").arg(i + 1), 0.5 * i };
        addLayer(db, QStringLiteral("t"), type, srsId, rows);
        return file;
    }

private Q_SLOTS:
    void wkbTypes_data()
    {
        QTest::addColumn<QByteArray>("wkb");
        QTest::addColumn<GeometryType>("type");
        QTest::addColumn<int>("parts");
        QTest::addColumn<int>("vertices");
        QTest::addColumn<QRectF>("bounds");
        for (const bool little : { true, false }) {
            const char* o = little ? "LE" : "BE";
#define row(what) QTest::addRow("%s %s", what, o)
            row("Point") << point(10, 20, little) << GeometryType::Point << 1 << 1 << QRectF(10, 20, 0, 0);
            row("LineString") << lineString(line3, little) << GeometryType::LineString << 1 << 3
                              << QRectF(1, -6, 4, 10);
            row("Polygon with hole") << polygon({ square(0, 0, 10), square(2, 2, 2) }, little) << GeometryType::Polygon
                                     << 2 << 10 << QRectF(0, 0, 10, 10);
            row("MultiPoint") << multi(4, { point(1, 1, little), point(2, 3, !little) }, little)
                              << GeometryType::MultiPoint << 2 << 2 << QRectF(1, 1, 1, 2);
            row("MultiLineString") << multi(
                5, { lineString(line3, little), lineString({ { 0, 0 }, { 9, 9 } }, little) }, little)
                                   << GeometryType::MultiLineString << 2 << 5 << QRectF(0, -6, 9, 15);
            row("MultiPolygon") << multi(
                6, { polygon({ square(0, 0, 1) }, little), polygon({ square(5, 5, 1) }, !little) }, little)
                                << GeometryType::MultiPolygon << 2 << 10 << QRectF(0, 0, 6, 6);
            row("GeometryCollection") << multi(7,
                { point(1, 1, little), lineString(line3, little), multi(7, { point(-1, -1, little) }, little) }, little)
                                      << GeometryType::GeometryCollection << 3 << 5 << QRectF(-1, -6, 6, 10);
            row("ISO Point Z") << Wkb(little).header(1001).f64(1).f64(2).f64(3).bytes() << GeometryType::Point << 1 << 1
                               << QRectF(1, 2, 0, 0);
            row("ISO LineString M") << Wkb(little).header(2002).points(line3, 1).bytes() << GeometryType::LineString
                                    << 1 << 3 << QRectF(1, -6, 4, 10);
            row("ISO Polygon ZM") << Wkb(little).header(3003).u32(1).points(square(0, 0, 2), 2).bytes()
                                  << GeometryType::Polygon << 1 << 5 << QRectF(0, 0, 2, 2);
            row("EWKB Point Z") << Wkb(little).header(0x80000001u).f64(1).f64(2).f64(3).bytes() << GeometryType::Point
                                << 1 << 1 << QRectF(1, 2, 0, 0);
            row("EWKB LineString ZM with SRID") << Wkb(little).header(0xE0000002u).u32(4326).points(line3, 2).bytes()
                                                << GeometryType::LineString << 1 << 3 << QRectF(1, -6, 4, 10);
            row("POINT EMPTY") << Wkb(little).header(1).f64(std::nan("")).f64(std::nan("")).bytes()
                               << GeometryType::Point << 0 << 0 << QRectF();
            row("empty MultiPolygon") << multi(6, {}, little) << GeometryType::MultiPolygon << 0 << 0 << QRectF();
#undef row
        }
    }
    void wkbTypes()
    {
        QFETCH(QByteArray, wkb);
        QFETCH(GeometryType, type);
        qsizetype consumed = 0;
        const auto g = WkbReader::read(wkb, &consumed);
        QVERIFY2(g.ok(), qPrintable(g.error().message));
        QCOMPARE(consumed, wkb.size());
        QCOMPARE(g->type, type);
        QTEST(int(g->parts.size()), "parts");
        QTEST(g->vertexCount(), "vertices");
        QTEST(g->bounds, "bounds");

        // Every truncation is an error that says where, never a crash.
        for (qsizetype n = 0; n < wkb.size(); ++n) {
            const auto cut = WkbReader::read(QByteArrayView(wkb).first(n));
            QVERIFY2(!cut.ok(), qPrintable(QStringLiteral("accepted %1 of %2 bytes").arg(n).arg(wkb.size())));
            QVERIFY2(cut.error().message.contains(QLatin1String("at byte")), qPrintable(cut.error().message));
        }
    }

    void wkbErrors_data()
    {
        QTest::addColumn<QByteArray>("wkb");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<int>("offset");
        QTest::newRow("empty") << QByteArray() << "truncated" << 0;
        QTest::newRow("byte order 2") << QByteArray::fromHex("0201000000") << "byte order" << 0;
        QTest::newRow("unknown type 8") << Wkb().header(8).u32(0).bytes() << "type code 8" << 1;
        QTest::newRow("unknown type 17") << Wkb(false).header(17).bytes() << "type code 17" << 1;
        QTest::newRow("ISO 4001") << Wkb().header(4001).f64(1).f64(1).bytes() << "type code 4001" << 1;
        QTest::newRow("huge point count")
            << Wkb().header(2).u32(0xFFFFFFFFu).f64(1).f64(2).bytes() << "cannot fit" << 5;
        QTest::newRow("huge ring count") << Wkb(false).header(3).u32(0x7FFFFFFFu).bytes() << "cannot fit" << 5;
        QTest::newRow("huge member count")
            << Wkb().header(7).u32(100000000u).raw(point(1, 1)).bytes() << "cannot fit" << 5;
        QTest::newRow("NaN in line") << Wkb().header(2).points({ { 1, 1 }, { std::nan(""), 2 } }).bytes() << "finite"
                                     << 25;
        QTest::newRow("infinity") << point(std::numeric_limits<double>::infinity(), 1) << "finite" << 5;
        QTest::newRow("half-NaN point") << point(std::nan(""), 1) << "finite" << 5;
        QTest::newRow("line in a MultiPoint") << multi(4, { point(1, 1), lineString(line3) }) << "MultiPoint" << 30;
        QTest::newRow("ring truncated") << Wkb().header(3).u32(1).u32(5).f64(0).f64(0).bytes() << "cannot fit" << 9;
        QByteArray deep = point(1, 1);
        for (int i = 0; i < 40; ++i)
            deep = multi(7, { deep });
        QTest::newRow("nested 40 deep") << deep << "nested too deep" << 33 * 9;
    }
    void wkbErrors()
    {
        QFETCH(QByteArray, wkb);
        QFETCH(QString, reason);
        QFETCH(int, offset);
        const auto g = WkbReader::read(wkb);
        QVERIFY(!g.ok());
        QVERIFY2(g.error().message.contains(reason), qPrintable(g.error().message));
        QVERIFY2(g.error().message.contains(QStringLiteral("at byte %1:").arg(offset)), qPrintable(g.error().message));
    }

    void containsEvenOdd()
    {
        const auto g = WkbReader::read(
            multi(6, { polygon({ square(0, 0, 10), square(2, 2, 2) }), polygon({ square(20, 0, 1) }) }));
        QVERIFY(g.ok());
        QVERIFY(g->contains({ 1, 1 }));
        QVERIFY(!g->contains({ 3, 3 })); // in the hole
        QVERIFY(g->contains({ 20.5, 0.5 }));
        QVERIFY(!g->contains({ 15, 5 }));
        QVERIFY(!WkbReader::read(lineString(line3))->contains({ 3, 4 }));
        const Geometry s = g->simplified(0.5);
        QCOMPARE(s.parts.size(), g->parts.size());
        QVERIFY(s.contains({ 1, 1 }));
    }

    void everyTypeBothOrders()
    {
        QList<QByteArray> blobs;
        for (const bool little : { true, false }) {
            blobs << gp(point(10, 20, little), 4326, 0, little);
            blobs << gp(lineString(line3, little), 4326, 1, !little);
            blobs << gp(polygon({ square(0, 0, 10) }, little));
            blobs << gp(multi(4, { point(1, 1, little) }, little));
            blobs << gp(multi(5, { lineString(line3, little) }, little));
            blobs << gp(multi(6, { polygon({ square(0, 0, 1) }, little) }, little));
            blobs << gp(multi(7, { point(1, 1, little), lineString(line3, little) }, little));
        }
        blobs << QByteArray(); // a feature without geometry still loads
        auto gpkg = GeoPackage::open(packageWith("types.gpkg", blobs));
        QVERIFY2(gpkg.ok(), qPrintable(gpkg.error().message));
        QCOMPARE(gpkg.value()->layers().size(), 1);
        const GeoPackageLayerInfo info = gpkg.value()->layers().first();
        QCOMPARE(info.name, QStringLiteral("t"));
        QCOMPARE(info.geometryColumn, QStringLiteral("geom"));
        QCOMPARE(info.srsId, 4326);
        QCOMPARE(info.geometryType, GeometryType::GeometryCollection);
        const auto layer = gpkg.value()->readLayer(QStringLiteral("t"));
        QVERIFY2(layer.ok(), qPrintable(layer.error().message));
        QCOMPARE(layer->skipped, 0);
        QCOMPARE(layer->features.size(), 15);
        for (int i = 0; i < 14; ++i) {
            QCOMPARE(layer->features[i].fid, i + 1);
            QCOMPARE(int(layer->features[i].geometry.type), i % 7);
        }
        QVERIFY(layer->features[14].geometry.isEmpty());
        QCOMPARE(layer->features[3].attributes.value(QStringLiteral("name")).toString(), QStringLiteral("row 4"));
        QCOMPARE(layer->features[3].attributes.value(QStringLiteral("value")).toDouble(), 1.5);
        QVERIFY(!layer->features[3].attributes.contains(QStringLiteral("geom")));
        QVERIFY(!layer->features[3].attributes.contains(QStringLiteral("fid")));
        QCOMPARE(layer->bounds, QRectF(0, -6, 10, 26));
        QCOMPARE(layer->source, gpkg.value()->fileName());
    }

    void envelopes_data()
    {
        QTest::addColumn<int>("envelope");
        QTest::addColumn<bool>("little");
        for (int e = 0; e <= 4; ++e) {
            QTest::addRow("envelope %d LE", e) << e << true;
            QTest::addRow("envelope %d BE", e) << e << false;
        }
    }
    void envelopes()
    {
        QFETCH(int, envelope);
        QFETCH(bool, little);
        int srs = 0;
        const auto g = GeoPackage::parseGeometry(gp(lineString(line3, !little), 3857, envelope, little), &srs);
        QVERIFY2(g.ok(), qPrintable(g.error().message));
        QCOMPARE(srs, 3857);
        QCOMPARE(g->vertexCount(), 3);
        QCOMPARE(g->parts.first().last(), QPointF(5, -6));
    }

    void headerErrors_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::addColumn<QString>("reason");
        QTest::newRow("short") << QByteArray("GP") << "truncated";
        QTest::newRow("plain WKB") << point(1, 2) << "magic";
        QTest::newRow("version 1") << QByteArray("GP\x01\x01\0\0\0\0", 8) + point(1, 2) << "version";
        QTest::newRow("envelope 5") << QByteArray("GP\0\x0b\0\0\0\0", 8) + point(1, 2) << "envelope";
        QTest::newRow("envelope truncated") << gp(point(1, 2), 4326, 4).first(40) << "truncated";
        QTest::newRow("extended type") << QByteArray("GP\0\x21\0\0\0\0", 8) + point(1, 2) << "extended";
        QTest::newRow("wkb truncated") << gp(point(1, 2)).chopped(3) << "byte 13";
    }
    void headerErrors()
    {
        QFETCH(QByteArray, blob);
        QFETCH(QString, reason);
        const auto g = GeoPackage::parseGeometry(blob);
        QVERIFY(!g.ok());
        QVERIFY2(g.error().message.contains(reason), qPrintable(g.error().message));
    }

    void emptyFlag()
    {
        const auto g = GeoPackage::parseGeometry(gp(multi(6, {}), 4326, 0, true, true));
        QVERIFY(g.ok());
        QVERIFY(g->isEmpty());
        QCOMPARE(g->type, GeometryType::MultiPolygon);
    }

    void webMercator()
    {
        const QString file = packageWith("mercator.gpkg",
            { gp(point(261700.0, 6250000.0), 3857), gp(point(20037508.3427892, -20037508.3427892), 3857) },
            QStringLiteral("POINT"), 3857);
        auto gpkg = GeoPackage::open(file);
        QVERIFY(gpkg.ok());
        const auto layer = gpkg.value()->readLayer(QStringLiteral("t"));
        QVERIFY2(layer.ok(), qPrintable(layer.error().message));
        QCOMPARE(layer->geometryType, GeometryType::Point);
        QCOMPARE(layer->skipped, 0);
        const QPointF paris = layer->features[0].geometry.parts[0][0];
        QVERIFY2(std::abs(paris.x() - 2.3509) < 1e-3 && std::abs(paris.y() - 48.8566) < 2e-2,
            qPrintable(QStringLiteral("%1 %2").arg(paris.x()).arg(paris.y())));
        const QPointF corner = layer->features[1].geometry.parts[0][0];
        QVERIFY(std::abs(corner.x() - 180) < 1e-6 && std::abs(corner.y() + 85.0511) < 1e-3);
    }

    void unsupportedSrs()
    {
        auto gpkg = GeoPackage::open(
            packageWith("bng.gpkg", { gp(point(530000, 180000), 27700) }, QStringLiteral("POINT"), 27700));
        QVERIFY(gpkg.ok());
        const auto layer = gpkg.value()->readLayer(QStringLiteral("t"));
        QVERIFY(!layer.ok());
        QVERIFY2(layer.error().message.contains(QLatin1String("EPSG:27700")), qPrintable(layer.error().message));
        QVERIFY(layer.error().message.contains(QLatin1String("bng.gpkg")));

        auto cartesian
            = GeoPackage::open(packageWith("cartesian.gpkg", { gp(point(1, 1), -1) }, QStringLiteral("POINT"), -1));
        QVERIFY(cartesian.ok());
        QVERIFY(!cartesian.value()->readLayer(QStringLiteral("t")).ok());
        QVERIFY(!cartesian.value()->readLayer(QStringLiteral("nosuch")).ok());
    }

    void badFeaturesSkippedAndListed()
    {
        const QString file = packageWith("bad.gpkg",
            { gp(point(1, 1)), gp(Wkb().header(99).bytes()), gp(lineString(line3)).chopped(5), gp(point(200, 10)),
                gp(polygon({ square(0, 89.5, 1) })), QByteArray("junk bytes"), gp(point(-180, -90)) });
        auto gpkg = GeoPackage::open(file);
        QVERIFY(gpkg.ok());
        const auto layer = gpkg.value()->readLayer(QStringLiteral("t"));
        QVERIFY2(layer.ok(), qPrintable(layer.error().message));
        QCOMPARE(layer->features.size(), 2);
        QCOMPARE(layer->features[0].fid, 1);
        QCOMPARE(layer->features[1].fid, 7);
        QCOMPARE(layer->skipped, 5);
        QCOMPARE(layer->warnings.size(), 5);
        const QStringList& w = layer->warnings;
        QVERIFY2(w[0].startsWith(file + QLatin1String(": layer 't' feature fid 2: ")), qPrintable(w[0]));
        QVERIFY2(w[0].contains(QLatin1String("type code 99")), qPrintable(w[0]));
        QVERIFY2(w[1].contains(QLatin1String("fid 3")) && w[1].contains(QLatin1String("cannot fit")), qPrintable(w[1]));
        QVERIFY2(w[2].contains(QLatin1String("fid 4")) && w[2].contains(QLatin1String("outside")), qPrintable(w[2]));
        QVERIFY2(w[3].contains(QLatin1String("fid 5")) && w[3].contains(QLatin1String("90.5")), qPrintable(w[3]));
        QVERIFY2(w[4].contains(QLatin1String("fid 6")) && w[4].contains(QLatin1String("magic")), qPrintable(w[4]));
    }

    void notSqlite()
    {
        const QString file = path("text.gpkg");
        waymark::test::writeFile(file, QByteArray("this is not a database, just some text\n").repeated(100));
        const auto gpkg = GeoPackage::open(file);
        QVERIFY(!gpkg.ok());
        QVERIFY2(gpkg.error().message.contains(file), qPrintable(gpkg.error().message));
        QVERIFY(gpkg.error().message.contains(QLatin1String("not a SQLite database")));
        QVERIFY(!GeoPackage::open(path("missing.gpkg")).ok());
        QVERIFY(!GeoPackage::fromBytes(QByteArray(), QStringLiteral("empty")).ok());
        QVERIFY(!GeoPackage::fromBytes(QByteArray(5000, 'x'), QStringLiteral("junk")).ok());
    }

    void sqliteButNotGeoPackage()
    {
        const QString file = path("plain.sqlite");
        {
            Db db(file);
            db.exec(QStringLiteral("CREATE TABLE t (a, b); INSERT INTO t VALUES (1, 2);"));
        }
        const auto gpkg = GeoPackage::open(file);
        QVERIFY(!gpkg.ok());
        QVERIFY2(gpkg.error().message.contains(QLatin1String("not a GeoPackage")), qPrintable(gpkg.error().message));
        QVERIFY(gpkg.error().message.contains(file));
    }

    void missingGeometryColumns()
    {
        const QString file = path("nogeomcols.gpkg");
        {
            Db db(file);
            createGeoPackageTables(db);
            addLayer(db, QStringLiteral("t"), QStringLiteral("POINT"), 4326, { { 1, gp(point(1, 1)), "a", 1.0 } });
            db.exec(QStringLiteral("DROP TABLE gpkg_geometry_columns"));
        }
        const auto gpkg = GeoPackage::open(file);
        QVERIFY(!gpkg.ok());
        QVERIFY2(
            gpkg.error().message.contains(QLatin1String("gpkg_geometry_columns")), qPrintable(gpkg.error().message));

        const QString noTable = path("notable.gpkg");
        {
            Db db(noTable);
            createGeoPackageTables(db);
            addLayer(db, QStringLiteral("t"), QStringLiteral("POINT"), 4326, {});
            db.exec(QStringLiteral("DROP TABLE t"));
        }
        auto g2 = GeoPackage::open(noTable);
        QVERIFY(g2.ok());
        const auto layer = g2.value()->readLayer(QStringLiteral("t"));
        QVERIFY(!layer.ok());
        QVERIFY(layer.error().message.contains(noTable));
    }

    void truncatedFile()
    {
        QList<QByteArray> blobs;
        for (int i = 0; i < 400; ++i)
            blobs << gp(polygon({ square(i % 170, i % 80, 1) }));
        QFile f(packageWith("full.gpkg", blobs));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray whole = f.readAll();
        QVERIFY(GeoPackage::fromBytes(whole, QStringLiteral("whole")).ok());
        for (const qsizetype size : { qsizetype(100), qsizetype(4096), whole.size() / 2, whole.size() - 1000 }) {
            const QString file = path("cut.gpkg");
            QFile::remove(file);
            waymark::test::writeFile(file, whole.first(size));
            for (int fromMemory = 0; fromMemory < 2; ++fromMemory) {
                auto gpkg = fromMemory ? GeoPackage::fromBytes(whole.first(size), file) : GeoPackage::open(file);
                if (!gpkg.ok()) {
                    QVERIFY2(gpkg.error().message.contains(file), qPrintable(gpkg.error().message));
                    continue;
                }
                for (const auto& info : gpkg.value()->layers()) {
                    const auto layer = gpkg.value()->readLayer(info.name);
                    if (!layer.ok())
                        QVERIFY2(layer.error().message.contains(file), qPrintable(layer.error().message));
                }
            }
        }
    }

    void canceled()
    {
        QList<QByteArray> blobs;
        for (int i = 0; i < 1000; ++i)
            blobs << gp(point(i % 100, 0));
        auto gpkg = GeoPackage::open(packageWith("many.gpkg", blobs));
        QVERIFY(gpkg.ok());
        waymark::Feedback feedback;
        feedback.cancel();
        QVERIFY(!gpkg.value()->readLayer(QStringLiteral("t"), &feedback).ok());
        QCOMPARE(gpkg.value()->readLayer(QStringLiteral("t"))->features.size(), 1000);
    }

    void cancelInterruptsASlowQuery()
    {
        // A layer that is a view whose first row needs a sort of 20 million rows.
        const QString file = path("slow.gpkg");
        {
            Db db(file);
            createGeoPackageTables(db);
            db.exec(QStringLiteral(
                "CREATE VIEW slow AS SELECT x AS fid, NULL AS geom FROM (WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                "SELECT x + 1 FROM c WHERE x < 20000000) SELECT x FROM c ORDER BY -x);"
                "INSERT INTO gpkg_contents (table_name, data_type, srs_id) VALUES ('slow', 'features', 4326);"
                "INSERT INTO gpkg_geometry_columns VALUES ('slow', 'geom', 'POINT', 4326, 0, 0);"));
        }
        auto gpkg = GeoPackage::open(file);
        QVERIFY2(gpkg.ok(), qPrintable(gpkg.error().message));
        waymark::Feedback feedback;
        feedback.cancel();
        QElapsedTimer timer;
        timer.start();
        const auto layer = gpkg.value()->readLayer(QStringLiteral("slow"), &feedback);
        QVERIFY(!layer.ok());
        QVERIFY2(layer.error().message.contains(QLatin1String("canceled")), qPrintable(layer.error().message));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
    }

    void qgisWorldMap()
    {
        const QString file = worldMapPath();
        if (file.isEmpty())
            QSKIP("QGIS's world_map.gpkg is not installed");
        auto gpkg = GeoPackage::open(file);
        QVERIFY2(gpkg.ok(), qPrintable(gpkg.error().message));
        QStringList names;
        for (const auto& info : gpkg.value()->layers())
            names << info.name;
        QCOMPARE(names, QStringList({ "countries", "disputed_borders", "states_provinces" }));
        for (const auto& info : gpkg.value()->layers()) {
            const auto layer = gpkg.value()->readLayer(info.name);
            QVERIFY2(layer.ok(), qPrintable(layer.error().message));
            QVERIFY2(layer->skipped == 0, qPrintable(layer->warnings.join(QLatin1Char('\n'))));
            QVERIFY(!layer->features.isEmpty());
            QVERIFY(QRectF(-180, -90, 360, 180).contains(layer->bounds));
        }
        const auto countries = gpkg.value()->readLayer(QStringLiteral("countries"));
        QVERIFY(countries->features.size() >= 200);
        QCOMPARE(countries->geometryType, GeometryType::MultiPolygon);
    }
};

QTEST_GUILESS_MAIN(TestGeoPackage)
#include "tst_geopackage.moc"
