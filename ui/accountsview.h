#pragma once

#include "finance/typology.h"
#include <QFutureWatcher>
#include <QString>

#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace waymark::finance {
class Scorer;
}

namespace waymark::ui {

/// Bank accounts ranked by the chance that their holder is a trafficker:
/// a table with a text filter, a threshold slider that says how many alerts
/// it would raise (and how many true cases the scores expect among them),
/// and an account page with the transaction timeline (QCustomPlot; red
/// marks on the transactions behind indicator hits) and the score's
/// explanation. Scoring runs off the GUI thread on a connection of its own.
class AccountsView : public QWidget {
    Q_OBJECT
public:
    explicit AccountsView(QWidget* parent = nullptr);
    ~AccountsView() override;

    /// Scores the workspace's accounts with the built-in typologies (in the
    /// background; scoresReady() when done). The run is stored in the workspace.
    void score(const QString& workspacePath);
    /// Scores synchronously (for tests and the command line's equivalent).
    bool scoreNow(const QString& workspacePath);

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
    QString explanation() const;
    /// Transactions marked as indicator hits on the current timeline.
    int markedTransactions() const;

Q_SIGNALS:
    void scoresReady();
    /// "Money flow…" on an account's page; when nothing listens, a window opens instead.
    void moneyFlowRequested(const QString& accountKey);
    void failed(const QString& message);

private:
    struct Row {
        qint64 accountId;
        QString key;
        double probability;
        QString leading;
    };
    struct Outcome {
        std::vector<Row> rows;
        std::vector<finance::Typology> typologies;
        QString error;
    };
    static Outcome compute(const QString& path);
    void take(Outcome outcome);
    void updateThreshold();
    void openAccount(qint64 accountId);

    QString m_path;
    std::vector<Row> m_rows; ///< highest first
    std::unique_ptr<finance::Scorer> m_scorer;
    QFutureWatcher<Outcome>* m_watcher;
    QStandardItemModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_table;
    QLineEdit* m_filter;
    QSlider* m_slider;
    QLabel* m_thresholdLabel;
    QCustomPlot* m_plot;
    QPlainTextEdit* m_explanation;
    int m_marked = 0;
    QPushButton* m_moneyFlow = nullptr;
    QString m_currentKey;
};

} // namespace waymark::ui
