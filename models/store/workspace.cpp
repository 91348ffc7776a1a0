#include "workspace.h"
#include "workspace_p.h"

#include "core/feedback.h"
#include "core/logging.h"
#include "store/auditlog.h"
#include "store/cryptvfs.h"
#include "store/memorytempvfs.h"
#include "store/schema.h"
#include "store/sqlfunctions.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QScopeGuard>
#include <QUrl>
#include <QtEndian>

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace waymark::store {

Workspace::Workspace()
    : d(std::make_unique<Private>())
{
}

Workspace::~Workspace() = default;

int Workspace::currentSchemaVersion()
{
    return Schema::latestVersion();
}

namespace {

std::atomic<bool> g_interruptAll { false };
static_assert(std::atomic<bool>::is_always_lock_free, "interruptAll() is called from signal handlers");

bool isReadOnlyFailure(int code)
{
    const int primary = code & 0xff;
    return primary == SQLITE_READONLY || primary == SQLITE_CANTOPEN || primary == SQLITE_PERM;
}

Error readOnlyError(const QString& path)
{
    return Error(QCoreApplication::translate("Workspace",
        "%1 cannot be written: the file or its folder is read-only, and Waymark writes to the workspace and its "
        "journal beside it. Copy it to a folder you can write to, or inspect it with waymark info.")
                     .arg(path));
}

/// The file a journal beside `path` names as its super-journal, if it
/// names one. SQLite writes that record (at the journal's end, where it
/// reads it) only for a transaction over several attached files, which
/// Waymark never makes. Replaying such a journal, which the first
/// connection that may write to the file does, deletes the file it names
/// unless that file lists the journal: a received workspace could carry one
/// naming any file of the analyst's.
std::optional<QString> superJournalOf(const QString& path)
{
    QFile j(path + QLatin1String("-journal"));
    const qint64 size = j.size();
    if (size < 16 || !j.open(QIODevice::ReadOnly) || !j.seek(size - 16))
        return std::nullopt;
    const QByteArray tail = j.read(16);
    static const char magic[8]
        = { char(0xd9), char(0xd5), char(0x05), char(0xf9), char(0x20), char(0xa1), char(0x63), char(0xd7) };
    if (tail.size() != 16 || tail.mid(8) != QByteArray::fromRawData(magic, 8))
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(tail.constData());
    QByteArray name;
    if (length > 0 && length < 65536 && qint64(length) <= size - 16 && j.seek(size - 16 - qint64(length)))
        name = j.read(qint64(length));
    return QString::fromUtf8(name.left(name.indexOf('\0') < 0 ? name.size() : name.indexOf('\0')));
}

/// A write that was stopped (an import killed mid-way, a power cut) can
/// leave its rollback journal beside the file (the command line imports
/// through one). SQLite takes the file back to its last committed state
/// when a connection that may write first reads it; a read-only one cannot,
/// and fails. So a read-only open first lets a connection of its own do it:
/// what was committed does not change, what was half-written goes. A
/// journal in use by a running write is not touched (its lock is held).
void rollBackStoppedWrite(const QString& path, const char* vfs)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, vfs)
        == SQLITE_OK) {
        Workspace::distrust(db);
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_schema", nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(db);
}

} // namespace

std::optional<Error> refuseSuperJournal(const QString& path)
{
    const auto other = superJournalOf(path);
    if (!other)
        return std::nullopt;
    return Error(QCoreApplication::translate("Workspace",
        "%1 is not opened: the journal beside it (%2) names another file (%3), which replaying the journal "
        "could delete. Waymark never writes such a journal. Remove %2 to open the workspace as it was last "
        "saved.")
                     .arg(path, path + QLatin1String("-journal"), *other));
}

Result<std::unique_ptr<Workspace>> Workspace::createEncrypted(const QString& path, const QByteArray& passphrase)
{
    if (QFileInfo::exists(path))
        return Error(QCoreApplication::translate("Workspace", "%1 already exists; choose another name.").arg(path));
    if (passphrase.isEmpty())
        return Error(QCoreApplication::translate("Workspace", "An encrypted workspace needs a passphrase."));
    if (Status st = Crypt::createEncrypted(path, passphrase); !st)
        return st.error();
    auto ws = open(path, Mode::Create);
    if (!ws)
        Crypt::forget(path);
    return ws;
}

bool Workspace::isEncrypted(const QString& path)
{
    return Crypt::isEncrypted(path);
}

bool Workspace::needsPassphrase(const QString& path)
{
    return Crypt::isEncrypted(path) && !Crypt::hasKey(path);
}

