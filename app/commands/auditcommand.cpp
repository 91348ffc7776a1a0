#include "command.h"
#include "commandcontext.h"
#include "commands.h"
#include "store/auditlog.h"
#include "store/signingkey.h"

#include <QCoreApplication>
#include <QTextStream>

namespace waymark::app {

namespace {

class AuditCommand : public Command {
public:
    QString name() const override { return QStringLiteral("audit"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate("CommandLine",
            "  waymark audit verify WORKSPACE               check the file, the audit chain and every import's rows") };
    }
    QList<QCommandLineOption> options() const override { return { Context::passphraseFileOption() }; }
    int run(Context& context) override
    {
        const QStringList& args = context.arguments();
        if (args.size() != 2 || args.at(0) != QLatin1String("verify")) {
            err() << QCoreApplication::translate("CommandLine", "usage: waymark audit verify WORKSPACE") << '\n';
            return UsageError;
        }
        auto ws = context.openWorkspace(args.at(1), store::Workspace::Mode::ReadOnly);
        if (!ws)
            return WorkspaceError;
        // The whole file first: a damaged page is no chain to verify.
        if (const QStringList damage = ws->check(true); !damage.isEmpty()) {
            err() << QCoreApplication::translate("CommandLine", "%1 is damaged:").arg(args.at(1)) << '\n';
            for (const QString& line : damage)
                err() << "  " << line << '\n';
            return WorkspaceError;
        }
        const auto v = ws->audit().verifyChain();
        if (!v) {
            return Context::fail(v.error(), WorkspaceError);
        }
        out() << QCoreApplication::translate(
            "CommandLine", "Audit log intact: %1 records, every hash chains to the one before.")
                     .arg(v->records)
              << '\n';
        out() << QCoreApplication::translate("CommandLine", "Chain head: %1").arg(v->head) << '\n';
        out() << QCoreApplication::translate("CommandLine",
            "Signatures: %1 by you, %2 by keys you trust, %3 by other keys, %4 unsigned (older records).")
                     .arg(v->signedByYou)
                     .arg(v->signedByTrusted)
                     .arg(v->signedByOthers)
                     .arg(v->unsigned_)
              << '\n';
        for (const QString& key : v->otherSigners)
            out() << "  "
                  << QCoreApplication::translate("CommandLine",
                         "signed by a key you do not trust: %1 (add it to %2/trusted-keys/ if it is a colleague's)")
                         .arg(key, store::SigningKey::folder())
                  << '\n';
        const QStringList rows = ws->audit().verifyRows();
        if (!rows.isEmpty()) {
            err() << QCoreApplication::translate(
                "CommandLine", "Rows are not what was imported (added, changed or deleted since):")
                  << '\n';
            for (const QString& line : rows)
                err() << "  " << line << '\n';
            return WorkspaceError;
        }
        out() << QCoreApplication::translate("CommandLine", "Rows: every import's rows are as they were imported.")
              << '\n';
        return Success;
    }
};

} // namespace

std::unique_ptr<Command> makeAuditCommand()
{
    return std::make_unique<AuditCommand>();
}

} // namespace waymark::app
