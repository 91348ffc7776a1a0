#include "map/routeflows.h"

#include "analysis/incidentsnapshot.h"

#include <QHash>

#include <algorithm>
#include <cmath>

namespace waymark::map {

using analysis::IncidentSnapshot;

RouteFlows RouteFlows::build(const IncidentSnapshot& s, const std::vector<quint32>& members, Level level)
{
    RouteFlows out;
    // Dense place arrays, not a QHash lookup per leg end.
    const analysis::IncidentSnapshot::PlaceTable table = s.placeTable();
    auto at = [&](qint32 place) -> qint32 {
        if (place < 0)
            return -1;
        if (level == Level::City && table.isPlacedCity(place))
            return place;
        return table.countryOf(place);
    };
    QHash<quint64, size_t> index;
    std::vector<RouteFlow> flows;
    auto add = [&](quint32 incident, qint32 from, qint32 to) -> bool {
        from = at(from);
        to = at(to);
        if (from < 0 || to < 0 || from == to)
            return false;
        const quint64 key = (quint64(quint32(from)) << 32) | quint32(to);
        auto it = index.find(key);
        if (it == index.end()) {
            const analysis::PlaceInfo& a = s.places[from];
            const analysis::PlaceInfo& b = s.places[to];
            if (std::isnan(a.lon) || std::isnan(b.lon))
                return false;
            RouteFlow f;
            f.from = from;
            f.to = to;
            f.fromName = a.name;
            f.toName = b.name;
            f.fromLonLat = QPointF(a.lon, a.lat);
            f.toLonLat = QPointF(b.lon, b.lat);
            it = index.insert(key, flows.size());
            flows.push_back(std::move(f));
        }
        RouteFlow& f = flows[*it];
        if (f.members.empty() || f.members.back() != incident) {
            f.members.push_back(incident);
            ++f.incidents;
            f.victims += s.victims[incident];
        }
        return true;
    };
    // Members usually come ascending, as the legs do: walk both together
    // (a search only when a member goes back).
    auto leg = s.legs.begin();
    quint32 previous = 0;
    auto legOf = [&](quint32 incident) {
        if (incident < previous) {
            leg = std::lower_bound(s.legs.begin(), s.legs.end(), incident,
                [](const IncidentSnapshot::Leg& l, quint32 i) { return l.incident < i; });
        } else {
            while (leg != s.legs.end() && leg->incident < incident)
                ++leg;
        }
        previous = incident;
        return leg;
    };
    for (quint32 i : members) {
        bool any = false;
        for (auto l = legOf(i); l != s.legs.end() && l->incident == i; ++l)
            any |= add(i, l->from, l->to);
        if (!any && s.origin[i] >= 0 && s.destination[i] >= 0)
            any = add(i, s.origin[i], s.destination[i]);
        any ? ++out.m_withRoute : ++out.m_withoutRoute;
    }
    std::sort(flows.begin(), flows.end(), [](const RouteFlow& a, const RouteFlow& b) {
        return a.incidents != b.incidents ? a.incidents > b.incidents : a.victims > b.victims;
    });
    out.m_flows = std::move(flows);
    return out;
}

} // namespace waymark::map
