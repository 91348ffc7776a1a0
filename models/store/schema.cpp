#include "schema.h"

#include "store/sqlfunctions.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QHash>
#include <QPair>
#include <QScopeGuard>

#include <sqlite3.h>

#include <algorithm>
#include <map>
#include <mutex>

namespace waymark::store {

namespace {

// Version 1: the foundation. Every imported row carries extract_id and the
// line it came from. Codes are checked in SQL where a list is closed.
const char* const kVersion1 = R"SQL(
-- CHECKs are written with OR, not IN (…): SQLite builds a temporary index
-- for an IN list on every row it checks, which halves import speed.

CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;

CREATE TABLE extracts(
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    size_bytes INTEGER,
    format TEXT NOT NULL,
    format_version TEXT,
    hub TEXT,
    handling TEXT,
    exported_at TEXT,
    imported_at TEXT NOT NULL,
    imported_by TEXT,
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_imported INTEGER NOT NULL DEFAULT 0,
    rows_duplicate INTEGER NOT NULL DEFAULT 0,
    rows_quarantined INTEGER NOT NULL DEFAULT 0);

CREATE TABLE sources(
    id INTEGER PRIMARY KEY,
    extract_id INTEGER REFERENCES extracts(id),
    line INTEGER,
    source_key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK((kind = 'partner_case' OR kind = 'open_source' OR kind = 'reporting_app' OR kind = 'financial_partner' OR kind = 'analyst')),
    grading_scheme TEXT NOT NULL CHECK((grading_scheme = 'uk_3x5x2' OR grading_scheme = 'uk_5x5x5' OR grading_scheme = 'nato_admiralty' OR grading_scheme = 'none')),
    source_grade TEXT,
    info_grade TEXT,
    handling_code TEXT,
    handling_conditions TEXT,
    tlp TEXT CHECK(tlp IS NULL OR (tlp = 'TLP:CLEAR' OR tlp = 'TLP:GREEN' OR tlp = 'TLP:AMBER' OR tlp = 'TLP:AMBER+STRICT' OR tlp = 'TLP:RED')));

CREATE TABLE places(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK((kind = 'country' OR kind = 'city')),
    iso2 TEXT,
    iso3 TEXT,
    name TEXT NOT NULL,
    country_id INTEGER REFERENCES places(id),
    lon REAL CHECK(lon IS NULL OR lon BETWEEN -180 AND 180),
    lat REAL CHECK(lat IS NULL OR lat BETWEEN -90 AND 90),
    extract_id INTEGER REFERENCES extracts(id),
    line INTEGER);
CREATE UNIQUE INDEX places_country_iso3 ON places(iso3) WHERE kind = 'country';
CREATE UNIQUE INDEX places_city ON places(country_id, name) WHERE kind = 'city';

-- Every spelling that resolves to a place: codes, names and variants,
-- folded to lower case.
CREATE TABLE place_names(name_key TEXT PRIMARY KEY, place_id INTEGER NOT NULL REFERENCES places(id)) WITHOUT ROWID;

CREATE TABLE incidents(
    id INTEGER PRIMARY KEY,
    extract_id INTEGER NOT NULL REFERENCES extracts(id),
    line INTEGER NOT NULL,
    incident_key TEXT,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    date_text TEXT,
    date_precision INTEGER NOT NULL DEFAULT 0 CHECK(date_precision BETWEEN 0 AND 3),
    day_from INTEGER,
    day_to INTEGER,
    place_id INTEGER REFERENCES places(id),
    lon REAL,
    lat REAL,
    origin_id INTEGER REFERENCES places(id),
    destination_id INTEGER REFERENCES places(id),
    exploitation INTEGER NOT NULL DEFAULT 0,
    sectors INTEGER NOT NULL DEFAULT 0,
    sex_forms INTEGER NOT NULL DEFAULT 0,
    means INTEGER NOT NULL DEFAULT 0,
    recruiter INTEGER NOT NULL DEFAULT 0,
    victims INTEGER NOT NULL DEFAULT 1 CHECK(victims >= 0),
    gender TEXT CHECK(gender IS NULL OR (gender = 'man' OR gender = 'woman' OR gender = 'trans')),
    age_band TEXT,
    traffick_months TEXT,
    summary TEXT,
    info_grade TEXT,
    attributes TEXT);
CREATE UNIQUE INDEX incidents_key ON incidents(incident_key) WHERE incident_key IS NOT NULL;
CREATE INDEX incidents_day ON incidents(day_from);

CREATE VIRTUAL TABLE incident_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat);
CREATE VIRTUAL TABLE incident_fts USING fts5(summary, content='incidents', content_rowid='id');

CREATE TABLE route_legs(
    id INTEGER PRIMARY KEY,
    extract_id INTEGER NOT NULL REFERENCES extracts(id),
    line INTEGER NOT NULL,
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    seq INTEGER NOT NULL,
    from_place_id INTEGER NOT NULL REFERENCES places(id),
    to_place_id INTEGER NOT NULL REFERENCES places(id),
    transport_mode TEXT CHECK(transport_mode IS NULL OR (transport_mode = 'air' OR transport_mode = 'road' OR transport_mode = 'rail' OR transport_mode = 'sea' OR transport_mode = 'foot' OR transport_mode = 'unknown')),
    UNIQUE(incident_id, seq));

CREATE TABLE entities(
    id INTEGER PRIMARY KEY,
    extract_id INTEGER NOT NULL REFERENCES extracts(id),
    line INTEGER NOT NULL,
    entity_key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL CHECK((type = 'person' OR type = 'organisation' OR type = 'business' OR type = 'phone' OR type = 'email' OR type = 'address' OR type = 'account' OR type = 'vehicle' OR type = 'online_ad' OR type = 'location' OR type = 'other')),
    label TEXT NOT NULL,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    info_grade TEXT,
    attributes TEXT);
CREATE VIRTUAL TABLE entity_fts USING fts5(label, attributes, content='entities', content_rowid='id');

CREATE TABLE links(
    id INTEGER PRIMARY KEY,
    extract_id INTEGER NOT NULL REFERENCES extracts(id),
    line INTEGER NOT NULL,
    link_key TEXT NOT NULL UNIQUE,
    from_id INTEGER NOT NULL REFERENCES entities(id),
    to_id INTEGER NOT NULL REFERENCES entities(id),
    type TEXT NOT NULL,
    first_seen TEXT,
    last_seen TEXT,
    weight REAL NOT NULL DEFAULT 1,
    source_id INTEGER NOT NULL REFERENCES sources(id),
    info_grade TEXT);
CREATE INDEX links_from ON links(from_id);
CREATE INDEX links_to ON links(to_id);

CREATE TABLE accounts(
    id INTEGER PRIMARY KEY,
    extract_id INTEGER NOT NULL REFERENCES extracts(id),
    line INTEGER NOT NULL,
    account_key TEXT NOT NULL UNIQUE,
    holder_entity_id INTEGER REFERENCES entities(id),
    bank TEXT,
    currency TEXT,
    opened TEXT,
    customer_name TEXT,
    address TEXT,
    phone TEXT,
    email TEXT,
    occupation TEXT,
    declared_income REAL,
    source_id INTEGER NOT NULL REFERENCES sources(id));

CREATE TABLE transactions(
    id INTEGER PRIMARY KEY,
    extract_id INTEGER NOT NULL REFERENCES extracts(id),
    line INTEGER NOT NULL,
    txn_key TEXT,
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    ts TEXT NOT NULL,
    day INTEGER NOT NULL,
    amount REAL NOT NULL CHECK(amount >= 0),
    currency TEXT NOT NULL,
    direction TEXT NOT NULL CHECK((direction = 'in' OR direction = 'out')),
    counterparty TEXT,
    counterparty_account TEXT,
    counterparty_country TEXT,
    category TEXT,
    merchant TEXT,
    channel TEXT,
    location TEXT,
    country TEXT,
    reference TEXT,
    attributes TEXT);
CREATE UNIQUE INDEX transactions_key ON transactions(account_id, txn_key) WHERE txn_key IS NOT NULL;
CREATE INDEX transactions_account_day ON transactions(account_id, day);

CREATE TABLE quarantine(
    id INTEGER PRIMARY KEY,
    extract_id INTEGER NOT NULL REFERENCES extracts(id),
    file TEXT NOT NULL,
    line INTEGER NOT NULL,
    column INTEGER NOT NULL,
    reason TEXT NOT NULL,
    raw BLOB NOT NULL);

CREATE TABLE audit_log(
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user TEXT NOT NULL,
    action TEXT NOT NULL,
    object TEXT NOT NULL,
    details TEXT NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL);

-- Entity resolution: a merge is a decision on top of the data, never a
-- deletion; undoing it sets undone_at and every source is still there.
CREATE TABLE entity_merges(
    id INTEGER PRIMARY KEY,
    kept_id INTEGER NOT NULL REFERENCES entities(id),
    merged_id INTEGER NOT NULL REFERENCES entities(id),
    score REAL NOT NULL,
    reasons TEXT NOT NULL,
    decision TEXT NOT NULL CHECK((decision = 'accepted' OR decision = 'rejected')),
    note TEXT,
    decided_at TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    undone_at TEXT);
CREATE INDEX entity_merges_pair ON entity_merges(kept_id, merged_id);

CREATE TABLE charts(name TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE mapping_presets(name TEXT PRIMARY KEY, data TEXT NOT NULL, updated_at TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE settings(key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID;
)SQL";

// Version 2: financial scoring. Typology files are kept verbatim, one row per
// distinct content, so every score names the exact weights it used; each run
// and each typology change is also in the audit log.
const char* const kVersion2 = R"SQL(
CREATE TABLE typology_versions(
    id INTEGER PRIMARY KEY,
    typology TEXT NOT NULL,
    version INTEGER NOT NULL,
    name TEXT NOT NULL,
    data TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT NOT NULL,
    UNIQUE(typology, sha256));

CREATE TABLE score_runs(
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    typology_versions TEXT NOT NULL,
    combine_rule TEXT NOT NULL,
    accounts INTEGER NOT NULL,
    scored INTEGER NOT NULL,
    transactions INTEGER NOT NULL);

CREATE TABLE account_scores(
    run_id INTEGER NOT NULL REFERENCES score_runs(id),
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    scored INTEGER NOT NULL CHECK((scored = 0 OR scored = 1)),
    probability REAL CHECK(probability IS NULL OR (probability >= 0 AND probability <= 1)),
    yardstick TEXT NOT NULL,
    leading_typology TEXT,
    explanation TEXT NOT NULL,
    PRIMARY KEY(run_id, account_id)) WITHOUT ROWID;

CREATE TABLE typology_scores(
    run_id INTEGER NOT NULL REFERENCES score_runs(id),
    account_id INTEGER NOT NULL REFERENCES accounts(id),
    typology_version_id INTEGER NOT NULL REFERENCES typology_versions(id),
    log_odds REAL NOT NULL,
    probability REAL NOT NULL CHECK(probability >= 0 AND probability <= 1),
    PRIMARY KEY(run_id, account_id, typology_version_id)) WITHOUT ROWID;
)SQL";

// Version 3: who was involved in an incident (hub extract format 1.1), so a
// selection of entities on the link chart selects their incidents on the map
// and in the tables, and the reverse.
const char* const kVersion3 = R"SQL(
CREATE TABLE incident_entities(
    incident_id INTEGER NOT NULL REFERENCES incidents(id),
    entity_id INTEGER NOT NULL REFERENCES entities(id),
    role TEXT NOT NULL CHECK((role = 'victim' OR role = 'suspect' OR role = 'recruiter' OR role = 'controller'
        OR role = 'witness' OR role = 'associated')),
    extract_id INTEGER NOT NULL REFERENCES extracts(id),
    line INTEGER NOT NULL,
    PRIMARY KEY(incident_id, entity_id, role)) WITHOUT ROWID;
CREATE INDEX incident_entities_entity ON incident_entities(entity_id);
)SQL";

// Version 4: Key Judgement Reports. Every save is a version (the document as
// JSON); figures are kept once by SHA-256 so versions stay small; the one
// autosave per report holds typing not yet saved.
const char* const kVersion4 = R"SQL(
CREATE TABLE reports(
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    reference TEXT,
    generated INTEGER NOT NULL DEFAULT 0 CHECK((generated = 0 OR generated = 1)),
    current_version INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL);

CREATE TABLE report_versions(
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    version INTEGER NOT NULL CHECK(version >= 1),
    saved_at TEXT NOT NULL,
    saved_by TEXT,
    note TEXT,
    data TEXT NOT NULL,
    PRIMARY KEY(report_id, version)) WITHOUT ROWID;

CREATE TABLE report_autosaves(
    report_id INTEGER PRIMARY KEY REFERENCES reports(id) ON DELETE CASCADE,
    base_version INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    data TEXT NOT NULL);

CREATE TABLE report_images(sha256 TEXT PRIMARY KEY, png BLOB NOT NULL) WITHOUT ROWID;

-- Which rows each report's latest version cites, to find reports that a
-- re-import touches; kind is incident, entity, account (finance typology
-- alerts cite accounts by key) or source.
CREATE TABLE report_evidence(
    report_id INTEGER NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
    judgement INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK((kind = 'incident' OR kind = 'entity' OR kind = 'account' OR kind = 'source')),
    ref_key TEXT NOT NULL);
CREATE INDEX report_evidence_ref ON report_evidence(kind, ref_key);
)SQL";

