#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <vector>

namespace waymark::analysis {

/// What an artefact check allows a generated statement to say.
enum class CheckOutcome : quint8 {
    Pass, ///< the statement may be made as it is
    Caveat, ///< the statement is made with the check's reason beside it
    Refuse, ///< no confident statement: the reason is said instead
};

/// One artefact check run on one generated statement: its outcome, a
/// plain-words reason and the numbers behind it, as the report prints them
/// ("why we can say this").
struct CheckResult {
    QString check; ///< stable id: coverage, small_numbers, multiple_testing, source_concentration, date_precision,
                   ///< time_concentration, leading_margin
    CheckOutcome outcome = CheckOutcome::Pass;
    QString reason;
    QList<QPair<QString, QString>> numbers; ///< label, value as printed

    /// "Comparable coverage", … for a check id (the id itself when unknown).
    static QString checkName(const QString& check);
    /// What the check asks, one sentence, for the method annex.
    static QString checkMethod(const QString& check);
    static QString outcomeName(CheckOutcome outcome);
    /// Every check id, in the order the method annex lists them.
    static QStringList allChecks();
    /// "pass — reason (label: value; …)".
    QString text() const;
    QJsonObject toJson() const;
    static CheckResult fromJson(const QJsonObject& o);

    // lupdate files tr() in member functions under the class: this tr() has that context.
    Q_DECLARE_TR_FUNCTIONS(ClaimCheck)
};

/// The checks one statement passed: stored with the judgement it backs.
struct ClaimChecks {
    std::vector<CheckResult> results;

    void add(CheckResult r) { results.push_back(std::move(r)); }
    bool isEmpty() const { return results.empty(); }
    /// The worst outcome (Pass when there are no checks).
    CheckOutcome outcome() const;
    bool refused() const { return outcome() == CheckOutcome::Refuse; }
    /// The first check with that outcome or worse, or nullptr.
    const CheckResult* firstAtLeast(CheckOutcome outcome) const;
    /// Reasons of the checks that did not pass, in plain words.
    QStringList caveats() const;
    QJsonArray toJson() const;
    static ClaimChecks fromJson(const QJsonArray& a);
};

/// A two-sided 95 % interval.
struct Interval {
    double low = 0;
    double high = 0;
};

/// Counts of one source in one period and area, for the coverage check.
struct SourceCoverage {
    QString source; ///< the source's name, as the report prints it
    qint64 earlierRecords = 0; ///< in the area's countries, the earlier period, any precision
    qint64 earlierPoints = 0; ///< …of which located to a point
    qint64 laterRecords = 0;
    qint64 laterPoints = 0;
    qint64 earlierInArea = 0; ///< point records inside the area (the band around the cell)
    qint64 laterInArea = 0;
};

/// The artefact checks every generated statement passes (ARCHITECTURE.md,
/// issue 14): pure functions of counts, so the starter draft, the map's
/// hotspot layers, the key actors and the typology alerts run the same code.
class ClaimCheck {
public:
    /// Fewer incidents than this in an area make no area claim.
    static constexpr qint64 kMinIncidents = 10;
    /// Fewer links than this make no key-actor claim.
    static constexpr qint64 kMinLinks = 3;
    /// One source or partner above this share of a hotspot's incidents makes
    /// it a reporting concentration.
    static constexpr double kConcentrationShare = 0.5;
    /// A source's earlier share of records located to a point below this
    /// fraction of its later share is a change of location precision.
    static constexpr double kPrecisionRatio = 0.5;
    /// At least this share of a comparison must rest on comparable sources
    /// (else refused); below kComparableCaveat it carries a caveat.
    static constexpr double kComparableRefuse = 0.5;
    static constexpr double kComparableCaveat = 0.9;
    /// Records whose dates are coarser than the claim: above this share the
    /// claim carries a caveat, above kCoarseRefuse it is refused.
    static constexpr double kCoarseCaveat = 0.1;
    static constexpr double kCoarseRefuse = 0.5;
    /// The length of the episode left out to test an alert (one week).
    static constexpr int kEpisodeDays = 7;

