// Encryption-at-rest benchmark: the same 200,000-row table in a plain
// workspace and in one encrypted through the waymark-crypt VFS, with
// Waymark's pragmas (WAL, synchronous NORMAL, 64 MiB cache, secure_delete).
// Times, best of --repeat runs, each with a new connection (so every page is
// read, and decrypted, again from the OS cache):
//   insert  200k rows in one transaction into a new file
//   open    open + first query (the key is already unlocked; the Argon2id
//           derivation is timed apart: it is paid once per file and session)
//   scan    a full table scan
//   lookup  1000 random point lookups by id
// and prints each encrypted / plain ratio (goal ≤ 1.3).
//
// Then the same through Waymark itself, on a generated hub extract of
// --incidents N (default 20,000): the import job into a new workspace, opening
// it (schema check and quick_check included), opening it as the window does
// (the quick_check left to a worker, timed apart) and loading the map's
// incident snapshot.
//
//   bench_crypt [--rows N] [--repeat K] [--incidents N]

#include "analysis/filter.h"
#include "analysis/incidentsnapshot.h"
#include "core/feedback.h"
#include "ingest/importjob.h"
#include "sample/samplegenerator.h"
#include "store/cryptvfs.h"
#include "store/workspace.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <random>
#include <string>

using waymark::store::Crypt;

namespace {

const QByteArray passphrase = QByteArrayLiteral("bench passphrase");

sqlite3* openDb(const QString& path, const char* vfs)
{
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
            SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, vfs)
        != SQLITE_OK) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(path), db ? sqlite3_errmsg(db) : "");
        std::exit(1);
    }
    for (const char* pragma : { "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
             "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536", "PRAGMA secure_delete = ON" })
        sqlite3_exec(db, pragma, nullptr, nullptr, nullptr);
    return db;
}

void check(sqlite3* db, int rc, const char* what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW) {
        std::fprintf(stderr, "%s: %s\n", what, sqlite3_errmsg(db));
        std::exit(1);
    }
}

double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

/// Writes `rows` rows into a new file; returns the seconds the transaction
/// took.
double insertRows(const QString& path, const char* vfs, int rows)
{
    sqlite3* db = openDb(path, vfs);
    check(db,
        sqlite3_exec(db,
            "CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT "
            "NOT NULL, city TEXT, amount REAL, note TEXT)",
            nullptr, nullptr, nullptr),
        "create");
    std::mt19937 rng(2024);
    const char* cities[] = { "Bucharest", "Lisbon", "Porto", "Cluj", "Iasi", "Braga", "Coimbra", "Timisoara" };
    QElapsedTimer t;
    t.start();
    check(db, sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), "begin");
    sqlite3_stmt* st = nullptr;
    check(db,
        sqlite3_prepare_v2(db, "INSERT INTO people(name, city, amount, note) VALUES (?, ?, ?, ?)", -1, &st, nullptr),
        "prepare");
    std::string name;
    std::string note;
    for (int i = 0; i < rows; ++i) {
        name = "Ion Santos " + std::to_string(i);
        note = "transfer reference " + std::to_string(rng()) + " via branch " + std::to_string(rng() % 997);
        sqlite3_bind_text(st, 1, name.data(), int(name.size()), SQLITE_STATIC);
        sqlite3_bind_text(st, 2, cities[rng() % 8], -1, SQLITE_STATIC);
        sqlite3_bind_double(st, 3, double(rng() % 1000000) / 100.0);
        sqlite3_bind_text(st, 4, note.data(), int(note.size()), SQLITE_STATIC);
        check(db, sqlite3_step(st), "insert");
        sqlite3_reset(st);
    }
    sqlite3_finalize(st);
    check(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    const double s = seconds(t);
    sqlite3_close_v2(db); // checkpoints into the file
    return s;
}

