// Spreadsheet import benchmark (issue 15 §6): an XLSX sheet of 100,000 rows
// shaped like a partner's case list (CTDC-like columns: numbers, dates and
// date-times, shared categorical text, sparse flags, multi-valued cells, free
// text, coordinates; about a third of the cells empty) read by Waymark's
// XlsxTableSource (through TableSourceFactory, as an import does), every row written into a table of a new workspace in
// one transaction, against `ogr2ogr -f SQLite` of the same sheet, in one run. Both read every value as text with the
// first row as header (OGR_XLSX_HEADERS=FORCE, OGR_XLSX_FIELD_TYPES=STRING), so both do the same work. Prints the
// seconds of each, the rows/s and the ratio (ogr2ogr time / Waymark time: ≥ 1.0 means Waymark is at least as fast).
//
//   bench_xlsx [--rows N] [--repeat K] [--spec NAME|FILE.json]
//
// With --spec, the Waymark side is the full `waymark import FILE --spec …
// --workspace W` in a child process (once the specification engine is
// merged) instead of the table source in this process.

#include "ingest/tablesourcefactory.h"
#include "store/statement.h"
#include "store/transaction.h"
#include "store/workspace.h"

#include "benchprocess.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <quazip.h>
#include <quazipfile.h>

#include <algorithm>

using namespace waymark;

namespace {

QByteArray xmlEscaped(const QString& s)
{
    return s.toHtmlEscaped().toUtf8();
}

QByteArray columnName(int c)
{
    QByteArray name;
    for (++c; c > 0; c = (c - 1) / 26)
        name.prepend(char('A' + (c - 1) % 26));
    return name;
}

/// Writes the workbook: one sheet "Cases" of `rows` data rows after the header.
bool writeWorkbook(const QString& path, qint64 rows)
{
    const QStringList header { "caseId", "yearOfRegistration", "dateOfRegistration", "gender", "ageBroad",
        "citizenship", "CountryOfExploitation", "isForcedLabour", "isSexualExploit", "typeOfLabour", "meansOfControl",
        "recruiterRelation", "amountOwed", "lastSeen", "notes", "dataSource", "latitude", "longitude" };
    const QStringList genders { "Female", "Male", "Female;Male" };
    const QStringList ages { "0--8", "9--17", "18--20", "21--23", "24--26", "27--29", "30--38", "39--47", "48+" };
    const QStringList countries { "GB", "FR", "RO", "VN", "AL", "NG", "UA", "PH", "US", "MX", "TH", "IN" };
    const QStringList labour { "Agriculture", "Construction", "Domestic work", "Hospitality", "Manufacturing",
        "Fishing", "Begging" };
    const QStringList control { "Debt bondage", "Takes earnings", "Threats", "Psychological abuse",
        "Debt bondage;Threats", "Withholds documents;Restricts movement" };
    const QStringList relation { "Friend", "Family", "Intimate partner", "Other" };
    const QStringList sources { "Case management", "Hotline", "NGO partner" };
    QStringList shared = header;
    for (const QStringList* list : { &genders, &ages, &countries, &labour, &control, &relation, &sources })
        shared << *list;
    QHash<QString, int> index;
    for (int i = 0; i < shared.size(); ++i)
        index.insert(shared[i], i);

    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    auto put = [&zip](const char* name, const QByteArray& bytes) {
        QuaZipFile f(&zip);
        if (!f.open(QIODevice::WriteOnly, QuaZipNewInfo(QString::fromLatin1(name))))
            return false;
        const bool ok = f.write(bytes) == bytes.size();
        f.close();
        return ok;
    };
    bool ok
        = put("[Content_Types].xml",
              R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>)")
        && put("_rels/.rels",
            R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>)")
        && put("xl/workbook.xml",
            R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Cases" sheetId="1" r:id="rId1"/></sheets></workbook>)")
        && put("xl/_rels/workbook.xml.rels",
            R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>)")
        && put("xl/styles.xml",
            R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\-mm\-dd\ hh:mm"/></numFmts><cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>)");
    QByteArray sst
        = R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)";
    for (const QString& s : shared)
        sst += "<si><t>" + xmlEscaped(s) + "</t></si>";
    sst += "</sst>";
    ok = ok && put("xl/sharedStrings.xml", sst);
    if (!ok)
        return false;

