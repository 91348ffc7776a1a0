#include "analysis/analysiscontext.h"
#include "linkchartview.h"
#include "mainwindow.h"
#include "mergereviewdialog.h"
#include "network/entityresolution.h"
#include "network/linkchart.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAction>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace waymark;

class TestMergeReviewDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mergereviewdialog"));
        QSettings().clear();
    }

    void acceptRejectUndo()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(test::sampleWorkspace(dir.path(), path, 600));
        ui::MainWindow w;
        w.resize(1300, 850);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openWorkspace(path));
        QTRY_VERIFY(!w.isChartLoading()); // the chart is read in the background
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(w.linkChartView()->parentWidget());
        network::LinkChart* chart = w.linkChart();
        store::Workspace& ws = *w.context()->workspace();
        const auto edgesBefore = test::edgesOf(chart->graph());

        auto* review = w.findChild<QAction*>(QStringLiteral("actionReviewMerges"));
        QVERIFY(review);
        review->trigger();
        auto* dialog = w.findChild<ui::MergeReviewDialog*>(QStringLiteral("mergeReviewDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("mergeSuggestions"));
        auto* accept = dialog->findChild<QPushButton*>(QStringLiteral("acceptMerge"));
        auto* reject = dialog->findChild<QPushButton*>(QStringLiteral("rejectMerge"));
        auto* undo = dialog->findChild<QPushButton*>(QStringLiteral("undoMerge"));
        auto* redo = dialog->findChild<QPushButton*>(QStringLiteral("redoMerge"));
        QVERIFY(table && accept && reject && undo && redo);
        const int count = dialog->suggestionCount();
        QVERIFY2(count >= 2, qPrintable(QString::number(count)));
        QCOMPARE(table->rowCount(), count);
        QVERIFY(!accept->isEnabled()); // nothing chosen yet
        QVERIFY(!undo->isEnabled());
        // Score and reasons are shown for each.
        QVERIFY(!table->item(0, 0)->text().isEmpty());
        QVERIFY(!table->item(0, 3)->text().isEmpty());

        // Accept the planted leader's double record (same date of birth).
        int row = -1;
        for (int r = 0; r < count && row < 0; ++r) {
            if (table->item(r, 3)->text().contains(QLatin1String("date of birth")))
                row = r;
        }
        QVERIFY(row >= 0);
        const network::MergeSuggestion picked = dialog->suggestions()[size_t(row)];
        const int merged = chart->graph().indexOf(picked.merge), kept = chart->graph().indexOf(picked.keep);
        // Put the record to be merged on the chart, where the analyst sees it.
        chart->show({ merged }, QStringLiteral("test"));
        const QPointF where = chart->position(merged);
        const bool keptShown = chart->visible().contains(kept);
        QSignalSpy changed(dialog, &ui::MergeReviewDialog::mergesChanged);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(row, 1)).center());
        QVERIFY(accept->isEnabled());
        QTest::mouseClick(accept, Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(network::EntityResolution::activeMerges(ws).value(picked.merge), picked.keep);
        QCOMPARE(dialog->suggestionCount(), count - 1);
        // The chart follows: the merged record gives its place to the kept one.
        QCOMPARE(chart->graph().mergedInto().value(merged), kept);
        QVERIFY(!chart->visible().contains(merged));
        QVERIFY(chart->visible().contains(kept));
        if (!keptShown)
            QCOMPARE(chart->position(kept), where);
        QVERIFY(test::edgesOf(chart->graph()) != edgesBefore);
        if (const QString shots = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/mergereview.png"));

        // Undo: the merge is taken back, the graph is exactly as before.
        QVERIFY(undo->isEnabled());
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(changed.count(), 2);
        QVERIFY(network::EntityResolution::activeMerges(ws).isEmpty());
        QCOMPARE(dialog->suggestionCount(), count);
        QVERIFY(chart->graph().mergedInto().isEmpty());
        QVERIFY(test::edgesOf(chart->graph()) == edgesBefore);
        // Redo merges again.
        QTest::mouseClick(redo, Qt::LeftButton);
        QCOMPARE(network::EntityResolution::activeMerges(ws).size(), 1);
        dialog->undoStack()->undo();
        QVERIFY(network::EntityResolution::activeMerges(ws).isEmpty());

        // Reject another: it leaves the list, nothing is merged, and undo brings it back.
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualItemRect(table->item(0, 1)).center());
        QTest::mouseClick(reject, Qt::LeftButton);
        QCOMPARE(dialog->suggestionCount(), count - 1);
        QVERIFY(network::EntityResolution::activeMerges(ws).isEmpty());
        QCOMPARE(changed.count(), 4); // the redo and undo above; a rejection changes no graph
        QTest::mouseClick(undo, Qt::LeftButton);
        QCOMPARE(dialog->suggestionCount(), count);

        // Nothing chosen: a reason, no decision.
        QVERIFY(!dialog->decide(-1, true));
        QVERIFY(dialog->message().contains(QLatin1String("Choose")));
    }
};

QTEST_MAIN(TestMergeReviewDialog)
#include "tst_mergereviewdialog.moc"
