// Sheets and GIS layers as tables through OGR: an XLSX written here part by
// part (with a formula, a date, a date-time, an empty row and a text date),
// an ODS and GIS layers written by ogr2ogr (gdal-bin).
#include "ingest/ogrtablesource.h"
#include "testutil.h"

#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

#include <cmath>

using namespace waymark;
using namespace waymark::ingest;
using Next = TableSource::Next;

namespace {

void writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& members)
{
    QuaZip zip(path);
    QVERIFY(zip.open(QuaZip::mdCreate));
    for (const auto& [name, bytes] : members) {
        QuaZipFile out(&zip);
        QVERIFY(out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)));
        QCOMPARE(out.write(bytes), bytes.size());
        out.close();
    }
    zip.close();
}

/// A two-sheet workbook. Sheet "Cases": header; row 2 with a number, shared
/// text, a date (style 1, numFmt 14), a decimal, a formula with its cached
/// value and a date-time; row 3 missing (empty); row 4 sparse with a date
/// typed as text. Sheet "Other": no formulas.
void writeXlsx(const QString& path, bool formulas = true)
{
    const QByteArray formulaCell = formulas ? "<c r=\"E2\"><f>D2*2</f><v>5</v></c>" : "<c r=\"E2\"><v>5</v></c>";
    writeZip(path,
        {
            { "[Content_Types].xml",
                R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>)" },
            { "_rels/.rels",
                R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)" },
            { "xl/workbook.xml",
                R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Other" sheetId="2" r:id="rId2"/><sheet name="Cases" sheetId="1" r:id="rId1"/></sheets></workbook>)" },
            { "xl/_rels/workbook.xml.rels", R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)" },
            { "xl/styles.xml",
                R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd\ hh:mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>)" },
            { "xl/sharedStrings.xml",
                R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>id</t></si><si><t>country</t></si><si><t>date</t></si><si><t>victims</t></si><si><t>total</t></si><si><t>GB</t></si><si><t>2024/01/05</t></si><si><t>when</t></si></sst>)" },
            { "xl/worksheets/sheet1.xml",
                QByteArray(
                    R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
                    R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>7</v></c></row>)"
                    R"(<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>5</v></c><c r="C2" s="1"><v>45352</v></c><c r="D2"><v>2.5</v></c>)")
                    + formulaCell
                    + R"(<c r="F2" s="2"><v>45352.5</v></c></row>)"
                      R"(<row r="4"><c r="A4"><v>3</v></c><c r="C4" t="s"><v>6</v></c><c r="D4"><v>1000000</v></c></row>)"
                      R"(</sheetData></worksheet>)" },
            { "xl/worksheets/sheet2.xml",
                R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>7</v></c></row></sheetData></worksheet>)" },
        });
}

QStringList cells(const TableSource& t)
{
    QStringList out;
    for (int i = 0; i < t.cellCount(); ++i)
        out << t.cell(i);
    return out;
}

} // namespace

class TestOgrTableSource : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromUtf8(name)); }

    void ogr2ogr(const QStringList& args)
    {
        const test::Run r = test::run(QStringLiteral("ogr2ogr"), args);
        QVERIFY2(r.code == 0, qPrintable(QStringLiteral("ogr2ogr %1: %2").arg(args.join(QLatin1Char(' ')), r.err)));
    }

