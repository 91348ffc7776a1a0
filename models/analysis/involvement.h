#pragma once

#include <QtGlobal>

#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::analysis {

/// Who was involved in which incident (incident_entities, hub extract 1.1),
/// both ways, for linked selection between the link chart and the incident
/// views. Ids in and out are sorted and distinct. Runs on the caller's
/// connection; a selection of any size is one query (passed as JSON).
class Involvement {
public:
    static std::vector<qint64> incidentsOf(store::Workspace& workspace, const std::vector<qint64>& entityIds);
    static std::vector<qint64> entitiesOf(store::Workspace& workspace, const std::vector<qint64>& incidentIds);
};

} // namespace waymark::analysis
