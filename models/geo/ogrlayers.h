#pragma once

#include "core/feedback.h"
#include "core/result.h"
#include "geo/gdalenv.h"
#include "geo/geometry.h"

#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QString>

#include <memory>

namespace waymark::geo {

/// Turns the geometries of one OGR layer into lon/lat WGS 84 degrees (x =
/// lon, y = lat, whatever axis order the layer's CRS declares), with curves
/// (CircularString, CompoundCurve, CurvePolygon, MultiSurface…) replaced by
/// their linear approximation. A layer without a CRS is taken as lon/lat.
/// Handles are OGR's (OGRLayerH, OGRGeometryH), kept opaque here.
class OgrToWgs84 {
    Q_DECLARE_TR_FUNCTIONS(OgrToWgs84)
public:
    /// For the first geometry field of `layer`; an Error names a CRS that cannot be converted.
    static Result<std::unique_ptr<OgrToWgs84>> forLayer(void* layer);
    ~OgrToWgs84();

    /// A new linear geometry in WGS 84 (OGRGeometryH; the caller frees it with
    /// OGR_G_DestroyGeometry), or an Error. Coordinates outside ±180/±90 are an Error.
    Result<void*> convert(void* geometry) const;
    /// Flattens a WGS 84 linear geometry into parts for drawing.
    static Geometry flatten(void* wgs84Geometry);
    /// A point of the geometry for a table row: the point itself, a point on
    /// the surface of a polygon, or the centroid of a line.
    static QPointF representativePoint(void* wgs84Geometry);
    /// The geometry as WKT (ISO, with Z when it has one).
    static QString wkt(void* wgs84Geometry);

private:
    OgrToWgs84() = default;
    void* m_transform = nullptr; // OGRCoordinateTransformationH, null when already lon/lat
    QString m_crsName;
};

/// What a vector file holds, layer by layer.
struct OgrLayerInfo {
    QString name;
    QString geometryTypeName; // OGR's name, e.g. "Curve Polygon", "None" for a table
    qint64 featureCount = -1; // -1 when counting would mean reading the whole layer
};

/// A GIS vector file read through OGR, for map layers: GeoJSON, KML and KMZ,
/// Shapefile, GPX, FlatGeobuf, GeoPackage (curved geometries included) and
/// vector (pbf) MBTiles. Paths pass GdalEnv::checkLocalPath(); only those
/// drivers are tried. Features whose geometry cannot be converted are
/// skipped and listed in the layer's warnings as "file [layer]:feature N:
/// reason"; the rest load. Not thread-safe: one reader per thread.
class OgrVectorFile {
    Q_DECLARE_TR_FUNCTIONS(OgrVectorFile)
public:
    static Result<std::unique_ptr<OgrVectorFile>> open(const QString& path);
    ~OgrVectorFile();

    QString fileName() const { return m_name; }
    const QList<OgrLayerInfo>& layers() const { return m_layers; }
    /// Reads a layer whole into lon/lat. Canceling through `feedback` returns an Error.
    Result<VectorLayer> readLayer(int index, Feedback* feedback = nullptr) const;

private:
    OgrVectorFile() = default;
    GdalDataset m_dataset;
    QString m_path;
    QString m_name;
    QList<OgrLayerInfo> m_layers;
};

} // namespace waymark::geo
