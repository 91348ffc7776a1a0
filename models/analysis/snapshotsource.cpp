#include "analysis/snapshotsource.h"

#include "analysis/analysiscontext.h"
#include "analysis/incidentsnapshot.h"
#include "core/feedback.h"
#include "store/workspace.h"

#include <QCoreApplication>

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
    // Only the newest load arrives: the job drops older ones.
    m_job.onFinished([this](Result<std::shared_ptr<const IncidentSnapshot>> snapshot) {
        m_pending = false;
        Q_EMIT loadingChanged(false);
        if (snapshot)
            swapIn(std::move(snapshot).value());
        else
            Q_EMIT failed(snapshot.error().toString());
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
    m_job.start([path, filter](Feedback& fb) -> Result<std::shared_ptr<const IncidentSnapshot>> {
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        if (!ws)
            return ws.error();
        auto snap = IncidentSnapshot::load(*ws.value(), filter, fb);
        ws = Error {}; // close this thread's connection and its page cache now
#ifdef __GLIBC__
        malloc_trim(0); // and give the load's scratch memory back to the system
#endif
        if (!snap)
            return snap.error();
        // Build the id index here, so the first selection shown costs the GUI thread no sort.
        snap.value()->indicesOf({});
        return std::shared_ptr<const IncidentSnapshot>(snap.value());
    });
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
    swapIn(snap.value());
    return Ok {};
}

void SnapshotSource::swapIn(std::shared_ptr<const IncidentSnapshot> snapshot)
{
    m_snapshot = std::move(snapshot);
    Q_EMIT snapshotChanged();
}

} // namespace waymark::analysis
