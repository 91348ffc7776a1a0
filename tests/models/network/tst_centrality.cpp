#include "network/centrality.h"
#include "network/graph.h"
#include "testutil.h"

#include <QJsonArray>
#include <QTest>

#include <numeric>

using namespace waymark;
using namespace waymark::network;

namespace {
Graph karate()
{
    std::vector<Edge> edges;
    for (const auto& [a, b] : test::karateEdges())
        edges.push_back({ a, b, 1 });
    return Graph::fromEdges(34, edges);
}

void compareTo(const std::vector<double>& got, const char* key, double tolerance)
{
    const QJsonArray want = test::karateExpected().value(QLatin1String(key)).toArray();
    QCOMPARE(int(got.size()), int(want.size()));
    for (int i = 0; i < want.size(); ++i)
        QVERIFY2(std::fabs(got[size_t(i)] - want.at(i).toDouble()) < tolerance,
            qPrintable(QStringLiteral("%1 of node %2: %3, networkx %4")
                           .arg(QLatin1String(key))
                           .arg(i)
                           .arg(got[size_t(i)])
                           .arg(want.at(i).toDouble())));
}
} // namespace

class TestCentrality : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void karateAsNetworkx()
    {
        const Graph g = karate();
        QCOMPARE(g.edgeCount(), 78);
        compareTo(Centrality::betweenness(g, {}), "betweenness_normalized", 1e-9);
        compareTo(Centrality::pageRank(g), "pagerank", 1e-8);
        compareTo(Centrality::closeness(g), "closeness", 1e-9);
        compareTo(Centrality::eigenvector(g), "eigenvector", 1e-6);
        // The two leaders carry the most betweenness, as the literature says.
        const auto bc = Centrality::betweenness(g, {});
        auto order = std::vector<int>(34);
        std::iota(order.begin(), order.end(), 0);
        std::sort(order.begin(), order.end(), [&](int a, int b) { return bc[size_t(a)] > bc[size_t(b)]; });
        QCOMPARE(order[0], 0);
        QCOMPARE(order[1], 33);
    }
    void threadsAgree()
    {
        const Graph g = karate();
        Centrality::BetweennessOptions one, four;
        one.threads = 1;
        four.threads = 4;
        const auto a = Centrality::betweenness(g, one), b = Centrality::betweenness(g, four);
        for (size_t i = 0; i < a.size(); ++i)
            QVERIFY(std::fabs(a[i] - b[i]) < 1e-12);
    }
    void sampledWithinItsBound()
    {
        // A larger graph: a ring of 400 with chords, where sampling matters.
        std::vector<Edge> edges;
        for (int i = 0; i < 400; ++i) {
            edges.push_back({ i, (i + 1) % 400, 1 });
            if (i % 7 == 0)
                edges.push_back({ i, (i * 13 + 5) % 400, 1 });
        }
        const Graph g = Graph::fromEdges(400, edges);
        const auto exact = Centrality::betweenness(g, {});
        Centrality::BetweennessOptions o;
        o.sampleSize = 200;
        const auto approx = Centrality::betweenness(g, o);
        const double bound = Centrality::betweennessErrorBound(400, 200);
        QVERIFY(bound > 0 && bound < 0.2);
        double worst = 0;
        for (size_t i = 0; i < exact.size(); ++i)
            worst = std::max(worst, std::fabs(exact[i] - approx[i]));
        QVERIFY2(worst <= bound, qPrintable(QStringLiteral("worst %1 bound %2").arg(worst).arg(bound)));
    }
    void leavesAndPiecesAsIgraph()
    {
        // Triangles, leaves on nodes of every kind, a path hanging off a
        // cycle, a star and a pair apart, an isolated node: the leaves are
        // folded into their parents' weights, which must change nothing.
        // Expected values from python3-igraph 0.10.2 (betweenness(), pagerank()).
        const std::vector<Edge> edges = { { 0, 1 }, { 0, 2 }, { 1, 2 }, { 2, 3 }, { 3, 4 }, { 3, 5 }, { 4, 5 },
            { 5, 6 }, { 6, 7 }, { 7, 8 }, { 1, 9 }, { 1, 10 }, { 4, 11 }, { 0, 12 }, { 12, 13 }, { 13, 14 }, { 14, 0 },
            { 2, 13 }, { 15, 16 }, { 16, 17 }, { 16, 18 }, { 19, 20 } };
        const Graph g = Graph::fromEdges(22, edges);
        const std::vector<double> want = { 14.5, 25.0, 52.33333333333333, 48.0, 13.0, 33.0, 24.0, 13.0, 0.0, 0.0, 0.0,
            0.0, 0.3333333333333333, 8.5, 0.3333333333333333, 0.0, 3.0, 0.0, 0.0, 0.0, 0.0, 0.0 };
        Centrality::BetweennessOptions raw;
        raw.normalized = false;
        for (int threads : { 1, 2, 3 }) {
            raw.threads = threads;
            const auto got = Centrality::betweenness(g, raw);
            QCOMPARE(got.size(), want.size());
            for (size_t i = 0; i < want.size(); ++i)
                QVERIFY2(std::fabs(got[i] - want[i]) <= 1e-9 * std::max(1.0, want[i]),
                    qPrintable(QStringLiteral("node %1: %2, igraph %3").arg(i).arg(got[i], 0, 'g', 17).arg(want[i])));
        }
        // The same graph without the isolated node (igraph and we spread a
        // dangling node's rank differently).
        const std::vector<double> rank = { 0.06944376618945895, 0.07624847666598951, 0.06899388173847755,
            0.055787586827373, 0.06043577790292321, 0.059506092032686385, 0.04572536835194978, 0.05111165129372113,
            0.028865308942688607, 0.023345658434379916, 0.023345658434379912, 0.024266327548685383, 0.03698459751253243,
            0.0532409648979362, 0.03698459751253242, 0.03303303303303302, 0.09137709137709134, 0.03303303303303302,
            0.03303303303303302, 0.047619047619047596, 0.047619047619047596 };
        const auto pr = Centrality::pageRank(Graph::fromEdges(21, edges));
        QCOMPARE(pr.size(), rank.size());
        for (size_t i = 0; i < rank.size(); ++i)
            QVERIFY2(std::fabs(pr[i] - rank[i]) <= 1e-6 * rank[i],
                qPrintable(QStringLiteral("node %1: %2, igraph %3").arg(i).arg(pr[i]).arg(rank[i])));
    }
    void sameResultForOneThreadCount()
    {
        // A graph with leaves and hubs, betweenness twice with two threads:
        // the per-thread sums are added in a fixed order, so equal to the bit.
        std::vector<Edge> edges;
        for (int i = 1; i < 300; ++i) {
            edges.push_back({ i, (i * 7919 + 13) % i, 1 });
            if (i % 3 == 0)
                edges.push_back({ i, (i * 31) % 97, 1 });
        }
        const Graph g = Graph::fromEdges(300, edges);
        Centrality::BetweennessOptions two;
        two.threads = 2;
        QCOMPARE(Centrality::betweenness(g, two), Centrality::betweenness(g, two));
    }
    void cancelStops()
    {
        const Graph g = karate();
        waymark::Feedback fb;
        fb.cancel();
        QVERIFY(Centrality::betweenness(g, {}, &fb).empty());
    }
    void smallCases()
    {
        // A star: the centre lies on every path.
        const Graph star = Graph::fromEdges(5, { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 0, 4 } });
        const auto bc = Centrality::betweenness(star, {});
        QCOMPARE(bc[0], 1.0);
        QCOMPARE(bc[1], 0.0);
        QCOMPARE(Centrality::degree(star)[0], 4.0);
        // PageRank sums to one, dangling (isolated) nodes included.
        const Graph withIsolated = Graph::fromEdges(4, { { 0, 1 }, { 1, 2 } });
        const auto pr = Centrality::pageRank(withIsolated);
        QVERIFY(std::fabs(std::accumulate(pr.begin(), pr.end(), 0.0) - 1.0) < 1e-9);
        QVERIFY(pr[1] > pr[0] && pr[3] < pr[0]);
        // Closeness in pieces (Wasserman–Faust): a pair alone scores low.
        const auto cl = Centrality::closeness(Graph::fromEdges(4, { { 0, 1 } }));
        QCOMPARE(cl[0], 1.0 / 3.0);
        QCOMPARE(cl[2], 0.0);
    }
};

QTEST_GUILESS_MAIN(TestCentrality)
#include "tst_centrality.moc"
