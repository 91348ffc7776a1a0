#include "linkchart.h"

#include "store/auditlog.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoCommand>

#include <algorithm>
#include <cmath>

namespace waymark::network {

/// One chart edit: the state before and after, swapped on undo and redo.
class ChartCommand : public QUndoCommand {
public:
    ChartCommand(LinkChart* chart, const QString& text, LinkChart::State before, LinkChart::State after)
        : QUndoCommand(text)
        , m_chart(chart)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_chart->restore(m_before); }
    void redo() override { m_chart->restore(m_after); }

private:
    LinkChart* m_chart;
    LinkChart::State m_before, m_after;
};

LinkChart::LinkChart(QObject* parent)
    : QObject(parent)
{
}

void LinkChart::setGraph(EntityGraph graph)
{
    m_graph = std::move(graph);
    ++m_generation;
    m_visible.clear();
    m_positions.clear();
    m_pinned.clear();
    m_selection.clear();
    m_folded.clear();
    m_groups.clear();
    m_groupHome.clear();
    m_path.clear();
    updateOutside();
    m_undo.clear();
    Q_EMIT graphReset();
    Q_EMIT changed();
    Q_EMIT selectionChanged();
}

void LinkChart::updateGraph(EntityGraph graph)
{
    const QByteArray json = toJson();
    setGraph(std::move(graph));
    fromJson(json);
    // Entities merged away: their kept twin takes their place.
    const QHash<int, int>& merged = m_graph.mergedInto();
    for (auto it = merged.cbegin(); it != merged.cend(); ++it) {
        const int gone = it.key(), kept = it.value();
        if (!m_visible.contains(gone))
            continue;
        if (!m_visible.contains(kept)) {
            m_visible.insert(kept);
            m_positions.insert(kept, m_positions.value(gone));
        }
        m_visible.remove(gone);
        m_positions.remove(gone);
        m_pinned.remove(gone);
        m_folded.remove(gone);
        m_groups.remove(gone);
        m_groupHome.remove(gone);
        for (auto f = m_folded.begin(); f != m_folded.end(); ++f) {
            if (f.value() == gone)
                f.value() = kept;
        }
    }
    m_undo.clear();
    Q_EMIT changed();
}

void LinkChart::restore(const State& s)
{
    m_visible = s.visible;
    m_positions = s.positions;
    m_pinned = s.pinned;
    m_folded = s.folded;
    m_groups = s.groups;
    m_groupHome = s.groupHome;
    const QSet<int> selection = m_selection;
    m_selection.intersect(m_visible);
    for (auto it = m_folded.cbegin(); it != m_folded.cend(); ++it)
        m_selection.remove(it.key());
    Q_EMIT changed();
    if (selection != m_selection)
        Q_EMIT selectionChanged();
}

void LinkChart::push(const QString& text, const State& before)
{
    // The edit is already applied; the command's first redo re-applies the same state.
    m_undo.push(new ChartCommand(this, text, before, state()));
}

LinkChart::LayoutRequest LinkChart::request(const QSet<int>& nodes, bool keepExisting) const
{
    LayoutRequest r { m_graph.graph(), nodes, m_positions, m_pinned, keepExisting };
    if (keepExisting) {
        // An entity that came from a network file with its position goes
        // where the file drew it; only the others are laid out around it.
        for (int v : nodes) {
            if (v >= 0 && size_t(v) < m_graph.nodes().size() && !r.positions.contains(v)) {
                if (const auto& p = m_graph.nodes()[size_t(v)].position)
                    r.positions.insert(v, *p);
            }
        }
    }
    return r;
}

LinkChart::LayoutRequest LinkChart::relayoutRequest(double aspect) const
{
    LayoutRequest r = request(m_visible, false);
    r.aspect = aspect;
    return r;
}

