#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <list>

namespace waymark::analysis {

class AnalysisContext;

/// The incidents of the workspace under the shared filter, as a table that
/// stays smooth at a million rows: it counts in SQL, fetches rows a page at a
/// time only when a view asks for them, keeps a few pages cached, and sorts
/// in SQL. Resets itself when the filter or the data change.
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

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    /// Incident id of a row (fetching its page if needed), or 0.
    qint64 incidentId(int row) const;
    /// Row of an incident among the pages already fetched, or -1.
    int rowOf(qint64 incidentId) const;
    /// Total incidents in the workspace, whatever the filter.
    qint64 totalCount() const { return m_total; }

    static constexpr int pageSize = 256;
    static constexpr int cachedPages = 64;

public Q_SLOTS:
    void reload();

private:
    struct Row {
        qint64 id;
        QVariant cells[ColumnCount];
    };
    const QVector<Row>& page(int index) const;
    QString orderBy() const;

    AnalysisContext* m_context;
    int m_count = 0;
    qint64 m_total = 0;
    int m_sortColumn = Id;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    mutable QHash<int, QVector<Row>> m_pages;
    mutable std::list<int> m_lru;
};

} // namespace waymark::analysis
