#include "ogrtablesource.h"

#include "core/logging.h"
#include "geo/gdalapi.h"
#include "geo/gdalenv.h"
#include "geo/ogrlayers.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>
#include <cstring>
#include <future>
#include <limits>

namespace waymark::ingest {

using geo::GdalDataset;
using geo::GdalEnv;

namespace {

const QStringList& spreadsheetSuffixes()
{
    static const QStringList s { QStringLiteral("xlsx"), QStringLiteral("xlsm"), QStringLiteral("ods") };
    return s;
}
const QStringList& gisSuffixes()
{
    static const QStringList s { QStringLiteral("geojson"), QStringLiteral("json"), QStringLiteral("kml"),
        QStringLiteral("kmz"), QStringLiteral("shp"), QStringLiteral("gpx"), QStringLiteral("fgb"),
        QStringLiteral("gpkg"), QStringLiteral("mbtiles") };
    return s;
}

/// A whole member of a zip archive on disk, read through GDAL's /vsizip/
/// (the archive path has passed checkLocalPath); empty when absent.
/// Stops after `limit` bytes.
QByteArray zipMember(const QString& archive, const QString& member, qint64 limit = qint64(512) << 20)
{
    const QByteArray name
        = (QStringLiteral("/vsizip/") + QFileInfo(archive).absoluteFilePath() + QLatin1Char('/') + member).toUtf8();
    VSILFILE* f = VSIFOpenL(name.constData(), "rb");
    if (!f)
        return {};
    QByteArray out;
    char buffer[1 << 16];
    size_t n;
    while ((n = VSIFReadL(buffer, 1, sizeof buffer, f)) > 0 && out.size() < limit)
        out.append(buffer, qsizetype(n));
    VSIFCloseL(f);
    return out;
}

/// Whether a member of the archive has a formula element (<f>, <f .../>, or
/// a prefixed <x:f>), read in chunks so a sheet of a million rows is never
/// held whole. Sheet XML has few 'f' bytes, so memchr on 'f' and a look at
/// its neighbours is one fast pass.
bool zipMemberHasFormula(const QString& archive, const QString& member)
{
    const QByteArray name
        = (QStringLiteral("/vsizip/") + QFileInfo(archive).absoluteFilePath() + QLatin1Char('/') + member).toUtf8();
    VSILFILE* f = VSIFOpenL(name.constData(), "rb");
    if (!f)
        return false;
    constexpr size_t chunk = 1 << 20;
    std::vector<char> buffer(chunk + 2);
    size_t kept = 0;
    bool found = false;
    for (;;) {
        const size_t n = VSIFReadL(buffer.data() + kept, 1, chunk, f);
        const size_t size = kept + n;
        const char* end = buffer.data() + size;
        // An 'f' in the last byte is looked at again with the next chunk.
        const char* stop = n == 0 ? end : end - 1;
        for (const char* q = buffer.data() + 1; q < stop; ++q) {
            q = static_cast<const char*>(std::memchr(q, 'f', size_t(stop - q)));
            if (!q)
                break;
            if ((q[-1] == '<' || q[-1] == ':') && (q + 1 == end || q[1] == '>' || q[1] == ' ' || q[1] == '/')) {
                found = true;
                break;
            }
        }
        if (found || n == 0 || size < 2)
            break;
        buffer[0] = end[-2];
        buffer[1] = end[-1];
        kept = 2;
    }
    VSIFCloseL(f);
    return found;
}

/// The worksheet part of an XLSX sheet, from workbook.xml and its relationships.
QString xlsxSheetPart(const QString& path, const QString& sheet)
{
    const QString workbook = QString::fromUtf8(zipMember(path, QStringLiteral("xl/workbook.xml"), 16 << 20));
    const QString rels = QString::fromUtf8(zipMember(path, QStringLiteral("xl/_rels/workbook.xml.rels"), 16 << 20));
    static const QRegularExpression sheetTag(QStringLiteral("<(?:\\w+:)?sheet\\b([^>]*)>"));
    static const QRegularExpression nameAttr(QStringLiteral("\\bname=\"([^\"]*)\""));
    static const QRegularExpression idAttr(QStringLiteral("\\br:id=\"([^\"]*)\""));
    QString id;
    for (auto it = sheetTag.globalMatch(workbook); it.hasNext();) {
        const QString attrs = it.next().captured(1);
        QString name = nameAttr.match(attrs).captured(1);
        name.replace(QLatin1String("&amp;"), QLatin1String("&"))
            .replace(QLatin1String("&lt;"), QLatin1String("<"))
            .replace(QLatin1String("&gt;"), QLatin1String(">"))
            .replace(QLatin1String("&quot;"), QLatin1String("\""))
            .replace(QLatin1String("&apos;"), QLatin1String("'"));
        if (name == sheet) {
            id = idAttr.match(attrs).captured(1);
            break;
        }
    }
    if (id.isEmpty())
        return {};
    static const QRegularExpression relTag(QStringLiteral("<(?:\\w+:)?Relationship\\b([^>]*)>"));
    static const QRegularExpression targetAttr(QStringLiteral("\\bTarget=\"([^\"]*)\""));
    for (auto it = relTag.globalMatch(rels); it.hasNext();) {
        const QString attrs = it.next().captured(1);
        if (attrs.contains(QStringLiteral("Id=\"%1\"").arg(id))) {
            QString target = targetAttr.match(attrs).captured(1);
            if (target.startsWith(QLatin1Char('/')))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return {};
}

bool xlsxSheetHasFormulas(const QString& path, const QString& sheet)
{
    const QString part = xlsxSheetPart(path, sheet);
    if (part.isEmpty())
        return false;
    return zipMemberHasFormula(path, part);
}

bool odsSheetHasFormulas(const QString& path, const QString& sheet)
{
    const QByteArray content = zipMember(path, QStringLiteral("content.xml"));
    QByteArray escaped = sheet.toUtf8();
    escaped.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    const qsizetype start = content.indexOf(QByteArray("table:name=\"" + escaped + '"'));
    if (start < 0)
        return content.contains("table:formula=");
    qsizetype end = content.indexOf("</table:table>", start);
    if (end < 0)
        end = content.size();
    const qsizetype formula = content.indexOf("table:formula=", start);
    return formula >= 0 && formula < end;
}

Result<GdalDataset> openTableFile(const QString& path)
{
    // Local files only, checked before anything reads a byte.
    if (auto local = GdalEnv::checkLocalPath(path); !local)
        return local.error();
    if (isSpreadsheetFile(path)) {
        if (auto ok = checkSpreadsheetNotProtected(path); !ok)
            return ok.error();
        // The first row is the header: GdalEnv sets OGR_XLSX_HEADERS/OGR_ODS_HEADERS.
        return geo::openGdal(path, geo::spreadsheetDrivers());
    }
    return geo::openGdal(path, geo::gisVectorDrivers());
}

QString isoOfField(OGRFeatureH f, int i, OGRFieldType type)
{
    int y = 0, m = 0, d = 0, hh = 0, mm = 0, tz = 0;
    float ss = 0;
    if (!OGR_F_GetFieldAsDateTimeEx(f, i, &y, &m, &d, &hh, &mm, &ss, &tz))
        return QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
    const QString date = QStringLiteral("%1-%2-%3")
                             .arg(y, 4, 10, QLatin1Char('0'))
                             .arg(m, 2, 10, QLatin1Char('0'))
                             .arg(d, 2, 10, QLatin1Char('0'));
    if (type == OFTDate)
        return date;
    const double whole = std::floor(double(ss));
    QString time = QStringLiteral("%1:%2:%3")
                       .arg(hh, 2, 10, QLatin1Char('0'))
                       .arg(mm, 2, 10, QLatin1Char('0'))
                       .arg(int(whole), 2, 10, QLatin1Char('0'));
    const int millis = int(std::lround((double(ss) - whole) * 1000));
    if (millis > 0)
        time += QStringLiteral(".%1").arg(millis, 3, 10, QLatin1Char('0'));
    if (tz == 100)
        time += QLatin1Char('Z');
    else if (tz > 1) {
        const int offset = (tz - 100) * 15;
        time += QStringLiteral("%1%2:%3")
                    .arg(offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
                    .arg(std::abs(offset) / 60, 2, 10, QLatin1Char('0'))
                    .arg(std::abs(offset) % 60, 2, 10, QLatin1Char('0'));
    }
    if (type == OFTTime)
        return time;
    return date + QLatin1Char('T') + time;
}

} // namespace

/// Refuses what GDAL would misread: a password-protected workbook (an
/// OLE2 compound file holding EncryptionInfo, or an ODS with encrypted
/// parts) and an old binary .xls.
Status checkSpreadsheetNotProtected(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(OgrTableSource::tr("%1: cannot be read: %2").arg(path, f.errorString()));
    const QByteArray head = f.read(1 << 20);
    static const QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    if (head.startsWith(ole)) {
        const QString encryptionInfo = QStringLiteral("EncryptionInfo");
        const QByteArray utf16(reinterpret_cast<const char*>(encryptionInfo.utf16()), encryptionInfo.size() * 2);
        Error e(head.contains(utf16) || head.contains("EncryptedPackage")
                ? OgrTableSource::tr("%1: password-protected spreadsheet: save it without a password and import "
                                     "again")
                      .arg(QFileInfo(path).fileName())
                : OgrTableSource::tr("%1: an Excel 97–2003 workbook (.xls): save it as .xlsx and import again")
                      .arg(QFileInfo(path).fileName()));
        e.file = path;
        return e;
    }
    if (path.endsWith(QLatin1String(".ods"), Qt::CaseInsensitive) && head.startsWith("PK")) {
        const QByteArray manifest = zipMember(path, QStringLiteral("META-INF/manifest.xml"), 4 << 20);
        if (manifest.contains("encryption-data")) {
            Error e(
                OgrTableSource::tr("%1: password-protected spreadsheet: save it without a password and import again")
                    .arg(QFileInfo(path).fileName()));
            e.file = path;
            return e;
        }
    }
    return Ok {};
}

bool isSpreadsheetFile(const QString& path)
{
    return spreadsheetSuffixes().contains(QFileInfo(path).suffix().toLower());
}

QStringList ogrTableSuffixes()
{
    return spreadsheetSuffixes() + gisSuffixes();
}

bool isOgrTableFile(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return spreadsheetSuffixes().contains(suffix) || gisSuffixes().contains(suffix);
}

Result<QList<OgrTableInfo>> listOgrTables(const QString& path)
{
    auto ds = openTableFile(path);
    if (!ds)
        return ds.error();
    auto* h = static_cast<GDALDatasetH>(ds.value().get());
    QList<OgrTableInfo> out;
    const int n = GDALDatasetGetLayerCount(h);
    for (int i = 0; i < n; ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(h, i);
        OgrTableInfo info;
        info.name = QString::fromUtf8(OGR_L_GetName(layer));
        info.index = i + 1;
        info.rows = OGR_L_GetFeatureCount(layer, FALSE);
        info.hasGeometry = OGR_L_GetGeomType(layer) != wkbNone;
        out << info;
    }
    return out;
}

struct OgrTableSource::Private {
    GdalDataset dataset;
    OGRLayerH layer = nullptr;
    std::unique_ptr<geo::OgrToWgs84> wgs84;
    std::vector<int> fields; ///< the OGR field of each column before the point columns (geo::layerFields)
    std::vector<OGRFieldType> types;
    std::vector<bool> booleans; ///< fields of subtype Boolean: TRUE/FALSE, as a spreadsheet shows them
    std::future<bool> formulas;
    bool formulaHas = false;
    QString formulaNote;
};

OgrTableSource::OgrTableSource(QString path, QString sheetOrLayer)
    : d(new Private)
    , m_path(std::move(path))
    , m_want(std::move(sheetOrLayer))
    , m_lon(std::nan(""))
    , m_lat(std::nan(""))
{
    m_spreadsheet = isSpreadsheetFile(m_path);
}

OgrTableSource::~OgrTableSource() = default;

Status OgrTableSource::open()
{
    const QString base = QFileInfo(m_path).fileName();
    auto ds = openTableFile(m_path);
    if (!ds)
        return ds.error();
    d->dataset = std::move(ds).value();
    auto* h = static_cast<GDALDatasetH>(d->dataset.get());
    const int count = GDALDatasetGetLayerCount(h);
    QStringList names;
    for (int i = 0; i < count; ++i)
        names << QString::fromUtf8(OGR_L_GetName(GDALDatasetGetLayer(h, i)));
    if (count == 0) {
        Error e(tr("%1 has no sheet or layer to read: it is empty or damaged").arg(base));
        e.file = m_path;
        return e;
    }
    int index = -1;
    m_notes.clear();
    m_latin1 = false;
    if (m_want.isEmpty()) {
        // Of several layers, the first with features (a GPX file's
        // waypoints are often empty, its tracks not); the others with
        // features are named, as only one is read. A single layer is not
        // counted (a GeoJSON's count reads it all), nor are a workbook's
        // sheets (each would be parsed): its first sheet is read, as documented.
        QStringList others;
        for (int i = 0; i < (m_spreadsheet || count == 1 ? 1 : count); ++i) {
            const GIntBig n = m_spreadsheet || count == 1 ? -1 : OGR_L_GetFeatureCount(GDALDatasetGetLayer(h, i), TRUE);
            if (n == 0)
                continue;
            if (index < 0)
                index = i;
            else
                others << (n > 0 ? QStringLiteral("%1 (%2)").arg(names[i]).arg(n) : names[i]);
        }
        if (index < 0)
            index = 0;
        if (!others.isEmpty())
            m_notes << tr("%1: only the layer %2 was read; these layers have rows too: %3 (name one as the "
                          "specification's layer to read it)")
                           .arg(base, names[index], others.join(QLatin1String(", ")));
    } else {
        index = int(names.indexOf(m_want));
        for (int i = 0; index < 0 && i < count; ++i)
            if (names[i].compare(m_want, Qt::CaseInsensitive) == 0)
                index = i;
        bool digits = false;
        const int number = m_want.toInt(&digits);
        if (index < 0 && digits && number >= 1 && number <= count)
            index = number - 1;
    }
    if (index < 0) {
        Error e(m_spreadsheet
                ? tr("%1 has no sheet \"%2\" (its sheets: %3)").arg(base, m_want, names.join(QLatin1String(", ")))
                : tr("%1 has no layer \"%2\" (its layers: %3)").arg(base, m_want, names.join(QLatin1String(", "))));
        e.file = m_path;
        return e;
    }
    d->layer = GDALDatasetGetLayer(h, index);
    m_table = names[index];
    m_current.where = QStringLiteral("%1 [%2]").arg(base, m_table);
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(d->layer);
    m_header.clear();
    d->fields.clear();
    d->types.clear();
    d->booleans.clear();
    for (const int i : geo::layerFields(h, d->layer)) {
        OGRFieldDefnH field = OGR_FD_GetFieldDefn(defn, i);
        d->fields.push_back(i);
        m_header << QString::fromUtf8(OGR_Fld_GetNameRef(field));
        d->types.push_back(OGR_Fld_GetType(field));
        d->booleans.push_back(OGR_Fld_GetSubType(field) == OFSTBoolean);
    }
    d->formulaNote.clear();
    d->formulaHas = false;
    if (m_spreadsheet) {
        // Looking for formulas means inflating the sheet once more: done on
        // another thread while GDAL parses it, and waited for in notes().
        const QString path = m_path, sheet = m_table;
        d->formulas = std::async(std::launch::async, [path, sheet] {
            return path.endsWith(QLatin1String(".ods"), Qt::CaseInsensitive) ? odsSheetHasFormulas(path, sheet)
                                                                             : xlsxSheetHasFormulas(path, sheet);
        });
        d->formulaNote = tr("%1: formulas were imported as the values the spreadsheet last calculated; "
                            "they were not recalculated")
                             .arg(m_current.where);
    }
    m_total = OGR_L_GetFeatureCount(d->layer, FALSE);
    if (!m_spreadsheet && OGR_L_GetGeomType(d->layer) != wkbNone) {
        auto wgs84 = geo::OgrToWgs84::forLayer(d->layer);
        if (!wgs84) {
            Error e(QStringLiteral("%1: %2").arg(m_current.where, wgs84.error().message));
            e.file = m_current.where;
            return e;
        }
        d->wgs84 = std::move(wgs84).value();
        // Each feature's point (a line's or polygon's representative point)
        // as two columns after the fields, in WGS 84 degrees, so that a
        // specification maps them like any Lat/Long columns. A field of the
        // same name keeps its own.
        m_lonColumn = m_latColumn = -1;
        if (!m_header.contains(geometryLongitude(), Qt::CaseInsensitive)
            && !m_header.contains(geometryLatitude(), Qt::CaseInsensitive)) {
            m_lonColumn = int(m_header.size());
            m_latColumn = m_lonColumn + 1;
            m_header << geometryLongitude() << geometryLatitude();
        }
    }
    OGR_L_ResetReading(d->layer);
    m_current.row = m_ordinal = 0;
    qCDebug(lcIngest) << "OGR table" << m_current.where << m_header.size() << "columns," << m_total << "rows";
    return Ok {};
}

QString OgrTableSource::layerText(const char* bytes)
{
    // GDAL gives UTF-8 when the layer says its code page (a shapefile's
    // .cpg or its header's language byte); a .dbf that says none hands its
    // bytes on as they are, and dBASE's are Latin-1 far more often than
    // not. Bytes that are not UTF-8 are read so, once said, never replaced
    // by U+FFFD (which would lose them).
    const QByteArrayView view(bytes);
    if (view.isValidUtf8())
        return QString::fromUtf8(view);
    if (!m_latin1) {
        m_latin1 = true;
        m_notes << tr("%1: text that is not UTF-8 was read as Latin-1 (ISO 8859-1); the layer does not say its "
                      "code page (a shapefile's .cpg file)")
                       .arg(m_current.where);
    }
    return QString::fromLatin1(view);
}

QString OgrTableSource::geometryLongitude()
{
    return QStringLiteral("geometry longitude");
}

QString OgrTableSource::geometryLatitude()
{
    return QStringLiteral("geometry latitude");
}

QString OgrTableSource::isoDate(const QString& text)
{
    // GDAL writes a spreadsheet date as "YYYY/MM/DD" and a date-time as
    // "YYYY/MM/DD HH:MM:SS[.sss]". A text cell reading exactly so is the
    // same date, and is made ISO too.
    const qsizetype n = text.size();
    if (n != 10 && (n < 19 || n > 23))
        return text;
    const QChar* c = text.constData();
    auto digit = [c](int i) { return c[i] >= QLatin1Char('0') && c[i] <= QLatin1Char('9'); };
    if (!(digit(0) && digit(1) && digit(2) && digit(3) && c[4] == QLatin1Char('/') && digit(5) && digit(6)
            && c[7] == QLatin1Char('/') && digit(8) && digit(9)))
        return text;
    QString out = text;
    out[4] = QLatin1Char('-');
    out[7] = QLatin1Char('-');
    if (n == 10)
        return out;
    if (!(c[10] == QLatin1Char(' ') && digit(11) && digit(12) && c[13] == QLatin1Char(':') && digit(14) && digit(15)
            && c[16] == QLatin1Char(':') && digit(17) && digit(18)))
        return text;
    out[10] = QLatin1Char('T');
    return out;
}

TableSource::Next OgrTableSource::next()
{
    if (!d->layer) {
        m_error = Error(tr("%1: the table was not opened").arg(m_path));
        return Next::Fatal;
    }
    m_lon = m_lat = std::nan("");
    m_wkt.clear();
    for (;;) {
        CPLErrorReset();
        OGRFeatureH f = OGR_L_GetNextFeature(d->layer);
        if (!f) {
            if (CPLGetLastErrorType() >= CE_Failure) {
                m_error = errorAt(-1, tr("the rest of the table cannot be read: %1").arg(GdalEnv::lastError()));
                m_error.line = m_current.row + 1;
                return Next::Fatal;
            }
            m_current.cells.clear();
            return Next::End;
        }
        ++m_ordinal;
        // Sheets number features by their row in the sheet; layers by position.
        m_current.row = m_spreadsheet && OGR_F_GetFID(f) != OGRNullFID ? qint64(OGR_F_GetFID(f)) : m_ordinal;
        const int fields = int(d->types.size());
        m_current.cells.assign(size_t(m_header.size()), QString());
        bool any = false;
        int clamped = -1;
        for (int c = 0; c < fields; ++c) {
            const int i = d->fields[size_t(c)];
            if (!OGR_F_IsFieldSetAndNotNull(f, i))
                continue;
            const OGRFieldType type = d->types[size_t(c)];
            // GDAL reads a whole number beyond 64 bits (a GeoJSON or ODS
            // 12345678901234567890) as the largest one, ±2^63: a number that
            // would be misread, so the row is refused.
            if ((type == OFTInteger64 || type == OFTReal) && clamped < 0
                && std::fabs(OGR_F_GetFieldAsDouble(f, i)) == 9223372036854775808.0)
                clamped = c;
            // A column its layer declares 32-bit (a KML Schema's "int") holds
            // 99999999999 as 2147483647: as misread, so refused too.
            if (type == OFTInteger && clamped < 0 && !d->booleans[size_t(c)]) {
                const int v = OGR_F_GetFieldAsInteger(f, i);
                if (v == std::numeric_limits<int>::max() || v == std::numeric_limits<int>::min())
                    clamped = c;
            }
            QString value;
            if (d->booleans[size_t(c)])
                value = OGR_F_GetFieldAsInteger(f, i) ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            else if (m_spreadsheet)
                value = isoDate(QString::fromUtf8(OGR_F_GetFieldAsString(f, i)));
            else if (type == OFTDate || type == OFTDateTime || type == OFTTime)
                value = isoOfField(f, i, type);
            else
                value = layerText(OGR_F_GetFieldAsString(f, i));
            any = any || !value.isEmpty();
            m_current.cells[size_t(c)] = std::move(value);
        }
        if (clamped >= 0) {
            m_error = errorAt(clamped,
                d->types[size_t(clamped)] == OFTInteger
                    ? tr("the number %1 is the largest a whole-number column of this layer holds (±2,147,483,647); it "
                         "may have been larger in the file: give it as text")
                          .arg(m_current.cells[size_t(clamped)])
                    : tr("the number %1 is beyond what GDAL reads exactly (±9.2 × 10^18); it may have been larger in "
                         "the file: give it as text")
                          .arg(m_current.cells[size_t(clamped)]));
            OGR_F_Destroy(f);
            return Next::BadRow;
        }
        OGRGeometryH g = d->wgs84 ? OGR_F_GetGeometryRef(f) : nullptr;
        if (m_spreadsheet && !any) {
            OGR_F_Destroy(f);
            continue; // an empty row of a sheet
        }
        if (g && !OGR_G_IsEmpty(g)) {
            auto converted = d->wgs84->convert(g);
            if (!converted) {
                m_error = errorAt(-1, converted.error().message);
                OGR_F_Destroy(f);
                return Next::BadRow;
            }
            const QPointF p = geo::OgrToWgs84::representativePoint(converted.value());
            m_lon = p.x();
            m_lat = p.y();
            if (m_lonColumn >= 0 && std::isfinite(m_lon) && std::isfinite(m_lat)) {
                m_current.cells[size_t(m_lonColumn)] = QString::number(m_lon, 'g', 12);
                m_current.cells[size_t(m_latColumn)] = QString::number(m_lat, 'g', 12);
            }
            m_wkt = geo::OgrToWgs84::wkt(converted.value());
            OGR_G_DestroyGeometry(static_cast<OGRGeometryH>(converted.value()));
        }
        OGR_F_Destroy(f);
        return Next::Row;
    }
}

QByteArray OgrTableSource::raw() const
{
    // The feature's fields and its geometry as WKT, not the point columns made of it.
    CellRow fields = m_current;
    fields.cells.resize(std::min(fields.cells.size(), d->types.size()));
    return fields.csv(m_wkt.isEmpty() ? QStringList() : QStringList { m_wkt });
}

QStringList OgrTableSource::notes() const
{
    QStringList out = m_notes;
    if (d->formulas.valid() && d->formulas.get())
        d->formulaHas = true;
    if (d->formulaHas)
        out << d->formulaNote;
    return out;
}

double OgrTableSource::progress() const
{
    if (m_total <= 0)
        return 0;
    return std::min(1.0, double(m_ordinal) / double(m_total));
}

std::unique_ptr<TableSource> openOgrTable(const QString& path, const QString& sheetOrLayer)
{
    return std::make_unique<OgrTableSource>(path, sheetOrLayer);
}

} // namespace waymark::ingest
