#pragma once

#include "core/result.h"
#include "store/statement.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <string_view>

struct sqlite3;

namespace waymark::store {

class AuditLog;

/// One investigation: a single SQLite file (`*.waymark`) holding everything
/// imported, derived and written. Opening migrates the schema forward
/// (`PRAGMA user_version`), turns on WAL and foreign keys, and refuses files
/// that are not workspaces or come from a newer Waymark.
///
/// A Workspace is one connection: use it from one thread only, and open a
/// second Workspace on the same file for another thread.
class Workspace {
public:
    enum class Mode { OpenExisting, Create, OpenOrCreate };

    static Result<std::unique_ptr<Workspace>> open(const QString& path, Mode mode = Mode::OpenOrCreate);
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    static int currentSchemaVersion();
    /// The SQLite application_id every workspace carries ("WYMK").
    static constexpr int applicationId = 0x57594D4B;

    QString path() const;
    int schemaVersion() const;
    sqlite3* handle() const;

    /// A statement prepared once per connection and reused; reset before it is returned.
    Statement& cached(std::string_view sql);
    /// Runs one or more statements that return no rows.
    Status exec(std::string_view sql);
    qint64 lastInsertId() const;
    int changes() const;
    /// Rows in a table of the schema (the name is checked against the schema).
    qint64 count(const QString& table);
    /// The first column of the first row of a query, as an integer (0 if none).
    qint64 scalar(std::string_view sql);
    /// The first column of every row of a query, as text.
    QStringList strings(std::string_view sql);

    /// Named documents (column mapping presets, link charts): tables of
    /// (name, data, updated_at). put replaces a document of the same name.
    Status putNamed(std::string_view table, const QString& name, const QString& data);
    /// The document's data, if there is one of that name.
    std::optional<QString> getNamed(std::string_view table, const QString& name);

    QString meta(const QString& key) const;
    Status setMeta(const QString& key, const QString& value);

    AuditLog& audit();

private:
    Workspace();
    Status configure(bool created);
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace waymark::store
