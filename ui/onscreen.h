#pragma once

#include <QWidget>

namespace waymark::ui {

/// Whether some of the widget is on screen: shown, and not wholly under
/// another widget. A dock behind another dock's tab stays "visible" to Qt
/// (isVisible() is true and no show event comes when its tab is chosen); it
/// only gets no paint until then. Views that load expensive data wait for
/// this, and load at their first paint.
inline bool isOnScreen(const QWidget* w)
{
    return w && w->isVisible() && !w->visibleRegion().isEmpty();
}

} // namespace waymark::ui
