#include "chartpanel.h"

#include "analysis/analysiscontext.h"
#include "analysis/involvement.h"
#include "chartexpander.h"
#include "evidencedragsource.h"
#include "figureexportflow.h"
#include "figures/figurewriter.h"
#include "linkchartview.h"
#include "mergereviewdialog.h"
#include "messages.h"
#include "moneyflowchart.h"
#include "network/entitydetails.h"
#include "network/keyactors.h"
#include "network/linkchart.h"
#include "pathpanel.h"
#include "reports/evidencemime.h"
#include "store/workspace.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QProgressDialog>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark::ui {

ChartPanel::ChartPanel(analysis::AnalysisContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_chart(new network::LinkChart(this))
{
    setObjectName(QStringLiteral("chartPanel"));
    m_view = new LinkChartView(m_chart, this);
    m_view->setAccessibleName(tr("Link chart"));
    m_view->setAccessibleDescription(tr("Arrow keys move to the nearest entity that way; E expands the selection, "
                                        "Delete hides it, F fits the chart"));
    connect(m_view, &LinkChartView::layoutRequested, this, &ChartPanel::layOut);
    // Hovering an entity tells what the workspace knows of it: attributes, sources and grades.
    m_view->setToolTipText([this](int node, int other) -> QString {
        if (other >= 0)
            return m_view->linkToolTip(node, other);
        store::Workspace* ws = m_context->workspace();
        if (!ws || m_chart->isGroup(node))
            return m_view->nodeToolTip(node);
        auto details = network::EntityDetails::load(*ws, m_chart->graph().nodes()[size_t(node)].entityId);
        if (!details)
            return m_view->nodeToolTip(node);
        QString tip = details->toolTip();
        if (const int folded = m_chart->foldedCount(node); folded > 0)
            tip += QStringLiteral("<br><i>%1</i>")
                       .arg(tr("%n collapsed into it (Shift+C shows them)", nullptr, folded).toHtmlEscaped());
        return tip;
    });
    m_bar = new QToolBar(this);
    m_bar->setObjectName(QStringLiteral("chartToolBar"));
    // Paths between two selected entities, listed hop by hop beside the chart.
    m_paths = new PathPanel(m_chart, this);
    connect(m_view, &LinkChartView::pathRequested, m_paths, &PathPanel::find);
    buildToolBar();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_bar);
    auto* row = new QHBoxLayout;
    row->setSpacing(0);
    row->addWidget(m_view, 1);
    row->addWidget(m_paths);
    // An account's money flow takes the chart's place until the analyst goes back.
    m_moneyChart = new MoneyFlowChart(this);
    m_moneyChart->hide();
    row->addWidget(m_moneyChart, 1);
    layout->addLayout(row, 1);
    connect(m_moneyChart, &MoneyFlowChart::backRequested, this, &ChartPanel::showChartAgain);

    // The chart follows the shared time window.
    auto followWindow = [this] { m_chart->setTimeWindow(m_context->filter().dayFrom, m_context->filter().dayTo); };
    connect(m_context, &analysis::AnalysisContext::filterChanged, m_chart, followWindow);
    followWindow();
    m_loadJob.onFinished([this](Result<Load> load) { showLoaded(std::move(load)); });
    connect(m_context, &analysis::AnalysisContext::workspaceChanged, this, &ChartPanel::reload);
    connect(m_context, &analysis::AnalysisContext::dataChanged, this, &ChartPanel::reload);
    // Entities selected on the chart select the incidents they were involved
    // in, everywhere; incidents selected elsewhere select their people on the chart.
    connect(m_chart, &network::LinkChart::selectionChanged, this, &ChartPanel::selectIncidentsOfEntities);
    connect(m_context, &analysis::AnalysisContext::selectionChanged, this, &ChartPanel::selectEntitiesOfIncidents);
}

ChartPanel::~ChartPanel() = default;

