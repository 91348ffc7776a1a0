#pragma once

#include "core/result.h"

#include <QHash>
#include <QStringList>

#include <functional>
#include <vector>

class QIODevice;

namespace waymark::network {

class Graph;
struct EntityNode;

/// The per-entity measures of a link graph as a table, one column per
/// metric (degree, betweenness, pagerank, closeness, eigenvector, louvain,
/// core, broker, component), in the order asked for: what `waymark graph
/// --out` writes, so that a spreadsheet or a script reads the same numbers
/// the graph view shows.
class MeasuresTable {
public:
    /// Every metric a table can hold.
    static const QStringList& knownMetrics();
    /// The columns when none are named: degree, betweenness, pagerank, louvain.
    static QStringList defaultMetrics();
    /// True for the metrics that are fractions (written with 8 decimals);
    /// the others are whole numbers.
    static bool isFractional(const QString& metric);

    /// Computes the named metrics over g; an error naming the first unknown one.
    static Result<MeasuresTable> compute(const Graph& g, const QStringList& metrics);

    /// CSV: entity_id, type, label, then one column per metric, then the
    /// `extraColumns` with each node's `extraCells` (its marking, for an
    /// export); nodes are the graph's nodes in order. False when the device
    /// refuses a write.
    bool writeCsv(QIODevice* device, const std::vector<EntityNode>& nodes, const QStringList& extraColumns = {},
        const std::function<QStringList(const EntityNode&)>& extraCells = {}) const;

    QStringList metrics; ///< the columns, in order
    QHash<QString, std::vector<double>> columns; ///< metric → one value per node
    int communityCount = 0; ///< with louvain: how many communities
    double modularity = 0; ///< with louvain: the partition's modularity
};

} // namespace waymark::network