qint64 scalar(sqlite3* db, const char* sql)
{
    sqlite3_stmt* st = nullptr;
    check(db, sqlite3_prepare_v2(db, sql, -1, &st, nullptr), sql);
    check(db, sqlite3_step(st), sql);
    const qint64 v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

struct Times {
    double insert = 1e99, open = 1e99, scan = 1e99, lookup = 1e99;
};

void measureReads(const QString& path, const char* vfs, int rows, Times& best)
{
    QElapsedTimer t;
    t.start();
    sqlite3* db = openDb(path, vfs);
    if (scalar(db, "SELECT name IS NOT NULL FROM people WHERE id = 1") != 1)
        std::exit(1);
    best.open = std::min(best.open, seconds(t));
    sqlite3_close_v2(db);

    db = openDb(path, vfs);
    t.restart();
    const qint64 total = scalar(db,
        "SELECT sum(length(name) + length(note) + "
        "length(city)) + count(amount) FROM people");
    best.scan = std::min(best.scan, seconds(t));
    if (total <= rows)
        std::exit(1);
    sqlite3_close_v2(db);

    db = openDb(path, vfs);
    std::mt19937 rng(7);
    sqlite3_stmt* st = nullptr;
    check(db, sqlite3_prepare_v2(db, "SELECT name, amount FROM people WHERE id = ?", -1, &st, nullptr), "lookup");
    t.restart();
    for (int i = 0; i < 1000; ++i) {
        sqlite3_bind_int64(st, 1, 1 + qint64(rng() % unsigned(rows)));
        if (sqlite3_step(st) != SQLITE_ROW)
            std::exit(1);
        sqlite3_reset(st);
    }
    best.lookup = std::min(best.lookup, seconds(t));
    sqlite3_finalize(st);
    sqlite3_close_v2(db);
}

} // namespace

/// The Waymark-level figures: import, open, snapshot (seconds, best of).
struct WaymarkTimes {
    double import = 1e99, open = 1e99, openLater = 1e99, check = 1e99, snapshot = 1e99;
};

bool measureWaymark(const QString& extract, const QString& path, bool encrypted, WaymarkTimes& best)
{
    using namespace waymark;
    QElapsedTimer t;
    t.start();
    {
        auto ws = encrypted ? store::Workspace::createEncrypted(path, passphrase)
                            : store::Workspace::open(path, store::Workspace::Mode::Create);
        if (!ws)
            return false;
        Feedback feedback;
        if (ingest::ImportJob::run(*ws.value(), extract, {}, feedback).outcome
            != ingest::ImportSummary::Outcome::Imported)
            return false;
    }
    best.import = std::min(best.import, seconds(t));
    // A copy is a file this process has not checked yet: the window's open,
    // which leaves the structure check to a worker, is timed on it.
    const QString copy = path + QLatin1String(".copy.waymark");
    QFile::remove(copy);
    if (!QFile::copy(path, copy) || (encrypted && !store::Workspace::unlock(copy, passphrase)))
        return false;
    t.restart();
    {
        auto later = store::Workspace::open(copy, store::Workspace::Mode::OpenExisting, store::Workspace::Check::Later);
        if (!later || later.value()->count(QStringLiteral("incidents")) <= 0)
            return false;
        best.openLater = std::min(best.openLater, seconds(t));
        t.restart();
        if (!later.value()->pendingCheck()())
            return false;
        best.check = std::min(best.check, seconds(t));
    }
    t.restart();
    auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    if (!ws || ws.value()->count(QStringLiteral("incidents")) <= 0)
        return false;
    best.open = std::min(best.open, seconds(t));
    t.restart();
    Feedback feedback;
    auto snapshot = analysis::IncidentSnapshot::load(*ws.value(), analysis::Filter(), feedback);
    if (!snapshot)
        return false;
    best.snapshot = std::min(best.snapshot, seconds(t));
    return true;
}

