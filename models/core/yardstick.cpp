#include "yardstick.h"

#include <QCoreApplication>

namespace waymark {

const std::vector<YardstickTerm>& Yardstick::terms(ProbabilityScale scale)
{
    static const std::vector<YardstickTerm> phia {
        { QStringLiteral("remote chance"), 0, 5 },
        { QStringLiteral("highly unlikely"), 10, 20 },
        { QStringLiteral("unlikely"), 25, 35 },
        { QStringLiteral("realistic possibility"), 40, 50 },
        { QStringLiteral("likely"), 55, 75, { QStringLiteral("probable"), QStringLiteral("probably") } },
        { QStringLiteral("highly likely"), 80, 90 },
        { QStringLiteral("almost certain"), 95, 100 },
    };
    // ICD 203's two rows of equivalent terms, band by band; its ranges meet.
    static const std::vector<YardstickTerm> icd203 {
        { QStringLiteral("almost no chance"), 1, 5, { QStringLiteral("remote") }, ProbabilityScale::Icd203 },
        { QStringLiteral("very unlikely"), 5, 20, { QStringLiteral("highly improbable") }, ProbabilityScale::Icd203 },
        { QStringLiteral("unlikely"), 20, 45, { QStringLiteral("improbable") }, ProbabilityScale::Icd203 },
        { QStringLiteral("roughly even chance"), 45, 55, { QStringLiteral("roughly even odds") },
            ProbabilityScale::Icd203 },
        { QStringLiteral("likely"), 55, 80, { QStringLiteral("probable") }, ProbabilityScale::Icd203 },
        { QStringLiteral("very likely"), 80, 95, { QStringLiteral("highly probable") }, ProbabilityScale::Icd203 },
        { QStringLiteral("almost certain"), 95, 99, { QStringLiteral("nearly certain") }, ProbabilityScale::Icd203 },
    };
    return scale == ProbabilityScale::Icd203 ? icd203 : phia;
}

const YardstickTerm* Yardstick::find(const QString& term, ProbabilityScale scale)
{
    const QString t = term.trimmed();
    for (const YardstickTerm& y : terms(scale)) {
        if (y.term.compare(t, Qt::CaseInsensitive) == 0)
            return &y;
        for (const QString& synonym : y.synonyms) {
            if (synonym.compare(t, Qt::CaseInsensitive) == 0)
                return &y;
        }
    }
    return nullptr;
}

QString YardstickTerm::label() const
{
    // The table's words, in the yardstick's own language as the terms are:
    // only "likely" has a second word in PHIA 2025.
    return synonyms.isEmpty() ? term : term + QStringLiteral(" or ") + synonyms.first();
}

QString Yardstick::rangeText(const YardstickTerm& term)
{
    if (term.scale == ProbabilityScale::Icd203)
        return QStringLiteral("%1 % – %2 %").arg(term.low).arg(term.high);
    // Each band's ends are approximate, except the yardstick's own ends and
    // the realistic possibility, which stays below an even chance.
    const QString low = term.low == 0 ? QStringLiteral("> 0 %") : QStringLiteral("≈ %1 %").arg(term.low);
    const QString high = term.high == 100 || term.high == 50 ? QStringLiteral("< %1 %").arg(term.high)
                                                             : QStringLiteral("≈ %1 %").arg(term.high);
    return low + QStringLiteral(" – ") + high;
}

QString Yardstick::describe(const QString& term, ProbabilityScale scale)
{
    const YardstickTerm* y = find(term, scale);
    return y ? QStringLiteral("%1 (%2)").arg(y->term, rangeText(*y)) : term;
}

ProbabilityScale Yardstick::scaleOf(const QString& standard)
{
    return standard == QLatin1String("icd203") ? ProbabilityScale::Icd203 : ProbabilityScale::Phia;
}

QString Yardstick::scaleId(ProbabilityScale scale)
{
    return scale == ProbabilityScale::Icd203 ? QStringLiteral("icd203") : QStringLiteral("phia");
}

QString Yardstick::scaleName(ProbabilityScale scale)
{
    return scale == ProbabilityScale::Icd203 ? QCoreApplication::translate("Yardstick", "ICD 203 (US)")
                                             : QCoreApplication::translate("Yardstick", "PHIA yardstick (UK, 2025)");
}

const YardstickTerm& Yardstick::nearest(const YardstickTerm& term, ProbabilityScale scale)
{
    return termOf((term.low + term.high) / 200.0, scale);
}

const QStringList& Yardstick::confidenceLevels()
{
    static const QStringList c { QStringLiteral("high"), QStringLiteral("moderate"), QStringLiteral("low") };
    return c;
}

QStringList Yardstick::confidenceCriteria()
{
    return { QCoreApplication::translate("Yardstick", "information base"),
        QCoreApplication::translate("Yardstick", "analytical rigour"),
        QCoreApplication::translate("Yardstick", "complexity and volatility") };
}

const YardstickTerm& Yardstick::termOf(double probability, ProbabilityScale scale)
{
    const double percent = probability * 100;
    const auto& t = terms(scale);
    for (size_t i = 0; i < t.size(); ++i) {
        // The boundary is the middle of the gap to the next band.
        if (i + 1 >= t.size() || percent < (t[i].high + t[i + 1].low) / 2.0)
            return t[i];
    }
    return t.back();
}

QString Yardstick::term(double probability)
{
    // The words, for lupdate: the table holds them in English.
    static const char* const kWords[]
        = { QT_TRANSLATE_NOOP("Yardstick", "remote chance"), QT_TRANSLATE_NOOP("Yardstick", "highly unlikely"),
              QT_TRANSLATE_NOOP("Yardstick", "unlikely"), QT_TRANSLATE_NOOP("Yardstick", "realistic possibility"),
              QT_TRANSLATE_NOOP("Yardstick", "likely"), QT_TRANSLATE_NOOP("Yardstick", "probable"),
              QT_TRANSLATE_NOOP("Yardstick", "highly likely"), QT_TRANSLATE_NOOP("Yardstick", "almost certain") };
    Q_UNUSED(kWords);
    return QCoreApplication::translate("Yardstick", termOf(probability).term.toUtf8().constData());
}

QString Yardstick::range(double probability)
{
    return rangeText(termOf(probability));
}

} // namespace waymark
