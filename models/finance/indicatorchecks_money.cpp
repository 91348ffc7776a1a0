#include "finance/indicatorchecks.h"

#include "finance/indicatorlibrary.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace waymark::finance::checks {

Outcome cashManyBranches(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    r.value = maxInWindow(
        a.entries, int(p[1]), [](const LedgerEntry& e) { return isCashIn(e) && e.location; },
        [](const LedgerEntry& e) { return e.location; }, r, true);
    return hitIf(r.value >= p[0]);
}

Outcome structuring(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    static const QStringList known { QStringLiteral("GBP"), QStringLiteral("EUR"), QStringLiteral("USD"),
        QStringLiteral("CAD"), QStringLiteral("AUD"), QStringLiteral("CHF"), QStringLiteral("NZD") };
    if (!known.contains(a.profile.currency)) {
        r.reason = QT_TRANSLATE_NOOP("IndicatorLibrary", "no reporting threshold is set for the account's currency");
        return Outcome::NotAssessable;
    }
    const double hi = p[0], lo = p[0] * p[1];
    r.value = maxInWindow(
        a.entries, int(p[3]), [&](const LedgerEntry& e) { return e.in && e.amount >= lo && e.amount < hi; },
        [](const LedgerEntry&) { return std::uint64_t(0); }, r, false);
    return hitIf(r.value >= p[2]);
}

Outcome funnelPayers(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    r.value = maxInWindow(
        a.entries, int(p[1]), [](const LedgerEntry& e) { return e.in && e.counterparty; },
        [](const LedgerEntry& e) { return e.counterparty; }, r, true);
    return hitIf(r.value >= p[0]);
}

Outcome oneOffPayers(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    // Payers sorted by hash: runs of one are payers who paid once.
    thread_local std::vector<std::uint64_t> payers;
    payers.clear();
    for (const LedgerEntry& e : a.entries) {
        if (e.in && e.counterparty)
            payers.push_back(e.counterparty);
    }
    std::sort(payers.begin(), payers.end());
    int once = 0, distinct = 0;
    for (size_t i = 0; i < payers.size();) {
        size_t j = i;
        while (j < payers.size() && payers[j] == payers[i])
            ++j;
        ++distinct;
        once += j - i == 1 ? 1 : 0;
        i = j;
    }
    r.value = distinct ? double(once) / double(distinct) : 0;
    if (once >= p[0] && r.value >= p[1]) {
        for (const LedgerEntry& e : a.entries) {
            if (e.in && e.counterparty) {
                const auto range = std::equal_range(payers.begin(), payers.end(), e.counterparty);
                if (range.second - range.first == 1)
                    addEvidence(r, e.id);
            }
        }
        return Outcome::Hit;
    }
    return Outcome::Miss;
}

Outcome passThrough(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    // First in, first out: each payment out uses the oldest money still in
    // the account that arrived within the window.
    const int window = int(p[0]);
    thread_local std::vector<std::pair<const LedgerEntry*, double>> queue;
    queue.clear();
    size_t head = 0;
    double in = 0, matched = 0;
    for (const LedgerEntry& e : a.entries) {
        if (e.in) {
            in += e.amount;
            queue.emplace_back(&e, e.amount);
            continue;
        }
        double need = e.amount;
        while (head < queue.size() && need > 0) {
            auto& q = queue[head];
            if (q.first->day < e.day - window) {
                ++head;
                continue;
            }
            const double take = std::min(need, q.second);
            q.second -= take;
            need -= take;
            matched += take;
            if (q.second <= 1e-9)
                ++head;
        }
        if (need < e.amount && int(r.evidence.size()) < kMaxEvidence && e.amount >= p[2] / 20)
            addEvidence(r, e.id);
    }
    if (in < p[2]) {
        r.reason = QT_TRANSLATE_NOOP("IndicatorLibrary", "too little money in to judge its speed");
        r.evidence.clear();
        return Outcome::NotAssessable;
    }
    r.value = matched / in;
    return hitIf(r.value >= p[1]);
}

Outcome lowBalance(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    double in = 0, out = 0;
    for (const LedgerEntry& e : a.entries)
        (e.in ? in : out) += e.amount;
    if (in < p[1]) {
        r.reason = QT_TRANSLATE_NOOP("IndicatorLibrary", "too little money in to judge the balance kept");
        return Outcome::NotAssessable;
    }
    r.value = (in - out) / in;
    if (r.value > p[0])
        return Outcome::Miss;
    for (const LedgerEntry& e : a.entries) {
        if (!e.in)
            addEvidence(r, e.id);
    }
    return Outcome::Hit;
}

