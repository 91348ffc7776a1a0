#pragma once

#include "core/result.h"
#include "store/statement.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>
#include <string_view>

struct sqlite3;

namespace waymark {
class Feedback;
}

namespace waymark::store {

class AuditLog;

/// One investigation: a single SQLite file (`*.waymark`) holding everything
/// imported, derived and written. Opening migrates the schema forward
/// (`PRAGMA user_version`), turns on WAL and foreign keys, and refuses files
/// that are not workspaces or come from a newer Waymark.
///
/// A workspace may come from anyone, so opening is safe by construction: the
/// connection is defensive with an untrusted schema; the schema must be
/// exactly the one Waymark creates at the file's version (a foreign trigger,
/// view, table or index is refused by name, and nothing in the schema runs
/// before that is known); the version is bounded on both sides; and the
/// first open of a file in a process runs SQLite's quick_check. Files are
/// created 0600 with secure_delete on.
///
/// A Workspace is one connection: use it from one thread only, and open a
/// second Workspace on the same file for another thread.
class Workspace {
public:
    /// ReadOnly inspects a file and never changes it: no journal mode
    /// switch, no migration, every write refused.
    enum class Mode { OpenExisting, Create, OpenOrCreate, ReadOnly };
    /// When the structure check of the first open of a file in the process
    /// runs. Now: before open returns. Later: open returns at once (a window
    /// is not frozen while a large encrypted file is read through); the check
    /// runs from pendingCheck() on a worker, or else before the first write.
    /// Connections opened meanwhile read without waiting; every write
    /// (Transaction, setMeta, putNamed) waits for the check and is refused
    /// if the file is damaged. A file to be migrated is always checked now.
    enum class Check { Now, Later };

    static Result<std::unique_ptr<Workspace>> open(
        const QString& path, Mode mode = Mode::OpenOrCreate, Check check = Check::Now);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    static int currentSchemaVersion();

    /// A new workspace encrypted at rest under a passphrase (store::Crypt:
    /// Argon2id, XChaCha20-Poly1305 on every page, WAL included). Later opens
    /// of the file, on any thread, find its key once unlock() has run.
    static Result<std::unique_ptr<Workspace>> createEncrypted(const QString& path, const QByteArray& passphrase);
    /// Whether a file is an encrypted workspace (it then needs unlock()).
    static bool isEncrypted(const QString& path);
    /// Encrypted and not yet unlocked in this process.
    static bool needsPassphrase(const QString& path);
    /// Derives the key of an encrypted workspace from its passphrase and keeps
    /// it for this process; a wrong passphrase is an error.
    static Status unlock(const QString& path, const QByteArray& passphrase);
    /// The SQLite VFS to open a workspace file with directly (null: the
    /// default), for readers that keep their own connections.
    static const char* vfsFor(const QString& path);
    /// Sets a raw connection to a workspace file as every Waymark connection
    /// starts: defensive, its schema untrusted, no trigger or view run.
    static void distrust(sqlite3* db);

    /// What is wrong with a file's schema, one line each (see
    /// Schema::differences); empty when it is Waymark's. Opens the file
    /// read-only and runs nothing in it.
    static QStringList schemaProblems(const QString& path);
    /// Writes a copy of a workspace without the schema objects that are not
    /// Waymark's (triggers, views, tables, indexes someone added), so that
    /// its data can be used; the copy is opened and checked like any file.
    /// Refused when Waymark's own objects were changed or are missing.
    static Status cleanCopy(const QString& from, const QString& to);

    /// Interrupts every statement running on every connection, now and from
    /// now on (Ctrl+C, SIGTERM). Only an atomic store: safe in a signal handler.
    static void interruptAll();
    static bool isInterrupted();
    /// While set, a statement running on this connection is interrupted
    /// (SQLITE_INTERRUPT) as soon as the feedback is canceled. Null to clear.
    void setCancel(const Feedback* feedback);

    /// SQLite's quick_check, or with full the integrity_check and foreign
    /// key check: the problems found, empty when the file is sound.
    QStringList check(bool full);
    /// Waits for the file's structure check (running it here if it is still
    /// pending): an error when the file is damaged. Ok at once once checked.
    Status awaitCheck();
    /// The file's structure check as a task for any thread, on a connection
    /// of its own (see Check::Later); Ok at once if it has already run.
    std::function<Status()> pendingCheck() const;
    /// Whether the structure check has answered (or was never needed): a
    /// write now does not wait for it.
    bool isChecked() const;
    /// The SQLite application_id every workspace carries ("WYMK").
    static constexpr int applicationId = 0x57594D4B;

    QString path() const;
    int schemaVersion() const;
    sqlite3* handle() const;

    /// A statement prepared once per connection and reused; reset before it is returned.
    Statement& cached(std::string_view sql);
    /// While set, `hook` is shown every cached statement: those prepared
    /// already, now, and each new one as it is prepared (RowDigestRecorder
    /// taps the INSERTs). An empty function stops it.
    void setCachedStatementHook(std::function<void(Statement&)> hook);
    /// Runs one or more statements that return no rows.
    Status exec(std::string_view sql);
    qint64 lastInsertId() const;
    int changes() const;
    /// Rows in a table of the schema (the name is checked against the schema).
    qint64 count(const QString& table);
    /// The first column of the first row of a query, as an integer (0 if none).
    qint64 scalar(std::string_view sql);
    /// The first column of every row of a query, as text.
    QStringList strings(std::string_view sql);

    /// Named documents (column mapping presets, link charts): tables of
    /// (name, data, updated_at). put replaces a document of the same name.
    Status putNamed(std::string_view table, const QString& name, const QString& data);
    /// The document's data, if there is one of that name.
    std::optional<QString> getNamed(std::string_view table, const QString& name);

    QString meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);

    AuditLog& audit();

private:
    Workspace();
    void harden();
    Status configure(bool created);
    Status checkOnce();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace waymark::store
