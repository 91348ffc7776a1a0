#pragma once

#include <QString>
#include <QStringList>

#include <initializer_list>
#include <memory>
#include <string_view>

namespace waymark::store {

class Workspace;

/// The digest of one extract's rows (RowDigest's text form, to the bit),
/// recorded while the rows are written instead of read back before commit.
///
/// From construction to finish(), SQLite's pre-update hook hands over every
/// row inserted, updated or deleted in a table of the digest; a row whose
/// `extract_id` is the extract's is hashed from the values as stored (after
/// column affinity) and added to, or taken from, its table's sum. SQLite
/// does not call the hook for WITHOUT ROWID tables: the caller names those
/// whose rows it reports itself with addRow(); any other such table, and a
/// table whose shape the hook does not match, is read back by finish() as
/// RowDigest::ofExtract does. A savepoint rolled back while recording would
/// leave hashed rows that are gone: a recorder is for one import, which
/// either commits everything or nothing.
///
/// One recorder per connection at a time; it owns the connection's hook.
class RowDigestRecorder {
public:
    /// `reported`: WITHOUT ROWID tables every row of which the caller passes
    /// to addRow() after writing it.
    RowDigestRecorder(Workspace& workspace, qint64 extractId, const QStringList& reported = {});
    ~RowDigestRecorder();
    RowDigestRecorder(const RowDigestRecorder&) = delete;
    RowDigestRecorder& operator=(const RowDigestRecorder&) = delete;

    /// One column's value as SQLite stores it.
    struct Value {
        const char* column;
        int type; ///< SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL
        qint64 integer = 0;
        double real = 0;
        std::string_view bytes = {};

        static Value ofInt(const char* column, qint64 v);
        static Value ofText(const char* column, std::string_view v);
    };
    /// A row just written to a `reported` table: every column that is not
    /// NULL, by name.
    void addRow(std::string_view table, std::initializer_list<Value> values);

    /// Stops recording and returns the digest text.
    QString finish();
    /// How many rows were laid out from the values bound to a cached INSERT
    /// (Workspace::cached) rather than read in the hook: a plain INSERT INTO
    /// a table of the digest, whose values SQLite stores as they were bound.
    qint64 rowsFromBindings() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace waymark::store
