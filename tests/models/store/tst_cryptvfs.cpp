#include "store/cryptvfs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>
#include <sqlite3.h>

#include <atomic>
#include <mutex>
#include <thread>

using namespace waymark;
using store::Crypt;

namespace {

const QByteArray passphrase = QByteArrayLiteral("correct horse battery staple");

/// A connection closed when it goes out of scope.
struct Db {
    sqlite3* db = nullptr;
    int rc = SQLITE_OK;
    Db(const QString& path, const char* vfs, int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE)
    {
        rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db, flags | SQLITE_OPEN_NOMUTEX, vfs);
        if (rc == SQLITE_OK)
            sqlite3_extended_result_codes(db, 1);
    }
    ~Db() { sqlite3_close_v2(db); }
    int exec(const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }
    /// The first column of the first row, or the error code as "error N".
    QByteArray text(const char* sql)
    {
        sqlite3_stmt* st = nullptr;
        int code = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        QByteArray out;
        if (code == SQLITE_OK) {
            code = sqlite3_step(st);
            if (code == SQLITE_ROW)
                out = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        }
        if (code != SQLITE_ROW && code != SQLITE_DONE)
            out = "error " + QByteArray::number(sqlite3_extended_errcode(db));
        sqlite3_finalize(st);
        return out;
    }
    /// Steps through every row; the extended error code, or SQLITE_OK.
    int scan(const char* sql, qint64* rows = nullptr)
    {
        sqlite3_stmt* st = nullptr;
        int code = sqlite3_prepare_v2(db, sql, -1, &st, nullptr);
        qint64 n = 0;
        while (code == SQLITE_OK && (code = sqlite3_step(st)) == SQLITE_ROW) {
            code = SQLITE_OK;
            ++n;
        }
        if (rows)
            *rows = n;
        code = code == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(db);
        sqlite3_finalize(st);
        return code;
    }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

QByteArray hex(const QByteArray& bytes)
{
    return bytes.toHex();
}

/// An encrypted workspace-like file holding `rows` people, closed (and so
/// checkpointed) on return.
void makePeople(const QString& path, int rows)
{
    QVERIFY2(Crypt::createEncrypted(path, passphrase), "createEncrypted");
    Db db(path, Crypt::vfsName());
    QCOMPARE(db.rc, SQLITE_OK);
    QCOMPARE(db.text("PRAGMA journal_mode = WAL"), QByteArray("wal"));
    QCOMPARE(db.exec("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT NOT "
                     "NULL, note TEXT);"
                     "CREATE INDEX people_name ON people(name);"),
        SQLITE_OK);
    const QByteArray fill = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i "
                            "+ 1 FROM n WHERE i < "
        + QByteArray::number(rows)
        + ") INSERT INTO people(name, note) SELECT 'Ion Santos "
          "' || i, printf('%.200c', 'x') FROM n";
    QCOMPARE(db.exec(fill.constData()), SQLITE_OK);
}

} // namespace

