#include "core/taxonomy.h"
#include "ingest/importjob.h"
#include "sample/ctdcgenerator.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

using namespace waymark;
using ingest::ImportSummary;

namespace {
using test::importFile;

/// What the rows say, independent of how the file spelled it.
QString aggregate(store::Workspace& ws)
{
    store::Statement st(ws.handle(),
        "SELECT count(*), sum(exploitation), sum(sectors), sum(sex_forms), sum(means), sum(recruiter), "
        "group_concat(DISTINCT age_band), count(gender), count(origin_id), count(destination_id), "
        "sum(day_from), count(traffick_months), sum(length(age_band)) FROM incidents");
    st.next();
    QStringList parts;
    for (int i = 0; i < 13; ++i)
        parts << st.text(i);
    return parts.join(QLatin1Char(';'));
}
} // namespace

class TestCtdcImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void oneRowAsTheCodebookMeansIt()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("ctdc.csv"));
        // Columns out of order, an unknown column, NULL markers, an en dash.
        test::writeFile(csv,
            "citizenship,yearOfRegistration,gender,ageBroad,CountryOfExploitation,traffickMonths,isForcedLabour,"
            "isSexualExploit,isOtherExploit,meansThreats,meansWithholdDocuments,typeOfLabourConstruction,"
            "recruiterRelationFamily,Datasource\n"
            "UKR,2019,Man,30\xE2\x80\x93"
            "38,POL,13--24 (1-2 yrs),1,NULL,,1,1,1,1,Hotline\n"
            "NULL,2021,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL,NULL\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const ImportSummary s = importFile(*ws.value(), csv);
        QCOMPARE(int(s.outcome), int(ImportSummary::Outcome::Imported));
        QCOMPARE(s.rowsRead, 2);
        QCOMPARE(s.rowsImported, 2);
        store::Statement st(ws.value()->handle(),
            "SELECT o.iso3, d.iso3, i.gender, i.age_band, i.traffick_months, i.exploitation, i.means, i.sectors, "
            "i.recruiter, i.date_text, i.date_precision, i.attributes, i.line, e.file_name "
            "FROM incidents i LEFT JOIN places o ON o.id = i.origin_id LEFT JOIN places d ON d.id = i.destination_id "
            "JOIN extracts e ON e.id = i.extract_id ORDER BY i.line");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("UKR"));
        QCOMPARE(st.text(1), QStringLiteral("POL"));
        QCOMPARE(st.text(2), QStringLiteral("man"));
        QCOMPARE(st.text(3), QStringLiteral("30--38"));
        QCOMPARE(st.text(4), QStringLiteral("13--24"));
        QCOMPARE(st.int64(5), qint64(Taxonomy::ForcedLabour));
        QCOMPARE(st.int64(6), qint64(Taxonomy::Threats | Taxonomy::WithholdDocuments));
        QCOMPARE(st.int64(7), qint64(Taxonomy::Construction));
        QCOMPARE(st.int64(8), qint64(Taxonomy::Family));
        QCOMPARE(st.text(9), QStringLiteral("2019"));
        QCOMPARE(st.int64(10), 1); // year precision: no invented day
        QCOMPARE(st.text(11), QStringLiteral("{\"Datasource\":\"Hotline\"}"));
        QCOMPARE(st.int64(12), 2);
        QCOMPARE(st.text(13), QStringLiteral("ctdc.csv"));
        QVERIFY(st.next());
        // Missing stays missing: no origin, no type, which is not "none".
        QVERIFY(st.isNull(0));
        QVERIFY(st.isNull(2));
        QCOMPARE(st.int64(5), 0);
    }

    void quirks_data()
    {
        QTest::addColumn<int>("quirk");
        QTest::newRow("byte-order mark") << 0;
        QTest::newRow("NULL markers") << 1;
        QTest::newRow("en and em dashes") << 2;
        QTest::newRow("no final newline") << 3;
        QTest::newRow("older release, shuffled columns") << 4;
        QTest::newRow("meansWithholdDocuments") << 5;
        QTest::newRow("CRLF") << 6;
    }
    void quirks()
    {
        // Each quirk must import to exactly what the plain file imports to.
        QFETCH(int, quirk);
        QTemporaryDir dir;
        sample::CtdcGenerator::Options plain;
        plain.rows = 3000;
        plain.seed = 11;
        sample::CtdcGenerator::Options odd = plain;
        switch (quirk) {
        case 0:
            odd.byteOrderMark = true;
            break;
        case 1:
            odd.nullMarkers = true;
            break;
        case 2:
            odd.dashVariants = true;
            break;
        case 3:
            odd.finalNewline = false;
            break;
        case 4:
            odd.olderRelease = true;
            break;
        case 5:
            odd.withholdDocumentsAlias = true;
            break;
        case 6:
            odd.crlf = true;
            break;
        }
        const QString a = dir.filePath(QStringLiteral("plain.csv")), b = dir.filePath(QStringLiteral("odd.csv"));
        QVERIFY(sample::CtdcGenerator::write(a, plain));
        QVERIFY(sample::CtdcGenerator::write(b, odd));
        auto wa = store::Workspace::open(dir.filePath(QStringLiteral("a.waymark")));
        auto wb = store::Workspace::open(dir.filePath(QStringLiteral("b.waymark")));
        QVERIFY(wa && wb);
        const ImportSummary sa = importFile(*wa.value(), a), sb = importFile(*wb.value(), b);
        QCOMPARE(int(sa.outcome), int(ImportSummary::Outcome::Imported));
        QVERIFY2(sb.outcome == ImportSummary::Outcome::Imported,
            qPrintable(sb.toText() + (sb.problems.isEmpty() ? QString() : sb.problems.first().toString())));
        QCOMPARE(sb.rowsImported, 3000);
        QCOMPARE(aggregate(*wb.value()), aggregate(*wa.value()));
        if (quirk == 4)
            QVERIFY(wb.value()->scalar("SELECT count(*) FROM incidents WHERE attributes LIKE '%majorityStatus%'") > 0);
    }

    void reimportChangesNothing()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("c.csv"));
        sample::CtdcGenerator::Options o;
        o.rows = 500;
        QVERIFY(sample::CtdcGenerator::write(csv, o));
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        auto ws = store::Workspace::open(path);
        QVERIFY(ws);
        QCOMPARE(int(importFile(*ws.value(), csv).outcome), int(ImportSummary::Outcome::Imported));
        const QString before = test::workspaceDigest(path);
        const ImportSummary again = importFile(*ws.value(), csv);
        QCOMPARE(int(again.outcome), int(ImportSummary::Outcome::AlreadyImported));
        QVERIFY(again.toText().contains(QLatin1String("nothing changed")));
        QCOMPARE(test::workspaceDigest(path), before);
        // A copy under another name is the same extract.
        QVERIFY(QFile::copy(csv, dir.filePath(QStringLiteral("copy.csv"))));
        QCOMPARE(int(importFile(*ws.value(), dir.filePath(QStringLiteral("copy.csv"))).outcome),
            int(ImportSummary::Outcome::AlreadyImported));
        QCOMPARE(test::workspaceDigest(path), before);
    }

    void badRowsQuarantinedWithKeepGoing()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("bad.csv"));
        test::writeFile(csv,
            "yearOfRegistration,gender,citizenship,CountryOfExploitation,isForcedLabour\n"
            "2019,Woman,NGA,ITA,1\n"
            "1850,Woman,NGA,ITA,1\n"
            "2019,Robot,NGA,ITA,1\n"
            "2019,Woman,QQQ,ITA,1\n"
            "2019,Woman,NGA,ITA,yes\n"
            "2019,Woman,NGA\n"
            "2020,Man,ALB,GBR,\n");
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        auto ws = store::Workspace::open(path);
        QVERIFY(ws);
        const QString before = test::workspaceDigest(path);
        ImportSummary s = importFile(*ws.value(), csv);
        QCOMPARE(int(s.outcome), int(ImportSummary::Outcome::Rejected));
        QCOMPARE(test::workspaceDigest(path), before);
        QStringList problems;
        for (const Error& e : s.problems)
            problems << e.toString();
        QCOMPARE(problems,
            (QStringList {
                "bad.csv:3:1: yearOfRegistration: impossible year \"1850\"",
                "bad.csv:4:6: gender: unknown code \"Robot\" (expected Man, Woman or Trans/Transgender/NonConforming)",
                "bad.csv:5:12: citizenship: unknown country code \"QQQ\"",
                "bad.csv:6:20: isForcedLabour: expected 1 or an empty field, found \"yes\"",
                "bad.csv:7:12: expected 5 fields as in the header, found 3",
            }));

        s = importFile(*ws.value(), csv, true);
        QCOMPARE(int(s.outcome), int(ImportSummary::Outcome::Imported));
        QCOMPARE(s.rowsRead, 7);
        QCOMPARE(s.rowsImported, 2);
        QCOMPARE(s.rowsQuarantined, 5);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM quarantine"), 5);
        store::Statement q(
            ws.value()->handle(), "SELECT file, line, column, reason, raw FROM quarantine ORDER BY line LIMIT 1");
        QVERIFY(q.next());
        QCOMPARE(q.text(0), QStringLiteral("bad.csv"));
        QCOMPARE(q.int64(1), 3);
        QCOMPARE(q.blob(4), QByteArray("1850,Woman,NGA,ITA,1"));
        QCOMPARE(ws.value()->scalar("SELECT rows_quarantined FROM extracts"), 5);
    }

    void cancelLeavesWorkspaceUnchanged()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("big.csv"));
        sample::CtdcGenerator::Options o;
        o.rows = 20000;
        QVERIFY(sample::CtdcGenerator::write(csv, o));
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        auto ws = store::Workspace::open(path);
        QVERIFY(ws);
        const QString before = test::workspaceDigest(path);
        Feedback fb;
        fb.setProgressCallback([&fb](double f, const QString&) {
            if (f > 0.3)
                fb.cancel();
        });
        const ImportSummary s = ingest::ImportJob::run(*ws.value(), csv, {}, fb);
        QCOMPARE(int(s.outcome), int(ImportSummary::Outcome::Canceled));
        QVERIFY(s.rowsRead > 0 && s.rowsRead < 20000);
        QCOMPARE(test::workspaceDigest(path), before);
    }
};

QTEST_GUILESS_MAIN(TestCtdcImport)
#include "tst_ctdcimport.moc"
