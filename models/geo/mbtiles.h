#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QImage>
#include <QRectF>
#include <QString>
#include <QVariantMap>

#include <memory>

namespace waymark::geo {

class ReadOnlyDatabase;

/// What an MBTiles file says about itself in its `metadata` table.
struct MbTilesMetadata {
    QString name;
    QString format; // "png", "jpg" or "webp" (lower case); empty when the file does not say
    QString attribution;
    QString description;
    QRectF bounds; // lon/lat (x = lon, y = lat); null when absent or unreadable
    int minZoom = 0;
    int maxZoom = 0;
    QVariantMap all; // every name/value row, as text
};

/// A raster MBTiles tile set (1.x spec) opened read-only, for offline
/// basemaps users bring. Kept rather than GDAL's MBTiles raster driver
/// because the renderer asks for the stored tile at z/x/y and decodes it
/// itself (QImage), which GDAL's raster API (one resampled raster per
/// overview) does not offer; vector (pbf) tile sets go through OGR
/// (OgrVectorFile) instead. Tiles are addressed in the XYZ scheme the map uses
/// (row 0 at the north); the file stores TMS rows, flipped here. Vector
/// (pbf) tile sets are refused with an "unsupported: vector tiles" error.
///
/// Thread safety: an MbTiles holds one SQLite connection and must be used by
/// one thread at a time. The house rule is one connection per thread: give
/// each tile-loading worker its own clone().
class MbTiles {
public:
    /// The largest tile side accepted, in pixels (tiles are 256 or 512).
    static constexpr int maxTilePixels = 1024;
    static Result<std::unique_ptr<MbTiles>> open(const QString& path);
    /// A tile set held in memory; `name` stands for the file in messages.
    static Result<std::unique_ptr<MbTiles>> fromBytes(const QByteArray& bytes, const QString& name);
    ~MbTiles();

    /// Another connection to the same file (or bytes), for another thread.
    Result<std::unique_ptr<MbTiles>> clone() const;

    QString fileName() const;
    const MbTilesMetadata& metadata() const { return m_metadata; }

    /// The decoded tile at zoom z, column x, row y (XYZ). A null QImage (and
    /// no error) when the tile is not in the file or x, y, z are out of range;
    /// an Error when the stored data cannot be read or decoded.
    Result<QImage> tile(int z, int x, int y) const;
    /// The stored bytes of a tile (XYZ), empty when missing.
    Result<QByteArray> tileData(int z, int x, int y) const;

private:
    MbTiles();
    static Result<std::unique_ptr<MbTiles>> init(std::unique_ptr<ReadOnlyDatabase> db);
    std::unique_ptr<ReadOnlyDatabase> m_db;
    QString m_path;
    QByteArray m_bytes; // for clone() of an in-memory tile set
    MbTilesMetadata m_metadata;
};

} // namespace waymark::geo
