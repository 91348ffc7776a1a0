#pragma once

#include "core/result.h"
#include "ingest/tablesource.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace waymark::ingest {

/// A sheet of a spreadsheet or a layer of a GIS file, as listOgrTables() finds it.
struct OgrTableInfo {
    QString name;
    int index = 0; ///< 1-based, in file order
    qint64 rows = -1; ///< data rows (features), -1 when unknown
    bool hasGeometry = false;
};

/// Whether `path` is a file OgrTableSource reads, by its suffix: .xlsx, .xlsm,
/// .ods, and the GIS formats (.geojson, .json, .kml, .kmz, .shp, .gpx, .fgb,
/// .gpkg, .mbtiles).
bool isOgrTableFile(const QString& path);
/// The suffixes isOgrTableFile() accepts, lower case, without the dot.
QStringList ogrTableSuffixes();
/// Whether `path` is a spreadsheet (.xlsx, .xlsm, .ods).
bool isSpreadsheetFile(const QString& path);

/// Refuses what no reader would read right: a password-protected workbook
/// (an OLE2 compound file holding EncryptionInfo, or an ODS with encrypted
/// parts) and an old binary .xls, each with what to do instead.
Status checkSpreadsheetNotProtected(const QString& path);

/// The sheets of a spreadsheet or the layers of a GIS file, in file order.
/// Errors: not local, unreadable, password-protected.
Result<QList<OgrTableInfo>> listOgrTables(const QString& path);

/// A table read through GDAL/OGR: one sheet of an XLSX or ODS workbook, or
/// one layer of a GIS file (see geo::OgrVectorFile for the formats).
///
/// Sheets: the first row is the header (row 1), every value comes as text as
/// the sheet shows its value: numbers with '.' as the decimal point, dates
/// and date-times as ISO 8601 ("2024-03-01", "2024-03-01T12:00:00"). Rows are
/// counted as the spreadsheet counts them, so an error reads
/// "cases.xlsx [Sheet1]:12:3: reason"; empty rows are skipped. Formulas give
/// their cached values (notes() says so). A password-protected workbook is
/// refused with a clear message before GDAL sees it.
///
/// GIS layers: the attributes are the cells; lon()/lat() are a
/// representative point (the point itself, a point on a polygon's surface,
/// a line's centroid) and geometryWkt() the geometry, both in WGS 84 after
/// reprojection from the layer's CRS, curves linearised. Errors read
/// "roads.gpkg [roads]:17:2: reason", 17 being the feature's position in
/// the layer (from 1). A feature whose geometry cannot be converted is a
/// BadRow.
///
/// Paths pass geo::GdalEnv::checkLocalPath(): local files only.
class OgrTableSource final : public TableSource {
    Q_DECLARE_TR_FUNCTIONS(OgrTableSource)
public:
    /// `sheetOrLayer`: a sheet or layer name, or its 1-based index as digits;
    /// empty for the first.
    OgrTableSource(QString path, QString sheetOrLayer);
    ~OgrTableSource() override;

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
    QByteArray raw() const override;
    double progress() const override;
    double lon() const override { return m_lon; }
    double lat() const override { return m_lat; }
    QString geometryWkt() const override { return m_wkt; }
    QStringList notes() const override;

    /// The sheet or layer actually read (after open()).
    QString tableName() const { return m_table; }
    /// The row (sheet) or feature position (layer) of the current row.
    qint64 rowNumber() const { return m_current.row; }

    /// The names of the two columns a layer with geometry gets after its
    /// fields: each feature's point in WGS 84 degrees.
    static QString geometryLongitude();
    static QString geometryLatitude();

    /// Turns GDAL's text of a spreadsheet date ("2024/03/01",
    /// "2024/03/01 12:00:00") into ISO 8601; other text is returned as is.
    static QString isoDate(const QString& text);

private:
    QString layerText(const char* bytes);

    struct Private;
    std::unique_ptr<Private> d;
    QString m_path;
    QString m_want;
    QString m_table;
    QStringList m_header;
    QStringList m_notes;
    CellRow m_current;
    Error m_error;
    qint64 m_ordinal = 0;
    qint64 m_total = -1;
    double m_lon;
    double m_lat;
    int m_lonColumn = -1, m_latColumn = -1; ///< the point's columns in the header, -1 when none
    QString m_wkt;
    bool m_spreadsheet = false;
    bool m_latin1 = false; ///< text that was not UTF-8 was read as Latin-1 (said once in the notes)
};

/// The source for a sheet or layer, not yet opened (call open()).
std::unique_ptr<TableSource> openOgrTable(const QString& path, const QString& sheetOrLayer);

} // namespace waymark::ingest
