#pragma once

#include "geo/geometry.h"
#include "map/clusterbubbles.h"
#include "map/maplabels.h"
#include "map/mapviewport.h"

#include <QColor>
#include <QImage>
#include <QList>
#include <QPainterPath>
#include <QString>
#include <QStringList>

#include <array>
#include <memory>
#include <optional>
#include <vector>

class QPainter;

namespace waymark::geo {
class MbTiles;
}

namespace waymark::map {

class Choropleth;
class PointClusters;
class VectorPaths;
class RouteFlows;
struct PointCluster;

/// Draws a map frame with QPainter: the built-in world, the user's vector
/// layers, choropleth, hotspot rasters, routes as great-circle arcs with
/// direction, and incidents clustered by zoom; then the scale bar and caption
/// (the legend is figures::mapLegend(), drawn by figures::paintLegend()). The widget, snapshots and `waymark render
/// map` all draw through it, so what a report shows is what the analyst saw. Data arrive as immutable results computed
/// elsewhere; painting does no I/O and no per-incident work beyond the visible clusters.
class MapRenderer {
public:
    enum Layer : quint32 {
        Basemap = 1u << 0,
        Overlays = 1u << 1, ///< the user's GeoPackage layers
        Choropleth = 1u << 2,
        Hotspots = 1u << 3, ///< kernel density
        Significance = 1u << 4, ///< Getis-Ord Gi* hot and cold cells (or emerging hotspots)
        Routes = 1u << 5,
        Points = 1u << 6, ///< incidents, clustered by zoom
        Labels = 1u << 7, ///< country names, and the names of cities with incidents
    };
    static constexpr quint32 allLayers = 0xFF;
    static quint32 defaultLayers() { return Basemap | Overlays | Routes | Points | Labels; }
    /// Layer names as the command line and settings spell them.
    static const QStringList& layerNames();
    static QString layerTitle(Layer layer);
    /// "basemap,routes,points" to flags; unknown names are an error listing the known ones.
    static bool parseLayers(const QString& csv, quint32* layers, QString* error);

    /// A raster drawn over the map from an equirectangular (plate carrée) image.
    struct Raster {
        QImage image; ///< north at the top
        QRectF lonLatBounds; ///< x = west … east, y = south … north
        QString title;
        QList<QPair<QColor, QString>> legend; ///< colour swatches with labels, low to high
    };
    /// A user layer: a GeoPackage vector layer or an MBTiles raster tile set.
    struct Overlay {
        std::shared_ptr<const geo::VectorLayer> layer;
        std::shared_ptr<const VectorPaths> paths; ///< made from layer when not given
        std::shared_ptr<const geo::MbTiles> tiles;
        QString path;
        QString title;
        bool visible = true;
        double opacity = 1.0;
        QColor colour = QColor(0x33, 0x66, 0x99);
    };

    MapRenderer();
    ~MapRenderer();

    /// The built-in world; its simplified paths may be shared between renderers.
    void setWorld(std::shared_ptr<const geo::VectorLayer> world, std::shared_ptr<const VectorPaths> paths = {});
    const geo::VectorLayer* world() const { return m_world.get(); }
    /// Whether the world, overlays and choropleth are drawn once into an
    /// image a little larger than the view and reused while panning (on by
    /// default; painting to SVG always draws vectors).
    void setBaseCache(bool on) { m_baseCacheOn = on; }
    /// Whether the view and its figures show the legend (figures::mapLegend()).
    void setLegendVisible(bool on) { m_legendVisible = on; }
    bool legendVisible() const { return m_legendVisible; }
    void setOverlays(QList<Overlay> overlays);
    const QList<Overlay>& overlays() const { return m_overlays; }
    void setClusters(std::shared_ptr<const PointClusters> clusters);
    /// The cities that may be named (MapLabels::cities() of the incidents in the window).
    void setCityLabels(std::vector<MapLabel> cities)
    {
        m_cityLabels = std::move(cities);
        ++m_labelsGeneration;
    }
    const std::vector<MapLabel>& cityLabels() const { return m_cityLabels; }
    const PointClusters* clusters() const { return m_clusters.get(); }
    /// Routes to draw (the largest `maxDrawn`); widths scale to `scaleMax`
    /// incidents (the whole period's largest flow, so animation frames
    /// compare), or to the largest of these routes when 0.
    void setRoutes(std::shared_ptr<const RouteFlows> routes, int maxDrawn = 120, int scaleMax = 0);
    const RouteFlows* routes() const { return m_routes.get(); }
    int drawnRoutes() const { return int(m_arcs.size()); }
    /// The incidents a route of full width stands for.
    double routeScale() const { return m_routeScale; }
    void setHighlightedRoute(int index) { m_highlightedRoute = index; }
    int highlightedRoute() const { return m_highlightedRoute; }
    void setChoropleth(std::shared_ptr<const map::Choropleth> choropleth);
    const map::Choropleth* choropleth() const { return m_choropleth.get(); }
    /// Hotspots or Significance; an empty image clears it.
    void setRaster(Layer layer, Raster raster);
    const Raster& raster(Layer layer) const;

