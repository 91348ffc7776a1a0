#include "analysis/filter.h"
#include "command.h"
#include "commandcontext.h"
#include "commands.h"
#include "core/feedback.h"
#include "reports/reportexporter.h"
#include "reports/reportstore.h"
#include "reports/starterdraft.h"
#include "sharing/releasability.h"
#include "sharing/reportrelease.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace waymark::app {

namespace {

class ReportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("report"); }
    QStringList synopsis() const override
    {
        return { QCoreApplication::translate("CommandLine",
            "  waymark report list --workspace W            Key Judgement Reports in the workspace\n"
            "  waymark report draft --workspace W [--from DATE] [--to DATE] [--title T] [--scale phia|icd203]\n"
            "                                               a generated starter draft; prints its id\n"
            "  waymark report export --workspace W --report ID --format pdf|odt|html|md [--redact] [--destination "
            "own|partner]\n"
            "                --out FILE                     exit 3 when it cites a record that may not go") };
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> o { Context::workspaceOption(),
            { QStringLiteral("title"), QCoreApplication::translate("CommandLine", "Report title."),
                QStringLiteral("T") },
            { QStringLiteral("report"), QCoreApplication::translate("CommandLine", "Report id."),
                QStringLiteral("ID") },
            { QStringLiteral("format"),
                QCoreApplication::translate(
                    "CommandLine", "hub or ctdc (sample); pdf, odt, html or md (report export)."),
                QStringLiteral("F") },
            { QStringLiteral("scale"),
                QCoreApplication::translate("CommandLine",
                    "Probability language of a draft: phia (the UK yardstick, default) or icd203 (US ICD 203)."),
                QStringLiteral("SCALE") },
            { QStringLiteral("redact"),
                QCoreApplication::translate("CommandLine", "Replace personal identifiers with placeholders.") },
            Context::outOption(), Context::passphraseFileOption(), Context::destinationOption() };
        o << Context::timeWindowOptions();
        return o;
    }
    // Reports lay out text and draw maps: they need fonts, as drawing does.
    bool drawsImages(const QStringList&) const override { return true; }
    int run(Context& context) override;

private:
    static int list(reports::ReportStore& store);
    static int draft(Context& context, store::Workspace& ws, reports::ReportStore& store);
    static int exportReport(Context& context, store::Workspace& ws, reports::ReportStore& store, qint64 id,
        reports::ReportExporter::Format format);
};

int ReportCommand::run(Context& context)
{
    const QString sub = context.arguments().value(0);
    const QString path = context.workspace();
    auto usage = [] {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark report list --workspace W\n"
            "       waymark report draft --workspace W [--from DATE] [--to DATE] [--title T] [--scale phia|icd203]\n"
            "       waymark report export --workspace W --report ID --format pdf|odt|html|md [--redact] --out FILE")
              << '\n';
        return UsageError;
    };
    if (path.isEmpty()
        || (sub != QLatin1String("list") && sub != QLatin1String("draft") && sub != QLatin1String("export")))
        return usage();
    std::optional<reports::ReportExporter::Format> format;
    qint64 reportId = 0;
    if (sub == QLatin1String("export")) {
        format = reports::ReportExporter::formatFromName(context.value(QStringLiteral("format")));
        bool ok = false;
        reportId = context.value(QStringLiteral("report")).toLongLong(&ok);
        if (!format || !ok || reportId <= 0 || context.value(QStringLiteral("out")).isEmpty())
            return usage();
    }
    auto ws = context.openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return WorkspaceError;
    reports::ReportStore store(*ws);
    if (sub == QLatin1String("list"))
        return list(store);
    if (sub == QLatin1String("draft"))
        return draft(context, *ws, store);
    return exportReport(context, *ws, store, reportId, *format);
}

