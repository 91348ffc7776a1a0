#pragma once

#include "analysis/filter.h"
#include "core/result.h"
#include "figures/figurewriter.h"
#include "sharing/releasability.h"

#include <QColor>
#include <QString>

namespace waymark::store {
class Workspace;
}
namespace waymark::network {
class EntityGraph;
}
namespace waymark::ingest {
struct GraphDocument;
}

namespace waymark::sharing {

/// A figure (map, timeline, breakdown or route chart, link chart) through
/// the one releasability check, for the GUI's Export figure and for
/// `waymark render`. The check counts the records the figure is drawn from;
/// what may not go is not drawn: a map or chart is drawn under releasedFilter()
/// (the withheld sources left out of the filter), a link chart from
/// releasedGraph() (withheld entities and links left out). write() writes
/// the file and the audit record naming the figure, the file and its hash.
class FigureExport {
public:
    /// The incidents a map or chart under `filter` is drawn from.
    static Result<Releasability::Outcome> checkIncidents(
        store::Workspace& ws, const analysis::Filter& filter, Destination destination);
    /// The entities of `graph` and its links (those between two of its nodes).
    static Result<Releasability::Outcome> checkGraph(
        store::Workspace& ws, const network::EntityGraph& graph, Destination destination);

    /// `filter` without the sources whose incidents the check withheld.
    static analysis::Filter releasedFilter(analysis::Filter filter, const Releasability::Outcome& outcome);
    /// `graph` with only the entities and links the check released.
    static network::EntityGraph releasedGraph(
        store::Workspace& ws, const network::EntityGraph& graph, const Releasability::Outcome& outcome);

    /// Marks a link chart written as a network file (`doc`, made from the
    /// released `graph`): the export's marking and conditions as the
    /// graph's own attributes, each node's and link's under "tlp" and
    /// "handling_conditions" (Releasability::markColumns).
    static Status markGraphDocument(store::Workspace& ws, ingest::GraphDocument& doc, const network::EntityGraph& graph,
        const Releasability::Outcome& outcome);

    /// The picture with the export's marking (the most restrictive TLP
    /// label among what it shows) in a footer band of its own, in TLP 2.0's
    /// colours on black, with the handling conditions it carries before it
    /// (the figure drawn a little smaller above the band, at the size asked for), and
    /// both at the head of its caption (the SVG's description, the PDF's
    /// subject). Unchanged when nothing is released.
    static figures::Picture marked(const figures::Picture& picture, const Releasability::Outcome& outcome);
    /// TLP 2.0's colour of a label's text (on black).
    static QColor markingColour(const QString& tlp);

    /// Writes the picture, marked (PNG, SVG or PDF by the file's ending) and records
    /// `export.figure`: what left (the outcome, `kind`), where (the file and
    /// the destination) and the file's SHA-256. The SHA-256.
    static Result<QString> write(store::Workspace& ws, const Releasability::Outcome& outcome,
        const figures::Picture& picture, const QString& path, const QString& kind, double scale = 1);
};

} // namespace waymark::sharing
