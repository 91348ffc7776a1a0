#pragma once

#include "core/feedback.h"
#include "core/result.h"

#include <QFutureWatcher>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace waymark {

/// The pool every Job runs on: not Qt's global pool. Qt 6.4 fills large
/// areas and converts and scales images on QThreadPool::globalInstance(),
/// and the GUI thread waits for those pieces; with a table reload and a
/// chart load holding both of the global pool's threads, one map frame
/// waited 0.5–1.5 s for them to end. At least eight threads: a workspace's
/// first loads are six or more (snapshot, table, link chart, breakdown,
/// accounts, route volume), and a short one must not queue behind the long
/// ones (with four, the route volume's 150 ms waited 4.8 s at a million
/// incidents).
QThreadPool* jobPool();

/// The pool for work nobody waits for: writing the snapshot cache, building
/// the world's path levels ahead of use. Its threads run at
/// QThread::IdlePriority (SCHED_IDLE on Linux): they get a core only when the
/// views' loads leave one free, so a start-up's loads are not slowed by them
/// on a laptop's two cores. Never put work here that anyone may block on
/// (the structure check: every write waits for it): an idle thread gets no
/// core while other work runs, and cannot be raised again unprivileged.
QThreadPool* backgroundPool();

/// The one way to run work off the GUI thread (ui::Job is this class). It
/// owns the QFutureWatcher, a generation counter, the run's Feedback, the
/// progress relay and the Result:
///
/// - start(work) runs work(feedback) on jobPool(). A newer
///   start cancels the older run's Feedback and drops its result: only the
///   newest run ever reaches the callbacks.
/// - onFinished gets the Result<T> on the thread of `context` (the GUI
///   thread), never a bare error string.
/// - onProgress gets (fraction, status) from Feedback::setProgress and
///   setStatus, queued to `context`'s thread and coalesced, so a worker may
///   report on every row.
/// - cancel() cancels the running work; its result (usually an Error saying
///   so) still arrives. discard() cancels and drops it.
/// - The destructor cancels every run it started and waits for them, so
///   the work may refer to things that live as long as the job.
///
/// Nothing here needs widgets: models/ objects that feed views (snapshots,
/// tables) use it too. Use it from one thread, the one `context` lives in.
template <typename T> class Job {
public:
    using Work = std::function<Result<T>(Feedback&)>;
    using Finished = std::function<void(Result<T>)>;
    using Progress = std::function<void(double fraction, const QString& status)>;

    /// `pool` is jobPool() unless the work is background work (backgroundPool()).
    explicit Job(QObject* context, QThreadPool* pool = nullptr)
        : m_state(std::make_shared<State>())
        , m_pool(pool ? pool : jobPool())
    {
        m_state->context = context;
    }
    ~Job()
    {
        discard();
        waitForAll();
    }
    Job(const Job&) = delete;
    Job& operator=(const Job&) = delete;

    void onFinished(Finished callback) { m_state->finished = std::move(callback); }
    void onProgress(Progress callback) { m_state->progress = std::move(callback); }

    /// Runs `work` in the background; any older run is canceled and its
    /// result dropped.
    void start(Work work)
    {
        discard();
        prune();
        const quint64 generation = ++m_state->generation;
        auto feedback = std::make_shared<Feedback>();
        m_state->feedback = feedback;
        m_state->running = true;
        std::weak_ptr<State> weak = m_state;
        auto pending = std::make_shared<std::atomic<bool>>(false);
        QPointer<QObject> context = m_state->context;
        // Called on the worker thread: post at most one relay at a time, which
        // reads the latest progress when it runs.
        feedback->setProgressCallback(
            [weak, generation, pending, context, raw = feedback.get()](double, const QString&) {
                if (!context || pending->exchange(true))
                    return;
                QMetaObject::invokeMethod(
                    context.data(),
                    [weak, generation, pending, raw] {
                        pending->store(false);
                        const auto state = weak.lock();
                        if (!state || state->generation != generation || !state->progress)
                            return;
                        // raw is alive: the state holds the feedback of the newest run.
                        state->progress(raw->progress(), raw->status());
                    },
                    Qt::QueuedConnection);
            });

        // The result travels in a slot of its own, not in the QFuture: taking
        // a result out of a QFuture resets it to unfinished, and the
        // destructor could then wait for it forever.
        auto slot = std::make_shared<std::optional<Result<T>>>();
        auto watcher = std::make_unique<QFutureWatcher<void>>();
        auto* w = watcher.get();
        QObject::connect(w, &QFutureWatcherBase::finished, m_state->context, [weak, generation, slot] {
            const auto state = weak.lock();
            if (!state || state->generation != generation || !slot->has_value())
                return;
            state->running = false;
            Result<T> result = std::move(**slot);
            slot->reset();
            if (state->finished)
                state->finished(std::move(result));
        });
        w->setFuture(
            QtConcurrent::run(m_pool, [work = std::move(work), feedback, slot] { slot->emplace(work(*feedback)); }));
        m_runs.push_back(std::move(watcher));
    }

    /// Cancels the running work; its result still arrives.
    void cancel()
    {
        if (m_state->feedback)
            m_state->feedback->cancel();
    }

    /// Cancels the running work and drops its result.
    void discard()
    {
        cancel();
        ++m_state->generation;
        m_state->running = false;
    }

    /// True from start() until the newest run's result has been delivered
    /// (or dropped by discard()).
    bool isRunning() const { return m_state->running; }

    /// The newest run's Feedback (null before the first start), so that a
    /// Cancel button or a test can reach the worker.
    std::shared_ptr<Feedback> feedback() const { return m_state->feedback; }

    /// Blocks until every run has returned. For destructors and the command
    /// line; a view never waits.
    void waitForAll()
    {
        for (auto& run : m_runs)
            run->waitForFinished();
    }

private:
    struct State {
        QPointer<QObject> context;
        quint64 generation = 0;
        bool running = false;
        std::shared_ptr<Feedback> feedback;
        Finished finished;
        Progress progress;
    };

    // Watchers of finished runs go; those still running stay to be waited
    // for. Later, not now: start() may be called from a finished callback,
    // that is from inside one of these watchers' signals.
    void prune()
    {
        std::vector<std::unique_ptr<QFutureWatcher<void>>> keep;
        for (auto& run : m_runs) {
            if (run->isFinished())
                run.release()->deleteLater();
            else
                keep.push_back(std::move(run));
        }
        m_runs = std::move(keep);
    }

    std::shared_ptr<State> m_state;
    QThreadPool* m_pool;
    std::vector<std::unique_ptr<QFutureWatcher<void>>> m_runs;
};

} // namespace waymark
