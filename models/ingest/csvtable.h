#pragma once

#include "core/fuzzydate.h"
#include "core/result.h"
#include "core/taxonomy.h"
#include "ingest/csvreader.h"

#include <QStringList>

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string_view>
#include <vector>

class QIODevice;

namespace waymark::ingest {

class ImportSession;

/// A CSV file with a header row, read record by record for an importer. It
/// owns the loop every reader shares: header by name, field-count check,
/// malformed records to quarantine, progress and cancel.
class CsvTable {
public:
    /// `context` is the translation context of the messages given to the checks.
    CsvTable(ImportSession& session, QIODevice* device, const QString& displayName, qint64 totalBytes,
        char delimiter = ',', const char* context = "CsvTable");

    /// Reads the header row.
    Status open();
    /// Index of a column by name (case-insensitive), or -1.
    int column(std::string_view name) const;
    /// Fails, naming the first column of `names` that the header lacks.
    Status require(const std::vector<const char*>& names) const;
    const QStringList& header() const { return m_header; }
    const CsvReader& reader() const { return m_reader; }

    /// The trimmed value of a column in the current row; empty when the
    /// column is absent or the value is missing (empty or NULL).
    std::string_view value(int column) const;

    /// Calls `handle` for every well-formed record; malformed ones are
    /// rejected with their reason. The handler rejects a row through the
    /// session and returns Ok; an error it returns stops the import.
    Status forEachRow(const std::function<Status()>& handle);

    /// Whether every cell of the current row is empty (forEachRow passes
    /// such rows over and counts them: ImportSummary::rowsBlank).
    bool blank() const;

    /// Rejects the current row at `column` (or the row start when -1).
    Status reject(int column, const QString& reason);

    // Checks of the current row's values. Each rejects the row and returns
    // false on a bad value; `message` is untranslated (QT_TRANSLATE_NOOP in
    // the context given to the constructor).

    /// A value one of `allowed` (or empty, when optional); `message` has
    /// %1 for the value and %2 for the allowed ones.
    bool oneOf(int column, const QString& value, const QStringList& allowed, const char* message, Status& status,
        bool optional = false);
    /// A list of taxonomy codes separated by ';' or '|', as bits; `message`
    /// has %1 for the unknown code and %2 for the known ones.
    bool codes(int column, Taxonomy::Group group, const char* message, std::uint32_t& bits, Status& status);
    /// An optional point: both columns or neither, in degrees within range;
    /// lon and lat stay NaN when the row has no point.
    bool optionalPoint(int lonColumn, int latColumn, double& lon, double& lat, Status& status);
    /// An optional date (YYYY, YYYY-MM or YYYY-MM-DD up to the session's last year).
    bool optionalDate(int column, std::optional<FuzzyDate>& date, Status& status);

private:
    ImportSession& m_session;
    CsvReader m_reader;
    qint64 m_total;
    const char* m_context;
    QStringList m_header;
};

} // namespace waymark::ingest
