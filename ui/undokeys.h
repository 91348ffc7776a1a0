#pragma once

#include <QObject>
#include <QPointer>

class QUndoStack;
class QWidget;

namespace waymark::ui {

/// Sends the Undo and Redo keys (Ctrl+Z, Ctrl+Shift+Z) pressed anywhere in
/// a widget to a document's undo stack: its line edits give up their own
/// undo, which would fight the document's, and the window's Edit ▸ Undo
/// (another view's stack) does not take the keys while the focus is in the
/// widget. Rich-text editors keep their own undo.
class UndoKeys : public QObject {
public:
    /// Watches `scope` and every line edit in it now (a child of `scope`).
    UndoKeys(QUndoStack* stack, QWidget* scope);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QPointer<QUndoStack> m_stack;
};

} // namespace waymark::ui
