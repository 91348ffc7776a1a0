#include "analysis/incidentsnapshot.h"
#include "core/feedback.h"
#include "ingest/graphdocument.h"
#include "map/routevolume.h"
#include "sharing/figureexport.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <algorithm>
#include <sys/stat.h>
#include <sys/sysmacros.h>

namespace {
using waymark::test::Run;
using waymark::test::runWaymark;

/// A workspace w.waymark in dir holding a generated sample extract (written
/// as dir/extract) of that many incidents, made by the CLI; empty on failure.
QString sampleWorkspace(const QTemporaryDir& dir, int incidents, const QString& extract = QStringLiteral("x.zip"))
{
    const QString ws = dir.filePath(QStringLiteral("w.waymark"));
    const Run r = runWaymark(
        { QStringLiteral("sample"), QStringLiteral("--out"), dir.filePath(extract), QStringLiteral("--incidents"),
            QString::number(incidents), QStringLiteral("--workspace"), ws, QStringLiteral("--quiet") });
    return r.code == 0 ? ws : QString();
}
} // namespace

class TestCommandLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void exitCodesAsDocumented()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.waymark"));
        const QString zip = dir.filePath(QStringLiteral("x.zip"));
        Run r = runWaymark({ QStringLiteral("sample"), QStringLiteral("--out"), zip, QStringLiteral("--incidents"),
            QStringLiteral("300"), QStringLiteral("--seed"), QStringLiteral("9") });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("300 incidents")));

        r = runWaymark({ QStringLiteral("import"), zip, QStringLiteral("--workspace"), ws });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Imported x.zip (hub-extract).")), qPrintable(r.out));
        r = runWaymark({ QStringLiteral("import"), zip, QStringLiteral("--workspace"), ws });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("nothing changed")));

        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        waymark::test::writeFile(bad, "yearOfRegistration,citizenship\n2019,NGA\n2019,QQQ\n");
        r = runWaymark({ QStringLiteral("import"), bad, QStringLiteral("--workspace"), ws });
        QCOMPARE(r.code, 3);
        QVERIFY2(
            r.err.contains(QLatin1String("bad.csv:3:6: citizenship: unknown country code \"QQQ\"")), qPrintable(r.err));
        r = runWaymark(
            { QStringLiteral("import"), bad, QStringLiteral("--workspace"), ws, QStringLiteral("--keep-going") });
        QCOMPARE(r.code, 4);
        QVERIFY(r.out.contains(QLatin1String("quarantined: 1")));

        r = runWaymark({ QStringLiteral("info"), ws });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("incidents")));
        QVERIFY(r.out.contains(QLatin1String("sha256=")));

        r = runWaymark({ QStringLiteral("audit"), QStringLiteral("verify"), ws });
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("3 records")));

        sqlite3* db = nullptr;
        sqlite3_open(QFile::encodeName(ws).constData(), &db);
        sqlite3_exec(db, "UPDATE audit_log SET user = 'mallory' WHERE id = 2", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        r = runWaymark({ QStringLiteral("audit"), QStringLiteral("verify"), ws });
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("broken at record 2")));

        QCOMPARE(runWaymark({ QStringLiteral("import"), zip }).code, 1);
        QCOMPARE(runWaymark({ QStringLiteral("info"), dir.filePath(QStringLiteral("none.waymark")) }).code, 2);
        QCOMPARE(runWaymark({ QStringLiteral("--help") }).code, 0);
    }

    // issue 19: a two-sided ledger from the command line, and a time-step
    // mapping without its origin refused with the fix named.
    void twoSidedLedgerImport()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.waymark"));
        const QString csv = dir.filePath(QStringLiteral("transactions.csv"));
        waymark::test::writeFile(csv,
            "tran_id,orig_acct,bene_acct,tx_type,base_amt,tran_timestamp,is_sar,alert_id\n"
            "1,A,B,TRANSFER,100.00,2017-01-01T00:00:00Z,False,-1\n"
            "2,B,C,TRANSFER,90.00,2017-01-02T00:00:00Z,True,7\n");
        const QString mapping = dir.filePath(QStringLiteral("amlsim.json"));
        waymark::test::writeFile(mapping,
            R"({ "name": "AMLSim", "default_currency": "USD", "columns": { "id": "tran_id", "account": "orig_acct",
  "payee_account": "bene_acct", "amount": "base_amt", "timestamp": "tran_timestamp" } })");
        QCOMPARE(runWaymark({ QStringLiteral("new"), ws }).code, 0);
        Run r = runWaymark(
            { QStringLiteral("import"), csv, QStringLiteral("--mapping"), mapping, QStringLiteral("--workspace"), ws });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Two-sided ledger: each row is a debit of the payer and a credit of the "
                                              "payee")),
            qPrintable(r.out + r.err));
        QCOMPARE(waymark::test::rowCount(ws, "transactions"), 4);
        QCOMPARE(waymark::test::rowCount(ws, "accounts"), 3);

        const QString steps = dir.filePath(QStringLiteral("steps.json"));
        waymark::test::writeFile(steps,
            R"({ "name": "PaySim", "default_currency": "USD", "time_unit": "hours", "columns": { "timestamp": "step",
  "amount": "amount", "account": "nameOrig", "payee_account": "nameDest" } })");
        r = runWaymark({ QStringLiteral("mapping"), QStringLiteral("save"), steps, QStringLiteral("--workspace"), ws });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("add \"time_origin\"")), qPrintable(r.err));
    }

    void importSpecifications()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.waymark"));
        const QString csv = dir.filePath(QStringLiteral("cases.csv"));
        waymark::test::writeFile(
            csv, "case,date,defendants,country\nC1,14/03/2019,A. Smith; B. Jones,GBR\nC2,31/02/2019,B. Jones,DEU\n");
        const QString spec = dir.filePath(QStringLiteral("cases.json"));
        waymark::test::writeFile(spec, R"({ "name": "cases", "records": [
  { "id": "case", "target": "incident", "fields": { "key": "case",
      "date": { "column": "date", "date_formats": ["dd/MM/yyyy"] }, "place": "country" } },
  { "id": "who", "target": "entity", "split": "defendants", "fields": { "type": { "constant": "person" },
      "label": "defendants" } },
  { "id": "in", "target": "involvement", "fields": { "incident": { "record": "case" },
      "entity": { "record": "who" }, "role": { "constant": "suspect" } } } ] })");
        // Without a specification: refused, and told how to give one.
        Run r = runWaymark({ QStringLiteral("import"), csv, QStringLiteral("--workspace"), ws });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QLatin1String("--spec NAME|FILE.json")), qPrintable(r.err));

        r = runWaymark({ QStringLiteral("spec"), QStringLiteral("save"), spec, QStringLiteral("--workspace"), ws });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Saved import specification cases, version 1.")), qPrintable(r.out));
        r = runWaymark({ QStringLiteral("spec"), QStringLiteral("list"), QStringLiteral("--workspace"), ws });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QLatin1String("cases\tversion 1\trecords")), qPrintable(r.out));

        r = runWaymark({ QStringLiteral("import"), csv, QStringLiteral("--spec"), QStringLiteral("cases"),
            QStringLiteral("--workspace"), ws, QStringLiteral("--keep-going") });
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QLatin1String("cases.csv:3:4: date: \"31/02/2019\" is not a possible date")),
            qPrintable(r.err));
        QCOMPARE(waymark::test::rowCount(ws, "incidents"), 1);
        QCOMPARE(waymark::test::rowCount(ws, "incident_entities"), 2);

        const QString out = dir.filePath(QStringLiteral("out.json"));
        r = runWaymark({ QStringLiteral("spec"), QStringLiteral("export"), QStringLiteral("cases"), out,
            QStringLiteral("--workspace"), ws, QStringLiteral("--spec-version"), QStringLiteral("1") });
        QCOMPARE(r.code, 0);
        QVERIFY(waymark::test::fileBytes(out).contains("\"target\": \"involvement\""));
        r = runWaymark({ QStringLiteral("spec"), QStringLiteral("show"), QStringLiteral("nothing"),
            QStringLiteral("--workspace"), ws });
        QCOMPARE(r.code, 3);
        QCOMPARE(runWaymark({ QStringLiteral("import"), csv, QStringLiteral("--spec"), spec,
                                QStringLiteral("--mapping"), spec, QStringLiteral("--workspace"), ws })
                     .code,
            1);
    }

    void scoreAndCalibrate()
    {
        QTemporaryDir dir;
        const QString ws = sampleWorkspace(dir, 2000, QStringLiteral("x"));
        QVERIFY(!ws.isEmpty());
        const QString csv = dir.filePath(QStringLiteral("scores.csv"));
        // The scores' CSV leaves through the releasability check: the
        // sample's accounts all come from its TLP:RED bank source, so none
        // may go, not even inside the organisation, and nothing is written.
        Run r
            = runWaymark({ QStringLiteral("score"), QStringLiteral("--workspace"), ws, QStringLiteral("--out"), csv });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.out.contains(QLatin1String("TLP:RED")), qPrintable(r.out));
        QVERIFY2(r.err.contains(QLatin1String("no CSV was written")), qPrintable(r.err));
        QVERIFY(!QFile::exists(csv));
        // Marked TLP:AMBER, the bank's accounts may go to the own organisation.
        QCOMPARE(waymark::test::execSql(ws, "UPDATE sources SET tlp = 'TLP:AMBER' WHERE tlp = 'TLP:RED'"), SQLITE_OK);
        r = runWaymark({ QStringLiteral("score"), QStringLiteral("--workspace"), ws, QStringLiteral("--out"), csv });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("run 1 stored"))); // the refusal came before scoring
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().split('\n');
        QVERIFY(lines.at(0).startsWith("rank,account,holder,value_kind,score_0_100,calibrated_probability,yardstick,"
                                       "reliability,leading_typology"));
        // Every row carries its own marking, the source's (issue 17 §1).
        QVERIFY2(lines.at(0).trimmed().endsWith(",not_scored,tlp,handling_conditions"), lines.at(0).constData());
        QVERIFY2(lines.at(1).contains(",TLP:AMBER"), lines.at(1).constData());
        // The planted accounts (ACC-R…, ACC-P…) lead the ranking, as
        // uncalibrated scores: no probability, no yardstick term.
        QVERIFY2(lines.at(1).contains(",ACC-R") || lines.at(1).contains(",ACC-P"), lines.at(1).constData());
        QVERIFY2(lines.at(1).contains(",uncalibrated_score,"), lines.at(1).constData());
        for (const char* term : { "almost certain", "highly likely", "likely" })
            QVERIFY2(!lines.at(1).contains(term), lines.at(1).constData());
        // One typology by id, one from a file with a typo: a clear error.
        r = runWaymark({ QStringLiteral("score"), QStringLiteral("--workspace"), ws, QStringLiteral("--typology"),
            QStringLiteral("funnel_account") });
        QCOMPARE(r.code, 0);
        const QString bad = dir.filePath(QStringLiteral("bad.json"));
        QFile b(bad);
        QVERIFY(b.open(QIODevice::WriteOnly));
        b.write("{\"id\": \"x\", \"name\": \"X\", \"prior\": 0.1,\n \"indicators\": [{\"indicator\": \"nope\", "
                "\"hitLr\": 2}]}");
        b.close();
        r = runWaymark(
            { QStringLiteral("score"), QStringLiteral("--workspace"), ws, QStringLiteral("--typology"), bad });
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains(QStringLiteral("bad.json:2:31: unknown indicator \"nope\"")), qPrintable(r.err));
        r = runWaymark({ QStringLiteral("calibrate"), QStringLiteral("--workspace"), ws, QStringLiteral("--labels"),
            dir.filePath(QStringLiteral("x-labels.csv")) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The sample overlaps (issue 19): partial cases and innocent
        // look-alikes keep the expert weights' AUC below 1, above chance.
        const QString overall = r.out.section(QStringLiteral("Overall (expert weights): AUC "), 1).left(5);
        QVERIFY2(overall.toDouble() > 0.6 && overall.toDouble() < 0.99, qPrintable(r.out));
        // This small sample's labels (52, a dozen cases) cannot support a
        // probability: the report says why, typology by typology…
        QVERIFY2(r.out.contains(QStringLiteral("cannot be calibrated: the labels hold only known clean accounts")),
            qPrintable(r.out));
        QVERIFY2(
            r.out.contains(QStringLiteral("cannot be calibrated: too few labels of one class")), qPrintable(r.out));
        QCOMPARE(runWaymark({ QStringLiteral("calibrate"), QStringLiteral("--workspace"), ws }).code, 1);
        // …and scoring again still shows scores, never a probability.
        r = runWaymark({ QStringLiteral("score"), QStringLiteral("--workspace"), ws, QStringLiteral("--out"), csv });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile g(csv);
        QVERIFY(g.open(QIODevice::ReadOnly));
        const QByteArray again = g.readAll();
        const QByteArray rowsOnly = again.mid(again.indexOf('\n')); // past the header
        QVERIFY(rowsOnly.contains(",uncalibrated_score,"));
        QVERIFY2(!rowsOnly.contains(",calibrated_probability,"), rowsOnly.left(2000).constData());
    }

    void graphMeasuresAndSnapshot()
    {
        QTemporaryDir dir;
        const QString ws = sampleWorkspace(dir, 400);
        QVERIFY(!ws.isEmpty());
        const QString csv = dir.filePath(QStringLiteral("m.csv"));
        Run r = runWaymark({ QStringLiteral("graph"), QStringLiteral("--workspace"), ws, QStringLiteral("--metrics"),
            QStringLiteral("betweenness,pagerank,louvain,broker"), QStringLiteral("--types"), QStringLiteral("person"),
            QStringLiteral("--key-actors"), QStringLiteral("3"), QStringLiteral("--out"), csv,
            QStringLiteral("--quiet") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("1. ")) && r.out.contains(QLatin1String("broker")), qPrintable(r.out));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.first(),
            QByteArray("entity_id,type,label,betweenness,pagerank,louvain,broker,tlp,handling_conditions"));
        // Each entity carries its source's marking; none is TLP:RED.
        for (qsizetype i = 1; i < lines.size(); ++i)
            QVERIFY2(lines.at(i).contains(",TLP:") && !lines.at(i).contains("TLP:RED"), lines.at(i).constData());
        // Every entity but those of the TLP:RED source, which may not go.
        const qint64 red = waymark::test::countSql(
            ws, "SELECT count(*) FROM entities e JOIN sources s ON s.id = e.source_id WHERE s.tlp = 'TLP:RED'");
        QVERIFY(red > 0);
        QCOMPARE(lines.size() - 1, int(waymark::test::rowCount(ws, "entities") - red));
        QVERIFY2(r.out.contains(QLatin1String("TLP:RED")), qPrintable(r.out));
        // To a partner, and the whole graph asked for: refused, nothing written.
        const QString graphml = dir.filePath(QStringLiteral("chart.graphml"));
        r = runWaymark({ QStringLiteral("graph"), QStringLiteral("--workspace"), ws, QStringLiteral("--export"),
            graphml, QStringLiteral("--destination"), QStringLiteral("partner"), QStringLiteral("--include-restricted"),
            QStringLiteral("--quiet") });
        QCOMPARE(r.code, 3);
        QVERIFY(!QFile::exists(graphml));
        r = runWaymark({ QStringLiteral("graph"), QStringLiteral("--workspace"), ws, QStringLiteral("--export"),
            graphml, QStringLiteral("--destination"), QStringLiteral("partner"), QStringLiteral("--quiet") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray exported = waymark::test::fileBytes(graphml);
        QVERIFY(exported.contains("<graphml"));
        // The file says its marking, the graph's and each node's and link's,
        // and reads back with it.
        {
            QFile file(graphml);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const auto doc = waymark::ingest::GraphDocument::read(&file, graphml);
            QVERIFY(doc);
            QCOMPARE(doc->graphAttributes.value(QStringLiteral("tlp")), QStringLiteral("TLP:AMBER"));
            QVERIFY(!doc->nodes.isEmpty() && !doc->links.isEmpty());
            for (const auto& n : doc->nodes)
                QVERIFY2(n.attributes.value(QStringLiteral("tlp")).startsWith(QLatin1String("TLP:")), qPrintable(n.id));
            for (const auto& l : doc->links) {
                const QString tlp = l.attributes.value(QStringLiteral("tlp"));
                QVERIFY2(tlp.startsWith(QLatin1String("TLP:")) && tlp != QLatin1String("TLP:AMBER+STRICT"),
                    qPrintable(l.id));
            }
        }
        const QString gexf = dir.filePath(QStringLiteral("chart.gexf"));
        r = runWaymark({ QStringLiteral("graph"), QStringLiteral("--workspace"), ws, QStringLiteral("--export"), gexf,
            QStringLiteral("--destination"), QStringLiteral("partner"), QStringLiteral("--quiet") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(waymark::test::fileBytes(gexf).contains("<keywords>TLP:AMBER</keywords>"));
        const QStringList withheldKeys = waymark::test::stringsSql(ws,
            "SELECT e.entity_key FROM entities e JOIN sources s ON s.id = e.source_id "
            "WHERE s.tlp IN ('TLP:RED', 'TLP:AMBER+STRICT')");
        QVERIFY(!withheldKeys.isEmpty());
        for (const QString& key : withheldKeys)
            QVERIFY2(!exported.contains(("\"" + key + "\"").toUtf8()), qPrintable(key));
        const QStringList clearKeys = waymark::test::stringsSql(
            ws, "SELECT e.entity_key FROM entities e JOIN sources s ON s.id = e.source_id WHERE s.tlp = 'TLP:CLEAR'");
        QVERIFY(!clearKeys.isEmpty());
        QVERIFY(std::any_of(clearKeys.cbegin(), clearKeys.cend(),
            [&](const QString& key) { return exported.contains(("\"" + key + "\"").toUtf8()); }));
        QCOMPARE(runWaymark({ QStringLiteral("graph"), QStringLiteral("--workspace"), ws, QStringLiteral("--metrics"),
                                QStringLiteral("charisma"), QStringLiteral("--out"), csv })
                     .code,
            1);

        const QString png = dir.filePath(QStringLiteral("chart.png"));
        r = runWaymark({ QStringLiteral("render"), QStringLiteral("graph"), QStringLiteral("--workspace"), ws,
            QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("900x700"),
            QStringLiteral("--pieces"), QStringLiteral("5") });
        QCOMPARE(r.code, 0);
        const QImage img(png);
        QCOMPARE(img.size(), QSize(900, 700));
        // SVG too, by the file's ending; another ending is refused with the reason.
        const QString svg = dir.filePath(QStringLiteral("chart.svg"));
        r = runWaymark({ QStringLiteral("render"), QStringLiteral("graph"), QStringLiteral("--workspace"), ws,
            QStringLiteral("--out"), svg, QStringLiteral("--pieces"), QStringLiteral("3") });
        QCOMPARE(r.code, 0);
        QFile svgFile(svg);
        QVERIFY(svgFile.open(QIODevice::ReadOnly));
        QVERIFY(svgFile.readAll().contains("<svg"));
        r = runWaymark({ QStringLiteral("render"), QStringLiteral("graph"), QStringLiteral("--workspace"), ws,
            QStringLiteral("--out"), dir.filePath(QStringLiteral("chart.doc")) });
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QLatin1String(".png")), qPrintable(r.err));
    }

    // Workspaces from a hostile sender, as the command line meets them: a
    // clear refusal (exit 2), never a crash; a copy without what is not
    // Waymark's; inspecting changes no byte; outputs that cannot be written
    // are errors (exit 3), and a device is never replaced by a file.
    void hostileWorkspacesAndOutputs()
    {
        QTemporaryDir dir;
        const QString ws = sampleWorkspace(dir, 300);
        QVERIFY(!ws.isEmpty());
        const QString zip = dir.filePath(QStringLiteral("x.zip"));
        auto sql = [](const QString& path, const char* statement) {
            sqlite3* db = nullptr;
            sqlite3_open(QFile::encodeName(path).constData(), &db);
            const int rc = sqlite3_exec(db, statement, nullptr, nullptr, nullptr);
            sqlite3_close(db);
            return rc;
        };
        // Inspecting is read-only.
        QCOMPARE(sql(ws, "PRAGMA wal_checkpoint(TRUNCATE)"), SQLITE_OK);
        const QByteArray before = waymark::test::fileBytes(ws);
        Run r = runWaymark({ QStringLiteral("info"), ws });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runWaymark({ QStringLiteral("audit"), QStringLiteral("verify"), ws });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(
            r.out.contains(QLatin1String("Rows: every import's rows are as they were imported")), qPrintable(r.out));
        QCOMPARE(waymark::test::fileBytes(ws), before);

        // What Waymark writes is the analyst's alone (umask 077, workspaces 0600).
        const QString figure = dir.filePath(QStringLiteral("m.png"));
        r = runWaymark({ QStringLiteral("render"), QStringLiteral("map"), QStringLiteral("--workspace"), ws,
            QStringLiteral("--out"), figure, QStringLiteral("--size"), QStringLiteral("400x300") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QString& file : { ws, figure }) {
            const auto others
                = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
            QVERIFY2(!(QFile::permissions(file) & others), qPrintable(file));
        }

        // A negative schema version: refused everywhere, no crash.
        const QString negative = dir.filePath(QStringLiteral("n.waymark"));
        QVERIFY(QFile::copy(ws, negative));
        QCOMPARE(sql(negative, "PRAGMA user_version = -1"), SQLITE_OK);
        for (const QStringList& args : { QStringList { QStringLiteral("info"), negative },
                 QStringList { QStringLiteral("audit"), QStringLiteral("verify"), negative },
                 QStringList { QStringLiteral("import"), zip, QStringLiteral("--workspace"), negative } }) {
            r = runWaymark(args);
            QVERIFY2(r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QLatin1String(": ") + r.err));
            QVERIFY2(r.err.contains(QLatin1String("damaged or not a Waymark workspace")), qPrintable(r.err));
        }

        // A trigger that would zero every later import's victims.
        const QString trap = dir.filePath(QStringLiteral("t.waymark"));
        QCOMPARE(runWaymark({ QStringLiteral("new"), trap }).code, 0);
        QCOMPARE(sql(trap,
                     "CREATE TRIGGER z AFTER INSERT ON incidents BEGIN UPDATE incidents SET victims = 0 "
                     "WHERE rowid = new.rowid; END;"),
            SQLITE_OK);
        r = runWaymark({ QStringLiteral("import"), zip, QStringLiteral("--workspace"), trap });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("trigger z is not Waymark's")), qPrintable(r.err));
        const QString cleaned = dir.filePath(QStringLiteral("clean.waymark"));
        r = runWaymark({ QStringLiteral("clean"), trap, QStringLiteral("--out"), cleaned });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = runWaymark(
            { QStringLiteral("import"), zip, QStringLiteral("--workspace"), cleaned, QStringLiteral("--quiet") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(sql(cleaned, "SELECT 1"), SQLITE_OK);
        QCOMPARE(waymark::test::rowCount(cleaned, "incidents"), waymark::test::rowCount(ws, "incidents"));

        // Rows deleted behind the log's back.
        const QString edited = dir.filePath(QStringLiteral("e.waymark"));
        QVERIFY(QFile::copy(ws, edited));
        QCOMPARE(sql(edited,
                     "PRAGMA foreign_keys = OFF; DELETE FROM route_legs WHERE incident_id % 2 = 0; "
                     "DELETE FROM incident_entities WHERE incident_id % 2 = 0; DELETE FROM incidents WHERE id % 2 = 0"),
            SQLITE_OK);
        r = runWaymark({ QStringLiteral("audit"), QStringLiteral("verify"), edited });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("incidents: 300 rows when imported, 150 now")), qPrintable(r.err));

        // A device where the output should go: written through, never replaced.
        const QString device = dir.filePath(QStringLiteral("full.png"));
        if (::mknod(QFile::encodeName(device).constData(), S_IFCHR | 0600, makedev(1, 7)) != 0)
            QSKIP("cannot make a /dev/full node here (not root)");
        r = runWaymark({ QStringLiteral("render"), QStringLiteral("map"), QStringLiteral("--workspace"), ws,
            QStringLiteral("--out"), device });
        QCOMPARE(r.code, 3);
        QVERIFY(!r.out.contains(QLatin1String("Wrote")));
        QVERIFY(!QFileInfo(device).isFile());
        const QString csv = dir.filePath(QStringLiteral("full.csv"));
        QCOMPARE(::mknod(QFile::encodeName(csv).constData(), S_IFCHR | 0600, makedev(1, 7)), 0);
        r = runWaymark({ QStringLiteral("score"), QStringLiteral("--workspace"), ws, QStringLiteral("--out"), csv });
        QCOMPARE(r.code, 3);
        QVERIFY2(!r.err.contains(QLatin1String("Unknown error")), qPrintable(r.err));
    }

    void mapWithoutAWindow()
    {
        QTemporaryDir dir;
        const QString ws = sampleWorkspace(dir, 600);
        QVERIFY(!ws.isEmpty());
        const QString png = dir.filePath(QStringLiteral("map.png"));
        Run r = runWaymark({ QStringLiteral("render"), QStringLiteral("map"), QStringLiteral("--workspace"), ws,
            QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("800x500"),
            QStringLiteral("--layers"), QStringLiteral("basemap,choropleth,hotspots,significance,routes,points"),
            QStringLiteral("--from"), QStringLiteral("2021-01-01"), QStringLiteral("--to"),
            QStringLiteral("2021-12-31") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QImage(png).size(), QSize(800, 500));
        // Every incident of the window is accounted for: on the map, country only or nowhere.
        const QRegularExpression counts(QStringLiteral("(\\d+) incidents in the window, (\\d+) on the map, (\\d+) "
                                                       "located to a country only, (\\d+) without a place"));
        const auto m = counts.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        QCOMPARE(m.captured(1).toInt(), m.captured(2).toInt() + m.captured(3).toInt() + m.captured(4).toInt());
        QVERIFY(m.captured(1).toInt() > 0);

        const QString svg = dir.filePath(QStringLiteral("map.svg"));
        r = runWaymark({ QStringLiteral("render"), QStringLiteral("map"), QStringLiteral("--workspace"), ws,
            QStringLiteral("--out"), svg, QStringLiteral("--bbox"), QStringLiteral("-12,35,40,62") });
        QCOMPARE(r.code, 0);
        QFile f(svg);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().contains("<svg"));

        // Bad options are usage errors that name the problem.
        r = runWaymark({ QStringLiteral("render"), QStringLiteral("map"), QStringLiteral("--workspace"), ws,
            QStringLiteral("--out"), png, QStringLiteral("--layers"), QStringLiteral("heatmap") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("heatmap")));
        r = runWaymark({ QStringLiteral("render"), QStringLiteral("map"), QStringLiteral("--workspace"), ws,
            QStringLiteral("--out"), png, QStringLiteral("--bbox"), QStringLiteral("40,35,-12,62") });
        QCOMPARE(r.code, 1);
        r = runWaymark({ QStringLiteral("render"), QStringLiteral("map"), QStringLiteral("--workspace"), ws,
            QStringLiteral("--out"), dir.filePath(QStringLiteral("no/such/dir/map.png")) });
        QCOMPARE(r.code, 3);
    }

    void renderChart()
    {
        QTemporaryDir dir;
        const QString ws = sampleWorkspace(dir, 400);
        QVERIFY(!ws.isEmpty());
        for (const QString& chart : { QStringLiteral("timeline"), QStringLiteral("age-gender"),
                 QStringLiteral("citizenship"), QStringLiteral("exploitation-country"), QStringLiteral("sources") }) {
            for (const QString& suffix : { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") }) {
                const QString out = dir.filePath(chart + QLatin1Char('.') + suffix);
                const Run r = runWaymark({ QStringLiteral("render"), QStringLiteral("chart"),
                    QStringLiteral("--workspace"), ws, QStringLiteral("--chart"), chart, QStringLiteral("--out"), out,
                    QStringLiteral("--size"), QStringLiteral("900x500") });
                QVERIFY2(r.code == 0, qPrintable(r.err));
                QVERIFY(r.out.contains(out));
                QFile f(out);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray head = f.read(8);
                if (suffix == QLatin1String("png"))
                    QCOMPARE(QImage(out).size(), QSize(900, 500));
                else if (suffix == QLatin1String("pdf"))
                    QVERIFY(head.startsWith("%PDF"));
                else
                    QVERIFY(f.readAll().contains("data as of"));
            }
        }
        // A one-off window does not change the workspace's saved filter.
        const Run windowed
            = runWaymark({ QStringLiteral("render"), QStringLiteral("chart"), QStringLiteral("--workspace"), ws,
                QStringLiteral("--chart"), QStringLiteral("sources"), QStringLiteral("--from"),
                QStringLiteral("2019-01-01"), QStringLiteral("--out"), dir.filePath(QStringLiteral("w.pdf")) });
        QCOMPARE(windowed.code, 0);
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open_v2(ws.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
            sqlite3_stmt* st = nullptr;
            sqlite3_prepare_v2(
                db, "SELECT count(*) FROM meta WHERE key = 'filter' AND value LIKE '%dayFrom%'", -1, &st, nullptr);
            QCOMPARE(sqlite3_step(st), SQLITE_ROW);
            QCOMPARE(sqlite3_column_int(st, 0), 0);
            sqlite3_finalize(st);
            sqlite3_close(db);
        }
        QCOMPARE(runWaymark({ QStringLiteral("render"), QStringLiteral("chart"), QStringLiteral("--workspace"), ws,
                                QStringLiteral("--chart"), QStringLiteral("pie"), QStringLiteral("--out"),
                                dir.filePath(QStringLiteral("a.png")) })
                     .code,
            1);
        const Run bad = runWaymark({ QStringLiteral("render"), QStringLiteral("chart"), QStringLiteral("--workspace"),
            ws, QStringLiteral("--chart"), QStringLiteral("sources"), QStringLiteral("--out"),
            dir.filePath(QStringLiteral("a.gif")) });
        QCOMPARE(bad.code, 3);
        QVERIFY(bad.err.contains(QStringLiteral(".png, .svg or .pdf")));

        // Route volume over time for one route, named by ISO codes or names.
        QString route;
        qint64 members = 0;
        {
            using namespace waymark;
            auto opened = store::Workspace::open(ws, store::Workspace::Mode::OpenExisting);
            QVERIFY(opened);
            Feedback fb;
            // What the chart is drawn from: the incidents that may go to the own
            // organisation (the sample's TLP:RED ones are not drawn).
            const auto release = sharing::FigureExport::checkIncidents(
                *opened.value(), analysis::Filter(), sharing::Destination::OwnOrganisation);
            QVERIFY(release);
            QVERIFY(release->withheldCount() > 0);
            auto snap = analysis::IncidentSnapshot::load(
                *opened.value(), sharing::FigureExport::releasedFilter(analysis::Filter(), release.value()), fb);
            QVERIFY(snap);
            const auto all = snap.value()->indicesInWindow({}, {});
            const auto busiest = waymark::map::RouteVolume::busiest(*snap.value(), all, 1);
            QVERIFY(!busiest.empty());
            const auto& b = busiest.front();
            route = snap.value()->places.value(b.from).iso3 + QLatin1Char('>') + snap.value()->places.value(b.to).iso3;
            members = qint64(waymark::map::RouteVolume::build(*snap.value(), b, all).members.size());
        }
        for (const QString& suffix : { QStringLiteral("png"), QStringLiteral("svg"), QStringLiteral("pdf") }) {
            const QString out = dir.filePath(QStringLiteral("route.") + suffix);
            const Run r = runWaymark({ QStringLiteral("render"), QStringLiteral("chart"), QStringLiteral("--workspace"),
                ws, QStringLiteral("--chart"), QStringLiteral("route"), QStringLiteral("--route"), route,
                QStringLiteral("--out"), out, QStringLiteral("--size"), QStringLiteral("900x500") });
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(QStringLiteral(": %1 incidents").arg(members)), qPrintable(r.out));
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            if (suffix == QLatin1String("png"))
                QCOMPARE(QImage(out).size(), QSize(900, 500));
            else if (suffix == QLatin1String("pdf"))
                QVERIFY(f.read(8).startsWith("%PDF"));
            else
                QVERIFY(f.readAll().contains("data as of"));
        }
        // No route, a route that cannot be read, a country the workspace does not know.
        for (const QStringList& extra :
            { QStringList {}, QStringList { QStringLiteral("--route"), QStringLiteral("ITA") },
                QStringList { QStringLiteral("--route"), QStringLiteral("Atlantis>ITA") } }) {
            const Run r
                = runWaymark(QStringList { QStringLiteral("render"), QStringLiteral("chart"),
                                 QStringLiteral("--workspace"), ws, QStringLiteral("--chart"), QStringLiteral("route"),
                                 QStringLiteral("--out"), dir.filePath(QStringLiteral("r.png")) }
                    + extra);
            QCOMPARE(r.code, 1);
            QVERIFY2(r.err.contains(extra.isEmpty() ? QStringLiteral("--route ORIGIN>DEST")
                                                    : extra.last().section(QLatin1Char('>'), 0, 0)),
                qPrintable(r.err));
            QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("r.png"))));
        }
    }

    /// Issue 16: the summary's counts carry the locale's grouping ("1,200 in all", "1 200 au total").
    void renderChartGroupsCounts()
    {
        QTemporaryDir dir;
        const QString ws = sampleWorkspace(dir, 1200);
        QVERIFY(!ws.isEmpty());
        // Every incident may be drawn (the sample's TLP:RED ones otherwise are not).
        QCOMPARE(waymark::test::execSql(ws, "UPDATE sources SET tlp = 'TLP:AMBER' WHERE tlp = 'TLP:RED'"), SQLITE_OK);
        const QByteArray before = qgetenv("LC_ALL");
        qputenv("LC_ALL", "en_GB.UTF-8");
        const Run r = runWaymark({ QStringLiteral("render"), QStringLiteral("chart"), QStringLiteral("--workspace"), ws,
            QStringLiteral("--chart"), QStringLiteral("sources"), QStringLiteral("--out"),
            dir.filePath(QStringLiteral("s.png")), QStringLiteral("--size"), QStringLiteral("600x400") });
        qputenv("LC_ALL", before);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QLatin1String("1,200 in all")), qPrintable(r.out));
    }

    // Each command takes its own options: another command's is a usage
    // error that names it, and `waymark help COMMAND` lists them.
    void optionsBelongToTheirCommand()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.waymark"));
        QCOMPARE(runWaymark({ QStringLiteral("new"), ws }).code, 0);
        Run r = runWaymark({ QStringLiteral("import"), dir.filePath(QStringLiteral("x.zip")),
            QStringLiteral("--workspace"), ws, QStringLiteral("--metrics"), QStringLiteral("degree") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("metrics")), qPrintable(r.err));
        r = runWaymark({ QStringLiteral("info"), ws, QStringLiteral("--keep-going") });
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("keep-going")), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());

        r = runWaymark({ QStringLiteral("help"), QStringLiteral("import") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("--keep-going")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QLatin1String("waymark import FILE...")), qPrintable(r.out));
        QVERIFY(!r.out.contains(QLatin1String("--metrics")));
        r = runWaymark({ QStringLiteral("render"), QStringLiteral("--help") });
        QCOMPARE(r.code, 0);
        QVERIFY2(
            r.out.contains(QLatin1String("--pieces")) && r.out.contains(QLatin1String("--bbox")), qPrintable(r.out));
        QCOMPARE(runWaymark({ QStringLiteral("help"), QStringLiteral("frobnicate") }).code, 1);

        for (const QStringList& args :
            { QStringList { QStringLiteral("--help") }, QStringList { QStringLiteral("help") } }) {
            r = runWaymark(args);
            QCOMPARE(r.code, 0);
            for (const char* command : { "new", "encrypt", "rekey", "import", "info", "sample", "audit", "clean",
                     "mapping", "graph", "render graph", "render map", "render chart", "score", "calibrate",
                     "report list", "report draft", "report export", "help" })
                QVERIFY2(
                    r.out.contains(QLatin1String("  waymark ") + QLatin1String(command) + QLatin1Char(' ')), command);
            QVERIFY(r.out.contains(QLatin1String("Exit codes: 0 success")));
        }
    }

    void trapsFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString ws = dir.filePath(QStringLiteral("w.waymark"));
        Run r = runWaymark({ QStringLiteral("sample"), QStringLiteral("--out"), dir.filePath(QStringLiteral("x.zip")),
            QStringLiteral("--incidents"), QStringLiteral("300"), QStringLiteral("--trap"),
            QStringLiteral("new-partner"), QStringLiteral("--trap"), QStringLiteral("one-week-account"),
            QStringLiteral("--workspace"), ws, QStringLiteral("--quiet") });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(QLatin1String("Planted 1 one-week account (SYN-WEEK-1)")), qPrintable(r.out));
        // 300 incidents, and the new partner's 30 in Madrid under a source of its own.
        QCOMPARE(waymark::test::rowCount(ws, "incidents"), 330);
        r = runWaymark({ QStringLiteral("sample"), QStringLiteral("--out"), dir.filePath(QStringLiteral("y.zip")),
            QStringLiteral("--trap"), QStringLiteral("bogus") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("unknown --trap bogus")));
        r = runWaymark({ QStringLiteral("sample"), QStringLiteral("--out"), dir.filePath(QStringLiteral("y.zip")),
            QStringLiteral("--trap"), QStringLiteral("one-week-account") });
        QCOMPARE(r.code, 1);
        QVERIFY(r.err.contains(QLatin1String("needs --workspace")));
    }

    void ctdcFromTheCommandLine()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("c.csv"));
        QCOMPARE(runWaymark({ QStringLiteral("sample"), QStringLiteral("--format"), QStringLiteral("ctdc"),
                                QStringLiteral("--out"), csv, QStringLiteral("--incidents"), QStringLiteral("2000") })
                     .code,
            0);
        const QString ws = dir.filePath(QStringLiteral("w.waymark"));
        const Run r = runWaymark(
            { QStringLiteral("import"), csv, QStringLiteral("--workspace"), ws, QStringLiteral("--quiet") });
        QCOMPARE(r.code, 0);
        QCOMPARE(waymark::test::rowCount(ws, "incidents"), 2000);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
