#pragma once

#include "analysis/filter.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QSharedPointer>
#include <QVector>

#include <list>
#include <vector>

namespace waymark::analysis {

class AnalysisContext;

/// The incidents of the workspace under the shared filter, as a table that
/// stays smooth at a million rows. The filtered, sorted list of incident ids
/// is computed in SQL on a worker thread (its own connection) and swapped in
/// when ready; a newer request silently supersedes an older one. Cells are
/// then fetched a page at a time by id, only when a view asks for them, and a
/// few pages are kept, so scrolling anywhere costs one small query.
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
    enum Role { IncidentIdRole = Qt::UserRole + 1 };

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
    /// Whether a reload is still running on the worker thread.
    bool isLoading() const { return m_watcher.isRunning(); }

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
        qint64 total = 0;
        quint64 generation = 0;
    };
    const QVector<Row>& page(int index) const;
    void swapIn();

    AnalysisContext* m_context;
    std::vector<qint64> m_ids;
    mutable QHash<qint64, int> m_rowOf; ///< built on first use
    qint64 m_total = 0;
    int m_sortColumn = Id;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    quint64 m_generation = 0;
    QFutureWatcher<QSharedPointer<Snapshot>> m_watcher;
    mutable QHash<int, QVector<Row>> m_pages;
    mutable std::list<int> m_lru;
};

} // namespace waymark::analysis
