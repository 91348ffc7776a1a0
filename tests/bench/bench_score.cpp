// Scoring benchmark (issue 5): 5,000,000 generated transactions over 500,000
// accounts in a workspace, scored against every built-in typology by
// models/finance (read from SQLite, clean, 27 indicators, log-odds, noisy-OR),
// and, in the same run on the same workspace, the same indicators' measured
// values computed as SQL queries by the sqlite3 library (the anchor). Prints
// both times, the ratio, transactions/s and peak memory.
//
//   bench_score [--accounts N] [--transactions M] [--keep FILE.waymark [--reuse]] [--no-sql] [--threads N]
//   bench_score --accounts 50000 --transactions 500000      (a quick run)
//   bench_score --keep F.waymark --no-sql, then bench_score --keep F.waymark --reuse --no-sql
//                                                           (bytes held per transaction while scoring)
//   bench_score --heavy-tail --keep F.waymark --no-sql       a bank shaped like a real export (date order,
//                                                           heavy-tailed accounts, transfers naming accounts)
//   bench_score --keep F.waymark --reuse --no-sql --rows-per-pass R
//                                                           score in passes of about R transactions
//                                                           (ScoreRun::Options::rowsPerPass; 0: at once)
//   bench_score --memory [--transactions M] [--accounts N]   bytes held per transaction and per account:
//                                                           three heavy-tailed banks (M over N, 2M over N,
//                                                           M over 2N), each scored in a process of its own,
//                                                           and what 50 million transactions would need

#include "benchprocess.h"
#include "heavytailbank.h"

#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "sample/syntheticbank.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <sys/resource.h>

namespace {

long peakMiB()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss / 1024;
}

// Category classes as the reader folds them, written out for SQL.
#define CAT "lower(coalesce(category, ''))"
const char* const kHighRisk = "('ALB','VNM','ROU','NGA','ERI','SDN','CHN','AFG')";

struct Query {
    const char* indicator;
    std::string sql;
};

