#pragma once

#include "geo/geometry.h"

#include <QPainterPath>

#include <array>
#include <memory>
#include <mutex>
#include <vector>

namespace waymark::map {

/// A vector layer's features as QPainterPaths in Web Mercator world units,
/// simplified for each zoom level (Douglas–Peucker to half a pixel), built
/// on first use or ahead of time by warm() on a worker. Thread-safe (no
/// level is built under the lock); shared
/// between every renderer drawing the same layer, so the built-in world is
/// simplified once per process.
class VectorPaths {
public:
    /// Deeper zooms draw level maxLevel: the built-in world is generalised
    /// to about a kilometre, finer than a pixel there.
    static constexpr int maxLevel = 10;

    explicit VectorPaths(std::shared_ptr<const geo::VectorLayer> layer);
    const geo::VectorLayer& layer() const { return *m_layer; }

    /// Paths of every feature (same order as the layer) for a zoom level.
    const std::vector<QPainterPath>& level(int level) const;
    /// The level to draw at a fractional zoom.
    static int levelFor(double zoom);
    /// Builds levels 0 … upTo now (call on a worker thread).
    void warm(int upTo = maxLevel) const;

private:
    std::shared_ptr<const geo::VectorLayer> m_layer;
    mutable std::mutex m_mutex;
    mutable std::array<std::unique_ptr<std::vector<QPainterPath>>, maxLevel + 1> m_levels;
};

} // namespace waymark::map
