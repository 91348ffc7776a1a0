#include "evidencedragsource.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDrag>
#include <QFontMetrics>
#include <QItemSelectionModel>
#include <QMimeData>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QToolButton>
#include <QWidget>

namespace waymark::ui {

EvidenceDragSource::EvidenceDragSource(QWidget* widget, Items items)
    : QObject(widget)
    , m_widget(widget)
    , m_items(std::move(items))
{
    widget->installEventFilter(this);
}

EvidenceDragSource::EvidenceDragSource(QAbstractItemView* view, Items items)
    : QObject(view)
    , m_widget(view->viewport())
    , m_view(view)
    , m_items(std::move(items))
{
    m_widget->installEventFilter(this);
}

QToolButton* EvidenceDragSource::handle(QWidget* parent, const QString& toolTip, Items items)
{
    auto* button = new QToolButton(parent);
    button->setText(tr("⇲ Drag to a report"));
    button->setObjectName(QStringLiteral("evidenceHandle"));
    button->setToolTip(toolTip);
    new EvidenceDragSource(button, std::move(items));
    return button;
}

QMimeData* EvidenceDragSource::mimeDataAt(QPoint pressedAt) const
{
    const auto items = m_items(pressedAt);
    return items.empty() ? nullptr : reports::EvidenceMime::toMimeData(items);
}

bool EvidenceDragSource::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_widget)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::MouseButtonPress: {
        auto* e = static_cast<QMouseEvent*>(event);
        m_armed = false;
        m_heldSelection = false;
        if (e->button() != Qt::LeftButton || e->modifiers() != Qt::NoModifier)
            break;
        m_pressAt = e->position().toPoint();
        if (m_view) {
            const QModelIndex at = m_view->indexAt(m_pressAt);
            if (!at.isValid() || !m_view->selectionModel()
                || !m_view->selectionModel()->isRowSelected(at.row(), at.parent()))
                break; // a press elsewhere selects, as always
            m_armed = true;
            m_heldSelection = m_view->selectionModel()->selectedRows().size() > 1;
            return m_heldSelection; // keep the rows selected for the drag
        }
        m_armed = true;
        break;
    }
    case QEvent::MouseMove: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (!m_armed || !(e->buttons() & Qt::LeftButton)
            || (e->position().toPoint() - m_pressAt).manhattanLength() < QApplication::startDragDistance())
            break;
        m_armed = false;
        m_heldSelection = false;
        QMimeData* data = mimeDataAt(m_pressAt);
        if (!data)
            return m_view != nullptr;
        const QStringList lines = data->text().split(QLatin1Char('\n'));
        const QString label
            = lines.size() == 1 ? lines.front() : tr("%n item(s) of evidence", nullptr, int(lines.size()));
        const QFontMetrics fm(m_widget->font());
        QPixmap pixmap(fm.horizontalAdvance(label) + 16, fm.height() + 8);
        pixmap.fill(QColor(255, 255, 230));
        {
            QPainter p(&pixmap);
            p.setPen(QColor(120, 120, 120));
            p.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
            p.setPen(Qt::black);
            p.drawText(pixmap.rect(), Qt::AlignCenter, label);
        }
        auto* drag = new QDrag(m_widget);
        drag->setMimeData(data);
        drag->setPixmap(pixmap);
        drag->setHotSpot(QPoint(-12, -12));
        drag->exec(Qt::CopyAction, Qt::CopyAction);
        return true;
    }
    case QEvent::MouseButtonRelease:
        if (m_heldSelection && m_view) {
            // A click on one row of a selection: select that row, as a view does.
            const QModelIndex at = m_view->indexAt(m_pressAt);
            if (at.isValid())
                m_view->selectionModel()->setCurrentIndex(
                    at, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_armed = false;
            m_heldSelection = false;
            return true;
        }
        m_armed = false;
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace waymark::ui
