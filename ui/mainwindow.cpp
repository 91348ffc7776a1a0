#include "mainwindow.h"

#include "accountsview.h"
#include "analysis/analysiscontext.h"
#include "analysis/incidenttablemodel.h"
#include "analysis/involvement.h"
#include "calibrationdialog.h"
#include "chartexpander.h"
#include "chartview.h"
#include "filterbar.h"
#include "importdialog.h"
#include "linkchartview.h"
#include "mappanel.h"
#include "mergereviewdialog.h"
#include "moneyflowchart.h"
#include "network/entitygraph.h"
#include "network/keyactors.h"
#include "network/linkchart.h"
#include "overviewpanel.h"
#include "pathpanel.h"
#include "reporteditor.h"
#include "reports/reportstore.h"
#include "reports/starterdraft.h"
#include "searchbox.h"
#include "store/workspace.h"
#include "timelineview.h"
#include "typologyeditor.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace waymark::ui {

namespace {
constexpr int kMaxRecent = 8;
}

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_context(new analysis::AnalysisContext(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Waymark"));
    setAcceptDrops(true);

    m_model = new analysis::IncidentTableModel(m_context, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("incidentsTable"));
    m_table->setModel(m_model);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(analysis::IncidentTableModel::Id, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setDefaultSectionSize(120);
    m_chart = new network::LinkChart(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->addTab(m_table, tr("&Incidents"));
    m_mapPanel = new MapPanel(m_context, this);
    tabs->addTab(m_mapPanel, tr("&Map"));
    tabs->addTab(createChartPanel(), tr("&Link chart"));
    tabs->addTab(createAccountsPanel(), tr("&Accounts"));
    tabs->addTab(createReportsPanel(), tr("&Reports"));
    setCentralWidget(tabs);
    connect(m_context, &analysis::AnalysisContext::workspaceChanged, this, &MainWindow::reloadChart);
    connect(m_context, &analysis::AnalysisContext::dataChanged, this, &MainWindow::reloadChart);

    m_filterBar = new FilterBar(m_context, this);
    addToolBar(Qt::TopToolBarArea, m_filterBar);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_filterLabel = new QLabel(this);
    statusBar()->addWidget(m_filterLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    createDocks();
    createActions();
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_context, &analysis::AnalysisContext::workspaceChanged, this, &MainWindow::updateStatus);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        std::vector<qint64> ids;
        for (const QModelIndex& row : m_table->selectionModel()->selectedRows())
            ids.push_back(m_model->incidentId(row.row()));
        m_context->setSelection(std::move(ids), m_table);
    });
    // A selection made elsewhere (the map, the chart) shows as selected rows.
    connect(m_context, &analysis::AnalysisContext::selectionChanged, this, [this](const QObject* origin) {
        if (origin != m_table)
            showSelectionInTable();
    });
    connect(m_model, &analysis::IncidentTableModel::loaded, this, &MainWindow::showSelectionInTable);
    // Entities selected on the chart select the incidents they were involved
    // in, everywhere; incidents selected elsewhere select their people on the chart.
    connect(m_chart, &network::LinkChart::selectionChanged, this, [this] {
        store::Workspace* ws = m_context->workspace();
        if (m_syncingChart || !ws || m_chart->selection().isEmpty())
            return;
        std::vector<qint64> entities;
        for (int node : m_chart->selection())
            entities.push_back(m_chart->graph().nodes()[size_t(node)].entityId);
        std::sort(entities.begin(), entities.end());
        m_context->setSelection(analysis::Involvement::incidentsOf(*ws, entities), m_chart);
    });
    connect(m_context, &analysis::AnalysisContext::selectionChanged, this, [this](const QObject* origin) {
        store::Workspace* ws = m_context->workspace();
        if (origin == m_chart || !ws)
            return;
        QSet<int> nodes;
        if (const auto selection = m_context->selection(); selection && !selection->empty()) {
            for (qint64 entity : analysis::Involvement::entitiesOf(*ws, *selection)) {
                const int node = m_chart->graph().indexOf(entity);
                if (node >= 0 && m_chart->visible().contains(node))
                    nodes.insert(node);
            }
        }
        m_syncingChart = true;
        m_chart->setSelection(nodes);
        m_syncingChart = false;
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/incidentsHeader")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry")))
        resize(1500, 900);
    m_fitColumns = !settings.contains(QStringLiteral("window/incidentsHeader"));
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::showSelectionInTable()
{
    const auto selection = m_context->selection();
    std::vector<int> rows;
    if (selection) {
        rows.reserve(selection->size());
        for (qint64 id : *selection) {
            const int row = m_model->rowOf(id);
            if (row >= 0)
                rows.push_back(row);
        }
    }
    std::sort(rows.begin(), rows.end());
    // Contiguous runs become one range each, so a large selection stays cheap.
    QItemSelection ranges;
    const int last = m_model->columnCount() - 1;
    for (size_t k = 0; k < rows.size();) {
        size_t e = k;
        while (e + 1 < rows.size() && rows[e + 1] == rows[e] + 1)
            ++e;
        ranges.select(m_model->index(rows[k], 0), m_model->index(rows[e], last));
        k = e + 1;
    }
    const QSignalBlocker block(m_table->selectionModel());
    // Qt's selection model compares every range with every other: past a few
    // thousand scattered rows it would freeze the window. Then the table
    // keeps the rows in view selected and the status bar gives the count.
    constexpr qsizetype maxRanges = 2000;
    if (ranges.size() > maxRanges) {
        ranges.erase(ranges.begin() + maxRanges, ranges.end());
        statusBar()->showMessage(
            tr("%1 incidents selected; the table highlights the first %2 runs of rows, the map and timeline show all.")
                .arg(QLocale().toString(qint64(rows.size())))
                .arg(maxRanges),
            8000);
    }
    m_table->selectionModel()->select(ranges, QItemSelectionModel::ClearAndSelect);
    m_table->viewport()->update();
    if (!rows.empty())
        m_table->scrollTo(m_model->index(rows.front(), 0));
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAct = file->addAction(tr("&New Workspace…"), this, &MainWindow::newWorkspace);
    newAct->setShortcut(QKeySequence::New);
    newAct->setToolTip(tr("Create an empty workspace file for a new investigation"));
    QAction* openAct = file->addAction(tr("&Open Workspace…"), this, &MainWindow::openWorkspaceDialog);
    openAct->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    QAction* importAct = file->addAction(tr("&Import…"), this, [this] {
        importDialog()->show();
        importDialog()->raise();
    });
    importAct->setObjectName(QStringLiteral("actionImport"));
    importAct->setShortcut(QKeySequence(tr("Ctrl+I")));
    importAct->setToolTip(tr("Import hub extracts, CTDC files or bank transactions (or drop files on the window)"));
    importAct->setEnabled(false);
    connect(m_context, &analysis::AnalysisContext::workspaceChanged, importAct,
        [this, importAct] { importAct->setEnabled(m_context->workspace() != nullptr); });
    QAction* layerAct = file->addAction(tr("Add &Map Layer…"), this, [this] {
        qobject_cast<QTabWidget*>(centralWidget())->setCurrentWidget(m_mapPanel);
        m_mapPanel->addLayerDialog();
    });
    layerAct->setToolTip(tr("Add a GeoPackage or MBTiles file to the map (or drop it on the map)"));
    file->addSeparator();
    QAction* closeAct = file->addAction(tr("&Close Workspace"), this, [this] { m_context->closeWorkspace(); });
    closeAct->setShortcut(QKeySequence::Close);
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QToolBar* tools = addToolBar(tr("Workspace"));
    tools->setObjectName(QStringLiteral("workspaceToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tools->addAction(newAct);
    tools->addAction(openAct);
    tools->addAction(importAct);
    insertToolBar(m_filterBar, tools);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* undo = m_chart->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_chart->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tools->toggleViewAction());
    view->addAction(m_filterBar->toggleViewAction());
    for (QDockWidget* dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Waymark"), this, &MainWindow::about);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    updateRecentMenu();
}

void MainWindow::createDocks()
{
    auto dock = [this](const QString& title, const char* name, QWidget* widget, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(QLatin1String(name)); // restoreState() finds docks by name
        widget->setParent(d);
        d->setWidget(widget);
        addDockWidget(area, d);
        m_docks << d;
        return d;
    };
    dock(tr("Timeline"), "timelineDock", new TimelineView(m_context), Qt::BottomDockWidgetArea);

    auto* charts = new QWidget;
    auto* kind = new QComboBox(charts);
    kind->addItem(tr("Victims by age and gender"), int(analysis::Breakdown::Kind::AgeGender));
    kind->addItem(tr("Victims by citizenship"), int(analysis::Breakdown::Kind::Citizenship));
    kind->addItem(tr("Country of exploitation by type"), int(analysis::Breakdown::Kind::ExploitationCountry));
    kind->addItem(tr("Sources by kind and grade"), int(analysis::Breakdown::Kind::Sources));
    auto* chart = new ChartView(m_context, analysis::Breakdown::Kind::AgeGender, charts);
    connect(kind, &QComboBox::currentIndexChanged, chart,
        [chart, kind] { chart->setKind(analysis::Breakdown::Kind(kind->currentData().toInt())); });
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(2, 2, 2, 2);
    chartsLayout->addWidget(kind);
    chartsLayout->addWidget(chart, 1);
    QDockWidget* breakdown = dock(tr("Breakdown"), "breakdownDock", charts, Qt::RightDockWidgetArea);
    QDockWidget* overview = dock(tr("Overview"), "overviewDock", new OverviewPanel(m_context), Qt::RightDockWidgetArea);
    tabifyDockWidget(breakdown, overview);

    // Search over incidents, entities and accounts, in the toolbar row.
    auto* searchBar = new QToolBar(tr("Search"), this);
    searchBar->setObjectName(QStringLiteral("searchBar"));
    auto* box = new SearchBox(m_context, searchBar);
    box->setMinimumWidth(320);
    searchBar->addWidget(box);
    addToolBar(Qt::TopToolBarArea, searchBar);
    connect(box, &SearchBox::resultChosen, this, [this](analysis::Search::Kind k, qint64 id) {
        auto* tabs = qobject_cast<QTabWidget*>(centralWidget());
        switch (k) {
        case analysis::Search::Kind::Incident:
            tabs->setCurrentWidget(m_table);
            m_context->setSelection({ id }, nullptr);
            break;
        case analysis::Search::Kind::Entity: {
            const int node = m_chart->graph().indexOf(id);
            if (node < 0)
                break;
            tabs->setCurrentWidget(m_chartView->parentWidget());
            if (!m_chart->visible().contains(node))
                m_chart->show({ node }, tr("Show search result"));
            m_chart->setSelection({ node });
            break;
        }
        case analysis::Search::Kind::Account:
            tabs->setCurrentWidget(m_accountsView->parentWidget());
            break;
        }
    });
}

bool MainWindow::openWorkspace(const QString& path, bool create)
{
    if (Status st = m_context->openWorkspace(path, create); !st) {
        QMessageBox::warning(this, tr("Workspace"),
            st.error().toString()
                + (st.error().detail.isEmpty() ? QString() : QStringLiteral("\n\n") + st.error().detail));
        return false;
    }
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentWorkspaces")).toStringList();
    const QString abs = QFileInfo(path).absoluteFilePath();
    recent.removeAll(abs);
    recent.prepend(abs);
    settings.setValue(QStringLiteral("recentWorkspaces"), recent.mid(0, kMaxRecent));
    updateRecentMenu();
    setWindowTitle(tr("%1 — Waymark").arg(QFileInfo(path).fileName()));
    if (m_importDialog) {
        m_importDialog->deleteLater();
        m_importDialog = nullptr;
    }
    return true;
}

void MainWindow::newWorkspace()
{
    QString path
        = QFileDialog::getSaveFileName(this, tr("New workspace"), QString(), tr("Waymark workspaces (*.waymark)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".waymark")))
        path += QLatin1String(".waymark");
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(
            this, tr("New workspace"), tr("%1 already exists. Open it, or choose another name.").arg(path));
        return;
    }
    openWorkspace(path, true);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workspace"), QString(), tr("Waymark workspaces (*.waymark);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentWorkspaces")).toStringList();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent.at(i);
        QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
            [this, path] { openWorkspace(path); });
        a->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::updateStatus()
{
    // The first time a table shows rows, fit its columns to them; later the
    // analyst's own widths are kept.
    if (m_fitColumns && m_model->rowCount() > 0) {
        m_fitColumns = false;
        m_table->horizontalHeader()->setResizeContentsPrecision(200);
        m_table->resizeColumnsToContents();
    }
    if (!m_context->workspace()) {
        m_countLabel->setText(tr("No workspace open: File ▸ New or Open (Ctrl+N, Ctrl+O)"));
        m_filterLabel->clear();
        setWindowTitle(tr("Waymark"));
        return;
    }
    m_countLabel->setText(tr("%1 of %2 incidents")
                              .arg(QLocale().toString(m_model->rowCount()))
                              .arg(QLocale().toString(m_model->totalCount())));
    m_filterLabel->setText(m_context->filter().describe());
}

ImportDialog* MainWindow::importDialog()
{
    if (!m_importDialog)
        m_importDialog = new ImportDialog(m_context, this);
    return m_importDialog;
}

void MainWindow::importFiles(const QStringList& paths)
{
    if (!m_context->workspace()) {
        QMessageBox::information(this, tr("Import"), tr("Open or create a workspace first."));
        return;
    }
    ImportDialog* d = importDialog();
    d->addFiles(paths);
    d->show();
    d->raise();
    d->start();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_importDialog && m_importDialog->isRunning()) {
        if (QMessageBox::question(this, tr("Import running"),
                tr("An import is running. Cancel it and quit? The workspace stays as it was before that file."))
            != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_importDialog->cancel();
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/incidentsHeader"), m_table->horizontalHeader()->saveState());
    if (m_context->workspace())
        settings.setValue(QStringLiteral("lastWorkspace"), m_context->workspacePath());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls() && m_context->workspace())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    QStringList paths;
    for (const QUrl& url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        importFiles(paths);
    }
}

QWidget* MainWindow::createReportsPanel()
{
    auto* panel = new QWidget(this);
    m_reportEditor = new ReportEditor(m_context, panel);
    auto* bar = new QToolBar(panel);
    auto* open = new QComboBox(bar);
    open->setMinimumWidth(320);
    open->setToolTip(tr("Reports in this workspace"));
    auto refresh = [this, open] {
        const QSignalBlocker block(open);
        open->clear();
        open->addItem(tr("Open a report…"), 0);
        if (store::Workspace* ws = m_context->workspace()) {
            reports::ReportStore store(*ws);
            if (auto list = store.list()) {
                for (const auto& r : list.value())
                    open->addItem(tr("%1 (version %2)%3")
                                      .arg(r.title)
                                      .arg(r.version)
                                      .arg(r.generated ? tr(", generated") : QString()),
                        r.id);
            }
        }
    };
    auto report = [this](const Status& st) {
        if (!st)
            QMessageBox::warning(this, tr("Reports"), st.error().toString());
    };
    QAction* add = bar->addAction(tr("New report"), this, [this, refresh, report] {
        if (m_context->workspace()) {
            report(m_reportEditor->newReport(reports::ReportDocument::Template::StandardKjr));
            refresh();
        }
    });
    add->setToolTip(tr("A new Key Judgement Report from the standard template"));
    QAction* draft = bar->addAction(tr("Starter draft from the data"), this, [this, refresh, report] {
        store::Workspace* ws = m_context->workspace();
        if (!ws)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        Feedback feedback;
        auto doc = reports::StarterDraft::build(*ws, m_context->filter(), feedback, {});
        Result<qint64> id = doc ? reports::ReportStore(*ws).create(doc.value(), tr("Generated starter draft"))
                                : Result<qint64>(doc.error());
        QApplication::restoreOverrideCursor();
        if (!id) {
            report(id.error());
            return;
        }
        report(m_reportEditor->openReport(id.value()));
        refresh();
    });
    draft->setToolTip(tr("A draft for the current filter: leading routes, emerging hotspots and key actors with "
                         "their numbers and evidence, marked as generated for you to rewrite"));
    bar->addWidget(open);
    connect(open, &QComboBox::activated, this, [this, open, report] {
        if (const qint64 id = open->currentData().toLongLong())
            report(m_reportEditor->openReport(id));
    });
    connect(m_context, &analysis::AnalysisContext::workspaceChanged, open, refresh);
    refresh();
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_reportEditor, 1);
    return panel;
}

QWidget* MainWindow::createAccountsPanel()
{
    auto* panel = new QWidget(this);
    m_accountsView = new AccountsView(panel);
    auto* bar = new QToolBar(panel);
    QAction* score = bar->addAction(tr("Score accounts"), this, [this] {
        if (m_context->workspace())
            m_accountsView->score(m_context->workspacePath());
    });
    score->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    score->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    panel->addAction(score);
    score->setToolTip(tr("Score every bank account of the workspace against the financial typologies, in the "
                         "background; the run is stored in the workspace (Ctrl+Shift+S)"));
    QAction* calibrate = bar->addAction(tr("Calibrate…"), this, [this] {
        if (!m_context->workspace())
            return;
        auto* dialog = new CalibrationDialog(m_context->workspacePath(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    calibrate->setToolTip(tr("Fit the typologies' weights to labelled accounts; ROC, precision–recall, calibration"));
    QAction* edit = bar->addAction(tr("Typologies…"), this, [this] {
        if (!m_context->workspace())
            return;
        auto* dialog = new TypologyEditor(m_context->workspacePath(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    edit->setToolTip(tr("Edit the typologies' weights; each save is a new version, audited"));
    auto* status = new QLabel(tr("Score the accounts to rank them by the chance their holder is a trafficker."), bar);
    bar->addWidget(status);
    connect(m_accountsView, &AccountsView::scoresReady, status,
        [this, status] { status->setText(tr("%n account(s) ranked.", nullptr, m_accountsView->accountCount())); });
    connect(m_accountsView, &AccountsView::failed, status, &QLabel::setText);
    connect(m_accountsView, &AccountsView::moneyFlowRequested, this, &MainWindow::showMoneyFlow);
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_accountsView, 1);
    return panel;
}

QWidget* MainWindow::createChartPanel()
{
    auto* panel = new QWidget(this);
    m_chartView = new LinkChartView(m_chart, panel);
    connect(m_chartView, &LinkChartView::layoutRequested, this, &MainWindow::layOutChart);
    auto* bar = new QToolBar(panel);
    bar->setObjectName(QStringLiteral("chartToolBar"));
    auto add = [&](const QString& text, const QString& tip, QKeySequence key, auto slot) {
        QAction* a = bar->addAction(text, this, slot);
        a->setToolTip(tip + QStringLiteral(" (") + key.toString(QKeySequence::NativeText) + QLatin1Char(')'));
        return a;
    };
    // Expansions big enough to take a while are laid out on a worker.
    auto* expander = new ChartExpander(m_chart, this);
    expander->setObjectName(QStringLiteral("chartExpander"));
    connect(m_chartView, &LinkChartView::expandRequested, expander, &ChartExpander::expand);
    connect(expander, &ChartExpander::started, this, [this](int count) {
        statusBar()->showMessage(tr("Placing %n new entities around the chart…", nullptr, count));
    });
    connect(expander, &ChartExpander::finished, this,
        [this](int added) { statusBar()->showMessage(tr("%n entities added to the chart.", nullptr, added), 4000); });
    add(tr("Expand"), tr("Add everything one link away from the selection; Shift+E: two links"),
        QKeySequence(Qt::Key_E), [expander] { expander->expand(1); });
    add(tr("Hide"), tr("Take the selection off the chart"), QKeySequence(Qt::Key_Delete),
        [this] { m_chart->hide(m_chart->selection()); });
    add(tr("Pin"), tr("Keep the selection where it is when the chart is laid out"), QKeySequence(Qt::Key_P),
        [this] { m_chart->setPinned(m_chart->selection(), true); });
    add(tr("Lay out"), tr("Lay the chart out again; pinned entities stay"), QKeySequence(Qt::Key_L),
        [this] { layOutChart(); });
    add(tr("Fit"), tr("Show the whole chart"), QKeySequence(Qt::Key_F), [this] { m_chartView->zoomToFit(); });
    bar->addSeparator();
    // Paths between two selected entities, listed hop by hop beside the chart.
    auto* paths = new PathPanel(m_chart, panel);
    connect(m_chartView, &LinkChartView::pathRequested, paths, &PathPanel::find);
    // Paths, and grouping, each behind one button, so the toolbar fits a laptop's screen.
    auto menuButton = [&](const QString& text, const QString& tip) {
        auto* button = new QToolButton(bar);
        button->setText(text);
        button->setToolTip(tip);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setMenu(new QMenu(button));
        bar->addWidget(button);
        return button->menu();
    };
    auto item
        = [](QMenu* menu, const QString& text, const QString& tip, QKeySequence key, const char* name, auto slot) {
              QAction* a = menu->addAction(text, slot);
              a->setToolTip(tip);
              a->setShortcut(key); // shown in the menu; the chart's keys do the work
              a->setShortcutContext(Qt::WidgetShortcut);
              a->setObjectName(QLatin1String(name));
              return a;
          };
    QMenu* pathMenu = menuButton(tr("Path"), tr("A path between the two selected entities (S, W, T)"));
    pathMenu->setToolTipsVisible(true);
    item(pathMenu, tr("Shortest path"), tr("The fewest links between the two selected entities"),
        QKeySequence(Qt::Key_S), "actionShortestPath", [paths] { paths->find(LinkChartView::PathKind::Shortest); });
    item(pathMenu, tr("Strongest path"), tr("The path along the strongest ties (a link costs 1 / its weight)"),
        QKeySequence(Qt::Key_W), "actionWeightedPath", [paths] { paths->find(LinkChartView::PathKind::Weighted); });
    item(pathMenu, tr("Time-respecting path"), tr("A path whose every link is no earlier than the one before"),
        QKeySequence(Qt::Key_T), "actionTimePath", [paths] { paths->find(LinkChartView::PathKind::TimeRespecting); });
    pathMenu->addSeparator();
    pathMenu->addAction(tr("Clear path"), paths, &PathPanel::clear);
    QMenu* groupMenu = menuButton(tr("Group"), tr("Group entities into one node, or collapse leaves (G, C)"));
    groupMenu->setToolTipsVisible(true);
    item(groupMenu, tr("Group"), tr("Make one group node of the selected entities"), QKeySequence(Qt::Key_G),
        "actionGroup", [this] { m_chart->group(m_chart->selection()); });
    item(groupMenu, tr("Ungroup"), tr("Break up the selected groups"), QKeySequence(Qt::SHIFT | Qt::Key_G),
        "actionUngroup", [this] { m_chart->ungroup(m_chart->selection()); });
    item(groupMenu, tr("Collapse leaves"), tr("Fold the selection's leaf neighbours (its phones, accounts…) into it"),
        QKeySequence(Qt::Key_C), "actionCollapse", [this] { m_chart->collapseLeaves(m_chart->selection()); });
    item(groupMenu, tr("Show collapsed"), tr("Show again what was collapsed into the selection"),
        QKeySequence(Qt::SHIFT | Qt::Key_C), "actionUncollapse",
        [this] { m_chart->expandCollapsed(m_chart->selection()); });
    bar->addSeparator();
    auto* sizeBy = new QComboBox(bar);
    sizeBy->setObjectName(QStringLiteral("chartSizeBy"));
    sizeBy->setToolTip(tr("What the size of an entity shows"));
    sizeBy->addItem(tr("Size: links"), int(LinkChartView::SizeBy::Degree));
    sizeBy->addItem(tr("Size: betweenness"), int(LinkChartView::SizeBy::Betweenness));
    sizeBy->addItem(tr("Size: PageRank"), int(LinkChartView::SizeBy::PageRank));
    connect(sizeBy, &QComboBox::currentIndexChanged, this,
        [this, sizeBy] { m_chartView->setSizeBy(LinkChartView::SizeBy(sizeBy->currentData().toInt())); });
    bar->addWidget(sizeBy);
    QAction* community = bar->addAction(tr("Communities"));
    community->setCheckable(true);
    community->setToolTip(tr("Colour entities by the community Louvain finds instead of by type"));
    connect(community, &QAction::toggled, m_chartView, &LinkChartView::setColourByCommunity);
    QAction* fade = bar->addAction(tr("Fade outside window"));
    fade->setObjectName(QStringLiteral("actionFadeOutside"));
    fade->setCheckable(true);
    fade->setToolTip(tr("Links dated outside the filter's time window are hidden; with this on they are drawn "
                        "faded instead. Undated links are always drawn."));
    connect(fade, &QAction::toggled, m_chartView, &LinkChartView::setFadeOutside);
    // The chart follows the shared time window.
    auto followWindow = [this] { m_chart->setTimeWindow(m_context->filter().dayFrom, m_context->filter().dayTo); };
    connect(m_context, &analysis::AnalysisContext::filterChanged, m_chart, followWindow);
    followWindow();
    bar->addSeparator();
    QAction* merges = bar->addAction(tr("Merges…"), this, [this] {
        if (!m_context->workspace())
            return;
        auto* dialog = new MergeReviewDialog(m_context, &m_chart->graph(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // A merge accepted or undone: the same chart over the new graph.
        connect(dialog, &MergeReviewDialog::mergesChanged, this, [this] {
            if (store::Workspace* ws = m_context->workspace()) {
                if (auto graph = network::EntityGraph::load(*ws))
                    m_chart->updateGraph(std::move(graph.value()));
                else
                    statusBar()->showMessage(graph.error().toString(), 10000);
            }
        });
        dialog->show();
    });
    merges->setObjectName(QStringLiteral("actionReviewMerges"));
    merges->setToolTip(tr("Review suggested merges of likely duplicates: accept or reject each, undo any"));
    QAction* exportAct = bar->addAction(tr("Export…"), this, [this] {
        if (m_chart->visible().isEmpty())
            return;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export link chart"), QString(), tr("PNG image (*.png);;SVG drawing (*.svg)"));
        if (path.isEmpty())
            return;
        if (Status st = m_chartView->exportSnapshot(path, chartCaption()); !st)
            QMessageBox::warning(this, tr("Export link chart"), st.error().toString());
        else
            statusBar()->showMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)), 5000);
    });
    exportAct->setObjectName(QStringLiteral("actionExportChart"));
    exportAct->setToolTip(tr("Save the chart as drawn, with a legend and a caption, as PNG or SVG"));
    bar->addAction(tr("Save chart…"), this, [this] {
        if (!m_context->workspace())
            return;
        bool ok = false;
        const QString name
            = QInputDialog::getText(this, tr("Save chart"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        if (Status st = m_chart->saveAs(*m_context->workspace(), name); !st)
            QMessageBox::warning(this, tr("Save chart"), st.error().toString());
    });
    bar->addAction(tr("Open chart…"), this, [this] {
        if (!m_context->workspace())
            return;
        const QStringList names = network::LinkChart::names(*m_context->workspace());
        if (names.isEmpty()) {
            QMessageBox::information(this, tr("Open chart"), tr("No chart has been saved in this workspace yet."));
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Open chart"), tr("Chart:"), names, 0, false, &ok);
        if (!ok)
            return;
        const auto missing = m_chart->open(*m_context->workspace(), name);
        if (!missing)
            QMessageBox::warning(this, tr("Open chart"), missing.error().toString());
        else if (missing.value() > 0)
            QMessageBox::information(this, tr("Open chart"),
                tr("%1 entities of this chart are no longer in the workspace (a later import removed them).")
                    .arg(missing.value()));
        m_chartView->zoomToFit();
    });
    auto* layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    auto* row = new QHBoxLayout;
    row->setSpacing(0);
    row->addWidget(m_chartView, 1);
    row->addWidget(paths);
    // An account's money flow takes the chart's place until the analyst goes back.
    m_moneyChart = new MoneyFlowChart(panel);
    m_moneyChart->hide();
    row->addWidget(m_moneyChart, 1);
    layout->addLayout(row, 1);
    connect(m_moneyChart, &MoneyFlowChart::backRequested, this, [this, bar, paths] {
        m_moneyChart->hide();
        bar->show();
        m_chartView->show();
        paths->setVisible(paths->property("wasVisible").toBool());
        m_chartView->setFocus();
    });
    return panel;
}

void MainWindow::layOutChart()
{
    // Small charts lay out at once; big ones on a worker thread, with
    // progress and Cancel, while the chart stays usable.
    if (m_chart->visible().size() < 400) {
        m_chart->relayout();
        m_chartView->zoomToFit();
        return;
    }
    if (m_layoutWatcher.isRunning())
        return;
    auto feedback = std::make_shared<Feedback>();
    auto* progress = new QProgressDialog(
        tr("Laying out %1 entities…").arg(m_chart->visible().size()), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("layoutProgress"));
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(300);
    QPointer<QProgressDialog> guard(progress);
    feedback->setProgressCallback([guard](double f, const QString&) {
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, f] {
                if (guard)
                    guard->setValue(int(f * 1000));
            },
            Qt::QueuedConnection);
    });
    connect(progress, &QProgressDialog::canceled, this, [feedback] { feedback->cancel(); });
    const network::LinkChart::LayoutRequest request = m_chart->relayoutRequest();
    disconnect(&m_layoutWatcher, nullptr, this, nullptr);
    connect(&m_layoutWatcher, &QFutureWatcher<network::Layout::Points>::finished, this, [this, feedback, progress] {
        if (!feedback->isCanceled()) {
            m_chart->applyLayout(m_layoutWatcher.result());
            m_chartView->zoomToFit();
        }
        progress->deleteLater();
    });
    m_layoutWatcher.setFuture(
        QtConcurrent::run([request, feedback] { return network::LinkChart::computeLayout(request, feedback.get()); }));
}

void MainWindow::reloadChart()
{
    store::Workspace* ws = m_context->workspace();
    if (!ws) {
        m_chart->setGraph(network::EntityGraph());
        return;
    }
    auto graph = network::EntityGraph::load(*ws);
    if (!graph) {
        statusBar()->showMessage(graph.error().toString(), 10000);
        return;
    }
    const network::EntityGraph attributed = graph->attributed();
    m_chart->setGraph(std::move(graph.value()));
    // Start from the five most important people and what they touch.
    const network::EntityGraph& eg = m_chart->graph();
    std::vector<bool> people(eg.nodes().size());
    for (size_t v = 0; v < people.size(); ++v)
        people[v] = eg.nodes()[v].type == QLatin1String("person");
    if (eg.graph().edgeCount() == 0)
        return;
    const auto actors = network::KeyActors::rank(attributed.graph(), people);
    QSet<int> start;
    for (size_t i = 0; i < actors.size() && i < 5; ++i)
        start.insert(actors[i].node);
    m_chart->show(start, tr("Key actors"));
    // A selection only to expand from: not the analyst's, so not shared.
    m_syncingChart = true;
    m_chart->setSelection(start);
    m_chart->expand(1);
    m_chart->setSelection({});
    m_syncingChart = false;
    m_chart->undoStack()->clear();
    m_chartView->zoomToFit();
}

void MainWindow::showMoneyFlow(const QString& accountKey)
{
    store::Workspace* ws = m_context->workspace();
    if (!ws)
        return;
    QWidget* panel = m_chartView->parentWidget();
    if (Status st = m_moneyChart->showAccount(*ws, accountKey); !st) {
        QMessageBox::information(this, tr("Money flow"), st.error().toString());
        return;
    }
    auto* paths = panel->findChild<PathPanel*>(QStringLiteral("pathPanel"));
    if (!m_moneyChart->isVisible() && m_chartView->isVisibleTo(panel))
        paths->setProperty("wasVisible", paths->isVisibleTo(panel));
    panel->findChild<QToolBar*>(QStringLiteral("chartToolBar"))->hide();
    m_chartView->hide();
    paths->hide();
    m_moneyChart->show();
    qobject_cast<QTabWidget*>(centralWidget())->setCurrentWidget(panel);
    m_moneyChart->view()->setFocus();
}

QString MainWindow::chartCaption() const
{
    const QString filter = m_context->filter().describe();
    return tr("Link chart: %1 entities shown%2. Made with Waymark.")
        .arg(m_chart->visible().size() - m_chart->folded().size())
        .arg(filter.isEmpty() ? QString() : tr(" · %1").arg(filter));
}

void MainWindow::about()
{
    QMessageBox::about(this, tr("About Waymark"),
        tr("<h3>Waymark %1</h3>"
           "<p>An offline workstation for analysts who fight human trafficking: hub extracts in a local "
           "workspace, routes and hotspots, link graphs, financial typologies and Key Judgement Reports.</p>"
           "<p>Waymark opens no network connection.</p>"
           "<p><b>Data attributions</b><br/>"
           "Source: Counter-Trafficking Data Collaborative (CTDC), Global Synthetic Dataset.<br/>"
           "Country codes and names: ISO 3166 via Debian iso-codes (LGPL-2.1+).<br/>"
           "Representative points: IANA time zone database (public domain).</p>")
            .arg(QApplication::applicationVersion()));
}

} // namespace waymark::ui
