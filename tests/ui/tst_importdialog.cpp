#include "analysis/analysiscontext.h"
#include "columnmappingdialog.h"
#include "importdialog.h"
#include "ingest/columnmapping.h"
#include "ingest/importspec.h"
#include "mainwindow.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace waymark;

class TestImportDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

    QString file(const char* name, const QByteArray& text)
    {
        const QString path = m_dir.filePath(QLatin1String(name));
        test::writeFile(path, text);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("WaymarkTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_importdialog"));
        QSettings().clear();
    }

    void removeClearDeleteAndAFreshList()
    {
        ui::MainWindow w;
        QVERIFY(w.openWorkspace(m_dir.filePath(QStringLiteral("a.waymark")), true));
        w.show();
        ui::ImportDialog* d = w.importDialog();
        d->show();
        QVERIFY(QTest::qWaitForWindowExposed(d));
        const QString a = file("a.net", "*Vertices 2\n1 \"A\"\n2 \"B\"\n*Edges\n1 2\n");
        const QString b = file("b.gml", "graph [ node [ id 1 ] ]\n");
        const QString c = file("c.csv", ",x,y\nx,0,1\ny,1,0\n");
        d->addFiles({ a, b, c, a });
        QCOMPARE(d->files(), (QStringList { a, b, c })); // a file is listed once
        auto* list = d->findChild<QTreeWidget*>(QStringLiteral("importFiles"));
        auto* remove = d->findChild<QPushButton*>(QStringLiteral("importRemove"));
        auto* clear = d->findChild<QPushButton*>(QStringLiteral("importClear"));
        auto* start = d->findChild<QPushButton*>(QStringLiteral("importStart"));
        QVERIFY(list && remove && clear && start);
        QVERIFY(!remove->isEnabled()); // nothing selected
        QVERIFY(start->isEnabled());

        // The Delete key takes the selected file off.
        list->setFocus();
        list->setCurrentItem(list->topLevelItem(1));
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(d->files(), (QStringList { a, c }));

        // Remove, with the mouse.
        list->setCurrentItem(list->topLevelItem(0));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(d->files(), QStringList { c });

        // Clear empties the list: nothing to import.
        QTest::mouseClick(clear, Qt::LeftButton);
        QVERIFY(d->files().isEmpty());
        QVERIFY(!start->isEnabled());
        QVERIFY(!clear->isEnabled());

        // Closed and opened again: the list is fresh.
        d->addFiles({ a, b });
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("importCancel")), Qt::LeftButton);
        QVERIFY(!d->isVisible());
        d->show();
        QVERIFY(d->files().isEmpty());

        // Files dropped on the closed dialog start a fresh list too.
        d->addFiles({ b });
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("importCancel")), Qt::LeftButton);
        d->addFiles({ a });
        QCOMPARE(d->files(), QStringList { a });

        // What imported leaves the list; what failed stays to be fixed.
        d->show();
        const QString unknown = file("d.xyz", "what is this\n");
        d->addFiles({ unknown, c });
        QSignalSpy finished(d, &ui::ImportDialog::finished);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const QString report = d->findChild<QPlainTextEdit*>(QStringLiteral("importReport"))->toPlainText();
        QCOMPARE(d->summaries().size(), 3);
        QCOMPARE(int(d->summaries().at(0).outcome), int(ingest::ImportSummary::Outcome::Imported));
        QCOMPARE(d->summaries().at(2).format, QStringLiteral("adjacency-matrix"));
        QCOMPARE(d->files(), QStringList { unknown });
        QVERIFY2(report.contains(QLatin1String("unsupported format: d.xyz; Waymark reads")), qPrintable(report));
    }

    void pickerOffersEveryFormat()
    {
        const QStringList filters = ui::ImportDialog::fileFilter().split(QStringLiteral(";;"));
        QVERIFY(filters.first().startsWith(QLatin1String("All supported files (")));
        for (const char* pattern :
            { "*.zip", "*.csv", "*.tsv", "*.txt", "*.graphml", "*.gexf", "*.gml", "*.net", "*.paj", "*.dl", "*.xlsx",
                "*.ods", "*.geojson", "*.kml", "*.kmz", "*.shp", "*.gpx", "*.fgb", "*.gpkg", "*.mbtiles" })
            QVERIFY2(filters.first().contains(QLatin1String(pattern)), pattern);
        QCOMPARE(filters.last(), QStringLiteral("All files (*)"));
        QVERIFY(filters.contains(QStringLiteral("Pajek network (*.net *.paj)")));
    }

    // Each file is read its own way; "Define a mapping" maps the selected
    // file, not the first CSV of the list.
    /// "Detect automatically" names the saved specification it will use for
    /// a table no reader knows, and says when several could.
    void detectionNamesTheSavedSpecification()
    {
        ui::MainWindow w;
        QVERIFY(w.openWorkspace(m_dir.filePath(QStringLiteral("s.waymark")), true));
        w.show();
        store::Workspace* ws = w.context()->workspace();
        QVERIFY(ws);
        const char* const cases = R"({ "name": "%1", "source": { "key": "%1", "name": "Cases", "kind": "partner_case" },
  "records": [ { "id": "case", "target": "incident", "fields": { "key": { "format": "case:{Case}" },
    "date": "Date", "place": "%2" } } ] })";
        for (const auto& [name, column] :
            { std::pair { "cases", "Country" }, std::pair { "towns", "Town" }, std::pair { "places", "Town" } }) {
            auto spec = ingest::ImportSpec::fromJson(
                QString::fromLatin1(cases).arg(QLatin1String(name), QLatin1String(column)).toUtf8(),
                QStringLiteral("spec.json"));
            QVERIFY(spec);
            QVERIFY(spec->save(*ws));
        }
        const QString march = file("cases-march.csv", "Case,Date,Country\nC1,2019,GBR\n");
        const QString towns = file("towns.csv", "Case,Date,Town\nC1,2019,Leeds\n");
        const QString ctdc = file("ctdc.csv", "yearOfRegistration,x\n");
        ui::ImportDialog* d = w.importDialog();
        d->show();
        d->addFiles({ march, towns, ctdc });
        auto* list = d->findChild<QTreeWidget*>(QStringLiteral("importFiles"));
        const auto combos = list->findChildren<QComboBox*>(QStringLiteral("importReadAs"));
        QCOMPARE(combos.size(), 3);
        QCOMPARE(combos[0]->itemText(0), QStringLiteral("Detect automatically: specification cases"));
        QVERIFY(combos[0]->itemData(0, Qt::ToolTipRole).toString().contains(QStringLiteral("only one")));
        QCOMPARE(combos[1]->itemText(0), QStringLiteral("Detect automatically: choose one of 2 specifications"));
        QVERIFY(combos[1]->itemData(0, Qt::ToolTipRole).toString().contains(QStringLiteral("places, towns")));
        QCOMPARE(combos[2]->itemText(0), QStringLiteral("Detect automatically"));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(d->readAs(i), QString());
    }

    void readAsPerFileAndMappingOfTheSelectedFile()
    {
        ui::MainWindow w;
        const QString path = m_dir.filePath(QStringLiteral("b.waymark"));
        QVERIFY(w.openWorkspace(path, true));
        w.show();
        ui::ImportDialog* d = w.importDialog();
        d->show();
        const QString first = file("first.csv", "yearOfRegistration,x\n");
        const QString bank = file("bank.csv",
            "Account,Type,Amount,Date\nGB01,D,12.50,2024-03-05\nGB01,C,3.00,2024-03-06\nGB02,D,1.00,2024-03-07\n");
        d->addFiles({ first, bank });
        auto* list = d->findChild<QTreeWidget*>(QStringLiteral("importFiles"));
        auto combos = list->findChildren<QComboBox*>(QStringLiteral("importReadAs"));
        QCOMPARE(combos.size(), 2);
        QCOMPARE(combos.first()->itemText(0), QStringLiteral("Detect automatically"));
        QCOMPARE(d->readAs(0), QString());
        // A table no reader knows says so before Import (it failed only after).
        QCOMPARE(combos.last()->itemText(0), QStringLiteral("Detect automatically: needs a specification"));
        QCOMPARE(d->readAs(1), QString());

        list->setCurrentItem(list->topLevelItem(1));
        QString title;
        QString direction;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<ui::ColumnMappingDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            title = dialog->windowTitle();
            direction = dialog->findChild<QComboBox*>(QStringLiteral("mapping_direction"))->currentText();
            auto* currency = dialog->findChild<QLineEdit*>(QStringLiteral("mappingCurrency"));
            currency->setText(QStringLiteral("GBP"));
            // For a person to look at: WAYMARK_SCREENSHOT_DIR=/tmp ./tst_importdialog
            if (const QString shots = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR"); !shots.isEmpty())
                dialog->grab().save(shots + QStringLiteral("/columnmappingdialog.png"));
            dialog->accept();
        });
        QTest::mouseClick(d->findChild<QPushButton*>(QStringLiteral("importDefineMapping")), Qt::LeftButton);
        QCOMPARE(title, QStringLiteral("Column mapping for bank.csv"));
        QCOMPARE(direction, QStringLiteral("Type")); // D and C: a direction
        QCOMPARE(d->readAs(1), QStringLiteral("bank"));
        QCOMPARE(d->readAs(0), QString()); // the other file is untouched, and offered the new preset
        QVERIFY(combos.first()->findData(QStringLiteral("bank")) >= 0);
        if (const QString shots = qEnvironmentVariable("WAYMARK_SCREENSHOT_DIR"); !shots.isEmpty()) {
            d->addFiles({ test::dataDir() + QStringLiteral("/network/gephi.gexf"),
                test::dataDir() + QStringLiteral("/network/padgett.net") });
            d->grab().save(shots + QStringLiteral("/importdialog.png"));
        }
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        QVERIFY(ws);
        QVERIFY(ui::ImportDialog::readAsChoices(ws.value().get()).size() == 2);
        QCOMPARE(ui::ImportDialog::readAsChoices(ws.value().get()).last().value, QStringLiteral("bank"));
    }
};

QTEST_MAIN(TestImportDialog)
#include "tst_importdialog.moc"
