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

        // Printed at twice the size, the same picture.
        auto png = figures::FigureWriter::png(drawn->picture, 2);
        QVERIFY(png);
        QCOMPARE(QImage::fromData(png.value(), "PNG").size(), QSize(1600, 1000));
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

private:
    QTemporaryDir m_dir;
    QString m_ws;
};

QTEST_MAIN(TestMapFigure)
#include "tst_mapfigure.moc"
