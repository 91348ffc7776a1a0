#include "rtreepacker.h"

#include "store/statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string>

namespace waymark::store {

namespace {

// ext/rtree/rtree.c: RNDTOWARDS and RNDAWAY, and how rtreeValueDown and
// rtreeValueUp use them.
constexpr double kTowardsZero = 1.0 - 1.0 / 8388608.0;
constexpr double kAwayFromZero = 1.0 + 1.0 / 8388608.0;

float roundedDown(double d)
{
    float f = float(d);
    if (f > d)
        f = float(d * (d < 0 ? kAwayFromZero : kTowardsZero));
    return f;
}

float roundedUp(double d)
{
    float f = float(d);
    if (f < d)
        f = float(d * (d < 0 ? kTowardsZero : kAwayFromZero));
    return f;
}

constexpr int kCellBytes = 8 + 4 * 4; // id, then min x, max x, min y, max y

void putBigEndian(std::string& out, std::uint64_t v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out += char((v >> (8 * i)) & 0xff);
}

void putFloat(std::string& out, float f)
{
    std::uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    putBigEndian(out, bits, 4);
}

Error refused(const char* what, sqlite3* db)
{
    return Error(QCoreApplication::translate("RtreePacker", "The map index could not be written."),
        QString::fromLatin1(what) + QLatin1String(": ") + QString::fromUtf8(sqlite3_errmsg(db)));
}

/// A cell of a node: a row (on the leaves) or a node one level down (its
/// number in `id`), and the box around it.
using Cell = RtreePacker::Entry;

/// `n` items cut into `parts` runs of nearly equal length: the start of run `i`.
size_t cut(size_t n, size_t parts, size_t i)
{
    // n is at most some hundred million and i < parts: 64 bits hold n * i.
    return size_t(std::uint64_t(n) * i / parts);
}

class Writer {
public:
    Writer(sqlite3* db, std::string_view table, int nodeBytes)
        : m_nodeBytes(nodeBytes)
        , m_node(db, "INSERT INTO " + quotedIdentifier(std::string(table) + "_node") + "(nodeno, data) VALUES(?, ?)")
        , m_parent(db,
              "INSERT INTO " + quotedIdentifier(std::string(table) + "_parent") + "(nodeno, parentnode) VALUES(?, ?)")
    {
    }

    int maxCells() const { return (m_nodeBytes - 4) / kCellBytes; }

    /// Writes a node of `cells` (rows on depth 0) and returns its number.
    Result<qint64> write(const Cell* cells, size_t count, int depth, bool root)
    {
        const qint64 number = root ? 1 : m_next++;
        m_blob.clear();
        putBigEndian(m_blob, root ? std::uint64_t(depth) : 0, 2);
        putBigEndian(m_blob, count, 2);
        for (size_t i = 0; i < count; ++i) {
            const Cell& c = cells[i];
            putBigEndian(m_blob, std::uint64_t(c.id), 8);
            putFloat(m_blob, c.minX);
            putFloat(m_blob, c.maxX);
            putFloat(m_blob, c.minY);
            putFloat(m_blob, c.maxY);
        }
        m_blob.resize(size_t(m_nodeBytes), '\0');
        if (Status st = m_node.bind(1, number).bindBlob(2, m_blob).exec(); !st)
            return st.error();
        if (depth > 0) {
            for (size_t i = 0; i < count; ++i)
                m_children.push_back({ cells[i].id, number });
        }
        return number;
    }

