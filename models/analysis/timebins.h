#pragma once

#include <QString>
#include <QStringList>

#include <algorithm>
#include <vector>

namespace waymark::analysis {

class IncidentSnapshot;

/// Incidents over time, counted in bins of a day, a week (Monday to Sunday),
/// a month or a year and stacked by exploitation type, for the timeline.
///
/// Dates are plotted at the precision they are known to, never at an
/// invented day. An incident's precision follows from its period
/// (`dayTo - dayFrom + 1`): one day, a month (28–31 days) or a year. An
/// incident counts in a bin when its whole period lies inside that bin: a day
/// in any bin, a month in month and year bins, a year in year bins. An
/// incident whose period spans several bins (a month in day or week bins, a
/// year in day, week or month bins) is counted in no bin: it is listed in
/// `periods`, one entry per distinct period with its count, which the
/// timeline draws as a separate "known to the month/year only" band spanning
/// the period. Incidents that cannot be plotted are reported, not dropped
/// silently: undated, dated before 1900 (`earliestDay`), or starting after
/// `today`.
class TimeBins {
public:
    enum class Unit { Day, Week, Month, Year };
    enum class Precision { Day, Month, Year };
    /// Stack categories: the nine exploitation types in Taxonomy bit order,
    /// then "several types", then "type not recorded".
    static constexpr int categoryCount = 11;
    static constexpr int severalTypes = 9;
    static constexpr int typeUnknown = 10;
    static constexpr qint64 earliestDay = 2415021; ///< 1900-01-01

    /// Incidents of one period that spans several bins.
    struct Period {
        qint64 dayFrom = 0;
        qint64 dayTo = 0;
        Precision precision = Precision::Month;
        int count = 0;
        int selected = 0;
    };

    /// Bins `unit`-aligned covering days [from, to]; `selected` holds
    /// snapshot indices (any order) to highlight. Counts every incident of the
    /// snapshot (the time window is the view's business, not the bins').
    static TimeBins build(const IncidentSnapshot& snapshot, qint64 from, qint64 to, Unit unit,
        const std::vector<quint32>& selected = {}, qint64 today = currentDay());

    /// The finest unit whose bin count over `days` days stays at or under `maxBins`.
    static Unit unitFor(qint64 days, int maxBins = 400);
    /// First day of the bin of `unit` that holds `day`.
    static qint64 binFloor(Unit unit, qint64 day);
    /// First day of the bin after the one starting at `start`.
    static qint64 nextBin(Unit unit, qint64 start);
    /// A bin's short label along an axis, in the timeline's forms: "2019",
    /// "Mar 2019", or the first day ("4 Mar") of a week or day bin.
    static QString tickLabel(Unit unit, qint64 start);
    /// Display name of a stack category.
    static QString categoryName(int category);
    /// Category of an incident's exploitation bits.
    static int categoryOf(quint32 exploitationBits);
    /// Precision of a period of days.
    static Precision precisionOf(qint64 dayFrom, qint64 dayTo);
    /// First and last day of the plottable incidents, or {0, -1} when none.
    static std::pair<qint64, qint64> span(const IncidentSnapshot& snapshot, qint64 today = currentDay());
    static qint64 currentDay();

    Unit unit() const { return m_unit; }
    int binCount() const { return std::max(0, int(m_starts.size()) - 1); }
    qint64 binStart(int bin) const { return m_starts[size_t(bin)]; }
    qint64 binLast(int bin) const { return m_starts[size_t(bin) + 1] - 1; } ///< inclusive
    /// Bin holding `day`, or -1 outside the bins.
    int binOf(qint64 day) const;
    int count(int category, int bin) const { return m_counts[size_t(category) * size_t(binCount()) + size_t(bin)]; }
    int total(int bin) const { return m_totals[size_t(bin)]; }
    int selected(int bin) const { return m_selected[size_t(bin)]; }
    int maxTotal() const;
    const std::vector<Period>& periods() const { return m_periods; }

    qint64 undated() const { return m_undated; }
    qint64 beforeEarliest() const { return m_beforeEarliest; }
    qint64 future() const { return m_future; }
    /// Plottable incidents outside [from, to] (the rest of the time line).
    qint64 outside() const { return m_outside; }
    /// Snapshot indices (ascending) of the incidents counted in `bin`, of one
    /// stack `category` or of all (-1): exactly those its bar stands for.
    std::vector<quint32> members(
        const IncidentSnapshot& snapshot, int bin, int category = -1, qint64 today = currentDay()) const;
    /// "12 undated, 3 before 1900 and 2 in the future are not plotted", or empty.
    QString notPlottedText() const;

private:
    Unit m_unit = Unit::Month;
    std::vector<qint64> m_starts; ///< bin starts plus the day after the last bin
    std::vector<int> m_counts; ///< [category][bin]
    std::vector<int> m_totals;
    std::vector<int> m_selected;
    std::vector<Period> m_periods;
    qint64 m_undated = 0, m_beforeEarliest = 0, m_future = 0, m_outside = 0;
};

} // namespace waymark::analysis