Status Workspace::unlock(const QString& path, const QByteArray& passphrase)
{
    return Crypt::unlock(path, passphrase);
}

const char* Workspace::vfsFor(const QString& path)
{
    return Crypt::isEncrypted(path) ? Crypt::vfsName() : memoryTempVfsName();
}

void Workspace::interruptAll()
{
    g_interruptAll.store(true, std::memory_order_relaxed);
}

int progressHandler(void* data)
{
    if (g_interruptAll.load(std::memory_order_relaxed))
        return 1;
    const auto* cancel = static_cast<const std::atomic<const Feedback*>*>(data)->load(std::memory_order_relaxed);
    return cancel && cancel->isCanceled() ? 1 : 0;
}

bool Workspace::isInterrupted()
{
    return g_interruptAll.load(std::memory_order_relaxed);
}

void Workspace::setCancel(const Feedback* feedback)
{
    d->cancel.store(feedback, std::memory_order_relaxed);
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Mode mode, Check check)
{
    // Before SQLite initialises (finding a VFS does): no global allocation
    // statistics, whose mutex costs a tenth of a bulk import.
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
    // ":memory:" is SQLite's in-memory database (fuzzers, tests), never a file.
    const bool inMemory = path == QLatin1String(":memory:");
    const bool exists = !inMemory && QFileInfo::exists(path);
    if ((mode == Mode::OpenExisting || mode == Mode::ReadOnly) && !exists)
        return Error(QCoreApplication::translate("Workspace", "The workspace %1 does not exist.").arg(path));
    if (mode == Mode::Create && exists)
        return Error(QCoreApplication::translate("Workspace", "%1 already exists; choose another name.").arg(path));
    if (exists && !QFileInfo(path).isFile())
        return Error(QCoreApplication::translate("Workspace", "%1 is not a file.").arg(path));
    // An encrypted workspace opens through the cipher shim with the key its
    // passphrase unlocked (Crypt::unlock, or createEncrypted for a new one).
    const bool encrypted = !inMemory && (exists ? Crypt::isEncrypted(path) : Crypt::hasKey(path));
    if (encrypted && !Crypt::hasKey(path))
        return Error(
            QCoreApplication::translate("Workspace", "%1 is encrypted: it opens with its passphrase.").arg(path));
    const char* vfs = encrypted ? Crypt::vfsName() : memoryTempVfsName();

    std::unique_ptr<Workspace> ws(new Workspace);
    ws->d->path = path;
    ws->d->readOnly = mode == Mode::ReadOnly;
    ws->d->deferCheck = check == Check::Later;
    if (!exists && !inMemory) {
        // Case data is for the analyst alone: the file (and so its -wal and
        // -shm, which SQLite creates with the file's permissions) is 0600.
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error(QCoreApplication::translate("Workspace", "The workspace %1 could not be created.").arg(path),
                f.errorString());
        f.close();
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QByteArray file = QFile::encodeName(path);
    int flags = SQLITE_OPEN_NOMUTEX;
    flags |= ws->d->readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (ws->d->readOnly && !QFileInfo(QFileInfo(path).absolutePath()).isWritable()
        && !QFileInfo::exists(path + QLatin1String("-wal"))) {
        // Inspecting a file in a folder nobody can write to: SQLite could not
        // create the WAL's side files, and no one can change the file meanwhile.
        file = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toEncoded() + "?immutable=1";
        flags |= SQLITE_OPEN_URI;
    }
    if (exists) {
        if (auto refused = refuseSuperJournal(path))
            return *refused;
    }
    if (ws->d->readOnly && QFileInfo(path + QLatin1String("-journal")).size() > 0 && QFileInfo(path).isWritable())
        rollBackStoppedWrite(path, vfs);
    int rc = sqlite3_open_v2(file.constData(), &ws->d->db, flags, vfs);
    if (rc != SQLITE_OK) {
        Error e = isReadOnlyFailure(rc) && !ws->d->readOnly
            ? readOnlyError(path)
            : Error(QCoreApplication::translate("Workspace", "The workspace %1 could not be opened.").arg(path),
                ws->d->db ? QString::fromUtf8(sqlite3_errmsg(ws->d->db)) : QString::fromUtf8(sqlite3_errstr(rc)));
        if (!exists)
            QFile::remove(path);
        return e;
    }
    ws->harden();
    if (Status st = ws->configure(!exists); !st) {
        Error e = st.error();
        ws.reset();
        if (!exists) {
            for (const char* side : { "", "-wal", "-shm", "-journal" })
                QFile::remove(path + QLatin1String(side));
        }
        return e;
    }
    return ws;
}

void Workspace::distrust(sqlite3* db)
{
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_VIEW, 0, nullptr);
}

