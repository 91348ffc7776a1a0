#include "starterdraft.h"

#include "analysis/incidentsnapshot.h"
#include "core/numbertext.h"
#include "core/yardstick.h"
#include "figures/figurewriter.h"
#include "figures/mapfigure.h"
#include "finance/scorepresentation.h"
#include "finance/scorerun.h"
#include "map/maprenderer.h"
#include "map/routeflows.h"
#include "network/entitygraph.h"
#include "network/keyactors.h"
#include "reports/datafingerprint.h"
#include "reports/draftclaims.h"
#include "reports/reportstore.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <numeric>
#include <set>

namespace waymark::reports {

namespace {

/// The starter draft's map: the world, routes and incidents.
constexpr quint32 draftMapLayers
    = map::MapRenderer::Basemap | map::MapRenderer::Routes | map::MapRenderer::Points | map::MapRenderer::Labels;

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
    request.printWidthInches = figures::reportFigureInches; // text and symbols read at the page's size
    request.shapeToData = true;
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
    d.probabilityStandard = Yardstick::scaleId(o.scale);
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
    std::set<qint32> sourceIds;
    for (quint32 i : members) {
        victims += s.victims[i];
        sourceIds.insert(s.source[i]);
    }
    // Every source the counts and the route map draw on goes into Annex A.
    store::Statement& sourceKey = ws.cached("SELECT source_key FROM sources WHERE id = ?");
    for (qint32 id : sourceIds) {
        sourceKey.bind(1, qint64(id));
        const QString key = sourceKey.next() ? sourceKey.text(0) : QString();
        sourceKey.reset();
        if (key.isEmpty())
            continue;
        if (auto e = store.evidence(Evidence::Kind::Source, key))
            d.dataSources.push_back(e.value());
    }
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
        j.statement = QCoreApplication::translate("StarterDraft",
            "It is likely that %1 → %2 is the leading trafficking route in this period: it carried %3 of "
            "the %4 incidents with a known route, with %5 victims.")
                          .arg(top.fromName, top.toName, groupedNumber(top.incidents),
                              groupedNumber(flows.incidentsWithRoute()), groupedNumber(top.victims));
        j.rationale = QCoreApplication::translate(
            "StarterDraft", "Counted from recorded route legs; %1 incidents have no route recorded.")
                          .arg(groupedNumber(flows.incidentsWithoutRoute()));
        j.evidence = DraftClaims::incidentEvidence(ws, store, s, top.members, o.evidencePerJudgement);
        j.checks = DraftClaims::route(s, flows);
        for (const QString& caveat : j.checks.caveats())
            j.rationale += QLatin1Char(' ') + caveat;
        if (!j.checks.refused())
            d.judgements.push_back(std::move(j));
        routeHtml += QStringLiteral("<p>%1</p><table border=\"1\" cellspacing=\"0\" "
                                    "cellpadding=\"4\"><tr><th>%2</th><th>%3</th><th>%4</th></tr>")
                         .arg(QCoreApplication::translate(
                                  "StarterDraft", "Leading routes (incidents with a recorded route: %1).")
                                  .arg(groupedNumber(flows.incidentsWithRoute())),
                             QCoreApplication::translate("StarterDraft", "Route"),
                             QCoreApplication::translate("StarterDraft", "Incidents"),
                             QCoreApplication::translate("StarterDraft", "Victims"));
        for (int k = 0; k < o.routes && k < int(flows.flows().size()); ++k) {
            const map::RouteFlow& f = flows.flows()[size_t(k)];
            routeHtml += QStringLiteral("<tr><td>%1 → %2</td><td>%3</td><td>%4</td></tr>")
                             .arg(f.fromName.toHtmlEscaped(), f.toName.toHtmlEscaped(), groupedNumber(f.incidents),
                                 groupedNumber(f.victims));
        }
        routeHtml += QStringLiteral("</table>");
    }

