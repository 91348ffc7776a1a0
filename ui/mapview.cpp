#include "mapview.h"

#include "analysis/incidentsnapshot.h"
#include "core/taxonomy.h"
#include "figures/figurewriter.h"
#include "figures/mapfigure.h"
#include "geo/countrynames.h"
#include "map/mapmodel.h"
#include "map/pointclusters.h"
#include "map/routeflows.h"

#include <QAccessible>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace waymark::ui {

MapView::MapView(map::MapModel* model, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_viewport(QPointF(0.5, 0.5), 1.5, QSize(800, 600))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(320, 240);
    setToolTip(tr("Wheel: zoom · drag: pan · Shift-drag: select a rectangle · Ctrl-drag: lasso · click a cluster to "
                  "expand it · Home: all · Z: selection · L: legend · Esc: clear selection"));
    setAccessibleName(tr("Map"));
    setAccessibleDescription(tr("Arrow keys pan, + and - zoom, Home fits every incident, Z the selection; Ctrl+arrow "
                                "keys move to the nearest cluster that way, N and Shift+N to the next and previous "
                                "cluster; Enter or Space expands the cluster or selects it; Escape clears the "
                                "selection"));
    connect(m_model, &map::MapModel::changed, this, [this] {
        if (!m_fitted && m_model->snapshot() && isVisible()) {
            m_fitted = true;
            zoomToAll();
        }
        if (m_focusWorld)
            announceFocus();
        update();
    });
}

void MapView::setViewport(const map::MapViewport& viewport)
{
    m_viewport = viewport;
    m_viewport.setSize(size());
    update();
    Q_EMIT viewportChanged();
}

void MapView::zoomToAll()
{
    QRectF bounds = m_model->dataBounds();
    if (bounds.isNull())
        bounds = figures::inhabitedWorld();
    // A single place: show its surroundings rather than zoom to the limit.
    const double minSpan = 0.002;
    if (bounds.width() < minSpan && bounds.height() < minSpan)
        bounds = QRectF(bounds.center() - QPointF(minSpan, minSpan) / 2, QSizeF(minSpan, minSpan));
    m_viewport.fit(bounds, 40);
    update();
    Q_EMIT viewportChanged();
}

void MapView::zoomToSelection()
{
    const QRectF bounds = m_model->dataBounds(true);
    if (bounds.isNull())
        return;
    m_viewport.fit(bounds.width() < 1e-4 && bounds.height() < 1e-4
            ? QRectF(bounds.center() - QPointF(5e-4, 5e-4), QSizeF(1e-3, 1e-3))
            : bounds,
        40);
    update();
    Q_EMIT viewportChanged();
}

QImage MapView::snapshot(QSize size) const
{
    map::MapViewport v = m_viewport;
    if (size.isValid() && size != v.size()) {
        // Keep the same ground in view at the new size.
        const double scale
            = std::min(double(size.width()) / v.size().width(), double(size.height()) / v.size().height());
        v.setZoom(v.zoom() + std::log2(scale));
        v.setSize(size);
    }
    return figures::FigureWriter::image(
        figures::mapPicture(m_model->renderer(), v, m_model->layers(), {}, m_model->caption()));
}

void MapView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    figures::paintMapFigure(p, m_model->renderer(), m_viewport, m_model->layers(), {}, m_model->caption());
    if (m_gesture == Gesture::Rectangle || m_gesture == Gesture::Lasso) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0xff, 0x7f, 0x00), 1.5, Qt::DashLine));
        p.setBrush(QColor(0xff, 0x7f, 0x00, 40));
        if (m_gesture == Gesture::Rectangle)
            p.drawRect(QRectF(m_pressAt, m_last).normalized());
        else
            p.drawPolygon(m_lasso);
    }
    if (hasFocus()) {
        if (const auto b = focusedCluster()) {
            // Two rings, the desktop's highlight on its base colour, so that the
            // ring shows on land, sea and bubble alike and follows a high-contrast palette.
            p.setRenderHint(QPainter::Antialiasing);
            p.setBrush(Qt::NoBrush);
            const double r = b->radius + 5;
            p.setPen(QPen(palette().color(QPalette::Base), 6));
            p.drawEllipse(b->centre, r, r);
            p.setPen(QPen(palette().color(QPalette::Highlight), 3));
            p.drawEllipse(b->centre, r, r);
        }
    }
    if (m_model->isLoading()) {
        // On a box of the window's colour: readable over any basemap, and in the desktop's palette.
        const QString text = tr("Loading incidents…");
        QRect box = fontMetrics().boundingRect(text).adjusted(-6, -4, 6, 4);
        box.moveTopLeft(QPoint(12, 12));
        p.fillRect(box, palette().color(QPalette::Window));
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(box, Qt::AlignCenter, text);
    }
}

