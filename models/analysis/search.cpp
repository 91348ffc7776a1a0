#include "analysis/search.h"

#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace waymark::analysis {

namespace {
constexpr QChar openMark(u'\x01');
constexpr QChar closeMark(u'\x02');

/// Splits FTS5 snippet() output with our marks into plain text and ranges.
void setSnippet(Search::Hit& hit, const QString& marked)
{
    QString plain;
    plain.reserve(marked.size());
    int start = -1;
    for (QChar c : marked) {
        if (c == openMark) {
            start = int(plain.size());
        } else if (c == closeMark) {
            if (start >= 0)
                hit.highlights.append({ start, int(plain.size()) - start });
            start = -1;
        } else {
            plain += c;
        }
    }
    hit.snippet = plain;
}

/// Digits of a phone query without a leading 0 (trunk prefix), for LIKE.
QString phoneDigits(const QString& query)
{
    QString digits;
    for (QChar c : query)
        if (c.isDigit())
            digits += c;
    while (digits.startsWith(QLatin1Char('0')))
        digits.remove(0, 1);
    return digits;
}

// SQL that reduces a phone column to its digits.
QString digitsOf(const QString& column)
{
    return QStringLiteral(
        "replace(replace(replace(replace(replace(%1, ' ', ''), '+', ''), '-', ''), '(', ''), ')', '')")
        .arg(column);
}

/// The query with every word that holds punctuation FTS5 would refuse (a
/// full stop, an apostrophe, @, /, &…) made a phrase of its parts, as the
/// index holds them ("j.smith@mail.com" → "j smith mail com"), and commas
/// and semicolons read as spaces ("WANG,Yusuf" → WANG Yusuf). Quoted phrases, operators,
/// parentheses, prefixes (*) and column filters (:) are left as written, so
/// a query that is wrong in those still gets its clear message.
QString withPunctuationQuoted(const QString& query)
{
    auto syntax = [](QChar c) {
        return c == QLatin1Char('*') || c == QLatin1Char(':') || c == QLatin1Char('^') || c == QLatin1Char('+')
            || c == QLatin1Char('-');
    };
    auto wordChar = [](QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_') || c.unicode() > 127; };
    QString out;
    qsizetype i = 0;
    const qsizetype n = query.size();
    while (i < n) {
        const QChar c = query[i];
        if (c == QLatin1Char('"')) { // a phrase, copied to its closing quote (or the end)
            const qsizetype close = query.indexOf(QLatin1Char('"'), i + 1);
            const qsizetype end = close < 0 ? n : close + 1;
            out += query.mid(i, end - i);
            i = end;
            continue;
        }
        if (c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')')) {
            out += c;
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < n && !query[end].isSpace() && query[end] != QLatin1Char('"') && query[end] != QLatin1Char('(')
            && query[end] != QLatin1Char(')'))
            ++end;
        // A comma or semicolon separates words ("WANG,Yusuf"); other
        // punctuation sits inside one (an e-mail address, "O'Brien").
        const QStringList words
            = query.mid(i, end - i).split(QRegularExpression(QStringLiteral("[,;]")), Qt::SkipEmptyParts);
        i = end;
        for (const QString& word : words) {
            if (!out.isEmpty() && !out.back().isSpace() && out.back() != QLatin1Char('('))
                out += QLatin1Char(' ');
            if (std::all_of(word.begin(), word.end(), [&](QChar ch) { return wordChar(ch) || syntax(ch); })) {
                out += word;
                continue;
            }
            QStringList parts;
            QString part;
            for (QChar ch : word) {
                if (wordChar(ch)) {
                    part += ch;
                } else if (!part.isEmpty()) {
                    parts << part;
                    part.clear();
                }
            }
            if (!part.isEmpty())
                parts << part;
            if (!parts.isEmpty())
                out += QLatin1Char('"') + parts.join(QLatin1Char(' ')) + QLatin1Char('"')
                    + (word.endsWith(QLatin1Char('*')) ? QStringLiteral("*") : QString());
        }
    }
    return out.trimmed();
}

Error syntaxError(const QString& query, const Error& e)
{
    QString why = e.detail.section(QStringLiteral(" in: "), 0, 0);
    return Error(QCoreApplication::translate("Search",
                     "The search \u201c%1\u201d cannot be read (%2). Put a phrase in double quotes, end a word with * "
                     "to match its beginning; AND, OR, NOT and NEAR are operators.")
                     .arg(query, why),
        e.detail);
}
} // namespace

QString Search::Hit::snippetHtml() const
{
    QString html;
    int at = 0;
    for (const auto& [start, length] : highlights) {
        html += snippet.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<b>") + snippet.mid(start, length).toHtmlEscaped() + QStringLiteral("</b>");
        at = start + length;
    }
    html += snippet.mid(at).toHtmlEscaped();
    return html;
}

bool Search::isPhoneLike(const QString& query)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9 ().-]+$"));
    return re.match(query.trimmed()).hasMatch() && phoneDigits(query).size() >= 6;
}

QString Search::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Incident:
        return QCoreApplication::translate("Search", "Incidents");
    case Kind::Entity:
        return QCoreApplication::translate("Search", "People, businesses, phones…");
    case Kind::Report:
        return QCoreApplication::translate("Search", "Reports");
    case Kind::Account:
        break;
    }
    return QCoreApplication::translate("Search", "Accounts");
}

