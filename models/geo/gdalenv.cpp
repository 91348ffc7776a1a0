#include "gdalenv.h"

#include "core/logging.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <sqlite3.h>

#include "geo/gdalapi.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <mutex>
#include <optional>

namespace waymark::geo {

namespace {

std::atomic<bool> g_refused { false };
QString g_unavailable; // why GDAL could not be loaded, set once in configure()
// Calls that reached the refusing file systems (networkRefused() probes them).
std::atomic<int> g_refusals { 0 };

// The network file systems GDAL 3.6 offers (and a few later ones, in case
// the library is newer): each is replaced by a handler that refuses.
const char* const networkPrefixes[] = {
    "/vsicurl/",
    "/vsicurl_streaming/",
    "/vsis3/",
    "/vsis3_streaming/",
    "/vsigs/",
    "/vsigs_streaming/",
    "/vsiaz/",
    "/vsiaz_streaming/",
    "/vsiadls/",
    "/vsioss/",
    "/vsioss_streaming/",
    "/vsiswift/",
    "/vsiswift_streaming/",
    "/vsihdfs/",
    "/vsiwebhdfs/",
};

// Drivers that only talk to servers or databases: deregistered, so no
// file can name one (a .xml service description, a connection string).
const char* const networkDrivers[]
    = { "WMS", "WMTS", "WCS", "WFS", "OAPIF", "OGCAPI", "HTTP", "PLScenes", "EEDA", "EEDAI", "Elasticsearch", "CouchDB",
          "CSW", "Carto", "AmigoCloud", "NGW", "DAAS", "PostgreSQL", "PostGISRaster", "MySQL", "MSSQLSpatial", "ODBC",
          "OGR_OGDI", "MongoDBv3", "GNMDatabase", "STACTA", "STACIT", "TiledB", "VRT", "OGR_VRT" };

// A file system that exists for no path: every open and stat fails. GDAL's
// C plugin interface (since 3.0), so GDAL's C++ classes stay out of Waymark.
void* refuseOpen(void*, const char* name, const char*)
{
    ++g_refusals;
    VSIError(VSIE_FileError, "network access is disabled in Waymark: %s", name);
    CPLError(CE_Failure, CPLE_AppDefined, "network access is disabled in Waymark: %s", name);
    errno = EACCES;
    return nullptr;
}

int refuseStat(void*, const char*, VSIStatBufL*, int)
{
    ++g_refusals;
    errno = EACCES;
    return -1;
}

CPLHTTPResult* refuseHttp(const char* url, CSLConstList, GDALProgressFunc, void*, CPLHTTPFetchWriteFunc, void*, void*)
{
    auto* result = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup(CPLSPrintf("network access is disabled in Waymark: %s", url));
    CPLError(CE_Failure, CPLE_AppDefined, "network access is disabled in Waymark: %s", url);
    return result;
}

void configure()
{
    if (!gdal::load(&g_unavailable)) {
        qCWarning(lcGeo, "GDAL cannot be loaded: %s", qPrintable(g_unavailable));
        return;
    }
    // Before registration, so drivers that read options at load see them.
    CPLSetConfigOption("GDAL_HTTP_TIMEOUT", "1");
    CPLSetConfigOption("GDAL_HTTP_MAX_RETRY", "0");
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", ".waymark-no-network");
    CPLSetConfigOption("CPL_VSIL_CURL_USE_HEAD", "NO");
    CPLSetConfigOption("GDAL_XML_VALIDATION", "NO"); // schemas would be fetched
    CPLSetConfigOption("GML_DOWNLOAD_SCHEMA", "NO");
    CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "ALL");
    CPLSetConfigOption("PROJ_NETWORK", "OFF");
    // LIBKML (for a KML document: openGdal) would fetch styles a document
    // names elsewhere: never.
    CPLSetConfigOption("LIBKML_EXTERNAL_STYLE", "NO");
    CPLSetConfigOption("LIBKML_RESOLVE_STYLE", "NO");
    // ExtendedData names as the file writes them ("Date reported", "Имя"):
    // laundered, every space and non-ASCII byte became "_", so that two
    // names could become one column and one value was lost.
    CPLSetConfigOption("LIBKML_LAUNDER_FIELD_NAMES", "NO");
    // A sheet's first row is its header, also when every row is text (GDAL's
    // guess would call the columns Field1, Field2…). GDAL 3.6's XLSX and ODS
    // drivers read this only as configuration, not as an open option, and
    // only when a sheet is first read.
    CPLSetConfigOption("OGR_XLSX_HEADERS", "FORCE");
    CPLSetConfigOption("OGR_ODS_HEADERS", "FORCE");
    CPLSetConfigOption("GDAL_PAM_ENABLED", "NO"); // never write .aux.xml next to a user's file
    CPLSetConfigOption("OGR_SQLITE_LOAD_EXTENSIONS", nullptr);
    CPLSetConfigOption("CPL_LOG", nullptr);
    qputenv("PROJ_NETWORK", "OFF");