// Version 5: search over reports. One row per report (rowid = reports.id)
// holding its title, its judgements' statements and its sections' text as of
// its newest saved version, kept in step by triggers so the code that saves
// reports need not know. Section HTML is reduced to its text by
// waymark_plain_text() (store::SqlFunctions, on every connection). A version
// whose JSON cannot be read indexes its title only, and never stops a save.
const char* const kVersion5 = R"SQL(
CREATE VIRTUAL TABLE report_fts USING fts5(title, judgements, sections);

CREATE TRIGGER report_fts_version AFTER INSERT ON report_versions BEGIN
    DELETE FROM report_fts WHERE rowid = NEW.report_id;
    INSERT INTO report_fts(rowid, title, judgements, sections) VALUES(NEW.report_id,
        coalesce(CASE WHEN json_valid(NEW.data) THEN json_extract(NEW.data, '$.title') END,
            (SELECT title FROM reports WHERE id = NEW.report_id), ''),
        coalesce((SELECT group_concat(json_extract(j.value, '$.statement'), char(10))
            FROM json_each(CASE WHEN json_valid(NEW.data) THEN NEW.data ELSE '{}' END, '$.judgements') j), ''),
        coalesce((SELECT group_concat(coalesce(json_extract(s.value, '$.title'), '') || char(10)
                || coalesce(waymark_plain_text(json_extract(s.value, '$.html')), ''), char(10))
            FROM json_each(CASE WHEN json_valid(NEW.data) THEN NEW.data ELSE '{}' END, '$.sections') s), ''));
