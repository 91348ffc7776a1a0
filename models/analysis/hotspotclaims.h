#pragma once

#include "analysis/claimchecks.h"
#include "core/feedback.h"
#include "core/result.h"
#include "geo/getisord.h"

#include <QString>

#include <optional>
#include <vector>

namespace waymark::analysis {

class IncidentSnapshot;

/// The two periods an emerging-hotspot comparison sets side by side
/// (Julian days, inclusive), or one period for plain hotspots.
struct HotspotPeriods {
    bool comparison = false;
    qint64 laterFrom = 0, laterTo = 0;
    qint64 earlierFrom = 0, earlierTo = 0;
    bool whole = false; ///< no time window: every record counts, whatever its date
    qint64 laterDays() const { return laterTo - laterFrom + 1; }
    qint64 earlierDays() const { return earlierTo - earlierFrom + 1; }
    /// "2020-07-02 – 2025-12-31 against 2015-01-01 – 2020-07-01".
    QString text() const;
    QString laterText() const;
    QString earlierText() const;
};

/// One significant cell, with the artefact checks its claim passed.
struct HotspotFinding {
    /// What may be said of it, from its checks.
    enum class Kind {
        Hotspot, ///< hot (plain Gi*), checks allow the claim
        Emerging, ///< new or intensifying hotspot, checks allow the claim
        ReportingConcentration, ///< one source makes it up
        CoverageChanged, ///< the comparison is not between comparable records
        TooFew, ///< too few incidents, or a rise within chance
        CoarseDates, ///< records dated too coarsely for the periods
    };
    qint64 cell = -1;
    double lon = 0, lat = 0; ///< the cell's centre
    /// Where the incidents it counts are: the mean point of the later
    /// period's incidents in the busiest cell of its band. Gi* also marks
    /// cells up to the band's width from a cluster (an emerging-hotspot
    /// candidate is often such a cell on the cluster's edge), so the cell's
    /// centre may be 100 km from any incident; a finding is named by this.
    double placeLon = 0, placeLat = 0;
    qint32 placeCountry = -1; ///< the country most of that cell's incidents are in, or -1
    float z = 0;
    geo::Trend trend = geo::Trend::None;
    qint64 later = 0; ///< comparable incidents within the band, the (later) period
    qint64 earlier = 0; ///< comparable incidents within the band, the earlier period
    Kind kind = Kind::Hotspot;
    ClaimChecks checks;

    bool claimable() const { return kind == Kind::Hotspot || kind == Kind::Emerging; }
    /// "Emerging hotspot", "Reporting concentration", …
    static QString kindName(Kind kind);
};

/// Getis-Ord Gi* hotspots and emerging hotspots with the artefact checks
/// (claimchecks.h) run on every significant cell: the one piece of code the
/// map's hotspot layers and the starter draft both use, so the map never
/// shows as emerging what the draft refuses to call so.
///
/// Only comparable records enter: located to a point, and dated within one
/// period (an incident known only to a year that spans the edge is left out
/// and counted against date precision). Gi* is corrected with the
/// Benjamini–Hochberg false discovery rate over every cell. Each hot (or new
/// and intensifying) cell is then checked: coverage stratified by source
/// and the area's countries, small numbers with intervals, source
/// concentration, date precision and multiple testing.
class HotspotClaims {
public:
    struct Options {
        double cellKm = 50;
        double bandKm = 150;
        bool emerging = false;
        bool byVictims = false; ///< weight the Gi* counts by victims
    };
    struct Output {
        geo::GiStarSurface later;
        geo::GiStarSurface earlier; ///< emerging only
        std::vector<geo::Trend> trends; ///< emerging only, per cell
        std::vector<HotspotFinding> findings; ///< hot (emerging: new or intensifying) cells, highest z first
        HotspotPeriods periods;
        qint64 cellsTested = 0;
    };

    /// The periods for a time window: the window against the same length
    /// before it; with no window, the span of the records located to a point
    /// (the comparable ones) halved. nullopt when there is nothing dated.
    static std::optional<HotspotPeriods> periodsFor(
        const IncidentSnapshot& s, std::optional<qint64> from, std::optional<qint64> to, bool emerging);

    static Result<Output> compute(
        const IncidentSnapshot& s, const HotspotPeriods& periods, const Options& options, Feedback& feedback);

    /// The located incidents of the (later) period within the band of a point.
    static std::vector<quint32> incidentsNear(
        const IncidentSnapshot& s, const HotspotPeriods& periods, double lon, double lat, double bandKm);
    /// The nearest city within `withinKm` ("Birmingham (United Kingdom)"),
    /// else the coordinates, with the country when one is given
    /// ("51.48, -0.10 (United Kingdom)").
    static QString nearestPlace(
        const IncidentSnapshot& s, double lon, double lat, double withinKm, qint32 country = -1);
    /// A finding named by where its incidents are (placeLon, placeLat), a
    /// city within one cell of it or its coordinates.
    static QString placeOf(const IncidentSnapshot& s, const HotspotFinding& f, double cellKm);
};

} // namespace waymark::analysis
