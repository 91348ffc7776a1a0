#pragma once

#include "analysis/filter.h"
#include "core/job.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSharedPointer>
#include <QTimer>
#include <QVector>

#include <list>
#include <optional>
#include <vector>

namespace waymark::analysis {

class AnalysisContext;

/// The incidents of the workspace under the shared filter, as a table that
/// stays smooth at a million rows. The filtered, sorted list of incident ids
/// is computed in SQL on a worker thread (its own connection) and swapped in
/// when ready; a newer request silently supersedes an older one. Cells are
/// then fetched a page at a time by id, only when a view asks for them, and a
/// few pages are kept, so scrolling anywhere costs one small query.
///
/// The shared selection shows through SelectedRole: membership is a binary
/// search in the context's sorted selection, and a new selection costs one
/// dataChanged over the whole table, whatever its size (a view's own
/// QItemSelectionModel compares every range with every other and freezes on
/// a scattered selection of many thousand rows). With selectedOnly() the
/// rows are those of the selection, in the same sort order.
class IncidentTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Date,
        Country,
        Place,
        Origin,
        Exploitation,
        Victims,
        Gender,
        Age,
        Source,
        Grade,
        Provenance,
        ColumnCount
    };
    enum Role {
        IncidentIdRole = Qt::UserRole + 1,
        SelectedRole, ///< bool: the incident is in the shared selection
    };

    explicit IncidentTableModel(AnalysisContext* context, QObject* parent = nullptr);
    ~IncidentTableModel() override;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Incident id of a row, or 0.
    qint64 incidentId(int row) const;
    /// Row of an incident under the current filter and sort, or -1.
    int rowOf(qint64 incidentId) const;
    /// Total incidents in the workspace, whatever the filter.
    qint64 totalCount() const { return m_total; }
    /// Whether the incident is in the shared selection.
    bool isSelected(qint64 incidentId) const;
    /// Row of the first selected incident in the current order, or -1.
    int firstSelectedRow() const;
    /// Selected incidents among the filtered rows (all rows when selectedOnly()).
    qint64 selectedRowCount() const;
    /// Shows only the rows of the shared selection (under the filter) when on.
    void setSelectedOnly(bool on);
    bool selectedOnly() const { return m_selectedOnly; }
    /// Selections made in this view (the table showing the model) only
    /// repaint: the rows of "selected only" stay put while the user clicks in them.
    void setSelectingView(const QObject* view) { m_selectingView = view; }
    /// Whether a reload is still running on the worker thread, or waits for
    /// a moving time window to rest (AnalysisContext::windowSettleMs).
    bool isLoading() const { return m_job.isRunning() || m_windowSettle.isActive(); }

    static constexpr int pageSize = 256;
    static constexpr int cachedPages = 64;

public Q_SLOTS:
    void reload();

Q_SIGNALS:
    /// The rows for the current filter and sort are in place.
    void loaded();

private:
    struct Row {
        qint64 id;
        QVariant cells[ColumnCount];
    };
    struct Snapshot {
        std::vector<qint64> ids;
        std::vector<qint64> sortedIds; ///< the same, ascending: counts the selection by one merge
        qint64 total = 0;
    };
    const QVector<Row>& page(int index) const;
    void swapIn(Snapshot snap);
    void selectionChanged(const QObject* origin);
    void filterChanged(const Filter& filter);
    void rebuildSelectedRows();
    /// The rows shown: all filtered ids, or the selected ones among them.
    const std::vector<qint64>& shownIds() const { return m_selectedOnly ? m_selectedIds : m_ids; }

    AnalysisContext* m_context;
    std::vector<qint64> m_ids;
    std::vector<qint64> m_sortedIds; ///< m_ids ascending
    std::vector<qint64> m_selectedIds; ///< the rows when m_selectedOnly
    QSharedPointer<const std::vector<qint64>> m_selection; ///< sorted, shared with the context
    bool m_selectedOnly = false;
    const QObject* m_selectingView = nullptr;
    mutable QHash<qint64, int> m_rowOf; ///< built on first use
    qint64 m_total = 0;
    int m_sortColumn = Id;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QHash<int, QVector<Row>> m_pages;
    mutable std::list<int> m_lru;
    Job<Snapshot> m_job { this };
    QTimer m_windowSettle;
    std::optional<Filter> m_reloadedFor; ///< the filter of the last reload
};

} // namespace waymark::analysis
