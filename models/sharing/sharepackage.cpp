#include "sharepackage.h"

#include "core/csvwriter.h"
#include "core/outputfile.h"
#include "core/taxonomy.h"
#include "sharing/aggregatetables.h"
#include "sharing/packagewriter.h"
#include "store/auditlog.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

#include <quazip.h>
#include <quazipfile.h>

namespace waymark::sharing {

const char* const SharePackage::kTables[8] = { "sources.csv", "incidents.csv", "route_legs.csv", "entities.csv",
    "links.csv", "incident_entities.csv", "accounts.csv", "aggregates.csv" };

namespace {

Result<std::vector<qint64>> filteredIncidents(store::Workspace& ws, const analysis::Filter& filter)
{
    std::vector<qint64> ids;
    const analysis::Filter::Sql where = filter.sql();
    store::Statement st(
        ws.handle(), QString(QStringLiteral("SELECT i.id FROM incidents i WHERE ") + where.where).toStdString());
    for (int i = 0; i < where.values.size(); ++i)
        st.bind(i + 1, where.values.at(i));
    while (st.next())
        ids.push_back(st.int64(0));
    if (Error e = st.error(); !e.isNull())
        return e;
    return ids;
}

/// The released ids of one kind, asked alone.
Result<QSet<qint64>> releasedOf(
    store::Workspace& ws, RecordKind kind, const std::vector<qint64>& ids, Destination destination)
{
    ExportSelection s;
    s.of(kind) = ids;
    auto o = Releasability::check(ws, s, destination);
    if (!o)
        return o.error();
    return QSet<qint64>(o->released.of(kind).begin(), o->released.of(kind).end());
}

} // namespace

Result<Releasability::Outcome> SharePackage::check(store::Workspace& ws, const Options& options)
{
    // Each step widens the selection only through records that may go
    // themselves: people are chosen for their part in incidents that go,
    // their neighbours through links that go. A withheld record is counted
    // as withheld, and never decides what else is in the package.
    ExportSelection s;
    auto incidents = filteredIncidents(ws, options.filter);
    if (!incidents)
        return incidents.error();
    s.of(RecordKind::Incident) = incidents.value();
    auto goingIncidents = releasedOf(ws, RecordKind::Incident, incidents.value(), options.destination);
    if (!goingIncidents)
        return goingIncidents.error();
    QSet<qint64> involved;
    {
        store::Statement st(ws.handle(), "SELECT incident_id, entity_id FROM incident_entities");
        while (st.next()) {
            if (goingIncidents->contains(st.int64(0)))
                involved.insert(st.int64(1));
        }
        if (Error e = st.error(); !e.isNull())
            return e;
    }
    auto goingInvolved = releasedOf(
        ws, RecordKind::Entity, std::vector<qint64>(involved.begin(), involved.end()), options.destination);
    if (!goingInvolved)
        return goingInvolved.error();
    // One link away: their phones, accounts, addresses, businesses, associates.
    std::vector<std::array<qint64, 3>> links;
    std::vector<qint64> touching;
    {
        store::Statement st(ws.handle(), "SELECT id, from_id, to_id FROM links ORDER BY id");
        while (st.next()) {
            links.push_back({ st.int64(0), st.int64(1), st.int64(2) });
            if (goingInvolved->contains(st.int64(1)) || goingInvolved->contains(st.int64(2)))
                touching.push_back(st.int64(0));
        }
        if (Error e = st.error(); !e.isNull())
            return e;
    }
    auto goingLinks = releasedOf(ws, RecordKind::Link, touching, options.destination);
    if (!goingLinks)
        return goingLinks.error();
    QSet<qint64> entities = involved;
    for (const auto& l : links) {
        if (goingLinks->contains(l[0]))
            entities.insert(goingInvolved->contains(l[1]) ? l[2] : l[1]);
    }
    for (const auto& l : links) {
        if (entities.contains(l[1]) && entities.contains(l[2]))
            s.of(RecordKind::Link).push_back(l[0]);
    }
    s.of(RecordKind::Entity).assign(entities.begin(), entities.end());
    {
        store::Statement st(
            ws.handle(), "SELECT id, holder_entity_id FROM accounts WHERE holder_entity_id IS NOT NULL");
        while (st.next()) {
            if (entities.contains(st.int64(1)))
                s.of(RecordKind::Account).push_back(st.int64(0));
        }
        if (Error e = st.error(); !e.isNull())
            return e;
    }
    return Releasability::check(ws, s, options.destination);
}

Result<SharePackage::Written> SharePackage::write(
    store::Workspace& ws, const Releasability::Outcome& outcome, const QString& path, const Options& options)
{
    if (outcome.isEmpty())
        return Error(QCoreApplication::translate("SharePackage",
            "Nothing may go: every record the filter selects is withheld by the releasability check, so no "
            "package was written."));
    if (options.k < 2)
        return Error(QCoreApplication::translate("SharePackage", "k must be 2 or more."));
    Written written;
    written.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);

