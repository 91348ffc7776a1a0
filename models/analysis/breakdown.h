#pragma once

#include "analysis/filter.h"
#include "core/result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::analysis {

class IncidentSnapshot;

/// The data of one breakdown chart under the shared filter (time window
/// included): categories along the axis, each split into stacked series.
/// Victims by age band and gender, by citizenship (the incident's place of
/// origin, to its country), by country of exploitation stacked by
/// exploitation type (as the timeline stacks them); incidents by source kind
/// and grade. Missing values are a category of their own ("Not
/// recorded"), never dropped; beyond `maxCategories` the smallest are
/// summed into "Other".
class Breakdown {
public:
    enum class Kind { AgeGender, Citizenship, ExploitationCountry, Sources };

    Kind kind = Kind::AgeGender;
    QString title;
    QString valueLabel;
    QStringList categories; ///< display names along the axis
    QStringList categoryKeys; ///< stored values (source kind codes…); empty for "Not recorded" and "Other"
    QStringList series; ///< display names of the stacks
    QStringList seriesKeys;
    std::vector<std::vector<double>> values; ///< [series][category]

    double total() const;
    double categoryTotal(int category) const;

    /// Runs the query on the calling thread (any thread, with its own connection).
    static Result<Breakdown> load(store::Workspace& workspace, const Filter& filter, Kind kind, int maxCategories = 15);
    /// The same from a snapshot loaded for the filter's non-time part, over
    /// its incidents in the window (`members`, IncidentSnapshot::indicesInWindow):
    /// no query, a pass over the members. Use it only where canUse() says so.
    static Breakdown fromSnapshot(
        const IncidentSnapshot& snapshot, const std::vector<quint32>& members, Kind kind, int maxCategories = 15);
    /// Whether the snapshot holds what `kind` counts (age bands and genders
    /// are not coded when they are free text).
    static bool canUse(const IncidentSnapshot& snapshot, Kind kind);
    /// "age-gender", "citizenship", "exploitation-country", "sources".
    static QString name(Kind kind);
    static std::optional<Kind> fromName(const QString& name);
    static QList<Kind> kinds();

    /// Narrows `filter` to a clicked bar (and stack, or -1) where the filter
    /// can say it: source kind and grade; exploitation type (the stacks of
    /// the country chart, as the filter has no area). False (filter
    /// unchanged) otherwise.
    bool narrow(int category, int series, Filter& filter) const;
};

} // namespace waymark::analysis
