#include "layout.h"

#include "core/parallel.h"
#include "core/random.h"
#include "network/graph.h"
#include "network/structure.h"

#include <QRectF>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/circle_layout.hpp>
#include <boost/graph/kamada_kawai_spring_layout.hpp>
#include <boost/graph/topology.hpp>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace waymark::network {

namespace {
/// From this many nodes a fresh force layout starts from pivot MDS and
/// takes at most kMdsStartSteps steps.
constexpr int kMdsStartNodes = 2000;
constexpr int kMdsStartSteps = 60;

bool isPlaced(const QPointF& p)
{
    return !std::isnan(p.x()) && !std::isnan(p.y());
}

/// Turns each connected piece about its middle so that its long axis (the
/// principal axis of its points) lies along the longer side of a view of
/// `aspect` (width / height): turning keeps every distance, so a long chain
/// fills a wide view without squashing anything.
void orientPieces(const std::vector<std::vector<int>>& members, Layout::Points& points, double aspect)
{
    for (const auto& m : members) {
        if (m.size() < 3)
            continue;
        double mx = 0, my = 0;
        for (int v : m) {
            mx += points[size_t(v)].x();
            my += points[size_t(v)].y();
        }
        mx /= double(m.size());
        my /= double(m.size());
        double sxx = 0, syy = 0, sxy = 0;
        for (int v : m) {
            const double dx = points[size_t(v)].x() - mx, dy = points[size_t(v)].y() - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }
        // The principal axis's angle; turn it onto x (wide views) or y (tall ones).
        const double angle = 0.5 * std::atan2(2 * sxy, sxx - syy) - (aspect >= 1 ? 0 : M_PI / 2);
        const double c = std::cos(-angle), s = std::sin(-angle);
        for (int v : m) {
            const double dx = points[size_t(v)].x() - mx, dy = points[size_t(v)].y() - my;
            points[size_t(v)] = QPointF(mx + dx * c - dy * s, my + dx * s + dy * c);
        }
    }
}

/// Moves each connected piece next to the others, biggest first, in rows,
/// keeping its own shape: pieces laid out together drift far apart. With
/// an aspect (width / height of the view), pieces are turned to it and the
/// rows are as wide as that shape wants.
void packPieces(const Graph& g, Layout::Points& points, double aspect = 0)
{
    const int n = g.nodeCount();
    int count = 0;
    const std::vector<int> comp = Structure::components(g, &count);
    std::vector<std::vector<int>> members(static_cast<size_t>(count));
    for (int v = 0; v < n; ++v)
        members[size_t(comp[size_t(v)])].push_back(v);
    std::stable_sort(members.begin(), members.end(), [](const auto& a, const auto& b) { return a.size() > b.size(); });
    if (aspect > 0)
        orientPieces(members, points, aspect);
    std::vector<QRectF> boxes;
    double area = 0;
    for (const auto& m : members) {
        QRectF box(points[size_t(m.front())], QSizeF(0, 0));
        for (int v : m)
            box |= QRectF(points[size_t(v)], QSizeF(1e-9, 1e-9));
        boxes.push_back(box);
        area += (box.width() + 1.5) * (box.height() + 1.5);
    }
    const double rowWidth
        = std::max(std::sqrt(area * (aspect > 0 ? aspect : 1)) * 1.3, boxes.empty() ? 1.0 : boxes.front().width());
    double cursorX = 0, cursorY = 0, rowHeight = 0;
    for (size_t i = 0; i < members.size(); ++i) {
        const QRectF& box = boxes[i];
        if (cursorX > 0 && cursorX + box.width() > rowWidth) {
            cursorX = 0;
            cursorY += rowHeight + 1.5;
            rowHeight = 0;
        }
        const QPointF shift = QPointF(cursorX, cursorY) - box.topLeft();
        for (int v : members[i])
            points[size_t(v)] += shift;
        cursorX += box.width() + 1.5;
        rowHeight = std::max(rowHeight, box.height());
    }
}

/// Barnes–Hut quadtree over the current positions, rebuilt every step.
class QuadTree {
public:
    void build(const std::vector<double>& x, const std::vector<double>& y)
    {
        m_x = &x;
        m_y = &y;
        m_cells.clear();
        double minX = 1e300, minY = 1e300, maxX = -1e300, maxY = -1e300;
        for (size_t i = 0; i < x.size(); ++i) {
            minX = std::min(minX, x[i]);
            maxX = std::max(maxX, x[i]);
            minY = std::min(minY, y[i]);
            maxY = std::max(maxY, y[i]);
        }
        const double size = std::max({ maxX - minX, maxY - minY, 1e-6 }) * 1.0001;
        m_cells.push_back(Cell { minX, minY, size });
        for (int i = 0; i < int(x.size()); ++i)
            insert(0, i, 0);
        summarize(0);
        m_flat.clear();
        flatten(0);
    }

