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

/// Background traffic with its own innocent structures, and AMLSim's alert
/// typologies planted among accounts that keep their ordinary lives.
class Generator {
public:
    explicit Generator(const AmlsimOptions& o)
        : m_o(o)
        , m_rng(o.seed)
    {
    }

    void run()
    {
        const int n = m_o.accounts;
        m_employers = std::max(5, n / 100);
        m_merchants = std::max(10, n * 3 / 100);
        m_landlords = std::max(5, n * 2 / 100);
        m_students = n * 5 / 100;
        m_firstPerson = m_employers + m_merchants + m_landlords + m_students;
        m_start.assign(size_t(n), 0);
        for (int a = m_firstPerson; a < n; ++a) {
            if (m_rng.chance(0.1))
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
            const int child = m_rng.chance(0.03) ? person() : -1;
            const bool tuition = child >= 0 && m_rng.chance(0.3);
            for (int d = 0; d < days; ++d) {
                if (d % 30 == 25 - employer % 3) {
                    pay(employer, p, d, salary);
                    if (child >= 0) {
                        const double share = salary * (0.5 + 0.3 * m_rng.uniform());
                        const int on = d + int(m_rng.between(1, 2));
                        pay(p, child, on, std::round(share));
                        if (tuition)
                            pay(child, m_employers + m_merchants - 1, on + int(m_rng.between(0, 2)),
                                std::round(share * 0.9));
                    }
                }
                if (landlord >= 0 && d % 30 == 1)
                    pay(p, landlord, d, rent);
                if (m_rng.chance(0.2))
                    pay(p, m_rng.pick(shops), d, amount(10, 150));
                if (m_rng.chance(0.01))
                    pay(p, m_rng.pick(friends), d, amount(20, 300));
            }
            if (m_rng.chance(0.05)) { // a loan to a friend, repaid
                const int d = int(m_rng.between(0, days - 40)), f = m_rng.pick(friends);
                const double a = amount(200, 3000);
                pay(p, f, d, a);
                pay(f, p, d + int(m_rng.between(10, 30)), a);
            }
            if (m_rng.chance(0.01)) { // a wedding, a collection, selling things online
                const int d = int(m_rng.between(0, days - 10));
                for (int k = int(m_rng.between(5, 12)); k > 0; --k)
                    pay(person(), p, d + int(m_rng.between(0, 6)), amount(20, 200));
            }
            if (m_rng.chance(0.01)) { // moving house: tradespeople paid once
                const int d = int(m_rng.between(0, days - 10));
                for (int k = int(m_rng.between(4, 8)); k > 0; --k)
                    pay(p, merchant(), d + int(m_rng.between(0, 6)), amount(100, 2000));
            }
            if (m_rng.chance(0.005)) { // a club treasurer, monthly
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
