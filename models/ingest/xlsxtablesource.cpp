#include "xlsxtablesource.h"

#include "core/logging.h"
#include "geo/gdalenv.h"
#include "ingest/ogrtablesource.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QXmlStreamReader>

#include <quazip.h>
#include <quazipfile.h>

#include <expat.h>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstring>
#include <string>

namespace waymark::ingest {

using NumberKind = XlsxTableSource::NumberKind;

namespace {

constexpr int kMaxColumns = 16384; // column XFD, the last Excel has
constexpr qint64 kMaxSmallPart = qint64(64) << 20; // workbook, relationships, styles
constexpr qint64 kMaxSharedStrings = qint64(512) << 20; // UTF-8 bytes of all shared strings
constexpr size_t kMaxCellBytes = size_t(1) << 20; // Excel allows 32,767 characters
constexpr int kChunk = 1 << 16;

/// The local part of an element or attribute name ("x:c" → "c").
const char* localName(const char* name)
{
    const char* colon = std::strrchr(name, ':');
    return colon ? colon + 1 : name;
}

const char* attribute(const char** atts, const char* name)
{
    for (; atts && atts[0]; atts += 2)
        if (std::strcmp(localName(atts[0]), name) == 0)
            return atts[1];
    return nullptr;
}

/// A whole (small) part of the workbook; empty when absent.
QByteArray readPart(const QString& path, const QString& part, qint64 limit = kMaxSmallPart)
{
    QuaZipFile f(path, part, QuaZip::csInsensitive);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QByteArray out;
    char buffer[kChunk];
    qint64 n;
    while ((n = f.read(buffer, sizeof buffer)) > 0 && out.size() < limit)
        out.append(buffer, qsizetype(n));
    return out;
}

/// A part named relative to xl/ (or absolute from the package root).
QString partPath(const QString& target)
{
    if (target.startsWith(QLatin1Char('/')))
        return target.mid(1);
    QString t = target;
    QString base = QStringLiteral("xl/");
    while (t.startsWith(QLatin1String("../"))) {
        t = t.mid(3);
        base.clear();
    }
    return base + t;
}

struct Workbook {
    struct Sheet {
        QString name;
        QString part;
    };
    QList<Sheet> sheets;
    QString sharedStrings = QStringLiteral("xl/sharedStrings.xml");
    QString styles = QStringLiteral("xl/styles.xml");
    bool date1904 = false;
};

bool truthy(QStringView v)
{
    return v == QLatin1String("1") || v == QLatin1String("true");
}

/// The sheets (with their parts), the shared strings and styles parts, and
/// the date system, from workbook.xml and its relationships.
Result<Workbook> readWorkbook(const QString& path)
{
    const QString base = QFileInfo(path).fileName();
    const QByteArray workbook = readPart(path, QStringLiteral("xl/workbook.xml"));
    if (workbook.isEmpty())
        return Error(XlsxTableSource::tr("%1: not an XLSX workbook (it has no xl/workbook.xml)").arg(base));
    QHash<QString, QString> targets; // relationship id -> part
    Workbook out;
    {
        QXmlStreamReader xml(readPart(path, QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (xml.readNextStartElement() || !xml.atEnd()) {
            if (!xml.isStartElement() || xml.name() != QLatin1String("Relationship"))
                continue;
            const auto a = xml.attributes();
            const QString target = partPath(a.value(QLatin1String("Target")).toString());
            const QStringView type = a.value(QLatin1String("Type"));
            targets.insert(a.value(QLatin1String("Id")).toString(), target);
            if (type.endsWith(QLatin1String("/sharedStrings")))
                out.sharedStrings = target;
            else if (type.endsWith(QLatin1String("/styles")))
                out.styles = target;
        }
    }
    QXmlStreamReader xml(workbook);
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("workbookPr")) {
            out.date1904 = truthy(xml.attributes().value(QLatin1String("date1904")));
        } else if (xml.name() == QLatin1String("sheet")) {
            QString id;
            for (const QXmlStreamAttribute& a : xml.attributes())
                if (a.name() == QLatin1String("id")) // r:id, whatever the prefix
                    id = a.value().toString();
            out.sheets.append({ xml.attributes().value(QLatin1String("name")).toString(), targets.value(id) });
        }
    }
    if (xml.hasError() && out.sheets.isEmpty())
        return Error::at(base + QStringLiteral(" [xl/workbook.xml]"), xml.lineNumber(), xml.columnNumber(),
            XlsxTableSource::tr("broken XML: %1").arg(xml.errorString()));
    return out;
}

/// The number kind of every cell style (cellXfs, in order).
struct Styles {
    std::vector<NumberKind> kinds;
    std::vector<bool> millis;
};

Styles readStyles(const QString& path, const QString& part)
{
    Styles out;
    QXmlStreamReader xml(readPart(path, part));
    QHash<int, QString> codes;
    bool inCellXfs = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs"))
            inCellXfs = false;
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        if (xml.name() == QLatin1String("numFmt")) {
            codes.insert(a.value(QLatin1String("numFmtId")).toInt(), a.value(QLatin1String("formatCode")).toString());
        } else if (xml.name() == QLatin1String("cellXfs")) {
            inCellXfs = true;
        } else if (inCellXfs && xml.name() == QLatin1String("xf")) {
            const int id = a.value(QLatin1String("numFmtId")).toInt();
            NumberKind kind = NumberKind::Number;
            bool ms = false;
            if (codes.contains(id)) {
                kind = XlsxTableSource::kindOfFormat(codes.value(id));
                ms = codes.value(id).contains(QLatin1String("ss.0"));
            } else if (id >= 14 && id <= 17) {
                kind = NumberKind::Date;
            } else if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47)) {
                kind = NumberKind::Time;
                ms = id == 47;
            } else if (id == 22) {
                kind = NumberKind::DateTime;
            }
            out.kinds.push_back(kind);
            out.millis.push_back(ms);
        }
    }
    return out;
}