private Q_SLOTS:
    void isoDates_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("date") << "2024/03/01"
                              << "2024-03-01";
        QTest::newRow("date-time") << "2024/03/01 12:00:00"
                                   << "2024-03-01T12:00:00";
        QTest::newRow("millis") << "2024/03/01 12:00:00.250"
                                << "2024-03-01T12:00:00.250";
        QTest::newRow("text") << "GB"
                              << "GB";
        QTest::newRow("day first") << "01/03/2024"
                                   << "01/03/2024";
        QTest::newRow("band") << "2014-2018"
                              << "2014-2018";
        QTest::newRow("not a time") << "2024/03/01 and more"
                                    << "2024/03/01 and more";
    }
    void isoDates()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(OgrTableSource::isoDate(in), out);
    }

    void xlsxSheet()
    {
        const QString file = path("cases.xlsx");
        writeXlsx(file);
        const auto list = listOgrTables(file);
        QVERIFY2(list.ok(), qPrintable(list.error().toString()));
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(1).name, QStringLiteral("Cases"));
        QVERIFY(!list.value().at(1).hasGeometry);

        auto t = openOgrTable(file, QStringLiteral("Cases"));
        const Status opened = t->open();
        QVERIFY2(opened.ok(), qPrintable(opened.error().toString()));
        QCOMPARE(t->header(), QStringList({ "id", "country", "date", "victims", "total", "when" }));
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(cells(*t), QStringList({ "1", "GB", "2024-03-01", "2.5", "5", "2024-03-01T12:00:00" }));
        QCOMPARE(
            t->errorAt(4, QStringLiteral("bad total")).toString(), QStringLiteral("cases.xlsx [Cases]:2:5: bad total"));
        // Row 3 is empty and skipped; row 4 keeps its spreadsheet number.
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(cells(*t), QStringList({ "3", "", "2024-01-05", "1000000", "", "" }));
        QCOMPARE(
            t->errorAt(2, QStringLiteral("bad date")).toString(), QStringLiteral("cases.xlsx [Cases]:4:3: bad date"));
        QVERIFY(std::isnan(t->lon()));
        QCOMPARE(t->next(), Next::End);
        QCOMPARE(t->progress(), 1.0);
        QCOMPARE(t->notes().size(), 1);
        QVERIFY2(t->notes().at(0).contains(QStringLiteral("formulas")), qPrintable(t->notes().at(0)));
        QVERIFY(t->notes().at(0).contains(QStringLiteral("[Cases]")));
    }

    void sheetByIndexAndName()
    {
        const QString file = path("pick.xlsx");
        writeXlsx(file, false);
        auto first = openOgrTable(file, QString());
        QVERIFY(first->open().ok());
        QCOMPARE(static_cast<OgrTableSource&>(*first).tableName(), QStringLiteral("Other"));
        QCOMPARE(first->next(), Next::Row);
        QCOMPARE(first->cell(0), QStringLiteral("7"));
        QVERIFY(first->notes().isEmpty()); // no formulas in that sheet
        auto second = openOgrTable(file, QStringLiteral("2"));
        QVERIFY(second->open().ok());
        QCOMPARE(static_cast<OgrTableSource&>(*second).tableName(), QStringLiteral("Cases"));
        QVERIFY(second->notes().isEmpty()); // written without the formula this time
        auto lower = openOgrTable(file, QStringLiteral("cases"));
        QVERIFY(lower->open().ok());
        auto missing = openOgrTable(file, QStringLiteral("Victims"));
        const Status st = missing->open();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("Other, Cases")), qPrintable(st.error().message));
    }

    void allTextSheetKeepsItsHeader()
    {
        // A sheet whose rows are all text (as ogr2ogr or a partner's export
        // writes it): GDAL alone would call its columns Field1, Field2…
        const QString csv = path("links.csv");
        test::writeFile(csv, "origin,destination,year\nNigeria,Italy,2019\nViet Nam,United Kingdom,2020\n");
        const QString file = path("links.xlsx");
        const test::Run r = test::run(QStringLiteral("ogr2ogr"), { "-f", "XLSX", file, csv, "-nln", "Links" });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        auto t = openOgrTable(file, QString());
        QVERIFY(t->open().ok());
        QCOMPARE(t->header(), QStringList({ "origin", "destination", "year" }));
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(t->cell(0), QStringLiteral("Nigeria"));
    }

    void passwordProtectedRefused()
    {
        // What Excel writes for a workbook with a password: an OLE2 compound
        // file whose directory names EncryptionInfo and EncryptedPackage.
        QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        bytes += QByteArray(504, '\0');
        const QString name = QStringLiteral("EncryptionInfo");
        bytes += QByteArray(reinterpret_cast<const char*>(name.utf16()), name.size() * 2);
        bytes += QByteArray(2048, '\0');
        const QString file = path("secret.xlsx");
        test::writeFile(file, bytes);
        auto t = openOgrTable(file, QString());
        const Status st = t->open();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().message,
            QStringLiteral("secret.xlsx: password-protected spreadsheet: save it without a password and import again"));
        QVERIFY(!listOgrTables(file).ok());
        // An old binary workbook gets its own advice.
        const QString old = path("old.xlsx");
        test::writeFile(old, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\0'));
        auto o = openOgrTable(old, QString());
        const Status ost = o->open();
        QVERIFY(!ost.ok());
        QVERIFY2(ost.error().message.contains(QStringLiteral(".xls")), qPrintable(ost.error().message));
    }

    void odsSheet()
    {
        const QString csv = path("s.csv");
        test::writeFile(csv, "id,when,place\n1,2024-03-01,Calais\n2,,\n3,2023-12-31,Dover\n");
        const QString ods = path("s.ods");
        ogr2ogr({ "-f", "ODS", "-oo", "AUTODETECT_TYPE=YES", ods, csv });
        auto t = openOgrTable(ods, QStringLiteral("s"));
        const Status st = t->open();
        QVERIFY2(st.ok(), qPrintable(st.error().toString()));
        QCOMPARE(t->header(), QStringList({ "id", "when", "place" }));
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(cells(*t), QStringList({ "1", "2024-03-01", "Calais" }));
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(cells(*t), QStringList({ "2", "", "" }));
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(cells(*t), QStringList({ "3", "2023-12-31", "Dover" }));
        QCOMPARE(t->errorAt(0, QStringLiteral("x")).toString(), QStringLiteral("s.ods [s]:4:1: x"));
        QCOMPARE(t->next(), Next::End);
    }

    void gisLayerReprojected()
    {
        // A GeoPackage in Web Mercator: points and a polygon come back in lon/lat.
        const QString src = path("places.geojson");
        test::writeFile(src,
            R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"Calais","seen":"2024-03-01"},"geometry":{"type":"Point","coordinates":[1.8587,50.9513]}},
{"type":"Feature","properties":{"name":"zone","seen":null},"geometry":{"type":"Polygon","coordinates":[[[1,50],[3,50],[3,52],[1,52],[1,50]]]}},
{"type":"Feature","properties":{"name":"nowhere"},"geometry":null}]})");
        const QString gpkg = path("places.gpkg");
        ogr2ogr({ "-f", "GPKG", "-t_srs", "EPSG:3857", "-nln", "places", gpkg, src });
        const auto list = listOgrTables(gpkg);
        QVERIFY2(list.ok(), qPrintable(list.error().toString()));
        QCOMPARE(list.value().size(), 1);
        QVERIFY(list.value().at(0).hasGeometry);
        QCOMPARE(list.value().at(0).rows, 3);

        auto t = openOgrTable(gpkg, QStringLiteral("places"));
        const Status st = t->open();
        QVERIFY2(st.ok(), qPrintable(st.error().toString()));
        QCOMPARE(t->header(), QStringList({ "name", "seen" }));
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(t->cell(0), QStringLiteral("Calais"));
        QCOMPARE(t->cell(1), QStringLiteral("2024-03-01")); // an OGR Date, as ISO 8601
        QVERIFY2(std::abs(t->lon() - 1.8587) < 1e-6 && std::abs(t->lat() - 50.9513) < 1e-6,
            qPrintable(QStringLiteral("%1 %2").arg(t->lon()).arg(t->lat())));
        QVERIFY2(t->geometryWkt().startsWith(QStringLiteral("POINT (1.8587")), qPrintable(t->geometryWkt()));
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(t->cell(0), QStringLiteral("zone"));
        QVERIFY(t->lon() > 1 && t->lon() < 3 && t->lat() > 50 && t->lat() < 52);
        QVERIFY2(t->geometryWkt().startsWith(QStringLiteral("POLYGON ((")), qPrintable(t->geometryWkt()));
        QVERIFY2(t->geometryWkt().contains(QStringLiteral(" 52,")), qPrintable(t->geometryWkt()));
        QCOMPARE(t->errorAt(1, QStringLiteral("x")).toString(), QStringLiteral("places.gpkg [places]:2:2: x"));
        QCOMPARE(t->next(), Next::Row);
        QVERIFY(std::isnan(t->lon()));
        QVERIFY(t->geometryWkt().isEmpty());
        QCOMPARE(t->next(), Next::End);
    }

    void badFeatureIsBadRow()
    {
        const QString file = path("odd.geojson");
        test::writeFile(file,
            R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"ok"},"geometry":{"type":"Point","coordinates":[1,2]}},
{"type":"Feature","properties":{"name":"bad"},"geometry":{"type":"Point","coordinates":[1,200]}},
{"type":"Feature","properties":{"name":"after"},"geometry":{"type":"Point","coordinates":[3,4]}}]})");
        auto t = openOgrTable(file, QString());
        QVERIFY(t->open().ok());
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(t->next(), Next::BadRow);
        QVERIFY2(t->error().toString().startsWith(QStringLiteral("odd.geojson [odd]:2: ")),
            qPrintable(t->error().toString()));
        QCOMPARE(QString::fromUtf8(t->raw()), QStringLiteral("bad"));
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(t->cell(0), QStringLiteral("after"));
        QCOMPARE(t->next(), Next::End);
    }

    void networkRefused()
    {
        for (const QString& p : { QStringLiteral("http://example.org/cases.xlsx"),
                 QStringLiteral("/vsicurl/https://example.org/cases.geojson") }) {
            auto t = openOgrTable(p, QString());
            const Status st = t->open();
            QVERIFY(!st.ok());
            QVERIFY2(st.error().message.contains(QStringLiteral("only local files")), qPrintable(st.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestOgrTableSource)
#include "tst_ogrtablesource.moc"
