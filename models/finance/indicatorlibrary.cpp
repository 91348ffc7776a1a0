#include "indicatorlibrary.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace waymark::finance {

QString outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Hit:
        return QStringLiteral("hit");
    case Outcome::Miss:
        return QStringLiteral("miss");
    case Outcome::NotAssessable:
        break;
    }
    return QStringLiteral("not assessable");
}

QString IndicatorResult::reasonText() const
{
    if (missing)
        return QCoreApplication::translate("IndicatorLibrary", "missing %1")
            .arg(Field::names(missing).join(QStringLiteral(" / ")));
    return reason ? QCoreApplication::translate("IndicatorLibrary", reason) : QString();
}

double IndicatorDefinition::parameter(const QString& name) const
{
    for (const IndicatorParameter& p : parameters) {
        if (p.name == name)
            return p.value;
    }
    return std::nan("");
}

std::uint32_t IndicatorDefinition::missingFields(std::uint32_t present) const
{
    std::uint32_t missing = needsAll & ~present;
    if (needsAnyOf && !(needsAnyOf & present))
        missing |= needsAnyOf;
    return missing;
}

namespace {

constexpr int kMaxEvidence = 25;

// The public lists an indicator may cite (DOMAIN.md §4), by document and
// year; an indicator none of them holds is a Waymark heuristic and says so.
const char* const kFinCEN2014 = "FinCEN FIN-2014-A008 (2014)";
const char* const kFinCEN2020 = "FinCEN FIN-2020-A008 (2020)";
const char* const kFATF = "FATF-APG Financial Flows from Human Trafficking (2018)";
const char* const kFINTRAC = "FINTRAC Project Protect (FINTRAC-2016-OA003, FINTRAC-2021-OA001)";
const char* const kHeuristic = "Waymark heuristic";

/// The texts of the definitions, written in IndicatorLibrary's member
/// functions: lupdate files them under the class's full name.
QString tr(const char* text)
{
    return QCoreApplication::translate("waymark::finance::IndicatorLibrary", text);
}

void addEvidence(IndicatorResult& r, qint64 id)
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

bool isCashIn(const LedgerEntry& e)
{
    return e.in
        && (e.channel == Channel::Cash || e.channel == Channel::Branch || e.channel == Channel::Atm
            || e.category == Category::Cash);
}

bool isLiving(const LedgerEntry& e)
{
    return !e.in
        && (e.category == Category::Groceries || e.category == Category::Utilities || e.category == Category::Phone);
}

std::uint64_t payeeKey(const LedgerEntry& e)
{
    return e.reference ? e.reference : e.counterparty;
}

Outcome hitIf(bool b)
{
    return b ? Outcome::Hit : Outcome::Miss;
}

// ---- the indicators -------------------------------------------------------

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

Outcome multiCitySpending(const AccountLedger& a, const double* p, IndicatorResult& r)
{
    r.value = maxInWindow(
        a.entries, int(p[1]), [](const LedgerEntry& e) { return !e.in && e.location && e.channel == Channel::Card; },
        [](const LedgerEntry& e) { return e.location; }, r, true);
    return hitIf(r.value >= p[0]);
}

} // namespace

QStringList IndicatorLibrary::defaultHighRiskCountries()
{
    return { QStringLiteral("ALB"), QStringLiteral("VNM"), QStringLiteral("ROU"), QStringLiteral("NGA"),
        QStringLiteral("ERI"), QStringLiteral("SDN"), QStringLiteral("CHN"), QStringLiteral("AFG") };
}

QStringList IndicatorLibrary::lowIncomeOccupations()
{
    return { QStringLiteral("student"), QStringLiteral("unemployed"), QStringLiteral("retired"),
        QStringLiteral("homemaker"), QStringLiteral("carer"), QStringLiteral("benefits"), QStringLiteral("none") };
}

