#pragma once

#include "finance/accountledger.h"
#include "finance/accountranking.h"
#include "finance/scorepresentation.h"
#include "finance/scorer.h"
#include "finance/typology.h"

#include "job.h"

#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSlider;
class QStackedWidget;
class QSortFilterProxyModel;
class QTableView;

namespace waymark::store {
class Workspace;
}

namespace waymark::ui {

/// Bank accounts ranked by the chance that their holder is a trafficker:
/// a table with a text filter, a threshold slider that says how many alerts
/// it would raise (and how many true cases the scores expect among them),
/// and an account page with the transaction timeline (QCustomPlot; red
/// marks on the transactions behind indicator hits) and the score's
/// explanation. Scoring runs off the GUI thread on a connection of its own.
/// Ranked rows can be dragged onto a report's judgement, and the account
/// page adds its account to the open report as evidence.
class AccountsView : public QWidget {
    Q_OBJECT
public:
    explicit AccountsView(QWidget* parent = nullptr);
    ~AccountsView() override;

    /// Scores the workspace's accounts with the built-in typologies (in the
    /// background; scoresReady() when done). The run is stored in the workspace.
    void score(const QString& workspacePath);
    /// Stops a background run; the list keeps what it showed.
    void cancelScoring();
    bool isScoring() const;
    /// Scores synchronously (for tests and the command line's equivalent).
    bool scoreNow(const QString& workspacePath);
    /// Shows the workspace's latest stored run (in the background;
    /// scoresReady() when done), or an empty list when it has none.
    void load(const QString& workspacePath);
    /// The same, synchronously (for tests).
    bool loadNow(const QString& workspacePath);
    /// Which run the list shows, in words.
    QString runText() const;

    int accountCount() const;
    /// Threshold in percent (0–100) for alerts.
    void setThreshold(int percent);
    int threshold() const;
    /// Accounts at or above the threshold.
    int alertCount() const;
    /// Sum of the probabilities of those accounts: the true cases to expect.
    double expectedTrueAlerts() const;
    QString thresholdText() const;
    /// Opens the account page of a ranked row (0 = highest); false if none.
    bool showAccount(int rank);
    /// Selects the account with this workspace id in the list and opens its
    /// page; false when the shown run did not score it.
    bool showAccountId(qint64 accountId);
    QString explanation() const;
    /// True while the account page opened last is read in the background.
    bool isLoadingAccount() const;
    /// Transactions marked as indicator hits on the current timeline.
    int markedTransactions() const;
    /// Marks the accounts linked to the shared selection (sorted ids): their
    /// rows are highlighted, now and after the next scoring.
    void setLinked(std::vector<qint64> accountIds);
    const std::vector<qint64>& linked() const { return m_ranking->linked(); }
    /// Rows of the table drawn as linked.
    int linkedRowCount() const;

    /// The ranking the table shows (through a sorting, filtering proxy).
    finance::AccountRanking* ranking() const { return m_ranking; }
    QSortFilterProxyModel* proxy() const { return m_proxy; }
    /// The table of ranked accounts (for Export CSV…).
    QTableView* table() const { return m_table; }

    /// The account shown on the account page ("" if none).
    QString currentAccountKey() const { return m_currentKey; }

Q_SIGNALS:
    void scoresReady();
    /// "Money flow…" on an account's page; when nothing listens, a window opens instead.
    void moneyFlowRequested(const QString& accountKey);
    void failed(const QString& message);
    /// The user opened an account's page from the table.
    void accountChosen(qint64 accountId);
    /// "Add to report as evidence" on the account page: cite it in the open report.
    void addAsEvidence(const QString& accountKey);

private:
    struct Outcome {
        std::vector<finance::AccountRanking::Row> rows;
        std::vector<finance::Typology> typologies;
        finance::ScorePresentation presentation;
        QString runText;
        qint64 runId = 0; ///< the stored run shown (0: none)
    };
    /// What the account page shows, read and scored off the GUI thread.
    struct AccountPage {
        finance::AccountLedger ledger;
        finance::AccountScore score;
        QString explanation;
    };
    static Result<Outcome> compute(const QString& path, Feedback* feedback);
    static Result<Outcome> loadStored(const QString& path);
    /// Built-in typology upgrades to come and edits kept over a newer built-in, in words.
    static QString typologyNotes(store::Workspace& ws, bool scoredNow);
    void take(Result<Outcome> outcome);
    void showAccountPage(Result<AccountPage> page);
    void updateThreshold();
    void openAccount(qint64 accountId);

    QString m_path;
    /// Shared with the account page's worker.
    std::shared_ptr<const finance::Scorer> m_scorer;
    qint64 m_runId = 0;
    finance::AccountRanking* m_ranking;
    std::shared_ptr<const finance::ScorePresentation> m_presentation;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QSlider* m_slider;
    QLabel* m_thresholdLabel;
    QCustomPlot* m_plot;
    QPlainTextEdit* m_explanation;
    int m_marked = 0;
    QPushButton* m_moneyFlow = nullptr;
    QPushButton* m_addAsEvidence = nullptr;
    QString m_currentKey;
    QString m_runText;
    QWidget* m_progressRow = nullptr;
    QProgressBar* m_progress = nullptr;
    QStackedWidget* m_plotStack = nullptr; ///< a hint until an account is open, then the plot
    Job<Outcome> m_job { this }; ///< a scoring run, or reading the stored one
    Job<AccountPage> m_accountJob { this };
};

} // namespace waymark::ui