    std::optional<AggregateTables> aggregates;
    if (options.aggregates) {
        auto built = AggregateTables::build(ws, outcome.released.of(RecordKind::Incident));
        if (!built)
            return built.error();
        aggregates = std::move(built.value());
        written.suppressedCells = aggregates->suppress(options.k);
    }

    OutputFile file(path);
    if (Status st = file.open(); !st)
        return st.error();
    QuaZip zip(file.device());
    zip.setAutoClose(false);
    if (!zip.open(QuaZip::mdCreate))
        return Error(QCoreApplication::translate("SharePackage", "%1 cannot be written as a zip archive (error %2).")
                         .arg(path)
                         .arg(zip.getZipError()));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto member = [&](const QString& name, const std::function<Status(QIODevice&)>& fill) -> Status {
        QuaZipFile out(&zip);
        QuaZipNewInfo info(name);
        info.dateTime = now;
        if (!out.open(QIODevice::WriteOnly, info))
            return Error(QCoreApplication::translate("SharePackage", "%1/%2 cannot be written.").arg(path, name));
        Status st = fill(out);
        out.close();
        if (st && out.getZipError() != UNZ_OK)
            return Error(QCoreApplication::translate("SharePackage", "%1/%2 cannot be written.").arg(path, name));
        return st;
    };

    PackageWriter writer(ws, outcome, options.policy);
    for (int t = 0; t < 7; ++t) {
        const QString name = QLatin1String(kTables[t]);
        Status st = member(name, [&](QIODevice& device) -> Status {
            CsvWriter csv(&device);
            auto rows = writer.table(t, csv);
            if (!rows)
                return rows.error();
            written.rows[size_t(t)] = rows.value();
            return csv.flush()
                ? Status(Ok {})
                : Status(Error(QCoreApplication::translate("SharePackage", "%1 cannot be written.").arg(name)));
        });
        if (!st)
            return st.error();
    }
    if (aggregates) {
        Status st = member(QStringLiteral("aggregates.csv"), [&](QIODevice& device) -> Status {
            CsvWriter csv(&device);
            aggregates->write(csv);
            return csv.flush() ? Status(Ok {})
                               : Status(Error(QCoreApplication::translate("SharePackage", "%1 cannot be written.")
                                                  .arg(QStringLiteral("aggregates.csv"))));
        });
        if (!st)
            return st.error();
    }

