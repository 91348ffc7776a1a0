#pragma once

#include "core/result.h"

#include <QtGlobal>

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <unordered_set>
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
    struct Edge {
        std::int32_t other = 0; ///< node at the far end
        std::int32_t day = 0; ///< Julian day
        double amount = 0;
        /// Payments between the same two accounts in the same direction, this
        /// one included (at most 65,535): 1 for a one-off payment.
        std::uint16_t pairCount = 0;
    };
    using Range = std::pair<const Edge*, const Edge*>;

    /// The graph of a workspace's flows; null when no transaction names a
    /// counterparty account (then the structural indicators are not assessable).
    static Result<std::shared_ptr<const FlowGraph>> load(store::Workspace& ws);
    /// Collects transactions seen from one side, each once: a payment in from
    /// one of the workspace's own accounts is that account's payment out, and
    /// a self-transfer moves nothing. Used by load() and by ScoreRun on the rows LedgerReader::gather read.
    class Builder {
    public:
        explicit Builder(std::unordered_set<std::uint64_t> ownAccounts)
            : m_ours(std::move(ownAccounts))
        {
        }
        /// One row of account `self` (key hash) with counterparty account `other`.
        void add(std::uint64_t self, std::uint64_t other, bool in, int day, double amount);
        /// The graph; null when no row named a counterparty account.
        std::shared_ptr<const FlowGraph> finish() const;

    private:
        std::unordered_set<std::uint64_t> m_ours;
        std::vector<std::pair<std::pair<std::uint64_t, std::uint64_t>, std::pair<int, double>>> m_edges;
    };
    /// From edges (payer key hash, payee key hash, day, amount).
    static std::shared_ptr<const FlowGraph> build(
        const std::vector<std::pair<std::pair<std::uint64_t, std::uint64_t>, std::pair<int, double>>>& edges);

    /// The node of an account key's LedgerReader::textHash, or -1.
    int node(std::uint64_t keyHash) const;
    int nodeCount() const { return int(m_outStart.size()) - 1; }
    qint64 edgeCount() const { return qint64(m_out.size()); }
    /// Payments out of (into) a node, by day.
    Range out(int node) const;
    Range in(int node) const;
    /// The account key hash of a node.
    std::uint64_t key(int node) const { return m_keys[size_t(node)]; }
    /// The edges of a range on days [from, to].
    static Range between(Range r, int from, int to);

private:
    std::unordered_map<std::uint64_t, std::int32_t> m_nodes;
    std::vector<std::uint64_t> m_keys;
    std::vector<Edge> m_out, m_in;
    std::vector<std::int64_t> m_outStart, m_inStart;
};

} // namespace waymark::finance