IndicatorLibrary::IndicatorLibrary()
{
    using namespace Field;
    auto add = [this](const char* id, const QString& title, const QString& description, QStringList sources,
                   std::vector<IndicatorParameter> params, std::uint32_t all, std::uint32_t anyOf, const QString& unit,
                   Eval eval) {
        IndicatorDefinition d;
        d.id = QLatin1String(id);
        d.title = title;
        d.description = description;
        d.sources = std::move(sources);
        d.parameters = std::move(params);
        d.needsAll = all;
        d.needsAnyOf = anyOf;
        d.valueUnit = unit;
        std::vector<double> v;
        for (const IndicatorParameter& p : d.parameters)
            v.push_back(p.value);
        m_values.push_back(std::move(v));
        m_defs.push_back(std::move(d));
        m_evals.push_back(eval);
    };
    auto P = [](const char* name, double v, const QString& what) {
        return IndicatorParameter { QLatin1String(name), v, what };
    };
    const QString f14 = QLatin1String(kFinCEN2014), f20 = QLatin1String(kFinCEN2020), fa = QLatin1String(kFATF),
                  ft = QLatin1String(kFINTRAC), own = QLatin1String(kHeuristic);

    add("ads_payments", tr("Escort or classified ad payments"),
        tr("Repeated payments to online classified or escort advertising sites (category, or a merchant name such as a "
           "classifieds site): at least minCount payments."),
        { f14, f20, ft }, { P("minCount", 4, tr("payments")) }, 0, Field::Category | Merchant, tr("payments"),
        adsPayments);
    add("hotel_frequent", tr("Frequent hotel charges"),
        tr("Many hotel or motel charges: at least minCount within windowDays days."), { ft },
        { P("minCount", 8, tr("charges")), P("windowDays", 30, tr("days")) }, 0, Field::Category | Merchant,
        tr("charges in the window"), hotelFrequent);
    add("hotel_multi_city", tr("Hotels in several cities"),
        tr("Hotel charges in at least minCities different places within windowDays days."), { ft },
        { P("minCities", 3, tr("places")), P("windowDays", 7, tr("days")) }, Location, Field::Category | Merchant,
        tr("places in the window"), hotelMultiCity);
    add("late_night_spending", tr("Late-night spending"),
        tr("Card spending at hotels, bars, fast food or taxis between startHour and endHour: at least minCount "
           "payments "
           "and minShare of all payments out."),
        { ft },
        { P("startHour", 22, tr("hour")), P("endHour", 5, tr("hour")), P("minShare", 0.25, tr("share")),
            P("minCount", 10, tr("payments")) },
        TimeOfDay | Field::Category, 0, tr("share of payments out"), lateNight);
    add("prepaid_cards", tr("Prepaid or gift cards in quantity"),
        tr("Purchases of prepaid access cards (FinCEN 2020; gift cards are Waymark's addition): at least minCount "
           "purchases worth at least minTotal."),
        { f20 }, { P("minCount", 5, tr("purchases")), P("minTotal", 500, tr("amount")) }, 0, Field::Category | Merchant,
        tr("purchases"), prepaidCards);
    add("rent_multiple_addresses", tr("Rent for several addresses"),
        tr("Rent paid to at least minPayees landlords or property references within windowDays days."), { own },
        { P("minPayees", 2, tr("payees")), P("windowDays", 35, tr("days")) }, Field::Category, Counterparty | Reference,
        tr("rent payees in the window"), rentAddresses);
    add("third_party_travel", tr("Travel for third parties"),
        tr("Travel tickets naming at least minPassengers different passengers."), { ft },
        { P("minPassengers", 3, tr("passengers")) }, Field::Category | Reference, 0, tr("passengers"),
        thirdPartyTravel);
    add("one_way_travel", tr("One-way tickets"), tr("At least minCount one-way or single travel tickets."), { own },
        { P("minCount", 3, tr("tickets")) }, Field::Category, Merchant | Reference, tr("one-way tickets"),
        oneWayTravel);
    add("cash_many_branches", tr("Cash deposits in many places"),
        tr("Cash paid in at at least minPlaces different branches or places within windowDays days."), { own },
        { P("minPlaces", 3, tr("places")), P("windowDays", 7, tr("days")) }, Location, Field::Channel | Field::Category,
        tr("places in the window"), cashManyBranches);
    add("structuring", tr("Deposits just below the threshold"),
        tr("At least minCount deposits between band × threshold and the reporting threshold within windowDays days."),
        { f20 },
        { P("threshold", 10000, tr("amount in the account currency")), P("band", 0.9, tr("share of the threshold")),
            P("minCount", 2, tr("deposits")), P("windowDays", 30, tr("days")) },
        0, 0, tr("deposits in the window"), structuring);
    add("funnel_many_payers", tr("Many unrelated third parties paying in (fan-in)"),
        tr("At least minPayers different third parties paying into the account within windowDays days (fan-in; not "
           "FinCEN's funnel account, which is cash paid in in one area and taken out in another)."),
        { own }, { P("minPayers", 10, tr("payers")), P("windowDays", 30, tr("days")) }, Counterparty, 0,
        tr("payers in the window"), funnelPayers);
    add("one_off_payers", tr("Unrelated one-off payers"),
        tr("At least minPayers payers who pay in only once, making up at least minShare of all payers."), { own },
        { P("minPayers", 15, tr("payers")), P("minShare", 0.6, tr("share")) }, Counterparty, 0, tr("share of payers"),
        oneOffPayers);
    add("pass_through", tr("Money in, money out"),
        tr("At least minShare of the money in leaves within windowDays days (first in, first out), with at least minIn "
           "paid in."),
        { fa }, { P("windowDays", 3, tr("days")), P("minShare", 0.6, tr("share")), P("minIn", 2000, tr("amount")) }, 0,
        0, tr("share of money in that leaves in the window"), passThrough);
    add("low_balance", tr("Low balance kept"),
        tr("What stays in the account, (in − out) / in, is at most maxRetained, with at least minIn paid in."), { own },
        { P("maxRetained", 0.05, tr("share")), P("minIn", 2000, tr("amount")) }, 0, 0, tr("share retained"),
        lowBalance);
    add("no_living_expenses", tr("No ordinary living expenses"),
        tr("Over at least minDays days, at most maxPer30Days payments for groceries, utilities or phone per 30 days."),
        { own }, { P("minDays", 60, tr("days")), P("maxPer30Days", 0.5, tr("payments")) }, Field::Category, 0,
        tr("living-expense payments per 30 days"), noLivingExpenses);
    add("wages_moved_on", tr("Wages moved on at once"),
        tr("Wages paid in and at least minShare of them sent on to one third party within windowDays days."), { own },
        { P("windowDays", 2, tr("days")), P("minShare", 0.6, tr("share")) }, Field::Category | Counterparty, 0,
        tr("share of wages moved on"), wagesMovedOn);
    add("several_workers_wages", tr("Several workers' wages"),
        tr("At least minCredits wage payments in within windowDays days: more than one person's pay."), { fa },
        { P("minCredits", 3, tr("wage payments")), P("windowDays", 28, tr("days")) }, Field::Category, 0,
        tr("wage payments in the window"), severalWorkersWages);
    add("shared_customer_details", tr("Customer details shared"),
        tr("The holder's address, phone or e-mail is shared with at least minOthers other accounts."), { own },
        { P("minOthers", 2, tr("accounts")) }, 0, CustomerAddress | CustomerPhone | CustomerEmail, tr("other accounts"),
        sharedDetails);
    add("odd_hours_takings", tr("Takings at odd hours"),
        tr("Card or cash takings between startHour and endHour: at least minCount and minShare of all takings."),
        { f14 },
        { P("startHour", 0, tr("hour")), P("endHour", 5, tr("hour")), P("minShare", 0.2, tr("share")),
            P("minCount", 10, tr("takings")) },
        TimeOfDay | Field::Channel, 0, tr("share of takings"), oddHoursTakings);
    add("round_amounts", tr("Round amounts"),
        tr("At least minCount transactions that are whole multiples of unit, making up at least minShare of all."),
        { own },
        { P("unit", 100, tr("amount")), P("minShare", 0.3, tr("share")), P("minCount", 10, tr("transactions")) }, 0, 0,
        tr("share of transactions"), roundAmounts);
    add("recruitment_visa_payments", tr("Recruitment or visa agencies"),
        tr("At least minCount payments to recruitment or visa agencies."), { f14 },
        { P("minCount", 3, tr("payments")) }, 0, Field::Category | Merchant, tr("payments"), recruitmentVisa);
    add("small_remittances_high_risk", tr("Small remittances to corridors"),
        tr("At least minCount payments of at most maxAmount to counterparties in high-risk corridor countries."),
        { own }, { P("minCount", 6, tr("payments")), P("maxAmount", 5000, tr("amount")) }, CounterpartyCountry, 0,
        tr("payments"), smallRemittancesHighRisk);
    add("corridor_outflow_share", tr("Money out to corridors"),
        tr("At least minShare of the money out goes to high-risk corridor countries, with at least minOut paid out."),
        { own }, { P("minShare", 0.3, tr("share")), P("minOut", 2000, tr("amount")) }, CounterpartyCountry, 0,
        tr("share of money out"), corridorShare);
    add("income_inconsistent", tr("Turnover beyond declared income"),
        tr("Money in, annualised, at least ratio times the declared income, over at least minDays days."), { f20, ft },
        { P("ratio", 3, tr("times")), P("minDays", 60, tr("days")) }, DeclaredIncome, 0,
        tr("times the declared income"), incomeInconsistent);
    add("occupation_inconsistent", tr("Turnover beyond declared occupation"),
        tr("A declared occupation with little or no income (student, unemployed, retired…) and money in, annualised, "
           "of "
           "at least minTurnover, over at least minDays days."),
        { f20, ft }, { P("minTurnover", 30000, tr("amount")), P("minDays", 60, tr("days")) }, Occupation, 0,
        tr("annualised money in"), occupationInconsistent);
    add("cash_intensive", tr("Cash-intensive account"),
        tr("At least minShare of the money in is cash paid in, with at least minIn paid in."), { f14 },
        { P("minShare", 0.5, tr("share")), P("minIn", 2000, tr("amount")) }, 0, Field::Channel | Field::Category,
        tr("share of money in"), cashIntensive);
    add("multi_city_spending", tr("Spending in several cities"),
        tr("Card spending in at least minCities different places within windowDays days."), { ft },
        { P("minCities", 3, tr("places")), P("windowDays", 7, tr("days")) }, Location | Field::Channel, 0,
        tr("places in the window"), multiCitySpending);
}

