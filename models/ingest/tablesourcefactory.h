#pragma once

#include "core/result.h"
#include "ingest/tablesource.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace waymark::ingest {

/// What to open of a file: its sheet or layer, and for text its delimiter.
struct TableOptions {
    char delimiter = 0; ///< 0: sniff
    QString sheet; ///< spreadsheet sheet, empty: the first
    QString layer; ///< GIS layer, empty: the first
};

/// Opens any table file as a TableSource, chosen by its suffix: delimited
/// text here; spreadsheets and GIS layers through openers registered by the
/// code that reads them (GDAL/OGR), so ingest/ need not know how. A suffix
/// nobody reads is "unsupported format", never a CSV error.
class TableSourceFactory {
public:
    using Opener = std::function<Result<std::unique_ptr<TableSource>>(const QString& path, const TableOptions&)>;

    /// Registers an opener for suffixes (lower case, no dot: "xlsx", "ods",
    /// "geojson"…); a later registration of a suffix replaces the earlier.
    static void registerOpener(const QStringList& suffixes, Opener opener);
    /// Suffixes some opener reads, delimited text included.
    static QStringList suffixes();
    /// Whether a file's suffix is read as delimited text (csv, tsv, txt, tab).
    static bool isDelimitedText(const QString& path);
    /// The table of a file (not yet opened: call open()).
    static Result<std::unique_ptr<TableSource>> create(const QString& path, const TableOptions& options = {});
};

} // namespace waymark::ingest
