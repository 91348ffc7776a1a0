#include "aggregatetables.h"

#include "core/csvwriter.h"
#include "core/taxonomy.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QDate>
#include <QHash>
#include <QMap>

#include <QtAlgorithms>
#include <algorithm>

namespace waymark::sharing {

namespace {

const char* const kDimensions[] = { "year", "exploitation", "sex", "age_band" };
const char* const kAgeOrder[] = { "0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+" };

struct Row {
    QString country;
    QString values[4];
    qint64 victims = 0;
};

QStringList ordered(QStringList values, int dimension)
{
    values.removeDuplicates();
    const auto rank = [dimension](const QString& v) -> int {
        if (v == QLatin1String("unknown"))
            return 1000;
        if (dimension == 3) {
            for (int i = 0; i < int(std::size(kAgeOrder)); ++i) {
                if (v == QLatin1String(kAgeOrder[i]))
                    return i;
            }
        }
        return 0;
    };
    std::sort(values.begin(), values.end(),
        [&](const QString& a, const QString& b) { return rank(a) != rank(b) ? rank(a) < rank(b) : a < b; });
    return values;
}

} // namespace

Result<AggregateTables> AggregateTables::build(store::Workspace& ws, const std::vector<qint64>& incidentIds)
{
    std::vector<qint64> wanted = incidentIds;
    std::sort(wanted.begin(), wanted.end());
    std::vector<Row> rows;
    rows.reserve(wanted.size());
    store::Statement st(ws.handle(),
        "SELECT i.id, p.iso3, i.day_from, i.date_precision, i.exploitation, i.gender, i.age_band, i.victims "
        "FROM incidents i LEFT JOIN places p ON p.id = i.destination_id ORDER BY i.id");
    const QStringList& codes = Taxonomy::codes(Taxonomy::Group::Exploitation);
    const QString unknown = QStringLiteral("unknown");
    size_t next = 0;
    while (next < wanted.size() && st.next()) {
        const qint64 id = st.int64(0);
        while (next < wanted.size() && wanted[next] < id)
            ++next;
        if (next == wanted.size() || wanted[next] != id)
            continue;
        ++next;
        Row r;
        r.country = st.isNull(1) ? unknown : st.text(1);
        r.values[0]
            = st.int64(3) > 0 && !st.isNull(2) ? QString::number(QDate::fromJulianDay(st.int64(2)).year()) : unknown;
        const auto bits = quint32(st.int64(4));
        r.values[1] = bits == 0          ? unknown
            : qPopulationCount(bits) > 1 ? QStringLiteral("several")
                                         : codes.value(int(qCountTrailingZeroBits(bits)), unknown);
        r.values[2] = st.isNull(5) ? unknown : st.text(5);
        r.values[3] = st.isNull(6) ? unknown : st.text(6);
        r.victims = st.int64(7);
        rows.push_back(std::move(r));
    }
    if (Error e = st.error(); !e.isNull())
        return e;

    AggregateTables out;
    QStringList countries;
    for (const Row& r : rows)
        countries << r.country;
    countries = ordered(countries, -1);
    for (int d = 0; d < int(std::size(kDimensions)); ++d) {
        QStringList columns;
        for (const Row& r : rows)
            columns << r.values[d];
        columns = ordered(columns, d);
        Table t;
        t.name = QStringLiteral("country_by_") + QLatin1String(kDimensions[d]);
        t.columnDimension = QLatin1String(kDimensions[d]);
        t.rowLabels = countries;
        t.columnLabels = columns;
        t.cells = SuppressionTable(int(countries.size()), int(columns.size()));
        QHash<QString, int> rowIndex, columnIndex;
        for (int i = 0; i < countries.size(); ++i)
            rowIndex.insert(countries.at(i), i);
        for (int i = 0; i < columns.size(); ++i)
            columnIndex.insert(columns.at(i), i);
        for (const Row& r : rows)
            t.cells.add(rowIndex.value(r.country), columnIndex.value(r.values[d]), 1, r.victims);
        t.cells.computeTotals();
        out.m_tables.push_back(std::move(t));
    }
    return out;
}

int AggregateTables::suppress(int k)
{
    // The country totals and the grand total are the same numbers in every
    // table: suppress each table with the totals any table hides, until no
    // table hides one more.
    std::vector<int> forced;
    for (;;) {
        std::vector<int> hidden;
        for (Table& t : m_tables) {
            t.cells.suppress(k, forced);
            for (int r = 0; r <= t.cells.rows(); ++r) {
                if (t.cells.at(r, t.cells.columns()).suppressed)
                    hidden.push_back(r);
            }
        }
        std::sort(hidden.begin(), hidden.end());
        hidden.erase(std::unique(hidden.begin(), hidden.end()), hidden.end());
        if (hidden == forced)
            break;
        forced = hidden;
    }
    int n = 0;
    for (const Table& t : m_tables) {
        for (int r = 0; r <= t.cells.rows(); ++r) {
            for (int c = 0; c <= t.cells.columns(); ++c)
                n += t.cells.at(r, c).suppressed ? 1 : 0;
        }
    }
    return n;
}

void AggregateTables::write(CsvWriter& csv) const
{
    csv.field("table").field("row").field("column").field("incidents").field("victims").field("status");
    csv.endRow();
    for (const Table& t : m_tables) {
        for (int r = 0; r <= t.cells.rows(); ++r) {
            for (int c = 0; c <= t.cells.columns(); ++c) {
                const SuppressionTable::Cell& cell = t.cells.at(r, c);
                csv.field(t.name);
                csv.field(r < t.cells.rows() ? t.rowLabels.at(r) : QStringLiteral("total"));
                csv.field(c < t.cells.columns() ? t.columnLabels.at(c) : QStringLiteral("total"));
                if (cell.suppressed)
                    csv.field(QString()).field(QString()).field("suppressed");
                else
                    csv.field(cell.incidents).field(cell.victims).field("published");
                csv.endRow();
            }
        }
    }
}

} // namespace waymark::sharing