int main(int argc, char** argv)
{
    int rows = 200000;
    int repeat = 5;
    int incidents = 20000;
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--rows") == 0)
            rows = std::max(1, std::atoi(argv[i + 1]));
        if (std::strcmp(argv[i], "--repeat") == 0)
            repeat = std::max(1, std::atoi(argv[i + 1]));
        if (std::strcmp(argv[i], "--incidents") == 0)
            incidents = std::max(1, std::atoi(argv[i + 1]));
    }
    QTemporaryDir dir;
    const char* vfs = Crypt::vfsName();
    Times plain;
    Times enc;
    double kdf = 1e99;
    qint64 sizes[2] = {};
    for (int r = 0; r < repeat; ++r) {
        const QString p = dir.filePath(QStringLiteral("plain-%1.waymark").arg(r));
        const QString e = dir.filePath(QStringLiteral("enc-%1.waymark").arg(r));
        // Alternate which goes first, so neither always has the warmer machine.
        if (r % 2 == 0) {
            plain.insert = std::min(plain.insert, insertRows(p, nullptr, rows));
        }
        if (!Crypt::createEncrypted(e, passphrase)) {
            std::fprintf(stderr, "createEncrypted failed\n");
            return 1;
        }
        enc.insert = std::min(enc.insert, insertRows(e, vfs, rows));
        if (r % 2 == 1)
            plain.insert = std::min(plain.insert, insertRows(p, nullptr, rows));
        Crypt::forget(e);
        QElapsedTimer t;
        t.start();
        if (!Crypt::unlock(e, passphrase)) {
            std::fprintf(stderr, "unlock failed\n");
            return 1;
        }
        kdf = std::min(kdf, seconds(t));
        measureReads(p, nullptr, rows, plain);
        measureReads(e, vfs, rows, enc);
        sizes[0] = QFile(p).size();
        sizes[1] = QFile(e).size();
    }
    std::printf("rows %d, best of %d; plain file %.1f MiB, encrypted %.1f MiB\n", rows, repeat,
        double(sizes[0]) / (1 << 20), double(sizes[1]) / (1 << 20));
    std::printf("%-24s %10s %10s %7s\n", "", "plain ms", "crypt ms", "ratio");
    const auto row = [](const char* what, double a, double b) {
        std::printf("%-24s %10.2f %10.2f %7.2f\n", what, a * 1e3, b * 1e3, b / a);
    };
    row("insert 200k, one txn", plain.insert, enc.insert);
    row("open + first query", plain.open, enc.open);
    row("full table scan", plain.scan, enc.scan);
    row("1000 point lookups", plain.lookup, enc.lookup);
    std::printf("%-24s %10s %10.2f  (Argon2id, interactive; once per unlock)\n", "unlock", "", kdf * 1e3);

    const QString extract = dir.filePath(QStringLiteral("extract"));
    waymark::sample::SampleGenerator::Options o;
    o.incidents = incidents;
    if (!waymark::sample::SampleGenerator::write(extract, o)) {
        std::fprintf(stderr, "the sample extract could not be written\n");
        return 1;
    }
    WaymarkTimes wp, we;
    for (int r = 0; r < repeat; ++r) {
        const QString p = dir.filePath(QStringLiteral("ws-plain-%1.waymark").arg(r));
        const QString e = dir.filePath(QStringLiteral("ws-enc-%1.waymark").arg(r));
        const bool ok = r % 2 == 0 ? measureWaymark(extract, p, false, wp) && measureWaymark(extract, e, true, we)
                                   : measureWaymark(extract, e, true, we) && measureWaymark(extract, p, false, wp);
        if (!ok) {
            std::fprintf(stderr, "a Waymark step failed\n");
            return 1;
        }
    }
    std::printf("\nWaymark, %d-incident sample hub extract, best of %d\n", incidents, repeat);
    row("import (ImportJob)", wp.import, we.import);
    row("open (checks included)", wp.open, we.open);
    row("open, window (check later)", wp.openLater, we.openLater);
    row("  the check, on a worker", wp.check, we.check);
    row("map snapshot load", wp.snapshot, we.snapshot);
    return 0;
}
