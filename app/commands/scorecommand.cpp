#include "command.h"
#include "commandcontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core/csvwriter.h"
#include "core/feedback.h"
#include "finance/scorepresentation.h"
#include "finance/scoreranking.h"
#include "finance/scorerun.h"
#include "finance/typologystore.h"
#include "sharing/releasability.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "typologies.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <optional>
#include <variant>

namespace waymark::app {

namespace {

class ScoreCommand : public Command {
public:
    QString name() const override { return QStringLiteral("score"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate("CommandLine",
            "  waymark score --workspace W [--typology ID|FILE.json]... [--adopt-built-in ID]... [--out FILE.csv]\n"
            "                [--destination own|partner] [--include-restricted]\n"
            "                score bank accounts against financial typologies, ranked, with the run stored") };
    }
    QList<QCommandLineOption> options() const override
    {
        return { Context::workspaceOption(), typologyOption(),
            { QStringLiteral("adopt-built-in"),
                QCoreApplication::translate("CommandLine",
                    "Score typology ID with this program's built-in version instead of the workspace's edit "
                    "(the edit stays in its history; repeatable)."),
                QStringLiteral("ID") },
            Context::outOption(), Context::destinationOption(), Context::includeRestrictedOption(),
            Context::quietOption(), Context::passphraseFileOption() };
    }
    int run(Context& context) override;

private:
    /// What the check lets the CSV hold, by account key: the keys of the
    /// accounts that may not go, and each released account's mark (an index
    /// into the outcome's marks; kept only when they differ, so a bank's
    /// single-source export holds no map of its accounts).
    struct Released {
        QSet<QString> withheld;
        QHash<QString, quint32> markOfKey;
    };
    /// The CSV's accounts through the one releasability check: every
    /// account of the workspace asked for; what may go, or an exit code (the
    /// check printed, or refused).
    static std::variant<int, Released> release(
        Context& context, store::Workspace& ws, std::optional<sharing::Releasability::Outcome>& outcome);
    static bool writeCsv(const QString& target, const finance::Scorer& scorer, const finance::HolderNames& holders,
        finance::ScoreRanking& ranking, const sharing::Releasability::Outcome& outcome, const Released& released);
};

namespace {
/// Says which typologies a newer built-in version replaced, and which edits
/// are kept although a newer built-in exists, with what it changes.
bool reportStanding(store::Workspace& ws)
{
    auto standings = finance::TypologyStore::standing(ws);
    if (!standings) {
        err() << standings.error().toString() << '\n';
        return false;
    }
    for (const finance::TypologyStore::Standing& s : standings.value()) {
        const QString changes = s.changes.join(QStringLiteral("; "));
        if (s.origin == finance::TypologyStore::Standing::Origin::Upgraded) {
            err() << QCoreApplication::translate("CommandLine",
                "%1: scored with built-in version %2, which replaces the workspace's unedited version %3 (%4).")
                         .arg(s.typology.id)
                         .arg(s.builtInVersion)
                         .arg(s.basedOn)
                         .arg(changes)
                  << '\n';
        } else if (s.newerBuiltIn()) {
            err() << QCoreApplication::translate("CommandLine",
                "%1: scored with the workspace's edited version %2. Built-in version %3 is newer than version %4 "
                "the edit started from (%5). To score with it instead: --adopt-built-in %1")
                         .arg(s.typology.id)
                         .arg(s.storedVersion)
                         .arg(s.builtInVersion)
                         .arg(s.basedOn)
                         .arg(changes)
                  << '\n';
        }
    }
    return true;
}
} // namespace

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
    for (const QString& id : context.values(QStringLiteral("adopt-built-in"))) {
        auto adopted = finance::TypologyStore::adoptBuiltIn(*ws, id);
        if (!adopted) {
            err() << adopted.error().toString() << '\n';
            return InputRejected;
        }
        err() << QCoreApplication::translate("CommandLine",
            "%1: the built-in version is the workspace's version %2 now; "
            "the edit stays in its history.")
                     .arg(id)
                     .arg(adopted.value())
              << '\n';
    }
    if (!reportStanding(*ws))
        return WorkspaceError;
    const auto typologies = typologiesFor(*ws, context.values(QStringLiteral("typology")));
    if (!typologies)
        return InputRejected;
    const finance::Scorer scorer(typologies.value());
    // Scores or calibrated probabilities: the one place that decides.
    const auto presentation = finance::ScorePresentation::load(*ws, scorer.typologies());
    if (!presentation) {
        err() << presentation.error().toString() << '\n';
        return WorkspaceError;
    }
    for (const QString& note : presentation->notes())
        err() << note << '\n';
    // Every account for the CSV; without one, only the 20 printed (issue 15
    // §6: a ranking row per account is memory a bank's size).
    const QString target = context.value(QStringLiteral("out"));
    // Checked before scoring: a refusal should not wait for a bank's run.
    std::optional<sharing::Releasability::Outcome> outcome;
    Released released;
    if (!target.isEmpty()) {
        auto checked = release(context, *ws, outcome);
        if (const int* code = std::get_if<int>(&checked))
            return *code;
        released = std::get<Released>(std::move(checked));
    }
    constexpr size_t kPrinted = 20;
    finance::ScoreRanking ranking(scorer, presentation.value(), target.isEmpty() ? kPrinted : 0);
    Feedback feedback;
    context.attachProgress(feedback);
    QElapsedTimer timer;
    timer.start();
    const auto run = finance::ScoreRun::run(
        *ws, scorer, {}, [&](const finance::AccountScore& s) { ranking.add(s); }, &feedback);
    context.endProgress();
    if (!run) {
        err() << run.error().toString() << '\n';
        return feedback.isCanceled() ? Canceled : WorkspaceError;
    }
    // Read after the run, once its transactions are let go.
    const auto holders = finance::HolderNames::load(*ws);
    if (!holders) {
        err() << holders.error().toString() << '\n';
        return WorkspaceError;
    }
    if (!target.isEmpty()) {
        if (!writeCsv(target, scorer, holders.value(), ranking, *outcome, released))
            return InputRejected;
        if (Status st = sharing::Releasability::record(
                *ws, *outcome, QStringLiteral("scores"), target, QStringLiteral("run %1").arg(run->runId));
            !st)
            return Context::fail(st.error(), WorkspaceError);
    } else {
        out() << presentation->caption() << '\n';
        ranking.forEach([&](const finance::ScoreRanking::Row& r) {
            if (r.verdict.rank == 0 || r.verdict.rank > int(kPrinted))
                return;
            out() << QStringLiteral("%1 %2 %3 %4 %5  %6")
                         .arg(r.verdict.rank, 3)
                         .arg(r.key, -16)
                         .arg(holders->value(r.key), -22)
                         .arg(r.verdict.valueText(), 9)
                         .arg(r.verdict.calibrated() ? r.verdict.yardstick() : r.verdict.kindText(), -22)
                         .arg(r.verdict.typology)
                  << '\n';
        });
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

std::variant<int, ScoreCommand::Released> ScoreCommand::release(
    Context& context, store::Workspace& ws, std::optional<sharing::Releasability::Outcome>& outcome)
{
    const auto destination = context.destination(sharing::Destination::OwnOrganisation);
    if (!destination)
        return int(UsageError);
    sharing::ExportSelection selection;
    std::vector<qint64>& ids = selection.of(sharing::RecordKind::Account);
    {
        store::Statement st(ws.handle(), "SELECT id FROM accounts ORDER BY id");
        while (st.next())
            ids.push_back(st.int64(0));
        if (Error e = st.error(); !e.isNull())
            return Context::fail(e, WorkspaceError);
    }
    auto checked = sharing::Releasability::check(ws, selection, *destination);
    if (!checked)
        return Context::fail(checked.error(), WorkspaceError);
    if (const int code
        = Context::refuseWhatMayNotGo(checked.value(), context.isSet(QStringLiteral("include-restricted")), true,
            QCoreApplication::translate(
                "CommandLine", "Refused: no account's score may go to %1, so no CSV was written."));
        code >= 0)
        return code;
    const std::vector<qint64>& going = checked->released.of(sharing::RecordKind::Account);
    std::vector<qint64> left;
    std::set_difference(ids.begin(), ids.end(), going.begin(), going.end(), std::back_inserter(left));
    Released released;
    const bool marksDiffer = checked->marks.size() > 1;
    if (!left.empty() || marksDiffer) {
        store::Statement st(ws.handle(), "SELECT id, account_key FROM accounts ORDER BY id");
        const std::vector<quint32>& marks = checked->releasedMarks[size_t(sharing::RecordKind::Account)];
        while (st.next()) {
            const qint64 id = st.int64(0);
            if (std::binary_search(left.begin(), left.end(), id)) {
                released.withheld.insert(st.text(1));
            } else if (marksDiffer) {
                const auto at = std::lower_bound(going.begin(), going.end(), id);
                if (at != going.end() && *at == id)
                    released.markOfKey.insert(st.text(1), marks[size_t(at - going.begin())]);
            }
        }
        // Unread keys would go: a failed read refuses.
        if (Error e = st.error(); !e.isNull())
            return Context::fail(e, WorkspaceError);
    }
    outcome = std::move(checked).value();
    return released;
}

bool ScoreCommand::writeCsv(const QString& target, const finance::Scorer& scorer, const finance::HolderNames& holders,
    finance::ScoreRanking& ranking, const sharing::Releasability::Outcome& outcome, const Released& released)
{
    QFile f(target);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err() << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(target, f.errorString())
              << '\n';
        return false;
    }
    CsvWriter csv(&f);
    // value_kind says on every row whether it is an uncalibrated score
    // (0–100, no yardstick term) or a calibrated probability with its
    // reliability; the two never share a column.
    csv.field("rank").field("account").field("holder").field("value_kind").field("score_0_100");
    csv.field("calibrated_probability").field("yardstick").field("reliability").field("leading_typology");
    for (const finance::Typology& t : scorer.typologies())
        csv.field(t.id + QStringLiteral("_score_0_100"));
    csv.field("leading_hits").field("transactions").field("duplicates").field("set_aside").field("not_scored");
    for (const QString& c : sharing::Releasability::markColumns())
        csv.field(c);
    csv.endRow();
    ranking.forEach([&](const finance::ScoreRanking::Row& r) {
        if (released.withheld.contains(r.key))
            return; // its source may not go
        const finance::AccountVerdict& v = r.verdict;
        csv.field(qint64(v.rank)).field(r.key).field(holders.value(r.key)).field(v.kindCode());
        if (v.kind == finance::AccountVerdict::Kind::NotScored)
            csv.field(QString());
        else
            csv.field(v.score, 2);
        if (v.calibrated())
            csv.field(v.probability, 6);
        else
            csv.field(QString());
        csv.field(v.yardstick()).field(v.reliability).field(v.typology);
        for (size_t t = 0; t < scorer.typologies().size(); ++t) {
            if (t < r.perTypology.size())
                csv.field(r.perTypology[t] * 100, 2);
            else
                csv.field(QString());
        }
        csv.field(r.hits).field(r.transactions).field(r.duplicates).field(r.setAside).field(r.reason);
        const size_t mark = outcome.marks.size() > 1 ? released.markOfKey.value(r.key) : 0;
        if (mark < outcome.marks.size())
            csv.field(outcome.marks[mark].tlp).field(outcome.marks[mark].conditions.join(QLatin1String("; ")));
        else
            csv.field(QString()).field(QString());
        csv.endRow();
    });
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
