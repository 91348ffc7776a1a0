#include "finance/calibration.h"
#include "finance/scorepresentation.h"
#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "sample/syntheticbank.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace waymark;
using finance::AccountVerdict;
using finance::ScorePresentation;
using finance::TypologyCalibration;

namespace {

finance::Typology controller()
{
    auto all = finance::TypologyReader::builtIn();
    for (const finance::Typology& t : all.value()) {
        if (t.id == QLatin1String("sexual_exploitation_controller"))
            return t;
    }
    return {};
}

/// Labelled log-odds: cases mostly high, clean mostly low, with some overlap.
void labelled(int cases, int clean, std::vector<double>& logOdds, std::vector<int>& labels)
{
    for (int i = 0; i < cases; ++i) {
        logOdds.push_back(1.0 + (i % 7) - (i % 5 == 0 ? 4 : 0));
        labels.push_back(1);
    }
    for (int i = 0; i < clean; ++i) {
        logOdds.push_back(-4.0 + (i % 6) + (i % 9 == 0 ? 4 : 0));
        labels.push_back(0);
    }
}

/// A calibration of the controller typology on 40 cases and 60 clean accounts.
Result<TypologyCalibration> fitted()
{
    std::vector<double> x;
    std::vector<int> y;
    labelled(40, 60, x, y);
    return TypologyCalibration::fit(controller(), x, y);
}

} // namespace