/// An expat parser that refuses a DOCTYPE (so no entity is ever declared or
/// expanded) and is freed with its owner.
struct Parser {
    XML_Parser p = nullptr;
    bool doctype = false;
    Parser()
    {
        p = XML_ParserCreate(nullptr); // the encoding the part declares (UTF-8 or UTF-16)
        XML_SetUserData(p, this);
    }
    ~Parser()
    {
        if (p)
            XML_ParserFree(p);
    }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;
};

void XMLCALL refuseDoctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int)
{
    auto* parser = static_cast<Parser*>(data);
    parser->doctype = true;
    XML_StopParser(parser->p, XML_FALSE);
}

/// The shared string table: <si> items, each the text of its <t> elements
/// (plain or in rich-text runs), phonetic runs (<rPh>) left out.
struct SharedStringsReader : Parser {
    std::vector<QString>* out = nullptr;
    std::string text;
    int inSi = 0;
    int inT = 0;
    int inRph = 0;
    qint64 bytes = 0;
    bool tooLarge = false;

    static void XMLCALL start(void* data, const XML_Char* name, const XML_Char**)
    {
        auto* r = static_cast<SharedStringsReader*>(static_cast<Parser*>(data));
        const char* n = localName(name);
        if (std::strcmp(n, "si") == 0) {
            r->inSi = 1;
            r->text.clear();
        } else if (std::strcmp(n, "t") == 0) {
            ++r->inT;
        } else if (std::strcmp(n, "rPh") == 0) {
            ++r->inRph;
        }
    }
    static void XMLCALL end(void* data, const XML_Char* name)
    {
        auto* r = static_cast<SharedStringsReader*>(static_cast<Parser*>(data));
        const char* n = localName(name);
        if (std::strcmp(n, "si") == 0) {
            r->inSi = 0;
            r->out->push_back(QString::fromUtf8(r->text.data(), qsizetype(r->text.size())));
        } else if (std::strcmp(n, "t") == 0) {
            r->inT = std::max(0, r->inT - 1);
        } else if (std::strcmp(n, "rPh") == 0) {
            r->inRph = std::max(0, r->inRph - 1);
        }
    }
    static void XMLCALL chars(void* data, const XML_Char* s, int len)
    {
        auto* r = static_cast<SharedStringsReader*>(static_cast<Parser*>(data));
        if (!r->inSi || !r->inT || r->inRph)
            return;
        r->bytes += len;
        if (r->bytes > kMaxSharedStrings) {
            r->tooLarge = true;
            XML_StopParser(r->p, XML_FALSE);
            return;
        }
        r->text.append(s, size_t(len));
    }
};

