#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {

/// One band of the UK PHIA probability yardstick: its term, its range in
/// percent, and the other words the yardstick gives the same band.
struct YardstickTerm {
    QString term; ///< as stored in judgements: "likely"
    int low = 0;
    int high = 0;
    /// Words of the same band: "probable" (PHIA 2025 prints "likely or
    /// probable") and "probably" (the wording before 2025), read as "likely".
    QStringList synonyms = {};
    /// The band as the yardstick table prints it: "likely or probable".
    QString label() const;
};

/// The house standard for probabilities in words (DOMAIN.md §2): the PHIA
/// yardstick's exact terms and ranges in their 2025 wording ("Explaining
/// Uncertainty in UK Intelligence Assessment"), and the three analytic
/// confidence levels. The gaps between ranges are deliberate; a probability that falls
/// in a gap takes the nearer term (the boundary is the gap's midpoint). One
/// table for judgements, scores and everything that says a probability.
class Yardstick {
public:
    /// The seven bands, lowest probability first.
    static const std::vector<YardstickTerm>& terms();
    /// The band of a term or one of its synonyms (case-insensitive), or
    /// nullptr when the words are not on the yardstick.
    static const YardstickTerm* find(const QString& term);
    /// The range as PHIA 2025 prints it: "≈ 55 % – ≈ 75 %", "> 0 % – ≈ 5 %",
    /// "≈ 40 % – < 50 %".
    static QString rangeText(const YardstickTerm& term);
    /// "likely (≈ 55 % – ≈ 75 %)", or the text unchanged when it is not a term.
    static QString describe(const QString& term);
    /// high, moderate, low.
    static const QStringList& confidenceLevels();
    /// What PHIA judges confidence on: the information base, analytical
    /// rigour, and complexity and volatility (DOMAIN.md §2), translated.
    static QStringList confidenceCriteria();

    /// The term for a probability in [0, 1], as stored in judgements ("likely").
    static const YardstickTerm& termOf(double probability);
    /// The same term in the user's language, for display.
    static QString term(double probability);
    /// Its range, e.g. "≈ 55 % – ≈ 75 %".
    static QString range(double probability);
};

} // namespace waymark
