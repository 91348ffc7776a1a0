#include "heavytailbank.h"

#include "core/random.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QDate>
#include <QDateTime>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <string>
#include <vector>

namespace waymark::bench {

namespace {

struct Spend {
    const char* category;
    const char* channel;
    double logMean; ///< of the amount
};

// What ordinary accounts spend on, by weight of the list (repeats weigh more).
const std::array<Spend, 16> kSpends = { {
    { "groceries", "card", 3.2 },
    { "groceries", "card", 3.2 },
    { "groceries", "card", 3.2 },
    { "restaurant", "card", 3.3 },
    { "fast_food", "card", 2.4 },
    { "fast_food", "card", 2.4 },
    { "transport", "card", 2.2 },
    { "taxi", "card", 2.8 },
    { "utilities", "transfer", 4.4 },
    { "phone", "transfer", 3.4 },
    { "rent", "transfer", 6.6 },
    { "cash", "atm", 4.0 },
    { "hotel", "card", 4.8 },
    { "bar", "card", 3.0 },
    { "travel", "online", 4.9 },
    { "online_shopping", "online", 3.6 },
} };

const std::array<const char*, 8> kCountries = { "GBR", "GBR", "GBR", "GBR", "FRA", "ESP", "POL", "ROU" };

struct Writer {
    sqlite3* db = nullptr;
    sqlite3_stmt* st = nullptr;
    qint64 extract = 0, line = 0;
    std::string error;

    ~Writer() { sqlite3_finalize(st); }

    void row(qint64 account, const std::string& ts, int day, double amount, bool in, const std::string& counterparty,
        const std::string& counterpartyAccount, const char* country, const char* category, const std::string& merchant,
        const char* channel, const std::string& location, const std::string& reference)
    {
        sqlite3_bind_int64(st, 1, extract);
        sqlite3_bind_int64(st, 2, ++line);
        sqlite3_bind_int64(st, 3, account);
        sqlite3_bind_text(st, 4, ts.data(), int(ts.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int64(st, 5, day);
        sqlite3_bind_double(st, 6, std::round(amount * 100) / 100);
        sqlite3_bind_text(st, 7, in ? "in" : "out", -1, SQLITE_STATIC);
        auto text = [&](int i, const std::string& s) {
            if (s.empty())
                sqlite3_bind_null(st, i);
            else
                sqlite3_bind_text(st, i, s.data(), int(s.size()), SQLITE_TRANSIENT);
        };
        auto ctext = [&](int i, const char* s) {
            if (!s || !*s)
                sqlite3_bind_null(st, i);
            else
                sqlite3_bind_text(st, i, s, -1, SQLITE_STATIC);
        };
        text(8, counterparty);
        text(9, counterpartyAccount);
        ctext(10, country);
        ctext(11, category);
        text(12, merchant);
        ctext(13, channel);
        text(14, location);
        text(15, reference);
        if (sqlite3_step(st) != SQLITE_DONE && error.empty())
            error = sqlite3_errmsg(db);
        sqlite3_reset(st);
    }
};

} // namespace

Result<HeavyTailCounts> writeHeavyTailBank(store::Workspace& ws, const HeavyTailOptions& o)
{
    HeavyTailCounts counts;
    if (o.accounts < 2 || o.transactions < 0)
        return Error(QStringLiteral("the bank needs at least two accounts"));
    // Index pages stay in memory while the date-ordered rows go in.
    sqlite3_exec(ws.handle(), "PRAGMA cache_size = -1000000", nullptr, nullptr, nullptr);
    Random r(o.seed);
    store::Transaction tx(ws);
    if (!tx.isActive())
        return tx.error();
    store::Statement& ex = ws.cached("INSERT INTO extracts(file_name, sha256, format, imported_at) VALUES(?,?,?,?)");
    ex.bind(1, QStringLiteral("heavy-tail-bank"))
        .bind(2, QStringLiteral("heavy-tail-%1-%2-%3").arg(o.seed).arg(o.accounts).arg(o.transactions))
        .bind(3, QStringLiteral("synthetic_bank"))
        .bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status st = ex.exec(); !st)
        return st.error();
    const qint64 extract = ws.lastInsertId();
    store::Statement& src = ws.cached("INSERT INTO sources(extract_id, line, source_key, name, kind, grading_scheme) "
                                      "VALUES(?,0,?,'Heavy-tail bank','financial_partner','none')");
    src.bind(1, extract).bind(2, QStringLiteral("heavy-tail-bank-%1").arg(extract));
    if (Status st = src.exec(); !st)
        return st.error();
    const qint64 source = ws.lastInsertId();

