#include "analysis/analysiscontext.h"
#include "chartexpander.h"
#include "chartpanel.h"
#include "ingest/importjob.h"
#include "linkchartview.h"
#include "mainwindow.h"
#include "moneyflowchart.h"
#include "network/graphrenderer.h"
#include "network/linkchart.h"
#include "network/moneyflow.h"
#include "pathpanel.h"
#include "sample/samplegenerator.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QFile>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
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

    // A chart drawn in Gephi opens as Gephi drew it: the file's places
    // (not laid out again), its colours, and its sizes.
    void gephiFileKeepsItsLook()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("g.waymark"));
        {
            auto ws = store::Workspace::open(path);
            Feedback fb;
            const auto s
                = ingest::ImportJob::run(*ws.value(), test::dataDir() + QStringLiteral("/network/gephi.gexf"), {}, fb);
            QVERIFY2(s.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(s.toText()));
        }
        ui::MainWindow w;
        w.resize(1300, 850);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openWorkspace(path));
        QTRY_VERIFY(!w.isChartLoading());
        auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
        tabs->setCurrentWidget(w.linkChartView()->parentWidget());
        QTRY_VERIFY(w.linkChartView()->isVisible());
        network::LinkChart* chart = w.linkChart();
        QCOMPARE(chart->visible().size(), 3);
        for (int v : chart->visible())
            QCOMPARE(chart->position(v), *chart->graph().nodes()[size_t(v)].position);
        // Marco left of his phone, the bar below him, as in the file (y down on screen).
        QVERIFY(chart->position(0).x() < chart->position(1).x());
        QVERIFY(chart->position(2).y() > chart->position(0).y());
        auto* sizeBy = w.findChild<QComboBox*>(QStringLiteral("chartSizeBy"));
        QCOMPARE(sizeBy->currentText(), QStringLiteral("Size: as in the file"));
        ui::LinkChartView* view = w.linkChartView();
        view->zoomToFit();
        const QImage shot = view->grab().toImage();
        int red = 0, green = 0, blue = 0;
        for (int y = 0; y < shot.height(); ++y) {
            for (int x = 0; x < shot.width(); ++x) {
                const QColor c = shot.pixelColor(x, y);
                red += c == QColor(230, 25, 75);
                green += c == QColor(60, 180, 75);
                blue += c == QColor(0x43, 0x63, 0xd8);
            }
        }
        QVERIFY2(
            red > 50 && green > 20 && blue > 20, qPrintable(QStringLiteral("%1 %2 %3").arg(red).arg(green).arg(blue)));
        // Drawn at the file's sizes: Marco (24.5) larger than his phone (10);
        // radius 4 + 10·√(size/largest) gives 14 and 10.4 pixels, areas 1.8 : 1.
        QVERIFY2(red > green * 3 / 2, qPrintable(QStringLiteral("%1 %2").arg(red).arg(green)));
        if (const QString shots = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR"); !shots.isEmpty())
            w.grab().save(shots + QStringLiteral("/gephi-chart.png"));
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
        QTRY_VERIFY(!w.isChartLoading()); // the chart is read in the background
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

    void pathsWindowGroupExport();
    void moneyFlowInTheChart();
    void bigExpansionOffTheGuiThread();
    void denseChartIsDrawn();

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
        QTRY_VERIFY(!w.isChartLoading()); // the chart is read in the background
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

void TestLinkChartView::pathsWindowGroupExport()
{
    // tests/data/graphs/paths-hub: A–B (Jan 2019), B–D (Mar 2019), A–C (2020,
    // weight 5), C–D (2018, weight 5), A's phone and account, X–Y apart.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.waymark"));
    {
        auto ws = store::Workspace::open(path);
        QVERIFY(ws);
        QCOMPARE(test::importFile(*ws.value(), test::dataDir() + QStringLiteral("/graphs/paths-hub")).outcome,
            ingest::ImportSummary::Outcome::Imported);
    }
    ui::MainWindow w;
    w.resize(1300, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkspace(path));
    QTRY_VERIFY(!w.isChartLoading()); // the chart is read in the background
    auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(w.linkChartView()->parentWidget());
    network::LinkChart* chart = w.linkChart();
    ui::LinkChartView* view = w.linkChartView();
    QTRY_VERIFY(view->isVisible());
    QHash<QString, int> n;
    for (size_t v = 0; v < chart->graph().nodes().size(); ++v)
        n.insert(chart->graph().nodes()[v].key, int(v));
    chart->show({ n[QStringLiteral("A")], n[QStringLiteral("D")] }, QStringLiteral("test"));
    view->zoomToFit();
    auto* panel = w.findChild<ui::PathPanel*>(QStringLiteral("pathPanel"));
    QVERIFY(panel);
    QVERIFY(!panel->isVisible());

    // Click A, Ctrl+click D, press S: the path is highlighted and listed.
    auto click = [&](int node, Qt::KeyboardModifiers mods) {
        QTest::mouseClick(view, Qt::LeftButton, mods, view->toScreen(chart->position(node)).toPoint());
    };
    click(n[QStringLiteral("A")], {});
    click(n[QStringLiteral("D")], Qt::ControlModifier);
    QCOMPARE(chart->selection(), (QSet<int> { n[QStringLiteral("A")], n[QStringLiteral("D")] }));
    QTest::keyClick(view, Qt::Key_S);
    QVERIFY(panel->isVisible());
    QCOMPARE(panel->hops().size(), 2);
    QCOMPARE(int(chart->path().size()), 3);
    for (int v : chart->path())
        QVERIFY(chart->visible().contains(v)); // the entities between are put on the chart
    // Strongest: along the heavy family and call links.
    QTest::keyClick(view, Qt::Key_W);
    QVERIFY2(panel->hops().join(QLatin1Char('|')).contains(QLatin1String("family")),
        qPrintable(panel->hops().join(QLatin1Char('|'))));
    QCOMPARE(chart->path()[1], n[QStringLiteral("C")]);
    // In time order: through B, with the dates of each hop.
    QTest::keyClick(view, Qt::Key_T);
    QCOMPARE(chart->path()[1], n[QStringLiteral("B")]);
    QVERIFY(panel->hops().value(0).contains(QLatin1String("2019-01-05")));
    QVERIFY(panel->hops().value(1).contains(QLatin1String("2019-03-01")));
    view->repaint();
    QCOMPARE(view->drawnLinks() > 0, true);
    const QImage withPath = view->grab().toImage();
    int orange = 0;
    for (int y = 0; y < withPath.height(); y += 2) {
        for (int x = 0; x < withPath.width(); x += 2) {
            const QColor c = withPath.pixelColor(x, y);
            orange += c.red() > 220 && c.green() > 120 && c.green() < 170 && c.blue() < 60;
        }
    }
    QVERIFY2(orange > 30, qPrintable(QString::number(orange)));
    if (const QString shots = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR"); !shots.isEmpty())
        w.grab().save(shots + QStringLiteral("/linkchart-path.png"));

    // No path to X: said plainly, nothing highlighted.
    chart->show({ n[QStringLiteral("X")] }, QStringLiteral("test"));
    chart->setSelection({ n[QStringLiteral("A")], n[QStringLiteral("X")] });
    QTest::keyClick(view, Qt::Key_S);
    QVERIFY2(panel->message().contains(QLatin1String("No chain of links")), qPrintable(panel->message()));
    QVERIFY(chart->path().empty());
    QCOMPARE(panel->hops().size(), 0);
    // One entity selected: asked for two.
    chart->setSelection({ n[QStringLiteral("A")] });
    QTest::keyClick(view, Qt::Key_T);
    QVERIFY(panel->message().contains(QLatin1String("two")));

    // The shared time window: 2019 only hides A–C and C–D; undated links stay.
    QSet<int> all;
    for (int v : std::as_const(n))
        all.insert(v);
    chart->show(all, QStringLiteral("everything"));
    view->repaint();
    const int before = view->drawnLinks();
    QCOMPARE(view->hiddenLinks(), 0);
    analysis::Filter f;
    f.dayFrom = QDate(2019, 1, 1).toJulianDay();
    f.dayTo = QDate(2019, 12, 31).toJulianDay();
    w.context()->setFilter(f, false);
    view->repaint();
    QCOMPARE(view->hiddenLinks(), 2);
    QCOMPARE(view->drawnLinks(), before - 2);
    auto* fade = w.findChild<QAction*>(QStringLiteral("actionFadeOutside"));
    QVERIFY(fade);
    fade->trigger();
    view->repaint();
    QCOMPARE(view->fadedLinks(), 2);
    QCOMPARE(view->hiddenLinks(), 0);
    // Paths keep to the window: the strongest path now runs through B.
    chart->setSelection({ n[QStringLiteral("A")], n[QStringLiteral("D")] });
    QTest::keyClick(view, Qt::Key_W);
    QCOMPARE(chart->path()[1], n[QStringLiteral("B")]);
    w.context()->setFilter(analysis::Filter(), false);
    QVERIFY(!chart->hasTimeWindow());

    // Collapse A's phone and account into it (C), group B and D (G); undo both.
    const QByteArray start = chart->toJson();
    chart->setSelection({ n[QStringLiteral("A")] });
    QTest::keyClick(view, Qt::Key_C);
    QCOMPARE(chart->foldedCount(n[QStringLiteral("A")]), 2);
    chart->setSelection({ n[QStringLiteral("B")], n[QStringLiteral("D")] });
    QTest::keyClick(view, Qt::Key_G);
    const int host = std::min(n[QStringLiteral("B")], n[QStringLiteral("D")]);
    QVERIFY(chart->isGroup(host));
    // The folded member is not drawn: no click finds it.
    const int member = std::max(n[QStringLiteral("B")], n[QStringLiteral("D")]);
    QVERIFY(view->nodeAt(view->toScreen(chart->position(member))) != member);

    // Exported as drawn: PNG and SVG, with the group's name and the caption.
    const QString png = dir.filePath(QStringLiteral("chart.png"));
    QVERIFY(figures::FigureWriter::write(png, view->snapshot(QStringLiteral("Ring chart, test"))));
    const QImage image(png);
    QCOMPARE(image.size(), QSize(1600, 1000));
    int coloured = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2)
            coloured += image.pixelColor(x, y).saturation() > 120;
    }
    QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));
    const QString svg = dir.filePath(QStringLiteral("chart.svg"));
    QVERIFY(figures::FigureWriter::write(svg, view->snapshot(QStringLiteral("Ring chart, test"))));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("Ring chart, test"));
    QVERIFY(text.contains("Group of 2"));
    QVERIFY(!text.contains("GB00TEST0001")); // the collapsed account is drawn as part of A
    view->repaint();
    if (const QString shots = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR"); !shots.isEmpty()) {
        w.grab().save(shots + QStringLiteral("/linkchart-group.png"));
        QFile::copy(png, shots + QStringLiteral("/linkchart-export.png"));
    }

    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(chart->toJson(), start);
}

