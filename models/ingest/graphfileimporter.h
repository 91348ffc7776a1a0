#pragma once

#include "core/result.h"

#include <QString>

namespace waymark::ingest {

class ImportSession;

/// Imports a link chart from GraphML or GEXF (Gephi, yEd, Waymark's own
/// exports) as entities and links, under an "analyst" source named after the
/// file. Node ids are entity ids: a node whose id the workspace knows is that
/// entity (counted as a duplicate); tools' automatic ids ("n12", "42") are
/// prefixed with the file name so two files never merge by accident. Unknown
/// entity types become "other"; every attribute is kept.
class GraphFileImporter {
public:
    static bool recognises(const QString& path);
    static Status run(ImportSession& session, const QString& path);
};

} // namespace waymark::ingest
