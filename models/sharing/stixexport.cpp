#include "stixexport.h"

#include "core/outputfile.h"
#include "core/taxonomy.h"
#include "ingest/stixrules.h"
#include "reports/reportstore.h"
#include "sharing/reportrelease.h"
#include "sharing/sharepackage.h"
#include "sharing/sharepolicy.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

#include <algorithm>

namespace waymark::sharing {

namespace {

/// STIX 2.1 §2.9: the namespace of observable objects' deterministic ids.
const QUuid kScoNamespace(QStringLiteral("00abedb4-aa42-466c-9c01-fed23315a9b7"));
const char* const kEpoch = "1970-01-01T00:00:00.000Z";

struct SourceMarks {
    QString tlp; ///< effective TLP 2.0 label
    QString statement; ///< handling conditions carried, if any
};

class Builder {
public:
    Builder(store::Workspace& ws, const Releasability::Outcome& outcome, const StixExport::Options& options)
        : m_ws(ws)
        , m_outcome(outcome)
        , m_options(options)
    {
    }

    Result<QJsonObject> build();

private:
    Status prepare();
    QString id(const QString& type, const QString& name) const
    {
        return type + QStringLiteral("--")
            + QUuid::createUuidV5(m_namespace, name.toUtf8()).toString(QUuid::WithoutBraces);
    }
    bool keep(const char* table, const char* field) const
    {
        return m_options.destination == Destination::OwnOrganisation
            || m_policy.action(QLatin1String(table), QLatin1String(field)) == SharePolicy::Action::Keep;
    }
    /// The marking refs of an object governed by these sources: the most
    /// restrictive TLP among them, and every condition they carry.
    QJsonArray marks(std::initializer_list<qint64> sources);
    QJsonArray marksFor(const QString& tlp, const QString& statement);
    QJsonObject object(const QString& type, const QString& id, const QString& created, const QString& modified,
        const QJsonArray& markings) const;
    QString statementMarking(const QString& text);
    QString location(qint64 placeId, const QString& created);
    QString relationship(const QString& type, const QString& from, const QString& to, const QString& name,
        const QString& created, const QJsonArray& markings, const QJsonObject& extra = {});
    Status report();

