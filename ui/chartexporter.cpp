#include "chartexporter.h"

#include "core/outputfile.h"

#include "customplot.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace waymark::ui {

namespace {
constexpr int titleHeight = 34;
constexpr int captionHeight = 26;

void paint(QCustomPlot& plot, QCPPainter& painter, QSize size, const QString& title, const QString& caption)
{
    painter.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    QFont f = plot.font();
    f.setPointSizeF(13);
    f.setBold(true);
    painter.setFont(f);
    painter.setPen(Qt::black);
    painter.drawText(QRect(10, 0, size.width() - 20, titleHeight), Qt::AlignLeft | Qt::AlignVCenter, title);
    f.setPointSizeF(9);
    f.setBold(false);
    painter.setFont(f);
    painter.setPen(QColor(60, 60, 60));
    painter.drawText(QRect(10, size.height() - captionHeight, size.width() - 20, captionHeight),
        Qt::AlignLeft | Qt::AlignVCenter, caption);
    painter.save();
    painter.translate(0, titleHeight);
    plot.toPainter(&painter, size.width(), size.height() - titleHeight - captionHeight);
    painter.restore();
}
} // namespace

QImage ChartExporter::image(QCustomPlot& plot, const QString& title, const QString& caption, QSize size, double scale)
{
    plot.replot(QCustomPlot::rpImmediateRefresh);
    QImage image(size * scale, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QCPPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(scale, scale);
    paint(plot, painter, size, title, caption);
    return image;
}

QStringList ChartExporter::suffixes()
{
    return { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") };
}

Status ChartExporter::write(
    QCustomPlot& plot, const QString& path, const QString& title, const QString& caption, QSize size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto failed = [&](const QString& why) -> Status {
        return Error(QCoreApplication::translate("ChartExporter", "Could not write %1: %2").arg(path, why));
    };
    if (!suffixes().contains(suffix))
        return failed(QCoreApplication::translate("ChartExporter", "the file must end in .png, .svg or .pdf"));
    OutputFile out(path);
    if (!out.open())
        return failed(out.errorString());
    QIODevice& file = *out.device();
    plot.replot(QCustomPlot::rpImmediateRefresh);
    if (suffix == QLatin1String("png")) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        {
            QCPPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            paint(plot, painter, size, title, caption);
        }
        if (!image.save(&file, "PNG"))
            return failed(QCoreApplication::translate("ChartExporter", "the PNG writer failed"));
    } else if (suffix == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&file);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(title);
        svg.setDescription(caption);
        QCPPainter painter;
        if (!painter.begin(&svg))
            return failed(QCoreApplication::translate("ChartExporter", "the SVG writer did not start"));
        painter.setMode(QCPPainter::pmVectorized);
        paint(plot, painter, size, title, caption);
        painter.end();
    } else {
        QPdfWriter pdf(&file);
        pdf.setResolution(72); // one unit a point, so the chart keeps its proportions
        pdf.setPageSize(QPageSize(QSizeF(size), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("Waymark"));
        QCPPainter painter;
        if (!painter.begin(&pdf))
            return failed(QCoreApplication::translate("ChartExporter", "the PDF writer did not start"));
        painter.setMode(QCPPainter::pmVectorized);
        paint(plot, painter, size, title, caption);
        painter.end();
    }
    if (!out.commit())
        return failed(out.errorString());
    return Ok {};
}

} // namespace waymark::ui
