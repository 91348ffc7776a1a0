#include "geo/getisord.h"

#include <QTest>

#include <cmath>

using namespace waymark;
using namespace waymark::geo;

namespace {

// x[row][col], row 0 the southernmost: a hot centre and a quieter rim.
const float kSmall[5][5] = {
    { 1, 0, 2, 1, 0 },
    { 0, 3, 4, 2, 1 },
    { 1, 5, 9, 6, 0 },
    { 2, 4, 7, 3, 1 },
    { 0, 1, 2, 0, 1 },
};

// The references below were computed independently of Waymark with numpy
// (python3, Debian 12), straight from the textbook formula:
//
//   import numpy as np
//   x = np.array(kSmall, float); n = x.size; xbar = x.mean()
//   S = np.sqrt((x**2).mean() - xbar**2)
//   for r, c in cells:
//       w = np.zeros_like(x)
//       w[max(0,r-1):r+2, max(0,c-1):c+2] = 1     # queen: 3×3 around, itself included
//       # rook: w[r,c] and its 4 edge neighbours inside the grid
//       W = w.sum()
//       z[r,c] = ((w*x).sum() - xbar*W) / (S*np.sqrt((n*(w**2).sum() - W**2)/(n-1)))
const double kQueen[5][5] = {
    { -1.1261564312, -0.6704443030, -0.2806511036, -0.6704443030, -1.1261564312 },
    { -0.6704443030, 0.8393069192, 2.0531805628, 0.8393069192, -0.6704443030 },
    { 0.3040386955, 2.5734121243, 3.9606962883, 2.2265910833, -0.0857545039 },
    { -0.0857545039, 1.8797700423, 2.9202331653, 1.5329490013, -0.4755477033 },
    { -0.4450134285, 0.4989352952, 0.6938318949, 0.1091420958, -0.8991087636 },
};
const double kRook[5][5] = {
    { -1.4651454775, -0.6720610960, -0.4450134285, -0.8991087636, -1.2090011632 },
    { -0.8991087636, 0.1664740997, 1.8312150965, 0.5826593489, -1.3532040988 },
    { -0.2179657609, 2.2474003458, 4.1202339672, 1.8312150965, -0.2179657609 },
    { -0.4450134285, 1.6231224719, 2.8716782196, 1.2069372227, -0.8991087636 },
    { -0.9528568490, -0.4450134285, 0.2361295743, -0.6720610960, -1.2090011632 },
};

/// 0.1° cells at the equator: neighbours are 11.12 km apart along a row or a
/// column and 15.72 km apart diagonally.
GeoGrid smallGrid()
{
    GeoGrid g;
    g.west = 0;
    g.south = 0;
    g.cellLon = g.cellLat = 0.1;
    g.cols = g.rows = 5;
    for (int r = 0; r < 5; ++r) {
        for (int c = 0; c < 5; ++c)
            g.values.push_back(kSmall[r][c]);
    }
    return g;
}

GiStarSurface giStar(const GeoGrid& g, double bandKm)
{
    Feedback f;
    Result<GiStarSurface> s = GetisOrd::compute(g, bandKm, f);
    if (!s.ok())
        qFatal("Gi* failed: %s", qPrintable(s.error().message));
    return std::move(s).value();
}

GeoGrid flat(int cols, int rows, float v)
{
    GeoGrid g;
    g.west = 10;
    g.south = 40;
    g.cellLon = 0.5;
    g.cellLat = 0.4;
    g.cols = cols;
    g.rows = rows;
    g.values.assign(size_t(cols * rows), v);
    return g;
}

void blob(GeoGrid& g, int c0, int r0, float v)
{
    for (int r = r0 - 1; r <= r0 + 1; ++r) {
        for (int c = c0 - 1; c <= c0 + 1; ++c)
            g.at(c, r) = v;
    }
}

} // namespace

