#include "csvreader.h"

#include "ingest/utf8.h"

#include <QCoreApplication>
#include <QIODevice>

#include <cstring>

namespace waymark::ingest {

namespace {
constexpr qint64 kChunk = 1 << 20;
constexpr qint64 kMaxRecord = 64 << 20;

} // namespace

CsvReader::CsvReader(QIODevice* device, QString fileName, char delimiter)
    : m_device(device)
    , m_fileName(std::move(fileName))
    , m_delimiter(delimiter)
{
    m_fields.reserve(64);
    m_views.reserve(64);
    for (const char c : { m_delimiter, '\n', '\r', '\0' })
        m_stops[static_cast<unsigned char>(c)] = true;
}

Error CsvReader::checkEncoding(const QByteArray& head, const QString& fileName)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return Error::at(fileName, 1, 1,
            QCoreApplication::translate("CsvReader", "the file is UTF-16; save it as UTF-8 and import again"));
    if (const qsizetype nul = head.indexOf('\0'); nul >= 0) {
        const qsizetype lineStart = head.lastIndexOf('\n', nul) + 1;
        return Error::at(fileName, 1 + head.left(nul).count('\n'), 1 + nul - lineStart,
            QCoreApplication::translate("CsvReader", "NUL byte in text: the file is binary or UTF-16, not UTF-8"));
    }
    return {};
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    // Move the unread tail to the front; offsets into the buffer shift with it.
    if (m_pos > 0) {
        std::memmove(m_buffer.data(), m_buffer.constData() + m_pos, size_t(m_size - m_pos));
        m_size -= m_pos;
        m_lineStart -= m_pos;
        m_consumedBefore += m_pos;
        m_pos = 0;
    }
    // A small file gets a small buffer; a large one reads in 1 MiB chunks.
    qint64 chunk = kChunk;
    if (!m_device->isSequential())
        chunk = std::clamp<qint64>(m_device->size() - m_device->pos() + 1, 1, kChunk);
    if (m_buffer.size() < m_size + chunk)
        m_buffer.resize(std::max<qint64>(m_buffer.size() * 2, m_size + chunk));
    const qint64 n = m_device->read(m_buffer.data() + m_size, m_buffer.size() - m_size);
    if (n <= 0) {
        m_eof = true;
        return false;
    }
    m_size += n;
    return true;
}

qint64 CsvReader::columnOf(qint64 lineStart, qint64 offset) const
{
    // Characters, not bytes: count the bytes that start a UTF-8 sequence.
    qint64 col = 1;
    for (qint64 i = std::max<qint64>(lineStart, 0); i < offset && i < m_size; ++i)
        col += (static_cast<unsigned char>(m_buffer.at(i)) & 0xC0) != 0x80;
    return col;
}

void CsvReader::fail(qint64 line, qint64 lineStart, qint64 offset, const QString& reason)
{
    m_error = Error::at(m_fileName, line, columnOf(lineStart, offset), reason);
}

qint64 CsvReader::fieldLine(int i) const
{
    return m_fields[size_t(i)].line;
}

qint64 CsvReader::fieldColumn(int i) const
{
    const Field& f = m_fields[size_t(i)];
    return columnOf(f.lineStart, f.begin - (f.quoted ? 1 : 0));
}

Error CsvReader::errorAt(int field, const QString& reason) const
{
    if (field < 0 || field >= int(m_fields.size()))
        return errorAtRecord(reason);
    return Error::at(m_fileName, fieldLine(field), fieldColumn(field), reason);
}

Error CsvReader::errorAtRecord(const QString& reason) const
{
    return Error::at(m_fileName, m_recordLine, 1, reason);
}

QByteArray CsvReader::rawRecord() const
{
    qint64 end = m_recordEnd;
    while (end > m_recordBegin && (m_buffer.at(end - 1) == '\n' || m_buffer.at(end - 1) == '\r'))
        --end;
    return QByteArray(m_buffer.constData() + m_recordBegin, end - m_recordBegin);
}

CsvReader::Scan CsvReader::skipRecord(qint64 p, qint64 line)
{
    // Resynchronise at the next line end so the rest of the file still reads.
    while (p < m_size && m_buffer.at(p) != '\n')
        ++p;
    if (p >= m_size && !m_eof)
        return Scan::NeedMore;
    m_recordEnd = p < m_size ? p + 1 : p;
    m_line = line + 1;
    m_lineStart = m_recordEnd;
    return Scan::Bad;
}

