#include "fuzzworkspace.h"
#include "geo/ogrlayers.h"

#include <cmath>

// Bytes as a GIS file of every format the map reads through OGR (the suffix
// picks nothing: GDAL identifies by content, within the allowed drivers):
// open, list the layers, read each whole. Any outcome is fine but a crash,
// a sanitizer report, an error without a message or a coordinate outside
// lon/lat.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace waymark;
    static const char* const suffixes[] = { "geojson", "kml", "kmz", "gpx", "fgb", "gpkg", "mbtiles", "shp", "json" };
    for (const char* suffix : suffixes) {
        const QString path = fuzz::scratch().filePath(QStringLiteral("layer.%1").arg(QLatin1String(suffix)));
        fuzz::writeBytes(path, data, size);
        auto file = geo::OgrVectorFile::open(path);
        if (!file) {
            if (file.error().message.isEmpty())
                abort();
            QFile::remove(path);
            continue;
        }
        for (int i = 0; i < file.value()->layers().size() && i < 8; ++i) {
            auto layer = file.value()->readLayer(i);
            if (!layer) {
                if (layer.error().message.isEmpty())
                    abort();
                continue;
            }
            for (const geo::Feature& f : layer.value().features)
                for (const QPolygonF& part : f.geometry.parts)
                    for (const QPointF& p : part)
                        if (!(std::abs(p.x()) <= 180.0 + 1e-6) || !(std::abs(p.y()) <= 90.0 + 1e-6))
                            abort();
        }
        file = Error(QStringLiteral("closed"));
        QFile::remove(path);
    }
    return 0;
}
