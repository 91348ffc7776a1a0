#pragma once

#include "core/result.h"
#include "figuremaker.h"
#include "job.h"

#include <QMainWindow>

class QDockWidget;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace waymark::network {
class LinkChart;
}
namespace waymark::analysis {
class AnalysisContext;
class IncidentTableModel;
}

namespace waymark::ui {

class AccountsPanel;
class AccountsView;
class ChartPanel;
class ChartView;
class FilterBar;
class HelpBrowser;
class ImportDialog;
class IncidentsPanel;
class LinkChartView;
class MapPanel;
class MoneyFlowChart;
class ReportEditor;
class ReportsPanel;
class StartPage;
class TimelineView;

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
    network::LinkChart* linkChart() const;
    LinkChartView* linkChartView() const;
    /// True while the link chart of the workspace (opened, or its data
    /// changed) is read in the background; chartLoaded() when it is shown.
    bool isChartLoading() const;
    MoneyFlowChart* moneyFlowChart() const;
    /// Shows an account's money flow in the Link chart tab (from the Accounts tab).
    void showMoneyFlow(const QString& accountKey);
    MapPanel* mapPanel() const { return m_mapPanel; }
    ChartPanel* chartPanel() const { return m_chartPanel; }
    AccountsPanel* accountsPanel() const { return m_accountsPanel; }
    AccountsView* accountsView() const;
    ReportsPanel* reportsPanel() const { return m_reportsPanel; }
    ReportEditor* reportEditor() const;
    /// The import dialog, created on first use.
    ImportDialog* importDialog();
    /// Shows the import dialog with these files and starts importing them.
    void importFiles(const QStringList& paths);
    /// Shows the Reports tab with this report open (search results, the overview).
    void openReport(qint64 reportId);
    /// What shows while no workspace is open (issue 18 §6).
    StartPage* startPage() const { return m_start; }
    /// Opens the sample workspace in the user's data folder, writing and
    /// importing a generated hub extract the first time.
    void openSample();
    /// Where openSample() keeps the sample workspace.
    static QString samplePath();
    /// Help ▸ User Guide (F1): the guide's window, open at `page` ("map.html#layers").
    HelpBrowser* showHelp(const QString& page = QString());
    /// File ▸ Export Figure: the view's figure of `kind` (map, graph,
    /// timeline, chart) through the releasability dialog to `path`.
    bool exportFigure(const QString& kind, const QString& path);
    /// File ▸ Share with Hub…: a share package of the filtered records
    /// through the releasability dialog to `path`.
    bool shareWithHub(const QString& path, bool aggregates = false, int k = 10);

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
    /// The start page while no workspace is open, the tabs and docks otherwise.
    void showStartPage(bool show);
    void about();
    void createDocks();
    /// Start-up measurement (WAYMARK_READY_TRACE, see ReadyTrace).
    void traceReadiness();
    void createSearchBar();
    /// What the views show now, for a report's figure of a kind.
    Result<FigureMaker::Request> figureRequest(const QString& kind) const;

    analysis::AnalysisContext* m_context;
    analysis::IncidentTableModel* m_model;
    IncidentsPanel* m_incidents;
    QTableView* m_table;
    QTabWidget* m_tabs;
    QStackedWidget* m_central;
    StartPage* m_start;
    /// The docks the start page hid, shown again with the tabs.
    QList<QDockWidget*> m_hiddenDocks;
    Job<QString> m_sampleJob { this }; ///< writing the sample extract
    MapPanel* m_mapPanel;
    ChartPanel* m_chartPanel;
    AccountsPanel* m_accountsPanel;
    ReportsPanel* m_reportsPanel;
    TimelineView* m_timeline = nullptr;
    ChartView* m_breakdown = nullptr;
    FilterBar* m_filterBar;
    QLabel* m_countLabel;
    QLabel* m_filterLabel;
    QMenu* m_recentMenu = nullptr;
    ImportDialog* m_importDialog = nullptr;
    HelpBrowser* m_help = nullptr;
    bool m_fitColumns = true;
    QList<QDockWidget*> m_docks;
};

} // namespace waymark::ui
