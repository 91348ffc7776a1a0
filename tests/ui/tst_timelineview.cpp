#include "analysis/analysiscontext.h"
#include "analysis/incidentsnapshot.h"
#include "analysis/incidenttablemodel.h"
#include "analysis/snapshotsource.h"
#include "customplot.h"
#include "mainwindow.h"
#include "map/mapmodel.h"
#include "mappanel.h"
#include "store/workspace.h"
#include "testutil.h"
#include "timelineview.h"

#include <QApplication>
#include <QDate>
#include <QItemSelectionModel>
#include <QMouseEvent>
#include <QRegularExpression>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

using namespace waymark;

/// The timeline in a real main window over a real workspace: brushing sets
/// the shared window that the map follows, and a selection made in the table,
/// the map or through the context shows in every view.
class TestTimelineView : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::TimelineView* m_timeline = nullptr;

    analysis::AnalysisContext* context() const { return m_window->context(); }
    map::MapModel* map() const { return m_window->mapPanel()->model(); }

    int selectedInBins() const
    {
        const auto& b = m_timeline->bins();
        int n = 0;
        for (int i = 0; i < b.binCount(); ++i)
            n += b.selected(i);
        for (const auto& p : b.periods())
            n += p.selected;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_timelineview"));
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(test::sampleWorkspace(m_dir.path(), m_path, 1500, 5));
        m_window = std::make_unique<ui::MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openWorkspace(m_path));
        m_timeline = new ui::TimelineView(context());
        m_timeline->resize(1000, 360);
        m_timeline->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_timeline));
        QTRY_VERIFY_WITH_TIMEOUT(context()->snapshots()->snapshot() && !context()->snapshots()->isLoading(), 10000);
        QTRY_VERIFY(map()->snapshot() == context()->snapshots()->snapshot());
        m_timeline->showAll();
    }

    void cleanupTestCase()
    {
        delete m_timeline;
        m_window.reset();
    }

    void oneSnapshotForEveryView()
    {
        // The map and the timeline draw from the same object: loaded once.
        QCOMPARE(map()->snapshot(), context()->snapshots()->snapshot());
        QVERIFY(m_timeline->bins().binCount() > 0);
        QVERIFY(m_timeline->bins().maxTotal() > 0);
        const QImage image = m_timeline->grab().toImage();
        QVERIFY(image.save(m_dir.filePath(QStringLiteral("timeline.png"))));
        if (qEnvironmentVariableIsSet("WAYMARK_KEEP_PNG"))
            image.save(qEnvironmentVariable("WAYMARK_KEEP_PNG"));
    }

    void hoverShowsExactCounts()
    {
        const auto& b = m_timeline->bins();
        int busiest = 0;
        for (int i = 0; i < b.binCount(); ++i)
            if (b.total(i) > b.total(busiest))
                busiest = i;
        const QString text = m_timeline->hoverText(b.binStart(busiest));
        QVERIFY2(text.contains(QString::number(b.total(busiest)) + QStringLiteral(" incident")), qPrintable(text));
        for (int c = 0; c < analysis::TimeBins::categoryCount; ++c)
            if (b.count(c, busiest))
                QVERIFY(text.contains(analysis::TimeBins::categoryName(c)));
    }

    void clickingABarSelectsItsIncidents()
    {
        QCustomPlot* plot = m_timeline->plot();
        plot->replot(QCustomPlot::rpImmediateRefresh); // lays the axes out
        const auto& b = m_timeline->bins();
        int bin = 0;
        for (int i = 0; i < b.binCount(); ++i)
            if (b.total(i) > b.total(bin))
                bin = i;
        std::vector<int> present;
        for (int c = 0; c < analysis::TimeBins::categoryCount; ++c)
            if (b.count(c, bin) > 0)
                present.push_back(c);
        QVERIFY(!present.empty());
        const double centre
            = (ui::TimelineView::keyOf(b.binStart(bin)) + ui::TimelineView::keyOf(b.binLast(bin) + 1)) / 2;
        const int x = int(plot->xAxis->coordToPixel(centre));
        const auto snap = context()->snapshots()->snapshot();
        auto* table = qobject_cast<analysis::IncidentTableModel*>(m_window->incidentsView()->model());
        auto expectedIds = [&](int category) {
            std::vector<qint64> ids;
            for (quint32 i : b.members(*snap, bin, category))
                ids.push_back(snap->ids[i]);
            std::sort(ids.begin(), ids.end());
            return ids;
        };

        // Hovering the bar shows its exact counts in a tooltip.
        const QPoint bottomSegment(x, int(plot->yAxis->coordToPixel(b.count(present[0], bin) / 2.0)));
        QMouseEvent move(QEvent::MouseMove, QPointF(bottomSegment), plot->mapToGlobal(QPointF(bottomSegment)),
            Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QApplication::sendEvent(plot, &move);
        QTRY_VERIFY(QToolTip::text().contains(QString::number(b.total(bin)) + QStringLiteral(" incident")));

        // A click on the bottom segment: that type's incidents of that bin, in every view.
        QTest::mouseClick(plot, Qt::LeftButton, {}, bottomSegment);
        std::vector<qint64> expected = expectedIds(present[0]);
        QCOMPARE(expected.size(), size_t(b.count(present[0], bin)));
        QCOMPARE(*context()->selection(), expected);
        QCOMPARE(map()->counts().selected, qint64(expected.size()));
        QTRY_COMPARE(table->selectedRowCount(), qint64(expected.size())); // the table loads on a worker
        QCOMPARE(m_timeline->bins().selected(bin), int(expected.size())); // highlighted in its bin
        QVERIFY(!context()->filter().dayFrom && !context()->filter().dayTo); // a click is not a brush

        // The next segment up.
        if (present.size() > 1) {
            const double mid = b.count(present[0], bin) + b.count(present[1], bin) / 2.0;
            QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(x, int(plot->yAxis->coordToPixel(mid))));
            QCOMPARE(*context()->selection(), expectedIds(present[1]));
        }
        // Shift-click: the whole bar.
        QTest::mouseClick(plot, Qt::LeftButton, Qt::ShiftModifier, bottomSegment);
        QCOMPARE(*context()->selection(), expectedIds(-1));
        QCOMPARE(context()->selection()->size(), size_t(b.total(bin)));
        // Above the bar there is nothing to click: the selection stays.
        const double above = b.total(bin) + (plot->yAxis->range().upper - b.total(bin)) / 2;
        if (plot->yAxis->coordToPixel(above) < plot->yAxis->coordToPixel(b.total(bin)) - 4) {
            QTest::mouseClick(plot, Qt::LeftButton, {}, QPoint(x, int(plot->yAxis->coordToPixel(above))));
            QCOMPARE(context()->selection()->size(), size_t(b.total(bin)));
        }
        context()->setSelection({});
    }

    void brushingSetsTheWindowTheMapFollows()
    {
        QCustomPlot* plot = m_timeline->plot();
        const QRect area = plot->axisRect()->rect();
        const int x0 = area.left() + area.width() / 3, x1 = area.left() + area.width() * 2 / 3;
        const int y = area.center().y();
        const qint64 d0 = m_timeline->dayAt(x0), d1 = m_timeline->dayAt(x1);
        const auto& bins = m_timeline->bins();
        const qint64 expectFrom = bins.binStart(bins.binOf(d0)), expectTo = bins.binLast(bins.binOf(d1));
        QTest::mousePress(plot, Qt::LeftButton, {}, QPoint(x0, y));
        QMouseEvent move(QEvent::MouseMove, QPointF(x1, y), plot->mapToGlobal(QPointF(x1, y)), Qt::NoButton,
            Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(plot, &move);
        QTest::mouseRelease(plot, Qt::LeftButton, {}, QPoint(x1, y));
        // The exact window: from the first day of the first bin touched to the last day of the last.
        QCOMPARE(context()->filter().dayFrom, std::optional<qint64>(expectFrom));
        QCOMPARE(context()->filter().dayTo, std::optional<qint64>(expectTo));
        // The map shows exactly the incidents whose period meets that window.
        const auto snap = context()->snapshots()->snapshot();
        const auto expected = snap->indicesInWindow(expectFrom, expectTo);
        QVERIFY(!expected.empty());
        QTRY_COMPARE(map()->counts().inWindow, qint64(expected.size()));
        // And so does the incidents table (its own query under the same filter).
        QTRY_COMPARE(m_window->incidentsView()->model()->rowCount(), int(expected.size()));
        // Only the window moved: no new snapshot was loaded.
        QCOMPARE(map()->snapshot(), snap);
        // Every day-precise incident in the brushed bins is in the map's window.
        qint64 inBins = 0;
        for (int i = bins.binOf(expectFrom); i <= bins.binOf(expectTo); ++i)
            inBins += bins.total(i);
        QVERIFY(inBins <= map()->counts().inWindow);
        QVERIFY(inBins > 0);
        plot->replot(); // the window rectangle is drawn on the next replot
        m_timeline->grab().toImage().save(m_dir.filePath(QStringLiteral("brushed.png")));
        if (qEnvironmentVariableIsSet("WAYMARK_KEEP_PNG"))
            m_timeline->grab().toImage().save(
                qEnvironmentVariable("WAYMARK_KEEP_PNG") + QStringLiteral(".brushed.png"));

        // Double-click clears the window.
        QTest::mouseDClick(plot, Qt::LeftButton, {}, QPoint(x0, y));
        QVERIFY(!context()->filter().dayFrom && !context()->filter().dayTo);
        QTRY_COMPARE(map()->counts().inWindow, qint64(snap->size()));
    }

    void selectionReachesEveryView()
    {
        const auto snap = context()->snapshots()->snapshot();
        // Table → map and timeline.
        QTableView* table = m_window->incidentsView();
        QTRY_VERIFY(table->model()->rowCount() > 20);
        table->selectionModel()->select(QItemSelection(table->model()->index(0, 0), table->model()->index(19, 0)),
            QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        QTRY_COMPARE(context()->selection()->size(), size_t(20));
        QCOMPARE(map()->counts().selected, 20);
        const auto all = snap->indicesOf(*context()->selection());
        qint64 plottable = 0;
        for (quint32 i : all)
            plottable += snap->dayFrom[i] != analysis::IncidentSnapshot::noDay;
        QCOMPARE(selectedInBins(), int(plottable));

        // Map → table and timeline.
        std::vector<qint64> ids(snap->ids.begin() + 100, snap->ids.begin() + 130);
        map()->select(ids);
        QCOMPARE(context()->selection()->size(), size_t(30));
        QTRY_COMPARE(qobject_cast<analysis::IncidentTableModel*>(table->model())->selectedRowCount(), qint64(30));
        std::sort(ids.begin(), ids.end());
        plottable = 0;
        for (quint32 i : snap->indicesOf(ids))
            plottable += snap->dayFrom[i] != analysis::IncidentSnapshot::noDay;
        QCOMPARE(selectedInBins(), int(plottable));

        // Timeline shows a highlighted bar; the window made there leaves the selection alone.
        m_timeline->brush(m_timeline->visibleRange().first, m_timeline->visibleRange().second);
        QCOMPARE(context()->selection()->size(), size_t(30));
        QTRY_COMPARE(map()->counts().selected, 30);
    }

    void filterChangeReloadsOnce()
    {
        analysis::Filter f = context()->filter();
        f.dayFrom.reset(), f.dayTo.reset();
        f.exploitation = 1; // sexual exploitation only
        context()->setFilter(f);
        QTRY_VERIFY_WITH_TIMEOUT(!context()->snapshots()->isLoading(), 10000);
        const auto snap = context()->snapshots()->snapshot();
        QCOMPARE(map()->snapshot(), snap);
        for (int i = 0; i < m_timeline->bins().binCount(); ++i)
            for (int c = 1; c < analysis::TimeBins::categoryCount; ++c)
                if (c != analysis::TimeBins::severalTypes)
                    QCOMPARE(m_timeline->bins().count(c, i), 0);
        f.exploitation = 0;
        context()->setFilter(f);
        QTRY_VERIFY_WITH_TIMEOUT(!context()->snapshots()->isLoading(), 10000);
    }

    /// A new, empty workspace shows the past year; its first import (of
    /// 2019 cases) brings the timeline to the cases' span. It stayed on the
    /// past year, empty, until the workspace was opened again.
    void theFirstImportIsShownWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.waymark"));
        {
            auto ws = store::Workspace::open(path);
            QVERIFY(ws);
        }
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(path, false));
        ui::TimelineView timeline(&context);
        timeline.resize(1000, 300);
        timeline.show();
        QVERIFY(QTest::qWaitForWindowExposed(&timeline));
        QTRY_VERIFY_WITH_TIMEOUT(context.snapshots()->snapshot() && !context.snapshots()->isLoading(), 10000);
        const qint64 today = analysis::TimeBins::currentDay();
        QVERIFY(timeline.visibleRange().second >= today);

        const QString csv = dir.filePath(QStringLiteral("ctdc.csv"));
        test::writeFile(csv,
            "yearOfRegistration,Datasource,gender,ageBroad,majorityStatus,citizenship,CountryOfExploitation\n"
            "2019,Case Management,Female,18--20,Adult,PHL,USA\n"
            "2019,Case Management,Male,30--38,Adult,UKR,POL\n");
        const auto imported = test::importFile(*context.workspace(), csv);
        QCOMPARE(imported.rowsImported, 2);
        context.notifyDataChanged();
        QTRY_VERIFY_WITH_TIMEOUT(context.snapshots()->snapshot()->size() == 2, 10000);
        const auto [from, to] = timeline.visibleRange();
        const qint64 y2019 = QDate(2019, 1, 1).toJulianDay(), y2020 = QDate(2020, 1, 1).toJulianDay();
        QVERIFY2(from <= y2019 && to >= y2020 - 1 && to < today - 365,
            qPrintable(QStringLiteral("%1 to %2")
                           .arg(QDate::fromJulianDay(from).toString(Qt::ISODate),
                               QDate::fromJulianDay(to).toString(Qt::ISODate))));
        // Known to the year only: drawn as the year's band.
        int shown = 0;
        for (const auto& p : timeline.bins().periods())
            shown += p.count;
        QCOMPARE(shown, 2);
    }

    void ticksReadAndNeverTouch_data()
    {
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("form"); // what every label looks like
        const QString year = QStringLiteral("^\\d{4}$"), month = QStringLiteral("^[A-Z][a-z]{2} \\d{4}$"),
                      day = QStringLiteral("^\\d{1,2} [A-Z][a-z]{2}$");
        for (int width : { 260, 520, 1000, 1600 }) {
            QTest::addRow("%d px, 20 years", width) << width << 7305 << year;
            QTest::addRow("%d px, 40 days", width) << width << 40 << day;
        }
        QTest::addRow("1600 px, 2 years") << 1600 << 730 << month;
        QTest::addRow("1000 px, 3 years") << 1000 << 1095 << month;
    }

    void ticksReadAndNeverTouch()
    {
        QFETCH(int, width);
        QFETCH(int, days);
        QFETCH(QString, form);
        m_timeline->resize(width, 320);
        const qint64 from = QDate(2010, 2, 10).toJulianDay();
        m_timeline->setVisibleRange(from, from + days - 1);
        QCustomPlot* plot = m_timeline->plot();
        // Ticks are made before the layout: the second replot has the new width.
        plot->replot(QCustomPlot::rpImmediateRefresh);
        plot->replot(QCustomPlot::rpImmediateRefresh);
        const QVector<double> ticks = plot->xAxis->tickVector();
        const QVector<QString> labels = plot->xAxis->tickVectorLabels();
        QVERIFY2(ticks.size() >= 2, qPrintable(QString::number(ticks.size())));
        const QRegularExpression re(form);
        const QFontMetricsF fm(plot->xAxis->tickLabelFont());
        for (int k = 0; k < ticks.size(); ++k) {
            QVERIFY2(re.match(labels[k]).hasMatch(), qPrintable(labels[k]));
            if (k == 0)
                continue;
            // Centred labels: the room between two ticks holds half of each, and a gap.
            const double room = plot->xAxis->coordToPixel(ticks[k]) - plot->xAxis->coordToPixel(ticks[k - 1]);
            const double needed = (fm.horizontalAdvance(labels[k - 1]) + fm.horizontalAdvance(labels[k])) / 2 + 4;
            QVERIFY2(room >= needed,
                qPrintable(
                    QStringLiteral("%1 | %2: %3 px for %4").arg(labels[k - 1], labels[k]).arg(room).arg(needed)));
        }
        // The stacked bars keep a readable height, and their value labels do not touch.
        QVERIFY2(plot->axisRect()->height() >= 100, qPrintable(QString::number(plot->axisRect()->height())));
        const QVector<double> values = plot->yAxis->tickVector();
        for (int k = 1; k < values.size(); ++k)
            QVERIFY(plot->yAxis->coordToPixel(values[k - 1]) - plot->yAxis->coordToPixel(values[k]) >= fm.height());
        m_timeline->resize(1000, 360);
        m_timeline->showAll();
    }

    void yearOnlyRecordsHaveAHatchedBandInTheLegend()
    {
        // The sample's rows known only to their year: over bins shorter than
        // a year they are periods, drawn hatched in the band and named in the legend.
        const qint64 from = QDate(2016, 1, 1).toJulianDay();
        m_timeline->setVisibleRange(from, from + 3 * 365);
        bool anyYear = false;
        for (const auto& p : m_timeline->bins().periods())
            anyYear = anyYear || p.precision == analysis::TimeBins::Precision::Year;
        QVERIFY(anyYear);
        QCustomPlot* plot = m_timeline->plot();
        QCPGraph* years = plot->graph(1);
        QVERIFY(!years->data()->isEmpty());
        QCOMPARE(years->brush().style(), Qt::BDiagPattern);
        QVERIFY(plot->legend->hasItemWithPlottable(years));
        // Each year a block of its own: it falls to zero before the next starts.
        int zeros = 0;
        for (auto it = years->data()->constBegin(); it != years->data()->constEnd(); ++it)
            zeros += it->value == 0;
        QVERIFY(zeros >= 1);
        m_timeline->showAll();
    }
};

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
