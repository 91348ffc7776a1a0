#include "searchbox.h"

#include "analysis/analysiscontext.h"
#include "store/workspace.h"

#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace waymark::ui {

using analysis::Search;

namespace {
const Search::Kind allKinds[]
    = { Search::Kind::Entity, Search::Kind::Account, Search::Kind::Report, Search::Kind::Incident };
}

SearchBox::SearchBox(analysis::AnalysisContext* context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_edit(new QLineEdit(this))
    , m_dropDown(new QFrame(this))
    , m_list(new QListWidget(m_dropDown))
    , m_message(new QLabel(m_dropDown))
    , m_pause(new QTimer(this))
{
    setObjectName(QStringLiteral("searchBox"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    // The drop-down lives outside every layout, over the window (placeDropDown).
    m_dropDown->setObjectName(QStringLiteral("searchDropDown"));
    m_dropDown->setFrameShape(QFrame::StyledPanel);
    m_dropDown->setAutoFillBackground(true);
    auto* dropLayout = new QVBoxLayout(m_dropDown);
    dropLayout->setContentsMargins(4, 4, 4, 4);
    dropLayout->addWidget(m_message);
    dropLayout->addWidget(m_list, 1);
    m_dropDown->hide();
    m_edit->installEventFilter(this);
    m_list->installEventFilter(this);
    m_edit->setObjectName(QStringLiteral("searchEdit"));
    m_edit->setAccessibleName(tr("Search"));
    m_edit->setPlaceholderText(tr("Search names, phones, accounts, reports, incidents (\"a phrase\", prefix*)"));
    m_edit->setClearButtonEnabled(true);
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("searchMessage"));
    m_message->hide();
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_list->hide();
    m_pause->setSingleShot(true);
    m_pause->setInterval(200);
    connect(m_edit, &QLineEdit::textChanged, m_pause, qOverload<>(&QTimer::start));
    connect(m_pause, &QTimer::timeout, this, [this] { search(m_edit->text()); });
    connect(m_edit, &QLineEdit::returnPressed, this, [this] {
        // Enter opens the first result once there are results for this text.
        if (!m_pause->isActive() && !isSearching() && m_list->isVisible())
            for (int r = 0; r < m_list->count(); ++r)
                if (m_list->item(r)->data(IdRole).isValid()) {
                    activated(m_list->item(r));
                    return;
                }
        search(m_edit->text());
    });
    connect(m_list, &QListWidget::itemActivated, this, &SearchBox::activated);
    connect(m_list, &QListWidget::itemClicked, this, &SearchBox::activated);
    m_job.onFinished([this](Result<Found> found) { showFound(found); });
    connect(context, &analysis::AnalysisContext::workspaceChanged, this, [this] { search(m_edit->text()); });
}

SearchBox::~SearchBox()
{
    // The drop-down may belong to the window by now.
    delete m_dropDown.data();
}

bool SearchBox::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress: {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Escape && m_dropDown->isVisible()) {
            // Focus first: coming back to the line would open it again.
            m_edit->setFocus();
            m_dropDown->hide();
            return true;
        }
        if (watched == m_edit && key == Qt::Key_Down && !m_dropDown->isVisible())
            placeDropDown();
        if (watched == m_edit && key == Qt::Key_Down && m_list->isVisible() && m_dropDown->isVisible()) {
            m_list->setFocus();
            for (int r = 0; r < m_list->count(); ++r)
                if (m_list->item(r)->data(IdRole).isValid() || m_list->item(r)->data(MoreRole).isValid()) {
                    m_list->setCurrentRow(r);
                    break;
                }
            return true;
        }
        break;
    }
    case QEvent::FocusIn:
        // Back in the line: what it found drops down again.
        if (watched == m_edit && !m_dropDown->isVisible() && !m_edit->text().trimmed().isEmpty())
            placeDropDown();
        break;
    case QEvent::Resize:
    case QEvent::Move:
        if (watched != m_edit && watched != m_list && m_dropDown->isVisible())
            placeDropDown();
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void SearchBox::placeDropDown()
{
    if (!m_list->isVisibleTo(m_dropDown) && !m_message->isVisibleTo(m_dropDown)) {
        m_dropDown->hide();
        return;
    }
    QWidget* host = window();
    if (m_dropDown->parentWidget() != host) {
        if (m_dropDown->parentWidget())
            m_dropDown->parentWidget()->removeEventFilter(this);
        m_dropDown->setParent(host);
        host->installEventFilter(this); // follow the window's size
    }
    QPoint at = m_edit->mapTo(host, QPoint(0, m_edit->height()));
    // At least 480 px wide; near the window's right edge it opens to the left.
    const int width = std::min(std::max(m_edit->width(), 480), host->width());
    at.setX(std::max(0, std::min(at.x(), host->width() - width)));
    const int room = host->height() - at.y() - 8;
    int height = m_dropDown->sizeHint().height();
    if (m_list->isVisibleTo(m_dropDown)) {
        int rows = 2 * m_list->frameWidth();
        for (int r = 0; r < m_list->count(); ++r)
            rows += m_list->sizeHintForRow(r);
        height = rows + m_message->sizeHint().height() * m_message->isVisibleTo(m_dropDown) + 12;
    }
    m_dropDown->setGeometry(
        at.x(), at.y(), width, std::max(0, std::min(height, std::min(room, host->height() * 2 / 3))));
    m_dropDown->show();
    m_dropDown->raise();
}

QString SearchBox::message() const
{
    return m_message->text();
}

void SearchBox::search(const QString& query)
{
    m_pause->stop();
    start(query, true, Search::Kind::Incident, 0);
}

void SearchBox::start(const QString& query, bool all, Search::Kind kind, int offset)
{
    const QString path = m_context->workspacePath();
    if (path.isEmpty() || query.trimmed().isEmpty()) {
        m_job.discard();
        Found none;
        none.query = query;
        showFound(none);
        return;
    }
    m_job.start([path, query, all, kind, offset](Feedback&) -> Result<Found> {
        Found out;
        out.query = query;
        out.kind = kind;
        out.allKinds = all;
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        const QList<Search::Kind> kinds
            = all ? QList<Search::Kind>(std::begin(allKinds), std::end(allKinds)) : QList<Search::Kind> { kind };
        for (Search::Kind k : kinds) {
            auto page = Search::run(*ws.value(), query, k, offset, pageSize);
            if (!page)
                return page.error();
            out.pages.append(page.value());
        }
        return out;
    });
}

void SearchBox::addHit(const Search::Hit& hit, int row)
{
    auto* item = new QListWidgetItem;
    item->setData(KindRole, int(hit.kind));
    item->setData(IdRole, hit.id);
    QString html = QStringLiteral("<b>%1</b>").arg(hit.title.toHtmlEscaped());
    if (!hit.detail.isEmpty())
        html += QStringLiteral(" <span style='color:gray'>%1</span>").arg(hit.detail.toHtmlEscaped());
    if (!hit.snippet.isEmpty() && hit.snippet != hit.title)
        html += QStringLiteral("<br>") + hit.snippetHtml();
    item->setData(HtmlRole, html);
    item->setToolTip(hit.snippet);
    m_list->insertItem(row, item);
    auto* label = new QLabel(html);
    label->setTextFormat(Qt::RichText);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setContentsMargins(4, 2, 4, 2);
    item->setSizeHint(label->sizeHint());
    m_list->setItemWidget(item, label);
}

void SearchBox::showFound(const Result<Found>& result)
{
    if (!result) {
        m_list->clear();
        m_list->hide();
        m_message->setText(result.error().message);
        m_message->show();
        placeDropDown();
        Q_EMIT searched();
        return;
    }
    const Found& found = result.value();
    m_message->clear();
    m_message->hide();
    if (found.allKinds) {
        m_list->clear();
        int kindIndex = 0;
        for (const Search::Page& page : found.pages) {
            const Search::Kind kind = allKinds[kindIndex++];
            if (page.hits.isEmpty())
                continue;
            auto* heading = new QListWidgetItem(Search::kindName(kind), m_list);
            heading->setFlags(Qt::ItemIsEnabled);
            QFont bold = heading->font();
            bold.setBold(true);
            heading->setFont(bold);
            for (const Search::Hit& hit : page.hits)
                addHit(hit, m_list->count());
            if (page.hasMore) {
                auto* more = new QListWidgetItem(tr("More…"), m_list);
                more->setData(MoreRole, int(kind));
            }
        }
        if (m_list->count() == 0)
            new QListWidgetItem(tr("Nothing found for \u201c%1\u201d").arg(found.query), m_list);
    } else if (!found.pages.isEmpty()) {
        // Insert the next page where its "More…" was.
        int row = -1;
        for (int r = 0; r < m_list->count(); ++r)
            if (m_list->item(r)->data(MoreRole).isValid() && m_list->item(r)->data(MoreRole).toInt() == int(found.kind))
                row = r;
        if (row >= 0) {
            delete m_list->takeItem(row);
            for (const Search::Hit& hit : found.pages.first().hits)
                addHit(hit, row++);
            if (found.pages.first().hasMore) {
                auto* more = new QListWidgetItem(tr("More…"));
                more->setData(MoreRole, int(found.kind));
                m_list->insertItem(row, more);
            }
        }
    }
    m_list->setVisible(!found.query.trimmed().isEmpty());
    placeDropDown();
    Q_EMIT searched();
}

void SearchBox::activated(QListWidgetItem* item)
{
    if (!item)
        return;
    if (item->data(MoreRole).isValid()) {
        const auto kind = Search::Kind(item->data(MoreRole).toInt());
        int shown = 0;
        for (int r = 0; r < m_list->count(); ++r)
            if (m_list->item(r)->data(IdRole).isValid() && m_list->item(r)->data(KindRole).toInt() == int(kind))
                ++shown;
        start(m_edit->text(), false, kind, shown);
        return;
    }
    if (!item->data(IdRole).isValid())
        return;
    // The user goes to the result: the drop-down steps aside until the line has focus again.
    m_dropDown->hide();
    Q_EMIT resultChosen(Search::Kind(item->data(KindRole).toInt()), item->data(IdRole).toLongLong());
}

} // namespace waymark::ui
