#include "analysis/analysiscontext.h"
#include "analysis/incidenttablemodel.h"
#include "core/taxonomy.h"
#include "ingest/importjob.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

using namespace waymark;

namespace {
/// The model loads on a worker thread; wait for its rows like a view would.
void waitLoaded(analysis::IncidentTableModel& model)
{
    QSignalSpy spy(&model, &analysis::IncidentTableModel::loaded);
    QVERIFY(spy.wait(10000));
}
} // namespace

class TestIncidentTableModel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("w.waymark"));
        // Incidents at each date precision, two types, two sources.
        test::writeFile(m_dir.filePath(QStringLiteral("x/manifest.json")),
            R"({"format":"waymark-hub-extract","format_version":"1.0","exported_at":"2025-01-01T00:00:00Z","hub":"t","handling":"OFFICIAL"})");
        test::writeFile(m_dir.filePath(QStringLiteral("x/sources.csv")),
            "source_id,name,kind,grading_scheme,source_grade\nS1,NGO,partner_case,uk_3x5x2,1\nS2,News,open_source,nato_"
            "admiralty,C\n");
        QByteArray rows = "incident_id,source_id,date,country,exploitation,victims\n";
        rows += "A,S1,2019,GBR,forced_labour,1\n"; // the whole of 2019
        rows += "B,S1,2019-06,GBR,sexual_exploitation,2\n"; // June 2019
        rows += "C,S2,2019-06-15,ITA,sexual_exploitation,1\n";
        rows += "D,S2,2020-01-02,ITA,forced_labour;forced_criminality,3\n";
        for (int i = 0; i < 700; ++i)
            rows += "N" + QByteArray::number(i) + ",S2,2021-03-0" + QByteArray::number(1 + i % 9)
                + ",ESP,domestic_servitude,1\n";
        test::writeFile(m_dir.filePath(QStringLiteral("x/incidents.csv")), rows);
        auto ws = store::Workspace::open(m_path);
        QVERIFY(ws);
        Feedback fb;
        QCOMPARE(int(ingest::ImportJob::run(*ws.value(), m_dir.filePath(QStringLiteral("x")), {}, fb).outcome),
            int(ingest::ImportSummary::Outcome::Imported));
    }

    void modelIsWellBehaved()
    {
        analysis::AnalysisContext ctx;
        QVERIFY(ctx.openWorkspace(m_path));
        analysis::IncidentTableModel model(&ctx);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), 704);
        QCOMPARE(model.totalCount(), 704);
        // Rows past the first page are fetched on demand.
        QCOMPARE(
            model.data(model.index(650, analysis::IncidentTableModel::Country)).toString(), QStringLiteral("Spain"));
        model.sort(analysis::IncidentTableModel::Victims, Qt::DescendingOrder);
        waitLoaded(model);
        QCOMPARE(model.data(model.index(0, analysis::IncidentTableModel::Id)).toString(), QStringLiteral("D"));
        QCOMPARE(model.data(model.index(0, analysis::IncidentTableModel::Exploitation)).toString(),
            QStringLiteral("Forced labour, Forced criminality"));
        QCOMPARE(model.data(model.index(0, analysis::IncidentTableModel::Provenance)).toString(),
            QStringLiteral("x/incidents.csv:5"));
    }

    void filterFollowsPrecision_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("ids");
        QTest::newRow("a day in June 2019")
            << QDate(2019, 6, 15) << QDate(2019, 6, 15) << QStringList { "A", "B", "C" };
        QTest::newRow("March 2019") << QDate(2019, 3, 1) << QDate(2019, 3, 31) << QStringList { "A" };
        QTest::newRow("first days of 2020") << QDate(2020, 1, 1) << QDate(2020, 1, 5) << QStringList { "D" };
        QTest::newRow("nothing") << QDate(2022, 1, 1) << QDate(2022, 12, 31) << QStringList {};
    }
    void filterFollowsPrecision()
    {
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, ids);
        analysis::AnalysisContext ctx;
        QVERIFY(ctx.openWorkspace(m_path));
        analysis::IncidentTableModel model(&ctx);
        waitLoaded(model);
        analysis::Filter f;
        f.dayFrom = from.toJulianDay();
        f.dayTo = to.toJulianDay();
        ctx.setFilter(f);
        waitLoaded(model);
        QStringList got;
        for (int r = 0; r < model.rowCount(); ++r)
            got << model.data(model.index(r, 0)).toString();
        QCOMPARE(got, ids);
    }

    void newerRequestSupersedesOlder()
    {
        analysis::AnalysisContext ctx;
        QVERIFY(ctx.openWorkspace(m_path));
        analysis::IncidentTableModel model(&ctx);
        QSignalSpy spy(&model, &analysis::IncidentTableModel::loaded);
        // Three filters in a row before the event loop runs: only the last counts.
        analysis::Filter f;
        f.exploitation = Taxonomy::ForcedLabour;
        ctx.setFilter(f);
        f.exploitation = Taxonomy::SexualExploitation;
        ctx.setFilter(f);
        ctx.setFilter(analysis::Filter());
        QTRY_VERIFY(!model.isLoading() && spy.count() >= 1);
        // Every older read returns and its result is delivered, to be dropped: it changes nothing.
        QVERIFY(jobPool()->waitForDone(60000));
        QCoreApplication::sendPostedEvents();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(model.rowCount(), 704);
    }

    void filterByTypeKindGradeAndPersistence()
    {
        {
            analysis::AnalysisContext ctx;
            QVERIFY(ctx.openWorkspace(m_path));
            analysis::IncidentTableModel model(&ctx);
            waitLoaded(model);
            QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
            analysis::Filter f;
            f.exploitation = Taxonomy::SexualExploitation;
            ctx.setFilter(f);
            waitLoaded(model);
            QCOMPARE(resets.count(), 1);
            QCOMPARE(model.rowCount(), 2);
            f.sourceKinds = QStringList { QStringLiteral("open_source") };
            ctx.setFilter(f);
            waitLoaded(model);
            QCOMPARE(model.rowCount(), 1);
            // Captions name the kind, not its code.
            QVERIFY2(f.describe().endsWith(QStringLiteral("Open sources")), qPrintable(f.describe()));
            f = analysis::Filter();
            f.sourceGrades = QStringList { QStringLiteral("1") };
            ctx.setFilter(f);
            waitLoaded(model);
            QCOMPARE(model.rowCount(), 2);
            QCOMPARE(f.describe(), QStringLiteral("grades 1"));
        }
        // The filter survives closing and reopening the workspace.
        analysis::AnalysisContext again;
        QVERIFY(again.openWorkspace(m_path));
        QCOMPARE(again.filter().sourceGrades, QStringList { QStringLiteral("1") });
        again.setFilter(analysis::Filter());
    }

    void selectionIsSortedAndUnique()
    {
        analysis::AnalysisContext ctx;
        QVERIFY(ctx.openWorkspace(m_path));
        QSignalSpy spy(&ctx, &analysis::AnalysisContext::selectionChanged);
        ctx.setSelection({ 5, 3, 5, 1 }, this);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<const QObject*>(), static_cast<const QObject*>(this));
        QCOMPARE(*ctx.selection(), (std::vector<qint64> { 1, 3, 5 }));
    }
};

QTEST_GUILESS_MAIN(TestIncidentTableModel)
#include "tst_incidenttablemodel.moc"
