#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace waymark::geo {

/// The one place Waymark starts GDAL/OGR. Every GDAL call in Waymark goes
/// through a dataset opened here, so the rules below hold everywhere:
///
/// - drivers are registered once, and the drivers that only talk to servers
///   (WMS, WFS, OAPIF, Elasticsearch, PostgreSQL…) are deregistered;
/// - every network file system (/vsicurl/, /vsis3/, /vsigs/, /vsiaz/,
///   /vsiadls/, /vsioss/, /vsiswift/, /vsihdfs/, /vsiwebhdfs/ and their
///   _streaming forms) is replaced by one that refuses, so a file that
///   references a remote resource (a VRT, a linked CRS) cannot reach it;
///   GDAL's HTTP client is replaced by one that refuses; PROJ's network
///   grids are off;
/// - user paths are checked before GDAL sees them (checkLocalPath) and
///   opened only with the drivers the caller names.
///
/// Thread-safe.
class GdalEnv {
    Q_DECLARE_TR_FUNCTIONS(GdalEnv)
public:
    /// Registers the drivers and sets the offline configuration, once.
    static void ensure();

    /// Whether `path` is a local file Waymark may hand to GDAL: refuses URLs
    /// (anything with a scheme, "http://…"), GDAL connection strings
    /// ("PG:…", "WFS:…"), every /vsi… prefix except /vsizip/ over a local
    /// archive, and files that do not exist. Returns the path GDAL should
    /// open: absolute, and for a .kmz the /vsizip/ path of its KML document.
    static Result<QString> checkLocalPath(const QString& path);

    /// Whether GDAL's HTTP client and network file systems are refused (the
    /// test that ensure() did its job).
    static bool networkRefused();

    /// GDAL's last error message, or `fallback` when it has none.
    static QString lastError(const QString& fallback = {});
};

/// A GDAL dataset handle closed on destruction (GDALDatasetH, kept opaque
/// here so gdal.h stays out of the headers that include this one). A
/// dataset read from a copy Waymark made in GDAL's memory (/vsimem/) holds
/// that copy, removed when it closes.
struct GdalDatasetCloser {
    QByteArray memoryPath = {};
    std::shared_ptr<const QByteArray> memoryBytes = {};
    void operator()(void* dataset) const;
};
using GdalDataset = std::unique_ptr<void, GdalDatasetCloser>;

/// Opens a local file with GDAL after checkLocalPath(), read-only, with only
/// the named drivers (GDAL short names: "GeoJSON", "GPKG", "XLSX"…).
/// `vector`/`raster` choose GDAL_OF_VECTOR/GDAL_OF_RASTER. `openOptions` are
/// GDAL open options ("HEADERS=FORCE"). Errors name the file.
Result<GdalDataset> openGdal(const QString& path, const QStringList& allowedDrivers, bool vector = true,
    bool raster = false, const QStringList& openOptions = {});

/// The fields of `layer` (an OGRLayerH of `dataset`, a GDALDatasetH) that
/// Waymark reads, by index: all of them but the drawing properties GDAL's
/// LIBKML driver adds to every KML layer (altitudeMode, tessellate, extrude,
/// visibility, drawOrder, icon). A KML document (never a folder or a KMZ
/// as a whole) is read by LIBKML, for its ExtendedData and TimeStamp.
QList<int> layerFields(void* dataset, void* layer);

/// The GDAL short names of the vector formats Waymark reads as map layers and tables.
const QStringList& gisVectorDrivers();
/// The GDAL short names of the spreadsheet formats Waymark reads as tables.
const QStringList& spreadsheetDrivers();

} // namespace waymark::geo
