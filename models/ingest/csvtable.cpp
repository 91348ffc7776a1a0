#include "csvtable.h"

#include "ingest/fieldtext.h"
#include "ingest/importsession.h"

namespace waymark::ingest {

namespace {
}

CsvTable::CsvTable(
    ImportSession& session, QIODevice* device, const QString& displayName, qint64 totalBytes, char delimiter)
    : m_session(session)
    , m_reader(device, displayName, delimiter)
    , m_total(totalBytes)
{
}

Status CsvTable::open()
{
    const CsvReader::Status rs = m_reader.readRecord();
    if (rs == CsvReader::Status::Fatal || rs == CsvReader::Status::BadRecord)
        return m_reader.error();
    if (rs == CsvReader::Status::End)
        return Error::at(m_reader.fileName(), 1, 1,
            QCoreApplication::translate("CsvTable", "the file is empty; a header row is required"));
    for (int i = 0; i < m_reader.fieldCount(); ++i) {
        const QString name = FieldText::toQString(FieldText::trim(m_reader.field(i)));
        if (name.isEmpty())
            return m_reader.errorAt(
                i, QCoreApplication::translate("CsvTable", "header column %1 has no name").arg(i + 1));
        if (m_header.contains(name, Qt::CaseInsensitive))
            return m_reader.errorAt(
                i, QCoreApplication::translate("CsvTable", "column %1 appears twice in the header").arg(name));
        m_header << name;
    }
    return Ok {};
}

int CsvTable::column(std::string_view name) const
{
    for (int i = 0; i < m_header.size(); ++i) {
        if (m_header.at(i).compare(QLatin1String(name.data(), qsizetype(name.size())), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

Status CsvTable::require(std::initializer_list<const char*> names) const
{
    for (const char* name : names) {
        if (column(name) < 0)
            return Error::at(m_reader.fileName(), 1, 1,
                QCoreApplication::translate("CsvTable", "the header has no %1 column, which is required")
                    .arg(QLatin1String(name)));
    }
    return Ok {};
}

std::string_view CsvTable::value(int column) const
{
    if (column < 0 || column >= m_reader.fieldCount())
        return {};
    const std::string_view v = m_reader.field(column);
    return FieldText::isMissing(v) ? std::string_view() : FieldText::trim(v);
}

Status CsvTable::reject(int column, const QString& reason)
{
    return m_session.reject(m_reader, column, reason);
}

Status CsvTable::forEachRow(const std::function<Status()>& handle)
{
    const int ncol = int(m_header.size());
    ImportSummary& summary = m_session.summary();
    for (;;) {
        const CsvReader::Status rs = m_reader.readRecord();
        if (rs == CsvReader::Status::End)
            break;
        if (rs == CsvReader::Status::Fatal)
            return m_reader.error();
        ++summary.rowsRead;
        if ((summary.rowsRead & 0x3FF) == 0) {
            if (m_session.feedback().isCanceled())
                return Ok {};
            m_session.progress(m_reader.bytesConsumed(), m_total);
        }
        if (rs == CsvReader::Status::BadRecord) {
            if (Status st = m_session.reject(m_reader.error(), m_reader.rawRecord()); !st)
                return st;
            continue;
        }
        if (m_reader.fieldCount() != ncol) {
            const QString why = QCoreApplication::translate("CsvTable", "expected %1 fields as in the header, found %2")
                                    .arg(ncol)
                                    .arg(m_reader.fieldCount());
            if (Status st = reject(std::min(m_reader.fieldCount(), ncol) - 1, why); !st)
                return st;
            continue;
        }
        if (Status st = handle(); !st)
            return st;
    }
    m_session.progress(m_total, m_total);
    return Ok {};
}

} // namespace waymark::ingest
