#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

class QIODevice;
class QFile;
class QSaveFile;

namespace waymark {

/// A file that an export or a figure writes. A regular file is written
/// beside its target and renamed over it on commit() (QSaveFile), so a failed
/// export never leaves half a file. A target that exists and is not a regular
/// file (a device such as /dev/stdout or /dev/full, a pipe) is written
/// straight through instead: it is never replaced by a file of ours. Either
/// way every write error, a full disk included, comes back from commit() with
/// the system's reason.
class OutputFile {
public:
    explicit OutputFile(const QString& path);
    ~OutputFile();
    OutputFile(const OutputFile&) = delete;
    OutputFile& operator=(const OutputFile&) = delete;

    /// Opens for writing; the error names the path and why.
    Status open();
    /// What to write to, once open.
    QIODevice* device() const;
    /// Writes everything out and puts the file in place; nothing is in place
    /// (a regular file) when it fails.
    Status commit();
    /// The reason of the last failure, in words ("No space left on device").
    QString errorString() const;

    /// Writes `bytes` as the whole of `path` (open, write, commit) and
    /// returns their SHA-256 in hex, for the audit record.
    static Result<QString> writeAll(const QString& path, const QByteArray& bytes);

private:
    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_direct;
};

} // namespace waymark