    // Emerging hotspots: stated only when they pass the artefact checks.
    feedback.setStatus(QCoreApplication::translate("StarterDraft", "Finding emerging hotspots"));
    auto hot = DraftClaims::emergingHotspots(ws, store, s, filter, o, feedback);
    if (!hot)
        return hot.error();
    if (hot->judgement)
        d.judgements.push_back(std::move(*hot->judgement));
    const QString hotHtml = hot->html;

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
                if (auto e = store.evidence(Evidence::Kind::Entity, n.key); e && !store.heldBack(e->sourceKey))
                    j.evidence.push_back(e.value());
                actorHtml
                    += QStringLiteral("<li>%1: score %2, %3%4. %5</li>")
                           .arg(n.label.toHtmlEscaped(), QString::number(a.score, 'f', 2),
                               QCoreApplication::translate("StarterDraft", "%1 links with its phones and accounts")
                                   .arg(groupedNumber(a.degree))
                                   .toHtmlEscaped(),
                               a.broker ? QCoreApplication::translate("StarterDraft", ", a broker between groups")
                                        : QString(),
                               a.reasons.join(QStringLiteral("; ")).toHtmlEscaped());
            }
            actorHtml += QStringLiteral("</ol>");
            const network::KeyActor& top = ranked.front();
            j.statement
                = QCoreApplication::translate("StarterDraft",
                    "It is likely that %1 is a key actor in the network%3, with %2 links counting those of "
                    "the phones and accounts it uses; %4 and %5 also rank high.")
                      .arg(names.value(0), groupedNumber(top.degree),
                          top.broker ? QCoreApplication::translate("StarterDraft", " and a broker between groups")
                                     : QString(),
                          names.value(1), names.value(2));
            j.rationale = QCoreApplication::translate("StarterDraft",
                "Ranked by betweenness, PageRank and degree over the recorded links; links are only as "
                "good as the reporting.");
            j.checks = DraftClaims::keyActor(ws, graph->nodes()[size_t(top.node)].key);
            for (const QString& caveat : j.checks.caveats())
                j.rationale += QLatin1Char(' ') + caveat;
            if (!j.checks.refused())
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
                              .arg(when, groupedNumber(qint64(run->rows.size()))));
        } else {
            // The judgement names the first alert that is a calibrated
            // probability (a score makes none) and whose red flags pass the checks.
            const finance::ScoreRun::Stored::Row* top = nullptr;
            const finance::AccountVerdict* topVerdict = nullptr;
            analysis::ClaimChecks checks;
            QStringList refused;
            const finance::Scorer scorer(run->typologies);
            for (const auto& [a, v] : alerts) {
                if (!v.calibrated())
                    continue;
                auto c = DraftClaims::alert(ws, scorer, run->runId, a->accountId);
                if (!c)
                    return c.error();
                if (!c->refused()) {
                    top = a;
                    topVerdict = &v;
                    checks = c.value();
                    break;
                }
                refused << QStringLiteral("%1: %2").arg(a->key, c->caveats().join(QLatin1Char(' ')));
            }
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
                if (auto e = store.evidence(Evidence::Kind::Account, a->key); e && !store.heldBack(e->sourceKey))
                    j.evidence.push_back(e.value());
                alertHtml
                    += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td><td>%6</td></tr>")
                           .arg(a->key.toHtmlEscaped(), a->holder.toHtmlEscaped(), v.kindText().toHtmlEscaped(),
                               v.valueText().toHtmlEscaped(),
                               v.calibrated() ? v.yardstick().toHtmlEscaped() : QStringLiteral("—"),
                               a->leading.toHtmlEscaped());
            }
            alertHtml += QStringLiteral("</table>");
            if (!refused.isEmpty())
                alertHtml += p(QCoreApplication::translate("StarterDraft", "Not stated as judgements: %1")
                                   .arg(refused.join(QStringLiteral("; "))));
            if (top) {
                j.term = Yardstick::termOf(topVerdict->probability, o.scale).term;
                j.statement = QCoreApplication::translate("StarterDraft",
                    "It is %1 that account %2 shows the financial behaviour of %3: its probability, calibrated on "
                    "labelled accounts, is %4 in score run %5, one of %n account(s) over the alert threshold.",
                    "", int(alerts.size()))
                                  .arg(j.term, top->key, top->leading.toLower(), topVerdict->valueText())
                                  .arg(run->runId);
                j.rationale = QCoreApplication::translate("StarterDraft",
                    "Transactions compared with the typologies' red flags, calibrated on labelled accounts (%1); a "
                    "probability is not proof of trafficking.")
                                  .arg(topVerdict->reliability);
                j.checks = checks;
                d.judgements.push_back(std::move(j));
            }
        }
    }

    QStringList sourceNames;
    {
        // Counts grouped as every other number of the report ("50,000").
        store::Statement& q = ws.cached("SELECT s.name, count(*) FROM incidents i JOIN sources s ON "
                                        "s.id = i.source_id GROUP BY s.id ORDER BY count(*) DESC");
        while (q.next())
            sourceNames << QStringLiteral("%1 (%2)").arg(q.text(0), groupedNumber(q.int64(1)));
    }
    const QString note = p(QCoreApplication::translate(
        "StarterDraft", "[Generated by Waymark from the data: check every number and rewrite.]"));
    d.section(QStringLiteral("scope"))->html = note
        + p(QCoreApplication::translate("StarterDraft", "Period and filter: %1. Sources of incidents: %2.")
                .arg(scope, sourceNames.join(QStringLiteral(", "))));
    d.section(QStringLiteral("background"))->html = note
        + p(QCoreApplication::translate("StarterDraft", "%1 incidents with %2 victims match the filter; data as of %3.")
                .arg(groupedNumber(qint64(members.size())), groupedNumber(victims), s.dataDate.left(10))
            + QLatin1Char(' ') + DraftClaims::overview(s, filter, members));
    d.section(QStringLiteral("assessment"))->html = note + routeHtml + hotHtml + actorHtml + alertHtml;
    d.section(QStringLiteral("gaps"))->html = note
        + p(QCoreApplication::translate("StarterDraft",
            "%1 incidents in the window have no recorded route. Reporting is uneven between partners and places.")
                .arg(groupedNumber(flows.incidentsWithoutRoute())));

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