END;

CREATE TRIGGER report_fts_title AFTER UPDATE OF title ON reports BEGIN
    UPDATE report_fts SET title = NEW.title WHERE rowid = NEW.id;
END;

CREATE TRIGGER report_fts_delete AFTER DELETE ON reports BEGIN
    DELETE FROM report_fts WHERE rowid = OLD.id;
END;

-- The reports already there, as of their newest version.
INSERT INTO report_fts(rowid, title, judgements, sections)
    SELECT r.id, r.title,
        coalesce((SELECT group_concat(json_extract(j.value, '$.statement'), char(10))
            FROM json_each(CASE WHEN json_valid(v.data) THEN v.data ELSE '{}' END, '$.judgements') j), ''),
        coalesce((SELECT group_concat(coalesce(json_extract(s.value, '$.title'), '') || char(10)
                || coalesce(waymark_plain_text(json_extract(s.value, '$.html')), ''), char(10))
            FROM json_each(CASE WHEN json_valid(v.data) THEN v.data ELSE '{}' END, '$.sections') s), '')
    FROM reports r JOIN report_versions v ON v.report_id = r.id AND v.version = r.current_version;
)SQL";

// Version 6: a workspace from anyone is safe to open. No virtual table is
// written from a trigger: workspaces are opened with trusted_schema OFF, under
// which SQLite refuses FTS5 inside a trigger, so ReportStore keeps the report
// index (Schema::indexReport). Audit records carry the Ed25519 signature of
// their hash and the signer's public key (store::SigningKey).
const char* const kVersion6 = R"SQL(
DROP TRIGGER report_fts_version;
DROP TRIGGER report_fts_title;
DROP TRIGGER report_fts_delete;
ALTER TABLE audit_log ADD COLUMN signer TEXT;
ALTER TABLE audit_log ADD COLUMN signature TEXT;
)SQL";

