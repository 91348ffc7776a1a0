#include "mappanel.h"

#include "figureexportflow.h"

#include "releasabilitydialog.h"
#include "sharing/layerexport.h"

#include "analysis/analysiscontext.h"
#include "evidencedragsource.h"
#include "figures/figurewriter.h"
#include "figures/mapfigure.h"
#include "map/mapmodel.h"
#include "map/playframes.h"
#include "mapview.h"
#include "messages.h"
#include "store/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QSettings>
#include <QSlider>
#include <QSplitter>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWidgetAction>

namespace waymark::ui {

using map::MapRenderer;

namespace {
/// Window lengths offered on the time bar, in days (0 = the whole span).
/// The window lengths offered, in months; 0: all time.
constexpr int windowMonths[] = { 1, 3, 6, 12, 0 };
} // namespace

MapPanel::MapPanel(analysis::AnalysisContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new map::MapModel(context, this))
{
    setAcceptDrops(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto* toolbar = new QWidget(this);
    layout->addWidget(toolbar);

    auto* split = new QSplitter(this);
    m_view = new MapView(m_model, split);
    // The view names itself: its accessible name follows the keyboard's focus ring.
    split->addWidget(m_view);
    auto* side = new QWidget(split);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(4, 4, 4, 4);
    sideLayout->addWidget(new QLabel(tr("Your layers"), side));
    m_overlayList = new QListWidget(side);
    m_overlayList->setAccessibleName(tr("Your layers"));
    m_overlayList->setToolTip(tr("GIS layers (GeoJSON, KML, Shapefile, GPX, FlatGeobuf, GeoPackage, MBTiles): tick to "
                                 "show, drag to reorder (top draws last). "
                                 "Add with the toolbar or drop a file on the map."));
    m_overlayList->setDragDropMode(QAbstractItemView::InternalMove);
    sideLayout->addWidget(m_overlayList, 1);
    auto* opacityRow = new QHBoxLayout;
    opacityRow->addWidget(new QLabel(tr("Opacity"), side));
    m_opacity = new QSlider(Qt::Horizontal, side);
    m_opacity->setRange(0, 100);
    m_opacity->setValue(100);
    m_opacity->setEnabled(false);
    opacityRow->addWidget(m_opacity);
    sideLayout->addLayout(opacityRow);
    auto* remove = new QToolButton(side);
    remove->setText(tr("Remove"));
    remove->setToolTip(tr("Remove the selected layer from the map (the file is not touched)"));
    sideLayout->addWidget(remove);
    split->addWidget(side);
    split->setStretchFactor(0, 1);
    split->setSizes({ 1200, 200 });
    layout->addWidget(split, 1);

    auto* timebar = new QWidget(this);
    layout->addWidget(timebar);
    buildToolBar(toolbar);
    buildTimeBar(timebar);

    connect(m_overlayList, &QListWidget::itemChanged, this, [this] { updateOverlays(); });
    connect(m_overlayList->model(), &QAbstractItemModel::rowsMoved, this, [this] { updateOverlays(); });
    connect(m_overlayList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_opacity->setEnabled(row >= 0);
        if (row >= 0) {
            const QSignalBlocker block(m_opacity);
            m_opacity->setValue(int(m_overlayList->item(row)->data(Qt::UserRole + 1).toDouble() * 100));
        }
    });
    connect(m_opacity, &QSlider::valueChanged, this, [this](int value) {
        if (QListWidgetItem* item = m_overlayList->currentItem()) {
            item->setData(Qt::UserRole + 1, value / 100.0);
            updateOverlays();
        }
    });
    connect(remove, &QToolButton::clicked, this, [this] {
        delete m_overlayList->currentItem();
        updateOverlays();
    });

    connect(m_model, &map::MapModel::changed, this, [this] {
        updateCounts();
        syncTimeBar();
    });
    connect(m_model, &map::MapModel::failed, this, [this](const QString& message) {
        m_counts->setText(tr("The map could not load its incidents: %1").arg(message));
    });
    connect(m_context, &analysis::AnalysisContext::workspaceChanged, this, &MapPanel::restoreLayers);
    connect(m_view, &MapView::cursorMoved, this, [this](QPointF ll) {
        m_cursor->setText(ll.isNull()
                ? QString()
                : QStringLiteral("%1, %2").arg(QLocale().toString(ll.y(), 'f', 4), QLocale().toString(ll.x(), 'f', 4)));
    });
    restoreLayers();
}

MapPanel::~MapPanel() = default;

void MapPanel::buildToolBar(QWidget* bar)
{
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(4, 2, 4, 2);
    auto* tb = new QToolBar(bar);
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);
    row->addWidget(tb, 1);
    struct Spec {
        quint32 layer;
        QString text;
        QString tip;
        const char* key;
    };
    const Spec specs[] = {
        { MapRenderer::Points, tr("Incidents"), tr("Incidents as points, clustered by zoom and coloured by type"),
            "Alt+1" },
        { MapRenderer::Routes, tr("Routes"),
            tr("Origin → transit → destination flows as great-circle arcs; width is the number of incidents"),
            "Alt+2" },
        { MapRenderer::Choropleth, tr("Choropleth"), tr("Countries shaded by victims, in classes"), "Alt+3" },
        { MapRenderer::Hotspots, tr("Hotspots"),
            tr("Kernel density of incidents, in incidents per 1,000 km²; one colour scale at every zoom and time"),
            "Alt+4" },
        { MapRenderer::Significance, tr("Significant hotspots"),
            tr("Getis-Ord Gi*: cells significantly hot or cold at 90/95/99 % confidence"), "Alt+5" },
        { MapRenderer::Labels, tr("Names"),
            tr("Country names, and the names of cities with incidents, where they fit without overlapping"), "Alt+6" },
    };
    for (const Spec& s : specs) {
        QAction* a = tb->addAction(s.text);
        a->setCheckable(true);
        a->setChecked(m_model->layers() & s.layer);
        a->setToolTip(QStringLiteral("%1 (%2)").arg(s.tip, QLatin1String(s.key)));
        a->setShortcut(QKeySequence(QLatin1String(s.key)));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setData(s.layer);
        addAction(a);
        connect(a, &QAction::toggled, this, [this, layer = s.layer](bool on) {
            m_model->setLayers(on ? m_model->layers() | layer : m_model->layers() & ~layer);
            QSettings().setValue(QStringLiteral("map/layers"), m_model->layers());
            QSettings().setValue(QStringLiteral("map/namesChosen"), true);
        });
        m_layerActions << a;
    }
    tb->addSeparator();
    m_routeLevel = new QComboBox(bar);
    m_routeLevel->addItem(tr("Routes by country"), int(map::RouteFlows::Level::Country));
    m_routeLevel->addItem(tr("Routes by city where known"), int(map::RouteFlows::Level::City));
    m_routeLevel->setToolTip(tr("Aggregate flows between countries, or between cities where the data name them"));
    tb->addWidget(m_routeLevel);
    connect(m_routeLevel, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setRouteLevel(map::RouteFlows::Level(m_routeLevel->currentData().toInt())); });
    m_measure = new QComboBox(bar);
    m_measure->addItem(tr("Victims by country of exploitation"), int(map::Choropleth::Measure::Exploitation));
    m_measure->addItem(tr("Victims by citizenship"), int(map::Choropleth::Measure::Citizenship));
    m_measure->setToolTip(tr("What the choropleth counts"));
    tb->addWidget(m_measure);
    connect(m_measure, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setChoroplethMeasure(map::Choropleth::Measure(m_measure->currentData().toInt())); });
    tb->addWidget(createHotspotSettings(bar));
    tb->addSeparator();
    QAction* all = tb->addAction(tr("Zoom to all"), m_view, &MapView::zoomToAll);
    all->setToolTip(tr("Fit every located incident in view (Home)"));
    QAction* sel = tb->addAction(tr("Zoom to selection"), m_view, &MapView::zoomToSelection);
    sel->setToolTip(tr("Fit the selected incidents in view (Z)"));
    // Listed in Help ▸ Keyboard Shortcuts; the map's own keys do the work.
    for (auto [action, key] : { std::pair { all, Qt::Key_Home }, std::pair { sel, Qt::Key_Z } }) {
        action->setShortcut(QKeySequence(key));
        action->setShortcutContext(Qt::WidgetShortcut);
    }
    // The selection (lasso, rectangle, a clicked route or cluster) dragged
    // onto a report's judgement is cited there.
    tb->addWidget(EvidenceDragSource::handle(
        tb, tr("Drag from here onto a judgement in the Reports tab to cite the selected incidents"), [this](QPoint) {
            std::vector<reports::EvidenceMime::Item> items;
            store::Workspace* ws = m_context->workspace();
            const analysis::AnalysisContext::Selection selection = m_context->selection();
            if (!ws || !selection)
                return items;
            for (qint64 id : *selection) {
                if (auto item = reports::EvidenceMime::itemFor(*ws, reports::Evidence::Kind::Incident, id))
                    items.push_back(item.value());
            }
            return items;
        }));
    QAction* add = tb->addAction(tr("Add layer…"), this, &MapPanel::addLayerDialog);
    add->setToolTip(
        tr("Add a GIS layer: GeoJSON, KML/KMZ, Shapefile, GPX, FlatGeobuf, GeoPackage or MBTiles (Ctrl+Shift+L)"));
    add->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+L")));
    add->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(add);
    QAction* exp = tb->addAction(tr("Export map…"), this, &MapPanel::exportDialog);
    exp->setToolTip(tr("Save the map as PNG, SVG or PDF with legend, scale bar and caption (Ctrl+Shift+E)"));
    exp->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+E")));
    exp->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(exp);
    QAction* layerExp = tb->addAction(tr("Export layer…"), this, &MapPanel::exportLayerDialog);
    layerExp->setToolTip(tr("Save incidents, routes, hotspots or Gi* cells as GeoJSON or KML for QGIS or Google Earth, "
                            "after the releasability check"));
    m_cursor = new QLabel(bar);
    m_cursor->setMinimumWidth(140);
    m_cursor->setToolTip(tr("Latitude, longitude under the cursor"));
    row->addWidget(m_cursor);

    quint32 saved = QSettings().value(QStringLiteral("map/layers"), MapRenderer::defaultLayers()).toUInt();
    // Layers saved before the map had names: show them until the user chooses.
    if (!QSettings().value(QStringLiteral("map/namesChosen")).toBool())
        saved |= MapRenderer::Labels;
    m_model->setLayers(saved);
    for (QAction* a : std::as_const(m_layerActions)) {
        const QSignalBlocker block(a);
        a->setChecked(saved & a->data().toUInt());
    }
}

