// Link chart drawing benchmark (link-graph issue): a chart of 10k entities
// and about 50k links (Barabási–Albert, m = 5, fixed seed, entity types
// mixed as in a hub extract), laid out once, then drawn by LinkChartView
// into an offscreen image for a series of pan and zoom steps as an analyst
// makes them: fitted, zoomed in stepwise about a point, panned across,
// zoomed back out. Prints the median, 90th percentile and worst frame.
// Goal: median frame ≤ 33 ms (30 frames a second).
//
//   QT_QPA_PLATFORM=offscreen bench_chartdraw [--nodes N] [--frames]   (--frames: every frame's time)

#include "core/random.h"
#include "linkchartview.h"
#include "network/entitygraph.h"
#include "network/linkchart.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QPainter>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace waymark;

int main(int argc, char** argv)
{
    qputenv(
        "QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const int at = int(app.arguments().indexOf(QStringLiteral("--nodes")));
    const int n = at > 0 ? app.arguments().value(at + 1).toInt() : 10000;
    const int m = 5;

    // A scale-free graph, its nodes typed like a hub's entities.
    static const char* const types[]
        = { "person", "person", "person", "phone", "account", "address", "business", "online_ad", "vehicle", "email" };
    std::vector<network::EntityNode> nodes;
    for (int v = 0; v < n; ++v)
        nodes.push_back({ qint64(v) + 1, QStringLiteral("E%1").arg(v), QLatin1String(types[v % 10]),
            QStringLiteral("Entity %1").arg(v) });
    std::vector<network::EntityGraph::LinkRecord> links;
    Random r(7);
    std::vector<int> ends;
    for (int v = 0; v <= m; ++v) {
        for (int u = 0; u < v; ++u) {
            links.push_back({ u, v, 1, QStringLiteral("associate"), QString() });
            ends.insert(ends.end(), { u, v });
        }
    }
    for (int v = m + 1; v < n; ++v) {
        std::vector<int> chosen;
        while (int(chosen.size()) < m) {
            const int t = ends[size_t(r.between(0, qint64(ends.size()) - 1))];
            if (std::find(chosen.begin(), chosen.end(), t) == chosen.end())
                chosen.push_back(t);
        }
        for (int t : chosen) {
            links.push_back({ v, t, 1, QStringLiteral("associate"), QString() });
            ends.insert(ends.end(), { v, t });
        }
    }
    network::LinkChart chart;
    chart.setGraph(network::EntityGraph::fromRecords(std::move(nodes), std::move(links)));
    QElapsedTimer t;
    t.start();
    QSet<int> all;
    for (int v = 0; v < n; ++v)
        all.insert(v);
    chart.show(all, QStringLiteral("all"));
    out << "Chart of " << chart.visible().size() << " entities and " << chart.graph().graph().edgeCount()
        << " links, laid out in " << QString::number(t.elapsed() / 1000.0, 'f', 2) << " s\n";
    out.flush();

    ui::LinkChartView view(&chart);
    view.resize(1600, 1000);
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.show();
    view.zoomToFit();
    QImage image(view.size(), QImage::Format_ARGB32_Premultiplied);

    // The steps: fit; zoom in ×1.25 twelve times about a point off centre;
    // pan across in 24 steps; zoom back out twelve times; pan back.
    std::vector<std::pair<double, QPointF>> steps;
    const double fitScale = view.scale();
    const QPointF fitOffset = view.toScreen(QPointF(0, 0));
    double scale = fitScale;
    QPointF offset = fitOffset;
    const QPointF anchor(700, 420);
    auto zoom = [&](double f) {
        const QPointF c = (anchor - offset) / scale;
        scale *= f;
        offset = anchor - c * scale;
        steps.emplace_back(scale, offset);
    };
    steps.emplace_back(scale, offset);
    for (int i = 0; i < 12; ++i)
        zoom(1.25);
    for (int i = 0; i < 24; ++i) {
        offset += QPointF(-40, 15);
        steps.emplace_back(scale, offset);
    }
    for (int i = 0; i < 12; ++i)
        zoom(0.8);
    for (int i = 0; i < 24; ++i) {
        offset += QPointF(40, -15);
        steps.emplace_back(scale, offset);
    }
    std::vector<double> frames;
    for (const auto& [s, o] : steps) {
        view.setView(s, o);
        QElapsedTimer frame;
        frame.start();
        image.fill(Qt::white);
        view.render(&image);
        frames.push_back(double(frame.nsecsElapsed()) / 1e6);
    }
    std::vector<double> sorted = frames;
    std::sort(sorted.begin(), sorted.end());
    auto pct = [&](double p) { return sorted[std::min(sorted.size() - 1, size_t(p * double(sorted.size())))]; };
    out << frames.size() << " frames of " << view.width() << "×" << view.height()
        << " (fit, zoom in, pan, zoom out, pan)\n";
    out << "  frame median " << QString::number(pct(0.5), 'f', 1) << " ms, 90th percentile "
        << QString::number(pct(0.9), 'f', 1) << " ms, worst " << QString::number(sorted.back(), 'f', 1)
        << " ms; fitted (whole chart) " << QString::number(frames.front(), 'f', 1) << " ms\n";
    out << "  goal: median ≤ 33 ms: " << (pct(0.5) <= 33 ? "met" : "NOT met") << '\n';
    if (app.arguments().contains(QStringLiteral("--frames"))) {
        for (size_t i = 0; i < frames.size(); ++i)
            out << "  frame " << i << " scale " << QString::number(steps[i].first, 'f', 1) << ": "
                << QString::number(frames[i], 'f', 1) << " ms\n";
    }
    if (const QString shot = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR"); !shot.isEmpty()) {
        view.setView(fitScale, fitOffset);
        image.fill(Qt::white);
        view.render(&image);
        image.save(shot + QStringLiteral("/bench-chartdraw.png"));
    }
    return 0;
}
