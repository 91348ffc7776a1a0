#pragma once

#include "job.h"

#include <QWidget>

class QTextBrowser;

namespace waymark::analysis {
class AnalysisContext;
}

namespace waymark::ui {

/// The workspace overview shown on open: counts, date span, sources and
/// grades, and every extract with its SHA-256 (analysis::WorkspaceOverview),
/// read on a worker thread when the workspace or its data change and when
/// the panel is shown; the reports edited last are links that open them.
class OverviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit OverviewPanel(analysis::AnalysisContext* context, QWidget* parent = nullptr);
    ~OverviewPanel() override;

    /// The page as shown (HTML).
    QString html() const;
    /// Reads the overview again on a worker thread (its own connection).
    void refresh();
    /// Refreshes if the workspace or its data changed while it was not on
    /// screen (a panel behind another dock's tab counts nothing).
    void refreshIfStale();
    bool isLoading() const { return m_job.isRunning(); }

Q_SIGNALS:
    void refreshed();
    /// A report of "Reports last edited" was clicked.
    void reportChosen(qint64 reportId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void load();

private:
    analysis::AnalysisContext* m_context;
    QTextBrowser* m_text;
    bool m_shownOnce = false;
    bool m_stale = false; ///< the workspace or its data changed while hidden
    Job<QString> m_job { this };
};

} // namespace waymark::ui
