#pragma once

#include "core/feedback.h"

#include <vector>

namespace waymark::network {

class Graph;

/// Centralities of the nodes of a Graph. The expensive ones split their
/// work over all cores, report progress and stop early when canceled (the
/// result is then empty).
class Centrality {
public:
    /// Number of neighbours.
    static std::vector<double> degree(const Graph& g);

    struct BetweennessOptions {
        bool normalized = true; ///< divide by (n-1)(n-2)/2, as networkx and igraph's "normalized"
        int sampleSize = 0; ///< 0: exact (Brandes over every source); k: k sources drawn at random
        quint64 seed = 1;
        int threads = 0; ///< 0: one per core
    };
    /// Shortest-path betweenness (hops; undirected). With a sample, each
    /// value is within errorBound() of the exact one with the stated probability.
    static std::vector<double> betweenness(
        const Graph& g, const BetweennessOptions& options, Feedback* feedback = nullptr);
    /// Largest absolute error of sampled normalized betweenness, with
    /// probability 1 - delta for every node at once (Hoeffding and a union
    /// bound): sqrt(ln(2n/delta) / (2k)).
    static double betweennessErrorBound(int nodeCount, int sampleSize, double delta = 0.05);

    /// PageRank with damping 0.85, dangling nodes spread evenly, iterated
    /// until the L1 change is below tolerance; weighted if asked.
    static std::vector<double> pageRank(const Graph& g, bool weighted = false, double damping = 0.85,
        double tolerance = 1e-12, int maxIterations = 1000);
    /// Closeness, Wasserman–Faust for graphs in pieces (as networkx):
    /// (r-1)/(n-1) · (r-1)/Σd over the r nodes a node reaches.
    static std::vector<double> closeness(const Graph& g, Feedback* feedback = nullptr);
    /// Eigenvector centrality (unit length), by power iteration on A + I.
    static std::vector<double> eigenvector(const Graph& g, double tolerance = 1e-12, int maxIterations = 10000);
};

} // namespace waymark::network
