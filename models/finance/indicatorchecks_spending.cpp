#include "finance/indicatorchecks.h"

#include "finance/indicatorlibrary.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace waymark::finance::checks {

Outcome adsPayments(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    int n = 0;
    for (const LedgerEntry& e : a.entries) {
        if (!e.in && e.category == Category::Ads) {
            ++n;
            addEvidence(r, e.id);
        }
    }
    r.value = n;
    return hitIf(n >= p[0]);
}

Outcome hotelFrequent(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    r.value = maxInWindow(
        a.entries, int(p[1]), [](const LedgerEntry& e) { return !e.in && e.category == Category::Hotel; },
        [](const LedgerEntry&) { return std::uint64_t(0); }, r, false);
    return hitIf(r.value >= p[0]);
}

Outcome hotelMultiCity(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    r.value = maxInWindow(
        a.entries, int(p[1]), [](const LedgerEntry& e) { return !e.in && e.category == Category::Hotel && e.location; },
        [](const LedgerEntry& e) { return e.location; }, r, true);
    return hitIf(r.value >= p[0]);
}

Outcome lateNight(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    const int from = int(p[0]), to = int(p[1]);
    int outs = 0, late = 0;
    for (const LedgerEntry& e : a.entries) {
        if (e.in || e.minute < 0)
            continue;
        ++outs;
        const int h = e.hour();
        const bool night = from > to ? (h >= from || h < to) : (h >= from && h < to);
        if (night
            && (e.category == Category::Hotel || e.category == Category::Bar || e.category == Category::FastFood
                || e.category == Category::Taxi)) {
            ++late;
            addEvidence(r, e.id);
        }
    }
    if (outs == 0) {
        r.reason = QT_TRANSLATE_NOOP("IndicatorLibrary", "no outgoing payments with a time of day");
        return Outcome::NotAssessable;
    }
    r.value = double(late) / outs;
    return hitIf(late >= p[3] && r.value >= p[2]);
}

Outcome prepaidCards(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    int n = 0;
    double total = 0;
    for (const LedgerEntry& e : a.entries) {
        if (!e.in && e.category == Category::Prepaid) {
            ++n;
            total += e.amount;
            addEvidence(r, e.id);
        }
    }
    r.value = n;
    return hitIf(n >= p[0] && total >= p[1]);
}

Outcome rentAddresses(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    r.value = maxInWindow(
        a.entries, int(p[1]), [](const LedgerEntry& e) { return !e.in && e.category == Category::Rent; }, payeeKey, r,
        true);
    return hitIf(r.value >= p[0]);
}

Outcome thirdPartyTravel(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    std::vector<std::uint64_t> refs;
    for (const LedgerEntry& e : a.entries) {
        if (!e.in && e.category == Category::Travel && e.reference && e.has(LedgerEntry::Passenger)) {
            if (std::find(refs.begin(), refs.end(), e.reference) == refs.end())
                refs.push_back(e.reference);
            addEvidence(r, e.id);
        }
    }
    r.value = double(refs.size());
    return hitIf(r.value >= p[0]);
}

Outcome oneWayTravel(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    int n = 0;
    for (const LedgerEntry& e : a.entries) {
        if (!e.in && e.category == Category::Travel && e.has(LedgerEntry::OneWay)) {
            ++n;
            addEvidence(r, e.id);
        }
    }
    r.value = n;
    return hitIf(n >= p[0]);
}

Outcome recruitmentVisa(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    int n = 0;
    for (const LedgerEntry& e : a.entries) {
        if (!e.in && (e.category == Category::Recruitment || e.category == Category::Visa)) {
            ++n;
            addEvidence(r, e.id);
        }
    }
    r.value = n;
    return hitIf(n >= p[0]);
}

Outcome multiCitySpending(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    r.value = maxInWindow(
        a.entries, int(p[1]), [](const LedgerEntry& e) { return !e.in && e.location && e.channel == Channel::Card; },
        [](const LedgerEntry& e) { return e.location; }, r, true);
    return hitIf(r.value >= p[0]);
}

namespace {
/// Whether `amount` is a whole multiple of `unit` (to the cent).
bool multipleOf(double amount, double unit)
{
    if (!(unit > 0))
        return false;
    const double k = std::round(amount / unit);
    return k >= 1 && std::fabs(amount - k * unit) < 0.005;
}

/// Counts outgoing payments of a category that pass `pred`, with their evidence.
template <typename Pred> int countOut(const AccountLedger& a, Category c, IndicatorResult& r, Pred&& pred)
{
    int n = 0;
    for (const LedgerEntry& e : a.entries) {
        if (!e.in && e.category == c && pred(e)) {
            ++n;
            addEvidence(r, e.id);
        }
    }
    return n;
}
} // namespace

Outcome adsSmallMultiples(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    // FinCEN's and FINTRAC's "small multiples" ($3, $12, $24): payments to
    // ad sites of at most maxAmount that are whole multiples of unit.
    r.value = countOut(
        a, Category::Ads, r, [&](const LedgerEntry& e) { return e.amount <= p[1] && multipleOf(e.amount, p[0]); });
    return hitIf(r.value >= p[2]);
}

Outcome venueAfterHours(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    const int from = int(p[0]), to = int(p[1]);
    int timed = 0;
    r.value = countOut(a, Category::Venue, r, [&](const LedgerEntry& e) {
        if (e.minute < 0 || !(e.channel == Channel::Card || e.channel == Channel::Unknown))
            return false;
        ++timed;
        const int h = e.hour();
        return from > to ? (h >= from || h < to) : (h >= from && h < to);
    });
    if (timed == 0 && r.value == 0) {
        bool any = false;
        for (const LedgerEntry& e : a.entries)
            any = any || (!e.in && e.category == Category::Venue);
        if (any) {
            r.reason = QT_TRANSLATE_NOOP("IndicatorLibrary", "no card payments at these venues with a time of day");
            return Outcome::NotAssessable;
        }
    }
    return hitIf(r.value >= p[2]);
}

namespace {
/// Payments in or out of one category: at least p[0] of them.
Outcome anyDirection(const AccountLedger& a, Category c, const double* p, IndicatorResult& r)
{
    int n = 0;
    for (const LedgerEntry& e : a.entries) {
        if (e.category == c) {
            ++n;
            addEvidence(r, e.id);
        }
    }
    r.value = n;
    return hitIf(n >= p[0]);
}
} // namespace

Outcome cryptoDarknet(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    return anyDirection(a, Category::Darknet, p, r);
}

Outcome virtualCurrencySmallMultiples(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    r.value = countOut(
        a, Category::Crypto, r, [&](const LedgerEntry& e) { return e.amount <= p[1] && multipleOf(e.amount, p[0]); });
    return hitIf(r.value >= p[2]);
}

Outcome paymentProcessor(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    return anyDirection(a, Category::PaymentProcessor, p, r);
}

Outcome onlinePaymentSmall(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    r.value = maxInWindow(
        a.entries, int(p[2]),
        [&](const LedgerEntry& e) { return e.category == Category::OnlinePayment && e.amount < p[0]; },
        [](const LedgerEntry&) { return std::uint64_t(0); }, r, false);
    return hitIf(r.value >= p[1]);
}

Outcome personalShopping(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    r.value = maxInWindow(
        a.entries, int(p[1]), [](const LedgerEntry& e) { return !e.in && e.category == Category::PersonalShopping; },
        [](const LedgerEntry&) { return std::uint64_t(0); }, r, false);
    return hitIf(r.value >= p[0]);
}

} // namespace waymark::finance::checks