    /// Adds the repulsion on node v (at px, py) from all others to (fx, fy).
    /// Walks the flattened tree in depth-first order: a cell far enough is
    /// taken whole and skipped past, a near one is opened by stepping on.
    void repulse(int v, double px, double py, double k2, double theta, double& fx, double& fy) const
    {
        const double theta2 = theta * theta;
        const Flat* flat = m_flat.data();
        const int end = int(m_flat.size());
        double sx = 0, sy = 0;
        for (int i = 0; i < end;) {
            const Flat& c = flat[i];
            double ddx = px - c.cx, ddy = py - c.cy;
            double d2 = ddx * ddx + ddy * ddy;
            const bool leaf = c.point >= 0;
            if (!leaf && c.size2 >= theta2 * d2) {
                ++i; // open it: its first child comes next
                continue;
            }
            i = c.skip;
            double mass = c.mass;
            if (leaf && c.point == v) {
                if (mass <= 1)
                    continue;
                mass -= 1; // other points stacked on this very spot: push apart a little
            }
            if (d2 < 1e-12) {
                ddx = 1e-3 * ((v * 7919) % 13 - 6);
                ddy = 1e-3 * ((v * 104729) % 11 - 5);
                d2 = ddx * ddx + ddy * ddy;
            }
            const double f = mass * k2 / d2;
            sx += ddx * f;
            sy += ddy * f;
        }
        fx += sx;
        fy += sy;
    }

private:
    struct Cell {
        double x0, y0, size;
        double cx = 0, cy = 0, mass = 0;
        int child[4] = { -1, -1, -1, -1 };
        int point = -1; ///< for a leaf: one of its points
    };
    /// A non-empty cell in depth-first order, for a walk without a stack.
    struct Flat {
        double cx, cy;
        double mass;
        double size2; ///< the cell's side, squared
        int skip; ///< the index past this cell's subtree
        int point; ///< for a leaf: one of its points; -1 for an inner cell
    };

    void flatten(int cell)
    {
        const Cell& c = m_cells[size_t(cell)];
        if (c.mass == 0)
            return;
        const int at = int(m_flat.size());
        const bool leaf = c.child[0] < 0;
        m_flat.push_back(Flat { c.cx, c.cy, c.mass, c.size * c.size, 0, leaf ? c.point : -1 });
        if (!leaf) {
            for (int q = 0; q < 4; ++q)
                flatten(m_cells[size_t(cell)].child[q]);
        }
        m_flat[size_t(at)].skip = int(m_flat.size());
    }

