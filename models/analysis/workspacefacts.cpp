#include "workspacefacts.h"

#include "store/statement.h"
#include "store/workspace.h"

namespace waymark::analysis {

QString WorkspaceFacts::dataDate(store::Workspace& ws)
{
    store::Statement& q = ws.cached("SELECT max(coalesce(exported_at, imported_at)) FROM extracts");
    const QString date = q.next() ? q.text(0) : QString();
    q.reset();
    return date;
}

QStringList WorkspaceFacts::sourceGrades(store::Workspace& ws)
{
    return ws.strings("SELECT DISTINCT source_grade FROM sources WHERE source_grade IS NOT NULL ORDER BY 1");
}

} // namespace waymark::analysis
