#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace waymark {
class Feedback;
}

namespace waymark::ui {

/// Carries a worker's progress to the GUI thread: Feedback calls back on the
/// worker; the relay posts each report to `receiver`'s thread and drops it
/// once the receiver is gone. One way for the import dialog, layouts and
/// scoring to drive their progress bars.
class ProgressRelay {
public:
    /// `apply` runs on the receiver's thread with the progress in thousandths
    /// (0–1000) and the status text (empty when unchanged).
    static void attach(
        Feedback& feedback, QObject* receiver, std::function<void(int permille, const QString& status)> apply);
};

} // namespace waymark::ui
