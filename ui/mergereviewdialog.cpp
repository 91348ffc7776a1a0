#include "mergereviewdialog.h"

#include "analysis/analysiscontext.h"
#include "network/entitygraph.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

namespace waymark::ui {

/// One decision on a suggested merge: redo records it (again), undo takes it back.
class MergeDecision : public QUndoCommand {
public:
    MergeDecision(MergeReviewDialog* dialog, network::MergeSuggestion s, bool accept)
        : m_dialog(dialog)
        , m_suggestion(std::move(s))
        , m_accept(accept)
    {
        setText(accept ? MergeReviewDialog::tr("Merge %1 into %2")
                             .arg(dialog->nameOf(m_suggestion.merge), dialog->nameOf(m_suggestion.keep))
                       : MergeReviewDialog::tr("Keep %1 and %2 apart")
                             .arg(dialog->nameOf(m_suggestion.merge), dialog->nameOf(m_suggestion.keep)));
    }
    void redo() override
    {
        store::Workspace* ws = m_dialog->m_context->workspace();
        if (!ws)
            return;
        const auto id = m_accept ? network::EntityResolution::accept(*ws, m_suggestion)
                                 : network::EntityResolution::reject(*ws, m_suggestion);
        m_id = id ? id.value() : 0;
        m_dialog->m_lastOk = bool(id);
        setObsolete(!id); // a decision that could not be recorded is not kept on the stack
        m_dialog->report(id ? text() : id.error().toString());
        m_dialog->refresh();
        if (id && m_accept)
            Q_EMIT m_dialog->mergesChanged();
    }
    void undo() override
    {
        store::Workspace* ws = m_dialog->m_context->workspace();
        if (!ws || m_id == 0)
            return;
        const Status st = network::EntityResolution::undo(*ws, m_id);
        m_dialog->report(st ? MergeReviewDialog::tr("Undone: %1").arg(text()) : st.error().toString());
        m_id = 0;
        m_dialog->refresh();
        if (st && m_accept)
            Q_EMIT m_dialog->mergesChanged();
    }

private:
    MergeReviewDialog* m_dialog;
    network::MergeSuggestion m_suggestion;
    bool m_accept;
    qint64 m_id = 0;
};

MergeReviewDialog::MergeReviewDialog(
    analysis::AnalysisContext* context, const network::EntityGraph* names, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_names(names)
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("mergeReviewDialog"));
    setWindowTitle(tr("Review suggested merges"));
    resize(900, 520);
    auto* intro = new QLabel(tr("Records that are likely the same person, phone, e-mail or account. Accepting a merge "
                                "deletes nothing: every source of both records stays, and it can be undone."),
        this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("mergeSuggestions"));
    m_table->setHorizontalHeaderLabels({ tr("Score"), tr("Keep"), tr("Merge into it"), tr("Why") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; the arrows move between suggestions
    m_table->setAccessibleName(tr("Suggested merges"));
    m_table->setAccessibleDescription(tr("One suggestion a row: its score, the record kept, the record merged into "
                                         "it and why; choose one, then Accept or Reject"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("mergeMessage"));
    m_message->setWordWrap(true);
    m_accept = new QPushButton(tr("&Accept merge"), this);
    m_accept->setObjectName(QStringLiteral("acceptMerge"));
    m_accept->setToolTip(tr("Merge the chosen pair: both records' sources are kept, and it can be undone"));
    m_reject = new QPushButton(tr("&Reject"), this);
    m_reject->setObjectName(QStringLiteral("rejectMerge"));
    m_reject->setToolTip(tr("Mark the chosen pair as different: it is not suggested again"));
    auto* undo = new QPushButton(tr("&Undo"), this);
    undo->setObjectName(QStringLiteral("undoMerge"));
    auto* redo = new QPushButton(tr("Re&do"), this);
    redo->setObjectName(QStringLiteral("redoMerge"));
    undo->setAccessibleDescription(tr("Undo the last merge or rejection"));
    redo->setAccessibleDescription(tr("Redo what was undone"));
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(m_undo, &QUndoStack::canUndoChanged, undo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::canRedoChanged, redo, &QPushButton::setEnabled);
    connect(m_undo, &QUndoStack::undoTextChanged, undo,
        [undo](const QString& text) { undo->setToolTip(text.isEmpty() ? QString() : tr("Undo: %1").arg(text)); });
    connect(undo, &QPushButton::clicked, m_undo, &QUndoStack::undo);
    connect(redo, &QPushButton::clicked, m_undo, &QUndoStack::redo);
    auto current = [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        return rows.isEmpty() ? -1 : rows.front().row();
    };
    connect(m_accept, &QPushButton::clicked, this, [this, current] { decide(current(), true); });
    connect(m_reject, &QPushButton::clicked, this, [this, current] { decide(current(), false); });
    auto enable = [this, current] {
        m_accept->setEnabled(current() >= 0);
        m_reject->setEnabled(current() >= 0);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, enable);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addSpacing(20);
    buttons->addWidget(undo);
    buttons->addWidget(redo);
    buttons->addStretch(1);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::close);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    refresh();
    enable();
}

MergeReviewDialog::~MergeReviewDialog() = default;

QString MergeReviewDialog::nameOf(qint64 entityId) const
{
    const int v = m_names ? m_names->indexOf(entityId) : -1;
    if (v < 0)
        return tr("entity %1").arg(entityId);
    const network::EntityNode& n = m_names->nodes()[size_t(v)];
    return tr("%1 (%2)").arg(n.label, n.type);
}

void MergeReviewDialog::report(const QString& text)
{
    m_message->setText(text);
}

QString MergeReviewDialog::message() const
{
    return m_message->text();
}

void MergeReviewDialog::refresh()
{
    m_suggestions.clear();
    m_table->setRowCount(0);
    store::Workspace* ws = m_context->workspace();
    if (!ws)
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto found = network::EntityResolution::suggest(*ws);
    QApplication::restoreOverrideCursor();
    if (!found) {
        report(found.error().toString());
        return;
    }
    m_suggestions = std::move(found.value());
    m_table->setRowCount(int(m_suggestions.size()));
    const QLocale locale;
    for (int r = 0; r < int(m_suggestions.size()); ++r) {
        const network::MergeSuggestion& s = m_suggestions[size_t(r)];
        auto* score = new QTableWidgetItem(locale.toString(s.score, 'f', 2));
        score->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 0, score);
        m_table->setItem(r, 1, new QTableWidgetItem(nameOf(s.keep)));
        m_table->setItem(r, 2, new QTableWidgetItem(nameOf(s.merge)));
        auto* why = new QTableWidgetItem(s.reasons.join(QStringLiteral("; ")));
        why->setToolTip(s.reasons.join(QLatin1Char('\n')));
        m_table->setItem(r, 3, why);
    }
    m_table->resizeColumnsToContents();
    if (m_suggestions.empty())
        m_table->setToolTip(tr("No likely duplicates left to review."));
}

bool MergeReviewDialog::decide(int row, bool accept)
{
    if (row < 0 || row >= int(m_suggestions.size())) {
        report(tr("Choose a suggestion in the list first."));
        return false;
    }
    m_lastOk = false;
    m_undo->push(new MergeDecision(this, m_suggestions[size_t(row)], accept)); // redo() records it now
    return m_lastOk;
}

} // namespace waymark::ui
