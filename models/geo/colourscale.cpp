#include "colourscale.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <array>
#include <cmath>

namespace waymark::geo {

namespace {

// matplotlib's "inferno" at t = 0, 0.1, …, 1.
constexpr std::array<QRgb, 11> kInferno
    = { 0x000004, 0x160b39, 0x420a68, 0x6a176e, 0x932667, 0xbc3754, 0xdd513a, 0xf37819, 0xfca50a, 0xf6d746, 0xfcffa4 };

QColor inferno(double t)
{
    t = std::clamp(t, 0.0, 1.0) * 10.0;
    const int i = std::min(int(t), 9);
    const double f = t - i;
    const QColor a(kInferno[size_t(i)]), b(kInferno[size_t(i) + 1]);
    return QColor::fromRgbF(float(a.redF() + f * (b.redF() - a.redF())),
        float(a.greenF() + f * (b.greenF() - a.greenF())), float(a.blueF() + f * (b.blueF() - a.blueF())));
}

QString number(double v)
{
    // Breaks are 1–2–5 numbers: up to 6 significant digits shows them exactly.
    return QLocale().toString(v, 'g', 6);
}

} // namespace

ColourScale::ColourScale(std::vector<double> breaks, QString unit)
    : m_breaks(std::move(breaks))
    , m_unit(std::move(unit))
{
    m_breaks.erase(
        std::remove_if(m_breaks.begin(), m_breaks.end(), [](double b) { return !(b > 0) || !std::isfinite(b); }),
        m_breaks.end());
    std::sort(m_breaks.begin(), m_breaks.end());
    m_breaks.erase(std::unique(m_breaks.begin(), m_breaks.end()), m_breaks.end());
    const int k = classCount();
    for (int i = 0; i < k; ++i) {
        // Light (t = 0.95) for the lowest class to dark purple (t = 0.2) for the
        // highest; the near-black end would read as "no data" on a basemap.
        const double s = k > 1 ? double(i) / (k - 1) : 1.0;
        QColor c = inferno(0.95 - 0.75 * s);
        c.setAlphaF(float(0.55 + 0.35 * s));
        m_colours.push_back(qPremultiply(c.rgba()));
    }
}

QString ColourScale::defaultUnit()
{
    return QCoreApplication::translate("ColourScale", "incidents per 1,000 km²");
}

double ColourScale::niceFloor(double x)
{
    if (!(x > 0) || !std::isfinite(x))
        return 0;
    const double p = std::pow(10.0, std::floor(std::log10(x)));
    const double m = x / p;
    // A tiny slack so that 0.2 (not exact in binary) is its own floor.
    const double nice = m >= 5.0 - 1e-9 ? 5.0 : m >= 2.0 - 1e-9 ? 2.0 : 1.0;
    return nice * p;
}

ColourScale ColourScale::logClasses(double maxValue, int classes, QString unit)
{
    std::vector<double> breaks;
    double b = niceFloor(maxValue);
    for (int i = 0; i < classes && b > 0; ++i) {
        breaks.push_back(b);
        // Step down the 1–2–5 series: 5 → 2 → 1 → 0.5 …
        const double p = std::pow(10.0, std::floor(std::log10(b) + 1e-9));
        const double m = std::round(b / p);
        b = m == 5 ? 2 * p : m == 2 ? p : 0.5 * p;
    }
    return ColourScale(std::move(breaks), std::move(unit));
}

int ColourScale::classOf(double value) const
{
    if (m_breaks.empty() || !(value >= m_breaks.front()))
        return -1;
    return int(std::upper_bound(m_breaks.begin(), m_breaks.end(), value) - m_breaks.begin()) - 1;
}

QColor ColourScale::classColour(int i) const
{
    if (i < 0 || i >= classCount())
        return QColor(Qt::transparent);
    return QColor::fromRgba(qUnpremultiply(m_colours[size_t(i)]));
}

QColor ColourScale::colour(double value) const
{
    return classColour(classOf(value));
}

QRgb ColourScale::premultipliedRgba(double value) const
{
    const int i = classOf(value);
    return i < 0 ? 0u : m_colours[size_t(i)];
}

QStringList ColourScale::labels() const
{
    QStringList out;
    for (int i = 0; i < classCount(); ++i) {
        if (i + 1 < classCount())
            out << QStringLiteral("%1 – %2").arg(number(m_breaks[size_t(i)]), number(m_breaks[size_t(i) + 1]));
        else
            out << QStringLiteral("≥ %1").arg(number(m_breaks[size_t(i)]));
    }
    return out;
}

} // namespace waymark::geo
