#include "mainwindow.h"

#include "figureexportflow.h"
#include "sharedialog.h"

#include "accountspanel.h"
#include "accountsview.h"
#include "analysis/analysiscontext.h"
#include "analysis/incidenttablemodel.h"
#include "analysis/snapshotsource.h"
#include "chartpanel.h"
#include "chartview.h"
#include "customplot.h"
#include "evidencedragsource.h"
#include "filterbar.h"
#include "helpbrowser.h"
#include "importdialog.h"
#include "incidentspanel.h"
#include "ingest/tablesourcefactory.h"
#include "languagemenu.h"
#include "linkchartview.h"
#include "map/mapmodel.h"
#include "mappanel.h"
#include "mapview.h"
#include "messages.h"
#include "moneyflowchart.h"
#include "network/linkchart.h"
#include "overviewpanel.h"
#include "readytrace.h"
#include "reporteditor.h"
#include "reports/evidencemime.h"
#include "reportspanel.h"
#include "routechartview.h"
#include "sample/samplegenerator.h"
#include "searchbox.h"
#include "shortcutlist.h"
#include "shortcutsdialog.h"
#include "specificationeditor.h"
#include "startpage.h"
#include "store/cryptvfs.h"
#include "store/workspace.h"
#include "timelineview.h"

#include <algorithm>
#include <memory>

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

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

    m_incidents = new IncidentsPanel(m_context, this);
    m_model = m_incidents->model();
    m_table = m_incidents->table();
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("mainTabs"));
    m_tabs->addTab(m_incidents, tr("&Incidents"));
    m_mapPanel = new MapPanel(m_context, this);
    m_tabs->addTab(m_mapPanel, tr("&Map"));
    m_chartPanel = new ChartPanel(m_context, this);
    m_tabs->addTab(m_chartPanel, tr("&Link chart"));
    m_accountsPanel = new AccountsPanel(m_context, this);
    m_tabs->addTab(m_accountsPanel, tr("&Accounts"));
    m_reportsPanel = new ReportsPanel(m_context, this);
    m_tabs->addTab(m_reportsPanel, tr("&Reports"));
    // Evidence dragged from one tab is dropped in the Reports tab: holding it over a tab opens that tab.
    m_tabs->tabBar()->setChangeCurrentOnDrag(true);
    m_tabs->tabBar()->setAcceptDrops(true);
    m_start = new StartPage(this);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_start);
    m_central->addWidget(m_tabs);
    setCentralWidget(m_central);
    connect(m_start, &StartPage::sampleRequested, this, &MainWindow::openSample);
    connect(m_start, &StartPage::newRequested, this, [this] { newWorkspace(false); });
    connect(m_start, &StartPage::openRequested, this, &MainWindow::openWorkspaceDialog);
    connect(m_start, &StartPage::recentChosen, this, [this](const QString& path) { openWorkspace(path); });
    connect(m_start, &StartPage::helpRequested, this, [this](const QString& page) { showHelp(page); });
    connect(m_start, &StartPage::importRequested, this, [this] {
        // Import needs a workspace to go into: name it first.
        newWorkspace(false);
        if (m_context->workspace()) {
            importDialog()->show();
            importDialog()->raise();
        }
    });
    connect(m_chartPanel, &ChartPanel::chartLoaded, this, &MainWindow::chartLoaded);
    connect(m_chartPanel, &ChartPanel::message, statusBar(), &QStatusBar::showMessage);
    connect(m_accountsPanel, &AccountsPanel::moneyFlowRequested, this, &MainWindow::showMoneyFlow);
    connect(m_accountsPanel, &AccountsPanel::citeRequested, this,
        [this](const QString& key) { m_accountsPanel->setStatus(m_reportsPanel->citeAccount(key)); });
    // Figures show what the views show now.
    reportEditor()->setFigureSource([this](const QString& kind) { return figureRequest(kind); });

    m_filterBar = new FilterBar(m_context, this);
    addToolBar(Qt::TopToolBarArea, m_filterBar);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    m_filterLabel = new QLabel(this);
    statusBar()->addWidget(m_filterLabel, 1);
    statusBar()->addPermanentWidget(m_countLabel);

    createDocks();
    createActions();
    // Every toolbar button's tooltip names its key, from the action's own shortcut.
    ShortcutList::nameKeysInToolTips(this);
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::updateStatus);
    connect(m_context, &analysis::AnalysisContext::workspaceChanged, this, &MainWindow::updateStatus);
    connect(m_context, &analysis::AnalysisContext::workspaceDamaged, this,
        [this](const Error& error) { Messages::critical(this, tr("Workspace"), error); });
    // Selected incidents dragged onto a report's judgement are cited there.
    new EvidenceDragSource(m_table, [this](QPoint) {
        std::vector<reports::EvidenceMime::Item> items;
        if (store::Workspace* ws = m_context->workspace()) {
            for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
                if (auto item = reports::EvidenceMime::itemFor(
                        *ws, reports::Evidence::Kind::Incident, m_model->incidentId(row.row())))
                    items.push_back(item.value());
            }
        }
        return items;
    });

    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_table->horizontalHeader()->restoreState(settings.value(QStringLiteral("window/incidentsHeader")).toByteArray());
    if (!settings.contains(QStringLiteral("window/geometry"))) {
        // First run: no bigger than the screen when the window can fit it
        // (a 1366×768 laptop); the tab gets the height the timeline can spare.
        QSize size(1500, 900);
        const QSize screenSize = screen()->availableSize();
        if (screenSize.expandedTo(minimumSizeHint()) == screenSize)
            size = size.boundedTo(screenSize);
        resize(size);
    }
    if (!settings.contains(QStringLiteral("window/state"))) {
        auto* timeline = findChild<QDockWidget*>(QStringLiteral("timelineDock"));
        auto* breakdown = findChild<QDockWidget*>(QStringLiteral("breakdownDock"));
        resizeDocks({ timeline }, { timeline->minimumSizeHint().height() }, Qt::Vertical);
        resizeDocks({ breakdown }, { breakdown->minimumSizeHint().width() }, Qt::Horizontal);
    }
    // The analyst comes back to the tab they left.
    m_tabs->setCurrentIndex(
        std::clamp(settings.value(QStringLiteral("window/tab"), 0).toInt(), 0, m_tabs->count() - 1));
    m_fitColumns = !settings.contains(QStringLiteral("window/incidentsHeader"));
    connect(m_context, &analysis::AnalysisContext::workspaceChanged, this,
        [this] { showStartPage(m_context->workspace() == nullptr); });
    m_central->setCurrentWidget(m_tabs); // the docks as restored, until the start page hides them
    showStartPage(true);
    updateStatus();
    traceReadiness();
}

