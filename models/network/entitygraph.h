#pragma once

#include "core/result.h"
#include "network/graph.h"
#include "network/paths.h"

#include <QColor>
#include <QHash>
#include <QPointF>
#include <QString>

#include <functional>
#include <optional>
#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::network {

/// An entity of the link graph as the analyst knows it.
struct EntityNode {
    qint64 entityId = 0;
    QString key; ///< the hub's id
    QString type; ///< person, business, phone…
    QString label;
    /// The look the entity came with from a network file (GEXF, GraphML…):
    /// where it was drawn, in layout units (see EntityGraph::load), its
    /// colour and its size (the file's radius); empty when it had none.
    std::optional<QPointF> position {};
    QColor colour {};
    double size = 0;
};

/// The workspace's entities and links as a Graph: one node per entity, one
/// edge per linked pair (repeated links merged, their weights summed), and
/// the links' first-seen days for time-respecting paths. A time window keeps
/// only links seen in it (links without dates are kept: they are undated,
/// not outside the window).
class EntityGraph {
public:
    static Result<EntityGraph> load(
        store::Workspace& ws, std::optional<qint64> dayFrom = std::nullopt, std::optional<qint64> dayTo = std::nullopt);

    /// The same graph with each identifier (phone, e-mail, account, address,
    /// vehicle, online ad) that exactly one person uses or owns folded into
    /// that person, as analysts attribute a phone to its user: the calls of
    /// a phone are the calls of the person behind it. Folded nodes keep
    /// their index in nodes(); attributedTo() says where each went.
    EntityGraph attributed() const;
    /// Only the nodes `keep` accepts, with the links between them.
    EntityGraph subgraph(const std::function<bool(int)>& keep) const;
    /// For a graph made by attributed(): the node each node was folded into
    /// (itself when not folded).
    const std::vector<int>& attributedTo() const { return m_attributedTo; }

    /// A link as the workspace holds it (node indices; -1 for a dangling end).
    struct LinkRecord {
        int a, b;
        double weight;
        QString type;
        QString key;
        qint64 firstDay = 0; ///< Julian day the link begins, when dated
        qint64 lastDay = 0; ///< Julian day it ends, when dated
        bool dated = false;
    };
    const std::vector<LinkRecord>& links() const { return m_links; }

    /// A graph of other things than the workspace's entities (e.g. accounts
    /// and the money between them), so the link chart can show it.
    static EntityGraph fromRecords(std::vector<EntityNode> nodes, std::vector<LinkRecord> links);

    /// The chart as drawn: each node of `into` folded into the node it names
    /// (its links become that node's), then only the nodes `keep` accepts and
    /// the links `keepLink` accepts (all when not given). `labels` replaces
    /// the names of some nodes (e.g. a group's).
    EntityGraph folded(const QHash<int, int>& into, const std::function<bool(int)>& keep,
        const QHash<int, QString>& labels = {}, const std::function<bool(const LinkRecord&)>& keepLink = {}) const;

    const Graph& graph() const { return m_graph; }
    const std::vector<EntityNode>& nodes() const { return m_nodes; }
    const GraphReport& report() const { return m_report; }
    /// Node indices folded into another by an accepted merge → the kept node.
    const QHash<int, int>& mergedInto() const { return m_mergedInto; }
    /// Node index of an entity id, or -1.
    int indexOf(qint64 entityId) const { return m_index.value(entityId, -1); }

private:
    void build();
    /// Brings the positions files gave into layout units (a link about 1 long).
    void scalePositions();

    std::vector<LinkRecord> m_links;
    std::vector<int> m_attributedTo;
    QHash<int, int> m_mergedInto;
    Graph m_graph;
    std::vector<EntityNode> m_nodes;
    std::vector<DatedEdge> m_dated;
    GraphReport m_report;
    QHash<qint64, int> m_index;
};

} // namespace waymark::network
