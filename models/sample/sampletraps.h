#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace waymark {
class CsvWriter;
}

namespace waymark::sample {

/// The traps a real collection holds, planted in a generated sample so that
/// the artefact checks (analysis/claimchecks.h) can be seen to catch them.
/// Each trap has its own flag and draws from a random stream of its own
/// (the trap seed mixed with the trap), so switching one on changes nothing
/// else in the sample.
class SampleTraps {
public:
    enum Trap : quint32 {
        PrecisionShift = 1, ///< Italy's incidents before the middle of the span located to the country only
        NewPartner = 2, ///< a new reporting partner arrives in Madrid in the later years
        OneSourceHotspot = 4, ///< one source (regional news) makes up a growing cluster in Lyon
        HandfulCell = 8, ///< a handful of incidents in Reykjavik
        OneWeekAccount = 16, ///< an account whose red flags all come from one unusual week (synthetic bank)
    };
    static constexpr quint32 kIncidentTraps = PrecisionShift | NewPartner | OneSourceHotspot | HandfulCell;

    quint32 traps = 0;
    quint64 seed = 1;

    bool has(Trap t) const { return traps & t; }
    /// Names as `waymark sample --trap` takes them, in flag order.
    static QStringList names();
    static std::optional<Trap> fromName(const QString& name);
    static QString description(Trap trap);

    /// The day the precision shift happens: the middle of the sample's span
    /// of located incidents (2015–2025), where a comparison splits it.
    static QDate shiftDay() { return QDate(2020, 7, 1); }
    /// Whether an incident in `country` (ISO alpha-3) on `day` loses its
    /// city and coordinates (PrecisionShift).
    bool blursLocation(const char* country, const QDate& day) const;
    /// Appends the new partner's source row (sources.csv, the generator's columns).
    void writeSources(CsvWriter& sources) const;
    /// Appends the incident traps' rows to incidents.csv (the generator's
    /// columns), ids after `lastId`, sized against `incidents`; returns how many.
    qint64 writeIncidents(CsvWriter& csv, qint64 lastId, qint64 incidents) const;
};

} // namespace waymark::sample