void TestLinkChartView::moneyFlowInTheChart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.waymark"));
    QVERIFY(test::sampleWorkspace(dir.path(), path, 800, 2));
    ui::MainWindow w;
    w.resize(1300, 850);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkspace(path));
    QTRY_VERIFY(!w.isChartLoading()); // the chart is read in the background
    // A path listed beside the chart (as after S, W or T): it comes back with the chart.
    ui::ChartPanel* panel = w.chartPanel();
    panel->pathPanel()->show();
    auto* chartBar = panel->findChild<QToolBar*>(QStringLiteral("chartToolBar"));
    QVERIFY(chartBar && chartBar->isVisibleTo(panel));
    // From the Accounts tab's "Money flow…": the planted controller's account.
    w.showMoneyFlow(QStringLiteral("ACC-R1"));
    ui::MoneyFlowChart* money = w.moneyFlowChart();
    QVERIFY(!panel->pathPanel()->isVisibleTo(panel));
    QVERIFY(!chartBar->isVisibleTo(panel));
    // Asked again while it shows: what comes back stays what the chart showed.
    w.showMoneyFlow(QStringLiteral("ACC-R1"));
    auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget(), w.linkChartView()->parentWidget());
    QTRY_VERIFY(money->isVisible());
    QVERIFY(!w.linkChartView()->isVisible());
    network::LinkChart* chart = money->chart();
    const network::MoneyFlow* flow = money->flow();
    QVERIFY(flow);
    const int account = flow->indexOf(QStringLiteral("ACC-R1"));
    QVERIFY(account >= 0);
    // The account and the counterparties it moved the most money with; accounts only.
    QSet<int> all { account };
    for (const auto& f : flow->flows()) {
        if (f.from == account)
            all.insert(f.to);
        if (f.to == account)
            all.insert(f.from);
    }
    const QSet<int> counterparties = chart->visible();
    QVERIFY(counterparties.contains(account));
    QCOMPARE(counterparties.size(), std::min<int>(all.size(), ui::MoneyFlowChart::maxCounterparties + 1));
    QVERIFY(counterparties.size() > 3);
    for (int v : chart->visible())
        QCOMPARE(chart->graph().nodes()[size_t(v)].type, QStringLiteral("account"));
    // Links as wide as the money: the largest flow's link is drawn wide.
    int biggest = -1;
    for (int f = 0; f < int(flow->flows().size()); ++f) {
        const auto& fl = flow->flows()[size_t(f)];
        if ((fl.from == account || fl.to == account) && fl.from != fl.to
            && (biggest < 0 || fl.total > flow->flows()[size_t(biggest)].total))
            biggest = f;
    }
    QVERIFY(biggest >= 0);
    const auto& big = flow->flows()[size_t(biggest)];
    QVERIFY(counterparties.contains(big.from) && counterparties.contains(big.to));
    ui::LinkChartView* view = money->view();
    view->zoomToFit();
    view->repaint();
    QVERIFY(view->drawnLinks() >= counterparties.size() - 1);
    // Hovering the link tells the totals, the count and the first and last dates.
    const QPointF a = view->toScreen(chart->position(big.from)), b = view->toScreen(chart->position(big.to));
    QPointF mid;
    for (double t = 0.2; t < 0.8; t += 0.02) {
        mid = a + (b - a) * t;
        if (view->nodeAt(mid) < 0
            && view->linkAt(mid) == std::pair(std::min(big.from, big.to), std::max(big.from, big.to)))
            break;
    }
    const QString tip = view->toolTipAt(mid);
    QVERIFY2(tip.contains(QDate::fromJulianDay(big.firstDay).toString(Qt::ISODate))
            && tip.contains(QDate::fromJulianDay(big.lastDay).toString(Qt::ISODate))
            && tip.contains(QLatin1String("transfer")),
        qPrintable(tip));
    // The largest flow is drawn as a money arrow as wide as the largest
    // (9 pixels): a thick stroke of the money colour across the line.
    const QImage shot = view->grab().toImage();
    const QPointF dir2 = (b - a) / std::max(1.0, QLineF(a, b).length());
    const QPointF normal(-dir2.y(), dir2.x());
    const QColor moneyColour = network::GraphRenderer::moneyColour();
    int stroke = 0;
    for (int k = -12; k <= 12; ++k) {
        const QPoint at = (mid + normal * k).toPoint();
        if (shot.rect().contains(at)) {
            const QColor c = shot.pixelColor(at);
            stroke += std::abs(c.red() - moneyColour.red()) < 30 && std::abs(c.green() - moneyColour.green()) < 30
                && std::abs(c.blue() - moneyColour.blue()) < 30;
        }
    }
    QVERIFY2(stroke >= 6, qPrintable(QString::number(stroke)));
    // With an arrowhead at the payee's end: the money colour just short of its disc.
    {
        const QPointF payee = big.to == big.from ? b : view->toScreen(chart->position(big.to));
        const QPointF payer = view->toScreen(chart->position(big.from));
        const QPointF along = (payee - payer) / std::max(1.0, QLineF(payer, payee).length());
        int head = 0;
        for (double t = 8; t < 40; t += 1) {
            const QPoint at = (payee - along * t).toPoint();
            if (shot.rect().contains(at) && view->nodeAt(at) < 0) {
                const QColor c = shot.pixelColor(at);
                head += std::abs(c.green() - moneyColour.green()) < 30 && c.red() < 80;
            }
        }
        QVERIFY2(head >= 4, qPrintable(QString::number(head)));
    }
    if (const QString shots = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR"); !shots.isEmpty())
        w.grab().save(shots + QStringLiteral("/moneyflow-chart.png"));
    // Expanding from the account shows all its counterparties; undo takes it back.
    chart->setSelection({ account });
    QTest::keyClick(view, Qt::Key_E);
    QCOMPARE(chart->visible(), all);
    chart->undoStack()->undo();
    QCOMPARE(chart->visible(), counterparties);

    // Back to the link chart of entities.
    auto* bar = money->findChild<QToolBar*>(QStringLiteral("moneyFlowToolBar"));
    QVERIFY(bar);
    bar->actions().first()->trigger();
    QVERIFY(!money->isVisible());
    QVERIFY(w.linkChartView()->isVisible());
    QVERIFY(panel->pathPanel()->isVisibleTo(panel));
    QVERIFY(chartBar->isVisibleTo(panel));
    // An account without transfers: a message, the chart stays.
    // (No message box in a test: ask the chart directly.)
    QVERIFY(!money->showAccount(*w.context()->workspace(), QStringLiteral("NO-SUCH-ACCOUNT")));
}

