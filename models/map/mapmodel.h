#pragma once

#include "analysis/filter.h"
#include "analysis/hotspotclaims.h"
#include "core/feedback.h"
#include "core/job.h"
#include "core/result.h"
#include "geo/colourscale.h"
#include "geo/geogrid.h"
#include "map/choropleth.h"
#include "map/maprenderer.h"
#include "map/routeflows.h"

#include <QObject>

#include <memory>
#include <vector>

namespace waymark::analysis {
class AnalysisContext;
class IncidentSnapshot;
class SnapshotSource;
}

namespace waymark::map {

class PointClusters;

/// The map's state behind every view of it: follows the shared analysis
/// context, draws from the context's shared incident snapshot (which
/// analysis::SnapshotSource reloads on a worker thread when the filter's
/// non-time part or the data change), applies the time window in memory (so
/// playing time is instant), and keeps a MapRenderer fed with clusters,
/// routes and the choropleth for the current window and selection. The
/// widget paints through renderer(); `waymark render map` drives the same
/// object synchronously with loadNow().
class MapModel : public QObject {
    Q_OBJECT
public:
    explicit MapModel(analysis::AnalysisContext* context, QObject* parent = nullptr);
    ~MapModel() override;

    MapRenderer& renderer() { return m_renderer; }
    const MapRenderer& renderer() const { return m_renderer; }
    analysis::AnalysisContext* context() const { return m_context; }

    quint32 layers() const { return m_layers; }
    void setLayers(quint32 layers);
    RouteFlows::Level routeLevel() const { return m_routeLevel; }
    void setRouteLevel(RouteFlows::Level level);
    Choropleth::Measure choroplethMeasure() const { return m_measure; }
    void setChoroplethMeasure(Choropleth::Measure measure);

    /// How hotspots are computed. Bandwidth and cells are ground distances.
    struct HotspotOptions {
        double bandwidthKm = 50; ///< Gaussian kernel σ
        bool byVictims = false; ///< weight by victims instead of counting incidents
        double cellKm = 50; ///< Gi* grid cell
        double bandKm = 150; ///< Gi* neighbourhood
        bool emerging = false; ///< compare with the period before instead of plain Gi*
        bool operator==(const HotspotOptions& o) const
        {
            return bandwidthKm == o.bandwidthKm && byVictims == o.byVictims && cellKm == o.cellKm && bandKm == o.bandKm
                && emerging == o.emerging;
        }
    };
    /// What the hotspot layers show, as values: the kernel density of the
    /// window's points on the grid the map draws (the extent of all the
    /// snapshot's points, padded by 3σ, so frames line up) with its classes
    /// (their top taken from the whole period), and the Gi* surfaces of the
    /// periods with the artefact checks' findings. The map paints these and
    /// sharing::LayerExport writes them: one computation, the same values.
    struct HotspotGrids {
        std::optional<geo::GeoGrid> density;
        geo::ColourScale scale; ///< the density's classes
        double scaleMax = 0;
        std::optional<analysis::HotspotClaims::Output> significance;
    };
    /// `members`: snapshot indices of the window; `scaleMax` 0 computes the
    /// top of the classes from the whole snapshot.
    static Result<HotspotGrids> hotspotGrids(const analysis::IncidentSnapshot& snapshot,
        const std::vector<quint32>& members, const std::optional<analysis::HotspotPeriods>& periods,
        const HotspotOptions& options, double scaleMax, bool density, bool significance, Feedback& feedback);
    HotspotOptions hotspotOptions() const { return m_hotspotOptions; }
    void setHotspotOptions(const HotspotOptions& options);
    /// Computes the hotspot layers on the calling thread (the command line; tests).
    Status computeHotspotsNow();
    bool isComputingHotspots() const { return m_hotspotJob.isRunning(); }

    /// Loads the shared snapshot on the calling thread with the context's connection.
    Status loadNow();
    bool isLoading() const;
    /// Whether a new time window's clusters and routes are still being
    /// computed (the previous window's picture is shown meanwhile).
    bool isApplyingWindow() const { return false; }
    std::shared_ptr<const analysis::IncidentSnapshot> snapshot() const { return m_snapshot; }

