#include "incidenttablemodel.h"

#include "analysis/analysiscontext.h"
#include "core/taxonomy.h"
#include "geo/countrynames.h"
#include "store/workspace.h"

#include <QCoreApplication>

#include <algorithm>

namespace waymark::analysis {

namespace {
const char* const kSelect
    = "SELECT i.id, coalesce(i.incident_key, '#' || i.id), i.date_text, d.name, p.name, o.name, i.exploitation, "
      "i.victims, i.gender, i.age_band, s.name, coalesce(s.source_grade, '') || coalesce(i.info_grade, s.info_grade, "
      "''), "
      "e.file_name || CASE e.format WHEN 'hub-extract' THEN '/incidents.csv:' ELSE ':' END || i.line "
      "FROM incidents i ";
const char* const kJoins = "LEFT JOIN places d ON d.id = i.destination_id LEFT JOIN places p ON p.id = i.place_id "
                           "LEFT JOIN places o ON o.id = i.origin_id JOIN sources s ON s.id = i.source_id "
                           "JOIN extracts e ON e.id = i.extract_id ";

QString orderBy(int column, Qt::SortOrder order)
{
    static const char* const columns[IncidentTableModel::ColumnCount] = { "i.id", "i.day_from", "d.name", "p.name",
        "o.name", "i.exploitation", "i.victims", "i.gender", "i.age_band", "s.name",
        "coalesce(s.source_grade, '') || coalesce(i.info_grade, s.info_grade, '')", "i.extract_id, i.line" };
    const QLatin1String dir(order == Qt::AscendingOrder ? " ASC" : " DESC");
    return QStringLiteral(" ORDER BY %1%2, i.id%2").arg(QLatin1String(columns[column]), dir);
}
} // namespace

IncidentTableModel::IncidentTableModel(AnalysisContext* context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    m_windowSettle.setSingleShot(true);
    m_windowSettle.setInterval(AnalysisContext::windowSettleMs);
    connect(&m_windowSettle, &QTimer::timeout, this, &IncidentTableModel::reload);
    connect(context, &AnalysisContext::filterChanged, this, &IncidentTableModel::filterChanged);
    connect(context, &AnalysisContext::dataChanged, this, &IncidentTableModel::reload);
    connect(context, &AnalysisContext::workspaceChanged, this, &IncidentTableModel::reload);
    connect(context, &AnalysisContext::selectionChanged, this, &IncidentTableModel::selectionChanged);
    m_job.onFinished([this](Result<Snapshot> snap) {
        // A workspace that cannot be read shows as an empty table, as before.
        swapIn(snap ? std::move(snap).value() : Snapshot());
    });
    m_selection = context->selection();
    reload();
}

IncidentTableModel::~IncidentTableModel() = default;

void IncidentTableModel::filterChanged(const Filter& filter)
{
    AnalysisContext::follow(filter, m_reloadedFor, m_windowSettle, [this] { reload(); });
}

void IncidentTableModel::reload()
{
    m_windowSettle.stop();
    m_reloadedFor = m_context->filter();
    const QString path = m_context->workspacePath();
    if (path.isEmpty()) {
        m_job.discard();
        beginResetModel();
        m_ids.clear();
        m_sortedIds.clear();
        m_selectedIds.clear();
        m_rowOf.clear();
        m_total = 0;
        m_pages.clear();
        m_lru.clear();
        endResetModel();
        Q_EMIT loaded();
        return;
    }
    const Filter::Sql f = m_context->filter().sql();
    const bool joins = m_sortColumn == Country || m_sortColumn == Place || m_sortColumn == Origin
        || m_sortColumn == Source || m_sortColumn == Grade;
    const QString sql = QStringLiteral("SELECT i.id FROM incidents i ")
        + (joins ? QLatin1String(kJoins) : QLatin1String("")) + QStringLiteral("WHERE ") + f.where
        + orderBy(m_sortColumn, m_sortOrder);
    // The worker opens its own connection: one connection per thread.
    m_job.start([path, sql, values = f.values](Feedback&) -> Result<Snapshot> {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        Snapshot snap;
        store::Statement st(ws.value()->handle(), sql.toStdString());
        for (int k = 0; k < values.size(); ++k)
            st.bind(k + 1, values.at(k));
        while (st.next())
            snap.ids.push_back(st.int64(0));
        snap.sortedIds = snap.ids;
        std::sort(snap.sortedIds.begin(), snap.sortedIds.end());
        snap.total = ws.value()->scalar("SELECT count(*) FROM incidents");
        return snap;
    });
}

void IncidentTableModel::swapIn(Snapshot snap)
{
    beginResetModel();
    m_ids = std::move(snap.ids);
    m_sortedIds = std::move(snap.sortedIds);
    rebuildSelectedRows();
    m_rowOf.clear();
    m_total = snap.total;
    m_pages.clear();
    m_lru.clear();
    endResetModel();
    Q_EMIT loaded();
}

void IncidentTableModel::rebuildSelectedRows()
{
    m_selectedIds.clear();
    if (!m_selectedOnly)
        return;
    for (qint64 id : m_ids)
        if (isSelected(id))
            m_selectedIds.push_back(id);
}

void IncidentTableModel::selectionChanged(const QObject* origin)
{
    m_selection = m_context->selection();
    if (m_selectedOnly && origin != m_selectingView) {
        beginResetModel();
        rebuildSelectedRows();
        m_rowOf.clear();
        m_pages.clear();
        m_lru.clear();
        endResetModel();
        return;
    }
    // One signal for every row: views repaint what they show, nothing more.
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { SelectedRole });
}

