#include "recordwriter.h"

#include "ingest/importsession.h"
#include "store/workspace.h"

#include <cstring>

namespace waymark::ingest {

RecordWriter::RecordWriter(ImportSession& session)
    : m_session(session)
{
}

qint64 RecordWriter::idOfKey(const char* table, const QString& key)
{
    const char* sql = nullptr;
    if (!std::strcmp(table, "incidents"))
        sql = "SELECT id FROM incidents WHERE incident_key = ?";
    else if (!std::strcmp(table, "entities"))
        sql = "SELECT id FROM entities WHERE entity_key = ?";
    else if (!std::strcmp(table, "accounts"))
        sql = "SELECT id FROM accounts WHERE account_key = ?";
    else if (!std::strcmp(table, "links"))
        sql = "SELECT id FROM links WHERE link_key = ?";
    else if (!std::strcmp(table, "sources"))
        sql = "SELECT id FROM sources WHERE source_key = ?";
    if (!sql || key.isEmpty())
        return 0;
    store::Statement& st = m_session.workspace().cached(sql);
    st.bind(1, key);
    const qint64 id = st.next() ? st.int64(0) : 0;
    st.reset();
    return id;
}

namespace {
Result<RecordWriter::Written> settle(
    store::Workspace& ws, Status st, RecordWriter& w, const char* table, const QString& key)
{
    if (!st)
        return st.error();
    if (ws.changes() > 0)
        return RecordWriter::Written { ws.lastInsertId(), true };
    return RecordWriter::Written { w.idOfKey(table, key), false };
}
QString dateText(const std::optional<FuzzyDate>& d)
{
    return d ? d->toString() : QString();
}
} // namespace

Result<RecordWriter::Written> RecordWriter::source(const Source& r, qint64 line)
{
    store::Workspace& ws = m_session.workspace();
    store::Statement& ins = ws.cached(
        "INSERT INTO sources(extract_id, line, source_key, name, kind, grading_scheme, source_grade, info_grade, "
        "handling_code, handling_conditions, tlp) VALUES(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(source_key) DO NOTHING");
    ins.bind(1, m_session.extractId()).bind(2, line).bind(3, r.key).bind(4, r.name).bind(5, r.kind);
    ins.bind(6, r.gradingScheme).bindTextOrNull(7, r.sourceGrade).bindTextOrNull(8, r.infoGrade);
    ins.bindTextOrNull(9, r.handlingCode).bindTextOrNull(10, r.handlingConditions).bindTextOrNull(11, r.tlp);
    return settle(ws, ins.exec(), *this, "sources", r.key);
}

Result<RecordWriter::Written> RecordWriter::incident(const Incident& r, qint64 line)
{
    store::Workspace& ws = m_session.workspace();
    store::Statement& ins = ws.cached(
        "INSERT INTO incidents(extract_id, line, incident_key, source_id, date_text, date_precision, day_from, "
        "day_to, place_id, lon, lat, origin_id, destination_id, exploitation, sectors, sex_forms, means, recruiter, "
        "victims, gender, age_band, traffick_months, summary, info_grade, attributes) "
        "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) "
        "ON CONFLICT(incident_key) WHERE incident_key IS NOT NULL DO NOTHING");
    const bool hasPoint = !std::isnan(r.lon) && !std::isnan(r.lat);
    ins.bind(1, m_session.extractId()).bind(2, line).bindTextOrNull(3, r.key).bind(4, r.sourceId);
    if (r.date) {
        ins.bind(5, r.dateText.isEmpty() ? r.date->toString() : r.dateText).bind(6, int(r.date->precision));
        ins.bind(7, r.date->dayFrom).bind(8, r.date->dayTo);
    } else {
        ins.bindNull(5).bind(6, 0).bindNull(7).bindNull(8);
    }
    r.placeId ? ins.bind(9, r.placeId) : ins.bindNull(9);
    hasPoint ? ins.bind(10, r.lon).bind(11, r.lat) : ins.bindNull(10).bindNull(11);
    r.originId ? ins.bind(12, r.originId) : ins.bindNull(12);
    r.destinationId ? ins.bind(13, r.destinationId) : ins.bindNull(13);
    ins.bind(14, qint64(r.exploitation)).bind(15, qint64(r.sectors)).bind(16, qint64(r.sexForms));
    ins.bind(17, qint64(r.means)).bind(18, qint64(r.recruiter)).bind(19, r.victims);
    ins.bindTextOrNull(20, r.gender).bindTextOrNull(21, r.ageBand).bindTextOrNull(22, r.traffickMonths);
    ins.bindTextOrNull(23, r.summary).bindTextOrNull(24, r.infoGrade).bindTextOrNull(25, r.attributes);
    auto w = settle(ws, ins.exec(), *this, "incidents", r.key);
    if (!w || !w->added)
        return w;
    if (m_session.defersSearch()) {
        m_session.deferredIncident(!r.summary.isEmpty(), hasPoint);
        return w;
    }
    if (hasPoint) {
        store::Statement& rt
            = ws.cached("INSERT INTO incident_rtree(id, min_lon, max_lon, min_lat, max_lat) VALUES(?,?,?,?,?)");
        if (Status e = rt.bind(1, w->id).bind(2, r.lon).bind(3, r.lon).bind(4, r.lat).bind(5, r.lat).exec(); !e)
            return e.error();
    }
    if (!r.summary.isEmpty()) {
        store::Statement& fts = ws.cached("INSERT INTO incident_fts(rowid, summary) VALUES(?,?)");
        if (Status e = fts.bind(1, w->id).bind(2, r.summary).exec(); !e)
            return e.error();
    }
    return w;
}

Result<RecordWriter::Written> RecordWriter::entity(const Entity& r, qint64 line)
{
    store::Workspace& ws = m_session.workspace();
    store::Statement& ins
        = ws.cached("INSERT INTO entities(extract_id, line, entity_key, type, label, source_id, info_grade, "
                    "attributes) VALUES(?,?,?,?,?,?,?,?) ON CONFLICT(entity_key) DO NOTHING");
    ins.bind(1, m_session.extractId()).bind(2, line).bind(3, r.key).bind(4, r.type).bind(5, r.label);
    ins.bind(6, r.sourceId).bindTextOrNull(7, r.infoGrade).bindTextOrNull(8, r.attributes);
    auto w = settle(ws, ins.exec(), *this, "entities", r.key);
    if (!w || !w->added || m_session.defersSearch())
        return w;
    store::Statement& fts = ws.cached("INSERT INTO entity_fts(rowid, label, attributes) VALUES(?,?,?)");
    if (Status e = fts.bind(1, w->id).bind(2, r.label).bind(3, r.attributes).exec(); !e)
        return e.error();
    return w;
}

Result<RecordWriter::Written> RecordWriter::link(const Link& r, qint64 line)
{
    store::Workspace& ws = m_session.workspace();
    store::Statement& ins = ws.cached(
        "INSERT INTO links(extract_id, line, link_key, from_id, to_id, type, first_seen, last_seen, weight, "
        "source_id, info_grade) VALUES(?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(link_key) DO NOTHING");
    ins.bind(1, m_session.extractId()).bind(2, line).bind(3, r.key).bind(4, r.fromId).bind(5, r.toId);
    ins.bind(6, r.type).bindTextOrNull(7, dateText(r.firstSeen)).bindTextOrNull(8, dateText(r.lastSeen));
    ins.bind(9, r.weight).bind(10, r.sourceId).bindTextOrNull(11, r.infoGrade);
    return settle(ws, ins.exec(), *this, "links", r.key);
}

Result<RecordWriter::Written> RecordWriter::routeLeg(const RouteLeg& r, qint64 line)
{
    store::Workspace& ws = m_session.workspace();
    store::Statement& ins = ws.cached(
        "INSERT INTO route_legs(extract_id, line, incident_id, seq, from_place_id, to_place_id, transport_mode) "
        "VALUES(?,?,?,?,?,?,?) ON CONFLICT(incident_id, seq) DO NOTHING");
    ins.bind(1, m_session.extractId()).bind(2, line).bind(3, r.incidentId).bind(4, r.seq).bind(5, r.fromId);
    ins.bind(6, r.toId).bindTextOrNull(7, r.transportMode);
    if (Status e = ins.exec(); !e)
        return e.error();
    const bool added = ws.changes() > 0;
    return Written { added ? ws.lastInsertId() : 0, added };
}

Result<RecordWriter::Written> RecordWriter::involvement(
    qint64 incidentId, qint64 entityId, const QString& role, qint64 line)
{
    // The one insert of an involvement, shared with the CTDC reader.
    const QByteArray roleUtf8 = role.toUtf8();
    if (Status e = m_session.involve(
            incidentId, entityId, std::string_view(roleUtf8.constData(), size_t(roleUtf8.size())), line);
        !e)
        return e.error();
    return Written { 0, m_session.workspace().changes() > 0 };
}

Result<RecordWriter::Written> RecordWriter::account(const Account& r, qint64 line)
{
    store::Workspace& ws = m_session.workspace();
    store::Statement& ins
        = ws.cached("INSERT INTO accounts(extract_id, line, account_key, holder_entity_id, bank, currency, opened, "
                    "customer_name, address, phone, email, occupation, declared_income, source_id) "
                    "VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(account_key) DO NOTHING");
    ins.bind(1, m_session.extractId()).bind(2, line).bind(3, r.key);
    r.holderId ? ins.bind(4, r.holderId) : ins.bindNull(4);
    ins.bindTextOrNull(5, r.bank).bindTextOrNull(6, r.currency).bindTextOrNull(7, dateText(r.opened));
    ins.bindTextOrNull(8, r.customerName).bindTextOrNull(9, r.address).bindTextOrNull(10, r.phone);
    ins.bindTextOrNull(11, r.email).bindTextOrNull(12, r.occupation);
    r.declaredIncome ? ins.bind(13, *r.declaredIncome) : ins.bindNull(13);
    ins.bind(14, r.sourceId);
    return settle(ws, ins.exec(), *this, "accounts", r.key);
}

} // namespace waymark::ingest