    /// Each node's parent, in node order.
    Status finishParents()
    {
        std::sort(m_children.begin(), m_children.end());
        for (const auto& [child, parent] : m_children) {
            if (Status st = m_parent.bind(1, child).bind(2, parent).exec(); !st)
                return st;
        }
        return Ok {};
    }

private:
    int m_nodeBytes;
    Statement m_node, m_parent;
    std::string m_blob;
    qint64 m_next = 2;
    std::vector<std::pair<qint64, qint64>> m_children;
};

Cell boxOf(const Cell* cells, size_t count, qint64 node)
{
    Cell box { node, cells[0].minX, cells[0].maxX, cells[0].minY, cells[0].maxY, 0 };
    for (size_t i = 1; i < count; ++i) {
        box.minX = std::min(box.minX, cells[i].minX);
        box.maxX = std::max(box.maxX, cells[i].maxX);
        box.minY = std::min(box.minY, cells[i].minY);
        box.maxY = std::max(box.maxY, cells[i].maxY);
    }
    return box;
}

double centreX(const Cell& c)
{
    return (double(c.minX) + double(c.maxX)) / 2;
}
double centreY(const Cell& c)
{
    return (double(c.minY) + double(c.maxY)) / 2;
}

} // namespace

RtreePacker::Entry RtreePacker::point(qint64 id, double x, double y)
{
    return { id, roundedDown(x), roundedUp(x), roundedDown(y), roundedUp(y), 0 };
}

Status RtreePacker::read(sqlite3* db, std::string_view table, std::vector<Entry>& out)
{
    Statement rows(db, "SELECT * FROM " + quotedIdentifier(std::string(table)));
    while (rows.next()) {
        // Stored as floats: converting the doubles back is exact.
        out.push_back(
            { rows.int64(0), float(rows.real(1)), float(rows.real(2)), float(rows.real(3)), float(rows.real(4)), 0 });
    }
    if (Error e = rows.error(); !e.message.isEmpty())
        return e;
    return Ok {};
}

Status RtreePacker::replace(sqlite3* db, std::string_view tableName, std::vector<Entry> entries)
{
    const std::string table(tableName);
    // The root node's size is the tree's node size (ext/rtree's getNodeSize).
    Statement size(db, "SELECT length(data) FROM " + quotedIdentifier(table + "_node") + " WHERE nodeno = 1");
    const int nodeBytes = size.next() ? int(size.int64(0)) : 0;
    size.reset();
    if (nodeBytes < 4 + 2 * kCellBytes || nodeBytes > 65536)
        return refused("node size", db);

    // SQLite lets no ordinary statement write a virtual table's shadow tables
    // while the connection is defensive; these statements are ours.
    int defensive = 0;
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, -1, &defensive);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 0, nullptr);
    struct Restore {
        sqlite3* db;
        int was;
        ~Restore() { sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, was, nullptr); }
    } restore { db, defensive };

    for (const char* shadow : { "_node", "_parent", "_rowid" }) {
        const std::string sql = "DELETE FROM " + quotedIdentifier(table + shadow);
        if (sqlite3_exec(db, sql.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return refused(shadow, db);
    }

    Writer writer(db, table, nodeBytes);
    const size_t m = size_t(writer.maxCells());
    std::vector<Cell> level = entries;
    for (int depth = 0;; ++depth) {
        const size_t n = level.size();
        if (n <= m) {
            Result<qint64> root = writer.write(level.data(), n, depth, true);
            if (!root)
                return root.error();
            if (depth == 0) {
                for (size_t i = 0; i < n; ++i)
                    entries[i].leaf = 1;
            }
            break;
        }
        // Sort-Tile-Recursive: vertical slices by the cells' centres, then
        // each slice's cells by their centres up it, cut into full nodes.
        // Runs are cut into nearly equal parts, so no node is nearly empty.
        const size_t nodes = (n + m - 1) / m;
        const size_t slices = size_t(std::ceil(std::sqrt(double(nodes))));
        std::vector<size_t> idx(n);
        for (size_t i = 0; i < n; ++i)
            idx[i] = i;
        std::sort(idx.begin(), idx.end(), [&](size_t a, size_t b) {
            const double ca = centreX(level[a]), cb = centreX(level[b]);
            return ca < cb || (ca == cb && level[a].id < level[b].id);
        });
        std::vector<Cell> sorted(n);
        for (size_t s = 0; s < slices; ++s) {
            const size_t from = cut(n, slices, s), to = cut(n, slices, s + 1);
            std::sort(idx.begin() + qptrdiff(from), idx.begin() + qptrdiff(to), [&](size_t a, size_t b) {
                const double ca = centreY(level[a]), cb = centreY(level[b]);
                return ca < cb || (ca == cb && level[a].id < level[b].id);
            });
        }
        for (size_t i = 0; i < n; ++i)
            sorted[i] = level[idx[i]];
        std::vector<Cell> up;
        up.reserve(nodes + slices);
        for (size_t s = 0; s < slices; ++s) {
            const size_t from = cut(n, slices, s), to = cut(n, slices, s + 1);
            const size_t count = to - from;
            const size_t parts = (count + m - 1) / m;
            for (size_t p = 0; p < parts; ++p) {
                const size_t a = from + cut(count, parts, p), b = from + cut(count, parts, p + 1);
                Result<qint64> node = writer.write(sorted.data() + a, b - a, depth, false);
                if (!node)
                    return node.error();
                if (depth == 0) {
                    for (size_t i = a; i < b; ++i)
                        entries[idx[i]].leaf = std::uint32_t(node.value());
                }
                up.push_back(boxOf(sorted.data() + a, b - a, node.value()));
            }
        }
        level = std::move(up);
    }
    if (Status st = writer.finishParents(); !st)
        return st;

    // Each row's leaf, in id order (appended, not inserted at random).
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) { return a.id < b.id; });
    Statement rowid(db, "INSERT INTO " + quotedIdentifier(table + "_rowid") + "(rowid, nodeno) VALUES(?, ?)");
    for (const Entry& e : entries) {
        if (Status st = rowid.bind(1, e.id).bind(2, qint64(e.leaf)).exec(); !st)
            return st;
    }
    return Ok {};
}

} // namespace waymark::store
