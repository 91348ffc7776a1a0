#pragma once

#include "core/result.h"
#include "figures/figurewriter.h"
#include "map/routevolume.h"
#include "sharing/figuremaker.h"

#include "job.h"

#include <QSize>
#include <QWidget>

#include <memory>
#include <optional>

class QCustomPlot;
class QComboBox;
class QLabel;
class QPushButton;

namespace waymark::analysis {
class AnalysisContext;
class IncidentSnapshot;
}

namespace waymark::ui {

/// Route volume over time: incidents per bin on one origin → destination
/// route (countries), stacked by exploitation type in the timeline's
/// colours, under the shared filter (time window included). The route is
/// picked from the busiest routes in view, or set by key ("Nigeria>Italy").
/// Built from the shared snapshot on a worker thread when the filter or the
/// snapshot change while it is in view (later, when it comes into view);
/// exports as PNG, SVG or PDF with its caption.
class RouteChartView : public QWidget {
    Q_OBJECT
public:
    explicit RouteChartView(analysis::AnalysisContext* context, QWidget* parent = nullptr);
    ~RouteChartView() override;

    QCustomPlot* plot() const { return m_plot; }
    QComboBox* routeBox() const { return m_routeBox; }
    const map::RouteVolume& volume() const { return m_volume; }
    /// Shows a route given as "ORIGIN>DEST"; an Error says why it cannot.
    Status setRoute(const QString& key);
    /// Shows the route between the countries of two places (a flow of the map, by country or city).
    Status setRoute(qint32 fromPlace, qint32 toPlace);
    /// The routes offered, busiest first, as keys.
    QStringList routes() const;
    /// Rebuilds from the current snapshot now, on the calling thread.
    void rebuild();
    /// Rebuilds on a worker if in view (rebuilt() when done), else when shown.
    void scheduleRebuild();
    bool isBuilding() const { return m_job.isRunning(); }
    /// "Filter · data as of …".
    QString caption() const;
    /// The chart as drawn here as a figure of `size` (the drawing the tests
    /// compare); an error when no route is chosen. A file is written only
    /// through exportDialog(), which draws figureRequest() under the check.
    Result<figures::Picture> picture(QSize size = QSize(1200, 700)) const;
    /// The route chart as a figure: this route under the shared filter.
    sharing::FigureMaker::Request figureRequest() const;

Q_SIGNALS:
    void rebuilt();

protected:
    void showEvent(QShowEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Built {
        map::RouteVolume volume;
        std::vector<map::RouteVolume::Route> busiest;
        QString key;
    };
    static Built compute(std::shared_ptr<const analysis::IncidentSnapshot> snapshot, std::optional<qint64> from,
        std::optional<qint64> to, QString key);
    void showBuilt(Built built);
    void exportDialog();
    void plotVolume();
    /// Date labels on as many bars as fit across the plot's width, none overlapping.
    void updateTicks();

    analysis::AnalysisContext* m_context;
    QComboBox* m_routeBox;
    QPushButton* m_export;
    QCustomPlot* m_plot;
    QLabel* m_info;
    QString m_key; ///< the chosen route, kept across filter changes
    map::RouteVolume m_volume;
    bool m_stale = true;
    Job<Built> m_job { this };
};

} // namespace waymark::ui
