#include "indicatorlibrary.h"

#include "finance/indicatorchecks.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace waymark::finance {

QStringList Field::names(std::uint32_t mask)
{
    static const char* const kNames[] = { "time of day", "category", "merchant", "counterparty", "counterparty country",
        "channel", "location", "reference", "customer address", "customer phone", "customer e-mail", "occupation",
        "declared income", "counterparty account" };
    QStringList out;
    for (int b = 0; b < int(std::size(kNames)); ++b) {
        if (mask & (1u << b))
            out << QLatin1String(kNames[b]);
    }
    return out;
}

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

// The public lists an indicator may cite (DOMAIN.md §4), by document and
// year; an indicator none of them holds is a Waymark heuristic and says so.
const char* const kFinCEN2014 = "FinCEN FIN-2014-A008 (2014)";
const char* const kFinCEN2020 = "FinCEN FIN-2020-A008 (2020)";
const char* const kFATF = "FATF-APG Financial Flows from Human Trafficking (2018)";
const char* const kFINTRAC = "FINTRAC Project Protect (FINTRAC-2016-OA003, FINTRAC-2021-OA001)";
const char* const kHeuristic = "Waymark heuristic";
// The alert typologies of IBM's open anti-money-laundering simulator, which
// banks and researchers use as shared ground: fan-in, fan-out, cycle,
// scatter-gather, gather-scatter, bipartite, stack.
const char* const kAMLSim = "IBM AMLSim typologies (github.com/IBM/AMLSim)";

} // namespace

