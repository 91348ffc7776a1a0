#include "fuzzydate.h"

#include <QDate>

namespace waymark {

namespace {
bool digits(std::string_view s, int& out)
{
    if (s.empty())
        return false;
    int v = 0;
    for (char c : s) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    out = v;
    return true;
}
} // namespace

FuzzyDate FuzzyDate::fromYear(int year)
{
    FuzzyDate d;
    d.precision = Year;
    d.dayFrom = QDate(year, 1, 1).toJulianDay();
    d.dayTo = QDate(year, 12, 31).toJulianDay();
    return d;
}

FuzzyDate FuzzyDate::fromYears(int first, int last)
{
    FuzzyDate d;
    d.precision = Year;
    d.dayFrom = QDate(first, 1, 1).toJulianDay();
    d.dayTo = QDate(last, 12, 31).toJulianDay();
    return d;
}

std::optional<FuzzyDate> FuzzyDate::parseYearBand(std::string_view text, int maxYear)
{
    int first = 0, last = 0;
    if (text.size() < 4 || !digits(text.substr(0, 4), first) || first < 1900 || first > maxYear)
        return std::nullopt;
    if (text.size() == 4)
        return fromYear(first);
    std::string_view rest = text.substr(4);
    if (rest.substr(0, 3) == "\xE2\x80\x93" || rest.substr(0, 3) == "\xE2\x80\x94")
        rest.remove_prefix(3);
    else if (rest.substr(0, 2) == "--")
        rest.remove_prefix(2);
    else if (rest.substr(0, 1) == "-")
        rest.remove_prefix(1);
    else
        return std::nullopt;
    if (rest.size() != 4 || !digits(rest, last) || last < first || last > maxYear)
        return std::nullopt;
    return fromYears(first, last);
}

std::optional<FuzzyDate> FuzzyDate::parse(std::string_view text, int maxYear)
{
    const size_t cut = text.find_first_of("T ");
    if (cut != std::string_view::npos)
        text = text.substr(0, cut);
    int year = 0, month = 0, day = 0;
    if (text.size() < 4 || !digits(text.substr(0, 4), year) || year < 1900 || year > maxYear)
        return std::nullopt;
    if (text.size() == 4)
        return fromYear(year);
    if (text.size() < 7 || text[4] != '-' || !digits(text.substr(5, 2), month) || month < 1 || month > 12)
        return std::nullopt;
    FuzzyDate d;
    if (text.size() == 7) {
        const QDate first(year, month, 1);
        d.precision = Month;
        d.dayFrom = first.toJulianDay();
        d.dayTo = first.addMonths(1).toJulianDay() - 1;
        return d;
    }
    if (text.size() != 10 || text[7] != '-' || !digits(text.substr(8, 2), day))
        return std::nullopt;
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    d.precision = Day;
    d.dayFrom = d.dayTo = date.toJulianDay();
    return d;
}

QString FuzzyDate::toString() const
{
    const QDate from = QDate::fromJulianDay(dayFrom);
    switch (precision) {
    case Year: {
        const QDate to = QDate::fromJulianDay(dayTo);
        if (to.year() > from.year())
            return from.toString(QStringLiteral("yyyy")) + QChar(0x2013) + to.toString(QStringLiteral("yyyy"));
        return from.toString(QStringLiteral("yyyy"));
    }
    case Month:
        return from.toString(QStringLiteral("yyyy-MM"));
    case Day:
        return from.toString(Qt::ISODate);
    case Unknown:
        break;
    }
    return {};
}

} // namespace waymark
