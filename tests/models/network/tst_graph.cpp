#include "network/graph.h"

#include <QTest>

using namespace waymark::network;

class TestGraph : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void badLinksAreCountedNotLost()
    {
        GraphReport r;
        const Graph g = Graph::fromEdges(
            4, { { 0, 1, 2 }, { 1, 0, 3 }, { 2, 2, 1 }, { 0, 7, 1 }, { 2, 3, -1 }, { 1, 2, 0 } }, &r);
        QCOMPARE(r.selfLoops, 1);
        QCOMPARE(r.parallelMerged, 1);
        QCOMPARE(r.danglingEnds, 1);
        QCOMPARE(r.badWeights, 2);
        QCOMPARE(g.nodeCount(), 4);
        QCOMPARE(g.edgeCount(), 3); // 0-1 (merged), 2-3, 1-2
        QCOMPARE(g.degree(1), 2);
        QCOMPARE(g.strength(0), 5.0);
        QCOMPARE(g.totalWeight(), 7.0);
    }
    void emptyGraph()
    {
        const Graph g = Graph::fromEdges(0, {});
        QCOMPARE(g.nodeCount(), 0);
        QCOMPARE(g.edgeCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
