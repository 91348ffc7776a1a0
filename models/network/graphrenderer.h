#pragma once

#include "network/entitygraph.h"
#include "network/layout.h"

#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace waymark::network {

/// Draws a link chart's graph with QPainter: links (money links as arrows as
/// wide as the amount), entities as their type's icon on a disc of its
/// colour, sized by a measure, with a ring of their community's colour when
/// coloured by community, and the names of the most important ones placed
/// so that none overlaps another. The figure around it (legend, caption,
/// writing a file) is figures::paintGraphFigure(); the link chart view draws
/// with the same pieces.
class GraphRenderer {
public:
    enum class Colour { ByType, ByCommunity };
    struct Options {
        QSize size { 1600, 1000 };
        Colour colour = Colour::ByType;
        std::vector<double> nodeSize; ///< per node, any scale (e.g. betweenness); empty: all alike
        std::vector<int> community; ///< for Colour::ByCommunity
        int labels = 25; ///< label this many of the largest nodes (fewer when they would overlap)
        QRectF area; ///< where the layout is fitted; empty: the frame less 40 pixels
        QRectF labelArea; ///< where names may go (e.g. not under the legend); empty: the frame
    };

    static void paint(
        QPainter& painter, const EntityGraph& graph, const Layout::Points& points, const Options& options);
    static QImage render(const EntityGraph& graph, const Layout::Points& points, const Options& options);
    static QColor typeColour(const QString& type);
    /// The colour the entity had in its network file, else its type's.
    static QColor nodeColour(const EntityNode& node);
    /// A community's ring colour.
    static QColor communityColour(int community);

    /// Money moved from one node to another: the money links' amounts summed
    /// per direction.
    struct MoneyFlow {
        int from = 0;
        int to = 0;
        double total = 0;
    };
    static std::vector<MoneyFlow> moneyFlows(const EntityGraph& graph);
    /// Draws a money link from the disc at `from` (radius `fromRadius`) to the
    /// one at `to`, ending in an arrowhead at the second disc's edge;
    /// `offset` moves it sideways (pixels, to its left) so that flows both
    /// ways between two entities stay apart.
    static void paintArrow(QPainter& painter, QPointF from, QPointF to, double fromRadius, double toRadius,
        double width, const QColor& colour, double offset = 0);
    /// The width of a money link: 1.5 to 9 pixels by the square root of its share of the largest.
    static double moneyWidth(double total, double largest);
    static QColor moneyColour();
};

} // namespace waymark::network
