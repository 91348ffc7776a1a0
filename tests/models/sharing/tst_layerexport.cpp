#include "analysis/analysiscontext.h"
#include "analysis/hotspotclaims.h"
#include "core/feedback.h"
#include "geo/greatcircle.h"
#include "map/mapmodel.h"
#include "sharing/figureexport.h"
#include "sharing/layerexport.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QtTest>

using namespace waymark;
using namespace waymark::sharing;

/// GeoJSON and KML layers (issue 17 §4): every layer in both formats opens
/// with GDAL/OGR and in QGIS itself, holds only what the
/// releasability check lets go, and routes are split at the antimeridian.
class TestLayerExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::forbiddenRecordWorkspace(m_dir.path(), 400, 21);
        QVERIFY(m_ws);
    }

    void opensWithOgr_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addColumn<int>("format");
        for (const char* l : { "incidents", "routes", "hotspots", "significance" }) {
            QTest::addRow("%s geojson", l) << QString::fromLatin1(l) << int(LayerExport::Format::GeoJson);
            QTest::addRow("%s kml", l) << QString::fromLatin1(l) << int(LayerExport::Format::Kml);
        }
    }

    void opensWithOgr()
    {
        QFETCH(QString, layer);
        QFETCH(int, format);
        LayerExport::Options o;
        o.layer = *LayerExport::parseLayer(layer);
        o.format = LayerExport::Format(format);
        auto outcome = LayerExport::check(*m_ws, o);
        QVERIFY(outcome);
        QVERIFY(outcome->withheldCount() > 0);
        const QString path = m_dir.filePath(layer + (format ? QStringLiteral(".kml") : QStringLiteral(".geojson")));
        auto written = LayerExport::write(*m_ws, outcome.value(), path, o);
        QVERIFY2(written, qPrintable(written.error().toString()));
        QVERIFY(written->features > 0);
        const QString info
            = test::runTool(QStringLiteral("ogrinfo"), { QStringLiteral("-al"), QStringLiteral("-so"), path });
        QVERIFY2(!info.startsWith(QLatin1Char('<')), qPrintable(info));
        QVERIFY2(info.contains(QStringLiteral("Feature Count: %1").arg(written->features)), qPrintable(info));
        const QByteArray bytes = test::fileBytes(path);
        QVERIFY(!bytes.contains("TLP:RED"));
        QVERIFY(bytes.contains("TLP:AMBER"));
        if (format == int(LayerExport::Format::Kml))
            QVERIFY(bytes.contains("<Style id=") && bytes.contains("<styleUrl>#"));
    }

    /// Every layer in both formats opened in QGIS itself (its OGR provider,
    /// through its Python bindings) and drawn: valid, WGS 84, every feature,
    /// no invalid geometry, something drawn, and routes within ±180°. QGIS
    /// is not part of the CI machine (a large install); the test skips there
    /// and runs where `python3-qgis` is installed.
    void opensInQgis()
    {
        const QString python = QStringLiteral("/usr/bin/python3");
        if (!QFile::exists(python))
            QSKIP("no /usr/bin/python3");
        QStringList paths;
        QHash<QString, qint64> features;
        for (const char* l : { "incidents", "routes", "hotspots", "significance" }) {
            for (LayerExport::Format format : { LayerExport::Format::GeoJson, LayerExport::Format::Kml }) {
                LayerExport::Options o;
                o.layer = *LayerExport::parseLayer(QLatin1String(l));
                o.format = format;
                auto outcome = LayerExport::check(*m_ws, o);
                QVERIFY(outcome);
                const QString path = m_dir.filePath(QStringLiteral("qgis-") + QLatin1String(l)
                    + (format == LayerExport::Format::Kml ? QStringLiteral(".kml") : QStringLiteral(".geojson")));
                auto written = LayerExport::write(*m_ws, outcome.value(), path, o);
                QVERIFY2(written, qPrintable(written.error().toString()));
                paths << path;
                features.insert(path, written->features);
            }
        }
        QProcess p;
        p.start(python, QStringList { test::dataDir() + QStringLiteral("/qgis/open_layers.py") } + paths);
        QVERIFY(p.waitForFinished(180000));
        if (p.exitCode() == 77)
            QSKIP("QGIS's Python bindings (python3-qgis) are not installed");
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), paths.size());
        for (const QByteArray& line : lines) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            const QString path = o.value(QStringLiteral("path")).toString();
            QVERIFY2(o.value(QStringLiteral("valid")).toBool(), line.constData());
            QCOMPARE(o.value(QStringLiteral("crs")).toString(), QStringLiteral("EPSG:4326"));
            QCOMPARE(qint64(o.value(QStringLiteral("features")).toInteger()), features.value(path));
            QCOMPARE(o.value(QStringLiteral("invalid")).toInt(), 0);
            QVERIFY2(o.value(QStringLiteral("drawn")).toInt() > 20, line.constData());
            QVERIFY2(o.value(QStringLiteral("fields")).toArray().contains(QStringLiteral("tlp")), line.constData());
            const QJsonArray extent = o.value(QStringLiteral("extent")).toArray();
            QVERIFY2(extent.at(0).toDouble() >= -180 && extent.at(2).toDouble() <= 180, line.constData());
            QVERIFY2(extent.at(1).toDouble() >= -90 && extent.at(3).toDouble() <= 90, line.constData());
        }
    }

    /// Hotspot and Gi* cells are the map's own (one computation,
    /// MapModel::hotspotGrids): the exported cells are the cells the map's
    /// rasters paint, in the same colours, with the values of the map's grid
    /// for the same filter and settings.
    void hotspotsEqualTheScreen_data()
    {
        QTest::addColumn<QString>("layer");
        QTest::addRow("hotspots") << QStringLiteral("hotspots");
        QTest::addRow("significance") << QStringLiteral("significance");
    }

    void hotspotsEqualTheScreen()
    {
        QFETCH(QString, layer);
        const bool density = layer == QLatin1String("hotspots");
        LayerExport::Options o;
        o.layer = *LayerExport::parseLayer(layer);
        o.filter.dayFrom = QDate(2018, 1, 1).toJulianDay();
        o.hotspot.bandwidthKm = 120; // not the defaults: the export must take the map's settings
        o.hotspot.cellKm = 80;
        o.hotspot.bandKm = 240;
        auto outcome = LayerExport::check(*m_ws, o);
        QVERIFY(outcome);
        QVERIFY(outcome->withheldCount() > 0);
        const QString path = m_dir.filePath(layer + QStringLiteral("-screen.geojson"));
        auto written = LayerExport::write(*m_ws, outcome.value(), path, o);
        QVERIFY2(written, qPrintable(written.error().toString()));
        QVERIFY(written->features > 0);

        // The map as the analyst sees it under the same filter, without what may not go.
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_dir.filePath(QStringLiteral("w.waymark"))));
        context.setFilter(FigureExport::releasedFilter(o.filter, outcome.value()), false);
        map::MapModel model(&context);
        model.setHotspotOptions(o.hotspot);
        model.setLayers(density ? map::MapRenderer::Hotspots : map::MapRenderer::Significance);
        QVERIFY(model.loadNow());
        QVERIFY(model.computeHotspotsNow());
        const map::MapRenderer::Raster& raster
            = model.renderer().raster(density ? map::MapRenderer::Hotspots : map::MapRenderer::Significance);
        QVERIFY(!raster.image.isNull());
        Feedback fb;
        std::optional<analysis::HotspotPeriods> periods;
        if (!density)
            periods = analysis::HotspotClaims::periodsFor(
                *model.snapshot(), o.filter.dayFrom, o.filter.dayTo, o.hotspot.emerging);
        auto grids = map::MapModel::hotspotGrids(
            *model.snapshot(), model.members(), periods, model.hotspotOptions(), 0, density, !density, fb);
        QVERIFY(grids);
        const geo::GeoGrid& g = density ? *grids->density : grids->significance->later.z;
        QCOMPARE(raster.lonLatBounds.left(), g.west);
        QCOMPARE(raster.image.width(), g.cols);

        int painted = 0;
        for (int y = 0; y < raster.image.height(); ++y) {
            for (int x = 0; x < raster.image.width(); ++x)
                painted += qAlpha(raster.image.pixel(x, y)) > 0;
        }
        const QJsonArray features
            = QJsonDocument::fromJson(test::fileBytes(path)).object().value(QLatin1String("features")).toArray();
        QCOMPARE(features.size(), painted);
        for (const QJsonValue& f : features) {
            const QJsonObject props = f.toObject().value(QLatin1String("properties")).toObject();
            const QJsonArray ring = f.toObject()
                                        .value(QLatin1String("geometry"))
                                        .toObject()
                                        .value(QLatin1String("coordinates"))
                                        .toArray()
                                        .at(0)
                                        .toArray();
            const double west = ring.at(0).toArray().at(0).toDouble();
            const double south = ring.at(0).toArray().at(1).toDouble();
            const int col = int(std::lround((west - g.west) / g.cellLon));
            const int row = int(std::lround((south - g.south) / g.cellLat));
            QVERIFY(col >= 0 && col < g.cols && row >= 0 && row < g.rows);
            QVERIFY2(qAlpha(raster.image.pixel(col, g.rows - 1 - row)) > 0, "an exported cell the map does not paint");
            const double value = props.value(density ? QLatin1String("density") : QLatin1String("z")).toDouble();
            QCOMPARE(value, double(g.value(col, row)));
            if (density)
                QCOMPARE(raster.image.pixel(col, g.rows - 1 - row), grids->scale.premultipliedRgba(value));
        }
    }

    void incidentsAreOnlyWhatMayGo()
    {
        LayerExport::Options o;
        auto outcome = LayerExport::check(*m_ws, o);
        QVERIFY(outcome);
        qint64 red = 0;
        for (const auto& w : outcome->withheld)
            red += w.reason == Releasability::Reason::TlpRed ? w.total() : 0;
        QVERIFY(red > 0);
        const QString path = m_dir.filePath(QStringLiteral("points.geojson"));
        auto written = LayerExport::write(*m_ws, outcome.value(), path, o);
        QVERIFY(written);
        // Every released incident located to a point, and nothing else.
        QStringList ids;
        for (qint64 id : outcome->released.of(RecordKind::Incident))
            ids << QString::number(id);
        const qint64 located = m_ws->strings(QStringLiteral("SELECT count(*) FROM incidents i LEFT JOIN places p ON "
                                                            "p.id = i.place_id WHERE i.id IN (%1) AND (i.lon IS NOT "
                                                            "NULL OR (p.kind = 'city' AND p.lon IS NOT NULL))")
                                                 .arg(ids.join(QLatin1Char(',')))
                                                 .toStdString())
                                   .value(0)
                                   .toLongLong();
        QCOMPARE(qint64(written->features), located);
        const QJsonObject doc = QJsonDocument::fromJson(test::fileBytes(path)).object();
        QCOMPARE(doc.value(QLatin1String("waymark")).toObject().value(QLatin1String("marking")).toString(),
            QStringLiteral("TLP:AMBER"));
        for (const QJsonValue& f : doc.value(QLatin1String("features")).toArray()) {
            const QJsonObject p = f.toObject().value(QLatin1String("properties")).toObject();
            QVERIFY(!p.contains(QLatin1String("summary"))); // the share policy removes it
            QVERIFY(Releasability::tlpRank(p.value(QLatin1String("tlp")).toString()) <= 2);
        }
        // The audit log names the layer that left.
        QVERIFY(m_ws->strings("SELECT details FROM audit_log WHERE action = 'export.geojson'")
                    .join(QLatin1Char('\n'))
                    .contains(QStringLiteral("layer=incidents")));
    }

    void routesSplitAtTheAntimeridian()
    {
        // Tokyo → Los Angeles crosses the Pacific.
        const QPolygonF arc = geo::GreatCircle::arc(QPointF(139.69, 35.69), QPointF(-118.24, 34.05), 64);
        const QList<QPolygonF> parts = LayerExport::splitAtAntimeridian(arc);
        QCOMPARE(parts.size(), 2);
        for (const QPolygonF& p : parts) {
            for (const QPointF& q : p)
                QVERIFY2(q.x() >= -180 && q.x() <= 180, qPrintable(QString::number(q.x())));
        }
        QCOMPARE(parts[0].last().x(), 180.0);
        QCOMPARE(parts[1].first().x(), -180.0);
        QCOMPARE(parts[0].last().y(), parts[1].first().y());
        QCOMPARE(parts[0].first(), QPointF(139.69, 35.69));
        QVERIFY(qAbs(parts[1].last().x() - -118.24) < 1e-9);
        // London → Rome stays one line.
        QCOMPARE(
            LayerExport::splitAtAntimeridian(geo::GreatCircle::arc(QPointF(-0.13, 51.5), QPointF(12.5, 41.9))).size(),
            1);
    }
};

QTEST_GUILESS_MAIN(TestLayerExport)
#include "tst_layerexport.moc"
