#pragma once

#include "network/entitygraph.h"
#include "network/layout.h"

#include "job.h"

#include <QMainWindow>
#include <QSet>

class QDockWidget;
class QLabel;
class QMenu;
class QTableView;

namespace waymark::network {
class LinkChart;
}
namespace waymark::analysis {
class AnalysisContext;
class IncidentTableModel;
}

namespace waymark::ui {

class FilterBar;
class ImportDialog;
class LinkChartView;
class MoneyFlowChart;
class AccountsView;
class ReportEditor;
class MapPanel;
class IncidentsPanel;

/// The workstation's main window: workspace New/Open/Recent, import
/// (menu, shortcut or drag and drop), the incidents table under the shared
/// filter, counts in the status bar, layout remembered between sessions.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a workspace; errors are shown in a message box (and returned).
    bool openWorkspace(const QString& path, bool create = false);
    /// Asks for the passphrase of an encrypted workspace not yet unlocked
    /// (three tries); true when the file can now be opened.
    bool unlockWorkspace(const QString& path);
    analysis::AnalysisContext* context() const { return m_context; }
    QTableView* incidentsView() const { return m_table; }
    network::LinkChart* linkChart() const { return m_chart; }
    LinkChartView* linkChartView() const { return m_chartView; }
    /// True while the link chart of the workspace (opened, or its data
    /// changed) is read in the background; chartLoaded() when it is shown.
    bool isChartLoading() const;
    MoneyFlowChart* moneyFlowChart() const { return m_moneyChart; }
    /// Shows an account's money flow in the Link chart tab (from the Accounts tab).
    void showMoneyFlow(const QString& accountKey);
    MapPanel* mapPanel() const { return m_mapPanel; }
    AccountsView* accountsView() const { return m_accountsView; }
    ReportEditor* reportEditor() const { return m_reportEditor; }
    /// The import dialog, created on first use.
    ImportDialog* importDialog();
    /// Shows the import dialog with these files and starts importing them.
    void importFiles(const QStringList& paths);
    /// Shows the Reports tab with this report open (search results, the overview).
    void openReport(qint64 reportId);

Q_SIGNALS:
    void chartLoaded();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void createActions();
    void newWorkspace(bool encrypted = false);
    /// Writes an encrypted copy of the open (plain) workspace.
    void encryptCopy();
    /// A new passphrase typed twice; empty when canceled or they differ.
    QByteArray askNewPassphrase(const QString& title, const QString& path);
    void openWorkspaceDialog();
    void updateRecentMenu();
    void updateStatus();
    void about();
    QWidget* createChartPanel();
    QWidget* createAccountsPanel();
    QWidget* createReportsPanel();
    void createDocks();
    /// What the link chart starts from: the graph and its key actors.
    struct ChartLoad {
        network::EntityGraph graph;
        QSet<int> start;
    };
    void reloadChart();
    void showChart(Result<ChartLoad> load);
    void layOutChart();
    QString chartCaption() const;
    void markLinkedAccounts();

    analysis::AnalysisContext* m_context;
    analysis::IncidentTableModel* m_model;
    IncidentsPanel* m_incidents;
    QTableView* m_table;
    network::LinkChart* m_chart;
    LinkChartView* m_chartView = nullptr;
    MoneyFlowChart* m_moneyChart = nullptr;
    MapPanel* m_mapPanel = nullptr;
    AccountsView* m_accountsView = nullptr;
    qint64 m_pendingAccount = 0; ///< an account found by search, opened once the run has loaded
    ReportEditor* m_reportEditor = nullptr;
    FilterBar* m_filterBar;
    QLabel* m_countLabel;
    QLabel* m_filterLabel;
    QMenu* m_recentMenu = nullptr;
    ImportDialog* m_importDialog = nullptr;
    bool m_fitColumns = true;
    bool m_syncingChart = false;
    bool m_accountsStale = false;
    QList<QDockWidget*> m_docks;
    Job<network::Layout::Points> m_layoutJob { this };
    Job<ChartLoad> m_chartJob { this };
};

} // namespace waymark::ui
