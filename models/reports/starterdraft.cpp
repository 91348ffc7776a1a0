#include "starterdraft.h"

#include "analysis/incidentsnapshot.h"
#include "core/yardstick.h"
#include "figures/figurewriter.h"
#include "figures/mapfigure.h"
#include "finance/scorepresentation.h"
#include "finance/scorerun.h"
#include "geo/geogrid.h"
#include "geo/getisord.h"
#include "geo/kerneldensity.h"
#include "map/maprenderer.h"
#include "map/routeflows.h"
#include "network/entitygraph.h"
#include "network/keyactors.h"
#include "reports/datafingerprint.h"
#include "reports/reportstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <numeric>

namespace waymark::reports {

namespace {

QString num(qint64 n)
{
    return QLocale::c().toString(n);
}

QString dayText(qint64 julian)
{
    return QDate::fromJulianDay(julian).toString(Qt::ISODate);
}

/// The starter draft's map: the world, routes and incidents.
constexpr quint32 draftMapLayers = map::MapRenderer::Basemap | map::MapRenderer::Routes | map::MapRenderer::Points;

/// Evidence for snapshot incidents, most victims first.
std::vector<Evidence> incidentEvidence(store::Workspace& ws, ReportStore& store, const analysis::IncidentSnapshot& s,
    std::vector<quint32> members, int limit)
{
    std::stable_sort(members.begin(), members.end(), [&](quint32 a, quint32 b) { return s.victims[a] > s.victims[b]; });
    std::vector<Evidence> out;
    store::Statement& key = ws.cached("SELECT coalesce(incident_key, '#' || id) FROM incidents WHERE id = ?");
    for (quint32 i : members) {
        if (int(out.size()) >= limit)
            break;
        key.bind(1, s.ids[i]);
        const QString k = key.next() ? key.text(0) : QString();
        key.reset();
        if (k.isEmpty())
            continue;
        // A generated draft cites nothing graded unreliable or suspected
        // false: such evidence needs a caveat only an analyst can write.
        if (auto e = store.evidence(Evidence::Kind::Incident, k); e && !e->isWeak())
            out.push_back(e.value());
    }
    return out;
}

struct Hotspot {
    QString place;
    double z = 0;
    geo::Trend trend = geo::Trend::None;
    std::vector<quint32> later;
    int earlier = 0;
};

QString nearestPlace(const analysis::IncidentSnapshot& s, double lon, double lat)
{
    double best = 1e300;
    QString name;
    for (auto it = s.places.cbegin(); it != s.places.cend(); ++it) {
        const analysis::PlaceInfo& p = it.value();
        if (!p.isCity)
            continue;
        const double dx = (p.lon - lon) * std::cos(lat * M_PI / 180), dy = p.lat - lat;
        const double d = dx * dx + dy * dy;
        if (d < best) {
            best = d;
            const analysis::PlaceInfo country = s.places.value(p.country);
            name = country.name.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, country.name);
        }
    }
    return name.isEmpty() ? QStringLiteral("%1, %2").arg(lat, 0, 'f', 2).arg(lon, 0, 'f', 2) : name;
}

Result<std::vector<Hotspot>> emergingHotspots(const analysis::IncidentSnapshot& s, const analysis::Filter& filter,
    const DraftOptions& o, Feedback& feedback, QString* periods)
{
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    for (size_t i = 0; i < s.size(); ++i) {
        if (s.dayFrom[i] == analysis::IncidentSnapshot::noDay)
            continue;
        lo = std::min<qint64>(lo, s.dayFrom[i]);
        hi = std::max<qint64>(hi, s.dayTo[i]);
    }
    if (lo > hi || s.pointCount == 0)
        return std::vector<Hotspot>();
    qint64 from = filter.dayFrom.value_or(lo), to = filter.dayTo.value_or(hi);
    if (!filter.dayFrom && !filter.dayTo)
        from = lo + (hi - lo + 1) / 2;
    const qint64 length = to - from + 1;
    const auto later = s.indicesInWindow(from, to);
    const auto earlier = s.indicesInWindow(from - length, from - 1);
    *periods = QCoreApplication::translate("StarterDraft", "%1 – %2 against %3 – %4")
                   .arg(dayText(from), dayText(to), dayText(from - length), dayText(from - 1));

    std::vector<float> allLon(s.lon.begin(), s.lon.begin() + qsizetype(s.pointCount));
    std::vector<float> allLat(s.lat.begin(), s.lat.begin() + qsizetype(s.pointCount));
    const auto box = geo::KernelDensity::paddedBounds(geo::GeoPointsF(allLon, allLat), o.bandKm);
    if (!box)
        return std::vector<Hotspot>();
    auto grid = geo::GeoGrid::covering(*box, o.cellKm);
    if (!grid)
        return grid.error();
    auto gi = [&](const std::vector<quint32>& members) {
        std::vector<float> lon, lat;
        for (quint32 i : members) {
            if (s.located[i] == analysis::IncidentSnapshot::Located::Point) {
                lon.push_back(s.lon[i]);
                lat.push_back(s.lat[i]);
            }
        }
        return geo::GetisOrd::compute(grid->counts(geo::GeoPointsF(lon, lat)), o.bandKm, feedback);
    };
    auto a = gi(earlier);
    if (!a)
        return a.error();
    auto b = gi(later);
    if (!b)
        return b.error();
    auto trends = geo::GetisOrd::emerging(a.value(), b.value());
    if (!trends)
        return trends.error();
    std::vector<qint64> cells;
    for (size_t c = 0; c < trends->size(); ++c) {
        if (trends.value()[c] == geo::Trend::NewHot || trends.value()[c] == geo::Trend::Intensifying)
            cells.push_back(qint64(c));
    }
    const std::vector<float>& z = b->z.values;
    std::sort(cells.begin(), cells.end(), [&](qint64 x, qint64 y) { return z[size_t(x)] > z[size_t(y)]; });
    std::vector<Hotspot> out;
    for (qint64 c : cells) {
        if (int(out.size()) >= o.hotspots)
            break;
        const int col = int(c % grid->cols), row = int(c / grid->cols);
        const QString place = nearestPlace(s, grid->centreLon(col), grid->centreLat(row));
        if (std::any_of(out.begin(), out.end(), [&](const Hotspot& h) { return h.place == place; }))
            continue;
        Hotspot h;
        h.place = place;
        h.z = z[size_t(c)];
        h.trend = trends.value()[size_t(c)];
        // Incidents within the neighbourhood band of the cell's centre.
        const double clon = grid->centreLon(col), clat = grid->centreLat(row);
        auto near = [&](quint32 i) {
            if (s.located[i] != analysis::IncidentSnapshot::Located::Point)
                return false;
            const double dx = (s.lon[i] - clon) * std::cos(clat * M_PI / 180) * geo::GeoGrid::kKmPerDegree;
            const double dy = (s.lat[i] - clat) * geo::GeoGrid::kKmPerDegree;
            return dx * dx + dy * dy <= o.bandKm * o.bandKm;
        };
        for (quint32 i : later) {
            if (near(i))
                h.later.push_back(i);
        }
        h.earlier = int(std::count_if(earlier.begin(), earlier.end(), near));
        out.push_back(std::move(h));
    }
    return out;
}

Result<QByteArray> mapFigure(store::Workspace& ws, const analysis::Filter& filter, const DraftOptions& o)
{
    // The map reads through a connection of its own, given the draft's
    // filter without saving it over the user's.
    figures::MapFigure request;
    request.workspace = ws.path();
    request.filter = filter;
    request.layers = draftMapLayers;
    request.size = o.mapSize;
    request.margin = 60;
    auto drawn = figures::drawMap(request);
    if (!drawn)
        return drawn.error();
    auto png = figures::FigureWriter::png(drawn->picture, o.mapScale);
    if (!png)
        return Error(
            QCoreApplication::translate("StarterDraft", "The route map could not be drawn."), png.error().message);
    return png;
}

} // namespace

