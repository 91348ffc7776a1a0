#pragma once

#include "network/layout.h"

#include "job.h"

#include <QObject>
#include <QSet>

#include <memory>

namespace waymark::network {
class LinkChart;
}

namespace waymark::ui {

/// Expands a link chart by k links from its selection. The new entities are
/// placed around their anchors on a worker thread while the chart stays
/// usable, the entities already on it staying exactly where they are; the
/// result is one undo step. Small expansions are placed at once.
class ChartExpander : public QObject {
    Q_OBJECT
public:
    explicit ChartExpander(network::LinkChart* chart, QObject* parent = nullptr);
    ~ChartExpander() override;

    /// Starts an expansion; false when one is running or nothing is left to add.
    bool expand(int hops = 1);
    bool isRunning() const { return m_job.isRunning(); }
    void cancel();

    /// Layouts with fewer entities than this (chart and new ones) run at once.
    static constexpr int syncLimit = 300;

Q_SIGNALS:
    /// Placing `count` new entities on a worker has begun.
    void started(int count);
    /// The expansion is on the chart (`added` entities), or was dropped (0).
    void finished(int added);

private:
    network::LinkChart* m_chart;
    QSet<int> m_fresh;
    quint64 m_generation = 0; ///< the chart's, when the expansion began
    int m_hops = 1;
    Job<network::Layout::Points> m_job { this };
};

} // namespace waymark::ui
