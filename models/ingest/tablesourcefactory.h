#pragma once

#include "core/result.h"
#include "ingest/tablesource.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace waymark::ingest {

/// What to open of a file: its sheet or layer, and for text its delimiter.
struct TableOptions {
    char delimiter = 0; ///< 0: sniff
    QString sheet; ///< spreadsheet sheet, empty: the first
    QString layer; ///< GIS layer, empty: the first
    /// The row the header is on, as the file counts rows (a sheet's row, a
    /// text file's line); the rows above it are a title or notes, not read.
    /// 0: the first row with a value.
    int headerRow = 0;
};

/// Opens any table file as a TableSource, chosen by its suffix: delimited
/// text, or a spreadsheet sheet or GIS layer through GDAL/OGR. A suffix
/// nobody reads is "unsupported format", never a CSV error.
class TableSourceFactory {
public:
    /// Suffixes read as tables: delimited text, sheets and GIS layers.
    static QStringList suffixes();
    /// Whether a file's suffix is read as delimited text (csv, tsv, txt, tab).
    static bool isDelimitedText(const QString& path);
    /// The table of a file (not yet opened: call open()).
    static Result<std::unique_ptr<TableSource>> create(const QString& path, const TableOptions& options = {});
};

} // namespace waymark::ingest
