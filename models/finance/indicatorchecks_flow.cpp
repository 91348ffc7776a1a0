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
#include <optional>
#include <unordered_map>
#include <vector>

namespace waymark::finance::checks {

namespace {

const char* const kNoFlow
    = QT_TRANSLATE_NOOP("IndicatorLibrary", "no money-flow graph: no transaction names a counterparty account");
const char* const kTooShort
    = QT_TRANSLATE_NOOP("IndicatorLibrary", "the transactions cover fewer days than the indicator needs");

/// Why a flow indicator cannot look at an account: NotAssessable (with the
/// reason) when the bank has no flow graph, Miss when the account is not in
/// it; nothing when it can.
std::optional<Outcome> outsideFlow(const AccountLedger& a, IndicatorResult& r)
{
    if (!a.flow) {
        r.reason = kNoFlow;
        return Outcome::NotAssessable;
    }
    if (a.flowNode < 0)
        return Outcome::Miss;
    return std::nullopt;
}

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

namespace {

/// Depth-first from `node`, reached with `amount`: a way back to `self`
/// through transfers that each carry most of the previous one (the same
/// money, less a margin, not an economy's ordinary round of trade), all on
/// days [begin, end]. Not in date order: a member of a cycle that started
/// elsewhere is paid before it pays on, so its own loop closes "earlier".
constexpr int kMaxCycle = 8;

struct CycleSearch {
    CycleSearch(const FlowGraph& graph, int selfNode, int minTransfers, double share)
        : g(graph)
        , self(selfNode)
        , minLength(minTransfers)
        , minShare(share)
    {
    }
    const FlowGraph& g;
    int self, begin = 0, end = 0, minLength;
    double minShare;
    int budget = 20000;
    std::vector<int> path;
    int length = 0, closeFrom = -1, closeDay = 0;
    double first = 0; ///< the account's own payment that starts the path
    bool stepped = false; ///< one pair of transfers on the path is outside the band
    bool mayStep = false; ///< the second pass: the path may cross where the cycle began

    bool inBand(double next, double before) const { return next >= minShare * before && next * minShare <= before; }

