#pragma once

#include <QString>

namespace waymark::finance {

/// The UK PHIA probability yardstick (DOMAIN.md §2): the words a judgement
/// uses for a probability. The bands have deliberate gaps; a probability in
/// a gap takes the nearer band (the boundary is the gap's midpoint).
class Yardstick {
public:
    /// "remote chance", "highly unlikely", … "almost certain".
    static QString term(double probability);
    /// The band of a term as text, e.g. "55–75 %".
    static QString range(double probability);
};

} // namespace waymark::finance