void MapView::wheelEvent(QWheelEvent* event)
{
    // A notch (120 units) is half a zoom level; trackpads send finer steps.
    const double steps = event->angleDelta().y() / 240.0;
    if (steps == 0)
        return;
    m_viewport.zoomAbout(event->position(), steps);
    update();
    Q_EMIT viewportChanged();
    event->accept();
}

void MapView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_pressAt = m_last = event->position();
    m_moved = false;
    if (event->modifiers() & Qt::ShiftModifier) {
        m_gesture = Gesture::Rectangle;
    } else if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        m_gesture = Gesture::Lasso;
        m_lasso = QPolygonF { m_pressAt };
    } else {
        m_gesture = Gesture::Pan;
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapView::mouseMoveEvent(QMouseEvent* event)
{
    const QPointF at = event->position();
    const QPointF ll = m_viewport.screenToLonLat(at);
    Q_EMIT cursorMoved(std::abs(ll.y()) <= 90 ? ll : QPointF());
    if (m_gesture == Gesture::None) {
        hover(at);
        return;
    }
    if ((at - m_pressAt).manhattanLength() > 3)
        m_moved = true;
    switch (m_gesture) {
    case Gesture::Pan:
        m_viewport.panBy(at - m_last);
        Q_EMIT viewportChanged();
        break;
    case Gesture::Lasso:
        m_lasso << at;
        break;
    default:
        break;
    }
    m_last = at;
    update();
}

void MapView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_last = event->position();
    const Gesture g = m_gesture;
    unsetCursor();
    if (!m_moved && g != Gesture::None) {
        m_gesture = Gesture::None;
        click(event->position());
    } else if (g == Gesture::Rectangle || g == Gesture::Lasso) {
        finishSelection();
        m_gesture = Gesture::None;
    }
    m_gesture = Gesture::None;
    m_lasso.clear();
    update();
}

void MapView::finishSelection()
{
    QPolygonF screen = m_gesture == Gesture::Rectangle ? QPolygonF(QRectF(m_pressAt, m_last).normalized()) : m_lasso;
    if (screen.size() < 3)
        return;
    // The lasso in world units, tried against each world copy on screen.
    std::vector<qint64> ids;
    const QRectF visible = m_viewport.visibleWorld();
    for (int k = int(std::floor(visible.left())); k <= int(std::floor(visible.right())); ++k) {
        QPolygonF world;
        for (const QPointF& s : screen)
            world << m_viewport.screenToWorld(s) - QPointF(k, 0);
        const auto some = m_model->incidentsIn(world);
        ids.insert(ids.end(), some.begin(), some.end());
    }
    m_model->select(std::move(ids));
}

void MapView::click(QPointF at)
{
    const map::MapRenderer& r = m_model->renderer();
    if (m_model->layers() & map::MapRenderer::Points) {
        if (const auto c = r.clusterAt(m_viewport, at)) {
            activate(*c, at);
            return;
        }
    }
    if (m_model->layers() & map::MapRenderer::Routes) {
        const int route = r.routeAt(m_viewport, at);
        if (route >= 0) {
            const map::RouteFlow& f = r.routes()->flows()[size_t(route)];
            std::vector<qint64> ids;
            for (quint32 i : f.members)
                ids.push_back(m_model->snapshot()->ids[i]);
            m_model->select(std::move(ids));
            Q_EMIT routeClicked(f.from, f.to);
            return;
        }
    }
}

