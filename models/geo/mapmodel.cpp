#include "geo/mapmodel.h"

#include "analysis/analysiscontext.h"
#include "analysis/incidentsnapshot.h"
#include "core/feedback.h"
#include "geo/geopackage.h"
#include "geo/mbtiles.h"
#include "geo/pointclusters.h"
#include "geo/worldlayer.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent>

#include <algorithm>
#include <cmath>

namespace waymark::geo {

using analysis::IncidentSnapshot;

namespace {
bool sameExceptTime(const analysis::Filter& a, const analysis::Filter& b)
{
    analysis::Filter x = a, y = b;
    x.dayFrom.reset(), x.dayTo.reset(), y.dayFrom.reset(), y.dayTo.reset();
    return x == y;
}
} // namespace

MapModel::MapModel(analysis::AnalysisContext* context, QObject* parent)
    : QObject(parent)
    , m_context(context)
{
    static const auto world = [] {
        auto layer = WorldLayer::load();
        return layer ? std::make_shared<const VectorLayer>(std::move(layer).value()) : nullptr;
    }();
    m_renderer.setWorld(world);
    connect(context, &analysis::AnalysisContext::workspaceChanged, this, &MapModel::reload);
    connect(context, &analysis::AnalysisContext::dataChanged, this, &MapModel::reload);
    connect(context, &analysis::AnalysisContext::filterChanged, this, &MapModel::filterChanged);
    connect(context, &analysis::AnalysisContext::selectionChanged, this, [this] {
        applySelection();
        Q_EMIT changed();
    });
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        Loaded result = m_watcher.result();
        if (result.generation != m_generation)
            return; // superseded by a newer load
        Q_EMIT loadingChanged(false);
        if (result.snapshot)
            swapIn(std::move(result.snapshot));
        else
            Q_EMIT failed(result.error);
    });
}

MapModel::~MapModel()
{
    m_watcher.waitForFinished();
}

void MapModel::setLayers(quint32 layers)
{
    if (layers == m_layers)
        return;
    const bool needChoropleth = (layers & MapRenderer::Choropleth) && !(m_layers & MapRenderer::Choropleth);
    m_layers = layers;
    if (needChoropleth)
        rebuildLayers();
    Q_EMIT changed();
}

void MapModel::setRouteLevel(RouteFlows::Level level)
{
    if (level == m_routeLevel)
        return;
    m_routeLevel = level;
    rebuildLayers();
    Q_EMIT changed();
}

void MapModel::setChoroplethMeasure(Choropleth::Measure measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    rebuildLayers();
    Q_EMIT changed();
}

void MapModel::filterChanged(const analysis::Filter& filter)
{
    if (m_snapshot && sameExceptTime(filter, m_loadedFilter) && !m_watcher.isRunning()) {
        applyWindow();
        Q_EMIT changed();
        return;
    }
    reload();
}

void MapModel::reload()
{
    store::Workspace* ws = m_context->workspace();
    ++m_generation;
    if (!ws) {
        swapIn(nullptr);
        return;
    }
    const QString path = ws->path();
    const analysis::Filter filter = m_context->filter();
    Q_EMIT loadingChanged(true);
    m_watcher.setFuture(QtConcurrent::run([path, filter, generation = m_generation]() -> Loaded {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return { nullptr, ws.error().toString(), generation };
        Feedback fb;
        auto snap = IncidentSnapshot::load(*ws.value(), filter, fb);
        if (!snap)
            return { nullptr, snap.error().toString(), generation };
        return { snap.value(), {}, generation };
    }));
}

Status MapModel::loadNow()
{
    store::Workspace* ws = m_context->workspace();
    if (!ws)
        return Error { QCoreApplication::translate("MapModel", "No workspace is open"), {} };
    Feedback fb;
    auto snap = IncidentSnapshot::load(*ws, m_context->filter(), fb);
    if (!snap)
        return snap.error();
    swapIn(snap.value());
    return Ok {};
}

void MapModel::swapIn(std::shared_ptr<const IncidentSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    m_loadedFilter = m_snapshot ? m_snapshot->filter : analysis::Filter {};
    applyWindow();
    Q_EMIT changed();
}

void MapModel::applyWindow()
{
    const analysis::Filter& f = m_context->filter();
    m_members = m_snapshot ? m_snapshot->indicesInWindow(f.dayFrom, f.dayTo) : std::vector<quint32> {};
    m_counts = {};
    m_counts.inWindow = qint64(m_members.size());
    for (quint32 i : m_members) {
        switch (m_snapshot->located[i]) {
        case IncidentSnapshot::Located::Point:
            ++m_counts.points;
            break;
        case IncidentSnapshot::Located::CountryOnly:
            ++m_counts.countryOnly;
            break;
        case IncidentSnapshot::Located::Nowhere:
            ++m_counts.nowhere;
            break;
        }
    }
    rebuildLayers();
    applySelection();
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
    m_renderer.setRoutes(std::make_shared<RouteFlows>(RouteFlows::build(*m_snapshot, m_members, m_routeLevel)));
    m_renderer.setChoropleth(std::make_shared<Choropleth>(Choropleth::build(*m_snapshot, m_members, m_measure)));
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
    if (path.endsWith(QLatin1String(".mbtiles"), Qt::CaseInsensitive)) {
        auto tiles = MbTiles::open(path);
        if (!tiles)
            return tiles.error();
        MapRenderer::Overlay o;
        o.path = path;
        o.title = tiles.value()->metadata().name.isEmpty() ? base : tiles.value()->metadata().name;
        o.tiles = std::shared_ptr<const MbTiles>(std::move(tiles).value());
        out << o;
        return out;
    }
    auto gpkg = GeoPackage::open(path);
    if (!gpkg)
        return gpkg.error();
    if (gpkg.value()->layers().isEmpty())
        return Error { QCoreApplication::translate("MapModel", "%1 has no feature layers to draw").arg(base), {} };
    // Distinct colours per layer, so several layers of one file can be told apart.
    static const QColor colours[]
        = { QColor(0x33, 0x66, 0x99), QColor(0x2c, 0x7f, 0x3a), QColor(0x8c, 0x51, 0x0a), QColor(0x6a, 0x3d, 0x9a) };
    int k = 0;
    for (const GeoPackageLayerInfo& info : gpkg.value()->layers()) {
        auto layer = gpkg.value()->readLayer(info.name);
        if (!layer)
            return layer.error();
        MapRenderer::Overlay o;
        o.path = path;
        o.title = QStringLiteral("%1: %2").arg(base, info.identifier.isEmpty() ? info.name : info.identifier);
        o.colour = colours[k++ % 4];
        o.layer = std::make_shared<const VectorLayer>(std::move(layer).value());
        out << o;
    }
    return out;
}

QString MapModel::caption() const
{
    QString text = m_context->filter().describe();
    if (m_snapshot && !m_snapshot->dataDate.isEmpty())
        text += QCoreApplication::translate("MapModel", " · data as of %1").arg(m_snapshot->dataDate.left(10));
    return text;
}

} // namespace waymark::geo
