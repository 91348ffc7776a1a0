#include "graphrenderer.h"

#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace waymark::network {

QColor GraphRenderer::typeColour(const QString& type)
{
    static const QHash<QString, QColor> colours {
        { QStringLiteral("person"), QColor(0x1f, 0x77, 0xb4) },
        { QStringLiteral("organisation"), QColor(0x8c, 0x56, 0x4b) },
        { QStringLiteral("business"), QColor(0xd6, 0x27, 0x28) },
        { QStringLiteral("phone"), QColor(0x2c, 0xa0, 0x2c) },
        { QStringLiteral("email"), QColor(0x17, 0xbe, 0xcf) },
        { QStringLiteral("address"), QColor(0x94, 0x67, 0xbd) },
        { QStringLiteral("account"), QColor(0xff, 0x7f, 0x0e) },
        { QStringLiteral("vehicle"), QColor(0x7f, 0x7f, 0x7f) },
        { QStringLiteral("online_ad"), QColor(0xe3, 0x77, 0xc2) },
        { QStringLiteral("location"), QColor(0xbc, 0xbd, 0x22) },
    };
    return colours.value(type, QColor(0x55, 0x55, 0x55));
}

QColor GraphRenderer::nodeColour(const EntityNode& node)
{
    return node.colour.isValid() ? node.colour : typeColour(node.type);
}

void GraphRenderer::paint(QPainter& p, const EntityGraph& eg, const Layout::Points& points, const Options& o)
{
    const Graph& g = eg.graph();
    const int n = g.nodeCount();
    const QRectF frame(0, 0, o.size.width(), o.size.height());
    p.fillRect(frame, Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    if (n == 0 || points.size() != size_t(n))
        return;
    // Fit the layout into the area.
    QRectF bounds;
    for (const QPointF& pt : points)
        bounds |= QRectF(pt, QSizeF(1e-9, 1e-9));
    const QRectF area = o.area.isEmpty() ? frame.adjusted(40, 40, -40, -40) : o.area;
    const double scale
        = std::min(area.width() / std::max(bounds.width(), 1e-9), area.height() / std::max(bounds.height(), 1e-9));
    auto map = [&](const QPointF& pt) {
        return QPointF(area.left() + (pt.x() - bounds.left()) * scale + (area.width() - bounds.width() * scale) / 2,
            area.top() + (pt.y() - bounds.top()) * scale + (area.height() - bounds.height() * scale) / 2);
    };
    std::vector<QPointF> at(static_cast<size_t>(n));
    for (int v = 0; v < n; ++v)
        at[size_t(v)] = map(points[size_t(v)]);

    p.setPen(QPen(QColor(150, 150, 150, 140), 1));
    for (int v = 0; v < n; ++v) {
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
            const int w = g.targets()[size_t(e)];
            if (v < w)
                p.drawLine(at[size_t(v)], at[size_t(w)]);
        }
    }
    double maxSize = 0;
    for (double s : o.nodeSize)
        maxSize = std::max(maxSize, s);
    auto radius = [&](int v) {
        if (o.nodeSize.size() != size_t(n) || maxSize <= 0)
            return 5.0;
        return 3.0 + 14.0 * std::sqrt(o.nodeSize[size_t(v)] / maxSize);
    };
    auto colour = [&](int v) {
        if (o.colour == Colour::ByCommunity && o.community.size() == size_t(n))
            return QColor::fromHsv((o.community[size_t(v)] * 137) % 360, 170, 215);
        return nodeColour(eg.nodes()[size_t(v)]);
    };
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return radius(a) < radius(b); });
    p.setPen(QPen(Qt::white, 1));
    for (int v : order) {
        p.setBrush(colour(v));
        const double r = radius(v);
        p.drawEllipse(at[size_t(v)], r, r);
    }
    // Names of the largest.
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    p.setPen(Qt::black);
    for (int i = 0; i < o.labels && i < n; ++i) {
        const int v = order[size_t(n - 1 - i)];
        p.drawText(at[size_t(v)] + QPointF(radius(v) + 2, 4), eg.nodes()[size_t(v)].label);
    }
}

QImage GraphRenderer::render(const EntityGraph& graph, const Layout::Points& points, const Options& options)
{
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    paint(p, graph, points, options);
    return image;
}

} // namespace waymark::network
