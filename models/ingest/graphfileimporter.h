#pragma once

#include "core/result.h"
#include "ingest/graphdocument.h"

#include <QString>

namespace waymark::ingest {

class ImportSession;

/// Imports a network file as entities and links, under an "analyst" source
/// named after the file: GraphML and GEXF (Gephi, yEd, Waymark's own
/// exports), GML, Pajek (.net, .paj), UCINET DL and labelled adjacency
/// matrices in CSV. Node ids are entity ids: a node whose id the workspace
/// knows is that entity (counted as a duplicate); tools' automatic ids
/// ("n12", "42") are prefixed with the file name so two files never merge
/// by accident. A declared type (`type`, `kind`, `category`) becomes the
/// entity type where Waymark knows it (entityType()), "other" otherwise;
/// every attribute is kept, and the file's look (position, colour, size)
/// is kept in the entity's attributes under lookKeys(), so the link chart
/// draws the chart as the file had it. Lines a reader could not take are
/// quarantined.
class GraphFileImporter {
public:
    enum class Format { None, GraphML, Gexf, Gml, Pajek, UcinetDl, AdjacencyMatrix };

    /// The network format of a file: by its suffix, and for .csv, .tsv and
    /// .txt by its content (a labelled adjacency matrix).
    static Format formatOf(const QString& path);
    static bool recognises(const QString& path) { return formatOf(path) != Format::None; }
    /// The name the import summary and the extracts table give the format.
    static QString formatName(Format format);
    static Result<GraphDocument> read(const QString& path, Format format);
    static Status run(ImportSession& session, const QString& path);

    /// Waymark's entity type for a type a file declares ("Person", "people",
    /// "company", "mobile phone"…); empty when none fits.
    static QString entityType(const QString& declared);
    /// Attribute keys of an entity holding the file's look: x, y, colour, size.
    static QString lookX() { return QStringLiteral("viz:x"); }
    static QString lookY() { return QStringLiteral("viz:y"); }
    static QString lookColour() { return QStringLiteral("viz:color"); }
    static QString lookSize() { return QStringLiteral("viz:size"); }
};

} // namespace waymark::ingest
