#include "analysis/timeticks.h"

#include <QDate>

#include <algorithm>

namespace waymark::analysis {

namespace {
struct Candidate {
    TimeTicks::Unit unit;
    int step;
    double days; ///< about how long one step is
};

constexpr Candidate kCandidates[] = {
    { TimeTicks::Unit::Day, 1, 1 },
    { TimeTicks::Unit::Day, 2, 2 },
    { TimeTicks::Unit::Day, 7, 7 },
    { TimeTicks::Unit::Day, 14, 14 },
    { TimeTicks::Unit::Month, 1, 30.44 },
    { TimeTicks::Unit::Month, 2, 60.9 },
    { TimeTicks::Unit::Month, 3, 91.3 },
    { TimeTicks::Unit::Month, 6, 182.6 },
    { TimeTicks::Unit::Year, 1, 365.25 },
    { TimeTicks::Unit::Year, 2, 730.5 },
    { TimeTicks::Unit::Year, 5, 1826 },
    { TimeTicks::Unit::Year, 10, 3652 },
    { TimeTicks::Unit::Year, 20, 7305 },
    { TimeTicks::Unit::Year, 50, 18262 },
    { TimeTicks::Unit::Year, 100, 36525 },
};

/// Whether a day of the month starts a step of `step` days: every day, odd
/// days up to the 29th, the 1st, 8th, 15th and 22nd, or the 1st and 15th (so
/// the ticks restart with each month and never crowd at its end).
bool startsDayStep(int dayOfMonth, int step)
{
    switch (step) {
    case 1:
        return true;
    case 2:
        return dayOfMonth % 2 == 1 && dayOfMonth < 30;
    case 7:
        return dayOfMonth == 1 || dayOfMonth == 8 || dayOfMonth == 15 || dayOfMonth == 22;
    default:
        return dayOfMonth == 1 || dayOfMonth == 15;
    }
}
} // namespace

QString TimeTicks::label(Unit unit, qint64 day, const QLocale& locale)
{
    const QDate d = QDate::fromJulianDay(day);
    switch (unit) {
    case Unit::Day:
        return locale.toString(d, QStringLiteral("d MMM"));
    case Unit::Month:
        return locale.toString(d, QStringLiteral("MMM yyyy"));
    case Unit::Year:
        break;
    }
    return QString::number(d.year());
}

std::vector<qint64> TimeTicks::generate(Unit unit, int step, qint64 from, qint64 to)
{
    std::vector<qint64> out;
    if (to < from || step < 1)
        return out;
    const QDate first = QDate::fromJulianDay(from);
    switch (unit) {
    case Unit::Day:
        for (qint64 d = from; d <= to; ++d)
            if (startsDayStep(QDate::fromJulianDay(d).day(), step))
                out.push_back(d);
        break;
    case Unit::Month: {
        QDate m(first.year(), first.month(), 1);
        while ((m.month() - 1) % step != 0)
            m = m.addMonths(1);
        for (; m.toJulianDay() <= to; m = m.addMonths(step))
            if (m.toJulianDay() >= from)
                out.push_back(m.toJulianDay());
        break;
    }
    case Unit::Year: {
        int y = first.year();
        y = y - ((y % step) + step) % step;
        for (; QDate(y, 1, 1).toJulianDay() <= to; y += step)
            if (y != 0 && QDate(y, 1, 1).toJulianDay() >= from)
                out.push_back(QDate(y, 1, 1).toJulianDay());
        break;
    }
    }
    return out;
}

TimeTicks TimeTicks::choose(qint64 from, qint64 to, double pixels,
    const std::function<double(const QString&)>& labelWidth, double gap, const QLocale& locale)
{
    TimeTicks best;
    if (to < from || pixels <= 0)
        return best;
    const double span = double(to - from + 1);
    const double perDay = pixels / span;
    for (const Candidate& c : kCandidates) {
        // Steps far too short for any label are not worth generating.
        if (c.days * perDay < 8)
            continue;
        TimeTicks t;
        t.unit = c.unit;
        t.step = c.step;
        t.days = generate(c.unit, c.step, from, to);
        double widest = 0;
        for (qint64 d : t.days) {
            t.labels.push_back(label(c.unit, d, locale));
            widest = std::max(widest, labelWidth(t.labels.back()));
        }
        double closest = c.days * 2 * perDay;
        for (size_t k = 1; k < t.days.size(); ++k)
            closest = std::min(closest, double(t.days[k] - t.days[k - 1]) * perDay);
        best = std::move(t);
        if (closest >= widest + gap)
            return best;
    }
    return best; // the longest step: a century apart, or fewer than two ticks
}

} // namespace waymark::analysis