    void insert(int cell, int p, int depth)
    {
        for (;;) {
            Cell& c = m_cells[size_t(cell)];
            if (c.child[0] < 0) {
                if (c.point < 0 || depth > 40) {
                    if (c.point < 0)
                        c.point = p;
                    c.mass += 1; // deep enough: points here count together
                    c.cx += (*m_x)[size_t(p)];
                    c.cy += (*m_y)[size_t(p)];
                    return;
                }
                // Split: push the resident point down, then go on with p.
                const int resident = c.point;
                const double residentMass = c.mass;
                const double rcx = c.cx, rcy = c.cy;
                const double half = c.size / 2, x0 = c.x0, y0 = c.y0;
                int children[4];
                for (int q = 0; q < 4; ++q) {
                    children[q] = int(m_cells.size());
                    m_cells.push_back(Cell { x0 + (q & 1) * half, y0 + (q >> 1) * half, half });
                }
                Cell& parent = m_cells[size_t(cell)];
                for (int q = 0; q < 4; ++q)
                    parent.child[q] = children[q];
                parent.point = -1;
                parent.mass = 0;
                parent.cx = parent.cy = 0;
                const int rq = quadrant(parent, (*m_x)[size_t(resident)], (*m_y)[size_t(resident)]);
                Cell& rc = m_cells[size_t(children[rq])];
                rc.point = resident;
                rc.mass = residentMass;
                rc.cx = rcx;
                rc.cy = rcy;
                continue;
            }
            const int q = quadrant(c, (*m_x)[size_t(p)], (*m_y)[size_t(p)]);
            cell = c.child[q];
            ++depth;
        }
    }

    static int quadrant(const Cell& c, double px, double py)
    {
        const double half = c.size / 2;
        return (px >= c.x0 + half ? 1 : 0) | (py >= c.y0 + half ? 2 : 0);
    }

    /// Mass and centre of mass of every cell, bottom up.
    void summarize(int cell)
    {
        Cell& c = m_cells[size_t(cell)];
        if (c.child[0] < 0) {
            if (c.mass > 0) {
                c.cx /= c.mass;
                c.cy /= c.mass;
            }
            return;
        }
        double m = 0, sx = 0, sy = 0;
        for (int q = 0; q < 4; ++q) {
            const int ch = m_cells[size_t(cell)].child[q];
            summarize(ch);
            const Cell& cc = m_cells[size_t(ch)];
            m += cc.mass;
            sx += cc.cx * cc.mass;
            sy += cc.cy * cc.mass;
        }
        Cell& self = m_cells[size_t(cell)];
        self.mass = m;
        if (m > 0) {
            self.cx = sx / m;
            self.cy = sy / m;
        }
    }

    std::vector<Cell> m_cells;
    std::vector<Flat> m_flat;
    const std::vector<double>* m_x = nullptr;
    const std::vector<double>* m_y = nullptr;
};
} // namespace

