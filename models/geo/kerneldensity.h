#pragma once

#include "core/feedback.h"
#include "core/result.h"
#include "geogrid.h"

#include <optional>

namespace waymark::geo {

/// How a kernel-density surface is computed.
struct KernelDensityOptions {
    /// Bandwidth h in kilometres: the Gaussian kernel's σ.
    double bandwidthKm = 50;
    /// Cell size in kilometres; 0 means h/3 (three cells per σ).
    double cellKm = 0;
    /// Area of the surface; unset means the bounds of the data padded by 3h,
    /// clamped to ±180° and ±85°. Points outside are counted, not used.
    std::optional<GeoBox> extent;
    /// Worker threads; 0 means one per core.
    int threads = 0;
};

/// A density surface and what went into it.
struct DensitySurface {
    /// Values in weight per 1,000 km² (with weights of 1: incidents per 1,000 km²).
    GeoGrid grid;
    BinCount points;
    double bandwidthKm = 0;
};

/// Kernel density on the sphere with a Gaussian kernel of σ = h km, in real
/// units: weight per 1,000 km². Mass is conserved: Σ value × cellArea / 1000
/// equals the total weight of the points inside the grid, up to float
/// rounding, also near the grid's edges and at high latitudes.
///
/// Method: the weights are binned into cells (O(n)); then a separable
/// convolution, along each row with a row-specific discrete Gaussian whose
/// width in cells follows 1/cos φ (a cell of that row is cellLon·cos φ wide),
/// then along the columns (cells are equally tall in km); each kernel is cut
/// at 3σ and normalised over the cells of the grid it reaches, which is what
/// makes mass exact at the edges (a grid 360° wide has no east or west edge:
/// kernels wrap around the antimeridian). Last, each cell is divided by its true area.
/// Rows are shared between threads.
class KernelDensity {
public:
    /// Fails on a bad bandwidth or cell size, a grid too large, or cancel.
    static Result<DensitySurface> compute(
        const GeoPoints& points, const KernelDensityOptions& options, Feedback& feedback);
    static Result<DensitySurface> compute(
        const GeoPointsF& points, const KernelDensityOptions& options, Feedback& feedback);

    /// The density surface of weights already binned into `grid`'s cells
    /// (values = weight per cell); the grid's geometry is kept.
    static Result<GeoGrid> smooth(const GeoGrid& binned, double bandwidthKm, Feedback& feedback, int threads = 0);

    /// The bounds of the valid points padded by `padKm`, clamped to ±180°,
    /// ±85°; nullopt when there is no valid point.
    template <typename T> static std::optional<GeoBox> paddedBounds(const GeoPointsT<T>& points, double padKm);
};

} // namespace waymark::geo
