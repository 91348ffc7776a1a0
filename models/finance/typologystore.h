#pragma once

#include "core/result.h"
#include "finance/typology.h"

#include <QStringList>

#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::finance {

/// The typologies a workspace scores with: the built-in files, each replaced
/// by the latest version the analysts saved in this workspace. Saving an
/// edited typology stores it as a new version (the old ones stay, so every
/// past score run still names the exact weights it used) with an audit record.
///
/// A stored copy that is an unedited earlier built-in version (every score run
/// stores the versions it used) gives way to the newer built-in, so upgrades
/// reach old workspaces; an analyst's edit is kept, and standing() says that a
/// newer built-in exists and what it changes, for adoptBuiltIn().
class TypologyStore {
public:
    static Result<std::vector<Typology>> current(store::Workspace& workspace);

    /// Where one typology the workspace scores with comes from.
    struct Standing {
        enum class Origin {
            BuiltIn, ///< the built-in file (no copy stored, or an unedited copy of it)
            Upgraded, ///< the built-in, replacing an unedited earlier built-in copy
            Edited, ///< an analyst's edit, kept over the built-in
        };
        Typology typology; ///< what scoring uses
        Origin origin = Origin::BuiltIn;
        int builtInVersion = 0; ///< the version built into this program
        int storedVersion = 0; ///< the workspace's latest stored copy; 0 when none
        int basedOn = 0; ///< Edited: the built-in version the edit started from; Upgraded: the old version
        /// Edited and the program's built-in is newer than the edit's starting point.
        bool newerBuiltIn() const { return origin == Origin::Edited && builtInVersion > basedOn; }
        /// What the newer built-in changes (Upgraded, or Edited with a newer built-in), one line each.
        QStringList changes;
    };
    static Result<std::vector<Standing>> standing(store::Workspace& workspace);

    /// Stores an edit as the next version of its typology; returns the version number.
    /// Nothing is stored when the content equals the current version.
    static Result<int> save(store::Workspace& workspace, Typology typology);
    /// Makes the built-in typology `typologyId` the workspace's current one again,
    /// over an analyst's edit (which stays stored), with an audit record; returns
    /// the workspace version it is stored as (the built-in's own when it can be).
    static Result<int> adoptBuiltIn(store::Workspace& workspace, const QString& typologyId);

    /// Every saved version of one typology, oldest first: (version, saved_at, saved_by).
    struct Version {
        int version = 0;
        QString savedAt;
        QString savedBy;
    };
    static std::vector<Version> history(store::Workspace& workspace, const QString& typologyId);

    /// The differences from `from` to `to` in words, one line each (prior,
    /// indicators added and removed, likelihood ratios changed, description).
    static QStringList differences(const Typology& from, const Typology& to);
    /// The built-in version whose content `t` is (its version number aside),
    /// among this program's and the earlier ones it knows; 0 when none.
    static int builtInVersionOf(const Typology& t);
};

} // namespace waymark::finance
