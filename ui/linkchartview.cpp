#include "linkchartview.h"

#include "figures/figurewriter.h"
#include "figures/graphfigure.h"
#include "network/centrality.h"
#include "network/communities.h"
#include "network/entitystyle.h"
#include "network/graphrenderer.h"
#include "network/keyactors.h"
#include "network/linkchart.h"

#include <QDate>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMetaMethod>
#include <QMouseEvent>
#include <QPainter>
#include <QResizeEvent>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace waymark::ui {

namespace {
/// Clips a segment to [0, w) × [0, h) (Liang–Barsky); false when nothing is left.
bool clipToImage(double& x0, double& y0, double& x1, double& y1, double w, double h)
{
    double t0 = 0, t1 = 1;
    const double dx = x1 - x0, dy = y1 - y0;
    const double p[4] = { -dx, dx, -dy, dy };
    const double q[4] = { x0, w - 1 - x0, y0, h - 1 - y0 };
    for (int i = 0; i < 4; ++i) {
        if (p[i] == 0) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    x1 = x0 + t1 * dx;
    y1 = y0 + t1 * dy;
    x0 = x0 + t0 * dx;
    y0 = y0 + t0 * dy;
    return true;
}

/// One-pixel opaque lines straight into an RGB32 image (Bresenham). For
/// tens of thousands of links this is several times faster than QPainter,
/// which sets up a stroker and span functions per line.
void rasterizeLines(QImage& image, const std::vector<QLineF>& lines, double scale, QRgb colour)
{
    const int w = image.width(), h = image.height();
    const qsizetype stride = image.bytesPerLine() / 4;
    auto* bits = reinterpret_cast<QRgb*>(image.bits());
    for (const QLineF& l : lines) {
        double x0 = l.x1() * scale, y0 = l.y1() * scale, x1 = l.x2() * scale, y1 = l.y2() * scale;
        if (!std::isfinite(x0 + y0 + x1 + y1) || !clipToImage(x0, y0, x1, y1, w, h))
            continue;
        int ax = int(x0), ay = int(y0);
        const int bx = int(x1), by = int(y1);
        const int dx = std::abs(bx - ax), dy = -std::abs(by - ay);
        const int sx = ax < bx ? 1 : -1, sy = ay < by ? 1 : -1;
        int err = dx + dy;
        for (;;) {
            bits[ay * stride + ax] = colour;
            if (ax == bx && ay == by)
                break;
            const int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                ax += sx;
            }
            if (e2 <= dx) {
                err += dx;
                ay += sy;
            }
        }
    }
}
} // namespace

