#include "figures/figurewriter.h"
#include "figures/graphfigure.h"
#include "figures/legend.h"
#include "network/entitygraph.h"
#include "network/entitystyle.h"
#include "testutil.h"

#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

figures::Picture square()
{
    return figures::Picture { QSize(300, 200), QStringLiteral("A red square"), QStringLiteral("Caption 17"),
        [](QPainter& p) {
            p.fillRect(QRectF(50, 50, 100, 100), Qt::red);
            p.drawText(QPointF(20, 190), QStringLiteral("Caption 17"));
        } };
}

network::EntityGraph smallGraph()
{
    auto node = [](qint64 id, const char* type, const char* label) {
        network::EntityNode n;
        n.entityId = id;
        n.type = QString::fromLatin1(type);
        n.key = QString::number(id);
        n.label = QString::fromLatin1(label);
        return n;
    };
    std::vector<network::EntityNode> nodes { node(1, "person", "Anna"), node(2, "person", "Ben"),
        node(3, "phone", "+44 1"), node(4, "business", "Bar Sol") };
    std::vector<network::EntityGraph::LinkRecord> links;
    const std::pair<int, int> pairs[] = { { 0, 2 }, { 1, 2 }, { 0, 3 } };
    for (const auto& [a, b] : pairs) {
        network::EntityGraph::LinkRecord l {};
        l.a = a;
        l.b = b;
        l.weight = 1;
        links.push_back(l);
    }
    return network::EntityGraph::fromRecords(std::move(nodes), std::move(links));
}

} // namespace

class TestFigureWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatsBySuffix_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("magic");
        QTest::newRow("png") << QStringLiteral("f.png") << QByteArray("\x89PNG");
        QTest::newRow("PNG upper case") << QStringLiteral("F.PNG") << QByteArray("\x89PNG");
        QTest::newRow("svg") << QStringLiteral("f.svg") << QByteArray("<?xml");
        QTest::newRow("pdf") << QStringLiteral("f.pdf") << QByteArray("%PDF");
    }
    void formatsBySuffix()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, magic);
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        const Status st = figures::FigureWriter::write(path, square());
        QVERIFY2(st, qPrintable(st ? QString() : st.error().toString()));
        const QByteArray bytes = test::fileBytes(path);
        QVERIFY2(bytes.startsWith(magic), bytes.left(16).constData());
        if (name.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
            QVERIFY(bytes.contains("A red square"));
            QVERIFY(bytes.contains("Caption 17"));
        }
        if (name.endsWith(QLatin1String(".png"), Qt::CaseInsensitive)) {
            const QImage image(path);
            QCOMPARE(image.size(), QSize(300, 200));
            QCOMPARE(image.pixelColor(100, 100), QColor(Qt::red));
            QCOMPARE(image.pixelColor(250, 20), QColor(Qt::white));
        }
    }

    void explicitFormatAndScale()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("figure.bin"));
        QVERIFY(figures::FigureWriter::write(path, square(), 2, figures::FigureWriter::Format::Png));
        const QImage image(path);
        QCOMPARE(image.size(), QSize(600, 400));
        QCOMPARE(image.pixelColor(200, 200), QColor(Qt::red));
        auto png = figures::FigureWriter::png(square(), 2);
        QVERIFY(png);
        QCOMPARE(QImage::fromData(png.value(), "PNG").size(), QSize(600, 400));
    }

    void refusesUnknownSuffix()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("figure.gif"));
        const Status st = figures::FigureWriter::write(path, square());
        QVERIFY(!st);
        QVERIFY2(st.error().message.contains(QLatin1String(".png, .svg or .pdf")), qPrintable(st.error().message));
        QVERIFY(st.error().message.contains(QLatin1String("figure.gif")));
        QVERIFY(!QFile::exists(path));
    }

    void unwritablePathLeavesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/dir/f.pdf"));
        const Status st = figures::FigureWriter::write(path, square());
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(QLatin1String("f.pdf")));
    }

    void graphLegendHasOneIconPerType()
    {
        figures::GraphFigure f;
        f.graph = smallGraph();
        f.size = QSize(600, 400);
        const figures::GraphFigure prepared = figures::prepareGraphFigure(f);
        QCOMPARE(prepared.points.size(), size_t(4));
        auto symbols = [](const figures::Legend& legend) {
            QStringList labels;
            for (const auto& e : legend.entries) {
                if (e.shape == figures::Legend::Entry::Shape::Symbol && e.symbol)
                    labels << e.label;
            }
            return labels;
        };
        // The types drawn, in the house order, with how many of each.
        const figures::Legend legend = figures::graphLegend(prepared);
        QCOMPARE(symbols(legend),
            (QStringList {
                QStringLiteral("Person (2)"), QStringLiteral("Business (1)"), QStringLiteral("Phone (1)") }));
        QCOMPARE(legend.swatchCount(), 3);
        // By community: the types stay, and a note says the ring is the community.
        f.colour = figures::GraphFigure::Colour::ByCommunity;
        const figures::Legend byCommunity = figures::graphLegend(figures::prepareGraphFigure(f));
        QCOMPARE(symbols(byCommunity), symbols(legend));
        QVERIFY(std::any_of(byCommunity.entries.begin(), byCommunity.entries.end(), [](const auto& e) {
            return e.shape == figures::Legend::Entry::Shape::Note && e.label.startsWith(QLatin1String("Ring"));
        }));
        // The icon is drawn in the legend: the person's blue and white in its square.
        QImage image(300, 200, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter p(&image);
        const QRectF box = figures::paintLegend(p, legend, QRectF(image.rect()), Qt::TopLeftCorner);
        p.end();
        int blue = 0;
        for (int y = int(box.top()); y < int(box.bottom()); ++y) {
            for (int x = int(box.left()); x < int(box.left()) + 40; ++x)
                blue += image.pixelColor(x, y) == network::EntityStyle::typeColour(QStringLiteral("person"));
        }
        QVERIFY2(blue > 40, qPrintable(QString::number(blue)));
    }

    void legendIsDrawnInItsCorner()
    {
        figures::Legend legend;
        legend.title = QStringLiteral("Key");
        legend.add(figures::Legend::Entry::Shape::Box, Qt::blue, QStringLiteral("Sexual exploitation"));
        legend.add(figures::Legend::Entry::Shape::Line, Qt::red, QStringLiteral("100"), 6);
        QImage image(400, 300, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::gray);
        QRectF box;
        {
            QPainter p(&image);
            box = figures::paintLegend(p, legend, QRectF(0, 0, 400, 300));
        }
        QVERIFY(box.right() <= 400 - 12 + 0.5);
        QVERIFY(box.top() >= 12 - 0.5);
        QVERIFY(box.width() > 50 && box.height() > 30);
        int blue = 0;
        for (int y = int(box.top()); y < int(box.bottom()); ++y) {
            for (int x = int(box.left()); x < int(box.right()); ++x)
                blue += image.pixelColor(x, y) == QColor(Qt::blue);
        }
        QVERIFY2(blue > 100, qPrintable(QString::number(blue)));
    }
};

QTEST_MAIN(TestFigureWriter)
#include "tst_figurewriter.moc"
