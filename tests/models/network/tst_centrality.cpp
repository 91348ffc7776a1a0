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
