#pragma once

#include "core/feedback.h"
#include "core/result.h"
#include "geo/geometry.h"

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <memory>

namespace waymark::geo {

class ReadOnlyDatabase;

/// One feature table of a GeoPackage, as gpkg_contents and
/// gpkg_geometry_columns describe it.
struct GeoPackageLayerInfo {
    QString name; // table name
    QString identifier; // human-readable name from gpkg_contents (may be empty)
    QString geometryColumn;
    QString geometryTypeName; // as declared, e.g. "MULTIPOLYGON" or "GEOMETRY"
    GeometryType geometryType = GeometryType::GeometryCollection; // GEOMETRY and unknown names map here
    int srsId = 0;
};

/// A GeoPackage (OGC 12-128r18) opened read-only. Since issue 15 it reads
/// only the built-in world layer (WorldLayer), where bench_gisread measured
/// it about 2× faster than OGR; users' GIS files, GeoPackages included, are
/// read by OgrVectorFile, which handles curves and any CRS. It lists its
/// feature layers and reads one whole into a VectorLayer in lon/lat degrees. Supports layers in EPSG:4326, OGC CRS84,
/// the undefined geographic SRS 0 and EPSG:3857 (converted to lon/lat); any
/// other SRS is an error naming it. Features whose geometry is malformed or
/// unsupported, or whose coordinates fall outside ±180/±90, are skipped and
/// listed in the layer's warnings; the rest still load. A damaged file is an
/// Error naming it, never a crash.
///
/// Not thread-safe: one SQLite connection inside. Open one GeoPackage per
/// thread (or read the layer once and share the immutable VectorLayer).
class GeoPackage {
public:
    static Result<std::unique_ptr<GeoPackage>> open(const QString& path);
    /// A GeoPackage held in memory (a Qt resource, a fuzz input); `name` stands for the file in messages.
    static Result<std::unique_ptr<GeoPackage>> fromBytes(const QByteArray& bytes, const QString& name);
    ~GeoPackage();

    /// The path, or the name given to fromBytes().
    QString fileName() const;
    /// Feature layers, in gpkg_contents order (by table name).
    const QList<GeoPackageLayerInfo>& layers() const { return m_layers; }
    /// Reads a feature layer whole. Canceling through `feedback` returns an Error.
    Result<VectorLayer> readLayer(const QString& name, Feedback* feedback = nullptr) const;

    /// Parses a GeoPackage geometry blob (the "GP" header, then WKB) without
    /// converting coordinates. `srsId` receives the header's SRS id.
    /// Offsets in errors count from the start of the blob.
    static Result<Geometry> parseGeometry(QByteArrayView blob, int* srsId = nullptr);

    /// Web Mercator metres (EPSG:3857) to lon/lat degrees.
    static QPointF mercatorToLonLat(QPointF xy);

private:
    GeoPackage();
    static Result<std::unique_ptr<GeoPackage>> init(std::unique_ptr<ReadOnlyDatabase> db);
    std::unique_ptr<ReadOnlyDatabase> m_db;
    QList<GeoPackageLayerInfo> m_layers;
};

} // namespace waymark::geo
