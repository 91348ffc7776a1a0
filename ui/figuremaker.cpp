#include "figuremaker.h"

#include "analysis/analysiscontext.h"
#include "analysis/breakdown.h"
#include "analysis/snapshotsource.h"
#include "chartexporter.h"
#include "chartview.h"
#include "customplot.h"
#include "map/mapexporter.h"
#include "map/mapmodel.h"
#include "map/maprenderer.h"
#include "map/mapviewport.h"
#include "network/centrality.h"
#include "network/entitygraph.h"
#include "network/graphrenderer.h"
#include "network/layout.h"
#include "reports/datafingerprint.h"
#include "store/workspace.h"
#include "timelineview.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QPainter>
#include <QSet>

#include <cmath>

namespace waymark::ui {

namespace {

QByteArray toPng(const QImage& image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Result<QImage> drawMap(analysis::AnalysisContext& context, const QJsonObject& params, QString* caption)
{
    map::MapModel model(&context);
    if (Status st = model.loadNow(); !st)
        return st.error();
    const quint32 layers = params.contains(QLatin1String("layers"))
        ? quint32(params.value(QLatin1String("layers")).toInteger())
        : map::MapRenderer::defaultLayers();
    model.setLayers(layers);
    if (Status st = model.computeHotspotsNow(); !st)
        return st.error();
    const QSize size(1200, 800);
    map::MapViewport viewport(QPointF(0.5, 0.5), 1, size);
    const QJsonArray b = params.value(QLatin1String("bounds")).toArray();
    QRectF bounds = b.size() == 4
        ? QRectF(QPointF(b[0].toDouble(), b[1].toDouble()), QPointF(b[2].toDouble(), b[3].toDouble()))
        : model.dataBounds();
    viewport.fit(bounds.isNull() || !bounds.isValid() ? QRectF(0, 0.15, 1, 0.6) : bounds, b.size() == 4 ? 0 : 40);
    model.renderer().setBaseCache(false); // draw the base layers at print resolution, not from a screen cache
    const QImage image
        = map::MapExporter::image(model.renderer(), viewport, layers, model.caption(), FigureMaker::printScale);
    const auto c = model.counts();
    *caption = QCoreApplication::translate("FigureMaker", "Map of %n incident(s)", nullptr, int(c.inWindow));
    return image;
}

Result<QImage> drawGraph(analysis::AnalysisContext& context, const QJsonObject& params, QString* caption)
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
    const network::EntityGraph eg = all.subgraph([&](int v) { return wanted.contains(all.nodes()[size_t(v)].key); });
    const network::Graph& g = eg.graph();
    if (g.nodeCount() == 0)
        return Error(QCoreApplication::translate(
            "FigureMaker", "None of the entities the chart showed are in the workspace any more."));
    const QJsonObject positions = params.value(QLatin1String("positions")).toObject();
    network::Layout::Points points(size_t(g.nodeCount()), QPointF(qQNaN(), qQNaN()));
    bool allPlaced = true;
    for (int v = 0; v < g.nodeCount(); ++v) {
        const QJsonArray at = positions.value(eg.nodes()[size_t(v)].key).toArray();
        if (at.size() == 2)
            points[size_t(v)] = QPointF(at[0].toDouble(), at[1].toDouble());
        else
            allPlaced = false;
    }
    if (!allPlaced) {
        network::Layout::ForceOptions o;
        o.initial = points;
        std::vector<bool> pinned(points.size());
        for (size_t v = 0; v < points.size(); ++v)
            pinned[v] = !std::isnan(points[v].x());
        o.pinned = pinned;
        points = network::Layout::fruchtermanReingold(g, o).points;
    }
    network::GraphRenderer::Options o;
    o.size = QSize(1200, 800);
    o.nodeSize = network::Centrality::betweenness(g, {});
    for (size_t v = 0; v < o.nodeSize.size(); ++v)
        o.nodeSize[v] += 1e-3 * g.degree(int(v));
    const QString dataDate = reports::DataFingerprint::dataDate(*context.workspace());
    o.caption = QCoreApplication::translate(
        "FigureMaker", "Link chart: %1 entities, %2 links. Size: betweenness. Colour: entity type. %3 · data as of %4.")
                    .arg(g.nodeCount())
                    .arg(g.edgeCount())
                    .arg(context.filter().describe(), dataDate);
    QImage image(o.size * FigureMaker::printScale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(FigureMaker::printScale, FigureMaker::printScale);
    network::GraphRenderer::paint(p, eg, points, o);
    p.end();
    *caption = QCoreApplication::translate("FigureMaker", "Link chart of %n entities", nullptr, g.nodeCount());
    return image;
}

Result<QImage> drawTimeline(analysis::AnalysisContext& context, const QJsonObject& params, QString* caption)
{
    if (Status st = context.snapshots()->loadNow(); !st)
        return st.error();
    TimelineView view(&context);
    const QSize size(1200, 500);
    view.resize(size);
    view.plot()->resize(size);
    if (params.contains(QLatin1String("from")) && params.contains(QLatin1String("to")))
        view.setVisibleRange(
            params.value(QLatin1String("from")).toInteger(), params.value(QLatin1String("to")).toInteger());
    else
        view.showAll();
    view.rebuild();
    *caption = QCoreApplication::translate("FigureMaker", "Incidents over time");
    return ChartExporter::image(*view.plot(), *caption, view.caption(), size, FigureMaker::printScale);
}

Result<QImage> drawChart(analysis::AnalysisContext& context, const QJsonObject& params, QString* caption)
{
    const auto kind = analysis::Breakdown::fromName(params.value(QLatin1String("breakdown")).toString());
    ChartView view(&context, kind.value_or(analysis::Breakdown::Kind::AgeGender));
    const QSize size(1200, 700);
    view.resize(size);
    if (Status st = view.loadNow(); !st)
        return st.error();
    view.plot()->resize(size);
    *caption = view.breakdown().title;
    return ChartExporter::image(*view.plot(), view.breakdown().title, view.caption(), size, FigureMaker::printScale);
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
    return kind;
}

Result<FigureMaker::Made> FigureMaker::make(const QString& workspacePath, const Request& request)
{
    analysis::AnalysisContext context;
    if (Status st = context.openWorkspace(workspacePath); !st)
        return st.error();
    context.setFilter(request.filter, false); // for this figure only
    QString caption;
    Result<QImage> image
        = Error(QCoreApplication::translate("FigureMaker", "Unknown kind of figure “%1”.").arg(request.kind));
    if (request.kind == QLatin1String("map"))
        image = drawMap(context, request.params, &caption);
    else if (request.kind == QLatin1String("graph"))
        image = drawGraph(context, request.params, &caption);
    else if (request.kind == QLatin1String("timeline"))
        image = drawTimeline(context, request.params, &caption);
    else if (request.kind == QLatin1String("chart"))
        image = drawChart(context, request.params, &caption);
    if (!image)
        return image.error();
    auto fingerprint = reports::DataFingerprint::of(*context.workspace());
    if (!fingerprint)
        return fingerprint.error();
    Made made;
    made.png = toPng(image.value());
    made.figure.kind = request.kind;
    made.figure.caption = caption;
    made.figure.filter = request.filter.describe();
    made.figure.dataDate = reports::DataFingerprint::dataDate(*context.workspace());
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

} // namespace waymark::ui
