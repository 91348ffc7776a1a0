#include "store/workspace.h"
#include "testutil.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
using waymark::test::Run;
using waymark::test::runWaymark;
} // namespace

/// `waymark export share` end to end: the package it writes imports with
/// `waymark import`, and what may not go is refused with exit code 3.
class TestExportShare : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_ws;

    QStringList share(const QString& out, const QStringList& more = {}) const
    {
        return QStringList { QStringLiteral("export"), QStringLiteral("share"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--out"), out }
        + more;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("w.waymark"));
        const Run r = runWaymark({ QStringLiteral("sample"), QStringLiteral("--out"),
            m_dir.filePath(QStringLiteral("s.zip")), QStringLiteral("--incidents"), QStringLiteral("1500"),
            QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("--workspace"), m_ws });
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    void writesAPackageThatImports()
    {
        const QString zip = m_dir.filePath(QStringLiteral("p.zip"));
        Run r = runWaymark(share(zip,
            { QStringLiteral("--from"), QStringLiteral("2019-01-01"), QStringLiteral("--type"),
                QStringLiteral("sexual_exploitation,forced_labour"), QStringLiteral("--aggregates"),
                QStringLiteral("--k"), QStringLiteral("5") }));
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Releasability check, for a partner")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("TLP:RED: for the named recipients only")));
        QVERIFY(r.out.contains(QStringLiteral("marking of the export: TLP:AMBER")));
        QVERIFY(r.out.contains(QStringLiteral("Aggregates: k = 5")));
        QVERIFY(QFile::exists(zip));
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.waymark"));
        r = runWaymark({ QStringLiteral("import"), zip, QStringLiteral("--workspace"), fresh });
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(waymark::test::rowCount(fresh, "incidents") > 0);
        // Within the own organisation TLP:AMBER+STRICT goes too, and marks the package.
        const QString own = m_dir.filePath(QStringLiteral("own.zip"));
        r = runWaymark(share(own, { QStringLiteral("--destination"), QStringLiteral("own") }));
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY2(r.out.contains(QStringLiteral("marking of the export: TLP:AMBER+STRICT")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QStringLiteral("TLP:AMBER+STRICT: only within")));
        r = runWaymark({ QStringLiteral("audit"), QStringLiteral("verify"), m_ws });
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    }

    void refusesWhatMayNotGo()
    {
        // The sample's only financial partner is TLP:RED: nothing may go.
        const QString zip = m_dir.filePath(QStringLiteral("red.zip"));
        Run r = runWaymark(share(zip, { QStringLiteral("--source-kind"), QStringLiteral("financial_partner") }));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("nothing the filter selects may go")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("would go: nothing")));
        QVERIFY(!QFile::exists(zip));
        // Even with --destination own.
        r = runWaymark(share(zip,
            { QStringLiteral("--source-kind"), QStringLiteral("financial_partner"), QStringLiteral("--destination"),
                QStringLiteral("own") }));
        QCOMPARE(r.code, 3);
        QVERIFY(!QFile::exists(zip));
        // A STIX bundle of the same selection is refused too.
        const QString json = m_dir.filePath(QStringLiteral("red.stix.json"));
        r = runWaymark({ QStringLiteral("export"), QStringLiteral("stix"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--out"), json, QStringLiteral("--source-kind"), QStringLiteral("financial_partner") });
        QCOMPARE(r.code, 3);
        QVERIFY(!QFile::exists(json));
        // The whole workspace goes without its TLP:RED records.
        r = runWaymark({ QStringLiteral("export"), QStringLiteral("stix"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--out"), json });
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("TLP:RED: for the named recipients only")));
        QVERIFY(!waymark::test::fileBytes(json).contains("\"tlp_2_0\": \"red\""));
        // A map layer of the same selection is refused too; of everything, it opens with OGR.
        const QString layer = m_dir.filePath(QStringLiteral("red.geojson"));
        r = runWaymark({ QStringLiteral("export"), QStringLiteral("geojson"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--layer"), QStringLiteral("incidents"), QStringLiteral("--out"), layer,
            QStringLiteral("--source-kind"), QStringLiteral("financial_partner") });
        QCOMPARE(r.code, 3);
        QVERIFY(!QFile::exists(layer));
        const QString routes = m_dir.filePath(QStringLiteral("routes.kml"));
        r = runWaymark({ QStringLiteral("export"), QStringLiteral("kml"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--layer"), QStringLiteral("routes"), QStringLiteral("--out"), routes });
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("TLP:RED: for the named recipients only")));
        QVERIFY(
            waymark::test::runTool(QStringLiteral("ogrinfo"), { QStringLiteral("-al"), QStringLiteral("-so"), routes })
                .contains(QStringLiteral("Feature Count:")));
        r = runWaymark({ QStringLiteral("export"), QStringLiteral("kml"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--layer"), QStringLiteral("rivers"), QStringLiteral("--out"), routes });
        QCOMPARE(r.code, 1);
        // Asking for the restricted records explicitly.
        const QString all = m_dir.filePath(QStringLiteral("all.zip"));
        r = runWaymark(share(all, { QStringLiteral("--include-restricted") }));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("--include-restricted asks for")), qPrintable(r.err));
        QVERIFY(!QFile::exists(all));
    }

    void reportsCitingWhatMayNotGoAreNotExported()
    {
        // Two reports written through models/: one cites a TLP:RED incident
        // (the sample's S5), the other a TLP:AMBER one (S1) under TLP:GREEN.
        qint64 redReport = 0, amberReport = 0;
        QString redKey;
        {
            auto ws = waymark::store::Workspace::open(m_ws, waymark::store::Workspace::Mode::OpenExisting);
            QVERIFY(ws);
            redReport = waymark::test::reportCitingSource(*ws.value(), QStringLiteral("S5"), &redKey);
            amberReport = waymark::test::reportCitingSource(*ws.value(), QStringLiteral("S1"));
            QVERIFY(redReport > 0 && amberReport > 0);
        }
        // Every format of the report refuses the one citing TLP:RED, with the summary printed.
        Run r;
        for (const char* format : { "md", "html", "odt", "pdf" }) {
            const QString red = m_dir.filePath(QStringLiteral("red.") + QLatin1String(format));
            r = runWaymark({ QStringLiteral("report"), QStringLiteral("export"), QStringLiteral("--workspace"), m_ws,
                QStringLiteral("--report"), QString::number(redReport), QStringLiteral("--format"),
                QLatin1String(format), QStringLiteral("--out"), red });
            QCOMPARE(r.code, 3);
            QVERIFY2(r.err.contains(QStringLiteral("the report cites 1 record(s) that may not go")), qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral("TLP:RED: for the named recipients only")), qPrintable(r.out));
            QVERIFY(!QFile::exists(red));
        }
        const QString amber = m_dir.filePath(QStringLiteral("amber.md"));
        r = runWaymark({ QStringLiteral("report"), QStringLiteral("export"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--report"), QString::number(amberReport), QStringLiteral("--format"), QStringLiteral("md"),
            QStringLiteral("--out"), amber, QStringLiteral("--destination"), QStringLiteral("partner") });
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("Marking raised to that of the evidence: TLP:AMBER")));
        const QByteArray md = waymark::test::fileBytes(amber);
        QVERIFY(md.contains("TLP:AMBER") && !md.contains("TLP:GREEN") && !md.contains(redKey.toUtf8()));
        QVERIFY2(r.out.contains(QStringLiteral("marking of the export")), qPrintable(r.out));
        const QString amberHtml = m_dir.filePath(QStringLiteral("amber.html"));
        r = runWaymark({ QStringLiteral("report"), QStringLiteral("export"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--report"), QString::number(amberReport), QStringLiteral("--format"),
            QStringLiteral("html"), QStringLiteral("--out"), amberHtml, QStringLiteral("--destination"),
            QStringLiteral("partner") });
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QByteArray html = waymark::test::fileBytes(amberHtml);
        QVERIFY(html.contains("TLP:AMBER") && !html.contains(redKey.toUtf8()));
        // The same two reports as STIX: the red one is refused whole, the
        // other goes as a report object marked with the evidence's TLP 2.0 label.
        const QString redStix = m_dir.filePath(QStringLiteral("red.json"));
        r = runWaymark({ QStringLiteral("export"), QStringLiteral("stix"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--report"), QString::number(redReport), QStringLiteral("--out"), redStix });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("holds 1 record(s) that may not go")), qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("TLP:RED: for the named recipients only")));
        QVERIFY(!QFile::exists(redStix));
        const QString amberStix = m_dir.filePath(QStringLiteral("amber.json"));
        r = runWaymark({ QStringLiteral("export"), QStringLiteral("stix"), QStringLiteral("--workspace"), m_ws,
            QStringLiteral("--report"), QString::number(amberReport), QStringLiteral("--out"), amberStix });
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
        const QByteArray stix = waymark::test::fileBytes(amberStix);
        QVERIFY(stix.contains("\"type\": \"report\"") && stix.contains("\"tlp_2_0\": \"amber\""));
        QVERIFY(!stix.contains("\"tlp_2_0\": \"red\"") && !stix.contains("\"tlp_2_0\": \"green\""));
        r = runWaymark({ QStringLiteral("audit"), QStringLiteral("verify"), m_ws });
        QVERIFY2(r.code == 0, qPrintable(r.err + r.out));
    }

    void badOptionsAndPolicies()
    {
        const QString zip = m_dir.filePath(QStringLiteral("bad.zip"));
        Run r = runWaymark(share(zip, { QStringLiteral("--type"), QStringLiteral("piracy") }));
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QStringLiteral("--type: unknown type \"piracy\"")));
        r = runWaymark(share(zip, { QStringLiteral("--destination"), QStringLiteral("moon") }));
        QCOMPARE(r.code, 1);
        const QString policy = m_dir.filePath(QStringLiteral("policy.json"));
        waymark::test::writeFile(policy, "{\n \"format\": \"waymark-share-policy\",\n \"version\": 1\n}\n");
        r = runWaymark(share(zip, { QStringLiteral("--policy"), policy }));
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(policy + QStringLiteral(":1:1: fields.sources.source_id")), qPrintable(r.err));
        QVERIFY(!QFile::exists(zip));
        r = runWaymark({ QStringLiteral("help"), QStringLiteral("export") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("--include-restricted")) && r.out.contains(QStringLiteral("--grade")));
    }
};

QTEST_GUILESS_MAIN(TestExportShare)
#include "tst_exportshare.moc"
