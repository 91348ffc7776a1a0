#pragma once

#include "core/result.h"
#include "map/mapviewport.h"

#include <QImage>
#include <QString>

namespace waymark::map {

class MapRenderer;

/// Writes a map frame with its legend, scale bar and caption: PNG (or any
/// raster format Qt writes) by default, SVG when the path ends in .svg. The
/// GUI's export and `waymark render map` both come here.
class MapExporter {
public:
    /// At `scale` times the viewport's size, legend and text scaled alike
    /// (2 for print: a 1200-pixel frame becomes 2400 pixels).
    static QImage image(const MapRenderer& renderer, const MapViewport& viewport, quint32 layers,
        const QString& caption, double scale = 1);
    static Status write(const QString& path, const MapRenderer& renderer, const MapViewport& viewport, quint32 layers,
        const QString& caption);
};

} // namespace waymark::map
