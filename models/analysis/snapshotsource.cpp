#include "analysis/snapshotsource.h"

#include "analysis/analysiscontext.h"
#include "analysis/incidentsnapshot.h"
#include "core/feedback.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QtConcurrent>

#include <utility>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace waymark::analysis {

SnapshotSource::SnapshotSource(AnalysisContext* context)
    : QObject(context)
    , m_context(context)
{
    connect(context, &AnalysisContext::workspaceChanged, this, &SnapshotSource::reload);
    connect(context, &AnalysisContext::dataChanged, this, &SnapshotSource::reload);
    connect(context, &AnalysisContext::filterChanged, this, &SnapshotSource::filterChanged);
    connect(&m_watcher, &QFutureWatcher<Loaded>::finished, this, [this] {
        Loaded result = m_watcher.result();
        if (result.generation != m_generation)
            return; // superseded by a newer load
        m_pending = false;
        Q_EMIT loadingChanged(false);
        if (result.snapshot)
            swapIn(std::move(result.snapshot));
        else
            Q_EMIT failed(result.error);
    });
}

void SnapshotSource::ensureLoaded()
{
    if (!m_snapshot && !m_pending && m_context->workspace())
        reload();
}

SnapshotSource::~SnapshotSource()
{
    m_watcher.waitForFinished();
}

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
    ++m_generation;
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
    m_watcher.setFuture(QtConcurrent::run([path, filter, generation = m_generation]() -> Loaded {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return { nullptr, ws.error().toString(), generation };
        Feedback fb;
        auto snap = IncidentSnapshot::load(*ws.value(), filter, fb);
        ws = Error {}; // close this thread's connection and its page cache now
#ifdef __GLIBC__
        malloc_trim(0); // and give the load's scratch memory back to the system
#endif
        if (!snap)
            return { nullptr, snap.error().toString(), generation };
        // Build the id index here, so the first selection shown costs the GUI thread no sort.
        snap.value()->indicesOf({});
        return { snap.value(), {}, generation };
    }));
}

Status SnapshotSource::loadNow()
{
    store::Workspace* ws = m_context->workspace();
    if (!ws)
        return Error { QCoreApplication::translate("SnapshotSource", "No workspace is open"), {} };
    ++m_generation; // anything still running on a worker is now stale
    if (std::exchange(m_pending, false))
        Q_EMIT loadingChanged(false);
    m_requested = m_context->filter();
    m_requestedValid = true;
    Feedback fb;
    auto snap = IncidentSnapshot::load(*ws, m_context->filter(), fb);
    if (!snap)
        return snap.error();
    swapIn(snap.value());
    return Ok {};
}

void SnapshotSource::swapIn(std::shared_ptr<const IncidentSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    Q_EMIT snapshotChanged();
}

} // namespace waymark::analysis
