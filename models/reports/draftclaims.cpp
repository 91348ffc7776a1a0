#include "draftclaims.h"

#include "analysis/hotspotclaims.h"
#include "analysis/incidentsnapshot.h"
#include "core/numbertext.h"
#include "core/yardstick.h"
#include "finance/ledgerreader.h"
#include "finance/scorer.h"
#include "map/routeflows.h"
#include "reports/reportstore.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace waymark::reports {

using analysis::CheckOutcome;
using analysis::ClaimCheck;
using analysis::ClaimChecks;
using analysis::HotspotClaims;
using analysis::HotspotFinding;

namespace {

/// The reason of the first check that did not pass, or "".
QString firstReason(const ClaimChecks& checks)
{
    const analysis::CheckResult* r = checks.firstAtLeast(CheckOutcome::Refuse);
    if (!r)
        r = checks.firstAtLeast(CheckOutcome::Caveat);
    return r ? r->reason : QString();
}

} // namespace

std::vector<Evidence> DraftClaims::incidentEvidence(store::Workspace& ws, ReportStore& store,
    const analysis::IncidentSnapshot& s, std::vector<quint32> members, int limit)
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
        // false (such evidence needs a caveat only an analyst can write),
        // and nothing that may not leave (it could not be exported).
        if (auto e = store.evidence(Evidence::Kind::Incident, k); e && !e->isWeak() && !store.heldBack(e->sourceKey))
            out.push_back(e.value());
    }
    return out;
}

Result<DraftClaims::Part> DraftClaims::emergingHotspots(store::Workspace& ws, ReportStore& store,
    const analysis::IncidentSnapshot& s, const analysis::Filter& filter, const DraftOptions& o, Feedback& feedback)
{
    Part part;
    const auto periods = HotspotClaims::periodsFor(s, filter.dayFrom, filter.dayTo, true);
    if (!periods || s.pointCount == 0)
        return part;
    HotspotClaims::Options ho;
    ho.cellKm = o.cellKm;
    ho.bandKm = o.bandKm;
    ho.emerging = true;
    auto found = HotspotClaims::compute(s, *periods, ho, feedback);
    if (!found)
        return found.error();

    // The leading candidate of each place, highest z first, and the first
    // candidate whose checks allow the claim.
    struct Named {
        QString place;
        const HotspotFinding* finding;
    };
    std::vector<Named> listed;
    const HotspotFinding* claim = nullptr;
    QString claimPlace;
    QSet<QString> seen;
    for (const HotspotFinding& f : found->findings) {
        if (int(listed.size()) >= o.hotspots && claim)
            break;
        // Named by where its incidents are, not by the cell: neighbouring
        // cells of one cluster are one candidate.
        const QString place = HotspotClaims::placeOf(s, f, o.cellKm);
        if (seen.contains(place))
            continue;
        seen.insert(place);
        if (int(listed.size()) < o.hotspots)
            listed.push_back({ place, &f });
        if (!claim && f.claimable()) {
            claim = &f;
            claimPlace = place;
        }
    }
    const QString periodText = periods->text();
    if (claim) {
        KeyJudgement j;
        j.generated = true;
        const bool caveated = claim->checks.outcome() == CheckOutcome::Caveat;
        // "highly likely" on the PHIA yardstick; its band on the draft's scale.
        j.term = caveated ? QStringLiteral("likely")
                          : Yardstick::nearest(*Yardstick::find(QStringLiteral("highly likely")), o.scale).term;
        j.confidence = caveated ? QStringLiteral("low") : QStringLiteral("moderate");
        j.statement = tr("It is %1 that the area around %2 is an emerging hotspot: %3 incidents within %4 km in "
                         "%5 against %6 in %7, from sources that reported there in both periods, a rise beyond the "
                         "change in all reporting (Gi* z = %8, corrected for multiple testing).")
                          .arg(j.term, claimPlace, groupedNumber(claim->later), QString::number(o.bandKm),
                              periods->laterText(), groupedNumber(claim->earlier), periods->earlierText())
                          .arg(claim->z, 0, 'f', 1);
        QStringList why { tr("Getis-Ord Gi* hot at 95 % after the Benjamini–Hochberg false discovery rate "
                             "correction; only incidents located to a point and dated within one period are "
                             "compared; depends on where incidents are reported.") };
        why << tr("The counts are of the incidents within %1 km of the Gi* cell centred at %2, %3; the area is "
                  "named by where most of them are.")
                   .arg(QString::number(o.bandKm))
                   .arg(claim->lat, 0, 'f', 2)
                   .arg(claim->lon, 0, 'f', 2);
        why << claim->checks.caveats();
        j.rationale = why.join(QLatin1Char(' '));
        j.evidence = incidentEvidence(ws, store, s,
            HotspotClaims::incidentsNear(s, *periods, claim->lon, claim->lat, o.bandKm), o.evidencePerJudgement);
        j.checks = claim->checks;
        part.judgement = std::move(j);
    }
    part.html = QStringLiteral("<p>%1</p>")
                    .arg(tr("Emerging hotspots, %1 (Getis-Ord Gi*, Benjamini–Hochberg false discovery rate over %2 "
                            "cells; incidents located to a point and dated within one period):")
                             .arg(periodText, groupedNumber(found->cellsTested))
                             .toHtmlEscaped());
    if (listed.empty()) {
        part.html += QStringLiteral("<p>%1</p>")
                         .arg(tr("No cell is a new or intensifying hotspot after the correction.").toHtmlEscaped());
        return part;
    }
    part.html += QStringLiteral("<ul>");
    for (const Named& n : listed) {
        const HotspotFinding& f = *n.finding;
        QString line
            = tr("%1: %2, %3 incidents against %4 before, Gi* z = %5")
                  .arg(n.place, HotspotFinding::kindName(f.kind), groupedNumber(f.later), groupedNumber(f.earlier))
                  .arg(f.z, 0, 'f', 1);
        if (const QString reason = firstReason(f.checks); !reason.isEmpty())
            line += QStringLiteral(". ") + reason;
        part.html += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
    }
    part.html += QStringLiteral("</ul>");
    if (!claim)
        part.html += QStringLiteral("<p>%1</p>")
                         .arg(tr("No emerging hotspot is claimed: each candidate failed an artefact check, as "
                                 "listed. The apparent rises say more about reporting than about trafficking.")
                                  .toHtmlEscaped());
    return part;
}

