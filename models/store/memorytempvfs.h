#pragma once

namespace waymark::store {

/// The name of a SQLite VFS that is the default VFS except that every
/// temporary file (sort runs, temporary tables and indexes, statement
/// journals) lives in the process's memory and never touches the disk.
/// Registered on first call, never as the default.
///
/// It lets a plain workspace use `temp_store = FILE` without writing case
/// data to /tmp: SQLite's sorter is much slower with `temp_store = MEMORY`,
/// where it keeps every record of a CREATE INDEX in its own allocation and
/// sorts one list of them all (1.1 s against 0.27 s for 800,000 rows of the
/// day index), while with files it sorts runs the size of the page cache in
/// one block each and merges them.
const char* memoryTempVfsName();

} // namespace waymark::store