    /// Wilson score interval of a proportion k/n at 95 % (n = 0: [0, 1]).
    static Interval wilson(qint64 k, qint64 n);
    /// Exact (Garwood) 95 % interval of a Poisson count k.
    static Interval poisson(qint64 k);

    /// Comparable coverage of a comparison between an earlier and a later
    /// period in an area, stratified by source: a source's later incidents
    /// in the area count as comparable only when the source reported in the
    /// area's countries in the earlier period too, with a comparable share
    /// located to a point. `comparableLater` and `comparableEarlier` receive
    /// the in-area counts of the comparable sources, which the claim then uses.
    static CheckResult coverage(const std::vector<SourceCoverage>& sources, const QString& areaCountries,
        qint64* comparableEarlier = nullptr, qint64* comparableLater = nullptr);
    /// Minimum counts and an interval on the rate: for one period only
    /// (`earlier` < 0) the count; for a comparison the rate ratio later /
    /// earlier per day, with the Wilson interval of the later share turned
    /// into a ratio; refused when the ratio's lower bound is not above 1.
    static CheckResult smallNumbers(qint64 later, qint64 laterDays, qint64 earlier = -1, qint64 earlierDays = 0,
        qint64 minimum = kMinIncidents, const QString& unit = QString());
    /// The same for a rise against the change everywhere: the area's later
    /// and earlier counts against all comparable records of each period
    /// (`laterAll`, `earlierAll`), so a rise that only follows more reporting
    /// overall is not an emergence.
    static CheckResult relativeRise(qint64 later, qint64 earlier, qint64 laterAll, qint64 earlierAll);
    /// Gi* over many cells: whether the false discovery rate correction was
    /// applied and what it took away.
    static CheckResult multipleTesting(
        qint64 cellsTested, qint64 significantBefore, qint64 significantAfter, bool corrected, bool cellSignificant);
    /// One source or partner making up more than kConcentrationShare of the
    /// records (name, count): a reporting concentration, named. `refuse`
    /// says whether that refuses the claim (hotspots) or only caveats it.
    static CheckResult sourceConcentration(
        const QList<QPair<QString, qint64>>& bySource, bool refuse = true, const QString& unit = QString());
    /// A claim that one item leads (the leading route): `leader` records
    /// against `runnerUp` for the next one (`runnerUpName`). The lead is
    /// beyond chance when the Wilson 95 % interval of the leader's share of
    /// the two lies above one half; otherwise a caveat says the two may swap.
    static CheckResult leadingMargin(
        qint64 leader, qint64 runnerUp, const QString& runnerUpName, const QString& unit = QString());
    /// Comparable coverage of a lead between two items reported by different
    /// sources (the leading route against the next): the lead is compared
    /// again on the sources that report both (stratified by source). When
    /// no source reports both, or the lead does not hold among those that
    /// do, a caveat says the lead rests on which sources report where.
    static CheckResult comparableLead(const QHash<QString, qint64>& leaderBySource,
        const QHash<QString, qint64>& runnerUpBySource, const QString& runnerUpName, const QString& unit = QString());
    /// Records dated more coarsely than the claim's grain (`coarse`, known
    /// only to a month or year that runs over the period's edge) against
    /// those dated finely enough (`fine`), for a claim at `grain` ("period").
    static CheckResult datePrecision(qint64 fine, qint64 coarse, const QString& grain);
    /// The first day of the kEpisodeDays window holding most of `days`.
    static QDate busiestWindow(const std::vector<QDate>& days, qint64* inWindow = nullptr);
    /// An alert that rests on one episode: `score` is the account's score,
    /// `scoreWithout` its score with the busiest kEpisodeDays of its red-flag
    /// transactions (`days`) left out; when that falls below `threshold`
    /// the alert is one unusual episode, not a pattern of behaviour.
    static CheckResult oneEpisode(const std::vector<QDate>& days, double score, double scoreWithout, double threshold);

    // lupdate files tr() in member functions under the class: this tr() has that context.
    Q_DECLARE_TR_FUNCTIONS(ClaimCheck)
};

} // namespace waymark::analysis