    GDALAllRegister();
    for (const char* name : networkDrivers) {
        if (GDALDriverH driver = GDALGetDriverByName(name)) {
            GDALDeregisterDriver(driver);
            GDALDestroyDriver(driver);
        }
    }
    VSIFilesystemPluginCallbacksStruct* refusing = VSIAllocFilesystemPluginCallbacksStruct();
    refusing->open = refuseOpen;
    refusing->stat = refuseStat;
    for (const char* prefix : networkPrefixes)
        VSIInstallPluginHandler(prefix, refusing); // replaces GDAL's handler for the prefix
    VSIFreeFilesystemPluginCallbacksStruct(refusing);
    CPLHTTPSetFetchCallback(refuseHttp, nullptr);
    OSRSetPROJEnableNetwork(FALSE);
    // GDAL's own messages go to the log category, not to stderr.
    CPLSetErrorHandler([](CPLErr level, CPLErrorNum, const char* message) {
        if (level >= CE_Failure)
            qCDebug(lcGeo, "GDAL: %s", message);
        else if (level == CE_Warning)
            qCDebug(lcGeo, "GDAL warning: %s", message);
    });
    g_refused = true;
    qCDebug(lcGeo, "GDAL %s registered, network refused", GDALVersionInfo("RELEASE_NAME"));
}

/// The KML documents in a KMZ, as its entries name them.
QStringList kmlEntries(const QString& zipPath)
{
    const QByteArray root = zipPath.toUtf8();
    char** entries = VSIReadDirRecursive(root.constData());
    QStringList found;
    for (int i = 0; entries && entries[i]; ++i) {
        const QString entry = QString::fromUtf8(entries[i]);
        if (entry.endsWith(QLatin1String(".kml"), Qt::CaseInsensitive))
            found << entry;
    }
    CSLDestroy(entries);
    return found;
}

/// The KML document a KMZ opens with: doc.kml by the KMZ convention,
/// otherwise the first.
QString kmlInside(const QStringList& entries)
{
    for (const QString& entry : entries)
        if (entry.compare(QLatin1String("doc.kml"), Qt::CaseInsensitive) == 0)
            return entry;
    return entries.value(0);
}

/// Whether a KML document holds a placemark (a KMZ's doc.kml may hold only
/// NetworkLinks to the documents beside it, which are never followed).
bool kmlHasPlacemarks(const QString& path)
{
    const QByteArray local = path.toUtf8();
    VSILFILE* f = VSIFOpenL(local.constData(), "rb");
    if (!f)
        return true; // GDAL says what is wrong with it
    const auto close = qScopeGuard([f] { VSIFCloseL(f); });
    QByteArray chunk(1 << 16, Qt::Uninitialized), tail;
    for (;;) {
        const size_t n = VSIFReadL(chunk.data(), 1, size_t(chunk.size()), f);
        if (n == 0)
            return false;
        const QByteArray window = tail + chunk.left(qsizetype(n));
        if (window.contains("Placemark"))
            return true;
        tail = window.right(8);
    }
}

/// What the markup of a KML document says of its fields.
struct KmlFields {
    /// The document as LIBKML should read it (below), or null when it
    /// should read the file itself.
    QByteArray asText;
    /// How many different names `<Data>` and `<SimpleField>` give.
    qsizetype names = 0;
};

/// The fields of a KML document, and the copy of it LIBKML should read:
///
/// - Every Schema field's type (`<SimpleField type="int">`) is "string".
///   LIBKML gives a Schema's int, float and bool fields a number type, in
///   which "about 12" reads as 0, "1,5" as 1 and 99999999999 as 2147483647,
///   and the file's text is gone: as text, the value reaches the
///   specification, whose checks name the cell.
/// - In a document with one Schema that its placemarks use (SchemaData),
///   each `<Data name="x"><value>v</value></Data>` becomes that Schema's
///   field: LIBKML reads only a Schema's fields where a document has one,
///   and dropped every `<Data>` value of such a document unsaid. A
///   `<SimpleData>` whose name that Schema lacks is declared in it too.
///
/// Only markup is rewritten: comments, CDATA, processing instructions and
/// the DOCTYPE are passed over, so a description that quotes KML keeps its
/// text.
KmlFields kmlFields(const QByteArray& doc)
{
    struct Edit {
        qsizetype from, to;
        QByteArray with;
    };
    struct Data {
        qsizetype from, to;
        QByteArrayView name, value;
    };
    std::vector<Edit> edits;
    std::vector<Data> data;
    std::vector<QByteArrayView> simpleData;
    QSet<QByteArrayView> names, schemaFields;
    qsizetype schemas = 0, schemaEnd = -1, dataFrom = -1, valueFrom = -1;
    QByteArrayView schemaId, dataName, dataValue;
    bool schemaData = false, prefixed = false;
    qsizetype i = 0;
    const qsizetype n = doc.size();
    const QByteArrayView view(doc);
    const auto skipPast = [&](const char* end) {
        const qsizetype j = doc.indexOf(end, i);
        i = j < 0 ? n : j + qsizetype(qstrlen(end));
    };
    const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
    while (i < n && (i = doc.indexOf('<', i)) >= 0) {
        const QByteArrayView at = view.sliced(i);
        if (at.startsWith("<!--")) {
            skipPast("-->");
            continue;
        }
        if (at.startsWith("<![CDATA[")) {
            skipPast("]]>");
            continue;
        }
        if (at.startsWith("<?")) {
            skipPast("?>");
            continue;
        }
        if (at.startsWith("<!")) {
            // A DOCTYPE, with or without an internal subset ('[' before its
            // first '>'; looked for only that far, or "<!a>" repeated would
            // cost the square of the document's size).
            const qsizetype close = doc.indexOf('>', i);
            const QByteArrayView head = close < 0 ? at : view.sliced(i, close - i);
            if (head.contains('['))
                skipPast("]>");
            else
                skipPast(">");
            continue;
        }
        const bool closing = i + 1 < n && doc[i + 1] == '/';
        const qsizetype nameFrom = i + (closing ? 2 : 1);
        qsizetype j = nameFrom;
        while (j < n && !space(doc[j]) && doc[j] != '>' && doc[j] != '/')
            ++j;
        const QByteArrayView name = view.sliced(nameFrom, j - nameFrom);
        const qsizetype colon = name.lastIndexOf(':');
        const QByteArrayView local = name.sliced(colon + 1);
        const bool field = local == QByteArrayView("SimpleField");
        const bool isData = local == QByteArrayView("Data");
        const bool isSchema = local == QByteArrayView("Schema");
        if ((isData || isSchema) && colon >= 0)
            prefixed = true;
        QByteArrayView nameValue, idValue;
        // The tag's attributes, to its '>'.
        while (j < n && doc[j] != '>') {
            if (closing || space(doc[j]) || doc[j] == '/') {
                ++j;
                continue;
            }
            const qsizetype attributeFrom = j;
            while (j < n && !space(doc[j]) && doc[j] != '=' && doc[j] != '>' && doc[j] != '/')
                ++j;
            const QByteArrayView attribute = view.sliced(attributeFrom, j - attributeFrom);
            while (j < n && space(doc[j]))
                ++j;
            if (j >= n || doc[j] != '=')
                continue; // not well-formed: LIBKML says so
            ++j;
            while (j < n && space(doc[j]))
                ++j;
            if (j >= n || (doc[j] != '"' && doc[j] != '\''))
                continue;
            const char quote = doc[j];
            const qsizetype from = ++j;
            while (j < n && doc[j] != quote)
                ++j;
            const QByteArrayView value = view.sliced(from, j - from);
            if (attribute == QByteArrayView("name"))
                nameValue = value;
            else if (attribute == QByteArrayView("id"))
                idValue = value;
            if (field && attribute == QByteArrayView("type") && value != QByteArrayView("string"))
                edits.push_back({ from, j, QByteArrayLiteral("string") });
            if (j < n)
                ++j;
        }
        const bool empty = j < n && j > i && doc[j - 1] == '/';
        const qsizetype tagEnd = j < n ? j + 1 : n;
        if ((field || isData) && !closing) {
            names.insert(nameValue);
            if (field)
                schemaFields.insert(nameValue);
        }
        if (!closing) {
            if (isSchema) {
                ++schemas;
                schemaId = idValue;
            } else if (local == QByteArrayView("SchemaData")) {
                schemaData = true;
            } else if (local == QByteArrayView("SimpleData")) {
                simpleData.push_back(nameValue);
            } else if (isData && empty) {
                data.push_back({ i, tagEnd, nameValue, {} });
            } else if (isData) {
                dataFrom = i;
                dataName = nameValue;
                dataValue = {};
            } else if (local == QByteArrayView("value") && dataFrom >= 0 && !empty) {
                valueFrom = tagEnd;
            }
        } else if (isSchema && schemaEnd < 0) {
            schemaEnd = i;
        } else if (local == QByteArrayView("value") && valueFrom >= 0) {
            dataValue = view.sliced(valueFrom, i - valueFrom);
            valueFrom = -1;
        } else if (isData && dataFrom >= 0) {
            data.push_back({ dataFrom, tagEnd, dataName, dataValue });
            dataFrom = -1;
        }
        i = tagEnd;
    }
    // What the one Schema does not declare becomes its field: the Data
    // values (moved into it), and the SimpleData names it lacks.
    const auto plain = [](QByteArrayView v) { return !v.isEmpty() && !v.contains('"') && !v.contains('<'); };
    const bool declarable = schemas == 1 && schemaEnd >= 0 && plain(schemaId) && !prefixed;
    bool movable = declarable && schemaData && !data.empty();
    for (const Data& d : data)
        movable = movable && plain(d.name);
    if (declarable) {
        QByteArray declared;
        QSet<QByteArrayView> added = schemaFields;
        const auto declare = [&](QByteArrayView name) {
            if (plain(name) && !added.contains(name)) {
                added.insert(name);
                declared += "<SimpleField name=\"" + name.toByteArray() + "\" type=\"string\"/>";
            }
        };
        for (const QByteArrayView name : simpleData)
            declare(name);
        if (movable)
            for (const Data& d : data)
                declare(d.name);
        if (!declared.isEmpty())
            edits.push_back({ schemaEnd, schemaEnd, declared });
    }
    if (movable) {
        for (const Data& d : data)
            edits.push_back({ d.from, d.to,
                "<SchemaData schemaUrl=\"#" + schemaId.toByteArray() + "\"><SimpleData name=\"" + d.name.toByteArray()
                    + "\">" + d.value.toByteArray() + "</SimpleData></SchemaData>" });
    }
    if (edits.empty())
        return { {}, names.size() };
    std::stable_sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.from < b.from; });
    QByteArray out;
    out.reserve(doc.size() + doc.size() / 8);
    qsizetype copied = 0;
    for (const Edit& e : edits) {
        out += view.sliced(copied, e.from - copied);
        out += e.with;
        copied = e.to;
    }
    out += view.sliced(copied);
    return { out, names.size() };
}

