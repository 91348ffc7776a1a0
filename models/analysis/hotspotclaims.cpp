#include "hotspotclaims.h"

#include "analysis/incidentsnapshot.h"
#include "geo/geogrid.h"
#include "geo/kerneldensity.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace waymark::analysis {

namespace {

using Located = IncidentSnapshot::Located;

bool contained(const IncidentSnapshot& s, size_t i, qint64 from, qint64 to)
{
    return s.dayFrom[i] != IncidentSnapshot::noDay && s.dayFrom[i] >= from && s.dayTo[i] <= to;
}

bool overlaps(const IncidentSnapshot& s, size_t i, qint64 from, qint64 to)
{
    return s.dayFrom[i] != IncidentSnapshot::noDay && s.dayTo[i] >= from && s.dayFrom[i] <= to;
}

qint32 sourceOf(const IncidentSnapshot& s, size_t i)
{
    return i < s.source.size() ? s.source[i] : -1;
}

QString dayText(qint64 julian)
{
    return QDate::fromJulianDay(julian).toString(Qt::ISODate);
}

struct PerSource {
    qint64 earlier = 0, later = 0;
};
/// The comparable points of one cell, by source, and their countries.
struct CellTally {
    QHash<qint32, PerSource> bySource;
    qint64 coarse = 0;
    QHash<qint32, qint64> countries; ///< later-period points by country
    qint64 later = 0; ///< later-period points
    double sumLon = 0, sumLat = 0; ///< of the later-period points
};
/// Records of one source in one country, by period and precision.
struct RegionTally {
    qint64 earlierRecords = 0, earlierPoints = 0, laterRecords = 0, laterPoints = 0;
};

} // namespace

QString HotspotPeriods::text() const
{
    if (whole)
        return QCoreApplication::translate("HotspotClaims", "all dates");
    if (!comparison)
        return QStringLiteral("%1 – %2").arg(dayText(laterFrom), dayText(laterTo));
    return QCoreApplication::translate("HotspotClaims", "%1 – %2 against %3 – %4")
        .arg(dayText(laterFrom), dayText(laterTo), dayText(earlierFrom), dayText(earlierTo));
}

QString HotspotPeriods::laterText() const
{
    return QStringLiteral("%1 – %2").arg(dayText(laterFrom), dayText(laterTo));
}

QString HotspotPeriods::earlierText() const
{
    return QStringLiteral("%1 – %2").arg(dayText(earlierFrom), dayText(earlierTo));
}

QString HotspotFinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Hotspot:
        return QCoreApplication::translate("HotspotClaims", "Hotspot");
    case Kind::Emerging:
        return QCoreApplication::translate("HotspotClaims", "Emerging hotspot");
    case Kind::ReportingConcentration:
        return QCoreApplication::translate("HotspotClaims", "Reporting concentration (one source)");
    case Kind::CoverageChanged:
        return QCoreApplication::translate("HotspotClaims", "Coverage changed, not emerging");
    case Kind::TooFew:
        return QCoreApplication::translate("HotspotClaims", "Too few incidents or within chance");
    case Kind::CoarseDates:
        return QCoreApplication::translate("HotspotClaims", "Dates too coarse");
    }
    return {};
}

std::optional<HotspotPeriods> HotspotClaims::periodsFor(
    const IncidentSnapshot& s, std::optional<qint64> from, std::optional<qint64> to, bool emerging)
{
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    qint64 pointLo = lo, pointHi = hi;
    for (size_t i = 0; i < s.size(); ++i) {
        if (s.dayFrom[i] == IncidentSnapshot::noDay)
            continue;
        lo = std::min<qint64>(lo, s.dayFrom[i]);
        hi = std::max<qint64>(hi, s.dayTo[i]);
        if (s.located[i] == Located::Point) {
            pointLo = std::min<qint64>(pointLo, s.dayFrom[i]);
            pointHi = std::max<qint64>(pointHi, s.dayTo[i]);
        }
    }
    HotspotPeriods p;
    if (!emerging) {
        p.whole = !from && !to;
        if (lo > hi && !p.whole)
            return std::nullopt;
        p.laterFrom = from.value_or(lo);
        p.laterTo = to.value_or(hi);
        return p;
    }
    // Comparable records are those located to a point: the periods split
    // their span, not the span of records that cannot enter the comparison.
    if (pointLo > pointHi)
        return std::nullopt;
    p.comparison = true;
    p.laterFrom = from.value_or(pointLo);
    p.laterTo = to.value_or(pointHi);
    if (!from && !to)
        p.laterFrom = pointLo + (pointHi - pointLo + 1) / 2;
    if (p.laterTo < p.laterFrom)
        return std::nullopt;
    const qint64 length = p.laterTo - p.laterFrom + 1;
    p.earlierFrom = p.laterFrom - length;
    p.earlierTo = p.laterFrom - 1;
    return p;
}

