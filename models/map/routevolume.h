#pragma once

#include "analysis/timebins.h"
#include "core/result.h"

#include <QString>

#include <optional>
#include <vector>

namespace waymark::analysis {
class IncidentSnapshot;
}

namespace waymark::map {
class RouteFlows;

/// Incidents per time bin on one origin → destination route (countries),
/// stacked by exploitation type as the timeline stacks them. A route is
/// written "ORIGIN>DEST", each side a country's name or ISO code ("Nigeria>ITA",
/// "RO>GB"). An incident travelled the route when one of its legs goes from
/// the origin country to the destination country, or, without legs, when its
/// origin and destination are those countries (as map::RouteFlows counts).
/// Incidents are counted at their date's precision: one known only to the
/// month or the year is never put on an invented day; when it spans several
/// bins it is counted in `coarser` and named in the caption instead.
class RouteVolume {
public:
    struct Route {
        qint32 from = -1; ///< country place ids
        qint32 to = -1;
        QString fromName;
        QString toName;

        QString key() const;
    };

    Route route;
    analysis::TimeBins::Unit unit = analysis::TimeBins::Unit::Year;
    std::vector<qint64> starts; ///< bin starts (Julian days) plus the day after the last bin
    std::vector<std::vector<int>> counts; ///< [category][bin], categories of TimeBins
    std::vector<quint32> members; ///< snapshot indices of the route's incidents, ascending
    int coarser = 0; ///< dated too coarsely for one bin
    int undated = 0; ///< undated, before 1900 or in the future

    int binCount() const { return std::max(0, int(starts.size()) - 1); }
    int total(int bin) const;
    int plotted() const;
    /// "Incidents on Nigeria → Italy per year"
    QString title() const;
    /// "Not in the bars: 3 dated too coarsely for a month and 1 undated or out of range.", or empty.
    QString notPlottedText() const;

    /// Reads "ORIGIN>DEST" against the snapshot's countries; an Error names what is wrong.
    static Result<Route> parseRoute(const analysis::IncidentSnapshot& snapshot, const QString& key);
    /// The route's incidents among `members` (snapshot indices, ascending) in
    /// bins of `unit`, or of a unit chosen for at most `maxBins` bins (months
    /// at the finest, so bins start on the first of a month; years when most
    /// of them are known only to the year).
    static RouteVolume build(const analysis::IncidentSnapshot& snapshot, const Route& route,
        const std::vector<quint32>& members, std::optional<analysis::TimeBins::Unit> unit = std::nullopt,
        int maxBins = 60, qint64 today = analysis::TimeBins::currentDay());
    /// The same from the route's own incidents (snapshot indices, ascending),
    /// when the flows are at hand already.
    static RouteVolume binned(const analysis::IncidentSnapshot& snapshot, const Route& route,
        std::vector<quint32> routeMembers, std::optional<analysis::TimeBins::Unit> unit = std::nullopt,
        int maxBins = 60, qint64 today = analysis::TimeBins::currentDay());
    /// The routes among `members`, busiest first (at most `limit`).
    static std::vector<Route> busiest(
        const analysis::IncidentSnapshot& snapshot, const std::vector<quint32>& members, int limit = 30);
    static std::vector<Route> busiest(const map::RouteFlows& flows, int limit = 30);
};

} // namespace waymark::map
