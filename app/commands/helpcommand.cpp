#include "command.h"
#include "commandcontext.h"
#include "commandregistry.h"
#include "commands.h"
#include "manpage.h"

#include <QCoreApplication>
#include <QTextStream>

namespace waymark::app {

namespace {

class HelpCommand : public Command {
public:
    QString name() const override { return QStringLiteral("help"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate(
            "CommandLine", "  waymark help [COMMAND]                       this text, or one command's options") };
    }
    QList<QCommandLineOption> options() const override
    {
        // The build's man page generator (packaging/); not for users, so not in the help.
        QCommandLineOption man(QStringLiteral("man"));
        man.setFlags(QCommandLineOption::HiddenFromHelp);
        return { man };
    }
    int run(Context& context) override
    {
        const QStringList& args = context.arguments();
        if (context.isSet(QStringLiteral("man"))) {
            out() << manPage(QCoreApplication::applicationVersion(), QStringLiteral(WAYMARK_RELEASE_DATE));
            return Success;
        }
        if (args.isEmpty()) {
            out() << CommandRegistry::usage();
            return Success;
        }
        const Command* command = args.size() == 1 ? CommandRegistry::find(args.at(0)) : nullptr;
        if (!command) {
            err() << QCoreApplication::translate("CommandLine", "unknown command %1").arg(args.join(QLatin1Char(' ')))
                  << '\n'
                  << CommandRegistry::usage();
            return UsageError;
        }
        out() << CommandRegistry::help(*command);
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeHelpCommand()
{
    return std::make_unique<HelpCommand>();
}

} // namespace waymark::app