std::vector<Query> anchorQueries()
{
    const std::string out = "direction = 'out'", in = "direction = 'in'";
    const std::string hour = "CAST(substr(ts, 12, 2) AS INTEGER)";
    const std::string cashIn
        = "(direction = 'in' AND (lower(coalesce(channel,'')) IN ('cash','atm','branch') OR " CAT " = 'cash'))";
    // Distinct keys within a window, per account: a self-join on the
    // (account_id, day) index, then the best window.
    auto windowDistinct = [](const std::string& filter1, const std::string& filter2, const std::string& key, int days) {
        return "SELECT account_id, max(n) FROM (SELECT t1.account_id AS account_id, count(DISTINCT " + key
            + ") AS n FROM transactions t1 JOIN transactions t2 ON t2.account_id = t1.account_id AND t2.day BETWEEN "
              "t1.day AND t1.day + "
            + std::to_string(days - 1) + " AND " + filter2 + " WHERE " + filter1
            + " GROUP BY t1.id) GROUP BY account_id";
    };
    auto windowCount = [](const std::string& filter, int days) {
        return "SELECT account_id, max(n) FROM (SELECT account_id, count(*) OVER (PARTITION BY account_id ORDER BY "
               "day RANGE BETWEEN CURRENT ROW AND "
            + std::to_string(days - 1) + " FOLLOWING) AS n FROM transactions WHERE " + filter + ") GROUP BY account_id";
    };
    auto both = [](const std::string& f, const char* alias) {
        std::string s = f;
        for (size_t p = 0; (p = s.find("$.", p)) != std::string::npos;)
            s.replace(p, 2, std::string(alias) + ".");
        return s;
    };
    const std::string hotel = "$.direction = 'out' AND lower(coalesce($.category,'')) LIKE '%hotel%'";
    const std::string hotelLoc = hotel + " AND $.location IS NOT NULL";
    const std::string rent = "$.direction = 'out' AND lower(coalesce($.category,'')) = 'rent'";
    const std::string cashLoc = "$.direction = 'in' AND (lower(coalesce($.channel,'')) IN ('cash','atm','branch') OR "
                                "lower(coalesce($.category,'')) = 'cash') AND $.location IS NOT NULL";
    const std::string payer = "$.direction = 'in' AND $.counterparty IS NOT NULL";
    const std::string cardLoc
        = "$.direction = 'out' AND $.location IS NOT NULL AND lower(coalesce($.channel,'')) = 'card'";
    std::vector<Query> q;
    q.push_back({ "ads_payments",
        "SELECT account_id, count(*) FROM transactions WHERE " + out
            + " AND (" CAT " IN ('online_ads','classifieds','escort','adult') OR lower(coalesce(merchant,'')) LIKE "
              "'%classified%') GROUP BY "
              "account_id" });
    q.push_back({ "hotel_frequent", windowCount(both(hotel, "transactions"), 30) });
    q.push_back({ "hotel_multi_city", windowDistinct(both(hotelLoc, "t1"), both(hotelLoc, "t2"), "t2.location", 7) });
    q.push_back({ "late_night_spending",
        "SELECT account_id, sum((" + hour + " >= 22 OR " + hour
            + " < 5) AND " CAT " IN ('hotel','bar','pub','fast_food','taxi')) * 1.0 / count(*) FROM transactions WHERE "
            + out + " AND length(ts) > 10 GROUP BY account_id" });
    q.push_back({ "prepaid_cards",
        "SELECT account_id, count(*), sum(amount) FROM transactions WHERE " + out
            + " AND " CAT " IN ('prepaid_cards','gift_cards','prepaid') GROUP BY account_id" });
    q.push_back({ "rent_multiple_addresses",
        windowDistinct(both(rent, "t1"), both(rent, "t2"), "coalesce(t2.reference, t2.counterparty)", 35) });
    q.push_back({ "third_party_travel",
        "SELECT account_id, count(DISTINCT reference) FROM transactions WHERE " + out
            + " AND " CAT " = 'travel' AND lower(reference) LIKE '%passenger%' GROUP BY account_id" });
    q.push_back({ "one_way_travel",
        "SELECT account_id, count(*) FROM transactions WHERE " + out
            + " AND " CAT
              " = 'travel' AND (lower(coalesce(merchant,'') || ' ' || coalesce(reference,'')) LIKE '%one-way%' OR "
              "lower(coalesce(merchant,'') || ' ' || coalesce(reference,'')) LIKE '%single%') GROUP BY account_id" });
    q.push_back({ "cash_many_branches", windowDistinct(both(cashLoc, "t1"), both(cashLoc, "t2"), "t2.location", 7) });
    q.push_back({ "structuring", windowCount(in + " AND amount >= 9000 AND amount < 10000", 30) });
    q.push_back({ "funnel_many_payers", windowDistinct(both(payer, "t1"), both(payer, "t2"), "t2.counterparty", 30) });
    q.push_back({ "one_off_payers",
        "SELECT account_id, sum(n = 1), sum(n = 1) * 1.0 / count(*) FROM (SELECT account_id, counterparty, count(*) AS "
        "n "
        "FROM transactions WHERE "
            + in + " AND counterparty IS NOT NULL GROUP BY account_id, counterparty) GROUP BY account_id" });
    // Pass-through: the money out within 3 days of each payment in, capped
    // at that payment (SQL has no first-in-first-out queue).
    q.push_back({ "pass_through",
        "SELECT account_id, sum(used) / sum(amount) FROM (SELECT t1.account_id AS account_id, t1.amount AS amount, "
        "min(t1.amount, coalesce((SELECT sum(t2.amount) FROM transactions t2 WHERE t2.account_id = t1.account_id AND "
        "t2.direction = 'out' AND t2.day BETWEEN t1.day AND t1.day + 3), 0)) AS used FROM transactions t1 WHERE "
        "t1.direction = 'in') GROUP BY account_id" });
    q.push_back({ "low_balance",
        "SELECT account_id, (sum(CASE WHEN direction = 'in' THEN amount ELSE 0 END) - sum(CASE WHEN direction = 'out' "
        "THEN amount ELSE 0 END)) / sum(CASE WHEN direction = 'in' THEN amount ELSE 0 END) FROM transactions GROUP BY "
        "account_id" });
    q.push_back({ "no_living_expenses",
        "SELECT account_id, sum(direction = 'out' AND " CAT
        " IN ('groceries','utilities','phone')) * 30.0 / (max(day) - min(day) + 1) FROM transactions GROUP BY "
        "account_id" });
    q.push_back({ "wages_moved_on",
        "SELECT account_id, sum(moved) / sum(paid) FROM (SELECT w.account_id AS account_id, w.paid AS paid, "
        "min(w.paid, "
        "coalesce((SELECT max(s) FROM (SELECT sum(o.amount) AS s FROM transactions o WHERE o.account_id = w.account_id "
        "AND o.direction = 'out' AND o.counterparty IS NOT NULL AND o.day BETWEEN w.day AND w.day + 2 AND "
        "lower(coalesce(o.category,'')) NOT IN ('rent','utilities') GROUP BY o.counterparty)), 0)) AS moved FROM "
        "(SELECT account_id, day, sum(amount) AS paid FROM transactions WHERE "
            + in + " AND " CAT " = 'salary' GROUP BY account_id, day) w) GROUP BY account_id" });
    q.push_back({ "several_workers_wages", windowCount(in + " AND " CAT " = 'salary'", 28) });
    q.push_back({ "shared_customer_details",
        "SELECT a.id, max(coalesce(p.n, 0), coalesce(d.n, 0)) - 1 FROM accounts a LEFT JOIN (SELECT phone, count(*) AS "
        "n FROM accounts WHERE phone IS NOT NULL GROUP BY phone) p ON p.phone = a.phone LEFT JOIN (SELECT address, "
        "count(*) AS n FROM accounts WHERE address IS NOT NULL GROUP BY address) d ON d.address = a.address" });
    q.push_back({ "odd_hours_takings",
        "SELECT account_id, sum(" + hour + " < 5) * 1.0 / count(*) FROM transactions WHERE " + in
            + " AND length(ts) > 10 AND lower(coalesce(channel,'')) IN ('card','cash') GROUP BY account_id" });
    q.push_back({ "round_amounts",
        "SELECT account_id, sum(amount >= 100 AND amount - 100 * CAST(amount / 100 AS INTEGER) < 0.005) * 1.0 / "
        "count(*) "
        "FROM transactions GROUP BY account_id" });
    q.push_back({ "recruitment_visa_payments",
        "SELECT account_id, count(*) FROM transactions WHERE " + out
            + " AND " CAT " IN ('recruitment_agency','visa_agency','recruitment','visa') GROUP BY account_id" });
    q.push_back({ "small_remittances_high_risk",
        "SELECT account_id, count(*) FROM transactions WHERE " + out
            + " AND amount <= 5000 AND counterparty_country IN " + kHighRisk + " GROUP BY account_id" });
    q.push_back({ "corridor_outflow_share",
        "SELECT account_id, sum(CASE WHEN counterparty_country IN " + std::string(kHighRisk)
            + " THEN amount ELSE 0 END) / sum(amount) FROM transactions WHERE " + out + " GROUP BY account_id" });
    q.push_back({ "income_inconsistent",
        "SELECT t.account_id, sum(CASE WHEN t.direction = 'in' THEN t.amount ELSE 0 END) * 365.0 / (max(t.day) - "
        "min(t.day) + 1) / max(a.declared_income, 1) FROM transactions t JOIN accounts a ON a.id = t.account_id WHERE "
        "a.declared_income IS NOT NULL GROUP BY t.account_id" });
    q.push_back({ "occupation_inconsistent",
        "SELECT t.account_id, sum(CASE WHEN t.direction = 'in' THEN t.amount ELSE 0 END) * 365.0 / (max(t.day) - "
        "min(t.day) + 1) FROM transactions t JOIN accounts a ON a.id = t.account_id WHERE lower(a.occupation) IN "
        "('student','unemployed','retired','homemaker','carer','benefits','none') GROUP BY t.account_id" });
    q.push_back({ "cash_intensive",
        "SELECT account_id, sum(CASE WHEN " + cashIn + " THEN amount ELSE 0 END) / sum(amount) FROM transactions WHERE "
            + in + " GROUP BY account_id" });
    q.push_back({ "multi_city_spending", windowDistinct(both(cardLoc, "t1"), both(cardLoc, "t2"), "t2.location", 7) });
    return q;
}

