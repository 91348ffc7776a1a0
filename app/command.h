#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QStringList>

namespace waymark::app {

class Context;

/// What `waymark` returns; documented in the README and in `waymark --help`.
enum ExitCode {
    Success = 0,
    UsageError = 1,
    WorkspaceError = 2,
    InputRejected = 3,
    ImportedWithQuarantine = 4,
    Canceled = 5,
};

/// One command of the command line (`waymark import …`), as git's builtins
/// and Tiled's command-line parser have them: a name, its usage lines, its
/// own options and run(). Every command calls the same models/ code as the
/// GUI; none holds domain logic or widgets (render's charts aside, until
/// the figure pipeline lands). CommandRegistry lists them all.
class Command {
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    /// The command's usage lines as `waymark --help` prints them, translated
    /// (context "CommandLine"): one entry per form; most commands have one,
    /// render has a form per figure. Empty for a command the usage leaves out.
    virtual QStringList synopsis() const = 0;
    /// The options this command accepts; any other is a usage error.
    virtual QList<QCommandLineOption> options() const { return {}; }
    /// True when the command draws (fonts need a QGuiApplication; with no
    /// display it draws offscreen). arguments: what follows the command's name.
    virtual bool drawsImages(const QStringList& arguments) const
    {
        Q_UNUSED(arguments);
        return false;
    }
    /// Runs the command; returns an ExitCode. Needs a QCoreApplication.
    virtual int run(Context& context) = 0;
};

} // namespace waymark::app
