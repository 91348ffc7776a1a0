#include "entitydetails.h"

#include "core/taxonomy.h"
#include "network/entityresolution.h"
#include "network/entitystyle.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace waymark::network {

namespace {
QString gradeText(const QString& source, const QString& info)
{
    return source + info;
}
} // namespace

Result<EntityDetails> EntityDetails::load(store::Workspace& ws, qint64 entityId)
{
    EntityDetails d;
    std::vector<qint64> ids { entityId };
    const QHash<qint64, qint64> merges = EntityResolution::activeMerges(ws);
    for (auto it = merges.cbegin(); it != merges.cend(); ++it) {
        if (it.value() == entityId)
            ids.push_back(it.key());
    }
    store::Statement q(ws.handle(),
        "SELECT e.entity_key, e.type, e.label, e.attributes, e.line, e.info_grade, s.name, s.kind, "
        "s.grading_scheme, s.source_grade, s.info_grade, x.file_name "
        "FROM entities e JOIN sources s ON s.id = e.source_id LEFT JOIN extracts x ON x.id = e.extract_id "
        "WHERE e.id = ?1");
    for (qint64 id : ids) {
        q.bind(1, id);
        if (!q.next()) {
            if (Error e = q.error(); !e.isNull())
                return e;
            if (id == entityId)
                return Error(tr("Entity %1 is not in the workspace.").arg(entityId));
            continue;
        }
        if (id == entityId) {
            d.key = q.text(0);
            d.type = q.text(1);
            d.label = q.text(2);
            const QJsonObject attributes = QJsonDocument::fromJson(q.text(3).toUtf8()).object();
            for (auto it = attributes.begin(); it != attributes.end(); ++it) {
                if (it.key().startsWith(QLatin1String("viz:")))
                    continue; // a network file's drawing, not a fact
                const QJsonValue v = it.value();
                const QString text = v.isString() ? v.toString()
                    : v.isDouble()                ? QLocale().toString(v.toDouble(), 'g', 12)
                    : v.isBool()
                    ? (v.toBool() ? tr("yes") : tr("no"))
                    : QString::fromUtf8(QJsonDocument(QJsonObject { { it.key(), v } }).toJson(QJsonDocument::Compact));
                if (!text.isEmpty())
                    d.attributes.append({ it.key(), text });
            }
        }
        Record r;
        r.source = q.text(6);
        r.kind = Taxonomy::sourceKindName(q.text(7));
        const QString info = q.isNull(5) || q.text(5).isEmpty() ? q.text(10) : q.text(5);
        r.grade = gradeText(q.text(9), info);
        r.meaning = Taxonomy::gradeMeaning(q.text(8), q.text(9), info);
        r.extract = q.text(11);
        r.line = q.int64(4);
        d.records.append(r);
        q.reset();
    }
    store::Statement links(ws.handle(),
        "SELECT s.name, s.source_grade, s.info_grade, COUNT(*) FROM links l JOIN sources s ON s.id = l.source_id "
        "WHERE l.from_id = ?1 OR l.to_id = ?1 GROUP BY s.id ORDER BY COUNT(*) DESC, s.name");
    for (qint64 id : ids) {
        links.bind(1, id);
        while (links.next()) {
            const QString name = links.text(0), grade = gradeText(links.text(1), links.text(2));
            const int count = int(links.int64(3));
            d.links += count;
            auto same = std::find_if(
                d.linkSources.begin(), d.linkSources.end(), [&](const LinkSource& s) { return s.source == name; });
            if (same != d.linkSources.end())
                same->links += count;
            else
                d.linkSources.append({ name, grade, count });
        }
        if (Error e = links.error(); !e.isNull())
            return e;
        links.reset();
    }
    return d;
}

QString EntityDetails::toolTip() const
{
    const QLocale locale;
    QString html = QStringLiteral("<b>%1</b><br>%2 · %3")
                       .arg(label.toHtmlEscaped(), EntityStyle::typeName(type).toHtmlEscaped(), key.toHtmlEscaped());
    if (!attributes.isEmpty()) {
        html += QStringLiteral("<table cellspacing=0 cellpadding=1>");
        for (const auto& [name, value] : attributes) {
            QString shown = name;
            shown.replace(QLatin1Char('_'), QLatin1Char(' '));
            html += QStringLiteral("<tr><td>%1:&nbsp;</td><td>%2</td></tr>")
                        .arg(shown.toHtmlEscaped(), value.left(120).toHtmlEscaped());
        }
        html += QStringLiteral("</table>");
    } else {
        html += QStringLiteral("<br>");
    }
    for (int i = 0; i < records.size(); ++i) {
        const Record& r = records[i];
        const QString grade = r.grade.isEmpty() ? tr("ungraded")
            : r.meaning.isEmpty()               ? r.grade
                                                : tr("%1 (%2)").arg(r.grade, r.meaning);
        html += (i == 0 ? tr("Source: %1 — %2, graded %3") : tr("Merged record: %1 — %2, graded %3"))
                    .arg(r.source.toHtmlEscaped(), r.kind.toHtmlEscaped(), grade.toHtmlEscaped())
            + QStringLiteral("<br>");
        if (!r.extract.isEmpty())
            html += QStringLiteral("<small>")
                + tr("%1, line %2").arg(r.extract.toHtmlEscaped(), locale.toString(r.line))
                + QStringLiteral("</small><br>");
    }
    if (links > 0) {
        QStringList parts;
        for (const LinkSource& s : linkSources)
            parts << tr("%1 from %2 (%3)")
                         .arg(locale.toString(s.links), s.source, s.grade.isEmpty() ? tr("ungraded") : s.grade)
                         .toHtmlEscaped();
        html += tr("%n link(s): %1", nullptr, links).arg(parts.join(QStringLiteral(", ")));
    }
    return html;
}

} // namespace waymark::network
