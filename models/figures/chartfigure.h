#pragma once

#include "figures/figurewriter.h"

#include <QColor>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

class QPainter;

namespace waymark::analysis {
class Breakdown;
class IncidentSnapshot;
class TimeBins;
} // namespace waymark::analysis

namespace waymark::map {
class RouteVolume;
}

namespace waymark::figures {

/// A bar chart figure: what `waymark render chart`, the chart views'
/// Export… and a report's chart figure ask for. Categories run along one
/// axis, each a bar of stacked series; an optional band below the bars
/// counts what is known only coarsely (the timeline's incidents known to the
/// month or year only). Drawn by paintChartFigure() without any widget, so
/// the same chart comes out of the window, the command line and a report.
struct ChartFigure {
    /// Horizontal: bars run rightwards, categories down the left (long
    /// names); Vertical: bars rise, categories along the bottom (time).
    enum class Orientation { Horizontal, Vertical };
    Orientation orientation = Orientation::Vertical;
    QString title; ///< drawn at the top; the SVG's or PDF's title
    QString caption; ///< drawn along the bottom (filter, data date, what is not plotted)
    QString valueLabel; ///< the value axis, e.g. "Incidents"
    QStringList categories; ///< labels along the category axis, first at top or left
    QStringList series; ///< names of the stacks, bottom first
    QList<QColor> colours; ///< one per series
    std::vector<std::vector<double>> values; ///< [series][category]
    QString bandLabel; ///< names the band; empty: no band
    std::vector<double> band; ///< per category (Vertical only)
    QSize size { 1200, 700 }; ///< logical pixels

    double categoryTotal(int category) const;
};

/// The colours of the stacks of a chart that has no colours of its own.
QColor seriesColour(int series);
/// The colour of a timeline stack category (analysis::TimeBins): the map's
/// colours of the exploitation types, so a type looks the same everywhere.
QColor exploitationColour(int category);

/// A breakdown chart (analysis::Breakdown): horizontal stacked bars.
ChartFigure breakdownFigure(const analysis::Breakdown& breakdown);
/// Incidents over time by exploitation type, bins [first, last] of `bins`,
/// with the band of incidents known to the month or year only.
ChartFigure timelineFigure(const analysis::TimeBins& bins, int first = 0, int last = -1);
/// The timeline of a snapshot's incidents over days [from, to] (its whole
/// span where not given), binned for the figure's width, under `caption`
/// (to which it adds what is not plotted).
ChartFigure timelineFigure(const analysis::IncidentSnapshot& snapshot, std::optional<qint64> from,
    std::optional<qint64> to, QSize size, const QString& caption);
/// Incidents per bin on one route, by exploitation type.
ChartFigure routeFigure(const map::RouteVolume& volume);

/// The one way a chart figure is painted: title, bars, axes, legend and
/// caption, on a painter of the figure's size.
void paintChartFigure(QPainter& painter, const ChartFigure& figure);
/// The figure, ready for FigureWriter.
Picture chartPicture(const ChartFigure& figure);

} // namespace waymark::figures