/// The most field names a KML document may give (GDAL's LIBKML reader takes
/// about 4 s for 12,000 over as many placemarks, and 96 s for 120,000).
constexpr qsizetype kMaxKmlFields = 10000;

/// The whole of a file GDAL can read (a KML document, inside a KMZ too).
std::optional<QByteArray> readWhole(const QString& path)
{
    const QByteArray local = path.toUtf8();
    VSILFILE* f = VSIFOpenL(local.constData(), "rb");
    if (!f)
        return std::nullopt;
    const auto close = qScopeGuard([f] { VSIFCloseL(f); });
    QByteArray whole, chunk(1 << 16, Qt::Uninitialized);
    while (const size_t got = VSIFReadL(chunk.data(), 1, size_t(chunk.size()), f))
        whole += QByteArrayView(chunk).first(qsizetype(got));
    return whole;
}

/// The largest KML document opened (inside a KMZ: its inflated size, so
/// that a 300 KB archive of 90 MB of placemarks is not read into 1 GB).
constexpr qint64 kMaxKmlBytes = qint64(64) << 20;

bool kmlSizeAllowed(const QString& path)
{
    VSIStatBufL st;
    const QByteArray local = path.toUtf8();
    if (VSIStatExL(local.constData(), &st, VSI_STAT_SIZE_FLAG) != 0)
        return true; // GDAL says what is wrong with it
    return qint64(st.st_size) <= kMaxKmlBytes;
}

