#pragma once

// For the benchmarks that need a big sample workspace: generated and imported
// by the waymark binary in a child process (so its memory is not ours), or
// reused when the path given already exists.

#include <QFileInfo>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QTextStream>

inline bool ensureSampleWorkspace(const QString& path, qint64 incidents, const QTemporaryDir& scratch, QTextStream& out)
{
    if (QFileInfo::exists(path))
        return true;
    out << "Generating and importing " << incidents << " incidents…" << Qt::endl;
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral(WAYMARK_BIN),
        { QStringLiteral("sample"), QStringLiteral("--out"), scratch.filePath(QStringLiteral("x.zip")),
            QStringLiteral("--incidents"), QString::number(incidents), QStringLiteral("--workspace"), path });
    if (!p.waitForFinished(-1) || p.exitCode() != 0) {
        out << "waymark sample failed" << Qt::endl;
        return false;
    }
    return true;
}
