#pragma once

#include <algorithm>
#include <cstdint>
#include <utility>
#include <vector>

namespace waymark::finance {

/// Dense 32-bit indices for 64-bit keys (text hashes, account key hashes), in
/// the order first added: 12–16 bytes a key while adding (the key, and open
/// addressing at most half full), 8 once frozen, where a std::unordered_map
/// takes about 40. What lets 50 million transactions over millions of
/// accounts be scored in a few GB.
class HashIndex {
public:
    HashIndex()
        : m_slots(1 << 10, 0)
    {
    }
    /// The index of `key`, added when new; `added` says which.
    std::uint32_t add(std::uint64_t key, bool* added = nullptr)
    {
        const size_t mask = m_slots.size() - 1;
        size_t i = slotOf(key, mask);
        while (const std::uint32_t slot = m_slots[i]) {
            if (m_keys[slot - 1] == key) {
                if (added)
                    *added = false;
                return slot - 1;
            }
            i = (i + 1) & mask;
        }
        const auto index = std::uint32_t(m_keys.size());
        m_keys.push_back(key);
        m_slots[i] = index + 1;
        if (m_keys.size() * 2 > m_slots.size())
            grow();
        if (added)
            *added = true;
        return index;
    }
    /// The index of `key`, or -1 (also once frozen: then by a search of a
    /// sorted copy, built by freeze()).
    std::int64_t find(std::uint64_t key) const
    {
        if (!m_slots.empty()) {
            const size_t mask = m_slots.size() - 1;
            for (size_t i = slotOf(key, mask); const std::uint32_t slot = m_slots[i]; i = (i + 1) & mask) {
                if (m_keys[slot - 1] == key)
                    return slot - 1;
            }
            return -1;
        }
        std::uint64_t lo = 0, hi = m_sorted.size();
        while (lo < hi) {
            const std::uint64_t mid = (lo + hi) / 2;
            if (m_keys[m_sorted[mid]] < key)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo < m_sorted.size() && m_keys[m_sorted[lo]] == key ? std::int64_t(m_sorted[lo]) : -1;
    }
    bool contains(std::uint64_t key) const { return find(key) >= 0; }
    /// Room for `keys` keys without moving the ones added (room never
    /// written is address space, not memory).
    void reserve(size_t keys) { m_keys.reserve(keys); }
    std::uint64_t key(std::uint32_t index) const { return m_keys[index]; }
    size_t size() const { return m_keys.size(); }
    /// Drops the open-addressing slots. With `searchable`, keeps a sorted
    /// list of indices (4 bytes a key) so that find() still works.
    void freeze(bool searchable)
    {
        m_slots = {};
        if (!searchable)
            return;
        m_sorted.resize(m_keys.size());
        for (std::uint32_t i = 0; i < m_sorted.size(); ++i)
            m_sorted[i] = i;
        std::sort(m_sorted.begin(), m_sorted.end(),
            [this](std::uint32_t a, std::uint32_t b) { return m_keys[a] < m_keys[b]; });
    }

private:
    static size_t slotOf(std::uint64_t key, size_t mask) { return size_t((key * 0x9E3779B97F4A7C15ULL) >> 20) & mask; }
    void grow()
    {
        std::vector<std::uint32_t> slots(m_slots.size() * 2, 0);
        const size_t mask = slots.size() - 1;
        for (std::uint32_t index = 0; index < m_keys.size(); ++index) {
            size_t i = slotOf(m_keys[index], mask);
            while (slots[i])
                i = (i + 1) & mask;
            slots[i] = index + 1;
        }
        m_slots = std::move(slots);
    }
    std::vector<std::uint64_t> m_keys;
    std::vector<std::uint32_t> m_slots;
    std::vector<std::uint32_t> m_sorted;
};

} // namespace waymark::finance
