#include "tablesource.h"

namespace waymark::ingest {

bool TableSource::rowIsBlank() const
{
    if (!std::isnan(lon()))
        return false;
    for (int i = 0; i < cellCount(); ++i)
        if (!cell(i).trimmed().isEmpty())
            return false;
    return true;
}

namespace {

void appendCsvField(QByteArray& out, const QString& value)
{
    const QByteArray v = value.toUtf8();
    if (v.contains(',') || v.contains('"') || v.contains('\n') || v.contains('\r')) {
        out += '"';
        out += QByteArray(v).replace("\"", "\"\"");
        out += '"';
    } else {
        out += v;
    }
}

} // namespace

Error CellRow::errorAt(const QString& file, int column, const QString& reason) const
{
    return Error::at(where.isEmpty() ? file : where, row, column >= 0 ? column + 1 : 0, reason);
}

QByteArray CellRow::csv(const QStringList& extra) const
{
    QByteArray out;
    for (size_t i = 0; i < cells.size(); ++i) {
        if (i)
            out += ',';
        appendCsvField(out, cells[i]);
    }
    for (const QString& field : extra) {
        if (!out.isEmpty() || !cells.empty())
            out += ',';
        appendCsvField(out, field);
    }
    return out;
}

} // namespace waymark::ingest
