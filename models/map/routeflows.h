#pragma once

#include <QPointF>
#include <QString>

#include <vector>

namespace waymark::analysis {
class IncidentSnapshot;
}

namespace waymark::map {

/// One directed flow between two places, over the incidents that travelled it.
struct RouteFlow {
    qint32 from = -1; ///< place ids (countries, or cities where known at city level)
    qint32 to = -1;
    QString fromName;
    QString toName;
    QPointF fromLonLat;
    QPointF toLonLat;
    int incidents = 0;
    qint64 victims = 0;
    std::vector<quint32> members; ///< snapshot indices of its incidents, ascending
};

/// Origin → transit → destination flows of the incidents in view, aggregated
/// by country or by city. An incident with route legs contributes each leg;
/// one without legs but with an origin and a destination contributes the
/// direct flow. Legs that start and end in the same place at the chosen
/// level are not flows. Flows are sorted by incidents, largest first.
class RouteFlows {
public:
    enum class Level { Country, City };

    static RouteFlows build(
        const analysis::IncidentSnapshot& snapshot, const std::vector<quint32>& members, Level level = Level::Country);

    const std::vector<RouteFlow>& flows() const { return m_flows; }
    int incidentsWithRoute() const { return m_withRoute; }
    int incidentsWithoutRoute() const { return m_withoutRoute; }
    int maxIncidents() const { return m_flows.empty() ? 0 : m_flows.front().incidents; }

private:
    std::vector<RouteFlow> m_flows;
    int m_withRoute = 0;
    int m_withoutRoute = 0;
};

} // namespace waymark::map
