#include "analysis/snapshotsource.h"

#include "analysis/analysiscontext.h"
#include "analysis/incidentsnapshot.h"
#include "analysis/snapshotcache.h"
#include "core/feedback.h"
#include "core/logging.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThreadPool>

#include <utility>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace waymark::analysis {

SnapshotSource::SnapshotSource(AnalysisContext* context)
    : QObject(context)
    , m_context(context)
{
    connect(context, &AnalysisContext::workspaceChanged, this, [this] {
        m_openedWith = m_context->filter();
        reload();
    });
    connect(context, &AnalysisContext::dataChanged, this, &SnapshotSource::reload);
    connect(context, &AnalysisContext::filterChanged, this, &SnapshotSource::filterChanged);
    // Only the newest load arrives: the job drops older ones.
    // The new snapshot is in place before "not loading" is said, so that
    // whoever hears it finds the snapshot, not a gap to fill with a new load.
    m_job.onFinished([this](Result<Loaded> loaded) {
        m_pending = false;
        if (loaded) {
            m_fromCache = loaded.value().fromCache;
            m_times = { loaded.value().waitedMs, loaded.value().tookMs };
            swapIn(std::move(loaded.value().snapshot));
            Q_EMIT loadingChanged(false);
        } else {
            Q_EMIT loadingChanged(false);
            Q_EMIT failed(loaded.error().toString());
        }
    });
}

void SnapshotSource::ensureLoaded()
{
    if (!m_snapshot && !m_pending && m_context->workspace())
        reload();
}

SnapshotSource::~SnapshotSource() = default;

bool SnapshotSource::sameExceptTime(const Filter& a, const Filter& b)
{
    Filter x = a, y = b;
    x.dayFrom.reset(), x.dayTo.reset(), y.dayFrom.reset(), y.dayTo.reset();
    return x == y;
}

bool SnapshotSource::isCurrentFor(const Filter& filter) const
{
    return m_snapshot && !isLoading() && sameExceptTime(m_snapshot->filter, filter);
}

void SnapshotSource::filterChanged(const Filter& filter)
{
    if (m_requestedValid && sameExceptTime(filter, m_requested))
        return; // only the time window moved, or this load is already under way
    reload();
}

void SnapshotSource::reload()
{
    store::Workspace* ws = m_context->workspace();
    m_job.discard(); // a load under way is stale
    m_requested = m_context->filter();
    m_requestedValid = ws != nullptr;
    if (!ws) {
        if (std::exchange(m_pending, false))
            Q_EMIT loadingChanged(false);
        swapIn(nullptr);
        return;
    }
    const QString path = ws->path();
    const Filter filter = m_context->filter();
    m_pending = true;
    Q_EMIT loadingChanged(true);
    const bool cache = sameExceptTime(filter, m_openedWith);
    QElapsedTimer queued;
    queued.start();
    m_job.start([path, filter, cache, queued](Feedback& fb) -> Result<Loaded> {
        const qint64 waited = queued.elapsed();
        auto loaded = load(path, filter, fb, cache);
        if (loaded) {
            loaded.value().waitedMs = waited;
            loaded.value().tookMs = queued.elapsed() - waited;
        }
        return loaded;
    });
}

Result<SnapshotSource::Loaded> SnapshotSource::load(
    const QString& path, const Filter& filter, Feedback& fb, bool useCache)
{
    auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
    if (!ws)
        return ws.error();
    QByteArray fingerprint;
    if (useCache && SnapshotCache::allowedFor(path)) {
        if (auto fp = SnapshotCache::fingerprint(*ws.value(), filter))
            fingerprint = fp.value();
    }
    auto snap = std::make_shared<IncidentSnapshot>();
    snap->filter = filter;
    if (Status st = IncidentSnapshot::loadMeta(*ws.value(), *snap); !st)
        return st.error();
    const QString cachePath = SnapshotCache::pathFor(path);
    Loaded loaded;
    if (!fingerprint.isEmpty()) {
        QElapsedTimer clock;
        clock.start();
        if (Status st = SnapshotCache::load(cachePath, fingerprint, *snap); st) {
            qCDebug(lcAnalysis) << "snapshot of" << snap->size() << "incidents mapped from" << cachePath << "in"
                                << clock.elapsed() << "ms";
            loaded.fromCache = true;
        } else {
            qCDebug(lcAnalysis) << "snapshot cache not used:" << st.error().toString();
        }
    }
    if (!loaded.fromCache) {
        auto built = IncidentSnapshot::loadIncidents(*ws.value(), snap, fb);
        if (!built)
            return built.error();
        if (!fingerprint.isEmpty()) {
            // Written after the snapshot is handed over: the views do not wait for the disk.
            backgroundPool()->start([s = built.value(), fingerprint, cachePath] {
                if (Status st = SnapshotCache::write(cachePath, *s, fingerprint); !st)
                    qCWarning(lcAnalysis) << st.error().toString();
            });
        }
    }
    ws = Error {}; // close this thread's connection and its page cache now
#ifdef __GLIBC__
    malloc_trim(0); // and give the load's scratch memory back to the system
#endif
    // Build the id index here, so the first selection shown costs the GUI thread no sort.
    snap->indicesOf({});
    loaded.snapshot = snap;
    return loaded;
}

Status SnapshotSource::loadNow()
{
    store::Workspace* ws = m_context->workspace();
    if (!ws)
        return Error { QCoreApplication::translate("SnapshotSource", "No workspace is open"), {} };
    m_job.discard(); // anything still running on a worker is now stale
    if (std::exchange(m_pending, false))
        Q_EMIT loadingChanged(false);
    m_requested = m_context->filter();
    m_requestedValid = true;
    Feedback fb;
    auto snap = IncidentSnapshot::load(*ws, m_context->filter(), fb);
    if (!snap)
        return snap.error();
    m_fromCache = false;
    swapIn(snap.value());
    return Ok {};
}

void SnapshotSource::swapIn(std::shared_ptr<const IncidentSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    Q_EMIT snapshotChanged();
}

} // namespace waymark::analysis
