// Graph analytics benchmark (link-graph issue): graphs of 10k nodes / about
// 50k links and 50k / 250k with community structure and heavy-tailed
// degrees (communityGraph below, fixed seed), exact betweenness, PageRank,
// Louvain and the force layout through Waymark in this process and, in the
// same run, the same graphs through python3-igraph (Debian's package) as the
// anchor. Prints each time, the ratio waymark/igraph (goal ≤ 0.5), both
// modularities and both layouts' quality (stress, neighbourhood preservation).
//
//   bench_graph [--large-exact]   also exact betweenness on 50k/250k (minutes)
//   bench_graph --small           only 10k nodes / 50k links
//   bench_graph --large           only 50k nodes / 250k links
//   bench_graph --only NAME       only one measure (betweenness, pagerank,
//                                 louvain or layout), in both programs

#include "core/random.h"
#include "network/centrality.h"
#include "network/communities.h"
#include "network/graph.h"
#include "network/layout.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineF>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <numeric>
#include <unordered_set>

using namespace waymark;

namespace {

/// A graph shaped like a covert network or the sample's entity graph:
/// communities of heavy-tailed sizes (Pareto, exponent 2, 10 to 1,000
/// nodes), growth by preferential attachment inside each community (so
/// degrees are heavy-tailed, with hubs), a node bringing 1 to 9 links (mean
/// 5: many leaves, as phones and addresses tied to one person), and each link
/// leaving its community with probability 0.2 for a node picked by degree
/// anywhere (brokers). Simple (no repeats, no loops); node numbers shuffled
/// so that nothing depends on their order. Fixed seed.
std::vector<network::Edge> communityGraph(int n, quint64 seed)
{
    Random r(seed);
    std::vector<int> sizes;
    for (int total = 0; total < n;) {
        const double u = std::max(1e-12, double(r.between(1, 1000000)) / 1e6);
        int s = std::clamp(int(10.0 / u), 10, 1000); // Pareto: P(size > x) = 10 / x
        s = std::min(s, n - total);
        sizes.push_back(s);
        total += s;
    }
    std::vector<int> label(static_cast<size_t>(n));
    std::iota(label.begin(), label.end(), 0);
    for (int i = n - 1; i > 0; --i)
        std::swap(label[size_t(i)], label[size_t(r.between(0, i))]);
    std::vector<network::Edge> edges;
    std::unordered_set<quint64> seen;
    std::vector<int> allEnds; // every link end so far: picking from it is picking by degree
    auto link = [&](int a, int b, std::vector<int>& ends) {
        if (a == b || !seen.insert(quint64(std::min(a, b)) << 32 | quint64(std::max(a, b))).second)
            return false;
        edges.push_back({ label[size_t(a)], label[size_t(b)], 1 });
        ends.push_back(a);
        ends.push_back(b);
        allEnds.push_back(a);
        allEnds.push_back(b);
        return true;
    };
    int first = 0;
    for (int size : sizes) {
        std::vector<int> ends;
        for (int v = first + 1; v < first + size; ++v) {
            const int m = std::min(int(r.between(1, 9)), v - first);
            for (int k = 0, tries = 0; k < m && tries < 50; ++tries) {
                int t;
                if (r.between(0, 9) < 2 && !allEnds.empty())
                    t = allEnds[size_t(r.between(0, qint64(allEnds.size()) - 1))];
                else if (!ends.empty() && r.between(0, 3) > 0)
                    t = ends[size_t(r.between(0, qint64(ends.size()) - 1))];
                else
                    t = int(r.between(first, v - 1));
                if (link(v, t, ends))
                    ++k;
            }
        }
        first += size;
    }
    return edges;
}

double seconds(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e9;
}

/// Quality of a drawing, the same measure for both layouts:
/// - stress: the normalised stress of Gansner et al. on the graph distances
///   from 40 sources picked with a fixed seed, after the best uniform scale
///   (mean of (s·|xi-xj| - dij)² / dij² over the pairs; lower is better);
/// - neighbourhood preservation: for 500 nodes, the share of a node's graph
///   neighbours among its deg(v) nearest points (Jaccard; higher is better).
struct Quality {
    double stress = 0;
    double neighbourhood = 0;
};

Quality quality(const network::Graph& g, const network::Layout::Points& p)
{
    const int n = g.nodeCount();
    Quality result;
    if (n < 3 || int(p.size()) != n)
        return result;
    Random pick(11);
    std::vector<int> dist(size_t(n), -1), queue;
    double sumEd = 0, sumEe = 0;
    std::vector<std::pair<double, double>> pairs; // (layout distance, graph distance)
    for (int k = 0; k < 40; ++k) {
        const int s = int(pick.between(0, n - 1));
        std::fill(dist.begin(), dist.end(), -1);
        queue.assign(1, s);
        dist[size_t(s)] = 0;
        for (size_t h = 0; h < queue.size(); ++h) {
            const int v = queue[h];
            for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
                const int w = g.targets()[size_t(e)];
                if (dist[size_t(w)] < 0) {
                    dist[size_t(w)] = dist[size_t(v)] + 1;
                    queue.push_back(w);
                }
            }
        }
        for (int v : queue) {
            if (v == s)
                continue;
            const double d = dist[size_t(v)];
            const double e = QLineF(p[size_t(s)], p[size_t(v)]).length();
            pairs.emplace_back(e, d);
            sumEd += e / d;
            sumEe += e * e / (d * d);
        }
    }
    const double scale = sumEe > 0 ? sumEd / sumEe : 1;
    for (const auto& [e, d] : pairs)
        result.stress += (scale * e - d) * (scale * e - d) / (d * d);
    result.stress /= double(std::max<size_t>(1, pairs.size()));
    std::vector<std::pair<double, int>> near(static_cast<size_t>(n));
    for (int k = 0; k < 500; ++k) {
        const int v = int(pick.between(0, n - 1));
        const int deg = g.degree(v);
        if (deg == 0)
            continue;
        for (int w = 0; w < n; ++w)
            near[size_t(w)] = { w == v ? 1e300 : QLineF(p[size_t(v)], p[size_t(w)]).length(), w };
        std::nth_element(near.begin(), near.begin() + deg, near.end());
        std::vector<int> nearest;
        for (int i = 0; i < deg; ++i)
            nearest.push_back(near[size_t(i)].second);
        std::sort(nearest.begin(), nearest.end());
        int common = 0;
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e)
            common += std::binary_search(nearest.begin(), nearest.end(), g.targets()[size_t(e)]) ? 1 : 0;
        result.neighbourhood += double(common) / double(2 * deg - common);
    }
    result.neighbourhood /= 500;
    return result;
}