QWidget* MapPanel::createHotspotSettings(QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(tr("Hotspot settings"));
    button->setToolTip(tr("Kernel bandwidth, weighting, and the Gi* grid; remembered between sessions"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    auto* form = new QWidget(menu);
    auto* layout = new QFormLayout(form);
    QSettings settings;
    map::MapModel::HotspotOptions o;
    o.bandwidthKm = settings.value(QStringLiteral("map/bandwidthKm"), o.bandwidthKm).toDouble();
    o.byVictims = settings.value(QStringLiteral("map/byVictims"), o.byVictims).toBool();
    o.cellKm = settings.value(QStringLiteral("map/cellKm"), o.cellKm).toDouble();
    o.bandKm = settings.value(QStringLiteral("map/bandKm"), o.bandKm).toDouble();
    o.emerging = settings.value(QStringLiteral("map/emerging"), o.emerging).toBool();
    m_model->setHotspotOptions(o);
    auto km = [form](double value, double lo, double hi, const QString& tip) {
        auto* spin = new QDoubleSpinBox(form);
        spin->setRange(lo, hi);
        spin->setDecimals(0);
        spin->setSuffix(tr(" km"));
        spin->setValue(value);
        spin->setToolTip(tip);
        return spin;
    };
    m_bandwidth = km(
        o.bandwidthKm, 1, 2000, tr("Standard deviation of the Gaussian kernel: how far one incident's weight spreads"));
    layout->addRow(tr("Kernel bandwidth"), m_bandwidth);
    auto* weight = new QComboBox(form);
    weight->addItem(tr("Incidents"), false);
    weight->addItem(tr("Victims"), true);
    weight->setCurrentIndex(o.byVictims ? 1 : 0);
    weight->setToolTip(tr("Count incidents, or weight each incident by its number of victims"));
    layout->addRow(tr("Weight by"), weight);
    auto* cell = km(o.cellKm, 5, 1000, tr("Size of the Gi* grid cells"));
    layout->addRow(tr("Gi* cell"), cell);
    auto* band = km(o.bandKm, 10, 5000, tr("Neighbourhood of each cell: cells whose centres lie within this distance"));
    layout->addRow(tr("Gi* band"), band);
    auto* mode = new QComboBox(form);
    mode->addItem(tr("Hot and cold spots"), false);
    mode->addItem(tr("Emerging: against the period before"), true);
    mode->setCurrentIndex(o.emerging ? 1 : 0);
    mode->setToolTip(tr("Emerging compares the time window with the window of the same length just before it "
                        "(with no window: the second half of the data against the first)"));
    layout->addRow(tr("Significance"), mode);
    auto* action = new QWidgetAction(menu);
    action->setDefaultWidget(form);
    menu->addAction(action);
    button->setMenu(menu);
    auto apply = [this, weight, cell, band, mode] {
        map::MapModel::HotspotOptions o;
        o.bandwidthKm = m_bandwidth->value();
        o.byVictims = weight->currentData().toBool();
        o.cellKm = cell->value();
        o.bandKm = band->value();
        o.emerging = mode->currentData().toBool();
        m_model->setHotspotOptions(o);
        QSettings s;
        s.setValue(QStringLiteral("map/bandwidthKm"), o.bandwidthKm);
        s.setValue(QStringLiteral("map/byVictims"), o.byVictims);
        s.setValue(QStringLiteral("map/cellKm"), o.cellKm);
        s.setValue(QStringLiteral("map/bandKm"), o.bandKm);
        s.setValue(QStringLiteral("map/emerging"), o.emerging);
    };
    for (QDoubleSpinBox* spin : { m_bandwidth, cell, band })
        connect(spin, &QDoubleSpinBox::editingFinished, this, apply);
    connect(weight, &QComboBox::currentIndexChanged, this, apply);
    connect(mode, &QComboBox::currentIndexChanged, this, apply);
    return button;
}

QAction* MapPanel::layerAction(quint32 layer) const
{
    for (QAction* a : m_layerActions) {
        if (a->data().toUInt() == layer)
            return a;
    }
    return nullptr;
}

void MapPanel::buildTimeBar(QWidget* bar)
{
    auto* row = new QHBoxLayout(bar);
    row->setContentsMargins(6, 2, 6, 2);
    m_play = new QAction(tr("▶ Play"), this);
    m_play->setCheckable(true);
    m_play->setShortcut(QKeySequence(QStringLiteral("Ctrl+Space")));
    m_play->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_play->setToolTip(tr("Move the time window forward step by step; every layer follows (Ctrl+Space)"));
    addAction(m_play);
    auto* playButton = new QToolButton(bar);
    playButton->setDefaultAction(m_play);
    row->addWidget(playButton);
    m_window = new QComboBox(bar);
    m_window->addItem(tr("1 month"));
    m_window->addItem(tr("3 months"));
    m_window->addItem(tr("6 months"));
    m_window->addItem(tr("1 year"));
    m_window->addItem(tr("All time"));
    m_window->setCurrentIndex(QSettings().value(QStringLiteral("map/window"), 3).toInt());
    m_window->setToolTip(tr("Length of the time window the slider moves"));
    row->addWidget(m_window);
    m_slider = new QSlider(Qt::Horizontal, bar);
    m_slider->setAccessibleName(tr("Start of the time window"));
    m_slider->setToolTip(tr("Start of the shared time window"));
    m_slider->setPageStep(30);
    row->addWidget(m_slider, 1);
    m_windowLabel = new QLabel(bar);
    m_windowLabel->setMinimumWidth(190);
    row->addWidget(m_windowLabel);
    m_counts = new QLabel(bar);
    m_counts->setWordWrap(true); // fits a laptop's width in every language
    row->addWidget(m_counts);
    m_listUnplaced = new QToolButton(bar);
    m_listUnplaced->setText(tr("List them"));
    m_listUnplaced->setToolTip(tr("Select the incidents that have no point on the map, so the table lists them"));
    row->addWidget(m_listUnplaced);
    connect(m_listUnplaced, &QToolButton::clicked, this, [this] { m_model->select(m_model->unplacedIncidentIds()); });

    m_timer = new QTimer(this);
    m_timer->setInterval(600);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (!stepTime())
            m_play->setChecked(false);
    });
    connect(m_play, &QAction::toggled, this, [this](bool on) {
        m_play->setText(on ? tr("⏸ Pause") : tr("▶ Play"));
        if (on && m_window->currentIndex() == m_window->count() - 1)
            m_window->setCurrentIndex(3); // playing needs a window
        on ? m_timer->start() : m_timer->stop();
    });
    connect(m_slider, &QSlider::valueChanged, this, &MapPanel::sliderMoved);
    connect(m_window, &QComboBox::currentIndexChanged, this, &MapPanel::windowLengthChanged);
}

