#pragma once

#include "core/error.h"
#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cmath>
#include <memory>
#include <vector>

namespace waymark::ingest {

/// One table of rows with a header, whatever file it comes from: a delimited
/// text file, a spreadsheet sheet, a GIS layer (its attribute table, with one
/// geometry per row). An import specification reads every table through this
/// interface, so a specification mapped once works on any of them.
///
/// Rows are read one at a time, in file order, in constant memory.
class TableSource {
public:
    enum class Next {
        Row, ///< a row is available: cell(), point(), geometryWkt()
        End, ///< no more rows
        BadRow, ///< this row is unreadable but the next can be read; error() says why, raw() has it
        Fatal, ///< the rest of the table cannot be read; error() says why
    };

    virtual ~TableSource() = default;

    /// The name a header cell with no text gets: its position ("column3"
    /// for index 2), as the text readers name it.
    static QString unnamedColumn(int index) { return QStringLiteral("column%1").arg(index + 1); }

    /// Opens the table and reads its header.
    virtual Status open() = 0;
    /// Column names, in table order (a GIS layer's geometry is not a column).
    virtual const QStringList& header() const = 0;
    /// Reads the next row.
    virtual Next next() = 0;
    /// Number of cells of the current row (may differ from the header's).
    virtual int cellCount() const = 0;
    /// A cell of the current row as text, untrimmed; empty when absent.
    /// Numbers and dates of spreadsheets come as the text of their value
    /// (ISO 8601 for dates; no grouping, '.' as decimal point).
    virtual QString cell(int column) const = 0;
    /// An error at a cell of the current row (column -1: the row itself),
    /// located the way the source counts: file:line:column for text,
    /// "file [sheet]":row:column for a sheet, "file [layer]":feature:column
    /// for a GIS layer.
    virtual Error errorAt(int column, const QString& reason) const = 0;
    /// Why the last next() returned BadRow or Fatal.
    virtual Error error() const = 0;
    /// The current row as it stood in the file (for quarantine).
    virtual QByteArray raw() const = 0;
    /// Fraction of the table read so far, 0..1.
    virtual double progress() const = 0;

    /// A point for the current row when the source has geometry (a layer's
    /// point, or a representative point of a line or polygon): lon/lat in
    /// WGS 84 degrees, NaN when the row has none.
    virtual double lon() const { return std::nan(""); }
    virtual double lat() const { return std::nan(""); }
    /// The current row's geometry as WKT in WGS 84, empty when none.
    virtual QString geometryWkt() const { return {}; }

    /// Things the reader did that the user should know, said once per table
    /// (e.g. "formulas were imported as their cached values").
    virtual QStringList notes() const { return {}; }

    /// Whether the current row has nothing in it: every cell empty or
    /// spaces, and no geometry (a line of delimiters only, as spreadsheets
    /// export their unused rows).
    bool rowIsBlank() const;
};

/// The current row of a source whose rows are cells that were never a line
/// of text (a sheet, a GIS layer): what their cell(), errorAt() and raw()
/// share.
struct CellRow {
    std::vector<QString> cells;
    QString where; ///< "file [table]", how errors name the table
    qint64 row = 0; ///< the sheet's row number or the layer's feature position

    QString cell(int column) const
    {
        return column >= 0 && size_t(column) < cells.size() ? cells[size_t(column)] : QString();
    }
    /// An error at a cell of this row ("cases.xlsx [Cases]:12:3: reason");
    /// `file` names it until the table is known.
    Error errorAt(const QString& file, int column, const QString& reason) const;
    /// The row as one CSV line (for quarantine), with `extra` fields after the cells.
    QByteArray csv(const QStringList& extra = {}) const;
};

} // namespace waymark::ingest
