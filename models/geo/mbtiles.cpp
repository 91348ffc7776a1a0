#include "mbtiles.h"

#include "geo/readonlydatabase.h"

#include <QBuffer>
#include <QImageReader>

namespace waymark::geo {

namespace {
constexpr int MaxZoom = 30;
} // namespace

MbTiles::MbTiles() = default;
MbTiles::~MbTiles() = default;

Result<std::unique_ptr<MbTiles>> MbTiles::open(const QString& path)
{
    auto db = ReadOnlyDatabase::openFile(path, QStringLiteral("MBTiles"));
    if (!db)
        return db.error();
    auto tiles = init(std::move(db.value()));
    if (tiles)
        tiles.value()->m_path = path;
    return tiles;
}

Result<std::unique_ptr<MbTiles>> MbTiles::fromBytes(const QByteArray& bytes, const QString& name)
{
    auto db = ReadOnlyDatabase::openBytes(bytes, name, QStringLiteral("MBTiles"));
    if (!db)
        return db.error();
    auto tiles = init(std::move(db.value()));
    if (tiles)
        tiles.value()->m_bytes = bytes;
    return tiles;
}

Result<std::unique_ptr<MbTiles>> MbTiles::clone() const
{
    return m_path.isEmpty() ? fromBytes(m_bytes, m_db->name()) : open(m_path);
}

QString MbTiles::fileName() const
{
    return m_db->name();
}

Result<std::unique_ptr<MbTiles>> MbTiles::init(std::unique_ptr<ReadOnlyDatabase> db)
{
    if (!db->hasTable(QStringLiteral("tiles")) || !db->hasTable(QStringLiteral("metadata")))
        return Error(QCoreApplication::translate(
            "MbTiles", "%1 is not an MBTiles tile set: it has no 'tiles' and 'metadata' tables.")
                         .arg(db->name()));

    std::unique_ptr<MbTiles> t(new MbTiles);
    MbTilesMetadata& m = t->m_metadata;
    {
        ReadOnlyDatabase::Query q(*db, QStringLiteral("SELECT name, value FROM metadata"));
        while (q.next())
            m.all.insert(q.text(0).trimmed().toLower(), q.text(1));
        if (q.failed() || !q.isValid())
            return Error(QCoreApplication::translate(
                             "MbTiles", "%1: the MBTiles metadata cannot be read; the file may be damaged.")
                             .arg(db->name()),
                db->lastError());
    }
    const auto text = [&](const char* key) { return m.all.value(QString::fromLatin1(key)).toString().trimmed(); };
    m.name = text("name");
    m.attribution = text("attribution");
    m.description = text("description");
    m.format = text("format").toLower();
    if (m.format == QLatin1String("jpeg"))
        m.format = QStringLiteral("jpg");
    if (m.format == QLatin1String("pbf") || m.format == QLatin1String("mvt"))
        return Error(QCoreApplication::translate("MbTiles",
            "%1 is unsupported: vector tiles (format '%2'); Waymark reads raster tile sets "
            "(PNG, JPEG or WebP).")
                         .arg(db->name(), m.format));
    if (!m.format.isEmpty() && m.format != QLatin1String("png") && m.format != QLatin1String("jpg")
        && m.format != QLatin1String("webp"))
        return Error(QCoreApplication::translate(
            "MbTiles", "%1 is unsupported: tile format '%2'; Waymark reads PNG, JPEG or WebP tiles.")
                         .arg(db->name(), m.format));
    if (m.format == QLatin1String("webp") && !QImageReader::supportedImageFormats().contains("webp"))
        return Error(QCoreApplication::translate("MbTiles",
            "%1 holds WebP tiles, which this installation cannot decode (the Qt image formats plugin "
            "is missing).")
                         .arg(db->name()));

    const QStringList b = text("bounds").split(QLatin1Char(','));
    if (b.size() == 4) {
        bool ok[4];
        const double l = b[0].toDouble(&ok[0]), s = b[1].toDouble(&ok[1]), r = b[2].toDouble(&ok[2]),
                     n = b[3].toDouble(&ok[3]);
        if (ok[0] && ok[1] && ok[2] && ok[3] && l >= -180 && r <= 180 && s >= -90 && n <= 90 && l < r && s < n)
            m.bounds = QRectF(QPointF(l, s), QPointF(r, n));
    }
    bool minOk = false, maxOk = false;
    m.minZoom = text("minzoom").toInt(&minOk);
    m.maxZoom = text("maxzoom").toInt(&maxOk);
    if (!minOk || !maxOk || m.minZoom < 0 || m.maxZoom > MaxZoom || m.minZoom > m.maxZoom) {
        // Optional in MBTiles 1.3: ask the tiles.
        ReadOnlyDatabase::Query q(*db, QStringLiteral("SELECT min(zoom_level), max(zoom_level) FROM tiles"));
        if (q.next() && !q.isNull(0)) {
            m.minZoom = int(std::clamp<qint64>(q.int64(0), 0, MaxZoom));
            m.maxZoom = int(std::clamp<qint64>(q.int64(1), m.minZoom, MaxZoom));
        } else {
            m.minZoom = m.maxZoom = 0;
        }
    }
    t->m_db = std::move(db);
    return t;
}

Result<QByteArray> MbTiles::tileData(int z, int x, int y) const
{
    if (z < 0 || z > MaxZoom)
        return QByteArray();
    const qint64 n = qint64(1) << z;
    if (x < 0 || y < 0 || x >= n || y >= n)
        return QByteArray();
    ReadOnlyDatabase::Query q(*m_db,
        QStringLiteral("SELECT tile_data FROM tiles WHERE zoom_level = ?1 AND tile_column = ?2 AND tile_row = ?3"));
    q.bind(1, qint64(z)).bind(2, qint64(x)).bind(3, n - 1 - y);
    if (q.next())
        return q.blob(0).toByteArray();
    if (q.failed() || !q.isValid())
        return Error(
            QCoreApplication::translate("MbTiles", "%1: tile %2/%3/%4 cannot be read; the file may be damaged.")
                .arg(m_db->name())
                .arg(z)
                .arg(x)
                .arg(y),
            m_db->lastError());
    return QByteArray();
}

Result<QImage> MbTiles::tile(int z, int x, int y) const
{
    auto data = tileData(z, x, y);
    if (!data)
        return data.error();
    if (data->isEmpty())
        return QImage();
    // The header says the size before anything is decoded: a tile is 256 or
    // 512 pixels square, so one that claims thousands is refused unread
    // (a 5600 × 5600 tile decodes to 120 MB, and a frame draws dozens).
    QBuffer buffer(&data.value());
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    const QSize size = reader.size();
    if (size.width() > maxTilePixels || size.height() > maxTilePixels)
        return Error(QCoreApplication::translate(
            "MbTiles", "%1: tile %2/%3/%4 is %5 × %6 pixels; Waymark draws tiles of up to %7 pixels a side.")
                         .arg(m_db->name())
                         .arg(z)
                         .arg(x)
                         .arg(y)
                         .arg(size.width())
                         .arg(size.height())
                         .arg(maxTilePixels));
    QImage image = reader.read();
    if (image.isNull())
        return Error(QCoreApplication::translate("MbTiles", "%1: tile %2/%3/%4 is not an image Waymark can decode.")
                         .arg(m_db->name())
                         .arg(z)
                         .arg(x)
                         .arg(y));
    return image;
}

} // namespace waymark::geo
