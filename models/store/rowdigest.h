#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace waymark::store {

class Workspace;

/// What an import wrote, as a digest per table that `audit verify` can
/// recompute: a row added, changed or deleted since shows.
///
/// Every table with an `extract_id` column takes part (found from the schema,
/// so tables of later versions join by themselves). A row's hash is BLAKE2b
/// over its table's name and each non-NULL column's name, type and value, so
/// a column added later with no value leaves old digests as they were; a
/// table's digest is the row count and the sum of its rows' hashes (four
/// 64-bit lanes), which does not depend on the order rows are read in. The
/// text form is `table:count:hex` per table with rows, joined by `;`.
class RowDigest {
public:
    /// The digest of the rows of one extract.
    static QString ofExtract(Workspace& workspace, qint64 extractId);
    /// The digests of every extract, one pass over each table.
    static QHash<qint64, QString> ofAll(Workspace& workspace);
    /// How a recomputed digest differs from the recorded one, one line per
    /// table ("incidents: 500 rows then, 250 now"); empty when they agree.
    static QStringList compare(const QString& recorded, const QString& now);
};

} // namespace waymark::store