Layout::Points LinkChart::computeLayout(const LayoutRequest& r, Feedback* feedback)
{
    // Lay out the sub-graph of the nodes; those already placed may stay put.
    std::vector<int> list(r.nodes.begin(), r.nodes.end());
    std::sort(list.begin(), list.end());
    QHash<int, int> local;
    for (size_t i = 0; i < list.size(); ++i)
        local.insert(list[i], int(i));
    std::vector<Edge> edges;
    const Graph& g = r.graph;
    for (int v : list) {
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
            const int w = g.targets()[size_t(e)];
            if (v < w && local.contains(w))
                edges.push_back({ local.value(v), local.value(w), g.weights()[size_t(e)] });
        }
    }
    const Graph sub = Graph::fromEdges(int(list.size()), edges);
    Layout::ForceOptions o;
    o.initial.assign(list.size(), QPointF(qQNaN(), qQNaN()));
    o.pinned.assign(list.size(), false);
    for (size_t i = 0; i < list.size(); ++i) {
        if ((r.keepExisting && r.positions.contains(list[i])) || r.pinned.contains(list[i])) {
            o.initial[i] = r.positions.value(list[i]);
            o.pinned[i] = true;
        }
    }
    o.aspect = r.aspect;
    Layout::Points local2 = Layout::fruchtermanReingold(sub, o, feedback).points;
    if (r.aspect > 0 && std::none_of(o.pinned.begin(), o.pinned.end(), [](bool b) { return b; }))
        Layout::fitAspect(local2, r.aspect);
    Layout::Points out(static_cast<size_t>(g.nodeCount()), QPointF(qQNaN(), qQNaN()));
    for (size_t i = 0; i < list.size(); ++i)
        out[size_t(list[i])] = local2[i];
    return out;
}

void LinkChart::applyLayout(const Layout::Points& points)
{
    if (points.size() != size_t(m_graph.graph().nodeCount()))
        return;
    const State before = state();
    for (int v : std::as_const(m_visible)) {
        const QPointF p = points[size_t(v)];
        if (!std::isnan(p.x()))
            m_positions.insert(v, p);
    }
    push(tr("Lay out"), before);
    Q_EMIT changed();
}

QSet<int> LinkChart::freshOf(const QSet<int>& nodes) const
{
    QSet<int> fresh;
    for (int v : nodes) {
        if (v >= 0 && v < m_graph.graph().nodeCount() && !m_visible.contains(v))
            fresh.insert(v);
    }
    return fresh;
}

LinkChart::LayoutRequest LinkChart::placeRequest(const QSet<int>& fresh) const
{
    return request(m_visible + freshOf(fresh), true);
}

void LinkChart::showAt(const QSet<int>& nodes, const Layout::Points& points, const QString& text)
{
    if (points.size() != size_t(m_graph.graph().nodeCount()))
        return;
    // Nodes put on the chart meanwhile keep the place they already have.
    const QSet<int> fresh = freshOf(nodes);
    if (fresh.isEmpty())
        return;
    const State before = state();
    for (int v : fresh) {
        m_visible.insert(v);
        const QPointF p = points[size_t(v)];
        m_positions.insert(v, std::isnan(p.x()) ? QPointF() : p);
    }
    push(text, before);
    Q_EMIT changed();
}

void LinkChart::show(const QSet<int>& nodes, const QString& text)
{
    const QSet<int> fresh = freshOf(nodes);
    if (fresh.isEmpty())
        return;
    showAt(fresh, computeLayout(placeRequest(fresh)), text);
}

QSet<int> LinkChart::expansion(int hops) const
{
    QSet<int> frontier = m_selection.isEmpty() ? m_visible : selectedEntities();
    QSet<int> reached = frontier;
    const Graph& g = m_graph.graph();
    for (int h = 0; h < hops; ++h) {
        QSet<int> next;
        for (int v : std::as_const(frontier)) {
            for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
                const int w = g.targets()[size_t(e)];
                if (!reached.contains(w))
                    next.insert(w);
            }
        }
        reached += next;
        frontier = next;
    }
    return freshOf(reached);
}

QString LinkChart::expandText(int hops)
{
    return tr("Expand by %1 links").arg(hops);
}

void LinkChart::expand(int hops)
{
    show(expansion(hops), expandText(hops));
}

void LinkChart::hide(const QSet<int>& shown)
{
    const State before = state();
    // What is folded into a hidden node goes with it.
    QSet<int> nodes = shown;
    for (auto it = m_folded.cbegin(); it != m_folded.cend(); ++it) {
        if (shown.contains(it.value()))
            nodes.insert(it.key());
    }
    bool any = false;
    for (int v : nodes)
        any |= m_visible.remove(v);
    if (!any)
        return;
    for (int v : nodes) {
        m_positions.remove(v);
        m_pinned.remove(v);
        m_folded.remove(v);
        m_groups.remove(v);
        m_groupHome.remove(v);
    }
    m_selection -= nodes;
    push(tr("Hide"), before);
    Q_EMIT changed();
    Q_EMIT selectionChanged();
}

