#include "feedback.h"

#include <algorithm>

namespace waymark {

void Feedback::setProgress(double fraction)
{
    fraction = std::clamp(fraction, 0.0, 1.0);
    m_progress.store(fraction, std::memory_order_relaxed);
    if (m_callback && (fraction - m_lastReported >= 0.001 || fraction == 1.0 || fraction < m_lastReported)) {
        m_lastReported = fraction;
        m_callback(fraction, status());
    }
}

void Feedback::setStatus(const QString& status)
{
    {
        std::lock_guard<std::mutex> lock(m_statusMutex);
        if (m_status == status)
            return;
        m_status = status;
    }
    if (m_callback)
        m_callback(progress(), status);
}

QString Feedback::status() const
{
    std::lock_guard<std::mutex> lock(m_statusMutex);
    return m_status;
}

} // namespace waymark
