// Validation benchmark (issue 19): do the scores find laundering structures
// in data Waymark did not make for itself? A ledger in IBM AMLSim's
// published layout, with AMLSim's alert typologies (fan-in, fan-out, cycle,
// scatter-gather, gather-scatter, bipartite, stack) planted among background
// traffic that has innocent fan-in (merchants, students, collections),
// fan-out (payrolls, moving house), loans repaid and money passed on, is
// imported through the two-sided mapping and scored as `waymark score`
// does. Prints, per typology, ROC AUC, average precision, precision at
// 10/50/100 and the times; and what the Accounts tab's default threshold
// would show. Run by hand; never judged by time.
//
// With --background heldout the background has other proportions and
// parameters and two innocent structures the thresholds were never set
// against (rotating savings clubs, escrow agents): the thresholds frozen,
// an honest held-out check.
//
//   bench_validate [--accounts N] [--days D] [--alerts K] [--seed S] [--background tuned|heldout]
//                  [--threads N] [--keep DIR] [--seeds N]
//   (--seeds N: seeds S to S+N-1, each typology's AUC as mean, min and max)
//   bench_validate --amlsim DIR      (any folder in AMLSim's layout: transactions.csv, alert_accounts.csv)

#include "amlsimledger.h"

#include "finance/rankingmetrics.h"
#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "ingest/columnmapping.h"
#include "ingest/importjob.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <map>

using namespace waymark;

