#pragma once

#include "core/result.h"

#include <QImage>
#include <QSize>
#include <QString>

class QCustomPlot;

namespace waymark::ui {

/// Writes a QCustomPlot chart with its caption (filter and data date) under
/// a title line, as PNG, SVG (QSvgGenerator) or PDF (QPdfWriter), chosen by
/// the file's suffix. The same code serves the export menu and
/// `waymark render chart`. Writes beside the target and renames, so a failed
/// export never leaves half a file.
class ChartExporter {
public:
    static Status write(QCustomPlot& plot, const QString& path, const QString& title, const QString& caption,
        QSize size = QSize(1200, 700));
    static QStringList suffixes();
    /// The chart as an image of `size` logical pixels drawn `scale` times
    /// finer (2: twice the pixels, same proportions), for print.
    static QImage image(QCustomPlot& plot, const QString& title, const QString& caption, QSize size, double scale = 1);
};

} // namespace waymark::ui
