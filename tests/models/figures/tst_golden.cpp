// Visual regression tests: four figures drawn offscreen, compared with small
// golden images in tests/data/golden/ within a tolerance.
//
// When a figure changes on purpose, regenerate the goldens with one command
// from the build folder, then look at them before committing:
//
//     WAYMARK_UPDATE_GOLDEN=1 ctest --test-dir build/dev -R tst_golden
//
// (the test writes tests/data/golden/*.png and passes). On a failure it
// writes NAME-actual.png, NAME-expected.png and NAME-diff.png (differing
// pixels in red over a faded copy of the golden) to $WAYMARK_GOLDEN_OUT, or
// to waymark-golden/ in the system's temporary folder, and names the folder.
//
// Text is drawn in DejaVu Sans loaded from its file, the font that Debian's
// fontconfig brings with Qt, so CI draws the same glyphs as a developer; the
// tolerance absorbs what anti-aliasing still varies.
#include "analysis/filter.h"
#include "analysis/incidentsnapshot.h"
#include "core/feedback.h"
#include "figures/chartfigure.h"
#include "figures/figurewriter.h"
#include "figures/graphfigure.h"
#include "figures/mapfigure.h"
#include "network/entitygraph.h"
#include "reports/reportdocument.h"
#include "reports/reportexporter.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

namespace {

constexpr QSize kSize(400, 300);
/// A pixel differs when one of its channels moves by more than this.
constexpr int kChannelTolerance = 48;
/// A figure fails when more than this share of its pixels differ.
constexpr double kFractionTolerance = 0.02;

QString goldenDir()
{
    return test::dataDir() + QStringLiteral("/golden");
}

QString outDir()
{
    const QString env = qEnvironmentVariable("WAYMARK_GOLDEN_OUT");
    return env.isEmpty() ? QDir::tempPath() + QStringLiteral("/waymark-golden") : env;
}

/// Differing pixels in red over a faded golden; counts them.
QImage difference(const QImage& expected, const QImage& actual, qint64& differing)
{
    QImage diff(expected.size(), QImage::Format_RGB32);
    differing = 0;
    for (int y = 0; y < expected.height(); ++y) {
        const QRgb* e = reinterpret_cast<const QRgb*>(expected.constScanLine(y));
        const QRgb* a = reinterpret_cast<const QRgb*>(actual.constScanLine(y));
        QRgb* d = reinterpret_cast<QRgb*>(diff.scanLine(y));
        for (int x = 0; x < expected.width(); ++x) {
            const int delta = std::max({ std::abs(qRed(e[x]) - qRed(a[x])), std::abs(qGreen(e[x]) - qGreen(a[x])),
                std::abs(qBlue(e[x]) - qBlue(a[x])) });
            if (delta > kChannelTolerance) {
                ++differing;
                d[x] = qRgb(230, 0, 0);
            } else {
                const int g = 200 + qGray(e[x]) / 5;
                d[x] = qRgb(g, g, g);
            }
        }
    }
    return diff;
}

/// Compares `image` with the golden `name`.png, or writes it as the golden
/// when WAYMARK_UPDATE_GOLDEN is set.
void compareWithGolden(const QString& name, QImage image)
{
    image = image.convertToFormat(QImage::Format_RGB32);
    const QString golden = goldenDir() + QLatin1Char('/') + name + QStringLiteral(".png");
    if (qEnvironmentVariableIntValue("WAYMARK_UPDATE_GOLDEN") == 1) {
        QVERIFY(QDir().mkpath(goldenDir()));
        // Indexed colour keeps a golden to a few KB; the tolerance covers the rounding.
        QVERIFY(image.convertToFormat(QImage::Format_Indexed8, Qt::ThresholdDither | Qt::AvoidDither)
                    .save(golden, "PNG", 0));
        qInfo("wrote %s", qPrintable(golden));
        return;
    }
    QImage expected(golden);
    QVERIFY2(!expected.isNull(),
        qPrintable(QStringLiteral("no golden %1: run WAYMARK_UPDATE_GOLDEN=1 ctest -R tst_golden").arg(golden)));
    expected = expected.convertToFormat(QImage::Format_RGB32);
    QString why;
    qint64 differing = expected.width() * qint64(expected.height());
    QImage diff;
    if (expected.size() != image.size()) {
        why = QStringLiteral("size %1x%2, golden %3x%4")
                  .arg(image.width())
                  .arg(image.height())
                  .arg(expected.width())
                  .arg(expected.height());
    } else {
        diff = difference(expected, image, differing);
        const double fraction = double(differing) / (expected.width() * qint64(expected.height()));
        if (fraction > kFractionTolerance)
            why = QStringLiteral("%1 % of the pixels differ (at most %2 % may)")
                      .arg(fraction * 100, 0, 'f', 2)
                      .arg(kFractionTolerance * 100, 0, 'f', 1);
    }
    if (why.isEmpty())
        return;
    const QString dir = outDir();
    QDir().mkpath(dir);
    image.save(dir + QLatin1Char('/') + name + QStringLiteral("-actual.png"));
    expected.save(dir + QLatin1Char('/') + name + QStringLiteral("-expected.png"));
    if (!diff.isNull())
        diff.save(dir + QLatin1Char('/') + name + QStringLiteral("-diff.png"));
    QFAIL(qPrintable(QStringLiteral("%1: %2; actual, expected and difference images are in %3 (regenerate with "
                                    "WAYMARK_UPDATE_GOLDEN=1 if the change is meant)")
                         .arg(name, why, dir)));
}

} // namespace

