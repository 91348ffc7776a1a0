#pragma once

#include "core/result.h"

#include <QString>

namespace waymark::store {
class Workspace;
}

namespace waymark::reports {

/// What a figure was drawn from, in one comparable line: the latest extract
/// imported and the row counts of the tables figures draw on. Any import,
/// re-import or entity merge changes it, so a figure made before is known
/// to be out of date. "extract 3 · 1200 incidents · 640 entities · …".
class DataFingerprint {
public:
    static Result<QString> of(store::Workspace& workspace);
};

} // namespace waymark::reports
