#pragma once

#include "core/result.h"
#include "ingest/graphdocument.h"

namespace waymark::ingest {

/// Reads GML, the Graph Modelling Language of yEd, Cytoscape, igraph and
/// NetworkX (`graph [ node [ id 1 label "x" ] edge [ source 1 target 2 ] ]`;
/// not the geographic GML). Nodes keep their graphics (x, y, w, h, fill)
/// as the file's look and every other key as an attribute. The text is
/// read in bounded pieces; a broken bracket structure is an error at
/// file:line:column, a node or edge that cannot be taken is a problem of
/// the document.
class GmlReader {
public:
    static Result<GraphDocument> read(QIODevice* device, const QString& fileName);
};

} // namespace waymark::ingest
