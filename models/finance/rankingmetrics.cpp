#include "rankingmetrics.h"

#include <algorithm>
#include <numeric>

namespace waymark::finance {

RankingMetrics RankingMetrics::compute(
    const std::vector<double>& scores, const std::vector<int>& labels, const std::vector<int>& ks, int bins)
{
    RankingMetrics m;
    const size_t n = std::min(scores.size(), labels.size());
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    // Highest score first; ties broken by putting negatives first, so that
    // precision at k never flatters a score that cannot tell them apart.
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        if (scores[a] != scores[b])
            return scores[a] > scores[b];
        return labels[a] < labels[b];
    });
    for (size_t i = 0; i < n; ++i)
        (labels[i] ? m.positives : m.negatives) += 1;
    if (n == 0)
        return m;
    // ROC and PR, one point per distinct threshold; AUC by trapezoids (ties
    // give a diagonal step, i.e. count half).
    int tp = 0, fp = 0;
    double prevFpr = 0, prevTpr = 0, ap = 0, prevRecall = 0;
    m.roc.push_back({ 1.0 + scores[order[0]], 0, 0 });
    for (size_t i = 0; i < n;) {
        const double s = scores[order[i]];
        size_t j = i;
        for (; j < n && scores[order[j]] == s; ++j)
            (labels[order[j]] ? tp : fp) += 1;
        const double fpr = m.negatives ? double(fp) / m.negatives : 0;
        const double tpr = m.positives ? double(tp) / m.positives : 0;
        m.auc += (fpr - prevFpr) * (tpr + prevTpr) / 2;
        m.roc.push_back({ s, fpr, tpr });
        const double precision = double(tp) / double(tp + fp);
        m.precisionRecall.push_back({ s, tpr, precision });
        ap += (tpr - prevRecall) * precision;
        prevRecall = tpr;
        prevFpr = fpr;
        prevTpr = tpr;
        i = j;
    }
    m.averagePrecision = ap;
    for (int k : ks) {
        const size_t top = std::min(size_t(k), n);
        int pos = 0;
        for (size_t i = 0; i < top; ++i)
            pos += labels[order[i]] ? 1 : 0;
        m.precisionAtK.emplace_back(k, top ? double(pos) / double(top) : 0);
    }
    m.calibration.resize(size_t(bins));
    std::vector<double> sum(size_t(bins), 0), obs(size_t(bins), 0);
    for (int b = 0; b < bins; ++b)
        m.calibration[size_t(b)] = { double(b) / bins, double(b + 1) / bins, 0, 0, 0 };
    for (size_t i = 0; i < n; ++i) {
        const int b = std::clamp(int(scores[i] * bins), 0, bins - 1);
        sum[size_t(b)] += scores[i];
        obs[size_t(b)] += labels[i] ? 1 : 0;
        ++m.calibration[size_t(b)].count;
    }
    for (int b = 0; b < bins; ++b) {
        Bin& bin = m.calibration[size_t(b)];
        if (bin.count) {
            bin.meanPredicted = sum[size_t(b)] / bin.count;
            bin.observedRate = obs[size_t(b)] / bin.count;
        }
    }
    return m;
}

} // namespace waymark::finance
