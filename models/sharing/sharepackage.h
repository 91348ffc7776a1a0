#pragma once

#include "analysis/filter.h"
#include "core/result.h"
#include "sharing/releasability.h"
#include "sharing/sharepolicy.h"

#include <QJsonObject>
#include <QString>

#include <array>

namespace waymark::store {
class Workspace;
}

namespace waymark::sharing {

/// A share-back package (docs/share-package.md): a hub extract in Waymark's
/// own format (docs/hub-extract.md), so the hub and any Waymark import it,
/// holding the records a filter selects that the releasability check lets
/// go, with personal identifiers replaced by pseudonyms unique to the
/// package as the share policy says, an optional k-anonymous aggregate
/// table, and a manifest with the package's provenance.
class SharePackage {
public:
    /// The share part of the manifest ("share": {…}) has its own version.
    static constexpr const char* shareFormatVersion = "1.0";
    /// The hub extract format the package is written in.
    static constexpr const char* extractFormatVersion = "1.1";

    struct Options {
        analysis::Filter filter;
        Destination destination = Destination::Partner;
        SharePolicy policy = SharePolicy::defaults();
        bool aggregates = false;
        int k = 10;
    };
    struct Written {
        QString sha256; ///< of the package's bytes
        QString packageId;
        std::array<qint64, 8> rows {}; ///< rows per CSV table, in kTables order
        int suppressedCells = 0;
        QJsonObject manifest;
    };

    /// What the filter selects, through the releasability check: its
    /// incidents; the entities involved in those of them that may go, and
    /// the entities one link (that may go) away from those; the links
    /// between all these entities; the accounts they hold.
    static Result<Releasability::Outcome> check(store::Workspace& ws, const Options& options);
    /// Writes what the check released to `path` (a .zip) and records the
    /// export in the audit log. Refused when nothing may go.
    static Result<Written> write(
        store::Workspace& ws, const Releasability::Outcome& outcome, const QString& path, const Options& options);

    /// The CSV tables of the package, in the order of `Written::rows`.
    static const char* const kTables[8];
};

} // namespace waymark::sharing
