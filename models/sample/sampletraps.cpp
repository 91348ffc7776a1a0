#include "sampletraps.h"

#include "core/csvwriter.h"
#include "core/random.h"

#include <QCoreApplication>

#include <algorithm>

namespace waymark::sample {

namespace {

struct Named {
    SampleTraps::Trap trap;
    const char* name;
};
const Named kNames[] = {
    { SampleTraps::PrecisionShift, "precision-shift" },
    { SampleTraps::NewPartner, "new-partner" },
    { SampleTraps::OneSourceHotspot, "one-source-hotspot" },
    { SampleTraps::HandfulCell, "handful-cell" },
    { SampleTraps::OneWeekAccount, "one-week-account" },
};

/// One trap's cluster of incidents around a city.
struct Cluster {
    const char* source;
    const char* country;
    const char* city;
    double lon, lat;
    const char* citizenship;
    const char* exploitation;
    qint64 count;
    QDate from, to; ///< the later dates
    double earlierShare; ///< share dated in [earlyFrom, earlyTo] instead
    QDate earlyFrom, earlyTo;
    const char* infoGrade; ///< under the source's own scheme
};

QDate dayBetween(Random& r, const QDate& from, const QDate& to)
{
    return from.addDays(r.between(0, from.daysTo(to)));
}

} // namespace

QStringList SampleTraps::names()
{
    QStringList out;
    for (const Named& n : kNames)
        out << QLatin1String(n.name);
    return out;
}

std::optional<SampleTraps::Trap> SampleTraps::fromName(const QString& name)
{
    for (const Named& n : kNames) {
        if (name == QLatin1String(n.name))
            return n.trap;
    }
    return std::nullopt;
}

QString SampleTraps::description(Trap trap)
{
    switch (trap) {
    case PrecisionShift:
        return QCoreApplication::translate("SampleTraps",
            "Italy's incidents before July 2020 are located to the country only, later ones to a point.");
    case NewPartner:
        return QCoreApplication::translate(
            "SampleTraps", "A new reporting partner (S7) starts reporting in Madrid in 2021.");
    case OneSourceHotspot:
        return QCoreApplication::translate(
            "SampleTraps", "One source (S2, regional news) reports a growing cluster in Lyon that no one else sees.");
    case HandfulCell:
        return QCoreApplication::translate("SampleTraps", "A handful of incidents in Reykjavik in 2023.");
    case OneWeekAccount:
        return QCoreApplication::translate("SampleTraps",
            "An ordinary account whose red flags all come from one unusual week (needs --workspace: written "
            "through the synthetic bank).");
    }
    return {};
}

bool SampleTraps::blursLocation(const char* country, const QDate& day) const
{
    return has(PrecisionShift) && qstrcmp(country, "ITA") == 0 && day < shiftDay();
}

void SampleTraps::writeSources(CsvWriter& sources) const
{
    if (!has(NewPartner))
        return;
    sources.field("S7").field("City outreach partner, Madrid").field("partner_case").field("uk_3x5x2").field("2");
    sources.field(QString()).field("P").field(QString()).field("TLP:AMBER").endRow();
}

qint64 SampleTraps::writeIncidents(CsvWriter& csv, qint64 lastId, qint64 incidents) const
{
    std::vector<std::pair<Trap, Cluster>> clusters;
    const QDate start(2015, 1, 1), end(2025, 12, 31), later(2020, 7, 2);
    if (has(NewPartner))
        clusters.push_back({ NewPartner,
            { "S7", "ESP", "Madrid", -3.70, 40.42, "ROU", "sexual_exploitation", std::max<qint64>(30, incidents / 40),
                QDate(2021, 1, 1), end, 0, {}, {}, "B" } });
    if (has(OneSourceHotspot))
        clusters.push_back({ OneSourceHotspot,
            { "S2", "FRA", "Lyon", 4.84, 45.76, "NGA", "sexual_exploitation", std::max<qint64>(30, incidents / 50),
                later, end, 0.15, start, QDate(2020, 6, 30), "3" } });
    if (has(HandfulCell))
        clusters.push_back({ HandfulCell,
            { "S1", "ISL", "Reykjavik", -21.94, 64.15, "ISL", "forced_labour", 5, QDate(2023, 1, 1),
                QDate(2023, 12, 31), 0, {}, {}, "A" } });
    qint64 written = 0;
    for (const auto& [trap, c] : clusters) {
        Random r(seed ^ (quint64(trap) * 0x9e3779b97f4a7c15ull));
        for (qint64 k = 0; k < c.count; ++k) {
            const bool early = r.chance(c.earlierShare);
            const QDate day = early ? dayBetween(r, c.earlyFrom, c.earlyTo) : dayBetween(r, c.from, c.to);
            csv.field(QStringLiteral("I%1").arg(lastId + ++written, 7, 10, QLatin1Char('0')))
                .field(c.source)
                .field(day.toString(Qt::ISODate))
                .field(c.country)
                .field(c.city);
            csv.field(c.lon + r.normal(0, 0.05), 5).field(c.lat + r.normal(0, 0.04), 5);
            csv.field(c.citizenship).field(c.exploitation).field(QString()).field(QString()).field(qint64(1));
            csv.field(r.chance(0.8) ? "woman" : "man").field("21--23");
            csv.field(QStringLiteral("Case of %1 reported in %2: 1 victim.")
                          .arg(QString::fromLatin1(c.exploitation).replace(QLatin1Char('_'), QLatin1Char(' ')),
                              QLatin1String(c.city)));
            csv.field(c.infoGrade).endRow();
        }
    }
    return written;
}

} // namespace waymark::sample
