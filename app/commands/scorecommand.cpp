#include "command.h"
#include "commandcontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core/csvwriter.h"
#include "core/feedback.h"
#include "core/yardstick.h"
#include "finance/scorerun.h"
#include "typologies.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>

namespace waymark::app {

namespace {

/// One scored account as the ranking shows it.
struct Row {
    QString key;
    double probability;
    int leading;
    std::vector<double> perTypology;
    QString hits, reason;
    qint64 transactions, duplicates, setAside;
};

class ScoreCommand : public Command {
public:
    QString name() const override { return QStringLiteral("score"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate("CommandLine",
            "  waymark score --workspace W [--typology ID|FILE.json]... [--out FILE.csv]\n"
            "                score bank accounts against financial typologies, ranked, with the run stored") };
    }
    QList<QCommandLineOption> options() const override
    {
        return { Context::workspaceOption(), typologyOption(), Context::outOption(), Context::quietOption(),
            Context::passphraseFileOption() };
    }
    int run(Context& context) override;

private:
    static bool writeCsv(const QString& target, const finance::Scorer& scorer, const std::vector<Row>& rows);
};

int ScoreCommand::run(Context& context)
{
    if (!context.arguments().isEmpty()) {
        err() << CommandRegistry::usage();
        return UsageError;
    }
    const QString path = context.workspace();
    if (path.isEmpty()) {
        err() << QCoreApplication::translate(
            "CommandLine", "usage: waymark score --workspace W [--typology ID|FILE.json]... [--out FILE.csv]")
              << '\n';
        return UsageError;
    }
    auto ws = context.openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return WorkspaceError;
    const auto typologies = typologiesFor(*ws, context.values(QStringLiteral("typology")));
    if (!typologies)
        return InputRejected;
    const finance::Scorer scorer(typologies.value());
    std::vector<Row> rows;
    Feedback feedback;
    context.attachProgress(feedback);
    QElapsedTimer timer;
    timer.start();
    const auto run = finance::ScoreRun::run(
        *ws, scorer, {},
        [&](const finance::AccountScore& s) {
            Row r { s.accountKey, s.probability, s.leading, {}, {}, s.notScoredReason, s.transactions, s.duplicates,
                s.setAside };
            for (const finance::TypologyScore& t : s.typologies)
                r.perTypology.push_back(t.probability);
            if (s.leading >= 0) {
                QStringList hits;
                for (const finance::Contribution& c : s.typologies[size_t(s.leading)].contributions) {
                    if (c.outcome == finance::Outcome::Hit)
                        hits << scorer.library().definitions()[size_t(c.indicator)].id;
                }
                r.hits = hits.join(QLatin1Char(' '));
            }
            rows.push_back(std::move(r));
        },
        &feedback);
    context.endProgress();
    if (!run) {
        err() << run.error().toString() << '\n';
        return feedback.isCanceled() ? Canceled : WorkspaceError;
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
        const double pa = std::isnan(a.probability) ? -1 : a.probability;
        const double pb = std::isnan(b.probability) ? -1 : b.probability;
        return pa > pb;
    });
    const QString target = context.value(QStringLiteral("out"));
    if (!target.isEmpty()) {
        if (!writeCsv(target, scorer, rows))
            return InputRejected;
    } else {
        int shown = 0;
        for (const Row& r : rows) {
            if (std::isnan(r.probability) || ++shown > 20)
                break;
            out() << QStringLiteral("%1 %2 %3 %4  %5")
                         .arg(shown, 3)
                         .arg(r.key, -16)
                         .arg(QString::number(r.probability * 100, 'f', 1) + QStringLiteral(" %"), 8)
                         .arg(Yardstick::term(r.probability), -22)
                         .arg(r.leading >= 0 ? scorer.typologies()[size_t(r.leading)].id : QString())
                  << '\n';
        }
    }
    const qint64 ms = std::max<qint64>(1, timer.elapsed());
    out() << QCoreApplication::translate("CommandLine",
        "Scored %1 of %2 accounts (%3 not scored: too few usable transactions) over %4 transactions (%5 duplicates "
        "counted once, %6 set aside); run %7 stored in the workspace.")
                 .arg(run->scored)
                 .arg(run->read.accounts)
                 .arg(run->notScored)
                 .arg(run->read.transactions)
                 .arg(run->read.duplicates)
                 .arg(run->read.setAside)
                 .arg(run->runId)
          << '\n';
    if (!context.quiet())
        out() << QCoreApplication::translate("CommandLine", "Took %1 s (%2 transactions/s).")
                     .arg(double(ms) / 1000.0, 0, 'f', 2)
                     .arg(qint64(double(run->read.transactions) * 1000.0 / double(ms)))
              << '\n';
    return Success;
}

bool ScoreCommand::writeCsv(const QString& target, const finance::Scorer& scorer, const std::vector<Row>& rows)
{
    QFile f(target);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err() << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(target, f.errorString())
              << '\n';
        return false;
    }
    CsvWriter csv(&f);
    csv.field("rank").field("account").field("probability").field("yardstick").field("leading_typology");
    for (const finance::Typology& t : scorer.typologies())
        csv.field(t.id);
    csv.field("leading_hits").field("transactions").field("duplicates").field("set_aside").field("not_scored");
    csv.endRow();
    qint64 rank = 0;
    for (const Row& r : rows) {
        const bool scored = !std::isnan(r.probability);
        csv.field(scored ? ++rank : qint64(0)).field(r.key);
        if (scored)
            csv.field(r.probability, 6).field(Yardstick::term(r.probability));
        else
            csv.field(QString()).field(QCoreApplication::translate("Scorer", "not assessed"));
        csv.field(r.leading >= 0 ? scorer.typologies()[size_t(r.leading)].id : QString());
        for (size_t t = 0; t < scorer.typologies().size(); ++t) {
            if (t < r.perTypology.size())
                csv.field(r.perTypology[t], 6);
            else
                csv.field(QString());
        }
        csv.field(r.hits).field(r.transactions).field(r.duplicates).field(r.setAside).field(r.reason).endRow();
    }
    if (!csv.flush()) {
        err() << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(target, f.errorString())
              << '\n';
        return false;
    }
    return true;
}

} // namespace

std::unique_ptr<Command> makeScoreCommand()
{
    return std::make_unique<ScoreCommand>();
}

} // namespace waymark::app
