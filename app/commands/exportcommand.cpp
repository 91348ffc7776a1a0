#include "analysis/filter.h"
#include "command.h"
#include "commandcontext.h"
#include "commands.h"
#include "sharing/layerexport.h"
#include "sharing/releasability.h"
#include "sharing/sharepackage.h"
#include "sharing/sharepolicy.h"
#include "sharing/stixexport.h"

#include <QCoreApplication>
#include <QTextStream>

#include <optional>

namespace waymark::app {

namespace {

/// `waymark export share|stix`: a share-back package for the hub or a
/// partner (docs/share-package.md), or a STIX 2.1 bundle; both through the
/// one releasability check.
class ExportCommand : public Command {
public:
    QString name() const override { return QStringLiteral("export"); }
    QStringList synopsis() const override
    {
        return {
            QCoreApplication::translate("CommandLine",
                "  waymark export share --workspace W --out FILE.zip [--from DATE] [--to DATE] [--type LIST]\n"
                "                [--source-kind LIST] [--grade LIST] [--destination partner|own] [--policy FILE]\n"
                "                [--aggregates] [--k N] [--include-restricted]\n"
                "                                               a pseudonymised hub extract to share back; exit 3\n"
                "                                               when what was asked for may not go"),
            QCoreApplication::translate("CommandLine",
                "  waymark export stix --workspace W --out FILE.json [--report ID] [--from DATE] [--to DATE]\n"
                "                [--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own]\n"
                "                [--include-restricted]\n"
                "                                               a STIX 2.1 bundle (TLP 2.0 markings) of a report or\n"
                "                                               of the filtered records; exit 3 when what was asked\n"
                "                                               for may not go")
        };
    }
    QList<QCommandLineOption> options() const override
    {
        QList<QCommandLineOption> o { Context::workspaceOption(), Context::outOption(), Context::passphraseFileOption(),
            Context::destinationOption(), Context::includeRestrictedOption(),
            { QStringLiteral("policy"),
                QCoreApplication::translate(
                    "CommandLine", "Share policy (JSON) saying which fields are kept, pseudonymised or removed."),
                QStringLiteral("FILE") },
            { QStringLiteral("aggregates"),
                QCoreApplication::translate(
                    "CommandLine", "Add k-anonymous counts by country, year, type, sex and age band.") },
            { QStringLiteral("k"),
                QCoreApplication::translate("CommandLine", "Smallest count the aggregates publish (default 10)."),
                QStringLiteral("N") },
            { QStringLiteral("report"),
                QCoreApplication::translate(
                    "CommandLine", "Key Judgement Report to export as STIX, with what it cites (export stix)."),
                QStringLiteral("ID") },
            { QStringLiteral("layer"),
                QCoreApplication::translate("CommandLine",
                    "Map layer to export: incidents, routes, hotspots or significance (export geojson, kml)."),
                QStringLiteral("NAME") } };
        o << Context::filterOptions();
        return o;
    }
    int run(Context& context) override;

private:
    static int share(Context& context);
    static int stix(Context& context);
    static int layer(Context& context, sharing::LayerExport::Format format);
};

int ExportCommand::run(Context& context)
{
    const QString what = context.arguments().value(0);
    if (what == QLatin1String("stix"))
        return stix(context);
    if (what == QLatin1String("geojson"))
        return layer(context, sharing::LayerExport::Format::GeoJson);
    if (what == QLatin1String("kml"))
        return layer(context, sharing::LayerExport::Format::Kml);
    return share(context);
}

int ExportCommand::stix(Context& context)
{
    const QString path = context.workspace();
    const QString target = context.value(QStringLiteral("out"));
    const auto destination = context.destination(sharing::Destination::Partner);
    bool idOk = true;
    const qint64 reportId
        = context.isSet(QStringLiteral("report")) ? context.value(QStringLiteral("report")).toLongLong(&idOk) : 0;
    if (path.isEmpty() || target.isEmpty() || !destination || !idOk || reportId < 0) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark export stix --workspace W --out FILE.json [--report ID] [--from DATE] [--to DATE] "
            "[--type LIST] [--source-kind LIST] [--grade LIST] [--destination partner|own] [--include-restricted]")
              << '\n';
        return UsageError;
    }
    sharing::StixExport::Options options;
    options.destination = *destination;
    options.reportId = reportId;
    if (!context.withFilterOptions(options.filter))
        return UsageError;
    auto ws = context.openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return WorkspaceError;
    auto outcome = sharing::StixExport::check(*ws, options);
    if (!outcome)
        return Context::fail(outcome.error(), WorkspaceError);
    // A report is asked for whole: it does not go without what it cites.
    const bool flag = context.isSet(QStringLiteral("include-restricted"));
    if (int refused = Context::refuseWhatMayNotGo(outcome.value(), reportId > 0 || flag, flag && reportId == 0,
            reportId > 0 ? QString()
                         : QCoreApplication::translate("CommandLine",
                             "Refused: nothing the filter selects may go to %1, so no bundle was written."));
        refused >= 0)
        return refused;
    auto written = sharing::StixExport::write(*ws, outcome.value(), target, options);
    if (!written)
        return Context::fail(written.error(), InputRejected);
    out() << QCoreApplication::translate("CommandLine",
        "Wrote %1 (%2): %n STIX object(s), sha256 %3, recorded in the audit log.", nullptr, written->objects)
                 .arg(target, outcome->marking.isEmpty() ? QStringLiteral("-") : outcome->marking, written->sha256)
          << '\n';
    return Success;
}

