#include "accountranking.h"

#include <algorithm>

namespace waymark::finance {

AccountRanking::AccountRanking(QObject* parent)
    : QAbstractTableModel(parent)
    , m_linkedBrush(QColor(48, 140, 198, 60))
{
}

void AccountRanking::setRows(std::vector<Row> rows)
{
    std::stable_sort(
        rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.verdict.sortKey() > b.verdict.sortKey(); });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int AccountRanking::rowOf(qint64 accountId) const
{
    const auto it
        = std::find_if(m_rows.begin(), m_rows.end(), [accountId](const Row& r) { return r.accountId == accountId; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

void AccountRanking::setLinked(std::vector<qint64> accountIds)
{
    m_linked = std::move(accountIds);
    if (!m_rows.empty())
        Q_EMIT dataChanged(
            index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::BackgroundRole, Qt::ToolTipRole, LinkedRole });
}

bool AccountRanking::isLinked(int row) const
{
    return row >= 0 && row < rowCount()
        && std::binary_search(m_linked.begin(), m_linked.end(), m_rows[size_t(row)].accountId);
}

int AccountRanking::linkedRowCount() const
{
    int n = 0;
    for (int r = 0; r < rowCount(); ++r)
        n += isLinked(r);
    return n;
}

void AccountRanking::setLinkedBrush(const QBrush& brush)
{
    m_linkedBrush = brush;
    if (!m_rows.empty() && !m_linked.empty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::BackgroundRole });
}

void AccountRanking::setValueHeader(const QString& header)
{
    m_valueHeader = header;
    Q_EMIT headerDataChanged(Qt::Horizontal, Value, Value);
}

int AccountRanking::alertCount(double threshold) const
{
    return int(std::count_if(
        m_rows.begin(), m_rows.end(), [threshold](const Row& r) { return r.verdict.sortKey() >= threshold; }));
}

double AccountRanking::expectedTrueAlerts(double threshold) const
{
    double sum = 0;
    for (const Row& r : m_rows)
        sum += r.verdict.calibrated() && r.verdict.probability >= threshold ? r.verdict.probability : 0;
    return sum;
}

int AccountRanking::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AccountRanking::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountRanking::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.parent().isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const Row& row = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.row(), index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Rank || index.column() == Value ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter))
                                                                 : QVariant();
    case Qt::BackgroundRole:
        return isLinked(index.row()) ? QVariant(m_linkedBrush) : QVariant();
    case AccountIdRole:
        return row.accountId;
    case SortRole:
        switch (index.column()) {
        case Rank:
            return index.row() + 1;
        case Value:
        case Kind:
            return row.verdict.sortKey();
        default:
            return display(row, index.row(), index.column());
        }
    case LinkedRole:
        return isLinked(index.row());
    default:
        return {};
    }
}

QVariant AccountRanking::display(const Row& row, int rowIndex, int column) const
{
    switch (column) {
    case Rank:
        return rowIndex + 1;
    case Account:
        return row.key;
    case Value:
        return row.verdict.valueText();
    case Kind:
        return row.verdict.calibrated() ? row.verdict.yardstick() : row.verdict.kindText();
    case Leading:
        return row.leading;
    case Holder:
        return row.holder;
    default:
        return {};
    }
}

QString AccountRanking::toolTip(const Row& row, int rowIndex, int column) const
{
    QString tip;
    switch (column) {
    case Value:
    case Kind:
        tip = row.verdict.reliability;
        break;
    case Leading:
        tip = row.leading.isEmpty() ? tr("No typology stands out") : tr("The typology that raises the score most");
        break;
    default:
        break;
    }
    if (isLinked(rowIndex))
        tip += (tip.isEmpty() ? QString() : QStringLiteral("\n"))
            + tr("Its holder was involved in the selected incidents");
    return tip;
}

QVariant AccountRanking::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Rank:
        return tr("Rank");
    case Account:
        return tr("Account");
    case Value:
        return m_valueHeader.isEmpty() ? tr("Value") : m_valueHeader;
    case Kind:
        return tr("Yardstick or kind");
    case Leading:
        return tr("Leading typology");
    case Holder:
        return tr("Holder");
    default:
        return {};
    }
}

} // namespace waymark::finance
