#include "network/graph.h"
#include "network/paths.h"

#include <QTest>

using namespace waymark::network;

class TestPaths : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void hopsAndWeights()
    {
        // 0-1-2-3 is three hops of strong ties; 0-4-3 is two hops of weak ones.
        const Graph g = Graph::fromEdges(6, { { 0, 1, 10 }, { 1, 2, 10 }, { 2, 3, 10 }, { 0, 4, 1 }, { 4, 3, 1 } });
        QCOMPARE(Paths::shortest(g, 0, 3), (std::vector<int> { 0, 4, 3 }));
        QCOMPARE(Paths::shortest(g, 0, 3, Paths::Cost::InverseWeight), (std::vector<int> { 0, 1, 2, 3 }));
        QCOMPARE(Paths::shortest(g, 0, 0), (std::vector<int> { 0 }));
        QVERIFY(Paths::shortest(g, 0, 5).empty());
        QVERIFY(Paths::shortest(g, 0, 5, Paths::Cost::InverseWeight).empty());
        QVERIFY(Paths::shortest(g, 0, 99).empty());
    }
    void timeRespecting()
    {
        // The short way 0-1-3 goes back in time (1-3 is older than 0-1);
        // the time-respecting way is 0-1-2-3.
        const std::vector<DatedEdge> edges { { 0, 1, 100 }, { 1, 3, 50 }, { 1, 2, 120 }, { 2, 3, 130 } };
        QCOMPARE(Paths::timeRespecting(4, edges, 0, 3), (std::vector<int> { 0, 1, 2, 3 }));
        // Equal days are allowed: the same day's call can follow a call.
        QCOMPARE(Paths::timeRespecting(3, { { 0, 1, 5 }, { 1, 2, 5 } }, 0, 2), (std::vector<int> { 0, 1, 2 }));
        // No way forward in time.
        QVERIFY(Paths::timeRespecting(3, { { 0, 1, 9 }, { 1, 2, 5 } }, 0, 2).empty());
    }
};

QTEST_GUILESS_MAIN(TestPaths)
#include "tst_paths.moc"
