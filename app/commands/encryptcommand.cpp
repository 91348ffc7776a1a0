#include "command.h"
#include "commandcontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "store/cryptvfs.h"

#include <QCoreApplication>
#include <QTextStream>

namespace waymark::app {

namespace {

class EncryptCommand : public Command {
public:
    QString name() const override { return QStringLiteral("encrypt"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate(
            "CommandLine", "  waymark encrypt WORKSPACE --out COPY         an encrypted copy of a plain workspace") };
    }
    QList<QCommandLineOption> options() const override
    {
        return { Context::outOption(), Context::newPassphraseFileOption(), Context::passphraseFileOption() };
    }
    int run(Context& context) override
    {
        if (context.arguments().size() != 1) {
            err() << CommandRegistry::usage();
            return UsageError;
        }
        const QString path = context.arguments().at(0);
        const QString target = context.value(QStringLiteral("out"));
        if (target.isEmpty()) {
            err() << QCoreApplication::translate("CommandLine", "usage: waymark encrypt WORKSPACE --out COPY") << '\n';
            return UsageError;
        }
        // The plain workspace must open as any does: checked, never cleaned here.
        if (!context.openWorkspace(path, store::Workspace::Mode::ReadOnly))
            return WorkspaceError;
        const QByteArray fresh = context.readPassphrase(context.value(QStringLiteral("new-passphrase-file")),
            QCoreApplication::translate("CommandLine", "New passphrase: "));
        if (fresh.isEmpty()) {
            err() << QCoreApplication::translate("CommandLine",
                "A passphrase is missing: --passphrase-file (the current one, for rekey) and --new-passphrase-file, "
                "or a terminal.")
                  << '\n';
            return UsageError;
        }
        if (Status st = store::Crypt::encryptCopy(path, target, fresh); !st) {
            return Context::fail(st.error(), WorkspaceError);
        }
        out() << QCoreApplication::translate("CommandLine", "Wrote an encrypted copy of %1 to %2.").arg(path, target)
              << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeEncryptCommand()
{
    return std::make_unique<EncryptCommand>();
}

} // namespace waymark::app