    /// Snapshot indices of the incidents in the current time window.
    const std::vector<quint32>& members() const { return m_members; }
    /// How the incidents in the window are placed on the map.
    struct Counts {
        qint64 inWindow = 0;
        qint64 points = 0;
        qint64 countryOnly = 0;
        qint64 nowhere = 0;
        qint64 selected = 0;
    };
    Counts counts() const { return m_counts; }
    /// Ids of the incidents in the window that have no point on the map
    /// (country only or no place at all), ascending: they are listed, not lost.
    std::vector<qint64> unplacedIncidentIds() const;
    /// The world rectangle of the located incidents in the window (or of the selection).
    QRectF dataBounds(bool selectionOnly = false) const;
    /// Day span of the snapshot's dated incidents, for the time slider.
    std::pair<qint64, qint64> daySpan() const;

    /// Selects incidents (ids ascending) in the shared context.
    void select(std::vector<qint64> ids);
    /// Ids of the located incidents in the window inside a world-space polygon.
    std::vector<qint64> incidentsIn(const QPolygonF& world) const;

    /// Reads a user's layer file: every feature layer of a GeoJSON, KML/KMZ,
    /// Shapefile, GPX, FlatGeobuf, GeoPackage or vector MBTiles file (through
    /// OGR, local paths only), or a raster MBTiles tile set. Features that could not be read are counted and
    /// listed in each layer's warnings; a file that cannot be used is an Error.
    static Result<QList<MapRenderer::Overlay>> readLayerFile(const QString& path);

    /// The colour of a Gi* cell hot (1 … 3) or cold (−1 … −3) at 90, 95 or
    /// 99 % confidence, as the map draws it; invalid for 0.
    static QColor significanceColour(int confidence);
    /// "Filter · data of 2025-03-01" for captions.
    QString caption() const;

Q_SIGNALS:
    /// The picture changed: repaint.
    void changed();
    void loadingChanged(bool loading);
    /// A load failed; the previous picture stays.
    void failed(const QString& message);

private:
    void snapshotChanged();
    void filterChanged(const analysis::Filter& filter);
    void swapIn(std::shared_ptr<const analysis::IncidentSnapshot> snapshot);
    void applyWindow();
    void applySelection();
    void rebuildLayers();
    void scheduleHotspots();
    struct HotspotJob;
    struct HotspotResult {
        MapRenderer::Raster density;
        MapRenderer::Raster significance;
        double scaleMax = 0;
        quint32 layers = 0; ///< which of Hotspots and Significance it holds
    };
    HotspotJob hotspotJob() const;
    static Result<HotspotResult> computeHotspots(const HotspotJob& job, Feedback& feedback);
    void applyHotspots(const HotspotResult& result);

    analysis::AnalysisContext* m_context;
    analysis::SnapshotSource* m_source;
    MapRenderer m_renderer;
    quint32 m_layers = MapRenderer::defaultLayers();
    RouteFlows::Level m_routeLevel = RouteFlows::Level::Country;
    Choropleth::Measure m_measure = Choropleth::Measure::Exploitation;
    std::shared_ptr<const analysis::IncidentSnapshot> m_snapshot;
    std::vector<quint32> m_members;
    struct Reference {
        bool valid = false;
        bool choroplethValid = false; ///< built when the layer is first shown
        Choropleth choropleth; ///< whole-period classes
        int routeMax = 0; ///< whole-period largest flow
    } m_reference;
    std::vector<quint32> m_selected;
    Counts m_counts;
    HotspotOptions m_hotspotOptions;
    double m_scaleMax = 0; ///< the fixed top of the density colour scale, all-time, for this snapshot
    bool m_hotspotsStale = true;
    quint32 m_hotspotLayersDone = 0;
    Job<HotspotResult> m_hotspotJob { this };
};

} // namespace waymark::map
