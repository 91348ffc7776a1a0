#pragma once

#include "core/result.h"
#include "ingest/csvreader.h"

#include <QStringList>

#include <functional>
#include <initializer_list>
#include <string_view>

class QIODevice;

namespace waymark::ingest {

class ImportSession;

/// A CSV file with a header row, read record by record for an importer. It
/// owns the loop every reader shares: header by name, field-count check,
/// malformed records to quarantine, progress and cancel.
class CsvTable {
public:
    CsvTable(
        ImportSession& session, QIODevice* device, const QString& displayName, qint64 totalBytes, char delimiter = ',');

    /// Reads the header row.
    Status open();
    /// Index of a column by name (case-insensitive), or -1.
    int column(std::string_view name) const;
    /// Fails, naming the first column of `names` that the header lacks.
    Status require(std::initializer_list<const char*> names) const;
    const QStringList& header() const { return m_header; }
    const CsvReader& reader() const { return m_reader; }

    /// The trimmed value of a column in the current row; empty when the
    /// column is absent or the value is missing (empty or NULL).
    std::string_view value(int column) const;

    /// Calls `handle` for every well-formed record; malformed ones are
    /// rejected with their reason. The handler rejects a row through the
    /// session and returns Ok; an error it returns stops the import.
    Status forEachRow(const std::function<Status()>& handle);

    /// Rejects the current row at `column` (or the row start when -1).
    Status reject(int column, const QString& reason);

private:
    ImportSession& m_session;
    CsvReader m_reader;
    qint64 m_total;
    QStringList m_header;
};

} // namespace waymark::ingest
