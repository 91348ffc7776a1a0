#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

class QWidget;

namespace waymark::ui {

/// A hidden switch for measuring start-up (tests/bench/bench_startup): with
/// `WAYMARK_READY_TRACE=FILE` in the environment, the main window appends one
/// line per event to FILE, "MS<TAB>WHAT", MS being milliseconds since the
/// process started (from /proc/self/stat, else since the trace was made):
/// stages as they happen ("workspace open", "snapshot from cache"), each
/// watched view when it has painted with its final data ("view map"), and
/// "ready" once every watched view that is visible has. A view is final when
/// its predicate says so at a paint; the line is written from the event loop
/// after that paint returns, so the picture is on screen and the loop is
/// free again. Views not visible then (hidden, or wholly under another
/// dock's tab) are named "hidden view NAME".
class ReadyTrace : public QObject {
    Q_OBJECT
public:
    /// The trace named by the environment, or null (the usual case).
    static ReadyTrace* fromEnvironment(QObject* parent);
    ~ReadyTrace() override;

    /// Watches a view: `painted` is the widget whose paint shows the data,
    /// `isFinal` whether what it shows is the final data.
    void watch(const QString& name, QWidget* painted, std::function<bool()> isFinal);
    /// Writes a stage line now.
    void mark(const QString& what);
    bool isReady() const { return m_ready; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit ReadyTrace(const QString& path, QObject* parent);
    void painted(size_t view);
    void checkReady();

    struct View {
        QString name;
        QPointer<QWidget> widget;
        std::function<bool()> isFinal;
        bool done = false;
    };
    QFile m_file;
    QElapsedTimer m_clock;
    qint64 m_offsetMs = 0; ///< process age when the clock started
    std::vector<View> m_views;
    bool m_ready = false;
};

} // namespace waymark::ui
