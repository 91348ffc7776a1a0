#pragma once

#include <QStringList>

namespace waymark::app {

/// The command line: `waymark import|info|sample|audit|new …`. Every command
/// calls the same models/ code as the GUI. Exit codes are documented in the
/// README and in `waymark --help`.
class CommandLine {
public:
    enum ExitCode {
        Success = 0,
        UsageError = 1,
        WorkspaceError = 2,
        InputRejected = 3,
        ImportedWithQuarantine = 4,
        Canceled = 5,
    };

    /// True when the arguments name a command rather than a workspace to open.
    static bool isCommand(const QStringList& arguments);
    /// True for commands that draw (fonts need a QGuiApplication; with no
    /// display they draw offscreen).
    static bool drawsImages(const QStringList& arguments);
    /// True for commands that draw with widgets offscreen (QCustomPlot charts): they need a QApplication.
    static bool needsWidgets(const QStringList& arguments);
    /// Runs the command; needs a QCoreApplication.
    static int run(const QStringList& arguments);
    static QString usage();
};

} // namespace waymark::app
