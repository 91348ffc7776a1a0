#include "figures/figurewriter.h"
#include "figures/graphfigure.h"
#include "network/entitygraph.h"
#include "network/linkchart.h"
#include "network/pathfinder.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDate>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace waymark;
using network::PathFinder;

namespace {
/// tests/data/graphs/paths-hub: A–B (Jan 2019), B–D (Mar 2019), A–C (2020,
/// weight 5), C–D (2018, weight 5), A's phone P and account Q (undated), and
/// X–Y apart. Shortest A→D: 2 links; strongest: via C; time-respecting: via B.
std::unique_ptr<store::Workspace> pathsWorkspace(const QString& path)
{
    auto ws = store::Workspace::open(path);
    if (!ws)
        return nullptr;
    const auto summary = test::importFile(*ws.value(), test::dataDir() + QStringLiteral("/graphs/paths-hub"));
    if (summary.outcome != ingest::ImportSummary::Outcome::Imported)
        return nullptr;
    return std::move(ws.value());
}

int node(const network::EntityGraph& g, const QString& key)
{
    for (size_t v = 0; v < g.nodes().size(); ++v) {
        if (g.nodes()[v].key == key)
            return int(v);
    }
    return -1;
}

qint64 day(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate).toJulianDay();
}
} // namespace

