#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace waymark::geo {

enum class GeometryType { Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, GeometryCollection };

/// Flattened geometry in lon/lat degrees (x = lon, y = lat).
struct Geometry {
    GeometryType type = GeometryType::Point;
    QList<QPolygonF> parts;
    QRectF bounds;
    bool contains(QPointF lonLat) const;
};

struct Feature {
    qint64 fid = 0;
    Geometry geometry;
    QVariantMap attributes;
};

struct VectorLayer {
    QString name;
    QString source;
    GeometryType geometryType = GeometryType::Polygon;
    QList<Feature> features;
    QRectF bounds;
    int skipped = 0;
    QStringList warnings;
};

} // namespace waymark::geo
