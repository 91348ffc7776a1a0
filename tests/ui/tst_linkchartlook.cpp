#include "analysis/analysiscontext.h"
#include "figures/legend.h"
#include "ingest/importjob.h"
#include "linkchartview.h"
#include "mainwindow.h"
#include "network/entitystyle.h"
#include "network/linkchart.h"
#include "pathpanel.h"
#include "searchbox.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAction>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

/// The link chart as an analyst reads it (issue 16): icons and a legend that
/// stay when coloured by community, names and link labels that never
/// overlap, layouts that fill the view, tooltips from the workspace, paths
/// in the order picked, and search results in the middle of the view.
class TestLinkChartLook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_linkchartlook"));
        QSettings().clear();
    }
    void pathReadsInTravelOrder();
    void readsLikeAnAnalystsChart();
};

void TestLinkChartLook::pathReadsInTravelOrder()
{
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
    QTRY_VERIFY(!w.isChartLoading());
    w.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(w.linkChartView()->parentWidget());
    network::LinkChart* chart = w.linkChart();
    ui::LinkChartView* view = w.linkChartView();
    QTRY_VERIFY(view->isVisible());
    QHash<QString, int> n;
    for (size_t v = 0; v < chart->graph().nodes().size(); ++v)
        n.insert(chart->graph().nodes()[v].key, int(v));
    chart->show({ n[QStringLiteral("A")], n[QStringLiteral("D")], n[QStringLiteral("Q")] }, QStringLiteral("test"));
    view->zoomToFit();
    auto* panel = w.findChild<ui::PathPanel*>(QStringLiteral("pathPanel"));
    auto click = [&](int node, Qt::KeyboardModifiers mods) {
        if (!mods)
            chart->setSelection({}); // a plain click on a selected entity keeps the selection
        QTest::mouseClick(view, Qt::LeftButton, mods, view->toScreen(chart->position(node)).toPoint());
    };
    // Dan picked first, then Anna: the path runs from Dan to Anna, hop by hop.
    click(n[QStringLiteral("D")], {});
    click(n[QStringLiteral("A")], Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_T);
    QVERIFY(!chart->path().empty());
    QCOMPARE(chart->path().front(), n[QStringLiteral("D")]);
    QCOMPARE(chart->path().back(), n[QStringLiteral("A")]);
    QStringList hops = panel->hops();
    QCOMPARE(hops.size(), 2);
    // In time order from Dan: Cora's 2018 call to him, then her family tie to Anna (2020);
    // the call reads from Dan's end.
    QVERIFY2(hops[0].startsWith(QStringLiteral("Dan Petrov → Cora Mihai (called by, 2018-05-01")),
        qPrintable(hops.join(QLatin1Char('|'))));
    QVERIFY2(hops[1].startsWith(QStringLiteral("Cora Mihai → Anna Kovacs (family, 2020-01-01")),
        qPrintable(hops.join(QLatin1Char('|'))));
    // The other way round when Anna is picked first.
    click(n[QStringLiteral("A")], {});
    click(n[QStringLiteral("D")], Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_S);
    QVERIFY(!chart->path().empty());
    QCOMPARE(chart->path().front(), n[QStringLiteral("A")]);
    QVERIFY(panel->hops().value(0).startsWith(QStringLiteral("Anna Kovacs → ")));
    QVERIFY(panel->hops().value(1).contains(QStringLiteral("→ Dan Petrov (")));
    // A link walked from its far end reads that way: the account is owned by Anna.
    click(n[QStringLiteral("Q")], {});
    click(n[QStringLiteral("A")], Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_S);
    QCOMPARE(panel->hops(), QStringList { QStringLiteral("GB00TEST0001 → Anna Kovacs (owned by, undated)") });
    click(n[QStringLiteral("A")], {});
    click(n[QStringLiteral("Q")], Qt::ControlModifier);
    QTest::keyClick(view, Qt::Key_S);
    QCOMPARE(panel->hops(), QStringList { QStringLiteral("Anna Kovacs → GB00TEST0001 (owns, undated)") });
}

