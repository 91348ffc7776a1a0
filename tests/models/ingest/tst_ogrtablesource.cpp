// Sheets and GIS layers as tables: an XLSX written here part by part (with
// a formula, a date, a date-time, an empty row and a text date), read both
// through OGR and through Waymark's own XLSX reader, which must agree; an
// ODS and GIS layers written by ogr2ogr (gdal-bin).
#include "core/feedback.h"
#include "ingest/importjob.h"
#include "ingest/ogrtablesource.h"
#include "ingest/specguesser.h"
#include "ingest/tablesourcefactory.h"
#include "ingest/xlsxtablesource.h"
#include "store/workspace.h"
#include "testutil.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

#include <cmath>
#include <sqlite3.h>

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

/// The two readers of an XLSX sheet.
enum class Reader { Ogr, Ours };
std::unique_ptr<TableSource> openSheet(Reader r, const QString& file, const QString& sheet)
{
    if (r == Reader::Ours)
        return std::make_unique<XlsxTableSource>(file, sheet);
    return openOgrTable(file, sheet);
}
QString tableNameOf(Reader r, const TableSource& t)
{
    return r == Reader::Ours ? static_cast<const XlsxTableSource&>(t).tableName()
                             : static_cast<const OgrTableSource&>(t).tableName();
}

