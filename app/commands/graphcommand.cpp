#include "command.h"
#include "commandcontext.h"
#include "commands.h"
#include "core/feedback.h"
#include "network/centrality.h"
#include "network/communities.h"
#include "network/entitygraph.h"
#include "network/graphexport.h"
#include "network/keyactors.h"
#include "network/measurestable.h"
#include "network/structure.h"
#include "sharing/figureexport.h"
#include "sharing/releasability.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace waymark::app {

namespace {

class GraphCommand : public Command {
public:
    QString name() const override { return QStringLiteral("graph"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate("CommandLine",
            "  waymark graph --workspace W [--metrics degree,betweenness,pagerank,closeness,eigenvector,louvain,\n"
            "                core,broker,component] [--types person,business] [--key-actors N] [--out FILE.csv]\n"
            "                [--export FILE.graphml|FILE.gexf] [--destination own|partner] [--include-restricted]\n"
            "                                                          link-graph measures, key actors, exchange") };
    }
    QList<QCommandLineOption> options() const override
    {
        return { Context::workspaceOption(),
            { QStringLiteral("metrics"),
                QCoreApplication::translate("CommandLine", "Graph measures to write, comma-separated."),
                QStringLiteral("LIST") },
            { QStringLiteral("types"),
                QCoreApplication::translate("CommandLine", "Entity types for the key-actor list, comma-separated."),
                QStringLiteral("LIST") },
            { QStringLiteral("key-actors"), QCoreApplication::translate("CommandLine", "How many key actors to list."),
                QStringLiteral("N") },
            Context::outOption(),
            { QStringLiteral("export"),
                QCoreApplication::translate(
                    "CommandLine", "Write the link chart as GraphML or GEXF (by the file's ending)."),
                QStringLiteral("FILE") },
            Context::destinationOption(), Context::includeRestrictedOption(), Context::quietOption(),
            Context::passphraseFileOption() };
    }
    int run(Context& context) override;

private:
    int listKeyActors(Context& context, const network::EntityGraph& eg);
    int exportChart(store::Workspace& ws, const network::EntityGraph& eg,
        const sharing::Releasability::Outcome& outcome, const QString& target);
    int writeMeasures(store::Workspace& ws, const network::EntityGraph& eg,
        const sharing::Releasability::Outcome& outcome, const QStringList& metrics, const QString& target);
};

int GraphCommand::run(Context& context)
{
    const QString path = context.workspace();
    if (path.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark graph --workspace W [--metrics LIST] [--types LIST] [--key-actors N] [--out FILE.csv]")
              << '\n';
        return UsageError;
    }
    auto ws = context.openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return WorkspaceError;
    const auto eg = network::EntityGraph::load(*ws);
    if (!eg) {
        err() << eg.error().toString() << '\n';
        return WorkspaceError;
    }
    const network::Graph& g = eg->graph();
    const network::GraphReport& r = eg->report();
    int components = 0;
    network::Structure::components(g, &components);
    out() << QCoreApplication::translate("CommandLine", "Link graph: %1 entities, %2 links in %3 connected pieces.")
                 .arg(g.nodeCount())
                 .arg(g.edgeCount())
                 .arg(components)
          << '\n';
    if (r.selfLoops || r.parallelMerged || r.danglingEnds)
        out() << QCoreApplication::translate("CommandLine",
            "Links merged with a repeat: %1; links of an entity to itself, left out of the measures: %2; links to "
            "unknown entities: %3.")
                     .arg(r.parallelMerged)
                     .arg(r.selfLoops)
                     .arg(r.danglingEnds)
              << '\n';
    if (const int code = listKeyActors(context, eg.value()); code != Success)
        return code;
    const QString exportTarget = context.value(QStringLiteral("export"));
    const QString measuresTarget = context.value(QStringLiteral("out"));
    if (exportTarget.isEmpty() && measuresTarget.isEmpty())
        return Success;
    // Files leave through the one releasability check, as render graph's
    // do: what may not go is neither written nor counted in the measures.
    const auto destination = context.destination(sharing::Destination::OwnOrganisation);
    if (!destination)
        return UsageError;
    const auto outcome = sharing::FigureExport::checkGraph(*ws, eg.value(), *destination);
    if (!outcome)
        return Context::fail(outcome.error(), WorkspaceError);
    if (const int code
        = Context::refuseWhatMayNotGo(outcome.value(), context.isSet(QStringLiteral("include-restricted")), true,
            QCoreApplication::translate(
                "CommandLine", "Refused: nothing of the link graph may go to %1, so nothing was written."));
        code >= 0)
        return code;
    const network::EntityGraph released = sharing::FigureExport::releasedGraph(*ws, eg.value(), outcome.value());
    if (!exportTarget.isEmpty()) {
        if (const int code = exportChart(*ws, released, outcome.value(), exportTarget); code != Success)
            return code;
    }
    if (!measuresTarget.isEmpty()) {
        QStringList metrics = context.value(QStringLiteral("metrics")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (metrics.isEmpty())
            metrics = network::MeasuresTable::defaultMetrics();
        return writeMeasures(*ws, released, outcome.value(), metrics, measuresTarget);
    }
    return Success;
}

int GraphCommand::listKeyActors(Context& context, const network::EntityGraph& eg)
{
    const network::Graph& g = eg.graph();
    const QStringList types = context.value(QStringLiteral("types")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    std::vector<bool> eligible(size_t(g.nodeCount()), true);
    if (!types.isEmpty()) {
        for (int v = 0; v < g.nodeCount(); ++v)
            eligible[size_t(v)] = types.contains(eg.nodes()[size_t(v)].type);
    }
    Feedback feedback;
    context.attachProgress(feedback);
    // Key actors are ranked with each phone, account… folded into its one user.
    const network::EntityGraph folded = eg.attributed();
    const auto actors = network::KeyActors::rank(folded.graph(), eligible, &feedback);
    context.endProgress();
    if (feedback.isCanceled())
        return Canceled;
    const int top = context.value(QStringLiteral("key-actors")).toInt();
    for (int i = 0; i < top && i < int(actors.size()); ++i) {
        const network::KeyActor& a = actors[size_t(i)];
        const network::EntityNode& e = eg.nodes()[size_t(a.node)];
        out() << i + 1 << ". " << e.label << " [" << e.type << ", " << e.key << "] " << QString::number(a.score, 'f', 3)
              << ": " << a.reasons.join(QLatin1String("; ")) << '\n';
    }
    return Success;
}

int GraphCommand::exportChart(store::Workspace& ws, const network::EntityGraph& eg,
    const sharing::Releasability::Outcome& outcome, const QString& target)
{
    const network::Graph& g = eg.graph();
    QMap<QString, std::vector<double>> measures;
    measures.insert(QStringLiteral("betweenness"), network::Centrality::betweenness(g, {}));
    measures.insert(QStringLiteral("pagerank"), network::Centrality::pageRank(g));
    const auto part = network::Communities::louvain(g);
    measures.insert(QStringLiteral("community"), std::vector<double>(part.community.begin(), part.community.end()));
    ingest::GraphDocument doc = network::graphDocument(eg, measures);
    if (Status st = sharing::FigureExport::markGraphDocument(ws, doc, eg, outcome); !st)
        return Context::fail(st.error(), WorkspaceError);
    QFile f(target);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err() << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(target, f.errorString())
              << '\n';
        return InputRejected;
    }
    const Status st
        = target.endsWith(QLatin1String(".gexf"), Qt::CaseInsensitive) ? doc.writeGexf(&f) : doc.writeGraphML(&f);
    if (!st) {
        err() << st.error().toString() << '\n';
        return InputRejected;
    }
    if (!f.flush()) {
        err() << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(target, f.errorString())
              << '\n';
        return InputRejected;
    }
    if (Status st = sharing::Releasability::record(ws, outcome, QStringLiteral("graph"), target,
            QStringLiteral("link chart, %1 entities, %2 links").arg(doc.nodes.size()).arg(doc.links.size()));
        !st) {
        err() << st.error().toString() << '\n';
        return WorkspaceError;
    }
    out() << QCoreApplication::translate("CommandLine", "Wrote %1.").arg(target) << '\n';
    return Success;
}

int GraphCommand::writeMeasures(store::Workspace& ws, const network::EntityGraph& eg,
    const sharing::Releasability::Outcome& outcome, const QStringList& metrics, const QString& target)
{
    for (const QString& m : metrics) {
        if (!network::MeasuresTable::knownMetrics().contains(m)) {
            err() << QCoreApplication::translate("CommandLine", "unknown metric %1 (known: %2)")
                         .arg(m, network::MeasuresTable::knownMetrics().join(QLatin1Char(',')))
                  << '\n';
            return UsageError;
        }
    }
    const auto table = network::MeasuresTable::compute(eg.graph(), metrics);
    if (!table) {
        err() << table.error().toString() << '\n';
        return UsageError;
    }
    if (metrics.contains(QLatin1String("louvain")))
        out() << QCoreApplication::translate("CommandLine", "Louvain: %1 communities, modularity %2.")
                     .arg(table->communityCount)
                     .arg(table->modularity, 0, 'f', 4)
              << '\n';
    QFile f(target);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err() << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(target, f.errorString())
              << '\n';
        return InputRejected;
    }
    const auto markOf
        = [&](const network::EntityNode& n) { return outcome.markCells(sharing::RecordKind::Entity, n.entityId); };
    if (!table->writeCsv(&f, eg.nodes(), sharing::Releasability::markColumns(), markOf) || !f.flush()) {
        err() << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(target, f.errorString())
              << '\n';
        return InputRejected;
    }
    if (Status st = sharing::Releasability::record(
            ws, outcome, QStringLiteral("graph-measures"), target, metrics.join(QLatin1Char(',')));
        !st) {
        err() << st.error().toString() << '\n';
        return WorkspaceError;
    }
    out() << QCoreApplication::translate("CommandLine", "Wrote %1.").arg(target) << '\n';
    return Success;
}

} // namespace

std::unique_ptr<Command> makeGraphCommand()
{
    return std::make_unique<GraphCommand>();
}

} // namespace waymark::app
