#include "map/routevolume.h"

#include "analysis/incidentsnapshot.h"
#include "geo/gazetteer.h"
#include "map/routeflows.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace waymark::map {

using analysis::IncidentSnapshot;
using analysis::TimeBins;

namespace {
/// The country place id a route side names: ISO2, ISO3, a gazetteer name or
/// variant (English), or the name shown in the interface language, any case.
qint32 countryNamed(const IncidentSnapshot& s, const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return -1;
    const geo::Gazetteer& gazetteer = geo::Gazetteer::instance();
    if (const int known = gazetteer.find(t); known >= 0) {
        const QString iso3 = gazetteer.countries().at(known).alpha3;
        for (auto it = s.places.cbegin(); it != s.places.cend(); ++it)
            if (!it->isCity && it->iso3 == iso3)
                return it.key();
    }
    for (auto it = s.places.cbegin(); it != s.places.cend(); ++it) {
        if (it->isCity)
            continue;
        if (t.compare(it->iso3, Qt::CaseInsensitive) == 0 || t.compare(it->iso2, Qt::CaseInsensitive) == 0
            || t.compare(it->name, Qt::CaseInsensitive) == 0)
            return it.key();
    }
    return -1;
}

QString unitWord(TimeBins::Unit unit)
{
    switch (unit) {
    case TimeBins::Unit::Day:
        return QCoreApplication::translate("RouteVolume", "day");
    case TimeBins::Unit::Week:
        return QCoreApplication::translate("RouteVolume", "week");
    case TimeBins::Unit::Month:
        return QCoreApplication::translate("RouteVolume", "month");
    case TimeBins::Unit::Year:
        break;
    }
    return QCoreApplication::translate("RouteVolume", "year");
}
} // namespace

QString RouteVolume::Route::key() const
{
    return fromName + QLatin1Char('>') + toName;
}

int RouteVolume::total(int bin) const
{
    int n = 0;
    for (const auto& c : counts)
        n += c[size_t(bin)];
    return n;
}

int RouteVolume::plotted() const
{
    int n = 0;
    for (int b = 0; b < binCount(); ++b)
        n += total(b);
    return n;
}

QString RouteVolume::title() const
{
    return QCoreApplication::translate("RouteVolume", "Incidents on %1 \u2192 %2 per %3")
        .arg(route.fromName, route.toName, unitWord(unit));
}

QString RouteVolume::notPlottedText() const
{
    QStringList parts;
    if (coarser > 0)
        parts << QCoreApplication::translate("RouteVolume", "%n dated too coarsely for a %1", nullptr, coarser)
                     .arg(unitWord(unit));
    if (undated > 0)
        parts << QCoreApplication::translate("RouteVolume", "%n undated or out of range", nullptr, undated);
    if (parts.isEmpty())
        return {};
    return QCoreApplication::translate("RouteVolume", "Not in the bars: %1.")
        .arg(parts.join(QCoreApplication::translate("RouteVolume", " and ")));
}

Result<RouteVolume::Route> RouteVolume::parseRoute(const IncidentSnapshot& s, const QString& key)
{
    QString text = key;
    text.replace(QChar(0x2192), QLatin1Char('>')); // an arrow as the map writes it
    const QStringList sides = text.split(QLatin1Char('>'));
    if (sides.size() != 2 || sides[0].trimmed().isEmpty() || sides[1].trimmed().isEmpty())
        return Error(QCoreApplication::translate("RouteVolume",
            "The route \u201c%1\u201d cannot be read: write it ORIGIN>DEST with two countries, e.g. "
            "\u201cNigeria>Italy\u201d or \u201cNGA>ITA\u201d.")
                         .arg(key));
    Route r;
    r.from = countryNamed(s, sides[0]);
    r.to = countryNamed(s, sides[1]);
    for (const auto& [id, side] : { std::pair { r.from, sides[0] }, std::pair { r.to, sides[1] } })
        if (id < 0)
            return Error(QCoreApplication::translate(
                "RouteVolume", "\u201c%1\u201d in the route \u201c%2\u201d is not a country of this workspace.")
                             .arg(side.trimmed(), key));
    if (r.from == r.to)
        return Error(QCoreApplication::translate(
            "RouteVolume", "The route \u201c%1\u201d starts and ends in the same country: it is not a route.")
                         .arg(key));
    r.fromName = s.places.value(r.from).name;
    r.toName = s.places.value(r.to).name;
    return r;
}

