#include "store/schema.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace waymark;
using store::Workspace;

class TestWorkspace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.waymark"));
        {
            auto ws = Workspace::open(path, Workspace::Mode::Create);
            QVERIFY2(ws, qPrintable(ws.error().toString()));
            QCOMPARE(ws.value()->schemaVersion(), Workspace::currentSchemaVersion());
            QCOMPARE(ws.value()->scalar("PRAGMA application_id"), qint64(Workspace::applicationId));
            QCOMPARE(ws.value()->scalar("PRAGMA foreign_keys"), 1);
            QVERIFY(ws.value()->count(QStringLiteral("places")) >= 249);
            QCOMPARE(ws.value()->count(QStringLiteral("no_such_table")), -1);
        }
        QVERIFY(QFile::exists(path));
        auto again = Workspace::open(path, Workspace::Mode::OpenExisting);
        QVERIFY(again);
        // WAL is a property of the file: it stays on.
        store::Statement st(again.value()->handle(), "PRAGMA journal_mode");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("wal"));
        QVERIFY(!Workspace::open(path, Workspace::Mode::Create));
        QCOMPARE(test::integrityCheck(path), QStringLiteral("ok"));
    }
    void refusesOtherFiles()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.waymark"));
        test::writeFile(text, "these are not the droids\n");
        auto r = Workspace::open(text, Workspace::Mode::OpenExisting);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("not a Waymark workspace")), qPrintable(r.error().message));

        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        sqlite3* db = nullptr;
        sqlite3_open(QFile::encodeName(other).constData(), &db);
        sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QVERIFY(!Workspace::open(other, Workspace::Mode::OpenExisting));
        QVERIFY(!Workspace::open(dir.filePath(QStringLiteral("missing.waymark")), Workspace::Mode::OpenExisting));
    }
    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.waymark"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws);
            QVERIFY(ws.value()->exec("PRAGMA user_version = 999"));
        }
        auto r = Workspace::open(path);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("newer Waymark")));
    }
    void transactionRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.waymark"));
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        Workspace& w = *ws.value();
        {
            store::Transaction tx(w);
            QVERIFY(tx.isActive());
            QVERIFY(w.setMeta(QStringLiteral("k"), QStringLiteral("v")));
        }
        QCOMPARE(w.meta(QStringLiteral("k")), QString());
        {
            store::Transaction tx(w);
            QVERIFY(w.setMeta(QStringLiteral("k"), QStringLiteral("v")));
            QVERIFY(tx.commit());
        }
        QCOMPARE(w.meta(QStringLiteral("k")), QStringLiteral("v"));
    }
    void foreignKeysAndChecksHold()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("fk.waymark")));
        QVERIFY(ws);
        Workspace& w = *ws.value();
        // An incident pointing at no extract is refused by the schema itself.
        QVERIFY(!w.exec("INSERT INTO incidents(extract_id, line, source_id) VALUES(42, 1, 42)"));
        QVERIFY(!w.exec("INSERT INTO sources(source_key, name, kind, grading_scheme) VALUES('s','n','rumour','none')"));
        QVERIFY(
            w.exec("INSERT INTO sources(source_key, name, kind, grading_scheme) VALUES('s','n','open_source','none')"));
    }
    void ftsAndRtreeAreThere()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("x.waymark")));
        QVERIFY(ws);
        Workspace& w = *ws.value();
        QVERIFY(w.exec("INSERT INTO incident_rtree VALUES(1, -1, 1, 50, 52)"));
        QCOMPARE(
            w.scalar("SELECT count(*) FROM incident_rtree WHERE min_lon >= -2 AND max_lon <= 2 AND min_lat >= 49"), 1);
        QVERIFY(w.exec("INSERT INTO entity_fts(rowid, label, attributes) VALUES(7, 'Lotus Nails', '')"));
        QCOMPARE(w.scalar("SELECT rowid FROM entity_fts WHERE entity_fts MATCH 'lotus'"), 7);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