/// A workbook of one sheet "S" with the given sheet XML rows, shared strings and workbook properties.
void writeSmallXlsx(const QString& path, const QByteArray& rows, const QByteArray& shared = {},
    const QByteArray& workbookPr = {}, const QByteArray& numFmts = {}, const QByteArray& xfs = "<xf numFmtId=\"0\"/>",
    const QByteArray& prolog = {})
{
    writeZip(path,
        {
            { "xl/workbook.xml",
                "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + workbookPr + "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>" },
            { "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                "<Relationship Id=\"rId1\" "
                "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
                "Target=\"worksheets/sheet1.xml\"/></Relationships>" },
            { "xl/styles.xml",
                "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + numFmts
                    + "<cellXfs>" + xfs + "</cellXfs></styleSheet>" },
            { "xl/sharedStrings.xml",
                "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">" + shared + "</sst>" },
            { "xl/worksheets/sheet1.xml",
                prolog + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + rows + "</sheetData></worksheet>" },
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

    void readers()
    {
        QTest::addColumn<int>("reader");
        QTest::newRow("OGR") << int(Reader::Ogr);
        QTest::newRow("Waymark's XLSX reader") << int(Reader::Ours);
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

    void xlsxSheet_data() { readers(); }
    void xlsxSheet()
    {
        QFETCH(int, reader);
        const Reader r = Reader(reader);
        const QString file = path("cases.xlsx");
        writeXlsx(file);
        const auto list = listOgrTables(file);
        QVERIFY2(list.ok(), qPrintable(list.error().toString()));
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(1).name, QStringLiteral("Cases"));
        QVERIFY(!list.value().at(1).hasGeometry);

        auto t = openSheet(r, file, QStringLiteral("Cases"));
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

    void sheetByIndexAndName_data() { readers(); }
    void sheetByIndexAndName()
    {
        QFETCH(int, reader);
        const Reader r = Reader(reader);
        const QString file = path("pick.xlsx");
        writeXlsx(file, false);
        auto first = openSheet(r, file, QString());
        QVERIFY(first->open().ok());
        QCOMPARE(tableNameOf(r, *first), QStringLiteral("Other"));
        QCOMPARE(first->next(), Next::Row);
        QCOMPARE(first->cell(0), QStringLiteral("7"));
        QVERIFY(first->notes().isEmpty()); // no formulas in that sheet
        auto second = openSheet(r, file, QStringLiteral("2"));
        QVERIFY(second->open().ok());
        QCOMPARE(tableNameOf(r, *second), QStringLiteral("Cases"));
        QVERIFY(second->notes().isEmpty()); // written without the formula this time
        auto lower = openSheet(r, file, QStringLiteral("cases"));
        QVERIFY(lower->open().ok());
        auto missing = openSheet(r, file, QStringLiteral("Victims"));
        const Status st = missing->open();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("Other, Cases")), qPrintable(st.error().message));
    }

    void allTextSheetKeepsItsHeader_data() { readers(); }
    void allTextSheetKeepsItsHeader()
    {
        QFETCH(int, reader);
        const Reader r = Reader(reader);
        // A sheet whose rows are all text (as ogr2ogr or a partner's export
        // writes it): GDAL alone would call its columns Field1, Field2…
        const QString csv = path("links.csv");
        test::writeFile(csv, "origin,destination,year\nNigeria,Italy,2019\nViet Nam,United Kingdom,2020\n");
        const QString file = path("links.xlsx");
        const test::Run made = test::run(QStringLiteral("ogr2ogr"), { "-f", "XLSX", file, csv, "-nln", "Links" });
        QVERIFY2(made.code == 0, qPrintable(made.err));
        auto t = openSheet(r, file, QString());
        QVERIFY(t->open().ok());
        QCOMPARE(t->header(), QStringList({ "origin", "destination", "year" }));
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(t->cell(0), QStringLiteral("Nigeria"));
    }

    void passwordProtectedRefused_data() { readers(); }
    void passwordProtectedRefused()
    {
        QFETCH(int, reader);
        const Reader r = Reader(reader);
        // What Excel writes for a workbook with a password: an OLE2 compound
        // file whose directory names EncryptionInfo and EncryptedPackage.
        QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
        bytes += QByteArray(504, '\0');
        const QString name = QStringLiteral("EncryptionInfo");
        bytes += QByteArray(reinterpret_cast<const char*>(name.utf16()), name.size() * 2);
        bytes += QByteArray(2048, '\0');
        const QString file = path("secret.xlsx");
        test::writeFile(file, bytes);
        auto t = openSheet(r, file, QString());
        const Status st = t->open();
        QVERIFY(!st.ok());
        QCOMPARE(st.error().message,
            QStringLiteral("secret.xlsx: password-protected spreadsheet: save it without a password and import again"));
        QVERIFY(!listOgrTables(file).ok());
        // An old binary workbook gets its own advice.
        const QString old = path("old.xlsx");
        test::writeFile(old, QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(4096, '\0'));
        auto o = openSheet(r, old, QString());
        const Status ost = o->open();
        QVERIFY(!ost.ok());
        QVERIFY2(ost.error().message.contains(QStringLiteral(".xls")), qPrintable(ost.error().message));
    }

    void xlsxAgreesWithOgr()
    {
        // A partner's sheet as ogr2ogr writes it from a CSV with typed
        // columns: numbers, dates, date-times, empty cells, text with commas
        // and quotes, accents, a text date. Both readers give the same rows.
        const QString csv = path("typed.csv");
        QByteArray text = "caseId,registered,seen,victims,amount,country,notes\n";
        for (int i = 0; i < 60; ++i) {
            text += QByteArray::number(1000 + i) + ',';
            text += i % 7 == 3 ? QByteArray()
                               : QStringLiteral("20%1-0%2-1%3").arg(10 + i % 14).arg(1 + i % 9).arg(i % 10).toUtf8();
            text += ',';
            text += i % 5 == 1 ? QByteArray()
                               : QStringLiteral("2023/0%1/2%2 1%3:3%4:0%5")
                                     .arg(1 + i % 9)
                                     .arg(i % 8)
                                     .arg(i % 10)
                                     .arg(i % 10)
                                     .arg(i % 6)
                                     .toUtf8();
            text += ',' + (i % 4 == 0 ? QByteArray() : QByteArray::number(i % 13));
            text += ',' + QByteArray::number(i * 1234.5 - 700, 'f', 2) + ',';
            text += QByteArray(i % 3 == 0 ? "Côte d'Ivoire" : i % 3 == 1 ? "Viet Nam" : "");
            text += i % 6 == 0 ? ",\"said \"\"no\"\", left, 2 kids\"\n" : ",\n";
        }
        test::writeFile(csv, text);
        const QString file = path("typed.xlsx");
        ogr2ogr({ "-f", "XLSX", "-oo", "AUTODETECT_TYPE=YES", "-nln", "Cases", file, csv });
        auto ogr = openSheet(Reader::Ogr, file, QString());
        auto ours = openSheet(Reader::Ours, file, QString());
        QVERIFY(ogr->open().ok());
        const Status st = ours->open();
        QVERIFY2(st.ok(), qPrintable(st.error().toString()));
        QCOMPARE(ours->header(), ogr->header());
        int rows = 0;
        for (;;) {
            const Next a = ogr->next();
            const Next b = ours->next();
            QCOMPARE(b, a);
            if (a != Next::Row)
                break;
            ++rows;
            QStringList left = cells(*ogr), right = cells(*ours);
            while (right.size() < left.size())
                right << QString();
            QCOMPARE(right, left);
            QCOMPARE(ours->errorAt(1, QStringLiteral("x")).toString(), ogr->errorAt(1, QStringLiteral("x")).toString());
        }
        QCOMPARE(rows, 60);
        QCOMPARE(ours->progress(), 1.0);
        QVERIFY(ours->notes().isEmpty());
    }

    void numberFormats_data()
    {
        using K = XlsxTableSource::NumberKind;
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("kind");
        QTest::newRow("iso date") << "yyyy-mm-dd" << int(K::Date);
        QTest::newRow("escaped") << "yyyy\\-mm\\-dd\\ hh:mm" << int(K::DateTime);
        QTest::newRow("locale") << "[$-409]d-mmm-yy;@" << int(K::Date);
        QTest::newRow("month year") << "mmm yyyy" << int(K::Date);
        QTest::newRow("12-hour") << "h:mm AM/PM" << int(K::Time);
        QTest::newRow("minutes") << "mm:ss" << int(K::Time);
        QTest::newRow("elapsed") << "[h]:mm:ss" << int(K::Time);
        QTest::newRow("day first") << "dd/mm/yyyy hh:mm" << int(K::DateTime);
        QTest::newRow("general") << "General" << int(K::Number);
        QTest::newRow("decimals") << "#,##0.00" << int(K::Number);
        QTest::newRow("scientific") << "0.00E+00" << int(K::Number);
        QTest::newRow("colour") << "[Red]0.00;[Blue]-0.00" << int(K::Number);
        QTest::newRow("quoted words") << "0 \"days\"" << int(K::Number);
        QTest::newRow("escaped letters") << "0\\ \\d" << int(K::Number);
        QTest::newRow("currency") << "[$€-2]\\ #,##0.00" << int(K::Number);
    }
    void numberFormats()
    {
        QFETCH(QString, code);
        QFETCH(int, kind);
        QCOMPARE(int(XlsxTableSource::kindOfFormat(code)), kind);
    }

    void dateSerials_data()
    {
        using K = XlsxTableSource::NumberKind;
        QTest::addColumn<double>("serial");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("date1904");
        QTest::addColumn<bool>("millis");
        QTest::addColumn<QString>("iso");
        QTest::newRow("date") << 45352.0 << int(K::Date) << false << false << "2024-03-01";
        QTest::newRow("noon") << 45352.5 << int(K::DateTime) << false << false << "2024-03-01T12:00:00";
        QTest::newRow("time") << 0.75 << int(K::Time) << false << false << "18:00:00";
        QTest::newRow("first day") << 1.0 << int(K::Date) << false << false << "1900-01-01";
        QTest::newRow("before the false leap day") << 59.0 << int(K::Date) << false << false << "1900-02-28";
        QTest::newRow("after it") << 61.0 << int(K::Date) << false << false << "1900-03-01";
        QTest::newRow("1904 system") << 43890.0 << int(K::Date) << true << false << "2024-03-01";
        QTest::newRow("rounds to midnight")
            << 45352.9999999 << int(K::DateTime) << false << false << "2024-03-02T00:00:00";
        QTest::newRow("milliseconds") << 45352.5 + 0.25 / 86400 << int(K::DateTime) << false << true
                                      << "2024-03-01T12:00:00.250";
        QTest::newRow("implausible") << 1e12 << int(K::Date) << false << false << "";
    }
    void dateSerials()
    {
        QFETCH(double, serial);
        QFETCH(int, kind);
        QFETCH(bool, date1904);
        QFETCH(bool, millis);
        QFETCH(QString, iso);
        QCOMPARE(XlsxTableSource::serialToIso(serial, XlsxTableSource::NumberKind(kind), date1904, millis), iso);
    }

    void xlsxCellTypes()
    {
        // The header in row 3 (rows 1–2 empty) with an empty cell; inline
        // strings with rich-text runs and a phonetic run; booleans, errors,
        // formula strings; a 1904 workbook's date; a row without r attributes.
        const QString file = path("types.xlsx");
        writeSmallXlsx(file,
            R"(<row r="1"/><row r="2"><c r="A2" t="s"/></row>)"
            R"(<row r="3"><c r="A3" t="s"><v>0</v></c><c r="C3" t="inlineStr"><is><t>when</t></is></c><c r="D3" t="s"><v>1</v></c></row>)"
            R"(<row r="4"><c r="A4" t="inlineStr"><is><r><t>Ana </t></r><r><rPr><b/></rPr><t xml:space="preserve">Ruiz</t></r><rPh><t>アナ</t></rPh></is></c>)"
            R"(<c r="B4" t="b"><v>1</v></c><c r="C4" s="1"><v>43890</v></c><c r="D4" t="e"><v>#N/A</v></c></row>)"
            R"(<row><c t="str"><f>A4&amp;"!"</f><v>Ana Ruiz!</v></c><c><v>-1.5E-3</v></c></row>)",
            R"(<si><t>name</t></si><si><r><t>sta</t></r><r><t>tus</t></r></si>)", R"(<workbookPr date1904="1"/>)", {},
            R"(<xf numFmtId="0"/><xf numFmtId="14"/>)");
        XlsxTableSource t(file, QString());
        const Status st = t.open();
        QVERIFY2(st.ok(), qPrintable(st.error().toString()));
        QCOMPARE(t.header(), QStringList({ "name", "Field2", "when", "status" }));
        QCOMPARE(t.next(), Next::Row);
        QCOMPARE(cells(t), QStringList({ "Ana Ruiz", "TRUE", "2024-03-01", "#N/A" })); // a boolean as Excel shows it
        QCOMPARE(t.rowNumber(), 4);
        QCOMPARE(t.next(), Next::Row);
        QCOMPARE(cells(t), QStringList({ "Ana Ruiz!", "-1.5E-3", "", "" }));
        QCOMPARE(t.errorAt(1, QStringLiteral("x")).toString(), QStringLiteral("types.xlsx [S]:5:2: x"));
        QCOMPARE(t.next(), Next::End);
        QCOMPARE(t.notes().size(), 1);
        QVERIFY(t.notes().at(0).contains(QStringLiteral("formulas")));
    }

    /// A partner's sheet with a title and an export note above the header
    /// (a merged title cell, a blank row): the header row is found, and
    /// read from, with rows numbered as the sheet numbers them.
    void aHeaderBelowATitle()
    {
        const QString file = path("referrals.xlsx");
        auto is = [](const char* ref, const char* text) -> QByteArray {
            return QByteArray("<c r=\"") + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
        };
        writeSmallXlsx(file,
            "<row r=\"1\">" + is("A1", "Referral log (confidential)") + "</row><row r=\"2\">"
                + is("A2", "Exported 2024-01-15 by J. Doe") + "</row><row r=\"3\"/><row r=\"4\">" + is("A4", "id")
                + is("B4", "country") + is("C4", "date") + "</row><row r=\"5\"><c r=\"A5\"><v>1</v></c>"
                + is("B5", "GB") + is("C5", "2024-01-05") + "</row><row r=\"6\"><c r=\"A6\"><v>2</v></c>"
                + is("B6", "FR") + "</row><row r=\"7\"><c r=\"A7\"><f>A6+1</f></c>" + is("B7", "DE") + "</row>");
        {
            XlsxTableSource t(file, QString());
            QVERIFY(t.open().ok());
            QCOMPARE(t.header(), QStringList({ "Referral log (confidential)" })); // what a reader of row 1 sees
            QCOMPARE(ingest::SpecGuesser::headerRow(t), 4);
        }
        TableOptions o;
        o.headerRow = 4;
        auto t = ingest::TableSourceFactory::create(file, o);
        QVERIFY(t);
        const Status st = t.value()->open();
        QVERIFY2(st.ok(), qPrintable(st.error().toString()));
        QCOMPARE(t.value()->header(), QStringList({ "id", "country", "date" }));
        QCOMPARE(t.value()->next(), Next::Row);
        QCOMPARE(cells(*t.value()), QStringList({ "1", "GB", "2024-01-05" }));
        QCOMPARE(t.value()->errorAt(2, QStringLiteral("x")).toString(), QStringLiteral("referrals.xlsx [S]:5:3: x"));
        QCOMPARE(t.value()->next(), Next::Row);
        QCOMPARE(t.value()->next(), Next::Row); // row 7: its id a formula never calculated
        QCOMPARE(cells(*t.value()), QStringList({ "", "DE" }));
        QCOMPARE(t.value()->next(), Next::End);
        const QStringList notes {
            "referrals.xlsx [S]: the header is row 4; the 2 row(s) with a value above it were not read as data",
            "referrals.xlsx [S]: formulas were imported as the values the spreadsheet last calculated; they were not "
            "recalculated",
            "referrals.xlsx [S]: 1 formula cell(s) had no calculated value (the file was saved without calculating "
            "them) and were read as empty"
        };
        QCOMPARE(t.value()->notes(), notes);

        // An import says all of it: the formulas are seen only as the rows
        // are read (the notes were taken before the first row, so never said).
        test::writeFile(path("referrals.json"), R"({ "name": "referrals", "table": { "header_row": 4 },
  "source": { "key": "ref", "name": "Referrals", "kind": "partner_case" },
  "records": [ { "id": "case", "target": "incident", "fields": { "key": { "format": "ref:{id}" },
    "date": "date", "destination": "country" } } ] })");
        auto ws = store::Workspace::open(path("referrals.waymark"));
        QVERIFY(ws);
        Feedback fb;
        ingest::ImportOptions io;
        io.spec = path("referrals.json");
        io.keepGoing = true;
        const ingest::ImportSummary summary = ingest::ImportJob::run(*ws.value(), file, io, fb);
        QVERIFY2(summary.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(summary.error.toString()));
        QCOMPARE(summary.rowsImported, 3);
        for (const QString& note : notes)
            QVERIFY2(summary.notes.contains(note), qPrintable(summary.notes.join(QLatin1Char('\n'))));

        // The guess reads from there and says so.
        auto g = ingest::SpecGuesser::guessFile(file);
        QVERIFY(g);
        QCOMPARE(g->spec.headerRow, 4);
        QVERIFY2(g->summary.startsWith(QStringLiteral("header on row 4")), qPrintable(g->summary));
        QVERIFY(g->find(QStringLiteral("incident"), QStringLiteral("date")));

        // A row that is not there, or blank, cannot be the header.
        for (const auto& [row, why] : { std::pair { 3, "referrals.xlsx [S]:3: row 3 is empty or unreadable" },
                 std::pair { 9, "referrals.xlsx [S]:9: the table has no row 9" } }) {
            o.headerRow = row;
            auto bad = ingest::TableSourceFactory::create(file, o);
            QVERIFY(bad);
            const Status refused = bad.value()->open();
            QVERIFY(!refused.ok());
            QVERIFY2(refused.error().toString().startsWith(QLatin1String(why)), qPrintable(refused.error().toString()));
        }
    }

    void xlsxBadRowsAndHostileWorkbooks()
    {
        // A shared string that does not exist and a cell beyond XFD are bad
        // rows at their cell; the rows after them still read.
        const QString file = path("bad.xlsx");
        writeSmallXlsx(file,
            R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
            R"(<row r="2"><c r="A2"><v>1</v></c><c r="B2" t="s"><v>9</v></c></row>)"
            R"(<row r="3"><c r="A3"><v>2</v></c><c r="XFE3"><v>5</v></c></row>)"
            R"(<row r="4"><c r="A4"><v>3</v></c><c r="B4" t="s"><v>1</v></c></row>)"
            R"(<row r="5"><c r="A5"><v>4</v></c><c r="B5"><v>5)",
            R"(<si><t>id</t></si><si><t>name</t></si>)");
        XlsxTableSource t(file, QString());
        QVERIFY(t.open().ok());
        QCOMPARE(t.next(), Next::BadRow);
        QCOMPARE(t.error().toString(),
            QStringLiteral("bad.xlsx [S]:2:2: shared string 9 does not exist (the workbook has 2)"));
        QVERIFY(QString::fromUtf8(t.raw()).startsWith(QStringLiteral("1")));
        QCOMPARE(t.next(), Next::BadRow);
        QVERIFY2(t.error().toString().startsWith(QStringLiteral("bad.xlsx [S]:3: a cell beyond column XFD")),
            qPrintable(t.error().toString()));
        QCOMPARE(t.next(), Next::Row);
        QCOMPARE(cells(t), QStringList({ "3", "name" }));
        // The sheet's XML breaks off in row 5: the rest cannot be read.
        QCOMPARE(t.next(), Next::Fatal);
        QVERIFY2(t.error().toString().startsWith(
                     QStringLiteral("bad.xlsx [S]:5: the rest of the sheet cannot be read: broken XML")),
            qPrintable(t.error().toString()));

        // A DOCTYPE (the door to entity expansion) is refused outright.
        const QString laughs = path("laughs.xlsx");
        writeSmallXlsx(laughs, R"(<row r="1"><c r="A1" t="inlineStr"><is><t>&a;</t></is></c></row>)", {}, {}, {},
            "<xf numFmtId=\"0\"/>", R"(<!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">]>)");
        XlsxTableSource l(laughs, QString());
        const Status refused = l.open();
        QVERIFY(!refused.ok());
        QVERIFY2(
            refused.error().toString().contains(QStringLiteral("DOCTYPE")), qPrintable(refused.error().toString()));

        // Not a workbook at all.
        const QString notZip = path("notes.xlsx");
        test::writeFile(notZip, "caseId,name\n1,Ana\n");
        XlsxTableSource n(notZip, QString());
        const Status no = n.open();
        QVERIFY(!no.ok());
        QVERIFY2(no.error().message.contains(QStringLiteral("not an XLSX workbook")), qPrintable(no.error().message));
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
        // The point of each feature follows the fields, as two columns.
        QCOMPARE(t->header(), QStringList({ "name", "seen", "geometry longitude", "geometry latitude" }));
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(t->cell(0), QStringLiteral("Calais"));
        QCOMPARE(t->cell(1), QStringLiteral("2024-03-01")); // an OGR Date, as ISO 8601
        QVERIFY2(std::abs(t->cell(2).toDouble() - 1.8587) < 1e-6 && std::abs(t->cell(3).toDouble() - 50.9513) < 1e-6,
            qPrintable(t->cell(2) + QLatin1Char(' ') + t->cell(3)));
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
        QVERIFY(t->cell(2).isEmpty() && t->cell(3).isEmpty());
        QCOMPARE(t->next(), Next::End);
    }

    // A layer's features become incidents where they are: the guess maps the
    // point columns, the import stores them. A file of several layers reads
    // the first with features and names the others; a .dbf that says no code
    // page is read as Latin-1, said, not turned into U+FFFD.
    void layerPointsBecomeIncidentLocations()
    {
        const QString src = path("cases.geojson");
        test::writeFile(src,
            R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"case":"C1","date":"2024-03-01","name":"Café Zoë"},"geometry":{"type":"Point","coordinates":[-0.1276,51.5072]}},
{"type":"Feature","properties":{"case":"C2","date":"2024-04-02","name":"Müller"},"geometry":{"type":"Point","coordinates":[2.3522,48.8566]}}]})");
        // In British National Grid, with an empty first layer beside it.
        const QString gpkg = path("cases.gpkg");
        ogr2ogr({ "-f", "GPKG", "-t_srs", "EPSG:27700", "-nln", "cases", gpkg, src });
        ogr2ogr({ "-update", "-f", "GPKG", "-nln", "aaa_empty", "-where", "case = 'none'", gpkg, src });
        const QString shp = path("latin1.shp");
        ogr2ogr({ "-f", "ESRI Shapefile", "-lco", "ENCODING=ISO-8859-1", shp, src });
        QFile::remove(path("latin1.cpg"));

        auto g = ingest::SpecGuesser::guessFile(gpkg, 50, 2026);
        QVERIFY2(g, qPrintable(g ? QString() : g.error().toString()));
        const auto* lon = g->find(QStringLiteral("incident"), QStringLiteral("lon"));
        const auto* lat = g->find(QStringLiteral("incident"), QStringLiteral("lat"));
        QVERIFY(lon && lat);
        QCOMPARE(lon->column, QStringLiteral("geometry longitude"));
        QCOMPARE(lat->column, QStringLiteral("geometry latitude"));

        QTemporaryDir dir;
        const QString wsPath = dir.filePath(QStringLiteral("w.waymark"));
        auto ws = store::Workspace::open(wsPath);
        QVERIFY(ws);
        QVERIFY(g->spec.save(*ws.value()));
        Feedback fb;
        ingest::ImportOptions io;
        io.spec = g->spec.name;
        const auto s = ingest::ImportJob::run(*ws.value(), gpkg, io, fb);
        QVERIFY2(s.outcome == ingest::ImportSummary::Outcome::Imported, qPrintable(s.toText()));
        QCOMPARE(s.rowsImported, 2);
        const QStringList points = test::stringsSql(
            wsPath, "SELECT printf('%.4f %.4f', lon, lat) FROM incidents WHERE lon IS NOT NULL ORDER BY lon");
        QCOMPARE(points, (QStringList { "-0.1276 51.5072", "2.3522 48.8566" }));

        auto t = openOgrTable(shp, QString());
        QVERIFY(t->open().ok());
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(t->cell(t->header().indexOf(QStringLiteral("name"))), QString::fromUtf8("Caf\u00e9 Zo\u00eb"));
        QVERIFY2(t->notes().join(QLatin1Char('\n')).contains(QStringLiteral("read as Latin-1")),
            qPrintable(t->notes().join(QLatin1Char('\n'))));
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

    void aNumberBeyond64BitsIsRefused()
    {
        // GDAL clamps 12345678901234567890 to 2^63: the row is refused, not misread.
        const QString file = path("big.geojson");
        test::writeFile(file, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"ref":"A","amount":12345678901234567890},"geometry":null},
{"type":"Feature","properties":{"ref":"B","amount":5},"geometry":null}]})");
        auto t = openOgrTable(file, QString());
        QVERIFY(t->open().ok());
        QCOMPARE(t->next(), Next::BadRow);
        QVERIFY2(t->error().toString().startsWith(QStringLiteral("big.geojson [big]:1:2: the number ")),
            qPrintable(t->error().toString()));
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(t->cell(0), QStringLiteral("B"));
    }

    void kmlExtendedData();

    void kmlDataBesideASchema();

    void kmlThatLibkmlCannotRead();

    void aKmzThatInflatesPast64MBIsRefused()
    {
        // 70 MB of placemarks in a small archive: refused before GDAL reads
        // it (its KML reader would hold about 12 times that).
        const QByteArray placemark
            = "<Placemark><name>p</name><Point><coordinates>1,2</coordinates></Point></Placemark>\n";
        QByteArray kml = "<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n";
        kml += placemark.repeated(int((qint64(70) << 20) / placemark.size()));
        kml += "</Document></kml>\n";
        const QString kmz = path("bomb.kmz");
        writeZip(kmz, { { QStringLiteral("doc.kml"), kml } });
        QVERIFY(QFileInfo(kmz).size() < (qint64(4) << 20));
        auto t = openOgrTable(kmz, QString());
        const Status st = t->open();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("larger than 64 MB")), qPrintable(st.error().toString()));
    }

    void anUnreadableFileSaysWhyAndWhere()
    {
        // The format the name says, GDAL's reason, and the XML parser's place
        // as the error's line and column.
        const QByteArray head = "<?xml version=\"1.0\"?>\n<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>";
        const struct {
            const char* file;
            QByteArray bytes;
            const char* reason;
            qint64 line;
        } cases[] = {
            { "empty.kml", QByteArray(), "not a file Waymark can read as KML: the file is empty", 0 },
            { "words.kml", "just some words\n", "not a file Waymark can read as KML: its content is not KML", 0 },
            { "broken.kml", head + "\n<Placemark><name>a & b</name></Placemark></Document></kml>\n",
                "not a file Waymark can read as KML: ", 3 },
            { "empty.geojson", QByteArray(), "not a file Waymark can read as GeoJSON: the file is empty", 0 },
        };
        for (const auto& c : cases) {
            test::writeFile(path(c.file), c.bytes);
            auto t = openOgrTable(path(c.file), QString());
            const Status st = t->open();
            QVERIFY2(!st.ok(), c.file);
            const Error& e = st.error();
            QVERIFY2(e.message.startsWith(QLatin1String(c.reason)), qPrintable(e.toString()));
            QVERIFY2(!e.message.contains(QLatin1String(c.file)), qPrintable(e.toString())); // named once, as the file
            QCOMPARE(e.file, path(c.file));
            QCOMPARE(e.line, c.line);
            if (c.line)
                QVERIFY2(e.column > 0 && !e.message.contains(QLatin1String("at line")), qPrintable(e.toString()));
        }
    }

    void aKmlOfManyDeclarationsIsScannedOnce()
    {
        // 2,000,000 "<!a>" (8 MB): the scan for Schema fields looked for a
        // DOCTYPE's '[' to the end of the document at each one and took 99 s;
        // now GDAL's own refusal comes at once.
        const QByteArray kml = "<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>"
            + QByteArray("<!a>").repeated(2000000) + "</Document></kml>";
        test::writeFile(path("bang.kml"), kml);
        auto t = openOgrTable(path("bang.kml"), QString());
        const Status st = t->open();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.startsWith(QStringLiteral("not a file Waymark can read as KML: ")),
            qPrintable(st.error().toString()));
        QCOMPARE(st.error().line, 1);
    }

    void aKmlOfTooManyFieldsIsRefused()
    {
        // Each placemark names a field of its own: GDAL's reader would take
        // minutes over 120,000 of them; past 10,000 the file is refused at once.
        QByteArray kml = "<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>\n";
        for (int i = 0; i <= 10000; ++i)
            kml += "<Placemark><ExtendedData><Data name=\"f" + QByteArray::number(i)
                + "\"><value>1</value></Data></ExtendedData><Point><coordinates>1,2</coordinates></Point></"
                  "Placemark>\n";
        kml += "</Document></kml>\n";
        test::writeFile(path("fields.kml"), kml);
        auto t = openOgrTable(path("fields.kml"), QString());
        const Status st = t->open();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("name %1 different fields, more than the %2")
                                                 .arg(QLocale().toString(10001), QLocale().toString(10000))),
            qPrintable(st.error().toString()));
    }

    void aViewThatNeverEndsIsRefused()
    {
        // A GeoPackage whose layer is a view of an endless recursive query:
        // refused after the deadline, not read for ever.
        const QString src = path("one.geojson");
        test::writeFile(src, R"({"type":"FeatureCollection","features":[
{"type":"Feature","properties":{"name":"a"},"geometry":{"type":"Point","coordinates":[1,2]}}]})");
        const QString gpkg = path("hostile.gpkg");
        ogr2ogr({ "-f", "GPKG", "-nln", "zz", gpkg, src });
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(gpkg.toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                     "CREATE VIEW aaa AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
                     "SELECT i AS fid, 'x' AS name FROM n; "
                     "INSERT INTO gpkg_contents(table_name, data_type, identifier) VALUES('aaa', 'attributes', 'aaa');",
                     nullptr, nullptr, nullptr),
            SQLITE_OK);
        sqlite3_close(db);
        QElapsedTimer clock;
        clock.start();
        auto t = openOgrTable(gpkg, QStringLiteral("aaa"));
        const Status st = t->open();
        QVERIFY(!st.ok());
        QVERIFY2(st.error().message.contains(QStringLiteral("does not finish reading within 10 s")),
            qPrintable(st.error().toString()));
        QVERIFY(clock.elapsed() < 30000);
    }

    void networkRefused()
    {
        for (const QString& p : { QStringLiteral("http://example.org/cases.xlsx"),
                 QStringLiteral("/vsicurl/https://example.org/cases.geojson") }) {
            for (Reader r : { Reader::Ogr, Reader::Ours }) {
                auto t = openSheet(r, p, QString());
                const Status st = t->open();
                QVERIFY(!st.ok());
                QVERIFY2(
                    st.error().message.contains(QStringLiteral("only local files")), qPrintable(st.error().message));
            }
        }
    }
};

