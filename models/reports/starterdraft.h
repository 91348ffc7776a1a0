#pragma once

#include "analysis/filter.h"
#include "core/feedback.h"
#include "core/result.h"
#include "core/yardstick.h"
#include "reports/reportdocument.h"

#include <QSize>
#include <QString>

namespace waymark::store {
class Workspace;
}

namespace waymark::reports {

/// What the starter draft includes.
struct DraftOptions {
    QString title;
    int routes = 3; ///< leading routes named
    int hotspots = 3; ///< emerging hotspots named
    int actors = 3; ///< key actors named
    int alerts = 5; ///< typology alerts listed and cited
    int evidencePerJudgement = 8;
    bool mapFigure = true;
    QSize mapSize { 1200, 750 }; ///< the frame, as on screen…
    double mapScale = 2; ///< …drawn at twice that for print (8 × 5 inches at 300 dpi)
    double cellKm = 50; ///< Gi* grid cell, as the map's default
    double bandKm = 150; ///< Gi* neighbourhood
    /// The probability language of the draft; its terms are the bands of
    /// this scale (ReportDocument::probabilityStandard).
    ProbabilityScale scale = ProbabilityScale::Phia;
};

/// A generated first draft of a Key Judgement Report for a filter: the
/// leading routes (RouteFlows), the emerging hotspots (analysis::HotspotClaims:
/// Gi* of the window against the period of the same length before it, with
/// no window the second half of the span of located incidents against the
/// first, FDR-corrected and checked), the key actors
/// (KeyActors over the link graph, people only) with their numbers and
/// evidence linked, the typology alerts of the latest stored score run (the
/// accounts at 50 % or more, cited by account key), and the route map as a
/// figure. Every judgement passes the artefact checks first (DraftClaims):
/// it carries them, with their caveats in its rationale, or is not made.
/// Everything it writes is marked generated for the analyst to rewrite.
class StarterDraft {
public:
    static Result<ReportDocument> build(
        store::Workspace& workspace, const analysis::Filter& filter, Feedback& feedback, const DraftOptions& options);
};

} // namespace waymark::reports
