#pragma once

#include "core/result.h"
#include "ingest/graphdocument.h"

namespace waymark::ingest {

/// Reads a Pajek network (.net, .paj): *Vertices with labels, optional
/// coordinates (0–1) and colours (ic), then *Arcs/*Edges (one tie a line,
/// optional weight) and *Arcslist/*Edgeslist (a vertex and everyone it is
/// tied to). A .paj project's first network is read. Lines that cannot be
/// taken are problems of the document (file:line:column: reason), not the
/// end of the reading; a file that is not Pajek at all is an error.
class PajekReader {
public:
    static Result<GraphDocument> read(QIODevice* device, const QString& fileName);
    /// More vertices than this are refused rather than allocated.
    static constexpr qint64 maxVertices() { return 1000000; }
};

} // namespace waymark::ingest
