#include "command.h"
#include "commandcontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "store/cryptvfs.h"

#include <QCoreApplication>
#include <QTextStream>

namespace waymark::app {

namespace {

class RekeyCommand : public Command {
public:
    QString name() const override { return QStringLiteral("rekey"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate("CommandLine",
            "  waymark rekey WORKSPACE                      change an encrypted workspace's passphrase\n"
            "      passphrases: --passphrase-file FILE (and --new-passphrase-file FILE), or typed on a terminal") };
    }
    QList<QCommandLineOption> options() const override
    {
        return { Context::passphraseFileOption(), Context::newPassphraseFileOption() };
    }
    int run(Context& context) override
    {
        if (context.arguments().size() != 1) {
            err() << CommandRegistry::usage();
            return UsageError;
        }
        const QString path = context.arguments().at(0);
        const QByteArray old = context.readPassphrase(context.value(QStringLiteral("passphrase-file")),
            QCoreApplication::translate("CommandLine", "Passphrase now: "));
        const QByteArray fresh = context.readPassphrase(context.value(QStringLiteral("new-passphrase-file")),
            QCoreApplication::translate("CommandLine", "New passphrase: "));
        if (fresh.isEmpty() || old.isEmpty()) {
            err() << QCoreApplication::translate("CommandLine",
                "A passphrase is missing: --passphrase-file (the current one, for rekey) and --new-passphrase-file, "
                "or a terminal.")
                  << '\n';
            return UsageError;
        }
        if (Status st = store::Crypt::rekey(path, old, fresh); !st) {
            return Context::fail(st.error(), WorkspaceError);
        }
        out() << QCoreApplication::translate("CommandLine", "%1 now opens with the new passphrase.").arg(path) << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeRekeyCommand()
{
    return std::make_unique<RekeyCommand>();
}

} // namespace waymark::app
