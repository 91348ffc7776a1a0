// Map benchmark (map issue): a 1,000,000-incident workspace (the sample hub
// extract, generated and imported by the waymark binary in a child process),
// drawn offscreen at 1600 × 1000 with the world, routes and clustered points,
// as the map widget draws it. It times:
//   - loading the incident snapshot and the first clusters, routes and
//     choropleth (what opening the Map tab costs, on a worker thread);
//   - 120 frames while panning and 60 while zooming in and out: median and
//     worst frame (a frame that needs a new cluster level pays for it);
//   - kernel density (h = 50 km) and Gi* (50 km cells, 150 km band) over all
//     located incidents, as the hotspot layers compute them, median of 3;
//   - the anchor, in the same run: a bare QPainter loop drawing the same
//     located points one by one on the same image size; the ratio of
//     Waymark's median frame to it is printed;
//   - memory: the resident size the snapshot and map layers add, and the
//     process's peak.
//
//   bench_map [incidents] [workspace-to-reuse]

#include "analysis/analysiscontext.h"
#include "analysis/incidentsnapshot.h"
#include "benchworkspace.h"
#include "figures/mapfigure.h"
#include "geo/getisord.h"
#include "geo/kerneldensity.h"
#include "map/mapmodel.h"
#include "map/maprenderer.h"
#include "map/mapviewport.h"
#include "map/pointclusters.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

#include <algorithm>
#include <cmath>

using namespace waymark;

namespace {

qint64 statusKb(const char* key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).simplified().split(' ').value(0).toLongLong();
    }
    return -1;
}

double ms(QElapsedTimer& t)
{
    return t.nsecsElapsed() / 1e6;
}

struct Stats {
    double median = 0, worst = 0;
};

