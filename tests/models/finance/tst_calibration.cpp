#include "core/feedback.h"
#include "finance/calibration.h"
#include "finance/rankingmetrics.h"
#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "sample/samplebank.h"
#include "sample/samplegenerator.h"
#include "sample/syntheticbank.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QFile>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace waymark;

class TestCalibration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void generatedLabelledData()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        sample::SyntheticBank::Options o;
        o.accounts = 2000;
        o.transactions = 160000;
        o.plantedShare = 0.08;
        o.seed = 11;
        o.labelsPath = dir.filePath(QStringLiteral("labels.csv"));
        auto counts = sample::SyntheticBank::write(*ws.value(), o);
        QVERIFY2(counts, qPrintable(counts.error().toString()));
        QVERIFY(counts->planted > 100);
        auto labels = finance::Calibration::readLabels(o.labelsPath);
        QVERIFY2(labels, qPrintable(labels.error().toString()));
        QCOMPARE(qint64(labels->size()), o.accounts);
        auto typologies = finance::TypologyReader::builtIn();
        QVERIFY(typologies);
        const finance::Scorer scorer(typologies.value());
        auto report = finance::Calibration::run(*ws.value(), scorer, labels.value());
        QVERIFY2(report, qPrintable(report.error().toString()));
        qInfo().noquote() << report->toText();
        QCOMPARE(report->matched + report->notScored, o.accounts);
        // The expert weights rank planted behaviour above ordinary accounts
        // and innocent look-alikes…
        QVERIFY2(report->overall.auc >= 0.9, qPrintable(QString::number(report->overall.auc)));
        // …and the clean ones do not flood the top of the list.
        for (const auto& [k, precision] : report->overall.precisionAtK) {
            if (k <= 100)
                QVERIFY2(precision >= 0.8, qPrintable(QStringLiteral("P@%1 = %2").arg(k).arg(precision)));
        }
        QCOMPARE(report->typologies.size(), typologies->size());
        for (const auto& t : report->typologies) {
            // The synthetic bank plants no laundering structures (and names no
            // counterparty accounts): that typology has no cases to fit on.
            if (t.typology == QLatin1String("laundering_structures")) {
                QCOMPARE(t.cases, 0);
                QVERIFY(!t.calibration);
                continue;
            }
            QVERIFY(t.cases > 10);
            // Fitted weights, judged on accounts they were not fitted on.
            QVERIFY2(t.fitted.auc >= 0.9,
                qPrintable(t.typology + QStringLiteral(" fitted AUC ") + QString::number(t.fitted.auc)));
            QVERIFY2(t.expert.auc >= 0.9,
                qPrintable(t.typology + QStringLiteral(" expert AUC ") + QString::number(t.expert.auc)));
            QVERIFY(t.fit.converged);
            QCOMPARE(t.weights.size(), typologies->at(size_t(&t - report->typologies.data())).weights.size());
        }
        // Calibration bins cover every scored account.
        int binned = 0;
        for (const auto& b : report->overall.calibration)
            binned += b.count;
        QCOMPARE(qint64(binned), report->matched);

        // Cancel is heard while the ledgers are read, and before weights are fitted.
        Feedback feedback;
        feedback.setProgressCallback([&](double, const QString&) { feedback.cancel(); });
        auto canceled = finance::Calibration::run(*ws.value(), scorer, labels.value(), {}, 1.0, &feedback);
        QVERIFY(!canceled);
        QVERIFY2(canceled.error().message.contains(QLatin1String("canceled")), qPrintable(canceled.error().toString()));
        Feedback late;
        late.cancel();
        QVERIFY(!finance::Calibration::run(*ws.value(), scorer, labels.value(), {}, 1.0, &late));
    }

    void labelsFile_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("count"); // labels read, or -1 for an error
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("reason");
        QTest::newRow("good, quoted, CRLF, BOM")
            << QByteArray("\xEF\xBB\xBF"
                          "account_id,label,typology\r\n\"ACC-1\",1,\"funnel, account\"\r\nACC-2,0,\r\n\r\n")
            << 2 << 0 << 0 << QString();
        QTest::newRow("no label column") << QByteArray("account,label_x\nA,1\n") << -1 << 1 << 1
                                         << QStringLiteral("needs the columns account_id and label");
        QTest::newRow("bad label") << QByteArray("account_id,label\nA,1\nB,yes\n") << -1 << 3 << 3
                                   << QStringLiteral("label must be 0 or 1, found \"yes\"");
        QTest::newRow("empty account") << QByteArray("label,account_id\n1,\n") << -1 << 2 << 3
                                       << QStringLiteral("the account_id is empty");
        QTest::newRow("too few fields") << QByteArray("account_id,label\nA\n") << -1 << 2 << 1
                                        << QStringLiteral("too few fields");
        QTest::newRow("unterminated quote")
            << QByteArray("account_id,label\n\"A,1\n") << -1 << 2 << 1 << QStringLiteral("quote");
        QTest::newRow("UTF-16") << QByteArray("\xFF\xFE"
                                              "a\0c\0",
            6) << -1 << 0 << 0 << QStringLiteral("UTF-16");
        QTest::newRow("header only") << QByteArray("account_id,label\n") << -1 << 0 << 0
                                     << QStringLiteral("holds no labels");
    }

    void labelsFile()
    {
        QFETCH(QByteArray, data);
        QFETCH(int, count);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, reason);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("labels.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(data);
        f.close();
        auto labels = finance::Calibration::readLabels(path);
        if (count >= 0) {
            QVERIFY2(labels, qPrintable(labels.error().toString()));
            QCOMPARE(int(labels->size()), count);
            QCOMPARE(labels->at(0).account, QStringLiteral("ACC-1"));
            QCOMPARE(labels->at(0).typology, QStringLiteral("funnel, account"));
            QCOMPARE(labels->at(1).label, 0);
            return;
        }
        QVERIFY(!labels);
        const Error& e = labels.error();
        QVERIFY2(e.toString().contains(reason), qPrintable(e.toString()));
        QVERIFY2(e.toString().contains(path), qPrintable(e.toString()));
        if (line > 0) {
            QCOMPARE(int(e.line), line);
            QCOMPARE(int(e.column), column);
        }
    }

    void sampleWorkspaceRingsRankFirstAndTheRestOverlaps()
    {
        QTemporaryDir dir;
        auto ws = test::sampleWorkspace(dir.path(), dir.filePath(QStringLiteral("w.waymark")), 5000);
        QVERIFY(ws);
        const QString labelsPath
            = sample::SampleGenerator::labelsPathFor(dir.filePath(QStringLiteral("sample-extract")));
        auto labels = finance::Calibration::readLabels(labelsPath);
        QVERIFY2(labels, qPrintable(labels.error().toString()));
        QHash<QString, int> label;
        QHash<QString, QString> typologyOf;
        for (const auto& l : labels.value()) {
            label.insert(l.account, l.label);
            typologyOf.insert(l.account, l.typology);
        }
        auto typologies = finance::TypologyReader::builtIn();
        QVERIFY(typologies);
        const finance::Scorer scorer(typologies.value());
        double lowestRing = 2, highestOrdinary = -1, lowestPlanted = 2, highestLookAlike = -1;
        int planted = 0, ordinary = 0, lookAlikes = 0, lookAlikesHit = 0, lookAlikesHitSeveral = 0;
        int partial = 0, partialMissing = 0;
        QHash<QString, int> ringHits; // typology → most of its indicators a ring controller hits
        std::vector<std::pair<QString, int>> partialHits;
        std::vector<double> scores;
        std::vector<int> truth;
        QString explanation;
        auto run = finance::ScoreRun::run(*ws, scorer, {}, [&](const finance::AccountScore& s) {
            QVERIFY(s.scored);
            QVERIFY(label.contains(s.accountKey));
            scores.push_back(s.probability);
            truth.push_back(label.value(s.accountKey));
            // Distinct red flags hit, over every typology.
            QSet<int> flags;
            int ownHits = 0;
            for (const finance::TypologyScore& t : s.typologies) {
                for (const finance::Contribution& c : t.contributions) {
                    if (c.outcome == finance::Outcome::Hit)
                        flags.insert(c.indicator);
                }
                if (scorer.typologies()[size_t(t.typology)].id == typologyOf.value(s.accountKey))
                    ownHits = t.hits;
            }
            if (label.value(s.accountKey)) {
                ++planted;
                lowestPlanted = std::min(lowestPlanted, s.probability);
                if (s.accountKey.startsWith(QLatin1String("ACC-R"))) {
                    lowestRing = std::min(lowestRing, s.probability);
                    int& most = ringHits[typologyOf.value(s.accountKey)];
                    most = std::max(most, ownHits);
                } else {
                    partialHits.emplace_back(typologyOf.value(s.accountKey), ownHits);
                }
                if (explanation.isEmpty())
                    explanation = scorer.explain(s);
            } else {
                ++ordinary;
                highestOrdinary = std::max(highestOrdinary, s.probability);
                // ACC-O0001 is ordinary account 0.
                if (sample::lookAlikeOf(s.accountKey.mid(5).toLongLong() - 1) >= 0) {
                    ++lookAlikes;
                    lookAlikesHit += flags.isEmpty() ? 0 : 1;
                    lookAlikesHitSeveral += flags.size() >= 2 ? 1 : 0;
                    highestLookAlike = std::max(highestLookAlike, s.probability);
                }
            }
        });
        QVERIFY2(run, qPrintable(run.error().toString()));
        QVERIFY(planted >= 20);
        QVERIFY(ordinary >= 100);
        // The four ring controllers show every behaviour of their typology and
        // rank above every ordinary account.
        QVERIFY2(lowestRing > highestOrdinary,
            qPrintable(QStringLiteral("lowest ring %1, highest ordinary %2").arg(lowestRing).arg(highestOrdinary)));
        // The other planted accounts show each behaviour only at a documented
        // rate: most of them miss indicators a ring controller hits.
        for (const auto& [typology, hits] : partialHits) {
            QVERIFY(ringHits.contains(typology));
            ++partial;
            partialMissing += hits < ringHits.value(typology) ? 1 : 0;
        }
        QVERIFY2(partialMissing * 2 > partial, qPrintable(QStringLiteral("%1 of %2").arg(partialMissing).arg(partial)));
        // Innocent look-alikes hit red flags, most of them several at once,
        // and the best of them outranks the weakest planted account.
        QVERIFY2(lookAlikesHit * 10 >= lookAlikes * 9,
            qPrintable(QStringLiteral("%1 of %2").arg(lookAlikesHit).arg(lookAlikes)));
        QVERIFY2(lookAlikesHitSeveral * 2 > lookAlikes,
            qPrintable(QStringLiteral("%1 of %2").arg(lookAlikesHitSeveral).arg(lookAlikes)));
        QVERIFY(highestLookAlike > lowestPlanted);
        // So the ranking overlaps (issue 19): good, far from perfect.
        const auto metrics = finance::RankingMetrics::compute(scores, truth);
        QVERIFY2(metrics.auc > 0.7 && metrics.auc < 0.95, qPrintable(QString::number(metrics.auc)));
        qInfo().noquote() << "sample AUC" << metrics.auc << "cases" << metrics.positives << "clean" << metrics.negatives
                          << "look-alikes hitting flags" << lookAlikesHit << "of" << lookAlikes;
        qInfo().noquote() << explanation;
        QVERIFY(explanation.contains(QStringLiteral("transactions ")));
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "tst_calibration.moc"