Result<HotspotClaims::Output> HotspotClaims::compute(
    const IncidentSnapshot& s, const HotspotPeriods& periods, const Options& o, Feedback& feedback)
{
    Output out;
    out.periods = periods;
    std::vector<float> allLon(s.lon.begin(), s.lon.begin() + qsizetype(s.pointCount));
    std::vector<float> allLat(s.lat.begin(), s.lat.begin() + qsizetype(s.pointCount));
    const auto box = geo::KernelDensity::paddedBounds(geo::GeoPointsF(allLon, allLat), o.bandKm);
    if (!box)
        return out;
    auto grid = geo::GeoGrid::covering(*box, o.cellKm);
    if (!grid)
        return grid.error();
    out.cellsTested = grid->cellCount();

    std::vector<quint32> later, earlier;
    QHash<qint64, CellTally> cells;
    for (size_t i = 0; i < s.pointCount; ++i) {
        const qint64 c = grid->cellOf(s.lon[i], s.lat[i]);
        if (c < 0)
            continue;
        if (periods.whole || contained(s, i, periods.laterFrom, periods.laterTo)) {
            later.push_back(quint32(i));
            CellTally& t = cells[c];
            ++t.bySource[sourceOf(s, i)].later;
            if (s.country[i] >= 0)
                ++t.countries[s.country[i]];
            ++t.later;
            t.sumLon += s.lon[i];
            t.sumLat += s.lat[i];
        } else if (overlaps(s, i, periods.laterFrom, periods.laterTo)) {
            ++cells[c].coarse;
        } else if (periods.comparison && contained(s, i, periods.earlierFrom, periods.earlierTo)) {
            earlier.push_back(quint32(i));
            ++cells[c].bySource[sourceOf(s, i)].earlier;
        }
    }
    auto gi = [&](const std::vector<quint32>& members) {
        std::vector<float> lon, lat, weight;
        for (quint32 i : members) {
            lon.push_back(s.lon[i]);
            lat.push_back(s.lat[i]);
            if (o.byVictims)
                weight.push_back(float(s.victims[i]));
        }
        return geo::GetisOrd::compute(grid->counts(geo::GeoPointsF(lon, lat, weight)), o.bandKm, feedback);
    };
    auto b = gi(later);
    if (!b)
        return b.error();
    out.later = std::move(b.value());
    geo::GetisOrd::applyFdr(out.later);
    if (periods.comparison) {
        auto a = gi(earlier);
        if (!a)
            return a.error();
        out.earlier = std::move(a.value());
        geo::GetisOrd::applyFdr(out.earlier);
        auto trends = geo::GetisOrd::emerging(out.earlier, out.later);
        if (!trends)
            return trends.error();
        out.trends = std::move(trends.value());
    }
    const qint64 significantAfter = std::count_if(
        out.later.confidence.begin(), out.later.confidence.end(), [](qint8 c) { return std::abs(c) >= 2; });

    // Every record of the periods, any precision, by country and source: the
    // coverage check compares like with like in the area's countries.
    QHash<qint32, QHash<qint32, RegionTally>> region;
    if (periods.comparison) {
        for (size_t i = 0; i < s.size(); ++i) {
            if (s.country[i] < 0)
                continue;
            const bool point = s.located[i] == Located::Point;
            if (contained(s, i, periods.laterFrom, periods.laterTo)) {
                RegionTally& t = region[s.country[i]][sourceOf(s, i)];
                ++t.laterRecords;
                t.laterPoints += point;
            } else if (contained(s, i, periods.earlierFrom, periods.earlierTo)) {
                RegionTally& t = region[s.country[i]][sourceOf(s, i)];
                ++t.earlierRecords;
                t.earlierPoints += point;
            }
        }
    }

    const int maxDr = int(std::floor(o.bandKm / grid->cellHeightKm() + 1e-9));
    for (qint64 c = 0; c < grid->cellCount(); ++c) {
        const geo::Trend trend = periods.comparison ? out.trends[size_t(c)] : geo::Trend::None;
        const bool candidate = periods.comparison ? (trend == geo::Trend::NewHot || trend == geo::Trend::Intensifying)
                                                  : out.later.confidence[size_t(c)] >= 2;
        if (!candidate)
            continue;
        const int col = int(c % grid->cols), row = int(c / grid->cols);
        HotspotFinding f;
        f.cell = c;
        f.lon = grid->centreLon(col);
        f.lat = grid->centreLat(row);
        f.z = out.later.z.values[size_t(c)];
        f.trend = trend;
        // The band around the cell, as Gi* weighs it.
        QHash<qint32, PerSource> bySource;
        QSet<qint32> countries;
        qint64 coarse = 0;
        // The busiest cell of the band (nearest the candidate on a tie):
        // where the finding's incidents are.
        const CellTally* busiest = nullptr;
        double busiestDistance = 0;
        const double kmPerLon = std::cos(f.lat * M_PI / 180) * geo::GeoGrid::kKmPerDegree * grid->cellLon;
        const int maxDc = kmPerLon > 0 ? std::min(grid->cols, int(std::floor(o.bandKm / kmPerLon + 1e-9))) : grid->cols;
        for (int dr = -maxDr; dr <= maxDr; ++dr) {
            const int r = row + dr;
            if (r < 0 || r >= grid->rows)
                continue;
            for (int dc = -maxDc; dc <= maxDc; ++dc) {
                const int k = col + dc;
                if (k < 0 || k >= grid->cols)
                    continue;
                const double dx = dc * kmPerLon, dy = dr * grid->cellHeightKm();
                if (dx * dx + dy * dy > o.bandKm * o.bandKm * (1 + 1e-9))
                    continue;
                auto it = cells.constFind(qint64(r) * grid->cols + k);
                if (it == cells.cend())
                    continue;
                for (auto sit = it->bySource.cbegin(); sit != it->bySource.cend(); ++sit) {
                    bySource[sit.key()].earlier += sit->earlier;
                    bySource[sit.key()].later += sit->later;
                }
                coarse += it->coarse;
                for (auto cit = it->countries.cbegin(); cit != it->countries.cend(); ++cit)
                    countries.insert(cit.key());
                const double distance = dx * dx + dy * dy;
                if (it->later > 0
                    && (!busiest || it->later > busiest->later
                        || (it->later == busiest->later && distance < busiestDistance))) {
                    busiest = &*it;
                    busiestDistance = distance;
                }
            }
        }
        f.placeLon = f.lon;
        f.placeLat = f.lat;
        if (busiest) {
            f.placeLon = busiest->sumLon / double(busiest->later);
            f.placeLat = busiest->sumLat / double(busiest->later);
            qint64 most = 0;
            for (auto cit = busiest->countries.cbegin(); cit != busiest->countries.cend(); ++cit) {
                if (cit.value() > most || (cit.value() == most && cit.key() < f.placeCountry)) {
                    most = cit.value();
                    f.placeCountry = cit.key();
                }
            }
        }
        qint64 laterN = 0, earlierN = 0;
        QList<QPair<QString, qint64>> laterBySource;
        for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
            laterN += it->later;
            earlierN += it->earlier;
            if (it->later > 0)
                laterBySource.append({ s.sourceNames.value(it.key(), QString::number(it.key())), it->later });
        }
        f.later = laterN;
        f.earlier = earlierN;
        if (periods.comparison) {
            QStringList names;
            QHash<qint32, SourceCoverage> cov;
            for (qint32 country : countries) {
                names << s.places.value(country).name;
                const auto& bySrc = region.value(country);
                for (auto it = bySrc.cbegin(); it != bySrc.cend(); ++it) {
                    SourceCoverage& sc = cov[it.key()];
                    sc.earlierRecords += it->earlierRecords;
                    sc.earlierPoints += it->earlierPoints;
                    sc.laterRecords += it->laterRecords;
                    sc.laterPoints += it->laterPoints;
                }
            }
            names.sort();
            std::vector<SourceCoverage> list;
            for (auto it = cov.begin(); it != cov.end(); ++it) {
                it->source = s.sourceNames.value(it.key(), QString::number(it.key()));
                it->laterInArea = bySource.value(it.key()).later;
                it->earlierInArea = bySource.value(it.key()).earlier;
                list.push_back(*it);
            }
            std::sort(list.begin(), list.end(),
                [](const SourceCoverage& x, const SourceCoverage& y) { return x.source < y.source; });
            qint64 compEarlier = 0, compLater = 0;
            f.checks.add(ClaimCheck::coverage(list, names.join(QStringLiteral(", ")), &compEarlier, &compLater));
            f.checks.add(
                ClaimCheck::relativeRise(compLater, compEarlier, qint64(later.size()), qint64(earlier.size())));
            // The comparable counts are the claim's; when coverage refuses
            // the comparison, the counts said are all the records here.
            if (f.checks.results.front().outcome != CheckOutcome::Refuse) {
                f.later = compLater;
                f.earlier = compEarlier;
            }
        } else {
            f.checks.add(ClaimCheck::smallNumbers(laterN, periods.whole ? 0 : periods.laterDays()));
        }
        f.checks.add(ClaimCheck::sourceConcentration(laterBySource));
        if (!periods.whole)
            f.checks.add(ClaimCheck::datePrecision(
                laterN, coarse, QCoreApplication::translate("HotspotClaims", "period compared")));
        f.checks.add(ClaimCheck::multipleTesting(
            out.cellsTested, out.later.significantBeforeFdr, significantAfter, out.later.fdr, true));

        auto refused = [&](const char* check) {
            for (const CheckResult& r : f.checks.results) {
                if (r.check == QLatin1String(check) && r.outcome == CheckOutcome::Refuse)
                    return true;
            }
            return false;
        };
        using Kind = HotspotFinding::Kind;
        f.kind = refused("source_concentration") ? Kind::ReportingConcentration
            : refused("coverage")                ? Kind::CoverageChanged
            : refused("small_numbers")           ? Kind::TooFew
            : refused("date_precision")          ? Kind::CoarseDates
            : periods.comparison                 ? Kind::Emerging
                                                 : Kind::Hotspot;
        out.findings.push_back(std::move(f));
    }
    std::stable_sort(out.findings.begin(), out.findings.end(),
        [](const HotspotFinding& x, const HotspotFinding& y) { return x.z > y.z; });
    return out;
}

