#include "geo/greatcircle.h"
#include "geo/webmercator.h"
#include "map/mapviewport.h"

#include <QRandomGenerator>
#include <QTest>

using namespace waymark::geo;
using waymark::map::MapViewport;

class TestWebMercator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void knownPoints()
    {
        QCOMPARE(WebMercator::x(-180), 0.0);
        QCOMPARE(WebMercator::x(180), 1.0);
        QCOMPARE(WebMercator::y(0), 0.5);
        QVERIFY(qAbs(WebMercator::y(WebMercator::maxLatitude)) < 1e-12);
        QVERIFY(qAbs(WebMercator::y(-WebMercator::maxLatitude) - 1) < 1e-12);
        // Latitude 60° is stretched by 1 / cos 60° = 2 against the equator.
        QVERIFY(qAbs(WebMercator::metresPerUnit(60) * 2 - WebMercator::metresPerUnit(0)) < 1e-6);
        // Tile maths: zoom 1 splits the world in four; Greenwich/equator is the middle.
        QCOMPARE(WebMercator::project(0, 0), QPointF(0.5, 0.5));
    }

    void roundTrips()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 10000; ++i) {
            const double lon = rng.bounded(360.0) - 180, lat = rng.bounded(170.0) - 85;
            const QPointF back = WebMercator::unproject(WebMercator::project(lon, lat));
            QVERIFY2(qAbs(back.x() - lon) < 1e-9 && qAbs(back.y() - lat) < 1e-9, qPrintable(QString::number(lat)));
        }
    }

    void viewportRoundTrips()
    {
        MapViewport v(QPointF(0.3, 0.4), 6.3, QSize(1600, 1000));
        const QPointF s(123.5, 877.25);
        const QPointF back = v.worldToScreen(v.screenToWorld(s));
        QVERIFY(qAbs(back.x() - s.x()) < 1e-6 && qAbs(back.y() - s.y()) < 1e-6);
        const QPointF paris = v.lonLatToScreen(2.35, 48.86);
        const QPointF ll = v.screenToLonLat(paris);
        QVERIFY(qAbs(ll.x() - 2.35) < 1e-9 && qAbs(ll.y() - 48.86) < 1e-9);
        // The transform for whole paths agrees with the point function.
        const QPointF w(0.51, 0.33);
        QVERIFY((v.worldTransform().map(w) - v.worldToScreen(w)).manhattanLength() < 1e-6);
    }

    void zoomKeepsTheCursorPoint()
    {
        MapViewport v(QPointF(0.5, 0.5), 3, QSize(800, 600));
        const QPointF anchor(650, 120);
        const QPointF before = v.screenToWorld(anchor);
        v.zoomAbout(anchor, 1.75);
        QCOMPARE(v.zoom(), 4.75);
        const QPointF after = v.screenToWorld(anchor);
        QVERIFY(qAbs(before.x() - after.x()) < 1e-12 && qAbs(before.y() - after.y()) < 1e-12);
        v.zoomAbout(anchor, 100);
        QCOMPARE(v.zoom(), MapViewport::maxZoom);
    }

    void panAndFit()
    {
        MapViewport v(QPointF(0.5, 0.5), 2, QSize(1000, 500));
        v.panBy(QPointF(100, 0));
        QVERIFY(qAbs(v.centre().x() - (0.5 - 100 / 1024.0)) < 1e-12);
        const QRectF europe = WebMercator::project(QRectF(QPointF(-10, 35), QPointF(30, 60)));
        v.fit(europe);
        const QRectF shown = v.visibleWorld();
        QVERIFY(shown.contains(europe));
        // Tight in one direction: within the margins.
        QVERIFY(shown.width() < europe.width() * 1.2 || shown.height() < europe.height() * 1.2);
    }

    void scale()
    {
        // At zoom 0 the equator's 40,075 km span 256 pixels.
        MapViewport v(QPointF(0.5, 0.5), 0, QSize(256, 256));
        QVERIFY(qAbs(v.metresPerPixel() - 2 * M_PI * WebMercator::earthRadiusM / 256) < 1e-6);
    }

    void greatCircleDistances()
    {
        // London–New York, 5,570 km on the mean sphere (haversine).
        const double d = GreatCircle::distanceKm(QPointF(-0.1278, 51.5074), QPointF(-74.0060, 40.7128));
        QVERIFY2(qAbs(d - 5570) < 10, qPrintable(QString::number(d)));
        QCOMPARE(GreatCircle::distanceKm(QPointF(10, 10), QPointF(10, 10)), 0.0);
        QVERIFY(
            qAbs(GreatCircle::distanceKm(QPointF(0, 0), QPointF(180, 0)) - M_PI * GreatCircle::earthRadiusKm) < 1e-6);
    }

    void arcsCrossTheAntimeridian()
    {
        // Tokyo to Los Angeles goes over the Pacific: continuous longitudes
        // past 180°, never back over Asia, Europe or the Atlantic.
        const QPolygonF arc = GreatCircle::arc(QPointF(139.69, 35.69), QPointF(-118.24, 34.05), 64);
        QCOMPARE(arc.size(), 65);
        QCOMPARE(arc.first(), QPointF(139.69, 35.69));
        QVERIFY(qAbs(arc.last().x() - (-118.24 + 360)) < 1e-9);
        for (qsizetype i = 1; i < arc.size(); ++i) {
            QVERIFY(arc[i].x() > arc[i - 1].x());
            QVERIFY(arc[i].x() - arc[i - 1].x() < 5);
        }
        // The great circle bends north of both ends (about 48° N at its top).
        double top = -90;
        for (const QPointF& p : arc)
            top = std::max(top, p.y());
        QVERIFY2(top > 45 && top < 52, qPrintable(QString::number(top)));
        // The other way round mirrors it.
        const QPolygonF back = GreatCircle::arc(QPointF(-118.24, 34.05), QPointF(139.69, 35.69), 64);
        QVERIFY(qAbs(back.last().x() - (139.69 - 360)) < 1e-9);
        // Each interior point is on the sphere's shortest path: distances add up.
        const double whole = GreatCircle::distanceKm(arc.first(), arc.last());
        const double parts
            = GreatCircle::distanceKm(arc.first(), arc[20]) + GreatCircle::distanceKm(arc[20], arc.last());
        QVERIFY(qAbs(whole - parts) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestWebMercator)
#include "tst_webmercator.moc"
