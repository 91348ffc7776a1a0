#include "command.h"
#include "commandcontext.h"
#include "commandregistry.h"
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace waymark::app {

namespace {

class CleanCommand : public Command {
public:
    QString name() const override { return QStringLiteral("clean"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate("CommandLine",
            "  waymark clean WORKSPACE --out COPY           a copy without schema objects Waymark did not create") };
    }
    QList<QCommandLineOption> options() const override { return { Context::outOption() }; }
    int run(Context& context) override
    {
        if (context.arguments().size() != 1) {
            err() << CommandRegistry::usage();
            return UsageError;
        }
        const QString from = context.arguments().at(0);
        const QString to = context.value(QStringLiteral("out"));
        if (to.isEmpty()) {
            err() << QCoreApplication::translate("CommandLine", "usage: waymark clean WORKSPACE --out COPY") << '\n';
            return UsageError;
        }
        if (Status st = store::Workspace::cleanCopy(from, to); !st) {
            return Context::fail(st.error(), WorkspaceError);
        }
        out() << QCoreApplication::translate("CommandLine", "Wrote a cleaned copy of %1 to %2.").arg(from, to) << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeCleanCommand()
{
    return std::make_unique<CleanCommand>();
}

} // namespace waymark::app
