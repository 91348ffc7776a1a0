#include "analysis/workspaceoverview.h"
#include "reports/reportstore.h"
#include "sample/ctdcgenerator.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

class TestWorkspaceOverview : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void overview()
    {
        QTemporaryDir dir;
        auto ws = test::sampleWorkspace(dir.path(), dir.filePath(QStringLiteral("w.waymark")), 800, 2);
        QVERIFY(ws);
        auto o = analysis::WorkspaceOverview::load(*ws);
        QVERIFY2(o, qPrintable(o.error().toString()));
        const auto& v = o.value();
        QCOMPARE(v.counts.first().table, QStringLiteral("incidents"));
        QCOMPARE(v.counts.first().rows, qint64(800));
        QVERIFY(v.firstDay && v.lastDay && *v.firstDay <= *v.lastDay);
        QCOMPARE(*v.firstDay, ws->scalar("SELECT min(day_from) FROM incidents"));
        QCOMPARE(v.undated, ws->scalar("SELECT count(*) FROM incidents WHERE day_from IS NULL"));
        qint64 incidents = 0;
        for (const auto& s : v.sources)
            incidents += s.incidents;
        QCOMPARE(incidents, qint64(800));
        QVERIFY(!v.extracts.isEmpty());
        const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        for (const auto& e : v.extracts)
            QVERIFY2(hex.match(e.sha256).hasMatch(), qPrintable(e.sha256));
        // What `waymark info` prints of each extract.
        QCOMPARE(v.extracts.first().id, ws->scalar("SELECT min(id) FROM extracts"));
        QCOMPARE(v.extracts.first().rowsRead, ws->scalar("SELECT rows_read FROM extracts ORDER BY id LIMIT 1"));
        QCOMPARE(
            v.extracts.first().rowsDuplicate, ws->scalar("SELECT rows_duplicate FROM extracts ORDER BY id LIMIT 1"));
        const QString html = v.toHtml();
        QVERIFY(html.contains(analysis::WorkspaceOverview::groupedHash(v.extracts.first().sha256)));
        QVERIFY(html.contains(v.extracts.first().fileName.toHtmlEscaped()));
        QVERIFY(v.recentReports.isEmpty());
        QVERIFY(html.contains(QStringLiteral("No reports yet")));
    }

    void saysWhatTheDataCanSupport()
    {
        // The hub sample (points, day dates) and a CTDC file (countries only,
        // years only, a bigger source): the mix the bundled sample has.
        QTemporaryDir dir;
        auto ws = test::sampleWorkspace(dir.path(), dir.filePath(QStringLiteral("w.waymark")), 400, 2);
        QVERIFY(ws);
        sample::CtdcGenerator::Options c;
        c.rows = 3000;
        const QString ctdc = dir.filePath(QStringLiteral("ctdc.csv"));
        QVERIFY(sample::CtdcGenerator::write(ctdc, c));
        QCOMPARE(test::importFile(*ws, ctdc).outcome, ingest::ImportSummary::Outcome::Imported);
        auto o = analysis::WorkspaceOverview::load(*ws);
        QVERIFY2(o, qPrintable(o.error().toString()));
        const auto& v = o.value();
        qint64 incidents = 0;
        for (const auto& cov : v.coverage) {
            incidents += cov.incidents;
            QVERIFY(cov.located <= cov.incidents && cov.dayDated <= cov.incidents);
        }
        QCOMPARE(incidents, ws->scalar("SELECT count(*) FROM incidents"));
        QCOMPARE(v.coverage.front().located, qint64(0)); // CTDC, the largest, is placed to countries only
        QCOMPARE(v.coverage.front().source, QStringLiteral("CTDC Global Synthetic Dataset"));
        const QString cautions = v.cautions().join(QLatin1Char('\n'));
        QVERIFY2(cautions.contains(QStringLiteral("A reporting concentration")), qPrintable(cautions));
        QVERIFY2(cautions.contains(QStringLiteral("locate none of their incidents to a point")), qPrintable(cautions));
        QVERIFY2(cautions.contains(QStringLiteral("dated only to a month or a year")), qPrintable(cautions));
        const QString html = v.toHtml();
        QVERIFY(html.contains(QStringLiteral("What the data can support")));
        QVERIFY(html.contains(QStringLiteral("Partner case data"))); // the kind's name, not its code
        QVERIFY(!html.contains(QStringLiteral("partner_case")));
    }

    void lastReportsEdited()
    {
        QTemporaryDir dir;
        auto opened = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(opened);
        store::Workspace& ws = *opened.value();
        reports::ReportStore store(ws);
        std::vector<reports::ReportDocument> docs;
        for (int k = 1; k <= 7; ++k) {
            auto doc = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::StandardKjr);
            doc.title = QStringLiteral("Report %1 <draft>").arg(k);
            QVERIFY(store.create(doc));
            docs.push_back(doc);
            QTest::qSleep(3); // distinct times, to the millisecond
        }
        // Report 2 saved again, then report 3 edited but only autosaved.
        QVERIFY(store.save(docs[1]));
        QTest::qSleep(3);
        docs[2].title = QStringLiteral("Report 3, edited");
        QVERIFY(store.autosave(docs[2]));

        auto o = analysis::WorkspaceOverview::load(ws);
        QVERIFY(o);
        const auto& recent = o.value().recentReports;
        QCOMPARE(recent.size(), analysis::WorkspaceOverview::recentReportCount);
        QList<qint64> ids;
        for (const auto& r : recent)
            ids << r.id;
        QCOMPARE(ids, (QList<qint64> { docs[2].id, docs[1].id, docs[6].id, docs[5].id, docs[4].id }));
        QVERIFY(recent[0].unsavedChanges);
        QCOMPARE(recent[0].version, 1);
        QCOMPARE(recent[0].title, QStringLiteral("Report 3 <draft>")); // the saved title
        QVERIFY(!recent[1].unsavedChanges);
        QCOMPARE(recent[1].version, 2);
        QVERIFY(!recent[1].savedBy.isEmpty());
        QVERIFY(recent[0].editedAt > recent[1].editedAt);
        // In the page: each a link to open it, its title escaped, when and by whom.
        const QString html = o.value().toHtml();
        QVERIFY(html.contains(QStringLiteral("Reports last edited")));
        QVERIFY(html.contains(QStringLiteral("<a href=\"report:%1\">Report 2 &lt;draft&gt;</a>").arg(docs[1].id)));
        QVERIFY(html.contains(recent[1].savedBy.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("unsaved changes")));
        QVERIFY(!html.contains(QStringLiteral("report:%1\"").arg(docs[0].id)));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceOverview)
#include "tst_workspaceoverview.moc"
