#pragma once

#include "figuremaker.h"

class QWidget;

namespace waymark::analysis {
class AnalysisContext;
}

namespace waymark::ui {

/// Export figure: the one way a view's figure (map, link chart, timeline,
/// breakdown chart) leaves as PNG, SVG or PDF. The releasability dialog
/// first (what the figure is drawn from, by TLP, handling code and source);
/// then the figure is drawn from what may go only (FigureMaker::released)
/// and written with its audit record (sharing::FigureExport::write).
class FigureExportFlow {
public:
    /// Asks for a file name, then export(); false when cancelled.
    static bool exportDialog(QWidget* parent, analysis::AnalysisContext* context, const FigureMaker::Request& request);
    /// false when cancelled, refused or failed (the user is told why).
    static bool exportTo(
        QWidget* parent, analysis::AnalysisContext* context, const FigureMaker::Request& request, const QString& path);
};

} // namespace waymark::ui
