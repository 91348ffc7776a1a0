#include "reportfigurepane.h"

#include "analysis/analysiscontext.h"
#include "reports/reportsession.h"

#include <QAction>
#include <QApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace waymark::ui {

ReportFigurePane::ReportFigurePane(analysis::AnalysisContext* context, reports::ReportSession* session, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_session(session)
{
    auto* l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    auto* head = new QHBoxLayout;
    head->addWidget(new QLabel(tr("Figures"), this), 1);
    auto* insert = new QToolButton(this);
    insert->setText(tr("Insert figure ▸"));
    insert->setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; }"));
    insert->setPopupMode(QToolButton::InstantPopup);
    insert->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(insert);
    for (const auto& [kind, key] : { std::pair { "map", Qt::Key_M }, std::pair { "graph", Qt::Key_L },
             std::pair { "timeline", Qt::Key_T }, std::pair { "chart", Qt::Key_B } }) {
        const QString k = QLatin1String(kind);
        QAction* a = menu->addAction(FigureMaker::kindTitle(k));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | key));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tr("Insert the current %1 at print resolution, captioned with its filter and data date")
                          .arg(FigureMaker::kindTitle(k).toLower()));
        connect(a, &QAction::triggered, this, [this, k] { drawing([this, k] { return insertFigure(k); }); });
        m_insertActions << a;
    }
    insert->setMenu(menu);
    auto* refresh = new QPushButton(tr("Refresh figure"), this);
    refresh->setToolTip(tr("Draw the figure again from today's data with the filter and view it was made with"));
    auto* remove = new QPushButton(tr("Remove figure"), this);
    head->addWidget(insert);
    head->addWidget(refresh);
    head->addWidget(remove);
    l->addLayout(head);
    m_figures = new QListWidget(this);
    m_figures->setAccessibleName(tr("Figures"));
    m_figures->setIconSize(QSize(120, 80));
    m_figures->setMinimumHeight(90);
    m_figures->setWordWrap(true);
    l->addWidget(m_figures, 1);
    auto* captionRow = new QFormLayout;
    m_caption = new QLineEdit(this);
    m_caption->setPlaceholderText(tr("Caption of the selected figure"));
    captionRow->addRow(tr("Caption"), m_caption);
    l->addLayout(captionRow);
    connect(m_figures, &QListWidget::currentRowChanged, this, &ReportFigurePane::showCaption);
    connect(m_caption, &QLineEdit::textEdited, this,
        [this](const QString& text) { m_session->setFigureCaption(m_figures->currentRow(), text); });
    connect(refresh, &QPushButton::clicked, this, [this] {
        if (const int row = m_figures->currentRow(); row >= 0)
            drawing([this, row] { return refreshFigure(row); });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (Status st = removeFigure(m_figures->currentRow()); !st)
            Q_EMIT message(st.error().toString());
    });

    connect(m_session, &reports::ReportSession::documentReset, this, [this] { refreshList(-1); });
    connect(m_session, &reports::ReportSession::figureAdded, this, [this](int index) { refreshList(index); });
    connect(m_session, &reports::ReportSession::figureRemoved, this, [this](int index) { refreshList(index - 1); });
    connect(m_session, &reports::ReportSession::figureChanged, this, &ReportFigurePane::showItem);
}

void ReportFigurePane::drawing(const std::function<Status()>& draw)
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = draw();
    QApplication::restoreOverrideCursor();
    if (!st)
        Q_EMIT message(st.error().toString());
}

void ReportFigurePane::refreshList(int current)
{
    {
        const QSignalBlocker block(m_figures);
        m_figures->clear();
        for (size_t i = 0; i < m_session->document().figures.size(); ++i) {
            new QListWidgetItem(m_figures);
            showItem(int(i));
        }
    }
    const int count = m_figures->count();
    m_figures->setCurrentRow(count == 0 ? -1 : std::clamp(current, 0, count - 1));
    showCaption(m_figures->currentRow());
}

void ReportFigurePane::showItem(int index)
{
    QListWidgetItem* item = m_figures->item(index);
    if (!item)
        return;
    const reports::ReportDocument& doc = m_session->document();
    const reports::Figure& f = doc.figures[size_t(index)];
    QString text = tr("Figure %1 · %2: %3\n%4 · data as of %5")
                       .arg(index + 1)
                       .arg(FigureMaker::kindTitle(f.kind), f.caption, f.filter, f.dataDate);
    if (f.stale)
        text += QStringLiteral("\n") + tr("⚠ The data has changed since this was drawn: Refresh figure");
    item->setText(text);
    const QImage image = QImage::fromData(doc.images.value(f.imageSha));
    item->setIcon(image.isNull() ? QIcon()
                                 : QIcon(QPixmap::fromImage(image.scaled(
                                     m_figures->iconSize() * 2, Qt::KeepAspectRatio, Qt::SmoothTransformation))));
    item->setForeground(f.stale ? QColor(0xa0, 0x30, 0) : m_figures->palette().color(QPalette::Text));
    item->setToolTip(f.stale
            ? tr("Drawn from: %1\nThe workspace now holds: %2").arg(f.fingerprint, m_session->fingerprintNow())
            : QString());
    if (index == m_figures->currentRow())
        showCaption(index);
}

void ReportFigurePane::showCaption(int row)
{
    const auto& figures = m_session->document().figures;
    const bool valid = row >= 0 && row < int(figures.size());
    m_caption->setEnabled(valid);
    // What is typed stays where it is; only a caption changed elsewhere (undo) is shown again.
    const QString caption = valid ? figures[size_t(row)].caption : QString();
    if (m_caption->text() != caption)
        m_caption->setText(caption);
}

Status ReportFigurePane::insertFigure(const QString& kind)
{
    if (!m_context || !m_context->workspace())
        return Error(tr("Open a workspace first."));
    if (m_session->reportId() <= 0)
        return Error(tr("Open or start a report first."));
    FigureMaker::Request request { kind, m_context->filter(), {} };
    if (m_figureSource) {
        auto current = m_figureSource(kind);
        if (!current)
            return current.error();
        request = current.value();
    }
    auto made = FigureMaker::make(m_context->workspacePath(), request);
    if (!made)
        return made.error();
    m_session->insertFigure(made->png, made->figure);
    Q_EMIT message(tr("Inserted figure %1: %2.").arg(m_session->document().figures.size()).arg(made->figure.caption));
    return Ok {};
}

Status ReportFigurePane::refreshFigure(int index)
{
    if (!m_context || !m_context->workspace())
        return Error(tr("Open a workspace first."));
    if (index < 0 || index >= int(m_session->document().figures.size()))
        return Error(tr("No such figure."));
    auto made = FigureMaker::remake(m_context->workspacePath(), m_session->document().figures[size_t(index)]);
    if (!made)
        return made.error();
    m_session->refreshFigure(index, made->png, made->figure);
    Q_EMIT message(tr("Figure %1 drawn again from the data as of %2.").arg(index + 1).arg(made->figure.dataDate));
    return Ok {};
}

Status ReportFigurePane::removeFigure(int index)
{
    if (index < 0 || index >= int(m_session->document().figures.size()))
        return Error(tr("Choose a figure first."));
    m_session->removeFigure(index);
    return Ok {};
}

} // namespace waymark::ui
