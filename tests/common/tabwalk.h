#pragma once

// Issue 18 §5: walking a window with Tab alone, as a keyboard user does, and
// checking what a screen reader would say of each control. Header only: the
// test utility library does not link Qt Widgets.

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QSet>
#include <QStringList>
#include <QTest>
#include <QWidget>

#include <algorithm>

namespace waymark::test {

/// What a screen reader announces for the widget.
inline QString accessibleText(QWidget* w, QAccessible::Text what = QAccessible::Name)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(what).trimmed() : QString();
}

/// "QGroupBox#where/QComboBox#destination": the last three steps of the widget's path.
inline QString describeWidget(const QWidget* w)
{
    QStringList path;
    for (const QWidget* p = w; p && !p->isWindow(); p = p->parentWidget())
        path.prepend(QString::fromLatin1(p->metaObject()->className())
            + (p->objectName().isEmpty() ? QString() : QLatin1Char('#') + p->objectName()));
    return path.mid(std::max(0, int(path.size()) - 3)).join(QLatin1Char('/'));
}

inline bool inHiddenDock(const QWidget* w, const QWidget* window)
{
    for (const QWidget* p = w; p; p = p->parentWidget()) {
        if (auto* dock = qobject_cast<const QDockWidget*>(p)) {
            const QRect r(dock->mapTo(window, QPoint(0, 0)), dock->size());
            return !window->rect().intersects(r) || !dock->isVisible();
        }
    }
    return false;
}

/// Widgets Tab should reach: enabled, shown, taking focus by Tab, and not a
/// part of another control (an item view's editor, a spin box's line edit).
inline bool isTabStop(QWidget* w, QWidget* window)
{
    if (!w->isVisible() || !w->isEnabled() || !(w->focusPolicy() & Qt::TabFocus) || w->focusProxy())
        return false;
    if (w->objectName().startsWith(QLatin1String("qt_")))
        return false; // Qt's own parts: a dock's buttons, a tab bar's scroll arrows, a spin box's line edit
    for (QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<QAbstractItemView*>(p) || p->focusProxy() == w)
            return false;
    }
    return !inHiddenDock(w, window);
}

/// What a walk with Tab found: the controls it never reached, and those
/// without an accessible name (or, for `withDescriptions`, without a description).
struct TabWalk {
    QList<QWidget*> order; ///< the controls in the order Tab reached them
    QStringList missed;
    QStringList unnamed;
    QStringList undescribed;
};

/// Presses Tab from the focus widget until focus comes back round (at most
/// `limit` times) and compares what it reached with the window's tab stops.
inline TabWalk walkWithTab(QWidget* window, int limit = 1000)
{
    TabWalk walk;
    QWidget* start = QApplication::focusWidget();
    if (!start)
        return walk;
    walk.order << start;
    QSet<QWidget*> reached { start };
    QWidget* previous = start;
    int stuck = 0;
    for (int i = 0; i < limit; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget* now = QApplication::focusWidget();
        if (!now)
            break;
        // Tab may move within a control first (a text browser's links): a
        // control that keeps it for good is a trap, and the walk ends there.
        if (now == previous) {
            if (++stuck > 200)
                break;
            continue;
        }
        stuck = 0;
        if (now == start)
            break;
        if (!reached.contains(now))
            walk.order << now;
        reached << now;
        previous = now;
    }
    for (QWidget* c : window->findChildren<QWidget*>()) {
        if (!isTabStop(c, window))
            continue;
        if (!reached.contains(c))
            walk.missed << describeWidget(c);
        if (accessibleText(c).isEmpty())
            walk.unnamed << describeWidget(c);
        // The standard buttons of a dialog (OK, Cancel, Close) say what they do in their name.
        auto* box = qobject_cast<QDialogButtonBox*>(c->parentWidget());
        auto* button = qobject_cast<QAbstractButton*>(c);
        const bool standard = box && button && box->standardButton(button) != QDialogButtonBox::NoButton;
        if (!standard && accessibleText(c, QAccessible::Description).isEmpty())
            walk.undescribed << describeWidget(c);
    }
    walk.missed.removeDuplicates();
    walk.unnamed.removeDuplicates();
    walk.undescribed.removeDuplicates();
    return walk;
}

} // namespace waymark::test
