#include "structure.h"

#include "network/graph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/biconnected_components.hpp>

#include <algorithm>
#include <map>
#include <numeric>

namespace waymark::network {

namespace {
using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
    boost::property<boost::edge_index_t, std::size_t>>;

BoostGraph toBoost(const Graph& g)
{
    BoostGraph b(size_t(g.nodeCount()));
    std::size_t index = 0;
    for (int v = 0; v < g.nodeCount(); ++v) {
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
            const int w = g.targets()[size_t(e)];
            if (v < w)
                boost::add_edge(size_t(v), size_t(w), index++, b);
        }
    }
    return b;
}
} // namespace

std::vector<int> Structure::components(const Graph& g, int* count)
{
    const int n = g.nodeCount();
    std::vector<int> comp(size_t(n), -1);
    std::vector<int> queue;
    int c = 0;
    for (int s = 0; s < n; ++s) {
        if (comp[size_t(s)] >= 0)
            continue;
        queue.assign(1, s);
        comp[size_t(s)] = c;
        for (size_t head = 0; head < queue.size(); ++head) {
            const int v = queue[head];
            for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
                const int w = g.targets()[size_t(e)];
                if (comp[size_t(w)] < 0) {
                    comp[size_t(w)] = c;
                    queue.push_back(w);
                }
            }
        }
        ++c;
    }
    if (count)
        *count = c;
    return comp;
}

std::vector<int> Structure::articulationPoints(const Graph& g)
{
    const BoostGraph b = toBoost(g);
    std::vector<std::size_t> points;
    boost::articulation_points(b, std::back_inserter(points));
    std::vector<int> out(points.begin(), points.end());
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::vector<std::pair<int, int>> Structure::bridges(const Graph& g)
{
    const BoostGraph b = toBoost(g);
    std::vector<std::size_t> component(boost::num_edges(b));
    auto map = boost::make_iterator_property_map(component.begin(), boost::get(boost::edge_index, b));
    boost::biconnected_components(b, map);
    std::map<std::size_t, std::vector<std::pair<int, int>>> edgesOf;
    for (auto [it, end] = boost::edges(b); it != end; ++it) {
        const int u = int(boost::source(*it, b)), v = int(boost::target(*it, b));
        edgesOf[component[boost::get(boost::edge_index, b, *it)]].emplace_back(std::min(u, v), std::max(u, v));
    }
    std::vector<std::pair<int, int>> out;
    for (const auto& [c, list] : edgesOf) {
        if (list.size() == 1)
            out.push_back(list.front());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::vector<int> Structure::coreNumbers(const Graph& g)
{
    const int n = g.nodeCount();
    std::vector<int> deg(static_cast<size_t>(n)), core(static_cast<size_t>(n));
    int maxDeg = 0;
    for (int v = 0; v < n; ++v) {
        deg[size_t(v)] = g.degree(v);
        maxDeg = std::max(maxDeg, deg[size_t(v)]);
    }
    // Bucket sort by degree, then peel from the smallest.
    std::vector<int> bin(size_t(maxDeg) + 2, 0), pos(static_cast<size_t>(n)), vert(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v)
        ++bin[size_t(deg[size_t(v)])];
    int start = 0;
    for (int d = 0; d <= maxDeg; ++d) {
        const int num = bin[size_t(d)];
        bin[size_t(d)] = start;
        start += num;
    }
    for (int v = 0; v < n; ++v) {
        pos[size_t(v)] = bin[size_t(deg[size_t(v)])]++;
        vert[size_t(pos[size_t(v)])] = v;
    }
    for (int d = maxDeg; d > 0; --d)
        bin[size_t(d)] = bin[size_t(d) - 1];
    bin[0] = 0;
    for (int i = 0; i < n; ++i) {
        const int v = vert[size_t(i)];
        core[size_t(v)] = deg[size_t(v)];
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
            const int u = g.targets()[size_t(e)];
            if (deg[size_t(u)] > deg[size_t(v)]) {
                const int du = deg[size_t(u)], pu = pos[size_t(u)];
                const int pw = bin[size_t(du)], w = vert[size_t(pw)];
                if (u != w) {
                    pos[size_t(u)] = pw;
                    vert[size_t(pu)] = w;
                    pos[size_t(w)] = pu;
                    vert[size_t(pw)] = u;
                }
                ++bin[size_t(du)];
                --deg[size_t(u)];
            }
        }
    }
    return core;
}

std::vector<bool> Structure::inLargestComponents(const Graph& g, int pieces)
{
    int count = 0;
    const std::vector<int> comp = components(g, &count);
    if (pieces <= 0 || pieces >= count)
        return {};
    std::vector<int> sizes(size_t(count), 0);
    for (int c : comp)
        ++sizes[size_t(c)];
    std::vector<int> order(static_cast<size_t>(count));
    std::iota(order.begin(), order.end(), 0);
    // Stable, so that of equal pieces the first found is kept.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return sizes[size_t(a)] > sizes[size_t(b)]; });
    order.resize(size_t(pieces));
    std::vector<bool> wanted(size_t(count), false);
    for (int c : order)
        wanted[size_t(c)] = true;
    std::vector<bool> keep(comp.size());
    for (size_t v = 0; v < comp.size(); ++v)
        keep[v] = wanted[size_t(comp[v])];
    return keep;
}

} // namespace waymark::network
