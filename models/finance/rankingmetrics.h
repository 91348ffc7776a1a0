#pragma once

#include <utility>
#include <vector>

namespace waymark::finance {

/// How well a score ranks labelled accounts: ROC and precision-recall
/// curves, AUC, precision at the top k, and calibration bins (predicted
/// probability against the observed share). Data only; views draw it.
struct RankingMetrics {
    struct RocPoint {
        double threshold, falsePositiveRate, truePositiveRate;
    };
    struct PrPoint {
        double threshold, recall, precision;
    };
    struct Bin {
        double lower, upper, meanPredicted, observedRate;
        int count;
    };
    std::vector<RocPoint> roc; ///< from (0,0) to (1,1), one point per distinct score
    std::vector<PrPoint> precisionRecall;
    double auc = 0; ///< area under the ROC curve (ties count half)
    double averagePrecision = 0;
    std::vector<std::pair<int, double>> precisionAtK; ///< (k, share of positives in the top k)
    std::vector<Bin> calibration; ///< equal-width bins over [0, 1]
    int positives = 0, negatives = 0;

    /// `scores` in [0, 1] for calibration bins (any order-preserving score
    /// works for the rest); labels 1 for a known case, 0 for known clean.
    static RankingMetrics compute(const std::vector<double>& scores, const std::vector<int>& labels,
        const std::vector<int>& ks = { 10, 25, 50, 100 }, int bins = 10);
};

} // namespace waymark::finance
