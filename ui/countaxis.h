#pragma once

#include "customplot.h"

namespace waymark::ui {

/// Makes `axis` an axis of counts (incidents, victims): ticks at whole
/// numbers only, about `ticks` of them (1, 2, 5, 10… apart). QCustomPlot's
/// own ticker put ticks 0.25 apart on the range 0 to 1 of a chart with
/// nothing under the filter, which a count axis without decimals printed as
/// "0 0 1 1 1". One place for the breakdown, timeline and route charts.
inline void makeCountAxis(QCPAxis* axis, int ticks)
{
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
    ticker->setTickCount(ticks);
    axis->setTicker(ticker);
}

} // namespace waymark::ui
