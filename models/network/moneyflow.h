#pragma once

#include "core/result.h"
#include "network/entitygraph.h"
#include "network/graph.h"

#include <QString>

#include <optional>
#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::network {

/// Transactions as a money-flow graph: accounts (the workspace's, and the
/// counterparties they pay or are paid by) as nodes; every pair's transfers
/// in one direction aggregated into a flow with total, count and first and
/// last day. graph() is the undirected view (weight = money moved both ways)
/// for the same analytics as the link chart.
class MoneyFlow {
public:
    struct Account {
        QString key; ///< account id, or "cp:" + counterparty for outside parties
        QString label;
        qint64 accountId = 0; ///< 0 for counterparties outside the workspace
    };
    struct Flow {
        int from = 0;
        int to = 0;
        double total = 0;
        int count = 0;
        qint64 firstDay = 0;
        qint64 lastDay = 0;
        QString currency; ///< the currency, or "mixed"
    };

    static Result<MoneyFlow> load(
        store::Workspace& ws, std::optional<qint64> dayFrom = std::nullopt, std::optional<qint64> dayTo = std::nullopt);

    const std::vector<Account>& accounts() const { return m_accounts; }
    const std::vector<Flow>& flows() const { return m_flows; }
    const Graph& graph() const { return m_graph; }
    int indexOf(const QString& key) const;
    /// The flows as a graph the link chart can show: one node per account
    /// (type "account", entity id = index + 1, key = the account's), one
    /// "pays" link per flow weighted by its total and dated by its first and
    /// last transfers. Node indices are those of accounts().
    EntityGraph chartGraph() const;
    /// "Ann → Bob: 250.00 GBP in 3 transfers, 2024-01-05 – 2024-03-09" for
    /// every flow between the two accounts, one a line.
    QString describeFlows(int a, int b) const;

private:
    std::vector<Account> m_accounts;
    std::vector<Flow> m_flows;
    Graph m_graph;
};

} // namespace waymark::network
