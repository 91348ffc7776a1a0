#include "samplebank.h"

#include <cmath>

namespace waymark::sample {

const char* const kCities[8]
    = { "London", "Birmingham", "Manchester", "Leeds", "Liverpool", "Bristol", "Glasgow", "Cardiff" };

namespace {

const char* const kFirst[] = { "Adrian", "Bogdan", "Chen", "Dimitri", "Elena", "Fatima", "Gheorghe", "Hoa", "Ion",
    "Joy", "Kwame", "Lina", "Mihai", "Nguyen", "Olga", "Pedro", "Qadir", "Rosa", "Sami", "Tuan", "Uche", "Vera", "Wei",
    "Xenia", "Yusuf", "Zora", "Arben", "Blessing", "Dorin", "Ermal" };
const char* const kLast[] = { "Popescu", "Tran", "Okafor", "Hoxha", "Ivanova", "Garcia", "Le", "Mensah", "Kovac",
    "Rahman", "Silva", "Novak", "Pham", "Osei", "Dumitru", "Krasniqi", "Santos", "Wang", "Petrov", "Adeyemi" };
const char* const kJobs[]
    = { "nurse", "teacher", "driver", "electrician", "accountant", "chef", "warehouse operative" };

using Ledger = SampleLedger;
using Account = SampleAccount;

QString city(Random& r)
{
    return QLatin1String(kCities[r.between(0, 7)]);
}

void ordinaryYear(Ledger& l, const Account& a, Random& r)
{
    const QString home = city(r);
    const double salary = double(r.between(1800, 3800));
    for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(1)) {
        if (d.day() == 25)
            l.add(a, d, 9, salary, "in", QStringLiteral("Employer %1 Ltd").arg(a.id.right(3)), "salary", QString(),
                "transfer", home, "GBR", "GBR", QStringLiteral("SALARY"));
        if (d.day() == 1)
            l.add(a, d, 8, double(r.between(650, 1200)), "out", QStringLiteral("Landlord %1").arg(a.id.right(2)),
                "rent", QString(), "transfer", home);
        if (d.day() == 5) {
            l.add(a, d, 10, double(r.between(60, 140)), "out", QStringLiteral("Power & Gas Co"), "utilities", QString(),
                "transfer", home);
            l.add(a, d, 10, double(r.between(15, 45)), "out", QStringLiteral("MobileNet"), "phone", QString(),
                "transfer", home);
        }
        if (d.dayOfWeek() == 6)
            l.add(a, d, int(r.between(9, 18)), double(r.between(2500, 9000)) / 100, "out", QString(), "groceries",
                QStringLiteral("FreshMart"), "card", home);
        if (r.chance(0.12))
            l.add(a, d, int(r.between(12, 21)), double(r.between(800, 4500)) / 100, "out", QString(), "restaurant",
                QStringLiteral("Bistro %1").arg(r.between(1, 40)), "card", home);
        if (r.chance(0.08))
            l.add(a, d, int(r.between(7, 19)), double(r.between(200, 1500)) / 100, "out", QString(), "transport",
                QStringLiteral("City Transport"), "card", home);
        if (r.chance(0.02))
            l.add(a, d, int(r.between(9, 17)), double(r.between(20, 30)) * 10, "out", QString(), "cash", QString(),
                "atm", home);
        if (r.chance(0.004))
            l.add(a, d, int(r.between(14, 22)), double(r.between(9000, 18000)) / 100, "out", QString(), "hotel",
                QStringLiteral("Seaside Hotel"), "card", QStringLiteral("Brighton"));
    }
}

void sexualExploitationController(Ledger& l, const Account& a, Random& r)
{
    using namespace PlantedRates;
    // Each behaviour shown or not, once per account, at its documented rate.
    const bool all = a.complete;
    bool payers = all || r.chance(ThirdPartyPayers);
    const bool ads = all || r.chance(Ads), hotels = all || r.chance(Hotels), late = all || r.chance(LateNight),
               prepaid = all || r.chance(Prepaid), cash = all || r.chance(CashNearThreshold),
               remit = all || r.chance(Remittances);
    if (!(payers || ads || hotels || late || prepaid || cash || remit))
        payers = true;
    for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(1)) {
        // Funnel: many third parties pay in small sums.
        for (int k = payers ? int(r.between(0, 3)) : 0; k > 0; --k)
            l.add(a, d, int(r.between(18, 23)), double(r.between(60, 250)), "in", personName(r), "transfer", QString(),
                "transfer", QString());
        if (ads && r.chance(0.35))
            l.add(a, d, int(r.between(0, 3)), double(r.between(3000, 9000)) / 100, "out", QString(), "online_ads",
                QStringLiteral("NightClassifieds"), "card", QStringLiteral("online"));
        if (hotels && r.chance(0.4)) {
            const QString c = city(r);
            l.add(a, d, int(r.between(22, 23)), double(r.between(4500, 9500)) / 100, "out", QString(), "hotel",
                QStringLiteral("Budget Inn %1").arg(c), "card", c);
        }
        if (late && r.chance(0.5))
            l.add(a, d, int(r.between(0, 4)), double(r.between(600, 3500)) / 100, "out", QString(),
                r.chance(0.5) ? "taxi" : "fast_food", QStringLiteral("Late Eats"), "card", QString());
        if (prepaid && r.chance(0.08))
            l.add(a, d, int(r.between(10, 20)), double(r.between(10, 25)) * 20, "out", QString(), "prepaid_cards",
                QStringLiteral("QuickCard"), "card", QString());
        if (cash && r.chance(0.05))
            l.add(a, d, int(r.between(10, 15)), double(r.between(9000, 9900)), "in", QString(), "cash", QString(),
                "cash", city(r) + QStringLiteral(" branch"));
        if (remit && d.dayOfWeek() == 1) {
            // Pass-through: the week's takings leave at once, abroad.
            l.add(a, d, 9, double(r.between(1500, 4000)), "out", QStringLiteral("Family remittance"), "remittance",
                QStringLiteral("FastRemit"), "transfer", QString(), "GBR", r.chance(0.5) ? "ROU" : "NGA");
        }
    }
}

