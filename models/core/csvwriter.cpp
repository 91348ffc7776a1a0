#include "csvwriter.h"

#include <QFileDevice>
#include <QIODevice>

#include <charconv>

namespace waymark {

CsvWriter::CsvWriter(QIODevice* device, char delimiter)
    : m_device(device)
    , m_delimiter(delimiter)
{
    m_buffer.reserve(1 << 20);
}

CsvWriter::~CsvWriter()
{
    flush();
}

CsvWriter& CsvWriter::field(std::string_view s)
{
    if (m_rowStarted)
        m_buffer += m_delimiter;
    m_rowStarted = true;
    bool quote = false;
    for (char c : s) {
        if (c == m_delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        m_buffer.append(s);
        return *this;
    }
    m_buffer += '"';
    for (char c : s) {
        if (c == '"')
            m_buffer += '"';
        m_buffer += c;
    }
    m_buffer += '"';
    return *this;
}

CsvWriter& CsvWriter::field(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return field(std::string_view(utf8.constData(), size_t(utf8.size())));
}

CsvWriter& CsvWriter::field(qint64 value)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    return field(std::string_view(buf, size_t(r.ptr - buf)));
}

CsvWriter& CsvWriter::field(double value, int decimals)
{
    // to_chars, unlike printf, ignores the C locale the GUI takes from the system.
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, decimals);
    return field(std::string_view(buf, size_t(r.ptr - buf)));
}

void CsvWriter::endRow()
{
    m_buffer += m_lineEnd;
    m_rowStarted = false;
    if (m_buffer.size() > (1 << 20) - 4096)
        flush();
}

bool CsvWriter::flush()
{
    if (!m_buffer.empty()) {
        m_ok = m_ok && m_device->write(m_buffer.data(), qint64(m_buffer.size())) == qint64(m_buffer.size());
        m_buffer.clear();
    }
    // A file buffers too: a full disk (or /dev/full) shows only when that
    // buffer goes out, so it goes out here and its answer counts.
    if (auto* file = qobject_cast<QFileDevice*>(m_device))
        m_ok = file->flush() && m_ok;
    return m_ok;
}

} // namespace waymark