Layout::Points Layout::pivotMds(const Graph& g, int pivotCount)
{
    const int n = g.nodeCount();
    Points out(static_cast<size_t>(n));
    int count = 0;
    const std::vector<int> comp = Structure::components(g, &count);
    std::vector<std::vector<int>> members(static_cast<size_t>(count));
    for (int v = 0; v < n; ++v)
        members[size_t(comp[size_t(v)])].push_back(v);
    std::vector<int> local(size_t(n), -1), queue;
    std::vector<float> dist; // k rows of the piece's size: hops from each pivot
    for (const auto& m : members) {
        const int size = int(m.size());
        if (size == 0)
            continue;
        if (size < 3) {
            for (int i = 0; i < size; ++i)
                out[size_t(m[size_t(i)])] = QPointF(i, 0);
            continue;
        }
        for (int i = 0; i < size; ++i)
            local[size_t(m[size_t(i)])] = i;
        const int k = std::min(pivotCount, size);
        dist.assign(size_t(k) * size_t(size), -1.0f);
        // Pivots far apart (max–min): each next pivot is the node farthest
        // from those chosen, starting from the best-linked node.
        std::vector<float> nearest(size_t(size), std::numeric_limits<float>::max());
        int pivot = *std::max_element(m.begin(), m.end(), [&](int a, int b) { return g.degree(a) < g.degree(b); });
        for (int j = 0; j < k; ++j) {
            float* row = dist.data() + size_t(j) * size_t(size);
            queue.assign(1, pivot);
            row[local[size_t(pivot)]] = 0;
            for (size_t head = 0; head < queue.size(); ++head) {
                const int v = queue[head];
                const float next = row[local[size_t(v)]] + 1;
                for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
                    const int w = g.targets()[size_t(e)];
                    if (row[local[size_t(w)]] < 0) {
                        row[local[size_t(w)]] = next;
                        queue.push_back(w);
                    }
                }
            }
            int far = 0;
            for (int i = 0; i < size; ++i) {
                nearest[size_t(i)] = std::min(nearest[size_t(i)], std::max(row[i], 0.0f));
                if (nearest[size_t(i)] > nearest[size_t(far)])
                    far = i;
            }
            pivot = m[size_t(far)];
        }
        // Double centring of the squared distances: C = -1/2 J D² J.
        std::vector<double> rowMean(size_t(size), 0.0), colMean(size_t(k), 0.0);
        double grand = 0;
        for (int j = 0; j < k; ++j) {
            const float* row = dist.data() + size_t(j) * size_t(size);
            for (int i = 0; i < size; ++i) {
                const double d2 = double(row[i]) * row[i];
                rowMean[size_t(i)] += d2;
                colMean[size_t(j)] += d2;
            }
            grand += colMean[size_t(j)];
        }
        for (double& x : rowMean)
            x /= k;
        for (double& x : colMean)
            x /= size;
        grand /= double(size) * k;
        std::vector<double> c(size_t(k) * size_t(size)); // column j = pivot j
        for (int j = 0; j < k; ++j) {
            const float* row = dist.data() + size_t(j) * size_t(size);
            double* cj = c.data() + size_t(j) * size_t(size);
            for (int i = 0; i < size; ++i)
                cj[i] = -0.5 * (double(row[i]) * row[i] - rowMean[size_t(i)] - colMean[size_t(j)] + grand);
        }
        // The two leading eigenvectors of CᵀC (k × k) by orthogonal iteration.
        std::vector<double> b(size_t(k) * size_t(k), 0.0);
        for (int a = 0; a < k; ++a) {
            for (int j = a; j < k; ++j) {
                const double* ca = c.data() + size_t(a) * size_t(size);
                const double* cj = c.data() + size_t(j) * size_t(size);
                double sum = 0;
                for (int i = 0; i < size; ++i)
                    sum += ca[i] * cj[i];
                b[size_t(a) * size_t(k) + size_t(j)] = b[size_t(j) * size_t(k) + size_t(a)] = sum;
            }
        }
        std::vector<double> v1(static_cast<size_t>(k)), v2(v1), t1(v1), t2(v1);
        for (int j = 0; j < k; ++j) {
            v1[size_t(j)] = 1.0 + 0.01 * j;
            v2[size_t(j)] = (j % 2 ? 1.0 : -1.0) + 0.01 * j;
        }
        auto normalise = [](std::vector<double>& v) {
            double s = 0;
            for (double x : v)
                s += x * x;
            s = std::sqrt(s);
            if (s > 0) {
                for (double& x : v)
                    x /= s;
            }
        };
        for (int it = 0; it < 200; ++it) {
            for (int a = 0; a < k; ++a) {
                double s1 = 0, s2 = 0;
                for (int j = 0; j < k; ++j) {
                    s1 += b[size_t(a) * size_t(k) + size_t(j)] * v1[size_t(j)];
                    s2 += b[size_t(a) * size_t(k) + size_t(j)] * v2[size_t(j)];
                }
                t1[size_t(a)] = s1;
                t2[size_t(a)] = s2;
            }
            normalise(t1);
            double dot = 0;
            for (int j = 0; j < k; ++j)
                dot += t1[size_t(j)] * t2[size_t(j)];
            for (int j = 0; j < k; ++j)
                t2[size_t(j)] -= dot * t1[size_t(j)];
            normalise(t2);
            v1.swap(t1);
            v2.swap(t2);
        }
        std::vector<double> px(size_t(size), 0.0), py(size_t(size), 0.0);
        for (int j = 0; j < k; ++j) {
            const double* cj = c.data() + size_t(j) * size_t(size);
            for (int i = 0; i < size; ++i) {
                px[size_t(i)] += cj[i] * v1[size_t(j)];
                py[size_t(i)] += cj[i] * v2[size_t(j)];
            }
        }
        // One scale for the piece, the least-squares fit of the distances
        // to the pivots: an edge is then about 1 long.
        double de = 0, ee = 0;
        for (int j = 0; j < k; ++j) {
            const float* row = dist.data() + size_t(j) * size_t(size);
            int p = 0;
            while (p < size && row[p] != 0)
                ++p;
            for (int i = 0; i < size; ++i) {
                if (row[i] <= 0)
                    continue;
                const double e = std::hypot(px[size_t(i)] - px[size_t(p)], py[size_t(i)] - py[size_t(p)]);
                de += double(row[i]) * e;
                ee += e * e;
            }
        }
        const double scale = ee > 0 ? de / ee : 1;
        for (int i = 0; i < size; ++i) {
            out[size_t(m[size_t(i)])] = QPointF(px[size_t(i)] * scale, py[size_t(i)] * scale);
            local[size_t(m[size_t(i)])] = -1;
        }
    }
    return out;
}

