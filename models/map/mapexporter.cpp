#include "map/mapexporter.h"

#include "core/outputfile.h"

#include "map/maprenderer.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPainter>
#include <QSvgGenerator>

namespace waymark::map {

QImage MapExporter::image(
    const MapRenderer& renderer, const MapViewport& viewport, quint32 layers, const QString& caption, double scale)
{
    QImage image((QSizeF(viewport.size()) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter p(&image);
    p.scale(scale, scale);
    renderer.paint(p, viewport, layers);
    renderer.paintDecorations(p, viewport, layers, caption);
    return image;
}

Status MapExporter::write(const QString& path, const MapRenderer& renderer, const MapViewport& viewport, quint32 layers,
    const QString& caption)
{
    auto failed = [&](const QString& why) {
        return Error { QCoreApplication::translate("MapExporter", "Could not write the map to %1: %2")
                           .arg(QDir::toNativeSeparators(path), why),
            {} };
    };
    // Write beside the target and rename, so a failed export never leaves half a file.
    OutputFile out(path);
    if (!out.open())
        return failed(out.errorString());
    QIODevice& file = *out.device();
    if (path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(viewport.size());
        svg.setViewBox(QRect(QPoint(0, 0), viewport.size()));
        svg.setTitle(QCoreApplication::translate("MapExporter", "Waymark map"));
        svg.setDescription(caption);
        QPainter p;
        if (!p.begin(&svg))
            return failed(QCoreApplication::translate("MapExporter", "the SVG writer did not start"));
        renderer.paint(p, viewport, layers);
        renderer.paintDecorations(p, viewport, layers, caption);
        p.end();
    } else {
        const QByteArray format = QFileInfo(path).suffix().toLower().toLatin1();
        if (!image(renderer, viewport, layers, caption).save(&file, format.isEmpty() ? "PNG" : format.constData()))
            return failed(QCoreApplication::translate("MapExporter", "unsupported image format or disk full"));
    }
    if (!out.commit())
        return failed(out.errorString());
    return Ok {};
}

} // namespace waymark::map
