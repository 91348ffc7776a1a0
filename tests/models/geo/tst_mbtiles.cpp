#include "geo/mbtiles.h"

#include "gpkgtestutil.h"
#include "testutil.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark::geo;
using waymark::test::gpkg::Db;

namespace {
QByteArray encoded(QColor colour, const char* format = "PNG")
{
    QImage image(256, 256, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format);
    return bytes;
}

// A distinct colour for each XYZ address.
QColor colourOf(int z, int x, int y)
{
    return QColor(40 * z + 20, 100 * x + 10, 100 * y + 30);
}
} // namespace

class TestMbTiles : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    // Zoom levels 0 and 1 fully tiled, with rows written the TMS way.
    QString tileSet(const char* name, const QList<std::pair<QString, QString>>& metadata, bool asViews = false)
    {
        const QString file = m_dir.filePath(QString::fromLatin1(name));
        QFile::remove(file);
        Db db(file);
        db.exec(QStringLiteral("CREATE TABLE metadata (name TEXT, value TEXT)"));
        if (asViews) {
            // The deduplicating layout many tools write: tiles is a view over map and images.
            db.exec(QStringLiteral(
                "CREATE TABLE map (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_id TEXT);"
                "CREATE TABLE images (tile_data BLOB, tile_id TEXT);"
                "CREATE VIEW tiles AS SELECT map.zoom_level AS zoom_level, map.tile_column AS tile_column,"
                " map.tile_row AS tile_row, images.tile_data AS tile_data FROM map JOIN images ON images.tile_id = "
                "map.tile_id;"));
        } else {
            db.exec(QStringLiteral(
                "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER,"
                " tile_data BLOB); CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)"));
        }
        for (const auto& [key, value] : metadata)
            db.exec(QStringLiteral("INSERT INTO metadata VALUES (?, ?)"), { key, value });
        for (int z = 0; z <= 1; ++z) {
            const int n = 1 << z;
            for (int x = 0; x < n; ++x)
                for (int y = 0; y < n; ++y) {
                    const int tmsRow = n - 1 - y;
                    const QByteArray png = encoded(colourOf(z, x, y));
                    if (asViews) {
                        const QString id = QStringLiteral("%1/%2/%3").arg(z).arg(x).arg(y);
                        db.exec(QStringLiteral("INSERT INTO map VALUES (?, ?, ?, ?)"), { z, x, tmsRow, id });
                        db.exec(QStringLiteral("INSERT INTO images VALUES (?, ?)"), { png, id });
                    } else {
                        db.exec(QStringLiteral("INSERT INTO tiles VALUES (?, ?, ?, ?)"), { z, x, tmsRow, png });
                    }
                }
        }
        return file;
    }

    static QList<std::pair<QString, QString>> standardMetadata()
    {
        return { { "name", "Test basemap" }, { "format", "png" }, { "bounds", "-10.5,35,30,60.25" }, { "minzoom", "0" },
            { "maxzoom", "1" }, { "attribution", "© test data" }, { "type", "baselayer" } };
    }

    void checkTiles(const MbTiles& tiles)
    {
        for (int z = 0; z <= 1; ++z)
            for (int x = 0; x < (1 << z); ++x)
                for (int y = 0; y < (1 << z); ++y) {
                    const auto image = tiles.tile(z, x, y);
                    QVERIFY2(image.ok(), qPrintable(image.error().message));
                    QVERIFY(!image->isNull());
                    QCOMPARE(image->size(), QSize(256, 256));
                    QCOMPARE(QColor(image->pixel(128, 128)), colourOf(z, x, y));
                }
    }