Layout::ForceResult Layout::fruchtermanReingold(const Graph& g, const ForceOptions& o, Feedback* feedback)
{
    ForceResult result;
    const int n = g.nodeCount();
    if (n == 0) {
        result.converged = true;
        return result;
    }
    Random r(o.seed);
    const double side = std::sqrt(double(n)) * 1.5;
    std::vector<double> x(static_cast<size_t>(n)), y(static_cast<size_t>(n));
    std::vector<bool> placed(size_t(n), false);
    bool incremental = false;
    for (int v = 0; v < n; ++v) {
        if (size_t(v) < o.initial.size() && isPlaced(o.initial[size_t(v)])) {
            x[size_t(v)] = o.initial[size_t(v)].x();
            y[size_t(v)] = o.initial[size_t(v)].y();
            placed[size_t(v)] = true;
            incremental = true;
        }
    }
    // A large fresh layout starts from pivot MDS: the whole shape is right
    // from the first step (graph distance is distance on the page), so a
    // few dozen steps only untangle the neighbourhoods, where a start
    // from a sweep needs over a hundred long ones. Small charts (cheap
    // anyway) keep the sweep, which the analyst's charts were drawn with.
    const bool mdsStart = !incremental && n >= kMdsStartNodes;
    if (mdsStart) {
        const Points start = pivotMds(g);
        int pieces = 0;
        const std::vector<int> comp = Structure::components(g, &pieces);
        std::vector<QPointF> shift(static_cast<size_t>(pieces));
        for (auto& s : shift)
            s = QPointF((r.uniform() - 0.5) * side, (r.uniform() - 0.5) * side);
        // Spread by three: the force layout's own scale for edges of length
        // 1 is wider than the graph distance (hubs need room for their
        // leaves); leaves of one hub share a spot, the noise parts them.
        for (int v = 0; v < n; ++v) {
            const QPointF at = start[size_t(v)] * 3.0 + shift[size_t(comp[size_t(v)])];
            x[size_t(v)] = at.x() + r.normal(0, 0.1);
            y[size_t(v)] = at.y() + r.normal(0, 0.1);
            placed[size_t(v)] = true;
        }
    }
    if (!incremental) {
        // A fresh layout starts from a breadth-first sweep out of each
        // piece's best-linked node, every node beside the neighbours placed
        // before it: linked nodes start near each other, so far fewer steps
        // untangle the picture than from scattered points.
        std::vector<int> order(static_cast<size_t>(n));
        std::iota(order.begin(), order.end(), 0);
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return g.degree(a) > g.degree(b); });
        std::vector<int> queue;
        queue.reserve(size_t(n));
        for (int root : order) {
            if (placed[size_t(root)])
                continue;
            x[size_t(root)] = (r.uniform() - 0.5) * side;
            y[size_t(root)] = (r.uniform() - 0.5) * side;
            placed[size_t(root)] = true;
            queue.assign(1, root);
            for (size_t head = 0; head < queue.size(); ++head) {
                const int v = queue[head];
                for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
                    const int w = g.targets()[size_t(e)];
                    if (placed[size_t(w)])
                        continue;
                    double sx = 0, sy = 0;
                    int near = 0;
                    for (qint64 f = g.offsets()[size_t(w)]; f < g.offsets()[size_t(w) + 1]; ++f) {
                        const int u = g.targets()[size_t(f)];
                        if (placed[size_t(u)]) {
                            sx += x[size_t(u)];
                            sy += y[size_t(u)];
                            ++near;
                        }
                    }
                    x[size_t(w)] = sx / near + r.normal(0, 1.0);
                    y[size_t(w)] = sy / near + r.normal(0, 1.0);
                    placed[size_t(w)] = true;
                    queue.push_back(w);
                }
            }
        }
    }
    // New nodes start beside their placed neighbours, or anywhere.
    for (int v = 0; v < n; ++v) {
        if (placed[size_t(v)])
            continue;
        double sx = 0, sy = 0;
        int k = 0;
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
            const int w = g.targets()[size_t(e)];
            if (placed[size_t(w)]) {
                sx += x[size_t(w)];
                sy += y[size_t(w)];
                ++k;
            }
        }
        if (k > 0) {
            x[size_t(v)] = sx / k + r.normal(0, 0.3);
            y[size_t(v)] = sy / k + r.normal(0, 0.3);
        } else {
            x[size_t(v)] = (r.uniform() - 0.5) * side;
            y[size_t(v)] = (r.uniform() - 0.5) * side;
        }
    }
    auto pinned = [&](int v) { return size_t(v) < o.pinned.size() && o.pinned[size_t(v)]; };

    const double k = 1.0; // ideal edge length
    const double k2 = k * k;
    // Adaptive cooling (Hu 2005): the step shrinks when the energy rises and
    // grows back after a run of improvements, so the layout settles in far
    // fewer steps than a fixed schedule; it stops once no node moves more
    // than the tolerance on average.
    const double startStep = incremental ? 0.5 : mdsStart ? 4.0 : side / 10;
    const int maxIterations = mdsStart ? std::min(o.maxIterations, kMdsStartSteps) : o.maxIterations;
    double temperature = startStep;
    const double floor = std::max(o.tolerance * k, 1e-9);
    double energy = std::numeric_limits<double>::max();
    int progress = 0;
    // And a schedule that reaches the tolerance by nine tenths of the steps
    // at the latest, so the layout settles for certain.
    double scheduled = startStep;
    const double cooling = std::pow(floor / std::max(startStep, 2 * floor), 1.0 / std::max(1.0, 0.9 * maxIterations));
    std::vector<double> dx(static_cast<size_t>(n)), dy(static_cast<size_t>(n));
    QuadTree tree;
    for (int it = 0; it < maxIterations; ++it) {
        if (feedback && feedback->isCanceled())
            break;
        std::fill(dx.begin(), dx.end(), 0.0);
        std::fill(dy.begin(), dy.end(), 0.0);
        // Repulsion k²/d between every pair, far groups taken as one
        // (Barnes–Hut): O(n log n) a step instead of O(n²).
        tree.build(x, y);
        // While steps are long the far field need not be exact.
        const double theta = temperature > 0.5 * k ? 2.0 : 1.5;
        const int threads = std::min(parallel::threadCount(), n / 2000 + 1);
        parallel::forRanges(n, threads, [&](qint64 from, qint64 to, int) {
            for (int v = int(from); v < int(to); ++v)
                tree.repulse(v, x[size_t(v)], y[size_t(v)], k2, theta, dx[size_t(v)], dy[size_t(v)]);
        });
        // Attraction along edges: d²/k.
        for (int v = 0; v < n; ++v) {
            for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
                const int w = g.targets()[size_t(e)];
                if (w < v)
                    continue;
                const double ddx = x[size_t(v)] - x[size_t(w)], ddy = y[size_t(v)] - y[size_t(w)];
                const double d = std::sqrt(ddx * ddx + ddy * ddy);
                const double f = d / k; // (d²/k) / d
                dx[size_t(v)] -= ddx * f;
                dy[size_t(v)] -= ddy * f;
                dx[size_t(w)] += ddx * f;
                dy[size_t(w)] += ddy * f;
            }
        }
        // A weak pull to the centre so that separate pieces stay in view.
        double moved = 0, newEnergy = 0;
        for (int v = 0; v < n; ++v) {
            if (pinned(v))
                continue;
            dx[size_t(v)] -= 0.01 * x[size_t(v)];
            dy[size_t(v)] -= 0.01 * y[size_t(v)];
            const double d = std::sqrt(dx[size_t(v)] * dx[size_t(v)] + dy[size_t(v)] * dy[size_t(v)]);
            newEnergy += d * d;
            if (d > 0) {
                const double step = std::min(d, temperature);
                x[size_t(v)] += dx[size_t(v)] / d * step;
                y[size_t(v)] += dy[size_t(v)] / d * step;
                moved += step;
            }
        }
        if (newEnergy < energy) {
            if (++progress >= 5) {
                progress = 0;
                temperature = std::min(temperature / 0.9, startStep);
            }
        } else {
            progress = 0;
            temperature *= 0.9;
        }
        energy = newEnergy;
        scheduled *= cooling;
        temperature = std::min(temperature, scheduled);
        result.iterations = it + 1;
        if (feedback && (it & 15) == 0)
            feedback->setProgress(double(it) / maxIterations);
        if (moved / n < floor) {
            result.converged = true;
            break;
        }
    }
    result.points.resize(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v)
        result.points[size_t(v)] = QPointF(x[size_t(v)], y[size_t(v)]);
    if (!incremental)
        packPieces(g, result.points, o.aspect);
    if (feedback)
        feedback->setProgress(1.0);
    return result;
}

