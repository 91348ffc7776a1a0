#include "figuremaker.h"

#include "core/numbertext.h"

#include "analysis/analysiscontext.h"
#include "analysis/breakdown.h"
#include "analysis/incidentsnapshot.h"
#include "analysis/snapshotsource.h"
#include "analysis/workspacefacts.h"
#include "figures/chartfigure.h"
#include "figures/figurewriter.h"
#include "figures/graphfigure.h"
#include "figures/mapfigure.h"
#include "map/routevolume.h"
#include "network/entitygraph.h"
#include "reports/datafingerprint.h"
#include "sharing/figureexport.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QPainter>
#include <QSet>

namespace waymark::sharing {

namespace {

Result<figures::Picture> drawMap(analysis::AnalysisContext& context, const QJsonObject& params, QString* caption)
{
    figures::MapFigure request;
    request.context = &context;
    request.size = QSize(1200, 800);
    request.printWidthInches = figures::reportFigureInches; // a report's figure: sized for the page
    request.shapeToData = true;
    if (params.contains(QLatin1String("layers")))
        request.layers = quint32(params.value(QLatin1String("layers")).toInteger());
    const QJsonArray b = params.value(QLatin1String("bounds")).toArray();
    if (b.size() == 4)
        request.bbox = QRectF(QPointF(b[0].toDouble(), b[1].toDouble()), QPointF(b[2].toDouble(), b[3].toDouble()));
    auto drawn = figures::drawMap(request);
    if (!drawn)
        return drawn.error();
    *caption = QCoreApplication::translate("FigureMaker", "Map of %1 incident(s)", nullptr, int(drawn->counts.inWindow))
                   .arg(groupedNumber(drawn->counts.inWindow));
    return drawn->picture;
}

Result<figures::Picture> drawGraph(analysis::AnalysisContext& context, const QJsonObject& params, QString* caption)
{
    const QJsonArray keys = params.value(QLatin1String("entities")).toArray();
    if (keys.isEmpty())
        return Error(QCoreApplication::translate("FigureMaker", "The link chart shows no entities: show some first."));
    auto loaded = network::EntityGraph::load(*context.workspace(), context.filter().dayFrom, context.filter().dayTo);
    if (!loaded)
        return loaded.error();
    QSet<QString> wanted;
    for (const QJsonValue& k : keys)
        wanted.insert(k.toString());
    const network::EntityGraph& all = loaded.value();
    QSet<QString> withheldLinks; // set by FigureMaker::released()
    for (const QJsonValue& k : params.value(QLatin1String("withheldLinks")).toArray())
        withheldLinks.insert(k.toString());
    figures::GraphFigure request;
    request.graph = all.folded(
        {}, [&](int v) { return wanted.contains(all.nodes()[size_t(v)].key); }, {},
        [&](const network::EntityGraph::LinkRecord& l) { return !withheldLinks.contains(l.key); });
    const network::Graph& g = request.graph.graph();
    if (g.nodeCount() == 0)
        return Error(QCoreApplication::translate(
            "FigureMaker", "None of the entities the chart showed are in the workspace any more."));
    // The chart as the analyst laid it out; any entity without a place is placed around the rest.
    const QJsonObject positions = params.value(QLatin1String("positions")).toObject();
    request.points.assign(size_t(g.nodeCount()), QPointF(qQNaN(), qQNaN()));
    for (int v = 0; v < g.nodeCount(); ++v) {
        const QJsonArray at = positions.value(request.graph.nodes()[size_t(v)].key).toArray();
        if (at.size() == 2)
            request.points[size_t(v)] = QPointF(at[0].toDouble(), at[1].toDouble());
    }
    request.size = QSize(1200, 800);
    const bool byCommunity = params.value(QLatin1String("colour")).toString() == QLatin1String("community");
    if (byCommunity)
        request.colour = figures::GraphFigure::Colour::ByCommunity;
    const QString dataDate = analysis::WorkspaceFacts::dataDate(*context.workspace()).left(10);
    request.caption = QCoreApplication::translate(
        "FigureMaker", "Link chart: %1 entities, %2 links. Size: betweenness. Colour: %3. %4 · data as of %5.")
                          .arg(g.nodeCount())
                          .arg(g.edgeCount())
                          .arg(byCommunity ? QCoreApplication::translate("FigureMaker", "community")
                                           : QCoreApplication::translate("FigureMaker", "entity type"),
                              context.filter().describe(), dataDate);
    *caption = QCoreApplication::translate("FigureMaker", "Link chart of %1 entities", nullptr, g.nodeCount())
                   .arg(groupedNumber(g.nodeCount()));
    return figures::graphPicture(std::move(request));
}

/// The filter and the data's date, under a chart.
QString chartCaption(analysis::AnalysisContext& context)
{
    return QCoreApplication::translate("FigureMaker", "%1 · data as of %2")
        .arg(context.filter().describe(), analysis::WorkspaceFacts::dataDate(*context.workspace()).left(10));
}

Result<figures::Picture> drawTimeline(analysis::AnalysisContext& context, const QJsonObject& params, QString* caption)
{
    if (Status st = context.snapshots()->loadNow(); !st)
        return st.error();
    const auto snapshot = context.snapshots()->snapshot();
    if (!snapshot)
        return Error(QCoreApplication::translate("FigureMaker", "The workspace holds no incidents to draw."));
    std::optional<qint64> from, to;
    if (params.contains(QLatin1String("from")) && params.contains(QLatin1String("to"))) {
        from = params.value(QLatin1String("from")).toInteger();
        to = params.value(QLatin1String("to")).toInteger();
    }
    const figures::ChartFigure figure
        = figures::timelineFigure(*snapshot, from, to, QSize(1200, 500), chartCaption(context));
    *caption = figure.title;
    return figures::chartPicture(figure);
}

Result<figures::Picture> drawChart(analysis::AnalysisContext& context, const QJsonObject& params, QString* caption)
{
    const auto kind = analysis::Breakdown::fromName(params.value(QLatin1String("breakdown")).toString());
    auto data = analysis::Breakdown::load(
        *context.workspace(), context.filter(), kind.value_or(analysis::Breakdown::Kind::AgeGender));
    if (!data)
        return data.error();
    figures::ChartFigure figure = figures::breakdownFigure(data.value());
    figure.caption = chartCaption(context);
    *caption = figure.title;
    return figures::chartPicture(figure);
}

Result<figures::Picture> drawRoute(analysis::AnalysisContext& context, const QJsonObject& params, QString* caption)
{
    if (Status st = context.snapshots()->loadNow(); !st)
        return st.error();
    const auto snapshot = context.snapshots()->snapshot();
    if (!snapshot)
        return Error(QCoreApplication::translate("FigureMaker", "The workspace holds no incidents to draw."));
    auto route = map::RouteVolume::parseRoute(*snapshot, params.value(QLatin1String("route")).toString());
    if (!route)
        return route.error();
    const analysis::Filter& filter = context.filter();
    const map::RouteVolume volume
        = map::RouteVolume::build(*snapshot, route.value(), snapshot->indicesInWindow(filter.dayFrom, filter.dayTo));
    figures::ChartFigure figure = figures::routeFigure(volume);
    figure.caption = chartCaption(context);
    if (const QString more = volume.notPlottedText(); !more.isEmpty())
        figure.caption += QStringLiteral(" · ") + more;
    *caption = figure.title;
    return figures::chartPicture(figure);
}

} // namespace

QJsonObject FigureMaker::Request::toJson() const
{
    return QJsonObject { { QStringLiteral("filter"), filter.toJson() }, { QStringLiteral("params"), params } };
}

FigureMaker::Request FigureMaker::Request::fromJson(const QString& kind, const QJsonObject& source)
{
    return { kind, analysis::Filter::fromJson(source.value(QLatin1String("filter")).toObject()),
        source.value(QLatin1String("params")).toObject() };
}

QString FigureMaker::kindTitle(const QString& kind)
{
    if (kind == QLatin1String("map"))
        return QCoreApplication::translate("FigureMaker", "Map");
    if (kind == QLatin1String("graph"))
        return QCoreApplication::translate("FigureMaker", "Link chart");
    if (kind == QLatin1String("timeline"))
        return QCoreApplication::translate("FigureMaker", "Timeline");
    if (kind == QLatin1String("chart"))
        return QCoreApplication::translate("FigureMaker", "Breakdown chart");
    if (kind == QLatin1String("route"))
        return QCoreApplication::translate("FigureMaker", "Route chart");
    return kind;
}

namespace {

Result<figures::Picture> draw(analysis::AnalysisContext& context, const FigureMaker::Request& request, QString* caption)
{
    context.setFilter(request.filter, false); // for this figure only
    Result<figures::Picture> picture
        = Error(QCoreApplication::translate("FigureMaker", "Unknown kind of figure “%1”.").arg(request.kind));
    if (request.kind == QLatin1String("map"))
        picture = drawMap(context, request.params, caption);
    else if (request.kind == QLatin1String("graph"))
        picture = drawGraph(context, request.params, caption);
    else if (request.kind == QLatin1String("timeline"))
        picture = drawTimeline(context, request.params, caption);
    else if (request.kind == QLatin1String("chart"))
        picture = drawChart(context, request.params, caption);
    else if (request.kind == QLatin1String("route"))
        picture = drawRoute(context, request.params, caption);
    return picture;
}

/// The entities a link chart request shows, as a graph.
Result<network::EntityGraph> graphOf(store::Workspace& ws, const FigureMaker::Request& request)
{
    auto loaded = network::EntityGraph::load(ws, request.filter.dayFrom, request.filter.dayTo);
    if (!loaded)
        return loaded.error();
    QSet<QString> wanted;
    for (const QJsonValue& k : request.params.value(QLatin1String("entities")).toArray())
        wanted.insert(k.toString());
    const network::EntityGraph& all = loaded.value();
    return all.subgraph([&](int v) { return wanted.contains(all.nodes()[size_t(v)].key); });
}

} // namespace

Result<figures::Picture> FigureMaker::picture(const QString& workspacePath, const Request& request, QString* caption)
{
    analysis::AnalysisContext context;
    if (Status st = context.openWorkspace(workspacePath); !st)
        return st.error();
    return draw(context, request, caption);
}

Result<Releasability::Outcome> FigureMaker::check(store::Workspace& ws, const Request& request, Destination destination)
{
    if (request.kind != QLatin1String("graph"))
        return FigureExport::checkIncidents(ws, request.filter, destination);
    auto graph = graphOf(ws, request);
    if (!graph)
        return graph.error();
    return FigureExport::checkGraph(ws, graph.value(), destination);
}

FigureMaker::Request FigureMaker::released(
    store::Workspace& ws, const Request& request, const Releasability::Outcome& outcome)
{
    Request r = request;
    if (request.kind != QLatin1String("graph")) {
        r.filter = FigureExport::releasedFilter(request.filter, outcome);
        return r;
    }
    // The link chart: only released entities, and no withheld link between them.
    const auto& going = outcome.released.of(RecordKind::Entity);
    const QSet<qint64> goingIds(going.begin(), going.end());
    const auto& linksGoing = outcome.released.of(RecordKind::Link);
    const QSet<qint64> linkIds(linksGoing.begin(), linksGoing.end());
    QJsonArray keys, withheldLinks;
    store::Statement e(ws.handle(), "SELECT id, entity_key FROM entities ORDER BY id");
    QSet<QString> shown;
    for (const QJsonValue& k : request.params.value(QLatin1String("entities")).toArray())
        shown.insert(k.toString());
    while (e.next()) {
        if (goingIds.contains(e.int64(0)) && shown.contains(e.text(1)))
            keys.append(e.text(1));
    }
    const auto& asked = outcome.requested.of(RecordKind::Link);
    const QSet<qint64> askedIds(asked.begin(), asked.end());
    store::Statement l(ws.handle(), "SELECT id, link_key FROM links ORDER BY id");
    while (l.next()) {
        if (askedIds.contains(l.int64(0)) && !linkIds.contains(l.int64(0)))
            withheldLinks.append(l.text(1));
    }
    r.params.insert(QStringLiteral("entities"), keys);
    r.params.insert(QStringLiteral("withheldLinks"), withheldLinks);
    return r;
}

Result<FigureMaker::Made> FigureMaker::make(const QString& workspacePath, const Request& request)
{
    analysis::AnalysisContext context;
    if (Status st = context.openWorkspace(workspacePath); !st)
        return st.error();
    QString caption;
    Result<figures::Picture> picture = draw(context, request, &caption);
    if (!picture)
        return picture.error();
    auto png = figures::FigureWriter::png(picture.value(), FigureMaker::printScale);
    if (!png)
        return png.error();
    auto fingerprint = reports::DataFingerprint::of(*context.workspace());
    if (!fingerprint)
        return fingerprint.error();
    Made made;
    made.png = png.value();
    made.figure.kind = request.kind;
    made.figure.caption = caption;
    made.figure.filter = request.filter.describe();
    made.figure.dataDate = analysis::WorkspaceFacts::dataDate(*context.workspace()).left(10);
    made.figure.personal = request.kind == QLatin1String("graph"); // names of people
    made.figure.source = request.toJson();
    made.figure.fingerprint = fingerprint.value();
    return made;
}

Result<FigureMaker::Made> FigureMaker::remake(const QString& workspacePath, const reports::Figure& figure)
{
    if (figure.source.isEmpty())
        return Error(QCoreApplication::translate(
            "FigureMaker", "This figure does not say what it was drawn from, so it cannot be drawn again."));
    auto made = make(workspacePath, Request::fromJson(figure.kind, figure.source));
    if (!made)
        return made.error();
    made->figure.caption = figure.caption;
    return made;
}

} // namespace waymark::sharing
