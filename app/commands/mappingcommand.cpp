#include "command.h"
#include "commandcontext.h"
#include "commands.h"
#include "ingest/columnmapping.h"

#include <QCoreApplication>
#include <QTextStream>

namespace waymark::app {

namespace {

class MappingCommand : public Command {
public:
    QString name() const override { return QStringLiteral("mapping"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate(
            "CommandLine", "  waymark mapping list|save FILE --workspace W column mappings for bank CSV") };
    }
    QList<QCommandLineOption> options() const override
    {
        return { Context::workspaceOption(), Context::passphraseFileOption() };
    }
    int run(Context& context) override
    {
        const QString path = context.workspace();
        const QStringList& args = context.arguments();
        auto usage = [] {
            err() << QCoreApplication::translate("CommandLine",
                "usage: waymark mapping list --workspace W | waymark mapping save FILE.json --workspace W")
                  << '\n';
            return UsageError;
        };
        if (path.isEmpty() || args.isEmpty())
            return usage();
        auto ws = context.openWorkspace(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return WorkspaceError;
        if (args.at(0) == QLatin1String("list") && args.size() == 1) {
            for (const QString& name : ingest::ColumnMapping::presetNames(*ws))
                out() << name << '\n';
            return Success;
        }
        if (args.at(0) == QLatin1String("save") && args.size() == 2) {
            const auto m = ingest::ColumnMapping::load(*ws, args.at(1));
            if (!m) {
                err() << m.error().toString() << '\n';
                return InputRejected;
            }
            if (Status st = m->save(*ws); !st) {
                err() << st.error().toString() << '\n';
                return WorkspaceError;
            }
            out() << QCoreApplication::translate("CommandLine", "Saved column mapping %1.").arg(m->name) << '\n';
            return Success;
        }
        return usage();
    }
};

} // namespace

std::unique_ptr<Command> makeMappingCommand()
{
    return std::make_unique<MappingCommand>();
}

} // namespace waymark::app
