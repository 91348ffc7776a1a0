#pragma once

// The red flags' checks, shared by the library (indicatorlibrary.cpp) and
// its two halves: spending (indicatorchecks_spending.cpp) and money moving
// (indicatorchecks_money.cpp). Internal to models/finance.

#include "finance/accountledger.h"
#include "finance/indicator.h"

#include <algorithm>
#include <cstdint>
#include <vector>

namespace waymark::finance::checks {

constexpr int kMaxEvidence = 25;

inline void addEvidence(IndicatorResult& r, qint64 id)
{
    if (int(r.evidence.size()) < kMaxEvidence)
        r.evidence.push_back(id);
}

using Entries = std::vector<LedgerEntry>;
template <typename Pred> int countIf(const Entries& es, Pred&& p)
{
    int n = 0;
    for (const LedgerEntry& e : es)
        n += p(e) ? 1 : 0;
    return n;
}

/// Over the entries that pass `pred` (in date order), the largest number of
/// distinct keys (or of entries, when `key` returns 0 for all) seen within
/// any `window` consecutive days; fills the evidence with that window's rows.
template <typename Pred, typename Key>
int maxInWindow(const Entries& es, int window, Pred&& pred, Key&& key, IndicatorResult& r, bool distinct)
{
    thread_local std::vector<const LedgerEntry*> sel;
    thread_local std::vector<std::uint64_t> keys;
    sel.clear();
    for (const LedgerEntry& e : es) {
        if (pred(e))
            sel.push_back(&e);
    }
    int best = 0;
    size_t bestFrom = 0, bestTo = 0;
    size_t j = 0;
    for (size_t i = 0; i < sel.size(); ++i) {
        if (j < i)
            j = i;
        while (j < sel.size() && sel[j]->day < sel[i]->day + window)
            ++j;
        int n;
        if (distinct) {
            keys.clear();
            for (size_t k = i; k < j; ++k) {
                const std::uint64_t v = key(*sel[k]);
                if (v && std::find(keys.begin(), keys.end(), v) == keys.end())
                    keys.push_back(v);
            }
            n = int(keys.size());
        } else {
            n = int(j - i);
        }
        if (n > best) {
            best = n;
            bestFrom = i;
            bestTo = j;
        }
        if (j == sel.size() && !distinct)
            break;
    }
    for (size_t k = bestFrom; k < bestTo; ++k)
        addEvidence(r, sel[k]->id);
    return best;
}

inline bool isCashIn(const LedgerEntry& e)
{
    return e.in
        && (e.channel == Channel::Cash || e.channel == Channel::Branch || e.channel == Channel::Atm
            || e.category == Category::Cash);
}

inline bool isLiving(const LedgerEntry& e)
{
    return !e.in
        && (e.category == Category::Groceries || e.category == Category::Utilities || e.category == Category::Phone);
}

inline std::uint64_t payeeKey(const LedgerEntry& e)
{
    return e.reference ? e.reference : e.counterparty;
}

inline Outcome hitIf(bool b)
{
    return b ? Outcome::Hit : Outcome::Miss;
}

// ---- the indicators -------------------------------------------------------

/// Every check: the account, its parameters in definition order, the result to fill.
#define WAYMARK_CHECK(name) Outcome name(const AccountLedger& a, const double* p, IndicatorResult& r);
WAYMARK_CHECK(adsPayments)
WAYMARK_CHECK(hotelFrequent)
WAYMARK_CHECK(hotelMultiCity)
WAYMARK_CHECK(lateNight)
WAYMARK_CHECK(prepaidCards)
WAYMARK_CHECK(rentAddresses)
WAYMARK_CHECK(thirdPartyTravel)
WAYMARK_CHECK(oneWayTravel)
WAYMARK_CHECK(recruitmentVisa)
WAYMARK_CHECK(multiCitySpending)
WAYMARK_CHECK(cashManyBranches)
WAYMARK_CHECK(structuring)
WAYMARK_CHECK(funnelPayers)
WAYMARK_CHECK(oneOffPayers)
WAYMARK_CHECK(passThrough)
WAYMARK_CHECK(lowBalance)
WAYMARK_CHECK(noLivingExpenses)
WAYMARK_CHECK(wagesMovedOn)
WAYMARK_CHECK(severalWorkersWages)
WAYMARK_CHECK(sharedDetails)
WAYMARK_CHECK(oddHoursTakings)
WAYMARK_CHECK(roundAmounts)
WAYMARK_CHECK(smallRemittancesHighRisk)
WAYMARK_CHECK(corridorShare)
WAYMARK_CHECK(incomeInconsistent)
WAYMARK_CHECK(occupationInconsistent)
WAYMARK_CHECK(cashIntensive)
WAYMARK_CHECK(fincenFunnel)
WAYMARK_CHECK(adsSmallMultiples)
WAYMARK_CHECK(venueAfterHours)
WAYMARK_CHECK(cryptoDarknet)
WAYMARK_CHECK(virtualCurrencySmallMultiples)
WAYMARK_CHECK(paymentProcessor)
WAYMARK_CHECK(onlinePaymentSmall)
WAYMARK_CHECK(personalShopping)
WAYMARK_CHECK(fanInBurst)
WAYMARK_CHECK(fanOutBurst)
WAYMARK_CHECK(gatherScatter)
WAYMARK_CHECK(cycleBack)
WAYMARK_CHECK(scatterGather)
WAYMARK_CHECK(passThroughChain)
WAYMARK_CHECK(fanMember)
WAYMARK_CHECK(sharedCounterparties)
#undef WAYMARK_CHECK

} // namespace waymark::finance::checks