/// Whether `path` is a KML document itself: a regular file (or an entry
/// of a KMZ, which checkLocalPath opens so), never a folder or an archive.
/// GDAL's LIBKML driver follows the NetworkLinks of a folder's or a KMZ's
/// doc.kml (to other files on this machine as well as URLs); of a document
/// opened itself it follows none (tst_ogrtablesource::kmlExtendedData).
bool isKmlDocument(const QString& path)
{
    if (!path.endsWith(QLatin1String(".kml"), Qt::CaseInsensitive))
        return false;
    VSIStatBufL st;
    const QByteArray local = path.toUtf8();
    return VSIStatExL(local.constData(), &st, VSI_STAT_NATURE_FLAG) == 0 && VSI_ISREG(st.st_mode);
}

} // namespace

void GdalEnv::ensure()
{
    static std::once_flag once;
    std::call_once(once, configure);
}

bool GdalEnv::networkRefused()
{
    if (!g_refused)
        return false;
    // Each prefix answers through the refusing handler: a stat of a name
    // that is not a URL either (were GDAL's own handler still there, it
    // would refuse the name for its extension before any request).
    for (const char* prefix : networkPrefixes) {
        const int before = g_refusals;
        VSIStatBufL stat;
        const QByteArray probe = QByteArray(prefix) + "waymark-probe";
        if (VSIStatExL(probe.constData(), &stat, VSI_STAT_EXISTS_FLAG) == 0 || g_refusals == before)
            return false;
    }
    return true;
}

