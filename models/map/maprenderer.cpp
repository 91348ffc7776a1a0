#include "map/maprenderer.h"

#include "analysis/incidentsnapshot.h"
#include "core/taxonomy.h"
#include "geo/countrynames.h"
#include "geo/greatcircle.h"
#include "geo/mbtiles.h"
#include "geo/webmercator.h"
#include "map/choropleth.h"
#include "map/pointclusters.h"
#include "map/routeflows.h"
#include "map/vectorpaths.h"

#include <QCache>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QLocale>
#include <QPaintEngine>
#include <QPainter>
#include <QtMath>

#include <algorithm>
#include <cmath>

namespace waymark::map {

using namespace geo;

namespace {

const QColor ocean(0xd7, 0xe4, 0xee);
const QColor land(0xf5, 0xf3, 0xee);
const QColor border(0xa8, 0xa8, 0xa8);
const QColor kRouteColour(0xa5, 0x0f, 0x15, 175);
const QColor kHighlightColour(0xff, 0x7f, 0x00);
const QColor kSelectionColour(0xff, 0x7f, 0x00);
const QColor kUntypedColour(0x99, 0x99, 0x99);

/// Horizontal world copies on screen, so the map wraps at low zoom.
QList<int> worldOffsets(const MapViewport& v)
{
    const QRectF r = v.visibleWorld();
    QList<int> out;
    for (int k = int(std::floor(r.left())); k <= int(std::floor(r.right())); ++k)
        out << k;
    return out;
}

QRectF lonLatToWorld(const QRectF& b)
{
    return WebMercator::project(b);
}

} // namespace

struct MapRenderer::Cache {
    /// The world, overlays, choropleth and hotspot rasters drawn once for the
    /// current zoom, a margin wider than the view, reused while panning.
    QImage under;
    QRectF underWorld;
    QPointF underCentre;
    QSize underSize;
    double underZoom = -1;
    quint32 underLayers = 0;
    quint64 underGeneration = ~quint64(0);
    double underSymbolScale = 1;
    /// `under` with the routes drawn over it, over the same extent: a new
    /// time window changes the routes only, and then only they are drawn again.
    QImage base;
    quint32 baseLayers = 0;
    quint64 baseRoutes = ~quint64(0);
    bool baseValid = false;
    /// The bubbles and names of the last frame: a frame painted again
    /// without a change of view or data (a hover, a tooltip, the window
    /// uncovered) reuses them. The clusters are held, so a new set can never
    /// take the old one's address.
    struct Bubbles {
        std::shared_ptr<const PointClusters> clusters;
        MapViewport viewport;
        std::vector<ClusterBubble> bubbles;
    };
    std::optional<Bubbles> bubbles;
    /// Each name drawn once, halo and text, at the view's symbol scale and
    /// pixel ratio: a frame blits them (laying a name's glyphs out as a path
    /// and stroking its halo every frame was a third of a brush).
    struct Sprite {
        QImage image;
        QPointF offset; ///< from the label's top left to the image's
    };
    QHash<QString, Sprite> sprites;
    struct Labels {
        std::shared_ptr<const PointClusters> clusters;
        MapViewport viewport;
        quint32 layers = 0;
        quint64 generation = 0;
        QFont font;
        QString language;
        const VectorLayer* world = nullptr;
        std::vector<QRectF> keepClear;
        std::vector<PlacedLabel> labels;
    };
    std::optional<Labels> labels;
    /// The countries' names, in the language they were made in.
    std::vector<MapLabel> countries;
    const VectorLayer* countriesOf = nullptr;
    QString countriesLanguage;
    /// Decoded MBTiles tiles, most recently used last; keyed by file and z/x/y.
    /// Bounded by bytes (the cost is in KiB): 64 MiB, some 250 tiles of 256².
    QCache<QPair<const MbTiles*, quint64>, QImage> tiles { 64 * 1024 };
};

MapRenderer::MapRenderer()
    : m_cache(std::make_unique<Cache>())
{
}

MapRenderer::~MapRenderer() = default;

const QStringList& MapRenderer::layerNames()
{
    static const QStringList names { QStringLiteral("basemap"), QStringLiteral("overlays"),
        QStringLiteral("choropleth"), QStringLiteral("hotspots"), QStringLiteral("significance"),
        QStringLiteral("routes"), QStringLiteral("points"), QStringLiteral("labels") };
    return names;
}

QString MapRenderer::layerTitle(Layer layer)
{
    switch (layer) {
    case Basemap:
        return QCoreApplication::translate("MapRenderer", "World");
    case Overlays:
        return QCoreApplication::translate("MapRenderer", "Your layers");
    case Choropleth:
        return QCoreApplication::translate("MapRenderer", "Victims by country");
    case Hotspots:
        return QCoreApplication::translate("MapRenderer", "Hotspots (kernel density)");
    case Significance:
        return QCoreApplication::translate("MapRenderer", "Significant hotspots (Gi*)");
    case Routes:
        return QCoreApplication::translate("MapRenderer", "Routes");
    case Points:
        return QCoreApplication::translate("MapRenderer", "Incidents");
    case Labels:
        return QCoreApplication::translate("MapRenderer", "Names");
    }
    return {};
}

bool MapRenderer::parseLayers(const QString& csv, quint32* layers, QString* error)
{
    quint32 out = 0;
    for (const QString& raw : csv.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed().toLower();
        if (name == QLatin1String("all")) {
            out |= allLayers;
            continue;
        }
        const int k = int(layerNames().indexOf(name));
        if (k < 0) {
            *error = QCoreApplication::translate("MapRenderer", "unknown layer '%1' (known: %2)")
                         .arg(raw.trimmed(), layerNames().join(QLatin1String(", ")));
            return false;
        }
        out |= 1u << k;
    }
    *layers = out;
    return true;
}

void MapRenderer::setWorld(std::shared_ptr<const VectorLayer> world, std::shared_ptr<const VectorPaths> paths)
{
    m_world = std::move(world);
    m_worldPaths = paths ? std::move(paths) : (m_world ? std::make_shared<const VectorPaths>(m_world) : nullptr);
    ++m_baseGeneration;
}

void MapRenderer::setOverlays(QList<Overlay> overlays)
{
    for (Overlay& o : overlays) {
        if (o.layer && !o.paths) {
            // Keep the simplified paths of layers already shown.
            for (const Overlay& old : std::as_const(m_overlays)) {
                if (old.layer == o.layer)
                    o.paths = old.paths;
            }
            if (!o.paths)
                o.paths = std::make_shared<const VectorPaths>(o.layer);
        }
    }
    m_overlays = std::move(overlays);
    ++m_baseGeneration;
}

void MapRenderer::setClusters(std::shared_ptr<const PointClusters> clusters)
{
    m_clusters = std::move(clusters);
    ++m_labelsGeneration;
}

void MapRenderer::setRoutes(std::shared_ptr<const RouteFlows> routes, int maxDrawn, int scaleMax)
{
    m_routes = std::move(routes);
    ++m_routesGeneration;
    m_arcs.clear();
    m_highlightedRoute = -1;
    if (!m_routes || m_routes->flows().empty())
        return;
    const double maxCount = std::max(scaleMax, m_routes->maxIncidents());
    m_routeScale = maxCount;
    const int n = std::min<int>(maxDrawn, int(m_routes->flows().size()));
    for (int k = 0; k < n; ++k) {
        const RouteFlow& f = m_routes->flows()[size_t(k)];
        Arc a;
        const QPolygonF lonLat = GreatCircle::arc(f.fromLonLat, f.toLonLat, 48);
        a.world.reserve(lonLat.size());
        for (const QPointF& p : lonLat)
            a.world << QPointF(WebMercator::x(p.x()), WebMercator::y(p.y()));
        a.bounds = a.world.boundingRect();
        a.width = 1.5 + 10.5 * f.incidents / maxCount;
        a.flow = k;
        m_arcs.push_back(std::move(a));
    }
}

void MapRenderer::setChoropleth(std::shared_ptr<const map::Choropleth> choropleth)
{
    m_choropleth = std::move(choropleth);
    ++m_baseGeneration;
}

void MapRenderer::setRaster(Layer layer, Raster raster)
{
    const size_t k = layer == Hotspots ? 0 : 1;
    m_warped[k] = raster.image.isNull() ? QImage() : warped(raster.image, raster.lonLatBounds, &m_warpedWorld[k]);
    m_rasters[k] = std::move(raster);
    ++m_baseGeneration;
}

const MapRenderer::Raster& MapRenderer::raster(Layer layer) const
{
    return m_rasters[layer == Hotspots ? 0 : 1];
}

QImage MapRenderer::warped(const QImage& src, const QRectF& b, QRectF* world)
{
    // Plate carrée rows to Web Mercator rows: sample the source row under
    // each output row's latitude, once, so every frame is one scaled blit.
    const double north = std::min(b.bottom(), WebMercator::maxLatitude);
    const double south = std::max(b.top(), -WebMercator::maxLatitude);
    *world = QRectF(QPointF(WebMercator::x(b.left()), WebMercator::y(north)),
        QPointF(WebMercator::x(b.right()), WebMercator::y(south)));
    const int rows = std::max(1, src.height() * 2);
    QImage out(src.width(), rows, QImage::Format_ARGB32_Premultiplied);
    const QImage in = src.convertToFormat(QImage::Format_ARGB32_Premultiplied);
    for (int r = 0; r < rows; ++r) {
        const double wy = world->top() + (r + 0.5) / rows * world->height();
        const double lat = WebMercator::lat(wy);
        const int sr = std::clamp(int((b.bottom() - lat) / b.height() * src.height()), 0, src.height() - 1);
        std::memcpy(out.scanLine(r), in.constScanLine(sr), size_t(src.width()) * 4);
    }
    return out;
}

void MapRenderer::paintVector(
    QPainter& p, const MapViewport& v, const VectorPaths& vp, QColor fill, QColor stroke, bool choropleth) const
{
    const VectorLayer& layer = vp.layer();
    const std::vector<QPainterPath>& ps = vp.level(VectorPaths::levelFor(v.zoom()));
    const QRectF visible = v.visibleWorld();
    QPen pen(stroke, 0.8);
    pen.setCosmetic(true);
    const bool points = layer.geometryType == GeometryType::Point || layer.geometryType == GeometryType::MultiPoint;
    // World units to pixels on top of the painter's own transform: a figure
    // drawn at twice its size for print is scaled by it, and the land must be too.
    const QTransform device = p.transform();
    for (int offset : worldOffsets(v)) {
        const QRectF shown = visible.translated(-offset, 0);
        QTransform t = v.worldTransform();
        t.translate(offset, 0);
        t *= device;
        p.setTransform(t);
        for (size_t i = 0; i < ps.size(); ++i) {
            const Feature& f = layer.features[qsizetype(i)];
            const QRectF wb = lonLatToWorld(f.geometry.bounds);
            if (!wb.adjusted(-1e-9, -1e-9, 1e-9, 1e-9).intersects(shown))
                continue;
            if (points) {
                p.setTransform(device);
                p.setPen(pen);
                p.setBrush(fill);
                for (const QPolygonF& part : f.geometry.parts) {
                    for (const QPointF& ll : part) {
                        QPointF s = v.lonLatToScreen(ll.x(), ll.y()) + QPointF(offset * v.worldPixels(), 0);
                        p.drawEllipse(s, 3 * v.symbolScale(), 3 * v.symbolScale());
                    }
                }
                p.setTransform(t);
                continue;
            }
            QColor brush = fill;
            if (choropleth && m_choropleth) {
                const QString iso3 = f.attributes.value(QStringLiteral("iso_a3")).toString();
                const int cls = m_choropleth->classOf(m_choropleth->value(iso3));
                if (cls >= 0)
                    brush = m_choropleth->colour(cls);
            }
            const bool closed
                = f.geometry.type == GeometryType::Polygon || f.geometry.type == GeometryType::MultiPolygon;
            p.setPen(pen);
            p.setBrush(closed ? QBrush(brush) : Qt::NoBrush);
            p.drawPath(ps[i]);
        }
    }
    p.setTransform(device);
}

void MapRenderer::paintRaster(QPainter& p, const MapViewport& v, const Raster& r) const
{
    const size_t k = &r == &m_rasters[0] ? 0 : 1;
    if (m_warped[k].isNull())
        return;
    // A density surface is continuous: smooth it. Gi* cells are discrete: keep their edges.
    p.setRenderHint(QPainter::SmoothPixmapTransform, k == 0);
    for (int offset : worldOffsets(v)) {
        const QRectF w = m_warpedWorld[k].translated(offset, 0);
        const QRectF screen(v.worldToScreen(w.topLeft()), v.worldToScreen(w.bottomRight()));
        const QRectF clip = screen.intersected(QRectF(QPointF(0, 0), QSizeF(v.size())));
        if (clip.isEmpty())
            continue;
        // Blit only the visible part of the source, so deep zooms stay cheap.
        const double sx = m_warped[k].width() / screen.width(), sy = m_warped[k].height() / screen.height();
        const QRectF source((clip.left() - screen.left()) * sx, (clip.top() - screen.top()) * sy, clip.width() * sx,
            clip.height() * sy);
        p.drawImage(clip, m_warped[k], source);
    }
}

void MapRenderer::paintTiles(QPainter& p, const MapViewport& v, const MbTiles& tiles) const
{
    const MbTilesMetadata& meta = tiles.metadata();
    const int z = std::clamp(int(std::round(v.zoom())), meta.minZoom, std::max(meta.minZoom, meta.maxZoom));
    const int n = 1 << z;
    const double tilePixels = v.worldPixels() / n;
    const QRectF visible = v.visibleWorld();
    const int y0 = std::max(0, int(std::floor(visible.top() * n)));
    const int y1 = std::min(n - 1, int(std::floor(visible.bottom() * n)));
    const int x0 = int(std::floor(visible.left() * n)), x1 = int(std::floor(visible.right() * n));
    if ((x1 - x0 + 1) * (y1 - y0 + 1) > 400)
        return; // the set's zoom range is far from the view's: nothing legible to draw
    p.setRenderHint(QPainter::SmoothPixmapTransform, true);
    for (int ty = y0; ty <= y1; ++ty) {
        for (int tx = x0; tx <= x1; ++tx) {
            const int wrapped = ((tx % n) + n) % n;
            const auto key = qMakePair(&tiles, (quint64(z) << 48) | (quint64(wrapped) << 24) | quint64(ty));
            QImage* image = m_cache->tiles.object(key);
            if (!image) {
                auto tile = tiles.tile(z, wrapped, ty);
                image = new QImage(tile ? tile.value() : QImage());
                m_cache->tiles.insert(key, image, qsizetype(image->sizeInBytes() / 1024) + 1);
            }
            if (image->isNull())
                continue;
            const QPointF topLeft = v.worldToScreen(QPointF(double(tx) / n, double(ty) / n));
            p.drawImage(QRectF(topLeft, QSizeF(tilePixels, tilePixels)), *image);
        }
    }
}

QColor MapRenderer::routeColour()
{
    return kRouteColour;
}

QColor MapRenderer::selectionColour()
{
    return kSelectionColour;
}

QColor MapRenderer::untypedColour()
{
    return kUntypedColour;
}

QColor MapRenderer::typeColour(int bit)
{
    // Okabe–Ito, distinguishable with the common colour-vision deficiencies.
    static const QColor colours[] = { QColor(0xcc, 0x79, 0xa7), QColor(0x00, 0x72, 0xb2), QColor(0xd5, 0x5e, 0x00),
        QColor(0x00, 0x9e, 0x73), QColor(0xe6, 0x9f, 0x00), QColor(0x56, 0xb4, 0xe9), QColor(0x7f, 0x3c, 0x8d),
        QColor(0x33, 0x33, 0x33), QColor(0xf0, 0xe4, 0x42) };
    return bit >= 0 && bit < 9 ? colours[bit] : kUntypedColour;
}

QString MapRenderer::abbreviated(qint64 n)
{
    if (n < 1000)
        return QString::number(n);
    if (n < 10000)
        return QString::number(n / 1000.0, 'f', 1) + QLatin1Char('k');
    if (n < 1000000)
        return QString::number(n / 1000) + QLatin1Char('k');
    return QString::number(n / 1e6, 'f', 1) + QLatin1Char('M');
}

std::vector<ClusterBubble> MapRenderer::bubbles(const MapViewport& v) const
{
    if (!m_clusters)
        return {};
    std::optional<Cache::Bubbles>& c = m_cache->bubbles;
    if (!c || c->clusters != m_clusters || !(c->viewport == v) || c->viewport.symbolScale() != v.symbolScale())
        c = Cache::Bubbles { m_clusters, v, layoutBubbles(*m_clusters, v) };
    return c->bubbles;
}

void MapRenderer::paintPoints(QPainter& p, const MapViewport& v, const std::vector<ClusterBubble>& bubbles) const
{
    const double k = v.symbolScale();
    QFont font = p.font();
    font.setPixelSize(std::max(1, int(std::lround(11 * k))));
    font.setBold(true);
    p.setFont(font);
    for (const ClusterBubble& c : bubbles) {
        const QPointF s = c.centre;
        const double r = c.radius;
        int total = c.untyped;
        for (int n : c.byType)
            total += n;
        if (c.count == 1 || total == 0) {
            int bit = -1;
            for (int b = 0; b < 9 && bit < 0; ++b) {
                if (c.byType[size_t(b)])
                    bit = b;
            }
            p.setPen(QPen(Qt::white, 1 * k));
            p.setBrush(typeColour(bit));
            p.drawEllipse(s, r, r);
        } else {
            // A pie of exploitation types, so a cluster shows its mix.
            const QRectF box(s.x() - r, s.y() - r, 2 * r, 2 * r);
            p.setPen(Qt::NoPen);
            int start = 90 * 16;
            for (int b = 0; b <= 9; ++b) {
                const int n = b < 9 ? c.byType[size_t(b)] : c.untyped;
                if (!n)
                    continue;
                const int span = int(std::lround(360.0 * 16 * n / total));
                p.setBrush(b < 9 ? typeColour(b) : kUntypedColour);
                p.drawPie(box, start, span);
                start += span;
            }
            p.setPen(QPen(Qt::white, 1.5 * k));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(s, r, r);
            if (r >= 10 * k) {
                const QString label = abbreviated(c.count);
                p.setPen(QColor(0, 0, 0, 170));
                p.drawText(QRectF(s.x() - r + k, s.y() - r + k, 2 * r, 2 * r), Qt::AlignCenter, label);
                p.setPen(Qt::white);
                p.drawText(QRectF(s.x() - r, s.y() - r, 2 * r, 2 * r), Qt::AlignCenter, label);
            }
        }
        if (c.selected > 0) {
            p.setPen(QPen(kSelectionColour, 3 * k));
            p.setBrush(Qt::NoBrush);
            const QRectF ring(s.x() - r - 3 * k, s.y() - r - 3 * k, 2 * r + 6 * k, 2 * r + 6 * k);
            if (c.selected >= c.count)
                p.drawEllipse(ring);
            else
                p.drawArc(ring, 90 * 16, -int(360.0 * 16 * c.selected / c.count));
        }
    }
}

const std::vector<MapLabel>& MapRenderer::countryLabels() const
{
    Cache& c = *m_cache;
    if (c.countriesOf != m_world.get() || c.countriesLanguage != CountryNames::language()) {
        c.countries = m_world ? MapLabels::countries(*m_world) : std::vector<MapLabel>();
        c.countriesOf = m_world.get();
        c.countriesLanguage = CountryNames::language();
    }
    return c.countries;
}

static std::vector<QRectF> bubbleBoxes(const std::vector<ClusterBubble>& bubbles)
{
    std::vector<QRectF> boxes;
    boxes.reserve(bubbles.size());
    for (const ClusterBubble& b : bubbles)
        boxes.emplace_back(b.centre.x() - b.radius, b.centre.y() - b.radius, 2 * b.radius, 2 * b.radius);
    return boxes;
}

std::vector<PlacedLabel> MapRenderer::labels(
    const MapViewport& v, quint32 layers, const std::vector<QRectF>& keepClear) const
{
    if (!(layers & Labels))
        return {};
    return placedLabels(v, layers, QFont(), keepClear);
}

const std::vector<PlacedLabel>& MapRenderer::placedLabels(
    const MapViewport& v, quint32 layers, const QFont& font, const std::vector<QRectF>& keepClear) const
{
    // Placing names measures every candidate's text: done again only when
    // the view, the names, the bubbles or what must stay clear change.
    std::optional<Cache::Labels>& c = m_cache->labels;
    const quint32 relevant = layers & (Labels | Points | Basemap);
    if (c && c->clusters == m_clusters && c->viewport == v && c->viewport.symbolScale() == v.symbolScale()
        && c->layers == relevant && c->generation == m_labelsGeneration && c->font == font
        && c->language == CountryNames::language() && c->world == m_world.get() && c->keepClear == keepClear)
        return c->labels;
    const std::vector<ClusterBubble> drawn = (layers & Points) ? bubbles(v) : std::vector<ClusterBubble>();
    auto placed = MapLabels::place((layers & Basemap) ? countryLabels() : std::vector<MapLabel>(), m_cityLabels, v,
        font, bubbleBoxes(drawn), keepClear);
    c = Cache::Labels { m_clusters, v, relevant, m_labelsGeneration, font, CountryNames::language(), m_world.get(),
        keepClear, std::move(placed) };
    return c->labels;
}

void MapRenderer::paintLabels(QPainter& p, const MapViewport& v, const std::vector<PlacedLabel>& labels) const
{
    const double k = v.symbolScale();
    const QFont countryF = MapLabels::countryFont(p.font(), k), cityF = MapLabels::cityFont(p.font(), k);
    // A white halo under each name, so it reads over borders, routes and the sea.
    auto drawName = [k](QPainter& to, QPointF topLeft, const QFont& f, const QString& text, bool country) {
        QPainterPath path;
        path.addText(topLeft.x(), topLeft.y() + QFontMetricsF(f).ascent(), f, text);
        to.setPen(QPen(QColor(255, 255, 255, 220), 3 * k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        to.setBrush(Qt::NoBrush);
        to.drawPath(path);
        to.setPen(Qt::NoPen);
        to.setBrush(country ? QColor(0x5a, 0x5a, 0x5a) : QColor(0x1a, 0x1a, 0x1a));
        to.drawPath(path);
    };
    // On screen (the cached view; a figure draws vectors at its own
    // resolution) each name is a sprite, placed on whole device pixels.
    const bool sprites = m_baseCacheOn && p.paintEngine() && p.paintEngine()->type() == QPaintEngine::Raster
        && p.transform().type() <= QTransform::TxTranslate;
    const qreal ratio = p.device() ? p.device()->devicePixelRatioF() : 1.0;
    if (sprites && m_cache->sprites.size() > 4000)
        m_cache->sprites.clear(); // names of many zooms and windows: start again
    for (const PlacedLabel& l : labels) {
        const bool country = l.kind == MapLabel::Kind::Country;
        const QFont& f = country ? countryF : cityF;
        if (!sprites) {
            drawName(p, l.rect.topLeft(), f, l.text, country);
        } else {
            const QString key = QStringLiteral("%1|%2|%3|").arg(k).arg(ratio).arg(f.key()) + l.text;
            auto it = m_cache->sprites.find(key);
            if (it == m_cache->sprites.end()) {
                QPainterPath path;
                path.addText(0, QFontMetricsF(f).ascent(), f, l.text);
                const double halo = 1.5 * k + 1;
                const QRectF bounds = path.boundingRect().adjusted(-halo, -halo, halo, halo);
                Cache::Sprite sprite;
                sprite.offset = QPointF(std::floor(bounds.left()), std::floor(bounds.top()));
                const QSize size(int(std::ceil((bounds.right() - sprite.offset.x()) * ratio)),
                    int(std::ceil((bounds.bottom() - sprite.offset.y()) * ratio)));
                sprite.image = QImage(size.expandedTo(QSize(1, 1)), QImage::Format_ARGB32_Premultiplied);
                sprite.image.setDevicePixelRatio(ratio);
                sprite.image.fill(Qt::transparent);
                QPainter sp(&sprite.image);
                sp.setRenderHints(p.renderHints());
                drawName(sp, -sprite.offset, f, l.text, country);
                sp.end();
                it = m_cache->sprites.insert(key, std::move(sprite));
            }
            const QPointF at = l.rect.topLeft() + it->offset;
            p.drawImage(QPointF(std::round(at.x() * ratio) / ratio, std::round(at.y() * ratio) / ratio), it->image);
        }
        if (!country) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x1a, 0x1a, 0x1a));
            p.drawEllipse(l.anchor, 1.5 * k, 1.5 * k);
        }
    }
}

