#pragma once

#include "core/yardstick.h"
#include "reports/reportdocument.h"

#include <QString>

#include <vector>

namespace waymark::reports {

/// One problem the checker found, located by judgement or section and by a
/// character range in that field's plain text (QTextDocument positions for
/// sections), so an editor can underline it.
struct Finding {
    QString rule; ///< see ReportChecker's rule ids
    int judgement = -1; ///< index into judgements, or -1
    int figure = -1; ///< index into figures, or -1
    QString section; ///< section key, or empty
    int start = 0;
    int length = 0;
    QString text; ///< the words flagged (or the evidence key)
    QString message;
    bool dismissed = false;
    QString dismissReason;

    /// "judgement 2", "section assessment" or "figure 1": what a Dismissal refers to.
    QString where() const;
};

/// Checks a report for analytic integrity (DOMAIN.md §2):
///
/// - `vague-word`: may, might, could, possibly, perhaps, appears, suggests…
///   in a sentence that states no yardstick probability;
/// - `off-yardstick`: a probability word that is not a yardstick term
///   ("very likely", "probable", "certainly"…);
/// - `percent-out-of-range`: a percentage within a few words of a yardstick
///   term that falls outside the term's range ("highly likely (60 %)");
/// - `no-probability`: a judgement whose term is missing or not on the yardstick;
/// - `term-mismatch`: a judgement's statement uses a different term than its own;
/// - `no-evidence`: a judgement citing nothing;
/// - `weak-evidence`: evidence graded unreliable or suspected false cited
///   without a caveat;
/// - `missing-evidence`: evidence whose row is no longer in the workspace;
/// - `stale-figure`: a figure drawn from data that has changed since
///   (Figure::stale, see ReportStore::checkFigures).
///
/// Findings that match one of the document's dismissals are returned
/// marked dismissed, with the reason.
class ReportChecker {
public:
    static std::vector<Finding> check(const ReportDocument& doc);
    /// The text rules (vague-word, off-yardstick, percent-out-of-range) on
    /// one text, against the terms of `scale` (the report's
    /// probabilityStandard: ICD 203's own terms are on its scale, PHIA's are not).
    static std::vector<Finding> checkText(const QString& text, ProbabilityScale scale = ProbabilityScale::Phia);
};

} // namespace waymark::reports
