#include "chartfigure.h"

#include "analysis/breakdown.h"
#include "analysis/incidentsnapshot.h"
#include "analysis/timebins.h"
#include "figures/legend.h"
#include "map/maprenderer.h"
#include "map/routevolume.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace waymark::figures {

using analysis::TimeBins;

namespace {

constexpr double titleHeight = 40;
constexpr double captionLine = 17;
constexpr double pad = 14;

/// A step of 1, 2 or 5 times a power of ten giving about `ticks` ticks up to `top`.
double niceStep(double top, int ticks)
{
    if (top <= 0)
        return 1;
    const double raw = top / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : { 1.0, 2.0, 5.0, 10.0 }) {
        if (raw <= m * magnitude)
            return std::max(1.0, m * magnitude);
    }
    return std::max(1.0, 10 * magnitude);
}

QString number(double v)
{
    return QLocale().toString(v, 'f', v == std::floor(v) ? 0 : 1);
}

/// Stacks of the timeline's categories that hold anything, in category order.
void addCategoryStacks(ChartFigure& figure, const std::vector<std::vector<double>>& byCategory)
{
    for (int c = 0; c < int(byCategory.size()); ++c) {
        const auto& v = byCategory[size_t(c)];
        if (std::all_of(v.begin(), v.end(), [](double x) { return x == 0; }))
            continue; // no empty legend entries
        figure.series << TimeBins::categoryName(c);
        figure.colours << exploitationColour(c);
        figure.values.push_back(v);
    }
}

/// Title at the top, caption (wrapped) along the bottom; returns the room left.
QRectF paintFrame(QPainter& p, const ChartFigure& f)
{
    const QRectF all(QPointF(0, 0), QSizeF(f.size));
    p.fillRect(all, Qt::white);
    QFont font = p.font();
    font.setPixelSize(18);
    font.setBold(true);
    p.setFont(font);
    p.setPen(Qt::black);
    p.drawText(QRectF(pad, 0, all.width() - 2 * pad, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, f.title);
    font.setPixelSize(12);
    font.setBold(false);
    p.setFont(font);
    const QRectF captionRoom(pad, 0, all.width() - 2 * pad, all.height());
    const QRectF needed = p.boundingRect(captionRoom, Qt::TextWordWrap, f.caption);
    const double captionHeight = f.caption.isEmpty() ? 0 : needed.height() + 8;
    p.setPen(QColor(60, 60, 60));
    p.drawText(QRectF(pad, all.height() - captionHeight, all.width() - 2 * pad, captionHeight),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, f.caption);
    return QRectF(
        pad, titleHeight, all.width() - 2 * pad, all.height() - titleHeight - captionHeight - captionLine / 2);
}

} // namespace

double ChartFigure::categoryTotal(int category) const
{
    double sum = 0;
    for (const auto& s : values)
        sum += s[size_t(category)];
    return sum;
}

QColor seriesColour(int series)
{
    static const QColor colours[] = { QColor(0x4e79a7), QColor(0xf28e2b), QColor(0xe15759), QColor(0x76b7b2),
        QColor(0x59a14f), QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7), QColor(0x9c755f) };
    return colours[std::max(0, series) % 9];
}

QColor exploitationColour(int category)
{
    category = std::clamp(category, 0, TimeBins::categoryCount - 1);
    if (category < TimeBins::severalTypes)
        return map::MapRenderer::typeColour(category);
    return category == TimeBins::severalTypes ? QColor(0x6b6ecf) : map::MapRenderer::typeColour(-1);
}

ChartFigure breakdownFigure(const analysis::Breakdown& b)
{
    ChartFigure f;
    f.orientation = ChartFigure::Orientation::Horizontal;
    f.title = b.title;
    f.valueLabel = b.valueLabel;
    f.categories = b.categories;
    f.series = b.series;
    for (int s = 0; s < b.series.size(); ++s) {
        // Exploitation types keep the timeline's colours.
        f.colours << (b.kind == analysis::Breakdown::Kind::ExploitationCountry
                ? exploitationColour(b.seriesKeys.value(s).toInt())
                : seriesColour(s));
    }
    f.values = b.values;
    return f;
}

