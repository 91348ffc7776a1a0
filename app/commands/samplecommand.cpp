#include "command.h"
#include "commandcontext.h"
#include "commands.h"
#include "importcommand.h"
#include "ingest/importoptions.h"
#include "sample/ctdcgenerator.h"
#include "sample/samplegenerator.h"
#include "sample/syntheticbank.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QTextStream>

namespace waymark::app {

namespace {

class SampleCommand : public Command {
public:
    QString name() const override { return QStringLiteral("sample"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate("CommandLine",
            "  waymark sample --out FILE [--incidents N] [--seed S] [--format hub|ctdc|ctdc-global|ctdc-vp] "
            "[--workspace W] [--trap "
            "NAME]... "
            "[--trap-seed S]") };
    }
    QList<QCommandLineOption> options() const override
    {
        return { Context::outOption(),
            { QStringLiteral("incidents"),
                QCoreApplication::translate("CommandLine", "Number of incidents (rows) to generate."),
                QStringLiteral("N") },
            { QStringLiteral("seed"), QCoreApplication::translate("CommandLine", "Random seed."), QStringLiteral("S") },
            { QStringLiteral("format"),
                QCoreApplication::translate("CommandLine",
                    "hub, ctdc, ctdc-global (older CTDC release) or ctdc-vp (CTDC victim–perpetrator) (sample); pdf, "
                    "odt, html or md (report export)."),
                QStringLiteral("F") },
            // With --workspace the sample is imported at once, as `import` would.
            Context::workspaceOption(), Context::quietOption(), Context::passphraseFileOption(),
            { QStringLiteral("trap"),
                QCoreApplication::translate(
                    "CommandLine", "Plant a trap the artefact checks must catch (hub format; repeat for more): %1.")
                    .arg(sample::SampleTraps::names().join(QStringLiteral(", "))),
                QStringLiteral("NAME") },
            { QStringLiteral("trap-seed"),
                QCoreApplication::translate("CommandLine", "Random seed of the traps (default 1)."),
                QStringLiteral("S") } };
    }
    int run(Context& context) override
    {
        const QString target = context.value(QStringLiteral("out"));
        if (target.isEmpty()) {
            err() << QCoreApplication::translate("CommandLine",
                "usage: waymark sample --out FILE [--incidents N] [--seed S] [--format hub|ctdc] [--workspace W]")
                  << '\n';
            return UsageError;
        }
        bool ok1 = true, ok2 = true;
        const qint64 n = context.isSet(QStringLiteral("incidents"))
            ? context.value(QStringLiteral("incidents")).toLongLong(&ok1)
            : 5000;
        const quint64 seed
            = context.isSet(QStringLiteral("seed")) ? context.value(QStringLiteral("seed")).toULongLong(&ok2) : 1;
        if (!ok1 || !ok2 || n < 0) {
            err() << QCoreApplication::translate("CommandLine", "--incidents and --seed take whole numbers") << '\n';
            return UsageError;
        }
        sample::SampleTraps traps;
        for (const QString& name : context.values(QStringLiteral("trap"))) {
            const auto trap = sample::SampleTraps::fromName(name);
            if (!trap) {
                err() << QCoreApplication::translate("CommandLine", "unknown --trap %1 (%2)")
                             .arg(name, sample::SampleTraps::names().join(QStringLiteral(", ")))
                      << '\n';
                return UsageError;
            }
            traps.traps |= *trap;
        }
        bool ok3 = true;
        if (context.isSet(QStringLiteral("trap-seed")))
            traps.seed = context.value(QStringLiteral("trap-seed")).toULongLong(&ok3);
        if (!ok3) {
            err() << QCoreApplication::translate("CommandLine", "--trap-seed takes a whole number") << '\n';
            return UsageError;
        }
        if (traps.has(sample::SampleTraps::OneWeekAccount) && !context.isSet(QStringLiteral("workspace"))) {
            err() << QCoreApplication::translate(
                "CommandLine", "--trap one-week-account needs --workspace: the account goes in through the bank")
                  << '\n';
            return UsageError;
        }
        const QString format = context.value(QStringLiteral("format"));
        const bool ctdc = format == QLatin1String("ctdc") || format == QLatin1String("ctdc-global")
            || format == QLatin1String("ctdc-vp");
        if (traps.traps && ctdc) {
            err() << QCoreApplication::translate("CommandLine", "--trap plants traps in hub extracts only") << '\n';
            return UsageError;
        }
        if (ctdc) {
            sample::CtdcGenerator::Options o;
            if (format == QLatin1String("ctdc-global"))
                o.layout = sample::CtdcGenerator::Layout::Global2017;
            else if (format == QLatin1String("ctdc-vp"))
                o.layout = sample::CtdcGenerator::Layout::VictimPerpetrator;
            o.rows = n;
            o.seed = seed;
            if (Status st = sample::CtdcGenerator::write(target, o); !st) {
                err() << st.error().toString() << '\n';
                return InputRejected;
            }
            out() << QCoreApplication::translate("CommandLine", "Wrote %1 CTDC rows to %2").arg(n).arg(target) << '\n';
        } else if (format.isEmpty() || format == QLatin1String("hub")) {
            sample::SampleGenerator::Options o;
            o.incidents = n;
            o.seed = seed;
            o.traps = traps;
            const auto counts = sample::SampleGenerator::write(target, o);
            if (!counts) {
                err() << counts.error().toString() << '\n';
                return InputRejected;
            }
            out() << QCoreApplication::translate("CommandLine",
                "Wrote %1: %2 incidents, %3 route legs, %4 entities, %5 links, %6 accounts (%7 planted), %8 "
                "transactions; labels in %9")
                         .arg(target)
                         .arg(counts->incidents)
                         .arg(counts->routeLegs)
                         .arg(counts->entities)
                         .arg(counts->links)
                         .arg(counts->accounts)
                         .arg(counts->planted)
                         .arg(counts->transactions)
                         .arg(sample::SampleGenerator::labelsPathFor(target))
                  << '\n';
        } else {
            err() << QCoreApplication::translate(
                "CommandLine", "unknown --format %1 (hub, ctdc, ctdc-global or ctdc-vp)")
                         .arg(format)
                  << '\n';
            return UsageError;
        }
        if (!context.isSet(QStringLiteral("workspace")))
            return Success;
        const int imported = importFiles(context, context.workspace(), { target }, ingest::ImportOptions());
        if (imported != Success || !traps.has(sample::SampleTraps::OneWeekAccount))
            return imported;
        auto ws = context.openWorkspace(context.workspace(), store::Workspace::Mode::OpenExisting);
        if (!ws)
            return WorkspaceError;
        sample::SyntheticBank::Options bank;
        bank.accounts = 0;
        bank.transactions = 0;
        bank.oneWeekAccounts = 1;
        bank.trapSeed = traps.seed;
        if (auto written = sample::SyntheticBank::write(*ws, bank); !written) {
            err() << written.error().toString() << '\n';
            return InputRejected;
        }
        out() << QCoreApplication::translate("CommandLine", "Planted 1 one-week account (SYN-WEEK-1) in %1")
                     .arg(context.workspace())
              << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeSampleCommand()
{
    return std::make_unique<SampleCommand>();
}

} // namespace waymark::app