Layout::Points Layout::circular(const Graph& g)
{
    const int n = g.nodeCount();
    Points p(static_cast<size_t>(n));
    const double radius = std::max(1.0, n / (2 * M_PI));
    for (int v = 0; v < n; ++v)
        p[size_t(v)] = QPointF(radius * std::cos(2 * M_PI * v / n), radius * std::sin(2 * M_PI * v / n));
    return p;
}

Layout::Points Layout::radial(const Graph& g, int focal)
{
    const int n = g.nodeCount();
    Points p(static_cast<size_t>(n));
    if (n == 0 || focal < 0 || focal >= n)
        return p;
    std::vector<int> depth(static_cast<size_t>(n), -1), queue { focal };
    depth[size_t(focal)] = 0;
    for (size_t head = 0; head < queue.size(); ++head) {
        const int v = queue[head];
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
            const int w = g.targets()[size_t(e)];
            if (depth[size_t(w)] < 0) {
                depth[size_t(w)] = depth[size_t(v)] + 1;
                queue.push_back(w);
            }
        }
    }
    const int maxDepth = *std::max_element(depth.begin(), depth.end());
    std::vector<std::vector<int>> rings(size_t(maxDepth) + 2);
    for (int v : queue)
        rings[size_t(depth[size_t(v)])].push_back(v);
    for (int v = 0; v < n; ++v) {
        if (depth[size_t(v)] < 0)
            rings.back().push_back(v);
    }
    for (size_t d = 0; d < rings.size(); ++d) {
        const auto& ring = rings[d];
        for (size_t i = 0; i < ring.size(); ++i) {
            const double a = 2 * M_PI * double(i) / double(ring.size());
            p[size_t(ring[i])] = QPointF(double(d) * std::cos(a), double(d) * std::sin(a));
        }
    }
    return p;
}

