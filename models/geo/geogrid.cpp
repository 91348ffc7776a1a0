#include "geogrid.h"

#include "colourscale.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace waymark::geo {

namespace {
constexpr double kRad = M_PI / 180.0;
}

Result<GeoGrid> GeoGrid::covering(const GeoBox& box, double cellKm)
{
    if (!(cellKm > 0) || !std::isfinite(cellKm))
        return Error(QCoreApplication::translate("GeoGrid", "The cell size must be a positive number of kilometres."));
    if (!(box.west >= -180 && box.east <= 180 && box.south >= -90 && box.north <= 90 && box.west <= box.east
            && box.south <= box.north))
        return Error(QCoreApplication::translate("GeoGrid", "The area is not a valid longitude/latitude box."),
            QStringLiteral("west %1 south %2 east %3 north %4")
                .arg(box.west)
                .arg(box.south)
                .arg(box.east)
                .arg(box.north));
    GeoGrid g;
    g.west = box.west;
    g.south = box.south;
    g.cellLat = cellKm / kKmPerDegree;
    // The parallel of the box nearest the equator has the widest degrees.
    const double nearestEquator
        = (box.south <= 0 && box.north >= 0) ? 0.0 : std::min(std::fabs(box.south), std::fabs(box.north));
    g.cellLon = cellKm / (kKmPerDegree * std::max(std::cos(nearestEquator * kRad), 1e-6));
    g.cellLon = std::min(g.cellLon, 360.0);
    g.cellLat = std::min(g.cellLat, 180.0);
    // A point-sized box still gets one cell.
    const double cols = std::max(1.0, std::ceil((box.east - box.west) / g.cellLon - 1e-9));
    const double rows = std::max(1.0, std::ceil((box.north - box.south) / g.cellLat - 1e-9));
    if (cols * rows > double(kMaxCells))
        return Error(QCoreApplication::translate(
            "GeoGrid", "The grid would have %1 cells; choose larger cells or a smaller area.")
                         .arg(cols * rows, 0, 'f', 0));
    g.cols = int(cols);
    g.rows = int(rows);
    // Whole cells tile the box exactly (a little under cellKm), so a grid of
    // the whole world closes on itself at the antimeridian.
    if (box.east > box.west)
        g.cellLon = (box.east - box.west) / cols;
    if (box.north > box.south)
        g.cellLat = (box.north - box.south) / rows;
    g.values.assign(size_t(g.cellCount()), 0.0f);
    return g;
}

bool GeoGrid::wrapsLongitude() const
{
    return cols > 0 && std::fabs(cols * cellLon - 360.0) < 1e-9;
}

bool GeoGrid::sameGeometry(const GeoGrid& o) const
{
    return cols == o.cols && rows == o.rows && west == o.west && south == o.south && cellLon == o.cellLon
        && cellLat == o.cellLat;
}

int GeoGrid::colOf(double lon) const
{
    const double x = (lon - west) / cellLon;
    return (x >= 0 && x < cols) ? int(x) : -1;
}

int GeoGrid::rowOf(double lat) const
{
    const double y = (lat - south) / cellLat;
    return (y >= 0 && y < rows) ? int(y) : -1;
}

qint64 GeoGrid::cellOf(double lon, double lat) const
{
    const int c = colOf(lon), r = rowOf(lat);
    return (c < 0 || r < 0) ? -1 : qint64(r) * cols + c;
}

double GeoGrid::cellAreaKm2(int row) const
{
    const double s = std::clamp(south + row * cellLat, -90.0, 90.0);
    const double n = std::clamp(south + (row + 1) * cellLat, -90.0, 90.0);
    return kEarthRadiusKm * kEarthRadiusKm * (cellLon * kRad) * (std::sin(n * kRad) - std::sin(s * kRad));
}

double GeoGrid::cellWidthKm(int row) const
{
    return cellLon * kKmPerDegree * std::cos(std::clamp(centreLat(row), -90.0, 90.0) * kRad);
}

QImage GeoGrid::toImage(const ColourScale& scale) const
{
    if (isEmpty())
        return {};
    QImage image(cols, rows, QImage::Format_ARGB32_Premultiplied);
    for (int r = 0; r < rows; ++r) {
        auto* line = reinterpret_cast<QRgb*>(image.scanLine(rows - 1 - r));
        const float* v = values.data() + size_t(r) * size_t(cols);
        for (int c = 0; c < cols; ++c)
            line[c] = scale.premultipliedRgba(double(v[c]));
    }
    return image;
}

} // namespace waymark::geo
