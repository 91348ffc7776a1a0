#include "incidenttablemodel.h"

#include "analysis/analysiscontext.h"
#include "core/taxonomy.h"
#include "store/workspace.h"

#include <QCoreApplication>

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
      "FROM incidents i LEFT JOIN places d ON d.id = i.destination_id LEFT JOIN places p ON p.id = i.place_id "
      "LEFT JOIN places o ON o.id = i.origin_id JOIN sources s ON s.id = i.source_id JOIN extracts e ON e.id = "
      "i.extract_id ";
}

IncidentTableModel::IncidentTableModel(AnalysisContext* context, QObject* parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(context, &AnalysisContext::filterChanged, this, &IncidentTableModel::reload);
    connect(context, &AnalysisContext::dataChanged, this, &IncidentTableModel::reload);
    connect(context, &AnalysisContext::workspaceChanged, this, &IncidentTableModel::reload);
    reload();
}

void IncidentTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_lru.clear();
    m_count = 0;
    m_total = 0;
    if (store::Workspace* ws = m_context->workspace()) {
        const Filter::Sql f = m_context->filter().sql();
        store::Statement st(
            ws->handle(), QString(QStringLiteral("SELECT count(*) FROM incidents i WHERE ") + f.where).toStdString());
        for (int k = 0; k < f.values.size(); ++k)
            st.bind(k + 1, f.values.at(k));
        m_count = st.next() ? int(std::min<qint64>(st.int64(0), INT_MAX)) : 0;
        m_total = ws->scalar("SELECT count(*) FROM incidents");
    }
    endResetModel();
}

int IncidentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}
int IncidentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString IncidentTableModel::orderBy() const
{
    static const char* const columns[ColumnCount]
        = { "i.id", "i.day_from", "d.name", "p.name", "o.name", "i.exploitation", "i.victims", "i.gender", "i.age_band",
              "s.name", "coalesce(i.info_grade, s.source_grade)", "i.extract_id, i.line" };
    const QString dir = m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    return QStringLiteral(" ORDER BY ") + QLatin1String(columns[m_sortColumn]) + dir + QStringLiteral(", i.id") + dir;
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
    if (store::Workspace* ws = m_context->workspace()) {
        const Filter::Sql f = m_context->filter().sql();
        const QString sql = QLatin1String(kSelect) + QStringLiteral("WHERE ") + f.where + orderBy()
            + QStringLiteral(" LIMIT %1 OFFSET %2").arg(pageSize).arg(qint64(index) * pageSize);
        store::Statement st(ws->handle(), sql.toStdString());
        for (int k = 0; k < f.values.size(); ++k)
            st.bind(k + 1, f.values.at(k));
        rows.reserve(pageSize);
        while (st.next()) {
            Row r;
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
            rows.push_back(std::move(r));
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
    if (!index.isValid() || index.row() >= m_count)
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
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged();
    m_sortColumn = column;
    m_sortOrder = order;
    m_pages.clear();
    m_lru.clear();
    Q_EMIT layoutChanged();
}

qint64 IncidentTableModel::incidentId(int row) const
{
    if (row < 0 || row >= m_count)
        return 0;
    const QVector<Row>& rows = page(row / pageSize);
    return row % pageSize < rows.size() ? rows.at(row % pageSize).id : 0;
}

int IncidentTableModel::rowOf(qint64 incidentId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == incidentId)
                return it.key() * pageSize + i;
        }
    }
    return -1;
}

} // namespace waymark::analysis