// Version 7: scores are not judgements (issue 14 §2–§3). A calibration of a
// typology on labelled accounts is kept with the exact typology version it
// was fitted on; a probability is shown only for that version. Earlier
// workspaces stay readable: their stored scores came from uncalibrated
// expert weights, so their yardstick words become "uncalibrated score", and
// reports written with the yardstick's older wording ("probably" as its own
// term, "0–5 %", "95–100 %") take the PHIA 2025 words and ranges.
const char* const kVersion7 = R"SQL(
CREATE TABLE typology_calibrations(
    id INTEGER PRIMARY KEY,
    typology_version_id INTEGER NOT NULL REFERENCES typology_versions(id),
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    cases INTEGER NOT NULL CHECK(cases >= 0),
    clean INTEGER NOT NULL CHECK(clean >= 0),
    data TEXT NOT NULL);
CREATE INDEX typology_calibrations_version ON typology_calibrations(typology_version_id);

UPDATE account_scores SET yardstick = 'uncalibrated score' WHERE scored = 1;

UPDATE report_versions SET data =
    replace(replace(replace(replace(replace(replace(replace(replace(replace(data,
        '"term":"probably"', '"term":"likely"'),
        'likely or probably', 'likely or probable'),
        '95–100 %', '≈ 95 % – < 100 %'),
        '80–90 %', '≈ 80 % – ≈ 90 %'),
        '55–75 %', '≈ 55 % – ≈ 75 %'),
        '40–50 %', '≈ 40 % – < 50 %'),
        '25–35 %', '≈ 25 % – ≈ 35 %'),
        '10–20 %', '≈ 10 % – ≈ 20 %'),
        '0–5 %', '> 0 % – ≈ 5 %');
