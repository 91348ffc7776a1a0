#pragma once

#include "core/result.h"
#include "network/entitygraph.h"

#include <QString>

#include <functional>
#include <vector>

namespace waymark::network {

/// A path between two entities of the link graph, hop by hop with the types
/// and dates of the links it takes, for the chart to highlight and list.
/// Built over the workspace's links, so it may pass through entities that
/// are not on the chart yet.
class PathFinder {
public:
    enum class Kind {
        Shortest, ///< fewest links
        Weighted, ///< strong ties are short: a link costs 1 / weight
        TimeRespecting, ///< each link no earlier than the one before; undated links cannot be ordered
    };
    struct Hop {
        int from = 0;
        int to = 0;
        QString types; ///< the link types between the two in words, read from `from` to `to`, comma-separated
        bool dated = false;
        qint64 firstDay = 0; ///< Julian day; for a time-respecting path, the day the hop is taken
        qint64 lastDay = 0;
    };
    struct Found {
        std::vector<int> nodes; ///< from … to
        std::vector<Hop> hops;
    };
    /// Which link records may be used (e.g. those in the time window); none given: all.
    using LinkFilter = std::function<bool(const EntityGraph::LinkRecord&)>;

    /// The path, or an error saying why there is none.
    static Result<Found> find(
        const EntityGraph& graph, int from, int to, Kind kind, const LinkFilter& allowed = LinkFilter());
    /// "Anna K. → +44 7700 900123 (calls, 2019-03-02 – 2019-06-30)".
    static QString describe(const EntityGraph& graph, const Hop& hop);
};

} // namespace waymark::network
