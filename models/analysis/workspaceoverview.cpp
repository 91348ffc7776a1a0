#include "analysis/workspaceoverview.h"

#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace waymark::analysis {

Result<WorkspaceOverview> WorkspaceOverview::load(store::Workspace& ws)
{
    WorkspaceOverview o;
    const std::pair<const char*, QString> tables[] = {
        { "incidents", QCoreApplication::translate("WorkspaceOverview", "Incidents") },
        { "entities", QCoreApplication::translate("WorkspaceOverview", "Entities") },
        { "links", QCoreApplication::translate("WorkspaceOverview", "Links") },
        { "accounts", QCoreApplication::translate("WorkspaceOverview", "Accounts") },
        { "transactions", QCoreApplication::translate("WorkspaceOverview", "Transactions") },
        { "sources", QCoreApplication::translate("WorkspaceOverview", "Sources") },
        { "quarantine", QCoreApplication::translate("WorkspaceOverview", "Quarantined rows") },
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

QString WorkspaceOverview::toHtml() const
{
    const QLocale l;
    auto t = [](const char* text) { return QCoreApplication::translate("WorkspaceOverview", text); };
    QString h = QStringLiteral("<h3>%1</h3>")
                    .arg(QCoreApplication::translate("WorkspaceOverview", "Reports last edited").toHtmlEscaped());
    if (recentReports.isEmpty()) {
        h += QStringLiteral("<p>%1</p>")
                 .arg(QCoreApplication::translate("WorkspaceOverview", "No reports yet.").toHtmlEscaped());
    } else {
        h += QStringLiteral("<table cellspacing=0 cellpadding=3>");
        for (const RecentReport& r : recentReports) {
            QString when = r.editedAt.left(16);
            when.replace(QLatin1Char('T'), QLatin1Char(' '));
            QString detail = QCoreApplication::translate("WorkspaceOverview", "version %1").arg(r.version);
            if (!r.savedBy.isEmpty())
                detail += QCoreApplication::translate("WorkspaceOverview", ", saved by %1").arg(r.savedBy);
            if (r.unsavedChanges)
                detail += QCoreApplication::translate("WorkspaceOverview", ", with unsaved changes");
            h += QStringLiteral("<tr><td><a href=\"report:%1\">%2</a></td><td>%3 UTC</td><td>%4</td></tr>")
                     .arg(r.id)
                     .arg(r.title.toHtmlEscaped(), when.toHtmlEscaped(), detail.toHtmlEscaped());
        }
        h += QStringLiteral("</table>");
    }
    h += QStringLiteral("<h3>%1</h3><table cellspacing=0 cellpadding=3>").arg(t("Contents"));
    for (const Count& c : counts)
        h += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>")
                 .arg(c.label.toHtmlEscaped(), l.toString(c.rows));
    h += QStringLiteral("</table><h3>%1</h3><p>").arg(t("Dates"));
    if (firstDay)
        h += t("Incidents from %1 to %2.")
                 .arg(QDate::fromJulianDay(*firstDay).toString(Qt::ISODate),
                     QDate::fromJulianDay(*lastDay).toString(Qt::ISODate));
    else
        h += t("No dated incidents.");
    h += QLatin1Char(' ')
        + t("%1 undated, %2 known only to the month, %3 only to the year.")
              .arg(l.toString(undated), l.toString(monthOnly), l.toString(yearOnly));
    h += QStringLiteral("</p><h3>%1</h3><table cellspacing=0 cellpadding=3><tr><th align=left>%2</th><th "
                        "align=left>%3</th><th align=right>%4</th><th align=right>%5</th></tr>")
             .arg(t("Sources and grades"), t("Kind"), t("Grade"), t("Sources"), t("Incidents"));
    for (const SourceRow& s : sources)
        h += QStringLiteral("<tr><td>%1</td><td>%2</td><td align=right>%3</td><td align=right>%4</td></tr>")
                 .arg(s.kind.toHtmlEscaped(), s.grade.isEmpty() ? t("ungraded") : s.grade.toHtmlEscaped(),
                     l.toString(s.sources), l.toString(s.incidents));
    h += QStringLiteral("</table><h3>%1</h3><table cellspacing=0 cellpadding=3><tr><th align=left>%2</th><th "
                        "align=left>%3</th><th align=left>%4</th><th align=right>%5</th><th align=right>%6</th></tr>")
             .arg(t("Extracts"), t("File"), t("SHA-256"), t("Imported"), t("Rows"), t("Quarantined"));
    for (const Extract& e : extracts)
        h += QStringLiteral("<tr><td>%1</td><td><tt>%2</tt></td><td>%3</td><td align=right>%4</td><td "
                            "align=right>%5</td></tr>")
                 .arg(e.fileName.toHtmlEscaped(), e.sha256.toHtmlEscaped(), e.importedAt.toHtmlEscaped(),
                     l.toString(e.rowsImported), l.toString(e.rowsQuarantined));
    h += QStringLiteral("</table>");
    return h;
}

} // namespace waymark::analysis