    // The manifest: what the hub needs to import it, then its provenance.
    QJsonObject share;
    share.insert(QStringLiteral("share_format_version"), QLatin1String(shareFormatVersion));
    share.insert(QStringLiteral("package_id"), written.packageId);
    const QString version = QCoreApplication::applicationVersion();
    share.insert(QStringLiteral("tool"),
        QStringLiteral("Waymark %1").arg(version.isEmpty() ? QStringLiteral("(unversioned)") : version));
    share.insert(QStringLiteral("destination"),
        options.destination == Destination::Partner ? QStringLiteral("partner") : QStringLiteral("own"));
    QJsonObject filter = options.filter.toJson();
    filter.insert(QStringLiteral("description"), options.filter.describe());
    share.insert(QStringLiteral("filter"), filter);
    share.insert(QStringLiteral("policy"),
        QJsonObject {
            { QStringLiteral("name"), options.policy.name() }, { QStringLiteral("sha256"), options.policy.sha256() } });
    share.insert(QStringLiteral("pseudonyms"),
        QStringLiteral("BLAKE2b (libsodium crypto_generichash), 80 bits, keyed with a random key made for this "
                       "package and not kept"));
    if (aggregates) {
        share.insert(QStringLiteral("aggregates"),
            QJsonObject { { QStringLiteral("file"), QStringLiteral("aggregates.csv") },
                { QStringLiteral("k"), options.k }, { QStringLiteral("suppressed_cells"), written.suppressedCells } });
    }
    share.insert(QStringLiteral("audit_chain_head"), ws.audit().head());
    share.insert(QStringLiteral("source_extracts"), writer.sourceExtracts());
    QJsonObject rows;
    for (int t = 0; t < 7; ++t)
        rows.insert(QString::fromLatin1(kTables[t]).section(QLatin1Char('.'), 0, 0), written.rows[size_t(t)]);
    share.insert(QStringLiteral("rows"), rows);
    QJsonArray withheld;
    for (const auto& w : outcome.withheld)
        withheld.append(QJsonObject { { QStringLiteral("reason"), Releasability::reasonCode(w.reason) },
            { QStringLiteral("records"), w.total() } });
    share.insert(QStringLiteral("withheld"), withheld);
    share.insert(QStringLiteral("conditions"), QJsonArray::fromStringList(outcome.conditions));

    QJsonObject manifest;
    manifest.insert(QStringLiteral("format"), QStringLiteral("waymark-hub-extract"));
    manifest.insert(QStringLiteral("format_version"), QLatin1String(extractFormatVersion));
    manifest.insert(QStringLiteral("exported_at"), now.toString(Qt::ISODate));
    manifest.insert(QStringLiteral("hub"), QStringLiteral("Waymark share package %1").arg(written.packageId));
    manifest.insert(QStringLiteral("handling"),
        outcome.conditions.isEmpty()
            ? outcome.marking
            : QCoreApplication::translate("SharePackage", "%1, with handling conditions (share.conditions)")
                  .arg(outcome.marking));
    manifest.insert(QStringLiteral("tlp"), outcome.marking);
    manifest.insert(QStringLiteral("share"), share);
    written.manifest = manifest;
    if (Status st = member(QStringLiteral("manifest.json"),
            [&](QIODevice& device) -> Status {
                const QByteArray json = QJsonDocument(manifest).toJson(QJsonDocument::Indented);
                return device.write(json) == json.size()
                    ? Status(Ok {})
                    : Status(Error(QCoreApplication::translate("SharePackage", "manifest.json cannot be written.")));
            });
        !st)
        return st.error();
    zip.close();
    if (zip.getZipError() != UNZ_OK)
        return Error(QCoreApplication::translate("SharePackage", "%1 cannot be written as a zip archive (error %2).")
                         .arg(path)
                         .arg(zip.getZipError()));
    if (Status st = file.commit(); !st)
        return st.error();

    QFile done(path);
    if (done.open(QIODevice::ReadOnly)) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&done);
        written.sha256 = QString::fromLatin1(h.result().toHex());
    }
    const QString extra
        = QStringLiteral("package=%1 sha256=%2 policy=%3 aggregates=%4")
              .arg(written.packageId, written.sha256.isEmpty() ? QStringLiteral("-") : written.sha256,
                  options.policy.sha256(), aggregates ? QStringLiteral("k%1").arg(options.k) : QStringLiteral("none"));
    if (Status st = Releasability::record(ws, outcome, QStringLiteral("share"), path, extra); !st) {
        // Nothing leaves unrecorded.
        if (QFileInfo(path).isFile())
            QFile::remove(path);
        return st.error();
    }
    return written;
}

} // namespace waymark::sharing
