#pragma once

#include "core/result.h"
#include "finance/hashindex.h"

#include <QtGlobal>

#include <cstdint>
#include <memory>
#include <utility>
#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::finance {

/// Who paid whom and when, over every account of a workspace and the
/// counterparty accounts they deal with: the money-flow graph the structural
/// indicators (cycles, scatter–gather, pass-through chains) walk. Built from
/// the rows that name a counterparty account; a two-sided ledger's row is one
/// edge, however many of its sides are in the workspace. Immutable once
/// built; any thread may read it.
class FlowGraph {
public:
    /// 16 bytes: a payment seen from one end. Each payment is held twice (out
    /// of its payer, into its payee).
    struct Edge {
        std::int32_t other; ///< node at the far end
        std::int32_t day : 31; ///< Julian day
        /// The only payment between these two accounts in this direction (a
        /// one-off payment), as opposed to one of several.
        std::uint32_t oneOff : 1;
        double amount;
    };
    using Range = std::pair<const Edge*, const Edge*>;

    /// The graph of a workspace's flows; null when no transaction names a
    /// counterparty account (then the structural indicators are not assessable).
    static Result<std::shared_ptr<const FlowGraph>> load(store::Workspace& ws);
    /// Collects transactions seen from one side, each once: a payment in from
    /// one of the workspace's own accounts is that account's payment out, and
    /// a self-transfer moves nothing. Used by load() and by ScoreRun on the
    /// rows LedgerReader::gather read. Two passes over the same rows in the
    /// same order, so that no payment is held but in the graph itself: add()
    /// each to count, place(), add() each again, finish().
    class Builder {
    public:
        /// `ownAccounts`: the key hashes of the workspace's accounts.
        explicit Builder(std::vector<std::uint64_t> ownAccounts);
        /// One row of account `self` (key hash) with counterparty account `other`.
        void add(std::uint64_t self, std::uint64_t other, bool in, int day, double amount);
        /// After the counting pass: false when no row named a counterparty
        /// account (then there is no second pass).
        bool place();
        /// The graph (the builder is emptied); null when no row named a
        /// counterparty account, or the second pass did not add what the first counted.
        std::shared_ptr<const FlowGraph> finish();

    private:
        std::vector<std::uint64_t> m_ours; ///< sorted
        HashIndex m_nodes; ///< account key hash → node, in the order first met
        std::vector<std::uint32_t> m_outAt, m_inAt; ///< per node: edges counted, then where the next goes
        std::uint64_t m_edges = 0;
        std::shared_ptr<FlowGraph> m_graph; ///< while placing
        bool m_changed = false;
    };

    /// The node of an account key's LedgerReader::textHash, or -1.
    int node(std::uint64_t keyHash) const { return int(m_nodes.find(keyHash)); }
    int nodeCount() const { return int(m_outStart.size()) - 1; }
    qint64 edgeCount() const { return qint64(m_out.size()); }
    /// Payments out of (into) a node, by day.
    Range out(int node) const;
    Range in(int node) const;
    /// The account key hash of a node.
    std::uint64_t key(int node) const { return m_nodes.key(std::uint32_t(node)); }
    /// The edges of a range on days [from, to].
    static Range between(Range r, int from, int to);

private:
    HashIndex m_nodes;
    std::vector<Edge> m_out, m_in;
    std::vector<std::uint32_t> m_outStart, m_inStart;
};
static_assert(sizeof(FlowGraph::Edge) == 16, "an edge is what a two-sided ledger's transaction costs, twice");

} // namespace waymark::finance