void TestLinkChartView::bigExpansionOffTheGuiThread()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.waymark"));
    QVERIFY(test::sampleWorkspace(dir.path(), path, 15000)); // about 1,300 entities
    ui::MainWindow w;
    w.resize(1300, 850);
    w.show();
    QVERIFY(w.openWorkspace(path));
    QTRY_VERIFY(!w.isChartLoading()); // the chart is read in the background
    auto* tabs = w.findChild<QTabWidget*>(QStringLiteral("mainTabs"));
    tabs->setCurrentWidget(w.linkChartView()->parentWidget());
    network::LinkChart* chart = w.linkChart();
    ui::LinkChartView* view = w.linkChartView();
    QTRY_VERIFY(view->isVisible());
    // A chart of a few hundred entities the analyst has arranged.
    const network::Graph& g = chart->graph().graph();
    QSet<int> start;
    for (int v = 0; v < g.nodeCount() && start.size() < 320; ++v) {
        if (g.degree(v) > 0)
            start.insert(v);
    }
    chart->show(start, QStringLiteral("arranged"));
    // Expand from entities with neighbours off the chart.
    QSet<int> from;
    for (int v : chart->visible()) {
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1] && from.size() < 40; ++e) {
            if (!chart->visible().contains(g.targets()[size_t(e)]))
                from.insert(v);
        }
    }
    QVERIFY(!from.isEmpty());
    chart->setSelection(from);
    const QSet<int> fresh = chart->expansion(2);
    QVERIFY2(chart->visible().size() + fresh.size() >= ui::ChartExpander::syncLimit, "expansion too small to test");
    QHash<int, QPointF> before;
    for (int v : chart->visible())
        before.insert(v, chart->position(v));
    const int steps = chart->undoStack()->count();

    QTest::keyClick(view, Qt::Key_E, Qt::ShiftModifier); // two links
    // Not placed in the key press: the layout went to a worker thread.
    QCOMPARE(chart->undoStack()->count(), steps);
    bool responsive = false;
    QTimer::singleShot(0, [&] { responsive = true; });
    QTRY_VERIFY(responsive);
    // The chart stays usable meanwhile: a pan moves the view, not the chart.
    const double scale = view->scale();
    QTest::mousePress(view, Qt::LeftButton, {}, QPoint(5, 5));
    QTest::mouseMove(view, QPoint(40, 30));
    QTest::mouseRelease(view, Qt::LeftButton, {}, QPoint(40, 30));
    QCOMPARE(view->scale(), scale);
    QTRY_COMPARE_WITH_TIMEOUT(chart->undoStack()->count(), steps + 1, 60000);
    QCOMPARE(chart->visible(), QSet<int>(before.keyBegin(), before.keyEnd()) + fresh);
    // Nothing that was on the chart moved.
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QCOMPARE(chart->position(it.key()), it.value());
    // The new entities settled near what they are linked to.
    std::vector<double> gaps;
    for (int v : fresh) {
        double nearest = 1e300;
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
            const int w = g.targets()[size_t(e)];
            if (chart->visible().contains(w))
                nearest = std::min(nearest, QLineF(chart->position(v), chart->position(w)).length());
        }
        QVERIFY(!std::isnan(chart->position(v).x()));
        gaps.push_back(nearest);
    }
    std::sort(gaps.begin(), gaps.end());
    QVERIFY2(gaps[gaps.size() / 2] < 3.0, qPrintable(QString::number(gaps[gaps.size() / 2])));
    // One undo step takes the whole expansion back.
    chart->undoStack()->undo();
    QCOMPARE(chart->visible(), QSet<int>(before.keyBegin(), before.keyEnd()));
}

