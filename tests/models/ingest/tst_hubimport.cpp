#include "ingest/importjob.h"
#include "sample/samplegenerator.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using ingest::ImportSummary;

namespace {
using test::importFile;
} // namespace

class TestHubImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void zipAndFolderImportTheSame()
    {
        QTemporaryDir dir;
        sample::SampleGenerator::Options o;
        o.incidents = 1500;
        o.seed = 5;
        const auto zipCounts = sample::SampleGenerator::write(dir.filePath(QStringLiteral("x.zip")), o);
        const auto folderCounts = sample::SampleGenerator::write(dir.filePath(QStringLiteral("x")), o);
        QVERIFY(zipCounts && folderCounts);
        auto a = store::Workspace::open(dir.filePath(QStringLiteral("a.waymark")));
        auto b = store::Workspace::open(dir.filePath(QStringLiteral("b.waymark")));
        const ImportSummary sa = importFile(*a.value(), dir.filePath(QStringLiteral("x.zip")));
        const ImportSummary sb = importFile(*b.value(), dir.filePath(QStringLiteral("x")));
        QVERIFY2(sa.outcome == ImportSummary::Outcome::Imported, qPrintable(sa.toText()));
        QVERIFY2(sb.outcome == ImportSummary::Outcome::Imported, qPrintable(sb.toText()));
        const auto& n = zipCounts.value();
        QCOMPARE(a.value()->count(QStringLiteral("incidents")), n.incidents);
        QCOMPARE(a.value()->count(QStringLiteral("route_legs")), n.routeLegs);
        QCOMPARE(a.value()->count(QStringLiteral("entities")), n.entities);
        QCOMPARE(a.value()->count(QStringLiteral("links")), n.links);
        QCOMPARE(a.value()->count(QStringLiteral("incident_entities")), n.incidentEntities);
        QVERIFY(n.incidentEntities > 0);
        QCOMPARE(a.value()->count(QStringLiteral("accounts")), n.accounts);
        QCOMPARE(a.value()->count(QStringLiteral("transactions")), n.transactions);
        QCOMPARE(a.value()->count(QStringLiteral("sources")), 6);
        QCOMPARE(sa.rowsImported,
            6 + n.incidents + n.routeLegs + n.entities + n.links + n.incidentEntities + n.accounts + n.transactions);
        for (const char* t : { "incidents", "route_legs", "entities", "links", "accounts", "transactions", "places" })
            QCOMPARE(a.value()->count(QLatin1String(t)), b.value()->count(QLatin1String(t)));
        QCOMPARE(a.value()->scalar("SELECT count(*) FROM incident_rtree"),
            a.value()->scalar("SELECT count(*) FROM incidents WHERE lon IS NOT NULL"));
        QVERIFY(a.value()->scalar("SELECT count(*) FROM incident_fts WHERE incident_fts MATCH 'Birmingham'") > 0);
        // The manifest is kept with the extract.
        store::Statement e(
            a.value()->handle(), "SELECT format, format_version, hub, handling, exported_at FROM extracts");
        QVERIFY(e.next());
        QCOMPARE(e.text(0), QStringLiteral("hub-extract"));
        QCOMPARE(e.text(1), QStringLiteral("1.1"));
        QVERIFY(e.text(2).startsWith(QLatin1String("Waymark sample hub")));
        QCOMPARE(e.text(3), QStringLiteral("OFFICIAL-SENSITIVE TLP:AMBER"));
    }

    void provenanceOfEveryRow()
    {
        QTemporaryDir dir;
        sample::SampleGenerator::Options o;
        o.incidents = 300;
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("x")), o));
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(importFile(*ws.value(), dir.filePath(QStringLiteral("x"))).outcome == ImportSummary::Outcome::Imported);
        for (const char* t :
            { "sources", "incidents", "route_legs", "entities", "links", "accounts", "transactions" }) {
            QCOMPARE(ws.value()->scalar(
                         QStringLiteral("SELECT count(*) FROM %1 WHERE extract_id IS NULL OR line IS NULL OR line < 2")
                             .arg(QLatin1String(t))
                             .toStdString()),
                0);
        }
        // Incident I0000042 stands on line 43 of incidents.csv (the header is line 1).
        QCOMPARE(ws.value()->scalar("SELECT line FROM incidents WHERE incident_key = 'I0000042'"), 43);
        QFile f(QDir(dir.filePath(QStringLiteral("x"))).filePath(QStringLiteral("incidents.csv")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.at(42).startsWith("I0000042,"));
    }

    void overlappingExtractSkipsKnownRows()
    {
        QTemporaryDir dir;
        sample::SampleGenerator::Options o;
        o.incidents = 400;
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("first")), o));
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("second")), o));
        // The second export differs only in its manifest: another extract of the same rows.
        QFile m(QDir(dir.filePath(QStringLiteral("second"))).filePath(QStringLiteral("manifest.json")));
        QVERIFY(m.open(QIODevice::ReadOnly));
        QByteArray manifest = m.readAll();
        m.close();
        manifest.replace("2025-12-31T23:00:00Z", "2026-01-31T23:00:00Z");
        test::writeFile(m.fileName(), manifest);
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        const ImportSummary first = importFile(*ws.value(), dir.filePath(QStringLiteral("first")));
        const qint64 incidents = ws.value()->count(QStringLiteral("incidents"));
        const ImportSummary second = importFile(*ws.value(), dir.filePath(QStringLiteral("second")));
        QVERIFY2(second.outcome == ImportSummary::Outcome::Imported, qPrintable(second.toText()));
        QCOMPARE(second.rowsImported, 0);
        QCOMPARE(second.rowsDuplicate, first.rowsImported);
        QCOMPARE(ws.value()->count(QStringLiteral("incidents")), incidents);
        QCOMPARE(ws.value()->count(QStringLiteral("extracts")), 2);
    }

    void keepGoingQuarantinesAndReportsPlaces()
    {
        QTemporaryDir dir;
        const QString x = dir.filePath(QStringLiteral("x"));
        sample::SampleGenerator::Options o;
        o.incidents = 50;
        QVERIFY(sample::SampleGenerator::write(x, o));
        QFile inc(QDir(x).filePath(QStringLiteral("incidents.csv")));
        QVERIFY(inc.open(QIODevice::Append));
        inc.write("I9999991,S1,2020-02-30,GBR,,,,,,,,,,,,\n");
        inc.write("I9999992,S9,2020,GBR,,,,,,,,,,,,\n");
        inc.write("I9999993,S1,2020,Narnia,,,,,,,,,,,,\n");
        inc.write("I9999994,S1,2020,GBR,,190,10,,,,,,,,,\n");
        inc.write("I9999995,S1,2020,GBR,,,,,smuggling,,,,,,,\n");
        inc.write("I0000001,S1,2020,GBR,,,,,,,,,,,,\n");
        inc.write("I9999996,S1,2020,GBR,,,,,,,,,,,,Z\n");
        inc.close();
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        ImportSummary s = importFile(*ws.value(), x);
        QCOMPARE(int(s.outcome), int(ImportSummary::Outcome::Rejected));
        QCOMPARE(ws.value()->count(QStringLiteral("incidents")), 0);
        QStringList got;
        for (const Error& e : s.problems)
            got << e.toString();
        QCOMPARE(got,
            (QStringList {
                "x/incidents.csv:52:13: \"2020-02-30\" is not a possible date (YYYY, YYYY-MM or YYYY-MM-DD, 1900 to "
                "this year)",
                "x/incidents.csv:53:10: unknown source_id \"S9\"",
                "x/incidents.csv:54:18: unknown country \"Narnia\"",
                "x/incidents.csv:55:23: longitude \"190\" is out of range (-180 to 180)",
                "x/incidents.csv:56:26: unknown exploitation type \"smuggling\" (expected sexual_exploitation, "
                "forced_labour, forced_criminality, domestic_servitude, forced_marriage, organ_removal, "
                "forced_military, slavery, other)",
                "x/incidents.csv:57:1: duplicate incident_id \"I0000001\" (first at line 2)",
                "x/incidents.csv:58:33: \"Z\" is not an information grade of the source's scheme uk_3x5x2",
            }));
        s = importFile(*ws.value(), x, true);
        QCOMPARE(int(s.outcome), int(ImportSummary::Outcome::Imported));
        QCOMPARE(s.rowsQuarantined, 7);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incidents"), 50);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM quarantine WHERE file = 'x/incidents.csv'"), 7);
    }
};

QTEST_GUILESS_MAIN(TestHubImport)
#include "tst_hubimport.moc"
