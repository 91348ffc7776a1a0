#pragma once

#include "core/feedback.h"

#include <vector>

namespace waymark::network {

class Graph;

/// Communities by modularity. Boost 1.74 has no Louvain; this is the method
/// of Blondel et al. (2008) on our CSR graph: move nodes to the neighbouring
/// community with the best modularity gain until none improves, fold each
/// community into a node, repeat.
class Communities {
public:
    struct Partition {
        std::vector<int> community; ///< per node, numbered 0.. by first appearance
        int count = 0;
        double modularity = 0;
    };
    static Partition louvain(const Graph& g, bool weighted = true, quint64 seed = 1, Feedback* feedback = nullptr);
    /// Newman's modularity of a partition (weighted or not).
    static double modularity(const Graph& g, const std::vector<int>& community, bool weighted = true);
};

} // namespace waymark::network
