#include "figures/graphfigure.h"

#include "network/centrality.h"
#include "network/communities.h"
#include "network/entitystyle.h"
#include "network/graphrenderer.h"
#include "network/structure.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <memory>

namespace waymark::figures {

GraphFigure prepareGraphFigure(GraphFigure f)
{
    const std::vector<bool> keep = network::Structure::inLargestComponents(f.graph.graph(), f.pieces);
    if (!keep.empty()) {
        // subgraph() keeps the nodes in order, so the per-node vectors follow.
        auto subset = [&](auto& values) {
            if (values.size() != keep.size())
                return;
            std::remove_reference_t<decltype(values)> kept;
            for (size_t v = 0; v < keep.size(); ++v) {
                if (keep[v])
                    kept.push_back(values[v]);
            }
            values = std::move(kept);
        };
        subset(f.points);
        subset(f.nodeSize);
        subset(f.community);
        f.graph = f.graph.subgraph([&](int v) { return bool(keep[size_t(v)]); });
    }
    const network::Graph& g = f.graph.graph();
    const size_t n = size_t(g.nodeCount());
    if (f.points.size() != n) {
        network::Layout::ForceOptions o;
        o.aspect = double(f.size.width() - 250) / std::max(1, f.size.height() - 100);
        f.points = network::Layout::fruchtermanReingold(g, o).points;
        // Shaped to the page, so that the figure has no empty half.
        if (f.size.height() > 0)
            network::Layout::fitAspect(f.points, o.aspect);
    } else if (std::any_of(f.points.begin(), f.points.end(), [](const QPointF& p) { return std::isnan(p.x()); })) {
        // Place the ones without a position around those that have one.
        network::Layout::ForceOptions o;
        o.initial = f.points;
        std::vector<bool> pinned(n);
        for (size_t v = 0; v < n; ++v)
            pinned[v] = !std::isnan(f.points[v].x());
        o.pinned = pinned;
        f.points = network::Layout::fruchtermanReingold(g, o).points;
    }
    if (f.nodeSize.size() != n) {
        f.nodeSize = network::Centrality::betweenness(g, {});
        for (size_t v = 0; v < n; ++v)
            f.nodeSize[v] += 1e-3 * g.degree(int(v)); // isolated and leaf nodes still show
    }
    if (f.colour == GraphFigure::Colour::ByCommunity && f.community.size() != n)
        f.community = network::Communities::louvain(g).community;
    return f;
}

Legend entityLegend(const QMap<QString, int>& typeCounts, int communities)
{
    Legend legend;
    legend.title = QCoreApplication::translate("GraphFigure", "Entity type");
    // The house order of types first, then any others by name.
    QStringList types;
    for (const QString& t : network::EntityStyle::types()) {
        if (typeCounts.contains(t))
            types << t;
    }
    for (auto it = typeCounts.cbegin(); it != typeCounts.cend(); ++it) {
        if (!types.contains(it.key()))
            types << it.key();
    }
    const QLocale locale;
    for (const QString& t : std::as_const(types)) {
        legend.symbol(
            [t](QPainter& p, const QRectF& square) {
                network::EntityStyle::paintEntity(p, t, square, network::EntityStyle::typeColour(t));
            },
            QCoreApplication::translate("GraphFigure", "%1 (%2)")
                .arg(network::EntityStyle::typeName(t), locale.toString(typeCounts.value(t))));
    }
    if (communities > 0)
        legend.note(QCoreApplication::translate("GraphFigure", "Ring: community (%n found)", nullptr, communities));
    return legend;
}

Legend graphLegend(const GraphFigure& f)
{
    QMap<QString, int> counts;
    for (const network::EntityNode& e : f.graph.nodes())
        ++counts[e.type];
    int communities = 0;
    if (f.colour == GraphFigure::Colour::ByCommunity)
        communities = int(QSet<int>(f.community.begin(), f.community.end()).size());
    Legend legend = entityLegend(counts, communities);
    if (f.colour == GraphFigure::Colour::ByCommunity && communities == 0)
        legend.note(QCoreApplication::translate("GraphFigure", "Ring: community"));
    if (f.nodeSize.size() == size_t(f.graph.graph().nodeCount()) && !f.nodeSize.empty())
        legend.note(QCoreApplication::translate("GraphFigure", "Size: centrality"));
    if (!network::GraphRenderer::moneyFlows(f.graph).empty())
        legend.add(Legend::Entry::Shape::Line, network::GraphRenderer::moneyColour(),
            QCoreApplication::translate("GraphFigure", "Money: arrow to the payee, width by amount"), 4);
    return legend;
}

void paintGraphFigure(QPainter& p, const GraphFigure& f)
{
    p.save();
    const QRectF frame(QPointF(0, 0), QSizeF(f.size));
    p.fillRect(frame, Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    const Legend legend = graphLegend(f);
    const double legendWidth = legendSize(legend).width() + 24;
    network::GraphRenderer::Options o;
    o.size = f.size;
    o.area = frame.adjusted(40, 40, -std::max(40.0, legendWidth), f.caption.isEmpty() ? -40 : -60);
    o.labelArea = frame.adjusted(4, 4, -std::max(4.0, legendWidth - 12), f.caption.isEmpty() ? -4 : -50);
    o.colour = f.colour == GraphFigure::Colour::ByCommunity ? network::GraphRenderer::Colour::ByCommunity
                                                            : network::GraphRenderer::Colour::ByType;
    o.nodeSize = f.nodeSize;
    o.community = f.community;
    o.labels = f.labels;
    network::GraphRenderer::paint(p, f.graph, f.points, o);
    paintLegend(p, legend, frame);
    if (!f.caption.isEmpty()) {
        QFont font = p.font();
        font.setPixelSize(14);
        font.setBold(false);
        p.setFont(font);
        p.setPen(Qt::black);
        p.drawText(QRectF(20, frame.bottom() - 45, frame.width() - 40, 40),
            Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, f.caption);
    }
    p.restore();
}

Picture graphPicture(GraphFigure figure)
{
    auto prepared = std::make_shared<const GraphFigure>(prepareGraphFigure(std::move(figure)));
    return Picture { prepared->size,
        prepared->title.isEmpty() ? QCoreApplication::translate("GraphFigure", "Waymark link chart") : prepared->title,
        prepared->caption, [prepared](QPainter& p) { paintGraphFigure(p, *prepared); } };
}

} // namespace waymark::figures
