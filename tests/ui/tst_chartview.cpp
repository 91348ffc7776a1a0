#include "analysis/analysiscontext.h"
#include "analysis/breakdown.h"
#include "analysis/incidentsnapshot.h"
#include "analysis/snapshotcache.h"
#include "analysis/snapshotsource.h"
#include "analysis/timebins.h"
#include "analysis/workspaceoverview.h"
#include "chartview.h"
#include "customplot.h"
#include "figures/figurewriter.h"
#include "map/routevolume.h"
#include "overviewpanel.h"
#include "reports/reportstore.h"
#include "routechartview.h"
#include "store/workspace.h"
#include "testutil.h"
#include "timelineview.h"

#include <QClipboard>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <cmath>

using namespace waymark;
using analysis::Breakdown;

/// Breakdown charts over a real workspace: totals match the data, a click
/// narrows the shared filter where it can, and every chart exports as PNG,
/// SVG and PDF with its title and caption.
class TestChartView : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    analysis::AnalysisContext m_context;

    qint64 sql(const char* query) { return m_context.workspace()->scalar(query); }

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(test::sampleWorkspace(m_dir.path(), m_path, 1200, 9));
        QVERIFY(m_context.openWorkspace(m_path));
    }

    void totalsMatchTheData_data()
    {
        QTest::addColumn<int>("kind");
        for (Breakdown::Kind k : Breakdown::kinds())
            QTest::newRow(qPrintable(Breakdown::name(k))) << int(k);
    }
    void totalsMatchTheData()
    {
        QFETCH(int, kind);
        auto data = Breakdown::load(*m_context.workspace(), m_context.filter(), Breakdown::Kind(kind));
        QVERIFY2(data, qPrintable(data.error().toString()));
        const qint64 expected = Breakdown::Kind(kind) == Breakdown::Kind::Sources
            ? sql("SELECT count(*) FROM incidents")
            : sql("SELECT sum(victims) FROM incidents");
        // Nothing dropped: "Not recorded" and "Other" keep every victim.
        QCOMPARE(qint64(data.value().total()), expected);
        QVERIFY(!data.value().categories.isEmpty());
        QCOMPARE(data.value().categories.size(), data.value().categoryKeys.size());
        for (const auto& s : data.value().values)
            QCOMPARE(int(s.size()), int(data.value().categories.size()));
        QVERIFY(data.value().categories.size() <= 16);
    }

    // The chart counts from the shared snapshot when it is loaded for the
    // filter: it must draw what the query draws, bar for bar, under a time
    // window and the filter's other conditions, and after the snapshot has
    // gone through its cache file.
    void snapshotCountsAsTheQueryDoes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("filter");
        for (Breakdown::Kind k : Breakdown::kinds())
            for (const char* f : { "none", "window", "exploitation", "source kind" })
                QTest::newRow(qPrintable(Breakdown::name(k) + QLatin1Char(' ') + QLatin1String(f)))
                    << int(k) << QString::fromLatin1(f);
    }
    void snapshotCountsAsTheQueryDoes()
    {
        QFETCH(int, kind);
        QFETCH(QString, filter);
        analysis::Filter f;
        if (filter == QLatin1String("window")) {
            f.dayFrom = QDate(2019, 1, 1).toJulianDay();
            f.dayTo = QDate(2021, 6, 30).toJulianDay();
        } else if (filter == QLatin1String("exploitation")) {
            f.exploitation = 1u << 1;
        } else if (filter == QLatin1String("source kind")) {
            f.sourceKinds = test::stringsSql(m_path, "SELECT DISTINCT kind FROM sources LIMIT 2");
            QVERIFY(!f.sourceKinds.isEmpty());
        }
        auto& ws = *m_context.workspace();
        Feedback fb;
        auto snap = analysis::IncidentSnapshot::load(ws, f, fb);
        QVERIFY2(snap, qPrintable(snap.error().toString()));
        // Through the cache file as the next start reads it.
        auto copy = std::make_shared<analysis::IncidentSnapshot>();
        QVERIFY(analysis::IncidentSnapshot::loadMeta(ws, *copy));
        const QByteArray bytes = analysis::SnapshotCache::serialize(*snap.value(), QByteArray(32, 'f'));
        QVERIFY(analysis::SnapshotCache::read(
            reinterpret_cast<const uchar*>(bytes.constData()), size_t(bytes.size()), QByteArray(32, 'f'), *copy));
        const auto k = Breakdown::Kind(kind);
        const auto expected = Breakdown::load(ws, f, k);
        QVERIFY2(expected, qPrintable(expected.error().toString()));
        for (const analysis::IncidentSnapshot* s :
            { snap.value().get(), static_cast<const analysis::IncidentSnapshot*>(copy.get()) }) {
            QVERIFY(Breakdown::canUse(*s, k));
            const Breakdown got = Breakdown::fromSnapshot(*s, s->indicesInWindow(f.dayFrom, f.dayTo), k);
            QCOMPARE(got.title, expected.value().title);
            QCOMPARE(got.categories, expected.value().categories);
            QCOMPARE(got.categoryKeys, expected.value().categoryKeys);
            QCOMPARE(got.series, expected.value().series);
            QCOMPARE(got.seriesKeys, expected.value().seriesKeys);
            QCOMPARE(got.values, expected.value().values);
            QVERIFY(got.total() > 0);
        }
        // Codes that are not codes (free text) leave the chart to SQLite.
        analysis::IncidentSnapshot uncoded;
        uncoded.ageBands.clear();
        QVERIFY(!Breakdown::canUse(uncoded, Breakdown::Kind::AgeGender));
        QVERIFY(Breakdown::canUse(uncoded, Breakdown::Kind::Sources));
    }

    // The view takes the snapshot's way once it is in, and shows the same bars.
    void viewCountsFromTheSnapshot()
    {
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_path));
        ui::ChartView view(&context, Breakdown::Kind::ExploitationCountry);
        view.resize(500, 400);
        view.show();
        QVERIFY(context.snapshots()->isLoading() || context.snapshots()->snapshot());
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading() && context.snapshots()->snapshot(), 30000);
        const auto expected
            = Breakdown::load(*context.workspace(), context.filter(), Breakdown::Kind::ExploitationCountry);
        QCOMPARE(view.breakdown().categories, expected.value().categories);
        QCOMPARE(view.breakdown().values, expected.value().values);
    }

    // Every write waits for the workspace's structure check (seconds at a
    // million incidents): a filter set before it has answered (a brushed
    // time window) must not wait, and is remembered once it has, or when
    // the workspace closes.
    void filterIsRememberedWithoutWaitingForTheCheck()
    {
        auto stored = [](const QString& path) {
            const QStringList v = test::stringsSql(path, "SELECT value FROM meta WHERE key = 'filter'");
            return v.isEmpty() ? analysis::Filter()
                               : analysis::Filter::fromJson(QJsonDocument::fromJson(v.first().toUtf8()).object());
        };
        for (const bool closeFirst : { false, true }) {
            const QString copy = m_dir.filePath(QStringLiteral("remember-%1.waymark").arg(closeFirst));
            QVERIFY(QFile::copy(m_path, copy));
            analysis::Filter f;
            f.exploitation = 1u << 2;
            f.dayFrom = QDate(2020, 1, 1).toJulianDay();
            QVERIFY(!(stored(copy) == f));
            {
                analysis::AnalysisContext context;
                QVERIFY(context.openWorkspace(copy));
                QVERIFY(!context.workspace()->isChecked()); // a copy: this process has not checked it
                context.setFilter(f);
                QCOMPARE(context.filter(), f);
                QVERIFY(!context.workspace()->isChecked()); // setting it did not run the check
                QVERIFY(!(stored(copy) == f));
                if (!closeFirst) {
                    QTRY_VERIFY_WITH_TIMEOUT(stored(copy) == f, 20000);
                    QVERIFY(context.workspace()->isChecked());
                }
            }
            QVERIFY(stored(copy) == f);
        }
    }

    void overviewPanelShowsExtractsWithHashes()
    {
        ui::OverviewPanel panel(&m_context);
        QSignalSpy done(&panel, &ui::OverviewPanel::refreshed);
        // Hidden, it counts nothing (seconds of a core at a million incidents)…
        QVERIFY(!done.wait(300));
        // …shown, it does.
        panel.show();
        QVERIFY(done.count() > 0 || done.wait(10000));
        const QString sha = m_context.workspace()->strings("SELECT sha256 FROM extracts").value(0);
        QCOMPARE(sha.size(), 64);
        QVERIFY(panel.html().contains(analysis::WorkspaceOverview::groupedHash(sha)));
        QCOMPARE(analysis::WorkspaceOverview::groupedHash(sha).remove(QLatin1Char(' ')), sha);
        QVERIFY(panel.html().contains(QStringLiteral("1,200")) || panel.html().contains(QStringLiteral("1200")));

        // Copied, the grouped hash is the raw value (whole page, and the hash alone).
        auto* text = panel.findChild<QTextBrowser*>(QStringLiteral("overviewText"));
        QVERIFY(text);
        text->selectAll();
        text->copy();
        QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(sha), qPrintable(copied));
        QVERIFY(!copied.contains(analysis::WorkspaceOverview::groupedHash(sha)));
        text->moveCursor(QTextCursor::Start);
        QVERIFY(text->find(analysis::WorkspaceOverview::groupedHash(sha).left(20)));
        text->copy();
        QCOMPARE(QGuiApplication::clipboard()->text(), sha.left(19));
    }

    void overviewOpensTheReportsEditedLast()
    {
        auto doc = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::StandardKjr);
        doc.title = QStringLiteral("Harbour network assessment");
        auto id = reports::ReportStore(*m_context.workspace()).create(doc);
        QVERIFY(id);
        ui::OverviewPanel panel(&m_context);
        panel.resize(600, 800);
        QSignalSpy done(&panel, &ui::OverviewPanel::refreshed);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(done.count() > 0 || done.wait(10000));
        QVERIFY(panel.html().contains(QStringLiteral("Harbour network assessment")));
        // Click the link, where it is drawn.
        auto* text = panel.findChild<QTextBrowser*>(QStringLiteral("overviewText"));
        QVERIFY(text);
        QTextCursor found = text->document()->find(QStringLiteral("Harbour network assessment"));
        QVERIFY(!found.isNull());
        found.setPosition(found.selectionStart() + 3);
        const QRect at = text->cursorRect(found);
        if (qEnvironmentVariableIsSet("WAYMARK_TEST_SHOTS"))
            panel.grab().save(qEnvironmentVariable("WAYMARK_TEST_SHOTS") + QStringLiteral("/overview.png"));
        QSignalSpy chosen(&panel, &ui::OverviewPanel::reportChosen);
        QTest::mouseClick(text->viewport(), Qt::LeftButton, {}, at.center());
        QCOMPARE(chosen.count(), 1);
        QCOMPARE(chosen.at(0).at(0).toLongLong(), id.value());
    }

    void clickNarrowsTheFilterWhereItCan()
    {
        ui::ChartView view(&m_context, Breakdown::Kind::Sources);
        QVERIFY(view.loadNow());
        const QString kind = view.breakdown().categoryKeys.value(0);
        QVERIFY(!kind.isEmpty());
        // Source kinds read in words, as in the overview and the filter bar; the key stays the code.
        QVERIFY(view.breakdown().categories.contains(QStringLiteral("Partner case data")));
        QVERIFY(!view.breakdown().categories.contains(QStringLiteral("partner_case")));
        QVERIFY(view.clickBar(0, 0));
        QCOMPARE(m_context.filter().sourceKinds, QStringList { kind });
        QCOMPARE(m_context.filter().sourceGrades, QStringList { view.breakdown().seriesKeys.value(0) });
        QVERIFY(view.loadNow());
        QCOMPARE(view.breakdown().categories.size(), 1);
        m_context.setFilter({});
        // The country chart's stacks are exploitation types: a click narrows to the type.
        ui::ChartView countries(&m_context, Breakdown::Kind::ExploitationCountry);
        QVERIFY(countries.loadNow());
        const int type = countries.breakdown().seriesKeys.value(0).toInt();
        QVERIFY(type < analysis::TimeBins::severalTypes);
        QVERIFY(countries.clickBar(0, 0));
        QCOMPARE(m_context.filter().exploitation, 1u << type);
        m_context.setFilter({});
        ui::ChartView ages(&m_context, Breakdown::Kind::AgeGender);
        QVERIFY(ages.loadNow());
        // Stacks name genders in words, not the stored codes.
        QVERIFY2(ages.breakdown().series.contains(QStringLiteral("Woman")),
            qPrintable(ages.breakdown().series.join(QLatin1String(", "))));
        // One form for age bands everywhere: "0–8", with an en dash, never the stored "0--8".
        QVERIFY2(ages.breakdown().categories.contains(QStringLiteral("18–20")),
            qPrintable(ages.breakdown().categories.join(QLatin1String(", "))));
        for (const QString& band : ages.breakdown().categories)
            QVERIFY2(!band.contains(QLatin1String("--")), qPrintable(band));
        QVERIFY(!ages.clickBar(0, 0)); // the filter has no age: nothing changes
        QVERIFY(m_context.filter().isEmpty());
    }

    void exportsOpenAndCarryTheirText_data()
    {
        QTest::addColumn<QString>("chart");
        QTest::newRow("timeline") << QStringLiteral("timeline");
        QTest::newRow("route") << QStringLiteral("route");
        for (Breakdown::Kind k : Breakdown::kinds())
            QTest::newRow(qPrintable(Breakdown::name(k))) << Breakdown::name(k);
    }
    void exportsOpenAndCarryTheirText()
    {
        QFETCH(QString, chart);
        QVERIFY(m_context.snapshots()->loadNow());
        std::unique_ptr<ui::TimelineView> timeline;
        std::unique_ptr<ui::ChartView> view;
        std::unique_ptr<ui::RouteChartView> route;
        QString title;
        // The drawing itself, written as the figure writer writes it (the
        // checked export is tst_releasabilitydialog's).
        auto exportTo = [&](const QString& path) -> Status {
            const QSize size(1000, 600);
            if (route) {
                const auto picture = route->picture(size);
                return picture ? figures::FigureWriter::write(path, picture.value()) : Status(picture.error());
            }
            return figures::FigureWriter::write(path, timeline ? timeline->picture(size) : view->picture(size));
        };
        if (chart == QLatin1String("timeline")) {
            timeline = std::make_unique<ui::TimelineView>(&m_context);
            title = QStringLiteral("Incidents over time");
        } else if (chart == QLatin1String("route")) {
            route = std::make_unique<ui::RouteChartView>(&m_context);
            route->rebuild();
            QVERIFY(!route->routes().isEmpty());
            QVERIFY(route->setRoute(route->routes().front()));
            QVERIFY(!route->volume().members.empty());
            title = route->volume().title();
        } else {
            view = std::make_unique<ui::ChartView>(&m_context, *Breakdown::fromName(chart));
            QVERIFY(view->loadNow());
            title = view->breakdown().title;
        }
        const QString base = m_dir.filePath(chart);
        QVERIFY(exportTo(base + QStringLiteral(".png")));
        QImageReader png(base + QStringLiteral(".png"));
        QCOMPARE(png.size(), QSize(1000, 600));
        const QImage image = png.read();
        QVERIFY(!image.isNull());
        // Something besides white was drawn.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                coloured += QColor(image.pixel(x, y)).hsvSaturation() > 60;
        QVERIFY2(coloured > 50, qPrintable(QString::number(coloured)));

        QVERIFY(exportTo(base + QStringLiteral(".svg")));
        QFile svg(base + QStringLiteral(".svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray svgText = svg.readAll();
        QVERIFY(svgText.contains("<svg"));
        QVERIFY(svgText.contains(title.toUtf8()));
        QVERIFY(svgText.contains("data as of"));

        QVERIFY(exportTo(base + QStringLiteral(".pdf")));
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        if (pdftotext.isEmpty())
            QSKIP("pdftotext is not installed");
        QProcess p;
        p.start(pdftotext, { base + QStringLiteral(".pdf"), QStringLiteral("-") });
        QVERIFY(p.waitForFinished(20000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(title), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("All incidents")), qPrintable(text));

        QVERIFY(!exportTo(base + QStringLiteral(".gif")));
    }

    /// Counts are whole. With nothing under the filter (an empty workspace)
    /// the breakdown's victims axis read "0 0 1 1 1" and the timeline's
    /// "0 0.5 1" incidents; the three count axes now tick at whole numbers,
    /// each label once, with data or without.
    void countAxesTickAtWholeNumbers()
    {
        auto whole = [](QCPAxis* axis) -> QString {
            const QVector<double> ticks = axis->tickVector();
            const QVector<QString> labels = axis->tickVectorLabels();
            const QStringList text(labels.begin(), labels.end());
            if (ticks.size() < 2)
                return QStringLiteral("fewer than two ticks: ") + text.join(QLatin1Char(' '));
            for (double t : ticks) {
                if (t != std::floor(t))
                    return QStringLiteral("a tick at %1: ").arg(t) + text.join(QLatin1Char(' '));
            }
            if (QSet<QString>(text.begin(), text.end()).size() != text.size())
                return QStringLiteral("labels repeat: ") + text.join(QLatin1Char(' '));
            return {};
        };
        QTemporaryDir dir;
        analysis::AnalysisContext empty;
        QVERIFY(empty.openWorkspace(dir.filePath(QStringLiteral("empty.waymark")), true));
        QVERIFY(empty.snapshots()->loadNow());
        QVERIFY(m_context.snapshots()->loadNow());
        for (analysis::AnalysisContext* context : { &empty, &m_context }) {
            ui::ChartView breakdown(context, Breakdown::Kind::AgeGender);
            QVERIFY(breakdown.loadNow());
            ui::TimelineView timeline(context);
            ui::RouteChartView route(context);
            for (QWidget* w : std::initializer_list<QWidget*> { &breakdown, &timeline, &route }) {
                w->resize(600, 400);
                w->show();
                QVERIFY(QTest::qWaitForWindowExposed(w));
            }
            QTRY_VERIFY(!breakdown.isLoading());
            for (QCustomPlot* plot : { breakdown.plot(), timeline.plot(), route.plot() })
                plot->replot();
            const QString where = context == &empty ? QStringLiteral("empty: ") : QStringLiteral("sample: ");
            QString problem = whole(breakdown.plot()->xAxis);
            QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral("breakdown ") + problem));
            problem = whole(timeline.plot()->yAxis);
            QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral("timeline ") + problem));
            problem = whole(route.plot()->yAxis);
            QVERIFY2(problem.isEmpty(), qPrintable(where + QStringLiteral("route chart ") + problem));
        }
    }

    void routeChartFollowsTheFilter()
    {
        QVERIFY(m_context.snapshots()->loadNow());
        ui::RouteChartView view(&m_context);
        view.resize(800, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_VERIFY(view.volume().route.from >= 0); // built on a worker as it came into view
        QVERIFY(view.routeBox()->count() > 0);
        // The busiest route is shown first; choosing another in the box shows that one.
        const auto snap = m_context.snapshots()->snapshot();
        const auto busiest = map::RouteVolume::busiest(*snap, snap->indicesInWindow({}, {}));
        QCOMPARE(view.volume().route.key(), busiest.front().key());
        if (view.routeBox()->count() > 1) {
            view.routeBox()->setCurrentIndex(1);
            QSignalSpy built(&view, &ui::RouteChartView::rebuilt);
            Q_EMIT view.routeBox()->activated(1); // built on a worker
            QVERIFY(built.wait(10000));
            QCOMPARE(view.volume().route.key(), busiest[1].key());
        }
        // Its bars hold every plotted incident of the route, stacked by type.
        const map::RouteVolume& v = view.volume();
        double inBars = 0;
        for (int i = 0; i < view.plot()->plottableCount(); ++i)
            if (auto* bars = qobject_cast<QCPBars*>(view.plot()->plottable(i)))
                for (auto it = bars->data()->constBegin(); it != bars->data()->constEnd(); ++it)
                    inBars += it->value;
        QCOMPARE(int(inBars), v.plotted());
        QCOMPARE(v.plotted() + v.coarser + v.undated, int(v.members.size()));
        // A time window narrows it, and the route is kept.
        const QString key = v.route.key();
        const auto [first, last] = analysis::TimeBins::span(*snap);
        analysis::Filter f;
        f.dayFrom = first + (last - first) / 2;
        {
            QSignalSpy built(&view, &ui::RouteChartView::rebuilt);
            m_context.setFilter(f, false);
            QVERIFY(built.wait(10000));
        }
        QCOMPARE(view.volume().route.key(), key);
        QVERIFY(view.volume().members.size() <= v.members.size());
        for (quint32 i : view.volume().members)
            QVERIFY(snap->inWindow(i, f.dayFrom, f.dayTo));
        if (qEnvironmentVariableIsSet("WAYMARK_TEST_SHOTS"))
            view.grab().save(qEnvironmentVariable("WAYMARK_TEST_SHOTS") + QStringLiteral("/routechart.png"));
        m_context.setFilter({}, false);
        QTRY_VERIFY(!view.isBuilding());
        // A route that cannot be read is an error that says why; the chart stays.
        const Status bad = view.setRoute(QStringLiteral("Atlantis>Italy"));
        QVERIFY(!bad);
        QVERIFY(bad.error().toString().contains(QStringLiteral("Atlantis")));
        QCOMPARE(view.volume().route.key(), key);
    }
};

QTEST_MAIN(TestChartView)
#include "tst_chartview.moc"