class TestLinkChart : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_ws = pathsWorkspace(m_dir.filePath(QStringLiteral("w%1.waymark").arg(++m_count)));
        QVERIFY(m_ws);
        auto g = network::EntityGraph::load(*m_ws);
        QVERIFY(g);
        m_chart = std::make_unique<network::LinkChart>();
        m_chart->setGraph(std::move(g.value()));
        QCOMPARE(int(m_chart->graph().nodes().size()), 8);
        for (const char* k : { "A", "B", "C", "D", "P", "Q", "X", "Y" })
            m_n[QLatin1String(k)] = node(m_chart->graph(), QLatin1String(k));
    }
    void cleanup()
    {
        m_chart.reset();
        m_ws.reset();
    }

    void paths()
    {
        const auto& g = m_chart->graph();
        const int a = m_n[QStringLiteral("A")], d = m_n[QStringLiteral("D")];
        auto shortest = PathFinder::find(g, a, d, PathFinder::Kind::Shortest);
        QVERIFY(shortest);
        QCOMPARE(int(shortest->nodes.size()), 3);
        QCOMPARE(shortest->nodes.front(), a);
        QCOMPARE(shortest->nodes.back(), d);
        QCOMPARE(int(shortest->hops.size()), 2);

        auto strongest = PathFinder::find(g, a, d, PathFinder::Kind::Weighted);
        QVERIFY(strongest);
        QCOMPARE(strongest->nodes, (std::vector<int> { a, m_n[QStringLiteral("C")], d }));
        QCOMPARE(strongest->hops[0].types, QStringLiteral("family"));
        QCOMPARE(strongest->hops[1].types, QStringLiteral("calls"));
        QVERIFY(strongest->hops[1].dated);
        QCOMPARE(strongest->hops[1].firstDay, day("2018-05-01"));

        // In time order only via B: A–C (2020) comes after C–D (2018).
        auto timed = PathFinder::find(g, a, d, PathFinder::Kind::TimeRespecting);
        QVERIFY(timed);
        QCOMPARE(timed->nodes, (std::vector<int> { a, m_n[QStringLiteral("B")], d }));
        QCOMPARE(timed->hops[0].firstDay, day("2019-01-05"));
        QCOMPARE(timed->hops[1].firstDay, day("2019-03-01"));
        const QString line = PathFinder::describe(g, timed->hops[0]);
        QVERIFY2(line.contains(QLatin1String("Anna Kovacs")) && line.contains(QLatin1String("2019-01-05"))
                && line.contains(QLatin1String("associate")),
            qPrintable(line));

        // From C to B in time order: C–A is 2020, A–B 2019; C–D 2018, D–B 2019 works.
        auto cb
            = PathFinder::find(g, m_n[QStringLiteral("C")], m_n[QStringLiteral("B")], PathFinder::Kind::TimeRespecting);
        QVERIFY(cb);
        QCOMPARE(cb->nodes, (std::vector<int> { m_n[QStringLiteral("C")], d, m_n[QStringLiteral("B")] }));

        // None: a clear reason, naming both.
        auto none = PathFinder::find(g, a, m_n[QStringLiteral("X")], PathFinder::Kind::Shortest);
        QVERIFY(!none);
        QVERIFY2(none.error().message.contains(QLatin1String("Xena Marin")), qPrintable(none.error().message));
        // The phone is reachable, but its link has no date: not in time order.
        auto undated = PathFinder::find(g, m_n[QStringLiteral("P")], d, PathFinder::Kind::TimeRespecting);
        QVERIFY(!undated);
        QVERIFY2(undated.error().message.contains(QLatin1String("without dates")), qPrintable(undated.error().message));
        QVERIFY(!PathFinder::find(g, a, a, PathFinder::Kind::Shortest));
    }

    void timeWindow()
    {
        const int a = m_n[QStringLiteral("A")], b = m_n[QStringLiteral("B")], c = m_n[QStringLiteral("C")],
                  d = m_n[QStringLiteral("D")], p = m_n[QStringLiteral("P")];
        QVERIFY(!m_chart->hasTimeWindow());
        QVERIFY(!m_chart->isOutsideWindow(a, c));
        m_chart->setTimeWindow(day("2019-01-01"), day("2019-12-31"));
        QVERIFY(m_chart->isOutsideWindow(a, c));
        QVERIFY(m_chart->isOutsideWindow(d, c));
        QVERIFY(!m_chart->isOutsideWindow(a, b));
        QVERIFY(!m_chart->isOutsideWindow(b, d));
        QVERIFY(!m_chart->isOutsideWindow(p, a)); // undated: kept
        // An open end: from 2020 on only A–C (and the undated) are in.
        m_chart->setTimeWindow(day("2020-01-01"), std::nullopt);
        QVERIFY(!m_chart->isOutsideWindow(a, c));
        QVERIFY(m_chart->isOutsideWindow(a, b));

        // A snapshot leaves out the links outside the window.
        m_chart->show({ a, b, c, d, p }, QStringLiteral("all"));
        QCOMPARE(m_chart->drawing().graph.graph().edgeCount(), qint64(2)); // A–C, A–P
        m_chart->setTimeWindow(std::nullopt, std::nullopt);
        QCOMPARE(m_chart->drawing().graph.graph().edgeCount(), qint64(5));

        // Paths in the window use only its links.
        m_chart->setTimeWindow(day("2019-01-01"), day("2019-12-31"));
        auto strongest = PathFinder::find(m_chart->graph(), a, d, PathFinder::Kind::Weighted,
            [this](const network::EntityGraph::LinkRecord& l) { return m_chart->inWindow(l); });
        QVERIFY(strongest);
        QCOMPARE(strongest->nodes, (std::vector<int> { a, b, d }));
    }

    void collapseGroupUndo()
    {
        QSet<int> all;
        for (int v = 0; v < 8; ++v)
            all.insert(v);
        m_chart->show(all, QStringLiteral("all"));
        QUndoStack* undo = m_chart->undoStack();
        const int steps = undo->count();
        const QByteArray start = m_chart->toJson();
        const int a = m_n[QStringLiteral("A")], b = m_n[QStringLiteral("B")], c = m_n[QStringLiteral("C")],
                  d = m_n[QStringLiteral("D")], p = m_n[QStringLiteral("P")], q = m_n[QStringLiteral("Q")];
        QHash<int, QPointF> positions;
        for (int v : all)
            positions.insert(v, m_chart->position(v));

        // A's phone and account fold into A; B and C link elsewhere and stay.
        m_chart->collapseLeaves({ a });
        QCOMPARE(m_chart->foldedCount(a), 2);
        QCOMPARE(m_chart->representative(p), a);
        QCOMPARE(m_chart->representative(q), a);
        QVERIFY(!m_chart->isFolded(b));
        QCOMPARE(int(m_chart->drawing().nodes.size()), 6);
        const QByteArray collapsed = m_chart->toJson();
        QVERIFY(collapsed != start);
        undo->undo();
        QCOMPARE(m_chart->toJson(), start);
        QVERIFY(m_chart->folded().isEmpty());
        undo->redo();
        QCOMPARE(m_chart->toJson(), collapsed);
        m_chart->expandCollapsed({ a });
        QVERIFY(m_chart->folded().isEmpty());
        QCOMPARE(m_chart->toJson(), start);
        undo->undo();
        QCOMPARE(m_chart->toJson(), collapsed);

        // Group B, C and D: one node at their centre, named, their links its own.
        m_chart->group({ b, c, d }, QStringLiteral("Ring"));
        const int host = std::min({ b, c, d });
        QVERIFY(m_chart->isGroup(host));
        QCOMPARE(m_chart->groups().value(host), QStringLiteral("Ring"));
        QCOMPARE(m_chart->foldedCount(host), 2);
        QCOMPARE(m_chart->selection(), QSet<int> { host });
        QCOMPARE(m_chart->selectedEntities(), (QSet<int> { b, c, d }));
        const QPointF centre = (positions[b] + positions[c] + positions[d]) / 3;
        QVERIFY(QLineF(m_chart->position(host), centre).length() < 1e-9);
        const auto drawing = m_chart->drawing();
        QCOMPARE(int(drawing.nodes.size()), 4); // A (with P, Q), the group, X, Y
        QCOMPARE(drawing.graph.graph().edgeCount(), qint64(2)); // A–group (merged), X–Y
        QVERIFY(std::any_of(drawing.graph.nodes().begin(), drawing.graph.nodes().end(),
            [](const network::EntityNode& n) { return n.label == QLatin1String("Ring"); }));

        // Saved and opened again, the groups and folds come back.
        const QByteArray grouped = m_chart->toJson();
        QVERIFY(m_chart->saveAs(*m_ws, QStringLiteral("folded")));
        m_chart->ungroup({ host });
        QVERIFY(m_chart->groups().isEmpty());
        for (int v : { b, c, d })
            QCOMPARE(m_chart->position(v), positions[v]);
        QCOMPARE(m_chart->foldedCount(a), 2);
        QCOMPARE(m_chart->open(*m_ws, QStringLiteral("folded")).value(), 0);
        QCOMPARE(m_chart->toJson(), grouped);

        // Undo all the way back: exactly the chart before any of it.
        while (undo->count() > steps && undo->canUndo() && undo->index() > steps)
            undo->undo();
        QCOMPARE(m_chart->toJson(), start);
        for (int v : all)
            QCOMPARE(m_chart->position(v), positions[v]);
        QVERIFY(m_chart->folded().isEmpty());
        QVERIFY(m_chart->groups().isEmpty());

        // Hiding a group takes its members off too.
        m_chart->group({ b, c }, QString());
        QVERIFY(m_chart->groups().value(std::min(b, c)).contains(QLatin1String("2")));
        m_chart->hide({ std::min(b, c) });
        QVERIFY(!m_chart->visible().contains(b));
        QVERIFY(!m_chart->visible().contains(c));
        QVERIFY(m_chart->folded().isEmpty());
    }

    void snapshot()
    {
        QSet<int> all;
        for (int v = 0; v < 8; ++v)
            all.insert(v);
        m_chart->show(all, QStringLiteral("all"));
        const auto d = m_chart->drawing();
        figures::GraphFigure o;
        o.graph = d.graph;
        o.points = d.points;
        o.size = QSize(800, 500);
        o.caption = QStringLiteral("Test caption 42");
        const figures::Picture picture = figures::graphPicture(o);
        const QString png = m_dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(figures::FigureWriter::write(png, picture));
        QImage image(png);
        QCOMPARE(image.size(), QSize(800, 500));
        int coloured = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                coloured += image.pixelColor(x, y).saturation() > 120;
        }
        QVERIFY2(coloured > 200, qPrintable(QString::number(coloured)));
        const QString svg = m_dir.filePath(QStringLiteral("chart.svg"));
        QVERIFY(figures::FigureWriter::write(svg, picture));
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("<svg"));
        QVERIFY(text.contains("Test caption 42"));
        QVERIFY(text.contains("Anna Kovacs"));
        QVERIFY(text.contains("Person (")); // the legend: each type and how many
        // A name that is neither: a reason, and no file.
        const QString bad = m_dir.filePath(QStringLiteral("chart.doc"));
        const Status st = figures::FigureWriter::write(bad, picture);
        QVERIFY(!st);
        QVERIFY(st.error().message.contains(QLatin1String(".png")));
        QVERIFY(!QFile::exists(bad));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    std::unique_ptr<network::LinkChart> m_chart;
    QHash<QString, int> m_n;
    int m_count = 0;
};

QTEST_MAIN(TestLinkChart)
#include "tst_linkchart.moc"
