#include "analysis/analysiscontext.h"
#include "analysis/breakdown.h"
#include "analysis/incidentsnapshot.h"
#include "analysis/snapshotsource.h"
#include "analysis/workspacefacts.h"
#include "command.h"
#include "commandcontext.h"
#include "commands.h"
#include "figures/chartfigure.h"
#include "figures/figurewriter.h"
#include "figures/graphfigure.h"
#include "figures/mapfigure.h"
#include "geo/webmercator.h"
#include "map/routevolume.h"
#include "network/entitygraph.h"
#include "sharing/figureexport.h"
#include "store/statement.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTextStream>

namespace waymark::app {

namespace {

class RenderCommand : public Command {
public:
    QString name() const override { return QStringLiteral("render"); }
    /// Three forms, placed apart in `waymark --help` as they always were.
    QStringList synopsis() const override
    {
        return {
            QCoreApplication::translate("CommandLine",
                "  waymark render graph --workspace W --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--colour "
                "type|community] [--pieces N]"),
            QCoreApplication::translate("CommandLine",
                "  waymark render map --workspace W --out FILE.png|FILE.svg|FILE.pdf [--layers "
                "basemap,overlays,choropleth,\n"
                "                hotspots,significance,routes,points,labels] [--size WxH] [--from DATE] [--to DATE]\n"
                "                [--bbox WEST,SOUTH,EAST,NORTH] [--type LIST] [--source-kind LIST] [--grade LIST]\n"
                "                                                       the map without a window"),
            QCoreApplication::translate("CommandLine",
                "  waymark render chart --workspace W --chart "
                "timeline|age-gender|citizenship|exploitation-country|sources\n"
                "                |route [--route ORIGIN>DEST] --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--from "
                "DATE]\n"
                "                [--to DATE]   a chart without a window; route: incidents per bin on one route"),
        };
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> o { Context::workspaceOption(), Context::outOption(), Context::sizeOption(),
            { QStringLiteral("colour"),
                QCoreApplication::translate("CommandLine", "Colour nodes by type or community."),
                QStringLiteral("BY") },
            { QStringLiteral("pieces"),
                QCoreApplication::translate("CommandLine", "Draw only the N largest connected pieces."),
                QStringLiteral("N") },
            { QStringLiteral("layers"),
                QCoreApplication::translate("CommandLine", "Map layers to draw, comma-separated."),
                QStringLiteral("LIST") },
            { QStringLiteral("bbox"),
                QCoreApplication::translate("CommandLine", "Area to show: west,south,east,north in degrees."),
                QStringLiteral("W,S,E,N") },
            { QStringLiteral("chart"),
                QCoreApplication::translate("CommandLine", "Chart to render: timeline, age-gender, citizenship, …"),
                QStringLiteral("name") },
            { QStringLiteral("route"),
                QCoreApplication::translate("CommandLine", "Route of the route chart: two countries, ORIGIN>DEST."),
                QStringLiteral("ORIGIN>DEST") },
            Context::passphraseFileOption(), Context::destinationOption(), Context::includeRestrictedOption() };
        o << Context::filterOptions();
        return o;
    }
    bool drawsImages(const QStringList&) const override { return true; }
    int run(Context& context) override
    {
        const QString figure = context.arguments().value(0);
        if (figure == QLatin1String("map"))
            return renderMap(context);
        if (figure == QLatin1String("chart"))
            return renderChart(context);
        return renderGraph(context);
    }

private:
    /// The check of a figure's records, printed; the destination (own
    /// organisation unless --destination says otherwise) or an exit code.
    static std::optional<int> refused(Context& context, const Result<sharing::Releasability::Outcome>& outcome);
    int renderChart(Context& context);
    int renderMap(Context& context);
    int renderGraph(Context& context);
};

std::optional<int> RenderCommand::refused(Context& context, const Result<sharing::Releasability::Outcome>& outcome)
{
    if (!outcome)
        return Context::fail(outcome.error(), WorkspaceError);
    const int code
        = Context::refuseWhatMayNotGo(outcome.value(), context.isSet(QStringLiteral("include-restricted")), true,
            QCoreApplication::translate(
                "CommandLine", "Refused: nothing the figure would show may go to %1, so no figure was written."));
    if (code >= 0)
        return code;
    return std::nullopt;
}

int RenderCommand::renderChart(Context& context)
{
    const QString path = context.workspace();
    const QString target = context.value(QStringLiteral("out"));
    const QString chart = context.value(QStringLiteral("chart"));
    const auto kind = analysis::Breakdown::fromName(chart);
    const bool route = chart == QLatin1String("route");
    if (path.isEmpty() || target.isEmpty() || (!kind && chart != QLatin1String("timeline") && !route)
        || (route && context.value(QStringLiteral("route")).isEmpty())) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark render chart --workspace W --chart timeline|age-gender|citizenship|exploitation-country|"
            "sources|route [--route ORIGIN>DEST] --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--from DATE] "
            "[--to DATE]")
              << '\n';
        return UsageError;
    }
    const auto size = context.imageSize(QSize(1200, 700));
    if (!size)
        return UsageError;
    analysis::AnalysisContext shared;
    if (Status opened = shared.openWorkspace(path); !opened) {
        err() << opened.error().toString() << '\n';
        return WorkspaceError;
    }
    if (!context.applyTimeWindow(shared))
        return UsageError;
    const auto destination = context.destination(sharing::Destination::OwnOrganisation);
    if (!destination)
        return UsageError;
    const auto outcome = sharing::FigureExport::checkIncidents(*shared.workspace(), shared.filter(), *destination);
    if (auto code = refused(context, outcome))
        return *code;
    // What may not go is not drawn.
    shared.setFilter(sharing::FigureExport::releasedFilter(shared.filter(), outcome.value()), false);
    // The filter and the data's date under the chart, as the views' Export writes it.
    const QString caption
        = QCoreApplication::translate("CommandLine", "%1 · data as of %2")
              .arg(shared.filter().describe(), analysis::WorkspaceFacts::dataDate(*shared.workspace()).left(10));
    figures::ChartFigure figure;
    QString summary;
    if (kind) {
        auto data = analysis::Breakdown::load(*shared.workspace(), shared.filter(), *kind);
        if (!data) {
            err() << data.error().toString() << '\n';
            return WorkspaceError;
        }
        figure = figures::breakdownFigure(data.value());
        figure.caption = caption;
        figure.size = *size;
        summary = QCoreApplication::translate("CommandLine", "%1: %2 in all")
                      .arg(data->title, QLocale().toString(qint64(data->total())));
    } else {
        if (Status loaded = shared.snapshots()->loadNow(); !loaded) {
            err() << loaded.error().toString() << '\n';
            return WorkspaceError;
        }
        const auto snapshot = shared.snapshots()->snapshot();
        const analysis::Filter& filter = shared.filter();
        if (route) {
            auto chosen = map::RouteVolume::parseRoute(*snapshot, context.value(QStringLiteral("route")));
            if (!chosen) {
                err() << chosen.error().toString() << '\n';
                return UsageError;
            }
            const map::RouteVolume volume = map::RouteVolume::build(
                *snapshot, chosen.value(), snapshot->indicesInWindow(filter.dayFrom, filter.dayTo));
            figure = figures::routeFigure(volume);
            figure.caption = caption;
            if (const QString more = volume.notPlottedText(); !more.isEmpty())
                figure.caption += QStringLiteral(" · ") + more;
            figure.size = *size;
            summary = QCoreApplication::translate("CommandLine", "%1: %2 incidents. %3")
                          .arg(volume.title(), QLocale().toString(qint64(volume.members.size())))
                          .arg(volume.notPlottedText())
                          .trimmed();
        } else {
            figure = figures::timelineFigure(*snapshot, filter.dayFrom, filter.dayTo, *size, caption);
        }
    }
    const auto written = sharing::FigureExport::write(
        *shared.workspace(), outcome.value(), figures::chartPicture(figure), target, QStringLiteral("chart:") + chart);
    if (!written) {
        err() << written.error().toString() << '\n';
        return InputRejected;
    }
    out() << QCoreApplication::translate("CommandLine", "Wrote %1.").arg(target);
    if (!summary.isEmpty())
        out() << ' ' << summary;
    out() << '\n';
    return Success;
}

