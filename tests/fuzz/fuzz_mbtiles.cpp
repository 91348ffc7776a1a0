#include "geo/mbtiles.h"

#include <QByteArray>

// Bytes as a whole MBTiles database: read the metadata and the tiles of
// zoom levels 0 to 2, decoding each.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto tiles = waymark::geo::MbTiles::fromBytes(bytes, QStringLiteral("fuzz.mbtiles"));
    if (!tiles) {
        if (tiles.error().message.isEmpty())
            abort();
        return 0;
    }
    const auto& m = tiles.value()->metadata();
    if (m.minZoom < 0 || m.minZoom > m.maxZoom || m.maxZoom > 30)
        abort();
    for (int z = 0; z <= 2; ++z)
        for (int x = -1; x <= (1 << z); ++x)
            for (int y = -1; y <= (1 << z); ++y) {
                const auto image = tiles.value()->tile(z, x, y);
                if (!image && image.error().message.isEmpty())
                    abort();
            }
    return 0;
}