class TestCryptVfs : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        Crypt::Testing::setFixedSalt({});
        Crypt::Testing::setFixedNonce({});
    }

    void knownAnswers()
    {
        Crypt::vfsName(); // sodium_init
        // XChaCha20-Poly1305 as libsodium computes it is the construction of
        // draft-irtf-cfrg-xchacha-03, appendix A.3.1.
        const QByteArray key = QByteArray::fromHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
        const QByteArray nonce = QByteArray::fromHex("404142434445464748494a4b4c4d4e4f5051525354555657");
        const QByteArray ad = QByteArray::fromHex("50515253c0c1c2c3c4c5c6c7");
        const QByteArray text = "Ladies and Gentlemen of the class of '99: If I "
                                "could offer you only one tip for the "
                                "future, sunscreen would be it.";
        QByteArray sealed(text.size(), '\0');
        QByteArray tag(16, '\0');
        crypto_aead_xchacha20poly1305_ietf_encrypt_detached(reinterpret_cast<unsigned char*>(sealed.data()),
            reinterpret_cast<unsigned char*>(tag.data()), nullptr,
            reinterpret_cast<const unsigned char*>(text.constData()), size_t(text.size()),
            reinterpret_cast<const unsigned char*>(ad.constData()), size_t(ad.size()), nullptr,
            reinterpret_cast<const unsigned char*>(nonce.constData()),
            reinterpret_cast<const unsigned char*>(key.constData()));
        QCOMPARE(hex(sealed),
            QByteArray("bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed290"
                       "2c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e3"
                       "9ae64c6708c54c216cb96b72e1213b4522f8c9ba40db5d945b11b6"
                       "9b982c1bb9e3f3fac2bc369488f76b2383565d3ff"
                       "f921f9664c97637da9768812f615c68b13b52e"));
        QCOMPARE(hex(tag), QByteArray("c0875924c1c7987947deafd8780acf49"));

        // Argon2id as libsodium computes it is the reference implementation's:
        // `echo -n 123 | argon2 ABCDEFGHIJKLMNOP -id -v 13 -k 1024 -t 5` (one
        // lane).
        QByteArray argon(32, '\0');
        QCOMPARE(crypto_pwhash(reinterpret_cast<unsigned char*>(argon.data()), 32, "123", 3,
                     reinterpret_cast<const unsigned char*>("ABCDEFGHIJKLMNOP"), 5, 1024 * 1024,
                     crypto_pwhash_ALG_ARGON2ID13),
            0);
        QCOMPARE(hex(argon),
            QByteArray("3c5d010180ba0cf5b6b858cba23b318e42d3308898"
                       "3c404598599c3b029ecac6"));

        // Our derivation at the interactive limits, and our page layout, fixed.
        const QByteArray salt = QByteArray::fromHex("000102030405060708090a0b0c0d0e0f");
        const QByteArray derived = Crypt::Testing::deriveKey(passphrase, salt, Crypt::Strength::Interactive);
        QCOMPARE(hex(derived),
            QByteArray("c05ce4c4dd7e0e45ee6011cc59d068ade47df1b0"
                       "1fc0cf9cd4678bdf68a5b7b0"));
        QByteArray page(512, '\0');
        for (int i = 0; i < page.size(); ++i)
            page[i] = char(i % 251);
        std::memcpy(page.data() + 472, QByteArray(40, '\0').constData(), 40);
        const QByteArray fixedNonce = QByteArray::fromHex("a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7");
        Crypt::Testing::setFixedNonce(fixedNonce);
        const QByteArray page2 = Crypt::Testing::sealPage(derived, salt, Crypt::Strength::Interactive, 2, page);
        QCOMPARE(page2.size(), 512);
        // The same as sealing by hand: nonce and tag in the last 40 bytes,
        // associated data "wm-db" and the page number.
        QByteArray expected(472, '\0');
        QByteArray expectedTag(16, '\0');
        const QByteArray ad2 = QByteArray("wm-db\0\0\0", 8) + QByteArray::fromHex("0200000000000000");
        crypto_aead_xchacha20poly1305_ietf_encrypt_detached(reinterpret_cast<unsigned char*>(expected.data()),
            reinterpret_cast<unsigned char*>(expectedTag.data()), nullptr,
            reinterpret_cast<const unsigned char*>(page.constData()), 472,
            reinterpret_cast<const unsigned char*>(ad2.constData()), size_t(ad2.size()), nullptr,
            reinterpret_cast<const unsigned char*>(fixedNonce.constData()),
            reinterpret_cast<const unsigned char*>(derived.constData()));
        QCOMPARE(page2, expected + fixedNonce + expectedTag);
        QCOMPARE(hex(page2.left(32)),
            QByteArray("fb1b1c8af9890f080b7f28f78a453a07b620ed57d396e1e9563e71"
                       "3b80f644c9"));
        QCOMPARE(hex(page2.right(16)), QByteArray("c25f76650ad11f42fc94aefeba719ebf"));

        // Page 1: the salt over the magic, bytes 16..23 plain, the first nonce
        // byte the strength; the rest sealed.
        std::memcpy(page.data(), "SQLite format 3\0", 16);
        std::memcpy(page.data() + 16, "\x02\x00\x02\x02\x28\x40\x20\x20", 8);
        const QByteArray page1 = Crypt::Testing::sealPage(derived, salt, Crypt::Strength::Interactive, 1, page);
        QCOMPARE(page1.left(16), salt);
        QCOMPARE(page1.mid(16, 8), page.mid(16, 8));
        QCOMPARE(page1.at(472), '\0');
        QCOMPARE(page1.mid(473, 23), fixedNonce.mid(1));
        QCOMPARE(hex(page1.mid(24, 16)), QByteArray("193bc08162d837aa22cd1ed947d37c07"));
        QCOMPARE(hex(page1.right(16)), QByteArray("788ca3e6b69935b9b18f97b54c911a30"));
        // The page number is associated data: same nonce, same stream, another tag.
        QVERIFY(Crypt::Testing::sealPage(derived, salt, Crypt::Strength::Interactive, 3, page).right(16)
            != Crypt::Testing::sealPage(derived, salt, Crypt::Strength::Interactive, 2, page).right(16));
    }

    void createWriteReopen()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.waymark"));
        QVERIFY(Crypt::createEncrypted(path, passphrase));
        QVERIFY(Crypt::hasKey(path));
        {
            Db db(path, Crypt::vfsName());
            QCOMPARE(db.rc, SQLITE_OK);
            QCOMPARE(db.text("PRAGMA journal_mode = WAL"), QByteArray("wal"));
            QCOMPARE(db.text("PRAGMA wal_autocheckpoint = 0"), QByteArray("0"));
            QCOMPARE(db.exec("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY"), SQLITE_OK);
            QCOMPARE(db.exec("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT "
                             "NOT NULL)"),
                SQLITE_OK);
            QCOMPARE(db.exec("BEGIN"), SQLITE_OK);
            sqlite3_stmt* st = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db.db, "INSERT INTO people(name) VALUES (?)", -1, &st, nullptr), SQLITE_OK);
            for (int i = 0; i < 10000; ++i) {
                const QByteArray name = "Ion Santos " + QByteArray::number(i);
                sqlite3_bind_text(st, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
                QCOMPARE(sqlite3_step(st), SQLITE_DONE);
                sqlite3_reset(st);
            }
            sqlite3_finalize(st);
            QCOMPARE(db.exec("COMMIT"), SQLITE_OK);

            // The connection is open and nothing is checkpointed: the rows
            // are in the WAL only, and neither file shows them.
            const QByteArray wal = readAll(path + QLatin1String("-wal"));
            const QByteArray main = readAll(path);
            QVERIFY(wal.size() > 10 * 4096);
            QVERIFY(main.size() >= 4096);
            for (const QByteArray* bytes : { &wal, &main }) {
                QVERIFY(!bytes->contains("Ion Santos"));
                QVERIFY(!bytes->contains("SQLite format 3"));
                QVERIFY(!bytes->contains("CREATE TABLE"));
            }
            QVERIFY(Crypt::isEncrypted(path));

            // What a crash leaves: the file and its WAL, recovered by the next
            // connection (whole frames read and checked by SQLite).
            const QString crashed = dir.filePath(QStringLiteral("crashed.waymark"));
            writeAll(crashed, main);
            writeAll(crashed + QLatin1String("-wal"), wal);
            QVERIFY(Crypt::unlock(crashed, passphrase));
            Db again(crashed, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
            QCOMPARE(again.text("SELECT count(*) FROM people"), QByteArray("10000"));
            QCOMPARE(again.text("PRAGMA integrity_check"), QByteArray("ok"));
        }
        Crypt::forget(path);
        QVERIFY(!Crypt::hasKey(path));
        {
            // Without a key the shim opens nothing.
            Db locked(path, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
            QCOMPARE(locked.rc, SQLITE_CANTOPEN);
            // And to plain SQLite it is not a database.
            Db plain(path, nullptr, SQLITE_OPEN_READONLY);
            QCOMPARE(plain.text("SELECT count(*) FROM sqlite_schema"), QByteArray("error 26"));
        }
        QVERIFY(Crypt::unlock(path, passphrase));
        Db db(path, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
        QCOMPARE(db.rc, SQLITE_OK);
        QCOMPARE(db.text("PRAGMA journal_mode"), QByteArray("wal"));
        QCOMPARE(db.text("SELECT count(*) FROM people"), QByteArray("10000"));
        QCOMPARE(db.text("SELECT name FROM people WHERE id = 1235"), QByteArray("Ion Santos 1234"));
        QCOMPARE(db.text("SELECT count(*) FROM people WHERE name = 'Ion Santos ' "
                         "|| (id - 1)"),
            QByteArray("10000"));
        QCOMPARE(db.text("PRAGMA integrity_check"), QByteArray("ok"));
        QCOMPARE(db.text("PRAGMA page_size"), QByteArray("4096"));
        sqlite3_close_v2(db.db);
        db.db = nullptr;
        const QByteArray main = readAll(path);
        QVERIFY(!main.contains("Ion Santos"));
        QCOMPARE(main.mid(20, 1), QByteArray(1, char(Crypt::reservedBytes)));
    }

    void isEncryptedTellsFilesApart()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.waymark"));
        {
            Db db(plain, nullptr);
            QCOMPARE(db.exec("CREATE TABLE t(x)"), SQLITE_OK);
        }
        QVERIFY(!Crypt::isEncrypted(plain));
        QVERIFY(!Crypt::isEncrypted(dir.filePath(QStringLiteral("missing.waymark"))));
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        writeAll(text, QByteArray(8192, 'a'));
        QVERIFY(!Crypt::isEncrypted(text));
        const QString enc = dir.filePath(QStringLiteral("enc.waymark"));
        makePeople(enc, 10);
        QVERIFY(Crypt::isEncrypted(enc));
        Crypt::forget(enc);
        const auto notOurs = Crypt::unlock(plain, passphrase);
        QVERIFY(!notOurs);
        QVERIFY(notOurs.error().message.contains(QLatin1String("not an encrypted workspace")));
        QVERIFY(!Crypt::createEncrypted(plain, passphrase));
        // Workspace::open creates the file empty (0600) before SQLite opens it.
        const QString empty = dir.filePath(QStringLiteral("empty.waymark"));
        writeAll(empty, QByteArray());
        QVERIFY(Crypt::createEncrypted(empty, passphrase));
        {
            Db db(empty, Crypt::vfsName());
            QCOMPARE(db.exec("CREATE TABLE t(x); INSERT INTO t VALUES ('Ion Santos')"), SQLITE_OK);
        }
        QVERIFY(Crypt::isEncrypted(empty));
        QVERIFY(!readAll(empty).contains("Ion Santos"));
    }

    void wrongPassphraseRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.waymark"));
        makePeople(path, 100);
        Crypt::forget(path);
        const Status st = Crypt::unlock(path, "correct horse battery stapler");
        QVERIFY(!st);
        QCOMPARE(st.error().message, QStringLiteral("The passphrase does not open %1.").arg(path));
        QVERIFY(!Crypt::hasKey(path));
        QVERIFY(Crypt::unlock(path, passphrase));
    }

    void flippedByteFailsTheRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.waymark"));
        makePeople(path, 5000);
        QByteArray bytes = readAll(path);
        QVERIFY(bytes.size() > 20 * 4096);
        // Page 10 (a leaf of the table), one bit, in the middle.
        const qint64 at = 9 * 4096 + 2048;
        bytes[at] = char(bytes[at] ^ 0x01);
        writeAll(path, bytes);
        Db db(path, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
        QCOMPARE(db.rc, SQLITE_OK);
        qint64 rows = 0;
        QCOMPARE(db.scan("SELECT name, note FROM people", &rows), SQLITE_IOERR_DATA);
        QVERIFY(rows < 5000);
        // integrity_check reports the page it cannot read, with SQLITE_IOERR_DATA.
        QVERIFY(db.text("PRAGMA integrity_check").contains("Page 10: unable to get the page. error code=8202"));
        // A page that is not touched reads fine.
        QCOMPARE(db.text("SELECT name FROM people WHERE id = 4999"), QByteArray("Ion Santos 4999"));

        // A flipped bit in page 1's plain header bytes or salt fails too.
        bytes[at] = char(bytes[at] ^ 0x01);
        bytes[18] = char(bytes[18] ^ 0x03); // file format versions, 2 → 1
        writeAll(path, bytes);
        // SQLite reads the header as it opens the file: the open fails.
        Db db2(path, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
        QCOMPARE(db2.rc, SQLITE_IOERR);
        QCOMPARE(sqlite3_extended_errcode(db2.db), SQLITE_IOERR_DATA);
    }

    void swappedPagesDetected()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.waymark"));
        makePeople(path, 5000);
        QByteArray bytes = readAll(path);
        const QByteArray a = bytes.mid(9 * 4096, 4096);
        const QByteArray b = bytes.mid(10 * 4096, 4096);
        bytes.replace(9 * 4096, 4096, b);
        bytes.replace(10 * 4096, 4096, a);
        writeAll(path, bytes);
        Db db(path, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
        QCOMPARE(db.scan("SELECT name, note FROM people"), SQLITE_IOERR_DATA);
    }

    void rekeyChangesThePassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.waymark"));
        makePeople(path, 5000);
        {
            // Uncheckpointed frames that rekey must carry over.
            Db db(path, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
            QCOMPARE(db.exec("PRAGMA wal_autocheckpoint = 0; INSERT INTO "
                             "people(name) VALUES ('Ana Lupu')"),
                SQLITE_OK);
            sqlite3_db_config(db.db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        }
        QVERIFY(QFileInfo(path + QLatin1String("-wal")).size() > 0);
        const QByteArray before = readAll(path);
        QVERIFY(!Crypt::rekey(path, "not it", "new passphrase"));
        QCOMPARE(readAll(path), before);
        const Status st = Crypt::rekey(path, passphrase, "new passphrase");
        QVERIFY2(st, qPrintable(st.error().message + QLatin1Char(' ') + st.error().detail));
        QVERIFY(readAll(path).left(16) != before.left(16)); // a new salt
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("case.waymark") });
        Crypt::forget(path);
        QVERIFY(!Crypt::unlock(path, passphrase));
        QVERIFY(Crypt::unlock(path, "new passphrase"));
        Db db(path, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
        QCOMPARE(db.text("SELECT count(*) FROM people"), QByteArray("5001"));
        QCOMPARE(db.text("SELECT id FROM people WHERE name = 'Ana Lupu'"), QByteArray("5001"));
        QCOMPARE(db.text("PRAGMA integrity_check"), QByteArray("ok"));
        QCOMPARE(db.text("PRAGMA journal_mode"), QByteArray("wal"));
    }

    void encryptCopyKeepsEverything()
    {
        QTemporaryDir dir;
        const QString plain = dir.filePath(QStringLiteral("plain.waymark"));
        {
            Db db(plain, nullptr);
            QCOMPARE(db.text("PRAGMA journal_mode = WAL"), QByteArray("wal"));
            QCOMPARE(db.exec("CREATE TABLE people(id INTEGER PRIMARY KEY, name TEXT, changed "
                             "INTEGER DEFAULT 0);"
                             "CREATE TABLE log(what TEXT);"
                             "CREATE TRIGGER people_log AFTER INSERT ON people BEGIN "
                             "  INSERT INTO log VALUES ('added ' || new.name); END;"
                             "CREATE VIRTUAL TABLE notes USING fts5(body);"
                             "CREATE VIRTUAL TABLE places USING rtree(id, minLon, maxLon, "
                             "minLat, maxLat);"
                             "INSERT INTO people(name) VALUES ('Ion Santos'), ('Maria Pop');"
                             "INSERT INTO notes VALUES ('met Ion Santos at the harbour'), "
                             "('paid in cash');"
                             "INSERT INTO places VALUES (1, 26.0, 26.2, 44.3, 44.5), (2, 2.2, "
                             "2.4, 48.8, 48.9);"),
                SQLITE_OK);
        }
        const QString enc = dir.filePath(QStringLiteral("enc.waymark"));
        const Status st = Crypt::encryptCopy(plain, enc, passphrase);
        QVERIFY2(st, qPrintable(st.error().message + QLatin1Char(' ') + st.error().detail));
        QVERIFY(Crypt::isEncrypted(enc));
        QVERIFY(!readAll(enc).contains("harbour"));
        QVERIFY(!readAll(enc).contains("Maria Pop"));
        QVERIFY(!Crypt::encryptCopy(plain, enc, passphrase)); // the target exists
        Crypt::forget(enc);
        QVERIFY(Crypt::unlock(enc, passphrase));
        {
            Db db(enc, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
            QCOMPARE(db.text("PRAGMA journal_mode"), QByteArray("wal"));
            QCOMPARE(db.text("SELECT rowid FROM notes WHERE notes MATCH 'harbour'"), QByteArray("1"));
            QCOMPARE(db.text("SELECT id FROM places WHERE minLon <= 2.3 AND maxLon "
                             ">= 2.3 AND minLat <= 48.85 "
                             "AND maxLat >= 48.85"),
                QByteArray("2"));
            QCOMPARE(db.exec("INSERT INTO people(name) VALUES ('Ana Lupu')"), SQLITE_OK);
            QCOMPARE(db.text("SELECT group_concat(what, '|') FROM log"),
                QByteArray("added Ion Santos|added Maria Pop|added Ana Lupu"));
            QCOMPARE(db.exec("INSERT INTO notes(notes) VALUES ('integrity-check')"), SQLITE_OK);
            QCOMPARE(db.text("PRAGMA integrity_check"), QByteArray("ok"));
        }
        // The backup API (Workspace::cleanCopy) between two encrypted files:
        // page images go through the shim both ways.
        const QString copy = dir.filePath(QStringLiteral("copy.waymark"));
        QVERIFY(Crypt::createEncrypted(copy, "another passphrase"));
        {
            Db from(enc, Crypt::vfsName(), SQLITE_OPEN_READONLY);
            Db to(copy, Crypt::vfsName());
            sqlite3_backup* backup = sqlite3_backup_init(to.db, "main", from.db, "main");
            QVERIFY(backup);
            QCOMPARE(sqlite3_backup_step(backup, -1), SQLITE_DONE);
            QCOMPARE(sqlite3_backup_finish(backup), SQLITE_OK);
            QCOMPARE(to.text("PRAGMA integrity_check"), QByteArray("ok"));
            QCOMPARE(to.text("SELECT count(*) FROM log"), QByteArray("3"));
        }
        QVERIFY(Crypt::isEncrypted(copy));
        QVERIFY(!readAll(copy).contains("harbour"));
        Crypt::forget(copy);
        QVERIFY(Crypt::unlock(copy, "another passphrase"));

        const QString back = dir.filePath(QStringLiteral("back.waymark"));
        const Status dst = Crypt::decryptCopy(enc, back, passphrase);
        QVERIFY2(dst, qPrintable(dst.error().message + QLatin1Char(' ') + dst.error().detail));
        QVERIFY(!Crypt::isEncrypted(back));
        Db db(back, nullptr, SQLITE_OPEN_READONLY);
        QCOMPARE(db.text("SELECT count(*) FROM people"), QByteArray("3"));
        QCOMPARE(db.text("SELECT rowid FROM notes WHERE notes MATCH 'cash'"), QByteArray("2"));
        QCOMPARE(db.text("PRAGMA integrity_check"), QByteArray("ok"));
    }

    void twoThreadsRead()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.waymark"));
        makePeople(path, 5000);
        std::atomic<int> failures { 0 };
        std::mutex firstMutex;
        QByteArray first; // the first failure, said when the test fails
        const auto fail = [&](const QByteArray& what) {
            if (failures++ == 0) {
                const std::lock_guard<std::mutex> lock(firstMutex);
                first = what;
            }
        };
        const auto reader = [&](int seed) {
            Db db(path, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
            if (db.rc != SQLITE_OK)
                return fail("reader " + QByteArray::number(seed) + ": open, " + QByteArray::number(db.rc));
            // As every workspace connection (Workspace::open): a reader that
            // meets another connection recovering the WAL index waits for it.
            // Without it the reader got SQLITE_BUSY_RECOVERY on every query
            // it made in that millisecond (CI, 1 run in 300 under load).
            sqlite3_busy_timeout(db.db, 5000);
            db.exec("PRAGMA cache_size = 10"); // read pages again and again
            for (int round = 0; round < 20; ++round) {
                const QByteArray count = db.text("SELECT count(*) FROM people WHERE name LIKE 'Ion Santos %'");
                if (count != "5000")
                    fail("reader " + QByteArray::number(seed) + " round " + QByteArray::number(round) + ": count "
                        + count);
                const QByteArray id = QByteArray::number(1 + (seed * 977 + round * 131) % 5000);
                const QByteArray name = db.text(QByteArray("SELECT name FROM people WHERE id = " + id).constData());
                if (name != "Ion Santos " + id)
                    fail("reader " + QByteArray::number(seed) + " round " + QByteArray::number(round) + ": name "
                        + name);
            }
        };
        const auto writer = [&] {
            Db db(path, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
            sqlite3_busy_timeout(db.db, 5000);
            for (int i = 0; i < 50; ++i) {
                const int rc = db.exec("INSERT INTO people(id, name) VALUES (NULL, 'Writer Row')");
                if (rc != SQLITE_OK)
                    fail("writer row " + QByteArray::number(i) + ": " + QByteArray::number(rc));
            }
        };
        std::thread a(reader, 1);
        std::thread b(reader, 2);
        std::thread c(writer);
        a.join();
        b.join();
        c.join();
        QVERIFY2(failures.load() == 0,
            qPrintable(QString::number(failures.load()) + QStringLiteral(" failure(s); the first: ")
                + QString::fromLatin1(first)));
        Db db(path, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
        QCOMPARE(db.text("SELECT count(*) FROM people"), QByteArray("5050"));
        QCOMPARE(db.text("PRAGMA integrity_check"), QByteArray("ok"));
    }

    void rollbackJournalAndTempFilesEncrypted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("case.waymark"));
        makePeople(path, 5000);
        Db db(path, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
        QCOMPARE(db.text("PRAGMA journal_mode = PERSIST"), QByteArray("persist"));
        QCOMPARE(db.exec("PRAGMA temp_store = FILE; PRAGMA cache_size = 20"), SQLITE_OK);
        QCOMPARE(db.exec("BEGIN; UPDATE people SET name = 'Petra Radu ' || id "
                         "WHERE id % 3 = 0"),
            SQLITE_OK);
        // A rollback undoes the change from the (encrypted) journal.
        QVERIFY(readAll(path + QLatin1String("-journal")).size() > 4096);
        QVERIFY(!readAll(path + QLatin1String("-journal")).contains("Ion Santos"));
        QCOMPARE(db.exec("ROLLBACK"), SQLITE_OK);
        QCOMPARE(db.text("SELECT count(*) FROM people WHERE name LIKE 'Ion Santos %'"), QByteArray("5000"));
        // Sorting more than the cache spills to temporary files through the shim.
        qint64 rows = 0;
        QCOMPARE(db.scan("SELECT name, note FROM people ORDER BY note || name DESC", &rows), SQLITE_OK);
        QCOMPARE(rows, 5000);
        QCOMPARE(db.exec("VACUUM"), SQLITE_OK);
        QCOMPARE(db.text("PRAGMA integrity_check"), QByteArray("ok"));
        // The page size cannot change in place (a VACUUM in rollback mode
        // writes new pages in pieces of the old size): refused, rolled back.
        Db other(path, Crypt::vfsName(), SQLITE_OPEN_READWRITE);
        QCOMPARE(other.text("SELECT count(*) FROM people"), QByteArray("5000"));
        QCOMPARE(db.exec("PRAGMA page_size = 8192; VACUUM"), SQLITE_IOERR_WRITE);
        QCOMPARE(db.text("PRAGMA page_size"), QByteArray("4096"));
        QCOMPARE(other.text("PRAGMA integrity_check"), QByteArray("ok"));
        QCOMPARE(other.text("SELECT name FROM people WHERE id = 4321"), QByteArray("Ion Santos 4321"));
        QCOMPARE(db.text("PRAGMA journal_mode = WAL"), QByteArray("wal"));
        QCOMPARE(db.text("SELECT count(*) FROM people"), QByteArray("5000"));
        QCOMPARE(db.text("SELECT count(*) FROM people"), QByteArray("5000"));
        QVERIFY(!readAll(path).contains("Ion Santos"));
    }
};

QTEST_GUILESS_MAIN(TestCryptVfs)
#include "tst_cryptvfs.moc"
