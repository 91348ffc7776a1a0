#pragma once

#include "map/mapviewport.h"

#include <QPolygonF>
#include <QWidget>

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
    void resizeEvent(QResizeEvent* event) override;
    void leaveEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    enum class Gesture { None, Pan, Rectangle, Lasso };
    void click(QPointF at);
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
};

} // namespace waymark::ui
