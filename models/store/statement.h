#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace waymark::store {

class Statement;

/// `name` as an SQL identifier in double quotes, its own quotes doubled.
std::string quotedIdentifier(std::string_view name);

/// Sees what a statement binds and when it runs: RowDigestRecorder lays out
/// the rows an INSERT writes from the values bound to it.
class StatementTap {
public:
    /// A value bound to parameter `index` (1-based); `type` is SQLite's
    /// (SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB, SQLITE_NULL).
    /// `bytes` lives only for the call.
    virtual void bound(int index, int type, qint64 integer, double real, std::string_view bytes) = 0;
    /// Every parameter is NULL again.
    virtual void cleared() = 0;
    /// exec() is about to run the statement; false when the tap is not
    /// interested in this run.
    virtual bool aboutToRun() = 0;
    /// The run aboutToRun() accepted has ended.
    virtual void ran() = 0;
    /// The statement is going away or moving: it no longer calls the tap.
    virtual void detach(Statement* statement) = 0;

protected:
    ~StatementTap() = default;
};

/// A prepared SQLite statement. Bind parameters are 1-based as in SQLite.
/// Text bound from a std::string_view is copied by SQLite only when needed
/// (SQLITE_TRANSIENT), so views into a reader's buffer are safe to bind.
class Statement {
public:
    Statement() = default;
    Statement(sqlite3* db, std::string_view sql);
    ~Statement();
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    /// Why preparing failed, if it did.
    const Error& prepareError() const { return m_prepareError; }

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view utf8);
    Statement& bind(int index, const QString& text);
    Statement& bindBlob(int index, std::string_view bytes);
    /// Integers, doubles and strings; a null QVariant binds NULL.
    Statement& bind(int index, const QVariant& value);
    Statement& bindNull(int index);
    /// Binds NULL for an empty view, the text otherwise.
    Statement& bindTextOrNull(int index, std::string_view utf8);
    /// Binds text without copying it (SQLITE_STATIC), for bulk inserts from
    /// a reader's buffer: the bytes must stay as they are until the
    /// statement has run, and clearBindings() must be called before they go.
    Statement& bindView(int index, std::string_view utf8);
    /// bindView, or NULL for an empty view.
    Statement& bindViewOrNull(int index, std::string_view utf8);
    /// Sets every parameter to NULL (drops bindView's pointers).
    Statement& clearBindings();
    Statement& bindTextOrNull(int index, const QString& text);

    /// Tells `tap` of every binding and run from now on (null: none).
    void setTap(StatementTap* tap) { m_tap = tap; }
    StatementTap* tap() const { return m_tap; }
    /// The SQL the statement was prepared from.
    const char* sql() const;
    /// How many parameters it has.
    int parameterCount() const;

    /// Steps once. Returns true while there is a row; false when done or on
    /// error (then error() says why).
    bool next();
    /// Runs to completion and resets for the next use; the error, if any.
    Status exec();
    void reset();
    Error error() const;

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    /// The column's UTF-8 bytes without a copy, valid until the next step
    /// (QByteArray::fromRawData): for lookups, not to keep.
    QByteArray utf8View(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    sqlite3_stmt* m_stmt = nullptr;
    sqlite3* m_db = nullptr;
    int m_lastCode = 0;
    Error m_prepareError;
    StatementTap* m_tap = nullptr;
};

} // namespace waymark::store