int RenderCommand::renderMap(Context& context)
{
    const QString path = context.workspace();
    const QString target = context.value(QStringLiteral("out"));
    if (path.isEmpty() || target.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark render map --workspace W --out FILE.png|FILE.svg|FILE.pdf [--layers LIST] [--size WxH] "
            "[--from DATE] [--to DATE] [--bbox W,S,E,N]")
              << '\n';
        return UsageError;
    }
    quint32 layers = map::MapRenderer::defaultLayers();
    if (context.isSet(QStringLiteral("layers"))) {
        QString why;
        if (!map::MapRenderer::parseLayers(context.value(QStringLiteral("layers")), &layers, &why)) {
            err() << "--layers: " << why << '\n';
            return UsageError;
        }
    }
    const auto size = context.imageSize(QSize(1600, 1000));
    if (!size)
        return UsageError;
    analysis::AnalysisContext shared;
    if (Status opened = shared.openWorkspace(path); !opened) {
        err() << opened.error().toString() << '\n';
        return WorkspaceError;
    }
    if (!context.applyTimeWindow(shared))
        return UsageError;
    const auto destination = context.destination(sharing::Destination::OwnOrganisation);
    if (!destination)
        return UsageError;
    if (auto format = figures::FigureWriter::formatOf(target); !format) {
        err() << format.error().toString() << '\n';
        return InputRejected;
    }
    const auto outcome = sharing::FigureExport::checkIncidents(*shared.workspace(), shared.filter(), *destination);
    if (auto code = refused(context, outcome))
        return *code;
    shared.setFilter(sharing::FigureExport::releasedFilter(shared.filter(), outcome.value()), false);
    figures::MapFigure request;
    request.context = &shared;
    request.layers = layers;
    request.size = *size;
    if (context.isSet(QStringLiteral("bbox"))) {
        const QStringList v = context.value(QStringLiteral("bbox")).split(QLatin1Char(','));
        bool ok = v.size() == 4;
        double c[4] = {};
        for (int k = 0; k < 4 && ok; ++k)
            c[k] = v[k].trimmed().toDouble(&ok);
        if (!ok || c[0] >= c[2] || c[1] >= c[3] || c[0] < -180 || c[2] > 180 || c[1] < -90 || c[3] > 90) {
            err() << QCoreApplication::translate("CommandLine", "--bbox must be WEST,SOUTH,EAST,NORTH in degrees")
                  << '\n';
            return UsageError;
        }
        request.bbox = geo::WebMercator::project(QRectF(QPointF(c[0], c[1]), QPointF(c[2], c[3])));
    }
    auto drawn = figures::drawMap(request);
    if (!drawn) {
        err() << drawn.error().toString() << '\n';
        return WorkspaceError;
    }
    if (auto written = sharing::FigureExport::write(
            *shared.workspace(), outcome.value(), drawn->picture, target, QStringLiteral("map"));
        !written) {
        err() << written.error().toString() << '\n';
        return InputRejected;
    }
    const auto& c = drawn->counts;
    const QLocale l;
    out() << QCoreApplication::translate("CommandLine",
        "Wrote %1: %2 incidents in the window, %3 on the map, %4 located to a country only, %5 without a place.")
                 .arg(target, l.toString(c.inWindow), l.toString(c.points), l.toString(c.countryOnly),
                     l.toString(c.nowhere))
          << '\n';
    return Success;
}

