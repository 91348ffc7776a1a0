#pragma once

#include "core/result.h"
#include "network/entitygraph.h"
#include "network/layout.h"

#include <QImage>
#include <QString>

class QPainter;

namespace waymark::network {

/// Draws a link chart with QPainter: links, entities coloured by type or by
/// community and sized by a measure, the names of the most important ones,
/// a legend and a caption. Used for snapshots (PNG, SVG) and by the view.
class GraphRenderer {
public:
    enum class Colour { ByType, ByCommunity };
    struct Options {
        QSize size { 1600, 1000 };
        Colour colour = Colour::ByType;
        std::vector<double> nodeSize; ///< per node, any scale (e.g. betweenness); empty: all alike
        std::vector<int> community; ///< for Colour::ByCommunity
        int labels = 25; ///< label this many of the largest nodes
        QString caption;
    };

    static void paint(
        QPainter& painter, const EntityGraph& graph, const Layout::Points& points, const Options& options);
    static QImage render(const EntityGraph& graph, const Layout::Points& points, const Options& options);
    /// Writes the drawing as SVG (by the file's ending) or as an image (PNG…),
    /// never leaving half a file; the error says why it could not.
    static Status write(
        const QString& path, const EntityGraph& graph, const Layout::Points& points, const Options& options);
    static QColor typeColour(const QString& type);
};

} // namespace waymark::network