    // The cycle's transfers, read from where it began, each carry between
    // minShare and 1 / minShare of the one before. Read from this account,
    // which may sit anywhere on it, that is: every pair of consecutive
    // transfers in the band but one, the pair where the cycle began (its
    // first payment is larger than what came back after every margin);
    // the pair not on the path (what came back to this account, then its
    // own payment) is checked at the close when another pair was skipped.
    bool from(int node, double amount)
    {
        const FlowGraph::Range step = FlowGraph::between(g.out(node), begin, end);
        for (const FlowGraph::Edge* e = step.first; e != step.second; ++e) {
            if (--budget < 0)
                return false;
            const bool skip = !inBand(e->amount, amount);
            // Only where the cycle began: a payment larger than the one before.
            if (skip && (stepped || !mayStep || e->amount < amount))
                continue;
            const int depth = int(path.size()) + 1; // transfers so far, this one included
            if (e->other == self) {
                if (depth >= minLength && (!(skip || stepped) || inBand(first, e->amount))) {
                    length = depth;
                    closeFrom = node;
                    closeDay = e->day;
                    return true;
                }
                continue;
            }
            if (depth >= kMaxCycle || std::find(path.begin(), path.end(), e->other) != path.end())
                continue;
            path.push_back(e->other);
            stepped = stepped || skip;
            if (from(e->other, e->amount))
                return true;
            stepped = stepped && !skip;
            path.pop_back();
        }
        return false;
    }
};

} // namespace

Outcome cycleBack(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    if (const auto outside = outsideFlow(a, r))
        return *outside;
    const FlowGraph& g = *a.flow;
    const int self = a.flowNode;
    const FlowGraph::Range outs = g.out(self);
    // First the cycles this account began (or whose margins are small enough
    // to stay in the band all round), then, with a budget of its own, those
    // it sits in the middle of.
    for (const bool mayStep : { false, true }) {
        CycleSearch search(g, self, std::max(2, int(p[0])), p[2]);
        search.mayStep = mayStep;
        if (mayStep)
            search.budget = 100000; // one pair may be a rise: more paths to try
        for (const FlowGraph::Edge* s = outs.first; s != outs.second && search.budget > 0; ++s) {
            search.begin = s->day - int(p[1]);
            search.end = s->day + int(p[1]);
            search.path.assign(1, s->other);
            search.first = s->amount;
            search.stepped = false;
            if (search.from(s->other, s->amount)) {
                r.value = search.length;
                evidenceWith(a, g.key(s->other), s->day, false, r);
                evidenceWith(a, g.key(search.closeFrom), search.closeDay, true, r);
                return Outcome::Hit;
            }
        }
    }
    return Outcome::Miss;
}

Outcome scatterGather(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    if (const auto outside = outsideFlow(a, r))
        return *outside;
    const FlowGraph& g = *a.flow;
    const int self = a.flowNode;
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

/// The account's median transfer (nothing when it has none): its own
/// ordinary payment, to tell a gift among many from money that is not
/// small for the one who sends or gets it.
std::optional<double> medianAmount(const AccountLedger& a)
{
    thread_local std::vector<double> amounts;
    amounts.clear();
    for (const LedgerEntry& e : a.entries)
        amounts.push_back(e.amount);
    if (amounts.empty())
        return std::nullopt;
    std::nth_element(amounts.begin(), amounts.begin() + std::ptrdiff_t(amounts.size() / 2), amounts.end());
    return amounts[amounts.size() / 2];
}

Outcome fanMember(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    if (const auto outside = outsideFlow(a, r))
        return *outside;
    const FlowGraph& g = *a.flow;
    const int self = a.flowNode;
    const int minParties = int(p[0]), window = std::max(1, int(p[1]));
    constexpr std::ptrdiff_t kBusy = 200; // a shop's or a payroll's traffic: no fan
    const auto median = medianAmount(a);
    if (!median)
        return Outcome::Miss;
    const double large = p[2] * *median;
    // One payment to an account that, within the window, took one-off
    // payments from others too (a fan-in); or one payment from an account
    // that made one-off payments to others too (a fan-out).
    int best = 0, bestDay = 0;
    std::uint64_t bestKey = 0;
    bool bestOut = true;
    for (const bool paid : { true, false }) {
        const FlowGraph::Range mine = paid ? g.out(self) : g.in(self);
        for (const FlowGraph::Edge* e = mine.first; e != mine.second; ++e) {
            if (!e->oneOff || e->amount < large)
                continue;
            const FlowGraph::Range hub
                = FlowGraph::between(paid ? g.in(e->other) : g.out(e->other), e->day - window, e->day + window);
            if (hub.second - hub.first > kBusy)
                continue;
            int parties = 0;
            for (const FlowGraph::Edge* h = hub.first; h != hub.second; ++h)
                parties += h->oneOff ? 1 : 0; // this account's payment among them
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

Outcome sharedCounterparties(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    if (const auto outside = outsideFlow(a, r))
        return *outside;
    const FlowGraph& g = *a.flow;
    const int self = a.flowNode;
    const int minShared = int(p[0]), window = std::max(1, int(p[1]));
    constexpr std::ptrdiff_t kBusy = 200; // a shop's or a payroll's traffic: no block
    const auto median = medianAmount(a);
    if (!median)
        return Outcome::Miss;
    const double large = p[2] * *median;
    // (another account, a party both dealt with once): this account's large
    // one-off payments to a party, and the other one-off payers of that
    // party within the window (or, paid, the party's other one-off payees).
    thread_local std::vector<std::pair<int, int>> pairs;
    thread_local std::vector<int> shared; // the parties of the best block
    shared.clear();
    bool bestOut = true;
    for (const bool paid : { true, false }) {
        pairs.clear();
        const FlowGraph::Range mine = paid ? g.out(self) : g.in(self);
        for (const FlowGraph::Edge* e = mine.first; e != mine.second; ++e) {
            if (!e->oneOff || e->amount < large)
                continue;
            const FlowGraph::Range party
                = FlowGraph::between(paid ? g.in(e->other) : g.out(e->other), e->day - window, e->day + window);
            if (party.second - party.first > kBusy)
                continue;
            for (const FlowGraph::Edge* h = party.first; h != party.second; ++h) {
                if (h->oneOff && h->other != self)
                    pairs.emplace_back(h->other, e->other);
            }
        }
        std::sort(pairs.begin(), pairs.end());
        pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
        for (size_t i = 0; i < pairs.size();) {
            size_t j = i;
            while (j < pairs.size() && pairs[j].first == pairs[i].first)
                ++j;
            if (j - i > shared.size()) {
                shared.clear();
                for (size_t k = i; k < j; ++k)
                    shared.push_back(pairs[k].second);
                bestOut = paid;
            }
            i = j;
        }
    }
    r.value = double(shared.size());
    if (int(shared.size()) < minShared)
        return Outcome::Miss;
    // The evidence: this account's one-off dealings with the shared parties.
    const FlowGraph::Range mine = bestOut ? g.out(self) : g.in(self);
    for (const FlowGraph::Edge* e = mine.first; e != mine.second; ++e) {
        if (e->oneOff && std::find(shared.begin(), shared.end(), e->other) != shared.end())
            evidenceWith(a, g.key(e->other), e->day, !bestOut, r);
    }
    return Outcome::Hit;
}

Outcome passThroughChain(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    const int window = std::max(1, int(p[0]));
    const double minShare = std::clamp(p[1], 0.01, 1.0);
    const auto& es = a.entries;
    // The same money passed along: paid in by one account, and within the
    // window about as much (at least minShare of it, at most 1 / minShare
    // times it) paid out to another, once. A shop's takings and its
    // supplier's invoice, or wages and the week's spending, are not the same sums.
    // Paid on to an account this one pays only then: a regular payee (a shop,
    // a child's allowance) is spending, not a chain.
    thread_local std::unordered_map<std::uint64_t, int> paidTimes;
    paidTimes.clear();
    for (const LedgerEntry& e : es) {
        if (!e.in && e.counterpartyAccount)
            ++paidTimes[e.counterpartyAccount];
    }
    int links = 0;
    for (size_t i = 0; i < es.size(); ++i) {
        const LedgerEntry& e = es[i];
        if (!e.in || !e.counterpartyAccount)
            continue;
        for (size_t k = i + 1; k < es.size() && es[k].day <= e.day + window; ++k) {
            const LedgerEntry& o = es[k];
            if (o.in || !o.counterpartyAccount || o.counterpartyAccount == e.counterpartyAccount
                || o.amount < minShare * e.amount || o.amount * minShare > e.amount
                || paidTimes[o.counterpartyAccount] != 1)
                continue;
            ++links;
            addEvidence(r, e.id);
            addEvidence(r, o.id);
            break;
        }
    }
    r.value = links;
    return hitIf(links >= p[2]);
}

} // namespace waymark::finance::checks
