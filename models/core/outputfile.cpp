#include "outputfile.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

namespace waymark {

namespace {
/// Qt says "Unknown error" when a buffered write failed at flush or close;
/// the system's errno still has the reason then.
QString reason(const QFileDevice& file, int savedErrno)
{
    const QString said = file.errorString();
    if (!said.isEmpty() && said != QLatin1String("Unknown error"))
        return said;
    if (savedErrno != 0)
        return QString::fromLocal8Bit(std::strerror(savedErrno));
    return QCoreApplication::translate("OutputFile", "the disk may be full, or the file was taken away");
}
} // namespace

OutputFile::OutputFile(const QString& path)
    : m_path(path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isDir() && !info.isFile())
        m_direct = std::make_unique<QFile>(path);
    else
        m_save = std::make_unique<QSaveFile>(path);
}

OutputFile::~OutputFile() = default;

Status OutputFile::open()
{
    QFileDevice* file = m_direct ? static_cast<QFileDevice*>(m_direct.get()) : m_save.get();
    errno = 0;
    const bool ok
        = m_direct ? m_direct->open(QIODevice::WriteOnly | QIODevice::Unbuffered) : m_save->open(QIODevice::WriteOnly);
    if (!ok)
        return Error(
            QCoreApplication::translate("OutputFile", "%1 cannot be written: %2").arg(m_path, reason(*file, errno)));
    return Ok {};
}

QIODevice* OutputFile::device() const
{
    return m_direct ? static_cast<QIODevice*>(m_direct.get()) : m_save.get();
}

Status OutputFile::commit()
{
    errno = 0;
    bool ok = false;
    QFileDevice* file = nullptr;
    if (m_direct) {
        file = m_direct.get();
        ok = m_direct->error() == QFileDevice::NoError && m_direct->flush();
        if (ok)
            m_direct->close();
        ok = ok && m_direct->error() == QFileDevice::NoError;
    } else {
        file = m_save.get();
        ok = m_save->commit();
    }
    if (!ok)
        return Error(
            QCoreApplication::translate("OutputFile", "%1 cannot be written: %2").arg(m_path, reason(*file, errno)));
    return Ok {};
}

QString OutputFile::errorString() const
{
    const QFileDevice* file = m_direct ? static_cast<const QFileDevice*>(m_direct.get()) : m_save.get();
    return reason(*file, 0);
}

Result<QString> OutputFile::writeAll(const QString& path, const QByteArray& bytes)
{
    OutputFile file(path);
    if (Status st = file.open(); !st)
        return st.error();
    if (file.device()->write(bytes) != bytes.size())
        return Error(
            QCoreApplication::translate("OutputFile", "%1 cannot be written: %2").arg(path, file.errorString()));
    if (Status st = file.commit(); !st)
        return st.error();
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace waymark
