#pragma once

#include <QString>

#include <optional>
#include <string_view>

namespace waymark {

/// A date known to a year, a month or a day. Stored as the range of Julian
/// days it covers, so a filter on a window never invents a day that the
/// source did not give.
struct FuzzyDate {
    enum Precision { Unknown = 0, Year = 1, Month = 2, Day = 3 };
    Precision precision = Unknown;
    qint64 dayFrom = 0; ///< Julian day of the first day covered
    qint64 dayTo = 0; ///< Julian day of the last day covered

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (also with a time after `T` or
    /// a space, which is ignored). Years before 1900 or after `maxYear` are
    /// rejected as impossible.
    static std::optional<FuzzyDate> parse(std::string_view text, int maxYear);
    static FuzzyDate fromYear(int year);
    QString toString() const;
};

} // namespace waymark
