#pragma once

#include "core/result.h"
#include "ingest/tablesource.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace waymark::ingest {

/// One sheet of an XLSX (or XLSM) workbook, read by Waymark itself: the
/// sheet's XML is inflated and parsed (expat) a row at a time while it is
/// read, in constant memory but for the shared strings.
///
/// Why not GDAL, which reads every other spreadsheet and GIS table
/// (OgrTableSource): GDAL's XLSX driver parses the whole sheet into memory
/// before the first row comes out, and bench_xlsx measured it as the larger
/// part of an import (issue 15 §6: a sheet must import at least as fast as
/// `ogr2ogr -f SQLite`). This reader gives the same cells as OgrTableSource
/// (tst_xlsxtablesource compares the two row for row) with these
/// differences, each a correction:
/// - the header is the first row that has a value (GDAL: row 1 always);
/// - workbooks in the 1904 date system get their dates right;
/// - dates before 1 March 1900 are not a day off.
///
/// As OgrTableSource: the first row is the header (an empty header cell is
/// named "FieldN", N its column from 1); every value is text as the sheet
/// holds it (numbers with '.', booleans 0/1, errors as "#N/A"); a number
/// formatted as a date, date-time or time becomes ISO 8601 ("2024-03-01",
/// "2024-03-01T12:00:00", "12:00:00"), and so does text reading
/// "YYYY/MM/DD"; empty rows are skipped; errors read
/// "cases.xlsx [Sheet1]:12:3: reason"; formulas give their cached values and
/// notes() says so; a password-protected workbook is refused before anything
/// is read. Paths pass geo::GdalEnv::checkLocalPath(): local files only.
///
/// Hostile workbooks: a DOCTYPE is refused (no entity expansion), a cell
/// beyond column XFD or a shared string that does not exist is a BadRow at
/// its cell, broken XML is Fatal at its row, and the shared strings are
/// capped (a zip bomb of strings is refused, not inflated into memory).
class XlsxTableSource final : public TableSource {
    Q_DECLARE_TR_FUNCTIONS(XlsxTableSource)
public:
    /// `sheet`: a sheet name (exact, then ignoring case), or its 1-based
    /// position as digits; empty for the first.
    XlsxTableSource(QString path, QString sheet);
    ~XlsxTableSource() override;

    Status open() override;
    const QStringList& header() const override { return m_header; }
    Next next() override;
    int cellCount() const override { return int(m_current.cells.size()); }
    QString cell(int column) const override { return m_current.cell(column); }
    Error errorAt(int column, const QString& reason) const override
    {
        return m_current.errorAt(m_path, column, reason);
    }
    Error error() const override { return m_error; }
    QByteArray raw() const override { return m_current.csv(); }
    double progress() const override;
    QStringList notes() const override;

    /// The sheet actually read (after open()).
    QString tableName() const { return m_table; }
    /// The spreadsheet row number of the current row.
    qint64 rowNumber() const { return m_current.row; }

    /// The sheets of a workbook, in workbook order.
    static Result<QStringList> sheetNames(const QString& path);

    /// What a cell style's number format makes of a number.
    enum class NumberKind { Number, Date, DateTime, Time };
    /// Classifies an Excel number format code ("yyyy-mm-dd", "h:mm AM/PM",
    /// "0.00", "[$-409]d-mmm-yy;@").
    static NumberKind kindOfFormat(const QString& formatCode);
    /// A date serial as ISO 8601 text of `kind`; `date1904` for workbooks
    /// in the 1904 date system. Empty when the serial is not a plausible date.
    static QString serialToIso(double serial, NumberKind kind, bool date1904, bool millis);

private:
    struct Private;
    std::unique_ptr<Private> d;
    QString m_path;
    QString m_want;
    QString m_table;
    QStringList m_header;
    CellRow m_current;
    Error m_error;
};

} // namespace waymark::ingest