void MapRenderer::paintRoutes(QPainter& p, const MapViewport& v, bool highlightOnly) const
{
    if (m_arcs.empty() || (highlightOnly && m_highlightedRoute < 0))
        return;
    // Arcs over the antimeridian run past x = 1 (or below 0): draw the copies
    // either side too, so the part beyond the edge appears where it lands.
    QList<int> offsets = worldOffsets(v);
    for (int extra : { offsets.first() - 1, offsets.last() + 1 })
        offsets << extra;
    const double slack = 40.0 * v.symbolScale() / v.worldPixels(); // arrowheads and pen width
    const QRectF shown = v.visibleWorld().adjusted(-slack, -slack, slack, slack);
    auto draw = [&](const Arc& a, QColor colour) {
        for (int offset : std::as_const(offsets)) {
            if (!a.bounds.translated(offset, 0).intersects(shown))
                continue;
            QPolygonF screen;
            screen.reserve(a.world.size());
            for (const QPointF& w : a.world)
                screen << v.worldToScreen(w + QPointF(offset, 0));
            if (!screen.boundingRect().intersects(QRectF(QPointF(-50, -50), QSizeF(v.size()) + QSizeF(100, 100))))
                continue;
            p.setPen(QPen(colour, a.width * v.symbolScale(), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
            p.setBrush(Qt::NoBrush);
            p.drawPolyline(screen);
            // The arrow two-thirds of the way along, pointing to the destination.
            const int k = int(screen.size() * 2 / 3);
            const QPointF tip = screen[k], back = screen[std::max(0, k - 1)];
            const QPointF d = tip - back;
            const double len = std::hypot(d.x(), d.y());
            if (len < 1e-6)
                continue;
            const QPointF u = d / len, n(-u.y(), u.x());
            const double size = (5 + a.width * 1.2) * v.symbolScale();
            QPolygonF head;
            head << tip + u * size << tip - u * size * 0.6 + n * size * 0.8 << tip - u * size * 0.6 - n * size * 0.8;
            p.setPen(Qt::NoPen);
            p.setBrush(colour);
            p.drawPolygon(head);
        }
    };
    if (!highlightOnly) {
        for (auto it = m_arcs.rbegin(); it != m_arcs.rend(); ++it)
            draw(*it, kRouteColour);
    }
    if (m_highlightedRoute >= 0) {
        for (const Arc& a : m_arcs) {
            if (a.flow == m_highlightedRoute)
                draw(a, kHighlightColour);
        }
    }
}

void MapRenderer::paintBaseLayers(QPainter& p, const MapViewport& v, quint32 layers) const
{
    p.fillRect(QRectF(QPointF(0, 0), QSizeF(v.size())), ocean);
    if (m_worldPaths && (layers & (Basemap | Choropleth)))
        paintVector(p, v, *m_worldPaths, land, border, layers & Choropleth);
    if (layers & Overlays) {
        for (const Overlay& o : m_overlays) {
            if (!o.visible)
                continue;
            p.setOpacity(o.opacity);
            if (o.tiles) {
                paintTiles(p, v, *o.tiles);
            } else if (o.paths) {
                QColor fill = o.colour;
                fill.setAlpha(90);
                paintVector(p, v, *o.paths, fill, o.colour, false);
            }
            p.setOpacity(1.0);
        }
    }
    if (layers & Hotspots) {
        p.setOpacity(0.85);
        paintRaster(p, v, m_rasters[0]);
        p.setOpacity(1.0);
    }
    if (layers & Significance) {
        p.setOpacity(0.75);
        paintRaster(p, v, m_rasters[1]);
        p.setOpacity(1.0);
    }
    if (layers & Routes)
        paintRoutes(p, v, false);
}

void MapRenderer::paintBase(QPainter& p, const MapViewport& v, quint32 layers) const
{
    // Everything below the points changes only with the data, the window or a
    // layer switch, so it is drawn once per zoom and blitted while panning.
    const quint32 baseLayers = layers & (Basemap | Choropleth | Overlays | Hotspots | Significance | Routes);
    const bool vector = p.paintEngine() && p.paintEngine()->type() == QPaintEngine::SVG;
    if (!m_baseCacheOn || vector) {
        paintBaseLayers(p, v, baseLayers);
        return;
    }
    Cache& c = *m_cache;
    const QRectF visible = v.visibleWorld();
    const quint32 underLayers = baseLayers & ~quint32(Routes);
    const bool sameLook = c.underZoom == v.zoom() && c.underLayers == underLayers
        && c.underGeneration == m_baseGeneration && c.underSymbolScale == v.symbolScale();
    const bool underFits = sameLook && c.underWorld.contains(visible);
    if (!underFits) {
        // Panning at one zoom: draw a margin ahead so the next frames are a blit.
        const int margin = sameLook ? 192 : 0;
        MapViewport big(v.centre(), v.zoom(), v.size() + QSize(2 * margin, 2 * margin));
        big.setSymbolScale(v.symbolScale());
        if (c.under.size() != big.size())
            c.under = QImage(big.size(), QImage::Format_ARGB32_Premultiplied);
        QPainter bp(&c.under);
        bp.setRenderHint(QPainter::Antialiasing, true);
        paintBaseLayers(bp, big, underLayers);
        bp.end();
        c.underWorld = big.visibleWorld();
        c.underCentre = big.centre();
        c.underSize = big.size();
        c.underZoom = v.zoom();
        c.underLayers = underLayers;
        c.underGeneration = m_baseGeneration;
        c.underSymbolScale = v.symbolScale();
        c.baseValid = false;
    }
    if (!c.baseValid || c.baseLayers != baseLayers || c.baseRoutes != m_routesGeneration) {
        // The routes over a copy of what lies under them, over its extent:
        // the same pixels as drawing everything in one pass.
        c.base = c.under;
        if (baseLayers & Routes) {
            MapViewport big(c.underCentre, c.underZoom, c.underSize);
            big.setSymbolScale(c.underSymbolScale);
            QPainter bp(&c.base);
            bp.setRenderHint(QPainter::Antialiasing, true);
            paintRoutes(bp, big, false);
        }
        c.baseLayers = baseLayers;
        c.baseRoutes = m_routesGeneration;
        c.baseValid = true;
    }
    const double s = v.worldPixels();
    const QPointF offset = (visible.topLeft() - c.underWorld.topLeft()) * s;
    p.drawImage(
        QPointF(0, 0), c.base, QRectF(QPointF(std::round(offset.x()), std::round(offset.y())), QSizeF(v.size())));
}

void MapRenderer::paint(QPainter& p, const MapViewport& v, quint32 layers, const std::vector<QRectF>& keepClear) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    paintBase(p, v, layers);
    if (layers & Routes)
        paintRoutes(p, v, true); // the hovered route, over the cached picture
    const std::vector<ClusterBubble> drawn = (layers & Points) ? bubbles(v) : std::vector<ClusterBubble>();
    if (layers & Points)
        paintPoints(p, v, drawn);
    if (layers & Labels) {
        p.save();
        p.setRenderHint(QPainter::TextAntialiasing, true);
        paintLabels(p, v, placedLabels(v, layers, p.font(), keepClear));
        p.restore();
    }
    p.restore();
}

void MapRenderer::paintScaleBar(QPainter& p, const MapViewport& v) const
{
    const double mpp = v.metresPerPixel();
    if (!(mpp > 0))
        return;
    const double k = v.symbolScale();
    const double target = 120 * k * mpp;
    const double pow10 = std::pow(10.0, std::floor(std::log10(target)));
    double nice = pow10;
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (m * pow10 <= target)
            nice = m * pow10;
    }
    const double px = nice / mpp;
    const QPointF origin(16 * k, v.size().height() - 40 * k);
    p.setPen(QPen(Qt::black, 2 * k));
    p.drawLine(origin, origin + QPointF(px, 0));
    p.drawLine(origin, origin - QPointF(0, 6 * k));
    p.drawLine(origin + QPointF(px, 0), origin + QPointF(px, -6 * k));
    const QString label = nice >= 1000 ? QStringLiteral("%1 km").arg(QLocale().toString(nice / 1000, 'g', 6))
                                       : QStringLiteral("%1 m").arg(QLocale().toString(nice, 'g', 6));
    p.drawText(origin + QPointF(4 * k, -8 * k), label);
}

