#include "figures/figurewriter.h"

#include "core/outputfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace waymark::figures {

QString FigureWriter::allowedSuffixes()
{
    return QCoreApplication::translate("FigureWriter", ".png, .svg or .pdf");
}

QString FigureWriter::fileDialogFilter()
{
    return QCoreApplication::translate("FigureWriter", "PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
}

Result<FigureWriter::Format> FigureWriter::formatOf(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return Format::Png;
    if (suffix == QLatin1String("svg"))
        return Format::Svg;
    if (suffix == QLatin1String("pdf"))
        return Format::Pdf;
    return Error(
        QCoreApplication::translate("FigureWriter", "Could not write the figure to %1: the file must end in %2")
            .arg(QDir::toNativeSeparators(path), allowedSuffixes()));
}

QImage FigureWriter::image(const Picture& picture, double scale)
{
    QImage image((QSizeF(picture.size) * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    if (!picture.paint)
        return image;
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    picture.paint(p);
    return image;
}

Result<QByteArray> FigureWriter::png(const Picture& picture, double scale)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (Status st = write(buffer, picture, Format::Png, scale); !st)
        return st.error();
    return bytes;
}

Status FigureWriter::write(QIODevice& device, const Picture& picture, Format format, double scale)
{
    const QRect frame(QPoint(0, 0), picture.size);
    switch (format) {
    case Format::Png:
        if (!image(picture, scale).save(&device, "PNG"))
            return Error(
                QCoreApplication::translate("FigureWriter", "the PNG writer failed: %1").arg(device.errorString()));
        return Ok {};
    case Format::Svg: {
        QSvgGenerator svg;
        svg.setOutputDevice(&device);
        svg.setSize(picture.size);
        svg.setViewBox(frame);
        svg.setTitle(picture.title);
        svg.setDescription(picture.caption);
        QPainter p;
        if (!p.begin(&svg))
            return Error(QCoreApplication::translate("FigureWriter", "the SVG writer did not start"));
        p.setRenderHint(QPainter::Antialiasing);
        p.fillRect(frame, Qt::white);
        if (picture.paint)
            picture.paint(p);
        p.end();
        return Ok {};
    }
    case Format::Pdf: {
        // One page the figure's shape, 96 logical pixels to the inch.
        QPdfWriter pdf(&device);
        pdf.setCreator(QStringLiteral("Waymark"));
        pdf.setTitle(picture.title);
        pdf.setPageSize(QPageSize(QSizeF(picture.size) * (72.0 / 96.0), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(300);
        QPainter p;
        if (!p.begin(&pdf))
            return Error(QCoreApplication::translate("FigureWriter", "the PDF writer did not start"));
        p.setRenderHint(QPainter::Antialiasing);
        p.scale(double(pdf.width()) / picture.size.width(), double(pdf.height()) / picture.size.height());
        p.fillRect(frame, Qt::white);
        if (picture.paint)
            picture.paint(p);
        p.end();
        return Ok {};
    }
    }
    return Ok {};
}

Status FigureWriter::write(const QString& path, const Picture& picture, double scale, std::optional<Format> format)
{
    if (!format) {
        auto byName = formatOf(path);
        if (!byName)
            return byName.error();
        format = byName.value();
    }
    auto failed = [&](const QString& why) {
        return Error(QCoreApplication::translate("FigureWriter", "Could not write the figure to %1: %2")
                         .arg(QDir::toNativeSeparators(path), why));
    };
    OutputFile out(path);
    if (Status st = out.open(); !st)
        return failed(out.errorString());
    if (Status st = write(*out.device(), picture, *format, scale); !st)
        return failed(st.error().message);
    if (Status st = out.commit(); !st)
        return failed(out.errorString());
    return Ok {};
}

} // namespace waymark::figures
