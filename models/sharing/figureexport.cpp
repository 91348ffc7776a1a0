#include "figureexport.h"

#include "core/outputfile.h"
#include "figures/figurewriter.h"
#include "network/entitygraph.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace waymark::sharing {

Result<Releasability::Outcome> FigureExport::checkIncidents(
    store::Workspace& ws, const analysis::Filter& filter, Destination destination)
{
    auto selection = Releasability::incidentsUnder(ws, filter);
    if (!selection)
        return selection.error();
    return Releasability::check(ws, selection.value(), destination);
}

Result<Releasability::Outcome> FigureExport::checkGraph(
    store::Workspace& ws, const network::EntityGraph& graph, Destination destination)
{
    ExportSelection s;
    QSet<QString> keys;
    for (const network::EntityNode& n : graph.nodes())
        s.of(RecordKind::Entity).push_back(n.entityId);
    for (const auto& l : graph.links()) {
        if (l.a >= 0 && l.b >= 0)
            keys.insert(l.key);
    }
    store::Statement st(ws.handle(), "SELECT id, link_key FROM links ORDER BY id");
    while (st.next()) {
        if (keys.contains(st.text(1)))
            s.of(RecordKind::Link).push_back(st.int64(0));
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    std::sort(s.of(RecordKind::Entity).begin(), s.of(RecordKind::Entity).end());
    return Releasability::check(ws, s, destination);
}

analysis::Filter FigureExport::releasedFilter(analysis::Filter filter, const Releasability::Outcome& outcome)
{
    for (const Releasability::SourceLine& s : outcome.sources) {
        if (s.withheld && !filter.withheldSources.contains(s.id))
            filter.withheldSources << s.id;
    }
    std::sort(filter.withheldSources.begin(), filter.withheldSources.end());
    return filter;
}

network::EntityGraph FigureExport::releasedGraph(
    store::Workspace& ws, const network::EntityGraph& graph, const Releasability::Outcome& outcome)
{
    const auto& entities = outcome.released.of(RecordKind::Entity);
    const QSet<qint64> goingEntities(entities.begin(), entities.end());
    const auto& links = outcome.released.of(RecordKind::Link);
    const QSet<qint64> goingLinks(links.begin(), links.end());
    QSet<QString> linkKeys;
    store::Statement st(ws.handle(), "SELECT id, link_key FROM links ORDER BY id");
    while (st.next()) {
        if (goingLinks.contains(st.int64(0)))
            linkKeys.insert(st.text(1));
    }
    // A statement that fails leaves no link key: the chart loses links, never gains one.
    return graph.folded(
        {}, [&](int v) { return goingEntities.contains(graph.nodes()[size_t(v)].entityId); }, {},
        [&](const network::EntityGraph::LinkRecord& l) { return linkKeys.contains(l.key); });
}

Result<QString> FigureExport::write(store::Workspace& ws, const Releasability::Outcome& outcome,
    const figures::Picture& picture, const QString& path, const QString& kind, double scale)
{
    if (outcome.isEmpty())
        return Error(QCoreApplication::translate("FigureExport",
            "Nothing may go: every record the figure would show is withheld by the releasability "
            "check, so no figure was written."));
    auto format = figures::FigureWriter::formatOf(path);
    if (!format)
        return format.error();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status st = figures::FigureWriter::write(buffer, picture, format.value(), scale); !st)
        return st.error();
    auto sha = OutputFile::writeAll(path, buffer.data());
    if (!sha)
        return sha.error();
    if (Status st = Releasability::record(ws, outcome, QStringLiteral("figure"), QFileInfo(path).fileName(),
            QStringLiteral("figure=%1 path=%2 sha256=%3").arg(kind, QFileInfo(path).absoluteFilePath(), sha.value()));
        !st)
        return st.error();
    return sha.value();
}

} // namespace waymark::sharing
