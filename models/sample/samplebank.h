#pragma once

#include "core/csvwriter.h"
#include "core/random.h"

#include <QDate>
#include <QDateTime>
#include <QString>

namespace waymark::sample {

/// A bank account of the sample extract: planted with a typology's
/// behaviour, ordinary, or an ordinary innocent look-alike.
struct SampleAccount {
    QString id;
    QString holder;
    QString typology; ///< empty for ordinary accounts
    /// For ordinary accounts: which innocent look-alike (LookAlike), or none.
    int lookAlike = -1;
    /// A planted account that shows every behaviour of its typology (the
    /// four ring controllers the demo story follows); other planted accounts
    /// show each at PlantedRates.
    bool complete = false;
};

/// Innocent accounts that hit red flags for ordinary reasons (issue 19).
/// Many hit several flags at once, as real look-alikes do. Of every twenty
/// ordinary accounts, the first LookAlikeKinds are one of each kind
/// (lookAlikeOf()): 5 % each, 45 % of ordinary accounts in all, far more than
/// a real bank holds, so that the sample's ranking is a test.
enum LookAlike {
    TravellingSalesperson, ///< hotels in several cities, late meals and taxis
    Takeaway, ///< cash takings paid in daily, card takings late at night; half remit weekly abroad
    Student, ///< many small transfers from family, a low-income occupation; works late in a bar
    Landlord, ///< utilities and ground rent for several addresses; half let rooms to 10–14 tenants
    PayrollAgent, ///< clients' payroll funds in, many workers paid at once
    EventPromoter, ///< gig ads, hotels on tour, late nights, ticket money from many buyers
    NightWorker, ///< a night-shift nurse or driver: taxis and takeaways between 22:00 and 05:00
    SeasonalCoordinator, ///< a farm's scheme coordinator: visas, recruiters, one-way coaches, caravans' rent
    SharedHousehold, ///< three or four adults' wages paid into one household account
    LookAlikeKinds
};

/// Which look-alike the ordinary account with this 0-based index is, or -1.
constexpr int lookAlikeOf(qint64 ordinaryIndex)
{
    return ordinaryIndex % 20 < LookAlikeKinds ? int(ordinaryIndex % 20) : -1;
}

/// How often a planted account shows each of its typology's behaviours
/// (the README quotes these): a planted account is not a perfect case.
namespace PlantedRates {
constexpr double Ordinary = 0.5; ///< also lives an ordinary life (groceries, bills, wages)
constexpr double OrdinaryOccupation = 0.5; ///< declares an ordinary job and income, not "self-employed, 12,000"
// Sexual-exploitation controller.
constexpr double ThirdPartyPayers = 0.45;
constexpr double Ads = 0.4;
constexpr double Hotels = 0.35;
constexpr double LateNight = 0.4;
constexpr double Prepaid = 0.25;
constexpr double CashNearThreshold = 0.25;
constexpr double Remittances = 0.35;
// Labour agent.
constexpr double WagesMovedOn = 0.45;
constexpr double RentSeveralAddresses = 0.4;
constexpr double Visa = 0.35;
constexpr double Recruitment = 0.3;
constexpr double OneWayTravel = 0.3;
} // namespace PlantedRates

extern const char* const kCities[8];
QString personName(Random& r);

/// Writes one account's transactions in the hub extract's layout.
class SampleLedger {
public:
    SampleLedger(CsvWriter& csv, Random& r, qint64& count)
        : m_csv(csv)
        , m_r(r)
        , m_count(count)
    {
    }
    void add(const SampleAccount& a, QDate day, int hour, double amount, const char* dir, const QString& cp,
        const char* category, const QString& merchant, const char* channel, const QString& location,
        const char* country = "GBR", const char* cpCountry = "GBR", const QString& reference = QString())
    {
        ++m_count;
        m_csv.field(QStringLiteral("T%1").arg(m_count, 7, 10, QLatin1Char('0'))).field(a.id);
        m_csv.field(
            QDateTime(day, QTime(hour, int(m_r.between(0, 59)), int(m_r.between(0, 59)))).toString(Qt::ISODate));
        m_csv.field(amount, 2).field("GBP").field(dir).field(cp).field(QString());
        m_csv.field(cpCountry).field(category).field(merchant).field(channel).field(location).field(country);
        m_csv.field(reference).endRow();
    }

private:
    CsvWriter& m_csv;
    Random& m_r;
    qint64& m_count;
};

/// The holder's declared occupation and yearly income.
struct HolderProfile {
    QString occupation;
    double income = 0;
};
HolderProfile holderProfile(const SampleAccount& a, Random& r);

/// Writes the account's year (2024) of transactions.
void writeYear(SampleLedger& l, const SampleAccount& a, Random& r);

} // namespace waymark::sample
