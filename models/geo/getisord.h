#pragma once

#include "core/feedback.h"
#include "core/result.h"
#include "geogrid.h"

#include <QString>

#include <vector>

namespace waymark::geo {

/// Gi* of every cell of a grid of counts.
struct GiStarSurface {
    /// The counts' geometry; values are the Gi* z-scores (standard deviations).
    GeoGrid z;
    /// Two-sided p-value of each z under the normal distribution.
    std::vector<float> p;
    /// −3 … +3: cold (negative) or hot (positive) at 99 % (|z| > 2.576),
    /// 95 % (> 1.960) or 90 % (> 1.645) confidence; 0 not significant.
    std::vector<qint8> confidence;
    /// Distance band in km.
    double bandKm = 0;
    /// Whether `confidence` is after the Benjamini–Hochberg false discovery
    /// rate correction (GetisOrd::applyFdr) over every cell of the grid.
    bool fdr = false;
    /// Cells hot or cold at 95 % or more before the correction (after it: count `confidence`).
    qint64 significantBeforeFdr = 0;
};

/// How a cell changed between two periods (emerging hotspots). "Hot" means
/// hot at ≥ 95 % confidence (confidence ≥ 2); "cold" cold at ≥ 95 %.
enum class Trend : qint8 {
    None = 0, ///< not hot in the later period and not in the earlier
    NewHot, ///< hot in the later period, not hot in the earlier
    Intensifying, ///< hot in both, z higher in the later period
    Persistent, ///< hot in both, z not higher
    Diminishing, ///< hot in the earlier period, not hot in the later
    Cold, ///< cold in the later period and not hot in the earlier
};

/// Getis-Ord Gi* hot and cold spots on a grid of counts (Getis & Ord 1992;
/// Ord & Getis 1995). Binary weights: w_ij = 1 when the great-circle distance
/// between the centres of cells i and j is at most the band (km), the cell
/// itself included, as Gi* does; n is every cell of the grid (empty ones
/// count as zeros, so the study area is the grid's box).
///
///   Gi* = (Σ_j w_ij x_j − X̄ Σ_j w_ij) / (S √((n Σ_j w_ij² − (Σ_j w_ij)²)/(n − 1)))
///
/// with X̄ the mean and S = √(Σx²/n − X̄²). Within a row of the grid every
/// cell has the same neighbourhood shape (a row of the band's disc spans
/// the same number of columns), so the sums come from running sums along
/// each row: O(cells × rows in the band). A constant grid has no hotspots
/// (z = 0 everywhere). On a grid 360° wide the band wraps around the
/// antimeridian.
class GetisOrd {
public:
    static Result<GiStarSurface> compute(const GeoGrid& counts, double bandKm, Feedback& feedback, int threads = 0);

    /// −3 … +3 as in GiStarSurface::confidence.
    static int confidenceOf(double z);
    /// Two-sided p-value: P(|Z| ≥ |z|).
    static double pValue(double z);

    /// Corrects `confidence` for testing every cell of the grid at once with
    /// the Benjamini–Hochberg false discovery rate, as ArcGIS's Hot Spot
    /// Analysis does: at each level (α = 0.10, 0.05, 0.01) the p-values are
    /// sorted, the largest p₍ₖ₎ ≤ k·α/m is the level's threshold (m = every
    /// cell of the grid), and a cell keeps the highest level whose threshold
    /// its p-value meets. Idempotent.
    static void applyFdr(GiStarSurface& surface);
    /// Benjamini–Hochberg threshold: the largest p₍ₖ₎ ≤ k·α/m of `p`, or −1 when none.
    static double fdrThreshold(std::vector<float> p, double alpha);

    /// Per cell, how it changed from `earlier` to `later` (same geometry, else an error).
    static Result<std::vector<Trend>> emerging(const GiStarSurface& earlier, const GiStarSurface& later);
    static Trend trendOf(int earlierConfidence, double earlierZ, int laterConfidence, double laterZ);
    /// Legend text of a trend ("New hotspot", …).
    static QString trendName(Trend trend);
};

} // namespace waymark::geo