ChartFigure timelineFigure(const TimeBins& bins, int first, int last)
{
    ChartFigure f;
    f.title = QCoreApplication::translate("ChartFigure", "Incidents over time");
    f.valueLabel = QCoreApplication::translate("ChartFigure", "Incidents");
    last = last < 0 ? bins.binCount() - 1 : std::min(last, bins.binCount() - 1);
    first = std::clamp(first, 0, std::max(0, last));
    const int n = std::max(0, last - first + 1);
    std::vector<std::vector<double>> byCategory(TimeBins::categoryCount, std::vector<double>(size_t(n)));
    f.band.assign(size_t(n), 0);
    for (int b = 0; b < n; ++b) {
        f.categories << TimeBins::tickLabel(bins.unit(), bins.binStart(first + b));
        for (int c = 0; c < TimeBins::categoryCount; ++c)
            byCategory[size_t(c)][size_t(b)] = bins.count(c, first + b);
        // Incidents known only to a period that spans this bin.
        for (const TimeBins::Period& p : bins.periods()) {
            if (p.dayFrom <= bins.binLast(first + b) && p.dayTo >= bins.binStart(first + b))
                f.band[size_t(b)] += p.count;
        }
    }
    addCategoryStacks(f, byCategory);
    if (std::any_of(f.band.begin(), f.band.end(), [](double v) { return v > 0; }))
        f.bandLabel = QCoreApplication::translate("ChartFigure", "Known to the month or year only");
    else
        f.band.clear();
    return f;
}

ChartFigure timelineFigure(const analysis::IncidentSnapshot& snapshot, std::optional<qint64> from,
    std::optional<qint64> to, QSize size, const QString& caption)
{
    const auto [first, last] = TimeBins::span(snapshot);
    const qint64 a = from.value_or(first), b = std::max(a, to.value_or(last));
    // About one bar per 8 pixels.
    const TimeBins bins = TimeBins::build(snapshot, a, b, TimeBins::unitFor(b - a + 1, std::max(20, size.width() / 8)));
    ChartFigure figure = timelineFigure(bins);
    figure.caption = caption;
    if (const QString more = bins.notPlottedText(); !more.isEmpty())
        figure.caption += (caption.isEmpty() ? QString() : QStringLiteral(" · ")) + more;
    figure.size = size;
    return figure;
}

ChartFigure routeFigure(const map::RouteVolume& volume)
{
    ChartFigure f;
    f.title = volume.title();
    f.valueLabel = QCoreApplication::translate("ChartFigure", "Incidents");
    const int n = volume.binCount();
    for (int b = 0; b < n; ++b)
        f.categories << TimeBins::tickLabel(volume.unit, volume.starts[size_t(b)]);
    std::vector<std::vector<double>> byCategory;
    for (const std::vector<int>& counts : volume.counts)
        byCategory.emplace_back(counts.begin(), counts.end());
    addCategoryStacks(f, byCategory);
    return f;
}

