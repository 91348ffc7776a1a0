#include "ingest/columnmapping.h"
#include "ingest/importjob.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using ingest::ImportSummary;

class TestTransactionImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void mappedBankCsv()
    {
        QTemporaryDir dir;
        // A European bank: semicolons, decimal commas, day-first dates, debit and credit columns.
        test::writeFile(dir.filePath(QStringLiteral("bank.csv")),
            "Konto;Buchung;Soll;Haben;Waehrung;Empfaenger;Kategorie;Ref\n"
            "DE01;05.03.2024 22:15;1.250,50;;EUR;Hotel Adler;hotel;R1\n"
            "DE01;06.03.2024 09:00;;3.000,00;EUR;Arbeitgeber GmbH;salary;R2\n"
            "DE02;07.03.2024 23:59;19,99;;;Kiosk;fast_food;R3\n");
        test::writeFile(dir.filePath(QStringLiteral("mapping.json")), R"({
  "name": "Example Bank DE",
  "delimiter": ";",
  "decimal": ",",
  "date_format": "dd.MM.yyyy HH:mm",
  "default_currency": "EUR",
  "columns": { "account": "Konto", "timestamp": "Buchung", "debit": "Soll", "credit": "Haben",
               "currency": "Waehrung", "counterparty": "Empfaenger", "category": "Kategorie", "id": "Ref" }
})");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        Feedback fb;
        ingest::ImportOptions o;
        o.mapping = dir.filePath(QStringLiteral("mapping.json"));
        const ImportSummary s = ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("bank.csv")), o, fb);
        QVERIFY2(s.outcome == ImportSummary::Outcome::Imported,
            qPrintable(s.toText() + (s.problems.isEmpty() ? QString() : s.problems.first().toString())));
        QCOMPARE(s.rowsImported, 3);
        QCOMPARE(ws.value()->count(QStringLiteral("accounts")), 2);
        store::Statement st(ws.value()->handle(),
            "SELECT a.account_key, t.ts, t.amount, t.currency, t.direction, t.counterparty, t.txn_key "
            "FROM transactions t JOIN accounts a ON a.id = t.account_id ORDER BY t.id");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("DE01"));
        QCOMPARE(st.text(1), QStringLiteral("2024-03-05T22:15:00"));
        QCOMPARE(st.real(2), 1250.5);
        QCOMPARE(st.text(3), QStringLiteral("EUR"));
        QCOMPARE(st.text(4), QStringLiteral("out"));
        QCOMPARE(st.text(5), QStringLiteral("Hotel Adler"));
        QVERIFY(st.next());
        QCOMPARE(st.real(2), 3000.0);
        QCOMPARE(st.text(4), QStringLiteral("in"));
        QVERIFY(st.next());
        QCOMPARE(st.text(3), QStringLiteral("EUR")); // the default currency
        // The mapping became a preset of the workspace, usable by name.
        QCOMPARE(ingest::ColumnMapping::presetNames(*ws.value()), QStringList { QStringLiteral("Example Bank DE") });
        auto byName = ingest::ColumnMapping::load(*ws.value(), QStringLiteral("Example Bank DE"));
        QVERIFY(byName);
        QCOMPARE(byName->decimal, ',');
        QCOMPARE(byName->columns.value(QStringLiteral("debit")), QStringLiteral("Soll"));
    }

    void signedAmountsAndDuplicates()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("bank.csv")),
            "acct,date,amount,id\nA1,2024-01-01,-20.00,t1\nA1,2024-01-02,50.00,t2\nA1,2024-01-02,50.00,t2\n");
        ingest::ColumnMapping m;
        m.name = QStringLiteral("Signed");
        m.defaultCurrency = QStringLiteral("GBP");
        m.columns = { { QStringLiteral("account"), QStringLiteral("acct") },
            { QStringLiteral("timestamp"), QStringLiteral("date") },
            { QStringLiteral("amount"), QStringLiteral("amount") }, { QStringLiteral("id"), QStringLiteral("id") } };
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(m.save(*ws.value()));
        Feedback fb;
        ingest::ImportOptions o;
        o.mapping = QStringLiteral("Signed");
        const ImportSummary s = ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("bank.csv")), o, fb);
        QCOMPARE(int(s.outcome), int(ImportSummary::Outcome::Rejected));
        QCOMPARE(s.problems.value(0).toString(),
            QStringLiteral("bank.csv:4:21: duplicate transaction id \"t2\" (first at line 3)"));
        o.keepGoing = true;
        const ImportSummary k = ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("bank.csv")), o, fb);
        QCOMPARE(k.rowsImported, 2);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM transactions WHERE direction = 'out' AND amount = 20"), 1);
    }

    void mappingValidation()
    {
        ingest::ColumnMapping m;
        m.name = QStringLiteral("x");
        QVERIFY(!m.validate());
        m.columns.insert(QStringLiteral("account"), QStringLiteral("a"));
        m.columns.insert(QStringLiteral("timestamp"), QStringLiteral("t"));
        QVERIFY(!m.validate()); // no amount
        m.columns.insert(QStringLiteral("amount"), QStringLiteral("v"));
        QVERIFY(!m.validate()); // no currency
        m.defaultCurrency = QStringLiteral("EUR");
        QVERIFY(m.validate());
        m.columns.insert(QStringLiteral("debit"), QStringLiteral("d"));
        QVERIFY(!m.validate()); // amount and debit both
        auto bad = ingest::ColumnMapping::fromJson("{ \"name\": \"x\", ", QStringLiteral("m.json"));
        QVERIFY(!bad);
        QVERIFY(bad.error().toString().startsWith(QLatin1String("m.json:1:")));
    }
};

QTEST_GUILESS_MAIN(TestTransactionImport)
#include "tst_transactionimport.moc"
