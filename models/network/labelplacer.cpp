#include "labelplacer.h"

#include <algorithm>
#include <cmath>

namespace waymark::network {

LabelPlacer::LabelPlacer(const QRectF& bounds, double cell)
    : m_bounds(bounds)
    , m_cell(std::max(8.0, cell))
{
}

template <typename F> void LabelPlacer::forCells(const QRectF& r, F&& f) const
{
    const int x0 = int(std::floor(r.left() / m_cell)), x1 = int(std::floor(r.right() / m_cell));
    const int y0 = int(std::floor(r.top() / m_cell)), y1 = int(std::floor(r.bottom() / m_cell));
    for (int x = x0; x <= x1; ++x) {
        for (int y = y0; y <= y1; ++y) {
            if (!f(cellKey(x, y)))
                return;
        }
    }
}

void LabelPlacer::addDisc(const QPointF& centre, double radius)
{
    const int index = int(m_discs.size());
    m_discs.push_back({ centre, radius });
    const QRectF box(centre - QPointF(radius, radius), QSizeF(2 * radius, 2 * radius));
    forCells(box, [&](quint64 key) {
        m_discCells[key].push_back(index);
        return true;
    });
}

bool LabelPlacer::isClear(const QRectF& rect) const
{
    if (!m_bounds.contains(rect))
        return false;
    bool clear = true;
    forCells(rect, [&](quint64 key) {
        if (auto it = m_labelCells.find(key); it != m_labelCells.end()) {
            for (int i : it->second) {
                if (m_labels[size_t(i)].intersects(rect)) {
                    clear = false;
                    return false;
                }
            }
        }
        if (auto it = m_discCells.find(key); it != m_discCells.end()) {
            for (int i : it->second) {
                const Disc& d = m_discs[size_t(i)];
                // The rectangle's nearest point to the centre.
                const double nx = std::clamp(d.centre.x(), rect.left(), rect.right());
                const double ny = std::clamp(d.centre.y(), rect.top(), rect.bottom());
                if (std::hypot(nx - d.centre.x(), ny - d.centre.y()) < d.radius) {
                    clear = false;
                    return false;
                }
            }
        }
        return true;
    });
    return clear;
}

void LabelPlacer::occupy(const QRectF& rect)
{
    const int index = int(m_labels.size());
    m_labels.push_back(rect);
    forCells(rect, [&](quint64 key) {
        m_labelCells[key].push_back(index);
        return true;
    });
}

bool LabelPlacer::placeAt(const QRectF& rect)
{
    if (!isClear(rect))
        return false;
    occupy(rect);
    return true;
}

std::optional<QRectF> LabelPlacer::place(const QPointF& c, double r, const QSizeF& s)
{
    const double gap = 3, w = s.width(), h = s.height();
    const double d = r * 0.7071 + gap; // a corner place touches the disc's diagonal
    const QPointF corners[] = {
        { c.x() + r + gap, c.y() - h / 2 }, // right
        { c.x() - r - gap - w, c.y() - h / 2 }, // left
        { c.x() - w / 2, c.y() + r + 1 }, // below
        { c.x() - w / 2, c.y() - r - 1 - h }, // above
        { c.x() + d, c.y() + d - 2 }, // below right
        { c.x() + d, c.y() - d - h + 2 }, // above right
        { c.x() - d - w, c.y() + d - 2 }, // below left
        { c.x() - d - w, c.y() - d - h + 2 }, // above left
    };
    for (const QPointF& at : corners) {
        const QRectF rect(at, s);
        if (isClear(rect)) {
            occupy(rect);
            return rect;
        }
    }
    return std::nullopt;
}

} // namespace waymark::network
