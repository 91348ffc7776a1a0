#include "yardstick.h"

namespace waymark::reports {

const std::vector<YardstickTerm>& Yardstick::terms()
{
    static const std::vector<YardstickTerm> t {
        { QStringLiteral("remote chance"), 0, 5 },
        { QStringLiteral("highly unlikely"), 10, 20 },
        { QStringLiteral("unlikely"), 25, 35 },
        { QStringLiteral("realistic possibility"), 40, 50 },
        { QStringLiteral("likely"), 55, 75 },
        { QStringLiteral("probably"), 55, 75 },
        { QStringLiteral("highly likely"), 80, 90 },
        { QStringLiteral("almost certain"), 95, 100 },
    };
    return t;
}

const YardstickTerm* Yardstick::find(const QString& term)
{
    const QString t = term.trimmed();
    for (const YardstickTerm& y : terms()) {
        if (y.term.compare(t, Qt::CaseInsensitive) == 0)
            return &y;
    }
    return nullptr;
}

QString Yardstick::rangeText(const YardstickTerm& term)
{
    return QStringLiteral("%1–%2 %").arg(term.low).arg(term.high);
}

QString Yardstick::describe(const QString& term)
{
    const YardstickTerm* y = find(term);
    return y ? QStringLiteral("%1 (%2)").arg(y->term, rangeText(*y)) : term;
}

const QStringList& Yardstick::confidenceLevels()
{
    static const QStringList c { QStringLiteral("high"), QStringLiteral("moderate"), QStringLiteral("low") };
    return c;
}

} // namespace waymark::reports
