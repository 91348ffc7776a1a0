#include "syntheticbank.h"

#include "core/csvwriter.h"
#include "core/random.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QFile>

#include <sqlite3.h>

#include <cstdio>
#include <string>

namespace waymark::sample {

namespace {

const char* const kCities[] = { "London", "Birmingham", "Manchester", "Leeds", "Liverpool", "Bristol", "Glasgow",
    "Cardiff", "Newcastle", "Sheffield", "Nottingham", "Leicester", "Coventry", "Belfast", "Edinburgh", "Brighton",
    "Southampton", "Reading", "Derby", "Plymouth" };
constexpr int kCityCount = int(std::size(kCities));

enum Kind { Ordinary, LookAlike, Controller, LabourAgent, DebtBondage, Funnel };
const char* kindName(Kind k)
{
    switch (k) {
    case Controller:
        return "sexual_exploitation_controller";
    case LabourAgent:
        return "labour_agent";
    case DebtBondage:
        return "debt_bondage_wage_skimming";
    case Funnel:
        return "funnel_account";
    default:
        return "";
    }
}

class Writer {
public:
    Writer(sqlite3* db, qint64 extract, Random& r)
        : m_db(db)
        , m_extract(extract)
        , m_r(r)
    {
        sqlite3_prepare_v2(db,
            "INSERT INTO transactions(extract_id, line, account_id, ts, day, amount, currency, direction, "
            "counterparty, counterparty_country, category, merchant, channel, location, reference) "
            "VALUES(?,?,?,?,?,?,'GBP',?,?,?,?,?,?,?,?)",
            -1, &m_st, nullptr);
        const QDate start(2024, 1, 1);
        for (int d = 0; d < 366; ++d)
            m_dates.push_back(start.addDays(d).toString(Qt::ISODate).toStdString());
        m_day0 = int(start.toJulianDay());
    }
    ~Writer() { sqlite3_finalize(m_st); }

    qint64 account = 0;
    qint64 written = 0;
    qint64 remaining = 0;

    bool ok() const { return m_st && m_error.empty(); }
    const std::string& error() const { return m_error; }

