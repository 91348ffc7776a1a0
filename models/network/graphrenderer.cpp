#include "graphrenderer.h"

#include "network/entitystyle.h"
#include "network/labelplacer.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace waymark::network {

QColor GraphRenderer::typeColour(const QString& type)
{
    return EntityStyle::typeColour(type);
}

QColor GraphRenderer::nodeColour(const EntityNode& node)
{
    return node.colour.isValid() ? node.colour : typeColour(node.type);
}

QColor GraphRenderer::communityColour(int community)
{
    return QColor::fromHsv((community * 137) % 360, 200, 225);
}

QColor GraphRenderer::moneyColour()
{
    return QColor(0x1b, 0x7a, 0x3e);
}

std::vector<GraphRenderer::MoneyFlow> GraphRenderer::moneyFlows(const EntityGraph& eg)
{
    QHash<quint64, double> totals;
    for (const EntityGraph::LinkRecord& l : eg.links()) {
        if (l.a >= 0 && l.b >= 0 && l.a != l.b && EntityStyle::isMoneyLink(l.type))
            totals[(quint64(quint32(l.a)) << 32) | quint32(l.b)] += l.weight;
    }
    std::vector<MoneyFlow> flows;
    flows.reserve(size_t(totals.size()));
    for (auto it = totals.cbegin(); it != totals.cend(); ++it)
        flows.push_back({ int(it.key() >> 32), int(it.key() & 0xffffffffu), it.value() });
    std::sort(flows.begin(), flows.end(),
        [](const MoneyFlow& x, const MoneyFlow& y) { return std::tie(x.from, x.to) < std::tie(y.from, y.to); });
    return flows;
}

double GraphRenderer::moneyWidth(double total, double largest)
{
    return largest > 0 ? 1.5 + 7.5 * std::sqrt(std::clamp(total / largest, 0.0, 1.0)) : 1.5;
}

void GraphRenderer::paintArrow(
    QPainter& p, QPointF a, QPointF b, double ra, double rb, double width, const QColor& colour, double offset)
{
    const QPointF d = b - a;
    const double len = std::hypot(d.x(), d.y());
    if (len < ra + rb + 4)
        return;
    const QPointF u = d / len, n(u.y(), -u.x()); // along, and to the left
    const double head = std::max(7.0, width * 2.2);
    const QPointF start = a + u * ra + n * offset, tip = b - u * (rb + 1) + n * offset;
    const QPointF base = tip - u * head;
    p.save();
    p.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
    p.drawLine(start, base + u * 0.5);
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    const double half = std::max(4.0, width * 1.3);
    const QPointF tri[3] = { tip, base + n * half, base - n * half };
    p.drawPolygon(tri, 3);
    p.restore();
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

    double maxSize = 0;
    for (double s : o.nodeSize)
        maxSize = std::max(maxSize, s);
    // Big enough for the icon to read (11 pixels across) from the middle sizes up.
    auto radius = [&](int v) {
        if (o.nodeSize.size() != size_t(n) || maxSize <= 0)
            return 8.0;
        return 6.0 + 11.0 * std::sqrt(o.nodeSize[size_t(v)] / maxSize);
    };

    // Money links as arrows, the rest as grey lines.
    const std::vector<MoneyFlow> money = moneyFlows(eg);
    QSet<quint64> moneyPairs;
    double largest = 0;
    for (const MoneyFlow& f : money) {
        moneyPairs.insert((quint64(quint32(std::min(f.from, f.to))) << 32) | quint32(std::max(f.from, f.to)));
        largest = std::max(largest, f.total);
    }
    p.setPen(QPen(QColor(150, 150, 150, 140), 1));
    for (int v = 0; v < n; ++v) {
        for (qint64 e = g.offsets()[size_t(v)]; e < g.offsets()[size_t(v) + 1]; ++e) {
            const int w = g.targets()[size_t(e)];
            if (v < w && !moneyPairs.contains((quint64(quint32(v)) << 32) | quint32(w)))
                p.drawLine(at[size_t(v)], at[size_t(w)]);
        }
    }
    for (const MoneyFlow& f : money) {
        const double width = moneyWidth(f.total, largest);
        // Both ways between two accounts: each to its own side.
        const bool twoWay = std::binary_search(money.begin(), money.end(), MoneyFlow { f.to, f.from, 0 },
            [](const MoneyFlow& x, const MoneyFlow& y) { return std::tie(x.from, x.to) < std::tie(y.from, y.to); });
        paintArrow(p, at[size_t(f.from)], at[size_t(f.to)], radius(f.from), radius(f.to), width, moneyColour(),
            twoWay ? width / 2 + 1.5 : 0);
    }

    const bool byCommunity = o.colour == Colour::ByCommunity && o.community.size() == size_t(n);
    std::vector<int> order(static_cast<size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return radius(a) < radius(b); });
    for (int v : order) {
        const double r = radius(v);
        const QPointF c = at[size_t(v)];
        if (byCommunity) {
            // The type stays on the disc; the community is the ring around it.
            const double ring = std::max(2.5, r * 0.28);
            p.setPen(QPen(communityColour(o.community[size_t(v)]), ring));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(c, r + ring / 2 + 0.5, r + ring / 2 + 0.5);
        }
        EntityStyle::paintEntity(p, eg.nodes()[size_t(v)].type, QRectF(c - QPointF(r, r), QSizeF(2 * r, 2 * r)),
            nodeColour(eg.nodes()[size_t(v)]));
    }
    // Names of the largest, where they fit without covering another.
    QFont font = p.font();
    font.setPixelSize(12);
    p.setFont(font);
    const QFontMetricsF fm(font);
    auto outer = [&](int v) { return radius(v) + (byCommunity ? std::max(2.5, radius(v) * 0.28) + 1 : 0); };
    LabelPlacer placer(o.labelArea.isEmpty() ? frame : o.labelArea);
    for (int v = 0; v < n; ++v)
        placer.addDisc(at[size_t(v)], outer(v));
    p.setPen(Qt::black);
    for (int i = 0, shown = 0; i < n && shown < o.labels; ++i) {
        const int v = order[size_t(n - 1 - i)];
        const QString text = fm.elidedText(eg.nodes()[size_t(v)].label, Qt::ElideRight, 180);
        if (const auto rect
            = placer.place(at[size_t(v)], outer(v), QSizeF(fm.horizontalAdvance(text) + 2, fm.height()))) {
            p.drawText(*rect, Qt::AlignCenter, text);
            ++shown;
        }
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
