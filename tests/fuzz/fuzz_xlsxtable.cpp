#include "fuzzworkspace.h"
#include "ingest/xlsxtablesource.h"

#include <quazip.h>
#include <quazipfile.h>

// Waymark's own XLSX reader. The first byte chooses what the rest is: the
// whole .xlsx file (the zip itself), the sheet's XML, the shared strings or
// the styles of an otherwise well-formed workbook. Every row of the sheet is
// read. Any outcome is fine but a crash, a sanitizer report, an error
// without a message, a row wider than a sheet can be, or progress outside 0..1.
namespace {

const QByteArray kSheet = R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)"
                          R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
                          R"(<row r="2"><c r="A2" s="1"><v>45352.5</v></c><c r="B2" t="s"><v>1</v></c></row>)"
                          R"(</sheetData></worksheet>)";
const QByteArray kShared = R"(<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                           R"(<si><t>when</t></si><si><r><t>na</t></r><r><t>me</t></r></si></sst>)";
const QByteArray kStyles = R"(<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)"
                           R"(<numFmts><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>)"
                           R"(<cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>)";

void writeWorkbook(const QString& path, const QByteArray& sheet, const QByteArray& shared, const QByteArray& styles)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        abort();
    const QList<QPair<QString, QByteArray>> parts {
        { QStringLiteral("xl/workbook.xml"),
            R"(<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>)" },
        { QStringLiteral("xl/_rels/workbook.xml.rels"),
            R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)" },
        { QStringLiteral("xl/worksheets/sheet1.xml"), sheet },
        { QStringLiteral("xl/sharedStrings.xml"), shared },
        { QStringLiteral("xl/styles.xml"), styles },
    };
    for (const auto& [name, bytes] : parts) {
        QuaZipFile out(&zip);
        if (!out.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            abort();
        out.write(bytes);
        out.close();
    }
    zip.close();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace waymark;
    using Next = ingest::TableSource::Next;
    if (size < 1)
        return 0;
    const QString path = fuzz::scratch().filePath(QStringLiteral("sheet.xlsx"));
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    switch (data[0] % 4) {
    case 0:
        fuzz::writeBytes(path, data + 1, size - 1);
        break;
    case 1:
        writeWorkbook(path, rest, kShared, kStyles);
        break;
    case 2:
        writeWorkbook(path, kSheet, rest, kStyles);
        break;
    default:
        writeWorkbook(path, kSheet, kShared, rest);
        break;
    }
    const auto names = ingest::XlsxTableSource::sheetNames(path);
    if (!names && names.error().message.isEmpty())
        abort();
    ingest::XlsxTableSource table(path, QString());
    const Status opened = table.open();
    if (!opened) {
        if (opened.error().message.isEmpty())
            abort();
        return 0;
    }
    for (int rows = 0; rows < 100000; ++rows) {
        const Next n = table.next();
        if (table.progress() < 0 || table.progress() > 1)
            abort();
        if (n == Next::End)
            break;
        if (n == Next::Fatal || n == Next::BadRow) {
            if (table.error().message.isEmpty())
                abort();
            if (n == Next::Fatal)
                break;
            continue;
        }
        if (table.cellCount() > std::max(int(table.header().size()), 16384))
            abort();
        (void)table.raw();
    }
    (void)table.notes();
    return 0;
}
