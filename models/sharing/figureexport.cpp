#include "figureexport.h"

#include "core/outputfile.h"
#include "figures/figurewriter.h"
#include "ingest/graphdocument.h"
#include "network/entitygraph.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace waymark::sharing {

Result<Releasability::Outcome> FigureExport::checkIncidents(
    store::Workspace& ws, const analysis::Filter& filter, Destination destination)
{
    auto selection = Releasability::incidentsUnder(ws, filter);
    if (!selection)
        return selection.error();
    return Releasability::check(ws, selection.value(), destination);
}

Result<Releasability::Outcome> FigureExport::checkGraph(
    store::Workspace& ws, const network::EntityGraph& graph, Destination destination)
{
    ExportSelection s;
    QSet<QString> keys;
    for (const network::EntityNode& n : graph.nodes())
        s.of(RecordKind::Entity).push_back(n.entityId);
    for (const auto& l : graph.links()) {
        if (l.a >= 0 && l.b >= 0)
            keys.insert(l.key);
    }
    store::Statement st(ws.handle(), "SELECT id, link_key FROM links ORDER BY id");
    while (st.next()) {
        if (keys.contains(st.text(1)))
            s.of(RecordKind::Link).push_back(st.int64(0));
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    std::sort(s.of(RecordKind::Entity).begin(), s.of(RecordKind::Entity).end());
    return Releasability::check(ws, s, destination);
}

analysis::Filter FigureExport::releasedFilter(analysis::Filter filter, const Releasability::Outcome& outcome)
{
    for (const Releasability::SourceLine& s : outcome.sources) {
        if (s.withheld && !filter.withheldSources.contains(s.id))
            filter.withheldSources << s.id;
    }
    std::sort(filter.withheldSources.begin(), filter.withheldSources.end());
    return filter;
}

network::EntityGraph FigureExport::releasedGraph(
    store::Workspace& ws, const network::EntityGraph& graph, const Releasability::Outcome& outcome)
{
    const auto& entities = outcome.released.of(RecordKind::Entity);
    const QSet<qint64> goingEntities(entities.begin(), entities.end());
    const auto& links = outcome.released.of(RecordKind::Link);
    const QSet<qint64> goingLinks(links.begin(), links.end());
    QSet<QString> linkKeys;
    store::Statement st(ws.handle(), "SELECT id, link_key FROM links ORDER BY id");
    while (st.next()) {
        if (goingLinks.contains(st.int64(0)))
            linkKeys.insert(st.text(1));
    }
    // A statement that fails leaves no link key: the chart loses links, never gains one.
    return graph.folded(
        {}, [&](int v) { return goingEntities.contains(graph.nodes()[size_t(v)].entityId); }, {},
        [&](const network::EntityGraph::LinkRecord& l) { return linkKeys.contains(l.key); });
}

Status FigureExport::markGraphDocument(store::Workspace& ws, ingest::GraphDocument& doc,
    const network::EntityGraph& graph, const Releasability::Outcome& outcome)
{
    const QStringList columns = Releasability::markColumns();
    doc.graphAttributes.insert(columns.at(0), outcome.marking);
    doc.graphAttributes.insert(columns.at(1), outcome.conditions.join(QLatin1String("; ")));
    auto mark = [&](QMap<QString, QString>& attributes, const Releasability::Outcome::Mark* m) {
        if (!m)
            return;
        attributes.insert(columns.at(0), m->tlp);
        if (!m->conditions.isEmpty())
            attributes.insert(columns.at(1), m->conditions.join(QLatin1String("; ")));
    };
    QHash<QString, qint64> entityOf;
    for (const network::EntityNode& n : graph.nodes())
        entityOf.insert(n.key, n.entityId);
    for (ingest::GraphDocument::Node& n : doc.nodes)
        mark(n.attributes, outcome.markOf(RecordKind::Entity, entityOf.value(n.id)));
    // A chart's link stands for the link rows of its key: the most
    // restrictive of their marks is its own.
    QHash<QString, std::vector<qint64>> linksOf;
    for (const ingest::GraphDocument::Link& l : doc.links)
        linksOf.insert(l.id, {});
    store::Statement st(ws.handle(), "SELECT id, link_key FROM links ORDER BY id");
    while (st.next()) {
        if (auto it = linksOf.find(st.text(1)); it != linksOf.end())
            it->push_back(st.int64(0));
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    for (ingest::GraphDocument::Link& l : doc.links) {
        const Releasability::Outcome::Mark* worst = nullptr;
        for (qint64 id : linksOf.value(l.id)) {
            const Releasability::Outcome::Mark* m = outcome.markOf(RecordKind::Link, id);
            if (m && (!worst || Releasability::tlpRank(m->tlp) > Releasability::tlpRank(worst->tlp)))
                worst = m;
        }
        mark(l.attributes, worst);
    }
    return Ok {};
}

QColor FigureExport::markingColour(const QString& tlp)
{
    // FIRST's TLP 2.0 colours, each on black.
    if (tlp == QLatin1String("TLP:RED"))
        return QColor(0xFF, 0x2B, 0x2B);
    if (tlp.startsWith(QLatin1String("TLP:AMBER")))
        return QColor(0xFF, 0xC0, 0x00);
    if (tlp == QLatin1String("TLP:GREEN"))
        return QColor(0x33, 0xFF, 0x00);
    return QColor(0xFF, 0xFF, 0xFF);
}

figures::Picture FigureExport::marked(const figures::Picture& picture, const Releasability::Outcome& outcome)
{
    if (outcome.marking.isEmpty())
        return picture;
    figures::Picture out = picture;
    const QString conditions = outcome.conditions.join(QStringLiteral("; "));
    // The marking in the file's own words too: the SVG's description, the PDF's subject.
    out.caption
        = picture.caption.isEmpty() ? outcome.marking : outcome.marking + QStringLiteral(" · ") + picture.caption;
    if (!conditions.isEmpty())
        out.caption += QStringLiteral(" · ") + conditions;
    out.paint = [inner = picture.paint, size = picture.size, marking = outcome.marking, conditions](QPainter& p) {
        // A footer band of its own at the bottom (where TLP 2.0 puts a
        // document's label), so the label covers nothing of the figure: the
        // figure is drawn a little smaller above it, centred, at the size
        // asked for. The label at the band's right in its colour on black,
        // the conditions before it.
        QFont font = p.font();
        font.setBold(true);
        font.setPixelSize(std::max(11, size.height() / 45));
        const QFontMetricsF fm(font);
        const double pad = std::ceil(fm.height() * 0.25);
        const double band = std::ceil(fm.height() + 2 * pad);
        const double shrink = std::max(0.5, (size.height() - band) / std::max(1, size.height()));
        p.save();
        p.translate(size.width() * (1 - shrink) / 2, 0);
        p.scale(shrink, shrink);
        if (inner)
            inner(p);
        p.restore();
        p.save();
        const QRectF footer(0, size.height() - band, size.width(), band);
        p.fillRect(footer, Qt::white);
        p.setFont(font);
        QRectF label(0, 0, fm.horizontalAdvance(marking) + 2 * pad, fm.height() + pad);
        label.moveCenter(footer.center());
        label.moveRight(footer.right() - pad);
        p.fillRect(label, Qt::black);
        p.setPen(markingColour(marking));
        p.drawText(label, Qt::AlignCenter, marking);
        if (!conditions.isEmpty()) {
            QFont small = font;
            small.setBold(false);
            p.setFont(small);
            const QFontMetricsF sm(small);
            const QRectF room(pad, footer.top(), label.left() - 2 * pad, band);
            p.setPen(Qt::black);
            p.drawText(room, Qt::AlignRight | Qt::AlignVCenter,
                sm.elidedText(conditions, Qt::ElideLeft, std::max(0.0, room.width())));
        }
        p.restore();
    };
    return out;
}

Result<QString> FigureExport::write(store::Workspace& ws, const Releasability::Outcome& outcome,
    const figures::Picture& picture, const QString& path, const QString& kind, double scale)
{
    if (outcome.isEmpty())
        return Error(QCoreApplication::translate("FigureExport",
            "Nothing may go: every record the figure would show is withheld by the releasability "
            "check, so no figure was written."));
    auto format = figures::FigureWriter::formatOf(path);
    if (!format)
        return format.error();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status st = figures::FigureWriter::write(buffer, marked(picture, outcome), format.value(), scale); !st)
        return st.error();
    auto sha = OutputFile::writeAll(path, buffer.data());
    if (!sha)
        return sha.error();
    if (Status st = Releasability::record(
            ws, outcome, QStringLiteral("figure"), path, QStringLiteral("figure=%1 sha256=%2").arg(kind, sha.value()));
        !st)
        return st.error();
    return sha.value();
}

} // namespace waymark::sharing
