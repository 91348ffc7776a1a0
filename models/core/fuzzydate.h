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
    /// The years `first` to `last` (inclusive) at year precision: a banded
    /// year such as CTDC's "2014-2018" covers 1 January 2014 to 31 December 2018.
    static FuzzyDate fromYears(int first, int last);
    /// Parses a year or a band of years: `YYYY`, `YYYY-YYYY`, `YYYY--YYYY` or
    /// with an en or em dash. Rejects years outside 1900–`maxYear` and bands
    /// that run backwards.
    static std::optional<FuzzyDate> parseYearBand(std::string_view text, int maxYear);
    /// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `YYYY–YYYY` for a band of years.
    QString toString() const;
};

} // namespace waymark
