#pragma once

#include <QString>

#include <atomic>
#include <functional>
#include <mutex>

namespace waymark {

/// Progress and cancel for long work, shared by reference between the code
/// that does the work and whoever watches it (a progress bar, a terminal,
/// a test). Thread-safe: the worker reports, any thread may cancel.
class Feedback {
public:
    using ProgressCallback = std::function<void(double fraction, const QString& status)>;

    Feedback() = default;
    /// A child for one part of a larger job: canceled when its parent is.
    explicit Feedback(const Feedback* parent)
        : m_parent(parent)
    {
    }

    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    bool isCanceled() const
    {
        return m_canceled.load(std::memory_order_relaxed) || (m_parent && m_parent->isCanceled());
    }

    /// Fraction in [0, 1]; the callback is called only when the value moved by
    /// at least a thousandth or the status text changed, so workers may report
    /// on every row.
    void setProgress(double fraction);
    void setStatus(const QString& status);
    double progress() const { return m_progress.load(std::memory_order_relaxed); }
    QString status() const;

    void setProgressCallback(ProgressCallback callback) { m_callback = std::move(callback); }

private:
    const Feedback* m_parent = nullptr;
    std::atomic<bool> m_canceled { false };
    std::atomic<double> m_progress { 0.0 };
    double m_lastReported = -1.0;
    mutable std::mutex m_statusMutex;
    QString m_status;
    ProgressCallback m_callback;
};

} // namespace waymark
