#include "analysis/breakdown.h"
#include "figures/chartfigure.h"
#include "figures/figurewriter.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QImage>
#include <QTest>

using namespace waymark;

namespace {

/// The longest run of `colour` along row y (horizontal bars) or column x
/// (vertical bars) of the image.
int runOf(const QImage& image, const QColor& colour, int at, bool alongRow)
{
    int best = 0, run = 0;
    const int n = alongRow ? image.width() : image.height();
    for (int i = 0; i < n; ++i) {
        const QColor c = alongRow ? image.pixelColor(i, at) : image.pixelColor(at, i);
        run = c.rgb() == colour.rgb() ? run + 1 : 0;
        best = std::max(best, run);
    }
    return best;
}

/// Where `colour` first shows scanning rows (or columns) from the start.
QList<int> linesWith(const QImage& image, const QColor& colour, bool rows)
{
    QList<int> lines;
    const int n = rows ? image.height() : image.width();
    for (int i = 0; i < n; ++i) {
        if (runOf(image, colour, i, rows) > 3)
            lines << i;
    }
    return lines;
}

analysis::Breakdown twoBars()
{
    analysis::Breakdown b;
    b.kind = analysis::Breakdown::Kind::Sources;
    b.title = QStringLiteral("Incidents by source");
    b.valueLabel = QStringLiteral("Incidents");
    b.categories = { QStringLiteral("NGO"), QStringLiteral("Police") };
    b.categoryKeys = b.categories;
    b.series = { QStringLiteral("All") };
    b.seriesKeys = b.series;
    b.values = { { 40, 20 } };
    return b;
}

} // namespace

class TestChartFigure : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void barsAreToScale()
    {
        figures::ChartFigure f = figures::breakdownFigure(twoBars());
        f.size = QSize(800, 400);
        const QImage image = figures::FigureWriter::image(figures::chartPicture(f));
        QCOMPARE(image.size(), QSize(800, 400));
        const QColor colour = figures::seriesColour(0);
        const QList<int> rows = linesWith(image, colour, true);
        QVERIFY(!rows.isEmpty());
        // Two bars, one above the other: the first (40) twice as long as the second (20).
        const int first = runOf(image, colour, rows.first() + 2, true);
        const int second = runOf(image, colour, rows.last() - 2, true);
        QVERIFY2(first > 0 && second > 0, qPrintable(QStringLiteral("%1 %2").arg(first).arg(second)));
        QVERIFY2(
            std::abs(double(first) / second - 2.0) < 0.05, qPrintable(QStringLiteral("%1 %2").arg(first).arg(second)));
    }

    void stacksShareABar()
    {
        analysis::Breakdown b = twoBars();
        b.series = { QStringLiteral("Women"), QStringLiteral("Men") };
        b.seriesKeys = b.series;
        b.values = { { 30, 10 }, { 10, 10 } };
        figures::ChartFigure f = figures::breakdownFigure(b);
        f.size = QSize(800, 400);
        const QImage image = figures::FigureWriter::image(figures::chartPicture(f));
        const QList<int> a = linesWith(image, figures::seriesColour(0), true);
        const QList<int> c = linesWith(image, figures::seriesColour(1), true);
        QVERIFY(!a.isEmpty());
        QVERIFY(!c.isEmpty());
        // The stacks of the first bar lie in the same rows, 30 + 10 against 10 + 10:
        // the row where the first stack runs longest (not a legend swatch).
        int row = a.first();
        for (int y : a) {
            if (runOf(image, figures::seriesColour(0), y, true) > runOf(image, figures::seriesColour(0), row, true))
                row = y;
        }
        const int women = runOf(image, figures::seriesColour(0), row, true);
        const int men = runOf(image, figures::seriesColour(1), row, true);
        QVERIFY2(std::abs(double(women) / men - 3.0) < 0.1, qPrintable(QStringLiteral("%1 %2").arg(women).arg(men)));
    }

    void verticalWithBand()
    {
        figures::ChartFigure f;
        f.title = QStringLiteral("Incidents over time");
        f.valueLabel = QStringLiteral("Incidents");
        f.categories = { QStringLiteral("2019"), QStringLiteral("2020"), QStringLiteral("2021") };
        f.series = { QStringLiteral("Sexual") };
        f.colours = { figures::exploitationColour(0) };
        f.values = { { 5, 10, 0 } };
        f.bandLabel = QStringLiteral("Known to the month or year only");
        f.band = { 0, 3, 3 };
        f.size = QSize(600, 400);
        const QImage image = figures::FigureWriter::image(figures::chartPicture(f));
        const QList<int> columns = linesWith(image, figures::exploitationColour(0), false);
        QVERIFY(!columns.isEmpty());
        // Two bars rising: the second twice as tall as the first.
        const int width = columns.size() / 2;
        const int first = runOf(image, figures::exploitationColour(0), columns.first() + width / 2, false);
        const int second = runOf(image, figures::exploitationColour(0), columns.last() - width / 2, false);
        QVERIFY2(
            std::abs(double(second) / first - 2.0) < 0.1, qPrintable(QStringLiteral("%1 %2").arg(first).arg(second)));
        // The band: a light fill under dark hatching, spread over its bins.
        QVERIFY(!linesWith(image, QColor(215, 215, 232), true).isEmpty());
        QVERIFY(image.pixelColor(0, 0) != QColor(70, 70, 120));
        int hatch = 0;
        for (int y = image.height() / 2; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                hatch += image.pixelColor(x, y) == QColor(70, 70, 120);
        QVERIFY(hatch > 20);
    }

    void emptySaysSo()
    {
        figures::ChartFigure f = figures::breakdownFigure(analysis::Breakdown());
        f.size = QSize(400, 300);
        QBuffer svg;
        QVERIFY(svg.open(QIODevice::WriteOnly));
        QVERIFY(figures::FigureWriter::write(svg, figures::chartPicture(f), figures::FigureWriter::Format::Svg));
        QVERIFY(svg.data().contains("Nothing under this filter"));
    }

    void svgCarriesTitleAndCaption()
    {
        figures::ChartFigure f = figures::breakdownFigure(twoBars());
        f.caption = QStringLiteral("All incidents · data as of 2026-11-30");
        QBuffer svg;
        QVERIFY(svg.open(QIODevice::WriteOnly));
        QVERIFY(figures::FigureWriter::write(svg, figures::chartPicture(f), figures::FigureWriter::Format::Svg));
        QVERIFY(svg.data().contains("Incidents by source"));
        QVERIFY(svg.data().contains("data as of 2026-11-30"));
        QVERIFY(svg.data().contains("Police"));
    }
};

int main(int argc, char** argv)
{
    QGuiApplication app(argc, argv);
    TestChartFigure t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_chartfigure.moc"