LinkChartView::LinkChartView(network::LinkChart* chart, QWidget* parent)
    : QWidget(parent)
    , m_chart(chart)
{
    setObjectName(QStringLiteral("linkChartView"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true); // hovering names an entity in full and labels a link
    setMinimumSize(300, 200);
    setToolTip(tr("Wheel: zoom · drag: pan or move an entity · Ctrl+click: add to the selection\n"
                  "E: expand by one link · Delete: hide · P: pin · L: lay out · F: fit · Ctrl+Z: undo\n"
                  "G: group · Shift+G: ungroup · C: collapse leaves · Shift+C: show them again\n"
                  "S: shortest path · W: strongest path · T: time-respecting path (two entities selected)"));
    connect(chart, &network::LinkChart::changed, this, qOverload<>(&QWidget::update));
    connect(chart, &network::LinkChart::selectionChanged, this, qOverload<>(&QWidget::update));
    connect(chart, &network::LinkChart::graphReset, this, &LinkChartView::graphChanged);
    graphChanged();
}

void LinkChartView::graphChanged()
{
    m_community.clear();
    m_fitted = false;
    m_hoverNode = -1;
    m_hoverLink = { -1, -1 };
    m_labels.clear();
    const network::EntityGraph& eg = m_chart->graph();
    m_typeIndex.assign(eg.nodes().size(), -1);
    for (size_t v = 0; v < eg.nodes().size(); ++v)
        m_typeIndex[v] = qint8(network::EntityStyle::types().indexOf(eg.nodes()[v].type));
    m_pairLinks.clear();
    for (size_t i = 0; i < eg.links().size(); ++i) {
        const auto& l = eg.links()[i];
        if (l.a >= 0 && l.b >= 0 && l.a != l.b)
            m_pairLinks[pairKey(l.a, l.b)].push_back(int(i));
    }
    m_money = network::GraphRenderer::moneyFlows(eg);
    m_moneyPairs.clear();
    for (const auto& f : m_money)
        m_moneyPairs.insert(pairKey(f.from, f.to));
    // Still coloured by community: the new graph's communities (the button stays true).
    if (m_byCommunity)
        m_community = network::Communities::louvain(eg.graph()).community;
    setSizeBy(m_sizeBy);
}

quint64 LinkChartView::pairKey(int a, int b)
{
    return (quint64(quint32(std::min(a, b))) << 32) | quint32(std::max(a, b));
}

void LinkChartView::setSizeBy(SizeBy measure)
{
    m_sizeBy = measure;
    const network::Graph& g = m_chart->graph().graph();
    switch (measure) {
    case SizeBy::Degree:
        m_size = network::Centrality::degree(g);
        break;
    case SizeBy::Betweenness: {
        // On the GUI thread: estimated from a sample of sources on big graphs.
        network::Centrality::BetweennessOptions o;
        if (g.nodeCount() > network::KeyActors::kExactLimit)
            o.sampleSize = network::KeyActors::kSampledSources;
        m_size = network::Centrality::betweenness(g, o);
        break;
    }
    case SizeBy::PageRank:
        m_size = network::Centrality::pageRank(g);
        break;
    case SizeBy::File:
        m_size.assign(m_chart->graph().nodes().size(), 0);
        for (size_t v = 0; v < m_size.size(); ++v)
            m_size[v] = m_chart->graph().nodes()[v].size;
        break;
    }
    m_maxSize = 0;
    for (double s : m_size)
        m_maxSize = std::max(m_maxSize, s);
    if (m_maxSize <= 0)
        m_maxSize = 1;
    update();
}

void LinkChartView::setColourByCommunity(bool on)
{
    if (on && m_community.size() != size_t(m_chart->graph().graph().nodeCount()))
        m_community = network::Communities::louvain(m_chart->graph().graph()).community;
    if (on == m_byCommunity)
        return;
    m_byCommunity = on;
    update();
    Q_EMIT colourByCommunityChanged(on);
}

QPointF LinkChartView::toScreen(QPointF c) const
{
    return c * m_scale + m_offset;
}
QPointF LinkChartView::toChart(QPointF s) const
{
    return (s - m_offset) / m_scale;
}

double LinkChartView::radius(int node) const
{
    // From 6 pixels: the icon reads from 11 across.
    const double s = size_t(node) < m_size.size() ? m_size[size_t(node)] : 0;
    return 6.0 + 10.0 * std::sqrt(s / m_maxSize);
}

double LinkChartView::outerRadius(int node) const
{
    const double r = radius(node);
    return m_byCommunity ? r + std::max(2.5, r * 0.28) + 1 : r;
}

void LinkChartView::setLinkWidthByWeight(bool on)
{
    m_widthByWeight = on;
    update();
}

void LinkChartView::setToolTipText(ToolTipText text)
{
    m_toolTipText = std::move(text);
}

bool LinkChartView::event(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const QString text = toolTipAt(help->pos());
        if (text.isEmpty())
            QToolTip::showText(help->globalPos(), toolTip(), this); // the gestures
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

void LinkChartView::setView(double scale, QPointF offset)
{
    m_scale = std::clamp(scale, 1.0, 400.0);
    m_offset = offset;
    m_fitted = true;
    update();
}

void LinkChartView::setFadeOutside(bool fade)
{
    m_fadeOutside = fade;
    update();
}

int LinkChartView::nodeAt(QPointF screen) const
{
    int best = -1;
    double bestD = 1e300;
    for (int v : m_chart->visible()) {
        if (m_chart->isFolded(v))
            continue;
        const QPointF p = v == m_dragNode ? m_dragPos : toScreen(m_chart->position(v));
        const double d = std::hypot(p.x() - screen.x(), p.y() - screen.y());
        if (d <= radius(v) + 3 && d < bestD) {
            bestD = d;
            best = v;
        }
    }
    return best;
}

void LinkChartView::zoomToFit()
{
    // A hidden view (another tab) has no real size yet: fit when it shows.
    if (!isVisible() || m_chart->visible().isEmpty()) {
        m_fitted = false;
        update();
        return;
    }
    QRectF bounds;
    bool first = true;
    for (int v : m_chart->visible()) {
        if (m_chart->isFolded(v))
            continue;
        const QPointF p = m_chart->position(v);
        bounds = first ? QRectF(p, QSizeF(1e-6, 1e-6)) : bounds.united(QRectF(p, QSizeF(1e-6, 1e-6)));
        first = false;
    }
    // Clear of the legend in the top left corner.
    const double legendWidth = figures::legendSize(legend(), 11).width() + 24;
    const QRectF area = QRectF(rect()).adjusted(std::max(40.0, legendWidth), 40, -40, -40);
    m_scale = std::clamp(
        std::min(area.width() / std::max(bounds.width(), 1.0), area.height() / std::max(bounds.height(), 1.0)), 2.0,
        200.0);
    m_offset = area.center() - bounds.center() * m_scale;
    m_fitted = true;
    update();
}

void LinkChartView::resizeEvent(QResizeEvent* event)
{
    if (!m_fitted) {
        zoomToFit();
    } else if (event->oldSize().isValid()) {
        // Keep what was in the middle in the middle.
        m_offset += QPointF(event->size().width() - event->oldSize().width(),
                        event->size().height() - event->oldSize().height())
            / 2;
    }
}

void LinkChartView::showEvent(QShowEvent*)
{
    if (!m_fitted)
        zoomToFit();
    if (m_centreOnShow >= 0)
        centreOn(m_centreOnShow);
}

void LinkChartView::paintEvent(QPaintEvent*)
{
    if (!m_fitted && !m_chart->visible().isEmpty())
        zoomToFit();
    QPainter p(this);
    // The desktop palette's background (white by default; a high-contrast palette's own).
    p.fillRect(rect(), palette().color(QPalette::Base));
    p.setRenderHint(QPainter::Antialiasing);
    const network::EntityGraph& eg = m_chart->graph();
    const network::Graph& g = eg.graph();
    const QSet<int>& visible = m_chart->visible();
    if (visible.isEmpty()) {
        p.setPen(Qt::darkGray);
        p.drawText(rect(), Qt::AlignCenter, tr("No entities on the chart. Open a workspace with entities and links."));
        return;
    }
    auto at = [&](int v) { return v == m_dragNode ? m_dragPos : toScreen(m_chart->position(v)); };
    // Big charts: every test below is per link, so look-ups are by array,
    // links off screen are skipped, and lines are drawn in batches with
    // cosmetic pens (a wide or non-cosmetic pen strokes every line as a polygon).
    const int n = g.nodeCount();
    std::vector<char> shown(size_t(n), 0);
    for (int v : visible)
        shown[size_t(v)] = 1;
    const QRectF screen = QRectF(rect()).adjusted(-30, -30, 30, 30);
    auto offScreen = [&](const QPointF& a, const QPointF& b) {
        return std::max(a.x(), b.x()) < screen.left() || std::min(a.x(), b.x()) > screen.right()
            || std::max(a.y(), b.y()) < screen.top() || std::min(a.y(), b.y()) > screen.bottom();
    };
    // Links between the nodes drawn: a folded entity's links are its host's.
    m_drawnLinks = m_fadedLinks = m_hiddenLinks = 0;
    // Opaque greys: blending a translucent line costs ten times an opaque one.
    QPen linkPen(QColor(165, 165, 165), 1);
    linkPen.setCosmetic(true);
    QPen fadedPen(QColor(222, 222, 222), 1, Qt::DashLine);
    fadedPen.setCosmetic(true);
    const QPen pathPen(QColor(0xff, 0x8c, 0x00), 5, Qt::SolidLine, Qt::RoundCap);
    const bool folds = !m_chart->folded().isEmpty();
    const bool paths = !m_chart->path().empty();
    const bool window = m_chart->hasTimeWindow();
    QSet<quint64> drawn;
    constexpr int widths = 8;
    std::vector<QLineF> lines[widths], faded, pathLines;
    double maxWeight = 0;
    if (m_widthByWeight) {
        for (int v : visible) {
            for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
                if (shown[size_t(g.targets()[size_t(e)])])
                    maxWeight = std::max(maxWeight, g.weights()[size_t(e)]);
            }
        }
    }
    for (int v : visible) {
        const int rv = folds ? m_chart->representative(v) : v;
        const QPointF pv = at(rv);
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
            const int w = g.targets()[size_t(e)];
            if (!shown[size_t(w)] || (!folds && w < v))
                continue;
            const int rw = folds ? m_chart->representative(w) : w;
            if (rv == rw)
                continue;
            if (folds) {
                const quint64 key = (quint64(quint32(std::min(rv, rw))) << 32) | quint32(std::max(rv, rw));
                if (drawn.contains(key))
                    continue;
                drawn.insert(key);
            }
            const QPointF pw = at(rw);
            if (!m_moneyPairs.isEmpty() && !folds && m_moneyPairs.contains(pairKey(v, w))
                && !(window && m_chart->isOutsideWindow(v, w)) && !(paths && m_chart->onPath(rv, rw))) {
                ++m_drawnLinks; // drawn as arrows by drawMoney()
                continue;
            }
            if (paths && m_chart->onPath(rv, rw)) {
                pathLines.emplace_back(pv, pw);
                ++m_drawnLinks;
                continue;
            }
            if (window && m_chart->isOutsideWindow(v, w)) {
                if (!m_fadeOutside) {
                    ++m_hiddenLinks;
                    continue;
                }
                ++m_fadedLinks;
                if (!offScreen(pv, pw))
                    faded.emplace_back(pv, pw);
                continue;
            }
            ++m_drawnLinks;
            if (offScreen(pv, pw))
                continue;
            const int bucket = maxWeight > 0
                ? std::clamp(int(std::sqrt(g.weights()[size_t(e)] / maxWeight) * (widths - 1) + 0.5), 0, widths - 1)
                : 0;
            lines[bucket].emplace_back(pv, pw);
        }
    }
    // Thousands of smoothed long lines cost Qt's raster engine a hand-off to
    // its fill threads each; past a few hundred links on screen they are
    // drawn unsmoothed, which at that density looks the same.
    size_t onScreenLinks = faded.size();
    for (const auto& l : lines)
        onScreenLinks += l.size();
    const bool bulk = onScreenLinks >= 800;
    p.setRenderHint(QPainter::Antialiasing, !bulk);
    if (bulk) {
        // The plain links go straight into a white layer that becomes the background.
        const double dpr = devicePixelRatioF();
        const QSize pixels = (QSizeF(size()) * dpr).toSize();
        if (m_layer.size() != pixels)
            m_layer = QImage(pixels, QImage::Format_RGB32);
        m_layer.fill(palette().color(QPalette::Base));
        rasterizeLines(m_layer, lines[0], dpr, linkPen.color().rgb());
        m_layer.setDevicePixelRatio(dpr);
        p.drawImage(QPointF(0, 0), m_layer);
    }
    p.setPen(fadedPen);
    p.drawLines(faded.data(), int(faded.size()));
    for (int b = bulk ? 1 : 0; b < widths; ++b) {
        if (lines[b].empty())
            continue;
        QPen pen = linkPen;
        if (b > 0) {
            pen.setCosmetic(false);
            pen.setWidthF(1 + b);
        }
        p.setPen(pen);
        p.drawLines(lines[b].data(), int(lines[b].size()));
    }
    p.setRenderHint(QPainter::Antialiasing);
    if (!m_moneyPairs.isEmpty() && !folds)
        drawMoney(p, shown);
    p.setPen(pathPen);
    p.drawLines(pathLines.data(), int(pathLines.size()));
    QSet<int> onPath;
    for (int v : m_chart->path())
        onPath.insert(m_chart->representative(v));
    QFont font = p.font();
    font.setPixelSize(11);
    p.setFont(font);
    const QSet<int>& selection = m_chart->selection();
    const QPen selected(palette().color(QPalette::Text), 2.5);
    for (int v : visible) {
        if (folds && m_chart->isFolded(v))
            continue;
        const QPointF c = at(v);
        if (!screen.contains(c))
            continue;
        const double r = radius(v);
        // The type's colour (or the file's) always; the community as a ring around it.
        const QColor fill = network::GraphRenderer::nodeColour(eg.nodes()[size_t(v)]);
        if (onPath.contains(v)) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xff, 0x8c, 0x00, 150));
            p.drawEllipse(c, outerRadius(v) + 5, outerRadius(v) + 5);
        }
        if (m_byCommunity && size_t(v) < m_community.size())
            drawRing(p, c, r, network::GraphRenderer::communityColour(m_community[size_t(v)]));
        const bool isGroup = m_chart->isGroup(v);
        const int inside = isGroup || !m_chart->folded().isEmpty() ? m_chart->foldedCount(v) : 0;
        if (isGroup) {
            // A group: a rounded square with its member count.
            const double side = r + 6;
            p.setPen(selection.contains(v) ? selected : QPen(Qt::white, 1));
            p.setBrush(fill);
            p.drawRoundedRect(QRectF(c - QPointF(side, side), QSizeF(2 * side, 2 * side)), 5, 5);
            p.setPen(Qt::white);
            p.drawText(QRectF(c - QPointF(side, side), QSizeF(2 * side, 2 * side)), Qt::AlignCenter,
                QString::number(inside + 1));
        } else {
            drawEntity(p, v, c, r, fill);
            if (selection.contains(v)) {
                p.setPen(selected);
                p.setBrush(Qt::NoBrush);
                p.drawEllipse(c, outerRadius(v) + 1.5, outerRadius(v) + 1.5);
            }
            if (inside > 0) {
                // Collapsed leaves: a badge with how many.
                const QRectF badge(c + QPointF(-r - 12, r * 0.3), QSizeF(20, 14));
                p.setPen(Qt::NoPen);
                p.setBrush(QColor(60, 60, 60));
                p.drawRoundedRect(badge, 6, 6);
                p.setPen(Qt::white);
                p.drawText(badge, Qt::AlignCenter, QStringLiteral("+%1").arg(inside));
            }
        }
        if (m_chart->isPinned(v)) {
            p.setPen(Qt::NoPen);
            p.setBrush(Qt::black);
            p.drawEllipse(c + QPointF(r * 0.7, -r * 0.7), 2.5, 2.5);
        }
    }
    drawLabels(p, shown);
    drawHover(p);
    figures::paintLegend(p, legend(), QRectF(rect()).adjusted(0, 0, 0, -22), Qt::TopLeftCorner, 11);
    p.setPen(Qt::darkGray);
    p.drawText(QRectF(rect()).adjusted(8, 4, -8, -4), Qt::AlignBottom | Qt::AlignLeft,
        tr("%1 of %2 entities on the chart · %3 selected").arg(visible.size()).arg(g.nodeCount()).arg(selection.size())
            + (m_hiddenLinks > 0 ? tr(" · %n link(s) outside the time window hidden", nullptr, m_hiddenLinks)
                                 : QString()));
}