void ChartPanel::buildToolBar()
{
    auto add = [this](const QString& text, const QString& tip, QKeySequence key, auto slot) {
        QAction* a = m_bar->addAction(text, this, slot);
        a->setToolTip(tip); // the main window's tooltips name the key (ShortcutList)
        a->setShortcut(key); // listed in Help ▸ Keyboard Shortcuts; the chart's keys do the work
        a->setShortcutContext(Qt::WidgetShortcut);
        return a;
    };
    // Expansions big enough to take a while are laid out on a worker.
    auto* expander = new ChartExpander(m_chart, this);
    expander->setObjectName(QStringLiteral("chartExpander"));
    connect(m_view, &LinkChartView::expandRequested, expander, &ChartExpander::expand);
    connect(expander, &ChartExpander::started, this,
        [this](int count) { Q_EMIT message(tr("Placing %n new entities around the chart…", nullptr, count), 0); });
    connect(expander, &ChartExpander::finished, this,
        [this](int added) { Q_EMIT message(tr("%n entities added to the chart.", nullptr, added), 4000); });
    add(tr("Expand"), tr("Add everything one link away from the selection; Shift+E: two links"),
        QKeySequence(Qt::Key_E), [expander] { expander->expand(1); });
    add(tr("Hide"), tr("Take the selection off the chart"), QKeySequence(Qt::Key_Delete),
        [this] { m_chart->hide(m_chart->selection()); });
    add(tr("Pin"), tr("Keep the selection where it is when the chart is laid out"), QKeySequence(Qt::Key_P),
        [this] { m_chart->setPinned(m_chart->selection(), true); });
    add(tr("Lay out"), tr("Lay the chart out again; pinned entities stay"), QKeySequence(Qt::Key_L),
        [this] { layOut(); });
    add(tr("Fit"), tr("Show the whole chart"), QKeySequence(Qt::Key_F), [this] { m_view->zoomToFit(); });
    m_bar->addSeparator();
    addMenus();
    m_bar->addSeparator();
    auto* sizeBy = new QComboBox(m_bar);
    sizeBy->setObjectName(QStringLiteral("chartSizeBy"));
    sizeBy->setToolTip(tr("What the size of an entity shows"));
    sizeBy->addItem(tr("Size: links"), int(LinkChartView::SizeBy::Degree));
    sizeBy->addItem(tr("Size: betweenness"), int(LinkChartView::SizeBy::Betweenness));
    sizeBy->addItem(tr("Size: PageRank"), int(LinkChartView::SizeBy::PageRank));
    sizeBy->addItem(tr("Size: as in the file"), int(LinkChartView::SizeBy::File));
    connect(sizeBy, &QComboBox::currentIndexChanged, this,
        [this, sizeBy] { m_view->setSizeBy(LinkChartView::SizeBy(sizeBy->currentData().toInt())); });
    m_bar->addWidget(sizeBy);
    QAction* community = m_bar->addAction(tr("Communities"));
    community->setObjectName(QStringLiteral("actionCommunities"));
    community->setCheckable(true);
    community->setToolTip(tr("Ring each entity in the colour of the community Louvain finds; icons and the legend "
                             "keep the types"));
    connect(community, &QAction::toggled, m_view, &LinkChartView::setColourByCommunity);
    // The button shows what the chart shows, whoever turned the colours on or off.
    connect(m_view, &LinkChartView::colourByCommunityChanged, community, &QAction::setChecked);
    QAction* fade = m_bar->addAction(tr("Fade outside window"));
    fade->setObjectName(QStringLiteral("actionFadeOutside"));
    fade->setCheckable(true);
    fade->setToolTip(tr("Links dated outside the filter's time window are hidden; with this on they are drawn "
                        "faded instead. Undated links are always drawn."));
    connect(fade, &QAction::toggled, m_view, &LinkChartView::setFadeOutside);
    m_bar->addSeparator();
    addFileActions();
}