Status readSharedStrings(const QString& path, const QString& part, std::vector<QString>& out)
{
    const QString where = QFileInfo(path).fileName() + QStringLiteral(" [") + part + QLatin1Char(']');
    QuaZipFile f(path, part, QuaZip::csInsensitive);
    if (!f.open(QIODevice::ReadOnly))
        return Ok {}; // a workbook of numbers only has none
    SharedStringsReader r;
    r.out = &out;
    XML_SetElementHandler(r.p, &SharedStringsReader::start, &SharedStringsReader::end);
    XML_SetCharacterDataHandler(r.p, &SharedStringsReader::chars);
    XML_SetStartDoctypeDeclHandler(r.p, &refuseDoctype);
    for (;;) {
        void* buffer = XML_GetBuffer(r.p, kChunk);
        if (!buffer)
            return Error(XlsxTableSource::tr("%1: out of memory").arg(where));
        const qint64 n = f.read(static_cast<char*>(buffer), kChunk);
        if (n < 0)
            return Error(XlsxTableSource::tr("%1: cannot be inflated: %2").arg(where, f.errorString()));
        if (XML_ParseBuffer(r.p, int(n), n == 0) != XML_STATUS_OK) {
            if (r.tooLarge)
                return Error(XlsxTableSource::tr("%1: the shared strings are larger than %2 MiB; the workbook is "
                                                 "refused")
                                 .arg(where)
                                 .arg(kMaxSharedStrings >> 20));
            return Error::at(where, qint64(XML_GetCurrentLineNumber(r.p)), qint64(XML_GetCurrentColumnNumber(r.p)),
                r.doctype ? XlsxTableSource::tr("a DOCTYPE is not allowed in a workbook")
                          : XlsxTableSource::tr("broken XML: %1")
                                .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(r.p)))));
        }
        if (n == 0)
            return Ok {};
    }
}

/// "AB12" → 27 (0-based column), -1 when there are no letters, kMaxColumns
/// when beyond XFD.
int columnOf(const char* ref)
{
    int col = 0;
    int letters = 0;
    for (; *ref >= 'A' && *ref <= 'Z'; ++ref) {
        col = col * 26 + (*ref - 'A' + 1);
        if (++letters > 3 || col > kMaxColumns)
            return kMaxColumns;
    }
    return letters ? col - 1 : -1;
}

} // namespace

NumberKind XlsxTableSource::kindOfFormat(const QString& formatCode)
{
    // Only the first section (positive numbers) decides; quoted text,
    // escaped characters and bracketed parts ([Red], [$-409]) are not
    // format letters, but [h], [mm], [ss] (elapsed time) are.
    QString code;
    bool quoted = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode[i];
        if (quoted) {
            quoted = c != QLatin1Char('"');
            continue;
        }
        if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char('\\') || c == QLatin1Char('_') || c == QLatin1Char('*')) {
            ++i; // the next character is literal (or a fill/spacing character)
        } else if (c == QLatin1Char('[')) {
            const qsizetype close = formatCode.indexOf(QLatin1Char(']'), i);
            if (close < 0)
                break;
            const QString inside = formatCode.mid(i + 1, close - i - 1).toLower();
            if (!inside.isEmpty() && std::all_of(inside.begin(), inside.end(), [](QChar ch) {
                    return ch == QLatin1Char('h') || ch == QLatin1Char('m') || ch == QLatin1Char('s');
                }))
                code += inside;
            i = close;
        } else if (c == QLatin1Char(';')) {
            break;
        } else {
            code += c.toLower();
        }
    }
    code.remove(QLatin1String("am/pm")).remove(QLatin1String("a/p"));
    if (code == QLatin1String("general"))
        return NumberKind::Number;
    const bool hours = code.contains(QLatin1Char('h'));
    const bool seconds = code.contains(QLatin1Char('s'));
    const bool days = code.contains(QLatin1Char('d')) || code.contains(QLatin1Char('y'));
    // 'm' is months unless it sits with hours or seconds ("h:mm", "mm:ss").
    const bool months = code.contains(QLatin1Char('m')) && !hours && !seconds;
    const bool date = days || months;
    const bool time = hours || seconds;
    if (date && time)
        return NumberKind::DateTime;
    if (date)
        return NumberKind::Date;
    if (time)
        return NumberKind::Time;
    return NumberKind::Number;
}

