#pragma once

#include "figures/figurewriter.h"

#include "analysis/breakdown.h"

#include "job.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QCustomPlot;
class QComboBox;
class QLabel;

namespace waymark::analysis {
class AnalysisContext;
}

namespace waymark::ui {

/// A breakdown chart under the shared filter (victims by age band and
/// gender, by citizenship, by country of exploitation; incidents by source
/// kind and grade) as horizontal stacked bars, reloaded on a worker when the
/// filter or the data change. Clicking a bar narrows the shared filter where
/// the filter can say it (source kind and grade; exploitation type on the
/// country chart); other bars only show their count. Export to PNG, SVG or PDF with its caption.
class ChartView : public QWidget {
    Q_OBJECT
public:
    explicit ChartView(analysis::AnalysisContext* context,
        analysis::Breakdown::Kind kind = analysis::Breakdown::Kind::AgeGender, QWidget* parent = nullptr);
    ~ChartView() override;

    QCustomPlot* plot() const { return m_plot; }
    const analysis::Breakdown& breakdown() const { return m_data; }
    analysis::Breakdown::Kind kind() const { return m_kind; }
    void setKind(analysis::Breakdown::Kind kind);
    /// Loads on the calling thread with the context's connection (command line, tests).
    Status loadNow();
    /// Whether a load runs, waits for the shared snapshot, or waits for a
    /// moving time window to rest.
    bool isLoading() const { return m_job.isRunning() || m_waitingForSnapshot || m_windowSettle.isActive(); }
    /// Acts as a click on a bar (category) and stack (series, or -1); true if the filter changed.
    bool clickBar(int category, int series);
    /// "Filter · data as of …".
    QString caption() const;
    /// The chart as a figure of `size`, for an export or a report.
    /// (A file is written only through the releasability check:
    /// FigureExportFlow, File ▸ Export Figure.)
    figures::Picture picture(QSize size = QSize(1200, 700)) const;

Q_SIGNALS:
    void loaded();

private:
    void reload();
    void showData(analysis::Breakdown data);

    analysis::AnalysisContext* m_context;
    analysis::Breakdown::Kind m_kind;
    QComboBox* m_kindBox;
    QCustomPlot* m_plot;
    QLabel* m_info;
    analysis::Breakdown m_data;
    QString m_dataDate;
    Job<analysis::Breakdown> m_job { this };
    QTimer m_windowSettle;
    std::optional<analysis::Filter> m_reloadedFor; ///< the filter of the last load
    bool m_waitingForSnapshot = false; ///< a snapshot for the filter is on its way: counted from it
};

} // namespace waymark::ui