Layout::Points Layout::hierarchical(const Graph& g, const std::vector<int>& roots)
{
    const int n = g.nodeCount();
    Points p(static_cast<size_t>(n));
    std::vector<int> level(static_cast<size_t>(n), -1), queue;
    for (int r : roots) {
        if (r >= 0 && r < n && level[size_t(r)] < 0) {
            level[size_t(r)] = 0;
            queue.push_back(r);
        }
    }
    // Nodes no root reaches become roots of their own piece.
    for (int s = 0; s <= n; ++s) {
        for (size_t head = 0; head < queue.size(); ++head) {
            const int v = queue[head];
            for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
                const int w = g.targets()[size_t(e)];
                if (level[size_t(w)] < 0) {
                    level[size_t(w)] = level[size_t(v)] + 1;
                    queue.push_back(w);
                }
            }
        }
        while (s < n && level[size_t(s)] >= 0)
            ++s;
        if (s >= n)
            break;
        level[size_t(s)] = 0;
        queue.push_back(s);
        --s;
    }
    const int depth = n ? *std::max_element(level.begin(), level.end()) : 0;
    std::vector<std::vector<int>> layers(size_t(depth) + 1);
    for (int v : queue)
        layers[size_t(level[size_t(v)])].push_back(v);
    std::vector<double> order(static_cast<size_t>(n), 0.0);
    for (size_t l = 0; l < layers.size(); ++l) {
        auto& layer = layers[l];
        if (l > 0) {
            // Barycentre of the parents one layer up.
            for (int v : layer) {
                double s = 0;
                int c = 0;
                for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
                    const int w = g.targets()[size_t(e)];
                    if (level[size_t(w)] == int(l) - 1) {
                        s += order[size_t(w)];
                        ++c;
                    }
                }
                order[size_t(v)] = c ? s / c : 0;
            }
            std::stable_sort(
                layer.begin(), layer.end(), [&](int a, int b) { return order[size_t(a)] < order[size_t(b)]; });
        }
        for (size_t i = 0; i < layer.size(); ++i) {
            order[size_t(layer[i])] = double(i) - double(layer.size() - 1) / 2;
            p[size_t(layer[i])] = QPointF(order[size_t(layer[i])], double(l));
        }
    }
    return p;
}

