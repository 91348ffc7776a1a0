#include "amlsimledger.h"

#include "core/random.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <vector>

namespace waymark::bench {

namespace {

struct Tx {
    int from, to, day;
    double amount;
    int alert; ///< -1 for background
};

/// The proportions and parameters of the background's innocent structures.
struct Mix {
    int employersPer = 100, merchantsPerCent = 3, landlordsPerCent = 2, studentsPerCent = 5; ///< of accounts
    double lateOpeners = 0.1; ///< people whose account opens later
    double shop = 0.2, shopLo = 10, shopHi = 150; ///< a card payment a day, amounts
    double friendPay = 0.01, friendLo = 20, friendHi = 300;
    double child = 0.03, tuition = 0.3, childShareLo = 0.5, childShareSpread = 0.3; ///< wages passed on
    double loan = 0.05, loanLo = 200, loanHi = 3000;
    bool loanInInstalments = false; ///< repaid in one to three parts, not at once
    double event = 0.01; ///< a wedding, a collection, selling things online
    int eventMin = 5, eventMax = 12, eventSpan = 6;
    double eventLo = 20, eventHi = 200;
    double moving = 0.01, movingLo = 100, movingHi = 2000;
    int movingMin = 4, movingMax = 8;
    double treasurer = 0.005;
    int roscasPer = 0; ///< accounts per rotating savings club, 0 for none
    int escrowsPer = 0; ///< accounts per escrow agent, 0 for none
};

Mix mixFor(Background b)
{
    Mix m;
    if (b == Background::Tuned)
        return m;
    // Other proportions, other parameters, and two structures the
    // thresholds were never set against.
    m.employersPer = 150;
    m.merchantsPerCent = 2;
    m.landlordsPerCent = 3;
    m.studentsPerCent = 8;
    m.lateOpeners = 0.15;
    m.shop = 0.15;
    m.shopLo = 5;
    m.shopHi = 250;
    m.friendPay = 0.02;
    m.friendLo = 10;
    m.friendHi = 500;
    m.child = 0.05;
    m.tuition = 0.5;
    m.childShareLo = 0.4;
    m.childShareSpread = 0.5;
    m.loan = 0.08;
    m.loanLo = 100;
    m.loanHi = 5000;
    m.loanInInstalments = true;
    m.event = 0.02;
    m.eventMin = 6;
    m.eventMax = 15;
    m.eventSpan = 4;
    m.eventLo = 20;
    m.eventHi = 300;
    m.moving = 0.02;
    m.movingMin = 3;
    m.movingMax = 9;
    m.movingLo = 100;
    m.movingHi = 3000;
    m.treasurer = 0.01;
    m.roscasPer = 400;
    m.escrowsPer = 1000;
    return m;
}

/// Background traffic with its own innocent structures, and AMLSim's alert
/// typologies planted among accounts that keep their ordinary lives.
class Generator {
public:
    explicit Generator(const AmlsimOptions& o)
        : m_o(o)
        , m_mix(mixFor(o.background))
        , m_rng(o.seed)
    {
    }

    void run()
    {
        const int n = m_o.accounts;
        m_employers = std::max(5, n / m_mix.employersPer);
        m_merchants = std::max(10, n * m_mix.merchantsPerCent / 100);
        m_landlords = std::max(5, n * m_mix.landlordsPerCent / 100);
        m_students = n * m_mix.studentsPerCent / 100;
        m_firstPerson = m_employers + m_merchants + m_landlords + m_students;
        m_start.assign(size_t(n), 0);
        for (int a = m_firstPerson; a < n; ++a) {
            if (m_rng.chance(m_mix.lateOpeners))
                m_start[size_t(a)] = int(m_rng.between(0, m_o.days * 5 / 6)); // accounts opened later
        }
        background();
        plant();
        std::stable_sort(m_txs.begin(), m_txs.end(), [](const Tx& a, const Tx& b) { return a.day < b.day; });
    }

    const std::vector<Tx>& txs() const { return m_txs; }
    const std::vector<std::pair<int, QString>>& alerts() const { return m_alerts; } ///< (account, type) per member
    const std::vector<int>& alertOfMember() const { return m_alertIds; }

private:
    int person() { return int(m_rng.between(m_firstPerson, m_o.accounts - 1)); }
    int merchant() { return m_employers + int(m_rng.between(0, m_merchants - 1)); }
    double amount(double lo, double hi) { return std::round((lo + m_rng.uniform() * (hi - lo)) * 100) / 100; }
    void pay(int from, int to, int day, double a, int alert = -1)
    {
        if (day < 0 || day >= m_o.days || from == to)
            return;
        if (alert < 0 && (day < m_start[size_t(from)] || day < m_start[size_t(to)]))
            return;
        m_txs.push_back({ from, to, day, a, alert });
    }

