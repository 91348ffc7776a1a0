#pragma once

#include "core/feedback.h"
#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <memory>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace waymark::geo {

/// A SQLite file that someone else wrote (a GeoPackage, an MBTiles tile set),
/// opened read-only and distrusting its schema: from a path
/// (SQLITE_OPEN_READONLY) or from bytes in memory (sqlite3_deserialize, for
/// built-in resources and fuzzing). Internal to geo/: GeoPackage and MbTiles
/// wrap it. One connection, so one thread at a time.
class ReadOnlyDatabase {
public:
    /// `kind` names what the file should be in messages ("GeoPackage", "MBTiles").
    static Result<std::unique_ptr<ReadOnlyDatabase>> openFile(const QString& path, const QString& kind);
    /// `name` stands for the file in messages.
    static Result<std::unique_ptr<ReadOnlyDatabase>> openBytes(
        const QByteArray& bytes, const QString& name, const QString& kind);
    ~ReadOnlyDatabase();

    const QString& name() const { return m_name; }
    sqlite3* handle() const { return m_db; }
    /// SQLite's text for the last failure on this connection.
    QString lastError() const;
    /// True when a table or view of that name exists.
    bool hasTable(const QString& table) const;

    /// While set, SQLite polls `feedback` every few thousand instructions
    /// and interrupts the running statement once it is canceled, so a slow
    /// query (a view in a hostile file) can be canceled too. Null to stop.
    void setCancel(const Feedback* feedback);

    /// A double-quoted SQL identifier.
    static QString quoted(const QString& identifier);

    /// A prepared statement, finalized on destruction.
    class Query {
    public:
        Query(const ReadOnlyDatabase& db, const QString& sql);
        ~Query();
        Query(const Query&) = delete;
        Query& operator=(const Query&) = delete;

        bool isValid() const { return m_stmt != nullptr; }
        Query& bind(int index, qint64 value);
        Query& bind(int index, const QString& text);
        /// True while there is a row; false when done or failed (then failed() says so).
        bool next();
        bool failed() const { return m_failed; }

        int columnCount() const;
        QString columnName(int column) const;
        bool isNull(int column) const;
        qint64 int64(int column) const;
        double real(int column) const;
        QString text(int column) const;
        /// Valid until the next step.
        QByteArrayView blob(int column) const;
        /// INTEGER as qint64, REAL as double, TEXT as QString, BLOB as QByteArray, NULL as a null QVariant.
        QVariant value(int column) const;

    private:
        sqlite3_stmt* m_stmt = nullptr;
        bool m_failed = false;
    };

private:
    ReadOnlyDatabase() = default;
    static Result<std::unique_ptr<ReadOnlyDatabase>> probe(std::unique_ptr<ReadOnlyDatabase> db, const QString& kind);
    sqlite3* m_db = nullptr;
    QString m_name;
};

} // namespace waymark::geo
