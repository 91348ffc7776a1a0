#include "extractarchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>

#include <quazip.h>
#include <quazipfile.h>

namespace waymark::ingest {

namespace {
QString baseName(const QString& stored)
{
    return stored.section(QLatin1Char('/'), -1);
}
} // namespace

ExtractArchive::ExtractArchive() = default;
ExtractArchive::~ExtractArchive()
{
    if (m_zip)
        m_zip->close();
}

Status ExtractArchive::open(const QString& path)
{
    m_path = path;
    const QFileInfo info(path);
    m_label = info.fileName();
    if (info.isDir()) {
        const QDir dir(path);
        for (const QFileInfo& f : dir.entryInfoList(QDir::Files, QDir::Name)) {
            m_names << f.fileName();
            m_sizes << f.size();
        }
        return Ok {};
    }
    m_isZip = true;
    if (info.size() == 0)
        return Error::at(m_label, 0, 0, QCoreApplication::translate("ExtractArchive", "the zip file is empty"));
    m_zip = std::make_unique<QuaZip>(path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        return Error::at(m_label, 0, 0,
            QCoreApplication::translate(
                "ExtractArchive", "not a readable zip file (it may be truncated or damaged; zip error %1)")
                .arg(m_zip->getZipError()));
    }
    for (bool more = m_zip->goToFirstFile(); more; more = m_zip->goToNextFile()) {
        QuaZipFileInfo64 fi;
        if (!m_zip->getCurrentFileInfo(&fi))
            return Error::at(
                m_label, 0, 0, QCoreApplication::translate("ExtractArchive", "the zip's directory is damaged"));
        if (fi.name.endsWith(QLatin1Char('/')))
            continue;
        m_names << fi.name;
        m_sizes << qint64(fi.uncompressedSize);
    }
    if (m_zip->getZipError() != UNZ_OK)
        return Error::at(m_label, 0, 0,
            QCoreApplication::translate("ExtractArchive", "the zip's directory is damaged (zip error %1)")
                .arg(m_zip->getZipError()));
    // Members are found by file name wherever they sit; two of one name
    // (a/incidents.csv beside b/incidents.csv, or the same entry twice) would
    // make the choice silent, so the zip is refused naming both.
    QHash<QString, int> seen;
    for (int i = 0; i < m_names.size(); ++i) {
        const QString key = baseName(m_names.at(i)).toCaseFolded();
        if (const auto it = seen.constFind(key); it != seen.cend())
            return Error::at(m_label, 0, 0,
                QCoreApplication::translate("ExtractArchive",
                    "the zip holds two members named %1 (%2 and %3): which one belongs to the extract is ambiguous")
                    .arg(baseName(m_names.at(i)), m_names.at(*it), m_names.at(i)));
        seen.insert(key, i);
    }
    return Ok {};
}

int ExtractArchive::indexOf(const QString& name) const
{
    for (int i = 0; i < m_names.size(); ++i) {
        if (baseName(m_names.at(i)).compare(name, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

bool ExtractArchive::contains(const QString& name) const
{
    return indexOf(name) >= 0;
}
qint64 ExtractArchive::size(const QString& name) const
{
    const int i = indexOf(name);
    return i < 0 ? 0 : m_sizes.at(i);
}

QString ExtractArchive::displayName(const QString& name) const
{
    return m_label + QLatin1Char('/') + name;
}

Result<std::unique_ptr<QIODevice>> ExtractArchive::openMember(const QString& name)
{
    const int i = indexOf(name);
    if (i < 0)
        return Error::at(
            displayName(name), 0, 0, QCoreApplication::translate("ExtractArchive", "missing from the extract"));
    if (!m_isZip) {
        auto f = std::make_unique<QFile>(QDir(m_path).filePath(m_names.at(i)));
        if (!f->open(QIODevice::ReadOnly))
            return Error::at(displayName(name), 0, 0, f->errorString());
        return std::unique_ptr<QIODevice>(std::move(f));
    }
    if (!m_zip->setCurrentFile(m_names.at(i)))
        return Error::at(
            displayName(name), 0, 0, QCoreApplication::translate("ExtractArchive", "cannot be found in the zip"));
    auto f = std::make_unique<QuaZipFile>(m_zip.get());
    if (!f->open(QIODevice::ReadOnly))
        return Error::at(displayName(name), 0, 0,
            QCoreApplication::translate("ExtractArchive", "cannot be read from the zip (zip error %1)")
                .arg(f->getZipError()));
    return std::unique_ptr<QIODevice>(std::move(f));
}

Status ExtractArchive::finish(QIODevice* device, const QString& name)
{
    if (!m_isZip) {
        device->close();
        return Ok {};
    }
    auto* f = static_cast<QuaZipFile*>(device);
    f->close();
    // A reader that stopped early (a fatal error of its own, a cancel) leaves
    // the member unread, which is no damage: only what zlib or the CRC said is.
    const int err = f->getZipError();
    if (err != UNZ_OK) {
        return Error::at(displayName(name), 0, 0,
            err == UNZ_CRCERROR
                ? QCoreApplication::translate("ExtractArchive", "the zip member is damaged (CRC mismatch)")
                : QCoreApplication::translate("ExtractArchive", "the zip member is truncated or damaged (zip error %1)")
                      .arg(err));
    }
    return Ok {};
}

} // namespace waymark::ingest
