#include "plotlegend.h"

#include "customplot.h"

namespace waymark::ui {

void PlotLegend::placeAbove(QCustomPlot* plot, int columns)
{
    QCPLegend* legend = plot->legend;
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, legend); // takes it out of the axis rect's inset
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setWrap(columns);
    legend->setBorderPen(Qt::NoPen);
}

} // namespace waymark::ui
