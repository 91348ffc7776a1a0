#include "analysis/workspaceoverview.h"
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
        const QString html = v.toHtml();
        QVERIFY(html.contains(v.extracts.first().sha256));
        QVERIFY(html.contains(v.extracts.first().fileName.toHtmlEscaped()));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceOverview)
#include "tst_workspaceoverview.moc"
