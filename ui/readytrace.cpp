#include "readytrace.h"

#include "onscreen.h"

#include <QEvent>
#include <QStringList>
#include <QTimer>
#include <QWidget>

#ifdef Q_OS_LINUX
#include <ctime>
#include <unistd.h>
#endif

namespace waymark::ui {

namespace {

/// Milliseconds since this process started, or 0 where that cannot be read.
qint64 processAgeMs()
{
#ifdef Q_OS_LINUX
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray line = stat.readAll();
    // Field 22 (start time in clock ticks since boot) counts from after the
    // command name, which is in parentheses and may hold spaces.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return 0;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return 0;
    const double startTicks = fields.at(19).toDouble();
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1000.0 + double(now.tv_nsec) / 1e6;
    const double ageMs = nowMs - startTicks * 1000.0 / double(sysconf(_SC_CLK_TCK));
    return ageMs > 0 ? qint64(ageMs) : 0;
#else
    return 0;
#endif
}

} // namespace

ReadyTrace* ReadyTrace::fromEnvironment(QObject* parent)
{
    const QString path = qEnvironmentVariable("WAYMARK_READY_TRACE");
    return path.isEmpty() ? nullptr : new ReadyTrace(path, parent);
}

ReadyTrace::ReadyTrace(const QString& path, QObject* parent)
    : QObject(parent)
    , m_file(path)
{
    m_offsetMs = processAgeMs();
    m_clock.start();
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
        qWarning("WAYMARK_READY_TRACE: cannot write %s", qPrintable(path));
    mark(QStringLiteral("main window built"));
}

ReadyTrace::~ReadyTrace() = default;

void ReadyTrace::mark(const QString& what)
{
    if (!m_file.isOpen())
        return;
    m_file.write(QString::number(m_offsetMs + m_clock.elapsed()).toUtf8() + '\t' + what.toUtf8() + '\n');
    m_file.flush();
}

void ReadyTrace::watch(const QString& name, QWidget* painted, std::function<bool()> isFinal)
{
    m_views.push_back({ name, painted, std::move(isFinal) });
    painted->installEventFilter(this);
}

bool ReadyTrace::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Paint && !m_ready) {
        for (size_t i = 0; i < m_views.size(); ++i) {
            if (m_views[i].widget == watched && !m_views[i].done && m_views[i].isFinal()) {
                // The paint runs after this filter returns: note it from the loop, once it has.
                m_views[i].done = true;
                QTimer::singleShot(0, this, [this, i] { painted(i); });
            }
        }
    }
    return QObject::eventFilter(watched, event);
}

void ReadyTrace::painted(size_t view)
{
    mark(QStringLiteral("view ") + m_views[view].name);
    checkReady();
    if (m_ready)
        return;
    QStringList waiting;
    for (const View& v : m_views) {
        if (isOnScreen(v.widget) && !v.done)
            waiting << v.name;
    }
    mark(QStringLiteral("  waiting for: ") + waiting.join(QStringLiteral(", ")));
}

void ReadyTrace::checkReady()
{
    if (m_ready)
        return;
    for (const View& v : m_views) {
        if (isOnScreen(v.widget) && !v.done)
            return;
    }
    m_ready = true;
    for (const View& v : m_views) {
        if (!isOnScreen(v.widget))
            mark(QStringLiteral("hidden view ") + v.name);
    }
    mark(QStringLiteral("ready"));
}

} // namespace waymark::ui