    QuaZipFile sheet(&zip);
    if (!sheet.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml"))))
        return false;
    QByteArray buf
        = R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)";
    buf += "<row r=\"1\">";
    for (int c = 0; c < header.size(); ++c)
        buf += "<c r=\"" + columnName(c) + "1\" t=\"s\"><v>" + QByteArray::number(c) + "</v></c>";
    buf += "</row>";
    QRandomGenerator rng(2024);
    auto pick = [&rng](const QStringList& l) -> const QString& { return l[int(rng.bounded(int(l.size())))]; };
    for (qint64 r = 2; r <= rows + 1; ++r) {
        const QByteArray rr = QByteArray::number(r);
        buf += "<row r=\"" + rr + "\">";
        auto num = [&](int c, const QByteArray& v, const char* style = nullptr) {
            buf += "<c r=\"" + columnName(c) + rr + '"';
            if (style)
                buf += QByteArray(" s=\"") + style + '"';
            buf += "><v>" + v + "</v></c>";
        };
        auto str = [&](int c, const QString& v) {
            buf += "<c r=\"" + columnName(c) + rr + "\" t=\"s\"><v>" + QByteArray::number(index.value(v)) + "</v></c>";
        };
        auto chance = [&rng](int percent) { return int(rng.bounded(100)) < percent; };
        const int year = 2002 + int(rng.bounded(22));
        num(0, QByteArray::number(r - 1));
        num(1, QByteArray::number(year));
        if (chance(80)) // days since 1899-12-30
            num(2, QByteArray::number(37257 + int(rng.bounded(8000))), "1");
        str(3, pick(genders));
        if (chance(60))
            str(4, pick(ages));
        str(5, pick(countries));
        str(6, pick(countries));
        if (chance(50))
            num(7, chance(40) ? "1" : "0");
        if (chance(50))
            num(8, chance(40) ? "1" : "0");
        if (chance(30))
            str(9, pick(labour));
        if (chance(35))
            str(10, pick(control));
        if (chance(25))
            str(11, pick(relation));
        if (chance(20))
            num(12, QByteArray::number(double(rng.bounded(500000)) / 100.0, 'f', 2));
        if (chance(15))
            num(13, QByteArray::number(37257 + rng.bounded(8000) + double(rng.bounded(1440)) / 1440.0, 'f', 6), "2");
        if (chance(10))
            buf += "<c r=\"" + columnName(14) + rr + "\" t=\"inlineStr\"><is><t>"
                + xmlEscaped(QStringLiteral("Referred by %1 after contact on %2; follow-up #%3")
                                 .arg(pick(sources), pick(countries))
                                 .arg(rng.bounded(10000)))
                + "</t></is></c>";
        str(15, pick(sources));
        if (chance(40)) {
            num(16, QByteArray::number(-40 + rng.generateDouble() * 100, 'f', 5));
            num(17, QByteArray::number(-120 + rng.generateDouble() * 240, 'f', 5));
        }
        buf += "</row>";
        if (buf.size() > (1 << 20)) {
            sheet.write(buf);
            buf.clear();
        }
    }
    buf += "</sheetData></worksheet>";
    sheet.write(buf);
    sheet.close();
    zip.close();
    return zip.getZipError() == 0;
}

