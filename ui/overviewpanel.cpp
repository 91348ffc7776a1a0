#include "overviewpanel.h"

#include "onscreen.h"

#include "analysis/analysiscontext.h"
#include "analysis/workspaceoverview.h"
#include "store/workspace.h"

#include <QMimeData>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocumentFragment>
#include <QVBoxLayout>

namespace waymark::ui {

namespace {

/// The overview's text: a hash is shown in groups of 16 digits (so a narrow
/// panel wraps between them) but copied as the raw value. The grouped text
/// carries the raw hash as its title (WorkspaceOverview::toHtml()).
class OverviewText : public QTextBrowser {
public:
    using QTextBrowser::QTextBrowser;

protected:
    QMimeData* createMimeDataFromSelection() const override
    {
        const QTextCursor cursor = textCursor();
        QString text = cursor.selection().toPlainText();
        const int from = cursor.selectionStart();
        const int to = cursor.selectionEnd();
        int searchFrom = 0;
        for (QTextBlock b = document()->findBlock(from); b.isValid() && b.position() <= to; b = b.next()) {
            for (auto it = b.begin(); !it.atEnd(); ++it) {
                const QTextFragment f = it.fragment();
                const QString raw = f.charFormat().toolTip();
                if (raw.isEmpty() || QString(f.text()).remove(QLatin1Char(' ')) != raw)
                    continue;
                const int start = std::max(from, f.position());
                const int end = std::min(to, f.position() + f.length());
                if (start >= end)
                    continue;
                const QString shown = f.text().mid(start - f.position(), end - start);
                const int at = text.indexOf(shown, searchFrom);
                if (at < 0)
                    continue;
                const QString copied = QString(shown).remove(QLatin1Char(' '));
                text.replace(at, shown.size(), copied);
                searchFrom = at + int(copied.size());
            }
        }
        auto* data = new QMimeData;
        data->setText(text);
        return data;
    }
};

} // namespace

OverviewPanel::OverviewPanel(analysis::AnalysisContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_text(new OverviewText(this))
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

void OverviewPanel::refreshIfStale()
{
    if (m_stale)
        load();
}

void OverviewPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Reports are saved without telling the context: read again when looked at.
    if (m_shownOnce || m_stale)
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
    // Its counts take seconds of a core at a million incidents, which a
    // start-up's visible views need: a panel behind another tab counts
    // when it comes into view.
    if (!isOnScreen(this)) {
        m_job.discard();
        m_stale = true;
        return;
    }
    load();
}

void OverviewPanel::load()
{
    m_stale = false;
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
