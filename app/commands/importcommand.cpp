#include "importcommand.h"

#include "command.h"
#include "commandcontext.h"
#include "commands.h"
#include "core/feedback.h"
#include "ingest/importjob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

namespace waymark::app {

int importFiles(Context& context, const QString& path, const QStringList& files, const ingest::ImportOptions& options)
{
    auto ws = context.openWorkspace(path, store::Workspace::Mode::OpenOrCreate);
    if (!ws)
        return WorkspaceError;
    const bool quiet = context.quiet();
    ingest::ImportOptions alone = options;
    alone.alone = true; // the command's connection is the workspace's only one
    int code = Success;
    for (const QString& file : files) {
        Feedback feedback;
        context.attachProgress(feedback);
        QElapsedTimer timer;
        timer.start();
        const ingest::ImportSummary s = ingest::ImportJob::run(*ws, file, alone, feedback);
        context.endProgress();
        for (const Error& e : s.problems)
            err() << e.toString() << '\n';
        if (s.rowsQuarantined > s.problems.size())
            err() << QCoreApplication::translate("CommandLine", "… and %1 more rejected rows")
                         .arg(s.rowsQuarantined - s.problems.size())
                  << '\n';
        (s.outcome == ingest::ImportSummary::Outcome::Imported
                    || s.outcome == ingest::ImportSummary::Outcome::AlreadyImported
                ? out()
                : err())
            << s.toText() << '\n';
        if (s.needsSpecification)
            err() << QCoreApplication::translate("CommandLine",
                "  Give an import specification with --spec NAME|FILE.json (see waymark spec list), or a bank "
                "column mapping with --mapping.")
                  << '\n';
        if (s.outcome == ingest::ImportSummary::Outcome::Imported && !quiet)
            out() << QCoreApplication::translate("CommandLine", "Took %1 s (%2 rows/s).")
                         .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 2)
                         .arg(qint64(double(s.rowsRead) * 1000.0 / double(std::max<qint64>(1, timer.elapsed()))))
                  << '\n';
        if (!s.error.detail.isEmpty())
            err() << "  " << s.error.detail << '\n';
        switch (s.outcome) {
        case ingest::ImportSummary::Outcome::Imported:
            if (s.rowsQuarantined > 0)
                code = std::max<int>(code, ImportedWithQuarantine);
            break;
        case ingest::ImportSummary::Outcome::AlreadyImported:
            break;
        case ingest::ImportSummary::Outcome::Canceled:
            return Canceled;
        case ingest::ImportSummary::Outcome::Rejected:
        case ingest::ImportSummary::Outcome::Failed:
            code = InputRejected;
            break;
        }
        out().flush();
        err().flush();
    }
    return code;
}

namespace {

class ImportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("import"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate("CommandLine",
            "  waymark import FILE... --workspace W [--keep-going] [--spec NAME|FILE.json [--spec-version N]] "
            "[--mapping PRESET|FILE] [--quiet]") };
    }
    QList<QCommandLineOption> options() const override
    {
        return { Context::workspaceOption(),
            { QStringLiteral("keep-going"),
                QCoreApplication::translate("CommandLine", "Import valid rows; keep rejected rows in quarantine.") },
            { QStringLiteral("mapping"),
                QCoreApplication::translate("CommandLine", "Column mapping preset or .json file for bank CSV."),
                QStringLiteral("PRESET") },
            { QStringLiteral("spec"),
                QCoreApplication::translate(
                    "CommandLine", "Import specification (a name in the workspace or a .json file) for any table."),
                QStringLiteral("NAME") },
            { QStringLiteral("spec-version"),
                QCoreApplication::translate("CommandLine", "Saved version of the specification (default: the latest)."),
                QStringLiteral("N") },
            Context::quietOption(), Context::passphraseFileOption() };
    }
    int run(Context& context) override
    {
        const QString path = context.workspace();
        const QStringList& files = context.arguments();
        if (path.isEmpty() || files.isEmpty()) {
            err() << QCoreApplication::translate("CommandLine",
                "usage: waymark import FILE... --workspace W [--keep-going] [--spec NAME|FILE.json] [--mapping "
                "PRESET|FILE]")
                  << '\n';
            return UsageError;
        }
        ingest::ImportOptions options;
        options.keepGoing = context.isSet(QStringLiteral("keep-going"));
        options.mapping = context.value(QStringLiteral("mapping"));
        options.spec = context.value(QStringLiteral("spec"));
        if (!options.spec.isEmpty() && !options.mapping.isEmpty()) {
            err() << QCoreApplication::translate("CommandLine", "--spec and --mapping: give one of them.") << '\n';
            return UsageError;
        }
        if (context.isSet(QStringLiteral("spec-version"))) {
            bool ok = false;
            options.specVersion = context.value(QStringLiteral("spec-version")).toInt(&ok);
            if (!ok || options.specVersion < 1 || options.spec.isEmpty()) {
                err() << QCoreApplication::translate(
                    "CommandLine", "--spec-version takes a version number from 1, with --spec.")
                      << '\n';
                return UsageError;
            }
        }
        return importFiles(context, path, files, options);
    }
};

} // namespace

std::unique_ptr<Command> makeImportCommand()
{
    return std::make_unique<ImportCommand>();
}

} // namespace waymark::app
