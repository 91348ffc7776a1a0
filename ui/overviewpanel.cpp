#include "overviewpanel.h"

#include "analysis/analysiscontext.h"
#include "analysis/workspaceoverview.h"
#include "store/workspace.h"

#include <QTextBrowser>
#include <QVBoxLayout>

namespace waymark::ui {

OverviewPanel::OverviewPanel(analysis::AnalysisContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_text(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("overviewPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text);
    m_text->setOpenLinks(false);
    m_text->setObjectName(QStringLiteral("overviewText"));
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
        if (url.scheme() == QLatin1String("report"))
            if (const qint64 id = url.path().toLongLong(); id > 0)
                Q_EMIT reportChosen(id);
    });
    m_job.onFinished([this](Result<QString> html) {
        m_text->setHtml(html ? html.value() : QStringLiteral("<p>%1</p>").arg(html.error().toString().toHtmlEscaped()));
        Q_EMIT refreshed();
    });
    connect(context, &analysis::AnalysisContext::workspaceChanged, this, &OverviewPanel::refresh);
    connect(context, &analysis::AnalysisContext::dataChanged, this, &OverviewPanel::refresh);
    refresh();
}

void OverviewPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Reports are saved without telling the context: read again when looked at.
    if (m_shownOnce)
        refresh();
    m_shownOnce = true;
}

QString OverviewPanel::html() const
{
    return m_text->toHtml();
}

OverviewPanel::~OverviewPanel() = default;

void OverviewPanel::refresh()
{
    const QString path = m_context->workspacePath();
    if (path.isEmpty()) {
        m_job.discard();
        m_text->setHtml(tr("<p>No workspace is open.</p>"));
        Q_EMIT refreshed();
        return;
    }
    m_job.start([path](Feedback&) -> Result<QString> {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        auto overview = analysis::WorkspaceOverview::load(*ws.value());
        if (!overview)
            return overview.error();
        return QString(QStringLiteral("<h2>%1</h2>").arg(path.toHtmlEscaped()) + overview.value().toHtml());
    });
}

} // namespace waymark::ui