void TestLinkChartView::denseChartIsDrawn()
{
    // 2,000 entities, about 4,000 links: past the point where the view draws
    // its plain links straight into the background instead of through QPainter.
    std::vector<network::EntityNode> nodes;
    std::vector<network::EntityGraph::LinkRecord> links;
    const int n = 2000;
    for (int v = 0; v < n; ++v)
        nodes.push_back({ qint64(v) + 1, QStringLiteral("E%1").arg(v),
            v % 3 ? QStringLiteral("person") : QStringLiteral("phone"), QStringLiteral("Entity %1").arg(v) });
    quint64 state = 99;
    for (int v = 1; v < n; ++v) {
        for (int k = 0; k < 2; ++k) {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            links.push_back({ v, int((state >> 33) % quint64(v)), 1, QStringLiteral("associate"), QString() });
        }
    }
    network::LinkChart chart;
    chart.setGraph(network::EntityGraph::fromRecords(std::move(nodes), std::move(links)));
    QSet<int> all;
    for (int v = 0; v < n; ++v)
        all.insert(v);
    chart.show(all, QStringLiteral("all"));
    ui::LinkChartView view(&chart);
    view.resize(1000, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.zoomToFit();
    const QImage shot = view.grab().toImage();
    QVERIFY2(view.drawnLinks() >= 800, qPrintable(QString::number(view.drawnLinks())));
    int grey = 0, coloured = 0;
    for (int y = 0; y < shot.height(); ++y) {
        for (int x = 0; x < shot.width(); ++x) {
            const QColor c = shot.pixelColor(x, y);
            grey += c.saturation() < 20 && c.value() > 140 && c.value() < 200;
            coloured += c.saturation() > 120;
        }
    }
    QVERIFY2(grey > 2000, qPrintable(QString::number(grey)));
    QVERIFY2(coloured > 2000, qPrintable(QString::number(coloured)));
    // Zoomed far in and panned off to one side, nothing is drawn out of bounds.
    view.setView(400, QPointF(-5000, -3000));
    QVERIFY(!view.grab().toImage().isNull());
}

QTEST_MAIN(TestLinkChartView)
#include "tst_linkchartview.moc"
