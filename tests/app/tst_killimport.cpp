#include "testutil.h"

#include <QElapsedTimer>
#include <QFileInfo>
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

        // Kill at several points of the import, each reached by what the import has written rather than
        // by a clock: once it has opened the workspace (its write-ahead log exists), once its first rows
        // have spilled out of the page cache (into the file, its original pages into the rollback journal
        // the command line imports through; or into the log), and 32 MB of rows later.
        const QString wal = ws + QStringLiteral("-wal"), journal = ws + QStringLiteral("-journal");
        auto written = [&] { return QFileInfo(ws).size() + QFileInfo(wal).size() + QFileInfo(journal).size(); };
        for (const qint64 grown : { qint64(-1), qint64(0), qint64(32) << 20 }) {
            const qint64 base = written(); // a killed run's log or journal stays behind
            QProcess p;
            p.start(
                bin, { QStringLiteral("import"), big, QStringLiteral("--workspace"), ws, QStringLiteral("--quiet") });
            QVERIFY(p.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(
                p.state() == QProcess::NotRunning || (grown < 0 ? QFileInfo::exists(wal) : written() > base + grown),
                300000);
            QVERIFY2(p.state() != QProcess::NotRunning,
                qPrintable(QStringLiteral("the import ended before it wrote %1 bytes").arg(grown)));
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished());
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            // Inspected read-only first, as `waymark info` does: a journal the killed import left is
            // rolled back, not taken for damage.
            const auto info = waymark::test::run(bin, { QStringLiteral("info"), ws });
            QVERIFY2(info.code == 0 && info.out.contains(QStringLiteral("1000")), qPrintable(info.out + info.err));
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