void LinkChartView::wheelEvent(QWheelEvent* event)
{
    const QPointF anchor = event->position();
    const QPointF before = toChart(anchor);
    const double factor = std::pow(1.0015, event->angleDelta().y());
    m_scale = std::clamp(m_scale * factor, 1.0, 400.0);
    m_offset = anchor - before * m_scale; // the point under the cursor stays under it
    m_fitted = true;
    update();
}

void LinkChartView::mousePressEvent(QMouseEvent* event)
{
    setFocus();
    m_pressAt = event->position();
    m_moved = false;
    const int node = nodeAt(event->position());
    if (event->button() != Qt::LeftButton)
        return;
    if (node >= 0) {
        QSet<int> s = m_chart->selection();
        if (event->modifiers() & Qt::ControlModifier)
            s.contains(node) ? (void)s.remove(node) : (void)s.insert(node);
        else if (!s.contains(node))
            s = { node };
        m_chart->setSelection(s);
        m_dragNode = node;
        m_dragPos = toScreen(m_chart->position(node));
    } else {
        m_panning = true;
        m_panFrom = event->position();
    }
}

void LinkChartView::mouseMoveEvent(QMouseEvent* event)
{
    if (event->buttons() == Qt::NoButton) {
        // Hover: the entity's full name, or the link's label.
        const int node = nodeAt(event->position());
        const auto link
            = node < 0 && m_chart->visible().size() < 5000 ? linkAt(event->position()) : std::pair<int, int> { -1, -1 };
        if (node != m_hoverNode || link != m_hoverLink) {
            m_hoverNode = node;
            m_hoverLink = link;
            update();
        }
        return;
    }
    if ((event->position() - m_pressAt).manhattanLength() > 3)
        m_moved = true;
    if (m_dragNode >= 0) {
        m_dragPos = event->position();
        update();
    } else if (m_panning) {
        m_offset += event->position() - m_panFrom;
        m_panFrom = event->position();
        m_fitted = true;
        update();
    }
}

