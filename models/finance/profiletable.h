#pragma once

#include "finance/accountledger.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <limits>
#include <vector>

namespace waymark::finance {

/// Every account's profile for a scoring run, held compactly (issue 15 §6):
/// the keys' UTF-8 in one arena, currencies and occupations as indices into
/// their distinct texts, the address parts in one array, about 70 bytes an
/// account where a vector of AccountProfile took about 200 (three QStrings,
/// a vector and their allocations each). get() gives back the profile as it
/// was added.
class ProfileTable {
public:
    ProfileTable() { m_texts << QString(); }
    size_t size() const { return m_rows.size(); }
    bool empty() const { return m_rows.empty(); }
    qint64 accountId(size_t i) const { return m_rows[i].accountId; }
    /// The key's UTF-8 (as QString::toUtf8 of the profile's key gives it).
    QByteArray keyUtf8(size_t i) const
    {
        const std::uint32_t end = i + 1 < m_rows.size() ? m_rows[i + 1].key : std::uint32_t(m_keys.size());
        return QByteArray::fromRawData(m_keys.constData() + m_rows[i].key, qsizetype(end - m_rows[i].key));
    }
    int sharedDetails(size_t i) const { return m_rows[i].sharedDetails; }
    std::uint32_t fields(size_t i) const { return m_rows[i].fields; }

    /// Account i's profile, into `p` (its storage reused).
    void get(size_t i, AccountProfile& p) const
    {
        const Row& r = m_rows[i];
        p.accountId = r.accountId;
        const QByteArray key = keyUtf8(i);
        p.key = QString::fromUtf8(key.constData(), key.size());
        p.currency = m_texts[qsizetype(r.currency)];
        p.occupation = m_texts[qsizetype(r.occupation)];
        p.declaredIncome = r.declaredIncome;
        p.sharedDetails = r.sharedDetails;
        p.fields = r.fields;
        const std::uint32_t end = i + 1 < m_rows.size() ? m_rows[i + 1].areas : std::uint32_t(m_areas.size());
        p.homeAreas.assign(m_areas.begin() + r.areas, m_areas.begin() + end);
    }
    AccountProfile at(size_t i) const
    {
        AccountProfile p;
        get(i, p);
        return p;
    }

    /// Adds the next profile (profiles go in account id order); false when
    /// the arenas would pass 4 GB.
    bool add(const AccountProfile& p)
    {
        const QByteArray key = p.key.toUtf8();
        if (size_t(m_keys.size()) + size_t(key.size()) > std::numeric_limits<std::uint32_t>::max()
            || m_areas.size() + p.homeAreas.size() > std::numeric_limits<std::uint32_t>::max())
            return false;
        Row r;
        r.accountId = p.accountId;
        r.key = std::uint32_t(m_keys.size());
        m_keys += key;
        r.currency = text(p.currency);
        r.occupation = text(p.occupation);
        r.declaredIncome = p.declaredIncome;
        r.sharedDetails = p.sharedDetails;
        r.fields = p.fields;
        r.areas = std::uint32_t(m_areas.size());
        m_areas.insert(m_areas.end(), p.homeAreas.begin(), p.homeAreas.end());
        m_rows.push_back(r);
        return true;
    }
    void reserve(size_t n) { m_rows.reserve(n); }
    /// Drops the room the arenas grew into, and the index of distinct texts.
    void squeeze()
    {
        m_rows.shrink_to_fit();
        m_keys.squeeze();
        m_areas.shrink_to_fit();
        m_textIndex = {};
    }
    /// Bytes held, for the memory figures.
    size_t bytes() const
    {
        return m_rows.capacity() * sizeof(Row) + size_t(m_keys.capacity()) + m_areas.capacity() * 8;
    }

private:
    struct Row {
        qint64 accountId = 0;
        double declaredIncome = -1;
        std::uint32_t key = 0; ///< start in m_keys; it ends where the next row's starts
        std::uint32_t areas = 0; ///< start in m_areas; likewise
        std::uint32_t currency = 0, occupation = 0; ///< indices in m_texts
        std::int32_t sharedDetails = -1;
        std::uint32_t fields = 0;
    };
    std::uint32_t text(const QString& t)
    {
        if (t.isNull())
            return 0; // kept apart from an empty text, which a QHash would merge with it
        auto it = m_textIndex.constFind(t);
        if (it == m_textIndex.constEnd()) {
            it = m_textIndex.insert(t, std::uint32_t(m_texts.size()));
            m_texts << t;
        }
        return it.value();
    }
    std::vector<Row> m_rows;
    QByteArray m_keys;
    std::vector<std::uint64_t> m_areas;
    QStringList m_texts; ///< distinct currencies and occupations; 0 is the null text
    QHash<QString, std::uint32_t> m_textIndex;
};

} // namespace waymark::finance
