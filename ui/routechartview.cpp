#include "routechartview.h"

#include "analysis/analysiscontext.h"
#include "analysis/incidentsnapshot.h"
#include "analysis/snapshotsource.h"
#include "countaxis.h"
#include "customplot.h"
#include "figureexportflow.h"
#include "figures/chartfigure.h"
#include "map/routeflows.h"
#include "messages.h"
#include "plotlegend.h"
#include "timelineview.h"

#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QFontMetricsF>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark::ui {

using analysis::TimeBins;
using map::RouteVolume;

RouteChartView::RouteChartView(analysis::AnalysisContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_routeBox(new QComboBox(this))
    , m_export(new QPushButton(tr("Export\u2026"), this))
    , m_plot(new QCustomPlot(this))
    , m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("routeChartView"));
    m_routeBox->setObjectName(QStringLiteral("routeBox"));
    m_routeBox->setToolTip(tr("Origin \u2192 destination routes in view, busiest first"));
    m_routeBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_routeBox->setMinimumContentsLength(18);
    m_export->setToolTip(tr("Save the chart with its caption as PNG, SVG or PDF"));
    m_info->setWordWrap(true);
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_routeBox, 1);
    bar->addWidget(m_export);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_info);
    m_plot->setMinimumSize(300, 200);
    m_plot->yAxis->setLabel(tr("Incidents"));
    makeCountAxis(m_plot->yAxis, 5); // never "2.5 incidents"
    m_plot->legend->setVisible(true);
    PlotLegend::placeAbove(m_plot, 2);

    connect(m_routeBox, qOverload<int>(&QComboBox::activated), this, [this](int i) {
        m_key = m_routeBox->itemData(i).toString();
        scheduleRebuild();
    });
    connect(m_export, &QPushButton::clicked, this, &RouteChartView::exportDialog);
    m_job.onFinished([this](Result<Built> built) {
        if (built) // building cannot fail
            showBuilt(std::move(built).value());
    });
    auto changed = [this] {
        m_stale = true;
        scheduleRebuild();
    };
    connect(context->snapshots(), &analysis::SnapshotSource::snapshotChanged, this, changed);
    connect(context, &analysis::AnalysisContext::filterChanged, this, changed);
    connect(context, &analysis::AnalysisContext::workspaceChanged, this, [this, changed] {
        m_key.clear();
        changed();
    });
}

RouteChartView::~RouteChartView() = default;

void RouteChartView::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_context->snapshots()->ensureLoaded();
        scheduleRebuild();
    }
}

QStringList RouteChartView::routes() const
{
    QStringList keys;
    for (int i = 0; i < m_routeBox->count(); ++i)
        keys << m_routeBox->itemData(i).toString();
    return keys;
}

Status RouteChartView::setRoute(const QString& key)
{
    const auto snap = m_context->snapshots()->snapshot();
    if (!snap)
        return Error(tr("The incidents are not loaded yet."));
    auto route = RouteVolume::parseRoute(*snap, key);
    if (!route)
        return route.error();
    m_key = route.value().key();
    rebuild();
    return Ok {};
}

Status RouteChartView::setRoute(qint32 fromPlace, qint32 toPlace)
{
    const auto snap = m_context->snapshots()->snapshot();
    if (!snap)
        return Error(tr("The incidents are not loaded yet."));
    const qint32 from = snap->countryOf(fromPlace), to = snap->countryOf(toPlace);
    if (from < 0 || to < 0 || from == to)
        return Error(tr("That flow does not run between two countries."));
    return setRoute(snap->places.value(from).name + QLatin1Char('>') + snap->places.value(to).name);
}

RouteChartView::Built RouteChartView::compute(std::shared_ptr<const analysis::IncidentSnapshot> snap,
    std::optional<qint64> from, std::optional<qint64> to, QString key)
{
    Built b;
    if (!snap)
        return b;
    const std::vector<quint32> members = snap->indicesInWindow(from, to);
    const map::RouteFlows flows = map::RouteFlows::build(*snap, members, map::RouteFlows::Level::Country);
    b.busiest = RouteVolume::busiest(flows);
    if (key.isEmpty() && !b.busiest.empty())
        key = b.busiest.front().key();
    if (auto route = RouteVolume::parseRoute(*snap, key); route && !key.isEmpty()) {
        std::vector<quint32> routeMembers;
        for (const map::RouteFlow& f : flows.flows())
            if (f.from == route.value().from && f.to == route.value().to)
                routeMembers = f.members;
        b.volume = RouteVolume::binned(*snap, route.value(), std::move(routeMembers));
        b.key = key;
    }
    return b;
}

void RouteChartView::rebuild()
{
    m_stale = false;
    const analysis::Filter& f = m_context->filter();
    m_job.discard(); // a build under way would be older
    showBuilt(compute(m_context->snapshots()->snapshot(), f.dayFrom, f.dayTo, m_key));
}

void RouteChartView::scheduleRebuild()
{
    if (!isVisible()) {
        m_stale = true; // built when it comes into view
        return;
    }
    m_stale = false;
    const analysis::Filter& f = m_context->filter();
    m_job.start([snapshot = m_context->snapshots()->snapshot(), from = f.dayFrom, to = f.dayTo, key = m_key](
                    Feedback&) -> Result<Built> { return compute(snapshot, from, to, key); });
}