RouteVolume RouteVolume::build(const IncidentSnapshot& s, const Route& route, const std::vector<quint32>& members,
    std::optional<TimeBins::Unit> unit, int maxBins, qint64 today)
{
    const map::RouteFlows flows = map::RouteFlows::build(s, members, map::RouteFlows::Level::Country);
    std::vector<quint32> routeMembers;
    for (const map::RouteFlow& f : flows.flows())
        if (f.from == route.from && f.to == route.to)
            routeMembers = f.members;
    return binned(s, route, std::move(routeMembers), unit, maxBins, today);
}

RouteVolume RouteVolume::binned(const IncidentSnapshot& s, const Route& route, std::vector<quint32> routeMembers,
    std::optional<TimeBins::Unit> unit, int maxBins, qint64 today)
{
    RouteVolume v;
    v.route = route;
    v.counts.assign(TimeBins::categoryCount, {});
    v.members = std::move(routeMembers);
    // The span of the plottable ones picks the bins.
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    auto plottable = [&](quint32 i) {
        return s.dayFrom[i] != IncidentSnapshot::noDay && s.dayFrom[i] >= TimeBins::earliestDay
            && s.dayFrom[i] <= today;
    };
    for (quint32 i : v.members) {
        if (!plottable(i)) {
            ++v.undated;
            continue;
        }
        first = std::min<qint64>(first, s.dayFrom[i]);
        last = std::max<qint64>(last, std::min<qint64>(s.dayTo[i], today));
    }
    if (first > last)
        return v;
    // Months at the finest when left to itself: bins then start on the first
    // of a month (a year's on 1 January), never on a week's Monday.
    TimeBins::Unit chosen = TimeBins::unitFor(last - first + 1, maxBins);
    if (chosen == TimeBins::Unit::Day || chosen == TimeBins::Unit::Week)
        chosen = TimeBins::Unit::Month;
    // Records known only to the year (as CTDC's are) would all fall outside
    // month bins: when most would, count by year instead of drawing nothing.
    if (chosen == TimeBins::Unit::Month) {
        int plottableCount = 0, tooCoarse = 0;
        for (quint32 i : v.members) {
            if (!plottable(i))
                continue;
            ++plottableCount;
            tooCoarse += TimeBins::binFloor(chosen, s.dayFrom[i]) != TimeBins::binFloor(chosen, s.dayTo[i]);
        }
        if (2 * tooCoarse > plottableCount)
            chosen = TimeBins::Unit::Year;
    }
    v.unit = unit.value_or(chosen);
    if (!unit && v.unit != TimeBins::Unit::Year) {
        // The bins span the records that fit one bin: a record known only to
        // its year does not stretch a frame's months back to January.
        qint64 a = std::numeric_limits<qint64>::max(), b = std::numeric_limits<qint64>::min();
        for (quint32 i : v.members) {
            if (plottable(i) && TimeBins::binFloor(v.unit, s.dayFrom[i]) == TimeBins::binFloor(v.unit, s.dayTo[i])) {
                a = std::min<qint64>(a, s.dayFrom[i]);
                b = std::max<qint64>(b, std::min<qint64>(s.dayTo[i], today));
            }
        }
        if (a <= b) {
            first = a;
            last = b;
        }
    }
    for (qint64 day = TimeBins::binFloor(v.unit, first); day <= last; day = TimeBins::nextBin(v.unit, day))
        v.starts.push_back(day);
    v.starts.push_back(TimeBins::nextBin(v.unit, v.starts.back()));
    for (auto& c : v.counts)
        c.assign(size_t(v.binCount()), 0);
    for (quint32 i : v.members) {
        if (!plottable(i))
            continue;
        const qint64 a = TimeBins::binFloor(v.unit, s.dayFrom[i]);
        if (a != TimeBins::binFloor(v.unit, s.dayTo[i])) {
            ++v.coarser; // a month in week bins, a year in month bins: no invented day
            continue;
        }
        const auto at = std::upper_bound(v.starts.begin(), v.starts.end(), a) - v.starts.begin() - 1;
        ++v.counts[size_t(TimeBins::categoryOf(s.exploitation[i]))][size_t(at)];
    }
    return v;
}

std::vector<RouteVolume::Route> RouteVolume::busiest(
    const IncidentSnapshot& s, const std::vector<quint32>& members, int limit)
{
    return busiest(map::RouteFlows::build(s, members, map::RouteFlows::Level::Country), limit);
}

std::vector<RouteVolume::Route> RouteVolume::busiest(const map::RouteFlows& flows, int limit)
{
    std::vector<Route> out;
    for (const map::RouteFlow& f : flows.flows()) {
        if (int(out.size()) >= limit)
            break;
        out.push_back({ f.from, f.to, f.fromName, f.toName });
    }
    return out;
}

} // namespace waymark::map
