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
