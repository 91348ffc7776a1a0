#include "importsession.h"

#include "geo/gazetteer.h"
#include "ingest/csvreader.h"
#include "store/bulkload.h"
#include "store/rowdigestrecorder.h"
#include "store/workspace.h"

namespace waymark::ingest {

ImportSession::ImportSession(
    store::Workspace& workspace, Feedback& feedback, const ImportOptions& options, ImportSummary& summary)
    : m_workspace(workspace)
    , m_feedback(feedback)
    , m_options(options)
    , m_summary(summary)
{
    const auto& countries = geo::Gazetteer::instance().countries();
    m_countryIds.assign(size_t(countries.size()), 0);
    QHash<QString, int> byIso3;
    for (int i = 0; i < countries.size(); ++i)
        byIso3.insert(countries.at(i).alpha3, i);
    store::Statement st(workspace.handle(), "SELECT id, iso3 FROM places WHERE kind = 'country'");
    while (st.next()) {
        const int i = byIso3.value(st.text(1), -1);
        if (i >= 0)
            m_countryIds[size_t(i)] = st.int64(0);
    }
}

bool ImportSession::defersSearch() const
{
    return m_bulk && m_bulk->defersSearch();
}

void ImportSession::deferredIncident(bool hasSummary, bool hasPoint)
{
    if (m_bulk)
        m_bulk->deferredIncident(hasSummary, hasPoint);
}

Status ImportSession::reject(const Error& error, const QByteArray& raw)
{
    ++m_summary.rowsQuarantined;
    if (m_summary.problems.size() < ImportSummary::maxProblemsKept)
        m_summary.problems << error;
    return m_workspace.cached("INSERT INTO quarantine(extract_id, file, line, column, reason, raw) VALUES(?,?,?,?,?,?)")
        .bind(1, m_summary.extractId)
        .bind(2, error.file)
        .bind(3, error.line)
        .bind(4, error.column)
        .bind(5, error.message)
        .bindBlob(6, std::string_view(raw.constData(), size_t(raw.size())))
        .exec();
}

Status ImportSession::reject(const CsvReader& reader, int field, const QString& reason)
{
    return reject(reader.errorAt(field, reason), reader.rawRecord());
}

qint64 ImportSession::countryByCode(std::string_view code) const
{
    const int i = geo::Gazetteer::instance().findCode(code);
    return i < 0 ? 0 : m_countryIds[size_t(i)];
}

qint64 ImportSession::placeByName(std::string_view text)
{
    if (const qint64 id = countryByCode(text))
        return id;
    const QString key = geo::Gazetteer::nameKey(QString::fromUtf8(text.data(), qsizetype(text.size())));
    if (key.isEmpty())
        return 0;
    auto it = m_names.constFind(key);
    if (it != m_names.constEnd())
        return *it;
    store::Statement& st = m_workspace.cached("SELECT place_id FROM place_names WHERE name_key = ?");
    st.bind(1, key);
    qint64 id = st.next() ? st.int64(0) : 0;
    st.reset();
    if (!id && key.contains(QLatin1Char('/')))
        id = mergedRegion(QString::fromUtf8(text.data(), qsizetype(text.size())).trimmed(), key);
    m_names.insert(key, id);
    return id;
}

qint64 ImportSession::mergedRegion(const QString& name, const QString& key)
{
    // Every part must be a known region or country: "Europe/Asia" is a
    // merged region, "n/a" is not a place.
    QList<qint64> parts;
    for (const QString& part : key.split(QLatin1Char('/'))) {
        const QByteArray utf8 = part.trimmed().toUtf8();
        const qint64 id = utf8.isEmpty() ? 0 : placeByName(std::string_view(utf8.constData(), size_t(utf8.size())));
        if (!id)
            return 0;
        parts << id;
    }
    store::Statement& add
        = m_workspace.cached("INSERT INTO places(kind, name, extract_id) VALUES('region',?,?) ON CONFLICT DO NOTHING");
    if (!add.bind(1, name).bind(2, extractId()).exec())
        return 0;
    store::Statement& find = m_workspace.cached("SELECT id FROM places WHERE kind = 'region' AND name = ?");
    find.bind(1, name);
    const qint64 id = find.next() ? find.int64(0) : 0;
    find.reset();
    if (!id)
        return 0;
    store::Statement& member = m_workspace.cached(
        "INSERT OR IGNORE INTO region_members(region_id, country_id) SELECT ?1, country_id FROM region_members "
        "WHERE region_id = ?2 UNION SELECT ?1, id FROM places WHERE id = ?2 AND kind = 'country'");
    for (qint64 part : std::as_const(parts)) {
        if (!member.bind(1, id).bind(2, part).exec())
            return 0;
    }
    store::Statement& alias = m_workspace.cached("INSERT OR IGNORE INTO place_names(name_key, place_id) VALUES(?,?)");
    if (!alias.bind(1, key).bind(2, id).exec())
        return 0;
    return id;
}

bool ImportSession::isRegion(qint64 placeId)
{
    auto it = m_isRegion.constFind(placeId);
    if (it != m_isRegion.constEnd())
        return *it;
    store::Statement& st = m_workspace.cached("SELECT kind = 'region' FROM places WHERE id = ?");
    st.bind(1, placeId);
    const bool region = st.next() && st.int64(0) != 0;
    st.reset();
    m_isRegion.insert(placeId, region);
    return region;
}

Result<qint64> ImportSession::addEntity(std::string_view key, std::string_view type, std::string_view label,
    qint64 sourceId, std::string_view attributesJson, qint64 line)
{
    store::Statement& ins = m_workspace.cached(
        "INSERT INTO entities(extract_id, line, entity_key, type, label, source_id, attributes) VALUES(?,?,?,?,?,?,?)");
    // The caller's bytes, without copies, unbound again once the row is in.
    ins.bind(1, extractId()).bind(2, line).bindView(3, key).bindView(4, type).bindView(5, label).bind(6, sourceId);
    ins.bindViewOrNull(7, attributesJson);
    const Status st = ins.exec();
    ins.clearBindings();
    if (!st)
        return st.error();
    const qint64 id = m_workspace.lastInsertId();
    if (defersSearch())
        return id;
    store::Statement& fts = m_workspace.cached("INSERT INTO entity_fts(rowid, label, attributes) VALUES(?,?,?)");
    fts.bind(1, id).bind(2, label).bindTextOrNull(3, attributesJson);
    if (Status st = fts.exec(); !st)
        return st.error();
    return id;
}

Status ImportSession::involve(qint64 incidentId, qint64 entityId, std::string_view role, qint64 line)
{
    // The one insert of an involvement: incident_entities is WITHOUT ROWID,
    // so the row digest is told of each row here.
    if (Status st = m_workspace
                        .cached("INSERT INTO incident_entities(incident_id, entity_id, role, extract_id, line) "
                                "VALUES(?,?,?,?,?) ON CONFLICT DO NOTHING")
                        .bind(1, incidentId)
                        .bind(2, entityId)
                        .bind(3, role)
                        .bind(4, extractId())
                        .bind(5, line)
                        .exec();
        !st)
        return st;
    if (m_digest && m_workspace.changes() > 0) {
        using V = store::RowDigestRecorder::Value;
        m_digest->addRow("incident_entities",
            { V::ofInt("incident_id", incidentId), V::ofInt("entity_id", entityId), V::ofText("role", role),
                V::ofInt("extract_id", extractId()), V::ofInt("line", line) });
    }
    return Ok {};
}

Result<qint64> ImportSession::city(qint64 countryId, const QString& name, double lon, double lat, qint64 line)
{
    const QString key = QString::number(countryId) + QLatin1Char('/') + geo::Gazetteer::nameKey(name);
    if (const qint64 id = m_names.value(key))
        return id;
    store::Statement& find
        = m_workspace.cached("SELECT id FROM places WHERE kind = 'city' AND country_id = ? AND name = ?");
    find.bind(1, countryId).bind(2, name);
    qint64 id = find.next() ? find.int64(0) : 0;
    find.reset();
    if (!id) {
        store::Statement& add = m_workspace.cached(
            "INSERT INTO places(kind, name, country_id, lon, lat, extract_id, line) VALUES('city',?,?,?,?,?,?)");
        add.bind(1, name).bind(2, countryId).bind(5, extractId()).bind(6, line);
        if (lon == lon && lat == lat)
            add.bind(3, lon).bind(4, lat);
        else
            add.bindNull(3).bindNull(4);
        if (Status st = add.exec(); !st)
            return st.error();
        id = m_workspace.lastInsertId();
    }
    m_names.insert(key, id);
    return id;
}

void ImportSession::progress(qint64 done, qint64 total)
{
    if (m_grandTotal > 0)
        m_feedback.setProgress(double(m_before + done) / double(m_grandTotal));
    else if (total > 0)
        m_feedback.setProgress(double(done) / double(total));
}

} // namespace waymark::ingest
