#pragma once

#include "job.h"

#include <QWidget>

#include <vector>

class QLabel;

namespace waymark::analysis {
class AnalysisContext;
}

namespace waymark::ui {

class AccountsView;

/// The Accounts tab: the tool bar (score, calibrate, edit typologies) over
/// the ranking and account page of an AccountsView, with a line saying
/// which run is shown. The latest stored run is shown when a workspace
/// opens. Accounts whose holder was involved in the shared selection are
/// marked (when the tab is in view, or as it comes into view), and an
/// account opened here selects its holder's incidents; both queries run
/// off the GUI thread.
class AccountsPanel : public QWidget {
    Q_OBJECT
public:
    explicit AccountsPanel(analysis::AnalysisContext* context, QWidget* parent = nullptr);
    ~AccountsPanel() override;

    AccountsView* view() const { return m_view; }
    /// Opens an account's page (a search result); until the stored run has
    /// loaded, it is remembered and opened then.
    void showAccount(qint64 accountId);
    /// Says something in the tab's tool bar (the outcome of citing an account).
    void setStatus(const QString& text);
    QString status() const;
    /// True while the accounts linked to the selection, or the incidents of
    /// the account opened last, are being read.
    bool isLinking() const;

Q_SIGNALS:
    /// "Money flow…" on an account's page.
    void moneyFlowRequested(const QString& accountKey);
    /// "Add to report as evidence" on an account's page.
    void citeRequested(const QString& accountKey);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void markLinkedAccounts();
    void selectIncidentsOf(qint64 accountId);

    analysis::AnalysisContext* m_context;
    AccountsView* m_view;
    QLabel* m_status;
    qint64 m_pendingAccount = 0; ///< an account found by search, opened once the run has loaded
    bool m_linkedStale = false;
    Job<std::vector<qint64>> m_linkedJob { this };
    Job<std::vector<qint64>> m_incidentsJob { this };
};

} // namespace waymark::ui
