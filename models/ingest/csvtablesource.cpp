#include "csvtablesource.h"

#include "ingest/fieldtext.h"

#include <QFileInfo>

namespace waymark::ingest {

CsvTableSource::CsvTableSource(const QString& path, char delimiter, const QString& displayName)
    : m_path(path)
    , m_displayName(displayName.isEmpty() ? QFileInfo(path).fileName() : displayName)
    , m_delimiter(delimiter)
{
}

CsvTableSource::CsvTableSource(QIODevice* device, const QString& displayName, qint64 totalBytes, char delimiter)
    : m_displayName(displayName)
    , m_device(device)
    , m_total(totalBytes)
    , m_delimiter(delimiter)
{
}

CsvTableSource::~CsvTableSource() = default;

char CsvTableSource::sniffDelimiter(const QByteArray& headerLine)
{
    // The header line only: data rows may hold any of these inside text.
    static const char candidates[] = { ',', ';', '\t', '|' };
    int counts[4] = { 0, 0, 0, 0 };
    bool quoted = false;
    for (char c : headerLine) {
        if (c == '"')
            quoted = !quoted;
        else if (c == '\n' && !quoted)
            break;
        else if (!quoted)
            for (int i = 0; i < 4; ++i)
                counts[i] += c == candidates[i];
    }
    int best = 0;
    for (int i = 1; i < 4; ++i)
        if (counts[i] > counts[best])
            best = i;
    return candidates[best];
}

Status CsvTableSource::open()
{
    if (!m_device) {
        m_file = std::make_unique<QFile>(m_path);
        if (!m_file->open(QIODevice::ReadOnly))
            return Error(QCoreApplication::translate("CsvTableSource", "%1 cannot be read: %2")
                             .arg(m_path, m_file->errorString()));
        m_device = m_file.get();
        m_total = m_file->size();
    }
    const QByteArray head = m_device->peek(1 << 16);
    if (Error e = CsvReader::checkEncoding(head, m_displayName); !e.isNull())
        return e;
    if (m_delimiter == 0)
        m_delimiter = sniffDelimiter(head);
    m_reader = std::make_unique<CsvReader>(m_device, m_displayName, m_delimiter);
    const CsvReader::Status rs = m_reader->readRecord();
    if (rs == CsvReader::Status::Fatal || rs == CsvReader::Status::BadRecord)
        return m_reader->error();
    if (rs == CsvReader::Status::End)
        return Error::at(m_displayName, 1, 1,
            QCoreApplication::translate("CsvTableSource", "the file is empty; a header row is required"));
    m_header.clear();
    for (int i = 0; i < m_reader->fieldCount(); ++i) {
        QString name = FieldText::toQString(FieldText::trim(m_reader->field(i)));
        // An adjacency matrix's corner cell is empty: name it by position so
        // it can still be mapped.
        if (name.isEmpty())
            name = unnamedColumn(i);
        if (!m_repeatsAllowed && m_header.contains(name, Qt::CaseInsensitive))
            return m_reader->errorAt(
                i, QCoreApplication::translate("CsvTableSource", "column %1 appears twice in the header").arg(name));
        m_header << name;
    }
    return Ok {};
}

TableSource::Next CsvTableSource::next()
{
    switch (m_reader->readRecord()) {
    case CsvReader::Status::Record:
        return Next::Row;
    case CsvReader::Status::End:
        return Next::End;
    case CsvReader::Status::BadRecord:
        m_error = m_reader->error();
        return Next::BadRow;
    case CsvReader::Status::Fatal:
        break;
    }
    m_error = m_reader->error();
    return Next::Fatal;
}

int CsvTableSource::cellCount() const
{
    return m_reader ? m_reader->fieldCount() : 0;
}

QString CsvTableSource::cell(int column) const
{
    if (!m_reader || column < 0 || column >= m_reader->fieldCount())
        return {};
    return FieldText::toQString(m_reader->field(column));
}

Error CsvTableSource::errorAt(int column, const QString& reason) const
{
    if (!m_reader)
        return Error::at(m_displayName, 0, 0, reason);
    return m_reader->errorAt(column, reason);
}

Error CsvTableSource::error() const
{
    return m_error;
}

QByteArray CsvTableSource::raw() const
{
    return m_reader ? m_reader->rawRecord() : QByteArray();
}

double CsvTableSource::progress() const
{
    if (!m_reader || m_total <= 0)
        return 0;
    return qBound(0.0, double(m_reader->bytesConsumed()) / double(m_total), 1.0);
}

qint64 CsvTableSource::line() const
{
    return m_reader ? m_reader->recordLine() : 0;
}

} // namespace waymark::ingest
