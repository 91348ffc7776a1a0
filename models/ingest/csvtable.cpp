#include "csvtable.h"

#include "ingest/tablesource.h"

#include "ingest/fieldtext.h"
#include "ingest/importsession.h"

namespace waymark::ingest {

namespace {
/// Bits of a list of codes separated by ';' or '|'; false names the bad code.
bool codeSet(Taxonomy::Group group, std::string_view text, std::uint32_t& bits, QString& bad)
{
    bits = 0;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find_first_of(";|", start);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view code = FieldText::trim(text.substr(start, end - start));
        if (!code.empty()) {
            const std::uint32_t b = Taxonomy::bit(group, code);
            if (!b) {
                bad = FieldText::toQString(code);
                return false;
            }
            bits |= b;
        }
        start = end + 1;
    }
    return true;
}

} // namespace

CsvTable::CsvTable(ImportSession& session, QIODevice* device, const QString& displayName, qint64 totalBytes,
    char delimiter, const char* context)
    : m_session(session)
    , m_reader(device, displayName, delimiter)
    , m_total(totalBytes)
    , m_context(context)
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
    // Spreadsheets saved as CSV end rows with empty cells up to the widest
    // row: unnamed columns after the last named one are named by position
    // (a value in one is kept like any unknown column's).
    int named = m_reader.fieldCount();
    while (named > 0 && FieldText::trim(m_reader.field(named - 1)).empty())
        --named;
    for (int i = 0; i < m_reader.fieldCount(); ++i) {
        QString name = FieldText::toQString(FieldText::trim(m_reader.field(i)));
        if (name.isEmpty() && i >= named && named > 0)
            name = TableSource::unnamedColumn(i);
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

bool CsvTable::blank() const
{
    // Every cell empty: a row a spreadsheet wrote as ",,,," (or one empty
    // field). The first cell is nearly always filled, so this is one test.
    for (int i = 0; i < m_reader.fieldCount(); ++i) {
        if (!FieldText::trim(m_reader.field(i)).empty())
            return false;
    }
    return true;
}

int CsvTable::column(std::string_view name) const
{
    for (int i = 0; i < m_header.size(); ++i) {
        if (m_header.at(i).compare(QLatin1String(name.data(), qsizetype(name.size())), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

Status CsvTable::require(const std::vector<const char*>& names) const
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
        if (blank()) {
            ++summary.rowsBlank;
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

bool CsvTable::oneOf(
    int column, const QString& value, const QStringList& allowed, const char* message, Status& status, bool optional)
{
    if ((optional && value.isEmpty()) || allowed.contains(value))
        return true;
    status
        = reject(column, QCoreApplication::translate(m_context, message).arg(value, allowed.join(QLatin1String(", "))));
    return false;
}

bool CsvTable::codes(int column, Taxonomy::Group group, const char* message, std::uint32_t& bits, Status& status)
{
    QString bad;
    if (codeSet(group, value(column), bits, bad))
        return true;
    status = reject(column,
        QCoreApplication::translate(m_context, message).arg(bad, Taxonomy::codes(group).join(QLatin1String(", "))));
    return false;
}

bool CsvTable::optionalPoint(int lonColumn, int latColumn, double& lon, double& lat, Status& status)
{
    const std::string_view x = value(lonColumn), y = value(latColumn);
    if (x.empty() && y.empty())
        return true;
    if (x.empty() || y.empty()) {
        status = reject(x.empty() ? lonColumn : latColumn,
            QCoreApplication::translate("CsvTable", "lon and lat go together: one is missing"));
        return false;
    }
    const auto lonValue = FieldText::toDouble(x), latValue = FieldText::toDouble(y);
    if (!lonValue || *lonValue < -180 || *lonValue > 180) {
        status = reject(lonColumn,
            QCoreApplication::translate("CsvTable", "longitude \"%1\" is out of range (-180 to 180)")
                .arg(FieldText::toQString(x)));
        return false;
    }
    if (!latValue || *latValue < -90 || *latValue > 90) {
        status = reject(latColumn,
            QCoreApplication::translate("CsvTable", "latitude \"%1\" is out of range (-90 to 90)")
                .arg(FieldText::toQString(y)));
        return false;
    }
    lon = *lonValue;
    lat = *latValue;
    return true;
}

bool CsvTable::optionalDate(int column, std::optional<FuzzyDate>& date, Status& status)
{
    const std::string_view text = value(column);
    if (text.empty())
        return true;
    date = FuzzyDate::parse(text, m_session.maxYear());
    if (date)
        return true;
    status = reject(column,
        QCoreApplication::translate(m_context, "\"%1\" is not a possible date").arg(FieldText::toQString(text)));
    return false;
}

} // namespace waymark::ingest
