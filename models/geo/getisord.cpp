#include "getisord.h"

#include "core/parallel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace waymark::geo {

namespace {
constexpr double kRad = M_PI / 180.0;

double hav(double a)
{
    const double s = std::sin(a / 2);
    return s * s;
}
} // namespace

int GetisOrd::confidenceOf(double z)
{
    const double a = std::fabs(z);
    const int level = a > 2.576 ? 3 : a > 1.960 ? 2 : a > 1.645 ? 1 : 0;
    return z < 0 ? -level : level;
}

double GetisOrd::pValue(double z)
{
    return std::erfc(std::fabs(z) / std::sqrt(2.0));
}

Result<GiStarSurface> GetisOrd::compute(const GeoGrid& counts, double bandKm, Feedback& feedback, int threads)
{
    if (!(bandKm >= 0) || !std::isfinite(bandKm))
        return Error(QCoreApplication::translate("GetisOrd", "The distance band must be a number of kilometres."));
    const int cols = counts.cols, rows = counts.rows;
    const qint64 n = counts.cellCount();
    GiStarSurface out;
    out.bandKm = bandKm;
    out.z = counts;
    out.p.assign(size_t(n), 1.0f);
    out.confidence.assign(size_t(n), 0);
    if (n < 2)
        return out;
    std::fill(out.z.values.begin(), out.z.values.end(), 0.0f);

    double sum = 0, sum2 = 0;
    for (float v : counts.values) {
        sum += v;
        sum2 += double(v) * v;
    }
    const double mean = sum / double(n);
    const double S = std::sqrt(std::max(0.0, sum2 / double(n) - mean * mean));
    if (!(S > 0))
        return out; // constant: nothing stands out

    // Running sums along each row: prefix[r][c] = Σ x of columns 0 … c−1.
    const size_t stride = size_t(cols) + 1;
    std::vector<double> prefix(size_t(rows) * stride, 0.0);
    for (int r = 0; r < rows; ++r) {
        double* p = prefix.data() + size_t(r) * stride;
        for (int c = 0; c < cols; ++c)
            p[c + 1] = p[c] + double(counts.value(c, r));
    }

    // The band's disc seen from row r: for each row offset dr, the largest
    // column offset whose centre is within the band (haversine solved for Δλ),
    // or −1 when that row is out of reach.
    const double bandRad = bandKm / GeoGrid::kEarthRadiusKm;
    const int maxDr = std::min(rows - 1, int(std::floor(bandKm / counts.cellHeightKm() + 1e-9)));
    const double cellLonRad = counts.cellLon * kRad;
    auto reach = [&](int r, int dr) {
        const double phi1 = counts.centreLat(r) * kRad, phi2 = counts.centreLat(r + dr) * kRad;
        const double cosProd = std::cos(phi1) * std::cos(phi2);
        const double rest = hav(bandRad) - hav(phi2 - phi1);
        if (rest < 0)
            return -1;
        if (cosProd <= 0 || rest >= cosProd)
            return cols;
        const double dLon = 2 * std::asin(std::sqrt(rest / cosProd));
        // A hair of slack so that a neighbour exactly on the band is in.
        return std::min(cols, int(std::floor(dLon / cellLonRad * (1 + 1e-12) + 1e-9)));
    };

    const double nn = double(n);
    const bool wrap = counts.wrapsLongitude();
    const bool ok = parallel::forChunks(
        rows, parallel::threadCount(threads), 8, &feedback,
        [&](qint64 r0, qint64 r1, int) {
            std::vector<int> dcOf(size_t(2 * maxDr + 1));
            for (int r = r0; r < r1; ++r) {
                const int lo = std::max(-maxDr, -r), hi = std::min(maxDr, rows - 1 - r);
                for (int dr = lo; dr <= hi; ++dr)
                    dcOf[size_t(dr + maxDr)] = reach(r, dr);
                for (int c = 0; c < cols; ++c) {
                    double sx = 0, w = 0;
                    for (int dr = lo; dr <= hi; ++dr) {
                        const int dc = dcOf[size_t(dr + maxDr)];
                        if (dc < 0)
                            continue;
                        const double* p = prefix.data() + size_t(r + dr) * stride;
                        if (wrap && 2 * dc + 1 >= cols) {
                            sx += p[cols];
                            w += cols;
                        } else if (wrap && (c - dc < 0 || c + dc >= cols)) {
                            // The run crosses the antimeridian: two pieces.
                            const int a = c - dc, b = c + dc;
                            sx += a < 0 ? (p[b + 1] + p[cols] - p[cols + a]) : (p[cols] - p[a] + p[b - cols + 1]);
                            w += 2 * dc + 1;
                        } else {
                            const int a = std::max(0, c - dc), b = std::min(cols - 1, c + dc);
                            sx += p[b + 1] - p[a];
                            w += b - a + 1;
                        }
                    }
                    // Binary weights: Σ w² = Σ w.
                    const double var = (nn * w - w * w) / (nn - 1);
                    const size_t i = size_t(r) * size_t(cols) + size_t(c);
                    if (!(var > 0))
                        continue; // the band holds every cell: Gi* is undefined, say 0
                    const double z = (sx - mean * w) / (S * std::sqrt(var));
                    out.z.values[i] = float(z);
                    out.p[i] = float(pValue(z));
                    out.confidence[i] = qint8(confidenceOf(z));
                }
            }
        },
        0.0, 1.0);
    if (!ok)
        return Error(QCoreApplication::translate("GetisOrd", "Canceled."));
    return out;
}

