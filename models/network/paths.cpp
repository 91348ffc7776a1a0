#include "paths.h"

#include "network/graph.h"

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>

#include <algorithm>
#include <limits>
#include <queue>

namespace waymark::network {

namespace {
std::vector<int> walkBack(const std::vector<int>& parent, int from, int to)
{
    std::vector<int> path;
    if (parent[size_t(to)] < 0 && from != to)
        return path;
    for (int v = to; v != from; v = parent[size_t(v)]) {
        path.push_back(v);
        if (parent[size_t(v)] < 0)
            return {};
    }
    path.push_back(from);
    std::reverse(path.begin(), path.end());
    return path;
}
} // namespace

std::vector<int> Paths::shortest(const Graph& g, int from, int to, Cost cost)
{
    const int n = g.nodeCount();
    if (from < 0 || to < 0 || from >= n || to >= n)
        return {};
    std::vector<int> parent(size_t(n), -1);
    if (cost == Cost::Hops) {
        std::vector<char> seen(size_t(n), 0);
        std::vector<int> queue { from };
        seen[size_t(from)] = 1;
        for (size_t head = 0; head < queue.size() && !seen[size_t(to)]; ++head) {
            const int v = queue[head];
            for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
                const int w = g.targets()[size_t(e)];
                if (!seen[size_t(w)]) {
                    seen[size_t(w)] = 1;
                    parent[size_t(w)] = v;
                    queue.push_back(w);
                }
            }
        }
        return walkBack(parent, from, to);
    }
    // Weighted: Boost.Graph's Dijkstra over a CSR view of the same graph.
    using Csr = boost::compressed_sparse_row_graph<boost::directedS, boost::no_property,
        boost::property<boost::edge_weight_t, double>>;
    std::vector<std::pair<int, int>> arcs;
    std::vector<double> costs;
    arcs.reserve(g.targets().size());
    for (int v = 0; v < n; ++v) {
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
            arcs.emplace_back(v, g.targets()[size_t(e)]);
            costs.push_back(1.0 / g.weights()[size_t(e)]);
        }
    }
    Csr csr(boost::edges_are_sorted, arcs.begin(), arcs.end(), costs.begin(), size_t(n));
    std::vector<Csr::vertex_descriptor> pred(static_cast<size_t>(n));
    std::vector<double> dist(static_cast<size_t>(n));
    const auto index = boost::get(boost::vertex_index, csr);
    boost::dijkstra_shortest_paths(csr, Csr::vertex_descriptor(from),
        boost::predecessor_map(boost::make_iterator_property_map(pred.begin(), index))
            .distance_map(boost::make_iterator_property_map(dist.begin(), index)));
    for (int v = 0; v < n; ++v)
        parent[size_t(v)] = int(pred[size_t(v)]) == v ? -1 : int(pred[size_t(v)]);
    if (dist[size_t(to)] == std::numeric_limits<double>::max())
        return {};
    return walkBack(parent, from, to);
}

std::vector<int> Paths::timeRespecting(int n, const std::vector<DatedEdge>& edges, int from, int to)
{
    if (from < 0 || to < 0 || from >= n || to >= n)
        return {};
    // Earliest arrival: like Dijkstra on time, where a link can be taken only
    // if its day is not before the day we reached its end.
    std::vector<std::vector<std::pair<int, qint64>>> adj(static_cast<size_t>(n));
    for (const DatedEdge& e : edges) {
        if (e.from < 0 || e.to < 0 || e.from >= n || e.to >= n || e.from == e.to)
            continue;
        adj[size_t(e.from)].emplace_back(e.to, e.day);
        adj[size_t(e.to)].emplace_back(e.from, e.day);
    }
    const qint64 never = std::numeric_limits<qint64>::max();
    std::vector<qint64> arrival(size_t(n), never);
    std::vector<int> parent(size_t(n), -1);
    using Item = std::pair<qint64, int>;
    std::priority_queue<Item, std::vector<Item>, std::greater<Item>> queue;
    arrival[size_t(from)] = std::numeric_limits<qint64>::min();
    queue.emplace(arrival[size_t(from)], from);
    while (!queue.empty()) {
        const auto [t, v] = queue.top();
        queue.pop();
        if (t != arrival[size_t(v)])
            continue;
        if (v == to)
            break;
        for (const auto& [w, day] : adj[size_t(v)]) {
            if (day >= t && day < arrival[size_t(w)]) {
                arrival[size_t(w)] = day;
                parent[size_t(w)] = v;
                queue.emplace(day, w);
            }
        }
    }
    if (arrival[size_t(to)] == never)
        return {};
    return walkBack(parent, from, to);
}

} // namespace waymark::network
