// LinkChartView's look: entities as icons (with community rings), entity
// and link labels placed without collisions, the hover, the legend, money
// arrows, the built-in tooltips, and centring on an entity.

#include "linkchartview.h"

#include "figures/graphfigure.h"
#include "network/entitystyle.h"
#include "network/labelplacer.h"
#include "network/linkchart.h"

#include <QDate>
#include <QFontMetricsF>
#include <QMap>
#include <QPainter>
#include <QPalette>

#include <algorithm>
#include <cmath>

namespace waymark::ui {

namespace {
constexpr double kMaxLabelWidth = 160; ///< pixels; longer names are elided, in full on hover

QString dayText(qint64 day)
{
    return QDate::fromJulianDay(day).toString(Qt::ISODate);
}

/// A box of the background's colour behind a label drawn over the chart, so
/// it reads over links; text and box follow the desktop's palette (white and
/// black by default, a high-contrast palette's own colours otherwise).
void boxedText(QPainter& p, const QPalette& palette, const QRectF& rect, const QString& text, const QColor& border)
{
    p.setPen(border);
    QColor base = palette.color(QPalette::Base);
    base.setAlpha(235);
    p.setBrush(base);
    p.drawRoundedRect(rect, 3, 3);
    p.setPen(palette.color(QPalette::Text));
    p.drawText(rect, Qt::AlignCenter, text);
}
} // namespace

QColor LinkChartView::ringColour(int node) const
{
    if (!m_byCommunity || node < 0 || size_t(node) >= m_community.size())
        return QColor();
    return network::GraphRenderer::communityColour(m_community[size_t(node)]);
}

QString LinkChartView::nodeToolTip(int v) const
{
    const network::EntityGraph& eg = m_chart->graph();
    const network::EntityNode& n = eg.nodes()[size_t(v)];
    if (m_chart->isGroup(v))
        return tr("%1: %n entities", nullptr, m_chart->foldedCount(v) + 1).arg(m_chart->groups().value(v));
    QString text = tr("%1 (%2)").arg(n.label, network::EntityStyle::typeName(n.type));
    if (const int folded = m_chart->foldedCount(v); folded > 0)
        text += QLatin1Char('\n') + tr("%n collapsed into it (Shift+C shows them)", nullptr, folded);
    return text;
}

QString LinkChartView::linkToolTip(int a, int b) const
{
    // The links between the two as drawn (folded entities count as their host).
    const network::EntityGraph& eg = m_chart->graph();
    QStringList lines;
    for (const network::EntityGraph::LinkRecord& l : eg.links()) {
        if (l.a < 0 || l.b < 0)
            continue;
        const int ra = m_chart->representative(l.a), rb = m_chart->representative(l.b);
        if (!((ra == a && rb == b) || (ra == b && rb == a)) || lines.size() >= 12)
            continue;
        const QString when = l.dated ? tr("%1 – %2").arg(dayText(l.firstDay), dayText(l.lastDay)) : tr("undated");
        lines << tr("%1 — %2 — %3: %4, %5")
                     .arg(eg.nodes()[size_t(l.a)].label, network::EntityStyle::linkName(l.type),
                         eg.nodes()[size_t(l.b)].label, when)
                     .arg(l.weight);
    }
    return lines.join(QLatin1Char('\n'));
}

QString LinkChartView::linkLabel(int a, int b, bool compact) const
{
    // The records between the two drawn nodes; a folded entity's are its host's.
    std::vector<int> records;
    if (m_chart->folded().isEmpty()) {
        records = m_pairLinks.value(pairKey(a, b));
    } else {
        const auto& links = m_chart->graph().links();
        for (size_t i = 0; i < links.size(); ++i) {
            const auto& l = links[i];
            if (l.a < 0 || l.b < 0)
                continue;
            if (pairKey(m_chart->representative(l.a), m_chart->representative(l.b)) == pairKey(a, b))
                records.push_back(int(i));
        }
    }
    QStringList types;
    bool dated = false;
    qint64 first = 0, last = 0;
    for (int i : records) {
        const auto& l = m_chart->graph().links()[size_t(i)];
        // In the link's own direction ("lives at"): on the chart the two ends
        // show which is which; the path panel reads hops the way they are walked.
        const QString name = network::EntityStyle::linkName(l.type);
        if (!types.contains(name))
            types << name;
        if (l.dated) {
            first = dated ? std::min(first, l.firstDay) : l.firstDay;
            last = dated ? std::max(last, l.lastDay) : l.lastDay;
            dated = true;
        }
    }
    if (types.isEmpty())
        return QString();
    const QString when = !dated    ? QString()
        : last > first && !compact ? tr("%1 – %2").arg(dayText(first), dayText(last))
                                   : dayText(first);
    return when.isEmpty() ? types.join(QStringLiteral(", "))
                          : tr("%1 · %2").arg(types.join(QStringLiteral(", ")), when);
}

figures::Legend LinkChartView::legend() const
{
    QMap<QString, int> counts;
    for (int v : m_chart->visible()) {
        if (!m_chart->isFolded(v) && !m_chart->isGroup(v))
            ++counts[m_chart->graph().nodes()[size_t(v)].type];
    }
    int communities = 0;
    if (m_byCommunity) {
        QSet<int> seen;
        for (int v : m_chart->visible()) {
            if (size_t(v) < m_community.size())
                seen.insert(m_community[size_t(v)]);
        }
        communities = int(seen.size());
    }
    figures::Legend legend = figures::entityLegend(counts, communities);
    if (!m_moneyPairs.isEmpty())
        legend.add(figures::Legend::Entry::Shape::Line, network::GraphRenderer::moneyColour(),
            tr("Money: arrow to the payee, width by amount"), 4);
    return legend;
}

void LinkChartView::drawMoney(QPainter& p, const std::vector<char>& shown)
{
    // Money links as arrows from payer to payee, as wide as the amount
    // (against the largest on the chart); flows both ways side by side.
    double largest = 0;
    std::vector<const network::GraphRenderer::MoneyFlow*> drawn;
    const bool window = m_chart->hasTimeWindow();
    for (const auto& f : m_money) {
        if (!shown[size_t(f.from)] || !shown[size_t(f.to)] || (window && m_chart->isOutsideWindow(f.from, f.to))
            || (!m_chart->path().empty() && m_chart->onPath(f.from, f.to)))
            continue;
        drawn.push_back(&f);
        largest = std::max(largest, f.total);
    }
    auto at = [&](int v) { return v == m_dragNode ? m_dragPos : toScreen(m_chart->position(v)); };
    for (const auto* f : drawn) {
        const bool twoWay = std::any_of(
            drawn.begin(), drawn.end(), [&](const auto* g) { return g->from == f->to && g->to == f->from; });
        const double width = network::GraphRenderer::moneyWidth(f->total, largest);
        network::GraphRenderer::paintArrow(p, at(f->from), at(f->to), outerRadius(f->from), outerRadius(f->to), width,
            network::GraphRenderer::moneyColour(), twoWay ? width / 2 + 1.5 : 0);
    }
}

void LinkChartView::drawLabels(QPainter& p, const std::vector<char>& shown)
{
    m_labels.clear();
    const network::EntityGraph& eg = m_chart->graph();
    const QSet<int>& visible = m_chart->visible();
    const QRectF screen = rect();
    auto at = [&](int v) { return v == m_dragNode ? m_dragPos : toScreen(m_chart->position(v)); };
    // Most important first: the selection, the path, groups, then the
    // biggest (by the size measure: degree unless the analyst chose another).
    QSet<int> onPath;
    for (int v : m_chart->path())
        onPath.insert(m_chart->representative(v));
    std::vector<std::pair<double, int>> order;
    network::LabelPlacer placer(screen.adjusted(2, 2, -2, -24)); // not over the status line
    for (int v : visible) {
        if (m_chart->isFolded(v) || !screen.contains(at(v)))
            continue;
        placer.addDisc(at(v), m_chart->isGroup(v) ? (radius(v) + 6) * 1.42 : outerRadius(v) + 1);
        const double rank = m_chart->selection().contains(v) ? 3e9
            : onPath.contains(v)                             ? 2e9
            : m_chart->isGroup(v)                            ? 1e9
                                                             : radius(v) * 1e6 - v * 1e-3;
        order.emplace_back(rank, v);
    }
    std::sort(order.begin(), order.end(), std::greater<>());
    // Not under the legend in the top left corner (paintLegend's place for it).
    placer.reserve(QRectF(QPointF(12, 12), figures::legendSize(legend(), 11)));
    // Zoomed far out, only the important and the big are named.
    const bool far = m_scale <= 25 && order.size() > 60;
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);
    const QFontMetricsF fm(font);
    p.setPen(palette().color(QPalette::Text));
    size_t tried = 0;
    for (const auto& [rank, v] : order) {
        if (far && rank < 1e9 && radius(v) <= 9)
            continue;
        if (++tried > 3000)
            break;
        const QString full = m_chart->isGroup(v) ? m_chart->groups().value(v) : eg.nodes()[size_t(v)].label;
        const QString text = fm.elidedText(full, Qt::ElideRight, kMaxLabelWidth);
        const QSizeF size(fm.horizontalAdvance(text) + 4, fm.height());
        const double r = m_chart->isGroup(v) ? radius(v) + 8 : outerRadius(v) + 1;
        if (const auto placed = placer.place(at(v), r, size)) {
            p.drawText(*placed, Qt::AlignCenter, text);
            m_labels.push_back({ v, -1, *placed, text });
        }
    }
    // Link labels: the type and date of every link with room for it once
    // zoomed in far enough to read them, where they cover no name.
    if (m_scale < kLinkLabelScale)
        return;
    QFont small = font;
    small.setPixelSize(10);
    p.setFont(small);
    const QFontMetricsF fs(small);
    const network::Graph& g = eg.graph();
    const bool folds = !m_chart->folded().isEmpty();
    const bool window = m_chart->hasTimeWindow();
    QSet<quint64> done;
    for (int v : visible) {
        const int rv = folds ? m_chart->representative(v) : v;
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
            const int w = g.targets()[size_t(e)];
            const int rw = folds ? m_chart->representative(w) : w;
            if (!shown[size_t(w)] || rv == rw || (window && !m_fadeOutside && m_chart->isOutsideWindow(v, w)))
                continue;
            const quint64 key = pairKey(rv, rw);
            if (done.contains(key))
                continue;
            done.insert(key);
            const QPointF a = at(rv), b = at(rw);
            if (!screen.contains(a) && !screen.contains(b))
                continue;
            // Only where the whole label fits along the link: a cut date misleads.
            const QString text = linkLabel(std::min(rv, rw), std::max(rv, rw), true);
            const double room = QLineF(a, b).length() - outerRadius(rv) - outerRadius(rw);
            if (text.isEmpty() || fs.horizontalAdvance(text) > std::min(kMaxLabelWidth, room))
                continue;
            const QSizeF size(fs.horizontalAdvance(text) + 6, fs.height() + 2);
            const QRectF box(QLineF(a, b).center() - QPointF(size.width() / 2, size.height() / 2), size);
            if (placer.placeAt(box)) {
                boxedText(p, palette(), box, text, QColor(200, 200, 200));
                m_labels.push_back({ std::min(rv, rw), std::max(rv, rw), box, text });
            }
        }
    }
    p.setFont(font);
}

