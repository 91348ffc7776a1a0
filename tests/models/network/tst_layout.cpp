#include "network/graph.h"
#include "network/layout.h"

#include <QLineF>
#include <QRectF>
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
    void bigLayoutSettlesAndSeparatesPieces()
    {
        // Three scale-free pieces of 1,000 nodes (beyond where the layout
        // starts from its breadth-first sweep and runs on both cores) and a
        // few isolated nodes.
        std::vector<Edge> edges;
        quint64 state = 12345;
        auto next = [&](int below) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return int((state >> 33) % quint64(below));
        };
        for (int piece = 0; piece < 3; ++piece) {
            const int base = piece * 1000;
            std::vector<int> ends { base, base + 1 };
            edges.push_back({ base, base + 1, 1 });
            for (int v = 2; v < 1000; ++v) {
                for (int k = 0; k < 2; ++k) {
                    const int t = ends[size_t(next(int(ends.size())))];
                    edges.push_back({ base + v, t, 1 });
                    ends.push_back(base + v);
                    ends.push_back(t);
                }
            }
        }
        const int n = 3005;
        const Graph g = Graph::fromEdges(n, edges);
        Layout::ForceOptions o;
        const auto r = Layout::fruchtermanReingold(g, o);
        QVERIFY(r.converged);
        QVERIFY2(r.iterations < o.maxIterations, qPrintable(QString::number(r.iterations)));
        QCOMPARE(int(r.points.size()), n);
        for (const QPointF& p : r.points)
            QVERIFY(std::isfinite(p.x()) && std::isfinite(p.y()));
        // The pieces do not overlap.
        QRectF boxes[3];
        for (int piece = 0; piece < 3; ++piece) {
            for (int v = piece * 1000; v < piece * 1000 + 1000; ++v)
                boxes[piece] |= QRectF(r.points[size_t(v)], QSizeF(1e-9, 1e-9));
        }
        QVERIFY(!boxes[0].intersects(boxes[1]));
        QVERIFY(!boxes[0].intersects(boxes[2]));
        QVERIFY(!boxes[1].intersects(boxes[2]));
        // Linked nodes are drawn close, unlinked ones apart, and no two on one spot.
        double link = 0, pair = 0;
        for (const Edge& e : edges)
            link += QLineF(r.points[size_t(e.from)], r.points[size_t(e.to)]).length();
        link /= double(edges.size());
        int stacked = 0;
        for (int i = 0; i < 1000; ++i) {
            const int a = next(1000), b = next(1000); // within the first piece
            pair += QLineF(r.points[size_t(a)], r.points[size_t(b)]).length();
            stacked += a != b && QLineF(r.points[size_t(a)], r.points[size_t(b)]).length() < 1e-3;
        }
        pair /= 1000;
        QVERIFY2(link < 0.6 * pair, qPrintable(QStringLiteral("%1 %2").arg(link).arg(pair)));
        QVERIFY2(link > 0.3, qPrintable(QString::number(link))); // not collapsed
        QCOMPARE(stacked, 0);
        // The same seed gives the same picture.
        QCOMPARE(Layout::fruchtermanReingold(g, o).points, r.points);
    }

    void pivotMdsEmbedsDistances()
    {
        // A path's hop distances are distances on a line, which classical
        // scaling recovers exactly from a few pivots (10 of 100 nodes here);
        // a second piece (a triangle) is embedded on its own.
        std::vector<Edge> edges;
        for (int v = 0; v + 1 < 100; ++v)
            edges.push_back({ v, v + 1, 1 });
        edges.push_back({ 100, 101, 1 });
        edges.push_back({ 101, 102, 1 });
        edges.push_back({ 100, 102, 1 });
        const Graph g = Graph::fromEdges(103, edges);
        const Layout::Points p = Layout::pivotMds(g, 10);
        QCOMPARE(int(p.size()), 103);
        for (int a = 0; a < 100; a += 7) {
            for (int b = a + 1; b < 100; b += 5) {
                const double d = QLineF(p[size_t(a)], p[size_t(b)]).length();
                QVERIFY2(std::abs(d - (b - a)) < 1e-6 * (b - a),
                    qPrintable(QStringLiteral("%1-%2: %3").arg(a).arg(b).arg(d)));
            }
        }
        // The triangle: three nodes at equal distances, about one apart.
        const double ab = QLineF(p[100], p[101]).length(), bc = QLineF(p[101], p[102]).length(),
                     ca = QLineF(p[102], p[100]).length();
        QVERIFY2(ab > 0.5 && ab < 1.5, qPrintable(QString::number(ab)));
        QVERIFY(std::abs(ab - bc) < 1e-6 && std::abs(bc - ca) < 1e-6);
    }
    void largeLayoutKeepsTheGlobalShape()
    {
        // A 60 × 40 grid (2,400 nodes: a fresh layout of this size starts
        // from pivot MDS): drawn flat, not folded, so the corners lie about
        // as far apart as the grid's sides, in the right proportion, and the
        // layout settles within its few steps.
        const int w = 60, h = 40;
        std::vector<Edge> edges;
        for (int y = 0; y < h; ++y) {
            for (int x = 0; x < w; ++x) {
                if (x + 1 < w)
                    edges.push_back({ y * w + x, y * w + x + 1, 1 });
                if (y + 1 < h)
                    edges.push_back({ y * w + x, (y + 1) * w + x, 1 });
            }
        }
        const Graph g = Graph::fromEdges(w * h, edges);
        const auto r = Layout::fruchtermanReingold(g, {});
        QVERIFY(r.converged);
        QVERIFY2(r.iterations <= 60, qPrintable(QString::number(r.iterations)));
        double link = 0;
        for (const Edge& e : edges)
            link += QLineF(r.points[size_t(e.from)], r.points[size_t(e.to)]).length();
        link /= double(edges.size());
        const double across = QLineF(r.points[0], r.points[size_t(w - 1)]).length() / link; // top side, in links
        const double down = QLineF(r.points[0], r.points[size_t((h - 1) * w)]).length() / link;
        QVERIFY2(across > 0.6 * (w - 1) && across < 1.6 * (w - 1), qPrintable(QString::number(across)));
        QVERIFY2(down > 0.6 * (h - 1) && down < 1.6 * (h - 1), qPrintable(QString::number(down)));
        QVERIFY2(across > down, qPrintable(QStringLiteral("%1 %2").arg(across).arg(down)));
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
