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
    void ringOfCliques()
    {
        // Ten 5-cliques in a ring, one link between neighbours: the best
        // partition is the cliques, Q = 10·(10/110 - (22/220)²) = 0.8090…
        // (pairs of cliques would give 0.7545). Same answer on every call.
        std::vector<Edge> edges;
        for (int c = 0; c < 10; ++c) {
            for (int i = 0; i < 5; ++i) {
                for (int j = i + 1; j < 5; ++j)
                    edges.push_back({ 5 * c + i, 5 * c + j, 1 });
            }
            edges.push_back({ 5 * c + 4, (5 * c + 5) % 50, 1 });
        }
        const Graph g = Graph::fromEdges(50, edges);
        const auto p = Communities::louvain(g, false, 3);
        QCOMPARE(p.count, 10);
        for (int v = 0; v < 50; ++v)
            QCOMPARE(p.community[size_t(v)], p.community[size_t(5 * (v / 5))]);
        QVERIFY(std::fabs(p.modularity - 10 * (10.0 / 110 - 0.01)) < 1e-12);
        QCOMPARE(Communities::louvain(g, false, 3).community, p.community);
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
