#pragma once

#include "core/result.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::network {

/// Two entity records that are likely the same real thing, with why.
struct MergeSuggestion {
    qint64 keep = 0; ///< entity id kept (the older record)
    qint64 merge = 0; ///< entity id folded into it
    double score = 0; ///< 0..1
    QStringList reasons;
};

/// Finds likely duplicates among entities and records the analyst's
/// decisions. A merge never deletes: it is a row in entity_merges that the
/// link graph applies, every source of both records stays, and undo() takes
/// it back. Every decision is audited.
class EntityResolution {
public:
    /// Same phone, e-mail or account once normalised (0.98); people with
    /// similar names and the same date of birth, address or phone (0.7–0.95).
    /// Pairs already decided are left out. Best first.
    static Result<std::vector<MergeSuggestion>> suggest(store::Workspace& ws);
    /// Records the decision; returns the merge's id.
    static Result<qint64> accept(store::Workspace& ws, const MergeSuggestion& s, const QString& note = QString());
    static Result<qint64> reject(store::Workspace& ws, const MergeSuggestion& s, const QString& note = QString());
    static Status undo(store::Workspace& ws, qint64 mergeId);
    /// Accepted, not undone merges as merged entity id → kept entity id,
    /// followed through chains (a → b → c gives a → c).
    static QHash<qint64, qint64> activeMerges(store::Workspace& ws);

    static QString normalisePhone(const QString& text);
    static QString normaliseName(const QString& text);
    /// Jaro–Winkler similarity in [0, 1].
    static double similarity(const QString& a, const QString& b);
};

} // namespace waymark::network
