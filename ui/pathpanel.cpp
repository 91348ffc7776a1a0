#include "pathpanel.h"

#include "network/linkchart.h"
#include "network/pathfinder.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace waymark::ui {

PathPanel::PathPanel(network::LinkChart* chart, QWidget* parent)
    : QWidget(parent)
    , m_chart(chart)
{
    setObjectName(QStringLiteral("pathPanel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("pathMessage"));
    m_message->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("pathHops"));
    m_list->setWordWrap(true);
    m_list->setToolTip(tr("Click a hop to select its two entities on the chart"));
    auto* close = new QPushButton(tr("Clear path"), this);
    connect(close, &QPushButton::clicked, this, &PathPanel::clear);
    connect(m_list, &QListWidget::itemClicked, this, [this](QListWidgetItem* item) {
        const QVariantList ends = item->data(Qt::UserRole).toList();
        if (ends.size() == 2)
            m_chart->setSelection({ ends[0].toInt(), ends[1].toInt() });
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addWidget(close, 0, Qt::AlignRight);
    setMinimumWidth(260);
    setMaximumWidth(420);
    connect(chart, &network::LinkChart::graphReset, this, &PathPanel::clear);
    hide();
}

void PathPanel::clear()
{
    m_chart->setPath({});
    m_list->clear();
    m_message->clear();
    hide();
}

QString PathPanel::message() const
{
    return m_message->text();
}

QStringList PathPanel::hops() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out << m_list->item(i)->text();
    return out;
}

bool PathPanel::find(LinkChartView::PathKind kind)
{
    show();
    m_list->clear();
    const QSet<int> selection = m_chart->selection();
    if (selection.size() != 2) {
        m_chart->setPath({});
        m_message->setText(tr("Select two entities (Ctrl+click the second) to find a path between them."));
        return false;
    }
    // From the entity picked first to the one picked second: the hops read
    // in the direction the analyst asked for.
    const std::vector<int> ends = m_chart->selectionOrder();
    const network::PathFinder::Kind k = kind == LinkChartView::PathKind::Weighted ? network::PathFinder::Kind::Weighted
        : kind == LinkChartView::PathKind::TimeRespecting ? network::PathFinder::Kind::TimeRespecting
                                                          : network::PathFinder::Kind::Shortest;
    network::PathFinder::LinkFilter allowed;
    if (m_chart->hasTimeWindow())
        allowed = [this](const network::EntityGraph::LinkRecord& l) { return m_chart->inWindow(l); };
    const auto found = network::PathFinder::find(m_chart->graph(), ends[0], ends[1], k, allowed);
    if (!found) {
        m_chart->setPath({});
        m_message->setText(found.error().message
            + (m_chart->hasTimeWindow() ? QLatin1Char(' ') + tr("Only links in the time window were used.")
                                        : QString()));
        return false;
    }
    const std::vector<int>& nodes = found->nodes;
    m_chart->show(QSet<int>(nodes.begin(), nodes.end()), tr("Show path"));
    m_chart->setPath(nodes);
    const QString what = k == network::PathFinder::Kind::Weighted ? tr("Strongest path")
        : k == network::PathFinder::Kind::TimeRespecting          ? tr("Time-respecting path")
                                                                  : tr("Shortest path");
    m_message->setText(tr("%1: %n link(s).", nullptr, int(found->hops.size())).arg(what));
    for (const network::PathFinder::Hop& hop : found->hops) {
        auto* item = new QListWidgetItem(network::PathFinder::describe(m_chart->graph(), hop), m_list);
        item->setData(Qt::UserRole, QVariantList { hop.from, hop.to });
    }
    return true;
}

} // namespace waymark::ui