    void background()
    {
        const Mix& x = m_mix;
        const int days = m_o.days;
        const int landlordBase = m_employers + m_merchants;
        const int studentBase = landlordBase + m_landlords;
        const int utilities = std::min(5, m_merchants);
        // Employers trade with a few partners and pay suppliers; merchants
        // pay suppliers; landlords pay the utilities of their addresses.
        for (int e = 0; e < m_employers; ++e) {
            std::vector<int> partners;
            for (int k = 0; k < 3; ++k)
                partners.push_back(int(m_rng.between(0, m_employers - 1)));
            for (int d = 0; d < days; ++d) {
                if (m_rng.chance(0.1))
                    pay(m_rng.pick(partners), e, d, amount(2000, 20000));
            }
        }
        for (int m = 0; m < m_merchants; ++m) {
            const int supplier = int(m_rng.between(0, m_employers - 1));
            for (int d = 10; d < days; d += 30)
                pay(m_employers + m, supplier, d, amount(2000, 10000));
        }
        for (int l = 0; l < m_landlords; ++l) {
            const int addresses = int(m_rng.between(2, 4));
            for (int d = 5; d < days; d += 30) {
                for (int k = 0; k < addresses; ++k)
                    pay(landlordBase + l, m_employers + k % utilities, d, amount(50, 300));
            }
        }
        // Students: small sums from the same family members, again and again.
        for (int s = 0; s < m_students; ++s) {
            const int family = int(m_rng.between(2, 6));
            for (int f = 0; f < family; ++f) {
                const int who = person(), period = int(m_rng.between(14, 21)), phase = int(m_rng.between(0, 13));
                for (int d = phase; d < days; d += period)
                    pay(who, studentBase + s, d, amount(20, 200));
            }
        }
        // People: wages, rent, shopping, friends; some lend and are repaid,
        // some pass money on to a child (who may pay tuition at once), some
        // hold an event or move house (one-off payers or payees in a week),
        // some keep a club's books (gather then pay out).
        for (int p = m_firstPerson; p < m_o.accounts; ++p) {
            const int employer = int(m_rng.between(0, m_employers - 1));
            const double salary = amount(1500, 4000);
            const int landlord = m_rng.chance(0.6) ? landlordBase + int(m_rng.between(0, m_landlords - 1)) : -1;
            const double rent = amount(500, 1500);
            std::vector<int> shops, friends;
            for (int k = int(m_rng.between(3, 6)); k > 0; --k)
                shops.push_back(merchant());
            for (int k = int(m_rng.between(2, 4)); k > 0; --k)
                friends.push_back(person());
            const int child = m_rng.chance(x.child) ? person() : -1;
            const bool tuition = child >= 0 && m_rng.chance(x.tuition);
            for (int d = 0; d < days; ++d) {
                if (d % 30 == 25 - employer % 3) {
                    pay(employer, p, d, salary);
                    if (child >= 0) {
                        const double share = salary * (x.childShareLo + x.childShareSpread * m_rng.uniform());
                        const int on = d + int(m_rng.between(1, 2));
                        pay(p, child, on, std::round(share));
                        if (tuition)
                            pay(child, m_employers + m_merchants - 1, on + int(m_rng.between(0, 2)),
                                std::round(share * 0.9));
                    }
                }
                if (landlord >= 0 && d % 30 == 1)
                    pay(p, landlord, d, rent);
                if (m_rng.chance(x.shop))
                    pay(p, m_rng.pick(shops), d, amount(x.shopLo, x.shopHi));
                if (m_rng.chance(x.friendPay))
                    pay(p, m_rng.pick(friends), d, amount(x.friendLo, x.friendHi));
            }
            if (m_rng.chance(x.loan)) { // a loan to a friend, repaid
                const int d = int(m_rng.between(0, days - 40)), f = m_rng.pick(friends);
                const double a = amount(x.loanLo, x.loanHi);
                pay(p, f, d, a);
                if (!x.loanInInstalments) {
                    pay(f, p, d + int(m_rng.between(10, 30)), a);
                } else {
                    const int parts = int(m_rng.between(1, 3));
                    for (int k = 0; k < parts; ++k)
                        pay(f, p, d + 10 * (k + 1) + int(m_rng.between(0, 9)), std::round(a / parts * 100) / 100);
                }
            }
            if (m_rng.chance(x.event)) { // a wedding, a collection, selling things online
                const int d = int(m_rng.between(0, days - 10));
                for (int k = int(m_rng.between(x.eventMin, x.eventMax)); k > 0; --k)
                    pay(person(), p, d + int(m_rng.between(0, x.eventSpan)), amount(x.eventLo, x.eventHi));
            }
            if (m_rng.chance(x.moving)) { // moving house: tradespeople paid once
                const int d = int(m_rng.between(0, days - 10));
                for (int k = int(m_rng.between(x.movingMin, x.movingMax)); k > 0; --k)
                    pay(p, merchant(), d + int(m_rng.between(0, 6)), amount(x.movingLo, x.movingHi));
            }
            if (m_rng.chance(x.treasurer)) { // a club treasurer, monthly
                std::vector<int> members, vendors;
                for (int k = int(m_rng.between(5, 10)); k > 0; --k)
                    members.push_back(person());
                for (int k = int(m_rng.between(4, 6)); k > 0; --k)
                    vendors.push_back(merchant());
                for (int d = 3; d + 8 < days; d += 30) {
                    double in = 0;
                    for (int m : members) {
                        const double a = amount(50, 200);
                        in += a;
                        pay(m, p, d + int(m_rng.between(0, 4)), a);
                    }
                    for (int v : vendors)
                        pay(p, v, d + 5 + int(m_rng.between(0, 3)), std::round(in * 0.8 / vendors.size()));
                }
            }
        }
        if (x.roscasPer > 0)
            roscas(std::max(2, m_o.accounts / x.roscasPer));
        if (x.escrowsPer > 0)
            escrows(std::max(2, m_o.accounts / x.escrowsPer));
    }

