#include "chartview.h"

#include "analysis/analysiscontext.h"
#include "analysis/incidentsnapshot.h"
#include "analysis/snapshotsource.h"
#include "analysis/workspacefacts.h"
#include "countaxis.h"
#include "customplot.h"
#include "figures/chartfigure.h"
#include "plotlegend.h"
#include "store/workspace.h"
#include "timelineview.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace waymark::ui {

using analysis::Breakdown;

namespace {
QString kindLabel(Breakdown::Kind kind)
{
    switch (kind) {
    case Breakdown::Kind::AgeGender:
        return ChartView::tr("Age and gender");
    case Breakdown::Kind::Citizenship:
        return ChartView::tr("Citizenship");
    case Breakdown::Kind::ExploitationCountry:
        return ChartView::tr("Country of exploitation");
    case Breakdown::Kind::Sources:
        break;
    }
    return ChartView::tr("Sources and grades");
}

} // namespace

ChartView::ChartView(analysis::AnalysisContext* context, Breakdown::Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_kind(kind)
    , m_kindBox(new QComboBox(this))
    , m_plot(new QCustomPlot(this))
    , m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("chartView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_kindBox);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_info);
    for (Breakdown::Kind k : Breakdown::kinds())
        m_kindBox->addItem(kindLabel(k), int(k));
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(kind)));
    connect(m_kindBox, qOverload<int>(&QComboBox::activated), this,
        [this](int i) { setKind(Breakdown::Kind(m_kindBox->itemData(i).toInt())); });
    m_plot->setMinimumSize(300, 200);
    // Victims run to hundreds of thousands: few ticks, grouped digits
    // ("50000100000150000" ran together in a 300 px dock).
    makeCountAxis(m_plot->xAxis, 3);
    m_plot->xAxis->setNumberFormat(QStringLiteral("f"));
    m_plot->xAxis->setNumberPrecision(0);
    m_plot->setLocale(QLocale());
    m_plot->legend->setVisible(true);
    PlotLegend::placeAbove(m_plot, 2);
    connect(m_plot, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable* p, int index, QMouseEvent*) {
        const int serie = p->property("series").toInt();
        auto* bars = qobject_cast<QCPBars*>(p);
        if (!bars || index < 0 || index >= bars->dataCount())
            return;
        const int category = m_data.categories.size() - 1 - int(bars->data()->at(index)->key);
        clickBar(category, serie);
    });
    m_job.onFinished([this](Result<Breakdown> data) {
        if (!data) {
            m_info->setText(data.error().toString());
            return;
        }
        showData(std::move(data).value());
    });
    // Counted from the shared snapshot when it is loaded for the filter (a
    // pass over its arrays); from SQLite otherwise (a second or more at a
    // million incidents, on the cores the views are loading with).
    // "Not loading" comes after the new snapshot is in place, and after a
    // failed load too (then the query counts).
    connect(context->snapshots(), &analysis::SnapshotSource::loadingChanged, this, [this](bool loading) {
        if (!loading && m_waitingForSnapshot)
            reload();
    });
    connect(context, &analysis::AnalysisContext::workspaceChanged, this, &ChartView::reload);
    connect(context, &analysis::AnalysisContext::dataChanged, this, &ChartView::reload);
    m_windowSettle.setSingleShot(true);
    m_windowSettle.setInterval(analysis::AnalysisContext::windowSettleMs);
    connect(&m_windowSettle, &QTimer::timeout, this, &ChartView::reload);
    connect(context, &analysis::AnalysisContext::filterChanged, this, [this](const analysis::Filter& filter) {
        analysis::AnalysisContext::follow(filter, m_reloadedFor, m_windowSettle, [this] { reload(); });
    });
    reload();
}

ChartView::~ChartView() = default;

void ChartView::setKind(Breakdown::Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    m_kindBox->setCurrentIndex(m_kindBox->findData(int(kind)));
    reload();
}

