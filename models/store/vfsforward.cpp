#include "vfsforward_p.h"

namespace waymark::store {

namespace {

sqlite3_vfs* rootOf(sqlite3_vfs* vfs)
{
    return static_cast<sqlite3_vfs*>(vfs->pAppData);
}

int xDelete(sqlite3_vfs* vfs, const char* name, int syncDir)
{
    return rootOf(vfs)->xDelete(rootOf(vfs), name, syncDir);
}
int xAccess(sqlite3_vfs* vfs, const char* name, int flags, int* out)
{
    return rootOf(vfs)->xAccess(rootOf(vfs), name, flags, out);
}
int xFullPathname(sqlite3_vfs* vfs, const char* name, int n, char* out)
{
    return rootOf(vfs)->xFullPathname(rootOf(vfs), name, n, out);
}
void* xDlOpen(sqlite3_vfs* vfs, const char* name)
{
    return rootOf(vfs)->xDlOpen(rootOf(vfs), name);
}
void xDlError(sqlite3_vfs* vfs, int n, char* out)
{
    rootOf(vfs)->xDlError(rootOf(vfs), n, out);
}
void (*xDlSym(sqlite3_vfs* vfs, void* handle, const char* symbol))(void)
{
    return rootOf(vfs)->xDlSym(rootOf(vfs), handle, symbol);
}
void xDlClose(sqlite3_vfs* vfs, void* handle)
{
    rootOf(vfs)->xDlClose(rootOf(vfs), handle);
}
int xRandomness(sqlite3_vfs* vfs, int n, char* out)
{
    return rootOf(vfs)->xRandomness(rootOf(vfs), n, out);
}
int xSleep(sqlite3_vfs* vfs, int micro)
{
    return rootOf(vfs)->xSleep(rootOf(vfs), micro);
}
int xCurrentTime(sqlite3_vfs* vfs, double* out)
{
    return rootOf(vfs)->xCurrentTime(rootOf(vfs), out);
}
int xGetLastError(sqlite3_vfs* vfs, int n, char* out)
{
    return rootOf(vfs)->xGetLastError ? rootOf(vfs)->xGetLastError(rootOf(vfs), n, out) : 0;
}
int xCurrentTimeInt64(sqlite3_vfs* vfs, sqlite3_int64* out)
{
    return rootOf(vfs)->xCurrentTimeInt64(rootOf(vfs), out);
}

} // namespace

sqlite3_vfs forwardingVfs(sqlite3_vfs* root, const char* name, int fileSize,
    int (*open)(sqlite3_vfs*, sqlite3_filename, sqlite3_file*, int, int*))
{
    sqlite3_vfs vfs {};
    vfs.iVersion = 2;
    vfs.szOsFile = fileSize;
    vfs.mxPathname = root->mxPathname;
    vfs.zName = name;
    vfs.pAppData = root;
    vfs.xOpen = open;
    vfs.xDelete = xDelete;
    vfs.xAccess = xAccess;
    vfs.xFullPathname = xFullPathname;
    vfs.xDlOpen = xDlOpen;
    vfs.xDlError = xDlError;
    vfs.xDlSym = xDlSym;
    vfs.xDlClose = xDlClose;
    vfs.xRandomness = xRandomness;
    vfs.xSleep = xSleep;
    vfs.xCurrentTime = xCurrentTime;
    vfs.xGetLastError = xGetLastError;
    vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    return vfs;
}

} // namespace waymark::store
