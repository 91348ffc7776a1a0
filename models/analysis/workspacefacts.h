#pragma once

#include <QString>
#include <QStringList>

namespace waymark::store {
class Workspace;
}

namespace waymark::analysis {

/// Small facts about a workspace that views, captions and commands show,
/// each asked in one place.
class WorkspaceFacts {
public:
    /// "Data as of": the newest extract's export time (or its import time
    /// when the extract does not say), ISO 8601 as stored
    /// ("2025-12-31T23:00:00Z"); empty for a workspace with no extract.
    /// Captions print its day, left(10).
    static QString dataDate(store::Workspace& workspace);
    /// The source grades used in the workspace, sorted, for the filter's choices.
    static QStringList sourceGrades(store::Workspace& workspace);
};

} // namespace waymark::analysis
