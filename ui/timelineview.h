#pragma once

#include "figures/figurewriter.h"

#include "analysis/timebins.h"
#include "core/result.h"

#include <QColor>
#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPItemRect;
class QLabel;
class QMouseEvent;

namespace waymark::analysis {
class AnalysisContext;
class IncidentSnapshot;
}

namespace waymark::ui {

/// The timeline: incidents of the shared snapshot over time, stacked by
/// exploitation type, in day, week, month or year bins chosen by the zoom
/// (wheel zooms about the cursor). Dragging across it sets the shared time
/// window (map and tables follow); double-click clears the window. Hovering
/// a bin shows its exact counts. Clicking a bar selects its incidents of
/// the type clicked (the stack segment) into the shared selection;
/// Shift-click selects the whole bar. Incidents of the shared selection are
/// highlighted in their bins. Incidents known only to a month or a year that
/// span several bins are drawn in a band of their own below the bars, over
/// their whole period (see analysis::TimeBins); what cannot be plotted is
/// counted in the label underneath.
class TimelineView : public QWidget {
    Q_OBJECT
public:
    explicit TimelineView(analysis::AnalysisContext* context, QWidget* parent = nullptr);
    ~TimelineView() override;

    QCustomPlot* plot() const { return m_plot; }
    analysis::AnalysisContext* context() const { return m_context; }
    const analysis::TimeBins& bins() const { return m_bins; }

    /// Shows days [from, to] (Julian days) and rebins for that span.
    void setVisibleRange(qint64 from, qint64 to);
    std::pair<qint64, qint64> visibleRange() const;
    /// Shows the whole span of the data.
    void showAll();
    /// Sets the shared time window to the bins touched by days [from, to], as a drag does.
    void brush(qint64 from, qint64 to);
    /// The Julian day under a plot x pixel.
    qint64 dayAt(double x) const;
    /// The plot x pixel of the start of a Julian day.
    double xOf(qint64 day) const;
    /// What hovering over a day shows: the bin, its total and per-type counts.
    QString hoverText(qint64 day) const;
    /// Selects the incidents of a bin, of one stack category or all (-1), into
    /// the shared selection, as a click on the bar does; returns how many.
    qint64 selectBin(int bin, int category = -1);
    /// The bin and stack category drawn at a plot pixel, or {-1, -1}.
    std::pair<int, int> barAt(const QPointF& pixel) const;
    /// Rebins and replots now (what a filter change costs).
    void rebuild();
    /// "Filter · data as of …" for captions.
    QString caption() const;
    /// The chart as a figure of `size`, binned for that width, for an export
    /// or a report. (A file is written only through the releasability
    /// check: FigureExportFlow, File ▸ Export Figure.)
    figures::Picture picture(QSize size = QSize(1200, 500)) const;

    /// Plot keys are seconds since 1970 (what QCustomPlot's date ticker reads).
    static double keyOf(qint64 julianDay);
    static qint64 dayOfKey(double key);
    /// The colour of a stack category (TimeBins), shared with the breakdown charts.
    static QColor categoryColour(int category);
    /// The band's colour of incidents known to the month only (0) or the year only (1).
    static QColor bandColour(int precision);

Q_SIGNALS:
    /// The bins were rebuilt and drawn.
    void rebuilt();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void snapshotChanged();
    void selectionChanged();
    void updateWindow();
    void rangeChanged();
    void replotBins();

    analysis::AnalysisContext* m_context;
    QCustomPlot* m_plot;
    QCPAxisRect* m_band;
    QLabel* m_info;
    std::vector<QCPBars*> m_bars;
    QCPBars* m_selectedBars = nullptr;
    QCPItemRect* m_windowRect = nullptr;
    QCPItemRect* m_brushRect = nullptr;
    std::shared_ptr<const analysis::IncidentSnapshot> m_snapshot;
    std::vector<quint32> m_selected; ///< snapshot indices of the shared selection
    QString m_shownPath; ///< the workspace whose snapshot is shown
    analysis::TimeBins m_bins;
    qint64 m_binnedFrom = 0, m_binnedTo = -1;
    bool m_rebinning = false;
    double m_pressX = -1;
};

} // namespace waymark::ui
