#pragma once

#include "analysis/filter.h"
#include "core/feedback.h"
#include "core/result.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::analysis {

/// One place of the workspace's gazetteer, as the map needs it.
struct PlaceInfo {
    bool isCity = false;
    QString iso2;
    QString iso3;
    QString name;
    qint32 country = -1; ///< the country's place id (itself for a country)
    double lon = 0;
    double lat = 0;
};

/// The incidents under a filter's non-time conditions, as an immutable struct
/// of arrays the map, the charts and the timeline draw from. Incidents with a
/// point location (their own coordinates or their city's) come first, sorted
/// by the Morton code of their Web Mercator position, so every quadtree cell
/// is one contiguous run; then those located only to a country; then those
/// with no place at all. The time window is applied in memory (`inWindow`),
/// so playing time forward needs no query.
class IncidentSnapshot {
public:
    enum class Located : quint8 { Point, CountryOnly, Nowhere };
    struct Leg {
        quint32 incident; ///< index into the arrays
        qint32 from; ///< place id
        qint32 to;
    };
    static constexpr qint32 noDay = std::numeric_limits<qint32>::min();

    std::vector<qint64> ids;
    std::vector<double> x; ///< Web Mercator world units; NaN unless Located::Point
    std::vector<double> y;
    std::vector<float> lon; ///< degrees; NaN unless Located::Point (for hotspot grids)
    std::vector<float> lat;
    std::vector<quint64> morton; ///< 32 bits per axis interleaved; max for unlocated
    std::vector<qint32> dayFrom; ///< Julian day, noDay when undated
    std::vector<qint32> dayTo;
    std::vector<quint32> exploitation; ///< Taxonomy bits
    std::vector<qint32> victims;
    std::vector<qint32> country; ///< country of exploitation (place id) or -1
    std::vector<qint32> place; ///< the incident's own place id (a city or a country) or -1
    std::vector<qint32> origin; ///< place of origin / citizenship or -1
    std::vector<qint32> destination; ///< place of destination or -1
    std::vector<Located> located;
    std::vector<qint32> source; ///< the source (reporting partner) id
    /// The victims' age band and gender as written (Taxonomy codes), each an
    /// index into ageBands / genders; 0 is "" (not recorded). For the
    /// breakdown charts, which then need no query. When the columns hold
    /// more distinct values than a code can number (free text, not codes),
    /// both name lists are empty and every code 0.
    std::vector<quint16> ageBand;
    std::vector<quint16> gender;
    QStringList ageBands { QString() };
    QStringList genders { QString() };
    size_t pointCount = 0; ///< indices [0, pointCount) have a point location
    size_t countryOnlyCount = 0;
    std::vector<Leg> legs; ///< route legs, by incident index then sequence
    QHash<qint32, PlaceInfo> places;
    QHash<qint32, QString> sourceNames; ///< source id → name
    QHash<qint32, QString> sourceKinds; ///< source id → kind code
    QHash<qint32, QString> sourceGrades; ///< source id → grade, "" when ungraded
    Filter filter; ///< the filter it was loaded for (its time window is not applied)
    QString dataDate; ///< the newest extract's export (or import) time, ISO 8601

    size_t size() const { return ids.size(); }
    bool inWindow(size_t i, std::optional<qint64> from, std::optional<qint64> to) const;
    /// Indices (ascending) of the incidents inside a time window.
    std::vector<quint32> indicesInWindow(std::optional<qint64> from, std::optional<qint64> to) const;
    /// Indices of incident ids (sorted ascending) that are in the snapshot.
    std::vector<quint32> indicesOf(const std::vector<qint64>& sortedIds) const;
    /// The country place id of a place (a city's country, a country itself), or -1.
    qint32 countryOf(qint32 place) const;

    /// Places as dense arrays by id, for passes over every incident (a
    /// QHash lookup and a PlaceInfo copy per incident were most of a
    /// choropleth's or a route count's time at a million incidents).
    struct PlaceTable {
        std::vector<qint32> countries; ///< [place + 1]: the country place id, -1 when unknown
        std::vector<quint8> placedCities; ///< [place + 1]: 1 for a city with a position
        /// The country of a place id (-1 and unknown ids: -1).
        qint32 countryOf(qint32 place) const
        {
            return place >= -1 && size_t(place) + 1 < countries.size() ? countries[size_t(place) + 1] : -1;
        }
        bool isPlacedCity(qint32 place) const
        {
            return place >= 0 && size_t(place) + 1 < placedCities.size() && placedCities[size_t(place) + 1];
        }
    };
    /// Built from `places` on each call (microseconds: places are few).
    PlaceTable placeTable() const;

    static quint64 mortonCode(double x, double y);

    /// Reads the incidents matching `filter` (its time window ignored).
    /// Runs on any thread with that thread's own connection.
    static Result<std::shared_ptr<const IncidentSnapshot>> load(
        store::Workspace& workspace, const Filter& filter, Feedback& feedback);
    /// The small tables every snapshot carries: places, source names, data date.
    static Status loadMeta(store::Workspace& workspace, IncidentSnapshot& snapshot);
    /// The incidents and legs of `snapshot->filter` into a snapshot whose meta is loaded.
    static Result<std::shared_ptr<const IncidentSnapshot>> loadIncidents(
        store::Workspace& workspace, std::shared_ptr<IncidentSnapshot> snapshot, Feedback& feedback);

private:
    mutable std::vector<quint32> m_byId; ///< indices sorted by id, built on first use
};

} // namespace waymark::analysis
