#include "entityresolution.h"

#include "geo/gazetteer.h"
#include "store/auditlog.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace waymark::network {

namespace {

struct Record {
    qint64 id;
    QString type, label, name, dob;
};

Result<qint64> decide(store::Workspace& ws, const MergeSuggestion& s, const char* decision, const QString& note)
{
    store::Transaction tx(ws);
    if (!tx.isActive())
        return tx.error();
    if (Status st
        = ws.cached(
                "INSERT INTO entity_merges(kept_id, merged_id, score, reasons, decision, note, decided_at, decided_by) "
                "VALUES(?,?,?,?,?,?,?,?)")
              .bind(1, s.keep)
              .bind(2, s.merge)
              .bind(3, s.score)
              .bind(4, s.reasons.join(QLatin1String("; ")))
              .bind(5, std::string_view(decision))
              .bindTextOrNull(6, note)
              .bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
              .bind(8, store::AuditLog::currentUser())
              .exec();
        !st)
        return st.error();
    const qint64 id = ws.lastInsertId();
    if (Status st = ws.audit().append(QStringLiteral("entity.merge.") + QLatin1String(decision),
            QStringLiteral("entity %1 into %2").arg(s.merge).arg(s.keep),
            s.reasons.join(QLatin1String("; ")) + (note.isEmpty() ? QString() : QStringLiteral(" — ") + note));
        !st)
        return st.error();
    if (Status st = tx.commit(); !st)
        return st.error();
    return id;
}
} // namespace

QString EntityResolution::normalisePhone(const QString& text)
{
    QString d;
    for (QChar c : text) {
        if (c.isDigit())
            d += c;
    }
    if (d.startsWith(QLatin1String("00")))
        d = d.mid(2);
    // A UK national number (07…) and its international form (447…) are one number.
    if (d.size() == 11 && d.startsWith(QLatin1Char('0')))
        d = QStringLiteral("44") + d.mid(1);
    return d;
}

QString EntityResolution::normaliseName(const QString& text)
{
    QString s = geo::Gazetteer::nameKey(text);
    static const QRegularExpression punctuation(QStringLiteral("[^\\w\\s]"));
    s.replace(punctuation, QStringLiteral(" "));
    QStringList tokens = s.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    std::sort(tokens.begin(), tokens.end());
    return tokens.join(QLatin1Char(' '));
}

double EntityResolution::similarity(const QString& a, const QString& b)
{
    if (a == b)
        return a.isEmpty() ? 0.0 : 1.0;
    const int la = int(a.size()), lb = int(b.size());
    if (la == 0 || lb == 0)
        return 0;
    const int window = std::max(0, std::max(la, lb) / 2 - 1);
    std::vector<bool> ma(size_t(la), false), mb(size_t(lb), false);
    int matches = 0;
    for (int i = 0; i < la; ++i) {
        for (int j = std::max(0, i - window); j < std::min(lb, i + window + 1); ++j) {
            if (!mb[size_t(j)] && a.at(i) == b.at(j)) {
                ma[size_t(i)] = mb[size_t(j)] = true;
                ++matches;
                break;
            }
        }
    }
    if (matches == 0)
        return 0;
    int transpositions = 0;
    for (int i = 0, j = 0; i < la; ++i) {
        if (!ma[size_t(i)])
            continue;
        while (!mb[size_t(j)])
            ++j;
        transpositions += a.at(i) != b.at(j);
        ++j;
    }
    const double m = matches;
    const double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < 4 && prefix < la && prefix < lb && a.at(prefix) == b.at(prefix))
        ++prefix;
    return jaro + prefix * 0.1 * (1 - jaro);
}