Layout::Points Layout::kamadaKawai(const Graph& g)
{
    using BGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
        boost::property<boost::edge_weight_t, double>>;
    using Topology = boost::square_topology<>;
    using Point = Topology::point_type;
    const int n = g.nodeCount();
    Points out(static_cast<size_t>(n));
    int count = 0;
    const std::vector<int> comp = Structure::components(g, &count);
    std::vector<std::vector<int>> members(static_cast<size_t>(count));
    for (int v = 0; v < n; ++v)
        members[size_t(comp[size_t(v)])].push_back(v);
    for (const auto& m : members) {
        std::unordered_map<int, size_t> local;
        for (size_t i = 0; i < m.size(); ++i)
            local[m[i]] = i;
        BGraph b(m.size());
        for (int v : m) {
            for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
                const int w = g.targets()[size_t(e)];
                if (v < w)
                    boost::add_edge(local[v], local[w], 1.0, b);
            }
        }
        std::vector<Point> pos(m.size());
        auto index = boost::get(boost::vertex_index, b);
        auto posMap = boost::make_iterator_property_map(pos.begin(), index);
        const double size = std::max(1.0, std::sqrt(double(m.size())) * 1.5);
        boost::circle_graph_layout(b, posMap, size / 2);
        if (m.size() > 2) {
            boost::kamada_kawai_spring_layout(b, posMap, boost::get(boost::edge_weight, b), Topology(),
                boost::edge_length(1.0), boost::layout_tolerance<double>(0.0001));
        }
        for (size_t i = 0; i < m.size(); ++i)
            out[size_t(m[i])] = QPointF(pos[i][0], pos[i][1]);
    }
    packPieces(g, out);
    return out;
}

void Layout::fitAspect(Points& points, double aspect)
{
    double left = qInf(), right = -qInf(), top = qInf(), bottom = -qInf();
    for (const QPointF& p : points) {
        if (std::isnan(p.x()))
            continue;
        left = std::min(left, p.x());
        right = std::max(right, p.x());
        top = std::min(top, p.y());
        bottom = std::max(bottom, p.y());
    }
    const double width = right - left, height = bottom - top;
    if (!(width > 0) || !(height > 0))
        return;
    const double sx = std::clamp(std::sqrt(aspect / (width / height)), 0.75, 4.0 / 3);
    const QPointF mid((left + right) / 2, (top + bottom) / 2);
    for (QPointF& p : points) {
        if (!std::isnan(p.x()))
            p = mid + QPointF((p.x() - mid.x()) * sx, (p.y() - mid.y()) / sx);
    }
}

} // namespace waymark::network