std::vector<quint32> HotspotClaims::incidentsNear(
    const IncidentSnapshot& s, const HotspotPeriods& periods, double lon, double lat, double bandKm)
{
    std::vector<quint32> out;
    for (size_t i = 0; i < s.pointCount; ++i) {
        if (!periods.whole && !contained(s, i, periods.laterFrom, periods.laterTo))
            continue;
        const double dx = (s.lon[i] - lon) * std::cos(lat * M_PI / 180) * geo::GeoGrid::kKmPerDegree;
        const double dy = (s.lat[i] - lat) * geo::GeoGrid::kKmPerDegree;
        if (dx * dx + dy * dy <= bandKm * bandKm)
            out.push_back(quint32(i));
    }
    return out;
}

QString HotspotClaims::nearestPlace(const IncidentSnapshot& s, double lon, double lat, double withinKm, qint32 country)
{
    // Within the distance, in degrees of latitude squared (as the search compares).
    const double within = withinKm / geo::GeoGrid::kKmPerDegree;
    double best = within * within;
    QString name;
    for (auto it = s.places.cbegin(); it != s.places.cend(); ++it) {
        const PlaceInfo& p = it.value();
        if (!p.isCity || std::isnan(p.lon) || std::isnan(p.lat))
            continue;
        const double dx = (p.lon - lon) * std::cos(lat * M_PI / 180), dy = p.lat - lat;
        const double d = dx * dx + dy * dy;
        if (d <= best) {
            best = d;
            const PlaceInfo cityCountry = s.places.value(p.country);
            name = cityCountry.name.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, cityCountry.name);
        }
    }
    if (!name.isEmpty())
        return name;
    const QString point = QStringLiteral("%1, %2").arg(lat, 0, 'f', 2).arg(lon, 0, 'f', 2);
    const QString countryName = country >= 0 ? s.places.value(country).name : QString();
    return countryName.isEmpty() ? point : QStringLiteral("%1 (%2)").arg(point, countryName);
}

QString HotspotClaims::placeOf(const IncidentSnapshot& s, const HotspotFinding& f, double cellKm)
{
    return nearestPlace(s, f.placeLon, f.placeLat, cellKm, f.placeCountry);
}

} // namespace waymark::analysis
