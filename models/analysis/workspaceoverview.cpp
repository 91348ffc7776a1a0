#include "analysis/workspaceoverview.h"

#include "analysis/claimchecks.h"
#include "core/taxonomy.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace waymark::analysis {

namespace {

QString percent(const QLocale& l, qint64 part, qint64 whole)
{
    return l.toString(whole ? 100.0 * double(part) / double(whole) : 0.0, 'f', 0) + QStringLiteral(" %");
}

} // namespace

Result<WorkspaceOverview> WorkspaceOverview::load(store::Workspace& ws)
{
    WorkspaceOverview o;
    const std::pair<const char*, QString> tables[] = {
        { "incidents", tr("Incidents") },
        { "entities", tr("Entities") },
        { "links", tr("Links") },
        { "accounts", tr("Accounts") },
        { "transactions", tr("Transactions") },
        { "sources", tr("Sources") },
        { "quarantine", tr("Quarantined rows") },
    };
    for (const auto& [table, label] : tables)
        o.counts.append({ QLatin1String(table), label, ws.count(QLatin1String(table)) });

    store::Statement span(ws.handle(),
        "SELECT min(day_from), max(day_to), sum(day_from IS NULL), "
        "sum(day_to - day_from BETWEEN 27 AND 30), sum(day_to - day_from > 30) FROM incidents");
    if (!span.isValid())
        return span.prepareError();
    if (span.next()) {
        if (!span.isNull(0))
            o.firstDay = span.int64(0), o.lastDay = span.int64(1);
        o.undated = span.int64(2);
        o.monthOnly = span.int64(3);
        o.yearOnly = span.int64(4);
    }
    store::Statement src(ws.handle(),
        "SELECT s.kind, coalesce(s.source_grade, ''), count(DISTINCT s.id), count(i.id) FROM sources s "
        "LEFT JOIN incidents i ON i.source_id = s.id GROUP BY 1, 2 ORDER BY 1, 2");
    if (!src.isValid())
        return src.prepareError();
    while (src.next())
        o.sources.append({ src.text(0), src.text(1), src.int64(2), src.int64(3) });
    store::Statement ex(ws.handle(),
        "SELECT file_name, sha256, format, coalesce(exported_at, ''), imported_at, rows_imported, "
        "rows_quarantined, id, rows_read, rows_duplicate FROM extracts ORDER BY imported_at, id");
    if (!ex.isValid())
        return ex.prepareError();
    while (ex.next())
        o.extracts.append({ ex.text(0), ex.text(1), ex.text(2), ex.text(3), ex.text(4), ex.int64(5), ex.int64(6),
            ex.int64(7), ex.int64(8), ex.int64(9) });
    if (Error e = ex.error(); !e.message.isEmpty())
        return e;
    store::Statement cov(ws.handle(),
        "SELECT s.name, s.kind, count(*), sum(i.lon IS NOT NULL), sum(i.date_precision = 3), min(i.day_from), "
        "max(i.day_to) FROM incidents i JOIN sources s ON s.id = i.source_id GROUP BY s.id ORDER BY 3 DESC, 1");
    if (!cov.isValid())
        return cov.prepareError();
    while (cov.next()) {
        Coverage c { cov.text(0), cov.text(1), cov.int64(2), cov.int64(3), cov.int64(4), {}, {} };
        if (!cov.isNull(5))
            c.firstDay = cov.int64(5), c.lastDay = cov.int64(6);
        o.coverage.append(c);
    }
    if (Error e = cov.error(); !e.message.isEmpty())
        return e;
    store::Statement located(ws.handle(),
        "SELECT (SELECT min(day_from) FROM incidents WHERE lon IS NOT NULL), "
        "(SELECT count(*) FROM incidents WHERE day_to < (SELECT min(day_from) FROM incidents WHERE lon IS NOT NULL))");
    if (!located.isValid())
        return located.prepareError();
    if (located.next() && !located.isNull(0)) {
        o.firstLocatedDay = located.int64(0);
        o.beforeLocated = located.int64(1);
    }
    store::Statement rep(ws.handle(),
        "SELECT r.id, r.title, max(r.updated_at, coalesce(a.saved_at, '')) AS edited, coalesce(v.saved_by, ''), "
        "r.current_version, a.saved_at IS NOT NULL FROM reports r LEFT JOIN report_versions v ON v.report_id = r.id "
        "AND v.version = r.current_version LEFT JOIN report_autosaves a ON a.report_id = r.id "
        "ORDER BY edited DESC, r.id DESC LIMIT ?");
    if (!rep.isValid())
        return rep.prepareError();
    rep.bind(1, qint64(recentReportCount));
    while (rep.next())
        o.recentReports.append(
            { rep.int64(0), rep.text(1), rep.text(2), rep.text(3), int(rep.int64(4)), rep.int64(5) != 0 });
    if (Error e = rep.error(); !e.message.isEmpty())
        return e;
    return o;
}

