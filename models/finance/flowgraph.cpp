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
    const std::uint64_t payer = in ? other : self, payee = in ? self : other;
    if (!m_graph) {
        // Edge positions are 32-bit: 4 billion payments would take 64 GB as
        // edges alone, far past any machine this runs on.
        if (m_edges >= std::numeric_limits<std::uint32_t>::max() - 1)
            return;
        // Nodes numbered in the order met, payer first: the order edges of
        // one day are visited in follows from it.
        bool added = false;
        const std::uint32_t from = m_nodes.add(payer, &added);
        if (added)
            m_outAt.push_back(0), m_inAt.push_back(0);
        const std::uint32_t to = m_nodes.add(payee, &added);
        if (added)
            m_outAt.push_back(0), m_inAt.push_back(0);
        ++m_outAt[from];
        ++m_inAt[to];
        ++m_edges;
        return;
    }
    // Placing: each payment in its payer's and its payee's list, in the order added.
    const std::int64_t from = m_nodes.find(payer), to = m_nodes.find(payee);
    if (from < 0 || to < 0 || m_outAt[size_t(from)] >= m_graph->m_outStart[size_t(from) + 1]
        || m_inAt[size_t(to)] >= m_graph->m_inStart[size_t(to) + 1]) {
        m_changed = true; // a row not seen when counting
        return;
    }
    Edge& out = m_graph->m_out[m_outAt[size_t(from)]++];
    out.other = std::int32_t(to);
    out.day = day;
    out.oneOff = 0;
    out.amount = amount;
    Edge& into = m_graph->m_in[m_inAt[size_t(to)]++];
    into.other = std::int32_t(from);
    into.day = day;
    into.oneOff = 0;
    into.amount = amount;
}

bool FlowGraph::Builder::place()
{
    if (m_edges == 0)
        return false;
    m_graph = std::make_shared<FlowGraph>();
    // Counts become where each node's list starts, and where its next edge goes.
    auto starts = [this](std::vector<std::uint32_t>& at, std::vector<std::uint32_t>& start) {
        start.assign(at.size() + 1, 0);
        for (size_t i = 0; i < at.size(); ++i)
            start[i + 1] = start[i] + at[i];
        std::copy(start.begin(), start.end() - 1, at.begin());
    };
    starts(m_outAt, m_graph->m_outStart);
    starts(m_inAt, m_graph->m_inStart);
    m_graph->m_out.resize(m_edges);
    m_graph->m_in.resize(m_edges);
    return true;
}

std::shared_ptr<const FlowGraph> FlowGraph::Builder::finish()
{
    std::shared_ptr<FlowGraph> g = std::move(m_graph);
    std::vector<std::uint32_t>().swap(m_outAt);
    std::vector<std::uint32_t>().swap(m_inAt);
    if (!g || m_changed)
        return {};
    const size_t n = m_nodes.size();
    std::vector<std::int32_t> others; // scratch: one node's far ends, sorted
    // Each node's edges by day (in the order added before that).
    auto order = [&](std::vector<Edge>& list, const std::vector<std::uint32_t>& start) {
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
    order(g->m_out, g->m_outStart);
    order(g->m_in, g->m_inStart);
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
    // Twice: the builder counts, then places.
    for (int pass = 0; pass < 2; ++pass) {
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW)
            builder.add(LedgerReader::textHash(ledgertext::columnText(st, 0)),
                LedgerReader::textHash(ledgertext::columnText(st, 1)), ledgertext::columnText(st, 2) == "in",
                int(sqlite3_column_int64(st, 3)), sqlite3_column_double(st, 4));
        if (rc != SQLITE_DONE) {
            const QString why = QString::fromUtf8(sqlite3_errmsg(ws.handle()));
            sqlite3_finalize(st);
            return Error(QCoreApplication::translate("LedgerReader", "Cannot read the money flows."), why);
        }
        sqlite3_reset(st);
        if (pass == 0 && !builder.place())
            break;
    }
    sqlite3_finalize(st);
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
