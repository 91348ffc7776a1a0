#include "figures/mapfigure.h"

#include "analysis/analysiscontext.h"
#include "core/taxonomy.h"
#include "geo/webmercator.h"
#include "map/choropleth.h"
#include "map/pointclusters.h"
#include "map/routeflows.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>
#include <memory>

namespace waymark::figures {

QRectF inhabitedWorld()
{
    // 58° S (Tierra del Fuego) to 75° N (the north of Greenland and Siberia).
    return geo::WebMercator::project(QRectF(QPointF(-180, -58), QPointF(180, 75)));
}

map::MapViewport figureViewport(const QRectF& bounds, QSize size, double margin, double symbolScale)
{
    margin *= symbolScale;
    // A single place (or a line of them): its surroundings rather than the deepest zoom.
    const double minSpan = 0.002;
    QRectF b = bounds.normalized();
    if (!bounds.isNull()) {
        const QPointF c = b.center();
        b = QRectF(QPointF(std::min(b.left(), c.x() - minSpan / 2), std::min(b.top(), c.y() - minSpan / 2)),
            QPointF(std::max(b.right(), c.x() + minSpan / 2), std::max(b.bottom(), c.y() + minSpan / 2)));
    }
    b &= QRectF(0, 0, 1, 1);
    if (bounds.isNull() || b.isEmpty()) {
        b = inhabitedWorld();
        margin = 0;
    }
    map::MapViewport v(b.center(), 1, size);
    v.fit(b, margin);
    // One world at most: at least as many world pixels as the frame is wide
    // and high, so the world neither repeats nor leaves a band beyond a pole.
    const double longest = std::max(size.width(), size.height());
    if (v.worldPixels() < longest)
        v.setZoom(std::log2(longest / 256.0));
    // Keep the frame inside the world: no sliver of a second copy at a side.
    const double s = v.worldPixels();
    const double hx = std::min(0.5, size.width() / 2.0 / s);
    const double hy = std::min(0.5, size.height() / 2.0 / s);
    v.setCentre(QPointF(std::clamp(b.center().x(), hx, 1 - hx), std::clamp(b.center().y(), hy, 1 - hy)));
    v.setSymbolScale(symbolScale);
    return v;
}

map::MapViewport fittedFrame(const QRectF& bounds, const map::MapViewport& v, double margin)
{
    if (bounds.isNull() || bounds.isEmpty())
        return v;
    // The data's extent at the frame's zoom, with the margin: when the frame
    // is much taller (or wider) than that, the figure takes the data's shape
    // instead of a band of empty sea. Never flatter than 2:5 nor narrower than 3:5.
    const QSize size = v.size();
    const double s = v.worldPixels();
    const double needW = std::min(1.0, bounds.width()) * s + 2 * margin;
    const double needH = std::min(1.0, bounds.height()) * s + 2 * margin;
    QSize fitted = size;
    if (needH < size.height() * 0.85)
        fitted.setHeight(std::max(int(std::ceil(needH)), int(size.width() * 0.4)));
    else if (needW < size.width() * 0.85)
        fitted.setWidth(std::max(int(std::ceil(needW)), int(size.height() * 0.6)));
    if (fitted == size)
        return v;
    return figureViewport(bounds, fitted, margin / v.symbolScale(), v.symbolScale());
}

Legend mapLegend(const map::MapRenderer& r, quint32 layers)
{
    using Shape = Legend::Entry::Shape;
    using map::MapRenderer;
    Legend legend;
    if ((layers & MapRenderer::Points) && r.clusters()) {
        legend.heading(MapRenderer::layerTitle(MapRenderer::Points));
        const QStringList names = Taxonomy::names(Taxonomy::Group::Exploitation);
        std::array<int, 9> present {};
        int untyped = 0;
        for (const map::PointCluster& c : r.clusters()->level(0)) {
            for (size_t b = 0; b < present.size(); ++b)
                present[b] += c.byType[b];
            untyped += c.untyped;
        }
        for (int b = 0; b < 9; ++b) {
            if (present[size_t(b)])
                legend.add(Shape::Dot, MapRenderer::typeColour(b), names.value(b));
        }
        if (untyped)
            legend.add(Shape::Dot, MapRenderer::untypedColour(),
                QCoreApplication::translate("MapRenderer", "Type not recorded"));
        if (!r.clusters()->selected().empty())
            legend.add(Shape::Line, MapRenderer::selectionColour(),
                QCoreApplication::translate("MapRenderer", "Selected (%1)")
                    .arg(QLocale().toString(qint64(r.clusters()->selected().size()))),
                3);
    }
    if ((layers & MapRenderer::Routes) && r.routes() && r.drawnRoutes() > 0) {
        legend.heading(QCoreApplication::translate("MapRenderer", "Routes: width = incidents"));
        const int max = std::max(1, int(r.routeScale()));
        for (double f : { 1.0, 0.5, 0.1 }) {
            const int n = std::max(1, int(std::lround(max * f)));
            legend.add(Shape::Line, MapRenderer::routeColour(), QLocale().toString(n), 1.5 + 10.5 * n / double(max));
            if (max <= 1)
                break;
        }
        if (int(r.routes()->flows().size()) > r.drawnRoutes())
            legend.note(QCoreApplication::translate("MapRenderer", "largest %1 of %2 routes shown")
                            .arg(r.drawnRoutes())
                            .arg(r.routes()->flows().size()));
    }
    if ((layers & MapRenderer::Choropleth) && r.choropleth() && r.choropleth()->classCount() > 0) {
        legend.heading(r.choropleth()->title());
        const QStringList labels = r.choropleth()->legendLabels();
        for (int k = 0; k < r.choropleth()->classCount(); ++k)
            legend.add(Shape::Box, r.choropleth()->colour(k), labels.value(k));
    }
    for (MapRenderer::Layer layer : { MapRenderer::Hotspots, MapRenderer::Significance }) {
        const MapRenderer::Raster& raster = r.raster(layer);
        if (!(layers & layer) || raster.image.isNull())
            continue;
        legend.heading(raster.title);
        for (const auto& [colour, label] : raster.legend)
            legend.add(Shape::Box, colour, label);
    }
    return legend;
}

/// The legend's text: 12 pixels on screen (9 pt); in print 7.5 pt, as a
/// printed figure's key usually is, so it hides less of a smaller map.
static double legendPixels(double symbolScale)
{
    return symbolScale > 1 ? 10 * symbolScale : 12 * symbolScale;
}

Qt::Corner legendCorner(const map::MapRenderer& r, const map::MapViewport& v, quint32 layers, const Legend& legend,
    const QRectF& frame, bool titled, qint64* hiddenThere)
{
    if (hiddenThere)
        *hiddenThere = 0;
    if (legend.isEmpty() || !(layers & map::MapRenderer::Points) || !r.clusters())
        return Qt::TopRightCorner;
    // The corner whose box hides the fewest incidents; the title holds the
    // top left, the scale bar the bottom left.
    const double k = v.symbolScale();
    const QSizeF size = legendSize(legend, legendPixels(k));
    const double inset = legendPixels(k);
    const std::vector<map::ClusterBubble> bubbles = r.bubbles(v);
    Qt::Corner best = Qt::TopRightCorner;
    qint64 fewest = -1;
    for (Qt::Corner corner : { Qt::TopRightCorner, Qt::BottomRightCorner, Qt::TopLeftCorner }) {
        if (corner == Qt::TopLeftCorner && titled)
            continue;
        const bool right = corner != Qt::TopLeftCorner, bottom = corner == Qt::BottomRightCorner;
        const QRectF box(QPointF(right ? frame.right() - inset - size.width() : frame.left() + inset,
                             bottom ? frame.bottom() - inset - size.height() : frame.top() + inset),
            size);
        qint64 hidden = 0;
        for (const map::ClusterBubble& b : bubbles) {
            if (box.adjusted(-b.radius, -b.radius, b.radius, b.radius).contains(b.centre))
                hidden += b.count;
        }
        if (fewest < 0 || hidden < fewest) {
            fewest = hidden;
            best = corner;
        }
    }
    if (hiddenThere)
        *hiddenThere = std::max<qint64>(0, fewest);
    return best;
}

double legendColumnWidth(const map::MapRenderer& r, const map::MapViewport& v, quint32 layers)
{
    const Legend legend = mapLegend(r, layers);
    if (legend.isEmpty())
        return 0;
    const double px = legendPixels(v.symbolScale());
    // paintLegend's inset (12 at 12 px) either side of the box.
    return legendSize(legend, px).width() + 2 * px;
}

void paintMapFigure(QPainter& p, const map::MapRenderer& r, const map::MapViewport& v, quint32 layers,
    const QString& title, const QString& caption, double legendColumn)
{
    const bool beside = legendColumn > 0;
    p.save();
    p.setClipRect(QRect(QPoint(0, 0), v.size()));
    const double k = v.symbolScale();
    // What is drawn over the map, where no name goes: the legend, the scale bar and the caption.
    const double w = v.size().width(), h = v.size().height();
    const QRectF frame(QPointF(0, 0), QSizeF(w, h - (caption.isEmpty() ? 0 : 22 * k)));
    std::vector<QRectF> keepClear { QRectF(0, h - 62 * k, 170 * k, 62 * k) };
    if (!caption.isEmpty())
        keepClear.emplace_back(0, h - 22 * k, w, 22 * k);
    if (!title.isEmpty())
        keepClear.emplace_back(0, 0, w / 2, 48 * k);
    const Legend legend = r.legendVisible() ? mapLegend(r, layers) : Legend();
    const Qt::Corner corner = legendCorner(r, v, layers, legend, frame, !title.isEmpty());
    if (!legend.isEmpty() && !beside) {
        const QSizeF size = legendSize(legend, legendPixels(k));
        const double inset = legendPixels(k);
        const bool right = corner != Qt::TopLeftCorner, bottom = corner == Qt::BottomRightCorner;
        keepClear.emplace_back(QPointF(right ? frame.right() - inset - size.width() : frame.left() + inset,
                                   bottom ? frame.bottom() - inset - size.height() : frame.top() + inset),
            size);
    }
    r.paint(p, v, layers, keepClear);
    if (!beside)
        r.paintDecorations(p, v, caption);
    if (!legend.isEmpty() && !beside)
        paintLegend(p, legend, frame, corner, legendPixels(k));
    if (!title.isEmpty()) {
        QFont font = p.font();
        font.setPixelSize(std::max(1, int(std::lround(16 * k))));
        font.setBold(true);
        p.setFont(font);
        const QRectF text
            = p.boundingRect(QRectF(12 * k, 12 * k, v.size().width() / 2.0, 40 * k), Qt::AlignLeft, title);
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(255, 255, 255, 215));
        p.drawRoundedRect(text.adjusted(-6 * k, -3 * k, 6 * k, 3 * k), 4 * k, 4 * k);
        p.setPen(Qt::black);
        p.drawText(text, Qt::AlignLeft, title);
    }
    p.restore();
    if (beside) {
        // The column beside the map, then the scale bar and the caption
        // across map and column.
        const QRectF column(w, 0, legendColumn, h);
        p.fillRect(column, Qt::white);
        if (!legend.isEmpty()) {
            p.save();
            p.setClipRect(column);
            paintLegend(p, legend, column, Qt::TopLeftCorner, legendPixels(k));
            p.restore();
        }
        p.save();
        p.setClipRect(QRectF(0, 0, w + legendColumn, h));
        r.paintDecorations(p, v, caption, w + legendColumn);
        p.restore();
    }
}