class TestGolden : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<store::Workspace> m_ws;

private Q_SLOTS:
    void initTestCase()
    {
        const QString font = QStringLiteral("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        if (!QFile::exists(font))
            QSKIP("DejaVu Sans (Debian's fonts-dejavu-core) is not installed: goldens are drawn in it");
        const int id = QFontDatabase::addApplicationFont(font);
        QVERIFY(id >= 0);
        QFont f(QFontDatabase::applicationFontFamilies(id).value(0));
        f.setPixelSize(12);
        f.setHintingPreference(QFont::PreferNoHinting);
        QGuiApplication::setFont(f);
        m_path = m_dir.filePath(QStringLiteral("w.waymark"));
        m_ws = test::sampleWorkspace(m_dir.path(), m_path, 400, 3);
        QVERIFY(m_ws);
    }

    void timeline()
    {
        Feedback feedback;
        auto snapshot = analysis::IncidentSnapshot::load(*m_ws, analysis::Filter(), feedback);
        QVERIFY(snapshot);
        const auto figure = figures::timelineFigure(*snapshot.value(), QDate(2015, 1, 1).toJulianDay(),
            QDate(2020, 12, 31).toJulianDay(), kSize, QStringLiteral("Golden timeline"));
        compareWithGolden(QStringLiteral("timeline"), figures::FigureWriter::image(figures::chartPicture(figure)));
    }

    void mapFrame()
    {
        figures::MapFigure request;
        request.workspace = m_path;
        request.size = kSize;
        request.margin = 16;
        request.caption = QStringLiteral("Golden map");
        auto drawn = figures::drawMap(request);
        QVERIFY2(drawn, qPrintable(drawn ? QString() : drawn.error().toString()));
        compareWithGolden(QStringLiteral("map"), figures::FigureWriter::image(drawn->picture));
    }

    void linkChart()
    {
        auto graph = network::EntityGraph::load(*m_ws);
        QVERIFY(graph);
        figures::GraphFigure request;
        request.graph = std::move(graph.value());
        request.pieces = 1;
        request.labels = 6;
        request.size = kSize;
        request.caption = QStringLiteral("Golden link chart");
        const QImage image = figures::FigureWriter::image(figures::graphPicture(request));
        // The same request draws the same picture: the layout is seeded.
        QCOMPARE(figures::FigureWriter::image(figures::graphPicture(request)), image);
        compareWithGolden(QStringLiteral("linkchart"), image);
    }

    void reportPage()
    {
        // The second page of a report (its contents under the running header
        // and footer), as poppler draws the PDF, at 36 dpi.
        auto doc = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::StandardKjr);
        doc.title = QStringLiteral("Golden report");
        doc.reference = QStringLiteral("WM-2026-001");
        doc.author = QStringLiteral("Analyst");
        doc.date = QDate(2026, 1, 15);
        doc.dataCutOff = QDate(2026, 1, 10);
        auto pdf = reports::ReportExporter::pdf(doc, 150);
        QVERIFY2(pdf, qPrintable(pdf ? QString() : pdf.error().toString()));
        const QString file = m_dir.filePath(QStringLiteral("report.pdf"));
        test::writeFile(file, pdf.value());
        const test::Run run = test::run(QStringLiteral("pdftoppm"),
            { QStringLiteral("-r"), QStringLiteral("36"), QStringLiteral("-f"), QStringLiteral("2"),
                QStringLiteral("-l"), QStringLiteral("2"), QStringLiteral("-png"), QStringLiteral("-singlefile"), file,
                m_dir.filePath(QStringLiteral("page")) });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        const QImage page(m_dir.filePath(QStringLiteral("page.png")));
        QVERIFY(!page.isNull());
        compareWithGolden(QStringLiteral("report-page"), page);
    }

    void comparisonCatchesAChangeAndWritesTheDifference()
    {
        // The comparison itself: a figure with a moved bar fails, and says where its images are.
        QImage a(kSize, QImage::Format_RGB32);
        a.fill(Qt::white);
        QImage b = a;
        QPainter(&b).fillRect(QRect(100, 100, 80, 60), Qt::blue);
        qint64 differing = 0;
        const QImage diff = difference(a, b, differing);
        QCOMPARE(differing, qint64(80 * 60));
        QCOMPARE(diff.pixel(120, 120), qRgb(230, 0, 0));
        QVERIFY(diff.pixel(10, 10) != qRgb(230, 0, 0));
        difference(a, a, differing);
        QCOMPARE(differing, qint64(0));
    }
};

QTEST_MAIN(TestGolden)
#include "tst_golden.moc"
