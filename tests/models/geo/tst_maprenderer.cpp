#include "analysis/incidentsnapshot.h"
#include "figures/figurewriter.h"
#include "figures/mapfigure.h"
#include "geo/greatcircle.h"
#include "geo/webmercator.h"
#include "geo/worldlayer.h"
#include "map/choropleth.h"
#include "map/maprenderer.h"
#include "map/pointclusters.h"
#include "map/routeflows.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

using namespace waymark;
using analysis::IncidentSnapshot;

namespace {

/// Places: 0 France, 1 Portugal, 2 Russia (country centroids as capitals).
std::shared_ptr<IncidentSnapshot> handMade()
{
    auto s = std::make_shared<IncidentSnapshot>();
    struct P {
        const char* iso3;
        const char* name;
        double lon, lat;
    };
    const P places[]
        = { { "FRA", "France", 2.35, 48.86 }, { "PRT", "Portugal", -9.14, 38.72 }, { "RUS", "Russia", 37.62, 55.75 } };
    for (int k = 0; k < 3; ++k) {
        analysis::PlaceInfo p;
        p.iso3 = QString::fromLatin1(places[k].iso3);
        p.name = QString::fromLatin1(places[k].name);
        p.country = k;
        p.lon = places[k].lon;
        p.lat = places[k].lat;
        s->places.insert(k, p);
    }
    // 40 incidents in Paris, exploited in France, from Portugal to Russia (a route).
    for (int i = 0; i < 40; ++i) {
        const double x = geo::WebMercator::x(2.35), y = geo::WebMercator::y(48.86);
        s->ids.push_back(i + 1);
        s->x.push_back(x);
        s->y.push_back(y);
        s->morton.push_back(IncidentSnapshot::mortonCode(x, y));
        s->dayFrom.push_back(2459000);
        s->dayTo.push_back(2459000);
        s->exploitation.push_back(1u << 1); // forced labour
        s->victims.push_back(2);
        s->country.push_back(0);
        s->origin.push_back(1);
        s->destination.push_back(2);
        s->located.push_back(IncidentSnapshot::Located::Point);
    }
    s->pointCount = 40;
    return s;
}

QColor at(const QImage& image, QPointF p)
{
    return image.pixelColor(p.toPoint());
}

bool close(QColor a, QColor b, int tolerance = 12)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

} // namespace

class TestMapRenderer : public QObject {
    Q_OBJECT
private:
    std::shared_ptr<const geo::VectorLayer> m_world;
    std::shared_ptr<IncidentSnapshot> m_snap;
    std::vector<quint32> m_all;

    std::unique_ptr<map::MapRenderer> makeRenderer() const
    {
        auto r = std::make_unique<map::MapRenderer>();
        r->setWorld(m_world);
        r->setClusters(std::make_shared<map::PointClusters>(m_snap, m_all));
        r->setRoutes(std::make_shared<map::RouteFlows>(map::RouteFlows::build(*m_snap, m_all)));
        r->setChoropleth(std::make_shared<map::Choropleth>(
            map::Choropleth::build(*m_snap, m_all, map::Choropleth::Measure::Exploitation)));
        return r;
    }
    static map::MapViewport europe()
    {
        map::MapViewport v(QPointF(0.5, 0.5), 3, QSize(1200, 800));
        v.fit(geo::WebMercator::project(QRectF(QPointF(-15, 30), QPointF(45, 65))), 20);
        return v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto world = geo::WorldLayer::load();
        QVERIFY2(world, qPrintable(world.error().toString()));
        m_world = std::make_shared<const geo::VectorLayer>(std::move(world).value());
        m_snap = handMade();
        m_all.resize(m_snap->size());
        std::iota(m_all.begin(), m_all.end(), 0u);
    }

    void choroplethFillsTheKnownCountry()
    {
        const auto owner = makeRenderer();
        const map::MapRenderer& r = *owner;
        const map::MapViewport v = europe();
        QImage image(v.size(), QImage::Format_ARGB32);
        {
            QPainter p(&image);
            r.paint(p, v, map::MapRenderer::Basemap | map::MapRenderer::Choropleth);
        }
        // France holds all 80 victims: the one class, the darkest colour.
        const QColor france = at(image, v.lonLatToScreen(2.0, 46.5));
        QVERIFY2(close(france, r.choropleth()->colour(0)),
            qPrintable(france.name() + QLatin1Char(' ') + r.choropleth()->colour(0).name()));
        // Spain has no victims: plain land. The Atlantic is sea.
        const QColor spain = at(image, v.lonLatToScreen(-3.7, 40.4));
        QVERIFY2(close(spain, QColor(0xf5, 0xf3, 0xee)), qPrintable(spain.name()));
        const QColor sea = at(image, v.lonLatToScreen(-20, 45));
        QVERIFY2(close(sea, QColor(0xd7, 0xe4, 0xee)), qPrintable(sea.name()));
        QVERIFY(r.countryAt(QPointF(2.0, 46.5)) >= 0);
        QCOMPARE(
            m_world->features[r.countryAt(QPointF(2.0, 46.5))].attributes.value(QStringLiteral("iso_a3")).toString(),
            QStringLiteral("FRA"));
    }

