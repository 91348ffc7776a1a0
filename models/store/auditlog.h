#pragma once

#include "core/result.h"

#include <QString>

namespace waymark::store {

class Workspace;

/// The append-only record of what happened to a workspace. Each record's
/// SHA-256 covers its fields and the previous record's hash, so editing or
/// deleting any record breaks the chain from there on, and verify() finds it.
class AuditLog {
public:
    explicit AuditLog(Workspace& workspace);

    /// Appends a record (time, user, action, object, details). Call it inside
    /// the transaction of the change it records, so both land or neither.
    Status append(const QString& action, const QString& object, const QString& details);
    /// Number of records if the chain is intact; otherwise an error naming the
    /// first record that does not match.
    Result<qint64> verify();

    /// Who is working: the login name, else the account's name, else "unknown".
    static QString currentUser();
    static QString hashOf(const QString& prevHash, const QString& at, const QString& user, const QString& action,
        const QString& object, const QString& details);

private:
    Workspace& m_workspace;
};

} // namespace waymark::store
