#pragma once

#include "analysis/filter.h"
#include "core/result.h"
#include "map/mapmodel.h"
#include "sharing/releasability.h"

#include <QString>

#include <optional>

namespace waymark::store {
class Workspace;
}

namespace waymark::sharing {

/// A map layer as GeoJSON (RFC 7946) or KML 2.2, for QGIS and Google Earth,
/// made only of the incidents the releasability check lets go: incidents as
/// points with the attributes the share policy keeps; routes as great-circle
/// lines split at the antimeridian (RFC 7946 §3.1.9) with their volumes;
/// kernel-density hotspot cells and Getis-Ord Gi* cells as polygons with
/// their values and classes, computed by the map's own computation
/// (map::MapModel::hotspotGrids, on the map's grid) so the file holds the
/// values the screen shows for the same filter and settings. KML styles carry the map's colours. The
/// export's marking goes in the file (a GeoJSON foreign member, the KML
/// document's description) and in every feature's `tlp` property.
class LayerExport {
public:
    enum class Layer { Incidents, Routes, Hotspots, Significance };
    enum class Format { GeoJson, Kml };
    struct Options {
        Layer layer = Layer::Incidents;
        Format format = Format::GeoJson;
        analysis::Filter filter;
        Destination destination = Destination::Partner;
        /// Hotspots and Gi*: the map's own settings (MapModel::hotspotOptions()),
        /// computed by the map's own MapModel::hotspotGrids().
        map::MapModel::HotspotOptions hotspot;
    };
    struct Written {
        QString sha256;
        int features = 0;
    };

    static std::optional<Layer> parseLayer(const QString& name);
    static QString layerName(Layer layer);

    /// The filtered incidents through the one check.
    static Result<Releasability::Outcome> check(store::Workspace& ws, const Options& options);
    /// Writes the layer of what the check released and records the export.
    static Result<Written> write(
        store::Workspace& ws, const Releasability::Outcome& outcome, const QString& path, const Options& options);

    /// A line of (lon, lat) points with unwrapped longitudes (beyond ±180°)
    /// cut where it crosses the antimeridian, each part within ±180°.
    static QList<QPolygonF> splitAtAntimeridian(const QPolygonF& unwrapped);
};

} // namespace waymark::sharing
