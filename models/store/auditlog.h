#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

namespace waymark::store {

class Workspace;

/// The append-only record of what happened to a workspace. Each record's
/// SHA-256 covers its fields and the previous record's hash, so editing or
/// deleting any record breaks the chain from there on, and verify() finds it.
/// Each record is signed with the analyst's Ed25519 key (SigningKey), the
/// chain head is kept in meta, and each import records a digest of the rows
/// it wrote (RowDigest), so that deleting records from the end, rewriting the
/// whole chain, or changing rows behind the log's back are found too.
class AuditLog {
public:
    explicit AuditLog(Workspace& workspace);

    /// Appends a record (time, user, action, object, details). Call it inside
    /// the transaction of the change it records, so both land or neither.
    Status append(const QString& action, const QString& object, const QString& details);
    /// Number of records if the chain is intact; otherwise an error naming the
    /// first record that does not match.
    Result<qint64> verify();

    /// What verifying the chain found besides its being intact.
    struct Verification {
        qint64 records = 0;
        qint64 signedByYou = 0;
        qint64 signedByTrusted = 0; ///< keys in trusted-keys/
        qint64 signedByOthers = 0; ///< keys the analyst does not know
        qint64 unsigned_ = 0; ///< written before records were signed
        QStringList otherSigners; ///< their public keys, hex
        QString head; ///< "id:hash" of the last record
    };
    /// The chain: every hash, every signature (a record after a signed one
    /// must be signed too) and the chain head kept in meta, which records
    /// deleted from the end no longer reach.
    Result<Verification> verifyChain();
    /// The rows: every import's recorded row digest against the rows there
    /// now (see RowDigest), every extract against its import record. One
    /// readable line per problem; empty when the rows are what was imported.
    QStringList verifyRows();

    /// The head of the chain as "record:hash" (empty with no record), as
    /// exports print it.
    QString head();

    /// Who is working: the login name, else the account's name, else "unknown".
    static QString currentUser();
    static QString hashOf(const QString& prevHash, const QString& at, const QString& user, const QString& action,
        const QString& object, const QString& details);

private:
    Workspace& m_workspace;
};

} // namespace waymark::store
