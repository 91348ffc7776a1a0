#pragma once

#include "core/result.h"
#include "reports/reportdocument.h"
#include "sharing/releasability.h"

namespace waymark::store {
class Workspace;
}

namespace waymark::sharing {

/// A Key Judgement Report's way out through the releasability check: the
/// records its judgements cite (incidents, entities, accounts by key) are
/// what the export "contains". A report that cites a record that may not go
/// is not exported; its marking is raised to the evidence's when that is
/// more restrictive.
class ReportRelease {
public:
    /// The cited records, as workspace row ids (evidence no longer there is skipped).
    static Result<ExportSelection> evidenceOf(store::Workspace& ws, const reports::ReportDocument& doc);
    static Result<Releasability::Outcome> check(
        store::Workspace& ws, const reports::ReportDocument& doc, Destination destination);
    /// The report's marking, or the evidence's TLP label when the report is
    /// marked with a less restrictive TLP label (or with none).
    static reports::Marking markingFor(const reports::ReportDocument& doc, const Releasability::Outcome& outcome);
};

} // namespace waymark::sharing
