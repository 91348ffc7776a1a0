#pragma once

#include <QColor>
#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark::analysis {
class IncidentSnapshot;
}

namespace waymark::map {

/// Victims per country, in classes with a legend: by citizenship (the
/// incident's origin) or by country of exploitation. Classes are quantiles
/// of the non-zero values with boundaries rounded to whole victims, so the
/// legend reads "12 – 40". Countries are keyed by ISO 3166-1 alpha-3.
class Choropleth {
public:
    enum class Measure { Citizenship, Exploitation };

    static Choropleth build(const analysis::IncidentSnapshot& snapshot, const std::vector<quint32>& members,
        Measure measure, int classes = 5);
    /// The values of `members` in the classes of `reference` (built over the
    /// whole period), so frames of a time animation share one legend.
    static Choropleth build(
        const analysis::IncidentSnapshot& snapshot, const std::vector<quint32>& members, const Choropleth& reference);

    Measure measure() const { return m_measure; }
    qint64 value(const QString& iso3) const { return m_values.value(iso3); }
    const QHash<QString, qint64>& values() const { return m_values; }
    /// Class of a value: -1 for zero / no data, else 0 … classCount() − 1.
    int classOf(qint64 value) const;
    int classCount() const { return int(m_upper.size()); }
    /// Upper bound (inclusive) of each class.
    const std::vector<qint64>& upperBounds() const { return m_upper; }
    QColor colour(int cls) const;
    QStringList legendLabels() const;
    QString title() const;
    /// Victims of incidents whose country is unknown for this measure.
    qint64 unplaced() const { return m_unplaced; }

private:
    Measure m_measure = Measure::Citizenship;
    QHash<QString, qint64> m_values;
    std::vector<qint64> m_upper;
    qint64 m_unplaced = 0;
};

} // namespace waymark::map
