#pragma once

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace waymark::analysis {
class IncidentSnapshot;
}
namespace waymark::geo {
struct VectorLayer;
}

namespace waymark::map {

class MapViewport;

/// A name the map may show: a country's (in the interface's language) or a
/// city's with incidents.
struct MapLabel {
    enum class Kind { Country, City };
    Kind kind = Kind::City;
    QString text;
    QPointF anchor; ///< world units
    double extent = 0; ///< a country's width in world units (its largest part); 0 for a city
    double priority = 0; ///< larger first: a country's area, a city's incidents
};

/// A name placed on a frame.
struct PlacedLabel {
    MapLabel::Kind kind = MapLabel::Kind::City;
    QString text;
    QRectF rect; ///< screen pixels, the text's box
    QPointF anchor; ///< screen pixels
};

/// Names on the map: country names where a country is wide enough on screen
/// to hold its name, and the names of cities with incidents, placed
/// greedily by priority so that no two boxes overlap each other, a bubble
/// or the frame's edge. A city tries four positions around its point (right,
/// left, above, below); a country sits centred on its gazetteer point.
class MapLabels {
public:
    /// The countries of the built-in world with a gazetteer point, named in
    /// the interface's language (geo::CountryNames) when the list is made.
    static std::vector<MapLabel> countries(const geo::VectorLayer& world);
    /// The cities of `members` (snapshot indices) with their incident counts.
    static std::vector<MapLabel> cities(
        const analysis::IncidentSnapshot& snapshot, const std::vector<quint32>& members);

    /// The zoom from which cities are named.
    static constexpr double cityZoom = 3.0;

    /// The fonts at a symbol scale: a country's and a city's.
    static QFont countryFont(const QFont& base, double symbolScale);
    static QFont cityFont(const QFont& base, double symbolScale);

    /// Places the labels in view. `bubbles`: the bounding squares of the
    /// circles the names keep clear of; a city whose point is inside one is
    /// placed beside that bubble. `keepClear`: rectangles drawn over the map
    /// (the legend, the scale bar, the caption) where no name goes.
    static std::vector<PlacedLabel> place(const std::vector<MapLabel>& countries, const std::vector<MapLabel>& cities,
        const MapViewport& viewport, const QFont& base, const std::vector<QRectF>& bubbles,
        const std::vector<QRectF>& keepClear = {});
};

} // namespace waymark::map
