#include "analysis/timebins.h"

#include "analysis/incidentsnapshot.h"
#include "analysis/timeticks.h"
#include "core/taxonomy.h"

#include <QCoreApplication>
#include <QDate>

#include <algorithm>
#include <limits>
#include <map>

namespace waymark::analysis {

namespace {
constexpr quint32 typeMask = (1u << TimeBins::severalTypes) - 1;

qint64 floorDiv(qint64 a, qint64 b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}
} // namespace

qint64 TimeBins::currentDay()
{
    return QDate::currentDate().toJulianDay();
}

TimeBins::Unit TimeBins::unitFor(qint64 days, int maxBins)
{
    if (days <= maxBins)
        return Unit::Day;
    if (days / 7 <= maxBins)
        return Unit::Week;
    if (days / 30 <= maxBins)
        return Unit::Month;
    return Unit::Year;
}

qint64 TimeBins::binFloor(Unit unit, qint64 day)
{
    switch (unit) {
    case Unit::Day:
        return day;
    case Unit::Week:
        return floorDiv(day, 7) * 7; // Julian day 0 is a Monday
    case Unit::Month: {
        const QDate d = QDate::fromJulianDay(day);
        return QDate(d.year(), d.month(), 1).toJulianDay();
    }
    case Unit::Year:
        break;
    }
    return QDate(QDate::fromJulianDay(day).year(), 1, 1).toJulianDay();
}

qint64 TimeBins::nextBin(Unit unit, qint64 start)
{
    switch (unit) {
    case Unit::Day:
        return start + 1;
    case Unit::Week:
        return start + 7;
    case Unit::Month:
        return QDate::fromJulianDay(start).addMonths(1).toJulianDay();
    case Unit::Year:
        break;
    }
    return QDate::fromJulianDay(start).addYears(1).toJulianDay();
}

QString TimeBins::tickLabel(Unit unit, qint64 start)
{
    // The axis' forms (TimeTicks): "3 Mar" for a day or the week it starts, "Mar 2005", "2005".
    switch (unit) {
    case Unit::Day:
    case Unit::Week:
        return TimeTicks::label(TimeTicks::Unit::Day, start);
    case Unit::Month:
        return TimeTicks::label(TimeTicks::Unit::Month, start);
    case Unit::Year:
        break;
    }
    return TimeTicks::label(TimeTicks::Unit::Year, start);
}

QString TimeBins::categoryName(int category)
{
    if (category == severalTypes)
        return QCoreApplication::translate("TimeBins", "Several types");
    if (category == typeUnknown)
        return QCoreApplication::translate("TimeBins", "Type not recorded");
    return Taxonomy::names(Taxonomy::Group::Exploitation).value(category);
}

int TimeBins::categoryOf(quint32 bits)
{
    bits &= typeMask;
    if (bits == 0)
        return typeUnknown;
    if (bits & (bits - 1))
        return severalTypes;
    return __builtin_ctz(bits);
}

TimeBins::Precision TimeBins::precisionOf(qint64 dayFrom, qint64 dayTo)
{
    const qint64 days = dayTo - dayFrom + 1;
    if (days <= 1)
        return Precision::Day;
    return days <= 31 ? Precision::Month : Precision::Year;
}

std::pair<qint64, qint64> TimeBins::span(const IncidentSnapshot& s, qint64 today)
{
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    for (size_t i = 0; i < s.size(); ++i) {
        const qint64 from = s.dayFrom[i];
        if (from == IncidentSnapshot::noDay || from < earliestDay || from > today)
            continue;
        lo = std::min(lo, from);
        hi = std::max<qint64>(hi, s.dayTo[i]);
    }
    if (lo > hi)
        return { 0, -1 };
    return { lo, hi };
}

std::vector<quint32> TimeBins::members(const IncidentSnapshot& s, int bin, int category, qint64 today) const
{
    std::vector<quint32> out;
    if (bin < 0 || bin >= binCount())
        return out;
    const qint64 first = binStart(bin), last = binLast(bin);
    // The rule build() counts by: a plottable incident whose whole period lies in the bin.
    for (size_t i = 0; i < s.size(); ++i) {
        const qint64 a = s.dayFrom[i];
        if (a == IncidentSnapshot::noDay || a < earliestDay || a > today || a < first || s.dayTo[i] > last)
            continue;
        if (category < 0 || categoryOf(s.exploitation[i]) == category)
            out.push_back(quint32(i));
    }
    return out;
}

TimeBins TimeBins::build(
    const IncidentSnapshot& s, qint64 from, qint64 to, Unit unit, const std::vector<quint32>& selected, qint64 today)
{
    TimeBins out;
    out.m_unit = unit;
    if (to < from)
        to = from;
    for (qint64 start = binFloor(unit, from); start <= to; start = nextBin(unit, start))
        out.m_starts.push_back(start);
    out.m_starts.push_back(nextBin(unit, out.m_starts.back()));
    const int bins = out.binCount();
    out.m_counts.assign(size_t(categoryCount) * size_t(bins), 0);
    out.m_totals.assign(size_t(bins), 0);
    out.m_selected.assign(size_t(bins), 0);

    // Day → bin for every day the bins cover, so each incident costs a lookup.
    const qint64 first = out.m_starts.front(), end = out.m_starts.back();
    std::vector<qint32> binOfDay(size_t(end - first));
    for (int b = 0; b < bins; ++b)
        std::fill(binOfDay.begin() + (out.m_starts[size_t(b)] - first),
            binOfDay.begin() + (out.m_starts[size_t(b) + 1] - first), b);

    std::vector<quint8> isSelected;
    if (!selected.empty()) {
        isSelected.assign(s.size(), 0);
        for (quint32 i : selected)
            if (i < s.size())
                isSelected[i] = 1;
    }
    std::map<std::pair<qint64, qint64>, Period> periods;
    const qint32* dayFrom = s.dayFrom.data();
    const qint32* dayTo = s.dayTo.data();
    const quint32* bits = s.exploitation.data();
    int* counts = out.m_counts.data();
    const size_t n = s.size();
    for (size_t i = 0; i < n; ++i) {
        const qint64 a = dayFrom[i];
        if (a == IncidentSnapshot::noDay) {
            ++out.m_undated;
            continue;
        }
        if (a < earliestDay) {
            ++out.m_beforeEarliest;
            continue;
        }
        if (a > today) {
            ++out.m_future;
            continue;
        }
        const qint64 b = dayTo[i];
        if (b < first || a >= end) {
            ++out.m_outside;
            continue;
        }
        const bool sel = !isSelected.empty() && isSelected[i];
        if (a >= first && b < end) {
            const qint32 bin = binOfDay[size_t(a - first)];
            if (a == b || binOfDay[size_t(b - first)] == bin) {
                ++counts[size_t(categoryOf(bits[i])) * size_t(bins) + size_t(bin)];
                ++out.m_totals[size_t(bin)];
                out.m_selected[size_t(bin)] += sel;
                continue;
            }
        }
        Period& p = periods[{ a, b }];
        p.dayFrom = a, p.dayTo = b, p.precision = precisionOf(a, b);
        ++p.count;
        p.selected += sel;
    }
    out.m_periods.reserve(periods.size());
    for (const auto& entry : periods)
        out.m_periods.push_back(entry.second);
    return out;
}

int TimeBins::binOf(qint64 day) const
{
    if (m_starts.size() < 2 || day < m_starts.front() || day >= m_starts.back())
        return -1;
    return int(std::upper_bound(m_starts.begin(), m_starts.end(), day) - m_starts.begin()) - 1;
}

int TimeBins::maxTotal() const
{
    return m_totals.empty() ? 0 : *std::max_element(m_totals.begin(), m_totals.end());
}

QString TimeBins::notPlottedText() const
{
    QStringList parts;
    if (m_undated)
        parts << QCoreApplication::translate("TimeBins", "%n undated", nullptr, int(m_undated));
    if (m_beforeEarliest)
        parts << QCoreApplication::translate("TimeBins", "%n dated before 1900", nullptr, int(m_beforeEarliest));
    if (m_future)
        parts << QCoreApplication::translate("TimeBins", "%n dated in the future", nullptr, int(m_future));
    if (parts.isEmpty())
        return {};
    return QCoreApplication::translate("TimeBins", "Not plotted: %1").arg(parts.join(QStringLiteral(", ")));
}

} // namespace waymark::analysis
