#include "finance/calibration.h"
#include "finance/scoreranking.h"
#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "sample/syntheticbank.h"
#include "store/workspace.h"

#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace waymark;

namespace {

/// A ranked row as `waymark score` built it before the compact ranking: from
/// the full AccountScore, every account held, a stable sort highest first.
struct Plain {
    QString key;
    finance::AccountVerdict verdict;
    std::vector<double> perTypology;
    QString hits, reason;
    qint64 transactions, duplicates, setAside;
};

std::vector<Plain> plainRanking(const std::vector<finance::AccountScore>& scores, const finance::Scorer& scorer,
    const finance::ScorePresentation& presentation)
{
    std::vector<Plain> rows;
    for (const finance::AccountScore& s : scores) {
        Plain r { s.accountKey, presentation.verdict(s, scorer), {}, {}, s.notScoredReason, s.transactions,
            s.duplicates, s.setAside };
        for (const finance::TypologyScore& t : s.typologies)
            r.perTypology.push_back(t.probability);
        if (s.leading >= 0) {
            QStringList hits;
            for (const finance::Contribution& c : s.typologies[size_t(s.leading)].contributions) {
                if (c.outcome == finance::Outcome::Hit)
                    hits << scorer.library().definitions()[size_t(c.indicator)].id;
            }
            r.hits = hits.join(QLatin1Char(' '));
        }
        rows.push_back(std::move(r));
    }
    std::stable_sort(rows.begin(), rows.end(),
        [](const Plain& a, const Plain& b) { return a.verdict.sortKey() > b.verdict.sortKey(); });
    int rank = 0;
    for (Plain& r : rows) {
        if (r.verdict.kind != finance::AccountVerdict::Kind::NotScored)
            r.verdict.rank = ++rank;
    }
    return rows;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

void compareRow(const finance::ScoreRanking::Row& r, const Plain& p)
{
    QCOMPARE(r.key, p.key);
    QCOMPARE(r.verdict.rank, p.verdict.rank);
    QCOMPARE(int(r.verdict.kind), int(p.verdict.kind));
    QVERIFY(same(r.verdict.score, p.verdict.score));
    QVERIFY(same(r.verdict.probability, p.verdict.probability));
    QCOMPARE(r.verdict.typology, p.verdict.typology);
    QCOMPARE(r.verdict.reliability, p.verdict.reliability);
    QVERIFY(r.perTypology == p.perTypology);
    QCOMPARE(r.hits, p.hits);
    QCOMPARE(r.reason, p.reason);
    QCOMPARE(r.transactions, p.transactions);
    QCOMPARE(r.duplicates, p.duplicates);
    QCOMPARE(r.setAside, p.setAside);
}

} // namespace

class TestScoreRanking : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto ws = store::Workspace::open(m_dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        sample::SyntheticBank::Options o;
        o.accounts = 1500;
        o.transactions = 30000;
        o.plantedShare = 0.05;
        QVERIFY(sample::SyntheticBank::write(*ws.value(), o));
        // Accounts too thin to score: a reason instead of a rank.
        QVERIFY(ws.value()->exec("DELETE FROM transactions WHERE account_id IN (SELECT id FROM accounts ORDER BY id "
                                 "LIMIT 4) AND id % 10 <> 0"));
        m_ws = std::move(ws).value();
        auto typologies = finance::TypologyReader::builtIn();
        QVERIFY(typologies);
        m_scorer = std::make_unique<finance::Scorer>(typologies.value());
        finance::ScoreRun::Options so;
        so.store = false;
        auto run = finance::ScoreRun::run(
            *m_ws, *m_scorer, so, [&](const finance::AccountScore& s) { m_scores.push_back(s); });
        QVERIFY2(run, qPrintable(run.error().toString()));
        QCOMPARE(m_scores.size(), size_t(o.accounts));
    }

