#pragma once

#include "core/result.h"

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QWidget>

#include <functional>
#include <vector>

class QPainter;

namespace waymark::network {
class LinkChart;
}

namespace waymark::ui {

/// Draws a LinkChart and turns the analyst's gestures into chart edits:
/// wheel to zoom about the cursor, drag the background to pan, click to
/// select (Ctrl adds), drag a node to move and pin it; E expands the
/// selection by one link (Shift+E by two), Delete hides it, P pins, L lays out, F fits,
/// G groups the selection (Shift+G ungroups), C collapses its leaf
/// neighbours into it (Shift+C shows them again); S, W and T ask for the
/// shortest, the strongest and the time-respecting path between two
/// selected entities. Every edit is one undo step on the chart's stack.
class LinkChartView : public QWidget {
    Q_OBJECT
public:
    explicit LinkChartView(network::LinkChart* chart, QWidget* parent = nullptr);

    QPointF toScreen(QPointF chart) const;
    QPointF toChart(QPointF screen) const;
    /// The node drawn under a point of the widget, or -1.
    int nodeAt(QPointF screen) const;
    void zoomToFit();
    void setColourByCommunity(bool on);
    enum class SizeBy { Degree, Betweenness, PageRank, File };
    /// Node size by a centrality of the whole workspace graph, or (File) the
    /// size the entity had in the network file it came from.
    void setSizeBy(SizeBy measure);
    double scale() const { return m_scale; }
    /// Shows the chart at this scale (pixels per layout unit) with its origin at `offset`.
    void setView(double scale, QPointF offset);
    /// Links outside the shared time window: hidden (default) or drawn faded.
    void setFadeOutside(bool fade);
    bool fadeOutside() const { return m_fadeOutside; }
    /// What the last paint drew: links drawn in full, links faded, links left out.
    int drawnLinks() const { return m_drawnLinks; }
    int fadedLinks() const { return m_fadedLinks; }
    int hiddenLinks() const { return m_hiddenLinks; }
    /// Writes the chart as drawn (sizes, colours, names) with a legend and
    /// the caption as PNG or SVG, by the file's ending.
    Status exportSnapshot(const QString& path, const QString& caption, QSize size = QSize(1600, 1000)) const;
    /// Link width by weight (e.g. money moved), widest 8 px; off: all alike.
    void setLinkWidthByWeight(bool on);
    /// Text for the tooltip over a node (`other` = -1) or over the link
    /// between two nodes; by default the entity's name and type, and the
    /// types and dates of the links.
    using ToolTipText = std::function<QString(int node, int other)>;
    void setToolTipText(ToolTipText text);
    QString toolTipAt(QPointF screen) const;
    /// The link drawn under a point (as its two drawn nodes), or {-1, -1}.
    std::pair<int, int> linkAt(QPointF screen) const;
    enum class PathKind { Shortest, Weighted, TimeRespecting };
    Q_ENUM(PathKind)

Q_SIGNALS:
    /// The analyst asked for a new layout (L); the window decides where it runs.
    void layoutRequested();
    /// The analyst asked to expand the selection (E: one link, Shift+E: two);
    /// when nothing listens the view expands the chart itself, at once.
    void expandRequested(int hops);
    /// The analyst asked for a path between the two selected entities (S, W, T).
    void pathRequested(waymark::ui::LinkChartView::PathKind kind);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void graphChanged();
    double radius(int node) const;
    void drawDisc(QPainter& p, QPointF centre, double r, const QColor& fill, bool selected) const;

    network::LinkChart* m_chart;
    double m_scale = 40; ///< pixels per layout unit
    QPointF m_offset; ///< screen position of the chart origin
    bool m_fitted = false;
    bool m_byCommunity = false;
    bool m_fadeOutside = false;
    bool m_widthByWeight = false;
    ToolTipText m_toolTipText;
    mutable QHash<quint64, QImage> m_sprites; ///< drawn discs by colour, size and outline
    QImage m_layer; ///< the links of a big chart, drawn without QPainter
    int m_drawnLinks = 0, m_fadedLinks = 0, m_hiddenLinks = 0;
    SizeBy m_sizeBy = SizeBy::Degree;
    std::vector<double> m_size; ///< degree in the whole graph, for node size
    std::vector<int> m_community;
    double m_maxSize = 1;
    // Gesture state.
    int m_dragNode = -1;
    QPointF m_dragPos;
    QPointF m_pressAt;
    QPointF m_panFrom;
    bool m_panning = false;
    bool m_moved = false;
};

} // namespace waymark::ui
