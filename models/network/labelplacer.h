#pragma once

#include <QPointF>
#include <QRectF>
#include <QSizeF>

#include <optional>
#include <unordered_map>
#include <vector>

namespace waymark::network {

/// Places the names of a chart's entities so that no two overlap, greedily:
/// the caller offers labels most important first (selected, on a path,
/// then by degree or size), each tries eight places around its entity
/// (right, left, below, above, then the corners), and takes the first that
/// is clear of the labels already placed and of the entities' discs. A
/// label with no clear place is left out, so the most important ones are
/// always the ones that show. Pixel coordinates; a grid keeps each test
/// to the neighbourhood, so thousands of labels take a millisecond.
class LabelPlacer {
public:
    explicit LabelPlacer(const QRectF& bounds, double cell = 64);

    /// A disc labels keep clear of (an entity).
    void addDisc(const QPointF& centre, double radius);
    /// Finds a place for a label of `size` next to the disc at `centre`
    /// and takes it; nothing when every place is taken or off the bounds.
    std::optional<QRectF> place(const QPointF& centre, double radius, const QSizeF& size);
    /// Takes an exact place (e.g. a link's label at its middle) if it is clear.
    bool placeAt(const QRectF& rect);
    /// Keeps labels out of a rectangle (e.g. the legend), whatever is under it.
    void reserve(const QRectF& rect) { occupy(rect); }
    /// Whether the rectangle overlaps no label placed and no disc.
    bool isClear(const QRectF& rect) const;
    const std::vector<QRectF>& placed() const { return m_labels; }

private:
    template <typename F> void forCells(const QRectF& r, F&& f) const;
    void occupy(const QRectF& rect);
    static quint64 cellKey(int x, int y) { return (quint64(quint32(x)) << 32) | quint32(y); }

    QRectF m_bounds;
    double m_cell;
    std::vector<QRectF> m_labels;
    struct Disc {
        QPointF centre;
        double radius;
    };
    std::vector<Disc> m_discs;
    std::unordered_map<quint64, std::vector<int>> m_labelCells; ///< label indices by cell
    std::unordered_map<quint64, std::vector<int>> m_discCells; ///< disc indices by cell
};

} // namespace waymark::network
