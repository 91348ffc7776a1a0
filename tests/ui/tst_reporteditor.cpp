#include "analysis/analysiscontext.h"
#include "reporteditor.h"
#include "reports/reportstore.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QUndoStack>

#include <cstdio>

using namespace waymark;

namespace {

const char* const kChildVariable = "WAYMARK_REPORTEDITOR_CHILD";
const QString kTyped = QStringLiteral("Typed just before the crash");

/// The child process: opens the report, types, waits for one autosave,
/// says so and keeps running until it is killed.
int runChild(const QString& spec)
{
    const QString path = spec.section(QLatin1Char('|'), 0, 0);
    const qint64 id = spec.section(QLatin1Char('|'), 1, 1).toLongLong();
    analysis::AnalysisContext context;
    if (!context.openWorkspace(path))
        return 2;
    ui::ReportEditor editor(&context);
    editor.setAutosaveInterval(200);
    if (!editor.openReport(id))
        return 3;
    editor.show();
    QTextEdit* assessment = editor.sectionEditor(QStringLiteral("assessment"));
    assessment->moveCursor(QTextCursor::End);
    QTest::keyClicks(assessment, kTyped);
    QObject::connect(&editor, &ui::ReportEditor::autosaved, [] {
        std::fputs("AUTOSAVED\n", stdout);
        std::fflush(stdout);
    });
    return QApplication::exec();
}

} // namespace

class TestReportEditor : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_path;

