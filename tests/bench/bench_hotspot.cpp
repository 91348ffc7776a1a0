// Hotspot benchmark (map issue): 1,000,000 incidents spread like real data
// (clusters around 50 cities of very different sizes, plus 15 % scattered
// noise over the inhabited latitudes), fixed seed. Times, as the median of 5
// runs: kernel density at h = 50 km on its default grid (cells h/3, data
// bounds padded by 3h), on all cores and on one; Gi* on 50 km cells with a
// 150 km band (binning the points included). In the same run, the anchor: a
// naive per-point kernel that adds each point's Gaussian to every cell within
// 3σ of it, on the same grid, one thread (median of 3: it is slow); the
// ratio waymark/naive is printed. Also the peak resident memory (VmHWM).
//
//   bench_hotspot [points]

#include "core/random.h"
#include "geo/getisord.h"
#include "geo/kerneldensity.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <thread>

using namespace waymark;
using namespace waymark::geo;

namespace {

struct Points {
    std::vector<float> lon, lat;
};

Points cityLike(size_t n, quint64 seed)
{
    Random r(seed);
    struct City {
        double lon, lat, spreadDeg, weight;
    };
    std::vector<City> cities;
    std::vector<double> weights;
    for (int i = 0; i < 50; ++i) {
        // Zipf-like sizes: the largest city has 50 times the smallest's incidents.
        const City c { r.normal(0, 1) * 60 + 20, std::clamp(r.normal(20, 22), -45.0, 65.0), 0.2 + 1.5 * r.uniform(),
            1.0 / (i + 1) };
        cities.push_back(c);
        weights.push_back(c.weight);
    }
    Points p;
    p.lon.reserve(n);
    p.lat.reserve(n);
    while (p.lon.size() < n) {
        double lon, lat;
        if (r.chance(0.15)) {
            lon = -180 + 360 * r.uniform();
            lat = -55 + 125 * r.uniform();
        } else {
            const City& c = cities[r.weighted(weights)];
            lon = r.normal(c.lon, c.spreadDeg / std::max(0.2, std::cos(c.lat * M_PI / 180)));
            lat = r.normal(c.lat, c.spreadDeg);
        }
        if (lon < -180 || lon > 180 || lat < -85 || lat > 85)
            continue;
        p.lon.push_back(float(lon));
        p.lat.push_back(float(lat));
    }
    return p;
}

double seconds(const std::function<void()>& f)
{
    QElapsedTimer t;
    t.start();
    f();
    return double(t.nsecsElapsed()) / 1e9;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

double medianOf(int runs, const std::function<void()>& f)
{
    std::vector<double> t;
    for (int i = 0; i < runs; ++i)
        t.push_back(seconds(f));
    return median(t);
}

QString peakMemory()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return QString::fromLatin1(line.mid(6).simplified());
    }
    return QStringLiteral("?");
}

