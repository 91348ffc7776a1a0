#include "undokeys.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QUndoStack>
#include <QWidget>

namespace waymark::ui {

UndoKeys::UndoKeys(QUndoStack* stack, QWidget* scope)
    : QObject(scope)
    , m_stack(stack)
{
    // Keys a child leaves alone come up to the scope.
    scope->installEventFilter(this);
    for (QLineEdit* edit : scope->findChildren<QLineEdit*>())
        edit->installEventFilter(this);
}

bool UndoKeys::eventFilter(QObject* watched, QEvent* event)
{
    const bool override = event->type() == QEvent::ShortcutOverride;
    if ((!override && event->type() != QEvent::KeyPress) || !m_stack)
        return QObject::eventFilter(watched, event);
    auto* key = static_cast<QKeyEvent*>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    if (!undo && !key->matches(QKeySequence::Redo))
        return QObject::eventFilter(watched, event);
    // Claiming the override makes the key a key press, which comes here again.
    key->accept();
    if (!override)
        undo ? m_stack->undo() : m_stack->redo();
    return true;
}

} // namespace waymark::ui
