#pragma once

// Shared by the import fuzz targets: each input goes into a fresh in-memory
// workspace through the real import job, as a file on disk.

#include "ingest/importjob.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace waymark::fuzz {

inline QTemporaryDir& scratch()
{
    static QTemporaryDir dir;
    return dir;
}

inline void writeBytes(const QString& path, const uint8_t* data, size_t size)
{
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char*>(data), qint64(size));
}

/// Imports `path` into a fresh in-memory workspace; any outcome is fine, a
/// crash, a sanitizer report or a broken invariant is not.
inline void importInto(const QString& path, const QString& mapping = QString())
{
    auto ws = store::Workspace::open(QStringLiteral(":memory:"));
    if (!ws)
        abort();
    Feedback feedback;
    ingest::ImportOptions options;
    options.keepGoing = true;
    options.mapping = mapping;
    const ingest::ImportSummary s = ingest::ImportJob::run(*ws.value(), path, options, feedback);
    // Nothing is dropped silently: every row read is imported, a duplicate,
    // in quarantine, (two-sided, counted and noted) between other banks, or
    // blank (every cell empty, counted and noted).
    if (s.outcome == ingest::ImportSummary::Outcome::Imported
        && s.rowsRead != s.rowsImported + s.rowsDuplicate + s.rowsQuarantined + s.rowsOutside + s.rowsBlank)
        abort();
    if (s.outcome == ingest::ImportSummary::Outcome::Imported
        && ws.value()->scalar("SELECT count(*) FROM quarantine") != s.rowsQuarantined)
        abort();
}

} // namespace waymark::fuzz
