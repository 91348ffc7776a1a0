#include "core/feedback.h"
#include "geo/placeseed.h"
#include "store/auditlog.h"
#include "store/cryptvfs.h"
#include "store/schema.h"
#include "store/transaction.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <dirent.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <functional>
#include <string>
#include <thread>

using namespace waymark;
using store::Workspace;

namespace {
/// Runs SQL on a file with a plain connection, as a hostile sender would.
void rawExec(const QString& path, const QByteArray& sql)
{
    sqlite3* db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char* message = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &message);
    const QString why = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(why));
}

/// SQL function: how many of SQLite's temporary files ("etilqs_…", on disk,
/// already unlinked) the process holds open right now.
void openTempFiles(sqlite3_context* context, int, sqlite3_value**)
{
    int n = 0;
    if (DIR* fds = opendir("/proc/self/fd")) {
        while (const dirent* e = readdir(fds)) {
            char target[4096];
            const std::string link = std::string("/proc/self/fd/") + e->d_name;
            const ssize_t len = readlink(link.c_str(), target, sizeof target - 1);
            if (len > 0) {
                target[len] = 0;
                n += std::strstr(target, "etilqs_") != nullptr;
            }
        }
        closedir(fds);
    }
    sqlite3_result_int(context, n);
}

/// Sorts 200,000 rows with a 1 MiB page cache, so that SQLite's sorter
/// writes runs to temporary files, and returns how many it held open while
/// the sorted rows came out; checks the rows came out sorted.
int tempFilesOfABigSort(sqlite3* db)
{
    sqlite3_create_function(db, "open_temp_files", 0, SQLITE_UTF8, nullptr, openTempFiles, nullptr, nullptr);
    sqlite3_exec(db, "PRAGMA cache_size = -1024", nullptr, nullptr, nullptr);
    sqlite3_exec(db,
        "CREATE TEMP TABLE IF NOT EXISTS scratch AS WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c "
        "WHERE i < 200000) SELECT i, abs(random() % 1000000) AS k, hex(randomblob(20)) AS pad FROM c",
        nullptr, nullptr, nullptr);
    sqlite3_stmt* st = nullptr;
    sqlite3_prepare_v2(db,
        "SELECT k, CASE WHEN i % 1000 = 0 THEN open_temp_files() ELSE 0 END FROM scratch ORDER BY k, pad", -1, &st,
        nullptr);
    int most = 0, rows = 0;
    qint64 last = -1;
    bool sorted = true;
    while (sqlite3_step(st) == SQLITE_ROW) {
        sorted &= sqlite3_column_int64(st, 0) >= last;
        last = sqlite3_column_int64(st, 0);
        most = std::max(most, sqlite3_column_int(st, 1));
        ++rows;
    }
    sqlite3_finalize(st);
    return sorted && rows == 200000 ? most : -1;
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT
private Q_SLOTS:
    /// A file another program holds locked is busy, not damaged: the
    /// structure check left for later stays pending (a reader goes on) and
    /// passes once the lock is gone; it never calls the file damaged.
    void busyIsNotDamaged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("busy.waymark"));
        {
            auto created = store::Workspace::open(path, store::Workspace::Mode::Create);
            QVERIFY(created);
        }
        std::function<Status()> check;
        {
            auto ws
                = store::Workspace::open(path, store::Workspace::Mode::OpenExisting, store::Workspace::Check::Later);
            QVERIFY(ws);
            check = ws.value()->pendingCheck();
        }
        sqlite3* hog = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &hog), SQLITE_OK);
        QCOMPARE(sqlite3_exec(hog, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; SELECT count(*) FROM meta;",
                     nullptr, nullptr, nullptr),
            SQLITE_OK);
        const Status busy = check(); // waits out the busy timeout
        QVERIFY2(busy, qPrintable(busy ? QString() : busy.error().toString()));
        // Opened meanwhile: in use, not "not a Waymark workspace".
        auto held = store::Workspace::open(path, store::Workspace::Mode::OpenExisting); // waits it out too
        QVERIFY(!held);
        QVERIFY2(held.error().message.contains(QLatin1String("in use"))
                && !held.error().message.contains(QLatin1String("not a Waymark")),
            qPrintable(held.error().toString()));
        sqlite3_exec(hog, "COMMIT", nullptr, nullptr, nullptr);
        sqlite3_close(hog);
        const Status free = check();
        QVERIFY2(free, qPrintable(free ? QString() : free.error().toString()));
        auto again = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
        QVERIFY(again.value()->setMeta(QStringLiteral("probe"), QStringLiteral("1")));
    }

    /// A received workspace may come with a journal beside it that names
    /// another file as its super-journal: SQLite, replaying it, would delete
    /// that file. Such a workspace is not opened, for writing or reading,
    /// and the file named is untouched; without the journal it opens.
    void journalNamingAnotherFileIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        {
            auto created = store::Workspace::open(path, store::Workspace::Mode::Create);
            QVERIFY(created);
        }
        const QString victim = dir.filePath(QStringLiteral("precious.txt"));
        test::writeFile(victim, "the analyst's own file\n");
        // A journal as SQLite writes one: a header in its first sector, no
        // pages, and at its end the super-journal record (the pending
        // byte's page, the name, its length, its checksum, the magic).
        const QByteArray magic("\xd9\xd5\x05\xf9\x20\xa1\x63\xd7", 8);
        auto be32 = [](quint32 v) {
            const char bytes[4] = { char(v >> 24), char(v >> 16), char(v >> 8), char(v) };
            return QByteArray(bytes, 4);
        };
        QByteArray journal = magic + be32(0) + be32(0) + be32(2) + be32(512) + be32(4096);
        journal.append(QByteArray(512 - journal.size(), '\0'));
        const QByteArray name = QFile::encodeName(victim);
        quint32 sum = 0;
        for (const char c : name)
            sum += quint8(c);
        journal += be32(0x40000000 / 4096 + 1) + name + be32(quint32(name.size())) + be32(sum) + magic;
        test::writeFile(path + QStringLiteral("-journal"), journal);
        for (const auto mode : { store::Workspace::Mode::OpenExisting, store::Workspace::Mode::ReadOnly }) {
            auto ws = store::Workspace::open(path, mode);
            QVERIFY(!ws);
            QVERIFY2(ws.error().message.contains(QStringLiteral("names another file (%1)").arg(victim)),
                qPrintable(ws.error().toString()));
            QVERIFY(QFileInfo::exists(victim));
        }
        QVERIFY(QFile::remove(path + QStringLiteral("-journal")));
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
        QCOMPARE(test::fileBytes(victim), QByteArray("the analyst's own file\n"));

        // A new passphrase for an encrypted workspace opens it to write too.
        const QString encrypted = dir.filePath(QStringLiteral("e.waymark"));
        QVERIFY(store::Workspace::createEncrypted(encrypted, "old passphrase"));
        store::Crypt::forget(encrypted);
        test::writeFile(encrypted + QStringLiteral("-journal"), journal);
        const Status rekeyed = store::Crypt::rekey(encrypted, "old passphrase", "new passphrase");
        QVERIFY(!rekeyed);
        QVERIFY2(rekeyed.error().message.contains(QStringLiteral("names another file (%1)").arg(victim)),
            qPrintable(rekeyed.error().toString()));
        QCOMPARE(test::fileBytes(victim), QByteArray("the analyst's own file\n"));
        QVERIFY(QFile::remove(encrypted + QStringLiteral("-journal")));
        QVERIFY(store::Crypt::rekey(encrypted, "old passphrase", "new passphrase"));
    }

    void createAndReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.waymark"));
        {
            auto ws = Workspace::open(path, Workspace::Mode::Create);
            QVERIFY2(ws, qPrintable(ws.error().toString()));
            QCOMPARE(ws.value()->schemaVersion(), Workspace::currentSchemaVersion());
            QCOMPARE(ws.value()->scalar("PRAGMA application_id"), qint64(Workspace::applicationId));
            QCOMPARE(ws.value()->scalar("PRAGMA foreign_keys"), 1);
            // The gazetteer's countries come with the first import, once.
            QCOMPARE(ws.value()->count(QStringLiteral("places")), 0);
            QVERIFY(geo::seedCountries(*ws.value()));
            const qint64 places = ws.value()->count(QStringLiteral("places"));
            QVERIFY(places >= 249);
            QVERIFY(geo::seedCountries(*ws.value()));
            QCOMPARE(ws.value()->count(QStringLiteral("places")), places);
            QCOMPARE(ws.value()->count(QStringLiteral("no_such_table")), -1);
        }
        QVERIFY(QFile::exists(path));
        auto again = Workspace::open(path, Workspace::Mode::OpenExisting);
        QVERIFY(again);
        // WAL is a property of the file: it stays on.
        store::Statement st(again.value()->handle(), "PRAGMA journal_mode");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("wal"));
        QVERIFY(!Workspace::open(path, Workspace::Mode::Create));
        QCOMPARE(test::integrityCheck(path), QStringLiteral("ok"));
    }
    void refusesOtherFiles()
    {
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.waymark"));
        test::writeFile(text, "these are not the droids\n");
        auto r = Workspace::open(text, Workspace::Mode::OpenExisting);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("not a Waymark workspace")), qPrintable(r.error().message));

        const QString other = dir.filePath(QStringLiteral("other.sqlite"));
        sqlite3* db = nullptr;
        sqlite3_open(QFile::encodeName(other).constData(), &db);
        sqlite3_exec(db, "CREATE TABLE t(x)", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        QVERIFY(!Workspace::open(other, Workspace::Mode::OpenExisting));
        QVERIFY(!Workspace::open(dir.filePath(QStringLiteral("missing.waymark")), Workspace::Mode::OpenExisting));
    }
    void refusesNewerSchema()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("future.waymark"));
        {
            auto ws = Workspace::open(path);
            QVERIFY(ws);
            QVERIFY(ws.value()->exec("PRAGMA user_version = 999"));
        }
        auto r = Workspace::open(path);
        QVERIFY(!r);
        QVERIFY(r.error().message.contains(QLatin1String("newer Waymark")));
    }
    // A hostile sender sets a negative user_version: refused, never a crash
    // (Schema::migrate indexed its table with it).
    void refusesNegativeSchemaVersion()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.waymark"));
        QVERIFY(Workspace::open(path, Workspace::Mode::Create));
        rawExec(path, "PRAGMA user_version = -1");
        for (Workspace::Mode mode : { Workspace::Mode::OpenExisting, Workspace::Mode::ReadOnly }) {
            auto r = Workspace::open(path, mode);
            QVERIFY(!r);
            QVERIFY2(r.error().message.contains(QLatin1String("damaged or not a Waymark workspace")),
                qPrintable(r.error().message));
        }
        QCOMPARE(Workspace::schemaProblems(path).size(), 1);
    }

    // A trigger added by someone else would rewrite every later import; a view
    // or table is refused the same way, named.
    void refusesForeignSchemaObjects_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::addColumn<QString>("named");
        QTest::newRow("trigger") << QByteArray("CREATE TRIGGER z AFTER INSERT ON incidents BEGIN "
                                               "UPDATE incidents SET victims = 0 WHERE rowid = new.rowid; END;")
                                 << QStringLiteral("trigger z is not Waymark's");
        QTest::newRow("recursive view") << QByteArray("CREATE VIEW v AS WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL "
                                                      "SELECT x + 1 FROM c) SELECT x FROM c;")
                                        << QStringLiteral("view v is not Waymark's");
        QTest::newRow("table") << QByteArray("CREATE TABLE extra(x);")
                               << QStringLiteral("table extra is not Waymark's");
        QTest::newRow("changed index") << QByteArray("DROP INDEX incidents_day; CREATE INDEX incidents_day ON "
                                                     "incidents(day_to);")
                                       << QStringLiteral("index incidents_day was changed");
        QTest::newRow("missing index") << QByteArray("DROP INDEX links_to;")
                                       << QStringLiteral("index links_to is missing");
    }
    void refusesForeignSchemaObjects()
    {
        QFETCH(QByteArray, sql);
        QFETCH(QString, named);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.waymark"));
        {
            auto ws = Workspace::open(path, Workspace::Mode::Create);
            QVERIFY(ws);
            QVERIFY(geo::seedCountries(*ws.value()));
        }
        rawExec(path, sql);
        auto r = Workspace::open(path, Workspace::Mode::OpenExisting);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(named), qPrintable(r.error().message));
        QVERIFY(!Workspace::open(path, Workspace::Mode::ReadOnly));
        QCOMPARE(Workspace::schemaProblems(path), QStringList { named });
    }

    // The cleaned copy drops what is not Waymark's and keeps the data; an
    // import into it is what the file said, not what a trigger made of it.
    void cleanedCopyKeepsDataAndDropsTriggers()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.waymark"));
        {
            auto ws = Workspace::open(path, Workspace::Mode::Create);
            QVERIFY(ws);
            QVERIFY(geo::seedCountries(*ws.value()));
        }
        rawExec(path,
            "CREATE TRIGGER z AFTER INSERT ON incidents BEGIN UPDATE incidents SET victims = 0 "
            "WHERE rowid = new.rowid; END; CREATE VIEW v AS SELECT 1; CREATE TABLE extra(x); "
            "INSERT INTO extra VALUES (1); CREATE INDEX extra_x ON extra(x);");
        const QString copy = dir.filePath(QStringLiteral("clean.waymark"));
        QVERIFY(Workspace::cleanCopy(path, copy));
        QVERIFY(Workspace::schemaProblems(copy).isEmpty());
        auto ws = Workspace::open(copy, Workspace::Mode::OpenExisting);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM sqlite_schema WHERE name IN ('z','v','extra','extra_x')"), 0);
        QVERIFY(ws.value()->count(QStringLiteral("places")) >= 249);
        QVERIFY(ws.value()->strings("SELECT action FROM audit_log").contains(QStringLiteral("workspace.clean")));
        // A copy cannot repair what was changed or removed of Waymark's own.
        rawExec(path, "DROP INDEX links_to;");
        QVERIFY(!Workspace::cleanCopy(path, dir.filePath(QStringLiteral("again.waymark"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("again.waymark"))));
    }

    // Nothing in a received schema runs, even for the statements Waymark
    // itself issues while checking it (trusted_schema off, defensive on).
    void connectionIsDefensive()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("d.waymark")));
        QVERIFY(ws);
        Workspace& w = *ws.value();
        QCOMPARE(w.scalar("PRAGMA trusted_schema"), 0);
        QCOMPARE(w.scalar("PRAGMA secure_delete"), 1);
        // Defensive: the schema cannot be written directly.
        QVERIFY(!w.exec("PRAGMA writable_schema = ON; UPDATE sqlite_schema SET sql = 'x' WHERE name = 'meta'"));
        QVERIFY(Workspace::schemaProblems(w.path()).isEmpty());
    }

    /// A workspace whose place_names root page is overwritten with junk.
    static QString damagedWorkspace(const QTemporaryDir& dir)
    {
        const QString path = dir.filePath(QStringLiteral("c.waymark"));
        qint64 root = 0;
        int pageSize = 0;
        {
            auto ws = Workspace::open(path, Workspace::Mode::Create);
            if (!ws)
                return QString();
            root = ws.value()->scalar("SELECT rootpage FROM sqlite_schema WHERE name = 'place_names'");
            pageSize = int(ws.value()->scalar("PRAGMA page_size"));
            if (!ws.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)"))
                return QString();
        }
        QFile f(path);
        if (root <= 1 || !f.open(QIODevice::ReadWrite) || !f.seek((root - 1) * pageSize))
            return QString();
        f.write(QByteArray(pageSize, '\x5a'));
        return path;
    }

    // A damaged page is found on open, and nothing is written into the file.
    void refusesDamagedFile()
    {
        QTemporaryDir dir;
        const QString path = damagedWorkspace(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::fileBytes(path);
        auto r = Workspace::open(path, Workspace::Mode::OpenExisting);
        QVERIFY(!r);
        QVERIFY2(r.error().message.contains(QLatin1String("is damaged")), qPrintable(r.error().toString()));
        QCOMPARE(test::fileBytes(path), before);
    }

    // The window's open leaves the check for a worker: it returns at once,
    // readers meanwhile do not wait, and no write goes in before the check
    // has passed; on a damaged file every write is refused.
    void laterCheckGuardsWrites()
    {
        QTemporaryDir dir;
        const QString path = damagedWorkspace(dir);
        QVERIFY(!path.isEmpty());
        const QByteArray before = test::fileBytes(path);
        auto r = Workspace::open(path, Workspace::Mode::OpenExisting, Workspace::Check::Later);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        Workspace& ws = *r.value();
        // Another connection reads without waiting for, or repeating, the check.
        QVERIFY(Workspace::open(path, Workspace::Mode::OpenExisting));
        const Status checked = ws.pendingCheck()();
        QVERIFY(!checked);
        QVERIFY(checked.error().message.contains(QLatin1String("is damaged")));
        QVERIFY(!ws.setMeta(QStringLiteral("filter"), QStringLiteral("{}")));
        QVERIFY(!ws.putNamed("link_charts", QStringLiteral("a"), QStringLiteral("{}")));
        store::Transaction txn(ws);
        QVERIFY(!txn.isActive());
        QVERIFY(!Workspace::open(path, Workspace::Mode::OpenExisting));
        QCOMPARE(test::fileBytes(path), before);

        // A sound file: the check passes once, and writes go in.
        const QString sound = dir.filePath(QStringLiteral("s.waymark"));
        QVERIFY(Workspace::open(sound, Workspace::Mode::Create));
        auto s = Workspace::open(sound, Workspace::Mode::OpenExisting, Workspace::Check::Later);
        QVERIFY(s);
        QVERIFY(s.value()->setMeta(QStringLiteral("filter"), QStringLiteral("{}")));
        QVERIFY(s.value()->pendingCheck()());
        QVERIFY(s.value()->awaitCheck());
    }

    // Inspecting never changes a file: no journal switch, no migration.
    void readOnlyChangesNothing()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("r.waymark"));
        {
            auto ws = Workspace::open(path, Workspace::Mode::Create);
            QVERIFY(ws);
            QVERIFY(ws.value()->exec("PRAGMA journal_mode = DELETE"));
        }
        const QByteArray before = test::fileBytes(path);
        {
            auto ws = Workspace::open(path, Workspace::Mode::ReadOnly);
            QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
            QVERIFY(ws.value()->audit().verify());
            QVERIFY(ws.value()->check(true).isEmpty());
            QVERIFY(!ws.value()->setMeta(QStringLiteral("k"), QStringLiteral("v")));
        }
        QCOMPARE(test::fileBytes(path), before);
        // An older schema is read as it is, not upgraded.
        rawExec(path, "PRAGMA user_version = 5");
        const QByteArray older = test::fileBytes(path);
        QVERIFY(!Workspace::open(path, Workspace::Mode::ReadOnly));
        QCOMPARE(test::fileBytes(path), older);
    }

    // Files a workspace writes are the analyst's alone.
    void createdPrivate()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.waymark"));
        auto ws = Workspace::open(path, Workspace::Mode::Create);
        QVERIFY(ws);
        QVERIFY(ws.value()->setMeta(QStringLiteral("k"), QStringLiteral("v")));
        const auto privateOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        for (const QString& file : QStringList { path, path + QLatin1String("-wal"), path + QLatin1String("-shm") }) {
            QVERIFY2(QFile::exists(file), qPrintable(file));
            const auto perms = QFile::permissions(file)
                & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser | QFileDevice::ExeOwner);
            QVERIFY2(perms == privateOnly, qPrintable(file + QString::number(int(perms), 16)));
        }
    }

    // Cancel reaches a statement running inside SQLite (a runaway recursive
    // query here): it stops with an interrupt instead of running on.
    void cancelInterruptsARunningStatement()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("i.waymark")));
        QVERIFY(ws);
        Feedback feedback;
        ws.value()->setCancel(&feedback);
        QElapsedTimer timer;
        timer.start();
        std::thread canceler([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            feedback.cancel();
        });
        const Status st
            = ws.value()->exec("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c");
        canceler.join();
        QVERIFY(!st);
        QVERIFY2(st.error().detail.contains(QLatin1String("interrupt")), qPrintable(st.error().detail));
        QVERIFY(timer.elapsed() < 5000);
        ws.value()->setCancel(nullptr);
        QCOMPARE(ws.value()->scalar("SELECT 41 + 1"), 42);
    }

    void transactionRollsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.waymark"));
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        Workspace& w = *ws.value();
        {
            store::Transaction tx(w);
            QVERIFY(tx.isActive());
            QVERIFY(w.setMeta(QStringLiteral("k"), QStringLiteral("v")));
        }
        QCOMPARE(w.meta(QStringLiteral("k")), QString());
        {
            store::Transaction tx(w);
            QVERIFY(w.setMeta(QStringLiteral("k"), QStringLiteral("v")));
            QVERIFY(tx.commit());
        }
        QCOMPARE(w.meta(QStringLiteral("k")), QStringLiteral("v"));
    }
    void foreignKeysAndChecksHold()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("fk.waymark")));
        QVERIFY(ws);
        Workspace& w = *ws.value();
        // An incident pointing at no extract is refused by the schema itself.
        QVERIFY(!w.exec("INSERT INTO incidents(extract_id, line, source_id) VALUES(42, 1, 42)"));
        QVERIFY(!w.exec("INSERT INTO sources(source_key, name, kind, grading_scheme) VALUES('s','n','rumour','none')"));
        QVERIFY(
            w.exec("INSERT INTO sources(source_key, name, kind, grading_scheme) VALUES('s','n','open_source','none')"));
    }
    void ftsAndRtreeAreThere()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("x.waymark")));
        QVERIFY(ws);
        Workspace& w = *ws.value();
        QVERIFY(w.exec("INSERT INTO incident_rtree VALUES(1, -1, 1, 50, 52)"));
        QCOMPARE(
            w.scalar("SELECT count(*) FROM incident_rtree WHERE min_lon >= -2 AND max_lon <= 2 AND min_lat >= 49"), 1);
        QVERIFY(w.exec("INSERT INTO entity_fts(rowid, label, attributes) VALUES(7, 'Lotus Nails', '')"));
        QCOMPARE(w.scalar("SELECT rowid FROM entity_fts WHERE entity_fts MATCH 'lotus'"), 7);
    }

    /// Case data never goes to /tmp: a workspace's temporary files (sort
    /// runs, temporary tables) are in memory. Shown against a plain
    /// connection with the same settings, whose sort does write to disk.
    void temporaryFilesStayInMemory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.waymark"));
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QCOMPARE(ws.value()->scalar("PRAGMA temp_store"), 1); // files, in memory
        QCOMPARE(tempFilesOfABigSort(ws.value()->handle()), 0);

        sqlite3* plain = nullptr;
        QCOMPARE(
            sqlite3_open_v2(QFile::encodeName(path).constData(), &plain, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        sqlite3_exec(plain, "PRAGMA temp_store = FILE", nullptr, nullptr, nullptr);
        const int onDisk = tempFilesOfABigSort(plain);
        sqlite3_close(plain);
        QVERIFY2(onDisk > 0, "the probe sees no temporary file even where SQLite writes them");
    }

    // SQLite's in-memory database (the fuzzers' workspace) is no file: none
    // is created, and it works like any workspace.
    void inMemory()
    {
        for (int i = 0; i < 2; ++i) {
            auto ws = Workspace::open(QStringLiteral(":memory:"));
            QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
            QVERIFY(geo::seedCountries(*ws.value()));
            QVERIFY(ws.value()->count(QStringLiteral("places")) >= 249);
        }
        QVERIFY(!QFileInfo::exists(QStringLiteral("./:memory:")));
    }

    // Ctrl+C and SIGTERM call interruptAll (an atomic store, safe in a signal
    // handler): a runaway statement on any connection stops. Last of this
    // suite, as it is for the rest of the process.
    void interruptAllStopsEveryConnection()
    {
        QTemporaryDir dir;
        auto ws = Workspace::open(dir.filePath(QStringLiteral("s.waymark")));
        QVERIFY(ws);
        QVERIFY(!Workspace::isInterrupted());
        std::thread signaller([] {
            std::this_thread::sleep_for(std::chrono::milliseconds(200));
            Workspace::interruptAll();
        });
        QElapsedTimer timer;
        timer.start();
        const Status st
            = ws.value()->exec("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT max(x) FROM c");
        signaller.join();
        QVERIFY(!st);
        QVERIFY2(st.error().detail.contains(QLatin1String("interrupt")), qPrintable(st.error().detail));
        QVERIFY(timer.elapsed() < 5000);
        QVERIFY(Workspace::isInterrupted());
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
