#include "geo/geometry.h"

namespace waymark::geo {

bool Geometry::contains(QPointF p) const
{
    if (type != GeometryType::Polygon && type != GeometryType::MultiPolygon)
        return false;
    if (!bounds.contains(p))
        return false;
    bool inside = false;
    for (const QPolygonF& ring : parts) {
        for (qsizetype i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const QPointF a = ring[i], b = ring[j];
            if ((a.y() > p.y()) != (b.y() > p.y()) && p.x() < (b.x() - a.x()) * (p.y() - a.y()) / (b.y() - a.y()) + a.x())
                inside = !inside;
        }
    }
    return inside;
}

} // namespace waymark::geo
