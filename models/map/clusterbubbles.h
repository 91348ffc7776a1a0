#pragma once

#include "map/pointclusters.h"

#include <QPointF>

#include <vector>

namespace waymark::map {

class MapViewport;

/// A bubble as the map draws it: one quadtree cluster, or several whose
/// bubbles would have overlapped on screen, merged. Its PointCluster part
/// holds the sums (counts, types, victims, selection), the count-weighted
/// mean position and the union of the bounds.
struct ClusterBubble : PointCluster {
    QPointF centre; ///< screen pixels
    double radius = 0; ///< screen pixels
    std::vector<const PointCluster*> parts; ///< the clusters it stands for
};

/// The radius of a bubble of `count` incidents, in screen pixels at symbol scale 1.
double bubbleRadius(int count);

/// The bubbles of the clusters in view (every world copy on screen), laid
/// out so that no two overlap: clusters are taken largest first, and one
/// whose bubble would touch a bubble already placed (less than `gap` pixels
/// apart, radii at the viewport's symbol scale) is merged into it, the merged
/// bubble growing and moving to the weighted mean, until it touches none.
/// Counts are conserved: every cluster in view is in exactly one bubble.
std::vector<ClusterBubble> layoutBubbles(const PointClusters& clusters, const MapViewport& viewport, double gap = 2);

} // namespace waymark::map
