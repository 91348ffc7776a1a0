#pragma once

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QPointF>
#include <QString>

#include <optional>

class QIODevice;

namespace waymark::ingest {

/// A link chart as exchanged with other tools: GraphML (yEd, Gephi, i2
/// exports through converters) and GEXF 1.3 (Gephi). Nodes and links keep
/// every attribute, known or not, as text; the line each came from is kept
/// for provenance and error messages. (A workspace graph becomes one with
/// network::graphDocument.) The file's look is kept too: where each node
/// was drawn, its colour and size (GEXF viz:*, Gephi's GraphML keys x, y,
/// r, g, b, size, yEd's ShapeNode geometry and fill). The other readers of
/// network formats (GML, Pajek, UCINET DL, adjacency matrices) fill the same
/// structure; rows they cannot take are in `problems`, for quarantine.
struct GraphDocument {
    struct Node {
        QString id;
        QString label;
        QString type;
        QMap<QString, QString> attributes;
        qint64 line = 0;
        qint64 column = 0; ///< where the node's element ends its start tag (0: not known)
        std::optional<QPointF> position {}; ///< in the file's units, y down as drawn
        QString colour {}; ///< "#rrggbb", empty when the file gives none
        double size = 0; ///< the file's node size (a radius); 0 when none
    };
    struct Link {
        QString id;
        QString source;
        QString target;
        QString type;
        double weight = 1;
        QMap<QString, QString> attributes;
        qint64 line = 0;
        qint64 column = 0; ///< where the start tag ends (0: not known)
        QString firstSeen {}; ///< `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (FuzzyDate); empty when not given
        QString lastSeen {};
        bool directed = false; ///< the file says the tie goes from source to target (Pajek *Arcs, an asymmetric matrix)
    };
    QList<Node> nodes;
    QList<Link> links;
    /// What the file says of the whole graph (an export's marking: "tlp",
    /// "handling_conditions"). GraphML holds them as <data> of <graph>
    /// (read back); GEXF as its <meta> keywords and description.
    QMap<QString, QString> graphAttributes;
    /// The program that wrote the file, when it says: GraphML's graph
    /// <data> named "creator", GEXF's <meta><creator>. Waymark writes
    /// "Waymark" (kCreator): its node and link ids are then workspace keys.
    QString creator;
    static constexpr const char* kCreator = "Waymark";
    /// A row a reader skipped (a bad line, a tie to nowhere): where and why,
    /// and the raw text, so the import quarantines it.
    struct Problem {
        Error error;
        QByteArray raw;
    };
    QList<Problem> problems;

    /// Moves the look a tool stored as ordinary attributes (Gephi's x, y, r,
    /// g, b, size; a declared type under `type`, `kind` or `category`; a
    /// label under `label` or Cytoscape's `name`) to the node's fields; and a link's type (`type`, `kind`, `relation`,
    /// `relationship`, Cytoscape's `interaction`, `label`…) and dates
    /// (`first_seen`/`last_seen`, GEXF's `start`/`end`, `date`) to the link's.
    /// A date that is not one, or a last before the first, stays an attribute.
    void takeLookFromAttributes();

    /// The names of the links' attributes, in first-seen order: what a link
    /// chart holds beyond a link's ends, type, weight and dates.
    QStringList linkAttributeNames() const;

    /// Reads GraphML or GEXF (told apart by the root element). Broken XML is
    /// an error at file:line:column; a repeated node id, a link to a node
    /// that is not there and a weight that is not one are left out and kept
    /// in `problems`, each at file:line:column.
    static Result<GraphDocument> read(QIODevice* device, const QString& fileName);
    Status writeGraphML(QIODevice* device) const;
    Status writeGexf(QIODevice* device) const;
};

} // namespace waymark::ingest
