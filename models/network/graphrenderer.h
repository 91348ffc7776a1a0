#pragma once

#include "network/entitygraph.h"
#include "network/layout.h"

#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace waymark::network {

/// Draws a link chart's graph with QPainter: links, entities coloured by type
/// or by community and sized by a measure, and the names of the most
/// important ones. The figure around it (legend, caption, writing a file) is
/// figures::paintGraphFigure().
class GraphRenderer {
public:
    enum class Colour { ByType, ByCommunity };
    struct Options {
        QSize size { 1600, 1000 };
        Colour colour = Colour::ByType;
        std::vector<double> nodeSize; ///< per node, any scale (e.g. betweenness); empty: all alike
        std::vector<int> community; ///< for Colour::ByCommunity
        int labels = 25; ///< label this many of the largest nodes
        QRectF area; ///< where the layout is fitted; empty: the frame less 40 pixels
    };

    static void paint(
        QPainter& painter, const EntityGraph& graph, const Layout::Points& points, const Options& options);
    static QImage render(const EntityGraph& graph, const Layout::Points& points, const Options& options);
    static QColor typeColour(const QString& type);
    /// The colour the entity had in its network file, else its type's.
    static QColor nodeColour(const EntityNode& node);
};

} // namespace waymark::network