int ReportCommand::list(reports::ReportStore& store)
{
    auto list = store.list();
    if (!list) {
        err() << list.error().toString() << '\n';
        return WorkspaceError;
    }
    for (const auto& r : list.value())
        out() << r.id << '\t' << r.reference << '\t'
              << QCoreApplication::translate("CommandLine", "version %1").arg(r.version) << '\t' << r.updatedAt << '\t'
              << r.title << (r.generated ? QCoreApplication::translate("CommandLine", " (generated draft)") : QString())
              << '\n';
    return Success;
}

int ReportCommand::draft(Context& context, store::Workspace& ws, reports::ReportStore& store)
{
    analysis::Filter filter
        = analysis::Filter::fromJson(QJsonDocument::fromJson(ws.meta(QStringLiteral("filter")).toUtf8()).object());
    if (!context.withTimeWindow(filter))
        return UsageError;
    reports::DraftOptions o;
    o.title = context.value(QStringLiteral("title"));
    if (context.isSet(QStringLiteral("scale"))) {
        const QString scale = context.value(QStringLiteral("scale"));
        if (scale != QLatin1String("phia") && scale != QLatin1String("icd203")) {
            return Context::fail(
                Error(QCoreApplication::translate("CommandLine", "--scale: “%1” is not phia or icd203").arg(scale)),
                UsageError);
        }
        o.scale = Yardstick::scaleOf(scale);
    }
    Feedback feedback;
    Context::setRunning(&feedback);
    auto draft = reports::StarterDraft::build(ws, filter, feedback, o);
    Context::setRunning(nullptr);
    if (feedback.isCanceled())
        return Canceled;
    if (!draft) {
        err() << draft.error().toString() << '\n';
        return WorkspaceError;
    }
    auto id = store.create(draft.value(), QStringLiteral("generated draft"));
    if (!id) {
        err() << id.error().toString() << '\n';
        return WorkspaceError;
    }
    out() << id.value() << '\n';
    return Success;
}

int ReportCommand::exportReport(Context& context, store::Workspace& ws, reports::ReportStore& store, qint64 id,
    reports::ReportExporter::Format format)
{
    auto doc = store.load(id);
    if (!doc) {
        err() << doc.error().toString() << '\n';
        return WorkspaceError;
    }
    for (const QString& m : doc->missingEvidence())
        err() << QCoreApplication::translate("CommandLine", "warning: evidence no longer in the workspace: %1").arg(m)
              << '\n';
    // The releasability check on what the report cites: nothing that may
    // not go leaves in it, and its marking is at least its evidence's.
    const auto destination = context.destination(sharing::Destination::OwnOrganisation);
    if (!destination)
        return UsageError;
    auto release = sharing::ReportRelease::check(ws, doc.value(), *destination);
    if (!release)
        return Context::fail(release.error(), WorkspaceError);
    // The same summary as every other export's, whether it goes or not.
    out() << release->summary();
    out().flush();
    if (release->withheldCount() > 0) {
        err() << QCoreApplication::translate("CommandLine",
            "Refused: the report cites %n record(s) that may not go to %1. Nothing was written.", nullptr,
            int(release->withheldCount()))
                     .arg(sharing::Releasability::destinationName(*destination))
              << '\n';
        return InputRejected;
    }
    // The figures' fate (drawn again without what may not go, left out) and the marking of what leaves.
    const reports::Marking marking = sharing::ReportRelease::markingFor(doc.value(), release.value());
    if (marking.text() != doc->marking.text())
        out() << QCoreApplication::translate("CommandLine", "Marking raised to that of the evidence: %1")
                     .arg(marking.text())
              << '\n';
    for (const QString& line : release->notes)
        out() << QCoreApplication::translate("CommandLine", "Figures: %1").arg(line) << '\n';
    reports::ExportOptions o;
    o.redact = context.isSet(QStringLiteral("redact"));
    const QString target = context.value(QStringLiteral("out"));
    if (auto written = sharing::ReportRelease::write(ws, doc.value(), release.value(), format, target, o); !written) {
        err() << written.error().toString() << '\n';
        return InputRejected;
    }
    out() << QCoreApplication::translate("CommandLine", "Wrote %1.").arg(target) << '\n';
    return Success;
}

} // namespace

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace waymark::app
