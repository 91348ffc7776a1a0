#include "geo/greatcircle.h"
#include "sharing/layerexport.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QtTest>

using namespace waymark;
using namespace waymark::sharing;

/// GeoJSON and KML layers (issue 17 §4): every layer in both formats opens
/// with GDAL/OGR (what QGIS reads them with), holds only what the
/// releasability check lets go, and routes are split at the antimeridian.
class TestLayerExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::sampleWorkspace(m_dir.path(), m_dir.filePath(QStringLiteral("w.waymark")), 400, 21);
        QVERIFY(m_ws);
        QVERIFY(test::plantMarkedRecords(*m_ws, m_dir.path()));
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
