#include "testutil.h"

#include "finance/scorepresentation.h"
#include "finance/typology.h"
#include "ingest/importjob.h"
#include "network/entitygraph.h"
#include "reports/reportstore.h"
#include "sample/samplegenerator.h"
#include "store/workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>

namespace waymark::test {

namespace {
struct Db {
    sqlite3* db = nullptr;
    explicit Db(const QString& path)
    {
        sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        // The program under test may hold the file a moment (a WAL
        // checkpoint, a background job): wait, rather than read nothing.
        // (tst_mainwindow's cancelKeepsWorkspace once read an empty
        // workspace "before" under ctest -j2.)
        sqlite3_busy_timeout(db, 10000);
    }
    ~Db() { sqlite3_close_v2(db); }
};
} // namespace

QString workspaceDigest(const QString& path)
{
    Db d(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    QStringList tables;
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(d.db,
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", -1, &st,
        nullptr);
    while (sqlite3_step(st) == SQLITE_ROW)
        tables << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    for (const QString& t : tables) {
        h.addData(t.toUtf8());
        const QByteArray sql = "SELECT * FROM \"" + t.toUtf8() + "\"";
        if (sqlite3_prepare_v2(d.db, sql.constData(), -1, &st, nullptr) != SQLITE_OK)
            continue; // virtual-table shadow tables read through their owner
        while (sqlite3_step(st) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(st); ++c) {
                const auto* p = static_cast<const char*>(sqlite3_column_blob(st, c));
                h.addData(QByteArrayView(p, sqlite3_column_bytes(st, c)));
                h.addData(QByteArrayView("\x1f", 1));
            }
        }
        sqlite3_finalize(st);
    }
    return QString::fromLatin1(h.result().toHex());
}

qint64 rowCount(const QString& path, const char* table)
{
    return countSql(path, QByteArray(QByteArray("SELECT count(*) FROM ") + table).constData());
}

int execSql(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
    sqlite3_close_v2(db);
    return rc;
}

qint64 countSql(const QString& path, const char* sql)
{
    Db d(path);
    sqlite3_stmt* st = nullptr;
    qint64 n = -1;
    if (sqlite3_prepare_v2(d.db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return n;
}

QStringList stringsSql(const QString& path, const char* sql)
{
    Db d(path);
    sqlite3_stmt* st = nullptr;
    QStringList out;
    if (sqlite3_prepare_v2(d.db, sql, -1, &st, nullptr) == SQLITE_OK) {
        while (sqlite3_step(st) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    }
    sqlite3_finalize(st);
    return out;
}

QString integrityCheck(const QString& path)
{
    Db d(path);
    sqlite3_stmt* st = nullptr;
    QString out;
    if (sqlite3_prepare_v2(d.db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK
        && sqlite3_step(st) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    return out;
}

const char* undoSchemaVersion9()
{
    return "DROP TABLE region_members;"
           "CREATE TABLE places_v8 AS SELECT id, kind, iso2, iso3, name, country_id, lon, lat, "
           "extract_id, line FROM places WHERE kind != 'region';"
           "DROP TABLE places;"
           "CREATE TABLE places(\n"
           "    id INTEGER PRIMARY KEY,\n"
           "    kind TEXT NOT NULL CHECK((kind = 'country' OR kind = 'city')),\n"
           "    iso2 TEXT,\n"
           "    iso3 TEXT,\n"
           "    name TEXT NOT NULL,\n"
           "    country_id INTEGER REFERENCES places(id),\n"
           "    lon REAL CHECK(lon IS NULL OR lon BETWEEN -180 AND 180),\n"
           "    lat REAL CHECK(lat IS NULL OR lat BETWEEN -90 AND 90),\n"
           "    extract_id INTEGER REFERENCES extracts(id),\n"
           "    line INTEGER);"
           "INSERT INTO places SELECT * FROM places_v8;"
           "DROP TABLE places_v8;"
           "CREATE UNIQUE INDEX places_country_iso3 ON places(iso3) WHERE kind = 'country';"
           "CREATE UNIQUE INDEX places_city ON places(country_id, name) WHERE kind = 'city';";
}

QString dataDir()
{
    const QString dir = qEnvironmentVariable("WAYMARK_TEST_DATA");
    return dir.isEmpty() ? QStringLiteral(WAYMARK_TEST_DATA_FALLBACK) : dir;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    QCOMPARE(f.write(bytes), bytes.size());
}

ingest::ImportSummary importFile(store::Workspace& ws, const QString& path, bool keepGoing)
{
    return importFileWithMapping(ws, path, QString(), keepGoing);
}

ingest::ImportSummary importFileWithMapping(
    store::Workspace& ws, const QString& path, const QString& mapping, bool keepGoing)
{
    Feedback fb;
    ingest::ImportOptions o;
    o.keepGoing = keepGoing;
    o.mapping = mapping;
    return ingest::ImportJob::run(ws, path, o, fb);
}

std::unique_ptr<store::Workspace> sampleWorkspace(
    const QString& dir, const QString& path, qint64 incidents, quint64 seed)
{
    sample::SampleGenerator::Options o;
    o.incidents = incidents;
    o.seed = seed;
    const QString extract = QDir(dir).filePath(QStringLiteral("sample-extract"));
    if (!sample::SampleGenerator::write(extract, o))
        return nullptr;
    auto ws = store::Workspace::open(path);
    if (!ws)
        return nullptr;
    if (importFile(*ws.value(), extract).outcome != ingest::ImportSummary::Outcome::Imported)
        return nullptr;
    return std::move(ws.value());
}

bool plantMarkedRecords(store::Workspace& ws, const QString& dir)
{
    const QString extract = QDir(dir).filePath(QStringLiteral("planted-extract"));
    writeFile(extract + QStringLiteral("/manifest.json"),
        "{\"format\": \"waymark-hub-extract\", \"format_version\": \"1.1\", \"exported_at\": "
        "\"2025-12-31T23:00:00Z\", \"hub\": \"Planted\", \"handling\": \"OFFICIAL\"}\n");
    QByteArray sources = "source_id,name,kind,grading_scheme,source_grade,handling_code,handling_conditions,tlp\n"
                         "P1,Refer to originator,partner_case,uk_5x5x5,B,5,,TLP:GREEN\n"
                         "P2,Within agency,partner_case,uk_5x5x5,B,4,,TLP:GREEN\n"
                         "P3,Conditions lost,partner_case,uk_3x5x2,1,C,,TLP:GREEN\n"
                         "P4,Joint team only,partner_case,uk_3x5x2,1,C,Only for the joint investigation team,"
                         "TLP:CLEAR\n"
                         "P5,Unmarked notes,analyst,none,,,,\n";
    QByteArray incidents = "incident_id,source_id,date,country,exploitation,victims,gender,age_band\n";
    QByteArray entities = "entity_id,type,label,source_id\n";
    for (int s = 1; s <= 5; ++s) {
        for (int i = 1; i <= 3; ++i)
            incidents
                += QStringLiteral("PI%1-%2,P%1,2024-0%2-15,GBR,forced_labour,2,woman,24--26\n").arg(s).arg(i).toUtf8();
        for (int e = 1; e <= 2; ++e)
            entities += QStringLiteral("PE%1-%2,person,Planted Person %1%2,P%1\n").arg(s).arg(e).toUtf8();
    }
    writeFile(extract + QStringLiteral("/sources.csv"), sources);
    writeFile(extract + QStringLiteral("/incidents.csv"), incidents);
    writeFile(extract + QStringLiteral("/entities.csv"), entities);
    writeFile(extract + QStringLiteral("/links.csv"),
        "link_id,from_entity,to_entity,type,source_id\nPL1,PE1-1,E000001,associate,P4\n");
    writeFile(extract + QStringLiteral("/incident_entities.csv"),
        "incident_id,entity_id,role\nPI1-1,PE1-1,suspect\nPI4-1,PE4-1,suspect\nPI4-1,PE1-2,associated\n");
    const auto summary = importFile(ws, extract);
    if (summary.outcome != ingest::ImportSummary::Outcome::Imported)
        qWarning() << "planted extract not imported:" << summary.error.toString();
    return summary.outcome == ingest::ImportSummary::Outcome::Imported;
}

std::unique_ptr<store::Workspace> forbiddenRecordWorkspace(const QString& dir, qint64 incidents, quint64 seed)
{
    auto ws = sampleWorkspace(dir, QDir(dir).filePath(QStringLiteral("w.waymark")), incidents, seed);
    if (!ws || !plantMarkedRecords(*ws, dir)) {
        qWarning() << "the forbidden-record workspace could not be built in" << dir;
        return nullptr;
    }
    return ws;
}

QStringList keysUnderTlp(store::Workspace& ws, const QString& table, const QString& tlp)
{
    const QString key
        = table == QLatin1String("incidents") ? QStringLiteral("incident_key") : QStringLiteral("entity_key");
    return ws.strings(QStringLiteral("SELECT r.%1 FROM %2 r JOIN sources s ON s.id = r.source_id WHERE s.tlp = '%3' "
                                     "ORDER BY r.%1")
                          .arg(key, table, tlp)
                          .toStdString());
}

QSet<QString> incidentKeysUnder(store::Workspace& ws, const analysis::Filter& filter)
{
    QSet<QString> keys;
    const auto ids = sharing::Releasability::incidentsUnder(ws, filter);
    if (!ids)
        return keys;
    const auto& of = ids->of(sharing::RecordKind::Incident);
    const QSet<qint64> idSet(of.begin(), of.end());
    store::Statement st(ws.handle(), "SELECT id, incident_key FROM incidents");
    while (st.next()) {
        if (idSet.contains(st.int64(0)))
            keys.insert(st.text(1));
    }
    return keys;
}

qint64 reportCitingSource(store::Workspace& ws, const QString& sourceKey, QString* incidentKey)
{
    const QString key = ws.strings(QStringLiteral("SELECT i.incident_key FROM incidents i JOIN sources s ON s.id = "
                                                  "i.source_id WHERE s.source_key = '%1' LIMIT 1")
                                       .arg(sourceKey)
                                       .toStdString())
                            .value(0);
    if (key.isEmpty())
        return 0;
    reports::ReportStore store(ws);
    auto doc = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::StandardKjr);
    doc.title = QStringLiteral("Cites %1").arg(sourceKey);
    doc.marking.classification = QStringLiteral("TLP:GREEN");
    reports::KeyJudgement j;
    j.statement = QStringLiteral("It is likely that the route is in use.");
    j.term = QStringLiteral("likely");
    j.confidence = QStringLiteral("moderate");
    auto e = store.evidence(reports::Evidence::Kind::Incident, key);
    if (!e)
        return 0;
    j.evidence.push_back(e.value());
    doc.judgements.push_back(j);
    auto id = store.create(doc);
    if (!id)
        return 0;
    if (incidentKey)
        *incidentKey = key;
    return id.value();
}

QStringList lastAudit(store::Workspace& ws)
{
    store::Statement st(ws.handle(), "SELECT action, object, details FROM audit_log ORDER BY id DESC LIMIT 1");
    if (!st.next())
        return {};
    return { st.text(0), st.text(1), st.text(2) };
}

qint64 withheldFor(const sharing::Releasability::Outcome& outcome, sharing::Releasability::Reason reason)
{
    for (const auto& w : outcome.withheld) {
        if (w.reason == reason)
            return w.total();
    }
    return 0;
}

std::vector<std::pair<int, int>> karateEdges()
{
    QFile f(dataDir() + QStringLiteral("/graphs/karate.csv"));
    std::vector<std::pair<int, int>> edges;
    if (!f.open(QIODevice::ReadOnly))
        return edges;
    f.readLine();
    while (!f.atEnd()) {
        const QList<QByteArray> parts = f.readLine().trimmed().split(',');
        if (parts.size() == 2)
            edges.emplace_back(parts[0].toInt(), parts[1].toInt());
    }
    return edges;
}

QJsonObject karateExpected()
{
    QFile f(dataDir() + QStringLiteral("/graphs/karate-expected.json"));
    f.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(f.readAll()).object();
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Run run(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(300000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

Run runWaymark(const QStringList& args)
{
    return run(qEnvironmentVariable("WAYMARK_BIN"), args);
}

QString runTool(const QString& program, const QStringList& args)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("<%1 failed: %2>").arg(program, QString::fromUtf8(p.readAllStandardError()));
    return QString::fromUtf8(p.readAllStandardOutput());
}

std::vector<std::tuple<qint64, qint64, double>> edgesOf(const network::EntityGraph& g)
{
    std::vector<std::tuple<qint64, qint64, double>> out;
    const auto& gr = g.graph();
    for (int v = 0; v < gr.nodeCount(); ++v) {
        for (qint64 e = gr.offsets()[size_t(v)]; e < gr.offsets()[size_t(v) + 1]; ++e)
            out.emplace_back(g.nodes()[size_t(v)].entityId, g.nodes()[size_t(gr.targets()[size_t(e)])].entityId,
                gr.weights()[size_t(e)]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool calibrateTypologies(store::Workspace& ws, const std::vector<finance::Typology>& typologies)
{
    for (const finance::Typology& t : typologies) {
        std::vector<double> x;
        std::vector<int> y;
        for (int i = 0; i < 60; ++i) {
            x.push_back(i < 30 ? 2.0 + i % 5 : -6.0 + i % 5);
            y.push_back(i < 30 ? (i % 10 ? 1 : 0) : (i % 10 ? 0 : 1));
        }
        auto c = finance::TypologyCalibration::fit(t, x, y);
        if (!QTest::qVerify(bool(c), "calibration", qPrintable(c ? QString() : c.error().message), __FILE__, __LINE__))
            return false;
        if (!QTest::qVerify(bool(finance::ScorePresentation::save(ws, t, c.value())), "save", "", __FILE__, __LINE__))
            return false;
    }
    return true;
}

} // namespace waymark::test
