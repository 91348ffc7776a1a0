#pragma once

#include "core/feedback.h"
#include "core/result.h"
#include "sample/sampletraps.h"

#include <QString>

namespace waymark::sample {

/// Writes a deterministic, realistic hub extract (docs/hub-extract.md): the
/// same options give the same bytes. Incidents follow skewed corridors over
/// real countries, cluster around real cities, and one corridor grows fast
/// (an emerging hotspot); a few trafficking rings are planted among
/// background entities; some bank accounts show planted red-flag behaviour
/// next to ordinary ones, and `<out>-labels.csv` says which.
class SampleGenerator {
public:
    struct Options {
        qint64 incidents = 5000;
        quint64 seed = 1;
        /// Traps planted on top of the sample (none by default).
        SampleTraps traps;
    };
    struct Counts {
        qint64 incidents = 0, routeLegs = 0, entities = 0, links = 0, incidentEntities = 0, accounts = 0,
               transactions = 0, planted = 0;
    };

    /// `out` is a folder, or a file ending in .zip.
    static Result<Counts> write(const QString& out, const Options& options, Feedback* feedback = nullptr);
    /// Where write() puts the account labels for `out`.
    static QString labelsPathFor(const QString& out);
};

} // namespace waymark::sample
