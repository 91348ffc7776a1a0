#include "geo/geopackage.h"

#include <QByteArray>

#include <cmath>

// Bytes as a whole GeoPackage database (sqlite3_deserialize): list the
// layers and read every one. Any outcome is fine but a crash, a sanitizer
// report or an error without a message.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto gpkg = waymark::geo::GeoPackage::fromBytes(bytes, QStringLiteral("fuzz.gpkg"));
    if (!gpkg) {
        if (gpkg.error().message.isEmpty())
            abort();
        return 0;
    }
    for (const auto& info : gpkg.value()->layers()) {
        const auto layer = gpkg.value()->readLayer(info.name);
        if (!layer) {
            if (layer.error().message.isEmpty())
                abort();
            continue;
        }
        if (layer->warnings.size() != layer->skipped)
            abort();
        for (const auto& f : layer->features)
            for (const QPolygonF& part : f.geometry.parts)
                for (const QPointF& p : part)
                    if (!(std::abs(p.x()) <= 180.001 && std::abs(p.y()) <= 90.001))
                        abort();
    }
    return 0;
}