void labourAgent(Ledger& l, const Account& a, Random& r)
{
    using namespace PlantedRates;
    const bool all = a.complete;
    bool wages = all || r.chance(WagesMovedOn);
    const bool rent = all || r.chance(RentSeveralAddresses), visa = all || r.chance(Visa),
               recruit = all || r.chance(Recruitment), travel = all || r.chance(OneWayTravel);
    if (!(wages || rent || visa || recruit || travel))
        wages = true;
    for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(1)) {
        if (wages && d.day() == 28) {
            // Several workers' wages land here and leave at once to one third party.
            for (int w = 0; w < 8; ++w)
                l.add(a, d, 9, double(r.between(1100, 1500)), "in", QStringLiteral("Farm Produce Ltd"), "salary",
                    QString(), "transfer", QString(), "GBR", "GBR", QStringLiteral("SALARY %1").arg(personName(r)));
            l.add(a, d.addDays(1), 8, double(r.between(7000, 9000)), "out", QStringLiteral("A. Krasniqi"), "transfer",
                QString(), "transfer", QString());
        }
        if (rent && d.day() == 2) {
            for (int h = 0; h < 3; ++h)
                l.add(a, d, 10, double(r.between(500, 800)), "out", QStringLiteral("Landlord %1").arg(h + 1), "rent",
                    QString(), "transfer", QString(), "GBR", "GBR", QStringLiteral("RENT %1 Mill Lane").arg(10 + h));
        }
        if (visa && r.chance(0.04))
            l.add(a, d, 11, double(r.between(300, 900)), "out", QStringLiteral("Global Visa Services"), "visa_agency",
                QStringLiteral("Global Visa Services"), "transfer", QString(), "GBR", "GBR",
                QStringLiteral("VISA %1").arg(personName(r)));
        if (recruit && r.chance(0.03))
            l.add(a, d, 11, double(r.between(200, 600)), "out", QStringLiteral("WorkAbroad Recruitment"),
                "recruitment_agency", QStringLiteral("WorkAbroad Recruitment"), "transfer", QString(), "GBR", "UKR");
        if (travel && r.chance(0.05))
            l.add(a, d, int(r.between(6, 20)), double(r.between(80, 300)), "out", QString(), "travel",
                QStringLiteral("Coach tickets one-way"), "card", QString(), "GBR", "GBR",
                QStringLiteral("PASSENGER %1").arg(personName(r)));
    }
}

// ---- innocent look-alikes -------------------------------------------------