private Q_SLOTS:
    void metadata()
    {
        auto tiles = MbTiles::open(tileSet("meta.mbtiles", standardMetadata()));
        QVERIFY2(tiles.ok(), qPrintable(tiles.error().message));
        const MbTilesMetadata& m = tiles.value()->metadata();
        QCOMPARE(m.name, QStringLiteral("Test basemap"));
        QCOMPARE(m.format, QStringLiteral("png"));
        QCOMPARE(m.bounds, QRectF(QPointF(-10.5, 35), QPointF(30, 60.25)));
        QCOMPARE(m.minZoom, 0);
        QCOMPARE(m.maxZoom, 1);
        QCOMPARE(m.attribution, QStringLiteral("© test data"));
        QCOMPARE(m.all.value(QStringLiteral("type")).toString(), QStringLiteral("baselayer"));
    }

    void tmsRowsAreFlipped()
    {
        auto tiles = MbTiles::open(tileSet("flip.mbtiles", standardMetadata()));
        QVERIFY(tiles.ok());
        checkTiles(*tiles.value());
        // North-west at zoom 1 is XYZ (0, 0), stored as TMS row 1.
        QCOMPARE(QColor(tiles.value()->tile(1, 0, 0)->pixel(0, 0)), colourOf(1, 0, 0));
        QVERIFY(colourOf(1, 0, 0) != colourOf(1, 0, 1));
    }

    void viewsAndMemoryAndClone()
    {
        const QString file = tileSet("views.mbtiles", standardMetadata(), true);
        auto tiles = MbTiles::open(file);
        QVERIFY2(tiles.ok(), qPrintable(tiles.error().message));
        checkTiles(*tiles.value());
        auto copy = tiles.value()->clone();
        QVERIFY(copy.ok());
        checkTiles(*copy.value());

        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        auto memory = MbTiles::fromBytes(f.readAll(), QStringLiteral("memory.mbtiles"));
        QVERIFY2(memory.ok(), qPrintable(memory.error().message));
        checkTiles(*memory.value());
        auto memoryCopy = memory.value()->clone();
        QVERIFY(memoryCopy.ok());
        checkTiles(*memoryCopy.value());
    }

    void missingTiles()
    {
        auto tiles = MbTiles::open(tileSet("missing.mbtiles", standardMetadata()));
        QVERIFY(tiles.ok());
        for (const auto& [z, x, y] : { std::tuple { 2, 0, 0 }, { 1, 2, 0 }, { 1, 0, -1 }, { -1, 0, 0 }, { 31, 0, 0 },
                 { 1, 5, 5 }, { 25, 1 << 24, 7 } }) {
            const auto image = tiles.value()->tile(z, x, y);
            QVERIFY(image.ok());
            QVERIFY(image->isNull());
        }
    }

    void zoomFromTilesWhenMetadataLacksIt()
    {
        auto tiles = MbTiles::open(tileSet("nozoom.mbtiles", { { "name", "x" }, { "format", "png" } }));
        QVERIFY(tiles.ok());
        QCOMPARE(tiles.value()->metadata().minZoom, 0);
        QCOMPARE(tiles.value()->metadata().maxZoom, 1);
        QVERIFY(tiles.value()->metadata().bounds.isNull());
    }

    void jpegTiles()
    {
        const QString file = m_dir.filePath(QStringLiteral("jpeg.mbtiles"));
        {
            Db db(file);
            db.exec(QStringLiteral(
                "CREATE TABLE metadata (name TEXT, value TEXT);"
                "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
                "INSERT INTO metadata VALUES ('format', 'jpg');"));
            db.exec(QStringLiteral("INSERT INTO tiles VALUES (0, 0, 0, ?)"), { encoded(Qt::blue, "JPG") });
            db.exec(QStringLiteral("INSERT INTO tiles VALUES (1, 0, 0, ?)"), { QByteArray("not an image at all") });
        }
        auto tiles = MbTiles::open(file);
        QVERIFY(tiles.ok());
        QCOMPARE(tiles.value()->metadata().format, QStringLiteral("jpg"));
        const auto image = tiles.value()->tile(0, 0, 0);
        QVERIFY(image.ok() && !image->isNull());
        QVERIFY(QColor(image->pixel(10, 10)).blue() > 240);
        const auto broken = tiles.value()->tile(1, 0, 1);
        QVERIFY(!broken.ok());
        QVERIFY2(broken.error().message.contains(QLatin1String("1/0/1")), qPrintable(broken.error().message));
    }

    // A tile that claims thousands of pixels a side is refused from its
    // header, before a byte of it is decoded (memory stays bounded).
    void oversizedTileRefusedUndecoded()
    {
        const QString file = m_dir.filePath(QStringLiteral("huge.mbtiles"));
        {
            Db db(file);
            db.exec(QStringLiteral(
                "CREATE TABLE metadata (name TEXT, value TEXT);"
                "CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB);"
                "INSERT INTO metadata VALUES ('format', 'png');"));
            QImage wide(5600, 2, QImage::Format_RGB32);
            wide.fill(Qt::red);
            QByteArray png;
            QBuffer buffer(&png);
            buffer.open(QIODevice::WriteOnly);
            QVERIFY(wide.save(&buffer, "PNG"));
            db.exec(QStringLiteral("INSERT INTO tiles VALUES (0, 0, 0, ?)"), { png });
            db.exec(QStringLiteral("INSERT INTO tiles VALUES (1, 0, 0, ?)"), { encoded(Qt::blue) });
        }
        auto tiles = MbTiles::open(file);
        QVERIFY(tiles.ok());
        const auto huge = tiles.value()->tile(0, 0, 0);
        QVERIFY(!huge.ok());
        QVERIFY2(huge.error().message.contains(QStringLiteral("5600 × 2 pixels")), qPrintable(huge.error().message));
        QVERIFY(tiles.value()->tile(1, 0, 1).ok());
    }

    void vectorTilesRejected()
    {
        auto meta = standardMetadata();
        meta[1].second = QStringLiteral("pbf");
        const auto tiles = MbTiles::open(tileSet("vector.mbtiles", meta));
        QVERIFY(!tiles.ok());
        QVERIFY2(tiles.error().message.contains(QLatin1String("unsupported: vector tiles")),
            qPrintable(tiles.error().message));
        meta[1].second = QStringLiteral("tiff");
        QVERIFY(!MbTiles::open(tileSet("tiff.mbtiles", meta)).ok());
    }

    void notMbTiles()
    {
        const QString text = m_dir.filePath(QStringLiteral("text.mbtiles"));
        waymark::test::writeFile(text, QByteArray(3000, 'z'));
        const auto a = MbTiles::open(text);
        QVERIFY(!a.ok());
        QVERIFY(a.error().message.contains(text));

        const QString plain = m_dir.filePath(QStringLiteral("plain.mbtiles"));
        {
            Db db(plain);
            db.exec(QStringLiteral("CREATE TABLE t (a)"));
        }
        const auto b = MbTiles::open(plain);
        QVERIFY(!b.ok());
        QVERIFY2(b.error().message.contains(QLatin1String("not an MBTiles")), qPrintable(b.error().message));
        QVERIFY(!MbTiles::open(m_dir.filePath(QStringLiteral("absent.mbtiles"))).ok());
    }
};

QTEST_GUILESS_MAIN(TestMbTiles)
#include "tst_mbtiles.moc"
