#include "analysis/analysiscontext.h"
#include "analysis/incidentsnapshot.h"
#include "figures/figurewriter.h"
#include "figures/mapfigure.h"
#include "map/mapmodel.h"
#include "map/maprenderer.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

bool near(QColor a, QColor b, int tolerance = 6)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}

/// Share of pixels in rows [from, to) of the colour.
double share(const QImage& image, int from, int to, QColor colour, int tolerance = 6)
{
    qint64 n = 0, all = 0;
    for (int y = from; y < to; ++y) {
        for (int x = 0; x < image.width(); ++x, ++all)
            n += near(image.pixelColor(x, y), colour, tolerance);
    }
    return all ? double(n) / all : 0;
}

const QColor ocean(0xd7, 0xe4, 0xee);
const QColor land(0xf5, 0xf3, 0xee);

} // namespace

class TestMapFigure : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        m_ws = m_dir.filePath(QStringLiteral("w.waymark"));
        auto ws = test::sampleWorkspace(m_dir.path(), m_ws, 400);
        QVERIFY(ws);
    }

    void viewportShowsOneWorld_data()
    {
        QTest::addColumn<QRectF>("bounds");
        QTest::addColumn<QSize>("size");
        QTest::newRow("nothing, wide") << QRectF() << QSize(1600, 1000);
        QTest::newRow("nothing, tall") << QRectF() << QSize(600, 1000);
        QTest::newRow("a wide band") << QRectF(0.05, 0.40, 0.9, 0.02) << QSize(1200, 800);
        QTest::newRow("the whole world") << QRectF(0, 0, 1, 1) << QSize(1200, 750);
        QTest::newRow("europe") << QRectF(0.46, 0.28, 0.08, 0.06) << QSize(1200, 800);
        QTest::newRow("one place") << QRectF(0.51, 0.33, 0, 0) << QSize(400, 300);
        QTest::newRow("at the edge") << QRectF(0.97, 0.1, 0.03, 0.05) << QSize(800, 500);
    }
    void viewportShowsOneWorld()
    {
        QFETCH(QRectF, bounds);
        QFETCH(QSize, size);
        const map::MapViewport v = figures::figureViewport(bounds, size, 40);
        QCOMPARE(v.size(), size);
        // The world covers the frame once: no second copy beside or below, no empty band.
        const QRectF shown = v.visibleWorld();
        const double eps = 1e-9;
        QVERIFY2(shown.left() >= -eps && shown.right() <= 1 + eps && shown.top() >= -eps && shown.bottom() <= 1 + eps,
            qPrintable(QStringLiteral("%1 %2 %3 %4")
                           .arg(shown.left())
                           .arg(shown.top())
                           .arg(shown.right())
                           .arg(shown.bottom())));
        // What there is to show is shown whole when one world has room for it.
        const QRectF want = bounds.isNull() ? figures::inhabitedWorld() : bounds;
        if (want.width() * v.worldPixels() <= size.width() && want.height() * v.worldPixels() <= size.height()) {
            const QRectF grown = shown.adjusted(-eps, -eps, eps, eps);
            QVERIFY(grown.contains(want.topLeft()) && grown.contains(want.bottomRight()));
        }
    }

    void mapFigureFillsItsImage()
    {
        figures::MapFigure request;
        request.workspace = m_ws;
        request.size = QSize(800, 500);
        request.title = QStringLiteral("Sample routes");
        auto drawn = figures::drawMap(request);
        QVERIFY2(drawn, qPrintable(drawn ? QString() : drawn.error().toString()));
        QVERIFY(drawn->counts.inWindow > 0);
        const QImage image = figures::FigureWriter::image(drawn->picture);
        QCOMPARE(image.size(), QSize(800, 500));
        // Not mostly empty: the map reaches every side, hardly a pixel of the blank white page
        // (the legend's and caption's boxes are translucent, so never pure white).
        QVERIFY2(share(image, 0, image.height(), Qt::white, 0) < 0.02,
            qPrintable(QString::number(share(image, 0, image.height(), Qt::white, 0))));
        QVERIFY(share(image, 0, image.height(), ocean) > 0.15);
        QVERIFY(share(image, 0, image.height(), land) > 0.05);
        // No second world below the first: the top and bottom tenths are not both land-filled bands,
        // and neither is blank.
        const int tenth = image.height() / 10;
        const double topLand = share(image, 0, tenth, land),
                     bottomLand = share(image, image.height() - tenth - 22, image.height() - 22, land);
        QVERIFY2(
            !(topLand > 0.3 && bottomLand > 0.3), qPrintable(QStringLiteral("%1 %2").arg(topLand).arg(bottomLand)));
        QVERIFY(share(image, 0, tenth, Qt::white, 0) < 0.05);
        QVERIFY(share(image, image.height() - tenth, image.height(), Qt::white, 0) < 0.05);

        // Printed at twice the size, the same picture: the land scales with
        // the painter too (it was once drawn at 1× in the top left quarter).
        auto png = figures::FigureWriter::png(drawn->picture, 2);
        QVERIFY(png);
        const QImage twice = QImage::fromData(png.value(), "PNG");
        QCOMPARE(twice.size(), QSize(1600, 1000));
        for (const auto& [from, to] : { std::pair { 0, 250 }, std::pair { 250, 478 } }) {
            const double once = share(image, from, to, land), doubled = share(twice, 2 * from, 2 * to, land);
            QVERIFY2(std::abs(once - doubled) < 0.04,
                qPrintable(
                    QStringLiteral("rows %1-%2: land %3 at 1×, %4 at 2×").arg(from).arg(to).arg(once).arg(doubled)));
        }
    }

    void legendHasOneEntryPerDrawnType()
    {
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_ws));
        map::MapModel model(&context);
        QVERIFY(model.loadNow());
        const quint32 layers = map::MapRenderer::Basemap | map::MapRenderer::Points;
        model.setLayers(layers);
        // The types of the incidents on the map, from the snapshot itself.
        const auto snapshot = model.snapshot();
        QVERIFY(snapshot);
        quint32 bits = 0;
        bool untyped = false;
        for (quint32 i : model.members()) {
            if (i >= snapshot->pointCount)
                continue;
            bits |= snapshot->exploitation[i];
            untyped |= snapshot->exploitation[i] == 0;
        }
        const figures::Legend legend = figures::mapLegend(model.renderer(), layers);
        int dots = 0;
        for (const auto& e : legend.entries)
            dots += e.shape == figures::Legend::Entry::Shape::Dot;
        QVERIFY(dots > 1);
        QCOMPARE(dots, qPopulationCount(bits & 0x1FF) + (untyped ? 1 : 0));
        // Routes not drawn: no route entries.
        for (const auto& e : legend.entries)
            QVERIFY(e.shape != figures::Legend::Entry::Shape::Line);
    }

    /// Sized for print, a figure's text is as tall on paper as on the
    /// screen, whatever its pixel count: its pixel height follows the dots per inch.
    void printTextScalesWithTheResolution()
    {
        figures::MapFigure request;
        request.workspace = m_ws;
        request.size = QSize(1200, 750);
        request.layers = map::MapRenderer::Basemap;
        request.title = QStringLiteral("Hg");
        auto titleHeight = [&](double inches, double scale) {
            request.printWidthInches = inches;
            auto drawn = figures::drawMap(request);
            if (!drawn)
                return -1;
            const QImage image = figures::FigureWriter::image(drawn->picture, scale);
            // The title is the only black ink in the top left quarter.
            int top = image.height(), bottom = -1;
            for (int y = 0; y < image.height() / 4; ++y) {
                for (int x = 0; x < image.width() / 4; ++x) {
                    if (image.pixelColor(x, y).lightness() < 60) {
                        top = std::min(top, y);
                        bottom = std::max(bottom, y);
                    }
                }
            }
            return bottom - top + 1;
        };
        const int screen = titleHeight(0, 1); // 96 dpi
        const int print300 = titleHeight(8, 2); // 2400 px printed 8 inches wide: 300 dpi
        const int print600 = titleHeight(4, 2); // the same pixels, 4 inches: 600 dpi
        QVERIFY2(screen > 5 && print300 > 0 && print600 > 0,
            qPrintable(QStringLiteral("%1 %2 %3").arg(screen).arg(print300).arg(print600)));
        // Pixels per dot per inch: the same height on paper as on a 96 dpi screen.
        const double onScreen = screen / 96.0, at300 = print300 / 300.0, at600 = print600 / 600.0;
        QVERIFY2(std::abs(at300 / onScreen - 1) < 0.2 && std::abs(at600 / at300 - 1) < 0.15,
            qPrintable(
                QStringLiteral("%1 px at 96 dpi, %2 at 300, %3 at 600").arg(screen).arg(print300).arg(print600)));
        // And so 2400 px for 300 dpi draw it over 3 times taller than the screen's 1200.
        QVERIFY(print300 > 2.5 * screen);
    }

    /// Data in one region: the figure frames the region, the bubbles spread
    /// over most of the frame rather than a corner of a world map.
    void regionalDataFillsTheFrame()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("region.waymark"));
        {
            auto ws = test::sampleWorkspace(dir.path(), path, 300);
            QVERIFY(ws);
            // Every incident moved to the Balkans, some 8° by 5°.
            QVERIFY(ws->exec("UPDATE incidents SET lon = 14 + (id % 83) * 0.1, lat = 41 + (id % 47) * 0.1"));
        }
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(path));
        map::MapModel model(&context);
        QVERIFY(model.loadNow());
        const quint32 layers = map::MapRenderer::Basemap | map::MapRenderer::Points;
        model.setLayers(layers);
        model.renderer().setLegendVisible(false);
        model.renderer().setBaseCache(false);
        const QSize size(1200, 750);
        const map::MapViewport v = figures::figureViewport(model.dataBounds(), size, 40);
        QImage image(size, QImage::Format_ARGB32);
        image.fill(Qt::white);
        {
            QPainter p(&image);
            figures::paintMapFigure(p, model.renderer(), v, layers, {}, {});
        }
        // The box of the bubbles' colours (saturated; the sea and the land are not).
        QRect ink;
        for (int y = 0; y < image.height() - 50; ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.hsvSaturation() > 120 && c.value() > 40)
                    ink |= QRect(x, y, 1, 1);
            }
        }
        QVERIFY(!ink.isEmpty());
        const double wide = double(ink.width()) / size.width(), high = double(ink.height()) / size.height();
        QVERIFY2(std::max(wide, high) > 0.75 && wide * high > 0.3,
            qPrintable(QStringLiteral("the data cover %1 × %2 of the frame").arg(wide).arg(high)));
        // Centred: as much room left as right.
        QVERIFY(std::abs(ink.left() - (size.width() - 1 - ink.right())) < size.width() / 8);
        // The whole world would have put them in a few per cent of it.
        QVERIFY(v.zoom() > 4);
    }

    /// The screen's map (its cached base and names blitted as sprites)
    /// shows what a figure drawn in one vector pass shows: names and all,
    /// at most a pixel's anti-aliasing apart; and a second frame is the first.
    void cachedScreenDrawsAsTheFigure()
    {
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_ws));
        map::MapModel model(&context);
        QVERIFY(model.loadNow());
        const quint32 layers = map::MapRenderer::defaultLayers();
        QVERIFY(layers & map::MapRenderer::Labels);
        model.setLayers(layers);
        model.renderer().setLegendVisible(false);
        const QSize size(1200, 750);
        const map::MapViewport v = figures::figureViewport(model.dataBounds(), size, 40);
        auto draw = [&](bool cached, quint32 shown) {
            model.renderer().setBaseCache(cached);
            QImage image(size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter p(&image);
            figures::paintMapFigure(p, model.renderer(), v, shown, {}, {});
            return image;
        };
        // Pixels of `a` more than a quarter of the range apart, in some
        // channel, from `b`'s pixel there (or, with `shift`, from every `b`
        // pixel within one of there: a name placed on whole pixels).
        auto apart = [](const QImage& a, const QImage& b, int shift = 0) {
            auto near = [](QRgb p, QRgb q) {
                return std::abs(qRed(p) - qRed(q)) <= 64 && std::abs(qGreen(p) - qGreen(q)) <= 64
                    && std::abs(qBlue(p) - qBlue(q)) <= 64;
            };
            qint64 n = 0;
            for (int y = 0; y < a.height(); ++y) {
                for (int x = 0; x < a.width(); ++x) {
                    bool matched = false;
                    for (int dy = -shift; dy <= shift && !matched; ++dy) {
                        for (int dx = -shift; dx <= shift && !matched; ++dx) {
                            const int bx = x + dx, by = y + dy;
                            matched = bx >= 0 && by >= 0 && bx < b.width() && by < b.height()
                                && near(a.pixel(x, y), b.pixel(bx, by));
                        }
                    }
                    n += !matched;
                }
            }
            return n;
        };
        const QImage vector = draw(false, layers);
        const QImage screen = draw(true, layers);
        const QImage again = draw(true, layers);
        const QImage unnamed = draw(false, layers & ~quint32(map::MapRenderer::Labels));
        const qint64 names = apart(vector, unnamed);
        QVERIFY2(names > 500, qPrintable(QString::number(names))); // the names are there to compare
        const qint64 differ = apart(vector, screen, 1);
        QVERIFY2(differ < names / 10, qPrintable(QStringLiteral("%1 of %2").arg(differ).arg(names)));
        QCOMPARE(apart(screen, again), qint64(0));
    }

    /// The choropleth is computed only while it is shown: a new time window
    /// with the default layers builds none (it would redraw all under the
    /// routes); turned on, it is there for the window.
    void choroplethOnlyWhileShown()
    {
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_ws));
        map::MapModel model(&context);
        QVERIFY(model.loadNow());
        model.setLayers(map::MapRenderer::defaultLayers() & ~quint32(map::MapRenderer::Choropleth));
        analysis::Filter f = context.filter();
        const auto [lo, hi] = model.daySpan();
        f.dayFrom = lo + (hi - lo) / 3;
        f.dayTo = hi;
        context.setFilter(f);
        QTRY_VERIFY(!model.isApplyingWindow());
        QVERIFY(!model.renderer().choropleth());
        model.setLayers(model.layers() | map::MapRenderer::Choropleth);
        QVERIFY(model.renderer().choropleth());
        QVERIFY(model.renderer().choropleth()->classCount() > 0);
    }

    /// Data in a band of the world (the sample's, from 35° S to 60° N): a
    /// report's figure takes the band's shape rather than a frame half sea.
    void reportFigureTakesTheDataShape()
    {
        figures::MapFigure request;
        request.workspace = m_ws;
        request.size = QSize(1200, 750);
        request.layers = map::MapRenderer::Basemap | map::MapRenderer::Points;
        request.printWidthInches = figures::reportFigureInches;
        request.shapeToData = true;
        auto drawn = figures::drawMap(request);
        QVERIFY(drawn);
        const QSize size = drawn->picture.size;
        QCOMPARE(size.width(), 1200);
        QVERIFY(size.height() <= 750 && size.height() >= 480);
        const QImage image = figures::FigureWriter::image(drawn->picture, 2);
        QCOMPARE(image.size(), size * 2);
        // Land in the top and the bottom fifth alike (above the caption): no empty half.
        const int fifth = image.height() / 5;
        const double top = share(image, 0, fifth, land), bottom = share(image, 4 * fifth - 60, 5 * fifth - 60, land);
        QVERIFY2(top > 0.05 && bottom > 0.05,
            qPrintable(QStringLiteral("land %1 at the top, %2 at the bottom").arg(top).arg(bottom)));
    }

private:
    QTemporaryDir m_dir;
    QString m_ws;
};

QTEST_MAIN(TestMapFigure)
#include "tst_mapfigure.moc"
