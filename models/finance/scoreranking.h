#pragma once

#include "core/result.h"
#include "finance/scorepresentation.h"
#include "finance/scorer.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::finance {

/// A score run's accounts ranked highest first, as `waymark score` lists
/// and writes them, held compactly (issue 15 §6): what a ranked row shows is
/// kept as numbers and indices (the model output, the leading typology and
/// its log-odds, each typology's probability, the hits as indicator
/// indices) with the account keys in one byte arena, about 110 bytes an
/// account where a row of QStrings and vectors took about 440; the verdict
/// (score or calibrated probability, its reliability) is made again from
/// them when a row is read. With `keepTop` only that many best scored
/// accounts are kept, whatever the bank's size.
///
/// The order is the one a stable sort on AccountVerdict::sortKey() (highest
/// first) of the accounts in the order added gives; ranks count scored
/// accounts only.
class ScoreRanking {
public:
    /// One ranked account as shown or written.
    struct Row {
        QString key;
        AccountVerdict verdict; ///< with its rank (0 when not scored)
        std::vector<double> perTypology; ///< each typology's probability, in the scorer's order
        QString hits; ///< the leading typology's indicators that fired, by id, space-separated
        QString reason; ///< why the account was not scored
        qint64 transactions = 0, duplicates = 0, setAside = 0;
    };

    /// `scorer` and `presentation` must outlive the ranking. `keepTop` 0
    /// keeps every account.
    ScoreRanking(const Scorer& scorer, const ScorePresentation& presentation, size_t keepTop = 0);

    void add(const AccountScore& score);
    /// Accounts added.
    qint64 added() const { return m_added; }
    /// Calls `f` with each kept row in rank order (sorts on the first call).
    void forEach(const std::function<void(const Row&)>& f);
    /// Bytes held (arenas and rows), for the memory figures.
    size_t bytes() const;

private:
    struct Packed {
        double sortKey; ///< AccountVerdict::sortKey()
        double output; ///< the model's output, NaN when not scored
        double leadingLogOdds;
        qint64 transactions, duplicates, setAside;
        std::uint32_t key; ///< start in m_keys; it ends where the next row's starts
        std::uint32_t values; ///< start in m_values
        std::uint32_t hits; ///< start in m_hits
        std::uint32_t reason; ///< index in m_reasons
        std::int32_t leading; ///< the leading typology's index in the scorer, or -1
    };
    Row unpack(size_t i) const;
    void sort();

    const Scorer& m_scorer;
    const ScorePresentation& m_presentation;
    const size_t m_keepTop;
    qint64 m_added = 0;
    bool m_sorted = false;
    // Every row (keepTop 0)…
    std::vector<Packed> m_rows;
    QByteArray m_keys; ///< UTF-8, one after another
    std::vector<double> m_values;
    std::vector<std::uint16_t> m_hits; ///< indicator indices
    QStringList m_reasons; ///< distinct reasons; 0 is the empty one
    QHash<QString, std::uint32_t> m_reasonIndex;
    std::vector<std::uint32_t> m_order; ///< rows in rank order, once sorted
    // …or the best keepTop, materialised, in rank order.
    std::vector<Row> m_top;
};

/// Account holders' names by account key (ScoreRun::holderNames), held in
/// one arena sorted by a hash of the key: about 40 bytes an account where a
/// QHash of QStrings took about 200.
class HolderNames {
public:
    static Result<HolderNames> load(store::Workspace& ws);
    /// The holder's name, or an empty string.
    QString value(const QString& key) const;
    size_t size() const { return m_entries.size(); }

private:
    struct Entry {
        std::uint64_t hash;
        std::uint32_t at; ///< key then name in m_text
        std::uint32_t keyLength, nameLength;
    };
    std::vector<Entry> m_entries; ///< by hash, equal hashes in the order read
    QByteArray m_text;
};

} // namespace waymark::finance