void paintChartFigure(QPainter& p, const ChartFigure& f)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QRectF room = paintFrame(p, f);
    const bool horizontal = f.orientation == ChartFigure::Orientation::Horizontal;
    const int n = int(f.categories.size());
    double top = 0;
    for (int c = 0; c < n; ++c)
        top = std::max(top, f.categoryTotal(c));
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    const QFontMetricsF fm(font);
    if (n == 0) {
        p.setPen(QColor(90, 90, 90));
        p.drawText(room, Qt::AlignCenter, QCoreApplication::translate("ChartFigure", "Nothing under this filter"));
        p.restore();
        return;
    }

    // Room for the legend above the plot, as the views keep it off the bars.
    Legend legend;
    for (int s = 0; s < f.series.size() && f.series.size() > 1; ++s)
        legend.add(Legend::Entry::Shape::Box, f.colours.value(s, seriesColour(s)), f.series[s]);
    if (!f.band.empty())
        legend.add(Legend::Entry::Shape::Box, QColor(110, 110, 150), f.bandLabel);
    const int ticks = horizontal ? std::max(2, int(room.width() / 120)) : std::max(2, int(room.height() / 70));
    const double step = niceStep(top * 1.05, ticks);
    const double axisTop = std::max(step, std::ceil(top * 1.05 / step) * step);
    double labelRoom = fm.horizontalAdvance(number(axisTop)) + 8;
    if (horizontal) {
        labelRoom = 0;
        for (const QString& c : f.categories)
            labelRoom = std::max(labelRoom, fm.horizontalAdvance(c));
        labelRoom = std::min(labelRoom + 10, room.width() * 0.4);
    }
    const double bandHeight = f.band.empty() ? 0 : std::max(40.0, room.height() * 0.16);
    QRectF plot(room.left() + labelRoom + 22, room.top() + 8, room.width() - labelRoom - 30,
        room.height() - 8 - 2 * fm.height() - 10 - bandHeight);
    if (!legend.isEmpty()) {
        const QSizeF ls = legendSize(legend);
        // Beside the plot when it fits on the right, else the plot gives way below it.
        if (ls.width() < plot.width() * 0.3)
            plot.setRight(plot.right() - ls.width() - 16);
        else // too wide to stand beside: the bars start below it
            plot.setTop(room.top() - 12 + ls.height() + 8);
        paintLegend(
            p, legend, QRectF(room.left(), room.top() - 12, room.width() + 12, room.height()), Qt::TopRightCorner);
    }

    // Value grid and labels.
    const QColor grid(225, 225, 225), axis(90, 90, 90);
    auto valuePos = [&](double v) {
        return horizontal ? plot.left() + v / axisTop * plot.width() : plot.bottom() - v / axisTop * plot.height();
    };
    for (double v = 0; v <= axisTop + step / 2; v += step) {
        const double at = valuePos(v);
        p.setPen(QPen(grid, 1));
        horizontal ? p.drawLine(QPointF(at, plot.top()), QPointF(at, plot.bottom()))
                   : p.drawLine(QPointF(plot.left(), at), QPointF(plot.right(), at));
        p.setPen(axis);
        if (horizontal)
            p.drawText(QRectF(at - 60, plot.bottom() + 4, 120, fm.height()), Qt::AlignCenter, number(v));
        else
            p.drawText(QRectF(room.left(), at - fm.height() / 2, plot.left() - room.left() - 6, fm.height()),
                Qt::AlignRight | Qt::AlignVCenter, number(v));
    }
    p.setPen(axis);
    if (horizontal) {
        p.drawText(QRectF(plot.left(), plot.bottom() + 4 + fm.height(), plot.width(), fm.height() + 4), Qt::AlignCenter,
            f.valueLabel);
    } else {
        p.save();
        p.translate(room.left() + fm.height() / 2, plot.center().y());
        p.rotate(-90);
        p.drawText(
            QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()), Qt::AlignCenter, f.valueLabel);
        p.restore();
    }

    // Bars, stacked; category labels (thinned along the bottom to fit).
    const double slot = (horizontal ? plot.height() : plot.width()) / n;
    const double width = slot * 0.75;
    const int every = horizontal
        ? std::max(1, int(std::ceil(fm.height() / slot)))
        : std::max(1, int(std::ceil((fm.horizontalAdvance(f.categories.value(0)) + 16) / slot)));
    for (int c = 0; c < n; ++c) {
        const double mid = (horizontal ? plot.top() : plot.left()) + slot * (c + 0.5);
        double base = 0;
        for (int s = 0; s < int(f.values.size()); ++s) {
            const double v = f.values[size_t(s)][size_t(c)];
            if (v <= 0)
                continue;
            const double a = valuePos(base), b = valuePos(base + v);
            const QRectF bar = horizontal ? QRectF(QPointF(a, mid - width / 2), QPointF(b, mid + width / 2))
                                          : QRectF(QPointF(mid - width / 2, b), QPointF(mid + width / 2, a));
            p.fillRect(bar, f.colours.value(s, seriesColour(s)));
            base += v;
        }
        if (c % every != 0)
            continue;
        p.setPen(axis);
        if (horizontal)
            p.drawText(QRectF(room.left(), mid - slot / 2, plot.left() - room.left() - 8, slot),
                Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(f.categories[c], Qt::ElideRight, labelRoom));
        else
            p.drawText(QRectF(mid - slot * every / 2, plot.bottom() + 4, slot * every, fm.height()), Qt::AlignCenter,
                f.categories[c]);
    }
    p.setPen(QPen(axis, 1));
    p.drawLine(plot.bottomLeft(), horizontal ? plot.topLeft() : plot.bottomRight());

    // The band of what is known only coarsely, below the axis labels.
    if (!f.band.empty()) {
        const QRectF band(plot.left(), plot.bottom() + 2 * fm.height() + 10, plot.width(), bandHeight - 6);
        const double bandTop = std::max(1.0, *std::max_element(f.band.begin(), f.band.end()));
        for (int c = 0; c < n; ++c) {
            const double h = f.band[size_t(c)] / bandTop * band.height();
            // Hatched: spread over its period, not known at any one bin.
            const QRectF cell(band.left() + slot * c, band.bottom() - h, slot, h);
            p.fillRect(cell, QColor(215, 215, 232));
            p.fillRect(cell, QBrush(QColor(70, 70, 120), Qt::BDiagPattern));
        }
        p.setPen(axis);
        p.drawLine(band.bottomLeft(), band.bottomRight());
        p.drawText(QRectF(room.left(), band.top(), plot.left() - room.left() - 6, band.height()),
            Qt::AlignRight | Qt::AlignVCenter, number(bandTop));
    }
    p.restore();
}

Picture chartPicture(const ChartFigure& figure)
{
    Picture picture;
    picture.size = figure.size;
    picture.title = figure.title;
    picture.caption = figure.caption;
    picture.paint = [figure](QPainter& p) { paintChartFigure(p, figure); };
    return picture;
}

} // namespace waymark::figures
