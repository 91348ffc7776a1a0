#pragma once

#include <utility>
#include <vector>

namespace waymark::network {

class Graph;

/// The shape of a network: its pieces, the brokers whose removal splits
/// it, and its dense cores.
class Structure {
public:
    /// Connected component per node, numbered 0.. by first node; and their count.
    static std::vector<int> components(const Graph& g, int* count = nullptr);
    /// Nodes whose removal disconnects their component (Boost.Graph's
    /// articulation_points), sorted.
    static std::vector<int> articulationPoints(const Graph& g);
    /// Edges whose removal disconnects their component, as (smaller, larger)
    /// node pairs, sorted: the edges alone in their biconnected component.
    static std::vector<std::pair<int, int>> bridges(const Graph& g);
    /// k-core number of every node (Batagelj–Zaversnik, linear time).
    static std::vector<int> coreNumbers(const Graph& g);
    /// Which nodes lie in the `pieces` largest connected components (by node
    /// count): a chart of 900 scattered households helps nobody. Empty when
    /// every node is kept (pieces <= 0, or no more pieces than asked for).
    static std::vector<bool> inLargestComponents(const Graph& g, int pieces);
};

} // namespace waymark::network
