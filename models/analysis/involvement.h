#pragma once

#include <QtGlobal>

#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::analysis {

/// Who was involved in which incident (incident_entities, hub extract 1.1),
/// both ways, for linked selection between the link chart, the accounts
/// (through their holder entity) and the incident views. Ids in and out are sorted and distinct. Runs on the caller's
/// connection; a selection of any size is one query (passed as JSON).
class Involvement {
public:
    static std::vector<qint64> incidentsOf(store::Workspace& workspace, const std::vector<qint64>& entityIds);
    static std::vector<qint64> entitiesOf(store::Workspace& workspace, const std::vector<qint64>& incidentIds);
    /// Those of `entityIds` involved in any of `sortedIncidentIds`: one query
    /// over the entities' own incidents, so it stays cheap for a chart's few
    /// hundred entities however many incidents are selected.
    static std::vector<qint64> entitiesAmong(store::Workspace& workspace, const std::vector<qint64>& entityIds,
        const std::vector<qint64>& sortedIncidentIds);
    /// Bank accounts whose holder was involved in the incidents.
    static std::vector<qint64> accountsOf(store::Workspace& workspace, const std::vector<qint64>& incidentIds);
    /// Incidents in which the accounts' holders were involved.
    static std::vector<qint64> incidentsOfAccounts(store::Workspace& workspace, const std::vector<qint64>& accountIds);
};

} // namespace waymark::analysis