    // Accounts, each with its activity drawn from a Pareto law.
    store::Statement& acc = ws.cached(
        "INSERT INTO accounts(extract_id, line, account_key, bank, currency, customer_name, address, phone, "
        "occupation, declared_income, source_id) VALUES(?,?,?,'Heavy-tail bank','GBP',?,?,?,?,?,?)");
    std::vector<qint64> ids(size_t(o.accounts));
    std::vector<double> cumulative(size_t(o.accounts));
    double total = 0;
    static const char* const kJobs[] = { "nurse", "teacher", "driver", "student", "retired", "cleaner", "engineer" };
    for (qint64 k = 0; k < o.accounts; ++k) {
        acc.bind(1, extract).bind(2, k + 1).bind(3, QStringLiteral("HT-%1").arg(k + 1));
        acc.bind(4, QStringLiteral("Holder %1").arg(k + 1));
        acc.bind(5,
            QStringLiteral("%1 Station Road, Town %2, AB%3 1CD")
                .arg(r.between(1, 300))
                .arg(r.between(1, 2000))
                .arg(r.between(1, 99)));
        acc.bind(6, QStringLiteral("07%1").arg(600000000 + k));
        acc.bind(7, QString::fromLatin1(kJobs[r.between(0, 6)]));
        acc.bind(8, double(r.between(12000, 60000)));
        acc.bind(9, source);
        if (Status st = acc.exec(); !st)
            return st.error();
        ids[size_t(k)] = ws.lastInsertId();
        total += std::min(20000.0, std::pow(1.0 - r.uniform(), -1.0 / o.tail));
        cumulative[size_t(k)] = total;
    }
    auto pickAccount = [&]() {
        const double x = r.uniform() * total;
        return size_t(std::upper_bound(cumulative.begin(), cumulative.end(), x) - cumulative.begin())
            % cumulative.size();
    };

    Writer w;
    w.db = ws.handle();
    w.extract = extract;
    if (sqlite3_prepare_v2(w.db,
            "INSERT INTO transactions(extract_id, line, account_id, ts, day, amount, currency, direction, "
            "counterparty, counterparty_account, counterparty_country, category, merchant, channel, location, "
            "reference) VALUES(?,?,?,?,?,?,'GBP',?,?,?,?,?,?,?,?,?)",
            -1, &w.st, nullptr)
        != SQLITE_OK)
        return Error(QStringLiteral("cannot write transactions"), QString::fromUtf8(sqlite3_errmsg(w.db)));
    const int day0 = int(QDate(2024, 1, 1).toJulianDay());
    std::vector<std::string> dates;
    for (int d = 0; d < 366; ++d)
        dates.push_back(QDate(2024, 1, 1).addDays(d).toString(Qt::ISODate).toStdString());
    std::vector<std::uint32_t> perAccount(size_t(o.accounts), 0);
    // In date order across the whole bank, as a bank exports.
    while (w.line < o.transactions && w.error.empty()) {
        const int day = int(w.line * 365 / std::max<qint64>(1, o.transactions));
        char ts[32];
        std::snprintf(ts, sizeof ts, "%sT%02d:%02d:%02d", dates[size_t(day)].c_str(), int(r.between(6, 23)),
            int(r.between(0, 59)), int(r.between(0, 59)));
        const size_t a = pickAccount();
        const double kind = r.uniform();
        if (kind < o.ownTransfers && w.line + 2 <= o.transactions) {
            size_t b = pickAccount();
            if (b == a)
                b = (a + 1) % ids.size();
            const double amount = std::exp(r.normal(4.8, 1.1));
            const std::string ref = r.chance(0.5) ? "REF" + std::to_string(r.between(0, 999999999)) : std::string();
            const std::string ka = "HT-" + std::to_string(a + 1), kb = "HT-" + std::to_string(b + 1);
            w.row(ids[a], ts, day0 + day, amount, false, "Holder " + std::to_string(b + 1), kb, "GBR", "transfer",
                std::string(), "transfer", std::string(), ref);
            w.row(ids[b], ts, day0 + day, amount, true, "Holder " + std::to_string(a + 1), ka, "GBR", "transfer",
                std::string(), "transfer", std::string(), ref);
            ++perAccount[a];
            ++perAccount[b];
            counts.flowRows += 2;
        } else if (kind < o.ownTransfers + o.otherTransfers) {
            const qint64 other = r.between(1, std::max<qint64>(1000, o.accounts));
            const bool in = r.chance(0.5);
            w.row(ids[a], ts, day0 + day, std::exp(r.normal(5.0, 1.2)), in, "Person " + std::to_string(other),
                "XB-" + std::to_string(other), kCountries[size_t(r.between(0, 7))], in ? "salary" : "transfer",
                std::string(), "transfer", std::string(),
                r.chance(0.6) ? "INV" + std::to_string(r.between(0, 999999999)) : std::string());
            ++perAccount[a];
            ++counts.flowRows;
        } else {
            const Spend& s = kSpends[size_t(r.between(0, qint64(kSpends.size()) - 1))];
            // Merchants are many but a few are everywhere (a Zipf-like draw).
            const qint64 merchant = qint64(std::pow(r.uniform(), 3.0) * 50000.0);
            const std::string name = std::string(s.category) + " " + std::to_string(merchant);
            const bool located = std::string_view(s.channel) == "card" || std::string_view(s.channel) == "atm";
            w.row(ids[a], ts, day0 + day, std::exp(r.normal(s.logMean, 0.7)), false, name, std::string(), "GBR",
                s.category, name, s.channel, located ? "Town " + std::to_string(r.between(1, 2000)) : std::string(),
                std::string());
            ++perAccount[a];
        }
    }
    if (!w.error.empty())
        return Error(QStringLiteral("cannot write transactions"), QString::fromStdString(w.error));
    if (Status st = tx.commit(); !st)
        return st.error();
    counts.accounts = o.accounts;
    counts.transactions = w.line;
    for (std::uint32_t n : perAccount) {
        counts.activeAccounts += n > 0 ? 1 : 0;
        counts.largestAccount = std::max<qint64>(counts.largestAccount, n);
    }
    return counts;
}

} // namespace waymark::bench
