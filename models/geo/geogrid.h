#pragma once

#include "core/result.h"

#include <QImage>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

namespace waymark::geo {

class ColourScale;

/// A lon/lat box in degrees (WGS 84), west < east, south < north; it never
/// crosses the antimeridian.
struct GeoBox {
    double west = -180;
    double south = -90;
    double east = 180;
    double north = 90;
};

/// A read-only view of points as a struct of arrays: longitudes and latitudes
/// in degrees, and an optional weight per point (nullptr: every weight is 1,
/// as for incident counts; otherwise e.g. victims per incident). The arrays
/// are owned by the caller and must outlive the view.
template <typename T> struct GeoPointsT {
    const T* lon = nullptr;
    const T* lat = nullptr;
    const T* weight = nullptr;
    size_t count = 0;

    GeoPointsT() = default;
    GeoPointsT(const T* lons, const T* lats, const T* weights, size_t n)
        : lon(lons)
        , lat(lats)
        , weight(weights)
        , count(n)
    {
    }
    GeoPointsT(const std::vector<T>& lons, const std::vector<T>& lats, const std::vector<T>& weights = {})
        : lon(lons.data())
        , lat(lats.data())
        , weight(weights.empty() ? nullptr : weights.data())
        , count(std::min(lons.size(), lats.size()))
    {
    }
};
using GeoPoints = GeoPointsT<double>;
using GeoPointsF = GeoPointsT<float>;

/// What binning points into a grid did with them.
struct BinCount {
    qint64 used = 0; ///< inside the grid, with a valid place and weight
    qint64 outside = 0; ///< valid, but outside the grid's box
    qint64 invalid = 0; ///< no usable place (NaN, out of range) or a weight that is not finite and ≥ 0
    double weight = 0; ///< sum of the weights of the points used
};

/// A regular longitude/latitude (equirectangular) grid of float values.
/// Cell (col, row) spans lon [west + col·cellLon, west + (col+1)·cellLon) and
/// lat [south + row·cellLat, …); row 0 is the southernmost row, values are
/// stored row after row (index = row·cols + col). Angles are in degrees,
/// distances in kilometres, areas in km² on the sphere of the IUGG mean
/// radius (6371.0088 km). What `values` means is up to whoever fills it
/// (counts, density per 1,000 km², z-scores). A grid 360° wide wraps: its
/// last column is the west neighbour of its first (wrapsLongitude()).
struct GeoGrid {
    static constexpr double kEarthRadiusKm = 6371.0088;
    /// Kilometres along a meridian per degree of latitude.
    static constexpr double kKmPerDegree = kEarthRadiusKm * M_PI / 180.0;
    /// No grid is made larger than this (about 400 MB of floats).
    static constexpr qint64 kMaxCells = 100'000'000;

    double west = -180;
    double south = -90;
    double cellLon = 1; ///< degrees
    double cellLat = 1; ///< degrees
    int cols = 0;
    int rows = 0;
    std::vector<float> values;

    /// The grid that covers `box` exactly with cells about `cellKm` kilometres
    /// on a side: about cellKm along the meridian and about cellKm wide at the
    /// latitude of the box nearest the equator, each shrunk a little so that
    /// whole cells tile the box; no cell is wider or taller than cellKm.
    /// Values are zero. Fails when cellKm is not positive, the box is
    /// empty or out of range, or the grid would exceed kMaxCells.
    static Result<GeoGrid> covering(const GeoBox& box, double cellKm);

    double east() const { return west + cols * cellLon; }
    double north() const { return south + rows * cellLat; }
    GeoBox box() const { return { west, south, east(), north() }; }
    qint64 cellCount() const { return qint64(cols) * rows; }
    bool isEmpty() const { return cols <= 0 || rows <= 0; }
    /// The grid goes once around the world: column 0 follows column cols−1.
    bool wrapsLongitude() const;
    /// Same origin, cell size and shape (values may differ).
    bool sameGeometry(const GeoGrid& other) const;

    /// Column of a longitude / row of a latitude, or -1 when outside.
    int colOf(double lon) const;
    int rowOf(double lat) const;
    /// Index into `values` of the cell holding (lon, lat), or -1 when outside
    /// the grid (east and north edges are outside, west and south inside).
    qint64 cellOf(double lon, double lat) const;
    double centreLon(int col) const { return west + (col + 0.5) * cellLon; }
    double centreLat(int row) const { return south + (row + 0.5) * cellLat; }

    /// True area of a cell of `row` on the sphere, km²:
    /// R² · Δλ · (sin φ_north − sin φ_south).
    double cellAreaKm2(int row) const;
    /// Width of a cell of `row` along its centre parallel, km.
    double cellWidthKm(int row) const;
    /// Height of every cell along the meridian, km.
    double cellHeightKm() const { return cellLat * kKmPerDegree; }

    float value(int col, int row) const { return values[size_t(row) * size_t(cols) + size_t(col)]; }
    float& at(int col, int row) { return values[size_t(row) * size_t(cols) + size_t(col)]; }

    /// Adds each point's weight to the cell that holds it, in doubles so that
    /// millions of small weights add up exactly enough; `sums` is resized to
    /// cellCount() if needed and not cleared.
    template <typename T> BinCount binInto(const GeoPointsT<T>& points, std::vector<double>& sums) const;
    /// The grid's geometry with values = the (weighted) count of points per cell.
    template <typename T> GeoGrid counts(const GeoPointsT<T>& points, BinCount* stats = nullptr) const;

    /// The values coloured by `scale`, one pixel per cell, north up (image row
    /// 0 is the northernmost grid row), premultiplied ARGB, transparent where
    /// the scale says so. Equirectangular: the map projects it.
    QImage toImage(const ColourScale& scale) const;
};

template <typename T> BinCount GeoGrid::binInto(const GeoPointsT<T>& p, std::vector<double>& sums) const
{
    BinCount c;
    if (sums.size() != size_t(cellCount()))
        sums.assign(size_t(cellCount()), 0.0);
    for (size_t i = 0; i < p.count; ++i) {
        const double lon = double(p.lon[i]), lat = double(p.lat[i]);
        const double w = p.weight ? double(p.weight[i]) : 1.0;
        if (!(lon >= -180.0 && lon <= 180.0 && lat >= -90.0 && lat <= 90.0 && w >= 0.0 && std::isfinite(w))) {
            ++c.invalid;
            continue;
        }
        // Divided, not multiplied by the inverse, so that binning agrees with cellOf() to the last bit.
        const double x = (lon - west) / cellLon, y = (lat - south) / cellLat;
        if (!(x >= 0.0 && y >= 0.0 && x < cols && y < rows)) {
            ++c.outside;
            continue;
        }
        sums[size_t(y) * size_t(cols) + size_t(x)] += w;
        ++c.used;
        c.weight += w;
    }
    return c;
}

template <typename T> GeoGrid GeoGrid::counts(const GeoPointsT<T>& points, BinCount* stats) const
{
    std::vector<double> sums;
    const BinCount c = binInto(points, sums);
    if (stats)
        *stats = c;
    GeoGrid g = *this;
    g.values.assign(sums.begin(), sums.end());
    return g;
}

} // namespace waymark::geo
