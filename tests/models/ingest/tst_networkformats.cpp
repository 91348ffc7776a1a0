#include "ingest/adjacencymatrixreader.h"
#include "ingest/gmlreader.h"
#include "ingest/graphdocument.h"
#include "ingest/graphfileimporter.h"
#include "ingest/importjob.h"
#include "ingest/pajekreader.h"
#include "ingest/ucinetdlreader.h"
#include "network/entitygraph.h"
#include "network/graphrenderer.h"
#include "network/linkchart.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using ingest::GraphDocument;
using ingest::GraphFileImporter;

namespace {
QString dataFile(const QString& name)
{
    return test::dataDir() + QStringLiteral("/network/") + name;
}

const GraphDocument::Node* nodeById(const GraphDocument& d, const QString& id)
{
    for (const GraphDocument::Node& n : d.nodes) {
        if (n.id == id)
            return &n;
    }
    return nullptr;
}

QStringList problemTexts(const GraphDocument& d)
{
    QStringList out;
    for (const GraphDocument::Problem& p : d.problems)
        out << p.error.toString();
    return out;
}

Result<GraphDocument> parseText(const QByteArray& text, const QString& name)
{
    QBuffer b;
    b.setData(text);
    b.open(QIODevice::ReadOnly);
    if (name.endsWith(QLatin1String(".gml")))
        return ingest::GmlReader::read(&b, name);
    if (name.endsWith(QLatin1String(".net")))
        return ingest::PajekReader::read(&b, name);
    if (name.endsWith(QLatin1String(".dl")))
        return ingest::UcinetDlReader::read(&b, name);
    return ingest::AdjacencyMatrixReader::read(&b, name);
}
} // namespace

