#include "ingest/importjob.h"
#include "sample/ctdcgenerator.h"
#include "store/auditlog.h"
#include "store/rowdigest.h"
#include "store/rowdigestrecorder.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <limits>

using namespace waymark;

namespace {

qint64 addExtract(store::Workspace& ws, const char* sha)
{
    store::Statement st(ws.handle(),
        "INSERT INTO extracts(file_name, sha256, format, imported_at) VALUES('f.csv', ?, 'test', '2026-12-03')");
    st.bind(1, QString::fromLatin1(sha));
    if (!st.exec())
        return 0;
    return ws.lastInsertId();
}

/// A new workspace in `dir` whose test rows need not reference real ones (foreign keys off).
std::unique_ptr<store::Workspace> looseWorkspace(const QTemporaryDir& dir)
{
    auto opened = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
    if (!opened || !opened.value()->exec("PRAGMA foreign_keys = OFF"))
        return nullptr;
    return std::move(opened.value());
}

/// The digest the import recorded in the audit log for an extract.
QString recordedDigest(store::Workspace& ws, qint64 extractId)
{
    store::Statement st(ws.handle(),
        "SELECT a.details FROM audit_log a JOIN extracts e ON a.object = e.file_name "
        "WHERE a.action = 'import' AND e.id = ?");
    st.bind(1, extractId);
    if (!st.next())
        return {};
    const QString details = st.text(0);
    const qsizetype at = details.indexOf(QLatin1String(" rows="));
    return at < 0 ? QString() : details.mid(at + 6).section(QLatin1Char(' '), 0, 0);
}

} // namespace

