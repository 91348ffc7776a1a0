#pragma once

#include <QHash>
#include <QPointF>
#include <QWidget>

#include <vector>

namespace waymark::network {
class LinkChart;
}

namespace waymark::ui {

/// Draws a LinkChart and turns the analyst's gestures into chart edits:
/// wheel to zoom about the cursor, drag the background to pan, click to
/// select (Ctrl adds), drag a node to move and pin it; E expands the
/// selection by one link, Delete hides it, P pins, L lays out, F fits.
/// Every edit is one undo step on the chart's stack.
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
    enum class SizeBy { Degree, Betweenness, PageRank };
    /// Node size by a centrality of the whole workspace graph.
    void setSizeBy(SizeBy measure);
    double scale() const { return m_scale; }

Q_SIGNALS:
    /// The analyst asked for a new layout (L); the window decides where it runs.
    void layoutRequested();

protected:
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

    network::LinkChart* m_chart;
    double m_scale = 40; ///< pixels per layout unit
    QPointF m_offset; ///< screen position of the chart origin
    bool m_fitted = false;
    bool m_byCommunity = false;
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
