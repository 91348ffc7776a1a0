#pragma once

// What RowDigest (reading rows back) and RowDigestRecorder (hashing rows as
// they are written) share, so that both give the same digest to the bit.

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

#include <array>
#include <cstring>
#include <map>
#include <string>
#include <string_view>

namespace waymark::store {
class Workspace;
}

namespace waymark::store::digest {

/// The order-independent sum of a table's row hashes, and their count. The
/// lanes add modulo 2^64, so a row taken away again is subtracted exactly.
struct Sum {
    qint64 rows = 0;
    std::array<quint64, 4> lanes {};

    void add(const unsigned char* hash, int sign = 1)
    {
        for (int i = 0; i < 4; ++i) {
            quint64 word = 0;
            std::memcpy(&word, hash + 8 * i, 8);
            lanes[size_t(i)] += sign > 0 ? word : quint64(0) - word;
        }
        rows += sign > 0 ? 1 : -1;
    }
    QString hex() const
    {
        QByteArray bytes(32, Qt::Uninitialized);
        for (int i = 0; i < 4; ++i)
            std::memcpy(bytes.data() + 8 * i, &lanes[size_t(i)], 8);
        return QString::fromLatin1(bytes.toHex());
    }
};

/// A row's bytes: the table's name, then each non-NULL column's name, its
/// SQLite storage class and its value.
inline void beginRow(std::string& row, const QByteArray& table)
{
    row.clear();
    row.append(table.constData(), size_t(table.size()));
    row += '\x1e';
}
inline void appendColumn(std::string& row, const QByteArray& name, int type)
{
    row.append(name.constData(), size_t(name.size()));
    row += '\x1f';
    row += char('0' + type);
}
/// An 8-byte value (SQLITE_INTEGER or SQLITE_FLOAT).
template <typename T> inline void appendFixed(std::string& row, const QByteArray& name, int type, T value)
{
    static_assert(sizeof(T) == 8);
    appendColumn(row, name, type);
    row.append(reinterpret_cast<const char*>(&value), 8);
    row += '\x1e';
}
/// Text or a blob: its length, then its bytes.
inline void appendBytes(std::string& row, const QByteArray& name, int type, const void* data, int n)
{
    appendColumn(row, name, type);
    row.append(reinterpret_cast<const char*>(&n), 4);
    if (n > 0)
        row.append(static_cast<const char*>(data), size_t(n));
    row += '\x1e';
}

/// BLAKE2b of a row's bytes, 32 bytes.
void hashRow(std::string_view row, unsigned char* hash);

/// The tables that take part: those with an `extract_id` column, by name.
QStringList digestTables(Workspace& workspace);
/// Reads the rows of one table (of one extract, or of all when `extractId`
/// is 0) and adds each row's hash to the sum of its extract.
void sumTable(Workspace& workspace, const QString& table, qint64 extractId, std::map<qint64, Sum>& sums);

/// The text form: `table:count:hex` per table with rows, by table name.
QString textOf(const QMap<QString, Sum>& tables);

} // namespace waymark::store::digest
