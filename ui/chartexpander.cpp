#include "chartexpander.h"

#include "network/linkchart.h"

namespace waymark::ui {

ChartExpander::ChartExpander(network::LinkChart* chart, QObject* parent)
    : QObject(parent)
    , m_chart(chart)
{
    m_job.onFinished([this](Result<network::Layout::Points> points) {
        // A new graph meanwhile (another workspace, an import): the points speak of the old one.
        if (!points || m_job.feedback()->isCanceled() || m_chart->generation() != m_generation) {
            Q_EMIT finished(0);
            return;
        }
        const int before = m_chart->visible().size();
        m_chart->showAt(m_fresh, points.value(), network::LinkChart::expandText(m_hops));
        Q_EMIT finished(m_chart->visible().size() - before);
    });
    // A graph replaced while a layout runs: stop it, its result would be thrown away.
    connect(chart, &network::LinkChart::graphReset, this, &ChartExpander::cancel);
}

ChartExpander::~ChartExpander() = default;

void ChartExpander::cancel()
{
    m_job.cancel();
}

bool ChartExpander::expand(int hops)
{
    if (isRunning())
        return false;
    const QSet<int> fresh = m_chart->expansion(hops);
    if (fresh.isEmpty())
        return false;
    if (m_chart->visible().size() + fresh.size() < syncLimit) {
        m_chart->show(fresh, network::LinkChart::expandText(hops));
        Q_EMIT finished(int(fresh.size()));
        return true;
    }
    m_fresh = fresh;
    m_hops = hops;
    m_generation = m_chart->generation();
    const network::LinkChart::LayoutRequest request = m_chart->placeRequest(fresh);
    Q_EMIT started(int(fresh.size()));
    m_job.start([request](Feedback& feedback) -> Result<network::Layout::Points> {
        return network::LinkChart::computeLayout(request, &feedback);
    });
    return true;
}

} // namespace waymark::ui
