#include "tablesourcefactory.h"

#include "ingest/csvtablesource.h"
#include "ingest/ogrtablesource.h"
#include "ingest/xlsxtablesource.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace waymark::ingest {

namespace {
const QStringList& textSuffixes()
{
    static const QStringList s { QStringLiteral("csv"), QStringLiteral("tsv"), QStringLiteral("tab"),
        QStringLiteral("txt") };
    return s;
}

/// A table whose header is not its first row: a title, an export date or
/// notes above it, as partners' spreadsheets and report exports have. The
/// rows above the header are passed over (and counted in a note), the named
/// row is the header, and the rest is the table's own, rows numbered as the
/// file numbers them.
class HeaderRowSource final : public TableSource {
    Q_DECLARE_TR_FUNCTIONS(TableSourceFactory)

public:
    HeaderRowSource(std::unique_ptr<TableSource> inner, int headerRow, bool text)
        : m_inner(std::move(inner))
        , m_headerRow(headerRow)
        , m_text(text)
    {
    }

    Status open() override
    {
        if (Status st = m_inner->open(); !st)
            return st;
        const Error first = m_inner->errorAt(-1, QString());
        m_where = first.file;
        if (first.line == m_headerRow) {
            m_header = m_inner->header();
            return Ok {};
        }
        // The reader took the first row with a value as the header.
        qint64 above = first.line < m_headerRow && !m_inner->header().isEmpty() ? 1 : 0;
        for (;;) {
            const Next n = m_inner->next();
            if (n == Next::Fatal)
                return m_inner->error();
            if (n == Next::End)
                return Error::at(m_where, m_headerRow, 0,
                    tr("the table has no row %1 to be its header; set the header row to the row of the column names")
                        .arg(m_headerRow));
            const qint64 line = m_inner->errorAt(-1, QString()).line;
            if (line < m_headerRow) {
                above += m_inner->rowIsBlank() ? 0 : 1;
                continue;
            }
            if (line > m_headerRow || n == Next::BadRow)
                return Error::at(m_where, m_headerRow, 0,
                    tr("row %1 is empty or unreadable and cannot be the header; set the header row to the row of "
                       "the column names")
                        .arg(m_headerRow));
            break;
        }
        int width = m_inner->cellCount();
        while (width > 0 && m_inner->cell(width - 1).trimmed().isEmpty())
            --width;
        for (int i = 0; i < width; ++i) {
            QString name = m_inner->cell(i).trimmed();
            if (name.isEmpty())
                name = m_text ? TableSource::unnamedColumn(i) : QStringLiteral("Field%1").arg(i + 1);
            if (m_header.contains(name, Qt::CaseInsensitive))
                return m_inner->errorAt(i, tr("column %1 appears twice in the header").arg(name));
            m_header << name;
        }
        m_above = above;
        return Ok {};
    }
    const QStringList& header() const override { return m_header; }
    Next next() override { return m_inner->next(); }
    int cellCount() const override { return m_inner->cellCount(); }
    QString cell(int column) const override { return m_inner->cell(column); }
    Error errorAt(int column, const QString& reason) const override { return m_inner->errorAt(column, reason); }
    Error error() const override { return m_inner->error(); }
    QByteArray raw() const override { return m_inner->raw(); }
    double progress() const override { return m_inner->progress(); }
    double lon() const override { return m_inner->lon(); }
    double lat() const override { return m_inner->lat(); }
    QString geometryWkt() const override { return m_inner->geometryWkt(); }
    QStringList notes() const override
    {
        QStringList out = m_inner->notes();
        if (m_above > 0)
            out.prepend(tr("%1: the header is row %2; the %n row(s) with a value above it were not read as data",
                nullptr, int(m_above))
                            .arg(m_where)
                            .arg(m_headerRow));
        return out;
    }

private:
    std::unique_ptr<TableSource> m_inner;
    const int m_headerRow;
    const bool m_text;
    QStringList m_header;
    QString m_where;
    qint64 m_above = 0;
};

/// The delimiter of a text file whose header is on line `headerRow`: sniffed
/// from that line, not from the title above it.
char sniffAt(const QString& path, int headerRow)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return 0; // the reader says why
    const QByteArray head = f.read(1 << 16);
    // Lines end as the reader ends them: \n, \r\n or a bare \r.
    qsizetype at = 0;
    for (int line = 1; line < headerRow; ++line) {
        while (at < head.size() && head[at] != '\n' && head[at] != '\r')
            ++at;
        if (at >= head.size())
            return 0;
        at += head[at] == '\r' && at + 1 < head.size() && head[at + 1] == '\n' ? 2 : 1;
    }
    return CsvTableSource::sniffDelimiter(head.mid(at));
}
} // namespace

QStringList TableSourceFactory::suffixes()
{
    QStringList all = textSuffixes() + ogrTableSuffixes();
    all.removeDuplicates();
    all.sort();
    return all;
}

bool TableSourceFactory::isDelimitedText(const QString& path)
{
    return textSuffixes().contains(QFileInfo(path).suffix().toLower());
}

Result<std::unique_ptr<TableSource>> TableSourceFactory::create(const QString& path, const TableOptions& options)
{
    if (options.headerRow > 1) {
        TableOptions inner = options;
        inner.headerRow = 0;
        const bool text = isDelimitedText(path) || QFileInfo(path).suffix().isEmpty();
        if (text && inner.delimiter == 0)
            inner.delimiter = sniffAt(path, options.headerRow);
        auto table = create(path, inner);
        if (!table)
            return table;
        // The title line is read as the reader's header: a word in it twice is no error.
        if (auto* csv = dynamic_cast<CsvTableSource*>(table.value().get()))
            csv->acceptRepeatedNames();
        std::unique_ptr<TableSource> wrapped
            = std::make_unique<HeaderRowSource>(std::move(table.value()), options.headerRow, text);
        return wrapped;
    }
    const QString suffix = QFileInfo(path).suffix().toLower();
    // XLSX sheets through our own streaming reader (see XlsxTableSource for
    // why); ODS sheets and GIS layers through GDAL/OGR, where the layer wins.
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm")) {
        std::unique_ptr<TableSource> t = std::make_unique<XlsxTableSource>(path, options.sheet);
        return t;
    }
    if (isOgrTableFile(path))
        return openOgrTable(path, options.layer.isEmpty() ? options.sheet : options.layer);
    if (textSuffixes().contains(suffix) || suffix.isEmpty()) {
        std::unique_ptr<TableSource> t = std::make_unique<CsvTableSource>(path, options.delimiter);
        return t;
    }
    return Error(
        QCoreApplication::translate("TableSourceFactory", "%1: unsupported format (.%2); Waymark reads tables from %3")
            .arg(QFileInfo(path).fileName(), suffix, suffixes().join(QStringLiteral(", "))));
}

} // namespace waymark::ingest
