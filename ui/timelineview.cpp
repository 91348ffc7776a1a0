#include "timelineview.h"

#include "analysis/analysiscontext.h"
#include "analysis/incidentsnapshot.h"
#include "analysis/snapshotsource.h"
#include "analysis/timeticks.h"
#include "countaxis.h"
#include "customplot.h"
#include "figures/chartfigure.h"
#include "plotlegend.h"

#include <QDate>
#include <QFontMetricsF>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace waymark::ui {

using analysis::TimeBins;

namespace {
constexpr qint64 unixEpochDay = 2440588; // 1970-01-01

QString binLabel(TimeBins::Unit unit, qint64 start)
{
    const QDate d = QDate::fromJulianDay(start);
    switch (unit) {
    case TimeBins::Unit::Day:
        return d.toString(Qt::ISODate);
    case TimeBins::Unit::Week:
        return TimelineView::tr("Week of %1").arg(d.toString(Qt::ISODate));
    case TimeBins::Unit::Month:
        return QLocale().toString(d, QStringLiteral("MMMM yyyy"));
    case TimeBins::Unit::Year:
        break;
    }
    return QString::number(d.year());
}

/// Calendar ticks along the time axis (analysis::TimeTicks): "2005",
/// "Mar 2005" or "3 Mar", at a step whose labels never touch at the axis'
/// current width in its own font.
class CalendarTicker : public QCPAxisTicker {
public:
    explicit CalendarTicker(QCPAxis* axis)
        : m_axis(axis)
    {
    }

    void generate(const QCPRange& range, const QLocale&, QChar, int, QVector<double>& ticks, QVector<double>* subTicks,
        QVector<QString>* tickLabels) override
    {
        const QFontMetricsF fm(m_axis->tickLabelFont());
        // QCustomPlot makes the ticks before it lays out: the axis rect still
        // has the last layout's size, the plot already the new one.
        const QCPAxisRect* rect = m_axis->axisRect();
        const double pixels
            = std::max(60, m_axis->parentPlot()->viewport().width() - rect->margins().left() - rect->margins().right());
        const analysis::TimeTicks t = analysis::TimeTicks::choose(
            TimelineView::dayOfKey(range.lower), TimelineView::dayOfKey(range.upper), pixels,
            [&fm](const QString& s) { return fm.horizontalAdvance(s); }, fm.horizontalAdvance(QStringLiteral("MM")));
        ticks.clear();
        for (qint64 d : t.days)
            ticks << TimelineView::keyOf(d);
        if (subTicks)
            subTicks->clear();
        if (tickLabels) {
            tickLabels->clear();
            for (const QString& l : t.labels)
                *tickLabels << l;
        }
    }

private:
    QCPAxis* m_axis;
};

QString unitName(TimeBins::Unit unit)
{
    switch (unit) {
    case TimeBins::Unit::Day:
        return TimelineView::tr("days");
    case TimeBins::Unit::Week:
        return TimelineView::tr("weeks");
    case TimeBins::Unit::Month:
        return TimelineView::tr("months");
    case TimeBins::Unit::Year:
        break;
    }
    return TimelineView::tr("years");
}
} // namespace

QColor TimelineView::bandColour(int precision)
{
    return precision == 0 ? QColor(150, 150, 190) : QColor(70, 70, 120);
}

QColor TimelineView::categoryColour(int category)
{
    return figures::exploitationColour(category);
}

double TimelineView::keyOf(qint64 julianDay)
{
    return double(julianDay - unixEpochDay) * 86400.0;
}

qint64 TimelineView::dayOfKey(double key)
{
    return qint64(std::floor(key / 86400.0)) + unixEpochDay;
}

