#pragma once

#include "core/fuzzydate.h"
#include "core/result.h"
#include "core/taxonomy.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

namespace waymark::ingest {

class CsvTable;
class ExtractArchive;
class ImportSession;

/// Reads a hub extract (docs/hub-extract.md): manifest.json, then the CSV
/// tables in dependency order (sources, entities, incidents, route legs,
/// links, accounts, transactions). IDs are the hub's; a row whose ID an
/// earlier extract brought is skipped as a duplicate, an ID twice in one
/// file is an error, a reference to an unknown ID is an error.
class HubExtractImporter {
public:
    static Status run(ImportSession& session, const QString& path);

private:
    struct Known {
        qint64 id = 0;
        qint64 line = 0;
    };
    /// The keys of one hub table that rows refer to: those this extract
    /// brought, and those found in the workspace from earlier extracts.
    ///
    /// A flat open-addressing table, not a QHash: a hub extract brings
    /// millions of transaction ids, nearly all new, and a slot holds a tag
    /// of the key's hash, so looking for a new key reads one cache line of
    /// slots and no key (with QHash, the two lookups a row makes were 9 % of
    /// the 200,000-incident hub extract's import). Keys are copied into
    /// large blocks: a heap block per key cost more than the table.
    struct Keys {
        Keys(const char* keyColumn, const char* sql, const char* unknownKey)
            : column(keyColumn)
            , lookupSql(sql)
            , unknown(unknownKey)
        {
        }
        const char* column; ///< the key column, as named in error messages
        const char* lookupSql; ///< finds the id of a key an earlier extract brought
        const char* unknown; ///< untranslated "unknown …" message, %1 the key

        /// What is known of `key`, or null. The pointer lasts until the next insert.
        Known* find(std::string_view key);
        /// Records `key`'s id and line, replacing what was known of it.
        void insert(std::string_view key, Known known);

    private:
        struct Entry {
            const char* key;
            std::uint32_t size;
            std::uint32_t hashLow;
            Known known;
        };
        /// The slot that holds `key`, or the empty one where it would go;
        /// `hash` is set to the key's hash.
        size_t probe(std::string_view key, std::uint64_t& hash);
        void grow();
        Entry& entryOf(std::uint64_t slot) { return m_entries[size_t(slot & 0xffffffffu) - 1]; }

        std::vector<std::uint64_t> m_slots = {}; ///< hash's high half << 32 | entry index + 1; 0 is empty
        std::vector<Entry> m_entries = {};
        std::vector<std::unique_ptr<char[]>> m_bytes = {};
        size_t m_used = 0, m_capacity = 0; ///< of m_bytes.back()
    };
    /// One table of the extract: its file, the columns it must have and
    /// the member that reads its rows.
    struct Table {
        const char* file;
        std::vector<const char*> required;
        Status (HubExtractImporter::*read)(CsvTable&);
    };
    static const std::vector<Table>& tables();

    HubExtractImporter(ImportSession& session, ExtractArchive& archive);
    Status table(const Table& table);
    Status sources(CsvTable& t);
    Status entities(CsvTable& t);
    Status incidents(CsvTable& t);
    Status routeLegs(CsvTable& t);
    Status links(CsvTable& t);
    Status incidentEntities(CsvTable& t);
    Status accounts(CsvTable& t);
    Status transactions(CsvTable& t);

    /// Id for a key from this extract or an earlier one, or 0.
    qint64 lookup(Keys& keys, std::string_view key);
    /// The id a reference column names; rejects the row (a missing value,
    /// or `unknown`, else the table's own message) and returns 0 otherwise.
    qint64 reference(CsvTable& t, Keys& keys, int column, Status& status, const char* unknown = nullptr);
    /// Checks that the key column has a value not seen before in this file;
    /// rejects the row otherwise and returns false.
    bool freshKey(CsvTable& t, Keys& keys, int column, Status& status);
    /// After an INSERT … ON CONFLICT DO NOTHING: records the key's id and
    /// counts the row as imported or as a duplicate of an earlier extract.
    /// Returns the new row's id, or 0 for a duplicate.
    qint64 settle(Keys& keys, std::string_view key, qint64 line);
    /// Counts a row without a key of its own as imported or duplicate.
    void count(bool added);
    /// Validates a grade column against the scheme of the row's source.
    bool gradeOk(CsvTable& t, int column, qint64 sourceId, Status& status);
    /// The columns of the header a table does not define.
    static std::vector<int> extraColumns(const CsvTable& t, const QList<int>& known);
    /// The row's values of those columns as a JSON object (or empty).
    QString attributes(const CsvTable& t, const std::vector<int>& extra) const;

    ImportSession& m_session;
    ExtractArchive& m_archive;
    Keys m_sources, m_entities, m_incidents, m_accounts, m_links, m_transactions;
    QHash<qint64, QString> m_schemes;
};

} // namespace waymark::ingest
