#include "datafingerprint.h"

#include "store/statement.h"
#include "store/workspace.h"

namespace waymark::reports {

Result<QString> DataFingerprint::of(store::Workspace& ws)
{
    store::Statement& q = ws.cached("SELECT coalesce((SELECT max(id) FROM extracts), 0), "
                                    "(SELECT count(*) FROM incidents), (SELECT count(*) FROM entities), "
                                    "(SELECT count(*) FROM links), (SELECT count(*) FROM accounts), "
                                    "(SELECT count(*) FROM transactions), (SELECT count(*) FROM entity_merges)");
    if (!q.next()) {
        const Error e = q.error();
        q.reset();
        return e;
    }
    const QString text = QStringLiteral("extract %1 · %2 incidents · %3 entities · %4 links · %5 accounts · "
                                        "%6 transactions · %7 merges")
                             .arg(q.int64(0))
                             .arg(q.int64(1))
                             .arg(q.int64(2))
                             .arg(q.int64(3))
                             .arg(q.int64(4))
                             .arg(q.int64(5))
                             .arg(q.int64(6));
    q.reset();
    return text;
}

} // namespace waymark::reports
