#pragma once

#include "core/result.h"
#include "finance/rankingmetrics.h"
#include "finance/scorer.h"
#include "finance/typology.h"

#include <QCoreApplication>
#include <QString>

#include <cmath>
#include <limits>
#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::finance {

/// A calibration of one exact typology version on labelled accounts: Platt
/// scaling of the typology's log-odds, p = logistic(a + b · log-odds), with
/// its reliability measured by 5-fold cross-validation (Brier score and the
/// calibration curve) over n labelled accounts.
struct TypologyCalibration {
    QString typology; ///< typology id
    int version = 0;
    QString sha256; ///< of the typology file form (Typology::toJson) it was fitted on
    QString at; ///< when it was stored (empty until stored)
    int cases = 0, clean = 0;
    double a = 0, b = 1;
    double brier = 0; ///< cross-validated
    std::vector<RankingMetrics::Bin> curve; ///< cross-validated calibration curve

    /// At least this many labelled accounts, and this many of each class, are
    /// needed before Waymark states a probability.
    static constexpr int minLabels = 30;
    static constexpr int minPerClass = 10;

    int n() const { return cases + clean; }
    double probability(double logOdds) const;
    /// "Brier 0.081 over n = 240 labelled accounts (60 cases), 5-fold cross-validated".
    QString reliabilityText() const;
    /// The calibration curve as lines of text, one per band with accounts:
    /// "  20 %–30 %: predicted 24 %, observed 22 % of 41 accounts".
    QString curveText() const;

    /// Fits a calibration of `typology` to its expert log-odds on labelled
    /// accounts (label 1 a case, 0 clean). Refuses, with a message that says
    /// which, when the labels cannot support a probability: too few labels,
    /// one class only, or too few of one class.
    static Result<TypologyCalibration> fit(
        const Typology& typology, const std::vector<double>& logOdds, const std::vector<int>& labels);
    /// The SHA-256 the calibration is tied to.
    static QString shaOf(const Typology& typology);
    /// Why this calibration cannot serve `current` (a different version or
    /// different weights), or empty when it is for exactly that version.
    QString mismatch(const Typology& current) const;

    // lupdate files tr() in member functions under the class: this tr() has that context.
    Q_DECLARE_TR_FUNCTIONS(ScorePresentation)
};

/// What one account's result is, as every surface shows it: an uncalibrated
/// score (a rank and a 0–100 value, no yardstick term, never a percentage)
/// or, only when a calibration of that exact typology version exists, a
/// calibrated probability with its yardstick term and reliability.
struct AccountVerdict {
    enum class Kind { NotScored, Score, CalibratedProbability };
    Kind kind = Kind::NotScored;
    int rank = 0; ///< 1 = highest; 0 when not ranked
    double score = std::numeric_limits<double>::quiet_NaN(); ///< 0–100, the model output; always set when scored
    double probability = std::numeric_limits<double>::quiet_NaN(); ///< only for CalibratedProbability
    QString typology; ///< leading typology id
    QString reliability; ///< Brier and n, or why there is no probability

    bool calibrated() const { return kind == Kind::CalibratedProbability; }
    /// "uncalibrated score", "calibrated probability" or "not scored" (translated).
    QString kindText() const;
    /// The same, untranslated, for files: "uncalibrated_score", "calibrated_probability", "not_scored".
    QString kindCode() const;
    /// "87 / 100" for a score, "62 %" for a calibrated probability.
    QString valueText() const;
    /// The yardstick term of a calibrated probability; empty for a score.
    QString yardstick() const;
    /// The value ordering accounts: the probability when calibrated, else score / 100.
    double sortKey() const;

    // lupdate files tr() in member functions under the class: this tr() has that context.
    Q_DECLARE_TR_FUNCTIONS(ScorePresentation)
};

/// The one place that decides how typology results are presented (issue 14
/// §2): the Accounts tab, `waymark score`, report tables and the starter
/// draft all ask it. Built from the calibrations stored in a workspace,
/// matched to the typology versions in use; a calibration for another
/// version is not used, and notes() says so.
class ScorePresentation {
public:
    ScorePresentation() = default;
    ScorePresentation(const std::vector<Typology>& typologies, std::vector<TypologyCalibration> calibrations);

    /// The latest stored calibration of each typology, matched to `typologies`.
    static Result<ScorePresentation> load(store::Workspace& ws, const std::vector<Typology>& typologies);
    /// Stores a calibration (for the typology version it names, which is
    /// saved if it is not there) with an audit record.
    static Status save(store::Workspace& ws, const Typology& typology, const TypologyCalibration& calibration);

    /// The verdict on a result: `modelOutput` the model's overall output in
    /// [0, 1] (NaN when not scored), `leading` the leading typology's id and
    /// `leadingLogOdds` its log-odds.
    AccountVerdict verdict(double modelOutput, const QString& leading, double leadingLogOdds) const;
    AccountVerdict verdict(const AccountScore& score, const Scorer& scorer) const;

    /// The calibration used for a typology, or nullptr.
    const TypologyCalibration* calibration(const QString& typology) const;
    bool anyCalibrated() const { return !m_usable.empty(); }
    /// Why stored calibrations are not used (typology changed since), one per line.
    const QStringList& notes() const { return m_notes; }
    /// The heading of a value column: "Score (uncalibrated, 0–100)",
    /// "Calibrated probability" or "Score or calibrated probability".
    QString valueHeader() const;
    /// One sentence for a table caption or a CSV reader: what the values are.
    QString caption() const;

    /// The plain first sentence of an explanation: "3 of the 5 red flags of
    /// Controller of sexual exploitation, strongest: Escort or classified ad
    /// payments (12 payments)".
    static QString plainSentence(const AccountScore& score, const Scorer& scorer);
    /// The whole explanation: the plain sentence, the verdict with its
    /// reliability, then the log-odds detail (Scorer::explain).
    QString explain(const AccountScore& score, const Scorer& scorer) const;

private:
    std::vector<TypologyCalibration> m_usable;
    QStringList m_notes;

    // lupdate files tr() in member functions under the class: this tr() has that context.
    Q_DECLARE_TR_FUNCTIONS(ScorePresentation)
};

} // namespace waymark::finance
