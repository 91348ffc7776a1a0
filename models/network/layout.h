#pragma once

#include "core/feedback.h"

#include <QPointF>

#include <vector>

namespace waymark::network {

class Graph;

/// Where to draw the nodes of a graph. Positions are in layout units where
/// an edge is about 1 long; the view scales them.
class Layout {
public:
    using Points = std::vector<QPointF>;

    struct ForceOptions {
        /// Steps at most; a layout settles earlier (a few hundred steps suffice
        /// for 10k nodes, as the start already puts linked nodes together).
        int maxIterations = 150;
        /// Stop when the mean move of a node in one step falls below this
        /// fraction of the ideal edge length: the layout has settled.
        double tolerance = 0.002;
        quint64 seed = 1;
        /// Start here (e.g. the chart the analyst already has); nodes beyond
        /// the list, or at NaN, start next to their placed neighbours.
        Points initial;
        /// Nodes that stay where they are (pinned by the analyst).
        std::vector<bool> pinned;
        /// Width / height of the view the layout is for (0: any): each
        /// connected piece is turned so its long axis runs along the view's
        /// longer side, and the pieces are packed to that shape.
        double aspect = 0;
    };
    struct ForceResult {
        Points points;
        int iterations = 0;
        bool converged = false;
    };
    /// Fruchterman–Reingold (1991) with Barnes–Hut repulsion on both cores,
    /// so a step costs O(n log n). A fresh layout of 2,000 nodes or more
    /// starts from pivotMds() and takes at most 60 steps; a smaller one
    /// starts from a breadth-first sweep that puts linked nodes together. The step
    /// length adapts (Hu 2005) within a cooling schedule, so it settles in
    /// far fewer steps than from scattered points; a weak pull to the centre
    /// keeps separate pieces in view, and they are packed apart at the end.
    static ForceResult fruchtermanReingold(const Graph& g, const ForceOptions& options, Feedback* feedback = nullptr);
    /// Pivot MDS (Brandes and Pich 2006) per connected piece: the hop
    /// distances from `pivots` nodes far apart are embedded in the plane by
    /// classical scaling, so graph distance becomes distance on the page (an
    /// edge is about 1 long). O(pivots · links); nodes with the same
    /// distances to every pivot (leaves of one hub) land on one spot. Each
    /// piece is centred on the origin (pack them apart yourself).
    static Points pivotMds(const Graph& g, int pivots = 50);
    /// Kamada–Kawai (Boost.Graph) per connected piece, pieces packed in rows.
    /// Meant for small charts (hundreds of nodes).
    static Points kamadaKawai(const Graph& g);
    static Points circular(const Graph& g);
    /// Stretches the points (NaN ones left alone) about their middle so that
    /// their bounds take `aspect` (width / height) with the same area: a
    /// force layout comes out round, a view or a page is wide. By a third at
    /// most either way, so nothing is squashed onto its neighbour (the
    /// layout's `aspect` option does the rest by turning and packing pieces).
    static void fitAspect(Points& points, double aspect);
    /// Rings of equal distance (in links) around a focal node; nodes out of
    /// its reach on an outer ring.
    static Points radial(const Graph& g, int focal);
    /// Layers by distance from the roots (top to bottom), ordered within a
    /// layer by the mean position of their parents to reduce crossings.
    static Points hierarchical(const Graph& g, const std::vector<int>& roots);
};

} // namespace waymark::network