namespace {

/// Whether a click on the bubble expands it (it can split) rather than selects it.
bool expands(const map::ClusterBubble& c, const map::MapViewport& v)
{
    const double pixels = std::max(c.bounds.width(), c.bounds.height()) * v.worldPixels();
    return c.count > 1 && pixels > 2 && v.zoom() < map::MapViewport::maxZoom;
}

/// The bubbles whose centre is on screen, in reading order: rows of 40
/// pixels top to bottom, left to right within a row.
std::vector<map::ClusterBubble> bubblesOnScreen(const map::MapRenderer& r, const map::MapViewport& v, QRect rect)
{
    std::vector<map::ClusterBubble> all = r.bubbles(v);
    all.erase(std::remove_if(all.begin(), all.end(),
                  [&](const map::ClusterBubble& b) { return !QRectF(rect).contains(b.centre); }),
        all.end());
    std::sort(all.begin(), all.end(), [](const map::ClusterBubble& a, const map::ClusterBubble& b) {
        const int ra = int(std::floor(a.centre.y() / 40));
        const int rb = int(std::floor(b.centre.y() / 40));
        return ra != rb ? ra < rb : a.centre.x() < b.centre.x();
    });
    return all;
}

} // namespace

void MapView::activate(const map::ClusterBubble& c, QPointF at)
{
    // Expand a cluster that can split; select one that cannot.
    if (expands(c, m_viewport)) {
        const QPointF shift = m_viewport.screenToWorld(at) - QPointF(c.x, c.y);
        map::MapViewport v = m_viewport;
        v.fit(c.bounds.translated(std::round(shift.x()), 0), 60);
        v.setZoom(std::max(v.zoom(), m_viewport.zoom() + 1));
        m_viewport = v;
        // The ring goes to the part nearest the cluster's middle, however far the zoom spread them.
        if (m_focusWorld)
            setFocusedBubble(nearestBubble(std::numeric_limits<double>::infinity()));
        Q_EMIT viewportChanged();
    } else {
        m_model->select(m_model->renderer().clusters()->incidentIds(c.parts));
    }
    if (m_focusWorld)
        announceFocus();
    update();
}

std::optional<map::ClusterBubble> MapView::focusedCluster() const
{
    return nearestBubble(48);
}

std::optional<map::ClusterBubble> MapView::nearestBubble(double reach) const
{
    if (!m_focusWorld || !(m_model->layers() & map::MapRenderer::Points) || !m_model->renderer().clusters())
        return std::nullopt;
    // The bubble nearest the ring's place: after a zoom or a new window the
    // bubbles split and merge, and the ring stays with what is there.
    const QPointF at = m_viewport.worldToScreen(*m_focusWorld);
    std::optional<map::ClusterBubble> best;
    double bestDistance = 0;
    for (map::ClusterBubble& b : bubblesOnScreen(m_model->renderer(), m_viewport, rect())) {
        const double d = std::hypot(b.centre.x() - at.x(), b.centre.y() - at.y());
        if (!best || d < bestDistance) {
            bestDistance = d;
            best = std::move(b);
        }
    }
    if (best && bestDistance > best->radius + reach)
        return std::nullopt; // panned away from it
    return best;
}

void MapView::setFocusedBubble(const std::optional<map::ClusterBubble>& bubble)
{
    if (bubble)
        m_focusWorld = m_viewport.screenToWorld(bubble->centre);
    else
        m_focusWorld.reset();
    announceFocus();
    update();
}

void MapView::moveFocus(QPointF way)
{
    const std::vector<map::ClusterBubble> all = bubblesOnScreen(m_model->renderer(), m_viewport, rect());
    const auto current = focusedCluster();
    const QPointF at = current ? current->centre : QPointF(rect().center());
    const bool fromMiddle = !current || way.isNull();
    const map::ClusterBubble* best = nullptr;
    double bestScore = 0;
    for (const map::ClusterBubble& b : all) {
        const QPointF d = b.centre - at;
        if (current && d.manhattanLength() < 0.5)
            continue;
        const double along = fromMiddle ? 1.0 : QPointF::dotProduct(d, way);
        if (along <= 0)
            continue;
        // Straight ahead first: sideways distance counts twice (as the link chart does).
        const double score
            = fromMiddle ? std::hypot(d.x(), d.y()) : along + 2 * std::abs(d.x() * way.y() - d.y() * way.x());
        if (!best || score < bestScore) {
            best = &b;
            bestScore = score;
        }
    }
    if (best)
        setFocusedBubble(*best);
    else if (!current)
        setFocusedBubble(std::nullopt);
}

