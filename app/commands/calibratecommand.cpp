#include "command.h"
#include "commandcontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "core/csvwriter.h"
#include "core/feedback.h"
#include "finance/calibration.h"
#include "finance/scorer.h"
#include "typologies.h"

#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace waymark::app {

namespace {

class CalibrateCommand : public Command {
public:
    QString name() const override { return QStringLiteral("calibrate"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate("CommandLine",
            "  waymark calibrate --workspace W --labels FILE.csv [--typology ID|FILE.json]... [--lambda L]\n"
            "                [--out WEIGHTS.csv]    fit weights to labelled accounts; AUC, precision at k") };
    }
    QList<QCommandLineOption> options() const override
    {
        return { Context::workspaceOption(),
            { QStringLiteral("labels"),
                QCoreApplication::translate("CommandLine", "Labelled accounts: account_id,label,typology."),
                QStringLiteral("FILE") },
            typologyOption(),
            { QStringLiteral("lambda"),
                QCoreApplication::translate("CommandLine", "L2 regularisation strength for calibration."),
                QStringLiteral("L") },
            Context::outOption(), Context::passphraseFileOption() };
    }
    int run(Context& context) override;
};

int CalibrateCommand::run(Context& context)
{
    if (!context.arguments().isEmpty()) {
        err() << CommandRegistry::usage();
        return UsageError;
    }
    const QString path = context.workspace();
    const QString labelsPath = context.value(QStringLiteral("labels"));
    if (path.isEmpty() || labelsPath.isEmpty()) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark calibrate --workspace W --labels FILE.csv [--typology ID|FILE.json]... [--lambda L] "
            "[--out WEIGHTS.csv]")
              << '\n';
        return UsageError;
    }
    bool ok = true;
    const double lambda
        = context.isSet(QStringLiteral("lambda")) ? context.value(QStringLiteral("lambda")).toDouble(&ok) : 1.0;
    if (!ok || !(lambda > 0)) {
        err() << QCoreApplication::translate("CommandLine", "--lambda takes a positive number") << '\n';
        return UsageError;
    }
    auto ws = context.openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return WorkspaceError;
    const auto labels = finance::Calibration::readLabels(labelsPath);
    if (!labels) {
        err() << labels.error().toString() << '\n';
        return InputRejected;
    }
    const auto typologies = typologiesFor(*ws, context.values(QStringLiteral("typology")));
    if (!typologies)
        return InputRejected;
    const finance::Scorer scorer(typologies.value());
    Feedback feedback;
    Context::setRunning(&feedback);
    const auto report = finance::Calibration::run(*ws, scorer, labels.value(), {}, lambda, &feedback);
    Context::setRunning(nullptr);
    if (!report) {
        err() << report.error().toString() << '\n';
        return feedback.isCanceled() ? Canceled : InputRejected;
    }
    out() << report->toText();
    // Calibrations the labels support are kept for their exact typology
    // versions; the others leave those typologies showing scores.
    if (Status st = finance::Calibration::save(*ws, scorer, report.value()); !st) {
        err() << st.error().toString() << '\n';
        return WorkspaceError;
    }
    if (!report->unknownAccounts.isEmpty())
        err() << QCoreApplication::translate("CommandLine", "Labels naming no account of the workspace: %1")
                     .arg(report->unknownAccounts.join(QStringLiteral(", ")))
              << '\n';
    const QString target = context.value(QStringLiteral("out"));
    if (target.isEmpty())
        return Success;
    QFile f(target);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        err() << QCoreApplication::translate("CommandLine", "%1 cannot be written: %2").arg(target, f.errorString())
              << '\n';
        return InputRejected;
    }
    CsvWriter csv(&f);
    csv.field("typology").field("indicator").field("expert_hit_log_lr").field("fitted_hit_log_lr");
    csv.field("expert_miss_log_lr").field("fitted_miss_log_lr").field("hits_cases").field("hits_clean").endRow();
    for (const auto& t : report->typologies) {
        for (const auto& w : t.weights) {
            csv.field(t.typology).field(w.indicator).field(w.expertHit, 4).field(w.fittedHit, 4);
            csv.field(w.expertMiss, 4).field(w.fittedMiss, 4).field(qint64(w.hitsAmongCases));
            csv.field(qint64(w.hitsAmongClean)).endRow();
        }
    }
    if (!csv.flush())
        return InputRejected;
    return Success;
}

} // namespace

std::unique_ptr<Command> makeCalibrateCommand()
{
    return std::make_unique<CalibrateCommand>();
}

} // namespace waymark::app
