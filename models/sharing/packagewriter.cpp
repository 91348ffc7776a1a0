#include "packagewriter.h"

#include "core/csvwriter.h"
#include "core/taxonomy.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <vector>

namespace waymark::sharing {

namespace {

/// A column of a package table: its field, the policy rule that governs it
/// (a reference follows its key's rule) and the pseudonym category.
struct Column {
    const char* field;
    const char* category = nullptr; ///< pseudonym category; null for fixed fields
    const char* ruleTable = nullptr; ///< the rule's table and field, when not the column's own
    const char* ruleField = nullptr;
};

/// Writes the header of the columns the policy keeps, then each row with
/// every field kept, pseudonymised or left out as the policy says.
class TableOut {
public:
    TableOut(CsvWriter& csv, const SharePolicy& policy, const Pseudonymiser& pseudonyms, const char* table,
        std::vector<Column> columns)
        : m_csv(csv)
        , m_pseudonyms(pseudonyms)
        , m_columns(std::move(columns))
    {
        for (const Column& c : m_columns) {
            const QString t = QLatin1String(c.ruleTable ? c.ruleTable : table);
            const QString f = QLatin1String(c.ruleField ? c.ruleField : c.field);
            m_actions.push_back(c.category ? policy.action(t, f) : SharePolicy::Action::Keep);
            if (m_actions.back() != SharePolicy::Action::Remove)
                m_csv.field(c.field);
        }
    }
    void endHeader() { m_csv.endRow(); }
    void headerField(const QString& name) { m_csv.field(name); }
    /// Values in column order, then any extra values already transformed.
    void row(const QStringList& values, const QStringList& extra = {})
    {
        for (size_t i = 0; i < m_columns.size(); ++i) {
            switch (m_actions[i]) {
            case SharePolicy::Action::Remove:
                break;
            case SharePolicy::Action::Keep:
                m_csv.field(values.value(int(i)));
                break;
            case SharePolicy::Action::Pseudonymise:
                m_csv.field(m_pseudonyms.pseudonym(QLatin1String(m_columns[i].category), values.value(int(i))));
                break;
            }
        }
        for (const QString& v : extra)
            m_csv.field(v);
        m_csv.endRow();
        ++m_rows;
    }
    qint64 rows() const { return m_rows; }

private:
    CsvWriter& m_csv;
    const Pseudonymiser& m_pseudonyms;
    std::vector<Column> m_columns;
    std::vector<SharePolicy::Action> m_actions;
    qint64 m_rows = 0;
};

QString codes(Taxonomy::Group group, qint64 bits)
{
    QStringList out;
    const QStringList& all = Taxonomy::codes(group);
    for (int i = 0; i < all.size(); ++i) {
        if (bits & (qint64(1) << i))
            out << all.at(i);
    }
    return out.join(QLatin1Char(';'));
}

QString optionalNumber(const store::Statement& st, int column, int decimals)
{
    return st.isNull(column) ? QString() : QString::number(st.real(column), 'f', decimals);
}

// The pseudonym categories: the same value under the same category gets the
// same pseudonym in every table of a package.
const char* const kIncident = "INCIDENT";
const char* const kEntity = "ENTITY";
const char* const kAccount = "ACCOUNT";
const char* const kSource = "SOURCE";

} // namespace

PackageWriter::PackageWriter(store::Workspace& ws, const Releasability::Outcome& outcome, const SharePolicy& policy)
    : m_ws(ws)
    , m_outcome(outcome)
    , m_policy(policy)
{
    for (int k = 0; k < kRecordKinds; ++k) {
        const auto& ids = outcome.released.ids[size_t(k)];
        m_released[k] = QSet<qint64>(ids.begin(), ids.end());
    }
    store::Statement st(ws.handle(), "SELECT id, kind, iso3, name, country_id FROM places");
    while (st.next())
        m_places.insert(st.int64(0), Place { st.text(1), st.text(2), st.text(3), st.int64(4) });
}

QString PackageWriter::countryOf(qint64 placeId) const
{
    const Place p = m_places.value(placeId);
    if (p.kind == QLatin1String("city"))
        return m_places.value(p.country).iso3;
    return p.iso3;
}

Result<qint64> PackageWriter::table(int index, CsvWriter& csv)
{
    switch (index) {
    case 0:
        return sources(csv);
    case 1:
        return incidents(csv);
    case 2:
        return routeLegs(csv);
    case 3:
        return entities(csv);
    case 4:
        return links(csv);
    case 5:
        return incidentEntities(csv);
    case 6:
        return accounts(csv);
    }
    return qint64(0);
}

Result<qint64> PackageWriter::sources(CsvWriter& csv)
{
    TableOut out(csv, m_policy, m_pseudonyms, "sources",
        { { "source_id", kSource }, { "name", "SOURCE_NAME" }, { "kind" }, { "grading_scheme" }, { "source_grade" },
            { "info_grade" }, { "handling_code" }, { "handling_conditions" }, { "tlp" } });
    out.endHeader();
    QHash<qint64, const Releasability::SourceLine*> going;
    for (const auto& s : m_outcome.sources) {
        if (std::any_of(s.released.begin(), s.released.end(), [](qint64 n) { return n > 0; }))
            going.insert(s.id, &s);
    }
    store::Statement st(m_ws.handle(),
        "SELECT id, source_key, name, kind, grading_scheme, source_grade, info_grade, handling_code, "
        "handling_conditions, extract_id FROM sources ORDER BY source_key");
    while (st.next()) {
        const Releasability::SourceLine* s = going.value(st.int64(0));
        m_sourceKeys.insert(st.int64(0), st.text(1));
        if (!s)
            continue;
        if (!st.isNull(9))
            m_extracts.insert(st.int64(9));
        // The effective label goes with the source, also when it came from its extract.
        out.row(
            { st.text(1), st.text(2), st.text(3), st.text(4), st.text(5), st.text(6), st.text(7), st.text(8), s->tlp });
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    return out.rows();
}

Result<qint64> PackageWriter::incidents(CsvWriter& csv)
{
    TableOut out(csv, m_policy, m_pseudonyms, "incidents",
        { { "incident_id", kIncident }, { "source_id", kSource, "sources", "source_id" }, { "date", "DATE" },
            { "country", "COUNTRY" }, { "city", "CITY" }, { "lon", "LON" }, { "lat", "LAT" },
            { "citizenship", "COUNTRY" }, { "exploitation", "CODE" }, { "sectors", "CODE" }, { "means", "CODE" },
            { "victims", "CODE" }, { "gender", "CODE" }, { "age_band", "CODE" }, { "summary", "TEXT" },
            { "info_grade", "CODE" } });
    out.endHeader();
    const QSet<qint64>& released = m_released[int(RecordKind::Incident)];
    store::Statement st(m_ws.handle(),
        "SELECT id, extract_id, incident_key, source_id, date_text, place_id, lon, lat, origin_id, destination_id, "
        "exploitation, sectors, means, victims, gender, age_band, summary, info_grade FROM incidents ORDER BY id");
    while (st.next()) {
        const qint64 id = st.int64(0);
        if (!released.contains(id))
            continue;
        m_extracts.insert(st.int64(1));
        // A row without a hub key (CTDC) gets one from its workspace id.
        const QString key = st.isNull(2) ? QStringLiteral("W%1").arg(id) : st.text(2);
        m_keys[int(RecordKind::Incident)].insert(id, key);
        const Place place = m_places.value(st.int64(5));
        const QString country = !st.isNull(9) ? countryOf(st.int64(9)) : countryOf(st.int64(5));
        out.row({ key, m_sourceKeys.value(st.int64(3)), st.text(4), country,
            place.kind == QLatin1String("city") ? place.name : QString(), optionalNumber(st, 6, 5),
            optionalNumber(st, 7, 5), st.isNull(8) ? QString() : countryOf(st.int64(8)),
            codes(Taxonomy::Group::Exploitation, st.int64(10)), codes(Taxonomy::Group::Sector, st.int64(11)),
            codes(Taxonomy::Group::Means, st.int64(12)), QString::number(st.int64(13)), st.text(14), st.text(15),
            st.text(16), st.text(17) });
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    return out.rows();
}

Result<qint64> PackageWriter::routeLegs(CsvWriter& csv)
{
    TableOut out(csv, m_policy, m_pseudonyms, "route_legs",
        { { "incident_id", kIncident, "incidents", "incident_id" }, { "seq" }, { "from" }, { "to" },
            { "transport_mode", "CODE" } });
    out.endHeader();
    const auto& keys = m_keys[int(RecordKind::Incident)];
    store::Statement st(m_ws.handle(),
        "SELECT incident_id, seq, from_place_id, to_place_id, transport_mode, extract_id FROM route_legs "
        "ORDER BY incident_id, seq");
    while (st.next()) {
        const auto key = keys.constFind(st.int64(0));
        if (key == keys.constEnd())
            continue;
        m_extracts.insert(st.int64(5));
        out.row({ *key, QString::number(st.int64(1)), countryOf(st.int64(2)), countryOf(st.int64(3)), st.text(4) });
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    return out.rows();
}

Result<qint64> PackageWriter::entities(CsvWriter& csv)
{
    struct Entity {
        qint64 id;
        QString key, type, label, source, info;
        QJsonObject attributes;
    };
    std::vector<Entity> rows;
    QStringList attributeNames;
    const QSet<qint64>& released = m_released[int(RecordKind::Entity)];
    store::Statement st(m_ws.handle(),
        "SELECT id, extract_id, entity_key, type, label, source_id, info_grade, attributes FROM entities ORDER BY id");
    while (st.next()) {
        if (!released.contains(st.int64(0)))
            continue;
        m_extracts.insert(st.int64(1));
        Entity e { st.int64(0), st.text(2), st.text(3), st.text(4), m_sourceKeys.value(st.int64(5)), st.text(6),
            QJsonDocument::fromJson(st.text(7).toUtf8()).object() };
        for (auto it = e.attributes.begin(); it != e.attributes.end(); ++it) {
            if (m_policy.attributeAction(it.key()) != SharePolicy::Action::Remove && !attributeNames.contains(it.key()))
                attributeNames << it.key();
        }
        m_keys[int(RecordKind::Entity)].insert(e.id, e.key);
        rows.push_back(std::move(e));
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    attributeNames.sort();
    // The label by the entity's type (a person's name, a phone number…), and
    // attributes as columns beyond the format's own: both outside TableOut.
    TableOut out(csv, m_policy, m_pseudonyms, "entities",
        { { "entity_id", kEntity }, { "type" }, { "source_id", kSource, "sources", "source_id" },
            { "info_grade", "CODE" } });
    out.headerField(QStringLiteral("label"));
    for (const QString& a : std::as_const(attributeNames))
        out.headerField(a);
    out.endHeader();
    for (const Entity& e : rows) {
        QStringList extra;
        extra << (m_policy.labelAction(e.type) == SharePolicy::Action::Keep
                ? e.label
                : m_pseudonyms.pseudonym(e.type.toUpper(), e.label));
        for (const QString& a : std::as_const(attributeNames)) {
            const QString v = e.attributes.value(a).toVariant().toString();
            extra << (m_policy.attributeAction(a) == SharePolicy::Action::Pseudonymise
                    ? m_pseudonyms.pseudonym(a.toUpper(), v)
                    : v);
        }
        out.row({ e.key, e.type, e.source, e.info }, extra);
    }
    return out.rows();
}

Result<qint64> PackageWriter::links(CsvWriter& csv)
{
    TableOut out(csv, m_policy, m_pseudonyms, "links",
        { { "link_id", "LINK" }, { "from_entity", kEntity, "entities", "entity_id" },
            { "to_entity", kEntity, "entities", "entity_id" }, { "type" }, { "first_seen", "DATE" },
            { "last_seen", "DATE" }, { "weight", "CODE" }, { "source_id", kSource, "sources", "source_id" },
            { "info_grade", "CODE" } });
    out.endHeader();
    const QSet<qint64>& released = m_released[int(RecordKind::Link)];
    const auto& entityKeys = m_keys[int(RecordKind::Entity)];
    store::Statement st(m_ws.handle(),
        "SELECT id, extract_id, link_key, from_id, to_id, type, first_seen, last_seen, weight, source_id, info_grade "
        "FROM links ORDER BY id");
    while (st.next()) {
        // Both ends must be in the package: the check released them with the link.
        if (!released.contains(st.int64(0)) || !entityKeys.contains(st.int64(3)) || !entityKeys.contains(st.int64(4)))
            continue;
        m_extracts.insert(st.int64(1));
        out.row({ st.text(2), entityKeys.value(st.int64(3)), entityKeys.value(st.int64(4)), st.text(5), st.text(6),
            st.text(7), QString::number(st.real(8)), m_sourceKeys.value(st.int64(9)), st.text(10) });
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    return out.rows();
}

Result<qint64> PackageWriter::incidentEntities(CsvWriter& csv)
{
    TableOut out(csv, m_policy, m_pseudonyms, "incident_entities",
        { { "incident_id", kIncident, "incidents", "incident_id" }, { "entity_id", kEntity, "entities", "entity_id" },
            { "role" } });
    out.endHeader();
    const auto& incidentKeys = m_keys[int(RecordKind::Incident)];
    const auto& entityKeys = m_keys[int(RecordKind::Entity)];
    store::Statement st(m_ws.handle(),
        "SELECT incident_id, entity_id, role, extract_id FROM incident_entities ORDER BY incident_id, entity_id");
    while (st.next()) {
        if (!incidentKeys.contains(st.int64(0)) || !entityKeys.contains(st.int64(1)))
            continue;
        m_extracts.insert(st.int64(3));
        out.row({ incidentKeys.value(st.int64(0)), entityKeys.value(st.int64(1)), st.text(2) });
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    return out.rows();
}

Result<qint64> PackageWriter::accounts(CsvWriter& csv)
{
    TableOut out(csv, m_policy, m_pseudonyms, "accounts",
        { { "account_id", kAccount }, { "source_id", kSource, "sources", "source_id" },
            { "holder_entity_id", kEntity, "entities", "entity_id" }, { "bank", "BANK" }, { "currency", "CODE" },
            { "opened", "DATE" }, { "customer_name", "PERSON" }, { "address", "ADDRESS" }, { "phone", "PHONE" },
            { "email", "EMAIL" }, { "occupation", "OCCUPATION" }, { "declared_income", "CODE" } });
    out.endHeader();
    const QSet<qint64>& released = m_released[int(RecordKind::Account)];
    const auto& entityKeys = m_keys[int(RecordKind::Entity)];
    store::Statement st(m_ws.handle(),
        "SELECT id, extract_id, account_key, source_id, holder_entity_id, bank, currency, opened, customer_name, "
        "address, phone, email, occupation, declared_income FROM accounts ORDER BY id");
    while (st.next()) {
        if (!released.contains(st.int64(0)))
            continue;
        m_extracts.insert(st.int64(1));
        out.row({ st.text(2), m_sourceKeys.value(st.int64(3)), entityKeys.value(st.int64(4)), st.text(5), st.text(6),
            st.text(7), st.text(8), st.text(9), st.text(10), st.text(11), st.text(12), optionalNumber(st, 13, 2) });
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    return out.rows();
}

QJsonArray PackageWriter::sourceExtracts()
{
    QJsonArray out;
    store::Statement st(
        m_ws.handle(), "SELECT id, file_name, sha256, format, hub, exported_at, handling FROM extracts ORDER BY id");
    while (st.next()) {
        if (!m_extracts.contains(st.int64(0)))
            continue;
        out.append(QJsonObject { { QStringLiteral("file_name"), st.text(1) }, { QStringLiteral("sha256"), st.text(2) },
            { QStringLiteral("format"), st.text(3) }, { QStringLiteral("hub"), st.text(4) },
            { QStringLiteral("exported_at"), st.text(5) }, { QStringLiteral("handling"), st.text(6) } });
    }
    return out;
}

} // namespace waymark::sharing
