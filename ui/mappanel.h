#pragma once

#include "figuremaker.h"
#include "map/maprenderer.h"

#include <QHash>
#include <QWidget>

class QAction;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QListWidget;
class QSlider;
class QTimer;
class QToolButton;

namespace waymark::analysis {
class AnalysisContext;
}
namespace waymark::map {
class MapModel;
}

namespace waymark::ui {

class MapView;

/// The Map tab: layer switches and options over the map, the user's own
/// layers beside it, and a time bar under it whose slider and play button
/// move the shared time window that every view follows.
class MapPanel : public QWidget {
    Q_OBJECT
public:
    explicit MapPanel(analysis::AnalysisContext* context, QWidget* parent = nullptr);
    ~MapPanel() override;

    map::MapModel* model() const { return m_model; }
    MapView* view() const { return m_view; }
    QSlider* timeSlider() const { return m_slider; }
    QAction* playAction() const { return m_play; }
    QAction* layerAction(quint32 layer) const;

    /// Adds a GIS file (any format MapModel::readLayerFile reads) as a layer; errors go to a message box (and are
    /// returned).
    bool addLayerFile(const QString& path);
    /// Asks for a GIS file and adds it.
    void addLayerDialog();
    /// The map as a figure: the frame it shows and its layers, under the filter.
    FigureMaker::Request figureRequest() const;
    /// Writes the map figure as PNG, SVG or PDF (by suffix) with legend and
    /// caption, after the releasability dialog, without what may not go
    /// (FigureExportFlow); false when nothing was written.
    bool exportMap(const QString& path);
    /// Exports a layer as GeoJSON or KML (by the path's suffix) under the
    /// current filter, after the releasability dialog; false when nothing
    /// was written (cancelled, nothing may go, or an error shown).
    bool exportLayer(const QString& path, const QString& layer);
    /// Steps the time window forward once, as the play button does; false at the end.
    bool stepTime();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void buildToolBar(QWidget* bar);
    void buildTimeBar(QWidget* bar);
    QWidget* createHotspotSettings(QWidget* parent);
    void syncTimeBar();
    void sliderMoved(int value);
    void windowLengthChanged();
    void updateCounts();
    void saveLayers();
    void restoreLayers();
    void exportDialog();
    void exportLayerDialog();
    void updateOverlays();
    void addOverlayItem(const map::MapRenderer::Overlay& overlay, bool visible, double opacity);

    analysis::AnalysisContext* m_context;
    map::MapModel* m_model;
    MapView* m_view;
    QList<QAction*> m_layerActions;
    QComboBox* m_routeLevel;
    QComboBox* m_measure;
    QDoubleSpinBox* m_bandwidth = nullptr;
    QAction* m_play;
    QSlider* m_slider;
    QComboBox* m_window;
    QLabel* m_windowLabel;
    QLabel* m_counts;
    QLabel* m_cursor;
    QToolButton* m_listUnplaced;
    QListWidget* m_overlayList;
    QSlider* m_opacity;
    QTimer* m_timer;
    bool m_syncing = false;
    bool m_restoring = false;
    QHash<int, map::MapRenderer::Overlay> m_overlays;
    int m_nextOverlay = 0;
};

} // namespace waymark::ui