int ExportCommand::layer(Context& context, sharing::LayerExport::Format format)
{
    const QString path = context.workspace();
    const QString target = context.value(QStringLiteral("out"));
    const auto destination = context.destination(sharing::Destination::Partner);
    const auto which = sharing::LayerExport::parseLayer(context.value(QStringLiteral("layer")));
    if (path.isEmpty() || target.isEmpty() || !which || !destination) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark export geojson|kml --workspace W --layer incidents|routes|hotspots|significance --out "
            "FILE [--from DATE] [--to DATE] [--type LIST] [--source-kind LIST] [--grade LIST] [--destination "
            "partner|own] [--include-restricted]")
              << '\n';
        return UsageError;
    }
    sharing::LayerExport::Options options;
    options.layer = *which;
    options.format = format;
    options.destination = *destination;
    if (!context.withFilterOptions(options.filter))
        return UsageError;
    auto ws = context.openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return WorkspaceError;
    auto outcome = sharing::LayerExport::check(*ws, options);
    if (!outcome)
        return Context::fail(outcome.error(), WorkspaceError);
    if (int refused
        = Context::refuseWhatMayNotGo(outcome.value(), context.isSet(QStringLiteral("include-restricted")), true,
            QCoreApplication::translate(
                "CommandLine", "Refused: nothing the filter selects may go to %1, so no layer was written."));
        refused >= 0)
        return refused;
    auto written = sharing::LayerExport::write(*ws, outcome.value(), target, options);
    if (!written)
        return Context::fail(written.error(), InputRejected);
    out() << QCoreApplication::translate("CommandLine",
        "Wrote %1 (%2): %n feature(s), sha256 %3, recorded in the audit log.", nullptr, written->features)
                 .arg(target, outcome->marking, written->sha256)
          << '\n';
    return Success;
}

int ExportCommand::share(Context& context)
{
    const QString path = context.workspace();
    const QString target = context.value(QStringLiteral("out"));
    const auto destination = context.destination(sharing::Destination::Partner);
    bool kOk = true;
    const int k = context.isSet(QStringLiteral("k")) ? context.value(QStringLiteral("k")).toInt(&kOk) : 10;
    if (context.arguments().value(0) != QLatin1String("share") || path.isEmpty() || target.isEmpty() || !destination
        || !kOk || k < 2) {
        err() << QCoreApplication::translate("CommandLine",
            "usage: waymark export share --workspace W --out FILE.zip [--from DATE] [--to DATE] [--type LIST] "
            "[--source-kind LIST] [--grade LIST] [--destination partner|own] [--policy FILE] [--aggregates] [--k N "
            "(2 or more)] [--include-restricted]")
              << '\n';
        return UsageError;
    }
    sharing::SharePackage::Options options;
    options.destination = *destination;
    options.aggregates = context.isSet(QStringLiteral("aggregates"));
    options.k = k;
    // Only what the command line says: the filter a user left in the
    // workspace's filter bar does not silently narrow what leaves.
    if (!context.withFilterOptions(options.filter))
        return UsageError;
    if (context.isSet(QStringLiteral("policy"))) {
        auto policy = sharing::SharePolicy::load(context.value(QStringLiteral("policy")));
        if (!policy)
            return Context::fail(policy.error(), InputRejected);
        options.policy = policy.value();
    }
    auto ws = context.openWorkspace(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return WorkspaceError;
    auto outcome = sharing::SharePackage::check(*ws, options);
    if (!outcome)
        return Context::fail(outcome.error(), WorkspaceError);
    if (int refused
        = Context::refuseWhatMayNotGo(outcome.value(), context.isSet(QStringLiteral("include-restricted")), true,
            QCoreApplication::translate(
                "CommandLine", "Refused: nothing the filter selects may go to %1, so no package was written."));
        refused >= 0)
        return refused;
    auto written = sharing::SharePackage::write(*ws, outcome.value(), target, options);
    if (!written)
        return Context::fail(written.error(), InputRejected);
    out() << QCoreApplication::translate("CommandLine",
        "Wrote %1 (%2): %3 incidents, %4 entities, %5 links, %6 accounts from %7 sources; policy %8 (sha256 %9).")
                 .arg(target, outcome->marking)
                 .arg(written->rows[1])
                 .arg(written->rows[3])
                 .arg(written->rows[4])
                 .arg(written->rows[6])
                 .arg(written->rows[0])
                 .arg(options.policy.name(), options.policy.sha256().left(16))
          << '\n';
    if (options.aggregates)
        out() << QCoreApplication::translate("CommandLine", "Aggregates: k = %1, %2 cells suppressed.")
                     .arg(options.k)
                     .arg(written->suppressedCells)
              << '\n';
    out() << QCoreApplication::translate("CommandLine", "Package sha256 %1, recorded in the audit log.")
                 .arg(written->sha256)
          << '\n';
    return Success;
}

} // namespace

std::unique_ptr<Command> makeExportCommand()
{
    return std::make_unique<ExportCommand>();
}

} // namespace waymark::app