    /// Rotating savings clubs (a susu, a tontine, a committee): each month
    /// every member puts in the same sum and one member, in turn, takes the
    /// pot. Half are kept by an organiser who collects and pays the pot on;
    /// in the other half the members pay the month's taker directly, so each
    /// taker sees several one-off payers arrive together.
    void roscas(int count)
    {
        for (int c = 0; c < count; ++c) {
            std::vector<int> members;
            for (int k = int(m_rng.between(5, 10)); k > 0; --k)
                members.push_back(person());
            const double share = double(m_rng.between(5, 50)) * 10;
            const bool organiser = m_rng.chance(0.5);
            const int start = int(m_rng.between(0, 20));
            for (size_t month = 0; month < members.size(); ++month) {
                const int d = start + int(month) * 30;
                const int taker = members[month % members.size()];
                for (const int m : members) {
                    if (m == taker && !organiser)
                        continue;
                    pay(m, organiser ? members[0] : taker, d + int(m_rng.between(0, 3)), share);
                }
                if (organiser)
                    pay(members[0], taker, d + 4 + int(m_rng.between(0, 2)), share * double(members.size()));
            }
        }
    }

    /// Escrow agents (a conveyancer's client account, a small marketplace's
    /// holding account): a buyer pays in, the seller is paid the same sum
    /// less a fee a few days later; buyers and sellers each deal once.
    void escrows(int count)
    {
        for (int c = 0; c < count; ++c) {
            const int agent = person();
            for (int k = int(m_rng.between(20, 60)); k > 0; --k) {
                const int d = int(m_rng.between(0, m_o.days - 10));
                const double price = amount(300, 8000);
                pay(person(), agent, d, price);
                pay(agent, person(), d + int(m_rng.between(2, 7)), std::round(price * 97) / 100);
            }
        }
    }

    /// Members for a new alert: people with a full history, not yet in one.
    std::vector<int> members(int count)
    {
        std::vector<int> out;
        while (int(out.size()) < count) {
            const int p = person();
            if (m_start[size_t(p)] == 0 && !m_used.contains(p)) {
                m_used.insert(p);
                out.push_back(p);
            }
        }
        return out;
    }

