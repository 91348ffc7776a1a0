#include "ingest/importjob.h"
#include "sample/ctdcgenerator.h"
#include "sample/samplegenerator.h"
#include "store/bulkload.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

/// Every schema object as sqlite_schema states it (rootpage aside: an index
/// built again lives on other pages).
QStringList schemaOf(store::Workspace& ws)
{
    QStringList out;
    store::Statement st(ws.handle(), "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY type, name");
    while (st.next())
        out << st.text(0) + QLatin1Char('|') + st.text(1) + QLatin1Char('|') + st.text(2) + QLatin1Char('|')
                + st.text(3);
    return out;
}

ingest::ImportSummary import(store::Workspace& ws, const QString& path, bool keepGoing = true)
{
    ingest::ImportOptions options;
    options.keepGoing = keepGoing;
    Feedback feedback;
    return ingest::ImportJob::run(ws, path, options, feedback);
}

/// What the writers would have written row by row is there: one search row
/// per incident with a summary and per entity, one map row per incident
/// with a point, and both indexes sound.
void checkSearchAndMap(store::Workspace& ws)
{
    QCOMPARE(ws.scalar("SELECT count(*) FROM incident_rtree"),
        ws.scalar("SELECT count(*) FROM incidents WHERE lon IS NOT NULL AND lat IS NOT NULL"));
    QCOMPARE(ws.scalar("SELECT count(*) FROM incident_rtree r JOIN incidents i ON i.id = r.id "
                       "WHERE abs(r.min_lon - i.lon) > 1e-4 OR abs(r.min_lat - i.lat) > 1e-4"),
        0);
    QCOMPARE(ws.strings("SELECT rtreecheck('incident_rtree')"), QStringList { QStringLiteral("ok") });
    QCOMPARE(ws.scalar("SELECT count(*) FROM incident_fts_docsize"),
        ws.scalar("SELECT count(*) FROM incidents WHERE summary IS NOT NULL AND summary <> ''"));
    QCOMPARE(ws.scalar("SELECT count(*) FROM entity_fts_docsize"), ws.count(QStringLiteral("entities")));
    QVERIFY(ws.exec("INSERT INTO incident_fts(incident_fts) VALUES('integrity-check')"));
    QVERIFY(ws.exec("INSERT INTO entity_fts(entity_fts) VALUES('integrity-check')"));
}

} // namespace

