#pragma once

#include <QDialog>

class QLineEdit;
class QTreeWidget;

namespace waymark::ui {

/// Help ▸ Keyboard Shortcuts: every key of a window, read from its actions
/// when the dialog opens (ShortcutList), grouped by where it works, with a
/// box to look for an action or a key.
class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    /// Lists the shortcuts of `window` (the dialog's parent by default).
    explicit ShortcutsDialog(QWidget* window, QWidget* parent = nullptr);

    QTreeWidget* tree() const { return m_tree; }
    /// Shows the rows whose action, key or place contain `text`.
    void setFilterText(const QString& text);

private:
    void fill(QWidget* window);

    QLineEdit* m_find;
    QTreeWidget* m_tree;
};

} // namespace waymark::ui