void LinkChartView::drawHover(QPainter& p)
{
    // The entity under the mouse named in full; the link under it labelled.
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);
    const QFontMetricsF fm(font);
    if (m_hoverNode >= 0 && m_chart->visible().contains(m_hoverNode) && !m_chart->isFolded(m_hoverNode)) {
        const int v = m_hoverNode;
        const QString text
            = m_chart->isGroup(v) ? m_chart->groups().value(v) : m_chart->graph().nodes()[size_t(v)].label;
        const QPointF c = toScreen(m_chart->position(v));
        const QSizeF size(fm.horizontalAdvance(text) + 8, fm.height() + 4);
        QRectF box(c + QPointF(outerRadius(v) + 4, -size.height() / 2), size);
        if (box.right() > width())
            box.moveRight(c.x() - outerRadius(v) - 4);
        boxedText(p, palette(), box, text, QColor(90, 90, 90));
    } else if (m_hoverLink.first >= 0) {
        const auto [a, b] = m_hoverLink;
        const QString text = linkLabel(a, b);
        if (text.isEmpty())
            return;
        const QPointF mid = QLineF(toScreen(m_chart->position(a)), toScreen(m_chart->position(b))).center();
        const QSizeF size(fm.horizontalAdvance(text) + 8, fm.height() + 4);
        boxedText(
            p, palette(), QRectF(mid - QPointF(size.width() / 2, size.height() / 2), size), text, QColor(90, 90, 90));
    }
}

