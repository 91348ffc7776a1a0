#pragma once

#include <QPointF>
#include <QRectF>

namespace waymark::geo {

/// Web Mercator (EPSG:3857) on the unit square: x from 0 (180° W) to 1
/// (180° E), y from 0 (85.0511° N) to 1 (85.0511° S), as map tiles use it.
/// Lon before lat everywhere. Pure functions; thread-safe.
class WebMercator {
public:
    static constexpr double maxLatitude = 85.05112877980659;
    static constexpr double earthRadiusM = 6378137.0; ///< the sphere of EPSG:3857

    static double x(double lon) { return (lon + 180.0) / 360.0; }
    static double y(double lat);
    static QPointF project(double lon, double lat) { return { x(lon), y(lat) }; }
    static QPointF project(QPointF lonLat) { return project(lonLat.x(), lonLat.y()); }

    static double lon(double x) { return x * 360.0 - 180.0; }
    static double lat(double y);
    static QPointF unproject(QPointF world) { return { lon(world.x()), lat(world.y()) }; }

    /// Lon/lat box to the world rectangle it covers (north at the top).
    static QRectF project(const QRectF& lonLatBox);

    /// Ground metres per unit of world x at a latitude (the scale grows as
    /// 1 / cos(lat) towards the poles).
    static double metresPerUnit(double lat);
};

} // namespace waymark::geo
