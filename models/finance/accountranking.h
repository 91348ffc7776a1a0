#pragma once

#include "finance/scorepresentation.h"

#include <QAbstractTableModel>
#include <QBrush>
#include <QString>

#include <vector>

namespace waymark::finance {

/// Bank accounts ranked by their typology results, as a table: rank,
/// account, value, yardstick term or kind, leading typology, holder. A
/// value is an uncalibrated score (0–100, no yardstick term) or, where the
/// typology has a calibration, a calibrated probability with its term
/// (finance::ScorePresentation decides which). Fed from a score run's
/// results (a fresh run or the stored one); the rows are kept highest first. SortRole gives each column's
/// value to sort on (numbers for the rank and the probability), and
/// accounts linked to the shared selection are tinted and say why.
///
/// Every word the Accounts tab shows about an account's row is written
/// here, so a change of wording (score or calibrated probability) is made
/// in one place.
class AccountRanking : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Rank, Account, Value, Kind, Leading, Holder, ColumnCount };
    enum Role {
        AccountIdRole = Qt::UserRole, ///< qint64, on every column
        SortRole, ///< the value to sort the column on
        LinkedRole, ///< bool: the holder was involved in the selected incidents
    };
    /// One scored account of a run.
    struct Row {
        qint64 accountId = 0;
        QString key;
        AccountVerdict verdict; ///< score or calibrated probability
        QString leading; ///< the leading typology's name
        QString holder; ///< the holder's name, where the data has one
    };

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

    /// The header of the value column ("Score (uncalibrated, 0–100)"…).
    void setValueHeader(const QString& header);
    /// Accounts at or above a threshold in [0, 1] (a calibrated probability,
    /// or a score / 100 where uncalibrated).
    int alertCount(double threshold) const;
    /// Sum of the calibrated probabilities of those accounts: the true cases
    /// to expect among them. A score adds nothing: it is not a probability.
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
    QString m_valueHeader;
};

} // namespace waymark::finance
