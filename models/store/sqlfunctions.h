#pragma once

#include <QString>

struct sqlite3;

namespace waymark::store {

/// SQL functions every workspace connection has, because the schema's
/// triggers call them (a connection without them could not save a report):
///
///   waymark_plain_text(html) → the text of a rich-text fragment, tags,
///   style sheets and entities gone, blocks separated by spaces; used to
///   index report sections for search (schema version 5).
class SqlFunctions {
public:
    /// Registers the functions on a connection; false if SQLite refused.
    static bool install(sqlite3* db);
    /// What waymark_plain_text() computes.
    static QString plainText(const QString& html);
};

} // namespace waymark::store
