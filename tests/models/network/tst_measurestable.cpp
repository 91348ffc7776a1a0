#include "network/entitygraph.h"
#include "network/graph.h"
#include "network/measurestable.h"

#include <QBuffer>
#include <QTest>

using namespace waymark;
using namespace waymark::network;

class TestMeasuresTable : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void columnsInTheOrderAsked()
    {
        // A star around 0 and a separate pair 4-5.
        const Graph g = Graph::fromEdges(6, { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 4, 5 } });
        const QStringList metrics { QStringLiteral("broker"), QStringLiteral("degree"), QStringLiteral("component"),
            QStringLiteral("core"), QStringLiteral("louvain") };
        const auto t = MeasuresTable::compute(g, metrics);
        QVERIFY2(t, qPrintable(t.error().toString()));
        QCOMPARE(t->metrics, metrics);
        QCOMPARE(t->columns.value(QStringLiteral("broker")), (std::vector<double> { 1, 0, 0, 0, 0, 0 }));
        QCOMPARE(t->columns.value(QStringLiteral("component")), (std::vector<double> { 0, 0, 0, 0, 1, 1 }));
        QCOMPARE(t->columns.value(QStringLiteral("core")), (std::vector<double> { 1, 1, 1, 1, 1, 1 }));
        QCOMPARE(t->communityCount, 2);
        QVERIFY(t->modularity > 0);
        QVERIFY(!t->columns.contains(QStringLiteral("pagerank")));

        std::vector<EntityNode> nodes;
        for (int v = 0; v < 6; ++v)
            nodes.push_back(
                { v + 1, QStringLiteral("E%1").arg(v), QStringLiteral("person"), QStringLiteral("Name, %1").arg(v) });
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(t->writeCsv(&buffer, nodes));
        const QList<QByteArray> lines = buffer.data().trimmed().split('\n');
        QCOMPARE(lines.size(), 7);
        QCOMPARE(lines.at(0).trimmed(), QByteArray("entity_id,type,label,broker,degree,component,core,louvain"));
        QVERIFY2(lines.at(1).startsWith("E0,person,\"Name, 0\",1,"), lines.at(1).constData());
        QVERIFY2(lines.at(5).startsWith("E4,person,\"Name, 4\",0,"), lines.at(5).constData());
    }

    void fractionsWithEightDecimals()
    {
        const Graph g = Graph::fromEdges(3, { { 0, 1 }, { 1, 2 } });
        const auto t = MeasuresTable::compute(g, MeasuresTable::defaultMetrics());
        QVERIFY(t);
        QCOMPARE(t->metrics,
            (QStringList { QStringLiteral("degree"), QStringLiteral("betweenness"), QStringLiteral("pagerank"),
                QStringLiteral("louvain") }));
        QVERIFY(MeasuresTable::isFractional(QStringLiteral("pagerank")));
        QVERIFY(!MeasuresTable::isFractional(QStringLiteral("degree")));
        std::vector<EntityNode> nodes(3);
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(t->writeCsv(&buffer, nodes));
        const QList<QByteArray> cells = buffer.data().split('\n').at(2).trimmed().split(',');
        // The middle node: degree 2, betweenness and pagerank as fractions.
        QCOMPARE(cells.at(3), QByteArray("2"));
        QVERIFY2(cells.at(5).contains('.') && cells.at(5).size() == 10, cells.at(5).constData());
    }

    void unknownMetricRefused()
    {
        const Graph g = Graph::fromEdges(2, { { 0, 1 } });
        const auto t = MeasuresTable::compute(g, { QStringLiteral("degree"), QStringLiteral("charisma") });
        QVERIFY(!t);
        QVERIFY2(t.error().message.contains(QLatin1String("charisma")), qPrintable(t.error().message));
        QVERIFY(MeasuresTable::knownMetrics().contains(QStringLiteral("component")));
    }
};

QTEST_GUILESS_MAIN(TestMeasuresTable)
#include "tst_measurestable.moc"
