#pragma once

#include <sqlite3.h>

namespace waymark::store {

/// A VFS that is `root` but for how it opens files: every other method
/// passes to `root` (kept in pAppData). The cipher shim and the in-memory
/// temporary files are both made this way; the caller registers it.
sqlite3_vfs forwardingVfs(sqlite3_vfs* root, const char* name, int fileSize,
    int (*open)(sqlite3_vfs*, sqlite3_filename, sqlite3_file*, int, int*));

} // namespace waymark::store
