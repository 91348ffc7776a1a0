#include "store/auditlog.h"
#include "store/workspace.h"

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