TimelineView::TimelineView(analysis::AnalysisContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_plot(new QCustomPlot(this))
    , m_info(new QLabel(this))
{
    setObjectName(QStringLiteral("timelineView"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_info);
    m_info->setObjectName(QStringLiteral("timelineInfo"));
    m_info->setWordWrap(true); // fits a laptop's width in every language
    m_plot->setObjectName(QStringLiteral("timelinePlot"));
    // Legend row, bars with their axis (at least 110 px), time labels and
    // band: replotBins() adds the legend's extra lines.
    m_plot->setMinimumHeight(220);
    m_plot->setMouseTracking(true);
    m_plot->setFocusPolicy(Qt::StrongFocus);
    m_plot->setAccessibleName(tr("Timeline"));
    m_plot->setAccessibleDescription(tr("Shift+Right and Shift+Left widen and narrow the time window by one interval; "
                                        "Escape shows all the time"));
    m_plot->installEventFilter(this);

    QSharedPointer<QCPAxisTicker> ticker(new CalendarTicker(m_plot->xAxis));
    m_plot->xAxis->setTicker(ticker);
    m_plot->axisRect()->setMinimumSize(0, 110);
    m_plot->yAxis->setLabel(tr("Incidents"));
    makeCountAxis(m_plot->yAxis, 5); // its tick count follows the height (rebuild)
    m_plot->setInteractions(QCP::iRangeZoom);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);

    QCPBars* below = nullptr;
    for (int c = 0; c < TimeBins::categoryCount; ++c) {
        auto* bars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bars->setName(TimeBins::categoryName(c));
        bars->setPen(Qt::NoPen);
        bars->setBrush(categoryColour(c));
        bars->setWidthType(QCPBars::wtPlotCoords);
        bars->setStackingGap(0);
        if (below)
            bars->moveAbove(below);
        below = bars;
        m_bars.push_back(bars);
    }
    m_selectedBars = new QCPBars(m_plot->xAxis, m_plot->yAxis);
    m_selectedBars->setName(tr("Selected"));
    m_selectedBars->setPen(QPen(Qt::black, 1.5));
    m_selectedBars->setBrush(QColor(0, 0, 0, 90));
    m_selectedBars->setWidthType(QCPBars::wtPlotCoords);

    m_windowRect = new QCPItemRect(m_plot);
    m_windowRect->setClipAxisRect(m_plot->axisRect());
    for (QCPItemPosition* p : { m_windowRect->topLeft, m_windowRect->bottomRight }) {
        p->setAxes(m_plot->xAxis, m_plot->yAxis);
        p->setTypeX(QCPItemPosition::ptPlotCoords);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    m_windowRect->setPen(QPen(QColor(30, 90, 200), 1));
    m_windowRect->setBrush(QColor(30, 90, 200, 40));
    m_windowRect->setVisible(false);
    m_windowRect->setLayer(QStringLiteral("grid")); // behind the bars
    m_brushRect = new QCPItemRect(m_plot);
    for (QCPItemPosition* p : { m_brushRect->topLeft, m_brushRect->bottomRight }) {
        p->setAxes(m_plot->xAxis, m_plot->yAxis);
        p->setTypeX(QCPItemPosition::ptPlotCoords);
        p->setTypeY(QCPItemPosition::ptAxisRectRatio);
    }
    m_brushRect->setPen(QPen(QColor(200, 90, 30), 1, Qt::DashLine));
    m_brushRect->setBrush(QColor(200, 90, 30, 40));
    m_brushRect->setVisible(false);

    m_plot->legend->setVisible(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    m_plot->legend->setFont(small);
    m_plot->legend->setBrush(QColor(255, 255, 255, 210));

    // The band of incidents known only to a month or a year, below the bars.
    m_band = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, m_band);
    m_plot->plotLayout()->setRowStretchFactor(0, 4);
    m_plot->plotLayout()->setRowStretchFactor(1, 1);
    PlotLegend::placeAbove(m_plot, 6); // never over the bars
    // An empty legend (a span with no incident) would otherwise cap the
    // column's width at its margins and squeeze the bars to nothing.
    m_plot->legend->setMaximumSize(1 << 20, QWIDGETSIZE_MAX);
    m_band->axis(QCPAxis::atBottom)->setTicker(ticker);
    m_band->axis(QCPAxis::atBottom)->setTickLabels(false);
    // The legend names the band; its axis has only 0 and its top.
    m_band->axis(QCPAxis::atLeft)->setTicker(QSharedPointer<QCPAxisTickerText>::create());
    // A band, not a second chart: the bars keep the height.
    m_band->setMinimumSize(0, 36);
    m_band->setMaximumSize(QWIDGETSIZE_MAX, 56);
    m_band->setRangeZoom(Qt::Horizontal);
    auto* margins = new QCPMarginGroup(m_plot);
    m_plot->axisRect()->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    m_band->setMarginGroup(QCP::msLeft | QCP::msRight, margins);
    // Each period a block over its own days, apart from its neighbours: the
    // month-only ones solid, the year-only ones hatched, as spread over the
    // year rather than known at any point of it.
    for (int k = 0; k < 2; ++k) {
        auto* g = m_plot->addGraph(m_band->axis(QCPAxis::atBottom), m_band->axis(QCPAxis::atLeft));
        g->setLineStyle(QCPGraph::lsStepLeft);
        g->setPen(QPen(bandColour(k).darker(140)));
        g->setBrush(k == 0 ? QBrush(bandColour(k)) : QBrush(bandColour(k), Qt::BDiagPattern));
        g->setName(k == 0 ? tr("Known to the month only") : tr("Known to the year only"));
        g->removeFromLegend();
    }

    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &TimelineView::rangeChanged);

    analysis::SnapshotSource* source = context->snapshots();
    connect(source, &analysis::SnapshotSource::snapshotChanged, this, &TimelineView::snapshotChanged);
    connect(context, &analysis::AnalysisContext::filterChanged, this, &TimelineView::updateWindow);
    connect(context, &analysis::AnalysisContext::selectionChanged, this, &TimelineView::selectionChanged);
    snapshotChanged();
    source->ensureLoaded();
}

TimelineView::~TimelineView() = default;

void TimelineView::snapshotChanged()
{
    // A new workspace, or the first dated incidents of one (the first import
    // into a new workspace, shown until then on the past year), opens on its
    // whole span; new rows or a new filter keep the span the analyst is
    // looking at.
    const bool undated = !m_snapshot || [&] {
        const auto [lo, hi] = TimeBins::span(*m_snapshot);
        return hi < lo;
    }();
    const bool first = undated || m_context->workspacePath() != m_shownPath;
    m_snapshot = m_context->snapshots()->snapshot();
    if (m_snapshot)
        m_shownPath = m_context->workspacePath();
    m_selected.clear();
    const auto selection = m_context->selection();
    if (m_snapshot && selection && !selection->empty())
        m_selected = m_snapshot->indicesOf(*selection);
    if (first)
        showAll();
    else
        rebuild();
    updateWindow();
}

void TimelineView::selectionChanged()
{
    m_selected.clear();
    const auto selection = m_context->selection();
    if (m_snapshot && selection && !selection->empty())
        m_selected = m_snapshot->indicesOf(*selection);
    rebuild();
}

void TimelineView::showAll()
{
    auto [lo, hi] = m_snapshot ? TimeBins::span(*m_snapshot) : std::pair<qint64, qint64> { 0, -1 };
    if (hi < lo) {
        hi = TimeBins::currentDay();
        lo = hi - 365;
    }
    const qint64 pad = std::max<qint64>(1, (hi - lo) / 40);
    setVisibleRange(lo - pad, hi + pad);
}

void TimelineView::setVisibleRange(qint64 from, qint64 to)
{
    if (to <= from)
        to = from + 1;
    m_rebinning = true;
    m_plot->xAxis->setRange(keyOf(from), keyOf(to + 1));
    m_band->axis(QCPAxis::atBottom)->setRange(m_plot->xAxis->range());
    m_rebinning = false;
    rebuild();
}

std::pair<qint64, qint64> TimelineView::visibleRange() const
{
    const QCPRange r = m_plot->xAxis->range();
    return { dayOfKey(r.lower), dayOfKey(r.upper) - 1 };
}

void TimelineView::rangeChanged()
{
    m_band->axis(QCPAxis::atBottom)->setRange(m_plot->xAxis->range());
    if (!m_rebinning)
        rebuild();
}

void TimelineView::rebuild()
{
    const auto [from, to] = visibleRange();
    const int width = std::max(100, m_plot->width() - 80); // about the axis rect's width
    const TimeBins::Unit unit = TimeBins::unitFor(to - from + 1, std::max(20, width / 3));
    if (m_snapshot)
        m_bins = TimeBins::build(*m_snapshot, from, to, unit, m_selected);
    else
        m_bins = TimeBins();
    m_binnedFrom = from, m_binnedTo = to;
    replotBins();
}

void TimelineView::replotBins()
{
    const int n = m_snapshot ? m_bins.binCount() : 0;
    QVector<double> keys(n);
    double width = 86400;
    for (int b = 0; b < n; ++b)
        keys[b] = (keyOf(m_bins.binStart(b)) + keyOf(m_bins.binLast(b) + 1)) / 2;
    if (n > 0)
        width = (keyOf(m_bins.binLast(n - 1) + 1) - keyOf(m_bins.binStart(0))) / n * 0.85;
    QVector<double> values(n);
    for (int c = 0; c < TimeBins::categoryCount; ++c) {
        bool any = false;
        for (int b = 0; b < n; ++b) {
            values[b] = m_bins.count(c, b);
            any = any || values[b] > 0;
        }
        m_bars[size_t(c)]->setData(keys, values, true);
        m_bars[size_t(c)]->setWidth(width);
        // The legend lists only the types present.
        if (any)
            m_bars[size_t(c)]->addToLegend();
        else
            m_bars[size_t(c)]->removeFromLegend();
    }
    bool anySelected = false;
    for (int b = 0; b < n; ++b) {
        values[b] = m_bins.selected(b);
        anySelected = anySelected || values[b] > 0;
    }
    m_selectedBars->setData(keys, values, true);
    m_selectedBars->setWidth(width * 0.5);
    if (anySelected)
        m_selectedBars->addToLegend();
    else
        m_selectedBars->removeFromLegend();
    m_plot->yAxis->setRange(0, std::max(1.0, m_bins.maxTotal() * 1.08));
    // About one value label per 30 px of height, so that they never touch.
    m_plot->yAxis->ticker()->setTickCount(std::clamp(m_plot->axisRect()->height() / 30, 2, 8));

    // Periods: one step graph per precision, each period a plateau over its
    // days, a pixel or two short of the next so that periods read apart.
    int bandMax = 0;
    const double keyPerPixel = m_plot->xAxis->range().size() / std::max(1, m_plot->axisRect()->width());
    for (int k = 0; k < 2; ++k) {
        const auto precision = k == 0 ? TimeBins::Precision::Month : TimeBins::Precision::Year;
        QVector<double> px, py;
        for (const TimeBins::Period& p : m_bins.periods()) {
            if (p.precision != precision)
                continue;
            const double a = keyOf(p.dayFrom), b = keyOf(p.dayTo + 1);
            const double gap = std::min((b - a) * 0.05, keyPerPixel * 1.5);
            px << a + gap, py << p.count;
            px << b - gap, py << 0;
            bandMax = std::max(bandMax, p.count);
        }
        m_plot->graph(k)->setData(px, py, true);
        if (px.isEmpty())
            m_plot->graph(k)->removeFromLegend();
        else
            m_plot->graph(k)->addToLegend();
    }
    m_band->axis(QCPAxis::atLeft)->setRange(0, std::max(1.0, bandMax * 1.1));
    if (auto text = m_band->axis(QCPAxis::atLeft)->ticker().dynamicCast<QCPAxisTickerText>()) {
        text->clear();
        text->addTick(0, QStringLiteral("0"));
        if (bandMax > 0)
            text->addTick(bandMax, QLocale().toString(bandMax));
    }

    // As many legend entries to a line as the width holds: the legend never
    // widens the plot past its dock, nor squeezes the bars to nothing.
    // The plot grows by the legend's extra lines, so the bars keep their height.
    int widest = 1, tallest = 0, entries = 0;
    for (int i = 0; i < m_plot->legend->itemCount(); ++i)
        if (const QCPAbstractLegendItem* item = m_plot->legend->item(i)) { // a grid: cells may be empty
            widest = std::max(widest, item->minimumOuterSizeHint().width() + 8);
            tallest = std::max(tallest, item->minimumOuterSizeHint().height());
            ++entries;
        }
    const int columns = std::clamp((QWidget::width() - 16) / widest, 1, std::max(1, entries));
    if (columns != m_plot->legend->wrap()) {
        m_plot->legend->setWrap(columns);
        m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true);
    }
    const int lines = std::max(1, (entries + columns - 1) / columns);
    m_plot->setMinimumHeight(200 + lines * tallest);

    QString info = tr("Bins: %1").arg(unitName(m_bins.unit()));
    if (m_snapshot && !m_bins.periods().empty())
        info += tr(" · the lower band holds incidents known only to a month or a year that span several bins");
    if (const QString not_ = m_bins.notPlottedText(); !not_.isEmpty())
        info += QStringLiteral(" · ") + not_;
    m_info->setText(info);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    Q_EMIT rebuilt();
}

