#pragma once

#include "analysis/filter.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>
#include <memory>

namespace waymark::store {
class Workspace;
}

namespace waymark::analysis {

class IncidentSnapshot;

/// The incident snapshot kept in a side file beside its workspace
/// (`W.waymark-cache`), so opening a big workspace maps the Morton-sorted
/// arrays instead of reading a million rows from SQLite and sorting them.
///
/// The file holds only what is derived from the incidents and route legs
/// (the struct of arrays and the legs); the gazetteer, the source names and
/// the data date are small and are read from the workspace each time, so
/// country names still follow the interface language.
///
/// A cache is a hint, never trusted: it is used only when its header, format
/// version, fingerprint, sizes and checksum all match and every array
/// passes the checks the views rely on (locations in order, Morton codes
/// sorted, place ids known, legs in range, days sane). Anything else (a
/// stale, truncated, corrupted or hostile file) is ignored and the snapshot
/// is rebuilt from the workspace, and the cache is written again. Encrypted
/// workspaces get no cache: it would be plaintext case data beside them.
class SnapshotCache {
    Q_DECLARE_TR_FUNCTIONS(SnapshotCache)

public:
    static constexpr quint32 formatVersion = 2; ///< 2: age band and gender codes
    static constexpr int headerSize = 104;
    static constexpr int fingerprintOffset = 16; ///< 32 bytes of SHA-256
    static constexpr int checksumOffset = 96; ///< of the payload after the header

    /// `W.waymark-cache` for `W.waymark`.
    static QString pathFor(const QString& workspacePath);
    /// Whether a workspace may have a cache (not encrypted, a real file).
    static bool allowedFor(const QString& workspacePath);

    /// SHA-256 over what the snapshot of `filter` (its time window ignored)
    /// depends on: the schema version, the audit chain head (every import
    /// appends to it), the highest row ids and row counts of incidents,
    /// places, route legs, sources and extracts, and the filter's condition.
    static Result<QByteArray> fingerprint(store::Workspace& workspace, const Filter& filter);

    /// The file's bytes for a snapshot.
    static QByteArray serialize(const IncidentSnapshot& snapshot, const QByteArray& fingerprint);
    /// Writes the cache atomically (a complete new file or none).
    static Status write(const QString& path, const IncidentSnapshot& snapshot, const QByteArray& fingerprint);

    /// Reads cache bytes into `snapshot`, whose places, source names, data
    /// date and filter the caller has already filled from the workspace (the
    /// place ids are checked against them). An Error says what did not match.
    static Status read(const uchar* data, size_t size, const QByteArray& fingerprint, IncidentSnapshot& snapshot);
    /// Maps the file and reads it (see read()).
    static Status load(const QString& path, const QByteArray& fingerprint, IncidentSnapshot& snapshot);

    /// The 64-bit checksum the file carries over its payload.
    static quint64 checksum(const uchar* data, size_t size);
};

} // namespace waymark::analysis
