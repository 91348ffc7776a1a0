#include "core/random.h"
#include "geo/kerneldensity.h"

#include <QTest>

#include <cmath>

using namespace waymark;
using namespace waymark::geo;

namespace {

/// Σ value × cellArea / 1000: the weight the surface holds.
double mass(const GeoGrid& g)
{
    double m = 0;
    for (int r = 0; r < g.rows; ++r) {
        double row = 0;
        for (int c = 0; c < g.cols; ++c)
            row += double(g.value(c, r));
        m += row * g.cellAreaKm2(r) / 1000.0;
    }
    return m;
}

DensitySurface density(const GeoPoints& p, KernelDensityOptions o = {})
{
    Feedback f;
    Result<DensitySurface> r = KernelDensity::compute(p, o, f);
    if (!r.ok())
        qFatal("kernel density failed: %s", qPrintable(r.error().message));
    return std::move(r).value();
}

} // namespace

class TestKernelDensity : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void conservesMass_data()
    {
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("spread");
        QTest::addColumn<double>("h");
        QTest::addColumn<bool>("clip");
        QTest::newRow("equator") << 0.0 << 5.0 << 50.0 << false;
        QTest::newRow("30S") << -30.0 << 5.0 << 50.0 << false;
        QTest::newRow("60N") << 60.0 << 5.0 << 50.0 << false;
        QTest::newRow("60N wide kernel") << 60.0 << 2.0 << 300.0 << false;
        // Padding would reach past 85°: the kernels are cut at the grid's
        // edge and their mass given back to the cells inside.
        QTest::newRow("80N at the clamp") << 80.0 << 3.0 << 100.0 << false;
        // An extent that cuts through the data: points outside are counted, the
        // rest is conserved even for kernels cut by the edge.
        QTest::newRow("60N clipped") << 60.0 << 5.0 << 50.0 << true;
        // Spread over the whole world: the grid wraps at the antimeridian.
        QTest::newRow("world") << 10.0 << 100.0 << 50.0 << false;
    }
    void conservesMass()
    {
        QFETCH(double, lat);
        QFETCH(double, spread);
        QFETCH(double, h);
        QFETCH(bool, clip);
        Random r(7);
        std::vector<double> lon, la, w;
        for (int i = 0; i < 5000; ++i) {
            lon.push_back(std::remainder(r.normal(20, spread), 360.0));
            la.push_back(std::clamp(r.normal(lat, spread), -89.0, 89.0));
            w.push_back(double(r.between(1, 5)));
        }
        KernelDensityOptions o;
        o.bandwidthKm = h;
        if (clip)
            o.extent = GeoBox { 18, 58, 30, 70 };
        const DensitySurface s = density(GeoPoints(lon, la, w), o);
        QCOMPARE(s.points.used + s.points.outside + s.points.invalid, qint64(lon.size()));
        if (clip)
            QVERIFY(s.points.outside > 1000);
        else if (lat + 3 * spread < 85)
            QCOMPARE(s.points.used, qint64(lon.size()));
        else
            QVERIFY(s.points.outside > 0); // beyond the 85° clamp
        if (spread > 90)
            QVERIFY(s.grid.wrapsLongitude());
        const double m = mass(s.grid);
        // Float values over ~10⁵ cells: rounding stays well under 10⁻⁵.
        QVERIFY2(std::fabs(m / s.points.weight - 1) < 1e-5,
            qPrintable(QStringLiteral("mass %1, weight %2").arg(m, 0, 'f', 4).arg(s.points.weight, 0, 'f', 4)));
        for (float v : s.grid.values)
            QVERIFY(v >= 0);
    }

    void singlePointPeak_data()
    {
        QTest::addColumn<double>("lat");
        QTest::newRow("equator") << 0.0;
        QTest::newRow("60N") << 60.0;
        QTest::newRow("45S") << -45.0;
    }
    // A lone point of weight 1 is a Gaussian of σ = h: its peak is 1/(2πσ²)
    // per km², 1000/(2πσ²) per 1,000 km², at the centre of the point's cell
    // (binning puts the point there). Tolerance 1 %: with 3 cells per σ the
    // sampled kernel sums to its integral (Poisson summation: error e^(−2π²·9),
    // nil); cutting it at 3σ and renormalising raises the peak by 0.15 % per
    // axis; a cell's true area differs from width × height by < 0.01 %. So
    // the peak is about 0.3 % high; 1 % leaves room and still catches a wrong
    // σ (h = 50 vs 51 km is 4 %) or a wrong area (cos 60° is 100 %).
    void singlePointPeak()
    {
        QFETCH(double, lat);
        const double h = 50;
        const std::vector<double> lon { 10.123 }, la { lat + 0.0321 };
        KernelDensityOptions o;
        o.bandwidthKm = h;
        const DensitySurface s = density(GeoPoints(lon, la), o);
        const qint64 cell = s.grid.cellOf(lon[0], la[0]);
        QVERIFY(cell >= 0);
        const double peak = s.grid.values[size_t(cell)];
        const double want = 1000.0 / (2 * M_PI * h * h);
        QVERIFY2(
            std::fabs(peak / want - 1) < 0.01, qPrintable(QStringLiteral("peak %1, expected %2").arg(peak).arg(want)));
        // The peak is the maximum of the surface.
        QCOMPARE(double(*std::max_element(s.grid.values.begin(), s.grid.values.end())), peak);
        // One σ away along the meridian the density is e^(−1/2) of the peak
        // (3 cells per σ along the meridian, on the default cells).
        const int c = s.grid.colOf(lon[0]), r = s.grid.rowOf(la[0]);
        const double ratio = s.grid.value(c, r + 3) / peak * s.grid.cellAreaKm2(r + 3) / s.grid.cellAreaKm2(r);
        QVERIFY2(std::fabs(ratio - std::exp(-0.5)) < 0.01, qPrintable(QString::number(ratio)));
    }

    void symmetric()
    {
        // East–west: a point at a cell centre spreads the same both ways at any latitude.
        {
            const GeoGrid g = GeoGrid::covering({ 0, 50, 20, 70 }, 20).value();
            const int c0 = 40, r0 = 40;
            const std::vector<double> lon { g.centreLon(c0) }, la { g.centreLat(r0) };
            KernelDensityOptions o;
            o.bandwidthKm = 60;
            o.cellKm = 20;
            o.extent = GeoBox { 0, 50, 20, 70 };
            const DensitySurface s = density(GeoPoints(lon, la), o);
            QVERIFY(s.grid.sameGeometry(g));
            for (int dr = -10; dr <= 10; ++dr) {
                for (int dc = 1; dc <= 30; ++dc) {
                    const float a = s.grid.value(c0 + dc, r0 + dr), b = s.grid.value(c0 - dc, r0 + dr);
                    QVERIFY2(std::fabs(a - b) <= 1e-6f * std::max(1e-3f, a),
                        qPrintable(QStringLiteral("row %1 col %2: %3 vs %4").arg(dr).arg(dc).arg(a).arg(b)));
                }
            }
        }
        // North–south: points mirrored about the equator on a grid mirrored about it.
        {
            KernelDensityOptions o;
            o.bandwidthKm = 80;
            o.cellKm = 60.0 * GeoGrid::kKmPerDegree / 400; // 400 rows of 0.15° between 30°S and 30°N
            o.extent = GeoBox { 0, -30, 30, 30 };
            const std::vector<double> lon { 10, 10, 17, 17 }, la { 20.01, -20.01, 3.31, -3.31 };
            const DensitySurface s = density(GeoPoints(lon, la), o);
            QCOMPARE(s.grid.rows, 400);
            for (int r = 0; r < s.grid.rows; ++r) {
                for (int c = 0; c < s.grid.cols; ++c) {
                    const float a = s.grid.value(c, r), b = s.grid.value(c, s.grid.rows - 1 - r);
                    QVERIFY2(std::fabs(a - b) <= 1e-5f * std::max(1e-3f, a),
                        qPrintable(QStringLiteral("row %1 col %2: %3 vs %4").arg(r).arg(c).arg(a).arg(b)));
                }
            }
        }
    }

    void wrapsAroundTheAntimeridian()
    {
        // On a grid around the world a point in the last column spreads into
        // the first as into its other neighbour, and keeps all its mass.
        KernelDensityOptions o;
        o.bandwidthKm = 100;
        o.extent = GeoBox { -180, -10, 180, 10 };
        const GeoGrid g = GeoGrid::covering(*o.extent, o.bandwidthKm / 3).value();
        QVERIFY(g.wrapsLongitude());
        const std::vector<double> lon { g.centreLon(g.cols - 1) }, lat { 0.1 };
        const DensitySurface s = density(GeoPoints(lon, lat), o);
        QVERIFY(s.grid.sameGeometry(g));
        const int r = s.grid.rowOf(lat[0]);
        for (int k = 1; k <= 8; ++k) {
            const float east = s.grid.value(k - 1, r), west = s.grid.value(g.cols - 1 - k, r);
            QVERIFY(east > 0);
            QVERIFY2(
                std::fabs(east - west) <= 1e-5f * west, qPrintable(QStringLiteral("%1 vs %2").arg(east).arg(west)));
        }
        QVERIFY(std::fabs(mass(s.grid) - 1) < 1e-5);
    }

    void weightsAreCopies()
    {
        // A point of weight 3 is three points of weight 1 at the same place.
        const std::vector<double> lon { 5, 6, 7 }, lat { 45, 45.5, 44 }, w { 3, 1, 2 };
        std::vector<double> lon2, lat2;
        for (size_t i = 0; i < lon.size(); ++i) {
            for (int k = 0; k < int(w[i]); ++k) {
                lon2.push_back(lon[i]);
                lat2.push_back(lat[i]);
            }
        }
        KernelDensityOptions o;
        o.extent = GeoBox { 0, 40, 12, 50 };
        const DensitySurface weighted = density(GeoPoints(lon, lat, w), o);
        const DensitySurface copies = density(GeoPoints(lon2, lat2), o);
        QCOMPARE(weighted.points.weight, 6.0);
        QCOMPARE(copies.points.weight, 6.0);
        QCOMPARE(weighted.points.used, qint64(3));
        QVERIFY(weighted.grid.sameGeometry(copies.grid));
        for (size_t i = 0; i < weighted.grid.values.size(); ++i)
            QVERIFY(std::fabs(weighted.grid.values[i] - copies.grid.values[i]) <= 1e-6f);
        // Unweighted, the same places hold half the mass.
        const DensitySurface counts = density(GeoPoints(lon, lat), o);
        QVERIFY(std::fabs(mass(counts.grid) - 3) < 1e-4);
        QVERIFY(std::fabs(mass(weighted.grid) - 6) < 1e-4);
    }

    void floatInputMatchesDouble()
    {
        const std::vector<double> lon { 5, 6, 7 }, lat { 45, 45.5, 44 };
        const std::vector<float> lonF { 5, 6, 7 }, latF { 45, 45.5, 44 };
        KernelDensityOptions o;
        o.extent = GeoBox { 0, 40, 12, 50 };
        Feedback f;
        const Result<DensitySurface> a = KernelDensity::compute(GeoPoints(lon, lat), o, f);
        const Result<DensitySurface> b = KernelDensity::compute(GeoPointsF(lonF, latF), o, f);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->grid.values == b->grid.values);
    }

    void cancel()
    {
        Random r(3);
        std::vector<double> lon, lat;
        for (int i = 0; i < 20000; ++i) {
            lon.push_back(r.normal(0, 40));
            lat.push_back(r.normal(0, 20));
        }
        KernelDensityOptions o;
        o.bandwidthKm = 30;
        {
            Feedback f;
            f.cancel();
            QVERIFY(!KernelDensity::compute(GeoPoints(lon, lat), o, f).ok());
        }
        {
            // Canceled from the progress callback, halfway through the rows.
            Feedback f;
            bool sawProgress = false;
            f.setProgressCallback([&](double fraction, const QString&) {
                if (fraction > 0.3) {
                    sawProgress = true;
                    f.cancel();
                }
            });
            const Result<DensitySurface> s = KernelDensity::compute(GeoPoints(lon, lat), o, f);
            QVERIFY(sawProgress);
            QVERIFY(!s.ok());
            QCOMPARE(s.error().message, QStringLiteral("Canceled."));
        }
    }

    void badInput()
    {
        Feedback f;
        const std::vector<double> lon { 1, NAN }, lat { 1, 2 };
        KernelDensityOptions o;
        o.bandwidthKm = 0;
        QVERIFY(!KernelDensity::compute(GeoPoints(lon, lat), o, f).ok());
        o.bandwidthKm = 10;
        const Result<DensitySurface> s = KernelDensity::compute(GeoPoints(lon, lat), o, f);
        QVERIFY(s.ok());
        QCOMPARE(s->points.invalid, qint64(1));
        QCOMPARE(s->points.used, qint64(1));
        // No point with a place: an empty surface, not an error.
        const std::vector<double> none;
        const Result<DensitySurface> e = KernelDensity::compute(GeoPoints(none, none), o, f);
        QVERIFY(e.ok());
        QCOMPARE(e->points.used, qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestKernelDensity)
#include "tst_kerneldensity.moc"