void travellingSalesperson(Ledger& l, const Account& a, Random& r)
{
    // Most weeks on the road: two or three hotels in different cities, dinner
    // late, a taxi back.
    for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(7)) {
        if (r.chance(0.3))
            continue;
        for (int n = int(r.between(2, 3)), k = 0; k < n; ++k) {
            const QDate night = d.addDays(k);
            const QString c = city(r);
            l.add(a, night, int(r.between(19, 22)), double(r.between(7000, 14000)) / 100, "out", QString(), "hotel",
                QStringLiteral("Business Hotel %1").arg(c), "card", c);
            l.add(a, night, int(r.between(21, 23)), double(r.between(1500, 4000)) / 100, "out", QString(),
                r.chance(0.5) ? "restaurant" : "taxi", QStringLiteral("Late Grill %1").arg(c), "card", c);
        }
    }
}

void takeaway(Ledger& l, const Account& a, Random& r)
{
    const QString home = city(r);
    const bool remits = r.chance(0.5);
    const char* family = r.chance(0.5) ? "VNM" : "ALB";
    for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(1)) {
        // The day's cash paid in at the branch, card takings until after midnight.
        l.add(a, d, int(r.between(10, 12)), double(r.between(15, 60)) * 10, "in", QString(), "cash", QString(), "cash",
            home + QStringLiteral(" branch"));
        for (int k = int(r.between(1, 3)); k > 0; --k)
            l.add(a, d, r.chance(0.3) ? int(r.between(0, 1)) : int(r.between(18, 23)),
                double(r.between(800, 4000)) / 100, "in", QStringLiteral("Card takings"), "sales", QString(), "card",
                home);
        if (d.dayOfWeek() == 2)
            l.add(a, d, 9, double(r.between(800, 2000)), "out", QStringLiteral("Wholesale Foods Ltd"), "supplies",
                QString(), "transfer", home);
        // Half the owners keep a family abroad: a remittance every week.
        if (remits && d.dayOfWeek() == 1)
            l.add(a, d, 9, double(r.between(150, 600)), "out", QStringLiteral("Family remittance"), "remittance",
                QStringLiteral("FastRemit"), "transfer", QString(), "GBR", family);
    }
}

void student(Ledger& l, const Account& a, Random& r)
{
    // A large family sending a little, often; spending on food and taxis.
    std::vector<QString> family;
    for (int k = int(r.between(8, 14)); k > 0; --k)
        family.push_back(personName(r));
    const bool barShifts = r.chance(0.5);
    for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(1)) {
        if (r.chance(0.35))
            l.add(a, d, int(r.between(8, 22)), double(r.between(20, 150)), "in", r.pick(family), "transfer", QString(),
                "transfer", QString(), "GBR", r.chance(0.3) ? "NGA" : "GBR");
        if (r.chance(0.3))
            l.add(a, d, int(r.between(12, 23)), double(r.between(500, 2000)) / 100, "out", QString(),
                r.chance(0.7) ? "fast_food" : "taxi", QStringLiteral("Campus Eats"), "card", QStringLiteral("Leeds"));
        // Shifts in a bar: a takeaway or a taxi home after closing.
        if (barShifts && d.dayOfWeek() >= 4 && r.chance(0.6))
            l.add(a, d, int(r.between(0, 2)), double(r.between(600, 2500)) / 100, "out", QString(),
                r.chance(0.5) ? "fast_food" : "taxi", QStringLiteral("Night Bites"), "card", QStringLiteral("Leeds"));
    }
}

void landlord(Ledger& l, const Account& a, Random& r)
{
    const int homes = int(r.between(3, 5));
    // Half let their houses by the room: each of 10–14 tenants pays by
    // transfer, some through housing benefit, and tenants come and go.
    const bool rooms = r.chance(0.5);
    std::vector<QString> tenants;
    for (int k = rooms ? int(r.between(10, 14)) : homes; k > 0; --k)
        tenants.push_back(personName(r));
    for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(1)) {
        if (d.day() == 1) {
            for (QString& tenant : tenants) {
                if (rooms && r.chance(0.08))
                    tenant = personName(r); // a room let again
                l.add(a, d.addDays(rooms ? int(r.between(0, 4)) : 0), 9,
                    rooms ? double(r.between(380, 560)) : double(r.between(700, 1100)), "in", tenant, "rent", QString(),
                    "transfer", QString());
            }
        }
        if (d.day() == 6) {
            for (int h = 0; h < homes; ++h) {
                const QString address = QStringLiteral("%1 Park Road").arg(20 + h);
                l.add(a, d, 10, double(r.between(60, 160)), "out", QStringLiteral("Power & Gas Co"), "utilities",
                    QString(), "transfer", QString(), "GBR", "GBR", QStringLiteral("UTIL ") + address);
                if (h < 2) // ground rent on the leasehold flats
                    l.add(a, d, 10, double(r.between(80, 200)), "out", QStringLiteral("Freeholder %1").arg(h + 1),
                        "rent", QString(), "transfer", QString(), "GBR", "GBR",
                        QStringLiteral("GROUND RENT ") + address);
            }
        }
    }
}

