#include "figures/figurewriter.h"
#include "figures/graphfigure.h"
#include "ingest/importjob.h"
#include "network/entitygraph.h"
#include "network/graphrenderer.h"
#include "network/layout.h"
#include "sample/samplegenerator.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {
int countNear(const QImage& img, QColor want, int tolerance = 20)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y) {
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (std::abs(c.red() - want.red()) < tolerance && std::abs(c.green() - want.green()) < tolerance
                && std::abs(c.blue() - want.blue()) < tolerance)
                ++n;
        }
    }
    return n;
}
} // namespace

class TestGraphRenderer : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void snapshotShowsNodesLinksLegendAndCaption()
    {
        QTemporaryDir dir;
        auto ws = test::sampleWorkspace(dir.path(), dir.filePath(QStringLiteral("w.waymark")), 500);
        QVERIFY(ws);
        auto eg = network::EntityGraph::load(*ws);
        QVERIFY(eg);
        const auto points = network::Layout::fruchtermanReingold(eg->graph(), {}).points;
        figures::GraphFigure f;
        f.graph = eg.value();
        f.points = points;
        f.size = QSize(800, 600);
        f.caption = QStringLiteral("Test caption");
        const QImage img = figures::FigureWriter::image(figures::graphPicture(std::move(f)));
        QCOMPARE(img.size(), QSize(800, 600));
        // People (blue), businesses (red) and phones (green) drawn, links in grey, the rest white.
        QVERIFY(countNear(img, network::GraphRenderer::typeColour(QStringLiteral("person"))) > 200);
        QVERIFY(countNear(img, network::GraphRenderer::typeColour(QStringLiteral("business"))) > 20);
        QVERIFY(countNear(img, network::GraphRenderer::typeColour(QStringLiteral("phone"))) > 20);
        QVERIFY(countNear(img, QColor(180, 180, 180), 40) > 100);
        QVERIFY(countNear(img, Qt::white, 2) > 800 * 600 / 2);
        // The caption strip at the bottom has dark text pixels.
        const QImage caption = img.copy(0, 560, 400, 40);
        QVERIFY(countNear(caption, Qt::black, 60) > 30);
    }
};

QTEST_MAIN(TestGraphRenderer)
#include "tst_graphrenderer.moc"
