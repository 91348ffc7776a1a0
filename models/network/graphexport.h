#pragma once

#include "ingest/graphdocument.h"

#include <QMap>
#include <QString>

#include <vector>

namespace waymark::network {

class EntityGraph;

/// The entities and links of a workspace graph as a document to write as
/// GraphML or GEXF, with optional measures per node (e.g. "betweenness" →
/// values) as extra attributes.
ingest::GraphDocument graphDocument(const EntityGraph& graph, const QMap<QString, std::vector<double>>& measures = {});

} // namespace waymark::network