void LinkChart::move(int node, QPointF to)
{
    if (!m_visible.contains(node) || m_positions.value(node) == to)
        return;
    const State before = state();
    m_positions.insert(node, to);
    m_pinned.insert(node); // a node the analyst placed stays placed
    push(tr("Move"), before);
    Q_EMIT changed();
}

void LinkChart::setPinned(const QSet<int>& nodes, bool pinned)
{
    const State before = state();
    for (int v : nodes) {
        if (m_visible.contains(v))
            pinned ? (void)m_pinned.insert(v) : (void)m_pinned.remove(v);
    }
    push(pinned ? tr("Pin") : tr("Unpin"), before);
    Q_EMIT changed();
}

void LinkChart::relayout(double aspect)
{
    if (!m_visible.isEmpty())
        applyLayout(computeLayout(relayoutRequest(aspect)));
}

std::vector<int> LinkChart::selectionOrder() const
{
    // Edits (hide, group, ungroup) change the selection without an order: those come last.
    std::vector<int> order;
    for (int v : m_selectionOrder) {
        if (m_selection.contains(v))
            order.push_back(v);
    }
    std::vector<int> rest;
    for (int v : m_selection) {
        if (std::find(order.begin(), order.end(), v) == order.end())
            rest.push_back(v);
    }
    std::sort(rest.begin(), rest.end());
    order.insert(order.end(), rest.begin(), rest.end());
    return order;
}

void LinkChart::setSelection(const QSet<int>& nodes)
{
    QSet<int> s;
    for (int v : nodes) {
        if (m_visible.contains(v))
            s.insert(representative(v));
    }
    // Those still selected keep their place in the order; the new ones follow.
    std::vector<int> order;
    for (int v : m_selectionOrder) {
        if (s.contains(v))
            order.push_back(v);
    }
    std::vector<int> added;
    for (int v : std::as_const(s)) {
        if (std::find(order.begin(), order.end(), v) == order.end())
            added.push_back(v);
    }
    std::sort(added.begin(), added.end());
    order.insert(order.end(), added.begin(), added.end());
    m_selectionOrder = std::move(order);
    if (s == m_selection)
        return;
    m_selection = s;
    Q_EMIT selectionChanged();
}

QByteArray LinkChart::toJson() const
{
    QJsonArray nodes;
    std::vector<int> list(m_visible.begin(), m_visible.end());
    std::sort(list.begin(), list.end());
    for (int v : list) {
        const QPointF p = m_positions.value(v);
        QJsonObject o { { QStringLiteral("entity"), m_graph.nodes()[size_t(v)].key }, { QStringLiteral("x"), p.x() },
            { QStringLiteral("y"), p.y() }, { QStringLiteral("pinned"), m_pinned.contains(v) } };
        if (m_folded.contains(v))
            o.insert(QStringLiteral("foldedInto"), m_graph.nodes()[size_t(m_folded.value(v))].key);
        if (m_groups.contains(v)) {
            o.insert(QStringLiteral("group"), m_groups.value(v));
            const QPointF home = m_groupHome.value(v);
            o.insert(QStringLiteral("home"), QJsonArray { home.x(), home.y() });
        }
        nodes.append(o);
    }
    return QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 }, { QStringLiteral("nodes"), nodes } })
        .toJson(QJsonDocument::Compact);
}

