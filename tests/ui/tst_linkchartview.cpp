#include "analysis/analysiscontext.h"
#include "ingest/importjob.h"
#include "linkchartview.h"
#include "mainwindow.h"
#include "network/linkchart.h"
#include "sample/samplegenerator.h"
#include "store/workspace.h"

#include <QComboBox>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace waymark;

class TestLinkChartView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_linkchartview"));
        QSettings().clear();
    }

    void expandDragUndo()
    {
        QTemporaryDir dir;
        sample::SampleGenerator::Options o;
        o.incidents = 1000;
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("x")), o));
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        {
            auto ws = store::Workspace::open(path);
            Feedback fb;
            ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("x")), {}, fb);
        }
        ui::MainWindow w;
        w.resize(1300, 850);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Opened while the chart tab is hidden; shown later, it still fills the view.
        QVERIFY(w.openWorkspace(path));
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(w.linkChartView()->parentWidget());
        QTRY_VERIFY(w.linkChartView()->isVisible());
        network::LinkChart* chart = w.linkChart();
        ui::LinkChartView* view = w.linkChartView();
        // The chart opens on the key actors and what they touch.
        const int start = chart->visible().size();
        QVERIFY2(start >= 5, qPrintable(QString::number(start)));
        QCOMPARE(chart->undoStack()->count(), 0);
        {
            QRectF drawn;
            for (int v : chart->visible())
                drawn |= QRectF(w.linkChartView()->toScreen(chart->position(v)), QSizeF(1, 1));
            QVERIFY2(drawn.width() > w.linkChartView()->width() / 2 || drawn.height() > w.linkChartView()->height() / 2,
                qPrintable(QStringLiteral("%1x%2").arg(drawn.width()).arg(drawn.height())));
        }

        // Click an entity: it is selected.
        const int node = *std::min_element(chart->visible().begin(), chart->visible().end());
        const QPoint at = view->toScreen(chart->position(node)).toPoint();
        QCOMPARE(view->nodeAt(at), node);
        QTest::mouseClick(view, Qt::LeftButton, {}, at);
        QCOMPARE(chart->selection(), QSet<int> { node });

        // E expands by one link.
        QTest::keyClick(view, Qt::Key_E);
        QVERIFY(chart->visible().size() >= start);
        const int expanded = chart->visible().size();

        // Drag it somewhere else: it moves, is pinned, and one undo step puts it back.
        const QPointF before = chart->position(node);
        const QPoint to = at + QPoint(120, 60);
        QTest::mousePress(view, Qt::LeftButton, {}, at);
        QTest::mouseMove(view, at + QPoint(40, 20));
        QTest::mouseMove(view, to);
        QTest::mouseRelease(view, Qt::LeftButton, {}, to);
        QVERIFY(QLineF(view->toScreen(chart->position(node)), to).length() < 2);
        QVERIFY(chart->isPinned(node));
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(chart->position(node), before);
        QVERIFY(!chart->isPinned(node));
        // Redo, then undo twice: the drag and then the expansion are gone.
        QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(chart->isPinned(node));
        chart->undoStack()->undo();
        chart->undoStack()->undo();
        QCOMPARE(chart->visible().size(), start);
        QVERIFY(expanded >= start);

        // Hide takes the selection off, and the wheel zooms about the cursor.
        chart->setSelection({ node });
        QTest::keyClick(view, Qt::Key_Delete);
        QVERIFY(!chart->visible().contains(node));
        const double scale = view->scale();
        const QPointF under = view->toChart(QPointF(300, 200));
        QWheelEvent wheel(QPointF(300, 200), view->mapToGlobal(QPointF(300, 200)), QPoint(), QPoint(0, 240),
            Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(view, &wheel);
        QVERIFY(view->scale() > scale);
        QVERIFY(QLineF(view->toChart(QPointF(300, 200)), under).length() < 1e-6);

        // Saved by name, opened again as it was.
        const QByteArray saved = chart->toJson();
        QVERIFY(chart->saveAs(*w.context()->workspace(), QStringLiteral("ring A")));
        chart->hide(chart->visible());
        QCOMPARE(chart->visible().size(), 0);
        QCOMPARE(chart->open(*w.context()->workspace(), QStringLiteral("ring A")).value(), 0);
        QCOMPARE(chart->toJson(), saved);

        // Size by betweenness: the brokers grow.
        auto* sizeBy = w.findChild<QComboBox*>(QStringLiteral("chartSizeBy"));
        QVERIFY(sizeBy);
        sizeBy->setCurrentIndex(1);

        // What the analyst sees: entities drawn in their colours.
        view->zoomToFit();
        const QImage shot = view->grab().toImage();
        if (const QString shots = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR"); !shots.isEmpty())
            w.grab().save(shots + QStringLiteral("/linkchart.png"));
        int coloured = 0;
        for (int y = 0; y < shot.height(); y += 2) {
            for (int x = 0; x < shot.width(); x += 2) {
                const QColor c = shot.pixelColor(x, y);
                coloured += c.saturation() > 120;
            }
        }
        QVERIFY2(coloured > 100, qPrintable(QString::number(coloured)));
    }

    void bigChartLaysOutOffTheGuiThread()
    {
        QTemporaryDir dir;
        sample::SampleGenerator::Options o;
        o.incidents = 15000; // about 1,300 entities
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("x")), o));
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        {
            auto ws = store::Workspace::open(path);
            Feedback fb;
            ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("x")), {}, fb);
        }
        ui::MainWindow w;
        w.show();
        QVERIFY(w.openWorkspace(path));
        network::LinkChart* chart = w.linkChart();
        QSet<int> all;
        for (int v = 0; v < chart->graph().graph().nodeCount(); ++v)
            all.insert(v);
        chart->show(all, QStringLiteral("everything"));
        QVERIFY(chart->visible().size() >= 400);
        const int steps = chart->undoStack()->count();
        const QByteArray before = chart->toJson();
        QTest::keyClick(w.linkChartView(), Qt::Key_L);
        // Not laid out in the key press: the work went to a worker thread.
        QCOMPARE(chart->undoStack()->count(), steps);
        // The window is not blocked: events run while the layout does.
        bool responsive = false;
        QTimer::singleShot(0, [&] { responsive = true; });
        QTRY_VERIFY(responsive);
        QTRY_COMPARE_WITH_TIMEOUT(chart->undoStack()->count(), steps + 1, 60000);
        QVERIFY(chart->toJson() != before);
        chart->undoStack()->undo();
        QCOMPARE(chart->toJson(), before);
    }
};

QTEST_MAIN(TestLinkChartView)
#include "tst_linkchartview.moc"
