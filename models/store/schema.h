#pragma once

#include "core/result.h"

#include <QStringList>

#include <vector>

struct sqlite3;

namespace waymark::store {

class Workspace;

/// The workspace schema as a list of migrations; migration N takes a file
/// from user_version N-1 to N inside one transaction.
class Schema {
public:
    static int latestVersion();
    /// Brings the workspace to latestVersion(); a no-op when it is there already.
    static Status migrate(Workspace& workspace);
    /// How a database's schema (sqlite_schema: tables, indexes, triggers,
    /// views, with their SQL) differs from the one Waymark creates at that
    /// version: objects that are not Waymark's, changed or missing, one
    /// readable line each; empty when it is exactly Waymark's. A version out
    /// of range is one line.
    static QStringList differences(sqlite3* db, int version);
    /// The same, as data: what kind of difference, of which object.
    struct Difference {
        enum class Kind { Foreign, Changed, Missing, Version };
        Kind kind;
        QString type; ///< table, index, trigger, view ("" for Version)
        QString name; ///< the object's name (the version, for Version)
        QString text() const; ///< the readable, translated line
    };
    static std::vector<Difference> compare(sqlite3* db, int version);
    /// Puts a report's stored version into the search index (report_fts).
    static Status indexReport(Workspace& workspace, qint64 reportId, int version);
};

} // namespace waymark::store
