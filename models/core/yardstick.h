#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace waymark {

/// The probability language a text is written under: the UK PHIA yardstick
/// (the house standard) or US ICD 203, for partners who use it (DOMAIN.md §2).
enum class ProbabilityScale : quint8 { Phia, Icd203 };

/// One band of the UK PHIA probability yardstick: its term, its range in
/// percent, and the other words the yardstick gives the same band.
struct YardstickTerm {
    QString term; ///< as stored in judgements: "likely"
    int low = 0;
    int high = 0;
    /// Words of the same band: "probable" (PHIA 2025 prints "likely or
    /// probable") and "probably" (the wording before 2025), read as "likely".
    QStringList synonyms = {};
    ProbabilityScale scale = ProbabilityScale::Phia;
    /// The band as the yardstick table prints it: "likely or probable";
    /// under ICD 203 both rows: "likely or probable".
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
    /// The seven bands, lowest probability first. Under ICD 203 a band's
    /// term is its first row ("very likely") and its synonym the second
    /// row's term ("highly probable").
    static const std::vector<YardstickTerm>& terms(ProbabilityScale scale = ProbabilityScale::Phia);
    /// The band of a term or one of its synonyms (case-insensitive), or
    /// nullptr when the words are not on the scale.
    static const YardstickTerm* find(const QString& term, ProbabilityScale scale = ProbabilityScale::Phia);
    /// The range as the scale prints it: PHIA 2025 "≈ 55 % – ≈ 75 %",
    /// "> 0 % – ≈ 5 %", "≈ 40 % – < 50 %"; ICD 203 "55 % – 80 %".
    static QString rangeText(const YardstickTerm& term);
    /// "likely (≈ 55 % – ≈ 75 %)", or the text unchanged when it is not a term.
    static QString describe(const QString& term, ProbabilityScale scale = ProbabilityScale::Phia);
    /// The scale a report's `probabilityStandard` names ("phia", "icd203").
    static ProbabilityScale scaleOf(const QString& standard);
    /// The id stored in reports: "phia", "icd203".
    static QString scaleId(ProbabilityScale scale);
    /// "PHIA yardstick (UK, 2025)", "ICD 203 (US)", translated.
    static QString scaleName(ProbabilityScale scale);
    /// The band of `scale` whose range holds the middle of `term`'s range:
    /// what a judgement's term becomes when its report changes scale.
    static const YardstickTerm& nearest(const YardstickTerm& term, ProbabilityScale scale);
    /// high, moderate, low.
    static const QStringList& confidenceLevels();
    /// What PHIA judges confidence on: the information base, analytical
    /// rigour, and complexity and volatility (DOMAIN.md §2), translated.
    static QStringList confidenceCriteria();

    /// The term for a probability in [0, 1], as stored in judgements ("likely").
    static const YardstickTerm& termOf(double probability, ProbabilityScale scale = ProbabilityScale::Phia);
    /// The same term in the user's language, for display.
    static QString term(double probability);
    /// Its range, e.g. "≈ 55 % – ≈ 75 %".
    static QString range(double probability);
};

} // namespace waymark
