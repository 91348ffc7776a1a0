#include "graphrenderer.h"

#include "core/outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QPainterPath>
#include <QSvgGenerator>

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

void GraphRenderer::paint(QPainter& p, const EntityGraph& eg, const Layout::Points& points, const Options& o)
{
    const Graph& g = eg.graph();
    const int n = g.nodeCount();
    const QRectF frame(0, 0, o.size.width(), o.size.height());
    p.fillRect(frame, Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    if (n == 0 || points.size() != size_t(n))
        return;
    // Fit the layout into the frame, leaving room for the legend and caption.
    QRectF bounds;
    for (const QPointF& pt : points)
        bounds |= QRectF(pt, QSizeF(1e-9, 1e-9));
    const QRectF area = frame.adjusted(40, 40, -220, -60);
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
        return typeColour(eg.nodes()[size_t(v)].type);
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
    // Legend of the types present.
    QStringList types;
    for (const EntityNode& e : eg.nodes()) {
        if (!types.contains(e.type))
            types << e.type;
    }
    std::sort(types.begin(), types.end());
    double y = 50;
    font.setPixelSize(13);
    p.setFont(font);
    if (o.colour == Colour::ByType) {
        for (const QString& t : std::as_const(types)) {
            p.setPen(Qt::NoPen);
            p.setBrush(typeColour(t));
            p.drawEllipse(QPointF(frame.right() - 190, y), 6, 6);
            p.setPen(Qt::black);
            p.drawText(QPointF(frame.right() - 178, y + 5), t);
            y += 22;
        }
    } else {
        p.setPen(Qt::black);
        p.drawText(QPointF(frame.right() - 190, y), QCoreApplication::translate("GraphRenderer", "Colour: community"));
        y += 22;
    }
    if (o.nodeSize.size() == size_t(n)) {
        p.setPen(Qt::black);
        p.drawText(
            QPointF(frame.right() - 190, y + 10), QCoreApplication::translate("GraphRenderer", "Size: centrality"));
    }
    font.setPixelSize(14);
    p.setFont(font);
    p.drawText(QRectF(20, frame.bottom() - 45, frame.width() - 40, 40),
        Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap, o.caption);
}

QImage GraphRenderer::render(const EntityGraph& graph, const Layout::Points& points, const Options& options)
{
    QImage image(options.size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    paint(p, graph, points, options);
    return image;
}

Status GraphRenderer::write(
    const QString& path, const EntityGraph& graph, const Layout::Points& points, const Options& options)
{
    auto failed = [&](const QString& why) {
        return Error(QCoreApplication::translate("GraphRenderer", "Could not write the link chart to %1: %2")
                         .arg(QDir::toNativeSeparators(path), why));
    };
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("svg") && suffix != QLatin1String("png") && suffix != QLatin1String("jpg")
        && suffix != QLatin1String("jpeg"))
        return failed(QCoreApplication::translate("GraphRenderer", "the file must end in .png or .svg"));
    OutputFile out(path);
    if (!out.open())
        return failed(out.errorString());
    QIODevice& file = *out.device();
    if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(options.size);
        svg.setViewBox(QRect(QPoint(0, 0), options.size));
        svg.setTitle(QCoreApplication::translate("GraphRenderer", "Waymark link chart"));
        svg.setDescription(options.caption);
        QPainter p;
        if (!p.begin(&svg))
            return failed(QCoreApplication::translate("GraphRenderer", "the SVG writer did not start"));
        paint(p, graph, points, options);
        p.end();
    } else if (!render(graph, points, options).save(&file, suffix == QLatin1String("png") ? "PNG" : "JPG")) {
        return failed(QCoreApplication::translate("GraphRenderer", "unsupported image format or disk full"));
    }
    if (!out.commit())
        return failed(out.errorString());
    return Ok {};
}

} // namespace waymark::network
