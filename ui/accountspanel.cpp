#include "accountspanel.h"

#include "accountsview.h"
#include "analysis/analysiscontext.h"
#include "analysis/involvement.h"
#include "calibrationdialog.h"
#include "finance/accountranking.h"
#include "store/workspace.h"
#include "tablecsvbutton.h"
#include "typologyeditor.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolBar>
#include <QVBoxLayout>

namespace waymark::ui {

namespace {
/// Runs a query on a connection of the worker's own.
template <typename Query> auto onOwnConnection(const QString& path, Query query)
{
    return [path, query](Feedback&) -> Result<std::vector<qint64>> {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        return query(*ws.value());
    };
}
} // namespace

AccountsPanel::AccountsPanel(analysis::AnalysisContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("accountsPanel"));
    m_view = new AccountsView(this);
    auto* bar = new QToolBar(this);
    QAction* score = bar->addAction(tr("Score accounts"), this, [this] {
        if (m_context->workspace())
            m_view->score(m_context->workspacePath());
    });
    score->setShortcut(QKeySequence(QStringLiteral("Ctrl+Shift+S")));
    score->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(score);
    score->setToolTip(tr("Score every bank account of the workspace against the financial typologies, in the "
                         "background; the run is stored in the workspace (Ctrl+Shift+S)"));
    QAction* calibrate = bar->addAction(tr("Calibrate…"), this, [this] {
        if (!m_context->workspace())
            return;
        auto* dialog = new CalibrationDialog(m_context->workspacePath(), window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    calibrate->setToolTip(tr("Fit the typologies' weights to labelled accounts; ROC, precision–recall, calibration"));
    QAction* edit = bar->addAction(tr("Typologies…"), this, [this] {
        if (!m_context->workspace())
            return;
        auto* dialog = new TypologyEditor(m_context->workspacePath(), window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    edit->setToolTip(tr("Edit the typologies' weights; each save is a new version, audited"));
    m_status = new QLabel(tr("Score the accounts to rank them by the chance their holder is a trafficker."), this);
    m_status->setObjectName(QStringLiteral("accountsStatus"));
    // Beside the toolbar, not in it: a long status wraps instead of widening the window.
    m_status->setWordWrap(true);
    auto* csv = new TableCsvButton(
        m_context, m_view->table(), sharing::RecordKind::Account, finance::AccountRanking::AccountIdRole, this);
    csv->setObjectName(QStringLiteral("exportAccountsCsv"));
    auto* top = new QHBoxLayout;
    top->addWidget(bar);
    top->addWidget(csv);
    top->addWidget(m_status, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_view, &AccountsView::scoresReady, this, [this] {
        m_status->setText(m_view->runText());
        if (!m_pendingAccount)
            return;
        m_view->showAccountId(m_pendingAccount);
        m_pendingAccount = 0;
    });
    // The latest stored run is shown when a workspace opens.
    connect(m_context, &analysis::AnalysisContext::workspaceChanged, this, [this] {
        m_linkedJob.discard();
        m_incidentsJob.discard();
        if (m_context->workspace())
            m_view->load(m_context->workspacePath());
    });
    connect(m_view, &AccountsView::failed, m_status, &QLabel::setText);
    connect(m_view, &AccountsView::moneyFlowRequested, this, &AccountsPanel::moneyFlowRequested);
    connect(m_view, &AccountsView::addAsEvidence, this, &AccountsPanel::citeRequested);
    connect(m_context, &analysis::AnalysisContext::selectionChanged, this, [this] {
        m_linkedStale = true;
        if (isVisible())
            markLinkedAccounts();
    });
    connect(m_view, &AccountsView::accountChosen, this, &AccountsPanel::selectIncidentsOf);
    m_linkedJob.onFinished([this](Result<std::vector<qint64>> accounts) {
        m_view->setLinked(accounts ? std::move(accounts).value() : std::vector<qint64> {});
    });
    m_incidentsJob.onFinished([this](Result<std::vector<qint64>> incidents) {
        if (incidents && !incidents->empty()) // browsing accounts with no incidents keeps the selection
            m_context->setSelection(std::move(incidents).value(), m_view);
    });
}

AccountsPanel::~AccountsPanel() = default;

void AccountsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_linkedStale)
        markLinkedAccounts();
}

void AccountsPanel::markLinkedAccounts()
{
    m_linkedStale = false;
    const auto selection = m_context->selection();
    if (!m_context->workspace() || !selection || selection->empty()) {
        m_linkedJob.discard();
        m_view->setLinked({});
        return;
    }
    m_linkedJob.start(onOwnConnection(m_context->workspacePath(),
        [selection](store::Workspace& ws) { return analysis::Involvement::accountsOf(ws, *selection); }));
}

void AccountsPanel::selectIncidentsOf(qint64 accountId)
{
    if (!m_context->workspace())
        return;
    m_incidentsJob.start(onOwnConnection(m_context->workspacePath(),
        [accountId](store::Workspace& ws) { return analysis::Involvement::incidentsOfAccounts(ws, { accountId }); }));
}

void AccountsPanel::showAccount(qint64 accountId)
{
    // Until the stored run has loaded, remember which account to open.
    if (!m_view->showAccountId(accountId))
        m_pendingAccount = accountId;
}

void AccountsPanel::setStatus(const QString& text)
{
    m_status->setText(text);
}

QString AccountsPanel::status() const
{
    return m_status->text();
}

bool AccountsPanel::isLinking() const
{
    return m_linkedJob.isRunning() || m_incidentsJob.isRunning();
}

} // namespace waymark::ui