void TimelineView::updateWindow()
{
    const analysis::Filter& f = m_context->filter();
    if (!f.dayFrom && !f.dayTo) {
        m_windowRect->setVisible(false);
        m_windowRect->setLayer(QStringLiteral("grid")); // behind the bars
    } else {
        const QCPRange r = m_plot->xAxis->range();
        const double from = f.dayFrom ? keyOf(*f.dayFrom) : std::min(r.lower, keyOf(m_binnedFrom)) - 1e9;
        const double to = f.dayTo ? keyOf(*f.dayTo + 1) : std::max(r.upper, keyOf(m_binnedTo)) + 1e9;
        m_windowRect->topLeft->setCoords(from, 0);
        m_windowRect->bottomRight->setCoords(to, 1);
        m_windowRect->setVisible(true);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineView::brush(qint64 from, qint64 to)
{
    if (to < from)
        std::swap(from, to);
    // Snap to whole bins, so the window holds exactly the bars it covers.
    if (const int b = m_bins.binOf(from); b >= 0)
        from = m_bins.binStart(b);
    if (const int b = m_bins.binOf(to); b >= 0)
        to = m_bins.binLast(b);
    analysis::Filter f = m_context->filter();
    f.dayFrom = from;
    f.dayTo = to;
    m_context->setFilter(f);
}

qint64 TimelineView::selectBin(int bin, int category)
{
    if (!m_snapshot || bin < 0 || bin >= m_bins.binCount())
        return 0;
    std::vector<qint64> ids;
    for (quint32 i : m_bins.members(*m_snapshot, bin, category))
        ids.push_back(m_snapshot->ids[i]);
    std::sort(ids.begin(), ids.end());
    const qint64 n = qint64(ids.size());
    m_context->setSelection(std::move(ids), this);
    return n;
}

std::pair<int, int> TimelineView::barAt(const QPointF& pixel) const
{
    if (!m_plot->axisRect()->rect().contains(pixel.toPoint()))
        return { -1, -1 };
    const int bin = m_bins.binOf(dayAt(pixel.x()));
    if (bin < 0 || m_bins.total(bin) == 0)
        return { -1, -1 };
    // Within the drawn bar only: the bars are narrower than their bins.
    const double key = m_plot->xAxis->pixelToCoord(pixel.x());
    const double centre = (keyOf(m_bins.binStart(bin)) + keyOf(m_bins.binLast(bin) + 1)) / 2;
    if (std::abs(key - centre)
        > m_bars.front()->width() / 2 + m_plot->xAxis->pixelToCoord(2) - m_plot->xAxis->pixelToCoord(0))
        return { -1, -1 };
    const double value = m_plot->yAxis->pixelToCoord(pixel.y());
    double top = 0;
    for (int c = 0; c < TimeBins::categoryCount; ++c) { // stacked from the bottom in category order
        top += m_bins.count(c, bin);
        if (m_bins.count(c, bin) > 0 && value <= top)
            return { bin, c };
    }
    return { -1, -1 };
}

qint64 TimelineView::dayAt(double x) const
{
    return dayOfKey(m_plot->xAxis->pixelToCoord(x));
}

double TimelineView::xOf(qint64 day) const
{
    return m_plot->xAxis->coordToPixel(keyOf(day));
}

QString TimelineView::hoverText(qint64 day) const
{
    QStringList lines;
    const int b = m_bins.binOf(day);
    if (b >= 0) {
        const int selected = m_bins.selected(b);
        lines << (selected
                ? tr("%1: %n incident(s), %2 selected", nullptr, m_bins.total(b))
                      .arg(binLabel(m_bins.unit(), m_bins.binStart(b)))
                      .arg(selected)
                : tr("%1: %n incident(s)", nullptr, m_bins.total(b)).arg(binLabel(m_bins.unit(), m_bins.binStart(b))));
        for (int c = 0; c < TimeBins::categoryCount; ++c)
            if (const int n = m_bins.count(c, b))
                lines << QStringLiteral("  %1: %2").arg(TimeBins::categoryName(c), QLocale().toString(n));
    }
    for (const TimeBins::Period& p : m_bins.periods()) {
        if (day < p.dayFrom || day > p.dayTo)
            continue;
        const QDate d = QDate::fromJulianDay(p.dayFrom);
        lines << (p.precision == TimeBins::Precision::Year
                ? tr("Known to the year %1 only: %n incident(s)", nullptr, p.count).arg(d.year())
                : tr("Known to the month %1 only: %n incident(s)", nullptr, p.count)
                      .arg(QLocale().toString(d, QStringLiteral("MMMM yyyy"))));
    }
    return lines.join(QLatin1Char('\n'));
}

QString TimelineView::caption() const
{
    QString text = m_context->filter().describe();
    if (m_snapshot && !m_snapshot->dataDate.isEmpty())
        text += tr(" · data as of %1").arg(m_snapshot->dataDate.left(10));
    return text;
}

figures::Picture TimelineView::picture(QSize size) const
{
    if (!m_snapshot)
        return figures::chartPicture(figures::timelineFigure(TimeBins()));
    const auto [from, to] = visibleRange();
    return figures::chartPicture(figures::timelineFigure(*m_snapshot, from, to, size, caption()));
}

bool TimelineView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_plot)
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::Resize:
        // New width, new bins and ticks; new height, new value ticks.
        QMetaObject::invokeMethod(this, &TimelineView::rebuild, Qt::QueuedConnection);
        break;
    case QEvent::MouseButtonPress: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() == Qt::LeftButton && m_plot->axisRect()->rect().contains(e->position().toPoint()))
            m_pressX = e->position().x();
        break;
    }
    case QEvent::MouseMove: {
        auto* e = static_cast<QMouseEvent*>(event);
        const double x = e->position().x();
        if (m_pressX >= 0 && (e->buttons() & Qt::LeftButton)) {
            m_brushRect->topLeft->setCoords(keyOf(dayAt(std::min(x, m_pressX))), 0);
            m_brushRect->bottomRight->setCoords(keyOf(dayAt(std::max(x, m_pressX)) + 1), 1);
            m_brushRect->setVisible(true);
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        } else if (m_plot->axisRect()->rect().contains(e->position().toPoint())
            || m_band->rect().contains(e->position().toPoint())) {
            const QString text = hoverText(dayAt(x));
            QToolTip::showText(e->globalPosition().toPoint(), text, m_plot);
        }
        break;
    }
    case QEvent::MouseButtonRelease: {
        auto* e = static_cast<QMouseEvent*>(event);
        if (e->button() == Qt::LeftButton && m_pressX >= 0) {
            const double x = e->position().x();
            const double pressX = std::exchange(m_pressX, -1);
            m_brushRect->setVisible(false);
            if (std::abs(x - pressX) >= 3) {
                brush(dayAt(std::min(x, pressX)), dayAt(std::max(x, pressX)));
            } else if (const auto [bin, category] = barAt(e->position()); bin >= 0) {
                // A click on a bar: its incidents of that type, or all of it with Shift.
                selectBin(bin, (e->modifiers() & Qt::ShiftModifier) ? -1 : category);
            }
            m_plot->replot(QCustomPlot::rpQueuedReplot);
        }
        break;
    }
    case QEvent::KeyPress: {
        // Brushing without a mouse: the window's first interval stays, Shift+Right takes in the next one and
        // Shift+Left gives back the last; Escape shows all the time, as a double click does.
        auto* e = static_cast<QKeyEvent*>(event);
        const int bins = m_bins.binCount();
        if (e->key() == Qt::Key_Escape && m_context->filter().dayFrom) {
            analysis::Filter f = m_context->filter();
            f.dayFrom.reset();
            f.dayTo.reset();
            m_context->setFilter(f);
            return true;
        }
        const bool right = e->key() == Qt::Key_Right;
        if (!(e->modifiers() & Qt::ShiftModifier) || (!right && e->key() != Qt::Key_Left) || bins == 0)
            break;
        const analysis::Filter& f = m_context->filter();
        int first = right ? 0 : bins - 1;
        int last = first;
        if (f.dayFrom && f.dayTo) {
            first = std::clamp(m_bins.binOf(*f.dayFrom), 0, bins - 1);
            last = std::clamp(m_bins.binOf(*f.dayTo), first, bins - 1);
            last = std::clamp(last + (right ? 1 : -1), first, bins - 1);
        }
        brush(m_bins.binStart(first), m_bins.binLast(last));
        return true;
    }
    case QEvent::MouseButtonDblClick: {
        analysis::Filter f = m_context->filter();
        f.dayFrom.reset();
        f.dayTo.reset();
        m_context->setFilter(f);
        return true;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace waymark::ui
