#include "shortcutsdialog.h"

#include "shortcutlist.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace waymark::ui {

ShortcutsDialog::ShortcutsDialog(QWidget* window, QWidget* parent)
    : QDialog(parent ? parent : window)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    resize(720, 640);
    auto* note = new QLabel(tr("Keys of a tab or a dock work while it is shown; the link chart's and the map's "
                               "single keys while the chart or the map has the focus (click it first)."),
        this);
    note->setWordWrap(true);
    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("shortcutsFind"));
    m_find->setPlaceholderText(tr("Look for an action or a key…"));
    m_find->setClearButtonEnabled(true);
    m_find->setAccessibleName(tr("Look for an action or a key"));
    m_find->setAccessibleDescription(tr("Only the actions whose name or key holds this text are listed"));
    connect(m_find, &QLineEdit::textChanged, this, &ShortcutsDialog::setFilterText);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("shortcutsTree"));
    m_tree->setHeaderLabels({ tr("Action"), tr("Key") });
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setAccessibleName(tr("Keyboard shortcuts"));
    m_tree->setAccessibleDescription(tr("Every action with its key, by the tab or dock it belongs to"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_find);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    fill(window);
}

void ShortcutsDialog::fill(QWidget* window)
{
    m_tree->clear();
    QTreeWidgetItem* group = nullptr;
    for (const ShortcutList::Entry& e : ShortcutList::collect(window)) {
        if (!group || group->text(0) != e.where) {
            group = new QTreeWidgetItem(m_tree, { e.where });
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
        }
        auto* item = new QTreeWidgetItem(group, { e.text, e.key.toString(QKeySequence::NativeText) });
        if (e.action)
            item->setToolTip(0, e.action->toolTip());
    }
    m_tree->expandAll();
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
}

void ShortcutsDialog::setFilterText(const QString& text)
{
    for (int g = 0; g < m_tree->topLevelItemCount(); ++g) {
        QTreeWidgetItem* group = m_tree->topLevelItem(g);
        const bool groupMatches = group->text(0).contains(text, Qt::CaseInsensitive);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem* item = group->child(i);
            const bool match = text.isEmpty() || groupMatches || item->text(0).contains(text, Qt::CaseInsensitive)
                || item->text(1).compare(text, Qt::CaseInsensitive) == 0
                || item->text(1).contains(text, Qt::CaseInsensitive);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace waymark::ui
