#include "commandregistry.h"

#include "command.h"
#include "commandcontext.h"
#include "commands/commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <utility>

namespace waymark::app {

const std::vector<std::unique_ptr<Command>>& CommandRegistry::commands()
{
    static const std::vector<std::unique_ptr<Command>> all = [] {
        std::vector<std::unique_ptr<Command>> c;
        c.push_back(makeNewCommand());
        c.push_back(makeEncryptCommand());
        c.push_back(makeRekeyCommand());
        c.push_back(makeImportCommand());
        c.push_back(makeInfoCommand());
        c.push_back(makeSampleCommand());
        c.push_back(makeAuditCommand());
        c.push_back(makeCleanCommand());
        c.push_back(makeMappingCommand());
        c.push_back(makeSpecCommand());
        c.push_back(makeGraphCommand());
        c.push_back(makeRenderCommand());
        c.push_back(makeScoreCommand());
        c.push_back(makeCalibrateCommand());
        c.push_back(makeReportCommand());
        c.push_back(makeExportCommand());
        c.push_back(makeHelpCommand());
        return c;
    }();
    return all;
}

Command* CommandRegistry::find(const QString& name)
{
    for (const auto& c : commands()) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

bool CommandRegistry::isCommand(const QStringList& arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString& a = arguments.at(1);
    return find(a) || a == QLatin1String("--help") || a == QLatin1String("-h") || a == QLatin1String("--version")
        || a == QLatin1String("-v");
}

bool CommandRegistry::drawsImages(const QStringList& arguments)
{
    const Command* c = arguments.size() > 1 ? find(arguments.at(1)) : nullptr;
    return c && c->drawsImages(arguments.mid(2));
}

QString CommandRegistry::usage()
{
    // The order of the usage as it has always read: render's three forms sit
    // among the others, next to what they draw.
    static const std::pair<const char*, int> layout[] = { { "new", 0 }, { "encrypt", 0 }, { "rekey", 0 },
        { "import", 0 }, { "info", 0 }, { "sample", 0 }, { "audit", 0 }, { "clean", 0 }, { "mapping", 0 },
        { "spec", 0 }, { "graph", 0 }, { "render", 0 }, { "render", 1 }, { "score", 0 }, { "calibrate", 0 },
        { "render", 2 }, { "report", 0 }, { "export", 0 }, { "help", 0 } };
    QString text = QCoreApplication::translate("CommandLine",
                       "Waymark — offline analysis workstation for counter-trafficking analysts.\n\n"
                       "  waymark [WORKSPACE]                          open the workstation")
        + QLatin1Char('\n');
    for (const auto& [name, form] : layout) {
        if (const Command* c = find(QLatin1String(name)))
            text += c->synopsis().value(form) + QLatin1Char('\n');
    }
    return text + QLatin1Char('\n') + exitCodes() + QLatin1Char('\n');
}

QString CommandRegistry::exitCodes()
{
    return QCoreApplication::translate("CommandLine",
        "Exit codes: 0 success · 1 usage error · 2 workspace cannot be opened or its audit log is broken ·\n"
        "3 input rejected, nothing imported, or an export refused by the releasability check ·\n"
        "4 imported, some rows quarantined (--keep-going) · 5 canceled");
}

QString CommandRegistry::help(const Command& command)
{
    QCommandLineParser p;
    p.addOptions(command.options());
    QString options = p.helpText();
    // Qt's first line is "Usage: PROGRAM [options]": the synopsis says more.
    options = options.mid(options.indexOf(QLatin1Char('\n')) + 1);
    return command.synopsis().join(QLatin1Char('\n')) + QLatin1Char('\n') + options;
}

int CommandRegistry::run(const QStringList& arguments)
{
    // The command is the first argument that names one; options may come
    // before it, as they always could.
    Command* command = nullptr;
    for (qsizetype i = 1; i < arguments.size() && !command; ++i)
        command = find(arguments.at(i));
    const QList<QCommandLineOption> options = command ? command->options() : QList<QCommandLineOption>();
    QStringList known;
    for (const QCommandLineOption& o : options)
        known << o.names();
    QCommandLineParser p;
    p.addOptions(options);
    p.addOption(
        { { QStringLiteral("h"), QStringLiteral("help") }, QCoreApplication::translate("CommandLine", "Show help.") });
    p.addOption({ { QStringLiteral("v"), QStringLiteral("version") },
        QCoreApplication::translate("CommandLine", "Show the version.") });
    if (!p.parse(arguments)) {
        // An option of another command, or none at all: name it, show what this one takes.
        err() << p.errorText() << '\n' << (command ? help(*command) : usage());
        return UsageError;
    }
    if (p.isSet(QStringLiteral("version"))) {
        out() << "waymark " << QCoreApplication::applicationVersion() << '\n';
        return Success;
    }
    if (!command || p.isSet(QStringLiteral("help"))) {
        out() << (command && command->name() != QLatin1String("help") ? help(*command) : usage());
        return Success;
    }
    QStringList rest = p.positionalArguments();
    rest.removeAt(rest.indexOf(command->name()));
    Context context(p, rest, known);
    Context::installInterruptHandler();
    return command->run(context);
}

} // namespace waymark::app
