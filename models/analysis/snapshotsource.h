#pragma once

#include "analysis/filter.h"
#include "core/job.h"
#include "core/result.h"

#include <QObject>

#include <memory>
#include <utility>

namespace waymark::analysis {

class AnalysisContext;
class IncidentSnapshot;

/// The one incident snapshot every view draws from (map, timeline, charts).
/// Owned by the AnalysisContext (`AnalysisContext::snapshots()`): when the
/// workspace, its data or the filter's non-time part change, it loads a new
/// IncidentSnapshot on a worker thread with that thread's own connection and
/// swaps it in on the GUI thread; a newer load silently supersedes an older
/// one (generation counter). A change of the time window alone loads nothing:
/// views apply the window in memory.
class SnapshotSource : public QObject {
    Q_OBJECT
public:
    explicit SnapshotSource(AnalysisContext* context);
    ~SnapshotSource() override;

    AnalysisContext* context() const { return m_context; }
    /// The current snapshot; null before the first load and with no workspace.
    std::shared_ptr<const IncidentSnapshot> snapshot() const { return m_snapshot; }
    bool isLoading() const { return m_pending; }
    /// Whether the current snapshot came from the workspace's cache file (SnapshotCache).
    bool isFromCache() const { return m_fromCache; }
    /// Whether the snapshot is loaded for `filter`'s non-time part and no newer load is pending.
    bool isCurrentFor(const Filter& filter) const;

    /// Loads on the calling thread with the context's connection (command line, tests).
    Status loadNow();
    /// Starts a new load on a worker thread.
    void reload();
    /// Starts a load unless there is a snapshot or one is on its way (for a
    /// view opened on a workspace that is already open). Creating the source
    /// loads nothing by itself, so a caller that wants loadNow() pays once.
    void ensureLoaded();

    /// Whether two filters differ only in their time window.
    static bool sameExceptTime(const Filter& a, const Filter& b);

    /// What a worker's load hands back.
    struct Loaded {
        std::shared_ptr<const IncidentSnapshot> snapshot;
        bool fromCache = false;
        qint64 waitedMs = 0; ///< from the request until a worker took it
        qint64 tookMs = 0; ///< on the worker
    };
    /// How long the current snapshot's load waited for a worker and ran (ms).
    std::pair<qint64, qint64> loadTimes() const { return m_times; }
    /// Loads on the calling thread with a connection of its own. With
    /// `useCache`: from the cache beside the workspace when it matches, else
    /// from SQLite, then writes the cache on the thread pool. The source
    /// caches only the snapshot of the filter the workspace opened with (the
    /// one the next start needs), so filtering does not rewrite the file.
    static Result<Loaded> load(const QString& path, const Filter& filter, Feedback& feedback, bool useCache = true);

Q_SIGNALS:
    /// A new snapshot (possibly null) is in place.
    void snapshotChanged();
    void loadingChanged(bool loading);
    /// A load failed; the previous snapshot stays.
    void failed(const QString& message);

private:
    void filterChanged(const Filter& filter);
    void swapIn(std::shared_ptr<const IncidentSnapshot> snapshot);

    AnalysisContext* m_context;
    std::shared_ptr<const IncidentSnapshot> m_snapshot;
    Filter m_requested; ///< the filter of the newest load started (time window ignored)
    Filter m_openedWith; ///< the filter when the workspace opened: its snapshot is cached
    bool m_requestedValid = false;
    bool m_pending = false; ///< a load of the current generation is running
    bool m_fromCache = false;
    std::pair<qint64, qint64> m_times;
    Job<Loaded> m_job { this };
};

} // namespace waymark::analysis
