#pragma once

#include "core/result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace waymark::store {
class Workspace;
}

namespace waymark::analysis {

/// Text search over the workspace: incident summaries (incident_fts),
/// entity labels and attributes (entity_fts), bank accounts (key,
/// customer name, phone) and reports (report_fts: title, judgement
/// statements and section text of each report's newest saved version). Queries use SQLite FTS5 syntax: "a phrase" in
/// double quotes, traff* for a prefix, AND / OR / NOT / NEAR; a query FTS5
/// cannot read is an Error with a message saying how to write it, never a
/// crash. A query that looks like a phone number (digits with + ( ) - and
/// spaces) matches phone entities and account phones by their digits,
/// whatever their spacing, and with or without a leading 0 or country code.
/// Results come a page at a time: entities, reports and accounts by relevance,
/// incidents newest first (ranking a million summaries would cost half a
/// second; the first page costs milliseconds).
class Search {
public:
    enum class Kind { Incident, Entity, Account, Report };

    struct Hit {
        Kind kind = Kind::Incident;
        qint64 id = 0;
        QString title; ///< what the result is: an entity's label, "Incident 42", an account key, a report's title
        QString detail; ///< its type, the account holder, or where in a report the match is
        QString snippet; ///< plain text around the match
        QList<QPair<int, int>> highlights; ///< (start, length) in snippet of each matched term
        /// The snippet as rich text with the matched terms in bold, escaped.
        QString snippetHtml() const;
    };
    struct Page {
        QList<Hit> hits;
        bool hasMore = false;
    };

    /// One page of one kind of result. A blank query gives an empty page.
    static Result<Page> run(
        store::Workspace& workspace, const QString& query, Kind kind, int offset = 0, int limit = 20);
    static bool isPhoneLike(const QString& query);
    static QString kindName(Kind kind);
};

} // namespace waymark::analysis
