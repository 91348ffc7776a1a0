#pragma once

#include "core/result.h"

#include <QString>

namespace waymark::ingest {

class ImportSession;

/// Imports a STIX 2.1 bundle (OpenCTI, MISP, Waymark's own export) through
/// the import job: `identity` and `email-addr` become entities, `location`
/// a place (country, or city with its point) and a location entity,
/// `incident` an incident (placed by its `located-at` relationship), and
/// `relationship` a link between entities or an entity's part in an
/// incident. Markings become sources: one per producer (`created_by_ref`)
/// and marking, its TLP label from TLP 2.0 or TLP 1.0 markings (white read
/// as TLP:CLEAR), statement markings as 3x5x2 `C` conditions. Objects of
/// types Waymark does not map are kept whole in the attributes of an
/// "other" entity and counted in the summary's notes. A broken reference
/// refuses the file (StixBundle).
class StixImporter {
public:
    /// Whether the file is a STIX bundle (by its first bytes).
    static bool recognises(const QString& path);
    static Status run(ImportSession& session, const QString& path);
};

} // namespace waymark::ingest
