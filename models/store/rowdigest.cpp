#include "rowdigest.h"

#include "store/rowdigest_p.h"
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

namespace digest {

void hashRow(std::string_view row, unsigned char* hash)
{
    crypto_generichash(hash, 32, reinterpret_cast<const unsigned char*>(row.data()), row.size(), nullptr, 0);
}

QStringList digestTables(Workspace& ws)
{
    return ws.strings("SELECT m.name FROM sqlite_schema m JOIN pragma_table_info(m.name) c "
                      "WHERE m.type = 'table' AND c.name = 'extract_id' ORDER BY m.name");
}

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
    static_assert(crypto_generichash_BYTES == 32);
    int extractColumn = -1;
    QList<QByteArray> names;
    for (int c = 0; c < sqlite3_column_count(raw); ++c) {
        names << QByteArray(sqlite3_column_name(raw, c));
        if (names.back() == "extract_id")
            extractColumn = c;
    }
    while (sqlite3_step(raw) == SQLITE_ROW) {
        beginRow(row, tableName);
        for (int c = 0; c < names.size(); ++c) {
            const int type = sqlite3_column_type(raw, c);
            if (type == SQLITE_NULL)
                continue;
            if (type == SQLITE_INTEGER)
                appendFixed(row, names.at(c), type, qint64(sqlite3_column_int64(raw, c)));
            else if (type == SQLITE_FLOAT)
                appendFixed(row, names.at(c), type, sqlite3_column_double(raw, c));
            else
                appendBytes(row, names.at(c), type, sqlite3_column_blob(raw, c), sqlite3_column_bytes(raw, c));
        }
        hashRow(row, hash);
        const qint64 extract = extractColumn >= 0 ? sqlite3_column_int64(raw, extractColumn) : 0;
        if (extract > 0)
            sums[extract].add(hash);
    }
}

QString textOf(const QMap<QString, Sum>& tables)
{
    QStringList parts;
    for (auto it = tables.cbegin(); it != tables.cend(); ++it) {
        if (it->rows > 0)
            parts << it.key() + QLatin1Char(':') + QString::number(it->rows) + QLatin1Char(':') + it->hex();
    }
    return parts.join(QLatin1Char(';'));
}

} // namespace digest

using digest::digestTables;
using digest::Sum;
using digest::sumTable;
using digest::textOf;

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
