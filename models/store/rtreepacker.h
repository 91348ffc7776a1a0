#pragma once

#include "core/result.h"

#include <QtGlobal>

#include <cstdint>
#include <string_view>
#include <vector>

struct sqlite3;

namespace waymark::store {

/// Writes a two-dimensional SQLite R*Tree (`rtree(id, min_x, max_x, min_y,
/// max_y)`) in one pass, packed by Sort-Tile-Recursive (Leutenegger, Lopez
/// and Edgington, 1997), instead of one INSERT a row: SQLite's insert chooses
/// a leaf, splits and reinserts for every row, about 8 µs a point, 1.6 s of
/// the 200,000-incident hub extract's import.
///
/// The tree is written straight into the table's three shadow tables, in
/// the format of SQLite's ext/rtree (a node is a big-endian depth and cell
/// count, then cells of a 64-bit id and four 32-bit floats; node 1 is the
/// root). Coordinates are rounded as SQLite rounds them (the minimum down,
/// the maximum up, to a float), so a query finds exactly the rows the same
/// INSERTs would have found. `SELECT rtreecheck(table)` holds afterwards, and
/// SQLite keeps inserting and deleting in the tree as in any other.
class RtreePacker {
public:
    struct Entry {
        qint64 id = 0;
        float minX = 0, maxX = 0, minY = 0, maxY = 0;
        std::uint32_t leaf = 0; // the leaf node it went into (set by replace)
    };

    /// A point (x, y) as SQLite's R*Tree stores it.
    static Entry point(qint64 id, double x, double y);

    /// Replaces everything in `table` (in the connection's main database) by
    /// `entries`, inside the caller's transaction. The ids must be distinct.
    static Status replace(sqlite3* db, std::string_view table, std::vector<Entry> entries);

    /// The entries of `table` as stored (for a rebuild that keeps them).
    static Status read(sqlite3* db, std::string_view table, std::vector<Entry>& out);
};

} // namespace waymark::store
