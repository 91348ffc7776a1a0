#include "core/taxonomy.h"
#include "ingest/ctdcimporter.h"
#include "ingest/importjob.h"
#include "sample/ctdcgenerator.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QDate>
#include <QFileInfo>
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
/// What an import said, for a failed check: its summary and first problem.
QByteArray said(const ImportSummary& s)
{
    return (s.toText() + (s.problems.isEmpty() ? QString() : s.problems.first().toString())).toUtf8();
}
/// A generated CTDC v2 file of `rows` rows in `dir`.
QString writeCtdc(const QTemporaryDir& dir, const QString& name, int rows, quint64 seed = 1)
{
    const QString csv = dir.filePath(name);
    sample::CtdcGenerator::Options o;
    o.rows = rows;
    o.seed = seed;
    return sample::CtdcGenerator::write(csv, o) ? csv : QString();
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
        // As the dataset is downloaded since 2025, and as spreadsheets re-save it.
        QTest::newRow("sectorOf columns") << 7;
        QTest::newRow("semicolons, as a European Excel saves") << 8;
        QTest::newRow("empty trailing columns and rows of delimiters") << 9;
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
        if (quirk >= 7) {
            QByteArray text = test::fileBytes(b);
            QList<QByteArray> lines = text.split('\n');
            const QByteArray header = lines.first();
            for (QByteArray& line : lines) {
                if (line.isEmpty())
                    continue;
                if (quirk == 7 && &line == &lines.first())
                    line.replace("typeOfLabour", "sectorOfLabour").replace("typeOfSex", "sectorOfSex");
                else if (quirk == 8)
                    line.replace(',', ';');
                else if (quirk == 9)
                    line += ",,";
            }
            if (quirk == 9) {
                // A row of delimiters only, as wide as the rest, half-way down.
                lines.insert(lines.size() / 2, QByteArray(header.count(',') + 2, ','));
            }
            text = lines.join('\n');
            test::writeFile(b, text);
        }
        auto wa = store::Workspace::open(dir.filePath(QStringLiteral("a.waymark")));
        auto wb = store::Workspace::open(dir.filePath(QStringLiteral("b.waymark")));
        QVERIFY(wa && wb);
        const ImportSummary sa = importFile(*wa.value(), a), sb = importFile(*wb.value(), b);
        QCOMPARE(int(sa.outcome), int(ImportSummary::Outcome::Imported));
        QVERIFY2(sb.outcome == ImportSummary::Outcome::Imported,
            qPrintable(sb.toText() + (sb.problems.isEmpty() ? QString() : sb.problems.first().toString())));
        QCOMPARE(sb.rowsImported, 3000);
        QCOMPARE(sb.rowsBlank, quirk == 9 ? 1 : 0);
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
            "1985,Woman,NGA,ITA,1\n"
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
                "bad.csv:3:1: yearOfRegistration: impossible year \"1985\"", // before 1990: data/README
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
        QCOMPARE(q.blob(4), QByteArray("1985,Woman,NGA,ITA,1"));
        QCOMPARE(ws.value()->scalar("SELECT rows_quarantined FROM extracts"), 5);
    }

    void layoutsDetectedFromHeader_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("v2") << QByteArray("yearOfRegistration,gender,citizenship,isForcedLabour\n2019,Woman,NGA,1\n")
                            << "ctdc-v2"
                            << "Read as CTDC Global Synthetic Dataset (codebook v2).";
        QTest::newRow("older release") << QByteArray(
            "\xEF\xBB\xBFyearOfRegistration,Datasource,gender,majorityStatus,citizenship,"
            "meansOfControlDebtBondage,meansOfControlConcatenated,CountryofExploitation\r\n"
            "2017,Hotline,Female,Adult,UA,1,Debt bondage,PL\r\n")
                                       << "ctdc-global-2017-2020"
                                       << "Read as CTDC Global Dataset, k-anonymised release of 2017\u20132020.";
        QTest::newRow("victim-perpetrator condensed")
            << QByteArray("yearRegister,gender,majorityStatus,isForcedLabour,isSexualExploit,UN_COO_Region,"
                          "UN_COE_Region,IP_Exploiter,IP_Gender\n2019,Female,Adult,1,,Asia,Europe,Yes,Male\n")
            << "ctdc-vp-condensed"
            << "Read as CTDC victim\u2013perpetrator synthetic dataset (condensed layout).";
        QTest::newRow("victim-perpetrator full")
            << QByteArray("yearRegister,gender,ageBroad,UN_COO_Region,UN_COE_Region,IP_Gender,IP_NumberOfPerpetrators,"
                          "caseNotes\n2019,Female,18--20,Asia,Europe,Male,2,x\n")
            << "ctdc-vp-full"
            << "Read as CTDC victim\u2013perpetrator synthetic dataset (full layout).";
    }
    void layoutsDetectedFromHeader()
    {
        QFETCH(QByteArray, file);
        QFETCH(QString, format);
        QFETCH(QString, sentence);
        QCOMPARE(ingest::CtdcImporter::detect(file.left(file.indexOf('\n') + 1)), format);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("f.csv"));
        test::writeFile(csv, file);
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const ImportSummary s = importFile(*ws.value(), csv);
        QVERIFY2(s.outcome == ImportSummary::Outcome::Imported, qPrintable(s.toText()));
        QCOMPARE(s.format, format);
        QCOMPARE(s.notes.value(0), sentence);
        QVERIFY(s.toText().contains(sentence));
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM extracts WHERE format = '" + format.toStdString() + "'"), 1);
        QCOMPARE(ingest::CtdcImporter::describe(format) + QLatin1Char('.'), sentence.mid(8));
    }

    void notCtdc()
    {
        QVERIFY(ingest::CtdcImporter::detect(QByteArray("date,amount,from_account,to_account\n")).isEmpty());
        QVERIFY(ingest::CtdcImporter::detect(QByteArray("")).isEmpty());
        // The condensed layout is only its own columns; any other makes it the full one.
        QCOMPARE(ingest::CtdcImporter::detect(QByteArray("yearRegister,gender,IP_Gender\n")),
            QStringLiteral("ctdc-vp-condensed"));
        QCOMPARE(ingest::CtdcImporter::detect(QByteArray("\"yearRegister\",gender,IP_Whatever\n")),
            QStringLiteral("ctdc-vp-full"));
    }

    void aFewColumnsOfTheOlderRelease()
    {
        // Columns both the v2 codebook and the older release name: the
        // rows' -99 (padded by a re-save, too) say which it is.
        QTemporaryDir dir;
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const QByteArray header
            = "yearOfRegistration,gender,ageBroad,citizenship,CountryofExploitation,isForcedLabour\r\n";
        const struct {
            const char* name;
            QByteArray rows;
            const char* format;
        } files[] = {
            { "subset.csv", "2013,Female,-99 ,MM,TH,1\r\n2014, -99,18--20,-99,TH,0\r\n2015,Male,30--38,UA,PL,1\r\n",
                "ctdc-global-2017-2020" },
            // Without a -99 in its rows the same header is the v2 codebook's.
            { "v2.csv", "2016,Woman,18--20,MMR,THA,1\r\n", "ctdc-v2" },
        };
        for (const auto& f : files) {
            const QString csv = dir.filePath(QLatin1String(f.name));
            test::writeFile(csv, header + f.rows);
            const ImportSummary s = importFile(*ws.value(), csv);
            QVERIFY2(s.outcome == ImportSummary::Outcome::Imported, said(s).constData());
            QCOMPARE(s.format, QLatin1String(f.format));
        }
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incidents"), 4);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incidents WHERE age_band IS NULL"), 1);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incidents WHERE gender IS NULL"), 1);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM incidents WHERE origin_id IS NULL"), 1);
    }

    void olderReleaseAsPublished()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("ctdc2018.csv"));
        // -99 everywhere it is missing, alpha-2 codes, Female/Male, Adult/Minor,
        // 0/1 flags, a …Concatenated column, an unknown column, BOM and CRLF.
        test::writeFile(csv,
            "\xEF\xBB\xBFyearOfRegistration,Datasource,gender,ageBroad,majorityStatus,citizenship,"
            "meansOfControlDebtBondage,meansOfControlTakesEarnings,meansOfControlThreats,meansOfControlUsesChildren,"
            "meansOfControlConcatenated,isForcedLabour,isSexualExploit,isSexAndLabour,typeOfLabourAquafarming,"
            "typeOfSexRemoteInteractiveServices,CountryofExploitation,recruiterRelationFriend,newColumn2020\r\n"
            "2016,Case Management,Male,30--38,Adult,KH,1,1,0,1,\"Debt bondage; Takes earnings; Uses children\",1,0,0,"
            "1,0,TH,1,abc\r\n"
            "2018,-99,-99,-99,-99,-99,-99,-99,-99,-99,-99,-99,-99,-99,-99,-99,-99,-99,-99\r\n"
            "2019,Hotline,Female,9--17,Minor,MD,0,0,1,0,Threats,0,0,1,0,1,RU,0,-99");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const ImportSummary s = importFile(*ws.value(), csv);
        QVERIFY2(s.outcome == ImportSummary::Outcome::Imported,
            qPrintable(s.toText() + (s.problems.isEmpty() ? QString() : s.problems.first().toString())));
        QCOMPARE(s.format, QStringLiteral("ctdc-global-2017-2020"));
        QCOMPARE(s.rowsImported, 3);
        store::Statement st(ws.value()->handle(),
            "SELECT o.iso3, d.iso3, i.gender, i.age_band, i.exploitation, i.means, i.sectors, i.sex_forms, "
            "i.recruiter, i.date_text, i.attributes FROM incidents i LEFT JOIN places o ON o.id = i.origin_id "
            "LEFT JOIN places d ON d.id = i.destination_id ORDER BY i.line");
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("KHM"));
        QCOMPARE(st.text(1), QStringLiteral("THA"));
        QCOMPARE(st.text(2), QStringLiteral("man"));
        QCOMPARE(st.text(3), QStringLiteral("30--38"));
        QCOMPARE(st.int64(4), qint64(Taxonomy::ForcedLabour));
        QCOMPARE(st.int64(5), qint64(Taxonomy::DebtBondage));
        QCOMPARE(st.int64(6), qint64(Taxonomy::Aquafarming));
        QCOMPARE(st.int64(7), 0);
        QCOMPARE(st.int64(8), qint64(Taxonomy::Friend));
        QCOMPARE(st.text(9), QStringLiteral("2016"));
        // The flags decide; the text, the source, a flag with no taxonomy
        // code and an unknown column are kept as attributes.
        QCOMPARE(st.text(10),
            QStringLiteral("{\"Datasource\":\"Case Management\",\"majorityStatus\":\"Adult\","
                           "\"meansOfControlUsesChildren\":\"1\",\"meansOfControlConcatenated\":\"Debt bondage; Takes "
                           "earnings; Uses children\",\"newColumn2020\":\"abc\"}"));
        QVERIFY(st.next());
        // -99 is missing, in every column.
        QVERIFY(st.isNull(0));
        QVERIFY(st.isNull(2));
        QVERIFY(st.isNull(10));
        QCOMPARE(st.int64(4), 0);
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("MDA"));
        QCOMPARE(st.text(2), QStringLiteral("woman"));
        QCOMPARE(st.int64(4), qint64(Taxonomy::SexualExploitation | Taxonomy::ForcedLabour));
        QCOMPARE(st.int64(7), qint64(Taxonomy::OtherSexForm));
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM entities"), 0);
    }

    void victimPerpetratorAsPublished()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("vp.csv"));
        test::writeFile(csv,
            "\xEF\xBB\xBFyearRegister,gender,majorityStatus,isForcedLabour,isSexualExploit,UN_COO_Region,"
            "UN_COE_Region,IP_Exploiter,IP_Gender,IP_ageBroad,IP_citizen_UNRegion,IP_Relation,IP_PayMoney,"
            "IP_RecruiterBroker,IP_TransactionProcess,IP_ControlAbuseKidnap\r\n"
            "2014-2018,Female,Adult,,1,Europe,Western Europe,Yes,Female;Male,30--38;39--47,Europe,"
            "FriendAcquaintance;StrangerUnknownOther,No,No;Yes,,Yes\r\n"
            "2021\xE2\x80\x93"
            "2022,Male,Minor,1,,Americas/Oceania,155,No,Male,,Americas/Oceania,Family,,Yes,,\r\n"
            "2019,Female,,,,,,,,,,,,,,\r\n"
            "2005-2013,Female;Male,Adult,1,,Asia/Europe,Europe,,,,,,,,,\r\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const ImportSummary s = importFile(*ws.value(), csv);
        QVERIFY2(s.outcome == ImportSummary::Outcome::Imported,
            qPrintable(s.toText() + (s.problems.isEmpty() ? QString() : s.problems.first().toString())));
        QCOMPARE(s.format, QStringLiteral("ctdc-vp-condensed"));
        QCOMPARE(s.rowsImported, 4);
        store::Statement st(ws.value()->handle(),
            "SELECT i.date_text, i.date_precision, i.day_from, i.day_to, o.name, o.kind, d.name, d.kind, i.gender, "
            "i.exploitation, i.attributes, i.id, p.name FROM incidents i LEFT JOIN places o ON o.id = i.origin_id "
            "LEFT JOIN places d ON d.id = i.destination_id LEFT JOIN places p ON p.id = i.place_id ORDER BY i.line");
        QVERIFY(st.next());
        // A band of years is a date range at year precision.
        QCOMPARE(st.text(0), QStringLiteral("2014\u20132018"));
        QCOMPARE(st.int64(1), 1);
        QCOMPARE(QDate::fromJulianDay(st.int64(2)), QDate(2014, 1, 1));
        QCOMPARE(QDate::fromJulianDay(st.int64(3)), QDate(2018, 12, 31));
        // UN regions are places without a point.
        QCOMPARE(st.text(4), QStringLiteral("Europe"));
        QCOMPARE(st.text(5), QStringLiteral("region"));
        QCOMPARE(st.text(6), QStringLiteral("Western Europe"));
        QCOMPARE(st.text(7), QStringLiteral("region"));
        QCOMPARE(st.text(12), QStringLiteral("Western Europe"));
        QCOMPARE(st.text(8), QStringLiteral("woman"));
        QCOMPARE(st.int64(9), qint64(Taxonomy::SexualExploitation));
        QCOMPARE(st.text(10), QStringLiteral("{\"majorityStatus\":\"Adult\"}"));
        const qint64 first = st.int64(11);
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("2021\u20132022"));
        QCOMPARE(st.text(4), QStringLiteral("Americas/Oceania"));
        QCOMPARE(st.text(6), QStringLiteral("Western Europe")); // by its M49 code
        QVERIFY(st.next());
        QCOMPARE(st.text(0), QStringLiteral("2019"));
        QVERIFY(st.isNull(4));
        QVERIFY(st.next());
        // A victim's cell with several values is kept as a set, not made one.
        QVERIFY(st.isNull(8));
        QCOMPARE(st.text(10), QStringLiteral("{\"gender\":[\"Female\",\"Male\"],\"majorityStatus\":\"Adult\"}"));
        // A merged region nobody listed is made from its parts, with their countries.
        QCOMPARE(st.text(4), QStringLiteral("Asia/Europe"));
        QCOMPARE(st.text(5), QStringLiteral("region"));
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM region_members m JOIN places p ON p.id = m.region_id "
                                    "WHERE p.name = 'Asia/Europe'"),
            51 + 51);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM region_members m JOIN places p ON p.id = m.region_id "
                                    "JOIN places c ON c.id = m.country_id WHERE p.name = 'Americas/Oceania' "
                                    "AND c.iso3 IN ('USA', 'AUS', 'BRA', 'FJI')"),
            4);

        // The perpetrators: one person entity per victim that has any, with
        // their attributes and the cells of several values as sets.
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM entities"), 2);
        store::Statement e(ws.value()->handle(),
            "SELECT e.type, e.label, e.attributes, group_concat(ie.role, ',') FROM entities e "
            "JOIN incident_entities ie ON ie.entity_id = e.id WHERE ie.incident_id = ? GROUP BY e.id");
        e.bind(1, first);
        QVERIFY(e.next());
        QCOMPARE(e.text(0), QStringLiteral("person"));
        QCOMPARE(e.text(1), QStringLiteral("Perpetrators of the victim of line 2"));
        QCOMPARE(e.text(2),
            QStringLiteral("{\"IP_Exploiter\":\"Yes\",\"IP_Gender\":[\"Female\",\"Male\"],\"IP_ageBroad\":[\"30--38\","
                           "\"39--47\"],\"IP_citizen_UNRegion\":\"Europe\",\"IP_Relation\":[\"FriendAcquaintance\","
                           "\"StrangerUnknownOther\"],\"IP_PayMoney\":\"No\",\"IP_RecruiterBroker\":[\"No\",\"Yes\"],"
                           "\"IP_ControlAbuseKidnap\":\"Yes\"}"));
        QCOMPARE(e.text(3).split(QLatin1Char(',')).size(), 2); // controller and recruiter
        QVERIFY(e.text(3).contains(QLatin1String("controller")) && e.text(3).contains(QLatin1String("recruiter")));
        // Found by search, as every entity is.
        QCOMPARE(
            ws.value()->scalar("SELECT count(*) FROM entity_fts WHERE entity_fts MATCH 'StrangerUnknownOther'"), 1);
        // Sets stay JSON arrays, so SQL can look inside them.
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM entities, json_each(entities.attributes, '$.IP_Gender') j "
                                    "WHERE j.value = 'Male'"),
            2);
    }

    void victimPerpetratorBadRows()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("vpbad.csv"));
        test::writeFile(csv,
            "yearRegister,gender,UN_COO_Region,UN_COE_Region,IP_Gender\n"
            "2018-2014,Female,Asia,Europe,Male\n"
            "2019,Female,Atlantis,Europe,Male\n"
            ",Female,Asia,Europe,Male\n"
            "2019,Female,Asia,Europe,Male\n"
            "1985-1995,Female,Asia,Europe,Male\n");
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const ImportSummary s = importFile(*ws.value(), csv, true);
        QCOMPARE(int(s.outcome), int(ImportSummary::Outcome::Imported));
        QStringList problems;
        for (const Error& e : s.problems)
            problems << e.toString();
        QCOMPARE(problems,
            (QStringList {
                "vpbad.csv:2:1: yearRegister: impossible year or band of years \"2018-2014\" (expected 2019 or "
                "2014-2018)",
                "vpbad.csv:3:13: UN_COO_Region: unknown place \"Atlantis\" (expected a UN region such as Europe or "
                "Americas/Oceania)",
                "vpbad.csv:4:1: yearRegister is missing; every record needs a year",
                "vpbad.csv:6:1: yearRegister: impossible year or band of years \"1985-1995\" (expected 2019 or "
                "2014-2018)",
            }));
        QCOMPARE(s.rowsImported, 1);
        // Nothing of a rejected row is kept but its quarantine entry: no entity either.
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM entities"), 1);
        QCOMPARE(ws.value()->scalar("SELECT count(*) FROM quarantine"), 4);
    }

    void generatedLayoutsImportWhole_data()
    {
        QTest::addColumn<int>("layout");
        QTest::newRow("older release") << int(sample::CtdcGenerator::Layout::Global2017);
        QTest::newRow("victim-perpetrator") << int(sample::CtdcGenerator::Layout::VictimPerpetrator);
    }
    void generatedLayoutsImportWhole()
    {
        // The benchmark's files: every row imports, nothing is quarantined.
        QFETCH(int, layout);
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("g.csv"));
        sample::CtdcGenerator::Options o;
        o.layout = sample::CtdcGenerator::Layout(layout);
        o.rows = 3000;
        o.byteOrderMark = true;
        o.crlf = true;
        o.dashVariants = true;
        QVERIFY(sample::CtdcGenerator::write(csv, o));
        auto ws = store::Workspace::open(dir.filePath(QStringLiteral("w.waymark")));
        QVERIFY(ws);
        const ImportSummary s = importFile(*ws.value(), csv);
        QVERIFY2(s.outcome == ImportSummary::Outcome::Imported,
            qPrintable(s.toText() + (s.problems.isEmpty() ? QString() : s.problems.first().toString())));
        QCOMPARE(s.rowsImported, 3000);
        QVERIFY(ws.value()->scalar("SELECT count(*) FROM incidents WHERE origin_id IS NOT NULL") > 2000);
        if (o.layout == sample::CtdcGenerator::Layout::VictimPerpetrator) {
            QCOMPARE(s.format, QStringLiteral("ctdc-vp-condensed"));
            QVERIFY(ws.value()->scalar("SELECT count(*) FROM incidents WHERE day_to - day_from > 366") > 1000);
            QVERIFY(ws.value()->scalar("SELECT count(*) FROM entities") > 2000);
        } else {
            QCOMPARE(s.format, QStringLiteral("ctdc-global-2017-2020"));
            QVERIFY(ws.value()->scalar("SELECT count(*) FROM incidents WHERE means != 0") > 500);
        }
    }

    void cancelLeavesWorkspaceUnchanged_data()
    {
        QTest::addColumn<bool>("alone");
        QTest::newRow("in WAL (the GUI)") << false;
        // The command line's imports (nothing else has the file open) go
        // through a rollback journal.
        QTest::newRow("through a journal (the command line)") << true;
    }
    void cancelLeavesWorkspaceUnchanged()
    {
        QFETCH(bool, alone);
        QTemporaryDir dir;
        const QString csv = writeCtdc(dir, QStringLiteral("big.csv"), 20000);
        QVERIFY(!csv.isEmpty());
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        auto ws = store::Workspace::open(path);
        QVERIFY(ws);
        const QString before = test::workspaceDigest(path);
        Feedback fb;
        fb.setProgressCallback([&fb](double f, const QString&) {
            if (f > 0.3)
                fb.cancel();
        });
        ingest::ImportOptions options;
        options.alone = alone;
        const ImportSummary s = ingest::ImportJob::run(*ws.value(), csv, options, fb);
        QCOMPARE(int(s.outcome), int(ImportSummary::Outcome::Canceled));
        QVERIFY(s.rowsRead > 0 && s.rowsRead < 20000);
        QCOMPARE(test::workspaceDigest(path), before);
        QCOMPARE(ws.value()->strings("PRAGMA journal_mode"), QStringList { QStringLiteral("wal") });
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    }

    void aloneWritesThroughAJournal()
    {
        // An import through a rollback journal brings every row and leaves
        // the workspace in WAL mode with no journal beside it; with another
        // connection open (a reader, as the GUI's views are) the import
        // stays in WAL and still imports.
        QTemporaryDir dir;
        const QString first = writeCtdc(dir, QStringLiteral("first.csv"), 20000),
                      second = writeCtdc(dir, QStringLiteral("second.csv"), 3000, 2);
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        const QString path = dir.filePath(QStringLiteral("w.waymark"));
        auto ws = store::Workspace::open(path);
        QVERIFY(ws);
        ingest::ImportOptions alone;
        alone.alone = true;
        Feedback fb;
        const ImportSummary s = ingest::ImportJob::run(*ws.value(), first, alone, fb);
        QVERIFY2(s.outcome == ImportSummary::Outcome::Imported, qPrintable(s.toText()));
        QCOMPARE(s.rowsImported, 20000);
        QCOMPARE(ws.value()->strings("PRAGMA journal_mode"), QStringList { QStringLiteral("wal") });
        QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
        auto reader = store::Workspace::open(path, store::Workspace::Mode::ReadOnly);
        QVERIFY(reader);
        QCOMPARE(reader.value()->scalar("SELECT count(*) FROM incidents"), 20000);
        const ImportSummary more = ingest::ImportJob::run(*ws.value(), second, alone, fb);
        QVERIFY2(more.outcome == ImportSummary::Outcome::Imported, qPrintable(more.toText()));
        QCOMPARE(ws.value()->strings("PRAGMA journal_mode"), QStringList { QStringLiteral("wal") });
        QCOMPARE(reader.value()->scalar("SELECT count(*) FROM incidents"), 23000);
    }
};

QTEST_GUILESS_MAIN(TestCtdcImport)
#include "tst_ctdcimport.moc"
