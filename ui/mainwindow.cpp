#include "mainwindow.h"

#include "accountsview.h"
#include "analysis/analysiscontext.h"
#include "analysis/incidenttablemodel.h"
#include "analysis/involvement.h"
#include "calibrationdialog.h"
#include "chartexpander.h"
#include "chartview.h"
#include "evidencedragsource.h"
#include "figures/figurewriter.h"
#include "filterbar.h"
#include "importdialog.h"
#include "incidentspanel.h"
#include "linkchartview.h"
#include "map/mapmodel.h"
#include "mappanel.h"
#include "mapview.h"
#include "mergereviewdialog.h"
#include "messages.h"
#include "moneyflowchart.h"
#include "network/entitygraph.h"
#include "network/keyactors.h"
#include "network/linkchart.h"
#include "overviewpanel.h"
#include "pathpanel.h"
#include "reporteditor.h"
#include "reports/evidencemime.h"
#include "reports/reportstore.h"
#include "reports/starterdraft.h"
#include "routechartview.h"
#include "searchbox.h"
#include "store/cryptvfs.h"
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
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
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
    m_chart = new network::LinkChart(this);
    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->addTab(m_incidents, tr("&Incidents"));
    m_mapPanel = new MapPanel(m_context, this);
    tabs->addTab(m_mapPanel, tr("&Map"));
    tabs->addTab(createChartPanel(), tr("&Link chart"));
    tabs->addTab(createAccountsPanel(), tr("&Accounts"));
    tabs->addTab(createReportsPanel(), tr("&Reports"));
    // Evidence dragged from one tab is dropped in the Reports tab: holding it over a tab opens that tab.
    tabs->tabBar()->setChangeCurrentOnDrag(true);
    tabs->tabBar()->setAcceptDrops(true);
    setCentralWidget(tabs);
    m_chartJob.onFinished([this](Result<ChartLoad> load) { showChart(std::move(load)); });
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
            // Only the nodes on the chart can show it: ask about them, not about every incident selected.
            std::vector<qint64> shown;
            for (int node : m_chart->visible())
                shown.push_back(m_chart->graph().nodes()[size_t(node)].entityId);
            std::sort(shown.begin(), shown.end());
            for (qint64 entity : analysis::Involvement::entitiesAmong(*ws, shown, *selection))
                nodes.insert(m_chart->graph().indexOf(entity));
        }
        m_syncingChart = true;
        m_chart->setSelection(nodes);
        m_syncingChart = false;
    });

    // Accounts whose holder was involved in the selected incidents are marked
    // (when the tab is in view, or as it comes into view); an account opened
    // there selects its holder's incidents.
    connect(m_context, &analysis::AnalysisContext::selectionChanged, this, [this] {
        m_accountsStale = true;
        if (m_accountsView->isVisible())
            markLinkedAccounts();
    });
    connect(tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_accountsStale && m_accountsView->isVisible())
            markLinkedAccounts();
    });
    connect(m_accountsView, &AccountsView::accountChosen, this, [this](qint64 account) {
        store::Workspace* ws = m_context->workspace();
        if (!ws)
            return;
        std::vector<qint64> incidents = analysis::Involvement::incidentsOfAccounts(*ws, { account });
        if (!incidents.empty()) // browsing accounts with no incidents keeps the selection
            m_context->setSelection(std::move(incidents), m_accountsView);
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

MainWindow::~MainWindow()
{
    // The report editor keeps unsaved typing as it closes: let it do so while
    // the workspace is still open (the context is destroyed before the tabs).
    delete m_reportEditor;
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
    QAction* encryptAct = file->addAction(tr("Encrypt a &Copy…"), this, &MainWindow::encryptCopy);
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
    auto* overviewPanel = new OverviewPanel(m_context);
    connect(overviewPanel, &OverviewPanel::reportChosen, this, &MainWindow::openReport);
    QDockWidget* overview = dock(tr("Overview"), "overviewDock", overviewPanel, Qt::RightDockWidgetArea);
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
        auto* tabs = qobject_cast<QTabWidget*>(centralWidget());
        switch (k) {
        case analysis::Search::Kind::Incident:
            tabs->setCurrentWidget(m_incidents);
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
            // Until the stored run has loaded, remember which account to open.
            if (!m_accountsView->showAccountId(id))
                m_pendingAccount = id;
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

void MainWindow::markLinkedAccounts()
{
    m_accountsStale = false;
    store::Workspace* ws = m_context->workspace();
    const auto selection = m_context->selection();
    m_accountsView->setLinked(ws && selection && !selection->empty()
            ? analysis::Involvement::accountsOf(*ws, *selection)
            : std::vector<qint64> {});
}

void MainWindow::openReport(qint64 reportId)
{
    auto* tabs = qobject_cast<QTabWidget*>(centralWidget());
    tabs->setCurrentWidget(m_reportEditor->parentWidget());
    if (Status st = m_reportEditor->openReport(reportId); !st)
        Messages::warn(this, tr("Reports"), st.error());
}

QWidget* MainWindow::createReportsPanel()
{
    auto* panel = new QWidget(this);
    m_reportEditor = new ReportEditor(m_context, panel);
    // Figures show what the views show now.
    m_reportEditor->setFigureSource([this](const QString& kind) -> Result<FigureMaker::Request> {
        FigureMaker::Request r { kind, m_context->filter(), {} };
        if (kind == QLatin1String("map")) {
            // The frame the map shows; a map never opened yet shows all the incidents.
            if (m_mapPanel->view()->viewport() != map::MapViewport()) {
                const QRectF world = m_mapPanel->view()->viewport().visibleWorld();
                r.params.insert(
                    QStringLiteral("bounds"), QJsonArray { world.left(), world.top(), world.right(), world.bottom() });
            }
            r.params.insert(QStringLiteral("layers"), qint64(m_mapPanel->model()->layers()));
        } else if (kind == QLatin1String("graph")) {
            QJsonArray keys;
            QJsonObject positions;
            for (int node : m_chart->visible()) {
                const QString key = m_chart->graph().nodes()[size_t(node)].key;
                const QPointF at = m_chart->position(node);
                keys.append(key);
                positions.insert(key, QJsonArray { at.x(), at.y() });
            }
            if (keys.isEmpty())
                return Error(tr("The link chart shows no entities: open the Link chart tab and show some first."));
            r.params.insert(QStringLiteral("entities"), keys);
            r.params.insert(QStringLiteral("positions"), positions);
        } else if (kind == QLatin1String("timeline")) {
            if (auto* timeline = findChild<TimelineView*>()) {
                const auto [from, to] = timeline->visibleRange();
                if (from > 0 && to > from) {
                    r.params.insert(QStringLiteral("from"), from);
                    r.params.insert(QStringLiteral("to"), to);
                }
            }
        } else if (kind == QLatin1String("chart")) {
            if (auto* chart = findChild<ChartView*>())
                r.params.insert(QStringLiteral("breakdown"), analysis::Breakdown::name(chart->kind()));
        }
        return r;
    });
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
            Messages::warn(this, tr("Reports"), st.error());
    };
    // New reports from a template: the standard KJR by a click, the others from its menu.
    auto* templates = new QMenu(bar);
    const std::pair<reports::ReportDocument::Template, QString> kinds[]
        = { { reports::ReportDocument::Template::StandardKjr, tr("Standard Key Judgement Report") },
              { reports::ReportDocument::Template::RouteAssessment, tr("Route assessment") },
              { reports::ReportDocument::Template::TypologyBrief, tr("Typology brief") } };
    for (const auto& [kind, name] : kinds) {
        templates->addAction(name, this, [this, refresh, report, kind = kind] {
            if (m_context->workspace()) {
                report(m_reportEditor->newReport(kind));
                refresh();
            }
        });
    }
    QAction* add = bar->addAction(tr("New report"), templates->actions().constFirst(), &QAction::trigger);
    add->setMenu(templates);
    add->setToolTip(tr("A new Key Judgement Report from the standard template; the arrow offers the route "
                       "assessment and typology brief templates"));
    if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(add)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
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
    connect(m_accountsView, &AccountsView::scoresReady, status, [this, status] {
        status->setText(m_accountsView->runText());
        if (!m_pendingAccount)
            return;
        m_accountsView->showAccountId(m_pendingAccount);
        m_pendingAccount = 0;
    });
    // The latest stored run is shown when a workspace opens.
    connect(m_context, &analysis::AnalysisContext::workspaceChanged, m_accountsView, [this] {
        if (m_context->workspace())
            m_accountsView->load(m_context->workspacePath());
    });
    connect(m_accountsView, &AccountsView::failed, status, &QLabel::setText);
    connect(m_accountsView, &AccountsView::moneyFlowRequested, this, &MainWindow::showMoneyFlow);
    connect(m_accountsView, &AccountsView::addAsEvidence, this, [this, status](const QString& key) {
        if (m_reportEditor->reportId() <= 0) {
            status->setText(tr("Open a report in the Reports tab first, and choose the judgement to cite it in."));
            return;
        }
        const Status st = m_reportEditor->cite(-1, { { reports::Evidence::Kind::Account, key } });
        status->setText(st ? tr("Account %1 cited in the open report.").arg(key) : st.error().toString());
    });
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
            this, tr("Export link chart"), QString(), figures::FigureWriter::fileDialogFilter());
        if (path.isEmpty())
            return;
        if (Status st = m_chartView->exportSnapshot(path, chartCaption()); !st)
            Messages::warn(this, tr("Export link chart"), st.error());
        else
            statusBar()->showMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(path)), 5000);
    });
    exportAct->setObjectName(QStringLiteral("actionExportChart"));
    exportAct->setToolTip(tr("Save the chart as drawn, with a legend and a caption, as PNG, SVG or PDF"));
    // A handle to drag the selected entities onto a report's judgement.
    bar->addWidget(EvidenceDragSource::handle(
        bar, tr("Drag from here onto a judgement in the Reports tab to cite the selected entities"), [this](QPoint) {
            std::vector<reports::EvidenceMime::Item> items;
            for (int node : m_chart->selection())
                items.push_back({ reports::Evidence::Kind::Entity, m_chart->graph().nodes()[size_t(node)].key });
            return items;
        }));
    bar->addSeparator();
    bar->addAction(tr("Save chart…"), this, [this] {
        if (!m_context->workspace())
            return;
        bool ok = false;
        const QString name
            = QInputDialog::getText(this, tr("Save chart"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        if (Status st = m_chart->saveAs(*m_context->workspace(), name); !st)
            Messages::warn(this, tr("Save chart"), st.error());
    });
    bar->addAction(tr("Open chart…"), this, [this] {
        if (!m_context->workspace())
            return;
        const QStringList names = network::LinkChart::names(*m_context->workspace());
        if (names.isEmpty()) {
            Messages::inform(this, tr("Open chart"), tr("No chart has been saved in this workspace yet."));
            return;
        }
        bool ok = false;
        const QString name = QInputDialog::getItem(this, tr("Open chart"), tr("Chart:"), names, 0, false, &ok);
        if (!ok)
            return;
        const auto missing = m_chart->open(*m_context->workspace(), name);
        if (!missing)
            Messages::warn(this, tr("Open chart"), missing.error());
        else if (missing.value() > 0)
            Messages::inform(this, tr("Open chart"),
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
    if (m_layoutJob.isRunning())
        return;
    auto* progress = new QProgressDialog(
        tr("Laying out %1 entities…").arg(m_chart->visible().size()), tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("layoutProgress"));
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(300);
    m_layoutJob.onProgress([progress](double f, const QString&) { progress->setValue(int(f * 1000)); });
    connect(progress, &QProgressDialog::canceled, this, [this] { m_layoutJob.cancel(); });
    m_layoutJob.onFinished([this, progress](Result<network::Layout::Points> points) {
        if (points && !m_layoutJob.feedback()->isCanceled()) {
            m_chart->applyLayout(points.value());
            m_chartView->zoomToFit();
        }
        m_layoutJob.onProgress({});
        progress->deleteLater();
    });
    const network::LinkChart::LayoutRequest request = m_chart->relayoutRequest();
    m_layoutJob.start([request](Feedback& feedback) -> Result<network::Layout::Points> {
        return network::LinkChart::computeLayout(request, &feedback);
    });
}

void MainWindow::reloadChart()
{
    store::Workspace* ws = m_context->workspace();
    if (!ws) {
        m_chartJob.discard();
        m_chart->setGraph(network::EntityGraph());
        return;
    }
    // The graph and its key actors are read on a worker, on a connection of
    // its own; the chart shows them when they arrive.
    m_chartJob.start([path = ws->path()](Feedback&) -> Result<ChartLoad> {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        auto graph = network::EntityGraph::load(*ws.value());
        if (!graph)
            return graph.error();
        ChartLoad load;
        load.graph = std::move(graph).value();
        if (load.graph.graph().edgeCount() == 0)
            return load;
        // Start from the five most important people and what they touch.
        const network::EntityGraph attributed = load.graph.attributed();
        std::vector<bool> people(load.graph.nodes().size());
        for (size_t v = 0; v < people.size(); ++v)
            people[v] = load.graph.nodes()[v].type == QLatin1String("person");
        const auto actors = network::KeyActors::rank(attributed.graph(), people);
        for (size_t i = 0; i < actors.size() && i < 5; ++i)
            load.start.insert(actors[i].node);
        return load;
    });
}

void MainWindow::showChart(Result<ChartLoad> load)
{
    if (!load) {
        statusBar()->showMessage(load.error().toString(), 10000);
        Q_EMIT chartLoaded();
        return;
    }
    const bool linked = load->graph.graph().edgeCount() > 0;
    const QSet<int> start = std::move(load->start);
    m_chart->setGraph(std::move(load->graph));
    if (linked) {
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
    Q_EMIT chartLoaded();
}

bool MainWindow::isChartLoading() const
{
    return m_chartJob.isRunning();
}

void MainWindow::showMoneyFlow(const QString& accountKey)
{
    store::Workspace* ws = m_context->workspace();
    if (!ws)
        return;
    QWidget* panel = m_chartView->parentWidget();
    if (Status st = m_moneyChart->showAccount(*ws, accountKey); !st) {
        Messages::warn(this, tr("Money flow"), st.error());
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
