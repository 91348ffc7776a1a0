#include "analysis/filter.h"
#include "analysis/incidentsnapshot.h"
#include "geo/webmercator.h"
#include "map/choropleth.h"
#include "map/pointclusters.h"
#include "map/routeflows.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace waymark;
using analysis::IncidentSnapshot;

class TestPointClusters : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    std::shared_ptr<const IncidentSnapshot> m_snap;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::sampleWorkspace(m_dir.path(), m_dir.filePath(QStringLiteral("s.waymark")), 3000, 5);
        QVERIFY(m_ws);
        Feedback fb;
        auto snap = IncidentSnapshot::load(*m_ws, {}, fb);
        QVERIFY2(snap, qPrintable(snap.error().toString()));
        m_snap = snap.value();
    }

    void snapshotHoldsEveryIncident()
    {
        const IncidentSnapshot& s = *m_snap;
        QCOMPARE(qint64(s.size()), m_ws->scalar("SELECT count(*) FROM incidents"));
        QVERIFY(s.pointCount > 0);
        // Points first, in Morton order; then country-only; then nowhere.
        for (size_t i = 1; i < s.size(); ++i)
            QVERIFY(s.morton[i - 1] <= s.morton[i]);
        for (size_t i = 0; i < s.size(); ++i) {
            const auto expected = i < s.pointCount      ? IncidentSnapshot::Located::Point
                : i < s.pointCount + s.countryOnlyCount ? IncidentSnapshot::Located::CountryOnly
                                                        : IncidentSnapshot::Located::Nowhere;
            QCOMPARE(int(s.located[i]), int(expected));
        }
        // Located points sit where the database says.
        const qint64 withCoordinates
            = m_ws->scalar("SELECT count(*) FROM incidents i LEFT JOIN places p ON p.id = i.place_id "
                           "WHERE i.lon IS NOT NULL OR (p.kind = 'city' AND p.lon IS NOT NULL)");
        QCOMPARE(qint64(s.pointCount), withCoordinates);
        auto& st = m_ws->cached("SELECT lon, lat FROM incidents WHERE id = ?");
        st.bind(1, s.ids[0]);
        if (st.next() && !st.isNull(0)) {
            QVERIFY(qAbs(s.x[0] - geo::WebMercator::x(st.real(0))) < 1e-12);
            QVERIFY(qAbs(s.y[0] - geo::WebMercator::y(st.real(1))) < 1e-12);
        }
    }

    void timeWindowMatchesTheSqlFilter()
    {
        analysis::Filter f;
        f.dayFrom = QDate(2021, 1, 1).toJulianDay();
        f.dayTo = QDate(2021, 12, 31).toJulianDay();
        const auto inWindow = m_snap->indicesInWindow(f.dayFrom, f.dayTo);
        const auto sql = f.sql();
        auto& st
            = m_ws->cached(QStringLiteral("SELECT count(*) FROM incidents i WHERE %1").arg(sql.where).toStdString());
        for (int k = 0; k < sql.values.size(); ++k)
            st.bind(k + 1, sql.values[k]);
        QVERIFY(st.next());
        QCOMPARE(qint64(inWindow.size()), st.int64(0));
        QVERIFY(inWindow.size() > 0 && inWindow.size() < m_snap->size());
    }

    void clusteringConservesCountsAtEveryZoom()
    {
        std::vector<quint32> all(m_snap->size());
        std::iota(all.begin(), all.end(), 0u);
        std::vector<quint32> selected;
        for (quint32 i = 0; i < m_snap->pointCount; i += 7)
            selected.push_back(i);
        map::PointClusters clusters(m_snap, all, selected);
        QCOMPARE(clusters.members().size(), m_snap->pointCount);
        qint64 victims = 0;
        for (quint32 i : clusters.members())
            victims += m_snap->victims[i];
        int previous = 0;
        for (int level = 0; level <= map::PointClusters::maxLevel; ++level) {
            const auto& cells = clusters.level(level);
            qint64 count = 0, v = 0, sel = 0;
            for (const map::PointCluster& c : cells) {
                count += c.count;
                v += c.victims;
                sel += c.selected;
                QVERIFY(c.count > 0);
                QCOMPARE(int(c.last - c.first), c.count);
                QVERIFY(c.bounds.contains(QPointF(c.x, c.y)) || c.bounds.width() == 0 || c.bounds.height() == 0);
            }
            QCOMPARE(count, qint64(m_snap->pointCount));
            QCOMPARE(v, victims);
            QCOMPARE(sel, qint64(selected.size()));
            // Deeper levels split clusters, never merge them.
            QVERIFY(int(cells.size()) >= previous);
            previous = int(cells.size());
        }
        QCOMPARE(clusters.level(0).size(), size_t(1));
        // Querying the whole world returns every cluster of a level.
        QCOMPARE(clusters.query(9, QRectF(0, 0, 1, 1)).size(), clusters.level(9).size());
        // A cluster's ids are exactly its incidents.
        const map::PointCluster& first = clusters.level(4).front();
        QCOMPARE(int(clusters.incidentIds(first).size()), first.count);
    }

    void levelForZoom()
    {
        // A level-L cell is 256 · 2^(zoom − L) pixels: 64-pixel cells are zoom + 2.
        QCOMPARE(map::PointClusters::levelForZoom(0), 2);
        QCOMPARE(map::PointClusters::levelForZoom(5.5), 7);
        QCOMPARE(map::PointClusters::levelForZoom(30), map::PointClusters::maxLevel);
    }

    void routesAggregateByCountry()
    {
        std::vector<quint32> all(m_snap->size());
        std::iota(all.begin(), all.end(), 0u);
        const auto routes = map::RouteFlows::build(*m_snap, all);
        QVERIFY(!routes.flows().empty());
        QCOMPARE(routes.incidentsWithRoute() + routes.incidentsWithoutRoute(), int(m_snap->size()));
        for (size_t k = 1; k < routes.flows().size(); ++k)
            QVERIFY(routes.flows()[k - 1].incidents >= routes.flows()[k].incidents);
        // The leading route counted in SQL from the same legs: incidents per
        // (origin country, destination country) of each leg, or the direct
        // origin → destination of incidents without legs.
        const QString country = QStringLiteral("(SELECT CASE WHEN kind = 'country' THEN id ELSE country_id END FROM "
                                               "places WHERE id = %1)");
        const QString sql
            = QStringLiteral(
                "WITH legs AS (SELECT incident_id AS i, %1 AS a, %2 AS b FROM route_legs "
                "UNION ALL SELECT id, %3, %4 FROM incidents WHERE origin_id IS NOT NULL AND destination_id IS NOT NULL "
                "AND id NOT IN (SELECT incident_id FROM route_legs)) "
                "SELECT count(DISTINCT i) FROM legs WHERE a = ? AND b = ?")
                  .arg(country.arg(QStringLiteral("from_place_id")), country.arg(QStringLiteral("to_place_id")),
                      country.arg(QStringLiteral("origin_id")), country.arg(QStringLiteral("destination_id")));
        const map::RouteFlow& top = routes.flows().front();
        store::Statement st(m_ws->handle(), sql.toStdString());
        st.bind(1, qint64(top.from)).bind(2, qint64(top.to));
        QVERIFY(st.next());
        QCOMPARE(qint64(top.incidents), st.int64(0));
        QCOMPARE(qint64(top.members.size()), qint64(top.incidents));
        QVERIFY(!top.fromName.isEmpty() && !top.toName.isEmpty());
        // City level splits the country flows, never adds incidents.
        const auto cities = map::RouteFlows::build(*m_snap, all, map::RouteFlows::Level::City);
        QCOMPARE(cities.incidentsWithRoute(), routes.incidentsWithRoute());
        QVERIFY(cities.flows().size() >= routes.flows().size());
    }

    void choroplethClasses()
    {
        std::vector<quint32> all(m_snap->size());
        std::iota(all.begin(), all.end(), 0u);
        const auto c = map::Choropleth::build(*m_snap, all, map::Choropleth::Measure::Exploitation);
        qint64 total = c.unplaced();
        for (qint64 v : c.values())
            total += v;
        QCOMPARE(total, m_ws->scalar("SELECT sum(victims) FROM incidents"));
        QVERIFY(c.classCount() >= 2 && c.classCount() <= 5);
        QCOMPARE(c.upperBounds().back(), *std::max_element(c.values().cbegin(), c.values().cend()));
        QCOMPARE(c.classOf(0), -1);
        QCOMPARE(c.classOf(c.upperBounds().back()), c.classCount() - 1);
        QCOMPARE(c.classOf(1), 0);
        QCOMPARE(c.legendLabels().size(), c.classCount());
        // The same victims counted in SQL for the largest country.
        const QString iso3 = c.values().key(c.upperBounds().back());
        const qint64 sql
            = m_ws->scalar(QStringLiteral("SELECT sum(i.victims) FROM incidents i JOIN places p ON p.id = "
                                          "i.place_id JOIN places c ON c.id = CASE WHEN p.kind = 'country' "
                                          "THEN p.id ELSE p.country_id END WHERE c.iso3 = '%1'")
                               .arg(iso3)
                               .toStdString());
        QCOMPARE(c.value(iso3), sql);
    }

    void quantilesOnHandMadeValues()
    {
        // Five countries with 1, 2, 3, 10, 100 victims: five classes, one each.
        IncidentSnapshot s;
        const char* codes[] = { "AAA", "BBB", "CCC", "DDD", "EEE" };
        const int victims[] = { 1, 2, 3, 10, 100 };
        for (int k = 0; k < 5; ++k) {
            analysis::PlaceInfo p;
            p.iso3 = QString::fromLatin1(codes[k]);
            p.country = k;
            s.places.insert(k, p);
            s.ids.push_back(k + 1);
            s.country.push_back(k);
            s.origin.push_back(-1);
            s.victims.push_back(victims[k]);
        }
        const auto c = map::Choropleth::build(s, { 0, 1, 2, 3, 4 }, map::Choropleth::Measure::Exploitation);
        QCOMPARE(c.upperBounds(), (std::vector<qint64> { 1, 2, 3, 10, 100 }));
        QCOMPARE(c.legendLabels(), (QStringList { "1", "2", "3", "4 – 10", "11 – 100" }));
        QCOMPARE(c.classOf(50), 4);
        QCOMPARE(c.unplaced(), qint64(0));
        const auto byCitizenship = map::Choropleth::build(s, { 0, 1 }, map::Choropleth::Measure::Citizenship);
        QCOMPARE(byCitizenship.unplaced(), qint64(3));
        QCOMPARE(byCitizenship.classCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPointClusters)
#include "tst_pointclusters.moc"