class TestGetisOrd : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void handComputed_data()
    {
        QTest::addColumn<double>("bandKm");
        QTest::addColumn<bool>("queen");
        QTest::newRow("queen, 16.5 km") << 16.5 << true;
        QTest::newRow("rook, 12 km") << 12.0 << false;
    }
    void handComputed()
    {
        QFETCH(double, bandKm);
        QFETCH(bool, queen);
        const GiStarSurface s = giStar(smallGrid(), bandKm);
        for (int r = 0; r < 5; ++r) {
            for (int c = 0; c < 5; ++c) {
                const double want = queen ? kQueen[r][c] : kRook[r][c];
                const double got = s.z.value(c, r);
                // Floats hold the result: 1e-6 is their rounding at |z| ≤ 5.
                QVERIFY2(std::fabs(got - want) < 1e-5,
                    qPrintable(QStringLiteral("cell %1,%2: %3, numpy %4").arg(c).arg(r).arg(got).arg(want)));
                const size_t i = size_t(r * 5 + c);
                QCOMPARE(int(s.confidence[i]), GetisOrd::confidenceOf(want));
                QVERIFY(std::fabs(s.p[i] - std::erfc(std::fabs(want) / std::sqrt(2.0))) < 1e-6);
            }
        }
        // The centre is hot at 99 %; nothing is significantly cold in so small a grid.
        QCOMPARE(int(s.confidence[12]), 3);
    }

    void selfOnlyBandIsAStandardScore()
    {
        // A band shorter than the cell spacing holds only the cell itself:
        // Gi* reduces to (x − X̄) / S.
        const GeoGrid g = smallGrid();
        const GiStarSurface s = giStar(g, 5);
        double mean = 0, m2 = 0;
        for (float v : g.values) {
            mean += v;
            m2 += double(v) * v;
        }
        mean /= 25;
        const double S = std::sqrt(m2 / 25 - mean * mean);
        for (size_t i = 0; i < 25; ++i)
            QVERIFY(std::fabs(s.z.values[i] - (g.values[i] - mean) / S) < 1e-5);
    }

    void bandIsGreatCircle()
    {
        // 0.1° cells: at the equator a cell's east neighbour is 11.1 km off,
        // at 60°N only 5.6 km. With a 12 km band a spike two columns away is
        // out of reach at the equator and within it at 60°N.
        for (const double lat : { 0.0, 60.0 }) {
            GeoGrid g;
            g.west = 0;
            g.south = lat;
            g.cellLon = g.cellLat = 0.1;
            g.cols = 9;
            g.rows = 3;
            g.values.assign(27, 0.0f);
            g.at(4, 1) = 10;
            const GiStarSurface s = giStar(g, 12);
            const double twoAway = s.z.value(6, 1), far = s.z.value(7, 1);
            if (lat == 0.0)
                QCOMPARE(twoAway, far);
            else
                QVERIFY(twoAway > far + 1);
        }
    }

    void bandWrapsAroundTheWorld()
    {
        // 10° cells around the world at the equator (1112 km apart): a 1200 km
        // band reaches one column each way, across the antimeridian too.
        GeoGrid g;
        g.west = -180;
        g.south = -5;
        g.cellLon = g.cellLat = 10;
        g.cols = 36;
        g.rows = 1;
        g.values.assign(36, 1.0f);
        g.values[0] = 20;
        QVERIFY(g.wrapsLongitude());
        const GiStarSurface s = giStar(g, 1200);
        QCOMPARE(s.z.values[35], s.z.values[1]);
        QVERIFY(s.z.values[35] > s.z.values[2] + 1);
        QCOMPARE(s.z.values[34], s.z.values[2]);
    }

    void constantGridHasNoHotspots()
    {
        const GiStarSurface s = giStar(flat(20, 10, 3), 100);
        for (size_t i = 0; i < s.z.values.size(); ++i) {
            QCOMPARE(s.z.values[i], 0.0f);
            QCOMPARE(int(s.confidence[i]), 0);
            QCOMPARE(s.p[i], 1.0f);
        }
    }

    void confidenceLevels()
    {
        QCOMPARE(GetisOrd::confidenceOf(2.6), 3);
        QCOMPARE(GetisOrd::confidenceOf(2.0), 2);
        QCOMPARE(GetisOrd::confidenceOf(1.7), 1);
        QCOMPARE(GetisOrd::confidenceOf(1.6), 0);
        QCOMPARE(GetisOrd::confidenceOf(-1.97), -2);
        QCOMPARE(GetisOrd::confidenceOf(-3), -3);
        QVERIFY(std::fabs(GetisOrd::pValue(1.959964) - 0.05) < 1e-6);
        QVERIFY(std::fabs(GetisOrd::pValue(-2.575829) - 0.01) < 1e-6);
    }

    void trendTable()
    {
        QCOMPARE(GetisOrd::trendOf(0, 0.2, 2, 2.1), Trend::NewHot);
        QCOMPARE(GetisOrd::trendOf(1, 1.7, 3, 2.7), Trend::NewHot); // 90 % is not hot enough before
        QCOMPARE(GetisOrd::trendOf(2, 2.1, 3, 3.5), Trend::Intensifying);
        QCOMPARE(GetisOrd::trendOf(3, 3.5, 2, 2.1), Trend::Persistent);
        QCOMPARE(GetisOrd::trendOf(3, 3.5, 1, 1.7), Trend::Diminishing);
        QCOMPARE(GetisOrd::trendOf(0, 0.0, -2, -2.2), Trend::Cold);
        QCOMPARE(GetisOrd::trendOf(0, 0.0, 1, 1.8), Trend::None);
        QCOMPARE(GetisOrd::trendOf(-3, -3, 0, 0), Trend::None);
    }

    void emergingOnTwoPeriods()
    {
        // 0.5° × 0.4° cells near 40°N (about 43 km × 44 km); the band of
        // 70 km takes in the 3×3 around a cell. Background of 1 per cell.
        // Earlier: hotspots A and B. Later: A unchanged, B gone, C new, D
        // (present before) grown three-fold.
        GeoGrid before = flat(30, 30, 1), after = flat(30, 30, 1);
        blob(before, 5, 5, 8); // A
        blob(after, 5, 5, 8);
        blob(before, 24, 5, 8); // B
        blob(after, 15, 24, 8); // C
        blob(before, 24, 24, 8); // D
        blob(after, 24, 24, 24);
        const GiStarSurface e = giStar(before, 70), l = giStar(after, 70);
        const Result<std::vector<Trend>> t = GetisOrd::emerging(e, l);
        QVERIFY(t.ok());
        const auto at = [&](int c, int r) { return t.value()[size_t(r * 30 + c)]; };
        QCOMPARE(at(15, 24), Trend::NewHot);
        QCOMPARE(at(24, 5), Trend::Diminishing);
        QCOMPARE(at(24, 24), Trend::Intensifying);
        // A's counts did not change, but D's growth raised the mean and the
        // spread, so A's z fell: still hot, not intensifying.
        QVERIFY(l.z.value(5, 5) < e.z.value(5, 5));
        QCOMPARE(at(5, 5), Trend::Persistent);
        // Far from every blob the background is not significant either way.
        QCOMPARE(at(10, 15), Trend::None);
        // A pocket emptied in the later period of an otherwise busy area is cold.
        GeoGrid busy = flat(30, 30, 5), emptied = flat(30, 30, 5);
        blob(emptied, 12, 12, 0);
        const Result<std::vector<Trend>> c = GetisOrd::emerging(giStar(busy, 70), giStar(emptied, 70));
        QVERIFY(c.ok());
        QCOMPARE(c.value()[size_t(12 * 30 + 12)], Trend::Cold);
        QCOMPARE(c.value()[size_t(25 * 30 + 25)], Trend::None);
        QCOMPARE(GetisOrd::trendName(Trend::NewHot), QStringLiteral("New hotspot"));
    }

    void emergingNeedsTheSameGrid()
    {
        const GiStarSurface a = giStar(flat(10, 10, 1), 50), b = giStar(flat(11, 10, 1), 50);
        QVERIFY(!GetisOrd::emerging(a, b).ok());
    }

    void cancelAndBadBand()
    {
        Feedback f;
        QVERIFY(!GetisOrd::compute(smallGrid(), -1, f).ok());
        QVERIFY(!GetisOrd::compute(smallGrid(), NAN, f).ok());
        f.cancel();
        const Result<GiStarSurface> s = GetisOrd::compute(smallGrid(), 16.5, f);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().message, QStringLiteral("Canceled."));
    }
};

QTEST_GUILESS_MAIN(TestGetisOrd)
#include "tst_getisord.moc"
