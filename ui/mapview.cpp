#include "mapview.h"

#include "analysis/incidentsnapshot.h"
#include "core/taxonomy.h"
#include "figures/figurewriter.h"
#include "figures/mapfigure.h"
#include "geo/countrynames.h"
#include "map/mapmodel.h"
#include "map/pointclusters.h"
#include "map/routeflows.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

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
    connect(m_model, &map::MapModel::changed, this, [this] {
        if (!m_fitted && m_model->snapshot() && isVisible()) {
            m_fitted = true;
            zoomToAll();
        }
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
    if (m_model->isLoading()) {
        p.setPen(Qt::black);
        p.drawText(rect().adjusted(12, 12, -12, -12), Qt::AlignLeft | Qt::AlignTop, tr("Loading incidents…"));
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
            // Expand a cluster that can split; select one that cannot.
            const double pixels = std::max(c->bounds.width(), c->bounds.height()) * m_viewport.worldPixels();
            if (c->count > 1 && pixels > 2 && m_viewport.zoom() < map::MapViewport::maxZoom) {
                const QPointF shift = m_viewport.screenToWorld(at) - QPointF(c->x, c->y);
                map::MapViewport v = m_viewport;
                v.fit(c->bounds.translated(std::round(shift.x()), 0), 60);
                v.setZoom(std::max(v.zoom(), m_viewport.zoom() + 1));
                m_viewport = v;
                Q_EMIT viewportChanged();
            } else {
                m_model->select(r.clusters()->incidentIds(c->parts));
            }
            update();
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
        m_model->select({});
        return;
    case Qt::Key_L:
        m_model->renderer().setLegendVisible(!m_model->renderer().legendVisible());
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
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
