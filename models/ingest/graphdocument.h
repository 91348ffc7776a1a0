#pragma once

#include "core/result.h"

#include <QList>
#include <QMap>
#include <QString>

class QIODevice;

namespace waymark::ingest {

/// A link chart as exchanged with other tools: GraphML (yEd, Gephi, i2
/// exports through converters) and GEXF 1.3 (Gephi). Nodes and links keep
/// every attribute, known or not, as text; the line each came from is kept
/// for provenance and error messages. (A workspace graph becomes one with
/// network::graphDocument.)
struct GraphDocument {
    struct Node {
        QString id;
        QString label;
        QString type;
        QMap<QString, QString> attributes;
        qint64 line = 0;
    };
    struct Link {
        QString id;
        QString source;
        QString target;
        QString type;
        double weight = 1;
        QMap<QString, QString> attributes;
        qint64 line = 0;
    };
    QList<Node> nodes;
    QList<Link> links;

    /// Reads GraphML or GEXF (told apart by the root element). Broken XML
    /// and links to nodes that are not there are errors at file:line:column.
    static Result<GraphDocument> read(QIODevice* device, const QString& fileName);
    Status writeGraphML(QIODevice* device) const;
    Status writeGexf(QIODevice* device) const;
};

} // namespace waymark::ingest
