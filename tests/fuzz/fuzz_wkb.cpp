#include "geo/geopackage.h"
#include "geo/wkbreader.h"

#include <algorithm>
#include <cmath>

namespace {
// QRectF keeps a width, not a right edge, so edges may be an ulp off.
bool outside(double v, double lo, double hi)
{
    const double slack = 1e-9 * std::max({ 1.0, std::abs(lo), std::abs(hi) });
    return v < lo - slack || v > hi + slack;
}

void checkGeometry(const waymark::geo::Geometry& g)
{
    for (const QPolygonF& part : g.parts)
        for (const QPointF& p : part)
            if (!std::isfinite(p.x()) || !std::isfinite(p.y()) || outside(p.x(), g.bounds.left(), g.bounds.right())
                || outside(p.y(), g.bounds.top(), g.bounds.bottom()))
                abort();
    g.contains(QPointF(0.5, 0.5));
    g.simplified(0.1);
}
} // namespace

// Raw bytes as WKB, and the same bytes as a GeoPackage geometry blob.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    qsizetype consumed = -1;
    const auto g = waymark::geo::WkbReader::read(bytes, &consumed);
    if (g) {
        if (consumed < 5 || consumed > bytes.size())
            abort();
        checkGeometry(g.value());
    } else if (!g.error().message.contains(QLatin1String("at byte"))) {
        abort();
    }
    const auto gp = waymark::geo::GeoPackage::parseGeometry(bytes);
    if (gp)
        checkGeometry(gp.value());
    else if (gp.error().message.isEmpty())
        abort();
    return 0;
}
