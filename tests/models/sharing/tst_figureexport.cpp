#include "analysis/filter.h"
#include "figures/figurewriter.h"
#include "network/entitygraph.h"
#include "sharing/figureexport.h"
#include "sharing/tablecsvexport.h"
#include "store/statement.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QtTest>

using namespace waymark;
using namespace waymark::sharing;

namespace {

using test::lastAudit;
using test::withheldFor;

} // namespace

/// Figures, `waymark render` and table CSV through the one releasability
/// check (issue 17 §1): what may not go is not drawn nor written, the
/// command line refuses with exit code 3 what was asked for and may not go,
/// and every export writes an audit record naming what left and where.
class TestFigureExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::forbiddenRecordWorkspace(m_dir.path(), 400, 3);
        QVERIFY(m_ws);
        m_path = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(!test::keysUnderTlp(*m_ws, QStringLiteral("incidents"), QStringLiteral("TLP:RED")).isEmpty());
        QVERIFY(!test::keysUnderTlp(*m_ws, QStringLiteral("incidents"), QStringLiteral("TLP:AMBER+STRICT")).isEmpty());
    }

    void mapsAndChartsAreDrawnWithoutWhatMayNotGo()
    {
        const QStringList red = test::keysUnderTlp(*m_ws, QStringLiteral("incidents"), QStringLiteral("TLP:RED"));
        const QStringList strict
            = test::keysUnderTlp(*m_ws, QStringLiteral("incidents"), QStringLiteral("TLP:AMBER+STRICT"));
        auto keysUnder = [this](const analysis::Filter& f) { return test::incidentKeysUnder(*m_ws, f); };
        for (Destination to : { Destination::Partner, Destination::OwnOrganisation }) {
            auto outcome = FigureExport::checkIncidents(*m_ws, analysis::Filter(), to);
            QVERIFY(outcome);
            QCOMPARE(withheldFor(outcome.value(), Releasability::Reason::TlpRed), qint64(red.size()));
            QCOMPARE(withheldFor(outcome.value(), Releasability::Reason::AmberStrictOutside),
                to == Destination::Partner ? qint64(strict.size()) : qint64(0));
            const analysis::Filter drawn = FigureExport::releasedFilter(analysis::Filter(), outcome.value());
            const QSet<QString> shown = keysUnder(drawn);
            QCOMPARE(qint64(shown.size()), qint64(outcome->released.of(RecordKind::Incident).size()));
            for (const QString& k : red)
                QVERIFY2(!shown.contains(k), qPrintable(k));
            for (const QString& k : strict)
                QCOMPARE(shown.contains(k), to == Destination::OwnOrganisation);
            // The narrowed filter survives a report figure's JSON.
            QCOMPARE(analysis::Filter::fromJson(drawn.toJson()), drawn);
        }
    }

    void linkChartsAreDrawnWithoutWhatMayNotGo()
    {
        auto graph = network::EntityGraph::load(*m_ws);
        QVERIFY(graph);
        auto outcome = FigureExport::checkGraph(*m_ws, graph.value(), Destination::Partner);
        QVERIFY(outcome);
        QVERIFY(withheldFor(outcome.value(), Releasability::Reason::TlpRed) > 0);
        QVERIFY(withheldFor(outcome.value(), Releasability::Reason::AmberStrictOutside) > 0);
        const network::EntityGraph drawn = FigureExport::releasedGraph(*m_ws, graph.value(), outcome.value());
        QCOMPARE(qint64(drawn.nodes().size()), qint64(outcome->released.of(RecordKind::Entity).size()));
        QSet<QString> keys;
        for (const auto& n : drawn.nodes())
            keys.insert(n.key);
        for (const char* tlp : { "TLP:RED", "TLP:AMBER+STRICT" }) {
            for (const QString& k : test::keysUnderTlp(*m_ws, QStringLiteral("entities"), QLatin1String(tlp)))
                QVERIFY2(!keys.contains(k), qPrintable(k));
        }
        QVERIFY(drawn.graph().edgeCount() > 0);
        QVERIFY(drawn.graph().edgeCount() < graph->graph().edgeCount());
    }

    void writeRecordsWhatLeftAndWhere()
    {
        auto outcome = FigureExport::checkIncidents(*m_ws, analysis::Filter(), Destination::Partner);
        QVERIFY(outcome);
        figures::Picture picture;
        picture.size = QSize(200, 100);
        picture.paint = [](QPainter& p) { p.drawLine(0, 0, 200, 100); };
        const QString path = m_dir.filePath(QStringLiteral("figure.svg"));
        auto sha = FigureExport::write(*m_ws, outcome.value(), picture, path, QStringLiteral("map"));
        QVERIFY2(sha, qPrintable(sha.error().toString()));
        const QByteArray svg = test::fileBytes(path);
        QVERIFY(svg.contains("<svg"));
        // The file carries its marking: drawn, and at the head of its description.
        QVERIFY(!outcome->marking.isEmpty());
        QVERIFY2(svg.contains(outcome->marking.toUtf8()), svg.left(2000).constData());
        QVERIFY(FigureExport::marked(picture, outcome.value()).caption.startsWith(outcome->marking));
        const QStringList audit = lastAudit(*m_ws);
        QCOMPARE(audit.value(0), QStringLiteral("export.figure"));
        QCOMPARE(audit.value(1), QStringLiteral("figure.svg"));
        QVERIFY2(audit.value(2).contains(QStringLiteral("destination=partner")), qPrintable(audit.value(2)));
        QVERIFY(audit.value(2).contains(QStringLiteral("tlp_red:")));
        QVERIFY(audit.value(2).contains(QStringLiteral("figure=map")));
        QVERIFY(audit.value(2).contains(QStringLiteral("sha256=") + sha.value()));
        QVERIFY(audit.value(2).contains(path));
        const QString png = m_dir.filePath(QStringLiteral("figure.png"));
        QVERIFY(FigureExport::write(*m_ws, outcome.value(), picture, png, QStringLiteral("map")));
        const QImage image(png);
        QCOMPARE(image.size(), QSize(200, 100));
        QCOMPARE(image.pixelColor(194, 90), QColor(Qt::black)); // the label's ground, bottom right
        bool labelled = false;
        for (int x = 100; x < 200 && !labelled; ++x)
            for (int y = 80; y < 100 && !labelled; ++y)
                labelled = image.pixelColor(x, y) == FigureExport::markingColour(outcome->marking);
        QVERIFY2(labelled, qPrintable(outcome->marking));
        // Nothing may go: nothing is written.
        Releasability::Outcome empty = outcome.value();
        empty.released = ExportSelection();
        const QString none = m_dir.filePath(QStringLiteral("none.png"));
        QVERIFY(!FigureExport::write(*m_ws, empty, picture, none, QStringLiteral("map")));
        QVERIFY(!QFile::exists(none));
    }

    void csvCellsCannotBeFormulas_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::addRow("equals") << QStringLiteral("=HYPERLINK(\"http://x\")")
                                << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::addRow("plus") << QStringLiteral("+1+cmd|' /C calc'!A0") << QStringLiteral("'+1+cmd|' /C calc'!A0");
        QTest::addRow("minus") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::addRow("at") << QStringLiteral("@SUM(A1:A9)") << QStringLiteral("'@SUM(A1:A9)");
        QTest::addRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::addRow("return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::addRow("negative number") << QStringLiteral("-12.5") << QStringLiteral("-12.5");
        QTest::addRow("text") << QStringLiteral("Tirana") << QStringLiteral("Tirana");
        QTest::addRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }

    void csvCellsCannotBeFormulas()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(TableCsvExport::guardCell(cell), written);
    }

    void csvOfATableIsGuardedAndChecked()
    {
        // A table of incidents, one of them TLP:RED, with a formula in a cell.
        const QString red = test::keysUnderTlp(*m_ws, QStringLiteral("incidents"), QStringLiteral("TLP:RED")).value(0);
        const QStringList going = m_ws->strings(
            "SELECT i.incident_key FROM incidents i JOIN sources s ON s.id = i.source_id WHERE s.tlp = 'TLP:GREEN' "
            "ORDER BY i.id LIMIT 2");
        QCOMPARE(going.size(), 2);
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({ QStringLiteral("Incident"), QStringLiteral("Note") });
        const QStringList keys { going[0], red, going[1] };
        const QStringList notes { QStringLiteral("=1+1"), QStringLiteral("secret"), QStringLiteral("-3") };
        for (int r = 0; r < 3; ++r) {
            auto* key = new QStandardItem(keys[r]);
            key->setData(
                m_ws->strings(
                        QStringLiteral("SELECT id FROM incidents WHERE incident_key = '%1'").arg(keys[r]).toStdString())
                    .value(0)
                    .toLongLong(),
                Qt::UserRole + 7);
            model.appendRow({ key, new QStandardItem(notes[r]) });
        }
        TableCsvExport::Table t;
        t.model = &model;
        t.rows = { 0, 1, 2 };
        t.columns = { 0, 1 };
        t.kind = RecordKind::Incident;
        t.idRole = Qt::UserRole + 7;
        auto outcome = TableCsvExport::check(*m_ws, t, Destination::Partner);
        QVERIFY(outcome);
        QCOMPARE(withheldFor(outcome.value(), Releasability::Reason::TlpRed), qint64(1));
        const QString path = m_dir.filePath(QStringLiteral("table.csv"));
        auto written = TableCsvExport::write(*m_ws, outcome.value(), t, path);
        QVERIFY(written);
        QCOMPARE(written.value(), 2);
        const QByteArray csv = test::fileBytes(path);
        // Each row ends with its own marking (its source's label, no conditions here).
        QCOMPARE(csv,
            QByteArray("Incident,Note,tlp,handling_conditions\n" + going[0].toUtf8() + ",'=1+1,TLP:GREEN,\n"
                + going[1].toUtf8() + ",-3,TLP:GREEN,\n"));
        const QStringList audit = lastAudit(*m_ws);
        QCOMPARE(audit.value(0), QStringLiteral("export.csv"));
        QCOMPARE(audit.value(1), QStringLiteral("table.csv"));
        QVERIFY(audit.value(2).contains(QStringLiteral("tlp_red:1")));
    }

    /// `waymark render map|chart|graph`: the same summary as every export,
    /// exit 3 when what was asked for may not go, an audit record otherwise.
    void renderGoesThroughTheCheck_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("suffix");
        QTest::addRow("map") << QStringList { QStringLiteral("map") } << QStringLiteral(".png");
        QTest::addRow("timeline") << QStringList { QStringLiteral("chart"), QStringLiteral("--chart"),
            QStringLiteral("timeline") }
                                  << QStringLiteral(".svg");
        QTest::addRow("breakdown") << QStringList { QStringLiteral("chart"), QStringLiteral("--chart"),
            QStringLiteral("sources") }
                                   << QStringLiteral(".svg");
        QTest::addRow("graph") << QStringList { QStringLiteral("graph") } << QStringLiteral(".svg");
    }

    void renderGoesThroughTheCheck()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, suffix);
        const QString name = QString::fromLatin1(QTest::currentDataTag());
        const QStringList base = QStringList { QStringLiteral("render") } + args
            + QStringList { QStringLiteral("--workspace"), m_path, QStringLiteral("--size"),
                  QStringLiteral("400x300") };
        // Asked for whole, with TLP:RED in it: refused, nothing written, nothing recorded.
        const qint64 audits = m_ws->count(QStringLiteral("audit_log"));
        const QString refused = m_dir.filePath(name + QStringLiteral("-refused") + suffix);
        test::Run r = test::runWaymark(
            base + QStringList { QStringLiteral("--out"), refused, QStringLiteral("--include-restricted") });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(Releasability::reasonText(Releasability::Reason::TlpRed)), qPrintable(r.out));
        QVERIFY2(r.err.contains(QStringLiteral("Refused")), qPrintable(r.err));
        QVERIFY(!QFile::exists(refused));
        QCOMPARE(m_ws->count(QStringLiteral("audit_log")), audits);
        // To a partner, AMBER+STRICT is refused too.
        r = test::runWaymark(base
            + QStringList { QStringLiteral("--out"), refused, QStringLiteral("--include-restricted"),
                QStringLiteral("--destination"), QStringLiteral("partner") });
        QCOMPARE(r.code, 3);
        QVERIFY2(
            r.out.contains(Releasability::reasonText(Releasability::Reason::AmberStrictOutside)), qPrintable(r.out));
        QVERIFY(!QFile::exists(refused));
        // Not asked for whole: drawn without them, and recorded.
        const QString drawn = m_dir.filePath(name + suffix);
        r = test::runWaymark(base + QStringList { QStringLiteral("--out"), drawn });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(Releasability::reasonText(Releasability::Reason::TlpRed)));
        QVERIFY(QFile::exists(drawn));
        auto reopened = store::Workspace::open(m_path, store::Workspace::Mode::OpenExisting);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().toString() + reopened.error().detail));
        const QStringList audit = lastAudit(*reopened.value());
        QCOMPARE(audit.value(0), QStringLiteral("export.figure"));
        QCOMPARE(audit.value(1), QFileInfo(drawn).fileName());
        QVERIFY2(audit.value(2).contains(QStringLiteral("destination=own")), qPrintable(audit.value(2)));
        QVERIFY(audit.value(2).contains(QStringLiteral("tlp_red:")));
    }

    void renderOfNothingThatMayGoIsRefused()
    {
        // The sample's only financial partner source is TLP:RED.
        const QString out = m_dir.filePath(QStringLiteral("red-only.png"));
        const test::Run r = test::runWaymark({ QStringLiteral("render"), QStringLiteral("map"),
            QStringLiteral("--workspace"), m_path, QStringLiteral("--source-kind"), QStringLiteral("financial_partner"),
            QStringLiteral("--size"), QStringLiteral("300x200"), QStringLiteral("--out"), out });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("no figure was written")), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
    }
};

QTEST_MAIN(TestFigureExport)
#include "tst_figureexport.moc"
