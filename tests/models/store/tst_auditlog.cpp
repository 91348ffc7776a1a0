#include "store/auditlog.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

class TestAuditLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void chainVerifiesAndDetectsTampering()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("a.waymark")));
        QVERIFY(ws);
        store::Workspace& w = *ws.value();
        QVERIFY(w.audit().append(QStringLiteral("import"), QStringLiteral("x.zip"), QStringLiteral("rows=3")));
        QVERIFY(w.audit().append(QStringLiteral("export"), QStringLiteral("r.pdf"), QStringLiteral("redacted")));
        auto n = w.audit().verify();
        QVERIFY(n);
        QCOMPARE(n.value(), 3); // workspace.create, import, export

        QVERIFY(w.exec("UPDATE audit_log SET details = 'rows=4' WHERE action = 'import'"));
        n = w.audit().verify();
        QVERIFY(!n);
        QVERIFY(n.error().message.contains(QLatin1String("record 2")));
        QVERIFY(w.exec("UPDATE audit_log SET details = 'rows=3' WHERE action = 'import'"));
        QVERIFY(w.audit().verify());

        QVERIFY(w.exec("DELETE FROM audit_log WHERE action = 'import'"));
        QVERIFY(!w.audit().verify());
    }
    // Records deleted from the end leave the chain head in meta pointing past them.
    void deletedLastRecordsAreFound()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("a.waymark")));
        QVERIFY(ws);
        store::Workspace& w = *ws.value();
        for (int i = 0; i < 4; ++i)
            QVERIFY(w.audit().append(QStringLiteral("note"), QString::number(i), {}));
        QVERIFY(w.audit().verify());
        QVERIFY(w.exec("DELETE FROM audit_log WHERE id > 3"));
        const auto n = w.audit().verify();
        QVERIFY(!n);
        QVERIFY2(n.error().message.contains(QLatin1String("removed from the end")), qPrintable(n.error().message));
    }

    // A script that rewrites the chain (new details, every hash recomputed,
    // the head set to match) cannot sign it again without the analyst's key.
    void rehashedChainFailsItsSignatures()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("a.waymark")));
        QVERIFY(ws);
        store::Workspace& w = *ws.value();
        QVERIFY(w.audit().append(QStringLiteral("import"), QStringLiteral("x.zip"), QStringLiteral("read=3")));
        QVERIFY(w.audit().append(QStringLiteral("export"), QStringLiteral("r.pdf"), {}));
        auto v = w.audit().verifyChain();
        QVERIFY(v);
        QCOMPARE(v->signedByYou, 3);
        QCOMPARE(v->unsigned_, 0);
        QVERIFY(w.exec("UPDATE audit_log SET details = 'read=2' WHERE action = 'import'"));
        QString prev(64, QLatin1Char('0'));
        qint64 last = 0;
        {
            store::Statement st(w.handle(), "SELECT id, at, user, action, object, details FROM audit_log ORDER BY id");
            while (st.next()) {
                const QString hash
                    = store::AuditLog::hashOf(prev, st.text(1), st.text(2), st.text(3), st.text(4), st.text(5));
                store::Statement up(w.handle(), "UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?");
                QVERIFY(up.bind(1, prev).bind(2, hash).bind(3, st.int64(0)).exec());
                prev = hash;
                last = st.int64(0);
            }
        }
        QVERIFY(w.setMeta(QStringLiteral("audit_head"), QString::number(last) + QLatin1Char(':') + prev));
        const auto n = w.audit().verify();
        QVERIFY(!n);
        QVERIFY2(n.error().message.contains(QLatin1String("signature does not match")), qPrintable(n.error().message));
        // Stripping the later signatures only is found too.
        QVERIFY(w.exec("UPDATE audit_log SET hash = hash"));
        QVERIFY(!w.audit().verify());
    }

    // Each import records a digest of the rows it wrote: rows deleted,
    // changed or added behind the log's back are named by table and extract.
    void rowsChangedSinceImportAreFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        auto ws = test::sampleWorkspace(dir.path(), path, 300);
        QVERIFY(ws);
        store::Workspace& w = *ws;
        QVERIFY(w.scalar("SELECT count(*) FROM audit_log WHERE action = 'import' AND details LIKE '%rows=%incidents:%'")
            == 1);
        QVERIFY(w.audit().verify());
        QCOMPARE(w.audit().verifyRows(), QStringList());

        QVERIFY(w.exec("UPDATE incidents SET victims = victims + 1 WHERE id = (SELECT min(id) FROM incidents)"));
        QStringList problems = w.audit().verifyRows();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(QLatin1String("incidents: 300 rows, but changed since the import")),
            qPrintable(problems.first()));
        QVERIFY(w.exec("UPDATE incidents SET victims = victims - 1 WHERE id = (SELECT min(id) FROM incidents)"));
        QCOMPARE(w.audit().verifyRows(), QStringList());

        // Half of the import's incidents deleted (their links too, as a careful hand would).
        QVERIFY(w.exec("PRAGMA foreign_keys = OFF; DELETE FROM incident_entities WHERE incident_id % 2 = 0; "
                       "DELETE FROM route_legs WHERE incident_id % 2 = 0; DELETE FROM incidents WHERE id % 2 = 0"));
        problems = w.audit().verifyRows();
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QLatin1String("incidents: 300 rows when imported, 150 now")),
            qPrintable(problems.join(QLatin1Char('\n'))));
        // The extract and its import record removed too: rows of no extract.
        QVERIFY(w.exec("DELETE FROM extracts"));
        problems = w.audit().verifyRows();
        QVERIFY2(problems.join(QLatin1Char('\n')).contains(QLatin1String("no longer in the workspace")),
            qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void hashSeparatesFields()
    {
        const QString z(64, QLatin1Char('0'));
        QVERIFY(store::AuditLog::hashOf(
                    z, QStringLiteral("t"), QStringLiteral("u"), QStringLiteral("ab"), QStringLiteral("c"), {})
            != store::AuditLog::hashOf(
                z, QStringLiteral("t"), QStringLiteral("u"), QStringLiteral("a"), QStringLiteral("bc"), {}));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