int LinkChart::fromJson(const QByteArray& json)
{
    const QJsonArray nodes = QJsonDocument::fromJson(json).object().value(QLatin1String("nodes")).toArray();
    QHash<QString, int> byKey;
    for (size_t v = 0; v < m_graph.nodes().size(); ++v)
        byKey.insert(m_graph.nodes()[v].key, int(v));
    const State before = state();
    m_visible.clear();
    m_positions.clear();
    m_pinned.clear();
    m_folded.clear();
    m_groups.clear();
    m_groupHome.clear();
    int missing = 0;
    for (const QJsonValue& n : nodes) {
        const QJsonObject o = n.toObject();
        const int v = byKey.value(o.value(QLatin1String("entity")).toString(), -1);
        if (v < 0) {
            ++missing;
            continue;
        }
        m_visible.insert(v);
        m_positions.insert(v, QPointF(o.value(QLatin1String("x")).toDouble(), o.value(QLatin1String("y")).toDouble()));
        if (o.value(QLatin1String("pinned")).toBool())
            m_pinned.insert(v);
        if (o.contains(QLatin1String("group"))) {
            m_groups.insert(v, o.value(QLatin1String("group")).toString());
            const QJsonArray home = o.value(QLatin1String("home")).toArray();
            m_groupHome.insert(v, QPointF(home.at(0).toDouble(), home.at(1).toDouble()));
        }
        const int into = byKey.value(o.value(QLatin1String("foldedInto")).toString(), -1);
        if (into >= 0)
            m_folded.insert(v, into);
    }
    // A fold whose host did not come back is undone rather than left dangling.
    for (auto it = m_folded.begin(); it != m_folded.end();) {
        if (m_visible.contains(it.value()))
            ++it;
        else
            it = m_folded.erase(it);
    }
    m_selection.clear();
    push(tr("Open chart"), before);
    Q_EMIT changed();
    return missing;
}

Status LinkChart::saveAs(store::Workspace& ws, const QString& name) const
{
    if (name.trimmed().isEmpty())
        return Error(tr("A chart needs a name."));
    if (Status st = ws.putNamed("charts", name, QString::fromUtf8(toJson())); !st)
        return st;
    return ws.audit().append(QStringLiteral("chart.save"), name, QStringLiteral("%1 entities").arg(m_visible.size()));
}

Result<int> LinkChart::open(store::Workspace& ws, const QString& name)
{
    const auto data = ws.getNamed("charts", name);
    if (!data)
        return Error(tr("There is no chart named %1 in this workspace.").arg(name));
    const QByteArray json = data->toUtf8();
    return fromJson(json);
}

QStringList LinkChart::names(store::Workspace& ws)
{
    return ws.strings("SELECT name FROM charts ORDER BY name");
}

QSet<int> LinkChart::selectedEntities() const
{
    QSet<int> out = m_selection;
    for (auto it = m_folded.cbegin(); it != m_folded.cend(); ++it) {
        if (m_selection.contains(it.value()))
            out.insert(it.key());
    }
    return out;
}

int LinkChart::foldedCount(int node) const
{
    int count = 0;
    for (auto it = m_folded.cbegin(); it != m_folded.cend(); ++it)
        count += it.value() == node;
    return count;
}

void LinkChart::collapseLeaves(const QSet<int>& nodes)
{
    const State before = state();
    const Graph& g = m_graph.graph();
    bool any = false;
    for (int host : nodes) {
        if (!m_visible.contains(host) || m_folded.contains(host))
            continue;
        for (qint64 e = g.offsets()[size_t(host)]; e < g.offsets()[size_t(host) + 1]; ++e) {
            const int w = g.targets()[size_t(e)];
            if (!m_visible.contains(w) || m_folded.contains(w) || m_groups.contains(w) || nodes.contains(w))
                continue;
            // A leaf: nothing else shown is linked to it.
            bool leaf = true;
            for (qint64 f = g.offsets()[size_t(w)]; f < g.offsets()[size_t(w) + 1] && leaf; ++f) {
                const int u = g.targets()[size_t(f)];
                leaf = u == host || !m_visible.contains(u) || representative(u) == host;
            }
            if (leaf) {
                m_folded.insert(w, host);
                m_selection.remove(w);
                any = true;
            }
        }
    }
    if (!any)
        return;
    push(tr("Collapse"), before);
    Q_EMIT changed();
    Q_EMIT selectionChanged();
}

void LinkChart::expandCollapsed(const QSet<int>& nodes)
{
    const State before = state();
    bool any = false;
    for (auto it = m_folded.begin(); it != m_folded.end();) {
        if (nodes.contains(it.value()) && !m_groups.contains(it.value())) {
            it = m_folded.erase(it);
            any = true;
        } else {
            ++it;
        }
    }
    if (!any)
        return;
    push(tr("Expand collapsed"), before);
    Q_EMIT changed();
}

