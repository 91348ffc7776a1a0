#include "incidenttablemodel.h"

#include "analysis/analysiscontext.h"
#include "core/taxonomy.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QtConcurrent/QtConcurrentRun>

namespace waymark::analysis {

namespace {
QString genderName(const QString& code)
{
    if (code == QLatin1String("man"))
        return QCoreApplication::translate("IncidentTableModel", "Man");
    if (code == QLatin1String("woman"))
        return QCoreApplication::translate("IncidentTableModel", "Woman");
    if (code == QLatin1String("trans"))
        return QCoreApplication::translate("IncidentTableModel", "Trans / non-conforming");
    return code;
}

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
    const QString dir = order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + QLatin1String(columns[column]) + dir + QStringLiteral(", i.id") + dir;
}
} // namespace

IncidentTableModel::IncidentTableModel(AnalysisContext* context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(context, &AnalysisContext::filterChanged, this, &IncidentTableModel::reload);
    connect(context, &AnalysisContext::dataChanged, this, &IncidentTableModel::reload);
    connect(context, &AnalysisContext::workspaceChanged, this, &IncidentTableModel::reload);
    connect(&m_watcher, &QFutureWatcher<QSharedPointer<Snapshot>>::finished, this, &IncidentTableModel::swapIn);
    reload();
}

IncidentTableModel::~IncidentTableModel()
{
    m_watcher.waitForFinished();
}

void IncidentTableModel::reload()
{
    const quint64 generation = ++m_generation;
    const QString path = m_context->workspacePath();
    if (path.isEmpty()) {
        beginResetModel();
        m_ids.clear();
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
    m_watcher.setFuture(QtConcurrent::run([path, sql, values = f.values, generation]() {
        auto snap = QSharedPointer<Snapshot>::create();
        snap->generation = generation;
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return snap;
        store::Statement st(ws.value()->handle(), sql.toStdString());
        for (int k = 0; k < values.size(); ++k)
            st.bind(k + 1, values.at(k));
        while (st.next())
            snap->ids.push_back(st.int64(0));
        snap->total = ws.value()->scalar("SELECT count(*) FROM incidents");
        return snap;
    }));
}

void IncidentTableModel::swapIn()
{
    const QSharedPointer<Snapshot> snap = m_watcher.result();
    if (!snap || snap->generation != m_generation)
        return; // a newer request is on its way
    beginResetModel();
    m_ids = std::move(snap->ids);
    m_rowOf.clear();
    m_total = snap->total;
    m_pages.clear();
    m_lru.clear();
    endResetModel();
    Q_EMIT loaded();
}

int IncidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
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
    const size_t last = std::min(m_ids.size(), first + pageSize);
    store::Workspace* ws = m_context->workspace();
    if (ws && first < last) {
        // Ids are integers from our own query: safe to write into the SQL.
        QString in;
        in.reserve(int(last - first) * 9);
        QHash<qint64, int> slot;
        for (size_t k = first; k < last; ++k) {
            if (k > first)
                in += QLatin1Char(',');
            in += QString::number(m_ids[k]);
            slot.insert(m_ids[k], int(k - first));
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
            r.cells[Country] = st.text(3);
            r.cells[Place] = st.text(4);
            r.cells[Origin] = st.text(5);
            r.cells[Exploitation] = Taxonomy::describe(Taxonomy::Group::Exploitation, quint32(st.int64(6)));
            r.cells[Victims] = st.int64(7);
            r.cells[Gender] = genderName(st.text(8));
            r.cells[Age] = st.text(9).replace(QLatin1String("--"), QString(QChar(0x2013)));
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
    return row >= 0 && size_t(row) < m_ids.size() ? m_ids[size_t(row)] : 0;
}

int IncidentTableModel::rowOf(qint64 incidentId) const
{
    if (m_rowOf.isEmpty() && !m_ids.empty()) {
        m_rowOf.reserve(qsizetype(m_ids.size()));
        for (size_t k = 0; k < m_ids.size(); ++k)
            m_rowOf.insert(m_ids[k], int(k));
    }
    return m_rowOf.value(incidentId, -1);
}

} // namespace waymark::analysis