QString GdalEnv::lastError(const QString& fallback)
{
    if (!g_refused)
        return fallback;
    const char* message = CPLGetLastErrorMsg();
    return message && *message ? QString::fromUtf8(message) : fallback;
}

Result<QString> GdalEnv::checkLocalPath(const QString& path)
{
    ensure();
    const auto refuse = [&path](const QString& why) {
        Error e(tr("%1: %2").arg(path, why));
        e.file = path;
        return e;
    };
    if (!g_refused)
        return refuse(tr("GIS layers and spreadsheets cannot be read: the GDAL library cannot be loaded (%1)")
                          .arg(g_unavailable));
    if (path.isEmpty())
        return refuse(tr("no file name"));
    static const QRegularExpression scheme(QStringLiteral("^[A-Za-z][A-Za-z0-9+.\\-]*:"));
    if (path.contains(QLatin1String("://")) || path.startsWith(QLatin1String("//"))
        || path.startsWith(QLatin1String("\\\\")))
        return refuse(tr("only local files can be opened (Waymark never uses the network)"));
    const QRegularExpressionMatch m = scheme.match(path);
    if (m.hasMatch() && m.capturedLength() > 2) // "C:" is a drive, "PG:"/"WFS:" are connections
        return refuse(tr("only local files can be opened, not data source connections (\"%1\")").arg(m.captured()));
    if (path.contains(QLatin1Char('{')) && path.startsWith(QLatin1String("/vsi")))
        return refuse(tr("only local files can be opened"));

    if (path.startsWith(QLatin1String("/vsi"), Qt::CaseInsensitive)) {
        // Only /vsizip/ over an archive on this machine (a KMZ opened by hand).
        if (!path.startsWith(QLatin1String("/vsizip/")))
            return refuse(tr("GDAL virtual file systems are refused (only local files can be opened)"));
        const QString rest = path.mid(int(qstrlen("/vsizip")));
        static const QRegularExpression archive(
            QStringLiteral("^(/.*?\\.(?:kmz|zip))(?:/(.*))?$"), QRegularExpression::CaseInsensitiveOption);
        const QRegularExpressionMatch a = archive.match(rest);
        if (!a.hasMatch() || a.captured(1).startsWith(QLatin1String("/vsi")))
            return refuse(tr("/vsizip/ is accepted only over a local .kmz or .zip file"));
        const QFileInfo local(a.captured(1));
        if (!local.isFile())
            return refuse(tr("no such file: %1").arg(a.captured(1)));
        return QString(QStringLiteral("/vsizip/") + local.absoluteFilePath()
            + (a.captured(2).isEmpty() ? QString() : QString(QLatin1Char('/') + a.captured(2))));
    }

    const QFileInfo info(path);
    if (!info.exists())
        return refuse(tr("no such file"));
    if (!info.isFile() && !info.isDir())
        return refuse(tr("not a regular file"));
    const QString absolute = QDir::cleanPath(info.absoluteFilePath());
    if (absolute.startsWith(QLatin1String("/vsi"), Qt::CaseInsensitive))
        return refuse(tr("GDAL virtual file systems are refused (only local files can be opened)"));
    if (info.isFile() && absolute.endsWith(QLatin1String(".kmz"), Qt::CaseInsensitive)) {
        const QString zip = QStringLiteral("/vsizip/") + absolute;
        const QStringList kmls = kmlEntries(zip);
        if (kmls.isEmpty())
            return refuse(tr("a KMZ file without a KML document inside"));
        const QString document = kmlInside(kmls);
        const QString inner = zip + QLatin1Char('/') + document;
        if (!kmlSizeAllowed(inner))
            return refuse(tr("the KML inside is larger than %1 MB (GDAL's KML reader holds the whole document, "
                             "about 12 times its size, in memory); convert it to a GeoPackage first "
                             "(ogr2ogr -f GPKG out.gpkg file.kmz)")
                              .arg(kMaxKmlBytes >> 20));
        if (kmls.size() > 1 && !kmlHasPlacemarks(inner)) {
            QStringList others = kmls;
            others.removeOne(document);
            return refuse(tr("the KMZ's %1 holds no placemarks, only links to the documents inside it (%2), which "
                             "Waymark does not follow: unzip it and open those")
                              .arg(document, others.join(QLatin1String(", "))));
        }
        return inner;
    }
    if (info.isFile() && absolute.endsWith(QLatin1String(".kml"), Qt::CaseInsensitive) && !kmlSizeAllowed(absolute))
        return refuse(tr("a KML document larger than %1 MB (GDAL's KML reader holds the whole document, about 12 "
                         "times its size, in memory); convert it to a GeoPackage first (ogr2ogr -f GPKG out.gpkg "
                         "file.kml)")
                          .arg(kMaxKmlBytes >> 20));
    return absolute;
}

