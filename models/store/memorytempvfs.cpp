#include "memorytempvfs.h"
#include "vfsforward_p.h"

#include <sqlite3.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <vector>

namespace waymark::store {

namespace {

constexpr sqlite3_int64 kChunk = 64 * 1024;

/// A temporary file's bytes, in zeroed chunks of 64 KiB.
struct Bytes {
    std::vector<std::unique_ptr<char[]>> chunks;
    sqlite3_int64 size = 0;

    char* at(sqlite3_int64 offset) { return chunks[size_t(offset / kChunk)].get() + offset % kChunk; }
};

struct MemoryFile {
    sqlite3_file base;
    Bytes* bytes;
};

Bytes& bytesOf(sqlite3_file* f)
{
    return *reinterpret_cast<MemoryFile*>(f)->bytes;
}

int fileClose(sqlite3_file* f)
{
    delete reinterpret_cast<MemoryFile*>(f)->bytes;
    reinterpret_cast<MemoryFile*>(f)->bytes = nullptr;
    return SQLITE_OK;
}

int fileRead(sqlite3_file* f, void* out, int amount, sqlite3_int64 offset)
{
    Bytes& b = bytesOf(f);
    char* to = static_cast<char*>(out);
    const sqlite3_int64 available = std::clamp<sqlite3_int64>(b.size - offset, 0, amount);
    for (sqlite3_int64 done = 0; done < available;) {
        const sqlite3_int64 n = std::min(available - done, kChunk - (offset + done) % kChunk);
        std::memcpy(to + done, b.at(offset + done), size_t(n));
        done += n;
    }
    if (available < amount) {
        std::memset(to + available, 0, size_t(amount - available));
        return SQLITE_IOERR_SHORT_READ;
    }
    return SQLITE_OK;
}

int fileWrite(sqlite3_file* f, const void* in, int amount, sqlite3_int64 offset)
{
    Bytes& b = bytesOf(f);
    const sqlite3_int64 end = offset + amount;
    try {
        while (sqlite3_int64(b.chunks.size()) * kChunk < end)
            b.chunks.push_back(std::unique_ptr<char[]>(new char[size_t(kChunk)]())); // zeroed: a gap reads as 0
    } catch (const std::bad_alloc&) {
        return SQLITE_IOERR_NOMEM;
    }
    const char* from = static_cast<const char*>(in);
    for (sqlite3_int64 done = 0; done < amount;) {
        const sqlite3_int64 n = std::min(amount - done, kChunk - (offset + done) % kChunk);
        std::memcpy(b.at(offset + done), from + done, size_t(n));
        done += n;
    }
    b.size = std::max(b.size, end);
    return SQLITE_OK;
}

int fileTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    Bytes& b = bytesOf(f);
    if (size >= b.size)
        return SQLITE_OK;
    b.chunks.resize(size_t((size + kChunk - 1) / kChunk));
    // What was beyond the end reads as zeros if the file grows again.
    if (size % kChunk)
        std::memset(b.at(size), 0, size_t(kChunk - size % kChunk));
    b.size = size;
    return SQLITE_OK;
}

int fileSync(sqlite3_file*, int)
{
    return SQLITE_OK;
}

int fileSize(sqlite3_file* f, sqlite3_int64* size)
{
    *size = bytesOf(f).size;
    return SQLITE_OK;
}

int fileLock(sqlite3_file*, int)
{
    return SQLITE_OK;
}

int fileCheckReservedLock(sqlite3_file*, int* out)
{
    *out = 0;
    return SQLITE_OK;
}

int fileControl(sqlite3_file*, int, void*)
{
    return SQLITE_NOTFOUND;
}

int fileSectorSize(sqlite3_file*)
{
    return 4096;
}

int fileDeviceCharacteristics(sqlite3_file*)
{
    return 0;
}

const sqlite3_io_methods kMemoryMethods = {
    1, // no shared memory, no memory mapping
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileLock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
    nullptr,
};

sqlite3_vfs* g_root = nullptr;
sqlite3_vfs g_vfs;

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    if (name
        && !(flags
            & (SQLITE_OPEN_TEMP_DB | SQLITE_OPEN_TEMP_JOURNAL | SQLITE_OPEN_SUBJOURNAL | SQLITE_OPEN_TRANSIENT_DB)))
        return g_root->xOpen(g_root, name, file, flags, outFlags);
    auto* f = reinterpret_cast<MemoryFile*>(file);
    f->base.pMethods = nullptr;
    f->bytes = new (std::nothrow) Bytes;
    if (!f->bytes)
        return SQLITE_NOMEM;
    f->base.pMethods = &kMemoryMethods;
    if (outFlags)
        *outFlags = flags;
    return SQLITE_OK;
}

} // namespace

const char* memoryTempVfsName()
{
    static std::once_flag once;
    std::call_once(once, [] {
        g_root = sqlite3_vfs_find(nullptr);
        g_vfs = forwardingVfs(g_root, "waymark-memtemp", std::max(g_root->szOsFile, int(sizeof(MemoryFile))), vfsOpen);
        sqlite3_vfs_register(&g_vfs, 0);
    });
    return g_vfs.zName;
}

} // namespace waymark::store