    void plant()
    {
        static const char* const kTypes[]
            = { "fan_in", "fan_out", "cycle", "scatter_gather", "gather_scatter", "bipartite", "stack" };
        int alert = 0;
        for (const char* type : kTypes) {
            const QString t = QLatin1String(type);
            for (int k = 0; k < m_o.alertsPerTypology; ++k, ++alert) {
                const int d = int(m_rng.between(10, m_o.days - 30));
                const double base = amount(500, 5000);
                auto a = [&] { return std::round(base * (0.9 + 0.1 * m_rng.uniform()) * 100) / 100; };
                auto within = [&](int span) { return d + int(m_rng.between(0, span)); };
                std::vector<int> all;
                if (t == QLatin1String("fan_in") || t == QLatin1String("fan_out")) {
                    all = members(int(m_rng.between(6, 11)));
                    for (size_t i = 1; i < all.size(); ++i) {
                        if (t == QLatin1String("fan_in"))
                            pay(all[i], all[0], within(7), a(), alert);
                        else
                            pay(all[0], all[i], within(7), a(), alert);
                    }
                } else if (t == QLatin1String("cycle")) {
                    all = members(int(m_rng.between(3, 7)));
                    double v = base;
                    int day = d;
                    for (size_t i = 0; i < all.size(); ++i) {
                        pay(all[i], all[(i + 1) % all.size()], day, std::round(v * 100) / 100, alert);
                        v *= 0.95 + 0.04 * m_rng.uniform(); // a margin kept at each hop
                        day += int(m_rng.between(0, 2));
                    }
                } else if (t == QLatin1String("scatter_gather") || t == QLatin1String("gather_scatter")) {
                    const int mid = int(m_rng.between(3, 6));
                    if (t == QLatin1String("scatter_gather")) {
                        all = members(mid + 2); // origin, branches, beneficiary
                        for (int i = 1; i <= mid; ++i) {
                            const double v = a();
                            const int day = within(3);
                            pay(all[0], all[size_t(i)], day, v, alert);
                            pay(all[size_t(i)], all.back(), day + int(m_rng.between(1, 4)), std::round(v * 95) / 100,
                                alert);
                        }
                    } else {
                        const int outs = int(m_rng.between(3, 6));
                        all = members(mid + outs + 1); // the hub first
                        double in = 0;
                        for (int i = 1; i <= mid; ++i) {
                            const double v = a();
                            in += v;
                            pay(all[size_t(i)], all[0], within(3), v, alert);
                        }
                        for (int i = 0; i < outs; ++i)
                            pay(all[0], all[size_t(mid + 1 + i)], d + 4 + int(m_rng.between(0, 4)),
                                std::round(in * 0.95 / outs * 100) / 100, alert);
                    }
                } else if (t == QLatin1String("bipartite")) {
                    const int origs = int(m_rng.between(2, 4)), benes = int(m_rng.between(2, 4));
                    all = members(origs + benes);
                    for (int i = 0; i < origs; ++i) {
                        for (int j = 0; j < benes; ++j)
                            pay(all[size_t(i)], all[size_t(origs + j)], within(10), a(), alert);
                    }
                } else { // stack: three layers, each paying every account of the next
                    const int l1 = int(m_rng.between(2, 4)), l2 = int(m_rng.between(2, 4)),
                              l3 = int(m_rng.between(2, 4));
                    all = members(l1 + l2 + l3);
                    for (int i = 0; i < l1; ++i) {
                        for (int j = 0; j < l2; ++j)
                            pay(all[size_t(i)], all[size_t(l1 + j)], within(3), a(), alert);
                    }
                    for (int j = 0; j < l2; ++j) {
                        for (int k2 = 0; k2 < l3; ++k2)
                            pay(all[size_t(l1 + j)], all[size_t(l1 + l2 + k2)], d + 4 + int(m_rng.between(0, 3)),
                                std::round(a() * 0.95 * 100) / 100, alert);
                    }
                }
                for (int m : all) {
                    m_alerts.emplace_back(m, t);
                    m_alertIds.push_back(alert);
                }
            }
        }
    }

    AmlsimOptions m_o;
    Mix m_mix;
    Random m_rng;
    int m_employers = 0, m_merchants = 0, m_landlords = 0, m_students = 0, m_firstPerson = 0;
    std::vector<int> m_start;
    std::vector<Tx> m_txs;
    QSet<int> m_used;
    std::vector<std::pair<int, QString>> m_alerts;
    std::vector<int> m_alertIds;
};

bool writeFile(const QString& path, const QByteArray& bytes, QString* why)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size()) {
        *why = path + QStringLiteral(": ") + f.errorString();
        return false;
    }
    return true;
}

