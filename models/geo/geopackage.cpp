#include "geopackage.h"

#include "geo/readonlydatabase.h"
#include "geo/wkbreader.h"

#include <QtEndian>

#include <algorithm>
#include <cmath>
#include <limits>

namespace waymark::geo {

namespace {

constexpr double EarthRadius = 6378137.0; // EPSG:3857 sphere
// Coordinates a hair past the limits come from rounding (±20037508.3428 m is 180.0000000001°).
constexpr double RangeSlack = 1e-7;

enum class Crs { LonLat, Mercator };

GeometryType typeFromName(const QString& name)
{
    const QString n = name.trimmed().toUpper();
    if (n == QLatin1String("POINT"))
        return GeometryType::Point;
    if (n == QLatin1String("LINESTRING"))
        return GeometryType::LineString;
    if (n == QLatin1String("POLYGON"))
        return GeometryType::Polygon;
    if (n == QLatin1String("MULTIPOINT"))
        return GeometryType::MultiPoint;
    if (n == QLatin1String("MULTILINESTRING"))
        return GeometryType::MultiLineString;
    if (n == QLatin1String("MULTIPOLYGON"))
        return GeometryType::MultiPolygon;
    return GeometryType::GeometryCollection;
}

Result<Crs> resolveCrs(const ReadOnlyDatabase& db, const GeoPackageLayerInfo& layer)
{
    QString organization;
    qint64 code = layer.srsId;
    QString srsName, definition;
    if (db.hasTable(QStringLiteral("gpkg_spatial_ref_sys"))) {
        ReadOnlyDatabase::Query q(db,
            QStringLiteral("SELECT organization, organization_coordsys_id, srs_name, definition "
                           "FROM gpkg_spatial_ref_sys WHERE srs_id = ?1"));
        q.bind(1, qint64(layer.srsId));
        if (q.next()) {
            organization = q.text(0).trimmed().toUpper();
            code = q.int64(1);
            srsName = q.text(2);
            definition = q.text(3);
        }
    }
    const bool epsgLike
        = organization.isEmpty() || organization == QLatin1String("EPSG") || organization == QLatin1String("ESRI");
    if (layer.srsId == 0 || (epsgLike && code == 4326) || definition.contains(QLatin1String("CRS84"))
        || (organization == QLatin1String("OGC") && (code == 84 || srsName.contains(QLatin1String("CRS84")))))
        return Crs::LonLat;
    if (epsgLike && (code == 3857 || code == 900913 || code == 3785 || code == 102100 || code == 102113))
        return Crs::Mercator;
    QString what;
    if (layer.srsId == -1)
        what = QCoreApplication::translate("GeoPackage", "the undefined Cartesian system");
    else if (!organization.isEmpty())
        what = organization + QLatin1Char(':') + QString::number(code)
            + (srsName.isEmpty() ? QString() : QLatin1String(" (") + srsName + QLatin1Char(')'));
    else
        what = QStringLiteral("srs_id %1").arg(layer.srsId);
    return Error(QCoreApplication::translate("GeoPackage",
        "%1: layer '%2' uses the coordinate system %3 (srs_id %4), which Waymark cannot read; "
        "supported are EPSG:4326 (WGS 84, CRS84) and EPSG:3857 (Web Mercator).")
                     .arg(db.name(), layer.name, what)
                     .arg(layer.srsId));
}

Error headerError(qsizetype offset, const QString& reason)
{
    return Error(
        QCoreApplication::translate("GeoPackage", "Malformed geometry header at byte %1: %2.").arg(offset).arg(reason));
}

// Out-of-range coordinates mean a wrong SRS or garbage; the first one found, if any.
std::optional<QPointF> outOfRange(const Geometry& g)
{
    for (const QPolygonF& part : g.parts)
        for (const QPointF& p : part)
            if (!(std::abs(p.x()) <= 180 + RangeSlack && std::abs(p.y()) <= 90 + RangeSlack))
                return p;
    return std::nullopt;
}

} // namespace

GeoPackage::GeoPackage() = default;
GeoPackage::~GeoPackage() = default;

Result<std::unique_ptr<GeoPackage>> GeoPackage::open(const QString& path)
{
    auto db = ReadOnlyDatabase::openFile(path, QStringLiteral("GeoPackage"));
    if (!db)
        return db.error();
    return init(std::move(db.value()));
}

Result<std::unique_ptr<GeoPackage>> GeoPackage::fromBytes(const QByteArray& bytes, const QString& name)
{
    auto db = ReadOnlyDatabase::openBytes(bytes, name, QStringLiteral("GeoPackage"));
    if (!db)
        return db.error();
    return init(std::move(db.value()));
}

Result<std::unique_ptr<GeoPackage>> GeoPackage::init(std::unique_ptr<ReadOnlyDatabase> db)
{
    qint64 applicationId = 0;
    {
        ReadOnlyDatabase::Query q(*db, QStringLiteral("PRAGMA application_id"));
        if (q.next())
            applicationId = q.int64(0);
    }
    const bool gpkgId = applicationId == 0x47504B47 || applicationId == 0x47503130 || applicationId == 0x47503131;
    const bool hasContents = db->hasTable(QStringLiteral("gpkg_contents"));
    if (!hasContents) {
        if (!gpkgId)
            return Error(QCoreApplication::translate(
                "GeoPackage", "%1 is not a GeoPackage: it is a SQLite database without the GeoPackage tables.")
                             .arg(db->name()));
        return Error(
            QCoreApplication::translate("GeoPackage", "%1 is a damaged GeoPackage: the gpkg_contents table is missing.")
                .arg(db->name()));
    }

    std::unique_ptr<GeoPackage> gpkg(new GeoPackage);
    {
        ReadOnlyDatabase::Query count(
            *db, QStringLiteral("SELECT count(*) FROM gpkg_contents WHERE data_type = 'features'"));
        if (!count.next())
            return Error(QCoreApplication::translate(
                             "GeoPackage", "%1 is a damaged GeoPackage: its gpkg_contents table cannot be read.")
                             .arg(db->name()),
                db->lastError());
        if (count.int64(0) == 0) {
            gpkg->m_db = std::move(db);
            return gpkg; // tiles or attributes only: a GeoPackage with no feature layer
        }
    }
    if (!db->hasTable(QStringLiteral("gpkg_geometry_columns")))
        return Error(QCoreApplication::translate(
            "GeoPackage", "%1 is a damaged GeoPackage: the gpkg_geometry_columns table is missing.")
                         .arg(db->name()));

    ReadOnlyDatabase::Query q(*db,
        QStringLiteral("SELECT c.table_name, c.identifier, g.column_name, g.geometry_type_name, g.srs_id "
                       "FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name "
                       "WHERE c.data_type = 'features' ORDER BY c.table_name"));
    while (q.next()) {
        GeoPackageLayerInfo info;
        info.name = q.text(0);
        info.identifier = q.text(1);
        info.geometryColumn = q.text(2);
        info.geometryTypeName = q.text(3);
        info.geometryType = typeFromName(info.geometryTypeName);
        info.srsId
            = int(std::clamp<qint64>(q.int64(4), std::numeric_limits<int>::min(), std::numeric_limits<int>::max()));
        gpkg->m_layers << info;
    }
    if (q.failed() || !q.isValid())
        return Error(
            QCoreApplication::translate("GeoPackage", "%1 is a damaged GeoPackage: its list of layers cannot be read.")
                .arg(db->name()),
            db->lastError());
    gpkg->m_db = std::move(db);
    return gpkg;
}

QString GeoPackage::fileName() const
{
    return m_db->name();
}

Result<Geometry> GeoPackage::parseGeometry(QByteArrayView blob, int* srsId)
{
    if (blob.size() < 8)
        return headerError(blob.size(),
            QCoreApplication::translate("GeoPackage", "truncated: the header needs 8 bytes, the blob has %1")
                .arg(blob.size()));
    if (blob[0] != 'G' || blob[1] != 'P')
        return headerError(
            0, QCoreApplication::translate("GeoPackage", "no 'GP' magic (is this plain WKB or a Spatialite blob?)"));
    if (blob[2] != 0)
        return headerError(2,
            QCoreApplication::translate("GeoPackage", "unsupported GeoPackage binary version %1")
                .arg(int(quint8(blob[2]))));
    const quint8 flags = quint8(blob[3]);
    if (flags & 0x20)
        return headerError(
            3, QCoreApplication::translate("GeoPackage", "extended (non-standard) geometry types are not supported"));
    const int envelope = (flags >> 1) & 0x7;
    static constexpr int envelopeBytes[] = { 0, 32, 48, 48, 64 };
    if (envelope > 4)
        return headerError(3, QCoreApplication::translate("GeoPackage", "invalid envelope type %1").arg(envelope));
    const bool little = flags & 0x1;
    const bool empty = flags & 0x10;
    const auto* p = reinterpret_cast<const uchar*>(blob.data()) + 4;
    const qint32 srs = little ? qFromLittleEndian<qint32>(p) : qFromBigEndian<qint32>(p);
    if (srsId)
        *srsId = srs;
    const qsizetype headerSize = 8 + envelopeBytes[envelope];
    if (blob.size() < headerSize)
        return headerError(blob.size(),
            QCoreApplication::translate(
                "GeoPackage", "truncated: the header with its envelope needs %1 bytes, the blob has %2")
                .arg(headerSize)
                .arg(blob.size()));
    auto g = WkbReader::read(blob.sliced(headerSize), nullptr, headerSize);
    if (empty) {
        // The empty flag wins over whatever follows; keep the declared type when it can be read.
        Geometry e;
        if (g)
            e.type = g->type;
        return e;
    }
    return g;
}

QPointF GeoPackage::mercatorToLonLat(QPointF xy)
{
    constexpr double degrees = 180.0 / M_PI;
    return QPointF(
        xy.x() / EarthRadius * degrees, (2 * std::atan(std::exp(xy.y() / EarthRadius)) - M_PI / 2) * degrees);
}

Result<VectorLayer> GeoPackage::readLayer(const QString& name, Feedback* feedback) const
{
    const auto it = std::find_if(
        m_layers.cbegin(), m_layers.cend(), [&](const GeoPackageLayerInfo& l) { return l.name == name; });
    if (it == m_layers.cend())
        return Error(
            QCoreApplication::translate("GeoPackage", "%1 has no feature layer named '%2'.").arg(m_db->name(), name));
    const GeoPackageLayerInfo& info = *it;
    const auto crs = resolveCrs(*m_db, info);
    if (!crs)
        return crs.error();

    const QString table = ReadOnlyDatabase::quoted(info.name);
    QString fidColumn;
    {
        ReadOnlyDatabase::Query q(*m_db, QStringLiteral("PRAGMA table_info(%1)").arg(table));
        while (q.next())
            if (q.int64(5) == 1 && q.text(2).trimmed().toUpper() == QLatin1String("INTEGER"))
                fidColumn = q.text(1);
    }

    ReadOnlyDatabase::Query q(*m_db, QStringLiteral("SELECT * FROM %1").arg(table));
    if (!q.isValid())
        return Error(
            QCoreApplication::translate("GeoPackage", "%1: layer '%2' cannot be read.").arg(m_db->name(), info.name),
            m_db->lastError());
    int geometryIndex = -1, fidIndex = -1;
    for (int c = 0; c < q.columnCount(); ++c) {
        const QString column = q.columnName(c);
        if (geometryIndex < 0 && column.compare(info.geometryColumn, Qt::CaseInsensitive) == 0)
            geometryIndex = c;
        else if (fidIndex < 0 && !fidColumn.isEmpty() && column.compare(fidColumn, Qt::CaseInsensitive) == 0)
            fidIndex = c;
    }
    if (geometryIndex < 0)
        return Error(QCoreApplication::translate(
            "GeoPackage", "%1: layer '%2' has no column '%3' although gpkg_geometry_columns lists it.")
                         .arg(m_db->name(), info.name, info.geometryColumn));

    // Interrupts a slow step too, not only between rows; cleared on every way out.
    struct CancelGuard {
        ReadOnlyDatabase& db;
        ~CancelGuard() { db.setCancel(nullptr); }
    } guard { *m_db };
    m_db->setCancel(feedback);

    VectorLayer layer;
    layer.name = info.name;
    layer.source = m_db->name();
    layer.geometryType = info.geometryType;
    const bool mercator = crs.value() == Crs::Mercator;
    bool mixedTypes = false, firstTyped = true;
    GeometryType seenType = GeometryType::GeometryCollection;
    BoundsAccumulator box;
    qint64 row = 0;
    while (q.next()) {
        ++row;
        if (feedback && (row & 255) == 0 && feedback->isCanceled())
            return Error(QCoreApplication::translate("GeoPackage", "Reading layer '%1' was canceled.").arg(info.name));
        Feature f;
        f.fid = fidIndex >= 0 ? q.int64(fidIndex) : row;
        auto skip = [&](const QString& reason) {
            ++layer.skipped;
            layer.warnings << QCoreApplication::translate("GeoPackage", "%1: layer '%2' feature fid %3: %4")
                                  .arg(m_db->name(), info.name)
                                  .arg(f.fid)
                                  .arg(reason);
        };
        if (!q.isNull(geometryIndex)) {
            auto g = parseGeometry(q.blob(geometryIndex));
            if (!g) {
                skip(g.error().message);
                continue;
            }
            f.geometry = std::move(g.value());
            if (mercator) {
                for (QPolygonF& part : f.geometry.parts)
                    for (QPointF& p : part)
                        p = mercatorToLonLat(p);
            }
            if (const auto bad = outOfRange(f.geometry)) {
                skip(QCoreApplication::translate(
                    "GeoPackage", "coordinate (%1, %2) is outside longitude ±180°, latitude ±90°")
                         .arg(bad->x(), 0, 'g', 10)
                         .arg(bad->y(), 0, 'g', 10));
                continue;
            }
            f.geometry.updateBounds();
            if (!f.geometry.isEmpty()) {
                const QRectF& b = f.geometry.bounds;
                box.add(b);
            }
            if (firstTyped) {
                seenType = f.geometry.type;
                firstTyped = false;
            } else if (seenType != f.geometry.type) {
                mixedTypes = true;
            }
        } else {
            f.geometry.type = info.geometryType;
        }
        for (int c = 0; c < q.columnCount(); ++c)
            if (c != geometryIndex && c != fidIndex)
                f.attributes.insert(q.columnName(c), q.value(c));
        layer.features << std::move(f);
    }
    if (feedback && feedback->isCanceled())
        return Error(QCoreApplication::translate("GeoPackage", "Reading layer '%1' was canceled.").arg(info.name));
    if (q.failed())
        return Error(QCoreApplication::translate(
                         "GeoPackage", "%1: layer '%2' could not be read to the end; the file may be damaged.")
                         .arg(m_db->name(), info.name),
            m_db->lastError());
    if (info.geometryType == GeometryType::GeometryCollection && !firstTyped && !mixedTypes)
        layer.geometryType = seenType;
    if (box.any)
        layer.bounds = box.bounds();
    return layer;
}

} // namespace waymark::geo