    /// Paints the layers onto a painter whose device is viewport.size();
    /// names keep out of `keepClear` (what is drawn over the map afterwards).
    void paint(QPainter& painter, const MapViewport& viewport, quint32 layers,
        const std::vector<QRectF>& keepClear = {}) const;
    /// Scale bar (bottom left) and a caption line (bottom), as wide as the
    /// view or `captionWidth` (a figure with its legend beside the map).
    void paintDecorations(
        QPainter& painter, const MapViewport& viewport, const QString& caption, double captionWidth = 0) const;

    /// The bubbles drawn in a frame, none overlapping another (layoutBubbles()).
    std::vector<ClusterBubble> bubbles(const MapViewport& viewport) const;
    /// The names drawn in a frame with `layers`, none overlapping another or a bubble.
    std::vector<PlacedLabel> labels(
        const MapViewport& viewport, quint32 layers, const std::vector<QRectF>& keepClear = {}) const;
    /// The cluster bubble under a pixel, if any.
    std::optional<ClusterBubble> clusterAt(const MapViewport& viewport, QPointF screen) const;
    /// Index into routes()->flows() of the drawn route under a pixel, or -1.
    int routeAt(const MapViewport& viewport, QPointF screen) const;
    /// Index into world()->features of the country under a lon/lat, or -1.
    int countryAt(QPointF lonLat) const;
    /// The pixel radius of a cluster's bubble at symbol scale 1.
    static double bubbleRadius(int count) { return map::bubbleRadius(count); }
    /// Colour of an exploitation type bit (0-based).
    static QColor typeColour(int bit);
    static QColor routeColour();
    static QColor selectionColour();
    static QColor untypedColour();
    static QString abbreviated(qint64 count);

private:
    struct Arc {
        QPolygonF world; ///< in world units, unwrapped
        QRectF bounds; ///< of world, for culling
        double width;
        int flow;
    };
    void paintBase(QPainter& painter, const MapViewport& viewport, quint32 layers) const;
    void paintBaseLayers(QPainter& painter, const MapViewport& viewport, quint32 layers) const;
    void paintVector(QPainter& painter, const MapViewport& viewport, const VectorPaths& paths, QColor fill,
        QColor stroke, bool choropleth) const;
    void paintRaster(QPainter& painter, const MapViewport& viewport, const Raster& raster) const;
    void paintTiles(QPainter& painter, const MapViewport& viewport, const geo::MbTiles& tiles) const;
    void paintRoutes(QPainter& painter, const MapViewport& viewport, bool highlightOnly) const;
    void paintPoints(QPainter& painter, const MapViewport& viewport, const std::vector<ClusterBubble>& bubbles) const;
    void paintLabels(QPainter& painter, const MapViewport& viewport, const std::vector<PlacedLabel>& labels) const;
    const std::vector<PlacedLabel>& placedLabels(
        const MapViewport& viewport, quint32 layers, const QFont& font, const std::vector<QRectF>& keepClear) const;
    const std::vector<MapLabel>& countryLabels() const;
    void paintScaleBar(QPainter& painter, const MapViewport& viewport) const;
    static QImage warped(const QImage& equirect, const QRectF& lonLatBounds, QRectF* world);

    std::shared_ptr<const geo::VectorLayer> m_world;
    std::shared_ptr<const VectorPaths> m_worldPaths;
    bool m_baseCacheOn = true;
    bool m_legendVisible = true;
    quint64 m_baseGeneration = 0; ///< bumped whenever what the base image shows under the routes changes
    quint64 m_routesGeneration = 0; ///< bumped whenever the routes change
    quint64 m_labelsGeneration = 0; ///< bumped whenever the city names or the clusters change
    QList<Overlay> m_overlays;
    std::shared_ptr<const PointClusters> m_clusters;
    std::vector<MapLabel> m_cityLabels;
    std::shared_ptr<const RouteFlows> m_routes;
    std::shared_ptr<const map::Choropleth> m_choropleth;
    std::vector<Arc> m_arcs;
    double m_routeScale = 1;
    int m_highlightedRoute = -1;
    std::array<Raster, 2> m_rasters;
    std::array<QImage, 2> m_warped;
    std::array<QRectF, 2> m_warpedWorld;
    struct Cache;
    std::unique_ptr<Cache> m_cache;
};

} // namespace waymark::map
