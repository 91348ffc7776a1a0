#include "network/graph.h"
#include "network/layout.h"

#include <QLineF>
#include <QTest>

#include <cmath>

using namespace waymark::network;

namespace {
Graph twoCliques()
{
    std::vector<Edge> edges;
    for (int base : { 0, 8 }) {
        for (int i = 0; i < 8; ++i) {
            for (int j = i + 1; j < 8; ++j)
                edges.push_back({ base + i, base + j, 1 });
        }
    }
    edges.push_back({ 7, 8, 1 });
    return Graph::fromEdges(16, edges);
}

QPointF centroid(const Layout::Points& p, int from, int to)
{
    QPointF c;
    for (int i = from; i < to; ++i)
        c += p[size_t(i)];
    return c / (to - from);
}
} // namespace

class TestLayout : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void forceLayoutSeparatesClustersAndSettles()
    {
        const Graph g = twoCliques();
        Layout::ForceOptions o;
        o.maxIterations = 2000;
        const auto r = Layout::fruchtermanReingold(g, o);
        QVERIFY(r.converged);
        QVERIFY(r.iterations < 2000);
        const QPointF a = centroid(r.points, 0, 8), b = centroid(r.points, 8, 16);
        // Every node sits nearer its own clique's centre than the other's.
        for (int v = 0; v < 16; ++v) {
            const QPointF own = v < 8 ? a : b, other = v < 8 ? b : a;
            QVERIFY2(QLineF(r.points[size_t(v)], own).length() < QLineF(r.points[size_t(v)], other).length(),
                qPrintable(QString::number(v)));
        }
        // Same seed, same picture.
        const auto again = Layout::fruchtermanReingold(g, o);
        QCOMPARE(again.points, r.points);
    }
    void incrementalKeepsPinnedNodes()
    {
        const Graph g = twoCliques();
        Layout::ForceOptions o;
        const auto first = Layout::fruchtermanReingold(g, o);
        // The analyst pins the first clique and expands: the pinned do not jump.
        Layout::ForceOptions next;
        next.initial = first.points;
        next.pinned.assign(16, false);
        for (int v = 0; v < 8; ++v)
            next.pinned[size_t(v)] = true;
        for (int v = 8; v < 16; ++v)
            next.initial[size_t(v)] = QPointF(qQNaN(), qQNaN());
        const auto second = Layout::fruchtermanReingold(g, next);
        for (int v = 0; v < 8; ++v)
            QCOMPARE(second.points[size_t(v)], first.points[size_t(v)]);
        for (int v = 8; v < 16; ++v)
            QVERIFY(!std::isnan(second.points[size_t(v)].x()));
    }
    void simpleShapes()
    {
        const Graph ring = Graph::fromEdges(6, { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 4 }, { 4, 5 }, { 5, 0 } });
        const auto c = Layout::circular(ring);
        for (const QPointF& p : c)
            QVERIFY(std::fabs(std::hypot(p.x(), p.y()) - std::hypot(c[0].x(), c[0].y())) < 1e-9);
        // Radial: the focal node in the middle, its neighbours on ring 1, an unreachable node outside.
        const Graph star = Graph::fromEdges(5, { { 0, 1 }, { 0, 2 }, { 2, 3 } });
        const auto r = Layout::radial(star, 0);
        QCOMPARE(r[0], QPointF(0, 0));
        QVERIFY(std::fabs(std::hypot(r[1].x(), r[1].y()) - 1) < 1e-9);
        QVERIFY(std::fabs(std::hypot(r[3].x(), r[3].y()) - 2) < 1e-9);
        QVERIFY(std::hypot(r[4].x(), r[4].y()) > 2.5);
        // Hierarchical: levels are rows.
        const auto h = Layout::hierarchical(star, { 0 });
        QCOMPARE(h[0].y(), 0.0);
        QCOMPARE(h[2].y(), 1.0);
        QCOMPARE(h[3].y(), 2.0);
        // Kamada–Kawai on a ring: a regular shape, every edge about as long as the others.
        const auto kk = Layout::kamadaKawai(ring);
        double lo = 1e9, hi = 0;
        for (int v = 0; v < 6; ++v) {
            const double d = QLineF(kk[size_t(v)], kk[size_t((v + 1) % 6)]).length();
            lo = std::min(lo, d);
            hi = std::max(hi, d);
        }
        QVERIFY2(hi / lo < 1.1, qPrintable(QStringLiteral("%1 %2").arg(lo).arg(hi)));
    }
};

QTEST_GUILESS_MAIN(TestLayout)
#include "tst_layout.moc"
