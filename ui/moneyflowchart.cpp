#include "moneyflowchart.h"

#include "linkchartview.h"
#include "network/linkchart.h"
#include "network/moneyflow.h"

#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark::ui {

MoneyFlowChart::MoneyFlowChart(QWidget* parent)
    : QWidget(parent)
    , m_chart(new network::LinkChart(this))
{
    setObjectName(QStringLiteral("moneyFlowChart"));
    m_view = new LinkChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("moneyFlowChartView"));
    m_view->setLinkWidthByWeight(true);
    m_view->setToolTipText([this](int node, int other) -> QString {
        if (!m_flow)
            return QString();
        if (other >= 0)
            return m_flow->describeFlows(node, other);
        const auto& account = m_flow->accounts()[size_t(node)];
        double in = 0, out = 0;
        for (const auto& f : m_flow->flows()) {
            in += f.to == node ? f.total : 0;
            out += f.from == node ? f.total : 0;
        }
        const QLocale l;
        return tr("%1\n%2\nPaid in: %3 · paid out: %4")
            .arg(account.label,
                account.accountId ? tr("account in the workspace") : tr("counterparty outside the workspace"),
                l.toString(in, 'f', 2), l.toString(out, 'f', 2));
    });
    auto* bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("moneyFlowToolBar"));
    bar->addAction(tr("← Link chart"), this, &MoneyFlowChart::backRequested)
        ->setToolTip(tr("Back to the chart of people, businesses, phones and accounts"));
    bar->addSeparator();
    bar->addAction(tr("Expand"), this, [this] { m_chart->expand(1); })
        ->setToolTip(tr("Add the counterparties of the selected accounts (E)"));
    bar->addAction(tr("Lay out"), this,
           [this] {
               m_chart->relayout();
               m_view->zoomToFit();
           })
        ->setToolTip(tr("Lay the chart out again; pinned accounts stay (L)"));
    bar->addAction(tr("Fit"), m_view, &LinkChartView::zoomToFit)->setToolTip(tr("Show the whole chart (F)"));
    bar->addAction(tr("Undo"), m_chart->undoStack(), &QUndoStack::undo)->setToolTip(tr("Undo the last chart edit"));
    m_caption = new QLabel(this);
    m_caption->setObjectName(QStringLiteral("moneyFlowCaption"));
    m_caption->setContentsMargins(8, 2, 8, 4);
    m_caption->setWordWrap(true);
    // L from the view lays out here too (small charts: at once).
    connect(m_view, &LinkChartView::layoutRequested, this, [this] {
        m_chart->relayout();
        m_view->zoomToFit();
    });
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_caption);
    layout->addWidget(m_view, 1);
}

MoneyFlowChart::~MoneyFlowChart() = default;

Status MoneyFlowChart::showAccount(store::Workspace& ws, const QString& accountKey)
{
    auto loaded = network::MoneyFlow::load(ws);
    if (!loaded)
        return loaded.error();
    auto flow = std::make_shared<const network::MoneyFlow>(std::move(loaded.value()));
    const int account = flow->indexOf(accountKey);
    if (account < 0)
        return Error(tr("Account %1 has no transfers with a named counterparty.").arg(accountKey));
    m_flow = flow;
    m_chart->setGraph(m_flow->chartGraph());
    double in = 0, out = 0;
    int payers = 0, payees = 0;
    std::vector<std::pair<double, int>> byMoney; // total moved with each counterparty
    QHash<int, double> moved;
    for (const auto& f : m_flow->flows()) {
        if (f.to == account && f.from != account) {
            in += f.total;
            ++payers;
            moved[f.from] += f.total;
        } else if (f.from == account && f.to != account) {
            out += f.total;
            ++payees;
            moved[f.to] += f.total;
        }
    }
    for (auto it = moved.cbegin(); it != moved.cend(); ++it)
        byMoney.emplace_back(it.value(), it.key());
    std::sort(byMoney.begin(), byMoney.end(), std::greater<>());
    QSet<int> shown { account };
    for (size_t i = 0; i < byMoney.size() && i < size_t(maxCounterparties); ++i)
        shown.insert(byMoney[i].second);
    m_chart->show(shown, tr("Account"));
    m_chart->setPinned({ account }, true);
    m_chart->relayout();
    m_chart->setSelection({ account });
    m_chart->undoStack()->clear();
    const QLocale l;
    m_caption->setText(tr("Money flow of %1: %2 in from %n payer(s)", nullptr, payers)
                           .arg(m_flow->accounts()[size_t(account)].label, l.toString(in, 'f', 2))
        + tr(", %1 out to %n payee(s). Link width: money moved; hover a link for totals and dates.", nullptr, payees)
              .arg(l.toString(out, 'f', 2))
        + (int(moved.size()) > maxCounterparties ? QLatin1Char(' ')
                    + tr("Showing the %1 counterparties that moved the most of %2; E on the account shows all.")
                          .arg(maxCounterparties)
                          .arg(moved.size())
                                                 : QString()));
    m_view->zoomToFit();
    return Ok {};
}

} // namespace waymark::ui
