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

/// SQLite's quick_check, or the integrity and foreign-key checks, on a connection.
QStringList structureProblems(sqlite3* db, bool full)
{
    QStringList problems;
    Statement st(db, full ? "PRAGMA integrity_check(100)" : "PRAGMA quick_check(100)");
    while (st.next()) {
        const QString line = st.text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    if (Error e = st.error(); !e.isNull())
        problems << (e.detail.isEmpty() ? e.message : e.detail);
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

/// The check of a file, settled: run by this caller if it is still pending
/// (with run), waited for if another thread runs it.
Status settleCheck(const QString& id, const QString& path, const std::function<QStringList()>& run)
{
    FileChecks& checks = fileChecks();
    std::unique_lock<std::mutex> lock(checks.mutex);
    FileCheck& check = checks.files[id];
    if (check.state == FileCheck::State::Pending) {
        check.state = FileCheck::State::Running;
        lock.unlock();
        QElapsedTimer clock;
        clock.start();
        QStringList problems = run();
        if (problems.isEmpty())
            qCDebug(lcStore) << "structure check of" << path << "passed in" << clock.elapsed() << "ms";
        else
            qCWarning(lcStore) << "structure check of" << path << "failed:" << problems.first();
        lock.lock();
        FileCheck& done = checks.files[id];
        done.problems = std::move(problems);
        done.state = FileCheck::State::Done;
        checks.done.notify_all();
    }
    checks.done.wait(lock, [&] { return checks.files[id].state == FileCheck::State::Done; });
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
    return settleCheck(d->checkId, d->path, [this] { return structureProblems(d->db, false); });
}

Status Workspace::awaitCheck()
{
    if (d->checkId.isEmpty())
        return Ok {};
    return settleCheck(d->checkId, d->path, [this] { return structureProblems(d->db, false); });
}

std::function<Status()> Workspace::pendingCheck() const
{
    return [id = d->checkId, path = d->path] {
        if (id.isEmpty())
            return Status(Ok {});
        return settleCheck(id, path, [&path] {
            sqlite3* db = nullptr;
            QStringList problems;
            if (sqlite3_open_v2(
                    QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, vfsFor(path))
                == SQLITE_OK) {
                distrust(db);
                static std::atomic<const Feedback*> noCancel { nullptr };
                sqlite3_progress_handler(db, 4096, progressHandler, &noCancel);
                problems = structureProblems(db, false);
            } else {
                problems << QString::fromUtf8(db ? sqlite3_errmsg(db) : "cannot open");
            }
            sqlite3_close_v2(db);
            return problems;
        });
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
