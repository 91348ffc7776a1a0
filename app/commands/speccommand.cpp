#include "command.h"
#include "commandcontext.h"
#include "commands.h"
#include "ingest/importspec.h"

#include <QCoreApplication>
#include <QTextStream>

namespace waymark::app {

namespace {

/// `waymark spec …`: the import specifications of a workspace — list,
/// show (with its versions), save or import a .json file as a new version,
/// export a version to a .json file.
class SpecCommand : public Command {
public:
    QString name() const override { return QStringLiteral("spec"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate("CommandLine",
            "  waymark spec list|show NAME|save FILE.json|export NAME FILE.json --workspace W [--spec-version N] [--as "
            "NAME]") };
    }
    QList<QCommandLineOption> options() const override
    {
        return { Context::workspaceOption(),
            { QStringLiteral("spec-version"),
                QCoreApplication::translate("CommandLine", "Saved version to show or export (default: the latest)."),
                QStringLiteral("N") },
            { QStringLiteral("as"),
                QCoreApplication::translate("CommandLine", "Name to save an imported specification under."),
                QStringLiteral("NAME") },
            Context::passphraseFileOption() };
    }
    int run(Context& context) override
    {
        const QString path = context.workspace();
        const QStringList& args = context.arguments();
        auto usage = [] {
            err() << QCoreApplication::translate("CommandLine",
                "usage: waymark spec list --workspace W | waymark spec show NAME [--spec-version N] --workspace W |\n"
                "       waymark spec save FILE.json [--as NAME] --workspace W |\n"
                "       waymark spec export NAME FILE.json [--spec-version N] --workspace W")
                  << '\n';
            return UsageError;
        };
        if (path.isEmpty() || args.isEmpty())
            return usage();
        int version = 0;
        if (context.isSet(QStringLiteral("spec-version"))) {
            bool ok = false;
            version = context.value(QStringLiteral("spec-version")).toInt(&ok);
            if (!ok || version < 1)
                return usage();
        }
        const QString verb = args.at(0);
        auto ws = context.openWorkspace(path,
            verb == QLatin1String("save") || verb == QLatin1String("import") ? store::Workspace::Mode::OpenOrCreate
                                                                             : store::Workspace::Mode::OpenExisting);
        if (!ws)
            return WorkspaceError;
        if (verb == QLatin1String("list") && args.size() == 1) {
            for (const QString& name : ingest::ImportSpec::names(*ws)) {
                const auto versions = ingest::ImportSpec::versions(*ws, name);
                const auto spec = ingest::ImportSpec::load(*ws, name);
                out() << name << '\t'
                      << QCoreApplication::translate("CommandLine", "version %1")
                             .arg(versions.empty() ? 0 : versions.back().version)
                      << '\t'
                      << (spec && spec->kind == ingest::ImportSpec::Kind::BankTransactions
                                 ? QStringLiteral("bank-transactions")
                                 : QStringLiteral("records"))
                      << '\t' << (versions.empty() ? QString() : versions.back().savedAt) << '\n';
            }
            return Success;
        }
        if (verb == QLatin1String("show") && args.size() == 2) {
            const auto spec = ingest::ImportSpec::load(*ws, args.at(1), version);
            if (!spec) {
                err() << spec.error().toString() << '\n';
                return InputRejected;
            }
            for (const auto& v : ingest::ImportSpec::versions(*ws, spec->name))
                out() << QCoreApplication::translate("CommandLine", "# version %1 saved %2 by %3%4")
                             .arg(v.version)
                             .arg(v.savedAt, v.savedBy, v.note.isEmpty() ? QString() : QStringLiteral(": ") + v.note)
                      << '\n';
            out() << QString::fromUtf8(spec->toJson());
            return Success;
        }
        if ((verb == QLatin1String("save") || verb == QLatin1String("import")) && args.size() == 2) {
            const auto spec = ingest::ImportSpec::importFrom(*ws, args.at(1), context.value(QStringLiteral("as")));
            if (!spec) {
                err() << spec.error().toString() << '\n';
                return InputRejected;
            }
            out() << QCoreApplication::translate("CommandLine", "Saved import specification %1, version %2.")
                         .arg(spec->name)
                         .arg(spec->version)
                  << '\n';
            return Success;
        }
        if (verb == QLatin1String("export") && args.size() == 3) {
            if (Status st = ingest::ImportSpec::exportTo(*ws, args.at(1), args.at(2), version); !st) {
                err() << st.error().toString() << '\n';
                return InputRejected;
            }
            out() << QCoreApplication::translate("CommandLine", "Wrote %1.").arg(args.at(2)) << '\n';
            return Success;
        }
        return usage();
    }
};

} // namespace

std::unique_ptr<Command> makeSpecCommand()
{
    return std::make_unique<SpecCommand>();
}

} // namespace waymark::app
