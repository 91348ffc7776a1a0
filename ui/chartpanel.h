#pragma once

#include "figuremaker.h"

#include "network/entitygraph.h"
#include "network/layout.h"

#include "job.h"

#include <QSet>
#include <QWidget>

class QToolBar;

namespace waymark::analysis {
class AnalysisContext;
}
namespace waymark::network {
class LinkChart;
}

namespace waymark::ui {

class LinkChartView;
class MoneyFlowChart;
class PathPanel;

/// The Link chart tab: the chart of the workspace's entities (read in the
/// background when a workspace opens or its data changes, starting from the
/// key actors), its tool bar, the path panel beside it, and an account's
/// money flow, which takes the chart's place until the analyst goes back.
/// Entities selected here select the incidents they were involved in, and
/// the reverse.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(analysis::AnalysisContext* context, QWidget* parent = nullptr);
    ~ChartPanel() override;

    network::LinkChart* chart() const { return m_chart; }
    LinkChartView* view() const { return m_view; }
    MoneyFlowChart* moneyFlowChart() const { return m_moneyChart; }
    PathPanel* pathPanel() const { return m_paths; }
    /// True while the chart of the workspace is read in the background;
    /// chartLoaded() when it is shown.
    bool isLoading() const;
    /// Shows an account's money flow in place of the chart; errors go to a message box.
    bool showMoneyFlow(const QString& accountKey);
    /// Puts an entity (found by search) on the chart and selects it; false if the graph lacks it.
    bool showEntity(qint64 entityId);
    /// Lays the chart out again: small charts at once, big ones on a worker with progress and Cancel.
    void layOut();
    /// "Link chart: 40 entities shown · filter…", for exports.
    QString caption() const;
    /// The chart as a figure: the entities shown where they are drawn, under the filter.
    Result<FigureMaker::Request> figureRequest() const;

Q_SIGNALS:
    void chartLoaded();
    /// A line for the status bar (0: until the next one).
    void message(const QString& text, int timeoutMs);

private:
    /// What the link chart starts from: the graph and its key actors.
    struct Load {
        network::EntityGraph graph;
        QSet<int> start;
    };
    void buildToolBar();
    void addMenus();
    void addFileActions();
    void reload();
    void showLoaded(Result<Load> load);
    void showChartAgain();
    void selectIncidentsOfEntities();
    void selectEntitiesOfIncidents(const QObject* origin);
    void reviewMerges();
    void exportDialog();
    void saveDialog();
    void openDialog();

    analysis::AnalysisContext* m_context;
    network::LinkChart* m_chart;
    LinkChartView* m_view;
    QToolBar* m_bar;
    PathPanel* m_paths;
    MoneyFlowChart* m_moneyChart;
    bool m_pathsWereVisible = false;
    bool m_syncing = false;
    Job<network::Layout::Points> m_layoutJob { this };
    Job<Load> m_loadJob { this };
};

} // namespace waymark::ui