void MainWindow::traceReadiness()
{
    ReadyTrace* trace = ReadyTrace::fromEnvironment(this);
    if (!trace)
        return;
    analysis::SnapshotSource* source = m_context->snapshots();
    // Slots run in connection order: these after the views' own, which
    // rebuild synchronously when the snapshot arrives.
    connect(m_context, &analysis::AnalysisContext::workspaceChanged, trace,
        [trace] { trace->mark(QStringLiteral("workspace open")); });
    connect(source, &analysis::SnapshotSource::snapshotChanged, trace, [trace, source] {
        if (source->snapshot()) {
            const auto [waited, took] = source->loadTimes();
            trace->mark(
                (source->isFromCache() ? QStringLiteral("snapshot from cache") : QStringLiteral("snapshot from SQLite"))
                + QStringLiteral(" (waited %1 ms for a worker, loaded in %2 ms)").arg(waited).arg(took));
        }
    });
    auto snapshotFinal = [source] { return source->snapshot() && !source->isLoading(); };
    auto tableLoaded = std::make_shared<bool>(false);
    connect(m_model, &analysis::IncidentTableModel::loaded, trace, [trace, tableLoaded] {
        *tableLoaded = true;
        trace->mark(QStringLiteral("table rows in"));
    });
    // What else the GUI thread does at start-up, to tell where its time went.
    connect(
        m_chartPanel, &ChartPanel::chartLoaded, trace, [trace] { trace->mark(QStringLiteral("link chart shown")); });
    trace->watch(QStringLiteral("incidents table"), m_table->viewport(),
        [this, tableLoaded] { return m_context->workspace() && *tableLoaded && !m_model->isLoading(); });
    map::MapModel* mapModel = m_mapPanel->model();
    trace->watch(QStringLiteral("map"), m_mapPanel->view(),
        [snapshotFinal, mapModel, source] { return snapshotFinal() && mapModel->snapshot() == source->snapshot(); });
    trace->watch(QStringLiteral("timeline"), m_timeline->plot(), snapshotFinal);
    auto breakdownLoaded = std::make_shared<bool>(false);
    connect(m_breakdown, &ChartView::loaded, trace, [breakdownLoaded] { *breakdownLoaded = true; });
    trace->watch(QStringLiteral("breakdown"), m_breakdown->plot(),
        [this, breakdownLoaded] { return m_context->workspace() && *breakdownLoaded && !m_breakdown->isLoading(); });
    if (auto* routes = findChild<RouteChartView*>())
        trace->watch(QStringLiteral("route volume"), routes->plot(),
            [snapshotFinal, routes] { return snapshotFinal() && !routes->isBuilding(); });
}