void Workspace::harden()
{
    sqlite3* db = d->db;
    sqlite3_extended_result_codes(db, 1);
    sqlite3_busy_timeout(db, 5000);
    // The file may come from anyone. Its schema may call no function that is
    // not innocuous, nor use a virtual table from a trigger or view; the
    // connection refuses what could corrupt the file on purpose (writable
    // schema, direct writes to shadow tables); no extension loads.
    // Until the schema is known to be Waymark's, nothing in it may run.
    distrust(db);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024);
    sqlite3_limit(db, SQLITE_LIMIT_TRIGGER_DEPTH, 10);
    sqlite3_progress_handler(db, 4096, progressHandler, &d->cancel);
    SqlFunctions::install(db);
}

Status Workspace::configure(bool created)
{
    // A file that is not SQLite at all fails on the first read.
    const qint64 appId = scalar("PRAGMA application_id");
    const int code = sqlite3_errcode(d->db);
    if (code != SQLITE_OK && code != SQLITE_DONE && code != SQLITE_ROW) {
        if (isReadOnlyFailure(sqlite3_extended_errcode(d->db)) && !d->readOnly)
            return readOnlyError(d->path);
        // Locked for longer than the busy timeout: another program holds it
        // (an import or a copy in another Waymark), which says nothing of
        // what the file is.
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return Error(QCoreApplication::translate("Workspace",
                             "%1 is in use: another program (perhaps another Waymark) has held it locked for more than "
                             "5 seconds. Try again when it has finished, or close the other program.")
                             .arg(d->path),
                QString::fromUtf8(sqlite3_errmsg(d->db)));
        return Error(QCoreApplication::translate("Workspace", "%1 is not a Waymark workspace.").arg(d->path),
            QString::fromUtf8(sqlite3_errmsg(d->db)));
    }
    const qint64 tables = scalar("SELECT count(*) FROM sqlite_schema");
    if (!created && tables > 0 && appId != applicationId)
        return Error(QCoreApplication::translate("Workspace", "%1 is not a Waymark workspace.").arg(d->path),
            QCoreApplication::translate("Workspace", "Its application id is %1, not Waymark's.").arg(appId));
    if (!d->readOnly && sqlite3_db_readonly(d->db, "main") == 1)
        return readOnlyError(d->path);
    const int version = schemaVersion();
    if (version > Schema::latestVersion()) {
        return Error(QCoreApplication::translate("Workspace",
            "%1 was written by a newer Waymark (schema %2; this one reads up to %3). Update Waymark to open it.")
                         .arg(d->path)
                         .arg(version)
                         .arg(Schema::latestVersion()));
    }
    if (version < 0)
        return Error(QCoreApplication::translate("Workspace", "%1 is damaged or not a Waymark workspace.").arg(d->path),
            QCoreApplication::translate("Workspace", "Its schema version is %1.").arg(version));
    if (tables > 0) {
        // Exactly the schema Waymark created for that version: a trigger,
        // view, table or index from anyone else is refused, by name.
        const QStringList diff = Schema::differences(d->db, version);
        if (!diff.isEmpty())
            return Error(QCoreApplication::translate("Workspace",
                             "%1 holds schema objects Waymark did not create, and is not opened: %2. "
                             "Open a cleaned copy (File ▸ Open, or waymark clean) to work with its data.")
                             .arg(d->path, diff.mid(0, 8).join(QLatin1String("; "))),
                diff.join(QLatin1Char('\n')));
        // A file about to be migrated is checked first, whatever was asked.
        if (version < Schema::latestVersion() || d->readOnly)
            d->deferCheck = false;
        if (Status st = checkOnce(); !st)
            return st;
    }
    sqlite3_db_config(d->db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, nullptr);
    sqlite3_db_config(d->db, SQLITE_DBCONFIG_ENABLE_VIEW, 1, nullptr);
    if (d->readOnly) {
        if (version < Schema::latestVersion())
            return Error(QCoreApplication::translate("Workspace",
                "%1 was written by an older Waymark (schema %2). Open it for writing once to bring it up to date.")
                             .arg(d->path)
                             .arg(version));
        d->audit = std::make_unique<AuditLog>(*this);
        return exec("PRAGMA query_only = ON");
    }
    if (tables == 0) {
        if (Status st = exec("PRAGMA application_id = " + std::to_string(applicationId)); !st)
            return st;
    }
    // secure_delete: deleted case data is overwritten, not left in free pages.
    // Temporary files: through a VFS that keeps them in memory, else none
    // (the cipher shim's are sealed, but its sorter would seal every run).
    sqlite3_vfs* vfs = nullptr;
    sqlite3_file_control(d->db, "main", SQLITE_FCNTL_VFS_POINTER, &vfs);
    const bool memoryFiles = vfs && vfs == sqlite3_vfs_find(memoryTempVfsName());
    for (const char* pragma : { "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
             memoryFiles ? "PRAGMA temp_store = FILE" : "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536",
             "PRAGMA secure_delete = ON" }) {
        if (Status st = exec(pragma); !st)
            return st;
    }
    if (Status st = Schema::migrate(*this); !st)
        return st;
    d->audit = std::make_unique<AuditLog>(*this);
    if (created)
        return d->audit->append(QStringLiteral("workspace.create"), QFileInfo(d->path).fileName(),
            QStringLiteral("schema %1").arg(Schema::latestVersion()));
    return Ok {};
}