void MapView::stepFocus(int step)
{
    const std::vector<map::ClusterBubble> all = bubblesOnScreen(m_model->renderer(), m_viewport, rect());
    if (all.empty()) {
        setFocusedBubble(std::nullopt);
        return;
    }
    const auto current = focusedCluster();
    int index = step > 0 ? 0 : int(all.size()) - 1;
    if (current) {
        for (size_t i = 0; i < all.size(); ++i) {
            if ((all[i].centre - current->centre).manhattanLength() < 0.5) {
                index = int((int(i) + step + int(all.size())) % int(all.size()));
                break;
            }
        }
    }
    setFocusedBubble(all[size_t(index)]);
}

void MapView::announceFocus()
{
    QString name = tr("Map");
    if (const auto b = focusedCluster()) {
        const std::vector<map::ClusterBubble> all = bubblesOnScreen(m_model->renderer(), m_viewport, rect());
        int index = 0;
        for (size_t i = 0; i < all.size(); ++i) {
            if ((all[i].centre - b->centre).manhattanLength() < 0.5)
                index = int(i);
        }
        const QLocale l;
        name = tr("Map: cluster %1 of %2, %n incident(s), %3 victims", nullptr, b->count)
                   .arg(l.toString(index + 1), l.toString(qint64(all.size())), l.toString(b->victims));
        const map::MapRenderer& r = m_model->renderer();
        if (r.world()) {
            const int country = r.countryAt(m_viewport.screenToLonLat(b->centre));
            if (country >= 0) {
                const QString iso3 = r.world()->features[country].attributes.value(QStringLiteral("iso_a3")).toString();
                if (const QString where = geo::CountryNames::ofCode(iso3); !where.isEmpty())
                    name += QStringLiteral(", ") + tr("in %1").arg(where);
            }
        }
        if (b->selected)
            name += QStringLiteral(", ") + tr("%1 selected").arg(l.toString(b->selected));
        name += QStringLiteral(". ")
            + (expands(*b, m_viewport) ? tr("Enter expands it.") : tr("Enter selects its incidents."));
    }
    if (name == m_announced)
        return;
    m_announced = name;
    // NameChanged (Qt 6.4's setter sends none), and a focus event as well
    // so that a screen reader reads the new name out.
    setAccessibleName(name);
    QAccessibleEvent changed(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
    if (hasFocus()) {
        QAccessibleEvent focus(this, QAccessible::Focus);
        QAccessible::updateAccessibility(&focus);
    }
}

void MapView::focusInEvent(QFocusEvent* event)
{
    QWidget::focusInEvent(event);
    update();
}

void MapView::focusOutEvent(QFocusEvent* event)
{
    QWidget::focusOutEvent(event);
    update();
}

void MapView::hover(QPointF at)
{
    map::MapRenderer& r = m_model->renderer();
    const int route = (m_model->layers() & map::MapRenderer::Routes) ? r.routeAt(m_viewport, at) : -1;
    if (route != r.highlightedRoute()) {
        r.setHighlightedRoute(route);
        update();
    }
}

bool MapView::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    auto* help = static_cast<QHelpEvent*>(event);
    const map::MapRenderer& r = m_model->renderer();
    const QLocale l;
    QString text;
    if (m_model->layers() & map::MapRenderer::Points) {
        if (const auto c = r.clusterAt(m_viewport, help->pos())) {
            text = tr("%n incident(s), %1 victims", nullptr, c->count).arg(l.toString(c->victims));
            const QStringList names = Taxonomy::names(Taxonomy::Group::Exploitation);
            for (int b = 0; b < 9; ++b) {
                if (c->byType[size_t(b)])
                    text += QStringLiteral("<br>%1: %2").arg(names.value(b), l.toString(c->byType[size_t(b)]));
            }
            if (c->selected)
                text += QStringLiteral("<br>") + tr("%1 selected").arg(l.toString(c->selected));
            text += QStringLiteral("<br><i>") + (c->count > 1 ? tr("Click to expand") : tr("Click to select"))
                + QStringLiteral("</i>");
        }
    }
    if (text.isEmpty() && (m_model->layers() & map::MapRenderer::Routes)) {
        const int route = r.routeAt(m_viewport, help->pos());
        if (route >= 0) {
            const map::RouteFlow& f = r.routes()->flows()[size_t(route)];
            text = QStringLiteral("<b>%1 → %2</b><br>").arg(f.fromName.toHtmlEscaped(), f.toName.toHtmlEscaped())
                + tr("%1 incidents, %2 victims").arg(l.toString(f.incidents), l.toString(f.victims))
                + QStringLiteral("<br><i>") + tr("Click to select its incidents") + QStringLiteral("</i>");
        }
    }
    if (text.isEmpty() && (m_model->layers() & map::MapRenderer::Choropleth) && r.choropleth() && r.world()) {
        const int country = r.countryAt(m_viewport.screenToLonLat(help->pos()));
        if (country >= 0) {
            const auto& attrs = r.world()->features[country].attributes;
            const QString iso3 = attrs.value(QStringLiteral("iso_a3")).toString();
            QString name = iso3.isEmpty() ? QString() : geo::CountryNames::ofCode(iso3);
            if (name.isEmpty()) // areas without an ISO code of their own keep Natural Earth's name
                name = attrs.value(QStringLiteral("name")).toString();
            text = QStringLiteral("<b>%1</b><br>%2: %3")
                       .arg(name.toHtmlEscaped(), r.choropleth()->title(), l.toString(r.choropleth()->value(iso3)));
        }
    }
    if (text.isEmpty())
        QToolTip::showText(help->globalPos(), toolTip(), this);
    else
        QToolTip::showText(help->globalPos(), text, this);
    return true;
}

