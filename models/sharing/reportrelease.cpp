#include "reportrelease.h"

#include "sharing/figureexport.h"
#include "sharing/figuremaker.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QSet>

#include <optional>

namespace waymark::sharing {

Result<ExportSelection> ReportRelease::evidenceOf(store::Workspace& ws, const reports::ReportDocument& doc)
{
    ExportSelection s;
    for (const reports::KeyJudgement& j : doc.judgements) {
        for (const reports::Evidence& e : j.evidence) {
            const char* sql = nullptr;
            RecordKind kind = RecordKind::Incident;
            switch (e.kind) {
            case reports::Evidence::Kind::Incident:
                sql = "SELECT id FROM incidents WHERE incident_key = ?";
                break;
            case reports::Evidence::Kind::Entity:
                sql = "SELECT id FROM entities WHERE entity_key = ?";
                kind = RecordKind::Entity;
                break;
            case reports::Evidence::Kind::Account:
                sql = "SELECT id FROM accounts WHERE account_key = ?";
                kind = RecordKind::Account;
                break;
            case reports::Evidence::Kind::Source:
                break; // a source cited alone says where, not what: its records are not in the report
            }
            if (!sql)
                continue;
            store::Statement& st = ws.cached(sql);
            st.bind(1, e.key);
            if (st.next())
                s.of(kind).push_back(st.int64(0));
            st.reset();
        }
    }
    return s;
}

Result<Releasability::Outcome> ReportRelease::check(
    store::Workspace& ws, const reports::ReportDocument& doc, Destination destination)
{
    auto s = evidenceOf(ws, doc);
    if (!s)
        return s.error();
    auto outcome = Releasability::check(ws, s.value(), destination);
    if (!outcome)
        return outcome.error();
    auto plans = planFigures(ws, doc, destination);
    if (!plans)
        return plans.error();
    Releasability::Outcome& o = outcome.value();
    o.notes = figureLines(doc, plans.value());
    // The export holds what its figures show: its marking is at least theirs.
    for (const FigurePlan& p : plans.value()) {
        if (p.fate == FigurePlan::Fate::LeftOut)
            continue;
        if (Releasability::tlpRank(p.marking) > Releasability::tlpRank(o.marking))
            o.marking = p.marking;
        for (const QString& c : p.conditions) {
            if (!o.conditions.contains(c))
                o.conditions << c;
        }
    }
    return outcome;
}

namespace {

/// Whether anything in the workspace (its incidents and entities) may not
/// go to `destination`: a figure that does not say what it was drawn from
/// may show any of it.
Result<bool> anythingWithheld(store::Workspace& ws, Destination destination)
{
    ExportSelection all;
    for (const auto& [sql, kind] : { std::pair { "SELECT id FROM incidents ORDER BY id", RecordKind::Incident },
             std::pair { "SELECT id FROM entities ORDER BY id", RecordKind::Entity } }) {
        store::Statement st(ws.handle(), sql);
        while (st.next())
            all.of(kind).push_back(st.int64(0));
        if (Error e = st.error(); !e.isNull())
            return e;
    }
    auto outcome = Releasability::check(ws, all, destination);
    if (!outcome)
        return outcome.error();
    return outcome->withheldCount() > 0;
}

QString figureTitle(const reports::ReportDocument& doc, size_t index)
{
    return QCoreApplication::translate("ReportRelease", "figure %1 (%2)")
        .arg(index + 1)
        .arg(FigureMaker::kindTitle(doc.figures[index].kind));
}

} // namespace

Result<std::vector<ReportRelease::FigurePlan>> ReportRelease::planFigures(
    store::Workspace& ws, const reports::ReportDocument& doc, Destination destination)
{
    std::vector<FigurePlan> plans;
    std::optional<bool> withheldAnywhere; // asked once, for the first figure without a source
    for (const reports::Figure& f : doc.figures) {
        FigurePlan p;
        if (f.source.isEmpty()) {
            if (!withheldAnywhere) {
                auto any = anythingWithheld(ws, destination);
                if (!any)
                    return any.error();
                withheldAnywhere = any.value();
            }
            p.fate = *withheldAnywhere ? FigurePlan::Fate::LeftOut : FigurePlan::Fate::AsDrawn;
            plans.push_back(p);
            continue;
        }
        const FigureMaker::Request request = FigureMaker::Request::fromJson(f.kind, f.source);
        auto outcome = FigureMaker::check(ws, request, destination);
        if (!outcome) {
            // What it shows cannot be checked: it does not go.
            p.fate = FigurePlan::Fate::LeftOut;
            plans.push_back(p);
            continue;
        }
        p.outcome = outcome.value();
        p.withheldRecords = p.outcome.withheldCount();
        p.marking = p.outcome.marking;
        p.conditions = p.outcome.conditions;
        for (const Releasability::SourceLine& s : p.outcome.sources) {
            if (s.withheld)
                ++p.withheldSources;
        }
        if (p.withheldRecords == 0)
            p.fate = FigurePlan::Fate::AsDrawn;
        else if (p.outcome.isEmpty())
            p.fate = FigurePlan::Fate::LeftOut;
        else
            p.fate = FigurePlan::Fate::Redrawn;
        plans.push_back(p);
    }
    return plans;
}

QStringList ReportRelease::figureLines(const reports::ReportDocument& doc, const std::vector<FigurePlan>& plans)
{
    if (plans.empty())
        return {};
    int redrawn = 0, leftOut = 0, asDrawn = 0;
    QStringList lines;
    for (size_t i = 0; i < plans.size() && i < doc.figures.size(); ++i) {
        const FigurePlan& p = plans[i];
        switch (p.fate) {
        case FigurePlan::Fate::AsDrawn:
            ++asDrawn;
            break;
        case FigurePlan::Fate::Redrawn:
            ++redrawn;
            lines << QCoreApplication::translate("ReportRelease",
                "%1: drawn again without %n record(s) that may not go (stored drawing not used)", nullptr,
                int(p.withheldRecords))
                         .arg(figureTitle(doc, i));
            break;
        case FigurePlan::Fate::LeftOut:
            ++leftOut;
            lines << QCoreApplication::translate("ReportRelease", "%1: left out, a placeholder in its place")
                         .arg(figureTitle(doc, i));
            break;
        }
    }
    lines.prepend(QCoreApplication::translate("ReportRelease", "%1 drawn again, %2 left out, %3 as drawn")
                      .arg(redrawn)
                      .arg(leftOut)
                      .arg(asDrawn));
    return lines;
}

QString ReportRelease::Released::auditDetails() const
{
    return QStringLiteral("figures_redrawn=%1 figures_left_out=%2 figures_as_drawn=%3")
        .arg(redrawn)
        .arg(leftOut)
        .arg(asDrawn);
}

Result<ReportRelease::Released> ReportRelease::releasedCopy(
    store::Workspace& ws, const reports::ReportDocument& doc, Destination destination)
{
    auto plans = planFigures(ws, doc, destination);
    if (!plans)
        return plans.error();
    Released r;
    r.doc = doc;
    const QString to = Releasability::destinationName(destination);
    for (size_t i = 0; i < r.doc.figures.size(); ++i) {
        reports::Figure& f = r.doc.figures[i];
        const FigurePlan& p = plans.value()[i];
        auto leaveOut = [&](const QString& why) {
            f.leftOut = why;
            f.imageSha.clear();
            ++r.leftOut;
        };
        switch (p.fate) {
        case FigurePlan::Fate::AsDrawn:
            ++r.asDrawn;
            break;
        case FigurePlan::Fate::LeftOut:
            leaveOut(f.source.isEmpty()
                    ? QCoreApplication::translate("ReportRelease",
                        "it does not say what it was drawn from, and the workspace holds records that may not go "
                        "to %1.")
                          .arg(to)
                    : QCoreApplication::translate("ReportRelease", "nothing it shows may go to %1.").arg(to));
            break;
        case FigurePlan::Fate::Redrawn: {
            const FigureMaker::Request request = FigureMaker::Request::fromJson(f.kind, f.source);
            auto made = FigureMaker::make(ws.path(), FigureMaker::released(ws, request, p.outcome));
            if (!made) {
                leaveOut(QCoreApplication::translate("ReportRelease",
                    "it shows records that may not go to %1 and could not be drawn again without them: %2")
                             .arg(to, made.error().toString()));
                break;
            }
            const QString sha
                = QString::fromLatin1(QCryptographicHash::hash(made->png, QCryptographicHash::Sha256).toHex());
            r.doc.images.insert(sha, made->png);
            f.imageSha = sha;
            f.filter = made->figure.filter;
            f.dataDate = made->figure.dataDate;
            f.source = made->figure.source;
            f.fingerprint = made->figure.fingerprint;
            // A map or chart's filter now says "without N source(s) that may
            // not go" under its caption; a link chart's says nothing of the
            // entities and links left out, so its caption does.
            const QString note = f.kind == QLatin1String("graph")
                ? QCoreApplication::translate("ReportRelease",
                    "drawn again for this copy without %n record(s) that may not go", nullptr, int(p.withheldRecords))
                : QCoreApplication::translate("ReportRelease", "drawn again for this copy");
            f.caption = f.caption + QStringLiteral(" (") + note + QLatin1Char(')');
            ++r.redrawn;
            break;
        }
        }
    }
    // Only the images the copy shows leave with it.
    QSet<QString> shown;
    for (const reports::Figure& f : r.doc.figures)
        shown.insert(f.imageSha);
    for (auto it = r.doc.images.begin(); it != r.doc.images.end();) {
        if (shown.contains(it.key()))
            ++it;
        else
            it = r.doc.images.erase(it);
    }
    return r;
}

Result<ReportRelease::Released> ReportRelease::write(store::Workspace& ws, const reports::ReportDocument& doc,
    const Releasability::Outcome& outcome, reports::ReportExporter::Format format, const QString& path,
    const reports::ExportOptions& options)
{
    auto going = releasedCopy(ws, doc, outcome.destination);
    if (!going)
        return going.error();
    going->doc.marking = markingFor(doc, outcome);
    if (Status st = reports::ReportExporter::write(ws, going->doc, format, path, options); !st)
        return st.error();
    if (Status st = Releasability::record(ws, outcome, QStringLiteral("report"), path,
            QStringLiteral("report=%1 ").arg(doc.id) + going->auditDetails());
        !st)
        return st.error();
    return going;
}

reports::Marking ReportRelease::markingFor(const reports::ReportDocument& doc, const Releasability::Outcome& outcome)
{
    reports::Marking m = doc.marking;
    const int evidence = Releasability::tlpRank(outcome.marking);
    if (evidence < 0)
        return m;
    if (!m.isTlp()) {
        // A classification (OFFICIAL-SENSITIVE) says nothing of TLP: add the evidence's label.
        if (!m.classification.contains(outcome.marking))
            m.classification += QLatin1Char(' ') + outcome.marking;
    } else if (Releasability::tlpRank(m.classification) < evidence) {
        m.classification = outcome.marking;
    }
    for (const QString& c : outcome.conditions) {
        if (!m.conditions.contains(c))
            m.conditions += (m.conditions.isEmpty() ? QString() : QStringLiteral("; ")) + c;
    }
    return m;
}

} // namespace waymark::sharing
