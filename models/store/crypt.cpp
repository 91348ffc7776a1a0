#include "cryptdetail_p.h"
#include "store/workspace_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QUrl>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <unistd.h>
#include <vector>

namespace waymark::store {

using namespace cryptdetail;

namespace {

// ---------------------------------------------------------------------------
// Whole-file operations

/// Page 1 as it is on disk, when the file has an encrypted workspace's shape.
///
/// Read through SQLite's own file layer, never through a descriptor of our
/// own: closing any descriptor of a file drops every POSIX lock this process
/// holds on it, a connection's included. Another process would then find the
/// workspace unused, checkpoint and remove its WAL under that connection, and
/// the next connection of this process would read a malformed file. SQLite's
/// unix layer keeps its descriptor open until the process's last lock on the
/// file goes.
QByteArray rawPage1(const QString& path)
{
    sqlite3_vfs* vfs = sqlite3_vfs_find(nullptr);
    if (!vfs)
        return {};
    const QByteArray name = QFile::encodeName(QFileInfo(path).absoluteFilePath()); // alive until xClose
    std::vector<std::max_align_t> storage(size_t(vfs->szOsFile) / sizeof(std::max_align_t) + 1);
    auto* file = reinterpret_cast<sqlite3_file*>(storage.data());
    std::memset(storage.data(), 0, storage.size() * sizeof(std::max_align_t));
    int outFlags = 0;
    const int rc = vfs->xOpen(vfs, name.constData(), file, SQLITE_OPEN_READONLY | SQLITE_OPEN_MAIN_DB, &outFlags);
    auto close = qScopeGuard([file] {
        if (file->pMethods)
            file->pMethods->xClose(file);
    });
    if (rc != SQLITE_OK || !file->pMethods)
        return {};
    sqlite3_int64 fileSize = 0;
    unsigned char h[24];
    if (file->pMethods->xFileSize(file, &fileSize) != SQLITE_OK || fileSize < 24
        || file->pMethods->xRead(file, h, 24, 0) != SQLITE_OK)
        return {};
    const int size = pageSizeFromHeader(h);
    if (std::memcmp(h, sqliteMagic, 16) == 0 || size == 0 || h[20] != reserve
        || std::memcmp(h + 21, "\x40\x20\x20", 3) != 0 || fileSize < size || fileSize % size != 0)
        return {};
    QByteArray page(size, Qt::Uninitialized);
    if (file->pMethods->xRead(file, page.data(), size, 0) != SQLITE_OK)
        return {};
    return page;
}

/// Opens a connection; the caller closes it.
struct Db {
    sqlite3* db = nullptr;
    ~Db() { sqlite3_close_v2(db); }
    int open(const QByteArray& file, int flags, const char* vfs)
    {
        const int rc = sqlite3_open_v2(file.constData(), &db, flags | SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_URI, vfs);
        if (rc == SQLITE_OK)
            sqlite3_extended_result_codes(db, 1);
        return rc;
    }
    QString error() const { return db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(); }
    int exec(const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr); }
    QByteArray text(const char* sql)
    {
        sqlite3_stmt* st = nullptr;
        QByteArray out;
        if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            out = QByteArray(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return out;
    }
};

QByteArray uriFor(const QString& path, const char* vfs)
{
    QUrl url = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath());
    url.setQuery(QStringLiteral("vfs=") + QString::fromLatin1(vfs));
    return url.toEncoded();
}

QByteArray sqlQuoted(const QByteArray& text)
{
    QByteArray out = text;
    out.replace('\'', "''");
    return '\'' + out + '\'';
}

void removeWithSideFiles(const QString& path)
{
    for (const char* side : { "", "-wal", "-shm", "-journal" })
        QFile::remove(path + QLatin1String(side));
}

bool fsyncPath(const QString& path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

/// VACUUM INTO `to` from an open connection, then checks that `to` opens
/// (through `toVfs`) and is whole, and sets its journal mode to `journalMode`.
Status vacuumInto(Db& from, const QString& to, const char* toVfs, const QByteArray& journalMode)
{
    const QByteArray sql = "VACUUM INTO " + sqlQuoted(uriFor(to, toVfs));
    if (from.exec(sql.constData()) != SQLITE_OK)
        return Error(QCoreApplication::translate("Crypt", "%1 could not be written.").arg(to), from.error());
    Db check;
    if (check.open(QFile::encodeName(to), SQLITE_OPEN_READWRITE, toVfs) != SQLITE_OK)
        return Error(QCoreApplication::translate("Crypt", "%1 could not be written.").arg(to), check.error());
    const QByteArray result = check.text("PRAGMA integrity_check");
    if (result != "ok")
        return Error(QCoreApplication::translate("Crypt", "%1 could not be written.").arg(to),
            QStringLiteral("integrity_check: %1 %2").arg(QString::fromUtf8(result), check.error()));
    if (journalMode == "wal" && check.text("PRAGMA journal_mode = WAL") != "wal")
        return Error(QCoreApplication::translate("Crypt", "%1 could not be written.").arg(to), check.error());
    return Ok {};
}

Status newKey(const QString& path, const QByteArray& passphrase)
{
    auto key = std::make_shared<Key>();
    if (!key->bytes)
        return Error(QCoreApplication::translate("Crypt", "No secure memory is left for the key of %1.").arg(path));
    key->strength = static_cast<unsigned char>(Crypt::newFileStrength);
    {
        const std::lock_guard<std::mutex> lock(g_mutex);
        if (g_fixedSalt.size() == saltBytes)
            std::memcpy(key->salt, g_fixedSalt.constData(), saltBytes);
        else
            randombytes_buf(key->salt, saltBytes);
    }
    if (!deriveInto(key->bytes, passphrase, key->salt, key->strength))
        return Error(
            QCoreApplication::translate("Crypt", "The key of %1 could not be derived: not enough memory.").arg(path));
    putKey(canonicalPath(path), std::move(key));
    return Ok {};
}

} // namespace

const char* Crypt::vfsName()
{
    static std::once_flag once;
    std::call_once(once, registerVfs);
    return vfsNameText;
}

bool Crypt::isEncrypted(const QString& path)
{
    return !rawPage1(path).isEmpty();
}

Status Crypt::unlock(const QString& path, const QByteArray& passphrase)
{
    vfsName();
    const QByteArray page = rawPage1(path);
    if (page.isEmpty())
        return Error(QCoreApplication::translate("Crypt", "%1 is not an encrypted workspace.").arg(path));
    const auto* raw = reinterpret_cast<const unsigned char*>(page.constData());
    const int size = int(page.size());
    auto key = std::make_shared<Key>();
    if (!key->bytes)
        return Error(QCoreApplication::translate("Crypt", "No secure memory is left for the key of %1.").arg(path));
    std::memcpy(key->salt, raw, saltBytes);
    key->strength = raw[size - reserve]; // the first nonce byte
    std::vector<unsigned char> plain(static_cast<size_t>(size));
    if (!deriveInto(key->bytes, passphrase, key->salt, key->strength)
        || !openPage(*key, Domain::Db, 1, raw, plain.data(), size))
        return Error(QCoreApplication::translate("Crypt", "The passphrase does not open %1.").arg(path));
    sodium_memzero(plain.data(), plain.size());
    putKey(canonicalPath(path), std::move(key));
    return Ok {};
}

bool Crypt::hasKey(const QString& path)
{
    return findKey(canonicalPath(path)) != nullptr;
}

void Crypt::forget(const QString& path)
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    g_keys.erase(canonicalPath(path));
}