void RouteChartView::showBuilt(Built built)
{
    m_routeBox->clear();
    for (const RouteVolume::Route& r : built.busiest)
        m_routeBox->addItem(r.fromName + QStringLiteral(" \u2192 ") + r.toName, r.key());
    m_key = built.key;
    m_volume = std::move(built.volume);
    if (!m_key.isEmpty()) {
        if (m_routeBox->findData(m_key) < 0) // a route set by key, quiet under this filter
            m_routeBox->addItem(m_volume.route.fromName + QStringLiteral(" \u2192 ") + m_volume.route.toName, m_key);
        m_routeBox->setCurrentIndex(m_routeBox->findData(m_key));
    }
    plotVolume();
}

void RouteChartView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    updateTicks();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void RouteChartView::updateTicks()
{
    const int n = m_volume.binCount();
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QStringList texts;
    double widest = 0;
    const QFontMetricsF fm(m_plot->xAxis->tickLabelFont());
    for (int b = 0; b < n; ++b) {
        texts << TimeBins::tickLabel(m_volume.unit, m_volume.starts[size_t(b)]);
        widest = std::max(widest, fm.horizontalAdvance(texts.back()));
    }
    // A label every few bars: as many as fit across the plot with a gap
    // between them, counted from the first bar (a year or a month boundary).
    const double across = std::max(60, m_plot->width() - 70);
    const int fit = std::max(1, int(across / (widest + fm.averageCharWidth() * 2)));
    const int step = std::max(1, (n + fit - 1) / fit);
    for (int b = 0; b < n; b += step)
        ticker->addTick(b, texts[b]);
    m_plot->xAxis->setTicker(ticker);
}

void RouteChartView::plotVolume()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    const int n = m_volume.binCount();
    QVector<double> keys(n);
    for (int b = 0; b < n; ++b)
        keys[b] = b;
    updateTicks();
    m_plot->xAxis->setRange(-0.7, std::max(1, n) - 0.3);
    QCPBars* below = nullptr;
    int top = 0;
    for (int b = 0; b < n; ++b)
        top = std::max(top, m_volume.total(b));
    for (int c = 0; c < TimeBins::categoryCount && n > 0; ++c) {
        const std::vector<int>& counts = m_volume.counts[size_t(c)];
        if (std::all_of(counts.begin(), counts.end(), [](int v) { return v == 0; }))
            continue; // no empty legend entries
        auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setProperty("category", c);
        bars->setName(TimeBins::categoryName(c));
        bars->setPen(Qt::NoPen);
        bars->setBrush(TimelineView::categoryColour(c));
        bars->setWidth(0.8);
        bars->setStackingGap(0);
        QVector<double> values(n);
        for (int b = 0; b < n; ++b)
            values[b] = counts[size_t(b)];
        bars->setData(keys, values, true);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    m_plot->legend->setVisible(below != nullptr);
    m_plot->yAxis->setRange(0, std::max(1.0, top * 1.08));
    // Nothing to plot (a quiet route in this frame of ▶ Play): say so, not an empty 0–1 frame.
    const bool empty = m_volume.plotted() == 0;
    m_plot->xAxis->setVisible(!empty);
    m_plot->yAxis->setVisible(!empty);
    if (empty) {
        auto* text = new QCPItemText(m_plot);
        text->setObjectName(QStringLiteral("emptyNote"));
        text->setClipToAxisRect(false); // the axes are hidden: the middle of the whole plot
        text->position->setType(QCPItemPosition::ptViewportRatio);
        text->position->setCoords(0.5, 0.5);
        text->setPositionAlignment(Qt::AlignCenter);
        text->setTextAlignment(Qt::AlignCenter);
        text->setColor(QColor(0x55, 0x55, 0x55));
        text->setText(m_volume.route.from < 0 ? tr("No route to show")
                                              : tr("No dated incident on %1 → %2\nin the time window")
                                                    .arg(m_volume.route.fromName, m_volume.route.toName));
    }
    QString info;
    if (m_volume.route.from < 0)
        info = m_routeBox->count() == 0 ? tr("No incident in view travelled a route between two countries")
                                        : tr("Choose a route");
    else
        info = tr("%1: %2 incidents").arg(m_volume.title(), QLocale().toString(qint64(m_volume.members.size())));
    if (const QString more = m_volume.notPlottedText(); !more.isEmpty())
        info += QStringLiteral("; ") + more;
    m_info->setText(info);
    m_export->setEnabled(m_volume.route.from >= 0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT rebuilt();
}

QString RouteChartView::caption() const
{
    QString text = m_context->filter().describe();
    if (const auto snap = m_context->snapshots()->snapshot(); snap && !snap->dataDate.isEmpty())
        text += tr(" · data as of %1").arg(snap->dataDate.left(10));
    if (const QString more = m_volume.notPlottedText(); !more.isEmpty())
        text += QStringLiteral(" · ") + more;
    return text;
}

Result<figures::Picture> RouteChartView::picture(QSize size) const
{
    if (m_volume.route.from < 0)
        return Error(tr("Choose a route to export its chart."));
    figures::ChartFigure figure = figures::routeFigure(m_volume);
    figure.caption = caption();
    figure.size = size;
    return figures::chartPicture(figure);
}

sharing::FigureMaker::Request RouteChartView::figureRequest() const
{
    return { QStringLiteral("route"), m_context->filter(),
        QJsonObject { { QStringLiteral("route"), m_volume.route.from < 0 ? QString() : m_volume.route.key() } } };
}

void RouteChartView::exportDialog()
{
    if (m_volume.route.from < 0) {
        Messages::warn(this, tr("Export"), Error(tr("Choose a route to export its chart.")));
        return;
    }
    // Through the one releasability dialog: what may not go is not drawn.
    FigureExportFlow::exportDialog(this, m_context, figureRequest());
}

} // namespace waymark::ui
