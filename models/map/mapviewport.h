#pragma once

#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QTransform>

namespace waymark::map {

/// What part of the world a map shows: a centre in Web Mercator world units,
/// a fractional zoom (the world is 256 · 2^zoom pixels wide) and a size in
/// pixels. A value type: the widget, the renderer and `waymark render map`
/// all describe a frame with one.
class MapViewport {
public:
    static constexpr double minZoom = 0.0;
    static constexpr double maxZoom = 19.0;

    MapViewport() = default;
    MapViewport(QPointF centre, double zoom, QSize size);

    QPointF centre() const { return m_centre; }
    double zoom() const { return m_zoom; }
    QSize size() const { return m_size; }
    void setSize(QSize size) { m_size = size; }
    void setCentre(QPointF world);
    void setZoom(double zoom);

    /// World width in pixels at this zoom.
    double worldPixels() const;
    QPointF worldToScreen(QPointF world) const;
    QPointF screenToWorld(QPointF screen) const;
    QPointF lonLatToScreen(double lon, double lat) const;
    QPointF screenToLonLat(QPointF screen) const;
    /// Maps world coordinates to pixels, for painting whole paths.
    QTransform worldTransform() const;
    /// The world rectangle on screen (may extend beyond [0, 1] at low zoom).
    QRectF visibleWorld() const;

    /// Zooms by `steps` (may be fractional) keeping the world point under
    /// `screenAnchor` fixed, as a wheel zoom about the cursor does.
    void zoomAbout(QPointF screenAnchor, double steps);
    /// Moves the picture by a pixel offset (a drag).
    void panBy(QPointF pixels);
    /// Centres and zooms so a world rectangle fills the view with a margin.
    void fit(const QRectF& world, double marginPixels = 24);

    /// Ground metres per pixel at the view's centre latitude.
    double metresPerPixel() const;

    /// How much larger than on screen text, symbols, legends and the scale
    /// bar are drawn, in this frame's pixels: 1 on screen; for print, the
    /// frame's pixels per inch over the screen's 96 (see printScale()), so a
    /// figure printed a few inches wide reads like the screen.
    double symbolScale() const { return m_symbolScale; }
    void setSymbolScale(double scale) { m_symbolScale = scale > 0 ? scale : 1.0; }
    /// The symbol scale of a frame `logicalWidth` pixels wide printed
    /// `inches` wide: its pixels per inch over 96.
    static double printScale(int logicalWidth, double inches);

    bool operator==(const MapViewport& o) const;
    bool operator!=(const MapViewport& o) const { return !(*this == o); }

private:
    QPointF m_centre { 0.5, 0.5 };
    double m_zoom = 1.0;
    QSize m_size { 512, 512 };
    double m_symbolScale = 1.0;
};

} // namespace waymark::map
