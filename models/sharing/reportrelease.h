#pragma once

#include "core/result.h"
#include "reports/reportdocument.h"
#include "reports/reportexporter.h"
#include "sharing/releasability.h"

#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::sharing {

/// A Key Judgement Report's way out through the releasability check: the
/// records its judgements cite (incidents, entities, accounts by key) are
/// what the export "contains". A report that cites a record that may not go
/// is not exported; its marking is raised to the evidence's when that is
/// more restrictive.
///
/// Its figures were drawn earlier, from all the data under their filter:
/// each is checked as `waymark render` checks a figure (FigureMaker::check).
/// One that shows records that may not go to the destination is drawn again
/// for the copy that leaves, under the released filter (FigureMaker::released,
/// the same withheld-sources filter render uses), its caption saying what was
/// left out; one that cannot be drawn again (no record of what it was drawn
/// from, e.g. a pasted image) goes only when nothing in the workspace is
/// withheld from the destination, else it is left out with a placeholder.
/// The stored report is never changed.
class ReportRelease {
public:
    /// What becomes of one figure in the copy that leaves.
    struct FigurePlan {
        enum class Fate { AsDrawn, Redrawn, LeftOut };
        Fate fate = Fate::AsDrawn;
        qint64 withheldRecords = 0; ///< records under the figure that may not go
        int withheldSources = 0; ///< sources left out of a map or chart drawn again
        QString marking; ///< most restrictive TLP label among what the figure shows
        QStringList conditions;
        Releasability::Outcome outcome; ///< the figure's own check (empty for one without a source)
    };
    /// The figures' counts and the copy that leaves.
    struct Released {
        reports::ReportDocument doc;
        int asDrawn = 0, redrawn = 0, leftOut = 0;
        QString auditDetails() const;
    };

    static Result<std::vector<FigurePlan>> planFigures(
        store::Workspace& ws, const reports::ReportDocument& doc, Destination destination);
    /// One line per figure drawn again or left out, after a count line.
    static QStringList figureLines(const reports::ReportDocument& doc, const std::vector<FigurePlan>& plans);
    /// The copy of `doc` that may go to `destination`: figures drawn again
    /// or left out as planned, images no figure shows any more dropped.
    static Result<Released> releasedCopy(
        store::Workspace& ws, const reports::ReportDocument& doc, Destination destination);
    /// The one way a report leaves (command line and editor alike): the
    /// released copy under the marking of what it holds, written in `format`,
    /// and the audit record of the export with its figures' counts.
    /// `outcome` is check()'s for the destination; the caller refuses first
    /// when it withholds a cited record.
    static Result<Released> write(store::Workspace& ws, const reports::ReportDocument& doc,
        const Releasability::Outcome& outcome, reports::ReportExporter::Format format, const QString& path,
        const reports::ExportOptions& options = {});

    /// The cited records, as workspace row ids (evidence no longer there is skipped).
    static Result<ExportSelection> evidenceOf(store::Workspace& ws, const reports::ReportDocument& doc);
    /// The check of the cited records; its notes say what becomes of the
    /// figures, and its marking and conditions take in what the figures show.
    static Result<Releasability::Outcome> check(
        store::Workspace& ws, const reports::ReportDocument& doc, Destination destination);
    /// The report's marking, or the evidence's TLP label when the report is
    /// marked with a less restrictive TLP label (or with none).
    static reports::Marking markingFor(const reports::ReportDocument& doc, const Releasability::Outcome& outcome);
};

} // namespace waymark::sharing