using namespace checks;

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

    // DOMAIN.md §4's transaction-checkable flags added for issue 14. Amount
    // limits and windows are Waymark's parameter choices, not the lists'.
    add("fincen_funnel_account", tr("Funnel account (FinCEN)"),
        tr("Cash paid in where the customer neither lives nor does business (a place that is none of the parts of "
           "the holder's address), then taken out in cash in another place within windowDays days: at least minCount "
           "such deposits (FinCEN's funnel-account typology; window and count are Waymark's choice)."),
        { f14, f20 }, { P("windowDays", 3, tr("days")), P("minCount", 3, tr("deposits")) }, Location | CustomerAddress,
        Field::Channel | Field::Category, tr("deposits taken out elsewhere"), fincenFunnel);
    add("ads_small_multiples", tr("Ad payments in small multiples"),
        tr("At least minCount payments to online classified or escort advertising of at most maxAmount that are whole "
           "multiples of unit ($3, $12, $24 in the advisories; unit and maxAmount are Waymark's choice)."),
        { f14, f20, ft },
        { P("unit", 3, tr("amount")), P("maxAmount", 60, tr("amount")), P("minCount", 4, tr("payments")) }, 0,
        Field::Category | Merchant, tr("payments"), adsSmallMultiples);
    add("venue_after_hours", tr("After-hours payments at massage parlours, strip clubs, salons, modelling agencies"),
        tr("At least minCount card payments at massage parlours, strip clubs, beauty salons or modelling agencies "
           "between startHour and endHour, after their normal business hours (the hours are Waymark's choice)."),
        { ft }, { P("startHour", 22, tr("hour")), P("endHour", 6, tr("hour")), P("minCount", 3, tr("payments")) },
        TimeOfDay, Field::Category | Merchant, tr("payments"), venueAfterHours);
    add("crypto_darknet", tr("Crypto to or from darknet markets"),
        tr("At least minCount payments to or from darknet markets (by category or merchant name)."), { f20, ft },
        { P("minCount", 1, tr("payments")) }, 0, Field::Category | Merchant | Counterparty, tr("payments"),
        cryptoDarknet);
    add("virtual_currency_small_multiples", tr("Virtual-currency buys in small multiples"),
        tr("At least minCount purchases of virtual currency of at most maxAmount that are whole multiples of unit "
           "(unit and maxAmount are Waymark's choice)."),
        { f20, ft }, { P("unit", 50, tr("amount")), P("maxAmount", 500, tr("amount")), P("minCount", 5, tr("buys")) },
        0, Field::Category | Merchant, tr("buys"), virtualCurrencySmallMultiples);
    add("third_party_processor", tr("Third-party payment processors"),
        tr("At least minCount payments in or out through third-party payment processors, which can hide the payer or "
           "payee."),
        { f20, ft }, { P("minCount", 5, tr("payments")) }, 0, Field::Category | Merchant, tr("payments"),
        paymentProcessor);
    add("online_payment_small", tr("Small online-payment-service transactions"),
        tr("At least minCount transactions under maxAmount through online payment services within windowDays days "
           "(the advisories: usually under $100)."),
        { f20, ft },
        { P("maxAmount", 100, tr("amount")), P("minCount", 10, tr("transactions")), P("windowDays", 30, tr("days")) },
        0, Field::Category | Merchant, tr("transactions in the window"), onlinePaymentSmall);
    add("personal_shopping", tr("Drug, clothing and beauty store purchases"),
        tr("At least minCount purchases at drug, clothing and beauty stores (lingerie, make-up) within windowDays "
           "days; whether that fits the customer's profile is for the analyst (the count is Waymark's choice)."),
        { ft }, { P("minCount", 12, tr("purchases")), P("windowDays", 30, tr("days")) }, 0, Field::Category | Merchant,
        tr("purchases in the window"), personalShopping);

    // Structural indicators of moving proceeds (issue 19), on the two-sided
    // ledger and the money-flow graph. The shapes are AMLSim's typologies;
    // every window, count and share is Waymark's choice and said to be.
    const QString aml = QLatin1String(kAMLSim);
    add("fan_in_burst", tr("Fan-in of one-off payers"),
        tr("At least minPayers payers whose every payment in falls within one window of windowDays days (one-off "
           "payers arriving together, not returning customers); judged over at least three windows of data. "
           "AMLSim's fan-in; the window and count are Waymark's choice."),
        { aml }, { P("minPayers", 4, tr("payers")), P("windowDays", 10, tr("days")) }, Counterparty, 0,
        tr("one-off payers in the window"), fanInBurst);
    add("fan_out_burst", tr("Fan-out to one-off payees"),
        tr("At least minPayees payees whose every payment out falls within one window of windowDays days (not a "
           "payroll's monthly staff); judged over at least three windows of data. AMLSim's fan-out; the window and "
           "count are Waymark's choice."),
        { aml }, { P("minPayees", 4, tr("payees")), P("windowDays", 10, tr("days")) }, Counterparty, 0,
        tr("one-off payees in the window"), fanOutBurst);
    add("gather_scatter", tr("Gather then scatter"),
        tr("Within windowDays days at least minPayers different payers pay in, at least minPayees different payees "
           "are paid, and the money out is at least minShare of the money in. AMLSim's gather-scatter; the numbers "
           "are Waymark's choice."),
        { aml },
        { P("minPayers", 4, tr("payers")), P("minPayees", 4, tr("payees")), P("windowDays", 10, tr("days")),
            P("minShare", 0.6, tr("share")) },
        Counterparty, 0, tr("share of money in paid out"), gatherScatter);
    add("cycle_back", tr("Money cycles back to the sender"),
        tr("Money paid out comes back to the account through other accounts, each transfer, read from where the "
           "cycle began (which may be another account of it), carrying at least minShare of the one before (and at "
           "most 1 / minShare times it: the same money less a margin), the cycle "
           "at least minLength transfers long (a loan and its repayment is two), every transfer within windowDays "
           "days of the account's payment (either side: a member of a cycle that began elsewhere is paid before it "
           "pays on), up to eight transfers. AMLSim's cycle; the numbers are Waymark's choice."),
        { aml },
        { P("minLength", 3, tr("transfers")), P("windowDays", 20, tr("days")), P("minShare", 0.8, tr("share")) },
        CounterpartyAccount, 0, tr("transfers in the cycle"), cycleBack);
    add("scatter_gather", tr("Scatter then gather"),
        tr("The account pays at least minBranches accounts within windowDays days which each pass at least minShare "
           "of it on to one and the same account (or it is that account, gathering from branches one account fed). "
           "Accounts with more than 200 transfers in the window are not counted as branches. AMLSim's "
           "scatter-gather; the numbers are Waymark's choice."),
        { aml },
        { P("minBranches", 3, tr("accounts")), P("windowDays", 20, tr("days")), P("minShare", 0.6, tr("share")) },
        CounterpartyAccount, 0, tr("branches to one account"), scatterGather);
    add("pass_through_chain", tr("Rapid pass-through of the same money"),
        tr("Payments in from one account followed within windowDays days by a payment out of about the same sum "
           "(at least minShare of it, at most 1 / minShare times it) to another account this one pays only that "
           "once: the account is a link in a chain, not a shopper or a parent paying an allowance. At least "
           "minLinks such payments. AMLSim's stack and the layering inside cycles and scatter-gather; the "
           "numbers are Waymark's choice."),
        { aml }, { P("windowDays", 5, tr("days")), P("minShare", 0.7, tr("share")), P("minLinks", 2, tr("payments")) },
        CounterpartyAccount, 0, tr("payments passed on"), passThroughChain);
    add("fan_member", tr("One of the parties of a fan-in or fan-out"),
        tr("A one-off payment, at least minRatio times the account's median transfer, to an account that within "
           "windowDays days either side took one-off payments from others too (at least minParties one-off payers "
           "with this one), or such a payment from an account that made one-off payments to at least minParties "
           "accounts. Accounts with more than 200 transfers in that time are not counted (a shop, a payroll). "
           "AMLSim's fan-in and fan-out, seen from the parties; the numbers are Waymark's choice."),
        { aml }, { P("minParties", 3, tr("parties")), P("windowDays", 10, tr("days")), P("minRatio", 2, tr("times")) },
        CounterpartyAccount, 0, tr("one-off parties of the fan"), fanMember);
    add("shared_counterparties", tr("Deals with the same one-off parties as another account"),
        tr("One-off payments, each at least minRatio times the account's median transfer, to at least minShared "
           "accounts that another account also paid once within windowDays days either side (or such payments from "
           "at least minShared accounts that also paid another account once): a block of payers who all pay the "
           "same payees. Accounts with more than 200 transfers in that time are not counted (a shop, a payroll). "
           "AMLSim's bipartite and the layers of its stack; the numbers are Waymark's choice."),
        { aml }, { P("minShared", 2, tr("accounts")), P("windowDays", 10, tr("days")), P("minRatio", 2, tr("times")) },
        CounterpartyAccount, 0, tr("parties shared with one other account"), sharedCounterparties);
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
