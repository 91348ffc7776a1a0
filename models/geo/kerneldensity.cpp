#include "kerneldensity.h"

#include "core/parallel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace waymark::geo {

namespace {

constexpr double kRad = M_PI / 180.0;
constexpr double kMaxLat = 85.0;
// The kernel is cut at 3σ; what lies beyond (0.27 % per axis) is given back
// to the cells inside by the normalisation.
constexpr double kCutSigmas = 3.0;

/// exp(−k²/2σ²) for k = −radius … radius (not normalised: callers divide by
/// the sum of the taps that land inside the grid), and their running sums.
struct Taps {
    int radius = 0;
    std::vector<float> w;
    std::vector<double> cum; // cum[i] = Σ w[0 … i−1]

    Taps(double sigmaCells, int maxRadius)
    {
        radius = std::clamp(int(std::ceil(kCutSigmas * sigmaCells - 1e-9)), 0, std::max(0, maxRadius));
        w.resize(size_t(2 * radius + 1));
        cum.resize(w.size() + 1);
        cum[0] = 0;
        for (int k = -radius; k <= radius; ++k) {
            const double x = sigmaCells > 0 ? k / sigmaCells : (k == 0 ? 0.0 : INFINITY);
            w[size_t(k + radius)] = float(std::exp(-0.5 * x * x));
            cum[size_t(k + radius) + 1] = cum[size_t(k + radius)] + double(w[size_t(k + radius)]);
        }
    }
    /// Sum of the taps from offset lo to hi (inclusive, −radius ≤ lo ≤ hi ≤ radius).
    double sum(int lo, int hi) const { return cum[size_t(hi + radius) + 1] - cum[size_t(lo + radius)]; }
};

Error canceled()
{
    return Error(QCoreApplication::translate("KernelDensity", "Canceled."));
}

template <typename T>
Result<DensitySurface> computeT(const GeoPointsT<T>& points, const KernelDensityOptions& o, Feedback& feedback)
{
    const double h = o.bandwidthKm;
    if (!(h > 0) || !std::isfinite(h))
        return Error(
            QCoreApplication::translate("KernelDensity", "The bandwidth must be a positive number of kilometres."));
    const double cellKm = o.cellKm > 0 ? o.cellKm : h / 3.0;
    GeoBox box;
    if (o.extent) {
        box = *o.extent;
    } else if (const auto b = KernelDensity::paddedBounds(points, kCutSigmas * h)) {
        box = *b;
    } else {
        // No point has a place: an empty surface over the padded origin, so
        // the caller still gets a grid, all zero, and the counts.
        box = { -cellKm / GeoGrid::kKmPerDegree, -cellKm / GeoGrid::kKmPerDegree, cellKm / GeoGrid::kKmPerDegree,
            cellKm / GeoGrid::kKmPerDegree };
    }
    Result<GeoGrid> grid = GeoGrid::covering(box, cellKm);
    if (!grid)
        return grid.error();
    feedback.setProgress(0.0);
    std::vector<double> sums;
    DensitySurface out;
    out.bandwidthKm = h;
    out.points = grid->binInto(points, sums);
    if (feedback.isCanceled())
        return canceled();
    grid->values.assign(sums.begin(), sums.end());
    sums = {};
    feedback.setProgress(0.1);
    Result<GeoGrid> smooth = KernelDensity::smooth(grid.value(), h, feedback, o.threads);
    if (!smooth)
        return smooth.error();
    out.grid = std::move(smooth).value();
    return out;
}

} // namespace

template <typename T> std::optional<GeoBox> KernelDensity::paddedBounds(const GeoPointsT<T>& p, double padKm)
{
    double w = 180, e = -180, s = 90, n = -90;
    for (size_t i = 0; i < p.count; ++i) {
        const double lon = double(p.lon[i]), lat = double(p.lat[i]);
        if (!(lon >= -180.0 && lon <= 180.0 && lat >= -90.0 && lat <= 90.0))
            continue;
        w = std::min(w, lon);
        e = std::max(e, lon);
        s = std::min(s, lat);
        n = std::max(n, lat);
    }
    if (w > e)
        return std::nullopt;
    const double padLat = padKm / GeoGrid::kKmPerDegree;
    GeoBox b;
    b.south = std::max(-kMaxLat, s - padLat);
    b.north = std::min(kMaxLat, n + padLat);
    if (b.south >= b.north) {
        // Every point beyond ±85°: keep a thin band at the clamp.
        b.south = std::min(b.south, kMaxLat - padLat);
        b.north = std::max(b.north, -kMaxLat + padLat);
    }
    // A degree of longitude is narrowest at the parallel farthest from the equator.
    const double cosMin = std::max(std::cos(std::max(std::fabs(b.south), std::fabs(b.north)) * kRad), 1e-6);
    const double padLon = padKm / (GeoGrid::kKmPerDegree * cosMin);
    b.west = std::max(-180.0, w - padLon);
    b.east = std::min(180.0, e + padLon);
    return b;
}

template std::optional<GeoBox> KernelDensity::paddedBounds(const GeoPoints&, double);
template std::optional<GeoBox> KernelDensity::paddedBounds(const GeoPointsF&, double);