const char* const kIgraph = R"PY(
import json, sys, time, igraph
n = int(sys.argv[2]); exact = sys.argv[3] == '1'; only = sys.argv[5]
edges = [tuple(map(int, l.split())) for l in open(sys.argv[1])]
g = igraph.Graph(n=n, edges=edges, directed=False)
out = {}
if exact and only in ('', 'betweenness'):
    t = time.perf_counter(); g.betweenness(directed=False); out['betweenness'] = time.perf_counter() - t
if only in ('', 'pagerank'):
    t = time.perf_counter(); g.pagerank(directed=False); out['pagerank'] = time.perf_counter() - t
if only in ('', 'louvain'):
    t = time.perf_counter(); c = g.community_multilevel(); out['louvain'] = time.perf_counter() - t
    out['modularity'] = c.modularity
if only in ('', 'layout'):
    # With 1,000 nodes or more this is igraph's grid variant (grid='auto').
    t = time.perf_counter(); lay = g.layout_fruchterman_reingold(niter=500); out['layout'] = time.perf_counter() - t
    with open(sys.argv[4], 'w') as f:
        for x, y in lay.coords:
            f.write('%r %r\n' % (x, y))
print(json.dumps(out))
)PY";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool largeExact = app.arguments().contains(QStringLiteral("--large-exact"));
    const bool smallOnly = app.arguments().contains(QStringLiteral("--small"));
    const bool largeOnly = app.arguments().contains(QStringLiteral("--large"));
    const qsizetype onlyAt = app.arguments().indexOf(QStringLiteral("--only"));
    const QString only = onlyAt >= 0 ? app.arguments().value(onlyAt + 1) : QString();
    auto wanted = [&](const char* measure) { return only.isEmpty() || only == QLatin1String(measure); };
    QTextStream out(stdout);
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("anchor.py")));
    script.open(QIODevice::WriteOnly);
    script.write(kIgraph);
    script.close();

    for (const auto& [n, label] :
        { std::pair<int, const char*> { 10000, "10k nodes / 50k edges" }, { 50000, "50k nodes / 250k edges" } }) {
        if ((smallOnly && n > 10000) || (largeOnly && n == 10000))
            continue;
        const auto edges = communityGraph(n, 7);
        const network::Graph g = network::Graph::fromEdges(n, edges);
        QFile list(dir.filePath(QStringLiteral("edges.txt")));
        list.open(QIODevice::WriteOnly);
        for (const auto& e : edges)
            list.write(QByteArray::number(e.from) + ' ' + QByteArray::number(e.to) + '\n');
        list.close();
        const bool exact = n == 10000 || largeExact;
        out << "== " << label << " (" << g.edgeCount() << " edges)\n";
        out.flush();

        QJsonObject mine;
        if (exact && wanted("betweenness"))
            mine.insert(QStringLiteral("betweenness"), seconds([&] { network::Centrality::betweenness(g, {}); }));
        if (wanted("pagerank"))
            mine.insert(
                QStringLiteral("pagerank"), seconds([&] { network::Centrality::pageRank(g, false, 0.85, 1e-10); }));
        int layoutIterations = 0;
        network::Layout::Points points;
        if (wanted("layout")) {
            mine.insert(QStringLiteral("layout"), seconds([&] {
                network::Layout::ForceOptions o;
                auto r = network::Layout::fruchtermanReingold(g, o);
                layoutIterations = r.iterations;
                points = std::move(r.points);
            }));
        }
        double q = 0;
        if (wanted("louvain"))
            mine.insert(
                QStringLiteral("louvain"), seconds([&] { q = network::Communities::louvain(g, false).modularity; }));
        if (!exact && wanted("betweenness")) {
            network::Centrality::BetweennessOptions o;
            o.sampleSize = 1000;
            const double t = seconds([&] { network::Centrality::betweenness(g, o); });
            out << "  waymark approximate betweenness, 1000 sampled sources: " << QString::number(t, 'f', 2)
                << " s, error <= " << QString::number(network::Centrality::betweennessErrorBound(n, 1000), 'f', 3)
                << " (normalized, 95 %, every node)\n"
                << "  igraph: no peer for it (python-igraph 0.10.2 samples no sources; its exact betweenness, about "
                   "25 times its 10k time, runs with --large-exact)\n";
        }

        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
            { script.fileName(), list.fileName(), QString::number(n), exact ? QStringLiteral("1") : QStringLiteral("0"),
                dir.filePath(QStringLiteral("layout.txt")), only });
        py.waitForFinished(-1);
        const QJsonObject theirs = QJsonDocument::fromJson(py.readAllStandardOutput()).object();
        if (theirs.isEmpty())
            out << "  igraph anchor did not run (is python3-igraph installed?): " << py.readAllStandardError() << '\n';
        for (const char* k : { "betweenness", "pagerank", "louvain", "layout" }) {
            const QString key = QLatin1String(k);
            if (!mine.contains(key) && !theirs.contains(key))
                continue;
            out << "  " << qSetFieldWidth(12) << Qt::left << key << qSetFieldWidth(0);
            out << " waymark "
                << (mine.contains(key) ? QString::number(mine.value(key).toDouble(), 'f', 3) + QStringLiteral(" s")
                                       : QStringLiteral("not built yet"));
            out << "   igraph "
                << (theirs.contains(key) ? QString::number(theirs.value(key).toDouble(), 'f', 3) + QStringLiteral(" s")
                                         : QStringLiteral("-"));
            if (mine.contains(key) && theirs.contains(key))
                out << "   ratio "
                    << QString::number(mine.value(key).toDouble() / theirs.value(key).toDouble(), 'f', 2);
            out << '\n';
        }
        if (wanted("layout")) {
            network::Layout::Points theirPoints;
            QFile laid(dir.filePath(QStringLiteral("layout.txt")));
            if (laid.open(QIODevice::ReadOnly)) {
                while (!laid.atEnd()) {
                    const QList<QByteArray> xy = laid.readLine().simplified().split(' ');
                    if (xy.size() == 2)
                        theirPoints.emplace_back(xy[0].toDouble(), xy[1].toDouble());
                }
            }
            const Quality ours = quality(g, points), igraphs = quality(g, theirPoints);
            out << "  force layout: waymark settled after " << layoutIterations << " steps (at most "
                << network::Layout::ForceOptions().maxIterations << "); igraph runs 500\n";
            out << "  layout stress (lower is better): waymark " << QString::number(ours.stress, 'f', 3) << ", igraph "
                << QString::number(igraphs.stress, 'f', 3)
                << "\n  neighbourhood preservation (higher is better): waymark "
                << QString::number(ours.neighbourhood, 'f', 3) << ", igraph "
                << QString::number(igraphs.neighbourhood, 'f', 3) << '\n';
        }
        if (wanted("louvain"))
            out << "  Louvain modularity: waymark " << QString::number(q, 'f', 4) << ", igraph "
                << QString::number(theirs.value(QStringLiteral("modularity")).toDouble(), 'f', 4) << '\n';
        out.flush();
    }
    return 0;
}
