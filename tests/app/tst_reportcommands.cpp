#include "testutil.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using waymark::test::Run;
using waymark::test::run;
using waymark::test::runWaymark;

/// `waymark report list|draft|export` end to end, as a batch user runs it.
class TestReportCommands : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("w.waymark"));
        const Run r = runWaymark({ QStringLiteral("sample"), QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("s.zip")), QStringLiteral("--incidents"), QStringLiteral("1500"),
            QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--workspace"), m_ws });
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void draftListExport()
    {
        Run r = runWaymark({ QStringLiteral("report"), QStringLiteral("draft"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--from"), QStringLiteral("2018-01-01"), QStringLiteral("--title"),
            QStringLiteral("Since 2018") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString id = r.out.trimmed();
        QCOMPARE(id, QStringLiteral("1"));
        r = runWaymark({ QStringLiteral("report"), QStringLiteral("list"), QStringLiteral("--workspace"), m_ws });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Since 2018")) && r.out.contains(QStringLiteral("generated draft")),
            qPrintable(r.out));

        for (const char* format : { "pdf", "odt", "html", "md" }) {
            for (bool redact : { false, true }) {
                const QString out
                    = m_dir.filePath(QStringLiteral("r%1.%2").arg(redact ? "x" : "").arg(QLatin1String(format)));
                QStringList args { QStringLiteral("report"), QStringLiteral("export"), QStringLiteral("--workspace"),
                    m_ws, QStringLiteral("--report"), id, QStringLiteral("--format"), QLatin1String(format),
                    QStringLiteral("--out"), out };
                if (redact)
                    args << QStringLiteral("--redact");
                r = runWaymark(args);
                QVERIFY2(r.code == 0, qPrintable(r.err));
                QVERIFY(QFileInfo(out).size() > 1000);
            }
        }
        const Run text
            = run(QStringLiteral("pdftotext"), { m_dir.filePath(QStringLiteral("rx.pdf")), QStringLiteral("-") });
        QVERIFY(text.out.contains(QStringLiteral("OFFICIAL-SENSITIVE")));
        QVERIFY(text.out.contains(QStringLiteral("KJ1.")));
        QVERIFY(text.out.contains(QStringLiteral("[PERSON-1]")));
        const Run plain
            = run(QStringLiteral("pdftotext"), { m_dir.filePath(QStringLiteral("r.pdf")), QStringLiteral("-") });
        QVERIFY(!plain.out.contains(QStringLiteral("[PERSON-1]")));
        // Every export is in the audit log, and the chain holds.
        r = runWaymark({ QStringLiteral("audit"), QStringLiteral("verify"), m_ws });
        QCOMPARE(r.code, 0);
    }

    void errors()
    {
        Run r = runWaymark({ QStringLiteral("report"), QStringLiteral("export"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--report"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("doc"),
            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.doc")) });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("usage: waymark report")));
        r = runWaymark({ QStringLiteral("report"), QStringLiteral("export"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--report"), QStringLiteral("99"), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--out"), m_dir.filePath(QStringLiteral("x.pdf")) });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QStringLiteral("Report 99 is not in this workspace")));
        const QString bad = m_dir.filePath(QStringLiteral("no/such/folder/x.pdf"));
        r = runWaymark({ QStringLiteral("report"), QStringLiteral("export"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--report"), QStringLiteral("1"), QStringLiteral("--format"), QStringLiteral("pdf"),
            QStringLiteral("--out"), bad });
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("cannot be written")));
        QVERIFY(!QFile::exists(bad));
        r = runWaymark({ QStringLiteral("report"), QStringLiteral("draft"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--from"), QStringLiteral("yesterday") });
        QCOMPARE(r.code, 1);
    }
};

QTEST_GUILESS_MAIN(TestReportCommands)
#include "tst_reportcommands.moc"