/// Scoring's peak memory above what the process held before it (MiB), from a
/// run of this program on `file` in a process of its own; -1 when it failed.
double scoringPeakMiB(const QString& self, const QString& file, int threads)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(self,
        { QStringLiteral("--keep"), file, QStringLiteral("--reuse"), QStringLiteral("--no-sql"),
            QStringLiteral("--threads"), QString::number(threads) });
    if (!p.waitForFinished(-1) || p.exitCode() != 0)
        return -1;
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    const auto m = QRegularExpression(QStringLiteral("peak memory while scoring: (\\d+) MiB \\((\\d+) MiB before\\)"))
                       .match(text);
    return m.hasMatch() ? m.captured(1).toDouble() - m.captured(2).toDouble() : -1;
}

/// --memory: what scoring holds per transaction and per account, from three
/// heavy-tailed banks each scored in a process of its own (the peak of a
/// process is a high-water mark, so each needs its own), and what that
/// means for 50 million transactions.
int memoryMode(const QString& self, qint64 transactions, qint64 accounts, int threads, QTextStream& out)
{
    QTemporaryDir dir;
    const std::pair<qint64, qint64> shapes[]
        = { { transactions, accounts }, { 2 * transactions, accounts }, { transactions, 2 * accounts } };
    double peak[3] = {};
    for (int i = 0; i < 3; ++i) {
        const QString file = dir.filePath(QStringLiteral("m%1.waymark").arg(i));
        const double generated = waymark::bench::runSeconds(self,
            { QStringLiteral("--heavy-tail"), QStringLiteral("--generate-only"), QStringLiteral("--keep"), file,
                QStringLiteral("--transactions"), QString::number(shapes[i].first), QStringLiteral("--accounts"),
                QString::number(shapes[i].second) });
        if (generated < 0)
            return 1;
        peak[i] = scoringPeakMiB(self, file, threads);
        QFile::remove(file);
        if (peak[i] < 0) {
            out << "scoring " << file << " failed\n";
            return 1;
        }
        out << "  " << shapes[i].first << " transactions over " << shapes[i].second
            << " accounts: " << QString::number(peak[i], 'f', 0) << " MiB held while scoring\n";
        out.flush();
    }
    const double perTransaction = (peak[1] - peak[0]) * 1048576.0 / double(transactions);
    const double perAccount = (peak[2] - peak[0]) * 1048576.0 / double(accounts);
    const double fixed = peak[0] * 1048576.0 - perTransaction * double(transactions) - perAccount * double(accounts);
    out << "bytes held while scoring: " << QString::number(perTransaction, 'f', 1) << " per transaction, "
        << QString::number(perAccount, 'f', 1) << " per account, " << QString::number(fixed / 1048576.0, 'f', 0)
        << " MiB fixed\n";
    const double goal = 4e9;
    for (const qint64 n : { qint64(500000), qint64(2000000), qint64(5000000) }) {
        const double need = fixed + perTransaction * 5e7 + perAccount * double(n);
        out << "  50,000,000 transactions over " << n << " accounts: " << QString::number(need / 1e9, 'f', 2)
            << " GB (goal < 4 GB: " << (need < goal ? "met" : "NOT met") << ")\n";
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 accounts = 500000, transactions = 5000000;
    QString keep;
    const bool reuse = args.contains(QStringLiteral("--reuse")); // score the --keep file as it is
    const bool noSql = args.contains(QStringLiteral("--no-sql"));
    int threads = 2;
    if (const int i = int(args.indexOf(QStringLiteral("--threads"))); i > 0 && i + 1 < args.size())
        threads = args.at(i + 1).toInt();
    qint64 rowsPerPass = waymark::finance::ScoreRun::Options().rowsPerPass;
    if (const int i = int(args.indexOf(QStringLiteral("--rows-per-pass"))); i > 0 && i + 1 < args.size())
        rowsPerPass = args.at(i + 1).toLongLong();
    if (const int i = int(args.indexOf(QStringLiteral("--accounts"))); i > 0 && i + 1 < args.size())
        accounts = args.at(i + 1).toLongLong();
    if (const int i = int(args.indexOf(QStringLiteral("--transactions"))); i > 0 && i + 1 < args.size())
        transactions = args.at(i + 1).toLongLong();
    if (const int i = int(args.indexOf(QStringLiteral("--keep"))); i > 0 && i + 1 < args.size())
        keep = args.at(i + 1);
    QTextStream out(stdout);
    using namespace waymark;
    const bool heavyTail = args.contains(QStringLiteral("--heavy-tail"));
    if (args.contains(QStringLiteral("--memory")))
        return memoryMode(app.applicationFilePath(), transactions, accounts, threads, out);

    QTemporaryDir dir;
    const QString path = keep.isEmpty() ? dir.filePath(QStringLiteral("bench.waymark")) : keep;
    if (!reuse)
        QFile::remove(path);
    auto ws = store::Workspace::open(path);
    if (!ws) {
        out << ws.error().toString() << '\n';
        return 1;
    }
    QElapsedTimer t;
    t.start();
    if (!reuse && heavyTail) {
        bench::HeavyTailOptions o;
        o.accounts = accounts;
        o.transactions = transactions;
        auto counts = bench::writeHeavyTailBank(*ws.value(), o);
        if (!counts) {
            out << counts.error().toString() << '\n';
            return 1;
        }
        out << "input: " << counts->transactions << " transactions over " << counts->accounts << " accounts ("
            << counts->activeAccounts << " with any, the busiest " << counts->largestAccount << "; " << counts->flowRows
            << " naming a counterparty account), generated into " << path << " in "
            << QString::number(double(t.nsecsElapsed()) / 1e9, 'f', 1) << " s\n";
        out.flush();
    } else if (!reuse) {
        sample::SyntheticBank::Options o;
        o.accounts = accounts;
        o.transactions = transactions;
        o.plantedShare = 0.01;
        o.seed = 2024;
        auto counts = sample::SyntheticBank::write(*ws.value(), o);
        if (!counts) {
            out << counts.error().toString() << '\n';
            return 1;
        }
        out << "input: " << counts->transactions << " transactions over " << counts->accounts << " accounts ("
            << counts->planted << " planted), generated into " << path << " in "
            << QString::number(double(t.nsecsElapsed()) / 1e9, 'f', 1) << " s\n";
        out.flush();
    }
    ws.value().reset();
    if (args.contains(QStringLiteral("--generate-only")))
        return 0;

    // Waymark, on a fresh connection.
    auto typologies = finance::TypologyReader::builtIn();
    if (!typologies) {
        out << typologies.error().toString() << '\n';
        return 1;
    }
    const finance::Scorer scorer(typologies.value());
    auto wsScore = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    if (!wsScore) {
        out << wsScore.error().toString() << '\n';
        return 1;
    }
    qint64 scored = 0, above50 = 0;
    const long beforeScoring = peakMiB();
    finance::ScoreRun::Options so;
    so.store = false;
    so.threads = threads;
    so.rowsPerPass = rowsPerPass;
    t.restart();
    auto run = finance::ScoreRun::run(*wsScore.value(), scorer, so, [&](const finance::AccountScore& s) {
        if (s.scored) {
            ++scored;
            above50 += s.probability > 0.5 ? 1 : 0;
        }
    });
    const double waymarkSeconds = double(t.nsecsElapsed()) / 1e9;
    if (!run) {
        out << run.error().toString() << '\n';
        return 1;
    }
    const long waymarkPeak = peakMiB();
    out << "waymark: " << run->read.transactions << " transactions, " << scored << " accounts scored against "
        << typologies->size() << " typologies (" << finance::IndicatorLibrary::standard().size() << " indicators) in "
        << QString::number(waymarkSeconds, 'f', 2) << " s; " << above50 << " accounts above 50 %\n";
    // What scoring holds per transaction: the peak over what the process
    // held before it started (with --reuse nothing was generated here first).
    out << "peak memory while scoring: " << waymarkPeak << " MiB (" << beforeScoring << " MiB before); "
        << QString::number(
               double(waymarkPeak - beforeScoring) * 1048576.0 / double(std::max<qint64>(1, run->read.transactions)),
               'f', 1)
        << " bytes per transaction"
        << (reuse ? "" : " (generated in this process: use --keep F then --reuse for a clean figure)") << '\n';
    out.flush();
    wsScore.value().reset();

    if (noSql)
        return 0;
    // The anchor: the same indicators as SQL over the same file.
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        out << "cannot open " << path << '\n';
        return 1;
    }
    double sqlSeconds = 0;
    for (const auto& q : anchorQueries()) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, q.sql.c_str(), -1, &st, nullptr) != SQLITE_OK) {
            out << q.indicator << ": " << sqlite3_errmsg(db) << '\n';
            return 1;
        }
        t.restart();
        qint64 rows = 0;
        while (sqlite3_step(st) == SQLITE_ROW)
            ++rows;
        const double s = double(t.nsecsElapsed()) / 1e9;
        sqlite3_finalize(st);
        sqlSeconds += s;
        out << "  sql " << QString::fromLatin1(q.indicator).leftJustified(28) << QString::number(s, 'f', 2) << " s, "
            << rows << " accounts\n";
        out.flush();
    }
    sqlite3_close(db);

    out << "waymark scoring (read, clean, 27 indicators, 4 typologies): " << QString::number(waymarkSeconds, 'f', 2)
        << " s, " << qint64(double(run->read.transactions) / waymarkSeconds) << " transactions/s\n";
    out << "sqlite3, the same indicators' values as SQL queries:        " << QString::number(sqlSeconds, 'f', 2)
        << " s, " << qint64(double(run->read.transactions) / sqlSeconds) << " transactions/s\n";
    out << "ratio sql/waymark (>= 10 is the goal): " << QString::number(sqlSeconds / waymarkSeconds, 'f', 1) << '\n';
    out << "peak memory: " << waymarkPeak << " MiB after scoring, " << peakMiB() << " MiB at the end\n";
    return 0;
}