void ChartPanel::addMenus()
{
    // Paths, and grouping, each behind one button, so the toolbar fits a laptop's screen.
    auto menuButton = [this](const QString& text, const QString& tip) {
        auto* button = new QToolButton(m_bar);
        button->setText(text);
        button->setToolTip(tip);
        button->setPopupMode(QToolButton::InstantPopup);
        button->setMenu(new QMenu(button));
        m_bar->addWidget(button);
        button->menu()->setToolTipsVisible(true);
        return button->menu();
    };
    auto item
        = [](QMenu* menu, const QString& text, const QString& tip, QKeySequence key, const char* name, auto slot) {
              QAction* a = menu->addAction(text, slot);
              a->setToolTip(tip);
              a->setShortcut(key); // shown in the menu; the chart's keys do the work
              a->setShortcutContext(Qt::WidgetShortcut);
              a->setObjectName(QLatin1String(name));
              return a;
          };
    PathPanel* paths = m_paths;
    QMenu* pathMenu = menuButton(tr("Path"), tr("A path between the two selected entities (S, W, T)"));
    item(pathMenu, tr("Shortest path"), tr("The fewest links between the two selected entities"),
        QKeySequence(Qt::Key_S), "actionShortestPath", [paths] { paths->find(LinkChartView::PathKind::Shortest); });
    item(pathMenu, tr("Strongest path"), tr("The path along the strongest ties (a link costs 1 / its weight)"),
        QKeySequence(Qt::Key_W), "actionWeightedPath", [paths] { paths->find(LinkChartView::PathKind::Weighted); });
    item(pathMenu, tr("Time-respecting path"), tr("A path whose every link is no earlier than the one before"),
        QKeySequence(Qt::Key_T), "actionTimePath", [paths] { paths->find(LinkChartView::PathKind::TimeRespecting); });
    pathMenu->addSeparator();
    pathMenu->addAction(tr("Clear path"), paths, &PathPanel::clear);
    QMenu* groupMenu = menuButton(tr("Group"), tr("Group entities into one node, or collapse leaves (G, C)"));
    item(groupMenu, tr("Group"), tr("Make one group node of the selected entities"), QKeySequence(Qt::Key_G),
        "actionGroup", [this] { m_chart->group(m_chart->selection()); });
    item(groupMenu, tr("Ungroup"), tr("Break up the selected groups"), QKeySequence(Qt::SHIFT | Qt::Key_G),
        "actionUngroup", [this] { m_chart->ungroup(m_chart->selection()); });
    item(groupMenu, tr("Collapse leaves"), tr("Fold the selection's leaf neighbours (its phones, accounts…) into it"),
        QKeySequence(Qt::Key_C), "actionCollapse", [this] { m_chart->collapseLeaves(m_chart->selection()); });
    item(groupMenu, tr("Show collapsed"), tr("Show again what was collapsed into the selection"),
        QKeySequence(Qt::SHIFT | Qt::Key_C), "actionUncollapse",
        [this] { m_chart->expandCollapsed(m_chart->selection()); });
}

void ChartPanel::addFileActions()
{
    QAction* merges = m_bar->addAction(tr("Merges…"), this, &ChartPanel::reviewMerges);
    merges->setObjectName(QStringLiteral("actionReviewMerges"));
    merges->setToolTip(tr("Review suggested merges of likely duplicates: accept or reject each, undo any"));
    QAction* exportAct = m_bar->addAction(tr("Export…"), this, &ChartPanel::exportDialog);
    exportAct->setObjectName(QStringLiteral("actionExportChart"));
    exportAct->setToolTip(tr("Save the chart as drawn, with a legend and a caption, as PNG, SVG or PDF"));
    // A handle to drag the selected entities onto a report's judgement.
    m_bar->addWidget(EvidenceDragSource::handle(
        m_bar, tr("Drag from here onto a judgement in the Reports tab to cite the selected entities"), [this](QPoint) {
            std::vector<reports::EvidenceMime::Item> items;
            for (int node : m_chart->selection())
                items.push_back({ reports::Evidence::Kind::Entity, m_chart->graph().nodes()[size_t(node)].key });
            return items;
        }));
    m_bar->addSeparator();
    m_bar->addAction(tr("Save chart…"), this, &ChartPanel::saveDialog);
    m_bar->addAction(tr("Open chart…"), this, &ChartPanel::openDialog);
}