Picture mapPicture(const map::MapRenderer& renderer, const map::MapViewport& viewport, quint32 layers,
    const QString& title, const QString& caption, double legendColumn)
{
    const QSize size = viewport.size() + QSize(int(std::ceil(legendColumn)), 0);
    return Picture { size, title.isEmpty() ? QCoreApplication::translate("MapFigure", "Waymark map") : title, caption,
        [&renderer, viewport, layers, title, caption, legendColumn](
            QPainter& p) { paintMapFigure(p, renderer, viewport, layers, title, caption, legendColumn); } };
}

namespace {

/// What a drawn map keeps alive until it is written: the model reads
/// through the context, so the model goes first.
struct MapState {
    std::unique_ptr<analysis::AnalysisContext> owned;
    std::unique_ptr<map::MapModel> model;
    ~MapState() { model.reset(); }
};

} // namespace

Result<DrawnMap> drawMap(const MapFigure& f)
{
    auto state = std::make_shared<MapState>();
    analysis::AnalysisContext* context = f.context;
    if (!context) {
        state->owned = std::make_unique<analysis::AnalysisContext>();
        if (Status st = state->owned->openWorkspace(f.workspace); !st)
            return st.error();
        state->owned->setFilter(f.filter, false); // for this figure only, not saved over the user's
        context = state->owned.get();
    }
    state->model = std::make_unique<map::MapModel>(context);
    map::MapModel& model = *state->model;
    if (Status st = model.loadNow(); !st)
        return st.error();
    model.setLayers(f.layers);
    if (f.layers & (map::MapRenderer::Hotspots | map::MapRenderer::Significance)) {
        if (Status st = model.computeHotspotsNow(); !st)
            return st.error();
    }
    model.renderer().setBaseCache(false); // the base layers at the device's resolution, not from a screen cache
    const double k = f.printWidthInches > 0 ? map::MapViewport::printScale(f.size.width(), f.printWidthInches) : 1.0;
    auto frameFor = [&](QSize size) {
        map::MapViewport v
            = f.bbox ? figureViewport(*f.bbox, size, 0, k) : figureViewport(model.dataBounds(), size, f.margin, k);
        if (!f.bbox && f.shapeToData)
            v = fittedFrame(model.dataBounds(), v, f.margin * k);
        return v;
    };
    map::MapViewport viewport = frameFor(f.size);
    const QString caption = f.caption.isEmpty() ? model.caption() : f.caption;
    // The legend over the map hides incidents wherever it may go: it stands
    // beside the map instead, when that leaves the map most of the width.
    double column = 0;
    if (model.renderer().legendVisible()) {
        const map::MapRenderer& r = model.renderer();
        const double h = viewport.size().height() - (caption.isEmpty() ? 0 : 22 * k);
        qint64 hidden = 0;
        legendCorner(r, viewport, f.layers, mapLegend(r, f.layers), QRectF(0, 0, viewport.size().width(), h),
            !f.title.isEmpty(), &hidden);
        const double width = legendColumnWidth(r, viewport, f.layers);
        if (hidden > 0 && width > 0 && width < f.size.width() / 3.0) {
            column = std::ceil(width);
            viewport = frameFor(QSize(f.size.width() - int(column), f.size.height()));
        }
    }
    DrawnMap drawn;
    drawn.counts = model.counts();
    drawn.picture = mapPicture(model.renderer(), viewport, f.layers, f.title, caption, column);
    const quint32 layers = f.layers;
    const QString title = f.title;
    drawn.picture.paint = [state, viewport, layers, title, caption, column](QPainter& p) {
        paintMapFigure(p, state->model->renderer(), viewport, layers, title, caption, column);
    };
    return drawn;
}

} // namespace waymark::figures
