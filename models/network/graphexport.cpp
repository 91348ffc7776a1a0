#include "graphexport.h"

#include "network/entitygraph.h"

namespace waymark::network {

ingest::GraphDocument graphDocument(const EntityGraph& graph, const QMap<QString, std::vector<double>>& measures)
{
    ingest::GraphDocument doc;
    for (size_t v = 0; v < graph.nodes().size(); ++v) {
        const EntityNode& e = graph.nodes()[v];
        ingest::GraphDocument::Node n { e.key, e.label, e.type, {}, 0 };
        for (auto it = measures.cbegin(); it != measures.cend(); ++it) {
            if (v < it.value().size())
                n.attributes.insert(it.key(), QString::number(it.value()[v], 'g', 10));
        }
        doc.nodes.append(n);
    }
    for (const EntityGraph::LinkRecord& l : graph.links()) {
        if (l.a < 0 || l.b < 0)
            continue;
        doc.links.append(
            { l.key, graph.nodes()[size_t(l.a)].key, graph.nodes()[size_t(l.b)].key, l.type, l.weight, {}, 0 });
    }
    return doc;
}

} // namespace waymark::network
