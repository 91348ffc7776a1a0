#pragma once

class QCustomPlot;

namespace waymark::ui {

/// Where the charts keep their legends: in a row of their own above the
/// axes, entries side by side, so a legend never hides a bar or a mark
/// however narrow the dock. One place for the timeline, the breakdown and
/// route charts and the account timeline.
class PlotLegend {
public:
    /// Moves the plot's legend out of its axis rect into a new first row of
    /// the plot layout, `columns` entries to a line. Call once, after the
    /// plot's own rows are built.
    static void placeAbove(QCustomPlot* plot, int columns);
};

} // namespace waymark::ui