const IndicatorLibrary& IndicatorLibrary::standard()
{
    static const IndicatorLibrary lib;
    return lib;
}

int IndicatorLibrary::indexOf(const QString& id) const
{
    for (int i = 0; i < int(m_defs.size()); ++i) {
        if (m_defs[size_t(i)].id == id)
            return i;
    }
    return -1;
}

bool IndicatorLibrary::setParameter(const QString& indicator, const QString& parameter, double value)
{
    const int i = indexOf(indicator);
    if (i < 0 || !std::isfinite(value))
        return false;
    auto& params = m_defs[size_t(i)].parameters;
    for (size_t k = 0; k < params.size(); ++k) {
        if (params[k].name == parameter) {
            params[k].value = value;
            m_values[size_t(i)][k] = value;
            return true;
        }
    }
    return false;
}

IndicatorResult IndicatorLibrary::evaluate(int index, const AccountLedger& ledger) const
{
    IndicatorResult r;
    evaluate(index, ledger, r);
    return r;
}

void IndicatorLibrary::evaluate(int index, const AccountLedger& ledger, IndicatorResult& r) const
{
    r.outcome = Outcome::NotAssessable;
    r.value = 0;
    r.evidence.clear();
    r.reason = nullptr;
    r.missing = 0;
    const IndicatorDefinition& d = m_defs[size_t(index)];
    if (const std::uint32_t missing = d.missingFields(ledger.fields)) {
        r.missing = missing;
        return;
    }
    r.outcome = m_evals[size_t(index)](ledger, m_values[size_t(index)].data(), r);
    if (r.outcome == Outcome::Miss)
        r.evidence.clear(); // evidence belongs to hits
}

} // namespace waymark::finance