void MapRenderer::paintDecorations(QPainter& p, const MapViewport& v, const QString& caption, double captionWidth) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    const double k = v.symbolScale();
    QFont font = p.font();
    font.setPixelSize(std::max(1, int(std::lround(12 * k))));
    p.setFont(font);
    paintScaleBar(p, v);
    if (!caption.isEmpty()) {
        const QRectF strip(0, v.size().height() - 22 * k, captionWidth > 0 ? captionWidth : v.size().width(), 22 * k);
        p.fillRect(strip, QColor(255, 255, 255, 215));
        p.setPen(QColor(0x22, 0x22, 0x22));
        p.drawText(strip.adjusted(8 * k, 0, -8 * k, 0), Qt::AlignVCenter | Qt::AlignLeft, caption);
    }
    p.restore();
}

std::optional<ClusterBubble> MapRenderer::clusterAt(const MapViewport& v, QPointF screen) const
{
    std::optional<ClusterBubble> best;
    double bestD = 1e300;
    for (ClusterBubble& c : bubbles(v)) {
        const double d = std::hypot(c.centre.x() - screen.x(), c.centre.y() - screen.y());
        if (d <= c.radius + 2 && d < bestD) {
            bestD = d;
            best = std::move(c);
        }
    }
    return best;
}

int MapRenderer::routeAt(const MapViewport& v, QPointF screen) const
{
    int best = -1;
    double bestD = 1e300;
    QList<int> offsets = worldOffsets(v);
    for (int extra : { offsets.first() - 1, offsets.last() + 1 })
        offsets << extra;
    for (const Arc& a : m_arcs) {
        for (int offset : std::as_const(offsets)) {
            QPointF prev = v.worldToScreen(a.world.first() + QPointF(offset, 0));
            for (qsizetype i = 1; i < a.world.size(); ++i) {
                const QPointF cur = v.worldToScreen(a.world[i] + QPointF(offset, 0));
                const QPointF d = cur - prev;
                const double l2 = d.x() * d.x() + d.y() * d.y();
                const double t = l2 > 0 ? std::clamp(QPointF::dotProduct(screen - prev, d) / l2, 0.0, 1.0) : 0.0;
                const QPointF q = prev + t * d;
                const double dist = std::hypot(q.x() - screen.x(), q.y() - screen.y());
                if (dist <= a.width / 2 + 4 && dist < bestD) {
                    bestD = dist;
                    best = a.flow;
                }
                prev = cur;
            }
        }
    }
    return best;
}

int MapRenderer::countryAt(QPointF lonLat) const
{
    if (!m_world)
        return -1;
    for (qsizetype i = 0; i < m_world->features.size(); ++i) {
        if (m_world->features[i].geometry.contains(lonLat))
            return int(i);
    }
    return -1;
}

} // namespace waymark::map
