#pragma once

#include "reports/evidencemime.h"

#include <QObject>
#include <QPoint>

#include <functional>
#include <vector>

class QAbstractItemView;
class QToolButton;
class QWidget;

namespace waymark::ui {

/// Lets the analyst drag what a view shows onto a report's judgement: it
/// watches a widget (an item view's viewport, or a drag handle button) and,
/// when the left button is pressed and moved, starts a drag carrying the
/// EvidenceMime items the view supplies. On an item view the drag starts
/// from a selected row and carries the selection (a press on a selected row
/// keeps the selection until it is released without a drag, so several rows
/// can be dragged at once); elsewhere the view's behaviour is unchanged.
class EvidenceDragSource : public QObject {
    Q_OBJECT
public:
    /// The items to drag, given where the press was (in the watched widget).
    using Items = std::function<std::vector<reports::EvidenceMime::Item>(QPoint pressedAt)>;

    /// Watches `widget` (and is owned by it).
    EvidenceDragSource(QWidget* widget, Items items);
    /// Watches an item view's viewport; drags start from selected rows only.
    EvidenceDragSource(QAbstractItemView* view, Items items);
    /// A toolbar handle ("⇲ Drag to a report") that drags the items, for
    /// views where a plain drag already pans or moves things.
    static QToolButton* handle(QWidget* parent, const QString& toolTip, Items items);

    /// The drag's mime data for a press at a point (what a drop receives); null if nothing to drag.
    QMimeData* mimeDataAt(QPoint pressedAt) const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_widget;
    QAbstractItemView* m_view = nullptr;
    Items m_items;
    QPoint m_pressAt;
    bool m_armed = false;
    bool m_heldSelection = false;
};

} // namespace waymark::ui
