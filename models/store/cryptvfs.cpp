#include "cryptdetail_p.h"
#include "vfsforward_p.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <climits>
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

namespace waymark::store::cryptdetail {

namespace {

// ---------------------------------------------------------------------------
// The VFS

enum class Kind { Main, Wal, Journal, Temp, Plain };

/// Our file; the default VFS's file follows it in the same allocation.
struct CryptFile {
    sqlite3_file base;
    sqlite3_file* real;
    Kind kind;
    KeyPtr key;
    std::string path;
    int pageSize = 0;
    std::vector<unsigned char> scratch;
    unsigned char tempKey[keyBytes];
    unsigned char tempNonce[nonceBytes];
};

sqlite3_vfs* g_root = nullptr;
sqlite3_vfs g_vfs;
sqlite3_io_methods g_methods;

size_t realOffset()
{
    return (sizeof(CryptFile) + 15) & ~size_t(15);
}

CryptFile* cf(sqlite3_file* f)
{
    return reinterpret_cast<CryptFile*>(f);
}

int realRead(CryptFile* f, void* buf, int n, sqlite3_int64 off)
{
    return f->real->pMethods->xRead(f->real, buf, n, off);
}

int realWrite(CryptFile* f, const void* buf, int n, sqlite3_int64 off)
{
    return f->real->pMethods->xWrite(f->real, buf, n, off);
}

unsigned char* scratch(CryptFile* f, size_t n)
{
    if (f->scratch.size() < n)
        f->scratch.resize(n);
    return f->scratch.data();
}

// --- temporary files: a stream cipher under a key of their own -------------

void xorTemp(CryptFile* f, unsigned char* data, size_t n, sqlite3_int64 off)
{
    quint64 block = quint64(off) / 64;
    size_t skip = size_t(off % 64);
    if (skip) {
        unsigned char ks[64] = {};
        crypto_stream_xchacha20_xor_ic(ks, ks, 64, f->tempNonce, block, f->tempKey);
        const size_t take = std::min(n, 64 - skip);
        for (size_t i = 0; i < take; ++i)
            data[i] ^= ks[skip + i];
        data += take;
        n -= take;
        ++block;
    }
    if (n)
        crypto_stream_xchacha20_xor_ic(data, data, n, f->tempNonce, block, f->tempKey);
}

int tempRead(CryptFile* f, void* buf, int n, sqlite3_int64 off)
{
    int rc = realRead(f, buf, n, off);
    if (rc == SQLITE_OK) {
        xorTemp(f, static_cast<unsigned char*>(buf), size_t(n), off);
    } else if (rc == SQLITE_IOERR_SHORT_READ) {
        sqlite3_int64 size = 0;
        f->real->pMethods->xFileSize(f->real, &size);
        if (size > off)
            xorTemp(f, static_cast<unsigned char*>(buf), size_t(std::min<sqlite3_int64>(n, size - off)), off);
    }
    return rc;
}

int tempWrite(CryptFile* f, const void* buf, int n, sqlite3_int64 off)
{
    unsigned char* out = scratch(f, size_t(n));
    std::memcpy(out, buf, size_t(n));
    xorTemp(f, out, size_t(n), off);
    return realWrite(f, out, n, off);
}

// --- page-structured files ---------------------------------------------------

int mainPageSize(CryptFile* f)
{
    if (f->pageSize)
        return f->pageSize;
    unsigned char head[24];
    if (realRead(f, head, 24, 0) == SQLITE_OK) {
        f->pageSize = pageSizeFromHeader(head);
        if (f->pageSize && head[20] < reserve)
            f->pageSize = -1; // not ours: every read and write is refused
    }
    return f->pageSize;
}

int walPageSize(CryptFile* f)
{
    if (f->pageSize)
        return f->pageSize;
    unsigned char head[walHeaderBytes];
    if (realRead(f, head, walHeaderBytes, 0) == SQLITE_OK && isPowerOfTwoPage(int(be32(head + 8))))
        f->pageSize = int(be32(head + 8));
    return f->pageSize;
}

/// Reads and opens the whole page image at `pageOff`. SQLITE_IOERR_SHORT_READ
/// when the file ends before it, SQLITE_IOERR_DATA when it does not
/// authenticate.
int readPage(CryptFile* f, Domain domain, quint64 position, sqlite3_int64 pageOff, int size, unsigned char* out)
{
    unsigned char* raw = scratch(f, size_t(size));
    const int rc = realRead(f, raw, size, pageOff);
    if (rc != SQLITE_OK) {
        std::memset(out, 0, size_t(size));
        return rc;
    }
    if (!openPage(*f->key, domain, position, raw, out, size)) {
        sqlite3_log(SQLITE_IOERR_DATA, "waymark-crypt: %s at offset %lld of %s does not authenticate",
            domain == Domain::Db ? "page" : "page image", static_cast<long long>(pageOff), f->path.c_str());
        return SQLITE_IOERR_DATA;
    }
    return SQLITE_OK;
}

int writePage(CryptFile* f, Domain domain, quint64 position, sqlite3_int64 pageOff, int size, const unsigned char* in)
{
    if (domain == Domain::Db && position == 1 && in[20] < reserve) {
        sqlite3_log(SQLITE_IOERR_WRITE, "waymark-crypt: %s has %d reserved bytes per page, not %d; not written",
            f->path.c_str(), int(in[20]), reserve);
        return SQLITE_IOERR_WRITE;
    }
    unsigned char* out = scratch(f, size_t(size));
    sealPage(*f->key, domain, position, in, out, size);
    return realWrite(f, out, size, pageOff);
}

/// A write that covers part of a page image: the page is read (or zeros
/// beyond the end of the file, or over a torn image for WAL frames), merged,
/// and sealed whole.
int writePartial(CryptFile* f, Domain domain, quint64 position, sqlite3_int64 pageOff, int size, int within,
    const unsigned char* data, int n)
{
    std::vector<unsigned char> page(static_cast<size_t>(size));
    int rc = readPage(f, domain, position, pageOff, size, page.data());
    if (rc == SQLITE_IOERR_DATA && domain != Domain::Wal)
        return rc;
    if (rc != SQLITE_OK && rc != SQLITE_IOERR_SHORT_READ && rc != SQLITE_IOERR_DATA)
        return rc;
    std::memcpy(page.data() + within, data, size_t(n));
    return writePage(f, domain, position, pageOff, size, page.data());
}

int mainRead(CryptFile* f, unsigned char* buf, int n, sqlite3_int64 off)
{
    // Page 1 is read again whenever another connection may have changed the
    // file, and a VACUUM in rollback mode may have changed its page size.
    if (off == 0)
        f->pageSize = 0;
    const int size = mainPageSize(f);
    if (size <= 0) {
        sqlite3_int64 fileSize = 0;
        f->real->pMethods->xFileSize(f->real, &fileSize);
        std::memset(buf, 0, size_t(n));
        if (fileSize == 0)
            return SQLITE_IOERR_SHORT_READ;
        return SQLITE_IOERR_DATA;
    }
    while (n > 0) {
        const quint64 pgno = quint64(off / size) + 1;
        const sqlite3_int64 pageOff = sqlite3_int64(pgno - 1) * size;
        const int within = int(off - pageOff);
        const int take = std::min(n, size - within);
        int rc;
        if (within == 0 && take == size) {
            rc = readPage(f, Domain::Db, pgno, pageOff, size, buf);
        } else {
            std::vector<unsigned char> page(static_cast<size_t>(size));
            rc = readPage(f, Domain::Db, pgno, pageOff, size, page.data());
            std::memcpy(buf, page.data() + within, size_t(take));
        }
        if (rc != SQLITE_OK) {
            std::memset(buf, 0, size_t(n));
            return rc;
        }
        buf += take;
        off += take;
        n -= take;
    }
    return SQLITE_OK;
}

int mainWrite(CryptFile* f, const unsigned char* buf, int n, sqlite3_int64 off)
{
    if (off == 0 && n >= 24) {
        const int known = mainPageSize(f);
        const int size = pageSizeFromHeader(buf);
        if (known > 0 && size != known) {
            // A VACUUM in rollback mode writes pages of the new size in
            // pieces of the old one over the old pages: no page could be read
            // back whole. Refused before anything is written; the transaction
            // rolls back. VACUUM INTO a new file can change the page size.
            sqlite3_log(SQLITE_IOERR_WRITE,
                "waymark-crypt: the page size of %s cannot change in place "
                "(%d to %d)",
                f->path.c_str(), known, size);
            return SQLITE_IOERR_WRITE;
        }
        if (size)
            f->pageSize = size;
    }
    int size = mainPageSize(f);
    if (size == 0 && off % n == 0 && isPowerOfTwoPage(n))
        size = f->pageSize = n; // a new file whose page 1 comes later
    if (size <= 0) {
        sqlite3_log(SQLITE_IOERR_WRITE, "waymark-crypt: no page size known for %s; not written", f->path.c_str());
        return SQLITE_IOERR_WRITE;
    }
    while (n > 0) {
        const quint64 pgno = quint64(off / size) + 1;
        const sqlite3_int64 pageOff = sqlite3_int64(pgno - 1) * size;
        const int within = int(off - pageOff);
        const int take = std::min(n, size - within);
        const int rc = within == 0 && take == size
            ? writePage(f, Domain::Db, pgno, pageOff, size, buf)
            : writePartial(f, Domain::Db, pgno, pageOff, size, within, buf, take);
        if (rc != SQLITE_OK)
            return rc;
        buf += take;
        off += take;
        n -= take;
    }
    return SQLITE_OK;
}

/// Splits a WAL range into the WAL header, frame headers (plain) and page
/// images (sealed), and calls `plain` or `image` for each piece.
template <typename Plain, typename Image>
int walSplit(int size, const unsigned char* buf, int n, sqlite3_int64 off, Plain plain, Image image)
{
    const sqlite3_int64 frame = walFrameHeaderBytes + size;
    while (n > 0) {
        int take;
        int rc;
        if (off < walHeaderBytes) {
            take = std::min<sqlite3_int64>(n, walHeaderBytes - off);
            rc = plain(buf, take, off);
        } else {
            const sqlite3_int64 rel = off - walHeaderBytes;
            const sqlite3_int64 frameOff = walHeaderBytes + (rel / frame) * frame;
            const int within = int(rel % frame);
            if (within < walFrameHeaderBytes) {
                take = std::min(n, walFrameHeaderBytes - within);
                rc = plain(buf, take, off);
            } else {
                const int inPage = within - walFrameHeaderBytes;
                take = std::min(n, size - inPage);
                rc = image(buf, take, frameOff + walFrameHeaderBytes, inPage);
            }
        }
        if (rc != SQLITE_OK)
            return rc;
        buf += take;
        off += take;
        n -= take;
    }
    return SQLITE_OK;
}

int walRead(CryptFile* f, unsigned char* buf, int n, sqlite3_int64 off)
{
    const int size = walPageSize(f);
    if (size <= 0 || off + n <= walHeaderBytes)
        return realRead(f, buf, n, off);
    // Recovery reads whole frames, and a torn frame after a crash is normal
    // there: its image reads as zeros, which fail SQLite's frame checksum, so
    // the frame is dropped as SQLite would drop it. A read of an image alone
    // is of a frame SQLite knows is valid: failing to open it is an error.
    const bool recovery = n > size;
    bool shortRead = false;
    const int rc = walSplit(
        size, buf, n, off,
        [&](const unsigned char* p, int take, sqlite3_int64 at) {
            const int r = realRead(f, const_cast<unsigned char*>(p), take, at);
            shortRead |= r == SQLITE_IOERR_SHORT_READ;
            return r == SQLITE_IOERR_SHORT_READ ? SQLITE_OK : r;
        },
        [&](const unsigned char* p, int take, sqlite3_int64 pageOff, int within) {
            unsigned char* out = const_cast<unsigned char*>(p);
            int r;
            if (within == 0 && take == size) {
                r = readPage(f, Domain::Wal, quint64(pageOff), pageOff, size, out);
            } else {
                std::vector<unsigned char> page(static_cast<size_t>(size));
                r = readPage(f, Domain::Wal, quint64(pageOff), pageOff, size, page.data());
                std::memcpy(out, page.data() + within, size_t(take));
            }
            if (r == SQLITE_IOERR_SHORT_READ || (r == SQLITE_IOERR_DATA && recovery)) {
                shortRead |= r == SQLITE_IOERR_SHORT_READ;
                std::memset(out, 0, size_t(take));
                return SQLITE_OK;
            }
            return r;
        });
    if (rc != SQLITE_OK) {
        std::memset(buf, 0, size_t(n));
        return rc;
    }
    return shortRead ? SQLITE_IOERR_SHORT_READ : SQLITE_OK;
}

int walWrite(CryptFile* f, const unsigned char* buf, int n, sqlite3_int64 off)
{
    if (off == 0 && n >= walHeaderBytes && isPowerOfTwoPage(int(be32(buf + 8))))
        f->pageSize = int(be32(buf + 8));
    const int size = walPageSize(f);
    if (size <= 0) {
        if (off + n <= walHeaderBytes)
            return realWrite(f, buf, n, off);
        sqlite3_log(SQLITE_IOERR_WRITE, "waymark-crypt: no page size known for %s; not written", f->path.c_str());
        return SQLITE_IOERR_WRITE;
    }
    return walSplit(
        size, buf, n, off,
        [&](const unsigned char* p, int take, sqlite3_int64 at) { return realWrite(f, p, take, at); },
        [&](const unsigned char* p, int take, sqlite3_int64 pageOff, int within) {
            if (within == 0 && take == size)
                return writePage(f, Domain::Wal, quint64(pageOff), pageOff, size, p);
            return writePartial(f, Domain::Wal, quint64(pageOff), pageOff, size, within, p, take);
        });
}

// A rollback journal holds records of a 4-byte page number, the page image
// and a 4-byte checksum after a header of a whole sector, so every image
// starts 4 bytes past a multiple of 8, and headers, counts and checksums
// never do with a page's size.
bool isJournalImage(int n, sqlite3_int64 off)
{
    return isPowerOfTwoPage(n) && off % 8 == 4;
}

int journalRead(CryptFile* f, unsigned char* buf, int n, sqlite3_int64 off)
{
    if (!isJournalImage(n, off))
        return realRead(f, buf, n, off);
    return readPage(f, Domain::Journal, quint64(off), off, n, buf);
}

int journalWrite(CryptFile* f, const unsigned char* buf, int n, sqlite3_int64 off)
{
    if (!isJournalImage(n, off))
        return realWrite(f, buf, n, off);
    return writePage(f, Domain::Journal, quint64(off), off, n, buf);
}

// --- io methods --------------------------------------------------------------

int xClose(sqlite3_file* file)
{
    CryptFile* f = cf(file);
    const int rc = f->real->pMethods ? f->real->pMethods->xClose(f->real) : SQLITE_OK;
    sodium_memzero(f->tempKey, sizeof f->tempKey);
    if (!f->scratch.empty())
        sodium_memzero(f->scratch.data(), f->scratch.size());
    f->~CryptFile();
    return rc;
}

int xRead(sqlite3_file* file, void* buf, int n, sqlite3_int64 off)
{
    CryptFile* f = cf(file);
    auto* b = static_cast<unsigned char*>(buf);
    switch (f->kind) {
    case Kind::Main:
        return mainRead(f, b, n, off);
    case Kind::Wal:
        return walRead(f, b, n, off);
    case Kind::Journal:
        return journalRead(f, b, n, off);
    case Kind::Temp:
        return tempRead(f, buf, n, off);
    case Kind::Plain:
        break;
    }
    return realRead(f, buf, n, off);
}

int xWrite(sqlite3_file* file, const void* buf, int n, sqlite3_int64 off)
{
    CryptFile* f = cf(file);
    const auto* b = static_cast<const unsigned char*>(buf);
    switch (f->kind) {
    case Kind::Main:
        return mainWrite(f, b, n, off);
    case Kind::Wal:
        return walWrite(f, b, n, off);
    case Kind::Journal:
        return journalWrite(f, b, n, off);
    case Kind::Temp:
        return tempWrite(f, buf, n, off);
    case Kind::Plain:
        break;
    }
    return realWrite(f, buf, n, off);
}

int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return cf(f)->real->pMethods->xTruncate(cf(f)->real, size);
}
int xSync(sqlite3_file* f, int flags)
{
    return cf(f)->real->pMethods->xSync(cf(f)->real, flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return cf(f)->real->pMethods->xFileSize(cf(f)->real, size);
}
int xLock(sqlite3_file* f, int level)
{
    return cf(f)->real->pMethods->xLock(cf(f)->real, level);
}
int xUnlock(sqlite3_file* f, int level)
{
    return cf(f)->real->pMethods->xUnlock(cf(f)->real, level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return cf(f)->real->pMethods->xCheckReservedLock(cf(f)->real, out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    CryptFile* c = cf(f);
    if (op == SQLITE_FCNTL_VFSNAME) {
        // Below the default VFS's name, as the other shims do.
        int rc = c->real->pMethods->xFileControl(c->real, op, arg);
        char** name = static_cast<char**>(arg);
        if (rc == SQLITE_OK && *name) {
            char* both = sqlite3_mprintf("%s/%z", vfsNameText, *name);
            *name = both;
        } else {
            *name = sqlite3_mprintf("%s", vfsNameText);
            rc = SQLITE_OK;
        }
        return rc;
    }
    return c->real->pMethods->xFileControl(c->real, op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return cf(f)->real->pMethods->xSectorSize(cf(f)->real);
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return cf(f)->real->pMethods->xDeviceCharacteristics(cf(f)->real);
}
// The -shm holds only the WAL's index (page numbers, frame numbers,
// checksums): it passes through.
int xShmMap(sqlite3_file* f, int page, int size, int extend, void volatile** out)
{
    return cf(f)->real->pMethods->xShmMap(cf(f)->real, page, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return cf(f)->real->pMethods->xShmLock(cf(f)->real, offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    cf(f)->real->pMethods->xShmBarrier(cf(f)->real);
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return cf(f)->real->pMethods->xShmUnmap(cf(f)->real, deleteFlag);
}

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    file->pMethods = nullptr;
    auto* real = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(file) + realOffset());
    Kind kind = Kind::Plain;
    KeyPtr key;
    std::string path = name ? name : "";
    if (!name
        || (flags
            & (SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_SUBJOURNAL | SQLITE_OPEN_TRANSIENT_DB))) {
        kind = Kind::Temp;
    } else if (flags & (SQLITE_OPEN_MAIN_DB | SQLITE_OPEN_WAL | SQLITE_OPEN_MAIN_JOURNAL)) {
        const char* db = (flags & SQLITE_OPEN_MAIN_DB) ? name : sqlite3_filename_database(name);
        key = findKey(canonicalPath(std::string(db ? db : "")));
        if (!key) {
            sqlite3_log(SQLITE_CANTOPEN, "waymark-crypt: no key for %s", db ? db : "");
            return SQLITE_CANTOPEN;
        }
        kind = (flags & SQLITE_OPEN_MAIN_DB) ? Kind::Main : (flags & SQLITE_OPEN_WAL) ? Kind::Wal : Kind::Journal;
    }
    // Anything else (a super-journal, which holds only file names) passes.
    const int rc = g_root->xOpen(g_root, name, real, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (real->pMethods)
            real->pMethods->xClose(real);
        return rc;
    }
    auto* f = new (file) CryptFile;
    f->base.pMethods = &g_methods;
    f->real = real;
    f->kind = kind;
    f->key = std::move(key);
    f->path = std::move(path);
    if (kind == Kind::Temp) {
        crypto_aead_xchacha20poly1305_ietf_keygen(f->tempKey);
        randombytes_buf(f->tempNonce, sizeof f->tempNonce);
    }
    return SQLITE_OK;
}

/// Runs in every sqlite3_open: a new, empty database on the shim gets its
/// 40 reserved bytes per page before anything is written, so callers need
/// not know.
int reserveOnOpen(sqlite3* db, const char**, const sqlite3_api_routines*)
{
    sqlite3_file* file = nullptr;
    if (sqlite3_file_control(db, "main", SQLITE_FCNTL_FILE_POINTER, &file) != SQLITE_OK || !file
        || file->pMethods != &g_methods || cf(file)->kind != Kind::Main)
        return SQLITE_OK;
    sqlite3_int64 size = 0;
    if (xFileSize(file, &size) == SQLITE_OK && size == 0) {
        int n = reserve;
        sqlite3_file_control(db, "main", SQLITE_FCNTL_RESERVE_BYTES, &n);
    }
    return SQLITE_OK;
}

} // namespace

const char* rootVfsName()
{
    return g_root->zName;
}

void registerVfs()
{
    if (sodium_init() < 0)
        qFatal("libsodium cannot be initialised");
    g_root = sqlite3_vfs_find(nullptr);
    g_methods = sqlite3_io_methods {};
    // Version 2: the shm methods, and no xFetch, so SQLite never maps the
    // file and reads every page through xRead.
    g_methods.iVersion = 2;
    g_methods.xClose = xClose;
    g_methods.xRead = xRead;
    g_methods.xWrite = xWrite;
    g_methods.xTruncate = xTruncate;
    g_methods.xSync = xSync;
    g_methods.xFileSize = xFileSize;
    g_methods.xLock = xLock;
    g_methods.xUnlock = xUnlock;
    g_methods.xCheckReservedLock = xCheckReservedLock;
    g_methods.xFileControl = xFileControl;
    g_methods.xSectorSize = xSectorSize;
    g_methods.xDeviceCharacteristics = xDeviceCharacteristics;
    g_methods.xShmMap = xShmMap;
    g_methods.xShmLock = xShmLock;
    g_methods.xShmBarrier = xShmBarrier;
    g_methods.xShmUnmap = xShmUnmap;

    g_vfs = forwardingVfs(g_root, vfsNameText, int(realOffset()) + g_root->szOsFile, xOpen);
    sqlite3_vfs_register(&g_vfs, 0);
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(reserveOnOpen));
}

} // namespace waymark::store::cryptdetail
