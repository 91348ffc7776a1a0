#pragma once

#include "analysis/filter.h"
#include "core/result.h"
#include "figures/figurewriter.h"
#include "reports/reportdocument.h"
#include "sharing/releasability.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace waymark::store {
class Workspace;
}

namespace waymark::sharing {

/// Draws a report figure at print resolution with the views' own renderers
/// (figures::drawMap, figures::graphPicture and figures::chartPicture), from a connection of its own to the workspace
/// file, so the figure follows its own filter whatever the window shows. The same request draws it again when the data
/// has changed (Refresh figure).
class FigureMaker {
public:
    /// What to draw: `kind` is map, graph, timeline, chart or route; `params`
    /// hold the view's state:
    /// - map: "bounds" [x0, y0, x1, y1] in Web Mercator world units, "layers";
    /// - graph: "entities" (entity keys shown), "positions" {key: [x, y]}, "colour" (type|community);
    /// - timeline: "from", "to" (Julian days shown);
    /// - chart: "breakdown" (Breakdown::name);
    /// - route: "route" (ORIGIN>DEST, RouteVolume::Route::key).
    struct Request {
        QString kind;
        analysis::Filter filter;
        QJsonObject params;

        QJsonObject toJson() const;
        static Request fromJson(const QString& kind, const QJsonObject& source);
    };
    struct Made {
        QByteArray png;
        reports::Figure figure; ///< kind, caption, filter in words, data date, source, fingerprint, personal
    };

    /// Pixels per logical pixel of the drawing (1200 logical pixels wide at
    /// 2 fill an A4 text width at about 350 dpi).
    static constexpr double printScale = 2.0;

    static Result<Made> make(const QString& workspacePath, const Request& request);
    /// The figure drawn (at 1 logical pixel; write it at printScale), with the caption it makes.
    static Result<figures::Picture> picture(const QString& workspacePath, const Request& request, QString* caption);

    /// The releasability check of what the figure is drawn from: the
    /// incidents under its filter (map, timeline, chart), or the link
    /// chart's entities and the links between them.
    static Result<Releasability::Outcome> check(store::Workspace& ws, const Request& request, Destination destination);
    /// The request drawing only what the check released: the withheld
    /// sources left out of its filter, the withheld entities and links left
    /// out of its link chart.
    static Request released(store::Workspace& ws, const Request& request, const Releasability::Outcome& outcome);
    /// Draws a stored figure again with its stored filter and view; the
    /// analyst's caption is kept.
    static Result<Made> remake(const QString& workspacePath, const reports::Figure& figure);
    /// "Map", "Link chart", "Timeline", "Breakdown chart", "Route chart".
    static QString kindTitle(const QString& kind);
};

} // namespace waymark::sharing
