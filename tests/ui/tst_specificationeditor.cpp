#include "analysis/analysiscontext.h"
#include "importdialog.h"
#include "ingest/importspec.h"
#include "specificationeditor.h"
#include "specificationeditorpreview.h"
#include "specificationeditorvalue.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace waymark;
using ingest::SpecTarget;

namespace {

/// A TIP-report-style country-links table; row 4's year is mistyped, unless `good`.
QByteArray tipTable(bool good = false)
{
    QByteArray csv
        = "origin_country,origin_lat,origin_lon,destination_country,destination_lat,destination_lon,year,victims\n"
          "Nigeria,9.08,8.68,Italy,41.87,12.57,2019,120\n"
          "Viet Nam,14.06,108.28,United Kingdom,55.38,-3.44,2020,45\n"
          "Romania,45.94,24.97,Germany,51.17,10.45,2018,310\n"
          "Nepal,28.39,84.12,India,20.59,78.96,2O21,1500\n"
          "Albania,41.15,20.17,France,46.23,2.21,2017,60\n"
          "Honduras,15.20,-86.24,Mexico,23.63,-102.55,2019,75\n";
    return good ? csv.replace("2O21", "2021") : csv;
}

/// Answers the specification editor the import dialog opens modally: names, saves, closes.
void saveTheEditorAs(const QString& name, int tries = 100)
{
    QTimer::singleShot(20, qApp, [name, tries] {
        auto* editor = qobject_cast<ui::SpecificationEditor*>(QApplication::activeModalWidget());
        if (!editor) {
            if (tries > 0)
                saveTheEditorAs(name, tries - 1);
            return;
        }
        editor->nameEdit()->setText(name);
        if (!editor->save())
            qWarning("the editor did not save");
        editor->accept();
    });
}

QString valueOf(const ingest::SpecImporter::PreviewRecord& r, const QString& field)
{
    for (const auto& [f, v] : r.values)
        if (f == field)
            return v;
    return {};
}

} // namespace

class TestSpecificationEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void guessPreviewSaveVersionsUndo()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("tip-links.csv"));
        test::writeFile(csv, tipTable());
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);

        ui::SpecificationEditor editor(ws.value().get(), csv);
        editor.applyGuess();
        QCOMPARE(editor.undoStack()->count(), 1);
        QVERIFY(editor.previewPending()); // debounced
        QTRY_VERIFY(!editor.previewPending());
        QVERIFY(editor.statusText().startsWith(QStringLiteral("Valid")));

        // Row 1 becomes an incident and its route leg, with the values the import writes.
        const auto& preview = editor.preview();
        QCOMPARE(int(preview.size()), 6);
        QVERIFY2(preview[0].error.isNull(), qPrintable(preview[0].error.toString()));
        QCOMPARE(int(preview[0].records.size()), 2);
        QCOMPARE(preview[0].records[0].target, SpecTarget::Incident);
        QCOMPARE(valueOf(preview[0].records[0], QStringLiteral("date")), QStringLiteral("2019"));
        QCOMPARE(valueOf(preview[0].records[0], QStringLiteral("victims")), QStringLiteral("120"));
        QCOMPARE(preview[0].records[1].target, SpecTarget::RouteLeg);
        QCOMPARE(valueOf(preview[0].records[1], QStringLiteral("from")), QStringLiteral("Nigeria"));
        QCOMPARE(valueOf(preview[0].records[1], QStringLiteral("to")), QStringLiteral("Italy"));
        // Row 4's error, in place: the row in red, the reason as text and tooltip.
        QVERIFY(!preview[3].error.isNull());
        QTableWidget* rows = editor.previewWidget()->rowsTable();
        QCOMPARE(rows->rowCount(), 6);
        QVERIFY2(
            rows->item(0, 0)->text().startsWith(QStringLiteral("2 records")), qPrintable(rows->item(0, 0)->text()));
        const QString bad = rows->item(3, 0)->text();
        QVERIFY2(bad.contains(QStringLiteral("2O21")) && bad.contains(QStringLiteral("not a possible date")),
            qPrintable(bad));
        QVERIFY(rows->item(3, 0)->toolTip().contains(QStringLiteral("tip-links.csv:5:")));
        // The cell the error names (year) is marked in full, in bold, with
        // the reason as its tip; the rest of the row lightly.
        QCOMPARE(preview[3].errorCell, 6);
        QCOMPARE(rows->horizontalHeaderItem(7)->text(), QStringLiteral("year"));
        QCOMPARE(rows->item(3, 7)->background().color(), QColor(255, 190, 190));
        QVERIFY(rows->item(3, 7)->font().bold());
        QVERIFY2(
            rows->item(3, 7)->toolTip().contains(preview[3].error.message), qPrintable(rows->item(3, 7)->toolTip()));
        QCOMPARE(rows->item(3, 3)->background().color(), QColor(255, 236, 236));
        QVERIFY(!rows->item(3, 3)->font().bold());
        QCOMPARE(rows->item(3, 0)->background().color(), QColor(255, 221, 221));
        QVERIFY(rows->item(0, 3)->background().style() == Qt::NoBrush);
        QVERIFY(!rows->item(0, 7)->font().bold());
        // Selecting the bad row shows its error among the records.
        editor.resize(1400, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        rows->selectRow(3);
        QTreeWidget* tree = editor.previewWidget()->recordsTree();
        QCOMPARE(tree->topLevelItemCount(), 1);
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), QStringLiteral("Error in year"));
        QTRY_VERIFY(rows->visualItemRect(rows->item(3, 7)).intersects(rows->viewport()->rect()));
        QCOMPARE(tree->topLevelItem(0)->child(0)->text(1), preview[3].error.message);

        // The guess says how sure it is, field by field.
        editor.select(0, QStringLiteral("date"));
        const int dateRow = editor.fieldsTable()->currentRow();
        QCOMPARE(editor.fieldsTable()->item(dateRow, 2)->text(), QStringLiteral("83 %"));
        QVERIFY2(editor.fieldsTable()->item(dateRow, 2)->toolTip().startsWith(QStringLiteral("date: 83 % of 6 values")),
            qPrintable(editor.fieldsTable()->item(dateRow, 2)->toolTip()));
        auto* note = editor.valueForm()->findChild<QLabel*>(QStringLiteral("specValueNote"));
        QVERIFY(note && note->text().contains(QStringLiteral("83 % sure")));

        // Save: version 1, audited.
        editor.nameEdit()->setText(QStringLiteral("tip-links"));
        QSignalSpy saved(&editor, &ui::SpecificationEditor::saved);
        auto v1 = editor.save(QStringLiteral("first"));
        QVERIFY2(v1, qPrintable(v1 ? QString() : v1.error().toString()));
        QCOMPARE(v1.value(), 1);
        QCOMPARE(saved.count(), 1);
        QCOMPARE(editor.versionList()->count(), 1);

        // Reopened by name: version 1, as saved.
        ui::SpecificationEditor again(ws.value().get(), csv, QStringLiteral("tip-links"));
        QCOMPARE(again.spec().version, 1);
        QCOMPARE(again.spec().toJson(), ingest::ImportSpec::load(*ws.value(), QStringLiteral("tip-links"))->toJson());
        QCOMPARE(again.versionList()->count(), 1);

        // An edit through the field form: victims no longer read.
        again.select(0, QStringLiteral("victims"));
        QComboBox* from = again.valueForm()->sourceBox();
        QCOMPARE(from->currentData().toString(), QStringLiteral("column"));
        from->setCurrentIndex(from->findData(QStringLiteral("none")));
        Q_EMIT from->activated(from->currentIndex());
        QVERIFY(!again.spec().records[0].fields.contains(QStringLiteral("victims")));
        again.refreshPreview();
        QCOMPARE(valueOf(again.preview()[0].records[0], QStringLiteral("victims")), QString());
        // …and a transform: dates read with a second format too.
        again.select(0, QStringLiteral("date"));
        QLineEdit* formats = again.valueForm()->dateFormatsEdit();
        formats->setText(QStringLiteral("iso; yyyy"));
        Q_EMIT formats->editingFinished();
        QCOMPARE(again.spec().records[0].fields.value(QStringLiteral("date")).dateFormats,
            (QStringList { QStringLiteral("iso"), QStringLiteral("yyyy") }));
        QCOMPARE(again.undoStack()->count(), 2);
        auto v2 = again.save(QStringLiteral("no victim counts"));
        QVERIFY(v2);
        QCOMPARE(v2.value(), 2);
        QCOMPARE(again.versionList()->count(), 2);
        QVERIFY(again.versionList()->item(1)->text().contains(QStringLiteral("no victim counts")));
        QCOMPARE(int(ingest::ImportSpec::versions(*ws.value(), QStringLiteral("tip-links")).size()), 2);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM audit_log WHERE action = 'spec.save'"), 2);

        // Undo restores the field, and the preview shows it again.
        again.undoStack()->undo();
        again.undoStack()->undo();
        QCOMPARE(again.spec().records[0].fields.value(QStringLiteral("victims")).column, QStringLiteral("victims"));
        QVERIFY(again.spec().records[0].fields.value(QStringLiteral("date")).dateFormats.isEmpty());
        again.refreshPreview();
        QCOMPARE(valueOf(again.preview()[0].records[0], QStringLiteral("victims")), QStringLiteral("120"));
        again.undoStack()->redo();
        QVERIFY(!again.spec().records[0].fields.contains(QStringLiteral("victims")));

        // Loading version 1 is one more undo step.
        QVERIFY(again.loadVersion(1));
        QCOMPARE(again.spec().version, 1);
        QCOMPARE(again.spec().records[0].fields.value(QStringLiteral("victims")).column, QStringLiteral("victims"));

        // Export and import as JSON, audited.
        const QString json = dir.filePath(QStringLiteral("tip.json"));
        QVERIFY(again.exportJson(json));
        QVERIFY(test::fileBytes(json).contains("\"origin_country\""));
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM audit_log WHERE action = 'spec.export'"), 1);
        ui::SpecificationEditor third(ws.value().get(), csv);
        third.nameEdit()->setText(QStringLiteral("other"));
        QVERIFY(third.importJson(json));
        QCOMPARE(third.spec().name, QStringLiteral("tip-links"));
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM audit_log WHERE action = 'spec.import'"), 1);
    }

    void recordsAddRemoveAndAColumnTheTableLacks()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("tip.csv"));
        test::writeFile(csv, tipTable());
        ui::SpecificationEditor editor(nullptr, csv);
        const int before = int(editor.spec().records.size());
        editor.addRecord(SpecTarget::Involvement);
        QCOMPARE(int(editor.spec().records.size()), before + 1);
        // A new involvement refers to the incident already there; it lacks its entity.
        QCOMPARE(
            editor.spec().records.back().fields.value(QStringLiteral("incident")).record, QStringLiteral("incident"));
        QVERIFY(editor.statusText().contains(QStringLiteral("needs the field")));
        editor.removeRecord(int(editor.spec().records.size()) - 1);
        QCOMPARE(int(editor.spec().records.size()), before);
        QVERIFY(editor.statusText().startsWith(QStringLiteral("Valid")));

        ingest::SpecValue v;
        v.column = QStringLiteral("no such column");
        editor.setFieldValue(0, QStringLiteral("summary"), v);
        editor.refreshPreview();
        QVERIFY(editor.previewWidget()->banner()->isVisibleTo(&editor));
        QVERIFY(editor.previewWidget()->banner()->text().contains(QStringLiteral("no such column")));
        editor.undoStack()->undo();
        editor.refreshPreview();
        QVERIFY(!editor.previewWidget()->banner()->isVisibleTo(&editor));
        // Without a workspace there is nothing to save in.
        QVERIFY(!editor.save());
    }

    void aConditionThatDoesNotReadIsKeptAndMarked_data()
    {
        QTest::addColumn<QString>("box");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("why");
        for (const char* box : { "specTableWhen", "specRecordWhen" }) {
            QTest::addRow("%s: >=", box) << box << "year >= 2019"
                                         << "write column = value";
            QTest::addRow("%s: no operator", box) << box << "victims over 100"
                                                  << "write column = value";
            QTest::addRow("%s: bad regex", box) << box << "year ~ (20"
                                                << "regular expression is not valid";
            QTest::addRow("%s: no column", box) << box << "= Italy"
                                                << "is not a condition";
        }
    }
    void aConditionThatDoesNotReadIsKeptAndMarked()
    {
        QFETCH(QString, box);
        QFETCH(QString, typed);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("tip.csv"));
        test::writeFile(csv, tipTable());
        ui::SpecificationEditor editor(nullptr, csv);
        auto* edit = editor.findChild<QLineEdit*>(box);
        QVERIFY(edit);
        const int undoBefore = editor.undoStack()->count();
        edit->setText(typed);
        Q_EMIT edit->editingFinished();
        // Not applied, not lost: the text stays, marked, and the status says why.
        QCOMPARE(editor.undoStack()->count(), undoBefore);
        QCOMPARE(edit->text(), typed);
        QVERIFY2(editor.statusText().contains(why), qPrintable(editor.statusText()));
        QVERIFY(editor.statusText().contains(typed.trimmed()));
        QVERIFY(!edit->property("conditionError").toString().isEmpty());
        QVERIFY(editor.spec().when.isEmpty());
        // Corrected, it applies as one undoable step and the mark goes.
        edit->setText(QStringLiteral("destination_country = Italy; year ~ ^20"));
        Q_EMIT edit->editingFinished();
        QCOMPARE(editor.undoStack()->count(), undoBefore + 1);
        QVERIFY(edit->property("conditionError").toString().isEmpty());
        const auto& when = box == QLatin1String("specTableWhen") ? editor.spec().when : editor.spec().records[0].when;
        QCOMPARE(when.size(), 2);
        QCOMPARE(when[0].column, QStringLiteral("destination_country"));
        QCOMPARE(when[1].value, QStringLiteral("^20"));
    }
    void anUnreadableTableHasNoGuess()
    {
        // Not "the first 0 rows: — 0 % sure": no guess, and none to apply.
        QTemporaryDir dir;
        const QString kml = dir.filePath(QStringLiteral("broken.kml"));
        test::writeFile(kml, "<?xml version=\"1.0\"?>\n<kml><Document><Placemark><name>a & b</name>");
        ui::SpecificationEditor editor(nullptr, kml);
        auto* guess = editor.findChild<QLabel*>(QStringLiteral("specGuess"));
        auto* apply = editor.findChild<QPushButton*>(QStringLiteral("specApplyGuess"));
        QVERIFY(guess && apply);
        QCOMPARE(guess->text(), QStringLiteral("No guess: the table cannot be read."));
        QVERIFY2(guess->toolTip().contains(QStringLiteral("not a file Waymark can read as KML")),
            qPrintable(guess->toolTip()));
        QVERIFY(!apply->isEnabled());
    }
    void theImportDialogUsesTheSavedSpecification()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("tip-links.csv"));
        test::writeFile(csv, tipTable(true));
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(path, true));
        ui::ImportDialog dialog(&context);
        dialog.addFiles({ csv });
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("importSpecification"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("New &specification…"));
        saveTheEditorAs(QStringLiteral("tip-links"));
        button->click(); // opens the editor on the file, which the timer saves and closes
        QCOMPARE(dialog.readAs(0), QStringLiteral("spec:tip-links")); // the file's choice is the saved spec
        QCOMPARE(button->text(), QStringLiteral("Edit &specification…"));
        QVERIFY(
            dialog.findChild<QLabel*>(QStringLiteral("importStatus"))->text().contains(QStringLiteral("version 1")));
        dialog.start();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isRunning(), 30000);
        QCOMPARE(dialog.summaries().size(), 1);
        QVERIFY2(dialog.summaries().first().error.isNull(), qPrintable(dialog.summaries().first().error.toString()));
        QCOMPARE(dialog.summaries().first().format, QStringLiteral("spec:tip-links"));
        QCOMPARE(test::rowCount(path, "route_legs"), 6);
    }

    /// A report export with a title and a note above its header: the editor
    /// reads from the header row the guess found, and the row can be set
    /// (undoably) on the table tab.
    void aTitleAboveTheHeaderIsFound()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("export.csv"));
        test::writeFile(csv, "Referral log, confidential\nExported 2024-01-15\n\n" + tipTable(true));
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        ui::SpecificationEditor editor(ws.value().get(), csv);
        QCOMPARE(editor.spec().headerRow, 4);
        QTableWidget* rows = editor.previewWidget()->rowsTable();
        QCOMPARE(rows->horizontalHeaderItem(1)->text(), QStringLiteral("origin_country"));
        QCOMPARE(rows->rowCount(), 6);
        QVERIFY(editor.statusText().startsWith(QStringLiteral("Valid")));
        auto* headerRow = editor.findChild<QSpinBox*>(QStringLiteral("specHeaderRow"));
        QVERIFY(headerRow);
        QCOMPARE(headerRow->value(), 4);

        // Back to the first row: the title is the header, and undo brings row 4 back.
        headerRow->setValue(0);
        Q_EMIT headerRow->editingFinished();
        QCOMPARE(editor.spec().headerRow, 0);
        QTRY_COMPARE(rows->horizontalHeaderItem(1)->text(), QStringLiteral("Referral log"));
        editor.undoStack()->undo();
        QCOMPARE(editor.spec().headerRow, 4);
        QCOMPARE(headerRow->value(), 4);
        QTRY_COMPARE(rows->horizontalHeaderItem(1)->text(), QStringLiteral("origin_country"));
    }

    void screenshot()
    {
        // WAYMARK_SCREENSHOT=file.png (under xvfb-run with QT_QPA_PLATFORM=xcb) to look at it.
        const QString shot = qEnvironmentVariable("WAYMARK_SCREENSHOT");
        if (shot.isEmpty())
            QSKIP("set WAYMARK_SCREENSHOT to take one");
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("tip-links.csv"));
        test::writeFile(csv, tipTable());
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        ui::SpecificationEditor editor(ws.value().get(), csv);
        editor.show();
        editor.select(0, QStringLiteral("origin"));
        editor.previewWidget()->rowsTable()->selectRow(3);
        QTest::qWait(500);
        QVERIFY(editor.grab().save(shot));

        // A court-case list: people split from one cell, each involved in the case.
        const QString courts = dir.filePath(QStringLiteral("court-cases.csv"));
        test::writeFile(courts,
            "case number,court,judgement date,defendants,country\n"
            "CR-2019-001,Crown Court Leeds,14/03/2019,A. Smith; B. Jones,United Kingdom\n"
            "CR-2019-014,Crown Court Hull,02/07/2019,C. Brown,United Kingdom\n"
            "HC-2020-113,High Court Dublin,21/01/2020,D. Murphy; E. Kelly; F. Byrne,Ireland\n"
            "CR-2020-076,Crown Court York,31/11/2020,G. White,United Kingdom\n");
        ui::SpecificationEditor court(ws.value().get(), courts);
        court.show();
        court.select(1, QStringLiteral("label"));
        court.previewWidget()->rowsTable()->selectRow(2);
        QTest::qWait(500);
        QVERIFY(court.grab().save(QString(shot).replace(QStringLiteral(".png"), QStringLiteral("-court.png"))));

        // The import dialog, the file read with a saved specification.
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(dir.filePath(QStringLiteral("d.waymark")), true));
        ui::ImportDialog dialog(&context);
        dialog.addFiles({ courts, csv });
        dialog.show();
        saveTheEditorAs(QStringLiteral("court-cases"));
        dialog.editSpecification();
        QTest::qWait(300);
        QVERIFY(dialog.grab().save(QString(shot).replace(QStringLiteral(".png"), QStringLiteral("-import.png"))));
    }
};

QTEST_MAIN(TestSpecificationEditor)
#include "tst_specificationeditor.moc"
