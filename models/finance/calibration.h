#pragma once

#include "core/feedback.h"
#include "core/result.h"
#include "finance/ledgerreader.h"
#include "finance/rankingmetrics.h"
#include "finance/scorepresentation.h"
#include "finance/scorer.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace waymark::store {
class Workspace;
}

namespace waymark::finance {

/// Fits typology weights to labelled accounts and measures how well expert
/// and fitted weights rank them.
///
/// Per typology, each of its indicators gives two 0/1 inputs (hit, miss; a
/// not-assessable indicator is 0 in both, as it adds nothing to the score)
/// to an L2-regularised logistic regression, fitted by Newton's method; the
/// coefficients are the fitted log-likelihood-ratios of a hit and of a miss,
/// directly comparable with ln(hitLr) and ln(missLr) of the file. The
/// intercept reflects the labelled sample's mix of cases, not the
/// population's, so the file's prior is kept. Fitted-weight metrics are
/// measured by 5-fold cross-validation, never on the accounts they were fitted on.
class Calibration {
public:
    struct Label {
        QString account; ///< account key
        int label = 0; ///< 1 known case, 0 known clean
        QString typology; ///< the case's typology id, if known
    };
    /// The labels file the sample generator writes: `account_id,label,typology`.
    /// Errors name the file, line and column.
    static Result<std::vector<Label>> readLabels(const QString& path);
    static Result<std::vector<Label>> parseLabels(const QByteArray& data, const QString& fileName);

    struct Fit {
        double intercept = 0;
        std::vector<double> weights;
        int iterations = 0;
        bool converged = false;
    };
    /// L2-regularised logistic regression (the intercept is not penalised).
    static Fit fitLogistic(
        const std::vector<std::vector<double>>& x, const std::vector<int>& y, double lambda, int maxIterations = 50);
    static double predict(const Fit& fit, const std::vector<double>& x);

    struct WeightRow {
        QString indicator;
        double expertHit = 0, expertMiss = 0; ///< ln(hitLr), ln(missLr) from the file
        double fittedHit = 0, fittedMiss = 0;
        int hitsAmongCases = 0, hitsAmongClean = 0;
    };
    struct TypologyResult {
        QString typology;
        int cases = 0, clean = 0;
        Fit fit;
        std::vector<WeightRow> weights;
        RankingMetrics expert; ///< the typology's probability with the file's weights
        RankingMetrics fitted; ///< cross-validated fitted probability
        /// The typology's output calibrated to a probability on these labels,
        /// when they can support one; else notCalibrated says why.
        std::optional<TypologyCalibration> calibration;
        QString notCalibrated;
    };
    struct Report {
        qint64 labels = 0, matched = 0, notScored = 0;
        QStringList unknownAccounts; ///< labels naming no account of the workspace (first few)
        RankingMetrics overall; ///< overall expert probability against every label
        std::vector<TypologyResult> typologies;
        double lambda = 1;
        QString toText() const;
    };

    /// Stores the calibrations the report could make (ScorePresentation::save),
    /// in one transaction; their typologies are those of `scorer`.
    static Status save(store::Workspace& ws, const Scorer& scorer, const Report& report);

    static Result<Report> run(store::Workspace& ws, const Scorer& scorer, const std::vector<Label>& labels,
        const LedgerReader::Options& reader = {}, double lambda = 1.0, Feedback* feedback = nullptr);
};

} // namespace waymark::finance