void ChartPanel::reviewMerges()
{
    if (!m_context->workspace())
        return;
    auto* dialog = new MergeReviewDialog(m_context, &m_chart->graph(), window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A merge accepted or undone: the same chart over the new graph.
    connect(dialog, &MergeReviewDialog::mergesChanged, this, [this] {
        if (store::Workspace* ws = m_context->workspace()) {
            if (auto graph = network::EntityGraph::load(*ws))
                m_chart->updateGraph(std::move(graph.value()));
            else
                Q_EMIT message(graph.error().toString(), 10000);
        }
    });
    dialog->show();
}

void ChartPanel::exportDialog()
{
    auto request = figureRequest();
    if (!request) {
        Messages::warn(this, tr("Export link chart"), request.error());
        return;
    }
    if (FigureExportFlow::exportDialog(this, m_context, request.value()))
        Q_EMIT message(tr("Wrote the link chart figure."), 5000);
}

Result<FigureMaker::Request> ChartPanel::figureRequest() const
{
    FigureMaker::Request r { QStringLiteral("graph"), m_context->filter(), {} };
    QJsonArray keys;
    QJsonObject positions;
    for (int node : m_chart->visible()) {
        const QString key = m_chart->graph().nodes()[size_t(node)].key;
        const QPointF at = m_chart->position(node);
        keys.append(key);
        positions.insert(key, QJsonArray { at.x(), at.y() });
    }
    if (keys.isEmpty())
        return Error(tr("The link chart shows no entities: open the Link chart tab and show some first."));
    r.params.insert(QStringLiteral("entities"), keys);
    r.params.insert(QStringLiteral("positions"), positions);
    return r;
}

void ChartPanel::saveDialog()
{
    if (!m_context->workspace())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Save chart"), tr("Name:"), QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (Status st = m_chart->saveAs(*m_context->workspace(), name); !st)
        Messages::warn(this, tr("Save chart"), st.error());
}

void ChartPanel::openDialog()
{
    if (!m_context->workspace())
        return;
    const QStringList names = network::LinkChart::names(*m_context->workspace());
    if (names.isEmpty()) {
        Messages::inform(this, tr("Open chart"), tr("No chart has been saved in this workspace yet."));
        return;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(this, tr("Open chart"), tr("Chart:"), names, 0, false, &ok);
    if (!ok)
        return;
    const auto missing = m_chart->open(*m_context->workspace(), name);
    if (!missing)
        Messages::warn(this, tr("Open chart"), missing.error());
    else if (missing.value() > 0)
        Messages::inform(this, tr("Open chart"),
            tr("%1 entities of this chart are no longer in the workspace (a later import removed them).")
                .arg(missing.value()));
    m_view->zoomToFit();
}

void ChartPanel::selectIncidentsOfEntities()
{
    store::Workspace* ws = m_context->workspace();
    if (m_syncing || !ws || m_chart->selection().isEmpty())
        return;
    std::vector<qint64> entities;
    for (int node : m_chart->selection())
        entities.push_back(m_chart->graph().nodes()[size_t(node)].entityId);
    std::sort(entities.begin(), entities.end());
    m_context->setSelection(analysis::Involvement::incidentsOf(*ws, entities), m_chart);
}

void ChartPanel::selectEntitiesOfIncidents(const QObject* origin)
{
    store::Workspace* ws = m_context->workspace();
    if (origin == m_chart || !ws)
        return;
    QSet<int> nodes;
    if (const auto selection = m_context->selection(); selection && !selection->empty()) {
        // Only the nodes on the chart can show it: ask about them, not about every incident selected.
        std::vector<qint64> shown;
        for (int node : m_chart->visible())
            shown.push_back(m_chart->graph().nodes()[size_t(node)].entityId);
        std::sort(shown.begin(), shown.end());
        for (qint64 entity : analysis::Involvement::entitiesAmong(*ws, shown, *selection))
            nodes.insert(m_chart->graph().indexOf(entity));
    }
    m_syncing = true;
    m_chart->setSelection(nodes);
    m_syncing = false;
}

void ChartPanel::layOut()
{
    // Small charts lay out at once; big ones on a worker thread, with
    // progress and Cancel, while the chart stays usable.
    // Shaped to the view, so that it fills the view once fitted.
    const double aspect = m_view->height() > 0 ? double(m_view->width()) / m_view->height() : 0;
    if (m_chart->visible().size() < 400) {
        m_chart->relayout(aspect);
        m_view->zoomToFit();
        return;
    }
    if (m_layoutJob.isRunning())
        return;
    auto* progress = new QProgressDialog(
        tr("Laying out %1 entities…").arg(m_chart->visible().size()), tr("Cancel"), 0, 1000, window());
    progress->setObjectName(QStringLiteral("layoutProgress"));
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(300);
    m_layoutJob.onProgress([progress](double f, const QString&) { progress->setValue(int(f * 1000)); });
    connect(progress, &QProgressDialog::canceled, this, [this] { m_layoutJob.cancel(); });
    m_layoutJob.onFinished([this, progress](Result<network::Layout::Points> points) {
        if (points && !m_layoutJob.feedback()->isCanceled()) {
            m_chart->applyLayout(points.value());
            m_view->zoomToFit();
        }
        m_layoutJob.onProgress({});
        progress->deleteLater();
    });
    const network::LinkChart::LayoutRequest request = m_chart->relayoutRequest(aspect);
    m_layoutJob.start([request](Feedback& feedback) -> Result<network::Layout::Points> {
        return network::LinkChart::computeLayout(request, &feedback);
    });
}

void ChartPanel::reload()
{
    store::Workspace* ws = m_context->workspace();
    if (!ws) {
        m_loadJob.discard();
        m_chart->setGraph(network::EntityGraph());
        return;
    }
    // The graph and its key actors are read on a worker, on a connection of
    // its own; the chart shows them when they arrive.
    m_loadJob.start([path = ws->path()](Feedback&) -> Result<Load> {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        auto graph = network::EntityGraph::load(*ws.value());
        if (!graph)
            return graph.error();
        Load load;
        load.graph = std::move(graph).value();
        if (load.graph.graph().edgeCount() == 0)
            return load;
        // Start from the five most important people and what they touch.
        const network::EntityGraph attributed = load.graph.attributed();
        std::vector<bool> people(load.graph.nodes().size());
        for (size_t v = 0; v < people.size(); ++v)
            people[v] = load.graph.nodes()[v].type == QLatin1String("person");
        const auto actors = network::KeyActors::rank(attributed.graph(), people);
        for (size_t i = 0; i < actors.size() && i < 5; ++i)
            load.start.insert(actors[i].node);
        return load;
    });
}

void ChartPanel::showLoaded(Result<Load> load)
{
    if (!load) {
        Q_EMIT message(load.error().toString(), 10000);
        Q_EMIT chartLoaded();
        return;
    }
    const bool linked = load->graph.graph().edgeCount() > 0;
    const QSet<int> start = std::move(load->start);
    // Entities from a network file that gave sizes are drawn at those sizes.
    const bool fileSizes = std::any_of(load->graph.nodes().cbegin(), load->graph.nodes().cend(),
        [](const network::EntityNode& n) { return n.size > 0; });
    m_chart->setGraph(std::move(load->graph));
    if (auto* sizeBy = m_bar->findChild<QComboBox*>(QStringLiteral("chartSizeBy")); sizeBy && fileSizes)
        sizeBy->setCurrentIndex(sizeBy->findData(int(LinkChartView::SizeBy::File)));
    if (linked) {
        m_chart->show(start, tr("Key actors"));
        // A selection only to expand from: not the analyst's, so not shared.
        m_syncing = true;
        m_chart->setSelection(start);
        m_chart->expand(1);
        // Laid out once more to the view's shape, so the first chart fills it;
        // a network file's own drawing is kept as it is.
        const auto& nodes = m_chart->graph().nodes();
        if (std::none_of(nodes.cbegin(), nodes.cend(), [](const network::EntityNode& n) { return n.position; })
            && m_view->height() > 0)
            m_chart->relayout(double(m_view->width()) / m_view->height());
        m_chart->setSelection({});
        m_syncing = false;
        m_chart->undoStack()->clear();
        m_view->zoomToFit();
    }
    Q_EMIT chartLoaded();
}

bool ChartPanel::isLoading() const
{
    return m_loadJob.isRunning();
}

bool ChartPanel::showMoneyFlow(const QString& accountKey)
{
    store::Workspace* ws = m_context->workspace();
    if (!ws)
        return false;
    if (Status st = m_moneyChart->showAccount(*ws, accountKey); !st) {
        Messages::warn(this, tr("Money flow"), st.error());
        return false;
    }
    if (!m_moneyChart->isVisibleTo(this) && m_view->isVisibleTo(this))
        m_pathsWereVisible = m_paths->isVisibleTo(this);
    m_bar->hide();
    m_view->hide();
    m_paths->hide();
    m_moneyChart->show();
    return true;
}

void ChartPanel::showChartAgain()
{
    m_moneyChart->hide();
    m_bar->show();
    m_view->show();
    m_paths->setVisible(m_pathsWereVisible);
    m_view->setFocus();
}

bool ChartPanel::showEntity(qint64 entityId)
{
    const int node = m_chart->graph().indexOf(entityId);
    if (node < 0)
        return false;
    if (!m_chart->visible().contains(node))
        m_chart->show({ node }, tr("Show search result"));
    m_chart->setSelection({ node });
    m_view->centreOn(node); // where the analyst looks, not off-screen
    return true;
}

QString ChartPanel::caption() const
{
    const QString filter = m_context->filter().describe();
    return tr("Link chart: %1 entities shown%2. Made with Waymark.")
        .arg(m_chart->visible().size() - m_chart->folded().size())
        .arg(filter.isEmpty() ? QString() : tr(" · %1").arg(filter));
}

} // namespace waymark::ui