Result<ReportDocument> StarterDraft::build(
    store::Workspace& ws, const analysis::Filter& filter, Feedback& feedback, const DraftOptions& o)
{
    ReportStore store(ws);
    ReportDocument d = ReportDocument::fromTemplate(ReportDocument::Template::StandardKjr);
    d.generated = true;
    d.title = o.title.isEmpty()
        ? QCoreApplication::translate("StarterDraft", "Starter draft: %1")
              .arg(filter.isEmpty() ? QCoreApplication::translate("StarterDraft", "all incidents") : filter.describe())
        : o.title;
    feedback.setStatus(QCoreApplication::translate("StarterDraft", "Reading incidents"));
    auto loaded = analysis::IncidentSnapshot::load(ws, filter, feedback);
    if (!loaded)
        return loaded.error();
    const analysis::IncidentSnapshot& s = *loaded.value();
    const auto members = s.indicesInWindow(filter.dayFrom, filter.dayTo);
    d.dataCutOff = QDate::fromString(s.dataDate.left(10), Qt::ISODate);
    if (feedback.isCanceled())
        return Error(QCoreApplication::translate("StarterDraft", "Canceled."));

    qint64 victims = 0;
    for (quint32 i : members)
        victims += s.victims[i];
    const QString scope = filter.isEmpty()
        ? QCoreApplication::translate("StarterDraft", "all incidents in the workspace")
        : filter.describe();

    // Leading routes.
    feedback.setStatus(QCoreApplication::translate("StarterDraft", "Aggregating routes"));
    const map::RouteFlows flows = map::RouteFlows::build(s, members);
    QString routeHtml;
    if (!flows.flows().empty()) {
        const map::RouteFlow& top = flows.flows().front();
        KeyJudgement j;
        j.generated = true;
        j.term = QStringLiteral("likely");
        j.confidence = QStringLiteral("moderate");
        j.statement
            = QCoreApplication::translate("StarterDraft",
                "It is likely that %1 → %2 is the leading trafficking route in this period: it carried %3 of "
                "the %4 incidents with a known route, with %5 victims.")
                  .arg(top.fromName, top.toName, num(top.incidents), num(flows.incidentsWithRoute()), num(top.victims));
        j.rationale = QCoreApplication::translate(
            "StarterDraft", "Counted from recorded route legs; %1 incidents have no route recorded.")
                          .arg(num(flows.incidentsWithoutRoute()));
        j.evidence = incidentEvidence(ws, store, s, top.members, o.evidencePerJudgement);
        d.judgements.push_back(std::move(j));
        routeHtml += QStringLiteral("<p>%1</p><table border=\"1\" cellspacing=\"0\" "
                                    "cellpadding=\"4\"><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                         .arg(QCoreApplication::translate(
                                  "StarterDraft", "Leading routes (incidents with a recorded route: %1).")
                                  .arg(num(flows.incidentsWithRoute())),
                             QCoreApplication::translate("StarterDraft", "Route"),
                             QCoreApplication::translate("StarterDraft", "Incidents"),
                             QCoreApplication::translate("StarterDraft", "Victims"));
        for (int k = 0; k < o.routes && k < int(flows.flows().size()); ++k) {
            const map::RouteFlow& f = flows.flows()[size_t(k)];
            routeHtml
                += QStringLiteral("<tr><td>%1 → %2</td><td>%3</td><td>%4</td></tr>")
                       .arg(f.fromName.toHtmlEscaped(), f.toName.toHtmlEscaped(), num(f.incidents), num(f.victims));
        }
        routeHtml += QStringLiteral("</table>");
    }

    // Emerging hotspots.
    feedback.setStatus(QCoreApplication::translate("StarterDraft", "Finding emerging hotspots"));
    QString periods;
    auto hotspots = emergingHotspots(s, filter, o, feedback, &periods);
    if (!hotspots)
        return hotspots.error();
    QString hotHtml;
    if (!hotspots->empty()) {
        const Hotspot& h = hotspots->front();
        KeyJudgement j;
        j.generated = true;
        j.term = QStringLiteral("highly likely");
        j.confidence = QStringLiteral("moderate");
        j.statement = QCoreApplication::translate("StarterDraft",
            "It is highly likely that the area around %1 is an emerging hotspot: %2 incidents within %3 km "
            "in the later period against %4 before (Gi* z = %5).")
                          .arg(h.place, num(qint64(h.later.size())), QString::number(o.bandKm), num(h.earlier))
                          .arg(h.z, 0, 'f', 1);
        j.rationale = QCoreApplication::translate("StarterDraft",
            "Getis-Ord Gi* hot at 95 % confidence or more, %1; depends on where incidents are reported.")
                          .arg(periods);
        j.evidence = incidentEvidence(ws, store, s, h.later, o.evidencePerJudgement);
        d.judgements.push_back(std::move(j));
        hotHtml += QStringLiteral("<p>%1</p><ul>")
                       .arg(QCoreApplication::translate("StarterDraft", "Emerging hotspots, %1:")
                                .arg(periods)
                                .toHtmlEscaped());
        for (const Hotspot& x : hotspots.value())
            hotHtml += QStringLiteral("<li>%1: %2, %3 incidents against %4 before, Gi* z = %5</li>")
                           .arg(x.place.toHtmlEscaped(), geo::GetisOrd::trendName(x.trend).toHtmlEscaped(),
                               num(qint64(x.later.size())), num(x.earlier))
                           .arg(x.z, 0, 'f', 1);
        hotHtml += QStringLiteral("</ul>");
    }

    // Key actors among people, with phones and accounts folded into their users.
    feedback.setStatus(QCoreApplication::translate("StarterDraft", "Ranking key actors"));
    auto graph = network::EntityGraph::load(ws, filter.dayFrom, filter.dayTo);
    if (!graph)
        return graph.error();
    QString actorHtml;
    if (graph->graph().nodeCount() > 0) {
        const network::EntityGraph folded = graph->attributed();
        std::vector<bool> people(graph->nodes().size());
        for (size_t v = 0; v < people.size(); ++v)
            people[v] = graph->nodes()[v].type == QLatin1String("person");
        const auto ranked = network::KeyActors::rank(folded.graph(), people, &feedback);
        if (!ranked.empty() && ranked.front().score > 0) {
            KeyJudgement j;
            j.generated = true;
            j.term = QStringLiteral("likely");
            j.confidence = QStringLiteral("low");
            QStringList names;
            actorHtml += QStringLiteral("<p>%1</p><ol>")
                             .arg(QCoreApplication::translate("StarterDraft", "Key actors in the link graph (people):")
                                      .toHtmlEscaped());
            for (int k = 0; k < o.actors && k < int(ranked.size()); ++k) {
                const network::KeyActor& a = ranked[size_t(k)];
                const network::EntityNode& n = graph->nodes()[size_t(a.node)];
                names << n.label;
                if (auto e = store.evidence(Evidence::Kind::Entity, n.key))
                    j.evidence.push_back(e.value());
                actorHtml += QStringLiteral("<li>%1: score %2, %3 links%4. %5</li>")
                                 .arg(n.label.toHtmlEscaped(), QString::number(a.score, 'f', 2), num(a.degree),
                                     a.broker ? QCoreApplication::translate("StarterDraft", ", a broker between groups")
                                              : QString(),
                                     a.reasons.join(QStringLiteral("; ")).toHtmlEscaped());
            }
            actorHtml += QStringLiteral("</ol>");
            const network::KeyActor& top = ranked.front();
            j.statement
                = QCoreApplication::translate("StarterDraft",
                    "It is likely that %1 is a key actor in the network, with %2 links%3; %4 and %5 also "
                    "rank high.")
                      .arg(names.value(0), num(top.degree),
                          top.broker ? QCoreApplication::translate("StarterDraft", " and a broker between groups")
                                     : QString(),
                          names.value(1), names.value(2));
            j.rationale = QCoreApplication::translate("StarterDraft",
                "Ranked by betweenness, PageRank and degree over the recorded links; links are only as "
                "good as the reporting.");
            d.judgements.push_back(std::move(j));
        }
    }

    auto p = [](const QString& text) { return QStringLiteral("<p>%1</p>").arg(text.toHtmlEscaped()); };

    // Typology alerts: the accounts of the latest stored score run at or
    // above 50 %, highest first.
    feedback.setStatus(QCoreApplication::translate("StarterDraft", "Reading the typology alerts"));
    QString alertHtml;
    auto run = finance::ScoreRun::latest(ws);
    if (!run)
        return run.error();
    if (run->runId == 0) {
        alertHtml = p(QCoreApplication::translate("StarterDraft",
            "No accounts have been scored in this workspace: score them in the Accounts tab and draft again to "
            "include the typology alerts."));
    } else {
        // Scores or calibrated probabilities, as ScorePresentation decides:
        // an uncalibrated score gets no yardstick term and no key judgement.
        auto presentation = finance::ScorePresentation::load(ws, run->typologies);
        if (!presentation)
            return presentation.error();
        std::vector<std::pair<const finance::ScoreRun::Stored::Row*, finance::AccountVerdict>> alerts;
        for (const auto& r : run->rows) {
            finance::AccountVerdict v = presentation->verdict(r.probability, r.leadingId, r.leadingLogOdds);
            if (v.sortKey() >= 0.5)
                alerts.emplace_back(&r, std::move(v));
        }
        std::stable_sort(alerts.begin(), alerts.end(),
            [](const auto& a, const auto& b) { return a.second.sortKey() > b.second.sortKey(); });
        const QString when = run->at.left(10);
        if (alerts.empty()) {
            alertHtml = p(QCoreApplication::translate("StarterDraft",
                "No account reached the alert threshold (score 50 / 100, or a calibrated probability of 50 %) in "
                "score run %1 (%2, %3 accounts).")
                              .arg(run->runId)
                              .arg(when, num(qint64(run->rows.size()))));
        } else {
            const auto* top = alerts.front().first;
            const finance::AccountVerdict& topVerdict = alerts.front().second;
            KeyJudgement j;
            j.generated = true;
            j.confidence = QStringLiteral("low");
            alertHtml
                += QStringLiteral("<p>%1 %2</p><table border=\"1\" cellspacing=\"0\" cellpadding=\"4\"><tr><th>%3</"
                                  "th><th>%4</th><th>%5</th><th>%6</th><th>%7</th><th>%8</th></tr>")
                       .arg(QCoreApplication::translate("StarterDraft",
                                "Typology alerts, score run %1 of %2: %n account(s) at the alert threshold or "
                                "above.",
                                "", int(alerts.size()))
                                .arg(run->runId)
                                .arg(when)
                                .toHtmlEscaped(),
                           presentation->caption().toHtmlEscaped(),
                           QCoreApplication::translate("StarterDraft", "Account"),
                           QCoreApplication::translate("StarterDraft", "Holder"),
                           QCoreApplication::translate("StarterDraft", "Shown as"),
                           QCoreApplication::translate("StarterDraft", "Value"),
                           QCoreApplication::translate("StarterDraft", "Yardstick"),
                           QCoreApplication::translate("StarterDraft", "Leading typology"));
            for (int k = 0; k < o.alerts && k < int(alerts.size()); ++k) {
                const auto* a = alerts[size_t(k)].first;
                const finance::AccountVerdict& v = alerts[size_t(k)].second;
                if (auto e = store.evidence(Evidence::Kind::Account, a->key))
                    j.evidence.push_back(e.value());
                alertHtml
                    += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                           .arg(a->key.toHtmlEscaped(), a->holder.toHtmlEscaped(), v.kindText().toHtmlEscaped(),
                               v.valueText().toHtmlEscaped(),
                               v.calibrated() ? v.yardstick().toHtmlEscaped() : QStringLiteral("—"),
                               a->leading.toHtmlEscaped());
            }
            alertHtml += QStringLiteral("</table>");
            if (topVerdict.calibrated()) {
                j.term = Yardstick::termOf(topVerdict.probability).term;
                j.statement = QCoreApplication::translate("StarterDraft",
                    "It is %1 that account %2 shows the financial behaviour of %3: its probability, calibrated on "
                    "labelled accounts, is %4 in score run %5, one of %n account(s) over the alert threshold.",
                    "", int(alerts.size()))
                                  .arg(j.term, top->key, top->leading.toLower(), topVerdict.valueText())
                                  .arg(run->runId);
                j.rationale = QCoreApplication::translate("StarterDraft",
                    "Transactions compared with the typologies' red flags, calibrated on labelled accounts (%1); a "
                    "probability is not proof of trafficking.")
                                  .arg(topVerdict.reliability);
                d.judgements.push_back(std::move(j));
            }
        }
    }

    QStringList sourceNames;
    {
        store::Statement& q = ws.cached("SELECT s.name || ' (' || count(*) || ')' FROM incidents i JOIN sources s ON "
                                        "s.id = i.source_id GROUP BY s.id ORDER BY count(*) DESC");
        while (q.next())
            sourceNames << q.text(0);
    }
    const QString note = p(QCoreApplication::translate(
        "StarterDraft", "[Generated by Waymark from the data: check every number and rewrite.]"));
    d.section(QStringLiteral("scope"))->html = note
        + p(QCoreApplication::translate("StarterDraft", "Period and filter: %1. Sources of incidents: %2.")
                .arg(scope, sourceNames.join(QStringLiteral(", "))));
    d.section(QStringLiteral("background"))->html = note
        + p(QCoreApplication::translate("StarterDraft", "%1 incidents with %2 victims match the filter; data as of %3.")
                .arg(num(qint64(members.size())), num(victims), s.dataDate.left(10)));
    d.section(QStringLiteral("assessment"))->html = note + routeHtml + hotHtml + actorHtml + alertHtml;
    d.section(QStringLiteral("gaps"))->html = note
        + p(QCoreApplication::translate("StarterDraft",
            "%1 incidents in the window have no recorded route. Reporting is uneven between partners and places.")
                .arg(num(flows.incidentsWithoutRoute())));

    if (o.mapFigure) {
        feedback.setStatus(QCoreApplication::translate("StarterDraft", "Drawing the route map"));
        auto png = mapFigure(ws, filter, o);
        if (!png)
            return png.error();
        Figure f;
        f.kind = QStringLiteral("map");
        f.caption = QCoreApplication::translate("StarterDraft", "Routes and incidents (generated)");
        f.filter = scope;
        f.dataDate = s.dataDate.left(10);
        // What it was drawn from, so the editor can tell when it is out of date and draw it again.
        f.source = QJsonObject { { QStringLiteral("filter"), filter.toJson() },
            { QStringLiteral("params"), QJsonObject { { QStringLiteral("layers"), qint64(draftMapLayers) } } } };
        if (auto fingerprint = DataFingerprint::of(ws))
            f.fingerprint = fingerprint.value();
        d.addFigure(png.value(), f);
    }
    return d;
}

} // namespace waymark::reports