void MapView::keyPressEvent(QKeyEvent* event)
{
    const double step = 120;
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down:
        if (ctrl) {
            moveFocus(event->key() == Qt::Key_Left  ? QPointF(-1, 0)
                    : event->key() == Qt::Key_Right ? QPointF(1, 0)
                    : event->key() == Qt::Key_Up    ? QPointF(0, -1)
                                                    : QPointF(0, 1));
            return;
        }
        break;
    case Qt::Key_N:
        stepFocus(event->modifiers() & Qt::ShiftModifier ? -1 : 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (const auto b = focusedCluster())
            activate(*b, b->centre);
        else
            moveFocus(QPointF());
        return;
    default:
        break;
    }
    switch (event->key()) {
    case Qt::Key_Left:
        m_viewport.panBy(QPointF(step, 0));
        break;
    case Qt::Key_Right:
        m_viewport.panBy(QPointF(-step, 0));
        break;
    case Qt::Key_Up:
        m_viewport.panBy(QPointF(0, step));
        break;
    case Qt::Key_Down:
        m_viewport.panBy(QPointF(0, -step));
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        m_viewport.zoomAbout(rect().center(), 0.5);
        break;
    case Qt::Key_Minus:
        m_viewport.zoomAbout(rect().center(), -0.5);
        break;
    case Qt::Key_Home:
        zoomToAll();
        return;
    case Qt::Key_Z:
        zoomToSelection();
        return;
    case Qt::Key_Escape:
        setFocusedBubble(std::nullopt);
        m_model->select({});
        return;
    case Qt::Key_L:
        m_model->renderer().setLegendVisible(!m_model->renderer().legendVisible());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    if (m_focusWorld)
        announceFocus();
    update();
    Q_EMIT viewportChanged();
}

void MapView::resizeEvent(QResizeEvent*)
{
    m_viewport.setSize(size());
    if (!m_fitted && m_model->snapshot()) {
        m_fitted = true;
        zoomToAll();
    }
}

void MapView::leaveEvent(QEvent*)
{
    Q_EMIT cursorMoved(QPointF());
    if (m_model->renderer().highlightedRoute() >= 0) {
        m_model->renderer().setHighlightedRoute(-1);
        update();
    }
}

} // namespace waymark::ui
