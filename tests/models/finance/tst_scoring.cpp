#include "core/feedback.h"
#include "core/yardstick.h"
#include "finance/calibration.h"
#include "finance/flowgraph.h"
#include "finance/scorer.h"
#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "financefixture.h"
#include "sample/syntheticbank.h"
#include "store/auditlog.h"
#include "testutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <tuple>

using namespace waymark;
using finance::Outcome;
using test::rows;

namespace {
finance::Typology handTypology()
{
    // prior 2 %, ads hit ×8, funnel miss ×0.5, hotel multi-city not assessable (no location).
    finance::Typology t;
    t.id = QStringLiteral("hand");
    t.name = QStringLiteral("Hand-computed");
    t.prior = 0.02;
    for (const auto& [indicator, hit, miss] : { std::tuple { "ads_payments", 8.0, 0.25 },
             std::tuple { "funnel_many_payers", 6.0, 0.5 }, std::tuple { "hotel_multi_city", 4.0, 0.1 } }) {
        finance::TypologyWeight w;
        w.indicator = QLatin1String(indicator);
        w.hitLr = hit;
        w.missLr = miss;
        t.weights.push_back(w);
    }
    return t;
}
} // namespace

class TestScoring : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void logOddsArithmetic()
    {
        QTemporaryDir dir;
        test::FinanceFixture fx(dir.filePath(QStringLiteral("w.waymark")));
        const qint64 a = fx.addAccount(QStringLiteral("A"));
        // 4 ad payments (hit), 2 payers (miss), no location anywhere (hotel_multi_city not assessable).
        QVERIFY(fx.addRows(a, rows(4, QStringLiteral("%1|02:00|50|out|||online_ads|Ads|card||"))));
        QVERIFY(fx.addRows(a, rows(2, QStringLiteral("%1|19:00|100|in|Payer %1|GBR|transfer||transfer||"))));
        const finance::Scorer scorer({ handTypology() });
        const finance::AccountScore s = scorer.score(fx.ledger(a));
        QVERIFY(s.scored);
        QCOMPARE(s.typologies.size(), size_t(1));
        const finance::TypologyScore& t = s.typologies[0];
        // Odds: 0.02/0.98 × 8 × 0.5 = 4/49; probability 4/53.
        QCOMPARE(t.hits, 1);
        QCOMPARE(t.misses, 1);
        QCOMPARE(t.notAssessable, 1);
        QVERIFY(qAbs(t.logOdds - std::log(4.0 / 49.0)) < 1e-12);
        QVERIFY(qAbs(t.probability - 4.0 / 53.0) < 1e-12);
        QCOMPARE(t.contributions[0].outcome, Outcome::Hit);
        QVERIFY(qAbs(t.contributions[0].logOdds - std::log(8.0)) < 1e-12);
        QCOMPARE(t.contributions[0].evidence.size(), size_t(4));
        QCOMPARE(t.contributions[2].outcome, Outcome::NotAssessable);
        QCOMPARE(t.contributions[2].logOdds, 0.0);
        // One typology: overall is that typology's output. From expert
        // weights it is stored as an uncalibrated score, never a yardstick term.
        QVERIFY(qAbs(s.probability - 4.0 / 53.0) < 1e-12);
        QCOMPARE(s.storedKind(), QStringLiteral("uncalibrated score"));
        const QString text = scorer.explain(s);
        QVERIFY2(text.contains(QStringLiteral("not assessable (missing location)")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("+ 2.08")));
        QVERIFY(text.contains(QStringLiteral("- 0.69")));
    }

    void combineAndYardstick()
    {
        // Noisy-OR: 1 − (1 − 0.5)(1 − 0.2) = 0.6.
        QVERIFY(qAbs(finance::Scorer::combine({ 0.5, 0.2 }) - 0.6) < 1e-12);
        QCOMPARE(finance::Scorer::combine({}), 0.0);
        QVERIFY(qAbs(finance::Scorer::logistic(0) - 0.5) < 1e-15);
        QVERIFY(qAbs(finance::Scorer::logistic(-800)) < 1e-300);
        QCOMPARE(finance::Scorer::logistic(800), 1.0);
        const std::pair<double, const char*> cases[] = { { 0.0, "remote chance" }, { 0.05, "remote chance" },
            { 0.15, "highly unlikely" }, { 0.30, "unlikely" }, { 0.45, "realistic possibility" }, { 0.65, "likely" },
            { 0.85, "highly likely" }, { 0.97, "almost certain" }, { 1.0, "almost certain" } };
        for (const auto& c : cases)
            QCOMPARE(Yardstick::term(c.first), QString::fromLatin1(c.second));
        // In the gaps, the nearer band: the boundary is the gap's middle.
        const std::pair<double, const char*> gaps[] = { { 0.0749, "remote chance" }, { 0.075, "highly unlikely" },
            { 0.5249, "realistic possibility" }, { 0.525, "likely" }, { 0.7749, "likely" }, { 0.775, "highly likely" },
            { 0.9249, "highly likely" }, { 0.925, "almost certain" } };
        for (const auto& g : gaps)
            QCOMPARE(Yardstick::termOf(g.first).term, QString::fromLatin1(g.second));
        QCOMPARE(Yardstick::range(0.6), QStringLiteral("≈ 55 % – ≈ 75 %"));
        // PHIA 2025: High, Moderate, Low, judged on three criteria.
        QCOMPARE(Yardstick::confidenceLevels(),
            (QStringList { QStringLiteral("high"), QStringLiteral("moderate"), QStringLiteral("low") }));
        QCOMPARE(Yardstick::confidenceCriteria(),
            (QStringList { QStringLiteral("information base"), QStringLiteral("analytical rigour"),
                QStringLiteral("complexity and volatility") }));
    }

    void badInput()
    {
        QTemporaryDir dir;
        test::FinanceFixture fx(dir.filePath(QStringLiteral("w.waymark")));
        const qint64 one = fx.addAccount(QStringLiteral("ONE"));
        QVERIFY(fx.addRow(one, QStringLiteral("0|10:00|50|out|||groceries|Shop|card|London|")));
        const qint64 mixed = fx.addAccount(QStringLiteral("MIXED"));
        QVERIFY(fx.addRows(mixed, rows(3, QStringLiteral("%1|10:00|50|out|||groceries|Shop|card|London|"))));
        // Another currency: set aside, not summed with pounds.
        QVERIFY(fx.addRow(mixed, QStringLiteral("5|10:00|9500|in|||||||"), QStringLiteral("EUR")));
        // The same row twice (no bank id): counted once.
        QVERIFY(fx.addRow(mixed, QStringLiteral("6|10:00|70|out|||groceries|Shop|card|London|")));
        QVERIFY(fx.addRow(mixed, QStringLiteral("6|10:00|70|out|||groceries|Shop|card|London|")));
        // An absurd amount that got into the file by other means.
        QVERIFY(fx.ws().exec("INSERT INTO transactions(extract_id, line, account_id, ts, day, amount, currency, "
                             "direction) VALUES(1, 99, "
            + std::to_string(mixed) + ", '2024-01-09', 2460319, 5e10, 'GBP', 'in')"));
        // An unknown currency written by other means.
        QVERIFY(fx.ws().exec("INSERT INTO transactions(extract_id, line, account_id, ts, day, amount, currency, "
                             "direction) VALUES(1, 100, "
            + std::to_string(mixed) + ", '2024-01-10', 2460320, 10, 'XQZ', 'in')"));
        const qint64 empty = fx.addAccount(QStringLiteral("EMPTY"));
        Q_UNUSED(empty);

        auto typologies = finance::TypologyReader::builtIn();
        QVERIFY2(typologies, qPrintable(typologies.error().toString()));
        const finance::Scorer scorer(typologies.value());
        std::vector<finance::AccountScore> scores;
        finance::ScoreRun::Options o;
        auto run
            = finance::ScoreRun::run(fx.ws(), scorer, o, [&](const finance::AccountScore& s) { scores.push_back(s); });
        QVERIFY2(run, qPrintable(run.error().toString()));
        QCOMPARE(scores.size(), size_t(3));
        QCOMPARE(scores[0].accountKey, QStringLiteral("ONE"));
        QVERIFY(!scores[0].scored);
        QVERIFY(std::isnan(scores[0].probability));
        QVERIFY(scores[0].notScoredReason.contains(QStringLiteral("only 1 usable transaction")));
        QCOMPARE(scores[0].storedKind(), QStringLiteral("not assessed"));
        QCOMPARE(scores[1].accountKey, QStringLiteral("MIXED"));
        QVERIFY(scores[1].scored);
        QCOMPARE(scores[1].transactions, 8);
        QCOMPARE(scores[1].duplicates, 1);
        QCOMPARE(scores[1].setAside, 3);
        QVERIFY(!scores[2].scored);
        QCOMPARE(scores[2].notScoredReason, QStringLiteral("no transactions"));
        // The deposit in euros is not a near-threshold pound deposit.
        const auto ledger = fx.ledger(mixed);
        QCOMPARE(ledger.entries.size(), size_t(4));
        QCOMPARE(ledger.setAside.size(), size_t(3));
        // Stored: the run, every account, the typology versions, and the audit trail.
        QCOMPARE(run->scored, 1);
        QCOMPARE(run->notScored, 2);
        QVERIFY(run->runId > 0);
        QCOMPARE(fx.ws().scalar("SELECT count(*) FROM account_scores"), 3);
        QCOMPARE(fx.ws().scalar("SELECT count(*) FROM account_scores WHERE probability IS NULL"), 2);
        QCOMPARE(fx.ws().scalar("SELECT count(*) FROM typology_scores"), qint64(typologies->size()));
        QCOMPARE(fx.ws().scalar("SELECT count(*) FROM typology_versions"), qint64(typologies->size()));
        QCOMPARE(fx.ws().scalar("SELECT count(*) FROM audit_log WHERE action = 'score.run'"), 1);
        QCOMPARE(fx.ws().scalar("SELECT count(*) FROM audit_log WHERE action = 'typology.save'"),
            qint64(typologies->size()));
        // The stored explanation: probability, each typology's log-odds, hits
        // with their transactions, what could not be assessed.
        {
            store::Statement& st = fx.ws().cached(
                "SELECT s.probability, s.explanation FROM account_scores s JOIN accounts a ON a.id = s.account_id "
                "WHERE a.account_key = 'MIXED'");
            QVERIFY(st.next());
            const QJsonObject e = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
            QCOMPARE(e.value(QStringLiteral("p")).toDouble(), st.real(0));
            QCOMPARE(e.value(QStringLiteral("typologies")).toObject().size(), qsizetype(typologies->size()));
            QCOMPARE(e.value(QStringLiteral("duplicates")).toInt(), 1);
            QCOMPARE(e.value(QStringLiteral("setAside")).toInt(), 3);
            QVERIFY(e.value(QStringLiteral("notAssessable")).toArray().contains(QStringLiteral("funnel_many_payers")));
            st.reset();
        }
        // A second run with the same typologies reuses their stored versions.
        QVERIFY(finance::ScoreRun::run(fx.ws(), scorer, o));
        QCOMPARE(fx.ws().scalar("SELECT count(*) FROM typology_versions"), qint64(typologies->size()));
        QCOMPARE(fx.ws().scalar("SELECT count(*) FROM score_runs"), 2);
        // An edited typology is a new version, audited.
        auto edited = typologies.value();
        edited[0].weights[0].hitLr = 20;
        edited[0].version = 2;
        QVERIFY(finance::ScoreRun::saveTypology(fx.ws(), edited[0]));
        QCOMPARE(fx.ws().scalar("SELECT count(*) FROM typology_versions"), qint64(typologies->size()) + 1);
        auto verified = fx.ws().audit().verify();
        QVERIFY(verified);
    }

    void datesOutOfOrder()
    {
        QTemporaryDir dir;
        test::FinanceFixture fx(dir.filePath(QStringLiteral("w.waymark")));
        const qint64 a = fx.addAccount(QStringLiteral("A"));
        // The bank's file lists the money out before the money in.
        QVERIFY(fx.addRow(a, QStringLiteral("12|10:00|2900|out|||||||")));
        QVERIFY(fx.addRow(a, QStringLiteral("11|10:00|3000|in|||||||")));
        QVERIFY(fx.addRow(a, QStringLiteral("3|10:00|50|out|||||||")));
        const auto ledger = fx.ledger(a);
        QCOMPARE(ledger.entries.size(), size_t(3));
        QCOMPARE(ledger.entries[0].day + 8, ledger.entries[1].day);
        QCOMPARE(ledger.entries[1].day + 1, ledger.entries[2].day);
        QCOMPARE(ledger.activeDays(), 10);
        // In on day 11, out the next day: money passing through.
        const auto& lib = finance::IndicatorLibrary::standard();
        const auto r = lib.evaluate(lib.indexOf(QStringLiteral("pass_through")), ledger);
        QCOMPARE(r.outcome, Outcome::Hit);
        QVERIFY(qAbs(r.value - 2900.0 / 3000.0) < 1e-12);
    }

    // Cancel stops the run in its first half (the whole table read into
    // memory) too: no score is made, and no run is stored.
    void cancelStopsTheGather()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        sample::SyntheticBank::Options o;
        o.accounts = 2000;
        o.transactions = 300000; // the gather reports every 65,536 rows a thread reads
        QVERIFY(sample::SyntheticBank::write(*ws.value(), o));
        auto typologies = finance::TypologyReader::builtIn();
        QVERIFY(typologies);
        const finance::Scorer scorer(typologies.value());
        Feedback feedback;
        std::atomic<double> furthest { 0 };
        std::atomic<int> reports { 0 };
        feedback.setProgressCallback([&](double f, const QString&) {
            ++reports;
            if (f > furthest)
                furthest = f;
            feedback.cancel(); // at the first report, which comes from the gather
        });
        finance::ScoreRun::Options so;
        so.threads = 2;
        qint64 scored = 0;
        auto run = finance::ScoreRun::run(
            *ws.value(), scorer, so, [&](const finance::AccountScore&) { ++scored; }, &feedback);
        QVERIFY(!run);
        QVERIFY2(run.error().message.contains(QLatin1String("canceled")), qPrintable(run.error().toString()));
        // The gather stopped at its first check after the cancel (which still
        // reports): two reports, where a gather that ignores it makes three.
        QVERIFY2(reports <= 2, qPrintable(QString::number(reports.load())));
        QVERIFY2(furthest < 0.5, qPrintable(QString::number(furthest.load())));
        QCOMPARE(scored, 0);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM score_runs"), 0);
    }

    void threadsAgree()
    {
        // The parallel run and the single reading thread score alike.
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        sample::SyntheticBank::Options o;
        o.accounts = 3000;
        o.transactions = 60000;
        o.plantedShare = 0.05;
        QVERIFY(sample::SyntheticBank::write(*ws.value(), o));
        // Some dirt: repeated rows (at the end of the table, far from their
        // twins), rows in another currency, and zero amounts.
        QVERIFY(ws.value()->exec(
            "INSERT INTO transactions(extract_id, line, account_id, ts, day, amount, currency, direction, "
            "counterparty, "
            "counterparty_country, category, merchant, channel, location, reference) SELECT extract_id, line, "
            "account_id, ts, day, amount, currency, direction, counterparty, counterparty_country, category, merchant, "
            "channel, location, reference FROM transactions WHERE id % 97 = 0"));
        QVERIFY(ws.value()->exec("UPDATE transactions SET currency = 'USD' WHERE id % 101 = 0"));
        QVERIFY(ws.value()->exec("UPDATE transactions SET amount = 0 WHERE id % 103 = 0"));
        auto typologies = finance::TypologyReader::builtIn();
        QVERIFY(typologies);
        const finance::Scorer scorer(typologies.value());
        // One thread reads through the index, account by account; two gather
        // the whole table in memory first: the same cleaning either way.
        std::vector<std::pair<qint64, double>> byThreads[2];
        finance::LedgerReader::Stats read[2];
        for (int t = 0; t < 2; ++t) {
            finance::ScoreRun::Options so;
            so.threads = t + 1;
            so.store = t == 1;
            auto run = finance::ScoreRun::run(*ws.value(), scorer, so, [&](const finance::AccountScore& s) {
                byThreads[t].emplace_back(s.accountId, s.scored ? s.probability : -1.0);
            });
            QVERIFY2(run, qPrintable(run.error().toString()));
            QCOMPARE(run->read.accounts, o.accounts);
            read[t] = run->read;
        }
        QCOMPARE(read[1].transactions, read[0].transactions);
        QCOMPARE(read[1].duplicates, read[0].duplicates);
        QCOMPARE(read[1].setAside, read[0].setAside);
        QVERIFY2(read[0].duplicates > 500, qPrintable(QString::number(read[0].duplicates)));
        QVERIFY2(read[0].setAside > 1000, qPrintable(QString::number(read[0].setAside)));
        QCOMPARE(byThreads[0].size(), size_t(o.accounts));
        QVERIFY(byThreads[0] == byThreads[1]);
        // Profiles read in two parts carry the same shared details.
        auto one = finance::LedgerReader::profiles(*ws.value(), 1),
             two = finance::LedgerReader::profiles(*ws.value(), 2);
        QVERIFY(one && two);
        QCOMPARE(two->size(), one->size());
        int sharing = 0;
        for (size_t i = 0; i < one->size(); ++i) {
            QCOMPARE(two->accountId(i), one->accountId(i));
            QCOMPARE(two->sharedDetails(i), one->sharedDetails(i));
            QCOMPARE(two->fields(i), one->fields(i));
            const finance::AccountProfile a = one->at(i), b = two->at(i);
            QCOMPARE(b.key, a.key);
            QCOMPARE(b.currency, a.currency);
            QCOMPARE(b.occupation, a.occupation);
            QCOMPARE(b.declaredIncome, a.declaredIncome);
            QVERIFY(b.homeAreas == a.homeAreas);
            sharing += one->sharedDetails(i) > 0 ? 1 : 0;
        }
        QVERIFY(sharing > 0);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM account_scores"), o.accounts);
    }

    void passesAgree()
    {
        // A bank gathered in passes over ranges of accounts (as one too large
        // to hold at once is) scores exactly as one gathered at once: the
        // same accounts, probabilities and explanations, from the same
        // money-flow graph.
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        sample::SyntheticBank::Options o;
        o.accounts = 9000; // five chunks of 2,048 accounts
        o.transactions = 90000;
        o.plantedShare = 0.05;
        QVERIFY(sample::SyntheticBank::write(*ws.value(), o));
        // Payments between the bank's own accounts and to accounts outside
        // it, so that the structural indicators have a graph to walk, and
        // repeated rows far from their twins.
        QVERIFY(ws.value()->exec("UPDATE transactions SET counterparty_account = (SELECT account_key FROM accounts "
                                 "WHERE id = 1 + (transactions.account_id * 7 + transactions.id % 5) % 9000) "
                                 "WHERE id % 3 = 0"));
        QVERIFY(ws.value()->exec("UPDATE transactions SET counterparty_account = 'EXT-' || (id % 211) "
                                 "WHERE id % 7 = 1"));
        QVERIFY(ws.value()->exec(
            "INSERT INTO transactions(extract_id, line, account_id, ts, day, amount, currency, direction, "
            "counterparty, counterparty_country, category, merchant, channel, location, reference, "
            "counterparty_account) SELECT extract_id, line, account_id, ts, day, amount, currency, direction, "
            "counterparty, counterparty_country, category, merchant, channel, location, reference, "
            "counterparty_account FROM transactions WHERE id % 89 = 0"));
        auto flow = finance::FlowGraph::load(*ws.value());
        QVERIFY(flow && flow.value());
        QVERIFY(flow.value()->edgeCount() > 20000);
        auto typologies = finance::TypologyReader::builtIn();
        QVERIFY(typologies);
        const finance::Scorer scorer(typologies.value());
        struct Scored {
            qint64 account;
            double probability;
            QByteArray explanation;
            bool operator==(const Scored& o) const
            {
                return account == o.account && probability == o.probability && explanation == o.explanation;
            }
        };
        std::vector<Scored> byPasses[2];
        finance::LedgerReader::Stats read[2];
        for (int k = 0; k < 2; ++k) {
            finance::ScoreRun::Options so;
            so.threads = 2;
            so.store = false;
            so.rowsPerPass = k == 0 ? 0 : 25000; // at once; in four passes
            Feedback feedback;
            double last = 0;
            bool forward = true;
            feedback.setProgressCallback([&](double f, const QString&) {
                forward = forward && f >= last - 1e-9 && f <= 1 + 1e-9;
                last = f;
            });
            auto run = finance::ScoreRun::run(
                *ws.value(), scorer, so,
                [&](const finance::AccountScore& s) {
                    byPasses[k].push_back({ s.accountId, s.scored ? s.probability : -1.0, scorer.compactJson(s) });
                },
                &feedback);
            QVERIFY2(run, qPrintable(run.error().toString()));
            read[k] = run->read;
            QVERIFY2(forward, "progress went back");
            QVERIFY2(last > 0.99, qPrintable(QString::number(last)));
        }
        QCOMPARE(read[1].accounts, qint64(o.accounts));
        QCOMPARE(read[1].transactions, read[0].transactions);
        QCOMPARE(read[1].duplicates, read[0].duplicates);
        QVERIFY(read[0].duplicates > 500);
        QCOMPARE(byPasses[1].size(), byPasses[0].size());
        for (size_t i = 0; i < byPasses[0].size(); ++i)
            QVERIFY2(byPasses[1][i] == byPasses[0][i], qPrintable(QString::number(byPasses[0][i].account)));
        // The structural indicators had a graph to walk: assessed (not
        // listed as not assessable) and, for some accounts, a hit.
        qint64 assessed = 0, hits = 0;
        for (const Scored& s : byPasses[0]) {
            const int na = s.explanation.indexOf("\"notAssessable\"");
            if (na < 0)
                continue;
            assessed += s.explanation.indexOf("\"fan_member\"", na) < 0 ? 1 : 0;
            for (const char* id : { "\"fan_in_burst\":{", "\"fan_out_burst\":{", "\"gather_scatter\":{",
                     "\"cycle_back\":{", "\"scatter_gather\":{", "\"pass_through_chain\":{", "\"fan_member\":{" })
                hits += s.explanation.left(na).contains(id) ? 1 : 0;
        }
        QVERIFY2(assessed > 1000 && hits > 0, qPrintable(QStringLiteral("%1 %2").arg(assessed).arg(hits)));
    }

    void typologyRoundTrip()
    {
        auto builtIn = finance::TypologyReader::builtIn();
        QVERIFY2(builtIn, qPrintable(builtIn.error().toString()));
        QStringList ids;
        for (const auto& t : builtIn.value()) {
            ids << t.id;
            auto again = finance::TypologyReader::parse(t.toJson(), QStringLiteral("again.json"));
            QVERIFY2(again, qPrintable(again.error().toString()));
            QVERIFY(again.value() == t);
            QVERIFY(t.prior > 0 && t.prior < 1);
            QVERIFY(!t.weights.empty());
        }
        QCOMPARE(ids,
            QStringList({ QStringLiteral("debt_bondage_wage_skimming"), QStringLiteral("funnel_account"),
                QStringLiteral("labour_agent"), QStringLiteral("laundering_structures"),
                QStringLiteral("sexual_exploitation_controller") }));
        // A file on disk reads the same as its text.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.json"));
        test::writeFile(path, builtIn->front().toJson());
        auto loaded = finance::TypologyReader::load(path);
        QVERIFY(loaded);
        QVERIFY(loaded.value() == builtIn->front());
    }

    void typologyErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("says");
        const QByteArray head = "{\n  \"id\": \"t\",\n  \"name\": \"T\",\n  \"prior\": 0.01,\n  \"indicators\": [\n";
        QTest::newRow("unknown indicator")
            << head + "    { \"indicator\": \"ads_paymnets\", \"hitLr\": 3 }\n  ]\n}\n"
            << QStringLiteral("t.json:6:20:") << QStringLiteral("unknown indicator \"ads_paymnets\"");
        QTest::newRow("zero weight") << head + "    { \"indicator\": \"ads_payments\", \"hitLr\": 0 }\n  ]\n}\n"
                                     << QStringLiteral("t.json:6:45:")
                                     << QStringLiteral("hitLr must be a likelihood ratio");
        QTest::newRow("negative weight") << head + "    { \"indicator\": \"ads_payments\", \"hitLr\": -2 }\n  ]\n}\n"
                                         << QStringLiteral("t.json:6:45:") << QStringLiteral("likelihood ratio");
        QTest::newRow("text weight") << head + "    { \"indicator\": \"ads_payments\", \"hitLr\": \"high\" }\n  ]\n}\n"
                                     << QStringLiteral("t.json:6:45:") << QStringLiteral("likelihood ratio");
        QTest::newRow("huge weight") << head + "    { \"indicator\": \"ads_payments\", \"hitLr\": 1e9 }\n  ]\n}\n"
                                     << QStringLiteral("t.json:6:45:") << QStringLiteral("between 0.001 and 1000");
        QTest::newRow("bad miss weight") << head
                + "    { \"indicator\": \"ads_payments\", \"hitLr\": 3, \"missLr\": 0 }\n  ]\n}\n"
                                         << QStringLiteral("t.json:6:58:") << QStringLiteral("missLr");
        QTest::newRow("no weight") << head + "    { \"indicator\": \"ads_payments\" }\n  ]\n}\n"
                                   << QStringLiteral("t.json:6:5:") << QStringLiteral("needs indicator and hitLr");
        QTest::newRow("twice") << head
                + "    { \"indicator\": \"ads_payments\", \"hitLr\": 3 },\n    { \"indicator\": \"ads_payments\", "
                  "\"hitLr\": 2 }\n  ]\n}\n"
                               << QStringLiteral("t.json:7:20:") << QStringLiteral("weighted twice");
        QTest::newRow("unknown key") << head + "    { \"indicator\": \"ads_payments\", \"hitLR\": 3 }\n  ]\n}\n"
                                     << QStringLiteral("t.json:6:36:") << QStringLiteral("unknown key \"hitLR\"");
        QTest::newRow("prior") << QByteArray("{\"id\": \"t\", \"name\": \"T\", \"prior\": 1.5, \"indicators\": []}")
                               << QStringLiteral("t.json:1:35:") << QStringLiteral("prior");
        QTest::newRow("syntax") << QByteArray("{\n  \"id\": \"t\",\n  \"name\" \"T\"\n}")
                                << QStringLiteral("t.json:3:10:") << QStringLiteral("expected :");
        QTest::newRow("truncated") << QByteArray("{\n  \"id\": \"t") << QStringLiteral("t.json:2:11:")
                                   << QStringLiteral("unterminated");
        QTest::newRow("empty list") << QByteArray(
            "{\"id\": \"t\", \"name\": \"T\", \"prior\": 0.1, \"indicators\": []}")
                                    << QStringLiteral("t.json:1:1:") << QStringLiteral("at least one indicator");
        QTest::newRow("not an object") << QByteArray("[1, 2]") << QStringLiteral("t.json:1:1:")
                                       << QStringLiteral("JSON object");
        QTest::newRow("bad id") << QByteArray("{\"id\": \"Bad Id\"}") << QStringLiteral("t.json:1:8:")
                                << QStringLiteral("id must be");
    }

    void typologyErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        QFETCH(QString, says);
        auto t = finance::TypologyReader::parse(json, QStringLiteral("t.json"));
        QVERIFY(!t);
        const QString message = t.error().toString();
        QVERIFY2(message.startsWith(where), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
    }

    void logisticRegressionReference()
    {
        // Reference: scipy.optimize.minimize (BFGS) of the same penalised
        // log-likelihood, −Σ[y z − log(1 + e^z)] + ½ λ ‖w‖², λ = 1.
        const std::vector<std::vector<double>> x { { 1, 0 }, { 1, 1 }, { 0, 1 }, { 0, 0 }, { 1, 0 }, { 0, 1 }, { 1, 1 },
            { 0, 0 }, { 1, 0 }, { 0, 0 } };
        const std::vector<int> y { 1, 1, 0, 0, 1, 0, 1, 0, 0, 1 };
        const auto fit = finance::Calibration::fitLogistic(x, y, 1.0);
        QVERIFY(fit.converged);
        QVERIFY(qAbs(fit.intercept - -0.464686569) < 1e-6);
        QVERIFY(qAbs(fit.weights[0] - 0.929373138) < 1e-6);
        QVERIFY(qAbs(fit.weights[1]) < 1e-6);
    }

    void rankingMetrics()
    {
        // AUC by counting pairs by hand: 17 of 24 (positive, negative) pairs
        // are ordered right, with one tie counting half.
        const auto m = finance::RankingMetrics::compute(
            { 0.9, 0.8, 0.8, 0.7, 0.3, 0.2, 0.1 }, { 1, 1, 0, 1, 0, 1, 0 }, { 1, 3, 4 }, 10);
        QVERIFY(qAbs(m.auc - 17.0 / 24.0) < 1e-12);
        QCOMPARE(m.positives, 4);
        QCOMPARE(m.negatives, 3);
        QCOMPARE(m.precisionAtK[0].second, 1.0);
        QVERIFY(qAbs(m.precisionAtK[1].second - 2.0 / 3.0) < 1e-12); // the tie puts the negative first
        QCOMPARE(m.precisionAtK[2].second, 0.75);
        QCOMPARE(m.roc.front().falsePositiveRate, 0.0);
        QCOMPARE(m.roc.back().truePositiveRate, 1.0);
        QCOMPARE(m.roc.back().falsePositiveRate, 1.0);
        // Bin 0.8–0.9 holds the two 0.8s, one a case.
        QCOMPARE(m.calibration[8].count, 2);
        QCOMPARE(m.calibration[8].observedRate, 0.5);
    }
};

QTEST_GUILESS_MAIN(TestScoring)
#include "tst_scoring.moc"
