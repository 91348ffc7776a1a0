#pragma once

#include "analysis/claimchecks.h"
#include "core/feedback.h"
#include "core/result.h"
#include "reports/reportdocument.h"
#include "reports/starterdraft.h"

#include <QCoreApplication>

#include <optional>
#include <vector>

namespace waymark::analysis {
class IncidentSnapshot;
}
namespace waymark::map {
class RouteFlows;
}
namespace waymark::store {
class Workspace;
}
namespace waymark::finance {
class Scorer;
}

namespace waymark::reports {

class ReportStore;

/// The parts of the starter draft that make claims from the data, each
/// through the artefact checks (analysis/claimchecks.h): a judgement is made
/// only when no check refuses it, carries the checks it passed, and words
/// its caveats; what the checks refuse is said as what it is (coverage
/// changed, a reporting concentration, too few incidents).
class DraftClaims {
public:
    /// A judgement (when one may be made) and the assessment's HTML.
    struct Part {
        std::optional<KeyJudgement> judgement;
        QString html;
    };

    /// Evidence for snapshot incidents, most victims first, nothing graded weak.
    static std::vector<Evidence> incidentEvidence(store::Workspace& ws, ReportStore& store,
        const analysis::IncidentSnapshot& s, std::vector<quint32> members, int limit);

    /// Emerging hotspots (analysis::HotspotClaims): the first one that passes
    /// its checks becomes a judgement; the leading candidates are listed with
    /// what the checks found.
    static Result<Part> emergingHotspots(store::Workspace& ws, ReportStore& store, const analysis::IncidentSnapshot& s,
        const analysis::Filter& filter, const DraftOptions& options, Feedback& feedback);

    /// Checks on a key actor: enough recorded links, and whether one source
    /// recorded most of them (a caveat: the ranking rests on its reporting).
    static analysis::ClaimChecks keyActor(store::Workspace& ws, const QString& entityKey);

    /// Checks on the leading route: enough incidents, a lead over the next
    /// route beyond chance, and whether one source reported most of them (a
    /// caveat: the route rests on its reporting).
    static analysis::ClaimChecks route(const analysis::IncidentSnapshot& s, const map::RouteFlows& flows);

    /// Checks on a typology alert: whether the red-flag transactions the run
    /// cites are enough, and whether the account still scores over
    /// `threshold` (with `scorer`, the run's typologies) once the busiest
    /// week of them is left out.
    static Result<analysis::ClaimChecks> alert(
        store::Workspace& ws, const finance::Scorer& scorer, qint64 runId, qint64 accountId, double threshold = 0.5);

    /// What the overview's counts rest on: location and date precision of the
    /// incidents in the window, in one sentence, with its checks.
    static QString overview(const analysis::IncidentSnapshot& s, const analysis::Filter& filter,
        const std::vector<quint32>& members, analysis::ClaimChecks* checks = nullptr);

    // lupdate files tr() in member functions under the class: this tr() has that context.
    Q_DECLARE_TR_FUNCTIONS(StarterDraft)
};

} // namespace waymark::reports