double GetisOrd::fdrThreshold(std::vector<float> p, double alpha)
{
    std::sort(p.begin(), p.end());
    const double m = double(p.size());
    for (size_t k = p.size(); k > 0; --k) {
        if (double(p[k - 1]) <= double(k) * alpha / m)
            return p[k - 1];
    }
    return -1;
}

void GetisOrd::applyFdr(GiStarSurface& s)
{
    if (s.fdr)
        return;
    s.significantBeforeFdr
        = std::count_if(s.confidence.begin(), s.confidence.end(), [](qint8 c) { return std::abs(c) >= 2; });
    s.fdr = true;
    if (s.p.empty())
        return;
    const double alphas[] = { 0.10, 0.05, 0.01 };
    double threshold[3];
    for (int k = 0; k < 3; ++k)
        threshold[k] = fdrThreshold(s.p, alphas[k]);
    for (size_t i = 0; i < s.p.size(); ++i) {
        int level = 0;
        for (int k = 0; k < 3; ++k) {
            if (double(s.p[i]) <= threshold[k])
                level = k + 1;
        }
        // Never raise a level: the correction only takes significance away.
        level = std::min(level, std::abs(int(s.confidence[i])));
        s.confidence[i] = qint8(s.z.values[i] < 0 ? -level : level);
    }
}

Trend GetisOrd::trendOf(int earlierConfidence, double earlierZ, int laterConfidence, double laterZ)
{
    const bool hotBefore = earlierConfidence >= 2, hotNow = laterConfidence >= 2;
    if (hotNow && !hotBefore)
        return Trend::NewHot;
    if (hotNow)
        return laterZ > earlierZ ? Trend::Intensifying : Trend::Persistent;
    if (hotBefore)
        return Trend::Diminishing;
    if (laterConfidence <= -2)
        return Trend::Cold;
    return Trend::None;
}

Result<std::vector<Trend>> GetisOrd::emerging(const GiStarSurface& earlier, const GiStarSurface& later)
{
    if (!earlier.z.sameGeometry(later.z) || earlier.confidence.size() != later.confidence.size()
        || earlier.z.values.size() != earlier.confidence.size())
        return Error(QCoreApplication::translate("GetisOrd", "The two periods are not on the same grid."));
    std::vector<Trend> t(earlier.confidence.size());
    for (size_t i = 0; i < t.size(); ++i)
        t[i] = trendOf(earlier.confidence[i], earlier.z.values[i], later.confidence[i], later.z.values[i]);
    return t;
}

QString GetisOrd::trendName(Trend trend)
{
    switch (trend) {
    case Trend::None:
        return QCoreApplication::translate("GetisOrd", "No pattern");
    case Trend::NewHot:
        return QCoreApplication::translate("GetisOrd", "New hotspot");
    case Trend::Intensifying:
        return QCoreApplication::translate("GetisOrd", "Intensifying hotspot");
    case Trend::Persistent:
        return QCoreApplication::translate("GetisOrd", "Persistent hotspot");
    case Trend::Diminishing:
        return QCoreApplication::translate("GetisOrd", "Diminishing hotspot");
    case Trend::Cold:
        return QCoreApplication::translate("GetisOrd", "Cold spot");
    }
    return {};
}

} // namespace waymark::geo