class TestNetworkFormats : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // Every format: what is read, and every line that is not, with its place.
    void readsEachFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("format");
        QTest::addColumn<int>("nodes");
        QTest::addColumn<int>("links");
        QTest::addColumn<QStringList>("problems");
        using F = GraphFileImporter::Format;
        QTest::newRow("GEXF (Gephi)") << "gephi.gexf" << int(F::Gexf) << 3 << 2 << QStringList();
        QTest::newRow("GEXF, a link to a node deleted in Gephi")
            << "dangling.gexf" << int(F::Gexf) << 2 << 1
            << QStringList { "dangling.gexf:10:53: the link from \"a\" to \"c\" names a node that is not in the file" };
        QTest::newRow("GraphML (Gephi)") << "gephi.graphml" << int(F::GraphML) << 2 << 1 << QStringList();
        QTest::newRow("GraphML (yEd)") << "yed.graphml" << int(F::GraphML) << 2 << 1 << QStringList();
        QTest::newRow("GML") << "ring.gml" << int(F::Gml) << 3 << 2
                             << QStringList {
                                    "ring.gml:17:26: the edge from \"2\" to \"9\" names a node that is not in the file",
                                    "ring.gml:18:34: the weight \"-1\" is not a number above zero and up to 10^12",
                                };
        QTest::newRow("GML as igraph writes it")
            << "igraph.gml" << int(F::Gml) << 2 << 1
            << QStringList { "igraph.gml:17:12: the edge from \"0\" to \"7\" names a node that is not in the file" };
        QTest::newRow("Pajek") << "padgett.net" << int(F::Pajek) << 4 << 5
                               << QStringList {
                                      "padgett.net:10:3: \"x\" is not a vertex number from 1 to 4",
                                      "padgett.net:13:3: \"7\" is not a vertex number from 1 to 4",
                                  };
        QTest::newRow("DL fullmatrix") << "fullmatrix.dl" << int(F::UcinetDl) << 4 << 3
                                       << QStringList { "fullmatrix.dl:7:7: the value \"x\" is not a number" };
        QTest::newRow("DL embedded labels") << "embedded.dl" << int(F::UcinetDl) << 3 << 3 << QStringList();
        QTest::newRow("DL edgelist1") << "edgelist.dl" << int(F::UcinetDl) << 4 << 3
                                      << QStringList { "edgelist.dl:7:9: the value \"abc\" is not a number" };
        QTest::newRow("DL nodelist1") << "nodelist.dl" << int(F::UcinetDl) << 5 << 4
                                      << QStringList { "nodelist.dl:8:5: \"9\" is not a node number from 1 to 5" };
        QTest::newRow("adjacency matrix, BOM, symmetric")
            << "covert-matrix.csv" << int(F::AdjacencyMatrix) << 4 << 3 << QStringList();
        QTest::newRow("adjacency matrix, directed")
            << "directed-matrix.csv" << int(F::AdjacencyMatrix) << 3 << 4 << QStringList();
    }
    void readsEachFormat()
    {
        QFETCH(QString, file);
        QFETCH(int, format);
        QFETCH(int, nodes);
        QFETCH(int, links);
        QFETCH(QStringList, problems);
        const QString path = dataFile(file);
        QCOMPARE(int(GraphFileImporter::formatOf(path)), format);
        const auto doc = GraphFileImporter::read(path, GraphFileImporter::Format(format));
        QVERIFY2(doc, qPrintable(doc.error().toString()));
        QCOMPARE(doc->nodes.size(), nodes);
        QCOMPARE(doc->links.size(), links);
        QCOMPARE(problemTexts(doc.value()), problems);
        for (const GraphDocument::Problem& p : doc->problems)
            QVERIFY2(!p.raw.isEmpty() || p.error.line > 0, "a problem keeps its raw text for quarantine");
    }

    void keepsTheLook()
    {
        auto gexf = GraphFileImporter::read(dataFile(QStringLiteral("gephi.gexf")), GraphFileImporter::Format::Gexf);
        QVERIFY(gexf);
        const GraphDocument::Node* marco = nodeById(gexf.value(), QStringLiteral("0"));
        QVERIFY(marco && marco->position);
        QCOMPARE(marco->label, QStringLiteral("Marco V."));
        QCOMPARE(*marco->position, QPointF(-120.5, -80.0)); // Gephi's y grows upwards
        QCOMPARE(marco->colour, QStringLiteral("#e6194b"));
        QCOMPARE(marco->size, 24.5);
        QCOMPARE(marco->type, QStringLiteral("Suspect")); // from the "Kind" attribute
        QCOMPARE(nodeById(gexf.value(), QStringLiteral("2"))->colour, QStringLiteral("#4363d8"));

        auto gephi
            = GraphFileImporter::read(dataFile(QStringLiteral("gephi.graphml")), GraphFileImporter::Format::GraphML);
        QVERIFY(gephi);
        const GraphDocument::Node* ana = nodeById(gephi.value(), QStringLiteral("n0"));
        QCOMPARE(*ana->position, QPointF(100, -50));
        QCOMPARE(ana->colour, QStringLiteral("#1f77b4"));
        QCOMPARE(ana->size, 20.0);
        QCOMPARE(ana->type, QStringLiteral("person"));
        // The look is no longer an ordinary attribute; the category is kept.
        QCOMPARE(ana->attributes.keys(), QStringList { QStringLiteral("category") });

        auto yed = GraphFileImporter::read(dataFile(QStringLiteral("yed.graphml")), GraphFileImporter::Format::GraphML);
        QVERIFY(yed);
        const GraphDocument::Node* agency = nodeById(yed.value(), QStringLiteral("n0"));
        QCOMPARE(agency->label, QStringLiteral("Blue Star Agency"));
        QCOMPARE(*agency->position, QPointF(35, 35)); // the centre of the box
        QCOMPARE(agency->colour, QStringLiteral("#ffcc00"));
        QCOMPARE(agency->size, 20.0);
        QCOMPARE(agency->type, QStringLiteral("organization"));
        QCOMPARE(nodeById(yed.value(), QStringLiteral("n1"))->label, QStringLiteral("Recruiter K."));

        auto gml = GraphFileImporter::read(dataFile(QStringLiteral("ring.gml")), GraphFileImporter::Format::Gml);
        QVERIFY(gml);
        const GraphDocument::Node* dara = nodeById(gml.value(), QStringLiteral("0"));
        QCOMPARE(*dara->position, QPointF(10, 20));
        QCOMPARE(dara->colour, QStringLiteral("#ff0000"));
        QCOMPARE(dara->type, QStringLiteral("person"));
        QCOMPARE(nodeById(gml.value(), QStringLiteral("1"))->label, QStringLiteral("Ledger & Co"));
        QCOMPARE(nodeById(gml.value(), QStringLiteral("1"))->type, QStringLiteral("business"));
        QCOMPARE(gml->links.first().weight, 2.5);
        QCOMPARE(gml->links.first().type, QStringLiteral("owns"));

        auto pajek = GraphFileImporter::read(dataFile(QStringLiteral("padgett.net")), GraphFileImporter::Format::Pajek);
        QVERIFY(pajek);
        const GraphDocument::Node* acciaiuoli = nodeById(pajek.value(), QStringLiteral("1"));
        QCOMPARE(acciaiuoli->label, QStringLiteral("Acciaiuoli"));
        QCOMPARE(*acciaiuoli->position, QPointF(0.1, 0.2));
        QCOMPARE(acciaiuoli->colour, QStringLiteral("#ff0000"));
        QVERIFY(!nodeById(pajek.value(), QStringLiteral("4"))->position);
        QCOMPARE(nodeById(pajek.value(), QStringLiteral("4"))->label, QStringLiteral("Bischeri"));

        auto dl
            = GraphFileImporter::read(dataFile(QStringLiteral("fullmatrix.dl")), GraphFileImporter::Format::UcinetDl);
        QVERIFY(dl);
        QCOMPARE(nodeById(dl.value(), QStringLiteral("4"))->label, QStringLiteral("Dan"));
        auto nodelist
            = GraphFileImporter::read(dataFile(QStringLiteral("nodelist.dl")), GraphFileImporter::Format::UcinetDl);
        QCOMPARE(nodeById(nodelist.value(), QStringLiteral("3"))->label, QStringLiteral("Ms C"));

        auto matrix = GraphFileImporter::read(
            dataFile(QStringLiteral("covert-matrix.csv")), GraphFileImporter::Format::AdjacencyMatrix);
        QVERIFY(matrix);
        QCOMPARE(matrix->nodes.first().id, QStringLiteral("Ali")); // the byte-order mark is not part of it
        double aliDov = 0;
        for (const GraphDocument::Link& l : matrix->links) {
            if ((l.source == QLatin1String("Ali") && l.target == QLatin1String("Dov")))
                aliDov = l.weight;
        }
        QCOMPARE(aliDov, 3.0);
    }

    void lookSurvivesWriting_data()
    {
        QTest::addColumn<bool>("gexf");
        QTest::newRow("GraphML") << false;
        QTest::newRow("GEXF") << true;
    }
    void lookSurvivesWriting()
    {
        QFETCH(bool, gexf);
        auto doc = GraphFileImporter::read(dataFile(QStringLiteral("gephi.gexf")), GraphFileImporter::Format::Gexf);
        QVERIFY(doc);
        QBuffer b;
        b.open(QIODevice::WriteOnly);
        QVERIFY(gexf ? doc->writeGexf(&b) : doc->writeGraphML(&b));
        b.close();
        b.open(QIODevice::ReadOnly);
        const auto back = GraphDocument::read(&b, QStringLiteral("again"));
        QVERIFY2(back, qPrintable(back.error().toString()));
        for (int i = 0; i < doc->nodes.size(); ++i) {
            QCOMPARE(back->nodes[i].position, doc->nodes[i].position);
            QCOMPARE(back->nodes[i].colour, doc->nodes[i].colour);
            QCOMPARE(back->nodes[i].size, doc->nodes[i].size);
        }
    }

    void badFiles_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");
        QTest::newRow("GML unclosed list") << QByteArray("graph [\n node [ id 1 ]\n") << "a.gml"
                                           << "a.gml:3:1: the file ends inside a list ([ without ])";
        QTest::newRow("GML unclosed string") << QByteArray("graph [\n node [ id 1 label \"x ]\n]\n") << "a.gml"
                                             << "a.gml:2:20: a string that is not closed (\")";
        QTest::newRow("GML is XML") << QByteArray("<?xml version=\"1.0\"?>\n<gml:FeatureCollection/>") << "a.gml"
                                    << "a.gml:1:1: this is XML (geographic GML?), not the graph GML Waymark reads "
                                       "(graph [ node [ … ] ])";
        QTest::newRow("GML stray ]") << QByteArray("graph [ ]\n]") << "a.gml"
                                     << "a.gml:2:1: \"]\" where a key was expected";
        QTest::newRow("Pajek without vertices") << QByteArray("1 2\n") << "a.net"
                                                << "a.net:1:1: not a Pajek network: it does not begin with *Vertices "
                                                   "or *Network";
        QTest::newRow("Pajek huge") << QByteArray("*Vertices 99999999999\n") << "a.net"
                                    << "a.net:1:11: 99999999999 vertices: Waymark reads networks of up to 1000000";
        QTest::newRow("DL not DL") << QByteArray("graph\n") << "a.dl"
                                   << "a.dl:1:1: not a UCINET DL file: it does not begin with DL";
        QTest::newRow("DL two-mode") << QByteArray("dl nr=2 nc=3\ndata:\n") << "a.dl"
                                     << "a.dl:1:7: a two-mode DL file (nr, nc) is not a network of entities; Waymark "
                                        "reads one-mode (n=)";
        QTest::newRow("DL unknown format") << QByteArray("dl n=2 format=linked\ndata:\n") << "a.dl"
                                           << "a.dl:1:15: format linked is not read; Waymark reads fullmatrix, "
                                              "edgelist1 and nodelist1";
        QTest::newRow("DL no data") << QByteArray("dl n=2\n") << "a.dl"
                                    << "a.dl:1:1: there is no data: line";
        QTest::newRow("matrix corner") << QByteArray("x,a,b\na,0,1\n") << "a.csv"
                                       << "a.csv:1:1: not an adjacency matrix: the first cell must be empty and the "
                                          "first row must name the nodes";
        QTest::newRow("matrix twice") << QByteArray(",a,a\na,0,1\n") << "a.csv"
                                      << "a.csv:1:4: the label \"a\" heads two columns";
    }
    void badFiles()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, name);
        QFETCH(QString, error);
        const auto r = parseText(text, name);
        QVERIFY(!r);
        QCOMPARE(r.error().toString(), error);
    }

    void matrixRowsQuarantined()
    {
        const auto r = parseText(",a,b,c\na,0,1,x\nz,1,0,0\nb,1,0\nc,0,1,0\n", QStringLiteral("m.csv"));
        QVERIFY(r);
        QCOMPARE(problemTexts(r.value()),
            (QStringList { "m.csv:2:7: the cell \"x\" is not a tie weight from 0 to 10^12",
                "m.csv:3:1: the row label \"z\" is not a column label",
                "m.csv:4:5: 3 cells where the first row has 4" }));
        // Row a is out whole: only c's tie to b is taken.
        QCOMPARE(r->links.size(), 1);
        QCOMPARE(r->links.first().source, QStringLiteral("c"));
    }

    // What real tools write: networkx's GML entities for every character
    // outside ASCII, comments anywhere, GraphML key defaults, UCINET's row
    // labels alone, and what is not read said in quarantine.
    void whatToolsWrite()
    {
        auto gml = parseText("graph [\n  # a comment after spaces\n  node [ id 0 label \"Smith &#38; Sons\" ] # "
                             "trailing\n  node [ id 1 label \"Caf&#233; &#x22;Roma&#34; &amp;#38;\" ]\n"
                             "  edge [ source 0 target 1 ]\n  edge [ source 1 target 1 ]\n]\n",
            QStringLiteral("nx.gml"));
        QVERIFY(gml);
        QCOMPARE(nodeById(gml.value(), QStringLiteral("0"))->label, QStringLiteral("Smith & Sons"));
        QCOMPARE(nodeById(gml.value(), QStringLiteral("1"))->label, QString::fromUtf8("Caf\u00e9 \"Roma\" &#38;"));
        QCOMPARE(gml->links.size(), 1);
        QCOMPARE(problemTexts(gml.value()),
            QStringList { "nx.gml:6:26: the edge from \"1\" to itself is not read: a loop says nothing about who is "
                          "linked to whom" });

        auto net
            = parseText("*Vertices 3\n1 \"A\"\n2 \"B\"\n1 \"A again\"\n*Arcs\n1 2\n2 2\n", QStringLiteral("p.net"));
        QVERIFY(net);
        QCOMPARE(nodeById(net.value(), QStringLiteral("1"))->label, QStringLiteral("A"));
        QCOMPARE(net->links.size(), 1);
        QCOMPARE(problemTexts(net.value()),
            (QStringList { "p.net:4:1: vertex 1 is listed twice (first at line 2); the second is left out",
                "p.net:7:3: the tie of vertex 2 to itself is not read: a loop says nothing about who is linked to "
                "whom" }));

        // Row labels embedded, the columns' not: each row starts with its
        // label, and column j is row j's node.
        auto dl = parseText("dl n=3 format=fullmatrix\nrow labels embedded\ndata:\nann 0 1 0\nbob 0 0 1\ncat 1 0 0\n",
            QStringLiteral("r.dl"));
        QVERIFY(dl);
        QVERIFY2(dl->problems.isEmpty(), qPrintable(problemTexts(dl.value()).join(QLatin1Char('\n'))));
        QCOMPARE(dl->nodes.size(), 3);
        QStringList ties;
        for (const GraphDocument::Link& l : dl->links)
            ties << l.source + QLatin1String(">") + l.target;
        QCOMPARE(ties, (QStringList { "ann>bob", "bob>cat", "cat>ann" }));
        // Column labels alone: the first n words, and rows without labels.
        dl = parseText("dl n=2\ncolumn labels embedded\ndata:\nann bob\n0 2\n0 0\n", QStringLiteral("c.dl"));
        QVERIFY(dl);
        QCOMPARE(dl->links.size(), 1);
        QCOMPARE(dl->links.first().source + QLatin1String(">") + dl->links.first().target, QStringLiteral("ann>bob"));
        QCOMPARE(dl->links.first().weight, 2.0);

        // A matrix Excel saved in a European locale: semicolons, decimal
        // commas. Between commas "0,5" is refused, not read as 0 or 5.
        auto eu = parseText("\xef\xbb\xbf;Ana;Bogdan\nAna;0;0,5\nBogdan;2;0\n", QStringLiteral("eu.csv"));
        QVERIFY(eu);
        QVERIFY2(eu->problems.isEmpty(), qPrintable(problemTexts(eu.value()).join(QLatin1Char('\n'))));
        QCOMPARE(eu->links.size(), 2);
        QCOMPARE(eu->links.at(0).weight, 0.5);
        QVERIFY(eu->links.at(0).directed && eu->linkAttributeNames().isEmpty());
        auto us = parseText(",Ana,Bogdan\nAna,0,\"0,5\"\nBogdan,2,0\n", QStringLiteral("us.csv"));
        QVERIFY(us);
        QCOMPARE(problemTexts(us.value()),
            QStringList { "us.csv:2:7: the cell \"0,5\" is not a tie weight from 0 to 10^12" });

        QBuffer b;
        b.setData(
            "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
            "<key id=\"t\" for=\"node\" attr.name=\"type\" attr.type=\"string\"><default>person</default></key>\n"
            "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"><default>5</default></key>\n"
            "<graph edgedefault=\"directed\"><node id=\"a\"/><node id=\"b\"><data key=\"t\">business</data></node>\n"
            "<edge source=\"a\" target=\"b\"/><edge source=\"b\" target=\"a\"><data key=\"w\">2</data></edge>\n"
            "</graph></graphml>\n");
        b.open(QIODevice::ReadOnly);
        const auto graphml = GraphDocument::read(&b, QStringLiteral("d.graphml"));
        QVERIFY(graphml);
        QCOMPARE(nodeById(graphml.value(), QStringLiteral("a"))->type, QStringLiteral("person"));
        QCOMPARE(nodeById(graphml.value(), QStringLiteral("b"))->type, QStringLiteral("business"));
        QCOMPARE(graphml->links.at(0).weight, 5.0);
        QCOMPARE(graphml->links.at(1).weight, 2.0);
        QVERIFY(graphml->creator.isEmpty());
    }

    // A file's ids are its own: two exports named network.net, two files
    // whose nodes are both "1" or "Alice", networkx's per-pair edge ids:
    // none is another's entity or link. Waymark's own export joins the
    // entities it was drawn from.
    void idsBelongToTheirFile()
    {
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("a")) && QDir(dir.path()).mkpath(QStringLiteral("b")));
        test::writeFile(dir.filePath(QStringLiteral("a/network.net")),
            "*Vertices 3\n1 \"Maria Ionescu\"\n2 \"Ion Popescu\"\n3 \"Bar Roxy\"\n*Arcs\n1 2\n1 3\n");
        test::writeFile(dir.filePath(QStringLiteral("b/network.net")),
            "*Vertices 2\n1 \"Andrei Vasile\"\n2 \"Elena Dobre\"\n*Arcs\n2 1 5\n");
        const char* multigraph = "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                                 "<graph edgedefault=\"undirected\"><node id=\"Alice\"/><node id=\"Bob\"/>"
                                 "<node id=\"Carol\"/>\n<edge source=\"Alice\" target=\"Bob\" id=\"0\"/>"
                                 "<edge source=\"Alice\" target=\"Bob\" id=\"1\"/>"
                                 "<edge source=\"Bob\" target=\"Carol\" id=\"0\"/>\n</graph></graphml>\n";
        test::writeFile(dir.filePath(QStringLiteral("nx1.graphml")), multigraph);
        test::writeFile(dir.filePath(QStringLiteral("nx2.graphml")),
            QByteArray(multigraph).replace("edgedefault", " edgedefault").constData());
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        auto ws = store::Workspace::open(path);
        QVERIFY(ws);
        Feedback fb;
        for (const char* f : { "a/network.net", "b/network.net", "nx1.graphml", "nx2.graphml" }) {
            const auto s = ingest::ImportJob::run(*ws.value(), dir.filePath(QLatin1String(f)), {}, fb);
            QVERIFY2(s.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(s.toText()));
            QCOMPARE(s.rowsDuplicate, 0);
        }
        QCOMPARE(test::rowCount(path, "entities"), 3 + 2 + 3 + 3);
        QCOMPARE(test::rowCount(path, "links"), 2 + 1 + 3 + 3);
        QCOMPARE(test::rowCount(path, "sources"), 4);
        const QStringList ties = test::stringsSql(path,
            "SELECT a.label || '>' || b.label || ' ' || l.weight FROM links l JOIN entities a ON a.id = l.from_id "
            "JOIN entities b ON b.id = l.to_id WHERE a.label IN ('Elena Dobre', 'Maria Ionescu') ORDER BY 1");
        QCOMPARE(ties,
            (QStringList {
                "Elena Dobre>Andrei Vasile 5.0", "Maria Ionescu>Bar Roxy 1.0", "Maria Ionescu>Ion Popescu 1.0" }));

        // Waymark's own export, read back: the same entities, nothing new.
        const auto chart = network::EntityGraph::load(*ws.value());
        QVERIFY(chart);
        GraphDocument doc;
        for (const network::EntityNode& e : chart->nodes())
            doc.nodes.append({ e.key, e.label, e.type, {}, 0 });
        QFile out(dir.filePath(QStringLiteral("export.gexf")));
        QVERIFY(out.open(QIODevice::WriteOnly) && doc.writeGexf(&out));
        out.close();
        const auto again = ingest::ImportJob::run(*ws.value(), out.fileName(), {}, fb);
        QVERIFY2(again.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(again.toText()));
        QCOMPARE(again.rowsDuplicate, 11);
        QCOMPARE(test::rowCount(path, "entities"), 11);
    }

    // A link's type and dates as tools write them: Cytoscape's
    // "interaction", networkx's "relation" and "date", GEXF's dynamic
    // start and end. What else links carry is not kept, and said.
    void linkTypesAndDates()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("cytoscape.graphml")),
            "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
            "<key id=\"k0\" for=\"edge\" attr.name=\"interaction\" attr.type=\"string\"/>\n"
            "<key id=\"k1\" for=\"edge\" attr.name=\"SUID\" attr.type=\"long\"/>\n"
            "<key id=\"k2\" for=\"edge\" attr.name=\"relation\" attr.type=\"string\"/>\n"
            "<key id=\"k3\" for=\"edge\" attr.name=\"date\" attr.type=\"string\"/>\n"
            "<key id=\"n0\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
            "<graph edgedefault=\"directed\"><node id=\"a\"><data key=\"n0\">Ion Popescu</data></node>"
            "<node id=\"b\"/><node id=\"c\"/>\n"
            "<edge source=\"a\" target=\"b\"><data key=\"k0\">pays</data><data key=\"k1\">52</data>"
            "<data key=\"k3\">2023-06-14T08:30:00</data></edge>\n"
            "<edge source=\"b\" target=\"c\"><data key=\"k2\">recruits</data><data key=\"k3\">soon</data></edge>\n"
            "</graph></graphml>\n");
        test::writeFile(dir.filePath(QStringLiteral("dynamic.gexf")),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\">\n"
            "<graph mode=\"dynamic\" defaultedgetype=\"undirected\" timeformat=\"date\">\n"
            "<attributes class=\"edge\"><attribute id=\"0\" title=\"relationship\" type=\"string\"/></attributes>\n"
            "<nodes><node id=\"n1\" label=\"Ana\"/><node id=\"n2\" label=\"Bogdan\"/><node id=\"n3\" "
            "label=\"Club\"/></nodes>\n<edges>\n"
            "<edge id=\"e1\" source=\"n1\" target=\"n2\" start=\"2021-03\" end=\"2022-11-30\">"
            "<attvalues><attvalue for=\"0\" value=\"employs\"/></attvalues></edge>\n"
            "<edge id=\"e2\" source=\"n2\" target=\"n3\" start=\"2022-01-01\" end=\"2021-01-01\"/>\n"
            "</edges></graph></gexf>\n");
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        auto ws = store::Workspace::open(path);
        QVERIFY(ws);
        Feedback fb;
        const auto cy = ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("cytoscape.graphml")), {}, fb);
        QVERIFY2(cy.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(cy.toText()));
        QVERIFY2(cy.notes.contains(QStringLiteral("cytoscape.graphml: the links' other attributes were not imported "
                                                  "(a link keeps its type, weight and first and last seen dates): "
                                                  "SUID, date")),
            qPrintable(cy.notes.join(QLatin1Char('\n'))));
        const auto gexf = ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("dynamic.gexf")), {}, fb);
        QVERIFY2(gexf.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(gexf.toText()));
        // The second edge ends before it starts: its dates stay unread, and said.
        QVERIFY2(gexf.notes.join(QLatin1Char('\n'))
                     .contains(QStringLiteral("not imported (a link keeps its type, "
                                              "weight and first and last seen dates): "
                                              "end, start")),
            qPrintable(gexf.notes.join(QLatin1Char('\n'))));
        QCOMPARE(test::stringsSql(path,
                     "SELECT l.type || ' ' || coalesce(l.first_seen, '-') || ' ' || coalesce(l.last_seen, '-') "
                     "FROM links l ORDER BY l.id"),
            (QStringList {
                "pays 2023-06-14 2023-06-14", "recruits - -", "employs 2021-03 2022-11-30", "associate - -" }));
        // Cytoscape's node "name" is the entity's label.
        QCOMPARE(test::stringsSql(path, "SELECT label FROM entities ORDER BY id LIMIT 2"),
            (QStringList { "Ion Popescu", "b" }));
    }

    void entityTypes()
    {
        QCOMPARE(GraphFileImporter::entityType(QStringLiteral("Person")), QStringLiteral("person"));
        QCOMPARE(GraphFileImporter::entityType(QStringLiteral("Suspect")), QStringLiteral("person"));
        QCOMPARE(GraphFileImporter::entityType(QStringLiteral("organization")), QStringLiteral("organisation"));
        QCOMPARE(GraphFileImporter::entityType(QStringLiteral("Mobile phone")), QStringLiteral("phone"));
        QCOMPARE(GraphFileImporter::entityType(QStringLiteral("online-ad")), QStringLiteral("online_ad"));
        QCOMPARE(GraphFileImporter::entityType(QStringLiteral("Bank account")), QStringLiteral("account"));
        QCOMPARE(GraphFileImporter::entityType(QStringLiteral("Car")), QStringLiteral("vehicle"));
        QCOMPARE(GraphFileImporter::entityType(QStringLiteral("vessel-class 4")), QString());
    }

    // Through the import job: the look in the workspace, the chart placed
    // and coloured as the file had it, problems in quarantine.
    void importKeepsTheLookOnTheChart()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        Feedback fb;
        const auto s = ingest::ImportJob::run(*ws.value(), dataFile(QStringLiteral("gephi.gexf")), {}, fb);
        QVERIFY2(s.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(s.toText()));
        QCOMPARE(s.format, QStringLiteral("gexf"));
        store::Statement st(ws.value()->handle(), "SELECT type, attributes FROM entities ORDER BY id");
        QStringList types;
        QJsonObject first;
        while (st.next()) {
            types << st.text(0);
            if (first.isEmpty())
                first = QJsonDocument::fromJson(st.text(1).toUtf8()).object();
        }
        QCOMPARE(types, (QStringList { "person", "phone", "business" }));
        QCOMPARE(first.value(QStringLiteral("viz:x")).toDouble(), -120.5);
        QCOMPARE(first.value(QStringLiteral("viz:color")).toString(), QStringLiteral("#e6194b"));
        QCOMPARE(first.value(QStringLiteral("original_type")).toString(), QStringLiteral("Suspect"));

        auto graph = network::EntityGraph::load(*ws.value());
        QVERIFY(graph);
        const auto& nodes = graph->nodes();
        QCOMPARE(nodes.size(), size_t(3));
        // Scaled so that a link is about 1 long (both links are 100 in the file).
        QCOMPARE(*nodes[0].position, QPointF(-1.205, -0.8));
        QCOMPARE(*nodes[1].position, QPointF(-0.205, -0.8));
        QCOMPARE(nodes[0].colour, QColor(230, 25, 75));
        QCOMPARE(nodes[0].size, 24.5);

        network::LinkChart chart;
        chart.setGraph(graph.value());
        chart.show({ 0, 1, 2 }, QStringLiteral("show"));
        for (int v = 0; v < 3; ++v)
            QCOMPARE(chart.position(v), *nodes[size_t(v)].position); // not laid out again

        // Drawn in the file's colours.
        network::GraphRenderer::Options o;
        o.size = QSize(400, 300);
        o.labels = 0;
        const QImage image = network::GraphRenderer::render(graph.value(), chart.drawing().points, o);
        int redPixels = 0, bluePixels = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                redPixels += c == QColor(230, 25, 75);
                bluePixels += c == QColor(0x43, 0x63, 0xd8);
            }
        }
        QVERIFY2(redPixels > 20 && bluePixels > 20, qPrintable(QStringLiteral("%1 %2").arg(redPixels).arg(bluePixels)));

        // A file with bad lines: with keep-going, the rest is in and the bad lines in quarantine.
        ingest::ImportOptions keepGoing;
        keepGoing.keepGoing = true;
        const auto p = ingest::ImportJob::run(*ws.value(), dataFile(QStringLiteral("padgett.net")), keepGoing, fb);
        QVERIFY2(p.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(p.toText()));
        QCOMPARE(p.format, QStringLiteral("pajek"));
        QCOMPARE(p.rowsQuarantined, 2);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM quarantine WHERE file = 'padgett.net' AND line = 10 AND "
                                    "column = 3 AND CAST(raw AS TEXT) = '3 x'"),
            1);
        // Without keep-going nothing of it is imported.
        const auto r = ingest::ImportJob::run(*ws.value(), dataFile(QStringLiteral("ring.gml")), {}, fb);
        QCOMPARE(int(r.outcome), int(ingest::ImportSummary::Outcome::Rejected));
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM extracts WHERE file_name = 'ring.gml'"), 0);
    }

    void detection()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        Feedback fb;
        const auto unknown = ingest::ImportJob::run(*ws.value(), dataFile(QStringLiteral("notes.xyz")), {}, fb);
        QCOMPARE(int(unknown.outcome), int(ingest::ImportSummary::Outcome::Failed));
        QVERIFY2(unknown.error.message.startsWith(QLatin1String("unsupported format: notes.xyz; Waymark reads ")),
            qPrintable(unknown.error.message));
        QVERIFY(unknown.error.message.contains(QLatin1String("Pajek network (*.net, *.paj)")));
        const auto geo = ingest::ImportJob::run(*ws.value(), dataFile(QStringLiteral("geographic.gml")), {}, fb);
        QCOMPARE(int(geo.outcome), int(ingest::ImportSummary::Outcome::Failed));
        QVERIFY(geo.error.toString().startsWith(QLatin1String("geographic.gml:1:1: this is XML")));
        const auto matrix = ingest::ImportJob::run(*ws.value(), dataFile(QStringLiteral("covert-matrix.csv")), {}, fb);
        QVERIFY2(matrix.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(matrix.toText()));
        QCOMPARE(matrix.format, QStringLiteral("adjacency-matrix"));
        QCOMPARE(matrix.rowsImported, 4 + 3);
        // A CSV that is not a matrix (a row label that is no column) is not taken for one.
        const QString notMatrix = dir.filePath(QStringLiteral("table.csv"));
        test::writeFile(notMatrix, ",a,b\na,0,1\nc,1,0\n");
        QCOMPARE(int(GraphFileImporter::formatOf(notMatrix)), int(GraphFileImporter::Format::None));
        for (const char* name : { "x.net", "x.paj", "x.dl", "x.gml", "x.gexf", "x.graphml" }) {
            const QString path = dir.filePath(QLatin1String(name));
            test::writeFile(path, "");
            QVERIFY2(GraphFileImporter::recognises(path), name);
        }
    }
};

QTEST_GUILESS_MAIN(TestNetworkFormats)
#include "tst_networkformats.moc"
