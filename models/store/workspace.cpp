#include "workspace.h"

#include "store/auditlog.h"
#include "store/schema.h"
#include "store/sqlfunctions.h"

#include <QDateTime>
#include <QFileInfo>

#include <sqlite3.h>

#include <string>
#include <unordered_map>

namespace waymark::store {

struct Workspace::Private {
    sqlite3* db = nullptr;
    QString path;
    std::unordered_map<std::string, std::unique_ptr<Statement>> cache;
    std::unique_ptr<AuditLog> audit;

    ~Private()
    {
        cache.clear();
        if (db)
            sqlite3_close_v2(db);
    }
};

Workspace::Workspace()
    : d(std::make_unique<Private>())
{
}

Workspace::~Workspace() = default;

int Workspace::currentSchemaVersion()
{
    return Schema::latestVersion();
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString& path, Mode mode)
{
    const bool exists = QFileInfo::exists(path);
    if (mode == Mode::OpenExisting && !exists)
        return Error(QCoreApplication::translate("Workspace", "The workspace %1 does not exist.").arg(path));
    if (mode == Mode::Create && exists)
        return Error(QCoreApplication::translate("Workspace", "%1 already exists; choose another name.").arg(path));

    // Before SQLite initialises: no global allocation statistics, whose mutex
    // costs a tenth of a bulk import.
    static const int configured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    Q_UNUSED(configured);
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->d->path = path;
    const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (exists ? 0 : SQLITE_OPEN_CREATE);
    const QByteArray file = QFile::encodeName(path);
    if (sqlite3_open_v2(file.constData(), &ws->d->db, flags, nullptr) != SQLITE_OK) {
        return Error(QCoreApplication::translate("Workspace", "The workspace %1 could not be opened.").arg(path),
            ws->d->db ? QString::fromUtf8(sqlite3_errmsg(ws->d->db)) : QString());
    }
    sqlite3_extended_result_codes(ws->d->db, 1);
    sqlite3_busy_timeout(ws->d->db, 5000);
    SqlFunctions::install(ws->d->db); // before migrating: the schema's triggers call them
    if (Status st = ws->configure(!exists); !st) {
        Error e = st.error();
        ws.reset();
        if (!exists)
            QFile::remove(path);
        return e;
    }
    return ws;
}

Status Workspace::configure(bool created)
{
    // A file that is not SQLite at all fails on the first read.
    const qint64 appId = scalar("PRAGMA application_id");
    const Error readError
        = Error(QCoreApplication::translate("Workspace", "%1 is not a Waymark workspace.").arg(d->path),
            QString::fromUtf8(sqlite3_errmsg(d->db)));
    if (sqlite3_errcode(d->db) != SQLITE_OK && sqlite3_errcode(d->db) != SQLITE_DONE
        && sqlite3_errcode(d->db) != SQLITE_ROW)
        return readError;
    const qint64 tables = scalar("SELECT count(*) FROM sqlite_schema");
    if (!created && tables > 0 && appId != applicationId)
        return readError;
    if (tables == 0) {
        if (Status st = exec("PRAGMA application_id = " + std::to_string(applicationId)); !st)
            return st;
    }
    if (schemaVersion() > Schema::latestVersion()) {
        return Error(QCoreApplication::translate("Workspace",
            "%1 was written by a newer Waymark (schema %2; this one reads up to %3). Update Waymark to open it.")
                         .arg(d->path)
                         .arg(schemaVersion())
                         .arg(Schema::latestVersion()));
    }
    for (const char* pragma : { "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL",
             "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536" }) {
        if (Status st = exec(pragma); !st)
            return st;
    }
    if (Status st = Schema::migrate(*this); !st)
        return st;
    d->audit = std::make_unique<AuditLog>(*this);
    if (created)
        return d->audit->append(QStringLiteral("workspace.create"), QFileInfo(d->path).fileName(),
            QStringLiteral("schema %1").arg(Schema::latestVersion()));
    return Ok {};
}

QString Workspace::path() const
{
    return d->path;
}
sqlite3* Workspace::handle() const
{
    return d->db;
}
int Workspace::schemaVersion() const
{
    return int(const_cast<Workspace*>(this)->scalar("PRAGMA user_version"));
}

Statement& Workspace::cached(std::string_view sql)
{
    auto it = d->cache.find(std::string(sql));
    if (it == d->cache.end())
        it = d->cache.emplace(std::string(sql), std::make_unique<Statement>(d->db, sql)).first;
    it->second->reset();
    return *it->second;
}

Status Workspace::exec(std::string_view sql)
{
    char* message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(d->db, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
        Error e(QCoreApplication::translate("Workspace", "The workspace refused a change."),
            QString::fromUtf8(message ? message : "") + QLatin1String(" in: ")
                + QString::fromStdString(text).left(200));
        sqlite3_free(message);
        return e;
    }
    return Ok {};
}

qint64 Workspace::lastInsertId() const
{
    return sqlite3_last_insert_rowid(d->db);
}
int Workspace::changes() const
{
    return sqlite3_changes(d->db);
}

qint64 Workspace::count(const QString& table)
{
    Statement& known = cached("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?");
    known.bind(1, table);
    if (!known.next())
        return -1;
    known.reset();
    return scalar(QString(QLatin1String("SELECT count(*) FROM \"") + table + QLatin1Char('"')).toStdString());
}

qint64 Workspace::scalar(std::string_view sql)
{
    Statement st(d->db, sql);
    return st.next() ? st.int64(0) : 0;
}

Status Workspace::putNamed(std::string_view table, const QString& name, const QString& data)
{
    // Table names come from our own code, never from input.
    const std::string sql = "INSERT INTO " + std::string(table)
        + "(name, data, updated_at) VALUES(?,?,?) "
          "ON CONFLICT(name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at";
    return cached(sql)
        .bind(1, name)
        .bind(2, data)
        .bind(3, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
        .exec();
}

std::optional<QString> Workspace::getNamed(std::string_view table, const QString& name)
{
    Statement& st = cached("SELECT data FROM " + std::string(table) + " WHERE name = ?");
    st.bind(1, name);
    std::optional<QString> data;
    if (st.next())
        data = st.text(0);
    st.reset();
    return data;
}

QStringList Workspace::strings(std::string_view sql)
{
    QStringList out;
    Statement st(d->db, sql);
    while (st.next())
        out << st.text(0);
    return out;
}

QString Workspace::meta(const QString& key) const
{
    Statement& st = const_cast<Workspace*>(this)->cached("SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    QString value = st.next() ? st.text(0) : QString();
    st.reset();
    return value;
}

Status Workspace::setMeta(const QString& key, const QString& value)
{
    return cached("INSERT INTO meta(key, value) VALUES(?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .exec();
}

AuditLog& Workspace::audit()
{
    return *d->audit;
}

} // namespace waymark::store
