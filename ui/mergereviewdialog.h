#pragma once

#include "network/entityresolution.h"

#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace waymark::analysis {
class AnalysisContext;
}
namespace waymark::network {
class EntityGraph;
}

namespace waymark::ui {

/// The suggested merges of likely duplicate entities, best first, each with
/// its score and reasons; the analyst accepts or rejects each. Every
/// decision is recorded in the workspace (a merge deletes nothing) and is
/// one step on the dialog's undo stack: undo takes the decision back.
class MergeReviewDialog : public QDialog {
    Q_OBJECT
public:
    /// `names` gives the entities' labels (the link chart's graph).
    MergeReviewDialog(analysis::AnalysisContext* context, const network::EntityGraph* names, QWidget* parent = nullptr);
    ~MergeReviewDialog() override;

    /// Reads the suggestions again from the workspace.
    void refresh();
    int suggestionCount() const { return int(m_suggestions.size()); }
    const std::vector<network::MergeSuggestion>& suggestions() const { return m_suggestions; }
    /// Accepts or rejects the suggestion in a row (one undo step); false with the reason shown if it failed.
    bool decide(int row, bool accept);
    QUndoStack* undoStack() const { return m_undo; }
    QString message() const;

Q_SIGNALS:
    /// A merge was accepted or taken back: the link graph changed.
    void mergesChanged();

private:
    friend class MergeDecision;
    QString nameOf(qint64 entityId) const;
    void report(const QString& text);

    analysis::AnalysisContext* m_context;
    const network::EntityGraph* m_names;
    std::vector<network::MergeSuggestion> m_suggestions;
    QTableWidget* m_table;
    QLabel* m_message;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QUndoStack* m_undo;
    bool m_lastOk = false;
};

} // namespace waymark::ui
