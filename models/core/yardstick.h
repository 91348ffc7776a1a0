#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {

/// One term of the UK PHIA probability yardstick and its range in percent.
struct YardstickTerm {
    QString term;
    int low = 0;
    int high = 0;
};

/// The house standard for probabilities in words (DOMAIN.md §2): the PHIA
/// yardstick's exact terms and ranges, and the three analytic confidence
/// levels. The gaps between ranges are deliberate; a probability that falls
/// in a gap takes the nearer term (the boundary is the gap's midpoint). One
/// table for judgements, scores and everything that says a probability.
class Yardstick {
public:
    /// Every term, lowest probability first ("likely" and "probably" share a band).
    static const std::vector<YardstickTerm>& terms();
    /// The term (case-insensitive), or nullptr when it is not on the yardstick.
    static const YardstickTerm* find(const QString& term);
    /// "55–75 %".
    static QString rangeText(const YardstickTerm& term);
    /// "likely (55–75 %)", or the text unchanged when it is not a term.
    static QString describe(const QString& term);
    /// high, moderate, low.
    static const QStringList& confidenceLevels();

    /// The term for a probability in [0, 1], as stored in judgements ("likely").
    static const YardstickTerm& termOf(double probability);
    /// The same term in the user's language, for display.
    static QString term(double probability);
    /// Its range, e.g. "55–75 %".
    static QString range(double probability);
};

} // namespace waymark