    store::Workspace& m_ws;
    const Releasability::Outcome& m_outcome;
    const StixExport::Options& m_options;
    SharePolicy m_policy = SharePolicy::defaults();
    QUuid m_namespace;
    QHash<qint64, SourceMarks> m_sources;
    QHash<qint64, QString> m_extractTime;
    QMap<QString, QJsonObject> m_markings; ///< by id
    QJsonArray m_locations, m_records, m_relationships, m_context;
    QSet<QString> m_locationIds, m_seen;
    QHash<qint64, QString> m_incidentId, m_entityId;
    QHash<qint64, qint64> m_incidentSource, m_entitySource;
    QHash<qint64, QString> m_incidentCreated;
    QStringList m_recordIds; ///< incidents, identities, locations and relationships, in order
    QString m_latest = QLatin1String(kEpoch);
};

QJsonObject Builder::object(const QString& type, const QString& id, const QString& created, const QString& modified,
    const QJsonArray& markings) const
{
    QJsonObject o { { QStringLiteral("type"), type }, { QStringLiteral("spec_version"), QStringLiteral("2.1") },
        { QStringLiteral("id"), id }, { QStringLiteral("created"), created },
        { QStringLiteral("modified"), modified } };
    if (!markings.isEmpty())
        o.insert(QStringLiteral("object_marking_refs"), markings);
    return o;
}

QString Builder::statementMarking(const QString& text)
{
    const QString mid = id(QStringLiteral("marking-definition"), QStringLiteral("statement/") + text);
    if (!m_markings.contains(mid))
        m_markings.insert(mid,
            QJsonObject { { QStringLiteral("type"), QStringLiteral("marking-definition") },
                { QStringLiteral("spec_version"), QStringLiteral("2.1") }, { QStringLiteral("id"), mid },
                { QStringLiteral("created"), QLatin1String(kEpoch) },
                { QStringLiteral("definition_type"), QStringLiteral("statement") },
                { QStringLiteral("definition"), QJsonObject { { QStringLiteral("statement"), text } } } });
    return mid;
}

QJsonArray Builder::marksFor(const QString& tlp, const QString& statement)
{
    QJsonArray refs;
    const QString tlpId = ingest::StixRules::tlp2MarkingId(tlp);
    if (!tlpId.isEmpty()) {
        if (!m_markings.contains(tlpId)) {
            QString level = tlp.mid(4).toLower();
            m_markings.insert(tlpId,
                QJsonObject { { QStringLiteral("type"), QStringLiteral("marking-definition") },
                    { QStringLiteral("spec_version"), QStringLiteral("2.1") }, { QStringLiteral("id"), tlpId },
                    { QStringLiteral("created"), QStringLiteral("2022-10-01T00:00:00.000Z") },
                    { QStringLiteral("name"), tlp },
                    { QStringLiteral("extensions"),
                        QJsonObject { { QLatin1String(ingest::StixRules::kTlp2Extension),
                            QJsonObject { { QStringLiteral("extension_type"), QStringLiteral("property-extension") },
                                { QStringLiteral("tlp_2_0"), level } } } } } });
        }
        refs.append(tlpId);
    }
    if (!statement.isEmpty()) {
        for (const QString& line : statement.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            refs.append(statementMarking(line));
    }
    return refs;
}

QJsonArray Builder::marks(std::initializer_list<qint64> sources)
{
    QString tlp;
    QStringList statements;
    for (qint64 s : sources) {
        const SourceMarks m = m_sources.value(s);
        if (Releasability::tlpRank(m.tlp) > Releasability::tlpRank(tlp))
            tlp = m.tlp;
        if (!m.statement.isEmpty() && !statements.contains(m.statement))
            statements << m.statement;
    }
    return marksFor(tlp, statements.join(QLatin1Char('\n')));
}

Status Builder::prepare()
{
    QString ns = m_ws.meta(QStringLiteral("stix_namespace"));
    if (QUuid(ns).isNull()) {
        ns = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (Status st = m_ws.setMeta(QStringLiteral("stix_namespace"), ns); !st)
            return st;
    }
    m_namespace = QUuid(ns);
    for (const Releasability::SourceLine& s : m_outcome.sources) {
        SourceMarks m;
        m.tlp = s.tlp;
        m.statement = s.condition; // the check's own words: 3x5x2 C, 5x5x5 handling codes 2 and 3
        m_sources.insert(s.id, m);
    }
    store::Statement st(m_ws.handle(), "SELECT id, imported_at FROM extracts");
    while (st.next()) {
        const QDateTime t = QDateTime::fromString(st.text(1), Qt::ISODate);
        m_extractTime.insert(st.int64(0), t.isValid() ? StixExport::timestamp(t) : QLatin1String(kEpoch));
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    return Ok {};
}

QString Builder::location(qint64 placeId, const QString& created)
{
    store::Statement& st = m_ws.cached("SELECT p.kind, p.iso2, p.iso3, p.name, p.lon, p.lat, c.iso2, c.iso3 "
                                       "FROM places p LEFT JOIN places c ON c.id = p.country_id WHERE p.id = ?");
    st.bind(1, placeId);
    QString lid;
    if (st.next()) {
        const bool city = st.text(0) == QLatin1String("city");
        const QString country = city ? st.text(6) : st.text(1);
        lid = id(QStringLiteral("location"),
            city ? QStringLiteral("city/%1/%2").arg(st.text(7), st.text(3)) : QStringLiteral("country/") + st.text(2));
        const bool point = !st.isNull(4) && !st.isNull(5);
        if (country.isEmpty() && !point) {
            lid.clear(); // STIX wants a country, a region or a point: this place has none
        } else if (!m_locationIds.contains(lid)) {
            m_locationIds.insert(lid);
            QJsonObject o = object(QStringLiteral("location"), lid, created, created, {});
            o.insert(QStringLiteral("name"), st.text(3));
            if (!country.isEmpty())
                o.insert(QStringLiteral("country"), country);
            if (city)
                o.insert(QStringLiteral("city"), st.text(3));
            if (point) {
                o.insert(QStringLiteral("longitude"), st.real(4));
                o.insert(QStringLiteral("latitude"), st.real(5));
            }
            m_locations.append(o);
            m_recordIds << lid;
        }
    }
    st.reset();
    return lid;
}

QString Builder::relationship(const QString& type, const QString& from, const QString& to, const QString& name,
    const QString& created, const QJsonArray& markings, const QJsonObject& extra)
{
    const QString rid = id(QStringLiteral("relationship"), name);
    QJsonObject o = object(QStringLiteral("relationship"), rid, created, created, markings);
    o.insert(QStringLiteral("relationship_type"), type);
    o.insert(QStringLiteral("source_ref"), from);
    o.insert(QStringLiteral("target_ref"), to);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    m_relationships.append(o);
    m_recordIds << rid;
    return rid;
}

Result<QJsonObject> Builder::build()
{
    if (Status st = prepare(); !st)
        return st.error();
    const QSet<qint64> incidents(
        m_outcome.released.of(RecordKind::Incident).begin(), m_outcome.released.of(RecordKind::Incident).end());
    const QSet<qint64> entities(
        m_outcome.released.of(RecordKind::Entity).begin(), m_outcome.released.of(RecordKind::Entity).end());
    const QSet<qint64> links(
        m_outcome.released.of(RecordKind::Link).begin(), m_outcome.released.of(RecordKind::Link).end());

    // Incidents, and where they happened.
    {
        store::Statement st(m_ws.handle(),
            "SELECT i.id, i.extract_id, i.incident_key, i.source_id, i.date_text, i.place_id, i.lon, i.lat, "
            "i.origin_id, i.destination_id, i.exploitation, i.victims, i.gender, i.age_band, i.summary, "
            "i.info_grade, i.line, e.sha256 FROM incidents i JOIN extracts e ON e.id = i.extract_id ORDER BY i.id");
        while (st.next()) {
            const qint64 rowId = st.int64(0);
            if (!incidents.contains(rowId))
                continue;
            const QString key = st.isNull(2) ? QStringLiteral("%1:%2").arg(st.text(17)).arg(st.int64(16)) : st.text(2);
            const QString iid = id(QStringLiteral("incident"), QStringLiteral("incident/") + key);
            const QString created = m_extractTime.value(st.int64(1), QLatin1String(kEpoch));
            m_latest = std::max(m_latest, created);
            const qint64 source = st.int64(3);
            QJsonObject o = object(QStringLiteral("incident"), iid, created, created, marks({ source }));
            o.insert(QStringLiteral("name"),
                keep("incidents", "incident_id")
                    ? QCoreApplication::translate("StixExport", "Incident %1").arg(key)
                    : QCoreApplication::translate("StixExport", "Incident %1").arg(iid.mid(10, 8)));
            if (keep("incidents", "summary") && !st.text(14).isEmpty())
                o.insert(QStringLiteral("description"), st.text(14));
            if (keep("incidents", "date") && !st.text(4).isEmpty())
                o.insert(QStringLiteral("x_waymark_date"), st.text(4));
            if (keep("incidents", "exploitation") && st.int64(10) != 0) {
                QJsonArray codes;
                const QStringList& all = Taxonomy::codes(Taxonomy::Group::Exploitation);
                for (int b = 0; b < all.size(); ++b) {
                    if (st.int64(10) & (qint64(1) << b))
                        codes.append(all.at(b));
                }
                o.insert(QStringLiteral("x_waymark_exploitation"), codes);
            }
            if (keep("incidents", "victims"))
                o.insert(QStringLiteral("x_waymark_victims"), st.int64(11));
            if (keep("incidents", "gender") && !st.text(12).isEmpty())
                o.insert(QStringLiteral("x_waymark_gender"), st.text(12));
            if (keep("incidents", "age_band") && !st.text(13).isEmpty())
                o.insert(QStringLiteral("x_waymark_age_band"), st.text(13));
            if (keep("incidents", "info_grade") && !st.text(15).isEmpty())
                o.insert(QStringLiteral("x_waymark_info_grade"), st.text(15));
            m_records.append(o);
            m_recordIds << iid;
            m_incidentId.insert(rowId, iid);
            m_incidentSource.insert(rowId, source);
            m_incidentCreated.insert(rowId, created);

            const QJsonArray placeMarks = marks({ source });
            QString where;
            if (!st.isNull(5) && keep("incidents", "country"))
                where = location(st.int64(5), created);
            if (where.isEmpty() && !st.isNull(6) && !st.isNull(7) && keep("incidents", "lon")
                && keep("incidents", "lat")) {
                where = id(QStringLiteral("location"), QStringLiteral("point/%1,%2").arg(st.real(6)).arg(st.real(7)));
                if (!m_locationIds.contains(where)) {
                    m_locationIds.insert(where);
                    QJsonObject p = object(QStringLiteral("location"), where, created, created, placeMarks);
                    p.insert(QStringLiteral("longitude"), st.real(6));
                    p.insert(QStringLiteral("latitude"), st.real(7));
                    m_locations.append(p);
                    m_recordIds << where;
                }
            }
            if (!where.isEmpty())
                relationship(
                    QStringLiteral("located-at"), iid, where, QStringLiteral("located/") + key, created, placeMarks);
            if (!st.isNull(8) && keep("incidents", "country")) {
                if (const QString from = location(st.int64(8), created); !from.isEmpty())
                    relationship(QStringLiteral("originates-from"), iid, from, QStringLiteral("origin/") + key, created,
                        placeMarks);
            }
            if (!st.isNull(9) && keep("incidents", "country")) {
                if (const QString to = location(st.int64(9), created); !to.isEmpty())
                    relationship(QStringLiteral("x-destined-for"), iid, to, QStringLiteral("destination/") + key,
                        created, placeMarks);
            }
        }
        if (Error e = st.error(); !e.isNull())
            return e;
    }

    // People, organisations and the rest of the entities.
    {
        store::Statement st(m_ws.handle(),
            "SELECT id, extract_id, entity_key, type, label, source_id, info_grade FROM entities ORDER BY id");
        while (st.next()) {
            const qint64 rowId = st.int64(0);
            if (!entities.contains(rowId))
                continue;
            const QString type = st.text(3);
            const QString created = m_extractTime.value(st.int64(1), QLatin1String(kEpoch));
            m_latest = std::max(m_latest, created);
            const qint64 source = st.int64(5);
            const bool keepLabel = m_options.destination == Destination::OwnOrganisation
                || m_policy.labelAction(type) == SharePolicy::Action::Keep;
            QString eid;
            QJsonObject o;
            if (type == QLatin1String("email") && keepLabel) {
                // STIX 2.1 §2.9: an observable's id is UUIDv5 of its contributing properties.
                const QString value = st.text(4).trimmed();
                const QByteArray canonical
                    = QJsonDocument(QJsonObject { { QStringLiteral("value"), value } }).toJson(QJsonDocument::Compact);
                eid = QStringLiteral("email-addr--")
                    + QUuid::createUuidV5(kScoNamespace, canonical).toString(QUuid::WithoutBraces);
                o = QJsonObject { { QStringLiteral("type"), QStringLiteral("email-addr") },
                    { QStringLiteral("spec_version"), QStringLiteral("2.1") }, { QStringLiteral("id"), eid },
                    { QStringLiteral("value"), value } };
                const QJsonArray m = marks({ source });
                if (!m.isEmpty())
                    o.insert(QStringLiteral("object_marking_refs"), m);
            } else {
                eid = id(QStringLiteral("identity"), QStringLiteral("entity/") + st.text(2));
                o = object(QStringLiteral("identity"), eid, created, created, marks({ source }));
                const QString cls = type == QLatin1String("person") ? QStringLiteral("individual")
                    : (type == QLatin1String("organisation") || type == QLatin1String("business"))
                    ? QStringLiteral("organization")
                    : QStringLiteral("unknown");
                o.insert(
                    QStringLiteral("name"), keepLabel ? st.text(4) : QStringLiteral("%1 %2").arg(type, eid.mid(10, 8)));
                o.insert(QStringLiteral("identity_class"), cls);
                o.insert(QStringLiteral("x_waymark_entity_type"), type);
                if (keep("entities", "info_grade") && !st.text(6).isEmpty())
                    o.insert(QStringLiteral("x_waymark_info_grade"), st.text(6));
            }
            if (m_seen.contains(eid))
                continue; // two entities with the same e-mail address are one observable
            m_seen.insert(eid);
            m_records.append(o);
            m_recordIds << eid;
            m_entityId.insert(rowId, eid);
            m_entitySource.insert(rowId, source);
        }
        if (Error e = st.error(); !e.isNull())
            return e;
    }

    // Links between them, and who took part in which incident.
    {
        static const QRegularExpression notType(QStringLiteral("[^a-z0-9]+"));
        store::Statement st(m_ws.handle(),
            "SELECT id, extract_id, link_key, from_id, to_id, type, first_seen, last_seen, weight, source_id "
            "FROM links ORDER BY id");
        while (st.next()) {
            if (!links.contains(st.int64(0)) || !m_entityId.contains(st.int64(3)) || !m_entityId.contains(st.int64(4)))
                continue;
            QString type = st.text(5).toLower().replace(notType, QStringLiteral("-"));
            while (type.startsWith(QLatin1Char('-')))
                type.remove(0, 1);
            while (type.endsWith(QLatin1Char('-')))
                type.chop(1);
            if (type.isEmpty())
                type = QStringLiteral("related-to");
            QJsonObject extra;
            if (keep("links", "first_seen") && !st.text(6).isEmpty())
                extra.insert(QStringLiteral("x_waymark_first_seen"), st.text(6));
            if (keep("links", "last_seen") && !st.text(7).isEmpty())
                extra.insert(QStringLiteral("x_waymark_last_seen"), st.text(7));
            if (keep("links", "weight"))
                extra.insert(QStringLiteral("x_waymark_weight"), st.real(8));
            relationship(type, m_entityId.value(st.int64(3)), m_entityId.value(st.int64(4)),
                QStringLiteral("link/") + st.text(2), m_extractTime.value(st.int64(1), QLatin1String(kEpoch)),
                marks({ st.int64(9), m_entitySource.value(st.int64(3)), m_entitySource.value(st.int64(4)) }), extra);
        }
        if (Error e = st.error(); !e.isNull())
            return e;
        store::Statement inv(m_ws.handle(),
            "SELECT incident_id, entity_id, role FROM incident_entities WHERE role <> 'victim' "
            "ORDER BY incident_id, entity_id, role");
        while (inv.next()) {
            const qint64 i = inv.int64(0), e = inv.int64(1);
            if (!m_incidentId.contains(i) || !m_entityId.contains(e))
                continue;
            const QString iid = m_incidentId.value(i), eid = m_entityId.value(e);
            relationship(QStringLiteral("related-to"), iid, eid,
                QStringLiteral("involvement/%1/%2/%3").arg(iid, eid, inv.text(2)), m_incidentCreated.value(i),
                marks({ m_incidentSource.value(i), m_entitySource.value(e) }),
                QJsonObject { { QStringLiteral("x_waymark_role"), inv.text(2) } });
        }
        if (Error e = inv.error(); !e.isNull())
            return e;
    }

    if (m_options.reportId > 0) {
        if (Status st = report(); !st)
            return st.error();
    } else if (!m_recordIds.isEmpty()) {
        // The selection itself: what the filter chose, as one grouping.
        QJsonArray refs;
        for (const QString& r : std::as_const(m_recordIds))
            refs.append(r);
        const QString what = m_options.filter.isEmpty()
            ? QCoreApplication::translate("StixExport", "the whole workspace")
            : m_options.filter.describe();
        const QByteArray filter = QJsonDocument(m_options.filter.toJson()).toJson(QJsonDocument::Compact);
        QJsonObject g = object(QStringLiteral("grouping"),
            id(QStringLiteral("grouping"), QStringLiteral("selection/") + QString::fromUtf8(filter)), m_latest,
            m_latest, marksFor(m_outcome.marking, m_outcome.conditions.join(QLatin1Char('\n'))));
        g.insert(QStringLiteral("name"), QCoreApplication::translate("StixExport", "Waymark selection: %1").arg(what));
        g.insert(QStringLiteral("context"), QStringLiteral("suspicious-activity"));
        g.insert(QStringLiteral("object_refs"), refs);
        m_context.append(g);
    }

    QJsonArray objects;
    for (const QJsonObject& m : std::as_const(m_markings))
        objects.append(m);
    for (const QJsonArray* part : { &m_locations, &m_records, &m_relationships, &m_context }) {
        for (const QJsonValue& v : *part)
            objects.append(v);
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QJsonValue& v : std::as_const(objects))
        h.addData(v.toObject().value(QLatin1String("id")).toString().toUtf8());
    return QJsonObject { { QStringLiteral("type"), QStringLiteral("bundle") },
        { QStringLiteral("id"), id(QStringLiteral("bundle"), QString::fromLatin1(h.result().toHex())) },
        { QStringLiteral("objects"), objects } };
}

Status Builder::report()
{
    reports::ReportStore store(m_ws);
    auto doc = store.load(m_options.reportId);
    if (!doc)
        return doc.error();
    const reports::Marking marking = ReportRelease::markingFor(doc.value(), m_outcome);
    // The evidence's conditions, and the report's own (markingFor joins them into one line).
    QStringList conditions = m_outcome.conditions;
    if (!doc->marking.conditions.trimmed().isEmpty())
        conditions << doc->marking.conditions.trimmed();
    const QJsonArray markings
        = marksFor(marking.isTlp() ? marking.classification : m_outcome.marking, conditions.join(QLatin1Char('\n')));
    QString created = QLatin1String(kEpoch), modified = QLatin1String(kEpoch);
    {
        store::Statement& st = m_ws.cached("SELECT created_at, updated_at FROM reports WHERE id = ?");
        st.bind(1, m_options.reportId);
        if (st.next()) {
            const QDateTime c = QDateTime::fromString(st.text(0), Qt::ISODate);
            const QDateTime u = QDateTime::fromString(st.text(1), Qt::ISODate);
            if (c.isValid())
                created = StixExport::timestamp(c);
            modified = u.isValid() ? StixExport::timestamp(u) : created;
            if (modified < created)
                modified = created;
        }
        st.reset();
    }
    const QString rid = id(QStringLiteral("report"), QStringLiteral("report/%1").arg(m_options.reportId));
    // What each judgement rests on, among the objects that went.
    auto evidenceRefs = [&](const reports::KeyJudgement& j) {
        QJsonArray refs;
        for (const reports::Evidence& e : j.evidence) {
            const char* sql = e.kind == reports::Evidence::Kind::Incident
                ? "SELECT id FROM incidents WHERE incident_key = ?"
                : e.kind == reports::Evidence::Kind::Entity ? "SELECT id FROM entities WHERE entity_key = ?"
                                                            : nullptr;
            if (!sql)
                continue;
            store::Statement& st = m_ws.cached(sql);
            st.bind(1, e.key);
            if (st.next()) {
                const QString ref = e.kind == reports::Evidence::Kind::Incident ? m_incidentId.value(st.int64(0))
                                                                                : m_entityId.value(st.int64(0));
                if (!ref.isEmpty() && !refs.contains(ref))
                    refs.append(ref);
            }
            st.reset();
        }
        refs.append(rid);
        return refs;
    };
    QJsonArray notes;
    int n = 0;
    for (const reports::KeyJudgement& j : doc->judgements) {
        ++n;
        QJsonObject o = object(QStringLiteral("note"),
            id(QStringLiteral("note"), QStringLiteral("report/%1/judgement/%2").arg(m_options.reportId).arg(n)),
            created, modified, markings);
        o.insert(QStringLiteral("abstract"), QCoreApplication::translate("StixExport", "Key judgement %1").arg(n));
        QString content = j.statement;
        if (!j.term.isEmpty() || !j.confidence.isEmpty())
            content += QLatin1String("\n\n")
                + QCoreApplication::translate("StixExport", "Probability: %1. Confidence: %2.")
                      .arg(j.term, j.confidence);
        if (!j.rationale.isEmpty())
            content += QLatin1Char(' ') + j.rationale;
        o.insert(QStringLiteral("content"), content);
        if (!doc->author.isEmpty())
            o.insert(QStringLiteral("authors"), QJsonArray { doc->author });
        o.insert(QStringLiteral("object_refs"), evidenceRefs(j));
        notes.append(o);
    }
    for (const reports::Section& s : doc->sections) {
        const QString text = reports::ReportDocument::plainText(s.html).trimmed();
        if (text.isEmpty())
            continue;
        QJsonObject o = object(QStringLiteral("note"),
            id(QStringLiteral("note"), QStringLiteral("report/%1/section/%2").arg(m_options.reportId).arg(s.key)),
            created, modified, markings);
        o.insert(QStringLiteral("abstract"), s.title);
        o.insert(QStringLiteral("content"), text);
        o.insert(QStringLiteral("object_refs"), QJsonArray { rid });
        notes.append(o);
    }
    int f = 0;
    for (const reports::Figure& fig : doc->figures) {
        ++f;
        QJsonObject o = object(QStringLiteral("grouping"),
            id(QStringLiteral("grouping"), QStringLiteral("report/%1/figure/%2").arg(m_options.reportId).arg(f)),
            created, modified, markings);
        o.insert(QStringLiteral("name"),
            fig.caption.isEmpty() ? QCoreApplication::translate("StixExport", "Figure %1").arg(f) : fig.caption);
        if (!fig.filter.isEmpty())
            o.insert(QStringLiteral("description"), fig.filter);
        o.insert(QStringLiteral("context"), QStringLiteral("unspecified"));
        o.insert(QStringLiteral("object_refs"), QJsonArray { rid });
        notes.append(o);
    }
    QJsonArray refs;
    for (const QString& r : std::as_const(m_recordIds))
        refs.append(r);
    for (const QJsonValue& v : std::as_const(notes))
        refs.append(v.toObject().value(QLatin1String("id")));
    QJsonObject r = object(QStringLiteral("report"), rid, created, modified, markings);
    r.insert(QStringLiteral("name"), doc->title);
    if (!doc->reference.isEmpty())
        r.insert(QStringLiteral("description"), doc->reference);
    r.insert(QStringLiteral("published"), modified);
    r.insert(QStringLiteral("report_types"), QJsonArray { QStringLiteral("threat-report") });
    r.insert(QStringLiteral("object_refs"), refs);
    m_context.append(r);
    for (const QJsonValue& v : std::as_const(notes))
        m_context.append(v);
    return Ok {};
}

} // namespace

QString StixExport::timestamp(const QDateTime& t)
{
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

Result<Releasability::Outcome> StixExport::check(store::Workspace& ws, const Options& options)
{
    ExportSelection s;
    if (options.reportId > 0) {
        reports::ReportStore store(ws);
        auto doc = store.load(options.reportId);
        if (!doc)
            return doc.error();
        auto evidence = ReportRelease::evidenceOf(ws, doc.value());
        if (!evidence)
            return evidence.error();
        s = evidence.value();
    } else {
        SharePackage::Options share;
        share.filter = options.filter;
        share.destination = options.destination;
        auto widened = SharePackage::check(ws, share);
        if (!widened)
            return widened.error();
        s = widened->requested;
    }
    // Accounts have no STIX object of their own; victims are never named.
    s.of(RecordKind::Account).clear();
    QSet<qint64> victims;
    {
        store::Statement st(ws.handle(), "SELECT DISTINCT entity_id FROM incident_entities WHERE role = 'victim'");
        while (st.next())
            victims.insert(st.int64(0));
        if (Error e = st.error(); !e.isNull())
            return e;
    }
    auto& ents = s.of(RecordKind::Entity);
    ents.erase(std::remove_if(ents.begin(), ents.end(), [&](qint64 e) { return victims.contains(e); }), ents.end());
    if (!victims.isEmpty() && !s.of(RecordKind::Link).empty()) {
        store::Statement st(ws.handle(), "SELECT id, from_id, to_id FROM links");
        QSet<qint64> touching;
        while (st.next()) {
            if (victims.contains(st.int64(1)) || victims.contains(st.int64(2)))
                touching.insert(st.int64(0));
        }
        if (Error e = st.error(); !e.isNull())
            return e;
        auto& ls = s.of(RecordKind::Link);
        ls.erase(std::remove_if(ls.begin(), ls.end(), [&](qint64 l) { return touching.contains(l); }), ls.end());
    }
    return Releasability::check(ws, s, options.destination);
}

Result<QJsonObject> StixExport::bundle(
    store::Workspace& ws, const Releasability::Outcome& outcome, const Options& options)
{
    Builder b(ws, outcome, options);
    return b.build();
}

Result<StixExport::Written> StixExport::write(
    store::Workspace& ws, const Releasability::Outcome& outcome, const QString& path, const Options& options)
{
    if (outcome.isEmpty() && options.reportId == 0)
        return Error(QCoreApplication::translate("StixExport",
            "Nothing may go: every record asked for is withheld by the releasability check, so no bundle was "
            "written."));
    auto b = bundle(ws, outcome, options);
    if (!b)
        return b.error();
    // Never write what a partner's tool would refuse.
    const auto problems = ingest::StixRules::check(b.value());
    if (!problems.empty())
        return Error(QCoreApplication::translate("StixExport", "The bundle breaks a STIX 2.1 rule: %1")
                         .arg(problems.front().text()));
    const QByteArray bytes = QJsonDocument(b.value()).toJson(QJsonDocument::Indented);
    auto sha = OutputFile::writeAll(path, bytes);
    if (!sha)
        return sha.error();
    Written w;
    w.sha256 = sha.value();
    w.objects = int(b->value(QLatin1String("objects")).toArray().size());
    QString extra = QStringLiteral("format=stix-2.1 objects=%1 sha256=%2").arg(w.objects).arg(w.sha256);
    if (options.reportId > 0)
        extra += QStringLiteral(" report=%1").arg(options.reportId);
    if (Status st = Releasability::record(ws, outcome, QStringLiteral("stix"), path, extra); !st)
        return st.error();
    return w;
}

} // namespace waymark::sharing
