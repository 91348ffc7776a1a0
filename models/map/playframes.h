#pragma once

#include <QtGlobal>

#include <optional>

namespace waymark::map {

/// The time windows the map's ▶ Play steps through, as Julian days. A window
/// is a whole number of calendar months and starts on the first of a month:
/// a year's window on 1 January or 1 July, six months' on the first of a
/// quarter, shorter ones on the first of any month; each step moves half a
/// window (a month at least), so consecutive frames overlap and compare.
class PlayFrames {
public:
    struct Frame {
        qint64 from = 0; ///< first day
        qint64 to = 0; ///< last day, inclusive
        bool operator==(const Frame& o) const { return from == o.from && to == o.to; }
    };

    /// Months a step moves for a window of `months`.
    static int stepMonths(int months);
    /// The window of `months` starting on the boundary at or before `day`.
    static Frame at(qint64 day, int months);
    /// The first frame of data starting on `firstDay`.
    static Frame first(qint64 firstDay, int months) { return at(firstDay, months); }
    /// The frame after `current`, or none once it would start after `lastDay`.
    static std::optional<Frame> next(const Frame& current, int months, qint64 lastDay);
};

} // namespace waymark::map
