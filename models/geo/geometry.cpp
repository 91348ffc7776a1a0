#include "geometry.h"

#include <cmath>
#include <vector>

namespace waymark::geo {

QString geometryTypeName(GeometryType type)
{
    switch (type) {
    case GeometryType::Point:
        return QStringLiteral("Point");
    case GeometryType::LineString:
        return QStringLiteral("LineString");
    case GeometryType::Polygon:
        return QStringLiteral("Polygon");
    case GeometryType::MultiPoint:
        return QStringLiteral("MultiPoint");
    case GeometryType::MultiLineString:
        return QStringLiteral("MultiLineString");
    case GeometryType::MultiPolygon:
        return QStringLiteral("MultiPolygon");
    case GeometryType::GeometryCollection:
        return QStringLiteral("GeometryCollection");
    }
    return {};
}

bool isPolygonal(GeometryType type)
{
    return type == GeometryType::Polygon || type == GeometryType::MultiPolygon;
}

bool Geometry::contains(QPointF p) const
{
    if (!isPolygonal(type) || parts.isEmpty())
        return false;
    // bounds may be null for a degenerate (zero-area) shape; the crossing count below decides then.
    if (bounds.isValid()
        && (p.x() < bounds.left() || p.x() > bounds.right() || p.y() < bounds.top() || p.y() > bounds.bottom()))
        return false;
    bool inside = false;
    for (const QPolygonF& ring : parts) {
        const qsizetype n = ring.size();
        if (n < 3)
            continue;
        // The ring is closed implicitly, whether or not its last point repeats the first.
        for (qsizetype i = 0, j = n - 1; i < n; j = i++) {
            const QPointF& a = ring[i];
            const QPointF& b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y())) {
                const double x = a.x() + (p.y() - a.y()) * (b.x() - a.x()) / (b.y() - a.y());
                if (p.x() < x)
                    inside = !inside;
            }
        }
    }
    return inside;
}

int Geometry::vertexCount() const
{
    qsizetype n = 0;
    for (const QPolygonF& part : parts)
        n += part.size();
    return int(n);
}

namespace {
double segmentDistance(QPointF p, QPointF a, QPointF b)
{
    const double dx = b.x() - a.x(), dy = b.y() - a.y();
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((p.x() - a.x()) * dx + (p.y() - a.y()) * dy) / len2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    return std::hypot(p.x() - (a.x() + t * dx), p.y() - (a.y() + t * dy));
}

QPolygonF douglasPeucker(const QPolygonF& in, double tolerance, qsizetype minPoints)
{
    const qsizetype n = in.size();
    if (n <= minPoints)
        return in;
    std::vector<char> keep(size_t(n), 0);
    keep.front() = keep.back() = 1;
    // Explicit stack: a coastline may have hundreds of thousands of points.
    std::vector<std::pair<qsizetype, qsizetype>> stack { { 0, n - 1 } };
    while (!stack.empty()) {
        const auto [first, last] = stack.back();
        stack.pop_back();
        double worst = -1;
        qsizetype index = -1;
        for (qsizetype i = first + 1; i < last; ++i) {
            const double d = segmentDistance(in[i], in[first], in[last]);
            if (d > worst) {
                worst = d;
                index = i;
            }
        }
        // A closed ring starts and ends on the same point: split it at the farthest point regardless.
        if (index >= 0 && (worst > tolerance || (first == 0 && last == n - 1))) {
            keep[size_t(index)] = 1;
            stack.push_back({ first, index });
            stack.push_back({ index, last });
        }
    }
    QPolygonF out;
    for (qsizetype i = 0; i < n; ++i)
        if (keep[size_t(i)])
            out << in[i];
    if (out.size() < minPoints)
        return in;
    return out;
}
} // namespace

Geometry Geometry::simplified(double tolerance) const
{
    Geometry g;
    g.type = type;
    g.bounds = bounds;
    const bool polygonal = isPolygonal(type);
    g.parts.reserve(parts.size());
    for (const QPolygonF& part : parts) {
        if (part.size() <= 1 || type == GeometryType::Point || type == GeometryType::MultiPoint)
            g.parts << part;
        else
            g.parts << douglasPeucker(part, tolerance, polygonal ? 4 : 2);
    }
    return g;
}

void Geometry::updateBounds()
{
    bool first = true;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    for (const QPolygonF& part : std::as_const(parts)) {
        for (const QPointF& p : part) {
            if (first) {
                x0 = x1 = p.x();
                y0 = y1 = p.y();
                first = false;
            } else {
                x0 = std::min(x0, p.x());
                x1 = std::max(x1, p.x());
                y0 = std::min(y0, p.y());
                y1 = std::max(y1, p.y());
            }
        }
    }
    bounds = first ? QRectF() : QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

} // namespace waymark::geo