void ChartView::reload()
{
    m_windowSettle.stop();
    m_waitingForSnapshot = false;
    m_reloadedFor = m_context->filter();
    const QString path = m_context->workspacePath();
    if (path.isEmpty()) {
        m_job.discard();
        showData(Breakdown());
        return;
    }
    const analysis::Filter& filter = m_context->filter();
    analysis::SnapshotSource* source = m_context->snapshots();
    source->ensureLoaded(); // shared with the map and the timeline: the views load it once
    if (const auto snap = source->snapshot();
        snap && source->isCurrentFor(filter) && Breakdown::canUse(*snap, m_kind)) {
        m_job.start([snap, from = filter.dayFrom, to = filter.dayTo, kind = m_kind](Feedback&) -> Result<Breakdown> {
            return Breakdown::fromSnapshot(*snap, snap->indicesInWindow(from, to), kind);
        });
        return;
    }
    if (source->isLoading()) {
        m_job.discard();
        m_waitingForSnapshot = true; // reload() again when it is in
        return;
    }
    m_job.start([path, filter = m_context->filter(), kind = m_kind](Feedback&) -> Result<Breakdown> {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        return Breakdown::load(*ws.value(), filter, kind);
    });
}

Status ChartView::loadNow()
{
    store::Workspace* ws = m_context->workspace();
    if (!ws)
        return Error(tr("No workspace is open"));
    m_job.discard(); // supersede any load under way
    auto data = Breakdown::load(*ws, m_context->filter(), m_kind);
    if (!data)
        return data.error();
    m_dataDate = analysis::WorkspaceFacts::dataDate(*ws);
    showData(std::move(data.value()));
    return Ok {};
}

void ChartView::showData(Breakdown data)
{
    m_data = std::move(data);
    if (m_dataDate.isEmpty() && m_context->workspace())
        m_dataDate = analysis::WorkspaceFacts::dataDate(*m_context->workspace());
    m_plot->clearPlottables();
    const int n = int(m_data.categories.size());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> keys(n);
    for (int c = 0; c < n; ++c) {
        keys[c] = n - 1 - c; // the first category on top
        ticker->addTick(keys[c], m_data.categories[c]);
    }
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(-0.7, std::max(1, n) - 0.3);
    m_plot->xAxis->setLabel(m_data.valueLabel);
    QCPBars* below = nullptr;
    double top = 0;
    for (int s = 0; s < m_data.series.size(); ++s) {
        auto* bars = new QCPBars(m_plot->yAxis, m_plot->xAxis);
        bars->setProperty("series", s);
        bars->setName(m_data.series[s]);
        bars->setPen(Qt::NoPen);
        // Exploitation types keep the timeline's colours.
        bars->setBrush(m_data.kind == Breakdown::Kind::ExploitationCountry
                ? TimelineView::categoryColour(m_data.seriesKeys[s].toInt())
                : figures::seriesColour(s));
        bars->setWidth(0.7);
        bars->setStackingGap(0);
        QVector<double> values(n);
        for (int c = 0; c < n; ++c)
            values[c] = m_data.values[size_t(s)][size_t(c)];
        bars->setData(keys, values); // keys run downwards: let QCustomPlot sort them
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    for (int c = 0; c < n; ++c)
        top = std::max(top, m_data.categoryTotal(c));
    m_plot->legend->setVisible(m_data.series.size() > 1);
    m_plot->xAxis->setRange(0, std::max(1.0, top * 1.08));
    m_info->setText(n == 0 ? tr("Nothing under this filter")
                           : tr("%1: %2 in all").arg(m_data.title, QLocale().toString(m_data.total(), 'f', 0)));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT loaded();
}

bool ChartView::clickBar(int category, int series)
{
    analysis::Filter f = m_context->filter();
    if (!m_data.narrow(category, series, f))
        return false;
    m_context->setFilter(f);
    return true;
}

QString ChartView::caption() const
{
    QString text = m_context->filter().describe();
    if (!m_dataDate.isEmpty())
        text += tr(" · data as of %1").arg(m_dataDate.left(10));
    return text;
}

figures::Picture ChartView::picture(QSize size) const
{
    figures::ChartFigure figure = figures::breakdownFigure(m_data);
    figure.caption = caption();
    figure.size = size;
    return figures::chartPicture(figure);
}

} // namespace waymark::ui
