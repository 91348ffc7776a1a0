#include "network/communities.h"
#include "network/graph.h"
#include "testutil.h"

#include <QTest>

#include <set>

using namespace waymark;
using namespace waymark::network;

class TestCommunities : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void karateModularity()
    {
        std::vector<Edge> edges;
        for (const auto& [a, b] : test::karateEdges())
            edges.push_back({ a, b, 1 });
        const Graph g = Graph::fromEdges(34, edges);
        for (quint64 seed : { 1, 2, 3, 4, 5 }) {
            const auto p = Communities::louvain(g, false, seed);
            QVERIFY2(p.modularity >= 0.41, qPrintable(QStringLiteral("seed %1: Q = %2").arg(seed).arg(p.modularity)));
            QVERIFY(p.count >= 3 && p.count <= 5);
            QCOMPARE(Communities::modularity(g, p.community, false), p.modularity);
            // The two leaders end up apart.
            QVERIFY(p.community[0] != p.community[33]);
        }
        // Modularity itself against networkx, on a known split.
        std::vector<int> four(34);
        const std::vector<std::set<int>> groups { { 0, 1, 2, 3, 7, 11, 12, 13, 17, 19, 21 }, { 4, 5, 6, 10, 16 },
            { 8, 9, 14, 15, 18, 20, 22, 26, 29, 30, 32, 33 }, { 23, 24, 25, 27, 28, 31 } };
        for (int c = 0; c < 4; ++c) {
            for (int v : groups[size_t(c)])
                four[size_t(v)] = c;
        }
        QVERIFY(std::fabs(Communities::modularity(g, four, false)
                    - test::karateExpected().value(QLatin1String("modularity_known_four_split")).toDouble())
            < 1e-12);
    }
    void twoCliquesTwoCommunities()
    {
        std::vector<Edge> edges;
        for (int base : { 0, 6 }) {
            for (int i = 0; i < 6; ++i) {
                for (int j = i + 1; j < 6; ++j)
                    edges.push_back({ base + i, base + j, 1 });
            }
        }
        edges.push_back({ 5, 6, 1 });
        const auto p = Communities::louvain(Graph::fromEdges(12, edges));
        QCOMPARE(p.count, 2);
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(p.community[size_t(i)], p.community[0]);
            QCOMPARE(p.community[size_t(6 + i)], p.community[6]);
        }
        QVERIFY(p.community[0] != p.community[6]);
    }
    void edgeless()
    {
        const auto p = Communities::louvain(Graph::fromEdges(3, {}));
        QCOMPARE(p.count, 3);
        QCOMPARE(p.modularity, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCommunities)
#include "tst_communities.moc"
