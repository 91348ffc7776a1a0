#include "analysis/incidentsnapshot.h"
#include "core/feedback.h"
#include "ingest/importjob.h"
#include "map/routevolume.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using analysis::TimeBins;
using map::RouteVolume;

/// Route volume over time on a small real workspace: which incidents count
/// on a route (legs, or origin and destination without legs), binning at
/// each precision without inventing a day, and route keys that cannot be read.
class TestRouteVolume : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    std::shared_ptr<const analysis::IncidentSnapshot> m_snap;

    std::vector<quint32> all() const
    {
        std::vector<quint32> v(m_snap->size());
        for (size_t i = 0; i < v.size(); ++i)
            v[i] = quint32(i);
        return v;
    }
    RouteVolume volume(const QString& key, std::optional<TimeBins::Unit> unit = std::nullopt) const
    {
        auto route = RouteVolume::parseRoute(*m_snap, key);
        if (!route)
            qFatal("%s", qPrintable(route.error().toString()));
        return RouteVolume::build(*m_snap, route.value(), all(), unit, 60, QDate(2024, 1, 1).toJulianDay());
    }
    int keyOf(const RouteVolume& v, qint64 incidentDay) const
    {
        for (int b = 0; b < v.binCount(); ++b)
            if (incidentDay >= v.starts[size_t(b)] && incidentDay < v.starts[size_t(b) + 1])
                return b;
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::writeFile(m_dir.filePath(QStringLiteral("x/manifest.json")),
            R"({"format":"waymark-hub-extract","format_version":"1.0","exported_at":"2024-01-01T00:00:00Z","hub":"t","handling":"OFFICIAL"})");
        test::writeFile(m_dir.filePath(QStringLiteral("x/sources.csv")),
            "source_id,name,kind,grading_scheme,source_grade\nS1,NGO,partner_case,uk_3x5x2,1\n");
        // Nigeria → Italy directly at each precision; one via Libya by legs;
        // one the other way; one in Italy with no origin.
        test::writeFile(m_dir.filePath(QStringLiteral("x/incidents.csv")),
            "incident_id,source_id,date,country,citizenship,exploitation,victims\n"
            "A,S1,2019-03-04,ITA,NGA,sexual_exploitation,1\n"
            "B,S1,2019-03-20,ITA,NGA,forced_labour,2\n"
            "C,S1,2019-07,ITA,NGA,sexual_exploitation,1\n"
            "D,S1,2020,ITA,NGA,sexual_exploitation,1\n"
            "E,S1,2021-05-05,ITA,NGA,sexual_exploitation,1\n"
            "F,S1,2019-04-01,ITA,ROU,forced_labour,1\n"
            "G,S1,2020-02-02,NGA,ITA,forced_labour,1\n"
            "H,S1,2019-03,ITA,NGA,sexual_exploitation,1\n"
            "I,S1,2019-05-05,ITA,,sexual_exploitation,1\n");
        // E went Nigeria → Libya → Italy: its legs say so, not a direct flight.
        test::writeFile(m_dir.filePath(QStringLiteral("x/route_legs.csv")),
            "incident_id,seq,from,to,transport_mode\nE,1,NGA,LBY,road\nE,2,LBY,ITA,sea\n");
        auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        m_ws = std::move(ws.value());
        Feedback fb;
        const auto summary = ingest::ImportJob::run(*m_ws, m_dir.filePath(QStringLiteral("x")), {}, fb);
        QVERIFY2(summary.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(summary.toText()));
        auto snap = analysis::IncidentSnapshot::load(*m_ws, {}, fb);
        QVERIFY(snap);
        m_snap = snap.value();
        QCOMPARE(int(m_snap->size()), 9);
    }

    void routeKeys_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected"); // "from>to" names, or a piece of the error
        QTest::newRow("iso3") << "NGA>ITA"
                              << "Nigeria>Italy";
        QTest::newRow("iso2, spaces, case") << " ng > it "
                                            << "Nigeria>Italy";
        QTest::newRow("names") << "nigeria>Italy"
                               << "Nigeria>Italy";
        QTest::newRow("arrow") << QStringLiteral("Nigeria \u2192 Italy") << "Nigeria>Italy";
        QTest::newRow("one side") << "Nigeria"
                                  << "ORIGIN>DEST";
        QTest::newRow("three sides") << "NGA>LBY>ITA"
                                     << "ORIGIN>DEST";
        QTest::newRow("empty side") << ">ITA"
                                    << "ORIGIN>DEST";
        QTest::newRow("unknown") << "Atlantis>ITA" << QStringLiteral("\u201cAtlantis\u201d");
        QTest::newRow("same") << "ITA>Italy"
                              << "same country";
    }
    void routeKeys()
    {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const auto route = RouteVolume::parseRoute(*m_snap, key);
        if (route) {
            QCOMPARE(route.value().key(), expected);
            // The key reads back as the same route.
            const auto again = RouteVolume::parseRoute(*m_snap, route.value().key());
            QVERIFY(again);
            QCOMPARE(again.value().from, route.value().from);
        } else {
            QVERIFY2(route.error().toString().contains(expected), qPrintable(route.error().toString()));
        }
    }

    void membersFollowLegsAndDirection()
    {
        const RouteVolume v = volume(QStringLiteral("NGA>ITA"));
        // A, B, C, D and H; not E (via Libya), not G (the other way), not F or I.
        QCOMPARE(int(v.members.size()), 5);
        QCOMPARE(v.undated, 0);
        QCOMPARE(volume(QStringLiteral("NGA>LBY")).members.size(), size_t(1));
        QCOMPARE(volume(QStringLiteral("LBY>ITA")).members.size(), size_t(1));
        QCOMPARE(volume(QStringLiteral("ITA>NGA")).members.size(), size_t(1));
        QCOMPARE(volume(QStringLiteral("ROU>NGA")).members.size(), size_t(0));
        QCOMPARE(volume(QStringLiteral("ROU>NGA")).binCount(), 0);
        // The busiest route comes first.
        const auto busiest = RouteVolume::busiest(*m_snap, all());
        QVERIFY(!busiest.empty());
        QCOMPARE(busiest.front().key(), QStringLiteral("Nigeria>Italy"));
    }

    void binsAtEachPrecision()
    {
        const qint64 a = QDate(2019, 3, 4).toJulianDay();
        // Years: every one has a bar (2019: A, B, C, H; 2020: D).
        RouteVolume y = volume(QStringLiteral("NGA>ITA"), TimeBins::Unit::Year);
        QCOMPARE(y.binCount(), 2);
        QCOMPARE(y.starts.front(), QDate(2019, 1, 1).toJulianDay());
        QCOMPARE(y.total(0), 4);
        QCOMPARE(y.total(1), 1);
        QCOMPARE(y.coarser, 0);
        QCOMPARE(y.plotted(), 5);
        const int sexual = TimeBins::categoryOf(1);
        QCOMPARE(y.counts[size_t(sexual)][0], 3); // A, C and H
        QCOMPARE(y.counts[size_t(TimeBins::categoryOf(2))][0], 1); // B, forced labour
        // Months: the year-only D has no month: counted apart, never on 1 January.
        RouteVolume m = volume(QStringLiteral("NGA>ITA"), TimeBins::Unit::Month);
        QCOMPARE(m.coarser, 1);
        QCOMPARE(m.total(keyOf(m, a)), 3); // A, B and the month-only H in March 2019
        QCOMPARE(m.total(keyOf(m, QDate(2019, 7, 1).toJulianDay())), 1); // C, known to the month
        QCOMPARE(m.total(keyOf(m, QDate(2020, 1, 1).toJulianDay())), 0);
        QCOMPARE(m.plotted(), 4);
        QVERIFY(m.notPlottedText().contains(QStringLiteral("1 dated too coarsely for a month")));
        QVERIFY(!m.notPlottedText().contains(QStringLiteral("undated")));
        // Weeks: the month-only C and H go apart too.
        RouteVolume w = volume(QStringLiteral("NGA>ITA"), TimeBins::Unit::Week);
        QCOMPARE(w.coarser, 3);
        QCOMPARE(w.plotted(), 2);
        QCOMPARE(w.total(keyOf(w, a)), 1);
        // Left to itself the unit keeps to at most 60 bins.
        RouteVolume automatic = volume(QStringLiteral("NGA>ITA"));
        QVERIFY(automatic.binCount() <= 60);
        QCOMPARE(automatic.plotted() + automatic.coarser + automatic.undated, int(automatic.members.size()));
        QVERIFY(automatic.title().contains(QStringLiteral("Nigeria \u2192 Italy")));
    }

    void timeWindowNarrowsTheMembers()
    {
        auto route = RouteVolume::parseRoute(*m_snap, QStringLiteral("NGA>ITA"));
        QVERIFY(route);
        const auto in2019 = m_snap->indicesInWindow(QDate(2019, 1, 1).toJulianDay(), QDate(2019, 12, 31).toJulianDay());
        const RouteVolume v = RouteVolume::build(*m_snap, route.value(), in2019, TimeBins::Unit::Month);
        QCOMPARE(int(v.members.size()), 4); // A, B, C, H
        QCOMPARE(v.plotted(), 4);
    }

    /// Left to itself in a ▶ Play frame, the chart bins by month from the
    /// first of a month, or by year when the records are known only to the
    /// year (CTDC's): never an empty chart of records "too coarse" for months.
    void playFramesGetBinsThatShowTheirRecords()
    {
        auto route = RouteVolume::parseRoute(*m_snap, QStringLiteral("NGA>ITA"));
        QVERIFY(route);
        const qint64 today = QDate(2024, 1, 1).toJulianDay();
        const auto in2019 = m_snap->indicesInWindow(QDate(2019, 1, 1).toJulianDay(), QDate(2019, 12, 31).toJulianDay());
        const RouteVolume months = RouteVolume::build(*m_snap, route.value(), in2019, std::nullopt, 60, today);
        QCOMPARE(months.unit, TimeBins::Unit::Month);
        QCOMPARE(months.plotted(), 4);
        for (qint64 day : months.starts)
            QCOMPARE(QDate::fromJulianDay(day).day(), 1);
        // Over 2019 and 2020, D (known only to 2020) does not stretch the months
        // to December 2020: they run from March (A, B, H) to July 2019 (C).
        const auto both = m_snap->indicesInWindow(QDate(2019, 1, 1).toJulianDay(), QDate(2020, 12, 31).toJulianDay());
        const RouteVolume span = RouteVolume::build(*m_snap, route.value(), both, std::nullopt, 60, today);
        QCOMPARE(span.unit, TimeBins::Unit::Month);
        QCOMPARE(QDate::fromJulianDay(span.starts.front()), QDate(2019, 3, 1));
        QCOMPARE(QDate::fromJulianDay(span.starts.back()), QDate(2019, 8, 1));
        QCOMPARE(span.coarser, 1);
        const auto in2020 = m_snap->indicesInWindow(QDate(2020, 1, 1).toJulianDay(), QDate(2020, 12, 31).toJulianDay());
        const RouteVolume years = RouteVolume::build(*m_snap, route.value(), in2020, std::nullopt, 60, today);
        QCOMPARE(years.unit, TimeBins::Unit::Year); // D, known only to 2020
        QCOMPARE(years.plotted(), 1);
        QCOMPARE(years.coarser, 0);
        QCOMPARE(QDate::fromJulianDay(years.starts.front()), QDate(2020, 1, 1));
    }
};

QTEST_GUILESS_MAIN(TestRouteVolume)
#include "tst_routevolume.moc"
