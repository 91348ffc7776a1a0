#include "workspace.h"
#include "workspace_p.h"

#include "core/logging.h"
#include "store/cryptvfs.h"
#include "store/schema.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>

namespace waymark::store {

namespace {

/// The structure check of each file this process opened: worker
/// connections to the same file need not read it all again, and a check left
/// for later (Check::Later) is run once, by whoever needs it first.
struct FileCheck {
    enum class State { Pending, Running, Done } state = State::Pending;
    QStringList problems;
};

struct FileChecks {
    std::mutex mutex;
    std::condition_variable done;
    QHash<QString, FileCheck> files;
};

FileChecks& fileChecks()
{
    static FileChecks checks;
    return checks;
}

QString fileIdentity(const QString& path)
{
    const QFileInfo info(path);
    return info.canonicalFilePath() + QLatin1Char('|') + QString::number(info.size()) + QLatin1Char('|')
        + QString::number(info.lastModified().toMSecsSinceEpoch());
}

Error damagedError(const QString& path, const QStringList& problems)
{
    return Error(QCoreApplication::translate("Workspace",
                     "%1 is damaged (%2), and is not opened so that nothing is written into it. Restore it from a "
                     "copy, or recover what can be read with the sqlite3 shell's .recover.")
                     .arg(path, problems.first()),
        problems.join(QLatin1Char('\n')));
}

/// Whether the connection's last error is another connection's lock (the
/// file is busy, not damaged).
bool isBusy(sqlite3* db)
{
    const int code = sqlite3_extended_errcode(db) & 0xff;
    return code == SQLITE_BUSY || code == SQLITE_LOCKED;
}

/// SQLite's quick_check, or the integrity and foreign-key checks, on a
/// connection; nothing when another connection's lock kept it from reading
/// (a busy file is not a damaged one: the check is run again later).
std::optional<QStringList> structureProblemsOrBusy(sqlite3* db, bool full)
{
    QStringList problems;
    Statement st(db, full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(100)");
    while (st.next()) {
        const QString line = st.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (Error e = st.error(); !e.isNull()) {
        if (isBusy(db))
            return std::nullopt;
        problems << (e.detail.isEmpty() ? e.message : e.detail);
    }
    if (full && problems.isEmpty()) {
        Statement fk(db, "PRAGMA foreign_key_check");
        int n = 0;
        while (fk.next() && n < 100) {
            problems << QCoreApplication::translate("Workspace", "row %1 of %2 refers to a missing row of %3")
                            .arg(fk.int64(1))
                            .arg(fk.text(0), fk.text(2));
            ++n;
        }
    }
    return problems;
}

QStringList structureProblems(sqlite3* db, bool full)
{
    if (auto problems = structureProblemsOrBusy(db, full))
        return *problems;
    return { QString::fromUtf8(sqlite3_errmsg(db)) };
}

/// The check of a file, settled: run by this caller if it is still pending
/// (with run), waited for if another thread runs it. A check another
/// connection's lock kept from reading stays pending: a reader goes on
/// (`mustSettle` false: it is run again before anything is written), a
/// writer is told the file is busy.
Status settleCheck(
    const QString& id, const QString& path, const std::function<std::optional<QStringList>()>& run, bool mustSettle)
{
    FileChecks& checks = fileChecks();
    std::unique_lock<std::mutex> lock(checks.mutex);
    for (;;) {
        FileCheck& check = checks.files[id];
        if (check.state == FileCheck::State::Done)
            break;
        if (check.state == FileCheck::State::Running) {
            checks.done.wait(lock, [&] { return checks.files[id].state != FileCheck::State::Running; });
            continue;
        }
        check.state = FileCheck::State::Running;
        lock.unlock();
        QElapsedTimer clock;
        clock.start();
        std::optional<QStringList> problems = run();
        if (!problems)
            qCDebug(lcStore) << "structure check of" << path << "left for later: the file is busy";
        else if (problems->isEmpty())
            qCDebug(lcStore) << "structure check of" << path << "passed in" << clock.elapsed() << "ms";
        else
            qCWarning(lcStore) << "structure check of" << path << "failed:" << problems->first();
        lock.lock();
        FileCheck& done = checks.files[id];
        if (!problems) {
            done.state = FileCheck::State::Pending;
            checks.done.notify_all();
            if (!mustSettle)
                return Ok {};
            return Error(QCoreApplication::translate("Workspace",
                "%1 is in use by another program, which kept it from being checked before writing. Try again "
                "in a moment.")
                             .arg(path));
        }
        done.problems = std::move(*problems);
        done.state = FileCheck::State::Done;
        checks.done.notify_all();
    }
    const QStringList problems = checks.files[id].problems;
    return problems.isEmpty() ? Status(Ok {}) : Status(damagedError(path, problems));
}

} // namespace

Status Workspace::checkOnce()
{
    d->checkId = fileIdentity(d->path);
    if (d->deferCheck) {
        // Left for later: registered now, so that other connections neither
        // repeat it nor wait for it; writers wait for it (awaitCheck).
        FileChecks& checks = fileChecks();
        const std::lock_guard<std::mutex> lock(checks.mutex);
        const auto it = checks.files.constFind(d->checkId);
        if (it == checks.files.cend()) {
            checks.files.insert(d->checkId, FileCheck {});
            return Ok {};
        }
        if (it->state != FileCheck::State::Done || it->problems.isEmpty())
            return Ok {};
        return damagedError(d->path, it->problems);
    }
    {
        // A check another connection left pending or is running is not waited
        // for by a reader; it is settled before any write (awaitCheck).
        FileChecks& checks = fileChecks();
        const std::lock_guard<std::mutex> lock(checks.mutex);
        const auto it = checks.files.constFind(d->checkId);
        if (it != checks.files.cend() && it->state != FileCheck::State::Done)
            return Ok {};
    }
    // Each file once per process: the structure is sound (B-tree pages,
    // free list, row counts of indexes). A damaged file is not written to.
    return settleCheck(
        d->checkId, d->path, [this] { return structureProblemsOrBusy(d->db, false); }, false);
}

Status Workspace::awaitCheck()
{
    if (d->checkId.isEmpty())
        return Ok {};
    return settleCheck(
        d->checkId, d->path, [this] { return structureProblemsOrBusy(d->db, false); }, true);
}

bool Workspace::isChecked() const
{
    if (d->checkId.isEmpty())
        return true;
    FileChecks& checks = fileChecks();
    std::lock_guard lock(checks.mutex);
    const auto it = checks.files.constFind(d->checkId);
    return it != checks.files.cend() && it->state == FileCheck::State::Done;
}

std::function<Status()> Workspace::pendingCheck() const
{
    return [id = d->checkId, path = d->path] {
        if (id.isEmpty())
            return Status(Ok {});
        return settleCheck(
            id, path,
            [&path]() -> std::optional<QStringList> {
                sqlite3* db = nullptr;
                std::optional<QStringList> problems;
                if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                        SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, vfsFor(path))
                    == SQLITE_OK) {
                    distrust(db);
                    // As patient as the workspace's own connections: a
                    // writer's moment with the WAL index is not damage.
                    sqlite3_busy_timeout(db, 5000);
                    static std::atomic<const Feedback*> noCancel { nullptr };
                    sqlite3_progress_handler(db, 4096, progressHandler, &noCancel);
                    problems = structureProblemsOrBusy(db, false);
                } else {
                    problems = QStringList { QString::fromUtf8(db ? sqlite3_errmsg(db) : "cannot open") };
                }
                sqlite3_close_v2(db);
                return problems;
            },
            false);
    };
}

QStringList Workspace::check(bool full)
{
    return structureProblems(d->db, full);
}

QStringList Workspace::schemaProblems(const QString& path)
{
    sqlite3* db = nullptr;
    QStringList out;
    const bool encrypted = Crypt::isEncrypted(path);
    if (encrypted && !Crypt::hasKey(path))
        return out; // nothing can be read of it yet
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
            encrypted ? Crypt::vfsName() : nullptr)
        == SQLITE_OK) {
        distrust(db);
        Statement v(db, "PRAGMA user_version");
        const int version = v.next() ? int(v.int64(0)) : -1;
        v.reset();
        out = Schema::differences(db, version);
    }
    sqlite3_close_v2(db);
    return out;
}

} // namespace waymark::store
