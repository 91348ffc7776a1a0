#include "overviewpanel.h"

#include "analysis/analysiscontext.h"
#include "analysis/workspaceoverview.h"
#include "store/workspace.h"

#include <QTextBrowser>
#include <QVBoxLayout>
#include <QtConcurrent>

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
    connect(&m_watcher, &QFutureWatcher<std::pair<quint64, QString>>::finished, this, [this] {
        const auto [generation, html] = m_watcher.result();
        if (generation != m_generation)
            return;
        m_text->setHtml(html);
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

OverviewPanel::~OverviewPanel()
{
    m_watcher.waitForFinished();
}

void OverviewPanel::refresh()
{
    const quint64 generation = ++m_generation;
    const QString path = m_context->workspacePath();
    if (path.isEmpty()) {
        m_text->setHtml(tr("<p>No workspace is open.</p>"));
        Q_EMIT refreshed();
        return;
    }
    m_watcher.setFuture(QtConcurrent::run([path, generation]() -> std::pair<quint64, QString> {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return { generation, QStringLiteral("<p>%1</p>").arg(ws.error().toString().toHtmlEscaped()) };
        auto overview = analysis::WorkspaceOverview::load(*ws.value());
        if (!overview)
            return { generation, QStringLiteral("<p>%1</p>").arg(overview.error().toString().toHtmlEscaped()) };
        return { generation, QStringLiteral("<h2>%1</h2>").arg(path.toHtmlEscaped()) + overview.value().toHtml() };
    }));
}

} // namespace waymark::ui
