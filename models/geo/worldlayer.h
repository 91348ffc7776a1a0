#pragma once

#include "core/result.h"
#include "geo/geometry.h"

namespace waymark::geo {

/// The built-in world layer, so the map works with no other file: Natural
/// Earth 1:10m countries as generalised by QGIS (public domain), compiled in
/// as a GeoPackage (resources/world/countries.gpkg, written by
/// scripts/make-world.py) and read through GeoPackage's in-memory path.
/// One MultiPolygon feature per country with attributes iso_a2, iso_a3 and
/// name; a few areas without an ISO 3166 code of their own (Somaliland,
/// Northern Cyprus, the Spratlys…) have null codes.
class WorldLayer {
public:
    /// Reads the layer afresh (about 250 features, 220,000 vertices). Its
    /// source is ":builtin". Thread-safe.
    static Result<VectorLayer> load();
    /// The same, read once and shared; thread-safe.
    static const Result<VectorLayer>& shared();
};

} // namespace waymark::geo