namespace {

bool g_quiet = false; ///< one of several seeds: only the summary is printed

QTextStream& say()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream& out()
{
    static QString sink;
    static QTextStream none(&sink);
    sink.clear();
    return g_quiet ? none : say();
}

/// One run's AUC per alert type: of the structures typology's score and of the overall score.
struct RunAucs {
    std::map<QString, double> structures, overall;
    std::map<QString, int> cases, noHit;
};

struct Scores {
    double overall = 0; ///< the Accounts tab's score (noisy-OR over the typologies)
    double structures = -1e9; ///< log-odds of the laundering-structures typology
    double structuresProbability = 0;
};

double printRow(const QString& name, const std::vector<double>& s, const std::vector<int>& y)
{
    const auto m = finance::RankingMetrics::compute(s, y, { 10, 50, 100 }, 10);
    QString line = QStringLiteral("  %1 %2 %3 %4 %5")
                       .arg(name, -16)
                       .arg(m.positives, 5)
                       .arg(m.negatives, 6)
                       .arg(m.auc, 6, 'f', 3)
                       .arg(m.averagePrecision, 6, 'f', 3);
    for (const auto& [k, p] : m.precisionAtK)
        line += QStringLiteral(" %1").arg(p, 6, 'f', 2);
    out() << line << '\n';
    return m.auc;
}

/// Generates (unless `dir` names an AMLSim folder), imports, scores and
/// prints one ledger; fills `aucs`. Returns the process exit code.
int runOnce(const bench::AmlsimOptions& o, const QString& background, QString dir, const QString& keep, int threads,
    RunAucs& aucs)
{
    QTemporaryDir scratch;
    QElapsedTimer timer;

    if (dir.isEmpty()) {
        dir = keep.isEmpty() ? scratch.path() : keep;
        QDir().mkpath(dir);
        timer.start();
        QString why;
        const qint64 n = bench::writeAmlsimLedger(dir, o, &why);
        if (n < 0) {
            out() << why << '\n';
            return 1;
        }
        out() << QStringLiteral("Generated an AMLSim-layout ledger: %1 accounts, %2 days, %3 alerts of each of 7 "
                                "typologies, %4 transactions in %5 s (seed %6, %8 background), in %7")
                     .arg(o.accounts)
                     .arg(o.days)
                     .arg(o.alertsPerTypology)
                     .arg(n)
                     .arg(timer.elapsed() / 1000.0, 0, 'f', 2)
                     .arg(o.seed)
                     .arg(dir)
                     .arg(background)
              << '\n';
    }
    bench::AmlsimLabels labels;
    QString why;
    if (!bench::readAmlsimLabels(dir, labels, &why)) {
        out() << why << '\n';
        return 1;
    }

    // Import through the two-sided mapping, as `waymark import --mapping` does.
    auto ws = store::Workspace::open(scratch.filePath(QStringLiteral("validate.waymark")));
    if (!ws) {
        out() << ws.error().toString() << '\n';
        return 1;
    }
    ingest::ColumnMapping m;
    m.name = QStringLiteral("AMLSim");
    m.defaultCurrency = QStringLiteral("USD");
    m.dateFormat = labels.timestampFormat;
    m.columns = { { QStringLiteral("id"), QStringLiteral("tran_id") },
        { QStringLiteral("account"), QStringLiteral("orig_acct") },
        { QStringLiteral("payee_account"), QStringLiteral("bene_acct") },
        { QStringLiteral("channel"), QStringLiteral("tx_type") },
        { QStringLiteral("amount"), QStringLiteral("base_amt") },
        { QStringLiteral("timestamp"), QStringLiteral("tran_timestamp") } };
    if (Status st = m.save(*ws.value()); !st) {
        out() << st.error().toString() << '\n';
        return 1;
    }
    timer.restart();
    Feedback feedback;
    ingest::ImportOptions io;
    io.mapping = m.name;
    io.keepGoing = true;
    const auto summary
        = ingest::ImportJob::run(*ws.value(), QDir(dir).filePath(QStringLiteral("transactions.csv")), io, feedback);
    const double importSeconds = timer.elapsed() / 1000.0;
    out() << summary.toText() << '\n';
    if (summary.outcome != ingest::ImportSummary::Outcome::Imported)
        return 1;

    // Score every account, as `waymark score` does.
    auto typologies = finance::TypologyReader::builtIn();
    if (!typologies) {
        out() << typologies.error().toString() << '\n';
        return 1;
    }
    int structures = -1;
    for (size_t t = 0; t < typologies->size(); ++t) {
        if (typologies->at(t).id == QLatin1String("laundering_structures"))
            structures = int(t);
    }
    const finance::Scorer scorer(typologies.value());
    finance::ScoreRun::Options so;
    so.threads = threads;
    QHash<QString, Scores> scores;
    std::map<QString, std::pair<int, int>> hits; // indicator id → (cases, clean accounts) it hit
    std::map<QString, std::map<QString, int>> hitsByType; // alert type → indicator id → cases it hit
    std::map<QString, int> noHit; // alert type → cases no structural indicator hit
    timer.restart();
    const auto run = finance::ScoreRun::run(*ws.value(), scorer, so, [&](const finance::AccountScore& s) {
        if (!s.scored)
            return;
        Scores& x = scores[s.accountKey];
        x.overall = s.probability;
        if (structures >= 0) {
            const finance::TypologyScore& t = s.typologies[size_t(structures)];
            x.structures = t.logOdds;
            x.structuresProbability = t.probability;
            const bool isCase = labels.typologyOf.contains(s.accountKey);
            const QString type = labels.typologyOf.value(s.accountKey);
            int any = 0;
            for (const finance::Contribution& c : t.contributions) {
                if (c.outcome == finance::Outcome::Hit) {
                    const QString& id = scorer.library().definitions()[size_t(c.indicator)].id;
                    auto& n = hits[id];
                    ++(isCase ? n.first : n.second);
                    if (isCase)
                        ++hitsByType[type][id];
                    ++any;
                }
            }
            if (isCase && any == 0)
                ++noHit[type];
        }
    });
    const double scoreSeconds = timer.elapsed() / 1000.0;
    if (!run) {
        out() << run.error().toString() << '\n';
        return 1;
    }
    out() << QStringLiteral("Import %1 s · score %2 s (%3 accounts scored, %4 not: too few transactions)")
                 .arg(importSeconds, 0, 'f', 2)
                 .arg(scoreSeconds, 0, 'f', 2)
                 .arg(run->scored)
                 .arg(run->notScored)
          << '\n';

    // Per typology: its cases against every account in no alert. Accounts
    // too small to score rank last.
    QStringList types;
    for (const QString& t : labels.typologyOf)
        if (!types.contains(t))
            types << t;
    std::sort(types.begin(), types.end());
    for (const bool overall : { false, true }) {
        out() << '\n'
              << (overall ? QStringLiteral("Overall score (what the Accounts tab ranks by):")
                          : QStringLiteral("Laundering-structures typology (log-odds):"))
              << '\n'
              << QStringLiteral("  %1 %2 %3 %4 %5 %6 %7 %8")
                     .arg(QStringLiteral("typology"), -16)
                     .arg(QStringLiteral("cases"), 5)
                     .arg(QStringLiteral("clean"), 6)
                     .arg(QStringLiteral("AUC"), 6)
                     .arg(QStringLiteral("AP"), 6)
                     .arg(QStringLiteral("P@10"), 6)
                     .arg(QStringLiteral("P@50"), 6)
                     .arg(QStringLiteral("P@100"), 6)
              << '\n';
        auto scoreOf = [&](const QString& a) {
            const auto it = scores.constFind(a);
            if (it == scores.constEnd())
                return overall ? -1.0 : -1e9;
            return overall ? it->overall : it->structures;
        };
        for (const QString& type : types + QStringList { QStringLiteral("(all)") }) {
            std::vector<double> s;
            std::vector<int> y;
            for (const QString& a : std::as_const(labels.accounts)) {
                const auto it = labels.typologyOf.constFind(a);
                const bool isCase = it != labels.typologyOf.constEnd();
                if (isCase && type != QLatin1String("(all)") && it.value() != type)
                    continue;
                s.push_back(scoreOf(a));
                y.push_back(isCase ? 1 : 0);
            }
            const double auc = printRow(type, s, y);
            (overall ? aucs.overall : aucs.structures)[type] = auc;
        }
    }

    // What the Accounts tab shows at its default threshold (50 / 100) and
    // lower ones: the overall score, or the structures typology's when it
    // is scored alone (`waymark score --typology laundering_structures`).
    out() << '\n';
    for (const bool overall : { true, false }) {
        for (const int threshold : { 50, 25, 10 }) {
            int alerts = 0, trueAlerts = 0;
            for (auto it = scores.cbegin(); it != scores.cend(); ++it) {
                if ((overall ? it->overall : it->structuresProbability) >= threshold / 100.0) {
                    ++alerts;
                    trueAlerts += labels.typologyOf.contains(it.key()) ? 1 : 0;
                }
            }
            out() << QStringLiteral("%1 at threshold %2 / 100: %3 alerts, %4 of them cases (precision %5, recall %6 "
                                    "of %7 cases)\n")
                         .arg(overall ? QStringLiteral("Overall score") : QStringLiteral("Structures typology"))
                         .arg(threshold)
                         .arg(alerts)
                         .arg(trueAlerts)
                         .arg(alerts ? double(trueAlerts) / alerts : 0.0, 0, 'f', 2)
                         .arg(labels.typologyOf.isEmpty() ? 0.0 : double(trueAlerts) / labels.typologyOf.size(), 0, 'f',
                             2)
                         .arg(labels.typologyOf.size());
        }
    }
    out() << QStringLiteral("\nIndicators of the structures typology: hits among the %1 cases / among the %2 "
                            "accounts in no alert\n")
                 .arg(labels.typologyOf.size())
                 .arg(labels.accounts.size() - labels.typologyOf.size());
    for (const auto& [id, n] : hits)
        out() << QStringLiteral("  %1 %2 / %3\n").arg(id, -20).arg(n.first, 5).arg(n.second, 5);
    out() << QStringLiteral("\nCases each indicator hit, by alert type (and cases no indicator hit):\n");
    for (const auto& [type, byId] : hitsByType) {
        QString line = QStringLiteral("  %1 none %2:").arg(type, -16).arg(noHit[type]);
        for (const auto& [id, n] : byId)
            line += QStringLiteral(" %1 %2").arg(id).arg(n);
        out() << line << '\n';
    }
    for (const QString& a : labels.typologyOf)
        ++aucs.cases[a];
    aucs.noHit = noHit;
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    auto value = [&](const char* flag, const QString& fallback) {
        const int i = int(args.indexOf(QLatin1String(flag)));
        return i > 0 && i + 1 < args.size() ? args.at(i + 1) : fallback;
    };
    bench::AmlsimOptions o;
    o.accounts = value("--accounts", QStringLiteral("5000")).toInt();
    o.days = value("--days", QStringLiteral("180")).toInt();
    o.alertsPerTypology = value("--alerts", QStringLiteral("12")).toInt();
    o.seed = value("--seed", QStringLiteral("19")).toULongLong();
    const QString background = value("--background", QStringLiteral("tuned"));
    if (background != QLatin1String("tuned") && background != QLatin1String("heldout")) {
        say() << QStringLiteral("--background takes tuned or heldout\n");
        return 2;
    }
    o.background = background == QLatin1String("heldout") ? bench::Background::HeldOut : bench::Background::Tuned;
    const int threads = value("--threads", QStringLiteral("2")).toInt();
    const QString dir = value("--amlsim", QString());
    const QString keep = value("--keep", QString());
    const int seeds = value("--seeds", QStringLiteral("1")).toInt();
    if (seeds <= 1 || !dir.isEmpty()) {
        RunAucs aucs;
        return runOnce(o, background, dir, keep, threads, aucs);
    }

    // Several seeds: a dozen alerts of a kind move one run's AUC by a few
    // hundredths, so the figure to judge is the spread over seeds.
    g_quiet = true;
    std::vector<RunAucs> runs;
    QElapsedTimer timer;
    timer.start();
    for (int k = 0; k < seeds; ++k) {
        bench::AmlsimOptions ok = o;
        ok.seed = o.seed + quint64(k);
        RunAucs aucs;
        if (const int rc = runOnce(ok, background, QString(), QString(), threads, aucs); rc != 0) {
            say() << QStringLiteral("seed %1 failed\n").arg(ok.seed);
            return rc;
        }
        QString line = QStringLiteral("seed %1:").arg(ok.seed, 3);
        for (const auto& [type, auc] : aucs.structures)
            line += QStringLiteral(" %1 %2").arg(type).arg(auc, 0, 'f', 3);
        say() << line << '\n';
        say().flush();
        runs.push_back(std::move(aucs));
    }
    say() << QStringLiteral("\nROC AUC over %1 seeds (%2 to %3), %4 background, %5 accounts, %6 alerts of each type, "
                            "in %7 s\n")
                 .arg(seeds)
                 .arg(o.seed)
                 .arg(o.seed + quint64(seeds) - 1)
                 .arg(background)
                 .arg(o.accounts)
                 .arg(o.alertsPerTypology)
                 .arg(timer.elapsed() / 1000.0, 0, 'f', 1);
    for (const bool overall : { false, true }) {
        say() << (overall ? QStringLiteral("Overall score:") : QStringLiteral("Laundering-structures typology:"))
              << '\n'
              << QStringLiteral("  %1 %2 %3 %4 %5 %6\n")
                     .arg(QStringLiteral("typology"), -16)
                     .arg(QStringLiteral("mean"), 6)
                     .arg(QStringLiteral("min"), 6)
                     .arg(QStringLiteral("max"), 6)
                     .arg(QStringLiteral("seed of min"), 12)
                     .arg(QStringLiteral("cases missed by every indicator"));
        for (const auto& [type, first] : runs.front().structures) {
            double sum = 0, lo = 2, hi = -1;
            quint64 loSeed = o.seed;
            int missed = 0, cases = 0;
            for (size_t k = 0; k < runs.size(); ++k) {
                const double auc = (overall ? runs[k].overall : runs[k].structures)[type];
                sum += auc;
                hi = std::max(hi, auc);
                if (auc < lo) {
                    lo = auc;
                    loSeed = o.seed + k;
                }
                missed += runs[k].noHit[type];
                cases += runs[k].cases[type];
            }
            QString line = QStringLiteral("  %1 %2 %3 %4 %5")
                               .arg(type, -16)
                               .arg(sum / double(runs.size()), 6, 'f', 3)
                               .arg(lo, 6, 'f', 3)
                               .arg(hi, 6, 'f', 3)
                               .arg(loSeed, 12);
            if (!overall && type != QLatin1String("(all)"))
                line += QStringLiteral(" %1 of %2").arg(missed).arg(cases);
            say() << line << '\n';
        }
    }
    return 0;
}