UPDATE report_autosaves SET data =
    replace(replace(replace(replace(replace(replace(replace(replace(replace(data,
        '"term":"probably"', '"term":"likely"'),
        'likely or probably', 'likely or probable'),
        '95–100 %', '≈ 95 % – < 100 %'),
        '80–90 %', '≈ 80 % – ≈ 90 %'),
        '55–75 %', '≈ 55 % – ≈ 75 %'),
        '40–50 %', '≈ 40 % – < 50 %'),
        '25–35 %', '≈ 25 % – ≈ 35 %'),
        '10–20 %', '≈ 10 % – ≈ 20 %'),
        '0–5 %', '> 0 % – ≈ 5 %');
)SQL";

// Version 8: import specifications (issue 15 §1). Every save of a spec is a
// new version; none is ever overwritten, so an import can name exactly the
// mapping it used. A bank column mapping is the kind "bank-transactions".
const char* const kVersion8 = R"SQL(
CREATE TABLE import_specs(
    name TEXT NOT NULL,
    version INTEGER NOT NULL CHECK(version >= 1),
    kind TEXT NOT NULL,
    data TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    saved_by TEXT,
    note TEXT,
    PRIMARY KEY(name, version)) WITHOUT ROWID;
)SQL";

// Version 9: UN M49 regions are places (issue 15 §2). CTDC's
// victim–perpetrator dataset names regions, not countries ("Europe",
// "Americas/Oceania"); a region is a place without a point, and
// region_members says which countries it holds. SQLite cannot change a CHECK,
// so places is rebuilt (Schema::migrate turns foreign keys off around it).
const char* const kVersion9 = R"SQL(
CREATE TABLE places_v9(
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK((kind = 'country' OR kind = 'city' OR kind = 'region')),
    iso2 TEXT,
    iso3 TEXT,
    name TEXT NOT NULL,
    country_id INTEGER REFERENCES places(id),
    lon REAL CHECK(lon IS NULL OR lon BETWEEN -180 AND 180),
    lat REAL CHECK(lat IS NULL OR lat BETWEEN -90 AND 90),
    extract_id INTEGER REFERENCES extracts(id),
    line INTEGER,
    m49 TEXT);
