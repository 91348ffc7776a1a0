#include "progressrelay.h"

#include "core/feedback.h"

#include <QMetaObject>
#include <QPointer>

namespace waymark::ui {

void ProgressRelay::attach(
    Feedback& feedback, QObject* receiver, std::function<void(int permille, const QString& status)> apply)
{
    QPointer<QObject> guard(receiver);
    feedback.setProgressCallback([guard, apply = std::move(apply)](double fraction, const QString& status) {
        const int permille = int(qBound(0.0, fraction, 1.0) * 1000);
        QMetaObject::invokeMethod(
            guard.data(),
            [guard, apply, permille, status] {
                if (guard)
                    apply(permille, status);
            },
            Qt::QueuedConnection);
    });
}

} // namespace waymark::ui