// The KML tests are defined out of the class: moc, skipping the bodies of
// functions defined in it, lost the slot after each of these (their raw
// strings), so kmlThatLibkmlCannotRead never ran.

void TestOgrTableSource::kmlExtendedData()
{
    // As Google My Maps and Google Earth write a layer: each placemark's
    // fields in ExtendedData (Data, or SchemaData of a Schema) and its
    // date in a TimeStamp. GDAL's KML driver drops both; LIBKML reads
    // them. Its drawing properties are not columns, and the document's
    // NetworkLink to another file here is not followed, as a document
    // or inside a KMZ.
    test::writeFile(path("secret.kml"), R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><Placemark><name>Secret</name>
<Point><coordinates>10,10</coordinates></Point></Placemark></Document></kml>)");
    const QByteArray kml = R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Cases</name>
<Style id="s"><IconStyle><scale>1.1</scale></IconStyle></Style>
<Schema name="cases" id="cases"><SimpleField name="victims" type="int"/><SimpleField name="amount" type = 'double'/>
<SimpleField type="bool" name="checked"/></Schema>
<Folder><name>Cases</name>
<Placemark><name>Case 1</name><description>Farm</description><styleUrl>#s</styleUrl>
<ExtendedData><Data name="date"><value>2024-03-01</value></Data><Data name="Type of work"><value>labour</value></Data>
<Data name="Имя"><value>Иван</value></Data></ExtendedData>
<Point><coordinates>2.35,48.85,0</coordinates></Point></Placemark>
<Placemark><name>Case 2</name><TimeStamp><when>2024-04-02T10:00:00Z</when></TimeStamp>
<ExtendedData><SchemaData schemaUrl="#cases"><SimpleData name="victims">3</SimpleData></SchemaData></ExtendedData>
<Point><coordinates>-0.12,51.5,0</coordinates></Point></Placemark>
<Placemark><name>Case 3</name>
<ExtendedData><SchemaData schemaUrl="#cases"><SimpleData name="victims">99999999999</SimpleData></SchemaData></ExtendedData>
<Point><coordinates>-0.12,51.5,0</coordinates></Point></Placemark>
<Placemark><name>Case 4</name><description><![CDATA[quoted <SimpleField type='int'/>]]></description>
<ExtendedData><SchemaData schemaUrl="#cases"><SimpleData name="victims">about 12</SimpleData>
<SimpleData name="amount">1,5</SimpleData><SimpleData name="checked">true</SimpleData></SchemaData></ExtendedData>
<Point><coordinates>-0.12,51.5,0</coordinates></Point></Placemark>
</Folder>
<NetworkLink><name>more</name><Link><href>)"
        + path("secret.kml").toUtf8() + "</href></Link></NetworkLink>\n</Document></kml>";
    // (Not a raw string after the path: moc lost the test functions that follow one.)
    test::writeFile(path("mymaps.kml"), kml);
    writeZip(path("mymaps.kmz"), { { QStringLiteral("doc.kml"), kml } });
    for (const QString& file : { path("mymaps.kml"), path("mymaps.kmz") }) {
        auto t = openOgrTable(file, QString());
        QVERIFY2(t->open().ok(), qPrintable(file));
        const QStringList h = t->header();
        for (const char* column : { "Name", "description", "timestamp", "date", "Type of work", "Имя", "victims" })
            QVERIFY2(h.contains(QString::fromUtf8(column)), qPrintable(h.join(QLatin1Char(','))));
        for (const char* column : { "tessellate", "extrude", "visibility", "altitudeMode", "drawOrder", "icon" })
            QVERIFY2(!h.contains(QString::fromUtf8(column)), qPrintable(h.join(QLatin1Char(','))));
        const auto cell = [&](const char* column) { return t->cell(int(h.indexOf(QString::fromUtf8(column)))); };
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(cell("Name"), QStringLiteral("Case 1"));
        QCOMPARE(cell("description"), QStringLiteral("Farm"));
        QCOMPARE(cell("date"), QStringLiteral("2024-03-01"));
        QCOMPARE(cell("Type of work"), QStringLiteral("labour"));
        QCOMPARE(cell("Имя"), QStringLiteral("Иван"));
        QCOMPARE(cell("geometry longitude"), QStringLiteral("2.35"));
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(cell("Name"), QStringLiteral("Case 2"));
        QVERIFY2(cell("timestamp").startsWith(QStringLiteral("2024-04-02T10:00")), qPrintable(cell("timestamp")));
        QCOMPARE(cell("victims"), QStringLiteral("3"));
        // The Schema says "int"; the file's text is kept, which a
        // number column of GDAL's would hold as 2^31 - 1, 0 and 1.
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(cell("victims"), QStringLiteral("99999999999"));
        QCOMPARE(t->next(), Next::Row);
        QCOMPARE(cell("victims"), QStringLiteral("about 12"));
        QCOMPARE(cell("amount"), QStringLiteral("1,5"));
        QCOMPARE(cell("checked"), QStringLiteral("true"));
        // Only markup is rewritten: a description quoting KML keeps its text.
        QCOMPARE(cell("description"), QStringLiteral("quoted <SimpleField type='int'/>"));
        QCOMPARE(t->next(), Next::End);
    }
    // A document without a <name>: its layer is named after its file, the
    // copy with text fields read as the file itself.
    test::writeFile(path("unnamed.kml"),
        R"(<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>)"
        R"(<Schema name="s" id="s"><SimpleField name="n" type="int"/></Schema><Placemark><ExtendedData>)"
        R"(<SchemaData schemaUrl="#s"><SimpleData name="n">05</SimpleData></SchemaData></ExtendedData>)"
        R"(<Point><coordinates>1,2</coordinates></Point></Placemark></Document></kml>)");
    auto u = openOgrTable(path("unnamed.kml"), QString());
    QVERIFY(u->open().ok());
    QCOMPARE(static_cast<const OgrTableSource&>(*u).tableName(), QStringLiteral("unnamed"));
    QCOMPARE(u->next(), Next::Row);
    QCOMPARE(u->cell(int(u->header().indexOf(QStringLiteral("n")))), QStringLiteral("05"));

    auto g = ingest::SpecGuesser::guessFile(path("mymaps.kml"), 50, 2026);
    QVERIFY2(g, qPrintable(g ? QString() : g.error().toString()));
    // The specification editor's guess takes the fields LIBKML found.
    for (const auto& [field, column] : { std::pair { "date", "date" }, { "summary", "description" },
             { "lon", "geometry longitude" }, { "lat", "geometry latitude" } }) {
        const auto* m = g->find(QStringLiteral("incident"), QLatin1String(field));
        QVERIFY2(m && m->column == QLatin1String(column), field);
    }
    // A placemark's Name ("Case 1") names the feature, not a person in it.
    QVERIFY(!g->find(QStringLiteral("person"), QStringLiteral("label")));
}

