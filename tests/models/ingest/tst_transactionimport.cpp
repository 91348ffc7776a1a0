#include "ingest/columnmapping.h"
#include "ingest/importjob.h"
#include "ingest/transactionrecord.h"
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

    // Amounts under the strict grammar: grouping only by threes, one sign,
    // the file's own decimal separator; everything else refused with a reason.
    void amountGrammar_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<char>("decimal");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<double>("value");
        const struct {
            const char* text;
            char decimal;
            bool ok;
            double value;
        } cases[] = {
            { "12.50", '.', true, 12.5 },
            { "12,50", '.', false, 0 }, // was read as 1250
            { "1,5", '.', false, 0 }, // was read as 15
            { "1,500", '.', true, 1500 },
            { "1,500.25", '.', true, 1500.25 },
            { "1,234,567.8", '.', true, 1234567.8 },
            { "12,3456", '.', false, 0 },
            { "1234,567", '.', false, 0 },
            { "1,23,456", '.', false, 0 }, // lakh grouping is not ours to guess
            { "12.50", ',', false, 0 }, // was read as 1250
            { "12,50", ',', true, 12.5 },
            { "1.250,50", ',', true, 1250.5 },
            { "1 250,50", ',', true, 1250.5 },
            { "1\xc2\xa0"
              "250,50",
                ',', true, 1250.5 },
            { "1'250.50", '.', true, 1250.5 },
            { "1,250 000.00", '.', false, 0 }, // mixed grouping
            { "+-3", '.', false, 0 }, // was read as 3
            { "--3", '.', false, 0 },
            { "3-", '.', false, 0 },
            { "1-2", '.', false, 0 },
            { "-20.00", '.', true, -20 },
            { "+20", '.', true, 20 },
            { "(20.00)", '.', true, -20 },
            { "(-20)", '.', false, 0 },
            { "1.2.3", '.', false, 0 },
            { "1.", '.', false, 0 },
            { ".5", '.', true, 0.5 },
            { ",", '.', false, 0 },
            { "", '.', false, 0 },
            { "-", '.', false, 0 },
            { "1e5", '.', false, 0 },
            { "inf", '.', false, 0 },
            { "0x10", '.', false, 0 },
            { "  42 ", '.', true, 42 },
            { "€12", '.', false, 0 },
        };
        for (const auto& c : cases)
            QTest::newRow(c.text) << QByteArray(c.text) << c.decimal << c.ok << c.value;
    }
    void amountGrammar()
    {
        QFETCH(QByteArray, text);
        QFETCH(char, decimal);
        QFETCH(bool, ok);
        QFETCH(double, value);
        QString why;
        const std::optional<double> v
            = ingest::TransactionRecord::parseAmount(std::string_view(text.constData(), text.size()), decimal, &why);
        QCOMPARE(v.has_value(), ok);
        if (ok)
            QCOMPARE(*v, value);
        else
            QVERIFY2(why.contains(QLatin1String("is not an amount")), qPrintable(why));
    }

    // A misread amount in a bank file is quarantined with its reason, and the
    // hub's transactions.csv goes through the same grammar.
    void ambiguousAmountQuarantined()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("bank.csv")),
            "acct,date,amount,id\nA1,2024-01-01,\"12,50\",t1\nA1,2024-01-02,+-3,t2\nA1,2024-01-03,\"1,500.00\",t3\n");
        test::writeFile(dir.filePath(QStringLiteral("mapping.json")), R"({
  "name": "Dot bank", "default_currency": "EUR",
  "columns": { "account": "acct", "timestamp": "date", "amount": "amount", "id": "id" }
})");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        Feedback fb;
        ingest::ImportOptions o;
        o.mapping = dir.filePath(QStringLiteral("mapping.json"));
        o.keepGoing = true;
        const ImportSummary s = ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("bank.csv")), o, fb);
        QCOMPARE(s.rowsQuarantined, 2);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM transactions"), 1);
        QCOMPARE(ws.value()->scalar("SELECT CAST(amount AS INTEGER) FROM transactions"), 1500);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM quarantine WHERE reason LIKE '%is not an amount%'"), 2);
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

    // issue 19: a ledger of transfers between accounts (AMLSim's layout),
    // each row a debit of the payer and a credit of the payee, once.
    void twoSidedLedger()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("transactions.csv")),
            "tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id\n"
            "1,A,B,TRANSFER,100.00,2017-01-01T00:00:00Z,False,-1\n"
            "2,B,C,TRANSFER,90.00,2017-01-02T00:00:00Z,True,7\n"
            "3,C,C,TRANSFER,5.00,2017-01-03T00:00:00Z,False,-1\n"
            "4,C,A,TRANSFER,-5.00,2017-01-03T00:00:00Z,False,-1\n");
        test::writeFile(dir.filePath(QStringLiteral("amlsim.json")), R"({
  "name": "AMLSim", "default_currency": "USD",
  "columns": { "id": "tran_id", "account": "orig_acct", "payee_account": "bene_acct", "channel": "tx_type",
               "amount": "base_amt", "timestamp": "tran_timestamp" } })");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        Feedback fb;
        ingest::ImportOptions o;
        o.mapping = dir.filePath(QStringLiteral("amlsim.json"));
        o.keepGoing = true;
        const ImportSummary s
            = ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("transactions.csv")), o, fb);
        QCOMPARE(int(s.outcome), int(ImportSummary::Outcome::Imported));
        QCOMPARE(s.rowsImported, 3);
        QCOMPARE(s.rowsQuarantined, 1); // the negative amount: which way would it run?
        QCOMPARE(ws.value()->count(QStringLiteral("accounts")), 3);
        // Two rows two-sided, the self-transfer once: five transactions.
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM transactions"), 5);
        store::Statement st(ws.value()->handle(),
            "SELECT a.account_key, t.direction, t.counterparty, t.counterparty_account, t.amount, t.ts "
            "FROM transactions t JOIN accounts a ON a.id = t.account_id WHERE t.txn_key = '2' ORDER BY t.direction");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("C"));
        QCOMPARE(st.text(1), QStringLiteral("in"));
        QCOMPARE(st.text(2), QStringLiteral("B"));
        QCOMPARE(st.text(3), QStringLiteral("B"));
        QCOMPARE(st.real(4), 90.0);
        QCOMPARE(st.text(5), QStringLiteral("2017-01-02T00:00:00"));
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("B"));
        QCOMPARE(st.text(1), QStringLiteral("out"));
        QCOMPARE(st.text(3), QStringLiteral("C"));
        QVERIFY(!st.next());
        // Paid to itself: kept once, flagged, not counted twice.
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM transactions WHERE txn_key = '3'"), 1);
        QCOMPARE(ws.value()->scalar(
                     "SELECT count(*) FROM transactions WHERE txn_key = '3' AND attributes LIKE '%self_transfer%'"),
            1);
        const QString text = s.toText();
        QVERIFY2(text.contains(QLatin1String("Two-sided ledger")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("1 rows pay the payer's own account")), qPrintable(text));
        QCOMPARE(s.problems.value(0).toString(),
            QStringLiteral("transactions.csv:5:16: a two-sided ledger's amount is paid from the payer to the payee "
                           "and cannot be negative"));
        // Importing the same ledger again changes nothing.
        QCOMPARE(
            int(ingest::ImportJob::run(*ws.value(), dir.filePath(QStringLiteral("transactions.csv")), o, fb).outcome),
            int(ImportSummary::Outcome::AlreadyImported));
    }

    // Accounts of other banks are counterparties, never scored accounts.
    void twoSidedOtherBanks()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("ledger.csv")),
            "id,from,from_bank,to,to_bank,amount,date\n"
            "t1,A,OURS,X,OTHER,10,2024-01-01\n" // payer ours: money out only
            "t2,Y,OTHER,A,ours,20,2024-01-02\n" // payee ours (case-insensitive): money in only
            "t3,X,OTHER,Y,OTHER,30,2024-01-03\n" // nothing of ours
            "t4,A,OURS,B,,40,2024-01-04\n"); // an empty bank cell: the file's own
        ingest::ColumnMapping m;
        m.name = QStringLiteral("Banks");
        m.defaultCurrency = QStringLiteral("GBP");
        m.ownBank = QStringLiteral("OURS");
        m.columns
            = { { QStringLiteral("id"), QStringLiteral("id") }, { QStringLiteral("account"), QStringLiteral("from") },
                  { QStringLiteral("payer_bank"), QStringLiteral("from_bank") },
                  { QStringLiteral("payee_account"), QStringLiteral("to") },
                  { QStringLiteral("payee_bank"), QStringLiteral("to_bank") },
                  { QStringLiteral("amount"), QStringLiteral("amount") },
                  { QStringLiteral("timestamp"), QStringLiteral("date") } };
        QVERIFY(m.validate());
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(m.save(*ws.value()));
        const ImportSummary s
            = test::importFileWithMapping(*ws.value(), dir.filePath(QStringLiteral("ledger.csv")), m.name);
        QCOMPARE(int(s.outcome), int(ImportSummary::Outcome::Imported));
        QCOMPARE(ws.value()->strings("SELECT account_key FROM accounts ORDER BY account_key"),
            (QStringList { QStringLiteral("A"), QStringLiteral("B") }));
        QCOMPARE(ws.value()->strings("SELECT txn_key || ':' || direction || ':' || counterparty_account FROM "
                                     "transactions ORDER BY id"),
            (QStringList { QStringLiteral("t1:out:X"), QStringLiteral("t2:in:Y"), QStringLiteral("t4:out:B"),
                QStringLiteral("t4:in:A") }));
        QCOMPARE(s.rowsImported, 3);
        const QString text = s.toText();
        QVERIFY2(text.contains(QLatin1String("2 rows have one side at another bank than OURS")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("1 rows are between accounts of other banks only")), qPrintable(text));
        // Bank columns need our bank named.
        m.ownBank.clear();
        QVERIFY(!m.validate());
        QVERIFY(m.validate().error().message.contains(QLatin1String("own_bank")));
    }

    // PaySim's `step` counts hours from a start the file does not give.
    void timeSteps()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("paysim.csv")),
            "step,type,amount,nameOrig,nameDest\n1,TRANSFER,181.00,C1,C2\n25,TRANSFER,50.5,C2,C3\n-1,TRANSFER,1,C1,"
            "C2\n");
        const QByteArray json = R"({ "name": "PaySim", "default_currency": "USD", "time_unit": "hours",
  "columns": { "timestamp": "step", "amount": "amount", "account": "nameOrig", "payee_account": "nameDest" } })";
        const auto noOrigin = ingest::ColumnMapping::fromJson(json, QStringLiteral("paysim.json"));
        QVERIFY(!noOrigin);
        // Refused with the fix named.
        QVERIFY2(noOrigin.error().toString().contains(QLatin1String("\"time_origin\": \"2024-01-01T00:00:00\"")),
            qPrintable(noOrigin.error().toString()));
        QByteArray withOrigin = json;
        withOrigin.replace("\"time_unit\"", "\"time_origin\": \"2024-03-01T00:00:00\", \"time_unit\"");
        auto m = ingest::ColumnMapping::fromJson(withOrigin, QStringLiteral("paysim.json"));
        QVERIFY2(m, qPrintable(m ? QString() : m.error().toString()));
        QCOMPARE(m->secondsPerStep(), 3600);
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(m->save(*ws.value()));
        const ImportSummary s = test::importFileWithMapping(
            *ws.value(), dir.filePath(QStringLiteral("paysim.csv")), QStringLiteral("PaySim"), true);
        QCOMPARE(s.rowsImported, 2);
        QCOMPARE(s.rowsQuarantined, 1);
        QVERIFY(s.problems.value(0).toString().contains(QLatin1String("is not a time step")));
        QCOMPARE(ws.value()->strings("SELECT DISTINCT ts FROM transactions ORDER BY ts"),
            (QStringList { QStringLiteral("2024-03-01T01:00:00"), QStringLiteral("2024-03-02T01:00:00") }));
        // Whole days from a date stay dates.
        ingest::TransactionRecord r;
        QString why;
        QVERIFY(ingest::TransactionRecord::setTimeStep(r, "3", QStringLiteral("2017-01-01"), 86400, 2100, &why));
        QCOMPARE(r.timestamp, QStringLiteral("2017-01-04"));
        QVERIFY(!ingest::TransactionRecord::setTimeStep(r, "1e30", QStringLiteral("2017-01-01"), 86400, 2100, &why));
    }

    // A two-sided mapping on a file without the payee column reads it
    // one-sided, and the summary says the payees never see money arrive.
    void missingPayeeColumnFallsBack()
    {
        QTemporaryDir dir;
        test::writeFile(dir.filePath(QStringLiteral("payer-only.csv")),
            "tran_id,orig_acct,base_amt,tran_timestamp\n1,A,10,2017-01-01\n2,A,20,2017-01-02\n");
        ingest::ColumnMapping m;
        m.name = QStringLiteral("AMLSim");
        m.defaultCurrency = QStringLiteral("USD");
        m.columns = { { QStringLiteral("id"), QStringLiteral("tran_id") },
            { QStringLiteral("account"), QStringLiteral("orig_acct") },
            { QStringLiteral("payee_account"), QStringLiteral("bene_acct") },
            { QStringLiteral("amount"), QStringLiteral("base_amt") },
            { QStringLiteral("timestamp"), QStringLiteral("tran_timestamp") } };
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(m.save(*ws.value()));
        const ImportSummary s
            = test::importFileWithMapping(*ws.value(), dir.filePath(QStringLiteral("payer-only.csv")), m.name);
        QCOMPARE(int(s.outcome), int(ImportSummary::Outcome::Imported));
        QCOMPARE(s.rowsImported, 2);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM transactions WHERE direction = 'out'"), 2);
        QCOMPARE(ws.value()->count(QStringLiteral("accounts")), 1);
        QVERIFY2(s.toText().contains(QLatin1String("names a payee column \"bene_acct\" that this file lacks: read "
                                                   "one-sided")),
            qPrintable(s.toText()));
        QVERIFY(!s.toText().contains(QLatin1String("Two-sided ledger:")));
    }

    void twoSidedMappingValidation()
    {
        ingest::ColumnMapping m;
        m.name = QStringLiteral("x");
        m.defaultCurrency = QStringLiteral("EUR");
        m.columns = { { QStringLiteral("account"), QStringLiteral("a") },
            { QStringLiteral("payee_account"), QStringLiteral("b") },
            { QStringLiteral("timestamp"), QStringLiteral("t") }, { QStringLiteral("amount"), QStringLiteral("v") } };
        QVERIFY(m.validate());
        QVERIFY(m.twoSided());
        m.columns.insert(QStringLiteral("direction"), QStringLiteral("d"));
        QVERIFY(!m.validate()); // the amount runs payer → payee
        m.columns.remove(QStringLiteral("direction"));
        m.columns.insert(QStringLiteral("counterparty"), QStringLiteral("c"));
        QVERIFY(!m.validate()); // each side's counterparty is the other
        m.columns.remove(QStringLiteral("counterparty"));
        m.timeUnit = QStringLiteral("fortnights");
        m.timeOrigin = QStringLiteral("2024-01-01");
        QVERIFY(!m.validate());
        m.timeUnit = QStringLiteral("days");
        QVERIFY(m.validate());
        m.timeOrigin = QStringLiteral("soon");
        QVERIFY(!m.validate());
        m.timeOrigin.clear();
        m.timeUnit.clear();
        // The new keys survive a round trip.
        m.ownBank = QStringLiteral("B1");
        m.columns.insert(QStringLiteral("payer_bank"), QStringLiteral("pb"));
        m.timeUnit = QStringLiteral("hours");
        m.timeOrigin = QStringLiteral("2024-01-01T00:00:00");
        QVERIFY(m.validate());
        const auto again = ingest::ColumnMapping::fromJson(m.toJson(), QStringLiteral("m.json"));
        QVERIFY(again);
        QCOMPARE(again->ownBank, m.ownBank);
        QCOMPARE(again->timeUnit, m.timeUnit);
        QCOMPARE(again->timeOrigin, m.timeOrigin);
        QCOMPARE(again->columns, m.columns);
    }
};

QTEST_GUILESS_MAIN(TestTransactionImport)
#include "tst_transactionimport.moc"
