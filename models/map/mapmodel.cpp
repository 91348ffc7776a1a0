#include "map/mapmodel.h"

#include "analysis/analysiscontext.h"
#include "analysis/hotspotclaims.h"
#include "analysis/incidentsnapshot.h"
#include "analysis/snapshotsource.h"
#include "core/feedback.h"
#include "core/job.h"
#include "geo/colourscale.h"
#include "geo/gdalenv.h"
#include "geo/getisord.h"
#include "geo/kerneldensity.h"
#include "geo/mbtiles.h"
#include "geo/ogrlayers.h"
#include "geo/worldlayer.h"
#include "map/pointclusters.h"
#include "map/vectorpaths.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace waymark::map {

using namespace geo;

using analysis::IncidentSnapshot;

MapModel::MapModel(analysis::AnalysisContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
    , m_source(context->snapshots())
{
    // One built-in world per process; its simplified paths are built ahead
    // on the idle-priority pool (a core's half second that a start-up's
    // loads need more), and by a frame itself for a level not built yet.
    static const auto world = [] {
        const auto& layer = WorldLayer::shared();
        auto shared = layer ? std::make_shared<const VectorLayer>(layer.value()) : nullptr;
        auto paths = shared ? std::make_shared<const VectorPaths>(shared) : nullptr;
        if (paths)
            backgroundPool()->start([paths] { paths->warm(); });
        return std::make_pair(shared, paths);
    }();
    m_renderer.setWorld(world.first, world.second);
    connect(m_source, &analysis::SnapshotSource::snapshotChanged, this, &MapModel::snapshotChanged);
    connect(m_source, &analysis::SnapshotSource::loadingChanged, this, &MapModel::loadingChanged);
    connect(m_source, &analysis::SnapshotSource::failed, this, &MapModel::failed);
    connect(context, &analysis::AnalysisContext::filterChanged, this, &MapModel::filterChanged);
    connect(context, &analysis::AnalysisContext::selectionChanged, this, [this] {
        applySelection();
        Q_EMIT changed();
    });
    m_hotspotJob.onFinished([this](Result<HotspotResult> result) {
        if (!result) {
            Q_EMIT failed(result.error().toString());
            return;
        }
        applyHotspots(result.value());
        Q_EMIT changed();
    });
    if (m_source->snapshot())
        swapIn(m_source->snapshot());
}

MapModel::~MapModel() = default;

void MapModel::setLayers(quint32 layers)
{
    if (layers == m_layers)
        return;
    const bool needChoropleth = (layers & MapRenderer::Choropleth) && !(m_layers & MapRenderer::Choropleth);
    m_layers = layers;
    if (needChoropleth)
        rebuildLayers();
    if (m_layers & (MapRenderer::Hotspots | MapRenderer::Significance))
        scheduleHotspots();
    Q_EMIT changed();
}

void MapModel::setRouteLevel(RouteFlows::Level level)
{
    if (level == m_routeLevel)
        return;
    m_routeLevel = level;
    m_reference.valid = false;
    rebuildLayers();
    Q_EMIT changed();
}

void MapModel::setChoroplethMeasure(Choropleth::Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    m_reference.valid = false;
    rebuildLayers();
    Q_EMIT changed();
}

bool MapModel::isLoading() const
{
    return m_source->isLoading();
}

void MapModel::filterChanged(const analysis::Filter& filter)
{
    // A new non-time filter reaches us through snapshotChanged once loaded.
    if (m_snapshot && m_source->isCurrentFor(filter) && m_source->snapshot() == m_snapshot) {
        applyWindow();
        Q_EMIT changed();
    }
}

void MapModel::snapshotChanged()
{
    swapIn(m_source->snapshot());
}

Status MapModel::loadNow()
{
    return m_source->loadNow();
}

void MapModel::swapIn(std::shared_ptr<const IncidentSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    m_scaleMax = 0; // a new snapshot gets its own all-time scales
    m_reference.valid = false;
    applyWindow();
    Q_EMIT changed();
}

void MapModel::applyWindow()
{
    const analysis::Filter& f = m_context->filter();
    m_members = m_snapshot ? m_snapshot->indicesInWindow(f.dayFrom, f.dayTo) : std::vector<quint32> {};
    m_counts = {};
    m_counts.inWindow = qint64(m_members.size());
    if (m_snapshot) {
        // Indices are ascending and the snapshot keeps points first, then
        // country-only incidents, then the unplaced: two searches count them.
        const auto points = std::lower_bound(m_members.begin(), m_members.end(), quint32(m_snapshot->pointCount));
        const auto countryOnly
            = std::lower_bound(points, m_members.end(), quint32(m_snapshot->pointCount + m_snapshot->countryOnlyCount));
        m_counts.points = qint64(points - m_members.begin());
        m_counts.countryOnly = qint64(countryOnly - points);
        m_counts.nowhere = qint64(m_members.end() - countryOnly);
    }
    m_renderer.setCityLabels(m_snapshot ? MapLabels::cities(*m_snapshot, m_members) : std::vector<MapLabel> {});
    rebuildLayers();
    applySelection();
    m_hotspotsStale = true;
    scheduleHotspots();
}

void MapModel::applySelection()
{
    m_selected.clear();
    const auto selection = m_context->selection();
    if (m_snapshot && selection && !selection->empty()) {
        const auto idx = m_snapshot->indicesOf(*selection);
        std::set_intersection(
            idx.begin(), idx.end(), m_members.begin(), m_members.end(), std::back_inserter(m_selected));
    }
    m_counts.selected = qint64(m_selected.size());
    m_renderer.setClusters(m_snapshot ? std::make_shared<PointClusters>(m_snapshot, m_members, m_selected) : nullptr);
}

void MapModel::rebuildLayers()
{
    if (!m_snapshot) {
        m_renderer.setRoutes(nullptr);
        m_renderer.setChoropleth(nullptr);
        return;
    }
    // Classes and widths come from the whole period, so every frame of a
    // time animation uses one legend and frames compare.
    std::vector<quint32> all;
    auto everyIncident = [&]() -> const std::vector<quint32>& {
        if (all.empty()) {
            all.resize(m_snapshot->size());
            std::iota(all.begin(), all.end(), 0u);
        }
        return all;
    };
    if (!m_reference.valid) {
        m_reference.routeMax = RouteFlows::build(*m_snapshot, everyIncident(), m_routeLevel).maxIncidents();
        m_reference.choroplethValid = false;
        m_reference.valid = true;
    }
    m_renderer.setRoutes(std::make_shared<RouteFlows>(RouteFlows::build(*m_snapshot, m_members, m_routeLevel)), 120,
        m_reference.routeMax);
    // The choropleth only while it is shown (setLayers builds it when it is
    // turned on): a new one redraws everything under the routes, so a brush
    // with the default layers would pay for a layer nobody sees.
    if (m_layers & MapRenderer::Choropleth) {
        if (!m_reference.choroplethValid) {
            m_reference.choropleth = Choropleth::build(*m_snapshot, everyIncident(), m_measure);
            m_reference.choroplethValid = true;
        }
        m_renderer.setChoropleth(
            std::make_shared<Choropleth>(Choropleth::build(*m_snapshot, m_members, m_reference.choropleth)));
    } else if (m_renderer.choropleth()) {
        m_renderer.setChoropleth(nullptr);
    }
}

void MapModel::setHotspotOptions(const HotspotOptions& options)
{
    if (options == m_hotspotOptions)
        return;
    const bool rescale
        = options.bandwidthKm != m_hotspotOptions.bandwidthKm || options.byVictims != m_hotspotOptions.byVictims;
    m_hotspotOptions = options;
    if (rescale)
        m_scaleMax = 0;
    m_hotspotsStale = true;
    scheduleHotspots();
}

/// Everything a hotspot computation needs, copied so it can run on a worker.
struct MapModel::HotspotJob {
    std::shared_ptr<const IncidentSnapshot> snapshot;
    std::vector<quint32> members;
    std::optional<analysis::HotspotPeriods> periods; ///< for the Gi* layer
    HotspotOptions options;
    double scaleMax = 0; ///< 0: compute from all time first
    bool density = false;
    bool significance = false;
};

MapModel::HotspotJob MapModel::hotspotJob() const
{
    HotspotJob job;
    job.snapshot = m_snapshot;
    job.members = m_members;
    job.options = m_hotspotOptions;
    job.scaleMax = m_scaleMax;
    job.density = m_layers & MapRenderer::Hotspots;
    job.significance = m_layers & MapRenderer::Significance;
    if (job.significance && m_snapshot) {
        // The window against the period of the same length before it; with no
        // window, the span of the incidents located to a point halved.
        const analysis::Filter& f = m_context->filter();
        job.periods = analysis::HotspotClaims::periodsFor(*m_snapshot, f.dayFrom, f.dayTo, m_hotspotOptions.emerging);
    }
    return job;
}

namespace {

struct Points {
    std::vector<float> lon, lat, weight;
};

Points pointsOf(const IncidentSnapshot& s, const std::vector<quint32>& members, bool byVictims)
{
    Points p;
    for (quint32 i : members) {
        if (s.located[i] != IncidentSnapshot::Located::Point)
            continue;
        p.lon.push_back(s.lon[i]);
        p.lat.push_back(s.lat[i]);
        if (byVictims)
            p.weight.push_back(float(s.victims[i]));
    }
    return p;
}

QString formatKm(double km)
{
    return QLocale().toString(km, 'g', 4);
}

} // namespace

Result<MapModel::HotspotGrids> MapModel::hotspotGrids(const IncidentSnapshot& s, const std::vector<quint32>& members,
    const std::optional<analysis::HotspotPeriods>& periods, const HotspotOptions& o, double scaleMax, bool density,
    bool significance, Feedback& feedback)
{
    HotspotGrids out;
    out.scaleMax = scaleMax;
    std::vector<quint32> all;
    if (density && out.scaleMax <= 0) {
        // The colour scale's top comes from the whole period, so every time
        // frame and every zoom shows the same density in the same colour.
        all.resize(s.size());
        std::iota(all.begin(), all.end(), 0u);
        const Points p = pointsOf(s, all, o.byVictims);
        KernelDensityOptions ko;
        ko.bandwidthKm = o.bandwidthKm;
        auto surface = KernelDensity::compute(GeoPointsF(p.lon, p.lat, p.weight), ko, feedback);
        if (!surface) {
            return surface.error();
        }
        float max = 0;
        for (float v : surface->grid.values)
            max = std::max(max, v);
        out.scaleMax = max;
    }
    // One extent for both layers and both periods: the whole snapshot's
    // points, so grids of different frames line up cell for cell.
    if (all.empty()) {
        all.resize(s.pointCount);
        std::iota(all.begin(), all.end(), 0u);
    }
    const Points whole = pointsOf(s, all, false);
    if (density) {
        const Points p = pointsOf(s, members, o.byVictims);
        KernelDensityOptions ko;
        ko.bandwidthKm = o.bandwidthKm;
        ko.extent = KernelDensity::paddedBounds(GeoPointsF(whole.lon, whole.lat), 3 * o.bandwidthKm);
        if (ko.extent) {
            auto surface = KernelDensity::compute(GeoPointsF(p.lon, p.lat, p.weight), ko, feedback);
            if (!surface) {
                return surface.error();
            }
            out.scale = ColourScale::logClasses(std::max(out.scaleMax, 1e-6), 7,
                o.byVictims ? QCoreApplication::translate("MapModel", "victims per 1,000 km²")
                            : ColourScale::defaultUnit());
            out.density = std::move(surface->grid);
        }
    }
    if (significance && periods) {
        analysis::HotspotClaims::Options ho;
        ho.cellKm = o.cellKm;
        ho.bandKm = o.bandKm;
        ho.emerging = o.emerging;
        ho.byVictims = o.byVictims;
        auto found = analysis::HotspotClaims::compute(s, *periods, ho, feedback);
        if (!found) {
            return found.error();
        }
        out.significance = std::move(found.value());
    }
    return out;
}

Result<MapModel::HotspotResult> MapModel::computeHotspots(const HotspotJob& job, Feedback& feedback)
{
    HotspotResult out;
    out.layers = (job.density ? MapRenderer::Hotspots : 0u) | (job.significance ? MapRenderer::Significance : 0u);
    out.scaleMax = job.scaleMax;
    if (!job.snapshot)
        return out;
    const HotspotOptions& o = job.options;
    auto grids = hotspotGrids(
        *job.snapshot, job.members, job.periods, o, job.scaleMax, job.density, job.significance, feedback);
    if (!grids)
        return grids.error();
    out.scaleMax = grids->scaleMax;
    if (grids->density) {
        const ColourScale& scale = grids->scale;
        const GeoGrid& g = *grids->density;
        out.density.image = g.toImage(scale);
        out.density.lonLatBounds
            = QRectF(QPointF(g.west, g.south), QPointF(g.west + g.cols * g.cellLon, g.south + g.rows * g.cellLat));
        out.density.title = QCoreApplication::translate("MapModel", "Hotspots: %1, bandwidth %2 km")
                                .arg(scale.unit(), formatKm(o.bandwidthKm));
        const QStringList labels = scale.labels();
        for (int k = 0; k < scale.classCount(); ++k)
            out.density.legend << qMakePair(scale.classColour(k), labels.value(k));
    }
    if (grids->significance) {
        const analysis::HotspotClaims::Output* found = &*grids->significance;
        if (found->cellsTested == 0)
            return out;
        const GeoGrid& g = found->later.z;
        QImage image(g.cols, g.rows, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        auto put = [&](size_t cell, QColor c) {
            const int row = int(cell / size_t(g.cols)), col = int(cell % size_t(g.cols));
            image.setPixelColor(col, g.rows - 1 - row, c);
        };
        // Cells whose claim the artefact checks refuse are drawn as what they are.
        using Kind = analysis::HotspotFinding::Kind;
        const std::pair<Kind, QColor> refusedColours[] = {
            { Kind::ReportingConcentration, QColor(0x75, 0x6b, 0xb1) },
            { Kind::CoverageChanged, QColor(0x96, 0x96, 0x96) },
            { Kind::TooFew, QColor(0xd0, 0xd0, 0xd0) },
            { Kind::CoarseDates, QColor(0xd0, 0xd0, 0xd0) },
        };
        QHash<qint64, Kind> kindOf;
        for (const analysis::HotspotFinding& f : found->findings)
            kindOf.insert(f.cell, f.kind);
        QSet<int> refusedShown;
        auto putChecked = [&](size_t cell, QColor claimed) {
            const Kind k = kindOf.value(qint64(cell), Kind::Hotspot);
            for (const auto& [kind, colour] : refusedColours) {
                if (kind == k) {
                    put(cell, colour);
                    refusedShown.insert(int(kind));
                    return;
                }
            }
            put(cell, claimed);
        };
        const QString fdr = QCoreApplication::translate("MapModel", "Benjamini–Hochberg FDR over %1 cells")
                                .arg(QLocale().toString(found->cellsTested));
        MapRenderer::Raster& r = out.significance;
        if (o.emerging) {
            const std::pair<Trend, QColor> colours[] = {
                { Trend::NewHot, QColor(0xd7, 0x19, 0x1c) },
                { Trend::Intensifying, QColor(0xfd, 0x8d, 0x3c) },
                { Trend::Persistent, QColor(0x99, 0x34, 0x04) },
                { Trend::Diminishing, QColor(0xfc, 0xc5, 0xc0) },
                { Trend::Cold, QColor(0x2c, 0x7b, 0xb6) },
            };
            for (size_t c = 0; c < found->trends.size(); ++c) {
                for (const auto& [trend, colour] : colours) {
                    if (found->trends[c] != trend)
                        continue;
                    if (trend == Trend::NewHot || trend == Trend::Intensifying)
                        putChecked(c, colour);
                    else
                        put(c, colour);
                }
            }
            r.title = QCoreApplication::translate("MapModel", "Emerging hotspots (Gi* at 95 %, %1; %2 km cells; %3)")
                          .arg(fdr, formatKm(o.cellKm), found->periods.text());
            for (const auto& [trend, colour] : colours)
                r.legend << qMakePair(colour, GetisOrd::trendName(trend));
        } else {
            const QColor hot[] = { significanceColour(1), significanceColour(2), significanceColour(3) };
            const QColor cold[] = { significanceColour(-1), significanceColour(-2), significanceColour(-3) };
            for (size_t c = 0; c < found->later.confidence.size(); ++c) {
                const int k = found->later.confidence[c];
                if (k >= 2)
                    putChecked(c, hot[k - 1]);
                else if (k > 0)
                    put(c, hot[k - 1]);
                else if (k < 0)
                    put(c, cold[-k - 1]);
            }
            r.title = QCoreApplication::translate("MapModel", "Getis-Ord Gi*: %1 km cells, %2 km band, %3")
                          .arg(formatKm(o.cellKm), formatKm(o.bandKm), fdr);
            const char* levels[] = { QT_TRANSLATE_NOOP("MapModel", "90 %"), QT_TRANSLATE_NOOP("MapModel", "95 %"),
                QT_TRANSLATE_NOOP("MapModel", "99 %") };
            for (int k = 2; k >= 0; --k)
                r.legend << qMakePair(hot[k],
                    QCoreApplication::translate("MapModel", "Hot spot, %1 confidence")
                        .arg(QCoreApplication::translate("MapModel", levels[k])));
            for (int k = 0; k < 3; ++k)
                r.legend << qMakePair(cold[k],
                    QCoreApplication::translate("MapModel", "Cold spot, %1 confidence")
                        .arg(QCoreApplication::translate("MapModel", levels[k])));
        }
        for (const auto& [kind, colour] : refusedColours) {
            if (refusedShown.contains(int(kind)))
                r.legend << qMakePair(colour,
                    QCoreApplication::translate("MapModel", "Not claimed: %1")
                        .arg(analysis::HotspotFinding::kindName(kind)));
        }
        r.image = image;
        r.lonLatBounds
            = QRectF(QPointF(g.west, g.south), QPointF(g.west + g.cols * g.cellLon, g.south + g.rows * g.cellLat));
    }
    return out;
}

void MapModel::applyHotspots(const HotspotResult& result)
{
    m_scaleMax = result.scaleMax;
    m_renderer.setRaster(MapRenderer::Hotspots, result.density);
    m_renderer.setRaster(MapRenderer::Significance, result.significance);
    m_hotspotsStale = false;
    m_hotspotLayersDone = result.layers;
}

void MapModel::scheduleHotspots()
{
    const quint32 needed = m_layers & (MapRenderer::Hotspots | MapRenderer::Significance);
    if (!needed || (!m_hotspotsStale && (needed & ~m_hotspotLayersDone) == 0))
        return;
    // The running one, if any, is canceled and its result dropped.
    m_hotspotJob.start([job = hotspotJob()](Feedback& feedback) { return computeHotspots(job, feedback); });
}

QColor MapModel::significanceColour(int confidence)
{
    static const QColor hot[] = { QColor(0xfc, 0xae, 0x91), QColor(0xfb, 0x6a, 0x4a), QColor(0xcb, 0x18, 0x1d) };
    static const QColor cold[] = { QColor(0xbd, 0xd7, 0xe7), QColor(0x6b, 0xae, 0xd6), QColor(0x21, 0x71, 0xb5) };
    if (confidence >= 1 && confidence <= 3)
        return hot[confidence - 1];
    if (confidence <= -1 && confidence >= -3)
        return cold[-confidence - 1];
    return {};
}

Status MapModel::computeHotspotsNow()
{
    if (!(m_layers & (MapRenderer::Hotspots | MapRenderer::Significance)))
        return Ok {};
    Feedback feedback;
    m_hotspotJob.discard(); // a computation under way is superseded
    const auto result = computeHotspots(hotspotJob(), feedback);
    if (!result)
        return result.error();
    applyHotspots(result.value());
    return Ok {};
}

std::vector<qint64> MapModel::unplacedIncidentIds() const
{
    std::vector<qint64> out;
    for (quint32 i : m_members) {
        if (m_snapshot->located[i] != IncidentSnapshot::Located::Point)
            out.push_back(m_snapshot->ids[i]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

QRectF MapModel::dataBounds(bool selectionOnly) const
{
    if (!m_snapshot)
        return {};
    double x0 = 1e9, y0 = 1e9, x1 = -1e9, y1 = -1e9;
    for (quint32 i : selectionOnly ? m_selected : m_members) {
        if (m_snapshot->located[i] != IncidentSnapshot::Located::Point)
            continue;
        x0 = std::min(x0, m_snapshot->x[i]), x1 = std::max(x1, m_snapshot->x[i]);
        y0 = std::min(y0, m_snapshot->y[i]), y1 = std::max(y1, m_snapshot->y[i]);
    }
    return x1 < x0 ? QRectF() : QRectF(QPointF(x0, y0), QPointF(x1, y1));
}

std::pair<qint64, qint64> MapModel::daySpan() const
{
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    if (m_snapshot) {
        for (size_t i = 0; i < m_snapshot->size(); ++i) {
            if (m_snapshot->dayFrom[i] == IncidentSnapshot::noDay)
                continue;
            lo = std::min<qint64>(lo, m_snapshot->dayFrom[i]);
            hi = std::max<qint64>(hi, m_snapshot->dayTo[i]);
        }
    }
    return lo > hi ? std::make_pair(qint64(0), qint64(0)) : std::make_pair(lo, hi);
}

void MapModel::select(std::vector<qint64> ids)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    m_context->setSelection(std::move(ids), this);
}

std::vector<qint64> MapModel::incidentsIn(const QPolygonF& world) const
{
    std::vector<qint64> out;
    if (!m_snapshot || world.size() < 3)
        return out;
    const QRectF box = world.boundingRect();
    for (quint32 i : m_members) {
        if (m_snapshot->located[i] != IncidentSnapshot::Located::Point)
            continue;
        const QPointF p(m_snapshot->x[i], m_snapshot->y[i]);
        if (box.contains(p) && world.containsPoint(p, Qt::OddEvenFill))
            out.push_back(m_snapshot->ids[i]);
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<QList<MapRenderer::Overlay>> MapModel::readLayerFile(const QString& path)
{
    QList<MapRenderer::Overlay> out;
    const QString base = QFileInfo(path).fileName();
    // Every path is checked before any reader sees it: local files only.
    if (auto local = GdalEnv::checkLocalPath(path); !local)
        return local.error();
    if (path.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive)) {
        // Raster tile sets stay with geo::MbTiles: the renderer asks for the
        // stored tile at z/x/y and decodes it itself, which GDAL's raster
        // API (one resampled raster per overview) does not offer. Vector
        // (pbf) tile sets go through OGR below.
        auto tiles = MbTiles::open(path);
        if (tiles) {
            MapRenderer::Overlay o;
            o.path = path;
            o.title = tiles.value()->metadata().name.isEmpty() ? base : tiles.value()->metadata().name;
            o.tiles = std::shared_ptr<const MbTiles>(std::move(tiles).value());
            out << o;
            return out;
        }
        // Not a raster tile set: OGR may read it as vector tiles; if it cannot,
        // MbTiles' reason (which names the format) is the better message.
        auto vector = OgrVectorFile::open(path);
        if (!vector)
            return tiles.error();
    }
    auto file = OgrVectorFile::open(path);
    if (!file)
        return file.error();
    if (file.value()->layers().isEmpty())
        return Error { QCoreApplication::translate("MapModel", "%1 has no feature layers to draw").arg(base), {} };
    // Distinct colours per layer, so several layers of one file can be told apart.
    static const QColor colours[]
        = { QColor(0x33, 0x66, 0x99), QColor(0x2c, 0x7f, 0x3a), QColor(0x8c, 0x51, 0x0a), QColor(0x6a, 0x3d, 0x9a) };
    const bool several = file.value()->layers().size() > 1;
    int k = 0;
    for (int i = 0; i < file.value()->layers().size(); ++i) {
        const OgrLayerInfo& info = file.value()->layers()[i];
        if (info.geometryTypeName == QLatin1String("None"))
            continue; // an attribute table, nothing to draw
        auto layer = file.value()->readLayer(i);
        if (!layer)
            return layer.error();
        MapRenderer::Overlay o;
        o.path = path;
        o.title = several || QFileInfo(path).completeBaseName() != info.name
            ? QStringLiteral("%1: %2").arg(base, info.name)
            : base;
        o.colour = colours[k++ % 4];
        o.layer = std::make_shared<const VectorLayer>(std::move(layer).value());
        out << o;
    }
    if (out.isEmpty())
        return Error { QCoreApplication::translate("MapModel", "%1 has no feature layers to draw").arg(base), {} };
    return out;
}

QString MapModel::caption() const
{
    QString text = m_context->filter().describe();
    if (m_snapshot && !m_snapshot->dataDate.isEmpty())
        text += QCoreApplication::translate("MapModel", " · data as of %1").arg(m_snapshot->dataDate.left(10));
    return text;
}

} // namespace waymark::map