void IncidentTableModel::setSelectedOnly(bool on)
{
    if (on == m_selectedOnly)
        return;
    beginResetModel();
    m_selectedOnly = on;
    rebuildSelectedRows();
    m_rowOf.clear();
    m_pages.clear();
    m_lru.clear();
    endResetModel();
}

bool IncidentTableModel::isSelected(qint64 incidentId) const
{
    return m_selection && std::binary_search(m_selection->begin(), m_selection->end(), incidentId);
}

int IncidentTableModel::firstSelectedRow() const
{
    if (!m_selection || m_selection->empty())
        return -1;
    const std::vector<qint64>& ids = shownIds();
    for (size_t k = 0; k < ids.size(); ++k)
        if (isSelected(ids[k]))
            return int(k);
    return -1;
}

qint64 IncidentTableModel::selectedRowCount() const
{
    if (!m_selection || m_selection->empty())
        return 0;
    if (m_selectedOnly)
        return qint64(m_selectedIds.size());
    // Both sorted: one merge, a few milliseconds for a million rows.
    qint64 n = 0;
    auto a = m_sortedIds.begin();
    auto b = m_selection->begin();
    while (a != m_sortedIds.end() && b != m_selection->end()) {
        if (*a < *b) {
            ++a;
        } else if (*b < *a) {
            ++b;
        } else {
            ++n, ++a, ++b;
        }
    }
    return n;
}

int IncidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(shownIds().size());
}
int IncidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const QVector<IncidentTableModel::Row>& IncidentTableModel::page(int index) const
{
    auto it = m_pages.find(index);
    if (it != m_pages.end()) {
        m_lru.remove(index);
        m_lru.push_front(index);
        return *it;
    }
    QVector<Row> rows;
    const size_t first = size_t(index) * pageSize;
    const std::vector<qint64>& ids = shownIds();
    const size_t last = std::min(ids.size(), first + pageSize);
    store::Workspace* ws = m_context->workspace();
    if (ws && first < last) {
        // Ids are integers from our own query: safe to write into the SQL.
        QString in;
        in.reserve(int(last - first) * 9);
        QHash<qint64, int> slot;
        for (size_t k = first; k < last; ++k) {
            if (k > first)
                in += QLatin1Char(',');
            in += QString::number(ids[k]);
            slot.insert(ids[k], int(k - first));
        }
        rows.resize(int(last - first));
        const QString sql = QLatin1String(kSelect) + QLatin1String(kJoins) + QStringLiteral("WHERE i.id IN (") + in
            + QStringLiteral(")");
        store::Statement st(ws->handle(), sql.toStdString());
        while (st.next()) {
            Row& r = rows[slot.value(st.int64(0))];
            r.id = st.int64(0);
            r.cells[Id] = st.text(1);
            r.cells[Date] = st.text(2);
            r.cells[Country] = geo::CountryNames::display(st.text(3));
            r.cells[Place] = geo::CountryNames::display(st.text(4));
            r.cells[Origin] = geo::CountryNames::display(st.text(5));
            r.cells[Exploitation] = Taxonomy::describe(Taxonomy::Group::Exploitation, quint32(st.int64(6)));
            r.cells[Victims] = st.int64(7);
            r.cells[Gender] = Taxonomy::genderName(st.text(8));
            r.cells[Age] = Taxonomy::ageBandName(st.text(9));
            r.cells[Source] = st.text(10);
            r.cells[Grade] = st.text(11);
            r.cells[Provenance] = st.text(12);
        }
    }
    if (int(m_lru.size()) >= cachedPages) {
        m_pages.remove(m_lru.back());
        m_lru.pop_back();
    }
    m_lru.push_front(index);
    return *m_pages.insert(index, std::move(rows));
}

QVariant IncidentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (role == SelectedRole) // no page to fetch: the id is enough
        return isSelected(shownIds()[size_t(index.row())]);
    const QVector<Row>& rows = page(index.row() / pageSize);
    const int i = index.row() % pageSize;
    if (i >= rows.size())
        return {};
    const Row& r = rows.at(i);
    switch (role) {
    case Qt::DisplayRole:
        return r.cells[index.column()];
    case IncidentIdRole:
        return r.id;
    case Qt::TextAlignmentRole:
        return index.column() == Victims ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == Provenance)
            return QCoreApplication::translate(
                "IncidentTableModel", "Extract file and the line this incident came from");
        if (index.column() == Grade)
            return QCoreApplication::translate(
                "IncidentTableModel", "Source evaluation and information assessment, in the source's grading scheme");
        return r.cells[index.column()];
    default:
        return {};
    }
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Id:
        return QCoreApplication::translate("IncidentTableModel", "Incident");
    case Date:
        return QCoreApplication::translate("IncidentTableModel", "Date");
    case Country:
        return QCoreApplication::translate("IncidentTableModel", "Country of exploitation");
    case Place:
        return QCoreApplication::translate("IncidentTableModel", "Place");
    case Origin:
        return QCoreApplication::translate("IncidentTableModel", "Citizenship");
    case Exploitation:
        return QCoreApplication::translate("IncidentTableModel", "Exploitation");
    case Victims:
        return QCoreApplication::translate("IncidentTableModel", "Victims");
    case Gender:
        return QCoreApplication::translate("IncidentTableModel", "Gender");
    case Age:
        return QCoreApplication::translate("IncidentTableModel", "Age");
    case Source:
        return QCoreApplication::translate("IncidentTableModel", "Source");
    case Grade:
        return QCoreApplication::translate("IncidentTableModel", "Grade");
    case Provenance:
        return QCoreApplication::translate("IncidentTableModel", "Provenance");
    default:
        return {};
    }
}

void IncidentTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount || (column == m_sortColumn && order == m_sortOrder))
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reload();
}

qint64 IncidentTableModel::incidentId(int row) const
{
    const std::vector<qint64>& ids = shownIds();
    return row >= 0 && size_t(row) < ids.size() ? ids[size_t(row)] : 0;
}

int IncidentTableModel::rowOf(qint64 incidentId) const
{
    const std::vector<qint64>& ids = shownIds();
    if (m_rowOf.isEmpty() && !ids.empty()) {
        m_rowOf.reserve(qsizetype(ids.size()));
        for (size_t k = 0; k < ids.size(); ++k)
            m_rowOf.insert(ids[k], int(k));
    }
    return m_rowOf.value(incidentId, -1);
}

} // namespace waymark::analysis