void TestOgrTableSource::kmlDataBesideASchema()
{
    // GDAL's LIBKML reads only a Schema's fields where a document has
    // one: each Data value, and a SimpleData the Schema does not declare,
    // was dropped. Waymark declares them in the Schema it reads.
    test::writeFile(path("mixed.kml"),
        R"(<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document><!-- <Data name="ghost"><value>x</value></Data> -->
<Schema name="cases" id="cases"><SimpleField name="victims" type="int"/></Schema>
<Placemark><name>Case 1</name><ExtendedData>
<Data name="Date reported"><displayName>Reported</displayName><value>2024-05-04</value></Data>
<Data name="note"><value><![CDATA[<b>A & B</b>]]></value></Data><Data name="blank"/>
<SchemaData schemaUrl="#cases"><SimpleData name="victims">4</SimpleData><SimpleData name="undeclared">kept</SimpleData></SchemaData>
</ExtendedData><Point><coordinates>9.15,45.41,0</coordinates></Point></Placemark>
<Placemark><name>Case 2</name><ExtendedData><Data name="Date reported"><value>2024-05-26</value></Data></ExtendedData>
<Point><coordinates>4.82,45.73,0</coordinates></Point></Placemark>
</Document></kml>)");
    auto t = openOgrTable(path("mixed.kml"), QString());
    QVERIFY(t->open().ok());
    const QStringList h = t->header();
    QVERIFY2(!h.contains(QStringLiteral("ghost")), qPrintable(h.join(QLatin1Char(','))));
    const auto cell = [&](const char* column) {
        const int i = int(h.indexOf(QString::fromUtf8(column)));
        return i < 0 ? QStringLiteral("(no column)") : t->cell(i);
    };
    QCOMPARE(t->next(), Next::Row);
    QCOMPARE(cell("Date reported"), QStringLiteral("2024-05-04"));
    QCOMPARE(cell("note"), QStringLiteral("<b>A & B</b>"));
    QCOMPARE(cell("blank"), QString());
    QCOMPARE(cell("victims"), QStringLiteral("4"));
    QCOMPARE(cell("undeclared"), QStringLiteral("kept"));
    QCOMPARE(t->next(), Next::Row);
    QCOMPARE(cell("Name"), QStringLiteral("Case 2"));
    QCOMPARE(cell("Date reported"), QStringLiteral("2024-05-26"));
    QCOMPARE(t->next(), Next::End);
}

