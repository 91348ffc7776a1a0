#include "analysis/workspaceoverview.h"
#include "command.h"
#include "commandcontext.h"
#include "commandregistry.h"
#include "commands.h"

#include <QCoreApplication>
#include <QTextStream>

namespace waymark::app {

namespace {

class InfoCommand : public Command {
public:
    QString name() const override { return QStringLiteral("info"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate(
            "CommandLine", "  waymark info WORKSPACE                       counts per table, extracts with hashes") };
    }
    QList<QCommandLineOption> options() const override { return { Context::passphraseFileOption() }; }
    int run(Context& context) override
    {
        if (context.arguments().size() != 1) {
            err() << CommandRegistry::usage();
            return UsageError;
        }
        const QString path = context.arguments().at(0);
        // Inspecting a file never changes it.
        auto ws = context.openWorkspace(path, store::Workspace::Mode::ReadOnly);
        if (!ws)
            return WorkspaceError;
        const auto overview = analysis::WorkspaceOverview::load(*ws);
        if (!overview) {
            err() << overview.error().toString() << '\n';
            return WorkspaceError;
        }
        out()
            << QCoreApplication::translate("CommandLine", "Workspace %1 (schema %2)").arg(path).arg(ws->schemaVersion())
            << '\n';
        // Every table, the overview's few and the bookkeeping ones.
        for (const char* table : { "sources", "extracts", "places", "incidents", "route_legs", "entities", "links",
                 "accounts", "transactions", "quarantine", "audit_log" }) {
            out() << "  " << qSetFieldWidth(14) << Qt::left << QLatin1String(table) << qSetFieldWidth(0)
                  << ws->count(QLatin1String(table)) << '\n';
        }
        out() << QCoreApplication::translate("CommandLine", "Extracts:") << '\n';
        for (const analysis::WorkspaceOverview::Extract& e : overview->extracts) {
            out() << "  #" << e.id << ' ' << e.fileName << " [" << e.format << "] sha256=" << e.sha256 << ' '
                  << e.importedAt << ' '
                  << QCoreApplication::translate("CommandLine", "read %1, imported %2, duplicate %3, quarantined %4")
                         .arg(e.rowsRead)
                         .arg(e.rowsImported)
                         .arg(e.rowsDuplicate)
                         .arg(e.rowsQuarantined)
                  << '\n';
        }
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeInfoCommand()
{
    return std::make_unique<InfoCommand>();
}

} // namespace waymark::app