void TestLinkChartLook::readsLikeAnAnalystsChart()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.waymark"));
    QVERIFY(test::sampleWorkspace(dir.path(), path, 800));
    ui::MainWindow w;
    w.resize(1600, 1000);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.openWorkspace(path));
    QTRY_VERIFY(!w.isChartLoading());
    w.findChild<QTabWidget*>(QStringLiteral("mainTabs"))->setCurrentWidget(w.linkChartView()->parentWidget());
    network::LinkChart* chart = w.linkChart();
    ui::LinkChartView* view = w.linkChartView();
    QTRY_VERIFY(view->isVisible());
    const QString shots = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR");
    auto symbols = [](const figures::Legend& legend) {
        QStringList labels;
        for (const auto& e : legend.entries) {
            if (e.shape == figures::Legend::Entry::Shape::Symbol)
                labels << e.label;
        }
        return labels;
    };
    auto noOverlap = [](const std::vector<ui::LinkChartView::Label>& labels) {
        for (size_t i = 0; i < labels.size(); ++i) {
            for (size_t j = i + 1; j < labels.size(); ++j) {
                if (labels[i].rect.intersects(labels[j].rect))
                    return false;
            }
        }
        return true;
    };

    // The legend lists the types on the chart, each with how many, in the house order.
    QMap<QString, int> present;
    for (int v : chart->visible())
        ++present[chart->graph().nodes()[size_t(v)].type];
    QStringList expected;
    for (const QString& t : network::EntityStyle::types()) {
        if (present.contains(t))
            expected << QStringLiteral("%1 (%2)").arg(network::EntityStyle::typeName(t)).arg(present.value(t));
    }
    QVERIFY2(present.size() >= 3, qPrintable(present.keys().join(QLatin1Char(','))));
    QCOMPARE(symbols(view->legend()), expected);

    // Each entity is its type's icon: inside a person's disc, the type's blue and the icon's white.
    int person = -1;
    for (int v : chart->visible()) {
        if (chart->graph().nodes()[size_t(v)].type == QLatin1String("person")
            && (person < 0 || chart->graph().graph().degree(v) > chart->graph().graph().degree(person)))
            person = v;
    }
    QVERIFY(person >= 0);
    auto pixelsAround = [&](const QImage& shot, int node, double from, double to, const QColor& want) {
        const QPointF c = view->toScreen(chart->position(node));
        int count = 0;
        for (int y = int(c.y() - to); y <= int(c.y() + to); ++y) {
            for (int x = int(c.x() - to); x <= int(c.x() + to); ++x) {
                const double d = std::hypot(x - c.x(), y - c.y());
                if (d < from || d > to || !shot.rect().contains(x, y))
                    continue;
                const QColor p = shot.pixelColor(x, y);
                count += std::abs(p.red() - want.red()) < 12 && std::abs(p.green() - want.green()) < 12
                    && std::abs(p.blue() - want.blue()) < 12;
            }
        }
        return count;
    };
    const QColor blue = network::EntityStyle::typeColour(QStringLiteral("person"));
    view->zoomToFit();
    QImage shot = view->grab().toImage();
    QVERIFY(pixelsAround(shot, person, 0, 5, blue) > 3);
    QVERIFY(pixelsAround(shot, person, 0, 5, Qt::white) > 3);
    if (!shots.isEmpty())
        w.grab().save(shots + QStringLiteral("/linkchart-icons.png"));

    // Names placed with none over another, long ones shortened.
    QVERIFY2(view->labels().size() >= 5, qPrintable(QString::number(view->labels().size())));
    QVERIFY(noOverlap(view->labels()));
    for (const auto& l : view->labels())
        QVERIFY2(l.rect.width() <= 170, qPrintable(l.text));

    // Colour by community: the icons and the legend stay, each entity gets a ring of its community's colour.
    auto* communities = w.findChild<QAction*>(QStringLiteral("actionCommunities"));
    QVERIFY(communities);
    communities->trigger();
    QVERIFY(view->colourByCommunity());
    const figures::Legend byCommunity = view->legend();
    QCOMPARE(symbols(byCommunity), expected);
    QVERIFY(std::any_of(byCommunity.entries.begin(), byCommunity.entries.end(), [](const auto& e) {
        return e.shape == figures::Legend::Entry::Shape::Note && e.label.startsWith(QLatin1String("Ring"));
    }));
    view->repaint();
    shot = view->grab().toImage();
    const QColor ring = view->ringColour(person);
    QVERIFY(ring.isValid());
    QVERIFY(pixelsAround(shot, person, 0, 5, blue) > 3);
    QVERIFY2(pixelsAround(shot, person, 6, 30, ring) > 20, qPrintable(ring.name()));
    if (!shots.isEmpty())
        w.grab().save(shots + QStringLiteral("/linkchart-communities.png"));
    // The button shows the colours: up when they go back, also when the view turns them off.
    communities->trigger();
    QVERIFY(!view->colourByCommunity());
    QVERIFY(!view->ringColour(person).isValid());
    view->setColourByCommunity(true);
    QVERIFY(communities->isChecked());
    chart->updateGraph(chart->graph()); // as after a merge: a new graph, still by community
    QVERIFY(communities->isChecked());
    QVERIFY(view->ringColour(person).isValid());
    view->setColourByCommunity(false);
    QVERIFY(!communities->isChecked());

    // Lay out (L): the chart fills the view, not a strip of it.
    QTest::keyClick(view, Qt::Key_L);
    QRectF drawn;
    for (int v : chart->visible())
        drawn |= QRectF(view->toScreen(chart->position(v)), QSizeF(1, 1));
    QVERIFY2(drawn.width() > 0.7 * view->width() && drawn.height() > 0.7 * view->height(),
        qPrintable(QStringLiteral("%1x%2 in %3x%4")
                       .arg(drawn.width())
                       .arg(drawn.height())
                       .arg(view->width())
                       .arg(view->height())));
    view->repaint();
    QVERIFY(noOverlap(view->labels()));

    // Zoomed in: the links carry their type and date, clear of the names.
    view->setView(ui::LinkChartView::kLinkLabelScale * 1.6,
        QPointF(view->width() / 2.0, view->height() / 2.0)
            - chart->position(person) * ui::LinkChartView::kLinkLabelScale * 1.6);
    view->repaint();
    int linkLabels = 0;
    for (const auto& l : view->labels()) {
        if (l.node >= 0 && l.other >= 0) {
            ++linkLabels;
            QVERIFY2(l.text.contains(QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))), qPrintable(l.text));
        }
    }
    QVERIFY2(linkLabels >= 2, qPrintable(QString::number(linkLabels)));
    QVERIFY(noOverlap(view->labels()));
    if (!shots.isEmpty())
        w.grab().save(shots + QStringLiteral("/linkchart-zoomed.png"));

    // Hovering an entity tells its attributes, its source and grade, from the workspace.
    const QString tip = view->toolTipAt(view->toScreen(chart->position(person)));
    QVERIFY2(tip.contains(chart->graph().nodes()[size_t(person)].label.toHtmlEscaped())
            && tip.contains(QLatin1String("Source:")) && tip.contains(QLatin1String("graded"))
            && tip.contains(QLatin1String("line")),
        qPrintable(tip));

    // Opened from search: an entity not on the chart lands in the middle of the view.
    view->setView(view->scale(), QPointF(-8000, -8000)); // looking far away
    int absent = -1;
    for (size_t v = 0; v < chart->graph().nodes().size() && absent < 0; ++v) {
        if (!chart->visible().contains(int(v)) && chart->graph().nodes()[v].type == QLatin1String("person")
            && chart->graph().graph().degree(int(v)) > 0 && !chart->graph().nodes()[v].label.contains(QLatin1Char(',')))
            absent = int(v);
    }
    QVERIFY(absent >= 0);
    auto* box = w.findChild<ui::SearchBox*>();
    QVERIFY(box);
    QSignalSpy searched(box, &ui::SearchBox::searched);
    box->lineEdit()->setFocus();
    QTest::keyClicks(box->lineEdit(), chart->graph().nodes()[size_t(absent)].label);
    QVERIFY(searched.wait(5000) || searched.count() > 0);
    QTRY_VERIFY(!box->isSearching());
    QListWidgetItem* hit = nullptr;
    for (int r = 0; r < box->results()->count() && !hit; ++r) {
        QListWidgetItem* item = box->results()->item(r);
        if (item->data(ui::SearchBox::IdRole).toLongLong() == chart->graph().nodes()[size_t(absent)].entityId
            && item->data(ui::SearchBox::KindRole).toInt() == int(analysis::Search::Kind::Entity))
            hit = item;
    }
    QVERIFY(hit);
    QTest::mouseClick(box->results()->viewport(), Qt::LeftButton, {}, box->results()->visualItemRect(hit).center());
    QTRY_VERIFY(chart->visible().contains(absent));
    QCOMPARE(chart->selection(), QSet<int> { absent });
    const QPointF at = view->toScreen(chart->position(absent));
    QVERIFY2(QRectF(view->rect()).contains(at), qPrintable(QStringLiteral("%1,%2").arg(at.x()).arg(at.y())));
    QVERIFY(QLineF(at, QRectF(view->rect()).center()).length() < 5);
    if (!shots.isEmpty())
        w.grab().save(shots + QStringLiteral("/linkchart-search.png"));
}

QTEST_MAIN(TestLinkChartLook)
#include "tst_linkchartlook.moc"
