#include "network/graph.h"
#include "network/structure.h"
#include "testutil.h"

#include <QJsonArray>
#include <QTest>

using namespace waymark;
using namespace waymark::network;

class TestStructure : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bowTie()
    {
        // Two triangles sharing node 2, plus a tail 4-5 and a lone node 6.
        const Graph g = Graph::fromEdges(7, { { 0, 1 }, { 1, 2 }, { 0, 2 }, { 2, 3 }, { 3, 4 }, { 2, 4 }, { 4, 5 } });
        QCOMPARE(Structure::articulationPoints(g), (std::vector<int> { 2, 4 }));
        QCOMPARE(Structure::bridges(g), (std::vector<std::pair<int, int>> { { 4, 5 } }));
        int count = 0;
        const auto comp = Structure::components(g, &count);
        QCOMPARE(count, 2);
        QCOMPARE(comp[5], comp[0]);
        QVERIFY(comp[6] != comp[0]);
        QCOMPARE(Structure::coreNumbers(g), (std::vector<int> { 2, 2, 2, 2, 2, 1, 0 }));
    }
    void path()
    {
        const Graph g = Graph::fromEdges(4, { { 0, 1 }, { 1, 2 }, { 2, 3 } });
        QCOMPARE(Structure::articulationPoints(g), (std::vector<int> { 1, 2 }));
        QCOMPARE(Structure::bridges(g).size(), size_t(3));
    }
    void largestPieces()
    {
        // Pieces of 3 (0-1-2), 2 (3-4), 4 (5-6-7-8) and 1 (9) nodes.
        const Graph g = Graph::fromEdges(10, { { 0, 1 }, { 1, 2 }, { 3, 4 }, { 5, 6 }, { 6, 7 }, { 7, 8 } });
        QCOMPARE(Structure::inLargestComponents(g, 2),
            (std::vector<bool> { true, true, true, false, false, true, true, true, true, false }));
        QCOMPARE(Structure::inLargestComponents(g, 1),
            (std::vector<bool> { false, false, false, false, false, true, true, true, true, false }));
        // Nothing to cut: every node stays, said by an empty mask.
        QVERIFY(Structure::inLargestComponents(g, 0).empty());
        QVERIFY(Structure::inLargestComponents(g, 4).empty());
        QVERIFY(Structure::inLargestComponents(g, 9).empty());
        // Of equal pieces, the first found is kept.
        const Graph twins = Graph::fromEdges(4, { { 0, 1 }, { 2, 3 } });
        QCOMPARE(Structure::inLargestComponents(twins, 1), (std::vector<bool> { true, true, false, false }));
    }
    void karate()
    {
        std::vector<Edge> edges;
        for (const auto& [a, b] : test::karateEdges())
            edges.push_back({ a, b, 1 });
        const Graph g = Graph::fromEdges(34, edges);
        const QJsonObject want = test::karateExpected();
        std::vector<int> ap;
        for (const QJsonValue& v : want.value(QLatin1String("articulation_points")).toArray())
            ap.push_back(v.toInt());
        QCOMPARE(Structure::articulationPoints(g), ap);
        QCOMPARE(Structure::bridges(g), (std::vector<std::pair<int, int>> { { 0, 11 } }));
        const QJsonArray core = want.value(QLatin1String("core_number")).toArray();
        const auto got = Structure::coreNumbers(g);
        for (int i = 0; i < 34; ++i)
            QCOMPARE(got[size_t(i)], core.at(i).toInt());
    }
};

QTEST_GUILESS_MAIN(TestStructure)
#include "tst_structure.moc"
