#include "map/playframes.h"

#include <QDate>

#include <algorithm>

namespace waymark::map {

int PlayFrames::stepMonths(int months)
{
    return std::max(1, months / 2);
}

PlayFrames::Frame PlayFrames::at(qint64 day, int months)
{
    months = std::max(1, months);
    const QDate d = QDate::fromJulianDay(day);
    // Steps count from January, so a frame starts on a boundary of its step.
    const int step = stepMonths(months);
    const int month = (d.month() - 1) / step * step + 1;
    const QDate start(d.year(), month, 1);
    return { start.toJulianDay(), start.addMonths(months).toJulianDay() - 1 };
}

std::optional<PlayFrames::Frame> PlayFrames::next(const Frame& current, int months, qint64 lastDay)
{
    const QDate start = QDate::fromJulianDay(current.from).addMonths(stepMonths(months));
    if (start.toJulianDay() > lastDay)
        return std::nullopt;
    return at(start.toJulianDay(), months);
}

} // namespace waymark::map