QStringList WorkspaceOverview::cautions() const
{
    const QLocale l;
    QStringList out;
    qint64 incidents = 0, located = 0;
    QList<QPair<QString, qint64>> bySource;
    for (const Coverage& c : coverage) {
        incidents += c.incidents;
        located += c.located;
        bySource.append({ c.source, c.incidents });
    }
    if (incidents == 0)
        return out;
    const CheckResult concentration = ClaimCheck::sourceConcentration(bySource, false);
    if (concentration.outcome != CheckOutcome::Pass)
        out << concentration.reason + QLatin1Char(' ')
                + tr("Patterns across the whole workspace largely reflect that source's reporting; compare within "
                     "sources before reading them as changes in trafficking.");
    if (firstLocatedDay && beforeLocated > 0)
        out << tr("Before %1 no incident is located to a point (%2 incidents there are placed only to a country or "
                  "region): hotspots and emerging-hotspot comparisons cannot reach back into that period, and Waymark "
                  "makes none.")
                   .arg(QDate::fromJulianDay(*firstLocatedDay).toString(Qt::ISODate), l.toString(beforeLocated));
    else if (!firstLocatedDay)
        out << tr("No incident is located to a point: maps show countries only, and no hotspot is computed.");
    if (located > 0) {
        QStringList unplaced;
        for (const Coverage& c : coverage) {
            if (c.located == 0)
                unplaced << QStringLiteral("%1 (%2)").arg(c.source, l.toString(c.incidents));
        }
        if (!unplaced.isEmpty())
            out << tr("These sources locate none of their incidents to a point, so maps and hotspots leave them out: "
                      "%1.")
                       .arg(unplaced.join(QStringLiteral(", ")));
    }
    if (const qint64 coarse = monthOnly + yearOnly; coarse * 10 > incidents)
        out << tr("%1 of incidents are dated only to a month or a year: claims at a finer grain leave them out.")
                   .arg(percent(l, coarse, incidents));
    if (undated * 10 > incidents)
        out << tr("%1 of incidents are undated: no trend or period comparison counts them.")
                   .arg(percent(l, undated, incidents));
    return out;
}

QString WorkspaceOverview::groupedHash(const QString& hash)
{
    QStringList groups;
    for (int i = 0; i < hash.size(); i += 16)
        groups << hash.mid(i, 16);
    return groups.join(QLatin1Char(' '));
}

