#include "adjacencymatrixreader.h"

#include "ingest/csvreader.h"
#include "ingest/csvtablesource.h"
#include "ingest/pajekreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <cmath>

namespace waymark::ingest {

namespace {
QString text(std::string_view field)
{
    return QString::fromUtf8(field.data(), qsizetype(field.size())).trimmed();
}
} // namespace

bool AdjacencyMatrixReader::recognises(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    CsvReader csv(&f, QFileInfo(path).fileName(), CsvTableSource::sniffDelimiter(f.peek(1 << 16)));
    if (csv.readRecord() != CsvReader::Status::Record || csv.fieldCount() < 2 || !text(csv.field(0)).isEmpty())
        return false;
    QSet<QString> columns;
    for (int i = 1; i < csv.fieldCount(); ++i) {
        const QString label = text(csv.field(i));
        if (label.isEmpty())
            return false;
        columns.insert(label);
    }
    if (columns.size() != csv.fieldCount() - 1)
        return false;
    QSet<QString> rows;
    for (;;) {
        const CsvReader::Status st = csv.readRecord();
        if (st == CsvReader::Status::End)
            break;
        if (st != CsvReader::Status::Record)
            return false;
        if (csv.fieldCount() == 1 && csv.field(0).empty())
            continue; // a blank line
        const QString label = text(csv.field(0));
        if (!columns.contains(label) || rows.contains(label))
            return false;
        rows.insert(label);
    }
    return rows == columns;
}

Result<GraphDocument> AdjacencyMatrixReader::read(QIODevice* device, const QString& fileName)
{
    const QByteArray first = device->peek(1 << 16);
    if (Error e = CsvReader::checkEncoding(first, fileName); !e.isNull())
        return e;
    const char delimiter = CsvTableSource::sniffDelimiter(first);
    CsvReader csv(device, fileName, delimiter);
    switch (csv.readRecord()) {
    case CsvReader::Status::End:
        return Error::at(fileName, 1, 1, QCoreApplication::translate("AdjacencyMatrixReader", "the file is empty"));
    case CsvReader::Status::BadRecord:
    case CsvReader::Status::Fatal:
        return csv.error();
    case CsvReader::Status::Record:
        break;
    }
    if (csv.fieldCount() < 2 || !text(csv.field(0)).isEmpty())
        return csv.errorAt(0,
            QCoreApplication::translate("AdjacencyMatrixReader",
                "not an adjacency matrix: the first cell must be empty and the first row must name the nodes"));
    if (csv.fieldCount() - 1 > PajekReader::maxVertices())
        return csv.errorAt(0,
            QCoreApplication::translate("AdjacencyMatrixReader", "more than %1 nodes").arg(PajekReader::maxVertices()));
    GraphDocument doc;
    QHash<QString, int> column; // label -> node index
    for (int i = 1; i < csv.fieldCount(); ++i) {
        const QString label = text(csv.field(i));
        if (label.isEmpty())
            return csv.errorAt(i, QCoreApplication::translate("AdjacencyMatrixReader", "a column without a label"));
        if (column.contains(label))
            return csv.errorAt(i,
                QCoreApplication::translate("AdjacencyMatrixReader", "the label \"%1\" heads two columns").arg(label));
        column.insert(label, int(doc.nodes.size()));
        GraphDocument::Node n;
        n.id = label;
        n.label = label;
        n.line = 1;
        doc.nodes.append(n);
    }
    const int width = csv.fieldCount();
    QSet<QString> seenRows;
    QHash<quint64, double> cells;
    for (;;) {
        const CsvReader::Status st = csv.readRecord();
        if (st == CsvReader::Status::End)
            break;
        if (st == CsvReader::Status::Fatal)
            return csv.error();
        if (st == CsvReader::Status::BadRecord) {
            doc.problems.append({ csv.error(), csv.rawRecord() });
            continue;
        }
        if (csv.fieldCount() == 1 && csv.field(0).empty())
            continue;
        auto problem = [&](int field, const QString& why) {
            doc.problems.append({ csv.errorAt(field, why), csv.rawRecord() });
        };
        const QString label = text(csv.field(0));
        if (!column.contains(label)) {
            problem(0,
                QCoreApplication::translate("AdjacencyMatrixReader", "the row label \"%1\" is not a column label")
                    .arg(label));
            continue;
        }
        if (seenRows.contains(label)) {
            problem(0, QCoreApplication::translate("AdjacencyMatrixReader", "a second row for \"%1\"").arg(label));
            continue;
        }
        if (csv.fieldCount() != width) {
            problem(qMin(csv.fieldCount(), width) - 1,
                QCoreApplication::translate("AdjacencyMatrixReader", "%1 cells where the first row has %2")
                    .arg(csv.fieldCount())
                    .arg(width));
            continue;
        }
        seenRows.insert(label);
        const int from = column.value(label);
        QList<GraphDocument::Link> row;
        bool bad = false;
        for (int i = 1; i < width && !bad; ++i) {
            const QString given = text(csv.field(i));
            if (given.isEmpty())
                continue;
            QString cell = given;
            // A matrix saved with semicolons or tabs (Excel in a European
            // locale) writes 0,5 for a half: one comma and no point is a
            // decimal comma there. Between commas it could not be one.
            if (delimiter != ',' && cell.count(QLatin1Char(',')) == 1 && !cell.contains(QLatin1Char('.')))
                cell.replace(QLatin1Char(','), QLatin1Char('.'));
            bool ok = false;
            const double w = cell.toDouble(&ok);
            if (!ok || !std::isfinite(w) || w < 0 || w > 1e12) {
                problem(i,
                    QCoreApplication::translate(
                        "AdjacencyMatrixReader", "the cell \"%1\" is not a tie weight from 0 to 10^12")
                        .arg(given));
                bad = true;
                break;
            }
            const int to = i - 1;
            if (w == 0 || to == from)
                continue;
            GraphDocument::Link l;
            l.source = label;
            l.target = doc.nodes.at(to).id;
            l.weight = w;
            l.line = csv.recordLine();
            row.append(l);
        }
        if (bad)
            continue;
        for (const GraphDocument::Link& l : std::as_const(row))
            cells.insert(quint64(from) << 32 | quint64(column.value(l.target)), l.weight);
        doc.links += row;
    }
    // A symmetric matrix states each tie twice: keep one.
    bool symmetric = true;
    for (auto it = cells.cbegin(); symmetric && it != cells.cend(); ++it)
        symmetric = cells.value((it.key() & 0xffffffffu) << 32 | (it.key() >> 32), -1) == it.value();
    if (symmetric) {
        QList<GraphDocument::Link> once;
        for (const GraphDocument::Link& l : std::as_const(doc.links)) {
            if (column.value(l.source) < column.value(l.target))
                once.append(l);
        }
        doc.links = once;
    } else {
        for (GraphDocument::Link& l : doc.links)
            l.directed = true;
    }
    return doc;
}

} // namespace waymark::ingest
