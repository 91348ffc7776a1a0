#include "graph.h"

#include <algorithm>
#include <cmath>

namespace waymark::network {

Graph Graph::fromEdges(int n, const std::vector<Edge>& edges, GraphReport* report)
{
    GraphReport local;
    GraphReport& r = report ? *report : local;
    // Both directions of every usable edge, then sorted so repeats sit together.
    struct Half {
        int from, to;
        double w;
    };
    std::vector<Half> halves;
    halves.reserve(edges.size() * 2);
    for (const Edge& e : edges) {
        if (e.from < 0 || e.to < 0 || e.from >= n || e.to >= n) {
            ++r.danglingEnds;
            continue;
        }
        if (e.from == e.to) {
            ++r.selfLoops;
            continue;
        }
        double w = e.weight;
        if (!(w > 0) || !std::isfinite(w)) {
            ++r.badWeights;
            w = 1;
        }
        halves.push_back({ e.from, e.to, w });
        halves.push_back({ e.to, e.from, w });
    }
    std::sort(halves.begin(), halves.end(),
        [](const Half& a, const Half& b) { return a.from != b.from ? a.from < b.from : a.to < b.to; });
    Graph g;
    g.m_offsets.assign(size_t(n) + 1, 0);
    g.m_strength.assign(size_t(n), 0);
    g.m_targets.reserve(halves.size());
    g.m_weights.reserve(halves.size());
    int merged = 0;
    for (size_t i = 0; i < halves.size(); ++i) {
        const Half& h = halves[i];
        if (i > 0 && halves[i - 1].from == h.from && halves[i - 1].to == h.to) {
            g.m_weights.back() += h.w;
            ++merged;
        } else {
            g.m_targets.push_back(h.to);
            g.m_weights.push_back(h.w);
            ++g.m_offsets[size_t(h.from) + 1];
        }
        g.m_strength[size_t(h.from)] += h.w;
    }
    r.parallelMerged += merged / 2;
    for (size_t v = 0; v < size_t(n); ++v)
        g.m_offsets[v + 1] += g.m_offsets[v];
    for (double s : g.m_strength)
        g.m_totalWeight += s;
    g.m_totalWeight /= 2;
    return g;
}

} // namespace waymark::network