QString XlsxTableSource::serialToIso(double serial, NumberKind kind, bool date1904, bool millis)
{
    if (!std::isfinite(serial) || std::fabs(serial) >= 365.0 * 10000)
        return {};
    // Milliseconds of the whole serial, rounded once, so 0.99999999 of a day
    // becomes the next midnight rather than 23:59:60.
    const qint64 ms = qint64(std::llround(serial * 86400000.0));
    qint64 day = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
    qint64 msOfDay = ms - day * 86400000;
    if (!millis) {
        msOfDay = (msOfDay + 500) / 1000 * 1000;
        if (msOfDay == 86400000) {
            ++day;
            msOfDay = 0;
        }
    }
    QDate date;
    if (date1904)
        date = QDate(1904, 1, 1).addDays(day);
    else if (day < 60) // Excel counts 29 February 1900, which did not exist
        date = QDate(1899, 12, 31).addDays(day);
    else
        date = QDate(1899, 12, 30).addDays(day);
    const int h = int(msOfDay / 3600000), m = int(msOfDay / 60000 % 60), s = int(msOfDay / 1000 % 60);
    QString time = QStringLiteral("%1:%2:%3")
                       .arg(h, 2, 10, QLatin1Char('0'))
                       .arg(m, 2, 10, QLatin1Char('0'))
                       .arg(s, 2, 10, QLatin1Char('0'));
    if (millis && msOfDay % 1000)
        time += QStringLiteral(".%1").arg(int(msOfDay % 1000), 3, 10, QLatin1Char('0'));
    switch (kind) {
    case NumberKind::Time:
        return time;
    case NumberKind::Date:
        return date.toString(Qt::ISODate);
    case NumberKind::DateTime:
        return date.toString(Qt::ISODate) + QLatin1Char('T') + time;
    case NumberKind::Number:
        break;
    }
    return {};
}

/// The sheet's reader: expat on the inflated sheet, suspended at the end of
/// every row so that rows come out one at a time.
struct XlsxTableSource::Private : Parser {
    QString path;
    std::unique_ptr<QuaZipFile> file;
    std::vector<QString> shared;
    Styles styles;
    bool date1904 = false;
    qint64 total = 0; ///< uncompressed bytes of the sheet
    qint64 consumed = 0;
    bool suspended = false;
    bool finished = false;
    bool rowReady = false;
    bool formulas = false;
    bool cellFormula = false; ///< the current cell has a formula
    qint64 uncalculated = 0; ///< formula cells without a calculated value
    bool header = true; ///< still looking for the header row
    bool inRow = false; ///< between <row> and </row>

    // The row being read.
    qint64 rowNumber = 0;
    std::vector<QString> cells;
    int lastColumn = -1; ///< the highest column with a value, -1: none
    Error rowError; ///< the first bad cell of the row
    bool rowBad = false;
    // The cell being read.
    int column = -1;
    enum class Type { Number, Shared, Inline, Formula, Bool, Error, Iso } type = Type::Number;
    int style = -1;
    std::string value;
    bool inValue = false;
    int inInline = 0;
    int inText = 0;
    int inPhonetic = 0;
    bool cellTooLong = false;
    QString where;

    void badCell(int col, const QString& why)
    {
        if (rowBad)
            return;
        rowBad = true;
        rowError = Error::at(where, rowNumber, col >= 0 ? col + 1 : 0, why);
    }

    void startRow(const char** atts)
    {
        const char* r = attribute(atts, "r");
        const qint64 n = r ? QByteArray(r).toLongLong() : 0;
        rowNumber = n > 0 ? n : rowNumber + 1;
        inRow = true;
        for (int i = 0; i <= lastColumn && size_t(i) < cells.size(); ++i)
            cells[size_t(i)].clear();
        lastColumn = -1;
        column = -1;
        rowBad = false;
    }

