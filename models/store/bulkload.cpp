#include "bulkload.h"

#include "store/rtreepacker.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QScopeGuard>

#include <sqlite3.h>

namespace waymark::store {

BulkLoad::BulkLoad(Workspace& workspace)
    : m_ws(workspace)
{
}

Status BulkLoad::begin(const QStringList& tables, qint64 expectedRows)
{
    m_lastIncident = m_ws.scalar("SELECT coalesce(max(id), 0) FROM incidents");
    m_lastEntity = m_ws.scalar("SELECT coalesce(max(id), 0) FROM entities");
    m_active = true;
    // SQLite refuses to drop an index while any statement of the connection
    // is still reading (SQLITE_LOCKED); the caller's reads are not ours to
    // stop, so the indexes then stay and take the rows one by one.
    for (sqlite3_stmt* s = sqlite3_next_stmt(m_ws.handle(), nullptr); s; s = sqlite3_next_stmt(m_ws.handle(), s)) {
        if (sqlite3_stmt_busy(s))
            return Ok {};
    }
    for (const QString& table : tables) {
        // Rows already there, counted up to the batch's size: rebuilding an
        // index over them costs about what the batch's own inserts save.
        // No statement may be running on the connection when an index is dropped.
        Statement known(m_ws.handle(), "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
        known.bind(1, table);
        const bool exists = known.next();
        known.reset();
        if (!exists)
            continue;
        const std::string count = "SELECT count(*) FROM (SELECT 1 FROM " + quotedIdentifier(table.toStdString())
            + " LIMIT " + std::to_string(expectedRows) + ")";
        if (m_ws.scalar(count) >= expectedRows)
            continue;
        Statement indexes(m_ws.handle(),
            "SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
            "AND sql NOT LIKE 'CREATE UNIQUE %' ORDER BY name");
        indexes.bind(1, table);
        std::vector<Dropped> found;
        while (indexes.next())
            found.push_back({ indexes.text(0), indexes.text(1) });
        for (Dropped& d : found) {
            if (Status st = m_ws.exec("DROP INDEX " + quotedIdentifier(d.name.toStdString())); !st)
                return st;
            m_dropped.push_back(std::move(d));
        }
    }
    return Ok {};
}

Status BulkLoad::finish()
{
    if (!m_active)
        return Ok {};
    m_active = false;
    // What the writers would have written row by row: a search row for each
    // new incident with a summary and each new entity, a map row for each
    // new incident with a point.
    if (m_incidentSummaries) {
        Statement incidents(m_ws.handle(),
            "INSERT INTO incident_fts(rowid, summary) SELECT id, summary FROM incidents "
            "WHERE id > ? AND summary IS NOT NULL AND summary <> ''");
        if (Status st = incidents.bind(1, m_lastIncident).exec(); !st)
            return st;
    }
    Statement entities(m_ws.handle(),
        "INSERT INTO entity_fts(rowid, label, attributes) SELECT id, label, attributes FROM entities WHERE id > ?");
    if (Status st = entities.bind(1, m_lastEntity).exec(); !st)
        return st;
    if (m_incidentPoints) {
        if (Status st = writeIncidentMap(); !st)
            return st;
    }
    // SQLite's sorter sorts a CREATE INDEX in runs the size of the page
    // cache: runs of 2 MiB stay in the processor's caches (with temporary
    // files in memory, Workspace; with temp_store = MEMORY there are no runs).
    // 800,000 rows of the day index: 0.27 s against 0.90 s with 64 MiB.
    const bool runs = !m_dropped.empty() && m_ws.scalar("PRAGMA temp_store") == 1;
    const qint64 cacheSize = runs ? m_ws.scalar("PRAGMA cache_size") : 0;
    if (runs) {
        if (Status st = m_ws.exec("PRAGMA cache_size = -2048"); !st)
            return st;
    }
    const auto restore = qScopeGuard([&] {
        if (runs)
            m_ws.exec("PRAGMA cache_size = " + std::to_string(cacheSize));
    });
    for (const Dropped& d : m_dropped) {
        const QByteArray sql = d.sql.toUtf8();
        if (Status st = m_ws.exec(std::string_view(sql.constData(), size_t(sql.size()))); !st)
            return st;
    }
    m_dropped.clear();
    return Ok {};
}

Status BulkLoad::writeIncidentMap()
{
    std::vector<RtreePacker::Entry> entries;
    Statement fresh(
        m_ws.handle(), "SELECT id, lon, lat FROM incidents WHERE id > ? AND lon IS NOT NULL AND lat IS NOT NULL");
    fresh.bind(1, m_lastIncident);
    while (fresh.next())
        entries.push_back(RtreePacker::point(fresh.int64(0), fresh.real(1), fresh.real(2)));
    if (Error e = fresh.error(); !e.message.isEmpty())
        return e;
    fresh.reset();
    // A tree at least as large as the batch takes it row by row, in the
    // order the rows were written; a smaller one is written again whole,
    // packed, with the new rows: a point costs about 8 µs through SQLite's
    // insert, under 1 µs packed. (Sorting the points first, in Morton order,
    // was slower with SQLite's insert: 3.12 s against 2.69 s for 200,000
    // uniform random points.) The rounded floats go in as they are: SQLite
    // rounds them to themselves.
    const qint64 existing = m_ws.scalar("SELECT count(*) FROM incident_rtree_rowid");
    if (qint64(entries.size()) <= existing) {
        Statement insert(
            m_ws.handle(), "INSERT INTO incident_rtree(id, min_lon, max_lon, min_lat, max_lat) VALUES(?,?,?,?,?)");
        for (const RtreePacker::Entry& e : entries) {
            if (Status st = insert.bind(1, e.id)
                                .bind(2, double(e.minX))
                                .bind(3, double(e.maxX))
                                .bind(4, double(e.minY))
                                .bind(5, double(e.maxY))
                                .exec();
                !st)
                return st;
        }
        return Ok {};
    }
    if (existing > 0) {
        if (Status st = RtreePacker::read(m_ws.handle(), "incident_rtree", entries); !st)
            return st;
    }
    return RtreePacker::replace(m_ws.handle(), "incident_rtree", std::move(entries));
}

QStringList BulkLoad::droppedIndexes() const
{
    QStringList names;
    for (const Dropped& d : m_dropped)
        names << d.name;
    return names;
}

} // namespace waymark::store
