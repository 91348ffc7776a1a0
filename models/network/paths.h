#pragma once

#include <QtGlobal>

#include <vector>

namespace waymark::network {

class Graph;

/// A dated link for time-respecting paths: usable from `day` on.
struct DatedEdge {
    int from = 0;
    int to = 0;
    qint64 day = 0; ///< Julian day the link is first seen
};

/// Shortest paths between two entities.
class Paths {
public:
    enum class Cost {
        Hops, ///< every link counts 1
        InverseWeight, ///< strong ties are short: a link costs 1 / weight
    };
    /// Node sequence from `from` to `to` (both included), empty when unreachable.
    static std::vector<int> shortest(const Graph& g, int from, int to, Cost cost = Cost::Hops);
    /// The path that reaches `to` earliest when every link must be taken no
    /// earlier than the one before it (links undirected, dated by first
    /// sighting). Empty when no such path exists.
    static std::vector<int> timeRespecting(int nodeCount, const std::vector<DatedEdge>& edges, int from, int to);
};

} // namespace waymark::network
