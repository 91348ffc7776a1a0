#include "ogrlayers.h"

#include "core/logging.h"
#include "geo/gdalapi.h"

#include <QFileInfo>

#include <algorithm>
#include <cmath>
#include <vector>

namespace waymark::geo {

namespace {

GeometryType typeOf(OGRwkbGeometryType type)
{
    switch (wkbFlatten(type)) {
    case wkbPoint:
        return GeometryType::Point;
    case wkbLineString:
    case wkbCircularString:
    case wkbCompoundCurve:
        return GeometryType::LineString;
    case wkbPolygon:
    case wkbCurvePolygon:
    case wkbTriangle:
        return GeometryType::Polygon;
    case wkbMultiPoint:
        return GeometryType::MultiPoint;
    case wkbMultiLineString:
    case wkbMultiCurve:
        return GeometryType::MultiLineString;
    case wkbMultiPolygon:
    case wkbMultiSurface:
    case wkbPolyhedralSurface:
    case wkbTIN:
        return GeometryType::MultiPolygon;
    default:
        return GeometryType::GeometryCollection;
    }
}

void flattenInto(OGRGeometryH g, QList<QPolygonF>& parts)
{
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    if (type == wkbPoint) {
        if (!OGR_G_IsEmpty(g))
            parts << QPolygonF { QPointF(OGR_G_GetX(g, 0), OGR_G_GetY(g, 0)) };
        return;
    }
    if (type == wkbLineString || type == wkbLinearRing) {
        const int n = OGR_G_GetPointCount(g);
        if (n <= 0)
            return;
        std::vector<double> x(static_cast<size_t>(n)), y(static_cast<size_t>(n));
        OGR_G_GetPoints(g, x.data(), sizeof(double), y.data(), sizeof(double), nullptr, 0);
        QPolygonF part;
        part.reserve(n);
        for (int i = 0; i < n; ++i)
            part << QPointF(x[size_t(i)], y[size_t(i)]);
        parts << std::move(part);
        return;
    }
    // Polygons give their rings, collections their members.
    const int count = OGR_G_GetGeometryCount(g);
    for (int i = 0; i < count; ++i)
        flattenInto(OGR_G_GetGeometryRef(g, i), parts);
}

/// Whether every coordinate is a number: OGR's envelope passes over NaN
/// (its comparisons are false), so a NaN would slip past the range check.
bool allFinite(OGRGeometryH g)
{
    if (OGR_G_IsEmpty(g))
        return true;
    const int n = OGR_G_GetPointCount(g);
    for (int i = 0; i < n; ++i) {
        if (!std::isfinite(OGR_G_GetX(g, i)) || !std::isfinite(OGR_G_GetY(g, i)))
            return false;
    }
    const int count = OGR_G_GetGeometryCount(g);
    for (int i = 0; i < count; ++i) {
        if (!allFinite(OGR_G_GetGeometryRef(g, i)))
            return false;
    }
    return true;
}

QVariant fieldValue(OGRFeatureH f, int i)
{
    if (!OGR_F_IsFieldSetAndNotNull(f, i))
        return {};
    switch (OGR_Fld_GetType(OGR_F_GetFieldDefnRef(f, i))) {
    case OFTInteger:
        return OGR_F_GetFieldAsInteger(f, i);
    case OFTInteger64:
        return qint64(OGR_F_GetFieldAsInteger64(f, i));
    case OFTReal:
        return OGR_F_GetFieldAsDouble(f, i);
    default:
        return QString::fromUtf8(OGR_F_GetFieldAsString(f, i));
    }
}

} // namespace

Result<std::unique_ptr<OgrToWgs84>> OgrToWgs84::forLayer(void* layer)
{
    GdalEnv::ensure();
    std::unique_ptr<OgrToWgs84> out(new OgrToWgs84);
    OGRSpatialReferenceH source = OGR_L_GetSpatialRef(static_cast<OGRLayerH>(layer));
    if (!source)
        return out; // GeoJSON, KML, GPX and a Shapefile without .prj: lon/lat
    OGRSpatialReferenceH wgs84 = OSRNewSpatialReference(nullptr);
    OSRSetWellKnownGeogCS(wgs84, "WGS84");
    OSRSetAxisMappingStrategy(wgs84, OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReferenceH from = OSRClone(source);
    OSRSetAxisMappingStrategy(from, OAMS_TRADITIONAL_GIS_ORDER);
    const char* name = OSRGetName(from);
    out->m_crsName = name ? QString::fromUtf8(name) : QString();
    if (!OSRIsSame(from, wgs84)) {
        CPLErrorReset();
        out->m_transform = OCTNewCoordinateTransformation(from, wgs84);
        if (!out->m_transform) {
            OSRDestroySpatialReference(from);
            OSRDestroySpatialReference(wgs84);
            return Error(tr("the layer's coordinate system (%1) cannot be converted to longitude and latitude: %2")
                             .arg(out->m_crsName, GdalEnv::lastError()));
        }
    }
    OSRDestroySpatialReference(from);
    OSRDestroySpatialReference(wgs84);
    return out;
}

OgrToWgs84::~OgrToWgs84()
{
    if (m_transform)
        OCTDestroyCoordinateTransformation(static_cast<OGRCoordinateTransformationH>(m_transform));
}

Result<void*> OgrToWgs84::convert(void* geometry) const
{
    auto* g = static_cast<OGRGeometryH>(geometry);
    OGRGeometryH linear = OGR_G_HasCurveGeometry(g, TRUE) ? OGR_G_GetLinearGeometry(g, 0, nullptr) : OGR_G_Clone(g);
    if (!linear)
        return Error(tr("the curved geometry cannot be approximated by lines"));
    if (m_transform) {
        CPLErrorReset();
        if (OGR_G_Transform(linear, static_cast<OGRCoordinateTransformationH>(m_transform)) != OGRERR_NONE) {
            OGR_G_DestroyGeometry(linear);
            return Error(tr("its coordinates cannot be converted from %1 to longitude and latitude")
                             .arg(m_crsName.isEmpty() ? tr("the layer's coordinate system") : m_crsName));
        }
    }
    OGREnvelope e;
    OGR_G_GetEnvelope(linear, &e);
    if (!allFinite(linear)) {
        OGR_G_DestroyGeometry(linear);
        return Error(tr("a coordinate is not a number"));
    }
    if (!OGR_G_IsEmpty(linear)
        && (!std::isfinite(e.MinX) || !std::isfinite(e.MaxX) || !std::isfinite(e.MinY) || !std::isfinite(e.MaxY)
            || e.MinX < -180.0 - 1e-9 || e.MaxX > 180.0 + 1e-9 || e.MinY < -90.0 - 1e-9 || e.MaxY > 90.0 + 1e-9)) {
        OGR_G_DestroyGeometry(linear);
        return Error(tr("coordinates (%1…%2, %3…%4) are outside longitude ±180°, latitude ±90°")
                         .arg(e.MinX, 0, 'g', 10)
                         .arg(e.MaxX, 0, 'g', 10)
                         .arg(e.MinY, 0, 'g', 10)
                         .arg(e.MaxY, 0, 'g', 10));
    }
    return static_cast<void*>(linear);
}

Geometry OgrToWgs84::flatten(void* wgs84Geometry)
{
    auto* g = static_cast<OGRGeometryH>(wgs84Geometry);
    Geometry out;
    out.type = typeOf(OGR_G_GetGeometryType(g));
    flattenInto(g, out.parts);
    out.updateBounds();
    return out;
}

QPointF OgrToWgs84::representativePoint(void* wgs84Geometry)
{
    auto* g = static_cast<OGRGeometryH>(wgs84Geometry);
    const double nan = std::nan("");
    if (!g || OGR_G_IsEmpty(g))
        return { nan, nan };
    const OGRwkbGeometryType type = wkbFlatten(OGR_G_GetGeometryType(g));
    if (type == wkbPoint)
        return { OGR_G_GetX(g, 0), OGR_G_GetY(g, 0) };
    OGRGeometryH point = nullptr;
    CPLPushErrorHandler(gdal::api().CPLQuietErrorHandler);
    if (type == wkbPolygon || type == wkbMultiPolygon)
        point = OGR_G_PointOnSurface(g);
    if (!point) {
        point = OGR_G_CreateGeometry(wkbPoint);
        if (OGR_G_Centroid(g, point) != OGRERR_NONE || OGR_G_IsEmpty(point)) {
            OGR_G_DestroyGeometry(point);
            point = nullptr;
        }
    }
    CPLPopErrorHandler();
    if (!point) {
        OGREnvelope e;
        OGR_G_GetEnvelope(g, &e);
        return { (e.MinX + e.MaxX) / 2, (e.MinY + e.MaxY) / 2 };
    }
    const QPointF p(OGR_G_GetX(point, 0), OGR_G_GetY(point, 0));
    OGR_G_DestroyGeometry(point);
    return p;
}

QString OgrToWgs84::wkt(void* wgs84Geometry)
{
    char* text = nullptr;
    if (OGR_G_ExportToIsoWkt(static_cast<OGRGeometryH>(wgs84Geometry), &text) != OGRERR_NONE) {
        CPLFree(text);
        return {};
    }
    const QString out = QString::fromUtf8(text);
    CPLFree(text);
    return out;
}

Result<std::unique_ptr<OgrVectorFile>> OgrVectorFile::open(const QString& path)
{
    auto ds = openGdal(path, gisVectorDrivers(), true, false);
    if (!ds)
        return ds.error();
    std::unique_ptr<OgrVectorFile> out(new OgrVectorFile);
    out->m_path = path;
    out->m_name = QFileInfo(path).fileName();
    out->m_dataset = std::move(ds).value();
    auto* h = static_cast<GDALDatasetH>(out->m_dataset.get());
    const int n = GDALDatasetGetLayerCount(h);
    for (int i = 0; i < n; ++i) {
        OGRLayerH layer = GDALDatasetGetLayer(h, i);
        OgrLayerInfo info;
        info.name = QString::fromUtf8(OGR_L_GetName(layer));
        info.geometryTypeName = QString::fromUtf8(OGRGeometryTypeToName(OGR_L_GetGeomType(layer)));
        info.featureCount = OGR_L_GetFeatureCount(layer, FALSE);
        out->m_layers << info;
    }
    return out;
}

OgrVectorFile::~OgrVectorFile() = default;

Result<VectorLayer> OgrVectorFile::readLayer(int index, Feedback* feedback) const
{
    if (index < 0 || index >= m_layers.size())
        return Error(tr("%1 has no layer %2").arg(m_name).arg(index + 1));
    OGRLayerH layer = GDALDatasetGetLayer(static_cast<GDALDatasetH>(m_dataset.get()), index);
    const QString layerName = m_layers[index].name;
    auto wgs84 = OgrToWgs84::forLayer(layer);
    if (!wgs84)
        return Error(QStringLiteral("%1 [%2]: %3").arg(m_name, layerName, wgs84.error().message));

    VectorLayer out;
    out.name = layerName;
    out.source = m_path;
    out.geometryType = typeOf(OGR_L_GetGeomType(layer));
    bool typed = false, mixed = false;
    BoundsAccumulator box;
    GeometryType seen = GeometryType::GeometryCollection;
    const qint64 total = m_layers[index].featureCount;
    qint64 n = 0;
    const QList<int> fields = layerFields(m_dataset.get(), layer);
    OGR_L_ResetReading(layer);
    while (OGRFeatureH f = OGR_L_GetNextFeature(layer)) {
        ++n;
        if (feedback && (n & 255) == 0) {
            if (feedback->isCanceled()) {
                OGR_F_Destroy(f);
                return Error(tr("Reading layer '%1' was canceled.").arg(layerName));
            }
            if (total > 0)
                feedback->setProgress(double(n) / double(total));
        }
        Feature feature;
        feature.fid = OGR_F_GetFID(f) == OGRNullFID ? n : qint64(OGR_F_GetFID(f));
        if (OGRGeometryH g = OGR_F_GetGeometryRef(f)) {
            auto converted = wgs84.value()->convert(g);
            if (!converted) {
                ++out.skipped;
                out.warnings << tr("%1 [%2]:feature %3: %4")
                                    .arg(m_name, layerName)
                                    .arg(feature.fid)
                                    .arg(converted.error().message);
                OGR_F_Destroy(f);
                continue;
            }
            feature.geometry = OgrToWgs84::flatten(converted.value());
            OGR_G_DestroyGeometry(static_cast<OGRGeometryH>(converted.value()));
            if (!feature.geometry.isEmpty()) {
                // QRectF::united() ignores zero-size rectangles, which single points have.
                const QRectF& b = feature.geometry.bounds;
                box.add(b);
                if (!typed) {
                    seen = feature.geometry.type;
                    typed = true;
                } else if (seen != feature.geometry.type) {
                    mixed = true;
                }
            }
        } else {
            feature.geometry.type = out.geometryType;
        }
        for (const int i : fields)
            feature.attributes.insert(
                QString::fromUtf8(OGR_Fld_GetNameRef(OGR_F_GetFieldDefnRef(f, i))), fieldValue(f, i));
        OGR_F_Destroy(f);
        out.features << std::move(feature);
    }
    if (box.any)
        out.bounds = box.bounds();
    if (out.geometryType == GeometryType::GeometryCollection && typed && !mixed)
        out.geometryType = seen;
    qCDebug(lcGeo) << "OGR read" << n << "features of" << m_name << layerName << "skipped" << out.skipped;
    return out;
}

} // namespace waymark::geo
