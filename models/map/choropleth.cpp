#include "map/choropleth.h"

#include "analysis/incidentsnapshot.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace waymark::map {

Choropleth Choropleth::build(
    const analysis::IncidentSnapshot& s, const std::vector<quint32>& members, Measure measure, int classes)
{
    Choropleth c;
    c.m_measure = measure;
    // Victims per country place id in a dense array, then per ISO code once
    // per country: no string hashed per incident.
    const analysis::IncidentSnapshot::PlaceTable table = s.placeTable();
    std::vector<qint64> perCountry(table.countries.size(), 0); // [country + 1]
    std::vector<char> seen(perCountry.size(), 0);
    for (quint32 i : members) {
        const qint32 country = measure == Measure::Citizenship ? table.countryOf(s.origin[i]) : s.country[i];
        size_t at = size_t(std::max(country, -1) + 1);
        at = at < perCountry.size() ? at : 0;
        perCountry[at] += s.victims[i];
        seen[at] = 1;
    }
    c.m_unplaced = perCountry[0];
    for (size_t at = 1; at < perCountry.size(); ++at) {
        if (!seen[at])
            continue;
        const auto place = s.places.constFind(qint32(at) - 1);
        if (place == s.places.cend() || place->iso3.isEmpty())
            c.m_unplaced += perCountry[at];
        else
            c.m_values[place->iso3] += perCountry[at];
    }
    std::vector<qint64> v;
    for (qint64 x : std::as_const(c.m_values)) {
        if (x > 0)
            v.push_back(x);
    }
    std::sort(v.begin(), v.end());
    for (int k = 1; k <= classes && !v.empty(); ++k) {
        const size_t pos = std::clamp(size_t(std::ceil(double(v.size()) * k / classes)), size_t(1), v.size());
        const qint64 upper = v[pos - 1];
        if (c.m_upper.empty() || upper > c.m_upper.back())
            c.m_upper.push_back(upper);
    }
    if (!v.empty() && c.m_upper.back() < v.back())
        c.m_upper.push_back(v.back());
    return c;
}

Choropleth Choropleth::build(
    const analysis::IncidentSnapshot& s, const std::vector<quint32>& members, const Choropleth& reference)
{
    Choropleth c = build(s, members, reference.m_measure, 1);
    c.m_upper = reference.m_upper;
    return c;
}

int Choropleth::classOf(qint64 value) const
{
    if (value <= 0)
        return -1;
    auto it = std::lower_bound(m_upper.begin(), m_upper.end(), value);
    return it == m_upper.end() ? int(m_upper.size()) - 1 : int(it - m_upper.begin());
}

QColor Choropleth::colour(int cls) const
{
    // A sequential single-hue ramp (ColorBrewer "Purples"-like), light to dark.
    static const QColor ramp[] = { QColor(0xef, 0xed, 0xf5), QColor(0xcb, 0xc9, 0xe2), QColor(0x9e, 0x9a, 0xc8),
        QColor(0x75, 0x6b, 0xb1), QColor(0x54, 0x27, 0x8f) };
    const int n = std::max(classCount(), 1);
    if (cls < 0)
        return QColor(0, 0, 0, 0);
    const int idx = n == 1 ? 4 : std::clamp(int(cls * 4.0 / (n - 1) + 0.5), 0, 4);
    return ramp[idx];
}

QStringList Choropleth::legendLabels() const
{
    QStringList out;
    const QLocale l;
    qint64 lower = 1;
    for (qint64 upper : m_upper) {
        out << (lower == upper ? l.toString(upper)
                               : QStringLiteral("%1 – %2").arg(l.toString(lower), l.toString(upper)));
        lower = upper + 1;
    }
    return out;
}

QString Choropleth::title() const
{
    return m_measure == Measure::Citizenship
        ? QCoreApplication::translate("Choropleth", "Victims by citizenship")
        : QCoreApplication::translate("Choropleth", "Victims by country of exploitation");
}

} // namespace waymark::map
