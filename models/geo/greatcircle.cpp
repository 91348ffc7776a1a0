#include "geo/greatcircle.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace waymark::geo {

namespace {
struct Vec {
    double x, y, z;
};
Vec toVec(QPointF ll)
{
    const double lon = qDegreesToRadians(ll.x()), lat = qDegreesToRadians(ll.y());
    return { std::cos(lat) * std::cos(lon), std::cos(lat) * std::sin(lon), std::sin(lat) };
}
} // namespace

double GreatCircle::angle(QPointF a, QPointF b)
{
    // Haversine: well conditioned for short distances.
    const double p1 = qDegreesToRadians(a.y()), p2 = qDegreesToRadians(b.y());
    const double dp = p2 - p1, dl = qDegreesToRadians(b.x() - a.x());
    const double h
        = std::sin(dp / 2) * std::sin(dp / 2) + std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2 * std::asin(std::min(1.0, std::sqrt(h)));
}

double GreatCircle::distanceKm(QPointF a, QPointF b)
{
    return angle(a, b) * earthRadiusKm;
}

QPolygonF GreatCircle::arc(QPointF from, QPointF to, int segments)
{
    segments = std::max(segments, 1);
    QPolygonF out;
    out.reserve(segments + 1);
    const double omega = angle(from, to);
    const Vec a = toVec(from), b = toVec(to);
    double previousLon = from.x();
    for (int k = 0; k <= segments; ++k) {
        const double t = double(k) / segments;
        QPointF p;
        if (omega < 1e-12) {
            p = from;
        } else if (k == 0) {
            p = from;
        } else if (k == segments) {
            p = to;
        } else {
            // Spherical linear interpolation between the two unit vectors.
            const double s = std::sin(omega);
            const double wa = std::sin((1 - t) * omega) / s, wb = std::sin(t * omega) / s;
            const Vec v { wa * a.x + wb * b.x, wa * a.y + wb * b.y, wa * a.z + wb * b.z };
            p = QPointF(
                qRadiansToDegrees(std::atan2(v.y, v.x)), qRadiansToDegrees(std::atan2(v.z, std::hypot(v.x, v.y))));
        }
        // Unwrap: keep each longitude within 180° of the one before.
        double lon = p.x();
        while (lon - previousLon > 180)
            lon -= 360;
        while (lon - previousLon < -180)
            lon += 360;
        previousLon = lon;
        out << QPointF(lon, p.y());
    }
    return out;
}

} // namespace waymark::geo