CsvReader::Scan CsvReader::scan()
{
    const char* buf = m_buffer.constData();
    const char delim = m_delimiter;
    qint64 p = m_pos;
    qint64 line = m_line;
    qint64 lineStart = m_lineStart;
    m_fields.clear();

    for (;;) {
        Field f { p, p, line, lineStart, false, false };
        if (p < m_size && buf[p] == '"') {
            f.quoted = true;
            f.begin = ++p;
            for (;;) {
                if (p >= m_size) {
                    if (!m_eof)
                        return Scan::NeedMore;
                    fail(f.line, f.lineStart, f.begin - 1,
                        QCoreApplication::translate("CsvReader",
                            "the quoted field opened here is never closed: the file is truncated or a quote is "
                            "missing"));
                    return Scan::Fatal;
                }
                const char c = buf[p];
                if (c == '"') {
                    if (p + 1 >= m_size && !m_eof)
                        return Scan::NeedMore;
                    if (p + 1 < m_size && buf[p + 1] == '"') {
                        f.escapes = true;
                        p += 2;
                        continue;
                    }
                    f.end = p++;
                    break;
                }
                if (c == '\n') {
                    ++line;
                    lineStart = p + 1;
                } else if (c == '\0') {
                    fail(line, lineStart, p,
                        QCoreApplication::translate("CsvReader", "NUL byte in text: the file is binary or not UTF-8"));
                    return Scan::Fatal;
                }
                ++p;
                if (p - f.begin > m_maxField) {
                    fail(f.line, f.lineStart, f.begin - 1,
                        QCoreApplication::translate(
                            "CsvReader", "field is larger than %1 bytes (is a closing quote missing?)")
                            .arg(m_maxField));
                    return Scan::Fatal;
                }
            }
            if (p < m_size && buf[p] != delim && buf[p] != '\n' && buf[p] != '\r') {
                fail(line, lineStart, p,
                    QCoreApplication::translate("CsvReader", "text after the closing quote of a field"));
                return skipRecord(p, line);
            }
        } else {
            const bool* stops = m_stops.data();
            while (p < m_size && !stops[static_cast<unsigned char>(buf[p])])
                ++p;
            if (p < m_size && buf[p] == '\0') {
                fail(line, lineStart, p,
                    QCoreApplication::translate(
                        "CsvReader", "NUL byte in text: the file is binary or UTF-16, not UTF-8"));
                return Scan::Fatal;
            }
            if (p >= m_size && !m_eof)
                return Scan::NeedMore;
            f.end = p;
        }
        if (f.end - f.begin > m_maxField) {
            m_fields.push_back(f);
            fail(f.line, f.lineStart, f.begin,
                QCoreApplication::translate("CsvReader", "field is larger than %1 bytes").arg(m_maxField));
            return skipRecord(p, line);
        }
        m_fields.push_back(f);
        if (p >= m_size) {
            m_recordEnd = p;
            break;
        }
        const char c = buf[p];
        if (c == delim) {
            ++p;
            continue;
        }
        if (c == '\r') {
            if (p + 1 >= m_size && !m_eof)
                return Scan::NeedMore;
            p += (p + 1 < m_size && buf[p + 1] == '\n') ? 2 : 1;
        } else {
            ++p;
        }
        ++line;
        lineStart = p;
        m_recordEnd = p;
        break;
    }
    m_line = line;
    m_lineStart = lineStart;
    return Scan::Complete;
}

CsvReader::Status CsvReader::readRecord()
{
    m_views.clear();
    if (!m_started) {
        m_started = true;
        fill();
        while (m_size < 4 && fill()) { }
        const auto* b = reinterpret_cast<const unsigned char*>(m_buffer.constData());
        if (m_size >= 2 && ((b[0] == 0xFF && b[1] == 0xFE) || (b[0] == 0xFE && b[1] == 0xFF))) {
            m_error = checkEncoding(m_buffer.left(2), m_fileName);
            return Status::Fatal;
        }
        if (m_size >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) {
            m_pos = 3;
            m_lineStart = 3;
        }
    }
    for (;;) {
        // Blank lines between records carry nothing; skip them.
        while (m_pos < m_size) {
            const char c = m_buffer.at(m_pos);
            if (c == '\r' && m_pos + 1 >= m_size && !m_eof && fill())
                continue;
            if (c != '\n' && c != '\r')
                break;
            ++m_pos;
            if (c == '\r' && m_pos < m_size && m_buffer.at(m_pos) == '\n')
                ++m_pos;
            ++m_line;
            m_lineStart = m_pos;
        }
        if (m_pos >= m_size) {
            if (!fill())
                return Status::End;
            continue;
        }
        m_recordBegin = m_pos;
        m_recordLine = m_line;
        const Scan s = scan();
        if (s == Scan::NeedMore) {
            if (m_size - m_pos > kMaxRecord) {
                fail(m_recordLine, m_lineStart, m_pos,
                    QCoreApplication::translate("CsvReader", "record is larger than %1 MiB").arg(kMaxRecord >> 20));
                return Status::Fatal;
            }
            if (!fill() && !m_eof)
                return Status::End;
            continue;
        }
        if (s == Scan::Fatal)
            return Status::Fatal;
        m_pos = m_recordEnd;
        if (s == Scan::Bad) {
            m_fields.clear();
            return Status::BadRecord;
        }
        break;
    }

    // Text must be UTF-8; say where it is not.
    const qint64 bad = Utf8::firstInvalid(m_buffer.constData() + m_recordBegin, m_recordEnd - m_recordBegin);
    if (bad >= 0) {
        qint64 line = m_recordLine, lineStart = m_recordBegin;
        for (const Field& f : m_fields) {
            if (f.begin <= m_recordBegin + bad) {
                line = f.line;
                lineStart = f.lineStart;
            }
        }
        fail(line, lineStart, m_recordBegin + bad,
            QCoreApplication::translate("CsvReader", "invalid UTF-8 (is the file in another encoding?)"));
        m_fields.clear();
        return Status::BadRecord;
    }

    // Views into the buffer; quoted fields with "" get an unescaped copy.
    m_scratch.clear();
    m_scratch.reserve(size_t(m_recordEnd - m_recordBegin));
    const char* buf = m_buffer.constData();
    for (const Field& f : m_fields) {
        if (!f.escapes) {
            m_views.emplace_back(buf + f.begin, size_t(f.end - f.begin));
            continue;
        }
        const size_t start = m_scratch.size();
        for (qint64 i = f.begin; i < f.end; ++i) {
            m_scratch.push_back(buf[i]);
            if (buf[i] == '"')
                ++i;
        }
        m_views.emplace_back(m_scratch.data() + start, m_scratch.size() - start);
    }
    return Status::Record;
}

} // namespace waymark::ingest
