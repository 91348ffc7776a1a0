#include "ingest/importjob.h"
#include "network/entitygraph.h"
#include "network/graphexport.h"
#include "sample/samplegenerator.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using ingest::GraphDocument;

namespace {
Result<GraphDocument> parse(const QByteArray& xml)
{
    QBuffer b;
    b.setData(xml);
    b.open(QIODevice::ReadOnly);
    return GraphDocument::read(&b, QStringLiteral("chart.graphml"));
}

GraphDocument small()
{
    GraphDocument d;
    d.nodes.append({ QStringLiteral("P1"), QStringLiteral("Ana \"the boss\" <X>"), QStringLiteral("person"),
        { { QStringLiteral("dob"), QStringLiteral("1980-02-03") } }, 0 });
    d.nodes.append({ QStringLiteral("T1"), QStringLiteral("+44 7700 900001"), QStringLiteral("phone"), {}, 0 });
    d.links.append({ QStringLiteral("L1"), QStringLiteral("P1"), QStringLiteral("T1"), QStringLiteral("uses"), 2.5,
        { { QStringLiteral("channel"), QStringLiteral("WhatsApp") } }, 0, 0, QStringLiteral("2021"),
        QStringLiteral("2023-05") });
    return d;
}
} // namespace

class TestGraphDocument : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<bool>("gexf");
        QTest::newRow("GraphML") << false;
        QTest::newRow("GEXF") << true;
    }
    void roundTrip()
    {
        QFETCH(bool, gexf);
        const GraphDocument d = small();
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        QVERIFY(gexf ? d.writeGexf(&b) : d.writeGraphML(&b));
        b.close();
        const auto back = parse(b.data());
        QVERIFY2(back, qPrintable(back.error().toString()));
        QCOMPARE(back->nodes.size(), 2);
        QCOMPARE(back->nodes[0].id, QStringLiteral("P1"));
        QCOMPARE(back->nodes[0].label, d.nodes[0].label);
        QCOMPARE(back->nodes[0].type, QStringLiteral("person"));
        QCOMPARE(back->nodes[0].attributes, d.nodes[0].attributes);
        QCOMPARE(back->links.size(), 1);
        QCOMPARE(back->links[0].source, QStringLiteral("P1"));
        QCOMPARE(back->links[0].type, QStringLiteral("uses"));
        QCOMPARE(back->links[0].weight, 2.5);
        QCOMPARE(back->links[0].attributes, d.links[0].attributes);
        QCOMPARE(back->links[0].firstSeen, QStringLiteral("2021"));
        QCOMPARE(back->links[0].lastSeen, QStringLiteral("2023-05"));
    }
    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("error");
        QTest::newRow("broken XML") << QByteArray("<graphml>\n  <graph>\n    <node id=\"a\">\n  </graph>\n</graphml>")
                                    << "chart.graphml:4:10: broken XML: Opening and ending tag mismatch.";
        QTest::newRow("not a graph") << QByteArray("<html><body/></html>")
                                     << "chart.graphml:1:6: not GraphML or GEXF (the root element is <html>)";
        QTest::newRow("empty") << QByteArray() << "chart.graphml:1: broken XML: Premature end of document.";
    }
    void rowsLeftOut_data()
    {
        // One bad node or link is quarantined; the rest of the file is read.
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("error");
        QTest::newRow("dangling link")
            << QByteArray("<graphml><graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"b\"/>\n</graph></graphml>")
            << "chart.graphml:3:30: the link from \"a\" to \"b\" names a node that is not in the file";
        QTest::newRow("duplicate id") << QByteArray(
            "<graphml><graph>\n<node id=\"a\"/>\n<node id=\"a\"/>\n</graph></graphml>")
                                      << "chart.graphml:3:15: node id \"a\" appears twice; the second is left out";
        QTest::newRow("zero weight")
            << QByteArray("<gexf><graph><nodes><node id=\"a\"/><node id=\"b\"/></nodes>\n<edges><edge source=\"a\" "
                          "target=\"b\" weight=\"0\"/></edges></graph></gexf>")
            << "chart.graphml:2:COL: the link from \"a\" to \"b\" has a weight that is not a number above zero and up "
               "to 10^12";
        // Read as numbers by Qt, refused as weights (links.csv refuses them too).
        for (const char* weight : { "inf", "1e400", "nan", "-inf" }) {
            QTest::newRow(weight)
                << (QByteArray("<gexf><graph><nodes><node id=\"a\"/><node id=\"b\"/></nodes>\n<edges>"
                               "<edge source=\"a\" target=\"b\" weight=\"")
                       + weight + "\"/></edges></graph></gexf>")
                << "chart.graphml:2:COL: the link from \"a\" to \"b\" has a weight that is not a number "
                   "above zero and up to 10^12";
        }
        QTest::newRow("GraphML inf")
            << QByteArray("<graphml><key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/><graph>\n"
                          "<node id=\"a\"/><node id=\"b\"/>\n<edge source=\"a\" target=\"b\"><data key=\"w\">inf</data>"
                          "</edge>\n</graph></graphml>")
            << "chart.graphml:3:COL: the link from \"a\" to \"b\" has a weight that is not a number above zero and up "
               "to 10^12";
    }
    void rowsLeftOut()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, error);
        const auto r = parse(xml);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->problems.size(), 1);
        // The column is where the element's start tag ends; compare the rest exactly.
        QString got = r->problems[0].error.toString();
        got.replace(QRegularExpression(QStringLiteral("^(chart\\.graphml:\\d+):\\d+:")), QStringLiteral("\\1:COL:"));
        QString want = error;
        want.replace(QRegularExpression(QStringLiteral("^(chart\\.graphml:\\d+):\\d+:")), QStringLiteral("\\1:COL:"));
        QCOMPARE(got, want);
        QVERIFY(r->problems[0].error.column > 0);
        QVERIFY(!r->problems[0].raw.isEmpty());
        QCOMPARE(r->nodes.size(),
            2 - int(error.contains(QLatin1String("appears twice")))
                - int(error.contains(QLatin1String("not in the file"))));
        QVERIFY(r->links.isEmpty());
    }
    void badFiles()
    {
        QFETCH(QByteArray, xml);
        QFETCH(QString, error);
        const auto r = parse(xml);
        QVERIFY(!r);
        QCOMPARE(r.error().toString(), error);
    }
    void importGephiFile()
    {
        // As Gephi writes it: automatic ids, an unknown key, a type we do not know.
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("gephi.graphml")),
            "<?xml version=\"1.0\"?>\n"
            "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
            "  <key id=\"d0\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
            "  <key id=\"d1\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>\n"
            "  <key id=\"d2\" for=\"node\" attr.name=\"Modularity Class\" attr.type=\"int\"/>\n"
            "  <graph edgedefault=\"undirected\">\n"
            "    <node id=\"n0\"><data key=\"d0\">Boss</data><data key=\"d1\">person</data><data "
            "key=\"d2\">3</data></node>\n"
            "    <node id=\"n1\"><data key=\"d0\">Boat</data><data key=\"d1\">vessel</data></node>\n"
            "    <edge source=\"n0\" target=\"n1\"/>\n"
            "  </graph>\n"
            "</graphml>\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        Feedback fb;
        const auto s = ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("gephi.graphml")), {}, fb);
        QVERIFY2(s.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(s.toText()));
        QCOMPARE(s.rowsImported, 3);
        store::Statement st(
            ws.value()->handle(), "SELECT entity_key, type, label, attributes, line FROM entities ORDER BY id");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("gephi.graphml:1:n0")); // the file's name and its extract
        QCOMPARE(st.text(3), QStringLiteral("{\"Modularity Class\":\"3\"}"));
        QCOMPARE(st.int64(4), 7);
        QVERIFY(st.next());
        QCOMPARE(st.text(1), QStringLiteral("other"));
        QCOMPARE(st.text(3), QStringLiteral("{\"original_type\":\"vessel\"}"));
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM sources WHERE kind = 'analyst'"), 1);
    }
    void workspaceRoundTrip()
    {
        // Export the sample's link chart and read it into a new workspace: same chart.
        QTemporaryDir dir;
        sample::SampleGenerator::Options o;
        o.incidents = 400;
        QVERIFY(sample::SampleGenerator::write(dir.filePath(QStringLiteral("x")), o));
        auto a = store::Workspace::open(dir.filePath(QStringLiteral("a.waymark")));
        Feedback fb;
        ingest::ImportJob::run(*a.value(), dir.filePath(QStringLiteral("x")), {}, fb);
        const auto ga = network::EntityGraph::load(*a.value());
        const GraphDocument doc = network::graphDocument(ga.value());
        QFile f(dir.filePath(QStringLiteral("chart.gexf")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(doc.writeGexf(&f));
        f.close();
        auto b = store::Workspace::open(dir.filePath(QStringLiteral("b.waymark")));
        QCOMPARE(int(ingest::ImportJob::run(*b.value(), f.fileName(), {}, fb).outcome),
            int(ingest::ImportSummary::Outcome::Imported));
        const auto gb = network::EntityGraph::load(*b.value());
        QCOMPARE(gb->graph().nodeCount(), ga->graph().nodeCount());
        QCOMPARE(gb->graph().edgeCount(), ga->graph().edgeCount());
        QCOMPARE(gb->graph().totalWeight(), ga->graph().totalWeight());
        for (size_t v = 0; v < ga->nodes().size(); v += 37) {
            QCOMPARE(gb->nodes()[v].key, ga->nodes()[v].key);
            QCOMPARE(gb->nodes()[v].label, ga->nodes()[v].label);
            QCOMPARE(gb->nodes()[v].type, ga->nodes()[v].type);
        }
    }
};

QTEST_GUILESS_MAIN(TestGraphDocument)
#include "tst_graphdocument.moc"
