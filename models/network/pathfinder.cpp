#include "pathfinder.h"

#include "network/entitystyle.h"
#include "network/paths.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <limits>

namespace waymark::network {

namespace {
QString dayText(qint64 jd)
{
    return QDate::fromJulianDay(jd).toString(Qt::ISODate);
}
} // namespace

Result<PathFinder::Found> PathFinder::find(
    const EntityGraph& eg, int from, int to, Kind kind, const LinkFilter& allowed)
{
    const int n = int(eg.nodes().size());
    if (from < 0 || to < 0 || from >= n || to >= n)
        return Error(
            QCoreApplication::translate("PathFinder", "Select two entities of the chart to find a path between them."));
    if (from == to)
        return Error(
            QCoreApplication::translate("PathFinder", "Select two different entities to find a path between them."));
    const QString fromLabel = eg.nodes()[size_t(from)].label, toLabel = eg.nodes()[size_t(to)].label;
    std::vector<const EntityGraph::LinkRecord*> usable;
    for (const EntityGraph::LinkRecord& l : eg.links()) {
        if (l.a >= 0 && l.b >= 0 && l.a != l.b && (!allowed || allowed(l)))
            usable.push_back(&l);
    }
    Found found;
    int undated = 0;
    if (kind == Kind::TimeRespecting) {
        std::vector<DatedEdge> edges;
        for (const auto* l : usable) {
            if (l->dated)
                edges.push_back({ l->a, l->b, l->firstDay });
            else
                ++undated;
        }
        found.nodes = Paths::timeRespecting(n, edges, from, to);
    } else {
        std::vector<Edge> edges;
        edges.reserve(usable.size());
        for (const auto* l : usable)
            edges.push_back({ l->a, l->b, l->weight });
        const Graph g = Graph::fromEdges(n, edges);
        found.nodes
            = Paths::shortest(g, from, to, kind == Kind::Weighted ? Paths::Cost::InverseWeight : Paths::Cost::Hops);
    }
    if (found.nodes.size() < 2) {
        if (kind != Kind::TimeRespecting)
            return Error(QCoreApplication::translate("PathFinder", "No chain of links joins %1 and %2.")
                             .arg(fromLabel, toLabel));
        QString message = QCoreApplication::translate("PathFinder",
            "No chain of links joins %1 and %2 in time order (each link no earlier than the one "
            "before).")
                              .arg(fromLabel, toLabel);
        if (undated > 0)
            message += QLatin1Char(' ')
                + QCoreApplication::translate(
                    "PathFinder", "%1 links without dates cannot be put in order and were left out.")
                      .arg(undated);
        return Error(message);
    }
    // Each hop's links: their types, and the dates of the one the path takes.
    qint64 taken = std::numeric_limits<qint64>::min();
    for (size_t i = 0; i + 1 < found.nodes.size(); ++i) {
        Hop hop;
        hop.from = found.nodes[i];
        hop.to = found.nodes[i + 1];
        QStringList types;
        for (const auto* l : usable) {
            if (!((l->a == hop.from && l->b == hop.to) || (l->a == hop.to && l->b == hop.from)))
                continue;
            // In the direction travelled: "owns" from the owner, "owned by" from what is owned.
            const QString name = EntityStyle::linkName(l->type, l->a != hop.from);
            if (!types.contains(name))
                types << name;
            if (!l->dated || (kind == Kind::TimeRespecting && l->firstDay < taken))
                continue;
            if (!hop.dated || l->firstDay < hop.firstDay) {
                hop.dated = true;
                hop.firstDay = l->firstDay;
                hop.lastDay = l->lastDay;
            }
        }
        if (hop.dated)
            taken = hop.firstDay;
        hop.types = types.join(QStringLiteral(", "));
        found.hops.push_back(hop);
    }
    return found;
}

QString PathFinder::describe(const EntityGraph& eg, const Hop& hop)
{
    const QString link = hop.types.isEmpty() ? QCoreApplication::translate("PathFinder", "link") : hop.types;
    QString when = QCoreApplication::translate("PathFinder", "undated");
    if (hop.dated)
        when = hop.lastDay > hop.firstDay
            ? QCoreApplication::translate("PathFinder", "%1 – %2").arg(dayText(hop.firstDay), dayText(hop.lastDay))
            : dayText(hop.firstDay);
    return QCoreApplication::translate("PathFinder", "%1 → %2 (%3, %4)")
        .arg(eg.nodes()[size_t(hop.from)].label, eg.nodes()[size_t(hop.to)].label, link, when);
}

} // namespace waymark::network