void payrollAgent(Ledger& l, const Account& a, Random& r)
{
    // Clients fund their payroll, the bureau pays each client's staff a day later.
    for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(1)) {
        if (d.day() != 26)
            continue;
        for (int c = 0; c < 3; ++c) {
            const int staff = int(r.between(4, 9));
            double total = 0;
            for (int w = 0; w < staff; ++w) {
                const double pay = double(r.between(1200, 2600));
                total += pay;
                l.add(a, d.addDays(1), 8, pay, "out", QStringLiteral("Worker %1-%2").arg(c).arg(w), "salary", QString(),
                    "transfer", QString(), "GBR", "GBR", QStringLiteral("SALARY"));
            }
            l.add(a, d, 9, total, "in", QStringLiteral("Client %1 Ltd").arg(c + 1), "salary", QString(), "transfer",
                QString(), "GBR", "GBR", QStringLiteral("PAYROLL FUNDING"));
        }
        l.add(a, d.addDays(2), 10, double(r.between(300, 500)), "out", QStringLiteral("Bureau Fees"), "transfer",
            QString(), "transfer", QString());
    }
}

void eventPromoter(Ledger& l, const Account& a, Random& r)
{
    // Club nights and tours: ads for each gig, ticket money from many buyers
    // by transfer, hotels on the road, a taxi or a takeaway after the show.
    const QString home = city(r);
    for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(7)) {
        if (r.chance(0.25))
            continue;
        l.add(a, d, int(r.between(9, 23)), double(r.between(4000, 15000)) / 100, "out", QString(), "advertising",
            QStringLiteral("SocialBoost Ads"), "card", QStringLiteral("online"));
        for (int k = int(r.between(3, 9)); k > 0; --k)
            l.add(a, d.addDays(int(r.between(0, 4))), int(r.between(10, 23)), double(r.between(15, 40)), "in",
                personName(r), "transfer", QString(), "transfer", QString(), "GBR", "GBR", QStringLiteral("TICKETS"));
        const bool tour = r.chance(0.4);
        for (int n = tour ? int(r.between(2, 3)) : 1, k = 0; k < n; ++k) {
            const QDate night = d.addDays(4 + k);
            const QString c = tour ? city(r) : home;
            if (tour)
                l.add(a, night, int(r.between(15, 19)), double(r.between(6000, 12000)) / 100, "out", QString(), "hotel",
                    QStringLiteral("Travel Lodge %1").arg(c), "card", c);
            l.add(a, night, int(r.between(0, 3)), double(r.between(800, 3500)) / 100, "out", QString(),
                r.chance(0.5) ? "taxi" : "fast_food", QStringLiteral("After Hours %1").arg(c), "card", c);
        }
    }
}

void nightWorker(Ledger& l, const Account& a, Random& r)
{
    // Night shifts four nights a week: food and a taxi in the small hours.
    const QString home = city(r);
    for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(1)) {
        if (d.dayOfWeek() > 4 || r.chance(0.3))
            continue;
        l.add(a, d, r.chance(0.5) ? 23 : int(r.between(0, 4)), double(r.between(400, 1500)) / 100, "out", QString(),
            r.chance(0.6) ? "fast_food" : "taxi", QStringLiteral("Night Bites"), "card", home);
    }
}