/// Reads every row of the sheet through the table source an import uses
/// (TableSourceFactory: XlsxTableSource for .xlsx) into a workspace table.
double waymarkTableSource(const QString& xlsx, const QString& wsPath, qint64* rowsOut, QTextStream& out)
{
    QElapsedTimer t;
    t.start();
    auto ws = store::Workspace::open(wsPath, store::Workspace::Mode::Create);
    if (!ws) {
        out << ws.error().toString() << '\n';
        return -1;
    }
    const qint64 created = t.nsecsElapsed();
    ingest::TableOptions options;
    options.sheet = QStringLiteral("Cases");
    auto made = ingest::TableSourceFactory::create(xlsx, options);
    if (!made) {
        out << made.error().toString() << '\n';
        return -1;
    }
    auto table = std::move(made).value();
    if (auto st = table->open(); !st) {
        out << st.error().toString() << '\n';
        return -1;
    }
    const qint64 opened = t.nsecsElapsed();
    const int columns = int(table->header().size());
    QString create = QStringLiteral("CREATE TABLE sheet_rows(row INTEGER");
    QString insert = QStringLiteral("INSERT INTO sheet_rows VALUES(?");
    for (int c = 0; c < columns; ++c) {
        create += QStringLiteral(", c%1 TEXT").arg(c);
        insert += QStringLiteral(", ?");
    }
    if (!ws.value()->exec(QString(create + QStringLiteral(")")).toStdString())) {
        out << "create failed\n";
        return -1;
    }
    store::Transaction tx(*ws.value());
    const std::string sql = QString(insert + QStringLiteral(")")).toStdString();
    store::Statement& st = ws.value()->cached(sql);
    qint64 rows = 0;
    for (;;) {
        const auto n = table->next();
        if (n == ingest::TableSource::Next::End)
            break;
        if (n != ingest::TableSource::Next::Row) {
            out << table->error().toString() << '\n';
            if (n == ingest::TableSource::Next::Fatal)
                return -1;
            continue;
        }
        st.bind(1, table->errorAt(-1, QString()).line); // the spreadsheet's row number
        for (int c = 0; c < columns; ++c)
            st.bindTextOrNull(c + 2, table->cell(c));
        if (auto e = st.exec(); !e) {
            out << e.error().toString() << '\n';
            return -1;
        }
        ++rows;
    }
    if (auto c = tx.commit(); !c) {
        out << c.error().toString() << '\n';
        return -1;
    }
    *rowsOut = rows;
    (void)table->notes();
    out << "  waymark phases: workspace " << QString::number(created / 1e9, 'f', 2) << " s, open sheet "
        << QString::number((opened - created) / 1e9, 'f', 2) << " s, rows "
        << QString::number((t.nsecsElapsed() - opened) / 1e9, 'f', 2) << " s\n";
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    qint64 rows = 100000;
    int repeat = 3;
    QString spec;
    if (const int i = int(args.indexOf(QStringLiteral("--rows"))); i > 0 && i + 1 < args.size())
        rows = args.at(i + 1).toLongLong();
    if (const int i = int(args.indexOf(QStringLiteral("--repeat"))); i > 0 && i + 1 < args.size())
        repeat = std::max(1, args.at(i + 1).toInt());
    if (const int i = int(args.indexOf(QStringLiteral("--spec"))); i > 0 && i + 1 < args.size())
        spec = args.at(i + 1);
    QTextStream out(stdout);

    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("cases.xlsx"));
    QElapsedTimer gen;
    gen.start();
    if (!writeWorkbook(xlsx, rows)) {
        out << "cannot write the workbook\n";
        return 1;
    }
    out << "input: " << rows << " rows × 18 columns, " << QString::number(QFileInfo(xlsx).size() / 1048576.0, 'f', 1)
        << " MiB XLSX (written in " << QString::number(gen.elapsed() / 1000.0, 'f', 1) << " s)\n";

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("OGR_XLSX_HEADERS"), QStringLiteral("FORCE"));
    env.insert(QStringLiteral("OGR_XLSX_FIELD_TYPES"), QStringLiteral("STRING"));
    double best[2] = { 1e99, 1e99 };
    for (int k = 0; k < repeat; ++k) {
        const QString ws = dir.filePath(QStringLiteral("w%1.waymark").arg(k));
        qint64 read = rows;
        const double w = spec.isEmpty() ? waymarkTableSource(xlsx, ws, &read, out)
                                        : bench::runSeconds(QStringLiteral(WAYMARK_BIN),
                                            { QStringLiteral("import"), xlsx, QStringLiteral("--spec"), spec,
                                                QStringLiteral("--workspace"), ws, QStringLiteral("--quiet") },
                                            env);
        const QString db = dir.filePath(QStringLiteral("peer%1.sqlite").arg(k));
        const double g = bench::runSeconds(QStringLiteral("ogr2ogr"),
            { QStringLiteral("-f"), QStringLiteral("SQLite"), db, xlsx, QStringLiteral("Cases") }, env);
        if (w < 0 || g < 0)
            return 1;
        if (read != rows) {
            out << "Waymark read " << read << " rows, expected " << rows << '\n';
            return 1;
        }
        out << "run " << k + 1 << ": waymark " << QString::number(w, 'f', 2) << " s, ogr2ogr -f SQLite "
            << QString::number(g, 'f', 2) << " s\n";
        best[0] = std::min(best[0], w);
        best[1] = std::min(best[1], g);
        QFile::remove(ws);
        QFile::remove(db);
    }
    out << "best: waymark " << QString::number(best[0], 'f', 2) << " s (" << qint64(double(rows) / best[0])
        << " rows/s), ogr2ogr " << QString::number(best[1], 'f', 2) << " s (" << qint64(double(rows) / best[1])
        << " rows/s)\n";
    out << "ratio (ogr2ogr time / waymark time; goal >= 1.0): " << QString::number(best[1] / best[0], 'f', 2) << '\n';
    return 0;
}
