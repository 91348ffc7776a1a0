#pragma once

#include <QLocale>
#include <QString>

#include <functional>
#include <vector>

namespace waymark::analysis {

/// Calendar ticks for a time axis, the one choice the timeline view and the
/// chart figures share: whole years labelled "2005", months "Mar 2005" or
/// days "3 Mar", at the shortest calendar step (1, 2, 7 or 14 days; 1, 2, 3
/// or 6 months; 1, 2, 5, 10, 20, 50 or 100 years) whose labels, measured by
/// the caller in the axis' own font, keep a gap between them at the axis'
/// width. Days are Julian days.
struct TimeTicks {
    enum class Unit { Day, Month, Year };
    Unit unit = Unit::Year;
    int step = 1; ///< in units
    std::vector<qint64> days; ///< the ticks within [from, to], ascending
    std::vector<QString> labels; ///< one per tick

    /// A label in the unit's form ("3 Mar", "Mar 2005", "2005") in `locale`.
    static QString label(Unit unit, qint64 day, const QLocale& locale = QLocale());
    /// Ticks for days [from, to] drawn over `pixels`; `labelWidth` measures a
    /// label in pixels; `gap` is the least room between two labels.
    static TimeTicks choose(qint64 from, qint64 to, double pixels,
        const std::function<double(const QString&)>& labelWidth, double gap = 16, const QLocale& locale = QLocale());
    /// The ticks of one step over days [from, to] (no labels).
    static std::vector<qint64> generate(Unit unit, int step, qint64 from, qint64 to);
};

} // namespace waymark::analysis
