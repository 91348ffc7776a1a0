#pragma once

#include <QPolygonF>

namespace waymark::geo {

/// Great-circle routes on the sphere. Longitudes along an arc are unwrapped
/// (continuous, possibly beyond ±180°), so an arc from Tokyo to Los Angeles
/// crosses the Pacific instead of jumping across the whole map.
class GreatCircle {
public:
    /// Points (lon, lat) along the shorter great circle from a to b, ends included.
    static QPolygonF arc(QPointF fromLonLat, QPointF toLonLat, int segments = 64);
    /// Central angle between two points, radians.
    static double angle(QPointF aLonLat, QPointF bLonLat);
    /// Surface distance in kilometres on the mean-radius sphere.
    static double distanceKm(QPointF aLonLat, QPointF bLonLat);
    static constexpr double earthRadiusKm = 6371.0088;
};

} // namespace waymark::geo
