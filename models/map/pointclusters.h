#pragma once

#include <QRectF>

#include <array>
#include <memory>
#include <mutex>
#include <vector>

namespace waymark::analysis {
class IncidentSnapshot;
}

namespace waymark::map {

/// One quadtree cell's incidents at a level: where to draw its bubble and
/// what it holds.
struct PointCluster {
    quint64 cell = 0; ///< the top 2·level bits of the Morton code
    double x = 0; ///< mean position, world units
    double y = 0;
    QRectF bounds; ///< of its incidents, world units
    int count = 0;
    int selected = 0;
    int untyped = 0; ///< incidents with no exploitation type recorded
    qint64 victims = 0;
    quint32 first = 0; ///< range [first, last) into PointClusters::members()
    quint32 last = 0;
    std::array<int, 9> byType {}; ///< incidents per exploitation type (taxonomy bit order)
};

/// Point clustering by zoom over a snapshot's located incidents. The
/// snapshot keeps points in Morton order, so each quadtree cell at any level
/// is one contiguous run and a level is one linear pass, computed on first
/// use and cached. Every incident belongs to exactly one cluster at every
/// level, so counts are conserved. Thread-safe for reading.
class PointClusters {
public:
    /// `members`: indices of the visible located incidents, ascending (so in
    /// Morton order); `selected`: indices selected, ascending.
    PointClusters(std::shared_ptr<const analysis::IncidentSnapshot> snapshot, std::vector<quint32> members,
        std::vector<quint32> selected = {});

    static constexpr int maxLevel = 28;
    /// The level whose cells are about `cellPixels` wide at a zoom.
    static int levelForZoom(double zoom, double cellPixels = 64);

    const std::vector<PointCluster>& level(int level) const;
    /// Clusters of a level whose bubbles fall inside a world rectangle.
    std::vector<const PointCluster*> query(int level, const QRectF& world) const;

    const std::vector<quint32>& members() const { return m_members; }
    const std::vector<quint32>& selected() const { return m_selected; }
    const analysis::IncidentSnapshot& snapshot() const { return *m_snapshot; }
    /// Incident ids of a cluster, ascending.
    std::vector<qint64> incidentIds(const PointCluster& cluster) const;
    /// Incident ids of several clusters (a merged bubble's parts), ascending.
    std::vector<qint64> incidentIds(const std::vector<const PointCluster*>& clusters) const;

private:
    std::shared_ptr<const analysis::IncidentSnapshot> m_snapshot;
    std::vector<quint32> m_members;
    std::vector<quint32> m_selected;
    std::vector<quint8> m_isSelected;
    mutable std::mutex m_mutex;
    mutable std::array<std::unique_ptr<std::vector<PointCluster>>, maxLevel + 1> m_levels;
};

} // namespace waymark::map