void MapPanel::syncTimeBar()
{
    const auto [lo, hi] = m_model->daySpan();
    const analysis::Filter& f = m_context->filter();
    m_syncing = true;
    // From the boundary every window length's first frame starts on (1 January or 1 July at the latest).
    const qint64 from = lo < hi ? map::PlayFrames::at(lo, 12).from : lo;
    m_slider->setRange(int(from), int(std::max(from, hi)));
    if (f.dayFrom)
        m_slider->setValue(int(*f.dayFrom));
    m_syncing = false;
    const QLocale l;
    if (f.dayFrom || f.dayTo) {
        m_windowLabel->setText(QStringLiteral("%1 – %2").arg(
            f.dayFrom ? l.toString(QDate::fromJulianDay(*f.dayFrom), QLocale::ShortFormat) : QStringLiteral("…"),
            f.dayTo ? l.toString(QDate::fromJulianDay(*f.dayTo), QLocale::ShortFormat) : QStringLiteral("…")));
    } else {
        m_windowLabel->setText(tr("All time"));
    }
}

void MapPanel::sliderMoved(int value)
{
    if (m_syncing)
        return;
    const int months = windowMonths[m_window->currentIndex()];
    analysis::Filter f = m_context->filter();
    if (months == 0) {
        f.dayFrom.reset();
        f.dayTo.reset();
    } else {
        // Whole months from the first of one, as the play frames are.
        const map::PlayFrames::Frame frame = map::PlayFrames::at(value, months);
        f.dayFrom = frame.from;
        f.dayTo = frame.to;
    }
    m_context->setFilter(f);
}

