#include "tablecsvexport.h"

#include "core/csvwriter.h"
#include "core/outputfile.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QRegularExpression>

namespace waymark::sharing {

Result<Releasability::Outcome> TableCsvExport::check(store::Workspace& ws, const Table& table, Destination destination)
{
    ExportSelection s;
    for (int row : table.rows)
        s.of(table.kind).push_back(table.model->index(row, 0).data(table.idRole).toLongLong());
    return Releasability::check(ws, s, destination);
}

QString TableCsvExport::guardCell(const QString& text)
{
    if (text.isEmpty())
        return text;
    const QChar c = text.front();
    if (c != QLatin1Char('=') && c != QLatin1Char('+') && c != QLatin1Char('-') && c != QLatin1Char('@')
        && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
        return text;
    // A signed number is a number to a spreadsheet too, not a formula.
    static const QRegularExpression number(QStringLiteral("^[+-]?[0-9]+([.,][0-9]+)?$"));
    if (number.match(text).hasMatch())
        return text;
    return QLatin1Char('\'') + text;
}

Result<int> TableCsvExport::write(
    store::Workspace& ws, const Releasability::Outcome& outcome, const Table& table, const QString& path)
{
    if (outcome.isEmpty())
        return Error(QCoreApplication::translate(
            "TableCsvExport", "Nothing may go: every row asked for is withheld by the releasability check."));
    OutputFile file(path);
    if (Status st = file.open(); !st)
        return st.error();
    int written = 0;
    {
        CsvWriter csv(file.device());
        for (int c : table.columns)
            csv.field(guardCell(table.model->headerData(c, Qt::Horizontal).toString()));
        for (const QString& c : Releasability::markColumns())
            csv.field(c);
        csv.endRow();
        for (int row : table.rows) {
            const qint64 id = table.model->index(row, 0).data(table.idRole).toLongLong();
            if (!outcome.markOf(table.kind, id))
                continue; // withheld
            for (int c : table.columns)
                csv.field(guardCell(table.model->index(row, c).data(Qt::DisplayRole).toString()));
            for (const QString& cell : outcome.markCells(table.kind, id))
                csv.field(guardCell(cell));
            csv.endRow();
            ++written;
        }
        if (!csv.flush())
            return Error(QCoreApplication::translate("TableCsvExport", "%1 could not be written.").arg(path));
    }
    if (Status st = file.commit(); !st)
        return st.error();
    if (Status st
        = Releasability::record(ws, outcome, QStringLiteral("csv"), path, QStringLiteral("rows=%1").arg(written));
        !st)
        return st.error();
    return written;
}

} // namespace waymark::sharing
