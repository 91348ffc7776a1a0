#include "geo/webmercator.h"

#include <QtMath>

#include <algorithm>
#include <cmath>

namespace waymark::geo {

double WebMercator::y(double lat)
{
    const double phi = qDegreesToRadians(std::clamp(lat, -maxLatitude, maxLatitude));
    return 0.5 - std::log(std::tan(M_PI / 4 + phi / 2)) / (2 * M_PI);
}

double WebMercator::lat(double y)
{
    return qRadiansToDegrees(2 * std::atan(std::exp((0.5 - y) * 2 * M_PI)) - M_PI / 2);
}

QRectF WebMercator::project(const QRectF& box)
{
    const QPointF a = project(box.left(), box.bottom()); // north-west: larger lat is smaller y
    const QPointF b = project(box.right(), box.top());
    return QRectF(a, b).normalized();
}

double WebMercator::metresPerUnit(double lat)
{
    return 2 * M_PI * earthRadiusM * std::cos(qDegreesToRadians(lat));
}

} // namespace waymark::geo