ClaimChecks DraftClaims::keyActor(store::Workspace& ws, const QString& entityKey)
{
    store::Statement& q = ws.cached("SELECT s.name, count(*) FROM links l JOIN sources s ON s.id = l.source_id "
                                    "WHERE l.from_id = (SELECT id FROM entities WHERE entity_key = ?1) "
                                    "OR l.to_id = (SELECT id FROM entities WHERE entity_key = ?1) GROUP BY s.id");
    q.bind(1, entityKey);
    QList<QPair<QString, qint64>> bySource;
    qint64 links = 0;
    while (q.next()) {
        bySource.append({ q.text(0), q.int64(1) });
        links += q.int64(1);
    }
    q.reset();
    ClaimChecks c;
    // The entity's own links: the ranking's count folds in its phones and
    // accounts, so the checks say which links they counted.
    const QString unit = tr("links recorded on the entity itself (its phones and accounts not folded in)");
    c.add(ClaimCheck::smallNumbers(links, 0, -1, 0, ClaimCheck::kMinLinks, unit));
    c.add(ClaimCheck::sourceConcentration(bySource, false, unit));
    return c;
}

ClaimChecks DraftClaims::route(const analysis::IncidentSnapshot& s, const map::RouteFlows& flows)
{
    ClaimChecks c;
    if (flows.flows().empty())
        return c;
    auto bySource = [&s](const map::RouteFlow& flow) {
        QHash<QString, qint64> counts;
        for (quint32 i : flow.members)
            ++counts[s.sourceNames.value(i < s.source.size() ? s.source[i] : -1, tr("source not recorded"))];
        return counts;
    };
    const map::RouteFlow& top = flows.flows().front();
    const QHash<QString, qint64> topSources = bySource(top);
    c.add(ClaimCheck::smallNumbers(top.incidents, 0));
    if (flows.flows().size() > 1) {
        const map::RouteFlow& next = flows.flows()[1];
        const QString nextName = QStringLiteral("%1 → %2").arg(next.fromName, next.toName);
        c.add(ClaimCheck::leadingMargin(top.incidents, next.incidents, nextName));
        c.add(ClaimCheck::comparableLead(topSources, bySource(next), nextName));
    }
    QList<QPair<QString, qint64>> concentration;
    for (auto it = topSources.cbegin(); it != topSources.cend(); ++it)
        concentration.append({ it.key(), it.value() });
    c.add(ClaimCheck::sourceConcentration(concentration, false));
    return c;
}

