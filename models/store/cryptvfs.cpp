#include "cryptvfs.h"

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

namespace waymark::store {

namespace {

constexpr int saltBytes = crypto_pwhash_SALTBYTES;
constexpr int keyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int reserve = Crypt::reservedBytes;
static_assert(nonceBytes + tagBytes == reserve, "nonce and tag fill the reserved bytes");
static_assert(saltBytes == 16, "the salt takes the place of the 16-byte magic");
constexpr char vfsNameText[] = "waymark-crypt";
const unsigned char sqliteMagic[16] = { 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0 };
constexpr int walHeaderBytes = 32;
constexpr int walFrameHeaderBytes = 24;

// Frozen copies of libsodium's INTERACTIVE and MODERATE limits: part of the
// file format, so a future libsodium changing its defaults opens old files.
struct Limits {
    unsigned long long ops;
    size_t mem;
};
constexpr Limits limitsOf[] = { { 2, size_t(64) << 20 }, { 3, size_t(256) << 20 } };

/// A key in locked memory that is wiped when freed. Shared by the registry
/// and by every file open with it.
struct Key {
    unsigned char* bytes = nullptr;
    unsigned char salt[saltBytes] = {};
    unsigned char strength = 0;

    Key()
        : bytes(static_cast<unsigned char*>(sodium_malloc(keyBytes)))
    {
    }
    ~Key() { sodium_free(bytes); } // zeroes and unlocks
    Key(const Key&) = delete;
    Key& operator=(const Key&) = delete;
};
using KeyPtr = std::shared_ptr<const Key>;

std::mutex g_mutex;
std::map<std::string, KeyPtr> g_keys;
QByteArray g_fixedSalt;
QByteArray g_fixedNonce;
std::atomic<bool> g_nonceFixed { false }; // spares page writes the mutex

/// The file's real path; for a file that does not exist yet, its folder's
/// real path and its name.
std::string canonicalPath(const std::string& path)
{
    char buf[PATH_MAX];
    if (realpath(path.c_str(), buf))
        return std::string(buf);
    const size_t slash = path.rfind('/');
    const std::string dir = slash == std::string::npos ? std::string(".")
        : slash == 0                                   ? std::string("/")
                                                       : path.substr(0, slash);
    const std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    if (!realpath(dir.c_str(), buf))
        return path;
    std::string out(buf);
    if (out != "/")
        out += '/';
    return out + name;
}

std::string canonicalPath(const QString& path)
{
    return canonicalPath(std::string(QFile::encodeName(QFileInfo(path).absoluteFilePath()).constData()));
}

KeyPtr findKey(const std::string& canonical)
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    const auto it = g_keys.find(canonical);
    return it == g_keys.end() ? nullptr : it->second;
}

void putKey(const std::string& canonical, KeyPtr key)
{
    const std::lock_guard<std::mutex> lock(g_mutex);
    g_keys[canonical] = std::move(key);
}

void freshNonce(unsigned char* nonce)
{
    if (g_nonceFixed.load(std::memory_order_relaxed)) {
        const std::lock_guard<std::mutex> lock(g_mutex);
        if (g_fixedNonce.size() == nonceBytes) {
            std::memcpy(nonce, g_fixedNonce.constData(), nonceBytes);
            return;
        }
    }
    randombytes_buf(nonce, nonceBytes);
}

bool deriveInto(unsigned char* out, const QByteArray& passphrase, const unsigned char* salt, unsigned char strength)
{
    if (strength >= std::size(limitsOf))
        return false;
    return crypto_pwhash(out, keyBytes, passphrase.constData(), size_t(passphrase.size()), salt, limitsOf[strength].ops,
               limitsOf[strength].mem, crypto_pwhash_ALG_ARGON2ID13)
        == 0;
}

int pageSizeFromHeader(const unsigned char* header)
{
    const int p = (header[16] << 8) | header[17];
    const int size = p == 1 ? 65536 : p;
    return size >= 512 && size <= 65536 && (size & (size - 1)) == 0 ? size : 0;
}

quint32 be32(const unsigned char* p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

bool isPowerOfTwoPage(int n)
{
    return n >= 512 && n <= 65536 && (n & (n - 1)) == 0;
}

// What a page is bound to: its role and position, and for page 1 the salt
// and the plain header bytes beside the ciphertext.
enum class Domain { Db, Wal, Journal };

size_t makeAd(unsigned char* ad, Domain domain, quint64 position, const unsigned char* page1Head)
{
    static const char* const names[] = { "wm-db\0\0\0", "wm-wal\0\0", "wm-jrnl\0" };
    std::memcpy(ad, names[int(domain)], 8);
    for (int i = 0; i < 8; ++i)
        ad[8 + i] = static_cast<unsigned char>(position >> (8 * i));
    if (!page1Head)
        return 16;
    std::memcpy(ad + 16, page1Head, 24);
    return 40;
}

/// Seals one page image of `size` bytes from `in` into `out` (which may not
/// overlap). Page 1 of the database keeps its salt and plain header bytes.
void sealPage(const Key& key, Domain domain, quint64 position, const unsigned char* in, unsigned char* out, int size)
{
    const bool page1 = domain == Domain::Db && position == 1;
    const int start = page1 ? 24 : 0;
    const int end = size - reserve;
    unsigned char* nonce = out + end;
    unsigned char* tag = nonce + nonceBytes;
    freshNonce(nonce);
    if (page1) {
        nonce[0] = key.strength;
        std::memcpy(out, key.salt, saltBytes);
        std::memcpy(out + 16, in + 16, 8);
    }
    unsigned char ad[40];
    const size_t adLen = makeAd(ad, domain, position, page1 ? out : nullptr);
    crypto_aead_xchacha20poly1305_ietf_encrypt_detached(
        out + start, tag, nullptr, in + start, size_t(end - start), ad, adLen, nullptr, nonce, key.bytes);
}

/// Opens a sealed page image; false (and `out` zeroed) when it does not
/// authenticate. `in` and `out` may be the same buffer.
bool openPage(const Key& key, Domain domain, quint64 position, const unsigned char* in, unsigned char* out, int size)
{
    const bool page1 = domain == Domain::Db && position == 1;
    const int start = page1 ? 24 : 0;
    const int end = size - reserve;
    unsigned char ad[40];
    unsigned char nonceTag[reserve];
    std::memcpy(nonceTag, in + end, reserve);
    const size_t adLen = makeAd(ad, domain, position, page1 ? in : nullptr);
    unsigned char head[8];
    if (page1)
        std::memcpy(head, in + 16, 8);
    if (crypto_aead_xchacha20poly1305_ietf_decrypt_detached(out + start, nullptr, in + start, size_t(end - start),
            nonceTag + nonceBytes, ad, adLen, nonceTag, key.bytes)
        != 0) {
        sodium_memzero(out, size_t(size));
        return false;
    }
    if (page1) {
        std::memcpy(out, sqliteMagic, 16);
        std::memcpy(out + 16, head, 8);
    }
    std::memset(out + end, 0, reserve);
    return true;
}

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

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return g_root->xDelete(g_root, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return g_root->xAccess(g_root, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int n, char* out)
{
    return g_root->xFullPathname(g_root, name, n, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name)
{
    return g_root->xDlOpen(g_root, name);
}
void xDlError(sqlite3_vfs*, int n, char* out)
{
    g_root->xDlError(g_root, n, out);
}
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return g_root->xDlSym(g_root, handle, symbol);
}
void xDlClose(sqlite3_vfs*, void* handle)
{
    g_root->xDlClose(g_root, handle);
}
int xRandomness(sqlite3_vfs*, int n, char* out)
{
    return g_root->xRandomness(g_root, n, out);
}
int xSleep(sqlite3_vfs*, int micro)
{
    return g_root->xSleep(g_root, micro);
}
int xCurrentTime(sqlite3_vfs*, double* out)
{
    return g_root->xCurrentTime(g_root, out);
}
int xGetLastError(sqlite3_vfs*, int n, char* out)
{
    return g_root->xGetLastError ? g_root->xGetLastError(g_root, n, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return g_root->xCurrentTimeInt64(g_root, out);
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

    g_vfs = sqlite3_vfs {};
    g_vfs.iVersion = 2;
    g_vfs.szOsFile = int(realOffset()) + g_root->szOsFile;
    g_vfs.mxPathname = g_root->mxPathname;
    g_vfs.zName = vfsNameText;
    g_vfs.xOpen = xOpen;
    g_vfs.xDelete = xDelete;
    g_vfs.xAccess = xAccess;
    g_vfs.xFullPathname = xFullPathname;
    g_vfs.xDlOpen = xDlOpen;
    g_vfs.xDlError = xDlError;
    g_vfs.xDlSym = xDlSym;
    g_vfs.xDlClose = xDlClose;
    g_vfs.xRandomness = xRandomness;
    g_vfs.xSleep = xSleep;
    g_vfs.xCurrentTime = xCurrentTime;
    g_vfs.xGetLastError = xGetLastError;
    g_vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    sqlite3_vfs_register(&g_vfs, 0);
    sqlite3_auto_extension(reinterpret_cast<void (*)()>(reserveOnOpen));
}

// ---------------------------------------------------------------------------
// Whole-file operations

/// Page 1 as it is on disk, when the file has an encrypted workspace's shape.
QByteArray rawPage1(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(24);
    if (head.size() < 24)
        return {};
    const auto* h = reinterpret_cast<const unsigned char*>(head.constData());
    const int size = pageSizeFromHeader(h);
    if (std::memcmp(h, sqliteMagic, 16) == 0 || size == 0 || h[20] != reserve
        || std::memcmp(h + 21, "\x40\x20\x20", 3) != 0 || f.size() < size || f.size() % size != 0)
        return {};
    f.seek(0);
    QByteArray page = f.read(size);
    return page.size() == size ? page : QByteArray();
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
    if (plain.open(uriFor(plainPath, g_root->zName) + "&mode=ro", SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
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
    Status st = vacuumInto(enc, plainPath, g_root->zName, mode);
    if (!st)
        removeWithSideFiles(plainPath);
    return st;
}

Status Crypt::rekey(const QString& path, const QByteArray& oldPassphrase, const QByteArray& newPassphrase)
{
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
