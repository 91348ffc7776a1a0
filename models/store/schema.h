#pragma once

#include "core/result.h"

namespace waymark::store {

class Workspace;

/// The workspace schema as a list of migrations; migration N takes a file
/// from user_version N-1 to N inside one transaction.
class Schema {
public:
    static int latestVersion();
    /// Brings the workspace to latestVersion(); a no-op when it is there already.
    static Status migrate(Workspace& workspace);
};

} // namespace waymark::store