    void startCell(const char** atts)
    {
        const char* r = attribute(atts, "r");
        const int c = r ? columnOf(r) : -1;
        column = c >= 0 ? c : column + 1;
        const char* t = attribute(atts, "t");
        type = !t || std::strcmp(t, "n") == 0  ? Type::Number
            : std::strcmp(t, "s") == 0         ? Type::Shared
            : std::strcmp(t, "inlineStr") == 0 ? Type::Inline
            : std::strcmp(t, "str") == 0       ? Type::Formula
            : std::strcmp(t, "b") == 0         ? Type::Bool
            : std::strcmp(t, "e") == 0         ? Type::Error
            : std::strcmp(t, "d") == 0         ? Type::Iso
                                               : Type::Number;
        const char* s = attribute(atts, "s");
        style = s ? atoi(s) : -1;
        value.clear();
        cellTooLong = false;
        cellFormula = false;
    }

    void endCell()
    {
        // A formula the spreadsheet never calculated (a file written by a
        // script, saved without calculating) has no value to import.
        if (cellFormula && value.empty())
            ++uncalculated;
        if (column >= kMaxColumns) {
            badCell(-1, XlsxTableSource::tr("a cell beyond column XFD, the last a sheet can have"));
            return;
        }
        if (cellTooLong) {
            badCell(column, XlsxTableSource::tr("a cell longer than a spreadsheet allows"));
            return;
        }
        QString text;
        switch (type) {
        case Type::Shared: {
            if (value.empty())
                return;
            bool ok = false;
            const qulonglong i = QByteArray::fromRawData(value.data(), qsizetype(value.size())).toULongLong(&ok);
            if (!ok || i >= shared.size()) {
                badCell(column,
                    XlsxTableSource::tr("shared string %1 does not exist (the workbook has %2)")
                        .arg(QString::fromStdString(value))
                        .arg(shared.size()));
                return;
            }
            text = OgrTableSource::isoDate(shared[size_t(i)]);
            break;
        }
        case Type::Inline:
        case Type::Formula:
            text = OgrTableSource::isoDate(QString::fromUtf8(value.data(), qsizetype(value.size())));
            break;
        case Type::Number: {
            if (value.empty())
                return;
            text = QString::fromLatin1(value.data(), qsizetype(value.size()));
            if (style >= 0 && size_t(style) < styles.kinds.size()
                && styles.kinds[size_t(style)] != NumberKind::Number) {
                bool ok = false;
                const double serial = text.toDouble(&ok);
                if (ok) {
                    const QString iso
                        = serialToIso(serial, styles.kinds[size_t(style)], date1904, styles.millis[size_t(style)]);
                    if (!iso.isEmpty())
                        text = iso;
                }
            }
            break;
        }
        case Type::Bool:
            // As the spreadsheet shows it and saves it as CSV (and as the ODS reader gives it).
            text = value == "1" ? QStringLiteral("TRUE")
                : value == "0"  ? QStringLiteral("FALSE")
                                : QString::fromUtf8(value.data(), qsizetype(value.size()));
            break;
        case Type::Error:
        case Type::Iso:
            text = QString::fromUtf8(value.data(), qsizetype(value.size()));
            break;
        }
        if (text.isEmpty())
            return;
        if (size_t(column) >= cells.size())
            cells.resize(size_t(column) + 1);
        cells[size_t(column)] = std::move(text);
        lastColumn = std::max(lastColumn, column);
    }

    static Private* self(void* data) { return static_cast<Private*>(static_cast<Parser*>(data)); }

    static void XMLCALL start(void* data, const XML_Char* name, const XML_Char** atts)
    {
        Private* d = self(data);
        const char* n = localName(name);
        switch (n[0]) {
        case 'c':
            if (n[1] == 0)
                return d->startCell(atts);
            break;
        case 'v':
            if (n[1] == 0)
                d->inValue = true;
            return;
        case 'r':
            if (std::strcmp(n, "row") == 0)
                return d->startRow(atts);
            if (std::strcmp(n, "rPh") == 0)
                ++d->inPhonetic;
            return;
        case 'i':
            if (std::strcmp(n, "is") == 0)
                ++d->inInline;
            return;
        case 't':
            if (n[1] == 0)
                ++d->inText;
            return;
        case 'f':
            if (n[1] == 0)
                d->formulas = d->cellFormula = true;
            return;
        default:
            break;
        }
    }
    static void XMLCALL end(void* data, const XML_Char* name)
    {
        Private* d = self(data);
        const char* n = localName(name);
        if (n[0] == 'c' && n[1] == 0) {
            d->endCell();
        } else if (n[0] == 'v' && n[1] == 0) {
            d->inValue = false;
        } else if (n[0] == 't' && n[1] == 0) {
            d->inText = std::max(0, d->inText - 1);
        } else if (std::strcmp(n, "row") == 0) {
            d->rowReady = true;
            d->inRow = false;
            XML_StopParser(d->p, XML_TRUE); // resumed by the next next()
        } else if (std::strcmp(n, "is") == 0) {
            d->inInline = std::max(0, d->inInline - 1);
        } else if (std::strcmp(n, "rPh") == 0) {
            d->inPhonetic = std::max(0, d->inPhonetic - 1);
        }
    }
    static void XMLCALL chars(void* data, const XML_Char* s, int len)
    {
        Private* d = self(data);
        if (d->inValue || (d->inInline && d->inText && !d->inPhonetic)) {
            if (d->value.size() + size_t(len) > kMaxCellBytes) {
                d->cellTooLong = true;
                return;
            }
            d->value.append(s, size_t(len));
        }
    }

