#pragma once

// Private to store/: the state behind a Workspace, shared by workspace.cpp
// and workspacecheck.cpp.

#include "core/feedback.h"
#include "store/auditlog.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QString>

#include <sqlite3.h>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

namespace waymark::store {

/// The error for a workspace whose rollback journal names another file as
/// its super-journal, or none (workspace.cpp's superJournalOf says why):
/// every connection that may write to a file Waymark did not just create
/// asks this first, since opening it replays the journal.
std::optional<Error> refuseSuperJournal(const QString& path);

struct Workspace::Private {
    sqlite3* db = nullptr;
    QString path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> cache;
    std::function<void(Statement&)> cachedHook;
    std::unique_ptr<AuditLog> audit;
    std::atomic<const Feedback*> cancel { nullptr };
    bool readOnly = false;
    bool deferCheck = false;
    /// The file as its structure check knows it (empty: nothing to check).
    QString checkId;

    ~Private()
    {
        cache.clear();
        if (db)
            sqlite3_close_v2(db);
    }
};

/// Polled by SQLite every few thousand virtual-machine steps: a non-zero
/// return interrupts the statement (SQLITE_INTERRUPT), so a runaway query
/// never outlives Ctrl+C, SIGTERM or a Cancel button. `data` points to the
/// connection's std::atomic<const Feedback*>.
int progressHandler(void* data);

} // namespace waymark::store
