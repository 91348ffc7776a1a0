#pragma once

#include "sharing/releasability.h"
#include "store/workspace.h"

#include <QCommandLineOption>
#include <QSize>
#include <QStringList>

#include <memory>
#include <optional>

class QCommandLineParser;
class QTextStream;

namespace waymark {
class Feedback;
}

namespace waymark::analysis {
class AnalysisContext;
struct Filter;
}

namespace waymark::app {

/// What every command shares: the parsed command line, the output streams,
/// the progress bar, passphrases, opening a workspace, Ctrl+C. The common
/// options (--workspace, --quiet, --passphrase-file, --size, --from/--to…)
/// are made here so that they read the same everywhere; a command opts
/// into those it takes by listing them among its options().
class Context {
public:
    /// parser has parsed the command line with the options named in known;
    /// arguments are the positional arguments after the command's name.
    Context(const QCommandLineParser& parser, QStringList arguments, QStringList known);
    ~Context();
    Context(const Context&) = delete;
    Context& operator=(const Context&) = delete;

    static QTextStream& out();
    static QTextStream& err();
    /// Prints an error (and its detail, indented) on standard error and
    /// returns the exit code, for `return fail(st.error(), WorkspaceError);`.
    static int fail(const Error& error, int exitCode);

    /// The positional arguments after the command's name.
    const QStringList& arguments() const { return m_arguments; }
    /// An option's value; empty (and unset) for an option the command does not take.
    QString value(const QString& option) const;
    QStringList values(const QString& option) const;
    bool isSet(const QString& option) const;

    static QCommandLineOption workspaceOption();
    static QCommandLineOption quietOption();
    static QCommandLineOption passphraseFileOption();
    static QCommandLineOption newPassphraseFileOption();
    static QCommandLineOption outOption();
    static QCommandLineOption sizeOption();
    /// --from and --to.
    static QList<QCommandLineOption> timeWindowOptions();
    /// --destination partner|own: where an export goes, for the releasability check.
    static QCommandLineOption destinationOption();
    /// --include-restricted: ask for every selected record; refused if any may not go.
    static QCommandLineOption includeRestrictedOption();
    /// --destination, or `fallback` when it is not given; nothing (and a
    /// message) when it is neither partner nor own.
    std::optional<sharing::Destination> destination(sharing::Destination fallback) const;
    /// Prints what the releasability check found, then refuses (exit 3,
    /// InputRejected) an export that may not go: one asked for whole
    /// (`whole`: a report, or --include-restricted, `askedByFlag`) that holds
    /// withheld records, or one left empty (`nothingLeft`, with %1 for the
    /// destination, says what was not written). -1 when it may go on.
    static int refuseWhatMayNotGo(
        const sharing::Releasability::Outcome& outcome, bool whole, bool askedByFlag, const QString& nothingLeft);
    /// The filter bar on the command line: --from and --to, --type,
    /// --source-kind and --grade (render map, export share).
    static QList<QCommandLineOption> filterOptions();

    QString workspace() const { return value(QStringLiteral("workspace")); }
    bool quiet() const { return isSet(QStringLiteral("quiet")); }

    /// A progress bar on a terminal; nothing when stderr is a file or a
    /// pipe, or with --quiet. The feedback is also the one Ctrl+C cancels,
    /// until endProgress().
    void attachProgress(Feedback& feedback);
    void endProgress();
    /// Ctrl+C and SIGTERM cancel this feedback (and interrupt SQLite) until
    /// it is set back to nullptr.
    static void setRunning(Feedback* feedback);
    /// Installs the Ctrl+C / SIGTERM handler: cancel the running feedback,
    /// interrupt every workspace's statements.
    static void installInterruptHandler();

    /// A passphrase from a file (its first line) or, on a terminal, typed
    /// without echo; empty when there is none to be had.
    QByteArray readPassphrase(const QString& file, const QString& prompt);
    /// Unlocks an encrypted workspace with --passphrase-file or a typed
    /// passphrase; true when it is plain or now unlocked.
    bool unlockIfEncrypted(const QString& path);
    /// Opens (unlocking first); nullptr after saying why on stderr.
    std::unique_ptr<store::Workspace> openWorkspace(const QString& path, store::Workspace::Mode mode);

    /// --size, or the fallback; nullopt (and a message) when it cannot be read.
    std::optional<QSize> imageSize(QSize fallback) const;
    /// The filter narrowed to --from/--to; false (and a message) when a
    /// date cannot be read.
    bool withTimeWindow(analysis::Filter& filter) const;
    /// The filter narrowed by every filter option given (filterOptions());
    /// false (and a message) when one cannot be read.
    bool withFilterOptions(analysis::Filter& filter) const;
    /// The workspace's saved filter, narrowed by the filter options given,
    /// for this drawing only.
    bool applyTimeWindow(analysis::AnalysisContext& context) const;

private:
    const QCommandLineParser& m_parser;
    QStringList m_arguments;
    QStringList m_names; ///< the options the parser was given
};

/// Standard output and error, for the commands' messages.
inline QTextStream& out()
{
    return Context::out();
}
inline QTextStream& err()
{
    return Context::err();
}

} // namespace waymark::app
