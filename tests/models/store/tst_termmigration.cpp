#include "finance/scorerun.h"
#include "finance/typologyreader.h"
#include "reports/reportstore.h"
#include "sample/syntheticbank.h"
#include "store/schema.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace waymark;

namespace {
QString scalar(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* st = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db, sql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
}
} // namespace

/// Workspaces written before schema 7 hold scores stored with yardstick terms
/// and reports in the yardstick's older wording: they open, and the
/// migration maps the old terms to the current ones (issue 14 §3).
class TestTermMigration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oldTermsAreMapped()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.waymark"));
        {
            auto ws = store::Workspace::open(path);
            QVERIFY(ws);
            sample::SyntheticBank::Options o;
            o.accounts = 30;
            o.transactions = 1500;
            QVERIFY(sample::SyntheticBank::write(*ws.value(), o));
            const finance::Scorer scorer(finance::TypologyReader::builtIn().value());
            QVERIFY(finance::ScoreRun::run(*ws.value(), scorer, {}));
            reports::ReportDocument doc;
            doc.title = QStringLiteral("Old report");
            reports::KeyJudgement j;
            j.statement = QStringLiteral("It is probably (55–75 %) so; a remote chance (0–5 %) it is not; almost "
                                         "certain (95–100 %) it was reported.");
            j.term = QStringLiteral("probably");
            j.confidence = QStringLiteral("moderate");
            doc.judgements.push_back(j);
            reports::ReportStore store(*ws.value());
            QVERIFY(store.create(doc));
        }
        // Back to schema 6 as an older Waymark wrote it: the old SQL, the
        // old words.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        const char* old = "DROP TABLE import_specs;" // version 8
                          "DROP INDEX typology_calibrations_version; DROP TABLE typology_calibrations;"
                          "UPDATE account_scores SET yardstick = 'almost certain' WHERE scored = 1;"
                          "UPDATE report_versions SET data = replace(data, '\"term\":\"likely\"', "
                          "'\"term\":\"probably\"');"
                          "PRAGMA user_version = 6;";
        QCOMPARE(sqlite3_exec(db, test::undoSchemaVersion9(), nullptr, nullptr, nullptr), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, old, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        QCOMPARE(
            scalar(path, "SELECT count(*) FROM account_scores WHERE yardstick = 'almost certain'").toInt() > 0, true);
        QVERIFY(scalar(path, "SELECT data FROM report_versions").contains(QStringLiteral("\"term\":\"probably\"")));

        // Opened by this Waymark: migrated, readable, in the current words.
        auto ws = store::Workspace::open(path);
        QVERIFY2(ws, qPrintable(ws.error().toString()));
        QCOMPARE(ws.value()->schemaVersion(), store::Schema::latestVersion());
        ws.value().reset();
        QCOMPARE(scalar(path, "SELECT count(*) FROM account_scores WHERE yardstick = 'almost certain'"),
            QStringLiteral("0"));
        QVERIFY(scalar(path, "SELECT count(*) FROM account_scores WHERE yardstick = 'uncalibrated score'").toInt() > 0);
        const QString data = scalar(path, "SELECT data FROM report_versions");
        QVERIFY2(data.contains(QStringLiteral("\"term\":\"likely\"")), qPrintable(data));
        QVERIFY(!data.contains(QStringLiteral("probably\"")));
        QVERIFY2(data.contains(QStringLiteral("(≈ 55 % – ≈ 75 %)")), qPrintable(data));
        QVERIFY(data.contains(QStringLiteral("(> 0 % – ≈ 5 %)")));
        QVERIFY(data.contains(QStringLiteral("(≈ 95 % – < 100 %)")));
        // The report reads back through the store with its judgement on the yardstick.
        auto again = store::Workspace::open(path);
        QVERIFY(again);
        reports::ReportStore store(*again.value());
        auto list = store.list();
        QVERIFY(list);
        QCOMPARE(int(list->size()), 1);
        auto doc = store.load(list->front().id);
        QVERIFY2(doc, qPrintable(doc.error().toString()));
        QCOMPARE(doc->judgements.front().term, QStringLiteral("likely"));
        auto run = finance::ScoreRun::latest(*again.value());
        QVERIFY(run && !run->rows.empty());
    }
};

QTEST_GUILESS_MAIN(TestTermMigration)
#include "tst_termmigration.moc"
