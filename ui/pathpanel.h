#pragma once

#include "linkchartview.h"

#include <QWidget>

class QLabel;
class QListWidget;

namespace waymark::network {
class LinkChart;
}

namespace waymark::ui {

/// Finds a path between the two entities selected on a link chart, puts
/// the entities it passes through on the chart (one undo step),
/// highlights it and lists its hops with their link types and dates; says
/// plainly when there is none. Links outside the chart's time window are
/// not used.
class PathPanel : public QWidget {
    Q_OBJECT
public:
    explicit PathPanel(network::LinkChart* chart, QWidget* parent = nullptr);

    /// Finds and shows the path; false (and the reason shown) when there is none.
    bool find(LinkChartView::PathKind kind);
    void clear();
    QString message() const;
    /// The hops as listed, one line each.
    QStringList hops() const;

private:
    network::LinkChart* m_chart;
    QLabel* m_message;
    QListWidget* m_list;
};

} // namespace waymark::ui
