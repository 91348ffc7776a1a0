#pragma once

#include "analysis/filter.h"
#include "core/result.h"
#include "figures/figurewriter.h"
#include "figures/legend.h"
#include "map/mapmodel.h"
#include "map/maprenderer.h"
#include "map/mapviewport.h"

#include <QRectF>
#include <QSize>
#include <QString>

#include <optional>

class QPainter;

namespace waymark::analysis {
class AnalysisContext;
}

namespace waymark::figures {

/// A map figure: what `waymark render map`, a report's figure and the
/// starter draft ask for. Drawn from a connection of its own to the
/// workspace with its own filter, or from a context the caller has open.
struct MapFigure {
    QString workspace; ///< opened read for this figure when `context` is null
    analysis::Filter filter; ///< with `workspace`
    analysis::AnalysisContext* context = nullptr; ///< used as it is (its filter) when set
    quint32 layers = map::MapRenderer::defaultLayers();
    QSize size { 1600, 1000 }; ///< logical pixels
    std::optional<QRectF> bbox; ///< the area to show in world units; none: the data, or the inhabited world
    double margin = 40; ///< pixels around the data (none around a bbox)
    /// How wide the figure will be printed, in inches: text, symbols, the
    /// legend and the scale bar are sized for it (MapViewport::printScale()),
    /// so the figure reads like the screen at any pixel count. 0: on screen.
    double printWidthInches = 0;
    /// Cut the frame to the data's shape (fittedFrame()) rather than keep
    /// `size` exactly: a report's figure, whose page has room either way.
    bool shapeToData = false;
    QString title; ///< drawn top left when not empty
    QString caption; ///< empty: the map's own (filter, counts, data date)
};

/// A map figure drawn, with what it counted.
struct DrawnMap {
    Picture picture;
    map::MapModel::Counts counts;
};

/// Where people live, in world units: the frame when there is nothing to fit.
QRectF inhabitedWorld();
/// A viewport of `size` that shows `bounds` whole with `margin` pixels to
/// spare, at the frame's own aspect ratio, never zoomed out beyond one copy
/// of the world: the world always covers the frame, once.
map::MapViewport figureViewport(const QRectF& bounds, QSize size, double margin = 40, double symbolScale = 1);
/// A figure's frame cut to the shape of the data it shows: `viewport`
/// (figureViewport() of `bounds`) made shorter (or narrower) when the data,
/// with `margin` pixels, fill less of its height (or width), so a figure
/// of a band of the world has no empty half.
map::MapViewport fittedFrame(const QRectF& bounds, const map::MapViewport& viewport, double margin);
/// The key to what the renderer draws in `layers`: exploitation types of the
/// incidents, route widths, choropleth classes, hotspot rasters.
Legend mapLegend(const map::MapRenderer& renderer, quint32 layers);
/// The width of a figure of a report page's text (A4, the exporter's
/// margins), in inches: what map figures for reports are sized for.
constexpr double reportFigureInches = 6.3;
/// Where the legend hides the fewest incidents: top right unless a bubble
/// lies under it there and not in another corner (bottom right, or top left
/// when there is no title). `hidden` gets how many it hides there.
Qt::Corner legendCorner(const map::MapRenderer& renderer, const map::MapViewport& viewport, quint32 layers,
    const Legend& legend, const QRectF& frame, bool titled, qint64* hidden = nullptr);
/// The one way a map figure is painted, on screen and off: layers, names,
/// legend (when the renderer's is visible), scale bar, title and caption,
/// all sized by the viewport's symbol scale. With `legendColumn` > 0 the
/// legend stands in a white column of that width right of the map instead
/// of over it (a figure where every corner of the map holds data).
void paintMapFigure(QPainter& painter, const map::MapRenderer& renderer, const map::MapViewport& viewport,
    quint32 layers, const QString& title, const QString& caption, double legendColumn = 0);
/// The width of the column a legend beside the map needs.
double legendColumnWidth(const map::MapRenderer& renderer, const map::MapViewport& viewport, quint32 layers);
/// A figure of a renderer the caller keeps alive until it is written (a
/// view's export). Its size is the viewport's, plus `legendColumn`.
Picture mapPicture(const map::MapRenderer& renderer, const map::MapViewport& viewport, quint32 layers,
    const QString& title, const QString& caption, double legendColumn = 0);
/// Loads the map a request asks for and frames it. When the legend would
/// hide incidents in every corner it may go to, it stands beside the map
/// (the map framed a column narrower, the figure as wide as asked).
Result<DrawnMap> drawMap(const MapFigure& figure);

} // namespace waymark::figures
