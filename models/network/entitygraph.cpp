#include "entitygraph.h"

#include "core/fuzzydate.h"
#include "network/entityresolution.h"
#include "store/workspace.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace waymark::network {

Result<EntityGraph> EntityGraph::load(store::Workspace& ws, std::optional<qint64> dayFrom, std::optional<qint64> dayTo)
{
    EntityGraph eg;
    // The look a network file gave (ingest::GraphFileImporter keeps it in
    // the attributes as viz:x, viz:y, viz:color, viz:size).
    store::Statement nodes(ws.handle(),
        "SELECT id, entity_key, type, label, "
        "CASE WHEN attributes LIKE '%\"viz:%' AND json_valid(attributes) THEN json_extract(attributes, '$.\"viz:x\"') "
        "END, "
        "CASE WHEN attributes LIKE '%\"viz:%' AND json_valid(attributes) THEN json_extract(attributes, '$.\"viz:y\"') "
        "END, "
        "CASE WHEN attributes LIKE '%\"viz:%' AND json_valid(attributes) THEN json_extract(attributes, "
        "'$.\"viz:color\"') END, "
        "CASE WHEN attributes LIKE '%\"viz:%' AND json_valid(attributes) THEN json_extract(attributes, "
        "'$.\"viz:size\"') END "
        "FROM entities ORDER BY id");
    bool anyPosition = false;
    while (nodes.next()) {
        eg.m_index.insert(nodes.int64(0), int(eg.m_nodes.size()));
        EntityNode node { nodes.int64(0), nodes.text(1), nodes.text(2), nodes.text(3) };
        if (!nodes.isNull(4) && !nodes.isNull(5)) {
            const QPointF p(nodes.real(4), nodes.real(5));
            if (std::isfinite(p.x()) && std::isfinite(p.y())) {
                node.position = p;
                anyPosition = true;
            }
        }
        if (!nodes.isNull(6))
            node.colour = QColor(nodes.text(6));
        if (!nodes.isNull(7) && nodes.real(7) > 0 && nodes.real(7) < 1e9)
            node.size = nodes.real(7);
        eg.m_nodes.push_back(std::move(node));
    }
    if (Error e = nodes.error(); !e.isNull())
        return e;
    store::Statement links(
        ws.handle(), "SELECT from_id, to_id, weight, first_seen, last_seen, type, link_key FROM links ORDER BY id");
    while (links.next()) {
        const auto first = FuzzyDate::parse(links.text(3).toStdString(), 9999);
        const auto last = FuzzyDate::parse(links.text(4).toStdString(), 9999);
        const qint64 start = first ? first->dayFrom : (last ? last->dayFrom : 0);
        const qint64 end = last ? last->dayTo : (first ? first->dayTo : 0);
        if ((first || last) && ((dayFrom && end < *dayFrom) || (dayTo && start > *dayTo)))
            continue;
        const int a = eg.m_index.value(links.int64(0), -1), b = eg.m_index.value(links.int64(1), -1);
        eg.m_links.push_back({ a, b, links.real(2), links.text(5), links.text(6), start, end, bool(first || last) });
        if (a >= 0 && b >= 0)
            eg.m_dated.push_back({ a, b, start });
    }
    if (Error e = links.error(); !e.isNull())
        return e;
    eg.m_attributedTo.resize(eg.m_nodes.size());
    std::iota(eg.m_attributedTo.begin(), eg.m_attributedTo.end(), 0);
    // Accepted merges: a merged record's links are its kept twin's.
    const QHash<qint64, qint64> merges = EntityResolution::activeMerges(ws);
    for (auto it = merges.cbegin(); it != merges.cend(); ++it) {
        const int merged = eg.indexOf(it.key()), kept = eg.indexOf(it.value());
        if (merged >= 0 && kept >= 0) {
            eg.m_mergedInto.insert(merged, kept);
            for (LinkRecord& l : eg.m_links) {
                if (l.a == merged)
                    l.a = kept;
                if (l.b == merged)
                    l.b = kept;
            }
        }
    }
    eg.build();
    if (anyPosition)
        eg.scalePositions();
    return eg;
}

void EntityGraph::scalePositions()
{
    // Files draw in their own units (Gephi in hundreds, Pajek in 0–1); the
    // chart's layouts make a link about 1 long. The median link between
    // placed nodes sets the scale, so file positions and laid-out ones meet.
    std::vector<double> lengths;
    for (const LinkRecord& l : m_links) {
        if (l.a < 0 || l.b < 0 || l.a == l.b)
            continue;
        const auto& pa = m_nodes[size_t(l.a)].position;
        const auto& pb = m_nodes[size_t(l.b)].position;
        if (pa && pb) {
            const double d = std::hypot(pa->x() - pb->x(), pa->y() - pb->y());
            if (d > 0)
                lengths.push_back(d);
        }
    }
    if (lengths.empty())
        return;
    std::nth_element(lengths.begin(), lengths.begin() + ptrdiff_t(lengths.size() / 2), lengths.end());
    const double median = lengths[lengths.size() / 2];
    if (!(median > 0) || !std::isfinite(median))
        return;
    for (EntityNode& n : m_nodes) {
        if (n.position)
            n.position = *n.position / median;
    }
}

