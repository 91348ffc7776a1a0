#include "map/vectorpaths.h"

#include "geo/webmercator.h"

#include <algorithm>
#include <cmath>

namespace waymark::map {

using namespace geo;

VectorPaths::VectorPaths(std::shared_ptr<const VectorLayer> layer)
    : m_layer(std::move(layer))
{
}

int VectorPaths::levelFor(double zoom)
{
    return std::clamp(int(std::ceil(zoom)), 0, maxLevel);
}

const std::vector<QPainterPath>& VectorPaths::level(int level) const
{
    level = std::clamp(level, 0, maxLevel);
    {
        std::lock_guard lock(m_mutex);
        if (const auto& slot = m_levels[size_t(level)])
            return *slot;
    }
    // Built without the lock: a frame that needs a level never waits for
    // warm() building another one on its idle-priority thread (at worst two
    // threads build the same level once, and the first one in is kept).
    // Half a pixel at this level, in degrees of longitude (the finest a pixel gets).
    const double tolerance = 0.5 * 360.0 / (256.0 * std::exp2(level));
    auto out = std::make_unique<std::vector<QPainterPath>>();
    out->reserve(size_t(m_layer->features.size()));
    for (const Feature& f : m_layer->features) {
        QPainterPath path;
        path.setFillRule(Qt::OddEvenFill);
        const bool closed = isPolygonal(f.geometry.type);
        const Geometry g
            = closed || f.geometry.type == GeometryType::LineString || f.geometry.type == GeometryType::MultiLineString
            ? f.geometry.simplified(tolerance)
            : f.geometry;
        for (const QPolygonF& ring : g.parts) {
            if (ring.isEmpty())
                continue;
            const QRectF rb = ring.boundingRect();
            if (closed && rb.width() < tolerance && rb.height() < tolerance)
                continue; // an island smaller than a pixel
            path.moveTo(WebMercator::project(ring.first()));
            for (qsizetype i = 1; i < ring.size(); ++i)
                path.lineTo(WebMercator::project(ring[i]));
            if (closed)
                path.closeSubpath();
        }
        out->push_back(std::move(path));
    }
    std::lock_guard lock(m_mutex);
    auto& slot = m_levels[size_t(level)];
    if (!slot)
        slot = std::move(out);
    return *slot;
}

void VectorPaths::warm(int upTo) const
{
    for (int l = 0; l <= std::min(upTo, maxLevel); ++l)
        level(l);
}

} // namespace waymark::map
