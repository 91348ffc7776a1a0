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
};

QTEST_MAIN(TestColumnMappingDialog)
#include "tst_columnmappingdialog.moc"