void seasonalCoordinator(Ledger& l, const Account& a, Random& r)
{
    // A grower's seasonal-worker scheme run from the coordinator's own
    // account and reimbursed: visas and a licensed recruiter for each
    // intake, coaches to the farm, rent for the caravans and houses.
    const int sites = int(r.between(2, 4));
    double spent = 0;
    for (QDate d(2024, 3, 1); d < QDate(2024, 10, 1); d = d.addDays(1)) {
        if (d.day() == 3) {
            for (int s = 0; s < sites; ++s) {
                const double rent = double(r.between(400, 900));
                spent += rent;
                l.add(a, d, 10, rent, "out", QStringLiteral("Park Homes %1").arg(s + 1), "rent", QString(), "transfer",
                    QString(), "GBR", "GBR", QStringLiteral("CARAVAN SITE %1").arg(s + 1));
            }
        }
        if (d.month() <= 5 && r.chance(0.08)) {
            const double fee = double(r.between(250, 700));
            spent += fee;
            l.add(a, d, 11, fee, "out", QStringLiteral("UK Visas and Immigration"), "visa", QString(), "online",
                QString(), "GBR", "GBR", QStringLiteral("SEASONAL WORKER VISA %1").arg(personName(r)));
        }
        if (d.month() <= 5 && r.chance(0.04)) {
            const double fee = double(r.between(300, 800));
            spent += fee;
            l.add(a, d, 11, fee, "out", QStringLiteral("AgriStaff Recruitment"), "recruitment_agency",
                QStringLiteral("AgriStaff Recruitment"), "transfer", QString(), "GBR", "GBR");
        }
        if (d.month() <= 6 && r.chance(0.05)) {
            const double fare = double(r.between(60, 200));
            spent += fare;
            l.add(a, d, int(r.between(6, 20)), fare, "out", QString(), "travel",
                QStringLiteral("Coach tickets one-way"), "card", QString(), "GBR", "GBR",
                QStringLiteral("PASSENGER %1").arg(personName(r)));
        }
        if (d.day() == 28) {
            l.add(a, d, 9, std::round(spent), "in", QStringLiteral("Orchard Growers Ltd"), "transfer", QString(),
                "transfer", QString(), "GBR", "GBR", QStringLiteral("EXPENSES"));
            spent = 0;
        }
    }
}

void sharedHousehold(Ledger& l, const Account& a, Random& r)
{
    // Grown-up children and a grandparent pay their wages into the family
    // account, which pays the mortgage and the bills.
    std::vector<std::pair<QString, double>> earners;
    for (int k = int(r.between(2, 3)); k > 0; --k)
        earners.emplace_back(QStringLiteral("Employer %1 Ltd").arg(r.between(100, 999)), double(r.between(1300, 2600)));
    for (QDate d(2024, 1, 1); d.year() == 2024; d = d.addDays(1)) {
        if (d.day() == 27) {
            for (const auto& [employer, pay] : earners)
                l.add(a, d, 9, pay, "in", employer, "salary", QString(), "transfer", QString(), "GBR", "GBR",
                    QStringLiteral("SALARY"));
        }
        if (d.day() == 2)
            l.add(a, d, 8, double(r.between(900, 1600)), "out", QStringLiteral("Halifax Mortgage"), "mortgage",
                QString(), "transfer", QString());
    }
}

} // namespace

QString personName(Random& r)
{
    return QString::fromLatin1(kFirst[r.between(0, std::size(kFirst) - 1)]) + QLatin1Char(' ')
        + QString::fromLatin1(kLast[r.between(0, std::size(kLast) - 1)]);
}

HolderProfile holderProfile(const SampleAccount& a, Random& r)
{
    if (a.lookAlike == Student)
        return { QStringLiteral("student"), 0 };
    if (a.lookAlike == Takeaway || a.lookAlike == EventPromoter)
        return { QStringLiteral("self-employed"), double(r.between(14000, 30000)) };
    if (!a.typology.isEmpty() && (a.complete || !r.chance(PlantedRates::OrdinaryOccupation)))
        return { QStringLiteral("self-employed"), 12000 };
    return { QLatin1String(kJobs[r.between(0, std::size(kJobs) - 1)]), double(r.between(24000, 45000)) };
}

void writeYear(SampleLedger& l, const SampleAccount& a, Random& r)
{
    if (a.typology == QLatin1String("sexual_exploitation_controller"))
        sexualExploitationController(l, a, r);
    else if (a.typology == QLatin1String("labour_agent"))
        labourAgent(l, a, r);
    if (a.typology.isEmpty() || (!a.complete && r.chance(PlantedRates::Ordinary)))
        ordinaryYear(l, a, r);
    switch (a.lookAlike) {
    case TravellingSalesperson:
        travellingSalesperson(l, a, r);
        break;
    case Takeaway:
        takeaway(l, a, r);
        break;
    case Student:
        student(l, a, r);
        break;
    case Landlord:
        landlord(l, a, r);
        break;
    case PayrollAgent:
        payrollAgent(l, a, r);
        break;
    case EventPromoter:
        eventPromoter(l, a, r);
        break;
    case NightWorker:
        nightWorker(l, a, r);
        break;
    case SeasonalCoordinator:
        seasonalCoordinator(l, a, r);
        break;
    case SharedHousehold:
        sharedHousehold(l, a, r);
        break;
    default:
        break;
    }
}

} // namespace waymark::sample
