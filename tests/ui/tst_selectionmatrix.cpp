#include "accountspanel.h"
#include "accountsview.h"
#include "analysis/analysiscontext.h"
#include "analysis/incidentsnapshot.h"
#include "analysis/incidenttablemodel.h"
#include "analysis/involvement.h"
#include "analysis/snapshotsource.h"
#include "mainwindow.h"
#include "map/mapmodel.h"
#include "mappanel.h"
#include "network/linkchart.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"
#include "timelineview.h"

#include <QItemSelectionModel>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

/// The cross-view selection matrix: a selection made in each view (the
/// incidents table, the map, the timeline, the link chart, the accounts)
/// reaches every other view of one main window over a real workspace.
class TestSelectionMatrix : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;

    analysis::AnalysisContext* context() const { return m_window->context(); }
    store::Workspace& ws() const { return *context()->workspace(); }
    map::MapModel* map() const { return m_window->mapPanel()->model(); }
    ui::TimelineView* timeline() const { return m_window->findChild<ui::TimelineView*>(); }
    QTableView* table() const { return m_window->incidentsView(); }
    analysis::IncidentTableModel* tableModel() const
    {
        return qobject_cast<analysis::IncidentTableModel*>(table()->model());
    }
    QTabWidget* tabs() const { return m_window->findChild<QTabWidget*>(QStringLiteral("mainTabs")); }

    int selectedInBins() const
    {
        const auto& b = timeline()->bins();
        int n = 0;
        for (int i = 0; i < b.binCount(); ++i)
            n += b.selected(i);
        for (const auto& p : b.periods())
            n += p.selected;
        return n;
    }

    /// A chart node of a person involved in incidents, and that entity.
    std::pair<int, qint64> personWithIncidents() const
    {
        network::LinkChart* chart = m_window->linkChart();
        for (int node : chart->visible()) {
            const qint64 id = chart->graph().nodes()[size_t(node)].entityId;
            if (!analysis::Involvement::incidentsOf(ws(), { id }).empty())
                return { node, id };
        }
        return { -1, 0 };
    }

    /// Makes a selection the way the user does in that view; returns the view.
    const QObject* selectIn(const QString& view)
    {
        const auto snap = context()->snapshots()->snapshot();
        if (view == QLatin1String("table")) {
            tabs()->setCurrentIndex(0);
            table()->selectionModel()->select(QItemSelection(tableModel()->index(3, 0), tableModel()->index(22, 0)),
                QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            return table();
        }
        if (view == QLatin1String("map")) {
            map()->select(std::vector<qint64>(snap->ids.begin() + 200, snap->ids.begin() + 240));
            return map();
        }
        if (view == QLatin1String("timeline")) {
            const auto& b = timeline()->bins();
            int busiest = 0;
            for (int i = 0; i < b.binCount(); ++i)
                if (b.total(i) > b.total(busiest))
                    busiest = i;
            timeline()->selectBin(busiest);
            return timeline();
        }
        if (view == QLatin1String("chart")) {
            const auto [node, entity] = personWithIncidents();
            Q_UNUSED(entity);
            m_window->linkChart()->setSelection({ node });
            return m_window->linkChart();
        }
        // Accounts: open the page of an account whose holder was involved in incidents.
        const qint64 account = ws().scalar("SELECT a.id FROM accounts a JOIN incident_entities ie ON ie.entity_id = "
                                           "a.holder_entity_id ORDER BY a.id LIMIT 1");
        ui::AccountsView* accounts = m_window->accountsView();
        tabs()->setCurrentWidget(accounts->parentWidget());
        auto* accountsTable = accounts->findChild<QTableView*>();
        for (int r = 0; r < accountsTable->model()->rowCount(); ++r)
            if (accountsTable->model()->index(r, 0).data(Qt::UserRole).toLongLong() == account) {
                accountsTable->setCurrentIndex(accountsTable->model()->index(r, 1));
                break;
            }
        // The holder's incidents are read in the background.
        if (!QTest::qWaitFor([this] {
                return !m_window->accountsPanel()->isLinking() && context()->selection()
                    && !context()->selection()->empty();
            }))
            return nullptr;
        return accounts;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_selectionmatrix"));
        QSettings().clear();
        m_path = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(test::sampleWorkspace(m_dir.path(), m_path, 1500, 5));
        m_window = std::make_unique<ui::MainWindow>();
        m_window->resize(1400, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(m_window->openWorkspace(m_path));
        QTRY_VERIFY(!m_window->isChartLoading()); // the chart is read in the background
        QTRY_VERIFY_WITH_TIMEOUT(context()->snapshots()->snapshot() && !context()->snapshots()->isLoading(), 10000);
        QTRY_VERIFY(map()->snapshot() == context()->snapshots()->snapshot());
        QTRY_COMPARE(tableModel()->rowCount(), 1500);
        QVERIFY(timeline());
        timeline()->showAll();
        QVERIFY(m_window->accountsView()->scoreNow(m_path));
        QVERIFY(m_window->accountsView()->accountCount() > 0);
        QVERIFY(personWithIncidents().first >= 0);
        QVERIFY(ws().scalar("SELECT count(*) FROM accounts a JOIN incident_entities ie ON ie.entity_id = "
                            "a.holder_entity_id")
            > 0);
    }

    void everyViewToEveryOther_data()
    {
        QTest::addColumn<QString>("from");
        for (const char* view : { "table", "map", "timeline", "chart", "accounts" })
            QTest::newRow(view) << QString::fromLatin1(view);
    }
    void everyViewToEveryOther()
    {
        QFETCH(QString, from);
        context()->setSelection({});
        QVERIFY(context()->selection()->empty());
        const QObject* origin = selectIn(from);
        QVERIFY(origin);
        const auto selection = context()->selection();
        QVERIFY2(selection && !selection->empty(), qPrintable(from));
        const std::vector<qint64>& ids = *selection;
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        const auto snap = context()->snapshots()->snapshot();

        // The incidents table: each selected incident's row drawn selected.
        QTRY_COMPARE(tableModel()->selectedRowCount(), qint64(ids.size()));
        // The map: every one counted as selected.
        QCOMPARE(map()->counts().selected, qint64(ids.size()));
        // The timeline: each dated one highlighted in its bin (or its month/year band).
        qint64 dated = 0;
        for (quint32 i : snap->indicesOf(ids))
            dated += snap->dayFrom[i] != analysis::IncidentSnapshot::noDay;
        QCOMPARE(selectedInBins(), int(dated));
        // The link chart: the people involved that it shows.
        network::LinkChart* chart = m_window->linkChart();
        if (origin != chart) {
            QSet<int> expected;
            for (qint64 entity : analysis::Involvement::entitiesOf(ws(), ids))
                if (const int node = chart->graph().indexOf(entity); node >= 0 && chart->visible().contains(node))
                    expected.insert(node);
            QCOMPARE(chart->selection(), expected);
        } else {
            // The chart's own selection stays what the user picked; the incidents are their involvement.
            QCOMPARE(chart->selection().size(), 1);
            const qint64 entity = chart->graph().nodes()[size_t(*chart->selection().begin())].entityId;
            QCOMPARE(ids, analysis::Involvement::incidentsOf(ws(), { entity }));
        }
        // The accounts: those whose holder was involved, marked when the tab is looked at.
        tabs()->setCurrentWidget(m_window->accountsView()->parentWidget());
        const std::vector<qint64> accounts = analysis::Involvement::accountsOf(ws(), ids);
        QTRY_COMPARE(m_window->accountsView()->linked(), accounts); // read in the background
        int shown = 0;
        auto* accountsTable = m_window->accountsView()->findChild<QTableView*>();
        for (int r = 0; r < accountsTable->model()->rowCount(); ++r)
            shown += std::binary_search(
                accounts.begin(), accounts.end(), accountsTable->model()->index(r, 0).data(Qt::UserRole).toLongLong());
        QCOMPARE(m_window->accountsView()->linkedRowCount(), shown);
        if (from == QLatin1String("accounts"))
            QVERIFY(!accounts.empty());
        tabs()->setCurrentIndex(0);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestSelectionMatrix)
#include "tst_selectionmatrix.moc"