Result<std::vector<MergeSuggestion>> EntityResolution::suggest(store::Workspace& ws)
{
    std::vector<Record> records;
    {
        store::Statement st(ws.handle(), "SELECT id, type, label, attributes FROM entities ORDER BY id");
        while (st.next()) {
            const QJsonObject attrs = QJsonDocument::fromJson(st.text(3).toUtf8()).object();
            records.push_back({ st.int64(0), st.text(1), st.text(2), normaliseName(st.text(2)),
                attrs.value(QLatin1String("dob")).toString() });
        }
        if (Error e = st.error(); !e.isNull())
            return e;
    }
    QSet<QPair<qint64, qint64>> decided;
    {
        store::Statement st(ws.handle(), "SELECT kept_id, merged_id FROM entity_merges WHERE undone_at IS NULL");
        while (st.next()) {
            decided.insert({ st.int64(0), st.int64(1) });
            decided.insert({ st.int64(1), st.int64(0) });
        }
    }
    std::vector<MergeSuggestion> out;
    auto propose = [&](qint64 a, qint64 b, double score, const QString& reason) {
        const qint64 keep = std::min(a, b), merge = std::max(a, b);
        if (keep == merge || decided.contains({ keep, merge }))
            return;
        for (MergeSuggestion& s : out) {
            if (s.keep == keep && s.merge == merge) {
                s.score = std::max(s.score, score);
                if (!s.reasons.contains(reason))
                    s.reasons << reason;
                return;
            }
        }
        out.push_back({ keep, merge, score, { reason } });
    };

    // Identifiers: the same number or address written two ways.
    QHash<QString, qint64> seen;
    for (const Record& r : records) {
        QString key;
        if (r.type == QLatin1String("phone"))
            key = QStringLiteral("phone:") + normalisePhone(r.label);
        else if (r.type == QLatin1String("email"))
            key = QStringLiteral("email:") + r.label.trimmed().toLower();
        else if (r.type == QLatin1String("account"))
            key = QStringLiteral("account:")
                + r.label.toUpper().remove(QRegularExpression(QStringLiteral("[^A-Z0-9]")));
        if (key.isEmpty() || key.endsWith(QLatin1Char(':')))
            continue;
        if (const qint64 other = seen.value(key)) {
            propose(other, r.id, 0.98,
                QCoreApplication::translate("EntityResolution", "same %1 once normalised (%2)")
                    .arg(r.type, key.section(QLatin1Char(':'), 1)));
        } else {
            seen.insert(key, r.id);
        }
    }

    // People: a similar name and something personal in common.
    std::vector<const Record*> people;
    QHash<qint64, const Record*> byId;
    for (const Record& r : records) {
        if (r.type == QLatin1String("person")) {
            people.push_back(&r);
            byId.insert(r.id, &r);
        }
    }
    QHash<QString, std::vector<const Record*>> byDob;
    for (const Record* p : people) {
        if (!p->dob.isEmpty())
            byDob[p->dob].push_back(p);
    }
    for (const auto& group : std::as_const(byDob)) {
        for (size_t i = 0; i < group.size(); ++i) {
            for (size_t j = i + 1; j < group.size(); ++j) {
                const double sim = similarity(group[i]->name, group[j]->name);
                if (sim >= 0.9)
                    propose(group[i]->id, group[j]->id, 0.7 + 0.25 * sim,
                        QCoreApplication::translate(
                            "EntityResolution", "names alike (%1 %) and the same date of birth %2")
                            .arg(qRound(sim * 100))
                            .arg(group[i]->dob));
            }
        }
    }
    // Shared address or phone: people linked to the same one.
    QHash<qint64, std::vector<qint64>> sharers;
    {
        store::Statement st(ws.handle(),
            "SELECT l.from_id, l.to_id FROM links l JOIN entities e ON e.id = l.to_id "
            "WHERE e.type IN ('address', 'phone') UNION SELECT l.to_id, l.from_id FROM links l "
            "JOIN entities e ON e.id = l.from_id WHERE e.type IN ('address', 'phone')");
        while (st.next()) {
            if (byId.contains(st.int64(0)))
                sharers[st.int64(1)].push_back(st.int64(0));
        }
    }
    for (const auto& group : std::as_const(sharers)) {
        for (size_t i = 0; i < group.size(); ++i) {
            for (size_t j = i + 1; j < group.size(); ++j) {
                const Record* a = byId.value(group[i]);
                const Record* b = byId.value(group[j]);
                const double sim = similarity(a->name, b->name);
                if (sim >= 0.9)
                    propose(a->id, b->id, 0.6 + 0.3 * sim,
                        QCoreApplication::translate(
                            "EntityResolution", "names alike (%1 %) and linked to the same address or phone")
                            .arg(qRound(sim * 100)));
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const MergeSuggestion& a, const MergeSuggestion& b) {
        return a.score != b.score ? a.score > b.score : a.keep < b.keep;
    });
    return out;
}

Result<qint64> EntityResolution::accept(store::Workspace& ws, const MergeSuggestion& s, const QString& note)
{
    return decide(ws, s, "accepted", note);
}

Result<qint64> EntityResolution::reject(store::Workspace& ws, const MergeSuggestion& s, const QString& note)
{
    return decide(ws, s, "rejected", note);
}

Status EntityResolution::undo(store::Workspace& ws, qint64 mergeId)
{
    store::Transaction tx(ws);
    if (!tx.isActive())
        return tx.error();
    if (Status st = ws.cached("UPDATE entity_merges SET undone_at = ? WHERE id = ? AND undone_at IS NULL")
                        .bind(1, QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
                        .bind(2, mergeId)
                        .exec();
        !st)
        return st;
    if (ws.changes() == 0)
        return Error(QCoreApplication::translate("EntityResolution", "There is no merge %1 to undo.").arg(mergeId));
    if (Status st
        = ws.audit().append(QStringLiteral("entity.merge.undo"), QStringLiteral("merge %1").arg(mergeId), QString());
        !st)
        return st;
    return tx.commit();
}

QHash<qint64, qint64> EntityResolution::activeMerges(store::Workspace& ws)
{
    QHash<qint64, qint64> into;
    store::Statement st(ws.handle(),
        "SELECT merged_id, kept_id FROM entity_merges WHERE decision = 'accepted' AND undone_at IS NULL ORDER BY id");
    while (st.next())
        into.insert(st.int64(0), st.int64(1));
    // Follow chains, guarding against cycles.
    for (auto it = into.begin(); it != into.end(); ++it) {
        qint64 target = it.value();
        for (int hops = 0; into.contains(target) && hops < 64; ++hops)
            target = into.value(target);
        it.value() = target;
    }
    return into;
}

} // namespace waymark::network
