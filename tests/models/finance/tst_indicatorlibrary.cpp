#include "finance/indicatorlibrary.h"
#include "finance/typologyreader.h"
#include "financefixture.h"

#include <QMap>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <functional>

using namespace waymark;
using finance::Outcome;
using test::rows;
using Profile = test::FinanceFixture::Profile;

Q_DECLARE_METATYPE(finance::Outcome)

namespace {
// Row layout: day|hh:mm|amount|dir|counterparty|cpCountry|category|merchant|channel|location|reference
const QString kGroceries = QStringLiteral("%1|12:00|40|out|||groceries|FreshMart|card|London|");
const QString kNoFields = QStringLiteral("%1||40|out|||||||");

/// Receives one case of the table: indicator, case name, rows, profile, expected outcome and value.
using CaseSink = std::function<void(const char*, const char*, const QStringList&, const QVariantMap&, Outcome, double)>;

/// Every indicator's cases: a hit, a miss and a not-assessable one each (at least).
void indicatorCases(const CaseSink& sink)
{
    auto add = [&](const char* id, const char* what, QStringList data, Outcome o, double value, QVariantMap p = {}) {
        sink(id, what, data, p, o, value);
    };
    const Outcome H = Outcome::Hit, M = Outcome::Miss, N = Outcome::NotAssessable;
    const double any = -1;

    const QString ads = QStringLiteral("%1|02:00|50|out|||online_ads|NightClassifieds|card|online|");
    add("ads_payments", "hit", rows(4, ads), H, 4);
    add("ads_payments", "miss", rows(3, ads) + rows(1, kGroceries, 5), M, 3);
    add("ads_payments", "not assessable", rows(4, kNoFields), N, 0);
    // By merchant alone, with no category column.
    add("ads_payments", "hit by merchant", rows(4, QStringLiteral("%1|02:00|50|out||||Night Classifieds|card||")), H,
        4);

    const QString hotel = QStringLiteral("%1|15:00|80|out|||hotel|Budget Inn|card|Leeds|");
    add("hotel_frequent", "hit", rows(8, hotel, 0, 3), H, 8);
    add("hotel_frequent", "miss", rows(8, hotel, 0, 10), M, 3);
    add("hotel_frequent", "not assessable", rows(8, kNoFields), N, 0);

    add("hotel_multi_city", "hit",
        { QStringLiteral("0|22:00|80|out|||hotel|Inn|card|Leeds|"),
            QStringLiteral("2|22:00|80|out|||hotel|Inn|card|York|"),
            QStringLiteral("4|22:00|80|out|||hotel|Inn|card|Hull|") },
        H, 3);
    add("hotel_multi_city", "miss", rows(3, hotel, 0, 2), M, 1);
    add("hotel_multi_city", "not assessable", rows(3, QStringLiteral("%1|15:00|80|out|||hotel|Inn|card||")), N, 0);

    const QString late = QStringLiteral("%1|23:10|60|out|||hotel|Inn|card|Leeds|");
    add("late_night_spending", "hit", rows(10, late) + rows(10, kGroceries), H, 0.5);
    add("late_night_spending", "miss", rows(10, late) + rows(40, kGroceries), M, 0.2);
    add("late_night_spending", "not assessable", rows(10, QStringLiteral("%1||60|out|||hotel|Inn|card|Leeds|")), N, 0);

    add("prepaid_cards", "hit", rows(5, QStringLiteral("%1|11:00|120|out|||prepaid_cards|QuickCard|card||")), H, 5);
    add("prepaid_cards", "miss", rows(5, QStringLiteral("%1|11:00|50|out|||gift_cards|QuickCard|card||")), M, 5);
    add("prepaid_cards", "not assessable", rows(5, kNoFields), N, 0);

    add("rent_multiple_addresses", "hit",
        { QStringLiteral("0|09:00|600|out|Landlord A|GBR|rent||transfer||"),
            QStringLiteral("1|09:00|600|out|Landlord B|GBR|rent||transfer||") },
        H, 2);
    add("rent_multiple_addresses", "miss",
        rows(3, QStringLiteral("%1|09:00|600|out|Landlord A|GBR|rent||transfer||"), 0, 30), M, 1);
    add("rent_multiple_addresses", "not assessable", rows(3, QStringLiteral("%1|09:00|600|out|||rent||transfer||")), N,
        0);

    add("third_party_travel", "hit",
        { QStringLiteral("0|10:00|90|out|||travel|Coach|card||PASSENGER A"),
            QStringLiteral("1|10:00|90|out|||travel|Coach|card||PASSENGER B"),
            QStringLiteral("2|10:00|90|out|||travel|Coach|card||PASSENGER C") },
        H, 3);
    add("third_party_travel", "miss",
        { QStringLiteral("0|10:00|90|out|||travel|Coach|card||PASSENGER A"),
            QStringLiteral("1|10:00|90|out|||travel|Coach|card||PASSENGER B") },
        M, 2);
    add("third_party_travel", "not assessable", rows(3, QStringLiteral("%1|10:00|90|out|||travel|Coach|card||")), N, 0);

    add("one_way_travel", "hit", rows(3, QStringLiteral("%1|10:00|90|out|||travel|Coach one-way|card||")), H, 3);
    add("one_way_travel", "miss", rows(3, QStringLiteral("%1|10:00|90|out|||travel|Coach return|card||")), M, 0);
    add("one_way_travel", "not assessable", rows(3, QStringLiteral("%1|10:00|90|out|||travel||card||")), N, 0);

    add("cash_many_branches", "hit",
        { QStringLiteral("0|10:00|900|in|||cash||cash|Leeds branch|"),
            QStringLiteral("1|10:00|900|in|||cash||cash|York branch|"),
            QStringLiteral("2|10:00|900|in|||cash||cash|Hull branch|") },
        H, 3);
    add("cash_many_branches", "miss",
        { QStringLiteral("0|10:00|900|in|||cash||cash|Leeds branch|"),
            QStringLiteral("30|10:00|900|in|||cash||cash|York branch|"),
            QStringLiteral("60|10:00|900|in|||cash||cash|Hull branch|") },
        M, 1);
    add("cash_many_branches", "not assessable", rows(3, QStringLiteral("%1|10:00|900|in|||cash||cash||")), N, 0);

    add("structuring", "hit", { QStringLiteral("0|10:00|9500|in|||||||"), QStringLiteral("10|10:00|9800|in|||||||") },
        H, 2);
    add("structuring", "miss",
        { QStringLiteral("0|10:00|9500|in|||||||"), QStringLiteral("5|10:00|12000|in|||||||"),
            QStringLiteral("60|10:00|9800|in|||||||") },
        M, 1);
    add("structuring", "not assessable",
        { QStringLiteral("0|10:00|9500|in|||||||"), QStringLiteral("10|10:00|9800|in|||||||") }, N, 0,
        { { QStringLiteral("currency"), QStringLiteral("JPY") } });

    add("funnel_many_payers", "hit", rows(10, QStringLiteral("%1|19:00|100|in|Payer %1|GBR|transfer||transfer||")), H,
        10);
    add("funnel_many_payers", "miss",
        rows(5, QStringLiteral("%1|19:00|100|in|Payer A|GBR|transfer||transfer||"))
            + rows(5, QStringLiteral("%1|19:00|100|in|Payer B|GBR|transfer||transfer||")),
        M, 2);
    add("funnel_many_payers", "not assessable", rows(10, QStringLiteral("%1|19:00|100|in|||transfer||transfer||")), N,
        0);

    add("one_off_payers", "hit", rows(15, QStringLiteral("%1|19:00|100|in|Payer %1|GBR|transfer||transfer||"), 0, 20),
        H, 1.0);
    add("one_off_payers", "miss",
        rows(15, QStringLiteral("%1|19:00|100|in|Payer %1|GBR|transfer||transfer||"))
            + rows(15, QStringLiteral("%1|21:00|100|in|Payer %1|GBR|transfer||transfer||")),
        M, 0.0);
    add("one_off_payers", "not assessable", rows(15, QStringLiteral("%1|19:00|100|in|||transfer||transfer||")), N, 0);

    add("pass_through", "hit", { QStringLiteral("0|10:00|3000|in|||||||"), QStringLiteral("1|10:00|2400|out|||||||") },
        H, 0.8);
    add("pass_through", "miss",
        { QStringLiteral("0|10:00|3000|in|||||||"), QStringLiteral("10|10:00|2400|out|||||||") }, M, 0);
    add("pass_through", "not assessable",
        { QStringLiteral("0|10:00|500|in|||||||"), QStringLiteral("1|10:00|400|out|||||||") }, N, 0);

    add("low_balance", "hit", { QStringLiteral("0|10:00|3000|in|||||||"), QStringLiteral("20|10:00|2970|out|||||||") },
        H, 0.01);
    add("low_balance", "miss", { QStringLiteral("0|10:00|3000|in|||||||"), QStringLiteral("20|10:00|1500|out|||||||") },
        M, 0.5);
    add("low_balance", "not assessable",
        { QStringLiteral("0|10:00|100|in|||||||"), QStringLiteral("20|10:00|100|out|||||||") }, N, 0);

    add("no_living_expenses", "hit", rows(10, hotel, 0, 10), H, 0);
    add("no_living_expenses", "miss", rows(13, kGroceries, 0, 7), M, 13 * 30.0 / 85);
    add("no_living_expenses", "not assessable", rows(10, hotel, 0, 1), N, 0);

    add("wages_moved_on", "hit",
        { QStringLiteral("0|09:00|2000|in|Farm Ltd|GBR|salary||transfer||"),
            QStringLiteral("1|09:00|1800|out|Mr X|GBR|transfer||transfer||") },
        H, 0.9);
    add("wages_moved_on", "miss",
        { QStringLiteral("0|09:00|2000|in|Farm Ltd|GBR|salary||transfer||"),
            QStringLiteral("1|09:00|300|out|Mr X|GBR|transfer||transfer||") },
        M, 0.15);
    add("wages_moved_on", "not assessable",
        { QStringLiteral("0|09:00|2000|in|||salary||transfer||"),
            QStringLiteral("1|09:00|1800|out|||transfer||transfer||") },
        N, 0);

    const QString salary = QStringLiteral("%1|09:00|1200|in|Farm Ltd|GBR|salary||transfer||");
    add("several_workers_wages", "hit",
        { QStringLiteral("0|09:00|1200|in|Farm Ltd|GBR|salary||transfer||SALARY A"),
            QStringLiteral("0|09:00|1250|in|Farm Ltd|GBR|salary||transfer||SALARY B"),
            QStringLiteral("0|09:00|1300|in|Farm Ltd|GBR|salary||transfer||SALARY C") },
        H, 3);
    add("several_workers_wages", "miss", rows(3, salary, 0, 30), M, 1);
    add("several_workers_wages", "not assessable", rows(3, QStringLiteral("%1|09:00|1200|in|Farm Ltd|GBR|||||")), N, 0);

    add("shared_customer_details", "hit", rows(3, kGroceries), H, 2, { { QStringLiteral("share"), 2 } });
    add("shared_customer_details", "miss", rows(3, kGroceries), M, 1, { { QStringLiteral("share"), 1 } });
    add("shared_customer_details", "not assessable", rows(3, kGroceries), N, 0,
        { { QStringLiteral("noDetails"), true } });

    const QString night = QStringLiteral("%1|02:30|35|in|||sales||card|Shop|");
    const QString noon = QStringLiteral("%1|12:30|35|in|||sales||card|Shop|");
    add("odd_hours_takings", "hit", rows(10, night) + rows(10, noon), H, 0.5);
    add("odd_hours_takings", "miss", rows(10, night) + rows(60, noon), M, 10.0 / 70);
    add("odd_hours_takings", "not assessable", rows(10, QStringLiteral("%1|02:30|35|in|||sales|||Shop|")), N, 0);

    add("round_amounts", "hit", rows(10, QStringLiteral("%1|10:00|500|in|||||||")), H, 1);
    add("round_amounts", "miss", rows(10, QStringLiteral("%1|10:00|512.34|in|||||||")), M, 0);
    add("round_amounts", "not assessable", rows(3, QStringLiteral("%1|10:00|500|in|||||||")), N, 0);

    const QString visa = QStringLiteral("%1|11:00|400|out|Global Visa|GBR|visa_agency|Global Visa|transfer||");
    add("recruitment_visa_payments", "hit", rows(3, visa), H, 3);
    add("recruitment_visa_payments", "miss", rows(2, visa), M, 2);
    add("recruitment_visa_payments", "not assessable", rows(3, QStringLiteral("%1|11:00|400|out|Global Visa|GBR|||||")),
        N, 0);

    add("small_remittances_high_risk", "hit",
        rows(6, QStringLiteral("%1|12:00|200|out|Family|ALB|remittance||transfer||")), H, 6);
    add("small_remittances_high_risk", "miss",
        rows(6, QStringLiteral("%1|12:00|200|out|Family|FRA|remittance||transfer||")), M, 0);
    add("small_remittances_high_risk", "not assessable",
        rows(6, QStringLiteral("%1|12:00|200|out|Family||remittance||transfer||")), N, 0);

    add("corridor_outflow_share", "hit",
        { QStringLiteral("0|12:00|3000|out|Partner|NGA|transfer||transfer||"),
            QStringLiteral("1|12:00|1000|out|Shop|GBR|transfer||transfer||") },
        H, 0.75);
    add("corridor_outflow_share", "miss",
        { QStringLiteral("0|12:00|500|out|Partner|NGA|transfer||transfer||"),
            QStringLiteral("1|12:00|3500|out|Shop|GBR|transfer||transfer||") },
        M, 0.125);
    add("corridor_outflow_share", "not assessable",
        { QStringLiteral("0|12:00|3000|out|Partner||transfer||transfer||") }, N, 0);

    const QStringList bigIn { QStringLiteral("0|10:00|20000|in|||||||"), QStringLiteral("90|10:00|20000|in|||||||") };
    add("income_inconsistent", "hit", bigIn, H, 40000 * 365.0 / 91 / 10000, { { QStringLiteral("income"), 10000 } });
    add("income_inconsistent", "miss", bigIn, M, 40000 * 365.0 / 91 / 100000, { { QStringLiteral("income"), 100000 } });
    add("income_inconsistent", "not assessable", bigIn, N, 0);

    add("occupation_inconsistent", "hit", bigIn, H, 40000 * 365.0 / 91,
        { { QStringLiteral("occupation"), QStringLiteral("Student") } });
    add("occupation_inconsistent", "miss",
        { QStringLiteral("0|10:00|100|in|||||||"), QStringLiteral("90|10:00|100|in|||||||") }, M, 200 * 365.0 / 91,
        { { QStringLiteral("occupation"), QStringLiteral("student") } });
    add("occupation_inconsistent", "not assessable", bigIn, N, 0);

    add("cash_intensive", "hit",
        { QStringLiteral("0|10:00|3000|in|||||cash|Leeds|"), QStringLiteral("1|10:00|1000|in|||||transfer||") }, H,
        0.75);
    add("cash_intensive", "miss",
        { QStringLiteral("0|10:00|500|in|||||cash|Leeds|"), QStringLiteral("1|10:00|3500|in|||||transfer||") }, M,
        0.125);
    add("cash_intensive", "not assessable",
        { QStringLiteral("0|10:00|3000|in|||||||"), QStringLiteral("1|10:00|1000|in|||||||") }, N, 0);

    add("multi_city_spending", "hit",
        { QStringLiteral("0|12:00|20|out|||food|Cafe|card|Leeds|"),
            QStringLiteral("1|12:00|20|out|||food|Cafe|card|York|"),
            QStringLiteral("2|12:00|20|out|||food|Cafe|card|Hull|") },
        H, 3);
    add("multi_city_spending", "miss", rows(3, QStringLiteral("%1|12:00|20|out|||food|Cafe|card|Leeds|")), M, 1);
    add("multi_city_spending", "not assessable", rows(3, QStringLiteral("%1|12:00|20|out|||food|Cafe|card||")), N, 0);

    // FinCEN's funnel account: cash in away from home, out elsewhere soon after.
    const QVariantMap leeds { { QStringLiteral("address"), QStringLiteral("1 High St, Leeds, LS1 1AA") } };
    const QStringList away = rows(3, QStringLiteral("%1|10:00|900|in|||cash||cash|York|"), 0, 7)
        + rows(3, QStringLiteral("%1|16:00|850|out|||cash||atm|Hull|"), 1, 7);
    add("fincen_funnel_account", "hit", away, H, 3, leeds);
    add("fincen_funnel_account", "miss",
        rows(3, QStringLiteral("%1|10:00|900|in|||cash||cash|Leeds|"), 0, 7)
            + rows(3, QStringLiteral("%1|16:00|850|out|||cash||atm|Hull|"), 1, 7),
        M, 0, leeds);
    add("fincen_funnel_account", "miss: not taken out soon",
        rows(3, QStringLiteral("%1|10:00|900|in|||cash||cash|York|"), 0, 7)
            + rows(3, QStringLiteral("%1|16:00|850|out|||cash||atm|Hull|"), 5, 7),
        M, 0, leeds);
    add("fincen_funnel_account", "not assessable: no address", away, N, 0);

    const QString smallAds = QStringLiteral("%1|02:00|12|out|||online_ads|NightClassifieds|card|online|");
    add("ads_small_multiples", "hit", rows(4, smallAds), H, 4);
    add("ads_small_multiples", "miss", rows(4, ads), M, 0);
    add("ads_small_multiples", "not assessable", rows(4, kNoFields), N, 0);

    add("venue_after_hours", "hit", rows(3, QStringLiteral("%1|23:30|80|out|||massage parlour|Lotus|card|Leeds|")), H,
        3);
    add("venue_after_hours", "miss", rows(3, QStringLiteral("%1|15:00|80|out|||massage parlour|Lotus|card|Leeds|")), M,
        0);
    add("venue_after_hours", "not assessable",
        rows(3, QStringLiteral("%1||80|out|||massage parlour|Lotus|card|Leeds|")), N, 0);

    add("crypto_darknet", "hit", rows(1, QStringLiteral("%1|12:00|200|out|||darknet_market||online||")), H, 1);
    add("crypto_darknet", "miss", rows(2, QStringLiteral("%1|12:00|200|out|||crypto_exchange|Coinbase|online||")), M,
        0);
    add("crypto_darknet", "not assessable", rows(2, kNoFields), N, 0);

    add("virtual_currency_small_multiples", "hit",
        rows(5, QStringLiteral("%1|12:00|100|out|||crypto_exchange|Coinbase|online||")), H, 5);
    add("virtual_currency_small_multiples", "miss",
        rows(5, QStringLiteral("%1|12:00|137.5|out|||crypto_exchange|Coinbase|online||")), M, 0);
    add("virtual_currency_small_multiples", "not assessable", rows(5, kNoFields), N, 0);

    const QString processor = QStringLiteral("%1|12:00|75|in|||payment_processor|Payoneer|online||");
    add("third_party_processor", "hit", rows(5, processor), H, 5);
    add("third_party_processor", "miss", rows(4, processor), M, 4);
    add("third_party_processor", "not assessable", rows(5, kNoFields), N, 0);

    add("online_payment_small", "hit", rows(10, QStringLiteral("%1|20:00|40|out|||paypal|PayPal|online||")), H, 10);
    add("online_payment_small", "miss", rows(10, QStringLiteral("%1|20:00|250|out|||paypal|PayPal|online||")), M, 0);
    add("online_payment_small", "not assessable", rows(10, kNoFields), N, 0);

    const QString shop = QStringLiteral("%1|13:00|45|out|||clothing|Lace Lingerie|card|Leeds|");
    add("personal_shopping", "hit", rows(12, shop), H, 12);
    add("personal_shopping", "miss", rows(12, shop, 0, 5), M, 6);
    add("personal_shopping", "not assessable", rows(12, kNoFields), N, 0);

    // issue 19: the structural indicators. `others` are rows of other
    // accounts ("KEY:row"), for the money-flow graph the account sits in.
    auto others = [](QStringList rows) { return QVariantMap { { QStringLiteral("others"), rows } }; };
    const QStringList background = rows(5, kGroceries, 0, 10); // 41 days of ordinary spending
    QStringList fanIn = background, fanInRepeat = background;
    for (int k = 0; k < 5; ++k) {
        fanIn << QStringLiteral("%1||500|in|P%2||||||").arg(20 + k).arg(k);
        fanInRepeat << QStringLiteral("%1||500|in|P%2||||||").arg(5 + k).arg(k)
                    << QStringLiteral("%1||500|in|P%2||||||").arg(25 + k).arg(k);
    }
    add("fan_in_burst", "hit", fanIn, H, 5);
    add("fan_in_burst", "miss: the payers come back", fanInRepeat, M, 0);
    add("fan_in_burst", "not assessable: too short", fanIn.mid(5), N, 0);
    QStringList fanOut = background, payroll = background;
    for (int k = 0; k < 5; ++k) {
        fanOut << QStringLiteral("%1||500|out|Q%2||||||").arg(20 + k).arg(k);
        for (int month = 0; month < 2; ++month) // the same staff every month
            payroll << QStringLiteral("%1||500|out|Q%2||||||").arg(3 + 28 * month).arg(k);
    }
    add("fan_out_burst", "hit", fanOut, H, 5);
    add("fan_out_burst", "miss: a payroll", payroll, M, 0);
    add("fan_out_burst", "not assessable: too short", fanOut.mid(5), N, 0);
    QStringList gather, gatherKept;
    for (int k = 0; k < 4; ++k) {
        gather << QStringLiteral("%1||1000|in|G%1||||||").arg(k);
        gatherKept << QStringLiteral("%1||1000|in|G%1||||||").arg(k);
    }
    for (int k = 0; k < 4; ++k) {
        gather << QStringLiteral("%1||900|out|S%1||||||").arg(4 + k);
        gatherKept << QStringLiteral("%1||100|out|S%1||||||").arg(4 + k);
    }
    add("gather_scatter", "hit", gather, H, 0.9);
    add("gather_scatter", "miss: most is kept", gatherKept, M, 0.1);
    add("gather_scatter", "not assessable", rows(8, kNoFields), N, 0);
    // ACC-1 → B → C → ACC-1 within days; a loan and its repayment is no cycle.
    add("cycle_back", "hit",
        { QStringLiteral("1||1000|out||||||||B"), QStringLiteral("5||900|in||||||||C"),
            QStringLiteral("6||40|out||||||||D") },
        H, 3, others({ QStringLiteral("B:3||950|out||||||||C") }));
    add("cycle_back", "miss: a loan repaid",
        { QStringLiteral("1||1000|out||||||||B"), QStringLiteral("5||1000|in||||||||B"),
            QStringLiteral("6||40|out||||||||D") },
        M, 0, others({ QStringLiteral("B:3||950|out||||||||C"), QStringLiteral("B:5||1000|out||||||||ACC-1") }));
    // ACC-1 in the middle of a cycle O began: O → P → ACC-1 → B → C → D → O,
    // a margin kept at each hop, so O's payment is more than came back to it
    // (the one pair out of the band, where the cycle began).
    const QStringList middle { QStringLiteral("2||950|in||||||||P"), QStringLiteral("3||900|out||||||||B"),
        QStringLiteral("6||40|out||||||||Z") };
    add("cycle_back", "hit: a member of a cycle begun elsewhere", middle, H, 6,
        others({ QStringLiteral("B:4||860|out||||||||C"), QStringLiteral("C:5||820|out||||||||D"),
            QStringLiteral("D:6||780|out||||||||O"), QStringLiteral("O:1||1000|out||||||||P") }));
    add("cycle_back", "miss: two pairs out of the band", middle, M, 0,
        others({ QStringLiteral("B:4||860|out||||||||C"), QStringLiteral("C:5||820|out||||||||D"),
            QStringLiteral("D:6||500|out||||||||O"), QStringLiteral("O:1||1000|out||||||||P") }));
    add("cycle_back", "not assessable", rows(4, kNoFields), N, 0);
    const QStringList scatter { QStringLiteral("1||1000|out||||||||B1"), QStringLiteral("1||1000|out||||||||B2"),
        QStringLiteral("2||1000|out||||||||B3"), QStringLiteral("0||3000|in||||||||F") };
    add("scatter_gather", "hit", scatter, H, 3,
        others({ QStringLiteral("B1:3||950|out||||||||Z"), QStringLiteral("B2:3||950|out||||||||Z"),
            QStringLiteral("B3:4||950|out||||||||Z") }));
    add("scatter_gather", "miss: the branches keep it", scatter, M, 0,
        others({ QStringLiteral("B1:3||100|out||||||||Z"), QStringLiteral("B2:3||100|out||||||||Z"),
            QStringLiteral("B3:4||100|out||||||||Z") }));
    add("scatter_gather", "not assessable", rows(4, kNoFields), N, 0);
    // Paid in by S, about as much paid on within days to accounts paid only
    // then, twice; not when what leaves is a different sum (wages in, the
    // week's spending out), nor when it goes to a regular payee.
    const QStringList chain { QStringLiteral("1||1000|in||||||||S"), QStringLiteral("2||950|out||||||||T1"),
        QStringLiteral("10||800|in||||||||S"), QStringLiteral("11||760|out||||||||T2") };
    add("pass_through_chain", "hit", chain, H, 2);
    add("pass_through_chain", "miss: to a regular payee",
        chain.mid(0, 2) << QStringLiteral("10||800|in||||||||S") << QStringLiteral("11||760|out||||||||T1"), M, 0);
    add("pass_through_chain", "miss: other sums leave",
        { QStringLiteral("1||1000|in||||||||S"), QStringLiteral("2||95|out||||||||T"),
            QStringLiteral("3||60|out||||||||U"), QStringLiteral("10||800|in||||||||S") },
        M, 0);
    add("pass_through_chain", "not assessable", rows(4, kNoFields), N, 0);
    // One of four one-off payers of H within days, with a sum large for it;
    // not when the others pay H again and again.
    const QStringList paysH { QStringLiteral("5||500|out||||||||H"), QStringLiteral("6||40|out||||||||D"),
        QStringLiteral("7||30|out||||||||E") };
    add("fan_member", "hit", paysH, H, 4,
        others({ QStringLiteral("P1:3||300|out||||||||H"), QStringLiteral("P2:4||300|out||||||||H"),
            QStringLiteral("P3:8||300|out||||||||H") }));
    add("fan_member", "miss: regular payers", paysH, M, 1,
        others({ QStringLiteral("P1:3||300|out||||||||H"), QStringLiteral("P1:33||300|out||||||||H"),
            QStringLiteral("P2:4||300|out||||||||H"), QStringLiteral("P2:34||300|out||||||||H") }));
    add("fan_member", "not assessable", rows(4, kNoFields), N, 0);
    // Pays B1 and B2 once each, sums large for it, and so does P within
    // days: a block of payers paying the same payees (AMLSim's bipartite);
    // not when each payee's other payer is someone else.
    const QStringList paysBlock { QStringLiteral("5||500|out||||||||B1"), QStringLiteral("7||500|out||||||||B2"),
        QStringLiteral("6||40|out||||||||D"), QStringLiteral("8||30|out||||||||E"),
        QStringLiteral("9||35|out||||||||F") };
    add("shared_counterparties", "hit", paysBlock, H, 2,
        others({ QStringLiteral("P:4||450|out||||||||B1"), QStringLiteral("P:6||450|out||||||||B2") }));
    add("shared_counterparties", "miss: different payers", paysBlock, M, 1,
        others({ QStringLiteral("P:4||450|out||||||||B1"), QStringLiteral("Q:6||450|out||||||||B2") }));
    add("shared_counterparties", "miss: small sums",
        paysBlock.mid(2) << QStringLiteral("5||45|out||||||||B1") << QStringLiteral("7||45|out||||||||B2"), M, 0,
        others({ QStringLiteral("P:4||450|out||||||||B1"), QStringLiteral("P:6||450|out||||||||B2") }));
    add("shared_counterparties", "not assessable", rows(4, kNoFields), N, 0);
    Q_UNUSED(any);
}
} // namespace