    /// The row an error that is not in a cell is at: the row being read, or the next.
    qint64 brokenRow() const { return inRow ? rowNumber : rowNumber + 1; }

    /// Parses on until a row ends, the sheet ends or the XML breaks.
    enum class Step { Row, End, Broken };
    Step step(QString* why)
    {
        while (!rowReady) {
            if (finished)
                return Step::End;
            XML_Status st;
            if (suspended) {
                suspended = false;
                st = XML_ResumeParser(p);
            } else {
                void* buffer = XML_GetBuffer(p, kChunk);
                if (!buffer) {
                    *why = XlsxTableSource::tr("out of memory");
                    return Step::Broken;
                }
                const qint64 n = file->read(static_cast<char*>(buffer), kChunk);
                if (n < 0) {
                    *why = XlsxTableSource::tr("the sheet cannot be inflated: %1").arg(file->errorString());
                    return Step::Broken;
                }
                consumed += n;
                finished = n == 0;
                st = XML_ParseBuffer(p, int(n), finished);
            }
            if (st == XML_STATUS_SUSPENDED) {
                suspended = true;
            } else if (st == XML_STATUS_ERROR) {
                *why = doctype ? XlsxTableSource::tr("a DOCTYPE is not allowed in a workbook")
                               : XlsxTableSource::tr("broken XML at line %1, column %2 of the sheet's XML: %3")
                                     .arg(XML_GetCurrentLineNumber(p))
                                     .arg(XML_GetCurrentColumnNumber(p))
                                     .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(p))));
                finished = true;
                return Step::Broken;
            }
        }
        rowReady = false;
        return Step::Row;
    }
};

XlsxTableSource::XlsxTableSource(QString path, QString sheet)
    : d(new Private)
    , m_path(std::move(path))
    , m_want(std::move(sheet))
{
}

XlsxTableSource::~XlsxTableSource() = default;

Result<QStringList> XlsxTableSource::sheetNames(const QString& path)
{
    if (auto local = geo::GdalEnv::checkLocalPath(path); !local)
        return local.error();
    auto wb = readWorkbook(path);
    if (!wb)
        return wb.error();
    QStringList out;
    for (const Workbook::Sheet& s : std::as_const(wb->sheets))
        out << s.name;
    return out;
}