INSERT INTO places_v9(id, kind, iso2, iso3, name, country_id, lon, lat, extract_id, line)
    SELECT id, kind, iso2, iso3, name, country_id, lon, lat, extract_id, line FROM places;
DROP TABLE places;
ALTER TABLE places_v9 RENAME TO places;
CREATE UNIQUE INDEX places_country_iso3 ON places(iso3) WHERE kind = 'country';
CREATE UNIQUE INDEX places_city ON places(country_id, name) WHERE kind = 'city';
CREATE UNIQUE INDEX places_region ON places(name) WHERE kind = 'region';
CREATE TABLE region_members(
    region_id INTEGER NOT NULL REFERENCES places(id),
    country_id INTEGER NOT NULL REFERENCES places(id),
    PRIMARY KEY(region_id, country_id)) WITHOUT ROWID;
)SQL";

// The countries of the gazetteer are not part of the schema: the import job
// adds them (geo::seedCountries) before the first row that needs a place.
const char* const kMigrations[]
    = { kVersion1, kVersion2, kVersion3, kVersion4, kVersion5, kVersion6, kVersion7, kVersion8, kVersion9 };

/// The schema objects (sqlite_schema rows) a workspace of each version has,
/// built once from the migrations in an in-memory database.
using ObjectMap = QHash<QString, QPair<QString, QString>>; // name -> (type, sql)

ObjectMap readObjects(sqlite3* db)
{
    ObjectMap objects;
    Statement st(db, "SELECT type, name, sql FROM sqlite_schema");
    while (st.next())
        objects.insert(st.text(1), { st.text(0), st.text(2) });
    return objects;
}

const ObjectMap& expectedObjects(int version)
{
    static std::mutex mutex;
    static std::map<int, ObjectMap> built;
    const std::lock_guard<std::mutex> lock(mutex);
    auto it = built.find(version);
    if (it != built.end())
        return it->second;
    sqlite3* db = nullptr;
    sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr);
    SqlFunctions::install(db);
    for (int v = 0; v < version; ++v)
        sqlite3_exec(db, kMigrations[v], nullptr, nullptr, nullptr);
    ObjectMap objects = readObjects(db);
    sqlite3_close_v2(db);
    return built.emplace(version, std::move(objects)).first->second;
}

QString typeName(const QString& type)
{
    if (type == QLatin1String("table"))
        return QCoreApplication::translate("Schema", "table");
    if (type == QLatin1String("index"))
        return QCoreApplication::translate("Schema", "index");
    if (type == QLatin1String("trigger"))
        return QCoreApplication::translate("Schema", "trigger");
    if (type == QLatin1String("view"))
        return QCoreApplication::translate("Schema", "view");
    return type;
}

} // namespace

int Schema::latestVersion()
{
    return int(std::size(kMigrations));
}

std::vector<Schema::Difference> Schema::compare(sqlite3* db, int version)
{
    std::vector<Difference> out;
    if (version < 0 || version > latestVersion()) {
        out.push_back({ Difference::Kind::Version, QString(), QString::number(version) });
        return out;
    }
    const ObjectMap& expected = expectedObjects(version);
    const ObjectMap actual = readObjects(db);
    // The shadow tables of FTS5 and R*Tree are written by the module, whose
    // SQL for them may differ between SQLite versions; they hold no code, and
    // a defensive connection writes them only through their virtual table.
    QStringList virtualTables;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (it->second.startsWith(QLatin1String("CREATE VIRTUAL TABLE")))
            virtualTables << it.key() + QLatin1Char('_');
    auto isShadow = [&](const QString& name) {
        return std::any_of(virtualTables.cbegin(), virtualTables.cend(),
            [&](const QString& prefix) { return name.startsWith(prefix); });
    };
    QStringList names = actual.keys();
    names.sort();
    for (const QString& name : std::as_const(names)) {
        const auto& [type, sql] = actual.value(name);
        const auto e = expected.constFind(name);
        if (e != expected.cend() && type == QLatin1String("table") && e->first == type && isShadow(name))
            continue;
        // ANALYZE's statistics change query plans, never data.
        if (e == expected.cend() && name == QLatin1String("sqlite_stat1")
            && sql == QLatin1String("CREATE TABLE sqlite_stat1(tbl,idx,stat)"))
            continue;
        if (e == expected.cend())
            out.push_back({ Difference::Kind::Foreign, type, name });
        else if (e->first != type || e->second != sql)
            out.push_back({ Difference::Kind::Changed, type, name });
    }
    QStringList missing;
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        if (!actual.contains(it.key()))
            missing << it.key();
    missing.sort();
    for (const QString& name : std::as_const(missing))
        out.push_back({ Difference::Kind::Missing, expected.value(name).first, name });
    return out;
}

