#pragma once

#include "reports/reportchecker.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace waymark::reports {

/// US ICD 203's probability language (DOMAIN.md §2), for reports written
/// under it (ReportDocument::probabilityStandard "icd203"). Its two rows of
/// terms are equivalent but never mixed, and a sentence does not combine a
/// confidence level with a likelihood term. Rules:
///
/// - `icd203-mixed-rows`: one sentence uses terms from both rows;
/// - `icd203-confidence-with-likelihood`: one sentence states a confidence
///   level ("high confidence") and a likelihood term.
class Icd203 {
public:
    /// The first row (almost no chance … almost certain), lowest first
    /// (Yardstick::terms(ProbabilityScale::Icd203)).
    static const QStringList& likelihoodTerms();
    /// The second row (remote … nearly certain), in the same order.
    static const QStringList& probabilityTerms();
    /// The findings of both rules on a text, sentence by sentence.
    static std::vector<Finding> checkText(const QString& text);
};

} // namespace waymark::reports
