#include "layerexport.h"

#include "analysis/hotspotclaims.h"
#include "sharing/figureexport.h"

#include "analysis/incidentsnapshot.h"
#include "core/outputfile.h"
#include "core/taxonomy.h"
#include "geo/colourscale.h"
#include "geo/geogrid.h"
#include "geo/getisord.h"
#include "geo/greatcircle.h"
#include "geo/kerneldensity.h"
#include "map/mapmodel.h"
#include "map/maprenderer.h"
#include "map/routeflows.h"
#include "sharing/sharepolicy.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPolygonF>
#include <QXmlStreamWriter>

#include <cmath>

namespace waymark::sharing {

namespace {

/// One feature, whatever the format: parts of a geometry and its properties.
struct Feature {
    enum class Kind { Point, Lines, Polygon } kind = Kind::Point;
    QList<QPolygonF> parts; ///< a point is one part of one point
    QJsonObject properties;
    QString style; ///< KML style id
    QString name;
};

struct FeatureSet {
    QString title;
    QList<QPair<QString, QColor>> styles; ///< id, colour
    QList<Feature> features;
};

QJsonArray ring(const QPolygonF& p)
{
    QJsonArray a;
    for (const QPointF& q : p)
        a.append(QJsonArray { q.x(), q.y() });
    return a;
}

QJsonObject geometry(const Feature& f)
{
    switch (f.kind) {
    case Feature::Kind::Point:
        return { { QStringLiteral("type"), QStringLiteral("Point") },
            { QStringLiteral("coordinates"), QJsonArray { f.parts[0][0].x(), f.parts[0][0].y() } } };
    case Feature::Kind::Lines: {
        if (f.parts.size() == 1)
            return { { QStringLiteral("type"), QStringLiteral("LineString") },
                { QStringLiteral("coordinates"), ring(f.parts[0]) } };
        QJsonArray lines;
        for (const QPolygonF& p : f.parts)
            lines.append(ring(p));
        return { { QStringLiteral("type"), QStringLiteral("MultiLineString") },
            { QStringLiteral("coordinates"), lines } };
    }
    case Feature::Kind::Polygon:
        return { { QStringLiteral("type"), QStringLiteral("Polygon") },
            { QStringLiteral("coordinates"), QJsonArray { ring(f.parts[0]) } } };
    }
    return {};
}

QByteArray geoJson(const FeatureSet& layer, const Releasability::Outcome& outcome)
{
    QJsonArray features;
    for (const Feature& f : layer.features)
        features.append(QJsonObject { { QStringLiteral("type"), QStringLiteral("Feature") },
            { QStringLiteral("geometry"), geometry(f) }, { QStringLiteral("properties"), f.properties } });
    QJsonArray conditions;
    for (const QString& c : outcome.conditions)
        conditions.append(c);
    // RFC 7946 §6.1: foreign members are allowed; GDAL keeps them as metadata.
    return QJsonDocument(QJsonObject { { QStringLiteral("type"), QStringLiteral("FeatureCollection") },
                             { QStringLiteral("name"), layer.title },
                             { QStringLiteral("waymark"),
                                 QJsonObject { { QStringLiteral("marking"), outcome.marking },
                                     { QStringLiteral("conditions"), conditions } } },
                             { QStringLiteral("features"), features } })
        .toJson(QJsonDocument::Indented);
}

QString kmlColour(QColor c, int alpha)
{
    // KML: aabbggrr.
    return QString::asprintf("%02x%02x%02x%02x", alpha, c.blue(), c.green(), c.red());
}

QString coordinates(const QPolygonF& p)
{
    QStringList parts;
    for (const QPointF& q : p)
        parts << QStringLiteral("%1,%2").arg(q.x(), 0, 'f', 6).arg(q.y(), 0, 'f', 6);
    return parts.join(QLatin1Char(' '));
}

QByteArray kml(const FeatureSet& layer, const Releasability::Outcome& outcome, LayerExport::Layer kind)
{
    QByteArray bytes;
    QXmlStreamWriter w(&bytes);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("kml"));
    w.writeDefaultNamespace(QStringLiteral("http://www.opengis.net/kml/2.2"));
    w.writeStartElement(QStringLiteral("Document"));
    w.writeTextElement(QStringLiteral("name"), layer.title);
    QString description = QCoreApplication::translate("LayerExport", "Marking: %1").arg(outcome.marking);
    for (const QString& c : outcome.conditions)
        description += QLatin1Char('\n') + c;
    w.writeTextElement(QStringLiteral("description"), description);
    for (const auto& [id, colour] : layer.styles) {
        w.writeStartElement(QStringLiteral("Style"));
        w.writeAttribute(QStringLiteral("id"), id);
        if (kind == LayerExport::Layer::Incidents) {
            w.writeStartElement(QStringLiteral("IconStyle"));
            w.writeTextElement(QStringLiteral("color"), kmlColour(colour, 255));
            w.writeTextElement(QStringLiteral("scale"), QStringLiteral("0.6"));
            w.writeEndElement();
        } else {
            w.writeStartElement(QStringLiteral("LineStyle"));
            w.writeTextElement(QStringLiteral("color"), kmlColour(colour, 230));
            w.writeTextElement(QStringLiteral("width"),
                kind == LayerExport::Layer::Routes ? QStringLiteral("2") : QStringLiteral("0"));
            w.writeEndElement();
            w.writeStartElement(QStringLiteral("PolyStyle"));
            w.writeTextElement(QStringLiteral("color"), kmlColour(colour, 180));
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    for (const Feature& f : layer.features) {
        w.writeStartElement(QStringLiteral("Placemark"));
        w.writeTextElement(QStringLiteral("name"), f.name);
        if (!f.style.isEmpty())
            w.writeTextElement(QStringLiteral("styleUrl"), QLatin1Char('#') + f.style);
        w.writeStartElement(QStringLiteral("ExtendedData"));
        for (auto it = f.properties.begin(); it != f.properties.end(); ++it) {
            w.writeStartElement(QStringLiteral("Data"));
            w.writeAttribute(QStringLiteral("name"), it.key());
            const QJsonValue v = it.value();
            w.writeTextElement(QStringLiteral("value"),
                v.isDouble()      ? QString::number(v.toDouble(), 'g', 10)
                    : v.isArray() ? QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact))
                                  : v.toVariant().toString());
            w.writeEndElement();
        }
        w.writeEndElement();
        if (f.kind == Feature::Kind::Point) {
            w.writeStartElement(QStringLiteral("Point"));
            w.writeTextElement(QStringLiteral("coordinates"), coordinates(f.parts[0]));
            w.writeEndElement();
        } else if (f.kind == Feature::Kind::Lines) {
            w.writeStartElement(QStringLiteral("MultiGeometry"));
            for (const QPolygonF& p : f.parts) {
                w.writeStartElement(QStringLiteral("LineString"));
                w.writeTextElement(QStringLiteral("tessellate"), QStringLiteral("1"));
                w.writeTextElement(QStringLiteral("coordinates"), coordinates(p));
                w.writeEndElement();
            }
            w.writeEndElement();
        } else {
            w.writeStartElement(QStringLiteral("Polygon"));
            w.writeStartElement(QStringLiteral("outerBoundaryIs"));
            w.writeStartElement(QStringLiteral("LinearRing"));
            w.writeTextElement(QStringLiteral("coordinates"), coordinates(f.parts[0]));
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndElement();
    w.writeEndDocument();
    return bytes;
}

QPolygonF cell(double west, double south, double east, double north)
{
    // Counter-clockwise exterior ring, closed (RFC 7946 §3.1.6).
    return QPolygonF({ QPointF(west, south), QPointF(east, south), QPointF(east, north), QPointF(west, north),
        QPointF(west, south) });
}

} // namespace

std::optional<LayerExport::Layer> LayerExport::parseLayer(const QString& name)
{
    for (Layer l : { Layer::Incidents, Layer::Routes, Layer::Hotspots, Layer::Significance }) {
        if (layerName(l) == name)
            return l;
    }
    return std::nullopt;
}

QString LayerExport::layerName(Layer layer)
{
    switch (layer) {
    case Layer::Incidents:
        return QStringLiteral("incidents");
    case Layer::Routes:
        return QStringLiteral("routes");
    case Layer::Hotspots:
        return QStringLiteral("hotspots");
    case Layer::Significance:
        return QStringLiteral("significance");
    }
    return {};
}

QList<QPolygonF> LayerExport::splitAtAntimeridian(const QPolygonF& line)
{
    QList<QPolygonF> parts;
    QPolygonF current;
    auto wrap = [](double lon, double shift) { return lon - shift; };
    double shift = 0; // multiple of 360 taken off the current part
    for (int i = 0; i < line.size(); ++i) {
        const QPointF p = line[i];
        if (i == 0) {
            shift = 360.0 * std::floor((p.x() + 180.0) / 360.0);
            current << QPointF(wrap(p.x(), shift), p.y());
            continue;
        }
        const QPointF a = line[i - 1];
        const double lon = wrap(p.x(), shift);
        if (lon > 180.0 || lon < -180.0) {
            // Cross at ±180: interpolate the latitude there, close this part, open the next.
            const double edge = lon > 180.0 ? 180.0 : -180.0;
            const double ax = wrap(a.x(), shift);
            const double t = (edge - ax) / (lon - ax);
            const double lat = a.y() + t * (p.y() - a.y());
            current << QPointF(edge, lat);
            parts << current;
            current.clear();
            shift += lon > 180.0 ? 360.0 : -360.0;
            current << QPointF(-edge, lat) << QPointF(wrap(p.x(), shift), p.y());
        } else {
            current << QPointF(lon, p.y());
        }
    }
    if (current.size() >= 2)
        parts << current;
    return parts;
}

Result<Releasability::Outcome> LayerExport::check(store::Workspace& ws, const Options& options)
{
    auto selection = Releasability::incidentsUnder(ws, options.filter);
    if (!selection)
        return selection.error();
    return Releasability::check(ws, selection.value(), options.destination);
}

Result<LayerExport::Written> LayerExport::write(
    store::Workspace& ws, const Releasability::Outcome& outcome, const QString& path, const Options& options)
{
    if (outcome.isEmpty())
        return Error(QCoreApplication::translate(
            "LayerExport", "Nothing may go: every incident asked for is withheld by the releasability check."));
    Feedback feedback;
    // The snapshot holds only what may go: the map's grids (their extent and
    // classes come from the whole snapshot) are then those of a map drawn
    // under the same released filter.
    auto loaded = analysis::IncidentSnapshot::load(ws, FigureExport::releasedFilter(options.filter, outcome), feedback);
    if (!loaded)
        return loaded.error();
    const analysis::IncidentSnapshot& snap = *loaded.value();
    // Only what the check released: aggregates are made of it alone.
    const std::vector<quint32> members = snap.indicesOf(outcome.released.of(RecordKind::Incident));
    const SharePolicy policy = SharePolicy::defaults();
    auto keep = [&](const char* field) {
        return options.destination == Destination::OwnOrganisation
            || policy.action(QStringLiteral("incidents"), QLatin1String(field)) == SharePolicy::Action::Keep;
    };
    FeatureSet layer;
    const QString marking = outcome.marking;

    if (options.layer == Layer::Incidents) {
        layer.title = QCoreApplication::translate("LayerExport", "Waymark incidents");
        QHash<qint64, quint32> index;
        for (quint32 i : members) {
            if (snap.located[i] == analysis::IncidentSnapshot::Located::Point)
                index.insert(snap.ids[i], i);
        }
        const int types = int(Taxonomy::codes(Taxonomy::Group::Exploitation).size());
        for (int b = 0; b <= types; ++b)
            layer.styles << qMakePair(QStringLiteral("type%1").arg(b),
                b < types ? map::MapRenderer::typeColour(b) : map::MapRenderer::untypedColour());
        store::Statement q(ws.handle(),
            "SELECT i.id, i.date_text, i.exploitation, i.victims, i.gender, i.age_band, c.name, "
            "coalesce(s.tlp, '') FROM incidents i LEFT JOIN places c ON c.id = i.place_id "
            "JOIN sources s ON s.id = i.source_id ORDER BY i.id");
        while (q.next()) {
            const auto it = index.constFind(q.int64(0));
            if (it == index.constEnd())
                continue;
            Feature f;
            f.kind = Feature::Kind::Point;
            // Points are rounded to about 100 m: enough for a map, not an address.
            const double lon = std::round(double(snap.lon[*it]) * 1000) / 1000;
            const double lat = std::round(double(snap.lat[*it]) * 1000) / 1000;
            f.parts << QPolygonF({ QPointF(lon, lat) });
            const quint32 bits = quint32(q.int64(2));
            QJsonArray codes;
            int first = types;
            for (int b = 0; b < types; ++b) {
                if (bits & (1u << b)) {
                    codes.append(Taxonomy::codes(Taxonomy::Group::Exploitation).at(b));
                    first = std::min(first, b);
                }
            }
            f.style = QStringLiteral("type%1").arg(first);
            if (keep("date"))
                f.properties.insert(QStringLiteral("date"), q.text(1));
            if (keep("exploitation"))
                f.properties.insert(
                    QStringLiteral("exploitation"), codes.isEmpty() ? QString() : codes.first().toString());
            if (keep("victims"))
                f.properties.insert(QStringLiteral("victims"), q.int64(3));
            if (keep("gender"))
                f.properties.insert(QStringLiteral("gender"), q.text(4));
            if (keep("age_band"))
                f.properties.insert(QStringLiteral("age_band"), q.text(5));
            if (keep("country") || keep("city"))
                f.properties.insert(QStringLiteral("place"), q.text(6));
            const QString tlp = q.text(7).isEmpty() ? marking : q.text(7);
            f.properties.insert(QStringLiteral("tlp"), tlp);
            f.name = q.text(6).isEmpty() ? QCoreApplication::translate("LayerExport", "Incident") : q.text(6);
            layer.features << f;
        }
        if (Error e = q.error(); !e.isNull())
            return e;
    } else if (options.layer == Layer::Routes) {
        layer.title = QCoreApplication::translate("LayerExport", "Waymark routes");
        layer.styles << qMakePair(QStringLiteral("route"), map::MapRenderer::routeColour());
        const map::RouteFlows flows = map::RouteFlows::build(snap, members, map::RouteFlows::Level::Country);
        for (const map::RouteFlow& r : flows.flows()) {
            Feature f;
            f.kind = Feature::Kind::Lines;
            f.parts = splitAtAntimeridian(geo::GreatCircle::arc(r.fromLonLat, r.toLonLat, 64));
            f.style = QStringLiteral("route");
            f.name = QStringLiteral("%1 → %2").arg(r.fromName, r.toName);
            f.properties.insert(QStringLiteral("from"), r.fromName);
            f.properties.insert(QStringLiteral("to"), r.toName);
            f.properties.insert(QStringLiteral("incidents"), r.incidents);
            f.properties.insert(QStringLiteral("victims"), r.victims);
            f.properties.insert(QStringLiteral("tlp"), marking);
            layer.features << f;
        }
    } else {
        // The map's own computation on the released incidents (the snapshot
        // is loaded under the filter with the withheld sources left out).
        const bool density = options.layer == Layer::Hotspots;
        const map::MapModel::HotspotOptions& ho = options.hotspot;
        const std::vector<quint32> window = snap.indicesInWindow(options.filter.dayFrom, options.filter.dayTo);
        std::optional<analysis::HotspotPeriods> periods;
        if (!density)
            periods
                = analysis::HotspotClaims::periodsFor(snap, options.filter.dayFrom, options.filter.dayTo, ho.emerging);
        auto grids = map::MapModel::hotspotGrids(snap, window, periods, ho, 0, density, !density, feedback);
        if (!grids)
            return grids.error();
        if (density && grids->density) {
            const geo::GeoGrid& g = *grids->density;
            const geo::ColourScale& scale = grids->scale;
            const QStringList labels = scale.labels();
            layer.title = QCoreApplication::translate("LayerExport", "Waymark hotspots: %1, bandwidth %2 km")
                              .arg(scale.unit())
                              .arg(ho.bandwidthKm);
            for (int k = 0; k < scale.classCount(); ++k)
                layer.styles << qMakePair(QStringLiteral("class%1").arg(k), scale.classColour(k));
            for (int row = 0; row < g.rows; ++row) {
                for (int col = 0; col < g.cols; ++col) {
                    const float v = g.value(col, row);
                    const int k = scale.classOf(v);
                    if (k < 0 || !scale.classColour(k).isValid() || scale.classColour(k).alpha() == 0)
                        continue;
                    Feature f;
                    f.kind = Feature::Kind::Polygon;
                    const double w = g.west + col * g.cellLon, s = g.south + row * g.cellLat;
                    f.parts << cell(w, s, w + g.cellLon, s + g.cellLat);
                    f.style = QStringLiteral("class%1").arg(k);
                    f.name = labels.value(k);
                    f.properties.insert(QStringLiteral("density"), double(v));
                    f.properties.insert(QStringLiteral("class"), k);
                    f.properties.insert(QStringLiteral("class_label"), labels.value(k));
                    f.properties.insert(QStringLiteral("tlp"), marking);
                    layer.features << f;
                }
            }
        } else if (!density && grids->significance && grids->significance->cellsTested > 0) {
            const geo::GiStarSurface& gi = grids->significance->later;
            const geo::GeoGrid& z = gi.z;
            for (int k : { 3, 2, 1, -1, -2, -3 })
                layer.styles << qMakePair(QStringLiteral("gi%1%2")
                                              .arg(k > 0 ? QStringLiteral("hot") : QStringLiteral("cold"))
                                              .arg(std::abs(k)),
                    map::MapModel::significanceColour(k));
            const char* const levels[] = { "90 %", "95 %", "99 %" };
            for (int row = 0; row < z.rows; ++row) {
                for (int col = 0; col < z.cols; ++col) {
                    const size_t c = size_t(row) * size_t(z.cols) + size_t(col);
                    const int k = gi.confidence[c];
                    if (k == 0)
                        continue;
                    Feature f;
                    f.kind = Feature::Kind::Polygon;
                    const double w = z.west + col * z.cellLon, s = z.south + row * z.cellLat;
                    f.parts << cell(w, s, w + z.cellLon, s + z.cellLat);
                    f.style = QStringLiteral("gi%1%2")
                                  .arg(k > 0 ? QStringLiteral("hot") : QStringLiteral("cold"))
                                  .arg(std::abs(k));
                    const QString cls = k > 0 ? QCoreApplication::translate("LayerExport", "Hot spot, %1 confidence")
                                                    .arg(QLatin1String(levels[k - 1]))
                                              : QCoreApplication::translate("LayerExport", "Cold spot, %1 confidence")
                                                    .arg(QLatin1String(levels[-k - 1]));
                    f.name = cls;
                    f.properties.insert(QStringLiteral("z"), double(z.values[c]));
                    f.properties.insert(QStringLiteral("p"), double(gi.p[c]));
                    f.properties.insert(QStringLiteral("confidence"), k);
                    f.properties.insert(QStringLiteral("class"), cls);
                    f.properties.insert(QStringLiteral("tlp"), marking);
                    layer.features << f;
                }
            }
        }
        if (!density)
            layer.title
                = QCoreApplication::translate("LayerExport", "Waymark Getis-Ord Gi*: %1 km cells, %2 km band, FDR")
                      .arg(ho.cellKm)
                      .arg(ho.bandKm);
    }

    const QByteArray bytes
        = options.format == Format::Kml ? kml(layer, outcome, options.layer) : geoJson(layer, outcome);
    auto sha = OutputFile::writeAll(path, bytes);
    if (!sha)
        return sha.error();
    Written w;
    w.sha256 = sha.value();
    w.features = int(layer.features.size());
    const QString kind = options.format == Format::Kml ? QStringLiteral("kml") : QStringLiteral("geojson");
    if (Status st = Releasability::record(ws, outcome, kind, path,
            QStringLiteral("layer=%1 features=%2 sha256=%3")
                .arg(layerName(options.layer))
                .arg(w.features)
                .arg(w.sha256));
        !st)
        return st.error();
    return w;
}

} // namespace waymark::sharing