    void routeArcRunsBetweenItsEnds()
    {
        const auto owner = makeRenderer();
        const map::MapRenderer& r = *owner;
        QCOMPARE(r.drawnRoutes(), 1);
        const map::MapViewport v = europe();
        QImage image(v.size(), QImage::Format_ARGB32);
        {
            QPainter p(&image);
            r.paint(p, v, map::MapRenderer::Basemap | map::MapRenderer::Routes);
        }
        // Pixels along the great circle from Lisbon to Moscow are the route's red.
        const QPolygonF arc = geo::GreatCircle::arc(QPointF(-9.14, 38.72), QPointF(37.62, 55.75), 10);
        int red = 0;
        for (int k = 1; k < 10; ++k) {
            const QColor c = at(image, v.lonLatToScreen(arc[k].x(), arc[k].y()));
            red += c.red() > c.green() + 60 && c.red() > c.blue() + 60;
        }
        QVERIFY2(red >= 8, qPrintable(QString::number(red)));
        // Far from the arc (the Sahara), no red.
        const QColor sahara = at(image, v.lonLatToScreen(10, 32));
        QVERIFY(!(sahara.red() > sahara.green() + 60));
        // The hit test finds the route on the arc and nothing off it.
        const QPointF mid = v.lonLatToScreen(arc[5].x(), arc[5].y());
        QCOMPARE(r.routeAt(v, mid), 0);
        QCOMPARE(r.routeAt(v, v.lonLatToScreen(10, 32)), -1);
    }

    void clusterBubbleAndLegend()
    {
        const auto owner = makeRenderer();
        const map::MapRenderer& r = *owner;
        const map::MapViewport v = europe();
        QImage image(v.size(), QImage::Format_ARGB32);
        {
            QPainter p(&image);
            figures::paintMapFigure(p, r, v, map::MapRenderer::defaultLayers(), {}, QStringLiteral("caption"));
        }
        // One bubble of 40 forced-labour incidents over Paris, in forced labour's blue.
        const QPointF paris = v.lonLatToScreen(2.35, 48.86);
        const auto c = r.clusterAt(v, paris);
        QVERIFY(c);
        QCOMPARE(c->count, 40);
        const double radius = map::MapRenderer::bubbleRadius(40);
        const QColor fill = at(image, paris + QPointF(radius * 0.6, radius * 0.6));
        QVERIFY2(close(fill, map::MapRenderer::typeColour(1), 20), qPrintable(fill.name()));
        QVERIFY(!r.clusterAt(v, paris + QPointF(radius + 30, 0)));
        // The legend box sits top right: mostly white, with dark text in it.
        int white = 0, dark = 0;
        for (int y = 20; y < 90; ++y) {
            for (int x = v.size().width() - 150; x < v.size().width() - 30; ++x) {
                const QColor px = image.pixelColor(x, y);
                white += px.lightness() > 240;
                dark += px.lightness() < 80;
            }
        }
        QVERIFY2(white > 3000 && dark > 50, qPrintable(QStringLiteral("%1 %2").arg(white).arg(dark)));
        // The caption strip at the bottom.
        QVERIFY(image.pixelColor(v.size().width() / 2, v.size().height() - 5).lightness() > 230);
    }

    void exportsPngAndSvg()
    {
        const auto owner = makeRenderer();
        const map::MapRenderer& r = *owner;
        const map::MapViewport v = europe();
        QTemporaryDir dir;
        const QString png = dir.filePath(QStringLiteral("m.png")), svg = dir.filePath(QStringLiteral("m.svg"));
        const figures::Picture picture
            = figures::mapPicture(r, v, map::MapRenderer::allLayers, {}, QStringLiteral("All incidents"));
        QVERIFY(figures::FigureWriter::write(png, picture));
        QCOMPARE(QImage(png).size(), v.size());
        QVERIFY(figures::FigureWriter::write(svg, picture));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("All incidents"));
        // A path that cannot be written is an error, and leaves nothing behind.
        const QString bad = dir.filePath(QStringLiteral("no/such/dir/m.png"));
        const Status failed = figures::FigureWriter::write(bad, picture);
        QVERIFY(!failed);
        QVERIFY(failed.error().message.contains(QStringLiteral("m.png")));
    }

    void layerNames()
    {
        quint32 layers = 0;
        QString why;
        QVERIFY(map::MapRenderer::parseLayers(QStringLiteral("basemap, routes,points"), &layers, &why));
        QCOMPARE(layers, quint32(map::MapRenderer::Basemap | map::MapRenderer::Routes | map::MapRenderer::Points));
        QVERIFY(!map::MapRenderer::parseLayers(QStringLiteral("basemap,heat"), &layers, &why));
        QVERIFY(why.contains(QStringLiteral("heat")) && why.contains(QStringLiteral("hotspots")));
    }
};

QTEST_MAIN(TestMapRenderer)
#include "tst_maprenderer.moc"
