#include "network/measurestable.h"

#include "core/csvwriter.h"
#include "network/centrality.h"
#include "network/communities.h"
#include "network/entitygraph.h"
#include "network/graph.h"
#include "network/structure.h"

#include <QCoreApplication>

namespace waymark::network {

const QStringList& MeasuresTable::knownMetrics()
{
    static const QStringList known { QStringLiteral("degree"), QStringLiteral("betweenness"),
        QStringLiteral("pagerank"), QStringLiteral("closeness"), QStringLiteral("eigenvector"),
        QStringLiteral("louvain"), QStringLiteral("core"), QStringLiteral("broker"), QStringLiteral("component") };
    return known;
}

QStringList MeasuresTable::defaultMetrics()
{
    return { QStringLiteral("degree"), QStringLiteral("betweenness"), QStringLiteral("pagerank"),
        QStringLiteral("louvain") };
}

bool MeasuresTable::isFractional(const QString& metric)
{
    return metric == QLatin1String("betweenness") || metric == QLatin1String("pagerank")
        || metric == QLatin1String("closeness") || metric == QLatin1String("eigenvector");
}

Result<MeasuresTable> MeasuresTable::compute(const Graph& g, const QStringList& metrics)
{
    for (const QString& m : metrics) {
        if (!knownMetrics().contains(m))
            return Error(QCoreApplication::translate("MeasuresTable", "unknown metric %1 (known: %2)")
                             .arg(m, knownMetrics().join(QLatin1Char(','))));
    }
    MeasuresTable t;
    t.metrics = metrics;
    auto want = [&](const char* m) { return metrics.contains(QLatin1String(m)); };
    if (want("degree"))
        t.columns.insert(QStringLiteral("degree"), Centrality::degree(g));
    if (want("betweenness"))
        t.columns.insert(QStringLiteral("betweenness"), Centrality::betweenness(g, {}));
    if (want("pagerank"))
        t.columns.insert(QStringLiteral("pagerank"), Centrality::pageRank(g));
    if (want("closeness"))
        t.columns.insert(QStringLiteral("closeness"), Centrality::closeness(g));
    if (want("eigenvector"))
        t.columns.insert(QStringLiteral("eigenvector"), Centrality::eigenvector(g));
    if (want("louvain")) {
        const auto part = Communities::louvain(g);
        t.columns.insert(QStringLiteral("louvain"), std::vector<double>(part.community.begin(), part.community.end()));
        t.communityCount = part.count;
        t.modularity = part.modularity;
    }
    if (want("core")) {
        const auto c = Structure::coreNumbers(g);
        t.columns.insert(QStringLiteral("core"), std::vector<double>(c.begin(), c.end()));
    }
    if (want("broker")) {
        std::vector<double> b(size_t(g.nodeCount()), 0.0);
        for (int v : Structure::articulationPoints(g))
            b[size_t(v)] = 1;
        t.columns.insert(QStringLiteral("broker"), b);
    }
    if (want("component")) {
        const auto c = Structure::components(g);
        t.columns.insert(QStringLiteral("component"), std::vector<double>(c.begin(), c.end()));
    }
    return t;
}

bool MeasuresTable::writeCsv(QIODevice* device, const std::vector<EntityNode>& nodes, const QStringList& extraColumns,
    const std::function<QStringList(const EntityNode&)>& extraCells) const
{
    CsvWriter csv(device);
    csv.field("entity_id").field("type").field("label");
    for (const QString& m : metrics)
        csv.field(m);
    for (const QString& c : extraColumns)
        csv.field(c);
    csv.endRow();
    std::vector<const std::vector<double>*> values;
    for (const QString& m : metrics)
        values.push_back(&columns.find(m).value());
    for (size_t v = 0; v < nodes.size(); ++v) {
        const EntityNode& e = nodes[v];
        csv.field(e.key).field(e.type).field(e.label);
        for (qsizetype k = 0; k < metrics.size(); ++k) {
            const double x = (*values[size_t(k)])[v];
            if (isFractional(metrics.at(k)))
                csv.field(x, 8);
            else
                csv.field(qint64(x));
        }
        if (extraCells) {
            for (const QString& cell : extraCells(e))
                csv.field(cell);
        }
        csv.endRow();
    }
    return csv.flush();
}

} // namespace waymark::network
