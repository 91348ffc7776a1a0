#pragma once

#include "finance/scorerun.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QString>

#include <vector>

namespace waymark::finance {

/// Bank accounts ranked by the chance that their holder is a trafficker,
/// as a table: rank, account, probability, yardstick term, leading
/// typology. Fed from a score run's results (a fresh run or the stored
/// one); the rows are kept highest first. SortRole gives each column's
/// value to sort on (numbers for the rank and the probability), and
/// accounts linked to the shared selection are tinted and say why.
///
/// Every word the Accounts tab shows about an account's row is written
/// here, so a change of wording (score or calibrated probability) is made
/// in one place.
class AccountRanking : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Account, Probability, Term, Leading, ColumnCount };
    enum Role {
        AccountIdRole = Qt::UserRole, ///< qint64, on every column
        SortRole, ///< the value to sort the column on
        LinkedRole, ///< bool: the holder was involved in the selected incidents
    };
    /// One scored account of a run, as a stored run lists it.
    using Row = ScoreRun::Stored::Row;

    explicit AccountRanking(QObject* parent = nullptr);

    /// Replaces the ranking with a run's scored accounts (in any order;
    /// ranked here, highest probability first, ties kept in their order).
    void setRows(std::vector<Row> rows);
    /// The rows, highest first: row r has rank r + 1.
    const std::vector<Row>& rows() const { return m_rows; }
    /// Row of an account, or -1.
    int rowOf(qint64 accountId) const;

    /// Marks the accounts (sorted ids) whose holder was involved in the
    /// selected incidents; it holds for the next setRows() too.
    void setLinked(std::vector<qint64> accountIds);
    const std::vector<qint64>& linked() const { return m_linked; }
    bool isLinked(int row) const;
    /// Rows whose account is linked.
    int linkedRowCount() const;
    /// The tint of linked rows (the view's highlight, faded).
    void setLinkedBrush(const QBrush& brush);

    /// Accounts at or above a probability threshold in [0, 1].
    int alertCount(double threshold) const;
    /// Sum of the probabilities of those accounts: the true cases to expect.
    double expectedTrueAlerts(double threshold) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Row& row, int rowIndex, int column) const;
    QString toolTip(const Row& row, int rowIndex, int column) const;

    std::vector<Row> m_rows;
    std::vector<qint64> m_linked;
    QBrush m_linkedBrush;
};

} // namespace waymark::finance
