#include "analysis/analysiscontext.h"
#include "analysis/incidentsnapshot.h"
#include "analysis/incidenttablemodel.h"
#include "customplot.h"
#include "geo/greatcircle.h"
#include "mainwindow.h"
#include "map/mapmodel.h"
#include "map/maprenderer.h"
#include "map/pointclusters.h"
#include "map/routeflows.h"
#include "mappanel.h"
#include "mapview.h"
#include "network/entitygraph.h"
#include "network/linkchart.h"
#include "releasabilitydialog.h"
#include "routechartview.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAccessible>
#include <QAction>
#include <QDate>
#include <QItemSelectionModel>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace waymark;

class TestMapView : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;

    ui::MapPanel* panel() const { return m_window->mapPanel(); }
    ui::MapView* view() const { return panel()->view(); }
    map::MapModel* model() const { return panel()->model(); }

    /// The largest cluster bubble on screen.
    const map::PointCluster* biggestCluster() const
    {
        const map::MapViewport& v = view()->viewport();
        const int level = map::PointClusters::levelForZoom(v.zoom());
        const map::PointCluster* best = nullptr;
        for (const map::PointCluster* c : model()->renderer().clusters()->query(level, v.visibleWorld())) {
            if (!best || c->count > best->count)
                best = c;
        }
        return best;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mapview"));
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(test::sampleWorkspace(m_dir.path(), m_path, 1500, 3));
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openWorkspace(m_path));
        QTRY_VERIFY(!m_window->isChartLoading()); // the chart is read in the background
        m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(panel());
        QTRY_VERIFY(view()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(model()->snapshot() && !model()->isLoading(), 10000);
        QTRY_VERIFY(model()->renderer().clusters());
    }

    void opensOnTheData()
    {
        // Fitted to the located incidents: every one of them is in view.
        const QRectF data = model()->dataBounds();
        QVERIFY(!data.isNull());
        QVERIFY(view()->viewport().visibleWorld().contains(data));
        QCOMPARE(
            model()->counts().inWindow, m_window->context()->workspace()->scalar("SELECT count(*) FROM incidents"));
        const auto c = model()->counts();
        QCOMPARE(c.points + c.countryOnly + c.nowhere, c.inWindow);
        QCOMPARE(qint64(model()->unplacedIncidentIds().size()), c.countryOnly + c.nowhere);
    }

    void wheelZoomsAboutTheCursor()
    {
        const QPointF at(300, 200);
        const map::MapViewport before = view()->viewport();
        const QPointF ground = before.screenToWorld(at);
        QWheelEvent wheel(at, view()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QApplication::sendEvent(view(), &wheel);
        QCOMPARE(view()->viewport().zoom(), before.zoom() + 0.5);
        const QPointF after = view()->viewport().screenToWorld(at);
        QVERIFY(std::abs(after.x() - ground.x()) < 1e-12 && std::abs(after.y() - ground.y()) < 1e-12);
        view()->setViewport(before);
    }

    void dragPans()
    {
        const map::MapViewport before = view()->viewport();
        QTest::mousePress(view(), Qt::LeftButton, Qt::NoModifier, QPoint(400, 300));
        QTest::mouseMove(view(), QPoint(450, 320));
        QTest::mouseMove(view(), QPoint(500, 350));
        QTest::mouseRelease(view(), Qt::LeftButton, Qt::NoModifier, QPoint(500, 350));
        const QPointF moved = (before.centre() - view()->viewport().centre()) * before.worldPixels();
        QVERIFY2(std::abs(moved.x() - 100) < 1e-6 && std::abs(moved.y() - 50) < 1e-6,
            qPrintable(QStringLiteral("%1,%2").arg(moved.x()).arg(moved.y())));
        view()->setViewport(before);
        // Keys pan too.
        QTest::keyClick(view(), Qt::Key_Left);
        QVERIFY(view()->viewport().centre().x() < before.centre().x());
        view()->setViewport(before);
    }

    void lassoSelectsIntoTheSharedContextAndTheTable()
    {
        const map::PointCluster* c = biggestCluster();
        QVERIFY(c && c->count > 1);
        const QPointF centre = view()->viewport().worldToScreen(QPointF(c->x, c->y));
        // A diamond around the bubble, drawn with Ctrl held.
        const double r = 40;
        const QList<QPointF> corners { centre + QPointF(0, -r), centre + QPointF(r, 0), centre + QPointF(0, r),
            centre + QPointF(-r, 0), centre + QPointF(0, -r) };
        QTest::mousePress(view(), Qt::LeftButton, Qt::ControlModifier, corners[0].toPoint());
        for (const QPointF& p : corners)
            QTest::mouseMove(view(), p.toPoint());
        QCOMPARE(view()->lasso().size(), 6);
        QTest::mouseRelease(view(), Qt::LeftButton, Qt::ControlModifier, corners.last().toPoint());
        QPolygonF world;
        for (const QPointF& p : corners.mid(0, 4))
            world << view()->viewport().screenToWorld(p.toPoint());
        const std::vector<qint64> expected = model()->incidentsIn(world);
        QVERIFY(!expected.empty());
        const auto selection = m_window->context()->selection();
        QVERIFY(selection);
        QCOMPARE(*selection, expected);
        QCOMPARE(model()->counts().selected, qint64(expected.size()));
        // The incidents table shows the same set selected.
        QTRY_COMPARE(
            qobject_cast<analysis::IncidentTableModel*>(m_window->incidentsView()->model())->selectedRowCount(),
            qint64(expected.size()));
        // The bubble draws the selection ring: its cluster counts them.
        QVERIFY(biggestCluster()->selected > 0);
        QTest::keyClick(view(), Qt::Key_Escape);
        QVERIFY(m_window->context()->selection()->empty());
    }

    void tableSelectionShowsOnTheMap()
    {
        QTableView* table = m_window->incidentsView();
        QTRY_VERIFY(table->model()->rowCount() > 20);
        table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(9, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QCOMPARE(model()->counts().selected, qint64(10));
        int onMap = 0;
        for (const map::PointCluster& c : model()->renderer().clusters()->level(0))
            onMap += c.selected;
        // The located ones of the ten are ringed; the rest are counted, not drawn.
        QCOMPARE(qint64(onMap),
            qint64(model()->renderer().clusters()->selected().size())
                - qint64(std::count_if(model()->renderer().clusters()->selected().begin(),
                    model()->renderer().clusters()->selected().end(),
                    [&](quint32 i) { return i >= model()->snapshot()->pointCount; })));
        table->clearSelection();
    }

    void clickingAClusterExpandsIt()
    {
        const map::PointCluster* c = biggestCluster();
        QVERIFY(c && c->count > 1);
        const double zoom = view()->viewport().zoom();
        const QPoint at = view()->viewport().worldToScreen(QPointF(c->x, c->y)).toPoint();
        QTest::mouseClick(view(), Qt::LeftButton, Qt::NoModifier, at);
        QVERIFY(view()->viewport().zoom() >= zoom + 1);
        QTest::keyClick(view(), Qt::Key_Home);
        QCOMPARE(view()->viewport().zoom(), zoom);
    }

    /// Issue 18 §5: a focus ring moves between the bubbles from the keyboard
    /// (N / Shift+N in reading order, Ctrl+arrows by direction), Enter acts as
    /// a click, Escape clears; each move is announced through the accessible name.
    void keyboardMovesAFocusRingBetweenClusters()
    {
        const map::MapViewport before = view()->viewport();
        QApplication::setActiveWindow(m_window.get());
        view()->setFocus();
        QTRY_VERIFY(view()->hasFocus());
        // What a screen reader reads (the events that tell it to read again are
        // sent only when an accessibility bridge is active, which offscreen it is not).
        const auto spoken = [this] {
            QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(view());
            return iface ? iface->text(QAccessible::Name) : QString();
        };
        const auto onScreen = [this] {
            std::vector<map::ClusterBubble> all;
            for (map::ClusterBubble& b : model()->renderer().bubbles(view()->viewport()))
                if (QRectF(view()->rect()).contains(b.centre))
                    all.push_back(std::move(b));
            return all;
        };
        const std::vector<map::ClusterBubble> bubbles = onScreen();
        QVERIFY(bubbles.size() >= 3);
        QVERIFY(!view()->focusedCluster());
        QCOMPARE(spoken(), QStringLiteral("Map"));

        // N: the first bubble in reading order (top row of 40 px, then leftmost).
        QTest::keyClick(view(), Qt::Key_N);
        auto first = view()->focusedCluster();
        QVERIFY(first);
        for (const map::ClusterBubble& b : bubbles) {
            const int row = int(std::floor(b.centre.y() / 40)), firstRow = int(std::floor(first->centre.y() / 40));
            QVERIFY(row > firstRow || (row == firstRow && b.centre.x() >= first->centre.x()));
        }
        QVERIFY2(spoken().startsWith(
                     QStringLiteral("Map: cluster 1 of %1, %2 incident").arg(bubbles.size()).arg(first->count)),
            qPrintable(spoken()));
        QTest::keyClick(view(), Qt::Key_N);
        QVERIFY(view()->focusedCluster()->centre != first->centre);
        QVERIFY(spoken().startsWith(QStringLiteral("Map: cluster 2 of")));
        QTest::keyClick(view(), Qt::Key_N, Qt::ShiftModifier);
        QCOMPARE(view()->focusedCluster()->centre, first->centre);

        // The ring is drawn in the palette's highlight colour around the bubble.
        const QImage shot = view()->grab().toImage();
        if (const QString shots = qEnvironmentVariable("WAYMARK_TEST_SHOTS"); !shots.isEmpty())
            shot.save(shots + QStringLiteral("/map-focus-ring.png"));
        const QColor ring = shot.pixelColor((first->centre + QPointF(first->radius + 5, 0)).toPoint());
        const QColor highlight = view()->palette().color(QPalette::Highlight);
        QVERIFY2(std::abs(ring.red() - highlight.red()) + std::abs(ring.green() - highlight.green())
                    + std::abs(ring.blue() - highlight.blue())
                < 90,
            qPrintable(ring.name()));

        // Ctrl+arrows: the nearest bubble that way, when there is one.
        for (const auto& [key, way] :
            { std::pair { Qt::Key_Right, QPointF(1, 0) }, std::pair { Qt::Key_Down, QPointF(0, 1) },
                std::pair { Qt::Key_Left, QPointF(-1, 0) }, std::pair { Qt::Key_Up, QPointF(0, -1) } }) {
            const auto from = view()->focusedCluster();
            QVERIFY(from);
            bool any = false;
            for (const map::ClusterBubble& b : onScreen())
                any |= QPointF::dotProduct(b.centre - from->centre, way) > 0;
            QTest::keyClick(view(), key, Qt::ControlModifier);
            const auto to = view()->focusedCluster();
            QVERIFY(to);
            QCOMPARE(view()->viewport().centre(), before.centre()); // moved the ring, not the map
            if (any)
                QVERIFY(QPointF::dotProduct(to->centre - from->centre, way) > 0);
            else
                QCOMPARE(to->centre, from->centre);
        }

        // Enter acts as a click: expands until the bubble cannot split, then selects its incidents.
        QVERIFY(m_window->context()->selection() == nullptr || m_window->context()->selection()->empty());
        bool selected = false;
        for (int i = 0; i < 30 && !selected; ++i) {
            const auto at = view()->focusedCluster();
            QVERIFY(at);
            const double zoom = view()->viewport().zoom();
            QTest::keyClick(view(), Qt::Key_Return);
            const auto selection = m_window->context()->selection();
            if (selection && !selection->empty()) {
                QCOMPARE(qint64(selection->size()), qint64(at->count));
                QCOMPARE(view()->viewport().zoom(), zoom);
                selected = true;
            } else {
                QVERIFY(view()->viewport().zoom() >= zoom + 1); // expanded: the ring stays on a part of it
            }
        }
        QVERIFY(selected);
        QVERIFY2(spoken().contains(QStringLiteral("selected")), qPrintable(spoken()));

        QTest::keyClick(view(), Qt::Key_Escape);
        QVERIFY(!view()->focusedCluster());
        QVERIFY(m_window->context()->selection()->empty());
        QCOMPARE(spoken(), QStringLiteral("Map"));
        view()->setViewport(before);
    }

    void playingMovesTheSharedWindow()
    {
        QVERIFY(!m_window->context()->filter().dayFrom);
        QVERIFY(panel()->stepTime());
        const analysis::Filter f = m_window->context()->filter();
        QVERIFY(f.dayFrom && f.dayTo);
        // The first frame starts on a boundary at or before the first incident: a year's on 1 January or 1 July.
        const QDate start = QDate::fromJulianDay(*f.dayFrom);
        QVERIFY2(start.day() == 1 && (start.month() == 1 || start.month() == 7), qPrintable(start.toString()));
        QCOMPARE(QDate::fromJulianDay(*f.dayTo).addDays(1), start.addYears(1));
        QVERIFY(*f.dayFrom <= model()->daySpan().first && model()->daySpan().first < *f.dayFrom + 366);
        QCOMPARE(qint64(panel()->timeSlider()->value()), *f.dayFrom);
        // The map's window count matches the same filter in SQL.
        const auto sql = f.sql();
        store::Statement st(m_window->context()->workspace()->handle(),
            QStringLiteral("SELECT count(*) FROM incidents i WHERE %1").arg(sql.where).toStdString());
        for (int k = 0; k < sql.values.size(); ++k)
            st.bind(k + 1, sql.values[k]);
        QVERIFY(st.next());
        QCOMPARE(model()->counts().inWindow, st.int64(0));
        const qint64 first = *f.dayFrom;
        QVERIFY(panel()->stepTime());
        QVERIFY(*m_window->context()->filter().dayFrom > first);
        // Clear the window again.
        analysis::Filter none = m_window->context()->filter();
        none.dayFrom.reset();
        none.dayTo.reset();
        m_window->context()->setFilter(none);
    }

    void layersToggleAndExport()
    {
        QAction* hot = panel()->layerAction(map::MapRenderer::Hotspots);
        QVERIFY(hot);
        hot->trigger();
        QVERIFY(model()->layers() & map::MapRenderer::Hotspots);
        QTRY_VERIFY_WITH_TIMEOUT(!model()->renderer().raster(map::MapRenderer::Hotspots).image.isNull(), 10000);
        QTemporaryDir out;
        const QString png = out.filePath(QStringLiteral("map.png"));
        // Through the releasability dialog (issue 17), drawn as a print figure.
        QString seen;
        ui::ReleasabilityDialog::setAnswerer([&seen](ui::ReleasabilityDialog& d) {
            seen = d.shownText();
            return d.canExport();
        });
        QVERIFY(panel()->exportMap(png));
        ui::ReleasabilityDialog::setAnswerer({});
        QVERIFY(!seen.isEmpty());
        const QImage exported(png);
        QVERIFY(!exported.isNull());
        QVERIFY(exported.width() > view()->width());
        hot->trigger();
        QVERIFY(!(model()->layers() & map::MapRenderer::Hotspots));
    }

    void badLayerFileIsAClearError()
    {
        const QString bad = m_dir.filePath(QStringLiteral("notes.gpkg"));
        test::writeFile(bad, "this is not a GeoPackage\n");
        const auto read = map::MapModel::readLayerFile(bad);
        QVERIFY(!read);
        QVERIFY2(read.error().toString().contains(QStringLiteral("notes.gpkg")), qPrintable(read.error().toString()));
    }

    void chartAndIncidentsSelectEachOther()
    {
        store::Workspace& ws = *m_window->context()->workspace();
        network::LinkChart* chart = m_window->linkChart();
        // A person on the chart who was involved in incidents (the rings' people are).
        int person = -1;
        qint64 entity = 0;
        for (int node : chart->visible()) {
            const qint64 id = chart->graph().nodes()[size_t(node)].entityId;
            if (ws.scalar(
                    QStringLiteral("SELECT count(*) FROM incident_entities WHERE entity_id = %1").arg(id).toStdString())
                > 0) {
                person = node;
                entity = id;
                break;
            }
        }
        QVERIFY2(person >= 0, "no chart entity with incidents");
        chart->setSelection({ person });
        std::vector<qint64> expected;
        store::Statement st(ws.handle(),
            "SELECT DISTINCT incident_id FROM incident_entities WHERE entity_id = ? "
            "ORDER BY incident_id");
        st.bind(1, entity);
        while (st.next())
            expected.push_back(st.int64(0));
        QCOMPARE(*m_window->context()->selection(), expected);
        // The map rings them and the table selects them.
        QCOMPARE(model()->counts().selected, qint64(expected.size()));
        QTRY_COMPARE(
            qobject_cast<analysis::IncidentTableModel*>(m_window->incidentsView()->model())->selectedRowCount(),
            qint64(expected.size()));
        // The reverse: incidents selected on the map select their people on the chart.
        chart->setSelection({});
        model()->select({ expected.front() });
        QVERIFY(chart->selection().contains(person));
        model()->select({});
        QVERIFY(chart->selection().isEmpty());
    }

    void clickingARouteShowsItsVolumeOverTime()
    {
        const quint32 layers = model()->layers();
        model()->setLayers(map::MapRenderer::Basemap | map::MapRenderer::Routes); // no bubbles over the arcs
        QTRY_VERIFY(model()->renderer().routes() && !model()->renderer().routes()->flows().empty());
        view()->repaint();
        // A point on a drawn route: sample the first arcs until the hit test finds one.
        const map::MapRenderer& r = model()->renderer();
        int route = -1;
        QPoint at;
        for (size_t k = 0; k < std::min<size_t>(10, r.routes()->flows().size()) && route < 0; ++k) {
            const map::RouteFlow& f = r.routes()->flows()[k];
            const QPolygonF arc = geo::GreatCircle::arc(f.fromLonLat, f.toLonLat, 10);
            for (int i = 3; i < 8 && route < 0; ++i) {
                const QPointF p = view()->viewport().lonLatToScreen(arc[i].x(), arc[i].y());
                if (view()->rect().contains(p.toPoint()) && r.routeAt(view()->viewport(), p) >= 0) {
                    route = r.routeAt(view()->viewport(), p);
                    at = p.toPoint();
                }
            }
        }
        QVERIFY2(route >= 0, "no route drawn in view");
        const map::RouteFlow& f = r.routes()->flows()[size_t(route)];
        QSignalSpy clicked(view(), &ui::MapView::routeClicked);
        QTest::mouseClick(view(), Qt::LeftButton, {}, at);
        QCOMPARE(clicked.count(), 1);
        QCOMPARE(m_window->context()->selection()->size(), f.members.size());
        // The route volume chart shows that route, between the two countries.
        auto* chart = m_window->findChild<ui::RouteChartView*>();
        QVERIFY(chart);
        const auto snap = model()->snapshot();
        QCOMPARE(chart->volume().route.from, snap->countryOf(f.from));
        QCOMPARE(chart->volume().route.to, snap->countryOf(f.to));
        QVERIFY(!chart->volume().members.empty());
        // Bins start on the first of a month (or a year), never on a week's Monday.
        for (qint64 day : chart->volume().starts)
            QCOMPARE(QDate::fromJulianDay(day).day(), 1);
        // During Play, frames where the route is quiet say so instead of drawing empty axes.
        int quiet = 0, busy = 0;
        for (int k = 0; k < 40 && panel()->stepTime(); ++k) {
            chart->rebuild();
            const bool empty = chart->volume().plotted() == 0;
            const bool noted = chart->plot()->findChild<QCPItemText*>(QStringLiteral("emptyNote")) != nullptr;
            QCOMPARE(noted, empty);
            QCOMPARE(chart->plot()->xAxis->visible(), !empty);
            quiet += empty;
            busy += !empty;
            for (qint64 day : chart->volume().starts)
                QCOMPARE(QDate::fromJulianDay(day).day(), 1);
        }
        QVERIFY(busy > 0);
        qInfo() << "Play frames on the route:" << busy << "with incidents," << quiet << "quiet";
        // A window before any data: the note, not an empty 0–1 frame.
        analysis::Filter before = m_window->context()->filter();
        before.dayFrom = QDate(1960, 1, 1).toJulianDay();
        before.dayTo = QDate(1960, 12, 31).toJulianDay();
        m_window->context()->setFilter(before);
        chart->rebuild();
        QCOMPARE(chart->volume().plotted(), 0);
        auto* note = chart->plot()->findChild<QCPItemText*>(QStringLiteral("emptyNote"));
        QVERIFY(note);
        QVERIFY(note->text().contains(chart->volume().route.fromName));
        QVERIFY(!chart->plot()->xAxis->visible() && !chart->plot()->yAxis->visible());
        analysis::Filter none = m_window->context()->filter();
        none.dayFrom.reset();
        none.dayTo.reset();
        m_window->context()->setFilter(none);
        model()->setLayers(layers);
        m_window->context()->setSelection({});
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestMapView)
#include "tst_mapview.moc"
