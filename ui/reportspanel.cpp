#include "reportspanel.h"

#include "analysis/analysiscontext.h"
#include "messages.h"
#include "reporteditor.h"
#include "reports/reportstore.h"
#include "reports/starterdraft.h"
#include "store/workspace.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QMenu>
#include <QScrollArea>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace waymark::ui {

ReportsPanel::ReportsPanel(analysis::AnalysisContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reportsPanel"));
    m_editor = new ReportEditor(m_context, this);
    auto* bar = new QToolBar(this);
    m_open = new QComboBox(bar);
    m_open->setObjectName(QStringLiteral("reportChooser"));
    m_open->setMinimumWidth(320);
    m_open->setToolTip(tr("Reports in this workspace"));
    // New reports from a template: the standard KJR by a click, the others from its menu.
    auto* templates = new QMenu(bar);
    const std::pair<reports::ReportDocument::Template, QString> kinds[]
        = { { reports::ReportDocument::Template::StandardKjr, tr("Standard Key Judgement Report") },
              { reports::ReportDocument::Template::RouteAssessment, tr("Route assessment") },
              { reports::ReportDocument::Template::TypologyBrief, tr("Typology brief") } };
    for (const auto& [kind, name] : kinds) {
        templates->addAction(name, this, [this, kind = kind] {
            if (m_context->workspace()) {
                warnIfFailed(m_editor->newReport(kind));
                refreshList();
            }
        });
    }
    QAction* add = bar->addAction(tr("New report"), templates->actions().constFirst(), &QAction::trigger);
    add->setMenu(templates);
    add->setToolTip(tr("A new Key Judgement Report from the standard template; the arrow offers the route "
                       "assessment and typology brief templates"));
    if (auto* button = qobject_cast<QToolButton*>(bar->widgetForAction(add)))
        button->setPopupMode(QToolButton::MenuButtonPopup);
    QAction* draft = bar->addAction(tr("Starter draft from the data"), this, &ReportsPanel::starterDraft);
    draft->setToolTip(tr("A draft for the current filter: leading routes, emerging hotspots and key actors with "
                         "their numbers and evidence, marked as generated for you to rewrite"));
    bar->addWidget(m_open);
    connect(m_open, &QComboBox::activated, this, [this] {
        if (const qint64 id = m_open->currentData().toLongLong())
            warnIfFailed(m_editor->openReport(id));
    });
    connect(m_context, &analysis::AnalysisContext::workspaceChanged, this, &ReportsPanel::refreshList);
    refreshList();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    // On a laptop's 768 pixels the editor may need more height than the tab
    // has: it scrolls (and follows the focus) rather than making the window
    // taller than the screen.
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reportScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the editor's fields, not to the frame around them
    scroll->setWidget(m_editor);
    layout->addWidget(scroll, 1);
}

ReportsPanel::~ReportsPanel()
{
    // The report editor keeps unsaved typing as it closes: let it do so
    // while the workspace is still open.
    delete m_editor;
}

void ReportsPanel::refreshList()
{
    const QSignalBlocker block(m_open);
    m_open->clear();
    m_open->addItem(tr("Open a report…"), 0);
    store::Workspace* ws = m_context->workspace();
    if (!ws)
        return;
    reports::ReportStore store(*ws);
    if (auto list = store.list()) {
        for (const auto& r : list.value())
            m_open->addItem(
                tr("%1 (version %2)%3").arg(r.title).arg(r.version).arg(r.generated ? tr(", generated") : QString()),
                r.id);
    }
}

void ReportsPanel::starterDraft()
{
    store::Workspace* ws = m_context->workspace();
    if (!ws)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Feedback feedback;
    auto doc = reports::StarterDraft::build(*ws, m_context->filter(), feedback, {});
    Result<qint64> id = doc ? reports::ReportStore(*ws).create(doc.value(), tr("Generated starter draft"))
                            : Result<qint64>(doc.error());
    QApplication::restoreOverrideCursor();
    if (!id) {
        warnIfFailed(id.error());
        return;
    }
    warnIfFailed(m_editor->openReport(id.value()));
    refreshList();
}

Status ReportsPanel::openReport(qint64 reportId)
{
    return warnIfFailed(m_editor->openReport(reportId));
}

QString ReportsPanel::citeAccount(const QString& accountKey)
{
    if (m_editor->reportId() <= 0)
        return tr("Open a report in the Reports tab first, and choose the judgement to cite it in.");
    const Status st = m_editor->cite(-1, { { reports::Evidence::Kind::Account, accountKey } });
    return st ? tr("Account %1 cited in the open report.").arg(accountKey) : st.error().toString();
}

Status ReportsPanel::warnIfFailed(Status st)
{
    if (!st)
        Messages::warn(this, tr("Reports"), st.error());
    return st;
}

} // namespace waymark::ui
