#pragma once

#include "core/result.h"
#include "ingest/graphdocument.h"

namespace waymark::ingest {

/// Reads a labelled adjacency matrix in CSV (comma, semicolon or tab), the
/// form much published covert-network research data comes in: the first
/// row and the first column are the same node labels (as a set), the
/// corner cell is empty, every other cell is a tie weight (0 or empty: no
/// tie). A UTF-8 byte-order mark is allowed. One row is held at a time; a
/// symmetric matrix gives one link per pair. A row that cannot be read is a
/// problem of the document (file:line:column: reason) and none of its
/// ties is taken.
class AdjacencyMatrixReader {
public:
    /// Whether the file is such a matrix: the corner cell is empty and the
    /// row labels are the column labels. Reads the first column only.
    static bool recognises(const QString& path);
    static Result<GraphDocument> read(QIODevice* device, const QString& fileName);
};

} // namespace waymark::ingest
