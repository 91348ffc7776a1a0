#include "scoreranking.h"

#include "store/workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string_view>

namespace waymark::finance {

namespace {

std::uint64_t keyHash(const QByteArray& utf8)
{
    return std::hash<std::string_view> {}(std::string_view(utf8.constData(), size_t(utf8.size())));
}

} // namespace

ScoreRanking::ScoreRanking(const Scorer& scorer, const ScorePresentation& presentation, size_t keepTop)
    : m_scorer(scorer)
    , m_presentation(presentation)
    , m_keepTop(keepTop)
{
    m_reasons << QString();
    m_reasonIndex.insert(QString(), 0);
}

void ScoreRanking::add(const AccountScore& s)
{
    ++m_added;
    m_sorted = false;
    const bool leads = s.scored && s.leading >= 0;
    const TypologyScore* lead = leads ? &s.typologies[size_t(s.leading)] : nullptr;
    if (m_keepTop > 0) {
        // Only scored accounts are ranked, and only the best keepTop kept: a
        // new one goes after every kept one at least as high (the stable
        // sort's order), and the lowest falls off.
        const AccountVerdict v = m_presentation.verdict(s, m_scorer);
        if (v.kind == AccountVerdict::Kind::NotScored)
            return;
        const double key = v.sortKey();
        if (m_top.size() == m_keepTop && !(key > m_top.back().verdict.sortKey()))
            return;
        const auto at = std::upper_bound(
            m_top.begin(), m_top.end(), key, [](double k, const Row& r) { return k > r.verdict.sortKey(); });
        Row r;
        r.key = s.accountKey;
        r.verdict = v;
        for (const TypologyScore& t : s.typologies)
            r.perTypology.push_back(t.probability);
        if (lead) {
            QStringList hits;
            for (const Contribution& c : lead->contributions) {
                if (c.outcome == Outcome::Hit)
                    hits << m_scorer.library().definitions()[size_t(c.indicator)].id;
            }
            r.hits = hits.join(QLatin1Char(' '));
        }
        r.reason = s.notScoredReason;
        r.transactions = s.transactions;
        r.duplicates = s.duplicates;
        r.setAside = s.setAside;
        m_top.insert(at, std::move(r));
        if (m_top.size() > m_keepTop)
            m_top.pop_back();
        return;
    }
    Packed p {};
    p.output = leads ? s.probability : std::numeric_limits<double>::quiet_NaN();
    p.leading = lead ? lead->typology : -1;
    p.leadingLogOdds = lead ? lead->logOdds : 0;
    p.sortKey = (lead ? m_presentation.verdict(p.output, m_scorer.typologies()[size_t(p.leading)].id, p.leadingLogOdds)
                      : m_presentation.verdict(p.output, QString(), 0))
                    .sortKey();
    p.transactions = s.transactions;
    p.duplicates = s.duplicates;
    p.setAside = s.setAside;
    p.key = std::uint32_t(m_keys.size());
    m_keys += s.accountKey.toUtf8();
    p.values = std::uint32_t(m_values.size());
    for (const TypologyScore& t : s.typologies)
        m_values.push_back(t.probability);
    p.hits = std::uint32_t(m_hits.size());
    if (lead) {
        for (const Contribution& c : lead->contributions) {
            if (c.outcome == Outcome::Hit)
                m_hits.push_back(std::uint16_t(c.indicator));
        }
    }
    auto reason = m_reasonIndex.constFind(s.notScoredReason);
    if (reason == m_reasonIndex.constEnd()) {
        reason = m_reasonIndex.insert(s.notScoredReason, std::uint32_t(m_reasons.size()));
        m_reasons << s.notScoredReason;
    }
    p.reason = reason.value();
    m_rows.push_back(p);
}

void ScoreRanking::sort()
{
    if (m_sorted)
        return;
    m_sorted = true;
    if (m_keepTop > 0)
        return;
    m_rows.shrink_to_fit();
    m_order.resize(m_rows.size());
    for (std::uint32_t i = 0; i < m_order.size(); ++i)
        m_order[i] = i;
    std::stable_sort(m_order.begin(), m_order.end(),
        [this](std::uint32_t a, std::uint32_t b) { return m_rows[a].sortKey > m_rows[b].sortKey; });
}

ScoreRanking::Row ScoreRanking::unpack(size_t i) const
{
    const Packed& p = m_rows[i];
    const bool last = i + 1 == m_rows.size();
    Row r;
    const std::uint32_t keyEnd = last ? std::uint32_t(m_keys.size()) : m_rows[i + 1].key;
    r.key = QString::fromUtf8(m_keys.constData() + p.key, qsizetype(keyEnd - p.key));
    r.verdict = p.leading >= 0
        ? m_presentation.verdict(p.output, m_scorer.typologies()[size_t(p.leading)].id, p.leadingLogOdds)
        : m_presentation.verdict(p.output, QString(), 0);
    const std::uint32_t valuesEnd = last ? std::uint32_t(m_values.size()) : m_rows[i + 1].values;
    r.perTypology.assign(m_values.begin() + p.values, m_values.begin() + valuesEnd);
    const std::uint32_t hitsEnd = last ? std::uint32_t(m_hits.size()) : m_rows[i + 1].hits;
    QStringList hits;
    for (std::uint32_t h = p.hits; h < hitsEnd; ++h)
        hits << m_scorer.library().definitions()[m_hits[h]].id;
    r.hits = hits.join(QLatin1Char(' '));
    r.reason = m_reasons[qsizetype(p.reason)];
    r.transactions = p.transactions;
    r.duplicates = p.duplicates;
    r.setAside = p.setAside;
    return r;
}

void ScoreRanking::forEach(const std::function<void(const Row&)>& f)
{
    sort();
    int rank = 0;
    if (m_keepTop > 0) {
        for (Row& r : m_top) {
            r.verdict.rank = ++rank;
            f(r);
        }
        return;
    }
    for (const std::uint32_t i : m_order) {
        Row r = unpack(i);
        if (r.verdict.kind != AccountVerdict::Kind::NotScored)
            r.verdict.rank = ++rank;
        f(r);
    }
}

size_t ScoreRanking::bytes() const
{
    size_t n = m_rows.capacity() * sizeof(Packed) + size_t(m_keys.capacity()) + m_values.capacity() * sizeof(double)
        + m_hits.capacity() * sizeof(std::uint16_t) + m_order.capacity() * sizeof(std::uint32_t);
    for (const Row& r : m_top)
        n += sizeof(Row) + size_t(r.key.capacity() + r.hits.capacity()) * 2 + r.perTypology.capacity() * 8;
    return n;
}

Result<HolderNames> HolderNames::load(store::Workspace& ws)
{
    HolderNames names;
    // The same names ScoreRun::holderNames gives.
    store::Statement& st = ws.cached("SELECT a.account_key, coalesce(nullif(a.customer_name, ''), e.label) FROM "
                                     "accounts a LEFT JOIN entities e ON e.id = a.holder_entity_id");
    while (st.next()) {
        if (st.isNull(1))
            continue;
        const QByteArray key = st.text(0).toUtf8(), name = st.text(1).toUtf8();
        if (size_t(names.m_text.size()) + size_t(key.size()) + size_t(name.size())
            > std::numeric_limits<std::uint32_t>::max()) {
            st.reset();
            return Error(QCoreApplication::translate("ScoreRun", "Too many account holders' names to list."));
        }
        names.m_entries.push_back({ keyHash(key), std::uint32_t(names.m_text.size()), std::uint32_t(key.size()),
            std::uint32_t(name.size()) });
        names.m_text += key;
        names.m_text += name;
    }
    if (Error e = st.error(); !e.isNull()) {
        st.reset();
        return e;
    }
    st.reset();
    names.m_entries.shrink_to_fit();
    names.m_text.squeeze();
    std::stable_sort(
        names.m_entries.begin(), names.m_entries.end(), [](const Entry& a, const Entry& b) { return a.hash < b.hash; });
    return names;
}

QString HolderNames::value(const QString& key) const
{
    const QByteArray utf8 = key.toUtf8();
    const std::uint64_t h = keyHash(utf8);
    auto it = std::upper_bound(
        m_entries.begin(), m_entries.end(), h, [](std::uint64_t v, const Entry& e) { return v < e.hash; });
    // The last one read of that key wins, as in a QHash filled in order.
    while (it != m_entries.begin()) {
        --it;
        if (it->hash != h)
            break;
        if (std::string_view(m_text.constData() + it->at, it->keyLength)
            == std::string_view(utf8.constData(), size_t(utf8.size())))
            return QString::fromUtf8(m_text.constData() + it->at + it->keyLength, qsizetype(it->nameLength));
    }
    return QString();
}

} // namespace waymark::finance
