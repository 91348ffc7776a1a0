#pragma once

#include "map/clusterbubbles.h"
#include "map/mapviewport.h"

#include <QPolygonF>
#include <QWidget>

#include <optional>

namespace waymark::map {
class MapModel;
}

namespace waymark::ui {

/// The interactive map: wheel zooms about the cursor (fractional steps, so
/// it is smooth), dragging pans, arrow keys pan and +/− zoom; Home fits all
/// incidents and Z the selection. Shift-drag selects a rectangle and
/// Ctrl-drag a lasso; clicking a cluster expands it (or selects it when it
/// cannot split further), clicking a route selects its incidents; Esc
/// clears the selection. Hovering a route highlights it and shows its counts.
/// Without a mouse, a focus ring moves between the cluster bubbles in view:
/// Ctrl+arrows to the nearest one that way, N and Shift+N to the next and
/// previous in reading order; Enter or Space acts on it as a click does, and
/// Esc clears the ring and the selection. The ring's cluster is announced
/// through the accessible name.
/// Selections go to the shared analysis context through the MapModel.
class MapView : public QWidget {
    Q_OBJECT
public:
    explicit MapView(map::MapModel* model, QWidget* parent = nullptr);

    const map::MapViewport& viewport() const { return m_viewport; }
    void setViewport(const map::MapViewport& viewport);
    void zoomToAll();
    void zoomToSelection();
    /// The current picture with legend, scale bar and caption, at the widget's size or another.
    QImage snapshot(QSize size = {}) const;
    /// The lasso being drawn, in screen pixels (for tests and painting).
    const QPolygonF& lasso() const { return m_lasso; }
    /// The bubble the keyboard's focus ring is on, if any (screen centre and radius).
    std::optional<map::ClusterBubble> focusedCluster() const;

Q_SIGNALS:
    /// The cursor's position on the ground (lon, lat), or a null point off the map.
    void cursorMoved(QPointF lonLat);
    void viewportChanged();
    /// A route was clicked (its incidents are then selected): its two places' ids.
    void routeClicked(qint32 fromPlace, qint32 toPlace);

protected:
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    enum class Gesture { None, Pan, Rectangle, Lasso };
    void click(QPointF at);
    /// A click on a bubble: expand it, or select it when it cannot split.
    void activate(const map::ClusterBubble& bubble, QPointF at);
    /// Moves the focus ring: along a direction (null: the bubble nearest the
    /// middle), or by `step` places in reading order.
    void moveFocus(QPointF way);
    void stepFocus(int step);
    /// The bubble on screen nearest the ring's place, if within its radius and `reach` pixels.
    std::optional<map::ClusterBubble> nearestBubble(double reach) const;
    void setFocusedBubble(const std::optional<map::ClusterBubble>& bubble);
    /// The accessible name says where the focus ring is.
    void announceFocus();
    void finishSelection();
    void hover(QPointF at);

    map::MapModel* m_model;
    map::MapViewport m_viewport;
    bool m_fitted = false;
    Gesture m_gesture = Gesture::None;
    QPointF m_pressAt;
    QPointF m_last;
    bool m_moved = false;
    QPolygonF m_lasso;
    std::optional<QPointF> m_focusWorld; ///< the focus ring's bubble centre, world units (this copy of the world)
    QString m_announced;
};

} // namespace waymark::ui