Status Crypt::createEncrypted(const QString& path, const QByteArray& passphrase)
{
    vfsName();
    const QFileInfo info(path);
    if (info.exists() && (!info.isFile() || info.size() > 0))
        return Error(QCoreApplication::translate("Crypt", "%1 already exists; choose another name.").arg(path));
    return newKey(path, passphrase);
}

Status Crypt::encryptCopy(const QString& plainPath, const QString& encryptedPath, const QByteArray& passphrase)
{
    vfsName();
    if (QFileInfo::exists(encryptedPath))
        return Error(
            QCoreApplication::translate("Crypt", "%1 already exists; choose another name.").arg(encryptedPath));
    if (isEncrypted(plainPath))
        return Error(QCoreApplication::translate("Crypt", "%1 is already encrypted.").arg(plainPath));
    Db plain;
    if (plain.open(uriFor(plainPath, rootVfsName()) + "&mode=ro", SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
        return Error(QCoreApplication::translate("Crypt", "%1 could not be opened.").arg(plainPath), plain.error());
    const QByteArray mode = plain.text("PRAGMA journal_mode");
    if (mode.isEmpty())
        return Error(QCoreApplication::translate("Crypt", "%1 could not be opened.").arg(plainPath), plain.error());
    // VACUUM INTO gives the copy the reserve the source asks for.
    int n = reserve;
    sqlite3_file_control(plain.db, "main", SQLITE_FCNTL_RESERVE_BYTES, &n);
    if (Status st = newKey(encryptedPath, passphrase); !st)
        return st;
    Status st = vacuumInto(plain, encryptedPath, vfsNameText, mode);
    if (!st) {
        removeWithSideFiles(encryptedPath);
        forget(encryptedPath);
    }
    return st;
}

Status Crypt::decryptCopy(const QString& encryptedPath, const QString& plainPath, const QByteArray& passphrase)
{
    if (QFileInfo::exists(plainPath))
        return Error(QCoreApplication::translate("Crypt", "%1 already exists; choose another name.").arg(plainPath));
    if (Status st = unlock(encryptedPath, passphrase); !st)
        return st;
    Db enc;
    if (enc.open(QFile::encodeName(encryptedPath), SQLITE_OPEN_READONLY, vfsNameText) != SQLITE_OK)
        return Error(QCoreApplication::translate("Crypt", "%1 could not be opened.").arg(encryptedPath), enc.error());
    const QByteArray mode = enc.text("PRAGMA journal_mode");
    Status st = vacuumInto(enc, plainPath, rootVfsName(), mode);
    if (!st)
        removeWithSideFiles(plainPath);
    return st;
}

Status Crypt::rekey(const QString& path, const QByteArray& oldPassphrase, const QByteArray& newPassphrase)
{
    // The file is opened to write below, which replays a journal beside it.
    if (auto refused = refuseSuperJournal(path))
        return *refused;
    if (Status st = unlock(path, oldPassphrase); !st)
        return st;
    const QString fresh = path + QStringLiteral(".rekey-%1").arg(randombytes_random(), 8, 16, QLatin1Char('0'));
    if (Status st = newKey(fresh, newPassphrase); !st)
        return st;
    const auto fail = [&](const QString& detail) {
        removeWithSideFiles(fresh);
        forget(fresh);
        return Error(
            QCoreApplication::translate("Crypt", "%1 could not be given a new passphrase; it is unchanged.").arg(path),
            detail);
    };
    {
        Db old;
        if (old.open(QFile::encodeName(path), SQLITE_OPEN_READWRITE, vfsNameText) != SQLITE_OK)
            return fail(old.error());
        const QByteArray mode = old.text("PRAGMA journal_mode");
        if (mode == "wal") {
            // Every frame into the file first, and the WAL emptied: the copy
            // is then of everything, and nothing is left to replay over it.
            sqlite3_stmt* st = nullptr;
            int busy = 1;
            if (sqlite3_prepare_v2(old.db, "PRAGMA wal_checkpoint(TRUNCATE)", -1, &st, nullptr) == SQLITE_OK
                && sqlite3_step(st) == SQLITE_ROW)
                busy = sqlite3_column_int(st, 0);
            sqlite3_finalize(st);
            if (busy != 0)
                return fail(QStringLiteral("the WAL could not be checkpointed: the file is in use"));
        }
        if (Status st = vacuumInto(old, fresh, vfsNameText, mode); !st)
            return fail(st.error().detail);
    }
    if (QFileInfo(path + QLatin1String("-wal")).size() > 0)
        return fail(QStringLiteral("another connection still has the file open"));
    if (!fsyncPath(fresh, false))
        return fail(QStringLiteral("the new file could not be synced"));
    if (::rename(QFile::encodeName(fresh).constData(), QFile::encodeName(path).constData()) != 0)
        return fail(QString::fromLocal8Bit(strerror(errno)));
    fsyncPath(QFileInfo(path).absolutePath(), true);
    for (const char* side : { "-wal", "-shm" })
        QFile::remove(fresh + QLatin1String(side));
    const std::lock_guard<std::mutex> lock(g_mutex);
    auto it = g_keys.find(canonicalPath(fresh));
    g_keys[canonicalPath(path)] = it->second;
    g_keys.erase(it);
    return Ok {};
}

void Crypt::Testing::setFixedSalt(const QByteArray& salt)
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    g_fixedSalt = salt;
}

void Crypt::Testing::setFixedNonce(const QByteArray& nonce)
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    g_fixedNonce = nonce;
    g_nonceFixed.store(nonce.size() == nonceBytes);
}

QByteArray Crypt::Testing::deriveKey(const QByteArray& passphrase, const QByteArray& salt, Strength strength)
{
    vfsName();
    QByteArray out(keyBytes, '\0');
    if (salt.size() != saltBytes
        || !deriveInto(reinterpret_cast<unsigned char*>(out.data()), passphrase,
            reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<unsigned char>(strength)))
        return {};
    return out;
}

QByteArray Crypt::Testing::sealPage(
    const QByteArray& key, const QByteArray& salt, Strength strength, quint32 pgno, const QByteArray& page)
{
    vfsName();
    if (key.size() != keyBytes || salt.size() != saltBytes || !isPowerOfTwoPage(int(page.size())))
        return {};
    Key k;
    std::memcpy(k.bytes, key.constData(), keyBytes);
    std::memcpy(k.salt, salt.constData(), saltBytes);
    k.strength = static_cast<unsigned char>(strength);
    QByteArray out(page.size(), '\0');
    store::sealPage(k, Domain::Db, pgno, reinterpret_cast<const unsigned char*>(page.constData()),
        reinterpret_cast<unsigned char*>(out.data()), int(page.size()));
    return out;
}

} // namespace waymark::store
