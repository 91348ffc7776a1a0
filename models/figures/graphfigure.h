#pragma once

#include "figures/figurewriter.h"
#include "figures/legend.h"
#include "network/entitygraph.h"
#include "network/layout.h"

#include <QMap>
#include <QSize>
#include <QString>

#include <vector>

class QPainter;

namespace waymark::figures {

/// A link chart figure: what `waymark render graph`, the link chart's
/// Export… and a report's figure ask for. What is not given is worked out
/// by prepareGraphFigure(): a layout, betweenness for the sizes, Louvain
/// communities for the colours.
struct GraphFigure {
    enum class Colour { ByType, ByCommunity };

    network::EntityGraph graph;
    network::Layout::Points points; ///< per node; empty: a force-directed layout
    Colour colour = Colour::ByType;
    int pieces = 0; ///< draw only the N largest connected pieces; 0: all
    QSize size { 1600, 1000 }; ///< logical pixels
    std::vector<double> nodeSize; ///< per node, any scale; empty: betweenness
    std::vector<int> community; ///< per node, for ByCommunity; empty: Louvain
    int labels = 25; ///< name this many of the largest nodes
    QString title; ///< the SVG's or PDF's title
    QString caption; ///< drawn along the bottom
};

/// The figure with the largest pieces kept and every missing part worked out.
GraphFigure prepareGraphFigure(GraphFigure figure);
/// The key of a link chart, for the view and for figures alike: each entity
/// type drawn, as its icon with its name and how many; when coloured by
/// community (`communities` > 0) the types stay and a note says the ring is
/// the community.
Legend entityLegend(const QMap<QString, int>& typeCounts, int communities = 0);
/// The key of a figure: entityLegend() of its nodes, and what the size says.
Legend graphLegend(const GraphFigure& figure);
/// The one way a link chart figure is painted: links, entities, names,
/// legend (top right) and caption, on a painter of the figure's size. The
/// figure must be prepared.
void paintGraphFigure(QPainter& painter, const GraphFigure& figure);
/// A prepared figure, ready for FigureWriter.
Picture graphPicture(GraphFigure figure);

} // namespace waymark::figures
