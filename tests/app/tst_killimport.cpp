#include "testutil.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestKillImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sigkillMidImportLeavesWorkspaceAsBefore()
    {
        QTemporaryDir dir;
        const QString bin = qEnvironmentVariable("WAYMARK_BIN");
        const QString ws = dir.filePath(QStringLiteral("w.waymark"));
        const QString small = dir.filePath(QStringLiteral("small.csv")), big = dir.filePath(QStringLiteral("big.csv"));
        QCOMPARE(QProcess::execute(bin,
                     { QStringLiteral("sample"), QStringLiteral("--format"), QStringLiteral("ctdc"),
                         QStringLiteral("--out"), small, QStringLiteral("--incidents"), QStringLiteral("1000"),
                         QStringLiteral("--seed"), QStringLiteral("1") }),
            0);
        QCOMPARE(QProcess::execute(bin,
                     { QStringLiteral("sample"), QStringLiteral("--format"), QStringLiteral("ctdc"),
                         QStringLiteral("--out"), big, QStringLiteral("--incidents"), QStringLiteral("1500000"),
                         QStringLiteral("--seed"), QStringLiteral("2") }),
            0);
        QCOMPARE(QProcess::execute(bin,
                     { QStringLiteral("import"), small, QStringLiteral("--workspace"), ws, QStringLiteral("--quiet") }),
            0);
        const QString before = waymark::test::workspaceDigest(ws);

        // Kill at several points of the import: early, during the rows, late.
        for (int delayMs : { 150, 600, 1200 }) {
            QProcess p;
            p.start(
                bin, { QStringLiteral("import"), big, QStringLiteral("--workspace"), ws, QStringLiteral("--quiet") });
            QVERIFY(p.waitForStarted());
            QTest::qWait(delayMs);
            if (p.state() == QProcess::NotRunning)
                QSKIP("the import finished before it could be killed; the machine is faster than this test expects");
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished());
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            QCOMPARE(waymark::test::integrityCheck(ws), QStringLiteral("ok"));
            QCOMPARE(waymark::test::workspaceDigest(ws), before);
            QCOMPARE(waymark::test::rowCount(ws, "incidents"), 1000);
        }
        // And the file still imports whole afterwards.
        QCOMPARE(QProcess::execute(bin,
                     { QStringLiteral("import"), big, QStringLiteral("--workspace"), ws, QStringLiteral("--quiet") }),
            0);
        QCOMPARE(waymark::test::rowCount(ws, "incidents"), 1501000);
    }
};

QTEST_GUILESS_MAIN(TestKillImport)
#include "tst_killimport.moc"
