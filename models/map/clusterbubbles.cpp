#include "map/clusterbubbles.h"

#include "map/mapviewport.h"

#include <algorithm>
#include <cmath>

namespace waymark::map {

double bubbleRadius(int count)
{
    return count <= 1 ? 4.0 : 9.0 + 3.5 * std::log10(double(count));
}

namespace {

void add(ClusterBubble& into, const ClusterBubble& b)
{
    const double n = into.count + b.count;
    into.centre = (into.centre * into.count + b.centre * b.count) / n;
    into.x = (into.x * into.count + b.x * b.count) / n;
    into.y = (into.y * into.count + b.y * b.count) / n;
    into.bounds |= b.bounds;
    into.count += b.count;
    into.selected += b.selected;
    into.untyped += b.untyped;
    into.victims += b.victims;
    for (size_t t = 0; t < into.byType.size(); ++t)
        into.byType[t] += b.byType[t];
    into.parts.insert(into.parts.end(), b.parts.begin(), b.parts.end());
}

} // namespace

std::vector<ClusterBubble> layoutBubbles(const PointClusters& clusters, const MapViewport& v, double gap)
{
    const int level = PointClusters::levelForZoom(v.zoom());
    const double k = v.symbolScale();
    const double margin = 40.0 * k / v.worldPixels();
    const QRectF visible = v.visibleWorld();
    std::vector<ClusterBubble> candidates;
    for (int offset = int(std::floor(visible.left())); offset <= int(std::floor(visible.right())); ++offset) {
        const QRectF shown = visible.translated(-offset, 0).adjusted(-margin, -margin, margin, margin);
        for (const PointCluster* c : clusters.query(level, shown)) {
            ClusterBubble b;
            static_cast<PointCluster&>(b) = *c;
            b.x += offset;
            b.bounds.translate(offset, 0);
            b.centre = v.worldToScreen(QPointF(b.x, b.y));
            b.radius = bubbleRadius(c->count) * k;
            b.parts.push_back(c);
            candidates.push_back(std::move(b));
        }
    }
    std::stable_sort(candidates.begin(), candidates.end(),
        [](const ClusterBubble& a, const ClusterBubble& b) { return a.count > b.count; });
    std::vector<ClusterBubble> placed;
    placed.reserve(candidates.size());
    for (ClusterBubble& b : candidates) {
        for (;;) {
            auto touching = std::find_if(placed.begin(), placed.end(), [&](const ClusterBubble& o) {
                const QPointF d = o.centre - b.centre;
                const double reach = o.radius + b.radius + gap;
                return d.x() * d.x() + d.y() * d.y() < reach * reach;
            });
            if (touching == placed.end())
                break;
            ClusterBubble merged = std::move(*touching);
            add(merged, b);
            merged.radius = bubbleRadius(merged.count) * k;
            b = std::move(merged);
            *touching = std::move(placed.back());
            placed.pop_back();
        }
        if (b.parts.size() > 1) {
            b.cell = 0; // no one cell, no one run of members
            b.first = b.last = 0;
        }
        placed.push_back(std::move(b));
    }
    return placed;
}

} // namespace waymark::map
