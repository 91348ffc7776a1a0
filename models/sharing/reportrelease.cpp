#include "reportrelease.h"

#include "store/statement.h"
#include "store/workspace.h"

namespace waymark::sharing {

Result<ExportSelection> ReportRelease::evidenceOf(store::Workspace& ws, const reports::ReportDocument& doc)
{
    ExportSelection s;
    for (const reports::KeyJudgement& j : doc.judgements) {
        for (const reports::Evidence& e : j.evidence) {
            const char* sql = nullptr;
            RecordKind kind = RecordKind::Incident;
            switch (e.kind) {
            case reports::Evidence::Kind::Incident:
                sql = "SELECT id FROM incidents WHERE incident_key = ?";
                break;
            case reports::Evidence::Kind::Entity:
                sql = "SELECT id FROM entities WHERE entity_key = ?";
                kind = RecordKind::Entity;
                break;
            case reports::Evidence::Kind::Account:
                sql = "SELECT id FROM accounts WHERE account_key = ?";
                kind = RecordKind::Account;
                break;
            case reports::Evidence::Kind::Source:
                break; // a source cited alone says where, not what: its records are not in the report
            }
            if (!sql)
                continue;
            store::Statement& st = ws.cached(sql);
            st.bind(1, e.key);
            if (st.next())
                s.of(kind).push_back(st.int64(0));
            st.reset();
        }
    }
    return s;
}

Result<Releasability::Outcome> ReportRelease::check(
    store::Workspace& ws, const reports::ReportDocument& doc, Destination destination)
{
    auto s = evidenceOf(ws, doc);
    if (!s)
        return s.error();
    return Releasability::check(ws, s.value(), destination);
}

reports::Marking ReportRelease::markingFor(const reports::ReportDocument& doc, const Releasability::Outcome& outcome)
{
    reports::Marking m = doc.marking;
    const int evidence = Releasability::tlpRank(outcome.marking);
    if (evidence < 0)
        return m;
    if (!m.isTlp()) {
        // A classification (OFFICIAL-SENSITIVE) says nothing of TLP: add the evidence's label.
        if (!m.classification.contains(outcome.marking))
            m.classification += QLatin1Char(' ') + outcome.marking;
    } else if (Releasability::tlpRank(m.classification) < evidence) {
        m.classification = outcome.marking;
    }
    for (const QString& c : outcome.conditions) {
        if (!m.conditions.contains(c))
            m.conditions += (m.conditions.isEmpty() ? QString() : QStringLiteral("; ")) + c;
    }
    return m;
}

} // namespace waymark::sharing
