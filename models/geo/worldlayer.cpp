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
