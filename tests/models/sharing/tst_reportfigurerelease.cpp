#include "analysis/filter.h"
#include "map/maprenderer.h"
#include "reports/reportstore.h"
#include "sharing/figureexport.h"
#include "sharing/figuremaker.h"
#include "sharing/reportrelease.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QImage>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QtTest>

using namespace waymark;
using namespace waymark::sharing;

namespace {

/// The PNG images an HTML export embeds, in order.
QList<QByteArray> embeddedImages(const QString& path)
{
    QList<QByteArray> images;
    const QString html = QString::fromUtf8(test::fileBytes(path));
    static const QRegularExpression uri(QStringLiteral("data:image/png;base64,([A-Za-z0-9+/=]+)"));
    for (auto it = uri.globalMatch(html); it.hasNext();)
        images << QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return images;
}

using test::lastAudit;
using test::withheldFor;

} // namespace

/// Figures inside an exported report through the one releasability check
/// (issue 17 §1): a figure drawn from records that may not go to the
/// destination is drawn again for the copy under the released filter (the
/// one `waymark render` uses) and says so; one that cannot be drawn again is
/// left out with a placeholder; the stored report is not changed.
class TestReportFigureRelease : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    QString m_path;
    qint64 m_id = 0;
    QByteArray m_storedMap;
    QStringList m_red, m_strict;

    /// The incident keys a filter draws.
    QSet<QString> keysUnder(const analysis::Filter& f) { return test::incidentKeysUnder(*m_ws, f); }

    FigureMaker::Request mapRequest() const
    {
        return { QStringLiteral("map"), analysis::Filter(),
            QJsonObject { { QStringLiteral("layers"), qint64(map::MapRenderer::defaultLayers()) } } };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::forbiddenRecordWorkspace(m_dir.path(), 400, 3);
        QVERIFY(m_ws);
        m_path = m_ws->path();
        m_red = test::keysUnderTlp(*m_ws, QStringLiteral("incidents"), QStringLiteral("TLP:RED"));
        m_strict = test::keysUnderTlp(*m_ws, QStringLiteral("incidents"), QStringLiteral("TLP:AMBER+STRICT"));
        QVERIFY(!m_red.isEmpty());
        QVERIFY(!m_strict.isEmpty());

        // A report as the editor makes it: a map and a sources chart drawn
        // from every incident (TLP:RED among them), and a pasted image.
        auto doc = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::StandardKjr);
        doc.title = QStringLiteral("Corridor");
        auto map = FigureMaker::make(m_path, mapRequest());
        QVERIFY2(map, qPrintable(map ? QString() : map.error().toString()));
        m_storedMap = map->png;
        doc.addFigure(map->png, map->figure);
        auto chart = FigureMaker::make(m_path,
            { QStringLiteral("chart"), analysis::Filter(),
                QJsonObject { { QStringLiteral("breakdown"), QStringLiteral("sources") } } });
        QVERIFY2(chart, qPrintable(chart ? QString() : chart.error().toString()));
        doc.addFigure(chart->png, chart->figure);
        QImage pasted(40, 30, QImage::Format_RGB32);
        pasted.fill(Qt::red);
        QByteArray png;
        QBuffer b(&png);
        b.open(QIODevice::WriteOnly);
        QVERIFY(pasted.save(&b, "PNG"));
        reports::Figure p;
        p.kind = QStringLiteral("chart");
        p.caption = QStringLiteral("Pasted from elsewhere");
        doc.addFigure(png, p);
        reports::ReportStore store(*m_ws);
        auto id = store.create(doc, QStringLiteral("test"));
        QVERIFY(id);
        m_id = id.value();
    }

    void partnerGetsFiguresDrawnWithoutWhatMayNotGo()
    {
        reports::ReportStore store(*m_ws);
        auto doc = store.load(m_id);
        QVERIFY(doc);
        auto outcome = ReportRelease::check(*m_ws, doc.value(), Destination::Partner);
        QVERIFY(outcome);
        QCOMPARE(outcome->withheldCount(), qint64(0)); // it cites nothing: only the figures hold records
        QCOMPARE(outcome->notes.value(0), QStringLiteral("2 drawn again, 1 left out, 0 as drawn"));
        QVERIFY(outcome->summary().contains(QStringLiteral("figure 3 (Breakdown chart): left out")));

        const QString html = m_dir.filePath(QStringLiteral("partner.html"));
        auto written
            = ReportRelease::write(*m_ws, doc.value(), outcome.value(), reports::ReportExporter::Format::Html, html);
        QVERIFY2(written, qPrintable(written ? QString() : written.error().toString()));
        QCOMPARE(written->redrawn, 2);
        QCOMPARE(written->leftOut, 1);

        // The map that left is not the stored drawing: it is the map drawn
        // under the filter `waymark render map --destination partner` uses.
        const QList<QByteArray> images = embeddedImages(html);
        QCOMPARE(images.size(), 2);
        QVERIFY(images[0] != m_storedMap);
        auto check = FigureExport::checkIncidents(*m_ws, analysis::Filter(), Destination::Partner);
        QVERIFY(check);
        const analysis::Filter released = FigureExport::releasedFilter(analysis::Filter(), check.value());
        FigureMaker::Request expected = mapRequest();
        expected.filter = released;
        auto drawn = FigureMaker::make(m_path, expected);
        QVERIFY(drawn);
        QCOMPARE(images[0], drawn->png);
        // That filter leaves out every TLP:RED and AMBER+STRICT incident and keeps the rest.
        const QSet<QString> going = keysUnder(released);
        QVERIFY(!going.isEmpty());
        for (const QString& k : m_red + m_strict)
            QVERIFY2(!going.contains(k), qPrintable(k));
        QCOMPARE(qint64(going.size()), qint64(keysUnder(analysis::Filter()).size()) - check->withheldCount());

        int withheldSources = 0;
        for (const auto& s : check->sources)
            withheldSources += s.withheld ? 1 : 0;
        QVERIFY(withheldSources >= 2);
        QCOMPARE(
            written->doc.figures[0].caption, doc->figures[0].caption + QStringLiteral(" (drawn again for this copy)"));
        QVERIFY2(written->doc.figures[0].filter.contains(
                     QStringLiteral("without %1 source(s) that may not go").arg(withheldSources)),
            qPrintable(written->doc.figures[0].filter));
        const QString text = QString::fromUtf8(test::fileBytes(html));
        QVERIFY(text.contains(QStringLiteral("[Figure left out of this copy:")));
        QVERIFY(!text.contains(doc->figures[2].imageSha));

        // The stored report is not changed; the audit record counts the figures.
        auto again = store.load(m_id);
        QVERIFY(again);
        QCOMPARE(again->figures[0].imageSha, doc->figures[0].imageSha);
        QCOMPARE(again->figures[0].caption, doc->figures[0].caption);
        QCOMPARE(again->images.value(again->figures[0].imageSha), m_storedMap);
        const QStringList audit = lastAudit(*m_ws);
        QCOMPARE(audit.value(0), QStringLiteral("export.report"));
        QVERIFY2(audit.value(2).contains(QStringLiteral("destination=partner")), qPrintable(audit.value(2)));
        QVERIFY2(audit.value(2).contains(QStringLiteral("figures_redrawn=2 figures_left_out=1")),
            qPrintable(audit.value(2)));
    }

    void ownOrganisationKeepsWhatItMaySee()
    {
        reports::ReportStore store(*m_ws);
        auto doc = store.load(m_id);
        QVERIFY(doc);
        auto outcome = ReportRelease::check(*m_ws, doc.value(), Destination::OwnOrganisation);
        QVERIFY(outcome);
        // TLP:RED goes nowhere, so the map is drawn again even for the own
        // organisation, but with the AMBER+STRICT incidents it may see.
        auto check = FigureExport::checkIncidents(*m_ws, analysis::Filter(), Destination::OwnOrganisation);
        QVERIFY(check);
        const analysis::Filter released = FigureExport::releasedFilter(analysis::Filter(), check.value());
        const QSet<QString> going = keysUnder(released);
        for (const QString& k : m_strict)
            QVERIFY2(going.contains(k), qPrintable(k));
        for (const QString& k : m_red)
            QVERIFY2(!going.contains(k), qPrintable(k));
        // The marking of the copy is that of the most restrictive record its figures show.
        QCOMPARE(outcome->marking, QStringLiteral("TLP:AMBER+STRICT"));

        const QString html = m_dir.filePath(QStringLiteral("own.html"));
        auto written
            = ReportRelease::write(*m_ws, doc.value(), outcome.value(), reports::ReportExporter::Format::Html, html);
        QVERIFY(written);
        const QList<QByteArray> images = embeddedImages(html);
        QCOMPARE(images.size(), 2);
        FigureMaker::Request expected = mapRequest();
        expected.filter = released;
        auto drawn = FigureMaker::make(m_path, expected);
        QVERIFY(drawn);
        QCOMPARE(images[0], drawn->png);
        QVERIFY(images[0] != m_storedMap);
        QVERIFY(written->doc.marking.text().contains(QStringLiteral("TLP:AMBER+STRICT")));
    }

    void commandLineTakesTheSamePath()
    {
        for (const QString& format : { QStringLiteral("md"), QStringLiteral("pdf") }) {
            const QString out = m_dir.filePath(QStringLiteral("cli.") + format);
            const test::Run r
                = test::runWaymark({ QStringLiteral("report"), QStringLiteral("export"), QStringLiteral("--workspace"),
                    m_path, QStringLiteral("--report"), QString::number(m_id), QStringLiteral("--format"), format,
                    QStringLiteral("--destination"), QStringLiteral("partner"), QStringLiteral("--out"), out });
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(
                r.out.contains(QStringLiteral("Figures: 2 drawn again, 1 left out, 0 as drawn")), qPrintable(r.out));
            QVERIFY(QFileInfo(out).size() > 0);
            QVERIFY(lastAudit(*m_ws).value(2).contains(QStringLiteral("figures_redrawn=2 figures_left_out=1")));
        }
        // Markdown embeds the images as HTML does: the map is the one drawn for a partner.
        const QString md = QString::fromUtf8(test::fileBytes(m_dir.filePath(QStringLiteral("cli.md"))));
        QVERIFY(md.contains(QStringLiteral("[Figure left out of this copy:")));
        QVERIFY(md.contains(QStringLiteral("source(s) that may not go")));
    }
};

QTEST_MAIN(TestReportFigureRelease)
#include "tst_reportfigurerelease.moc"
