#include "analysiscontext.h"

#include "analysis/snapshotsource.h"
#include "store/workspace.h"

#include <QJsonDocument>
#include <QTimer>

#include <algorithm>
#include <memory>
#include <utility>

namespace waymark::analysis {

AnalysisContext::AnalysisContext(QObject* parent)
    : QObject(parent)
    , m_selection(QSharedPointer<const std::vector<qint64>>::create())
{
}

AnalysisContext::~AnalysisContext()
{
    rememberDeferredFilter();
}

Status AnalysisContext::openWorkspace(const QString& path, bool create)
{
    // The structure check of a large (or encrypted) file reads all of it: it
    // runs on a worker, and the views draw meanwhile; writes wait for it.
    auto ws = store::Workspace::open(path,
        create ? store::Workspace::Mode::Create : store::Workspace::Mode::OpenExisting, store::Workspace::Check::Later);
    if (!ws)
        return ws.error();
    rememberDeferredFilter(); // the workspace closing keeps its last filter
    m_workspace = std::move(ws.value());
    // A check's answer for an earlier workspace is dropped by the job.
    m_checked = false;
    m_checkJob.onFinished([this](Status st) {
        m_checked = true;
        if (st) {
            rememberDeferredFilter();
            return;
        }
        m_filterToRemember.reset(); // nothing is written into a damaged file
        closeWorkspace();
        Q_EMIT workspaceDamaged(st.error());
    });
    // The check reads the whole file (seconds at a million incidents, a
    // core's worth): the views' first loads go first. Not on the idle-
    // priority pool: a write waits for the check, and behind the views'
    // loads an idle thread kept a brushed window's write waiting 13.7 s.
    // It starts once the shared snapshot has arrived, or after two seconds
    // if no view asks for one. Reads do not wait for it; any write does
    // (awaitCheck), so the filter is remembered only once it has answered.
    m_checkJob.discard();
    disconnect(m_checkTrigger);
    auto startCheck = [this, ws = m_workspace.get(), started = std::make_shared<bool>(false)] {
        if (std::exchange(*started, true))
            return;
        disconnect(m_checkTrigger);
        if (m_workspace.get() == ws)
            m_checkJob.start([check = ws->pendingCheck()](Feedback&) { return check(); });
    };
    m_checkTrigger = connect(snapshots(), &SnapshotSource::loadingChanged, this, [startCheck](bool loading) {
        if (!loading)
            startCheck();
    });
    QTimer::singleShot(2000, this, startCheck);
    const QString saved = m_workspace->meta(QStringLiteral("filter"));
    m_filter = saved.isEmpty() ? Filter() : Filter::fromJson(QJsonDocument::fromJson(saved.toUtf8()).object());
    m_selection = QSharedPointer<const std::vector<qint64>>::create();
    Q_EMIT workspaceChanged();
    Q_EMIT filterChanged(m_filter);
    Q_EMIT selectionChanged(nullptr);
    return Ok {};
}

void AnalysisContext::closeWorkspace()
{
    rememberDeferredFilter(); // closing may wait for the check
    m_checkJob.discard();
    m_workspace.reset();
    m_filter = Filter();
    m_selection = QSharedPointer<const std::vector<qint64>>::create();
    Q_EMIT workspaceChanged();
}

QString AnalysisContext::workspacePath() const
{
    return m_workspace ? m_workspace->path() : QString();
}

void AnalysisContext::setFilter(const Filter& filter, bool remember)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    if (m_workspace && remember) {
        if (m_checked || m_workspace->isChecked())
            rememberFilter(filter);
        else
            m_filterToRemember = filter; // written when the check has answered
    }
    Q_EMIT filterChanged(m_filter);
}

void AnalysisContext::follow(
    const Filter& filter, const std::optional<Filter>& loadedFor, QTimer& settle, const std::function<void()>& reload)
{
    if (loadedFor && filter == *loadedFor)
        return;
    if (loadedFor && SnapshotSource::sameExceptTime(filter, *loadedFor))
        settle.start(); // only the time window moved: query once it rests
    else
        reload();
}

void AnalysisContext::rememberDeferredFilter()
{
    if (auto f = std::exchange(m_filterToRemember, std::nullopt); f && m_workspace)
        rememberFilter(*f);
}

void AnalysisContext::rememberFilter(const Filter& filter)
{
    m_workspace->setMeta(
        QStringLiteral("filter"), QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact)));
}

void AnalysisContext::setSelection(std::vector<qint64> ids, const QObject* origin)
{
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // The same set again (a view echoing what it was shown) changes nothing,
    // so it must not ripple back through the other views.
    if (m_selection ? *m_selection == ids : ids.empty())
        return;
    m_selection = QSharedPointer<const std::vector<qint64>>::create(std::move(ids));
    Q_EMIT selectionChanged(origin);
}

SnapshotSource* AnalysisContext::snapshots()
{
    if (!m_snapshots)
        m_snapshots = new SnapshotSource(this);
    return m_snapshots;
}

void AnalysisContext::notifyDataChanged()
{
    Q_EMIT dataChanged();
}

} // namespace waymark::analysis
