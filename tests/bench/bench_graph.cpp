// Graph analytics benchmark (link-graph issue): scale-free graphs of 10k nodes
// / 50k edges and 50k / 250k (Barabási–Albert, m = 5, fixed seed), exact
// betweenness, PageRank and Louvain through Waymark in this process and, in
// the same run, the same graphs through python3-igraph (Debian's package) as
// the anchor. Prints each time and the ratio waymark/igraph (≤ 1.0 is the goal).
//
//   bench_graph [--large-exact]   also exact betweenness on 50k/250k (minutes)
//   bench_graph --small           only 10k nodes / 50k edges

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

#include <functional>

using namespace waymark;

namespace {

std::vector<network::Edge> barabasiAlbert(int n, int m, quint64 seed)
{
    Random r(seed);
    std::vector<network::Edge> edges;
    std::vector<int> ends; // every edge end: picking from it is picking by degree
    for (int v = 0; v <= m; ++v) {
        for (int u = 0; u < v; ++u) {
            edges.push_back({ u, v, 1 });
            ends.push_back(u);
            ends.push_back(v);
        }
    }
    for (int v = m + 1; v < n; ++v) {
        std::vector<int> chosen;
        while (int(chosen.size()) < m) {
            const int t = ends[size_t(r.between(0, qint64(ends.size()) - 1))];
            if (std::find(chosen.begin(), chosen.end(), t) == chosen.end())
                chosen.push_back(t);
        }
        for (int t : chosen) {
            edges.push_back({ v, t, 1 });
            ends.push_back(v);
            ends.push_back(t);
        }
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

const char* const kIgraph = R"PY(
import json, sys, time, igraph
n = int(sys.argv[2]); exact = sys.argv[3] == '1'
edges = [tuple(map(int, l.split())) for l in open(sys.argv[1])]
g = igraph.Graph(n=n, edges=edges, directed=False)
out = {}
if exact:
    t = time.perf_counter(); g.betweenness(directed=False); out['betweenness'] = time.perf_counter() - t
t = time.perf_counter(); g.pagerank(directed=False); out['pagerank'] = time.perf_counter() - t
t = time.perf_counter(); c = g.community_multilevel(); out['louvain'] = time.perf_counter() - t
out['modularity'] = c.modularity
t = time.perf_counter(); g.layout_fruchterman_reingold(niter=500); out['layout'] = time.perf_counter() - t
print(json.dumps(out))
)PY";

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool largeExact = app.arguments().contains(QStringLiteral("--large-exact"));
    const bool smallOnly = app.arguments().contains(QStringLiteral("--small"));
    QTextStream out(stdout);
    QTemporaryDir dir;
    QFile script(dir.filePath(QStringLiteral("anchor.py")));
    script.open(QIODevice::WriteOnly);
    script.write(kIgraph);
    script.close();

    for (const auto& [n, label] :
        { std::pair<int, const char*> { 10000, "10k nodes / 50k edges" }, { 50000, "50k nodes / 250k edges" } }) {
        if (smallOnly && n > 10000)
            break;
        const auto edges = barabasiAlbert(n, 5, 7);
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
        if (exact)
            mine.insert(QStringLiteral("betweenness"), seconds([&] { network::Centrality::betweenness(g, {}); }));
        mine.insert(QStringLiteral("pagerank"), seconds([&] { network::Centrality::pageRank(g, false, 0.85, 1e-10); }));
        int layoutIterations = 0;
        network::Layout::Points points;
        mine.insert(QStringLiteral("layout"), seconds([&] {
            network::Layout::ForceOptions o;
            auto r = network::Layout::fruchtermanReingold(g, o);
            layoutIterations = r.iterations;
            points = std::move(r.points);
        }));
        // Quality, to compare settings: the mean link length over the mean
        // distance between random pairs (lower: linked nodes drawn closer).
        double linkLength = 0, pairDistance = 0;
        for (const auto& e : edges)
            linkLength += QLineF(points[size_t(e.from)], points[size_t(e.to)]).length();
        Random pick(3);
        for (int i = 0; i < 20000; ++i)
            pairDistance
                += QLineF(points[size_t(pick.between(0, n - 1))], points[size_t(pick.between(0, n - 1))]).length();
        const double layoutQuality = (linkLength / double(edges.size())) / (pairDistance / 20000);
        double q = 0;
        mine.insert(
            QStringLiteral("louvain"), seconds([&] { q = network::Communities::louvain(g, false).modularity; }));
        if (!exact) {
            network::Centrality::BetweennessOptions o;
            o.sampleSize = 1000;
            const double t = seconds([&] { network::Centrality::betweenness(g, o); });
            out << "  waymark approximate betweenness, 1000 sampled sources: " << QString::number(t, 'f', 2)
                << " s, error <= " << QString::number(network::Centrality::betweennessErrorBound(n, 1000), 'f', 3)
                << " (normalized, 95 %, every node)\n";
        }

        QProcess py;
        py.start(QStringLiteral("/usr/bin/python3"),
            { script.fileName(), list.fileName(), QString::number(n),
                exact ? QStringLiteral("1") : QStringLiteral("0") });
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
        out << "  force layout: waymark settled after " << layoutIterations << " steps (at most "
            << network::Layout::ForceOptions().maxIterations << "); igraph runs 500; link length / pair distance "
            << QString::number(layoutQuality, 'f', 3) << '\n';
        out << "  Louvain modularity: waymark " << QString::number(q, 'f', 4) << ", igraph "
            << QString::number(theirs.value(QStringLiteral("modularity")).toDouble(), 'f', 4) << '\n';
        out.flush();
    }
    return 0;
}
