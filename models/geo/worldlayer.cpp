#include "worldlayer.h"

#include "geo/geopackage.h"

#include <QFile>

static void initWorldResources()
{
    Q_INIT_RESOURCE(models);
}

namespace waymark::geo {

Result<VectorLayer> WorldLayer::load()
{
    static const bool registered = (initWorldResources(), true);
    Q_UNUSED(registered);
    const QString path = QStringLiteral(":/waymark/world/countries.gpkg");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(QCoreApplication::translate("WorldLayer", "The built-in world layer is missing from this build."));
    // Our own GeoPackage reader, not OGR: read at every start, and
    // tests/bench/bench_gisread measured it about 2× faster than OGR on this
    // very file (6 ms against 13 ms; 66 ms against 113 ms on 50,000 polygons),
    // straight from the resource's bytes. The file is ours (EPSG:4326,
    // MultiPolygons only), so the cases it does not cover (curves, other
    // CRSs) cannot occur. Users' layers go through OGR (geo::OgrVectorFile).
    auto gpkg = GeoPackage::fromBytes(file.readAll(), path);
    if (!gpkg)
        return gpkg.error();
    auto layer = gpkg.value()->readLayer(QStringLiteral("countries"));
    if (layer)
        layer->source = QStringLiteral(":builtin");
    return layer;
}

const Result<VectorLayer>& WorldLayer::shared()
{
    static const Result<VectorLayer> layer = load();
    return layer;
}

} // namespace waymark::geo