void LinkChart::group(const QSet<int>& nodes, const QString& name)
{
    std::vector<int> members;
    for (int v : nodes) {
        if (m_visible.contains(v) && !m_folded.contains(v))
            members.push_back(v);
    }
    if (members.size() < 2)
        return;
    std::sort(members.begin(), members.end());
    const State before = state();
    const int host = members.front();
    QPointF centre;
    for (int v : members)
        centre += m_positions.value(v);
    centre /= double(members.size());
    // The host's own place is kept under its members' so ungrouping restores it.
    for (int v : members) {
        if (v == host)
            continue;
        m_folded.insert(v, host);
        // What was collapsed into a member now belongs to the group.
        for (auto it = m_folded.begin(); it != m_folded.end(); ++it) {
            if (it.value() == v)
                it.value() = host;
        }
        m_groups.remove(v);
        m_groupHome.remove(v);
    }
    if (!m_groups.contains(host))
        m_groupHome.insert(host, m_positions.value(host));
    m_groups.insert(host, name.isEmpty() ? tr("Group of %1").arg(1 + foldedCount(host)) : name);
    m_positions.insert(host, centre);
    m_selection = { host };
    push(tr("Group"), before);
    Q_EMIT changed();
    Q_EMIT selectionChanged();
}

void LinkChart::ungroup(const QSet<int>& nodes)
{
    const State before = state();
    bool any = false;
    for (int host : nodes) {
        if (!m_groups.contains(host))
            continue;
        any = true;
        m_groups.remove(host);
        m_positions.insert(host, m_groupHome.take(host));
        for (auto it = m_folded.begin(); it != m_folded.end();) {
            if (it.value() == host) {
                m_selection.insert(it.key());
                it = m_folded.erase(it);
            } else {
                ++it;
            }
        }
    }
    if (!any)
        return;
    push(tr("Ungroup"), before);
    Q_EMIT changed();
    Q_EMIT selectionChanged();
}

LinkChart::Drawing LinkChart::drawing() const
{
    Drawing d;
    auto keep = [this](int v) { return m_visible.contains(v); };
    // Links outside the time window are left out, as the chart hides them.
    d.graph
        = m_graph.folded(m_folded, keep, m_groups, [this](const EntityGraph::LinkRecord& l) { return inWindow(l); });
    for (int v = 0; v < int(m_graph.nodes().size()); ++v) {
        if (m_visible.contains(v) && !m_folded.contains(v)) {
            d.nodes.push_back(v);
            d.points.push_back(m_positions.value(v));
        }
    }
    return d;
}

void LinkChart::setPath(std::vector<int> nodes)
{
    if (nodes == m_path)
        return;
    m_path = std::move(nodes);
    Q_EMIT changed();
}

bool LinkChart::onPath(int a, int b) const
{
    for (size_t i = 0; i + 1 < m_path.size(); ++i) {
        const int x = representative(m_path[i]), y = representative(m_path[i + 1]);
        if ((x == a && y == b) || (x == b && y == a))
            return true;
    }
    return false;
}

void LinkChart::setTimeWindow(std::optional<qint64> dayFrom, std::optional<qint64> dayTo)
{
    if (dayFrom == m_dayFrom && dayTo == m_dayTo)
        return;
    m_dayFrom = dayFrom;
    m_dayTo = dayTo;
    updateOutside();
    Q_EMIT changed();
}

bool LinkChart::inWindow(const EntityGraph::LinkRecord& l) const
{
    return !l.dated || !((m_dayFrom && l.lastDay < *m_dayFrom) || (m_dayTo && l.firstDay > *m_dayTo));
}

namespace {
quint64 pairKey(int a, int b)
{
    return (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
}
} // namespace

void LinkChart::updateOutside()
{
    m_outside.clear();
    if (!hasTimeWindow())
        return;
    // A pair is outside only if none of its links is in the window.
    QSet<quint64> inside;
    for (const EntityGraph::LinkRecord& l : m_graph.links()) {
        if (l.a < 0 || l.b < 0 || l.a == l.b)
            continue;
        const quint64 key = pairKey(l.a, l.b);
        if (inWindow(l)) {
            inside.insert(key);
            m_outside.remove(key);
        } else if (!inside.contains(key)) {
            m_outside.insert(key);
        }
    }
}

bool LinkChart::isOutsideWindow(int a, int b) const
{
    return !m_outside.isEmpty() && m_outside.contains(pairKey(a, b));
}

} // namespace waymark::network
