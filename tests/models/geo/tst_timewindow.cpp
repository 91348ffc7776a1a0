// A time window's members, cluster counts and route volumes, as brushing
// computes them, against brute-force counts over a small random snapshot.

#include "analysis/incidentsnapshot.h"
#include "geo/webmercator.h"
#include "map/pointclusters.h"
#include "map/routeflows.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <memory>
#include <numeric>
#include <random>

using namespace waymark;
using analysis::IncidentSnapshot;

class TestTimeWindow : public QObject {
    Q_OBJECT
private:
    /// 3,000 incidents: points (Morton-sorted), country-only and unplaced;
    /// some undated, some spanning months; about half with route legs.
    static std::shared_ptr<IncidentSnapshot> snapshot()
    {
        auto s = std::make_shared<IncidentSnapshot>();
        for (qint32 c = 1; c <= 5; ++c)
            s->places.insert(c, { false, {}, {}, QStringLiteral("C%1").arg(c), c, -60.0 + 30 * c, -40.0 + 15 * c });
        for (qint32 city = 10; city < 20; ++city)
            s->places.insert(city,
                { true, {}, {}, QStringLiteral("T%1").arg(city), 1 + city % 5, -50.0 + 9 * city - 90,
                    5.0 * (city - 15) });
        QRandomGenerator rng(18);
        const int n = 3000, points = 2200, countryOnly = 500;
        struct P {
            double x, y;
            quint64 m;
        };
        std::vector<P> ps;
        for (int i = 0; i < points; ++i) {
            const double lon = rng.bounded(340.0) - 170, lat = rng.bounded(140.0) - 70;
            const double x = geo::WebMercator::x(lon), y = geo::WebMercator::y(lat);
            ps.push_back({ x, y, IncidentSnapshot::mortonCode(x, y) });
        }
        std::sort(ps.begin(), ps.end(), [](const P& a, const P& b) { return a.m < b.m; });
        for (int i = 0; i < n; ++i) {
            const bool point = i < points;
            s->ids.push_back(1000 + i);
            s->x.push_back(point ? ps[size_t(i)].x : qQNaN());
            s->y.push_back(point ? ps[size_t(i)].y : qQNaN());
            s->lon.push_back(qQNaN());
            s->lat.push_back(qQNaN());
            s->morton.push_back(point ? ps[size_t(i)].m : ~quint64(0));
            const bool dated = rng.bounded(10) != 0;
            const qint32 day = 2459000 + qint32(rng.bounded(1500));
            s->dayFrom.push_back(dated ? day : IncidentSnapshot::noDay);
            s->dayTo.push_back(
                dated ? day + (rng.bounded(4) == 0 ? qint32(rng.bounded(120)) : 0) : IncidentSnapshot::noDay);
            s->exploitation.push_back(rng.bounded(512u));
            s->victims.push_back(1 + int(rng.bounded(4)));
            s->country.push_back(1 + int(rng.bounded(5)));
            s->place.push_back(point ? 10 + int(rng.bounded(10)) : -1);
            s->origin.push_back(rng.bounded(3) ? 10 + int(rng.bounded(10)) : -1);
            s->destination.push_back(rng.bounded(3) ? 1 + int(rng.bounded(5)) : -1);
            s->located.push_back(point         ? IncidentSnapshot::Located::Point
                    : i < points + countryOnly ? IncidentSnapshot::Located::CountryOnly
                                               : IncidentSnapshot::Located::Nowhere);
            s->source.push_back(1);
            if (rng.bounded(2)) {
                const int legs = 1 + int(rng.bounded(3));
                for (int l = 0; l < legs; ++l)
                    s->legs.push_back({ quint32(i), 10 + qint32(rng.bounded(10)), 1 + qint32(rng.bounded(5)) });
            }
        }
        s->pointCount = points;
        s->countryOnlyCount = countryOnly;
        return s;
    }

    using Window = std::pair<std::optional<qint64>, std::optional<qint64>>;
    static std::vector<Window> windows()
    {
        return { { std::nullopt, std::nullopt }, { 2459100, 2459400 }, { 2459700, std::nullopt },
            { std::nullopt, 2459050 }, { 2459300, 2459300 }, { 2460600, 2460700 }, { 2459000, 2460600 } };
    }

private Q_SLOTS:
    void membersAreTheIncidentsInTheWindow()
    {
        const auto s = snapshot();
        for (const auto& [from, to] : windows()) {
            std::vector<quint32> expected;
            for (size_t i = 0; i < s->size(); ++i) {
                if (s->inWindow(i, from, to))
                    expected.push_back(quint32(i));
            }
            QCOMPARE(s->indicesInWindow(from, to), expected);
        }
        QCOMPARE(s->indicesInWindow(std::nullopt, std::nullopt).size(), s->size()); // the undated too
        QVERIFY(s->indicesInWindow(2459100, 2459400).size() < s->size() / 2);
    }

    void clusterCountsAreBruteForceCounts()
    {
        const auto s = snapshot();
        for (const auto& [from, to] : windows()) {
            const auto members = s->indicesInWindow(from, to);
            map::PointClusters clusters(s, members);
            for (int level : { 0, 2, 5, 9 }) {
                QMap<quint64, int> expected;
                for (quint32 i : members) {
                    if (i < s->pointCount)
                        ++expected[level == 0 ? 0 : s->morton[i] >> (64 - 2 * level)];
                }
                QMap<quint64, int> got;
                for (const map::PointCluster& c : clusters.level(level))
                    got[c.cell] += c.count;
                QCOMPARE(got, expected);
            }
        }
    }

    void routeVolumesAreBruteForceCounts()
    {
        const auto s = snapshot();
        for (const auto level : { map::RouteFlows::Level::Country, map::RouteFlows::Level::City }) {
            for (const auto& [from, to] : windows()) {
                const auto members = s->indicesInWindow(from, to);
                // Each incident alone, summed: no state carried between incidents.
                QMap<QPair<qint32, qint32>, QPair<int, qint64>> expected;
                int withRoute = 0;
                for (quint32 i : members) {
                    const auto one = map::RouteFlows::build(*s, { i }, level);
                    withRoute += one.incidentsWithRoute();
                    for (const map::RouteFlow& f : one.flows()) {
                        auto& e = expected[qMakePair(f.from, f.to)];
                        e.first += f.incidents;
                        e.second += f.victims;
                    }
                }
                // Ascending members (walked beside the legs) and shuffled ones (searched).
                std::vector<quint32> shuffled = members;
                std::shuffle(shuffled.begin(), shuffled.end(), std::mt19937(7));
                for (const auto& order : { members, shuffled }) {
                    const auto all = map::RouteFlows::build(*s, order, level);
                    QMap<QPair<qint32, qint32>, QPair<int, qint64>> got;
                    for (const map::RouteFlow& f : all.flows()) {
                        got[qMakePair(f.from, f.to)] = qMakePair(f.incidents, f.victims);
                        QCOMPARE(int(f.members.size()), f.incidents);
                    }
                    QCOMPARE(got, expected);
                    QCOMPARE(all.incidentsWithRoute(), withRoute);
                    QCOMPARE(all.incidentsWithRoute() + all.incidentsWithoutRoute(), int(members.size()));
                }
                if (!from && !to)
                    QVERIFY(expected.size() > 10);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTimeWindow)
#include "tst_timewindow.moc"
