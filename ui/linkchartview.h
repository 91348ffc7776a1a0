#pragma once

#include "core/result.h"
#include "figures/figurewriter.h"
#include "figures/legend.h"
#include "network/graphrenderer.h"

#include <QHash>
#include <QImage>
#include <QPointF>
#include <QRectF>
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
    /// Puts a node in the middle of the view (zooming in if the chart is
    /// too small to read); a hidden view does it when it shows.
    void centreOn(int node);
    /// Colour by Louvain community: the entities keep their type's icon and
    /// colour, and the community shows as a ring around each.
    void setColourByCommunity(bool on);
    bool colourByCommunity() const { return m_byCommunity; }
    /// The ring drawn around a node: its community's colour, or none when coloured by type.
    QColor ringColour(int node) const;
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
    /// The chart as drawn (sizes, colours, names) with a legend and the
    /// caption, as a figure. (A file is written only through the
    /// releasability check: FigureExportFlow, File ▸ Export Figure.)
    figures::Picture snapshot(const QString& caption, QSize size = QSize(1600, 1000)) const;
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
    /// The built-in tooltips, for a ToolTipText that adds to them.
    QString nodeToolTip(int node) const;
    QString linkToolTip(int a, int b) const;
    /// A link's label: its types and dates ("owns · 2019-01-05 – 2019-03-01"),
    /// read from `a` to `b`; `compact`: the first date only.
    QString linkLabel(int a, int b, bool compact = false) const;
    /// The key drawn in the corner: each entity type on the chart, its icon,
    /// name and count; a note on the ring when coloured by community.
    figures::Legend legend() const;
    /// Node and link labels as the last paint placed them (pixels), none over another.
    struct Label {
        int node = -1; ///< the entity named, or -1 for a link's label
        int other = -1; ///< a link's far end
        QRectF rect;
        QString text;
    };
    const std::vector<Label>& labels() const { return m_labels; }
    /// From this scale (pixels per layout unit) up, every link on screen
    /// with room for it shows its label; below, only the link under the mouse.
    static constexpr double kLinkLabelScale = 90;
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
    /// Colouring by community was turned on or off (also when a new graph turns it off).
    void colourByCommunityChanged(bool on);

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
    void leaveEvent(QEvent* event) override;

private:
    void graphChanged();
    double radius(int node) const;
    /// The radius the node takes with its community ring.
    double outerRadius(int node) const;
    void drawEntity(QPainter& p, int node, QPointF centre, double r, const QColor& fill) const;
    void drawRing(QPainter& p, QPointF centre, double r, const QColor& colour) const;
    void drawMoney(QPainter& p, const std::vector<char>& shown);
    void drawLabels(QPainter& p, const std::vector<char>& shown);
    void drawHover(QPainter& p);
    static quint64 pairKey(int a, int b);

    network::LinkChart* m_chart;
    double m_scale = 40; ///< pixels per layout unit
    QPointF m_offset; ///< screen position of the chart origin
    bool m_fitted = false;
    bool m_byCommunity = false;
    bool m_fadeOutside = false;
    bool m_widthByWeight = false;
    ToolTipText m_toolTipText;
    mutable QHash<quint64, QImage> m_sprites; ///< entities by type, colour and size; rings by colour and size
    std::vector<qint8> m_typeIndex; ///< per node, its type in EntityStyle::types() (or -1)
    QHash<quint64, std::vector<int>> m_pairLinks; ///< link records per node pair (pairKey)
    std::vector<network::GraphRenderer::MoneyFlow> m_money; ///< money moved per direction
    QSet<quint64> m_moneyPairs; ///< node pairs joined by money links, drawn as arrows
    std::vector<Label> m_labels;
    int m_hoverNode = -1;
    std::pair<int, int> m_hoverLink { -1, -1 };
    int m_centreOnShow = -1;
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