void GdalDatasetCloser::operator()(void* dataset) const
{
    if (dataset)
        GDALClose(static_cast<GDALDatasetH>(dataset));
    if (!memoryPath.isEmpty())
        VSIUnlink(memoryPath.constData());
}

namespace {

/// A file built on SQLite (GeoPackage, MBTiles) runs its views' SQL when
/// read, and GDAL cannot be stopped once it runs one: a crafted view that
/// never ends (WITH RECURSIVE without a limit) held an import at full CPU
/// until killed. Each view is read once here first, under a deadline that
/// SQLite's progress handler enforces; one that does not finish is refused.
Status checkSqliteViews(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly) || f.read(16) != QByteArray("SQLite format 3\0", 16))
        return Ok {};
    f.close();
    sqlite3* db = nullptr;
    const QByteArray local = path.toUtf8();
    if (sqlite3_open_v2(local.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return Ok {}; // GDAL says what is wrong with it
    }
    const auto close = qScopeGuard([db] { sqlite3_close(db); });
    constexpr int kSeconds = 10;
    QDeadlineTimer deadline(kSeconds * 1000);
    sqlite3_progress_handler(
        db, 10000, [](void* d) { return static_cast<QDeadlineTimer*>(d)->hasExpired() ? 1 : 0; }, &deadline);
    QStringList views;
    sqlite3_stmt* list = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_schema WHERE type = 'view'", -1, &list, nullptr) == SQLITE_OK) {
        while (sqlite3_step(list) == SQLITE_ROW)
            views << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
    }
    sqlite3_finalize(list);
    for (const QString& view : std::as_const(views)) {
        QString quoted = view;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const QByteArray sql = "SELECT count(*) FROM \"" + quoted.toUtf8() + '"';
        sqlite3_stmt* count = nullptr;
        int rc = sqlite3_prepare_v2(db, sql.constData(), -1, &count, nullptr);
        if (rc == SQLITE_OK)
            rc = sqlite3_step(count);
        sqlite3_finalize(count);
        if (rc == SQLITE_INTERRUPT) {
            Error e(GdalEnv::tr("the view \"%1\" does not finish reading within %2 s; a view that never ends would "
                                "hold Waymark, so the file is not opened")
                        .arg(view)
                        .arg(kSeconds));
            e.file = path;
            return e;
        }
    }
    return Ok {};
}

