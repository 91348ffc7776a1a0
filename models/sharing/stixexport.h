#pragma once

#include "analysis/filter.h"
#include "core/result.h"
#include "sharing/releasability.h"

#include <QJsonObject>
#include <QString>

namespace waymark::store {
class Workspace;
}

namespace waymark::sharing {

/// A STIX 2.1 bundle of what the releasability check lets go (OpenCTI and
/// MISP read it). People and organisations become `identity` (e-mail
/// addresses `email-addr`), places `location`, incidents `incident`, links
/// and involvement `relationship`; a Key Judgement Report becomes `report`
/// with its judgements and sections as `note` and its figures as
/// `grouping`; a filtered selection becomes a `grouping`. Every object
/// carries its source's TLP 2.0 marking (the OASIS extension definition),
/// and 3x5x2 `C` conditions as a statement marking. Identifiers are UUIDv5
/// under a namespace kept in the workspace, so a re-export updates the same
/// objects and partners cannot derive them from hub keys. Victims are never
/// named: an incident carries their number, not their identities.
class StixExport {
public:
    struct Options {
        analysis::Filter filter; ///< what to export when no report is named
        Destination destination = Destination::Partner;
        qint64 reportId = 0; ///< a Key Judgement Report and what it cites, instead of the filter
    };
    struct Written {
        QString sha256;
        int objects = 0;
    };

    /// What the export would hold: the report's evidence, or the filtered
    /// incidents, the entities involved in them (victims left out), their
    /// links and the entities one link away; through the one check.
    static Result<Releasability::Outcome> check(store::Workspace& ws, const Options& options);
    /// The bundle of what the check released. Stores the workspace's STIX
    /// namespace on first use.
    static Result<QJsonObject> bundle(
        store::Workspace& ws, const Releasability::Outcome& outcome, const Options& options);
    /// Writes the bundle to `path` and records the export in the audit log;
    /// refused when nothing may go, or when the bundle breaks a STIX rule.
    static Result<Written> write(
        store::Workspace& ws, const Releasability::Outcome& outcome, const QString& path, const Options& options);

    /// RFC 3339 with milliseconds and Z, as STIX wants it.
    static QString timestamp(const QDateTime& t);
};

} // namespace waymark::sharing
