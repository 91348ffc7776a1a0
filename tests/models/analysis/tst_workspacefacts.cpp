#include "analysis/workspacefacts.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace waymark;

class TestWorkspaceFacts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void emptyWorkspace()
    {
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("e.waymark")), store::Workspace::Mode::Create);
        QVERIFY(ws);
        QCOMPARE(analysis::WorkspaceFacts::dataDate(*ws.value()), QString());
        QCOMPARE(analysis::WorkspaceFacts::sourceGrades(*ws.value()), QStringList());
    }

    void sampleWorkspace()
    {
        QTemporaryDir dir;
        auto ws = test::sampleWorkspace(dir.path(), dir.filePath(QStringLiteral("w.waymark")), 300, 3);
        QVERIFY(ws);
        // The sample hub's manifest says when it was exported.
        QCOMPARE(analysis::WorkspaceFacts::dataDate(*ws), QStringLiteral("2025-12-31T23:00:00Z"));
        // Asked twice (the statement is cached): the same answer.
        QCOMPARE(analysis::WorkspaceFacts::dataDate(*ws).left(10), QStringLiteral("2025-12-31"));

        const QStringList grades = analysis::WorkspaceFacts::sourceGrades(*ws);
        QVERIFY(!grades.isEmpty());
        QStringList sorted = grades;
        sorted.sort();
        sorted.removeDuplicates();
        QCOMPARE(grades, sorted);
        qint64 graded = 0;
        for (const QString& g : grades) {
            QVERIFY(!g.isEmpty());
            graded += ws->scalar(
                QStringLiteral("SELECT count(*) FROM sources WHERE source_grade = '%1'").arg(g).toStdString());
        }
        QCOMPARE(graded, ws->scalar("SELECT count(*) FROM sources WHERE source_grade IS NOT NULL"));
    }

    void importTimeWhenTheExtractDoesNotSay()
    {
        QTemporaryDir dir;
        auto ws = test::sampleWorkspace(dir.path(), dir.filePath(QStringLiteral("w.waymark")), 200, 4);
        QVERIFY(ws);
        QVERIFY(ws->exec("UPDATE extracts SET exported_at = NULL"));
        const QString date = analysis::WorkspaceFacts::dataDate(*ws);
        QCOMPARE(date, ws->strings("SELECT max(imported_at) FROM extracts").value(0));
        QVERIFY(QDateTime::fromString(date, Qt::ISODateWithMs).isValid());
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceFacts)
#include "tst_workspacefacts.moc"