/// The format a file's name says it is in, for a message ("KML"), or
/// empty when its suffix names none Waymark reads through GDAL.
QString formatOf(const QString& path)
{
    static const QList<std::pair<QStringList, const char*>> formats {
        { { QStringLiteral("kml"), QStringLiteral("kmz") }, "KML" },
        { { QStringLiteral("geojson"), QStringLiteral("json"), QStringLiteral("geojsonl"), QStringLiteral("geojsons") },
            "GeoJSON" },
        { { QStringLiteral("shp"), QStringLiteral("dbf"), QStringLiteral("shx") }, "Shapefile" },
        { { QStringLiteral("gpx") }, "GPX" },
        { { QStringLiteral("fgb") }, "FlatGeobuf" },
        { { QStringLiteral("gpkg") }, "GeoPackage" },
        { { QStringLiteral("mbtiles") }, "MBTiles" },
        { { QStringLiteral("xlsx"), QStringLiteral("xlsm") }, "XLSX" },
        { { QStringLiteral("ods") }, "ODS" },
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (const auto& [suffixes, name] : formats)
        if (suffixes.contains(suffix))
            return QString::fromLatin1(name);
    return {};
}

/// Why GDAL could not open `path` (`opened`, what GDAL was given): the
/// format its name says, and GDAL's reason, its place (an XML parser's
/// "at line 2, column 74") moved to the error's line and column.
Error unreadable(const QString& path, const QString& opened, const QStringList& drivers)
{
    QString format = formatOf(path);
    if (format.isEmpty())
        format = drivers.join(QLatin1String(", "));
    QString reason = GdalEnv::lastError();
    qint64 line = 0, column = 0;
    VSIStatBufL st;
    const QByteArray local = opened.toUtf8();
    if (VSIStatExL(local.constData(), &st, VSI_STAT_SIZE_FLAG) == 0 && st.st_size == 0) {
        reason = GdalEnv::tr("the file is empty");
    } else if (reason.isEmpty() || reason.contains(QLatin1String("not recognized as a supported file format"))) {
        // GDAL's message names the whole path again, and no more.
        reason = GdalEnv::tr("its content is not %1").arg(format);
    } else {
        static const QRegularExpression at(QStringLiteral("^(.*\\S)\\s+at line (\\d+), column (\\d+)\\.?$"),
            QRegularExpression::DotMatchesEverythingOption);
        // A place in the file itself (inside a KMZ it would be the KML's).
        if (const auto m = at.match(reason); m.hasMatch() && !opened.startsWith(QLatin1String("/vsi"))) {
            line = m.captured(2).toLongLong();
            column = m.captured(3).toLongLong();
            reason = m.captured(1);
        }
        reason.replace(QLatin1String(" : "), QLatin1String(": "));
    }
    Error e(GdalEnv::tr("not a file Waymark can read as %1: %2").arg(format, reason));
    e.file = path;
    e.line = line;
    e.column = column;
    return e;
}

} // namespace