void LinkChartView::mouseReleaseEvent(QMouseEvent* event)
{
    if (m_dragNode >= 0) {
        const int node = m_dragNode;
        m_dragNode = -1;
        if (m_moved)
            m_chart->move(node, toChart(event->position()));
        update();
    } else if (m_panning) {
        m_panning = false;
        if (!m_moved && !(event->modifiers() & Qt::ControlModifier))
            m_chart->setSelection({});
    }
}

void LinkChartView::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        // Without a mouse: select the nearest entity that way from the one
        // selected (from the middle of the view when none is), favouring
        // those straight ahead.
        const QPointF way = event->key() == Qt::Key_Left ? QPointF(-1, 0)
            : event->key() == Qt::Key_Right              ? QPointF(1, 0)
            : event->key() == Qt::Key_Up                 ? QPointF(0, -1)
                                                         : QPointF(0, 1);
        const QSet<int>& selected = m_chart->selection();
        const int from = selected.isEmpty() ? -1 : *std::min_element(selected.begin(), selected.end());
        const QPointF at = from >= 0 ? toScreen(m_chart->position(from)) : QPointF(rect().center());
        int best = -1;
        double bestScore = 0;
        for (int v : m_chart->visible()) {
            if (v == from)
                continue;
            const QPointF d = toScreen(m_chart->position(v)) - at;
            const double along = from >= 0 ? QPointF::dotProduct(d, way) : 1.0;
            if (along <= 0)
                continue;
            const double score
                = from >= 0 ? along + 2 * std::abs(d.x() * way.y() - d.y() * way.x()) : std::hypot(d.x(), d.y());
            if (best < 0 || score < bestScore) {
                best = v;
                bestScore = score;
            }
        }
        if (best >= 0)
            m_chart->setSelection({ best });
        update();
        break;
    }
    case Qt::Key_E: {
        const int hops = event->modifiers() & Qt::ShiftModifier ? 2 : 1;
        if (isSignalConnected(QMetaMethod::fromSignal(&LinkChartView::expandRequested)))
            Q_EMIT expandRequested(hops);
        else
            m_chart->expand(hops);
        break;
    }
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        m_chart->hide(m_chart->selection());
        break;
    case Qt::Key_P: {
        const QSet<int> s = m_chart->selection();
        bool allPinned = !s.isEmpty();
        for (int v : s)
            allPinned &= m_chart->isPinned(v);
        m_chart->setPinned(s, !allPinned);
        break;
    }
    case Qt::Key_L:
        Q_EMIT layoutRequested();
        break;
    case Qt::Key_F:
        zoomToFit();
        break;
    case Qt::Key_G:
        if (event->modifiers() & Qt::ShiftModifier)
            m_chart->ungroup(m_chart->selection());
        else
            m_chart->group(m_chart->selection());
        break;
    case Qt::Key_C:
        if (event->modifiers() & Qt::ShiftModifier)
            m_chart->expandCollapsed(m_chart->selection());
        else
            m_chart->collapseLeaves(m_chart->selection());
        break;
    case Qt::Key_S:
        Q_EMIT pathRequested(PathKind::Shortest);
        break;
    case Qt::Key_W:
        Q_EMIT pathRequested(PathKind::Weighted);
        break;
    case Qt::Key_T:
        Q_EMIT pathRequested(PathKind::TimeRespecting);
        break;
    default:
        if (event->matches(QKeySequence::Undo))
            m_chart->undoStack()->undo();
        else if (event->matches(QKeySequence::Redo))
            m_chart->undoStack()->redo();
        else
            QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

figures::Picture LinkChartView::snapshot(const QString& caption, QSize size) const
{
    const network::LinkChart::Drawing d = m_chart->drawing();
    figures::GraphFigure f;
    f.size = size;
    f.caption = caption;
    f.labels = 40;
    for (int v : d.nodes) {
        f.nodeSize.push_back(size_t(v) < m_size.size() ? m_size[size_t(v)] + 1e-3 * m_maxSize : 1.0);
        if (m_byCommunity && size_t(v) < m_community.size())
            f.community.push_back(m_community[size_t(v)]);
    }
    if (m_byCommunity && f.community.size() == d.nodes.size())
        f.colour = figures::GraphFigure::Colour::ByCommunity;
    f.graph = d.graph;
    f.points = d.points;
    return figures::graphPicture(std::move(f));
}

} // namespace waymark::ui
