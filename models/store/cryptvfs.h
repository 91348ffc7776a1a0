#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

namespace waymark::store {

/// Encryption at rest for workspaces: a SQLite VFS shim ("waymark-crypt")
/// over the default VFS, in the manner of SQLCipher and SQLite3 Multiple
/// Ciphers. Every page of the database file, every page image in its WAL and
/// in a rollback journal is sealed with XChaCha20-Poly1305 under a key
/// derived from a passphrase with Argon2id; nothing SQLite writes reaches the
/// disk in plain text, and a page that was changed, moved or read with the
/// wrong key fails its read with SQLITE_IOERR_DATA instead of returning
/// anything.
///
/// On disk, page size P, reserved bytes per page 40 (header byte 20):
///   page 1  [0,16) Argon2id salt (in place of "SQLite format 3\0")
///           [16,24) header bytes 16..23 in plain text (page size, versions,
///                   reserved bytes 40, 64 32 32), so the page size can be read
///           [24,P-40) ciphertext, [P-40,P-16) nonce, [P-16,P) tag
///   page n  [0,P-40) ciphertext, [P-40,P-16) nonce, [P-16,P) tag
///   AD      "wm-db" and the page number (page 1 also binds its first 24
///           bytes); WAL page images "wm-wal" and their offset in the WAL;
///           journal page images "wm-jrnl" and their offset. WAL and
///           journal headers and frame headers stay plain (no content).
/// The first nonce byte of page 1 names the Argon2id limits the key was
/// derived with (0 interactive, 1 moderate); the rest of every nonce is random
/// and fresh on each write. SQLite sees the reserved bytes as zeros.
///
/// Keys are found by file: a process-wide registry maps the canonical path of
/// a database to its key, and its -wal and -journal use that key. Opening a
/// main database through the shim without a key fails (SQLITE_CANTOPEN), so
/// nothing is ever written plain by mistake. Temporary files SQLite makes
/// through the shim (only when temp_store is not MEMORY) are encrypted with a
/// key of their own that lives as long as the file.
///
/// All functions are thread-safe; connections through the shim may live on
/// any thread, one connection per thread as usual.
class Crypt {
public:
    Crypt() = delete;

    /// How hard Argon2id works: libsodium's OPSLIMIT/MEMLIMIT_INTERACTIVE
    /// (2 passes over 64 MiB, about a tenth of a second) or MODERATE
    /// (3 passes over 256 MiB). The limits are frozen here, not taken from
    /// the library, and a file records which it used, so changing
    /// `newFileStrength` only affects files created afterwards.
    enum class Strength : unsigned char { Interactive = 0, Moderate = 1 };
    static constexpr Strength newFileStrength = Strength::Interactive;
    static constexpr int reservedBytes = 40;

    /// Registers the shim once and returns its name, "waymark-crypt"; pass it
    /// to sqlite3_open_v2. It never becomes the default VFS.
    static const char* vfsName();

    /// True when the file exists and has the shape of an encrypted
    /// workspace: no SQLite magic, a valid page size and 40 reserved bytes
    /// in the plain header bytes, and a size that is a whole number of pages.
    static bool isEncrypted(const QString& path);

    /// Derives the key of an encrypted file from its salt and the passphrase,
    /// checks it against page 1 and registers it. A wrong passphrase is an
    /// Error "The passphrase does not open %1.".
    static Status unlock(const QString& path, const QByteArray& passphrase);
    static bool hasKey(const QString& path);
    /// Drops the key of a file from the registry. Connections already open
    /// keep theirs until they close; the key's memory (sodium_malloc'd,
    /// locked) is wiped when the last of them goes.
    static void forget(const QString& path);

    /// Registers a new salt and key for a file that does not exist yet (or is
    /// empty). The caller then only opens it with sqlite3_open_v2(path, …,
    /// SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, vfsName()) and runs
    /// `PRAGMA journal_mode = WAL`: the shim itself reserves the 40 bytes per
    /// page on every new, empty database opened through it. (A new file
    /// ATTACHed through the shim needs sqlite3_file_control(db, "aux",
    /// SQLITE_FCNTL_RESERVE_BYTES, &40) before its first write, or the write
    /// is refused; nothing is ever written unsealed.)
    static Status createEncrypted(const QString& path, const QByteArray& passphrase);

    /// Writes an encrypted copy of a plain database (VACUUM INTO through the
    /// shim; triggers, FTS5 and R*Tree tables included) and checks that the
    /// copy opens and passes integrity_check. The target must not exist; its
    /// key stays registered.
    static Status encryptCopy(const QString& plainPath, const QString& encryptedPath, const QByteArray& passphrase);
    /// The reverse: a plain copy of an encrypted file (it keeps 40 unused
    /// reserved bytes per page, which SQLite ignores).
    static Status decryptCopy(const QString& encryptedPath, const QString& plainPath, const QByteArray& passphrase);
    /// Re-encrypts every page under a new salt and key: the WAL is
    /// checkpointed, a new file is written beside the old one and checked,
    /// then renamed over it, so the old file is never half rewritten. No other
    /// connection may have the file open; the new key is registered.
    static Status rekey(const QString& path, const QByteArray& oldPassphrase, const QByteArray& newPassphrase);

    /// Hooks for known-answer tests only.
    struct Testing {
        /// A fixed salt for createEncrypted (16 bytes), or random again when empty.
        static void setFixedSalt(const QByteArray& salt);
        /// A fixed nonce for every page written (24 bytes), or random again
        /// when empty. Reusing a nonce is insecure: tests only.
        static void setFixedNonce(const QByteArray& nonce);
        static QByteArray deriveKey(const QByteArray& passphrase, const QByteArray& salt, Strength strength);
        /// Page `pgno` of a database as the shim writes it to disk.
        static QByteArray sealPage(
            const QByteArray& key, const QByteArray& salt, Strength strength, quint32 pgno, const QByteArray& page);
    };
};

} // namespace waymark::store