Result<GdalDataset> openGdal(
    const QString& path, const QStringList& allowedDrivers, bool vector, bool raster, const QStringList& openOptions)
{
    auto checked = GdalEnv::checkLocalPath(path);
    if (!checked)
        return checked.error();
    if (Status views = checkSqliteViews(checked.value()); !views)
        return views.error();
    QList<QByteArray> names, options;
    std::vector<const char*> driverList, optionList;
    for (const QString& d : allowedDrivers)
        names << d.toUtf8();
    // LIBKML reads a KML's ExtendedData and TimeStamp, which the KML driver
    // drops; GDAL prefers it when both may read a document.
    if (allowedDrivers.contains(QLatin1String("KML")) && isKmlDocument(checked.value()))
        names << QByteArrayLiteral("LIBKML");
    for (const QByteArray& n : names)
        driverList.push_back(n.constData());
    driverList.push_back(nullptr);
    for (const QString& o : openOptions)
        options << o.toUtf8();
    for (const QByteArray& o : options)
        optionList.push_back(o.constData());
    optionList.push_back(nullptr);
    unsigned flags = GDAL_OF_READONLY | GDAL_OF_VERBOSE_ERROR;
    if (vector)
        flags |= GDAL_OF_VECTOR;
    if (raster)
        flags |= GDAL_OF_RASTER;
    CPLErrorReset();
    const QByteArray local = checked.value().toUtf8();
    GdalDatasetCloser closer;
    if (names.size() > allowedDrivers.size()) {
        // A KML whose Schema types its fields: LIBKML reads the copy whose
        // fields are all text (kmlFields).
        if (std::optional<QByteArray> doc = readWhole(checked.value())) {
            KmlFields fields = kmlFields(*doc);
            if (fields.names > kMaxKmlFields) {
                Error e(GdalEnv::tr("its placemarks name %L1 different fields, more than the %L2 Waymark reads "
                                    "from a KML (GDAL's reader slows with the square of their number: 120,000 take "
                                    "minutes)")
                            .arg(fields.names)
                            .arg(kMaxKmlFields));
                e.file = path;
                return e;
            }
            if (QByteArray text = std::move(fields.asText); !text.isNull()) {
                // Under the document's own name: LIBKML names a layer
                // without a <name> after its file.
                static std::atomic<quint64> copies { 0 };
                closer.memoryPath = "/vsimem/waymark-kml-" + QByteArray::number(++copies) + '/'
                    + QFileInfo(checked.value()).fileName().toUtf8();
                closer.memoryBytes = std::make_shared<const QByteArray>(std::move(text));
                VSIFCloseL(VSIFileFromMemBuffer(closer.memoryPath.constData(),
                    reinterpret_cast<GByte*>(const_cast<char*>(closer.memoryBytes->constData())),
                    vsi_l_offset(closer.memoryBytes->size()), FALSE));
            }
        }
    }
    const QByteArray& first = closer.memoryPath.isEmpty() ? local : closer.memoryPath;
    GDALDatasetH ds = GDALOpenEx(first.constData(), flags, driverList.data(), optionList.data(), nullptr);
    if (!ds && names.size() > allowedDrivers.size()) {
        // What LIBKML refuses and the KML driver reads (a declared
        // windows-1252 encoding, an internal DTD entity):
        // read without ExtendedData rather than not at all.
        closer(nullptr); // removes the copy
        closer = {};
        driverList.erase(driverList.end() - 2);
        CPLErrorReset();
        ds = GDALOpenEx(local.constData(), flags, driverList.data(), optionList.data(), nullptr);
    }
    if (!ds)
        return unreadable(path, checked.value(), allowedDrivers);
    return GdalDataset(ds, std::move(closer));
}

QList<int> layerFields(void* dataset, void* layer)
{
    // How Google Earth draws a placemark, not what it is: LIBKML gives every
    // KML layer these fields, set on every feature.
    static const QSet<QByteArray> display { "altitudeMode", "tessellate", "extrude", "visibility", "drawOrder",
        "icon" };
    GDALDriverH driver = GDALGetDatasetDriver(static_cast<GDALDatasetH>(dataset));
    const bool kml = driver && qstrcmp(GDALGetDriverShortName(driver), "LIBKML") == 0;
    OGRFeatureDefnH defn = OGR_L_GetLayerDefn(static_cast<OGRLayerH>(layer));
    QList<int> fields;
    for (int i = 0; i < OGR_FD_GetFieldCount(defn); ++i)
        if (!kml || !display.contains(QByteArray(OGR_Fld_GetNameRef(OGR_FD_GetFieldDefn(defn, i)))))
            fields << i;
    return fields;
}

const QStringList& gisVectorDrivers()
{
    static const QStringList names { QStringLiteral("GeoJSON"), QStringLiteral("GeoJSONSeq"), QStringLiteral("KML"),
        QStringLiteral("ESRI Shapefile"), QStringLiteral("GPX"), QStringLiteral("FlatGeobuf"), QStringLiteral("GPKG"),
        QStringLiteral("MBTiles"), QStringLiteral("MVT") };
    return names;
}

const QStringList& spreadsheetDrivers()
{
    static const QStringList names { QStringLiteral("XLSX"), QStringLiteral("ODS") };
    return names;
}

} // namespace waymark::geo