Stats stats(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return { v[v.size() / 2], v.back() };
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList args = app.arguments();
    const qint64 incidents = args.size() > 1 ? args.at(1).toLongLong() : 1000000;
    QTemporaryDir dir;
    QString path = args.size() > 2 ? args.at(2) : dir.filePath(QStringLiteral("bench.waymark"));
    if (!ensureSampleWorkspace(path, incidents, dir, out))
        return 1;

    analysis::AnalysisContext context;
    if (!context.openWorkspace(path)) {
        out << "cannot open " << path << Qt::endl;
        return 1;
    }
    context.setFilter({});
    const qint64 rssBefore = statusKb("VmRSS:");
    map::MapModel model(&context);
    model.setLayers(map::MapRenderer::Basemap | map::MapRenderer::Routes | map::MapRenderer::Points);
    QThreadPool::globalInstance()->waitForDone(); // the world's paths, simplified for every zoom
    const qint64 rssWorld = statusKb("VmRSS:");
    QElapsedTimer t;
    t.start();
    // As the Map tab does: a worker thread with its own connection, then the swap.
    {
        QEventLoop loop;
        QObject::connect(&model, &map::MapModel::loadingChanged, &loop, [&](bool loading) {
            if (!loading)
                loop.quit();
        });
        context.notifyDataChanged();
        loop.exec();
    }
    if (!model.snapshot()) {
        out << "snapshot failed" << Qt::endl;
        return 1;
    }
    const double loadMs = ms(t);
    const qint64 rssLoaded = statusKb("VmRSS:");
    const auto snapshot = model.snapshot();
    out << "Incidents: " << snapshot->size() << ", located points: " << snapshot->pointCount << Qt::endl;

    const QSize size(1600, 1000);
    map::MapViewport v(QPointF(0.5, 0.5), 2, size);
    v.fit(model.dataBounds(), 40);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    const quint32 layers = model.layers();
    auto frame = [&] {
        QElapsedTimer f;
        f.start();
        QPainter p(&image);
        figures::paintMapFigure(p, model.renderer(), v, layers, {}, model.caption());
        p.end();
        return ms(f);
    };
    // The app simplifies the world for every zoom on a worker at start; wait for it here.
    QThreadPool::globalInstance()->waitForDone();
    frame();
    const qint64 rssAfter = statusKb("VmRSS:");
    if (qEnvironmentVariableIsSet("BENCH_MAP_VERBOSE"))
        out << "  RSS: before " << rssBefore / 1024 << " MiB, world " << rssWorld / 1024 << " MiB, snapshot loaded "
            << rssLoaded / 1024 << " MiB, first frame " << rssAfter / 1024 << " MiB" << Qt::endl;

    std::vector<double> pan, zoom;
    const bool verbose = qEnvironmentVariableIsSet("BENCH_MAP_VERBOSE");
    for (int k = 0; k < 120; ++k) {
        v.panBy(QPointF(k < 60 ? 25 : -25, k % 2 ? 8 : -8));
        pan.push_back(frame());
        if (verbose && pan.back() > 20)
            out << "  slow pan frame " << k << ": " << pan.back() << " ms" << Qt::endl;
    }
    for (int k = 0; k < 60; ++k) {
        v.zoomAbout(QPointF(800, 500), k < 30 ? 0.2 : -0.2);
        zoom.push_back(frame());
        if (verbose && zoom.back() > 20)
            out << "  slow zoom frame " << k << " (zoom " << v.zoom() << "): " << zoom.back() << " ms" << Qt::endl;
    }
    if (qEnvironmentVariableIsSet("BENCH_MAP_LAYERS")) {
        for (quint32 only : { quint32(map::MapRenderer::Basemap), quint32(map::MapRenderer::Routes),
                 quint32(map::MapRenderer::Points) }) {
            std::vector<double> f;
            for (int k = 0; k < 40; ++k) {
                v.panBy(QPointF(k < 20 ? 25 : -25, 0));
                QElapsedTimer e;
                e.start();
                QPainter p(&image);
                model.renderer().paint(p, v, only);
                p.end();
                f.push_back(ms(e));
            }
            out << "layer " << only << " median " << stats(f).median << " ms" << Qt::endl;
        }
    }
    std::vector<double> all = pan;
    all.insert(all.end(), zoom.begin(), zoom.end());
    const Stats sp = stats(pan), sz = stats(zoom), sa = stats(all);

    // Hotspot grids over every located incident.
    std::vector<float> lon(snapshot->lon.begin(), snapshot->lon.begin() + qsizetype(snapshot->pointCount));
    std::vector<float> lat(snapshot->lat.begin(), snapshot->lat.begin() + qsizetype(snapshot->pointCount));
    std::vector<double> kde, gi;
    for (int k = 0; k < 3; ++k) {
        Feedback fb;
        geo::KernelDensityOptions o;
        o.bandwidthKm = 50;
        t.restart();
        auto surface = geo::KernelDensity::compute(geo::GeoPointsF(lon, lat), o, fb);
        kde.push_back(ms(t));
        if (!surface)
            return 1;
        t.restart();
        auto box = geo::KernelDensity::paddedBounds(geo::GeoPointsF(lon, lat), 150);
        auto grid = geo::GeoGrid::covering(*box, 50);
        auto z = geo::GetisOrd::compute(grid->counts(geo::GeoPointsF(lon, lat)), 150, fb);
        gi.push_back(ms(t));
        if (!z)
            return 1;
    }

    // The anchor: the same located points, one drawPoint each, no clustering.
    std::vector<double> anchor;
    for (int k = 0; k < 3; ++k) {
        map::MapViewport a(QPointF(0.5, 0.5), 2, size);
        a.fit(model.dataBounds(), 40);
        const QTransform tr = a.worldTransform();
        QElapsedTimer f;
        f.start();
        QPainter p(&image);
        p.fillRect(image.rect(), Qt::white);
        p.setPen(QPen(Qt::black, 1));
        for (size_t i = 0; i < snapshot->pointCount; ++i)
            p.drawPoint(tr.map(QPointF(snapshot->x[i], snapshot->y[i])));
        p.end();
        anchor.push_back(ms(f));
    }
    const double anchorMs = stats(anchor).median;

    out.setRealNumberNotation(QTextStream::FixedNotation);
    out.setRealNumberPrecision(1);
    out << "Snapshot load + clusters, routes, choropleth: " << loadMs << " ms" << Qt::endl;
    out << "Frames at 1600x1000 (world, routes, clustered points, legend):" << Qt::endl;
    out << "  panning:  median " << sp.median << " ms, worst " << sp.worst << " ms (120 frames)" << Qt::endl;
    out << "  zooming:  median " << sz.median << " ms, worst " << sz.worst << " ms (60 frames)" << Qt::endl;
    out << "  all:      median " << sa.median << " ms, worst " << sa.worst << " ms" << Qt::endl;
    out << "Kernel density (h = 50 km), median of 3: " << stats(kde).median << " ms" << Qt::endl;
    out << "Gi* (50 km cells, 150 km band), median of 3: " << stats(gi).median << " ms" << Qt::endl;
    out << "Anchor: bare QPainter drawPoint loop over " << snapshot->pointCount << " points: " << anchorMs << " ms"
        << Qt::endl;
    out.setRealNumberPrecision(3);
    out << "Ratio median frame / anchor: " << sa.median / anchorMs << Qt::endl;
    out << "Memory: the built-in world with its paths for every zoom " << (rssWorld - rssBefore) / 1024
        << " MiB; the incidents (snapshot, clusters, routes, choropleth, frame cache) " << (rssAfter - rssWorld) / 1024
        << " MiB; process peak " << statusKb("VmHWM:") / 1024 << " MiB" << Qt::endl;
    return 0;
}