Result<ClaimChecks> DraftClaims::alert(
    store::Workspace& ws, const finance::Scorer& scorer, qint64 runId, qint64 accountId, double threshold)
{
    store::Statement& q = ws.cached("SELECT explanation FROM account_scores WHERE run_id = ? AND account_id = ?");
    q.bind(1, runId);
    q.bind(2, accountId);
    const QByteArray explanation = q.next() ? q.text(0).toUtf8() : QByteArray();
    q.reset();
    std::vector<QDate> days;
    const QJsonObject hits = QJsonDocument::fromJson(explanation).object().value(QLatin1String("hits")).toObject();
    store::Statement& ts = ws.cached("SELECT substr(ts, 1, 10) FROM transactions WHERE id = ?");
    QSet<qint64> seen;
    for (auto it = hits.begin(); it != hits.end(); ++it) {
        for (const QJsonValue& v : it->toObject().value(QLatin1String("tx")).toArray()) {
            const qint64 id = v.toInteger();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            ts.bind(1, id);
            if (ts.next())
                days.push_back(QDate::fromString(ts.text(0), Qt::ISODate));
            ts.reset();
        }
    }
    ClaimChecks c;
    c.add(ClaimCheck::smallNumbers(qint64(days.size()), 0, -1, 0, 3, tr("red-flag transactions")));
    // Score the account again without its busiest week of red flags.
    const QDate week = ClaimCheck::busiestWindow(days);
    double score = 0, without = 0;
    finance::LedgerReader::Options ro;
    ro.accountIds = { accountId };
    auto read = finance::LedgerReader::read(ws, ro, [&](finance::AccountLedger& ledger) {
        score = scorer.score(ledger).probability;
        if (week.isValid()) {
            const qint64 first = week.toJulianDay(), last = first + ClaimCheck::kEpisodeDays - 1;
            ledger.entries.erase(std::remove_if(ledger.entries.begin(), ledger.entries.end(),
                                     [&](const finance::LedgerEntry& e) { return e.day >= first && e.day <= last; }),
                ledger.entries.end());
        }
        without = scorer.score(ledger).probability;
        return true;
    });
    if (!read)
        return read.error();
    c.add(ClaimCheck::oneEpisode(days, score, without, threshold));
    return c;
}

QString DraftClaims::overview(const analysis::IncidentSnapshot& s, const analysis::Filter& filter,
    const std::vector<quint32>& members, ClaimChecks* checks)
{
    using Located = analysis::IncidentSnapshot::Located;
    qint64 point = 0, country = 0, nowhere = 0, day = 0, month = 0, year = 0, undated = 0, partial = 0;
    for (quint32 i : members) {
        point += s.located[i] == Located::Point;
        country += s.located[i] == Located::CountryOnly;
        nowhere += s.located[i] == Located::Nowhere;
        if (s.dayFrom[i] == analysis::IncidentSnapshot::noDay) {
            ++undated;
            continue;
        }
        const qint64 span = qint64(s.dayTo[i]) - s.dayFrom[i] + 1;
        day += span == 1;
        month += span > 1 && span <= 31;
        year += span > 31;
        if ((filter.dayFrom && s.dayFrom[i] < *filter.dayFrom) || (filter.dayTo && s.dayTo[i] > *filter.dayTo))
            ++partial;
    }
    QString text = tr("Of these, %1 are located to a point, %2 only to a country and %3 not at all; %4 are dated "
                      "to a day, %5 only to a month, %6 only to a year or more coarsely and %7 not at all.")
                       .arg(groupedNumber(point), groupedNumber(country), groupedNumber(nowhere), groupedNumber(day),
                           groupedNumber(month), groupedNumber(year), groupedNumber(undated));
    if (filter.dayFrom || filter.dayTo) {
        text += QLatin1Char(' ')
            + tr("%1 of them are known only to a month or a year that runs over the edge of the window: they are "
                 "counted here but not used for claims at a finer grain.")
                  .arg(groupedNumber(partial));
        if (checks)
            checks->add(ClaimCheck::datePrecision(qint64(members.size()) - partial, partial, tr("time window")));
    }
    return text;
}

} // namespace waymark::reports
