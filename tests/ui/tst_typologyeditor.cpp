#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "finance/typologystore.h"
#include "store/auditlog.h"
#include "store/workspace.h"
#include "testutil.h"
#include "typologyeditor.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

class TestTypologyEditor : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anEditIsANewVersionThatScoringUses()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(test::sampleWorkspace(dir.path(), path, 300, 6));
        ui::TypologyEditor editor(path);
        QVERIFY(editor.isLoading()); // read in the background
        QCOMPARE(editor.save(), 0); // nothing shown yet, nothing saved
        QTRY_VERIFY(!editor.isLoading());
        QVERIFY(editor.typologyBox()->count() >= 4);
        const QString id = editor.typologyBox()->currentData().toString();
        QVERIFY(editor.weightsTable()->rowCount() > 0);
        auto* hit = qobject_cast<QDoubleSpinBox*>(editor.weightsTable()->cellWidget(0, 1));
        QVERIFY(hit);
        const double before = hit->value();
        hit->setValue(before * 2);
        QCOMPARE(editor.save(), 2);
        QVERIFY(editor.isLoading()); // the saved version is read back
        QTRY_VERIFY(!editor.isLoading());
        QVERIFY(editor.statusText().startsWith(QStringLiteral("Saved ")));

        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        QVERIFY(ws);
        auto current = finance::TypologyStore::current(*ws.value());
        QVERIFY(current);
        const finance::Typology* edited = nullptr;
        for (const auto& t : current.value()) {
            if (t.id == id)
                edited = &t;
        }
        QVERIFY(edited);
        QCOMPARE(edited->version, 2);
        QVERIFY(qAbs(edited->weights.front().hitLr - before * 2) < 1e-9);
        // Audited, and the chain still holds.
        QVERIFY(ws.value()->scalar("SELECT count(*) FROM audit_log WHERE action = 'typology.save'") >= 1);
        QVERIFY(ws.value()->audit().verify().ok());
        // Saving the same again stores nothing new.
        ui::TypologyEditor again(path);
        QTRY_VERIFY(!again.isLoading());
        QCOMPARE(again.save(), 2);
        QCOMPARE(finance::TypologyStore::history(*ws.value(), id).size(), size_t(1));
    }

    void aNewerBuiltInThanTheEditIsSaidAndCanBeAdopted()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        const QString id = QStringLiteral("laundering_structures");
        {
            auto ws = test::sampleWorkspace(dir.path(), path, 200, 7);
            QVERIFY(ws);
            // An analyst's edit of built-in version 1, saved by an earlier Waymark.
            auto v1 = finance::TypologyReader::load(
                QStringLiteral(":/waymark/typologies/earlier/laundering_structures.v1.2.json"));
            QVERIFY(v1);
            finance::Typology edit = v1.value();
            edit.version = 2;
            edit.weights.front().hitLr = 20;
            QVERIFY(finance::ScoreRun::saveTypology(*ws, edit));
        }
        ui::TypologyEditor editor(path);
        QTRY_VERIFY(!editor.isLoading());
        const int index = editor.typologyBox()->findData(id);
        QVERIFY(index >= 0);
        editor.typologyBox()->setCurrentIndex(index);
        QVERIFY2(editor.noticeText().contains(QStringLiteral("Built-in version 2 is newer than version 1")),
            qPrintable(editor.noticeText()));
        QVERIFY(editor.noticeText().contains(QStringLiteral("shared_counterparties")));
        QVERIFY(!editor.adoptButton()->isHidden());
        QCOMPARE(editor.adoptButton()->text(), QStringLiteral("Use built-in version 2"));
        // The edit is what is shown until the built-in is adopted.
        QCOMPARE(qobject_cast<QDoubleSpinBox*>(editor.weightsTable()->cellWidget(0, 1))->value(), 20.0);

        QTest::mouseClick(editor.adoptButton(), Qt::LeftButton);
        QVERIFY(editor.isLoading());
        QTRY_VERIFY(!editor.isLoading());
        QVERIFY2(
            editor.statusText().contains(QStringLiteral("uses built-in version 2")), qPrintable(editor.statusText()));
        QCOMPARE(editor.typologyBox()->currentData().toString(), id);
        QVERIFY(editor.noticeText().isEmpty());
        QVERIFY(editor.adoptButton()->isHidden());
        QCOMPARE(qobject_cast<QDoubleSpinBox*>(editor.weightsTable()->cellWidget(0, 1))->value(), 12.0);
        auto ws = store::Workspace::open(path, store::Workspace::Mode::OpenExisting);
        QVERIFY(ws);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM audit_log WHERE action = 'typology.adopt'"), qint64(1));
        QCOMPARE(finance::TypologyStore::history(*ws.value(), id).size(), size_t(2));
    }
};

QTEST_MAIN(TestTypologyEditor)
#include "tst_typologyeditor.moc"
