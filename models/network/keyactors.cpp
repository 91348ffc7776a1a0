#include "keyactors.h"

#include "network/centrality.h"
#include "network/communities.h"
#include "network/graph.h"
#include "network/structure.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace waymark::network {

namespace {
/// Percentile rank of each value among all (ties share the lower rank): 1 is the top.
std::vector<double> percentiles(const std::vector<double>& values)
{
    const size_t n = values.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    std::vector<double> p(n, 0.0);
    for (size_t i = 0; i < n;) {
        size_t j = i;
        while (j + 1 < n && values[order[j + 1]] == values[order[i]])
            ++j;
        for (size_t k = i; k <= j; ++k)
            p[order[k]] = n > 1 ? double(i) / double(n - 1) : 1.0;
        i = j + 1;
    }
    return p;
}
} // namespace

std::vector<KeyActor> KeyActors::rank(const Graph& g, const std::vector<bool>& eligible, Feedback* feedback)
{
    const int n = g.nodeCount();
    // Exact betweenness costs a search from every node; on big graphs a
    // sample of sources ranks the same leaders in bounded time.
    Centrality::BetweennessOptions bo;
    if (n > kExactLimit)
        bo.sampleSize = kSampledSources;
    const auto bc = Centrality::betweenness(g, bo, feedback);
    if (feedback && feedback->isCanceled())
        return {};
    const auto pr = Centrality::pageRank(g);
    const auto deg = Centrality::degree(g);
    const auto core = Structure::coreNumbers(g);
    const auto brokers = Structure::articulationPoints(g);
    const auto communities = Communities::louvain(g);
    const auto pb = percentiles(bc), pp = percentiles(pr), pd = percentiles(deg);
    // Magnitudes, not just ranks: a leader between forty others and a
    // household head between four both rank high, but only one scores high.
    auto maxOf = [](const std::vector<double>& v) {
        const double m = v.empty() ? 0.0 : *std::max_element(v.begin(), v.end());
        return m > 0 ? m : 1.0;
    };
    const double maxBc = maxOf(bc), maxPr = maxOf(pr), maxDeg = maxOf(deg);
    const int maxCore = core.empty() ? 0 : *std::max_element(core.begin(), core.end());

    std::vector<KeyActor> out;
    for (int v = 0; v < n; ++v) {
        if (!eligible.empty() && !eligible[size_t(v)])
            continue;
        KeyActor a;
        a.node = v;
        a.betweenness = bc[size_t(v)];
        a.pageRank = pr[size_t(v)];
        a.degree = int(deg[size_t(v)]);
        a.core = core[size_t(v)];
        a.broker = std::binary_search(brokers.begin(), brokers.end(), v);
        a.community = communities.community[size_t(v)];
        a.score = (0.5 * a.betweenness / maxBc + 0.25 * a.pageRank / maxPr + 0.25 * deg[size_t(v)] / maxDeg)
            * (a.broker ? 1.0 : 0.9);
        if (pb[size_t(v)] >= 0.95 && a.betweenness > 0)
            a.reasons << QCoreApplication::translate(
                "KeyActors", "lies on many shortest paths between others (betweenness %1, top %2 %)")
                             .arg(a.betweenness, 0, 'g', 3)
                             .arg(std::max(1, int(std::lround((1.0 - pb[size_t(v)]) * 100))));
        if (a.broker)
            a.reasons << QCoreApplication::translate("KeyActors", "broker: removing them splits the network");
        if (pp[size_t(v)] >= 0.95)
            a.reasons << QCoreApplication::translate("KeyActors", "linked to well-linked entities (PageRank %1)")
                             .arg(a.pageRank, 0, 'f', 4);
        if (pd[size_t(v)] >= 0.95)
            a.reasons << QCoreApplication::translate("KeyActors", "%1 direct links").arg(a.degree);
        if (a.core == maxCore && maxCore >= 2)
            a.reasons << QCoreApplication::translate("KeyActors", "in the densest core (%1-core)").arg(a.core);
        out.push_back(a);
    }
    std::sort(out.begin(), out.end(), [](const KeyActor& a, const KeyActor& b) {
        return a.score != b.score ? a.score > b.score : a.betweenness > b.betweenness;
    });
    return out;
}

} // namespace waymark::network
