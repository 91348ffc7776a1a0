#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QRectF>
#include <QString>

class QPainter;

namespace waymark::network {

/// How the link chart shows an entity type and a link type, in one place for
/// the view, the graph renderer and report figures: the type's colour, its
/// name, and its icon (Waymark's own SVG drawings in resources/icons, white
/// on a disc of the type's colour), and link types in words that read in
/// the direction a path travels ("owns", or "owned by" when walked backwards).
class EntityStyle {
    Q_DECLARE_TR_FUNCTIONS(EntityStyle)
public:
    /// The entity type codes with an icon of their own, in legend order.
    static const QStringList& types();
    static QColor typeColour(const QString& type);
    /// "Person", "E-mail", "Online ad"…, translated; an unknown code as it is.
    static QString typeName(const QString& type);
    /// The resource path of the type's icon (the generic one for an unknown type).
    static QString iconPath(const QString& type);

    /// Draws an entity: a disc of `fill` filling `square` with a thin white
    /// outline, and the type's icon on it when there is room (from 11
    /// pixels across). Vector all the way, so SVG and PDF figures keep it.
    static void paintEntity(QPainter& painter, const QString& type, const QRectF& square, const QColor& fill);
    /// The icon alone (white), in `square`.
    static void paintIcon(QPainter& painter, const QString& type, const QRectF& square);
    /// paintEntity() rendered once into an image `pixels` across (device
    /// pixels) and cached by type, colour and size: screens draw thousands.
    /// Safe from any thread.
    static QImage entityImage(const QString& type, const QColor& fill, int pixels);

    /// A link type in words ("lives at"); `backwards`: read from its far end
    /// ("home of"). Unknown types as they are, with "←" when backwards.
    static QString linkName(const QString& type, bool backwards = false);
    /// Links that move money, drawn with arrows and as wide as the amount.
    static bool isMoneyLink(const QString& type);
};

} // namespace waymark::network
