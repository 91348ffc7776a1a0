#include "statement.h"

#include <sqlite3.h>

namespace waymark::store {

Statement::Statement(sqlite3* db, std::string_view sql)
    : m_db(db)
{
    const int rc = sqlite3_prepare_v3(db, sql.data(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr);
    if (rc != SQLITE_OK) {
        m_prepareError = Error(QCoreApplication::translate("Statement", "The workspace could not prepare a query."),
            QString::fromUtf8(sqlite3_errmsg(db)) + QLatin1String(" in: ")
                + QString::fromUtf8(sql.data(), qsizetype(sql.size())));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

Statement::~Statement()
{
    if (m_tap)
        m_tap->detach(this);
    sqlite3_finalize(m_stmt);
}

// A tap follows one statement object: a move leaves both untapped.
Statement::Statement(Statement&& other) noexcept
    : m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_db(other.m_db)
    , m_lastCode(other.m_lastCode)
    , m_prepareError(std::move(other.m_prepareError))
{
    if (StatementTap* tap = std::exchange(other.m_tap, nullptr))
        tap->detach(&other);
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (StatementTap* tap = std::exchange(m_tap, nullptr))
            tap->detach(this);
        if (StatementTap* tap = std::exchange(other.m_tap, nullptr))
            tap->detach(&other);
        sqlite3_finalize(m_stmt);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_db = other.m_db;
        m_lastCode = other.m_lastCode;
        m_prepareError = std::move(other.m_prepareError);
    }
    return *this;
}

Statement& Statement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    if (m_tap)
        m_tap->bound(index, SQLITE_INTEGER, value, 0, {});
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    if (m_tap)
        m_tap->bound(index, SQLITE_FLOAT, 0, value, {});
    return *this;
}

Statement& Statement::bind(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_TRANSIENT);
    if (m_tap)
        m_tap->bound(index, SQLITE_TEXT, 0, 0, utf8);
    return *this;
}

Statement& Statement::bind(int index, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    return bind(index, std::string_view(utf8.constData(), size_t(utf8.size())));
}

Statement& Statement::bindBlob(int index, std::string_view bytes)
{
    sqlite3_bind_blob(m_stmt, index, bytes.data(), int(bytes.size()), SQLITE_TRANSIENT);
    if (m_tap)
        m_tap->bound(index, SQLITE_BLOB, 0, 0, bytes);
    return *this;
}

Statement& Statement::bind(int index, const QVariant& value)
{
    switch (value.typeId()) {
    case QMetaType::UnknownType:
        return bindNull(index);
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return bind(index, value.toLongLong());
    case QMetaType::Double:
        return bind(index, value.toDouble());
    default:
        return value.isNull() ? bindNull(index) : bind(index, value.toString());
    }
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    if (m_tap)
        m_tap->bound(index, SQLITE_NULL, 0, 0, {});
    return *this;
}

Statement& Statement::bindTextOrNull(int index, std::string_view utf8)
{
    return utf8.empty() ? bindNull(index) : bind(index, utf8);
}

Statement& Statement::bindView(int index, std::string_view utf8)
{
    sqlite3_bind_text(m_stmt, index, utf8.data(), int(utf8.size()), SQLITE_STATIC);
    if (m_tap)
        m_tap->bound(index, SQLITE_TEXT, 0, 0, utf8);
    return *this;
}

Statement& Statement::bindViewOrNull(int index, std::string_view utf8)
{
    return utf8.empty() ? bindNull(index) : bindView(index, utf8);
}

Statement& Statement::clearBindings()
{
    if (m_stmt)
        sqlite3_clear_bindings(m_stmt);
    if (m_tap)
        m_tap->cleared();
    return *this;
}

Statement& Statement::bindTextOrNull(int index, const QString& text)
{
    return text.isEmpty() ? bindNull(index) : bind(index, text);
}

bool Statement::next()
{
    if (!m_stmt)
        return false;
    m_lastCode = sqlite3_step(m_stmt);
    return m_lastCode == SQLITE_ROW;
}

Status Statement::exec()
{
    if (!m_stmt)
        return m_prepareError;
    StatementTap* tap = m_tap && m_tap->aboutToRun() ? m_tap : nullptr;
    while ((m_lastCode = sqlite3_step(m_stmt)) == SQLITE_ROW) { }
    if (tap)
        tap->ran();
    const bool ok = m_lastCode == SQLITE_DONE;
    Error err = ok ? Error() : error();
    sqlite3_reset(m_stmt);
    if (!ok)
        return err;
    return Ok {};
}

const char* Statement::sql() const
{
    return m_stmt ? sqlite3_sql(m_stmt) : "";
}

int Statement::parameterCount() const
{
    return m_stmt ? sqlite3_bind_parameter_count(m_stmt) : 0;
}

void Statement::reset()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
}

Error Statement::error() const
{
    if (!m_stmt)
        return m_prepareError;
    if (m_lastCode == SQLITE_ROW || m_lastCode == SQLITE_DONE || m_lastCode == SQLITE_OK)
        return {};
    return Error(QCoreApplication::translate("Statement", "The workspace refused a change: %1")
                     .arg(QString::fromUtf8(sqlite3_errstr(m_lastCode))),
        QString::fromUtf8(sqlite3_errmsg(m_db)) + QLatin1String(" in: ") + QString::fromUtf8(sqlite3_sql(m_stmt)));
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}
double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::utf8View(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QByteArray::fromRawData(p ? p : "", sqlite3_column_bytes(m_stmt, column));
}

QByteArray Statement::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArray(p, sqlite3_column_bytes(m_stmt, column));
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::string quotedIdentifier(std::string_view name)
{
    std::string q = "\"";
    for (const char c : name) {
        q += c;
        if (c == '"')
            q += '"';
    }
    return q + '"';
}

} // namespace waymark::store
