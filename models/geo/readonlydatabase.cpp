#include "readonlydatabase.h"

#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

#include <cstring>

namespace waymark::geo {

namespace {
void configureOnce()
{
    // As Workspace::open does, and before SQLite initialises: whichever opens
    // first (the map's world layer often does) must not leave the global
    // allocation statistics on, whose mutex costs a tenth of a bulk import.
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
}

void harden(sqlite3* db)
{
    // The file is data from outside: its schema may not run functions with
    // side effects, and the connection refuses writes that could corrupt it.
    sqlite3_db_config(db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_DEFENSIVE, 1, nullptr);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    sqlite3_limit(db, SQLITE_LIMIT_LENGTH, 256 * 1024 * 1024);
}
} // namespace

ReadOnlyDatabase::~ReadOnlyDatabase()
{
    if (m_db)
        sqlite3_close_v2(m_db);
}

Result<std::unique_ptr<ReadOnlyDatabase>> ReadOnlyDatabase::openFile(const QString& path, const QString& kind)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile())
        return Error(QCoreApplication::translate("ReadOnlyDatabase", "The %1 file %2 does not exist.").arg(kind, path));
    configureOnce();
    std::unique_ptr<ReadOnlyDatabase> db(new ReadOnlyDatabase);
    db->m_name = path;
    const QByteArray file = QFile::encodeName(path);
    const int rc = sqlite3_open_v2(file.constData(), &db->m_db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr);
    if (rc != SQLITE_OK)
        return Error(
            QCoreApplication::translate("ReadOnlyDatabase", "The %1 file %2 could not be opened.").arg(kind, path),
            db->m_db ? db->lastError() : QString::fromUtf8(sqlite3_errstr(rc)));
    harden(db->m_db);
    return probe(std::move(db), kind);
}

Result<std::unique_ptr<ReadOnlyDatabase>> ReadOnlyDatabase::openBytes(
    const QByteArray& bytes, const QString& name, const QString& kind)
{
    configureOnce();
    std::unique_ptr<ReadOnlyDatabase> db(new ReadOnlyDatabase);
    db->m_name = name;
    if (sqlite3_open_v2(":memory:", &db->m_db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
        return Error(QCoreApplication::translate("ReadOnlyDatabase", "The %1 %2 could not be opened.").arg(kind, name),
            db->m_db ? db->lastError() : QString());
    harden(db->m_db);
    const sqlite3_int64 size = bytes.size();
    auto* buffer = static_cast<unsigned char*>(sqlite3_malloc64(sqlite3_uint64(size > 0 ? size : 1)));
    if (!buffer)
        return Error(
            QCoreApplication::translate("ReadOnlyDatabase", "Not enough memory to open the %1 %2.").arg(kind, name));
    if (size > 0)
        std::memcpy(buffer, bytes.constData(), size_t(size));
    // SQLite owns the buffer from here, even when deserializing fails.
    const int rc = sqlite3_deserialize(
        db->m_db, "main", buffer, size, size, SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_READONLY);
    if (rc != SQLITE_OK)
        return Error(QCoreApplication::translate("ReadOnlyDatabase", "The %1 %2 could not be opened.").arg(kind, name),
            db->lastError());
    return probe(std::move(db), kind);
}

Result<std::unique_ptr<ReadOnlyDatabase>> ReadOnlyDatabase::probe(
    std::unique_ptr<ReadOnlyDatabase> db, const QString& kind)
{
    // SQLite opens lazily: the first read is what finds out whether the bytes are a database at all.
    Query q(*db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
    if (!q.isValid() || !q.next())
        return Error(QCoreApplication::translate(
                         "ReadOnlyDatabase", "%1 is not a %2: it is not a SQLite database, or it is damaged.")
                         .arg(db->m_name, kind),
            db->lastError());
    return db;
}

QString ReadOnlyDatabase::lastError() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

bool ReadOnlyDatabase::hasTable(const QString& table) const
{
    Query q(*this, QStringLiteral("SELECT 1 FROM sqlite_master WHERE type IN ('table', 'view') AND name = ?1"));
    q.bind(1, table);
    return q.next();
}

void ReadOnlyDatabase::setCancel(const Feedback* feedback)
{
    if (!feedback) {
        sqlite3_progress_handler(m_db, 0, nullptr, nullptr);
        return;
    }
    sqlite3_progress_handler(
        m_db, 10000, [](void* f) -> int { return static_cast<const Feedback*>(f)->isCanceled() ? 1 : 0; },
        const_cast<Feedback*>(feedback));
}

QString ReadOnlyDatabase::quoted(const QString& identifier)
{
    QString s = identifier;
    s.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + s + QLatin1Char('"');
}

ReadOnlyDatabase::Query::Query(const ReadOnlyDatabase& db, const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(db.m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_failed = true;
    }
}

ReadOnlyDatabase::Query::~Query()
{
    sqlite3_finalize(m_stmt);
}

ReadOnlyDatabase::Query& ReadOnlyDatabase::Query::bind(int index, qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

ReadOnlyDatabase::Query& ReadOnlyDatabase::Query::bind(int index, const QString& text)
{
    if (m_stmt) {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    return *this;
}

bool ReadOnlyDatabase::Query::next()
{
    if (!m_stmt || m_failed)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    return false;
}

int ReadOnlyDatabase::Query::columnCount() const
{
    return m_stmt ? sqlite3_column_count(m_stmt) : 0;
}

QString ReadOnlyDatabase::Query::columnName(int column) const
{
    return QString::fromUtf8(sqlite3_column_name(m_stmt, column));
}

bool ReadOnlyDatabase::Query::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 ReadOnlyDatabase::Query::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double ReadOnlyDatabase::Query::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString ReadOnlyDatabase::Query::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView ReadOnlyDatabase::Query::blob(int column) const
{
    const auto* p = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    return QByteArrayView(p, sqlite3_column_bytes(m_stmt, column));
}

QVariant ReadOnlyDatabase::Query::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(int64(column));
    case SQLITE_FLOAT:
        return QVariant(real(column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB:
        return QVariant(blob(column).toByteArray());
    default:
        return QVariant();
    }
}

} // namespace waymark::geo
