#pragma once

#include <QStringList>

#include <memory>
#include <vector>

namespace waymark::app {

class Command;

/// The command line as a registry: `waymark new|encrypt|rekey|import|info|
/// sample|audit|clean|mapping|graph|render|score|calibrate|report|export|help`,
/// one Command per file of app/commands/. The usage text is built from
/// their synopses; each command parses only its own options, so an option
/// of another command is a usage error. Exit codes (ExitCode in command.h)
/// are documented in the README and in `waymark --help`.
class CommandRegistry {
public:
    /// Every command, in the order `waymark help` describes them.
    static const std::vector<std::unique_ptr<Command>>& commands();
    /// The command of that name; nullptr when there is none.
    static Command* find(const QString& name);

    /// True when the arguments name a command rather than a workspace to open.
    static bool isCommand(const QStringList& arguments);
    /// True for commands that draw (fonts need a QGuiApplication; with no
    /// display they draw offscreen).
    static bool drawsImages(const QStringList& arguments);

    /// `waymark --help`: every command's synopsis, then the exit codes.
    static QString usage();
    /// The exit codes, as the usage and the man page state them.
    static QString exitCodes();
    /// `waymark help COMMAND`: its synopsis and its options.
    static QString help(const Command& command);

    /// Runs the command the arguments name (arguments as main() has them,
    /// the program first); an ExitCode. Needs a QCoreApplication.
    static int run(const QStringList& arguments);
};

} // namespace waymark::app
