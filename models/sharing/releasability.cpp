#include "releasability.h"

#include "store/auditlog.h"
#include "store/statement.h"
#include "store/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>
#include <functional>
#include <map>

namespace waymark::sharing {

namespace {

const char* const kTlp[] = { "TLP:CLEAR", "TLP:GREEN", "TLP:AMBER", "TLP:AMBER+STRICT", "TLP:RED" };

/// Whether a source's records may go to the destination, and the condition
/// they carry if they may (DOMAIN.md §1; the 5x5x5 wording is the
/// National Intelligence Model's).
std::optional<Releasability::Reason> decide(Releasability::SourceLine& s, Destination to, QString* condition)
{
    using R = Releasability::Reason;
    const bool outside = to == Destination::Partner;
    if (s.tlp == QLatin1String("TLP:RED"))
        return R::TlpRed;
    if (s.tlp == QLatin1String("TLP:AMBER+STRICT") && outside)
        return R::AmberStrictOutside;
    if (s.scheme == QLatin1String("uk_5x5x5")) {
        if (s.handlingCode == QLatin1String("5"))
            return R::HandlingReferToOriginator;
        if (s.handlingCode == QLatin1String("4") && outside)
            return R::HandlingWithinAgency;
        if (s.handlingCode == QLatin1String("2"))
            *condition = QCoreApplication::translate("Releasability",
                "5x5x5 handling code 2: may be disseminated to non-prosecuting parties; authorisation and records "
                "needed");
        if (s.handlingCode == QLatin1String("3"))
            *condition = QCoreApplication::translate("Releasability",
                "5x5x5 handling code 3: may be disseminated to non-EU law enforcement; special "
                "conditions apply");
    }
    if (s.scheme == QLatin1String("uk_3x5x2") && s.handlingCode == QLatin1String("C")) {
        if (s.conditions.trimmed().isEmpty()) {
            if (outside)
                return R::ConditionsNotWritten;
            *condition = QCoreApplication::translate(
                "Releasability", "3x5x2 handling code C: conditions not recorded, ask the originator");
        } else {
            *condition
                = QCoreApplication::translate("Releasability", "3x5x2 handling code C: %1").arg(s.conditions.trimmed());
        }
    }
    return std::nullopt;
}

/// The TLP label in an extract's handling text ("OFFICIAL-SENSITIVE TLP:AMBER").
QString tlpIn(const QString& handling)
{
    static const QRegularExpression re(QStringLiteral("TLP:(CLEAR|GREEN|AMBER\\+STRICT|AMBER|RED)"));
    const auto m = re.match(handling);
    return m.hasMatch() ? m.captured(0) : QString();
}

struct Walk {
    const char* sql; ///< id, then the source ids that govern the row (any NULL is ignored)
};

const Walk kWalks[kRecordKinds] = {
    { "SELECT id, source_id FROM incidents ORDER BY id" },
    { "SELECT id, source_id FROM entities ORDER BY id" },
    { "SELECT l.id, l.source_id, f.source_id, t.source_id FROM links l JOIN entities f ON f.id = l.from_id "
      "JOIN entities t ON t.id = l.to_id ORDER BY l.id" },
    { "SELECT a.id, a.source_id, h.source_id FROM accounts a LEFT JOIN entities h ON h.id = a.holder_entity_id "
      "ORDER BY a.id" },
};

} // namespace

qint64 ExportSelection::size() const
{
    qint64 n = 0;
    for (const auto& v : ids)
        n += qint64(v.size());
    return n;
}

qint64 Releasability::Withheld::total() const
{
    qint64 n = 0;
    for (qint64 c : records)
        n += c;
    return n;
}

const Releasability::Outcome::Mark* Releasability::Outcome::markOf(RecordKind kind, qint64 id) const
{
    const std::vector<qint64>& ids = released.of(kind);
    const auto it = std::lower_bound(ids.begin(), ids.end(), id);
    if (it == ids.end() || *it != id)
        return nullptr;
    const size_t at = size_t(it - ids.begin());
    const std::vector<quint32>& m = releasedMarks[size_t(kind)];
    return at < m.size() ? &marks[m[at]] : nullptr;
}

QStringList Releasability::Outcome::markCells(RecordKind kind, qint64 id) const
{
    QStringList cells(2);
    if (const Mark* m = markOf(kind, id)) {
        cells[0] = m->tlp;
        cells[1] = m->conditions.join(QLatin1String("; "));
    }
    return cells;
}

QStringList Releasability::markColumns()
{
    return { QStringLiteral("tlp"), QStringLiteral("handling_conditions") };
}

qint64 Releasability::Outcome::withheldCount() const
{
    return requested.size() - released.size();
}

int Releasability::tlpRank(const QString& label)
{
    for (int i = 0; i < int(std::size(kTlp)); ++i) {
        if (label == QLatin1String(kTlp[i]))
            return i;
    }
    return -1;
}

QString Releasability::reasonCode(Reason reason)
{
    switch (reason) {
    case Reason::TlpRed:
        return QStringLiteral("tlp_red");
    case Reason::AmberStrictOutside:
        return QStringLiteral("tlp_amber_strict");
    case Reason::HandlingWithinAgency:
        return QStringLiteral("handling_within_agency");
    case Reason::HandlingReferToOriginator:
        return QStringLiteral("handling_refer_to_originator");
    case Reason::ConditionsNotWritten:
        return QStringLiteral("handling_conditions_missing");
    case Reason::DependsOnWithheld:
        return QStringLiteral("depends_on_withheld");
    }
    return {};
}

QString Releasability::reasonText(Reason reason)
{
    switch (reason) {
    case Reason::TlpRed:
        return QCoreApplication::translate("Releasability", "TLP:RED: for the named recipients only, never exported");
    case Reason::AmberStrictOutside:
        return QCoreApplication::translate(
            "Releasability", "TLP:AMBER+STRICT: only within the analyst's own organisation");
    case Reason::HandlingWithinAgency:
        return QCoreApplication::translate(
            "Releasability", "5x5x5 handling code 4: may be disseminated within the originating agency only");
    case Reason::HandlingReferToOriginator:
        return QCoreApplication::translate(
            "Releasability", "5x5x5 handling code 5: no further dissemination, refer to the originator");
    case Reason::ConditionsNotWritten:
        return QCoreApplication::translate("Releasability", "3x5x2 handling code C whose conditions are not recorded");
    case Reason::DependsOnWithheld:
        return QCoreApplication::translate("Releasability", "a link end or an account holder that is itself withheld");
    }
    return {};
}

QString Releasability::kindName(RecordKind kind, qint64 count)
{
    switch (kind) {
    case RecordKind::Incident:
        return QCoreApplication::translate("Releasability", "%n incident(s)", nullptr, int(count));
    case RecordKind::Entity:
        return QCoreApplication::translate("Releasability", "%n entity(ies)", nullptr, int(count));
    case RecordKind::Link:
        return QCoreApplication::translate("Releasability", "%n link(s)", nullptr, int(count));
    case RecordKind::Account:
        return QCoreApplication::translate("Releasability", "%n account(s)", nullptr, int(count));
    }
    return {};
}

QString Releasability::destinationName(Destination destination)
{
    return destination == Destination::Partner
        ? QCoreApplication::translate("Releasability", "a partner, outside the own organisation")
        : QCoreApplication::translate("Releasability", "the own organisation");
}

Result<ExportSelection> Releasability::incidentsUnder(store::Workspace& ws, const analysis::Filter& filter)
{
    ExportSelection s;
    const analysis::Filter::Sql where = filter.sql();
    store::Statement st(ws.handle(),
        QString(QStringLiteral("SELECT i.id FROM incidents i WHERE ") + where.where + QStringLiteral(" ORDER BY i.id"))
            .toStdString());
    for (int i = 0; i < where.values.size(); ++i)
        st.bind(i + 1, where.values.at(i));
    while (st.next())
        s.of(RecordKind::Incident).push_back(st.int64(0));
    if (Error e = st.error(); !e.isNull())
        return e;
    return s;
}

Result<Releasability::Outcome> Releasability::check(
    store::Workspace& ws, const ExportSelection& selection, Destination destination)
{
    Outcome out;
    out.destination = destination;
    out.requested = selection;

    // Every source, with its effective label and what that means here.
    QHash<qint64, SourceLine> sources;
    QHash<qint64, QString> conditionOf;
    {
        store::Statement st(ws.handle(),
            "SELECT s.id, s.source_key, s.name, s.grading_scheme, s.handling_code, s.handling_conditions, s.tlp, "
            "e.handling FROM sources s LEFT JOIN extracts e ON e.id = s.extract_id");
        while (st.next()) {
            SourceLine s;
            s.id = st.int64(0);
            s.key = st.text(1);
            s.name = st.text(2);
            s.scheme = st.text(3);
            s.handlingCode = st.text(4);
            s.conditions = st.text(5);
            s.tlp = st.text(6);
            s.tlpOrigin = QStringLiteral("source");
            if (s.tlp.isEmpty()) {
                s.tlp = tlpIn(st.text(7));
                s.tlpOrigin = QStringLiteral("extract");
            }
            if (s.tlp.isEmpty()) {
                // Unmarked: treated as TLP:AMBER, the most restrictive label a
                // partner's organisation may still receive.
                s.tlp = QStringLiteral("TLP:AMBER");
                s.tlpOrigin = QStringLiteral("unmarked");
            }
            QString condition;
            s.withheld = decide(s, destination, &condition);
            s.condition = condition;
            if (!condition.isEmpty())
                conditionOf.insert(s.id, condition);
            sources.insert(s.id, s);
        }
        if (Error e = st.error(); !e.isNull())
            return e;
    }

    // Each released record's mark, interned: by the sources that govern it
    // (few distinct combinations), then by what the mark says.
    std::map<std::array<qint64, 3>, quint32> markOfSources;
    QHash<QString, quint32> markByText;
    auto markFor = [&](const std::array<qint64, 3>& governing) {
        if (auto it = markOfSources.find(governing); it != markOfSources.end())
            return it->second;
        Outcome::Mark m;
        int rank = -1;
        for (qint64 id : governing) {
            if (id == 0)
                continue;
            const auto s = sources.constFind(id);
            if (s == sources.cend())
                continue;
            rank = std::max(rank, tlpRank(s->tlp));
            if (const QString c = conditionOf.value(id); !c.isEmpty() && !m.conditions.contains(c))
                m.conditions << c;
        }
        m.tlp = rank >= 0 ? QLatin1String(kTlp[rank]) : QString();
        const QString text = m.tlp + QLatin1Char('\n') + m.conditions.join(QLatin1Char('\n'));
        auto known = markByText.find(text);
        if (known == markByText.end()) {
            known = markByText.insert(text, quint32(out.marks.size()));
            out.marks.push_back(std::move(m));
        }
        markOfSources.emplace(governing, known.value());
        return known.value();
    };

    QMap<Reason, Withheld> withheld;
    for (int k = 0; k < kRecordKinds; ++k) {
        std::vector<qint64> wanted = selection.ids[size_t(k)];
        std::sort(wanted.begin(), wanted.end());
        wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
        out.requested.ids[size_t(k)] = wanted;
        if (wanted.empty())
            continue;
        std::vector<qint64>& released = out.released.ids[size_t(k)];
        // One pass over the table in id order, merged with the sorted ids.
        store::Statement st(ws.handle(), kWalks[k].sql);
        const int columns = k == int(RecordKind::Link) ? 4 : k == int(RecordKind::Account) ? 3 : 2;
        size_t next = 0;
        while (next < wanted.size() && st.next()) {
            const qint64 id = st.int64(0);
            while (next < wanted.size() && wanted[next] < id)
                ++next; // an id the table does not have: nothing to release
            if (next == wanted.size() || wanted[next] != id)
                continue;
            ++next;
            SourceLine& own = sources[st.int64(1)];
            ++own.requested[size_t(k)];
            std::optional<Reason> why = own.withheld;
            for (int c = 2; c < columns && !why; ++c) {
                if (!st.isNull(c) && sources.value(st.int64(c)).withheld)
                    why = Reason::DependsOnWithheld;
            }
            if (why) {
                Withheld& w = withheld[*why];
                w.reason = *why;
                ++w.records[size_t(k)];
                continue;
            }
            ++own.released[size_t(k)];
            released.push_back(id);
            std::array<qint64, 3> governing { st.int64(1), 0, 0 };
            for (int c = 2; c < columns; ++c)
                governing[size_t(c - 1)] = st.isNull(c) ? 0 : st.int64(c);
            out.releasedMarks[size_t(k)].push_back(markFor(governing));
        }
        if (Error e = st.error(); !e.isNull())
            return e;
    }

    int rank = -1;
    for (const SourceLine& s : std::as_const(sources)) {
        const bool asked = std::any_of(s.requested.begin(), s.requested.end(), [](qint64 n) { return n > 0; });
        if (!asked)
            continue;
        out.sources.push_back(s);
        const bool went = std::any_of(s.released.begin(), s.released.end(), [](qint64 n) { return n > 0; });
        if (!went)
            continue;
        rank = std::max(rank, tlpRank(s.tlp));
        if (const QString c = conditionOf.value(s.id); !c.isEmpty()) {
            const QString line
                = QCoreApplication::translate("Releasability", "%1 (source %2, %3)").arg(c, s.key, s.name);
            if (!out.conditions.contains(line))
                out.conditions << line;
        }
    }
    std::sort(
        out.sources.begin(), out.sources.end(), [](const SourceLine& a, const SourceLine& b) { return a.key < b.key; });
    for (const Withheld& w : std::as_const(withheld))
        out.withheld.push_back(w);
    out.marking = rank >= 0 ? QLatin1String(kTlp[rank]) : QString();
    return out;
}

namespace {

QStringList countLines(const std::vector<Releasability::SourceLine>& sources,
    const std::function<QString(const Releasability::SourceLine&)>& label)
{
    QMap<QString, qint64> counts;
    for (const auto& s : sources) {
        qint64 n = 0;
        for (qint64 c : s.released)
            n += c;
        if (n > 0)
            counts[label(s)] += n;
    }
    QStringList out;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        out << QStringLiteral("%1: %2").arg(it.key()).arg(it.value());
    return out;
}

QString kindsText(const std::array<qint64, kRecordKinds>& counts)
{
    QStringList parts;
    for (int k = 0; k < kRecordKinds; ++k) {
        if (counts[size_t(k)] > 0)
            parts << Releasability::kindName(RecordKind(k), counts[size_t(k)]);
    }
    return parts.join(QLatin1String(", "));
}

std::array<qint64, kRecordKinds> sizes(const ExportSelection& s)
{
    std::array<qint64, kRecordKinds> n {};
    for (int k = 0; k < kRecordKinds; ++k)
        n[size_t(k)] = qint64(s.ids[size_t(k)].size());
    return n;
}

} // namespace

QStringList Releasability::Outcome::countsByTlp() const
{
    return countLines(sources, [](const SourceLine& s) {
        return s.tlpOrigin == QLatin1String("unmarked")
            ? QCoreApplication::translate("Releasability", "%1 (unmarked)").arg(s.tlp)
            : s.tlp;
    });
}

QStringList Releasability::Outcome::countsByHandling() const
{
    return countLines(sources, [](const SourceLine& s) {
        return s.handlingCode.isEmpty()
            ? QCoreApplication::translate("Releasability", "%1, no handling code").arg(s.scheme)
            : QStringLiteral("%1 %2").arg(s.scheme, s.handlingCode);
    });
}

QStringList Releasability::Outcome::countsBySource() const
{
    return countLines(sources, [](const SourceLine& s) { return QStringLiteral("%1 %2").arg(s.key, s.name); });
}

QString Releasability::Outcome::summary() const
{
    QString t;
    t += QCoreApplication::translate("Releasability", "Releasability check, for %1:").arg(destinationName(destination))
        + QLatin1Char('\n');
    t += QLatin1String("  ")
        + QCoreApplication::translate("Releasability", "asked for: %1").arg(kindsText(sizes(requested)))
        + QLatin1Char('\n');
    t += QLatin1String("  ")
        + QCoreApplication::translate("Releasability", "would go: %1")
              .arg(released.size() ? kindsText(sizes(released))
                                   : QCoreApplication::translate("Releasability", "nothing"))
        + QLatin1Char('\n');
    auto block = [&](const QString& title, const QStringList& lines) {
        if (lines.isEmpty())
            return;
        t += QLatin1String("  ") + title + QLatin1Char('\n');
        for (const QString& l : lines)
            t += QLatin1String("    ") + l + QLatin1Char('\n');
    };
    block(QCoreApplication::translate("Releasability", "by TLP label:"), countsByTlp());
    block(QCoreApplication::translate("Releasability", "by handling code:"), countsByHandling());
    block(QCoreApplication::translate("Releasability", "by source:"), countsBySource());
    if (withheldCount() > 0) {
        QStringList lines;
        for (const Withheld& w : withheld)
            lines << QStringLiteral("%1 — %2").arg(kindsText(w.records), reasonText(w.reason));
        block(QCoreApplication::translate("Releasability", "left out, %n record(s):", nullptr, int(withheldCount())),
            lines);
    }
    block(QCoreApplication::translate("Releasability", "conditions carried with the export:"), conditions);
    block(QCoreApplication::translate("Releasability", "figures:"), notes);
    t += QLatin1String("  ")
        + QCoreApplication::translate("Releasability", "marking of the export: %1")
              .arg(marking.isEmpty() ? QCoreApplication::translate("Releasability", "none (nothing goes)") : marking)
        + QLatin1Char('\n');
    return t;
}

QString Releasability::Outcome::auditDetails() const
{
    QStringList released_, withheld_, bySource;
    const char* const names[] = { "incidents", "entities", "links", "accounts" };
    for (int k = 0; k < kRecordKinds; ++k)
        released_ << QStringLiteral("%1:%2").arg(QLatin1String(names[k])).arg(released.ids[size_t(k)].size());
    for (const Withheld& w : withheld)
        withheld_ << QStringLiteral("%1:%2").arg(reasonCode(w.reason)).arg(w.total());
    for (const SourceLine& s : sources) {
        qint64 n = 0;
        for (qint64 c : s.released)
            n += c;
        if (n > 0)
            bySource << QStringLiteral("%1:%2").arg(s.key).arg(n);
    }
    return QStringLiteral("destination=%1 marking=%2 released=%3 withheld=%4 sources=%5 conditions=%6")
        .arg(destination == Destination::Partner ? QStringLiteral("partner") : QStringLiteral("own"),
            marking.isEmpty() ? QStringLiteral("-") : marking, released_.join(QLatin1Char(',')),
            withheld_.isEmpty() ? QStringLiteral("-") : withheld_.join(QLatin1Char(',')),
            bySource.isEmpty() ? QStringLiteral("-") : bySource.join(QLatin1Char(',')))
        .arg(conditions.size());
}

Status Releasability::record(
    store::Workspace& ws, const Outcome& outcome, const QString& kind, const QString& path, const QString& extra)
{
    const QFileInfo file(path);
    QString details = outcome.auditDetails() + QStringLiteral(" path=") + file.absoluteFilePath();
    if (!extra.isEmpty())
        details += QLatin1Char(' ') + extra;
    return ws.audit().append(QStringLiteral("export.") + kind, file.fileName(), details);
}

} // namespace waymark::sharing
