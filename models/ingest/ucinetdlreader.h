#pragma once

#include "core/result.h"
#include "ingest/graphdocument.h"

namespace waymark::ingest {

/// Reads a UCINET DL file (one-mode): `dl n=… format=fullmatrix|edgelist1|
/// nodelist1`, labels given in a `labels:` list or embedded in the data,
/// then `data:`. A full matrix's cells are tie weights (0 or empty: no
/// tie); a symmetric matrix gives one link per pair. Cells and lines that
/// cannot be read are problems of the document (file:line:column: reason);
/// a header that is not DL is an error.
class UcinetDlReader {
public:
    static Result<GraphDocument> read(QIODevice* device, const QString& fileName);
};

} // namespace waymark::ingest