Status XlsxTableSource::open()
{
    const QString base = QFileInfo(m_path).fileName();
    if (auto local = geo::GdalEnv::checkLocalPath(m_path); !local)
        return local.error();
    if (Status st = checkSpreadsheetNotProtected(m_path); !st)
        return st;
    auto wb = readWorkbook(m_path);
    if (!wb) {
        Error e = wb.error();
        e.file = m_path;
        return e;
    }
    QStringList names;
    for (const Workbook::Sheet& s : std::as_const(wb->sheets))
        names << s.name;
    qsizetype index = m_want.isEmpty() ? (names.isEmpty() ? -1 : 0) : names.indexOf(m_want);
    for (qsizetype i = 0; index < 0 && !m_want.isEmpty() && i < names.size(); ++i)
        if (names[i].compare(m_want, Qt::CaseInsensitive) == 0)
            index = i;
    bool digits = false;
    const int number = m_want.toInt(&digits);
    if (index < 0 && digits && number >= 1 && number <= names.size())
        index = number - 1;
    if (index < 0) {
        Error e(tr("%1 has no sheet \"%2\" (its sheets: %3)").arg(base, m_want, names.join(QLatin1String(", "))));
        e.file = m_path;
        return e;
    }
    m_table = names[index];
    m_current.where = QStringLiteral("%1 [%2]").arg(base, m_table);
    const QString part = wb->sheets[index].part;

    d.reset(new Private);
    d->path = m_path;
    d->where = m_current.where;
    d->date1904 = wb->date1904;
    d->styles = readStyles(m_path, wb->styles);
    if (Status st = readSharedStrings(m_path, wb->sharedStrings, d->shared); !st) {
        Error e = st.error();
        e.file = m_path;
        return e;
    }
    d->file = std::make_unique<QuaZipFile>(m_path, part, QuaZip::csInsensitive);
    if (part.isEmpty() || !d->file->open(QIODevice::ReadOnly)) {
        Error e(tr("%1: the sheet's part %2 is missing from the workbook").arg(m_current.where, part));
        e.file = m_path;
        return e;
    }
    d->total = d->file->usize();
    XML_SetElementHandler(d->p, &Private::start, &Private::end);
    XML_SetCharacterDataHandler(d->p, &Private::chars);
    XML_SetStartDoctypeDeclHandler(d->p, &refuseDoctype);

    // The header: the first row with a value.
    m_header.clear();
    m_current.row = 0;
    for (;;) {
        QString why;
        const auto step = d->step(&why);
        if (step == Private::Step::End)
            break; // an empty sheet: no columns, no rows
        if (step == Private::Step::Broken) {
            Error e = Error::at(m_current.where, d->brokenRow(), 0, tr("the header cannot be read: %1").arg(why));
            return e;
        }
        if (d->rowBad)
            return d->rowError;
        if (d->lastColumn < 0)
            continue;
        for (int i = 0; i <= d->lastColumn; ++i) {
            const QString name = d->cells[size_t(i)];
            m_header << (name.isEmpty() ? QStringLiteral("Field%1").arg(i + 1) : name);
        }
        m_current.row = d->rowNumber;
        break;
    }
    d->header = false;
    m_current.cells.clear();
    qCDebug(lcIngest) << "XLSX sheet" << m_current.where << m_header.size() << "columns," << d->shared.size()
                      << "shared strings," << d->total << "bytes of XML";
    return Ok {};
}

TableSource::Next XlsxTableSource::next()
{
    if (!d->file) {
        m_error = Error(tr("%1: the table was not opened").arg(m_path));
        return Next::Fatal;
    }
    for (;;) {
        QString why;
        const auto step = d->step(&why);
        if (step == Private::Step::End) {
            m_current.cells.clear();
            return Next::End;
        }
        if (step == Private::Step::Broken) {
            m_error = Error::at(
                m_current.where, d->brokenRow(), 0, tr("the rest of the sheet cannot be read: %1").arg(why));
            return Next::Fatal;
        }
        if (d->lastColumn < 0 && !d->rowBad)
            continue; // an empty row
        m_current.row = d->rowNumber;
        const size_t width = std::max(size_t(m_header.size()), size_t(d->lastColumn + 1));
        m_current.cells.assign(width, QString());
        for (int i = 0; i <= d->lastColumn; ++i)
            m_current.cells[size_t(i)] = d->cells[size_t(i)];
        if (d->rowBad) {
            m_error = d->rowError;
            return Next::BadRow;
        }
        return Next::Row;
    }
}

double XlsxTableSource::progress() const
{
    if (d->total <= 0)
        return d->finished ? 1.0 : 0.0;
    return std::min(1.0, double(d->consumed) / double(d->total));
}

QStringList XlsxTableSource::notes() const
{
    // Formulas are seen as the sheet is read: said once the whole sheet has been.
    QStringList out;
    if (d->uncalculated > 0)
        out << tr("%1: %n formula cell(s) had no calculated value (the file was saved without calculating them) "
                  "and were read as empty",
            nullptr, int(std::min<qint64>(d->uncalculated, INT_MAX)))
                   .arg(m_current.where);
    if (d->formulas)
        out.prepend(tr("%1: formulas were imported as the values the spreadsheet last calculated; they were not "
                       "recalculated")
                        .arg(m_current.where));
    return out;
}

} // namespace waymark::ingest
