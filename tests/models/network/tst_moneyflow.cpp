#include "ingest/importjob.h"
#include "network/moneyflow.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDate>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

class TestMoneyFlow : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void transfersAggregatePerPairAndDirection()
    {
        QTemporaryDir dir;
        const QString x = dir.filePath(QStringLiteral("x"));
        test::writeFile(x + QStringLiteral("/manifest.json"),
            R"({"format":"waymark-hub-extract","format_version":"1.0","exported_at":"2025-01-01T00:00:00Z","hub":"t","handling":"OFFICIAL"})");
        test::writeFile(
            x + QStringLiteral("/sources.csv"), "source_id,name,kind,grading_scheme\nB,Bank,financial_partner,none\n");
        test::writeFile(
            x + QStringLiteral("/accounts.csv"), "account_id,source_id,customer_name\nA1,B,Ann\nA2,B,Bob\n");
        test::writeFile(x + QStringLiteral("/transactions.csv"),
            "transaction_id,account_id,timestamp,amount,currency,direction,counterparty,counterparty_account\n"
            // A1 pays A2 three times, seen in both statements.
            "t1,A1,2024-01-05,100,GBP,out,Bob,A2\nt2,A1,2024-02-05,100,GBP,out,Bob,A2\nt3,A1,2024-03-09,50,GBP,out,Bob,"
            "A2\n"
            "t4,A2,2024-01-05,100,GBP,in,Ann,A1\nt5,A2,2024-02-05,100,GBP,in,Ann,A1\nt6,A2,2024-03-09,50,GBP,in,Ann,"
            "A1\n"
            // An employer outside the workspace pays A1.
            "t7,A1,2024-01-25,2000,GBP,in,Employer Ltd,\nt8,A1,2024-02-25,2000,GBP,in,EMPLOYER LTD,\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        Feedback fb;
        QCOMPARE(
            int(ingest::ImportJob::run(*ws.value(), x, {}, fb).outcome), int(ingest::ImportSummary::Outcome::Imported));
        const auto mf = network::MoneyFlow::load(*ws.value());
        QVERIFY(mf);
        QCOMPARE(int(mf->accounts().size()), 3);
        QCOMPARE(int(mf->flows().size()), 2);
        const int a1 = mf->indexOf(QStringLiteral("A1")), a2 = mf->indexOf(QStringLiteral("A2")),
                  employer = mf->indexOf(QStringLiteral("cp:employer ltd"));
        QVERIFY(a1 >= 0 && a2 >= 0 && employer >= 0);
        for (const auto& f : mf->flows()) {
            if (f.from == a1) {
                QCOMPARE(f.to, a2);
                QCOMPARE(f.total, 250.0);
                QCOMPARE(f.count, 3);
                QCOMPARE(f.firstDay, QDate(2024, 1, 5).toJulianDay());
                QCOMPARE(f.lastDay, QDate(2024, 3, 9).toJulianDay());
                QCOMPARE(f.currency, QStringLiteral("GBP"));
            } else {
                QCOMPARE(f.from, employer);
                QCOMPARE(f.to, a1);
                QCOMPARE(f.total, 4000.0);
            }
        }
        QCOMPARE(mf->graph().edgeCount(), 2);
        // A window keeps only what moved inside it.
        const auto january
            = network::MoneyFlow::load(*ws.value(), QDate(2024, 1, 1).toJulianDay(), QDate(2024, 1, 31).toJulianDay());
        double total = 0;
        for (const auto& f : january->flows())
            total += f.total;
        QCOMPARE(total, 2100.0);
    }
};

QTEST_GUILESS_MAIN(TestMoneyFlow)
#include "tst_moneyflow.moc"
