#include "command.h"
#include "commandcontext.h"
#include "commandregistry.h"
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace waymark::app {

namespace {

class NewCommand : public Command {
public:
    QString name() const override { return QStringLiteral("new"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate("CommandLine",
            "  waymark new WORKSPACE [--encrypt]            create an empty workspace (encrypted under a "
            "passphrase)") };
    }
    QList<QCommandLineOption> options() const override
    {
        return { { QStringLiteral("encrypt"),
                     QCoreApplication::translate(
                         "CommandLine", "With new: encrypt the workspace under a passphrase.") },
            Context::passphraseFileOption() };
    }
    int run(Context& context) override
    {
        if (context.arguments().size() != 1) {
            err() << CommandRegistry::usage();
            return UsageError;
        }
        const QString path = context.arguments().at(0);
        if (context.isSet(QStringLiteral("encrypt"))) {
            const QByteArray passphrase = context.readPassphrase(context.value(QStringLiteral("passphrase-file")),
                QCoreApplication::translate("CommandLine", "Passphrase for the new workspace: "));
            if (passphrase.isEmpty()) {
                err() << QCoreApplication::translate(
                    "CommandLine", "An encrypted workspace needs a passphrase (--passphrase-file FILE, or a terminal).")
                      << '\n';
                return UsageError;
            }
            auto ws = store::Workspace::createEncrypted(path, passphrase);
            if (!ws) {
                err() << ws.error().toString() << '\n';
                return WorkspaceError;
            }
            out() << QCoreApplication::translate("CommandLine", "Created encrypted workspace %1.").arg(path) << '\n';
            return Success;
        }
        auto ws = context.openWorkspace(path, store::Workspace::Mode::Create);
        if (!ws)
            return WorkspaceError;
        out() << QCoreApplication::translate("CommandLine", "Created workspace %1.").arg(path) << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeNewCommand()
{
    return std::make_unique<NewCommand>();
}

} // namespace waymark::app