    /// `day` 0–364, `hour` 0–23.
    void tx(int day, int hour, double amount, bool in, const std::string& cp, const char* cpCountry,
        const char* category, const std::string& merchant, const char* channel, const std::string& location,
        const std::string& reference = std::string())
    {
        if (remaining <= 0)
            return;
        --remaining;
        day = std::clamp(day, 0, 364);
        char ts[32];
        std::snprintf(ts, sizeof ts, "%sT%02d:%02d:%02d", m_dates[size_t(day)].c_str(), hour % 24,
            int(m_r.between(0, 59)), int(m_r.between(0, 59)));
        amount = std::round(amount * 100) / 100;
        sqlite3_bind_int64(m_st, 1, m_extract);
        sqlite3_bind_int64(m_st, 2, ++written);
        sqlite3_bind_int64(m_st, 3, account);
        sqlite3_bind_text(m_st, 4, ts, -1, SQLITE_TRANSIENT);
        sqlite3_bind_int64(m_st, 5, m_day0 + day);
        sqlite3_bind_double(m_st, 6, amount);
        sqlite3_bind_text(m_st, 7, in ? "in" : "out", -1, SQLITE_STATIC);
        auto text = [&](int i, const std::string& s) {
            if (s.empty())
                sqlite3_bind_null(m_st, i);
            else
                sqlite3_bind_text(m_st, i, s.data(), int(s.size()), SQLITE_TRANSIENT);
        };
        auto ctext = [&](int i, const char* s) {
            if (!s || !*s)
                sqlite3_bind_null(m_st, i);
            else
                sqlite3_bind_text(m_st, i, s, -1, SQLITE_STATIC);
        };
        text(8, cp);
        ctext(9, cpCountry);
        ctext(10, category);
        text(11, merchant);
        ctext(12, channel);
        text(13, location);
        text(14, reference);
        if (sqlite3_step(m_st) != SQLITE_DONE && m_error.empty())
            m_error = sqlite3_errmsg(m_db);
        sqlite3_reset(m_st);
    }

private:
    sqlite3* m_db;
    sqlite3_stmt* m_st = nullptr;
    qint64 m_extract;
    Random& m_r;
    std::vector<std::string> m_dates;
    int m_day0 = 0;
    std::string m_error;
};

std::string person(Random& r)
{
    static const char* const first[] = { "Ana", "Maria", "Ion", "Elena", "Li", "Mai", "Olu", "Ada", "Sam", "Kim", "Jo",
        "Ali", "Nina", "Tom", "Eva", "Dan" };
    static const char* const last[]
        = { "Popescu", "Nguyen", "Okafor", "Smith", "Hoxha", "Tran", "Ionescu", "Brown", "Kaur", "Silva" };
    return std::string(first[r.between(0, 15)]) + ' ' + last[r.between(0, 9)] + ' '
        + std::to_string(r.between(1, 99999));
}

std::string city(Random& r)
{
    return kCities[r.between(0, kCityCount - 1)];
}

struct Account {
    qint64 id;
    std::string key;
    Kind kind;
    double strength;
    int lookAlike; // which innocent look-alike
    int weekStart = -1; // the one unusual week of a trap account, or -1
    std::string home, self;
};

void ordinaryEvent(Writer& w, Random& r, const Account& a)
{
    const int day = int(r.between(0, 364));
    const int month = int(r.between(0, 11));
    switch (r.weighted({ 8, 6, 5, 4, 30, 15, 12, 5, 5, 5, 1 })) {
    case 0:
        w.tx(month * 30 + 24, 9, double(r.between(1800, 3800)), true, "Employer " + a.self, "GBR", "salary", "",
            "transfer", "", "SALARY");
        break;
    case 1:
        w.tx(month * 30, 8, double(r.between(650, 1200)), false, "Landlord " + a.self, "GBR", "rent", "", "transfer",
            "");
        break;
    case 2:
        w.tx(month * 30 + 4, 10, double(r.between(60, 140)), false, "Power & Gas Co", "GBR", "utilities", "",
            "transfer", "");
        break;
    case 3:
        w.tx(month * 30 + 4, 10, double(r.between(15, 45)), false, "MobileNet", "GBR", "phone", "", "transfer", "");
        break;
    case 4:
        w.tx(day, int(r.between(9, 19)), double(r.between(1500, 9000)) / 100, false, "", "", "groceries", "FreshMart",
            "card", a.home);
        break;
    case 5:
        w.tx(day, int(r.between(12, 21)), double(r.between(800, 4500)) / 100, false, "", "", "restaurant",
            "Bistro " + std::to_string(r.between(1, 40)), "card", a.home);
        break;
    case 6:
        w.tx(day, int(r.between(7, 19)), double(r.between(200, 1500)) / 100, false, "", "", "transport",
            "City Transport", "card", a.home);
        break;
    case 7:
        w.tx(day, int(r.between(9, 20)), double(r.between(2, 20)) * 10, false, "", "", "cash", "", "atm", a.home);
        break;
    case 8:
        w.tx(day, int(r.between(9, 22)), double(r.between(10, 200)), true,
            "Friend " + std::to_string(r.between(1, 4)) + " of " + a.self, "GBR", "transfer", "", "transfer", "");
        break;
    case 9:
        w.tx(day, int(r.between(9, 22)), double(r.between(10, 200)), false,
            "Friend " + std::to_string(r.between(1, 4)) + " of " + a.self, "GBR", "transfer", "", "transfer", "");
        break;
    default:
        w.tx(day, int(r.between(14, 21)), double(r.between(9000, 18000)) / 100, false, "", "", "hotel", "Seaside Hotel",
            "card", "Brighton");
        break;
    }
}

void lookAlikeEvent(Writer& w, Random& r, const Account& a)
{
    const int day = int(r.between(0, 364));
    switch (a.lookAlike) {
    case 0: // business traveller: hotels in many cities, late taxis
        if (r.chance(0.5)) {
            const std::string c = city(r);
            w.tx(day, int(r.between(18, 23)), double(r.between(8000, 20000)) / 100, false, "", "", "hotel",
                "Business Hotel " + c, "card", c);
        } else {
            w.tx(day, int(r.between(20, 23)), double(r.between(1000, 4000)) / 100, false, "", "", "taxi", "City Cabs",
                "card", city(r));
        }
        break;
    case 1: // a second job: two salaries
        w.tx(int(r.between(0, 11)) * 30 + int(r.between(14, 27)), 9, double(r.between(600, 1500)), true,
            r.chance(0.5) ? "Evening Cafe Ltd" : "Weekend Shop Ltd", "GBR", "salary", "", "transfer", "", "WAGES");
        break;
    case 2: // a student paid by many relatives
        w.tx(day, int(r.between(10, 21)), double(r.between(20, 150)), true, person(r), "GBR", "transfer", "",
            "transfer", "");
        break;
    case 3: // a migrant sending money home
        w.tx(day, int(r.between(9, 20)), double(r.between(50, 400)), false, "Family " + a.self, "ROU", "remittance",
            "FastRemit", "transfer", "");
        break;
    default: // a market trader paying in cash takings
        w.tx(day, int(r.between(9, 17)), double(r.between(2, 40)) * 50, true, "", "", "cash", "", "cash",
            a.home + " branch");
        break;
    }
}

void controllerEvent(Writer& w, Random& r, const Account& a)
{
    const int day = a.weekStart >= 0 ? a.weekStart + int(r.between(0, 6)) : int(r.between(0, 364));
    switch (r.weighted({ 20, 25, 15, 30, 4, 2, 4 })) {
    case 0:
        w.tx(day, int(r.between(0, 3)), double(r.between(3000, 9000)) / 100, false, "", "", "online_ads",
            "NightClassifieds", "card", "online");
        break;
    case 1: {
        const std::string c = city(r);
        w.tx(day, int(r.between(22, 23)), double(r.between(4500, 9500)) / 100, false, "", "", "hotel",
            "Budget Inn " + c, "card", c);
        break;
    }
    case 2:
        w.tx(day, int(r.between(0, 4)), double(r.between(600, 3500)) / 100, false, "", "",
            r.chance(0.5) ? "taxi" : "fast_food", "Late Eats", "card", city(r));
        break;
    case 3:
        w.tx(day, int(r.between(18, 23)), double(r.between(60, 250)), true, person(r), "GBR", "transfer", "",
            "transfer", "");
        break;
    case 4:
        w.tx(day, int(r.between(10, 20)), double(r.between(10, 25)) * 20, false, "", "", "prepaid_cards", "QuickCard",
            "card", a.home);
        break;
    case 5:
        w.tx(day, int(r.between(10, 15)), double(r.between(9000, 9900)), true, "", "", "cash", "", "cash",
            city(r) + " branch");
        break;
    default:
        w.tx(day, 9, double(r.between(1500, 4000)), false, "Family remittance", r.chance(0.5) ? "ROU" : "NGA",
            "remittance", "FastRemit", "transfer", "");
        break;
    }
}

void labourAgentEvent(Writer& w, Random& r, const Account& a)
{
    const int day = int(r.between(0, 363));
    switch (r.weighted({ 25, 25, 15, 15, 20 })) {
    case 0: {
        const int workers = int(r.between(3, 8));
        double total = 0;
        for (int k = 0; k < workers; ++k) {
            const double v = double(r.between(1100, 1500));
            total += v;
            w.tx(day, 9, v, true, "Farm Produce Ltd", "GBR", "salary", "", "transfer", "", "SALARY " + person(r));
        }
        w.tx(day + 1, 8, total * (0.7 + 0.2 * r.uniform()), false, "A. Controller " + a.self, "GBR", "transfer", "",
            "transfer", "");
        break;
    }
    case 1: {
        const int h = int(r.between(1, 3));
        w.tx(int(r.between(0, 11)) * 30 + 1, 10, double(r.between(500, 800)), false, "Landlord " + std::to_string(h),
            "GBR", "rent", "", "transfer", "", "RENT " + std::to_string(10 + h) + " Mill Lane");
        break;
    }
    case 2:
        if (r.chance(0.5))
            w.tx(day, 11, double(r.between(300, 900)), false, "Global Visa Services", "GBR", "visa_agency",
                "Global Visa Services", "transfer", "", "VISA " + person(r));
        else
            w.tx(day, 11, double(r.between(200, 600)), false, "WorkAbroad Recruitment", "UKR", "recruitment_agency",
                "WorkAbroad Recruitment", "transfer", "");
        break;
    case 3:
        w.tx(day, int(r.between(6, 20)), double(r.between(80, 300)), false, "", "", "travel", "Coach tickets one-way",
            "card", "", "PASSENGER " + person(r));
        break;
    default:
        ordinaryEvent(w, r, a);
        break;
    }
}

void debtBondageEvent(Writer& w, Random& r, const Account& a)
{
    const int day = int(r.between(0, 363));
    switch (r.weighted({ 45, 20, 25, 10 })) {
    case 0: {
        const double pay = double(r.between(900, 1400));
        const int month = int(r.between(0, 11));
        w.tx(month * 30 + 27, 9, pay, true, "Clean Co Services Ltd", "GBR", "salary", "", "transfer", "", "WAGES");
        w.tx(month * 30 + 28, 8, pay * (0.7 + 0.25 * r.uniform()), false, "Mr Controller " + a.home, "GBR", "transfer",
            "", "transfer", "", "DEBT");
        break;
    }
    case 1:
        w.tx(day, 12, double(r.between(50, 300)), false, "Recruiter", r.chance(0.5) ? "ALB" : "VNM", "remittance",
            "FastRemit", "transfer", "");
        break;
    case 2:
        w.tx(day, int(r.between(9, 20)), double(r.between(1, 5)) * 10, false, "", "", "cash", "", "atm", a.home);
        break;
    default:
        w.tx(day, int(r.between(9, 20)), double(r.between(200, 900)) / 100, false, "", "", "transport",
            "City Transport", "card", a.home);
        break;
    }
}

void funnelEvent(Writer& w, Random& r, const Account& a)
{
    const int day = int(r.between(0, 364));
    (void)a;
    switch (r.weighted({ 30, 30, 30, 10 })) {
    case 0:
        w.tx(day, int(r.between(9, 16)), double(r.between(4, 40)) * 50, true, "", "", "cash", "", "cash",
            city(r) + " branch");
        break;
    case 1:
        w.tx(day, int(r.between(8, 22)), double(r.between(50, 900)), true, person(r), "GBR", "transfer", "", "transfer",
            "");
        break;
    case 2:
        w.tx(day + int(r.between(0, 1)), int(r.between(9, 17)), double(r.between(5, 60)) * 100, false,
            "Trading Partner", r.chance(0.5) ? "CHN" : "NGA", "transfer", "", "transfer", "");
        break;
    default:
        w.tx(day, int(r.between(9, 17)), double(r.between(9100, 9900)), true, "", "", "cash", "", "cash",
            city(r) + " branch");
        break;
    }
}

} // namespace

Result<SyntheticBank::Counts> SyntheticBank::write(store::Workspace& ws, const Options& o, Feedback* feedback)
{
    if (o.accounts < 0 || o.transactions < 0 || o.oneWeekAccounts < 0 || o.accounts + o.oneWeekAccounts == 0)
        return Error(QCoreApplication::translate("SyntheticBank", "The generator needs at least one account."));
    Random r(o.seed);
    Counts counts;
    store::Transaction tx(ws);
    if (!tx.isActive())
        return tx.error();
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    store::Statement& ex = ws.cached("INSERT INTO extracts(file_name, sha256, format, imported_at) VALUES(?,?,?,?)");
    ex.bind(1, QStringLiteral("synthetic-bank"))
        .bind(2,
            QStringLiteral("synthetic-%1-%2-%3-%4")
                .arg(o.seed)
                .arg(o.accounts)
                .arg(o.transactions)
                .arg(QDateTime::currentMSecsSinceEpoch()));
    ex.bind(3, QStringLiteral("synthetic_bank")).bind(4, stamp);
    if (Status st = ex.exec(); !st)
        return st.error();
    const qint64 extract = ws.lastInsertId();
    store::Statement& src = ws.cached("INSERT INTO sources(extract_id, line, source_key, name, kind, grading_scheme) "
                                      "VALUES(?,0,?,?,'financial_partner','none')");
    src.bind(1, extract)
        .bind(2, QStringLiteral("synthetic-bank-%1").arg(extract))
        .bind(3, QStringLiteral("Synthetic bank"));
    if (Status st = src.exec(); !st)
        return st.error();
    const qint64 source = ws.lastInsertId();

    QFile labelsFile(o.labelsPath);
    std::unique_ptr<CsvWriter> labels;
    if (!o.labelsPath.isEmpty()) {
        if (!labelsFile.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return Error(QCoreApplication::translate("SyntheticBank", "%1 cannot be written: %2")
                             .arg(o.labelsPath, labelsFile.errorString()));
        labels = std::make_unique<CsvWriter>(&labelsFile);
        labels->field("account_id").field("label").field("typology").endRow();
    }
    store::Statement& acc = ws.cached(
        "INSERT INTO accounts(extract_id, line, account_key, bank, currency, customer_name, address, phone, "
        "occupation, declared_income, source_id) VALUES(?,?,?,'Synthetic Bank','GBP',?,?,?,?,?,?)");
    Writer w(ws.handle(), extract, r);
    if (!w.ok())
        return Error(QCoreApplication::translate("SyntheticBank", "Cannot write transactions."),
            QString::fromUtf8(sqlite3_errmsg(ws.handle())));
    const double mean = o.accounts ? double(o.transactions) / double(o.accounts) : 0.0;
    double owed = 0;
    int bondageGroup = 0, bondageInGroup = 0;
    for (qint64 k = 0; k < o.accounts; ++k) {
        Account a;
        a.key = "SYN-" + std::to_string(k + 1);
        a.self = std::to_string(k + 1);
        a.home = city(r);
        a.strength = 0.35 + 0.65 * r.uniform();
        a.lookAlike = int(r.between(0, 4));
        if (r.chance(o.plantedShare))
            a.kind = Kind(Controller + r.between(0, 3));
        else
            a.kind = r.chance(o.lookAlikeShare) ? LookAlike : Ordinary;
        // Phones: unique, except debt-bondage victims, who share their
        // controller's in groups of three to five.
        std::string phone = "07" + std::to_string(700000000 + k);
        if (a.kind == DebtBondage) {
            if (bondageInGroup == 0)
                bondageInGroup = int(r.between(3, 5)), ++bondageGroup;
            phone = "07999" + std::to_string(100000 + bondageGroup);
            --bondageInGroup;
        }
        const bool planted = a.kind >= Controller;
        acc.bind(1, extract).bind(2, k + 1).bind(3, QString::fromStdString(a.key));
        acc.bind(4, QString::fromStdString(person(r)));
        acc.bind(5, QStringLiteral("%1 High Street, %2").arg(r.between(1, 400)).arg(QString::fromStdString(a.home)));
        acc.bind(6, QString::fromStdString(phone));
        acc.bind(7, planted ? QStringLiteral("self-employed") : QStringLiteral("nurse"));
        acc.bind(8, planted ? 12000.0 : double(r.between(24000, 45000)));
        acc.bind(9, source);
        if (Status st = acc.exec(); !st)
            return st.error();
        a.id = ws.lastInsertId();
        w.account = a.id;
        // Spread the total evenly with ±50 % jitter, settling the rounding as we go.
        owed += mean * (0.5 + r.uniform());
        const qint64 n = std::max<qint64>(0, qint64(owed));
        owed -= double(n);
        w.remaining = n;
        while (w.remaining > 0) {
            const bool own = planted ? r.chance(a.strength) : (a.kind == LookAlike && r.chance(0.3));
            if (!own) {
                ordinaryEvent(w, r, a);
                continue;
            }
            switch (a.kind) {
            case Controller:
                controllerEvent(w, r, a);
                break;
            case LabourAgent:
                labourAgentEvent(w, r, a);
                break;
            case DebtBondage:
                debtBondageEvent(w, r, a);
                break;
            case Funnel:
                funnelEvent(w, r, a);
                break;
            default:
                lookAlikeEvent(w, r, a);
                break;
            }
        }
        if (!w.ok())
            return Error(QCoreApplication::translate("SyntheticBank", "Cannot write transactions."),
                QString::fromStdString(w.error()));
        if (labels)
            labels->field(QString::fromStdString(a.key))
                .field(qint64(planted ? 1 : 0))
                .field(kindName(a.kind))
                .endRow();
        counts.planted += planted ? 1 : 0;
        ++counts.accounts;
        if (feedback && (k & 1023) == 0) {
            if (feedback->isCanceled())
                return Error(QCoreApplication::translate("SyntheticBank", "Canceled."));
            feedback->setProgress(double(k) / double(o.accounts));
        }
    }
    // Trap accounts: an ordinary year with one week of a controller's red
    // flags, which no one should call a pattern.
    Random trap(o.trapSeed ^ 0x0e7eull);
    for (qint64 k = 0; k < o.oneWeekAccounts; ++k) {
        Account a;
        a.key = "SYN-WEEK-" + std::to_string(k + 1);
        a.self = a.key;
        a.home = city(trap);
        a.strength = 0;
        a.lookAlike = 0;
        a.kind = Ordinary;
        a.weekStart = int(trap.between(30, 330));
        acc.bind(1, extract).bind(2, o.accounts + k + 1).bind(3, QString::fromStdString(a.key));
        acc.bind(4, QString::fromStdString(person(trap)));
        acc.bind(5, QStringLiteral("%1 High Street, %2").arg(trap.between(1, 400)).arg(QString::fromStdString(a.home)));
        acc.bind(6, QStringLiteral("07600%1").arg(100000 + k));
        acc.bind(7, QStringLiteral("nurse"));
        acc.bind(8, double(trap.between(24000, 45000)));
        acc.bind(9, source);
        if (Status st = acc.exec(); !st)
            return st.error();
        a.id = ws.lastInsertId();
        w.account = a.id;
        w.remaining = std::max<qint64>(160, qint64(mean));
        while (w.remaining > 0) {
            if (trap.chance(0.5))
                controllerEvent(w, trap, a);
            else
                ordinaryEvent(w, trap, a);
        }
        if (!w.ok())
            return Error(QCoreApplication::translate("SyntheticBank", "Cannot write transactions."),
                QString::fromStdString(w.error()));
        if (labels)
            labels->field(QString::fromStdString(a.key)).field(qint64(0)).field("").endRow();
        ++counts.accounts;
    }
    counts.transactions = w.written;
    if (labels)
        labels->flush();
    if (Status st = tx.commit(); !st)
        return st.error();
    return counts;
}

} // namespace waymark::sample
