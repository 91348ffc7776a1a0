#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace waymark::store {

class Workspace;

/// A large batch of rows written the way a bulk loader writes them, inside
/// the caller's transaction: each secondary index of a table that is empty,
/// or small next to the batch, is dropped before the first row and created
/// again from its own SQL once the rows are in (one sort instead of a
/// B-tree insert per row); and the search (FTS5) and map (R*Tree) entries of
/// the new incidents and entities are written in one pass at the end, from
/// the rows as stored, instead of one statement per row. A map tree smaller
/// than the batch is written again whole, packed (RtreePacker).
///
/// Only indexes that are not UNIQUE are dropped: a UNIQUE index is what
/// makes a key a duplicate (ON CONFLICT) while the rows go in. The schema is
/// the same after finish() as before begin() (same objects, same SQL); DDL
/// is transactional in SQLite, so a rolled back import leaves the indexes
/// as they were. SQLite drops an index's ANALYZE statistics with it.
class BulkLoad {
public:
    explicit BulkLoad(Workspace& workspace);

    /// Inside the transaction, before the first row. `tables`: those the
    /// import writes; `expectedRows`: about how many rows it brings (a
    /// table holding fewer keeps its indexes out until finish()).
    Status begin(const QStringList& tables, qint64 expectedRows);

    /// Whether the writers leave the FTS5 and R*Tree rows of new incidents
    /// and entities to finish(): true between begin() and finish().
    bool defersSearch() const { return m_active; }
    /// A writer of incidents says a new one has a summary or a point; with
    /// neither (a CTDC file), finish() does not read the new incidents for
    /// them, two scans of every new row.
    void deferredIncident(bool hasSummary, bool hasPoint)
    {
        m_incidentSummaries |= hasSummary;
        m_incidentPoints |= hasPoint;
    }

    /// Before commit: the search and map rows of every incident and entity
    /// added since begin(), then the dropped indexes, each from its SQL.
    Status finish();

    /// Names of the indexes begin() dropped (for tests and logs).
    QStringList droppedIndexes() const;

private:
    Status writeIncidentMap();

    struct Dropped {
        QString name, sql;
    };
    Workspace& m_ws;
    std::vector<Dropped> m_dropped;
    qint64 m_lastIncident = 0, m_lastEntity = 0;
    bool m_active = false;
    bool m_incidentSummaries = false, m_incidentPoints = false;
};

} // namespace waymark::store