QString Schema::Difference::text() const
{
    switch (kind) {
    case Kind::Version:
        return QCoreApplication::translate("Schema", "schema version %1 (Waymark knows 0 to %2)")
            .arg(name)
            .arg(latestVersion());
    case Kind::Foreign:
        return QCoreApplication::translate("Schema", "%1 %2 is not Waymark's").arg(typeName(type), name);
    case Kind::Changed:
        return QCoreApplication::translate("Schema", "%1 %2 was changed").arg(typeName(type), name);
    case Kind::Missing:
        return QCoreApplication::translate("Schema", "%1 %2 is missing").arg(typeName(type), name);
    }
    return {};
}

QStringList Schema::differences(sqlite3* db, int version)
{
    QStringList out;
    for (const Difference& d : compare(db, version))
        out << d.text();
    return out;
}

Status Schema::indexReport(Workspace& ws, qint64 reportId, int version)
{
    // What the version-5 triggers did, run by the code that saves: the
    // report's title, its judgements' statements and its sections' text as
    // of the version just stored. JSON that cannot be read indexes the title.
    Statement& del = ws.cached("DELETE FROM report_fts WHERE rowid = ?");
    if (Status st = del.bind(1, reportId).exec(); !st)
        return st;
    Statement& ins = ws.cached(R"SQL(
INSERT INTO report_fts(rowid, title, judgements, sections)
    SELECT r.id,
        coalesce(CASE WHEN json_valid(v.data) THEN json_extract(v.data, '$.title') END, r.title, ''),
        coalesce((SELECT group_concat(json_extract(j.value, '$.statement'), char(10))
            FROM json_each(CASE WHEN json_valid(v.data) THEN v.data ELSE '{}' END, '$.judgements') j), ''),
        coalesce((SELECT group_concat(coalesce(json_extract(s.value, '$.title'), '') || char(10)
                || coalesce(waymark_plain_text(json_extract(s.value, '$.html')), ''), char(10))
            FROM json_each(CASE WHEN json_valid(v.data) THEN v.data ELSE '{}' END, '$.sections') s), '')
    FROM reports r JOIN report_versions v ON v.report_id = r.id AND v.version = ?
    WHERE r.id = ?)SQL");
    return ins.bind(1, version).bind(2, reportId).exec();
}

Status Schema::migrate(Workspace& ws)
{
    const int from = ws.schemaVersion();
    if (from < 0 || from > latestVersion())
        return Error(QCoreApplication::translate("Schema", "Schema version %1 is not one Waymark wrote.").arg(from));
    // Version 9 rebuilds a table others refer to; foreign keys cannot be
    // switched inside a transaction, so they are off for the whole run.
    const bool rebuilds = from < 9 && latestVersion() >= 9;
    if (rebuilds)
        ws.exec("PRAGMA foreign_keys = OFF");
    const auto keysBack = qScopeGuard([&ws, rebuilds] {
        if (rebuilds)
            ws.exec("PRAGMA foreign_keys = ON");
    });
    for (int version = from; version < latestVersion(); ++version) {
        Transaction tx(ws);
        if (!tx.isActive())
            return tx.error();
        if (Status st = ws.exec(kMigrations[version]); !st)
            return st;
        if (Status st = ws.exec("PRAGMA user_version = " + std::to_string(version + 1)); !st)
            return st;
        if (Status st = tx.commit(); !st)
            return st;
    }
    return Ok {};
}

} // namespace waymark::store