MainWindow::~MainWindow()
{
    // The report editor keeps unsaved typing as it closes: let it do so while
    // the workspace is still open (the context is destroyed before the tabs).
    delete m_reportsPanel;
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAct = file->addAction(tr("&New Workspace…"), this, [this] { newWorkspace(false); });
    QAction* newEncrypted
        = file->addAction(tr("New &Encrypted Workspace…"), this, [this] { newWorkspace(/*encrypted=*/true); });
    newEncrypted->setToolTip(tr("A workspace whose file, journal and autosaves are encrypted under a passphrase "
                                "(Argon2id, XChaCha20-Poly1305): a lost laptop gives nothing away."));
    newEncrypted->setShortcut(QKeySequence(tr("Ctrl+Shift+N")));
    QAction* encryptAct = file->addAction(tr("Encrypt a Cop&y…"), this, &MainWindow::encryptCopy);
    encryptAct->setToolTip(tr("Write an encrypted copy of this workspace under a passphrase"));
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
    // Issue 15: build an import specification on a table, save it in the workspace.
    QAction* specAct = file->addAction(tr("Import S&pecifications…"), this, [this] {
        QStringList patterns;
        for (const QString& suffix : ingest::TableSourceFactory::suffixes())
            patterns << QStringLiteral("*.") + suffix;
        const QString path = QFileDialog::getOpenFileName(this, tr("Table to build an import specification on"),
            QSettings().value(QStringLiteral("import/lastDir")).toString(),
            tr("Tables (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
        if (path.isEmpty())
            return;
        SpecificationEditor editor(m_context->workspace(), path, QString(), this);
        editor.exec();
    });
    specAct->setObjectName(QStringLiteral("actionImportSpecifications"));
    specAct->setToolTip(tr("Map the columns of any table to incidents, places, people…: saved, versioned, reused"));
    specAct->setEnabled(false);
    connect(m_context, &analysis::AnalysisContext::workspaceChanged, specAct,
        [this, specAct] { specAct->setEnabled(m_context->workspace() != nullptr); });
    QAction* layerAct = file->addAction(tr("Add &Map Layer…"), this, [this] {
        m_tabs->setCurrentWidget(m_mapPanel);
        m_mapPanel->addLayerDialog();
    });
    layerAct->setToolTip(
        tr("Add a GIS layer (GeoJSON, KML, Shapefile, GPX, FlatGeobuf, GeoPackage, MBTiles) to the map (or drop it on "
           "the map)"));
    file->addSeparator();
    // The ways out, each through the one releasability dialog.
    QMenu* figures = file->addMenu(tr("Export &Figure"));
    figures->setObjectName(QStringLiteral("menuExportFigure"));
    for (const char* kind : { "map", "graph", "timeline", "chart", "route" }) {
        const QString k = QLatin1String(kind);
        QAction* a = figures->addAction(tr("%1…").arg(FigureMaker::kindTitle(k)), this, [this, k] {
            auto request = figureRequest(k);
            if (!request) {
                Messages::warn(this, tr("Export Figure"), request.error());
                return;
            }
            FigureExportFlow::exportDialog(this, m_context, request.value());
        });
        a->setObjectName(QStringLiteral("actionExportFigure_") + k);
    }
    QAction* shareAct = file->addAction(tr("&Share with Hub…"), this, [this] {
        ShareDialog dialog(m_context, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Share with Hub"), QString(), tr("Share packages (*.zip)"));
        if (!path.isEmpty())
            ShareDialog::share(this, m_context, dialog.options(), path);
    });
    shareAct->setObjectName(QStringLiteral("actionShareWithHub"));
    shareAct->setToolTip(tr("A pseudonymised package of the filtered records for the hub or a partner, after the "
                            "releasability check"));
    for (QAction* a : QList<QAction*> { figures->menuAction(), shareAct }) {
        a->setEnabled(false);
        connect(m_context, &analysis::AnalysisContext::workspaceChanged, a,
            [this, a] { a->setEnabled(m_context->workspace() != nullptr); });
    }
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
    QAction* undo = linkChart()->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = linkChart()->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    view->addAction(tools->toggleViewAction());
    view->addAction(m_filterBar->toggleViewAction());
    for (QDockWidget* dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    view->addSeparator();
    view->addMenu(new LanguageMenu(view));

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* guide = help->addAction(tr("&User Guide"), this, [this] { showHelp(); });
    guide->setObjectName(QStringLiteral("actionUserGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto* dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    keys->setObjectName(QStringLiteral("actionKeyboardShortcuts"));
    help->addSeparator();
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
    m_timeline = new TimelineView(m_context);
    dock(tr("Timeline"), "timelineDock", m_timeline, Qt::BottomDockWidgetArea);

    // The chart has its own choice of breakdown (a second one here showed two).
    auto* charts = new QWidget;
    m_breakdown = new ChartView(m_context, analysis::Breakdown::Kind::AgeGender, charts);
    auto* chartsLayout = new QVBoxLayout(charts);
    chartsLayout->setContentsMargins(2, 2, 2, 2);
    chartsLayout->addWidget(m_breakdown, 1);
    QDockWidget* breakdown = dock(tr("Breakdown"), "breakdownDock", charts, Qt::RightDockWidgetArea);
    auto* overviewPanel = new OverviewPanel(m_context);
    connect(overviewPanel, &OverviewPanel::reportChosen, this, &MainWindow::openReport);
    QDockWidget* overview = dock(tr("Overview"), "overviewDock", overviewPanel, Qt::RightDockWidgetArea);
    // Its tab chosen: a dock behind a tab gets no show event, only this.
    connect(overview, &QDockWidget::visibilityChanged, overviewPanel, [overviewPanel](bool visible) {
        if (visible)
            overviewPanel->refreshIfStale();
    });
    tabifyDockWidget(breakdown, overview);
    auto* routeChart = new RouteChartView(m_context);
    QDockWidget* routes = dock(tr("Route volume"), "routeVolumeDock", routeChart, Qt::RightDockWidgetArea);
    tabifyDockWidget(breakdown, routes);
    // A route clicked on the map shows its volume over time.
    connect(m_mapPanel->view(), &MapView::routeClicked, routeChart, [routeChart, routes](qint32 from, qint32 to) {
        if (routeChart->setRoute(from, to)) {
            routes->show();
            routes->raise();
        }
    });
    breakdown->raise();
    createSearchBar();
}

void MainWindow::createSearchBar()
{
    // Search over incidents, entities and accounts, in the toolbar row.
    auto* searchBar = new QToolBar(tr("Search"), this);
    searchBar->setObjectName(QStringLiteral("searchBar"));
    auto* box = new SearchBox(m_context, searchBar);
    box->setMinimumWidth(320);
    searchBar->addWidget(box);
    addToolBar(Qt::TopToolBarArea, searchBar);
    // A result dragged onto a report's judgement is cited there.
    new EvidenceDragSource(box->results()->viewport(), [this, box](QPoint at) {
        std::vector<reports::EvidenceMime::Item> items;
        const QListWidgetItem* item = box->results()->itemAt(at);
        store::Workspace* ws = m_context->workspace();
        if (!item || !ws || !item->data(SearchBox::IdRole).isValid())
            return items;
        const auto kind = analysis::Search::Kind(item->data(SearchBox::KindRole).toInt());
        if (kind == analysis::Search::Kind::Report)
            return items; // a report is not evidence for another
        const auto evidenceKind = kind == analysis::Search::Kind::Entity ? reports::Evidence::Kind::Entity
            : kind == analysis::Search::Kind::Account                    ? reports::Evidence::Kind::Account
                                                                         : reports::Evidence::Kind::Incident;
        if (auto e = reports::EvidenceMime::itemFor(*ws, evidenceKind, item->data(SearchBox::IdRole).toLongLong()))
            items.push_back(e.value());
        return items;
    });
    connect(box, &SearchBox::resultChosen, this, [this](analysis::Search::Kind k, qint64 id) {
        switch (k) {
        case analysis::Search::Kind::Incident:
            m_tabs->setCurrentWidget(m_incidents);
            m_context->setSelection({ id }, nullptr);
            break;
        case analysis::Search::Kind::Entity:
            if (m_chartPanel->showEntity(id))
                m_tabs->setCurrentWidget(m_chartPanel);
            break;
        case analysis::Search::Kind::Account:
            m_tabs->setCurrentWidget(m_accountsPanel);
            m_accountsPanel->showAccount(id);
            break;
        case analysis::Search::Kind::Report:
            openReport(id);
            break;
        }
    });
}

bool MainWindow::unlockWorkspace(const QString& path)
{
    if (!QFileInfo::exists(path) || !store::Workspace::needsPassphrase(path))
        return true;
    QString why;
    for (int attempt = 0; attempt < 3; ++attempt) {
        bool ok = false;
        const QString label = why.isEmpty() ? tr("%1 is encrypted. Passphrase:").arg(QFileInfo(path).fileName())
                                            : why + QStringLiteral("\n\n") + tr("Passphrase:");
        const QString passphrase
            = QInputDialog::getText(this, tr("Encrypted workspace"), label, QLineEdit::Password, QString(), &ok);
        if (!ok)
            return false;
        if (Status st = store::Workspace::unlock(path, passphrase.toUtf8()); st)
            return true;
        else
            why = st.error().message;
    }
    Messages::warn(this, tr("Encrypted workspace"), why);
    return false;
}

bool MainWindow::openWorkspace(const QString& path, bool create)
{
    if (auto* trace = findChild<ReadyTrace*>())
        trace->mark(QStringLiteral("opening workspace"));
    if (!create && !unlockWorkspace(path))
        return false;
    if (Status st = m_context->openWorkspace(path, create); !st) {
        if (!create && !store::Workspace::schemaProblems(path).isEmpty()) {
            // A workspace someone added triggers, views or tables to: its
            // data can still be used, from a copy without them.
            if (Messages::choose(
                    this, QMessageBox::Warning, tr("Workspace"), st.error(), { tr("Open a Cleaned Copy…") })
                != 0)
                return false;
            const QFileInfo info(path);
            QString copy = QFileDialog::getSaveFileName(this, tr("Cleaned copy"),
                info.dir().filePath(tr("%1 (cleaned).waymark").arg(info.completeBaseName())),
                tr("Waymark workspaces (*.waymark)"));
            if (copy.isEmpty())
                return false;
            if (!copy.endsWith(QLatin1String(".waymark")))
                copy += QLatin1String(".waymark");
            if (Status c = store::Workspace::cleanCopy(path, copy); !c) {
                Messages::warn(this, tr("Workspace"), c.error());
                return false;
            }
            return openWorkspace(copy);
        }
        Messages::warn(this, tr("Workspace"), st.error());
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

void MainWindow::newWorkspace(bool encrypted)
{
    QString path
        = QFileDialog::getSaveFileName(this, tr("New workspace"), QString(), tr("Waymark workspaces (*.waymark)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".waymark")))
        path += QLatin1String(".waymark");
    if (QFileInfo::exists(path)) {
        Messages::warn(this, tr("New workspace"), tr("%1 already exists. Open it, or choose another name.").arg(path));
        return;
    }
    if (!encrypted) {
        openWorkspace(path, true);
        return;
    }
    const QByteArray passphrase = askNewPassphrase(tr("New encrypted workspace"), path);
    if (passphrase.isEmpty())
        return;
    if (auto ws = store::Workspace::createEncrypted(path, passphrase); !ws) {
        Messages::warn(this, tr("New encrypted workspace"), ws.error());
        return;
    }
    openWorkspace(path);
}

QByteArray MainWindow::askNewPassphrase(const QString& title, const QString& path)
{
    bool ok = false;
    const QString first = QInputDialog::getText(this, title,
        tr("Passphrase for %1 (a long sentence is best; without it the workspace cannot be opened):")
            .arg(QFileInfo(path).fileName()),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return {};
    const QString again
        = QInputDialog::getText(this, title, tr("The same passphrase again:"), QLineEdit::Password, QString(), &ok);
    if (!ok)
        return {};
    if (first.isEmpty() || first != again) {
        Messages::warn(
            this, title, first.isEmpty() ? tr("The passphrase is empty.") : tr("The two passphrases differ."));
        return {};
    }
    return first.toUtf8();
}

void MainWindow::encryptCopy()
{
    const QString from = m_context->workspacePath();
    if (from.isEmpty())
        return;
    if (store::Workspace::isEncrypted(from)) {
        Messages::inform(this, tr("Encrypt a copy"), tr("%1 is encrypted already.").arg(from));
        return;
    }
    const QFileInfo info(from);
    QString to = QFileDialog::getSaveFileName(this, tr("Encrypted copy"),
        info.dir().filePath(tr("%1 (encrypted).waymark").arg(info.completeBaseName())),
        tr("Waymark workspaces (*.waymark)"));
    if (to.isEmpty())
        return;
    if (!to.endsWith(QLatin1String(".waymark")))
        to += QLatin1String(".waymark");
    if (QFileInfo::exists(to)) {
        Messages::warn(this, tr("Encrypt a copy"), tr("%1 already exists; choose another name.").arg(to));
        return;
    }
    const QByteArray passphrase = askNewPassphrase(tr("Encrypt a copy"), to);
    if (passphrase.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = store::Crypt::encryptCopy(from, to, passphrase);
    QApplication::restoreOverrideCursor();
    if (!st) {
        Messages::warn(this, tr("Encrypt a copy"), st.error());
        return;
    }
    if (Messages::ask(this, tr("Encrypt a copy"),
            tr("Wrote the encrypted copy %1. Open it now? The plain workspace stays where it is: delete it "
               "securely once you no longer need it.")
                .arg(to)))
        openWorkspace(to);
}

void MainWindow::openWorkspaceDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open workspace"), QString(), tr("Waymark workspaces (*.waymark);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::showStartPage(bool show)
{
    if (show == (m_central->currentWidget() == m_start))
        return;
    if (show) {
        // The docks have nothing to show without a workspace: out of the way
        // until one is open, then back as the analyst left them.
        m_hiddenDocks.clear();
        for (QDockWidget* dock : std::as_const(m_docks)) {
            if (dock->isVisibleTo(this)) { // before the window is shown too
                m_hiddenDocks << dock;
                dock->hide();
            }
        }
        m_central->setCurrentWidget(m_start);
        if (isActiveWindow() || !QApplication::focusWidget())
            m_start->setFocus();
    } else {
        m_central->setCurrentWidget(m_tabs);
        for (QDockWidget* dock : std::as_const(m_hiddenDocks))
            dock->show();
        m_hiddenDocks.clear();
    }
}

QString MainWindow::samplePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("sample/sample.waymark"));
}

void MainWindow::openSample()
{
    const QString path = samplePath();
    const QString extract = QFileInfo(path).dir().filePath(QStringLiteral("sample-extract.zip"));
    auto openAndImport = [this, path, extract] {
        const bool fresh = !QFileInfo::exists(path);
        if (!openWorkspace(path, fresh))
            return;
        // A sample whose import was canceled or failed is imported again.
        if (m_context->workspace()->count(QStringLiteral("incidents")) == 0)
            importFiles({ extract });
    };
    if (QFileInfo::exists(path) && QFileInfo::exists(extract)) {
        openAndImport();
        return;
    }
    if (m_sampleJob.isRunning())
        return;
    m_start->setBusy(tr("Writing the sample extract…"));
    m_sampleJob.onFinished([this, openAndImport](Result<QString> written) {
        m_start->setBusy(QString());
        if (!written) {
            Messages::warn(this, tr("Sample"), written.error());
            return;
        }
        openAndImport();
    });
    m_sampleJob.start([extract](Feedback& feedback) -> Result<QString> {
        if (!QDir().mkpath(QFileInfo(extract).absolutePath()))
            return Error(tr("Cannot create the folder %1.").arg(QFileInfo(extract).absolutePath()));
        sample::SampleGenerator::Options o; // 5,000 incidents, seed 1: the same sample everywhere
        if (auto counts = sample::SampleGenerator::write(extract, o, &feedback); !counts)
            return counts.error();
        return extract;
    });
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
    m_start->setRecent(recent);
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
        Messages::inform(this, tr("Import"), tr("Open or create a workspace first."));
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
        if (!Messages::ask(this, tr("Import running"),
                tr("An import is running. Cancel it and quit? The workspace stays as it was before that file."))) {
            event->ignore();
            return;
        }
        m_importDialog->cancel();
    }
    // The layout saved is the analyst's, not the start page's.
    if (m_central->currentWidget() == m_start)
        showStartPage(false);
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/incidentsHeader"), m_table->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
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

void MainWindow::openReport(qint64 reportId)
{
    m_tabs->setCurrentWidget(m_reportsPanel);
    m_reportsPanel->openReport(reportId);
}

Result<FigureMaker::Request> MainWindow::figureRequest(const QString& kind) const
{
    FigureMaker::Request r { kind, m_context->filter(), {} };
    if (kind == QLatin1String("map")) {
        r = m_mapPanel->figureRequest();
    } else if (kind == QLatin1String("graph")) {
        return m_chartPanel->figureRequest();
    } else if (kind == QLatin1String("timeline")) {
        const auto [from, to] = m_timeline->visibleRange();
        if (from > 0 && to > from) {
            r.params.insert(QStringLiteral("from"), from);
            r.params.insert(QStringLiteral("to"), to);
        }
    } else if (kind == QLatin1String("chart")) {
        r.params.insert(QStringLiteral("breakdown"), analysis::Breakdown::name(m_breakdown->kind()));
    } else if (kind == QLatin1String("route")) {
        const auto* routes = findChild<RouteChartView*>();
        if (routes)
            r = routes->figureRequest();
        if (r.params.value(QLatin1String("route")).toString().isEmpty())
            return Error(tr("Choose a route on the Route volume chart first."));
    }
    return r;
}

bool MainWindow::exportFigure(const QString& kind, const QString& path)
{
    auto request = figureRequest(kind);
    if (!request) {
        Messages::warn(this, tr("Export Figure"), request.error());
        return false;
    }
    return FigureExportFlow::exportTo(this, m_context, request.value(), path);
}

bool MainWindow::shareWithHub(const QString& path, bool aggregates, int k)
{
    ShareDialog dialog(m_context, this);
    dialog.setAggregates(aggregates, k);
    return ShareDialog::share(this, m_context, dialog.options(), path);
}

bool MainWindow::isChartLoading() const
{
    return m_chartPanel->isLoading();
}

network::LinkChart* MainWindow::linkChart() const
{
    return m_chartPanel->chart();
}

LinkChartView* MainWindow::linkChartView() const
{
    return m_chartPanel->view();
}

MoneyFlowChart* MainWindow::moneyFlowChart() const
{
    return m_chartPanel->moneyFlowChart();
}

AccountsView* MainWindow::accountsView() const
{
    return m_accountsPanel->view();
}

ReportEditor* MainWindow::reportEditor() const
{
    return m_reportsPanel->editor();
}

void MainWindow::showMoneyFlow(const QString& accountKey)
{
    if (!m_chartPanel->showMoneyFlow(accountKey))
        return;
    m_tabs->setCurrentWidget(m_chartPanel);
    m_chartPanel->moneyFlowChart()->view()->setFocus();
}

HelpBrowser* MainWindow::showHelp(const QString& page)
{
    if (!m_help)
        m_help = new HelpBrowser(this);
    if (!page.isEmpty())
        m_help->showPage(page);
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
    return m_help;
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