private Q_SLOTS:
    void initTestCase()
    {
        m_path = m_dir.filePath(QStringLiteral("w.waymark"));
        QVERIFY(test::sampleWorkspace(m_dir.path(), m_path, 300, 5));
    }

    void editCheckUndoSave()
    {
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_path));
        ui::ReportEditor editor(&context);
        editor.show();
        QVERIFY(editor.newReport(reports::ReportDocument::Template::StandardKjr));
        editor.addJudgement();
        QCOMPARE(editor.judgementList()->count(), 1);
        QLineEdit* statement = editor.statementEdit();
        statement->selectAll();
        QTest::keyClicks(statement, QStringLiteral("The ring could expand into Italy."));
        QTRY_VERIFY(std::any_of(editor.findings().begin(), editor.findings().end(), [](const reports::Finding& f) {
            return f.rule == QLatin1String("vague-word") && f.text == QLatin1String("could");
        }));
        QVERIFY(editor.judgementList()->item(0)->text().contains(QStringLiteral("could expand")));

        // A 60 % "highly likely" in a section is underlined and listed.
        QTextEdit* assessment = editor.sectionEditor(QStringLiteral("assessment"));
        QVERIFY(assessment);
        assessment->selectAll();
        QTest::keyClicks(assessment, QStringLiteral("It is highly likely (60 %) that the route grows."));
        QTRY_VERIFY(!assessment->extraSelections().isEmpty());
        const QTextEdit::ExtraSelection mark = assessment->extraSelections().front();
        QCOMPARE(mark.cursor.selectedText(), QStringLiteral("60 %"));
        int row = -1;
        for (size_t i = 0; i < editor.findings().size(); ++i) {
            if (editor.findings()[i].rule == QLatin1String("percent-out-of-range"))
                row = int(i);
        }
        QVERIFY(row >= 0);
        QCOMPARE(editor.findingList()->count(), int(editor.findings().size()));
        QVERIFY(editor.dismissFinding(row, QStringLiteral("Quoting the partner's own estimate.")));
        QVERIFY(editor.findings()[size_t(row)].dismissed);
        QTRY_VERIFY(assessment->extraSelections().isEmpty());

        // Cite the shared selection, then undo and redo it.
        const QStringList ids = context.workspace()->strings("SELECT id FROM incidents ORDER BY id LIMIT 3");
        context.setSelection({ ids[0].toLongLong(), ids[1].toLongLong(), ids[2].toLongLong() });
        editor.judgementList()->setCurrentRow(0);
        QVERIFY(editor.citeSelection());
        QCOMPARE(editor.document().judgements[0].evidence.size(), size_t(3));
        editor.undoStack()->undo();
        QCOMPARE(editor.document().judgements[0].evidence.size(), size_t(0));
        editor.undoStack()->redo();
        QCOMPARE(editor.document().judgements[0].evidence.size(), size_t(3));

        // Reorder.
        editor.addJudgement();
        editor.statementEdit()->selectAll();
        QTest::keyClicks(editor.statementEdit(), QStringLiteral("Second."));
        editor.moveJudgement(1, 0);
        QCOMPARE(editor.document().judgements[0].statement, QStringLiteral("Second."));
        QVERIFY(editor.judgementList()->item(0)->text().contains(QStringLiteral("Second.")));
        editor.undoStack()->undo();
        QCOMPARE(editor.document().judgements[1].statement, QStringLiteral("Second."));

        QVERIFY(editor.save());
        reports::ReportStore store(*context.workspace());
        auto back = store.load(editor.reportId());
        QVERIFY(back);
        QCOMPARE(back->version, 2);
        QCOMPARE(back->judgements.size(), size_t(2));
        QVERIFY(reports::ReportDocument::plainText(back->section(QStringLiteral("assessment"))->html)
                    .contains(QStringLiteral("highly likely (60 %)")));
        QCOMPARE(back->dismissals.size(), size_t(1));
    }

    void keyboardUndoAndCitations()
    {
        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_path));
        ui::ReportEditor editor(&context);
        editor.show();
        QApplication::setActiveWindow(&editor);
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(editor.newReport(reports::ReportDocument::Template::StandardKjr));
        editor.addJudgement();
        QLineEdit* statement = editor.statementEdit();
        statement->setFocus();
        statement->selectAll();
        QTest::keyClicks(statement, QStringLiteral("The route is likely to grow."));
        const int steps = editor.undoStack()->index();
        QTest::keyClicks(statement, QStringLiteral(" Soon."));
        QCOMPARE(editor.undoStack()->index(), steps); // one field, one step
        QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Edit statement"));

        // Ctrl+Z in the field takes back the report's last edit: all that typing.
        QTest::keySequence(statement, QKeySequence(QKeySequence::Undo));
        QCOMPARE(editor.document().judgements[0].statement, QStringLiteral("New judgement"));
        QCOMPARE(statement->text(), QStringLiteral("New judgement"));
        QVERIFY(editor.judgementList()->item(0)->text().endsWith(QStringLiteral("New judgement")));
        QTest::keySequence(statement, QKeySequence(QKeySequence::Redo));
        QCOMPARE(statement->text(), QStringLiteral("The route is likely to grow. Soon."));

        // Delete removes the chosen citation; Ctrl+Z on the list brings it back.
        const QStringList ids = context.workspace()->strings("SELECT id FROM incidents ORDER BY id LIMIT 2");
        context.setSelection({ ids[0].toLongLong(), ids[1].toLongLong() });
        QVERIFY(editor.citeSelection());
        QListWidget* evidence = editor.evidenceList();
        QCOMPARE(evidence->count(), 2);
        const QString second = editor.document().judgements[0].evidence[1].key;
        evidence->setFocus();
        evidence->setCurrentRow(0);
        QTest::keyClick(evidence, Qt::Key_Delete);
        QCOMPARE(evidence->count(), 1);
        QCOMPARE(editor.document().judgements[0].evidence[0].key, second);
        QCOMPARE(editor.undoStack()->undoText(), QStringLiteral("Remove citation"));
        QTest::keySequence(evidence, QKeySequence(QKeySequence::Undo));
        QCOMPARE(evidence->count(), 2);
        QCOMPARE(editor.document().judgements[0].evidence[1].key, second);
    }

    void autosaveSurvivesAKill()
    {
        qint64 id = 0;
        {
            auto ws = store::Workspace::open(m_path);
            QVERIFY(ws);
            reports::ReportDocument d
                = reports::ReportDocument::fromTemplate(reports::ReportDocument::Template::RouteAssessment);
            d.title = QStringLiteral("Crash test");
            auto created = reports::ReportStore(*ws.value()).create(d);
            QVERIFY(created);
            id = created.value();
        }
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QLatin1String(kChildVariable), m_path + QLatin1Char('|') + QString::number(id));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QByteArray said;
        QElapsedTimer waited;
        waited.start();
        while (!said.contains("AUTOSAVED") && child.state() != QProcess::NotRunning && waited.elapsed() < 30000) {
            child.waitForReadyRead(100);
            said += child.readAllStandardOutput();
        }
        QVERIFY2(said.contains("AUTOSAVED"), child.readAllStandardError().constData());
        QCOMPARE(child.state(), QProcess::Running);
        child.kill(); // SIGKILL: no destructor, no flush
        QVERIFY(child.waitForFinished());

        analysis::AnalysisContext context;
        QVERIFY(context.openWorkspace(m_path));
        auto kept = reports::ReportStore(*context.workspace()).autosaved(id);
        QVERIFY(kept && kept->has_value());
        QVERIFY(reports::ReportDocument::plainText(kept->value().section(QStringLiteral("assessment"))->html)
                    .contains(kTyped));
        ui::ReportEditor editor(&context);
        QVERIFY(editor.openReport(id));
        QVERIFY(editor.recoveredFromAutosave());
        QVERIFY(editor.sectionEditor(QStringLiteral("assessment"))->toPlainText().contains(kTyped));
    }
};

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    if (qEnvironmentVariableIsSet(kChildVariable))
        return runChild(qEnvironmentVariable(kChildVariable));
    TestReportEditor test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_reporteditor.moc"