/// The digest recorded as rows are written is the one read back from the
/// rows, to the bit: inserts, updates and deletes, REAL columns given whole
/// numbers (stored as integers), rows of another extract, and a WITHOUT
/// ROWID table either reported by the writer or read back.
class TestRowDigestRecorder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void recordsWhatReadingBackFinds_data()
    {
        QTest::addColumn<bool>("reported");
        QTest::newRow("involvements reported") << true;
        QTest::newRow("involvements read back") << false;
    }
    void recordsWhatReadingBackFinds()
    {
        QFETCH(bool, reported);
        QTemporaryDir dir;
        const auto opened = looseWorkspace(dir);
        QVERIFY(opened);
        store::Workspace& ws = *opened;
        const qint64 other = addExtract(ws, "a");
        const qint64 mine = addExtract(ws, "b");
        store::Transaction tx(ws);
        QVERIFY(tx.isActive());
        QString recorded;
        {
            store::RowDigestRecorder recorder(
                ws, mine, reported ? QStringList { QStringLiteral("incident_entities") } : QStringList());
            QVERIFY(ws.exec("INSERT INTO sources(id, extract_id, line, source_key, name, kind, grading_scheme) "
                            "VALUES(1, "
                + std::to_string(mine) + ", 2, 'S1', 'Partner', 'partner_case', 'none')"));
            store::Statement inc(ws.handle(),
                "INSERT INTO incidents(extract_id, line, source_id, lon, lat, summary, victims) VALUES(?,?,1,?,?,?,?)");
            for (int i = 0; i < 50; ++i) {
                // Whole and fractional coordinates; a summary with a NUL-free UTF-8 text.
                QVERIFY(inc.bind(1, i % 5 == 0 ? other : mine)
                            .bind(2, i + 2)
                            .bind(3, i % 2 ? 10.0 : 10.25 + i)
                            .bind(4, double(-i))
                            .bind(5, QStringLiteral("Fall %1 – Übergabe").arg(i))
                            .bind(6, i)
                            .exec());
            }
            QVERIFY(ws.exec("INSERT INTO entities(id, extract_id, line, entity_key, type, label, source_id) VALUES"
                            "(7, "
                + std::to_string(mine) + ", 3, 'E7', 'person', 'A. Person', 1)"));
            QVERIFY(ws.exec("INSERT INTO links(extract_id, line, link_key, from_id, to_id, type, weight, source_id) "
                            "VALUES("
                + std::to_string(mine) + ", 4, 'L1', 7, 7, 'associate', 2, 1)"));
            // Changed and removed after being written, and a row moved from the other extract.
            QVERIFY(ws.exec("UPDATE incidents SET victims = victims + 1, lat = 3 WHERE line % 3 = 0"));
            QVERIFY(ws.exec("DELETE FROM incidents WHERE line % 7 = 0"));
            QVERIFY(ws.exec("UPDATE incidents SET extract_id = " + std::to_string(mine) + " WHERE line = 12"));
            store::Statement ie(ws.handle(),
                "INSERT INTO incident_entities(incident_id, entity_id, role, extract_id, line) VALUES(?, 7, ?, ?, ?)");
            for (int i = 1; i <= 4; ++i) {
                const char* role = i % 2 ? "suspect" : "victim";
                QVERIFY(ie.bind(1, i).bind(2, std::string_view(role)).bind(3, mine).bind(4, 10 + i).exec());
                using V = store::RowDigestRecorder::Value;
                recorder.addRow("incident_entities",
                    { V::ofInt("incident_id", i), V::ofInt("entity_id", 7), V::ofText("role", role),
                        V::ofInt("extract_id", mine), V::ofInt("line", 10 + i) });
            }
            recorded = recorder.finish();
        }
        const QString readBack = store::RowDigest::ofExtract(ws, mine);
        QVERIFY(readBack.contains(QLatin1String("incidents:")));
        QVERIFY(readBack.contains(QLatin1String("incident_entities:4:")));
        QVERIFY(readBack.contains(QLatin1String("links:1:")));
        QCOMPARE(recorded, readBack);
        // Nothing of the other extract was counted, and the hook is gone.
        QVERIFY(!recorded.contains(QLatin1String("incidents:50:")));
        QVERIFY(
            ws.exec("INSERT INTO incidents(extract_id, line, source_id) VALUES(" + std::to_string(mine) + ", 99, 1)"));
    }

    /// Rows of a cached INSERT are laid out from what was bound to it; where
    /// SQLite would store something else (text that is a number in a
    /// numeric column, a whole float in an integer one, a number in a text
    /// one, NaN), where the statement was bound before recording began, or
    /// where it is not a plain INSERT, the hook lays the row out. Either
    /// way the digest is what reading back finds.
    void insertsLaidOutFromTheirBindings()
    {
        QTemporaryDir dir;
        const auto opened = looseWorkspace(dir);
        QVERIFY(opened);
        store::Workspace& ws = *opened;
        const qint64 mine = addExtract(ws, "b");
        const qint64 other = addExtract(ws, "c");
        // Cached and bound before the recorder: its first run is the hook's.
        const char* earlySql
            = "INSERT INTO quarantine(extract_id, file, line, column, reason, raw) VALUES(?,?,?,?,?,?)";
        ws.cached(earlySql).bind(1, mine).bind(2, std::string_view("f.csv")).bind(3, qint64(1));
        store::Transaction tx(ws);
        QVERIFY(tx.isActive());
        QString recorded;
        qint64 fromBindings = 0;
        {
            store::RowDigestRecorder recorder(ws, mine);
            QVERIFY(ws.exec("INSERT INTO sources(id, extract_id, line, source_key, name, kind, grading_scheme) "
                            "VALUES(1, "
                + std::to_string(mine) + ", 2, 'S1', 'Partner', 'partner_case', 'none')"));
            // Literals in VALUES (one quoted with quotes in it), DEFAULTs
            // (date_precision, exploitation…, victims), the rowid left to SQLite.
            store::Statement& inc = ws.cached(
                "INSERT INTO incidents(extract_id, line, incident_key, source_id, date_text, day_from, lon, lat, "
                "summary, gender, attributes) VALUES(?,?,?,1,'it''s ''2019''',?,?,?,?,?,NULL) "
                "ON CONFLICT(incident_key) WHERE incident_key IS NOT NULL DO NOTHING");
            struct Row {
                QVariant key, day, lon, lat;
            };
            const double nan = std::numeric_limits<double>::quiet_NaN();
            const QList<Row> rows {
                { QStringLiteral("K1"), qint64(2458485), 10.5, -3.25 },
                { QStringLiteral("K2"), qint64(-7), qint64(11), qint64(-4) }, // whole numbers in REAL columns
                { QStringLiteral("K3"), QStringLiteral(" 2458486"), 1.0, 2.0 }, // a number as text: converted
                { QStringLiteral("K4"), 2458487.0, 1.0, 2.0 }, // another extract's row
                { QStringLiteral("K5"), 2458487.0, 1.0, 2.0 }, // a whole float in an INTEGER column: converted
                { QStringLiteral("K6"), 2458487.5, 1.0, 2.0 }, // stays a float
                { QStringLiteral("K7"), QStringLiteral("soon"), 1.0, 2.0 }, // text that is no number stays text
                { QStringLiteral("K8"), QVariant(), nan, 2.0 }, // NaN is stored as NULL
                { QStringLiteral("K1"), qint64(1), 1.0, 2.0 }, // a duplicate key: no row
                { QVariant(), qint64(5), QVariant(), QVariant() },
            };
            for (int i = 0; i < rows.size(); ++i) {
                const Row& r = rows[i];
                inc.bind(1, i == 3 ? other : mine).bind(2, i + 10).bind(3, r.key).bind(4, r.day);
                inc.bind(5, r.lon).bind(6, r.lat).bind(7, QStringLiteral("Fall %1 – Übergabe").arg(i));
                QVERIFY(inc.bind(8, std::string_view("woman")).exec());
            }
            // Parameters 4 to 6 bound now, 1 to 3 before: the hook's. Then a
            // number into a TEXT column (reason): the hook's. Then text: the tap's.
            store::Statement& q = ws.cached(earlySql);
            QVERIFY(q.bind(4, qint64(3)).bind(5, std::string_view("why")).bind(6, std::string_view("raw")).exec());
            QVERIFY(q.bind(1, mine).bind(2, std::string_view("f.csv")).bind(3, qint64(2)).bind(5, qint64(42)).exec());
            QVERIFY(q.bind(5, std::string_view("bad")).exec());
            // Not a plain INSERT: the hook's.
            QVERIFY(ws.cached("INSERT OR IGNORE INTO quarantine(extract_id, file, line, column, reason, raw) "
                              "VALUES(?, 'g', 9, 1, 'x', 'y')")
                        .bind(1, mine)
                        .exec());
            // Cleared bindings are NULLs it knows.
            QVERIFY(ws.cached("INSERT INTO entities(extract_id, line, entity_key, type, label, source_id, attributes) "
                              "VALUES(?,?,?,?,?,?,?)")
                        .clearBindings()
                        .bind(1, mine)
                        .bind(2, qint64(5))
                        .bind(3, std::string_view("E1"))
                        .bind(4, std::string_view("person"))
                        .bind(5, std::string_view("A. Person"))
                        .bind(6, qint64(1))
                        .exec());
            recorded = recorder.finish();
            fromBindings = recorder.rowsFromBindings();
        }
        // K1, K2, K6, K7, the keyless row, the last quarantine row, the entity.
        QCOMPARE(fromBindings, qint64(7));
        QCOMPARE(recorded, store::RowDigest::ofExtract(ws, mine));
        QVERIFY2(recorded.contains(QLatin1String("incidents:8:")), qPrintable(recorded));
        QVERIFY2(recorded.contains(QLatin1String("quarantine:4:")), qPrintable(recorded));
        // The recorder's taps are off the cached statements.
        QVERIFY(!ws.cached(earlySql).tap());
    }

    /// Every import records the digest of its rows as they were written:
    /// each CTDC layout (with a bad row quarantined) and a hub extract.
    void importsRecordTheirRows_data()
    {
        QTest::addColumn<int>("layout");
        using L = sample::CtdcGenerator::Layout;
        QTest::newRow("v2") << int(L::V2);
        QTest::newRow("global 2017-2020") << int(L::Global2017);
        QTest::newRow("victim-perpetrator") << int(L::VictimPerpetrator);
    }
    void importsRecordTheirRows()
    {
        QFETCH(int, layout);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("ctdc.csv"));
        sample::CtdcGenerator::Options o;
        o.layout = sample::CtdcGenerator::Layout(layout);
        o.rows = 300;
        QVERIFY(sample::CtdcGenerator::write(csv, o));
        QByteArray bytes = test::fileBytes(csv);
        bytes += layout == int(sample::CtdcGenerator::Layout::VictimPerpetrator) ? "not a year" : "1850";
        bytes += QByteArray(bytes.left(bytes.indexOf('\n')).count(','), ',') + '\n';
        test::writeFile(csv, bytes);
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const auto s = test::importFile(*ws.value(), csv, true);
        QCOMPARE(s.rowsImported, 300);
        QCOMPARE(s.rowsQuarantined, 1);
        const QString recorded = recordedDigest(*ws.value(), s.extractId);
        QVERIFY(recorded.contains(QLatin1String("quarantine:1:")));
        QCOMPARE(recorded, store::RowDigest::ofExtract(*ws.value(), s.extractId));
        QCOMPARE(ws.value()->audit().verifyRows(), QStringList());
    }

    void hubExtractRecordsItsRows()
    {
        QTemporaryDir dir;
        auto ws = test::sampleWorkspace(dir.path(), dir.filePath(QStringLiteral("w.waymark")), 200);
        QVERIFY(ws);
        const qint64 extract = ws->scalar("SELECT max(id) FROM extracts");
        const QString recorded = recordedDigest(*ws, extract);
        QVERIFY2(recorded.contains(QLatin1String("incidents:200:")), qPrintable(recorded));
        QCOMPARE(recorded, store::RowDigest::ofExtract(*ws, extract));
    }
};

QTEST_GUILESS_MAIN(TestRowDigestRecorder)
#include "tst_rowdigestrecorder.moc"