Result<DensitySurface> KernelDensity::compute(const GeoPoints& p, const KernelDensityOptions& o, Feedback& f)
{
    return computeT(p, o, f);
}

Result<DensitySurface> KernelDensity::compute(const GeoPointsF& p, const KernelDensityOptions& o, Feedback& f)
{
    return computeT(p, o, f);
}

Result<GeoGrid> KernelDensity::smooth(const GeoGrid& binned, double h, Feedback& feedback, int threads)
{
    if (!(h > 0) || !std::isfinite(h))
        return Error(
            QCoreApplication::translate("KernelDensity", "The bandwidth must be a positive number of kilometres."));
    const int cols = binned.cols, rows = binned.rows;
    GeoGrid out = binned;
    if (binned.isEmpty())
        return out;
    const size_t stride = size_t(cols);
    const int nThreads = parallel::threadCount(threads);
    const bool wrap = binned.wrapsLongitude();

    // Along each row: the kernel is σ = h km wide, which is h / cellWidth(row)
    // cells, more cells towards the poles. Each source cell's mass is spread
    // over the cells of its row that the kernel reaches, divided by the sum of
    // those taps, so it all stays in the row.
    std::vector<float> tmp(binned.values.size(), 0.0f);
    std::vector<char> rowHasMass(size_t(rows), 0);
    const bool ok = parallel::forChunks(
        rows, nThreads, 8, &feedback,
        [&](qint64 r0, qint64 r1, int) {
            for (int r = r0; r < r1; ++r) {
                const float* in = binned.values.data() + size_t(r) * stride;
                float* o = tmp.data() + size_t(r) * stride;
                if (std::all_of(in, in + cols, [](float v) { return v == 0.0f; }))
                    continue;
                rowHasMass[size_t(r)] = 1;
                const double widthKm = std::max(binned.cellWidthKm(r), 1e-9);
                // Around the world a kernel may wrap more than once near the poles;
                // elsewhere taps past the grid's edge would never land.
                const Taps taps(h / widthKm, wrap ? 100 * cols : cols - 1);
                const int R = taps.radius;
                for (int c = 0; c < cols; ++c) {
                    const float v = in[c];
                    if (v == 0.0f)
                        continue;
                    if (wrap) {
                        // Around the world: the whole kernel lands, in runs that
                        // restart at column 0 (several turns near the poles).
                        const float s = float(double(v) / taps.sum(-R, R));
                        const float* k = taps.w.data();
                        int j = ((c - R) % cols + cols) % cols;
                        for (int left = 2 * R + 1; left > 0; j = 0) {
                            const int run = std::min(left, cols - j);
                            for (int i = 0; i < run; ++i)
                                o[j + i] += s * k[i];
                            k += run;
                            left -= run;
                        }
                        continue;
                    }
                    const int lo = std::max(0, c - R), hi = std::min(cols - 1, c + R);
                    const float s = float(double(v) / taps.sum(lo - c, hi - c));
                    const float* k = taps.w.data() + (lo - c + R);
                    float* dst = o + lo;
                    const int len = hi - lo + 1;
                    for (int j = 0; j < len; ++j)
                        dst[j] += s * k[j];
                }
            }
        },
        0.1, 0.6);
    if (!ok)
        return canceled();

    // Along the columns: every cell is equally tall in km, so one kernel for
    // all rows. A source row's taps are divided by the sum of those that land
    // inside the grid; then each cell is divided by its true area.
    const Taps ty(h / binned.cellHeightKm(), rows - 1);
    const int Ry = ty.radius;
    std::vector<float> invNorm(static_cast<size_t>(rows));
    for (int s = 0; s < rows; ++s)
        invNorm[size_t(s)] = float(1.0 / ty.sum(std::max(-Ry, -s), std::min(Ry, rows - 1 - s)));
    const bool ok2 = parallel::forChunks(
        rows, nThreads, 8, &feedback,
        [&](qint64 r0, qint64 r1, int) {
            std::vector<float> acc(stride);
            for (int r = r0; r < r1; ++r) {
                std::fill(acc.begin(), acc.end(), 0.0f);
                bool any = false;
                for (int s = std::max(0, r - Ry); s <= std::min(rows - 1, r + Ry); ++s) {
                    if (!rowHasMass[size_t(s)])
                        continue;
                    any = true;
                    const float k = ty.w[size_t(s - r + Ry)] * invNorm[size_t(s)];
                    const float* src = tmp.data() + size_t(s) * stride;
                    for (size_t c = 0; c < stride; ++c)
                        acc[c] += k * src[c];
                }
                float* dst = out.values.data() + size_t(r) * stride;
                if (!any) {
                    std::fill(dst, dst + cols, 0.0f);
                    continue;
                }
                const float perArea = float(1000.0 / binned.cellAreaKm2(r));
                for (size_t c = 0; c < stride; ++c)
                    dst[c] = acc[c] * perArea;
            }
        },
        0.6, 1.0);
    if (!ok2)
        return canceled();
    feedback.setProgress(1.0);
    return out;
}

} // namespace waymark::geo