Result<Search::Page> Search::run(store::Workspace& ws, const QString& rawQuery, Kind kind, int offset, int limit)
{
    Page page;
    const QString query = rawQuery.trimmed();
    if (query.isEmpty() || limit <= 0)
        return page;
    const bool phone = isPhoneLike(query);
    const QString digits = phoneDigits(query);
    // FTS5 would read "+44 7148…" as syntax: a phone is a phrase of its digit groups.
    QString match = withPunctuationQuoted(query);
    if (phone) {
        QStringList groups = query.split(QRegularExpression(QStringLiteral("[^0-9]+")), Qt::SkipEmptyParts);
        match = QLatin1Char('"') + groups.join(QLatin1Char(' ')) + QLatin1Char('"');
    }
    const QString marks = QStringLiteral("'\x01', '\x02', '\u2026', 12");
    QString sql;
    switch (kind) {
    case Kind::Incident:
        sql = QStringLiteral("SELECT f.rowid, snippet(incident_fts, 0, %1), '' FROM incident_fts f "
                             "WHERE incident_fts MATCH ?1 ORDER BY f.rowid DESC LIMIT ?2 OFFSET ?3")
                  .arg(marks);
        break;
    case Kind::Entity:
        if (phone)
            sql = QStringLiteral("SELECT e.id, e.label, e.type FROM entities e WHERE e.type = 'phone' AND %1 LIKE "
                                 "'%' || ?4 || '%' ORDER BY e.id LIMIT ?2 OFFSET ?3")
                      .arg(digitsOf(QStringLiteral("e.label")));
        else
            sql = QStringLiteral("SELECT f.rowid, e.label, e.type, snippet(entity_fts, -1, %1) FROM entity_fts f "
                                 "JOIN entities e ON e.id = f.rowid WHERE entity_fts MATCH ?1 ORDER BY f.rank "
                                 "LIMIT ?2 OFFSET ?3")
                      .arg(marks);
        break;
    case Kind::Report:
        // A phone number is a phrase of its digit groups here too, as reports write them.
        sql = QStringLiteral("SELECT f.rowid, r.title, r.updated_at, snippet(report_fts, -1, %1) FROM report_fts f "
                             "JOIN reports r ON r.id = f.rowid WHERE report_fts MATCH ?1 ORDER BY f.rank "
                             "LIMIT ?2 OFFSET ?3")
                  .arg(marks);
        break;
    case Kind::Account:
        if (phone)
            sql = QStringLiteral("SELECT a.id, a.account_key, coalesce(a.customer_name, ''), a.phone FROM accounts a "
                                 "WHERE %1 LIKE '%' || ?4 || '%' ORDER BY a.id LIMIT ?2 OFFSET ?3")
                      .arg(digitsOf(QStringLiteral("coalesce(a.phone, '')")));
        else
            sql = QStringLiteral(
                "SELECT a.id, a.account_key, coalesce(a.customer_name, ''), coalesce(a.bank, '') FROM accounts a "
                "WHERE a.account_key LIKE '%' || ?5 || '%' ESCAPE '\\' OR a.customer_name LIKE '%' || ?5 || '%' "
                "ESCAPE '\\' ORDER BY a.account_key LIMIT ?2 OFFSET ?3");
        break;
    }
    store::Statement st(ws.handle(), sql.toStdString());
    if (!st.isValid())
        return st.prepareError();
    QString like = query;
    like.replace(QLatin1String("\\"), QLatin1String("\\\\"))
        .replace(QLatin1String("%"), QLatin1String("\\%"))
        .replace(QLatin1String("_"), QLatin1String("\\_"));
    like.remove(QLatin1Char('"'));
    // Unused parameters are simply ignored by SQLite.
    st.bind(1, match);
    st.bind(2, qint64(limit) + 1);
    st.bind(3, qint64(std::max(0, offset)));
    if (sql.contains(QLatin1String("?4")))
        st.bind(4, digits);
    if (sql.contains(QLatin1String("?5")))
        st.bind(5, like);
    while (st.next()) {
        if (page.hits.size() == limit) {
            page.hasMore = true;
            break;
        }
        Hit hit;
        hit.kind = kind;
        hit.id = st.int64(0);
        switch (kind) {
        case Kind::Incident:
            hit.title = QCoreApplication::translate("Search", "Incident %1").arg(hit.id);
            setSnippet(hit, st.text(1));
            break;
        case Kind::Entity:
            hit.title = st.text(1);
            hit.detail = st.text(2);
            if (phone) {
                hit.snippet = hit.title;
                hit.highlights.append({ 0, int(hit.title.size()) });
            } else {
                setSnippet(hit, st.text(3));
            }
            break;
        case Kind::Report: {
            hit.title = st.text(1);
            hit.detail = QCoreApplication::translate("Search", "report, saved %1").arg(st.text(2).left(10));
            setSnippet(hit, st.text(3)); // FTS5 picks the column that matches best

            break;
        }
        case Kind::Account:
            hit.title = st.text(1);
            hit.detail = st.text(2);
            hit.snippet = phone ? st.text(3) : hit.title + QStringLiteral(" · ") + hit.detail;
            if (!phone) {
                const int at = int(hit.snippet.indexOf(query, 0, Qt::CaseInsensitive));
                if (at >= 0)
                    hit.highlights.append({ at, int(query.size()) });
            } else {
                hit.highlights.append({ 0, int(hit.snippet.size()) });
            }
            break;
        }
        page.hits.append(hit);
    }
    if (Error e = st.error(); !e.message.isEmpty()) {
        // With MATCH, the query is the only input SQLite can refuse: tell how to write it.
        const bool unreadable = sql.contains(QLatin1String("MATCH"));
        return unreadable ? syntaxError(query, e) : e;
    }
    return page;
}

} // namespace waymark::analysis
