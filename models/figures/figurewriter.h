#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;
class QPainter;

namespace waymark::figures {

/// A figure ready to be written: a function that paints it on a painter
/// whose logical size is `size`, whatever the device (a QImage at any scale,
/// an SVG, a PDF page). A function rather than a recorded QPicture: the map's
/// base layers and rasters are drawn at the device's resolution, which a
/// recording made up front would fix at the recording's.
struct Picture {
    QSize size { 1600, 1000 }; ///< logical pixels
    QString title; ///< the SVG's and PDF's title
    QString caption; ///< the SVG's description, the PDF's subject
    std::function<void(QPainter&)> paint;
};

/// Writes figures — maps, link charts — to PNG, SVG or PDF, never leaving
/// half a file (through OutputFile), and to an in-memory PNG for reports.
/// Every export of a figure comes here, so every one knows the same formats.
class FigureWriter {
public:
    enum class Format { Png, Svg, Pdf };

    /// The format a file name asks for by its ending; an unknown ending is an
    /// error naming the ones known.
    static Result<Format> formatOf(const QString& path);
    /// ".png, .svg or .pdf", for messages and file dialogs.
    static QString allowedSuffixes();
    /// "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)".
    static QString fileDialogFilter();

    /// Writes `picture` to `path`, in `format` or by the file's ending. A
    /// raster is drawn at `scale` times the picture's size (2 for print).
    static Status write(
        const QString& path, const Picture& picture, double scale = 1, std::optional<Format> format = std::nullopt);
    /// Writes to an open device.
    static Status write(QIODevice& device, const Picture& picture, Format format, double scale = 1);
    /// The picture drawn on a white image `scale` times its size.
    static QImage image(const Picture& picture, double scale = 1);
    /// The picture as PNG bytes, for a report's figure.
    static Result<QByteArray> png(const Picture& picture, double scale = 1);
};

} // namespace waymark::figures
