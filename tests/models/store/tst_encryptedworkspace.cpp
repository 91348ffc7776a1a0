#include "analysis/search.h"
#include "finance/scorer.h"
#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "sample/samplegenerator.h"
#include "store/auditlog.h"
#include "store/cryptvfs.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace waymark;
using store::Workspace;

/// An encrypted workspace through Waymark's own code: created with a
/// passphrase, imported into, searched, scored, audited, reopened only with
/// its passphrase, and its files (the WAL included, while it is open) reveal
/// none of what is in it.
class TestEncryptedWorkspace : public QObject {
    Q_OBJECT
    /// POSIX locks this process holds on `path` (from /proc/locks, by inode).
    static int locksHeld(const QString& path)
    {
        struct stat st { };
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return -1;
        QFile f(QStringLiteral("/proc/locks"));
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QByteArray pid = QByteArray::number(qint64(::getpid()));
        const QByteArray inode = ':' + QByteArray::number(qulonglong(st.st_ino)) + ' ';
        int n = 0;
        for (const QByteArray& line : f.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            // "1: POSIX  ADVISORY  READ 1234 08:01:5678 1073741826 1073742335"
            if (line.contains("POSIX") && fields.contains(pid) && QByteArray(line + ' ').contains(inode))
                ++n;
        }
        return n;
    }

private Q_SLOTS:
    /// Asking whether a workspace is encrypted while a connection has it
    /// open must not drop that connection's locks: closing any descriptor of
    /// a file drops all of the process's POSIX locks on it, and another
    /// process would then take the workspace for unused and checkpoint and
    /// remove its WAL under the connection (a malformed file for the next
    /// connection of this process).
    void askingKeepsTheLocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        auto ws = store::Workspace::open(path, store::Workspace::Mode::Create);
        QVERIFY(ws);
        QVERIFY(ws.value()->audit().append(QStringLiteral("test"), QStringLiteral("x"), QString()));
        const int held = locksHeld(path);
        if (held < 0)
            QSKIP("no /proc/locks here");
        QVERIFY2(held > 0, "a WAL connection holds a shared lock on its file");
        QVERIFY(!store::Workspace::isEncrypted(path));
        QCOMPARE(locksHeld(path), held);
        // A second connection of this process, opened and closed: the same.
        {
            auto again = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
            QVERIFY(again);
        }
        QCOMPARE(locksHeld(path), held);
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("secret.waymark"));
        const QString extract = dir.filePath(QStringLiteral("extract"));
        sample::SampleGenerator::Options o;
        o.incidents = 400;
        QVERIFY(sample::SampleGenerator::write(extract, o));
        const QByteArray passphrase("correct horse battery staple");
        QStringList names;
        qint64 incidents = 0;
        {
            auto ws = Workspace::createEncrypted(path, passphrase);
            QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
            QVERIFY(Workspace::isEncrypted(path));
            QCOMPARE(test::importFile(*ws.value(), extract).outcome, ingest::ImportSummary::Outcome::Imported);
            names = ws.value()->strings("SELECT label FROM entities WHERE type = 'person' ORDER BY id LIMIT 20");
            QCOMPARE(names.size(), 20);
            incidents = ws.value()->count(QStringLiteral("incidents"));
            QVERIFY(incidents > 0);
            // A second connection on a worker thread finds the key by itself.
            qint64 seen = -1;
            std::thread worker([&] {
                auto other = Workspace::open(path, Workspace::Mode::OpenExisting);
                seen = other ? other.value()->count(QStringLiteral("incidents")) : -2;
            });
            worker.join();
            QCOMPARE(seen, incidents);
            // Scoring reads the ledger on connections of its own.
            auto typologies = finance::TypologyReader::builtIn();
            QVERIFY(typologies);
            const finance::Scorer scorer(typologies.value());
            auto run = finance::ScoreRun::run(*ws.value(), scorer, {});
            QVERIFY2(run, qPrintable(run ? QString() : run.error().toString()));
            QVERIFY(run->read.transactions > 0);
            // Nothing of it on disk in clear text, WAL included.
            for (const QString& file : QStringList { path, path + QStringLiteral("-wal") }) {
                const QByteArray bytes = test::fileBytes(file);
                QVERIFY2(!bytes.isEmpty(), qPrintable(file));
                QVERIFY(!bytes.contains("SQLite format 3"));
                QVERIFY(!bytes.contains("CREATE TABLE"));
                for (const QString& name : std::as_const(names))
                    QVERIFY2(!bytes.contains(name.toUtf8()), qPrintable(file + QLatin1String(": ") + name));
            }
        }
        const QByteArray closed = test::fileBytes(path);
        for (const QString& name : std::as_const(names))
            QVERIFY2(!closed.contains(name.toUtf8()), qPrintable(name));

        // Without the key (a new session), it does not open; a wrong
        // passphrase does not unlock it; the right one does.
        store::Crypt::forget(path);
        auto locked = Workspace::open(path, Workspace::Mode::OpenExisting);
        QVERIFY(!locked);
        QVERIFY2(locked.error().message.contains(QLatin1String("opens with its passphrase")),
            qPrintable(locked.error().message));
        QVERIFY(!Workspace::unlock(path, "wrong"));
        QVERIFY(Workspace::unlock(path, passphrase));
        auto ws = Workspace::open(path, Workspace::Mode::OpenExisting);
        QVERIFY2(ws, qPrintable(ws ? QString() : ws.error().toString()));
        QCOMPARE(ws.value()->count(QStringLiteral("incidents")), incidents);
        QVERIFY(Workspace::schemaProblems(path).isEmpty());
        QVERIFY(ws.value()->check(true).isEmpty());
        QVERIFY(ws.value()->audit().verify());
        QCOMPARE(ws.value()->audit().verifyRows(), QStringList());
        auto found = analysis::Search::run(*ws.value(), names.first(), analysis::Search::Kind::Entity);
        QVERIFY(found);
        QVERIFY(!found->hits.isEmpty());
        auto readOnly = Workspace::open(path, Workspace::Mode::ReadOnly);
        QVERIFY2(readOnly, qPrintable(readOnly ? QString() : readOnly.error().toString()));
        // A cleaned copy would be written in clear: refused.
        QVERIFY(!Workspace::cleanCopy(path, dir.filePath(QStringLiteral("copy.waymark"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("copy.waymark"))));
    }

    // A flipped byte in an encrypted page is found, not read as data.
    void tamperingIsFound()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.waymark"));
        {
            auto ws = Workspace::createEncrypted(path, "pass");
            QVERIFY(ws);
            QVERIFY(ws.value()->exec("PRAGMA wal_checkpoint(TRUNCATE)"));
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 at = f.size() / 2;
        QVERIFY(f.seek(at));
        char c = 0;
        QVERIFY(f.getChar(&c));
        QVERIFY(f.seek(at));
        QVERIFY(f.putChar(char(c ^ 0x40)));
        f.close();
        auto ws = Workspace::open(path, Workspace::Mode::OpenExisting);
        QVERIFY(!ws);
    }
};

QTEST_GUILESS_MAIN(TestEncryptedWorkspace)
#include "tst_encryptedworkspace.moc"
