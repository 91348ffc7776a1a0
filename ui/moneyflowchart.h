#pragma once

#include "core/result.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace waymark::network {
class LinkChart;
class MoneyFlow;
}
namespace waymark::store {
class Workspace;
}

namespace waymark::ui {

class LinkChartView;

/// An account's money flow as a link chart: accounts as nodes, one link per
/// pair as wide as the money moved, the totals, counts and first and last
/// dates in the links' tooltips. Starts from the account and its
/// largest counterparties; E expands to all of theirs, and every chart edit is undoable.
class MoneyFlowChart : public QWidget {
    Q_OBJECT
public:
    explicit MoneyFlowChart(QWidget* parent = nullptr);
    ~MoneyFlowChart() override;

    /// Reads the workspace's transactions and shows the account with its
    /// counterparties; an error (e.g. no transfers) says why.
    Status showAccount(store::Workspace& ws, const QString& accountKey);
    network::LinkChart* chart() const { return m_chart; }
    LinkChartView* view() const { return m_view; }
    const network::MoneyFlow* flow() const { return m_flow.get(); }
    /// The chart opens on the counterparties of the largest flows, this many at most.
    static constexpr int maxCounterparties = 30;

Q_SIGNALS:
    /// The analyst wants the entity link chart back.
    void backRequested();

private:
    network::LinkChart* m_chart;
    LinkChartView* m_view;
    QLabel* m_caption;
    std::shared_ptr<const network::MoneyFlow> m_flow;
};

} // namespace waymark::ui
