#pragma once

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace waymark::figures {

/// What a figure's key says: an optional title and a list of entries, each
/// a swatch (a box, a dot, a line of some width, or a symbol the figure
/// draws itself, such as an entity's icon) with a label, or a heading or
/// note between them. The map and the link chart build one and
/// paintLegend() draws them all alike.
struct Legend {
    struct Entry {
        enum class Shape { Box, Dot, Line, Heading, Note, Symbol };
        Shape shape = Shape::Box;
        QColor colour;
        QString label;
        double width = 2; ///< of a Line, in pixels
        /// Draws a Symbol in the square it is given (vector, for SVG and PDF).
        std::function<void(QPainter&, const QRectF&)> symbol {};
    };

    QString title;
    QList<Entry> entries;

    bool isEmpty() const { return title.isEmpty() && entries.isEmpty(); }
    Legend& add(Entry::Shape shape, const QColor& colour, const QString& label, double width = 2)
    {
        entries.append(Entry { shape, colour, label, width });
        return *this;
    }
    /// An entry whose swatch `paint` draws in a square of the line's height.
    Legend& symbol(std::function<void(QPainter&, const QRectF&)> paint, const QString& label)
    {
        entries.append(Entry { Entry::Shape::Symbol, {}, label, 2, std::move(paint) });
        return *this;
    }
    Legend& heading(const QString& label) { return add(Entry::Shape::Heading, {}, label); }
    Legend& note(const QString& label) { return add(Entry::Shape::Note, {}, label); }
    /// The number of entries with a swatch.
    int swatchCount() const;
};

/// The legend's box at the painter's current font size `pixelSize`.
QSizeF legendSize(const Legend& legend, double pixelSize = 12);
/// Draws the legend in a rounded, nearly opaque box in a corner of `frame`,
/// 12 pixels in; returns the box.
QRectF paintLegend(QPainter& painter, const Legend& legend, const QRectF& frame, Qt::Corner corner = Qt::TopRightCorner,
    double pixelSize = 12);

} // namespace waymark::figures