Status Workspace::cleanCopy(const QString& from, const QString& to)
{
    // The copy is written through the plain VFS: an encrypted workspace would
    // come out in clear text, so it is refused rather than copied.
    if (Crypt::isEncrypted(from))
        return Error(QCoreApplication::translate(
            "Workspace", "%1 is encrypted; a cleaned copy is made of plain workspaces only (decrypt a copy first).")
                         .arg(from));
    sqlite3* src = nullptr;
    auto closeSrc = qScopeGuard([&] { sqlite3_close_v2(src); });
    if (sqlite3_open_v2(QFile::encodeName(from).constData(), &src, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return Error(QCoreApplication::translate("Workspace", "The workspace %1 could not be opened.").arg(from));
    distrust(src);
    // What is missing or changed cannot be put right by dropping: only
    // objects that are not Waymark's are taken out.
    QStringList problems;
    QStringList foreign; // "type\x1fname"
    {
        Statement v(src, "PRAGMA user_version");
        const int version = v.next() ? int(v.int64(0)) : -1;
        v.reset();
        for (const Schema::Difference& d : Schema::compare(src, version)) {
            if (d.kind != Schema::Difference::Kind::Foreign)
                return Error(QCoreApplication::translate("Workspace", "%1 cannot be cleaned: %2.").arg(from, d.text()));
            problems << d.text();
            foreign << d.type + QLatin1Char('\x1f') + d.name;
        }
    }
    if (QFileInfo::exists(to))
        return Error(QCoreApplication::translate("Workspace", "%1 already exists; choose another name.").arg(to));
    {
        QFile f(to);
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            return Error(QCoreApplication::translate("Workspace", "The workspace %1 could not be created.").arg(to),
                f.errorString());
        f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    sqlite3* dst = nullptr;
    auto closeDst = qScopeGuard([&] { sqlite3_close_v2(dst); });
    auto fail = [&](const QString& why) -> Status {
        sqlite3_close_v2(dst);
        dst = nullptr;
        for (const char* side : { "", "-wal", "-shm", "-journal" })
            QFile::remove(to + QLatin1String(side));
        return Error(
            QCoreApplication::translate("Workspace", "A cleaned copy of %1 could not be written.").arg(from), why);
    };
    if (sqlite3_open_v2(QFile::encodeName(to).constData(), &dst, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr)
        != SQLITE_OK)
        return fail(QString::fromUtf8(sqlite3_errmsg(dst)));
    distrust(dst);
    sqlite3_backup* backup = sqlite3_backup_init(dst, "main", src, "main");
    if (!backup)
        return fail(QString::fromUtf8(sqlite3_errmsg(dst)));
    const int rc = sqlite3_backup_step(backup, -1);
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE)
        return fail(QString::fromUtf8(sqlite3_errstr(rc)));
    SqlFunctions::install(dst);
    // Triggers and views first: a table cannot go while they name it.
    auto rank = [](const QString& object) {
        int r = 0;
        for (const char* type : { "trigger", "view", "index" }) {
            if (object.startsWith(QLatin1String(type)))
                return r;
            ++r;
        }
        return r;
    };
    std::stable_sort(
        foreign.begin(), foreign.end(), [&](const QString& a, const QString& b) { return rank(a) < rank(b); });
    for (const QString& object : std::as_const(foreign)) {
        const QString type = object.section(QLatin1Char('\x1f'), 0, 0).toUpper();
        QString name = object.section(QLatin1Char('\x1f'), 1);
        name.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const QByteArray sql
            = (QLatin1String("DROP ") + type + QLatin1String(" IF EXISTS \"") + name + QLatin1Char('"')).toUtf8();
        char* message = nullptr;
        if (sqlite3_exec(dst, sql.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
            const QString why = QString::fromUtf8(message ? message : "");
            sqlite3_free(message);
            return fail(why);
        }
    }
    sqlite3_exec(dst, "PRAGMA journal_mode = WAL", nullptr, nullptr, nullptr);
    closeDst.dismiss();
    sqlite3_close_v2(dst);
    dst = nullptr;
    // The copy must now open as any workspace does.
    auto ws = open(to, Mode::OpenExisting);
    if (!ws) {
        for (const char* side : { "", "-wal", "-shm", "-journal" })
            QFile::remove(to + QLatin1String(side));
        return ws.error();
    }
    return ws.value()->audit().append(QStringLiteral("workspace.clean"), QFileInfo(to).fileName(),
        QStringLiteral("from %1; removed: %2").arg(QFileInfo(from).fileName(), problems.join(QLatin1String("; "))));
}

QString Workspace::path() const
{
    return d->path;
}
sqlite3* Workspace::handle() const
{
    return d->db;
}
int Workspace::schemaVersion() const
{
    return int(const_cast<Workspace*>(this)->scalar("PRAGMA user_version"));
}

Statement& Workspace::cached(std::string_view sql)
{
    auto it = d->cache.find(std::string(sql));
    if (it == d->cache.end()) {
        it = d->cache.emplace(std::string(sql), std::make_unique<Statement>(d->db, sql)).first;
        if (d->cachedHook)
            d->cachedHook(*it->second);
    }
    it->second->reset();
    return *it->second;
}

void Workspace::setCachedStatementHook(std::function<void(Statement&)> hook)
{
    d->cachedHook = std::move(hook);
    if (d->cachedHook) {
        for (auto& [sql, statement] : d->cache)
            d->cachedHook(*statement);
    }
}

Status Workspace::exec(std::string_view sql)
{
    char* message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(d->db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error e(QCoreApplication::translate("Workspace", "The workspace refused a change."),
            QString::fromUtf8(message ? message : "") + QLatin1String(" in: ")
                + QString::fromStdString(text).left(200));
        sqlite3_free(message);
        return e;
    }
    return Ok {};
}

qint64 Workspace::lastInsertId() const
{
    return sqlite3_last_insert_rowid(d->db);
}
int Workspace::changes() const
{
    return sqlite3_changes(d->db);
}

qint64 Workspace::count(const QString& table)
{
    Statement& known = cached("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    known.bind(1, table);
    if (!known.next())
        return -1;
    known.reset();
    return scalar(QString(QLatin1String("SELECT count(*) FROM \"") + table + QLatin1Char('"')).toStdString());
}

qint64 Workspace::scalar(std::string_view sql)
{
    Statement st(d->db, sql);
    return st.next() ? st.int64(0) : 0;
}

Status Workspace::putNamed(std::string_view table, const QString& name, const QString& data)
{
    if (Status st = awaitCheck(); !st)
        return st;
    // Table names come from our own code, never from input.
    const std::string sql = "INSERT INTO " + std::string(table)
        + "(name, data, updated_at) VALUES(?,?,?) "
          "ON CONFLICT(name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at";
    return cached(sql)
        .bind(1, name)
        .bind(2, data)
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .exec();
}

std::optional<QString> Workspace::getNamed(std::string_view table, const QString& name)
{
    Statement& st = cached("SELECT data FROM " + std::string(table) + " WHERE name = ?");
    st.bind(1, name);
    std::optional<QString> data;
    if (st.next())
        data = st.text(0);
    st.reset();
    return data;
}

QStringList Workspace::strings(std::string_view sql)
{
    QStringList out;
    Statement st(d->db, sql);
    while (st.next())
        out << st.text(0);
    return out;
}

QString Workspace::meta(const QString& key) const
{
    Statement& st = const_cast<Workspace*>(this)->cached("SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    QString value = st.next() ? st.text(0) : QString();
    st.reset();
    return value;
}

Status Workspace::setMeta(const QString& key, const QString& value)
{
    if (Status st = awaitCheck(); !st)
        return st;
    return cached("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .exec();
}

AuditLog& Workspace::audit()
{
    return *d->audit;
}

} // namespace waymark::store