void MapPanel::windowLengthChanged()
{
    QSettings().setValue(QStringLiteral("map/window"), m_window->currentIndex());
    sliderMoved(m_slider->value());
}

bool MapPanel::stepTime()
{
    int months = windowMonths[m_window->currentIndex()];
    if (months == 0) {
        m_window->setCurrentIndex(3);
        months = windowMonths[3];
    }
    const analysis::Filter& f = m_context->filter();
    // Steps of half a window, so consecutive frames overlap and change
    // smoothly; each frame starts on the first of a month (a year's on 1 January).
    using map::PlayFrames;
    std::optional<PlayFrames::Frame> frame = f.dayFrom
        ? PlayFrames::next(PlayFrames::at(*f.dayFrom, months), months, m_slider->maximum())
        : PlayFrames::first(m_slider->minimum(), months);
    if (!frame)
        return false;
    const int next = int(frame->from);
    m_slider->setValue(next);
    if (m_slider->value() != next || !f.dayFrom)
        sliderMoved(next);
    return true;
}

void MapPanel::updateCounts()
{
    const auto c = m_model->counts();
    const QLocale l;
    QString text = tr("%1 on the map").arg(l.toString(c.points));
    if (c.countryOnly)
        text += tr(" · %1 located to a country only").arg(l.toString(c.countryOnly));
    if (c.nowhere)
        text += tr(" · %1 without a place").arg(l.toString(c.nowhere));
    if (c.selected)
        text += tr(" · %1 selected").arg(l.toString(c.selected));
    m_counts->setText(text);
    m_counts->setToolTip(tr("Incidents in the time window: %1. Those without a point are counted in the "
                            "choropleth where their country is known, and listed with “List them”.")
                             .arg(l.toString(c.inWindow)));
    m_listUnplaced->setEnabled(c.countryOnly + c.nowhere > 0);
}