Outcome noLivingExpenses(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    if (a.activeDays() < p[0]) {
        r.reason = QT_TRANSLATE_NOOP("IndicatorLibrary", "the transactions cover fewer days than the indicator needs");
        return Outcome::NotAssessable;
    }
    const int n = countIf(a.entries, isLiving);
    r.value = n * 30.0 / a.activeDays();
    if (r.value <= p[1]) {
        // The evidence of an absence: the spending that is there instead.
        for (const LedgerEntry& e : a.entries) {
            if (!e.in)
                addEvidence(r, e.id);
        }
        return Outcome::Hit;
    }
    return Outcome::Miss;
}

Outcome wagesMovedOn(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    const int window = int(p[0]);
    const auto& es = a.entries;
    double wages = 0, moved = 0;
    thread_local std::unordered_map<std::uint64_t, double> toParty;
    for (size_t i = 0; i < es.size();) {
        if (!(es[i].in && es[i].category == Category::Salary)) {
            ++i;
            continue;
        }
        // A pay day: the wages landing on one day, then what left to each
        // third party within the window.
        const int day = es[i].day;
        double paid = 0;
        size_t j = i;
        std::vector<qint64> ids;
        for (; j < es.size() && es[j].day == day; ++j) {
            if (es[j].in && es[j].category == Category::Salary) {
                paid += es[j].amount;
                ids.push_back(es[j].id);
            }
        }
        toParty.clear();
        std::uint64_t best = 0;
        for (size_t k = i; k < es.size() && es[k].day <= day + window; ++k) {
            if (!es[k].in && es[k].counterparty && es[k].category != Category::Rent
                && es[k].category != Category::Utilities) {
                double& v = toParty[es[k].counterparty];
                v += es[k].amount;
                if (!best || v > toParty[best])
                    best = es[k].counterparty;
            }
        }
        const double m = best ? std::min(paid, toParty[best]) : 0;
        wages += paid;
        moved += m;
        if (m >= p[1] * paid) {
            for (qint64 id : ids)
                addEvidence(r, id);
            for (size_t k = i; k < es.size() && es[k].day <= day + window; ++k) {
                if (!es[k].in && es[k].counterparty == best)
                    addEvidence(r, es[k].id);
            }
        }
        i = j;
    }
    if (wages <= 0)
        return Outcome::Miss; // no wages, none moved on
    r.value = moved / wages;
    return hitIf(r.value >= p[1]);
}

Outcome severalWorkersWages(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    r.value = maxInWindow(
        a.entries, int(p[1]), [](const LedgerEntry& e) { return e.in && e.category == Category::Salary; },
        [](const LedgerEntry&) { return std::uint64_t(0); }, r, false);
    return hitIf(r.value >= p[0]);
}

Outcome sharedDetails(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    r.value = std::max(0, a.profile.sharedDetails);
    return hitIf(r.value >= p[0]);
}

Outcome oddHoursTakings(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    const int from = int(p[0]), to = int(p[1]);
    int takings = 0, odd = 0;
    for (const LedgerEntry& e : a.entries) {
        if (!e.in || e.minute < 0 || !(e.channel == Channel::Card || e.channel == Channel::Cash))
            continue;
        ++takings;
        const int h = e.hour();
        if (from > to ? (h >= from || h < to) : (h >= from && h < to)) {
            ++odd;
            addEvidence(r, e.id);
        }
    }
    r.value = takings ? double(odd) / takings : 0;
    return hitIf(odd >= p[3] && r.value >= p[2]);
}

Outcome roundAmounts(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    if (double(a.entries.size()) < p[2]) {
        r.reason = QT_TRANSLATE_NOOP("IndicatorLibrary", "too few transactions to judge");
        return Outcome::NotAssessable;
    }
    int n = 0, round = 0;
    for (const LedgerEntry& e : a.entries) {
        if (e.amount < p[0])
            continue;
        ++n;
        if (std::fmod(e.amount, p[0]) < 0.005) {
            ++round;
            addEvidence(r, e.id);
        }
    }
    r.value = n ? double(round) / double(a.entries.size()) : 0;
    return hitIf(round >= p[2] && r.value >= p[1]);
}

