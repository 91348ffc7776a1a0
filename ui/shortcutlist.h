#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QPointer>
#include <QString>

class QAction;
class QWidget;

namespace waymark::ui {

/// Every keyboard shortcut of a window, read from its actions at the moment
/// it is asked (the menus', the toolbars', the views' own), so the list and
/// the tooltips never go stale: nothing is written down twice.
class ShortcutList {
    Q_DECLARE_TR_FUNCTIONS(waymark::ui::ShortcutList)
public:
    struct Entry {
        QPointer<QAction> action;
        QKeySequence key;
        /// The action's text without mnemonics, after its menu's title ("File ▸ Import…").
        QString text;
        /// Where the key works: "Everywhere", or the tab or dock it belongs to.
        QString where;
    };
    struct Conflict {
        Entry first;
        Entry second;
    };

    /// The shortcuts of `window`'s actions, grouped by where they apply, in
    /// the order of the menus and toolbars within a group.
    static QList<Entry> collect(QWidget* window);
    /// Pairs of different actions of `window` with the same key that can be
    /// active at the same time (their widgets overlap): Qt would call such a
    /// key ambiguous and trigger neither.
    static QList<Conflict> conflicts(QWidget* window);
    /// Appends the key, in the platform's words, to the tooltip of every
    /// toolbar action under `root` that has a shortcut ("Lay out (L)"),
    /// now and whenever the action changes; a tooltip that names its key
    /// already is left alone.
    static void nameKeysInToolTips(QWidget* root);
    /// The tooltip an action shows with its key.
    static QString toolTipWithKey(const QAction* action);

private:
    static QList<QAction*> actionsOf(QWidget* window);
};

} // namespace waymark::ui
