#include "moneyflow.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>
#include <QPair>

#include <algorithm>
#include <limits>

namespace waymark::network {

Result<MoneyFlow> MoneyFlow::load(store::Workspace& ws, std::optional<qint64> dayFrom, std::optional<qint64> dayTo)
{
    MoneyFlow mf;
    QHash<QString, int> index;
    auto node = [&](const QString& key, const QString& label, qint64 accountId) {
        auto it = index.constFind(key);
        if (it != index.constEnd())
            return *it;
        const int i = int(mf.m_accounts.size());
        mf.m_accounts.push_back({ key, label, accountId });
        index.insert(key, i);
        return i;
    };
    {
        store::Statement st(
            ws.handle(), "SELECT id, account_key, coalesce(customer_name, account_key) FROM accounts ORDER BY id");
        while (st.next())
            node(st.text(1), st.text(2), st.int64(0));
    }
    // The counterparty is the account number when known (it may be one of
    // ours), else the name as the bank wrote it.
    store::Statement st(ws.handle(),
        "SELECT a.account_key, t.counterparty_account, t.counterparty, t.direction, sum(t.amount), count(*), "
        "min(t.day), "
        "max(t.day), min(t.currency), max(t.currency) FROM transactions t JOIN accounts a ON a.id = t.account_id "
        "WHERE (t.counterparty_account IS NOT NULL OR t.counterparty IS NOT NULL) AND t.day >= ? AND t.day <= ? "
        "GROUP BY a.account_key, t.counterparty_account, t.counterparty, t.direction");
    st.bind(1, dayFrom.value_or(0)).bind(2, dayTo.value_or(std::numeric_limits<qint64>::max()));
    // Sum per pair and statement first; a pair seen in both accounts'
    // statements is then counted once (the larger view), not twice.
    struct Key {
        int from, to, statement;
        bool operator==(const Key& o) const { return from == o.from && to == o.to && statement == o.statement; }
    };
    std::vector<std::pair<Key, Flow>> perStatement;
    while (st.next()) {
        const int own = index.value(st.text(0));
        const QString cpAccount = st.text(1), cpName = st.text(2);
        int other;
        if (!cpAccount.isEmpty() && index.contains(cpAccount))
            other = index.value(cpAccount);
        else if (!cpAccount.isEmpty())
            other = node(QStringLiteral("cp:") + cpAccount, cpName.isEmpty() ? cpAccount : cpName, 0);
        else
            other = node(QStringLiteral("cp:") + cpName.toLower(), cpName, 0);
        const bool out = st.text(3) == QLatin1String("out");
        const Key key { out ? own : other, out ? other : own, own };
        const QString currency = st.text(8) == st.text(9) ? st.text(8) : QStringLiteral("mixed");
        auto it = std::find_if(perStatement.begin(), perStatement.end(), [&](const auto& p) { return p.first == key; });
        if (it == perStatement.end()) {
            perStatement.push_back(
                { key, Flow { key.from, key.to, st.real(4), int(st.int64(5)), st.int64(6), st.int64(7), currency } });
        } else {
            Flow& f = it->second;
            f.total += st.real(4);
            f.count += int(st.int64(5));
            f.firstDay = std::min(f.firstDay, st.int64(6));
            f.lastDay = std::max(f.lastDay, st.int64(7));
            if (f.currency != currency)
                f.currency = QStringLiteral("mixed");
        }
    }
    QHash<QPair<int, int>, int> flowIndex;
    for (const auto& [key, flow] : perStatement) {
        const QPair<int, int> pair(key.from, key.to);
        auto it = flowIndex.find(pair);
        if (it == flowIndex.end()) {
            flowIndex.insert(pair, int(mf.m_flows.size()));
            mf.m_flows.push_back(flow);
            continue;
        }
        Flow& f = mf.m_flows[size_t(*it)];
        if (flow.total > f.total) {
            f.total = flow.total;
            f.count = flow.count;
        }
        f.firstDay = std::min(f.firstDay, flow.firstDay);
        f.lastDay = std::max(f.lastDay, flow.lastDay);
    }
    if (Error e = st.error(); !e.isNull())
        return e;
    std::vector<Edge> edges;
    for (const Flow& f : mf.m_flows)
        edges.push_back({ f.from, f.to, f.total });
    mf.m_graph = Graph::fromEdges(int(mf.m_accounts.size()), edges);
    return mf;
}

int MoneyFlow::indexOf(const QString& key) const
{
    for (size_t i = 0; i < m_accounts.size(); ++i) {
        if (m_accounts[i].key == key)
            return int(i);
    }
    return -1;
}

EntityGraph MoneyFlow::chartGraph() const
{
    std::vector<EntityNode> nodes;
    nodes.reserve(m_accounts.size());
    for (size_t i = 0; i < m_accounts.size(); ++i)
        nodes.push_back({ qint64(i) + 1, m_accounts[i].key, QStringLiteral("account"), m_accounts[i].label });
    std::vector<EntityGraph::LinkRecord> links;
    links.reserve(m_flows.size());
    for (size_t f = 0; f < m_flows.size(); ++f) {
        const Flow& flow = m_flows[f];
        links.push_back({ flow.from, flow.to, flow.total, QStringLiteral("pays"), QStringLiteral("flow:%1").arg(f),
            flow.firstDay, flow.lastDay, true });
    }
    return EntityGraph::fromRecords(std::move(nodes), std::move(links));
}

QString MoneyFlow::describeFlows(int a, int b) const
{
    const QLocale locale;
    QStringList lines;
    for (const Flow& f : m_flows) {
        if (!((f.from == a && f.to == b) || (f.from == b && f.to == a)))
            continue;
        lines << QCoreApplication::translate("MoneyFlow", "%1 → %2: %3 %4 in %n transfer(s), %5 – %6", nullptr, f.count)
                     .arg(m_accounts[size_t(f.from)].label, m_accounts[size_t(f.to)].label,
                         locale.toString(f.total, 'f', 2), f.currency,
                         QDate::fromJulianDay(f.firstDay).toString(Qt::ISODate),
                         QDate::fromJulianDay(f.lastDay).toString(Qt::ISODate));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace waymark::network
