#pragma once

#include "core/result.h"

#include <QString>
#include <QStringList>

#include <memory>

class QIODevice;
class QuaZip;

namespace waymark::ingest {

/// The files of a hub extract, from a folder or a .zip, read as streams.
/// Names are compared without case and without any folder prefix inside
/// the zip, so an extract zipped with or without its folder reads the same.
class ExtractArchive {
public:
    ExtractArchive();
    ~ExtractArchive();

    Status open(const QString& path);
    bool contains(const QString& name) const;
    /// The members' names as stored (with any folder prefix).
    const QStringList& names() const { return m_names; }
    qint64 size(const QString& name) const;
    /// How errors name a member: `extract.zip/incidents.csv`.
    QString displayName(const QString& name) const;
    Result<std::unique_ptr<QIODevice>> openMember(const QString& name);
    /// After a member was read to the end: whether it was whole (zip CRC,
    /// truncation). Closes the device.
    Status finish(QIODevice* device, const QString& name);

private:
    QString m_path;
    QString m_label;
    bool m_isZip = false;
    std::unique_ptr<QuaZip> m_zip;
    QStringList m_names; ///< as stored (with any folder prefix)
    QList<qint64> m_sizes;
    int indexOf(const QString& name) const;
};

} // namespace waymark::ingest