class TestIndicatorLibrary : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void library()
    {
        // DOMAIN.md §4 lists these as in no public text: they cite none.
        for (const char* own : { "rent_multiple_addresses", "one_way_travel", "low_balance", "no_living_expenses",
                 "wages_moved_on", "round_amounts", "funnel_many_payers" }) {
            const auto& l = finance::IndicatorLibrary::standard();
            QCOMPARE(l.definitions().at(size_t(l.indexOf(QLatin1String(own)))).sources,
                QStringList { QStringLiteral("Waymark heuristic") });
        }
        const auto& lib = finance::IndicatorLibrary::standard();
        QVERIFY(lib.size() >= 25);
        QSet<QString> ids;
        for (const auto& d : lib.definitions()) {
            QVERIFY2(!ids.contains(d.id), qPrintable(d.id));
            ids.insert(d.id);
            QVERIFY(!d.title.isEmpty() && !d.description.isEmpty() && !d.valueUnit.isEmpty());
            QVERIFY(!d.sources.isEmpty());
            // A public list by document and year (DOMAIN.md §4), or a heuristic said to be one.
            static const QStringList lists { QStringLiteral("FinCEN FIN-2014-A008 (2014)"),
                QStringLiteral("FinCEN FIN-2020-A008 (2020)"),
                QStringLiteral("FATF-APG Financial Flows from Human Trafficking (2018)"),
                QStringLiteral("FINTRAC Project Protect (FINTRAC-2016-OA003, FINTRAC-2021-OA001)"),
                QStringLiteral("IBM AMLSim typologies (github.com/IBM/AMLSim)") };
            for (const QString& s : d.sources)
                QVERIFY2(lists.contains(s) || (s == QLatin1String("Waymark heuristic") && d.sources.size() == 1),
                    qPrintable(d.id + QLatin1String(": ") + s));
            for (const auto& p : d.parameters)
                QVERIFY2(d.description.contains(p.name), qPrintable(d.id + QLatin1Char(' ') + p.name));
        }
    }

    void fintracServesSexualExploitationOnly()
    {
        // FINTRAC's Project Protect alerts cover sexual exploitation: an
        // indicator only they hold is never weighed in a labour typology.
        const QString fintrac = QStringLiteral("FINTRAC Project Protect (FINTRAC-2016-OA003, FINTRAC-2021-OA001)");
        const auto& lib = finance::IndicatorLibrary::standard();
        auto typologies = finance::TypologyReader::builtIn();
        QVERIFY(typologies);
        for (const auto& t : typologies.value()) {
            if (t.id == QLatin1String("sexual_exploitation_controller"))
                continue;
            for (const auto& w : t.weights) {
                const auto& d = lib.definitions()[size_t(lib.indexOf(w.indicator))];
                QVERIFY2(d.sources != QStringList { fintrac }, qPrintable(t.id + QLatin1String(": ") + w.indicator));
            }
        }
        // The fan-in heuristic is not FinCEN's funnel account, which is its own indicator.
        const auto& fanIn = lib.definitions()[size_t(lib.indexOf(QStringLiteral("funnel_many_payers")))];
        QVERIFY(fanIn.title.contains(QStringLiteral("fan-in")));
        const auto& funnel = lib.definitions()[size_t(lib.indexOf(QStringLiteral("fincen_funnel_account")))];
        QVERIFY(funnel.sources.contains(QStringLiteral("FinCEN FIN-2020-A008 (2020)")));
    }

    void indicator_data()
    {
        QTest::addColumn<QString>("indicator");
        QTest::addColumn<QStringList>("data");
        QTest::addColumn<QVariantMap>("profile");
        QTest::addColumn<Outcome>("expected");
        QTest::addColumn<double>("value");
        indicatorCases([](const char* id, const char* what, const QStringList& data, const QVariantMap& p, Outcome o,
                           double value) {
            QTest::addRow("%s %s", id, what) << QString::fromLatin1(id) << data << p << o << value;
        });
    }

    void indicator()
    {
        QFETCH(QString, indicator);
        QFETCH(QStringList, data);
        QFETCH(QVariantMap, profile);
        QFETCH(Outcome, expected);
        QFETCH(double, value);
        QTemporaryDir dir;
        test::FinanceFixture fx(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(fx.ok());
        Profile p;
        p.currency = profile.value(QStringLiteral("currency"), QStringLiteral("GBP")).toString();
        p.occupation = profile.value(QStringLiteral("occupation")).toString();
        p.income = profile.value(QStringLiteral("income"), -1.0).toDouble();
        p.noDetails = profile.value(QStringLiteral("noDetails")).toBool();
        p.address = profile.value(QStringLiteral("address")).toString();
        const int share = profile.value(QStringLiteral("share"), 0).toInt();
        if (share > 0)
            p.phone = QStringLiteral("07999000111");
        const qint64 account = fx.addAccount(QStringLiteral("ACC-1"), p);
        QVERIFY(account > 0);
        for (int k = 0; k < share; ++k) {
            Profile other;
            other.phone = p.phone;
            QVERIFY(fx.addAccount(QStringLiteral("OTHER-%1").arg(k), other) > 0);
        }
        QVERIFY(fx.addRows(account, data, p.currency));
        QMap<QString, qint64> otherAccounts;
        for (const QString& row : profile.value(QStringLiteral("others")).toStringList()) {
            const QString key = row.section(QLatin1Char(':'), 0, 0);
            if (!otherAccounts.contains(key))
                otherAccounts.insert(key, fx.addAccount(key));
            QVERIFY(fx.addRow(otherAccounts.value(key), row.section(QLatin1Char(':'), 1), p.currency));
        }
        const finance::AccountLedger ledger = fx.ledger(account);
        QCOMPARE(ledger.entries.size(), size_t(data.size()));
        const auto& lib = finance::IndicatorLibrary::standard();
        const int index = lib.indexOf(indicator);
        QVERIFY(index >= 0);
        const finance::IndicatorResult r = lib.evaluate(index, ledger);
        QVERIFY2(r.outcome == expected,
            qPrintable(QStringLiteral("got %1 (value %2, %3)")
                           .arg(finance::outcomeName(r.outcome))
                           .arg(r.value)
                           .arg(r.reasonText())));
        if (expected == Outcome::NotAssessable) {
            QVERIFY2(!r.reasonText().isEmpty(), "a not-assessable result says why");
            QVERIFY(r.evidence.empty());
        } else {
            QVERIFY2(qAbs(r.value - value) < 1e-6, qPrintable(QStringLiteral("value %1").arg(r.value)));
        }
        if (expected == Outcome::Hit && indicator != QLatin1String("shared_customer_details")) {
            // (Shared details are evidence about accounts, not transactions.)
            QVERIFY(!r.evidence.empty());
            // Evidence is transactions of this account.
            for (qint64 id : r.evidence) {
                store::Statement& st = fx.ws().cached("SELECT account_id FROM transactions WHERE id = ?");
                st.bind(1, id);
                QVERIFY(st.next());
                QCOMPARE(st.int64(0), account);
                st.reset();
            }
        } else {
            QVERIFY(r.evidence.empty());
        }
    }

    void everyIndicatorHasThreeCases()
    {
        // The case table covers a hit, a miss and a not-assessable case of
        // every indicator in the library, and names no other indicator.
        QMap<QString, QSet<int>> covered;
        indicatorCases([&](const char* id, const char*, const QStringList&, const QVariantMap&, Outcome o, double) {
            covered[QString::fromLatin1(id)].insert(int(o));
        });
        const auto& lib = finance::IndicatorLibrary::standard();
        QCOMPARE(covered.size(), lib.size());
        for (const auto& d : lib.definitions()) {
            QVERIFY2(covered.contains(d.id), qPrintable(d.id));
            QVERIFY2(covered.value(d.id)
                    == (QSet<int> { int(Outcome::Hit), int(Outcome::Miss), int(Outcome::NotAssessable) }),
                qPrintable(d.id));
        }
    }

    // The compiled French catalogue reaches the indicators' titles,
    // descriptions, units and reasons.
    void indicatorsSpeakFrench()
    {
        QTranslator french;
        QVERIFY2(french.load(QStringLiteral(WAYMARK_FR_QM)), WAYMARK_FR_QM);
        QCoreApplication::installTranslator(&french);
        const finance::IndicatorLibrary lib;
        const auto& ads = lib.definitions().at(size_t(lib.indexOf(QStringLiteral("ads_payments"))));
        QCoreApplication::removeTranslator(&french);
        QCOMPARE(ads.title, QStringLiteral("Paiements à des sites d'escorte ou de petites annonces"));
        QVERIFY2(ads.description.startsWith(QStringLiteral("Paiements répétés")), qPrintable(ads.description));
        QCOMPARE(ads.valueUnit, QStringLiteral("paiements"));
        const finance::IndicatorLibrary english;
        QCOMPARE(english.definitions().at(size_t(english.indexOf(QStringLiteral("ads_payments")))).title,
            QStringLiteral("Escort or classified ad payments"));
    }

    void parametersTune()
    {
        finance::IndicatorLibrary lib;
        QVERIFY(lib.setParameter(QStringLiteral("ads_payments"), QStringLiteral("minCount"), 2));
        QVERIFY(!lib.setParameter(QStringLiteral("ads_payments"), QStringLiteral("nope"), 2));
        QVERIFY(!lib.setParameter(QStringLiteral("nope"), QStringLiteral("minCount"), 2));
        QVERIFY(!lib.setParameter(QStringLiteral("ads_payments"), QStringLiteral("minCount"), qQNaN()));
        QTemporaryDir dir;
        test::FinanceFixture fx(dir.filePath(QStringLiteral("w.waymark")));
        const qint64 a = fx.addAccount(QStringLiteral("A"));
        QVERIFY(fx.addRows(a, rows(2, QStringLiteral("%1|02:00|50|out|||online_ads|Ads|card||"))));
        const auto ledger = fx.ledger(a);
        QCOMPARE(lib.evaluate(lib.indexOf(QStringLiteral("ads_payments")), ledger).outcome, Outcome::Hit);
        QCOMPARE(
            finance::IndicatorLibrary::standard().evaluate(lib.indexOf(QStringLiteral("ads_payments")), ledger).outcome,
            Outcome::Miss);
    }
};

QTEST_GUILESS_MAIN(TestIndicatorLibrary)
#include "tst_indicatorlibrary.moc"
