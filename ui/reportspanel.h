#pragma once

#include "core/result.h"

#include <QWidget>

class QComboBox;

namespace waymark::analysis {
class AnalysisContext;
}

namespace waymark::ui {

class ReportEditor;

/// The Reports tab: a tool bar to start a report (from a template, or a
/// starter draft from the data under the filter) or open one of the
/// workspace's, over the report editor.
class ReportsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ReportsPanel(analysis::AnalysisContext* context, QWidget* parent = nullptr);
    ~ReportsPanel() override;

    ReportEditor* editor() const { return m_editor; }
    /// Opens a report in the editor; errors go to a message box (and are returned).
    Status openReport(qint64 reportId);
    /// Cites an account in the current judgement of the open report; says what happened, in words.
    QString citeAccount(const QString& accountKey);

private:
    void refreshList();
    void starterDraft();
    /// Shows an error in a message box; passes the status on.
    Status warnIfFailed(Status st);

    analysis::AnalysisContext* m_context;
    ReportEditor* m_editor;
    QComboBox* m_open;
};

} // namespace waymark::ui
