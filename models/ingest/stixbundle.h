#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <vector>

namespace waymark::ingest {

/// A STIX 2.1 bundle as read from a file (OpenCTI, MISP, Waymark's own
/// export): its objects in file order, each with where it starts in the
/// file. Reading refuses what cannot be imported whole: text that is not
/// JSON, a root that is not a bundle, an object without a `type--UUID` id,
/// and a reference (`*_ref`, `*_refs`) to an object the bundle does not hold
/// (the well-known TLP markings excepted), naming the object and property.
class StixBundle {
public:
    struct Object {
        QString id, type;
        QJsonObject json;
        qint64 line = 1, column = 1; ///< where its id is written
    };
    std::vector<Object> objects;

    static Result<StixBundle> parse(const QByteArray& bytes, const QString& fileName);
    /// Whether the start of a file looks like a STIX bundle ("type": "bundle", or a bundle-- id).
    static bool sniff(const QByteArray& head);
};

} // namespace waymark::ingest
