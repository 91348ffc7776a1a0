#pragma once

#include "core/result.h"
#include "network/entitygraph.h"
#include "network/layout.h"

#include <QObject>
#include <QPointF>
#include <QSet>
#include <QUndoStack>

#include <memory>

namespace waymark::network {

/// The chart an analyst builds: which entities of the workspace graph are on
/// it, where, which are pinned, and what is selected. Every edit goes
/// through the undo stack (QUndoStack lives in Qt Gui, so this stays free of
/// widgets); a view draws it and turns mouse and keys into these calls.
class LinkChart : public QObject {
    Q_OBJECT
public:
    explicit LinkChart(QObject* parent = nullptr);

    /// Takes a new graph (e.g. after an import); empties the chart and the undo history.
    void setGraph(EntityGraph graph);
    const EntityGraph& graph() const { return m_graph; }

    const QSet<int>& visible() const { return m_visible; }
    QPointF position(int node) const { return m_positions.value(node); }
    bool isPinned(int node) const { return m_pinned.contains(node); }
    const QSet<int>& selection() const { return m_selection; }
    QUndoStack* undoStack() { return &m_undo; }

    /// Puts nodes on the chart (one undo step), placing new ones by an
    /// incremental force layout that leaves the nodes already there alone.
    void show(const QSet<int>& nodes, const QString& text);
    /// Adds everything within `hops` links of the selection (or of `from`).
    void expand(int hops = 1);
    void hide(const QSet<int>& nodes);
    void move(int node, QPointF to);
    void setPinned(const QSet<int>& nodes, bool pinned);
    /// Lays the chart out again (force layout), pinned nodes staying put.
    void relayout();

    /// What a layout needs, copied, so it can run on a worker thread while
    /// the chart stays usable; apply the result with applyLayout().
    struct LayoutRequest {
        Graph graph;
        QSet<int> nodes;
        QHash<int, QPointF> positions;
        QSet<int> pinned;
        bool keepExisting = false;
    };
    LayoutRequest relayoutRequest() const;
    static Layout::Points computeLayout(const LayoutRequest& request, Feedback* feedback = nullptr);
    /// Moves the visible nodes to the computed points (one undo step).
    void applyLayout(const Layout::Points& points);
    void setSelection(const QSet<int>& nodes);

    /// The chart as JSON (entity ids, positions, pins), for saving in the workspace.
    QByteArray toJson() const;
    /// Restores a saved chart; entities no longer in the graph are reported, not invented.
    int fromJson(const QByteArray& json);

    /// Saves the chart in the workspace under a name (replacing one of that name); audited.
    Status saveAs(store::Workspace& ws, const QString& name) const;
    /// Opens a saved chart (one undo step); the count of entities no longer there.
    Result<int> open(store::Workspace& ws, const QString& name);
    static QStringList names(store::Workspace& ws);

Q_SIGNALS:
    /// A new graph replaced the old one (views recompute what they derive from it).
    void graphReset();
    void changed();
    void selectionChanged();

private:
    friend class ChartCommand;
    struct State {
        QSet<int> visible;
        QHash<int, QPointF> positions;
        QSet<int> pinned;
    };
    State state() const { return { m_visible, m_positions, m_pinned }; }
    void restore(const State& s);
    void push(const QString& text, const State& before);
    LayoutRequest request(const QSet<int>& nodes, bool keepExisting) const;

    EntityGraph m_graph;
    QSet<int> m_visible;
    QHash<int, QPointF> m_positions;
    QSet<int> m_pinned;
    QSet<int> m_selection;
    QUndoStack m_undo;
};

} // namespace waymark::network
