#include "map/mapviewport.h"

#include "geo/webmercator.h"

#include <algorithm>
#include <cmath>

namespace waymark::map {

using namespace geo;

MapViewport::MapViewport(QPointF centre, double zoom, QSize size)
    : m_size(size)
{
    setZoom(zoom);
    setCentre(centre);
}

void MapViewport::setCentre(QPointF world)
{
    // Longitude wraps; latitude stops at the projection's edge.
    double x = world.x() - std::floor(world.x());
    m_centre = { x, std::clamp(world.y(), 0.0, 1.0) };
}

void MapViewport::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, minZoom, maxZoom);
}

double MapViewport::worldPixels() const
{
    return 256.0 * std::exp2(m_zoom);
}

QPointF MapViewport::worldToScreen(QPointF world) const
{
    const double s = worldPixels();
    return { (world.x() - m_centre.x()) * s + m_size.width() / 2.0,
        (world.y() - m_centre.y()) * s + m_size.height() / 2.0 };
}

QPointF MapViewport::screenToWorld(QPointF screen) const
{
    const double s = worldPixels();
    return { (screen.x() - m_size.width() / 2.0) / s + m_centre.x(),
        (screen.y() - m_size.height() / 2.0) / s + m_centre.y() };
}

QPointF MapViewport::lonLatToScreen(double lon, double lat) const
{
    return worldToScreen(WebMercator::project(lon, lat));
}

QPointF MapViewport::screenToLonLat(QPointF screen) const
{
    return WebMercator::unproject(screenToWorld(screen));
}

QTransform MapViewport::worldTransform() const
{
    const double s = worldPixels();
    return QTransform(s, 0, 0, s, m_size.width() / 2.0 - m_centre.x() * s, m_size.height() / 2.0 - m_centre.y() * s);
}

QRectF MapViewport::visibleWorld() const
{
    return QRectF(screenToWorld({ 0, 0 }), screenToWorld(QPointF(m_size.width(), m_size.height())));
}

void MapViewport::zoomAbout(QPointF anchor, double steps)
{
    const QPointF before = screenToWorld(anchor);
    setZoom(m_zoom + steps);
    const QPointF after = screenToWorld(anchor);
    m_centre += before - after;
    setCentre(m_centre);
}

void MapViewport::panBy(QPointF pixels)
{
    setCentre(m_centre - pixels / worldPixels());
}

void MapViewport::fit(const QRectF& world, double margin)
{
    const double w = std::max(world.width(), 1e-9);
    const double h = std::max(world.height(), 1e-9);
    const double sx = std::max(m_size.width() - 2 * margin, 16.0) / w;
    const double sy = std::max(m_size.height() - 2 * margin, 16.0) / h;
    setZoom(std::log2(std::min(sx, sy) / 256.0));
    setCentre(world.center());
}

double MapViewport::metresPerPixel() const
{
    return WebMercator::metresPerUnit(WebMercator::lat(m_centre.y())) / worldPixels();
}

bool MapViewport::operator==(const MapViewport& o) const
{
    return m_centre == o.m_centre && m_zoom == o.m_zoom && m_size == o.m_size && m_symbolScale == o.m_symbolScale;
}

double MapViewport::printScale(int logicalWidth, double inches)
{
    return inches > 0 && logicalWidth > 0 ? logicalWidth / inches / 96.0 : 1.0;
}

} // namespace waymark::map
