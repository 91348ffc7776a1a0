#include "analysis/analysiscontext.h"
#include "geo/countrynames.h"
#include "geo/webmercator.h"
#include "geo/worldlayer.h"
#include "map/clusterbubbles.h"
#include "map/maplabels.h"
#include "map/mapmodel.h"
#include "map/maprenderer.h"
#include "map/playframes.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDate>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace waymark;

namespace {

/// A frame of 1200 × 800 centred on a lon/lat at a zoom.
map::MapViewport frame(double lon, double lat, double zoom, double symbolScale = 1)
{
    map::MapViewport v(QPointF(geo::WebMercator::x(lon), geo::WebMercator::y(lat)), zoom, QSize(1200, 800));
    v.setSymbolScale(symbolScale);
    return v;
}

bool circleTouchesRect(QPointF c, double r, const QRectF& rect)
{
    const double dx = std::max({ rect.left() - c.x(), 0.0, c.x() - rect.right() });
    const double dy = std::max({ rect.top() - c.y(), 0.0, c.y() - rect.bottom() });
    return dx * dx + dy * dy < r * r - 1e-6;
}

} // namespace

/// Names on the map and bubbles that never overlap, on the real sample
/// workspace and the built-in world.
class TestMapLabels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(test::sampleWorkspace(m_dir.path(), m_ws, 3000));
        QVERIFY(m_context.openWorkspace(m_ws));
        m_model = std::make_unique<map::MapModel>(&m_context);
        QVERIFY(m_model->loadNow());
        m_model->setLayers(map::MapRenderer::defaultLayers());
    }

    void cleanupTestCase()
    {
        m_model.reset();
        QVERIFY(geo::CountryNames::setLanguage(QStringLiteral("en")));
    }

    void views_data()
    {
        QTest::addColumn<double>("lon");
        QTest::addColumn<double>("lat");
        QTest::addColumn<double>("zoom");
        QTest::addColumn<double>("symbolScale");
        QTest::newRow("world") << 10.0 << 20.0 << 2.2 << 1.0;
        QTest::newRow("europe") << 12.0 << 48.0 << 4.0 << 1.0;
        QTest::newRow("europe for print") << 12.0 << 48.0 << 4.0 << 2.0;
        QTest::newRow("a region") << 15.0 << 45.0 << 6.0 << 1.0;
        QTest::newRow("a city") << 12.5 << 41.9 << 9.0 << 1.0;
        QTest::newRow("across the antimeridian") << 179.0 << 0.0 << 1.0 << 1.0;
    }

    /// No two bubbles overlap, whatever the zoom; every incident on the map is in one.
    void bubblesNeverOverlap_data() { views_data(); }
    void bubblesNeverOverlap()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, zoom);
        QFETCH(double, symbolScale);
        const map::MapViewport v = frame(lon, lat, zoom, symbolScale);
        const std::vector<map::ClusterBubble> bubbles = m_model->renderer().bubbles(v);
        QVERIFY(!bubbles.empty() || zoom > 8);
        for (size_t a = 0; a < bubbles.size(); ++a) {
            QCOMPARE(bubbles[a].radius, map::bubbleRadius(bubbles[a].count) * symbolScale);
            for (size_t b = a + 1; b < bubbles.size(); ++b) {
                const QPointF d = bubbles[a].centre - bubbles[b].centre;
                QVERIFY2(std::hypot(d.x(), d.y()) >= bubbles[a].radius + bubbles[b].radius,
                    qPrintable(
                        QStringLiteral("bubbles of %1 and %2 overlap").arg(bubbles[a].count).arg(bubbles[b].count)));
            }
        }
        if (zoom <= 2.5) {
            // The whole world in view (at least once): every located incident is in a bubble of the first copy.
            qint64 counted = 0;
            for (const map::ClusterBubble& b : bubbles)
                counted += b.count;
            QVERIFY(counted >= m_model->counts().points);
        }
    }

    /// Names never overlap each other or a bubble, stay inside the frame, and
    /// there are some at every zoom.
    void labelsNeverOverlap_data() { views_data(); }
    void labelsNeverOverlap()
    {
        QFETCH(double, lon);
        QFETCH(double, lat);
        QFETCH(double, zoom);
        QFETCH(double, symbolScale);
        const map::MapViewport v = frame(lon, lat, zoom, symbolScale);
        const quint32 layers = map::MapRenderer::defaultLayers();
        const std::vector<map::PlacedLabel> labels = m_model->renderer().labels(v, layers);
        const std::vector<map::ClusterBubble> bubbles = m_model->renderer().bubbles(v);
        // A country or two in a city's view, more further out.
        QVERIFY2(labels.size() >= (zoom > 8 ? 1u : 3u), qPrintable(QString::number(labels.size())));
        const QRectF whole(QPointF(0, 0), QSizeF(v.size()));
        for (size_t a = 0; a < labels.size(); ++a) {
            QVERIFY(whole.contains(labels[a].rect));
            for (size_t b = a + 1; b < labels.size(); ++b)
                QVERIFY2(!labels[a].rect.intersects(labels[b].rect),
                    qPrintable(labels[a].text + QStringLiteral(" / ") + labels[b].text));
            for (const map::ClusterBubble& b : bubbles)
                QVERIFY2(!circleTouchesRect(b.centre, b.radius, labels[a].rect), qPrintable(labels[a].text));
        }
        // Nor under what a figure draws over the map: here a legend over the top right quarter.
        const QRectF legend(v.size().width() / 2.0, 0, v.size().width() / 2.0, v.size().height() / 2.0);
        const auto clear = m_model->renderer().labels(v, layers, { legend });
        QVERIFY(!clear.empty());
        for (const map::PlacedLabel& l : clear)
            QVERIFY2(!l.rect.intersects(legend), qPrintable(l.text));
    }

    /// Zoomed in on the data, cities with incidents are named, the busiest first.
    void citiesWithIncidentsAreNamed()
    {
        const auto& cities = m_model->renderer().cityLabels();
        QVERIFY(!cities.empty());
        for (size_t k = 1; k < cities.size(); ++k)
            QVERIFY(cities[k - 1].priority >= cities[k].priority);
        // Centred on the busiest city, deep enough to separate it from its neighbours.
        const map::MapLabel& busiest = cities.front();
        const QPointF ll(geo::WebMercator::lon(busiest.anchor.x()), geo::WebMercator::lat(busiest.anchor.y()));
        bool named = false;
        for (double zoom : { 5.0, 7.0, 9.0 }) {
            for (const map::PlacedLabel& l : m_model->renderer().labels(frame(ll.x(), ll.y(), zoom), ~0u))
                named |= l.kind == map::MapLabel::Kind::City && l.text == busiest.text;
        }
        QVERIFY2(named, qPrintable(busiest.text));
        // Zoomed out to the world, no city at all.
        for (const map::PlacedLabel& l : m_model->renderer().labels(frame(0, 20, 1.5), ~0u))
            QVERIFY(l.kind == map::MapLabel::Kind::Country);
    }

    /// Country names follow the interface's language (Debian's iso-codes).
    void countryNamesFollowTheLanguage()
    {
        const auto& world = geo::WorldLayer::shared();
        QVERIFY(world);
        auto named = [&](const QString& text) {
            for (const map::MapLabel& l : map::MapLabels::countries(world.value()))
                if (l.text == text)
                    return true;
            return false;
        };
        QVERIFY(named(QStringLiteral("Germany")));
        if (geo::CountryNames::catalogPath(QStringLiteral("fr")).isEmpty())
            QSKIP("iso-codes' French catalogue is not installed (scripts/dev.sh deps installs it)");
        QVERIFY(geo::CountryNames::setLanguage(QStringLiteral("fr")));
        QCOMPARE(geo::CountryNames::ofCode(QStringLiteral("DE")), QStringLiteral("Allemagne"));
        QVERIFY(named(QStringLiteral("Allemagne")));
        // And on the map itself, over Europe.
        bool shown = false;
        for (const map::PlacedLabel& l : m_model->renderer().labels(frame(10, 51, 4.5), ~0u))
            shown |= l.text == QStringLiteral("Allemagne");
        QVERIFY(shown);
        QVERIFY(geo::CountryNames::setLanguage(QStringLiteral("es")));
        QCOMPARE(geo::CountryNames::ofCode(QStringLiteral("DE")), QStringLiteral("Alemania"));
        QVERIFY(geo::CountryNames::setLanguage(QStringLiteral("en")));
        QVERIFY(named(QStringLiteral("Germany")));
    }

    /// ▶ Play's frames start on the first of a month, a year's on 1 January or 1 July.
    void playFramesStartOnABoundary()
    {
        using map::PlayFrames;
        const qint64 odd = QDate(2003, 12, 30).toJulianDay();
        const PlayFrames::Frame year = PlayFrames::first(odd, 12);
        QCOMPARE(QDate::fromJulianDay(year.from), QDate(2003, 7, 1));
        QCOMPARE(QDate::fromJulianDay(year.to), QDate(2004, 6, 30));
        const PlayFrames::Frame month = PlayFrames::first(odd, 1);
        QCOMPARE(QDate::fromJulianDay(month.from), QDate(2003, 12, 1));
        QCOMPARE(QDate::fromJulianDay(month.to), QDate(2003, 12, 31));
        // Every step of a year's window, half a year on, to the end of the data.
        const qint64 last = QDate(2006, 2, 10).toJulianDay();
        std::optional<PlayFrames::Frame> f = PlayFrames::first(QDate(2004, 3, 17).toJulianDay(), 12);
        QStringList starts;
        while (f) {
            const QDate d = QDate::fromJulianDay(f->from);
            QCOMPARE(d.day(), 1);
            QCOMPARE(QDate::fromJulianDay(f->to).addDays(1), d.addMonths(12));
            starts << d.toString(Qt::ISODate);
            f = PlayFrames::next(*f, 12, last);
        }
        QCOMPARE(starts,
            QStringList({ QStringLiteral("2004-01-01"), QStringLiteral("2004-07-01"), QStringLiteral("2005-01-01"),
                QStringLiteral("2005-07-01"), QStringLiteral("2006-01-01") }));
        // Three months step a month at a time.
        const auto q = PlayFrames::next(PlayFrames::first(odd, 3), 3, last);
        QVERIFY(q);
        QCOMPARE(QDate::fromJulianDay(q->from), QDate(2004, 1, 1));
    }

private:
    QTemporaryDir m_dir;
    QString m_ws;
    analysis::AnalysisContext m_context;
    std::unique_ptr<map::MapModel> m_model;
};

QTEST_MAIN(TestMapLabels)
#include "tst_maplabels.moc"
