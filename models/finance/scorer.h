#pragma once

#include "finance/accountledger.h"
#include "finance/indicatorlibrary.h"
#include "finance/typology.h"

#include <QString>

#include <vector>

namespace waymark::finance {

/// One indicator's part in a typology score.
struct Contribution {
    int indicator = -1; ///< index in the IndicatorLibrary
    Outcome outcome = Outcome::NotAssessable;
    double logOdds = 0; ///< ln(hitLr), ln(missLr) or 0 when not assessable
    double value = 0; ///< the measured value
    std::vector<qint64> evidence; ///< transactions behind a hit
    std::uint32_t missing = 0; ///< see IndicatorResult
    const char* reason = nullptr; ///< see IndicatorResult
};

/// An account scored against one typology: prior log-odds plus the sum of
/// its indicators' log-odds, and the probability that gives.
struct TypologyScore {
    int typology = -1; ///< index in Scorer::typologies()
    double logOdds = 0;
    double probability = 0;
    int hits = 0, misses = 0, notAssessable = 0;
    std::vector<Contribution> contributions; ///< in the typology's order
};

/// An account's score with everything needed to explain it.
struct AccountScore {
    qint64 accountId = 0;
    QString accountKey;
    /// False when the account's data cannot carry a score (too few clean
    /// transactions); then probability is NaN and notScoredReason says why.
    bool scored = false;
    QString notScoredReason;
    double probability = 0; ///< overall, see Scorer::combine
    int leading = -1; ///< the typology with the highest probability
    std::vector<TypologyScore> typologies;
    qint64 transactions = 0, duplicates = 0, setAside = 0;

    /// What is stored in account_scores.yardstick (in English): "uncalibrated
    /// score", or "not assessed". Never a yardstick term: see ScorePresentation.
    QString storedKind() const;
};

/// Turns indicator evidence into probabilities, typology by typology, and
/// combines them (see combine()). Immutable once built; thread-safe.
class Scorer {
public:
    Scorer(std::vector<Typology> typologies, IndicatorLibrary library = IndicatorLibrary::standard());

    const std::vector<Typology>& typologies() const { return m_typologies; }
    const IndicatorLibrary& library() const { return m_library; }

    /// Accounts with fewer clean transactions are not scored.
    static constexpr int minTransactions = 3;

    AccountScore score(const AccountLedger& ledger) const;
    /// Scores from indicator results already evaluated (one per library indicator).
    AccountScore score(const AccountLedger& ledger, const std::vector<IndicatorResult>& results) const;
    /// The same into `out`, reusing its storage (for scoring millions).
    void score(const AccountLedger& ledger, const std::vector<IndicatorResult>& results, AccountScore& out) const;
    /// Evaluates the indicators any typology uses (the others stay NotAssessable).
    void evaluate(const AccountLedger& ledger, std::vector<IndicatorResult>& results) const;

    static double logistic(double logOdds);
    /// The overall probability from per-typology probabilities: the chance
    /// that at least one typology applies, taking typologies as independent
    /// (noisy-OR, 1 − Π(1 − pᵢ)). It lies between the largest pᵢ and their
    /// sum; shared indicators make it lean high, so explanations always show
    /// the leading typology's own probability too.
    static double combine(const std::vector<double>& probabilities);

    /// A readable explanation: probability, yardstick term, each typology's
    /// prior and contributions with their transactions.
    QString explain(const AccountScore& score) const;
    /// What the workspace stores per account (small, quick to write): the
    /// probability, the leading typology, each typology's log-odds, the hit
    /// indicators with their values and transactions, and the indicators
    /// not assessable; every other indicator a typology uses was a miss.
    /// With the stored typology versions that is the whole explanation.
    QByteArray compactJson(const AccountScore& score) const;

private:
    std::vector<Typology> m_typologies;
    IndicatorLibrary m_library;
    std::vector<std::vector<int>> m_indexes; ///< per typology, per weight: library index
    std::vector<int> m_used; ///< library indexes any typology uses
    std::vector<std::vector<std::pair<double, double>>> m_logLr; ///< per typology, per weight: ln hitLr, ln missLr
    std::vector<double> m_priorLogOdds;
};

} // namespace waymark::finance