    void sameAsEveryRowHeld_data()
    {
        QTest::addColumn<bool>("calibrated");
        QTest::newRow("scores") << false;
        QTest::newRow("a calibrated typology") << true;
    }
    void sameAsEveryRowHeld()
    {
        // Every account, in the order and with the values the plain ranking
        // of full rows gives; with a calibration of one typology, its
        // accounts rank by calibrated probability among the others' scores.
        QFETCH(bool, calibrated);
        std::vector<finance::TypologyCalibration> calibrations;
        if (calibrated) {
            const finance::Typology& t = m_scorer->typologies().front();
            std::vector<double> logOdds;
            std::vector<int> labels;
            for (const finance::AccountScore& s : m_scores) {
                if (!s.scored)
                    continue;
                logOdds.push_back(s.typologies.front().logOdds);
                labels.push_back(s.typologies.front().hits > 0 ? 1 : int(labels.size() % 7 == 0));
            }
            auto c = finance::TypologyCalibration::fit(t, logOdds, labels);
            QVERIFY2(c, qPrintable(c.error().toString()));
            calibrations.push_back(c.value());
        }
        const finance::ScorePresentation presentation(m_scorer->typologies(), calibrations);
        const std::vector<Plain> plain = plainRanking(m_scores, *m_scorer, presentation);
        finance::ScoreRanking ranking(*m_scorer, presentation);
        for (const finance::AccountScore& s : m_scores)
            ranking.add(s);
        QCOMPARE(ranking.added(), qint64(m_scores.size()));
        size_t i = 0;
        int calibratedRows = 0, notScored = 0, withHits = 0;
        ranking.forEach([&](const finance::ScoreRanking::Row& r) {
            QVERIFY(i < plain.size());
            compareRow(r, plain[i++]);
            calibratedRows += r.verdict.calibrated() ? 1 : 0;
            notScored += r.verdict.kind == finance::AccountVerdict::Kind::NotScored ? 1 : 0;
            withHits += r.hits.isEmpty() ? 0 : 1;
        });
        QCOMPARE(i, plain.size());
        // The data exercise what is packed: both kinds, hits, reasons.
        QVERIFY(withHits > 0);
        QVERIFY(notScored > 0);
        QCOMPARE(calibratedRows > 0, calibrated);
        // A second pass gives the same rows (the order is kept).
        i = 0;
        ranking.forEach([&](const finance::ScoreRanking::Row& r) { compareRow(r, plain[i++]); });
        // Far less than the rows of QStrings and vectors it replaces.
        QVERIFY2(ranking.bytes() < m_scores.size() * 160, qPrintable(QString::number(ranking.bytes())));
    }

    void bestKept()
    {
        // keepTop: the same first rows, and none beyond them.
        const finance::ScorePresentation presentation(m_scorer->typologies(), {});
        const std::vector<Plain> plain = plainRanking(m_scores, *m_scorer, presentation);
        for (const size_t top : { size_t(1), size_t(20), size_t(5000) }) {
            finance::ScoreRanking ranking(*m_scorer, presentation, top);
            for (const finance::AccountScore& s : m_scores)
                ranking.add(s);
            size_t i = 0;
            ranking.forEach([&](const finance::ScoreRanking::Row& r) { compareRow(r, plain[i++]); });
            const auto scored = size_t(std::count_if(plain.begin(), plain.end(),
                [](const Plain& p) { return p.verdict.kind != finance::AccountVerdict::Kind::NotScored; }));
            QCOMPARE(i, std::min(top, scored));
        }
    }

    void holderNames()
    {
        // The same name for every key as the QHash of ScoreRun::holderNames,
        // and none for a key not there.
        auto hash = finance::ScoreRun::holderNames(*m_ws);
        auto compact = finance::HolderNames::load(*m_ws);
        QVERIFY(hash && compact);
        QVERIFY(hash->size() > 100);
        QCOMPARE(compact->size(), size_t(hash->size()));
        for (auto it = hash->constBegin(); it != hash->constEnd(); ++it)
            QCOMPARE(compact->value(it.key()), it.value());
        QCOMPARE(compact->value(QStringLiteral("no such account")), QString());
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    std::unique_ptr<finance::Scorer> m_scorer;
    std::vector<finance::AccountScore> m_scores;
};

QTEST_GUILESS_MAIN(TestScoreRanking)
#include "tst_scoreranking.moc"
