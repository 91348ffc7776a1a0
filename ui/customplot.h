#pragma once

// QCustomPlot's header uses the Qt keywords `signals`, `slots` and `foreach`,
// which this project turns off (QT_NO_KEYWORDS for Boost, QT_NO_FOREACH).
// Include it only through here.
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define foreach(declaration, container) for (declaration : container)
#include <qcustomplot.h>
#undef signals
#undef slots
#undef foreach
