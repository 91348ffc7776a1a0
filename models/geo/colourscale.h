#pragma once

#include <QColor>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark::geo {

/// A classed colour scale for density surfaces, fixed in real units so that
/// the same value gets the same colour at every zoom, in every time frame
/// and on every grid (the point of a fixed scale: frames and views compare).
/// Breaks b0 < b1 < … < b(k−1) are in the unit of the values (for kernel
/// density: weight per 1,000 km²); class i holds [b(i), b(i+1)), the last
/// class everything ≥ b(k−1). Values below b0, zero, negative or NaN are
/// transparent: the faint tails of kernels do not tint the whole map. Colours
/// come from the perceptually uniform "inferno" ramp (matplotlib), light for
/// low classes and dark for high ones, more opaque as the class rises.
class ColourScale {
public:
    ColourScale() = default;
    /// Breaks as given (sorted, positive, duplicates removed).
    explicit ColourScale(std::vector<double> breaks, QString unit = defaultUnit());

    /// `classes` log-spaced classes whose breaks are "nice" numbers of the
    /// 1–2–5 series: the top break is the largest such number ≤ maxValue,
    /// each lower break the next smaller one (20, 10, 5, 2, 1, 0.5, 0.2 …).
    /// The UI picks maxValue once (over all frames, or a user setting) and
    /// keeps the scale.
    static ColourScale logClasses(double maxValue, int classes = 7, QString unit = defaultUnit());
    /// "incidents per 1,000 km²"
    static QString defaultUnit();
    /// The number of the 1–2–5 series at or just below x (x > 0).
    static double niceFloor(double x);

    const std::vector<double>& breaks() const { return m_breaks; }
    int classCount() const { return int(m_breaks.size()); }
    /// Class of a value, or -1 when it is drawn transparent.
    int classOf(double value) const;
    /// Colour of class i (0 ≤ i < classCount()).
    QColor classColour(int i) const;
    /// Colour of a value: transparent below the first break.
    QColor colour(double value) const;
    /// The same, premultiplied, for filling images fast.
    QRgb premultipliedRgba(double value) const;
    /// One legend label per class: "0.2 – 0.5", …, "≥ 20".
    QStringList labels() const;
    const QString& unit() const { return m_unit; }

private:
    std::vector<double> m_breaks;
    std::vector<QRgb> m_colours; // premultiplied, per class
    QString m_unit;
};

} // namespace waymark::geo