bool MapPanel::addLayerFile(const QString& path)
{
    auto read = map::MapModel::readLayerFile(path);
    if (!read) {
        Messages::warn(this, tr("Add Map Layer"), read.error());
        return false;
    }
    QStringList warnings;
    for (const MapRenderer::Overlay& o : read.value()) {
        addOverlayItem(o, true, 1.0);
        if (o.layer && o.layer->skipped)
            warnings << tr("%1: %n feature(s) skipped", nullptr, o.layer->skipped).arg(o.title)
                     << o.layer->warnings.mid(0, 5);
    }
    updateOverlays();
    if (!warnings.isEmpty())
        Messages::inform(this, tr("Add Map Layer"),
            tr("The layer was added; some features could not be drawn:\n%1").arg(warnings.join(QLatin1Char('\n'))));
    return true;
}

void MapPanel::addOverlayItem(const MapRenderer::Overlay& overlay, bool visible, double opacity)
{
    auto* item = new QListWidgetItem(overlay.title);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(visible ? Qt::Checked : Qt::Unchecked);
    item->setData(Qt::UserRole, m_nextOverlay);
    item->setData(Qt::UserRole + 1, opacity);
    item->setToolTip(QDir::toNativeSeparators(overlay.path));
    m_overlays.insert(m_nextOverlay++, overlay);
    const QSignalBlocker block(m_overlayList);
    m_overlayList->insertItem(0, item); // new layers draw on top
}