/// The anchor: every point adds its Gaussian (σ = h) to each cell whose
/// centre lies within 3σ of it (local equirectangular distance), evaluated
/// at the cell centre, in weight per 1,000 km². Same grid as Waymark's.
GeoGrid naive(const Points& p, const GeoGrid& geometry, double h)
{
    GeoGrid g = geometry;
    std::fill(g.values.begin(), g.values.end(), 0.0f);
    const double peak = 1000.0 / (2 * M_PI * h * h);
    const double rad = M_PI / 180, km = GeoGrid::kKmPerDegree;
    const int dr = int(std::ceil(3 * h / g.cellHeightKm()));
    for (size_t i = 0; i < p.lon.size(); ++i) {
        const double lon = p.lon[i], lat = p.lat[i];
        const int r0 = g.rowOf(lat), c0 = g.colOf(lon);
        if (r0 < 0 || c0 < 0)
            continue;
        const double cosLat = std::cos(lat * rad);
        for (int r = std::max(0, r0 - dr); r <= std::min(g.rows - 1, r0 + dr); ++r) {
            const double dy = (g.centreLat(r) - lat) * km;
            const double rest = 9 * h * h - dy * dy;
            if (rest < 0)
                continue;
            const int dc = int(std::ceil(std::sqrt(rest) / (g.cellLon * km * std::max(cosLat, 1e-3))));
            float* row = g.values.data() + size_t(r) * size_t(g.cols);
            for (int c = std::max(0, c0 - dc); c <= std::min(g.cols - 1, c0 + dc); ++c) {
                const double dx = (g.centreLon(c) - lon) * km * cosLat;
                const double d2 = dx * dx + dy * dy;
                if (d2 <= 9 * h * h)
                    row[c] += float(peak * std::exp(-0.5 * d2 / (h * h)));
            }
        }
    }
    return g;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const size_t n = argc > 1 ? size_t(QString::fromLocal8Bit(argv[1]).toLongLong()) : 1'000'000;
    const double h = 50, giCellKm = 50, bandKm = 150;

    const Points pts = cityLike(n, 20261125);
    const GeoPointsF view(pts.lon, pts.lat);
    out << "points: " << n << ", cores: " << std::thread::hardware_concurrency() << Qt::endl;

    KernelDensityOptions o;
    o.bandwidthKm = h;
    DensitySurface surface;
    const double kde = medianOf(5, [&] {
        Feedback f;
        surface = KernelDensity::compute(view, o, f).value();
    });
    o.threads = 1;
    const double kde1 = medianOf(5, [&] {
        Feedback f;
        KernelDensity::compute(view, o, f);
    });
    double mass = 0;
    for (int r = 0; r < surface.grid.rows; ++r) {
        double row = 0;
        for (int c = 0; c < surface.grid.cols; ++c)
            row += surface.grid.value(c, r);
        mass += row * surface.grid.cellAreaKm2(r) / 1000;
    }
    out << QStringLiteral("kernel density h=%1 km: grid %2 x %3 (%4 cells of %5 km), mass %6 of %7")
               .arg(h)
               .arg(surface.grid.cols)
               .arg(surface.grid.rows)
               .arg(surface.grid.cellCount())
               .arg(h / 3, 0, 'f', 1)
               .arg(mass, 0, 'f', 1)
               .arg(surface.points.weight, 0, 'f', 0)
        << Qt::endl;
    out << QStringLiteral("  median of 5, all cores: %1 ms (goal <= 150 ms)").arg(kde * 1000, 0, 'f', 1) << Qt::endl;
    out << QStringLiteral("  median of 5, 1 thread:  %1 ms").arg(kde1 * 1000, 0, 'f', 1) << Qt::endl;

    GiStarSurface gi;
    const double giTime = medianOf(5, [&] {
        Feedback f;
        const GeoGrid grid = GeoGrid::covering({ -180, -85, 180, 85 }, giCellKm).value();
        gi = GetisOrd::compute(grid.counts(view), bandKm, f).value();
    });
    qint64 hot = 0, cold = 0;
    for (qint8 c : gi.confidence) {
        hot += c >= 2;
        cold += c <= -2;
    }
    out << QStringLiteral("Gi* cells %1 km, band %2 km: grid %3 x %4, %5 hot and %6 cold cells at 95 %")
               .arg(giCellKm)
               .arg(bandKm)
               .arg(gi.z.cols)
               .arg(gi.z.rows)
               .arg(hot)
               .arg(cold)
        << Qt::endl;
    out << QStringLiteral("  median of 5, binning included: %1 ms (goal < 1000 ms)").arg(giTime * 1000, 0, 'f', 1)
        << Qt::endl;

    GeoGrid anchor;
    const double naiveTime = medianOf(3, [&] { anchor = naive(pts, surface.grid, h); });
    double maxDiff = 0, maxVal = 0;
    for (size_t i = 0; i < anchor.values.size(); ++i) {
        maxDiff = std::max(maxDiff, double(std::fabs(anchor.values[i] - surface.grid.values[i])));
        maxVal = std::max(maxVal, double(surface.grid.values[i]));
    }
    out << QStringLiteral("naive per-point kernel (3 sigma, 1 thread), median of 3: %1 ms")
               .arg(naiveTime * 1000, 0, 'f', 1)
        << Qt::endl;
    out << QStringLiteral("  ratio waymark/naive: %1 (all cores), %2 (1 thread)")
               .arg(kde / naiveTime, 0, 'f', 4)
               .arg(kde1 / naiveTime, 0, 'f', 4)
        << Qt::endl;
    out << QStringLiteral("  largest difference from the naive surface: %1 per 1,000 km2 (peak %2)")
               .arg(maxDiff, 0, 'g', 3)
               .arg(maxVal, 0, 'g', 4)
        << Qt::endl;
    out << "peak memory (VmHWM): " << peakMemory() << Qt::endl;
    return 0;
}
