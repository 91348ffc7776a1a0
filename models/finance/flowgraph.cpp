#include "flowgraph.h"

#include "finance/ledgerreader.h"
#include "finance/ledgertext.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace waymark::finance {

namespace {

struct RawEdge {
    std::int32_t from, to, day;
    double amount;
};

} // namespace

std::shared_ptr<const FlowGraph> FlowGraph::build(
    const std::vector<std::pair<std::pair<std::uint64_t, std::uint64_t>, std::pair<int, double>>>& edges)
{
    auto g = std::make_shared<FlowGraph>();
    std::vector<RawEdge> raw;
    raw.reserve(edges.size());
    auto nodeOf = [&](std::uint64_t h) {
        const auto [it, added] = g->m_nodes.emplace(h, std::int32_t(g->m_nodes.size()));
        if (added)
            g->m_keys.push_back(h);
        return it->second;
    };
    for (const auto& [ends, when] : edges) {
        const std::int32_t from = nodeOf(ends.first), to = nodeOf(ends.second);
        raw.push_back({ from, to, std::int32_t(when.first), when.second });
    }
    // How often each payer paid each payee.
    std::vector<std::uint16_t> pairCount(raw.size());
    {
        std::vector<size_t> byPair(raw.size());
        for (size_t i = 0; i < raw.size(); ++i)
            byPair[i] = i;
        std::sort(byPair.begin(), byPair.end(), [&](size_t a, size_t b) {
            return raw[a].from != raw[b].from ? raw[a].from < raw[b].from : raw[a].to < raw[b].to;
        });
        for (size_t i = 0; i < byPair.size();) {
            size_t j = i;
            while (j < byPair.size() && raw[byPair[j]].from == raw[byPair[i]].from
                && raw[byPair[j]].to == raw[byPair[i]].to)
                ++j;
            for (size_t k = i; k < j; ++k)
                pairCount[byPair[k]] = std::uint16_t(std::min<size_t>(j - i, 65535));
            i = j;
        }
    }
    const size_t n = g->m_nodes.size();
    // Counting sort by node, then by day within each node.
    auto fill = [&](bool outgoing, std::vector<Edge>& list, std::vector<std::int64_t>& start) {
        start.assign(n + 1, 0);
        for (const RawEdge& e : raw)
            ++start[size_t(outgoing ? e.from : e.to) + 1];
        for (size_t i = 0; i < n; ++i)
            start[i + 1] += start[i];
        list.resize(raw.size());
        std::vector<std::int64_t> at(start.begin(), start.end() - 1);
        for (size_t i = 0; i < raw.size(); ++i) {
            const RawEdge& e = raw[i];
            list[size_t(at[size_t(outgoing ? e.from : e.to)]++)]
                = Edge { outgoing ? e.to : e.from, e.day, e.amount, pairCount[i] };
        }
        for (size_t i = 0; i < n; ++i)
            std::sort(list.begin() + start[i], list.begin() + start[i + 1],
                [](const Edge& a, const Edge& b) { return a.day != b.day ? a.day < b.day : a.other < b.other; });
    };
    fill(true, g->m_out, g->m_outStart);
    fill(false, g->m_in, g->m_inStart);
    if (n == 0) {
        g->m_outStart.assign(1, 0);
        g->m_inStart.assign(1, 0);
    }
    return g;
}

void FlowGraph::Builder::add(std::uint64_t self, std::uint64_t other, bool in, int day, double amount)
{
    if (!other || other == self || !(amount > 0) || (in && m_ours.count(other)))
        return;
    m_edges.push_back({ in ? std::make_pair(other, self) : std::make_pair(self, other), { day, amount } });
}

std::shared_ptr<const FlowGraph> FlowGraph::Builder::finish() const
{
    return m_edges.empty() ? std::shared_ptr<const FlowGraph>() : build(m_edges);
}

Result<std::shared_ptr<const FlowGraph>> FlowGraph::load(store::Workspace& ws)
{
    std::unordered_set<std::uint64_t> ours;
    {
        store::Statement& st = ws.cached("SELECT account_key FROM accounts");
        while (st.next())
            ours.insert(LedgerReader::textHash(st.text(0).toStdString()));
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

int FlowGraph::node(std::uint64_t keyHash) const
{
    const auto it = m_nodes.find(keyHash);
    return it == m_nodes.end() ? -1 : it->second;
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