/// A large import builds secondary indexes once its rows are in and writes
/// its search and map rows in one pass; the workspace it leaves is the one
/// row-by-row writing left: same schema, same search and map rows.
class TestBulkLoad : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dropsOnlySecondaryIndexesOfSmallTables()
    {
        QTemporaryDir dir;
        auto opened = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(opened);
        store::Workspace& ws = *opened.value();
        const QStringList before = schemaOf(ws);
        {
            store::Transaction tx(ws);
            store::BulkLoad bulk(ws);
            QVERIFY(bulk.begin({ QStringLiteral("incidents"), QStringLiteral("links"), QStringLiteral("transactions"),
                                   QStringLiteral("incident_entities"), QStringLiteral("no_such_table") },
                1000));
            QVERIFY(bulk.defersSearch());
            // UNIQUE indexes stay: they are what makes a key a duplicate.
            QCOMPARE(bulk.droppedIndexes(),
                (QStringList { QStringLiteral("incidents_day"), QStringLiteral("links_from"),
                    QStringLiteral("links_to"), QStringLiteral("transactions_account_day"),
                    QStringLiteral("incident_entities_entity") }));
            QVERIFY(ws.strings("SELECT name FROM sqlite_schema WHERE name = 'incidents_day'").isEmpty());
            QVERIFY(!ws.strings("SELECT name FROM sqlite_schema WHERE name = 'incidents_key'").isEmpty());
            QVERIFY(bulk.finish());
            QVERIFY(!bulk.defersSearch());
            QVERIFY(tx.commit());
        }
        QCOMPARE(schemaOf(ws), before);
        QVERIFY(store::Workspace::schemaProblems(dir.filePath(QStringLiteral("w.waymark"))).isEmpty());

        // A table already holding as many rows as the batch brings keeps its indexes.
        QVERIFY(ws.exec("PRAGMA foreign_keys = OFF"));
        {
            store::Transaction tx(ws);
            QVERIFY(ws.exec("INSERT INTO extracts(id, file_name, sha256, format, imported_at) "
                            "VALUES(1, 'f', 'x', 'test', '2026-12-03')"));
            QVERIFY(ws.exec("INSERT INTO links(extract_id, line, link_key, from_id, to_id, type, source_id) "
                            "VALUES(1, 2, 'L1', 1, 2, 'knows', 1), (1, 3, 'L2', 2, 1, 'knows', 1)"));
            store::BulkLoad bulk(ws);
            QVERIFY(bulk.begin({ QStringLiteral("links") }, 2));
            QVERIFY(bulk.droppedIndexes().isEmpty());
            QVERIFY(bulk.finish());
            tx.rollback();
        }
        // While a statement of the connection is reading, no index can be
        // dropped: they stay, and the search rows are still deferred.
        {
            store::Statement reading(ws.handle(), "SELECT name FROM sqlite_schema");
            QVERIFY(reading.next());
            store::Transaction tx(ws);
            store::BulkLoad bulk(ws);
            QVERIFY(bulk.begin({ QStringLiteral("incidents") }, 1000));
            QVERIFY(bulk.droppedIndexes().isEmpty());
            QVERIFY(bulk.defersSearch());
            QVERIFY(bulk.finish());
            tx.rollback();
        }
        // A rolled back import leaves the indexes as they were.
        {
            store::Transaction tx(ws);
            store::BulkLoad bulk(ws);
            QVERIFY(bulk.begin({ QStringLiteral("incidents") }, 1000));
            QCOMPARE(bulk.droppedIndexes(), QStringList { QStringLiteral("incidents_day") });
            tx.rollback();
        }
        QCOMPARE(schemaOf(ws), before);
    }

    void hubExtractLeavesTheSchemaAndIndexesWhole()
    {
        QTemporaryDir dir;
        sample::SampleGenerator::Options o;
        o.incidents = 400;
        o.seed = 3;
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("first")), o));
        o.seed = 4;
        o.incidents = 900;
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("second")), o));
        o.seed = 5;
        o.incidents = 100;
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("third")), o));
        auto opened = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(opened);
        store::Workspace& ws = *opened.value();
        const QStringList before = schemaOf(ws);
        for (const char* name : { "first", "second", "third" }) {
            // Into an empty workspace, then into one that holds fewer rows
            // (the map tree is written again, packed, with the old rows),
            // then into one that holds more (the new points go in one by one).
            const auto s = import(ws, dir.filePath(QLatin1String(name)));
            QVERIFY2(s.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(s.toText()));
            QCOMPARE(schemaOf(ws), before);
            checkSearchAndMap(ws);
        }
        QVERIFY(ws.check(true).isEmpty());
        // The rebuilt indexes answer: the date index is the one a date query uses.
        QCOMPARE(ws.scalar("SELECT count(*) FROM incidents INDEXED BY incidents_day WHERE day_from > 0"),
            ws.scalar("SELECT count(*) FROM incidents WHERE day_from > 0"));
        QVERIFY(ws.scalar("SELECT count(*) FROM incident_fts WHERE incident_fts MATCH 'Birmingham'") > 0);
    }

    void ctdcPerpetratorsAreSearchable()
    {
        QTemporaryDir dir;
        sample::CtdcGenerator::Options o;
        o.layout = sample::CtdcGenerator::Layout::VictimPerpetrator;
        o.rows = 300;
        const QString csv = dir.filePath(QStringLiteral("vp.csv"));
        QVERIFY(sample::CtdcGenerator::write(csv, o));
        auto opened = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(opened);
        store::Workspace& ws = *opened.value();
        const QStringList before = schemaOf(ws);
        const auto s = import(ws, csv);
        QVERIFY2(s.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(s.toText()));
        QCOMPARE(schemaOf(ws), before);
        QVERIFY(ws.count(QStringLiteral("entities")) > 0);
        checkSearchAndMap(ws);
        QCOMPARE(ws.scalar("SELECT count(*) FROM entity_fts WHERE entity_fts MATCH 'Perpetrators'"),
            ws.count(QStringLiteral("entities")));
    }

    void rejectedImportLeavesNothing()
    {
        QTemporaryDir dir;
        sample::CtdcGenerator::Options o;
        o.rows = 200;
        const QString csv = dir.filePath(QStringLiteral("v2.csv"));
        QVERIFY(sample::CtdcGenerator::write(csv, o));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::Append));
        // An impossible year: the row is quarantined, and without keep-going nothing is imported.
        f.write("1850,Woman" + QByteArray(25, ',') + '\n');
        f.close();
        auto opened = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(opened);
        store::Workspace& ws = *opened.value();
        const QStringList before = schemaOf(ws);
        const auto s = import(ws, csv, false);
        QVERIFY2(s.outcome == ingest::ImportSummary::Outcome::Rejected, qPrintable(s.toText()));
        QCOMPARE(schemaOf(ws), before);
        QCOMPARE(ws.count(QStringLiteral("incidents")), 0);
        QCOMPARE(ws.scalar("SELECT count(*) FROM incident_fts_docsize"), 0);
    }
};

QTEST_GUILESS_MAIN(TestBulkLoad)
#include "tst_bulkload.moc"
