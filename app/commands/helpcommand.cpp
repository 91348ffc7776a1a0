#include "command.h"
#include "commandcontext.h"
#include "commandregistry.h"
#include "commands.h"

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
    int run(Context& context) override
    {
        const QStringList& args = context.arguments();
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
