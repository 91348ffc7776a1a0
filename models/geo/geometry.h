#pragma once

#include <QList>
#include <QPolygonF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <algorithm>

namespace waymark::geo {

enum class GeometryType { Point, LineString, Polygon, MultiPoint, MultiLineString, MultiPolygon, GeometryCollection };

/// The OGC name of a type ("MultiPolygon").
QString geometryTypeName(GeometryType type);
/// True for Polygon and MultiPolygon, the types whose parts are rings.
bool isPolygonal(GeometryType type);

/// Flattened geometry in lon/lat degrees (x = lon, y = lat). Polygons: all
/// rings of all polygons, drawn with Qt::OddEvenFill; lines: one QPolygonF per
/// line; points: one single-point QPolygonF each. A GeometryCollection holds
/// the parts of all its members, flattened the same way (drawn as lines). An
/// empty geometry has no parts and a null bounds.
struct Geometry {
    GeometryType type = GeometryType::Point;
    QList<QPolygonF> parts;
    QRectF bounds; // lon/lat bounding box (zero-size, so isNull(), for a single point)

    /// Point in polygon (even-odd over all rings); false for non-polygons.
    bool contains(QPointF lonLat) const;
    bool isEmpty() const { return parts.isEmpty(); }
    int vertexCount() const;
    /// Douglas–Peucker per part, tolerance in degrees. Rings keep at least 4
    /// points and lines at least 2, so nothing disappears; points are kept.
    Geometry simplified(double tolerance) const;
    /// Recomputes bounds from parts.
    void updateBounds();
};

struct Feature {
    qint64 fid = 0;
    Geometry geometry;
    QVariantMap attributes;
};

/// The bounding box of rectangles added one by one, zero-size ones (single
/// points) included: QRectF::united() would ignore those.
struct BoundsAccumulator {
    bool any = false;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    void add(const QRectF& b)
    {
        if (!any) {
            x0 = b.left(), y0 = b.top(), x1 = b.right(), y1 = b.bottom();
            any = true;
        } else {
            x0 = std::min(x0, b.left()), y0 = std::min(y0, b.top());
            x1 = std::max(x1, b.right()), y1 = std::max(y1, b.bottom());
        }
    }
    /// The box, or a null rectangle when nothing was added.
    QRectF bounds() const { return any ? QRectF(QPointF(x0, y0), QPointF(x1, y1)) : QRectF(); }
};

/// A vector layer read whole into memory (GeoPackage table or the built-in
/// world layer), ready for the map to draw. Immutable once read; safe to share
/// between threads as a const value.
struct VectorLayer {
    QString name; // table name
    QString source; // file path (or ":builtin")
    GeometryType geometryType = GeometryType::GeometryCollection;
    QList<Feature> features;
    QRectF bounds;
    int skipped = 0; // features not loaded (bad/unsupported geometry, out-of-range coordinates)
    QStringList warnings; // one line per skipped feature: "file: layer 'x' feature fid N: reason"
};

} // namespace waymark::geo
