#include "rowdigest.h"

#include "store/workspace.h"

#include <QCoreApplication>
#include <QMap>
#include <QScopeGuard>

#include <sodium.h>
#include <sqlite3.h>

#include <array>
#include <cstring>
#include <map>
#include <string>

namespace waymark::store {

namespace {

/// The order-independent sum of a table's row hashes, and their count.
struct Sum {
    qint64 rows = 0;
    std::array<quint64, 4> lanes {};

    void add(const unsigned char* hash)
    {
        for (int i = 0; i < 4; ++i) {
            quint64 word = 0;
            std::memcpy(&word, hash + 8 * i, 8);
            lanes[size_t(i)] += word;
        }
        ++rows;
    }
    QString hex() const
    {
        QByteArray bytes(32, Qt::Uninitialized);
        for (int i = 0; i < 4; ++i)
            std::memcpy(bytes.data() + 8 * i, &lanes[size_t(i)], 8);
        return QString::fromLatin1(bytes.toHex());
    }
};

QStringList digestTables(Workspace& ws)
{
    return ws.strings("SELECT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c "
                      "WHERE m.type = 'table' AND c.name = 'extract_id' ORDER BY m.name");
}

/// Reads the rows of one table (of one extract, or all) and adds each row's
/// hash to the sum of its extract.
void sumTable(Workspace& ws, const QString& table, qint64 extractId, std::map<qint64, Sum>& sums)
{
    // Table names come from the schema, which Workspace checked is Waymark's.
    const QString where = extractId > 0 ? QStringLiteral(" WHERE extract_id = ?") : QString();
    const QByteArray sql = (QStringLiteral("SELECT * FROM \"") + table + QLatin1Char('"') + where).toUtf8();
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(ws.handle(), sql.constData(), int(sql.size()), &raw, nullptr) != SQLITE_OK)
        return;
    const auto finalize = qScopeGuard([raw] { sqlite3_finalize(raw); });
    if (extractId > 0)
        sqlite3_bind_int64(raw, 1, extractId);
    const QByteArray tableName = table.toUtf8();
    std::string row;
    unsigned char hash[crypto_generichash_BYTES];
    int extractColumn = -1;
    QList<QByteArray> names;
    for (int c = 0; c < sqlite3_column_count(raw); ++c) {
        names << QByteArray(sqlite3_column_name(raw, c));
        if (names.back() == "extract_id")
            extractColumn = c;
    }
    while (sqlite3_step(raw) == SQLITE_ROW) {
        row.clear();
        row.append(tableName.constData(), size_t(tableName.size()));
        row += '\x1e';
        for (int c = 0; c < names.size(); ++c) {
            const int type = sqlite3_column_type(raw, c);
            if (type == SQLITE_NULL)
                continue;
            row.append(names.at(c).constData(), size_t(names.at(c).size()));
            row += '\x1f';
            row += char('0' + type);
            if (type == SQLITE_INTEGER) {
                const qint64 v = sqlite3_column_int64(raw, c);
                row.append(reinterpret_cast<const char*>(&v), 8);
            } else if (type == SQLITE_FLOAT) {
                const double v = sqlite3_column_double(raw, c);
                row.append(reinterpret_cast<const char*>(&v), 8);
            } else {
                const void* data = sqlite3_column_blob(raw, c);
                const int n = sqlite3_column_bytes(raw, c);
                row.append(reinterpret_cast<const char*>(&n), 4);
                if (n > 0)
                    row.append(static_cast<const char*>(data), size_t(n));
            }
            row += '\x1e';
        }
        crypto_generichash(
            hash, sizeof hash, reinterpret_cast<const unsigned char*>(row.data()), row.size(), nullptr, 0);
        const qint64 extract = extractColumn >= 0 ? sqlite3_column_int64(raw, extractColumn) : 0;
        if (extract > 0)
            sums[extract].add(hash);
    }
}

QString textOf(const QMap<QString, Sum>& tables)
{
    QStringList parts;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it)
        parts << it.key() + QLatin1Char(':') + QString::number(it->rows) + QLatin1Char(':') + it->hex();
    return parts.join(QLatin1Char(';'));
}

} // namespace

QString RowDigest::ofExtract(Workspace& ws, qint64 extractId)
{
    QMap<QString, Sum> tables;
    for (const QString& table : digestTables(ws)) {
        std::map<qint64, Sum> sums;
        sumTable(ws, table, extractId, sums);
        if (auto it = sums.find(extractId); it != sums.end())
            tables.insert(table, it->second);
    }
    return textOf(tables);
}

QHash<qint64, QString> RowDigest::ofAll(Workspace& ws)
{
    std::map<qint64, QMap<QString, Sum>> byExtract;
    for (const QString& table : digestTables(ws)) {
        std::map<qint64, Sum> sums;
        sumTable(ws, table, 0, sums);
        for (const auto& [extract, sum] : sums)
            byExtract[extract].insert(table, sum);
    }
    QHash<qint64, QString> out;
    for (const auto& [extract, tables] : byExtract)
        out.insert(extract, textOf(tables));
    return out;
}

QStringList RowDigest::compare(const QString& recorded, const QString& now)
{
    auto parse = [](const QString& text) {
        QMap<QString, QPair<qint64, QString>> tables;
        for (const QString& part : text.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList f = part.split(QLatin1Char(':'));
            if (f.size() == 3)
                tables.insert(f.at(0), { f.at(1).toLongLong(), f.at(2) });
        }
        return tables;
    };
    const auto then = parse(recorded);
    const auto current = parse(now);
    QStringList names = then.keys() + current.keys();
    names.removeDuplicates();
    names.sort();
    QStringList out;
    for (const QString& table : std::as_const(names)) {
        const auto a = then.value(table, { 0, QString() });
        const auto b = current.value(table, { 0, QString() });
        if (a == b)
            continue;
        if (a.first != b.first)
            out << QCoreApplication::translate("RowDigest", "%1: %2 rows when imported, %3 now")
                       .arg(table)
                       .arg(a.first)
                       .arg(b.first);
        else
            out << QCoreApplication::translate("RowDigest", "%1: %2 rows, but changed since the import")
                       .arg(table)
                       .arg(a.first);
    }
    return out;
}

} // namespace waymark::store
