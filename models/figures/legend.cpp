#include "figures/legend.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace waymark::figures {

namespace {

// At a 12 pixel font; swatches, gaps and lines grow with the font, so a
// legend for print keeps the screen's proportions.
constexpr double swatchWidth12 = 24;
constexpr double swatchGap12 = 10;
constexpr double padding12 = 8;
constexpr double inset12 = 12;

bool bold(Legend::Entry::Shape shape)
{
    return shape == Legend::Entry::Shape::Heading;
}

bool hasSwatch(Legend::Entry::Shape shape)
{
    return shape != Legend::Entry::Shape::Heading && shape != Legend::Entry::Shape::Note;
}

QFont legendFont(const QFont& base, double pixelSize, bool isBold)
{
    QFont f = base;
    f.setPixelSize(std::max(1, int(pixelSize + 0.5)));
    f.setBold(isBold);
    return f;
}

} // namespace

int Legend::swatchCount() const
{
    return int(std::count_if(entries.begin(), entries.end(), [](const Entry& e) { return hasSwatch(e.shape); }));
}

static QSizeF measure(const Legend& legend, const QFont& base, double pixelSize, double* lineHeight)
{
    const double u = pixelSize / 12;
    const double swatchWidth = swatchWidth12 * u, swatchGap = swatchGap12 * u, padding = padding12 * u;
    const QFontMetricsF fm(legendFont(base, pixelSize, false));
    const QFontMetricsF fb(legendFont(base, pixelSize, true));
    *lineHeight = fm.height() + pixelSize / 3;
    double w = legend.title.isEmpty() ? 0 : fb.horizontalAdvance(legend.title);
    for (const Legend::Entry& e : legend.entries)
        w = std::max(w,
            (bold(e.shape) ? fb : fm).horizontalAdvance(e.label) + (hasSwatch(e.shape) ? swatchWidth + swatchGap : 0));
    const int lines = int(legend.entries.size()) + (legend.title.isEmpty() ? 0 : 1);
    return QSizeF(w + 2 * padding, lines * *lineHeight + 2 * padding - pixelSize / 3);
}

QSizeF legendSize(const Legend& legend, double pixelSize)
{
    double lineHeight = 0;
    return measure(legend, QFont(), pixelSize, &lineHeight);
}

QRectF paintLegend(QPainter& p, const Legend& legend, const QRectF& frame, Qt::Corner corner, double pixelSize)
{
    if (legend.isEmpty())
        return {};
    p.save();
    p.setRenderHint(QPainter::Antialiasing, true);
    p.setRenderHint(QPainter::TextAntialiasing, true);
    double lineH = 0;
    const QSizeF size = measure(legend, p.font(), pixelSize, &lineH);
    const double u = pixelSize / 12;
    const double swatchWidth = swatchWidth12 * u, swatchGap = swatchGap12 * u, padding = padding12 * u;
    const double inset = inset12 * u;
    const bool right = corner == Qt::TopRightCorner || corner == Qt::BottomRightCorner;
    const bool bottom = corner == Qt::BottomLeftCorner || corner == Qt::BottomRightCorner;
    const QRectF box(QPointF(right ? frame.right() - inset - size.width() : frame.left() + inset,
                         bottom ? frame.bottom() - inset - size.height() : frame.top() + inset),
        size);
    p.setPen(QPen(QColor(0, 0, 0, 60), u));
    p.setBrush(QColor(255, 255, 255, 230));
    p.drawRoundedRect(box, 4 * u, 4 * u);
    const QFont normal = legendFont(p.font(), pixelSize, false);
    const QFont heavy = legendFont(p.font(), pixelSize, true);
    double y = box.top() + padding - pixelSize / 6;
    const double textWidth = box.width() - 2 * padding;
    auto text = [&](const QRectF& line, const QString& s, const QFont& f, const QColor& c) {
        p.setFont(f);
        p.setPen(c);
        p.drawText(line, Qt::AlignVCenter | Qt::AlignLeft, s);
    };
    if (!legend.title.isEmpty()) {
        text(QRectF(box.left() + padding, y, textWidth, lineH), legend.title, heavy, Qt::black);
        y += lineH;
    }
    using Shape = Legend::Entry::Shape;
    for (const Legend::Entry& e : legend.entries) {
        const QRectF line(box.left() + padding, y, textWidth, lineH);
        const double cy = line.center().y();
        const double h = pixelSize; // swatch height
        switch (e.shape) {
        case Shape::Heading:
            text(line, e.label, heavy, Qt::black);
            break;
        case Shape::Note:
            text(line, e.label, normal, QColor(0x55, 0x55, 0x55));
            break;
        case Shape::Box:
            p.setPen(QPen(QColor(0, 0, 0, 80), u));
            p.setBrush(e.colour);
            p.drawRect(QRectF(line.left(), cy - h / 2, swatchWidth, h));
            break;
        case Shape::Dot:
            p.setPen(QPen(Qt::white, u));
            p.setBrush(e.colour);
            p.drawEllipse(QPointF(line.left() + swatchWidth / 2, cy), h / 2, h / 2);
            break;
        case Shape::Line:
            p.setPen(QPen(e.colour, e.width * u, Qt::SolidLine, Qt::FlatCap));
            p.drawLine(QPointF(line.left(), cy), QPointF(line.left() + swatchWidth, cy));
            break;
        case Shape::Symbol:
            if (e.symbol) {
                const double side = std::min(lineH, h * 1.5);
                p.save();
                e.symbol(p, QRectF(line.left() + (swatchWidth - side) / 2, cy - side / 2, side, side));
                p.restore();
            }
            break;
        }
        if (hasSwatch(e.shape))
            text(line.adjusted(swatchWidth + swatchGap, 0, 0, 0), e.label, normal, Qt::black);
        y += lineH;
    }
    p.restore();
    return box;
}

} // namespace waymark::figures
