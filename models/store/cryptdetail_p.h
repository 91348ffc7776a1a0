#pragma once

// Private to store/: the keys and the page sealing shared by the VFS shim
// (cryptvfs.cpp) and the whole-file operations (crypt.cpp).

#include "cryptvfs.h"

#include <QByteArray>

#include <sodium.h>

#include <atomic>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace waymark::store::cryptdetail {

constexpr int saltBytes = crypto_pwhash_SALTBYTES;
constexpr int keyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr int nonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int tagBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr int reserve = Crypt::reservedBytes;
static_assert(nonceBytes + tagBytes == reserve, "nonce and tag fill the reserved bytes");
static_assert(saltBytes == 16, "the salt takes the place of the 16-byte magic");
constexpr char vfsNameText[] = "waymark-crypt";
constexpr unsigned char sqliteMagic[16]
    = { 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0 };
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

// The process-wide key registry, by canonical path, and the fixed salt and
// nonce that tests may set; all under g_mutex.
extern std::mutex g_mutex;
extern std::map<std::string, KeyPtr> g_keys;
extern QByteArray g_fixedSalt;
extern QByteArray g_fixedNonce;
extern std::atomic<bool> g_nonceFixed; // spares page writes the mutex

/// The file's real path; for a file that does not exist yet, its folder's
/// real path and its name.
std::string canonicalPath(const std::string& path);
std::string canonicalPath(const QString& path);
KeyPtr findKey(const std::string& canonical);
void putKey(const std::string& canonical, KeyPtr key);
void freshNonce(unsigned char* nonce);
bool deriveInto(unsigned char* out, const QByteArray& passphrase, const unsigned char* salt, unsigned char strength);
/// The page size a database header names, or 0 when it names none.
int pageSizeFromHeader(const unsigned char* header);
quint32 be32(const unsigned char* p);
bool isPowerOfTwoPage(int n);

/// What a page is bound to: its role and position, and for page 1 the salt
/// and the plain header bytes beside the ciphertext.
enum class Domain { Db, Wal, Journal };

/// Seals one page image of `size` bytes from `in` into `out` (which may not
/// overlap). Page 1 of the database keeps its salt and plain header bytes.
void sealPage(const Key& key, Domain domain, quint64 position, const unsigned char* in, unsigned char* out, int size);
/// Opens a sealed page image; false (and `out` zeroed) when it does not
/// authenticate. `in` and `out` may be the same buffer.
bool openPage(const Key& key, Domain domain, quint64 position, const unsigned char* in, unsigned char* out, int size);

/// Registers the "waymark-crypt" VFS with SQLite (once per process; the
/// caller guards it).
void registerVfs();
/// The name of the VFS the shim sits on (SQLite's default); after registerVfs().
const char* rootVfsName();

} // namespace waymark::store::cryptdetail
