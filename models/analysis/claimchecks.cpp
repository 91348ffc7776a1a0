#include "claimchecks.h"

#include "core/numbertext.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <limits>

namespace waymark::analysis {

namespace {

QString pct(double share)
{
    return QStringLiteral("%1 %").arg(share * 100, 0, 'f', 0);
}

QString fixed(double v, int digits = 1)
{
    return QString::number(v, 'f', digits);
}

/// Regularised lower incomplete gamma P(a, x) (Numerical Recipes' series
/// and continued fraction).
double gammaP(double a, double x)
{
    if (x <= 0)
        return 0;
    const double lg = std::lgamma(a);
    if (x < a + 1) {
        double ap = a, sum = 1 / a, del = sum;
        for (int n = 0; n < 10000; ++n) {
            ap += 1;
            del *= x / ap;
            sum += del;
            if (std::fabs(del) < std::fabs(sum) * 1e-15)
                break;
        }
        return sum * std::exp(-x + a * std::log(x) - lg);
    }
    const double tiny = 1e-300;
    double b = x + 1 - a, c = 1 / tiny, d = 1 / b, h = d;
    for (int i = 1; i < 10000; ++i) {
        const double an = -i * (i - a);
        b += 2;
        d = an * d + b;
        if (std::fabs(d) < tiny)
            d = tiny;
        c = b + an / c;
        if (std::fabs(c) < tiny)
            c = tiny;
        d = 1 / d;
        const double del = d * c;
        h *= del;
        if (std::fabs(del - 1) < 1e-15)
            break;
    }
    return 1 - std::exp(-x + a * std::log(x) - lg) * h;
}

/// P(X ≤ k) for X ~ Poisson(mu).
double poissonCdf(qint64 k, double mu)
{
    return k < 0 ? 0 : 1 - gammaP(double(k) + 1, mu);
}

/// The mu in [lo, hi] where f(mu) crosses target, f decreasing in mu.
template <typename F> double solveDecreasing(F f, double target, double lo, double hi)
{
    for (int i = 0; i < 200; ++i) {
        const double mid = (lo + hi) / 2;
        if (f(mid) > target)
            lo = mid;
        else
            hi = mid;
    }
    return (lo + hi) / 2;
}

CheckResult make(const char* check, CheckOutcome outcome, const QString& reason)
{
    CheckResult r;
    r.check = QLatin1String(check);
    r.outcome = outcome;
    r.reason = reason;
    return r;
}

} // namespace

QStringList CheckResult::allChecks()
{
    return { QStringLiteral("coverage"), QStringLiteral("small_numbers"), QStringLiteral("multiple_testing"),
        QStringLiteral("source_concentration"), QStringLiteral("date_precision"), QStringLiteral("time_concentration"),
        QStringLiteral("leading_margin") };
}

QString CheckResult::checkName(const QString& check)
{
    if (check == QLatin1String("coverage"))
        return tr("Comparable coverage");
    if (check == QLatin1String("small_numbers"))
        return tr("Small numbers");
    if (check == QLatin1String("multiple_testing"))
        return tr("Multiple testing");
    if (check == QLatin1String("source_concentration"))
        return tr("Source concentration");
    if (check == QLatin1String("date_precision"))
        return tr("Date precision");
    if (check == QLatin1String("time_concentration"))
        return tr("One episode");
    if (check == QLatin1String("leading_margin"))
        return tr("Leading margin");
    return check;
}

QString CheckResult::checkMethod(const QString& check)
{
    if (check == QLatin1String("coverage"))
        return tr("A comparison between periods uses only sources that reported in the area's countries in both "
                  "periods with a comparable share of records located to a point (stratified by source); when most "
                  "of the later records come from sources that are new or newly precise, no emergence is claimed: "
                  "coverage changed.");
    if (check == QLatin1String("small_numbers"))
        return tr("An area claim needs at least %1 incidents. Counts carry an exact (Garwood) Poisson 95 % "
                  "interval; a rise between periods is claimed only when the Wilson 95 % interval of the later "
                  "share, turned into a rate ratio against the change in all comparable records, lies above 1.")
            .arg(ClaimCheck::kMinIncidents);
    if (check == QLatin1String("multiple_testing"))
        return tr("Getis-Ord Gi* tests every cell of the grid at once: the false discovery rate is controlled with "
                  "the Benjamini–Hochberg procedure, as ArcGIS's Hot Spot Analysis does, before any cell is "
                  "called hot.");
    if (check == QLatin1String("source_concentration"))
        return tr("When one source or reporting partner makes up more than %1 of a hotspot's incidents (or of a "
                  "key actor's links), it is named as a reporting concentration, not stated as a pattern.")
            .arg(pct(ClaimCheck::kConcentrationShare));
    if (check == QLatin1String("date_precision"))
        return tr("Records known only to a month or a year are used only for periods that contain their whole "
                  "month or year; when more than %1 of the records are too coarse, the claim is caveated, more "
                  "than %2 refused.")
            .arg(pct(ClaimCheck::kCoarseCaveat), pct(ClaimCheck::kCoarseRefuse));
    if (check == QLatin1String("time_concentration"))
        return tr("An alert is scored again with the busiest %1 days of its red flags left out; when it then falls "
                  "under the alert line it rests on one unusual episode and is not stated as the account's "
                  "behaviour.")
            .arg(ClaimCheck::kEpisodeDays);
    if (check == QLatin1String("leading_margin"))
        return tr("A claim that one route leads holds only when the Wilson 95 % interval of its share of it and "
                  "the next route together lies above one half; otherwise the two may swap with the next reports.");
    return {};
}

QString CheckResult::outcomeName(CheckOutcome outcome)
{
    switch (outcome) {
    case CheckOutcome::Pass:
        return tr("pass");
    case CheckOutcome::Caveat:
        return tr("caveat");
    case CheckOutcome::Refuse:
        return tr("refused");
    }
    return {};
}

QString CheckResult::text() const
{
    QStringList n;
    for (const auto& [label, value] : numbers)
        n << QStringLiteral("%1: %2").arg(label, value);
    QString t = QStringLiteral("%1 — %2").arg(checkName(check), outcomeName(outcome));
    if (!reason.isEmpty())
        t += QStringLiteral(": ") + reason;
    if (!n.isEmpty())
        t += QStringLiteral(" (%1)").arg(n.join(QStringLiteral("; ")));
    return t;
}

QJsonObject CheckResult::toJson() const
{
    QJsonArray n;
    for (const auto& [label, value] : numbers)
        n.append(QJsonArray { label, value });
    static const char* const names[] = { "pass", "caveat", "refuse" };
    return QJsonObject { { QStringLiteral("check"), check },
        { QStringLiteral("outcome"), QLatin1String(names[int(outcome)]) }, { QStringLiteral("reason"), reason },
        { QStringLiteral("numbers"), n } };
}

CheckResult CheckResult::fromJson(const QJsonObject& o)
{
    CheckResult r;
    r.check = o.value(QLatin1String("check")).toString();
    const QString outcome = o.value(QLatin1String("outcome")).toString();
    r.outcome = outcome == QLatin1String("refuse") ? CheckOutcome::Refuse
        : outcome == QLatin1String("caveat")       ? CheckOutcome::Caveat
                                                   : CheckOutcome::Pass;
    r.reason = o.value(QLatin1String("reason")).toString();
    for (const QJsonValue& v : o.value(QLatin1String("numbers")).toArray()) {
        const QJsonArray pair = v.toArray();
        r.numbers.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    return r;
}

CheckOutcome ClaimChecks::outcome() const
{
    CheckOutcome worst = CheckOutcome::Pass;
    for (const CheckResult& r : results)
        worst = std::max(worst, r.outcome);
    return worst;
}

const CheckResult* ClaimChecks::firstAtLeast(CheckOutcome outcome) const
{
    for (const CheckResult& r : results) {
        if (r.outcome >= outcome)
            return &r;
    }
    return nullptr;
}

QStringList ClaimChecks::caveats() const
{
    QStringList out;
    for (const CheckResult& r : results) {
        if (r.outcome != CheckOutcome::Pass)
            out << r.reason;
    }
    return out;
}

QJsonArray ClaimChecks::toJson() const
{
    QJsonArray a;
    for (const CheckResult& r : results)
        a.append(r.toJson());
    return a;
}

ClaimChecks ClaimChecks::fromJson(const QJsonArray& a)
{
    ClaimChecks c;
    for (const QJsonValue& v : a)
        c.add(CheckResult::fromJson(v.toObject()));
    return c;
}

Interval ClaimCheck::wilson(qint64 k, qint64 n)
{
    if (n <= 0)
        return { 0, 1 };
    const double z = 1.959963984540054, nn = double(n), p = double(k) / nn;
    const double centre = (p + z * z / (2 * nn)) / (1 + z * z / nn);
    const double half = z / (1 + z * z / nn) * std::sqrt(p * (1 - p) / nn + z * z / (4 * nn * nn));
    return { std::max(0.0, centre - half), std::min(1.0, centre + half) };
}

Interval ClaimCheck::poisson(qint64 k)
{
    if (k < 0)
        return { 0, 0 };
    const double hi = double(k) + 20 * std::sqrt(double(k) + 1) + 20;
    // Lower: P(X ≥ k | L) = 0.025, i.e. P(X ≤ k − 1 | L) = 0.975; upper: P(X ≤ k | U) = 0.025.
    const double low = k == 0 ? 0 : solveDecreasing([&](double mu) { return poissonCdf(k - 1, mu); }, 0.975, 0, hi);
    const double high = solveDecreasing([&](double mu) { return poissonCdf(k, mu); }, 0.025, 0, hi);
    return { low, high };
}

CheckResult ClaimCheck::coverage(const std::vector<SourceCoverage>& sources, const QString& areaCountries,
    qint64* comparableEarlier, qint64* comparableLater)
{
    qint64 laterInArea = 0, compLater = 0, compEarlier = 0, earlierPoints = 0, earlierRecords = 0, laterPoints = 0,
           laterRecords = 0;
    QStringList newSources, shifted;
    for (const SourceCoverage& s : sources) {
        laterInArea += s.laterInArea;
        earlierPoints += s.earlierPoints;
        earlierRecords += s.earlierRecords;
        laterPoints += s.laterPoints;
        laterRecords += s.laterRecords;
        const double laterShare = s.laterRecords ? double(s.laterPoints) / double(s.laterRecords) : 0;
        const double earlierShare = s.earlierRecords ? double(s.earlierPoints) / double(s.earlierRecords) : 0;
        const bool comparable
            = s.earlierRecords > 0 && s.earlierPoints > 0 && earlierShare >= kPrecisionRatio * laterShare;
        if (comparable) {
            compLater += s.laterInArea;
            compEarlier += s.earlierInArea;
        } else if (s.laterInArea > 0) {
            if (s.earlierRecords == 0)
                newSources << tr("%1 (%2 incidents here, none in these countries before)")
                                  .arg(s.source, groupedNumber(s.laterInArea));
            else
                shifted << tr("%1 (located to a point: %2 of %3 records before, %4 of %5 after)")
                               .arg(s.source, groupedNumber(s.earlierPoints), groupedNumber(s.earlierRecords),
                                   groupedNumber(s.laterPoints), groupedNumber(s.laterRecords));
        }
    }
    if (comparableEarlier)
        *comparableEarlier = compEarlier;
    if (comparableLater)
        *comparableLater = compLater;
    const double share = laterInArea ? double(compLater) / double(laterInArea) : 1.0;
    CheckResult r;
    if (laterInArea > 0 && earlierPoints == 0) {
        r = make("coverage", CheckOutcome::Refuse,
            tr("Coverage changed: in %1 the earlier period has no incidents located to a point (%2 located only to "
               "a country or not at all), so a rise cannot be told from a change in how incidents were located.")
                .arg(areaCountries, groupedNumber(earlierRecords)));
    } else if (share < kComparableRefuse) {
        QStringList why = newSources + shifted;
        r = make("coverage", CheckOutcome::Refuse,
            tr("Coverage changed: %1 of the later incidents here come from sources that did not report in %2 "
               "before or did not locate incidents to a point before: %3.")
                .arg(pct(1 - share), areaCountries, why.join(QStringLiteral("; "))));
    } else if (share < kComparableCaveat) {
        QStringList why = newSources + shifted;
        r = make("coverage", CheckOutcome::Caveat,
            tr("Counted from comparable sources only: %1 of the later incidents here come from sources whose "
               "coverage changed (%2).")
                .arg(pct(1 - share), why.join(QStringLiteral("; "))));
    } else {
        r = make("coverage", CheckOutcome::Pass,
            tr("The sources behind the comparison reported in %1 in both periods with comparable location "
               "precision.")
                .arg(areaCountries));
    }
    r.numbers << qMakePair(tr("earlier, located to a point"),
        tr("%1 of %2").arg(groupedNumber(earlierPoints), groupedNumber(earlierRecords)))
              << qMakePair(tr("later, located to a point"),
                     tr("%1 of %2").arg(groupedNumber(laterPoints), groupedNumber(laterRecords)))
              << qMakePair(tr("later incidents here from comparable sources"),
                     tr("%1 of %2").arg(groupedNumber(compLater), groupedNumber(laterInArea)));
    return r;
}

CheckResult ClaimCheck::smallNumbers(
    qint64 later, qint64 laterDays, qint64 earlier, qint64 earlierDays, qint64 minimum, const QString& unit)
{
    const QString what = unit.isEmpty() ? tr("incidents") : unit;
    const Interval ci = poisson(later);
    CheckResult r;
    if (later < minimum) {
        r = make("small_numbers", CheckOutcome::Refuse,
            tr("Too few %1 to make a claim: %2, fewer than the %3 needed.")
                .arg(what, groupedNumber(later), groupedNumber(minimum)));
    } else if (earlier >= 0 && laterDays > 0 && earlierDays > 0) {
        // Given later + earlier, the later count is binomial with p = rate
        // ratio × later days / (rate ratio × later days + earlier days).
        const Interval p = wilson(later, later + earlier);
        const double scale = double(earlierDays) / double(laterDays);
        auto ratio = [&](double q) { return q >= 1 ? std::numeric_limits<double>::infinity() : q / (1 - q) * scale; };
        const double rr
            = earlier > 0 ? double(later) / double(earlier) * scale : std::numeric_limits<double>::infinity();
        const double lo = ratio(p.low), hi = ratio(p.high);
        auto show = [](double v) { return std::isinf(v) ? QStringLiteral("∞") : fixed(v); };
        if (lo <= 1)
            r = make("small_numbers", CheckOutcome::Refuse,
                tr("The rise is within chance: %1 %2 against %3 before; the rate ratio's 95 % interval reaches "
                   "down to %4.")
                    .arg(groupedNumber(later), what, groupedNumber(earlier), show(lo)));
        else
            r = make("small_numbers", CheckOutcome::Pass,
                tr("%1 %2 against %3 before: the rise is beyond chance.")
                    .arg(groupedNumber(later), what, groupedNumber(earlier)));
        r.numbers << qMakePair(tr("rate ratio, later to earlier"),
            tr("%1 (95 % interval %2–%3, Wilson)").arg(show(rr), show(lo), show(hi)));
        const Interval ce = poisson(earlier);
        r.numbers << qMakePair(tr("earlier"),
            tr("%1 (95 % interval %2–%3, exact Poisson) in %4 days")
                .arg(groupedNumber(earlier), fixed(ce.low), fixed(ce.high), groupedNumber(earlierDays)));
    } else {
        r = make("small_numbers", CheckOutcome::Pass,
            tr("%1 %2, at least the %3 needed.").arg(groupedNumber(later), what, groupedNumber(minimum)));
    }
    r.numbers << qMakePair(earlier >= 0 ? tr("later") : tr("count"),
        laterDays > 0
            ? tr("%1 (95 % interval %2–%3, exact Poisson) in %4 days")
                  .arg(groupedNumber(later), fixed(ci.low), fixed(ci.high), groupedNumber(laterDays))
            : tr("%1 (95 % interval %2–%3, exact Poisson)").arg(groupedNumber(later), fixed(ci.low), fixed(ci.high)));
    r.numbers << qMakePair(tr("minimum"), groupedNumber(minimum));
    return r;
}

CheckResult ClaimCheck::relativeRise(qint64 later, qint64 earlier, qint64 laterAll, qint64 earlierAll)
{
    const QString what = tr("incidents");
    CheckResult r;
    if (later < kMinIncidents) {
        r = make("small_numbers", CheckOutcome::Refuse,
            tr("Too few %1 to make a claim: %2, fewer than the %3 needed.")
                .arg(what, groupedNumber(later), groupedNumber(kMinIncidents)));
    } else {
        // Given later + earlier, the later count is binomial with
        // p = RR·laterAll / (RR·laterAll + earlierAll), RR the rise against everywhere.
        const Interval p = wilson(later, later + earlier);
        const double scale = laterAll > 0 ? double(earlierAll) / double(laterAll) : 1.0;
        auto ratio = [&](double q) { return q >= 1 ? std::numeric_limits<double>::infinity() : q / (1 - q) * scale; };
        auto show = [](double v) { return std::isinf(v) ? QStringLiteral("∞") : fixed(v); };
        const double rr
            = earlier > 0 ? double(later) / double(earlier) * scale : std::numeric_limits<double>::infinity();
        const double lo = ratio(p.low), hi = ratio(p.high);
        if (lo <= 1)
            r = make("small_numbers", CheckOutcome::Refuse,
                tr("No rise beyond the change everywhere: %1 %2 against %3 before, while all comparable records went "
                   "from %4 to %5; the relative rate ratio's 95 % interval reaches down to %6.")
                    .arg(groupedNumber(later), what, groupedNumber(earlier), groupedNumber(earlierAll),
                        groupedNumber(laterAll), show(lo)));
        else
            r = make("small_numbers", CheckOutcome::Pass,
                tr("%1 %2 against %3 before: a rise beyond chance and beyond the change in all comparable records "
                   "(%4 to %5).")
                    .arg(groupedNumber(later), what, groupedNumber(earlier), groupedNumber(earlierAll),
                        groupedNumber(laterAll)));
        r.numbers << qMakePair(tr("rate ratio against the change everywhere"),
            tr("%1 (95 % interval %2–%3, Wilson)").arg(show(rr), show(lo), show(hi)));
    }
    const Interval cl = poisson(later), ce = poisson(earlier);
    r.numbers
        << qMakePair(tr("later"),
               tr("%1 (95 % interval %2–%3, exact Poisson)").arg(groupedNumber(later), fixed(cl.low), fixed(cl.high)))
        << qMakePair(tr("earlier"),
               tr("%1 (95 % interval %2–%3, exact Poisson)").arg(groupedNumber(earlier), fixed(ce.low), fixed(ce.high)))
        << qMakePair(tr("all comparable records, earlier and later"),
               tr("%1 and %2").arg(groupedNumber(earlierAll), groupedNumber(laterAll)))
        << qMakePair(tr("minimum"), groupedNumber(kMinIncidents));
    return r;
}

CheckResult ClaimCheck::multipleTesting(
    qint64 cellsTested, qint64 significantBefore, qint64 significantAfter, bool corrected, bool cellSignificant)
{
    CheckResult r;
    if (!corrected)
        r = make("multiple_testing", CheckOutcome::Refuse,
            tr("Gi* was not corrected for testing %1 cells at once.").arg(groupedNumber(cellsTested)));
    else if (!cellSignificant)
        r = make("multiple_testing", CheckOutcome::Refuse,
            tr("Not significant once the false discovery rate over %1 cells is controlled (Benjamini–Hochberg).")
                .arg(groupedNumber(cellsTested)));
    else
        r = make("multiple_testing", CheckOutcome::Pass,
            tr("Significant at 95 % after the Benjamini–Hochberg false discovery rate correction over %1 cells.")
                .arg(groupedNumber(cellsTested)));
    r.numbers << qMakePair(tr("cells tested"), groupedNumber(cellsTested))
              << qMakePair(tr("hot or cold at 95 % before correction"), groupedNumber(significantBefore))
              << qMakePair(tr("after FDR correction"), groupedNumber(significantAfter));
    return r;
}

CheckResult ClaimCheck::leadingMargin(qint64 leader, qint64 runnerUp, const QString& runnerUpName, const QString& unit)
{
    const QString what = unit.isEmpty() ? tr("incidents") : unit;
    const Interval share = wilson(leader, leader + runnerUp);
    CheckResult r;
    if (runnerUp == 0)
        r = make("leading_margin", CheckOutcome::Pass, tr("Nothing else comes second."));
    else if (share.low > 0.5)
        r = make("leading_margin", CheckOutcome::Pass,
            tr("The lead over %1 is beyond chance: %2 against %3 %4.")
                .arg(runnerUpName, groupedNumber(leader), groupedNumber(runnerUp), what));
    else
        r = make("leading_margin", CheckOutcome::Caveat,
            tr("The lead over %1 is within chance: %2 against %3 %4, and the two may swap with the next reports.")
                .arg(runnerUpName, groupedNumber(leader), groupedNumber(runnerUp), what));
    r.numbers << qMakePair(tr("share of the two"),
        tr("%1 (95 % interval %2–%3, Wilson)")
            .arg(pct(leader + runnerUp ? double(leader) / double(leader + runnerUp) : 1), pct(share.low),
                pct(share.high)));
    return r;
}

CheckResult ClaimCheck::comparableLead(const QHash<QString, qint64>& leaderBySource,
    const QHash<QString, qint64>& runnerUpBySource, const QString& runnerUpName, const QString& unit)
{
    const QString what = unit.isEmpty() ? tr("incidents") : unit;
    qint64 leader = 0, runnerUp = 0, both = 0;
    for (auto it = leaderBySource.cbegin(); it != leaderBySource.cend(); ++it) {
        const qint64 other = runnerUpBySource.value(it.key());
        if (it.value() > 0 && other > 0) {
            ++both;
            leader += it.value();
            runnerUp += other;
        }
    }
    CheckResult r;
    if (runnerUpBySource.isEmpty())
        r = make("coverage", CheckOutcome::Pass, tr("Nothing else comes second."));
    else if (both == 0)
        r = make("coverage", CheckOutcome::Caveat,
            tr("No source reports both this and %1: the two are not compared on the same reporting, and the lead "
               "may only say which sources report where.")
                .arg(runnerUpName));
    else if (leader <= runnerUp)
        r = make("coverage", CheckOutcome::Caveat,
            tr("Among the sources that report both, %1 comes first (%2 against %3 %4): the lead rests on which "
               "sources report where.")
                .arg(runnerUpName, groupedNumber(runnerUp), groupedNumber(leader), what));
    else
        r = make("coverage", CheckOutcome::Pass,
            tr("The lead over %1 holds among the sources that report both: %2 against %3 %4.")
                .arg(runnerUpName, groupedNumber(leader), groupedNumber(runnerUp), what));
    r.numbers << qMakePair(tr("sources reporting both"), groupedNumber(both));
    r.numbers << qMakePair(tr("sources reporting only one"),
        groupedNumber(qint64(leaderBySource.size() + runnerUpBySource.size()) - 2 * both));
    return r;
}

CheckResult ClaimCheck::sourceConcentration(
    const QList<QPair<QString, qint64>>& bySource, bool refuse, const QString& unit)
{
    qint64 total = 0;
    QPair<QString, qint64> top;
    for (const auto& s : bySource) {
        total += s.second;
        if (s.second > top.second)
            top = s;
    }
    const QString what = unit.isEmpty() ? tr("incidents") : unit;
    const double share = total ? double(top.second) / double(total) : 0;
    CheckResult r;
    if (share > kConcentrationShare)
        r = make("source_concentration", refuse ? CheckOutcome::Refuse : CheckOutcome::Caveat,
            tr("A reporting concentration: %1 of the %2 come from one source, %3.").arg(pct(share), what, top.first));
    else
        r = make("source_concentration", CheckOutcome::Pass,
            tr("No single source makes up more than %1 of the %2.").arg(pct(kConcentrationShare), what));
    const Interval ci = wilson(top.second, total);
    r.numbers << qMakePair(tr("largest source"),
        top.first.isEmpty() ? tr("none")
                            : tr("%1: %2 of %3 (%4, 95 % interval %5–%6, Wilson)")
                                  .arg(top.first, groupedNumber(top.second), groupedNumber(total), pct(share),
                                      pct(ci.low), pct(ci.high)));
    r.numbers << qMakePair(tr("sources"), groupedNumber(bySource.size()));
    return r;
}

CheckResult ClaimCheck::datePrecision(qint64 fine, qint64 coarse, const QString& grain)
{
    const qint64 total = fine + coarse;
    const double share = total ? double(coarse) / double(total) : 0;
    CheckResult r;
    if (share > kCoarseRefuse)
        r = make("date_precision", CheckOutcome::Refuse,
            tr("Most records here (%1) are dated only to a month or a year that runs over the edge of the %2: "
               "they cannot support a claim at that grain.")
                .arg(pct(share), grain));
    else if (share > kCoarseCaveat)
        r = make("date_precision", CheckOutcome::Caveat,
            tr("%1 of the records here are dated only to a month or a year that runs over the edge of the %2 and "
               "were left out.")
                .arg(pct(share), grain));
    else
        r = make("date_precision", CheckOutcome::Pass,
            tr("Records dated too coarsely for the %1 were left out (%2).").arg(grain, groupedNumber(coarse)));
    r.numbers << qMakePair(tr("dated finely enough"), groupedNumber(fine))
              << qMakePair(tr("too coarse, left out"), groupedNumber(coarse));
    return r;
}

QDate ClaimCheck::busiestWindow(const std::vector<QDate>& days, qint64* inWindow)
{
    std::vector<qint64> d;
    for (const QDate& day : days) {
        if (day.isValid())
            d.push_back(day.toJulianDay());
    }
    std::sort(d.begin(), d.end());
    size_t best = 0, bestAt = 0;
    for (size_t lo = 0, hi = 0; hi < d.size(); ++hi) {
        while (d[hi] - d[lo] >= kEpisodeDays)
            ++lo;
        if (hi - lo + 1 > best) {
            best = hi - lo + 1;
            bestAt = lo;
        }
    }
    if (inWindow)
        *inWindow = qint64(best);
    return d.empty() ? QDate() : QDate::fromJulianDay(d[bestAt]);
}

CheckResult ClaimCheck::oneEpisode(const std::vector<QDate>& days, double score, double scoreWithout, double threshold)
{
    qint64 busiest = 0;
    const QDate from = busiestWindow(days, &busiest);
    CheckResult r;
    const QString week = from.isValid() ? QStringLiteral("%1 – %2").arg(
                             from.toString(Qt::ISODate), from.addDays(kEpisodeDays - 1).toString(Qt::ISODate))
                                        : QString();
    if (!from.isValid())
        r = make("time_concentration", CheckOutcome::Caveat, tr("The red flags' dates are not known."));
    else if (score >= threshold && scoreWithout < threshold)
        r = make("time_concentration", CheckOutcome::Refuse,
            tr("The alert rests on one unusual week (%1): without it the account scores %2, under the alert line. "
               "One episode is not a pattern of behaviour.")
                .arg(week, pct(scoreWithout)));
    else
        r = make("time_concentration", CheckOutcome::Pass,
            tr("The alert does not rest on one week: without its busiest week (%1) the account still scores %2.")
                .arg(week, pct(scoreWithout)));
    r.numbers << qMakePair(tr("score"), pct(score))
              << qMakePair(tr("score without the busiest week"), pct(scoreWithout))
              << qMakePair(tr("red-flag transactions cited"), groupedNumber(qint64(days.size())))
              << qMakePair(tr("of them in the busiest week"), groupedNumber(busiest));
    return r;
}

} // namespace waymark::analysis