void LinkChartView::drawEntity(QPainter& p, int node, QPointF centre, double r, const QColor& fill) const
{
    // An icon on a smoothed disc is curves and paths the raster engine
    // flattens and fills each time; drawn once per type, colour and size
    // and then copied, ten thousand of them take milliseconds.
    const double dpr = devicePixelRatioF();
    const int pixels = int(std::lround(2 * r * dpr));
    const int type = size_t(node) < m_typeIndex.size() ? m_typeIndex[size_t(node)] : -1;
    const quint64 key = quint64(fill.rgb() & 0xffffff) | (quint64(pixels & 0xfff) << 24) | (quint64(type + 1) << 36);
    auto it = m_sprites.constFind(key);
    if (it == m_sprites.constEnd()) {
        if (m_sprites.size() > 4000)
            m_sprites.clear();
        QImage sprite = network::EntityStyle::entityImage(
            type >= 0 ? network::EntityStyle::types()[type] : QStringLiteral("other"), fill, pixels);
        sprite.setDevicePixelRatio(dpr);
        it = m_sprites.insert(key, sprite);
    }
    const double half = pixels / dpr / 2;
    p.drawImage(QPointF(std::round(centre.x() - half), std::round(centre.y() - half)), it.value());
}

void LinkChartView::drawRing(QPainter& p, QPointF centre, double r, const QColor& colour) const
{
    const double dpr = devicePixelRatioF();
    const double width = std::max(2.5, r * 0.28);
    const double outer = r + width + 1;
    const int pixels = int(std::ceil(2 * outer * dpr)) + 2;
    const quint64 key = quint64(colour.rgb() & 0xffffff) | (quint64(pixels & 0xfff) << 24) | (quint64(1) << 48);
    auto it = m_sprites.constFind(key);
    if (it == m_sprites.constEnd()) {
        QImage sprite(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
        sprite.fill(Qt::transparent);
        {
            QPainter sp(&sprite);
            sp.setRenderHint(QPainter::Antialiasing);
            sp.scale(dpr, dpr);
            sp.setPen(QPen(colour, width));
            sp.setBrush(Qt::NoBrush);
            const QPointF c(pixels / dpr / 2, pixels / dpr / 2);
            sp.drawEllipse(c, r + width / 2 + 0.5, r + width / 2 + 0.5);
        }
        sprite.setDevicePixelRatio(dpr);
        it = m_sprites.insert(key, sprite);
    }
    const double half = pixels / dpr / 2;
    p.drawImage(QPointF(std::round(centre.x() - half), std::round(centre.y() - half)), it.value());
}

void LinkChartView::leaveEvent(QEvent*)
{
    if (m_hoverNode >= 0 || m_hoverLink.first >= 0) {
        m_hoverNode = -1;
        m_hoverLink = { -1, -1 };
        update();
    }
}

void LinkChartView::centreOn(int node)
{
    if (!m_chart->visible().contains(node))
        return;
    if (!isVisible()) {
        m_centreOnShow = node; // a hidden view has no real size yet
        return;
    }
    m_centreOnShow = -1;
    if (!m_fitted)
        zoomToFit();
    m_scale = std::max(m_scale, 40.0); // names and icons readable
    m_offset = QRectF(rect()).center() - m_chart->position(m_chart->representative(node)) * m_scale;
    m_fitted = true;
    update();
}

std::pair<int, int> LinkChartView::linkAt(QPointF s) const
{
    const network::Graph& g = m_chart->graph().graph();
    std::pair<int, int> best { -1, -1 };
    double bestD = 5; // pixels
    for (int v : m_chart->visible()) {
        const int rv = m_chart->representative(v);
        const QPointF a = toScreen(m_chart->position(rv));
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
            const int w = g.targets()[size_t(e)];
            const int rw = m_chart->representative(w);
            if (!m_chart->visible().contains(w) || rv == rw || (!m_fadeOutside && m_chart->isOutsideWindow(v, w)))
                continue;
            const QPointF b = toScreen(m_chart->position(rw));
            const QPointF ab = b - a;
            const double len2 = QPointF::dotProduct(ab, ab);
            const double t = len2 > 0 ? std::clamp(QPointF::dotProduct(s - a, ab) / len2, 0.0, 1.0) : 0.0;
            const QPointF q = a + t * ab;
            const double d = std::hypot(s.x() - q.x(), s.y() - q.y());
            if (d < bestD) {
                bestD = d;
                best = { std::min(rv, rw), std::max(rv, rw) };
            }
        }
    }
    return best;
}

QString LinkChartView::toolTipAt(QPointF s) const
{
    if (const int v = nodeAt(s); v >= 0)
        return m_toolTipText ? m_toolTipText(v, -1) : nodeToolTip(v);
    const auto [a, b] = linkAt(s);
    if (a < 0)
        return QString();
    return m_toolTipText ? m_toolTipText(a, b) : linkToolTip(a, b);
}

} // namespace waymark::ui
