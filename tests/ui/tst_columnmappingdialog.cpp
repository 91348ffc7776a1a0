#include "columnmappingdialog.h"
#include "ingest/columnmapping.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

class TestColumnMappingDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void guessesFromTheHeaderAndSavesAPreset()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("export.csv"));
        test::writeFile(csv, "Konto;Buchungsdatum;Soll;Haben;Waehrung;Empfaenger\nDE01;05.03.2024;1,00;;EUR;X\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        ui::ColumnMappingDialog d(ws.value().get(), csv);
        d.show();
        auto combo = [&](const char* field) {
            return d.findChild<QComboBox*>(QStringLiteral("mapping_") + QLatin1String(field));
        };
        // Semicolons found, so decimal commas assumed; columns guessed from the header words.
        QCOMPARE(combo("account")->currentText(), QStringLiteral("Konto"));
        QCOMPARE(combo("timestamp")->currentText(), QStringLiteral("Buchungsdatum"));
        QCOMPARE(combo("debit")->currentText(), QStringLiteral("Soll"));
        QCOMPARE(combo("credit")->currentText(), QStringLiteral("Haben"));
        QCOMPARE(combo("currency")->currentText(), QStringLiteral("Waehrung"));
        QCOMPARE(combo("counterparty")->currentText(), QStringLiteral("Empfaenger"));
        QCOMPARE(d.mapping().delimiter, ';');
        QCOMPARE(d.mapping().decimal, ',');

        // The date format must be set by the analyst for day-first dates.
        auto* name = d.findChild<QLineEdit*>(QStringLiteral("mappingName"));
        name->clear();
        QTest::keyClicks(name, QStringLiteral("Example Bank"));
        combo("account")->setCurrentIndex(0);
        d.accept();
        QVERIFY(d.isVisible()); // refused: no account column
        QVERIFY(d.findChild<QLabel*>(QStringLiteral("mappingMessage"))->text().contains(QLatin1String("account")));
        combo("account")->setCurrentIndex(1);
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));
        QCOMPARE(ingest::ColumnMapping::presetNames(*ws.value()), QStringList { QStringLiteral("Example Bank") });
    }

    // issue 19: AMLSim's and PaySim's ledgers are two-sided; PaySim counts
    // time in hourly steps from a start the analyst must give.
    void twoSidedLedgersAndTimeSteps()
    {
        QTemporaryDir dir;
        const QString amlsim = dir.filePath(QStringLiteral("transactions.csv"));
        test::writeFile(amlsim,
            "tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id\n"
            "1,A,B,TRANSFER,100.00,2017-01-01T00:00:00Z,False,-1\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        ui::ColumnMappingDialog d(ws.value().get(), amlsim);
        d.show();
        auto combo = [&](const char* field) {
            return d.findChild<QComboBox*>(QStringLiteral("mapping_") + QLatin1String(field));
        };
        QCOMPARE(combo("account")->currentText(), QStringLiteral("orig_acct"));
        QCOMPARE(combo("payee_account")->currentText(), QStringLiteral("bene_acct"));
        QCOMPARE(combo("amount")->currentText(), QStringLiteral("base_amt"));
        QCOMPARE(combo("timestamp")->currentText(), QStringLiteral("tran_timestamp"));
        QCOMPARE(combo("id")->currentText(), QStringLiteral("tran_id"));
        QCOMPARE(combo("direction")->currentIndex(), 0); // "tx_type" is no direction in a two-sided ledger
        QVERIFY(d.mapping().twoSided());
        QTest::keyClicks(d.findChild<QLineEdit*>(QStringLiteral("mappingName")), QStringLiteral(" AMLSim"));
        d.accept();
        QVERIFY2(d.findChild<QLabel*>(QStringLiteral("mappingMessage"))->text().contains(QLatin1String("currency")),
            qPrintable(d.findChild<QLabel*>(QStringLiteral("mappingMessage"))->text()));
        QTest::keyClicks(d.findChild<QLineEdit*>(QStringLiteral("mappingCurrency")), QStringLiteral("USD"));
        d.accept();
        QCOMPARE(d.result(), int(QDialog::Accepted));

        const QString paysim = dir.filePath(QStringLiteral("paysim.csv"));
        test::writeFile(
            paysim, "step,type,amount,nameOrig,oldbalanceOrg,nameDest,isFraud\n1,TRANSFER,181.0,C1,181.0,C2,1\n");
        ui::ColumnMappingDialog p(ws.value().get(), paysim);
        p.show();
        auto pcombo = [&](const char* field) {
            return p.findChild<QComboBox*>(QStringLiteral("mapping_") + QLatin1String(field));
        };
        QCOMPARE(pcombo("timestamp")->currentText(), QStringLiteral("step"));
        QCOMPARE(pcombo("account")->currentText(), QStringLiteral("nameOrig"));
        QCOMPARE(pcombo("payee_account")->currentText(), QStringLiteral("nameDest"));
        QCOMPARE(p.findChild<QComboBox*>(QStringLiteral("mappingTimeUnit"))->currentData().toString(),
            QStringLiteral("hours"));
        QTest::keyClicks(p.findChild<QLineEdit*>(QStringLiteral("mappingCurrency")), QStringLiteral("USD"));
        p.accept();
        QVERIFY(p.isVisible()); // refused: when was step 0?
        const QString why = p.findChild<QLabel*>(QStringLiteral("mappingMessage"))->text();
        QVERIFY2(why.contains(QLatin1String("Time steps start at")), qPrintable(why));
        QTest::keyClicks(p.findChild<QLineEdit*>(QStringLiteral("mappingTimeOrigin")), QStringLiteral("2024-01-01"));
        p.accept();
        QCOMPARE(p.result(), int(QDialog::Accepted));
        QCOMPARE(p.mapping().timeOrigin, QStringLiteral("2024-01-01"));
    }
};

QTEST_MAIN(TestColumnMappingDialog)
#include "tst_columnmappingdialog.moc"
