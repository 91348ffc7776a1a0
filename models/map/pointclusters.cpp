#include "map/pointclusters.h"

#include "analysis/incidentsnapshot.h"

#include <algorithm>
#include <cmath>

namespace waymark::map {

using analysis::IncidentSnapshot;

PointClusters::PointClusters(
    std::shared_ptr<const IncidentSnapshot> snapshot, std::vector<quint32> members, std::vector<quint32> selected)
    : m_snapshot(std::move(snapshot))
    , m_members(std::move(members))
    , m_selected(std::move(selected))
{
    // Only located points cluster; the rest are counted elsewhere.
    const size_t points = m_snapshot->pointCount;
    m_members.erase(std::lower_bound(m_members.begin(), m_members.end(), quint32(points)), m_members.end());
    m_isSelected.assign(points, 0);
    for (quint32 s : m_selected) {
        if (s < points)
            m_isSelected[s] = 1;
    }
}

int PointClusters::levelForZoom(double zoom, double cellPixels)
{
    // A level-L cell spans 256 · 2^zoom / 2^L pixels.
    const int level = int(std::floor(zoom + 8 - std::log2(cellPixels)));
    return std::clamp(level, 0, maxLevel);
}

const std::vector<PointCluster>& PointClusters::level(int level) const
{
    level = std::clamp(level, 0, maxLevel);
    std::lock_guard lock(m_mutex);
    if (m_levels[size_t(level)])
        return *m_levels[size_t(level)];
    auto out = std::make_unique<std::vector<PointCluster>>();
    const IncidentSnapshot& s = *m_snapshot;
    const int shift = 64 - 2 * level;
    PointCluster* c = nullptr;
    for (quint32 k = 0; k < m_members.size(); ++k) {
        const quint32 i = m_members[k];
        const quint64 cell = level == 0 ? 0 : s.morton[i] >> shift;
        if (!c || c->cell != cell) {
            if (c) {
                c->x /= c->count;
                c->y /= c->count;
            }
            out->emplace_back();
            c = &out->back();
            c->cell = cell;
            c->first = k;
            c->bounds = QRectF(s.x[i], s.y[i], 0, 0);
        }
        c->last = k + 1;
        c->x += s.x[i];
        c->y += s.y[i];
        ++c->count;
        c->selected += m_isSelected[i];
        c->victims += s.victims[i];
        const quint32 bits = s.exploitation[i];
        c->untyped += bits == 0;
        for (int b = 0; b < 9; ++b) {
            if (bits & (1u << b))
                ++c->byType[size_t(b)];
        }
        if (s.x[i] < c->bounds.left())
            c->bounds.setLeft(s.x[i]);
        if (s.x[i] > c->bounds.right())
            c->bounds.setRight(s.x[i]);
        if (s.y[i] < c->bounds.top())
            c->bounds.setTop(s.y[i]);
        if (s.y[i] > c->bounds.bottom())
            c->bounds.setBottom(s.y[i]);
    }
    if (c) {
        c->x /= c->count;
        c->y /= c->count;
    }
    m_levels[size_t(level)] = std::move(out);
    return *m_levels[size_t(level)];
}

std::vector<const PointCluster*> PointClusters::query(int lvl, const QRectF& world) const
{
    std::vector<const PointCluster*> out;
    for (const PointCluster& c : level(lvl)) {
        if (c.x >= world.left() && c.x <= world.right() && c.y >= world.top() && c.y <= world.bottom())
            out.push_back(&c);
    }
    return out;
}

std::vector<qint64> PointClusters::incidentIds(const PointCluster& cluster) const
{
    std::vector<qint64> ids;
    ids.reserve(cluster.count);
    for (quint32 k = cluster.first; k < cluster.last; ++k)
        ids.push_back(m_snapshot->ids[m_members[k]]);
    std::sort(ids.begin(), ids.end());
    return ids;
}

std::vector<qint64> PointClusters::incidentIds(const std::vector<const PointCluster*>& clusters) const
{
    std::vector<qint64> ids;
    for (const PointCluster* c : clusters) {
        for (quint32 k = c->first; k < c->last; ++k)
            ids.push_back(m_snapshot->ids[m_members[k]]);
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return ids;
}

} // namespace waymark::map