QList<QByteArray> fields(const QByteArray& line)
{
    return line.trimmed().split(',');
}

} // namespace

qint64 writeAmlsimLedger(const QString& dir, const AmlsimOptions& options, QString* why)
{
    Generator g(options);
    g.run();
    const QDate origin(2017, 1, 1);
    QByteArray out = "tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id\n";
    out.reserve(qsizetype(g.txs().size()) * 70);
    qint64 id = 0;
    for (const Tx& t : g.txs()) {
        out += QByteArray::number(++id) + ',' + QByteArray::number(t.from) + ',' + QByteArray::number(t.to)
            + ",TRANSFER," + QByteArray::number(t.amount, 'f', 2) + ','
            + origin.addDays(t.day).toString(Qt::ISODate).toLatin1() + "T00:00:00Z,"
            + (t.alert >= 0 ? "True," : "False,") + QByteArray::number(t.alert) + '\n';
    }
    if (!writeFile(QDir(dir).filePath(QStringLiteral("transactions.csv")), out, why))
        return -1;
    QSet<int> sar;
    QByteArray alerts = "alert_id,alert_type,acct_id,is_sar\n";
    for (size_t i = 0; i < g.alerts().size(); ++i) {
        sar.insert(g.alerts()[i].first);
        alerts += QByteArray::number(g.alertOfMember()[i]) + ',' + g.alerts()[i].second.toLatin1() + ','
            + QByteArray::number(g.alerts()[i].first) + ",True\n";
    }
    if (!writeFile(QDir(dir).filePath(QStringLiteral("alert_accounts.csv")), alerts, why))
        return -1;
    QByteArray accounts = "acct_id,is_sar,bank_id\n";
    for (int a = 0; a < options.accounts; ++a)
        accounts += QByteArray::number(a) + (sar.contains(a) ? ",True" : ",False") + ",bank\n";
    if (!writeFile(QDir(dir).filePath(QStringLiteral("accounts.csv")), accounts, why))
        return -1;
    return id;
}

bool readAmlsimLabels(const QString& dir, AmlsimLabels& labels, QString* why)
{
    QFile tx(QDir(dir).filePath(QStringLiteral("transactions.csv")));
    if (!tx.open(QIODevice::ReadOnly)) {
        *why = tx.fileName() + QStringLiteral(": ") + tx.errorString();
        return false;
    }
    const QList<QByteArray> header = fields(tx.readLine());
    const int orig = int(header.indexOf("orig_acct")), bene = int(header.indexOf("bene_acct")),
              sarColumn = int(header.indexOf("is_sar")), ts = int(header.indexOf("tran_timestamp"));
    if (orig < 0 || bene < 0 || ts < 0) {
        *why = tx.fileName() + QStringLiteral(": not AMLSim's layout (orig_acct, bene_acct, tran_timestamp)");
        return false;
    }
    QSet<QString> seen;
    while (!tx.atEnd()) {
        const QList<QByteArray> f = fields(tx.readLine());
        if (f.size() < header.size())
            continue;
        if (labels.timestampFormat.isNull())
            labels.timestampFormat = f[ts].size() == 8 ? QStringLiteral("yyyyMMdd") : QStringLiteral("");
        for (const int c : { orig, bene }) {
            const QString a = QString::fromLatin1(f[c]);
            if (!seen.contains(a)) {
                seen.insert(a);
                labels.accounts << a;
            }
            if (sarColumn >= 0 && f[sarColumn].toLower() == "true" && !labels.typologyOf.contains(a))
                labels.typologyOf.insert(a, QStringLiteral("sar"));
        }
    }
    // The alert type of each member, where AMLSim wrote it.
    QFile members(QDir(dir).filePath(QStringLiteral("alert_accounts.csv")));
    if (members.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> h = fields(members.readLine());
        const int type = int(h.indexOf("alert_type")), acct = int(h.indexOf("acct_id"));
        while (type >= 0 && acct >= 0 && !members.atEnd()) {
            const QList<QByteArray> f = fields(members.readLine());
            if (f.size() > std::max(type, acct))
                labels.typologyOf.insert(QString::fromLatin1(f[acct]), QString::fromLatin1(f[type]));
        }
    }
    return true;
}

} // namespace waymark::bench
