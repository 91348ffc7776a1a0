#pragma once

#include "core/result.h"
#include "ingest/importspec.h"

#include <QPair>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark::ingest {

class ImportSession;
class TableSource;

/// Runs an import specification over a table: every row is tested against
/// the spec's conditions, transformed, and written as the records the spec
/// describes, inside the import job's transaction. A value that cannot be
/// transformed rejects its row with TableSource::errorAt (file:line:column:
/// reason) into quarantine.
class SpecImporter {
public:
    static Status run(ImportSession& session, const ImportSpec& spec, TableSource& table);

    /// One record a previewed row becomes, as the editor shows it.
    struct PreviewRecord {
        QString id; ///< the record's id in the spec
        SpecTarget target = SpecTarget::Incident;
        QList<QPair<QString, QString>> values; ///< field → value as it would be written
    };
    /// One previewed row: its cells, the records it becomes, or its error.
    struct PreviewRow {
        qint64 row = 0; ///< 1-based data row (not counting the header)
        QStringList cells;
        bool skipped = false; ///< a condition of the spec left the row out
        bool blank = false; ///< every cell empty: passed over
        std::vector<PreviewRecord> records;
        Error error; ///< null when the row is good
        int errorCell = -1; ///< 0-based cell the error names; -1 for the whole row
    };
    /// Reads up to `maxRows` rows of an opened table and says what each
    /// becomes, writing nothing. Places resolve through the gazetteer
    /// (countries, codes, UN M49 regions once the gazetteer has them);
    /// cities and coordinates show as they would be created.
    static std::vector<PreviewRow> preview(const ImportSpec& spec, TableSource& table, int maxRows, int maxYear = 0);

    /// The saved specifications (of records, latest versions, by name) that
    /// read a table file: it opens as each says, and has every column each
    /// reads. How a file no reader recognises finds the specification made
    /// for its kind.
    static QStringList specsReading(store::Workspace& ws, const QString& path);
};

} // namespace waymark::ingest
