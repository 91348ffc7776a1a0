#pragma once

// A bank shaped like a real export, for the scoring memory benchmark
// (issue 15 §6): transactions in date order across accounts (not grouped by
// account), a heavy-tailed number of transactions per account (most accounts
// have a handful, a few have thousands), and transfers that name their
// counterparty account, a share of them between the bank's own accounts (a
// two-sided ledger's two rows), so the money-flow graph is built too.

#include "core/result.h"

#include <QtGlobal>

namespace waymark::store {
class Workspace;
}

namespace waymark::bench {

struct HeavyTailOptions {
    qint64 accounts = 500000;
    qint64 transactions = 5000000; ///< rows of the transactions table, both sides of a transfer counted
    double tail = 1.3; ///< Pareto exponent of the accounts' activity: smaller is heavier
    double ownTransfers = 0.15; ///< share of events that move money between two of the bank's accounts
    double otherTransfers = 0.15; ///< share paid to or from another bank's account
    quint64 seed = 15;
};

struct HeavyTailCounts {
    qint64 accounts = 0, transactions = 0, activeAccounts = 0, largestAccount = 0, flowRows = 0;
};

/// Writes accounts and transactions into `ws` in one transaction.
Result<HeavyTailCounts> writeHeavyTailBank(store::Workspace& ws, const HeavyTailOptions& options);

} // namespace waymark::bench
