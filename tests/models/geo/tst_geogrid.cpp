#include "geo/colourscale.h"
#include "geo/geogrid.h"

#include <QTest>

#include <cmath>

using namespace waymark;
using namespace waymark::geo;

class TestGeoGrid : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void areasSumToTheSphere_data()
    {
        QTest::addColumn<int>("cols");
        QTest::addColumn<int>("rows");
        QTest::newRow("1 degree") << 360 << 180;
        QTest::newRow("odd cells") << 7 << 13;
        QTest::newRow("one cell") << 1 << 1;
        QTest::newRow("fine") << 2400 << 1200;
    }
    void areasSumToTheSphere()
    {
        QFETCH(int, cols);
        QFETCH(int, rows);
        GeoGrid g;
        g.west = -180;
        g.south = -90;
        g.cols = cols;
        g.rows = rows;
        g.cellLon = 360.0 / cols;
        g.cellLat = 180.0 / rows;
        double total = 0;
        for (int r = 0; r < rows; ++r)
            total += g.cellAreaKm2(r) * cols;
        const double sphere = 4 * M_PI * GeoGrid::kEarthRadiusKm * GeoGrid::kEarthRadiusKm;
        QVERIFY2(std::fabs(total / sphere - 1) < 1e-12, qPrintable(QString::number(total, 'f', 3)));
    }

    void areaShrinksTowardsThePoles()
    {
        GeoGrid g;
        g.south = 0;
        g.cellLon = g.cellLat = 1;
        g.cols = 1;
        g.rows = 90;
        // A 1° cell at the equator: about 111.2 km × 111.2 km.
        QVERIFY(std::fabs(g.cellAreaKm2(0) - 12364) < 5);
        // At 60° it is half as wide: the true area, not the projected one.
        QVERIFY(
            std::fabs(g.cellAreaKm2(60) / g.cellAreaKm2(0) - std::cos(60.5 * M_PI / 180) / std::cos(0.5 * M_PI / 180))
            < 1e-3);
    }

    void coveringAndCellOf()
    {
        const Result<GeoGrid> g = GeoGrid::covering({ 10, 40, 20, 50 }, 50);
        QVERIFY(g.ok());
        QCOMPARE(g->west, 10.0);
        QCOMPARE(g->south, 40.0);
        // About 50 km on a side, never more: 50 km tall, and 50 km wide on the
        // parallel nearest the equator (40°N), shrunk so whole cells tile the box.
        const double wide = g->cellLon * GeoGrid::kKmPerDegree * std::cos(40 * M_PI / 180);
        QVERIFY(g->cellHeightKm() <= 50 && g->cellHeightKm() > 50 * (1 - 1.0 / g->rows));
        QVERIFY(wide <= 50 && wide > 50 * (1 - 1.0 / g->cols));
        QVERIFY(std::fabs(g->east() - 20) < 1e-9 && std::fabs(g->north() - 50) < 1e-9);
        QVERIFY(!g->wrapsLongitude());
        QVERIFY(GeoGrid::covering({ -180, -85, 180, 85 }, 50)->wrapsLongitude());
        QVERIFY(GeoGrid::covering({ -180, -85, 180, 85 }, 17)->wrapsLongitude());
        QCOMPARE(int(g->values.size()), g->cols * g->rows);
        QCOMPARE(g->cellOf(10, 40), 0);
        QCOMPARE(g->cellOf(9.99, 45), -1);
        QCOMPARE(g->cellOf(15, 39.99), -1);
        const qint64 i = g->cellOf(g->centreLon(3), g->centreLat(5));
        QCOMPARE(i, qint64(5) * g->cols + 3);
        QCOMPARE(g->cellOf(g->east(), 45), -1);
    }

    void coveringRefusesNonsense()
    {
        QVERIFY(!GeoGrid::covering({ 10, 40, 20, 50 }, 0).ok());
        QVERIFY(!GeoGrid::covering({ 10, 40, 20, 50 }, -3).ok());
        QVERIFY(!GeoGrid::covering({ 20, 40, 10, 50 }, 10).ok());
        QVERIFY(!GeoGrid::covering({ -180, -90, 180, 90 }, 0.01).ok()); // billions of cells
        QVERIFY(!GeoGrid::covering({ -180, -90, 180, 90 }, 0.01).error().message.isEmpty());
    }

    void countsSkipBadPoints()
    {
        const GeoGrid g = GeoGrid::covering({ 0, 0, 10, 10 }, 100).value();
        const std::vector<double> lon { 1, 1, 5, NAN, 200, 20 };
        const std::vector<double> lat { 1, 1, 5, 3, 3, 5 };
        BinCount c;
        const GeoGrid n = g.counts(GeoPoints(lon, lat), &c);
        QCOMPARE(c.used, qint64(3));
        QCOMPARE(c.invalid, qint64(2));
        QCOMPARE(c.outside, qint64(1));
        QCOMPARE(n.values[size_t(g.cellOf(1, 1))], 2.0f);
        QCOMPARE(n.values[size_t(g.cellOf(5, 5))], 1.0f);
    }

    void imageIsNorthUp()
    {
        GeoGrid g = GeoGrid::covering({ 0, 0, 3, 2 }, GeoGrid::kKmPerDegree).value();
        QCOMPARE(g.cols, 3);
        QCOMPARE(g.rows, 2);
        g.at(0, 0) = 100; // south-west
        const ColourScale scale = ColourScale::logClasses(100);
        const QImage im = g.toImage(scale);
        QCOMPARE(im.size(), QSize(3, 2));
        QCOMPARE(qAlpha(im.pixel(0, 0)), 0); // north-west: empty
        QVERIFY(qAlpha(im.pixel(0, 1)) > 0); // south-west: the bottom row of the image
        const QColor got = im.pixelColor(0, 1), want = scale.colour(100);
        // Premultiplied storage rounds each channel by at most a step or two.
        QVERIFY(std::abs(got.red() - want.red()) <= 2 && std::abs(got.green() - want.green()) <= 2
            && std::abs(got.blue() - want.blue()) <= 2 && std::abs(got.alpha() - want.alpha()) <= 1);
    }

    void scaleBreaksAreNice()
    {
        const ColourScale s = ColourScale::logClasses(37, 7);
        const std::vector<double> want { 0.2, 0.5, 1, 2, 5, 10, 20 };
        QCOMPARE(int(s.breaks().size()), 7);
        for (size_t i = 0; i < want.size(); ++i)
            QVERIFY2(std::fabs(s.breaks()[i] / want[i] - 1) < 1e-12, qPrintable(QString::number(s.breaks()[i])));
        QCOMPARE(ColourScale::niceFloor(1), 1.0);
        QCOMPARE(ColourScale::niceFloor(0.2), 0.2);
        QCOMPARE(ColourScale::niceFloor(4999), 2000.0);
        QCOMPARE(ColourScale::niceFloor(0.0071), 0.005);
        QCOMPARE(s.labels().size(), 7);
        QCOMPARE(s.labels().first(), QStringLiteral("0.2 – 0.5"));
        QCOMPARE(s.labels().last(), QStringLiteral("≥ 20"));
        QCOMPARE(s.unit(), QStringLiteral("incidents per 1,000 km²"));
    }

    void scaleColoursByValueNotByGrid()
    {
        const ColourScale s = ColourScale::logClasses(37, 7);
        QCOMPARE(s.colour(0).alpha(), 0);
        QCOMPARE(s.colour(0.1).alpha(), 0); // below the first break
        QCOMPARE(s.colour(-1).alpha(), 0);
        QCOMPARE(s.colour(NAN).alpha(), 0);
        QCOMPARE(s.classOf(0.2), 0);
        QCOMPARE(s.classOf(0.49), 0);
        QCOMPARE(s.classOf(1e9), 6);
        QVERIFY(s.colour(3) == s.colour(4.9));
        QVERIFY(s.colour(3) != s.colour(5));
        // Higher classes are darker: the ramp is monotone in luminance (Rec. 709 weights).
        const auto luminance
            = [](const QColor& c) { return 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF(); };
        for (int i = 1; i < s.classCount(); ++i)
            QVERIFY(luminance(s.classColour(i)) < luminance(s.classColour(i - 1)));
        // The same density on two grids of different cells and extents is the same pixel.
        GeoGrid a = GeoGrid::covering({ 0, 0, 10, 10 }, 100).value();
        GeoGrid b = GeoGrid::covering({ -50, 30, 40, 60 }, 25).value();
        a.values.assign(a.values.size(), 3.3f);
        b.values.assign(b.values.size(), 3.3f);
        QCOMPARE(a.toImage(s).pixel(0, 0), b.toImage(s).pixel(7, 9));
        // And a scale built again from the same max is the same scale.
        QVERIFY(ColourScale::logClasses(37, 7).colour(3.3) == s.colour(3.3));
    }
};

QTEST_GUILESS_MAIN(TestGeoGrid)
#include "tst_geogrid.moc"