void TestOgrTableSource::kmlThatLibkmlCannotRead()
{
    // LIBKML refuses a declared windows-1252 encoding; GDAL's KML driver
    // reads it (without ExtendedData).
    QByteArray cp1252 = "<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<kml "
                        "xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark><name>Caf# #Roma#</name>"
                        "<Point><coordinates>1,2</coordinates></Point></Placemark></Document></kml>\n";
    for (const char byte : { char(0xe9), char(0x93), char(0x94) }) // é “ ”
        cp1252.replace(cp1252.indexOf('#'), 1, &byte, 1);
    test::writeFile(path("cp1252.kml"), cp1252);
    auto t = openOgrTable(path("cp1252.kml"), QString());
    QVERIFY2(t->open().ok(), "cp1252.kml");
    QCOMPARE(t->next(), Next::Row);
    QCOMPARE(t->cell(0), QString::fromUtf8("Caf\u00e9 \u201cRoma\u201d"));

    // A KMZ as ogr2ogr -f LIBKML writes it: a doc.kml of NetworkLinks to
    // the layers beside it, which are not followed; refused, not 0 rows.
    const QByteArray layer = "<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document>"
                             "<Placemark><name>a</name><Point><coordinates>1,2</coordinates></Point></Placemark>"
                             "</Document></kml>";
    writeZip(path("links.kmz"),
        { { QStringLiteral("doc.kml"),
              "<?xml version=\"1.0\"?><kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><NetworkLink>"
              "<Link><href>layers/cases.kml</href></Link></NetworkLink></Document></kml>" },
            { QStringLiteral("layers/cases.kml"), layer } });
    t = openOgrTable(path("links.kmz"), QString());
    const Status st = t->open();
    QVERIFY(!st.ok());
    QVERIFY2(
        st.error().message.contains(QStringLiteral("doc.kml holds no placemarks, only links to the documents inside it "
                                                   "(layers/cases.kml)")),
        qPrintable(st.error().toString()));
}

QTEST_GUILESS_MAIN(TestOgrTableSource)
#include "tst_ogrtablesource.moc"
