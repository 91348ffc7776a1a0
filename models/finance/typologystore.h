#pragma once

#include "core/result.h"
#include "finance/typology.h"

#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::finance {

/// The typologies a workspace scores with: the built-in files, each replaced
/// by the latest version the analysts saved in this workspace. Saving an
/// edited typology stores it as a new version (the old ones stay, so every
/// past score run still names the exact weights it used) with an audit record.
class TypologyStore {
public:
    static Result<std::vector<Typology>> current(store::Workspace& workspace);
    /// Stores an edit as the next version of its typology; returns the version number.
    /// Nothing is stored when the content equals the current version.
    static Result<int> save(store::Workspace& workspace, Typology typology);
    /// Every saved version of one typology, oldest first: (version, saved_at, saved_by).
    struct Version {
        int version = 0;
        QString savedAt;
        QString savedBy;
    };
    static std::vector<Version> history(store::Workspace& workspace, const QString& typologyId);
};

} // namespace waymark::finance