class TestScorePresentation : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void labelsThatCannotSupportAProbabilityAreRefused()
    {
        const finance::Typology t = controller();
        QVERIFY(!t.id.isEmpty());
        std::vector<double> x;
        std::vector<int> y;
        // Too few labels.
        labelled(10, 10, x, y);
        auto few = TypologyCalibration::fit(t, x, y);
        QVERIFY(!few);
        QVERIFY2(few.error().message.contains(QStringLiteral("too few labels (20 labelled accounts; at least 30")),
            qPrintable(few.error().message));
        QVERIFY(few.error().message.contains(QStringLiteral("Scores are shown instead")));
        // One class only.
        x.clear(), y.clear();
        labelled(0, 80, x, y);
        auto one = TypologyCalibration::fit(t, x, y);
        QVERIFY(!one);
        QVERIFY2(
            one.error().message.contains(QStringLiteral("only known clean accounts")), qPrintable(one.error().message));
        x.clear(), y.clear();
        labelled(80, 0, x, y);
        QVERIFY(TypologyCalibration::fit(t, x, y).error().message.contains(QStringLiteral("only known cases")));
        // Too few of one class.
        x.clear(), y.clear();
        labelled(4, 60, x, y);
        auto thin = TypologyCalibration::fit(t, x, y);
        QVERIFY(!thin);
        QVERIFY2(thin.error().message.contains(QStringLiteral("too few labels of one class (4 cases, 60 clean")),
            qPrintable(thin.error().message));
    }

    void calibrationGivesAProbabilityWithItsReliability()
    {
        const finance::Typology t = controller();
        auto c = fitted();
        QVERIFY2(c, qPrintable(c.error().message));
        QCOMPARE(c->n(), 100);
        QCOMPARE(c->cases, 40);
        QVERIFY(c->b > 0); // higher log-odds, higher probability
        QVERIFY(c->probability(4) > c->probability(-4));
        QVERIFY2(c->brier > 0 && c->brier < 0.25, qPrintable(QString::number(c->brier)));
        QVERIFY(!c->curve.empty());
        QVERIFY(c->reliabilityText().contains(QStringLiteral("n = 100")));
        QVERIFY(c->mismatch(t).isEmpty());
        // The curve as the account page prints it: one line per band, the
        // accounts of every band adding up to n.
        const QStringList lines = c->curveText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() >= 2);
        QVERIFY(lines.front().startsWith(QStringLiteral("Calibration curve")));
        int accounts = 0;
        static const QRegularExpression of(QStringLiteral("observed \\d+ % of (\\d+) account"));
        for (const QString& line : lines.mid(1)) {
            const auto m = of.match(line);
            QVERIFY2(m.hasMatch(), qPrintable(line));
            accounts += m.captured(1).toInt();
        }
        QCOMPARE(accounts, c->n());

        ScorePresentation calibrated({ t }, { c.value() });
        QVERIFY(calibrated.anyCalibrated());
        const AccountVerdict v = calibrated.verdict(0.97, t.id, 3.0);
        QCOMPARE(v.kind, AccountVerdict::Kind::CalibratedProbability);
        QVERIFY(qAbs(v.probability - c->probability(3.0)) < 1e-12);
        QVERIFY(v.valueText().endsWith(QStringLiteral(" %")));
        QVERIFY(!v.yardstick().isEmpty());
        QVERIFY(v.reliability.contains(QStringLiteral("Brier")));
        // Another typology, not calibrated, stays a score.
        QCOMPARE(calibrated.verdict(0.97, QStringLiteral("funnel_account"), 3.0).kind, AccountVerdict::Kind::Score);
    }

    void uncalibratedResultsAreScores()
    {
        const ScorePresentation none;
        QVERIFY(!none.anyCalibrated());
        const AccountVerdict v = none.verdict(0.999, QStringLiteral("sexual_exploitation_controller"), 7.0);
        QCOMPARE(v.kind, AccountVerdict::Kind::Score);
        QCOMPARE(v.valueText(), QStringLiteral("100 / 100"));
        QVERIFY(!v.valueText().contains(QLatin1Char('%')));
        QVERIFY(v.yardstick().isEmpty());
        QVERIFY(std::isnan(v.probability));
        QCOMPARE(v.kindText(), QStringLiteral("uncalibrated score"));
        QCOMPARE(v.kindCode(), QStringLiteral("uncalibrated_score"));
        QCOMPARE(none.valueHeader(), QStringLiteral("Score (uncalibrated, 0–100)"));
        QVERIFY(none.caption().contains(QStringLiteral("not probabilities")));
        QCOMPARE(none.verdict(std::nan(""), QString(), 0).kind, AccountVerdict::Kind::NotScored);
    }

    void aChangedTypologyLosesItsCalibration()
    {
        const finance::Typology t = controller();
        auto c = fitted();
        QVERIFY(c);
        finance::Typology edited = t;
        edited.version = t.version + 1;
        edited.weights.front().hitLr *= 2;
        QVERIFY(c->mismatch(edited).contains(QStringLiteral("has changed since it was calibrated")));
        const ScorePresentation p({ edited }, { c.value() });
        QVERIFY(!p.anyCalibrated());
        QCOMPARE(p.notes().size(), qsizetype(1));
        QCOMPARE(p.verdict(0.9, t.id, 3.0).kind, AccountVerdict::Kind::Score);
        // The same version number with other weights is a change too.
        finance::Typology sameNumber = t;
        sameNumber.weights.front().hitLr *= 2;
        QVERIFY(c->mismatch(sameNumber).contains(QStringLiteral("other weights")));
    }

    void storedCalibrationsServeOnlyTheirVersion()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const finance::Typology t = controller();
        auto c = fitted();
        QVERIFY(c);
        QVERIFY(ScorePresentation::save(*ws.value(), t, c.value()));
        auto loaded = ScorePresentation::load(*ws.value(), { t });
        QVERIFY2(loaded, qPrintable(loaded.error().toString()));
        const TypologyCalibration* back = loaded->calibration(t.id);
        QVERIFY(back);
        QCOMPARE(back->cases, 40);
        QVERIFY(qAbs(back->a - c->a) < 1e-9 && qAbs(back->b - c->b) < 1e-9 && qAbs(back->brier - c->brier) < 1e-9);
        QCOMPARE(back->curve.size(), c->curve.size());
        finance::Typology edited = t;
        edited.weights.front().hitLr *= 2;
        auto stale = ScorePresentation::load(*ws.value(), { edited });
        QVERIFY(stale);
        QVERIFY(!stale->anyCalibrated());
        QVERIFY(stale->notes().value(0).contains(QStringLiteral("has changed since it was calibrated")));
    }

    void badLabelsFilesGiveScoresAndSayWhy()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        sample::SyntheticBank::Options o;
        o.accounts = 120;
        o.transactions = 9000;
        o.plantedShare = 0.2;
        o.seed = 5;
        o.labelsPath = dir.filePath(QStringLiteral("labels.csv"));
        QVERIFY(sample::SyntheticBank::write(*ws.value(), o));
        auto labels = finance::Calibration::readLabels(o.labelsPath);
        QVERIFY(labels);
        auto typologies = finance::TypologyReader::builtIn();
        const finance::Scorer scorer(typologies.value());
        // Too few labels, then only clean accounts: nothing is calibrated,
        // the report says why for each typology, and scores stay scores.
        std::vector<finance::Calibration::Label> few(labels->begin(), labels->begin() + 12);
        std::vector<finance::Calibration::Label> clean;
        for (const auto& l : labels.value()) {
            if (l.label == 0)
                clean.push_back(l);
        }
        for (const auto* set : { &few, &clean }) {
            auto report = finance::Calibration::run(*ws.value(), scorer, *set);
            QVERIFY2(report, qPrintable(report.error().toString()));
            for (const auto& t : report->typologies) {
                QVERIFY(!t.calibration);
                QVERIFY2(t.notCalibrated.contains(set == &few ? QStringLiteral("too few labels")
                                                              : QStringLiteral("only known clean accounts")),
                    qPrintable(t.notCalibrated));
                QVERIFY(report->toText().contains(t.notCalibrated));
            }
            QVERIFY(finance::Calibration::save(*ws.value(), scorer, report.value()));
            auto p = ScorePresentation::load(*ws.value(), scorer.typologies());
            QVERIFY(p);
            QVERIFY(!p->anyCalibrated());
        }
    }

    void theExplanationStartsWithOnePlainSentence()
    {
        auto typologies = finance::TypologyReader::builtIn();
        const finance::Scorer scorer(typologies.value());
        size_t ti = 0;
        while (scorer.typologies()[ti].id != QLatin1String("sexual_exploitation_controller"))
            ++ti;
        const finance::Typology& t = scorer.typologies()[ti];
        finance::AccountScore s;
        s.accountKey = QStringLiteral("ACC-1");
        s.scored = true;
        s.probability = 0.9;
        s.leading = int(ti);
        finance::TypologyScore ts;
        ts.typology = int(ti);
        for (size_t w = 0; w < t.weights.size(); ++w) {
            finance::Contribution c;
            c.indicator = scorer.library().indexOf(t.weights[w].indicator);
            c.outcome = w < 3 ? finance::Outcome::Hit : finance::Outcome::Miss;
            c.logOdds = w < 3 ? std::log(t.weights[w].hitLr) : std::log(t.weights[w].missLr);
            c.value = 12;
            ts.contributions.push_back(c);
        }
        ts.hits = 3;
        ts.misses = int(t.weights.size()) - 3;
        s.typologies.resize(scorer.typologies().size()); // the others, empty
        for (size_t k = 0; k < s.typologies.size(); ++k)
            s.typologies[k].typology = int(k);
        s.typologies[ti] = ts;
        const QString sentence = ScorePresentation::plainSentence(s, scorer);
        QVERIFY2(sentence.startsWith(
                     QStringLiteral("3 of the %1 red flags of %2, strongest: ").arg(t.weights.size()).arg(t.name)),
            qPrintable(sentence));
        QVERIFY(sentence.contains(QStringLiteral("(12 ")));
        const QString text = ScorePresentation().explain(s, scorer);
        QVERIFY(text.startsWith(sentence + QLatin1Char('\n')));
        QVERIFY(text.contains(QStringLiteral("Uncalibrated score 90 / 100")));
        QVERIFY(text.contains(QStringLiteral("log-odds")));
        QVERIFY(!text.contains(QStringLiteral("almost certain")) && !text.contains(QStringLiteral("highly likely")));
    }
};

QTEST_GUILESS_MAIN(TestScorePresentation)
#include "tst_scorepresentation.moc"
