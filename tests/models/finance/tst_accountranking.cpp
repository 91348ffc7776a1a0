#include "finance/accountranking.h"
#include "finance/scorepresentation.h"
#include "finance/scorer.h"
#include "finance/scorerun.h"
#include "finance/typologystore.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

/// The account ranking over a real scored sample workspace.
class TestAccountRanking : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<store::Workspace> m_ws;
    std::vector<finance::AccountRanking::Row> m_rows;

private Q_SLOTS:
    void initTestCase()
    {
        m_ws = test::sampleWorkspace(m_dir.path(), m_dir.filePath(QStringLiteral("w.waymark")), 1500, 5);
        QVERIFY(m_ws);
        auto typologies = finance::TypologyStore::current(*m_ws);
        QVERIFY(typologies);
        const finance::Scorer scorer(typologies.value());
        QVERIFY(finance::ScoreRun::run(*m_ws, scorer, {}));
        auto stored = finance::ScoreRun::latest(*m_ws);
        QVERIFY(stored);
        QVERIFY(stored->runId > 0);
        auto presentation = finance::ScorePresentation::load(*m_ws, stored->typologies);
        QVERIFY(presentation);
        for (const auto& r : stored->rows)
            m_rows.push_back({ r.accountId, r.key, presentation->verdict(r.probability, r.leadingId, r.leadingLogOdds),
                r.leading, r.holder });
        QVERIFY(m_rows.size() > 10);
        // No calibration in this workspace: every value is an uncalibrated score.
        QVERIFY(!m_rows.front().verdict.calibrated());
    }

    void modelTester()
    {
        finance::AccountRanking model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(m_rows);
        model.setLinked({ m_rows[0].accountId, m_rows[3].accountId });
        model.setRows({});
        model.setRows(m_rows);
        QCOMPARE(model.rowCount(), int(m_rows.size()));
        QCOMPARE(model.columnCount(), int(finance::AccountRanking::ColumnCount));
    }

    void proxyTester()
    {
        finance::AccountRanking model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(finance::AccountRanking::SortRole);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows(m_rows);
        proxy.sort(finance::AccountRanking::Value, Qt::AscendingOrder);
        // Sorted on the number, not on the text ("9 / 100" after "10 / 100" as text).
        double last = -1;
        for (int r = 0; r < proxy.rowCount(); ++r) {
            const double p
                = proxy.index(r, finance::AccountRanking::Value).data(finance::AccountRanking::SortRole).toDouble();
            QVERIFY(p >= last);
            last = p;
        }
        proxy.sort(finance::AccountRanking::Rank, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, finance::AccountRanking::Rank).data().toInt(), 1);
        proxy.setFilterFixedString(m_rows[2].key);
        QVERIFY(proxy.rowCount() >= 1);
        QCOMPARE(proxy.index(0, finance::AccountRanking::Account).data().toString(), m_rows[2].key);
        proxy.setFilterFixedString(QString());
        QCOMPARE(proxy.rowCount(), int(m_rows.size()));
    }

    void columnsAndRoles()
    {
        finance::AccountRanking model;
        std::vector<finance::AccountRanking::Row> shuffled(m_rows.rbegin(), m_rows.rend());
        model.setRows(shuffled);
        // Ranked highest first whatever order the run gave.
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.rows()[size_t(r - 1)].verdict.sortKey() >= model.rows()[size_t(r)].verdict.sortKey());
        const auto& top = model.rows().front();
        QCOMPARE(model.headerData(finance::AccountRanking::Value, Qt::Horizontal).toString(), QStringLiteral("Value"));
        model.setValueHeader(QStringLiteral("Score (uncalibrated)"));
        QCOMPARE(model.headerData(finance::AccountRanking::Value, Qt::Horizontal).toString(),
            QStringLiteral("Score (uncalibrated)"));
        QCOMPARE(model.index(0, finance::AccountRanking::Rank).data().toInt(), 1);
        QCOMPARE(model.index(0, finance::AccountRanking::Account).data().toString(), top.key);
        QCOMPARE(model.index(0, finance::AccountRanking::Value).data().toString(), top.verdict.valueText());
        // A score carries no yardstick term, and never a percentage.
        QCOMPARE(model.index(0, finance::AccountRanking::Kind).data().toString(), top.verdict.kindText());
        QVERIFY(!model.index(0, finance::AccountRanking::Value).data().toString().contains(QLatin1Char('%')));
        QCOMPARE(model.index(0, finance::AccountRanking::Holder).data().toString(), top.holder);
        QCOMPARE(model.index(0, finance::AccountRanking::Leading).data().toString(), top.leading);
        QCOMPARE(
            model.index(0, finance::AccountRanking::Leading).data(finance::AccountRanking::AccountIdRole).toLongLong(),
            top.accountId);
        QCOMPARE(model.index(0, finance::AccountRanking::Value).data(finance::AccountRanking::SortRole).toDouble(),
            top.verdict.sortKey());
        QCOMPARE(
            model.index(0, finance::AccountRanking::Value).data(Qt::ToolTipRole).toString(), top.verdict.reliability);
        QCOMPARE(model.rowOf(top.accountId), 0);
        QCOMPARE(model.rowOf(-5), -1);
    }

    void linkedRowsAndAlerts()
    {
        finance::AccountRanking model;
        model.setRows(m_rows);
        std::vector<qint64> linked { model.rows()[1].accountId, model.rows()[4].accountId, 999999999 };
        std::sort(linked.begin(), linked.end());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setLinked(linked);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(model.linkedRowCount(), 2);
        QVERIFY(model.isLinked(1) && model.isLinked(4) && !model.isLinked(0));
        QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(!model.index(0, 0).data(Qt::BackgroundRole).isValid());
        QVERIFY(model.index(4, finance::AccountRanking::Account)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("selected incidents")));
        // The marks hold for the next run's rows.
        model.setRows(m_rows);
        QCOMPARE(model.linkedRowCount(), 2);

        int alerts = 0;
        double expected = 0;
        for (const auto& r : m_rows) {
            if (r.verdict.sortKey() >= 0.5) {
                ++alerts;
                expected += r.verdict.calibrated() ? r.verdict.probability : 0;
            }
        }
        QCOMPARE(model.alertCount(0.5), alerts);
        QCOMPARE(model.expectedTrueAlerts(0.5), expected);
        QCOMPARE(model.alertCount(0), int(m_rows.size()));
    }
};

QTEST_GUILESS_MAIN(TestAccountRanking)
#include "tst_accountranking.moc"
