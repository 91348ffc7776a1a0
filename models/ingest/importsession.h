#pragma once

#include "core/feedback.h"
#include "core/result.h"
#include "ingest/importoptions.h"
#include "ingest/importsummary.h"

#include <QHash>

#include <string_view>
#include <vector>

namespace waymark::store {
class BulkLoad;
class RowDigestRecorder;
class Workspace;
}

namespace waymark::ingest {

class CsvReader;

/// The state one import shares between the job and the format readers: the
/// workspace (inside the job's transaction), the extract row, the summary,
/// feedback, and the place lookups every format needs.
class ImportSession {
public:
    ImportSession(
        store::Workspace& workspace, Feedback& feedback, const ImportOptions& options, ImportSummary& summary);

    store::Workspace& workspace() { return m_workspace; }
    Feedback& feedback() { return m_feedback; }
    const ImportOptions& options() const { return m_options; }
    ImportSummary& summary() { return m_summary; }
    qint64 extractId() const { return m_summary.extractId; }
    int maxYear() const { return m_options.maxYear; }
    /// The import's row digest, told of the rows SQLite's hook does not see.
    void setRowDigest(store::RowDigestRecorder* digest) { m_digest = digest; }
    /// The import's bulk load: while it defers them, writers leave the
    /// search (FTS5) and map (R*Tree) rows of new incidents and entities to it.
    void setBulkLoad(store::BulkLoad* bulk) { m_bulk = bulk; }
    bool defersSearch() const;
    /// Tells the bulk load that an incident it defers has a summary to
    /// search or a point to map (it scans the new incidents only then).
    void deferredIncident(bool hasSummary, bool hasPoint);

    /// A row that cannot be imported: counted, reported, and kept verbatim in
    /// quarantine (the transaction is rolled back anyway if keep-going is off).
    Status reject(const Error& error, const QByteArray& raw);
    /// Shorthand for a row of a CSV reader.
    Status reject(const CsvReader& reader, int field, const QString& reason);

    /// Place id of a country by gazetteer code (alpha-2/alpha-3), or 0.
    qint64 countryByCode(std::string_view code) const;
    /// Place id for a country code, a name or variant known to the workspace,
    /// or a UN M49 region by name or code ("Western Europe", "155"), or 0.
    /// A merged region ("Americas/Oceania") whose parts are known is created on
    /// first use, holding its parts' countries.
    qint64 placeByName(std::string_view text);
    /// Whether a place id is a region (a place without a point).
    bool isRegion(qint64 placeId);

    /// Writes an entity (with its full-text row) and returns its id. `key`
    /// must be new to the workspace; `attributesJson` may be empty.
    Result<qint64> addEntity(std::string_view key, std::string_view type, std::string_view label, qint64 sourceId,
        std::string_view attributesJson, qint64 line);
    /// Records that an entity was involved in an incident, in a role
    /// (victim, suspect, recruiter, controller, witness, associated).
    Status involve(qint64 incidentId, qint64 entityId, std::string_view role, qint64 line);
    /// A city in a country, created on first use with its coordinates.
    Result<qint64> city(qint64 countryId, const QString& name, double lon, double lat, qint64 line);

    /// Reports progress as a fraction of bytes. With a base set, `done` of
    /// the current file counts on top of the files before it.
    void progress(qint64 done, qint64 total);
    void setProgressBase(qint64 before, qint64 grandTotal)
    {
        m_before = before;
        m_grandTotal = grandTotal;
    }

private:
    qint64 mergedRegion(const QString& name, const QString& key);

    store::Workspace& m_workspace;
    Feedback& m_feedback;
    const ImportOptions& m_options;
    ImportSummary& m_summary;
    store::RowDigestRecorder* m_digest = nullptr;
    store::BulkLoad* m_bulk = nullptr;
    std::vector<qint64> m_countryIds; ///< by gazetteer index
    QHash<QString, qint64> m_names;
    QHash<qint64, bool> m_isRegion;
    qint64 m_before = 0;
    qint64 m_grandTotal = 0;
};

} // namespace waymark::ingest
