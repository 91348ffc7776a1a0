#pragma once

#include "core/result.h"
#include "network/entitygraph.h"
#include "network/layout.h"

#include <QObject>
#include <QPointF>
#include <QSet>
#include <QUndoStack>

#include <memory>
#include <optional>

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
    /// Takes a new graph of the same workspace (e.g. after a merge was
    /// accepted or undone) keeping the chart: entities by key, where they
    /// were; an entity merged into another gives its place to it. The undo
    /// history is cleared, as it spoke of the old graph.
    void updateGraph(EntityGraph graph);

    const QSet<int>& visible() const { return m_visible; }
    QPointF position(int node) const { return m_positions.value(node); }
    bool isPinned(int node) const { return m_pinned.contains(node); }
    const QSet<int>& selection() const { return m_selection; }
    /// The selection in the order the analyst picked it (a path runs from
    /// the first picked to the last).
    std::vector<int> selectionOrder() const;
    /// The selected entities with those folded into them (collapsed or grouped).
    QSet<int> selectedEntities() const;
    QUndoStack* undoStack() { return &m_undo; }

    /// Collapsed and grouped entities: each folded node → the node drawn in
    /// its place. Folded nodes stay in visible() with their positions, so
    /// expanding or ungrouping puts them back where they were.
    const QHash<int, int>& folded() const { return m_folded; }
    /// The node drawn for a node: itself, or the one it is folded into.
    int representative(int node) const { return m_folded.value(node, node); }
    bool isFolded(int node) const { return m_folded.contains(node); }
    /// Nodes standing for a group of entities, with the group's name.
    const QHash<int, QString>& groups() const { return m_groups; }
    bool isGroup(int node) const { return m_groups.contains(node); }
    /// How many entities are folded into a node.
    int foldedCount(int node) const;
    /// Folds into each of `nodes` its leaf neighbours on the chart (those
    /// linked to nothing else shown, e.g. a person's phones and accounts); one undo step.
    void collapseLeaves(const QSet<int>& nodes);
    /// Shows again what was collapsed into `nodes`; one undo step.
    void expandCollapsed(const QSet<int>& nodes);
    /// Makes one group node of the entities (at least two); one undo step.
    /// The group is drawn in place of its first member, at their centre.
    void group(const QSet<int>& nodes, const QString& name = QString());
    /// Breaks up the groups among `nodes`, their members back where they were; one undo step.
    void ungroup(const QSet<int>& nodes);

    /// A path to highlight (node sequence), e.g. the shortest between two
    /// entities; not an edit of the chart, so not on the undo stack.
    void setPath(std::vector<int> nodes);
    const std::vector<int>& path() const { return m_path; }
    bool onPath(int a, int b) const;

    /// The shared time window: links whose dates all fall outside it are
    /// outside (undated links never are). Empty ends are open.
    void setTimeWindow(std::optional<qint64> dayFrom, std::optional<qint64> dayTo);
    bool hasTimeWindow() const { return m_dayFrom || m_dayTo; }
    /// True when every link between the two nodes is dated outside the window.
    bool isOutsideWindow(int a, int b) const;
    bool inWindow(const EntityGraph::LinkRecord& link) const;

    /// Puts nodes on the chart (one undo step), placing new ones by an
    /// incremental force layout that leaves the nodes already there alone.
    void show(const QSet<int>& nodes, const QString& text);
    /// Adds everything within `hops` links of the selection (or of the whole chart).
    void expand(int hops = 1);
    /// The entities within `hops` links of the selection (or of the whole
    /// chart) that are not on it yet: what expand() would add.
    QSet<int> expansion(int hops) const;
    static QString expandText(int hops);
    /// Counts graph replacements, so work started on one graph is not applied to the next.
    quint64 generation() const { return m_generation; }
    void hide(const QSet<int>& nodes);
    void move(int node, QPointF to);
    void setPinned(const QSet<int>& nodes, bool pinned);
    /// Lays the chart out again (force layout), pinned nodes staying put;
    /// `aspect` (width / height of the view, 0: any) shapes it to fill the view.
    void relayout(double aspect = 0);

    /// What a layout needs, copied, so it can run on a worker thread while
    /// the chart stays usable; apply the result with applyLayout().
    struct LayoutRequest {
        Graph graph;
        QSet<int> nodes;
        QHash<int, QPointF> positions;
        QSet<int> pinned;
        bool keepExisting = false;
        /// Width / height of the view to fill: a fresh layout (nothing pinned)
        /// is stretched to it, keeping its area; 0 leaves it as it comes.
        double aspect = 0;
    };
    LayoutRequest relayoutRequest(double aspect = 0) const;
    /// What placing new nodes needs: the nodes on the chart stay where they
    /// are, the new ones settle around their anchors (computeLayout()).
    LayoutRequest placeRequest(const QSet<int>& nodes) const;
    /// Puts the nodes on the chart at the computed points (one undo step);
    /// those already on it keep their place.
    void showAt(const QSet<int>& nodes, const Layout::Points& points, const QString& text);
    static Layout::Points computeLayout(const LayoutRequest& request, Feedback* feedback = nullptr);
    /// Moves the visible nodes to the computed points (one undo step).
    void applyLayout(const Layout::Points& points);
    void setSelection(const QSet<int>& nodes);

    /// The chart as drawn, for a snapshot: the entities shown (folded ones in
    /// the node drawn for them, groups by their names) with the links between
    /// them (in the time window, when one is set), their positions, and for
    /// each node of that graph the chart node it is.
    struct Drawing {
        EntityGraph graph;
        Layout::Points points;
        std::vector<int> nodes;
    };
    Drawing drawing() const;

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
        QHash<int, int> folded;
        QHash<int, QString> groups;
        QHash<int, QPointF> groupHome;
    };
    State state() const { return { m_visible, m_positions, m_pinned, m_folded, m_groups, m_groupHome }; }
    void updateOutside();
    void restore(const State& s);
    void push(const QString& text, const State& before);
    LayoutRequest request(const QSet<int>& nodes, bool keepExisting) const;
    QSet<int> freshOf(const QSet<int>& nodes) const;

    EntityGraph m_graph;
    QSet<int> m_visible;
    QHash<int, QPointF> m_positions;
    QSet<int> m_pinned;
    QSet<int> m_selection;
    std::vector<int> m_selectionOrder;
    QHash<int, int> m_folded;
    QHash<int, QString> m_groups;
    QHash<int, QPointF> m_groupHome; ///< where a group's node stood before it became the group
    std::vector<int> m_path;
    std::optional<qint64> m_dayFrom, m_dayTo;
    QSet<quint64> m_outside; ///< node pairs (low << 32 | high) whose links are all outside the window
    quint64 m_generation = 0;
    QUndoStack m_undo;
};

} // namespace waymark::network
