#pragma once

#include "core/feedback.h"

#include <QStringList>

#include <vector>

namespace waymark::network {

class Graph;

/// One node of a ranked list of key actors, with the figures behind its
/// rank and the reasons in words.
struct KeyActor {
    int node = 0;
    /// 0..1: betweenness (half), PageRank and degree (a quarter each), each
    /// relative to the largest in the graph; non-brokers count nine tenths.
    double score = 0;
    double betweenness = 0; ///< normalized
    double pageRank = 0;
    int degree = 0;
    int core = 0;
    bool broker = false; ///< an articulation point
    int community = 0;
    QStringList reasons;
};

/// Ranks the nodes of a graph as key actors by combining centralities, the
/// brokers whose removal splits the network, and communities.
class KeyActors {
public:
    /// Above this many nodes betweenness is estimated from kSampledSources
    /// sources (see Centrality::betweennessErrorBound) so ranking stays quick.
    static constexpr int kExactLimit = 2000;
    static constexpr int kSampledSources = 500;
    /// Every node, best first. `eligible` (by node) limits the list, e.g. to
    /// people and businesses; all nodes still shape the measures.
    static std::vector<KeyActor> rank(
        const Graph& g, const std::vector<bool>& eligible = {}, Feedback* feedback = nullptr);
};

} // namespace waymark::network