void MapPanel::updateOverlays()
{
    QList<MapRenderer::Overlay> shown;
    QSet<int> alive;
    // The list's top item draws last, over the others.
    for (int row = m_overlayList->count() - 1; row >= 0; --row) {
        QListWidgetItem* item = m_overlayList->item(row);
        const int key = item->data(Qt::UserRole).toInt();
        alive.insert(key);
        MapRenderer::Overlay o = m_overlays.value(key);
        o.visible = item->checkState() == Qt::Checked;
        o.opacity = item->data(Qt::UserRole + 1).toDouble();
        shown << o;
    }
    for (auto it = m_overlays.begin(); it != m_overlays.end();)
        it = alive.contains(it.key()) ? std::next(it) : m_overlays.erase(it);
    m_model->renderer().setOverlays(shown);
    m_view->update();
    saveLayers();
}

void MapPanel::saveLayers()
{
    store::Workspace* ws = m_context->workspace();
    if (!ws || m_restoring)
        return;
    QJsonArray list;
    QSet<QString> seen;
    for (int row = m_overlayList->count() - 1; row >= 0; --row) {
        QListWidgetItem* item = m_overlayList->item(row);
        const MapRenderer::Overlay& o = m_overlays[item->data(Qt::UserRole).toInt()];
        list.append(QJsonObject { { QStringLiteral("path"), o.path }, { QStringLiteral("title"), o.title },
            { QStringLiteral("visible"), item->checkState() == Qt::Checked },
            { QStringLiteral("opacity"), item->data(Qt::UserRole + 1).toDouble() } });
    }
    // Only a change is written: a write waits for the workspace's structure
    // check, which must not hold up opening a big workspace.
    const QString json = QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact));
    const QString saved = ws->meta(QStringLiteral("map.overlays"));
    if (json == saved || (list.isEmpty() && saved.isEmpty()))
        return;
    ws->setMeta(QStringLiteral("map.overlays"), json);
}

void MapPanel::restoreLayers()
{
    m_restoring = true;
    m_overlayList->clear();
    m_overlays.clear();
    QStringList missing;
    if (store::Workspace* ws = m_context->workspace()) {
        const QJsonArray list = QJsonDocument::fromJson(ws->meta(QStringLiteral("map.overlays")).toUtf8()).array();
        QHash<QString, QList<MapRenderer::Overlay>> files;
        for (const QJsonValue& v : list) {
            const QJsonObject o = v.toObject();
            const QString path = o.value(QStringLiteral("path")).toString();
            if (!files.contains(path)) {
                auto read = map::MapModel::readLayerFile(path);
                files.insert(path, read ? read.value() : QList<MapRenderer::Overlay> {});
                if (!read)
                    missing << read.error().toString();
            }
            for (const MapRenderer::Overlay& overlay : files.value(path)) {
                if (overlay.title == o.value(QStringLiteral("title")).toString())
                    addOverlayItem(overlay, o.value(QStringLiteral("visible")).toBool(true),
                        o.value(QStringLiteral("opacity")).toDouble(1.0));
            }
        }
    }
    m_restoring = false;
    updateOverlays();
    if (!missing.isEmpty())
        m_counts->setText(tr("Some saved map layers could not be opened: %1").arg(missing.join(QLatin1String("; "))));
}

