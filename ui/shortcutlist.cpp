#include "shortcutlist.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>

#include <algorithm>

namespace waymark::ui {

namespace {

QString plain(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text.trimmed();
}

/// A menu pops up as its own window: the widget it belongs to is the first
/// ancestor that is not a menu (the menu bar, a tool button).
QWidget* ownerOf(QWidget* w)
{
    while (qobject_cast<QMenu*>(w) && w->parentWidget())
        w = w->parentWidget();
    return w;
}

QList<QWidget*> widgetsOf(const QAction* action)
{
    QList<QWidget*> widgets;
    for (QObject* o : action->associatedObjects()) {
        if (auto* w = qobject_cast<QWidget*>(o))
            widgets << w;
    }
    return widgets;
}

/// "File ▸ Import…" for an action of a menu, the plain text otherwise.
QString textOf(const QAction* action)
{
    QString text = plain(action->text());
    if (text.isEmpty())
        text = plain(action->toolTip());
    for (QWidget* w : widgetsOf(action)) {
        auto* menu = qobject_cast<QMenu*>(w);
        if (!menu)
            continue;
        QStringList path;
        for (QWidget* m = menu; m; m = m->parentWidget()) {
            if (auto* up = qobject_cast<QMenu*>(m))
                path.prepend(plain(up->title()));
            else if (auto* button = qobject_cast<QToolButton*>(m))
                path.prepend(plain(button->text()));
            else
                break;
        }
        path.removeAll(QString());
        if (!path.isEmpty())
            return path.join(QStringLiteral(" ▸ ")) + QStringLiteral(" ▸ ") + text;
    }
    // A button of one of the window's own toolbars (the filter bar) is named with the toolbar.
    for (QWidget* w : widgetsOf(action)) {
        auto* bar = qobject_cast<QToolBar*>(w);
        if (bar && bar->parentWidget() == bar->window() && !bar->windowTitle().isEmpty())
            return plain(bar->windowTitle()) + QStringLiteral(" ▸ ") + text;
    }
    return text;
}

/// The tab or dock of the main window a widget sits in, or empty.
QString placeOf(QWidget* w, QWidget* window)
{
    QString place;
    for (QWidget* p = ownerOf(w); p && p != window; p = p->parentWidget()) {
        if (auto* dock = qobject_cast<QDockWidget*>(p))
            return plain(dock->windowTitle());
        if (auto* stack = qobject_cast<QStackedWidget*>(p->parentWidget())) {
            if (auto* tabs = qobject_cast<QTabWidget*>(stack->parentWidget())) {
                const int i = tabs->indexOf(p);
                if (i >= 0)
                    place = plain(tabs->tabText(i)); // the outermost tab wins
            }
        }
    }
    return place;
}

/// Where a shortcut can fire: while `root` is shown (window context), while
/// the focus is in `root` or a child of it, or only while `root` has it.
struct Scope {
    enum Kind { Shown, Subtree, Single } kind;
    QWidget* root;
};

QList<Scope> scopesOf(const QAction* action)
{
    QList<Scope> scopes;
    for (QWidget* w : widgetsOf(action)) {
        switch (action->shortcutContext()) {
        case Qt::WindowShortcut:
        case Qt::ApplicationShortcut:
            scopes << Scope { Scope::Shown, ownerOf(w) };
            break;
        case Qt::WidgetWithChildrenShortcut:
            scopes << Scope { Scope::Subtree, w };
            break;
        case Qt::WidgetShortcut:
            scopes << Scope { Scope::Single, w };
            break;
        }
    }
    return scopes;
}

bool isAncestorOrSelf(const QWidget* ancestor, const QWidget* w)
{
    for (; w; w = w->parentWidget()) {
        if (w == ancestor)
            return true;
    }
    return false;
}

/// True when a and b can never be shown together: they lie on different
/// pages of one stacked widget (a tab widget's pages).
bool exclusive(const QWidget* a, const QWidget* b)
{
    QSet<const QWidget*> up;
    for (const QWidget* w = a; w; w = w->parentWidget())
        up.insert(w);
    const QWidget* below = nullptr;
    for (const QWidget* w = b; w; below = w, w = w->parentWidget()) {
        if (up.contains(w))
            return qobject_cast<const QStackedWidget*>(w) && below && w != a;
    }
    return false;
}

bool overlap(const Scope& a, const Scope& b)
{
    if (exclusive(a.root, b.root))
        return false;
    if (a.kind == Scope::Shown || b.kind == Scope::Shown)
        return true;
    if (a.root == b.root)
        return true;
    if (a.kind == Scope::Subtree && isAncestorOrSelf(a.root, b.root))
        return true;
    return b.kind == Scope::Subtree && isAncestorOrSelf(b.root, a.root);
}

void nameKey(QAction* action)
{
    const QString tip = ShortcutList::toolTipWithKey(action);
    if (tip != action->toolTip())
        action->setToolTip(tip);
}

} // namespace

QList<QAction*> ShortcutList::actionsOf(QWidget* window)
{
    QList<QWidget*> widgets { window };
    widgets += window->findChildren<QWidget*>();
    QList<QAction*> actions;
    QSet<QAction*> seen;
    for (QWidget* w : std::as_const(widgets)) {
        // Dialogs and other windows parented to this one have their own keys.
        QWidget* owner = ownerOf(w);
        if (owner->window() != window)
            continue;
        for (QAction* a : w->actions()) {
            if (a->isSeparator() || seen.contains(a))
                continue;
            seen.insert(a);
            actions << a;
        }
    }
    return actions;
}

QList<ShortcutList::Entry> ShortcutList::collect(QWidget* window)
{
    QList<Entry> entries;
    for (QAction* a : actionsOf(window)) {
        const QList<QKeySequence> keys = a->shortcuts();
        if (keys.isEmpty())
            continue;
        QString where;
        for (QWidget* w : widgetsOf(a)) {
            where = placeOf(w, window);
            if (!where.isEmpty())
                break;
        }
        if (where.isEmpty())
            where = tr("Everywhere");
        for (const QKeySequence& key : keys) {
            if (!key.isEmpty())
                entries << Entry { a, key, textOf(a), where };
        }
    }
    const QString everywhere = tr("Everywhere");
    // Grouped by place, each group in the order of the menus and toolbars.
    std::stable_sort(entries.begin(), entries.end(), [&everywhere](const Entry& x, const Entry& y) {
        if (x.where == y.where)
            return false;
        if (x.where == everywhere || y.where == everywhere)
            return x.where == everywhere;
        return x.where < y.where;
    });
    return entries;
}

QList<ShortcutList::Conflict> ShortcutList::conflicts(QWidget* window)
{
    const QList<Entry> entries = collect(window);
    QList<Conflict> found;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        for (qsizetype j = i + 1; j < entries.size(); ++j) {
            const Entry& x = entries[i];
            const Entry& y = entries[j];
            if (x.action == y.action || x.key != y.key)
                continue;
            bool clash = false;
            for (const Scope& a : scopesOf(x.action))
                for (const Scope& b : scopesOf(y.action))
                    clash = clash || overlap(a, b);
            if (clash)
                found << Conflict { x, y };
        }
    }
    return found;
}

QString ShortcutList::toolTipWithKey(const QAction* action)
{
    const QString tip = action->toolTip();
    const QKeySequence key = action->shortcut();
    if (key.isEmpty())
        return tip;
    const QString named = QLatin1Char('(') + key.toString(QKeySequence::NativeText) + QLatin1Char(')');
    if (tip.contains(named))
        return tip;
    return tip + QLatin1Char(' ') + named;
}

void ShortcutList::nameKeysInToolTips(QWidget* root)
{
    QList<QToolBar*> bars = root->findChildren<QToolBar*>();
    if (auto* bar = qobject_cast<QToolBar*>(root))
        bars.prepend(bar);
    for (QToolBar* bar : std::as_const(bars)) {
        for (QAction* a : bar->actions()) {
            if (a->isSeparator())
                continue;
            nameKey(a);
            // A tooltip or a key set later is named again.
            if (!a->property("waymarkKeyInToolTip").toBool()) {
                a->setProperty("waymarkKeyInToolTip", true);
                QObject::connect(a, &QAction::changed, a, [a] { nameKey(a); });
            }
        }
    }
}

} // namespace waymark::ui
