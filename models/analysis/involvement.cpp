#include "analysis/involvement.h"

#include "store/workspace.h"

#include <algorithm>

namespace waymark::analysis {

namespace {
std::vector<qint64> query(store::Workspace& ws, const char* sql, const std::vector<qint64>& ids)
{
    std::vector<qint64> out;
    if (ids.empty())
        return out;
    // One JSON array parameter rather than thousands of bound values.
    std::string json;
    json.reserve(ids.size() * 8 + 2);
    json += '[';
    for (size_t k = 0; k < ids.size(); ++k) {
        if (k)
            json += ',';
        json += std::to_string(ids[k]);
    }
    json += ']';
    store::Statement& st = ws.cached(sql);
    st.bind(1, std::string_view(json));
    while (st.next())
        out.push_back(st.int64(0));
    return out;
}
} // namespace

std::vector<qint64> Involvement::incidentsOf(store::Workspace& ws, const std::vector<qint64>& entityIds)
{
    return query(ws,
        "SELECT DISTINCT incident_id FROM incident_entities WHERE entity_id IN "
        "(SELECT value FROM json_each(?)) ORDER BY incident_id",
        entityIds);
}

std::vector<qint64> Involvement::entitiesOf(store::Workspace& ws, const std::vector<qint64>& incidentIds)
{
    return query(ws,
        "SELECT DISTINCT entity_id FROM incident_entities WHERE incident_id IN "
        "(SELECT value FROM json_each(?)) ORDER BY entity_id",
        incidentIds);
}

std::vector<qint64> Involvement::entitiesAmong(
    store::Workspace& ws, const std::vector<qint64>& entityIds, const std::vector<qint64>& sortedIncidentIds)
{
    std::vector<qint64> out;
    if (entityIds.empty() || sortedIncidentIds.empty())
        return out;
    std::string json = "[";
    for (size_t k = 0; k < entityIds.size(); ++k)
        json += (k ? "," : "") + std::to_string(entityIds[k]);
    json += ']';
    store::Statement& st = ws.cached("SELECT entity_id, incident_id FROM incident_entities WHERE entity_id IN "
                                     "(SELECT value FROM json_each(?)) ORDER BY entity_id");
    st.bind(1, std::string_view(json));
    while (st.next()) {
        const qint64 entity = st.int64(0);
        if ((out.empty() || out.back() != entity)
            && std::binary_search(sortedIncidentIds.begin(), sortedIncidentIds.end(), st.int64(1)))
            out.push_back(entity);
    }
    return out;
}

std::vector<qint64> Involvement::accountsOf(store::Workspace& ws, const std::vector<qint64>& incidentIds)
{
    return query(ws,
        "SELECT DISTINCT a.id FROM incident_entities ie JOIN accounts a ON a.holder_entity_id = ie.entity_id "
        "WHERE ie.incident_id IN (SELECT value FROM json_each(?)) ORDER BY a.id",
        incidentIds);
}

std::vector<qint64> Involvement::incidentsOfAccounts(store::Workspace& ws, const std::vector<qint64>& accountIds)
{
    return query(ws,
        "SELECT DISTINCT ie.incident_id FROM accounts a JOIN incident_entities ie ON ie.entity_id = a.holder_entity_id "
        "WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY ie.incident_id",
        accountIds);
}

} // namespace waymark::analysis