QString WorkspaceOverview::toHtml() const
{
    const QLocale l;
    QString h = QStringLiteral("<h3>%1</h3>").arg(tr("Reports last edited").toHtmlEscaped());
    if (recentReports.isEmpty()) {
        h += QStringLiteral("<p>%1</p>").arg(tr("No reports yet.").toHtmlEscaped());
    } else {
        h += QStringLiteral("<table cellspacing=0 cellpadding=3>");
        for (const RecentReport& r : recentReports) {
            QString when = r.editedAt.left(16);
            when.replace(QLatin1Char('T'), QLatin1Char(' '));
            QString detail = tr("version %1").arg(r.version);
            if (!r.savedBy.isEmpty())
                detail += tr(", saved by %1").arg(r.savedBy);
            if (r.unsavedChanges)
                detail += tr(", with unsaved changes");
            h += QStringLiteral("<tr><td><a href=\"report:%1\">%2</a></td><td>%3 UTC</td><td>%4</td></tr>")
                     .arg(r.id)
                     .arg(r.title.toHtmlEscaped(), when.toHtmlEscaped(), detail.toHtmlEscaped());
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<h3>%1</h3><table cellspacing=0 cellpadding=3>").arg(tr("Contents"));
    for (const Count& c : counts)
        h += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>")
                 .arg(c.label.toHtmlEscaped(), l.toString(c.rows));
    h += QStringLiteral("</table><h3>%1</h3>").arg(tr("What the data can support"));
    if (const QStringList c = cautions(); c.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(tr("No caution: no single source dominates, and location and date precision do not change "
                         "between periods.")
                          .toHtmlEscaped());
    } else {
        h += QStringLiteral("<ul>");
        for (const QString& line : c)
            h += QStringLiteral("<li>%1</li>").arg(line.toHtmlEscaped());
        h += QStringLiteral("</ul>");
    }
    if (!coverage.isEmpty()) {
        h += QStringLiteral("<table cellspacing=0 cellpadding=3><tr><th nowrap align=left>%1</th><th nowrap "
                            "align=left>%2</th><th nowrap "
                            "align=right>%3</th><th nowrap align=right>%4</th><th nowrap align=right>%5</th><th nowrap "
                            "align=left>%6</th></tr>")
                 .arg(tr("Source"), tr("Kind"), tr("Incidents"), tr("Located to a point"), tr("Dated to the day"),
                     tr("Years"));
        for (const Coverage& c : coverage) {
            const QString years = c.firstDay ? QStringLiteral("%1–%2")
                                                   .arg(QDate::fromJulianDay(*c.firstDay).year())
                                                   .arg(QDate::fromJulianDay(*c.lastDay).year())
                                             : tr("undated");
            h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=right>%3</td><td align=right>%4</td><td "
                                "align=right>%5</td><td>%6</td></tr>")
                     .arg(c.source.toHtmlEscaped(), Taxonomy::sourceKindName(c.kind).toHtmlEscaped(),
                         l.toString(c.incidents), percent(l, c.located, c.incidents),
                         percent(l, c.dayDated, c.incidents), years);
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<h3>%1</h3><p>").arg(tr("Dates"));
    if (firstDay)
        h += tr("Incidents from %1 to %2.")
                 .arg(QDate::fromJulianDay(*firstDay).toString(Qt::ISODate),
                     QDate::fromJulianDay(*lastDay).toString(Qt::ISODate));
    else
        h += tr("No dated incidents.");
    h += QLatin1Char(' ')
        + tr("%1 undated, %2 known only to the month, %3 only to the year.")
              .arg(l.toString(undated), l.toString(monthOnly), l.toString(yearOnly));
    h += QStringLiteral("</p><h3>%1</h3><table cellspacing=0 cellpadding=3><tr><th nowrap align=left>%2</th><th nowrap "
                        "align=left>%3</th><th nowrap align=right>%4</th><th nowrap align=right>%5</th></tr>")
             .arg(tr("Sources and grades"), tr("Kind"), tr("Grade"), tr("Sources"), tr("Incidents"));
    for (const SourceRow& s : sources)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                 .arg(Taxonomy::sourceKindName(s.kind).toHtmlEscaped(),
                     s.grade.isEmpty() ? tr("ungraded") : s.grade.toHtmlEscaped(), l.toString(s.sources),
                     l.toString(s.incidents));
    h += QStringLiteral(
        "</table><h3>%1</h3><table cellspacing=0 cellpadding=3><tr><th nowrap align=left>%2</th><th nowrap "
        "align=left>%3</th><th nowrap align=left>%4</th><th nowrap align=right>%5</th><th nowrap "
        "align=right>%6</th></tr>")
             .arg(tr("Extracts"), tr("File"), tr("SHA-256"), tr("Imported"), tr("Rows"), tr("Quarantined"));
    for (const Extract& e : extracts)
        // The title holds the raw value: a tooltip, and what copying the grouped hash gives (OverviewPanel).
        h += QStringLiteral("<tr><td>%1</td><td><tt title=\"%6\">%2</tt></td><td>%3</td><td align=right>%4</td><td "
                            "align=right>%5</td></tr>")
                 .arg(e.fileName.toHtmlEscaped(), groupedHash(e.sha256).toHtmlEscaped(), e.importedAt.toHtmlEscaped(),
                     l.toString(e.rowsImported), l.toString(e.rowsQuarantined), e.sha256.toHtmlEscaped());
    h += QStringLiteral("</table>");
    return h;
}

} // namespace waymark::analysis
