#include "linkchart.h"

#include "store/auditlog.h"
#include "store/workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUndoCommand>

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
    m_visible.clear();
    m_positions.clear();
    m_pinned.clear();
    m_selection.clear();
    m_undo.clear();
    Q_EMIT graphReset();
    Q_EMIT changed();
    Q_EMIT selectionChanged();
}

void LinkChart::restore(const State& s)
{
    m_visible = s.visible;
    m_positions = s.positions;
    m_pinned = s.pinned;
    m_selection.intersect(m_visible);
    Q_EMIT changed();
}

void LinkChart::push(const QString& text, const State& before)
{
    // The edit is already applied; the command's first redo re-applies the same state.
    m_undo.push(new ChartCommand(this, text, before, state()));
}

LinkChart::LayoutRequest LinkChart::request(const QSet<int>& nodes, bool keepExisting) const
{
    return { m_graph.graph(), nodes, m_positions, m_pinned, keepExisting };
}

LinkChart::LayoutRequest LinkChart::relayoutRequest() const
{
    return request(m_visible, false);
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
    const Layout::Points local2 = Layout::fruchtermanReingold(sub, o, feedback).points;
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

void LinkChart::show(const QSet<int>& nodes, const QString& text)
{
    QSet<int> fresh;
    for (int v : nodes) {
        if (v >= 0 && v < m_graph.graph().nodeCount() && !m_visible.contains(v))
            fresh.insert(v);
    }
    if (fresh.isEmpty())
        return;
    const State before = state();
    const QSet<int> all = m_visible + fresh;
    const Layout::Points points = computeLayout(request(all, true));
    for (int v : fresh) {
        m_visible.insert(v);
        m_positions.insert(v, points[size_t(v)]);
    }
    push(text, before);
    Q_EMIT changed();
}

void LinkChart::expand(int hops)
{
    QSet<int> frontier = m_selection.isEmpty() ? m_visible : m_selection;
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
    show(reached, tr("Expand by %1 links").arg(hops));
}

void LinkChart::hide(const QSet<int>& nodes)
{
    const State before = state();
    bool any = false;
    for (int v : nodes)
        any |= m_visible.remove(v);
    if (!any)
        return;
    for (int v : nodes) {
        m_positions.remove(v);
        m_pinned.remove(v);
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

void LinkChart::relayout()
{
    if (!m_visible.isEmpty())
        applyLayout(computeLayout(relayoutRequest()));
}

void LinkChart::setSelection(const QSet<int>& nodes)
{
    QSet<int> s = nodes;
    s.intersect(m_visible);
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
        nodes.append(
            QJsonObject { { QStringLiteral("entity"), m_graph.nodes()[size_t(v)].key }, { QStringLiteral("x"), p.x() },
                { QStringLiteral("y"), p.y() }, { QStringLiteral("pinned"), m_pinned.contains(v) } });
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
    }
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

} // namespace waymark::network
