#include "analysis/claimchecks.h"
#include "geo/getisord.h"
#include "reports/reportdocument.h"

#include <QtTest>

using namespace waymark;
using namespace waymark::analysis;

/// The artefact checks as pure functions of counts, the intervals they print,
/// the false discovery rate correction of Gi*, and checks stored with a judgement.
class TestClaimChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wilsonInterval()
    {
        // Reference values (R: prop.test(…, correct = FALSE)$conf.int; statsmodels
        // proportion_confint(method="wilson")).
        const Interval a = ClaimCheck::wilson(5, 10);
        QVERIFY(qAbs(a.low - 0.2366) < 1e-3 && qAbs(a.high - 0.7634) < 1e-3);
        const Interval b = ClaimCheck::wilson(0, 20);
        QCOMPARE(b.low, 0.0);
        QVERIFY(qAbs(b.high - 0.1611) < 1e-3);
        const Interval none = ClaimCheck::wilson(0, 0);
        QCOMPARE(none.low, 0.0);
        QCOMPARE(none.high, 1.0);
    }

    void exactPoissonInterval()
    {
        // Garwood's exact interval: chi-square quantiles (R: poisson.test(k)$conf.int).
        const Interval zero = ClaimCheck::poisson(0);
        QCOMPARE(zero.low, 0.0);
        QVERIFY(qAbs(zero.high - 3.6889) < 1e-3);
        const Interval five = ClaimCheck::poisson(5);
        QVERIFY(qAbs(five.low - 1.6235) < 1e-3 && qAbs(five.high - 11.6683) < 1e-3);
        const Interval big = ClaimCheck::poisson(5000);
        QVERIFY2(qAbs(big.low - 4862.5) < 2.0 && qAbs(big.high - 5140.2) < 2.0,
            qPrintable(QStringLiteral("%1 %2").arg(big.low).arg(big.high)));
    }

    void smallNumbers()
    {
        QCOMPARE(ClaimCheck::smallNumbers(4, 365).outcome, CheckOutcome::Refuse);
        QCOMPARE(ClaimCheck::smallNumbers(40, 365).outcome, CheckOutcome::Pass);
        // A rise within chance: 14 against 10 in equal periods.
        const CheckResult flat = ClaimCheck::smallNumbers(14, 365, 10, 365);
        QCOMPARE(flat.outcome, CheckOutcome::Refuse);
        QVERIFY(flat.reason.contains(QStringLiteral("within chance")));
        // A real one: 120 against 30.
        const CheckResult rise = ClaimCheck::smallNumbers(120, 365, 30, 365);
        QCOMPARE(rise.outcome, CheckOutcome::Pass);
        QVERIFY(rise.text().contains(QStringLiteral("Wilson")));
        QVERIFY(rise.text().contains(QStringLiteral("exact Poisson")));
        // The same counts in a later period twice as long are no rise per day.
        QCOMPARE(ClaimCheck::smallNumbers(60, 730, 30, 365).outcome, CheckOutcome::Refuse);
        // A rise that only follows more reporting everywhere is no emergence.
        const CheckResult everywhere = ClaimCheck::relativeRise(200, 100, 20000, 10000);
        QCOMPARE(everywhere.outcome, CheckOutcome::Refuse);
        QVERIFY(everywhere.reason.contains(QStringLiteral("change everywhere")));
        QCOMPARE(ClaimCheck::relativeRise(400, 100, 20000, 10000).outcome, CheckOutcome::Pass);
        QCOMPARE(ClaimCheck::relativeRise(5, 0, 20000, 10000).outcome, CheckOutcome::Refuse);
    }

    void coverageStratifiedBySource()
    {
        // The earlier period holds only country-level records: coverage changed.
        std::vector<SourceCoverage> ctdc { { QStringLiteral("CTDC"), 500, 0, 300, 0, 0, 0 },
            { QStringLiteral("Hub partner"), 0, 0, 900, 880, 0, 600 } };
        CheckResult r = ClaimCheck::coverage(ctdc, QStringLiteral("United Kingdom"));
        QCOMPARE(r.outcome, CheckOutcome::Refuse);
        QVERIFY(r.reason.startsWith(QStringLiteral("Coverage changed")));

        // A source that reported in both periods alike is comparable; a new
        // one is left out and named.
        std::vector<SourceCoverage> partner { { QStringLiteral("Old partner"), 400, 380, 420, 400, 100, 110 },
            { QStringLiteral("New partner"), 0, 0, 300, 300, 0, 200 } };
        qint64 earlier = 0, later = 0;
        r = ClaimCheck::coverage(partner, QStringLiteral("Spain"), &earlier, &later);
        QCOMPARE(r.outcome, CheckOutcome::Refuse);
        QVERIFY(r.reason.contains(QStringLiteral("New partner")));
        QCOMPARE(earlier, 100);
        QCOMPARE(later, 110);

        // A source whose records were located only to the country before.
        std::vector<SourceCoverage> shift { { QStringLiteral("Police"), 400, 10, 420, 400, 2, 300 } };
        r = ClaimCheck::coverage(shift, QStringLiteral("Italy"));
        QCOMPARE(r.outcome, CheckOutcome::Refuse);
        QVERIFY(r.reason.contains(QStringLiteral("located to a point: 10 of 400")));

        std::vector<SourceCoverage> steady { { QStringLiteral("A"), 400, 380, 420, 400, 100, 200 },
            { QStringLiteral("B"), 200, 190, 210, 200, 50, 90 } };
        QCOMPARE(ClaimCheck::coverage(steady, QStringLiteral("X")).outcome, CheckOutcome::Pass);
        // A minority from a new source: counted without it, said so.
        steady.push_back({ QStringLiteral("C"), 0, 0, 40, 40, 0, 40 });
        QCOMPARE(ClaimCheck::coverage(steady, QStringLiteral("X")).outcome, CheckOutcome::Caveat);
    }

    void sourceConcentration()
    {
        CheckResult r = ClaimCheck::sourceConcentration(
            { { QStringLiteral("Regional news monitoring"), 70 }, { QStringLiteral("Partner"), 30 } });
        QCOMPARE(r.outcome, CheckOutcome::Refuse);
        QVERIFY(r.reason.contains(QStringLiteral("reporting concentration")));
        QVERIFY(r.reason.contains(QStringLiteral("Regional news monitoring")));
        QCOMPARE(ClaimCheck::sourceConcentration({ { QStringLiteral("A"), 70 }, { QStringLiteral("B"), 30 } }, false)
                     .outcome,
            CheckOutcome::Caveat);
        QCOMPARE(ClaimCheck::sourceConcentration({ { QStringLiteral("A"), 50 }, { QStringLiteral("B"), 50 } }).outcome,
            CheckOutcome::Pass);
    }

    void leadComparedOnTheSameSources()
    {
        using Counts = QHash<QString, qint64>;
        const QString next = QStringLiteral("B → C");
        // CTDC reports only the leader, the partner only the runner-up: no common ground.
        CheckResult r = ClaimCheck::comparableLead(
            Counts { { QStringLiteral("CTDC"), 90 } }, Counts { { QStringLiteral("Partner"), 60 } }, next);
        QCOMPARE(r.check, QStringLiteral("coverage"));
        QCOMPARE(r.outcome, CheckOutcome::Caveat);
        QVERIFY(r.reason.contains(QStringLiteral("No source reports both")));
        // Both report both, but on the common sources the runner-up leads.
        r = ClaimCheck::comparableLead(Counts { { QStringLiteral("CTDC"), 80 }, { QStringLiteral("Partner"), 10 } },
            Counts { { QStringLiteral("CTDC"), 5 }, { QStringLiteral("Partner"), 60 }, { QStringLiteral("App"), 9 } },
            next);
        QCOMPARE(r.outcome, CheckOutcome::Pass); // 90 against 65 on CTDC and Partner
        r = ClaimCheck::comparableLead(Counts { { QStringLiteral("CTDC"), 80 }, { QStringLiteral("Partner"), 10 } },
            Counts { { QStringLiteral("CTDC"), 85 }, { QStringLiteral("Partner"), 30 } }, next);
        QCOMPARE(r.outcome, CheckOutcome::Caveat); // 90 against 115
        QVERIFY(r.reason.contains(QStringLiteral("115 against 90")));
        QCOMPARE(r.numbers.front().second, QStringLiteral("2"));
    }

    void datePrecision()
    {
        QCOMPARE(ClaimCheck::datePrecision(100, 5, QStringLiteral("period")).outcome, CheckOutcome::Pass);
        QCOMPARE(ClaimCheck::datePrecision(100, 30, QStringLiteral("period")).outcome, CheckOutcome::Caveat);
        QCOMPARE(ClaimCheck::datePrecision(10, 30, QStringLiteral("period")).outcome, CheckOutcome::Refuse);
    }

    void oneEpisode()
    {
        std::vector<QDate> days;
        for (int k = 0; k < 40; ++k)
            days.push_back(QDate(2024, 3, 4).addDays(k % 7));
        days.push_back(QDate(2024, 9, 1));
        qint64 busiest = 0;
        QCOMPARE(ClaimCheck::busiestWindow(days, &busiest), QDate(2024, 3, 4));
        QCOMPARE(busiest, 40);
        const CheckResult week = ClaimCheck::oneEpisode(days, 0.97, 0.12, 0.5);
        QCOMPARE(week.outcome, CheckOutcome::Refuse);
        QVERIFY(week.reason.contains(QStringLiteral("2024-03-04 – 2024-03-10")));
        QCOMPARE(ClaimCheck::oneEpisode(days, 0.97, 0.91, 0.5).outcome, CheckOutcome::Pass);
        QCOMPARE(ClaimCheck::oneEpisode({}, 0.97, 0.97, 0.5).outcome, CheckOutcome::Caveat);
    }

    void benjaminiHochberg()
    {
        // m = 10: sorted p 0.001 … ; at α = 0.05 the largest p(k) ≤ k·0.005.
        std::vector<float> p { 0.001f, 0.008f, 0.039f, 0.041f, 0.042f, 0.06f, 0.074f, 0.205f, 0.212f, 0.216f };
        QCOMPARE(geo::GetisOrd::fdrThreshold(p, 0.05), double(0.008f));
        QCOMPARE(geo::GetisOrd::fdrThreshold({ 0.5f, 0.9f }, 0.05), -1.0);

        // A surface of 1,000 cells, one clear hot cell and a few at the edge of 95 %.
        geo::GiStarSurface s;
        s.z.cols = 1000;
        s.z.rows = 1;
        s.z.values.assign(1000, 0.0f);
        s.p.assign(1000, 1.0f);
        s.confidence.assign(1000, 0);
        auto set = [&](size_t i, float z) {
            s.z.values[i] = z;
            s.p[i] = float(geo::GetisOrd::pValue(z));
            s.confidence[i] = qint8(geo::GetisOrd::confidenceOf(z));
        };
        set(0, 8.0f);
        for (size_t i = 1; i <= 5; ++i)
            set(i, 2.0f);
        geo::GetisOrd::applyFdr(s);
        QVERIFY(s.fdr);
        QCOMPARE(s.significantBeforeFdr, 6);
        QCOMPARE(int(s.confidence[0]), 3);
        for (size_t i = 1; i <= 5; ++i)
            QCOMPARE(int(s.confidence[i]), 0);
        geo::GetisOrd::applyFdr(s); // idempotent
        QCOMPARE(int(s.confidence[0]), 3);
    }

    void checksStayWithTheJudgement()
    {
        reports::ReportDocument d;
        reports::KeyJudgement j;
        j.statement = QStringLiteral("It is likely that …");
        j.checks.add(ClaimCheck::smallNumbers(120, 365, 30, 365));
        j.checks.add(
            ClaimCheck::sourceConcentration({ { QStringLiteral("A"), 70 }, { QStringLiteral("B"), 30 } }, false));
        d.judgements.push_back(j);
        auto back = reports::ReportDocument::fromJson(d.toJson());
        QVERIFY(back);
        const ClaimChecks& c = back->judgements[0].checks;
        QCOMPARE(c.results.size(), size_t(2));
        QCOMPARE(c.results[1].outcome, CheckOutcome::Caveat);
        QCOMPARE(c.results[0].numbers, j.checks.results[0].numbers);
        QCOMPARE(c.outcome(), CheckOutcome::Caveat);
        QVERIFY(back->toLines().join(QLatin1Char('\n')).contains(QStringLiteral("Judgement 1 check: Small numbers")));

        // A report stored before checks existed reads as before, with none.
        QJsonObject old = d.toJson();
        QJsonArray js = old.value(QLatin1String("judgements")).toArray();
        QJsonObject first = js.at(0).toObject();
        first.remove(QStringLiteral("checks"));
        js.replace(0, first);
        old.insert(QStringLiteral("judgements"), js);
        auto older = reports::ReportDocument::fromJson(old);
        QVERIFY(older);
        QVERIFY(older->judgements[0].checks.isEmpty());
        QVERIFY(!older->toJson()
                     .value(QLatin1String("judgements"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .contains(QLatin1String("checks")));
    }
};

QTEST_GUILESS_MAIN(TestClaimChecks)
#include "tst_claimchecks.moc"
