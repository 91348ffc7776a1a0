#include "analysis/analysiscontext.h"
#include "linkchartview.h"
#include "mainwindow.h"
#include "network/linkchart.h"
#include "reporteditor.h"
#include "store/workspace.h"
#include "tabwalk.h"
#include "testutil.h"
#include "timelineview.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QDockWidget>
#include <QSet>
#include <QSettings>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace waymark;

/// Issue 18 §5: with the keyboard alone, Tab reaches every control of every
/// tab (and the docks), and each control has a name for a screen reader.
class TestKeyboard : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_keyboard"));
        QSettings().clear();
        m_workspace = m_dir.filePath(QStringLiteral("keys.waymark"));
        QVERIFY(test::sampleWorkspace(m_dir.path(), m_workspace, 300));
    }

    void tabReachesEveryControl_data()
    {
        QTest::addColumn<int>("tab");
        for (int i = 0; i < 5; ++i)
            QTest::newRow(qPrintable(QStringLiteral("tab %1").arg(i))) << i;
    }

    void tabReachesEveryControl()
    {
        QFETCH(int, tab);
        ui::MainWindow w;
        QVERIFY(w.openWorkspace(m_workspace));
        // The Reports tab with a report open, so its fields are enabled.
        QVERIFY(w.reportEditor()->newReport(reports::ReportDocument::Template::StandardKjr));
        w.resize(1366, 768);
        w.show();
        QApplication::setActiveWindow(&w);
        QVERIFY(QTest::qWaitForWindowActive(&w));
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        QVERIFY(tabs);
        // Choose the tab as a user would: Ctrl+Page Down from the tab bar.
        tabs->tabBar()->setFocus();
        for (int i = 0; i < tab; ++i)
            QTest::keyClick(tabs->tabBar(), Qt::Key_Right);
        QCOMPARE(tabs->currentIndex(), tab);
        QTest::qWait(50);

        // Walk with Tab until focus comes back round.
        QVERIFY(QApplication::focusWidget());
        const test::TabWalk walk = test::walkWithTab(&w);
        const QStringList& missed = walk.missed;
        const QStringList& unnamed = walk.unnamed;
        QVERIFY2(missed.isEmpty(), qPrintable(QStringLiteral("Tab never reaches:\n") + missed.join(QLatin1Char('\n'))));
        QVERIFY2(
            unnamed.isEmpty(), qPrintable(QStringLiteral("no accessible name:\n") + unnamed.join(QLatin1Char('\n'))));
    }

    /// The link chart moves between entities with the arrow keys.
    void arrowsMoveBetweenEntities()
    {
        ui::MainWindow w;
        QVERIFY(w.openWorkspace(m_workspace));
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentIndex(2);
        QTRY_VERIFY(!w.isChartLoading()); // the chart is read in the background
        network::LinkChart* chart = w.linkChart();
        QTRY_VERIFY(chart->visible().size() >= 3);
        ui::LinkChartView* view = w.linkChartView();
        view->setFocus();
        chart->setSelection({});
        QTest::keyClick(view, Qt::Key_Right); // none selected: the one nearest the middle
        QCOMPARE(chart->selection().size(), 1);
        for (const auto& [key, forward] :
            { std::pair { Qt::Key_Right, QPointF(1, 0) }, std::pair { Qt::Key_Left, QPointF(-1, 0) },
                std::pair { Qt::Key_Down, QPointF(0, 1) }, std::pair { Qt::Key_Up, QPointF(0, -1) } }) {
            const int before = *chart->selection().begin();
            const QPointF at = view->toScreen(chart->position(before));
            // Is there an entity that way at all?
            bool any = false;
            for (int v : chart->visible())
                any |= v != before && QPointF::dotProduct(view->toScreen(chart->position(v)) - at, forward) > 0;
            QTest::keyClick(view, key);
            QCOMPARE(chart->selection().size(), 1);
            const int after = *chart->selection().begin();
            if (!any) {
                QCOMPARE(after, before);
                continue;
            }
            QVERIFY(after != before);
            QVERIFY(QPointF::dotProduct(view->toScreen(chart->position(after)) - at, forward) > 0);
        }
    }

    /// A high-contrast palette of the desktop is followed where the link chart
    /// draws its own background and text: the background is the palette's
    /// base colour, and the chart's darkest and lightest pixels are its text and base.
    void linkChartFollowsAHighContrastPalette()
    {
        ui::MainWindow w;
        QVERIFY(w.openWorkspace(m_workspace));
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        w.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentIndex(2);
        QTRY_VERIFY(!w.isChartLoading());
        QTRY_VERIFY(w.linkChart()->visible().size() >= 3);
        ui::LinkChartView* view = w.linkChartView();
        QPalette dark = view->palette();
        dark.setColor(QPalette::Base, Qt::black);
        dark.setColor(QPalette::Text, Qt::yellow);
        dark.setColor(QPalette::Window, Qt::black);
        dark.setColor(QPalette::WindowText, Qt::yellow);
        view->setPalette(dark);
        const QImage shot = view->grab().toImage();
        QCOMPARE(shot.pixelColor(2, 2), QColor(Qt::black));
        // Labels are drawn in the palette's text colour: yellow pixels on the chart.
        int yellow = 0;
        for (int y = 0; y < shot.height(); y += 1)
            for (int x = 0; x < shot.width(); x += 1)
                yellow += shot.pixelColor(x, y) == QColor(Qt::yellow);
        QVERIFY2(yellow > 20, qPrintable(QString::number(yellow)));
        if (const QString shots = qEnvironmentVariable("WAYMARK_TEST_SHOTS"); !shots.isEmpty())
            shot.save(shots + QStringLiteral("/linkchart-dark.png"));
    }

    /// The timeline brushes the shared time window with Shift+arrows.
    void shiftArrowsBrushTheTimeline()
    {
        ui::MainWindow w;
        QVERIFY(w.openWorkspace(m_workspace));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* timeline = w.findChild<ui::TimelineView*>(QStringLiteral("timelineView"));
        QVERIFY(timeline);
        QTRY_VERIFY(timeline->bins().binCount() > 3);
        const analysis::TimeBins& bins = timeline->bins();
        auto* plot = timeline->findChild<QWidget*>(QStringLiteral("timelinePlot"));
        QVERIFY(plot && (plot->focusPolicy() & Qt::TabFocus));
        plot->setFocus();
        QTest::keyClick(plot, Qt::Key_Right, Qt::ShiftModifier); // no window yet: the first interval
        QCOMPARE(w.context()->filter().dayFrom.value_or(0), bins.binStart(0));
        QCOMPARE(w.context()->filter().dayTo.value_or(0), bins.binLast(0));
        QTest::keyClick(plot, Qt::Key_Right, Qt::ShiftModifier);
        QTest::keyClick(plot, Qt::Key_Right, Qt::ShiftModifier);
        QCOMPARE(w.context()->filter().dayFrom.value_or(0), bins.binStart(0));
        QCOMPARE(w.context()->filter().dayTo.value_or(0), bins.binLast(2));
        QTest::keyClick(plot, Qt::Key_Left, Qt::ShiftModifier);
        QCOMPARE(w.context()->filter().dayTo.value_or(0), bins.binLast(1));
        QTest::keyClick(plot, Qt::Key_Escape);
        QVERIFY(!w.context()->filter().dayFrom);
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
