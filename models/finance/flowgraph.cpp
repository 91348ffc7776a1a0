#include "flowgraph.h"

#include "finance/ledgerreader.h"
#include "finance/ledgertext.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <limits>

namespace waymark::finance {

FlowGraph::Builder::Builder(std::vector<std::uint64_t> ownAccounts)
    : m_ours(std::move(ownAccounts))
{
    std::sort(m_ours.begin(), m_ours.end());
}

void FlowGraph::Builder::add(std::uint64_t self, std::uint64_t other, bool in, int day, double amount)
{
    if (!other || other == self || !(amount > 0) || (in && std::binary_search(m_ours.begin(), m_ours.end(), other)))
        return;
    // Edge positions are 32-bit: 4 billion payments would take 64 GB as
    // edges alone, far past any machine this runs on.
    if (m_edges.size() >= std::numeric_limits<std::uint32_t>::max() - 1)
        return;
    // Nodes numbered in the order met, payer first: the order edges of one
    // day are visited in follows from it.
    const auto from = std::int32_t(m_nodes.add(in ? other : self));
    const auto to = std::int32_t(m_nodes.add(in ? self : other));
    m_edges.push_back({ from, to, std::int32_t(day), amount });
}

std::shared_ptr<const FlowGraph> FlowGraph::Builder::finish()
{
    if (m_edges.empty())
        return {};
    auto g = std::make_shared<FlowGraph>();
    const size_t n = m_nodes.size();
    std::vector<std::int32_t> others; // scratch: one node's far ends, sorted
    // Counting sort by node, in the order added, then by day within each node.
    auto fill = [&](bool outgoing, std::vector<Edge>& list, std::vector<std::uint32_t>& start) {
        start.assign(n + 1, 0);
        for (const RawEdge& e : m_edges)
            ++start[size_t(outgoing ? e.from : e.to) + 1];
        for (size_t i = 0; i < n; ++i)
            start[i + 1] += start[i];
        list.resize(m_edges.size());
        std::vector<std::uint32_t> at(start.begin(), start.end() - 1);
        for (const RawEdge& e : m_edges) {
            Edge& x = list[at[size_t(outgoing ? e.from : e.to)]++];
            x.other = outgoing ? e.to : e.from;
            x.day = e.day;
            x.oneOff = 0;
            x.amount = e.amount;
        }
        for (size_t i = 0; i < n; ++i) {
            const auto first = list.begin() + start[i], last = list.begin() + start[i + 1];
            std::sort(first, last,
                [](const Edge& a, const Edge& b) { return a.day != b.day ? a.day < b.day : a.other < b.other; });
            // One-off: the far end appears once in this node's list (the
            // same count from either end of the pair).
            others.clear();
            for (auto e = first; e != last; ++e)
                others.push_back(e->other);
            std::sort(others.begin(), others.end());
            for (auto e = first; e != last; ++e) {
                const auto run = std::equal_range(others.begin(), others.end(), e->other);
                e->oneOff = run.second - run.first == 1 ? 1 : 0;
            }
        }
    };
    fill(true, g->m_out, g->m_outStart);
    fill(false, g->m_in, g->m_inStart);
    std::vector<RawEdge>().swap(m_edges);
    g->m_nodes = std::move(m_nodes);
    g->m_nodes.freeze(true);
    m_nodes = HashIndex();
    return g;
}

Result<std::shared_ptr<const FlowGraph>> FlowGraph::load(store::Workspace& ws)
{
    std::vector<std::uint64_t> ours;
    {
        store::Statement& st = ws.cached("SELECT account_key FROM accounts");
        while (st.next())
            ours.push_back(LedgerReader::textHash(st.text(0).toStdString()));
        st.reset();
    }
    Builder builder(std::move(ours));
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(ws.handle(),
            "SELECT a.account_key, t.counterparty_account, t.direction, t.day, t.amount FROM transactions t "
            "JOIN accounts a ON a.id = t.account_id WHERE t.counterparty_account IS NOT NULL "
            "AND t.counterparty_account <> ''",
            -1, &st, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(ws.handle()));
        sqlite3_finalize(st);
        return Error(QCoreApplication::translate("LedgerReader", "Cannot read the money flows."), why);
    }
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW)
        builder.add(LedgerReader::textHash(ledgertext::columnText(st, 0)),
            LedgerReader::textHash(ledgertext::columnText(st, 1)), ledgertext::columnText(st, 2) == "in",
            int(sqlite3_column_int64(st, 3)), sqlite3_column_double(st, 4));
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return Error(QCoreApplication::translate("LedgerReader", "Cannot read the money flows."),
            QString::fromUtf8(sqlite3_errmsg(ws.handle())));
    return builder.finish();
}

FlowGraph::Range FlowGraph::out(int node) const
{
    return { m_out.data() + m_outStart[size_t(node)], m_out.data() + m_outStart[size_t(node) + 1] };
}

FlowGraph::Range FlowGraph::in(int node) const
{
    return { m_in.data() + m_inStart[size_t(node)], m_in.data() + m_inStart[size_t(node) + 1] };
}

FlowGraph::Range FlowGraph::between(Range r, int from, int to)
{
    const Edge* lo = std::lower_bound(r.first, r.second, from, [](const Edge& e, int d) { return e.day < d; });
    const Edge* hi = std::upper_bound(lo, r.second, to, [](int d, const Edge& e) { return d < e.day; });
    return { lo, hi };
}

} // namespace waymark::finance
