#pragma once

#include "analysis/filter.h"
#include "core/job.h"
#include "core/result.h"

#include <QObject>
#include <QSharedPointer>

class QTimer;

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::analysis {

class SnapshotSource;

/// What every view shares: the open workspace (the GUI thread's connection),
/// the current filter and the current selection of incidents. Views
/// subscribe to its signals and redraw; none keeps its own filter. The filter
/// is saved in the workspace, so it survives closing and reopening.
class AnalysisContext : public QObject {
    Q_OBJECT
public:
    using Selection = QSharedPointer<const std::vector<qint64>>; ///< sorted incident ids, immutable
    /// Views that query the workspace again for a new time window (the
    /// table, the breakdown chart) wait until the window has rested this
    /// long, so a brush being dragged is not slowed by their queries; the
    /// map and the timeline follow at once from the snapshot.
    static constexpr int windowSettleMs = 150;
    /// How a view that queries for the filter follows a change of it:
    /// nothing when it loaded for this filter already (a workspace opening
    /// says workspaceChanged, then the same filter); `settle` (a single-shot
    /// timer of windowSettleMs that reloads) restarted when only the time
    /// window moved; `reload` now otherwise.
    static void follow(const Filter& filter, const std::optional<Filter>& loadedFor, QTimer& settle,
        const std::function<void()>& reload);

    explicit AnalysisContext(QObject* parent = nullptr);
    ~AnalysisContext() override;

    /// Opens (or creates) a workspace and makes it current; the previous one closes.
    Status openWorkspace(const QString& path, bool create = false);
    void closeWorkspace();
    store::Workspace* workspace() const { return m_workspace.get(); }
    QString workspacePath() const;

    const Filter& filter() const { return m_filter; }
    /// Sets the shared filter; `remember` saves it in the workspace (the
    /// command line passes false, so a one-off --from/--to changes nothing).
    void setFilter(const Filter& filter, bool remember = true);

    Selection selection() const { return m_selection; }
    /// `origin` names the view that made the selection, so it can ignore its own echo.
    void setSelection(std::vector<qint64> incidentIds, const QObject* origin = nullptr);

    /// The incident snapshot every view draws from, created on first use
    /// (loading starts then) and owned by this context.
    SnapshotSource* snapshots();

    /// Tells views that the workspace's contents changed (after an import).
    void notifyDataChanged();

Q_SIGNALS:
    void workspaceChanged();
    void filterChanged(const waymark::analysis::Filter& filter);
    void selectionChanged(const QObject* origin);
    void dataChanged();
    /// The workspace's structure check, run in the background after it
    /// opened, found it damaged: the workspace is closed again and nothing
    /// was written into it.
    void workspaceDamaged(const waymark::Error& error);

private:
    void rememberFilter(const Filter& filter);
    /// Writes a filter set before the check answered, if any.
    void rememberDeferredFilter();
    std::unique_ptr<store::Workspace> m_workspace;
    Filter m_filter;
    Selection m_selection;
    SnapshotSource* m_snapshots = nullptr;
    /// The structure check of the workspace opened last (Check::Later).
    Job<Ok> m_checkJob { this };
    bool m_checked = false; ///< the open workspace's structure check has answered
    /// A filter set before that: remembered in the workspace once it has (a
    /// write waits for the check, seconds at a million incidents, and a
    /// brushed time window must not freeze the window that long).
    std::optional<Filter> m_filterToRemember;
    QMetaObject::Connection m_checkTrigger; ///< starts the check once the first snapshot is in
};

} // namespace waymark::analysis