int RenderCommand::renderGraph(Context& context)
{
    const QString path = context.workspace();
    const QString target = context.value(QStringLiteral("out"));
    if (context.arguments().value(0) != QLatin1String("graph") || path.isEmpty() || target.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark render graph --workspace W --out FILE.png|FILE.svg|FILE.pdf [--size WxH] [--colour "
            "type|community] [--pieces N]")
              << '\n';
        return UsageError;
    }
    auto ws = context.openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return WorkspaceError;
    auto loaded = network::EntityGraph::load(*ws);
    if (!loaded) {
        err() << loaded.error().toString() << '\n';
        return WorkspaceError;
    }
    figures::GraphFigure request;
    const auto size = context.imageSize(request.size);
    if (!size)
        return UsageError;
    if (auto format = figures::FigureWriter::formatOf(target); !format) {
        err() << format.error().toString() << '\n';
        return InputRejected;
    }
    const auto destination = context.destination(sharing::Destination::OwnOrganisation);
    if (!destination)
        return UsageError;
    const auto outcome = sharing::FigureExport::checkGraph(*ws, loaded.value(), *destination);
    if (auto code = refused(context, outcome))
        return *code;
    // What may not go is not drawn.
    request.graph = sharing::FigureExport::releasedGraph(*ws, loaded.value(), outcome.value());
    request.size = *size;
    request.pieces = context.value(QStringLiteral("pieces")).toInt();
    if (context.value(QStringLiteral("colour")) == QLatin1String("community"))
        request.colour = figures::GraphFigure::Colour::ByCommunity;
    request = figures::prepareGraphFigure(std::move(request));
    const QString exported = analysis::WorkspaceFacts::dataDate(*ws).left(10);
    request.caption = QCoreApplication::translate("CommandLine",
        "Link chart: %1 entities, %2 links. Size: betweenness. Colour: %3. Data as of %4. Made with Waymark.")
                          .arg(QLocale().toString(qint64(request.graph.graph().nodeCount())),
                              QLocale().toString(qint64(request.graph.graph().edgeCount())))
                          .arg(request.colour == figures::GraphFigure::Colour::ByType
                                  ? QCoreApplication::translate("CommandLine", "entity type")
                                  : QCoreApplication::translate("CommandLine", "community"))
                          .arg(exported);
    if (auto st = sharing::FigureExport::write(
            *ws, outcome.value(), figures::graphPicture(std::move(request)), target, QStringLiteral("graph"));
        !st) {
        err() << st.error().toString() << '\n';
        return InputRejected;
    }
    out() << QCoreApplication::translate("CommandLine", "Wrote %1.").arg(target) << '\n';
    return Success;
}

} // namespace

std::unique_ptr<Command> makeRenderCommand()
{
    return std::make_unique<RenderCommand>();
}

} // namespace waymark::app
