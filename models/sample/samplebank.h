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
/// Every twentieth ordinary account from the first is each kind (5 % each,
/// 25 % of ordinary accounts in all).
enum LookAlike {
    TravellingSalesperson, ///< hotels in several cities, late meals and taxis
    Takeaway, ///< cash takings paid in daily, card takings late at night
    Student, ///< many small transfers from family, a low-income occupation
    Landlord, ///< utilities and ground rent for several addresses, rents in
    PayrollAgent, ///< clients' payroll funds in, many workers paid at once
    LookAlikeKinds
};

/// How often a planted account shows each of its typology's behaviours
/// (the README quotes these): a planted account is not a perfect case.
namespace PlantedRates {
constexpr double Ordinary = 0.5; ///< also lives an ordinary life (groceries, bills, wages)
constexpr double OrdinaryOccupation = 0.5; ///< declares an ordinary job and income, not "self-employed, 12,000"
// Sexual-exploitation controller.
constexpr double ThirdPartyPayers = 0.6;
constexpr double Ads = 0.5;
constexpr double Hotels = 0.5;
constexpr double LateNight = 0.5;
constexpr double Prepaid = 0.35;
constexpr double CashNearThreshold = 0.35;
constexpr double Remittances = 0.5;
// Labour agent.
constexpr double WagesMovedOn = 0.6;
constexpr double RentSeveralAddresses = 0.5;
constexpr double Visa = 0.45;
constexpr double Recruitment = 0.4;
constexpr double OneWayTravel = 0.4;
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
