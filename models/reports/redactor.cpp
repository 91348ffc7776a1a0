#include "redactor.h"

#include "store/workspace.h"

#include <QRegularExpression>

#include <algorithm>

namespace waymark::reports {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

/// Start offsets and lengths of runs of letters and digits.
std::vector<std::pair<int, int>> tokens(const QString& text)
{
    std::vector<std::pair<int, int>> out;
    int i = 0;
    const int n = int(text.size());
    while (i < n) {
        while (i < n && !isWordChar(text.at(i)))
            ++i;
        const int s = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        if (i > s)
            out.push_back({ s, i - s });
    }
    return out;
}

QString decodeEntities(QString s)
{
    s.replace(QLatin1String("&nbsp;"), QStringLiteral("\u00a0"));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&apos;"), QLatin1String("'"));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s;
}

} // namespace

Result<Redactor> Redactor::fromWorkspace(store::Workspace& ws)
{
    Redactor r;
    struct Query {
        const char* sql;
        const char* category;
    };
    const Query queries[] = {
        { "SELECT label FROM entities WHERE type = 'person'", "PERSON" },
        { "SELECT label FROM entities WHERE type = 'phone'", "PHONE" },
        { "SELECT label FROM entities WHERE type = 'email'", "EMAIL" },
        { "SELECT label FROM entities WHERE type = 'address'", "ADDRESS" },
        { "SELECT label FROM entities WHERE type = 'account'", "ACCOUNT" },
        { "SELECT label FROM entities WHERE type = 'vehicle'", "VEHICLE" },
        { "SELECT label FROM entities WHERE type = 'online_ad'", "AD" },
        { "SELECT customer_name FROM accounts WHERE customer_name IS NOT NULL", "PERSON" },
        { "SELECT phone FROM accounts WHERE phone IS NOT NULL", "PHONE" },
        { "SELECT email FROM accounts WHERE email IS NOT NULL", "EMAIL" },
        { "SELECT address FROM accounts WHERE address IS NOT NULL", "ADDRESS" },
        { "SELECT account_key FROM accounts", "ACCOUNT" },
    };
    for (const Query& q : queries) {
        store::Statement st(ws.handle(), q.sql);
        if (!st.isValid())
            return st.prepareError();
        while (st.next())
            r.addIdentifier(st.text(0), QLatin1String(q.category));
        if (Error e = st.error(); !e.isNull())
            return e;
    }
    return r;
}

void Redactor::addIdentifier(const QString& value, const QString& category)
{
    const QString v = value.trimmed();
    const auto t = tokens(v);
    // Single letters and bare short numbers would blank out ordinary text.
    if (t.empty() || v.size() < 3)
        return;
    const QString first = v.mid(t.front().first, t.front().second).toCaseFolded();
    auto& list = m_byFirstToken[first];
    for (int k : list) {
        if (m_identifiers[size_t(k)].value.compare(v, Qt::CaseInsensitive) == 0)
            return;
    }
    m_identifiers.push_back({ v, category, t.front().first });
    list.push_back(int(m_identifiers.size()) - 1);
    std::stable_sort(list.begin(), list.end(),
        [this](int a, int b) { return m_identifiers[size_t(a)].value.size() > m_identifiers[size_t(b)].value.size(); });
}

QString Redactor::placeholderFor(const QString& value, const QString& category)
{
    const QString key = value.trimmed().toCaseFolded();
    auto it = m_assigned.constFind(key);
    if (it != m_assigned.constEnd())
        return it.value();
    const int n = ++m_counters[category];
    const QString p = QStringLiteral("[%1-%2]").arg(category).arg(n);
    m_assigned.insert(key, p);
    return p;
}

QString Redactor::apply(const QString& text)
{
    if (text.isEmpty())
        return text;
    // Known identifiers, matched from their first word.
    QString out;
    int copied = 0;
    for (const auto& [start, len] : tokens(text)) {
        if (start < copied)
            continue;
        auto it = m_byFirstToken.constFind(text.mid(start, len).toCaseFolded());
        if (it == m_byFirstToken.constEnd())
            continue;
        for (int k : it.value()) {
            const Identifier& id = m_identifiers[size_t(k)];
            const int s = start - id.firstTokenOffset;
            const int e = s + int(id.value.size());
            if (s < copied || e > text.size())
                continue;
            if (text.mid(s, id.value.size()).compare(id.value, Qt::CaseInsensitive) != 0)
                continue;
            if ((s > 0 && isWordChar(text.at(s - 1)) && isWordChar(text.at(s)))
                || (e < text.size() && isWordChar(text.at(e)) && isWordChar(text.at(e - 1))))
                continue;
            out += text.mid(copied, s - copied);
            out += placeholderFor(id.value, id.category);
            copied = e;
            break;
        }
    }
    out += text.mid(copied);
    // Identifiers the workspace does not hold, by their shape.
    static const struct {
        QRegularExpression re;
        const char* category;
    } shapes[] = {
        { QRegularExpression(QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}")), "EMAIL" },
        { QRegularExpression(QStringLiteral("\\b[A-Z]{2}\\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\\b")),
            "ACCOUNT" },
        { QRegularExpression(QStringLiteral("(?:\\+\\d{1,3}[ -]?|(?<![\\w-])0)\\d[\\d -]{6,}\\d")), "PHONE" },
    };
    for (const auto& shape : shapes) {
        QString next;
        int at = 0;
        auto it = shape.re.globalMatch(out);
        while (it.hasNext()) {
            const auto m = it.next();
            next += out.mid(at, m.capturedStart(0) - at);
            next += placeholderFor(m.captured(0), QLatin1String(shape.category));
            at = int(m.capturedEnd(0));
        }
        next += out.mid(at);
        out = next;
    }
    return out;
}

QString Redactor::applyToHtml(const QString& html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QString out;
    int at = 0;
    auto it = tag.globalMatch(html);
    auto text = [&](int from, int to) {
        if (to > from)
            out += apply(decodeEntities(html.mid(from, to - from))).toHtmlEscaped();
    };
    while (it.hasNext()) {
        const auto m = it.next();
        text(at, int(m.capturedStart(0)));
        QString t = m.captured(0);
        // Links and titles carry text too (mailto:, tel:).
        static const QRegularExpression attr(QStringLiteral("\\s(href|title|alt)=\"[^\"]*\""));
        t.replace(attr, QString());
        out += t;
        at = int(m.capturedEnd(0));
    }
    text(at, int(html.size()));
    return out;
}

ReportDocument Redactor::apply(const ReportDocument& doc)
{
    ReportDocument r = doc;
    r.title = apply(doc.title);
    r.marking.conditions = apply(doc.marking.conditions);
    for (KeyJudgement& j : r.judgements) {
        j.statement = apply(j.statement);
        j.rationale = apply(j.rationale);
        for (Evidence& e : j.evidence) {
            e.label = apply(e.label);
            e.key = apply(e.key);
            e.caveat = apply(e.caveat);
        }
    }
    for (Section& s : r.sections)
        s.html = applyToHtml(s.html);
    for (Figure& f : r.figures) {
        f.caption = apply(f.caption);
        if (f.personal) {
            r.images.remove(f.imageSha);
            f.imageSha.clear();
        }
    }
    r.dismissals.clear();
    return r;
}

} // namespace waymark::reports