namespace {
/// The file suffixes the map reads as layers (MapModel::readLayerFile).
const QStringList& mapLayerSuffixes()
{
    static const QStringList suffixes { QStringLiteral("geojson"), QStringLiteral("json"), QStringLiteral("kml"),
        QStringLiteral("kmz"), QStringLiteral("shp"), QStringLiteral("gpx"), QStringLiteral("fgb"),
        QStringLiteral("gpkg"), QStringLiteral("mbtiles") };
    return suffixes;
}
QString mapLayerPatterns()
{
    QStringList patterns;
    for (const QString& s : mapLayerSuffixes())
        patterns << QStringLiteral("*.") + s;
    return patterns.join(QLatin1Char(' '));
}
} // namespace

void MapPanel::dragEnterEvent(QDragEnterEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls()) {
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (url.isLocalFile() && mapLayerSuffixes().contains(suffix)) {
            event->acceptProposedAction();
            return;
        }
    }
}

void MapPanel::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        addLayerFile(url.toLocalFile());
    event->acceptProposedAction();
}

void MapPanel::addLayerDialog()
{
    QSettings settings;
    const QString path = QFileDialog::getOpenFileName(this, tr("Add Map Layer"),
        settings.value(QStringLiteral("map/layerDir")).toString(),
        tr("Map layers (%1);;All files (*)").arg(mapLayerPatterns()));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("map/layerDir"), QFileInfo(path).absolutePath());
    addLayerFile(path);
}

void MapPanel::exportDialog()
{
    FigureExportFlow::exportDialog(this, m_context, figureRequest());
}

FigureMaker::Request MapPanel::figureRequest() const
{
    FigureMaker::Request r { QStringLiteral("map"), m_context->filter(), {} };
    // The frame the map shows; a map never opened yet shows all the incidents.
    if (m_view->viewport() != map::MapViewport()) {
        const QRectF world = m_view->viewport().visibleWorld();
        r.params.insert(
            QStringLiteral("bounds"), QJsonArray { world.left(), world.top(), world.right(), world.bottom() });
    }
    r.params.insert(QStringLiteral("layers"), qint64(m_model->layers()));
    return r;
}

void MapPanel::exportLayerDialog()
{
    const QStringList layers { tr("Incidents"), tr("Routes"), tr("Hotspots"), tr("Significance (Gi*)") };
    bool ok = false;
    const QString chosen = QInputDialog::getItem(this, tr("Export Layer"), tr("Layer"), layers, 0, false, &ok);
    if (!ok)
        return;
    const char* const names[] = { "incidents", "routes", "hotspots", "significance" };
    QSettings settings;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Layer"),
        settings.value(QStringLiteral("map/exportDir")).toString(), tr("GeoJSON (*.geojson);;KML (*.kml)"));
    if (path.isEmpty())
        return;
    settings.setValue(QStringLiteral("map/exportDir"), QFileInfo(path).absolutePath());
    exportLayer(path, QLatin1String(names[std::max<qsizetype>(0, layers.indexOf(chosen))]));
}

bool MapPanel::exportLayer(const QString& path, const QString& layer)
{
    store::Workspace* ws = m_context->workspace();
    const auto which = sharing::LayerExport::parseLayer(layer);
    if (!ws || !which)
        return false;
    sharing::LayerExport::Options o;
    o.layer = *which;
    o.format = path.endsWith(QLatin1String(".kml"), Qt::CaseInsensitive) ? sharing::LayerExport::Format::Kml
                                                                         : sharing::LayerExport::Format::GeoJson;
    o.filter = m_context->filter();
    o.hotspot = m_model->hotspotOptions(); // the values the map shows
    const auto outcome = ReleasabilityDialog::confirm(
        this, tr("map layer %1").arg(QFileInfo(path).fileName()), [ws, o](sharing::Destination to) {
            sharing::LayerExport::Options with = o;
            with.destination = to;
            return sharing::LayerExport::check(*ws, with);
        });
    if (!outcome)
        return false;
    o.destination = outcome->destination;
    const auto written = sharing::LayerExport::write(*ws, outcome.value(), path, o);
    if (!written)
        Messages::warn(this, tr("Export Layer"), written.error());
    return bool(written);
}

bool MapPanel::exportMap(const QString& path)
{
    return FigureExportFlow::exportTo(this, m_context, figureRequest(), path);
}

} // namespace waymark::ui
