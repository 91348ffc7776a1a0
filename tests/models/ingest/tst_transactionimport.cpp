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
};

QTEST_GUILESS_MAIN(TestTransactionImport)
#include "tst_transactionimport.moc"