void EntityGraph::build()
{
    std::vector<Edge> edges;
    edges.reserve(m_links.size());
    for (const LinkRecord& l : m_links) {
        const int a = l.a < 0 ? -1 : m_attributedTo[size_t(l.a)], b = l.b < 0 ? -1 : m_attributedTo[size_t(l.b)];
        edges.push_back({ a, b, l.weight });
    }
    m_report = GraphReport();
    m_graph = Graph::fromEdges(int(m_nodes.size()), edges, &m_report);
}

EntityGraph EntityGraph::attributed() const
{
    static const QStringList identifiers { QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("account"),
        QStringLiteral("address"), QStringLiteral("vehicle"), QStringLiteral("online_ad") };
    EntityGraph out = *this;
    // Who uses or owns each identifier.
    std::vector<std::vector<int>> holders(m_nodes.size());
    for (const LinkRecord& l : m_links) {
        if (l.a < 0 || l.b < 0 || (l.type != QLatin1String("uses") && l.type != QLatin1String("owns")))
            continue;
        for (const auto& [person, thing] : { std::pair { l.a, l.b }, std::pair { l.b, l.a } }) {
            if (m_nodes[size_t(person)].type == QLatin1String("person")
                && identifiers.contains(m_nodes[size_t(thing)].type)) {
                auto& h = holders[size_t(thing)];
                if (std::find(h.begin(), h.end(), person) == h.end())
                    h.push_back(person);
            }
        }
    }
    for (size_t v = 0; v < m_nodes.size(); ++v) {
        if (holders[v].size() == 1)
            out.m_attributedTo[v] = holders[v].front();
    }
    out.build();
    // A folded identifier's links now start at its holder; the holder-to-
    // identifier link itself became a self-loop, which is not an error here.
    out.m_report.selfLoops = m_report.selfLoops;
    return out;
}

} // namespace waymark::network

namespace waymark::network {

EntityGraph EntityGraph::subgraph(const std::function<bool(int)>& keep) const
{
    EntityGraph out;
    std::vector<int> newIndex(m_nodes.size(), -1);
    for (size_t v = 0; v < m_nodes.size(); ++v) {
        if (keep(int(v))) {
            newIndex[v] = int(out.m_nodes.size());
            out.m_index.insert(m_nodes[v].entityId, newIndex[v]);
            out.m_nodes.push_back(m_nodes[v]);
        }
    }
    for (const LinkRecord& l : m_links) {
        if (l.a >= 0 && l.b >= 0 && newIndex[size_t(l.a)] >= 0 && newIndex[size_t(l.b)] >= 0)
            out.m_links.push_back({ newIndex[size_t(l.a)], newIndex[size_t(l.b)], l.weight, l.type, l.key, l.firstDay,
                l.lastDay, l.dated });
    }
    for (const DatedEdge& e : m_dated) {
        if (newIndex[size_t(e.from)] >= 0 && newIndex[size_t(e.to)] >= 0)
            out.m_dated.push_back({ newIndex[size_t(e.from)], newIndex[size_t(e.to)], e.day });
    }
    out.m_attributedTo.resize(out.m_nodes.size());
    std::iota(out.m_attributedTo.begin(), out.m_attributedTo.end(), 0);
    out.build();
    return out;
}

} // namespace waymark::network

namespace waymark::network {

EntityGraph EntityGraph::folded(const QHash<int, int>& into, const std::function<bool(int)>& keep,
    const QHash<int, QString>& labels, const std::function<bool(const LinkRecord&)>& keepLink) const
{
    EntityGraph remapped = *this;
    if (keepLink) {
        remapped.m_links.erase(std::remove_if(remapped.m_links.begin(), remapped.m_links.end(),
                                   [&](const LinkRecord& l) { return !keepLink(l); }),
            remapped.m_links.end());
    }
    for (LinkRecord& l : remapped.m_links) {
        if (l.a >= 0)
            l.a = into.value(l.a, l.a);
        if (l.b >= 0)
            l.b = into.value(l.b, l.b);
    }
    for (DatedEdge& e : remapped.m_dated) {
        e.from = into.value(e.from, e.from);
        e.to = into.value(e.to, e.to);
    }
    for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
        if (it.key() >= 0 && size_t(it.key()) < remapped.m_nodes.size())
            remapped.m_nodes[size_t(it.key())].label = it.value();
    }
    // A link inside a folded group is a self-loop now: the graph leaves it out.
    return remapped.subgraph([&](int v) { return !into.contains(v) && keep(v); });
}

} // namespace waymark::network

namespace waymark::network {

EntityGraph EntityGraph::fromRecords(std::vector<EntityNode> nodes, std::vector<LinkRecord> links)
{
    EntityGraph eg;
    eg.m_nodes = std::move(nodes);
    for (size_t v = 0; v < eg.m_nodes.size(); ++v)
        eg.m_index.insert(eg.m_nodes[v].entityId, int(v));
    eg.m_links = std::move(links);
    for (const LinkRecord& l : eg.m_links) {
        if (l.a >= 0 && l.b >= 0)
            eg.m_dated.push_back({ l.a, l.b, l.dated ? l.firstDay : 0 });
    }
    eg.m_attributedTo.resize(eg.m_nodes.size());
    std::iota(eg.m_attributedTo.begin(), eg.m_attributedTo.end(), 0);
    eg.build();
    return eg;
}

} // namespace waymark::network
