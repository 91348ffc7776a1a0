// The structural indicators: how money moves between accounts, read from an
// account's own two-sided ledger (bursts of one-off counterparties, gather
// then scatter) and from the workspace's money-flow graph (cycles back to
// the sender, scatter–gather, pass-through chains). The shapes are AMLSim's
// documented typologies; windows, counts and shares are Waymark's choices.

#include "finance/flowgraph.h"
#include "finance/indicatorchecks.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <unordered_map>

namespace waymark::finance::checks {

namespace {

const char* const kNoFlow
    = QT_TRANSLATE_NOOP("IndicatorLibrary", "no money-flow graph: no transaction names a counterparty account");
const char* const kTooShort
    = QT_TRANSLATE_NOOP("IndicatorLibrary", "the transactions cover fewer days than the indicator needs");

/// The largest number of counterparties (paying in when `in`, else paid)
/// whose every dealing with the account in that direction falls inside one
/// window of `window` days: one-off parties arriving together, not a
/// merchant's returning customers or a payroll's monthly staff.
int oneOffBurst(const AccountLedger& a, bool in, int window, IndicatorResult& r)
{
    thread_local std::unordered_map<std::uint64_t, std::pair<int, int>> span; // first and last day
    thread_local std::vector<std::pair<int, int>> parties;
    span.clear();
    for (const LedgerEntry& e : a.entries) {
        if (e.in != in || !e.counterparty)
            continue;
        const auto [it, added] = span.emplace(e.counterparty, std::make_pair(e.day, e.day));
        if (!added)
            it->second.second = e.day;
    }
    parties.clear();
    for (const auto& [party, days] : span) {
        if (days.second - days.first < window)
            parties.push_back(days);
    }
    std::sort(parties.begin(), parties.end());
    int best = 0, bestFrom = 0;
    for (size_t i = 0; i < parties.size(); ++i) {
        const int end = parties[i].first + window;
        int n = 0;
        for (size_t j = i; j < parties.size() && parties[j].first < end; ++j)
            n += parties[j].second < end ? 1 : 0;
        if (n > best) {
            best = n;
            bestFrom = parties[i].first;
        }
    }
    if (best > 0) {
        for (const LedgerEntry& e : a.entries) {
            if (e.in != in || !e.counterparty)
                continue;
            const auto& days = span[e.counterparty];
            if (days.first >= bestFrom && days.second < bestFrom + window)
                addEvidence(r, e.id);
        }
    }
    return best;
}

Outcome burst(const AccountLedger& a, bool in, const double* p, IndicatorResult& r)
{
    const int window = std::max(1, int(p[1]));
    if (a.activeDays() < 3 * window) {
        r.reason = kTooShort;
        return Outcome::NotAssessable;
    }
    r.value = oneOffBurst(a, in, window, r);
    return hitIf(r.value >= p[0]);
}

/// Sum and distinct count of counterparties over a sliding window.
struct Side {
    std::unordered_map<std::uint64_t, int> parties;
    double money = 0;
    void add(const LedgerEntry& e, int sign)
    {
        money += sign * e.amount;
        if (!e.counterparty)
            return;
        int& n = parties[e.counterparty];
        n += sign;
        if (n == 0)
            parties.erase(e.counterparty);
    }
};

} // namespace

Outcome fanInBurst(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    return burst(a, true, p, r);
}

Outcome fanOutBurst(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    return burst(a, false, p, r);
}

Outcome gatherScatter(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    // Many pay in and the money goes out to many within the same window.
    const int minPayers = int(p[0]), minPayees = int(p[1]), window = std::max(1, int(p[2]));
    const auto& es = a.entries;
    thread_local Side in, out;
    in = Side();
    out = Side();
    size_t j = 0;
    double best = 0;
    size_t bestFrom = 0, bestTo = 0;
    for (size_t i = 0; i < es.size(); ++i) {
        while (j < es.size() && es[j].day < es[i].day + window) {
            (es[j].in ? in : out).add(es[j], 1);
            ++j;
        }
        const int payers = int(in.parties.size()), payees = int(out.parties.size());
        if (payers >= minPayers && payees >= minPayees && in.money > 0) {
            const double share = std::min(1.0, out.money / in.money);
            if (share > best) {
                best = share;
                bestFrom = i;
                bestTo = j;
            }
        }
        (es[i].in ? in : out).add(es[i], -1);
    }
    r.value = best;
    if (best < p[3])
        return Outcome::Miss;
    for (size_t k = bestFrom; k < bestTo; ++k)
        addEvidence(r, es[k].id);
    return Outcome::Hit;
}

namespace {

/// The account's entries on `day` with the counterparty account `key`, as evidence.
void evidenceWith(const AccountLedger& a, std::uint64_t key, int day, bool in, IndicatorResult& r)
{
    for (const LedgerEntry& e : a.entries) {
        if (e.day == day && e.in == in && e.counterpartyAccount == key) {
            addEvidence(r, e.id);
            return;
        }
    }
}

} // namespace

Outcome cycleBack(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    if (!a.flow) {
        r.reason = kNoFlow;
        return Outcome::NotAssessable;
    }
    const FlowGraph& g = *a.flow;
    const int self = a.flowNode;
    if (self < 0)
        return Outcome::Miss;
    const int minLength = std::max(2, int(p[0])), window = int(p[1]);
    constexpr int kMaxLength = 6, kBudget = 4000, kMaxStarts = 200;
    thread_local std::vector<int> arrival;
    thread_local std::vector<int> touched;
    thread_local std::vector<std::pair<int, int>> frontier, next;
    if (int(arrival.size()) < g.nodeCount())
        arrival.assign(size_t(g.nodeCount()), INT_MAX);
    const FlowGraph::Range outs = g.out(self);
    int starts = 0, prevOther = -1, prevDay = INT_MIN;
    for (const FlowGraph::Edge* s = outs.first; s != outs.second && starts < kMaxStarts; ++s) {
        if (s->other == prevOther && s->day == prevDay)
            continue;
        prevOther = s->other;
        prevDay = s->day;
        ++starts;
        // Earliest arrival, hop by hop, within the window.
        const int end = s->day + window;
        frontier.assign(1, { s->other, s->day });
        arrival[size_t(s->other)] = s->day;
        touched.assign(1, s->other);
        int found = 0, closeDay = 0, closeFrom = -1;
        for (int hop = 1; hop < kMaxLength && !frontier.empty() && !found && int(touched.size()) < kBudget; ++hop) {
            next.clear();
            for (const auto& [n, t] : frontier) {
                const FlowGraph::Range step = FlowGraph::between(g.out(n), t, end);
                for (const FlowGraph::Edge* e = step.first; e != step.second; ++e) {
                    if (e->other == self) {
                        if (hop + 1 >= minLength && !found) {
                            found = hop + 1;
                            closeDay = e->day;
                            closeFrom = n;
                        }
                        continue;
                    }
                    int& at = arrival[size_t(e->other)];
                    if (e->day < at) {
                        if (at == INT_MAX)
                            touched.push_back(e->other);
                        at = e->day;
                        next.emplace_back(e->other, e->day);
                    }
                }
            }
            frontier.swap(next);
        }
        for (int n : touched)
            arrival[size_t(n)] = INT_MAX;
        if (found) {
            r.value = found;
            evidenceWith(a, g.key(s->other), s->day, false, r);
            evidenceWith(a, g.key(closeFrom), closeDay, true, r);
            return Outcome::Hit;
        }
    }
    return Outcome::Miss;
}

Outcome scatterGather(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    if (!a.flow) {
        r.reason = kNoFlow;
        return Outcome::NotAssessable;
    }
    const FlowGraph& g = *a.flow;
    const int self = a.flowNode;
    if (self < 0)
        return Outcome::Miss;
    const int minBranches = int(p[0]), window = int(p[1]);
    const double minShare = p[2];
    thread_local std::vector<std::pair<int, int>> pairs; // (far end, branch)
    int best = 0, bestDay = 0;
    bool bestAsSource = true;
    // As the source, money scattered to branches that pass it on to one
    // account; as the sink, money gathered from branches one account fed.
    for (const bool source : { true, false }) {
        const FlowGraph::Range mine = source ? g.out(self) : g.in(self);
        int prevDay = INT_MIN;
        for (const FlowGraph::Edge* s = mine.first; s != mine.second; ++s) {
            if (s->day == prevDay)
                continue;
            prevDay = s->day;
            const FlowGraph::Range branches = FlowGraph::between(mine, s->day, s->day + window);
            if (branches.second - branches.first < minBranches)
                continue;
            pairs.clear();
            for (const FlowGraph::Edge* b = branches.first; b != branches.second; ++b) {
                const FlowGraph::Range hop = source ? FlowGraph::between(g.out(b->other), b->day, s->day + window)
                                                    : FlowGraph::between(g.in(b->other), s->day - window, b->day);
                if (hop.second - hop.first > 200)
                    continue; // a hub (a merchant, a payroll) is no branch
                for (const FlowGraph::Edge* e = hop.first; e != hop.second; ++e) {
                    const double passed = source ? e->amount / b->amount : b->amount / e->amount;
                    if (e->other != self && passed >= minShare)
                        pairs.emplace_back(e->other, b->other);
                }
            }
            std::sort(pairs.begin(), pairs.end());
            pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
            for (size_t i = 0; i < pairs.size();) {
                size_t j = i;
                while (j < pairs.size() && pairs[j].first == pairs[i].first)
                    ++j;
                if (int(j - i) > best) {
                    best = int(j - i);
                    bestDay = s->day;
                    bestAsSource = source;
                }
                i = j;
            }
        }
    }
    r.value = best;
    if (best < minBranches)
        return Outcome::Miss;
    for (const LedgerEntry& e : a.entries) {
        if (e.in != bestAsSource && e.counterpartyAccount && e.day >= bestDay && e.day <= bestDay + window)
            addEvidence(r, e.id);
    }
    return Outcome::Hit;
}

Outcome fanMember(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    if (!a.flow) {
        r.reason = kNoFlow;
        return Outcome::NotAssessable;
    }
    const FlowGraph& g = *a.flow;
    const int self = a.flowNode;
    if (self < 0)
        return Outcome::Miss;
    const int minParties = int(p[0]), window = std::max(1, int(p[1]));
    constexpr std::ptrdiff_t kBusy = 200; // a shop's or a payroll's traffic: no fan
    // One payment to an account that, within the window, took one-off
    // payments from others too (a fan-in); or one payment from an account
    // that made one-off payments to others too (a fan-out).
    int best = 0, bestDay = 0;
    std::uint64_t bestKey = 0;
    bool bestOut = true;
    for (const bool paid : { true, false }) {
        const FlowGraph::Range mine = paid ? g.out(self) : g.in(self);
        for (const FlowGraph::Edge* e = mine.first; e != mine.second; ++e) {
            if (e->pairCount != 1)
                continue;
            const FlowGraph::Range hub
                = FlowGraph::between(paid ? g.in(e->other) : g.out(e->other), e->day - window, e->day + window);
            if (hub.second - hub.first > kBusy)
                continue;
            int parties = 0;
            for (const FlowGraph::Edge* h = hub.first; h != hub.second; ++h)
                parties += h->pairCount == 1 ? 1 : 0; // this account's payment among them
            if (parties > best) {
                best = parties;
                bestDay = e->day;
                bestKey = g.key(e->other);
                bestOut = paid;
            }
        }
    }
    r.value = best;
    if (best < minParties)
        return Outcome::Miss;
    evidenceWith(a, bestKey, bestDay, !bestOut, r);
    return Outcome::Hit;
}

Outcome passThroughChain(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    if (!a.flow) {
        r.reason = kNoFlow;
        return Outcome::NotAssessable;
    }
    const FlowGraph& g = *a.flow;
    const int window = int(p[0]);
    const double minShare = p[1];
    const auto& es = a.entries;
    // Money in from one account, most of it out again within the window,
    // and the chain goes on: the account before had just been paid it, or
    // the account after passes it on again, in each case as most of what
    // that account moved then (a shop's or an employer's takings are not).
    auto sum = [](FlowGraph::Range range) {
        double s = 0;
        for (const FlowGraph::Edge* e = range.first; e != range.second; ++e)
            s += e->amount;
        return s;
    };
    int links = 0;
    for (size_t i = 0; i < es.size(); ++i) {
        const LedgerEntry& e = es[i];
        if (!e.in || !e.counterpartyAccount)
            continue;
        double forwarded = 0;
        for (size_t k = i + 1; k < es.size() && es[k].day <= e.day + window; ++k) {
            if (!es[k].in && es[k].counterpartyAccount != e.counterpartyAccount)
                forwarded += es[k].amount;
        }
        if (forwarded < minShare * e.amount)
            continue;
        bool chained = false;
        if (const int before = g.node(e.counterpartyAccount); before >= 0) {
            const double got = sum(FlowGraph::between(g.in(before), e.day - window, e.day));
            chained = got >= minShare * e.amount && e.amount >= minShare * got;
        }
        for (size_t k = i + 1; !chained && k < es.size() && es[k].day <= e.day + window; ++k) {
            const LedgerEntry& o = es[k];
            if (o.in || !o.counterpartyAccount || o.amount < (1 - minShare) * e.amount)
                continue;
            const int after = g.node(o.counterpartyAccount);
            if (after < 0)
                continue;
            const double got = sum(FlowGraph::between(g.in(after), o.day - window, o.day + window));
            const double passed = sum(FlowGraph::between(g.out(after), o.day, o.day + window));
            chained = o.amount >= minShare * got && passed >= minShare * o.amount;
        }
        if (chained) {
            ++links;
            addEvidence(r, e.id);
        }
    }
    r.value = links;
    return hitIf(links >= p[2]);
}

} // namespace waymark::finance::checks
