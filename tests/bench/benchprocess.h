#pragma once

// What the benchmarks that run Waymark and its peer as programs share.

#include <QElapsedTimer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTextStream>

#include <sys/resource.h>

namespace waymark::bench {

/// Runs a program to its end; its wall time in seconds, or -1 when it fails
/// (what it printed goes to stderr).
inline double runSeconds(const QString& program, const QStringList& args,
    const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        QTextStream(stderr) << program << " failed: " << p.readAllStandardOutput() << '\n';
        return -1;
    }
    return double(t.nsecsElapsed()) / 1e9;
}

/// The largest peak memory (KiB) of the children that have ended so far:
/// read before the peer runs, it is Waymark's.
inline long childrenPeakKiB()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return usage.ru_maxrss;
}

} // namespace waymark::bench
