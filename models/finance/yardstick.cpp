#include "yardstick.h"

#include <QCoreApplication>

namespace waymark::finance {

namespace {
struct Band {
    double upTo; ///< exclusive upper boundary: the middle of the gap above the band
    const char* term;
    const char* range;
};
const Band kBands[] = {
    { 0.075, QT_TRANSLATE_NOOP("Yardstick", "remote chance"), "0–5 %" },
    { 0.225, QT_TRANSLATE_NOOP("Yardstick", "highly unlikely"), "10–20 %" },
    { 0.375, QT_TRANSLATE_NOOP("Yardstick", "unlikely"), "25–35 %" },
    { 0.525, QT_TRANSLATE_NOOP("Yardstick", "realistic possibility"), "40–50 %" },
    { 0.775, QT_TRANSLATE_NOOP("Yardstick", "likely"), "55–75 %" },
    { 0.925, QT_TRANSLATE_NOOP("Yardstick", "highly likely"), "80–90 %" },
    { 2.0, QT_TRANSLATE_NOOP("Yardstick", "almost certain"), "95–100 %" },
};
const Band& bandOf(double p)
{
    for (const Band& b : kBands) {
        if (p < b.upTo)
            return b;
    }
    return kBands[std::size(kBands) - 1];
}
} // namespace

QString Yardstick::term(double probability)
{
    return QCoreApplication::translate("Yardstick", bandOf(probability).term);
}

QString Yardstick::range(double probability)
{
    return QString::fromUtf8(bandOf(probability).range);
}

} // namespace waymark::finance