Outcome smallRemittancesHighRisk(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    int n = 0;
    for (const LedgerEntry& e : a.entries) {
        if (!e.in && e.has(LedgerEntry::HighRiskCountry) && e.amount <= p[1]) {
            ++n;
            addEvidence(r, e.id);
        }
    }
    r.value = n;
    return hitIf(n >= p[0]);
}

Outcome corridorShare(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    double out = 0, risky = 0;
    for (const LedgerEntry& e : a.entries) {
        if (e.in)
            continue;
        out += e.amount;
        if (e.has(LedgerEntry::HighRiskCountry)) {
            risky += e.amount;
            addEvidence(r, e.id);
        }
    }
    if (out < p[1]) {
        r.reason = QT_TRANSLATE_NOOP("IndicatorLibrary", "too little money out to judge where it goes");
        r.evidence.clear();
        return Outcome::NotAssessable;
    }
    r.value = risky / out;
    return hitIf(r.value >= p[0]);
}

double annualisedIn(const AccountLedger& a, IndicatorResult& r)
{
    double in = 0;
    for (const LedgerEntry& e : a.entries) {
        if (e.in) {
            in += e.amount;
            addEvidence(r, e.id);
        }
    }
    return in * 365.0 / std::max(1, a.activeDays());
}

Outcome incomeInconsistent(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    if (a.activeDays() < p[1]) {
        r.reason = QT_TRANSLATE_NOOP("IndicatorLibrary", "the transactions cover fewer days than the indicator needs");
        return Outcome::NotAssessable;
    }
    const double declared = std::max(1.0, a.profile.declaredIncome);
    r.value = annualisedIn(a, r) / declared;
    return hitIf(r.value >= p[0]);
}

Outcome occupationInconsistent(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    if (a.activeDays() < p[1]) {
        r.reason = QT_TRANSLATE_NOOP("IndicatorLibrary", "the transactions cover fewer days than the indicator needs");
        return Outcome::NotAssessable;
    }
    const QString occ = a.profile.occupation.toLower();
    bool low = false;
    for (const QString& o : IndicatorLibrary::lowIncomeOccupations())
        low = low || occ.contains(o);
    r.value = annualisedIn(a, r);
    return hitIf(low && r.value >= p[0]);
}

Outcome cashIntensive(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    double in = 0, cash = 0;
    for (const LedgerEntry& e : a.entries) {
        if (!e.in)
            continue;
        in += e.amount;
        if (isCashIn(e)) {
            cash += e.amount;
            addEvidence(r, e.id);
        }
    }
    if (in < p[1]) {
        r.reason = QT_TRANSLATE_NOOP("IndicatorLibrary", "too little money in to judge how much is cash");
        r.evidence.clear();
        return Outcome::NotAssessable;
    }
    r.value = cash / in;
    return hitIf(r.value >= p[0]);
}

Outcome fincenFunnel(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    // FinCEN's funnel account: cash paid in where the customer neither lives
    // nor does business (a place that is none of the parts of the holder's
    // address), then taken out in cash in another place within windowDays.
    const int window = int(p[0]);
    const auto& home = a.profile.homeAreas;
    const auto isHome = [&](std::uint64_t place) { return std::find(home.begin(), home.end(), place) != home.end(); };
    const auto isCashOut = [](const LedgerEntry& e) {
        return !e.in
            && (e.channel == Channel::Cash || e.channel == Channel::Atm || e.channel == Channel::Branch
                || e.category == Category::Cash);
    };
    int funnelled = 0;
    for (size_t i = 0; i < a.entries.size(); ++i) {
        const LedgerEntry& d = a.entries[i];
        if (!isCashIn(d) || !d.location || isHome(d.location))
            continue;
        for (size_t k = i + 1; k < a.entries.size() && a.entries[k].day <= d.day + window; ++k) {
            const LedgerEntry& w = a.entries[k];
            if (isCashOut(w) && w.location && w.location != d.location) {
                ++funnelled;
                addEvidence(r, d.id);
                addEvidence(r, w.id);
                break;
            }
        }
    }
    r.value = funnelled;
    return hitIf(funnelled >= p[1]);
}

} // namespace waymark::finance::checks
